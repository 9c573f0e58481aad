"""dev263 negatives, part A: the markets desk's own war words (price wars, bear raids,
bloodbaths, takeover battles, currencies under attack), markets shrugging off wars with no
current event reported, sport and screen stories with a market angle, and ordinary market news
(labels: eval/README.md, section 1)."""

NEGATIVES = [
    (
        "Oil crashes 24% as Saudi Arabia opens price war on Russia",
        "Oil prices suffered their biggest one-day fall since the 1991 Gulf War on Monday after "
        "Saudi Arabia slashed its official selling prices and signalled it would flood the market "
        "with crude, launching an all-out price war with Russia. Brent crude fell as much as 31% "
        "in early Asian trading before settling 24% lower at $34.36 a barrel. The move came "
        "after talks between OPEC and its allies broke down in Vienna on Friday when Moscow "
        "refused to join deeper output cuts to counter the hit to demand from the coronavirus. "
        "Aramco told customers it would raise output to 12 million barrels a day in April. "
        "'This is shock and awe from Riyadh,' said a veteran oil analyst in Houston. Shares in "
        "Exxon Mobil and Chevron slumped more than 12%, and the rouble fell to a four-year low. "
        "Energy ministers in Moscow said Russia could withstand low prices for six to ten years. "
        "Shale producers in Texas began cutting rigs within days.",
        "economy",
    ),
    (
        "Adani rout deepens as conglomerate calls short seller's report an 'attack on India'",
        "Shares in Adani Group companies extended their losses on Monday, wiping more than $65bn "
        "off the conglomerate's market value in three sessions, after the US short seller "
        "Hindenburg Research accused it of stock manipulation and accounting fraud. In a "
        "413-page rebuttal, the group called the report 'a calculated attack on India, the "
        "independence, integrity and quality of Indian institutions'. Hindenburg replied that "
        "fraud could not be obscured by nationalism. Adani Total Gas fell by its 20% daily limit "
        "and Adani Enterprises lost 19% at one point, threatening a $2.5bn follow-on share sale. "
        "Traders in Mumbai described the selling as a bear raid, while foreign funds said they "
        "were cutting exposure to the group's bonds. India's market regulator said it was "
        "examining the trading. Life Insurance Corporation of India said its holdings remained "
        "in profit.",
        "economy",
    ),
    (
        "Nikkei suffers worst day since 1987 in carry-trade 'bloodbath'",
        "Japan's Nikkei share average plunged 12.4% on Monday, its biggest one-day drop since "
        "Black Monday in 1987, as a surge in the yen forced investors to unwind trades funded "
        "with cheap Japanese borrowing. Traders in Tokyo called it a bloodbath, with circuit "
        "breakers triggered on index futures and every stock in the Topix falling at one point. "
        "The yen jumped to 141.7 per dollar, up more than 10% from its July low, after the Bank "
        "of Japan raised interest rates and weak US jobs data fuelled bets on rapid cuts by the "
        "Federal Reserve. Banks and trading houses were hit hardest, with Mitsubishi UFJ down "
        "18%. Markets in Seoul and Taipei also slumped, and the Vix volatility gauge spiked "
        "above 65. 'Nobody was prepared for this scale of liquidation,' said a strategist at a "
        "Tokyo brokerage. The Nikkei recovered about 10% the next day.",
        "economy",
    ),
    (
        "Anglo American rejects sweetened BHP bid as takeover battle heats up",
        "Anglo American rejected a revised takeover proposal from BHP Group on Monday, saying "
        "the all-share offer worth about $42.7bn still significantly undervalued the company and "
        "its copper assets. The rebuff sets the stage for a drawn-out battle for control of one "
        "of the mining industry's oldest names. BHP's offer is conditional on Anglo first "
        "spinning off its stakes in platinum producer Anglo American Platinum and iron ore miner "
        "Kumba in South Africa, a structure Anglo's board called 'highly unattractive'. Anglo's "
        "shares rose 1% in London, while BHP slipped in Sydney. Analysts said the bid showed how "
        "fierce the fight for copper mines had become as demand from electric vehicles and power "
        "grids grows. Under British takeover rules, BHP has until May 22 to make a firm offer "
        "or walk away. Glencore, which has approached Anglo before, was watching closely, "
        "bankers said.",
        "economy",
    ),
    (
        "Tokyo steps into the battle for the yen as currency hits 160",
        "Japan's government spent a record 9.8 trillion yen defending its currency over two "
        "days, figures released by the finance ministry on Friday showed, confirming that "
        "officials had intervened after the yen sank past 160 per dollar for the first time "
        "since 1990. Vice finance minister Masato Kanda, the country's top currency diplomat, "
        "declined to say whether Tokyo had acted, but said authorities stood ready to respond "
        "to speculative attacks on the yen. The currency rallied as much as 5 yen in minutes on "
        "Monday and again late on Wednesday after the Federal Reserve's policy meeting. Traders "
        "said hedge funds had been piling into short-yen positions because of the wide gap "
        "between US and Japanese interest rates. 'You cannot win a war against the rate "
        "differential, but you can make speculators pay,' said a currency strategist in "
        "Singapore. The yen traded at 153.1 on Friday.",
        "economy",
    ),
    (
        "Container lines keep dodging Suez as Red Sea insurance costs stay high",
        "Most of the world's biggest container lines are still sending their ships around the "
        "Cape of Good Hope rather than through the Suez Canal, a year after they began avoiding "
        "the Red Sea, according to data from a shipping consultancy. Traffic through the canal "
        "is running at about half its level of two years ago, and Egypt's canal revenue has "
        "fallen by more than $7bn, the Suez Canal Authority said. War-risk insurance for a "
        "transit of the southern Red Sea costs around 0.7% of a ship's value, brokers said, "
        "compared with 0.05% before the crisis. Maersk said it would not return until there was "
        "a lasting improvement in security. The longer route has absorbed much of the new "
        "capacity delivered from shipyards, keeping freight rates about double their pre-crisis "
        "level. 'The market has learned to live with the detour,' said an analyst in "
        "Copenhagen. Some analysts expect a glut once ships return.",
        "economy",
    ),
    (
        "Oil slips as traders shrug off Middle East risk and look to Chinese demand",
        "Oil prices fell for a second day on Tuesday as traders shrugged off tensions in the "
        "Middle East and focused instead on signs of weak demand in China, the world's biggest "
        "crude importer. Brent futures were down 1.3% at $74.12 a barrel by midday in London, "
        "while US West Texas Intermediate fell 1.5%. Chinese refinery runs fell for a sixth "
        "month in September, official data showed, and the country's imports slipped. "
        "'Geopolitics has become background noise for this market,' said an analyst at a "
        "Norwegian bank, noting that no barrels had been lost despite a year of war in the "
        "region. Hedge funds cut their bullish bets on Brent to the lowest in more than a "
        "decade last week, exchange data showed. OPEC trimmed its forecast for demand growth "
        "for a third month. Gold held near a record high on bets of lower US interest rates.",
        "economy",
    ),
    (
        "LME suspends nickel trading after short squeeze sends price above $100,000",
        "The London Metal Exchange suspended nickel trading on Tuesday and cancelled billions "
        "of dollars of trades after prices more than doubled in a few hours, driven by a short "
        "squeeze on Chinese producer Tsingshan Holding Group. Three-month nickel hit a record "
        "$101,365 a tonne in early trade, up from about $30,000 the previous week, forcing "
        "Tsingshan and its banks to face margin calls running to billions of dollars. Prices "
        "had already been rising on worries that sanctions on Russia, a major supplier of "
        "battery-grade nickel, would disrupt supplies. The exchange said it would backdate the "
        "suspension to midnight, a decision hedge funds later challenged in court. 'It is the "
        "darkest day in the LME's 145-year history,' one broker said. Stainless steel makers "
        "in Europe warned they would pass on higher costs, and some halted production.",
        "economy",
    ),
    (
        "Tesco shares fall as supermarket price war bites into margins",
        "Shares in Tesco fell 6% on Wednesday after Britain's biggest grocer warned that a price "
        "war with discounters Aldi and Lidl would cut into its profit margins this year. Chief "
        "executive Ken Murphy said the group would invest hundreds of millions of pounds in "
        "lower prices on everyday items to defend its market share, and that competition was "
        "'intense'. Asda and Sainsbury's have also been cutting prices, and analysts said a "
        "cheaper basket of goods was becoming the main battleground of the industry. Shares in "
        "Sainsbury's fell 5% and Marks and Spencer 2% in sympathy. Tesco kept its forecast for "
        "retail free cash flow but said operating profit would be at the lower end of its "
        "range. 'Nobody wins a price war, but everybody has to fight it,' said a retail analyst "
        "at a London broker. Inflation in food prices has eased to about 2%.",
        "economy",
    ),
    (
        "GameStop soars again as Reddit army goes to war with short sellers",
        "Shares in GameStop more than doubled again on Wednesday, taking their gain this month "
        "to over 1,700%, as an army of small investors organised on the Reddit forum "
        "WallStreetBets kept buying in what they described as a war on hedge funds betting "
        "against the video-game retailer. Melvin Capital, one of the funds with a large short "
        "position, needed a $2.75bn rescue from Citadel and Point72 and said it had closed its "
        "bet. Brokers said trading volumes in the stock exceeded those of Apple. Other heavily "
        "shorted companies, including AMC Entertainment and BlackBerry, also surged. The White "
        "House said it was monitoring the situation, and regulators said they were looking at "
        "volatility. 'This is the revenge of the retail trader,' one fund manager said. On "
        "Thursday, several trading apps restricted purchases of the stock, drawing outrage "
        "from users and lawmakers.",
        "economy",
    ),
    (
        "Gilts suffer worst rout in decades as bond vigilantes attack mini-budget",
        "The yield on Britain's 30-year government bond jumped more than a full percentage "
        "point in three days, its biggest move on record, as investors dumped gilts after "
        "Chancellor Kwasi Kwarteng announced the largest package of tax cuts in 50 years without "
        "saying how it would be paid for. Sterling fell to an all-time low of $1.0350 in thin "
        "Asian trading on Monday. Fund managers said the bond vigilantes were back, attacking "
        "a government that had lost credibility. The Bank of England said on Wednesday it would "
        "buy long-dated gilts to prevent a collapse of pension funds using liability-driven "
        "investment strategies, which faced margin calls. Mortgage lenders pulled hundreds of "
        "products. 'This is carnage,' said one trader in London. The IMF publicly urged the "
        "government to reconsider its plans.",
        "economy",
    ),
    (
        "Berkshire's cash war chest hits record $325bn as Buffett keeps selling",
        "Berkshire Hathaway's cash pile rose to a record $325.2bn at the end of September, the "
        "company said on Saturday, as Warren Buffett sold more shares in Apple and Bank of "
        "America and again found little worth buying. The conglomerate was a net seller of "
        "stocks for an eighth straight quarter, disposing of about $36bn in the period. It did "
        "not buy back any of its own shares. Analysts said the growing war chest reflected "
        "Buffett's view that valuations were too high after a long rally, and left him ready to "
        "pounce if markets fell. Operating earnings fell 6% because of losses on insurance "
        "underwriting linked to hurricanes. 'He is keeping his powder dry,' said an analyst "
        "who covers the company. Berkshire's class B shares have risen about 25% this year, "
        "slightly ahead of the S&P 500. Buffett, 94, has said his successor will have the cash to act when bargains appear.",
        "economy",
    ),
    (
        "Fed holds rates steady and signals cuts later in the year",
        "The Federal Reserve held interest rates steady on Wednesday for a fifth straight "
        "meeting and signalled that it still expected to cut borrowing costs three times this "
        "year, sending stocks to record highs. Policymakers kept the benchmark rate in a range "
        "of 5.25% to 5.50%, where it has been since July. Chair Jerome Powell told reporters "
        "that inflation was still too high but that the economy was in a good position. The "
        "Fed's projections showed officials expected core inflation of 2.6% by the end of the "
        "year, slightly higher than in December. The S&P 500 and the Dow closed at record "
        "highs, while two-year Treasury yields fell 6 basis points. The dollar weakened against "
        "most major currencies, and gold rose to an all-time high of $2,200 an ounce. 'The "
        "doves got what they wanted,' said an economist at a New York bank.",
        "other",
    ),
    (
        "Brazil set for record soybean crop, pressuring Chicago prices",
        "Brazil's soybean harvest is set to reach a record 169 million tonnes this season, "
        "state crop agency Conab said on Thursday, raising its forecast as favourable weather in "
        "Mato Grosso and Parana boosted yields. The estimate was up 2.4m tonnes from last month "
        "and well above the previous record. Chicago soybean futures fell 1.1% to $10.02 a "
        "bushel, near their lowest in four years, on expectations of ample supplies from South "
        "America. Exporters said shipments from Santos and Paranagua were expected to top 100m "
        "tonnes this year, with China taking around three quarters. Freight rates for Panamax "
        "bulk carriers from Brazil firmed as the export season gathered pace. Farmers in the "
        "south have been selling slowly in the hope of better prices, traders said. Conab also "
        "raised its forecast for the second corn crop.",
        "other",
    ),
    (
        "Spot bitcoin ETFs draw $4.6bn on first day of trading",
        "Exchange-traded funds holding bitcoin drew about $4.6bn of trading volume on their "
        "first day on Thursday, after the Securities and Exchange Commission approved 11 "
        "products from firms including BlackRock, Fidelity and Grayscale. Grayscale's fund, "
        "converted from a trust, accounted for about half the volume. Bitcoin rose as high as "
        "$49,000 before ending the day little changed around $46,000. The approval followed a "
        "decade of rejections and a court ruling last year that found the regulator had been "
        "wrong to block Grayscale's application. SEC chairman Gary Gensler said the approval "
        "was not an endorsement of bitcoin, which he called a speculative and volatile asset. "
        "Fund managers cut their fees to as little as 0.2% to compete for assets. Shares in "
        "Coinbase, which acts as custodian for most of the funds, fell 5%.",
        "other",
    ),
    (
        "Aramco raises $12.35bn in follow-on share sale as foreign demand holds up",
        "Saudi Aramco raised $12.35bn from selling more of its shares, with more than half of "
        "the offering taken up by foreign investors, people familiar with the deal said on "
        "Friday. The state oil company sold about 1.545 billion shares at 27.25 riyals each, "
        "the bottom of the marketed range, after the books were covered several times within "
        "hours of opening. The government, which owns about 81% of Aramco, will use the "
        "proceeds to fund its economic diversification plans. The sale is the biggest in the "
        "Middle East since Aramco's 2019 listing, which raised $29.4bn. Shares in Aramco rose "
        "slightly on Sunday. Bankers said the strong foreign take-up contrasted with the initial "
        "listing, when most buyers were local. The company paid $31bn in dividends to "
        "shareholders in the first quarter. Analysts said the government could sell more shares next year if oil prices hold up.",
        "other",
    ),
    (
        "Dortmund shares slip after Wembley final defeat as attack fails to convert chances",
        "Shares in Borussia Dortmund, one of the few football clubs listed on a stock exchange, "
        "fell 3% in Frankfurt on Monday after the team lost the Champions League final 2-0 to "
        "Real Madrid at Wembley. Dortmund's attack created the better chances in the first half, "
        "with Karim Adeyemi and Niclas Fullkrug both going close, but the Spanish side scored "
        "twice in the last 20 minutes. Analysts said the club would still book about 130 million "
        "euros in revenue from this season's Champions League run, its best in more than a "
        "decade. The stock had gained about 20% since the semi-final win over Paris Saint-Germain. "
        "Dortmund also announced that coach Edin Terzic would stay. 'The sporting result was a "
        "disappointment, the financial result is excellent,' the chief executive told "
        "shareholders. The club is expected to sell at least one of its forwards in the summer.",
        "sport",
    ),
    (
        "Manchester United shares sink after Europa League final loss to Tottenham",
        "Manchester United's New York-listed shares fell 5% on Thursday after the club lost the "
        "Europa League final to Tottenham Hotspur in Bilbao, missing out on a place in next "
        "season's Champions League and the tens of millions of pounds it brings. A defensive "
        "lapse allowed Brennan Johnson to score the only goal just before half-time, and United's "
        "attack failed to break through in the second half despite heavy pressure. The defeat "
        "capped United's worst league season in more than 50 years. Analysts estimated the club "
        "would lose about 100 million pounds of revenue compared with a Champions League "
        "campaign. Co-owner Jim Ratcliffe has already cut hundreds of jobs to reduce costs. "
        "'The pressure on the budget for summer signings just went up,' said an analyst who "
        "covers the stock. United also face a post-season tour of Asia.",
        "sport",
    ),
    (
        "Trading-floor thriller 'Short Interest' turns a bear raid into box-office bloodshed",
        "A new Hollywood drama set inside a hedge fund that mounts a bear raid on a regional bank "
        "opens in cinemas this weekend, and early reviews suggest it knows its way round a "
        "trading floor. The film follows a junior analyst who realises her fund's short position "
        "depends on a rumour it planted itself. Scenes of screens turning red were filmed on a "
        "replica floor in New Jersey, and former traders advised on the dialogue. Critics "
        "praised the lead performance but said the final act, in which the bank's shares collapse "
        "and executives turn on one another, was overwritten. 'It's a war film where the "
        "casualties are pension funds,' one reviewer wrote. The producers said they had been "
        "inspired by the collapse of Silicon Valley Bank. The film cost about $40m to make, "
        "and its distributor expects a modest opening.",
        "entertainment",
    ),
    (
        "New season of 'Industry' returns to Pierpoint's floor with a short-selling war",
        "The third season of the BBC and HBO drama Industry, about young bankers at a fictional "
        "London investment bank, begins on Monday with its traders caught up in a battle over "
        "the flotation of a green energy company. Creators Mickey Down and Konrad Kay, both "
        "former bankers, said the new episodes were about 'the war between ambition and "
        "conscience'. The season adds a hedge fund that bets against the company and leaks "
        "damaging stories to the press. Critics said the show had grown more confident, with "
        "sharp writing about how markets are moved by rumour and panic. Some City workers "
        "complained that the characters take too many drugs to hold down real jobs. The "
        "series has become a hit with younger viewers on streaming platforms. A fourth season "
        "has already been commissioned. Its writers say a trading-floor insider reads every script.",
        "entertainment",
    ),
]
