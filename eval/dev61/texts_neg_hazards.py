"""Negatives of eval/dev61: floods, landslides, quakes and accidents (README.md)."""

NEGATIVES = [
    (
        "Army, Navy evacuate thousands from flooded villages in Dadu",
        (
            "Army and Navy troops evacuated thousands of flood-hit people from submerged villages "
            "in Dadu and Khairpur districts on Thursday, the ISPR said, as the Indus swelled "
            "after weeks of monsoon rains. Boats and helicopters were used to reach families "
            "stranded on rooftops and embankments. Relief camps set up in schools in Dadu city "
            "were overflowing, and the district administration appealed for tents and food "
            "rations. The NDMA said more than 1,100 people had died in the floods across the "
            "country since June."
        ),
        "disaster",
    ),
    (
        "Sylhet floods: millions marooned as rivers overflow",
        (
            "Millions of people were marooned in Sylhet and Sunamganj on Saturday as the Surma "
            "and Kushiyara rivers overflowed after incessant rain upstream in Meghalaya, "
            "officials said. The army was called in to rescue stranded families and run shelters. "
            "Power supply to large parts of Sylhet city was cut as a substation went under water."
        ),
        "disaster",
    ),
    (
        "Wayanad landslides: toll crosses 200 as search continues",
        (
            "The death toll in the landslides that flattened Mundakkai and Chooralmala villages "
            "in Wayanad rose past 200 on Thursday as Army, NDRF and fire force teams continued to "
            "search the debris, officials said. A Bailey bridge built by the Army's Madras "
            "Engineer Group was opened to move machinery across the swollen river. Over 9,000 "
            "people are in relief camps."
        ),
        "disaster",
    ),
    (
        "Lightning kills 23 across Bihar",
        (
            "Twenty-three people were killed by lightning in 10 districts of Bihar on Thursday, "
            "the Chief Minister's Office said. Most of the victims were farmers working in the "
            "fields during the thunderstorm. The government announced an ex gratia of Rs 4 lakh "
            "each to the families of the deceased."
        ),
        "disaster",
    ),
    (
        "Jajarkot earthquake: 153 killed, thousands spend night in the open",
        (
            "At least 153 people were killed and hundreds injured when a 6.4-magnitude earthquake "
            "struck Jajarkot and Rukum West late on Friday night, the Nepal Police said. "
            "Thousands of survivors spent the night in the open in the cold as aftershocks "
            "continued. Nepal Army helicopters flew the injured to Surkhet and Nepalgunj."
        ),
        "disaster",
    ),
    (
        "Cyclone Amphan batters coastal districts of Khulna, Satkhira",
        (
            "Cyclone Amphan battered the coastal districts of Khulna and Satkhira on Wednesday "
            "night, killing at least 12 people and damaging embankments and thousands of houses, "
            "the disaster management ministry said. More than 2.4 million people had been moved "
            "to cyclone shelters before landfall."
        ),
        "disaster",
    ),
    (
        "Mai Mahiu: 45 killed as flash flood sweeps through village",
        (
            "At least 45 people were killed when a flash flood swept through a village near Mai "
            "Mahiu in Nakuru County before dawn on Monday, after a blocked railway culvert gave "
            "way under heavy rain, the Interior Cabinet Secretary said. Kenya Defence Forces and "
            "Red Cross teams were searching for dozens of people missing in the mud."
        ),
        "disaster",
    ),
    (
        "Bududa landslide buries homes, dozens feared dead",
        (
            "Dozens of people were feared dead after a landslide buried homes in three villages "
            "in Bududa district on the slopes of Mount Elgon on Thursday, the Uganda Red Cross "
            "said. Rescuers were digging with hoes and bare hands as heavy rain continued."
        ),
        "disaster",
    ),
    (
        "Alau Dam collapse: floods displace hundreds of thousands in Maiduguri",
        (
            "More than 400,000 people were displaced in Maiduguri after the Alau Dam collapsed "
            "following heavy rains, flooding large parts of the city, the Borno State Emergency "
            "Management Agency said on Wednesday. Residents waded through chest-high water "
            "carrying children and belongings, and schools were turned into temporary camps. "
            "Animals from the Sanda Kyarimi Park Zoo were swept away."
        ),
        "disaster",
    ),
    (
        "Heatwave: Edhi morgue runs out of space in Karachi",
        (
            "The Edhi Foundation said on Tuesday its morgue in Karachi had run out of space after "
            "it received hundreds of bodies over four days of severe heat, with temperatures "
            "above 44 degrees Celsius. Hospitals reported an influx of patients suffering from "
            "heatstroke amid long power outages."
        ),
        "disaster",
    ),
    (
        "Drought: Turkana pastoralists lose goats, camels and cattle",
        (
            "Herders in Turkana County have lost thousands of goats, camels and cattle as the "
            "drought enters its fourth failed rainy season, the National Drought Management "
            "Authority said. Families have moved with their remaining animals towards the Ugandan "
            "border in search of pasture and water."
        ),
        "disaster",
    ),
    (
        "Five jawans killed as Army truck skids into gorge in Poonch",
        (
            "Five Army jawans were killed and several others injured when their truck skidded off "
            "the road and fell into a deep gorge in the Mendhar area of Poonch district on "
            "Tuesday, officials said. The vehicle was part of a convoy moving to a forward post "
            "along the LoC. The injured were airlifted to the Command Hospital in Udhampur."
        ),
        "accident",
    ),
    (
        "Five soldiers drown as tank swept away in Shyok river during exercise",
        (
            "Five Army soldiers, including a junior commissioned officer, drowned when their T-72 "
            "tank was swept away by a sudden surge in the water level of the Shyok river while "
            "crossing it during a military training exercise in eastern Ladakh on Saturday, "
            "defence officials said. The tank crew had been taking part in a river-crossing drill "
            "near Saser Brangsa when the water rose following a flash flood upstream."
        ),
        "accident",
    ),
    (
        "Jigawa tanker explosion: death toll rises to 147",
        (
            "The death toll from the explosion of a petrol tanker in Majiya, Jigawa State, rose "
            "to 147 on Wednesday, police said. The tanker overturned on the highway late on "
            "Tuesday, and residents rushed to scoop the spilled fuel before it exploded. Dozens "
            "of injured people were being treated for burns in hospitals in Hadejia and Kano. "
            "Many of the victims were buried in a mass grave on Wednesday according to Islamic "
            "rites. The Federal Road Safety Corps said the driver had lost control while trying "
            "to avoid a collision with a truck. The governor declared three days of mourning and "
            "the federal government sent a delegation led by the Vice President."
        ),
        "accident",
    ),
    (
        "Boat capsizes on Niger river in Kebbi; 24 farmers missing",
        (
            "Twenty-four farmers were missing after an overloaded boat capsized on the River "
            "Niger in Yauri LGA of Kebbi State on Saturday, the state emergency management agency "
            "said. The passengers were going to their farms across the river. Local divers had "
            "recovered 10 bodies by evening."
        ),
        "accident",
    ),
    (
        "Odisha train collision: toll rises to 288",
        (
            "The death toll in the collision involving the Coromandel Express, the "
            "Yesvantpur-Howrah Express and a goods train near Bahanaga Bazar station in Balasore "
            "district rose to 288 on Saturday, railway officials said. NDRF, Army and Air Force "
            "teams joined rescue efforts through the night. Preliminary findings pointed to a "
            "signalling error. The Railway Minister said the root cause had been identified and "
            "that the CBI would investigate the change in the electronic interlocking. Hundreds "
            "of relatives waited at a school turned into a temporary morgue in Balasore to "
            "identify the bodies."
        ),
        "accident",
    ),
    (
        "Yeti Airlines plane crashes in Pokhara, 72 on board",
        (
            "A Yeti Airlines ATR 72 aircraft with 72 people on board crashed into the Seti river "
            "gorge while landing at the new Pokhara International Airport on Sunday, officials "
            "said. Nepal Army and police rescuers recovered 68 bodies by evening. The government "
            "formed a commission to investigate the crash."
        ),
        "accident",
    ),
    (
        "Fire guts thousands of shelters in Rohingya camp in Cox's Bazar",
        (
            "A fire swept through a Rohingya camp in Balukhali, Ukhiya, on Sunday afternoon, "
            "gutting more than 2,000 shelters and leaving around 12,000 refugees homeless, "
            "officials said. Firefighters took three hours to bring it under control. The cause "
            "of the fire was being investigated, and aid agencies began distributing tarpaulins "
            "and food. Witnesses said the fire spread quickly because the shelters were built of "
            "bamboo and tarpaulin and packed close together, and several gas cylinders exploded. "
            "A learning centre and two health posts were also destroyed."
        ),
        "accident",
    ),
    (
        "Ikoyi building collapse: 45 bodies recovered",
        (
            "Rescue workers have recovered 45 bodies from the rubble of a 21-storey building "
            "under construction that collapsed in Ikoyi, Lagos, the Lagos State Emergency "
            "Management Agency said. Nine people were rescued alive. The state government set up "
            "a panel to investigate the collapse."
        ),
        "accident",
    ),
    (
        "Hathras stampede: 121 killed at religious congregation",
        (
            "At least 121 people, most of them women, were killed in a stampede at a religious "
            "congregation in a village in Hathras district on Tuesday, officials said. The crush "
            "occurred as devotees rushed to collect soil from the path of the preacher. The State "
            "government ordered a judicial inquiry, and police registered a case against the "
            "organisers."
        ),
        "accident",
    ),
]
