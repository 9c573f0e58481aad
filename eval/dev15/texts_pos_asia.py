"""dev15 positives: Papua and Mindanao; Myanmar and Manipur; Balochistan.

POSITIVES = [(title, text, tag codes, kind), ...].
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives: Papua and Mindanao
    (
        "Road workers killed in Nduga highlands",
        "Armed separatists killed at least 16 construction workers building the Trans-Papua road in Nduga regency, Indonesian police said. The workers had been taken from their camp. The West Papua National Liberation Army said the men were soldiers in disguise, which the government denied.",
        "V",
        "massacre",
    ),
    (
        "Papuan rebels seize New Zealand pilot and burn plane",
        "Rebels in Indonesia's Papua province took a New Zealand pilot hostage after he landed a small passenger plane in Paro, Nduga, and set the aircraft on fire, police said. The five passengers, all Papuans, were released. The rebels said they would hold the pilot until Indonesia recognised Papuan independence.",
        "V",
        "hostage_taking",
    ),
    (
        "Villagers leave Intan Jaya as troops hunt rebels",
        "Hundreds of villagers from Intan Jaya regency have sought shelter in churches in Sugapa since security forces began an operation to hunt separatist fighters who killed two soldiers, church leaders said. They said troops had searched homes and detained young men.",
        "M D",
        "military_operation",
    ),
    (
        "Wamena riot: buildings torched, dozens dead",
        "Rioters set fire to government buildings, shops and houses in Wamena in Indonesia's Papua province, and at least 30 people were killed, many of them migrants from other islands who were trapped in burning buildings. The unrest followed rumours that a teacher had made a racist remark. Thousands of migrants sheltered at police and military posts.",
        "U V D",
        "riot",
    ),
    (
        "Health worker killed, clinic burned in Kiwirok",
        "Armed men attacked a health clinic in Kiwirok, in the Papuan highlands, beating a nurse to death and setting the clinic and a school on fire, police said. Other health workers escaped into the forest and were evacuated by helicopter days later.",
        "V H",
        "attack_on_health_workers",
    ),
    (
        "Marawi residents flee as militants hold city centre",
        "Tens of thousands of residents fled Marawi as troops fought militants allied with the Islamic State for control of the city centre, the Philippine government said. Air force planes bombed positions held by the Maute group. Civilians trapped in the city waved white flags from windows.",
        "B E M T D",
        "siege",
    ),
    (
        "Bomb explodes during Mass at Mindanao State University",
        "A bomb exploded during a Catholic Mass in a university gymnasium in Marawi on Sunday, killing four people and wounding dozens, officials said. The Islamic State claimed the attack. President Ferdinand Marcos Jr condemned what he called 'the senseless and most heinous acts perpetrated by foreign terrorists'.",
        "E T V",
        "bombing",
    ),
    (
        "Abu Sayyaf beheads Canadian hostage",
        "Abu Sayyaf militants beheaded a Canadian man they had held for seven months on the island of Jolo after a ransom deadline passed, the Philippine military said. His head was found near the town hall. The group is still holding several other foreign hostages.",
        "V T",
        "execution",
    ),
    (
        "Families evacuate as army and BIFF fight in Maguindanao",
        "More than 3,000 families left their homes in Datu Saudi Ampatuan and nearby towns as soldiers fought the Bangsamoro Islamic Freedom Fighters, a provincial official said. The army used artillery and attack helicopters. Evacuees were staying in schools and mosques.",
        "B M E D",
        "battle",
    ),
    # ---------------------------------------------------------------- positives: Myanmar and Manipur
    (
        "Drones hit families waiting to cross Naf river",
        "Drone attacks killed dozens of Rohingya families waiting on the bank of the Naf river near Maungdaw to cross into Bangladesh, survivors said. Bodies were seen lying in the mud among suitcases. The Arakan Army and the military blamed each other.",
        "E V D",
        "drone_strike",
    ),
    (
        "Helicopters fire on school in Sagaing village",
        "Military helicopters fired on a monastery school in Let Yet Kone village in Sagaing region, killing at least 11 children, the school's administrator said. Soldiers then landed and searched the village. The junta said rebels had been hiding there.",
        "E V",
        "airstrike",
    ),
    (
        "Resistance fighters seize Myawaddy-area border post",
        "Karen rebels and allied resistance fighters captured a military base near Myawaddy on the Thai border after weeks of fighting, the Karen National Union said. Some soldiers surrendered and others crossed into Thailand.",
        "B",
        "battle",
    ),
    (
        "Jets bomb villages in Sagaing hours after quake",
        "Myanmar's military carried out air strikes on villages in Sagaing region hours after a powerful earthquake hit the centre of the country, a resistance group and residents said. Seven people were killed in one village. Rescuers in Mandalay were still digging through rubble.",
        "E",
        "airstrike",
    ),
    (
        "Karenni families short of food in forest camps",
        "Tens of thousands of people who fled fighting in Myanmar's Karenni state are sheltering in bamboo camps in the forest, where food deliveries have stopped, a local aid group said. Children have fallen ill with diarrhoea. Military checkpoints block rice from reaching the area.",
        "D H",
        "humanitarian",
    ),
    (
        "Village in Magway set alight, residents say",
        "Residents fled a village in Myanmar's Magway region after soldiers set it alight on Tuesday, burning more than 200 houses, according to a local resistance group. Two elderly men who could not run were found dead in their homes.",
        "V D",
        "village_raid",
    ),
    (
        "Mobs burn homes in Churachandpur and Imphal as Manipur clashes spread",
        "Mobs set fire to houses, churches and vehicles in Manipur's Churachandpur and Imphal after a tribal march turned violent, and the army was called in. Officials said at least 54 people were killed. About 23,000 people were moved to army camps and relief centres.",
        "U V D",
        "communal_violence",
    ),
    (
        "Drones drop bombs on Koutruk village",
        "Suspected militants used drones to drop bombs on Koutruk village in Imphal West district, killing a woman and wounding her daughter, police said. It was the first reported use of drones in the Manipur conflict. Gunmen also fired from the hills on the village.",
        "E V",
        "drone_strike",
    ),
    (
        "Students clash with police outside Manipur Raj Bhavan",
        "Police fired tear gas at students who threw stones while trying to march to the governor's residence in Imphal, demanding action over violence in the state. Dozens were injured. Mobile internet was suspended in five districts.",
        "U",
        "riot",
    ),
    (
        "Manipur relief camps still full a year on",
        "More than 50,000 people displaced by ethnic violence in Manipur last year are still living in relief camps, state officials said. Many say they cannot return to villages now controlled by armed groups of the other community. Camp residents complain of crowded halls and irregular rations.",
        "D H",
        "displacement",
    ),
    (
        "Bodies of abducted women and children found in Jiribam river",
        "The bodies of three women and three children abducted by armed men from a relief camp in Manipur's Jiribam district were found in the Barak river, police said. Angry crowds set fire to the homes of legislators in Imphal.",
        "V U",
        "abduction",
    ),
    # ---------------------------------------------------------------- positives: Balochistan
    (
        "Passengers pulled from buses and shot on Musakhel highway",
        "Gunmen blocked a highway in Balochistan's Musakhel district, checked passengers' identity cards and shot dead 23 men from Punjab, officials said. The attackers set fire to 10 vehicles. The Baloch Liberation Army said it carried out the attack; the chief minister called it terrorism.",
        "V T",
        "massacre",
    ),
    (
        "Suicide blast hits Mastung procession",
        "A suicide bomber blew himself up near a procession marking the Prophet's birthday in Mastung, killing at least 52 people, officials said. A senior police officer was among the dead. No group immediately claimed the attack, which officials described as a terrorist attack.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Gwadar port authority complex attacked",
        "Gunmen armed with rifles and grenades attacked the Gwadar Port Authority complex, and security forces killed all eight attackers in an hours-long battle, the army said. The Baloch Liberation Army's Majeed Brigade said it was behind the assault. The army called the attackers terrorists.",
        "B T",
        "attack",
    ),
    (
        "Police disperse Quetta sit-in with tear gas, arrest leaders",
        "Police fired tear gas and water cannon to break up a sit-in by the Baloch Yakjehti Committee outside Quetta University and arrested its leader and dozens of protesters. The group said three protesters were shot dead the day before. Mobile internet was cut across the province.",
        "U",
        "crackdown",
    ),
    (
        "Army says operation in Kech kills 'militants'",
        "The army said troops had killed eight militants in an intelligence-based operation in Kech district after an exchange of fire. Residents told a local newspaper that soldiers had surrounded the village before dawn.",
        "M B",
        "military_operation",
    ),
    (
        "Gunmen attack coal mines in Duki with rockets and grenades",
        "Armed men attacked coal mines in Duki district with rockets and grenades overnight, killing 21 miners and wounding seven, police said. The attackers gathered the miners in one place before opening fire. Most of the victims were from Pashtun areas of the province and from Afghanistan.",
        "V E",
        "massacre",
    ),
]
