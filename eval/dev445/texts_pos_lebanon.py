"""dev445 positives (1 of 3): Lebanon, the war of 2024 and its aftermath, Ain al-Hilweh.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset.
"""

POSITIVES = [
    (
        "Israeli strike flattens residential building in Ain al-Delb east of Sidon, dozens dead",
        "An Israeli air strike brought down a six-storey residential building in the village of Ain al-Delb, east of Sidon, on Sunday evening, killing at least 45 people, according to the Health Ministry. Civil Defence teams worked through the night with bulldozers and bare hands to reach families trapped under the slabs, and the ministry said 70 people were wounded. Residents said the building was home to several families who had fled the border villages of Marjayoun and Bint Jbeil over the past week and had moved in with relatives. “There was no warning, nothing, the whole block came down in seconds,” said a neighbour who pulled two children from the rubble. The Israeli army said it had struck a Hezbollah target in the area but gave no details. Hammoud and Labib hospitals in Sidon called for blood donations as ambulances arrived one after another and beds ran out in the emergency wards. The strike came on a day when Israeli warplanes hit dozens of towns in the south and the Bekaa, and hundreds more families took the coastal road north toward Beirut. By dawn, rescuers had recovered 38 bodies, among them 12 children, while others remained missing.",
        "E D H",
        "airstrike",
    ),
    (
        "Hundreds of thousands flee south Lebanon as Israeli bombardment widens; schools open as shelters",
        "The coastal highway from Tyre to Beirut was jammed for more than 12 hours on Monday as families from the south fled a wave of Israeli air strikes that the Health Ministry said killed 492 people, including 35 children, in a single day. Cars loaded with mattresses, gas cylinders and elderly relatives crawled past Sidon, where drivers said a trip that usually takes an hour and a half had taken nine. The Israeli army said it had launched an extensive campaign of strikes on some 1,300 Hezbollah targets and warned residents of villages in the south and the Bekaa to leave homes it said were used to store weapons. The Education Ministry ordered public schools in Beirut, Mount Lebanon and the north to open their doors, and by nightfall 89 schools had been turned into shelters for about 27,000 displaced people, according to the Disaster Risk Management Unit. Volunteers in Hamra and Achrafieh handed out sandwiches, water and blankets to families sleeping in their cars along the Corniche. “We left with the clothes we were wearing,” said a woman from Nabatieh sitting on a pavement with her three sons. UN agencies said they were rushing food and hygiene kits to the shelters and appealed for funding. Caretaker Prime Minister Najib Mikati called the bombardment a war of extermination and said his government was drawing up an emergency plan.",
        "E M D H",
        "displacement",
    ),
    (
        "Israeli strike cuts Masnaa road as families cross into Syria on foot",
        "An Israeli strike on Friday left a deep crater across the international road near the Masnaa crossing, the main border point between Lebanon and Syria, forcing thousands of people fleeing the bombardment to cross on foot. The Israeli army said the road was being used by Hezbollah to move weapons from Syria, an allegation the Lebanese transport minister rejected. Families carried suitcases and children over the mounds of earth and rubble, then walked about four kilometres to the Syrian side, where buses were waiting. According to Lebanon's General Security, more than 300,000 people, most of them Syrians who had been living in Lebanon and about a third Lebanese, have crossed into Syria since the escalation began late last month. The UN refugee agency said its teams at the border were handing out water, blankets and high-energy biscuits, and that the closure of the road would make the journey far more dangerous for the elderly and the sick. “We ran from one war into the road of another,” said a Syrian man from Qusayr who had lived in Tyre for eleven years. Lorries carrying aid from Syria could no longer use the crossing, the Syrian Arab Red Crescent said.",
        "E D H",
        "airstrike",
    ),
    (
        "Nine civil defence paramedics killed as strike hits their centre near Baalbek",
        "Nine members of the Lebanese Civil Defence were killed on Thursday night when an Israeli strike hit their centre in the town of Douris, on the southern edge of Baalbek, the directorate said. The paramedics had just returned from a rescue mission in a nearby village and were resting in the building when it was hit, said the head of the regional office, who described the centre as “a civilian facility, known to everybody in the area.” Among the dead was the centre's chief, a volunteer for 26 years. The Health Ministry said the strike brought to more than 180 the number of health and rescue workers killed since the escalation began, and accused Israel of deliberately targeting ambulances and first responders. The Israeli army did not comment on the strike. In Baalbek, the governor said hospitals were short of fuel and blood, and that thousands of residents had left for Deir al-Ahmar and the Christian villages of the plain after evacuation orders covering the city. The World Health Organization condemned the attack and said the strikes had forced 40 primary care centres in the Bekaa and the south to close.",
        "E V D H",
        "airstrike",
    ),
    (
        "Hezbollah fighters and Israeli troops clash on outskirts of Khiam as ground push deepens",
        "Hezbollah fighters and Israeli troops fought house-to-house battles on the eastern outskirts of Khiam on Tuesday, as the Israeli army pushed tanks and infantry further into south Lebanon in the third week of its ground operation. Hezbollah said its fighters had destroyed three Merkava tanks with guided missiles near the town's former detention centre and ambushed an infantry unit advancing from the Wazzani plain. The Israeli army said it had killed dozens of fighters and found weapons depots and tunnel shafts in houses in the area, and announced that two of its soldiers had been killed. Israeli artillery shelled Khiam, Ibl al-Saqi and Marjayoun throughout the day, and drones struck cars on the road to Nabatieh. Khiam's mayor, speaking by phone from Beirut, said almost all of the town's 30,000 residents had fled and that the handful of elderly people who stayed behind could not be reached. The Lebanese army withdrew from two observation posts near the border after one of its soldiers was wounded. UNIFIL said its positions near Khiam had come under fire, and that peacekeepers spent several hours in shelters.",
        "B E M D",
        "ground_incursion",
    ),
    (
        "Drone strike on motorcycle kills man in Bint Jbeil district despite truce",
        "A man was killed on Wednesday morning when an Israeli drone struck the motorcycle he was riding on the road between Aynata and Bint Jbeil, the Health Ministry said, the latest in a string of deadly strikes since the ceasefire took effect last November. The state-run National News Agency identified the man as a 37-year-old from Aynata and said a passer-by was wounded by shrapnel. The Israeli army said it had struck a Hezbollah operative who was trying to rebuild the group's infrastructure in the area, which it called a violation of the understandings between Israel and Lebanon. Hezbollah did not comment. President Joseph Aoun called on the United States and France, which sponsor the ceasefire monitoring committee, to put an end to what he called daily violations. According to a tally by the Health Ministry, Israeli strikes have killed more than 330 people in Lebanon since the ceasefire began. Residents of Aynata said the sound of drones never stopped over the village and that parents had kept their children home from school on Wednesday.",
        "E",
        "drone_strike",
    ),
    (
        "Israeli troops open fire on residents trying to return to border villages; 22 killed",
        "Israeli troops opened fire on Sunday on residents trying to return to their villages in south Lebanon on the day the 60-day deadline for Israel's withdrawal expired, killing 22 people and wounding 124, the Health Ministry said. Thousands of displaced people, many carrying flags and pictures of relatives killed in the war, drove and walked toward Kfar Kila, Houla, Mais al-Jabal and Aitaroun, where Israeli forces are still deployed. Witnesses said soldiers fired at the crowds as they pushed past earth barriers at the entrances of the villages. A Lebanese soldier was among the dead, the army said, and its units moved into several villages alongside the residents. The Israeli army said its troops had fired warning shots to remove threats and that suspects approaching the forces had been stopped. Israel had announced that it would keep troops in the south beyond the deadline, saying Lebanon had not fully enforced the agreement. In Houla, families found their houses blown up and the main street bulldozed. “We came to see our land, not to fight anyone,” said a man from Mais al-Jabal whose brother was shot in the leg.",
        "V M D",
        "shooting",
    ),
    (
        "Fighting rages in Ain al-Hilweh after Fatah commander killed; families flee to Sidon",
        "Fighting between Fatah and Islamist militants raged for a third day in Ain al-Hilweh, Lebanon's largest Palestinian refugee camp, on Monday, after the killing of a senior Fatah security commander in an ambush on Sunday. Mohammad al-Armoushi, known as Abu Ashraf, and four of his escorts were shot dead in a car park in the camp, and Fatah accused the militant groups Jund al-Sham and al-Shabab al-Muslim of the killing. Machine-gun fire and rocket-propelled grenades echoed through the narrow alleys, and several shells landed outside the camp, in the Sidon neighbourhoods of Taamir and Villat, the state news agency said. At least 11 people have been killed and around 40 wounded, according to Palestinian medical sources. Hundreds of families fled to mosques, a municipal hall and schools in Sidon, where volunteers handed out mattresses and food. UNRWA said it had suspended its services in the camp and that eight of its schools had been hit or occupied by gunmen. The Lebanese army, which does not enter the camps, reinforced its checkpoints at the entrances. Lebanese and Palestinian officials were meeting in Sidon to try to arrange a truce.",
        "B D H",
        "battle",
    ),
    (
        "Truce collapses in Ain al-Hilweh as gunmen and Fatah fight over schools compound",
        "A truce in Ain al-Hilweh collapsed on Thursday night, as Fatah fighters and Islamist gunmen traded fire around the UNRWA schools compound that the militants have held since the summer. Fatah said it had launched an operation to drive the gunmen out of the schools, which are meant to host 6,000 pupils at the start of the school year, while the militants said they had repelled the attack. Mortar rounds and stray bullets hit the eastern Sidon neighbourhoods near the camp, and one shell landed in the courtyard of a Lebanese army barracks, wounding five soldiers. Medical sources in the camp said six people had been killed and 54 wounded since the fighting resumed. The municipality of Sidon said 2,000 people had taken refuge in its halls and mosques, and residents were asked to avoid the main road along the camp. Shops in Sidon's old souk remained closed, and the Education Ministry moved the official exams of the city's students to Beirut. Hamas and Amal officials said they were trying to restore the ceasefire agreed in Beirut two weeks ago.",
        "B E D",
        "battle",
    ),
    (
        "Israeli jets strike Hermel and Bekaa valley in widest raids since truce",
        "Israeli warplanes carried out a series of strikes on the Bekaa valley and the Hermel area on Thursday, in what Lebanese officials described as the widest wave of raids since the ceasefire of November 2024. The Israeli army said it had launched the wave against training camps of Hezbollah's Radwan force and weapons production sites, and accused the group of rearming in violation of the agreement. Strikes hit the mountains above Janta and Yahfoufa near the Syrian border, the outskirts of Hermel and the village of Sharqi Baalbek, the National News Agency said. The Health Ministry said 12 people were killed, including two Syrian workers at a quarry, and 25 wounded. In Hermel, residents said the explosions shook the town for more than an hour and that schools sent pupils home. Prime Minister Nawaf Salam said the raids were a blow to the efforts of the army, which he said had dismantled hundreds of Hezbollah positions south of the Litani. Hezbollah lawmakers called on the state to act and said the resistance reserved its right to respond.",
        "E M",
        "airstrike",
    ),
]
