"""dev22 texts: negatives: politics and economy; negatives: peaceful protests; negatives: peace.

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: politics and economy
    (
        "Opposition attacks government's budget as 'war on the poor'",
        "The finance minister defended cuts to housing benefit in a stormy debate. Opposition leaders vowed to fight the measures line by line.",
        "politics",
    ),
    (
        "Senate battle over debt ceiling goes down to the wire",
        "Republican and Democratic leaders traded blame as the Treasury warned the government could run out of cash within days.",
        "politics",
    ),
    (
        "Prime minister survives no-confidence vote after bruising battle",
        "Rebels in her own party had attacked her handling of the economy, but the vote fell short by 12.",
        "politics",
    ),
    (
        "Front-runners trade blows over corruption in fiery debate",
        "The two leading candidates attacked each other over graft and inflation. A snap poll said neither had landed a knockout punch.",
        "politics",
    ),
    (
        "'We are at war with graft,' new president says in first speech",
        "He promised to hunt down officials who had stolen public money and to create a special anti-corruption court.",
        "politics",
    ),
    (
        "Tories at war over Brexit deal",
        "Senior ministers resigned, and backbenchers launched a fresh assault on the prime minister's plan, which she says is the only deal on the table.",
        "politics",
    ),
    (
        "Bolsonaro sentenced to 27 years for coup plot",
        "Brazil's supreme court found the former president guilty of plotting to stay in power after losing the 2022 election. His lawyers said they would appeal.",
        "politics",
    ),
    (
        "South Korean lawmakers impeach Yoon over martial law bid",
        "The motion passed with votes from his own party, suspending the president from office while the constitutional court considers the case.",
        "politics",
    ),
    (
        "Duterte arrested in Manila on ICC warrant",
        "The former Philippine president faces charges of crimes against humanity over killings during his 'war on drugs'. He was flown to The Hague the same night.",
        "politics",
    ),
    (
        "Mayor's battle with city council over bike lanes heads to court",
        "The council says the mayor had no authority to remove the lanes, and cycling groups have joined the lawsuit.",
        "politics",
    ),
    (
        "Campaign 'war room' gears up for final week",
        "Party strategists are targeting swing seats in the north. The leader will visit 20 constituencies in five days.",
        "politics",
    ),
    (
        "BYD cuts prices on 20 models, deepening EV price war",
        "Rivals followed within days, and analysts say the battle for market share is squeezing margins across China's car industry.",
        "economy",
    ),
    (
        "Trade war escalates as Washington raises tariffs on Chinese goods",
        "Beijing vowed to fight back with its own measures, and markets in Shanghai and Hong Kong fell sharply. Soybean farmers in the Midwest fear they will pay the price.",
        "economy",
    ),
    (
        "AI arms race: tech giants plan to spend $300bn on data centres",
        "Microsoft, Alphabet, Amazon and Meta all raised their capital spending forecasts. They say demand for computing power keeps growing.",
        "economy",
    ),
    (
        "Board rejects hostile takeover bid",
        "The directors said the offer undervalued the company, and urged shareholders to take no action while they consider other options.",
        "economy",
    ),
    (
        "Brent plunges a quarter in a day as Riyadh opens price war with Moscow",
        "Saudi Arabia slashed its export prices and promised to pump more after talks with Russia on output cuts collapsed.",
        "economy",
    ),
    (
        "Supermarkets battle for shoppers as food prices fall",
        "Discounters are cutting the price of milk and bread again. The big chains say they will match them.",
        "economy",
    ),
    (
        "Streaming wars: Netflix adds 19 million subscribers",
        "The company said its crackdown on password sharing and its cheaper plan with advertising had paid off.",
        "economy",
    ),
    (
        "Bidding war breaks out for British chip designer",
        "A second suitor has made an offer for the company, which would value it at more than £1bn, and its shares jumped by a fifth.",
        "economy",
    ),
    (
        "Yen at 34-year low stirs talk of currency war",
        "Japan's finance minister warned against speculative moves. Traders said intervention could come at any moment.",
        "economy",
    ),
    # ---------------------------------------------------------------- negatives: peaceful protests
    (
        "Farmers' tractors jam Brussels as EU ministers meet",
        "Hundreds of tractors blocked roads around the European quarter in protest at cheap imports and green rules.",
        "protest",
    ),
    (
        "Israelis rally against judicial overhaul for tenth week",
        "Organisers said more than 200,000 people marched in Tel Aviv on Saturday night, waving flags and chanting 'democracy'.",
        "protest",
    ),
    (
        "Residents greet students with food and flowers as march reaches Novi Sad",
        "Thousands walked for two days from Belgrade for a rally to remember the victims of the railway station canopy collapse.",
        "protest",
    ),
    (
        "Indian farmers end year-long sit-in at Delhi borders",
        "They packed up their tents and tractors after the government repealed three farm laws, and celebrated with sweets.",
        "protest",
    ),
    (
        "Twelve arrested after activists glue hands to motorway",
        "The climate protest blocked the road for two hours before officers cut the activists free, and traffic queued for miles around the city.",
        "protest",
    ),
    (
        "Hundreds of thousands march in Buenos Aires in defence of public universities",
        "Students, teachers and rectors filled the streets around Congress in protest at budget cuts. The march ended without incident.",
        "protest",
    ),
    (
        "Sit-in outside Khartoum army headquarters enters third week",
        "Thousands of protesters are sleeping outside the compound, demanding that the military hand power to civilians.",
        "protest",
    ),
    (
        "Teachers strike in France over pension reform",
        "Schools closed across the country as unions held a fifth day of strikes. Marches in Paris and Marseille passed off peacefully.",
        "protest",
    ),
    (
        "Students set up tents on Columbia campus in protest over Gaza",
        "About 50 tents stood on the lawn by Tuesday, and organisers said they would stay until the university cut its investments in companies linked to Israel.",
        "protest",
    ),
    (
        "Armenian opposition supporters block roads across Yerevan",
        "Protesters sat down on crossings and played music, bringing traffic in the centre to a halt. The police did not intervene.",
        "protest",
    ),
    (
        "Tens of thousands rally in Bamako in support of junta",
        "Demonstrators waved Malian and Russian flags in Independence Square and called for French troops to leave, and the day ended without incident.",
        "protest",
    ),
    (
        "Hunger-striking activist taken to hospital in Ladakh",
        "He had fasted for two weeks to demand statehood and environmental protection for the region. Supporters held a vigil outside.",
        "protest",
    ),
    (
        "Human chain stretches across Georgia in support of EU bid",
        "Holding hands and flags, tens of thousands of people formed a line from the Black Sea coast to the capital.",
        "protest",
    ),
    # ---------------------------------------------------------------- negatives: peace
    (
        "Gaza truce starts on Sunday morning, prisoner releases to follow",
        "The ceasefire took effect after a three-hour delay over the list of hostages to be freed first. Israel is to release 90 Palestinian prisoners in the first exchange.",
        "peace",
    ),
    (
        "Bogotá ceremony seals revised peace accord with FARC",
        "The new agreement, signed in the Colón theatre, will go to Congress rather than to a second referendum.",
        "peace",
    ),
    (
        "Aliyev and Pashinyan sign peace text in Washington",
        "The deal opens a transit route through southern Armenia and commits both countries to recognise each other's borders.",
        "peace",
    ),
    (
        "Ethiopia and Tigray forces sign truce in Pretoria",
        "The two sides agreed to a permanent cessation of hostilities and to the disarmament of Tigrayan fighters. The African Union called it a new dawn.",
        "peace",
    ),
    (
        "UAE brokers largest prisoner exchange of the war",
        "Russia and Ukraine each handed over 390 people, and buses carrying the freed men crossed the border in the afternoon.",
        "peace",
    ),
    (
        "UNMISS mandate extended for a year",
        "The Security Council resolution keeps the South Sudan mission's troop ceiling at 17,000 and asks it to help prepare for elections.",
        "peace",
    ),
    (
        "Kinshasa and Kigali commit to respect each other's borders",
        "The foreign ministers signed the agreement in Washington and promised to set up a joint security mechanism within 30 days.",
        "peace",
    ),
    (
        "UN envoy: Yemen's warring parties renew truce on same terms",
        "Commercial flights from Sanaa airport will continue, and talks on opening roads around Taiz are to resume next week.",
        "peace",
    ),
    (
        "Voters in southern Philippines approve Bangsamoro law",
        "The plebiscite ratified a law that creates an autonomous Muslim region, a key part of the 2014 peace deal with the Moro Islamic Liberation Front.",
        "peace",
    ),
    (
        "Jeddah mediators pause Sudan talks, promise to keep working",
        "Saudi and US officials said they remained in contact with the army and the RSF on humanitarian access and a ceasefire.",
        "peace",
    ),
    (
        "Ethiopia and Eritrea reopen border crossings",
        "The leaders of the two countries opened the crossings at Bure and Zalambessa. Families separated for two decades embraced.",
        "peace",
    ),
    (
        "Putrajaya meeting ends with Thai-Cambodian truce",
        "The two prime ministers agreed under Malaysian mediation that an unconditional ceasefire would take effect at midnight.",
        "peace",
    ),
]
