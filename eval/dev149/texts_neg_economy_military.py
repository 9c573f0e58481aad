"""dev149 hard negatives: economy (a 'surgical strike' on black money, price and trade
wars, the IMF, a budget) and the military without violence (a missile test, a submarine, an
exercise, a parade)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Rs 500, Rs 1,000 notes scrapped from midnight: PM's 'surgical strike' on black money",
        "In a dramatic move aimed at flushing out black money and counterfeit currency, Prime "
        "Minister Narendra Modi on Tuesday announced that Rs 500 and Rs 1,000 notes would cease"
        " to be legal tender from midnight. Addressing the nation on television, Modi said the "
        "notes, which account for about 86 per cent of the currency in circulation by value, "
        "could be deposited in bank and post office accounts until December 30. New Rs 500 and "
        "Rs 2,000 notes will be issued, the Reserve Bank of India said. Banks will remain "
        "closed on Wednesday and ATMs will not function on Wednesday and Thursday, while "
        'withdrawals will initially be capped at Rs 2,000 a day per card. "The grip of '
        'corruption and black money has tightened. It is time to break it," the Prime Minister '
        "said, adding that fake notes were being used to fund terrorism. BJP leaders hailed the"
        ' decision as a "surgical strike on black money", a reference to the Army\'s strikes '
        "across the Line of Control in September. Long queues formed outside ATMs in several "
        "cities within minutes of the announcement, as people rushed to withdraw cash in "
        "smaller denominations, and petrol pumps reported a rush of customers paying with old "
        "notes. Jewellers in Delhi and Mumbai said they had seen a spike in gold purchases late"
        " into the night. Economists said the move could hit the cash-dependent informal sector"
        " hard in the short run. Opposition parties said the government had caused panic "
        "without preparing the banking system.",
        "economy",
    ),
    (
        "Jio's free offer sparks tariff war; Airtel, Vodafone slash data prices",
        "The telecom price war triggered by Reliance Jio's entry intensified on Thursday, with "
        "Bharti Airtel and Vodafone India announcing steep cuts in 4G data tariffs and Idea "
        "Cellular saying it would match them. Airtel said it would offer 10GB of 4G data for "
        "the price of 1GB on select prepaid packs, while Vodafone cut the price of its 1GB pack"
        " by up to 67 per cent in some circles. Reliance Jio, which began commercial services "
        "on Monday, is offering free voice calls for life and free data until December 31, and "
        "has said it will charge as little as Rs 50 per GB after that. Incumbent operators have"
        " accused Jio of predatory pricing, and the Cellular Operators Association of India has"
        " written to the Telecom Regulatory Authority of India, complaining that Jio's free "
        "calls are clogging interconnection points. Analysts at a Mumbai brokerage said the "
        "entry would squeeze the revenues and margins of incumbents for at least two years and "
        "could force consolidation in the sector. Shares of Bharti Airtel fell 3.5 per cent and"
        ' Idea Cellular 5 per cent on the BSE. "This is a battle for survival for the smaller '
        'players," an analyst said. Jio said it had added more than 10 million subscribers in '
        "the first week of its preview offer.",
        "economy",
    ),
    (
        "IMF board approves second review; inflation falls but reserves battle far from over, "
        "says CBSL",
        "The Executive Board of the International Monetary Fund has completed the second review"
        " of Sri Lanka's Extended Fund Facility, allowing the immediate release of around US$ "
        "336 million, the Finance Ministry said yesterday. With this, the total support "
        "disbursed under the four-year arrangement has reached around US$ 1 billion. The IMF "
        "said the country's economic reform programme was beginning to bear fruit, with "
        "inflation falling to single digits from a peak of nearly 70 per cent in September 2022"
        " and growth turning positive in the second half of last year. It, however, cautioned "
        "that the recovery remained fragile and that the completion of the debt restructuring "
        "with external private creditors was critical. Central Bank Governor Dr. Nandalal "
        "Weerasinghe said the country had won the battle against inflation, but the battle to "
        "rebuild reserves was far from over. Gross official reserves stood at US$ 4.5 billion "
        "at the end of February, the Central Bank said. Opposition parties and trade unions "
        "have criticised the programme's tax increases and electricity tariff hikes, which they"
        " say have hit the middle class and the poor. The government says it will not deviate "
        "from the reform path ahead of the presidential election due later this year.",
        "economy",
    ),
    (
        "Garment makers brace for US tariff hit; exporters seek cheaper energy, faster customs",
        "Garment exporters yesterday urged the government to cut gas and electricity prices and"
        " speed up customs clearance, saying the sector needed urgent support to remain "
        "competitive after the United States imposed a 20 percent reciprocal tariff on "
        "Bangladeshi goods. Leaders of the Bangladesh Garment Manufacturers and Exporters "
        "Association (BGMEA) told a press conference in the capital that the tariff, on top of "
        "existing duties, would make it harder to win orders from US buyers, the single largest"
        " market for the country's readymade garments. Bangladesh's tariff rate is lower than "
        "the 35 percent initially announced and similar to that of Vietnam, which exporters "
        'said would prevent a major loss of market share. "We are caught in the middle of a '
        'trade war between the big powers, and we have to fight for every order," said a BGMEA '
        "vice-president. Exporters said buyers had already started asking for discounts to "
        "offset the tariff. The commerce adviser said the government was negotiating with "
        "Washington to increase imports of US cotton, wheat and aircraft in order to reduce the"
        " trade gap. Garments account for more than 80 percent of Bangladesh's export earnings,"
        " and the sector employs around four million workers, most of them women.",
        "economy",
    ),
    (
        "Budget 2024-25: Salaried class bears brunt as govt unveils Rs 18.9tr IMF-friendly budget",
        "ISLAMABAD: The federal government on Wednesday unveiled a Rs 18.9 trillion budget for "
        "the next fiscal year, raising income tax rates for salaried individuals, imposing new "
        "taxes on exporters and retailers, and increasing the petroleum levy, in a bid to "
        "secure a new bailout programme from the International Monetary Fund. Finance Minister "
        "Muhammad Aurangzeb set a tax collection target of Rs 12.97 trillion, up 40 per cent "
        "from the current year, and projected economic growth of 3.6pc. Over half of the "
        "government's total spending will go towards interest payments on debt, while the "
        "development budget has been set at Rs 1.4 trillion. The defence budget has been raised"
        " by around 15pc to Rs 2.12 trillion. Opposition lawmakers described the budget as an "
        '"attack on the salaried class" and walked out of the National Assembly during the '
        "speech, chanting slogans. Business leaders also criticised the measures, saying they "
        'would burden those already in the tax net without broadening the base. "The salaried '
        'class is the only one that cannot hide its income, and it is being squeezed again," '
        "said a tax expert in Karachi. The budget will be debated in parliament before being "
        "put to vote later this month.",
        "economy",
    ),
    (
        "Agni-5 with MIRV technology successfully flight-tested under Mission Divyastra",
        "India on Monday carried out the first flight test of the indigenously developed Agni-5"
        " missile with Multiple Independently Targetable Re-entry Vehicle (MIRV) technology, "
        "making it one of a small group of countries with the capability to deliver several "
        "warheads at different targets with a single missile. The test, named Mission "
        "Divyastra, was conducted from Dr APJ Abdul Kalam Island off the Odisha coast, the "
        "Defence Research and Development Organisation (DRDO) said. Various telemetry and radar"
        " stations tracked and monitored multiple re-entry vehicles, and the mission "
        "accomplished its designed parameters, the defence ministry said in a statement. Prime "
        "Minister Narendra Modi congratulated DRDO scientists on X, calling the test a proud "
        "moment. The project director of the programme is a woman, and several women scientists"
        " contributed significantly to the project, officials said. The Agni-5, which has a "
        "range of over 5,000 km, was first tested in 2012 and inducted into the Strategic "
        "Forces Command in 2018. India had issued a NOTAM for a no-fly zone over the Bay of "
        "Bengal for the test last week.",
        "military",
    ),
    (
        "Navy's first Hangor-class submarine launched in Wuhan ceremony",
        "KARACHI: The first of eight Hangor-class submarines being built for the Pakistan Navy "
        "with Chinese assistance was launched at a ceremony at the Wuchang Shipyard in Wuhan, "
        "China, the military's media wing said on Friday. Chief of the Naval Staff Admiral "
        "Naveed Ashraf, who was the chief guest, said the submarines would enhance the navy's "
        "capability to safeguard the country's maritime interests and maintain regional peace "
        "and stability. Under the contract, signed in 2015, four submarines are being built in "
        "China and four at the Karachi Shipyard and Engineering Works under a transfer of "
        "technology arrangement. The submarines are equipped with air-independent propulsion, "
        "allowing them to stay submerged for longer periods, and with advanced sensors and "
        'weapons, ISPR said. "This is a significant milestone in the longstanding defence '
        'cooperation between Pakistan and China," the naval chief said. The first submarine is '
        "expected to be commissioned into the fleet after sea trials next year.",
        "military",
    ),
    (
        "Surya Kiran: Nepal, India armies begin two-week joint exercise in Rupandehi",
        "The 18th edition of the Nepal-India joint military exercise Surya Kiran began at the "
        "Nepali Army Battle School in Saljhandi, Rupandehi, on Sunday, the Nepali Army said. A "
        "contingent of 334 Indian Army personnel is taking part in the exercise, which will "
        "focus on counter-terrorism operations in jungle and mountainous terrain, humanitarian "
        "assistance and disaster relief, and medical response. The two sides will also share "
        "experience of working in United Nations peacekeeping missions, in which both armies "
        "are among the largest contributors of troops. The exercise is held alternately in "
        "Nepal and India every year. Brigadier General Prem Bahadur Pun of the Nepali Army said"
        " the exercise would enhance interoperability between the two armies, which share a "
        "long tradition of friendship. The exercise will conclude with a validation exercise in"
        " which troops will carry out a simulated rescue after a major earthquake.",
        "military",
    ),
    (
        "Republic Day: Women contingents, indigenous weapons take centre stage at Kartavya Path",
        "Women contingents from the armed forces and the paramilitary forces led the Republic "
        "Day parade on Kartavya Path on Friday, as indigenous weapon systems including the "
        "Pinaka rocket launcher, Nag anti-tank missiles and the Akash air defence system were "
        "showcased before French President Emmanuel Macron, the chief guest. President Droupadi"
        ' Murmu took the salute at the 90-minute parade, which had "Viksit Bharat" and "Bharat '
        '- Loktantra ki Matruka" as its themes. For the first time, an all-women tri-service '
        "contingent marched down the ceremonial boulevard, and over 100 women artistes played "
        "conch shells, nadaswaram and nagara to announce the start of the parade. A 95-member "
        "marching contingent and a 33-member band of the French Army also took part, while two "
        "Rafale fighter jets and an Airbus A330 multi-role tanker of the French Air and Space "
        "Force flew over Kartavya Path. Tableaux from 16 States and Union Territories, along "
        "with nine Ministries, rolled down the boulevard. The flypast, in which 51 aircraft of "
        "the Indian Air Force took part, ended with the Vertical Charlie manoeuvre by a Rafale."
        " Around 77,000 spectators, including 13,000 special guests such as farmers, women "
        "entrepreneurs and workers on the Central Vista project, watched the parade. Security "
        "in the capital was tightened, with over 70,000 personnel deployed across the city.",
        "military",
    ),
]
