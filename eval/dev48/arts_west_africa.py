"""dev48 items: West and Central Africa (Nigerian, Ghanaian, Sierra Leonean and Cameroonian
dailies in English; police and army statements as they are reproduced)."""

from figset import F

F(
    "Gunmen kill 15 in Plateau village attack",
    "[[No fewer than 15 persons|killed;a=the Police Public Relations Officer;alt=DSP Alabo Dung;alt=Alabo Dung]] were feared killed when gunmen invaded Mushu village in Bokkos Local Government Area of Plateau State on Sunday night, the Police Public Relations Officer, DSP Alabo Dung, said on Monday. He added that [[scores of residents|injured;a=the Police Public Relations Officer;alt=DSP Alabo Dung;alt=Alabo Dung]] sustained various degrees of injuries while [[over 40 houses|housing;a=the Police Public Relations Officer;alt=DSP Alabo Dung;alt=Alabo Dung]] were razed by the attackers.",
)
F(
    "Troops neutralise 30 terrorists, rescue 23 in North-East - DHQ",
    "Troops of Operation Hadin Kai neutralised [[30 terrorists|killed;a=the Director of Defence Media Operations;alt=Major General Tukur Adamu;alt=Tukur Adamu]], arrested [[11 logistics suppliers|arrested;a=the Director of Defence Media Operations;alt=Major General Tukur Adamu;alt=Tukur Adamu]] and rescued [[23 kidnapped victims|kidnapped;a=the Director of Defence Media Operations;alt=Major General Tukur Adamu;alt=Tukur Adamu]] in the North-East within {{one week}}, the Director of Defence Media Operations, Major General Tukur Adamu, said at a briefing in Abuja on Thursday. He said the troops also recovered [[41 assorted weapons|other;a=the Director of Defence Media Operations;alt=Major General Tukur Adamu;alt=Tukur Adamu]] and [[1,236 rounds of ammunition|other;n=rounds;a=the Director of Defence Media Operations;alt=Major General Tukur Adamu;alt=Tukur Adamu]].",
)
F(
    "Kano police parade 23 suspected kidnappers, robbers",
    "The Kano State Police Command on Tuesday paraded a total of [[23 suspects|arrested]] arrested for kidnapping, armed robbery and cattle rustling across the state within {{two weeks}}. Items recovered from them include [[seven (7) locally made pistols|other;a=the Commissioner of Police;alt=CP Aminu Bello Zakari;alt=Aminu Bello Zakari]], [[54 live cartridges|other;a=the Commissioner of Police;alt=CP Aminu Bello Zakari;alt=Aminu Bello Zakari]], [[12 motorcycles|other;a=the Commissioner of Police;alt=CP Aminu Bello Zakari;alt=Aminu Bello Zakari]] and the sum of {{N2.3 million}} suspected to be ransom proceeds, the Commissioner of Police, CP Aminu Bello Zakari, told journalists at the command headquarters in Bompai.",
)
F(
    "Gunmen abduct worshippers in Kaduna church",
    "Gunmen abducted [[12 worshippers|kidnapped;a=residents]] and killed [[two|killed;a=residents]] during an attack on a Baptist church in Kajuru Local Government Area of Kaduna State at about {{11:30pm}} on Sunday, residents said. The state police spokesperson, ASP Bala Yunusa, confirmed the attack but put the number abducted at [[nine|kidnapped;a=The state police spokesperson;alt=ASP Bala Yunusa;alt=Bala Yunusa]], adding that [[three suspects|arrested;a=The state police spokesperson;alt=ASP Bala Yunusa;alt=Bala Yunusa]] had been arrested.",
)
F(
    "Flood: 5,000 households affected in Jigawa - NEMA",
    "Flood has affected [[about 5,000 households|civilians;a=the National Emergency Management Agency]] in [[11 local government areas|other;u=other;n=areas;a=the National Emergency Management Agency]] of Jigawa State, the National Emergency Management Agency (NEMA) has said. The agency's zonal coordinator in Kano, Nura Abdullahi Gwarzo, said [[over 2,300 houses|housing;a=Nura Abdullahi Gwarzo]] collapsed and [[1,200 displaced families|aid;a=Nura Abdullahi Gwarzo]] had received relief items, including [[2,000 bags of rice|aid;n=bags;a=Nura Abdullahi Gwarzo]] and [[500 mattresses|aid;a=Nura Abdullahi Gwarzo]].",
)
F(
    "Fire razes over 300 shops at Kantamanto market",
    "[[More than 300 shops|housing;a=the Ghana National Fire Service]] were razed when fire gutted sections of the Kantamanto market in Accra in the early hours of Thursday, the Ghana National Fire Service said. The fire, which started at about {{1:40am}}, took firefighters {{nine hours}} to bring under control. [[Hundreds of traders|civilians;a=the Greater Accra Regional Minister]] have lost their means of livelihood, the Greater Accra Regional Minister said, estimating the losses at {{GH¢20 million}}.",
)
F(
    "Mokwa boat mishap: death toll rises to 47",
    "The death toll from Tuesday's boat mishap on the River Niger in Mokwa has risen to [[47|killed;a=the Niger State Emergency Management Agency]], the Niger State Emergency Management Agency said on Thursday. The boat, which was conveying [[over 100 passengers|other]] to a market in Gbajibo, capsized about {{20 metres}} from the shore. The agency's Director-General, Abdullahi Baba Sule, said [[23 passengers|other;a=The agency's Director-General;alt=Abdullahi Baba Sule]] were rescued alive while [[about 30|missing;a=The agency's Director-General;alt=Abdullahi Baba Sule]] were still missing.",
)
F(
    "Bandits abduct 50 farmers in Zamfara",
    "Bandits have abducted [[not less than 50 farmers|kidnapped;a=a community leader;alt=Malam Sani Dauda;alt=Sani Dauda]] working on their farms in Maru Local Government Area of Zamfara State, a community leader, Malam Sani Dauda, told our correspondent on Saturday. He said the bandits, numbering [[between 150 and 200|combatants;a=a community leader;alt=Malam Sani Dauda;alt=Sani Dauda]], came on motorcycles, shot sporadically and rustled [[over 150 cows|other;u=other;a=a community leader;alt=Malam Sani Dauda;alt=Sani Dauda]]. The state police command has yet to comment on the incident.",
)
F(
    "Borno resettles 1,500 households in Marte",
    "The Borno State Government has resettled [[1,500 households|returned]] displaced by the Boko Haram insurgency in Marte, {{nine years}} after the town was overrun. The Commissioner for Reconstruction, Rehabilitation and Resettlement, Jidda Musa Shuwa, said [[500 housing units|housing;a=The Commissioner for Reconstruction, Rehabilitation and Resettlement;alt=Jidda Musa Shuwa]] had been rebuilt for the returnees. The commissioner added that [[another 3,000 households|returned;p;a=The commissioner;alt=Jidda Musa Shuwa]] would be returned to the town before the rainy season.",
)
F(
    "17 killed as Tiv, Jukun youths clash",
    "[[At least 17 persons|killed;a=the Benue State Police Command]] were killed in a renewed clash between Tiv and Jukun youths along the boundary of Benue and Taraba states, the Benue State Police Command said on Wednesday. The chairman of Ukum Local Government Area, Terwase Iorfa, said [[over 2,000 residents|displaced;a=The chairman of Ukum Local Government Area;alt=Terwase Iorfa]] had fled to [[three IDP camps|capacity;a=The chairman of Ukum Local Government Area;alt=Terwase Iorfa]] in Zaki-Biam, where they lacked food and water.",
)
F(
    "Seven dead as building collapses in Ojodu",
    "[[Seven persons|killed;a=the Lagos State Emergency Management Agency]] were confirmed dead after a {{three-storey}} building under construction collapsed at {{No 14 Adeniji Street}}, Ojodu, the Lagos State Emergency Management Agency (LASEMA) said. The agency's Permanent Secretary, Tajudeen Adesanya, said [[12 persons|other;a=The agency's Permanent Secretary;alt=Tajudeen Adesanya]] were rescued alive from the rubble and [[about five workers|civilians;a=The agency's Permanent Secretary;alt=Tajudeen Adesanya]] were believed to be trapped.",
)
F(
    "Cholera: NCDC records 53 deaths",
    "The Nigeria Centre for Disease Control and Prevention (NCDC) has recorded [[1,528 suspected cholera cases|other;a=The Nigeria Centre for Disease Control and Prevention]] and [[53 deaths|killed;a=The Nigeria Centre for Disease Control and Prevention]] since the beginning of {{2024}}. In its situation report for {{epidemiological week 25}}, the agency said [[579 cases|other;a=the agency;alt=The Nigeria Centre for Disease Control and Prevention]] and [[24 deaths|killed;a=the agency;alt=The Nigeria Centre for Disease Control and Prevention]] were recorded in Lagos alone.",
)
F(
    "Three shot dead in renewed Bawku violence",
    "[[Three persons|killed;a=the Upper East Regional Police Command]] were shot dead and [[two others|injured;n=-;a=the Upper East Regional Police Command]] wounded in renewed gunfire in Bawku on Friday, the Upper East Regional Police Command said in a statement. The Interior Minister has extended the curfew in the municipality to run from {{6pm}} to {{6am}}, while [[about 40 suspects|arrested]] have been picked up by a joint police-military team since {{January}}.",
)
F(
    "DHQ: 30 bandits neutralised in Katsina, Zamfara",
    "According to a statement by the Defence Headquarters, [[30 bandits|killed;a=the Defence Headquarters]] were neutralised and [[18 kidnapped victims|kidnapped;a=the Defence Headquarters]] rescued by troops of the {{8 Division}} of the Nigerian Army in Katsina and Zamfara states. It added that [[seven soldiers|injured;a=the Defence Headquarters]] were wounded in the operations and were responding to treatment at a military hospital in Gusau.",
)
F(
    "Suicide bomber kills 12 at Damboa fish market",
    "[[At least 12 persons|killed;a=the Borno State Police Public Relations Officer;alt=ASP Ibrahim Yusuf Mshelia;alt=Ibrahim Yusuf Mshelia]] were killed and [[scores|injured;n=-;a=the Borno State Police Public Relations Officer;alt=ASP Ibrahim Yusuf Mshelia;alt=Ibrahim Yusuf Mshelia]] injured when a suicide bomber detonated explosives at a busy fish market in Damboa on Saturday evening, the Borno State Police Public Relations Officer, ASP Ibrahim Yusuf Mshelia, said. Modu Kachalla, a member of the Civilian Joint Task Force, said he counted [[19 bodies|killed;a=Modu Kachalla]] at the scene.",
)
F(
    "Police rescue three of five abducted in Tsafe",
    "The Zamfara State Police Command wishes to inform the public that on {{12/05/2024}} at about {{0300hrs}}, armed bandits numbering [[about 20|combatants;a=The Zamfara State Police Command]] invaded Gidan Ruwa village in Tsafe LGA and abducted [[five (5) persons|kidnapped;a=The Zamfara State Police Command]]. On receipt of the report, the DPO led a team of operatives of the {{41 PMF Squadron}} to the area and rescued [[three (3) of the victims|kidnapped]] unhurt, while efforts are ongoing to rescue [[the remaining two (2)|kidnapped]].",
)
F(
    "Sit-at-home enforcers kill four in Enugu",
    "Gunmen enforcing the Monday sit-at-home order killed [[four persons|killed;a=the Enugu State Police Command spokesperson;alt=DSP Chidi Okonkwo;alt=Chidi Okonkwo]] and set ablaze [[six vehicles|other;a=the Enugu State Police Command spokesperson;alt=DSP Chidi Okonkwo;alt=Chidi Okonkwo]] at Obollo-Afor, the Enugu State Police Command spokesperson, DSP Chidi Okonkwo, said in a statement. He said [[two suspects|arrested;a=the Enugu State Police Command spokesperson;alt=DSP Chidi Okonkwo;alt=Chidi Okonkwo]] were arrested with [[one pump-action gun|other;u=other;a=the Enugu State Police Command spokesperson;alt=DSP Chidi Okonkwo;alt=Chidi Okonkwo]] and [[eight rounds of live cartridges|other;n=rounds;a=the Enugu State Police Command spokesperson;alt=DSP Chidi Okonkwo;alt=Chidi Okonkwo]], adding that a {{45-year-old}} driver was among the dead.",
)
F(
    "Dam spillage displaces over 31,000 in Volta Region",
    "[[Over 31,000 persons|displaced;a=the National Disaster Management Organisation]] have been displaced in [[eight districts|other;a=the National Disaster Management Organisation]] of the Volta Region following the spillage from the Akosombo and Kpong dams, the National Disaster Management Organisation (NADMO) said. The Volta River Authority began spilling when the reservoir reached {{278 feet}}. NADMO's Volta Regional Director, Eric Kwame Mensah, said [[26 safe havens|capacity;u=structure;a=NADMO's Volta Regional Director;alt=Eric Kwame Mensah]] had been opened for the victims.",
)
F(
    "FG repatriates 150 stranded Nigerians from Libya",
    "The Federal Government has repatriated [[150 stranded Nigerians|returned;a=the National Emergency Management Agency]] from Libya, the National Emergency Management Agency said on Wednesday. The returnees, who arrived at the Murtala Muhammed International Airport, Lagos at about {{9:45pm}} aboard Al Buraq Air flight {{UZ189}}, comprised [[97 adult females|returned]], [[44 adult males|returned]], [[seven children|returned]] and [[two infants|returned]].",
)
F(
    "Two killed, 14 thugs arrested in Kogi poll violence",
    "[[Two persons|killed;a=the Kogi State Police Command]] were killed and [[14 suspected thugs|arrested;a=the Kogi State Police Command]] arrested in violence that marred the governorship election in Kogi State, most of it around polling units in {{Ward 7}} of Okene, the Kogi State Police Command said. The returning officer declared the ruling party candidate winner with {{446,237 votes}}, ahead of his closest rival, who polled {{259,052 votes}}.",
)
F(
    "Boko Haram abducts women fetching firewood",
    "Boko Haram insurgents have abducted [[over 100 women|kidnapped;a=local sources]] who went out to fetch firewood near Ngala in Borno State, local sources said on Tuesday. The women live in an IDP camp in the town that hosts [[some 60,000 IDPs|displaced]]. Umar Ari, a member of the Civilian Joint Task Force, said [[about 30 of the women|kidnapped;a=Umar Ari]] had escaped and returned to the camp.",
)
F(
    "Eight galamsey miners die in pit collapse",
    "[[Eight illegal miners|killed;a=the Municipal Chief Executive;alt=Faustina Amissah]] died and [[14 others|civilians;n=-;a=the Municipal Chief Executive;alt=Faustina Amissah]] are feared trapped after a galamsey pit caved in at Nkotumso near Obuasi on Tuesday, the Municipal Chief Executive, Faustina Amissah, said. The pit was about {{60 metres}} deep. NADMO said it had deployed [[about 25 personnel|other;a=NADMO]] to support the rescue.",
)
F(
    "Police arrest 300 kush dealers, shut 47 dens",
    "The Sierra Leone Police say they have arrested [[over 300 suspected drug dealers|arrested;a=The Sierra Leone Police]] and shut down [[47 drug dens|other;u=structure;a=The Sierra Leone Police]] in a nationwide operation against kush since {{April}}. The Inspector-General of Police said [[about 1,200 young people|other;a=The Inspector-General of Police]] had been referred to rehabilitation centres in Freetown and Bo.",
)
F(
    "118 inmates escape Suleja custodial centre",
    "[[118 inmates|other;a=the Nigerian Correctional Service]] escaped from the Medium Security Custodial Centre in Suleja after a heavy downpour brought down part of its perimeter fence on Wednesday night, the Nigerian Correctional Service said. The service's spokesman, Chukwuemeka Oji, said [[10 of the escapees|arrested;a=The service's spokesman;alt=Chukwuemeka Oji]] had been recaptured.",
)
F(
    "Majiya tanker blast: death toll hits 147",
    "The death toll from the tanker explosion at Majiya in Taura Local Government Area of Jigawa State has risen to [[147|killed;a=the Jigawa State Police Command]], the Jigawa State Police Command said on Thursday. The command's spokesman, SP Ahmed Bala Dutse, said [[over 70 persons|injured;a=The command's spokesman;alt=SP Ahmed Bala Dutse;alt=Ahmed Bala Dutse]] were receiving treatment at hospitals in Ringim and Hadejia. The tanker was conveying {{60,000 litres}} of petrol from Kano.",
)
F(
    "Separatists abduct students in Bamenda",
    "Separatist fighters abducted [[about 40 students|kidnapped;a=the Senior Divisional Officer for Mezam;alt=Roger Ekambi Nseke]] from a secondary school in Bamenda on Monday, the Senior Divisional Officer for Mezam, Roger Ekambi Nseke, said. He said [[31 of them|kidnapped;n=-;a=the Senior Divisional Officer for Mezam;alt=Roger Ekambi Nseke]] had been freed by the army. [[Hundreds of families|displaced]] have fled the surrounding villages since the start of the {{2024}} school year.",
)
F(
    "NEMA distributes relief to 3,500 IDPs in Benue camps",
    "The National Emergency Management Agency (NEMA) said [[about 3,500 displaced persons|aid;a=The National Emergency Management Agency]] in the Daudu and Abagana camps received relief materials on Thursday, including [[1,000 bags of rice|aid;n=bags;a=The National Emergency Management Agency]], [[500 bags of beans|aid;n=bags;a=The National Emergency Management Agency]] and [[300 cartons of noodles|aid;n=cartons;a=The National Emergency Management Agency]]. The head of the agency's Makurdi operations office, Haruna Musa Agbo, said the camps, built for [[not more than 2,000 people|capacity;a=The head of the agency's Makurdi operations office;alt=Haruna Musa Agbo]], now hosted [[over 11,000|displaced;a=The head of the agency's Makurdi operations office;alt=Haruna Musa Agbo]].",
)
