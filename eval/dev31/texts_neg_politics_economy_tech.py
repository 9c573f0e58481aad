"""dev31 conflict items: negatives of politics, economy and business, technology and science. See build.py."""

from items import N

# ---------------------------------------------------------------- negatives: politics and elections

N(
    "Japan's ruling party elects Ishiba as leader",
    "Lawmakers and members of the Liberal Democratic Party chose former defence minister Shigeru Ishiba as their leader in a run-off vote on Friday. He is expected to be confirmed as prime minister by parliament next week.",
    "other",
)
N(
    "South Korea's top court removes Yoon from office",
    "The Constitutional Court unanimously upheld parliament's impeachment of President Yoon Suk Yeol over his brief declaration of martial law in December. A snap presidential election must be held within 60 days.",
    "other",
)
N(
    "Britain votes to leave the European Union",
    "Britain voted by 52% to 48% to leave the European Union in a referendum, and Prime Minister David Cameron said he would step down by October. The pound fell to its lowest level against the dollar since 1985.",
    "other",
)
N(
    "Carney's Liberals win Canadian election",
    "Canada's Liberal Party won a fourth consecutive term in Monday's election, though it fell short of a majority, according to projections by the public broadcaster CBC. Prime Minister Mark Carney campaigned on standing up to US tariffs.",
    "other",
)
N(
    "Mexico's Senate passes overhaul of the judiciary",
    "Mexico's Senate approved a constitutional reform under which judges, including those of the Supreme Court, will be chosen by popular vote. The peso fell, and investors warned of weaker checks on the government.",
    "other",
)
N(
    "Chancellor comes under attack from all sides over budget",
    "Business groups and opposition parties attacked the budget's rise in employer national insurance contributions, saying it would cost jobs. The chancellor said the tax rises were needed to repair the public finances.",
    "politics",
)
N(
    "Battle over debt ceiling goes down to the wire in Washington",
    "Republicans and the White House traded blame as the deadline to raise the federal borrowing limit approached, with the Treasury warning it could run out of cash in early June. Negotiators said talks would continue over the weekend.",
    "politics",
)
N(
    "Left-wing outsider wins Sri Lanka's presidency",
    "Anura Kumara Dissanayake won Sri Lanka's presidential election after a second count of preferences, the election commission said. He promised to fight corruption and to renegotiate parts of the country's IMF bailout.",
    "other",
)
N(
    "EU ministers approve overhaul of asylum rules",
    "European Union interior ministers gave final approval to a pact that will speed up asylum checks at the bloc's external borders and share responsibility for new arrivals among member states. Hungary and Poland voted against.",
    "other",
)
N(
    "Niger's junta dissolves political parties",
    "Niger's military government dissolved all political parties and set a new five-year transition under a charter signed by General Abdourahamane Tiani. The army seized power in July 2023.",
    "politics",
)
N(
    "Mali's military leader granted five-year presidential term",
    "Mali's transitional council voted to give General Assimi Goïta a renewable five-year term as president without an election. Political parties were dissolved last month.",
    "politics",
)
N(
    "Germany deports Afghan offenders on charter flight",
    "Germany deported 28 Afghan men convicted of crimes to Kabul on a charter flight arranged with the help of Qatar, the interior ministry said. It was the first such flight since the Taliban took power in 2021.",
    "other",
)
N(
    "Conservatives win German election; Merz to lead coalition talks",
    "Germany's conservative CDU/CSU bloc won Sunday's federal election with about 28.5% of the vote, putting its leader Friedrich Merz on course to become chancellor. The far-right Alternative for Germany came second with its best result since the party was founded, doubling its share to about 21%. Chancellor Olaf Scholz's Social Democrats slumped to 16.4%, their worst result since the Second World War. Merz ruled out working with the AfD and said he wanted a government in place by Easter. Turnout was about 83%, the highest since reunification. The Greens came fourth, while the liberal Free Democrats fell below the 5% threshold needed to enter parliament. The election was called early after Scholz's three-party coalition collapsed in November in a dispute over the budget. European leaders said they hoped for a quick coalition deal as the continent faces pressure over trade and defence.",
    "other",
)
N(
    "Nicusor Dan wins Romania's re-run presidential election",
    "Bucharest mayor Nicusor Dan won Romania's presidential run-off on Sunday, defeating the nationalist George Simion with about 54% of the vote, the electoral bureau said. Turnout rose to more than 64%, well above the first round. The election was a re-run of last year's vote, which the constitutional court annulled over allegations of Russian interference and irregular campaign financing. Simion, who had led the first round by a wide margin, at first refused to concede but later accepted the result. Dan, a mathematician who entered politics as a campaigner against illegal construction, promised to keep Romania firmly in the European Union and NATO. The leu strengthened against the euro on Monday and Romanian bonds rallied. European Commission President Ursula von der Leyen congratulated Dan on social media.",
    "other",
)

# ---------------------------------------------------------------- negatives: economy, markets and business

N(
    "Oil falls as OPEC+ agrees bigger output increase",
    "Brent crude fell 2% to $62 a barrel after OPEC+ agreed to raise production again in July. Analysts said the group was trying to win back market share.",
    "other",
)
N(
    "Wheat climbs on worries over Black Sea supplies",
    "Wheat futures in Chicago rose 3% on Tuesday on concern that the war in Ukraine could disrupt shipments from the Black Sea during the harvest. Russia and Ukraine together account for about a quarter of world wheat exports.",
    "economy",
)
N(
    "China's exports beat forecasts despite trade war with US",
    "Chinese exports rose 8% from a year earlier in May, as shipments to South-East Asia and Europe made up for a sharp fall in sales to the United States. Imports fell for a third month.",
    "economy",
)
N(
    "Stocks slide as tariff threat revives trade war fears",
    "Wall Street's main indexes fell more than 2% after the president threatened new tariffs on European goods. Shares of carmakers and chipmakers led the losses.",
    "economy",
)
N(
    "Nvidia becomes first company worth $4 trillion",
    "Shares of the chip designer rose 2% on Wednesday, lifting its market value above $4 trillion for the first time. Demand for its processors for artificial intelligence has grown rapidly.",
    "other",
)
N(
    "Chinese carmakers deepen price war",
    "BYD cut the prices of more than 20 electric models by up to a third, prompting rivals to follow. Shares of Chinese carmakers fell in Hong Kong.",
    "economy",
)
N(
    "Argentina's monthly inflation slows to lowest in four years",
    "Consumer prices rose 1.5% in May from the previous month, the statistics agency said, the slowest pace since 2020. The government has cut spending sharply.",
    "other",
)
N(
    "Bank of England cuts rates for the first time since 2020",
    "The Bank of England lowered its main interest rate to 5% from 5.25% in a 5-4 vote of its monetary policy committee. Governor Andrew Bailey said further cuts would come gradually.",
    "other",
)
N(
    "Ukraine strikes restructuring deal with bondholders",
    "Ukraine agreed with a group of international bondholders to restructure about $20 billion of debt, easing pressure on public finances strained by more than two years of war, the finance ministry said.",
    "economy",
)
N(
    "Russia's central bank holds rate at 21% as war spending fuels inflation",
    "The Bank of Russia kept its key rate at a record 21%, saying inflation remained high as military spending and labour shortages pushed up wages. Economists expect growth to slow sharply this year.",
    "economy",
)
N(
    "Gold hits record as investors seek havens",
    "Gold rose above $2,500 an ounce for the first time, driven by expectations of US interest rate cuts and demand for safe assets amid tensions in the Middle East, traders said.",
    "economy",
)
N(
    "Boeing machinists vote to end seven-week strike",
    "Members of the machinists' union at Boeing's factories near Seattle voted to accept a contract with a 38% pay rise over four years, ending a strike that halted production of most of the company's jets.",
    "protest",
)
N(
    "Fed cuts interest rates by half a point",
    "The US Federal Reserve cut its main interest rate by half a percentage point on Wednesday, its first reduction in more than four years, as inflation eased and the job market cooled. The cut brought the federal funds rate to a range of 4.75% to 5%. Fed chair Jerome Powell said the decision reflected growing confidence that inflation was moving back towards the central bank's 2% target. One of the 12 voting members, governor Michelle Bowman, dissented in favour of a smaller cut. Policymakers' projections pointed to another half point of cuts by the end of the year. Stocks rose after the announcement before closing slightly lower, and the dollar weakened against the yen. Economists said lower borrowing costs should ease pressure on households with credit card debt and on companies seeking loans. The decision comes weeks before a presidential election in which the economy is a central issue.",
    "other",
)
N(
    "Volkswagen to close German plants for first time in its history",
    "Volkswagen plans to close at least three factories in Germany and cut tens of thousands of jobs, the head of its works council told employees on Monday. It would be the first time the carmaker has shut plants in its home country in its 87-year history. Management has said the company faces weak demand in Europe, high energy costs and strong competition from Chinese electric-car makers. The works council said the remaining plants would also shrink and that wages would be cut by 10%. The IG Metall union called the plans unacceptable and said it would fight every closure. Volkswagen's shares rose slightly in Frankfurt. The government in Berlin urged the company to protect jobs. Talks between management and unions are due to resume next week.",
    "other",
)
N(
    "Container lines keep avoiding Red Sea as shipping costs stay high",
    "Most of the world's big container lines are still sending their ships around the Cape of Good Hope rather than through the Red Sea and the Suez Canal, more than a year after Yemen's Houthi movement began attacking merchant vessels. The detour adds about 10 days and thousands of kilometres to voyages between Asia and Europe. Freight rates on the route remain more than twice their level before the crisis, according to the Drewry index. Egypt's revenue from the Suez Canal has fallen by more than half, the canal authority said. Maersk said on Thursday it had no plans to return to the route until there was a lasting improvement in security. Ports in southern Africa and the Mediterranean have struggled with congestion as ships change their schedules. Insurers still charge high war-risk premiums for ships that enter the area. Economists say the higher costs have added slightly to goods inflation in Europe.",
    "economy",
)

# ---------------------------------------------------------------- negatives: technology and science

N(
    "EU fines Apple and Meta under digital markets law",
    "The European Commission fined Apple 500 million euros and Meta 200 million euros for breaching the Digital Markets Act. Both companies said they would appeal.",
    "other",
)
N(
    "TikTok goes dark in US for hours before ban is paused",
    "TikTok stopped working for users in the United States late on Saturday as a law requiring its sale took effect, then restored service the next day after the incoming president promised to delay the ban.",
    "other",
)
N(
    "Marks & Spencer halts online orders after cyberattack",
    "The British retailer suspended online orders for more than six weeks after a cyberattack, which it said would cut its profit by about 300 million pounds. Police are investigating a group of young hackers.",
    "other",
)
N(
    "Chinese start-up's cheap AI model wipes billions off chip stocks",
    "Shares of Nvidia fell 17% on Monday, wiping nearly $600 billion off its market value, after the Chinese start-up DeepSeek released an artificial intelligence model that rivals American systems but was trained at a fraction of the cost. The app became the most downloaded free app on Apple's store in the United States over the weekend. DeepSeek said it had trained the model on less powerful chips, raising doubts about the huge sums American technology companies plan to spend on data centres. Shares of other chipmakers and of power companies that supply data centres also fell sharply. Some analysts said the sell-off was overdone, as cheaper models could increase demand for computing. The White House said it was looking at the national security implications of the app. Several governments later banned its use on official devices. DeepSeek was founded in 2023 by a hedge fund manager in Hangzhou.",
    "other",
)
N(
    "Faulty software update crashes computers worldwide",
    "Airlines, banks, hospitals and broadcasters around the world were hit by computer outages on Friday after a faulty update from the cybersecurity company CrowdStrike caused millions of Windows machines to crash. Thousands of flights were cancelled, and some hospitals postponed operations. In Britain, Sky News went off the air for several hours, and doctors' surgeries were unable to book appointments. CrowdStrike said the problem was not a cyberattack and that a fix had been deployed. Its chief executive apologised to customers and said some systems could take time to recover. Microsoft estimated that about 8.5 million devices had been affected. Shares of CrowdStrike fell 11%. Experts said the incident showed how much of the world depends on a handful of software suppliers.",
    "other",
)
N(
    "SpaceX catches Starship booster with launch tower arms",
    "SpaceX caught the first stage of its Starship rocket with a pair of mechanical arms on the launch tower in Texas as it returned from a test flight. The upper stage splashed down in the Indian Ocean as planned.",
    "other",
)
N(
    "Nobel physics prize goes to pioneers of machine learning",
    "John Hopfield and Geoffrey Hinton won the Nobel Prize in Physics for work that laid the foundations of artificial neural networks. Hinton has warned about the risks of the technology.",
    "other",
)
N(
    "Last year was the first above 1.5C of warming, scientists say",
    "Global average temperatures last year were more than 1.5C above pre-industrial levels, the first calendar year to pass that mark, the EU's Copernicus climate service said. Scientists said a single year did not mean the Paris goal had been missed.",
    "other",
)
N(
    "COP29 ends with $300 billion climate finance deal",
    "Negotiators in Baku agreed that rich countries would provide at least $300 billion a year by 2035 to help poorer nations cope with climate change. Developing countries called the sum far too small.",
    "other",
)
N(
    "Webb telescope finds possible sign of life on distant planet",
    "Astronomers using the James Webb Space Telescope said they had detected chemicals in the atmosphere of a planet 124 light-years away that on Earth are produced only by living things. The planet, K2-18b, is more than eight times as massive as Earth and orbits in the habitable zone of a red dwarf star. The team from the University of Cambridge said the signal of dimethyl sulphide was the strongest hint yet of biological activity beyond the solar system. They stressed that the finding was not proof of life and that more observations were needed. Other scientists said the chemicals could be produced without life and questioned the statistical strength of the detection. The planet is thought by some researchers to be covered by an ocean. The results were published in The Astrophysical Journal Letters.",
    "other",
)
N(
    "India lands spacecraft near Moon's south pole",
    "India became the first country to land a spacecraft near the Moon's south pole on Wednesday, when the lander of its Chandrayaan-3 mission touched down on schedule. Scientists at the mission control centre in Bengaluru cheered and waved flags as the lander sent its first signals. Prime Minister Narendra Modi, watching from South Africa, called it a historic day for the country. The landing came days after a Russian probe crashed while trying to reach the same region. Scientists want to study the area because it may hold water ice in permanently shadowed craters. The lander will release a small rover that is expected to work for about two weeks, until the lunar night falls. India is only the fourth country to make a soft landing on the Moon, after the Soviet Union, the United States and China. The mission cost about $75 million.",
    "other",
)
