"""dev15 negatives: politics; economy, investment and reconstruction; peaceful protests.

NEGATIVES = [(title, text, kind code), ...].
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: politics
    (
        "Petro's 'total peace' bill faces battle in Senate",
        "Colombian President Gustavo Petro's flagship bill on negotiations with armed groups faces a tough battle in the Senate, where opposition parties attacked it as a gift to criminals. The interior minister said the government had the votes.",
        "politics",
    ),
    (
        "Mexican senators attack security budget cuts",
        "Opposition senators attacked cuts to the budgets of state police forces in Mexico's spending plan, saying the government was losing the war on crime. The finance minister defended the plan in a heated session.",
        "politics",
    ),
    (
        "Rada battle over mobilisation bill drags on",
        "Ukraine's parliament voted on hundreds of amendments to a bill on military mobilisation in a marathon session, as lawmakers battled over the age of conscription and rules for demobilisation. The vote was postponed for a third time.",
        "politics",
    ),
    (
        "Knesset passes first law of judicial overhaul after stormy night",
        "Israel's parliament passed the first law of the government's judicial overhaul after a stormy overnight debate in which opposition members shouted 'shame' and walked out. The justice minister said the fight would continue.",
        "politics",
    ),
    (
        "DUP attacks post-Brexit trade deal as Stormont stays shut",
        "The Democratic Unionist Party attacked the new post-Brexit trade arrangements for Northern Ireland, saying they did not go far enough, and kept its boycott of the Stormont assembly. The Irish government urged it to return.",
        "politics",
    ),
    (
        "Kurti government falls in no-confidence vote",
        "Kosovo's parliament voted to bring down the government of Prime Minister Albin Kurti after opposition parties accused him of damaging relations with Western allies. Kurti called the vote an attack on reforms.",
        "politics",
    ),
    (
        "Ethiopian MPs attack budget as inflation bites",
        "Opposition members of Ethiopia's parliament attacked the government's budget, saying it ignored rising prices of food and fuel. The finance minister said the budget prioritised reconstruction.",
        "politics",
    ),
    (
        "Balochistan assembly fights over mining deal",
        "Members of Balochistan's provincial assembly clashed verbally over a new mining law, with opposition legislators accusing the government of handing provincial resources to federal authorities. The bill passed by a narrow majority.",
        "politics",
    ),
    (
        "Haiti council members at war over choice of prime minister",
        "Members of Haiti's transitional presidential council traded accusations in public over the choice of a new prime minister, in what one member called 'a war of egos'. The United States urged them to agree quickly.",
        "politics",
    ),
    (
        "Brazil's Lula attacks central bank over interest rates",
        "President Luiz Inácio Lula da Silva attacked the central bank for keeping interest rates high, calling the policy 'a shame'. Markets fell on his remarks.",
        "politics",
    ),
    (
        "Bangsamoro parliament battles over district map",
        "The Bangsamoro parliament in Cotabato City debated late into the night over a bill dividing the region into electoral districts, with members of the former rebel party and rival families trading barbs. The vote was postponed to next week.",
        "politics",
    ),
    (
        "Georgia's ruling party wins battle over 'foreign agents' bill",
        "Georgia's parliament passed the 'foreign agents' bill in its final reading, overriding the president's veto. The opposition called it a Russian law and said it would fight on in the courts.",
        "politics",
    ),
    # ---------------------------------------------------------------- negatives: economy, investment and reconstruction
    (
        "Price war breaks out among Somali mobile money firms",
        "Somalia's two biggest telecom companies have cut fees for mobile money transfers to zero in a price war for customers in Mogadishu and Hargeisa. Analysts said smaller rivals could be squeezed out.",
        "economy",
    ),
    (
        "TotalEnergies lifts force majeure on Mozambique LNG",
        "TotalEnergies said it was lifting the force majeure on its $20 billion liquefied natural gas project in Mozambique, four years after work stopped following an insurgent attack on nearby Palma. The company said construction would restart this year.",
        "economy",
    ),
    (
        "Donors pledge billions at Ukraine recovery conference",
        "Governments and companies pledged more than 10 billion euros for Ukraine's reconstruction at a conference in Rome, including money for energy, housing and hospitals. The World Bank estimates reconstruction needs at more than $500 billion.",
        "economy",
    ),
    (
        "European defence stocks rally on spending plans",
        "Shares in Rheinmetall, Saab and BAE Systems rose to record highs after EU leaders agreed a plan to increase defence spending. Analysts said order books were full for years.",
        "economy",
    ),
    (
        "Kurdish oil flows to Ceyhan again",
        "Oil exports from Iraq's Kurdistan region through the pipeline to Turkey's Ceyhan port resumed after a two-year halt, the Iraqi oil ministry said. The deal with Baghdad ends a dispute over payments.",
        "economy",
    ),
    (
        "Ecuador's banana exporters battle rising freight costs",
        "Ecuador's banana exporters are battling a sharp rise in shipping rates to Europe, the producers' association said. Exports fell in the first quarter.",
        "economy",
    ),
    (
        "Avocado packer launches hostile takeover bid",
        "A Mexican avocado packer launched a hostile takeover bid for a US rival, offering shareholders a premium of 30%. The target's board called the offer an attack on its long-term plan.",
        "economy",
    ),
    (
        "Brazil's banks at war over instant payment fees",
        "Brazil's largest banks are at war with fintechs over fees on the Pix instant payment system, and the central bank has been asked to step in. Pix transfers hit a new daily record in December.",
        "economy",
    ),
    (
        "Reko Diq mine gets financing",
        "Barrick's Reko Diq copper and gold project in Balochistan secured financing from a group of development lenders, the company said. Construction is expected to take four years.",
        "economy",
    ),
    (
        "Serbia approves Jadar lithium project",
        "Serbia's government approved Rio Tinto's Jadar lithium project, saying it would bring jobs and investment. Environmental groups said they would challenge the decision.",
        "economy",
    ),
    (
        "Damascus stock exchange reopens after sanctions eased",
        "The Damascus Securities Exchange reopened after a six-month closure, as the lifting of US sanctions raised hopes of foreign investment in Syria. Traders said volumes were thin on the first day.",
        "economy",
    ),
    (
        "Haitian mango exports rise",
        "Haiti's mango exports to the United States rose by 12% last year, the trade ministry said. Growers in the central plateau said prices were good.",
        "economy",
    ),
    (
        "Gaza reconstruction plan priced at $53 billion",
        "Arab leaders endorsed a $53 billion plan to rebuild Gaza over five years, with housing, a seaport and an airport. The plan would clear rubble in the first six months.",
        "economy",
    ),
    # ---------------------------------------------------------------- negatives: peaceful protests
    (
        "Searching mothers march in Culiacán",
        "Hundreds of mothers whose children have disappeared marched through Culiacán on Mother's Day, carrying photos of their sons and daughters. They asked the state government for more help in searching for graves. The march ended at the cathedral without incident.",
        "protest",
    ),
    (
        "Turbat sit-in enters fifth day",
        "Hundreds of people continued a peaceful sit-in in Turbat, in Balochistan, for a fifth day to demand an investigation into the death of a young man in custody. Speakers addressed the crowd and women held photos of missing relatives. There were no incidents.",
        "protest",
    ),
    (
        "Serbian students march to Novi Sad",
        "Thousands of students who walked for days from Belgrade and other cities arrived in Novi Sad, where residents welcomed them with food and flowers. They were marking three months since the collapse of the railway station canopy. The protest passed peacefully.",
        "protest",
    ),
    (
        "Tbilisi rally for Europe draws tens of thousands",
        "Tens of thousands of people rallied in central Tbilisi waving Georgian and EU flags, in what organisers called the 'March for Europe'. The crowd sang the national anthem and dispersed peacefully late in the evening.",
        "protest",
    ),
    (
        "Hostages' families march to Jerusalem",
        "Families of hostages held in Gaza began a five-day march from Tel Aviv to Jerusalem, joined by thousands of supporters. They called on the government to do more to bring their relatives home.",
        "protest",
    ),
    (
        "Anglophone lawyers go on strike over French in courts",
        "Lawyers in Cameroon's North-West and South-West regions went on strike to protest the appointment of French-speaking judges to courts that apply common law. Courts in Bamenda and Buea were empty.",
        "protest",
    ),
    (
        "Manipur women form human chain for peace",
        "Thousands of women formed a human chain along the highway through Imphal valley, calling for peace between communities. The meira paibis, women torch-bearers, have led vigils for months.",
        "protest",
    ),
    (
        "Indigenous minga arrives in Bogotá",
        "Several thousand indigenous people from Cauca arrived in Bogotá in buses and chivas to meet the president, after a peaceful journey of several days. They camped in a sports centre.",
        "protest",
    ),
    (
        "Northern Ireland nurses strike over pay",
        "Nurses in Northern Ireland held their first strike in years, forming picket lines outside hospitals in Belfast and Derry. The health department said urgent care was not affected.",
        "protest",
    ),
    (
        "Quito taxi drivers block avenues over fuel prices",
        "Taxi drivers in Quito blocked main avenues with their cars for several hours to protest a rise in diesel prices. Police diverted traffic. The blockades were lifted in the afternoon.",
        "protest",
    ),
    (
        "Sulaymaniyah teachers strike over unpaid salaries",
        "Teachers in Sulaymaniyah began a strike over months of delayed salaries, closing schools across the province. They gathered outside the education directorate.",
        "protest",
    ),
    (
        "Kyiv protesters rally against anti-corruption law",
        "Thousands of mostly young people gathered in central Kyiv to protest a law that curbs the powers of anti-corruption agencies, holding cardboard signs. The protest was the largest since the start of the full-scale invasion. Police did not intervene.",
        "protest",
    ),
    (
        "Jayapura students rally, five held for raising flag",
        "Hundreds of students rallied peacefully in Jayapura on 1 December, the date many Papuans mark as their independence day. Police detained five people who raised the banned Morning Star flag, and released them later in the day.",
        "protest",
    ),
    (
        "Sudanese diaspora hold vigil in London",
        "Hundreds of Sudanese living in Britain held a candlelit vigil outside Downing Street, reading the names of relatives killed since the war began. Organisers called for more aid.",
        "protest",
    ),
]
