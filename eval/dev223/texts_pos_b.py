"""dev223 positives, part B: current armed conflict or political violence that reaches
factories, mines, plants, ports and industrial supply chains (see README.md, "Decisions")."""

POSITIVES = [
    (
        "Russian missile hits Dnipro rocket plant in first combat use of new weapon",
        "Russia fired a new intermediate-range ballistic missile at the Pivdenmash aerospace "
        "plant in Dnipro early on Thursday, President Vladimir Putin said in a televised address, "
        "calling it a test in combat conditions and a warning to Western countries supplying "
        "Ukraine with long-range weapons. Ukraine's air force said the missile carried six "
        "warheads, each releasing several submunitions, and that they fell on the industrial "
        "site and nearby buildings. Two people were injured and a rehabilitation centre for "
        "people with disabilities was damaged, regional officials said. The Soviet-era plant, "
        "once known as Yuzhmash, built intercontinental missiles and later rockets for civilian "
        "space programmes, and Ukraine has used it to develop its own missiles. Workers arriving "
        "for the morning shift found the main road sealed off by police, a local news site "
        "reported. Putin said Russia would keep testing the system, named Oreshnik, and could "
        "strike the military facilities of countries whose weapons were used against it. Kyiv "
        "called the attack an escalation and urged its allies to respond.",
        "E",
        "missile_strike",
    ),
    (
        "Israeli strikes hit Iranian missile factories, satellite images show",
        "Israel's overnight air strikes on Iran damaged buildings at the Parchin military complex "
        "and the Khojir missile production site east of Tehran, satellite images published on "
        "Sunday show, in what analysts called a serious blow to Iran's ability to make solid-fuel "
        "ballistic missiles. Images from Planet Labs show at least four structures destroyed at "
        "Khojir, including one that housed industrial mixers used to prepare rocket propellant, "
        "according to researchers at the Middlebury Institute. The Israeli military said about "
        "100 aircraft took part in three waves of strikes on missile manufacturing facilities and "
        "air defence systems in retaliation for Iran's missile attack on Israel this month. "
        "Iran's military said four soldiers were killed and that its air defences had limited "
        "the damage. The mixers, which Iran imports with difficulty because of sanctions, could "
        "take a year or more to replace, a former US defence official said. Tehran said it "
        "reserved the right to respond, while Washington urged both sides to stop the "
        "exchange of fire.",
        "E M",
        "airstrike",
    ),
    (
        "Gunmen kill soldiers and abduct Chinese workers at Nigerian mine",
        "MINNA, Nigeria - Armed men attacked a granite mine run by a Chinese company in Nigeria's "
        "Niger state on Wednesday, killing at least 30 soldiers and police officers guarding the "
        "site and abducting four Chinese workers, local residents and security sources said. "
        "The attackers, who arrived on dozens of motorcycles, surrounded the mine in Shiroro "
        "district and exchanged fire with the security forces for hours before retreating into "
        "the forest with their captives. Several local labourers were also killed or seized. "
        '"They came shooting at everyone," said a quarry worker who escaped by hiding in a '
        "culvert. The state government confirmed an attack but did not give a toll. Gangs known "
        "locally as bandits, some of them now working alongside jihadist factions, have "
        "repeatedly targeted mining sites in the north-west and north-central regions. The "
        "Chinese embassy in Abuja said it was working with the Nigerian authorities to secure "
        "the workers' release, and told Chinese companies to suspend operations in high-risk "
        "areas.",
        "B V",
        "abduction",
    ),
    (
        "Gunmen storm Balochistan coal mine, kill 20 miners",
        "QUETTA, Pakistan - Gunmen armed with rockets and grenades stormed a cluster of small "
        "private coal mines in the Duki district of Pakistan's Balochistan province overnight, "
        "killing 20 miners and wounding seven, police said on Friday. The attackers rounded "
        "up workers sleeping in their quarters and opened fire on them before setting mining "
        "machinery on fire, district official Haji Hashim said. Most of the dead came from "
        "Pashtun areas of the province and three were from Afghanistan. No group immediately "
        "claimed responsibility, but separatists of the outlawed Baloch Liberation Army have "
        "carried out a string of attacks on workers from outside the province and on Chinese "
        "interests. Prime Minister Shehbaz Sharif condemned what he called a terrorist attack on "
        "poor labourers. The Pakistan Central Mines Labour Federation said miners in the "
        "district would not return to work until security was provided. Coal from Duki supplies "
        "brick kilns and cement plants across Punjab.",
        "T V",
        "massacre",
    ),
    (
        "Looting spree leaves KwaZulu-Natal factories and warehouses in ashes",
        "DURBAN, July 14 - Rioters have looted and burned factories, warehouses and distribution "
        "centres across KwaZulu-Natal this week, cutting supplies of food and fuel and forcing "
        "carmaker Toyota to halt its Prospecton plant, as violence that began with protests over "
        "the jailing of former President Jacob Zuma spread. The death toll rose to 72, police "
        "said, many of them crushed in stampedes as crowds stripped shops and storerooms. "
        "Crowds broke into a pharmaceutical warehouse and a chemical plant north of Durban, "
        "where a fire sent toxic smoke over nearby suburbs. The army has deployed 2,500 troops to "
        "support the police, who fired rubber bullets at looters and have arrested more than "
        "1,200 people. Transnet declared force majeure on the main rail line between Durban and "
        "Johannesburg, and the N3 highway was closed after trucks were set on fire. The "
        "Consumer Goods Council said shelves could run empty within days. President Cyril "
        "Ramaphosa called the unrest some of the worst violence since the end of apartheid.",
        "U",
        "riot",
    ),
    (
        "Haiti's factories fall silent as gangs hold fuel terminal",
        "PORT-AU-PRINCE, Sept 29 - Textile factories in the Caracol and Port-au-Prince industrial "
        "parks have shut down and hospitals are rationing power after a coalition of armed gangs "
        "seized Haiti's main fuel terminal two weeks ago, manufacturers and aid groups said. "
        "Gunmen of the G9 alliance led by Jimmy Cherizier, known as Barbecue, have dug trenches "
        "around the Varreux terminal and exchanged fire with police who tried to approach it on "
        "Sunday, witnesses said. Garment exporters, the country's biggest private employers, "
        "said about 40,000 workers had been sent home without pay because there was no diesel "
        "for generators. The United Nations said clean water was running out in parts of the "
        "capital, raising fears of a cholera outbreak, and that deliveries of food aid had been "
        "halted. Warehouses of the World Food Programme in Gonaives were looted last week. "
        "Prime Minister Ariel Henry has asked foreign governments to send an armed force to help "
        "break the blockade.",
        "B H",
        "blockade",
    ),
    (
        "Israeli strikes on Tyre industrial zone kill workers at marble workshop",
        "TYRE, Lebanon - Israeli air strikes on an industrial area on the edge of Tyre killed "
        "five workers at a marble workshop and a car repair yard on Monday, Lebanon's health "
        "ministry said, as Israel widened its campaign against Hezbollah in the south. The "
        "Israeli military said it had targeted Hezbollah weapons depots and a rocket launch site "
        "hidden among civilian buildings. Residents said the strike came without warning at "
        "midday, while the workshop was open, and that the owner's son was among the dead. "
        "Lebanon's Association of Industrialists said dozens of factories in the south and the "
        "Bekaa valley had been damaged since September, including a dairy plant, a paper mill "
        "and two packaging firms. Most had already stopped production as workers fled north. "
        "Hezbollah fired rockets at northern Israel later in the day, and the Israeli military "
        "said several were intercepted over Haifa. Lebanese officials say more than a million "
        "people have been displaced by the fighting.",
        "E D",
        "airstrike",
    ),
    (
        "Settlers torch West Bank block factory and cars in overnight raid",
        "Dozens of Israeli settlers attacked the Palestinian village of Turmus Ayya in the "
        "occupied West Bank overnight, setting fire to a concrete block factory, a dozen cars "
        "and several homes, the Palestinian Red Crescent and village officials said. Security "
        "camera footage shared by the factory owner showed masked men pouring liquid on "
        "pallets of blocks and machinery before flames engulfed the yard. A 27-year-old "
        "resident was wounded by gunfire and three people were treated for smoke inhalation, "
        "the Red Crescent said. The Israeli military said troops had been sent to the village "
        'and had "dispersed a confrontation" between Israelis and Palestinians, and that police '
        "were investigating. The factory, which employed 14 people and supplied builders in "
        'Ramallah, was uninsured, its owner said. "They came to destroy our livelihood," he '
        "said. The UN humanitarian office has recorded a sharp rise in settler attacks on "
        "Palestinian property and businesses this year.",
        "V",
        "settler_attack",
    ),
    (
        "Kramatorsk machine-builder moves lines west as guided bombs close on Donbas cities",
        "Novokramatorsk Machine-Building Plant, one of Ukraine's largest heavy engineering works, "
        "is moving part of its production and several hundred workers to western regions as "
        "Russian forces press towards Kramatorsk and Kostiantynivka, the company said on "
        "Wednesday. Russian guided bombs struck the industrial districts of Kramatorsk three "
        "times last week, damaging a workshop and the plant's administrative building, according "
        "to the regional military administration. Nobody was killed at the plant, but a worker "
        'was wounded on his way to the night shift. "Our people have lived with shelling for '
        "three years, but now the front is 20 kilometres away,\" the plant's director said in a "
        "video address. Families of employees are being offered places on evacuation trains, "
        "and about 1,500 people left the city in the past seven days, local officials said. "
        "The plant makes rolling mills, mining equipment and, since 2022, parts for the "
        "military, and its big presses cannot be moved, managers said.",
        "B E D",
        "relocation",
    ),
    (
        "Ukrainian troops seize gas hub town in Kursk push, Russia evacuates border districts",
        "Ukrainian forces have taken control of Sudzha, a Russian town that is home to the last "
        "working hub for Russian gas flowing to Europe through Ukraine, commander-in-chief "
        "Oleksandr Syrskyi said on Thursday, more than a week into the biggest foreign incursion "
        "into Russia since the Second World War. Video published by Ukraine's army showed "
        "soldiers raising a flag over the Gazprom metering station. Russian officials said "
        "more than 120,000 people had been evacuated from border districts of the Kursk region, "
        "and regional authorities declared a federal emergency. Moscow's defence ministry said "
        "its troops were destroying Ukrainian armoured groups with air strikes and artillery. "
        "Gas continued to flow through the station, Gazprom said, though European traders "
        "pushed up prices on fears of disruption. Factories in the neighbouring Belgorod region "
        "have sent staff home, a regional business association said. Kyiv says the operation "
        "aims to create a buffer zone and stop cross-border shelling.",
        "B E M D",
        "incursion",
    ),
    (
        "RSF fighters overrun Sudanese sugar estate, shoot workers",
        "Fighters of Sudan's Rapid Support Forces stormed a state-owned sugar estate and factory "
        "in White Nile state on Monday, shooting workers and looting vehicles and fuel, "
        "according to employees and a local resistance committee. At least 18 people were "
        "killed in the company's housing compound, where fighters went from house to house "
        "demanding money and phones, the committee said in a statement. Army units stationed "
        "nearby withdrew after a short exchange of fire, residents said. Thousands of workers and "
        "their families fled on foot towards Kosti, about 60 km away, carrying what they "
        "could. The factory, one of the biggest in the country, had kept running through more "
        "than a year of war and was one of the few sources of sugar left on the domestic "
        "market. The RSF said its forces had liberated the area from army-allied militias and "
        "denied harming civilians. The UN said it was alarmed by reports of killings and "
        "urged both sides to protect civilians.",
        "B V D",
        "raid",
    ),
    (
        "Cartel gunmen battle troops near Guanajuato car plants after raid",
        "Gunmen of the Santa Rosa de Lima cartel fought soldiers and state police for several "
        "hours in towns along Mexico's Bajio industrial corridor on Tuesday, after troops raided "
        "properties linked to the gang's leader, officials said. The attackers fired assault "
        "rifles and threw grenades at a military patrol outside Villagran, and blocked roads "
        "near Celaya and Salamanca with at least 20 burning trucks and buses. Four gunmen and a "
        "soldier were killed, according to the state security ministry. The fighting is part "
        "of a war between the local gang and the Jalisco New Generation Cartel over fuel theft "
        "from pipelines feeding the Salamanca refinery. Honda and General Motors told workers on "
        "the evening shift at their nearby plants to stay at home, and several auto parts "
        "suppliers halted deliveries, an industry association said. President Andres Manuel "
        "Lopez Obrador said the federal operation in the area would continue until the cartel "
        "was dismantled.",
        "B E M",
        "gunbattle",
    ),
    (
        "Kachin rebels take rare earth mining hub on China border",
        "The Kachin Independence Army has seized control of Pangwa and Chipwi, a cluster of towns "
        "in northern Myanmar that produce a large share of the world's heavy rare earths, after "
        "weeks of fighting with a junta-aligned militia, the group and local media said. The "
        "Border Guard Force that controlled the mines surrendered after KIA fighters overran "
        "its bases, and some of its members fled across the border into China. The mines supply "
        "dysprosium and terbium, which are processed in China and used in magnets for electric "
        "vehicles and wind turbines. Traders in Ganzhou said shipments of ore across the border "
        "had stopped and prices had risen. The KIA said mining would resume under its own "
        "administration, while China urged all sides to stop fighting and protect Chinese "
        "personnel. The junta, which has lost much of its territory along the Chinese border "
        "over the past year, said its air force had carried out strikes on rebel positions.",
        "B E",
        "territory_seized",
    ),
    (
        "Turkish drones strike oil sites and factories in northeast Syria",
        "Turkish drones and warplanes struck oil facilities, power stations and a cement factory "
        "in north-east Syria over the weekend, the Kurdish-led administration of the region said, "
        "leaving more than a million people without electricity. Turkey's defence ministry said "
        'it had destroyed 30 targets used by Kurdish militants, including "oil wells, storage '
        'facilities and workshops", in response to an attack that killed nine Turkish soldiers '
        "in northern Iraq. The Syrian Democratic Forces said eight people were killed, "
        "including workers at a bakery supply plant near Qamishli. Fuel prices in the region "
        "doubled overnight and factories in Hasakah ran on generators or closed, residents said. "
        "The SDF, a US ally in the fight against Islamic State, said the strikes targeted "
        "civilian infrastructure and amounted to collective punishment. Ankara regards the "
        "group's main Kurdish faction as an extension of the outlawed Kurdistan Workers' Party.",
        "E M",
        "airstrike",
    ),
    (
        "Islamic State takes Lafarge cement plant in northern Syria",
        "Islamic State fighters have taken control of a cement plant owned by France's Lafarge "
        "in northern Syria after advancing through Kurdish-held villages east of Kobani, "
        "employees and activists said on Saturday. The plant at Jalabiya, one of the biggest "
        "industrial sites in the country, had kept running for most of the civil war. Local "
        "staff said they were told by phone the night before to leave, and that the last "
        "workers fled towards Kobani and Manbij as the jihadists approached in armoured "
        'vehicles. "There was no one left to defend it," one engineer said. The militants '
        "raised their black flag over the site, according to photos circulated online. Lafarge "
        "said it had suspended activities and that the safety of its employees was its "
        "priority. Islamic State has swept across large parts of Syria and Iraq this year, "
        "seizing oil fields and refineries that bring it millions of dollars a month. "
        "Thousands of Kurdish villagers have fled towards the Turkish border.",
        "T B D",
        "seizure",
    ),
    (
        "Foxconn workers clash with police at Zhengzhou iPhone plant over pay",
        "Hundreds of workers at Foxconn's giant iPhone factory in Zhengzhou clashed with "
        "security staff and police in protective suits overnight, in a rare outbreak of open "
        "unrest at the plant, according to videos posted online and witnesses. Footage showed "
        "police beating a man with batons and workers overturning police cars and throwing "
        "objects at officers, some of whom fired tear gas. Workers said they had been promised "
        "bonuses when they were recruited to replace staff who fled the campus during a Covid "
        "outbreak last month, and that the terms had since been changed. Foxconn said it had "
        'made a "technical error" in its payment system and offered each new recruit who '
        "wanted to leave 10,000 yuan. Many of the new hires left on buses the next day. Apple "
        "warned this month that iPhone 14 Pro shipments would be lower than expected because of "
        "disruption at the site, which employs about 200,000 people at peak season.",
        "U",
        "labour_unrest",
    ),
    (
        "Oil terminal tanks ablaze as militia attacks Libya's Ras Lanuf",
        "Fighters loyal to former oil guard chief Ibrahim Jadhran attacked Libya's Ras Lanuf and "
        "Es Sider oil terminals on Thursday, setting at least two storage tanks on fire and "
        "forcing the evacuation of all workers, the National Oil Corporation said. Forces of "
        "eastern commander Khalifa Haftar's Libyan National Army, which has controlled the "
        "ports since 2016, carried out air strikes on the attackers and sent reinforcements "
        "from Benghazi, an LNA spokesman said. The NOC said oil exports from both terminals "
        "had been halted, cutting output by about 240,000 barrels a day, and that firefighters "
        'were struggling to contain the blaze. "Our staff were moved out under fire," NOC '
        "chairman Mustafa Sanalla said. Several workers and guards were reported wounded. The "
        "terminals sit on the coast between Sirte and Benghazi and have changed hands several "
        "times since the 2011 uprising.",
        "B E D",
        "battle",
    ),
]
