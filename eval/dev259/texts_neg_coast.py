"""dev259 negatives, the coast and the law: coastguards and poachers, pirates in the dock,
ransom gangs and slavery trials (crime), fishermen's protests that stay peaceful (protest) and
navies and fisheries patrols without a shot fired in anger (military).

NEGATIVES = [(title, text, kind code), ...]; kind codes of eval/conflictset.
"""

NEGATIVES = [
    (
        "Argentine coastguard sinks Chinese trawler caught fishing illegally",
        "Argentina's coastguard sank a Chinese fishing vessel that it said was fishing illegally in its waters off the coast of Chubut province, after the trawler tried to ram a patrol boat and ignored orders to stop, the government said on Tuesday. The coastguard said it fired warning shots and then shot at the hull of the Lu Yan Yuan Yu 010, which began to take on water and sank. All of the crew were rescued, four of them by the coastguard and the rest by another Chinese vessel nearby, and the captain was detained. China's foreign ministry expressed serious concern and asked Argentina to ensure the safety of the crew. Argentina says hundreds of foreign squid jiggers gather at the edge of its exclusive economic zone each season, and some slip across to fish for Illex squid. The coastguard has arrested several vessels in recent years and fined their owners. A court in Puerto Madryn ordered the captain held pending trial.",
        "crime",
    ),
    (
        "Indonesia blows up 51 seized foreign fishing boats",
        "Indonesian authorities sank 51 foreign fishing boats seized for poaching on Sunday, blowing them up with explosives at several locations across the archipelago, the fisheries ministry said. Most of the boats were from Vietnam, with the rest from Malaysia, the Philippines and China. Fisheries Minister Susi Pudjiastuti, who made the sinkings a symbol of her campaign against illegal fishing, watched the operation off Pontianak in West Kalimantan. “This is to show that we are serious,” she said, as a wooden hull burst into flames and sank. The ministry says the policy has scared off thousands of foreign boats and allowed fish stocks to recover, and that catches of local fishermen have risen. Neighbouring governments have protested, but the crews are repatriated before the boats are destroyed. More than 480 vessels have been sunk since late 2014, according to the ministry. Some of the boats are kept and given to fishermen's cooperatives.",
        "crime",
    ),
    (
        "Seychelles court jails Somali pirates for attack on Spanish tuna boat",
        "The Supreme Court of Seychelles sentenced six Somali men to 20 years in prison on Thursday for attacking a Spanish purse seiner in the Indian Ocean. The men fired on the tuna vessel from a skiff about 350 nautical miles off the Somali coast, but private security guards on board returned fire and they fled, the court heard. They were captured by a warship of the European Union's Operation Atalanta and handed to Seychelles for trial. The judge said piracy remained a grave threat to seafarers and to the tuna fleets that supply the cannery in Victoria. Lawyers for the defendants said they were fishermen who had been forced to take part by armed men on the mainland, and would appeal. Seychelles has tried more than 150 piracy suspects since 2010 under agreements with the EU and other countries. Attacks on fishing boats off Somalia have risen again in the last two years.",
        "crime",
    ),
    (
        "Thai court convicts trawler captains in Benjina slavery case",
        "A court in Thailand convicted five Thai men of human trafficking on Tuesday for holding fishermen from Myanmar, Cambodia and Laos as slaves on boats operating from the Indonesian island of Benjina. The men were sentenced to between three and ten years in prison and ordered to pay compensation to 14 victims. An Associated Press investigation in 2015 found men held in a cage on the island and forced to work up to 22 hours a day, some for years, and led to the rescue of more than 2,000 fishermen. Survivors told the court they were beaten and denied wages. Thailand, the world's third-largest seafood exporter at the time, was threatened with an EU ban on its seafood imports unless it cleaned up its fishing industry. Rights groups welcomed the verdict but said abuse on Thai and other distant-water fleets continued. The company that operated the boats has closed.",
        "crime",
    ),
    (
        "Pirates kidnap five crew from fishing vessel off Ghana for ransom",
        "Pirates boarded a Ghanaian-flagged fishing vessel about 60 nautical miles off the coast of Ghana on Saturday and kidnapped five crew members, including the captain, the Ghana navy said. The gang, armed with rifles, reached the vessel in a speedboat and ransacked the bridge before leaving with their hostages, according to the navy and the International Maritime Bureau. The kidnappers are believed to have headed towards the Niger Delta, where criminal gangs hold seafarers in creeks until shipowners pay ransoms. The vessel returned to Tema with the rest of the crew unharmed. The Gulf of Guinea accounted for almost all kidnappings of seafarers reported worldwide last year, according to the IMB. Navies in the region have stepped up joint patrols, and Nigeria's Deep Blue project has put more boats and aircraft into the area. The owners said they were in contact with the authorities.",
        "crime",
    ),
    (
        "Police shoot two suspected abalone poachers in Gansbaai chase",
        "Police shot and wounded two suspected abalone poachers in Gansbaai on the Western Cape coast early on Wednesday, after a chase in which the suspects fired at officers, a police spokesperson said. Officers found about 2,000 abalone shells in the suspects' bakkie, along with diving gear and a pistol. The two men were taken to hospital under police guard and will appear in court in Hermanus once they are discharged. Poaching syndicates harvest abalone along the coast and smuggle it to Hong Kong and mainland China, where dried abalone fetches high prices. The South African government estimates that hundreds of tonnes are taken illegally every year. Fishermen from Hawston and other coastal towns say the small legal quotas leave them no option, while conservationists warn that the stock is close to collapse. Police said further arrests were expected.",
        "crime",
    ),
    (
        "Ecuadorian fisherman killed by pirates who stole engine off Manta",
        "An Ecuadorian fisherman was shot dead by pirates who boarded his boat at night off Manta and stole its outboard engine, fuel and catch, the navy said on Friday. His two crewmates were thrown into the water and clung to the boat until they were rescued by another fishing boat at dawn. Fishermen in Manabí province say attacks by gangs who steal engines to resell them have multiplied, and several fishermen have been killed this year. Police said they had arrested three suspects in Jaramijó and recovered an engine. Ecuador has been hit by a wave of violent crime linked to drug trafficking, and fishermen say gangs also pressure them to carry cocaine out to sea. The fishing cooperative in Manta said its members would only go out in groups from now on. A funeral was held on Saturday.",
        "crime",
    ),
    (
        "Sri Lankan navy arrests 22 Tamil Nadu fishermen near Delft island",
        "The Sri Lankan navy arrested 22 fishermen from Tamil Nadu and seized three trawlers on Sunday night for fishing in Sri Lankan waters near Delft island, the navy said. The fishermen were taken to Kankesanthurai harbour and handed to fisheries officials in Jaffna, who will take them to court. Fishermen's associations in Rameswaram called a strike and demanded that New Delhi secure their release. Tamil Nadu's chief minister wrote to the external affairs minister asking for diplomatic action. More than 500 Indian fishermen have been arrested by the Sri Lankan navy this year, according to Indian fishermen's unions. Sri Lanka says Indian bottom trawlers damage the seabed and the livelihoods of fishermen in its north. A magistrate in Jaffna remanded the men until next week.",
        "crime",
    ),
    (
        "French fishermen block Calais and Boulogne in licence protest",
        "French fishing boats blocked the ports of Calais, Boulogne-sur-Mer, Saint-Malo and Ouistreham and the entrance to the Channel Tunnel freight terminal on Friday in a protest over the number of licences granted by the UK to fish in British waters after Brexit. Boats formed lines across the harbour entrances, and trucks were held up for about three hours before the blockade was lifted as planned in the afternoon. Police said there were no incidents. The national fisheries committee said more than a hundred French boats were still waiting for licences. “We want to send a message to London and to Brussels,” said a trawler captain in Boulogne. Ferry operator P&O said two sailings were delayed. The European Commission said it was working with the UK to resolve the outstanding cases.",
        "protest",
    ),
    (
        "Fukushima fishermen rally in Tokyo against treated water release",
        "Several hundred fishermen and their supporters rallied outside the prime minister's office in Tokyo on Tuesday to protest against the government's plan to release treated water from the Fukushima nuclear plant into the sea. Protesters held banners reading “Do not pollute the sea” and chanted slogans in the rain. The national federation of fisheries cooperatives, Zengyoren, presented a petition signed by more than 250,000 people. Fishing communities in Fukushima say they have spent a decade rebuilding trust in their catch and fear that the release will undo their work. The government says the water, which contains tritium, will be diluted far below safety limits. Officials met a delegation of the protesters and promised to continue dialogue. The rally ended peacefully.",
        "protest",
    ),
    (
        "Senegalese fishermen march in Dakar against foreign trawlers",
        "Thousands of fishermen, fish traders and women who process fish marched through central Dakar on Saturday to demand an end to licences for foreign industrial trawlers and a halt to the expansion of fishmeal factories. The marchers, many wearing the yellow T-shirts of their association, carried nets and empty crates and sang as they walked to the Place de l'Obélisque. “The sea is empty because of them,” said one banner. Organisers said fishermen had to go further and further out, and some had joined the migrants who take pirogues to the Canary Islands. The fisheries ministry published the list of licensed vessels for the first time last month, showing dozens of European and Chinese-owned boats. Police escorted the march, which ended without incident. A delegation was received by the ministry.",
        "protest",
    ),
    (
        "Brexit flotilla sails up Thames as Geldof boat blasts music",
        "A flotilla of about 30 fishing boats sailed up the Thames to Westminster on Wednesday to call for Britain to leave the European Union, in a colourful stunt a week before the referendum. The boats, led by a trawler carrying Nigel Farage, were met by a rival flotilla of pro-EU boats, one of them hired by the musician Bob Geldof, who blasted music and made rude gestures from the deck. Fishermen on both sides sprayed each other with hoses, and there was shouting through loudspeakers, but police said there were no arrests. Fishermen from Ramsgate, Lowestoft and Scotland said the Common Fisheries Policy had destroyed their industry. Supporters of remaining in the EU said fishermen had been used as a prop. The boats turned back at Tower Bridge.",
        "protest",
    ),
    (
        "South Korean fishermen surround offshore wind site in boat protest",
        "More than 150 fishing boats gathered around a survey vessel off the coast of Ulsan on Thursday to protest against plans for a floating offshore wind farm, which fishermen say will close their fishing grounds. The boats circled the survey ship for about four hours, sounding horns and flying banners, and the survey work was suspended for the day. The coastguard monitored the protest and said it remained orderly. The fishermen's association demands compensation and a say over where turbines are placed. Developers say the project will create thousands of jobs and that fishing will be allowed in part of the area. The government has set a target of more than 14 gigawatts of offshore wind by 2030. Talks between the association and the developers are due to resume next week.",
        "protest",
    ),
    (
        "Canoe fishermen petition parliament over Ghana's closed season",
        "Hundreds of canoe fishermen marched to Ghana's parliament in Accra on Monday to present a petition against the timing of this year's closed fishing season, which they say falls at the peak of the herring catch. The fishermen, from Jamestown, Elmina and other coastal towns, said they had not received the promised support packages during last year's closure. The march was peaceful and accompanied by police. The fisheries ministry says the closed season is needed to allow stocks of sardinella to spawn and recover. The Ghana National Canoe Fishermen Council said its members supported conservation but wanted the closure moved by a month. A deputy speaker received the petition and promised to refer it to the fisheries committee. Fish prices in Accra markets have risen sharply this year.",
        "protest",
    ),
    (
        "Navy patrol boats on standby as no-deal Brexit looms for fishing",
        "Four Royal Navy offshore patrol vessels are on standby to protect British fishing waters from 1 January if there is no trade deal with the European Union, the Ministry of Defence said on Saturday. The ships would be able to stop, check and board EU fishing boats that enter UK waters without authorisation. Fishermen's groups welcomed the move, while some Conservative MPs called it irresponsible gunboat diplomacy. A former head of the navy said the ships were too few to patrol the whole exclusive economic zone and that boarding foreign trawlers would be a matter for the Marine Management Organisation. When the day came, the vessels spent weeks at sea without stopping a single EU boat, after a deal was reached on Christmas Eve. Defence officials said the deployment had been a useful exercise in maritime surveillance.",
        "military",
    ),
    (
        "Inside China's maritime militia, the fishing fleet that doubles as a navy",
        "Hundreds of steel-hulled fishing vessels that gather at reefs in the Spratly Islands are part of a maritime militia trained and paid by the Chinese state, according to a report published on Tuesday by the Center for Strategic and International Studies in Washington. The vessels, many based in Hainan, rarely appear to fish, and some stay anchored at the same reef for months, the researchers found from satellite images. Their crews receive subsidies and take part in drills with the coastguard and navy. The report estimates that about 300 such vessels are in the Spratlys on any given day. China does not acknowledge the existence of the militia as such and says the boats belong to ordinary fishermen sheltering from weather. The Philippines and Vietnam say the presence of the fleet is a way of asserting Beijing's claims without firing a shot. The authors call it a “grey zone” force.",
        "military",
    ),
    (
        "Indian coastguard and navy hold coastal security drill with fishermen",
        "India's navy, coastguard and marine police held a two-day coastal security exercise along the coast of Gujarat and Maharashtra this week, with fishermen taking part as the “eyes and ears” of the security forces. The exercise, Sagar Kavach, tested the response to a simulated infiltration by sea, with teams playing attackers trying to land at fishing harbours. Fishermen were given biometric identity cards and transponders for their boats, officials said. The drill is held twice a year since the 2008 Mumbai attacks, when gunmen came ashore in inflatable boats after hijacking an Indian fishing trawler. The coastguard said the exercise showed improved coordination between agencies. Fishermen's leaders in Veraval said more of their boats needed tracking devices, which are costly.",
        "military",
    ),
    (
        "Argentina commissions new patrol ship to guard squid grounds",
        "The Argentine navy commissioned the ARA Contraalmirante Cordero, the last of four offshore patrol vessels bought from France, at a ceremony in Mar del Plata on Friday. The 87-metre ships were acquired to patrol the country's exclusive economic zone and to deter foreign fishing fleets that gather at the edge of the 200-mile limit during the squid season. The defence minister said the navy now had the ability to maintain a permanent presence in the South Atlantic. The ships carry a helicopter deck and rigid inflatable boats for boarding parties. Fishing chambers welcomed the addition and asked for more aerial surveillance. The four ships cost about €320m in all, according to the defence ministry. The vessel sailed on its first patrol on Monday.",
        "military",
    ),
]
