"""eval/dev28 negatives: economy and sport. Whole articles that mention war or violence only as
background, history, fiction or metaphor; see labels.py for P and N.
"""

from labels import N

ARTICLES = [
    # ------------------------------------------------------------ economy
    N(
        "Euro zone inflation hits record 10.7% as energy bills soar",
        "FRANKFURT - Inflation in the euro zone rose to a record 10.7% in October, "
        "official figures showed on Monday, adding pressure on the European Central Bank "
        "to keep raising interest rates even as the economy heads towards recession. "
        "Economists polled before the release had expected 10.2%. Energy prices rose "
        "41.9% from a year earlier, and food, alcohol and tobacco 13.1%. Core inflation, "
        "which strips out volatile items, also hit a record. The main driver remains the "
        "jump in gas and electricity prices that followed Russia's invasion of Ukraine in "
        "February, as Moscow cut pipeline deliveries to Europe and governments scrambled "
        'to fill storage from other sources. "The war has turned a temporary supply shock '
        'into something far more persistent," said an economist at a Frankfurt bank. '
        "Inflation was highest in the Baltic states, above 20% in Estonia, Latvia and "
        "Lithuania, and lowest in France, where the government has capped energy bills. "
        "Germany's rate reached 11.6%. The ECB raised its deposit rate by 75 basis points "
        "last week, its second jumbo hike in a row, and signalled more to come. Its "
        "president has said the bank will do whatever is needed to bring inflation back "
        "to 2%. Separate data showed the euro zone economy grew just 0.2% in the third "
        "quarter. Consumer groups say households are cutting back on heating and food. "
        "Gas prices on the Dutch TTF hub have fallen from their summer peak as storage "
        "sites are nearly full, which some economists say could mean inflation peaks "
        "before the end of the year. Governments have spent hundreds of billions of euros "
        "on support for households and companies. Some economists argue that the ECB has "
        "been too slow to respond, while others warn that raising rates sharply into a "
        "downturn could deepen the recession. Wage growth has picked up but remains well "
        "below inflation, meaning that real incomes are falling. Unions in Germany and "
        "France have called for higher pay settlements. Markets expect the ECB's deposit "
        "rate to reach about 3% next year.",
        "economy",
    ),
    N(
        "Egypt weighs bread subsidy reform as wheat import bill climbs",
        "CAIRO - Egypt's government is studying changes to its bread subsidy programme, "
        "which provides five loaves a day at a fixed price to more than 70 million "
        "people, as the cost of importing wheat has soared, officials said. The supply "
        "minister told a parliamentary committee that the state was paying far more per "
        "loaf than a year ago. Egypt is one of the world's largest wheat importers, and "
        "until this year it bought most of its grain from Russia and Ukraine. The war "
        "between the two countries and the closure of Ukraine's Black Sea ports in the "
        "spring pushed world prices to record highs and forced Cairo to look for supplies "
        'in India, France and Romania. "We are paying for a war that is not ours," a '
        "senior official said. The government has set a fixed price for unsubsidised "
        "bread to stop bakeries from raising prices, and increased the local procurement "
        "price to encourage farmers to sell their harvest to the state. The Egyptian "
        "pound has lost about a fifth of its value against the dollar since March, adding "
        "to the cost of imports. The International Monetary Fund is in talks with Cairo "
        "about a new loan. Economists say reforming the subsidy, which has not been "
        "changed in decades, is politically sensitive: attempts to cut it in 1977 led to "
        "nationwide protests. Officials said any changes would protect the poorest "
        "families. The state grain buyer said it had enough strategic reserves to last "
        "until the end of the year. Bakers in Cairo said the price of flour on the open "
        "market had nearly doubled. Egypt's population is growing by about two million "
        "people a year, and wheat consumption is rising with it. The government has "
        "expanded wheat planting and built new storage silos to reduce losses. Officials "
        "say they also want to diversify suppliers permanently, whatever happens to world "
        "prices.",
        "economy",
    ),
    N(
        "Trade war escalates as Washington raises tariffs, Beijing vows response",
        "WASHINGTON/BEIJING - The United States raised tariffs on $200 billion of Chinese "
        "goods to 25% from 10% on Friday, escalating a trade war between the world's two "
        'largest economies, and China said it would take "necessary countermeasures". The '
        "increase took effect just after midnight as negotiators from both sides met in "
        "Washington for a second day of talks. The US president said on Twitter that "
        'there was "absolutely no need to rush" a deal and that tariffs were bringing '
        "billions of dollars into the Treasury. China's commerce ministry said it \"deeply "
        'regrets" the decision. Economists say both sides will be hurt if the battle '
        "drags on. Farmers in the US Midwest, who have lost sales of soybeans to China, "
        "have been among the hardest hit, and the government has paid billions in aid to "
        "offset their losses. Companies that import electronics and furniture from China "
        'say they will pass the higher costs on to consumers. "This is a war of attrition '
        'and nobody wins," said the head of a retail lobby group. Stocks fell early on '
        "Friday but recovered after the Treasury secretary called the talks constructive. "
        "China's chief negotiator said the two sides would meet again in Beijing. Beijing "
        "has so far imposed tariffs on $110 billion of US goods. The dispute centres on "
        "Chinese industrial subsidies, technology transfer and market access. The "
        "International Monetary Fund has warned that a prolonged fight would weigh on "
        "global growth. The two sides agreed a truce in December, when the US president "
        "and his Chinese counterpart met in Buenos Aires and agreed to hold off on new "
        "tariffs while they negotiated. Officials had said a deal was close, before the "
        "US side accused China of backtracking on commitments. Chinese state media "
        "accused Washington of bullying.",
        "economy",
    ),
    N(
        "Suez Canal traffic climbs as carriers test return to Red Sea route",
        "CAIRO/COPENHAGEN - Traffic through the Suez Canal rose for a third month in a "
        "row in May, the canal authority said, as more container lines sent ships back "
        "through the Red Sea after more than a year of avoiding it. Revenue is still well "
        "below levels from before the crisis. The canal earned more than $9 billion in "
        "its best year, and its losses have been a heavy blow to Egypt's finances. "
        "Shipping companies began diverting vessels around the Cape of Good Hope in late "
        "2023, after Yemen's Houthi movement began attacking merchant ships it said were "
        "linked to Israel. The attacks stopped earlier this year, and no vessel has been "
        "targeted since, according to maritime security firms. Several large carriers "
        "have announced trial voyages, though the biggest say they will wait for more "
        'certainty. "Nobody wants to be the first to get it wrong," said an executive at '
        "a Danish shipping company. War-risk insurance premiums for the route have fallen "
        "from their peak but remain higher than before. The canal authority has offered "
        "discounts of up to 15% for large container ships to win back traffic. Analysts "
        "said a full return would release a lot of ship capacity and push freight rates "
        "down, which would be good for importers and bad for carriers' profits. The "
        "longer routes around Africa added up to two weeks to voyages between Asia and "
        "Europe. Ports in the Mediterranean, which lost transhipment business, also stand "
        "to gain. Egypt's government has said it expects canal revenues to return to "
        "previous levels within two years. The canal authority is also pressing ahead "
        "with plans to widen and deepen parts of the waterway. Economists said the "
        "recovery in canal income, along with tourism and remittances, would help ease "
        "the country's shortage of foreign currency.",
        "economy",
    ),
    N(
        "Supermarket price war squeezes margins as discounters grab share",
        "LONDON - Britain's big four supermarkets cut prices on hundreds of everyday "
        "items this month in the latest round of a price war that has squeezed their "
        "profits and handed market share to the German discounters Aldi and Lidl, "
        "industry data showed on Tuesday. Grocery prices were 1.2% lower than a year ago, "
        "the longest run of falling prices since records began. Aldi's market share rose "
        "to 6.2% in the 12 weeks to early September. Tesco, the market leader, has cut "
        "its range and invested in lower prices under its new chief executive, who has "
        'called the fight for shoppers a "battle for trust". Sainsbury\'s and Morrisons '
        "have done the same. Analysts said the big grocers were fighting a war they could "
        'not win on price alone. "The discounters have a cost base the big four can only '
        'dream of," said a retail analyst in London. Shoppers are also buying more often '
        "and in smaller amounts, visiting convenience stores and buying online, which has "
        "hit large out-of-town stores. Farmers' unions say the price cuts have pushed "
        "down what they are paid for milk, and some dairy farmers have protested outside "
        "supermarket depots. Tesco's shares have halved over two years. Suppliers "
        "complain that retailers pass the cost of promotions on to them. The competition "
        "regulator said it had no plans to investigate. Analysts expect the fighting to "
        "continue until at least one of the big grocers closes stores or merges. The fall "
        "in prices has been good news for shoppers, whose real incomes are growing again "
        "after years of squeeze. Economists say food deflation has helped to keep overall "
        "inflation close to zero. The Bank of England has kept interest rates at a record "
        "low. Retail analysts expect more price cuts before Christmas.",
        "economy",
    ),
    N(
        "Lebanon's banks freeze savings in worst crisis since civil war",
        "BEIRUT - Lebanese banks have tightened limits on withdrawals of dollars to as "
        "little as $100 a week, leaving depositors unable to reach their savings as the "
        "country sinks into its worst financial crisis since the 1975-1990 civil war. The "
        "Lebanese pound has lost more than half of its value on the parallel market. Many "
        "shops have closed, and prices of imported goods have risen sharply. Savers queue "
        "at bank branches for hours, and some have staged sit-ins inside banks to demand "
        "their money. The crisis has roots in decades of borrowing to fund a fixed "
        "exchange rate and a state bloated by political patronage. Economists say the "
        "banking system lent most of its deposits to the central bank and the government, "
        "which can no longer pay them back. The government said this month it would not "
        "pay a $1.2 billion Eurobond, the country's first default. \"My father saved for "
        '40 years, through the war and everything after, and now it is gone," said a '
        "teacher in Beirut. The prime minister has promised a rescue plan and said "
        "Lebanon would ask the International Monetary Fund for help. Bankers warn that "
        "any restructuring will wipe out their capital. Unemployment is rising fast, and "
        "the World Bank has warned that half of the population could fall into poverty. "
        "The country imports most of its food and fuel. Lebanon's civil war ended with an "
        "agreement that shared power between religious communities, a system many "
        "protesters now blame for the crisis. Protesters have accused the banks of "
        "smuggling billions of dollars abroad for politicians and wealthy clients after "
        "the restrictions were imposed, which the banks deny. The government has asked an "
        "international firm to audit the central bank. Remittances from Lebanese abroad, "
        "which once kept the economy afloat, have fallen.",
        "economy",
    ),
    # ------------------------------------------------------------ sport
    N(
        "From a Kabul childhood to Denmark's attack: the striker who never stops running",
        "COPENHAGEN - When she was ten, Farida Rahimi left Afghanistan with her mother "
        "and four sisters in the back of a truck, a few months after her father was "
        "killed during the war there. They reached Denmark after months of travelling and "
        "spent their first year in an asylum centre in Jutland, where she kicked a ball "
        "against a wall until a local coach saw her and invited her to train. Now 28, she "
        "is the top scorer in the Danish women's league and will lead Denmark's attack at "
        'the European Championship in the Netherlands this summer. "Football gave me a '
        'language before I had one," she said after training on Tuesday. Rahimi speaks '
        "five languages and is studying medicine, which she plans to practise after her "
        "playing career. Her coach describes her as the hardest worker in the squad. She "
        "scored twice in last month's friendly win over Sweden and has 31 goals in 58 "
        "internationals. Denmark are in a group with the Netherlands, Belgium and Norway, "
        "and open against Belgium in Doetinchem. Rahimi has not been back to Afghanistan "
        'since she left. She says she thinks of girls there who cannot play. "When I '
        'score, I hope some of them see it," she said. She has funded a small programme '
        "for girls' football in refugee communities in Denmark. The tournament begins on "
        "July 16, and Denmark's coach said his team could surprise people. Rahimi laughed "
        'when asked about the pressure. "After what my mother went through, this is '
        'nothing," she said. Denmark have never won the European Championship, and were '
        "knocked out in the quarter-finals at the last tournament in 2013. Their squad "
        "this year includes several players from top clubs in England, France and "
        "Germany. Rahimi joined a French club last summer and has scored 14 goals this "
        "season. Her coaches say her greatest talent is her reading of the game. She is "
        "not the fastest player in the squad, but she is rarely caught offside and she "
        'seems to know where the ball will fall before anyone else. "She sees things '
        'other players do not," said her club coach, who described her as a natural '
        "leader in the dressing room. Rahimi herself credits the coach in Jutland who "
        "first spotted her, and who drove her to training three times a week for years. "
        "She still calls him before every big match. Her mother, who works as a cleaner "
        "in a hospital, will travel to the Netherlands to watch her play for the first "
        "time at a major tournament.",
        "sport",
    ),
    N(
        "Ashes: England bombarded by short balls as Australia tighten grip",
        "LEEDS - Australia's fast bowlers laid siege to England's batsmen on the second "
        "day of the third Ashes Test at Headingley, bombarding them with short-pitched "
        "deliveries as the hosts were skittled for 67, their lowest total against "
        "Australia since 1948. Josh Hazlewood took five for 30 and Pat Cummins three for "
        "23 in an attack that gave England no respite. Only Joe Denly reached double "
        'figures. "It was a battle out there and we lost it," England\'s captain said. The '
        "collapse took just 27.5 overs, and several England batsmen were hit on the "
        "gloves and helmet. The crowd, which had arrived expecting a contest, fell silent "
        "as wickets tumbled after lunch. Australia then extended their lead to 283 by the "
        "close, with Marnus Labuschagne, who replaced the concussed Steve Smith, making "
        "an unbeaten 53. Smith was ruled out of the match after being struck on the neck "
        "by a bouncer at Lord's. Former England captains called the batting a disaster, "
        'and one said the team had "surrendered without a fight". England\'s coach '
        "defended his players, saying the pitch had offered plenty of movement. Australia "
        "lead the series 1-0 and need to win only one more match to retain the urn. The "
        'England camp will hope for a counter-attack on Saturday. "We have to come out '
        "firing,\" said the fast bowler Jofra Archer, who took six wickets in Australia's "
        "first innings. Rain is forecast for Sunday afternoon. England's selectors will "
        "meet next week to consider changes to the top order, which has failed repeatedly "
        "this summer. Several former players have called for the recall of an experienced "
        "opener. Australia have not won an Ashes series in England since 2001, and their "
        "captain said his team would not relax. Tickets for the remaining days at "
        "Headingley have sold out.",
        "sport",
    ),
    N(
        "Ukraine's footballers take pride in Euro run despite early exit",
        "STUTTGART - Ukraine went out of the European Championship on Wednesday after a "
        "goalless draw with Belgium left them bottom of a group in which all four teams "
        "finished on four points, the first time that has happened at a major tournament. "
        "Ukraine's coach said his players had given everything. \"We played for people at "
        'home who watched at night, under difficult conditions," he said. The players '
        "applauded thousands of Ukrainian fans behind the goal, many of whom live as "
        "refugees in Germany. Since Russia's full-scale invasion in 2022, Ukraine's "
        "domestic league has continued in empty stadiums, and the national team has "
        "played its home qualifiers abroad, in Poland, Germany and Slovakia. Several "
        "players spoke before the tournament about relatives who serve in the army. The "
        "team qualified through the play-offs in March with a late winner against Iceland "
        "in Wroclaw. In Germany, Ukraine lost their first match 3-0 to Romania, then came "
        "from behind to beat Slovakia 2-1 in Dusseldorf. The draw against Belgium was not "
        'enough, because of the goal difference. "We will come back stronger," the '
        "captain said. The team's federation said the players would visit children's "
        "hospitals in Kyiv on their return. Belgium go through to the knockout round, "
        "where they will face France. Ukraine's fans sang the national anthem in the rain "
        "long after the final whistle. Ukraine reached the quarter-finals at the last "
        "European Championship in 2021, their best result at the tournament. The coach, a "
        "former star striker, said he would stay on for the World Cup qualifiers in the "
        "autumn. Several of the squad play for clubs in Spain, England and Italy, and "
        "their transfer values have risen during the tournament.",
        "sport",
    ),
    N(
        "Fury and Wilder produce a heavyweight war for the ages",
        "LAS VEGAS - Tyson Fury knocked out Deontay Wilder in the 11th round on Saturday "
        "night to retain the WBC heavyweight title, ending a brutal trilogy fight that "
        "saw five knockdowns and had the crowd at T-Mobile Arena on its feet for most of "
        "the contest. Fury was knocked down twice in the fourth round and appeared close "
        "to defeat, but recovered to drop Wilder three times and finish him with a right "
        'hand. "That was a war," Fury said afterwards. "He hits like a truck." Wilder, '
        "whose right hand is considered one of the most powerful in boxing history, was "
        "taken to hospital for checks and did not speak to reporters. His trainer said he "
        "had shown great courage. Fury, who is unbeaten in 32 fights, had knocked out "
        "Wilder in their second fight last year, after a controversial draw in 2018. "
        "Analysts called it one of the greatest heavyweight fights in decades. Promoters "
        "said more than 15,000 people attended, and the fight was watched by millions on "
        "pay-per-view. Fury now wants to fight the winner of a rematch between Oleksandr "
        "Usyk and Anthony Joshua for the undisputed title. His promoter said negotiations "
        'would begin soon. "There is only one king of the heavyweights," Fury shouted '
        "into the microphone. He was cut above the eye and said he would take a long "
        "break with his family. Boxing writers ringside compared the fight to the great "
        "heavyweight contests of the 1970s. Both men were taken for medical checks after "
        "the bout as a precaution, and Fury's promoter said he was in good condition. "
        "Ringside judges had Fury ahead on two of the three cards at the time of the "
        "stoppage. Betting companies said the fight had drawn record wagers.",
        "sport",
    ),
    N(
        "Refugee runner who fled South Sudan carries flag at Rio opening",
        "RIO DE JANEIRO - Yiech Pur Biel walked into the Maracana stadium on Friday night "
        "behind the Olympic flag, as part of the first team of refugees ever to compete "
        "at the Games. The 21-year-old 800-metre runner fled fighting in South Sudan "
        "alone in 2005, at the age of ten, and grew up in the Kakuma refugee camp in "
        'northern Kenya, where he started running on dirt tracks without shoes. "I am '
        'running for all the refugees in the world," he said this week. The team of ten '
        "athletes, from South Sudan, Syria, Ethiopia and Democratic Republic of Congo, "
        "was created by the International Olympic Committee to draw attention to the "
        "millions of people displaced around the world. Five of them trained together at "
        "a camp near Nairobi run by the former marathon world record holder Tegla "
        "Loroupe. Biel's personal best is well outside Olympic qualifying standards, and "
        "he does not expect to reach the final. He said he had not seen his family since "
        'he left and did not know where they were. "If they see me on television, maybe '
        'they will know I am alive," he said. The crowd rose to applaud the team as it '
        'entered the stadium. The IOC president called the athletes "a symbol of hope". '
        "Biel runs in the heats on Wednesday. He wants to study and become a coach after "
        "the Games. The IOC said the athletes had been chosen on the basis of their "
        "sporting ability, their official refugee status and their personal situation. "
        "They will compete in athletics, swimming, judo and other sports. Two swimmers "
        "from Syria and two judoka from Congo are among the team. Kakuma camp, near the "
        "border with South Sudan, is home to more than 180,000 people.",
        "sport",
    ),
    N(
        "Rival fans brawl before Warsaw derby, dozens detained",
        "WARSAW - Police detained 38 people after hundreds of supporters of two Polish "
        "football clubs fought with belts, bottles and flares in a park near the national "
        "stadium before Saturday's league match, officers said. Eleven people were taken "
        "to hospital with cuts and bruises, none of them seriously hurt. Videos posted "
        "online showed masked men in club scarves charging each other across a car park "
        "as families ran for cover. The two groups had arranged to meet, police said, and "
        "officers separated them within minutes. The match went ahead under heavy police "
        "presence and finished 2-1 to the home side. The league said both clubs would "
        "face disciplinary proceedings and could be ordered to play games behind closed "
        'doors. "These people are not football fans," the home club\'s president said. '
        "Hooliganism has long been a problem in Polish football, with organised groups "
        "that train for fights in forests. Several stadiums have installed facial "
        "recognition cameras, and the government has banned hundreds of known hooligans "
        "from matches. The interior minister said offenders would be punished severely "
        "and that the ban lists would be extended. The home team moved to third place in "
        "the table with the win. Their coach said the atmosphere inside the stadium had "
        'been "fantastic" and regretted the scenes outside. The next round is played next '
        "weekend. Police said most of those detained were men aged between 18 and 35, and "
        "several were already banned from stadiums. Prosecutors said they would seek "
        "fast-track trials. Supporters' groups from both clubs condemned the violence in "
        "statements on social media, though one of them blamed the other side for "
        "starting it. The football association said it was reviewing its security rules.",
        "sport",
    ),
]
