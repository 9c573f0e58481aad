"""dev255 positives, part a: current attacks, bombings, sieges and security operations with
fighting (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Al-Shabaab gunmen storm Mogadishu beach hotel, siege enters second night",
        "Somali security forces were still battling al-Shabaab gunmen inside a beachfront "
        "hotel in Mogadishu late on Saturday, more than 20 hours after the militants "
        "blasted their way in with a car bomb. At least 17 people have been killed, among "
        "them two police officers and a family who had come to the Lido beach for the "
        "evening, according to a police spokesman. Heavy gunfire and several explosions "
        "could be heard from the upper floors, where the attackers were believed to be "
        "holding out. Special forces trained by the United States, known as Danab, had "
        "rescued dozens of guests through a rear wall, the state news agency said. "
        "Al-Shabaab, which is linked to al-Qaeda, said in a statement on its radio station "
        "that its fighters controlled the building. Ambulances queued along the seafront "
        "road, and the Aamin ambulance service said it had carried 41 wounded to Medina "
        "and Erdogan hospitals. The group has repeatedly targeted hotels used by officials "
        'and the diaspora. "We will not stop until every one of them is dead or '
        'captured," the police commissioner told reporters near the cordon.',
        "T B V",
        "siege",
    ),
    (
        "Pakistan: 11 militants and two soldiers killed in North Waziristan operation",
        "Eleven militants and two soldiers were killed during an intelligence-based "
        "operation in the Mir Ali area of North Waziristan, the military's media wing said "
        "on Thursday. Troops effectively engaged the militants' location after an exchange "
        "of fire that lasted several hours, Inter-Services Public Relations (ISPR) said in "
        'a statement. It described the dead as "khawarij", the term the state now uses '
        "for fighters of the banned Tehreek-e-Taliban Pakistan. Weapons and ammunition "
        "were recovered, and a sanitisation operation was still under way to clear any "
        "militants found in the area, ISPR added. Residents of two villages near the "
        "compound were told to stay indoors, and mobile phone service was suspended across "
        "the tehsil. A local elder reached by telephone said helicopters had been circling "
        "since dawn. Attacks on security forces in Khyber Pakhtunkhwa have risen sharply "
        "since the TTP ended a ceasefire with the government in November 2022. The "
        "province's chief minister offered condolences to the soldiers' families.",
        "M B",
        "security_operation",
    ),
    (
        "Suicide bomber strikes Shia mosque during Friday prayers in Peshawar",
        "Rescue workers in Peshawar were still carrying the wounded out of a Shia mosque "
        "in the city's old quarter on Friday evening, hours after a suicide bomber blew "
        "himself up among worshippers during Friday prayers, killing at least 56 people "
        "and wounding more than 190, hospital officials said. The attacker opened fire on "
        "police guarding the entrance of the mosque in the Kocha Risaldar area before "
        "walking inside and detonating his vest, a senior police officer told reporters. "
        "Witnesses described bodies lying among the prayer mats and shards of glass from "
        "the shattered chandeliers. Lady Reading Hospital declared an emergency and "
        "appealed for blood donors, as relatives crowded its gates looking for news. The "
        "Islamic State group's regional affiliate claimed the bombing through its Amaq "
        "news agency. The prime minister's office called it a cowardly act of terrorism "
        "and ordered an inquiry into how the bomber passed the checkpoint. It was the "
        "deadliest attack in the city since a school massacre in 2014.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Four police officers killed as JNIM fighters attack gendarmerie school in Bamako",
        "Heavily armed fighters attacked a gendarmerie training school and a military "
        "airport in Bamako before dawn on Tuesday, setting off hours of gunfire in a "
        "district of the Malian capital that had largely been spared the violence of the "
        "country's north and centre. The army said in a televised statement that the "
        'situation was under control and that "terrorists" were being tracked down, '
        "without giving a toll. A security source told AFP that several gendarmerie "
        "students had been killed and that smoke was rising from the airport area, where a "
        "presidential aircraft was parked. The al-Qaeda-linked Group for the Support of "
        "Islam and Muslims (JNIM) claimed the assault, saying its fighters had caused "
        "heavy losses. Roads leading to the Faladié district were closed and residents "
        "were advised to stay at home. It was the first attack of its kind in Bamako in "
        "nearly a decade, and a blow to the junta, which has promised to restore security "
        "since it took power in 2020.",
        "T B",
        "insurgent_assault",
    ),
    (
        "Man shouting religious slogans stabs teacher to death at school in Arras",
        "A former pupil armed with a knife killed a French teacher and seriously wounded "
        "two other people at a secondary school in Arras on Friday, in what President "
        'Emmanuel Macron called an act of "Islamist terrorism". The attacker, a '
        "20-year-old man from the Russian republic of Ingushetia who was on a security "
        "watchlist, was overpowered and arrested by police in the school courtyard. The "
        "national anti-terrorism prosecutor's office (PNAT) said it had taken charge of "
        "the investigation for murder in connection with a terrorist enterprise. A "
        "security guard and a cleaner were among the wounded, and pupils were kept locked "
        "in their classrooms for several hours. Colleagues said the dead teacher had "
        "placed himself between the attacker and the students. The government raised the "
        'Vigipirate alert to its highest level, "urgence attentat", and ordered '
        "thousands of extra soldiers onto the streets. The attack came almost three years "
        "to the day after the killing of Samuel Paty.",
        "T V",
        "stabbing",
    ),
    (
        "Indian troops in gunfight with militants in Kulgam; two soldiers, three militants killed",
        "Two soldiers and three militants were killed in an encounter that broke out on "
        "Saturday when security forces cordoned off a village in south Kashmir's Kulgam "
        "district, officials said. A joint team of the army, the Central Reserve Police "
        "Force and the Jammu and Kashmir Police launched a cordon-and-search operation "
        "after receiving specific input about the presence of militants, a police "
        "spokesperson said. The hiding militants opened fire, triggering a gunfight that "
        "was continuing into the evening. A third soldier was injured and shifted to the "
        "army's 92 Base Hospital in Srinagar. Internet services were suspended in the "
        "district as a precaution, and schools in the area did not open. The Inspector "
        "General of Police, Kashmir zone, said two of the dead militants were local "
        "recruits and one was believed to be a foreign national. Residents said several "
        "houses in the village had been damaged in the exchange.",
        "M B",
        "encounter",
    ),
    (
        "ISWAP fighters attack Monguno base; troops repel assault after hours of fighting",
        "Nigerian troops fought off an attack by fighters of the Islamic State West Africa "
        "Province on a military base in Monguno, in Borno State, late on Sunday, the army "
        "said. The militants arrived in about a dozen gun trucks and opened fire with "
        "rocket-propelled grenades shortly after sunset, according to two residents who "
        "spoke to Reuters by phone. The fighting lasted more than three hours before air "
        "force jets were called in, a military source said. An army spokesman said a "
        '"large number of terrorists" had been neutralised and that troops had recovered '
        "weapons, but did not say how many soldiers were killed. Humanitarian workers in "
        "the town, which hosts tens of thousands of displaced people, said staff had "
        "sheltered in bunkers overnight. Some families fled towards the outskirts as the "
        "shooting reached the edge of a camp. ISWAP has stepped up attacks on bases in the "
        "Lake Chad region this year.",
        "T B D",
        "insurgent_assault",
    ),
    (
        "Shooting at Brussels fan zone: two Swedish supporters killed, gunman at large",
        "A gunman shot dead two Swedish football supporters in central Brussels on Monday "
        "evening before fleeing on a scooter, and Belgian authorities raised the terror "
        "threat level in the capital to its maximum. The man, wearing a fluorescent orange "
        "jacket, opened fire on the Boulevard d'Ypres shortly before the Belgium-Sweden "
        "qualifier was due to kick off a few kilometres away at the King Baudouin Stadium, "
        "prosecutors said. A third person, a taxi driver, was seriously wounded. In a "
        "video posted online, a man claiming to be the attacker said he was acting for the "
        "Islamic State group. About 35,000 fans were held inside the stadium for hours "
        "after the match was abandoned at half-time. The federal prosecutor's office said "
        "it was treating the killings as terrorism. Prime Minister Alexander De Croo said "
        "police were hunting the suspect across the city and asked residents to stay alert.",
        "T V",
        "shooting",
    ),
    (
        "US says airstrike killed al-Shabaab fighters near Jilib; clashes continue",
        "The United States Africa Command (Africom) said on Wednesday it had carried out "
        "an airstrike against al-Shabaab fighters about 50 km northeast of Kismayo, in "
        "support of Somali national army troops who had come under attack. The command's "
        "initial assessment was that the strike killed three militants and that no "
        "civilians were hurt. Somali officials said ground fighting continued near the "
        "town of Jilib, one of the group's main strongholds in the Middle Juba region, "
        'with government forces and clan militias pushing along the river road. "Our '
        'forces have taken two villages and are advancing," the deputy information '
        "minister told state radio. Al-Shabaab-linked websites claimed to have killed "
        "dozens of soldiers, a figure that could not be independently verified. Aid "
        "agencies said several hundred families had fled the fighting towards Kismayo in "
        "recent days. Africom said it would continue to support the Somali government in "
        "degrading the group.",
        "E M B D",
        "airstrike",
    ),
    (
        "Gunmen open fire on crowd at Moscow-region concert hall, set building ablaze",
        "Gunmen in camouflage burst into a packed concert hall outside Moscow on Friday "
        "evening, firing automatic weapons into the audience before setting the building "
        "on fire, Russian officials said. Investigators said at least 40 people had been "
        "killed and more than 100 wounded, a toll that was expected to rise as "
        "firefighters fought the blaze, which sent black smoke over the Krasnogorsk "
        "district. Video verified by news agencies showed people crouching between the "
        "seats as shots rang out, and others pushing towards the exits. Russia's "
        "Investigative Committee opened a criminal case for a terrorist act. Riot police "
        "and the National Guard surrounded the venue, and helicopters were used to drop "
        "water on the roof. The Islamic State group claimed responsibility in a statement "
        "carried by its Amaq agency. Mass events across the capital region were cancelled "
        "for the weekend.",
        "T V",
        "shooting",
    ),
    (
        "Knifeman kills three at Solingen festival; police hunt attacker through the night",
        "Police in the western German city of Solingen were searching overnight for a man "
        "who killed three people and wounded eight others, five of them seriously, with a "
        "knife at a festival marking the city's 650th anniversary on Friday night. The "
        "attacker stabbed people at random in the neck in front of a stage where a band "
        "was playing, police said, and fled in the chaos as thousands of people streamed "
        "away from the Fronhof square. Special forces searched a shelter for asylum "
        "seekers near the scene overnight, and officers in helicopters combed the city "
        "centre. The remaining days of the festival were cancelled. Prosecutors in "
        "Düsseldorf said they could not rule out a terrorist motive, and the federal "
        "prosecutor later took over the case. The Islamic State group claimed the attack "
        "through its news outlet on Saturday, without providing evidence. North "
        "Rhine-Westphalia's premier said the city had been struck at its heart.",
        "T V",
        "stabbing",
    ),
    (
        "Philippine troops clash with Dawlah Islamiyah gunmen in Lanao del Sur; 4 soldiers hurt",
        "Government troops battled members of the Dawlah Islamiyah-Maute group for a "
        "second day in the hinterlands of Lanao del Sur, the military said on Monday, "
        "after an assault on the militants' encampment near the town of Piagapo. Four "
        "soldiers were wounded and at least six militants killed in the clashes, which "
        "also involved artillery and air support, according to the 103rd Infantry Brigade. "
        "Colonel Jose Manalo said the encampment could hold up to 30 fighters and that "
        "soldiers had found bomb-making materials and a black flag. More than 1,200 "
        "residents of three barangays moved to evacuation centres in the town proper, the "
        "provincial disaster office said. The group is the remnant of the fighters who "
        'laid siege to Marawi in 2017. "We will not give them space to regroup," the '
        "brigade commander said in a statement posted on the army's Facebook page.",
        "M B D",
        "security_operation",
    ),
    (
        "Crowd riots outside Sydney church after bishop stabbed during livestreamed service",
        "Hundreds of people clashed with police outside an Assyrian church in western "
        "Sydney on Monday night after a bishop and a priest were stabbed during a service "
        "that was being streamed online. Police said a 16-year-old boy had been arrested "
        "at the scene and was being held inside the church as the crowd outside demanded "
        "that he be handed over. Officers were pelted with bricks and bottles and several "
        "police cars were damaged, and at least 30 officers were injured, some needing "
        "hospital treatment. Riot squad units used capsicum spray to push people back from "
        "the doors of Christ the Good Shepherd Church in Wakeley. The bishop and the "
        "priest were taken to hospital with injuries that were not thought to be "
        "life-threatening. New South Wales police commissioner Karen Webb declared the "
        "stabbing a terrorist incident on Tuesday morning, citing evidence of a "
        "religiously motivated attack. She appealed for calm.",
        "T V U",
        "stabbing",
    ),
    (
        "Attack on tourists near Pahalgam meadow kills 26; security forces launch hunt",
        "Militants opened fire on tourists in a meadow near Pahalgam in "
        "Indian-administered Kashmir on Tuesday afternoon, killing at least 26 people, "
        "police said, in the deadliest attack on civilians in the region in years. "
        "Witnesses said the gunmen emerged from the pine forest and singled out men among "
        "the visitors, some of whom were on horseback. Survivors were carried down the "
        "slopes on ponies and improvised stretchers, and dozens of the wounded were taken "
        "to hospitals in Anantnag and Srinagar. The army, the paramilitary police and the "
        "Jammu and Kashmir police launched a large search operation in the surrounding "
        "forests, with helicopters deployed. Hundreds of tourists left the valley by road "
        "and air overnight, and airlines added flights out of Srinagar. A little-known "
        "group calling itself The Resistance Front was said by officials to have claimed "
        "the attack. The prime minister cut short a foreign visit.",
        "T V M",
        "shooting",
    ),
    (
        "SDF battles Islamic State cells after prison break attempt in Hasakah",
        "Kurdish-led forces were fighting Islamic State militants around a prison in the "
        "north-east Syrian city of Hasakah for a fourth day on Sunday, after the group "
        "attacked the facility with car bombs in an attempt to free thousands of its "
        "members. The Syrian Democratic Forces said it had retaken several buildings "
        "inside the Ghwayran prison compound, where inmates had seized weapons and taken "
        "guards hostage. US-led coalition aircraft struck militant positions in the nearby "
        "Zuhour neighbourhood, and coalition armoured vehicles were seen in the streets. "
        "The Syrian Observatory for Human Rights, a war monitor, said more than 120 people "
        "had been killed, including at least 77 militants and 39 members of the Kurdish "
        "forces and prison staff. The UN said about 45,000 people had fled their homes in "
        "and around the neighbourhood in freezing temperatures. Families sheltered in "
        "mosques and wedding halls in the city.",
        "T B E M D",
        "prison_assault",
    ),
    (
        "Bomb explodes in packed Kampala street near parliament; twin suicide attacks kill three",
        "Ugandan police sealed off much of central Kampala on Tuesday after two suicide "
        "bombers blew themselves up in the morning rush hour, one near the central police "
        "station and the other on a street leading to parliament, killing three civilians "
        "and wounding at least 33 people, police said. Footage showed cars burning "
        "and office windows blown out on Parliamentary Avenue as workers ran for cover. "
        "Police said a third would-be bomber was shot and wounded by officers as he tried "
        "to detonate explosives in the Nakawa area. Members of parliament were evacuated "
        "from the building. Police spokesman Fred Enanga blamed the Allied Democratic "
        "Forces, a rebel group with roots in Uganda that has pledged allegiance to the "
        "Islamic State. The group's central media wing later claimed the attack. Officers set "
        "up checkpoints around the city centre, where "
        "traffic remained at a standstill into the afternoon.",
        "T E",
        "bombing",
    ),
]
