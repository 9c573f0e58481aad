"""dev209 positives, part B: trains, buses, airports, convoys and roads attacked, seized or cut in
South Asia, Africa and the Americas, and riots that burn stations and buses, 2014-2025.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset.
"""

POSITIVES = [
    (
        "Separatists blow up track and seize Jaffar Express with hundreds on board in Balochistan",
        "Baloch separatist fighters blew up a section of track and attacked the Jaffar Express in "
        "a remote gorge of the Bolan Pass on Tuesday, taking hundreds of passengers hostage, "
        "Pakistani officials said. The train, with nine coaches and about 440 people on board, had "
        "left Quetta in the morning for Peshawar. It was stopped near a tunnel close to the Mashkaf "
        "area, where the rugged terrain and the lack of mobile coverage made it hard for rescuers "
        "to approach. The Baloch Liberation Army said it was holding the passengers and demanded "
        "the release of Baloch political prisoners within 48 hours. It threatened to kill hostages "
        "if the army attacked. By Wednesday evening the military said a clearance operation "
        "backed by helicopter gunships and special forces had ended, that all 33 attackers had "
        "been killed and that 339 passengers had been freed. Twenty-one hostages and four "
        "soldiers were killed, according to the military's media wing, ISPR. Freed passengers "
        "arriving at Quetta railway station described militants checking identity cards and "
        "separating off-duty soldiers from other travellers. Pakistan Railways suspended all "
        "trains between Quetta and the rest of the country, and the provincial government declared "
        "an emergency in the city's hospitals. Prime minister Shehbaz Sharif called the attack "
        "cowardly terrorism. The BLA, which wants independence for the mineral-rich province, has "
        "attacked trains, buses and Chinese-funded projects with growing frequency. Last November a "
        "suicide bomber killed more than 20 soldiers and civilians on the platform of Quetta's "
        "railway station. Relatives of passengers waited at the station through the night for "
        "news, and many complained that officials told them nothing.",
        "E V T B M",
        "hijacking",
    ),
    (
        "Blast near Karachi airport kills two Chinese engineers; BLA claims attack",
        "A vehicle packed with explosives blew up next to a convoy carrying Chinese engineers on the "
        "road outside Karachi's Jinnah international airport late on Sunday, killing two Chinese "
        "nationals and wounding at least ten people, Pakistani officials said. The blast set "
        "several cars on fire and could be heard across much of the city. The engineers worked for "
        "a coal-fired power plant at Port Qasim and had just arrived on a flight. The Baloch "
        "Liberation Army said its suicide squad had carried out the attack. Interior minister "
        "Mohsin Naqvi called it a terrorist attack on Pakistan's friendship with China. Flights "
        "were not suspended, but the airport road was closed for hours and departing passengers "
        "were told to arrive early. China's embassy urged its citizens in Pakistan to take extra "
        "precautions.",
        "E T",
        "bombing",
    ),
    (
        "Militants fire on pilgrims' bus in Reasi, sending it into gorge; nine killed",
        "Nine people were killed and 33 injured in Jammu and Kashmir's Reasi district on Sunday "
        "evening when militants opened fire on a bus carrying Hindu pilgrims, causing it to "
        "plunge into a deep gorge, police said. The 53-seat bus was travelling from the Shiv Khori "
        "cave shrine to Katra, the base camp for the Vaishno Devi temple, when gunmen hiding in "
        "the forest fired at the driver. Survivors said the attackers kept shooting after the "
        "bus had overturned. Among the dead were a two-year-old child and pilgrims from Uttar "
        "Pradesh and Rajasthan. Police said the attackers were believed to be members of a group "
        "linked to Lashkar-e-Taiba, and a large search operation was launched in the hills "
        "between Reasi and Rajouri. The attack happened as Narendra Modi was being sworn in for a "
        "third term in Delhi. The Jammu and Kashmir road transport corporation said buses on "
        "pilgrim routes would travel in convoys with armed escorts until further notice.",
        "V T M",
        "ambush",
    ),
    (
        "Al-Shabaab gunmen hijack Nairobi-bound bus near Mandera, kill 28 passengers",
        "Gunmen from the Somali militant group al-Shabaab stopped a bus travelling from Mandera to "
        "Nairobi before dawn on Saturday, ordered passengers off and shot dead 28 of them who were "
        "unable to recite verses from the Koran, Kenyan police said. The bus, operated by Makkah "
        "Coach, had about 60 people on board and was about 30 km from Mandera, near the Somali "
        "border. Survivors said the attackers separated those they believed to be non-Muslims, "
        "most of them teachers and civil servants travelling home for the Christmas holidays, and "
        "made them lie down by the road. Al-Shabaab said the killings were revenge for police raids "
        "on mosques in Mombasa. The Kenyan military said it had carried out air strikes on the "
        "group's camps inside Somalia later in the day. The Kenya National Union of Teachers urged "
        "its members in the north-east to leave the region, and bus companies suspended night "
        "services on the Mandera road. Interior secretary Joseph ole Lenku faced calls to resign.",
        "V T E M",
        "ambush",
    ),
    (
        "Gunmen bomb Abuja-Kaduna train, kill eight and abduct dozens of passengers",
        "Armed men blew up a section of track and attacked a train travelling from Abuja to Kaduna "
        "on Monday night, killing at least eight people and abducting an unknown number of "
        "passengers, the Nigerian Railway Corporation and Kaduna state officials said. The "
        "explosion near Katari, about 40 km from Kaduna, derailed the locomotive and several "
        "coaches, and gunmen then surrounded the train and fired into carriages for more than an "
        "hour. The train had 362 passengers on its manifest, and the corporation said 186 of them "
        "had been accounted for by Wednesday. Samuel Aruwan, Kaduna state's commissioner for "
        "internal security, called the attackers terrorists. Troops reached the scene some hours "
        "later and evacuated survivors by road. Photographs showed shattered windows and "
        "bloodstained seats. The railway, which opened in 2016 and was seen as the safest way to "
        "travel between the capital and Kaduna, was suspended indefinitely. The road between the "
        "two cities has for years been plagued by kidnappings for ransom, and many commuters had "
        "switched to the train. Weeks earlier, gunmen had attacked Kaduna airport, killing a "
        "security guard. Senators called for the railway to be guarded by the army.",
        "E V T",
        "train_attack",
    ),
    (
        "Jihadist blockade chokes Mali's fuel supply as tanker convoys burn",
        "Fighters of the al-Qaeda-linked group JNIM have torched dozens of fuel tankers on the "
        "roads from Senegal and Ivory Coast into Mali in the past month, enforcing a blockade that "
        "has left Bamako with long queues at petrol stations and forced the government to close "
        "schools and universities for two weeks. The group announced in September that it would "
        "stop fuel imports into the country. Trucking unions say more than 100 tankers have been "
        "destroyed and several drivers killed or kidnapped, most of them on the roads through "
        "Kayes and Nioro du Sahel. Army escorts have been attacked repeatedly; on one convoy near "
        "Kati, soldiers fought the insurgents for several hours, and the army said it had killed "
        "dozens of fighters. Video posted by the militants showed columns of smoke over a line of "
        "burning trucks. Electricity in the capital is rationed to a few hours a day because the "
        "power stations run on diesel. The United States and several European countries have told "
        "their citizens to leave Mali on commercial flights while they still can. Transport "
        "minister Dembel\u00e9 Madina Sissoko urged drivers to keep working and promised stronger "
        "escorts. Aid agencies say food prices in the north have doubled. In Kayes, drivers said "
        "they now waited for days at the border for a convoy to form. Some have refused to make "
        "the trip at all, and Senegalese hauliers' unions have advised members to stay home.",
        "T V B H",
        "blockade",
    ),
    (
        "Kurram road closed for weeks after convoy massacre as Parachinar runs short of medicine",
        "Parachinar, the main town of Pakistan's Kurram district, has been cut off from the rest of "
        "the country for more than two months since gunmen attacked a convoy of passenger vehicles "
        "on the only road into the valley, killing at least 42 people, among them women and "
        "children. The attack near Bagan in November set off days of clashes between armed Sunni "
        "and Shia tribes in which more than 130 people were killed, according to local officials. "
        "The Thal-Parachinar road has been closed to traffic since, and a convoy of food trucks that "
        "tried to get through this month was ambushed and looted, with two drivers killed. "
        "Doctors at the district headquarters hospital said dozens of children had died for lack of "
        "medicines, a figure the provincial government disputes. The Khyber Pakhtunkhwa government "
        "has airlifted some supplies by helicopter and says bunkers built by the tribes along the "
        "road must be demolished before it reopens. Residents have staged sit-ins in Parachinar "
        "and Peshawar demanding safe passage. Petrol costs three times the national price, and "
        "the only ATMs in the town have run dry.",
        "V H B",
        "siege",
    ),
    (
        "M23 rebels seize Goma airport as aid flights halt",
        "M23 rebels backed by Rwandan troops took control of Goma's airport on Tuesday, a day after "
        "they entered the city, and fighting with Congolese soldiers continued in some districts, "
        "residents and UN officials said. Aid agencies said all flights into the city had been "
        "suspended, leaving them unable to bring in medical supplies for hospitals treating "
        "hundreds of wounded. The airport is the main gateway for humanitarian cargo into North "
        "Kivu. Hundreds of thousands of people who had already fled the rebel advance were "
        "displaced again as shells fell on camps on the city's edge, the UN said. Congolese troops "
        "and some of their allies surrendered their weapons to UN peacekeepers. Bodies lay in the "
        "streets near the airport, and the morgue at the main hospital was full. Congo Airways "
        "said it had suspended its Kinshasa route indefinitely. The UN refugee agency said "
        "thousands had crossed into Rwanda at the Grande Barri\u00e8re border post.",
        "B D H E V",
        "offensive",
    ),
    (
        "Drones hit Port Sudan airport and fuel depots, halting flights into relief hub",
        "Drones struck Port Sudan's international airport, an adjacent air base and the main fuel "
        "depots for a third straight day on Tuesday, sending columns of black smoke over the Red "
        "Sea city that has served as the seat of Sudan's army-backed government and the hub for "
        "aid deliveries. The army blamed the paramilitary Rapid Support Forces, which it has been "
        "fighting since April 2023. Civilian flights were suspended, and the UN said it had paused "
        "its humanitarian flights into the country. Sudan's energy ministry said the strikes had "
        "damaged fuel tanks at the southern port and a power substation, causing blackouts across "
        "the city. Port Sudan, more than 800 km from the front lines, had until then been "
        "considered safe, and many aid agencies and displaced families had moved there. Badr "
        "Airlines and Tarco said they would fly from Atbara and Kassala. The Sudanese government "
        "cut diplomatic ties with the United Arab Emirates, which it accuses of supplying the "
        "drones.",
        "E H",
        "drone_strike",
    ),
    (
        "Fano militia takes control of Lalibela; flights to Amhara suspended",
        "Fighters of the Fano militia took control of the town of Lalibela and its airport on "
        "Wednesday after clashes with the Ethiopian army, residents said. Ethiopian Airlines "
        "suspended flights to Lalibela and Gondar, where heavy fighting was also reported, and "
        "said it would refund tickets. The government declared a six-month state of emergency "
        "in the Amhara region. Residents said the militiamen were patrolling the streets and that "
        "the army had pulled back after a night of gunfire around the airport. Internet access in "
        "the region has been cut, and travellers on the road from Bahir Dar reported checkpoints "
        "manned by armed men. The Fano, an ethnic Amhara militia that fought alongside the army "
        "in the Tigray war, turned against the government after it moved to disband regional "
        "forces. Lalibela's 12th century rock-hewn churches are among Ethiopia's biggest tourist "
        "draws, and tour operators said they had cancelled bookings for the Ethiopian new year.",
        "B",
        "battle",
    ),
    (
        "US airlines halt Haiti flights after Spirit jet is hit by gunfire",
        "Spirit Airlines, JetBlue and American Airlines suspended flights to Haiti on Monday after a "
        "Spirit plane from Fort Lauderdale was hit by gunfire as it came in to land at Port-au-Prince, "
        "wounding a flight attendant. The Airbus A320 diverted to Santiago in the Dominican "
        "Republic, where inspectors found bullet holes in the fuselage. Toussaint Louverture "
        "international airport was closed until further notice. The same day, gangs of the Viv "
        "Ansanm coalition attacked several neighbourhoods near the airport and clashed with police "
        "in the commune of Tabarre, and thousands of residents fled their homes. The US Federal "
        "Aviation Administration later banned American carriers from flying to Haiti for 30 days. "
        "The closure leaves Cap-Ha\u00eften in the north as the only working international "
        "gateway, and the road from the capital is controlled by gangs. Aid groups said it would "
        "make getting supplies into the capital harder still. The attack came as Haiti's "
        "transitional council swore in a new prime minister.",
        "B D H",
        "gang_attack",
    ),
    (
        "Culiacán airport shut as cartel gunmen fire on Aeroméxico jet after Guzmán arrest",
        "Gunmen fired on an Aeroméxico passenger plane as it prepared to take off from Culiacán "
        "airport on Thursday, hours after Mexican soldiers captured Ovidio Guzmán, a son of the "
        "jailed drug lord Joaquín \u201cEl Chapo\u201d Guzmán. Passengers filmed themselves lying "
        "on the cabin floor as shots were heard; the airline said a bullet hit the fuselage but "
        "nobody on board was injured. Military aircraft on the apron were also hit. The airport "
        "was closed and flights cancelled. Across the city, members of the Sinaloa cartel set up "
        "burning roadblocks with hijacked buses and trucks and fought troops for hours. Defence "
        "minister Luis Cresencio Sandoval said ten soldiers and 19 gunmen had been killed, and that "
        "the operation had been planned for six months. Residents were told to stay at home, and "
        "schools and shops stayed shut on Friday. Guzmán was flown to Mexico City by military "
        "helicopter. In 2019 the government had released him under fire after a failed attempt "
        "to arrest him.",
        "B M",
        "battle",
    ),
    (
        "Santiago metro shut down as protesters set stations on fire",
        "Santiago's entire metro network was closed on Saturday after protesters set fire to "
        "several stations and attacked others overnight, in the worst unrest in Chile in decades. "
        "The metro operator said 20 stations had been burned and 41 damaged, and that some lines "
        "could stay closed for months. Buses were also set alight and supermarkets looted, and "
        "police used tear gas and water cannon against crowds in the city centre. President "
        "Sebasti\u00e1n Pi\u00f1era declared a state of emergency and put the army in charge of "
        "security in the capital, where a night curfew was imposed. The protests began with "
        "students jumping over ticket barriers against a rise in metro fares, and widened into "
        "anger at inequality and the cost of living. The government suspended the fare rise, "
        "which it had set at 30 pesos. Hundreds of people were arrested. Commuters walked for "
        "hours to get to work, and traffic jams clogged the main avenues. The metro, which carries "
        "about 2.6 million passengers a day, is the backbone of the city's transport system.",
        "U",
        "riot",
    ),
    (
        "Dhaka metro suspended after protesters torch Mirpur-10 and Kazipara stations",
        "Dhaka's metro rail was suspended indefinitely on Friday after protesters set fire to two "
        "stations and vandalised ticket machines and control rooms, the operator said. Dhaka Mass "
        "Transit Company said Mirpur-10 and Kazipara stations had been badly damaged and that "
        "repairs could take months. The attacks came during a week of clashes between police and "
        "students protesting against quotas for government jobs, in which dozens of people have "
        "been killed. Police fired tear gas, rubber bullets and live rounds, and the government "
        "imposed a nationwide curfew and deployed the army. Protesters also set fire to the state "
        "broadcaster's headquarters and toll booths on the elevated expressway. Mobile internet has "
        "been cut across the country. Road transport minister Obaidul Quader said the metro would "
        "not reopen until security could be guaranteed. The metro line, which opened in stages "
        "from 2022, carries hundreds of thousands of passengers a day.",
        "U",
        "riot",
    ),
    (
        "Dakar buses torched as riots over Sonko verdict spread",
        "Dakar's public bus company suspended services on Friday after rioters set fire to several "
        "of its buses, as violent protests over the conviction of opposition leader Ousmane Sonko "
        "spread across Senegal for a second day. The company, Dakar Dem Dikk, said it had lost "
        "several vehicles and would keep its fleet in the depots until calm returned. Young "
        "protesters threw stones at police, looted shops and set up burning barricades, and police "
        "responded with tear gas. The government said nine people had been killed. Sonko was "
        "sentenced in absentia to two years in prison for corrupting youth, a verdict that could "
        "bar him from next year's presidential election. Authorities restricted access to social "
        "media. Universities were closed. The express train to the new airport kept running, though "
        "with few passengers.",
        "U",
        "riot",
    ),
    (
        "Noumea airport closed and roads barricaded as riots grip New Caledonia",
        "New Caledonia's La Tontouta international airport remained closed to commercial flights on "
        "Wednesday as riots over a voting reform swept through the capital, Noumea, leaving "
        "thousands of tourists stranded. Rioters burned cars, shops and a pharmacy, and set up "
        "barricades on the main road to the airport, which is about 50 km north of the city. Four "
        "people were killed, among them a gendarme, the French high commissioner said. Paris "
        "declared a state of emergency and flew in hundreds of police reinforcements, and "
        "gendarmes began clearing the road to the airport. Aircalin, the territory's airline, "
        "cancelled all its flights, and Australia and New Zealand prepared military flights to "
        "bring their citizens home. The unrest erupted after the French parliament voted to allow "
        "more recent residents to vote in provincial elections, which pro-independence Kanak "
        "leaders say would dilute their vote. Supermarkets ran low on food, and residents formed "
        "neighbourhood watches. TikTok was blocked.",
        "U",
        "riot",
    ),
]
