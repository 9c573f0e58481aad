"""eval/dev28 negatives, part A: economy, sport, culture, history, peace and politics.

Whole articles that mention war or violence only as background, history, fiction or metaphor.
See labels.py for P and N.
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
    # ------------------------------------------------------------ entertainment
    N(
        "Review: 'The Ninth Winter' turns the siege of Sarajevo into a quiet masterpiece",
        "There are no battle scenes in The Ninth Winter, and the film is all the more "
        "devastating for it. The Bosnian director's third feature, which premiered at the "
        "Berlin festival last week, follows a family of four in a Sarajevo apartment "
        "block during the siege of the city in the 1990s, over a single winter when "
        "water, electricity and heating have all but disappeared. We hear shells falling "
        "on the hills and sniper fire in the streets, but the camera almost never leaves "
        "the apartment. The father, a cellist played with weary grace by a veteran of the "
        "Sarajevo stage, breaks up the furniture for firewood. The mother trades her "
        "jewellery for flour. Their teenage daughter falls in love with a boy from the "
        "floor below. The film is shot in cold greys and browns, and its sound design "
        "makes the city outside a constant presence. Some will find its pace slow: at two "
        "hours and forty minutes, it asks for patience. But the final scene, in which the "
        "family listens to a neighbour play the piano by candlelight, earned a long "
        "standing ovation at the premiere. The director, who was a child in Sarajevo "
        "during the siege, said at a press conference that she wanted to show how people "
        'kept their dignity. "War films usually look at soldiers," she said. "I wanted to '
        'look at the kitchen." The film opens in cinemas in the spring. It is the '
        "strongest contender for the Golden Bear so far. The film was made on a small "
        "budget with money from Bosnia, Croatia and France, and was shot in an apartment "
        "block in Sarajevo that still bears the marks of shrapnel. Several of the actors "
        "lived through the siege themselves. The director said she had spent ten years "
        "writing the script and interviewing neighbours about their memories. What makes "
        "the film remarkable is its attention to small gestures: the way the mother "
        "counts out the matches, the way the father tunes his cello in the cold, the way "
        "the daughter paints her nails with a neighbour's last bottle of varnish before a "
        "date. The script, written with a novelist who also grew up in the city, is "
        "sparing with dialogue, and there are long passages in which nobody speaks. The "
        "cinematographer lights most scenes with candles and oil lamps, and the darkness "
        "of the apartment becomes a character in itself. The few moments of humour land "
        "all the harder for it, especially a dinner scene in which the family pretends to "
        "eat a feast. International sales have already been agreed for most of Europe, "
        "and the film is expected to be Bosnia's entry for the international feature "
        "award.",
        "entertainment",
    ),
    N(
        "Game review: 'Iron Front 4' is a loud, hollow trip to war",
        "The latest instalment of one of gaming's biggest military shooter series arrives "
        "with more explosions than ever and less to say. Iron Front 4, released on Friday "
        "for consoles and PC, drops players into a fictional war between two invented "
        "states in Eastern Europe. Its campaign lasts about six hours and follows a "
        "special forces squad through night raids, tank battles and an airborne assault "
        "on a dam. The graphics are stunning: smoke drifts across ruined streets, and the "
        "sound of artillery rattles the controller. But the story is a collection of "
        "clichés, with a traitor in the ranks and a final mission to stop a missile "
        "launch. Multiplayer is where most people will spend their time, and here the "
        "game is on firmer ground. The new maps are well designed, and a mode in which 64 "
        "players fight for control of an airfield is chaotic fun. Weapon balance needs "
        "work: one assault rifle is far too strong. The publisher says it will release "
        "fixes within weeks. The game also has an aggressive system of in-game purchases "
        "for weapon skins. Veterans' groups have criticised a mission in which players "
        "torture a prisoner, which can be skipped. The developer said the scene was meant "
        "to show the moral cost of war. Fans of the series will find what they expect. "
        "Others may wonder why a game about war has so little to say about it. Score: 6 "
        "out of 10. The game's publisher has said the series has sold more than 60 "
        "million copies. Pre-orders for this instalment were the highest in the "
        "franchise's history, according to the company. Reviewers have generally praised "
        "the multiplayer modes and criticised the campaign. A free update with new maps "
        "is planned for the spring.",
        "entertainment",
    ),
    N(
        "A Biafran childhood, told without mercy and without self-pity",
        "LAGOS - The Nigerian novelist's new book opens in Enugu in 1967, with a "
        "nine-year-old boy watching his father bury the family's radio in the garden as "
        "the civil war begins. Over the next 400 pages, the boy, his mother and his two "
        "sisters flee from town to town as the secessionist state of Biafra shrinks, "
        "until they end up in a refugee camp where children die of hunger every day. The "
        "novel, The Salt of Umuahia, was published this week in Lagos and London, and has "
        "already been longlisted for a major prize. The author, who was born in 1959, has "
        "said that much of the story is drawn from her own family's memories. She writes "
        "with a cool precision about terrible things: the air raids on markets, the "
        "soldiers at roadblocks, the kwashiorkor that swells children's bellies. But the "
        "book is also full of humour, in the boy's wicked descriptions of adults and in "
        "the songs his mother sings to keep them walking. Critics in Nigeria have praised "
        "it for breaking a silence: the war, in which more than a million people are "
        'estimated to have died, is still rarely taught in Nigerian schools. "We have not '
        'finished talking about it," the author said at a reading at a Lagos bookshop on '
        "Saturday, where the queue stretched into the street. She is already working on a "
        "sequel set in the 1970s. The book will be translated into French and German next "
        "year. The author's previous books, a collection of short stories and a novel set "
        "in Lagos in the 1980s, were praised for their humour and their ear for dialogue. "
        "She teaches creative writing at a university in the United States and spends "
        "part of each year in Enugu. Her publisher said it had ordered a second printing "
        "in Nigeria after the first sold out in days. The novel's greatest strength is "
        "its narrator's voice, which grows older as the book goes on without ever losing "
        "the boy's eye for the absurd. In one chapter, he and his sisters are sent to "
        "collect lizards for dinner, and turn the hunt into a competition with a ledger "
        "of points. In another, he watches the adults argue over a radio broadcast and "
        "decides that grown-ups lie about everything. The final section, set in the "
        "months after the war, is the most moving, as the family returns to a house that "
        "strangers have lived in and tries to pick up the pieces. Some readers may find "
        "the detail of the camp hard to bear. But the author never turns suffering into "
        "spectacle, and she gives her characters the dignity of complicated lives.",
        "entertainment",
    ),
    N(
        "Photographer's retrospective shows five decades of war",
        "LONDON - A major retrospective of the work of a British war photographer opened "
        "at a London gallery on Wednesday, bringing together more than 250 pictures from "
        "Vietnam, Biafra, Lebanon, Northern Ireland and the Balkans. The photographer, "
        "now 83, walked visitors through the rooms himself at a preview, stopping in "
        'front of a famous picture of a shell-shocked soldier in Hue in 1968. "I have '
        'spent my life looking at things nobody should see," he said. The exhibition is '
        "arranged by decade, and most of the prints are black and white, printed by the "
        "photographer in his own darkroom. One room is devoted to pictures of the English "
        "countryside near his home in Somerset, which he began taking in the 1990s, when "
        "he said he could no longer bear to go to wars. Critics have praised the show's "
        "refusal to turn suffering into spectacle. The gallery has placed warnings at the "
        "entrance to several rooms. Curators said they had worked with the photographer "
        "for three years on the selection, going through tens of thousands of negatives. "
        "The exhibition also includes his cameras, press passes and a helmet he wore in "
        "Beirut. It runs until May, and will then travel to Paris and New York. Tickets "
        'cost 18 pounds, with free entry for under-18s. "I hope young people come," the '
        'photographer said. "They need to know what war does." The photographer began his '
        "career in the 1950s, taking pictures of gangs in the north London neighbourhood "
        "where he grew up, before a newspaper sent him abroad. He has published more than "
        "a dozen books. The gallery said it expected the exhibition to be one of the most "
        "visited of the year.",
        "entertainment",
    ),
    N(
        "TV review: a Troubles drama that finds the human scale",
        "BELFAST - The new six-part drama that began on Sunday night is set in a Belfast "
        "street in 1974, at the height of the conflict in Northern Ireland known as the "
        "Troubles, and follows two families, one Catholic and one Protestant, whose "
        "teenage children become friends. It could easily have been a lesson in history. "
        "Instead, the first episode is funny, warm and only occasionally frightening. The "
        "writer, who grew up in north Belfast, fills the screen with period detail: the "
        "army patrols, the checkpoints, the burned-out buses, the sound of helicopters at "
        "night. A bomb scare at a shop forms the climax of the first episode, and it is "
        "handled with great restraint. The young cast is excellent, especially the "
        "newcomer who plays the Protestant girl with a sharp tongue and a secret. Some "
        "viewers in Northern Ireland have criticised the series on social media for its "
        "accents and for portraying the era too lightly. The writer told a radio "
        'interviewer that she wanted to show how ordinary life went on. "People fell in '
        'love, went to discos, failed exams," she said. "That is part of the story too." '
        "The broadcaster said the first episode drew almost five million viewers, a "
        "strong figure for a drama on a Sunday night. The remaining episodes will be "
        "shown weekly, and the whole series is available to stream. The series was filmed "
        "in Belfast and Derry last year, and many of the extras were local residents. The "
        "writer said she had interviewed dozens of people from both communities about "
        "their teenage years. More than 3,500 people died during the Troubles, which "
        "ended with the Good Friday Agreement of 1998. A second series has not yet been "
        "announced.",
        "entertainment",
    ),
    # ------------------------------------------------------------ history
    N(
        "Srebrenica buries seven more victims, 30 years after the massacre",
        "POTOCARI, Bosnia and Herzegovina - Tens of thousands of people gathered at the "
        "memorial cemetery in Potocari on Friday to mark 30 years since Bosnian Serb "
        "forces killed about 8,000 Muslim men and boys after overrunning the UN-protected "
        "enclave of Srebrenica, the worst atrocity in Europe since the Second World War. "
        "The remains of seven victims, identified over the past year through DNA "
        "analysis, were laid to rest in coffins draped in green cloth. The youngest was "
        "19 when he was killed. Relatives wept as the coffins were passed from hand to "
        'hand. "I have waited 30 years to bury my father," said a woman who was six in '
        "July 1995. Thousands of people took part in a three-day peace march along the "
        "route taken by men who tried to escape through the forest. International courts "
        "have ruled that the killings were genocide, and Bosnian Serb wartime leaders "
        "have been convicted. Last year, the UN General Assembly declared July 11 an "
        "international day of remembrance. Some Bosnian Serb politicians still deny that "
        "genocide took place, and survivors say that denial remains a wound. Dutch "
        "veterans of the UN battalion that failed to protect the enclave attended the "
        "ceremony. About 1,000 victims are still missing. Forensic teams continue to "
        "search mass graves in the hills around the town. The memorial centre has opened "
        "a new exhibition of personal belongings found with the remains. The remains were "
        "found in mass graves that had been disturbed by bulldozers after the killings, "
        "in an attempt to hide the evidence, and bones of a single victim were sometimes "
        "found in several sites. Families of the missing say they will keep searching. "
        "The memorial cemetery now holds the graves of more than 6,700 victims. Among "
        "those buried on Friday was a man whose remains had been found in four different "
        "graves; his widow had decided to bury him even though parts were still missing, "
        'because she did not want to wait any longer. "I am 74," she said. "I want him to '
        'rest, and I want to know where to pray." The memorial centre, built in the '
        "former battery factory that served as the Dutch battalion's base, receives tens "
        "of thousands of visitors a year, many of them school groups from across Europe. "
        "Its director said the centre was collecting the testimonies of survivors before "
        "it was too late, and that hundreds of hours of interviews had been recorded so "
        "far. Mothers of the victims, who have campaigned for decades, said they would "
        "keep coming to Potocari every July as long as they could walk.",
        "history",
    ),
    N(
        "Rwanda lights flame of remembrance 30 years after genocide",
        "KIGALI - Rwanda's president lit a flame of remembrance at the Kigali Genocide "
        "Memorial on Sunday, beginning a week of national mourning to mark 30 years since "
        "the genocide in which more than 800,000 people, most of them Tutsi, were killed "
        "in 100 days. Foreign leaders, including a former US president, laid wreaths at "
        "the memorial, where the remains of more than 250,000 victims are buried. In a "
        "speech at the BK Arena, the president said the international community had "
        "failed Rwanda and that the country's people had chosen to rebuild together. \"Our "
        'people will never, ever be left for dead again," he said. Survivors told of the '
        "killings they witnessed and the neighbours who hid them. Rwanda has since become "
        "one of the fastest-growing economies in Africa, though critics accuse the "
        "government of stifling dissent. Commemoration events are held across the "
        "country, and every April schools teach children about the genocide. The French "
        "president said in a video message that France could have stopped the genocide "
        "but lacked the will to do so. A candlelit vigil was held in the evening. "
        "Counsellors were on hand at the stadium for those overcome by memories; trauma "
        "among survivors remains widespread, health workers say. The remains of victims "
        "are still being found, most recently in a village in the south where mass graves "
        "were discovered last year under houses. Rwanda has tried thousands of people for "
        "their role in the genocide, many of them in community courts known as gacaca. An "
        "international tribunal in Tanzania convicted dozens of senior figures. Some "
        "suspects are still at large, and prosecutors continue to pursue them in Europe "
        "and Africa.",
        "history",
    ),
    N(
        "Veterans return to Normandy beaches for D-Day's 80th anniversary",
        "OMAHA BEACH, France - Dozens of Second World War veterans, most of them aged "
        "over 98, returned to the beaches of Normandy on Thursday to mark the 80th "
        "anniversary of the D-Day landings, joined by heads of state from the United "
        "States, Britain, Canada, Germany and Ukraine. The landings on June 6, 1944, in "
        "which more than 150,000 Allied troops came ashore, began the liberation of "
        "western Europe from Nazi occupation. Thousands of soldiers died on the first "
        "day. At the American cemetery above Omaha Beach, the veterans were saluted one "
        'by one as their names were read out. "I am no hero; the heroes are buried here," '
        "said a 100-year-old former paratrooper from Ohio. The British ceremony was held "
        "at the memorial at Ver-sur-Mer, where the names of 22,442 service personnel "
        "under British command who died in the Battle of Normandy are engraved. The "
        "French president presented the Legion of Honour to several veterans. Crowds "
        "lined the roads of nearby villages, many wearing period clothes, and restored "
        "jeeps and tanks paraded through the streets. Vintage aircraft flew over the "
        "beaches and parachutists jumped over Sainte-Mere-Eglise. Organisers said it was "
        "likely to be the last major anniversary attended by veterans. Historians spoke "
        "of the importance of passing on their memories. School groups from across Europe "
        "visited the beaches in the afternoon. The D-Day landings were the largest "
        "seaborne invasion in history, involving nearly 7,000 ships and landing craft. "
        "Allied troops landed on five beaches, code-named Utah, Omaha, Gold, Juno and "
        "Sword. Normandy's tourism office said it expected record numbers of visitors "
        "this year, and hotels in the area were fully booked for the week.",
        "history",
    ),
    N(
        "Thousands leave homes as army removes WWII bomb from Plymouth garden",
        "PLYMOUTH, England - More than 10,000 people were evacuated from their homes in "
        "Plymouth on Friday as army bomb disposal experts removed an unexploded Second "
        "World War bomb found in a back garden, in one of the largest peacetime "
        "evacuations in Britain. The 500-kg German device was discovered by a resident "
        "digging foundations for an extension on Tuesday. Police set up a cordon of 300 "
        "metres, closed roads and suspended trains. After two days of planning, the bomb "
        "was loaded onto a military lorry and driven through the city, escorted by "
        "police, to the port, where it was taken out to sea by a navy team and detonated "
        "in a controlled explosion. Crowds gathered on the seafront to watch the plume of "
        'water. "It was like a state funeral," said a man who watched the convoy pass. '
        "Residents who had spent the night in a leisure centre were allowed home on "
        "Friday evening. The council thanked them for their patience. Plymouth, home to a "
        "major naval base, was heavily bombed in 1941, when more than 1,000 civilians "
        "were killed. Experts say thousands of unexploded bombs remain buried under "
        "British cities. The army's bomb disposal units are called out hundreds of times "
        "a year, most often to small shells and grenades. The resident who found the bomb "
        "said he would finish his extension once the garden had been checked. The "
        "operation was one of the largest of its kind in Britain since the war, the army "
        "said. Schools in the area were closed for the day, and bus services were "
        "diverted. A local bakery handed out free pastries to evacuated residents at the "
        "leisure centre. The council said it would review how it communicated with people "
        "during the evacuation.",
        "history",
    ),
    N(
        "Hiroshima marks 80 years since atomic bombing with call to abolish weapons",
        "HIROSHIMA, Japan - The bell of peace tolled in Hiroshima at 8:15 in the morning "
        "on Wednesday, the moment 80 years ago when a US atomic bomb exploded over the "
        "city, as tens of thousands of people bowed their heads in silence at the Peace "
        "Memorial Park. Representatives of a record number of countries attended the "
        "ceremony. The bomb killed an estimated 140,000 people by the end of 1945, and "
        "three days later a second bomb destroyed much of Nagasaki. Japan surrendered "
        "weeks later, ending the Second World War. The mayor of Hiroshima, in his peace "
        "declaration, warned that nuclear deterrence was gaining ground among world "
        "leaders and called on Japan to join the treaty banning nuclear weapons. The "
        "prime minister said Japan would work towards a world without nuclear weapons. "
        "The average age of the survivors, known as hibakusha, is now over 86, and their "
        "number has fallen below 100,000 for the first time. Last year, a group of "
        'survivors won the Nobel Peace Prize for their campaign. "I want the young to '
        'carry our voices," said a 91-year-old woman who was a schoolgirl at the time of '
        "the bombing. Students read their own pledge for peace. In the evening, thousands "
        "of paper lanterns were floated on the river that runs past the skeleton of the "
        "Atomic Bomb Dome. The museum at the park recorded its highest number of foreign "
        "visitors this year. Russia and Belarus were not invited to the ceremony, as in "
        "previous years. Survivors' groups have urged Japan, which relies on the US "
        "nuclear umbrella, to attend meetings of the nuclear weapons ban treaty as an "
        "observer. Nagasaki will hold its own ceremony on Saturday.",
        "history",
    ),
    N(
        "Paris remembers the night of November 13, ten years on",
        "PARIS - The French president and the mayor of Paris laid wreaths on Thursday at "
        "the Stade de France, the cafe terraces of the 10th and 11th districts and the "
        "Bataclan concert hall, ten years after coordinated attacks by Islamic State "
        "gunmen and suicide bombers killed 130 people in the city. Names of the victims "
        "were read out at each site, and survivors and relatives held a minute's silence. "
        "A memorial garden was inaugurated next to the city hall, with stones bearing the "
        'names of those who died. "Ten years, and it feels like yesterday and a '
        'lifetime," said a man who survived the attack on the Bataclan, where 90 people '
        "were killed during a rock concert. The only surviving member of the group of "
        "attackers was sentenced to life in prison in 2022 after a trial that lasted ten "
        "months. Victims' associations said many survivors still suffer from trauma and "
        "have struggled to obtain compensation. The attacks led to a state of emergency "
        "that lasted two years and to new security laws that civil liberties groups "
        "criticised. In the evening, the Bataclan, which reopened in 2016, held a concert "
        "by musicians who had played there before the attack. Candles and flowers were "
        "placed outside the cafes Le Carillon and Le Petit Cambodge. Teachers have been "
        "given material to explain the attacks to pupils who were born after them. The "
        "attacks were planned from Syria and Belgium, and several members of the group "
        "were later killed or arrested in Brussels. France has since reorganised its "
        "intelligence services and increased spending on security. A museum dedicated to "
        "the victims of terrorism is due to open near Paris in the coming years.",
        "history",
    ),
    # ------------------------------------------------------------ peace
    N(
        "Colombia and FARC sign peace deal ending half a century of war",
        "CARTAGENA, Colombia - Colombia's president and the leader of the Revolutionary "
        "Armed Forces of Colombia signed a peace agreement on Monday in front of heads of "
        "state, the UN secretary-general and thousands of guests dressed in white, "
        "formally ending a conflict that has lasted 52 years. The signing took place in "
        "the walled city of Cartagena, and the two men used a pen made from a bullet. "
        '"Welcome to democracy," the president told the former rebels. The guerrilla '
        "leader asked the victims of the conflict for forgiveness. The war has killed "
        "more than 220,000 people and displaced millions, according to official "
        "estimates. Under the deal, negotiated over four years in Havana, the FARC's "
        "roughly 7,000 fighters will hand their weapons to UN monitors within six months "
        "and form a political party, which will be guaranteed seats in Congress. A "
        "special court will try war crimes, offering lighter sentences to those who "
        "confess. Colombians will vote on the agreement in a referendum next week. Polls "
        "suggest it will be approved, though a former president has led a campaign "
        "against it, arguing that it is too lenient. Fighters at camps in the jungle "
        "watched the ceremony on television, and some said they hoped to study or farm. "
        "Business leaders said peace could add a percentage point to annual growth. The "
        "government is also in preliminary talks with the smaller ELN guerrilla group. "
        "The talks began in Havana in 2012, with Cuba and Norway as guarantors. The "
        "agreement covers rural development, political participation, illicit drugs and "
        "the rights of victims, and includes a programme to help coca farmers switch to "
        "other crops. The president said he would dedicate himself to making the peace "
        "work. In the crowd in Cartagena, many guests wore white and waved small flags "
        "bearing the word peace. A group of victims of the conflict, including women "
        "whose relatives had been kidnapped by the rebels and others whose families had "
        'been killed by paramilitaries, sat near the front. "I did not think I would live '
        'to see this day," said a woman from the department of Choco whose son '
        "disappeared in 2002. Some of the victims had met the rebel commanders during the "
        "talks in Havana, and several said they had forgiven them. Others said they would "
        "vote against the deal in the referendum, because they did not want former rebels "
        "to sit in Congress without serving prison sentences. Fighter jets flew over the "
        "old city at the end of the ceremony, briefly startling some of the guests.",
        "peace",
    ),
    N(
        "Families reunite as Ethiopia and Eritrea reopen border crossings",
        "ZALAMBESSA, Ethiopia - Hundreds of people crossed the border between Ethiopia "
        "and Eritrea on foot on Tuesday, many embracing relatives they had not seen for "
        "two decades, as the two countries reopened crossing points that had been closed "
        "since their war of 1998 to 2000. Ethiopia's prime minister and Eritrea's "
        "president attended a ceremony at the Bure crossing, near the Eritrean port of "
        "Assab, and then at Zalambessa, where they marked the Ethiopian new year with "
        "soldiers from both armies. The two countries signed a peace declaration in July, "
        "ending a state of war that lasted long after the fighting stopped. Flights "
        'between the capitals resumed weeks ago, and phone lines have been restored. "My '
        'sister was a young woman when I last saw her; now she has grandchildren," said a '
        "man who had come from Adigrat. Traders said they hoped to sell teff, cement and "
        "clothes across the border. Ethiopia says it will withdraw troops from the "
        "disputed border town of Badme, as required by an international ruling in 2002. "
        "The reconciliation has been praised around the world, and the UN is expected to "
        "lift sanctions on Eritrea. The war killed tens of thousands of soldiers. Eritrea "
        "remains one of the world's most closed countries, and diplomats say its economy "
        "will need years to open up. Buses between Mekelle and Asmara are expected to "
        "start running next month. The rapprochement began after Ethiopia's new prime "
        "minister, who took office in April, said he would accept the border ruling in "
        "full. Eritrea's president visited Addis Ababa in July, his first trip there in "
        "more than two decades, and the two countries reopened embassies. Ethiopian "
        "Airlines has begun daily flights to Asmara.",
        "peace",
    ),
    N(
        "Former Moro rebels hand in guns as Bangsamoro decommissioning begins",
        "SULTAN KUDARAT, Philippines - More than 1,000 fighters of the Moro Islamic "
        "Liberation Front handed in their weapons on Saturday in a ceremony attended by "
        "the Philippine president, the first large batch in a process meant to turn "
        "40,000 former rebels into civilians. The fighters, some of whom had spent "
        "decades in the jungle, lined up to register their rifles, grenade launchers and "
        "mortars with an international body made up of officials from Turkey, Norway, "
        "Brunei and the Philippines. The weapons will be stored and later destroyed. In "
        "exchange, each fighter will receive a cash grant and help with housing, training "
        'and farming. "I was 15 when I took up arms; I am 48 now and I want my children '
        'to go to school," said one former commander. The decommissioning is part of a '
        "peace agreement signed in 2014 that ended one of Asia's longest insurgencies, in "
        "which more than 120,000 people are estimated to have died. A new autonomous "
        "region, Bangsamoro, was created this year after a referendum, and MILF leaders "
        "now run its interim government. The president said the government would keep its "
        "promises. Analysts say the success of the process will depend on whether the "
        "economy of the region, one of the poorest in the country, improves. Officials "
        "said the next batch of fighters would hand in their weapons next year. The MILF "
        "broke away from another rebel group in the late 1970s and signed a ceasefire "
        "with the government in the 1990s, which was broken several times before the "
        "final peace deal. The interim government will run the region until elections "
        "scheduled for 2022. Officials said the ceremony was a sign that the peace "
        "process was on track.",
        "peace",
    ),
    N(
        "Sudan signs peace deal with rebel alliance in Juba",
        "JUBA - Sudan's transitional government signed a peace agreement with an alliance "
        "of rebel groups on Saturday in the South Sudanese capital, in a ceremony "
        "attended by the leaders of several neighbouring countries. The deal is meant to "
        "end conflicts in Darfur, South Kordofan and Blue Nile that have lasted nearly "
        "two decades. Under the agreement, the rebel groups will get seats in the "
        "transitional government and parliament, and their fighters will be integrated "
        "into the army and police. It also provides for the return of displaced people "
        "and compensation for victims. Hundreds of people in Juba danced and waved flags "
        'after the signing. "Today we close a dark page," said the head of Sudan\'s '
        "sovereign council. The conflicts began in 2003, when rebels in Darfur rose "
        "against the government in Khartoum, and the UN has estimated that 300,000 people "
        "died there. Two major groups did not sign, including a faction of the Sudan "
        "Liberation Movement that controls parts of the Jebel Marra mountains, and talks "
        "with them continue. Analysts said implementation would be costly at a time when "
        "Sudan's economy is in crisis, with inflation above 160%. The UN envoy welcomed "
        "the deal. The government of South Sudan, which mediated the talks, said it hoped "
        "the agreement would bring stability to both countries. Displaced people in camps "
        "in Darfur said they would wait to see whether it changed their lives. The "
        "transitional government took office last year after months of protests that led "
        "to the removal of Omar al-Bashir. The prime minister has made peace with the "
        "rebel groups one of his priorities. Under the agreement, the transition period "
        "will be extended, with elections expected in 2024.",
        "peace",
    ),
    N(
        "Armenia and Azerbaijan agree text of peace treaty",
        "YEREVAN/BAKU - Armenia and Azerbaijan have agreed on the text of a peace treaty "
        "meant to end nearly four decades of conflict between the two South Caucasus "
        "neighbours, their foreign ministries said on Thursday. The announcement came "
        "after months of talks on the wording of 17 articles, including mutual "
        "recognition of territorial integrity and a commitment not to station "
        "third-country forces along the border. Azerbaijan said it would sign the treaty "
        "only after Armenia changed its constitution to remove what Baku sees as a "
        "territorial claim on Nagorno-Karabakh. Armenia's prime minister said a new "
        'constitution would be put to a referendum, but gave no date. "This is a historic '
        'chance for peace," he told parliament. The two countries fought wars over '
        "Karabakh in the early 1990s and in 2020, and Azerbaijan took full control of the "
        "region in 2023. The border between them, much of which has never been "
        "demarcated, remains closed. Commissions from both sides have agreed on the first "
        "stretches of the frontier in the north. The European Union has a civilian "
        "monitoring mission on the Armenian side. Russia, Armenia's traditional ally, "
        "said it welcomed the agreement. Analysts said many obstacles remained, including "
        "the question of transport links through southern Armenia. Both governments said "
        "they expected trade to grow once the treaty is signed. The European Union and "
        "the United States have both offered to host a signing ceremony. Armenia has been "
        "seeking to reduce its dependence on Russia and has frozen its participation in a "
        "Moscow-led security alliance. Azerbaijan's president said the agreement would "
        "open a new era in the region.",
        "peace",
    ),
    N(
        "Yemen's warring parties agree to extend UN truce by two months",
        "AMMAN - Yemen's warring parties agreed on Tuesday to extend a UN-brokered truce "
        "by two more months, hours before it was due to expire, the UN envoy said. The "
        "truce, which first took effect in April, is the longest lull in seven years of "
        "war between the Iran-aligned Houthi movement and a Saudi-led coalition backing "
        "the government. It has allowed fuel ships to enter the port of Hodeidah and "
        "commercial flights to resume from Sanaa airport for the first time since 2016. "
        '"The truce has delivered tangible benefits," the envoy said, urging the parties '
        "to agree on a longer deal. Aid groups say the truce has let families travel and "
        "trade more freely. Talks on reopening roads around the city of Taiz, closed for "
        "years, have made little progress, and the Houthis have called for government "
        "salaries to be paid in areas they control. The United Nations and Oman mediated "
        "the extension. The war has killed tens of thousands of people and pushed "
        "millions to the edge of famine, according to the UN, which still calls Yemen one "
        "of the world's worst humanitarian crises. Fuel queues in Sanaa have shortened "
        "since the truce began. The UN said it hoped to use the next two months to "
        "negotiate an expanded agreement, including a ceasefire and a political process. "
        "Saudi Arabia welcomed the extension. The truce includes a halt to offensive "
        "military operations inside Yemen and across its borders. Diplomats said Saudi "
        "Arabia was keen to end its involvement in the war. The United States welcomed "
        "the extension and praised the role of Saudi Arabia and Oman in securing it.",
        "peace",
    ),
    # ------------------------------------------------------------ politics
    N(
        "EU adopts 14th sanctions package against Russia, targeting LNG",
        "BRUSSELS - European Union governments adopted a 14th package of sanctions "
        "against Russia on Monday, banning for the first time the re-export of Russian "
        "liquefied natural gas through EU ports, after weeks of negotiations in which "
        "Hungary and Germany sought changes. The package also adds dozens of ships of "
        "Moscow's so-called shadow fleet of tankers to a blacklist and targets companies "
        "in China and elsewhere accused of helping Russia obtain technology. EU foreign "
        'ministers, meeting in Luxembourg, welcomed the agreement. "We keep up the '
        "pressure on Moscow to end its war,\" the bloc's foreign policy chief said. The EU "
        "has imposed sanctions on Russia since it invaded Ukraine in 2022 and annexed "
        "Crimea in 2014. The LNG measures do not ban imports of Russian gas for EU "
        "consumption, which some member states still rely on. Germany had sought to "
        "soften a provision making EU companies responsible for the actions of their "
        "subsidiaries abroad. Russia's foreign ministry called the sanctions illegal and "
        "said they would hurt Europe more than Russia. Analysts said the measures would "
        "have limited effect on Russia's revenues, as most of its LNG can find other "
        "buyers. The EU is also working on a plan to use profits from frozen Russian "
        "central bank assets to help Ukraine. Ministers also discussed the bloc's "
        "relations with China and the situation in Georgia. EU diplomats said the shadow "
        "fleet measures were meant to make it harder for Russia to sell oil above a price "
        "cap set by Western countries. Shipping data show that Russia has built up a "
        "fleet of hundreds of older tankers to carry its oil. Hungary has repeatedly held "
        "up sanctions decisions, arguing that they hurt Europe's economy.",
        "politics",
    ),
    N(
        "Shutdown battle drags on as Congress trades blame over wall",
        "WASHINGTON - The partial shutdown of the US government entered its fourth week "
        "on Saturday, becoming the longest in the country's history, as the president and "
        "Democratic leaders in Congress remained at war over his demand for $5.7 billion "
        "to build a wall on the border with Mexico. About 800,000 federal workers missed "
        "their first paychecks on Friday. Some have turned to food banks, and airports "
        "have reported longer lines at security checkpoints as screeners called in sick. "
        "The president has threatened to declare a national emergency to fund the wall "
        'without Congress. "We are in a battle for the soul of our border," he said at '
        'the White House. The Democratic speaker of the House said the wall was "immoral" '
        "and that her party would not give in to hostage-taking. Republicans in the "
        "Senate are divided, with some urging the president to end the stand-off and "
        "others holding firm. Economists say the shutdown is cutting growth each week it "
        "lasts. Museums in Washington have closed, and national parks are running without "
        "staff. The Coast Guard, which is part of the Department of Homeland Security, is "
        "working without pay. Polls show most Americans blame the president for the "
        "shutdown. Negotiations at the White House broke down on Wednesday when the "
        "president walked out of a meeting. No new talks were scheduled. The shutdown "
        "began on December 22 after Congress failed to agree on a spending bill that "
        "included money for the wall. The president had promised during his campaign that "
        "Mexico would pay for it. Democrats took control of the House of Representatives "
        "in January after winning the midterm elections.",
        "politics",
    ),
    N(
        "Gabon officers announce takeover on TV, no shots fired in Libreville",
        "LIBREVILLE - A group of senior Gabonese officers appeared on national television "
        "early on Wednesday to announce that they had taken power and annulled the "
        "results of the presidential election, minutes after the electoral commission "
        "declared the incumbent the winner of a third term. The officers, from the "
        "Republican Guard and the army, said they were dissolving state institutions and "
        "closing the borders until further notice. They said the president, whose family "
        "has ruled the oil-producing country for 56 years, was under house arrest at his "
        'residence, where he was "retired". The streets of the capital were calm, and '
        "residents said no gunfire had been heard. Crowds gathered in several districts "
        "to celebrate, dancing and singing the national anthem. Later in the day, the "
        "officers named the head of the Republican Guard as leader of a transition. The "
        "African Union and France condemned the takeover. It was the eighth coup in West "
        "and Central Africa since 2020. The opposition had called the election a fraud, "
        'and internet access had been cut during the vote. "We are free," said a taxi '
        "driver in Libreville. French mining group Eramet suspended operations at its "
        "manganese mine. The price of Gabon's bonds fell sharply. The detained president "
        'appeared in a video from his residence, calling on "friends around the world" to '
        "make noise. The president first took office in 2009 after the death of his "
        "father, who had ruled for 42 years. He suffered a stroke in 2018. Gabon is a "
        "member of OPEC and one of Africa's wealthier countries per head, but a third of "
        "its people live in poverty. Flights at Libreville airport were suspended for the "
        "day.",
        "politics",
    ),
]
