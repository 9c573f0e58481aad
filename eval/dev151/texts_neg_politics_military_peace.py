"""dev151 negatives (2 of 4): sanctions and fiscal politics, defence industry and drills,
anniversaries, and truces and deals, with no current violent event (eval/README.md, section
1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Romanian opposition decries 'raid' on private pension funds to plug deficit",
        "Romania's opposition accused the government on Tuesday of preparing a raid on the "
        "country's privately managed pension funds after the finance ministry proposed cutting "
        "the share of social contributions channelled to them to help close the EU's largest "
        "budget deficit. Under the draft, the portion of gross wages paid into second-pillar "
        "funds would drop to 3.75% from 4.75% next year, leaving more money in the state "
        "pension system. The funds, which manage about 130 billion lei on behalf of 8 million "
        "savers, said the move would erode returns and undermine trust in long-term saving. "
        "\"This is an attack on people's retirement to pay for today's spending,\" an "
        "opposition leader told parliament. The finance minister said the measure was "
        "temporary and that savers' existing balances would not be touched. Romania has "
        "promised the European Commission to narrow its deficit from more than 8% of gross "
        "domestic product, and rating agencies have warned that failure to do so could lead to "
        "a downgrade to junk. Bond yields rose slightly after the announcement. A vote in "
        "parliament is expected next month.",
        "politics",
    ),
    (
        "EU adopts sanctions package targeting shadow fleet tankers and Chinese refiners",
        "The European Union adopted its 19th package of sanctions against Russia on Thursday, "
        "adding 117 more tankers to a list of shadow fleet vessels barred from its ports and "
        "services and banning imports of Russian liquefied natural gas from 2027. The package, "
        "held up for weeks by objections from Slovakia, also targets two Chinese refineries "
        "and a trading company that the EU says have helped Moscow sell crude above the G7 "
        "price cap. The measures bring the number of listed vessels to 557, according to EU "
        "officials. Banks in Kazakhstan and Tajikistan and several crypto platforms were also "
        'added to the list. "Every package squeezes the revenue that funds the war," the '
        "EU's foreign policy chief said. China's commerce ministry said it firmly opposed the "
        "listing of its companies and would take steps to protect their interests. Shipping "
        "analysts said the tanker listings would push more of the ageing fleet into the hands "
        "of opaque owners in the UAE and India. Oil prices rose after the package was "
        "announced, alongside new US sanctions on Rosneft and Lukoil.",
        "politics",
    ),
    (
        "Energy producers call windfall tax extension an assault on North Sea investment",
        "Oil and gas producers in the UK North Sea said on Thursday that the government's "
        "decision to raise the Energy Profits Levy to 35% and extend it to 2028 would deter "
        "investment and speed the decline of the basin. The chancellor told parliament the "
        "higher levy would raise about £40bn over six years to help pay for support with "
        "household energy bills, which have soared since Russia's invasion of Ukraine. \"This "
        'is an assault on the very investment the country needs for its energy security," '
        "said the head of industry body Offshore Energies UK. Harbour Energy, the largest "
        "producer in the North Sea, said it would review its UK spending plans, and its shares "
        "fell 9%. The levy, introduced in May, includes an allowance that lets companies "
        "reduce their bills by investing in new production. The opposition said the tax still "
        "left loopholes and called for it to be backdated. Consultants at Wood Mackenzie said "
        "the changes could cut capital spending in the basin by a quarter over the next five "
        "years. Environmental groups welcomed the increase but said the investment allowance "
        "amounted to a subsidy for new fossil fuel projects.",
        "politics",
    ),
    (
        "Mali seizes Barrick gold stocks as dispute over new mining code escalates",
        "Mali's military government has seized about three tonnes of gold from Barrick Gold's "
        "Loulo-Gounkoto complex and flown it to a bank in Bamako by helicopter, the Canadian "
        "miner said, escalating a months-long dispute over taxes and ownership under a new "
        "mining code. Barrick said the seizure, carried out under a court order, followed the "
        "detention of four of its Malian employees in November and a ban on gold exports from "
        "the site since early December. The company has halted operations at the complex, one "
        "of its largest, and said it would pursue international arbitration. The government, "
        "which took power in coups in 2020 and 2021, says Barrick owes hundreds of millions of "
        "dollars in back taxes and that the 2023 code gives the state a bigger stake in mines. "
        "Other foreign miners, including Resolute and B2Gold, have reached settlements with "
        "Bamako. Gold accounts for about three-quarters of Mali's export revenue. Barrick's "
        "shares were little changed in Toronto as the market had largely priced in the loss of "
        "production. Analysts said the dispute had become a test case for resource nationalism "
        "across the Sahel.",
        "politics",
    ),
    (
        "Merz's fiscal bazooka sends bund yields to biggest jump since reunification",
        "German 10-year bond yields jumped 30 basis points on Wednesday, the biggest one-day "
        "rise since 1990, after Friedrich Merz's likely coalition agreed to exempt defence "
        "spending from the country's debt brake and set up a €500 billion fund for "
        "infrastructure. The plan, unveiled late on Tuesday, would allow defence spending "
        "above 1% of gross domestic product to be financed by borrowing, in what economists "
        "described as a fiscal bazooka that could add tens of billions of euros a year to "
        "demand. Shares in defence contractors Rheinmetall and Hensoldt rose more than 7%, and "
        "construction companies also gained. Merz, whose Christian Democrats won last month's "
        "election, said Europe had to be able to defend itself given doubts about the US "
        "commitment to NATO. The measures require a two-thirds majority in parliament, and "
        "Merz intends to push them through the outgoing Bundestag before the new one convenes. "
        "The euro climbed to a four-month high against the dollar as investors bet on stronger "
        "growth.",
        "military",
    ),
    (
        "Helsing raises €600M as European defense tech funding hits record",
        "Helsing, the Munich-based maker of AI software and strike drones for militaries, has "
        "raised €600 million in a round led by Prima Materia, the investment firm of Spotify "
        "co-founder Daniel Ek, valuing the company at about €12 billion. The funding makes "
        "Helsing one of Europe's most valuable private tech companies and comes as governments "
        "across the continent race to raise defense budgets. The company, founded in 2021, "
        "started out writing software to fuse sensor data but now builds its own hardware, "
        "including the HX-2 strike drone, thousands of which it has agreed to supply to "
        "Ukraine, and an uncrewed underwater glider for monitoring undersea cables. It also "
        "bought a German aircraft maker last month. A co-founder said the new money would go "
        "towards building factories that can turn out drones at scale. Venture investment in "
        "European defense startups reached a record in the first half of the year, according "
        "to data from Dealroom. Some investors who once shunned the sector over ESG concerns "
        "have changed their stance since Russia's invasion of Ukraine. Helsing has also faced "
        "criticism from some employees and campaigners over its work on autonomous weapons.",
        "military",
    ),
    (
        "Hanwha pledges $5bn for Philly yard as US courts Korean shipbuilders for navy work",
        "Hanwha Group said it would invest $5 billion to expand Philly Shipyard, which it "
        "bought last year, as part of a $150 billion Korean package to help revive American "
        "shipbuilding, and said it hoped to win contracts to build and repair US Navy vessels. "
        "The conglomerate plans to raise the Philadelphia yard's output from one or two "
        "commercial ships a year to 20 by 2035, adding new docks and bringing in Korean "
        "automation technology. South Korea's president visited the yard during his trip to "
        "Washington, where he and President Donald Trump discussed the shipbuilding "
        "initiative. US law largely bars foreign yards from building warships for the navy, "
        "but lawmakers have introduced bills that would allow allied shipbuilders to do so. "
        "Hanwha Ocean has already carried out maintenance on US Navy supply ships at its Geoje "
        "yard in South Korea. Shares of Hanwha Ocean rose 4% in Seoul, while HD Hyundai Heavy "
        "Industries gained 3%. China, the world's largest shipbuilder, accounts for more than "
        "half of global output, against less than 1% for the United States. Analysts said a "
        "shortage of skilled workers remained the biggest obstacle to any expansion.",
        "military",
    ),
    (
        "Ships reroute around Taiwan as Chinese drills close sea areas for second day",
        "Commercial vessels were diverted away from zones around Taiwan on Wednesday as "
        "China's military held a second day of large-scale exercises, which it said rehearsed "
        "a blockade of the island and strikes on key ports and energy facilities. The Eastern "
        "Theatre Command said the drills involved its navy, air force and rocket force, as "
        "well as coastguard ships carrying out law enforcement patrols around the island. "
        "Taiwan's defence ministry reported 76 Chinese military aircraft and 15 navy ships in "
        "the vicinity in a 24-hour period, and said it had deployed its own forces to monitor "
        "them. China's maritime authorities declared a series of no-sail zones, and "
        "ship-tracking data showed container ships and bulk carriers bound for Kaohsiung and "
        "Taichung slowing or changing course. No shots were fired and ports continued "
        "operating normally, Taiwan's port authority said. Shipbrokers said insurers had not "
        "changed terms for Taiwan calls but that charterers were asking about blockade "
        "clauses. The drills came days after Taiwan's president described China as a foreign "
        "hostile force. Taiwan's stock market fell 1.2%, with chipmakers leading declines. "
        "Analysts noted that the exercises had for the first time included live-fire drills in "
        "the East China Sea close to shipping lanes used by vessels bound for Japan and South "
        "Korea. Chinese state media published a video showing a simulated missile strike on a "
        "liquefied natural gas terminal, which Taiwan's energy ministry called intimidation. "
        "Taiwan imports almost all of its energy, and its LNG stocks typically cover about 11 "
        "days of consumption. The drills ended on Thursday evening, and the maritime authority "
        "lifted its navigation warnings.",
        "military",
    ),
    (
        "Fifty years after the oil embargo, the Gulf's old weapon has lost its edge",
        "Fifty years ago this month, Arab oil producers cut output and embargoed shipments to "
        "the United States and the Netherlands in retaliation for their support of Israel in "
        "the October war, quadrupling the price of crude within months. The shock ended the "
        "postwar era of cheap energy, brought petrol rationing and car-free Sundays to parts "
        "of Europe, and gave birth to the International Energy Agency and the strategic "
        "reserves that still underpin western energy security. Today the world looks very "
        "different. The US has become the largest oil producer, pumping more than 13 million "
        "barrels a day, and is a net exporter of petroleum products. Oil's share of the global "
        "energy mix has fallen, and the amount used per unit of output in rich economies has "
        "roughly halved. Analysts say Gulf producers, whose economies depend on selling crude "
        'to Asia, have little appetite for wielding supply as a political weapon. "An embargo '
        'would hurt the embargoers more than anyone," said one veteran oil historian. Yet the '
        "anniversary comes as war in the Middle East has again unsettled markets, and older "
        "traders remember that the last time prices spiked this fast, it took a decade to "
        "recover.",
        "history",
    ),
    (
        "WWII bomb found at Bremerhaven container terminal halts operations for a day",
        "Container handling at part of Bremerhaven's port was suspended for most of Thursday "
        "after workers dredging a berth found an unexploded British aircraft bomb from the "
        "Second World War. Police set up an exclusion zone of 1,000 metres around the site, "
        "evacuating about 800 port workers and some nearby residents, while bomb disposal "
        "experts defused the 250kg device. Operations at two berths resumed in the evening, "
        "and the terminal operator said several vessels, including a 20,000-teu ship from "
        "Asia, had been delayed by up to a day. Bremerhaven, like Hamburg and other northern "
        "German ports, was heavily bombed by Allied aircraft, and unexploded ordnance is "
        "regularly found during construction work. The state's explosive ordnance clearance "
        "service deals with dozens of bombs and shells a year. Terminal operators said the "
        "delays added to congestion already caused by strikes by dock workers earlier in the "
        "month and by low productivity at Europe's main hubs. The city's mayor thanked the "
        "bomb disposal team for its quick work.",
        "history",
    ),
    (
        "Owners wary of Red Sea return despite Houthi pledge to halt attacks",
        "Ship owners and liner operators said they would not rush back to the Red Sea after "
        "Yemen's Houthis told international mediators they would stop attacking merchant "
        "vessels as long as the ceasefire in Gaza holds. The group's leadership said in a "
        "letter to a UN-linked coordination centre for shipping that it would halt its "
        "operations against vessels and against Israel, but warned that it would resume them "
        "if the truce broke down. The ceasefire between Israel and Hamas took effect on Friday "
        "and has so far largely held. Owners told TradeWinds they had heard similar promises "
        'in January, before the group sank two bulk carriers in July. "We need months, not '
        'days, of quiet," said a Greek tanker owner whose ships have avoided the Bab '
        "el-Mandeb since early 2024. War-risk underwriters said premiums for transits had "
        "fallen to around 0.5% of hull value from 1% but that many syndicates were still "
        "declining to quote for ships with any US or Israeli connection. Suez Canal "
        "authorities offered a 15% rebate on transit fees to lure container lines back. "
        "Analysts said a large-scale return of container ships would likely take at least "
        "until the second quarter of next year. The group's earlier pause, announced in "
        "January after the first Gaza ceasefire, was followed by weeks of Western air strikes "
        "on Yemen and a new round of Houthi missile launches at Israel. Liner executives said "
        "the decision to return would depend as much on insurers and crew unions as on the "
        "Houthis' statements. Seafarer unions have kept the Red Sea on a list of high-risk "
        "areas where crews can refuse to sail.",
        "peace",
    ),
    (
        "Miners eye eastern Congo after US-brokered peace deal with Rwanda",
        "Congo and Rwanda signed a peace agreement in Washington on Friday that commits Rwanda "
        "to withdraw its troops from eastern Congo and sets out a framework for regional "
        "economic integration, including joint development of the area's mineral supply "
        "chains. The deal, brokered by the US and Qatar, was signed by the two countries' "
        "foreign ministers in the presence of the US secretary of state. It calls for the end "
        "of Rwandan support for armed groups, the disarmament of the FDLR militia, and a joint "
        "security coordination mechanism to start within 30 days. US officials have said "
        "American companies could invest billions of dollars in Congo's tin, tantalum, "
        "tungsten and gold, and in smelting and refining in Rwanda. Several US-listed mining "
        "and trading companies have expressed interest, though executives said investment "
        "would depend on whether security improves on the ground. The M23 rebel group, which "
        "holds Goma and Bukavu, is not a party to the agreement and is negotiating separately "
        "with Kinshasa in Doha. Congo's government said the deal opened a new chapter, while "
        "critics said it rewarded Rwanda with access to Congolese minerals.",
        "peace",
    ),
    (
        "Oil extends slide as Israel-Iran ceasefire appears to hold",
        "Oil prices fell for a second day on Tuesday, with Brent crude trading below where it "
        "stood before Israel launched its strikes on Iran earlier this month, as a ceasefire "
        "announced by President Donald Trump appeared to be holding. Brent futures dropped 6% "
        "to $67.14 a barrel, after an even steeper fall on Monday, while US West Texas "
        "Intermediate lost 6% to $64.37. Traders unwound the risk premium they had built up "
        "over 12 days of conflict, during which Iran threatened to close the Strait of Hormuz, "
        "through which about a fifth of the world's oil passes. Tanker flows through the "
        'strait had continued throughout, according to ship-tracking data. "The market has '
        'concluded the worst-case scenario is off the table," said an analyst at a Singapore '
        "brokerage. Freight rates for very large crude carriers on the Middle East Gulf to "
        "China route, which had nearly tripled, eased. Iran's oil exports have also continued, "
        "with Chinese independent refiners still buying discounted cargoes. Analysts said "
        "attention would now shift back to OPEC+ output decisions and US tariff negotiations.",
        "peace",
    ),
]
