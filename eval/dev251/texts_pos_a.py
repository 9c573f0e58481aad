"""dev251 positives, part A: insurance stories that report current fighting, strikes, attacks on
ships, riots or flight in a war or uprising under way."""

POSITIVES = [
    (
        "Red Sea war-risk premiums climb to 1% of hull value after Houthi missiles hit two tankers",
        """LONDON, Jan 16 (Reuters) - War-risk premiums for ships transiting the southern Red Sea rose to about 1% of a vessel's value this week, up from 0.7% in December, after Yemen's Houthi movement fired anti-ship missiles at two tankers off Hodeidah, brokers said. One missile struck the Marshall Islands-flagged Genco Picardy on Wednesday, starting a fire that the crew put out, according to the vessel's manager. United States and British warplanes hit Houthi radar sites and launch pads across northern Yemen for a second straight night, the Pentagon said. "Underwriters are quoting voyage by voyage, and some are simply not quoting at all for US- and UK-linked tonnage," said one marine broker at a Lloyd's firm. For a $100m tanker, the additional premium now runs to roughly $1m for a single seven-day passage. Several of the largest container lines have already diverted around the Cape of Good Hope, adding 10 to 14 days to Asia-Europe voyages. The Joint War Committee, which advises London underwriters, widened its listed area to cover the whole of the southern Red Sea and the Gulf of Aden last month.""",
        "E M",
        "ship attack",
    ),
    (
        "Grain insurers pull back as Russian drones pound Danube port of Izmail",
        """Insurers covering grain shipments out of Ukraine's Danube ports said they were reassessing their exposure after Russian drones struck the port of Izmail for the third night in a week, destroying grain silos and a warehouse. Ukraine's southern military command said air defences shot down 23 of 32 Shahed-type drones launched overnight, but the rest hit port and industrial infrastructure in the Odesa region. Regional governor Oleh Kiper said about 40,000 tonnes of grain bound for Africa and Asia had been destroyed. A Lloyd's underwriter who writes cargo war cover said the attacks on a river port a few hundred metres from Romania's border had "moved the goalposts" for the market. Additional premiums for the Danube route, which had been seen as the safer alternative since Moscow quit the Black Sea grain deal in July, rose to between 1% and 2% of cargo value, brokers said. Some shipowners have told charterers they will not call at Izmail or Reni until the strikes stop. Ukraine's agriculture ministry has asked Western governments to back a state-funded insurance pool to keep exports moving.""",
        "E",
        "drone strike",
    ),
    (
        "Insurers suspend cover in Sudan as army and RSF battle for Khartoum",
        """Underwriters in London and the Gulf have suspended new political violence and cargo cover for Sudan as fighting between the army and the paramilitary Rapid Support Forces spread across Khartoum for a fifth day. Heavy gunfire and air strikes were reported around the presidential palace, the army headquarters and the international airport, where several civilian aircraft were destroyed on the tarmac. The World Health Organization said at least 270 people had been killed and more than 2,600 wounded since Saturday. Thousands of residents have fled the capital by road toward Egypt and the Gezira state, witnesses said. "We are not writing anything new and we are looking hard at what is already on the books," said the head of political risk at a Lloyd's managing agency. Aviation war insurers are bracing for claims on at least a dozen aircraft, brokers said, including a Saudi airliner hit while preparing to take off. Exporters of gum arabic and livestock said Port Sudan remained open but that cover for inland transit had become unobtainable. Brokers expect the Joint War Committee to review Sudan's listing when it next meets.""",
        "B E D",
        "battle",
    ),
    (
        "Sasria braces for record claims as looting spreads in KwaZulu-Natal and Gauteng",
        """South Africa's state-owned special risks insurer Sasria said on Wednesday it was preparing for the largest claims event in its history as looting and arson spread through KwaZulu-Natal and parts of Gauteng for a sixth day. Police said 72 people had died in the violence, many of them in stampedes at looted shopping centres, and more than 1,200 people had been arrested. Crowds set fire to warehouses, trucks and a shopping mall in Pietermaritzburg overnight, and rubber bullets were fired to disperse looters in Soweto. The government has deployed 25,000 soldiers to support the police. Sasria, which covers riot and civil commotion losses that private insurers exclude, said it had already received more than 2,500 notifications. Industry body the South African Insurance Association estimated early losses at R20bn, but warned the figure could rise as businesses regain access to damaged premises. "The scale is unprecedented, and it is not over," said Sasria's managing director. Brokers said uninsured informal traders, who account for a large share of township commerce, would bear much of the loss.""",
        "U",
        "riot",
    ),
    (
        "Noumea businesses count losses as riots rage for a third night",
        """Insurers in New Caledonia said they had stopped counting damaged premises as rioting over a contested voting reform raged for a third night in Noumea and surrounding suburbs. Shops, car dealerships, a pharmacy and several factories were set on fire in Ducos and Magenta, and barricades blocked the road to the international airport, which remains closed. Four people have been killed, including a gendarme shot in the head, French officials said. Paris declared a state of emergency and announced it was flying in 1,000 extra police and gendarmes. The local chamber of commerce estimated damage at more than 200m euros so far, though it warned the figure was provisional. Several local agents said policies for riot damage were capped, and that many small businesses in the worst-hit areas had no such cover at all. "People are calling us while their shop is still burning," said an insurance broker in the city centre. France Assureurs said its members were sending loss adjusters from the mainland as soon as flights resume.""",
        "U",
        "riot",
    ),
    (
        "London market adds Israel to war-risk listed areas after Hamas assault",
        """The Joint War Committee of the London marine insurance market has added Israel to its list of high-risk areas, days after Hamas gunmen crossed from Gaza into southern Israel in an attack that Israeli officials called the deadliest act of terrorism in the country's history. Israeli authorities say about 1,200 people were killed and around 240 taken hostage. Rockets continued to fall on Ashkelon, Sderot and the outskirts of Tel Aviv on Thursday, while Israeli warplanes kept up heavy strikes on Gaza City, where the health ministry said more than 1,400 people had been killed. Israel has called up 360,000 reservists. The listing means ships calling at Ashdod, Haifa and Eilat must notify underwriters and may pay additional premiums. Brokers said quotes for Israeli ports had jumped to around 0.5% of hull value from close to zero. Chevron shut the Tamar gas field off Ashdod as a precaution. "The market is watching whether the fighting draws in Lebanon," said a senior marine underwriter.""",
        "T V E M",
        "terrorist attack",
    ),
    (
        "Total's Mozambique LNG insurers brace as insurgents overrun Palma",
        """Insurers of TotalEnergies' $20bn liquefied natural gas project in northern Mozambique are preparing for possible claims after Islamic State-linked insurgents attacked the town of Palma, a few kilometres from the project's Afungi site. The attack began on Wednesday afternoon and fighting was still going on in parts of the town on Sunday, Mozambique's defence ministry said. Witnesses described bodies in the streets, some of them beheaded. Dozens of people, including foreign contractors, were trapped in the Amarula hotel before a convoy tried to break out, and several vehicles were ambushed. Thousands of residents fled on foot into the bush or by boat toward Pemba, aid agencies said. Total said it had evacuated staff from the site and would keep the project's workforce at a minimum. Brokers said the project's political violence and construction cover would be tested if the company declared force majeure. "This was always the scenario underwriters priced for," said a political risk consultant in Johannesburg.""",
        "T V B D",
        "insurgent attack",
    ),
    (
        "Nairobi insurers field claims as police fire on crowds storming parliament",
        """Kenyan insurers began receiving claims on Wednesday after protesters stormed parliament in Nairobi and set part of the building on fire as lawmakers passed a disputed finance bill. Police fired tear gas, water cannon and live rounds at crowds in the city centre, and the Kenya National Commission on Human Rights said at least 22 people had been killed across the country. City Hall was partly burned and shops along Kenyatta Avenue were looted. President William Ruto deployed the army to support police, calling the attack on parliament "treasonous". The Association of Kenya Insurers said most commercial property policies excluded riot damage unless a political violence extension had been bought. Brokers said demand for such extensions had jumped since weekly protests began in mid-June. Some underwriters in Nairobi have stopped quoting new strike, riot and civil commotion cover until the unrest subsides. Demonstrations spread to Mombasa, Kisumu and Nakuru, where at least two protesters were shot.""",
        "U",
        "protest crackdown",
    ),
    (
        "Aviation war insurers cancel Ukraine cover as Russian forces advance on Kyiv",
        """Aviation war insurers have issued seven-day cancellation notices on cover for airliners flying to or stored in Ukraine, brokers said on Friday, as Russian forces advanced on Kyiv from the north and explosions were heard across the capital. Russia's defence ministry said its forces had taken Hostomel airfield outside Kyiv after a helicopter assault, and Ukrainian officials said fighting was continuing on the city's outskirts. Missile strikes hit military sites and airports in Kharkiv, Dnipro and Ivano-Frankivsk. Ukrainian authorities closed the country's airspace to civil flights on Thursday. The United Nations refugee agency said around 50,000 people had fled to neighbouring countries in less than 48 hours. Brokers said the notices also covered aircraft leased to Russian carriers, which lessors may be unable to recover. "Underwriters will have to decide what a war loss looks like on a scale we have never seen," said one broker. Shares in several European insurers fell more than 4% in London and Paris.""",
        "B E M D",
        "invasion",
    ),
    (
        "Haiti insurers halt cover as gangs attack airport and ports in Port-au-Prince",
        """Insurers operating in Haiti have stopped writing new property and cargo policies after armed gangs attacked Toussaint Louverture International Airport and the main container terminal in Port-au-Prince, industry sources said. Police fought gang members for several hours near the airport on Monday, and the facility remained closed with airlines cancelling flights. The gang coalition led by Jimmy Cherizier has stormed two prisons and several police stations since the start of the month. The International Organization for Migration said more than 15,000 people had fled their homes in the capital in the past week alone. The UN World Food Programme said food stocks in the capital were running low because containers could not be moved out of the port. "There is no market for this risk at the moment," said a broker in Miami who places Haitian business. Shipping lines including CMA CGM suspended calls at Port-au-Prince. The government has declared a state of emergency and a night-time curfew in the West department.""",
        "B D H",
        "gang offensive",
    ),
    (
        "Airlines and insurers flee Beirut as Israeli strikes hit southern suburbs",
        """Aviation insurers have cut the limits of war cover for flights into Beirut, brokers said, after Israeli air strikes on the city's southern suburbs intensified and most foreign airlines suspended service. Israel's military said it had struck dozens of Hezbollah targets in Dahiyeh overnight, and Lebanon's health ministry said at least 46 people had been killed in strikes across the country on Thursday. Lebanese officials said more than a million people had been displaced since Israel widened its campaign in late September, with many sleeping in schools and public squares. Middle East Airlines, the national carrier, is still flying, but its war cover is now being renewed week by week, according to two people familiar with the arrangements. Marine insurers have added surcharges for ships calling at Beirut and Tripoli. Lloyd's underwriters said political violence claims from hotels and retailers in the south of the country were expected to be large but hard to verify. "You cannot send a loss adjuster into a place that is being bombed every night," one said.""",
        "E D",
        "airstrike",
    ),
    (
        "Chilean insurers estimate riot losses as Santiago burns for fifth night",
        """Chile's insurance association said on Wednesday that early claims from the riots in Santiago had already passed $200m, as protesters clashed with troops and police for a fifth night. Rioters set fire to metro stations, supermarkets and the headquarters of the Enel power company, and the army imposed a curfew in the capital and several other cities. The government said 15 people had died in the violence, several of them in fires at looted shops. Police used tear gas and water cannon against crowds in Plaza Italia, and the national human rights institute said it had recorded hundreds of people injured, some by pellets. More than 2,600 people have been arrested, prosecutors said. Reinsurers with exposure to Chilean commercial property saw their shares fall in Zurich and Munich. "Strike, riot and civil commotion cover is usually an afterthought in Chile, and this week it is the whole conversation," said a reinsurance broker in Santiago. The Santiago metro, which carries nearly three million passengers a day, remained mostly closed.""",
        "U",
        "riot",
    ),
    (
        "Tanker premiums spike after two ships hit in Gulf of Oman",
        """War-risk insurance costs for tankers calling in the Gulf jumped by as much as 50% on Friday after two vessels were attacked in the Gulf of Oman, shipping and insurance sources said. The Norwegian-owned Front Altair was set ablaze and the Japanese-operated Kokuka Courageous was holed above the waterline in what Washington called limpet-mine attacks by Iran, a charge Tehran denied. All 44 crew members of the two ships were evacuated, some picked up by an Iranian navy vessel. The attacks came a month after four tankers were damaged off the Emirati port of Fujairah. Benchmark oil prices rose more than 4% on the news before easing. Brokers said additional premiums for a seven-day call in the Gulf had risen to around 0.2% of hull value, compared with 0.05% early in the year. "Underwriters are pricing an active threat now, not a theoretical one," said a marine broker in London. Several owners said they would suspend new bookings to the region while they assessed the situation.""",
        "E",
        "ship attack",
    ),
    (
        "Mining insurers in Congo weigh losses as M23 rebels enter Goma",
        """Political risk underwriters with exposure to mines in eastern Democratic Republic of Congo were assessing losses on Tuesday after Rwanda-backed M23 rebels entered Goma, the region's largest city. Heavy gunfire and artillery were reported near the airport and the border with Rwanda, and the United Nations said its peacekeepers had come under fire. Hospitals were overwhelmed with wounded civilians and the bodies of soldiers lay in some streets, residents said. Hundreds of thousands of people who had sheltered in displacement camps around Goma were on the move again, aid agencies said. The World Food Programme said it had suspended operations in the city. Congo's government said it would not abandon the city and called on its allies to help. Two brokers said insurers of tin and coltan traders had already notified clients that cover for stock in transit through North Kivu was suspended. "We have been here before in 2012, but this feels bigger," said a Nairobi-based risk consultant who advises mining companies.""",
        "B D H",
        "battle",
    ),
    (
        "Garment exporters' insurers face claims as Bangladesh unrest turns deadly",
        """Insurers in Bangladesh said they expected a wave of claims from garment factories and shops after a weekend of violence in which more than 90 people were killed in clashes between protesters, police and supporters of the ruling Awami League. Mobs torched police stations, government offices and vehicles in Dhaka and several district towns, and police fired live ammunition and tear gas at crowds, according to witnesses and hospital officials. The government imposed an indefinite curfew and shut down mobile internet. Factory owners in Ashulia and Gazipur said some units had been attacked and looted. The Bangladesh Insurance Association said most policies covered riot and strike damage only if an extension had been bought, and that many small exporters had not paid for it. Western retailers with big sourcing offices in Dhaka said they were monitoring staff safety. "Every claim here depends on whether the fire started in a riot, and that will be hard to prove," said a Dhaka-based loss adjuster.""",
        "U",
        "unrest",
    ),
    (
        "Sea drone strikes Russian tanker near Kerch, lifting cover costs for Russian ports",
        """Ukrainian sea drones struck a Russian tanker in the Kerch Strait overnight, Russian officials said, the second attack on Russian shipping in two days, prompting insurers to raise war-risk rates for ships calling at Russia's Black Sea ports. The Sig, which carries fuel for Russian forces, was holed near the engine room, Russia's federal marine agency said, and tugs were sent to help it. A day earlier, a drone hit the landing ship Olenegorsky Gornyak at the naval base in Novorossiysk, Russia's biggest grain and oil export terminal. Ukraine's SBU security service later said it had carried out both attacks. Brokers said additional premiums for a seven-day call at Novorossiysk had risen to around 1% of hull value, from about 0.5% before the attacks. Some European underwriters have stopped quoting for Russian ports altogether, leaving business with Russian state insurers. "Both sides of the Black Sea are now a war zone for underwriting purposes," said a marine insurance broker in Istanbul.""",
        "E",
        "sea drone attack",
    ),
]
