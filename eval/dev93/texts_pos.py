"""dev93 positives: whole articles that report current organised violence (eval/README.md, 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Kyiv residents spend night in metro as Russia launches one of its largest attacks of the summer",
        "Thousands of Kyiv residents spent the night on the platforms of the city's metro stations "
        "as Russia launched one of its largest combined attacks of the summer, city officials said "
        "on Thursday. At least 14 people were killed and more than 60 injured across the capital, "
        "according to the head of the city military administration, Tymur Tkachenko. A nine-storey "
        "apartment building in the Sviatoshynskyi district partially collapsed after a direct hit by "
        "a ballistic missile, and rescuers were still searching the rubble by mid-morning. Ukraine's "
        "air force said Russia had launched 440 drones and 32 missiles overnight, of which 407 "
        "drones and 26 missiles were shot down or jammed. Debris also fell on the yard of a "
        "kindergarten and on a railway depot on the left bank of the Dnipro. Power was cut to "
        "several districts for most of the morning. President Volodymyr Zelensky urged allies to "
        "speed up deliveries of Patriot interceptors, saying each night of attacks showed that "
        "Moscow was 'not interested in any ceasefire'. The city declared Friday a day of mourning.",
        "E",
        "missile and drone strike",
    ),
    (
        "Wheat prices climb after Russian drones hit grain terminal on the Danube",
        "Wheat futures in Chicago rose nearly 2% on Tuesday after a Russian drone attack damaged a "
        "grain terminal at one of Ukraine's Danube river ports, traders said. The overnight attack "
        "on Izmail set fire to storage silos and a loading berth, the Odesa regional governor, Oleh "
        "Kiper, said on Telegram, adding that two port workers were injured. Ukrainian officials "
        "said about 3,000 tons of grain bound for Egypt and Romania had been destroyed. Ukraine's "
        "navy said the drones came in from the Black Sea in several waves over more than three "
        "hours. The Danube ports have handled a growing share of Ukraine's exports since 2023, "
        "moving grain by barge to Romanian ports on the coast. Analysts at a Chicago brokerage said "
        "the market was reacting less to the volume lost than to the risk of further attacks on "
        "export routes during the harvest. Soft wheat for December delivery closed at $5.62 a "
        "bushel, its highest level in five weeks.",
        "E",
        "drone strike on port",
    ),
    (
        "Moscow airports shut for hours as Ukraine launches biggest drone attack on the capital region",
        "Flights at all four of Moscow's airports were suspended for several hours on Sunday after "
        "Ukraine launched what Russian officials described as the largest drone attack on the "
        "capital region since the start of the war. Russia's Defence Ministry said air defences had "
        "destroyed 337 drones over 10 regions overnight, 91 of them over the Moscow region. The "
        "regional governor, Andrei Vorobyov, said a woman was killed in the town of Ramenskoye when "
        "a drone struck a high-rise apartment block, and at least three other people were injured. "
        "Video geolocated by DW showed a large fire at an oil depot south of the city. More than 50 "
        "flights were diverted to other cities and thousands of passengers were stranded overnight, "
        "the aviation agency Rosaviatsia said. Ukraine's General Staff said its forces had struck "
        "fuel and military-industrial sites supplying the Russian army as part of a long-range "
        "campaign. Kyiv has expanded that campaign in recent months, calling it a response to daily "
        "Russian attacks on Ukrainian cities.",
        "E M",
        "drone campaign",
    ),
    (
        "Russian forces advance west of Pokrovsk as families with children ordered out of 11 villages",
        "Russian troops have advanced up to two kilometres near the village of Udachne, west of "
        "Pokrovsk, Ukraine's military said on Wednesday, as fighting in Donetsk Oblast intensified "
        "for a third straight week. The General Staff reported 58 combat clashes along the "
        "Pokrovsk axis over the past day, the highest figure on any section of the front. A "
        "spokesperson for a brigade defending the area said Russian infantry were moving in groups "
        "of two or three soldiers, often on motorcycles, and trying to slip behind Ukrainian "
        "positions. Regional governor Vadym Filashkin announced the mandatory evacuation of "
        "families with children from 11 more settlements in the district. About 1,200 people, "
        "including 280 children, remain in the affected villages, he said. Volunteers who drive "
        "evacuation vans told the Kyiv Independent they now work only at night because Russian "
        "drones hunt cars on the roads leading west. Pokrovsk, which had about 60,000 residents "
        "before the full-scale invasion, now has fewer than 1,500.",
        "B D",
        "ground offensive",
    ),
    (
        "Family of Alberta man killed in Ukraine says he 'could not watch from the couch'",
        "The family of a Red Deer man killed while serving with Ukraine's armed forces says he left "
        "for Europe two years ago because he could not bear to follow the war on television. Liam "
        "Carrick, 34, a former carpenter who had never served in the Canadian military, died last "
        "Thursday when his unit's trench near Kupiansk came under Russian artillery fire, according "
        "to a statement from Ukraine's International Legion. Two Ukrainian soldiers were wounded in "
        "the same barrage, the statement said. His sister, Megan, told CBC News the family learned "
        "of his death from a comrade who called them on a messaging app on Saturday. Global Affairs "
        "Canada said it was aware of reports of the death of a Canadian citizen in Ukraine and was "
        "providing consular assistance, but gave no further details, citing privacy. Russian forces "
        "have been attacking around Kupiansk for months in an effort to cross the Oskil River. The "
        "family hopes to bring his body home for a funeral in Red Deer next month.",
        "B E",
        "artillery fire on front line",
    ),
    (
        "Lebanon's president condemns Israeli strikes that killed five in the south",
        "Lebanon's President Joseph Aoun on Saturday condemned a series of Israeli strikes in the "
        "south of the country that killed five people, calling them a 'flagrant violation' of the "
        "ceasefire agreed in November. Lebanon's health ministry said three people died when a "
        "drone hit a car on the road between Nabatieh and Kfar Remen, and two more in a strike on a "
        "house in the border village of Aitaroun. The Israeli military said it had targeted "
        "Hezbollah operatives who were trying to rebuild the group's infrastructure south of the "
        "Litani river. Israel has carried out near-daily strikes in Lebanon since the truce took "
        "effect, while keeping troops at five hilltop positions inside the country. Hezbollah has "
        "not claimed any attack on Israel in that time. Aoun urged the United States and France, "
        "which oversee the truce, to put pressure on Israel, and said the Lebanese army was ready "
        "to deploy fully along the border.",
        "E",
        "drone strike",
    ),
    (
        "US strikes on Yemen's Ras Isa fuel port kill dozens, Houthi health officials say",
        "At least 58 people were killed and more than 120 wounded when US warplanes struck the Ras "
        "Isa fuel port on Yemen's Red Sea coast late on Thursday, according to the Houthi-run health "
        "ministry. The US Central Command said the strikes were meant to cut off a source of fuel "
        "and revenue for the Iran-backed Houthis, who have fired missiles and drones at shipping "
        "and at Israel since late 2023. It was the deadliest single day of the American air "
        "campaign that began in mid-March. Footage aired by the Houthis' al-Masirah television "
        "showed fuel tanks burning and rescuers carrying bodies from the port, where many of the "
        "dead were dock workers and truck drivers, it said. France 24 could not independently "
        "verify the toll. Hours later, the Houthis said they had launched a ballistic missile at "
        "Israel's Ben Gurion airport; the Israeli military said it was intercepted. Rights groups "
        "called for an investigation into civilian casualties at the port.",
        "E M",
        "air campaign",
    ),
    (
        "EU states race to evacuate citizens as Israel-Iran strikes enter fifth day",
        "European governments on Tuesday stepped up efforts to bring their citizens home from Israel "
        "and Iran, as the two countries traded missile and air strikes for a fifth consecutive day. "
        "With Israeli airspace closed, Germany and Poland organised flights from Jordan and Cyprus, "
        "while several hundred Europeans crossed from Iran into Armenia and Azerbaijan by road, "
        "foreign ministries said. Israeli jets struck targets in Tehran overnight, including a "
        "state television building and what the military called missile production sites. Iran's "
        "health ministry said at least 224 people had been killed in Iran since Friday. Iranian "
        "missiles hit residential buildings in Tel Aviv and Haifa, and Israel said 24 people had "
        "been killed there since the start of the exchange. Long queues of cars were reported on "
        "the roads north out of Tehran as residents left the capital. EU foreign ministers were due "
        "to hold a video call later in the day.",
        "E M D",
        "air and missile strikes",
    ),
    (
        "Schools stay shut in Culiacán as rival Sinaloa cartel factions fight for the city",
        "Public schools in Culiacán will remain closed for a second week, Sinaloa state authorities "
        "said on Monday, after another weekend of gun battles between rival factions of the Sinaloa "
        "cartel left at least 19 people dead in the city. Gunmen loyal to the sons of jailed drug "
        "lord Joaquín Guzmán and fighters of the faction led by Ismael 'El Mayo' Zambada's allies "
        "have been fighting for control of the state capital since September. On Saturday, soldiers "
        "exchanged fire with a convoy of armed men on the road to the airport, and the army said it "
        "seized two armoured trucks and a .50-caliber rifle. Five bodies were left on a bridge in the "
        "south of the city on Sunday with a threatening message. Business owners say sales have "
        "collapsed, and many restaurants now close by 6 in the evening. Hundreds of families from "
        "rural communities in the hills above the city have fled to relatives in Culiacán or in "
        "neighbouring states, according to local officials. Mexico's security cabinet said more "
        "troops would be sent to the state.",
        "B V D",
        "cartel war",
    ),
    (
        "Eleven Ecuadorian soldiers killed in ambush near illegal gold mine in the Amazon",
        "Eleven Ecuadorian soldiers were killed and one was wounded when an armed group ambushed a "
        "military patrol in the Amazon province of Orellana, Ecuador's armed forces said on Friday. "
        "The patrol had been sent to dismantle an illegal gold mining site in the Alto Punino area "
        "when it was attacked with rifles, explosives and grenades, the military said. It blamed "
        "dissidents of the former Colombian guerrilla FARC working with a faction of the Los Lobos "
        "gang, which controls much of the illegal mining in the south of the country. Soldiers "
        "exchanged fire with the attackers for several hours before reinforcements arrived by "
        "helicopter, according to the army. President Daniel Noboa declared three days of national "
        "mourning and said the attackers would be hunted down. Ecuador has been in what the "
        "government calls an 'internal armed conflict' with 22 gangs since January 2024. It was the "
        "deadliest single attack on the military since then.",
        "B",
        "ambush",
    ),
    (
        "Gangs overrun Haitian town of Mirebalais and free hundreds of inmates",
        "Armed gangs seized control of the central Haitian town of Mirebalais on Monday, storming "
        "its police station and prison and freeing more than 500 inmates, local officials and "
        "residents told The Associated Press. Gunmen from the Viv Ansanm gang coalition arrived "
        "before dawn and fought police officers for several hours before the officers ran out of "
        "ammunition and withdrew, a local councillor said. At least 10 residents were killed, "
        "including a woman and her two children who were shot in their home, according to a human "
        "rights group. Thousands of people fled on foot toward Saut-d'Eau and other nearby towns, "
        "the International Organization for Migration said. Mirebalais lies on the main road "
        "between Port-au-Prince and the Dominican border and is home to a large teaching hospital "
        "run with Partners In Health, which suspended its services. Haiti's transitional "
        "presidential council said it was sending reinforcements.",
        "B V D",
        "gang offensive",
    ),
    (
        "Police fire rubber bullets at pensioners' protest outside Congress",
        "Federal police fired rubber bullets and tear gas at retirees and their supporters outside "
        "Congress in Buenos Aires on Wednesday, the latest of the weekly protests against cuts to "
        "pensions under President Javier Milei. At least 20 people were injured, among them a "
        "press photographer who was hit in the head by a tear gas canister and was in a serious "
        "condition at the Ramos Mejía hospital, his union said. Some protesters, including football "
        "supporters who had joined the march, threw stones and set a police car on fire near the "
        "Plaza del Congreso. The Security Ministry said more than 100 people were detained and that "
        "officers had acted under the protocol against road blockades. Human rights groups and "
        "opposition lawmakers accused the government of a disproportionate crackdown. Pensioners "
        "have gathered outside Congress every Wednesday for more than a year, demanding that their "
        "payments keep up with inflation.",
        "U",
        "crackdown",
    ),
    (
        "Homes set alight on second night of disorder in Ballymena",
        "Families fled their homes in Ballymena, County Antrim, overnight as masked crowds set fire "
        "to houses and cars during a second night of disorder that police described as racially "
        "motivated thuggery. The Police Service of Northern Ireland said 15 officers were injured "
        "after being attacked with petrol bombs, bricks and fireworks, and water cannon were used "
        "for the first time in the town in years. At least four homes were burned, and several "
        "others had their windows smashed, in streets where Roma and other migrant families live. "
        "Some residents put signs in their windows stating their nationality in an effort to be "
        "spared. The disorder began after a protest over an alleged sexual assault in the town, "
        "for which two teenagers have been charged. Assistant Chief Constable Ryan Henderson said "
        "five people had been arrested. Leaders of all the main parties in Stormont condemned the "
        "violence.",
        "U V D",
        "riot",
    ),
    (
        "New Zealanders stranded in New Caledonia as unrest enters third day",
        "Hundreds of New Zealanders are stranded in New Caledonia, where the international airport "
        "remains closed after a third night of rioting in and around Nouméa. Three people have "
        "been killed and a French gendarme died after being shot in the head, according to French "
        "authorities. Shops, factories and cars were set on fire overnight, and residents of some "
        "suburbs formed armed neighbourhood watch groups and blocked roads with barricades. France "
        "declared a state of emergency and said it was sending 1,000 more police and gendarmes to "
        "the territory. The unrest began with protests against a constitutional change that would "
        "let more recent arrivals vote in provincial elections, which pro-independence Kanak groups "
        "say would dilute their voice. Foreign Minister Winston Peters told RNZ the government was "
        "working with France on plans to fly New Zealanders out once it was safe. Pharmacies and "
        "supermarkets have run low on supplies after looting.",
        "U",
        "riot",
    ),
    (
        "Bishop stabbed during livestreamed service; police declare terrorist incident",
        "NSW Police have declared the stabbing of a bishop during a livestreamed service at a "
        "church in Wakeley, in Sydney's south-west, a terrorist incident. A 16-year-old boy was "
        "arrested after he allegedly walked up to the altar and stabbed Bishop Mar Mari Emmanuel "
        "several times on Monday evening, while worshippers watched. The bishop and a priest who "
        "tried to help him were taken to hospital with injuries that were not life-threatening. "
        "Police Commissioner Karen Webb said there were elements of religious extremism in the "
        "attack. Within an hour, hundreds of people gathered outside the church, and some threw "
        "bricks and bottles at police, injuring two officers and damaging more than 20 police "
        "vehicles. Paramedics sheltered inside the church for several hours. Prime Minister Anthony "
        "Albanese called for calm and said there was no place for violence in Australia.",
        "T V U",
        "church attack",
    ),
    (
        "Austrian police say teenager killed in Villach knife attack; suspect swore allegiance to IS",
        "Austrian investigators say the man who stabbed five passers-by in the centre of Villach on "
        "Saturday, killing a 14-year-old boy, had pledged allegiance to the Islamic State group "
        "online days before. The suspect, a 23-year-old Syrian asylum seeker, was overpowered by a "
        "food delivery driver who drove his car toward him, police said. Four other people were "
        "wounded, two of them seriously. Interior Minister Gerhard Karner called it an 'Islamist "
        "terror attack' and said the suspect had radicalised himself within a few months. Police "
        "found an IS flag in his flat. The attack in Carinthia came as Austria's parties were "
        "negotiating to form a government, and it dominated the talks on Sunday. Hundreds of people "
        "laid flowers and lit candles at the scene.",
        "T V",
        "knife attack",
    ),
    (
        "Slovakia's prime minister in serious condition after being shot at a government meeting",
        "Slovak Prime Minister Robert Fico was in a serious but stable condition on Thursday after "
        "being shot several times as he greeted supporters outside a cultural centre in the town of "
        "Handlová, where his government had held an away-day meeting. A 71-year-old man fired five "
        "times at close range before being tackled by security officers, police said. Fico was "
        "flown by helicopter to a hospital in Banská Bystrica, where he underwent five hours of "
        "surgery. Interior Minister Matúš Šutaj Eštok said the attack was politically motivated and "
        "that the suspect had acted alone. Prosecutors charged the man with attempted premeditated "
        "murder and later said the charge would be changed to a terrorist attack. European leaders "
        "condemned the shooting, and President Zuzana Čaputová called on politicians to tone down "
        "their language.",
        "T V",
        "assassination attempt",
    ),
    (
        "Irish peacekeepers unhurt after UN post in south Lebanon comes under Israeli fire",
        "Irish troops serving with the UN Interim Force in Lebanon were unhurt after their post "
        "near the border came under fire for the second time in a week, the Defence Forces said on "
        "Friday. UNIFIL said an Israeli tank fired at an observation tower at its headquarters in "
        "Naqoura on Thursday, injuring two Indonesian peacekeepers, and that Israeli soldiers had "
        "fired at a UN position in Labbouneh, damaging cameras and lights. The Irish battalion's "
        "base at Camp Shamrock, east of Tyre, was not hit, but troops spent several hours in "
        "bunkers as Israeli shelling struck villages nearby. Israel launched a ground operation in "
        "southern Lebanon at the start of the month against Hezbollah, which has fired rockets at "
        "northern Israel. Tánaiste Micheál Martin said any attack on peacekeepers was unacceptable "
        "and that the Irish contingent would stay. About 370 Irish soldiers are deployed with the "
        "mission.",
        "E M",
        "ground operation",
    ),
    (
        "Paramilitary RSF takes El Fasher as reports of mass killings emerge",
        "Sudan's paramilitary Rapid Support Forces said on Sunday they had taken full control of El "
        "Fasher, the last major city in Darfur held by the army, after an 18-month siege. The "
        "army's local command confirmed it had withdrawn from its headquarters in the city. Local "
        "activists and a doctors' group said RSF fighters killed hundreds of civilians as they "
        "moved through neighbourhoods, including patients and relatives at the Saudi maternity "
        "hospital. Videos shared online appeared to show fighters shooting unarmed men. The UN "
        "migration agency said more than 26,000 people had fled the city in two days, many of them "
        "walking to Tawila, about 60 kilometres to the west, where aid groups are already "
        "overwhelmed. The UN's humanitarian chief called for safe passage for those still inside. "
        "NPR could not independently verify the reports.",
        "B V D H",
        "capture of city",
    ),
    (
        "Canada joins airdrops over Gaza as dozens are killed near food distribution sites",
        "A Royal Canadian Air Force plane dropped food over Gaza for the first time on Friday, "
        "joining an effort led by Jordan, as Ottawa faced pressure to do more about the territory's "
        "hunger crisis. The C-130 dropped about 21,600 pounds of aid, the Department of National "
        "Defence said. On the same day, Gaza's civil defence agency said at least 38 Palestinians "
        "were killed by Israeli gunfire near aid distribution sites in the south and centre of the "
        "strip, many of them while waiting for food. The Israeli military said troops had fired "
        "warning shots at people who approached its forces. Aid agencies say airdrops deliver only "
        "a fraction of what trucks could bring, and UN experts have warned of famine. Prime Minister "
        "Mark Carney said Canada would also send more money to UN agencies. Opposition critics said "
        "the government should push harder for trucks to be allowed in.",
        "V H",
        "shootings at aid sites",
    ),
    (
        "Colombia blames FARC dissidents for wave of bombings in Cali and Cauca",
        "A wave of car bombs and motorbike bombs hit the city of Cali and several towns in the "
        "neighbouring department of Cauca on Tuesday, killing at least seven people, including two "
        "police officers, and wounding more than 28, Colombian authorities said. One of the bombs "
        "went off near a police station on a busy street in a working-class district of Cali at the "
        "morning rush hour. Defence Minister Pedro Sánchez blamed the Estado Mayor Central, a "
        "dissident faction of the former FARC guerrilla, and called the attacks 'terrorism'. "
        "Police stations in Corinto, Jamundí and other towns were also attacked with explosives and "
        "gunfire. The bombings came days after the shooting of a presidential pre-candidate at a "
        "campaign event in Bogotá, which had already put the country on edge. President Gustavo "
        "Petro held a security council in Cali in the evening.",
        "E T V",
        "bombings",
    ),
    (
        "At least 30 killed in tribal ambush in PNG's Enga province",
        "At least 30 men were killed in an ambush in Papua New Guinea's Enga province on Sunday, "
        "police said, in one of the deadliest outbreaks of tribal fighting in the highlands in "
        "years. Acting police commissioner David Manning said the victims were fighters of one clan "
        "and their allies who were on their way to attack a rival group near the town of Wabag "
        "when they were attacked with high-powered rifles. Police said bodies were still being "
        "collected from roadsides and the bush, and the toll was expected to rise. Soldiers have "
        "been deployed to support police under a state of emergency. Hundreds of residents of "
        "nearby villages have fled to Wabag for safety. Prime Minister James Marape said the "
        "government would not tolerate such killings. Tribal conflicts in the highlands have grown "
        "far deadlier as automatic weapons have replaced spears and bows.",
        "B D",
        "tribal ambush",
    ),
    (
        "Kherson residents say Russian drones 'hunt' them on the streets",
        "Residents of Kherson say they no longer wait at bus stops or walk in groups because "
        "Russian drones across the Dnipro River target anyone who moves. On Monday, a drone dropped "
        "an explosive on a minibus in the Korabel district, killing a 63-year-old woman and "
        "injuring six passengers, the regional governor, Oleksandr Prokudin, said. Two hours later "
        "another drone hit a man riding a bicycle near the central market. UN human rights monitors "
        "said in a recent report that the short-range drone attacks on civilians in Kherson appear "
        "to be systematic. Local authorities have hung anti-drone nets over several streets and "
        "bought mobile shelters for the main bus stops. About 60,000 people remain in the city, "
        "less than a quarter of its pre-war population.",
        "E V",
        "drone attacks on civilians",
    ),
    (
        "Settlers set fire to houses and cars in Sinjil, north of Ramallah",
        "Israeli settlers set fire to homes and cars in the Palestinian village of Sinjil, north of "
        "Ramallah, on Friday night, residents and the Palestinian Red Crescent said. At least eight "
        "Palestinians were treated for injuries from beatings and tear gas, the Red Crescent said. "
        "Residents said dozens of masked settlers came down from a hilltop outpost and threw stones "
        "and firebombs at houses on the edge of the village, and that soldiers who arrived later "
        "fired tear gas at villagers who tried to put out the fires. Three families whose houses "
        "were burned were staying with relatives. The Israeli military said troops had been sent "
        "to the area after reports of a clash between Israelis and Palestinians. UN figures show "
        "settler attacks in the West Bank have reached their highest level since records began.",
        "V D",
        "settler attack",
    ),
    (
        "Dozens dead as Druze militias and Bedouin fighters clash in Sweida; Israel strikes Syrian tanks",
        "Fighting between Druze militias and Bedouin tribal fighters in Syria's southern province "
        "of Sweida has killed at least 89 people since Sunday, a monitoring group said. Government "
        "troops sent in to restore order were drawn into the fighting, and residents said some of "
        "the soldiers had looted homes and killed civilians. Israel, which says it is protecting "
        "the Druze minority, struck Syrian tanks moving toward the city and later hit the "
        "Defence Ministry headquarters in Damascus. Thousands of families fled villages in the west "
        "of the province, according to the UN. The violence began with the abduction of a Druze "
        "merchant on the highway to Damascus. The interim authorities in Damascus announced a "
        "ceasefire with Druze leaders on Wednesday, but gunfire was still heard in the city in the "
        "evening, France 24's correspondent said.",
        "B E V D",
        "communal clashes",
    ),
]
