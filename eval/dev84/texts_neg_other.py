"""eval/dev84 plain negatives (negative_other): the ordinary news of the day with no conflict words. Labels follow eval/README.md (section 1); see build.py and README.md."""

NEGATIVES = [
    (
        "Fed holds rates steady, signals two cuts later this year",
        'The US Federal Reserve left interest rates unchanged on Wednesday for the fourth meeting in a row, keeping its benchmark rate in a range of 4.25% to 4.5%, and signalled that it still expected to cut borrowing costs twice before the end of the year. Chair Jerome Powell said the economy remained solid but that higher import tariffs were likely to push up prices over the summer. Policymakers raised their forecast for inflation this year to 3% and lowered their estimate of economic growth to 1.4%. Stocks on Wall Street swung between small gains and losses after the decision before closing slightly lower. Treasury yields were little changed. President Donald Trump, who has repeatedly called on the Fed to lower rates, criticised Powell again on social media shortly before the announcement. Several policymakers now expect no cuts at all this year, up from four in March, showing growing division on the committee. Powell told reporters that the Fed was "well positioned to wait" until it had a clearer picture of how tariffs would affect prices and jobs. Unemployment stood at 4.2% in May, a level that Fed officials regard as close to full employment. Futures markets showed traders betting that the first cut would come in September.',
        "other",
    ),
    (
        "Nvidia revenue beats forecasts on demand for AI data centre chips",
        "Nvidia reported quarterly revenue of $46.7 billion on Wednesday, up 56% from a year earlier and slightly above analysts' forecasts, driven by demand from cloud companies building data centres for artificial intelligence. Revenue from its data centre business, which sells the chips used to train and run AI models, rose to $41.1 billion. The company forecast revenue of about $54 billion for the current quarter, but its shares fell 3% in after-hours trading as some investors had hoped for more. Chief executive Jensen Huang said demand for its new Blackwell chips was \"extraordinary\" and that spending on AI infrastructure could reach trillions of dollars by the end of the decade. Nvidia said it had not included any sales to China in its outlook, because of uncertainty over US export licences. The company is the world's most valuable listed firm.",
        "other",
    ),
    (
        "Dutch parties agree coalition deal after six months of talks",
        "Four Dutch parties agreed on Thursday to form a coalition government, ending more than six months of negotiations after an election won by the anti-immigration Freedom Party of Geert Wilders. Under the deal, Wilders will not become prime minister, and the parties will choose a non-partisan figure to lead the cabinet. The agreement, titled \"Hope, courage and pride\", promises the strictest asylum rules the country has had, cuts in development aid and more money for healthcare and housing. The liberal VVD, the farmers' party BBB and the new centrist NSC make up the rest of the coalition. Opposition leaders said the plans would damage the country's reputation and its relations with the European Union. The parties still have to agree on who will fill cabinet posts, which could take several more weeks. Outgoing prime minister Mark Rutte will stay in office until then.",
        "other",
    ),
    (
        "Modi's allies sweep Maharashtra state election in boost after national setback",
        "Prime Minister Narendra Modi's Bharatiya Janata Party and its allies won a landslide in elections to the assembly of Maharashtra, India's richest state, results showed on Saturday, months after the party lost its national majority. The alliance won more than 230 of the 288 seats, far more than polls had predicted. The BJP alone took 132 seats, its best result in the state. Opposition leaders, who had hoped to build on their gains in the national election in June, questioned the results and said they would ask for a review of the voting machines. Analysts credited a monthly cash payment to poor women, introduced by the state government a few months before the vote, for the alliance's win. Maharashtra is home to Mumbai, India's financial capital. The alliance will now choose a chief minister.",
        "other",
    ),
    (
        "Japan's ruling party picks Takaichi, set to be first woman prime minister",
        "Japan's ruling Liberal Democratic Party elected Sanae Takaichi as its leader on Saturday, putting her on course to become the country's first female prime minister. Takaichi, 64, a former economic security minister and protégée of the late Shinzo Abe, beat Shinjiro Koizumi, the agriculture minister, in a run-off among party lawmakers and members. She has promised to revive growth through public spending and to take a tougher line on immigration. The party is seeking to recover from heavy losses in both houses of parliament, which cost it its majority. Markets reacted by pushing the yen lower and Japanese shares higher, as investors bet she would favour looser monetary policy. Parliament is expected to vote on the new prime minister later this month.",
        "other",
    ),
    (
        "SpaceX catches Starship booster on launch tower in fifth test",
        'SpaceX caught the booster of its Starship rocket with a pair of giant mechanical pincers on the launch tower in Texas on Sunday, a first in spaceflight that the company says is key to making the rocket fully reusable. The 71-metre Super Heavy booster returned to the launch site about seven minutes after lifting off and slowed to a hover before the pincers, nicknamed "chopsticks", closed around it. Engineers in the control room cheered and hugged. The upper stage of the rocket flew halfway around the world and made a controlled splashdown in the Indian Ocean. NASA plans to use a version of Starship to land astronauts on the Moon later this decade. Elon Musk wrote on social media that the test was "a big step towards making life multiplanetary".',
        "other",
    ),
    (
        "Fossil in Scottish island rock reveals early flying reptile",
        'Scientists have identified a new species of flying reptile from a fossil found in 170-million-year-old rocks on the Isle of Skye, filling a gap in the record of how pterosaurs evolved. The animal, named Dearc sgiathanach, or "winged reptile" in Gaelic, had a wingspan of more than 2.5 metres, making it the largest known pterosaur of its time, researchers wrote in the journal Current Biology. The skeleton is unusually complete and was found on a tidal platform by a team from the University of Edinburgh. Because it was embedded in hard limestone, it took years of careful preparation in the laboratory to free the bones. The lead author said the find suggested that pterosaurs grew larger earlier than had been thought. The fossil will go on display at the National Museum of Scotland.',
        "other",
    ),
    (
        "Spain records hottest June as temperatures top 46C in the south",
        "Spain recorded its hottest June since records began, the state weather agency Aemet said on Tuesday, with an average temperature of 23.6C, more than three degrees above the norm for the month. A village in the province of Huelva registered 46C on Saturday, a national record for June. The agency said the heat had been driven by a mass of hot air from North Africa that settled over the Iberian peninsula for more than two weeks. Regional governments cut working hours for outdoor workers and opened cooling centres in libraries and civic halls. Sea temperatures in the Mediterranean off the Balearic Islands were also at record highs for the time of year. Forecasters said temperatures would ease slightly later in the week but remain above average into July.",
        "other",
    ),
    (
        "Swiss singer Nemo wins Eurovision Song Contest in Malmö",
        'Swiss singer Nemo won the Eurovision Song Contest in Malmö on Saturday night with "The Code", a song about finding their identity as a non-binary person that mixed opera, rap and drum and bass. Nemo, 24, won the most points from national juries and came fifth in the public vote, finishing ahead of Croatia\'s Baby Lasagna. Holding the trophy, Nemo said the win showed "that this contest can stand for peace and dignity for every person". It is Switzerland\'s third win in the contest and its first since Céline Dion won for the country in 1988. The victory means Switzerland will host next year\'s contest, and Zurich, Geneva and Basel have said they want to stage it.',
        "other",
    ),
    (
        "Han Kang becomes first South Korean to win Nobel literature prize",
        'South Korean novelist Han Kang won the Nobel Prize in Literature on Thursday, the first writer from her country and the first Asian woman to receive the award. The Swedish Academy praised her "intense poetic prose that confronts historical traumas and exposes the fragility of human life". Han, 53, is best known abroad for "The Vegetarian", which won the International Booker Prize in 2016. Her father, also a novelist, told reporters in Seoul that she had called him with the news and that she planned to hold a quiet celebration with her son. Bookshops in South Korea reported that her novels sold out within hours of the announcement, and her publisher said it had ordered reprints of several titles. The prize is worth 11 million Swedish crowns.',
        "other",
    ),
    (
        "Airbus cuts delivery goal as engine and supplier delays persist",
        "Airbus lowered its target for aircraft deliveries this year to about 770 on Tuesday, from around 800, blaming shortages of engines, cabin parts and other components from its suppliers. The European planemaker also took a charge of about €900 million on its space business, and its shares fell 10% in Paris. Chief executive Guillaume Faury said problems in the supply chain were taking longer to fix than expected, leaving some completed aircraft parked without engines. Airbus delivered 323 planes in the first half of the year. It also pushed back plans to raise production of its best-selling A320 family to 75 a month to 2027. Airlines have complained that delays in new deliveries are forcing them to keep older, less efficient planes flying and to pay more for leases.",
        "other",
    ),
    (
        "Japan releases stockpiled rice as prices double in a year",
        "Japan's government began selling rice from its emergency stockpile on Monday, after the price of a five-kilogram bag in supermarkets rose to more than 4,000 yen, roughly double a year earlier. The agriculture ministry said it would sell 210,000 tonnes of rice to wholesalers over the coming months, the first such release to deal with high prices rather than a shortage caused by a disaster. Officials blamed a poor harvest in 2023 after an unusually hot summer, rising demand from tourists and hoarding by some distributors. The rising cost of the staple has become a political problem for the government ahead of an upper house election. Some restaurants have raised prices for set meals, and supermarkets have started selling imported rice from California. Economists said food prices were the main reason inflation had stayed above the central bank's target.",
        "other",
    ),
    (
        "Giant pandas arrive in Washington zoo as China renews loan",
        "Two giant pandas from China arrived at the Smithsonian's National Zoo in Washington on Tuesday, less than a year after the zoo's previous pandas were returned to China. Bao Li and Qing Bao, both three years old, flew from Chengdu on a specially chartered cargo jet, travelling with a team of keepers and a veterinarian and snacking on bamboo. The zoo said the pandas would spend at least a month in quarantine before visitors could see them. Pandas have been a symbol of friendship between the two countries since 1972, and the departure of the previous animals had been seen by some as a sign of worsening relations. China owns all giant pandas on loan abroad, and any cubs born in Washington must be sent to China. The zoo said it had received thousands of messages from fans asking when the new arrivals could be seen.",
        "other",
    ),
    (
        "Chile's Codelco and SQM seal lithium partnership",
        "Chile's state copper miner Codelco and lithium producer SQM signed a partnership on Wednesday to run lithium mining in the Atacama salt flat from 2031 until 2060, the centrepiece of the government's plan to give the state a bigger role in the industry. Under the agreement, Codelco will hold a majority of the joint company from 2031, while SQM will continue to manage production until then. The deal still needs approval from Chinese regulators because SQM's second-largest shareholder is the Chinese firm Tianqi, which has challenged the deal in court. Chile has the world's largest lithium reserves and is the second-largest producer, after Australia. Lithium prices have fallen by more than 80% from their peak in 2022, as supply has grown faster than demand for electric car batteries. SQM shares rose 2% in Santiago.",
        "other",
    ),
    (
        "UK inflation falls to 2% target for first time in nearly three years",
        "Britain's annual rate of inflation fell to 2% in May, the Bank of England's target, for the first time since July 2021, the Office for National Statistics said on Wednesday. The fall from 2.3% in April was driven mainly by lower food prices, the statistics office said, while inflation in the services sector remained high at 5.7%. Prime Minister Rishi Sunak, who is campaigning for re-election ahead of a national vote next month, said the figures showed that his economic plan was working. The opposition Labour Party said families were still paying far more for food and energy than before the rise in prices began. The Bank of England meets on Thursday, but economists expect it to wait until August before cutting interest rates. The pound was little changed against the dollar after the data.",
        "other",
    ),
    (
        "Judge rules Google illegally monopolised online search market",
        "A US federal judge ruled on Monday that Google had illegally maintained a monopoly in online search, in the biggest antitrust decision against a technology company in more than two decades. Judge Amit Mehta said Google had paid billions of dollars a year to Apple, Samsung and others to be the default search engine on their phones and browsers, shutting out competitors. \"Google is a monopolist, and it has acted as one to maintain its monopoly,\" he wrote. Google said it would appeal. The ruling did not decide what remedies Google must accept, which will be the subject of further hearings and could include changes to its business practices. Shares in Alphabet, Google's parent company, fell 4.5%. The Justice Department and several states filed the case in 2020. Legal experts said the decision could weaken the deals that have made Google the gateway to the internet for billions of people, and could also affect Apple, which receives about $20 billion a year from Google. A separate trial over Google's advertising technology business is due to begin in September. Google's president of global affairs said the ruling recognised that Google offered the best search engine but concluded that the company should not be allowed to make it easily available.",
        "other",
    ),
    (
        "Former crypto executive sentenced to 25 years for fraud",
        'A New York judge on Thursday sentenced Sam Bankman-Fried, the founder of the collapsed cryptocurrency exchange FTX, to 25 years in prison for stealing billions of dollars from customers. Judge Lewis Kaplan said Bankman-Fried had lied during his trial and showed no real remorse. Prosecutors had asked for 40 to 50 years, while his lawyers argued for about six, saying that customers were likely to get their money back in the bankruptcy. In a rambling statement to the court, Bankman-Fried said he had made "a series of bad decisions" and apologised to his former colleagues. A jury found him guilty last year of seven counts of fraud and conspiracy. He was also ordered to forfeit $11 billion. His family said it would appeal the conviction and the sentence.',
        "other",
    ),
    (
        "Kenya's tea exports earn record as weaker shilling lifts prices",
        "Kenya earned a record 180 billion shillings from tea exports last year, the tea board said on Tuesday, as a weaker currency and strong demand in Pakistan, Egypt and Britain offset a fall in volumes. Export volumes fell by about 4% because of dry weather in the first half of the year, the board said. Average prices at the Mombasa auction rose to about $2.90 per kilogram, the highest in five years. Small-scale farmers, who grow more than half of Kenya's tea, have long complained that they receive a small share of the final price, and the government has introduced reforms to the auction system. Tea is one of Kenya's largest sources of foreign currency, along with tourism, horticulture and money sent home by Kenyans working abroad. The board expects production to recover this year.",
        "other",
    ),
    (
        "Mexico elects its judges in world's first vote of its kind",
        "Mexicans voted on Sunday to elect more than 2,600 judges and magistrates, including all nine members of the Supreme Court, in the first election of its kind in the world. Turnout was about 13%, according to preliminary figures from the electoral institute, far below the level the government had hoped for. President Claudia Sheinbaum said the vote would help to end corruption in the courts and make judges answer to the people. Critics, including the opposition and legal groups, said it would put the judiciary under the control of the ruling Morena party, and many voters said they did not know who the candidates were. Ballots were long and complicated, with dozens of names for some posts. Counting was expected to take more than a week. The winners will take office in September.",
        "other",
    ),
    (
        "Australia passes world-first ban on social media for under-16s",
        "Australia's parliament on Thursday passed a law that will ban children under 16 from using social media platforms, including TikTok, Instagram, Snapchat and X, the first nationwide ban of its kind. Platforms will face fines of up to 49.5 million Australian dollars if they fail to take reasonable steps to keep younger users off their services. The law takes effect in a year, giving companies time to develop ways of checking users' ages. Prime Minister Anthony Albanese said the law would help parents who were worried about the effect of social media on their children's mental health. Technology companies said the law had been rushed and that it was unclear how it would work in practice. Polls suggested that most Australians supported the ban. YouTube and messaging apps are exempt.",
        "other",
    ),
    (
        "Great Barrier Reef suffers most widespread coral bleaching on record",
        "The Great Barrier Reef has suffered its most widespread coral bleaching on record, with nearly three-quarters of reefs surveyed from the air showing signs of heat stress, Australian authorities said on Wednesday. It is the fifth mass bleaching event on the reef in eight years, and the first to affect its northern, central and southern parts so severely at the same time. Scientists said record sea temperatures over the summer had driven the bleaching, which occurs when stressed corals expel the algae that give them colour and most of their food. Bleached corals can recover if temperatures drop, but many are likely to die. The reef is the world's largest coral system and supports a tourism industry worth billions of dollars a year. Environmental groups urged the government to do more to cut greenhouse gas emissions.",
        "other",
    ),
    (
        "Amazon deforestation in Brazil falls to lowest in nine years",
        "Deforestation in Brazil's Amazon rainforest fell by 31% in the 12 months to July, to its lowest level in nine years, the country's space research institute said on Wednesday. About 6,300 square kilometres of forest were cleared in the period, according to satellite data from the Prodes monitoring system. Environment Minister Marina Silva said the fall showed that stronger enforcement and the blocking of loans to farmers who clear land illegally were working. President Luiz Inácio Lula da Silva has pledged to end illegal deforestation by 2030. Fires, however, burned large areas of forest during a severe drought this year, which scientists warn could undo some of the gains. Brazil hosts the UN climate summit in the Amazon city of Belém next year.",
        "other",
    ),
]
