"""Positives of dev69: Mali (the FAMa, JNIM, the Islamic State in the Sahel, Wagner and the Africa
Corps, the Tuareg-led rebels, Dozo militias, MINUSMA, Bamako).

Each item: (title, text, tag codes, kind); tag codes from eval/conflictset TAG_CODES.
"""

POSITIVES = [
    (
        'Mali army says air strikes "neutralised" 24 terrorists near Dioura',
        "The Malian Armed Forces (FAMa) said on Tuesday that aerial strikes carried out over "
        'the weekend in the Ségou region had "neutralised" 24 terrorists and destroyed two '
        "logistics bases near Dioura. In a communiqué read on the state broadcaster ORTM, the "
        'general staff said the strikes followed "precise intelligence" on a gathering of armed '
        "elements in the Wagadou forest. Motorbikes, weapons and fuel stocks were also "
        "destroyed, it said. The army gave no information on its own losses, and the claims "
        "could not be independently verified. It was the third such communiqué from the general "
        "staff this month. Residents of Dioura said they had heard aircraft overhead for much "
        "of Sunday night.",
        "M E",
        "air strikes",
    ),
    (
        "JNIM blockade cuts Timbuktu off as prices of rice and fuel double",
        "Residents of Timbuktu say the city has been cut off from the rest of Mali since the "
        "al-Qaeda-linked JNIM announced a blockade of the region in August. Lorries from Mopti "
        "and from Algeria no longer arrive, and the price of a 50-kilogram bag of rice has almost "
        "doubled, traders told AFP by telephone. The jihadists have warned transporters that any "
        "vehicle trying to enter will be burnt. Aid agencies say tens of thousands of people who "
        "had already fled the surrounding villages depend on food distributions that convoys can "
        "no longer bring in. Last week a boat bringing goods from Mopti was stopped upstream and "
        "its cargo set on fire, a boatman said.",
        "T H",
        "blockade",
    ),
    (
        "Rockets fired at passenger boat on the Niger river, government says 49 civilians dead",
        "At least 49 civilians and 15 soldiers were killed on Thursday when a passenger boat of "
        "the state shipping company was attacked on the Niger river near Bourem, Mali's "
        'transitional government said. "Armed terrorist groups" fired at least three rockets at '
        "the vessel, the Tombouctou, which was sailing from Gao to Mopti, hitting its engine, "
        "survivors said. Many of the passengers were women and children travelling home for the "
        "school year. A national mourning period of three days was declared.",
        "T E V",
        "attack on boat",
    ),
    (
        "Villagers describe executions after soldiers and foreign fighters raid Moura market",
        "Residents of Moura, in central Mali, say hundreds of men were rounded up and shot after "
        "soldiers and white foreign fighters landed by helicopter during the weekly market on "
        'Sunday. "They took the men in groups to the edge of the village and executed them," a '
        "trader who fled to Mopti told Reuters. The army said in a statement that it had "
        '"neutralised 203 terrorists" in an operation in the area and arrested 51 others. '
        "Diplomats identify the foreign fighters as Russians of the Wagner group; rights groups "
        "said many of those killed appeared to be civilians. The UN human rights office asked to "
        "be given access to the village.",
        "M V",
        "massacre",
    ),
    (
        "Tuareg-led rebels say dozens of Wagner fighters killed at Tinzaouatene",
        "Fighting between the Malian army, backed by Russian fighters of the Wagner group, and "
        "the Tuareg-led rebels of the CSP-DPA went on for a third day on Saturday near "
        "Tinzaouatene, close to the Algerian border. The rebels said they had killed dozens of "
        "Russian and Malian soldiers and captured armoured vehicles during a sandstorm. A "
        'Telegram channel close to Wagner acknowledged "heavy losses". The army said its column '
        'had come under attack while pulling back and had "inflicted considerable losses on the '
        'assailants".',
        "B",
        "battle",
    ),
    (
        "Drone strike on crowded fuel stop near Algerian border kills 21 civilians",
        "A drone strike on Sunday killed at least 21 civilians, 11 of them children, at a "
        "pharmacy and fuel stop crowded with travellers in Tinzaouatene, according to local "
        "officials and the rebel alliance that controls the area. Witnesses said the drone fired "
        "twice at people queuing for petrol and medicine. The Malian army said on state "
        'television it had carried out "precise strikes" on "terrorist targets" in the sector.',
        "E M V",
        "drone strike",
    ),
    (
        "Suicide car bombs hit Kati camp, a short drive from Bamako",
        "Jihadists attacked the Kati military camp, 15 kilometres from Bamako, at dawn on "
        "Friday with two vehicles packed with explosives, the army said. One soldier was killed "
        'and six were wounded, while seven assailants were "neutralised", the general staff '
        'said in a statement describing a "terrorist attack". JNIM, al-Qaeda\'s branch in the '
        "Sahel, claimed the assault, saying it was retaliation for the army's cooperation with "
        "Wagner. Residents said heavy gunfire went on for more than an hour after the blasts.",
        "T E B",
        "suicide attack",
    ),
    (
        "Gunfire in Bamako as assailants attack gendarmerie school and airport base",
        "Heavily armed men attacked a gendarmerie training school in Bamako's Faladié district "
        "and a military base at the airport at dawn on Tuesday, in the first major assault on the "
        "capital in years. Exchanges of fire lasted several hours, and plumes of black smoke rose "
        "over the airport zone, where residents said an aircraft of the presidential fleet had "
        'been set alight. The general staff said the situation was "under control" and that a '
        "number of assailants had been arrested. JNIM claimed the attack in a message on its "
        "channels.",
        "T B",
        "attack on military school",
    ),
    (
        "Bus hits explosive device on Boni-Hombori road, killing 11 travellers",
        "Eleven passengers were killed and several wounded when their bus struck an improvised "
        "explosive device between Boni and Hombori, in the Mopti region, on Wednesday morning, "
        "local officials said. The vehicle was carrying traders to the weekly fair of Hombori. "
        'The government condemned "a cowardly terrorist act" and said the device had been buried '
        "in the dirt road overnight.",
        "E T",
        "roadside bomb",
    ),
    (
        "Men dressed as Dozo hunters kill more than 150 Fulani villagers in Ogossagou",
        "Gunmen dressed as Dozo hunters attacked the Fulani village of Ogossagou in central Mali "
        "at dawn on Saturday, killing more than 150 people, including women and children, and "
        "burning huts and granaries, local officials said. The authorities blamed the "
        "self-defence militia Dan Na Ambassagou, which recruits among Dogon farmers and accuses "
        "the Fulani of sheltering jihadists. The government announced the dissolution of the "
        "militia the next day. Survivors said the attackers had surrounded the village before "
        "dawn.",
        "V",
        "massacre",
    ),
    (
        "Thousands pour into Ménaka as Islamic State fighters raid villages",
        "More than 30,000 people have fled into the town of Ménaka since March as fighters of the "
        "Islamic State in the Sahel raided villages across the region, according to UN "
        "humanitarian figures. Local officials said hundreds of civilians, most of them Daoussak "
        "herders, had been killed in attacks around Tamalat, Inchinane and Andéramboukane. "
        "Families sleep under trees and in classrooms, and the town's water points can no longer "
        "meet demand, OCHA said.",
        "D H T V",
        "displacement",
    ),
    (
        "Jihadists encircle Farabougou as army sends reinforcements by land and air",
        "For three weeks, fighters of the Katiba Macina, a unit of the jihadist alliance JNIM, "
        "have encircled Farabougou, a farming village of the Niono cercle, cutting its roads and "
        "preventing villagers from reaching their fields, local elected officials said. The army "
        "said on Thursday it had sent reinforcements by road and by helicopter, and that its "
        "units had come under fire as they approached the village. A resident reached by "
        "telephone said food was running out and that the wounded could not be evacuated.",
        "B T H M",
        "siege",
    ),
    (
        "Malian army and Wagner enter Kidal after days of clashes with rebels",
        "The Malian army said on Tuesday it had taken control of Kidal, the stronghold of the "
        "Tuareg-led rebels, for the first time in nearly a decade. The column, accompanied by "
        "fighters of the Wagner group, advanced after several days of clashes at Anefis and drone "
        "strikes on rebel positions in the town. The rebels of the CSP said they had withdrawn "
        '"for strategic reasons". Aid workers said most of the town\'s inhabitants had fled '
        "towards the Algerian border before the troops arrived. In Bamako, hundreds of people "
        "gathered at the Independence Monument to celebrate the news.",
        "M B E D",
        "offensive",
    ),
    (
        "Village chief and two councillors abducted by unidentified armed men near Macina",
        "Unidentified armed men abducted the chief of a village in the Macina cercle and two "
        "municipal councillors on Sunday evening, local sources told Studio Tamani. The men "
        "arrived on motorbikes at the time of evening prayer, fired shots in the air and led the "
        "three away towards the bush, a relative said. No group has claimed the abduction, but "
        "jihadists of the Katiba Macina have seized several local leaders they accuse of working "
        "with the army in the area.",
        "V",
        "abduction",
    ),
    (
        "Security forces fire on protesters in Bamako, opposition says 11 killed",
        "Mali's security forces opened fire on demonstrators in Bamako over the weekend, killing "
        "at least 11 people, after protesters demanding the president's resignation occupied the "
        "state broadcaster and set fire to part of the National Assembly. The opposition "
        "coalition M5-RFP said several of its leaders had been arrested and that the special "
        "anti-terrorist force FORSAT had been deployed against the crowds. The government spoke "
        'of "acts of vandalism" and appealed for calm.',
        "U",
        "crackdown",
    ),
    (
        "Two Chadian peacekeepers killed as MINUSMA convoy hits mine near Tessalit",
        "Two peacekeepers from Chad were killed and five wounded on Monday when their vehicle "
        "struck an improvised explosive device near Tessalit, in the Kidal region, the UN mission "
        "in Mali (MINUSMA) said in a press release. The convoy was escorting lorries between "
        'Kidal and Tessalit. The head of the mission condemned "this cowardly attack" and '
        "recalled that attacks on peacekeepers may constitute war crimes under international law.",
        "E",
        "landmine",
    ),
    (
        "Army convoy ambushed between Gao and Ansongo, no toll given",
        "A supply convoy of the Malian armed forces, escorted by instructors of the Russian "
        "Africa Corps, was ambushed on Tuesday on the road between Gao and Ansongo, the general "
        'staff said in a brief statement. The escort "reacted vigorously" and a search of the '
        "area was under way, the statement said, without giving a toll. A local official said the "
        "gunfire lasted about an hour and that several lorries were burnt.",
        "B",
        "ambush",
    ),
]
