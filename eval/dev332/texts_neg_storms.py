"""dev332 negatives: storms, floods, camps and disasters with the desk's war words
(title, text, kind code)."""

NEGATIVES = [
    (
        "Bomb cyclone buries Buffalo as death toll climbs",
        "A bomb cyclone that swept across much of the United States over the Christmas weekend "
        "has killed at least 34 people in western New York, most of them in and around Buffalo, "
        "officials said on Tuesday. The storm dropped more than four feet of snow in places and "
        "brought winds of up to 70 mph, stranding drivers in their cars. Erie County executive "
        "Mark Poloncarz called it “the blizzard of the century” and said some victims were found "
        "in snowbanks. The National Guard was sent in to help clear roads and check on "
        "residents. Meteorologists said the pressure dropped so fast that the storm met the "
        "definition of bombogenesis. Power was restored to most homes by Monday night."
        " Driving bans remained in force on Tuesday, and officials urged residents not to travel "
        "to work. Some people were stranded in vehicles for more than two days, and volunteers "
        "with snowmobiles carried food and medicine to homes. Forecasters expect a thaw later in "
        "the week, which could bring flooding.",
        "disaster",
    ),
    (
        "Ninth atmospheric river in three weeks drenches California",
        "Another atmospheric river slammed into California on Monday, the ninth in a row since "
        "late December, flooding roads, toppling trees and forcing evacuations in Santa Cruz "
        "County. The National Weather Service warned of flash flooding across the Central Coast, "
        "and about 34,000 residents of Montecito were ordered to leave their homes. Governor Gavin "
        "Newsom said the storms had killed at least 17 people. A five-year-old boy was swept "
        "away by floodwater in San Luis Obispo County, and searchers have not found him. "
        "Forecasters say the parade of storms will ease later in the week. Water managers "
        "noted that reservoirs were filling quickly after three years of drought."
        " Mudslides closed parts of Highway 1, and some 100,000 customers lost power. President "
        "Joe Biden approved an emergency declaration to free up federal aid. Meteorologists at "
        "Scripps Institution of Oceanography said the storms were rated at the upper end of the "
        "atmospheric river scale.",
        "disaster",
    ),
    (
        "Derna counts its dead as rival governments trade blame after dams burst",
        "Rescue teams in eastern Libya said on Thursday that more than 5,000 people had died in "
        "Derna after two dams above the city collapsed during Storm Daniel, sending a wall of "
        "water through its centre. Thousands more are missing, many of them thought to have been "
        "swept out to sea. The city is controlled by the eastern administration, while a rival "
        "government sits in Tripoli, and officials from both sides accused each other of "
        "neglecting the dams for years. Egyptian, Turkish and Emirati rescue teams arrived with "
        "boats and heavy machinery. The World Meteorological Organization said many deaths "
        "could have been avoided with better warnings. Survivors described buildings being "
        "carried away with families inside."
        " Bodies were buried in mass graves on the edge of the city, and the International "
        "Committee of the Red Cross said it was helping families search for relatives. The UN "
        "warned of disease from contaminated water.",
        "disaster",
    ),
    (
        "Landslides kill six in Rohingya camps as monsoon rains pound Cox's Bazar",
        "Landslides and flash floods triggered by heavy monsoon rain killed at least six people, "
        "including three children, in the Rohingya refugee camps in Cox's Bazar, officials "
        "said on Wednesday. More than 300 millimetres of rain fell in 24 hours, flooding "
        "thousands of shelters and washing away latrines and paths on the steep hillsides. The "
        "UN refugee agency said some 21,000 refugees had been affected and 4,000 shelters damaged "
        "or destroyed. Nearly a million Rohingya live in the camps, most of them having fled "
        "Myanmar in 2017. Volunteers trained in disaster response helped move families to "
        "community centres. The Bangladesh Meteorological Department forecast more rain for "
        "the coming days."
        " Aid agencies said the camps, built on hills cleared of forest, are among the most "
        "landslide-prone places in the country. Camp officials said two children were killed when"
        " a hillside collapsed onto their shelter in the early hours.",
        "disaster",
    ),
    (
        "Storm Norma flattens Syrian refugee tents in the Bekaa",
        "Storm Norma brought snow, freezing rain and flooding to Lebanon this week, damaging "
        "hundreds of informal settlements where Syrian refugees live in the Bekaa Valley and the "
        "north. The UN refugee agency said more than 11,300 refugees had been affected, and an "
        "eight-year-old girl died after being swept into a river near Minyeh. Tents made of "
        "timber and plastic collapsed under the weight of snow, and water stood knee-deep in "
        "others. Lebanon hosts close to a million registered Syrian refugees, many of whom "
        "have lived in the camps for years. Aid agencies distributed fuel, blankets and "
        "mattresses, and municipalities opened halls for families who lost their shelters. "
        "Forecasters said temperatures would stay below freezing at night."
        " Lebanese civil defence crews used boats to reach some of the flooded sites near the "
        "Litani river. The government said Lebanese villages had also been cut off by snow. "
        "Refugees said they feared another storm was on its way.",
        "disaster",
    ),
    (
        "Dadaab camps under water after El Niño downpours",
        "Floods from weeks of heavy rain have swamped large parts of the Dadaab refugee complex "
        "in north-eastern Kenya, destroying shelters, schools and latrines, the UNHCR said on "
        "Friday. About 20,000 refugees have been moved to higher ground, and aid workers warned "
        "of cholera as water mixed with sewage. The camps, among the oldest in Africa, house more "
        "than 300,000 people, most of them from Somalia. The Kenya Meteorological Department "
        "linked the unusually heavy short rains to El Niño and a positive Indian Ocean Dipole. "
        "Roads to Garissa are cut, and supplies are arriving by air. A camp official said the "
        "water had come “faster than anyone expected”."
        " Across Kenya, the floods have killed more than 100 people and displaced hundreds of "
        "thousands, according to the government. Neighbouring Somalia has also been hit, with the"
        " Juba and Shabelle rivers bursting their banks.",
        "disaster",
    ),
    (
        "Alau dam gives way, leaving half of Maiduguri under water",
        "Floodwater from the collapsed Alau dam has submerged large parts of Maiduguri, the capital "
        "of Borno state, displacing hundreds of thousands of people and killing at least 37, "
        "officials said. The dam broke after weeks of heavy rain, and the water rose so quickly "
        "that residents climbed onto roofs. The city's zoo was flooded, and some of its animals "
        "drowned, while a prison wall collapsed and several inmates escaped. Maiduguri, long "
        "home to people displaced by the Boko Haram insurgency, now has new camps for flood "
        "victims in schools and public buildings. Soldiers used trucks and boats to carry "
        "people to safety. Engineers had warned about the dam's condition two years earlier."
        " The state governor, Babagana Zulum, said the flood was the worst the city had seen in "
        "three decades. Aid agencies warned of cholera in overcrowded camps and said food prices "
        "had jumped.",
        "disaster",
    ),
    (
        "Flood wipes out Mokwa market town after night of heavy rain",
        "Rescue workers in Nigeria's Niger state were still pulling bodies from mud and debris on "
        "Saturday after flooding swept through the market town of Mokwa, killing more than 150 "
        "people. The water, which local officials said came from hours of torrential rain and the "
        "collapse of a small dam upstream, destroyed about 265 houses and two bridges. "
        "Hundreds of residents are missing, according to the state emergency management agency. "
        "The town is a trading hub for traders from the north and south of the country. "
        "President Bola Tinubu sent condolences and promised relief. The Nigerian Hydrological "
        "Services Agency has warned of further flooding in 1,200 communities this season."
        " Many of the dead were traders sleeping in shops and lorry drivers resting in the town "
        "overnight. Emergency workers said bodies had been found kilometres downstream. Survivors"
        " said the water rose within minutes in the early hours.",
        "disaster",
    ),
    (
        "Valencia's DANA: soldiers, volunteers and a mountain of mud",
        "Thousands of soldiers and volunteers are clearing mud and wrecked cars from towns south "
        "of Valencia, a week after a cold drop, known in Spain as a DANA, dumped a year's rain "
        "in eight hours. The death toll in the region has risen to 217, with dozens still "
        "missing. The government said it was sending another 7,500 troops and police, the "
        "largest peacetime deployment of the armed forces in the country. In Paiporta, "
        "residents compared the streets to “a war zone”, with garages full of water and "
        "cars piled on top of each other. Spain's meteorological agency had issued a red warning "
        "that morning, but the regional alert to phones came only in the evening. Anger at "
        "officials has grown."
        " Residents booed the king and the regional president during a visit to the town on "
        "Sunday, saying help had come too late. Meteorologists said warm Mediterranean water had "
        "fed the storm.",
        "disaster",
    ),
    (
        "Pakistan's floods put a third of the country under water, minister says",
        "Pakistan's climate change minister Sherry Rehman said on Monday that a third of the "
        "country was under water after the heaviest monsoon rains in decades, calling it a "
        "“climate catastrophe”. The National Disaster Management Authority said 1,136 people "
        "had been killed since June and more than 33 million affected. Army helicopters plucked "
        "stranded families from rooftops in Swat, and soldiers built temporary bridges in "
        "Balochistan. Sindh province received nearly eight times its average August rainfall. "
        "The government appealed for international help, and the first relief flights arrived "
        "from Turkey and the United Arab Emirates. Economists estimate the damage at more than "
        "$10bn."
        " Many displaced families are living along raised roads and embankments, surrounded by "
        "water. Doctors warn of malaria and skin infections. The World Weather Attribution group "
        "later said climate change had probably made the rainfall heavier.",
        "disaster",
    ),
    (
        "Cyclone Freddy's second landfall leaves Blantyre buried in mud",
        "Cyclone Freddy has killed more than 200 people in Malawi, most of them in the southern "
        "city of Blantyre, where landslides swept away homes in the hillside townships, "
        "officials said. The storm, which had already hit Mozambique and Madagascar, returned for a "
        "second landfall after looping across the Mozambique Channel, a path meteorologists called "
        "extraordinary. President Lazarus Chakwera declared a state of disaster in ten districts. "
        "Rescuers dug with their hands because heavy machinery could not reach the worst-hit "
        "areas. About 19,000 people were in temporary camps. The World Meteorological "
        "Organization is examining whether Freddy is the longest-lasting tropical cyclone on "
        "record."
        " In Mozambique's Zambezia province, the storm destroyed houses and flooded rice fields. "
        "Malawi was already fighting its worst cholera outbreak in two decades before the cyclone"
        " arrived. Health officials fear it will spread faster in the camps.",
        "disaster",
    ),
    (
        "Otis leaves Acapulco dark and stripped of its hotels' windows",
        "Hurricane Otis strengthened from a tropical storm into a Category 5 hurricane in about "
        "12 hours before hitting Acapulco, catching residents and forecasters off guard, "
        "Mexican officials said. At least 45 people were killed, and dozens more are missing, "
        "many of them sailors whose boats sank in the bay. Hotels lost their windows and "
        "walls, and roads into the resort were blocked by landslides. Shops were emptied as "
        "residents searched for food and water, and the government deployed thousands of "
        "members of the National Guard to distribute supplies. The US National Hurricane Center "
        "said few models had predicted the rapid intensification. Power returned to some "
        "neighbourhoods after a week."
        " Federal officials said they had sent thousands of troops and tonnes of food, and the "
        "government set up an air bridge to the city. President Andrés Manuel López Obrador "
        "defended the response. Insurers estimate losses in the billions of dollars.",
        "disaster",
    ),
    (
        "Storm Ciarán tears through Calais migrant camps",
        "Storm Ciarán brought gusts of more than 150 km/h to northern France overnight, ripping "
        "tents and tarpaulins from the informal camps where hundreds of migrants wait to cross "
        "the Channel, charities said. Utopia 56 said volunteers had found people sheltering "
        "under bridges and in a car park near the Calais ferry terminal. The prefecture opened "
        "a gymnasium as an emergency shelter for the night, but aid groups said it was too "
        "small. Across France, more than a million homes lost power and a lorry driver was "
        "killed by a falling tree in the Aisne. Météo-France placed Brittany under a rare red "
        "warning. Ferry crossings to Dover were suspended for most of the day."
        " Charities said that tents confiscated by police in evictions earlier in the week had "
        "left many people with less shelter than before the storm. In Britain, Jersey recorded "
        "gusts of over 160 km/h and hundreds of homes were damaged.",
        "disaster",
    ),
    (
        "Flash floods in Baghlan sweep away villages after spring downpours",
        "Flash floods in northern Afghanistan's Baghlan province have killed more than 300 "
        "people and destroyed over 1,000 homes, the World Food Programme said on Saturday. "
        "The floods struck after unusually heavy rain, sending torrents of water and mud through "
        "villages in the Burka district. Taliban officials said helicopters had been sent to "
        "evacuate the injured, and that livestock and farmland had been lost. The disaster comes "
        "as the country struggles with cuts to foreign aid and the return of hundreds of "
        "thousands of Afghans from Pakistan. Aid groups said roads were blocked and that "
        "trucks were struggling to reach the worst-hit valleys."
        " The UN said the rains also struck Takhar and Badakhshan. Afghanistan ranks among the "
        "most vulnerable countries to climate change, and scientists say spring rain is arriving "
        "in heavier bursts after years of drought. Survivors described water reaching roofs "
        "within half an hour.",
        "disaster",
    ),
    (
        "Weather service says Horn drought now worst in 40 years",
        "The Horn of Africa is facing its worst drought in four decades after a fifth failed "
        "rainy season, the region's climate centre said on Thursday, with millions of livestock "
        "dead across Kenya, Ethiopia and Somalia. Families who lost their herds are moving to "
        "towns and camps on the edge of Mogadishu and Baidoa in search of food and water. "
        "“These are climate migrants, even if nobody uses the word here,” said an aid worker. "
        "The UN says about 1.4 million people have left their homes in Somalia because of the "
        "drought this year. Forecasters at ICPAC see a sixth poor season as likely. Donors have "
        "been asked for more than $2bn."
        " In Kenya's north, pastoralists say they have lost most of their camels and goats. The "
        "last four rainy seasons brought less than half the usual rain in some areas. The World "
        "Food Programme warned that famine was possible in parts of southern Somalia if aid did "
        "not arrive.",
        "disaster",
    ),
    (
        "Army reservists called up as Black Summer fires engulf coastal towns",
        "The Australian government has called up 3,000 army reservists to help fight the "
        "bushfires along the south-east coast, the first compulsory call-out of its kind, Prime "
        "Minister Scott Morrison said. Navy ships evacuated about 1,000 people trapped on the "
        "beach at Mallacoota, where the sky turned red as flames reached the town. Firefighters "
        "have been battling more than 200 blazes in New South Wales and Victoria. Defence said "
        "helicopters and Hercules aircraft would fly in water, food and fuel. The fires have "
        "killed at least 24 people and destroyed about 1,500 homes this season. The Bureau of "
        "Meteorology forecast temperatures above 40C for the weekend."
        " The navy ship HMAS Choules carried evacuees to Melbourne, a journey of about two days. "
        "Holidaymakers were urged to leave a 200 km stretch of the New South Wales coast. Fire "
        "crews from the United States and Canada flew in to help.",
        "disaster",
    ),
    (
        "Heat dome breaks Canadian record as Lytton hits 49.6C",
        "A heat dome parked over the Pacific Northwest sent temperatures to 49.6C in the "
        "village of Lytton, British Columbia, on Tuesday, breaking Canada's national record for a "
        "third straight day. The province's chief coroner said sudden deaths had tripled during "
        "the heatwave, with most of the victims older people found alone at home. Portland and "
        "Seattle also set all-time records, and hospitals reported a surge of heat-related "
        "emergency visits. Scientists said such heat would have been almost impossible without "
        "climate change. A day later, a wildfire swept through Lytton and destroyed most of the "
        "village."
        " The BC Coroners Service later said more than 600 deaths were linked to the heat. "
        "Shellfish cooked in their shells on beaches, and farmers lost fruit on the trees. "
        "Emergency lines were overwhelmed, and some callers waited hours for an ambulance."
        " Environment Canada said the heat would ease after the weekend as cooler air moved in "
        "from the Pacific.",
        "disaster",
    ),
    (
        "Hundreds of pilgrims die as Mecca heat tops 51C",
        "More than 1,300 people died during this year's Hajj as temperatures in Mecca reached 51.8C, "
        "Saudi authorities said, most of them pilgrims who were not registered and had no "
        "access to air-conditioned tents. Countries including Egypt, Indonesia and Jordan "
        "reported deaths among their citizens. Witnesses described people collapsing along the "
        "route to Mount Arafat and bodies covered with white sheets by the roadside. The Saudi "
        "health minister said the heat was severe and urged pilgrims to carry umbrellas. "
        "Researchers warn that the pilgrimage will increasingly fall in the hottest months over "
        "the next decade."
        " Egyptian officials said most of their dead had travelled on tourist visas that did not "
        "allow them to perform the Hajj. Saudi Arabia said it had treated thousands for heat "
        "stress. Jordan said it had opened an investigation into the travel agencies that sent "
        "unregistered pilgrims.",
        "disaster",
    ),
    (
        "Polling staff collapse in Uttar Pradesh heat on final day of voting",
        "At least 33 polling staff died of suspected heatstroke in India on the last day of the "
        "general election, officials said, as temperatures in parts of the north exceeded 46C. "
        "In Uttar Pradesh, the election office said guards, sanitation workers and officers "
        "had collapsed at polling booths in Mirzapur and other districts. The India "
        "Meteorological Department said the heatwave had been unusually long. The Election "
        "Commission said it would consider holding future polls earlier in the year. Hospitals "
        "in Bihar and Odisha also reported dozens of deaths."
        " Delhi recorded its highest power demand ever as residents ran air conditioners. Some "
        "hospitals in Odisha set up separate heatstroke wards. The weather office said a western "
        "disturbance would bring relief in the coming days, but monsoon rain was still some weeks"
        " away. Workers' groups said outdoor labourers needed shelter and paid breaks.",
        "disaster",
    ),
    (
        "Firefighters battle blazes across Portugal as temperatures near 47C",
        "More than 3,000 firefighters were battling dozens of wildfires across Portugal on "
        "Wednesday as temperatures in Pinhão reached 47C, a July record for the country. The "
        "civil protection authority said the largest fire, near Leiria, had forced the evacuation "
        "of several villages, and water-bombing planes were sent from Spain. Prime Minister "
        "António Costa called it “a war against the flames” and cancelled a trip abroad. "
        "Neighbouring Spain recorded hundreds of heat-related deaths over the same week. "
        "Forecasters expect a slight drop in temperatures at the weekend."
        " Residents in the hills around Ourém were told to stay indoors as smoke blanketed the "
        "valley. The national weather service kept 13 districts under a red warning. In "
        "neighbouring Spain, firefighters were battling a large blaze near Monfragüe national "
        "park. Scientists say fire seasons in the Iberian peninsula are growing longer.",
        "disaster",
    ),
    (
        "Orange skies over Manhattan as Canadian wildfire smoke drifts south",
        "Smoke from hundreds of wildfires burning in Quebec turned the sky over New York City "
        "orange on Wednesday, sending the city's air quality index to its worst level since records "
        "began. Officials urged residents to stay indoors, and flights at LaGuardia were delayed "
        "because of poor visibility. Canada has already seen more than 3.8 million hectares burn "
        "this season, and more than 20,000 people have been evacuated. Soldiers joined "
        "firefighters from the United States, Australia and South Africa. Canadian officials "
        "warned that the fire season could last well into autumn."
        " Baseball games were postponed, and some schools kept children indoors. The smoke "
        "reached as far as Washington and Philadelphia. Environmental health experts advised "
        "people with asthma to wear N95 masks if they had to go outside. Meteorologists said "
        "winds would shift the smoke east over the weekend.",
        "disaster",
    ),
    (
        "Lahaina death toll rises to 99 as searchers comb the ashes",
        "The death toll from the wildfire that destroyed the historic town of Lahaina on Maui has "
        "risen to 99, making it the deadliest US wildfire in more than a century, Governor Josh "
        "Green said. Search teams with cadaver dogs have covered only a quarter of the burned "
        "area. Hurricane-force winds from a storm passing far to the south drove the flames "
        "through the town, and many residents fled into the ocean. Survivors asked why warning "
        "sirens had not sounded. About 2,200 buildings were damaged or destroyed. Federal "
        "officials said it could take months to identify all the victims."
        " Maui's water department was criticised after it said it had delayed releasing water to "
        "a farm as fires broke out. Officials have said that the historic banyan tree in the "
        "town's centre survived. Thousands of residents are living in hotels paid for by the "
        "government. The state has opened an inquiry into the response.",
        "disaster",
    ),
    (
        "“Like a war zone”: Altadena residents return to a burned-out town",
        "Residents of Altadena were allowed back into parts of the town on Tuesday, a fortnight "
        "after the Eaton fire swept down from the San Gabriel Mountains, and many found only "
        "chimneys standing. “It looks like a war zone, like something you see on television from "
        "another country,” said a retired teacher whose home of forty years burned. The Eaton and "
        "Palisades fires together killed at least 28 people and destroyed more than 16,000 "
        "structures. Fire officials said winds of up to 100 mph had grounded water-dropping "
        "aircraft at the worst moment. The National Weather Service has lifted its red flag "
        "warnings. Insurers expect losses to break records."
        " Officials asked residents to wear masks and gloves while sifting through the ashes "
        "because of toxic residues. Utility Southern California Edison is facing lawsuits over "
        "whether its equipment started the Eaton fire. Rain forecast for the weekend has raised "
        "fears of mudslides on burned hillsides.",
        "disaster",
    ),
    (
        "Thousands of tourists evacuated from Rhodes as wildfire spreads",
        "Greek authorities evacuated about 19,000 people from beaches and hotels on the island of "
        "Rhodes on Saturday as a wildfire burning for days spread towards the south-east coast. "
        "Coastguard boats and private vessels ferried tourists from the beaches, while others "
        "walked for hours in the heat with their luggage. Tour operators cancelled flights to the "
        "island, and airlines sent empty planes to bring holidaymakers home. Firefighters from "
        "Slovakia, Croatia and Turkey joined Greek crews. The government said it was the largest "
        "evacuation in the country's history. Temperatures were forecast to reach 44C in "
        "parts of the mainland."
        " Hotel staff and volunteers handed out water at schools and gyms where evacuees spent "
        "the night. Fires also burned on Corfu and Evia. Scientists said the heatwave across "
        "southern Europe would have been virtually impossible without human-driven warming.",
        "disaster",
    ),
]
