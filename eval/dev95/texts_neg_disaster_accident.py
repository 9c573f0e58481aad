"""dev95 hard negatives: disasters (floods, quakes, storms, fires, drought) and accidents (crashes,
blasts, stampedes, capsized boats), often with troops deployed or a war nearby."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Thousands feared dead as Storm Daniel bursts two dams above Derna",
        "Two dams collapsed above the eastern Libyan city of Derna during Storm Daniel, "
        "sweeping whole neighbourhoods into the sea. Officials said more than 5,000 people "
        "were dead and 10,000 missing, and army units were sent from Benghazi to help recover "
        "bodies. Aid from Egypt, Turkey and the United Arab Emirates began to arrive at "
        "Benina airport. The UN said the toll could rise further.",
        "disaster",
    ),
    (
        "Quake toll in Turkey and Syria passes 20,000 as freezing cold hampers rescuers",
        "The death toll from Monday's earthquakes in southern Turkey and northwest Syria rose "
        "above 20,000 on Thursday as freezing temperatures slowed rescuers digging through "
        "collapsed buildings. In rebel-held Idlib, aid groups said, only one border crossing "
        "was open for relief supplies. In Antakya, survivors slept in cars and around "
        "bonfires, and many complained that rescue teams had been slow to arrive. President "
        'Tayyip Erdogan, visiting Kahramanmaras, acknowledged "shortcomings".',
        "disaster",
    ),
    (
        "Floods affect 33 million as Sindh districts go under water",
        "ISLAMABAD: More than 33 million people have been affected and hundreds of thousands "
        "displaced by monsoon floods, the National Disaster Management Authority said on "
        "Monday, as army helicopters plucked stranded families from rooftops in Dadu and "
        "Jacobabad.",
        "disaster",
    ),
    (
        "Cyclone Freddy: death toll in Malawi rises to 326 as 183,000 shelter in camps",
        "Cyclone Freddy has killed at least 326 people in Malawi, the government said on "
        "Sunday, and more than 183,000 people are sheltering in 302 camps across the southern "
        "region, where soldiers and police are using boats to reach villages cut off by "
        "floodwater.",
        "disaster",
    ),
    (
        "Morocco earthquake: mountain villages still wait for help three days on",
        "Three days after the strongest earthquake to hit Morocco in more than a century, "
        "villagers in the High Atlas say they are still digging through the ruins of their "
        "homes with their hands. Army trucks have reached Amizmiz, but many hamlets further "
        "up remain cut off by rockfalls ...",
        "disaster",
    ),
    (
        "Watch: Herat villagers bury their dead after second powerful quake",
        "Watch: Families in Zindajan district dug rows of graves on Sunday after a second "
        "magnitude 6.3 earthquake flattened mud-brick homes across Herat province. The "
        "Taliban administration said more than 2,000 people had died.",
        "disaster",
    ),
    (
        "Lahaina fire death toll rises to 96, deadliest U.S. wildfire in a century",
        "The death toll from the wildfire that destroyed the historic town of Lahaina on Maui "
        "rose to 96 on Saturday, making it the deadliest U.S. wildfire in more than 100 "
        "years, as cadaver dogs searched the ashes block by block.",
        "disaster",
    ),
    (
        "Mai Mahiu: bodies recovered after flash flood sweeps away homes",
        "Rescuers recovered more than 40 bodies on Monday after a wall of water swept through "
        "homes in Mai Mahiu, Nakuru County, in the early hours, and the Kenya Defence Forces "
        "joined the search for dozens still missing. The government has ordered residents "
        "near dams to move to higher ground.",
        "disaster",
    ),
    (
        "Severe Tropical Storm Kristine death toll climbs to 81 as Bicol floods recede",
        "The death toll from Severe Tropical Storm Kristine rose to 81 on Saturday, the "
        "disaster agency said, as floodwaters receded in Naga City and soldiers handed out "
        "food packs to more than 400,000 people in evacuation centres across Bicol.",
        "disaster",
    ),
    (
        "Wayanad landslides: Army builds Bailey bridge to reach cut-off Mundakkai",
        "Army engineers on Thursday completed a 190-foot Bailey bridge across the swollen "
        "Iruvanjippuzha river, allowing rescuers and earthmovers to reach Mundakkai and "
        "Chooralmala, where the landslides of Tuesday have left more than 200 people dead.",
        "disaster",
    ),
    (
        "Bahía Blanca flood death toll rises to 16; 1,400 people in evacuation centres",
        "The death toll from the storm that dumped a year's worth of rain on Bahía Blanca in "
        "a few hours rose to 16 on Sunday, the provincial government said, with about 1,400 "
        "people still housed in schools and sports clubs used as evacuation centres.",
        "disaster",
    ),
    (
        "Greece wildfire: survivors of Mati describe fleeing into the sea",
        "Survivors of the wildfire that swept through the seaside resort of Mati, east of "
        "Athens, described running into the sea to escape the flames as the death toll rose "
        "to 80 on Wednesday. Many of the dead were found huddled together just metres from "
        "the shore.",
        "disaster",
    ),
    (
        "Somalia: Drought displacement passes one million as fifth rainy season fails",
        "More than one million people have been displaced by drought in Somalia since January "
        "2021, UNHCR and the Norwegian Refugee Council said on Friday, as a fifth failed "
        "rainy season pushed herding families into crowded camps around Baidoa and Mogadishu.",
        "disaster",
    ),
    (
        "Fire tears through Rohingya camp in Cox's Bazar, leaving 12,000 without shelter",
        "A fire swept through a Rohingya refugee camp in Cox's Bazar on Sunday afternoon, "
        "destroying about 2,000 bamboo-and-tarpaulin shelters and leaving 12,000 people "
        "without a roof, officials said. No deaths were reported; the cause is being "
        "investigated.",
        "disaster",
    ),
    (
        "Japan deploys thousands of troops to quake-hit Noto peninsula",
        "Japan has sent about 4,600 Self-Defense Forces personnel to the Noto peninsula, "
        "where Monday's magnitude 7.5 earthquake killed at least 78 people and cut roads to "
        "coastal towns, Prime Minister Fumio Kishida said on Wednesday. Some 33,000 people "
        "are staying in evacuation shelters.",
        "disaster",
    ),
    (
        "Hurricane Beryl flattens homes on Carriacou; Grenada PM says island 'almost "
        "completely destroyed'",
        "Hurricane Beryl made landfall on Carriacou as a Category 4 storm on Monday, "
        "flattening homes and cutting off communication with the small Grenadian island, "
        "where Prime Minister Dickon Mitchell said 98% of buildings had been damaged or "
        "destroyed.",
        "disaster",
    ),
    (
        "Yeti Airlines plane crashes near Pokhara with 72 on board",
        "KATHMANDU (AFP) — A Yeti Airlines ATR 72 with 72 people on board crashed into a "
        "river gorge while approaching the newly opened Pokhara airport on Sunday morning, "
        "officials said. Army and police rescuers have recovered at least 68 bodies. It is "
        "Nepal's deadliest air accident in three decades. The cause was not immediately "
        "known.",
        "accident",
    ),
    (
        "Odisha train collision: death toll rises to 288 as rescue ends at Balasore",
        "The death toll from Friday evening's three-train collision near Bahanaga Bazar "
        "station in Odisha's Balasore district rose to 288, the Railways said, as cranes "
        "cleared mangled coaches and the Army and NDRF wound up rescue operations ...",
        "accident",
    ),
    (
        "Massive explosion rips through Beirut port, wounding thousands",
        "A huge explosion tore through the port of Beirut on Tuesday evening, killing dozens "
        "of people, wounding thousands and shattering windows across the Lebanese capital. "
        "Officials linked the blast to ammonium nitrate stored in a warehouse for years.",
        "accident",
    ),
    (
        "Firedamp blast in Turkish coal mine kills 41 in Amasra",
        "An explosion caused by firedamp ripped through a state-run coal mine in the Black "
        "Sea town of Amasra on Friday evening, killing 41 miners, Turkey's interior minister "
        "said, as rescuers worked through the night to reach those trapped 300 metres "
        "underground.",
        "accident",
    ),
    (
        "Stampede at Kumbh Mela bathing site kills at least 30",
        "At least 30 pilgrims were killed and 60 injured in a stampede in the early hours of "
        "Wednesday as millions of devotees surged towards the Sangam in Prayagraj for a holy "
        "dip, police said.",
        "accident",
    ),
    (
        "Hundreds feared missing after overcrowded fishing boat capsizes off Greece",
        "An overcrowded fishing boat carrying migrants from Libya to Italy capsized and sank "
        "off the Peloponnese early on Wednesday, the Greek coastguard said. At least 78 "
        "bodies have been recovered and 104 people rescued, but survivors say hundreds were "
        "on board.",
        "accident",
    ),
    (
        "Fire on ferry kills at least 38 on Sugandha river",
        "At least 38 people died when a fire broke out in the engine room of a three-deck "
        "ferry on the Sugandha river near Jhalakathi in the early hours of Friday, officials "
        "said, with many passengers jumping into the cold water to escape the flames.",
        "accident",
    ),
    (
        "Telangana pharma factory blast: death toll rises to 42",
        "The death toll in Monday's reactor explosion at a pharmaceutical plant in "
        "Pashamylaram, Sangareddy district, rose to 42 on Thursday as rescue teams cleared "
        "the debris of the collapsed building, district officials said.",
        "accident",
    ),
    (
        "Air force training jet crashes into Dhaka school, killing pupils",
        "A Bangladesh Air Force F-7 training jet crashed into the campus of Milestone School "
        "and College in Dhaka's Uttara on Monday afternoon shortly after take-off, killing at "
        "least 20 people, most of them pupils, the military said. The pilot was also killed.",
        "accident",
    ),
    (
        "Bus plunges into ravine in Peru's Andes, 24 dead",
        "A bus carrying 60 passengers plunged off a mountain road into a ravine in Peru's "
        "Ayacucho region before dawn on Monday, killing at least 24 people, the local health "
        "authority said. Police said the driver may have fallen asleep.",
        "accident",
    ),
]
