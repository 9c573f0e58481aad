"""dev275 positives, part B: sport stories that report current fighting, crackdowns and attacks
(Asia, Africa, Latin America and the Caribbean, the Middle East).

POSITIVES = [(title, text, tag codes, kind), ...]; codes in eval/conflictset/__init__.py.
"""

POSITIVES = [
    (
        "Myanmar goalkeeper refuses to fly home after three-finger salute",
        "Pyae Lyan Aung, a reserve goalkeeper with Myanmar's national football team, has "
        "refused to board the flight home from Japan after raising a three-finger salute of "
        "protest against the military during the anthem before a World Cup qualifier in Chiba. "
        "He told reporters at Kansai airport that he feared for his life if he returned, and "
        "asked the Japanese authorities for protection. Security forces in Myanmar have killed "
        "more than 800 people since the army seized power in February, according to the "
        "Assistance Association for Political Prisoners, firing live rounds at crowds in Yangon "
        "and Mandalay and arresting thousands. The rest of the squad flew out on Wednesday. "
        "“I am ready to face the consequences,” the 27-year-old said. Japan's immigration "
        "agency said it would handle his case appropriately.",
        "U D",
        "crackdown",
    ),
    (
        "Junta jet bombs village football match in Sagaing, killing teenagers",
        "A Myanmar military aircraft dropped two bombs on a football ground in a village in "
        "Sagaing region during a match between local youth teams on Sunday afternoon, killing "
        "at least 11 people, residents and a local resistance group said. Seven of the dead "
        "were under 18, according to a teacher from the village who helped recover the bodies. "
        "Dozens of spectators had gathered for the final of a small tournament organised to "
        "raise money for a school run by the National Unity Government, the shadow "
        "administration formed by ousted lawmakers. The junta, which has relied increasingly on "
        "air power as it loses ground to resistance forces, did not comment. “There were no "
        "soldiers, no fighters, only children playing,” a villager who lost a nephew said. "
        "About 300 residents have since fled into the forest, fearing further strikes.",
        "E V D",
        "air_strike",
    ),
    (
        "Goma's footballers scatter as M23 rebels seize the city",
        "Players from the two clubs of Goma's provincial league have fled to Bukavu, Kigali and "
        "Kinshasa, or are sheltering at home without food, after the M23 rebels, backed by "
        "Rwandan troops, captured the capital of North Kivu this week, officials of the "
        "provincial football league said. Heavy fighting and shelling hit the city from Sunday "
        "to Tuesday, and bodies still lay in the streets on Wednesday, according to the UN. "
        "The Stade de l'Unité, where AS Dauphins Noirs play, was briefly used by fleeing "
        "soldiers of the Congolese army before the rebels took it. The league president said "
        "he had been unable to reach eleven of his players. Hundreds of thousands of people "
        "who had lived in camps around Goma have been forced onto the roads again. Congo's "
        "Linafoot said the season's remaining matches in the east were suspended.",
        "B E D",
        "battle",
    ),
    (
        "Haitian players flee as gangs overrun Port-au-Prince neighbourhood",
        "At least a dozen players from Haiti's first division have fled their homes in the "
        "Carrefour-Feuilles district of Port-au-Prince after gunmen from the Grand Ravine gang "
        "stormed the area, burning houses and shooting residents, the country's football "
        "federation said. The International Organization for Migration said about 5,000 people "
        "had left the neighbourhood in two days, many of them sleeping in schools and a "
        "public square in the city centre. Police exchanged fire with the gang on Tuesday but "
        "have not retaken the area, residents said. Haiti's league has played few matches "
        "since 2022, and the national team plays its home games in Curaçao. “We have players "
        "training in the morning and sleeping in a classroom at night,” a club director said. "
        "The UN estimates that gangs now control about 80% of the capital.",
        "V D B",
        "gang_attack",
    ),
    (
        "PSL exhibition match in Quetta halted after blast near police lines",
        "A Pakistan Super League exhibition match at Quetta's Bugti stadium was suspended on "
        "Sunday after an explosion near the police headquarters a few kilometres away injured "
        "at least five people, officials said. Players including Babar Azam and Sarfaraz Ahmed "
        "were taken off the field and kept in the dressing room for around half an hour while "
        "the area was secured. Balochistan's provincial government said the blast was an act of "
        "terrorism, and police blamed militants who have stepped up attacks on security forces "
        "in the province. The match, the first of its kind in Quetta in 15 years, resumed later "
        "in front of a reduced crowd. The Pakistan Cricket Board said the players were safe. "
        "The banned Tehreek-e-Taliban Pakistan claimed responsibility in a message to "
        "journalists.",
        "T E",
        "bombing",
    ),
    (
        "Manipur's football nurseries empty as ethnic violence drives families out",
        "Manipur has given Indian football more national team players per head than any other "
        "state, but this season's junior leagues have been cancelled after weeks of violence "
        "between the Meitei and Kuki-Zo communities. More than 100 people have been killed "
        "since clashes broke out in early May, and over 50,000 have fled to relief camps, "
        "according to state officials. Mobs have burned houses, churches and police posts, and "
        "armed groups have looted weapons from state armouries. Several academies in "
        "Churachandpur and Imphal have been turned into shelters. “Half of my under-15 squad "
        "are in camps, and two are in Mizoram,” said one coach. The All India Football "
        "Federation has offered trial places in Goa and Kolkata to players from the state. "
        "Internet access remains suspended across Manipur. "
        "In Churachandpur, a Kuki-majority town, the district stadium is now a distribution "
        "point for rice and blankets for families who fled the valley. Several Meitei players "
        "based in the hills have moved to Imphal, and clubs say teams that used to mix players "
        "from both communities have split. “Football was the one place where nobody asked which "
        "side you were on,” a former India international from the state said.",
        "V U D H",
        "communal_violence",
    ),
    (
        "Lebanon suspends football season as Israeli strikes widen",
        "The Lebanese Football Association suspended its league on Wednesday as Israeli air "
        "strikes hit the south of the country, the Bekaa valley and the southern suburbs of "
        "Beirut, killing more than 550 people since Monday, according to the health ministry. "
        "Nejmeh and Al-Ahed, the capital's two biggest clubs, said several players had fled "
        "their homes in Dahiyeh and were staying with relatives in the mountains. Tens of "
        "thousands of people have crossed into Syria. The Israeli military says it is "
        "targeting Hezbollah weapons depots and launchers, and Hezbollah has kept up rocket "
        "fire into northern Israel. Al-Ahed's training ground in Haret Hreik was damaged by a "
        "strike nearby, the club said. Lebanon's national team will play its World Cup "
        "qualifiers in Qatar.",
        "E M D",
        "air_strike",
    ),
    (
        "Gunfire in Buea as separatists try to disrupt Cup of Nations",
        "Cameroonian troops exchanged fire with armed separatists in Buea on Wednesday, near "
        "the training ground used by Mali and Tunisia at the Africa Cup of Nations, residents "
        "and a security source said. Separatist groups fighting for an independent state in "
        "the English-speaking regions had warned that they would target the tournament. A "
        "homemade bomb exploded in Limbe, the other host city in the South West region, on "
        "Monday, without causing casualties. The army said it had killed several fighters "
        "during the clash. Teams based in the region have been escorted by armoured vehicles "
        "since arriving. The Confederation of African Football said the tournament's schedule "
        "was unchanged. The conflict in the Anglophone regions has killed more than 6,000 "
        "people since 2017, according to the International Crisis Group.",
        "B E",
        "battle",
    ),
    (
        "Burkina league scraps northern fixtures after jihadist raid on Djibo road",
        "Burkina Faso's football federation has cancelled all league matches in the Sahel and "
        "North regions for the rest of the season after gunmen attacked a convoy on the road to "
        "Djibo, killing at least 30 civilians, including two young players from a local club. "
        "The attack was claimed by JNIM, al-Qaeda's affiliate in the Sahel, which has besieged "
        "Djibo for more than a year and cut it off from the rest of the country. The victims "
        "were travelling with traders and families under army escort when the convoy was "
        "ambushed, a security source said. Hundreds of thousands of people are trapped in "
        "Djibo, where food arrives only by helicopter or in rare convoys. The federation said "
        "the decision was taken to protect players, referees and fans. Clubs from the region "
        "will be given places in a reorganised second division.",
        "T V H",
        "ambush",
    ),
    (
        "Gunmen ambush bus carrying football team in Tillabéri",
        "Gunmen on motorbikes ambushed a bus carrying a Niamey second-division football team "
        "near Ouallam in Niger's Tillabéri region on Saturday, killing four players and the "
        "driver, the interior ministry said. The team was returning from a cup match in the "
        "north when the bus was stopped and set on fire. Seven people were wounded and two are "
        "missing, the ministry said, blaming “terrorists” without naming a group. Tillabéri, "
        "near the borders with Mali and Burkina Faso, has been the scene of repeated attacks by "
        "the Islamic State Sahel Province and JNIM. Niger's sports minister declared three days "
        "of mourning for the sport. The army said it had launched an operation to find the "
        "attackers. The federation has suspended travel by road for clubs in the region.",
        "T V M",
        "ambush",
    ),
    (
        "ELN confirms it is holding Luis Díaz's father",
        "The National Liberation Army, Colombia's largest remaining guerrilla group, said on "
        "Thursday that one of its units had kidnapped Luis Manuel Díaz, the father of the "
        "Liverpool forward Luis Díaz, and would release him “as soon as possible”. Armed men "
        "on motorcycles seized Díaz senior and his wife at a petrol station in Barrancas, in "
        "La Guajira, on Saturday; his wife was freed within hours. The government, which is in "
        "peace talks with the ELN, said the kidnapping was a grave violation of their "
        "commitments. About 250 soldiers and police are searching the mountains along the "
        "border with Venezuela. Luis Díaz, who missed Liverpool's match on Sunday, made a "
        "public plea for his father's release after scoring against Luton. Colombian "
        "footballers wore his name on their shirts during a minute of applause.",
        "V",
        "abduction",
    ),
    (
        "Ecuador suspends league as gangs and army fight in the streets",
        "Ecuador's football federation postponed this weekend's league matches after President "
        "Daniel Noboa declared an “internal armed conflict” and ordered the armed forces to "
        "neutralise 22 criminal groups he designated as terrorist organisations. Gunmen "
        "stormed a television studio in Guayaquil during a live broadcast on Tuesday, prison "
        "riots broke out in several cities and more than 150 guards and staff were taken "
        "hostage. At least 10 people have been killed in Guayaquil, police said. Soldiers have "
        "since raided gang strongholds and the military says it has detained more than 850 "
        "people. Barcelona SC and Emelec, the city's two big clubs, cancelled training after "
        "shooting near their grounds. “We cannot put fans in a stadium in this situation,” the "
        "federation's president said.",
        "B M",
        "gang_war",
    ),
    (
        "Tigrayan marathoner seeks asylum as war and blockade grip home region",
        "An Ethiopian marathon runner from Tigray has applied for asylum in the Netherlands "
        "after finishing the Rotterdam marathon, his agent said on Tuesday, saying he could not "
        "return while fighting continued in the region. The 24-year-old, who asked not to be "
        "named to protect his family, said he had not heard from his parents in Adigrat for "
        "five months. Ethiopian federal forces and their allies have been fighting the Tigray "
        "People's Liberation Front since November, and the UN says hundreds of thousands of "
        "people in the region face famine-like conditions as aid struggles to get through. "
        "Phone and internet lines to Tigray remain cut. At least three other Tigrayan athletes "
        "have sought asylum abroad this year, according to rights groups. Ethiopia's athletics "
        "federation declined to comment on individual cases.",
        "B H D",
        "battle",
    ),
    (
        "Tripoli derby abandoned as militias clash near stadium",
        "The Libyan Premier League match between Al-Ahly Tripoli and Al-Ittihad was abandoned "
        "before kick-off on Monday after heavy fighting broke out between rival armed groups "
        "in the south of the capital, the league said. Gunfire and explosions were heard for "
        "several hours in the Abu Salim district, a few kilometres from the stadium, after the "
        "killing of a militia commander, residents said. The health ministry said at least "
        "six people were killed and dozens injured. The Government of National Unity said its "
        "forces had taken control of the area and announced a ceasefire on Tuesday morning. "
        "Schools and the university were closed. Flights at Mitiga airport were diverted to "
        "Misrata. The league said the match would be rescheduled once the security situation "
        "allowed.",
        "B",
        "battle",
    ),
    (
        "Women's T20 World Cup moved out of Bangladesh after deadly unrest",
        "The International Cricket Council has moved the Women's T20 World Cup from Bangladesh "
        "to the United Arab Emirates, weeks after a crackdown on student-led protests in which "
        "hundreds of people were killed. Police and soldiers fired on crowds in Dhaka and "
        "other cities in July and early August, before Prime Minister Sheikh Hasina resigned "
        "and fled to India. Violence has continued since her fall, with police stations and "
        "the homes of ruling party officials attacked and set on fire. Several teams had "
        "said they were reluctant to travel. The ICC said Bangladesh would remain the official "
        "host. “It is a shame not to play in front of Bangladesh fans,” said Geoff Allardice, "
        "the ICC's chief executive. Ten teams will take part in the tournament in Dubai and "
        "Sharjah in October. "
        "Bangladesh's cricket board had proposed playing the matches in Dhaka under army "
        "protection, but the interim government, led by Muhammad Yunus, could not guarantee "
        "security in time. Curfews were lifted only last week. The Bangladesh captain, Nigar "
        "Sultana, said her players were heartbroken.",
        "U",
        "crackdown",
    ),
    (
        "IPL halted and overseas players head home as India and Pakistan exchange fire",
        "The Indian Premier League was suspended for a week on Friday after a match in "
        "Dharamsala was abandoned in the 11th over when floodlights were switched off during an "
        "air raid alert. India said it had struck nine sites in Pakistan and Pakistan-administered "
        "Kashmir on Wednesday, in response to last month's attack on tourists at Pahalgam, and "
        "Pakistan has since fired artillery along the Line of Control and launched drones at "
        "Indian towns. Dozens of civilians have been killed on both sides, officials say. "
        "Players and staff from Punjab Kings and Delhi Capitals were taken by a special train "
        "from Jalandhar to Delhi. The Pakistan Super League moved its remaining matches to the "
        "United Arab Emirates after a drone struck near Rawalpindi stadium. Several overseas "
        "players have left India.",
        "E M",
        "cross_border_strikes",
    ),
]
