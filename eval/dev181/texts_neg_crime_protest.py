"""dev181 hard negatives (2 of 4): crimes around land, water, logging, mining and wildlife, and
farmers', fishers' and residents' protests with no violence reported (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Fisherman confesses to killing Dom Phillips and Bruno Pereira in Amazon, police say",
        "A fisherman arrested in the Javari valley has confessed to killing British "
        "journalist Dom Phillips and Indigenous expert Bruno Pereira and led officers to the "
        "place where their bodies were buried, Brazil's federal police said on Wednesday. "
        "The suspect told investigators that the two men were shot as they travelled by boat "
        "on the Itaquaí river near Atalaia do Norte, police said at a news conference in "
        "Manaus. Human remains were recovered from a marshy area about three kilometres into "
        "the forest and flown to Brasília for identification. A second suspect, his brother, "
        "has also been arrested, and police are looking for others. Relatives of the two "
        "men, who disappeared on June 5, thanked the Indigenous search teams who had found "
        "their belongings. The federal police said the investigation into whether others "
        "were involved would continue, including into a man suspected of financing illegal "
        "fishing in the region. Indigenous organisations said the authorities had ignored "
        "repeated warnings about threats from poachers and fishermen who invade the reserve "
        "to catch pirarucu and turtles. Investigators said they believed the killers had "
        "acted alone and that there was no evidence of a criminal organisation ordering the "
        "murders, a conclusion that Indigenous groups rejected. Pereira had helped "
        "Indigenous patrols gather evidence of illegal fishing and poaching in the Javari "
        "reserve, and had received threats. Phillips was researching a book on how to save "
        "the Amazon.",
        "crime",
    ),
    (
        "Police officer run over by dumper while checking illegal stone mining in Nuh",
        "A deputy superintendent of police was killed on Tuesday when the driver of a dumper "
        "truck carrying stones from an illegal mining site in Haryana's Nuh district ran him "
        "over, police said. The officer had stopped the truck near Pachgaon in the Aravalli "
        "hills after receiving information about illegal mining, and was standing in front "
        "of it when the driver accelerated, a police spokesperson said. His driver and "
        "gunner jumped aside to escape. Police arrested the truck's helper after an "
        "encounter in which he was shot in the leg, and later arrested the driver in "
        "Rajasthan. The Aravallis, among the oldest mountain ranges in the world, are "
        "protected by a Supreme Court ban on mining in Haryana, but stone and sand are "
        "extracted at night to feed the construction boom around Delhi. Environmental "
        "activists say mining gangs operate with the protection of local politicians and "
        "that officials who try to stop them are threatened. The state government announced "
        "compensation of ₹1 crore for the officer's family.",
        "crime",
    ),
    (
        "Farmer shot dead in row over turn to irrigate fields from canal outlet",
        "A 48-year-old farmer was shot dead and his nephew wounded in a dispute over "
        "irrigation water in a village in Uttar Pradesh's Shahjahanpur district on Sunday "
        "evening, police said. The victim had opened the outlet of a minor canal to water "
        "his wheat field when a neighbour, who said it was his turn, argued with him and "
        "then fired at him with a country-made pistol, according to the first information "
        "report lodged by the family. The nephew was hit in the arm as he tried to intervene "
        "and is being treated at the district hospital. The accused and his son fled but "
        "were arrested on Monday morning near the Garra river, and the weapon was recovered, "
        "the superintendent of police said. Villagers said the two families had quarrelled "
        "for years over the boundary between their plots and the order in which they drew "
        "water. Farmers in the area depend on canal water for the rabi crop, and the "
        "irrigation department has been releasing water by rotation because of low levels in "
        "the Sharda canal system.",
        "crime",
    ),
    (
        "Romania's forest rangers say they are under attack after second killing in weeks",
        "Thousands of people marched in Bucharest and other Romanian cities on Sunday after "
        "a second forest ranger was killed in less than two months while investigating "
        "illegal logging. The 50-year-old ranger was found shot with his own hunting rifle "
        "in a forest in Maramureș county, and police have not yet said whether it was "
        "murder; weeks earlier, a colleague was found dead in his car with an axe wound to "
        "his head after going to check reports of timber theft near Pașcani. Prosecutors "
        "have charged three men with the earlier killing and say they were part of a group "
        "that cut trees on state land without permits. Rangers' unions say more than 650 "
        "attacks on forestry staff have been recorded in recent years and that they are sent "
        "alone, unarmed, into forests controlled by timber thieves. Romania holds a large "
        "share of Europe's last old-growth forests, and the European Commission has warned "
        "the government over illegal logging in protected areas. The environment minister "
        "promised to equip rangers with body cameras and to let them carry firearms.",
        "crime",
    ),
    (
        "Three men jailed for life over murder of Free State farmer during robbery",
        "The High Court in Bloemfontein on Friday sentenced three men to life imprisonment "
        "for the murder of a 63-year-old farmer during a robbery on a cattle farm near Paul "
        "Roux in 2022. The judge said the men had tied up the farmer and assaulted him for "
        "the code of his gun safe before shooting him, and had left with firearms, cash and "
        "a bakkie that was later found burned. The court heard that one of the accused had "
        "worked on the farm for three months and knew where the safe was. Outside the court, "
        "members of an agricultural union held placards calling for farm attacks to be "
        "declared a priority crime, while a local ANC branch called for calm and said the "
        "case should not be used to stoke racial tension. Police figures show about 50 "
        "murders on farms and smallholdings a year, a fraction of the country's more than "
        "27,000 murders, but the issue has become a rallying point for some Afrikaner groups "
        "and for politicians abroad. The farmer's widow said she would sell the land.",
        "crime",
    ),
    (
        "Ibama agents burn mining dredges in raid on illegal gold sites along the Tapajós",
        "Agents of Brazil's environmental protection agency Ibama, backed by federal police "
        "and the National Public Security Force, destroyed 24 dredges and rafts used for "
        "illegal gold mining along the Tapajós river and its tributaries in Pará state last "
        "week, the agency said. Under Brazilian law, enforcement officers may burn equipment "
        "seized in remote areas when it cannot be removed. Footage released by Ibama showed "
        "the two-storey floating platforms in flames as helicopters circled overhead. No "
        "arrests were made; workers fled into the forest as the agents approached, the "
        "agency said, leaving behind mercury, fuel and generators. The operation is part of "
        "a campaign against wildcat mining in the Munduruku Indigenous territory, where a "
        "study found high levels of mercury in the hair of women and children. Miners' "
        "associations in the town of Itaituba said the raids were destroying the livelihoods "
        "of thousands of families and called for the government to legalise small-scale "
        "mining. Ibama said it had fined the owners of the dredges a total of 14 million "
        "reais.",
        "crime",
    ),
    (
        "South African court jails rhino horn syndicate boss for 25 years",
        "A South African court on Wednesday sentenced the leader of a rhino horn trafficking "
        "syndicate to 25 years in prison, ending a case that took almost a decade and was "
        "repeatedly delayed. The Mpumalanga High Court found the man, a former police "
        "officer, guilty of running a network that paid poachers to shoot rhinos in the "
        "Kruger National Park and smuggled the horns to buyers in Mozambique and Asia. "
        "Prosecutors told the court that the syndicate was linked to the killing of at least "
        "80 rhinos and that it supplied poachers with hunting rifles, silencers and "
        "ammunition. Two co-accused, his brother-in-law and a former game ranger, received "
        "sentences of 20 and 18 years. Conservationists welcomed the verdict but said "
        "corrupt officials and rangers continued to help poachers. South Africa, home to "
        "most of the world's remaining rhinos, lost 499 to poaching last year, official "
        "figures show, most of them in KwaZulu-Natal's Hluhluwe-iMfolozi park. \"This sends a "
        'message that the kingpins are not untouchable," a spokesman for the national '
        "prosecuting authority said.",
        "crime",
    ),
    (
        "Farmers dig in at Singhu for the long haul, with langars, libraries and washing machines",
        "Three weeks into their sit-in on the highway at Singhu, on Delhi's border with "
        "Haryana, farmers from Punjab and Haryana have turned a 10-kilometre stretch of road "
        "into a small town. Trolleys covered with tarpaulin serve as bedrooms, community "
        "kitchens serve hot food around the clock, and volunteers have set up a library, a "
        "dental camp and rows of washing machines donated by supporters abroad. Tens of "
        "thousands of farmers have been camped here and at Tikri and Ghazipur since the end "
        "of November to demand the repeal of three farm laws passed in September, which they "
        'fear will end guaranteed purchases of wheat and rice at minimum support prices. "We '
        'have brought rations for six months," said Gurmeet Kaur, 62, who has been cooking '
        "for her village's trolley since the first day. Every morning, tractors from Punjab "
        "bring fresh vegetables, milk and firewood. Students from Delhi universities have "
        "started a newspaper, printed in Punjabi and Hindi, that reports on the protest. "
        "Police have placed barricades, sand-filled trucks and razor wire on the road "
        "towards the capital, but the two sides have kept their distance. In the evenings, "
        "singers perform on a stage made from a flatbed trailer, and elderly men read "
        "newspaper reports aloud to those who cannot. The government has offered to amend "
        "the laws but not to repeal them. Six rounds of talks with the government have "
        "failed, and on Monday union leaders observed a day-long hunger strike. The protest "
        "has been peaceful, and organisers have asked participants to stay away from the "
        "police barricades. Several farmers, most of them elderly, have died of cold and "
        "heart attacks in the camps, the unions say.",
        "protest",
    ),
    (
        "Thousands of tractors converge on Berlin as farmers protest subsidy cuts",
        "Thousands of farmers drove tractors into the centre of Berlin on Monday, parking "
        "them in long lines along the avenue that leads to the Brandenburg Gate, in the "
        "culmination of a week of protests against the government's plan to phase out tax "
        "breaks on agricultural diesel. Police estimated the crowd at about 10,000 people "
        "and said more than 5,000 vehicles had come into the city. Farmers blew horns and "
        'carried banners reading "No farmers, no food" as the finance minister addressed '
        "them from a stage and was booed. Throughout the past week, convoys had slowed "
        "traffic on motorways and blocked access to several towns, and police said a handful "
        "of people were detained for refusing to move their tractors from motorway slip "
        "roads. The farmers' association said the cuts would cost the average farm several "
        "thousand euros a year. The government has already scaled back part of the plan, "
        "keeping a vehicle tax exemption for farm machinery. Truck drivers and restaurant "
        "owners joined some of the rallies, and the organisers distanced themselves from "
        "far-right groups that tried to join them.",
        "protest",
    ),
    (
        "Dutch farmers bring The Hague to a standstill in protest against nitrogen rules",
        "Thousands of Dutch farmers drove tractors to The Hague on Tuesday, causing the "
        "longest morning traffic jams in the country's history as they protested against "
        "proposals to cut nitrogen emissions by reducing livestock numbers. The national "
        "traffic information service recorded more than 1,100 kilometres of tailbacks at the "
        "peak of the rush hour, as slow-moving tractors filled motorways. In the city, "
        "farmers gathered on the Malieveld, a large field near parliament, and listened to "
        "speeches calling for an end to what they called farmer-bashing. Police had closed "
        "the city centre to tractors, but some drivers pushed past barriers, and officers "
        "said four people were arrested. A Council of State ruling this year forced the "
        "government to halt thousands of construction and infrastructure projects because of "
        "nitrogen deposits on protected nature areas. Some politicians have proposed halving "
        "the country's herds of cattle, pigs and chickens. The agriculture minister came out "
        "to speak with the farmers and promised they would not be made scapegoats.",
        "protest",
    ),
    (
        "Sri Lankan farmers burn effigies and block roads over chemical fertiliser ban",
        "Farmers across Sri Lanka's rice-growing districts blocked roads, waved black flags "
        "and burned effigies of the agriculture minister on Tuesday in protest at a ban on "
        "imports of chemical fertiliser that they say will halve their harvests. In "
        "Polonnaruwa and Anuradhapura, hundreds of farmers sat on the roads beside bags of "
        "rotten paddy, and tea smallholders joined protests in the hill country around "
        "Nuwara Eliya. The government banned chemical fertiliser and pesticides in May, "
        "saying it wanted Sri Lanka to become the first country to farm entirely "
        "organically, but critics say the decision was driven by a shortage of foreign "
        'currency. "We have no fertiliser and the organic manure they promised has not '
        'come," said one farmer in Polonnaruwa. Police monitored the demonstrations but made '
        "no arrests. Tea exporters warn that output could fall by a third, and rice prices "
        "have already risen in local markets. The agriculture ministry said it would "
        "distribute organic fertiliser produced locally and compensate farmers for any "
        "losses.",
        "protest",
    ),
    (
        "Montevideo residents march against salty tap water as drought empties reservoirs",
        "Thousands of people marched through Montevideo on Wednesday to protest against the "
        "government's handling of a drought that has left the capital's tap water salty, and "
        "to demand that water be treated as a human right rather than a commodity. The Paso "
        "Severino reservoir, which supplies more than half of Uruguay's population, has "
        "fallen to less than 5% of its capacity after three years of low rainfall, and the "
        "state water company has been mixing in water from the estuary of the Río de la "
        "Plata. Marchers carried empty plastic bottles and banners reading \"It's not "
        "drought, it's plunder\", accusing forestry, rice and soy exporters of using too much "
        "water. The march ended peacefully outside the presidential offices. The government "
        "has exempted bottled water from taxes and is building an emergency reservoir on the "
        "San José river. Health authorities have advised pregnant women and people with high "
        "blood pressure not to drink tap water. Protesters also criticised a planned project "
        "to supply water from the Río de la Plata that they say would benefit private firms.",
        "protest",
    ),
    (
        "Ghana's canoe fishermen march in Accra against 'saiko' trade and trawlers",
        "Hundreds of canoe fishermen and fish processors, many of them women, marched "
        "through central Accra on Thursday to demand an end to illegal transshipment of fish "
        "at sea by industrial trawlers, a practice known locally as saiko. The marchers, who "
        "came from fishing communities in Elmina, Apam and Jamestown, carried dried fish, "
        'paddles and placards reading "Our sea, our food" and presented a petition to the '
        "fisheries ministry. They say foreign-owned trawlers registered through Ghanaian "
        "front companies catch small pelagic fish reserved for canoes, freeze them in blocks "
        'and sell them back to canoe fishermen at sea. "Our nets come back empty, and the '
        'trawlers sell us our own fish," said the chief fisherman of one Central Region '
        "town. Scientists at the University of Cape Coast say landings of sardinella have "
        "fallen by about 80% in two decades. The ministry said it would increase patrols by "
        "the navy and fisheries enforcement unit and publish the names of vessels caught. "
        "The march was supervised by police and ended without incident.",
        "protest",
    ),
    (
        "Tens of thousands rally in Belgrade against Rio Tinto lithium mine",
        "Tens of thousands of people rallied in central Belgrade on Saturday against plans "
        "by mining group Rio Tinto to develop a lithium mine in the Jadar valley in western "
        "Serbia, in one of the largest protests in the country in years. Protesters marched "
        'from Slavija square to the parliament, carrying banners reading "Rio Tinto get out" '
        'and "We won\'t give up Jadar", and some briefly sat down on the tracks at a railway '
        "station. Farmers from the Loznica area say the mine, which could supply enough "
        "lithium for about a million electric cars a year, would poison their water and "
        "land. The government revived the project in July after a court overturned its "
        "decision to cancel it in 2022, and the European Union signed a strategic "
        "partnership on critical raw materials with Serbia days later. The president said "
        "the protests were part of a plan by foreign-backed groups to topple him and that "
        "the mine would meet the highest environmental standards. Rio Tinto says the project "
        "will create jobs and will not harm water supplies. Police said the rally passed "
        "peacefully.",
        "protest",
    ),
    (
        "Farmers bring tractors to Whitehall over inheritance tax changes",
        "Thousands of farmers gathered in Whitehall on Tuesday to protest against the "
        "government's plan to end a century-old exemption from inheritance tax for "
        "agricultural land worth more than £1m, in what organisers called the largest farm "
        "protest in London in a generation. Tractors lined the streets near Downing Street, "
        'some decorated with signs reading "No farmers, no food, no future". The National '
        "Farmers' Union, which held a separate lobbying event in Westminster, said the "
        "changes would force families to sell land to pay tax when a farmer dies. The "
        "Treasury says the measure will affect only about 500 estates a year and that most "
        'farms will pay nothing. "They have declared war on the countryside," a Cumbrian '
        "sheep farmer told the crowd from the back of a trailer. The Metropolitan Police had "
        "said tractors could not enter the area because of road restrictions, but made no "
        "arrests. Farmers said they would keep up protests until the changes were dropped.",
        "protest",
    ),
]
