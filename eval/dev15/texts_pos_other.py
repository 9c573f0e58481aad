"""dev15 positives: other places, calm or short; more riots and crackdowns; longer texts.

POSITIVES = [(title, text, tag codes, kind), ...].
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives: other places, calm or short
    (
        "Dakar: tyres burn and shops looted after Sonko verdict",
        "Protesters burned tyres, looted shops and set fire to buses in Dakar after opposition leader Ousmane Sonko was sentenced. Police fired tear gas, and nine people were killed, the government said.",
        "U",
        "riot",
    ),
    (
        "Ayacucho: soldiers fire on protesters at airport",
        "Soldiers fired at protesters who tried to take over the airport in Ayacucho, Peru, killing 10 people, health officials said. The protesters were demanding new elections after the ousting of President Pedro Castillo.",
        "U",
        "crackdown",
    ),
    (
        "Polling station burned in Cabo Delgado district",
        "Armed men burned a polling station and voting materials in a village in Cabo Delgado the night before the election, local officials said. Voting did not take place in the area.",
        "V",
        "electoral_violence",
    ),
    (
        "Ceasefire in eastern Congo breaks down as shelling resumes",
        "A ceasefire agreed last week broke down on Sunday as M23 rebels and the army exchanged artillery fire near Masisi, residents said. Hundreds of families who had started to return to their villages turned back.",
        "E D",
        "shelling",
    ),
    (
        "Lower Shabelle: roadside bomb kills district commissioner",
        "A roadside bomb killed a district commissioner and two bodyguards in Lower Shabelle on Monday. Police blamed al-Shabaab.",
        "E T",
        "ied",
    ),
    (
        "Shots at food truck in northern Burkina leave driver dead",
        "The driver of a WFP-contracted truck was shot dead when gunmen fired on a convoy carrying food to Djibo, the agency said. The convoy turned back.",
        "V H",
        "attack_on_aid",
    ),
    (
        "Refugees from Myanmar reach Mizoram after village burned",
        "About 2,000 people from Myanmar's Chin state crossed into India's Mizoram after their village was burned, local officials said. They are staying in community halls.",
        "D V",
        "displacement",
    ),
    (
        "Herders and farmers clash in Plateau state",
        "Gunmen attacked farming villages in Bokkos, Plateau state, on Christmas Eve, killing more than 150 people, local officials said. The attacks were blamed on armed herders. Thousands of villagers fled to the town of Bokkos.",
        "V D",
        "communal_violence",
    ),
    # ---------------------------------------------------------------- positives: more riots and crackdowns
    (
        "Quito: protesters set fire to comptroller's office",
        "Protesters against fuel price rises set fire to the comptroller's office in Quito and clashed with police who fired tear gas from helicopters and armoured vehicles, officials said. President Lenín Moreno moved the government to Guayaquil. Indigenous groups marching into the capital said five of their members had been killed.",
        "U",
        "riot",
    ),
    (
        "Lagos: gunfire at Lekki toll gate protest, Amnesty says",
        "Soldiers opened fire on protesters who had gathered at the Lekki toll gate in Lagos to demand an end to police brutality, Amnesty International said. The lights had been switched off shortly before the shooting. Buildings and police stations across the city were set on fire the next day.",
        "U",
        "crackdown",
    ),
    (
        "Khartoum sit-in broken up, bodies pulled from Nile",
        "Security forces led by the Rapid Support Forces stormed the protest sit-in outside army headquarters in Khartoum at dawn, shooting and beating protesters and burning their tents, doctors said. More than 100 people were killed, and some bodies were pulled from the Nile.",
        "U V",
        "crackdown",
    ),
    (
        "Sulaymaniyah protesters burn party offices over unpaid salaries",
        "Protesters angry over months of unpaid salaries set fire to the offices of several political parties in towns around Sulaymaniyah, and security forces fired at the crowds, killing at least six people, local officials said. The Kurdistan region imposed a curfew.",
        "U",
        "riot",
    ),
    (
        "Bamenda: police fire tear gas at teachers and students",
        "Police fired tear gas and live rounds at teachers and students protesting in Bamenda against the use of French in schools in Cameroon's English-speaking regions, witnesses said. Protesters burned tyres and a police car. At least two people were killed.",
        "U",
        "crackdown",
    ),
    (
        "Jayapura: buildings burned in anti-racism protests",
        "Protesters set fire to the office of the election commission, shops and cars in Jayapura, the capital of Indonesia's Papua province, during protests against racist abuse of Papuan students in Java. Police fired tear gas and the government slowed internet access across the region.",
        "U",
        "riot",
    ),
    (
        "Cap-Haïtien: mobs loot shops as fuel protests spread",
        "Crowds looted shops and set fire to a hotel in Cap-Haïtien and Port-au-Prince after the government announced fuel price rises, and police struggled to clear burning barricades. The government suspended the price rise.",
        "U",
        "riot",
    ),
    # ---------------------------------------------------------------- positives: longer texts
    (
        "Cabo Delgado flash update: new attacks in Macomia and Chiure",
        "SITUATION OVERVIEW. Since 3 February, non-state armed groups have attacked villages in Macomia and Chiúre districts, burning houses, a health post and a church, according to local authorities. At least 67,000 people have left their homes, most of them women and children. Many walked south to Nampula province, where they are staying with host families or in schools. Partners report that displaced families arriving in Eráti district have no food, shelter or water. Two mobile clinics have been suspended because of insecurity on the N1 road. Humanitarian partners are scaling up food distributions and water trucking, but funding covers less than a fifth of needs.",
        "V D H",
        "displacement",
    ),
    (
        "Live: strikes across Ukraine overnight, power cut in Kyiv",
        "07:40 Russia launched more than 400 drones and about 40 missiles at Ukraine overnight, the air force said. 08:05 In Kyiv, a drone hit a nine-storey apartment block in the Sviatoshynskyi district; rescuers say six people were killed. 08:30 Power is off in parts of the capital's left bank after a strike on a substation. 09:10 In Lviv, the mayor says an industrial site was hit. 09:45 Poland scrambled jets as a precaution. 10:20 Zelensky calls on allies for more air defence systems.",
        "E",
        "missile_attack",
    ),
    (
        "In Diffa, a town where the market closes at four",
        "The market in Diffa, in south-eastern Niger, closes at four in the afternoon now. Traders say no one wants to be on the road after dark since fighters from the lake islands began to raid the villages to the east. Last month, men on motorbikes came into a village 20 km away, took the grain and shot two herders who refused to give up their cattle. Families from that village arrived in town the next day on donkey carts. They sleep in a school yard. The mayor says the town has taken in more people than it can feed.",
        "V D H",
        "village_raid",
    ),
]
