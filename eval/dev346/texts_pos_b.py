"""dev346 positives, part B: money stories that report current armed conflict or political
violence (see build.py)."""

POSITIVES = [
    (
        "Odesa strike damages bank branch and parcel depot; customers told to use app",
        """A Russian missile strike on Odesa overnight damaged a PrivatBank branch, a Nova Poshta parcel depot and several shops in the city centre, killing two people and injuring nine, the regional governor said. Oleh Kiper said the attack also blew out the windows of a nearby apartment block and started a fire in a warehouse. PrivatBank said its staff were unhurt because the branch was closed at night, but that it would stay shut until engineers had checked the building. The bank urged customers to use its mobile app and said ATMs in other districts had been refilled. Nova Poshta said thousands of parcels had been destroyed and that customers whose deliveries were lost would be compensated in full. Air raid sirens sounded twice more on Thursday morning as cleaners swept glass from the pavements. "We reopen every time, it's what we do," said the owner of a coffee shop whose front was wrecked.""",
        "E",
        "missile_strike",
    ),
    (
        "Kremenchuk mall strike: shoppers and staff among the dead",
        """A Russian missile hit a crowded shopping centre in the central Ukrainian city of Kremenchuk on Monday afternoon, killing at least 18 people and injuring dozens more, officials said. More than a thousand people were inside the Amstor mall when it was struck, President Volodymyr Zelensky said, and rescuers were still searching the charred wreckage late into the night. The mall housed a supermarket, an electronics store and a children's clothes shop. Survivors described a blast followed by a wall of fire, and staff leading customers out through the loading bays. Russia's defence ministry said it had struck a nearby weapons depot and that the fire spread to the shopping centre. Ukrainian officials said there was no military target in the area. Dozens of relatives gathered at a hotel turned into a centre for families of the missing, where police took DNA samples. The supermarket chain said it would pay staff salaries for the next three months.""",
        "E V M",
        "missile_strike",
    ),
    (
        "Banks shut and remittances stall as Bangladesh curfew follows deadly clashes",
        """Banks across Bangladesh closed for a second day on Sunday under a nationwide curfew imposed after clashes between student protesters and police left more than 100 people dead, according to hospital tallies reported by local media. Soldiers patrolled the streets of Dhaka and the government kept mobile internet shut, halting mobile financial services that millions of families use to pay bills and receive money. Garment factories stayed closed and exporters warned of missed shipments. Remittances from Bangladeshis working abroad fell sharply in July, the central bank said, as migrants could not send money home and some joined calls to boycott official channels. Protesters have burned police boxes, a state television building and toll plazas, and police have fired rubber bullets, tear gas and live rounds. "My mother is waiting for money for her medicine and I cannot send it," said a construction worker in Dubai. Shops in Dhaka opened for two hours when the curfew was eased on Sunday afternoon.""",
        "U",
        "crackdown",
    ),
    (
        "Maputo supermarkets looted as post-election protests turn violent",
        """Several supermarkets and warehouses in Maputo and Matola were looted on Tuesday as protests over disputed election results turned violent, and police fired tear gas and live rounds to disperse crowds, witnesses said. The Shoprite chain said it had closed all its stores in the capital after three were broken into. Protesters backing opposition candidate Venâncio Mondlane burned tyres on the roads into the city, and a rights group said at least 10 people had been killed in the latest clashes. Bank branches on Avenida 24 de Julho stayed shut and many cash machines were empty. Traders said the price of a 25-kilogram bag of rice had risen by a third in a week as deliveries from South Africa stopped at the Ressano Garcia border. "We are hungry, they are hungry, and the shops are closed," said Albertina, a street vendor. The government has blamed the opposition for the unrest and said it would not tolerate looting.""",
        "U",
        "riot",
    ),
    (
        "Nouméa food queues grow after rioters burn supermarkets",
        """Residents of Nouméa queued for hours outside the few supermarkets still open on Friday after four nights of rioting left dozens of shops, pharmacies and car dealerships burned in New Caledonia's capital. The unrest, sparked by a French plan to change voting rules in the Pacific territory, has killed five people, including two gendarmes, and France has declared a state of emergency and sent reinforcements. Business leaders said more than 200 businesses had been looted or set on fire, many of them in the industrial zone of Ducos. Banks closed most of their branches and some ATMs were taken out of service. Residents in some neighbourhoods have set up their own barricades, and armed civilians have exchanged fire with rioters, officials said. The high commission said an air and sea bridge would bring in food and medicine. "There is no more milk for the babies in our area," said one mother in Magenta.""",
        "U",
        "riot",
    ),
    (
        "Tripoli's banks close as militia clashes erupt after commander's killing",
        """Banks in central Tripoli closed their doors on Tuesday as heavy clashes broke out between rival armed groups following the killing of a powerful militia commander, residents said. Gunfire and explosions were heard through the night in the Abu Salim district and near the Mitiga airport, which suspended flights. The UN mission in Libya said it was alarmed by the fighting in densely populated areas and called for an immediate truce. The Libyan Red Crescent said several civilians had been killed, and families living near the front lines fled to other districts. Libyans already face chronic cash shortages, with people queuing for days outside banks to withdraw a few hundred dinars. "We finally got our salaries this month and now the bank is closed again," said Khaled, a civil servant. The central bank said it would extend opening hours once calm returned. Shops in the old city pulled down their shutters and petrol stations ran out of fuel.""",
        "B D",
        "clashes",
    ),
    (
        "Hodeidah fuel queues lengthen after strikes on port and power station",
        """Queues at petrol stations in Yemen's Red Sea city of Hodeidah stretched for kilometres on Sunday after Israeli airstrikes hit the port's fuel storage tanks and a power station, residents said. The Houthi-run health ministry said at least six people were killed and dozens were injured, many of them port workers. Fires burned at the oil terminal through the night, and the city's electricity supply was cut. The Israeli military said it had struck infrastructure used by the Houthis to bring in Iranian weapons, in response to missile and drone attacks on Israel. Traders said the price of a 20-litre can of petrol on the street had risen from 12,000 to 20,000 rials within a day. Aid agencies warned that fuel shortages would stop water pumps and hospital generators in a country where most people rely on food aid. "Everything moves with diesel, even bread," said a baker in the Hali district.""",
        "E M H",
        "airstrike",
    ),
    (
        "Protesters smash bank fronts in Beirut's Hamra in 'week of rage'",
        """Protesters smashed the windows and cash machines of several banks on Beirut's Hamra Street overnight, angered by limits on withdrawals that have kept Lebanese from their own savings, witnesses said. Riot police fired tear gas and made dozens of arrests, and the Internal Security Forces said dozens of their members had been hurt by stones and fireworks. Red Cross teams treated people for tear gas inhalation and light wounds. Banks have capped dollar withdrawals at a few hundred a week and stopped most transfers abroad since the autumn, as the country slides into its worst financial crisis in decades. Demonstrators spray-painted "thieves" on the shutters of the central bank's Hamra branch. Organisers called it the start of a "week of rage" against the banking sector and the political class. Bank employees said they would stay home on Wednesday for their own safety.""",
        "U",
        "riot",
    ),
    (
        "Airstrike on Maarat al-Numan vegetable market kills shoppers",
        """Airstrikes hit a crowded vegetable market in the town of Maarat al-Numan in Syria's Idlib province on Monday, killing at least 16 people and wounding dozens, rescue workers and a war monitor said. The White Helmets civil defence group said most of the dead were shoppers and stall holders, and that rescuers were searching for people trapped under collapsed shops. The Syrian Observatory for Human Rights said the strikes were carried out by Russian or Syrian government aircraft. Vegetable prices in the town had been rising for weeks as fighting cut farmers off from fields in southern Idlib. Thousands of families have fled the area towards the Turkish border since the government offensive began in late April. A trader who lost his brother said the market had been full because it was the first cool morning in days. The United Nations has repeatedly condemned strikes on markets, hospitals and schools in the province.""",
        "E V M D",
        "airstrike",
    ),
    (
        "Gunmen raid Zamfara market, abduct traders as prices climb",
        """Armed bandits on motorcycles stormed a weekly market in Zamfara State in north-western Nigeria on Sunday, shooting at traders and abducting dozens of people, residents and local officials said. The gunmen arrived in the village of Kasuwar Daji in the afternoon, when the market was at its busiest, and opened fire on people trying to flee. A local councillor said at least 11 people had been killed and that about 40 were taken into the forest. Traders said the attackers also seized grain, cattle and cash. Markets in the area have emptied in recent months as bandit groups levy payments on villages and attack those that refuse, and grain prices in Gusau have risen sharply. Police said officers and soldiers had been deployed to the area. "We cannot farm and we cannot trade; how are we to live?" said a cattle dealer who escaped.""",
        "V",
        "raid",
    ),
    (
        "Santiago supermarkets looted as soldiers enforce curfew over fare protests",
        """Dozens of supermarkets across Santiago were looted or set on fire over the weekend as protests against a rise in metro fares spread, and soldiers patrolled the Chilean capital under a curfew for the first time since the end of the dictatorship. Walmart Chile said more than 100 of its stores had been attacked, and a fire at one of its outlets in the San Bernardo district killed several people. Protesters burned metro stations and buses, and police used tear gas and water cannon against crowds in the city centre. President Sebastián Piñera suspended the fare increase but said the country was "at war against a powerful enemy". Residents queued for bread and petrol at the few businesses that opened. Banks closed many branches and the stock exchange stayed shut on Monday. Human rights groups said they had received complaints of beatings by security forces.""",
        "U",
        "riot",
    ),
    (
        "Quito shops shuttered as fuel protests close the capital",
        """Shops, banks and markets in Quito stayed shuttered on Wednesday as thousands of Indigenous protesters marched into Ecuador's capital against the end of fuel subsidies and clashed with police for a second day. Police fired tear gas at protesters who threw stones and tried to enter the national assembly, and the ombudsman's office said at least two people had died. President Lenín Moreno, who moved the seat of government to Guayaquil, declared a state of emergency and a curfew around government buildings. Roadblocks across the highlands have cut supplies of milk, vegetables and gas canisters to the city, and prices in markets have doubled. Diesel prices more than doubled overnight when the subsidies ended as part of a loan deal with the International Monetary Fund. Bus drivers went back to work after fares were raised. Business chambers estimated losses in the hundreds of millions of dollars.""",
        "U",
        "unrest",
    ),
    (
        "Parachinar runs short of medicine and flour as sectarian fighting closes road",
        """Shops in Parachinar, in north-western Pakistan's Kurram district, have run out of flour, cooking oil and many medicines after weeks of sectarian fighting closed the only road to the rest of the country, residents and doctors say. Clashes between Sunni and Shia tribes killed more than 130 people in November, according to officials, after gunmen attacked a convoy of passenger vans. Armed men on both sides have since fired on vehicles trying to use the road, and a government convoy carrying food was attacked last week. A hospital official said dozens of children had died because of a lack of medicine, a figure the provincial government disputes. A sack of flour costs more than twice what it did before the road closed, and petrol is sold in plastic bottles. Some families have fled to Peshawar and Islamabad. The provincial government says it is flying in medicine by helicopter.""",
        "B V H D",
        "siege",
    ),
    (
        "El Fasher market shelled as sorghum prices hit record",
        """Shells struck the main market of El Fasher, in Sudan's North Darfur state, on Thursday, killing at least eight people and setting stalls on fire, local activists and a medical source said. The Rapid Support Forces, which have besieged the city for months, have repeatedly shelled residential areas and the Abu Shouk displacement camp nearby. A local committee said the price of a malwa of sorghum had reached a record, and that many families were eating one meal a day or animal feed. Banks in the city have been closed since last year and traders accept payment only through mobile apps, when networks work. The UN has warned of famine in the camp and said aid convoys have been unable to reach the city. "The market was the last place where we could find anything," said a teacher who now sells tea. Thousands of residents have fled towards Tawila on foot.""",
        "E V H D",
        "shelling",
    ),
    (
        "Drones hunt Kherson shoppers as residents call market trip 'Russian roulette'",
        """Residents of Kherson say a trip to the central market has become a gamble with their lives, as Russian drones attack people in the streets, buses and cars in the Ukrainian-held city almost every day. A 64-year-old woman was killed and two people wounded on Tuesday when a drone dropped explosives near the market entrance, the regional military administration said. Stallholders have strung anti-drone nets across some of the streets around the market and open only in the mornings. Prices of vegetables in the city are now higher than in Kyiv, traders said, because suppliers refuse to drive in. Russian forces across the Dnipro river have targeted civilians in Kherson for months, according to UN human rights monitors. Many residents have left, and the city's population is a fraction of what it was before the invasion. "I buy for the whole week and run," said Valentyna, a pensioner.""",
        "E V",
        "drone_strike",
    ),
    (
        "Bahir Dar banks closed as Fano militia and army fight for Amhara towns",
        """Banks in Bahir Dar and Gondar stayed closed on Thursday and residents said shops were running out of goods as fighting between Ethiopia's army and Fano militiamen spread through the Amhara region. The federal government declared a state of emergency and said troops had regained control of Lalibela and other towns, while residents reported heavy gunfire in the streets of Bahir Dar. The Commercial Bank of Ethiopia said it had temporarily suspended services in several towns for the safety of staff and customers. Internet access in the region has been cut since last week, halting mobile banking. Flights to Lalibela and Gondar were cancelled. A resident of Bahir Dar said people were sharing food with neighbours because it was too dangerous to go to the market. The government accuses Fano of trying to seize power by force, while the militia says it is defending Amhara from being disarmed.""",
        "B M",
        "battle",
    ),
]
