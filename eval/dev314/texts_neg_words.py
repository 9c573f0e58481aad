"""Negatives: the desk's war words used loosely (price wars, battles for beds, tourist invasions)
and visa rules."""

NEGATIVES = [
    (
        ("Fare war over Europe's short-haul routes leaves budget airlines fighting for every seat"),
        (
            "Ryanair and Wizz Air have slashed fares on dozens of routes from Italy, Poland and "
            "Romania this winter, in what analysts describe as the fiercest price war among "
            "Europe's low-cost carriers since before the pandemic. Wizz Air, which has based "
            "extra aircraft in Rome Fiumicino and Milan Malpensa, is selling one-way tickets to "
            "Tirana and Bucharest for as little as 9.99 euros. Ryanair responded by adding 14 "
            "routes from Italian regional airports and promising that it would 'match any fare, "
            "anywhere'. Industry data from the consultancy OAG show seat capacity on routes where "
            "both airlines compete rose by about 18% compared with last winter, while average "
            "fares fell by more than a tenth. Analysts at Bernstein warned that the battle for "
            "market share could squeeze profits at smaller rivals such as airBaltic and Volotea, "
            "which have fewer aircraft and higher costs. Wizz Air's chief executive said the "
            "airline was 'not afraid of a fight' and expected to carry 62 million passengers this "
            "financial year. Travellers are the winners for now: a search for a weekend in Krakow "
            "from London turned up return fares below 40 pounds."
        ),
        "economy",
    ),
    (
        (
            "Lisbon's battle for beds: hotels and short-let hosts square up as summer occupancy "
            "peaks"
        ),
        (
            "Lisbon's hotels and short-term rental hosts are locked in what one industry body "
            "calls a 'battle for beds', as the city's tourism boom pushes occupancy above 90% in "
            "July and August and the government tightens rules on holiday flats. Portugal's "
            "statistics office said tourist accommodation in the Lisbon region recorded 19.4 "
            "million overnight stays last year, a record. Under new rules, no new local "
            "accommodation licences are being issued in the busiest parishes of Alfama, Mouraria "
            "and Bairro Alto, and existing licences will be reviewed in 2030. Hoteliers argue "
            "that the restrictions are overdue and that thousands of flats had been turned into "
            "de facto hotels without paying the same taxes. Hosts' associations say the measures "
            "target small owners who rent one or two rooms, and have launched a legal challenge. "
            "Meanwhile, at least 20 new hotels are expected to open in the city by 2026, many of "
            "them converted office buildings. Room rates in central Lisbon averaged about 180 "
            "euros a night in August, up 12% on the previous year, according to the hotel "
            "association AHP."
        ),
        "economy",
    ),
    (
        ("Gulf carriers' premium arms race: Emirates, Qatar and Etihad unveil ever-bigger suites"),
        (
            "The three big Gulf airlines are in an arms race for wealthy travellers, unveiling "
            "first-class suites with sliding doors, showers and virtual windows as they compete "
            "for the lucrative traffic between Europe and Asia. Emirates said it would refit 120 "
            "Boeing 777 and Airbus A380 aircraft with new premium economy cabins by 2025, at a "
            "cost of more than 2 billion dollars. Qatar Airways is installing its Qsuite business "
            "class on more of its fleet, while Etihad has brought back its three-room Residence "
            "on the A380 flying to London and New York. Analysts say the battle is really about "
            "transit passengers, who make up most of the traffic through Dubai, Doha and Abu "
            "Dhabi. Saudi Arabia's new carrier, Riyadh Air, plans to join the fight next year "
            "with Boeing 787s and its own luxury cabin. 'Every carrier is trying to out-gun the "
            "others with the product,' said an analyst at Cirium. Fares for business class "
            "between London and Singapore via the Gulf are on average 30% cheaper than direct "
            "flights."
        ),
        "economy",
    ),
    (
        ("IndiGo and Air India turf war heats up as airlines fight for control of India's skies"),
        (
            "India's two biggest airline groups are locked in a turf war for the country's "
            "fast-growing air travel market, with IndiGo and the Tata-owned Air India ordering "
            "hundreds of new aircraft and fighting over slots at the busiest airports. IndiGo, "
            "which carries more than six in ten domestic passengers, launched flights to "
            "Manchester and Amsterdam this summer, challenging Air India on routes it once had to "
            "itself. Air India, which absorbed Vistara last year, has announced a 400 million "
            "dollar cabin refit programme. Domestic passenger traffic reached about 161 million "
            "in the last calendar year, according to the Directorate General of Civil Aviation. "
            "Analysts say the duopoly risks squeezing smaller rivals such as Akasa Air and "
            "SpiceJet, which has struggled with grounded aircraft and unpaid lessors. Fares on "
            "the Delhi-Mumbai route, one of the world's busiest, rose by about a fifth during the "
            "Diwali holiday rush. New airports at Navi Mumbai and Noida, near Delhi, are expected "
            "to relieve congestion, and IndiGo has already claimed a large share of slots at "
            "both."
        ),
        "economy",
    ),
    (
        ("Finnair's Tokyo flights still take the long way round as Russian airspace stays closed"),
        (
            "Finnair's flights from Helsinki to Tokyo will continue to take up to four hours "
            "longer than before 2022, the airline said on Thursday, because Russian airspace "
            "remains closed to European carriers. The Finnish airline, whose business model was "
            "built on the short polar route to Asia, now flies either over the North Pole and "
            "Alaska or south through Central Asia, burning about 40% more fuel on some flights. "
            "Chinese airlines, which are still allowed to cross Russia, have increased their "
            "flights to Europe and are undercutting European carriers on price, a gap airline "
            "bosses have called unfair competition. Finnair reported an operating profit of 190 "
            "million euros last year, helped by strong demand for holidays in Thailand and Japan. "
            "The carrier has dropped Shanghai and Hong Kong from its winter timetable and added "
            "more flights to Bangkok and Phuket. Lufthansa and Air France-KLM have called on "
            "Brussels to consider restricting Chinese airlines' rights to fly to Europe. "
            "Passengers to Japan now spend about 13 hours in the air from Helsinki, compared with "
            "about nine before the closure."
        ),
        "economy",
    ),
    (
        "Cruise lines launch an armada of new ships as bookings break records",
        (
            "The world's cruise lines will add 17 new ocean ships this year, and bookings for "
            "2025 have broken records, as the industry that was written off during the pandemic "
            "sails back into profit. Royal Caribbean, whose 250,800-tonne Icon of the Seas is the "
            "largest cruise ship ever built, said it had its best booking week in history in "
            "January. Carnival Corporation said it had paid down about 5 billion dollars of debt "
            "since 2022 and that its ships were sailing at more than 100% occupancy, counting "
            "third and fourth berths in cabins. The Cruise Lines International Association "
            "forecasts 37.7 million passengers this year, up from 31.7 million in 2023. The "
            "industry's critics say the new fleet is swamping ports such as Barcelona, Dubrovnik "
            "and Santorini, where thousands of passengers can disembark within hours. Several "
            "Caribbean islands are racing to build new piers to welcome the biggest ships. "
            "Analysts expect the price war of the pandemic era to fade, with average fares up "
            "about 10% on pre-Covid levels."
        ),
        "economy",
    ),
    (
        (
            "Chinese tourists return to Southeast Asia, but slowly, as the race for arrivals "
            "heats up"
        ),
        (
            "Chinese travellers are returning to Southeast Asia at only about two thirds of their "
            "pre-pandemic numbers, forcing Thailand, Malaysia and Vietnam into a race to lure "
            "them back with visa waivers, live-streaming campaigns and flights to second-tier "
            "Chinese cities. Thailand received about 6.7 million Chinese visitors last year, "
            "against 11 million in 2019, its tourism ministry said, while Malaysia said Chinese "
            "arrivals had risen by more than 70% since it waived visas for 30-day stays. Analysts "
            "say Chinese tourists now travel in smaller groups, book trips on their phones and "
            "spend less on shopping than they did before 2020. Some are put off by viral videos "
            "about scams and by a weaker yuan. Vietnam's Phu Quoc island is courting Chinese "
            "families with direct charters from Shanghai and Chengdu. Japan, which has not waived "
            "visas for Chinese visitors, is still drawing record numbers, helped by the weak yen. "
            "'The Chinese market is back, but it is a different market,' said a Bangkok tour "
            "operator who used to handle groups of 40 on bus tours."
        ),
        "economy",
    ),
    (
        "Venice extends day-trip fee as city fights back against the tourist invasion",
        (
            "Venice will charge day-trippers a fee of up to 10 euros on 54 days this year, "
            "extending the scheme it trialled last year as the lagoon city tries to stem what its "
            "mayor calls 'an invasion' of tourists. Visitors who arrive between 8.30am and 4pm on "
            "peak days, mostly weekends and holidays from April to July, must book online and "
            "carry a QR code, and those who book fewer than four days in advance will pay the "
            "higher rate. The city said about 485,000 people paid the fee in the first year, "
            "raising 2.4 million euros, less than the cost of running the system. Critics, "
            "including residents' groups, say the charge turns Venice into a theme park and does "
            "nothing to reduce crowds. Mayor Luigi Brugnaro said the fee was 'not about money' "
            "but about changing how people visit the city. Tour groups are also limited to 25 "
            "people, and loudspeakers are banned in the historic centre. The population of the "
            "historic centre fell below 49,000 in 2022."
        ),
        "politics",
    ),
    (
        ("EU's new border checks go live: queues, kiosks and the battle to fingerprint travellers"),
        (
            "The European Union's Entry/Exit System began registering non-EU travellers at "
            "external borders on Sunday, with passengers from Britain, the United States and "
            "dozens of other countries having their fingerprints and faces scanned on their first "
            "trip into the Schengen area. Governments agreed to phase in the system over six "
            "months to avoid the long queues that ports and airports had warned about. At Dover "
            "and St Pancras, where French border police carry out checks before departure, "
            "passengers were asked to register at self-service kiosks. The EU says the system "
            "will replace passport stamps and make it easier to spot people who overstay their "
            "90-day limit. A separate travel authorisation scheme, ETIAS, will follow, costing 20 "
            "euros for most visitors from outside the bloc. Ferry companies say they have spent "
            "millions on extra space and staff. Travel trade groups said it was too early to tell "
            "whether the system would work smoothly during the summer holiday rush."
        ),
        "politics",
    ),
    (
        ("Trump travel ban on 12 countries takes effect, with exemptions for World Cup athletes"),
        (
            "A proclamation barring most citizens of 12 countries from entering the United States "
            "took effect on Monday, and restrictions on seven others were tightened, in the "
            "latest overhaul of US visa policy under President Donald Trump. The ban covers "
            "countries including Afghanistan, Chad, Haiti, Iran, Libya and Yemen, and partial "
            "restrictions apply to Cuba, Venezuela and Sierra Leone, among others. The White "
            "House said the countries had poor screening and vetting or high visa overstay rates. "
            "Athletes and coaches travelling for the 2026 World Cup and the 2028 Olympics are "
            "exempt, as are green card holders and certain diplomats. Travel industry groups "
            "warned that the policy, along with tougher rules for social media checks and a "
            "proposed 250 dollar 'visa integrity fee', could deter visitors. International "
            "arrivals to the United States fell by about 3% in the first half of the year, "
            "according to the National Travel and Tourism Office. Civil rights groups said they "
            "would challenge the ban in court."
        ),
        "politics",
    ),
    (
        "Thailand keeps 60-day visa-free stays as it fights to win back long-haul visitors",
        (
            "Thailand will keep its 60-day visa-free entry for citizens of 93 countries for now, "
            "the government said on Tuesday, shelving a plan to cut it to 30 days after protests "
            "from hotel groups and tour operators. The interior and foreign ministries had "
            "proposed shortening the stay amid concerns that some foreigners were using it to "
            "work illegally or run businesses. Tourism businesses argued that any cut would hit "
            "long-stay visitors from Europe who spend the northern winter in Phuket, Krabi and "
            "Chiang Mai. Thailand received about 35.5 million foreign visitors last year and is "
            "aiming for 40 million, though arrivals so far this year have lagged. The government "
            "also confirmed that a 300 baht entry fee for air travellers would be introduced, "
            "after years of delay. Separately, the Thailand digital arrival card, which replaces "
            "the paper form, became compulsory for all foreigners on 1 May. Officials said "
            "visitors from China and Malaysia remained the biggest markets."
        ),
        "politics",
    ),
    (
        ("Kyoto shuts Gion's private lanes to tourists as the battle against overtourism spreads"),
        (
            "Kyoto will bar tourists from the private alleys of Gion, the geisha district, from "
            "next month, after residents complained about visitors chasing geiko and maiko down "
            "narrow lanes to take photographs. Signs in English, Chinese and Japanese will warn "
            "that trespassers face a 10,000 yen fine. Japan welcomed a record 36.9 million "
            "foreign visitors last year, and the government has promised to fight overtourism in "
            "hotspots such as Kyoto, Mount Fuji and Kamakura. Yamanashi prefecture has introduced "
            "a 2,000 yen fee and a daily cap of 4,000 climbers on the most popular trail up Fuji. "
            "A convenience store in Fujikawaguchiko put up a black screen to stop crowds from "
            "blocking the road to photograph the mountain above its roof. Kyoto's mayor has also "
            "proposed raising the city's hotel tax to as much as 10,000 yen a night for luxury "
            "rooms. Residents' groups say buses are so full that locals cannot get to work."
        ),
        "politics",
    ),
    (
        ("Amsterdam's 'stay away' campaign targets British stag parties; cruise terminal to move"),
        (
            "Amsterdam has launched an online campaign aimed at young British men, warning them "
            "that a drunken weekend in the Dutch capital could end with a fine, a hospital visit "
            "or a criminal record. The 'stay away' advertisements appear when users in Britain "
            "search for terms such as 'stag party Amsterdam' or 'pub crawl Amsterdam'. City "
            "officials said the red-light district had become overrun with noisy visitors at "
            "weekends, and introduced earlier closing times for bars and brothels and a ban on "
            "smoking cannabis in the street. The council has also voted to move the cruise "
            "terminal out of the city centre and to cap the number of river cruise ships. "
            "Amsterdam received about 20 million overnight stays in hotels last year, and the "
            "city wants to keep the number below 20 million a year. Tourism groups said the "
            "campaigns risked putting off visitors who spend money in museums and restaurants. "
            "Similar measures have been introduced in Dubrovnik and Barcelona."
        ),
        "politics",
    ),
]
