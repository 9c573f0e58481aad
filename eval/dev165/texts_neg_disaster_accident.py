"""dev165 hard negatives: disasters (typhoon, quakes, floods, a cyclone) and accidents (air crashes, a bus crash, a tanker explosion) (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "NHK World News: Typhoon Shanshan nears Kyushu; evacuation orders for millions",
        "This is NHK World-Japan. Typhoon Shanshan is closing in on the southern "
        "main island of Kyushu, and authorities have issued the highest level of "
        "evacuation warning for parts of Kagoshima Prefecture. The Japan "
        "Meteorological Agency says the storm is packing winds of up to two hundred "
        "and fifty-two kilometres an hour near its centre and could be one of the "
        "strongest ever to hit the region. Evacuation orders now cover more than "
        "four million people across Kyushu and Shikoku. In Aichi Prefecture, a "
        "landslide triggered by heavy rain ahead of the typhoon buried a house, and "
        "three members of a family are missing. The Self-Defense Forces have sent "
        "personnel to help with the search. Bullet train services between Hiroshima "
        "and Hakata will be suspended from tomorrow morning, and airlines have "
        "cancelled more than six hundred flights. Toyota says it has halted "
        "production at all of its domestic plants. Forecasters say the typhoon is "
        "moving unusually slowly, which means rain could fall on the same areas for "
        "several days. Officials are urging residents not to wait until the wind "
        "picks up before moving to shelters.",
        "disaster",
    ),
    (
        "Pacific Beat: Port Vila digs out after magnitude seven-point-three quake",
        "You're listening to Pacific Beat on ABC Radio Australia. Rescue teams in "
        "Vanuatu are still searching collapsed buildings in Port Vila, a day after "
        "a powerful earthquake struck just off the coast. The government says "
        "fourteen people are confirmed dead and more than two hundred have been "
        "treated in hospital. A three-storey building housing shops and offices in "
        "the centre of the capital pancaked, and landslides have cut the road to "
        "the main wharf. The quake also damaged the building that houses the US, "
        "French, British and New Zealand embassies. Australian Defence Force "
        "aircraft landed at Bauerfield airport this morning carrying urban search "
        "and rescue specialists from Queensland and New South Wales. A seven-day "
        "state of emergency is in place, with a night curfew. Our Vanuatu "
        "correspondent says people are sleeping outside, afraid of aftershocks. "
        '"Everyone is camping in their gardens or at the sports field," she said. '
        '"We\'ve had aftershocks all night, some of them big." Telecommunications '
        "are slowly coming back.",
        "disaster",
    ),
    (
        "SABC News: Eastern Cape flood toll rises as soldiers join search for missing pupils",
        "Good evening, this is SABC News. The death toll from floods in the Eastern "
        "Cape has risen to seventy-eight, and the provincial government says the "
        "number is likely to climb. Heavy rain overnight on Monday sent rivers "
        "around Mthatha bursting their banks, sweeping away homes, cars and a "
        "scholar transport minibus. Four pupils from that minibus are still "
        "missing. The South African National Defence Force has deployed helicopters "
        "and divers to help police search teams along the Mthatha River. More than "
        "three thousand people have been moved to community halls and churches "
        "after their homes were destroyed or flooded. President Cyril Ramaphosa "
        "visited the area today and described the damage as devastating. He said "
        "government would declare a national disaster so that emergency funds could "
        "be released quickly. Our reporter in Mthatha says many residents built "
        "their homes on the floodplain because they could not afford land "
        "elsewhere. The South African Weather Service has lifted its level nine "
        "warning but says more rain is expected at the weekend.",
        "disaster",
    ),
    (
        "BBC World Service: Morocco earthquake survivors sleep outdoors as army "
        "reaches mountain villages",
        "This is the BBC World Service, and I'm Julian Marr. In Morocco, survivors "
        "of Friday night's earthquake are spending a third night outdoors as "
        "rescuers struggle to reach villages in the High Atlas mountains. The "
        "authorities say more than two thousand eight hundred people have died, "
        "most of them in Al Haouz province south of Marrakech. Soldiers have been "
        "clearing landslides from mountain roads so that bulldozers and ambulances "
        "can get through. Army helicopters are dropping tents and food to villages "
        "that are still cut off. Our correspondent reached Tafeghaghte, where "
        'almost every house built of mud brick has collapsed. "We dug my '
        'neighbours out with our hands," one man told her. "Nobody came until '
        'yesterday." Morocco has accepted offers of help from Spain, Britain, '
        "Qatar and the United Arab Emirates, but not yet from France. In Marrakech, "
        "parts of the old city walls were damaged, though the medina itself largely "
        "held up. The United Nations says up to three hundred thousand people have "
        "been affected.",
        "disaster",
    ),
    (
        "VOA News: Maiduguri flooded after Alau dam gives way; prison wall collapses",
        "This is VOA News, I'm Ruth Okafor. Large parts of Maiduguri, the capital "
        "of Nigeria's Borno State, are under water after the Alau dam collapsed "
        "following days of heavy rain. Borno officials say at least thirty people "
        "have died and more than four hundred thousand have been forced from their "
        "homes. Many of the city's residents had already been displaced once, "
        "having fled their villages during the long Boko Haram insurgency. Now "
        "families are wading through chest-high water to reach schools set up as "
        "relief camps. The floods also brought down part of the wall of the city's "
        "main prison, and the authorities say around two hundred and eighty inmates "
        "escaped. Police say some have already been recaptured. At the city zoo, "
        "officials say crocodiles and snakes were swept out of their enclosures, "
        "and residents are being warned to take care. The governor has called on "
        "the federal government to send boats and more relief supplies. The "
        "Nigerian Air Force is flying helicopters to drop food to communities cut "
        "off by the water.",
        "disaster",
    ),
    (
        "France 24: Cyclone Chido flattens Mayotte's shanty towns; hundreds feared dead",
        "Welcome back to France 24. The French Indian Ocean territory of Mayotte is "
        "reeling after Cyclone Chido swept across the islands with winds of more "
        "than two hundred kilometres an hour. The official death toll stands at "
        "twenty-two, but the local prefect says it could rise to several hundred "
        "once rescuers reach the shanty towns on the hillsides. Whole "
        "neighbourhoods of tin-roofed homes have been flattened. Many of their "
        "residents are undocumented migrants from the Comoros, who officials fear "
        "may have stayed away from shelters for fear of being detained. Water and "
        "electricity are cut across most of the territory. French soldiers and "
        "civil security teams have been flown in from Reunion and mainland France, "
        "along with tonnes of food and medicine. President Emmanuel Macron says he "
        "will visit later this week and has declared a day of national mourning. "
        "Our correspondent in Mamoudzou describes streets blocked by fallen trees "
        "and sheets of metal. It is the strongest storm to hit Mayotte in nearly a "
        "century.",
        "disaster",
    ),
    (
        "DW News: Death toll from Valencia floods passes two hundred; thousands of troops deployed",
        "This is DW News. The death toll from flash floods in the Spanish region of "
        "Valencia has risen to more than two hundred, and dozens of people are "
        "still missing. A year's worth of rain fell on some towns in just eight "
        "hours on Tuesday, sending torrents of water and mud through streets and "
        "underground car parks. Spain's government is sending thousands more "
        "soldiers and police to help with the clean-up and the search for bodies. "
        "Thousands of volunteers have been walking into the worst-hit suburbs "
        "carrying brooms, shovels and bottled water. Residents in Paiporta say they "
        "waited days for any sign of help, and there is growing anger at the "
        "regional government over the timing of its flood alerts. Our correspondent "
        "in Valencia says many ground-floor homes are still full of mud. "
        "Meteorologists say warmer seas made the storm more intense. In other news, "
        "the European Central Bank says eurozone inflation rose again in October.",
        "disaster",
    ),
    (
        "NPR News: Army helicopter and passenger jet collide over the Potomac",
        "Live from NPR News in Washington, I'm Celia Marsh. Search teams have "
        "recovered dozens of bodies from the Potomac River after a regional "
        "passenger jet collided with an Army Black Hawk helicopter near Reagan "
        "National Airport. Officials say there are no survivors among the "
        "sixty-four people on the plane or the three soldiers on the helicopter. "
        "The American Eagle flight from Wichita was on final approach when it hit "
        "the helicopter, which was on a training flight. NPR's Sam Oduya reports "
        "from the riverbank. Divers are working in freezing water and near-zero "
        "visibility, and officials say the recovery could take days. Among the "
        "passengers were young figure skaters and their coaches returning from a "
        "camp in Kansas. The National Transportation Safety Board has recovered the "
        "plane's flight recorders. Investigators are focusing on the helicopter's "
        "altitude and on staffing in the control tower. Sam Oduya, NPR News, "
        "Washington. Reagan National has reopened with reduced traffic.",
        "accident",
    ),
    (
        "BBC World Service: Air India jet crashes into medical college hostel in Ahmedabad",
        "This is the BBC World Service, and I'm Priya Landon. An Air India "
        "passenger jet bound for London has crashed into a residential area of the "
        "western Indian city of Ahmedabad, seconds after taking off. The Boeing 787 "
        "was carrying two hundred and forty-two passengers and crew. Officials say "
        "one passenger, a British national seated near an emergency exit, survived. "
        "The plane came down on a hostel used by doctors at a medical college, and "
        "several people on the ground were also killed. Our correspondent in Delhi "
        "says television pictures show the tail of the aircraft lodged in the roof "
        "of the building. Witnesses describe a huge fireball and thick black smoke. "
        "Prime Minister Narendra Modi called the crash heartbreaking. Britain's "
        "Foreign Office says fifty-three British nationals were on board, and it "
        "has set up a helpline for families. India's aviation regulator and the US "
        "investigators at the National Transportation Safety Board will examine the "
        "wreckage.",
        "accident",
    ),
    (
        "Radio Azadi: Bus carrying returnees from Iran burns after crash in Herat",
        "You're listening to Radio Azadi. At least seventy-nine people, including "
        "nineteen children, have been killed in Afghanistan's western Herat "
        "Province after a bus carrying migrants deported from Iran collided with a "
        "truck and a motorcycle. The bus caught fire immediately, and most of the "
        "passengers were trapped inside. Provincial officials say the crash "
        "happened on the highway between the Islam Qala border crossing and Kabul. "
        "They blame speeding and driver negligence. All the passengers had recently "
        "been returned from Iran, which has stepped up deportations of Afghans this "
        "year. Our correspondent in Herat says the bodies were so badly burned that "
        'families had difficulty identifying them. "My brother was coming home '
        'after six years working on building sites in Tehran," one man told him. '
        "Road safety campaigners say many buses on the route are old and "
        "overloaded. The Taliban's Ministry of Public Works says it will repair the "
        "worst stretches of the highway this year.",
        "accident",
    ),
    (
        "VOA News: Tanker explosion in Jigawa kills more than a hundred and fifty",
        "This is VOA News, reporting from Washington. In northern Nigeria, more "
        "than a hundred and fifty people have been killed after a fuel tanker "
        "overturned and exploded in Jigawa State. Police say the driver lost "
        "control on a highway near the town of Majiya late on Tuesday, and the "
        "tanker fell into a ditch. Residents rushed to the scene with jerrycans and "
        "buckets to scoop up the spilling petrol. Minutes later, the tanker burst "
        "into flames. Dozens more people are being treated for severe burns in "
        "hospitals in Hadejia and Ringim. State officials say most of the dead were "
        "buried in a mass grave on Wednesday. Fuel prices in Nigeria have more than "
        "doubled since the government ended a long-running petrol subsidy, and "
        "officials say poverty drives people to risk their lives at crash sites. "
        "The Federal Road Safety Corps is urging residents to stay away from "
        "overturned tankers. In football, the Super Eagles' qualifier against Libya "
        "has been postponed after the team was stranded at an airport.",
        "accident",
    ),
]
