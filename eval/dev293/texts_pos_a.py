"""dev293 positives, part A (2014-2023): current armed conflict and political violence as the
Israeli domestic press reports it. (title, text, tag codes, kind); codes in eval/conflictset."""

POSITIVES = [
    (
        "Rockets pound Ashkelon and Ashdod as Iron Dome batteries work through the night",
        "Sirens sounded more than 40 times across Ashkelon, Ashdod and the Eshkol region on Thursday night as Palestinian groups in Gaza fired what the army said were at least 130 rockets at southern Israel. One rocket struck the yard of a house in Ashdod, blowing out windows along the street and lightly injuring a 60-year-old man who had not reached his safe room in time, Magen David Adom said. Another hit an empty kindergarten in Sderot, where municipal workers later swept glass from the classrooms. The Iron Dome system intercepted dozens of projectiles over built-up areas, the IDF Spokesperson's Unit said, while most of the rest landed in open fields. Air force jets struck what the military described as launch sites and weapons stores in Gaza City and Khan Younis overnight. Home Front Command ordered summer camps within 40 kilometres of the Strip to stay closed and banned gatherings of more than 300 people. “My children slept in the shelter for the third night running,” said Ofra, a mother of four in Ashkelon's Barnea neighbourhood. Residents of the Gaza border communities said they had lost count of the alarms.",
        "E M",
        "rocket_fire",
    ),
    (
        "Two killed in stabbing in Jerusalem's Old City; police call it terror attack",
        "Two Israeli men were killed and a woman and a toddler were wounded on Saturday night when a Palestinian assailant stabbed them on HaGai Street in Jerusalem's Old City, police said. The attacker, a 19-year-old from a village near Ramallah, seized a pistol from one of the victims and fired at passers-by before Border Police officers shot him dead. Police spokeswoman Luba Samri described the stabbing as a terror attack and said the man had acted alone. The dead were named as a 22-year-old yeshiva student and a 41-year-old rabbi from Beit Shemesh, who was walking to the Western Wall with his family. The wounded woman, his wife, was taken to Shaare Zedek Medical Center in serious condition; the child was lightly hurt. Witnesses told Ynet that Arab shopkeepers had pulled down their shutters and refused to help the bleeding woman, a claim police said they were checking. Police later barred Palestinians who do not live in the Old City from entering it for two days. It was the latest in a string of knife attacks that has shaken the capital for a week.",
        "T V",
        "stabbing_attack",
    ),
    (
        "Four dead as gunmen open fire at Sarona Market cafe in Tel Aviv",
        "Two Palestinian gunmen dressed in suits opened fire at diners in a cafe at Tel Aviv's Sarona Market on Wednesday evening, killing four people and wounding at least five, police said. The attackers, cousins from the West Bank town of Yatta, sat down and ordered dessert before pulling out makeshift submachine guns, according to an account the police released after reviewing security footage. One of them was shot and wounded by a police officer and taken to Ichilov Hospital, while the other was arrested a short distance away after a chase through the complex. Tel Aviv police chief Chico Edri said officers reached the scene within minutes. Defence officials called it a terror attack and announced that entry permits for 83,000 Palestinians from the West Bank, issued for the Ramadan holiday, were frozen. Hundreds of people were in the market, across the road from the Kirya military headquarters, when the shooting began. “People were running into the kitchens and hiding under the tables,” a waiter told Channel 2 News. Hamas praised the attack but did not claim it.",
        "T V",
        "shooting_attack",
    ),
    (
        "Three teens missing in Gush Etzion believed abducted by Hamas, Netanyahu says",
        "Prime Minister Benjamin Netanyahu said on Sunday that three Israeli teenagers who went missing near the Gush Etzion junction late on Thursday had been kidnapped by Hamas members. The boys, two aged 16 and one 19, were last seen hitchhiking home from their yeshivas, and one of them managed to call the police hotline and whisper “we've been kidnapped” before the line went dead, officials said. Thousands of soldiers, including paratroopers and special forces, were searching the Hebron hills, and the army said it had arrested about 80 Palestinians, many of them Hamas members, in overnight raids in Hebron and surrounding villages. A burned car believed to have been used in the abduction was found in Dura. The army closed the Hebron area to traffic and barred residents from leaving through the Allenby crossing. At the families' homes in Nof Ayalon, Talmon and Elad, relatives asked the public to pray. “We are holding on to hope,” one of the mothers said outside her house. The operation was named Brother's Keeper.",
        "V M",
        "abduction",
    ),
    (
        "Incendiary kites and border riots: Gaza health ministry says 16 killed",
        "Thousands of Palestinians gathered at several points along the Gaza border fence on Friday for the largest of the weekly protests so far, burning tyres, hurling stones and firebombs at troops and flying kites trailing burning rags into Israeli territory, the army said. Soldiers responded with tear gas and live fire, and the Hamas-run health ministry in Gaza said 16 people had been killed and more than 1,400 injured, about 750 of them by gunfire. The IDF said several of those killed were members of Hamas's armed wing and that some had tried to breach the fence near Khan Younis and Jabaliya. On the Israeli side, the kites set fire to wheat fields and a nature reserve near Kibbutz Nahal Oz, where firefighters battled the flames into the evening. Eshkol regional council head Gadi Yarkoni said farmers had lost hundreds of dunams of crops. Military spokesman Ronen Manelis said the army had prevented any infiltration. The protests are expected to continue until mid-May.",
        "U",
        "border_riot",
    ),
    (
        "Islamic Jihad commander killed in Gaza strike; 190 rockets fired at centre and south",
        "Israel killed a senior Islamic Jihad commander in a pre-dawn airstrike on his home in Gaza City's Shejaiya neighbourhood on Tuesday, and the group responded with about 190 rockets fired at communities from Sderot to Tel Aviv, the army said. The military said the commander, Baha Abu al-Ata, had been planning imminent attacks and that his wife was also killed in the strike. Sirens sent hundreds of thousands of people in the Dan region into shelters during the morning rush hour, and a rocket hit a highway near Gedera, narrowly missing a passing car. Another landed in the yard of a house in Netivot. The Home Front Command closed schools from the Gaza border to the Sharon and told employers in the centre to let non-essential workers stay home. The IDF said it had hit rocket launch squads and weapons sites across the Strip through the day. A Syrian statement said an Israeli strike in Damascus had hit the home of another Islamic Jihad official at the same hour. Defence Minister Naftali Bennett said the operation would go on as long as needed.",
        "M E",
        "airstrike",
    ),
    (
        "Lod under curfew after a night of arson, stoning and gunfire",
        "Police imposed a night curfew on Lod on Wednesday after a second night of rioting in which synagogues, cars and homes were set alight and Jewish and Arab residents attacked each other in the streets of the mixed city. A 56-year-old Arab resident was shot dead and a Jewish man was badly hurt when he was struck by a stone, police said. Mayor Yair Revivo told Channel 12 that the city had descended into “civil war” and asked for the army to be sent in. Prime Minister Benjamin Netanyahu declared a state of emergency in Lod, the first such use of emergency powers over an Arab community since 1966, and Border Police companies were brought from the West Bank. Police said 12 suspects had been arrested overnight. Rioters also torched a school and the municipal archive, and the Lod fire service said it had responded to more than 70 calls. In Acre, Jaffa and Bat Yam, crowds also clashed and police used stun grenades to disperse them. Community leaders from both sides appealed for calm on Thursday morning.",
        "U V",
        "communal_riot",
    ),
    (
        "Two women killed as rocket barrage hits Ashkelon apartment block",
        "Two women were killed and dozens of people were hurt on Tuesday when rockets fired from Gaza struck an apartment building and a residential street in Ashkelon, Magen David Adom said. One of the women, a caregiver from India, was looking after an elderly resident who was unable to reach the shelter. Hamas said it had fired 137 rockets at Ashkelon and Ashdod in five minutes, and later launched a barrage at Tel Aviv, where a bus was hit in Holon and residents streamed into stairwells and underground car parks. The air force struck a 13-storey tower in Gaza City that the army said housed Hamas intelligence offices, after residents were warned to leave. Barzilai Medical Center in Ashkelon moved its patients to protected wards. Ben Gurion Airport briefly halted take-offs and landings. The IDF said more than 1,000 rockets had been fired since Monday evening, about 200 of which fell short inside Gaza. The army called up 5,000 reservists.",
        "E M",
        "rocket_fire",
    ),
    (
        "Axe attack in Elad on Independence Day leaves three dead",
        "Three men were killed and four people were wounded on Thursday evening when two assailants armed with an axe and a knife attacked people in a park in the central town of Elad, as Israel marked its 74th Independence Day. The victims, aged 35 to 49, were fathers of 16 children between them, the town's mayor said. Police said the attack was a terror attack and launched a large manhunt with the army and the Shin Bet, setting up roadblocks around the town and deploying helicopters and dogs. The suspects, both from the Jenin area, were believed to have fled into nearby woods. Magen David Adom paramedic Alon Rizkan described the scene as “very difficult”. Prime Minister Naftali Bennett convened a security meeting and said the attackers and those who sent them would pay a price. Defence officials announced that the crossings from the West Bank and Gaza would remain closed until Sunday. It was the fifth deadly attack in Israel in six weeks.",
        "T V",
        "terror_attack",
    ),
    (
        "Southern residents stay in shelters as IDF pounds Islamic Jihad targets in Gaza",
        "Residents of Sderot and the Gaza border communities spent a second day in shelters on Saturday as the army pressed on with what it called Operation Breaking Dawn against Islamic Jihad in the Strip. The IDF said it had struck rocket launchers, weapons workshops and observation posts, and killed the group's commander for southern Gaza in a strike on a building in Rafah. Islamic Jihad fired about 580 rockets and mortar shells since Friday afternoon, the army said, most of them at the south, although sirens also sounded in Tel Aviv and Modiin. Iron Dome intercepted 97 percent of the rockets heading to populated areas, military spokesman Ran Kochav said. In Gaza, the health ministry said 24 people had been killed, including six children, and the army said some had been killed by a misfired rocket in Jabaliya. Hamas stayed out of the fighting. Train services to Sderot and Ashkelon were suspended and beaches in the south were closed.",
        "M E",
        "military_operation",
    ),
    (
        "Seven killed in shooting outside Neve Yaakov synagogue",
        "Seven people were killed and three were wounded on Friday night when a Palestinian gunman opened fire outside a synagogue in the Neve Yaakov neighbourhood of Jerusalem as worshippers were leaving Sabbath prayers, police said. The attacker, a 21-year-old resident of East Jerusalem, moved along the street shooting at passers-by and at people standing on their balconies before he fled in a car and was killed in an exchange of fire with police officers. Police Commissioner Kobi Shabtai called it “one of the worst attacks we have seen in recent years”. Among the dead were a 14-year-old boy and a couple, and a 70-year-old woman, Magen David Adom said. Police raised the alert level across the country and sent reinforcements to Jerusalem. The shooting came a day after nine Palestinians were killed in an army raid in the Jenin refugee camp. In Gaza, crowds handed out sweets to celebrate the attack.",
        "T V",
        "shooting_attack",
    ),
    (
        "Settlers torch homes and cars in Huwara after two brothers shot dead",
        "Hundreds of settlers rampaged through the Palestinian town of Huwara and nearby villages on Sunday night, setting fire to dozens of houses and cars, hours after two Israeli brothers from Har Bracha were shot dead by a Palestinian gunman at the town's main junction. A 37-year-old Palestinian man was killed in nearby Za'atara and about 100 people were hurt, most from tear gas, the Palestinian Red Crescent said. Soldiers were slow to stop the attackers, residents and human rights groups said; the army later said it had been caught off guard by the scale of the violence. Families in Huwara told Haaretz they had sheltered on their roofs as the flames spread to the ground floors. Central Command chief Yehuda Fox called the riot a pogrom. Police said eight suspects had been detained and most released by Monday morning. The Shin Bet was still hunting the gunman who killed the brothers, aged 21 and 19.",
        "V U",
        "settler_attack",
    ),
    (
        "Thousands leave Jenin camp as IDF brigade-size raid enters second day",
        "About 3,000 Palestinians had left the Jenin refugee camp by Tuesday morning as the army pressed on with its largest operation in the northern West Bank in two decades, Palestinian officials said. Some 1,000 soldiers backed by drones and bulldozers entered the camp on Monday, and the army said it had destroyed explosives labs and weapons caches and found tunnel shafts under a mosque. Armed men from Islamic Jihad and Hamas fought troops in the alleys, and the Palestinian health ministry said 12 Palestinians had been killed, most of them gunmen. An Israeli soldier was shot dead in the camp on Tuesday evening. Drone strikes hit what the military described as a joint operations room. The Palestinian Red Crescent said its crews could not reach some of the wounded because bulldozers had torn up the roads, and Jenin's hospital was treating patients in its corridors. Residents who stayed behind said electricity and water had been cut in much of the camp since Monday night.",
        "M B E D H",
        "raid",
    ),
    (
        "Kibbutz Be'eri families search for relatives as scale of the massacre emerges",
        "Survivors of Kibbutz Be'eri said on Monday that more than 100 residents were still unaccounted for, two days after Hamas gunmen, in what the army called the deadliest terror attack in the country's history, broke through the Gaza border fence and went from house to house in the community, killing families in their safe rooms and setting homes on fire. Soldiers were still fighting armed infiltrators in several communities of the western Negev on Monday, and the army said it had not yet regained full control of the border area. Hamas has said it is holding scores of captives in Gaza, among them children, women and elderly people, and families of the missing set up a headquarters in Tel Aviv to gather information. “My mother texted me from the safe room at 10 a.m. and then nothing,” a woman from Be'eri told Ynet. At the Re'im site of the Nova music festival, rescue teams recovered more than 250 bodies. Residents of the kibbutzim were evacuated to hotels at the Dead Sea. Rocket fire at Ashkelon, Sderot and Tel Aviv continued through the day, and the air force struck hundreds of targets in Gaza.",
        "V T B D E M",
        "massacre",
    ),
    (
        "Northern border communities emptied as Hezbollah anti-tank fire intensifies",
        "The government on Friday ordered the evacuation of Kiryat Shmona, adding more than 20,000 people to the tens of thousands already moved out of communities within two kilometres of the Lebanese border. Hezbollah fired anti-tank missiles at houses in Shtula and Metula on Thursday and a barrage of rockets at an army post near Shlomi, the military said. Residents are being housed in hotels in Tiberias, the Dead Sea and Eilat at state expense, and the tourism ministry said about 60,000 people from the north were now displaced. “We left with two suitcases and I don't know when we'll go home,” a teacher from Kiryat Shmona told Kan News at a hotel in Nazareth Illit. Schools in the border towns were closed and the education ministry said it was opening makeshift classrooms in the hotels. The army said it had struck Hezbollah observation posts and launchers in response. A civilian was killed in Shtula on Sunday when an anti-tank missile hit a farm.",
        "D E M",
        "cross_border_fire",
    ),
    (
        "Reservist from Modiin killed in Gaza City fighting laid to rest",
        "Hundreds of people attended the funeral on Monday of Sergeant First Class (res.) Yonatan Levi, 27, from Modiin, who was killed in fighting with Hamas gunmen in the Zeitoun neighbourhood of Gaza City on Saturday. The army said Levi, a member of the Givati Brigade's reconnaissance unit, was shot by a gunman who emerged from a tunnel shaft near a school building, and that two other soldiers were seriously wounded in the same clash. His battalion had been in Gaza since the ground offensive began three weeks earlier. The IDF said its forces had killed dozens of Hamas operatives in the area over the weekend and located weapons in a mosque and a clinic. Levi's sister told mourners that he had called home on Thursday to say he was fine. A friend from the unit, on leave for the funeral, said the fighting in the alleys was “house to house”. The military said 46 soldiers had been killed since the start of the ground operation.",
        "B M",
        "battle",
    ),
    (
        "Twenty-one reservists killed when RPG brings down buildings in central Gaza",
        "Twenty-one reservists were killed on Monday when Hamas gunmen fired a rocket-propelled grenade at a tank guarding troops who were preparing two buildings for demolition near the border in central Gaza, setting off mines that brought both buildings down on the soldiers inside, the army said. It was the deadliest single incident for Israeli forces since the ground offensive began. Military spokesman Daniel Hagari said the soldiers had been working to clear a buffer zone so that residents of the border communities could return home. Separately, the army said forces of the 98th Division had encircled Khan Younis and were fighting Hamas battalions in the west of the city. Palestinian officials said thousands of people were fleeing toward Rafah along the coastal road. President Isaac Herzog said the nation's heart was broken. The names of the dead, most of them in their twenties and thirties, were released through the night after their families had been told.",
        "B E M D",
        "battle",
    ),
]
