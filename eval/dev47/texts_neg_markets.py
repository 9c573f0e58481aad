"""dev47 negatives: oil, gas, metals and grain markets, risk premiums, sanctions and price caps.
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Brent adds $3 as traders price in risk of wider Middle East war",
        "Brent rose 3% to $88 a barrel on Friday as traders priced in the risk of a wider war in the Middle East, although no supply has been lost so far, analysts at Commerzbank said. 'The market is carrying a geopolitical premium of about $5 a barrel,' one of them said. Refiners in Asia were not yet bidding up spot cargoes, traders said.",
        "economy",
    ),
    (
        "European defence stocks extend rally after EU backs rearmament plan",
        "European defence stocks extended their rally on Monday, with Rheinmetall up 6% and Saab up 5%, after EU leaders backed an 800 billion euro plan to rearm the continent. The Stoxx aerospace and defence index has gained 45% this year, outpacing every other sector. 'Investors are treating defence as a growth sector now,' said a strategist at UBS.",
        "economy",
    ),
    (
        "Gold hits record as investors hunt for shelter",
        "Gold climbed to a record $2,450 an ounce on Tuesday as investors sought shelter from geopolitical tensions and bet on lower US interest rates, with inflows into bullion ETFs at a two-year high, Julius Baer said.",
        "economy",
    ),
    (
        "Saudi Arabia opens fire in oil price war; Brent crashes 24%",
        "Saudi Arabia launched an all-out price war on Sunday, slashing its official selling prices by $6 to $8 a barrel and vowing to flood the market after Russia refused deeper output cuts. Brent crashed 24% at the open, its biggest one-day fall since the Gulf War. 'This is scorched earth,' said one Singapore-based trader. Russian energy shares fell 20% in Moscow.",
        "economy",
    ),
    (
        "EU lowers cap on Russian crude to $47.60",
        "EU governments agreed to lower the price cap on Russian crude to $47.60 a barrel from $60 and to review it every six months, as part of a new sanctions package that also bans transactions with two Russian-owned refineries in India and Turkey. Britain said it would follow. Greece and Malta, whose shipowners carry much of the oil, won a transition period.",
        "politics",
    ),
    (
        "UK sanctions 100 shadow-fleet tankers in biggest single package",
        "Britain sanctioned 100 tankers it says belong to Russia's 'shadow fleet', barring them from British ports and from using UK insurance, in its biggest single sanctions action against Russian oil exports. The ships carried an estimated $24 billion of crude and products last year, the foreign office said. Russia's foreign ministry called the measures 'illegitimate'. Freight rates for compliant tankers rose 10% on the news.",
        "politics",
    ),
    (
        "Wheat jumps 8% after Moscow quits Black Sea grain deal",
        "Chicago wheat futures jumped 8% on Monday after Russia pulled out of the Black Sea grain deal, saying it could no longer guarantee the safety of ships heading to Ukrainian ports. Analysts said world stocks were ample and the rally could fade within weeks. 'Supply is not the issue; freight and insurance are,' said a Geneva-based grain trader.",
        "economy",
    ),
    (
        "Diesel cracks surge as Russia bans fuel exports",
        "Diesel margins in Europe jumped to $38 a barrel, the highest in eight months, after Russia imposed a temporary ban on exports of gasoline and diesel to stabilise its domestic market. Traders said Turkey, Brazil and North African buyers would be hit hardest; the ban has no fixed end date.",
        "economy",
    ),
    (
        "European gas slides 6% as Israel-Iran ceasefire holds",
        "European gas prices fell 6% on Wednesday as the ceasefire between Israel and Iran held for a second day and tankers resumed normal transits through the Strait of Hormuz. The risk premium built up over two weeks has now been almost fully erased, said an analyst at Energy Aspects. Benchmark Dutch TTF futures settled at 35 euros a megawatt hour.",
        "peace",
    ),
    (
        "Hedge funds slash bullish oil bets as conflict premium fades",
        "Hedge funds cut their net long positions in Brent by the most in five months in the week to Tuesday, exchange data showed, as worries about supply disruption in the Gulf eased. Money managers now hold the smallest bullish bet since 2011; short positions rose to their highest since June.",
        "economy",
    ),
    (
        "Copper bulls and bears in bruising battle over LME stocks",
        "A bruising battle between bulls and bears on the London Metal Exchange pushed copper for next-day delivery to a record premium over three-month contracts on Thursday, as a single trader held most of the metal in LME warehouses. The exchange said it was watching positions closely. Short sellers scrambled to buy back positions as the spread widened to $1,000 a tonne.",
        "economy",
    ),
    (
        "LME halts nickel after 'bloodbath' for short sellers",
        "The London Metal Exchange suspended nickel trading and cancelled eight hours of deals after prices more than doubled to over $100,000 a tonne in a few hours, in what one broker called 'a bloodbath' for short sellers. A Chinese stainless steel producer faced billions of dollars in margin calls. The exchange later capped daily price moves at 15%. Several hedge funds are suing it over the cancelled trades.",
        "economy",
    ),
    (
        "Cocoa futures explode above $10,000 as West African crops fail",
        "Cocoa futures exploded above $10,000 a tonne in New York for the first time after poor weather and disease cut harvests in Ivory Coast and Ghana for a third season.",
        "economy",
    ),
    (
        "Revolutionary Guards seize tanker in Gulf of Oman over US oil dispute",
        "Iran's Revolutionary Guards navy seized the Marshall Islands-flagged tanker St Nikolas in the Gulf of Oman on Thursday, and armed men in black uniforms were seen boarding it on security camera footage, the manager said. No shots were fired and the 19 crew were unharmed. Iran said the seizure was a response to the confiscation of its oil cargo by the United States. Tanker owners said they would avoid anchoring off Fujairah for now.",
        "military",
    ),
    (
        "Iranian lawmakers back closing Hormuz; oil barely moves",
        "Iran's parliament voted in favour of closing the Strait of Hormuz, state media said, but the final decision rests with the Supreme National Security Council. Brent rose less than 1%, as analysts said a closure would hurt Iran's own exports and its Chinese customers most. About a fifth of global oil consumption passes through the strait.",
        "politics",
    ),
    (
        "Brent slips as Houthis announce pause in shipping attacks",
        "Brent fell 2% on Monday after Yemen's Houthis said they would halt attacks on commercial shipping as long as the Gaza ceasefire holds. Shipping lines said they would wait several weeks before sending vessels back through the Red Sea. War-risk premiums for Red Sea voyages were unchanged, brokers said.",
        "peace",
    ),
    (
        "Oil edges up as Pentagon sends second carrier to Eastern Mediterranean",
        "Oil prices edged up 1% on Tuesday after the Pentagon ordered a second aircraft carrier strike group to the Eastern Mediterranean as a deterrent. 'The deployment adds a small risk premium, but supply is flowing,' said an analyst at Saxo Bank.",
        "military",
    ),
    (
        "Fertiliser prices spike in supply shock as Belarus potash curbed",
        "Potash prices in Brazil jumped 30% in a month, the biggest supply shock to the fertiliser market in a decade, after Lithuania stopped transit of Belarusian potash through Klaipeda under EU sanctions. Farmers' groups warned that soybean planting costs would rise. 'This is a supply shock the market did not see coming,' said a broker in Sao Paulo.",
        "economy",
    ),
    (
        "Russian gas transit through Ukraine ends as contract expires",
        "Russian gas flows to Europe through Ukraine stopped on New Year's Day after the five-year transit contract between Gazprom and Naftogaz expired and Kyiv refused to extend it. Slovakia and Austria said they had secured other supplies; European prices rose 2%. Moldova's breakaway Transnistria region was left without gas for heating.",
        "economy",
    ),
    (
        "Rouble slides past 100 per dollar as sanctions bite",
        "The rouble weakened past 100 to the dollar for the first time in 17 months as Western sanctions cut export revenues, prompting the central bank to call an emergency meeting.",
        "economy",
    ),
    (
        "Ukraine's corridor ports ship record 14 million tonnes in a month",
        "Ukraine's Black Sea ports shipped a record 14 million tonnes of cargo in October through the corridor opened last year, the infrastructure ministry said, exceeding the volumes handled under the former UN-brokered grain deal. Corn made up more than half of the total; shipping agents said about 40 vessels were waiting at anchor off Odesa.",
        "economy",
    ),
    (
        "Niger junta strips Orano of Imouraren uranium permit",
        "Niger's military government revoked French group Orano's licence to mine the Imouraren uranium deposit, one of the world's largest, saying work had not started on time. Orano said it would challenge the decision. Uranium spot prices rose 3%. Orano has held the permit since 2009.",
        "politics",
    ),
    (
        "Trade war flares as Washington doubles tariffs on Chinese EVs",
        "The United States quadrupled tariffs on Chinese electric vehicles to 100% and doubled duties on solar cells, escalating a trade war that Beijing vowed to answer with 'all necessary measures'. BYD shares fell 3% in Hong Kong. European carmakers urged Brussels not to follow suit.",
        "politics",
    ),
    (
        "Lithium price war bleeds Australian miners",
        "A price war unleashed by Chinese converters has bled Australian lithium miners dry, with spodumene prices down 85% from their peak. Two mines in Western Australia were put on care and maintenance this week, and their owners' shares hit multi-year lows. 'We are in a war of attrition and the strongest balance sheets will win,' said one chief executive. Albemarle cut its capital spending plan by a third.",
        "economy",
    ),
    (
        "Gas traders brace for winter 'battle' over LNG cargoes",
        "Europe and Asia are heading for a winter battle over LNG cargoes, with European storage starting the season at 83% full compared with 95% a year ago, analysts at Goldman Sachs said. Japanese and Korean utilities have already booked most December deliveries. 'Whoever has the deepest pockets will win the cargoes,' one trader said.",
        "economy",
    ),
    (
        "Coffee futures hit 47-year high after Brazil frost",
        "Arabica coffee futures jumped to their highest since 1977 after frost hit plantations in Brazil's Minas Gerais state, the world's biggest growing region.",
        "disaster",
    ),
    (
        "Moscow Exchange suspends dollar trading after new US sanctions",
        "The Moscow Exchange stopped trading in dollars and euros on Thursday after Washington sanctioned it, forcing Russian companies to swap currencies over the counter. The central bank said it would set official rates using bank data. Analysts said the move would widen spreads for importers.",
        "politics",
    ),
    (
        "Defence ETF inflows top $5 billion as investors chase arms makers",
        "Exchange-traded funds that track defence companies took in more than $5 billion in the first quarter, a record, as investors chased arms makers on expectations of higher military spending in Europe and Asia, data from Morningstar showed.",
        "economy",
    ),
]
