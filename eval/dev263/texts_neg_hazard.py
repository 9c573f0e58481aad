"""dev263 negatives, part C: weather, accidents, crime, strikes and disease that move commodity
and freight markets (labels: eval/README.md, section 1)."""

NEGATIVES = [
    (
        "Gasoline hits two-year high as Harvey shuts a fifth of US refining",
        "US gasoline futures jumped to their highest in two years on Thursday as flooding from "
        "Hurricane Harvey shut refineries along the Texas Gulf Coast, taking out about 4.4 "
        "million barrels a day of capacity, close to a quarter of the national total. Motiva's "
        "Port Arthur plant, the country's largest, was closed after heavy rain flooded parts of "
        "the site, and Colonial Pipeline said it was running its main fuel line at reduced "
        "rates. Officials said more than 30,000 people were in shelters in and around Houston, "
        "and the storm was blamed for at least 38 deaths. Wholesale gasoline for September rose "
        "13% to $2.14 a gallon at one point. Crude oil fell, meanwhile, because refineries were "
        "buying less of it. Analysts said restarting the plants could take weeks once the water "
        "receded. Mexico and Latin America, which depend on Gulf Coast fuel, scrambled for "
        "cargoes from Europe.",
        "disaster",
    ),
    (
        "Arabica coffee soars to six-year high after frost hits Brazil's farms",
        "Arabica coffee futures surged more than 10% on Tuesday to their highest since 2014 after "
        "a severe frost hit coffee-growing areas in Brazil's Minas Gerais state, the world's "
        "largest producing region. Farmers posted pictures of blackened leaves, and the local "
        "cooperative Cooxupe said up to 200,000 hectares could have been damaged. The frost was "
        "the worst since 1994, meteorologists said. The damage will mostly hit next year's crop, "
        "which was already expected to be smaller after a drought. September arabica rose to "
        "$2.15 a pound in New York, and robusta in London also climbed. Roasters said they would "
        "have to raise prices for consumers later in the year. Brazil's sugar and orange crops "
        "were also affected. 'It will take two or three years for some trees to recover,' said "
        "a grower in Patrocinio.",
        "disaster",
    ),
    (
        "Rhine barge rates soar as low water strands cargo at Kaub",
        "Freight rates for barges on the Rhine have more than quadrupled this month as water "
        "levels fell to near-record lows, forcing vessels to sail with a fraction of their usual "
        "loads. The gauge at Kaub, a key bottleneck west of Frankfurt, fell to 32 centimetres on "
        "Friday, below the level at which many barges can no longer pass economically. Shipping "
        "a tonne of gasoil from Rotterdam to Basel cost about 90 euros this week, up from 20 "
        "euros in July, brokers said. Chemicals maker BASF said it might have to cut output at "
        "its Ludwigshafen plant, and coal-fired power stations in southern Germany warned of "
        "shortages of fuel. The drought has also hit the Danube and the Po. Economists said the "
        "low water could knock a few tenths of a percentage point off German growth. Forecasters "
        "expect little rain for at least two weeks.",
        "disaster",
    ),
    (
        "Panama Canal drought cuts crossings and sends LPG freight to record",
        "Freight rates for very large gas carriers between the US Gulf and Asia have risen to a "
        "record after the Panama Canal Authority cut the number of daily transits to conserve "
        "water during one of the driest years in the canal's history. Gatun Lake, which feeds the "
        "locks, is more than 1.5 metres below its normal level for the season, the authority "
        "said. It now allows 24 ships a day, down from about 36 in normal times, and has limited "
        "how deep they can sit in the water. Shipowners have paid as much as $4m at auction to "
        "skip the queue. Many gas tankers are now sailing around the Cape of Good Hope, adding "
        "weeks to the voyage. Grain exporters in the US are also shifting cargoes to Pacific "
        "Northwest ports. Scientists blamed the El Nino weather pattern for the lack of rain. The authority said restrictions could last into next year if the rainy season disappointed.",
        "disaster",
    ),
    (
        "Ever Given stuck in Suez: freight rates and oil jump as hundreds of ships queue",
        "Oil prices rose and freight rates for tankers and container ships jumped on Thursday as "
        "the giant container ship Ever Given remained stuck across the Suez Canal for a third "
        "day, blocking one of the world's busiest trade routes. The 400-metre vessel ran aground "
        "in high winds on Tuesday, and tugs and dredgers have so far failed to free it. More "
        "than 150 ships were waiting at either end of the canal, according to shipping services "
        "company Leth Agencies. About 12% of world trade passes through the waterway. Brent rose "
        "about 4% before falling back. The ship's Japanese owner apologised and said it was "
        "working with salvage experts from Smit. Some owners of ships heading to the canal "
        "began diverting them around Africa. Insurers said the claims could run into hundreds "
        "of millions of dollars.",
        "accident",
    ),
    (
        "Baltimore bridge collapse shuts port, rerouting coal and car shipments",
        "Shipping companies began rerouting coal, cars and farm machinery to other East Coast "
        "ports on Wednesday after a container ship lost power and struck the Francis Scott Key "
        "Bridge in Baltimore, bringing it down and closing one of the busiest ports for vehicle "
        "imports in the United States. Six construction workers who were filling potholes on the "
        "bridge were presumed dead, officials said. The Singapore-flagged Dali had sounded a "
        "mayday minutes before the crash, allowing police to stop traffic. The port handles "
        "about 750,000 vehicles a year and is the second-biggest US terminal for coal exports. "
        "Coal prices in Europe edged higher. Insurers said claims could reach billions of "
        "dollars, among the biggest in marine history. Shares in car importers fell slightly, "
        "and railways said they were adding trains to Norfolk and New York.",
        "accident",
    ),
    (
        "US gas prices slump as explosion shuts Freeport LNG export plant",
        "US natural gas futures fell as much as 16% on Tuesday after Freeport LNG said its "
        "export plant in Texas, which had been closed by an explosion last week, would stay shut "
        "for at least three months, leaving more gas at home. The blast on June 8 sent a fireball "
        "into the sky over Quintana Island but injured no one, the company said. The plant "
        "handles about 2 billion cubic feet of gas a day, or about a fifth of US export capacity. "
        "European gas prices jumped as buyers lost cargoes they had been counting on to refill "
        "storage before winter. Federal pipeline regulators said the plant could not restart "
        "until it had shown it was safe. An investigation later found that a pipe had "
        "over-pressured because a valve was closed. Analysts said the outage removed about 2% "
        "of global LNG supply. The plant returned to full operation early the following year.",
        "accident",
    ),
    (
        "Philadelphia refinery to close after explosion, gasoline futures spike",
        "Philadelphia Energy Solutions will close the largest refinery on the US East Coast "
        "after a fire and a series of explosions tore through part of the complex, the company "
        "said on Wednesday. Five workers suffered minor injuries, and residents reported that "
        "their windows shook miles away. A leak of propane in an alkylation unit caused the "
        "blast, investigators said. The refinery processed about 335,000 barrels of crude a day, "
        "and its closure removes a major supplier of gasoline to the Northeast. Gasoline futures "
        "in New York rose as much as 4% on the news. The plant had emerged from bankruptcy "
        "only a year earlier and was struggling with high costs. About 1,000 workers will lose "
        "their jobs, union officials said. City officials said they would review safety rules "
        "for the hydrofluoric acid used at the site.",
        "accident",
    ),
    (
        "Colonial Pipeline restarts after paying hackers $4.4m ransom",
        "Colonial Pipeline said it had restarted its entire network on Thursday, nearly a week "
        "after a ransomware attack forced it to shut down the largest fuel pipeline in the "
        "United States, causing panic buying and queues at petrol stations across the Southeast. "
        "The company paid the hackers about $4.4m in bitcoin to regain access to its systems, "
        "its chief executive later told reporters. The FBI blamed a criminal gang known as "
        "DarkSide, which is believed to operate from Russia. The pipeline carries about 2.5 "
        "million barrels a day of gasoline, diesel and jet fuel from Texas to New York. More "
        "than half of the filling stations in North Carolina ran dry. Gasoline futures rose to a "
        "three-year high before easing. The Justice Department later recovered about half of "
        "the ransom. The attack led regulators to issue the first mandatory cybersecurity rules for pipelines.",
        "crime",
    ),
    (
        "Trafigura says it was defrauded in nickel deal as bags turn out to hold stones",
        "Commodity trader Trafigura said on Thursday it had discovered that cargoes of nickel it "
        "had bought were not what they were supposed to be, and it expected to lose up to $577m. "
        "The company said it had been the victim of a systematic fraud by a group of companies "
        "controlled by an Indian businessman, Prateek Gupta. When containers were opened in "
        "Rotterdam, some bags found to contain cheaper materials were labelled as nickel, "
        "according to a filing in London's High Court. Gupta denied wrongdoing. Trafigura has "
        "taken legal action and said the fraud would not affect its financial stability. The "
        "case added to concerns about the nickel market a year after the LME's trading "
        "suspension. 'Trust is the asset this business runs on,' said a metals trader in "
        "London. The exchange later found stones in bags at a warehouse in Rotterdam.",
        "crime",
    ),
    (
        "Pirates release bulk carrier off Somalia after ransom, insurers raise rates",
        "Somali pirates freed a bulk carrier and its 23 crew members on Sunday after a ransom "
        "was paid, ending a month-long hijacking that has pushed up insurance costs for ships "
        "sailing near the Horn of Africa, the ship's owner said. The pirates, who boarded the "
        "vessel about 600 nautical miles off the coast while it was carrying coal from "
        "Mozambique to the United Arab Emirates, left the ship after receiving $5m, according to "
        "a local elder in Puntland. None of the crew was hurt. Police in Puntland later arrested "
        "eight men suspected of taking part. The hijacking was the first successful seizure of a "
        "merchant ship by Somali pirates since 2017. Brokers said kidnap and ransom cover for "
        "the area had risen by about a fifth. Some owners were again hiring armed guards for "
        "the voyage. The Indian navy and the European Union's Atalanta mission patrol the area.",
        "crime",
    ),
    (
        "JPMorgan to pay $920m over spoofing in precious metals and Treasury futures",
        "JPMorgan Chase agreed on Tuesday to pay $920m to settle US criminal and civil "
        "investigations into manipulation of precious metals and Treasury markets by its traders "
        "over eight years, the largest penalty ever for spoofing. Prosecutors said traders on "
        "the bank's metals desk in New York and London placed tens of thousands of orders for "
        "gold, silver, platinum and palladium futures that they intended to cancel before "
        "execution, in order to move prices. The bank admitted wrongdoing under a deferred "
        "prosecution agreement. Two former traders were later convicted by a jury in Chicago. "
        "The Commodity Futures Trading Commission said the conduct had harmed other market "
        "participants. The bank said it had improved its controls. Spoofing was outlawed under "
        "the Dodd-Frank Act of 2010. Precious metals prices barely moved on the news.",
        "crime",
    ),
    (
        "Port strike halts East and Gulf Coast shipping in first stoppage since 1977",
        "About 45,000 dockworkers walked off the job at ports from Maine to Texas on Tuesday in "
        "their first coast-wide strike in almost 50 years, halting about half of the country's "
        "ocean shipping. Members of the International Longshoremen's Association picketed "
        "outside terminals in New York, Baltimore, Savannah and Houston, chanting and carrying "
        "signs demanding higher pay and a ban on automated cranes. Union leader Harold Daggett "
        "said they were prepared to stay out for as long as it took. Economists estimated the "
        "cost to the economy at up to $5bn a day. Shipping lines imposed surcharges, and "
        "container rates from Asia to the East Coast rose. Retailers had stocked up in advance "
        "for the holidays. The strike ended after three days with a tentative deal for a 62% "
        "wage rise over six years.",
        "protest",
    ),
    (
        "French fuel shortages spread as refinery strikes enter third week",
        "Nearly a third of petrol stations in France ran short of at least one type of fuel on "
        "Monday as strikes at TotalEnergies and Esso refineries entered their third week, the "
        "energy ministry said. Workers represented by the CGT union are demanding a 10% pay rise "
        "to share in the record profits the companies made this year. The government ordered "
        "some Esso workers back to work at a fuel depot near Le Havre, and the union called "
        "for a national day of strikes and marches. Drivers queued for hours in Paris and the "
        "north. Diesel margins in northwest Europe rose as France imported more fuel. The strike "
        "has shut about 60% of the country's refining capacity. TotalEnergies said it would "
        "bring forward pay talks. Picket lines outside the refineries remained calm. Some motorists crossed into Belgium to fill their tanks.",
        "protest",
    ),
    (
        "Copper rises as strike at Escondida, world's biggest mine, enters fourth week",
        "Copper prices rose to their highest in almost two years on Monday as a strike at "
        "Escondida in Chile, the world's largest copper mine, entered its fourth week with no "
        "sign of talks resuming. Workers set up camp outside the mine in the Atacama desert, and "
        "union leaders said they were ready to hold out for months. BHP, which operates the mine, "
        "said it would not improve its offer and had started bringing in contractors. Escondida "
        "produces about 5% of the world's copper. Three-month copper on the London Metal Exchange "
        "rose to $6,145 a tonne. A separate strike at Freeport-McMoRan's Cerro Verde mine in "
        "Peru added to supply worries. Chile's peso strengthened with the metal. The strike "
        "eventually ended after 44 days, the longest in the history of Chilean mining. Workers accepted a contract close to the one they had first rejected.",
        "protest",
    ),
    (
        "Chevron's Australian LNG strikes push European gas prices higher",
        "European gas prices rose as much as 12% on Friday after unions at Chevron's Wheatstone "
        "and Gorgon liquefied natural gas plants in Western Australia began strikes over pay and "
        "working conditions. The industrial action, which includes work stoppages of up to 11 "
        "hours, is expected to escalate over the next two weeks unless a deal is reached. The two "
        "plants account for about 5% of world LNG supply. Union officials said members would also "
        "refuse to carry out some maintenance. Chevron asked Australia's industrial relations "
        "tribunal to step in, and the tribunal later brokered an agreement. Traders said the "
        "market was nervous because European storage needed to be full before winter. Dutch TTF "
        "front-month gas rose to about 40 euros a megawatt hour. Japanese buyers said they had "
        "enough supply for now.",
        "protest",
    ),
    (
        "Iron ore and copper slide as Shanghai lockdown drags into a fourth week",
        "Iron ore and copper prices fell on Monday as a Covid-19 lockdown in Shanghai dragged "
        "into a fourth week and other Chinese cities tightened restrictions, raising fears of a "
        "sharp slowdown in the world's biggest metals consumer. Dalian iron ore fell 9%, its "
        "biggest drop in months, and copper on the London Metal Exchange slid below $10,000 a "
        "tonne. Trucks carrying goods to and from the port of Shanghai faced long waits at "
        "checkpoints, and dozens of ships were waiting off the coast. Health authorities reported "
        "more than 20,000 new cases a day in the city. Car factories in the Yangtze River delta "
        "suspended production because of missing parts. The yuan fell to a one-year low against "
        "the dollar. Economists at several banks cut their forecasts for China's growth this "
        "year. Shipping brokers said rates for dry bulk carriers fell as Chinese demand for coal and ore weakened.",
        "health",
    ),
    (
        "Soymeal slides as African swine fever culls China's pig herd",
        "Soymeal futures in Dalian fell to their lowest in more than a year on Tuesday as the "
        "spread of African swine fever sharply reduced demand for animal feed in China, home to "
        "half the world's pigs. Official data showed China's hog herd was nearly 40% smaller than "
        "a year earlier, after millions of animals were culled to contain the disease, which is "
        "harmless to people but deadly to pigs. Pork prices in China have more than doubled, "
        "and the government has released frozen pork from state reserves. Soybean imports have "
        "fallen, adding to the pain of US farmers already hurt by the trade dispute between "
        "Washington and Beijing. Chicago soybean futures slipped 0.8%. Analysts said herds would "
        "take years to rebuild, and several listed pig breeders announced big expansion plans. "
        "Vaccine trials are under way.",
        "health",
    ),
]
