"""dev283 negatives, business desk: prices, oil, shipping and insurance, airlines, trade fairs and
defence expos, with the desk's war words used loosely and the wars only as background."""

NEGATIVES = [
    (
        "Ramadan price war: UAE supermarkets slash costs of 10,000 staples",
        "UAE retailers have launched what one executive called an “all-out price war” ahead of Ramadan, "
        "cutting prices on more than 10,000 products by up to 75 per cent. "
        "Union Coop said it had set aside Dh45m for discounts on rice, flour, cooking oil, sugar and dates, "
        "while Carrefour owner Majid Al Futtaim promised to freeze prices on 200 basic items for the month. "
        "The Ministry of Economy said inspectors would visit stores daily to make sure the promotions were "
        "real and that shelf prices matched the tills. "
        "Lulu Group's chairman said the chain was “fighting for every basket” as shoppers compare prices on "
        "delivery apps. "
        "Consumer groups welcomed the cuts but warned that some items had quietly gone up in January. "
        "Analysts said the battle for market share had intensified since discount grocers arrived from "
        "Saudi Arabia and Turkey. "
        "Residents in Sharjah said they had noticed the biggest savings on frozen chicken and vegetables. "
        "Inflation in the UAE eased to 2.3 per cent last year, according to the central bank. "
        "Smaller groceries in Ajman said they could not match the cuts and would lose customers for the month.",
        "economy",
    ),
    (
        "Red Sea war-risk premiums fall to lowest since 2023 as shipowners weigh return to Suez",
        "War-risk insurance premiums for ships crossing the southern Red Sea have fallen to about 0.2 per cent "
        "of a vessel's value, the lowest level in almost two years, brokers in London and Dubai said on "
        "Tuesday. "
        "At the peak of the crisis, owners were quoted as much as 1 per cent, adding $1m or more to a single "
        "voyage by a large tanker. "
        "The fall follows months without an incident reported by the UK Maritime Trade Operations agency in "
        "the Bab el-Mandeb. "
        "Marsh, the broker, said underwriters were still pricing vessels with US or Israeli links at a "
        "premium. "
        "Maersk and Hapag-Lloyd said they had no immediate plans to bring their main Asia-Europe loops back "
        "through Suez, citing the need for “sustained stability”. "
        "Egypt's Suez Canal Authority said traffic had risen 12 per cent in the last quarter. "
        "Freight forwarders in Jebel Ali said a full return would cut Asia-Europe transit times by ten to "
        "14 days and free up capacity. "
        "Some analysts warned that rates could collapse once the extra ships were back in service. "
        "Brokers said cargo insurance rates had also eased. Underwriters at Lloyd's said they would review the market again next month.",
        "economy",
    ),
    (
        "Saudi Arabia opens oil price war as Opec+ talks collapse",
        "Saudi Aramco slashed its official selling prices for April by $6 to $8 a barrel on Saturday, firing "
        "the opening shot in a price war with Russia after the two producers failed to agree on deeper "
        "output cuts in Vienna. "
        "The company also told customers it would raise production well above 10 million barrels a day "
        "next month. "
        "Brent crude plunged as much as 31 per cent when markets opened in Asia, its steepest fall since "
        "the 1991 Gulf War. "
        "Gulf bourses tumbled, with Aramco shares dropping below their listing price for the first time. "
        "Analysts said Riyadh was trying to force Moscow back to the table and to squeeze US shale drillers "
        "whose costs are higher. "
        "The collapse comes as demand is already falling because of the coronavirus outbreak, which has "
        "grounded flights and slowed factories in China. "
        "Economists at Abu Dhabi Commercial Bank said Gulf budgets would come under severe strain if prices "
        "stayed near $30. "
        "The UAE's Adnoc said it would also lift output to more than 4 million barrels a day. "
        "Kuwait and Iraq said they were studying their own pricing for customers in Asia. Shipping brokers said charter rates for supertankers had more than doubled as traders scrambled to book ships.",
        "economy",
    ),
    (
        "Oil slides as Gaza ceasefire holds and traders unwind risk premium",
        "Oil prices fell for a third day on Wednesday as a ceasefire in Gaza held and traders stripped out "
        "the risk premium built up over two years of regional tension. "
        "Brent crude for December delivery dropped 1.8 per cent to $61.90 a barrel, its lowest since May. "
        "Analysts at Emirates NBD said the market had “moved on from geopolitics” and was focusing on a "
        "growing surplus as Opec+ unwinds its output cuts. "
        "Tanker rates from the Gulf to Asia also eased, brokers said. "
        "Saudi Arabia is expected to trim its prices for Asian buyers next month. "
        "The UAE's finance ministry said the federal budget was built on a conservative price assumption "
        "and would not need revision. "
        "Gulf stock markets were mixed, with banks gaining and petrochemical companies falling. "
        "Some traders cautioned that the calm could be short-lived and that the Strait of Hormuz remained the "
        "main risk to supplies. "
        "Physical crude cargoes from Oman and Dubai traded at smaller premiums to benchmarks. Hedge funds cut their bullish bets on Brent for a fourth week, exchange data showed. Jet fuel prices also fell, a relief for Gulf airlines heading into the winter peak.",
        "economy",
    ),
    (
        "Suez Canal offers 15% discount to win back container giants",
        "Egypt's Suez Canal Authority will cut transit fees by 15 per cent for large container ships for "
        "the next three months, its chairman Osama Rabie said, as it tries to lure shipping lines back after "
        "a collapse in traffic. "
        "Canal revenues fell by about 60 per cent last year to $4bn as most of the world's biggest carriers "
        "diverted around Africa. "
        "Rabie met executives of MSC, CMA CGM and Maersk in Ismailia and said the talks had been “positive”. "
        "The authority has also offered free towing and faster slots for vessels that commit to regular "
        "calls. "
        "Shipping analysts said a discount would not be decisive while lines were still worried about "
        "security near Yemen. "
        "The loss of canal income has widened Egypt's foreign-currency gap, and the IMF has delayed a "
        "review of its loan programme. "
        "Gulf investors, including Abu Dhabi's AD Ports, have bought stakes in industrial zones around the "
        "canal. "
        "Egyptian officials said about 30 ships a day were using the canal, compared with more than 70 before the diversions began. Tour operators in the canal cities said hotel bookings by seafarers and agents had fallen sharply. A decision on extending the discount is due in the summer.",
        "economy",
    ),
    (
        "Gulf airlines escalate fare battle for transit passengers to Europe",
        "Emirates, Qatar Airways and Etihad are locked in a fare battle for passengers flying between Asia "
        "and Europe, with return economy tickets from Mumbai to London now selling for as little as $480 "
        "through Gulf hubs. "
        "Travel agents in Dubai said the three carriers had “gone to war on price” since Etihad added 28 "
        "new routes this year and Qatar Airways took delivery of more Boeing 787s. "
        "Saudi newcomer Riyadh Air, which plans to start flying next year, has said it will target the same "
        "transit market. "
        "European carriers have renewed complaints that Gulf airlines are subsidised, a charge the three "
        "reject. "
        "Emirates president Tim Clark said the airline was not worried about competition and that demand "
        "remained strong. "
        "Analysts at Jefferies said yields on the Europe-India corridor had fallen by about 8 per cent in a "
        "year. "
        "Passengers are the winners for now, one agent in Karama said, but fares could rise quickly if "
        "capacity tightens. "
        "Flydubai and Air Arabia are also adding seats to secondary cities in India and Pakistan. Emirates reported a record profit last year, and Qatar Airways said it was adding frequencies to Manchester and Dublin.",
        "economy",
    ),
    (
        "STC, Mobily and Zain in data price war as Saudi 5G subscribers pass 10m",
        "Saudi Arabia's three mobile operators are slashing the price of unlimited data plans in a battle "
        "for 5G subscribers, with Zain cutting its flagship package to SR199 a month from SR300. "
        "STC responded within days by adding free streaming subscriptions, and Mobily doubled data "
        "allowances for prepaid customers. "
        "The Communications, Space and Technology Commission said 5G subscriptions had passed 10 million. "
        "Analysts at Al Rajhi Capital said the fight would hit margins in the second half. "
        "“It is a war of attrition, and STC has the deepest pockets,” one Riyadh-based analyst said. "
        "Shares of Mobily fell 2.4 per cent on Tadawul, while STC was little changed. "
        "The regulator said it was watching the market to ensure that price cuts did not harm smaller "
        "competitors such as virtual operators. "
        "Operators have spent billions on spectrum and towers since the kingdom auctioned 5G licences. Zain KSA said the new packages had brought 150,000 new customers in the first week. Analysts expect consolidation among smaller players. Consumer forums were full of comparisons of the offers, with many users saying they would switch.",
        "economy",
    ),
    (
        "Jebel Ali volumes jump as lines reroute and transship cargo",
        "DP World said container volumes at Jebel Ali rose 8 per cent in the first half to 7.3 million "
        "twenty-foot equivalent units, as shipping lines rerouted cargo and used the Dubai port as a "
        "transshipment hub. "
        "The company said demand from India, Pakistan and East Africa had been strong, and that its new "
        "rail link to Abu Dhabi's Khalifa Port would open next year. "
        "Chairman Sultan Ahmed bin Sulayem said supply chains were being “rewired” by the diversion of "
        "vessels away from the Red Sea and by the growth of trade between the Gulf and Asia. "
        "Revenue rose 10 per cent to $9.8bn. "
        "Smaller Gulf ports in Oman and Saudi Arabia have also reported higher traffic. "
        "Analysts at HSBC said the gains could partly reverse if lines return to the Suez route. "
        "DP World also said it would invest $2.5bn in ports in Africa and India over three years. "
        "The company is also expanding its free zone, where more than 10,000 businesses are registered. Exporters in Sharjah said longer routes around Africa had pushed up the cost of shipping goods to Europe by about a third. Container rates on the Shanghai-to-Jebel Ali route have eased from a spring peak.",
        "economy",
    ),
    (
        "Bidding wars break out over Dubai villas as off-plan sales hit record",
        "Buyers are fighting over villas in Dubai's prime communities, with some homes in Palm Jumeirah and "
        "Dubai Hills selling within days for 10 per cent or more above the asking price, brokers say. "
        "Off-plan sales reached a record Dh28bn in May, according to the Dubai Land Department. "
        "Emaar sold out its latest phase at The Valley in under three hours, with queues forming outside its "
        "sales centre before dawn. "
        "“It is a battle for stock,” said one agent in Downtown, who said she had seen seven offers on a "
        "single five-bedroom villa. "
        "Much of the demand is coming from Indian, British and Russian buyers, as well as from Europeans "
        "moving their businesses to the emirate. "
        "Fitch warned that the pace of new supply, with about 180,000 units due over three years, could "
        "push prices down from next year. "
        "The land department said cash buyers made up about 70 per cent of the month's transactions. "
        "Rents are rising too, with tenants in Jumeirah Village Circle reporting increases of 20 per cent at renewal. The Real Estate Regulatory Agency said it would update the rental index this month. Developers said construction costs had risen because of higher steel prices.",
        "economy",
    ),
    (
        "Uber wins takeover battle for Careem in $3.1bn deal",
        "Uber has agreed to buy Dubai-based Careem for $3.1bn, ending a fierce battle for the Middle East's "
        "ride-hailing market and creating the region's first tech “unicorn” exit. "
        "Uber will pay $1.4bn in cash and $1.7bn in convertible notes, and Careem will keep operating as an "
        "independent brand. "
        "The deal, one of the biggest technology acquisitions in the Arab world, still needs approval from "
        "competition regulators in several countries. "
        "Careem was founded in 2012 by Mudassir Sheikha and Magnus Olsson and now operates in more than "
        "120 cities. "
        "Saudi Arabia's Kingdom Holding and Japan's Rakuten were among its backers. "
        "Founders of other startups in Dubai said the sale would draw venture capital to the region. "
        "Captains, as Careem's drivers are known, said they hoped the merger would not cut their earnings. "
        "Uber had been locked in a fight with Careem for years, with both companies cutting fares and offering incentives to drivers. Analysts said the deal would give Uber a dominant position in markets from Morocco to Pakistan. Regulators in Egypt and Saudi Arabia have already opened reviews. Careem said it would also expand its payments and food delivery businesses.",
        "economy",
    ),
    (
        "Idex 2023 closes with record Dh23bn in defence deals",
        "The International Defence Exhibition and Conference in Abu Dhabi closed on Friday with deals worth "
        "a record Dh23.34bn, organisers said, after five days in which the UAE's armed forces signed "
        "contracts with local and foreign suppliers. "
        "Edge Group, the UAE's state-owned defence conglomerate, won orders for guided munitions, "
        "unmanned surface vessels and loitering drones. "
        "About 1,350 exhibitors from 65 countries took part, and more than 130,000 visitors passed through "
        "the halls. "
        "Chinese, Turkish and South Korean firms had some of the largest stands, and Israeli companies "
        "exhibited for the second time. "
        "Organisers said the naval section, Navdex, drew crowds to watch boats carry out manoeuvres on the "
        "waterfront. "
        "Analysts said the emphasis on drones and air defence reflected lessons from wars in Ukraine and the "
        "region. "
        "The next edition will be held in February 2025. "
        "Contracts included about Dh4.7bn for foreign suppliers. Hotels in Abu Dhabi reported occupancy above 90 per cent during the event.",
        "military",
    ),
    (
        "World Defense Show: Riyadh signs SR26bn in contracts as local content push grows",
        "Saudi Arabia's General Authority for Military Industries said it had signed 61 contracts worth "
        "SR26bn at the World Defense Show in Riyadh, many of them tied to producing equipment in the kingdom. "
        "Lockheed Martin, Airbus and Hanwha were among the foreign companies that agreed to build or "
        "assemble parts locally. "
        "The kingdom aims to spend half of its military budget at home by 2030, up from 19 per cent. "
        "More than 770 exhibitors attended, and aerial displays by the Saudi Hawks drew crowds each "
        "afternoon. "
        "Saudi Arabian Military Industries showed an armoured vehicle designed in the kingdom and a "
        "locally assembled drone. "
        "Officials said the show was not about wars but about jobs, with defence manufacturing expected to "
        "employ 40,000 Saudis. "
        "Analysts said the pace of deals had slowed compared with the first edition two years ago. "
        "Saudi start-ups showed drones for surveying oil pipelines and border areas. Airlines operating into Riyadh added extra flights during the five-day event. The next edition is due in 2026.",
        "military",
    ),
    (
        "UAE signs deal for 80 Rafale jets in France's largest-ever arms export",
        "The UAE agreed on Friday to buy 80 Rafale fighter jets from France in a deal worth about €16bn, "
        "the largest export order in the aircraft's history. "
        "French President Emmanuel Macron signed the agreement in Dubai with Abu Dhabi Crown Prince Sheikh "
        "Mohamed bin Zayed, during a tour of the Gulf. "
        "The UAE also ordered 12 Caracal military helicopters from Airbus. "
        "Deliveries of the Rafale F4 version are expected to begin in 2027. "
        "The deal follows a stalled negotiation over US-made F-35 jets, which Washington had tied to "
        "conditions the UAE said it could not accept. "
        "Dassault Aviation shares rose 9 per cent in Paris. "
        "Rights groups criticised the sale, but the Elysee said it would strengthen a strategic partnership "
        "dating back decades. "
        "Emirati officials said the jets would replace the air force's ageing Mirage 2000 fleet. "
        "Analysts said the order would keep Dassault's production lines busy until the early 2030s. The helicopters will be built in Marignane, near Marseille.",
        "military",
    ),
    (
        "Iran, Russia and China begin naval drill in Gulf of Oman",
        "Warships from Iran, Russia and China began a joint naval exercise in the Gulf of Oman on Tuesday, "
        "Iranian state media said, the fifth such drill since 2019. "
        "The Maritime Security Belt exercise involves about 20 vessels and will include search and rescue "
        "operations, night firing and the boarding of a simulated hijacked ship, organisers said. "
        "Observers from Azerbaijan, Kazakhstan, Oman, Pakistan and South Africa are attending. "
        "A Chinese navy spokesman said the drill was not aimed at any third party. "
        "The exercise comes weeks after US and British warships took part in a separate drill with Bahrain "
        "and other partners in the Gulf. "
        "Shipping agents in Fujairah said the exercise had not disrupted traffic at the anchorage. "
        "The drill is due to end on Friday. "
        "Iranian television showed warships sailing in formation off Chabahar. Russian sailors were given a tour of the port and a welcome ceremony. Analysts said the drill was largely symbolic and designed to show that Iran was not isolated. Oman's navy sent an observer ship.",
        "military",
    ),
    (
        "Iran shows off new drones and missiles at Army Day parade",
        "Iran displayed new drones, missiles and air defence systems at its annual Army Day parade in "
        "Tehran on Tuesday, as President Ebrahim Raisi warned “enemies” that the armed forces were ready. "
        "Trucks carried the Arash-2 long-range attack drone and the Kaman-22 drone, which state television "
        "said could fly 3,000km. "
        "Fighter jets flew low over the capital, and naval units paraded in the port of Bandar Abbas. "
        "Raisi said Iran's military power was “purely defensive” and that the region should be free of "
        "foreign forces. "
        "The parade was held on a highway south of Tehran in front of the mausoleum of Ayatollah Ruhollah "
        "Khomeini. "
        "Western governments have accused Iran of supplying drones to Russia, which Tehran denies. "
        "The event was broadcast live and watched by thousands of spectators. "
        "Commanders also displayed what they said was a locally made radar. Military analysts said some of the systems shown at past parades had never entered service. Traffic on the highway was closed for several hours, and schools in the area shut early.",
        "military",
    ),
    (
        "Qatar's national service intake grows as young men report for training",
        "More than 2,000 young Qatari men reported for the latest round of national service on Sunday, the "
        "largest intake since the programme began, the National and Reserve Service Authority said. "
        "Recruits will spend four months in training at camps in Al Shamal and Al Khor, learning weapons "
        "handling, first aid, physical fitness and discipline. "
        "Employers must keep jobs open for those called up, and students can defer until they finish their "
        "studies. "
        "The authority said this year's intake included the first volunteers who had asked to serve for an "
        "extra year in the navy. "
        "Parents said they hoped the service would teach responsibility. "
        "Qatar introduced compulsory service for men aged 18 to 35 in 2013, following a similar move by the "
        "UAE. "
        "Officials said a voluntary programme for women would be expanded next year. "
        "The authority said a new mobile app would let recruits check their schedules and medical appointments. Graduates of the programme will take part in the National Day celebrations in December. Some employers said the scheme had helped young staff with teamwork.",
        "military",
    ),
    (
        "Riyadh Air places order for 60 Airbus jets as Saudi aviation push gathers pace",
        "Riyadh Air has ordered 60 Airbus A321neo aircraft, the new Saudi carrier said at the Dubai Airshow "
        "on Monday, as the kingdom pushes to turn the capital into a global aviation hub. "
        "The order follows a deal for up to 72 Boeing 787 Dreamliners last year. "
        "Chief executive Tony Douglas said the airline would start flying in the second half of next year "
        "and aimed to reach 100 destinations by 2030. "
        "The carrier, owned by the Public Investment Fund, will operate from a new King Salman International "
        "Airport with six runways. "
        "Emirates separately announced an order for 90 Boeing 777X jets worth about $52bn at list prices. "
        "Show organisers said more than 1,400 exhibitors were taking part this year, and that the static "
        "display included 180 aircraft. "
        "Analysts said the orders would keep Airbus and Boeing busy in the Gulf for a decade. "
        "The airline has hired pilots from more than 40 countries and is training Saudi cadets at academies in Riyadh and Jeddah. Its first aircraft, painted in a dark purple livery, flew over the show on Tuesday. Saudi Arabia aims to carry 330 million passengers a year by 2030.",
        "other",
    ),
    (
        "Saudi Arabia opens to foreign tourists with e-visa for 49 countries",
        "Saudi Arabia began issuing tourist visas to visitors from 49 countries on Saturday, opening the "
        "kingdom to holidaymakers for the first time as it tries to diversify its economy away from oil. "
        "Visitors can apply online for a one-year multiple-entry visa costing about SR440, including "
        "health insurance. "
        "Tourism chief Ahmed Al Khateeb said the kingdom hoped to attract 100 million visits a year by 2030. "
        "Women visitors will not have to wear the abaya, but will be expected to dress modestly. "
        "Sites such as Al Ula, with its Nabataean tombs, and the Red Sea coast are central to the plan. "
        "Hotels in Jeddah reported a jump in inquiries within hours of the announcement. "
        "Travel agents in Dubai said they were already putting together weekend packages to Riyadh and "
        "Al Ula. "
        "Hotel groups including Accor and Marriott are opening dozens of properties across the kingdom. The Red Sea Global project plans 50 hotels on islands and the coast. Tourists will be able to visit Makkah only for pilgrimage, with other rules applying to Umrah visas. Airlines from Europe said they were studying new routes to Jeddah and Riyadh.",
        "other",
    ),
    (
        "Oman's Duqm lands $3bn in green hydrogen and port investment",
        "Oman signed agreements worth about $3bn on Wednesday to build a green hydrogen plant and expand the "
        "port at Duqm, the country's special economic zone on the Arabian Sea. "
        "Hydrom, the state company that runs Oman's hydrogen auctions, said a consortium led by Belgium's "
        "Deme and Japan's Mitsubishi would develop the plant. "
        "The port will add a new container terminal and a dry dock able to handle large tankers. "
        "Officials said the projects would create about 3,500 jobs during construction. "
        "Duqm, about 550km south of Muscat, has struggled to draw investors since it opened a decade ago. "
        "Analysts said Oman's credit rating upgrade had made financing easier. "
        "The sultanate aims to produce at least a million tonnes of hydrogen a year by 2030. "
        "Oman hopes Duqm will become a hub for green industry and logistics between Asia and Africa. Chinese investors signed an agreement for an industrial park there in 2016 that has struggled to get off the ground. The refinery at Duqm, a joint venture with Kuwait, started up last year. Shipping lines said they were interested in using the dry dock for maintenance.",
        "other",
    ),
]
