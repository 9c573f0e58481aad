"""dev403 positives, part A: the West Bank camps, cities and villages (raids, settlers, detention)."""

POSITIVES = [
    (
        "Three martyrs and 21 injured as occupation forces storm Jenin camp with drones and bulldozers",
        "JENIN, July 3, 2023 (WAFA) - Three young men were killed and 21 others injured, four of them "
        "critically, when large numbers of Israeli occupation forces stormed Jenin refugee camp at dawn "
        "on Monday under the cover of drone strikes, the Ministry of Health said. "
        "WAFA's correspondent reported that at least two drones fired missiles at a house on the edge of "
        "the Hawashin neighbourhood, while armoured bulldozers tore up the main streets leading into the "
        "camp. "
        "Fierce exchanges of fire broke out between the invading forces and resistance fighters in the "
        "Damaj and Jabriyat quarters, and explosions were heard across the city. "
        "The Palestine Red Crescent Society said its ambulances were prevented from reaching the "
        "wounded for more than two hours and that one of its paramedics was hit by shrapnel. "
        "Jenin Governmental Hospital declared a state of emergency and appealed for blood donations of "
        "all types. "
        "Electricity and water were cut to large parts of the camp after the bulldozers damaged the "
        "networks, the municipality said. "
        "The Israeli army said in a statement that it had launched what it called an extensive "
        "counterterrorism operation in the camp and had struck a joint operations room. "
        "Presidency spokesman Nabil Abu Rudeineh described the assault as a new war crime against "
        "the Palestinian people and called on the international community to intervene immediately.",
        "B E M",
        "raid",
    ),
    (
        "Families leave Nur Shams camp on foot as the army widens its operation in Tulkarm",
        "TULKARM, February 10, 2025 (Ma'an) - Hundreds of families left Nur Shams refugee camp east of "
        "Tulkarm on Sunday carrying what they could on foot, after the Israeli army ordered residents of "
        "several neighbourhoods to evacuate through loudspeakers mounted on military jeeps. "
        "Ma'an's correspondent said soldiers took over at least a dozen homes and turned them into "
        "military posts and sniper positions overlooking the camp's alleys. "
        "Bulldozers demolished the entrance of the Manshiyeh quarter and destroyed parts of the sewage "
        "network, leaving streets flooded. "
        "The displaced were taken in by relatives in the city and the villages of Anabta and "
        "Kafr al-Labad, while others found shelter in mosques and in a school run by UNRWA. "
        "“We left with the clothes we were wearing, we did not even lock the door,” said Umm Ahmad, "
        "a mother of five, speaking from a classroom in the town of Dhinnaba. "
        "Governor Abdullah Kmeil said the operation, now in its second week, had emptied large parts of "
        "both Tulkarm camp and Nur Shams. "
        "The Israeli army has said the operation targets armed groups and will continue for as long as "
        "necessary. "
        "UNRWA said the scale of displacement from the northern West Bank camps was the largest since "
        "1967.",
        "M D",
        "displacement_raid",
    ),
    (
        "Settlers torch homes and cars in Huwara under army protection; one killed in neighbouring village",
        "NABLUS, February 27, 2023 (WAFA) - Hundreds of settlers attacked the town of Huwara and the "
        "villages of Za'tara, Burin and Asira al-Qibliya south of Nablus on Sunday night, setting fire "
        "to homes, vehicles and shops, local officials said. "
        "Sameh Aqtash, 37, was killed by settler gunfire in Za'tara, the Ministry of Health said, and "
        "nearly 100 people were treated for wounds, burns and tear gas inhalation. "
        "Ghassan Daghlas, who monitors settlement activity in the northern West Bank, said about 30 "
        "homes were burned, some with families still inside, and more than 100 cars were set alight. "
        "Residents said soldiers stood by as the settlers moved from street to street and fired tear "
        "gas at people who tried to put out the fires. "
        "Firefighters from Nablus were delayed at the Huwara checkpoint, according to the civil "
        "defence. "
        "“They came in groups with petrol and stones, and the army was behind them,” said a resident "
        "who asked not to be named. "
        "The Foreign Ministry called the attack an organised pogrom and demanded international "
        "protection for Palestinians. "
        "The rampage followed the killing of two Israeli brothers at the Huwara junction earlier in the "
        "day.",
        "V",
        "settler_attack",
    ),
    (
        "Young man killed as settlers attack Turmus Ayya and burn homes",
        "RAMALLAH, June 21, 2023 (Al-Quds) - A 27-year-old man was killed and 12 other people were "
        "injured on Wednesday when settlers stormed the village of Turmus Ayya north-east of Ramallah and "
        "set fire to houses, cars and farmland, the Health Ministry and local council said. "
        "Omar Qatin died of a bullet wound to the chest at the Palestine Medical Complex in Ramallah. "
        "The head of the village council, Lafi Shalabi, said settlers arrived from the direction of the "
        "Shilo settlement bloc in at least 15 vehicles and split into groups across the village. "
        "Around 30 homes and 60 vehicles were torched, he said, and several families had to climb out "
        "through back windows as the flames spread. "
        "Many of the village's residents hold American citizenship, and several of the damaged homes "
        "belong to families who spend their summers there. "
        "Villagers said Israeli troops who arrived later fired tear gas and live rounds towards young "
        "men who were trying to confront the settlers. "
        "The Ministry of Foreign Affairs held the Israeli government fully responsible and called on "
        "Washington to protect its citizens.",
        "V",
        "settler_attack",
    ),
    (
        "Detainee from Hebron dies in Israeli custody; prisoners' bodies cite beatings",
        "RAMALLAH, November 14, 2023 (WAFA) - A detainee from Hebron died in Israeli custody days after "
        "his arrest, the Commission of Detainees' Affairs and the Palestinian Prisoners' Society said in "
        "a joint statement on Tuesday. "
        "Abdul Rahman Mar'i, 33, had been held in Megiddo prison, and fellow prisoners released this week "
        "told lawyers that he had been severely beaten by guards during a cell search. "
        "The two bodies said his death brought to six the number of prisoners who have died in Israeli "
        "prisons and detention camps since October 7. "
        "They said guards had been using dogs, stun grenades and beatings against detainees, and that "
        "food, water and medicine had been cut. "
        "The Israel Prison Service said a prisoner had died and that the circumstances were being "
        "examined, without giving further details. "
        "The Prisoners' Society said the number of Palestinians held in Israeli jails had risen to more "
        "than 7,000, including hundreds held without charge. "
        "Mar'i's family demanded an independent autopsy with the participation of a Palestinian doctor. "
        "The commission called on the International Committee of the Red Cross to resume its visits to "
        "detainees.",
        "V",
        "death_in_detention",
    ),
    (
        "Photojournalist shot in the leg while covering army raid in Nablus",
        "NABLUS, October 25, 2022 (Palestine TV) - A Palestinian photojournalist was shot in the leg by "
        "Israeli soldiers on Tuesday while covering a military raid on the old city of Nablus, the "
        "Palestinian Journalists' Syndicate said. "
        "The syndicate said the journalist, who works for a local news website, was wearing a vest "
        "clearly marked “PRESS” and was standing with colleagues near the Clock Square when he was hit. "
        "He was taken to Rafidia hospital, where his condition was described as stable. "
        "Five Palestinians were killed and more than 20 were injured in the raid, which targeted members "
        "of an armed group known as the Lions' Den, according to the Ministry of Health. "
        "Witnesses said heavy exchanges of fire lasted for about three hours, and a house in the Yasmina "
        "quarter was blown up. "
        "The syndicate said it had documented more than 400 violations against journalists by "
        "occupation forces this year, and that it would take the case to the International Federation "
        "of Journalists. "
        "The Israeli army did not comment on the shooting of the journalist. "
        "Colleagues of the wounded photographer staged a brief sit-in outside the hospital on Tuesday "
        "evening.",
        "B M V",
        "raid",
    ),
    (
        "Silwan demolition sparks clashes; residents hurt by rubber bullets and tear gas",
        "JERUSALEM, June 29, 2021 (Ma'an) - Clashes broke out in the al-Bustan neighbourhood of Silwan "
        "in occupied Jerusalem on Tuesday after Israeli municipality bulldozers, escorted by large "
        "numbers of police, demolished a butcher's shop owned by a local family. "
        "The Red Crescent said its crews treated 13 people, including a journalist, for rubber bullet "
        "wounds and tear gas inhalation, and took four of them to hospital. "
        "Young men threw stones and fireworks at the police, who fired stun grenades and sponge-tipped "
        "bullets and chased them through the narrow streets, witnesses said. "
        "Police said several officers were lightly hurt and that four residents were arrested for "
        "disturbing the peace. "
        "The Wadi Hilweh Information Centre said about 1,500 people in al-Bustan are threatened with "
        "displacement under a municipal plan to build a tourist park on the site. "
        "Fakhri Abu Diab, a member of the neighbourhood committee, said families would not leave "
        "“even if they demolish the houses over our heads”. "
        "The Jerusalem Governorate said the demolition was part of a policy of emptying the city of its "
        "Palestinian residents.",
        "U M",
        "demolition_clashes",
    ),
    (
        "Worshippers beaten and hundreds arrested as police storm Al-Aqsa prayer hall",
        "JERUSALEM, April 5, 2023 (WAFA) - Israeli police stormed the Qibli prayer hall of Al-Aqsa Mosque "
        "before dawn on Wednesday, firing stun grenades and tear gas and beating worshippers who had "
        "stayed inside for the Ramadan i'tikaf, witnesses and the Islamic Waqf said. "
        "The Palestine Red Crescent said its teams treated 37 people for injuries from batons, rubber "
        "bullets and gas, and that police prevented paramedics from entering the compound. "
        "Police said about 350 people were arrested and removed in buses, describing those inside as "
        "lawbreakers who had barricaded themselves with fireworks and stones. "
        "Videos circulated on social media showed officers striking people lying on the floor with "
        "batons and rifle butts. "
        "The Waqf said windows of the prayer hall were smashed and the contents of the mosque's clinic "
        "were destroyed. "
        "Protests and clashes spread later in the day to several West Bank cities, where young men "
        "threw stones at army checkpoints. "
        "Rockets were fired from Gaza towards southern Israel after the raid, and the Israeli army "
        "responded with strikes on what it said were Hamas sites. "
        "The Arab League called an emergency meeting for later in the week.",
        "U E",
        "crackdown",
    ),
    (
        "Lions' Den commander among three killed in Nablus old city siege",
        "NABLUS, August 9, 2022 (Al-Quds) - Three Palestinians, among them a well-known fighter wanted by "
        "Israel for months, were killed and at least 40 others injured when Israeli forces surrounded a "
        "house in the old city of Nablus on Tuesday morning, the Health Ministry said. "
        "Special forces entered the Kraion quarter in civilian cars before dawn, followed by dozens of "
        "armoured vehicles, and a gun battle lasting more than three hours followed, residents said. "
        "The army fired shoulder-launched missiles at the house, setting it ablaze, after the men inside "
        "refused to surrender. "
        "Young men confronted the troops with stones and burning tyres in several streets, and "
        "soldiers responded with live fire and tear gas. "
        "Tens of thousands of people later took part in the funeral procession, which set off from "
        "Rafidia hospital to the old city, with gunmen firing into the air. "
        "A general strike was declared in Nablus and several other cities in mourning. "
        "The Israeli military said the wanted man had been behind a series of shooting attacks on "
        "soldiers and settlers.",
        "B M U",
        "raid",
    ),
    (
        "Forty thousand displaced as operation in the northern camps enters its second month",
        "RAMALLAH, February 24, 2025 (Palestine TV) - Some 40,000 Palestinians have been forced from their "
        "homes in the Jenin, Tulkarm and Nur Shams refugee camps since the Israeli army began its "
        "operation in the northern West Bank a month ago, UNRWA said on Monday. "
        "Israeli Defence Minister Israel Katz said the army had been instructed to stay in the camps "
        "for the coming year and not to allow residents to return. "
        "Tanks were deployed in Jenin for the first time in more than two decades on Sunday, Palestine "
        "TV's correspondent reported. "
        "The Jenin municipality said more than 120 buildings had been destroyed or burned in the camp, "
        "and that water had been cut off for weeks. "
        "Displaced families are staying in university dormitories, mosques and rented flats in Jenin "
        "city and the surrounding villages, with aid distributed by the Red Crescent and local "
        "charities. "
        "The Ministry of Health said at least 60 Palestinians had been killed in the northern West "
        "Bank since the start of the operation, among them children and women. "
        "The Palestinian presidency warned that the aim was to erase the refugee camps and their "
        "status.",
        "M D H",
        "displacement_raid",
    ),
    (
        "Settlers raid Masafer Yatta hamlet, injure elderly shepherd and drive out families",
        "HEBRON, October 12, 2024 (WAFA) - A group of masked settlers attacked the hamlet of Khirbet "
        "Zanuta in Masafer Yatta, south of Hebron, on Saturday, beating an elderly shepherd and smashing "
        "the solar panels and water tanks of several families, local activists said. "
        "Fuad al-Amour, coordinator of the Protection and Steadfastness Committee, said the 70-year-old "
        "shepherd suffered head injuries and broken ribs and was taken to a hospital in Yatta. "
        "The settlers, some of them in army uniform, also released their sheep into the villagers' "
        "cultivated plots and stole a tractor, he said. "
        "Three families loaded their belongings on trucks and left for the town of a-Dhahiriya after "
        "the attack, saying they could no longer stay. "
        "The United Nations has recorded dozens of herding communities in Area C that have been emptied "
        "over the past year because of settler violence and access restrictions. "
        "Israeli police said they had received a complaint and were investigating. "
        "The Palestinian Colonisation and Wall Resistance Commission said settlers had carried out more "
        "than 1,400 attacks across the West Bank since the start of the year.",
        "V D",
        "settler_attack",
    ),
    (
        "Olive pickers attacked and chased from their groves in Burin as harvest season opens",
        "NABLUS, October 19, 2022 (Ma'an) - Settlers attacked Palestinian farmers picking olives on the "
        "lands of Burin, south of Nablus, on Wednesday, injuring five of them with stones and clubs and "
        "stealing their harvest, the local council said. "
        "Volunteers from a solidarity campaign who had joined the families were also assaulted, and an "
        "Israeli activist was taken to hospital with a head wound. "
        "Residents said about 20 settlers came down from the hilltop outpost above the village, some of "
        "them armed, and set fire to a dozen olive trees. "
        "Israeli soldiers then arrived and fired tear gas at the farmers, ordering them to leave the "
        "area, which they declared a closed military zone. "
        "“We waited all year for these days, and now we go home with nothing,” said Abu Nasser, 64, who "
        "has tended his family's grove for five decades. "
        "The Palestinian Colonisation and Wall Resistance Commission recorded more than 50 settler "
        "attacks on harvesters in the first two weeks of the season. "
        "The Ministry of Agriculture renewed its call for international volunteers to accompany farmers "
        "in areas near settlements.",
        "V",
        "settler_attack",
    ),
    (
        "Drone strike on car in Tubas kills two; army says it targeted armed cell",
        "TUBAS, January 14, 2025 (Al-Quds) - Two young men were killed when an Israeli drone fired a "
        "missile at a car in the town of Tammun, south of Tubas, on Tuesday afternoon, the Health "
        "Ministry said. "
        "Residents said the car was struck on the main road near the town's boys' school shortly before "
        "pupils left for the day, and that a passer-by was lightly hurt by shrapnel. "
        "Israeli forces then stormed the town with military vehicles and a bulldozer, and confrontations "
        "broke out with young men in several neighbourhoods. "
        "The army said in a statement that an aircraft had struck a terrorist cell that had been "
        "planning attacks in the area. "
        "Drone and air strikes, rare in the West Bank for almost two decades, have become frequent in "
        "the northern areas since the war on Gaza began. "
        "The mayor of Tammun said the raid lasted into the night and that several homes were searched "
        "and damaged. "
        "Schools in the town were closed on Wednesday in mourning.",
        "E M",
        "airstrike",
    ),
    (
        "Security forces open fire at Jenin camp fighters as PA campaign enters third week",
        "JENIN, December 30, 2024 (Ma'an) - Palestinian security forces exchanged fire with gunmen in "
        "Jenin refugee camp on Monday as their campaign against armed groups in the camp entered its "
        "fourth week, Ma'an's correspondent reported. "
        "A member of the security services was killed by a sniper's bullet near the camp's eastern "
        "entrance, bringing to six the number of security personnel killed since the operation began, "
        "security spokesman Brigadier General Anwar Rajab said. "
        "He said forces had arrested several wanted men and dismantled explosive devices planted in the "
        "alleys. "
        "The Jenin Brigade accused the security services of besieging the camp, cutting electricity and "
        "water and shooting at residents. "
        "A 19-year-old woman journalism student was killed near her home in the camp over the weekend, "
        "and her family blamed the security forces, which denied responsibility. "
        "Dozens of families left the camp for neighbouring villages during the fighting, the camp's "
        "services committee said. "
        "Fatah called for calm, while Hamas and Islamic Jihad called on the authority to end the "
        "operation.",
        "B M D",
        "internal_clashes",
    ),
    (
        "Gunmen open fire on army post near Jenin; soldiers return fire in the village",
        "JENIN, May 22, 2023 (Palestine TV) - Palestinian gunmen opened fire on an Israeli army post "
        "at the entrance of the village of Jalameh north of Jenin late on Sunday, and soldiers returned "
        "fire and pursued the attackers into the village, Palestine TV reported. "
        "The Jenin Brigade said in a statement that its fighters had targeted the post with bursts of "
        "gunfire and returned safely. "
        "The Israeli army said shots were fired at troops and that no soldiers were hurt. "
        "Reinforcements then entered the village, where clashes with armed young men continued for "
        "about an hour, according to witnesses. "
        "A 17-year-old boy was wounded in the abdomen and taken to Ibn Sina hospital in Jenin, where "
        "doctors said his condition was moderate. "
        "Soldiers searched several homes and detained two men, the family said. "
        "The Jalameh crossing, used by Palestinian citizens of Israel to shop in Jenin, was closed for "
        "several hours.",
        "B",
        "armed_clash",
    ),
    (
        "Boy, 14, shot dead in Azzun as troops raid town in search of stone-throwers",
        "QALQILYA, January 27, 2024 (WAFA) - A 14-year-old boy was shot dead by Israeli soldiers on "
        "Saturday evening during a raid on the town of Azzun, east of Qalqilya, the Health Ministry said. "
        "Witnesses said troops entered the town in several jeeps and fired live ammunition at a group of "
        "young people gathered near the main roundabout. "
        "The boy was hit in the back and died shortly after arriving at Darwish Nazzal hospital in "
        "Qalqilya, doctors said. "
        "Two other youths were wounded, one of them seriously. "
        "The Israeli army said soldiers had opened fire at suspects who hurled stones and firebombs at "
        "vehicles on Route 55. "
        "Defense for Children International Palestine said the killing was the latest of dozens of "
        "children shot dead in the West Bank in recent months. "
        "His classmates carried his body through the streets of Azzun on Sunday morning, and the town's "
        "shops closed in mourning.",
        "M V",
        "raid",
    ),
]
