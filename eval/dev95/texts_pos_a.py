"""dev95 positives (1 of 2): feed items that report current organised violence: Ukraine, the
Middle East, Sudan, Congo, the Sahel, Nigeria, Somalia, Kenya, Mozambique, Myanmar, Hong Kong,
Afghanistan and Pakistan (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Russian missile hits Dnipro apartment block, killing at least 12",
        "A Russian missile struck a nine-storey apartment building in the central Ukrainian "
        "city of Dnipro on Saturday afternoon, killing at least 12 people and wounding "
        "dozens, regional officials said, as rescuers worked through the night to reach "
        "residents trapped under the rubble. Ukraine's air force said the city had been hit "
        "by a Kh-22, a missile its air defences cannot intercept. President Volodymyr "
        "Zelensky posted a video of the ruined building on Telegram.",
        "E",
        "missile strike",
    ),
    (
        "Ukraine says troops retook two villages near Kupiansk as Russian assaults go on "
        "around Pokrovsk",
        "KYIV, Ukraine (AP) — Ukrainian troops retook two villages east of Kupiansk after "
        "days of heavy fighting, the military's general staff said Wednesday, while Russian "
        "forces kept up assaults on Pokrovsk farther south. The claims could not be "
        "independently verified.",
        "B",
        "battle",
    ),
    (
        "Watch: Drone hits evacuation bus leaving frontline village in Kherson Oblast",
        "Watch: Footage released by the regional administration shows the moment a Russian "
        "drone struck a bus carrying residents out of Bilozerka on Tuesday morning. Seven "
        "people, including a child, were injured, Governor Oleksandr Prokudin said.",
        "E V D",
        "drone strike",
    ),
    (
        "Israeli strike on Gaza City school sheltering displaced families kills at least 30",
        "At least 30 Palestinians, many of them women and children, were killed when Israeli "
        "warplanes struck a school in Gaza City's al-Daraj neighbourhood that was housing "
        "displaced families, the Civil Defence said. The Israeli military said it had "
        "targeted a Hamas command centre operating […]",
        "E V D",
        "airstrike",
    ),
    (
        "Only 41 aid trucks enter Gaza as UN warns famine is imminent in the north",
        "Only 41 aid trucks entered the Gaza Strip on Tuesday, far below the 500 a day the UN "
        "says are needed, as relief agencies warned that famine was imminent in northern "
        "Gaza, where about 300,000 people remain cut off by the fighting. The World Food "
        "Programme said its convoys had been turned back twice this week at checkpoints on "
        "Salah al-Din Road, and that families in Jabalia were grinding animal feed to make "
        "bread. Read more.",
        "H",
        "humanitarian crisis",
    ),
    (
        "Two Israelis killed in shooting at West Bank petrol station; army hunts gunman",
        "Two Israeli civilians were killed on Sunday when a Palestinian gunman opened fire at "
        "a petrol station near the settlement of Eli in the occupied West Bank, in what the "
        "army called a terror attack. Troops set up roadblocks around nearby villages as they "
        "searched for the attacker.",
        "V T",
        "shooting attack",
    ),
    (
        "Settlers torch homes and cars in West Bank village, one Palestinian shot dead",
        "Hundreds of Israeli settlers rampaged through the Palestinian town of Huwara and "
        "neighbouring villages overnight, setting fire to houses and cars, the Palestinian "
        "health ministry and residents said. One man was shot dead and families fled to "
        "relatives in nearby Beita ...",
        "V D",
        "settler attack",
    ),
    (
        "Live: Israel pounds southern Lebanon and Bekaa Valley as families flee north",
        "Israeli air strikes hit more than 300 targets across southern Lebanon and the Bekaa "
        "Valley on Monday, the Lebanese health ministry said, reporting at least 180 dead. "
        "Roads from Tyre and Nabatieh towards Beirut were jammed with cars as families fled. "
        "Hezbollah said it had fired dozens of rockets at military sites in northern Israel. "
        "Follow our live coverage.",
        "E M D",
        "air campaign",
    ),
    (
        "RSF shells El Fasher's last working public hospital, MSF says",
        "Paramilitary Rapid Support Forces shelled the Saudi Hospital in El Fasher, the last "
        "public hospital still working in the besieged North Darfur capital, Médecins Sans "
        "Frontières said on Saturday, killing at least nine patients and relatives and "
        "forcing staff to move the wounded into corridors.",
        "E V H",
        "shelling of hospital",
    ),
    (
        "Chad: More than 20,000 new arrivals from West Darfur in one week",
        "More than 20,000 Sudanese refugees, mostly women and children, crossed into eastern "
        "Chad in the past week, fleeing attacks by armed men on villages around El Geneina, "
        "UNHCR said, warning that shelter and water at the Adré transit sites are running "
        "out. Many arrived with gunshot wounds, MSF said, and described armed men on "
        "horseback and motorbikes going from house to house in Ardamata. Read more.",
        "D H V",
        "refugee influx",
    ),
    (
        "Gunfire and air strikes shake Khartoum for third day as army and RSF fight for capital",
        "KHARTOUM (AFP) — Heavy gunfire and explosions shook Khartoum for a third day on "
        "Monday as Sudan's army and the paramilitary Rapid Support Forces fought for control "
        "of the presidential palace and the airport, witnesses said. Army jets struck RSF "
        "bases in Bahri, while residents in the south of the city said they were trapped "
        "without water or ...",
        "B E",
        "battle",
    ),
    (
        "M23 rebels enter Goma as Congolese troops fall back",
        "Fighters of the Rwanda-backed M23 rebel group entered the centre of Goma early on "
        "Monday after days of fighting with Congolese troops on the city's outskirts, "
        "witnesses said. Gunfire rang out near the airport, and thousands of residents "
        "sheltered at home or fled towards the Rwandan border.",
        "B D",
        "rebel offensive",
    ),
    (
        "Militia attack on Ituri displacement camp kills dozens, Congo army says",
        "Fighters from the CODECO militia attacked a camp for displaced people in Djugu "
        "territory in Congo's Ituri province overnight, killing at least 40 people with "
        "machetes and guns, an army spokesman said on Wednesday.",
        "V D",
        "massacre",
    ),
    (
        "Jihadists kill scores of villagers digging trenches in central Burkina Faso",
        "Al Qaeda-linked militants killed at least 150 people, many of them villagers who had "
        "been ordered to dig defensive trenches around their town, in an attack in Burkina "
        "Faso's Centre-Nord region on Saturday, two security sources and a resident said.",
        "V T",
        "massacre",
    ),
    (
        "Iraqi forces push into Mosul's Old City as civilians flee across front line",
        "MOSUL, Iraq (Reuters) — Iraqi counter-terrorism troops advanced into the narrow "
        "alleys of Mosul's Old City on Sunday, fighting Islamic State militants house to "
        "house, as hundreds of civilians fled across the front line, some of them carried by "
        "soldiers, officers said.",
        "B M D",
        "urban battle",
    ),
    (
        "Niger says 17 soldiers killed in ambush near Mali border",
        "Seventeen Nigerien soldiers were killed and 20 wounded when suspected jihadists "
        "ambushed their unit near Koutougou, close to the border with Mali, the defence "
        'ministry said on Tuesday. It said more than 100 attackers had been "neutralised" as '
        "they fled on motorbikes.",
        "B T",
        "ambush",
    ),
    (
        "Boko Haram abducts women gathering firewood near Gamboru",
        "Suspected Boko Haram insurgents abducted at least 15 women who had gone to gather "
        "firewood outside Gamboru in Borno State, local vigilantes told Premium Times on "
        "Monday, the third such abduction in the area this month.",
        "V T",
        "abduction",
    ),
    (
        "Gunmen kill 37 in overnight attacks on Plateau villages",
        "Gunmen on Sunday night attacked three communities in Bokkos Local Government Area of "
        "Plateau State, killing at least 37 villagers and burning dozens of houses, the "
        "council chairman said, as survivors fled to the town centre.",
        "V D",
        "village raid",
    ),
    (
        "Al-Shabaab claims attack on Mogadishu hotel as gunmen hold out for hours",
        "Al-Shabaab militants stormed a hotel near the presidential palace in Mogadishu on "
        "Friday evening, detonating a car bomb at the gate before gunmen went floor by floor "
        "taking guests hostage, police said, as security forces fought the attackers late "
        "into the night.",
        "T E V B",
        "hotel siege",
    ),
    (
        "Four police officers killed as IED hits their vehicle in Lamu",
        "Four police officers were killed by a roadside bomb in Lamu County on Wednesday, "
        "police said, blaming al-Shabaab.",
        "E T",
        "IED attack",
    ),
    (
        "Insurgents raid Macomia, thousands flee into the bush in Cabo Delgado",
        "Islamic State-linked insurgents attacked the district town of Macomia in "
        "Mozambique's Cabo Delgado province on Friday, looting shops and clashing with "
        "soldiers for several hours, residents said. Aid agencies reported thousands of "
        "people fleeing into the bush and towards the coast.",
        "B T D",
        "insurgent attack",
    ),
    (
        "Rohingya flee in their thousands as Myanmar army presses 'clearance operations' in "
        "Rakhine",
        "COX'S BAZAR, Bangladesh (Reuters) — Thousands of Rohingya Muslims waded across the "
        "Naf river into Bangladesh on Thursday, telling of soldiers and Buddhist mobs burning "
        "their villages, as Myanmar's army pressed on with what it calls clearance operations "
        "in northern Rakhine State.",
        "M D V",
        "military crackdown and exodus",
    ),
    (
        "Analysis: Tigray's hunger crisis deepens as convoys are blocked",
        "Analysis: Eight months into the war, the UN says 400,000 people in Tigray are living "
        "in famine conditions, and no aid convoy has reached Mekelle in two weeks. Here's "
        "what we know.",
        "H",
        "famine in war zone",
    ),
    (
        "Junta airstrike on village school in Sagaing kills at least 11, including seven children",
        "A military jet bombed a monastery school in Ywar Thit village in Sagaing Region on "
        "Friday afternoon, killing at least 11 people, seven of them children, according to "
        "teachers and a local resistance group. The junta has not commented …",
        "E V",
        "airstrike",
    ),
    (
        "Brotherhood Alliance says it has captured border trade hub in northern Shan",
        "The Three Brotherhood Alliance said on Sunday it had captured the border trade town "
        "of Chinshwehaw after three days of fighting with junta troops, part of a coordinated "
        "offensive it launched in northern Shan State last week.",
        "B",
        "offensive",
    ),
    (
        "Hong Kong police fire tear gas as protesters hurl petrol bombs at PolyU",
        "Hong Kong police fired tear gas, rubber bullets and water cannon at protesters holed "
        "up in the Polytechnic University on Sunday night, while students hurled petrol bombs "
        "and set a footbridge on fire, in the most intense standoff of five months of unrest. "
        "Hundreds of people, some of them secondary school pupils, were trapped inside the "
        "campus as police sealed off the exits and warned that anyone leaving would be "
        "arrested for rioting ...",
        "U",
        "riot and crackdown",
    ),
    (
        "Suicide bombers and gunmen attack crowds outside Kabul airport",
        "Two suicide bombers and gunmen attacked crowds of Afghans waiting to be evacuated "
        "outside Kabul airport on Thursday, killing dozens of people, including 13 American "
        "service members, officials said. Islamic State's Afghan branch claimed the attack.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Separatists attack Jaffar Express in Bolan Pass, hold passengers hostage",
        "QUETTA: Baloch separatists blew up a railway track and opened fire on the "
        "Peshawar-bound Jaffar Express in the Bolan Pass on Tuesday, taking hundreds of "
        "passengers hostage in what the government called a terrorist attack, officials said. "
        "Security forces launched an operation to free them.",
        "E V T M",
        "train hijacking",
    ),
]
