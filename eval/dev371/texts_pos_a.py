"""dev371 positives, part a: Lebanon, the Red Sea, Iraq, parcel bombs, Italians hit abroad."""

POSITIVES = [
    (
        "Lebanon, rockets hit the Italian base at Shama: four soldiers slightly hurt",
        "Two rockets struck the UNIFIL base at Shama in southern Lebanon on Friday afternoon, hitting a bunker and a storage area used by the Italian contingent, la Repubblica reports. Four Italian soldiers of the Sassari Brigade suffered minor injuries, mostly bruises and ringing in the ears, and were treated in the base infirmary. None is in serious condition, the Defence Ministry said in a note issued shortly after seven in the evening. According to the first reconstruction, the projectiles were fired from the north, and military sources in Rome attribute them to Hezbollah rather than to the Israeli army, which has been pressing a ground offensive a few kilometres away for weeks. Minister Guido Crosetto called the attack “intolerable” and said he had spoken by phone with the commander of the mission. “Our soldiers are not a target and cannot become one,” he told reporters at the Senate. The base, home to roughly a thousand peacekeepers, has been hit repeatedly since October, when Israeli tanks opened fire on observation towers of the UN mission at Naqoura. Opposition parties asked the government to report to Parliament on the safety of the contingent. The families of several soldiers, most of them from Sardinia, were informed by the brigade's command in the evening. In Sassari the mayor said the city was “holding its breath” for its young men. The Lebanese army said it had found the launch site of the rockets in an olive grove near Tyre. Hezbollah did not comment.",
        "E",
        "rocket_attack",
    ),
    (
        "UNIFIL, Israeli tank fires on an observation post: the Farnesina summons the ambassador",
        "An Israeli Merkava tank fired on an observation tower of the UNIFIL headquarters at Naqoura on Thursday morning, knocking out cameras and lighting and wounding two Indonesian peacekeepers who fell from the structure, ANSA reports from Beirut. A second round hit the entrance of a bunker a few dozen metres from the section where Italian officers of the mission's command work. No Italian was injured, but Foreign Minister Antonio Tajani summoned the Israeli ambassador to the Farnesina and asked for “explanations and guarantees”. The Israeli army said its troops had been operating against Hezbollah fighters near the base and had told the peacekeepers to remain in protected areas. UNIFIL rejected the request to withdraw from its positions along the Blue Line, calling the fire a “serious violation” of international humanitarian law. Italy has more than a thousand soldiers in the mission, the second-largest contingent after Indonesia's, according to the Defence Ministry. At Palazzo Chigi the prime minister convened the defence and foreign ministers for an evening meeting.",
        "E M",
        "tank_fire",
    ),
    (
        "Israeli drone drops grenades near blue helmets clearing a road in south Lebanon",
        "An Israeli drone dropped four grenades a few metres from UNIFIL peacekeepers who were clearing rubble from a road near Kfar Kela on Sunday, the mission said, in an incident that Corriere della Sera describes as one of the most serious since the ceasefire of November 2024. No one was hurt, but a vehicle of the mission was damaged by shrapnel. Among the patrol were soldiers of the Italian contingent's engineering unit, according to military sources quoted by the newspaper. A second drone then hovered over the group for about twenty minutes before flying south. The Israeli army said it had identified “suspicious movement” in the area and was checking the incident. UNIFIL called on Israel to stop “aggressive actions” near its personnel, recalling that peacekeepers are there at the request of the Security Council. In Rome the Defence Ministry said it was in contact with the command in Naqoura and had asked for a full report. It is the third episode in a month involving the Italian sector, the newspaper notes.",
        "E",
        "drone_attack",
    ),
    (
        "Red Sea, the destroyer Duilio shoots down a Houthi drone heading for the ship",
        "The Italian destroyer Caio Duilio shot down a drone in the Red Sea on Saturday that was flying towards it at a distance of about six kilometres, the Defence Ministry said in a statement. The aircraft, which had “characteristics similar to those used in previous Houthi attacks”, was hit by the ship's 76-millimetre gun, according to the note. The ship is operating in the area under the European mission Aspides, which was launched last month to protect merchant traffic from attacks by the Yemeni rebels. “The Duilio acted in self-defence in accordance with international law,” Minister Crosetto said. Il Sole 24 Ore recalls that since November the Houthis have fired dozens of missiles and drones at merchant ships crossing the Bab el-Mandeb strait, forcing many shipping lines to divert around the Cape of Good Hope. The rebels said on their television channel Al-Masirah that they would continue to target vessels linked to Israel, the United States and Britain. It is the first time an Italian navy ship has opened fire since the mission began.",
        "E M",
        "drone_interception",
    ),
    (
        "Frigate Fasan downs two drones while escorting a container ship through Bab el-Mandeb",
        "The Italian frigate Virginio Fasan shot down two drones launched from Yemen on Tuesday night while it was escorting a container ship through the Bab el-Mandeb strait, the Navy said. The first was hit with an Aster missile at a distance of roughly twenty kilometres, the second with gunfire a few minutes later, according to ANSA. Neither the frigate nor the merchant vessel, flying the Maltese flag and bound for Suez, was damaged. A few hours earlier the Houthis had claimed an attack with “ballistic missiles and drones” on ships in the area, without naming them. The frigate's commander told the agency that the crew had had “about ninety seconds” to react to the second drone. The European mission Aspides, led from the operational headquarters at Larissa in Greece, has escorted more than two hundred merchant ships since February. The shipowners' association Confitarma said insurance premiums for the route remain several times higher than a year ago.",
        "E M",
        "drone_interception",
    ),
    (
        "Houthi missile sets a tanker ablaze off Hodeidah, two Italian officers among the crew",
        "A Houthi anti-ship missile struck a Liberian-flagged oil tanker about sixty nautical miles west of Hodeidah on Monday morning, starting a fire in the engine room, the British maritime agency UKMTO said. Among the 23 crew members were two Italian officers from Sorrento and Torre del Greco, La Stampa reports, and both are unharmed, according to the Farnesina. A Filipino sailor was seriously burned and was evacuated by helicopter to a ship of the European mission Aspides. The crew managed to put out the fire after several hours and the vessel was later taken in tow towards Djibouti. The Houthi military spokesman, Yahya Saree, claimed the attack on television, saying the ship belonged to a company whose vessels had called at Israeli ports. Families in the Sorrento peninsula spent the day waiting for news in front of the shipping company's offices. “My son called at lunchtime and said only: we are alive,” the mother of one of the officers told the newspaper. The seafarers' unions asked the government to keep Italian crews off the route. The company that owns the tanker, based in Piraeus, said the ship was carrying about 80,000 tonnes of crude oil from Saudi Arabia. Environmental groups warned of the risk of a spill if the hull were breached. It is the second attack on a ship with Italian crew members in a month.",
        "E",
        "missile_attack",
    ),
    (
        "Parcel bomb explodes at a Fiumicino sorting centre, employee loses two fingers",
        "A parcel bomb exploded on Wednesday morning at the postal sorting centre in Fiumicino, near Rome, injuring a 52-year-old employee who was handling the package, ANSA reports. The man lost two fingers of his left hand and suffered burns to his face, and was taken to the Sant'Eugenio hospital, where doctors said his life was not in danger. The package, addressed to the director of a company that manages immigration detention centres, contained a small amount of black powder and a battery-powered trigger, according to investigators. In the evening an anarchist website published a claim signed by a cell of the Informal Anarchist Federation. The Rome prosecutor's office opened an investigation for an attack with the purpose of terrorism and for the manufacture of explosives, and the Digos police searched the homes of several activists. Interior Minister Matteo Piantedosi expressed solidarity with the worker and said the threat from the insurrectionist anarchist area remained “high”. The postal unions called a two-hour stoppage in all the sorting centres of Lazio.",
        "T E",
        "parcel_bomb",
    ),
    (
        "Turin, letter bomb wounds a clinic secretary: anarchists claim it in the name of Cospito",
        "A letter bomb exploded on Monday in the offices of a private clinic in Turin's Crocetta district, injuring a 38-year-old secretary in the hands and chest, La Stampa reports. The woman was opening the morning post when the envelope, addressed to a doctor who works as a consultant for the prison administration, blew up. She was taken to the CTO trauma centre with burns and splinter wounds and underwent surgery in the afternoon; her prognosis is thirty days. Two days later a text claiming the attack appeared on an anarchist blog, linking it to the hunger strike of Alfredo Cospito and to the 41-bis prison regime. Prosecutors in Turin are investigating for attempted murder with the aggravating factor of terrorism. The device, the size of a paperback book, had been posted in Lombardy, according to the first findings of the bomb squad. The mayor, Stefano Lo Russo, visited the clinic and spoke of “cowardly violence that has nothing to do with politics”. Police stepped up surveillance at the homes of judges and prison officials in the city.",
        "T E",
        "letter_bomb",
    ),
    (
        "Iraq, explosive device hits Italian special forces: five wounded, three seriously",
        "Five Italian soldiers were wounded on Sunday when a roadside bomb exploded as their patrol passed near Kirkuk, in northern Iraq, the Defence General Staff said. The men, from the Navy's Comsubin raiders and the Army's special forces, were training and accompanying Kurdish Peshmerga units in operations against Islamic State cells, according to Corriere della Sera. Three of them are in serious condition and one has lost a leg, military sources told the newspaper, but none is in danger of life. They were flown by American helicopters to a coalition hospital in Baghdad. No group had claimed the attack by evening, although the area between Kirkuk and the Hamrin mountains is known as a refuge for jihadist fighters. President Sergio Mattarella telephoned the chief of defence staff to ask about the soldiers. “Italy will not withdraw from the fight against terrorism,” the defence minister said. About nine hundred Italian troops are deployed in Iraq and Kuwait in the anti-IS coalition.",
        "E",
        "roadside_bomb",
    ),
    (
        "Drones target Erbil airport, Italian troops take shelter in the bunkers",
        "Three explosive-laden drones were launched on Tuesday night at the airport of Erbil, in Iraqi Kurdistan, where the coalition base housing several hundred Italian soldiers is located, the Defence Ministry said. Two were shot down by the base's air defences and the third fell in an empty area near the perimeter, causing a fire but no casualties, Corriere della Sera writes. The Italian soldiers of the task force, who train the Kurdish security forces, spent about an hour in the bunkers before the all-clear. An umbrella of pro-Iranian militias calling itself the Islamic Resistance in Iraq claimed the attack on Telegram, presenting it as a response to the war in Gaza. It was the fourth attack on the airport in two weeks, according to the Kurdish authorities. Minister Crosetto said the Italian personnel were “all well” and that security measures had already been strengthened. The government in Baghdad condemned the strike and promised to find those responsible.",
        "E",
        "drone_attack",
    ),
    (
        "Congo, Italian ambassador Luca Attanasio killed in an attack on a UN convoy",
        "The Italian ambassador to the Democratic Republic of Congo, Luca Attanasio, was killed on Monday in an attack on a World Food Programme convoy near Goma, in the east of the country, the Farnesina confirmed. The carabiniere escorting him, Vittorio Iacovacci, and the Congolese driver, Mustapha Milambo, were also killed. According to the first reconstruction reported by ANSA, six armed men stopped the two vehicles on the road to Rutshuru, near the Virunga national park, fired into the air and tried to take the passengers into the forest. The ambassador was hit in the abdomen during an exchange of fire with park rangers who had rushed to the scene, and died in hospital in Goma. The Congolese authorities attributed the attack to the Rwandan Hutu rebels of the FDLR, who denied any involvement. The 43-year-old diplomat, born in Saronno, had been in Kinshasa since 2017 and was married with three daughters. Prime Minister Mario Draghi expressed “deep sorrow” and the Rome prosecutor's office opened an investigation. The convoy was travelling without an armed escort, the World Food Programme said, because the road had been considered secure. In Limbiate, where the ambassador grew up, the flags of the town hall were lowered to half mast. The bodies will be brought back to Italy on a military aircraft on Tuesday night.",
        "V",
        "killing",
    ),
    (
        "Kenya, young Italian volunteer kidnapped by gunmen in the village of Chakama",
        "A 23-year-old Italian volunteer, Silvia Romano, was abducted on Tuesday evening by a group of armed men in the village of Chakama, about eighty kilometres from Malindi, on the Kenyan coast, Kenyan police said. The attackers, at least five and armed with AK-47 rifles, opened fire in the village square, wounding five people including two children, before taking the young woman away on foot, according to local sources quoted by la Repubblica. Romano, from Milan, was working for a small charity from the Marche, Africa Milele, which runs a children's home in the area. Kenyan police have deployed hundreds of officers and a helicopter in the search and say they have not ruled out the involvement of the Somali militants of al-Shabaab. The Farnesina set up a crisis unit and is in contact with the family. “She had gone there to help the children, she wanted to do good,” a friend told the newspaper. Kenya's interior ministry said the area had been considered safe until now.",
        "V",
        "kidnapping",
    ),
    (
        "Niger, Italian missionary Pierluigi Maccalli abducted from his mission near the Burkina border",
        "Father Pierluigi Maccalli, a 57-year-old missionary from Crema, was abducted on Monday night from his parish in Bomoanga, in south-western Niger, about 125 kilometres from the capital Niamey, the Society of African Missions said. A group of armed men on motorbikes burst into the mission compound around ten in the evening and took the priest away, heading towards the border with Burkina Faso, ANSA reports. Another missionary who was in the house managed to hide and raise the alarm. The Nigerien authorities suspect armed groups active in the area, where attacks on police posts and schools have multiplied in recent months. Maccalli had worked in Africa for more than twenty years, first in Ivory Coast and since 2007 in Niger, where he built dispensaries and schools. The bishop of Crema called for prayers and the Farnesina said it was following the case “with the utmost attention”. Villagers told the agency that they had been afraid to go to the fields since the kidnapping.",
        "V",
        "abduction",
    ),
    (
        "Mozambique, Italian nun killed in an Islamic State raid on the Chipene mission",
        "Sister Maria De Coppi, an 83-year-old Comboni missionary from the province of Treviso, was shot dead on Tuesday night during an attack by armed men on the Catholic mission of Chipene, in the northern Mozambican province of Nampula, the diocese of Nacala said. The attackers set fire to the church, the hospital, the school and several houses of the mission, according to the testimony of an Italian priest who managed to escape with a group of students into the bush. The Islamic State claimed the attack on its channels, publishing photos of the burned buildings and saying it had killed “Christians”. The raids, which for five years had been concentrated in Cabo Delgado, have in recent weeks spread south, forcing thousands of people to flee towards Nacala, la Repubblica writes. Sister Maria had lived in Mozambique since 1963. Pope Francis recalled her at the end of the general audience, saying she had served “with love” for almost sixty years. The Farnesina is working to bring home the two other Italian missionaries of the mission, who are safe. In the parish of Santa Lucia di Piave, where she was born, the bells rang in the evening.",
        "V T D",
        "raid",
    ),
    (
        "Tunis, terrorists storm the Bardo museum: Italian tourists among the victims",
        "At least four Italians are among the 21 people killed in the attack on the Bardo museum in Tunis, according to the Tunisian health ministry and the Farnesina. Two gunmen dressed in military clothing opened fire on Wednesday on tourists getting off buses in front of the museum and then took hostages inside, before being killed by special forces after about three hours. Many of the victims were passengers of two cruise ships, the Costa Fascinosa and the MSC Splendida, which had docked that morning at La Goulette. Tunisian Prime Minister Habib Essid spoke of a terrorist attack aimed at “destroying the economy” of the country, and the Islamic State later claimed responsibility in an audio message. Corriere della Sera reports that at least twelve Italians were wounded and were taken to the Charles Nicolle hospital. Prime Minister Matteo Renzi spoke by phone with the Tunisian president and said Italy was “on the front line” against terrorism. Passengers back on board the Costa Fascinosa described hiding in the halls of the museum for hours.",
        "T V",
        "terror_attack",
    ),
    (
        "Dhaka, nine Italians killed in the siege of the Holey Artisan Bakery",
        "Nine Italians are among the twenty hostages killed by a jihadist commando in a restaurant in the diplomatic quarter of Dhaka, the Farnesina confirmed on Saturday afternoon after a night of anguish. The attackers, armed with firearms and machetes, stormed the Holey Artisan Bakery on Friday evening, separated the foreigners from the Bangladeshi customers and killed many of them with blades, according to survivors quoted by la Repubblica. The siege ended after about twelve hours with an assault by army commandos, in which six of the attackers were killed and one captured. The Islamic State claimed the attack through its Amaq agency and published photographs of the victims. Most of the Italians worked in the textile sector, which supplies European fashion brands from Bangladesh. An Italian restaurant owner escaped by hiding in the garden and called his family in Italy from his mobile phone. A state aircraft will leave for Dhaka on Sunday to bring the bodies home.",
        "T V M",
        "siege",
    ),
    (
        "Strasbourg, Italian journalist Antonio Megalizzi gravely wounded in the Christmas market attack",
        "Antonio Megalizzi, a 28-year-old journalist from Trento who was in Strasbourg to cover the session of the European Parliament, is among the people seriously injured in Tuesday evening's shooting at the Christmas market, the Farnesina said. He was hit in the head by a bullet and is in a coma in the city's Hautepierre hospital, where doctors consider his condition critical. The gunman, a 29-year-old with a long criminal record who was on a watch list for radicalisation, opened fire near Place Kléber and stabbed several passers-by, killing three people before fleeing in a taxi. The Paris anti-terrorism prosecutor has taken over the investigation. Megalizzi was part of a network of university radios that reports on European affairs, and colleagues who were with him said they had been walking back to their hotel. His parents and girlfriend left Trento in the night for Alsace. Hundreds of police officers are searching for the attacker, who was wounded in an exchange of fire with soldiers on patrol.",
        "T",
        "shooting",
    ),
]
