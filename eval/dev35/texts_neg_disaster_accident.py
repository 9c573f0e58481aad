"""dev35 negatives: disasters and accidents. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Cyclone makes landfall in Bangladesh, 600,000 moved to shelters",
        "A severe cyclone crossed the coast near Khulna on Sunday night with winds of up to 120 km/h, killing at least seven people, Bangladeshi officials said. More than 600,000 people had been moved to cyclone shelters before it struck, and the army was deployed to clear roads.",
        "disaster",
    ),
    (
        "Landslide buries homes in Nepal's Sindhupalchok",
        "A landslide triggered by overnight rain buried six houses in a village in Nepal's Sindhupalchok district, killing at least 11 people, police said. Soldiers and villagers were digging through the mud in search of nine missing.",
        "disaster",
    ),
    (
        "Typhoon forces evacuation of 300,000 in northern Philippines",
        "More than 300,000 people were evacuated from coastal towns in Cagayan and Isabela as a typhoon approached northern Luzon, the Philippine disaster agency said. Schools and government offices were closed and ferries suspended.",
        "disaster",
    ),
    (
        "Guatemala's Fuego volcano erupts, villages evacuated",
        "Guatemala's Fuego volcano spewed ash and rivers of hot rock on Tuesday, and authorities evacuated about 2,000 residents from villages on its slopes. La Aurora airport in the capital closed for several hours.",
        "disaster",
    ),
    (
        "Magnitude 6.3 quake shakes southern Peru, three dead",
        "A magnitude 6.3 earthquake struck southern Peru early on Thursday, killing three people and damaging colonial churches in Arequipa, officials said. The army flew tents to mountain villages where adobe homes collapsed.",
        "disaster",
    ),
    (
        "Floods in Kenya's Tana River county displace thousands",
        "Flooding along the Tana River has forced more than 12,000 people from their homes in the past week, the Kenya Red Cross said, and at least four people drowned. Camps for the displaced were set up on higher ground near Garsen.",
        "disaster",
    ),
    (
        "Flash flood sweeps through Nigerian market town, over 100 dead",
        "A flash flood after hours of torrential rain swept through the market town of Mokwa in Nigeria's Niger state, killing more than 100 people and destroying hundreds of homes, emergency officials said. Rescuers were still searching for bodies along the river on Saturday.",
        "disaster",
    ),
    (
        "Heavy rains flood refugee camps in eastern Chad",
        "Heavy rains have flooded several camps in eastern Chad that shelter Sudanese refugees, destroying thousands of shelters and latrines, the UN refugee agency said. Aid workers fear outbreaks of cholera and malaria as families sleep in the open.",
        "disaster",
    ),
    (
        "Heatwave in Sindh fills hospitals with heatstroke patients",
        "Hospitals in Karachi and Hyderabad treated hundreds of heatstroke patients as temperatures reached 47C in Pakistan's Sindh province, officials said. Electricity cuts left many without fans during the hottest hours.",
        "disaster",
    ),
    (
        "Earthquake damages homes on Indonesia's Sulawesi",
        "A magnitude 5.8 earthquake damaged more than 400 homes in Central Sulawesi on Wednesday and killed two people, Indonesia's disaster agency said. Thousands of residents spent the night outside for fear of aftershocks.",
        "disaster",
    ),
    (
        "Brazil's southern floods: army boats evacuate Porto Alegre districts",
        "Army and navy boats evacuated residents from flooded districts of Porto Alegre as the Guaíba river rose to a record level, Rio Grande do Sul's governor said. The death toll from a week of storms rose to 38.",
        "disaster",
    ),
    (
        "Hurricane batters Mexico's Pacific coast near Acapulco",
        "A hurricane made landfall near Acapulco with winds of 200 km/h, tearing roofs off hotels and cutting power to the city, Mexico's civil protection agency said. The navy set up field kitchens as shops were emptied.",
        "disaster",
    ),
    (
        "Lightning kills 19 in Bihar in a single day",
        "Lightning strikes killed 19 people across eight districts of India's Bihar state on Tuesday, most of them farmers working in rice fields, the state disaster management department said. The chief minister announced compensation for the families.",
        "disaster",
    ),
    (
        "Fire sweeps through Rohingya refugee camp, 2,000 shelters destroyed",
        "A fire tore through a Rohingya refugee camp at Balukhali in Cox's Bazar on Sunday afternoon, destroying about 2,000 bamboo shelters and leaving thousands homeless, Bangladeshi officials said. The cause is under investigation, and no deaths were reported.",
        "disaster",
    ),
    (
        "Drought leaves herders in Somalia's Gedo region without water",
        "Failed rains have dried up wells across Somalia's Gedo region, and herders have lost much of their livestock, aid agencies said. Thousands of families have moved to towns in search of water and food.",
        "disaster",
    ),
    (
        "Mudslide blocks road and buries houses in Georgian resort",
        "A mudslide swept through the mountain resort of Shovi in western Georgia after heavy rain, burying several houses, and rescuers pulled out four bodies, the interior ministry said. Helicopters evacuated tourists cut off by the blocked road.",
        "disaster",
    ),
    (
        "Fuel tanker explosion kills dozens near Nigerian highway",
        "A fuel tanker overturned and exploded on a highway in Nigeria's Enugu state, killing at least 18 people who had gathered to scoop up the spilling petrol, the road safety agency said. Several vehicles nearby were burned.",
        "accident",
    ),
    (
        "Bus plunges into ravine in Bolivia's Potosí, 25 dead",
        "A bus carrying passengers to Oruro plunged into a ravine on a mountain road in Bolivia's Potosí department, killing 25 people, police said. Investigators are looking into whether the brakes failed.",
        "accident",
    ),
    (
        "Illegal gold pit collapses in Ghana's Ashanti region",
        "At least nine miners died when an illegal gold pit collapsed near Obuasi, Ghana's Ashanti region, on Friday, police said. Several others were pulled out alive by fellow miners using their hands.",
        "accident",
    ),
    (
        "Ferry capsizes off Sulawesi, dozens missing",
        "An overloaded wooden ferry capsized in rough seas off the coast of Southeast Sulawesi on Monday, and 31 passengers were still missing, Indonesia's search and rescue agency said. Fishermen rescued 19 people.",
        "accident",
    ),
    (
        "Gas cylinder explosion at Multan wedding kills six",
        "A gas cylinder exploded in the kitchen of a wedding hall in Pakistan's Multan on Saturday night, killing six people and injuring 30, rescue officials said. The owner of the hall was arrested on charges of negligence.",
        "accident",
    ),
    (
        "Stampede at temple festival in Andhra Pradesh kills seven",
        "Seven pilgrims died and dozens were injured in a stampede as crowds pushed to collect tokens for a temple festival in Tirupati, officials said. The state government ordered an inquiry into crowd management.",
        "accident",
    ),
    (
        "Building under construction collapses in Lagos",
        "A seven-storey building under construction collapsed in the Ikoyi district of Lagos, trapping workers inside, and rescuers recovered 12 bodies, the state emergency agency said. The developer had added floors without approval, officials said.",
        "accident",
    ),
    (
        "Small plane crashes on approach to Nepal's Lukla airport",
        "A small plane carrying cargo crashed on approach to Lukla airport in Nepal, killing both pilots, the civil aviation authority said. The airport, gateway to Everest, is known for its short runway and changing weather.",
        "accident",
    ),
    (
        "Blast at chemical warehouse rocks Iranian port",
        "A huge explosion at a warehouse storing chemicals at Iran's Shahid Rajaee port near Bandar Abbas killed at least 40 people and injured hundreds, state media said. Officials blamed improper storage of materials and ruled out sabotage.",
        "accident",
    ),
    (
        "Boat carrying mourners capsizes on Congo river",
        "A wooden boat carrying mourners back from a funeral capsized on the Congo river near Mbandaka, and 48 bodies have been recovered, a provincial official said. The boat was overloaded and travelling at night.",
        "accident",
    ),
    (
        "Migrant boat capsizes off Mauritania, 70 feared dead",
        "A boat carrying migrants towards the Canary Islands capsized off Nouadhibou in Mauritania, and at least 70 people are feared dead, the coast guard said. Nineteen survivors were brought ashore.",
        "accident",
    ),
    (
        "Gas explosion tears through Kyiv apartment block",
        "A gas explosion destroyed part of a nine-storey apartment building in Kyiv's Darnytskyi district on Sunday morning, killing two residents, the emergency service said. Rescuers searched the rubble for a woman who was unaccounted for.",
        "accident",
    ),
]
