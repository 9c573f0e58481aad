"""dev25 texts: negatives: war words as metaphor in politics and economy; negatives: disasters;
negatives: peace and disarmament; negatives: health; negatives: animal attacks and other news.

NEGATIVES = [(title, text, kind code), ...], in the order they were written.
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: war words as metaphor in politics and economy
    (
        "Marcos says war on drugs will continue, but without the killings",
        "President Ferdinand Marcos Jr said his government would keep up the campaign against illegal drugs but focus on rehabilitation, breaking with his predecessor's approach. The government says drug arrests have risen this year.",
        "politics",
    ),
    (
        "Battle for marginal seat goes down to the wire",
        "The Labour and Conservative candidates were separated by 40 votes after two recounts in the by-election. A third recount is expected on Friday.",
        "politics",
    ),
    (
        "Senate kills bill after late-night ambush by opposition",
        "Opposition senators forced a surprise vote that defeated the government's housing bill, in what the minister called a political hit job. The government said it would bring the bill back next session.",
        "politics",
    ),
    (
        "Army officers announce coup on Gabon state television",
        "A group of senior officers said on television that they had taken power and dissolved state institutions, and that President Ali Bongo was under house arrest, minutes after he was declared winner of an election. No gunfire was reported in Libreville.",
        "politics",
    ),
    (
        "Party rebels oust prime minister in overnight coup",
        "Members of the ruling party voted to replace the prime minister as leader after weeks of plotting, and she will resign on Monday. Her successor will be sworn in on Tuesday.",
        "politics",
    ),
    (
        "Campaign launches attack ads against rival",
        "The governor's campaign spent $5 million on television adverts attacking his rival's record on crime. The election is in six weeks.",
        "politics",
    ),
    (
        "Trump declares war on cartels in speech",
        "President Trump said the United States was at war with drug cartels and would designate more of them as terrorist organisations, in a speech to military officers. He did not give details of any new military action.",
        "politics",
    ),
    (
        "Bombshell report shakes government",
        "A leaked report found ministers had ignored warnings about the contracts, and the opposition demanded a vote of no confidence. The prime minister said he had not seen the report.",
        "politics",
    ),
    (
        "Finance minister clings on after bruising Commons battle",
        "The finance minister won the vote by 12 votes after a debate in which opposition MPs accused her of waging war on pensioners. She said she would not change her plans.",
        "politics",
    ),
    (
        "Duterte arrives in The Hague to face ICC charges over drug war",
        "The former Philippine president was flown to the Netherlands after his arrest in Manila on a warrant for crimes against humanity linked to his anti-drugs campaign. His supporters held vigils outside the court.",
        "politics",
    ),
    (
        "Supermarkets in price war as inflation eases",
        "Britain's biggest grocers cut prices on hundreds of products in a battle for customers. Shares in the biggest chains fell on fears for profits.",
        "economy",
    ),
    (
        "Beijing hits back with farm tariffs as trade war deepens",
        "Beijing announced tariffs of up to 15% on American farm goods in response to new US duties. Soybean futures fell sharply in Chicago.",
        "economy",
    ),
    (
        "Bidding war breaks out for London-listed miner",
        "Two rivals raised their offers for the company, whose shares jumped 20%. The board said it would consider both offers.",
        "economy",
    ),
    (
        "Chipmakers' arms race pushes AI spending to record",
        "Tech companies plan to spend more than $300 billion on data centres this year. Analysts warn that the spending may not pay off for years.",
        "economy",
    ),
    (
        "Hostile takeover bid for Japanese retailer rejected",
        "The board said the offer undervalued the company. The bidder said it would take its offer directly to shareholders.",
        "economy",
    ),
    (
        "Streaming wars claim another victim as service shuts down",
        "The service, launched two years ago, failed to attract enough subscribers. Its shows will move to a rival platform.",
        "economy",
    ),
    # ---------------------------------------------------------------- negatives: disasters
    (
        "Army joins battle against wildfires in Greece",
        "Soldiers and firefighters fought flames on three fronts north of Athens, and thousands of residents were evacuated, the civil protection agency said. Several homes were destroyed in the suburbs.",
        "disaster",
    ),
    (
        "Floods in Libya's Derna kill thousands after dams burst",
        "Two dams above the city collapsed during Storm Daniel, sweeping whole neighbourhoods into the sea, and tens of thousands of people were left homeless, officials said. Rescue teams from Egypt, Turkey and the UAE arrived to help search for bodies.",
        "disaster",
    ),
    (
        "Earthquake in Morocco's Atlas mountains kills more than 2,900",
        "Villages of mud-brick houses were flattened, and soldiers helped rescuers dig through the rubble, the interior ministry said. Many villages could be reached only by helicopter.",
        "disaster",
    ),
    (
        "Cyclone Freddy displaces hundreds of thousands in Malawi",
        "Mudslides buried homes in Blantyre, and more than 500,000 people moved into camps, the government said. The storm had already hit Madagascar and Mozambique twice.",
        "disaster",
    ),
    (
        "Volcano eruption forces evacuation of Icelandic town",
        "Residents of Grindavík were evacuated again as lava flowed towards the town's defensive walls. The Blue Lagoon spa was closed.",
        "disaster",
    ),
    (
        "Bomb cyclone brings blizzards to US Northeast",
        "A rapidly strengthening winter storm dumped more than a foot of snow from New Jersey to Maine and knocked out power to 300,000 homes. Airlines cancelled thousands of flights.",
        "disaster",
    ),
    (
        "Hillside collapses onto Enga village, hundreds feared buried",
        "Officials said more than 2,000 people may have been buried when a mountainside collapsed onto a village in Enga province. Rescuers struggled to reach the site because the main road was blocked.",
        "disaster",
    ),
    # ---------------------------------------------------------------- negatives: peace and disarmament
    (
        "Kurdish militants torch rifles at Sulaymaniyah cave",
        "About 30 fighters of the Kurdistan Workers' Party laid down and burned their rifles at a cave near Sulaymaniyah, in a first step towards ending the group's four-decade armed struggle. Turkey welcomed the step.",
        "peace",
    ),
    (
        "Kinshasa and Kigali ministers ink US-brokered deal",
        "The foreign ministers of the two countries signed a deal committing them to end support for armed groups in eastern Congo, at a ceremony hosted by the US secretary of state. The deal includes plans for joint security arrangements.",
        "peace",
    ),
    (
        "FARC completes handover of weapons to UN",
        "The last containers of weapons from Colombia's largest guerrilla group were handed to UN monitors, completing its disarmament under the peace deal. The weapons will be melted down to make monuments.",
        "peace",
    ),
    (
        "Addis Ababa and the TPLF sign truce in Pretoria",
        "The federal government and the TPLF signed an agreement in Pretoria to end two years of war, the African Union mediator said. The agreement includes the disarmament of Tigrayan forces.",
        "peace",
    ),
    (
        "Hundreds of captured soldiers go home in UAE-brokered exchange",
        "Each side released 390 prisoners in an exchange mediated by the United Arab Emirates, officials said. It was one of the largest exchanges since the start of the war.",
        "peace",
    ),
    (
        "Gunmen in Nigeria's Zamfara surrender weapons under amnesty",
        "Several bandit leaders handed over rifles to the state government in a ceremony under a peace deal, officials said. The governor said more bandits would be offered the chance to disarm.",
        "peace",
    ),
    # ---------------------------------------------------------------- negatives: health
    (
        "Malaria vaccine rollout begins in Cameroon as Africa steps up battle against disease",
        "Health workers began giving the RTS,S vaccine to children under two, the first routine use in a country. Malaria kills hundreds of thousands of African children a year.",
        "health",
    ),
    (
        "Cancer survivor wins her 'war' against the disease, and now runs marathons",
        "The 42-year-old ran the London Marathon a year after finishing chemotherapy. She raised money for the hospital that treated her.",
        "health",
    ),
    (
        "Snakebite kills thousands a year in Nigeria, doctors warn",
        "Doctors said a shortage of antivenom meant many victims die before reaching hospital. The WHO has listed snakebite as a neglected tropical disease.",
        "health",
    ),
    (
        "Mpox outbreak declared in eastern Congo's Kamituga",
        "The health ministry said more than 200 cases had been recorded in the mining town. A vaccination campaign is planned for next month.",
        "health",
    ),
    # ---------------------------------------------------------------- negatives: animal attacks and other news
    (
        "Tiger kills honey collector in the Sundarbans",
        "A tiger dragged away a man collecting honey in the mangrove forest in Bangladesh, and his companions found his body the next day, forest officials said. Attacks by tigers have fallen in recent years, officials said.",
        "other",
    ),
    (
        "Shark attack kills swimmer off Sydney beach",
        "A man was killed by a shark while swimming at Little Bay, the first fatal shark attack in Sydney in decades, police said. Beaches in the area were closed for two days.",
        "other",
    ),
    (
        "Wild elephants trample villagers in Kenya",
        "Two people were killed by elephants that strayed from a national park into farmland, the Kenya Wildlife Service said. Residents demanded compensation and better fences.",
        "other",
    ),
    (
        "Bear attacks hiker in Slovakia",
        "A brown bear attacked and killed a hiker in the Low Tatras mountains, rescuers said. The government has approved a cull of some bears.",
        "other",
    ),
    (
        "Dogs maul child to death in Lagos",
        "A six-year-old girl was killed by two pit bulls that escaped from a neighbour's yard, police said. The owner was arrested.",
        "other",
    ),
    (
        "Orcas attack yacht off Portugal, sinking it",
        "A pod of killer whales rammed a sailing boat off the Portuguese coast until it sank, and the crew were rescued. Scientists say the orcas may be playing.",
        "other",
    ),
    (
        "Asian hornet invasion alarms British beekeepers",
        "Beekeepers in southern England reported a record number of nests of the invasive species. The hornets prey on honeybees.",
        "other",
    ),
    (
        "Cyberattack shuts down hospital computer systems",
        "Hackers encrypted the systems of a hospital group in Paris and demanded a ransom, officials said. Some operations were postponed.",
        "other",
    ),
    (
        "Meteor explodes over Siberia, lighting up the sky",
        "Residents filmed a fireball that exploded over the Yakutia region, scientists said. No damage was reported.",
        "other",
    ),
    (
        "Rocket explodes on launch pad in Texas",
        "A SpaceX test rocket exploded during a ground test, damaging the launch site. No one was hurt.",
        "other",
    ),
    (
        "Refugee who fled Syria's war becomes mayor in Germany",
        "A man who arrived in Germany in 2015 after fleeing the war was elected mayor of a town in Baden-Württemberg. He won more than half the vote.",
        "other",
    ),
    (
        "Scientists map ancient battlefield with drone lidar",
        "Archaeologists used drones to find the remains of earthworks from a Roman siege in Spain. The study was published in the journal Antiquity.",
        "other",
    ),
    (
        "Bees swarm guests at wedding in Brazil",
        "Dozens of guests were stung when bees attacked a wedding party in Minas Gerais, firefighters said. Four people were taken to hospital.",
        "other",
    ),
    (
        "Ex-soldier becomes face of national veterans' job scheme",
        "The former paratrooper said the program had helped him find work as an electrician. About 15,000 veterans have used the scheme so far.",
        "other",
    ),
]
