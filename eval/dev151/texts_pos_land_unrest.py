"""dev151 positives (3 of 3): mines, projects, borders, airports and trade routes hit by
insurgents, rebels, gangs and armies, and riots and crackdowns that shut factories, ports and
borders (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Total pulls staff from Mozambique LNG site as insurgents overrun Palma",
        "France's Total has withdrawn all workers from its $20 billion liquefied natural gas "
        "project in northern Mozambique after Islamic State-linked insurgents attacked the "
        "nearby town of Palma, killing dozens of people, including at least one foreign "
        "contractor. The attack began on Wednesday afternoon, hours after Total announced it "
        "would gradually resume construction at the Afungi site, which it had scaled back in "
        "January because of the security situation. Fighters armed with rifles and machine "
        "guns struck the town from three directions, firing on banks, shops and a military "
        "barracks, according to security sources. About 180 people, including foreign workers, "
        "sheltered at a hotel for two days before trying to break out in a convoy that was "
        "ambushed. Mozambique's defence ministry said government forces were fighting to "
        "regain control of the town. Thousands of residents fled into the bush or by boat "
        "toward Pemba, and the UN said more than 8,000 had reached safety in the days since. "
        "Islamic State claimed the attack through its Amaq news agency on Monday. Analysts "
        "said the raid was a serious setback for the project, which Total had hoped would "
        "start exporting in 2024. The company's shares fell 1.3% in Paris. Survivors who "
        "reached Pemba described bodies lying in the streets and said the town's food "
        "warehouses and bank branches had been looted. A private security contractor working "
        "for the government used helicopters to pick up some of the workers trapped near the "
        "hotel. Total said it would not send staff back to Afungi until the government could "
        "guarantee security in a 25km radius around the site. The insurgency in Cabo Delgado "
        "province has killed more than 2,600 people and forced about 670,000 from their homes "
        "since 2017, according to monitoring groups.",
        "B T V D",
        "insurgent attack",
    ),
    (
        "M23 rebels seize Rubaya, a main source of the world's coltan",
        "M23 rebels in the Democratic Republic of Congo have taken control of Rubaya, a mining "
        "town in North Kivu province that produces roughly 15% of the world's coltan, the ore "
        "from which tantalum is extracted, after several days of fighting with the army and "
        "allied militias. A spokesperson for the group said on Wednesday that its forces had "
        "entered the town and that mining would continue under its administration. Local civil "
        "society leaders said most artisanal miners had fled toward Goma along with thousands "
        "of residents, joining more than 500,000 people already displaced around the "
        "provincial capital. Rubaya's mines, worked by hand by thousands of diggers, supply "
        "traders who sell to smelters in Asia through neighbouring countries, and UN experts "
        "have accused Rwanda, which denies backing the M23, of profiting from the trade. "
        "Tantalum prices in China were steady on the news, traders said, but buyers of "
        "certified conflict-free material were likely to face tighter supply. The government "
        "in Kigali did not comment.",
        "B D",
        "rebel capture",
    ),
    (
        "Myanmar rebels seize rare-earth mining hub, rattling Chinese supply chains",
        "An ethnic armed group in northern Myanmar has captured the rare-earth mining towns of "
        "Pangwa and Chipwi near the Chinese border, tightening its grip on a region that "
        "supplies a large share of China's heavy rare earths. The Kachin Independence Army "
        "(KIA) said on Saturday that its fighters had taken Pangwa after several days of "
        "fighting with the Border Guard Force, a militia allied with the military government. "
        "The junta, which has lost large swathes of territory since a rebel offensive began "
        "last October, did not respond to a request for comment. Kachin state accounts for "
        "roughly half of the world's mined output of dysprosium and terbium, elements used in "
        "the magnets of electric vehicles and wind turbines, with most of the ore trucked "
        "across the border to refineries in Jiangxi. Chinese customs data show imports of "
        "rare-earth oxides from Myanmar have already fallen sharply this year as border "
        "crossings closed intermittently. Dysprosium oxide prices in China rose 3% this week, "
        'according to Shanghai Metals Market. "The KIA controls the taps now," said a '
        "Singapore-based analyst, adding that Beijing would seek to negotiate directly with "
        "the group.",
        "B",
        "rebel capture",
    ),
    (
        "Semafo suspends Boungou after ambush on mine convoy kills 37",
        "Canadian gold miner Semafo has suspended operations at its Boungou mine in eastern "
        "Burkina Faso after gunmen ambushed a convoy carrying its workers, killing at least 37 "
        "people and wounding 60, in the deadliest attack on a mining operation in the "
        "country's history. The convoy of five buses, escorted by the army, was about 40km "
        "from the mine on Wednesday morning when an explosive device destroyed one of the "
        "military vehicles and attackers opened fire on the buses, the regional governor said "
        'in a statement that blamed "terrorists". Most of the victims were Burkinabe '
        "employees, contractors and suppliers, the company said. No group has claimed "
        "responsibility, but jihadist groups linked to al-Qaeda and Islamic State have carried "
        "out a growing number of attacks in the east. It was the third attack on convoys bound "
        "for Boungou in 15 months. Semafo shares plunged 20% in Toronto. The chief executive "
        "said the company's thoughts were with the families of the victims, adding that it "
        "would review its transport arrangements, including flying staff in by helicopter. "
        "Analysts said the attack raised questions about the security of mining in a country "
        "where gold has become the biggest export.",
        "E V T",
        "ambush",
    ),
    (
        "Chinese engineers killed in suicide attack on Dasu dam convoy in Pakistan",
        "Five Chinese engineers and their Pakistani driver were killed on Tuesday when a "
        "suicide bomber rammed an explosives-laden car into their vehicle in northwestern "
        "Pakistan, police said, the latest in a string of attacks on Chinese interests in the "
        "country. The engineers were travelling from Islamabad to the Dasu hydropower project "
        "in Khyber Pakhtunkhwa province, where a Chinese state contractor is building a "
        "4,320-megawatt dam, when the convoy was hit near Besham in Shangla district. The car "
        "plunged into a ravine and caught fire. No group immediately claimed the attack. "
        "Pakistan's interior ministry called it a terrorist act aimed at damaging ties with "
        "Beijing, and China's foreign ministry demanded a thorough investigation. Two Chinese "
        "contractors, including the one at Dasu, suspended work on several projects pending a "
        "security review, according to people familiar with the matter. The attack followed "
        "assaults on a naval air base in Turbat and on the port complex at Gwadar by Baloch "
        "separatists in the past week. Pakistani shares fell 1.2%, led by construction and "
        "cement companies, as investors weighed the risk to Chinese financing under the "
        "China-Pakistan Economic Corridor.",
        "E T",
        "suicide bombing",
    ),
    (
        "US bans flights to Haiti for 30 days after gunfire hits airliners over Port-au-Prince",
        "The US Federal Aviation Administration barred American carriers from flying to Haiti "
        "for 30 days on Tuesday after gang gunfire struck three passenger jets over "
        "Port-au-Prince, one of them as it was coming in to land. A flight attendant aboard a "
        "Florida-based carrier's Airbus A320 was grazed by a bullet on Monday, the airline "
        "said, and the plane diverted to the Dominican Republic with its passengers and crew. "
        "Two other aircraft, operated by different airlines, were found to have bullet holes "
        "after landing in Port-au-Prince and at Cap-Haïtien. Toussaint Louverture "
        "International Airport has been closed since the incident, cutting the capital's last "
        "scheduled air link. Armed gangs, which control most of the city, have for months "
        "fired on the airport perimeter and on aircraft using it. Fighting between the gangs "
        "and police in neighbourhoods near the airport intensified this week, and the "
        "International Organization for Migration said more than 20,000 people had fled their "
        "homes in the capital in the past ten days. The UN suspended its own flights and said "
        "the closure would slow deliveries of medicines and food aid. JetBlue, American and "
        "Spirit said they would suspend service until at least early December. The attacks "
        "coincided with the swearing-in of a new interim prime minister, and gang leaders had "
        "warned that they would step up their offensive against the transitional council. "
        "Police said officers had exchanged fire with gunmen in Solino and Delmas throughout "
        "Monday night, and several bodies were found in the streets on Tuesday morning. "
        "Haiti's fuel importers said tankers would still discharge at the Varreux terminal, "
        "but truck drivers were refusing to leave the port area. Freight forwarders in Miami "
        "said air cargo to Haiti, much of it food and medical supplies, would now have to be "
        "routed through the Dominican Republic.",
        "V B D H",
        "gang violence",
    ),
    (
        "Thai-Cambodian border clashes shut crossings, hit trade and tourism stocks",
        "Fighting between Thai and Cambodian troops spread to at least six points along their "
        "disputed border on Friday, a day after Cambodian rockets hit a petrol station and "
        "homes in Thailand's Sisaket province and Thailand sent F-16 jets to strike military "
        "targets across the line. Thai health officials said at least 14 people, most of them "
        "civilians, had been killed on the Thai side, while Cambodian authorities reported "
        "civilian deaths in Oddar Meanchey province. More than 100,000 residents on the Thai "
        "side had been moved to temporary shelters, the interior ministry said. Bangkok closed "
        "all land crossings with Cambodia, halting cross-border trade worth about $10 billion "
        "a year, much of it fuel, consumer goods and farm produce sold from Thailand. Thai "
        "retailers and energy companies with operations in Cambodia fell on the Stock Exchange "
        "of Thailand, and airline shares dropped on fears of cancellations. Cambodia's prime "
        "minister called for an immediate ceasefire and asked the UN Security Council to meet, "
        "while Thailand said it preferred bilateral talks. Economists said the clashes would "
        "add to the strain on Thailand's tourism-dependent economy, already facing the threat "
        "of US tariffs.",
        "B E D",
        "border clashes",
    ),
    (
        "Airlines cancel hundreds of flights as 27 north Indian airports shut after strikes on "
        "Pakistan",
        "Indian carriers cancelled more than 400 flights on Wednesday after the government "
        "shut 27 airports across the north and west of the country to civil traffic, hours "
        "after the armed forces struck what New Delhi called terrorist camps in Pakistan and "
        "Pakistan-administered Kashmir. The military said it had hit nine sites in the "
        "pre-dawn operation, named Operation Sindoor, in response to last month's killing of "
        "26 tourists at Pahalgam. Pakistan said 26 civilians had been killed in the strikes "
        "and vowed to respond. At least 12 people were killed in Poonch on the Indian side by "
        "Pakistani shelling across the Line of Control, officials said. IndiGo said it had "
        "cancelled 165 flights to and from Srinagar, Jammu, Leh, Amritsar, Chandigarh and "
        "other cities, while Air India and SpiceJet issued travel advisories. Pakistan closed "
        "its airspace, forcing international carriers including Emirates and Lufthansa to "
        "reroute. Shares of IndiGo's parent InterGlobe Aviation fell 2% on the BSE, while "
        "defence stocks rose. Analysts expected the disruption to dent domestic traffic for "
        "the week.",
        "E M",
        "cross-border strikes",
    ),
    (
        "Mali fuel blockade tightens as jihadists torch tanker convoys on Senegal road",
        "Fighters from al Qaeda's Sahel affiliate JNIM set fire to dozens of fuel tankers on "
        "the main road from Senegal to Mali this week, drivers and transport unions said, "
        "tightening a blockade that has left filling stations in Bamako dry and forced the "
        "government to close schools. The attacks near Kayes on Sunday and Tuesday targeted "
        "convoys travelling under army escort, with gunmen firing on the lead trucks before "
        "setting the tankers alight, according to a union official who said at least five "
        "drivers had been killed and several abducted. JNIM announced in early September that "
        "it would block fuel imports into Mali, which is landlocked and relies on trucks from "
        "the ports of Dakar and Abidjan. Queues stretched for several kilometres in the "
        "capital on Wednesday and the price of a litre of gasoline on the black market "
        "tripled. Hospitals warned they were running short of fuel for generators, and the UN "
        "said aid deliveries to central Mali had been delayed. Mining companies operating in "
        "the country said they had enough diesel for a few weeks. Transport unions in Senegal "
        "said some drivers were refusing to make the trip.",
        "V T H",
        "blockade",
    ),
    (
        "Riots in New Caledonia shutter nickel plants and leave Nouméa businesses in ashes",
        "Operations at New Caledonia's three nickel processing plants have been disrupted by "
        "the worst unrest in the French Pacific territory in four decades, with rioters "
        "setting fire to hundreds of businesses in and around the capital, Nouméa, and four "
        "people killed. France declared a state of emergency on Wednesday and sent police and "
        "gendarmerie reinforcements after two nights of rioting triggered by a constitutional "
        "reform that would expand the electorate for provincial elections. Pro-independence "
        "Kanak groups say the change would dilute their vote. Looters emptied supermarkets and "
        "pharmacies, and barricades blocked the road to the international airport, which has "
        "been closed to commercial flights. The local chamber of commerce estimated damage to "
        "businesses at €200mn after warehouses, car dealerships and shops in industrial zones "
        "were burned. Eramet's Société Le Nickel said it had stopped its Doniambo smelter "
        "because workers could not reach it, while Prony Resources said its site was secured. "
        "The nickel sector, which employs about a quarter of the private workforce, was "
        "already in crisis, with one plant having closed in February and another seeking a "
        "buyer. President Emmanuel Macron convened a defence council to discuss the situation.",
        "U",
        "riot",
    ),
    (
        "Kenya bonds slide after protesters storm parliament over tax bill",
        "Kenya's dollar bonds fell the most in more than a year on Wednesday after protesters "
        "stormed parliament in Nairobi and set part of the building on fire, prompting "
        "President William Ruto to deploy the military to help police contain demonstrations "
        "over planned tax increases. Police opened fire on crowds outside the legislature on "
        "Tuesday, and at least 17 people were killed across the country, according to the "
        "Kenya National Commission on Human Rights, which said scores more were wounded. "
        "Lawmakers, who had just approved the finance bill, fled through a tunnel. The 2032 "
        "Eurobond dropped 2.5 cents on the dollar, and the shilling weakened slightly. The "
        "bill aimed to raise an extra $2.7 billion in revenue, part of efforts to narrow the "
        "budget deficit under a lending program with the International Monetary Fund. Ruto "
        "called the storming of parliament treasonous and said the government would mobilise "
        "all resources to prevent a repeat. Investors said the unrest could force the "
        "government to scale back the tax measures, widening the deficit. Businesses in "
        "central Nairobi stayed shut on Wednesday, with many shopfronts boarded up. Protesters "
        "also set fire to part of City Hall and attacked offices of lawmakers who had voted "
        "for the bill in several towns, local media reported. Rights groups accused police of "
        "firing on unarmed demonstrators and said some people had been abducted by "
        "plainclothes officers in the days before the vote. Internet monitors reported a "
        "disruption to connectivity on Tuesday afternoon, which the main mobile operator "
        "blamed on damage to undersea cables. The Nairobi Securities Exchange's all-share "
        "index fell 1.7%, led by banks.",
        "U",
        "riot",
    ),
    (
        "Bangladesh garment factories shut as deadly quota protests, curfew halt exports",
        "Bangladesh's garment factories stayed closed for a third day on Monday and shipments "
        "from Chittagong port ground to a halt as the government kept a nationwide curfew in "
        "place after clashes between students and security forces killed more than 150 people. "
        "The army has been patrolling the streets of Dhaka since Friday night, when protesters "
        "set fire to the state broadcaster's headquarters and a metro station, and police "
        "fired tear gas, rubber bullets and live rounds to disperse crowds. A near-total "
        "internet blackout has cut factories off from overseas buyers and banks, exporters "
        "said. The Bangladesh Garment Manufacturers and Exporters Association said members "
        "were losing about $150 million a day in delayed orders. Indian textile exporters in "
        "Tiruppur said some European brands had asked about shifting orders, though officials "
        "cautioned against expecting a quick gain. The protests began over a quota system for "
        "government jobs, which the Supreme Court scaled back on Sunday. Shipping lines said "
        "more than 10,000 containers were waiting at Chittagong, and freight forwarders warned "
        "of delays to autumn collections. The central bank said banks would reopen on "
        "Wednesday with limited hours.",
        "U",
        "crackdown",
    ),
    (
        "Chilean peso slumps to record low as riots spread and curfew is extended",
        "Chile's peso fell to an all-time low and stocks tumbled on Monday after a weekend of "
        "riots, arson and looting in Santiago and other cities left at least 11 people dead "
        "and prompted President Sebastian Pinera to extend a state of emergency. Protesters "
        "set fire to metro stations, supermarkets and a building of the power utility Enel, "
        "and soldiers patrolled the capital for the first time since the end of military rule "
        "in 1990. The army imposed a curfew for a third night. Walmart's local unit said more "
        "than 100 of its stores had been looted and that a warehouse near Santiago had been "
        "burned. The unrest began with student protests against a fare rise on the Santiago "
        "metro, which the government has since reversed, but it has widened into anger over "
        "inequality and the cost of living. The S&P IPSA index fell 4.6%, led by retailers. "
        "Copper was little affected, as mines in the north kept operating, although unions at "
        'state-owned Codelco called for a strike in solidarity. "We are at war against a '
        'powerful enemy," Pinera said in a televised address, drawing criticism from '
        "opposition lawmakers. Analysts at a Santiago brokerage said the central bank could "
        "intervene if volatility persisted. Santiago's metro, which carries about 2.6 million "
        "passengers a day, said repairs to burned stations would take months and cost more "
        "than $300 million. Long queues formed at petrol stations and the supermarkets that "
        "did open, as residents stocked up before the curfew. Rights groups said they had "
        "received reports of protesters being beaten and shot with pellets by police and "
        "soldiers, and the government said more than 1,400 people had been detained. Airlines "
        "cancelled dozens of flights as staff could not reach Santiago's airport. Chile is due "
        "to host the APEC summit next month, and officials said preparations were going ahead.",
        "U",
        "riot",
    ),
    (
        "South Africa shuts Lebombo border post as Mozambique post-election unrest turns violent",
        "South Africa closed its main border crossing with Mozambique on Tuesday after "
        "protesters on the Mozambican side set fire to trucks and the customs building at "
        "Ressano Garcia, stranding hundreds of lorries carrying coal, chrome and manganese "
        "bound for the port of Maputo. Protests over the disputed October election have grown "
        "increasingly violent, with police firing tear gas and live rounds at demonstrators in "
        "Maputo and other cities, and rights groups say more than 30 people have been killed. "
        "The South African Revenue Service said staff at Lebombo had been evacuated for their "
        "safety. The corridor carries a growing share of South Africa's mineral exports, as "
        "miners try to avoid congestion and equipment failures on Transnet's rail lines. The "
        "Road Freight Association said drivers had been attacked and some trucks looted on the "
        "road to Maputo. Mining companies including South32, which runs the Mozal aluminium "
        "smelter near Maputo, said they were monitoring the situation, and Mozal said its "
        "supplies of raw materials had been disrupted. Opposition candidate Venâncio Mondlane, "
        "who says the vote was rigged, has called for more protests.",
        "U",
        "riot",
    ),
]
