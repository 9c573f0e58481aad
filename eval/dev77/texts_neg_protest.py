"""dev77 negatives: peaceful marches, strikes and sit-ins."""

NEGATIVES = [
    (
        "Algerians march for 30th Friday, chanting 'peaceful, peaceful'",
        "Tens of thousands of Algerians marched through central Algiers on Friday for the 30th week in a row, chanting 'peaceful, peaceful' and demanding that the army chief step aside. Security forces lined the route but did not intervene, and marchers handed flowers to officers. Similar marches were held in Oran, Constantine and Bejaia. Organisers said the movement would stay peaceful until its demands were met.",
        "protest",
    ),
    (
        "Jordan's teachers extend strike into fourth week",
        "Jordan's teachers' syndicate extended its open-ended strike into a fourth week on Sunday, keeping 1.5 million pupils out of public schools, in a dispute over a promised 50% pay rise. Teachers held a sit-in outside the education ministry in Amman. The government said it could not afford the raise. Talks between the syndicate and the prime minister broke down on Saturday.",
        "protest",
    ),
    (
        "Tunisia's general strike shuts ports, flights and public offices",
        "A general strike called by Tunisia's powerful UGTT union shut down public offices, ports and most flights on Thursday, as thousands of workers rallied outside the union's headquarters in Tunis. The union is demanding wage increases and opposes cuts demanded by the IMF. The rally ended peacefully in the afternoon.",
        "protest",
    ),
    (
        "Sulaymaniyah teachers boycott classes over unpaid salaries",
        "Thousands of teachers in Sulaymaniyah province boycotted classes for a second week and gathered outside the education directorate on Monday to demand salaries unpaid for three months. They carried banners and chanted against both Kurdish ruling parties. Security forces watched from a distance, and the gathering dispersed by noon.",
        "protest",
    ),
    (
        "Iranian truck drivers' strike spreads to dozens of cities",
        "A strike by Iranian truck drivers over low freight rates and the cost of spare parts spread to more than 100 cities, leaving trucks parked along highways and some petrol stations short of fuel. The drivers' union said the strike was peaceful. A judiciary official warned that strike leaders could face harsh sentences.",
        "protest",
    ),
    (
        "Retirees rally in Ahvaz and Shush over pensions",
        "Hundreds of retirees rallied outside government buildings in Ahvaz and Shush on Sunday, demanding pension rises to match inflation and chanting 'our tables are empty'. Retired steelworkers and teachers also gathered in Isfahan and Kermanshah. No arrests were reported. Similar rallies have been held every Sunday for months.",
        "protest",
    ),
    (
        "Human chain stretches along Lebanon's coast",
        "Tens of thousands of Lebanese held hands along the coastal highway from Tripoli in the north to Tyre in the south on Sunday, forming a human chain of about 170 kilometres to show unity against the political class. Protesters waved Lebanese flags and sang the national anthem. The army helped to close roads for the event.",
        "protest",
    ),
    (
        "Graduates hold sit-in outside Basra oil company demanding jobs",
        "Hundreds of unemployed graduates held a sit-in outside the headquarters of the Basra Oil Company for the tenth day on Tuesday, demanding jobs in the oil sector. Police detained three of them for blocking the gate, then released them the same evening. The provincial governor promised to take up their case in Baghdad.",
        "protest",
    ),
    (
        "Farmers block highway with tractors over water shares in Diwaniyah",
        "Farmers in Diwaniyah province blocked the highway to Samawa with tractors and trucks for several hours on Monday, protesting against cuts in their irrigation water. They said the rice crop would fail without more water from upstream. Traffic police diverted cars to side roads and the water ministry promised extra releases.",
        "protest",
    ),
    (
        "Moroccan medical students boycott exams for tenth month",
        "Moroccan medical and pharmacy students boycotted their end-of-year exams, extending a protest against a plan to cut the length of their studies into its tenth month. Students marched in Rabat carrying white coats, and parents' associations called for talks. The ministry said the exams would be rescheduled.",
        "protest",
    ),
    (
        "Mahalla textile workers strike over bonuses",
        "Thousands of workers at Egypt's largest textile factory in Mahalla al-Kubra stopped work on Sunday, demanding a bonus promised by the government. Workers gathered in the factory courtyard and chanted for their rights, local media reported.",
        "protest",
    ),
    (
        "Kuwaiti opposition supporters rally in Irada Square",
        "Several thousand opposition supporters rallied in Kuwait City's Irada Square on Monday evening, calling for an amnesty for political prisoners and for the government to resign. Speakers addressed the crowd from a stage opposite the parliament building. The rally ended without incident. Organisers said it was the largest opposition gathering in years.",
        "protest",
    ),
    (
        "Protesters in Tripoli's Martyrs' Square call for government to go",
        "Thousands of protesters gathered in Tripoli's Martyrs' Square on Friday, calling for the government to step down and for elections to be held, days after the deadly clashes in the capital. Demonstrators waved flags and chanted against all the political bodies. Police secured the square and the evening passed peacefully.",
        "protest",
    ),
    (
        "Young Moroccans march in Rabat for better hospitals and schools",
        "Hundreds of young Moroccans organised through an online group marched in central Rabat on Saturday, calling for better hospitals and schools rather than spending on football stadiums. Police briefly detained a few dozen marchers and released them in the evening. Organisers urged supporters to remain peaceful.",
        "protest",
    ),
    (
        "Tehran bazaar merchants shut shops over currency slide",
        "Merchants in Tehran's Grand Bazaar shut their shops on Monday and gathered in the alleys to protest against the plunging rial, which has made imports unaffordable. Mobile phone sellers in the city's main electronics market also closed. The government replaced the central bank governor the next day. Shopkeepers said they would reopen when prices stabilised.",
        "protest",
    ),
]
