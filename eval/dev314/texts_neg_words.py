"""Negatives: the desk's war words used loosely (price wars, battles for beds, tourist invasions),
visa rules, overtourism, strikes and peaceful protests, sport and screen tourism."""

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
    (
        "Water pistols and banners as thousands march against mass tourism in Barcelona",
        (
            "Thousands of people marched through Barcelona on Saturday to protest against mass "
            "tourism, some of them squirting water pistols at diners on restaurant terraces and "
            "taping off hotel entrances with warning tape. Organisers, the Assemblea de Barris "
            "pel Decreixement Turistic, said 20,000 people took part, while police put the figure "
            "at about 2,800. Marchers carried banners reading 'Tourists go home' and 'Barcelona "
            "is not for sale', and chanted against rising rents and holiday flats. The city "
            "expects about 26 million visitors this year. Barcelona's mayor, Jaume Collboni, has "
            "promised to end the 10,000 licences for tourist flats by 2028 and to raise the "
            "tourist tax. The demonstration passed off peacefully and police reported no arrests. "
            "Visitors caught up in the march said they understood the residents' anger. 'They "
            "have a point,' said a couple from Manchester as a protester aimed a water pistol at "
            "their table. Similar marches took place in Malaga, Palma and the Canary Islands."
        ),
        "protest",
    ),
    (
        (
            "French air traffic controllers' strike grounds thousands of flights at the start of "
            "summer"
        ),
        (
            "Airlines cancelled more than 1,500 flights on Thursday and Friday after French air "
            "traffic controllers walked out in a dispute over staffing and working conditions, "
            "disrupting travel across Europe at the start of the summer holidays. The civil "
            "aviation authority, DGAC, asked airlines to cut schedules at Nice, Marseille, Lyon "
            "and the Paris airports by up to half. Ryanair said it had been forced to cancel 400 "
            "flights affecting 70,000 passengers, many of them overflying France, and called on "
            "the European Commission to protect overflights during strikes. The UNSA-ICNA union "
            "said controllers were overworked and that new equipment had been promised for years. "
            "Passengers queued for hours at Nice airport, where some flights to Corsica were "
            "cancelled. The strike passed off without incident and unions said they would meet "
            "the transport minister next week. Under EU rules, passengers are entitled to refunds "
            "but not compensation when flights are cancelled because of a strike by controllers."
        ),
        "protest",
    ),
    (
        "Lufthansa ground staff strike cancels 1,000 flights as pay talks stall",
        (
            "Lufthansa cancelled more than 1,000 flights at Frankfurt and Munich on Wednesday, "
            "affecting about 134,000 passengers, after the Verdi union called ground staff out on "
            "a one-day strike over pay. Striking workers gathered outside the terminals with "
            "whistles and union flags, and the airline advised passengers not to come to the "
            "airports. Verdi is demanding a 12.5% pay rise over one year, while Lufthansa has "
            "offered about 10% over a longer period. The airline's spokesperson said the strike "
            "was 'disproportionate' and would cost tens of millions of euros. Passengers "
            "travelling on domestic routes were offered train tickets, and several long-haul "
            "flights were rerouted through Zurich and Vienna. It was the third walkout by "
            "Lufthansa staff in a month, after earlier strikes by flight attendants and pilots of "
            "its regional arm. Verdi said more strikes could follow if the airline did not "
            "improve its offer at the next round of talks."
        ),
        "protest",
    ),
    (
        ("Canary Islands hunger strikers end protest against hotel building as marches continue"),
        (
            "Activists who had been on hunger strike for 20 days to protest against new hotel "
            "developments in Tenerife have ended their protest, saying they had drawn attention "
            "to a model of tourism that they say is exhausting the islands. The protest took "
            "place in a church in La Laguna, and the group, Canarias tiene un limite, said two of "
            "the eight strikers had been admitted to hospital. Tens of thousands of people "
            "marched in Santa Cruz de Tenerife, Las Palmas and other towns last month under "
            "slogans such as 'Canarias has a limit' and 'My misery, your paradise'. The Canary "
            "Islands received 16 million foreign visitors last year, about seven times the local "
            "population. The regional government has promised a law to restrict holiday rentals "
            "and said it would consider an ecotax. Protesters are demanding a halt to two hotel "
            "projects on the south coast of Tenerife, one of them near a protected beach. The "
            "protests have so far been peaceful."
        ),
        "protest",
    ),
    (
        "Louvre stays closed for hours as staff walk out over crowds and pickpockets",
        (
            "The Louvre in Paris stayed closed for several hours on Monday after guards, ticket "
            "agents and other staff refused to open the doors in protest at overcrowding and "
            "understaffing, leaving thousands of visitors queueing outside the glass pyramid. "
            "Employees said they were overwhelmed by visitor numbers and by organised gangs of "
            "pickpockets working the crowds around the Mona Lisa. The museum received 8.7 million "
            "visitors last year, and its president has warned that the building is in a poor "
            "state. The museum reopened in the afternoon after a general meeting of staff, and "
            "visitors who had tickets for the morning were let in. President Emmanuel Macron has "
            "announced a plan called 'Louvre New Renaissance' to build a new entrance and give "
            "the Mona Lisa her own room. Unions said the walkout was spontaneous, and no "
            "incidents were reported. Tourists in the queue said they had booked weeks in "
            "advance. Similar walkouts have hit the Eiffel Tower, where staff struck over its "
            "management."
        ),
        "protest",
    ),
    (
        ("Travellers warned of road blockades as Bolivia's truckers and farmers dig in over fuel"),
        (
            "Travellers to Bolivia should expect road blockades and delays on routes to Lake "
            "Titicaca and the Uyuni salt flats, foreign governments said on Wednesday, as "
            "truckers and farmers continued protests over fuel shortages and the cost of living. "
            "Britain's Foreign Office said protesters had blocked main roads between La Paz, "
            "Oruro and Cochabamba, and that flights were the most reliable way to travel between "
            "cities. The US embassy told travellers to avoid demonstrations, which 'can become "
            "confrontational', and to carry extra food and water on long journeys. Tour operators "
            "said several groups heading for Uyuni had been rerouted through Chile. Fuel queues "
            "stretching several blocks have become common in La Paz and Santa Cruz, and the "
            "government has blamed a lack of dollars to pay for imports. Bolivia received about "
            "1.1 million foreign visitors in 2019, and the tourism ministry says numbers have not "
            "yet recovered. The blockades have so far been peaceful, the ombudsman's office said."
        ),
        "protest",
    ),
    (
        "Scotland fans' good-natured invasion of Munich fills hotels and bars for Euro 2024",
        (
            "An estimated 200,000 Scotland fans descended on Munich for the opening match of Euro "
            "2024, filling hotels, bars and squares in what German newspapers called a 'friendly "
            "invasion'. Pipers played on the Marienplatz and kilted supporters drank the "
            "Hofbrauhaus dry of some beers by the afternoon, according to staff. Hotel rooms in "
            "Munich were selling for more than 500 euros a night, and campsites outside the city "
            "were full. Scotland lost 5-1 to Germany, but police said the atmosphere had been "
            "'peaceful and joyous', and Munich's mayor praised the visitors. Germany's tourism "
            "board said the tournament was expected to bring about 2.7 million foreign visitors "
            "and extra spending of more than a billion euros. Deutsche Bahn struggled with delays "
            "and overcrowded trains, and some fans took to cycling between stadiums. Scotland's "
            "supporters collected litter after their final group game in Stuttgart. The Tartan "
            "Army has won awards from Uefa for its behaviour at past tournaments."
        ),
        "sport",
    ),
    (
        "Hotels in World Cup host cities brace for fan surge as the fight for rooms begins",
        (
            "Hotels in the 16 host cities of the 2026 World Cup are preparing for one of the "
            "largest influxes of foreign visitors in North America's history, with rooms already "
            "selling at several times normal rates for the tournament. The draw in Washington "
            "last month set off a race for rooms in cities such as Kansas City, Dallas and "
            "Monterrey, where demand is expected to outstrip supply. Fifa has said it expects "
            "about 6.5 million spectators across 104 matches. In Mexico City, where the Azteca "
            "stadium hosts the opening game, Airbnb listings for the first week have jumped by "
            "about 40%. Hotel groups in Toronto and Vancouver say they are still waiting for "
            "ticket allocations to firm up. Airlines have added flights on routes between Europe "
            "and the United States, and American Airlines said it was planning extra capacity to "
            "Miami and Dallas. US travel groups warn that visa waiting times and tougher rules "
            "could keep some fans away. Fans of some teams will play three group games in cities "
            "thousands of kilometres apart."
        ),
        "sport",
    ),
    (
        "Game of Thrones fans storm Dubrovnik's walls as the city limits cruise arrivals",
        (
            "Dubrovnik has had to limit the number of cruise ships in port after Game of Thrones "
            "fans flocked to see the locations of the series' battles and walk of shame, turning "
            "the old town into one of Europe's busiest destinations. Tour guides lead groups up "
            "the Jesuit staircase where Cersei Lannister was forced to walk naked, and to Fort "
            "Lovrijenac, which stood in for the Red Keep. The city council now allows no more "
            "than two cruise ships a day and 4,000 passengers at a time. About 1.5 million "
            "tourists visited Dubrovnik last year, up about 7% from 2018. The city has also "
            "restricted souvenir stalls and restaurant tables in the old town. Operators offer "
            "'King's Landing' tours for about 40 euros, and a museum devoted to the series has "
            "opened inside the walls. The mayor, Mato Frankovic, said the city wanted 'quality, "
            "not quantity'. Actors from the series have said they were surprised by the crowds."
        ),
        "entertainment",
    ),
    (
        "Oppenheimer effect: Los Alamos and Trinity site tours sell out after the blockbuster",
        (
            "Christopher Nolan's film Oppenheimer has brought a surge of visitors to the New "
            "Mexico town of Los Alamos, where the atomic bomb was designed during the Second "
            "World War, and to the Trinity test site, which opens to the public only twice a "
            "year. The Los Alamos Historical Museum said visitor numbers doubled in the months "
            "after the film's release, and the Bradbury Science Museum reported record crowds. "
            "Tours of the town's historic district, including the house where Robert Oppenheimer "
            "lived, sold out through the autumn. At the Trinity site, within the White Sands "
            "Missile Range, about 5,000 people queued to see the obelisk marking the spot of the "
            "first nuclear test. The state tourism department said the film had generated more "
            "interest than any marketing campaign. Local businesses sell 'Oppenheimer' cocktails "
            "and T-shirts. Some residents, descendants of the Hispanic and Native families "
            "displaced when the laboratory was built, have complained that their story is left "
            "out of the film."
        ),
        "entertainment",
    ),
    (
        "Sunbed wars: holidaymakers storm pools at dawn to claim loungers with towels",
        (
            "Holidaymakers at resorts in Spain, Greece and Turkey have been filmed sprinting to "
            "pools at dawn to claim sunbeds with towels, in the latest round of Europe's "
            "so-called sunbed wars. A video from a hotel in Tenerife, viewed more than 5 million "
            "times, showed dozens of guests storming through a gate as soon as it opened at 7am. "
            "Several tour operators have introduced paid reservation systems for loungers, and "
            "one Spanish chain said it would remove towels left unattended for more than 30 "
            "minutes. A survey by a travel website found that about a third of British "
            "holidaymakers had reserved a sunbed with a towel before breakfast. Some Greek "
            "beaches now limit how much of the sand can be covered with rented loungers. Hotel "
            "managers say the practice causes more complaints than anything else. 'You see grown "
            "men running in their flip-flops,' said a guest from Liverpool who had given up and "
            "used a towel on the grass."
        ),
        "other",
    ),
    (
        "Antarctic expedition cruises hit record as adventure travellers head south",
        (
            "More than 120,000 people are expected to visit Antarctica this season, a record, as "
            "expedition cruise lines add new ships and the price of a trip to the continent falls "
            "for some. The International Association of Antarctica Tour Operators said visitor "
            "numbers had more than doubled in a decade, with most travellers sailing from Ushuaia "
            "in Argentina across the Drake Passage. New ships from Lindblad, Ponant and "
            "Hurtigruten carry fewer than 200 passengers each, and offer kayaking, camping on the "
            "ice and helicopter flights. Scientists have raised concerns about the environmental "
            "impact of the growing number of visitors and the risk of bringing in invasive "
            "species. Under the association's rules, no more than 100 people can be ashore at one "
            "landing site at a time. Prices start at about 8,000 dollars for a ten-day voyage. "
            "Some operators are now offering fly-cruise trips from Punta Arenas, avoiding the "
            "rough crossing."
        ),
        "other",
    ),
    (
        "Nigeria and UAE end 'visa war' as Emirates flights to Lagos set to resume",
        (
            "Nigeria and the United Arab Emirates have agreed to end a two-year visa row that "
            "halted Emirates flights to Lagos and left Nigerian travellers unable to obtain Dubai "
            "visas, the presidency in Abuja said on Tuesday. The dispute began when Emirates "
            "suspended flights to Nigeria over about 85 million dollars of ticket revenue trapped "
            "in the country by currency controls, and the UAE then stopped issuing visas to "
            "Nigerians. Traders who used to fly to Dubai to buy electronics and clothing switched "
            "to Istanbul and Cairo, and travel agents in Lagos said some of their businesses had "
            "collapsed. Under the agreement, the UAE will lift the visa ban, Emirates and Etihad "
            "will resume flights, and Nigeria's central bank has cleared most of the backlog of "
            "blocked airline funds. Nigeria's foreign minister called the deal 'a new chapter' in "
            "the relationship between the two countries. Travel agents said they expected a rush "
            "of bookings ahead of the Christmas shopping season. The UAE has not said when the "
            "first visas will be issued."
        ),
        "politics",
    ),
]
