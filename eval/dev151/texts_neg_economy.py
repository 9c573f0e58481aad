"""dev151 negatives (1 of 4): markets, shipping, insurance and trade news with war words in
other senses or wars as background, risk or cause (hard_negative_economy) (eval/README.md,
section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Black Sea war-risk premiums ease as Ukrainian corridor traffic climbs",
        "Additional war-risk premiums for calls at Ukraine's Odesa-area ports have fallen to "
        "around 0.7% of hull value from as much as 3% last year, brokers said, as the corridor "
        "that Kyiv set up after Russia left the grain deal has handled more traffic than "
        "expected. Owners calling at Odesa, Chornomorsk and Pivdennyi paid between 1% and 3% "
        "when the route opened in August 2023, and many underwriters declined to quote at all. "
        "Since then more than 2,500 ships have used the corridor, according to the Ukrainian "
        "navy, and the number of insurers willing to write the risk has grown. A Ukrainian "
        "state-backed scheme arranged with a Lloyd's broker and a group of syndicates has also "
        'helped bring down costs. "The market has got comfortable with the corridor," said a '
        "London-based marine war underwriter. Premiums for Russian Black Sea ports, by "
        "contrast, have risen since the start of the year, reflecting the perceived threat "
        "from Ukrainian naval drones. Brokers cautioned that rates could spike again at short "
        "notice and that every quote remains valid for seven days only. Grain exporters said "
        "lower insurance costs had helped narrow the discount on Ukrainian wheat.",
        "economy",
    ),
    (
        "Container rates hit 18-month high as Cape diversions soak up capacity",
        "Spot rates for shipping a 40ft container from Shanghai to Rotterdam rose 9% this week "
        "to $7,200, the highest since the pandemic-era peak in 2022, according to Drewry's "
        "World Container Index, as diversions around southern Africa continued to absorb "
        "capacity. Most of the main liner operators have kept their Asia-Europe services away "
        "from the Red Sea since the turn of the year because of the risk of attack by Yemen's "
        "Houthis, adding 10 to 14 days to each round voyage. Congestion has spread to "
        "transhipment hubs, with Singapore reporting waiting times of up to a week, and "
        "shippers have brought forward peak-season orders to avoid being caught short. "
        '"Nobody expected the Red Sea crisis to last this long," said an executive at a '
        "Hamburg-based forwarder. Maersk raised its full-year earnings guidance for a second "
        "time, saying the disruption would last at least until the end of the year. Analysts "
        "at Sea-Intelligence estimate the longer routes take up about 9% of global capacity, "
        "offsetting a record wave of newbuilding deliveries that had been expected to start a "
        "price war among carriers. Shippers negotiating contracts said they were being asked "
        "to pay Red Sea surcharges even on services that never used the Suez Canal.",
        "economy",
    ),
    (
        "Israel's Eilat port files for insolvency after eight months without ships",
        "The port of Eilat, Israel's only outlet to the Red Sea, has begun insolvency "
        "proceedings after activity fell by 85% since Yemen's Houthis began targeting "
        "Israel-linked shipping in November, its chief executive said. Revenue at the port, "
        "which mainly handles car imports and potash exports, dropped to about 42 million "
        "shekels in the first half of the year from 212 million a year earlier, according to "
        "figures presented to parliament's economic committee. Nearly half of its 120 "
        "employees have been sent on unpaid leave. Car importers have switched to the "
        "Mediterranean ports of Haifa and Ashdod, adding overland costs, while potash producer "
        "ICL now ships from Ashdod. The port's owners asked the government for compensation, "
        "arguing that the disruption resulted from a national security situation beyond their "
        "control. The finance ministry said it was reviewing the request. Union leaders warned "
        "that a closure would devastate employment in the southern city, already hit by a "
        "slump in tourism since the war began. Eilat had been a gateway for vehicle imports "
        "from Asia, handling about half of the cars brought into Israel in some years. Ships "
        "carrying them now sail around Africa or are transhipped in Mediterranean hubs, adding "
        "weeks to delivery times, importers said. The port's management said it was still "
        "handling occasional cargoes of livestock and a few ro-ro calls, but not enough to "
        "cover its fixed costs. Economists at an Israeli bank said the port's troubles were a "
        "small but visible part of the economic cost of the Red Sea disruption for the "
        "country.",
        "economy",
    ),
    (
        "Lessors win $1bn ruling over jets stranded in Russia under war-risk cover",
        "Aircraft lessors led by AerCap won a ruling in London's High Court on Wednesday that "
        "entitles them to about $1 billion from insurers over jets stuck in Russia since "
        "Moscow's full-scale invasion of Ukraine in 2022, a judgment that will weigh on the "
        "aviation war market. The judge found that the aircraft had been lost under the "
        "war-risk sections of the lessors' contingent and possessed policies, rather than the "
        "all-risk sections, because they were retained as a result of Russian government "
        "action. The decision means the losses fall on war-risk underwriters, whose policies "
        "typically carry lower limits and premiums. More than 400 Western-owned aircraft were "
        "leased to Russian airlines when the conflict began, and most were never returned "
        "after Moscow barred their export in response to sanctions. The case, one of the "
        "largest in the history of the London insurance market, involved insurers including "
        "Lloyd's syndicates and AIG. Several insurers had already settled with lessors, and "
        "AerCap has recovered more than $2 billion through settlements. Analysts said the "
        "outcome could push up aviation war premiums, which have already risen sharply since "
        "2022. Insurers said they were studying the ruling and considering an appeal. The "
        "trial, which began in October, heard evidence about the days after the invasion, when "
        "lessors terminated leases and demanded the return of their aircraft, and Russian "
        "airlines kept flying them on domestic routes. Many of the jets have since been "
        "re-registered in Russia and are being maintained with parts obtained through third "
        "countries, according to evidence given in court. Lessors have also brought claims "
        "against insurers in Ireland and the United States, some of which have been settled. "
        "Shares of AerCap rose 2% in New York after the ruling.",
        "economy",
    ),
    (
        "Reinsurers cut catastrophe prices at January renewals in battle for share",
        "Property catastrophe reinsurance rates fell by 10% to 20% at the January 1 renewals, "
        "brokers said, as record capital and the absence of a major US hurricane landfall in "
        "2025 set off a battle for market share among reinsurers. One broker's global "
        "rate-on-line index fell 12%, the steepest annual decline since 2014, while another "
        "reported falls of as much as 25% on some US programmes. Buyers also won back some of "
        "the lower layers of cover that reinsurers had refused to write since the hard market "
        'of 2023. "The pendulum has swung firmly back to the buyers," said a Zurich-based '
        "executive at a large cedant. Munich Re and Swiss Re both said they had walked away "
        "from business that did not meet their price targets, but smaller carriers and the "
        "catastrophe bond market were keen to deploy capital. Retrocession prices, which "
        "reinsurers pay to protect their own books, also softened. Analysts said the rate cuts "
        "would squeeze margins at a time when losses from wildfire, hail and convective storms "
        "have become more frequent. Specialty lines, including marine war and political "
        "violence covers, saw stable to slightly lower pricing despite the number of conflicts "
        "around the world.",
        "economy",
    ),
    (
        "BYD deepens China's EV price war with cuts of up to 34%",
        "BYD cut prices on 22 electric and plug-in hybrid models by as much as 34% on Friday, "
        "escalating a price war in the world's biggest car market and sending shares of "
        "Chinese carmakers tumbling. The cheapest version of its Seagull hatchback now sells "
        "for 55,800 yuan ($7,750), down from 69,800 yuan, in a promotion that runs until the "
        "end of June. Shares of BYD fell 8.6% in Hong Kong, while Geely, Leapmotor and Great "
        "Wall Motor dropped between 5% and 9%. Rivals have struggled to keep pace with BYD's "
        "scale, and analysts warned that the latest round of discounting could push weaker "
        'players out of the market. "This is a war of attrition, and BYD has the deepest '
        'pockets," said an analyst at a Shanghai brokerage. The China Association of '
        "Automobile Manufacturers urged companies to avoid disorderly price competition, and "
        "state media later criticised the practice of registering new cars as used to inflate "
        "sales. Dealers have complained of swelling inventories, with some saying they were "
        "being pushed to take more cars than they could sell. BYD said the cuts were part of a "
        "regular promotion to reward customers.",
        "economy",
    ),
    (
        "Trade war escalates as China hits back with 125% tariffs on US goods",
        "China raised its tariffs on all US imports to 125% on Friday, matching the latest "
        "escalation by Washington in a trade war that has rattled global markets and prompted "
        "warnings of recession. The finance ministry in Beijing said it would ignore any "
        "further US increases, calling them economically meaningless. President Donald Trump "
        "has raised duties on Chinese goods to a cumulative 145% while pausing higher levies "
        "on most other countries for 90 days. The yuan weakened to its lowest since 2007 in "
        "onshore trading, and Chinese stocks fell before state funds stepped in to buy. US "
        "importers of toys, furniture and electronics said they had halted orders from Chinese "
        "factories, and container bookings from China to the US West Coast dropped by about a "
        "third, according to freight forwarders. Beijing also filed a new complaint at the "
        "World Trade Organization and added more US companies to its unreliable entity list. "
        '"Neither side wants to be the first to blink," said an economist at a Hong Kong '
        "bank. Treasury yields jumped as investors sold US assets, and the dollar fell against "
        "the euro and the yen. The White House said Trump was open to a deal but that China "
        "had to make the first move. Shipping lines said they had begun cancelling sailings "
        "from Chinese ports to the United States for May, and some container ships were being "
        "redeployed to routes to Europe and Latin America. Chinese exporters of goods such as "
        "Christmas decorations and small appliances said they were trying to find buyers in "
        "other markets, while others were shipping through Vietnam and Mexico. Apple and other "
        "tech companies won an exemption for smartphones and computers later in the day, a "
        "decision investors took as a sign that Washington might soften its stance. Economists "
        "at several banks cut their forecasts for Chinese growth this year to around 4%.",
        "economy",
    ),
    (
        "Anglo American rejects sweetened BHP proposal as bid battle heats up",
        "Anglo American rejected a third takeover proposal from BHP on Monday, saying the "
        "£38.6bn offer still undervalued the company and its prospects, and that the structure "
        "of the deal was unworkable. BHP's latest all-share approach, worth about £27.53 a "
        "share, would require Anglo to first spin off its stakes in its South African platinum "
        "and iron ore subsidiaries to its shareholders. The Anglo board said the conditions "
        "would create significant execution risk and that the proposal failed to reflect the "
        "value of its copper assets in Chile and Peru. Under UK takeover rules, BHP has until "
        "May 22 to make a firm offer or walk away. People close to BHP said the world's "
        "largest miner was not considering a hostile bid, which would mean going directly to "
        "Anglo's shareholders. Some of Anglo's top 20 investors have urged the board to "
        "engage, while others say the price is too low. Anglo is also exploring its own "
        "break-up plan that would sell or demerge its coal, diamond and platinum businesses. "
        "Shares in Anglo rose 2% to £27.10, suggesting investors expect BHP to return with a "
        "higher offer. The fight for Anglo's copper is seen as a test of how far miners will "
        "go to secure supplies of the metal needed for electrification.",
        "economy",
    ),
    (
        "Tiruppur knitwear units halt US orders as 50% tariff bites",
        "Knitwear exporters in Tiruppur, which supplies about a third of India's cotton "
        "garment exports to the United States, said on Thursday that buyers had put orders on "
        "hold after an additional 25% US tariff took effect, taking the total duty on most "
        "Indian goods to 50%. Washington imposed the extra levy as a penalty for India's "
        "purchases of Russian oil, which have risen sharply since the invasion of Ukraine. The "
        "Tiruppur Exporters' Association said orders worth about ₹3,000 crore were at risk and "
        "that units had begun cutting shifts. Competitors in Bangladesh and Vietnam, which "
        "face lower US duties, stand to gain, exporters said. Commerce ministry officials said "
        "they were working on a package of support measures, including interest subsidies and "
        "faster GST refunds, and that trade talks with the US were continuing. The Federation "
        "of Indian Export Organisations asked the government for a moratorium on loan "
        "repayments. Shares of listed textile companies fell between 2% and 6% on the NSE. "
        "Economists cut their forecasts for India's growth this fiscal year by up to 0.4 "
        "percentage point.",
        "economy",
    ),
    (
        "Finnair profit squeezed by long detours around Russian airspace",
        "Finnair reported a smaller-than-expected quarterly profit on Wednesday as fuel bills "
        "for longer routes to Asia, forced by Russia's closure of its airspace to European "
        "carriers, ate into gains from a rebound in travel. The Helsinki-based airline, whose "
        "business model rested on short polar routes to Japan, South Korea and China across "
        "Siberia, now flies around the Arctic or via Central Asia, adding up to four hours to "
        "some flights. Comparable operating profit was €28mn, against a consensus of €41mn, "
        "the company said. The chief executive said Asian traffic had recovered to about 60% "
        "of its 2019 level, while Nordic leisure demand was strong. Finnair has redeployed "
        "some long-haul aircraft to routes to North America and the Middle East and leased "
        "capacity to Qantas. Chinese carriers, which are still allowed to overfly Russia, have "
        "a cost advantage on routes to Europe that European airlines say is unfair. Finnair "
        "shares fell 4% in Helsinki. The airline kept its full-year revenue forecast "
        "unchanged.",
        "economy",
    ),
    (
        "Aramco raises $25.6bn in world's biggest IPO as September attacks fade from view",
        "Saudi Aramco priced its initial public offering at the top of its range, raising "
        "$25.6 billion in the biggest share sale on record and valuing the state oil company "
        "at $1.7 trillion. The company sold 1.5% of its shares at 32 riyals each, mostly to "
        "Saudi institutions and individuals, after many foreign investors balked at the "
        "valuation. Trading on the Tadawul exchange is due to begin on Wednesday. The listing, "
        "first floated by Crown Prince Mohammed bin Salman in 2016, was delayed several times, "
        "most recently after the September drone and missile attacks on the Abqaiq plant "
        "briefly cut the kingdom's output in half. Aramco restored production within weeks, "
        "and bankers said the episode had little effect on demand for the shares from domestic "
        "buyers. Still, the risk of further attacks was flagged in the prospectus, alongside "
        "climate policy and oil price volatility. Wealthy Saudi families and Gulf sovereign "
        "funds were among the anchor investors, people familiar with the matter said. The "
        "proceeds will go to the Public Investment Fund, which is financing a drive to "
        "diversify the economy away from oil. Banks in the kingdom offered generous loans to "
        "retail investors to buy shares, and several local companies were encouraged to take "
        "part. The listing falls short of the $2 trillion valuation the crown prince had "
        "sought, and the government scrapped roadshows in the US, Europe and Japan. Analysts "
        "said the shares would likely join emerging-market indices soon after trading begins, "
        "forcing some foreign funds to buy.",
        "economy",
    ),
    (
        "Oil crashes 25% as Saudi Arabia launches price war after OPEC+ split",
        "Oil prices suffered their biggest daily fall since 1991 on Monday after Saudi Arabia "
        "slashed its official selling prices and signalled it would raise output sharply, "
        "starting a price war with Russia following the collapse of OPEC+ supply talks. Brent "
        "crude fell as much as 31% to $31.02 a barrel before recovering some ground, while US "
        "West Texas Intermediate dropped to $27.34. Saudi Aramco cut its April prices for all "
        "grades by $6 to $8 a barrel, the steepest cut in at least 20 years, and told "
        "customers it would lift production to well above 10 million barrels per day. Moscow "
        "refused on Friday to back deeper cuts to shore up prices as the coronavirus outbreak "
        'slashed demand for fuel. "This is a full-blown market share war," said an analyst '
        "at a New York-based consultancy. Shares in oil majors and shale producers plunged, "
        "with Occidental Petroleum down more than 50%. The rouble slid to its weakest in four "
        "years. Analysts said high-cost producers, particularly in the US shale patch, would "
        "be forced to cut spending and output.",
        "economy",
    ),
    (
        "European gas prices climb as Russian transit through Ukraine ends",
        "Dutch TTF front-month gas rose to its highest in more than a year on Thursday as "
        "Russian pipeline flows through Ukraine stopped on New Year's Day, ending a transit "
        "route that has carried gas to Europe since the Soviet era. Kyiv declined to extend a "
        "five-year agreement with Gazprom that expired on 31 December, saying it would not "
        "allow Moscow to earn money from gas while the war continued. Slovakia and Austria, "
        "the main remaining buyers of gas through the route, said they had arranged "
        "alternative supplies via Germany, Hungary and the TurkStream pipeline, but at higher "
        "cost. Moldova's breakaway Transnistria region, which depended entirely on the "
        "transit, cut heating and hot water to households and said industrial plants would "
        "close. EU officials said the loss of the route was manageable, as it accounted for "
        "about 5pc of the bloc's gas imports last year. Storage sites across the EU are about "
        "72pc full, below the five-year average for the time of year. Slovakia's prime "
        "minister accused Ukraine's president of harming EU interests and threatened to cut "
        "electricity exports to Ukraine. Traders said colder weather forecast for mid-January "
        "would test the system.",
        "economy",
    ),
    (
        "Insurers and development banks launch war-risk cover to lure investors to Ukraine",
        "A group of development finance institutions and private insurers has launched a "
        "facility to protect foreign companies investing in Ukraine against war damage, in an "
        "effort to unlock reconstruction projects stalled by the risk of Russian strikes. The "
        "World Bank's Multilateral Investment Guarantee Agency (MIGA) will provide most of the "
        "initial $500mn of cover, backed by guarantees from Japan, Denmark and the UK, with "
        "Lloyd's syndicates taking a share of the risk, according to people familiar with the "
        "deal. The scheme will cover damage to assets and business interruption caused by "
        "hostilities, which conventional property policies exclude. A Danish wind developer "
        "and a Turkish food processor are among the first applicants, the people said. "
        "Ukraine's economy ministry estimates that reconstruction needs exceed $500bn, and "
        "officials have argued that the lack of affordable war insurance is the biggest "
        "obstacle to foreign direct investment. \"Without cover, boards simply won't approve "
        'the capital," said a partner at a law firm advising investors. Premiums will vary by '
        "region, with projects in the west of the country paying less than those near the "
        "front line. Critics said public money was being used to absorb risks that private "
        "markets would not take.",
        "economy",
    ),
    (
        "Big Tech's AI arms race pushes capex toward $400bn as investors ask about returns",
        "Microsoft, Alphabet, Amazon and Meta together spent more than $95bn on capital "
        "expenditure in the latest quarter, most of it on data centres and the chips that fill "
        "them, as the companies raced to build capacity for artificial intelligence. Meta "
        "raised its forecast for the year to as much as $72bn and Alphabet lifted its own to "
        "$85bn, while Microsoft said spending would keep growing into next year. The figures "
        "put the four on course to spend close to $400bn in 2025, more than the annual output "
        "of many mid-sized economies. Executives insisted the investments were paying off, "
        "pointing to faster growth in cloud revenue and more advertising clicks driven by "
        "AI-powered recommendations. But some investors questioned whether the arms race would "
        'produce returns before the equipment becomes obsolete. "Nobody wants to be the one '
        'who under-invested," said an analyst at a San Francisco research firm. Nvidia, the '
        "main supplier of AI chips, is expected to report another record quarter next month. "
        "Power is emerging as a bottleneck, with utilities in Virginia and Texas warning of "
        "multi-year waits for grid connections.",
        "economy",
    ),
    (
        "Lloyd's posts £9bn profit as wildfire losses and Russia aviation claims are absorbed",
        "Lloyd's of London reported a pre-tax profit of £9.1bn for 2025 on Thursday, down "
        "slightly from a record the year before, as strong investment income offset heavy "
        "losses from the Los Angeles wildfires early in the year. The market's combined ratio, "
        "a measure of underwriting profitability where a figure below 100% indicates a profit, "
        "rose to 87.2% from 86.9%. Gross written premiums grew 6% to £58bn, helped by demand "
        "for cyber, marine and political risk cover. The chief executive said the market had "
        "absorbed about £2bn of wildfire losses and settled most claims relating to aircraft "
        "stranded in Russia that had hung over syndicates since 2022. Marine and energy "
        "syndicates benefited from higher prices for war cover in the Red Sea and the Black "
        "Sea, though rates softened in the second half of the year. Lloyd's said it would "
        "press ahead with plans to modernise the market's systems and reduce the cost of doing "
        "business. Its central fund remained well capitalised, with a solvency ratio above "
        "400%. Analysts said the market was entering a softer phase of the pricing cycle.",
        "economy",
    ),
]
