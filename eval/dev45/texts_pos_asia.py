"""dev45 positives: South, Southeast and East Asia. POSITIVES = [(title, text, tag codes, kind), ...]."""

POSITIVES = [
    (
        "Junta airstrike hits village school in Sagaing, resistance says",
        "A Myanmar military jet bombed a village school in Sagaing region while classes were under way, killing 17 pupils and two teachers, a local resistance administration said. The junta's information team said it had targeted a gathering of PDF fighters. 'The children were in their classrooms when the jet came,' a teacher who survived said.",
        "E V",
        "airstrike",
    ),
    (
        "Arakan Army says it has taken Western Command headquarters",
        "The Arakan Army said it had captured the Myanmar military's Western Regional Command headquarters in Ann after weeks of fighting, the second regional command to fall to an ethnic armed group. Hundreds of junta soldiers surrendered, the group said.",
        "B",
        "territory_taken",
    ),
    (
        "Thousands cross into Thailand as fighting erupts around Myawaddy",
        "About 3,000 people crossed the Moei river into Mae Sot on Saturday as Karen resistance forces and junta troops fought for the last army base near Myawaddy, Thai officials said. Thailand set up temporary shelters and said it would send people back once the fighting ended. Stray bullets hit two houses on the Thai side.",
        "B D",
        "displacement",
    ),
    (
        "India strikes nine sites in Pakistan and Pakistan-administered Kashmir",
        "India said it had struck nine sites in Pakistan and Pakistan-administered Kashmir with missiles and drones, calling them terrorist infrastructure. Pakistan said 26 civilians were killed, including in a mosque in Bahawalpur. It said it had shot down Indian aircraft. The Indian defence ministry called the strikes 'focused, measured and non-escalatory'.",
        "E M",
        "missile_strike",
    ),
    (
        "Pakistani shells hit homes and gurdwara in Poonch, 12 civilians dead",
        "Pakistani artillery shells hit homes and a gurdwara in Poonch town overnight, killing 12 civilians, Indian officials said, as the two armies traded heavy fire across the Line of Control. Hundreds of families moved into bunkers and relatives' homes away from the border.",
        "E D",
        "cross_border_fire",
    ),
    (
        "Gunmen kill 26 tourists at Pahalgam meadow",
        "Militants opened fire on tourists in the Baisaran meadow near Pahalgam in Indian Kashmir on Tuesday afternoon, killing 26 people, most of them men. Survivors said the gunmen singled out their victims after asking their religion. Police called it a terrorist attack.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Baloch militants hijack Jaffar Express; army ends siege",
        "Fighters of the Balochistan Liberation Army blew up a track and seized the Jaffar Express with more than 400 passengers in the Bolan pass, the army said. Troops freed the remaining hostages after a 30-hour operation in which 33 attackers and 26 hostages were killed. Officials called it a terrorist attack.",
        "B T V M",
        "hijacking",
    ),
    (
        "Afghan and Pakistani forces exchange fire at Torkham crossing",
        "Afghan Taliban forces and Pakistani troops exchanged fire with heavy weapons along the border near Torkham for several hours on Monday, officials on both sides said. One Pakistani soldier and three Afghan guards were wounded, and the crossing was closed. Traders said hundreds of trucks were stranded on both sides.",
        "B",
        "border_clash",
    ),
    (
        "Suicide car bomb targets convoy in North Waziristan",
        "A suicide bomber rammed an explosives-laden car into a military convoy in North Waziristan, killing 13 soldiers, the army's media wing said. A faction of the Pakistani Taliban claimed the attack. Residents said the blast damaged the roofs of two houses and a mosque nearby.",
        "E T",
        "suicide_bombing",
    ),
    (
        "Bombing at Kabul mosque during Friday prayers",
        "An explosion tore through a mosque in Kabul's western Dasht-e-Barchi area during Friday prayers, killing at least nine worshippers, a Taliban spokesman said. Islamic State Khorasan Province claimed the bombing on its channels.",
        "E T V",
        "bombing",
    ),
    (
        "Security forces kill 31 Maoists in Chhattisgarh gunfight",
        "Security forces killed 31 Maoist rebels in a day-long gunfight in a forest in Bijapur district during a joint operation of the district police and the CRPF's CoBRA unit, officials said. Two security personnel were also killed. Police recovered automatic rifles and explosives from the site.",
        "B M",
        "gunfight",
    ),
    (
        "Thai and Cambodian troops fight with artillery and rockets along border",
        "Thai and Cambodian troops exchanged artillery and rocket fire at several points along their disputed border, and Thailand sent F-16 jets to bomb Cambodian positions. Thai officials said 12 civilians were killed near a petrol station in Sisaket province. More than 100,000 people on both sides were moved to shelters. Cambodia accused Thailand of using cluster munitions.",
        "B E D",
        "border_war",
    ),
    (
        "Army troops clash with Dawlah Islamiyah fighters in Lanao del Sur",
        "Army troops clashed with members of the pro-Islamic State Dawlah Islamiyah group in Piagapo, Lanao del Sur, during a combat operation, killing six militants, the military's Western Mindanao Command said. One soldier was wounded.",
        "B M",
        "gunfight",
    ),
    (
        "North Korean troops suffer heavy losses in Kursk fighting",
        "North Korean soldiers deployed to Russia's Kursk region have suffered about 1,000 casualties in assaults on Ukrainian positions within three months, South Korea's spy agency told lawmakers.",
        "B",
        "battle",
    ),
    (
        "Mortar shells from Myanmar fighting land in Bangladesh",
        "Mortar shells fired during fighting between the Arakan Army and Myanmar troops landed in Ghumdhum, Bandarban, killing a Bangladeshi woman and a Rohingya man, police said. More than 300 Myanmar border guards fled across the frontier and surrendered their weapons. Schools near the border were closed.",
        "E D",
        "cross_border_fire",
    ),
    (
        "Papuan rebels shoot dead soldiers guarding road project",
        "Fighters of the West Papua National Liberation Army attacked soldiers guarding a road construction site in Intan Jaya, shooting dead two and seizing their rifles, a military spokesman said. The group said it was at war with Indonesia's security forces.",
        "B",
        "ambush",
    ),
    (
        "Army says three militants killed in Kupwara encounter",
        "Three militants trying to cross the Line of Control were killed in an encounter with the army in Kupwara district, the Chinar Corps said, after a search operation turned into a gunfight that lasted through the night.",
        "B M",
        "gunfight",
    ),
    (
        "Pakistani jets strike targets in Afghanistan's Paktika, Taliban say",
        "Pakistani airstrikes hit several villages in Barmal district of Afghanistan's Paktika province, killing 46 people, mostly women and children, a Taliban spokesman said. Pakistani security officials said the strikes targeted Pakistani Taliban hideouts. The Taliban defence ministry vowed to retaliate.",
        "E M",
        "airstrike",
    ),
    (
        "Resistance fighters take Lashio after weeks of battle",
        "The Myanmar National Democratic Alliance Army said it had captured the northern city of Lashio and the army's North-Eastern Command after a month of fighting. Residents who fled said the city had been bombed daily by junta aircraft.",
        "B E D",
        "territory_taken",
    ),
    (
        "Drone attacks hit Myanmar camps for displaced in Kachin",
        "Military drones dropped bombs on a camp for displaced people near Laiza, in Kachin state, killing eight people, among them three children, camp leaders said. The camp had sheltered families who fled fighting in 2011.",
        "E V D",
        "drone_strike",
    ),
]
