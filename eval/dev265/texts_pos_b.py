"""dev265 positives, part B: the US, South Africa, Brazil, Mexico and France (the police and
local crime desk reporting terrorism, riots, political killings and armed clashes of cartels
and factions against the state or each other)."""

POSITIVES = [
    (
        "Gunman kills three at Jacksonville store in racially motivated attack, sheriff says",
        "A white gunman who shot dead three Black people at a discount store in Jacksonville on Saturday had written racist manifestos and chose his target because of race, Sheriff T.K. Waters said at an evening briefing. The 21-year-old, wearing a tactical vest and armed with an AR-15-style rifle and a handgun, opened fire in the parking lot and then inside the store on Kings Road, a mile from the campus of Edward Waters University, before killing himself as deputies arrived. A security guard at the university had earlier turned him away after he refused to identify himself. “This shooting was racially motivated, and he hated Black people,” Waters said. The FBI has opened a federal civil rights investigation and is treating the attack as a hate crime and an act of domestic violent extremism. The victims were a 52-year-old woman, a 19-year-old store employee and a 29-year-old man who was shopping. Several writings addressed to federal agents and the media were found. The mayor asked residents to gather at a prayer service on Sunday afternoon.",
        "T V",
        "mass shooting",
    ),
    (
        "Tear gas and burning cars in downtown LA as immigration raid protests enter third day",
        "Police fired tear gas, flash-bang grenades and rubber bullets at crowds in downtown Los Angeles on Sunday as protests against federal immigration raids spilled onto the 101 Freeway, where demonstrators threw rocks and concrete at California Highway Patrol cruisers parked below an overpass. At least five self-driving taxis were set on fire on Los Alamitos Street, and sprays of graffiti covered the walls of the federal building where detained immigrants are held. The LAPD declared an unlawful assembly across the downtown area in the afternoon and said it had arrested at least 39 people over the weekend. Several officers were hurt, one by a thrown motorcycle. About 300 National Guard troops, federalised by the White House over the objections of the governor, stood in lines outside the detention centre. The police chief said he was “appalled” by the violence but that most people who marched on Saturday had done so peacefully. Businesses along Broadway boarded up their windows on Sunday evening, and the city's Metro rail stopped serving two stations.",
        "U",
        "riot",
    ),
    (
        "State lawmaker and husband shot dead at home in ‘politically motivated assassination’",
        "A Minnesota state representative and her husband were shot dead in their home in Brooklyn Park early on Saturday, and a state senator and his wife were wounded at their house in nearby Champlin, in what the governor called a politically motivated assassination. A gunman posing as a police officer, in a fake squad car with flashing lights, knocked on the doors of both houses, police said. Officers arriving at the second address exchanged fire with the man, who fled on foot and was still at large on Saturday evening. Investigators found a list of about 70 names in the car, including other lawmakers, abortion providers and advocates. The senator was hit nine times and underwent surgery; his wife was also in a serious condition. Authorities urged residents of the northern suburbs to stay inside while more than 100 officers, a helicopter and tactical teams searched a wooded area. Rallies planned for the day in the Twin Cities were cancelled. The representative, a former house speaker, had served in the legislature since 2005.",
        "V",
        "assassination",
    ),
    (
        "Truck driver kills 14 on Bourbon Street, FBI investigates ‘act of terrorism’",
        "At least 14 people were killed and 35 injured when a man drove a rented pickup truck into a crowd on Bourbon Street in New Orleans in the early hours of New Year's Day and then opened fire on police officers, authorities said. The 42-year-old US Army veteran from Texas steered around a police car that was blocking the street and sped along the pavement at about 3.15am, the police superintendent said. He was killed in a gunfight with officers, two of whom were wounded. An Islamic State flag was found in the vehicle, and investigators were examining possible explosive devices left elsewhere in the French Quarter, the FBI said, adding that it was treating the attack as an act of terrorism. The FBI said it did not believe he had acted alone. University Medical Center said it had received more than two dozen patients. The Sugar Bowl, scheduled for the evening at the Superdome, was postponed by a day. Hundreds of officers were still combing the area at noon, and the Quarter remained largely closed.",
        "T V",
        "ramming attack",
    ),
    (
        "Protesters torch Third Precinct as Minneapolis unrest enters third night",
        "Protesters set fire to the Minneapolis Police Department's Third Precinct station on Thursday night after officers were ordered to abandon the building, the climax of a third night of unrest over the death of George Floyd in police custody. Crowds broke through fences around the station on East Lake Street shortly after 10pm, and flames and fireworks lit up the lobby as officers left in vehicles, live footage showed. Dozens of businesses along Lake Street, including a liquor store, an auto-parts shop and a post office, were looted or burned, and firefighters struggled to reach the fires because of the crowds. In neighbouring St Paul, police said more than 170 businesses had been damaged or looted. The governor signed an executive order activating the National Guard, and 500 soldiers were being deployed across the Twin Cities. The mayor defended the decision to evacuate the precinct, saying “brick and mortar is not as important as life”. Several residents stood outside their homes with garden hoses through the night to keep the flames away.",
        "U",
        "riot",
    ),
    (
        "Soldiers deployed as looting spreads through Durban and Pietermaritzburg",
        "The army has been deployed in KwaZulu-Natal and Gauteng after a fourth day of looting and arson left malls, warehouses and trucks burning and at least 72 people dead, police said on Tuesday. Most of the dead were killed in stampedes during the looting of shops, while others were shot. In Durban, residents queued for bread after the Pavilion and Bridge City malls were stripped, and smoke rose over the N3, which has been closed between Durban and Johannesburg after dozens of trucks were torched. Police said 1,234 people had been arrested in the two provinces. The unrest began after the jailing of former president Jacob Zuma for contempt of court, and the government has said the violence was organised. Some 2,500 soldiers of the SANDF were sent to support the police, a number the defence minister said could rise. In Phoenix, armed residents formed their own roadblocks. Community radio stations carried appeals from pharmacies, which said patients could not collect medication.",
        "U",
        "riot",
    ),
    (
        "ANC councillor shot dead outside home in Inanda, political killings task team called in",
        "An ANC ward councillor was shot dead in his car outside his home in Inanda, north of Durban, on Sunday night, weeks before the party's candidate selection process, KwaZulu-Natal police said. Two gunmen fired at least 15 shots into the vehicle as the 46-year-old pulled into his driveway, and fled in a white hatchback, neighbours told the Daily News. His wife and their two children were inside the house. Police spokesperson Colonel Robert Netshiunda said the case had been handed to the Political Killings Inter-Ministerial Task Team, which investigates killings linked to politics in the province. The councillor had told colleagues that he had received threats over the allocation of municipal tenders and ward committee posts. He is the third councillor killed in eThekwini this year, according to the South African Local Government Association. The party's provincial secretary said the killing was “an attack on democracy”. No arrests have been made, and the family asked for privacy.",
        "V",
        "political killing",
    ),
    (
        "Foreign nationals shelter in police station as mobs loot shops in Alexandra",
        "More than 300 foreign nationals, many of them women and children, were sheltering at the Alexandra police station and a nearby community hall on Tuesday after mobs attacked and looted their spaza shops overnight, Gauteng police said. Groups armed with sticks and pangas went from door to door in Alexandra and parts of Jeppestown, demanding that Zimbabwean, Malawian and Mozambican residents leave. Two men were killed, one of them burned inside his shop, and a dozen people were taken to hospital. Police used rubber bullets and stun grenades to disperse crowds who were carrying looted goods in shopping trolleys. Forty-one people have been arrested for public violence and theft. The Gauteng premier visited the hall and promised that those displaced would be protected until they could return to their homes. Residents said the attacks followed a meeting at which leaders of an anti-migrant movement had set a deadline for foreigners to leave. The Malawian high commission said it was arranging buses for citizens who wanted to go home.",
        "U V D",
        "mob violence",
    ),
    (
        "Drones drop explosives on police as Rio raid on Penha and Alemão leaves 64 dead",
        "At least 64 people, including four police officers, were killed on Tuesday in a police operation against the Comando Vermelho faction in the Penha and Alemão favela complexes in Rio de Janeiro's North Zone, the state government said. Some 2,500 civil and military police officers, backed by armoured vehicles and helicopters, entered the area at dawn, and gunfire lasted for most of the day. The faction used drones to drop explosives on officers and set barricades of burning buses and tyres across roads, police said. Eighty-one people were arrested and 93 rifles seized. Residents said bodies had been carried down from a wooded hillside by neighbours, and a clinic and 45 schools in the area closed. More than 70 bus lines were diverted and traffic on the Avenida Brasil came to a standstill after gunmen forced drivers off their vehicles. The governor described the operation as the largest in the state's history and called the faction “narco-terrorists”. Rights groups demanded an independent inquiry into the deaths.",
        "B M E",
        "police operation",
    ),
    (
        "Families leave Gardênia Azul as militia and Comando Vermelho fight for control",
        "Dozens of families left their homes in Gardênia Azul, in Rio de Janeiro's West Zone, over the weekend after three days of gunfights between militiamen and Comando Vermelho drug traffickers fighting for control of the neighbourhood, residents and the city council said. Armed men in balaclavas fired rifles from rooftops on Friday night, and a 62-year-old woman was killed by a stray bullet inside her kitchen, the military police said. Traffickers expelled from the neighbouring Cidade de Deus have been trying to take the area, which the militia has controlled for more than a decade, according to police intelligence. Two municipal schools and a health clinic were closed on Monday, affecting about 1,800 pupils. Military police launched an operation to occupy the main streets with armoured vehicles and said they had seized four rifles and a grenade. Residents posted videos of vans loaded with mattresses and furniture leaving the area. “We are in the middle of a war that is not ours,” a shopkeeper told O Dia, asking not to be named.",
        "B D M",
        "gang battle",
    ),
    (
        "Bolsonaro supporters storm Congress, Supreme Court and presidential palace",
        "Thousands of supporters of former president Jair Bolsonaro broke through police lines in Brasília on Sunday and invaded the National Congress, the Supreme Federal Court and the Planalto presidential palace, smashing windows, furniture and works of art. Military police, heavily outnumbered, fired tear gas and stun grenades from a helicopter as the crowd swept across the Esplanade of Ministries, and it took more than three hours to clear the buildings. Rioters set fire to the carpet of the Congress building and threw chairs and a historic clock to the floor of the palace, according to the presidential security office. President Luiz Inácio Lula da Silva, who was on a visit to São Paulo state, ordered a federal intervention in the security of the capital and accused the Federal District authorities of failing to act. By night, police said about 400 people had been arrested. Several journalists were attacked. The protesters had been camped outside army headquarters for two months, demanding a military coup to overturn the October election.",
        "U",
        "riot",
    ),
    (
        "Gunmen attack police bases and torch buses across Rio Grande do Norte",
        "Armed men attacked police bases, burned buses and fired on public buildings in at least 20 towns in Rio Grande do Norte overnight, in a coordinated wave of violence that the state government blamed on the Sindicato do Crime faction. In Natal, gunmen fired dozens of shots at a military police company in the Felipe Camarão district and set fire to a city hall annex, the state security secretariat said. At least 35 vehicles were torched, including buses, cars and a fire truck, and officers exchanged fire with attackers in Mossoró and Parnamirim. Police said five suspects were killed and 27 arrested. The faction, according to intelligence officials, was protesting against conditions in the state's prisons. Bus companies suspended services in the capital, schools closed and many shops did not open on Tuesday. The federal justice minister authorised the deployment of the National Public Security Force, and 100 officers were on their way from Brasília. The governor said the state would not “negotiate with criminals” and asked residents to avoid unnecessary journeys.",
        "B",
        "gang attacks",
    ),
    (
        "Culiacán paralysed as cartel gunmen battle troops after arrest of El Chapo's son",
        "Gunmen of the Sinaloa cartel blocked roads with burning vehicles, attacked military positions and fired on aircraft at Culiacán's airport on Thursday after soldiers arrested Ovidio Guzmán, a son of Joaquín “El Chapo” Guzmán, in a pre-dawn raid in the village of Jesús María. Defence Minister Luis Cresencio Sandoval said ten soldiers and 19 suspected gang members had been killed in the fighting, and that 21 cartel gunmen were arrested. Two military aircraft were hit by gunfire, forcing them to make emergency landings, and an Aeroméxico passenger plane was struck as it prepared to take off, though no passengers were hurt. Residents of the Sinaloa state capital were told to stay in their homes, and schools, businesses and government offices closed for the day. Troops were flown in from Mexico City as reinforcements. The governor said 19 roadblocks had been set up across the city by midday, some using hijacked trucks and buses. Guzmán was flown to the capital by helicopter shortly after his arrest and taken to the Altiplano prison.",
        "B M",
        "battle",
    ),
    (
        "Drone attacks and shootouts as Sinaloa factions' war empties villages near Culiacán",
        "Hundreds of families have fled villages in the hills east of Culiacán as fighting between the Chapitos and Mayos factions of the Sinaloa cartel spread from the city into the surrounding countryside, local authorities said on Monday. Residents of El Pozo and La Reforma said armed men in armoured trucks had fought for two days with assault rifles and that drones had dropped explosives on houses. State prosecutors said 18 bodies had been found in the municipality since Friday, some of them dumped on the road to Imala. About 300 people from 11 communities were staying in a sports centre and with relatives in the city, the Sinaloa civil protection agency said. Soldiers of the National Guard and the army entered the area on Sunday and were met with gunfire near Tacuichamona, the defence ministry said, adding that two soldiers had been wounded. The war began in September after the kidnapping and handover of the cartel co-founder Ismael “El Mayo” Zambada to US authorities. Schools in the rural area of the municipality remain closed.",
        "B E D M",
        "cartel war",
    ),
    (
        "Thirteen police killed in ambush near Aguililla, Michoacán",
        "Thirteen state police officers were killed on Thursday when gunmen ambushed their convoy on a road near El Aguaje, in the Aguililla municipality of Michoacán, the state government said. The officers, travelling in several patrol trucks, had been sent to the area after reports of armed men, and were attacked with assault rifles and at least one grenade launcher, investigators said. Several of the vehicles were burned and the bodies of some of the officers were found inside. Messages left at the scene were attributed to the Jalisco New Generation Cartel, which has been fighting the Cárteles Unidos for control of the Tierra Caliente region for months. The state security secretary said soldiers and National Guard troops had been sent in to pursue the attackers, and helicopters were flying over the hills on Friday morning. The governor declared three days of mourning. It was the deadliest single attack on police in Michoacán in several years, according to a count by local daily La Voz de Michoacán.",
        "B",
        "ambush",
    ),
    (
        "Mayoral candidate shot dead minutes into campaign walk in Celaya",
        "A candidate for mayor of Celaya, in Guanajuato state, was shot dead on Monday as she greeted residents during the first hours of her campaign, the state prosecutor's office said. A gunman approached the 38-year-old in the Barrio de San Juan neighbourhood, fired several shots and fled, according to witnesses. A member of her team was also wounded and was taken to hospital. Her party said she had asked for federal protection several weeks earlier and that the request had not been answered. Guanajuato's prosecutor said a suspect had been detained and that investigators were examining possible links to criminal groups. The killing came hours after the candidate had posted a video promising to “take back the streets” of the city, which has one of the highest murder rates in Mexico. According to a consultancy that monitors political violence, at least 20 candidates and pre-candidates had been killed since the electoral process began in September. The National Electoral Institute condemned the attack.",
        "V",
        "assassination",
    ),
    (
        "Cartel drones bomb farming hamlets in Tierra Caliente, families flee to Apatzingán",
        "Families from at least six hamlets near Apatzingán, Michoacán, have abandoned their homes after weeks of attacks with explosives dropped from drones by armed groups fighting for control of the area, church and local officials said. A 12-year-old girl and her grandfather were killed on Saturday when a device fell on the roof of their house in El Alcalde, the state prosecutor's office said. Lime pickers said they no longer went to the orchards because of improvised mines buried along dirt tracks. A diocesan shelter in Apatzingán was housing 140 people, and others had gone to relatives in Uruapan and Morelia. The army said it had deployed 300 soldiers and a counter-drone unit to the area, and that it had deactivated 18 explosive devices since the start of the month. The Jalisco cartel and local groups allied with the Cárteles Unidos have been fighting in the valley for several years. “They drop them on anyone, on children playing, on the church,” a priest said.",
        "E V D",
        "drone attack",
    ),
    (
        "Police officer stabbed to death at Rambouillet station, PNAT opens terrorism inquiry",
        "An administrative officer at the police station in Rambouillet, south-west of Paris, was stabbed to death on Friday afternoon by a man who followed her into the secure entrance as she returned from her lunch break, prosecutors said. The attacker, a 36-year-old Tunisian national who had lived in France for about ten years, stabbed the 49-year-old in the throat twice, and was shot dead by an officer who was on duty at the front desk. The national anti-terrorism prosecutor's office said it had taken charge of the case, citing the choice of target and remarks the man made during the attack. Three people from his circle were placed in police custody overnight. The victim, a mother of two who had worked at the station for 28 years, was a member of the administrative staff, not a sworn officer. The prime minister visited the station and said the republic would “never give up in the face of Islamist terrorism”. Flowers were laid by residents outside the station gates on Saturday morning.",
        "T V",
        "stabbing",
    ),
]
