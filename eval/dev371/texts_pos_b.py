"""dev371 positives, part b: riots at home, evacuations, Italians caught in wars abroad."""

POSITIVES = [
    (
        "Kosovo, Italian Alpini wounded in clashes with Serb protesters at Zvecan",
        "Fourteen Italian soldiers of the NATO mission KFOR were wounded on Monday in clashes with Serb demonstrators in front of the town hall of Zvecan, in northern Kosovo, the Defence Ministry said. Three of them are in serious condition with burns and fractures, but none is in danger of life, according to the ministry. The protesters, who were trying to stop newly elected ethnic Albanian mayors from taking office, threw stones, bottles and Molotov cocktails at the cordon of soldiers, who responded with tear gas and stun grenades, ANSA reports. Hungarian troops were also injured, bringing the number of wounded peacekeepers to about thirty. Minister Crosetto called the attack “unacceptable and irresponsible” and asked Pristina to avoid “unilateral decisions” that fuel tensions. Serbian President Aleksandar Vucic put the army on the highest level of alert. Some fifty protesters were also hurt, according to the hospital in North Mitrovica. The wounded Italians, from the 9th Alpini regiment based in L'Aquila, were taken to the KFOR field hospital at Camp Bondsteel. Two were later flown to Italy. NATO announced that it would send 700 more soldiers to northern Kosovo.",
        "U",
        "riot",
    ),
    (
        "Sudan, Italians evacuated from Khartoum in a convoy as fighting rages in the capital",
        "About a hundred Italians and other foreign nationals left Khartoum on Sunday in a convoy escorted by special forces and reached an airstrip north of the capital, from where two Air Force C-130s flew them to Djibouti, Palazzo Chigi said. The operation came after eight days of fighting between the army and the paramilitary Rapid Support Forces, which has killed more than four hundred people according to the World Health Organisation. Among those evacuated were the Italian ambassador, staff of the NGO Emergency and several nuns, La Stampa writes. “We heard explosions all night, the shooting never stopped,” a volunteer said on landing. The convoy had to negotiate several checkpoints held by the two sides, according to the Defence Ministry. The Salam heart surgery centre run by Emergency remains open with its Sudanese staff, the organisation said. Thousands of Sudanese civilians are fleeing the city on foot or by bus towards Egypt and the towns along the Nile.",
        "B D",
        "evacuation",
    ),
    (
        "Navy ship Vulcano docks at La Spezia with wounded and sick children from Gaza",
        "The Navy's hospital ship Vulcano arrived at La Spezia on Thursday with thirty-two Palestinian children from Gaza on board, most of them wounded in the bombing or suffering from cancer and other illnesses that can no longer be treated in the Strip, the Defence Ministry said. They were accompanied by parents or relatives, for a total of about eighty people. The children had been transferred from Gaza to Egypt through the Rafah crossing and boarded the ship at El Arish, according to la Repubblica. Some have amputations and burns caused by airstrikes, doctors on board said. They will be distributed among paediatric hospitals in Rome, Florence, Genoa and Bologna. “They arrive exhausted, many haven't eaten properly for weeks,” a navy doctor told the newspaper. Only a handful of hospitals in Gaza are still partly working, according to the World Health Organisation, which counts thousands of patients waiting to be evacuated. Tajani, who was on the quay, said Italy would continue the medical flights and sailings.",
        "H D",
        "medical_evacuation",
    ),
    (
        "Lebanon, Italians leave Beirut on military flights as Israeli raids hit the southern suburbs",
        "Two Air Force aircraft took off from Beirut on Tuesday with about two hundred Italians on board, as Israeli airstrikes continued to hit the southern suburbs of the capital, the Farnesina said. Columns of smoke rose over the Dahiyeh district throughout the morning, and the Lebanese health ministry reported dozens of people killed in the previous twenty-four hours across the country. The passengers, many of them dual nationals with Lebanese families, landed at Pratica di Mare in the evening, according to Corriere della Sera. Foreign Minister Tajani urged the roughly three thousand Italians who remain in Lebanon to leave on commercial flights while they are still available. “We slept in the car for two nights, away from the buildings,” a woman from Bergamo married to a Lebanese engineer told the newspaper. Hundreds of thousands of Lebanese have fled the south and the Bekaa valley towards Beirut and the north, according to the UN. The embassy will stay open with reduced staff.",
        "E D",
        "evacuation",
    ),
    (
        "Iran, Italians leave Tehran overland for Azerbaijan as the Israeli strikes continue",
        "A first group of about seventy Italians left Tehran on Monday in a convoy of buses organised by the embassy and headed for the border with Azerbaijan, Foreign Minister Tajani said on the fourth day of Israeli strikes on Iran. The airspace over the country is closed, and the journey of about ten hours is for now the only way out, according to ANSA. Among the passengers are students, researchers and employees of Italian companies. “The nights are terrible, we hear the explosions and the air defence,” a doctoral student from Padua told the agency before leaving. Iranian missiles fired in retaliation have hit Tel Aviv and Haifa, and the Farnesina is also organising departures from Israel through Jordan. Iran's health ministry reported more than two hundred dead since Friday. The crisis unit in Rome has received thousands of calls from families, the ministry said.",
        "E D",
        "evacuation",
    ),
    (
        "Donbas, Italian reporter wounded by a Russian drone near Kostiantynivka",
        "An Italian freelance reporter, 41-year-old Marco Ferrante, was wounded on Saturday when a Russian drone struck the car he was travelling in near Kostiantynivka, in the Donetsk region, Il Sole 24 Ore reports. The Ukrainian fixer driving the car, a 33-year-old from Kramatorsk, was killed, and a French photographer suffered shrapnel wounds to the legs. The vehicle was clearly marked as press, according to colleagues who reached the group at a field hospital. Ferrante, who writes for several Italian newspapers, has burns and a fractured arm and is being transferred to a hospital in Dnipro. “The drone followed us for several hundred metres before it hit,” he said in a short audio message sent to his family. The town has been under constant attack for months as Russian forces push towards it from the east. The Italian journalists' federation called the attack a war crime, and the Farnesina said the consul in Kyiv was on his way.",
        "E V",
        "drone_strike",
    ),
    (
        "West Bank, Italian TV crew beaten by settlers near Ramallah",
        "A crew of Italian journalists was attacked on Sunday by a group of Israeli settlers near the village of Sinjil, north of Ramallah, while filming the olive harvest, la Repubblica reports. About fifteen masked men armed with clubs and stones surrounded the car, smashed the windows and punched the reporter and the cameraman, who was treated in a Palestinian hospital for a head wound. The settlers also took a camera and a mobile phone, according to the journalists. Palestinian farmers who were with them said that several olive trees had been set on fire in the same hours. The Israeli army said it had sent a unit to the area and had “separated the parties”. The Farnesina summoned the Israeli ambassador and asked for the attackers to be identified. According to the UN humanitarian office, settler attacks on Palestinians in the West Bank have reached their highest level since records began. Tajani called the assault “unjustifiable”.",
        "V",
        "settler_attack",
    ),
    (
        "Turin, clashes at the pro-Palestine march: police use tear gas, twenty officers injured",
        "Clashes broke out on Saturday afternoon in Turin when a group of several hundred demonstrators broke away from the pro-Palestine march and tried to reach the railway station of Porta Nuova, La Stampa reports. Hooded protesters threw bottles, stones and firecrackers at the police cordons, who responded with tear gas and water cannon. The police headquarters said twenty officers had been injured, two of them taken to hospital with fractures. Shop windows and bank branches along Corso Vittorio Emanuele were smashed and two cars were set on fire. Eleven people were detained and four arrested for resisting arrest and aggravated damage, according to the prefecture. The march, which had started peacefully from Piazza Castello with about ten thousand people, later continued to the university. Interior Minister Piantedosi spoke of “urban guerrilla tactics” and thanked the officers. Traders in the centre said they had lowered their shutters as soon as the first tear gas was fired. The mayor, Stefano Lo Russo, condemned the violence and said the city would not let “a few hundred people” cancel a demonstration of thousands. The organisers blamed the police for charging the procession. Two of those arrested are minors, the police said.",
        "U",
        "riot",
    ),
    (
        "Milan, demonstrators storm Central Station during the strike for Gaza: sixty police injured",
        "Dozens of masked demonstrators forced their way into Milan's Central Station on Monday during the general strike called in solidarity with Gaza, clashing with police and smashing glass doors, Corriere della Sera reports. Officers in riot gear used batons and tear gas to push them back into Piazza Duca d'Aosta, where the clashes continued for more than an hour. The prefecture said about sixty police officers were injured, mostly by bottles, stones and smoke bombs, and some ten demonstrators were detained. Rail traffic was suspended for about an hour and several trains were cancelled. The rest of the march, with tens of thousands of people, was peaceful, the organisers said, distancing themselves from the violence. Prime Minister Giorgia Meloni called the scenes “images of senseless violence that have nothing to do with solidarity”. Milan's mayor, Giuseppe Sala, said the city would repair the damage but that “those responsible must pay too”.",
        "U",
        "riot",
    ),
    (
        "Rome, no-vax protesters led by Forza Nuova storm the CGIL headquarters",
        "Hundreds of demonstrators who had taken part in the protest against the Green Pass in Piazza del Popolo broke into the national headquarters of the CGIL trade union in Corso d'Italia on Saturday, smashing doors, computers and furniture, la Repubblica reports. The assault was led by leaders of the neo-fascist movement Forza Nuova, who had announced it from the stage a few minutes earlier. Police, outnumbered at the entrance, later dispersed the crowd with tear gas and water cannon, and clashes continued for hours near Palazzo Chigi. Thirty-eight police officers were injured, according to the police headquarters, and twelve people were arrested. The CGIL general secretary, Maurizio Landini, called it a “fascist squad attack” and announced a national demonstration. President Mattarella phoned Landini to express his solidarity. Parliament will debate motions calling for the dissolution of Forza Nuova.",
        "U",
        "riot",
    ),
    (
        "Val di Susa, a night of clashes at the Chiomonte building site: tear gas and stones",
        "Several hundred No-TAV activists attacked the fences of the Turin-Lyon high-speed railway building site at Chiomonte on Saturday night, throwing stones, firecrackers and incendiary devices at the police guarding it, La Stampa reports. The officers responded with hundreds of tear gas canisters, which drifted through the woods and into the houses of the village. Eight police officers and carabinieri were injured, according to the Turin police headquarters, and a 19-year-old protester was hit in the face by a canister and taken to hospital. The clashes ended around three in the morning, when the activists withdrew into the mountains. The movement said in a statement that the police had “gassed a whole valley”. Prosecutors in Turin opened an investigation into the violence and identified about twenty people from video footage. The site, fenced off for more than a decade, is guarded day and night by police and soldiers.",
        "U",
        "clashes",
    ),
    (
        "Libya, two of the four kidnapped Italian technicians killed near Sabratha",
        "Two of the four Italian technicians of the Parma-based company Bonatti, kidnapped in Libya last July, were killed during a clash between local militias and Islamic State fighters near Sabratha, the Farnesina said on Thursday. Photographs published by the Sabratha military council show the bodies of Salvatore Failla and Fausto Piano among those of several gunmen killed in the fighting. According to Libyan sources quoted by Corriere della Sera, the hostages were being moved by their captors in a convoy that ran into a militia checkpoint. The other two Italians, Gino Pollicardo and Filippo Calcagno, are alive and free, the Libyan authorities said late in the evening. The four had been abducted near the Mellitah gas complex, run jointly by Eni and the Libyan national oil company. Sabratha, west of Tripoli, has become a stronghold of the jihadists, who were hit by an American airstrike last month that killed dozens of recruits. Prime Minister Renzi spoke of “a day of great pain”. The families of the two dead men, from Sicily and Sardinia, learned the news from television, the newspaper writes. The Farnesina had been negotiating for months through Libyan intermediaries, according to intelligence sources.",
        "B V T",
        "hostages_killed",
    ),
    (
        "Niger, Italian flight evacuates 99 people from Niamey after the attack on the French embassy",
        "An Italian Air Force plane landed at Ciampino early on Wednesday with 99 passengers evacuated from Niamey, 36 of them Italians, the Farnesina said, a week after the military coup in Niger. The decision to organise the flight was taken after thousands of supporters of the junta attacked the French embassy on Sunday, setting fire to a door and throwing stones, and the security forces dispersed them with tear gas, La Stampa recalls. Several people were injured in the clashes, according to the Nigerien authorities. Among those evacuated were also Americans, Germans and citizens of other European countries. “We were told to stay indoors for days, the shops were closing and there was talk of more marches,” one of the passengers told the newspaper on the tarmac. About 350 Italian soldiers of the bilateral support mission remain at their base near the airport, the Defence Ministry said. Minister Tajani said Italy was still seeking a diplomatic solution.",
        "U D",
        "evacuation",
    ),
    (
        "Kabul, suicide attack at the airport gate as the Italian airlift ends",
        "The last Italian C-130 left Kabul on Friday evening with the consul and the soldiers of the Tuscania carabinieri regiment, a day after a suicide bombing at the airport's Abbey Gate killed more than a hundred and seventy people, including thirteen American soldiers, Corriere della Sera reports. The Islamic State's Afghan branch, ISIS-K, claimed responsibility. In total Italy has evacuated about 4,900 Afghans in two weeks, mostly collaborators of the Italian contingent and their families, the Defence Ministry said. The Afghans arrived at Fiumicino and were taken to reception centres for a period of quarantine. The consul, Tommaso Claudi, became a symbol of the operation after a photograph showed him pulling a child over the airport wall. “We left people behind, and that is our greatest sorrow,” Defence Minister Lorenzo Guerini said. Crowds are still gathering at the airport gates in the hope of a flight. The last flight was given a guard of honour on landing at Fiumicino. In the days before the attack, Italian soldiers had been pulling people out of the crowd at the gate one by one, checking names on lists sent by Rome. Several hundred people who had worked with Italian forces in Herat could not be reached, the ministry admitted. Guerini said Italy would look for other ways to bring them out.",
        "T E D",
        "evacuation",
    ),
    (
        "Kherson, Italian volunteer killed by Russian shelling while delivering aid",
        "An Italian volunteer, 47-year-old Giorgio Vanni from Reggio Emilia, was killed on Thursday by Russian artillery fire in Kherson, in southern Ukraine, while he was unloading food parcels at a distribution point, the regional administration said. Two Ukrainian volunteers were wounded, one seriously. The shells hit the Korabel district, on the bank of the Dnipro, which is regularly targeted from the Russian positions across the river, according to the governor, Oleksandr Prokudin. Vanni had been bringing aid to the front-line towns for two years with a small association from Emilia, friends told Il Resto del Carlino. “He knew the risks, but he said the old people there had nobody else,” one of them said. The Farnesina confirmed the death and said the embassy in Kyiv was arranging the repatriation of the body. The mayor of Reggio Emilia announced a day of mourning for Saturday.",
        "E H",
        "shelling",
    ),
    (
        "Mali, an Italian couple and their son kidnapped by armed men near Koutiala",
        "Three Italian nationals, a couple in their sixties and their adult son, were abducted on Thursday evening in Sincina, near Koutiala in southern Mali, together with a citizen of Togo, local officials said. Armed men broke into the house where the family lived, as members of a community of Jehovah's Witnesses, and drove them away towards the east, according to a security source quoted by ANSA. The area has in recent years seen the spread of attacks by groups linked to al-Qaeda, which have kidnapped several foreigners in the Sahel, although no group had claimed the abduction by Friday. The Farnesina said it was following the case “with the greatest discretion” and had activated its crisis unit. The family had lived in Mali for years and was well known in the village, residents said. Mali's military junta, which has expelled the French troops, did not comment. Several European countries advise their nationals against all travel to the country.",
        "V",
        "kidnapping",
    ),
]
