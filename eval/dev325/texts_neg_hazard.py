"""Negatives of dev325: disasters, spills, industrial accidents and wildlife disease."""

NEGATIVES = [
    (
        "Wakashio spill: Mauritius declares environmental emergency",
        "Mauritius declared a state of environmental emergency on Friday as fuel oil leaked from "
        "a Japanese-owned bulk carrier that ran aground on a coral reef off its south-east coast "
        "nearly two weeks ago. Satellite images showed a dark slick spreading into the lagoon at "
        "Pointe d'Esny, near protected wetlands and the Blue Bay marine park. The MV Wakashio "
        "was carrying about 4,000 tonnes of fuel, and cracks had appeared in its hull, officials "
        "said. Prime Minister Pravind Jugnauth appealed for help from France, which sent "
        "equipment from nearby Réunion. Thousands of volunteers stuffed sacks with sugar cane "
        "leaves to make floating booms. Greenpeace said the accident could be one of the worst "
        "ecological crises the island nation has ever seen. The ship's operator, Mitsui OSK "
        "Lines, apologised. The ship later split in two.",
        "accident",
    ),
    (
        "Tankers break apart in Kerch Strait storm, fuel oil washes onto Anapa beaches",
        "Two ageing Russian tankers carrying about 9,200 tonnes of fuel oil broke apart in a "
        "storm in the Kerch Strait on Sunday, killing one crew member and spilling part of their "
        "cargo into the Black Sea, Russian officials said. The Volgoneft-212 split in two and "
        "its bow sank, while the Volgoneft-239 ran aground near the port of Taman. Within days, "
        "thick black mazut was washing up along some 50 kilometres of coastline near the resort "
        "of Anapa. Volunteers filled thousands of bags with oily sand, and dozens of dead and "
        "oiled seabirds and dolphins were found. President Vladimir Putin called it one of the "
        "most serious environmental challenges of recent years. Prosecutors opened criminal "
        "cases against the two captains for breaching safety rules. Both ships were more than 50 "
        "years old. Local authorities closed the beaches for the summer season.",
        "accident",
    ),
    (
        "Repsol spill off Peru blamed on waves from Tonga eruption",
        "Peru declared an environmental emergency along a 21-kilometre stretch of coast on "
        "Thursday after about 6,000 barrels of crude spilled from a tanker unloading at Repsol's "
        "La Pampilla refinery near Lima. The company said abnormal waves caused by the volcanic "
        "eruption in Tonga, more than 10,000 kilometres away, had moved the tanker during the "
        "operation. The government disputed that account and said the company had been slow to "
        "report the scale of the leak. Fishermen in Ventanilla and Ancón said they had lost "
        "their livelihoods, and beaches were closed. Dead seabirds coated in oil were brought to "
        "Lima's zoo for care. Prosecutors opened an inquiry and barred four executives from "
        "leaving the country. The spill later spread more than 40 kilometres north along the "
        "coast. The government also ordered Repsol to halt loading and unloading of crude at the "
        "refinery. Repsol said it had deployed hundreds of workers to clean the beaches.",
        "accident",
    ),
    (
        "Toxic smoke as chemical plant explosion rocks Jiangsu industrial park",
        "An explosion at a pesticide plant in the Chenjiagang chemical industrial park in "
        "Xiangshui county, Jiangsu province, killed at least 62 people and injured more than 600 "
        "on Thursday, state media said. The blast flattened factory buildings and blew out "
        "windows of homes and a kindergarten kilometres away. Environmental officials said they "
        "were monitoring benzene and other pollutants in a canal near the site, and that levels "
        "were falling. Thousands of firefighters and soldiers worked through the night to put "
        "out fires. The company, Tianjiayi Chemical, had been fined several times for "
        "environmental violations, according to records. President Xi Jinping ordered all-out "
        "rescue efforts and an investigation into the cause. The explosion registered as a small "
        "earthquake. Authorities later announced the closure of the industrial park, and dozens "
        "of officials and company staff were detained.",
        "accident",
    ),
    (
        "Brumadinho dam collapse buries mine canteen under tonnes of sludge",
        "A tailings dam at an iron ore mine owned by Vale collapsed near the town of Brumadinho "
        "in Brazil's Minas Gerais state on Friday, sending a torrent of mud through the "
        "company's offices and canteen and over nearby homes and farms. Firefighters said at "
        "least 58 people were dead and about 300 missing, many of them mine workers eating "
        "lunch. Helicopters plucked survivors from the thick brown sludge. The mud flowed into "
        "the Paraopeba river, and officials warned people not to use its water. The disaster "
        "came three years after a similar collapse at Mariana, also involving Vale, killed 19 "
        "people and polluted the Doce river all the way to the Atlantic. Vale's chief executive "
        "said the company had 'failed'. Brazil's environment agency fined Vale 250 million "
        "reais. Officials said they feared the mud would reach the São Francisco river. Rescuers "
        "worked through the weekend in the hope of finding more survivors, and the final toll "
        "rose to 270.",
        "accident",
    ),
    (
        "Derailed train's vinyl chloride burn-off leaves East Palestine residents wary",
        "Residents of East Palestine, Ohio, returned to their homes on Thursday after officials "
        "lifted an evacuation order imposed when a Norfolk Southern freight train carrying "
        "hazardous chemicals derailed and caught fire. Crews had carried out a controlled "
        "release and burn of vinyl chloride from five tank cars to prevent an explosion, sending "
        "a huge black plume over the village. State officials said air tests showed safe levels, "
        "but residents reported headaches and dead fish in local streams. The Ohio Department of "
        "Natural Resources estimated that some 3,500 fish had died. The National Transportation "
        "Safety Board said an overheated wheel bearing was the likely cause. Norfolk Southern "
        "pledged a fund to help the community. No one was injured in the derailment of about 38 "
        "cars. Residents packed a school gym for a public meeting, where officials from the "
        "company did not appear, citing safety concerns.",
        "accident",
    ),
    (
        "Ranger trampled by elephant during patrol in Zambia's South Luangwa",
        "A wildlife police officer was killed by an elephant while on an anti-poaching patrol in "
        "South Luangwa National Park in eastern Zambia, the Department of National Parks and "
        "Wildlife said on Tuesday. The officer, who had served for 11 years, was part of a team "
        "of five that came across a breeding herd in thick vegetation near the Luangwa river, a "
        "spokesperson said. The elephant charged before the team could retreat. His colleagues "
        "carried him to a road, but he died before reaching the clinic in Mfuwe. Conservation "
        "groups working in the park paid tribute to him. Deaths from wildlife encounters are "
        "among the most common causes of ranger fatalities in Africa, according to the "
        "International Ranger Federation. He leaves a wife and four children. The department "
        "said it would review how patrols approach herds in dense bush.",
        "accident",
    ),
    (
        "Army joins battle as Canada's wildfire evacuations top 100,000",
        "Canada deployed soldiers to help fight wildfires in Alberta and Nova Scotia on Monday "
        "as the number of people ordered from their homes passed 100,000, federal officials "
        "said. Firefighters from the United States, Australia and South Africa were also on the "
        "front lines. More than 400 fires were burning across the country, about half of them "
        "out of control, according to the Canadian Interagency Forest Fire Centre. In the "
        "Northwest Territories, the whole city of Yellowknife was evacuated by road and air. "
        "Smoke drifted south, turning skies orange in New York. Scientists said hotter, drier "
        "conditions linked to climate change were making fire seasons longer and more "
        "destructive. Officials called it the worst season on record. Insurers expect claims of "
        "several billion dollars. In the town of Enterprise, fire destroyed most homes.",
        "disaster",
    ),
    (
        "Drought kills hundreds of elephants and zebras in Kenya's parks",
        "At least 205 elephants, 512 wildebeest and 381 common zebras died in Kenya between "
        "February and October as the worst drought in 40 years dried up water sources, the "
        "tourism and wildlife ministry said in a report on Friday. The most affected areas were "
        "Amboseli, Tsavo and the Laikipia-Samburu ecosystem. Among the dead were 49 Grevy's "
        "zebras, an endangered species with only about 3,000 left in the wild. Rangers and "
        "volunteers have trucked water to pans and left hay for animals, but officials said more "
        "would die if the rains failed again. The drought has also hit herders, whose livestock "
        "compete with wildlife for dwindling pasture, and more than four million Kenyans need "
        "food aid. In Samburu, buffalo carcasses littered dry riverbeds, a ranger said. The "
        "Kenya Wildlife Service warned that hungry animals were straying onto farms, raising the "
        "risk of clashes with people. Meteorologists have forecast another poor rainy season.",
        "disaster",
    ),
    (
        "Cyclone Freddy flattens mangroves and fishing villages in Mozambique",
        "Cyclone Freddy, one of the longest-lived tropical storms on record, made landfall for a "
        "second time near Quelimane in central Mozambique on Saturday night, tearing roofs from "
        "homes and flattening stretches of mangrove forest along the Zambezia coast. At least "
        "100 people were killed in Mozambique and Malawi, where floods and mudslides swept away "
        "whole neighbourhoods of Blantyre. Tens of thousands of people were sheltering in "
        "schools and churches. Fishermen said the storm had destroyed boats and nets in the "
        "Zambezi delta. The World Meteorological Organization said the storm had crossed the "
        "Indian Ocean from Australia over more than five weeks. Malawi declared a state of "
        "disaster in ten southern districts. In Mozambique, the national disaster institute said "
        "about 170,000 people had been affected in Zambezia province alone, and hundreds of "
        "schools were damaged. Aid agencies warned of cholera in crowded shelters.",
        "disaster",
    ),
    (
        "Elephants to be culled and meat given to drought-hit families in Zimbabwe",
        "Zimbabwe will cull 200 elephants and distribute the meat to communities facing food "
        "shortages after the worst drought in decades, the parks and wildlife authority said on "
        "Tuesday. The animals will come from Hwange, Mbire, Tsholotsho and Chiredzi districts, "
        "where the authority says elephant numbers exceed what the land can support. 'We are "
        "engaging professional hunters to carry out the exercise,' a spokesman for ZimParks "
        "said. Namibia approved a similar plan last month to kill more than 700 wild animals, "
        "including elephants, hippos and zebras. Conservation groups criticised the decision as "
        "a public relations move and said it would do little to feed the millions of people who "
        "need food aid across southern Africa. Zimbabwe has around 100,000 elephants, the second "
        "largest population in the world. Zimbabwe last held a cull in 1988.",
        "disaster",
    ),
    (
        "Pakistan's monsoon floods submerge a third of the country, minister says",
        "Floods caused by record monsoon rains and melting glaciers have killed more than 1,100 "
        "people in Pakistan since June and left about a third of the country under water, "
        "officials said on Monday. Climate Change Minister Sherry Rehman called it a "
        "'climate-induced humanitarian disaster of epic proportions'. Around 33 million people "
        "have been affected, and hundreds of thousands are living in tents along raised roads. "
        "The army has sent helicopters to rescue families from rooftops in Sindh and "
        "Balochistan. Officials warned of outbreaks of waterborne diseases as stagnant water "
        "spreads. The UN launched an appeal for 160 million dollars. Roads and bridges have been "
        "washed away in the mountains of the north, cutting off tourist valleys in Swat. Farmers "
        "in Sindh said the water had destroyed cotton and rice crops just before harvest. The "
        "government estimated the damage at more than 10 billion dollars.",
        "disaster",
    ),
    (
        "Great Barrier Reef suffers fifth mass bleaching in eight years",
        "The Great Barrier Reef is undergoing its fifth mass bleaching event in eight years, "
        "Australian authorities confirmed on Friday, after aerial surveys of more than 1,000 "
        "reefs found bleaching across all three regions of the marine park. The Great Barrier "
        "Reef Marine Park Authority said sea temperatures had been at record highs since "
        "January. Bleaching occurs when corals under heat stress expel the algae living in their "
        "tissues, turning white; they can recover if temperatures fall, but many die. Scientists "
        "said the back-to-back events left little time for recovery. The government said it was "
        "investing billions of dollars in protecting the reef, which UNESCO has considered "
        "listing as 'in danger'. Marine biologist Terry Hughes said the reef was 'on the brink'. "
        "Tourism operators said most of the reef was still beautiful, and urged visitors not to "
        "cancel trips. The authority will carry out in-water surveys to measure how much coral "
        "has died.",
        "disaster",
    ),
    (
        "Heatwave turns Amazon lake into graveyard for river dolphins",
        "More than 150 pink and grey river dolphins have been found dead in Lake Tefé in "
        "Brazil's Amazonas state over the past week as water temperatures rose above 39C during "
        "a severe drought, researchers said. Scientists from the Mamirauá Institute said they "
        "suspected the heat and low oxygen were to blame, but were also testing for infections. "
        "Volunteers in boats pulled carcasses from the water. The drought, worsened by El Niño, "
        "has cut off riverside communities that depend on boats for food and fuel, and the state "
        "declared an emergency in dozens of municipalities. Both species of dolphin are listed "
        "as endangered. The Rio Negro at Manaus fell to its lowest level in more than 120 years "
        "of records. Fish also died in large numbers, leaving the water smelling of rot. "
        "Researchers moved some dolphins to cooler parts of the lake, and the Chico Mendes "
        "Institute sent veterinarians to carry out post-mortem examinations.",
        "disaster",
    ),
    (
        "Bird flu kills thousands of sea lions along South America's coast",
        "More than 3,000 sea lions have died of H5N1 bird flu along the coasts of Peru and Chile "
        "since January, authorities said, as the virus spreads among marine mammals in an "
        "outbreak scientists call unprecedented. Peru's national protected areas service said "
        "634 dead sea lions had been found in seven reserves in the past month alone. Tens of "
        "thousands of pelicans, boobies and other seabirds have also died. Officials closed "
        "several beaches and asked people not to touch dead animals. Virologists say "
        "transmission between mammals would be a worrying step, though the risk to humans "
        "remains low. Chile has banned the export of poultry from affected farms. The virus has "
        "also reached Antarctica's elephant seals. Researchers in Argentina said thousands of "
        "elephant seal pups had died on the Valdés peninsula. Wildlife agencies have been told "
        "to report any unusual deaths.",
        "health",
    ),
    (
        "Vaccine drive protects Ethiopian wolves from rabies outbreak",
        "Veterinarians in Ethiopia's Bale Mountains have vaccinated more than 100 Ethiopian "
        "wolves against rabies after an outbreak killed several packs, the Ethiopian Wolf "
        "Conservation Programme said. The animals were trapped, given an oral vaccine in baits "
        "and released, and teams also vaccinated thousands of domestic dogs in surrounding "
        "villages, which spread the disease. Fewer than 500 Ethiopian wolves survive, making "
        "them Africa's most endangered carnivore. Outbreaks in 2008 and 2014 killed up to "
        "three-quarters of the wolves in some areas. The programme said the vaccination campaign "
        "had stopped the virus from spreading to the Sanetti plateau, home to the largest "
        "population. The wolves live in small packs at altitudes above 3,000 metres and feed "
        "mainly on giant mole rats. Habitat loss to farming and grazing is the other main threat "
        "to their survival, scientists said. The team plans to repeat the vaccination every "
        "year.",
        "health",
    ),
]
