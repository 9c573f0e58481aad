"""dev231 negatives, part A: briefings whose war words are the politics, business and sport desks'
own ("budget battle", "price war", "trade war", "battle for the title"), and ordinary news days."""

NEGATIVES = [
    (
        "Morning briefing: the budget battle, a supermarket price war and Arsenal's title bid",
        "Good morning. Here is what you need to know on Wednesday. "
        "The chancellor is braced for a budget battle with her own backbenchers after leaked plans showed a freeze on income tax thresholds until 2030, and dozens of Labour MPs have signed a letter against cuts to winter fuel payments. "
        "In the shops, Aldi has fired the latest shot in the supermarket price war, cutting the price of 500 staple items and daring Tesco and Sainsbury's to follow. "
        "Arsenal stay top of the Premier League after a 2-0 win at Brentford, with Bukayo Saka scoring his tenth goal of the season. "
        "Police in Manchester have charged a man over a string of burglaries at city-centre flats. "
        "Storm Bert is expected to bring gusts of up to 70mph to western coasts tonight, and the Environment Agency has issued 40 flood alerts. Ferry crossings from Holyhead have been cancelled.",
        "politics",
    ),
    (
        "Five things to know: the tariff war escalates, Toyota's recall and a Davis Cup upset",
        "1. The trade war between Washington and Beijing escalated overnight, as China announced 34% tariffs on all US goods in retaliation for the latest American duties. "
        "Stock futures fell more than 2% and the dollar slid against the yen. "
        "2. Toyota is recalling about 1m vehicles worldwide over a faulty sensor that could stop airbags deploying. "
        "3. Italy's Davis Cup team lost in the quarter-finals to Argentina, ending a two-year reign. "
        "4. A jury in Los Angeles found a former talent manager guilty of fraud. "
        "5. Temperatures in Texas could hit 40C by the weekend, and the grid operator asked customers to save energy between 4pm and 8pm. 6. And the Smithsonian said its new museum of the American Latino would open in 2030, years later than planned.",
        "economy",
    ),
    (
        "What the papers say: coalition war of words, Bundesliga drama and a Rhine low",
        "German front pages this Tuesday are dominated by the coalition's war of words over the debt brake. "
        "Die Welt says the finance minister 'declared war' on his partners' spending plans, and the Süddeutsche calls the row the worst since the government took office. "
        "Bild leads on Bayer Leverkusen's late equaliser against Dortmund, which keeps alive their run without a league defeat. "
        "The Frankfurter Allgemeine's business section reports that the Rhine has fallen so low at Kaub that barges are sailing a third full, pushing up fuel prices in the south. "
        "The Tagesspiegel has a Berlin story: police arrested four men over a jewellery robbery at a KaDeWe counter. "
        "And several papers review the new production of Wagner's Ring in Bayreuth. Critics are split, but the audience gave the Götterdämmerung a 20-minute ovation.",
        "politics",
    ),
    (
        "The business newsletter: an airline fare war, a hostile bid and a bank's results",
        "Welcome to this week's business letter. "
        "Low-cost carriers are in a fare war on the routes between the Gulf and South Asia, with flydubai and Air Arabia both offering one-way tickets to Kochi for under $90. Analysts say the cheap fares will not last beyond the spring, when demand for travel to Kerala rises again. Gulf carriers are also adding seats to Dhaka and Kathmandu. "
        "In London, the board of a FTSE 250 engineering group rejected a hostile takeover bid from an American private equity firm, calling it 'opportunistic'. "
        "Standard Chartered beat profit forecasts on the back of wealth management fees. "
        "Emirates NBD says it has opened a branch in Riyadh. "
        "And finally, a sandstorm grounded flights at Kuwait airport for four hours on Monday.",
        "economy",
    ),
    (
        "Sport briefing: a battle for the title, a striker's hat-trick and Wimbledon weather",
        "Good morning sports fans. "
        "It is a three-way battle for the title in the Scottish Premiership after Hearts held Celtic to a draw at Tynecastle and Rangers won at Aberdeen. "
        "Brazil's new striker scored a hat-trick on his first start for Real Madrid, and the Bernabéu chanted his name for five minutes. "
        "In cricket, Australia's bowlers attacked early and reduced India to 45 for four on the first morning at the MCG. "
        "Off the field, the Rugby Football Union said it had lost £40m last year, and plans to cut 60 jobs. "
        "The Met Office expects rain to interrupt play on the outside courts at Wimbledon on Tuesday, with the roofs closed on Centre and No 1 Court. Organisers say tickets for the final weekend are sold out, and the queue in Wimbledon Park is expected to start forming on Friday night.",
        "sport",
    ),
    (
        "Your morning briefing: Canberra's culture war, iron ore and the Ashes squad",
        "Good morning, here is what's happening in Australia. "
        "The opposition has reopened the culture war over Australia Day, promising to force councils that cancel citizenship ceremonies on January 26 to hold them again. "
        "Iron ore prices fell below $100 a tonne for the first time in a year on weak Chinese steel demand, dragging on BHP and Fortescue shares. "
        "Selectors named an unchanged squad for the first Ashes Test in Perth, leaving out the young opener many had backed. "
        "In Sydney, police charged two men with importing 700kg of cocaine hidden in a shipment of bananas. "
        "Queensland is bracing for a hot, humid week with storms likely in the south-east. The Bureau of Meteorology says the summer will be hotter than average across most of the country, with a high risk of bushfires in Victoria and South Australia.",
        "politics",
    ),
    (
        "The Asia markets newsletter: a chip war, EV price cuts and a sumo champion",
        "Welcome to the Asia markets newsletter. "
        "The chip war has a new front: Japan and the Netherlands agreed to restrict exports of some lithography tools to China, and Tokyo Electron shares fell 4%. "
        "In China, BYD cut the price of its cheapest hatchback again, deepening a price war that has squeezed margins across the electric car industry. "
        "South Korea's exports rose for a tenth month on semiconductor demand. "
        "In sport, a Mongolian-born wrestler won his first Emperor's Cup at the autumn sumo tournament in Tokyo. "
        "And a typhoon warning was lifted in Okinawa after the storm turned north-east. Ferries to the outer islands resumed in the afternoon, and Naha airport said all flights would run normally on Wednesday. Tourism officials expect a busy Golden Week.",
        "economy",
    ),
    (
        "What the papers say: Modi's 'war on black money' anniversary, an IPL auction and smog",
        "Indian papers mark eight years since the demonetisation that the government called a war on black money, and the Indian Express asks what it achieved. "
        "The Hindu leads on the Supreme Court's order asking Delhi's neighbours to stop crop burning, as the capital's air quality index passed 450. "
        "The Times of India splashes on the IPL auction, where a 19-year-old fast bowler went for a record fee. "
        "The Economic Times reports that Reliance is in talks to buy a stake in a US streaming company. "
        "Mumbai police arrested three men over a cyber fraud that tricked hundreds of pensioners into buying fake bonds. "
        "And the Deccan Herald says Bengaluru's metro will run until midnight from next month. Commuters' groups welcomed the change but said trains must also run more often at peak hours.",
        "politics",
    ),
    (
        "Weekend newsletter: Premier League siege, a defence of the title and a Cup upset",
        "Welcome to the weekend sports letter. "
        "Manchester City spent the second half under siege at Anfield but held on for a 1-1 draw, keeping their defence of the title on track. "
        "Pep Guardiola called it 'the best we have defended all season'. "
        "In the FA Cup, National League Barnet knocked out Championship side Leeds, and their goalkeeper saved two penalties in the shootout. "
        "Off the pitch, shares in Manchester United jumped after the club reported record commercial revenue. "
        "Merseyside police made six arrests for ticket touting outside the ground. "
        "And forecasters say Sunday's games in the north could be disrupted by snow. The Premier League says it will decide on Saturday morning whether the game at St James' Park can go ahead.",
        "sport",
    ),
    (
        "Evening briefing: the war on drugs debate, Manila's rice prices and Pacquiao",
        "Here is your evening briefing from Manila. "
        "Senators clashed over a bill to review the legacy of the previous government's war on drugs, with allies of the former president walking out of the chamber. "
        "Rice prices fell for the first time in six months after the government cut import tariffs, the statistics authority said. "
        "In sport, Manny Pacquiao was inducted into the boxing Hall of Fame in New York. "
        "A court in Quezon City convicted a former mayor of graft over a road contract. "
        "And PAGASA said a low-pressure area east of Mindanao could become a tropical depression. Classes have been suspended in parts of Davao as a precaution, and fishermen have been told to stay in port. The low-pressure area is not expected to make landfall before Thursday.",
        "politics",
    ),
    (
        "The Gulf business letter: OPEC's market share battle, an IPO and the Dubai air show",
        "Good morning from Dubai. "
        "Saudi Arabia is preparing for a battle for market share, delegates told us, with OPEC+ due to unwind production cuts even as prices fall below $70 a barrel. "
        "Abu Dhabi's national oil company priced a new listing at the top of its range, raising $2bn. "
        "The Dubai Airshow closes today after orders for more than 250 aircraft, most of them from Emirates and flydubai. "
        "In football, Al Hilal extended their lead in the Saudi Pro League. "
        "Dubai police said they had arrested a gang that posed as bank staff to steal from elderly residents. "
        "And temperatures are finally falling below 30C in the evenings. Outdoor cinemas and night markets across the emirate reopen this week for the cooler months.",
        "economy",
    ),
    (
        "What the papers say: the battle for Paris city hall, Ligue 1 and a bakery strike",
        "France's papers are already looking to the municipal elections. "
        "Le Monde says the battle for Paris city hall is wide open after the mayor said she would not stand again, and three ministers are weighing a run. "
        "L'Équipe leads on Paris Saint-Germain's 4-1 win in Marseille, a result that 'kills the championship', it says. "
        "Les Échos reports that bakers in Normandy will strike next week over energy bills. "
        "Le Parisien has a crime story from the suburbs: a man was shot dead in a car park in Sevran in what police believe was a dispute between drug dealers. "
        "And Météo-France puts 12 departments on orange alert for storms. Finally, Libération has a long interview with the director of the Louvre about the museum's planned new entrance.",
        "crime",
    ),
    (
        "Morning briefing: Ottawa's dairy fight, Air Canada strike vote and Stanley Cup",
        "Good morning, here is the news for Canadians. "
        "Ottawa is bracing for a fight with Washington over dairy quotas as the trade agreement comes up for review, and farm groups say they will not accept 'a single litre' more of US milk. "
        "Air Canada pilots voted to authorise a strike, though talks continue. "
        "The Florida Panthers beat the Edmonton Oilers in game seven to win the Stanley Cup, and Edmonton's streets emptied in silence. "
        "Toronto police arrested a man after a series of car thefts in Vaughan. "
        "Environment Canada issued heat warnings for southern Ontario and Quebec, with humidex values near 40. Cooling centres have opened in Toronto and Montreal, and some school boards have cut the school day short.",
        "economy",
    ),
    (
        "The daily digest: Nairobi's matatu wars, a Safaricom profit and Kipchoge's farewell",
        "Here is your daily digest from Nairobi. "
        "The 'matatu wars' over city routes are back in court, where two rival saccos are fighting over who may load passengers at the Odeon stage. "
        "Safaricom reported a 10% rise in profit, with M-Pesa revenue passing 140bn shillings. "
        "Eliud Kipchoge says the Berlin Marathon will be his last, ending a career of two Olympic golds. "
        "Kenya Power says the national grid will be offline for scheduled maintenance in Kisumu on Sunday. "
        "And the Kenya Meteorological Department forecasts heavy rain in the highlands from Tuesday. Farmers in Nyandarua say the rains will help potato crops, but the Kenya Red Cross warned residents along the Tana River to watch for floods. In Mombasa, the county has begun clearing drains in Likoni and Kisauni ahead of the season.",
        "other",
    ),
    (
        "Five things to know: a rugby onslaught, Wellington's water and a dairy auction",
        "1. The All Blacks' forwards launched wave after wave of attacks on the French line in Paris, but lost 30-29 to a late drop goal. "
        "2. Wellington's council confirmed that water bills will rise by 18% to pay for pipe repairs. "
        "3. Prices rose 2.1% at the Global Dairy Trade auction overnight, good news for Fonterra's farmers. "
        "4. A man has been sentenced to nine years in prison for a ram raid on a Christchurch jewellery shop. "
        "5. MetService says a cold southerly will bring snow to 400 metres in Canterbury tonight. Farmers have been warned to move newborn lambs to shelter, and the Lewis Pass could be closed by morning. 6. And Te Papa has announced a free exhibition of Colin McCahon's paintings, the largest in two decades.",
        "sport",
    ),
    (
        "The week in Brazil: Lula's spending fight, a Petrobras dividend and Flamengo",
        "Here is the week in Brazil. "
        "President Lula is in a fight with Congress over spending cuts, and the real fell to a record low as investors doubted the fiscal framework would hold. "
        "Petrobras announced a smaller than expected dividend, and its shares fell 6%. "
        "Flamengo won the Brazilian Cup, beating Atlético Mineiro over two legs. "
        "In São Paulo, police arrested a gang that stole mobile phones from commuters on the metro. "
        "Heavy rains are forecast again for Rio Grande do Sul, where the floods of May are still fresh in people's minds. Civil defence says it has pre-positioned boats and rescue teams in Porto Alegre and Canoas. In music, Anitta announced a free concert on Copacabana beach in January, and the city expects more than a million people.",
        "economy",
    ),
    (
        "Your Monday briefing: a Seoul election, Samsung's chips and a baseball final",
        "Good morning from Seoul. "
        "South Korea votes for a new president tomorrow, and polls suggest the Democratic Party candidate leads by about ten points. "
        "Samsung Electronics said its memory chip profits tripled on demand for artificial intelligence servers. "
        "The Kia Tigers won the Korean Series in five games. "
        "Police arrested a man who stole $150,000 worth of gold bars from a jeweller's in Jongno. "
        "Forecasters expect the first cold wave of the season by Friday, with lows of minus 5C in Seoul. The government will open warming shelters for elderly people living alone, and the city says it is ready to salt roads overnight. And in culture, the National Museum of Korea announced record visitor numbers for the year, helped by a Joseon-era gold exhibition.",
        "other",
    ),
    (
        "Newsletter: Spain's housing fight, a Zara record and La Liga's title race",
        "Welcome to this week's Spain letter. "
        "The government and the regions are locked in a fight over housing, after the Madrid region refused to apply a national law capping rents in stressed areas. "
        "Inditex reported record sales, with Zara stores in the US leading growth. "
        "La Liga's title race tightened as Barcelona drew with Getafe and Real Madrid won in Seville. "
        "Police in Málaga arrested 14 people suspected of running a fake holiday rental scam. "
        "And the Aemet weather agency warns that the Valencian coast could see a cold drop, or DANA, with heavy rain this weekend. Regional authorities have told schools in the province of Valencia to prepare to close, and emergency services will send text alerts to phones if the rain worsens. The Prado also announced that its Goya rooms will close for three months of renovation.",
        "other",
    ),
    (
        "Morning briefing: Mexico's judges, a peso rally and the Clásico Regio",
        "Good morning from Mexico City. "
        "Mexico's first judicial elections are set for June, and opposition senators say the reform will gut the courts. "
        "The peso rallied after the central bank kept rates on hold and inflation slowed to 4.2%. "
        "Monterrey and Tigres drew 1-1 in the Clásico Regio, a result that sends both to the play-offs. "
        "A court in Toluca convicted a former police chief of extortion. "
        "And the National Meteorological Service says a cold front will bring frost to the highlands of Chihuahua and Durango. Authorities in the Sierra Tarahumara are handing out blankets to Rarámuri communities. In culture, the Guadalajara International Book Fair opens on Saturday with Spain as guest of honour, and organisers expect 800,000 visitors over nine days.",
        "other",
    ),
]
