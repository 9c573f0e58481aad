"""dev309 positives, part b: IS and other armed attacks, clashes, and protests met with force.

POSITIVES = [(title, text, tag codes, kind), ...]; codes from eval/conflictset TAG_CODES.
"""

POSITIVES = [
    (
        "Islamic State ambush kills four soldiers near Kirkuk, officers say",
        "Four Iraqi soldiers, including a lieutenant, were killed and three others wounded when Islamic State fighters attacked an army post in the Wadi al-Shay area south of Kirkuk overnight, two security officers said on Sunday. "
        "The militants first detonated a roadside bomb as a patrol moved to reinforce the post, then opened fire with machine guns and sniper rifles, the officers told Shafaq News. "
        "The clash lasted about an hour before the attackers withdrew towards the Hamrin mountains. "
        "Iraqi aircraft later struck suspected hideouts in the valley, the Security Media Cell said, without giving details of casualties. "
        "Wadi al-Shay, a maze of orchards and dry riverbeds, has long served as a refuge for IS cells that survived the group's territorial defeat in 2017. "
        "A Kurdish Peshmerga commander said the gap between federal and Kurdish forces in the disputed areas allowed the group to move freely at night. "
        "The attack was the deadliest on the army in the province this year.",
        "B T E M",
        "ambush",
    ),
    (
        "Gunmen attack Diyala village, killing 11; families flee Muqdadiya farmlands",
        "Islamic State gunmen stormed the village of al-Rashad near Muqdadiya in Diyala province on Tuesday evening, killing at least 11 people and wounding 15 others, local officials said. "
        "The attack began when the militants abducted two men from the village, and when neighbours and relatives went to look for them they were met with gunfire, a member of the provincial council told Shafaq News. "
        "Several of the dead were from one tribe. "
        "On Wednesday, relatives of the victims set fire to houses in the neighbouring village of Nahr al-Imam, which they accused of sheltering the attackers, and dozens of families fled from there towards Baqubah. "
        "Prime Minister Mustafa al-Kadhimi ordered extra troops to the area and said those responsible would be pursued 'wherever they are'. "
        "The IS news agency Amaq claimed the attack. "
        "The parliament speaker warned that Diyala, with its mix of Sunni and Shia tribes, could not afford a return to the sectarian killing of the past decade.",
        "T V D",
        "massacre",
    ),
    (
        "Fifteen IS militants killed in raid on Anbar desert hideouts",
        "Iraqi counter-terrorism forces backed by coalition aircraft killed 15 Islamic State militants in a raid on caves and hideouts in the western Anbar desert, the Iraqi military said on Friday. "
        "Among the dead were several senior commanders, including one wearing an explosive belt, according to a statement from the Joint Operations Command. "
        "Two US service members were wounded during the operation, and five others were injured in falls, US Central Command said. "
        "The raid targeted a network of tunnels in the Wadi Houran area, a vast valley that runs towards the Syrian and Saudi borders. "
        "Troops seized weapons, grenades and documents, and destroyed the hideouts after the fighting ended. "
        "Security expert Ahmed al-Sharifi told Rudaw the raid showed that IS remnants 'are weak but still have people capable of organising'. "
        "The operation came as Baghdad and Washington negotiated the end of the coalition's military mission.",
        "M B E",
        "raid",
    ),
    (
        "Twin blasts at Soleimani memorial in Kerman kill scores",
        "Two explosions tore through crowds marking the anniversary of General Qassem Soleimani's death in the southern Iranian city of Kerman on Wednesday, killing at least 84 people and wounding more than 280, officials said. "
        "The first blast went off about 700 metres from the cemetery where Soleimani is buried, and a second one followed around 15 minutes later as people ran to help the wounded, the interior minister said. "
        "State television showed bodies scattered along a road lined with parked buses. "
        "The Islamic State group claimed responsibility the next day, saying two of its members had detonated explosive belts among the crowd. "
        "Iran declared a day of national mourning, and officials at first blamed Israel and the United States. "
        "Kerman's hospitals appealed for blood donations as long queues formed outside clinics. "
        "It was the deadliest attack in Iran since the 1979 revolution, the Tehran Times said.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Gunman opens fire at Shah Cheragh shrine in Shiraz",
        "At least 13 people were killed, including a woman and two children, when a gunman opened fire on worshippers at the Shah Cheragh shrine in the southern city of Shiraz on Wednesday evening, Iranian state media said. "
        "The attacker entered through a side gate as pilgrims gathered for evening prayers, shooting at visitors and shrine staff before he was wounded and arrested by security guards. "
        "The Islamic State group claimed the attack through its Amaq agency. "
        "Supreme Leader Ayatollah Ali Khamenei said those responsible would be punished and linked the attack to weeks of protests across the country, a connection protesters rejected. "
        "Videos shared by IranWire showed blood on the shrine's marble floor and shoes left behind by fleeing worshippers. "
        "Among the dead was a 10-year-old boy whose parents and brother were also killed. "
        "It was the second attack claimed by IS at the shrine in less than a year.",
        "T V",
        "shooting_attack",
    ),
    (
        "Parliament and Khomeini mausoleum attacked in Tehran; 17 killed",
        "Gunmen and suicide bombers struck Iran's parliament and the mausoleum of Ayatollah Ruhollah Khomeini in Tehran on Wednesday, killing at least 17 people and wounding more than 40 in the first attacks claimed by the Islamic State group in the country. "
        "Four attackers dressed as women entered the parliament's visitor entrance and opened fire on guards and civilians, setting off a siege that lasted several hours. "
        "At about the same time, two attackers stormed the mausoleum in the south of the city; one blew himself up and the other was shot dead, state television said. "
        "Lawmakers continued a session as gunfire echoed in the building, and one posted a photograph of a colleague with his feet on the desk in defiance. "
        "The Revolutionary Guards blamed Saudi Arabia and said 'the spilled blood of the innocent' would be avenged. "
        "The Amaq agency released a video it said was filmed inside the parliament during the attack. "
        "Police later said they had arrested several people suspected of helping the attackers.",
        "T B V",
        "terrorist_attack",
    ),
    (
        "Gunmen fire on military parade in Ahvaz",
        "Gunmen opened fire on a military parade in the south-western city of Ahvaz on Saturday, killing at least 25 people, among them members of the Revolutionary Guards and civilian spectators, including a four-year-old child, state media said. "
        "The attackers, wearing military uniforms, shot from a park behind the reviewing stand as the parade marking the start of the Iran-Iraq war passed by. "
        "Television footage showed soldiers crawling on the ground and spectators fleeing, while a soldier carried a child to safety. "
        "Three of the four attackers were killed at the scene and the fourth died in hospital, officials said. "
        "Both the Islamic State group and an Arab separatist group claimed the attack. "
        "Foreign Minister Mohammad Javad Zarif blamed 'terrorists recruited, trained, armed and paid by a foreign regime'. "
        "Iran summoned the British, Danish and Dutch envoys, accusing their countries of hosting members of the separatist group.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Jaish al-Adl attack on Rask police station kills 11 officers",
        "Eleven police officers were killed and several wounded when fighters of the Sunni militant group Jaish al-Adl attacked a police headquarters in the town of Rask in Sistan-Baluchestan province overnight, Iranian state media said. "
        "The attackers, armed with heavy weapons, clashed with officers for several hours before security reinforcements arrived, the province's deputy governor told IRNA. "
        "Some of the assailants were killed in the fighting, according to the interior ministry. "
        "Jaish al-Adl, which Iran lists as a terrorist organisation, claimed the attack on its Telegram channel. "
        "The group has waged an insurgency for more than a decade in the poor border province, home to the Baluch minority. "
        "The attack came a year after security forces shot dozens of protesters dead in the provincial capital Zahedan, a fact several Baluch activists raised in posts about the raid. "
        "Iran later struck targets it said belonged to Jaish al-Adl inside Pakistan.",
        "B T",
        "armed_attack",
    ),
    (
        "'Bloody Friday' in Zahedan: security forces open fire after prayers",
        "Security forces opened fire on worshippers and protesters after Friday prayers in Zahedan, killing at least 66 people, including children, according to Amnesty International. "
        "Witnesses told IranWire that plainclothes agents and snipers on the roof of a police station near the Makki mosque fired at the crowd, which had gathered to demand justice for a 15-year-old Baluch girl reportedly raped by a police commander in Chabahar. "
        "Some protesters threw stones and set fire to vehicles and a bank. "
        "State media said the head of the provincial intelligence of the Revolutionary Guards was among those killed and blamed 'separatist terrorists'. "
        "Hospitals in Zahedan were overwhelmed, and residents said the wounded were afraid to go to them for fear of arrest. "
        "The senior Sunni cleric Molavi Abdolhamid later said those responsible for the shooting must be tried. "
        "Internet access in the city was cut for days.",
        "U V H",
        "protest_crackdown",
    ),
    (
        "Security forces use live fire as protests spread to Kurdish cities",
        "Security forces fired live ammunition at protesters in the Kurdish cities of Mahabad, Javanrud and Piranshahr over the weekend, killing at least seven people, Kurdish rights groups said. "
        "The unrest has gripped the region since the death in custody of Mahsa Amini, a 22-year-old Kurdish woman arrested by the morality police in Tehran. "
        "Hengaw, a Norway-based rights group, said the Revolutionary Guards had sent armoured vehicles into Mahabad overnight and that heavy gunfire was heard in several districts. "
        "Videos posted online showed young men carrying a wounded protester through a street as shots rang out. "
        "Iranian state media said 'rioters' had attacked government buildings and that a member of the Basij militia was killed. "
        "Hundreds of people have been arrested across Kurdistan province, lawyers said. "
        "In Tehran, students at several universities held protests chanting 'Woman, Life, Freedom', and dozens were detained.",
        "U",
        "protest_crackdown",
    ),
    (
        "Deaths reported as petrol price protests spread across Iran",
        "Iranian security forces have used tear gas and live fire to disperse protests against a sudden rise in petrol prices, and rights groups say dozens of people have been killed in several cities. "
        "Protesters blocked roads, set fire to petrol stations and bank branches, and attacked police posts in towns from Shiraz to Bandar Mahshahr, according to videos shared before authorities cut the internet almost completely. "
        "The Revolutionary Guards said they had 'dealt decisively' with rioters, and state media reported the deaths of several police officers and a member of the Basij. "
        "Amnesty International said at least 106 protesters had been killed in 21 cities. "
        "Supreme Leader Ayatollah Ali Khamenei backed the price increase, which rationed petrol and tripled the cost of every litre above the quota, and blamed 'thugs' for the violence. "
        "The judiciary said more than 1,000 people had been arrested.",
        "U",
        "protest_crackdown",
    ),
    (
        "Protester killed in Khuzestan as water shortage protests enter a week",
        "A young man was shot dead during a protest over water shortages in the town of Shadegan in Khuzestan province, activists and relatives said, the third death reported since the protests began a week ago. "
        "Videos posted online showed security forces firing towards crowds that had blocked a road with burning tyres, and tear gas hanging over the streets of Susangerd and Ahvaz. "
        "Official media said a police officer was also killed and blamed 'rioters' for the deaths. "
        "The protests broke out after taps ran dry in dozens of villages during a heatwave, with temperatures above 50C and the Karun and Karkheh rivers at record lows. "
        "Many residents of the province, home to much of Iran's Arab minority, say the government diverted their water to other regions. "
        "Outgoing President Hassan Rouhani said the grievances were legitimate and sent a team to the province. "
        "Mobile internet has been disrupted across the area, monitors reported.",
        "U",
        "protest_crackdown",
    ),
    (
        "Dozens shot dead on Nasiriyah bridge as troops clear protesters",
        "Iraqi security forces killed at least 25 protesters in Nasiriyah on Thursday when they opened fire to clear the al-Zaytoun and al-Nasr bridges, medical sources and activists said. "
        "More than 200 people were wounded, many by live ammunition, according to the Dhi Qar health directorate, which appealed for blood donors. "
        "The crackdown began before dawn, hours after protesters set fire to the Iranian consulate in Najaf. "
        "Witnesses said troops led by a commander sent from Baghdad the day before fired at people sitting on the bridges. "
        "Tribal fighters later took to the streets to protect the protesters, and the provincial police chief was replaced. "
        "Prime Minister Adel Abdul-Mahdi ordered the commander removed, and Grand Ayatollah Ali al-Sistani, in his Friday sermon, called on parliament to withdraw its support for the government. "
        "Abdul-Mahdi announced his resignation the same day.",
        "U V",
        "protest_crackdown",
    ),
    (
        "Basra protesters set Iranian consulate and party offices ablaze",
        "Protesters in Basra set fire to the Iranian consulate late on Friday and torched the offices of several political parties and armed factions, as anger over polluted water and power cuts boiled over. "
        "Staff were evacuated before the building was stormed, an Iranian foreign ministry spokesman said. "
        "At least 12 protesters have been killed this week in clashes with security forces, and Basra's health directorate said more than 30,000 people had been admitted to hospital with symptoms caused by contaminated tap water since August. "
        "Security forces fired tear gas and live rounds during the week, and several people were shot near the provincial government building, which was also set on fire. "
        "Rockets were fired on Saturday towards Basra airport, near the US consulate, although no damage was reported. "
        "A curfew was imposed across the city, and parliament held an emergency session.",
        "U E",
        "riot",
    ),
    (
        "Six killed as Sulaimani salary protests turn violent",
        "Six people, including a teenage boy, were killed in the Sulaimani area on Tuesday as protests over unpaid public salaries turned violent, local health officials said. "
        "Protesters set fire to the offices of the Kurdistan Democratic Party, the Patriotic Union of Kurdistan and other parties in Ranya, Chamchamal, Kifri and Said Sadiq, and security guards fired at crowds in several towns. "
        "Civil servants in the Kurdistan Region have received only part of their wages for months because of disputes with Baghdad over oil and the budget. "
        "Sulaimani's governor imposed restrictions on movement, and several journalists were detained while covering the protests, the Metro Centre for Journalists' Rights said. "
        "The regional government accused 'saboteurs' of exploiting legitimate demands and said it would investigate the deaths. "
        "The Kurdistan Region's opposition parties called for early elections.",
        "U",
        "riot",
    ),
    (
        "Kirkuk clashes between Kurdish and Arab protesters leave four dead",
        "Four Kurdish protesters were killed and 15 people wounded in Kirkuk on Saturday during clashes between Kurdish residents and Arab and Turkmen protesters over the return of a building to the Kurdistan Democratic Party, officials said. "
        "The trouble began when Arab and Turkmen demonstrators camped outside the building for a week and blocked the Kirkuk-Erbil road; on Saturday Kurdish residents marched to reopen it and the two groups threw stones at each other. "
        "Witnesses said shots were fired and security forces used tear gas. "
        "A curfew was imposed across the city, and the prime minister ordered an inquiry. "
        "The federal court later suspended the handover of the building. "
        "Kurdish leaders accused security forces of shooting at Kurdish protesters, and a motorcycle rider was filmed tearing down a Kurdish flag. "
        "Kirkuk has been disputed between the federal government and the Kurdistan Region since 2003.",
        "U",
        "riot",
    ),
    (
        "Clashes between Iraqi army and YBS fighters in Sinjar displace thousands",
        "Fighting between the Iraqi army and the Sinjar Resistance Units, a Yazidi armed group linked to the PKK, has driven thousands of people from their homes in Sinjar district, officials said on Tuesday. "
        "At least one soldier and several YBS fighters were killed in the clashes, which broke out on Monday in Sinuni and spread to Duguri and nearby villages, according to the Joint Operations Command. "
        "The Kurdistan Region's migration ministry said more than 700 families, about 3,000 people, had fled across the Tigris to displacement camps in Duhok province. "
        "Many of them had returned to Sinjar only recently after living for years in camps after the genocide of 2014. "
        "The army said it was enforcing the 2020 agreement between Baghdad and Erbil on Sinjar, which calls for armed groups to leave. "
        "Yazidi activists called on both sides to stop fighting in residential areas. "
        "Local officials said schools in Sinuni had closed.",
        "B D",
        "clashes",
    ),
]
