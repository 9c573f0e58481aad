"""dev305 positives: coups and mutinies with shooting, protests met with live fire, communal
clashes with deaths and the Casamance front (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Heavy gunfire in Conakry as special forces seize President Condé",
        "Guinean special forces said on Sunday they had captured President Alpha Condé and dissolved the government after hours of heavy gunfire near the presidential palace in Conakry. Residents of the Kaloum peninsula, where the palace and most ministries stand, reported bursts of automatic fire from early morning and saw armoured vehicles on the streets, while the only bridge linking Kaloum to the mainland was sealed off. In a video broadcast on state television, Lieutenant Colonel Mamady Doumbouya, commander of the special forces group, said the army had “decided to take its responsibility” because of poverty and corruption. A video shared on social media showed the 83-year-old president sitting on a sofa surrounded by soldiers. The defence ministry said earlier that an attack on the palace had been repelled by the presidential guard, but by the afternoon the putschists appeared in control. Several people were killed in the fighting, a diplomatic source said, without giving a number. ECOWAS and the African Union condemned the takeover and demanded Condé's immediate release.",
        "B",
        "coup",
    ),
    (
        "Sierra Leone: 21 killed as gunmen attack Freetown barracks and prisons",
        "Twenty-one people, most of them soldiers, were killed when gunmen attacked a military barracks and two prisons in Freetown on Sunday, Sierra Leone's army said on Monday. The attackers raided the armoury at Wingfield barracks before dawn and then stormed the Pademba Road central prison and a detention centre, freeing close to 2,000 inmates, according to the government. Security forces regained control after several hours of fighting in which 13 assailants were killed, military spokesman Colonel Issa Bangura told reporters. President Julius Maada Bio described the events as “an attempt to undermine peace and stability” and imposed a nationwide curfew that remained in force on Monday. Police said more than 50 people had been arrested, including soldiers. Residents of the Wilberforce and Murray Town neighbourhoods said they had hidden under their beds as gunfire and explosions rang out. ECOWAS condemned what it called a plot to seize weapons and disturb constitutional order.",
        "B",
        "coup_attempt",
    ),
    (
        "Gambia: gunmen attack State House in Banjul while Jammeh abroad",
        "Gunmen attacked the presidential palace in the Gambian capital Banjul early on Tuesday while President Yahya Jammeh was out of the country, diplomats and security sources said. Heavy gunfire was heard for several hours near State House from about 3 a.m. before soldiers loyal to the president regained control, residents said. At least three of the attackers were killed, a security source told Reuters, and several others were arrested. A leader of the group, a former commander of the presidential guard, was among the dead, according to one account. State radio played music and gave no news of the events, while roads into Banjul were blocked by troops. Jammeh, who seized power in a coup in 1994, was travelling in Dubai and returned on Wednesday, his office said. The United States embassy advised its citizens to stay indoors.",
        "B",
        "coup_attempt",
    ),
    (
        "Mutinous soldiers fire on protesters in Bouaké, one killed",
        "One man was killed and at least six people wounded on Saturday when mutinous soldiers opened fire on residents who had taken to the streets of Bouaké to protest against the mutiny, medical sources said. The soldiers, former rebels integrated into the army who are demanding bonuses promised to them, have controlled the entrances of Côte d'Ivoire's second city since Friday and exchanged fire with loyal troops in the morning. “They shot into the crowd when we marched to the prefecture,” a trader told AFP by telephone. Gunfire was also heard in Abidjan at the army headquarters at Akouédo camp and in Daloa, Korhogo and Man. The government said on state television that a military operation was under way to “restore order” and called on the mutineers to lay down their weapons. Banks and schools in Bouaké stayed shut and the streets were deserted in the afternoon. The mutiny is the second this year, after soldiers in January obtained payments of 12 million CFA francs each.",
        "B U",
        "mutiny",
    ),
    (
        "Benin foils coup attempt after gunfire near president's residence in Cotonou",
        "Benin's government said on Sunday it had foiled an attempted coup after a group of soldiers appeared on state television announcing the removal of President Patrice Talon and gunfire broke out near his residence in Cotonou. Interior minister Alassane Seidou said in a video statement that loyal forces had “retaken control of the situation” and that the mutineers had fled. Residents of the Haie Vive and Cocotiers districts reported intense shooting from about 6 a.m., and state broadcasts were cut for several hours. A presidential adviser told Jeune Afrique that Talon was safe and had not left the country. Fourteen people were arrested, a security source said, while others were being sought. The soldiers who spoke on television, led by a lieutenant colonel, had said they had dissolved state institutions and closed the borders. Nigeria said it had deployed fighter jets into Beninese airspace at Cotonou's request, and ECOWAS announced it would send troops from its standby force.",
        "B M",
        "coup_attempt",
    ),
    (
        "Commando frees ex-junta leader Dadis Camara from Conakry prison after gunfight",
        "Heavily armed men freed former junta leader Moussa Dadis Camara and three other defendants from Conakry's central prison early on Saturday after an exchange of fire with guards, Guinea's justice minister said. The commando stormed the Maison centrale in the Kaloum district at around 5 a.m., sparking gunfire that lasted for hours and prompted the authorities to close the peninsula to traffic. Camara was found and returned to prison later in the day, his lawyer said, while one of the escaped men was still being sought. At least nine people were killed, including four assailants, three members of the security forces and two civilians caught in the shooting, the government said on Sunday. Camara was on trial for the 2009 massacre of opposition supporters at a Conakry stadium. Justice minister Alphonse Charles Wright said the attack had been planned to derail the trial. Special forces patrolled the streets of Kaloum on Saturday afternoon and shops stayed closed.",
        "B",
        "prison_attack",
    ),
    (
        "Senegal: five dead as protests over Sonko's arrest spread",
        "At least five people have been killed in three days of violent protests in Senegal since the arrest of opposition leader Ousmane Sonko, officials and rights groups said on Saturday. Young protesters clashed with police in Dakar and several regional towns, throwing stones and setting fire to cars and shops, including branches of the French supermarket chain Auchan and petrol stations. Police fired tear gas and, according to witnesses and Amnesty International, live ammunition in some places. A 20-year-old student was killed by a bullet in Bignona, in the southern Casamance region, a hospital source said. The government suspended two private television channels for their coverage of the unrest and restricted access to social media. Interior minister Antoine Félix Diome accused protesters of “terrorist” acts and said the state would not give in. Sonko, who came third in the last presidential election, was arrested on charges of disturbing public order on his way to a court hearing over a rape accusation he denies.",
        "U",
        "protest_crackdown",
    ),
    (
        "Sixteen killed in Senegal unrest after Sonko sentenced",
        "The death toll from two days of riots in Senegal has risen to 16, the government said on Saturday, as the army was deployed in parts of Dakar and the southern city of Ziguinchor. Violence erupted after a court on Thursday sentenced opposition leader Ousmane Sonko to two years in prison for “corrupting youth”, a conviction that could bar him from next year's presidential election. Protesters burned buses, looted supermarkets and attacked public buildings, while police fired tear gas and, according to witnesses, live rounds. Interior minister Antoine Félix Diome told reporters that 500 people had been arrested and accused “occult forces” of seeking to destabilise the country. In Ziguinchor, where Sonko is mayor, residents said gunmen in plain clothes had fired on crowds. Access to TikTok, Facebook and WhatsApp was restricted across the country. The Senegalese League for Human Rights called for an independent inquiry into the killings.",
        "U",
        "protest_crackdown",
    ),
    (
        "Guinea: opposition says 27 killed in post-election clashes in Conakry",
        "Guinea's main opposition party said on Friday that at least 27 of its supporters had been killed by security forces since Sunday's presidential election, as clashes continued in the suburbs of Conakry. Supporters of Cellou Dalein Diallo, who declared himself the winner before official results were published, fought running battles with police and gendarmes along the Route Le Prince, a highway lined with opposition strongholds. Witnesses told Reuters they had seen security forces fire live rounds into houses in Wanindara and Cosa. The government put the toll at 10, including one police officer, and accused opposition militants of using firearms. Security forces surrounded Diallo's home in the Dixinn district, preventing him from leaving, his spokesman said. The electoral commission gave President Alpha Condé 59.5% of the vote on Saturday. The internet was cut for several hours on Friday, and telephone calls abroad were disrupted.",
        "U",
        "protest_crackdown",
    ),
    (
        "Sierra Leone: six police officers and 21 civilians killed in anti-government protests",
        "Six police officers and at least 21 civilians were killed in anti-government protests in Sierra Leone this week, officials and a hospital source said on Friday, as calm returned to Freetown under a nationwide curfew. Hundreds of young people took to the streets of the capital and the northern towns of Makeni and Kamakwie on Wednesday, angered by the rising cost of living. Protesters attacked police stations and officers, while security forces fired tear gas and live ammunition, witnesses said. Two of the police officers were beaten to death in Freetown's eastern suburbs, the police said. A mortuary worker at Connaught Hospital told AFP that 21 bodies with gunshot wounds had been brought in. President Julius Maada Bio called the protest an insurrection aimed at overthrowing the government and blamed the opposition. The internet was cut for several hours. Vice President Mohamed Juldeh Jalloh said more than 100 people had been arrested.",
        "U",
        "protest_crackdown",
    ),
    (
        "Togo: seven bodies found in Lomé lagoons after protests against Gnassingbé",
        "Seven bodies were found in lagoons and waterways around Lomé after three days of protests against President Faure Gnassingbé, civil society groups said on Monday, accusing security forces of a brutal crackdown. The demonstrations, called by online activists and the 6 June movement, were dispersed with tear gas and batons, and witnesses said men in plain clothes chased protesters into the Bè neighbourhood. A coalition of human rights organisations said dozens of people had been arrested and several beaten. The government said the bodies were of people who had drowned and accused “destabilising” groups abroad of manipulating young people. The protests followed the adoption of a new constitution that allows Gnassingbé to remain in power as President of the Council of Ministers with no term limit. Amnesty International called for an independent investigation into the deaths. Internet access was slowed during the protests, users and the monitor NetBlocks said.",
        "U",
        "protest_crackdown",
    ),
    (
        "Ghana: two killed as soldiers fire on protesters in Ejura",
        "Two young men were killed and four wounded when soldiers opened fire on protesters in Ejura, in Ghana's Ashanti region, on Tuesday, police and hospital officials said. Hundreds of residents had marched to the district police station to demand justice for Ibrahim Mohammed, a social media activist who died after being attacked near his home on Saturday. Police said protesters threw stones and tried to set fire to the station before military reinforcements arrived. Videos shared online showed soldiers firing towards people running away. The Minister for the Interior, Ambrose Dery, announced a three-member committee of inquiry and said the government regretted the loss of life. The Ejura municipal security council imposed a curfew from 8 p.m. to 5 a.m. Opposition MPs from the National Democratic Congress demanded that the soldiers responsible be prosecuted. The incident has revived debate in Ghana about the use of the military for internal security operations.",
        "U",
        "protest_crackdown",
    ),
    (
        "Three dead in Senegal as protests against election delay turn violent",
        "Three people have been killed in Senegal during protests against President Macky Sall's decision to postpone the presidential election, officials and relatives said on Saturday. A 22-year-old student was shot dead in Saint-Louis on Friday, and a young man died in Dakar after clashes with police in the Colobane district, according to hospital sources. A third person died in Ziguinchor, a local official said. Police fired tear gas at crowds who burned tyres and threw stones in several neighbourhoods of the capital and at Cheikh Anta Diop University. The government said 266 people had been arrested. Mobile internet was suspended for a second time in a week. The postponement, voted by parliament on Monday, pushed the election from 25 February to December, a move the opposition called a constitutional coup. “We do not shoot at our own children,” said an opposition candidate, Khalifa Sall, demanding an inquiry.",
        "U",
        "protest_crackdown",
    ),
    (
        "Bawku: five killed in fresh gunfire as Kusasi-Mamprusi conflict flares",
        "Five people were killed and several others wounded in renewed gunfire in Bawku in Ghana's Upper East region on Sunday night, police and local sources said, despite the curfew in force in the municipality. Armed men opened fire in the Zongo and Natinga areas, and residents said shooting went on until the early hours, according to Graphic Online. A nurse at the Presbyterian Hospital in Bawku said three of the wounded were in a serious condition. The violence is rooted in a long chieftaincy dispute between the Kusasi and Mamprusi communities over the skin of Bawku. Hundreds of people, mostly women and children, have fled to Garu, Zebilla and across the border into Togo and Burkina Faso, aid workers said. The Upper East Regional Security Council said more soldiers and police had been deployed and that the curfew would now start at 2 p.m. Traders said the Bawku market, a hub for the cross-border trade, had been deserted for a week.",
        "U V D",
        "communal_clash",
    ),
    (
        "Gbiniyiri clashes: 31 dead, thousands flee to Côte d'Ivoire",
        "At least 31 people have been killed in clashes between Gonja and Brifor communities in the Gbiniyiri area of Ghana's Savannah region, the Ministry of the Interior said on Wednesday, as thousands of residents fled. Armed groups attacked several villages, burning houses and shops, after a dispute over land in the Sawla-Tuna-Kalba district, according to the regional police command. The National Disaster Management Organisation (NADMO) said close to 4,000 people had fled to neighbouring Côte d'Ivoire, while others sought shelter in Sawla and Bole. Interior minister Muntaka Mohammed Mubarak said a curfew had been imposed and that troops were “on the ground to restore calm”. The Ivorian authorities set up a temporary site at Doropo for the new arrivals, UNHCR said. Leaders of both communities, meeting in Tamale, appealed for a ceasefire. President John Mahama expressed his condolences and warned that the perpetrators would be prosecuted.",
        "U V D",
        "communal_clash",
    ),
    (
        "Nzérékoré: dozens killed in clashes around referendum day",
        "At least 30 people were killed in clashes between communities in Nzérékoré, Guinea's second-largest city, during and after Sunday's referendum and legislative elections, local leaders and a health worker said on Wednesday. Violence broke out between Guerzé and Konianké residents as opposition supporters tried to block polling stations, and spread to several neighbourhoods over two days. Houses, shops and churches were set on fire, and several bodies bore machete wounds, a doctor at the regional hospital told Reuters. Hundreds of families took refuge in the prefecture, in a military camp and in neighbouring villages. The government put the toll at 10 and said calm had returned after the deployment of soldiers. Opposition coalition FNDC said the violence had been fuelled by the government's determination to hold the vote, which allows President Condé to run for a third term. The city had seen similar clashes in 2013 that left dozens dead.",
        "U V D",
        "communal_clash",
    ),
    (
        "Côte d'Ivoire: violence in Daoukro leaves several dead before election",
        "At least three people were killed on Sunday in clashes between young people of different communities in Daoukro, the stronghold of opposition leader Henri Konan Bédié, local officials and a hospital source said. The violence broke out during a demonstration against President Alassane Ouattara's bid for a third term and degenerated into fighting between Baoulé and Malinké youths armed with machetes and clubs, according to residents. One man was beheaded, the prosecutor said. Shops and houses were set on fire in the Dioulakro district, and a filling station was looted. Gendarmes fired tear gas to separate the groups, and the army was deployed in the town on Monday. The government said 16 people had been arrested. Similar clashes were reported in Bongouanou, where the house of an opposition leader, Pascal Affi N'Guessan, was set ablaze. The opposition has called for “civil disobedience” ahead of the 31 October vote.",
        "U V",
        "communal_clash",
    ),
    (
        "Four Senegalese soldiers killed, seven captured in Casamance clashes with MFDC",
        "Four Senegalese soldiers were killed and seven are missing after clashes with separatist fighters of the Movement of Democratic Forces of Casamance (MFDC) near the Gambian border, the army said on Tuesday. The soldiers, serving with the ECOWAS mission in Gambia (ECOMIG), came under fire on Monday while on an operation against illegal logging near the village of Bwiam, the army said in a statement. Nine soldiers were wounded. A faction of the MFDC led by Salif Sadio later said it had captured the missing soldiers, and local media published a photograph of men said to be the seven in military fatigues. The army said it would “take all measures” to find them. Villagers on both sides of the border told journalists that they had fled into the bush when the shooting started. The clash was one of the deadliest for Senegalese troops in Casamance in years, after a low-level rebellion that has lasted since 1982.",
        "B D",
        "separatist_clash",
    ),
]
