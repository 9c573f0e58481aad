"""dev247 positives, part A: motoring stories that report current armed conflict or political
violence (strikes near circuits, drones hunting cars, car bombs, highway attacks, fuel blockades,
vehicles torched in riots). (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Formula One practice goes ahead in Jeddah as smoke rises from oil depot hit by Houthi missile",
        "Formula One drivers held a four-hour meeting late on Friday before agreeing to race in Saudi "
        "Arabia this weekend, hours after a missile strike set fire to an Aramco fuel depot about "
        "11km from the Jeddah Corniche circuit. Thick black smoke drifted across the track during "
        "first practice, and several drivers said they could smell burning fuel from their cockpits. "
        "Yemen's Houthi movement said it had fired missiles and drones at Aramco facilities in Jeddah "
        "and at other targets in the kingdom. The Saudi-led coalition said it had intercepted a "
        "number of drones and later launched air strikes on Sanaa and the port of Hodeidah. No "
        "casualties were reported at the depot, where firefighters were still at work at midnight. "
        "Stefano Domenicali, the sport's chief executive, said Saudi authorities had given "
        "“complete assurances” that the circuit and the city were protected. One team principal, "
        "who asked not to be named, said several drivers had wanted to leave the country. The second "
        "practice session started 15 minutes late.",
        "E M",
        "missile_strike",
    ),
    (
        "Kherson drivers take back roads as Russian drones hunt cars on the city's edge",
        "Drivers in Kherson have started leaving their cars at home or covering them in netting as "
        "Russian drones strike vehicles on the roads along the Dnipro river almost every day, local "
        "officials said on Tuesday. A 58-year-old man was killed on Monday when a drone dropped "
        "explosives on his Lada near the Antonivskyi district, and two passengers were wounded, the "
        "regional military administration said. Another drone hit a municipal bus on Sunday, injuring "
        "the driver and four passengers. Roman Mrochko, head of the city military administration, said "
        "Russian operators were deliberately targeting civilian cars, ambulances and delivery vans. "
        "The authorities have hung anti-drone nets over about 8km of road and told motorists to "
        "keep their speed up and avoid stopping near the riverbank. Car repair shops say bodywork "
        "and windscreen damage from shrapnel now accounts for much of their work. “You drive with one "
        "ear to the sky,” said Olena, a taxi driver who gave only her first name. Insurers in Ukraine "
        "do not cover war damage under standard motor policies.",
        "E V",
        "drone_strike",
    ),
    (
        "Crimea rations petrol to 20 litres a car as refinery strikes bite",
        "Petrol stations across Crimea limited sales to 20 litres per car on Thursday and queues "
        "stretched for hundreds of metres in Simferopol and Sevastopol, after a run of Ukrainian "
        "drone strikes on refineries in southern Russia cut supplies to the peninsula. Sergei "
        "Aksyonov, the Russian-installed head of Crimea, said the limit was temporary and blamed "
        "“logistical difficulties”. Ukraine's general staff said its long-range drones had struck the "
        "Novoshakhtinsk and Volgograd refineries overnight, causing fires at both plants. Russia's "
        "defence ministry said air defences had downed 41 Ukrainian drones over several regions. "
        "The price of AI-95 petrol at independent stations in Crimea has risen by about a third since "
        "August, drivers said. Some stations sold only to holders of coupons, which are issued to "
        "public services and the military. Analysts estimate the strikes have knocked out as much "
        "as a sixth of Russia's refining capacity at their peak. Moscow has extended a ban on "
        "petrol exports until the end of the year.",
        "E M",
        "drone_strike",
    ),
    (
        "Car bomb kills senior Russian general outside Moscow",
        "A car packed with explosives blew up in a residential courtyard in Balashikha, east of Moscow, "
        "on Friday, killing a senior officer of the Russian general staff, investigators said. The "
        "device, which contained shrapnel, was planted in a Volkswagen Golf parked beside the "
        "officer's car and detonated as he walked past, according to the Investigative Committee. "
        "Video published by Russian media showed a burned-out vehicle and shattered windows in a "
        "nearby apartment block. The committee opened a criminal case for a terrorist act and said a "
        "suspect had been detained. Kremlin officials accused Ukraine's intelligence services of "
        "being behind the killing, which came on the day a US envoy was due in Moscow for talks on "
        "the war. Kyiv did not comment. It was at least the third killing of a senior officer by a "
        "bomb in or near the Russian capital in six months. Residents said the courtyard had been "
        "sealed off for most of the day.",
        "E T",
        "car_bomb",
    ),
    (
        "Al-Shabaab car bomb tears through Mogadishu's busiest junction",
        "A car bomb exploded at a crowded junction in Mogadishu on Saturday morning, killing at "
        "least 19 people, most of them traders, minibus passengers and students, police and hospital "
        "officials said. The blast at the KM4 intersection, where the city's main roads meet, "
        "destroyed dozens of vehicles waiting at a security checkpoint and set fire to a fuel "
        "tanker. Al-Shabaab said in a statement on its Andalus radio station that it had targeted "
        "government officials. Police spokesman Abdifatah Aden Hassan said the car had been driven "
        "into traffic near the checkpoint before it was detonated. Aamin Ambulance said its crews "
        "had taken more than 40 wounded people to hospital. Witnesses described bodies trapped in "
        "burned-out minibuses. The al-Qaeda-linked group has fought the federal government for more "
        "than 15 years and frequently uses vehicle bombs in the capital.",
        "E T V",
        "car_bomb",
    ),
    (
        "Gunmen stop trucks on Balochistan highway, shoot passengers and torch vehicles",
        "Gunmen blocked a national highway in Pakistan's Balochistan province overnight, checked the "
        "identity cards of people travelling in trucks and buses, and shot dead 23 passengers, "
        "officials said on Monday. The attackers set fire to at least 35 vehicles in the Musakhel "
        "district, leaving a line of burned-out lorries across the road, deputy commissioner Najeebullah "
        "Kakar said. Most of the victims were from Punjab province, police said. The banned "
        "Balochistan Liberation Army said it had carried out a series of attacks across the province "
        "and told people to stay off the highways. Prime Minister Shehbaz Sharif condemned what he "
        "called a terrorist attack and ordered an operation against those responsible. Transporters "
        "suspended goods traffic on the route, and hundreds of lorries were parked at Dera Ghazi "
        "Khan waiting for the road to be declared safe. The highway links Punjab to the provincial "
        "capital, Quetta.",
        "V T",
        "highway_attack",
    ),
    (
        "Khartoum's cars vanish as fighters commandeer them at gunpoint",
        "Residents of Khartoum say Rapid Support Forces fighters have been stopping cars at gunpoint "
        "and seizing them, as fighting with the army enters its third week and thousands of families "
        "try to leave the capital by road. “They took the keys, told us to get out and drove off with "
        "our bags still inside,” said a doctor who fled the Riyadh district on Wednesday with his wife "
        "and three children. Dealers at a car showroom in Bahri said every vehicle on their forecourt "
        "had been taken. The RSF denied looting and blamed “criminal elements”. Air strikes and "
        "artillery fire continued around the army headquarters and the airport, witnesses said. "
        "Buses to the Egyptian border now cost several hundred dollars a seat, and fuel sells on the "
        "black market at many times the official price. The United Nations refugee agency said more "
        "than 100,000 people had crossed into neighbouring countries since the war began.",
        "V B D E",
        "looting",
    ),
    (
        "Gaza ambulances stop as fuel runs out, families head south by donkey cart",
        "Ambulances and water trucks in northern Gaza stopped running on Thursday as the last fuel "
        "reserves ran out, the Palestinian Red Crescent said, while thousands of families continued "
        "to head south along Salah al-Din Road on foot and in donkey carts. No fuel has entered the "
        "enclave since Israel imposed a full siege after the Hamas attack on October 7. UNRWA said it "
        "would have to halt its operations within days without fuel for its lorries and generators. "
        "Israeli air strikes continued across the territory overnight, health officials said. Cars "
        "that still run are filled with cooking oil, drivers said, and mechanics have been stripping "
        "abandoned vehicles for parts. “I carried my mother on the cart for six hours,” said Mahmoud, "
        "a 34-year-old from Beit Lahia. The World Health Organization said 12 hospitals had shut down "
        "because of damage or a lack of fuel.",
        "H D E",
        "siege",
    ),
    (
        "Nairobi motorists abandon cars as police fire tear gas and live rounds at tax protesters",
        "Motorists abandoned their cars in central Nairobi on Tuesday as police fired tear gas, water "
        "cannon and live rounds at thousands of young protesters who stormed parliament over a "
        "finance bill that would have raised taxes on fuel and motor vehicles. Protesters set fire "
        "to several vehicles and part of the parliament building, and at least five people were "
        "shot dead outside it, rights groups said. Matatu operators withdrew their minibuses from the "
        "city centre by midday, stranding commuters, and traffic on Uhuru Highway came to a standstill. "
        "The Kenya National Commission on Human Rights said officers had fired on unarmed "
        "demonstrators. The Automobile Association of Kenya had opposed the bill's 2.5% annual motor "
        "vehicle tax, saying it would hit car owners hard. President William Ruto called the storming "
        "of parliament “treasonous” and deployed the army to support the police.",
        "U",
        "protest_crackdown",
    ),
    (
        "French insurers count cost as thousands of cars torched in fourth night of riots",
        "More than 5,000 vehicles have been set alight across France since riots broke out after the "
        "police killing of a 17-year-old driver in Nanterre, the interior ministry said on Saturday, "
        "and insurers warned the bill would run to hundreds of millions of euros. Rioters burned "
        "cars and buses, looted shops and attacked town halls and police stations overnight, and "
        "police made 1,311 arrests, the ministry said. Some 45,000 police officers were deployed. "
        "France Assureurs, the industry body, said owners with comprehensive cover would be "
        "compensated, but many cars in the suburbs worst hit were insured only against third-party "
        "claims. Transdev said it had pulled buses off several routes after drivers were attacked. "
        "Nahel M. was shot by an officer at a traffic stop on Tuesday as he drove away in a rented "
        "Mercedes. The officer has been charged with voluntary homicide.",
        "U",
        "riot",
    ),
    (
        "Fuel price protests turn deadly in Kazakhstan as crowds torch police cars",
        "Protests over a doubling of the price of liquefied petroleum gas, the fuel most Kazakh "
        "drivers use in their cars, turned violent on Wednesday as crowds stormed the mayor's office "
        "in Almaty and set police cars on fire. Police used stun grenades and tear gas, and the "
        "interior ministry said eight officers had been killed and more than 300 injured. President "
        "Kassym-Jomart Tokayev declared a state of emergency, sacked the government and asked a "
        "Russian-led military alliance for help. The unrest began on Sunday in Zhanaozen, an oil town "
        "in the west, where the price of LPG at the pump rose from 60 tenge a litre to 120 on January "
        "1. The government has since restored the cap. Internet access was cut across much of the "
        "country, and Almaty's airport was seized by protesters for several hours. Witnesses described "
        "gunfire in the city centre overnight.",
        "U",
        "riot",
    ),
    (
        "Soldiers fire into the air as scuffles break out in Sri Lanka fuel queue",
        "Sri Lankan soldiers fired into the air to disperse a crowd at a petrol station in "
        "Visuvamadu, in the northern district of Mullaitivu, after motorists who had waited all "
        "night for fuel clashed with troops guarding the pumps, police said on Sunday. Four civilians "
        "and three soldiers were hurt when the crowd threw stones and a military vehicle was damaged. "
        "The army said soldiers had been attacked and had fired warning shots. The government has "
        "limited private motorists to a weekly fuel quota and deployed troops to filling stations "
        "since the economic collapse left it unable to pay for imports. Queues of cars, tuk-tuks and "
        "motorcycles now stretch for several kilometres in Colombo, and at least 10 people have died "
        "while waiting in them this year. Police also used tear gas against protesters who blocked "
        "roads near Kandy. Schools and government offices outside essential services have been told "
        "to close to save fuel.",
        "U",
        "unrest",
    ),
    (
        "Haiti's petrol pumps run dry as police fight gangs for the Varreux terminal",
        "Haitian police backed by armoured vehicles fought gang members for control of the Varreux "
        "fuel terminal in Port-au-Prince on Monday, in an attempt to end a blockade that has dried up "
        "petrol stations across the country for nearly two months. Gunfire was heard for several hours "
        "around the terminal, which holds most of Haiti's imported fuel, residents said. The G9 "
        "coalition led by Jimmy Chérizier has dug trenches across the access road and refused to let "
        "tanker lorries in or out. Petrol sells on the street for about $30 a gallon, and hospitals "
        "have warned they cannot run generators. UNICEF said the fuel shortage had also disrupted "
        "water deliveries as a cholera outbreak spread in the capital. Motorcycle taxis, which most "
        "people rely on, have largely disappeared from the streets. A police spokesman said officers "
        "had retaken part of the area but that the terminal was not yet under their control.",
        "B H",
        "gang_battle",
    ),
    (
        "Resistance forces seize stretch of Asian Highway, stranding lorries at Thai border",
        "Myanmar resistance forces say they have captured a strategic stretch of the Asian Highway "
        "between Kawkareik and Myawaddy after days of fighting, cutting the military's main trade "
        "route to Thailand. The Karen National Liberation Army and allied People's Defence Forces "
        "overran several army outposts along the road, a KNLA spokesman said. The military "
        "responded with air strikes on villages near the highway, residents said, and hundreds of "
        "people fled towards the Moei river. More than 1,000 lorries carrying consumer goods, car "
        "parts and fuel were stuck on either side of the border, Thai traders said. Trade through "
        "Mae Sot, worth billions of baht a year, was at a standstill. A junta spokesman said troops "
        "were “clearing” the road and accused the rebels of extorting drivers. The Thai army "
        "increased patrols on its side of the border.",
        "B E D",
        "battle",
    ),
    (
        "Car carrier Galaxy Leader seized by Houthis in Red Sea, crew held",
        "Yemen's Houthi rebels landed a helicopter on the car carrier Galaxy Leader in the southern "
        "Red Sea on Sunday and took its 25 crew hostage, steering the ship to the port of Hodeidah, "
        "its Japanese operator said. Video released by the group showed armed men in combat gear "
        "running across the deck and pointing rifles at crew members on the bridge. The crew "
        "includes Bulgarian, Filipino, Mexican and Ukrainian seafarers. The Houthis said they would "
        "target ships linked to Israel as long as the war in Gaza continues. The vessel, which can "
        "carry around 5,000 vehicles, was sailing empty from Turkey to India, Nippon Yusen said. "
        "Israel's prime minister's office called the seizure an act of Iranian terrorism and said "
        "no Israelis were aboard. Car shipping lines said they were reviewing routes through the "
        "Bab el-Mandeb strait. Shares in Wallenius Wilhelmsen fell 3% in Oslo.",
        "V",
        "hijacking",
    ),
    (
        "Israeli drone strike hits car on south Lebanon road, killing two",
        "An Israeli drone struck a car on the road between Nabatieh and Kfar Roummane in south "
        "Lebanon on Wednesday, killing two men, Lebanon's health ministry said. Photographs from the "
        "scene showed the charred shell of a grey Kia on the verge and civil defence workers "
        "spraying foam on the wreckage. The Israeli military said it had struck a Hezbollah "
        "operative who was trying to rebuild the group's infrastructure in the area. Israel has "
        "carried out near-daily strikes in Lebanon, many of them on vehicles and motorcycles, "
        "despite a ceasefire agreed in November. Lebanon's president Joseph Aoun called the strikes "
        "a violation of the truce. Drivers in the south say they avoid travelling behind cars they "
        "do not know. A second strike on a motorcycle near Bint Jbeil later in the day wounded one "
        "person, the state news agency said.",
        "E M",
        "drone_strike",
    ),
]
