"""dev247 positives, part B: motoring stories that report current armed conflict or political
violence (settler arson of cars, car and truck bombs, cartel wars on highways, roadside bombs,
ambushed fuel convoys, flight by road, fuel-price riots and crackdowns). (title, text, tag codes,
kind)."""

POSITIVES = [
    (
        "Settlers torch cars and homes in West Bank village overnight",
        "Israeli settlers set fire to at least a dozen cars and two houses in the Palestinian village "
        "of Turmus Ayya, north of Ramallah, late on Tuesday, residents and the Palestinian Authority "
        "said. Footage shared by villagers showed masked men running between rows of burning cars on "
        "a residential street as residents tried to put out the flames with buckets. The Palestinian "
        "health ministry said one man was shot dead and 12 people were wounded, some by live fire. "
        "The Israeli military said soldiers had been sent to the village after “dozens of Israeli "
        "civilians” entered it and set property alight, and that it was investigating the shooting. "
        "Several families said they had lost the only vehicle they used to get to work in Ramallah. "
        "Many of the cars belonged to Palestinian Americans who spend part of the year in the village. "
        "The US State Department called the attack “a terrorist act” and urged Israel to hold those "
        "responsible to account.",
        "V",
        "settler_attack",
    ),
    (
        "Car bomb near bus of farm workers kills 20 outside Manbij",
        "A car bomb exploded next to a vehicle carrying farm workers on the outskirts of Manbij in "
        "northern Syria on Monday, killing 20 people, most of them women, Syrian civil defence said. "
        "Another 15 women were wounded, some critically, the White Helmets said, and ambulances "
        "ferried them to hospitals in Manbij and Jarablus. The blast was the deadliest in the area "
        "since Islamist-led rebels ousted Bashar al-Assad in December, and the seventh car bomb in or "
        "near the town in a month. Nobody claimed responsibility. Fighting has continued around "
        "Manbij between Turkish-backed factions and the Kurdish-led Syrian Democratic Forces, which "
        "blamed each other for the attack. The interim government's defence ministry said it would "
        "find those behind it. Workers at the market where the labourers gathered each morning said "
        "many families had no other income than seasonal work in the fields.",
        "E V B",
        "car_bomb",
    ),
    (
        "Truck bomb outside Cali air base kills five as Colombia faces wave of attacks",
        "A lorry packed with explosives blew up on a busy avenue beside the Marco Fidel Suárez air "
        "base in Cali on Thursday, killing at least five people and wounding more than 60, Colombian "
        "authorities said. The blast shattered windows for blocks and set fire to cars and "
        "motorcycles stuck in afternoon traffic. Defence minister Pedro Sánchez blamed the Jaime "
        "Martínez front, a dissident faction of the former FARC guerrilla group. The same day a "
        "police helicopter was brought down by a drone in Antioquia while escorting a coca "
        "eradication operation, killing 13 officers. President Gustavo Petro called the attacks "
        "terrorism and said he would ask for the groups to be designated terrorist organisations. "
        "Cali's mayor, Alejandro Eder, ordered military patrols on the main roads into the city and "
        "banned lorries from stopping near military installations. Residents were filmed pulling "
        "injured people from the wreckage of crushed cars.",
        "E T",
        "truck_bomb",
    ),
    (
        "Culiacán's car dealers shut up shop as cartel factions fight in the streets",
        "Car dealerships and rental agencies in Culiacán have closed or cut their hours as rival "
        "factions of the Sinaloa cartel fight for control of the city, and gunmen steal vehicles at "
        "gunpoint to use in their war, business groups said on Wednesday. More than 1,200 cars have "
        "been stolen with violence in Sinaloa since the split between the Chapitos and the faction "
        "loyal to Ismael “El Mayo” Zambada erupted in September, state prosecutors say. Soldiers "
        "fought gunmen on the Mexico 15 highway north of the city on Monday, and the army said it "
        "had killed 19 attackers in a single clash. Burned-out cars used as roadblocks are cleared "
        "from the ring road most mornings. Coparmex said about 1,500 businesses had closed. "
        "Insurers have raised premiums for pickups, the vehicle most sought by the gunmen. “Nobody "
        "wants to buy a new truck here now,” said the manager of a Ford dealership.",
        "B",
        "cartel_war",
    ),
    (
        "Roadside bomb hits commuter bus on Maiduguri-Damboa road, killing 26",
        "An improvised explosive device ripped through a commercial vehicle carrying passengers "
        "on the Maiduguri-Damboa road in Nigeria's Borno state on Monday, killing at least 26 people, "
        "officials said. The bus was travelling in a military-escorted convoy when it struck the "
        "device near the village of Mallam Karamti, a member of the Civilian Joint Task Force said. "
        "Among the dead were women and children travelling to market. Governor Babagana Zulum "
        "blamed Boko Haram and the rival Islamic State West Africa Province, which have laid mines "
        "on the route for years. The road had been reopened only months earlier after the army "
        "cleared parts of it. Drivers' unions in Maiduguri said they would suspend trips on the "
        "route until security improved. Wounded passengers were taken to the state specialist "
        "hospital in Maiduguri.",
        "E T",
        "roadside_bomb",
    ),
    (
        "Fuel convoy to besieged Djibo ambushed, drivers killed",
        "Jihadist fighters ambushed a convoy of fuel tankers and supply lorries heading for the "
        "besieged town of Djibo in northern Burkina Faso, killing soldiers, civilian drivers and "
        "volunteer fighters, security sources said on Friday. The convoy of about 150 vehicles was "
        "attacked near Gaskindé, and dozens of lorries were set on fire, two sources told Reuters. "
        "The al-Qaeda-linked group JNIM has blockaded Djibo for more than a year, and the town of "
        "some 300,000 people, many of them displaced from surrounding villages, depends on escorted "
        "convoys and occasional airlifts for food and fuel. The army said it had “neutralised” many "
        "assailants. Transporters' unions said at least 30 drivers were missing. Fuel sells in Djibo "
        "at four times the price in Ouagadougou, residents said, and several motorcycle repair shops "
        "have closed for lack of parts. The World Food Programme said it could no longer reach "
        "the town by road.",
        "B T H",
        "ambush",
    ),
    (
        "Amhara roads close as Fano fighters and army battle for towns",
        "Bus services between Addis Ababa and the Amhara region were suspended on Tuesday as "
        "fighting between the army and Fano militias spread to Bahir Dar and Gondar, operators "
        "said. Residents of Bahir Dar reported heavy gunfire overnight and said armed Fano fighters "
        "were controlling some streets. Ethiopia's government declared a state of emergency and "
        "said the army would restore order. Ethiopian Airlines suspended flights to Lalibela and "
        "Gondar. Petrol stations in Bahir Dar were rationing fuel to five litres a vehicle, and "
        "bajaj drivers said they had stopped working. The unrest began after the federal government "
        "moved to fold regional special forces into the police and army. Lorries carrying goods "
        "from Djibouti were stuck at checkpoints on the main highway north, drivers said.",
        "B",
        "battle",
    ),
    (
        "Cars jam the road to Gisenyi as M23 rebels take Goma",
        "Thousands of people fled Goma by car, motorbike and on foot on Monday as M23 rebels backed "
        "by Rwanda said they had captured the city in eastern Democratic Republic of Congo. The road "
        "to the Grande Barrière crossing into Gisenyi was jammed with vehicles loaded with "
        "mattresses and jerrycans, witnesses said. Gunfire and explosions were heard near the "
        "airport and in the city centre, and bodies lay in the streets, residents said. Fuel "
        "prices in Goma more than doubled overnight as stations closed. The United Nations said "
        "hundreds of thousands of people displaced by earlier fighting were sheltering in and around "
        "the city. Congo's government accused Rwanda of a declaration of war. Rwanda's "
        "immigration office said it had received more than 1,200 people at the border by midday.",
        "B D E",
        "offensive",
    ),
    (
        "Glide bomb wrecks car showroom in Zaporizhzhia",
        "A Russian guided aerial bomb destroyed a car dealership and damaged dozens of parked cars in "
        "Zaporizhzhia on Tuesday, killing two people and wounding 11, regional governor Ivan Fedorov "
        "said. Photographs showed the showroom's glass frontage blown out and the steel frames of "
        "new crossovers twisted by the blast. Two more bombs hit an industrial area nearby, damaging "
        "a tyre warehouse and a bus depot, the regional administration said. Russia has stepped up "
        "attacks on the city with glide bombs, which are dropped from aircraft well behind the "
        "front line. The dealership's owner told local media he had reopened the business only a "
        "year ago after an earlier strike. Emergency workers searched the rubble for several "
        "hours. Ukraine's air force said Russian aircraft had dropped more than 20 bombs on the "
        "region during the day.",
        "E",
        "airstrike",
    ),
    (
        "Police fire tear gas as Nigeria cost-of-living protests turn to looting in Kano",
        "Nigerian police fired tear gas at protesters in Abuja and Lagos on Thursday and a 24-hour "
        "curfew was imposed in Kano after crowds looted shops and set fire to vehicles, on the first "
        "day of protests against soaring living costs since the removal of the petrol subsidy. The "
        "price of petrol has more than tripled since President Bola Tinubu scrapped the subsidy last "
        "year, and commercial drivers have raised fares accordingly. Amnesty International said at "
        "least 13 protesters were killed by security forces, a figure the police disputed. In Kano, "
        "protesters attacked a state government building and burned cars parked outside. Traffic "
        "in Lagos was light as many motorists stayed at home. The Independent Petroleum Marketers "
        "Association said some filling stations had closed for fear of attack. The inspector-general "
        "of police said officers had shown restraint.",
        "U",
        "protest_crackdown",
    ),
    (
        "Ecuador roadblocks turn violent as fuel price protest enters second week",
        "A protester was killed in clashes with police in the Amazonian city of Puyo, Ecuador's "
        "ombudsman said on Wednesday, as an indigenous-led strike against high fuel prices blocked "
        "highways across the country for an eighth day. Demonstrators felled trees and burned tyres "
        "across the Pan-American Highway, and the government said police cars had been set on fire "
        "and officers held by protesters. Police used tear gas in Quito to push back crowds trying to "
        "reach the national assembly. The Conaie confederation is demanding a freeze on petrol and "
        "diesel prices. Petrol stations in Quito and Cuenca ran short of fuel as tankers were unable "
        "to get through, and dairy farmers poured away milk. President Guillermo Lasso declared a "
        "state of emergency in six provinces. The interior ministry said 40 officers had been hurt.",
        "U",
        "unrest",
    ),
    (
        "Iran's petrol price protests spread as banks and filling stations are set ablaze",
        "Protests over a sharp rise in petrol prices spread to dozens of Iranian cities over the "
        "weekend, with demonstrators setting fire to banks and filling stations and security forces "
        "opening fire in several places, according to witnesses and videos posted online before the "
        "internet was cut. The government raised the price of rationed petrol by 50% and of petrol "
        "above the monthly quota of 60 litres to three times its old level. State media said police "
        "officers and a member of the Revolutionary Guards had been killed and that about 1,000 "
        "“rioters” had been arrested. Amnesty International said security forces had killed "
        "dozens of protesters. Motorists blocked highways in Tehran by switching off their engines "
        "and leaving their cars in the road. Supreme Leader Ali Khamenei backed the increase and "
        "blamed the unrest on “thugs”.",
        "U",
        "crackdown",
    ),
    (
        "Gunmen ambush passenger convoy in Kurram, killing 42",
        "Gunmen opened fire on a convoy of passenger vans and cars travelling under police escort in "
        "Pakistan's Kurram district on Thursday, killing at least 42 people, including women and "
        "children, officials said. The vehicles were heading from Parachinar to Peshawar when they "
        "were attacked near Bagan, a deputy commissioner said. Kurram has seen repeated sectarian "
        "violence between Sunni and Shia tribes, and the main road through the district had been "
        "closed for weeks before the authorities reopened it for escorted convoys. Officials in "
        "Khyber Pakhtunkhwa province said the attack was aimed at Shia passengers. The road was "
        "closed again after the attack, and traders in Parachinar said medicine and fuel were "
        "running short. No group claimed responsibility. Clashes between armed tribesmen broke out "
        "in several villages the following day, police said.",
        "V B H",
        "convoy_attack",
    ),
    (
        "Bamako's petrol queues grow as jihadists torch tankers on roads to Mali",
        "Queues of cars and motorbikes stretched for kilometres outside petrol stations in Bamako on "
        "Monday as a blockade on fuel imports imposed by al-Qaeda's affiliate in Mali entered its "
        "second month. JNIM fighters have attacked tanker convoys on the roads from Senegal and "
        "Ivory Coast, setting dozens of lorries on fire and abducting drivers, transport unions say. "
        "The government said on Sunday that schools would close for two weeks because teachers and "
        "pupils could not get to class. Motorcycle taxi drivers in the capital said they were "
        "spending whole days in line for a few litres. The army has begun escorting convoys, and "
        "state television showed tankers arriving under guard. The United States told its citizens "
        "to leave the country on commercial flights. Mali imports almost all its fuel by road.",
        "T H V",
        "blockade",
    ),
    (
        "Insurgents ambush vehicles on Cabo Delgado highway",
        "Insurgents ambushed several vehicles on the N380 highway in Mozambique's Cabo Delgado "
        "province on Saturday, killing at least four civilians and burning two lorries, local "
        "sources said. The attack took place between Macomia and Oasse, a stretch that drivers have "
        "long feared, and traffic was halted for several hours. The Islamic State's Central Africa "
        "Province claimed the attack on its Telegram channels. Rwandan and Mozambican troops guard "
        "parts of the road, which links the provincial capital, Pemba, to the gas projects in the "
        "north. Transporters said they would travel only in escorted groups. Residents of nearby "
        "villages fled into the bush, according to a community leader. Aid agencies say more than "
        "half a million people remain displaced in the province.",
        "T V D",
        "ambush",
    ),
    (
        "Dhaka expressway toll plaza burned as student protests turn deadly",
        "Protesters set fire to a toll plaza on Dhaka's elevated expressway and to dozens of cars "
        "and buses on Thursday as clashes between students, police and ruling-party activists left "
        "at least 25 people dead across Bangladesh, hospital officials and local media said. Police "
        "fired tear gas, rubber bullets and live rounds to disperse crowds on the Jatrabari and "
        "Rampura roads. The expressway's operator closed the elevated road, and traffic on the "
        "Dhaka-Chittagong highway ground to a halt. The state broadcaster BTV's headquarters was also "
        "set ablaze. The government shut mobile internet and later imposed a curfew enforced by "
        "soldiers. Students are demanding an end to quotas for government jobs. Bus owners' "
        "associations said they would keep long-distance services suspended until further notice.",
        "U",
        "riot",
    ),
]
