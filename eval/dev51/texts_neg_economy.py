"""dev51 negatives: economy, markets, business, trade, energy and farming, from the regional
desks of Asia, Africa and Latin America (price wars, currency battles, trade wars, an LNG
project in a former war zone). NEGATIVES = [(title, text, kind code), ...]; kind codes from
eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "SBP keeps policy rate unchanged at 11pc",
        "The State Bank of Pakistan kept its key policy rate unchanged at 11pc on Monday, citing risks to the inflation outlook from higher energy prices. The governor said the current account remained in surplus and foreign exchange reserves had crossed $14 billion. Analysts had expected a cut of 100 basis points.",
        "other",
    ),
    (
        "Rupee slips to record low; RBI steps in",
        "The rupee fell to a record low of 88.4 against the US dollar on Friday as foreign investors pulled money out of equities, before the Reserve Bank of India sold dollars through state-run banks, dealers said. The currency has lost 3% this year.",
        "other",
    ),
    (
        "Tariff war: telecom operators slash data prices ahead of festive season",
        "Two leading telecom operators cut prepaid data prices by up to 20% on Wednesday, reviving a tariff war that analysts said could hurt margins. A third operator said it would not match the cuts. Shares of the two companies fell 3% in Mumbai.",
        "economy",
    ),
    (
        "Onion prices soar; Centre curbs exports",
        "The Centre imposed a minimum export price on onions on Saturday after retail prices in Delhi crossed Rs80 a kilo. Traders at Lasalgaon, Asia's largest onion market, said arrivals had fallen because of unseasonal rain. Farmers' groups said the decision would hit their income.",
        "other",
    ),
    (
        "Garment exports rise 9pc in first quarter",
        "Bangladesh's garment exports rose 9pc year on year to $10.3 billion in the July-September quarter, Export Promotion Bureau data showed. Exporters said orders shifted from China after US tariffs, but warned of rising gas prices.",
        "other",
    ),
    (
        "Nickel smelter boom draws new Chinese investment to Sulawesi",
        "Three Chinese companies signed agreements worth $4.2 billion to build nickel processing plants in Central Sulawesi, the Investment Ministry said on Tuesday. Environmental groups warned of more coal-fired power plants in the industrial park. Indonesia holds the world's largest nickel reserves.",
        "other",
    ),
    (
        "Inflation eases to 1.9% in August",
        "Headline inflation in the Philippines eased to 1.9% in August from 2.4% in July as rice prices fell, the Philippine Statistics Authority said. Economists said the central bank could cut rates again in October.",
        "other",
    ),
    (
        "CBK cuts rate as shilling holds steady",
        "The Central Bank of Kenya cut its benchmark rate by 25 basis points to 9.5% on Tuesday, saying inflation was within its target range. The shilling has been stable against the dollar for a year. Private sector credit growth remains weak, the bank said.",
        "other",
    ),
    (
        "Dangote refinery cuts petrol price, sparking price war with marketers",
        "The Dangote Petroleum Refinery cut its ex-depot petrol price by N65 a litre on Monday, its third cut in a month, sparking a price war with importers. Marketers said they could not compete and asked the regulator to intervene.",
        "economy",
    ),
    (
        "CBN sells dollars to defend naira as currency battle drags on",
        "The Central Bank of Nigeria sold $200 million to banks on Thursday in its fight to defend the naira, which weakened to N1,610 to the dollar on the official market. Analysts said the bank was losing the battle against rising demand for imports.",
        "economy",
    ),
    (
        "Cocoa farmers smuggle beans across border as prices diverge",
        "Ghanaian cocoa farmers are smuggling beans into neighbouring Ivory Coast and Togo, where buyers pay more, the Cocoa Board said, estimating losses at 150,000 tonnes. The board raised the farmgate price by 45% to stop the trade.",
        "other",
    ),
    (
        "IMF approves $1bn disbursement after birr float",
        "The IMF board approved a $1 billion disbursement for Ethiopia on Friday, a year after the country floated the birr. The fund said inflation had slowed and exports of coffee and gold had risen. The government said it would use the money to pay external debt.",
        "other",
    ),
    (
        "Monthly inflation falls to 2.1%, lowest in five years",
        "Argentina's monthly inflation fell to 2.1% in October, the lowest in five years, INDEC said on Thursday. The economy minister said the government would keep its fiscal surplus target. Annual inflation stood at 31.3%.",
        "other",
    ),
    (
        "Unions decry 'assault' as government cuts 30,000 public jobs",
        "The government has cut 30,000 public sector jobs since taking office, the Modernisation Ministry said, as the president's chainsaw reached the national statistics and weather services. State workers' unions called it an assault on public employment and announced a 36-hour strike.",
        "economy",
    ),
    (
        "Peso slides as US tariff threat revives trade war fears",
        "The Mexican peso fell 2% on Monday after Washington threatened a 30% tariff on Mexican goods, reviving fears of a trade war between the two partners. The economy secretary said talks would continue this week. Mexico sends more than 80% of its exports to the United States.",
        "economy",
    ),
    (
        "Coffee harvest seen at 13.5 million bags as prices stay high",
        "Colombia's coffee harvest is expected to reach 13.5 million bags this year, the National Federation of Coffee Growers said, helped by good weather and record prices. Growers in Huila said they were hiring more pickers.",
        "other",
    ),
    (
        "Brazil forecasts record soy crop of 172 million tonnes",
        "Brazil's national supply company Conab raised its soy crop forecast to a record 172 million tonnes on Thursday. Exporters said China's purchases had increased amid its trade dispute with the United States. Farmers in Mato Grosso began planting early after good rains.",
        "other",
    ),
    (
        "Government fights to plug Rs1.2tr revenue gap ahead of IMF review",
        "The government is scrambling to plug a Rs1.2 trillion revenue shortfall before the IMF's next review, finance ministry officials said, with new taxes on retailers and property under discussion. The fund's mission is due in Islamabad next month.",
        "other",
    ),
    (
        "HAL shares surge after Rs62,000-crore helicopter order",
        "Shares of Hindustan Aeronautics rose 6% on Friday after the Defence Ministry signed a Rs62,000-crore contract for 156 light combat helicopters. Brokerages raised their price targets, citing a strong order book.",
        "economy",
    ),
    (
        "Tourist arrivals cross 2 million for first time since 2018",
        "Sri Lanka welcomed its two millionth tourist of the year on Tuesday, the first time arrivals have passed that mark since 2018, the tourism authority said. India, Russia and Britain were the top source markets. Hotel occupancy on the south coast reached 78% in December.",
        "other",
    ),
    (
        "Remittances hit record Rs1.7 trillion",
        "Remittances sent home by Nepali workers abroad reached a record Rs1.7 trillion in the last fiscal year, Nepal Rastra Bank said. Most of the workers are in Malaysia and the Gulf states. They are equal to about a quarter of the country's economy.",
        "other",
    ),
    (
        "Mobile money war heats up as Airtel cuts fees",
        "Airtel Kenya cut mobile money transfer fees by half on Monday, stepping up its battle with Safaricom's M-Pesa for customers. Safaricom said it had no plans to follow. M-Pesa handles about 90% of mobile money transactions in the country.",
        "economy",
    ),
    (
        "TotalEnergies lifts force majeure on Mozambique LNG project",
        "TotalEnergies has lifted the force majeure on its $20 billion liquefied natural gas project in Cabo Delgado, four years after work stopped, the company said on Friday, citing improved security around the Afungi site. Construction is expected to resume next year.",
        "economy",
    ),
    (
        "Fuel prices raised by Rp1,000 a litre",
        "The government raised the price of subsidised Pertalite fuel by Rp1,000 a litre from Saturday, the Energy and Mineral Resources Ministry said, to reduce the burden on the state budget. Motorcycle taxi drivers said they would raise fares.",
        "other",
    ),
    (
        "Matarbari deep-sea port to open in 2029, Japan pledges more funds",
        "Japan's development agency pledged another $1.1 billion for the Matarbari deep-sea port in Cox's Bazar, which is due to open in 2029, the shipping ministry said. The port will be able to take ships of 8,000 containers.",
        "other",
    ),
    (
        "Nearshoring boom fills industrial parks in Nuevo Leon",
        "Industrial parks around Monterrey are almost fully occupied as manufacturers move production from Asia to Mexico, a real estate association said, with vacancy at 2.8%. Developers warned of water and power shortages.",
        "other",
    ),
]
