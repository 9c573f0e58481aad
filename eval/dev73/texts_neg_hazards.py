"""eval/dev73 negatives: quakes, floods, landslides, avalanches, mine and gas blasts, crashes,
epidemics.
"""

NEGATIVES = [
    (
        "Earthquake kills thousands in Turkey, army deploys to quake zone",
        "A magnitude 7.8 earthquake struck southern Turkey before dawn on Monday, followed "
        "hours later by a second large quake, killing thousands of people and flattening "
        "whole neighbourhoods in Kahramanmaras, Hatay and Adiyaman. The army set up field "
        "hospitals and tent camps, and the government declared a state of emergency in ten "
        "provinces. Hundreds of thousands of people spent the night in cars and in the open.",
        "disaster",
    ),
    (
        "Floods shift landmines in Bosnia as thousands evacuated",
        "The worst floods in more than a century forced tens of thousands of people out of "
        "their homes in northern Bosnia, and deminers warned that landslides had carried "
        "mines left from the 1992-95 war into areas that had been cleared. Warning signs were"
        " washed away in places. The army used helicopters to pluck people from rooftops in "
        "Doboj and Samac.",
        "disaster",
    ),
    (
        "Landslide buries village in Bosnia's Jablanica after torrential rain",
        "A landslide triggered by torrential rain buried houses in the village of Donja "
        "Jablanica on Friday, and rescuers recovered the bodies of at least 14 people, "
        "Bosnian officials said. Army helicopters brought in rescue teams because roads were "
        "cut off. Hundreds of people were evacuated from surrounding villages.",
        "disaster",
    ),
    (
        "Rescuers search for missing after landslide at Shovi resort",
        "Rescuers dug through mud and rocks for a fourth day on Monday after a landslide "
        "swept through the Shovi mountain resort in western Georgia, burying holiday "
        "cottages. The interior ministry said 20 bodies had been recovered and more than a "
        "dozen people were still missing. Soldiers and volunteers joined the search.",
        "disaster",
    ),
    (
        "Floods in Tbilisi kill 19, zoo animals escape",
        "Flash floods swept through Tbilisi overnight, killing at least 19 people and "
        "destroying much of the city zoo, officials said on Sunday. A tiger, lions and wolves"
        " escaped and were seen wandering in the streets; police shot several of them. A "
        "hippopotamus was cornered in a city square and tranquillised.",
        "disaster",
    ),
    (
        "Wildfire kills dozens in seaside village near Athens",
        "A fast-moving wildfire swept through the seaside village of Mati, east of Athens, on"
        " Monday evening, killing at least 80 people, many of whom were trapped in their cars"
        " or ran into the sea to escape the flames. The army and coastguard evacuated "
        "hundreds of people from beaches by boat. The government declared three days of "
        "national mourning.",
        "disaster",
    ),
    (
        "Quake in Albania flattens buildings in Durres",
        "A magnitude 6.4 earthquake struck Albania's Adriatic coast before dawn on Tuesday, "
        "bringing down apartment blocks in Durres and the town of Thumane and killing at "
        "least 21 people. Rescue teams from Italy, Greece and Turkey joined Albanian soldiers"
        " in searching the rubble. Thousands of people were housed in tents and hotels.",
        "disaster",
    ),
    (
        "Kazakhstan evacuates 100,000 as spring floods hit north",
        "More than 100,000 people have been evacuated from their homes in northern and "
        "western Kazakhstan as the worst floods in decades swept through towns and villages, "
        "the emergencies ministry said on Wednesday. Soldiers built dams of sandbags around "
        "Petropavlovsk and Orsk. The president called it the biggest natural disaster in 80 "
        "years.",
        "disaster",
    ),
    (
        "Avalanche hits ski resort in Georgia's Gudauri",
        "An avalanche struck the ski resort of Gudauri in northern Georgia on Saturday, "
        "burying several skiers near a lift, officials said. Rescuers pulled out seven "
        "people, two of whom died in hospital. The emergency management service closed the "
        "slopes and the Georgian Military Highway to Russia.",
        "disaster",
    ),
    (
        "Mudflows destroy houses in southern Kyrgyzstan",
        "Mudflows after heavy rain destroyed or damaged more than 200 houses in Kyrgyzstan's "
        "Jalal-Abad region on Sunday, killing two people, the emergencies ministry said. "
        "Residents were moved into tents and a school. The government sent bulldozers and "
        "troops to clear roads blocked by mud and rocks.",
        "disaster",
    ),
    (
        "Tajikistan avalanche cuts off Pamir highway",
        "Avalanches in Tajikistan's Gorno-Badakhshan region killed five people and cut off "
        "the main road linking the region with the rest of the country, the emergencies "
        "committee said on Tuesday. Some 400 travellers were stranded in villages along the "
        "Pamir highway. Helicopters delivered food to cut-off villages.",
        "disaster",
    ),
    (
        "Soma mine fire kills 301 miners in Turkey's worst mining disaster",
        "An explosion and fire at a coal mine in Soma in western Turkey killed 301 miners, "
        "officials said on Saturday, as rescuers recovered the last bodies. Angry relatives "
        "confronted the prime minister when he visited the town. The mine's operator said the"
        " disaster had been caused by a transformer failure, but inspectors found safety "
        "problems.",
        "accident",
    ),
    (
        "Methane blast kills 41 in Turkish coal mine at Amasra",
        "A methane gas explosion tore through a state-run coal mine in the Black Sea town of "
        "Amasra on Friday evening, killing 41 miners, Turkey's energy minister said. Rescuers"
        " brought out dozens of miners, some of them badly burned. Prosecutors opened an "
        "investigation into possible negligence.",
        "accident",
    ),
    (
        "Fire at Kazakh coal mine kills 46",
        "A fire at the Kostenko coal mine in central Kazakhstan killed 46 miners on Saturday,"
        " the emergencies ministry said. The president ordered an end to cooperation with the"
        " mine's owner, the steelmaker ArcelorMittal, over repeated fatal accidents. Hundreds"
        " of miners were brought to the surface after the alarm was raised.",
        "accident",
    ),
    (
        "Railway station canopy collapse kills 14 in Novi Sad",
        "A concrete canopy at the renovated railway station in the Serbian city of Novi Sad "
        "collapsed on Friday, killing 14 people who were waiting outside, officials said. Two"
        " other people were seriously injured. The station had reopened after renovation work"
        " carried out by a Chinese-led consortium. The construction minister said the canopy "
        "had not been part of the works.",
        "accident",
    ),
    (
        "Explosion at Yerevan market warehouse kills 16",
        "A large explosion at a fireworks warehouse in the Surmalu shopping centre in Yerevan"
        " on Sunday brought down part of the building, killing at least 16 people, officials "
        "said. Rescuers searched the rubble for dozens of missing people. The emergencies "
        "ministry said the fireworks had been stored in violation of safety rules.",
        "accident",
    ),
    (
        "Gas explosion destroys apartment block in Makhachkala",
        "A gas explosion caused part of a five-storey apartment block in Makhachkala to "
        "collapse on Tuesday morning, killing four people, Dagestan's emergencies ministry "
        "said. Rescuers pulled 12 residents from the rubble. Investigators said a gas leak in"
        " a ground-floor flat was the likely cause.",
        "accident",
    ),
    (
        "Head-on train crash in Greece kills 57",
        "A passenger train carrying hundreds of people, many of them students returning from "
        "the carnival, collided with a freight train near Tempi in central Greece late on "
        "Tuesday, killing 57 people. The station master in Larissa was arrested, and the "
        "transport minister resigned. The first carriages caught fire after the impact.",
        "accident",
    ),
    (
        "Bus plunges off road in Montenegro, killing tourists",
        "A bus carrying Romanian tourists plunged into a ravine near Podgorica on Monday, "
        "killing 18 people, Montenegrin police said. The bus had been on its way back from "
        "the coast. Rescuers lowered themselves down the slope on ropes to reach survivors.",
        "accident",
    ),
    (
        "Measles outbreak spreads in Romania, children die",
        "Romania declared a national measles epidemic on Friday after the number of cases "
        "passed 10,000 and 11 children died, the health ministry said. Vaccination rates have"
        " fallen sharply in recent years. Health officials opened extra vaccination centres "
        "in Bucharest.",
        "health",
    ),
    (
        "Kyrgyzstan hospitals overwhelmed as COVID cases surge",
        "Kyrgyzstan's hospitals ran out of beds and oxygen on Monday as COVID-19 cases "
        "surged, and volunteers set up day clinics in sports halls in Bishkek. The health "
        "ministry said more than 1,000 new cases had been recorded in a day. Doctors asked "
        "people to stay at home.",
        "health",
    ),
    (
        "Tajikistan vaccinates children after polio outbreak",
        "Tajikistan began a nationwide polio vaccination campaign for children under six on "
        "Monday after the first outbreak of the disease in Europe in years, the World Health "
        "Organization said. More than 450 children have been paralysed. Health workers went "
        "from house to house in the south.",
        "health",
    ),
]
