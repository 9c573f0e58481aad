"""dev295 negatives, markets and policy: price wars, trade wars, export bans, subsidies, deals
and the war words of the commodities desk. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Supermarket milk price war leaves dairy farmers counting losses",
        "Britain's supermarkets have cut the price of four pints of milk to as little as 89p in "
        "a price war that dairy farmers say is driving them out of business. Aldi and Lidl "
        "lowered their prices last week and the big four grocers followed within hours. "
        "Processors have since cut the price they pay farmers to below 20p a litre, well under "
        "the cost of production for most herds, according to the National Farmers' Union. “Milk "
        "is being used as a weapon in a battle for shoppers, and we are the casualties,” said a "
        "Somerset farmer with 180 cows. About 1,000 dairy farms have closed in the past two "
        "years, industry figures show. The grocers say they absorb the cut themselves and that "
        "their own suppliers are paid a fair price. The groceries code adjudicator said she had "
        "no power over the price paid by processors. Farmers in Cumbria and Shropshire have "
        "blocked the entrances to several processing plants at night with tractors, in protests "
        "police described as good-natured. Arla, the largest buyer, said world prices for "
        "butter and milk powder had halved in eighteen months as Chinese demand slowed and "
        "Russia banned Western food imports. Some farmers have begun selling milk from vending "
        "machines at the farm gate to claw back a margin.",
        "economy",
    ),
    (
        "India bans non-basmati white rice exports, rattling Asian buyers",
        "India banned exports of non-basmati white rice with immediate effect on Thursday, "
        "seeking to calm domestic prices ahead of state elections and after erratic monsoon "
        "rains damaged crops. The world's biggest rice exporter shipped about 22 million tonnes "
        "last year, some 40% of global trade. Thai and Vietnamese export prices jumped to their "
        "highest in more than a decade within days. Importers in West Africa and the "
        "Philippines scrambled for cargoes. “It is a shock to a market that was already tight,” "
        "said a Singapore-based trader. The government said parboiled and basmati rice were not "
        "affected and that it would consider requests from friendly countries facing food "
        "security needs. Retail rice prices in India have risen about 11% in a year, official "
        "data show. The IMF urged New Delhi to lift the curbs. In Dakar, the price of a 50-kg "
        "bag of broken rice rose by about 2,000 CFA francs within a week, importers said. "
        "Exporters in Kakinada said about 150,000 tonnes were stuck at the port awaiting "
        "clearance. Analysts at Fitch Solutions said the curbs were likely to stay in place "
        "until after the general election next year.",
        "economy",
    ),
    (
        "Fertiliser prices hit records as gas squeeze shuts European plants",
        "Yara International said it would curtail about 40% of its European ammonia capacity "
        "because of record natural gas prices, sending fertiliser prices to new highs. Urea at "
        "the Middle East benchmark has nearly tripled since the summer. CF Industries halted "
        "two British plants last month before a government deal restarted one of them. Farmers "
        "in the US Corn Belt and in Europe say they may cut nitrogen rates next spring, which "
        "analysts warn could trim yields. “This is the most expensive crop we have ever "
        "planted, and we haven't planted it yet,” said an Iowa grower. China has also curbed "
        "phosphate exports to protect its own supply. Rabobank expects prices to stay high "
        "until at least mid-2022. Shares in Yara fell 3%. In Brazil, the world's largest "
        "fertiliser importer, soybean farmers are racing to secure potash and phosphate ahead "
        "of planting. Distributors in Mato Grosso said some suppliers had stopped quoting "
        "prices altogether. Indian officials said the government would raise subsidies to "
        "shield farmers from the rise.",
        "economy",
    ),
    (
        "Spain's olive oil shortage pushes prices past 8 euros a litre",
        "Spanish supermarkets are selling extra virgin olive oil for more than 8 euros a litre "
        "after a second year of drought halved the harvest in Andalusia, and some stores have "
        "put bottles in security tags. The country produced about 660,000 tonnes in the season "
        "just ended, against a five-year average of 1.3 million, the agriculture ministry said. "
        "Wholesale prices at the Jaén market are at records. Shoppers are switching to "
        "sunflower oil, producers said. “People are stealing oil the way they used to steal "
        "ham,” said a shop manager in Seville. Cooperatives say costs for irrigation and "
        "fertiliser have also risen. The government cut value-added tax on olive oil to zero. "
        "Growers hope for rain this autumn to restore the crop. Italy, Greece and Portugal have "
        "also reported smaller harvests, and Tunisia has become a larger supplier to European "
        "packers. Prices at origin have risen from about 3 euros a kilogram two years ago to "
        "more than 8 euros now. Some bottlers in Jaén have cut shifts because they cannot find "
        "enough oil to pack.",
        "economy",
    ),
    (
        "Cocoa tops $10,000 a tonne as West African crop fails",
        "Cocoa futures in New York broke through $10,000 a tonne for the first time on Tuesday, "
        "more than doubling since January, as poor harvests in Ivory Coast and Ghana deepened a "
        "global shortfall. Heavy rains, then heat, and the spread of swollen shoot virus have "
        "cut output in the two countries, which grow about 60% of the world's beans. Arrivals "
        "at Ivorian ports are down about 30% on the year, exporters estimate. The International "
        "Cocoa Organization forecasts the largest deficit in more than 60 years. Chocolate "
        "makers Hershey and Mondelez have warned of higher prices. Smaller grinders in Europe "
        "are cutting shifts. “Speculators are not the story, the beans just aren't there,” said "
        "a London broker. Farmers, paid a fixed farmgate price, have seen little of the gain. "
        "Ghana's cocoa board has delayed deliveries on some forward contracts into next season. "
        "Smuggling of beans across the borders into Togo and Guinea, where prices are higher, "
        "has also risen, officials said. Ivory Coast's regulator said it would review the "
        "farmgate price in April.",
        "economy",
    ),
    (
        "Soybean farmers caught in the crossfire of the US-China trade war",
        "US soybean exports to China have collapsed since Beijing slapped a 25% tariff on "
        "American beans in retaliation for President Donald Trump's levies on Chinese goods. "
        "Prices at the Chicago Board of Trade have fallen to their lowest in a decade, and "
        "grain elevators in North Dakota are offering farmers well below break-even. Chinese "
        "crushers have turned to Brazil, where premiums for shipment from Paranaguá have hit "
        "records. The administration has promised $12 billion in aid to farmers hit by the "
        "dispute. “We're the ammunition in somebody else's war,” said a grower near Fargo. "
        "Storage bins are full and some farmers are piling beans on the ground under tarps. "
        "Talks between the two sides are due to resume next month. Exports to China in the "
        "marketing year to date are down about 90%, Agriculture Department data show. Some "
        "growers are switching acres to corn and wheat next spring. “I voted for him and I "
        "still think he's right to stand up to China, but I can't pay the bank with promises,” "
        "said a farmer in Iowa. Farm bankruptcies in the Midwest have risen for a third year, "
        "court data show.",
        "economy",
    ),
    (
        "Turkey's food inflation tops 90% as lira slides",
        "Food prices in Turkey rose 93% in the year to June, the statistics institute said on "
        "Monday, as the lira's slide and soaring energy costs fed through to bread, vegetables "
        "and meat. Headline inflation reached 78.6%, the highest in 24 years. Independent "
        "economists put the real rate far higher. Bakers in Istanbul have raised the price of a "
        "loaf twice since spring. Farmers say feed, fuel and fertiliser costs have doubled. "
        "President Tayyip Erdogan has defended low interest rates and blamed “opportunists” and "
        "chain stores for the rises. The central bank kept its policy rate at 14% last month. "
        "Economists expect inflation to peak in the autumn. The lira has lost about 20% against "
        "the dollar this year after losing 44% in 2021. The government has raised the minimum "
        "wage twice and set up state-run discount vegetable stalls in Istanbul and Ankara. "
        "Shoppers say the stalls sell out by mid-morning. Farm groups warn that planting of "
        "some crops could fall next year as growers struggle to pay for diesel.",
        "economy",
    ),
    (
        "Nigeria's food inflation hits 40% as naira weakens",
        "Nigeria's food inflation rose to 40.9% in May, the highest in nearly three decades, "
        "the National Bureau of Statistics said, as the weak naira, the end of the fuel subsidy "
        "and poor harvests pushed up the cost of staples. A 50-kg bag of rice sells for about "
        "80,000 naira in Lagos, roughly double a year ago. Economists also point to insecurity "
        "in farming regions of the north, which has kept some growers from their fields, and to "
        "high transport costs. The government announced a 150-day suspension of import duties "
        "on maize, wheat and rice. “My salary finishes in one week,” said a civil servant "
        "shopping in Mile 12 market. The central bank has raised its benchmark rate to 26.25% "
        "to fight inflation. Analysts expect prices to ease after the harvest. The country "
        "imports much of its wheat and a growing share of its fertiliser. Some state "
        "governments have launched programmes to sell subsidised grain from strategic reserves. "
        "Poultry farmers say they have cut flocks because maize for feed has become too "
        "expensive.",
        "economy",
    ),
    (
        "Potash price war looms as Belarusian producer cuts offers",
        "Belaruskali has undercut rivals in Brazil and Southeast Asia with potash offers well "
        "below posted prices, raising fears of a price war with Canada's Nutrien and Russia's "
        "Uralkali, traders said. Granular potash in Brazil has fallen to around $240 a tonne "
        "CFR, the lowest since 2016. China and India have yet to sign annual supply contracts, "
        "and buyers expect the delay to push prices lower still. “Everybody is fighting for "
        "tonnes and nobody wants to blink first,” said a Singapore-based fertiliser broker. "
        "Nutrien said it would take extended maintenance at two mines in Saskatchewan. Shares "
        "in the company fell 4% in Toronto. Analysts say lower prices may help farmers whose "
        "margins have been squeezed by weak grain prices. Potash is one of the three main crop "
        "nutrients alongside nitrogen and phosphate. Global demand slumped this year as farmers "
        "in Brazil and Malaysia delayed purchases. Mosaic said it would idle its Colonsay mine "
        "for the rest of the year. Some analysts expect a recovery in the second half.",
        "economy",
    ),
    (
        "Indonesia bans palm oil exports to tame cooking oil prices",
        "Indonesia, the world's largest palm oil producer, will ban exports of crude palm oil "
        "and cooking oil from next week until domestic prices come down, President Joko Widodo "
        "said on Friday. The surprise move sent soyoil and palm futures to records and alarmed "
        "buyers in India, Pakistan and Bangladesh. Local cooking oil prices have risen about "
        "40% this year despite a price cap that left shelves empty and long queues outside "
        "shops. Smallholders in Riau said mills had immediately cut what they paid for fresh "
        "fruit bunches. The palm oil association GAPKI urged the government to review the ban. "
        "Malaysian producers said they could not fill the gap. The ban was lifted three weeks "
        "later. The country exports about 28 million tonnes of palm oil a year, more than half "
        "of world trade. Indian refiners said they would turn to soyoil from Argentina and "
        "sunflower oil, though supplies of sunflower oil have already been tight. Economists "
        "said the ban could cost Indonesia about $3 billion a month in lost exports.",
        "economy",
    ),
    (
        "Russia pulls out of Black Sea grain deal, wheat rallies",
        "Russia said on Monday it would not extend the Black Sea Grain Initiative, which has "
        "allowed Ukraine to ship more than 32 million tonnes of food from its ports since last "
        "summer, saying its own demands on agricultural and fertiliser exports had not been "
        "met. Kremlin spokesman Dmitry Peskov said Moscow would return to the deal once its "
        "conditions were fulfilled. Wheat futures in Chicago rose about 3% before paring gains. "
        "UN Secretary-General António Guterres said he deeply regretted the decision. Turkey's "
        "president said he would talk to Vladimir Putin. Analysts said world markets were "
        "better supplied than a year ago, with large crops in Russia and Brazil. Ukraine said "
        "it would try to keep ships moving along its own route. The deal was brokered by the "
        "United Nations and Turkey in July last year and extended three times. China, Spain and "
        "Turkey were the largest destinations for grain shipped under it. The UN said the World "
        "Food Programme had shipped more than 725,000 tonnes of wheat under the deal to "
        "Afghanistan, Ethiopia, Kenya, Somalia, Sudan and Yemen.",
        "politics",
    ),
    (
        "Modi repeals farm laws after a year of protests",
        "Prime Minister Narendra Modi said on Friday his government would repeal three "
        "agricultural reform laws that sparked a year of protests by tens of thousands of "
        "farmers camped on the edges of New Delhi. In a televised address, Modi apologised and "
        "said the government had failed to convince some farmers of the laws' benefits. Farm "
        "unions welcomed the announcement but said they would stay at their camps until "
        "parliament formally withdrew the laws and the government agreed to talks on guaranteed "
        "prices. The reforms would have let private buyers trade outside state-regulated "
        "markets. Economists said the retreat would make other reforms harder. Opposition "
        "parties called the decision a victory for farmers ahead of elections in Punjab and "
        "Uttar Pradesh. The unions, led mostly by farmers from Punjab and Haryana, had set up "
        "tent camps with kitchens, clinics and libraries on highways at the city's borders. "
        "Unions say hundreds of farmers died during the protest, mostly from illness and cold. "
        "The government had offered to suspend the laws for 18 months, an offer the unions "
        "rejected.",
        "politics",
    ),
    (
        "Mexico loses GM corn dispute with US under trade pact",
        "A trade panel under the USMCA ruled on Friday that Mexico's restrictions on "
        "genetically modified corn were not based on science and broke its obligations to the "
        "United States, in a blow to President Claudia Sheinbaum's government. Mexico had "
        "barred GM corn for tortilla flour and planned to phase it out for animal feed. US farm "
        "groups hailed the ruling. Mexico, the largest buyer of US corn, said it would comply "
        "while pursuing a constitutional ban on planting GM maize. “This is a battle for our "
        "native corn that we will not give up,” a senator of the ruling Morena party said. "
        "Mexico has 45 days to bring its measures into line. Corn futures were little changed. "
        "Mexico imported about 17 million tonnes of US corn last year, most of it GM yellow "
        "corn for feed and starch. Environmental groups in Mexico said the ruling put native "
        "maize varieties at risk. The US Trade Representative said the decision was a win for "
        "American farmers. Mexican millers said white corn for tortillas would still come "
        "mostly from domestic farms.",
        "politics",
    ),
    (
        "Kenya subsidises maize flour as unga prices hit record",
        "Kenya's government will subsidise maize flour to cut the price of a 2-kg packet to 90 "
        "shillings from about 150, the agriculture ministry said on Tuesday, after drought "
        "pushed the staple to record prices months before the election. The state will import "
        "duty-free maize from Mexico and pay millers to sell flour at the lower price. Shoppers "
        "in Nairobi have complained of empty shelves. Opposition politicians called the plan a "
        "vote-buying scheme. Millers said they would need prompt payment to keep the subsidy "
        "working. The Cereal Growers Association warned that cheap imports could hurt farmers "
        "when the next harvest comes in. The treasury set aside 6 billion shillings for four "
        "months. The price of maize flour has become a campaign issue, with the opposition "
        "pledging cheaper food. Traders said a 90-kg bag of maize sold for about 4,500 "
        "shillings in Nairobi, up from 3,000 a year ago. The National Cereals and Produce Board "
        "has little stock left after months of sales.",
        "politics",
    ),
    (
        "Egypt quadruples price of subsidised bread",
        "Egypt raised the price of subsidised bread fourfold on Saturday, to 20 piastres a "
        "loaf, the first increase in more than three decades, as the government tries to cut "
        "spending under an IMF programme. About 70 million Egyptians rely on the ration cards "
        "that give them five loaves a day. Prime Minister Mostafa Madbouly said the real cost "
        "of a loaf was 1.25 pounds and that the state would still bear most of it. Egypt is "
        "among the world's biggest wheat importers and has been hit by a foreign currency "
        "shortage. “Everything goes up, and now bread,” said a woman queuing outside a Cairo "
        "bakery. Economists said the move was politically sensitive but overdue. Parliament has "
        "not yet voted on the budget. The state has held the price of a loaf at 5 piastres "
        "since 1988, apart from a cut in the weight of the loaf. The government spends about "
        "125 billion pounds a year on bread subsidies. Analysts said the increase would save "
        "about 13.5 billion pounds in the coming fiscal year. Inflation in urban areas stood at "
        "32.5% in April.",
        "politics",
    ),
    (
        "Sri Lanka reverses organic farming ban after rice harvest slumps",
        "Sri Lanka lifted its ban on chemical fertiliser imports on Monday, seven months after "
        "President Gotabaya Rajapaksa ordered the country to switch overnight to organic "
        "farming. Rice production in the Maha season fell by about a fifth, and tea growers "
        "warned of their smallest crop in years. Farmers in Polonnaruwa and Anuradhapura have "
        "held rallies calling for compensation. The agriculture minister said the state would "
        "pay 40 billion rupees to affected paddy farmers. Critics said the ban had been driven "
        "by the foreign exchange crisis rather than by concern for the environment. The "
        "government has already had to import rice from India and Myanmar. The ban was lifted "
        "first for tea, rubber and coconut, the main export crops, and later for paddy. "
        "Fertiliser importers said shipments would take several weeks to arrive, too late for "
        "some growers. Economists said the rice shortfall had added to inflation, which has hit "
        "double digits. The central bank has allowed the rupee to float.",
        "politics",
    ),
    (
        "EU-Mercosur deal sparks battle in Brussels as France digs in",
        "The European Commission's trade agreement with the Mercosur bloc faces a bruising "
        "battle for ratification after France said it would try to build a blocking minority "
        "among EU governments. French farm unions say the deal, which would let in 99,000 "
        "tonnes of South American beef at low tariffs, would expose them to unfair competition. "
        "Germany and Spain back the pact as a boost for car and machinery exports. “This is an "
        "attack on our farmers and our standards,” a French minister told parliament. The "
        "Commission argues that safeguards will protect sensitive sectors. Poland and Italy "
        "have yet to say how they will vote. Brazil's agriculture minister said his country had "
        "already made concessions on deforestation. Negotiations on the agreement began in 1999 "
        "and were concluded politically in 2019. The deal needs the approval of a qualified "
        "majority of member states and of the European Parliament. Irish and Austrian lawmakers "
        "have also raised objections.",
        "politics",
    ),
    (
        "Hungary, Poland extend unilateral bans on Ukrainian grain",
        "Poland, Hungary and Slovakia said on Friday they would keep their own bans on imports "
        "of Ukrainian wheat, maize, rapeseed and sunflower seed after the European Commission "
        "let an EU-wide restriction expire. Kyiv said it would challenge the move at the World "
        "Trade Organization. Farmers in eastern Poland say cheap Ukrainian grain that was meant "
        "to transit the bloc had flooded local markets since 2022 and depressed prices. Polish "
        "Prime Minister Mateusz Morawiecki, facing an election next month, said he would not "
        "let farmers pay the price. The Commission said unilateral measures were unacceptable. "
        "Ukraine's trade representative called the bans a political decision. Transit shipments "
        "are not affected. Ukraine's exports through the EU rose after 2022, when its usual sea "
        "routes were disrupted. The Commission had allowed five frontline states to restrict "
        "imports since May in exchange for letting transit continue. Romania and Bulgaria did "
        "not impose their own bans. Ukrainian officials have proposed a licensing system to "
        "control shipments to neighbouring countries.",
        "politics",
    ),
    (
        "CAP reform: Brussels takes aim at direct payments to big farms",
        "The European Commission proposed capping direct payments to the largest farms at "
        "100,000 euros a year and shifting more money to young farmers and green schemes, in a "
        "plan that sets up a fight with big agricultural states. The common agricultural policy "
        "takes about a third of the EU budget. Copa-Cogeca, the main farm lobby, said the plan "
        "was an attack on the farmers who produce most of Europe's food. Environmental groups "
        "said it did not go far enough. Agriculture ministers will first discuss the proposal "
        "in Luxembourg next month. Any reform needs the backing of both the member states and "
        "the European Parliament, which officials said could take two years. About 80% of "
        "direct payments go to about 20% of recipients, according to the Commission's figures. "
        "Landowners in Britain, Germany and the Czech Republic would be among the hardest hit "
        "by a cap. Smaller farms would get a top-up on their first hectares. The proposal also "
        "gives governments more freedom to design their own schemes.",
        "politics",
    ),
]
