"""dev151 negatives (4 of 4): strikes and blockades without violence, sport and entertainment
business, and the technology desk (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Sky fends off DAZN to keep lion's share of Premier League TV rights",
        "Sky has retained the bulk of the Premier League's UK television rights in a £6.7bn "
        "four-year deal, fending off an aggressive challenge from streaming service DAZN in "
        "what executives described as the most competitive auction in a decade. The pay-TV "
        "group, owned by Comcast, will show 215 matches a season from 2025, up from 128, "
        "including most of the Friday night and Sunday afternoon fixtures. TNT Sports, owned "
        "by Warner Bros Discovery, secured 52 matches, while Amazon dropped out of the bidding "
        "for live games. The total value of the package marked a 4% increase on the previous "
        "cycle, a welcome rise for clubs after years of flat domestic income. DAZN had been "
        "expected to make a strong play for at least one package but was outbid in the final "
        "rounds, people familiar with the process said. The league also agreed to make all "
        "matches available for highlights on its own platforms. Club chief executives said the "
        "deal would give them certainty as they face new spending rules. Sky's chief executive "
        "said the result showed the value of the broadcaster's long partnership with the "
        "league.",
        "sport",
    ),
    (
        "Dockworkers strike shuts ports from Maine to Texas",
        "Dockworkers at ports from Maine to Texas walked off the job early on Tuesday, their "
        "first coast-wide strike since 1977, halting the movement of containers through "
        "terminals that handle about half of US ocean imports. The International "
        "Longshoremen's Association, which represents 45,000 workers, is demanding a 77% wage "
        "rise over six years and a total ban on automation of cranes, gates and "
        "container-moving trucks. The United States Maritime Alliance, which represents the "
        "port employers, said it had offered a 50% rise. Picket lines formed outside terminals "
        'in Newark, Savannah and Houston, where workers carried signs reading "Automation '
        'hurts families". Ships began to queue outside the ports, and carriers imposed '
        "surcharges on cargo stuck by the stoppage. Economists estimated the strike could cost "
        "the economy several billion dollars a day. President Joe Biden said he would not "
        "invoke the Taft-Hartley Act to force workers back and urged the employers to bargain "
        "fairly. Retailers, who had rushed in holiday goods ahead of the deadline, said they "
        "were prepared for a short strike but that a long one would cause shortages.",
        "protest",
    ),
    (
        "Samsung union launches first indefinite strike over pay",
        "South Korea's largest union at Samsung Electronics said on Wednesday it would extend "
        "a three-day walkout into an indefinite strike, escalating the first industrial action "
        "in the company's 55-year history as it demands higher pay and better bonuses. The "
        "union, which says it has about 30,000 members, or a fifth of the company's workforce, "
        "said management had failed to respond to its demands. Thousands of members in red "
        "headbands gathered outside the chip plant in Hwaseong, south of Seoul, singing and "
        "chanting slogans on Monday. The union said its aim was to disrupt production, but "
        "Samsung said there had been no impact on output. Analysts said the company, which "
        "paid no bonuses to many chip division staff last year after a record loss, could "
        "weather the strike as most production lines are automated. Samsung shares rose 1% as "
        "investors focused on a rebound in memory chip prices driven by demand for artificial "
        "intelligence servers.",
        "protest",
    ),
    (
        "Workers at BHP's Escondida, the world's biggest copper mine, go on strike",
        "Workers at BHP's Escondida mine in northern Chile went on strike on Tuesday after "
        "rejecting the company's final wage offer, raising concern about copper supplies at a "
        "time when inventories are low. The mine's main union, which represents about 2,400 "
        "workers, said talks brokered by the labour ministry had broken down over the size of "
        "a signing bonus and a share of profits. Escondida produced about 1.1 million tonnes "
        "of copper last year, or roughly 5% of global mine supply. BHP said it had activated "
        "contingency plans and that operations would continue with contractors and staff not "
        "covered by the union, though at reduced capacity. Strikers set up a camp at the mine "
        "entrance and said they would not block access roads. Copper on the London Metal "
        "Exchange rose as much as 1.6% to $9,200 a tonne on news of the walkout. A strike at "
        "Escondida in 2017 lasted 44 days and cost BHP about $1bn in lost output. Analysts "
        "said the company was likely to return to the table quickly given high copper prices "
        "and the cost of lost production.",
        "protest",
    ),
    (
        "MMG warns Las Bambas output at risk as community road blockade enters third week",
        "MMG said on Monday that its Las Bambas copper mine in Peru could halt production "
        "within days if a blockade of the road it uses to truck concentrate to the coast is "
        "not lifted, as a protest by local communities entered its third week. Residents of "
        "Chumbivilcas province have camped on the unpaved road with tents since early in the "
        "month, demanding compensation for dust and noise from the hundreds of trucks that "
        "pass through their farmland each day. The protest has been peaceful and police have "
        "not intervened, according to the regional ombudsman's office. The mine, which "
        "produces about 2% of world copper supply, has faced more than 400 days of blockades "
        "since it began operations in 2016. The government has sent a team of vice-ministers "
        "to mediate, and community leaders said they would meet them on Wednesday in the "
        "village of Velille. MMG, which is controlled by China Minmetals, said stocks of "
        "concentrate at the mine were nearing storage capacity. Its shares fell 4% in Hong "
        "Kong. Analysts said prolonged disruption at Las Bambas would tighten a concentrate "
        "market already short of supply.",
        "protest",
    ),
    (
        "Polish hauliers' blockade strands thousands of trucks at Ukraine border",
        "Thousands of trucks were stuck on Thursday at crossings between Poland and Ukraine as "
        "Polish hauliers continued a blockade of three border posts, demanding that the "
        "European Union restore permits for Ukrainian transport companies that were lifted "
        "after Russia's invasion. The protesters, who have parked their lorries across the "
        "approach roads to the crossings at Dorohusk, Hrebenne and Korczowa since Monday, are "
        "letting through only a few vehicles an hour, as well as humanitarian aid and military "
        "supplies. Queues stretched for more than 30 kilometres on the Polish side, and "
        "Ukraine's border service said some drivers had been waiting for more than a week. The "
        "Polish hauliers say Ukrainian firms undercut them on price and have taken much of the "
        "cross-border market since the EU granted Ukrainian carriers access without permits in "
        "2022. Police said the protest was peaceful. Ukraine's infrastructure ministry said "
        "the blockade was costing exporters money and delaying shipments of fuel and food. The "
        "European Commission said it was in contact with both governments and would not "
        "reintroduce the permit requirement. Slovak hauliers said they would join the protest "
        "next week.",
        "protest",
    ),
    (
        "'Joker' sequel bombs at the box office, leaving Warner with a costly flop",
        'Warner Bros Discovery\'s "Joker: Folie à Deux" took just $7 million in its second '
        "weekend in North American theatres, an 81% drop that ranks among the steepest ever "
        "for a comic-book film, leaving the studio facing a loss of more than $150 million. "
        "The musical sequel to the 2019 hit, which starred Joaquin Phoenix and Lady Gaga and "
        "cost close to $200 million to make, opened to $37.7 million, a fraction of its "
        "predecessor's debut. Audiences gave it a D CinemaScore, the first for a comic-book "
        "adaptation. Box-office analysts said the film had alienated fans of the original with "
        'its musical numbers and bleak ending. "It bombed with the exact people it needed to '
        'win over," said one analyst. Overseas takings were also weak, bringing its global '
        "total to $165 million. Warner's film studio has had hits this year with \"Dune: Part "
        'Two" and "Beetlejuice Beetlejuice", and shares in the parent company were little '
        "changed. The result revived debate in Hollywood over the cost of superhero films.",
        "entertainment",
    ),
    (
        "Battlefield 6 sells 7 million copies in three days, topping EA's records",
        "Electronic Arts said its military shooter Battlefield 6 had sold more than 7 million "
        "copies in its first three days, the fastest start for any game in the series and a "
        "boost for the publisher as it prepares to be taken private in a $55 billion deal. The "
        "game, set in a near-future war between NATO and a private military company, peaked at "
        "more than 740,000 concurrent players on Steam, well above the best showing of "
        "Activision's Call of Duty on the platform in recent years. Reviewers praised its "
        "large-scale battles and destructible buildings after the disappointing reception of "
        "its 2021 predecessor. The launch sets up a direct fight with Microsoft's next Call of "
        'Duty, which is due out next month. "This is the first time in a decade that Call of '
        'Duty has faced a real rival," said an analyst at a London games research firm. EA '
        "agreed last month to be acquired by a consortium including Saudi Arabia's Public "
        "Investment Fund and Silver Lake.",
        "entertainment",
    ),
    (
        "Meta starts targeted layoffs of 'low performers' as it pours money into AI",
        "Meta began notifying employees on Monday that their jobs were being eliminated as "
        "part of performance-based cuts affecting about 5% of its workforce, or roughly 3,600 "
        "people, according to internal memos seen by TechCrunch. Chief executive Mark "
        "Zuckerberg told staff in January that he had decided to raise the bar on performance "
        "management and move out low performers faster, calling the year ahead an intense one "
        "for the company. The targeted layoffs hit workers in the United States on Monday, "
        "with staff in Europe and Asia to follow later because of local labour rules. Affected "
        "employees will receive 16 weeks of severance pay plus two weeks for every year of "
        "service. Meta said it planned to backfill many of the roles, particularly in machine "
        "learning engineering. Some employees who were let go posted on LinkedIn that they had "
        "received positive reviews in the past and questioned the company's criteria. The cuts "
        "come as Meta plans to spend up to $65 billion on capital projects this year, mostly "
        "on data centres for artificial intelligence. Its shares have risen about 20% since "
        "the start of the year.",
        "other",
    ),
    (
        "Are AI agents finally the killer app? Startups bet on software that does the work",
        "For two years, investors have asked what the killer app for generative AI would be. A "
        "growing number of startups now think the answer is agents, software that can carry "
        "out multi-step tasks on its own, such as booking travel, reconciling invoices or "
        "triaging customer complaints. Venture firms poured more than $8 billion into agent "
        "startups in the first half of the year, according to PitchBook, up from less than $2 "
        "billion a year earlier. One of them, a San Francisco company founded by two former "
        "payments engineers, says its agent now closes the monthly books for more than 300 "
        "mid-sized businesses with minimal human review. Big platforms are moving in too: "
        "OpenAI, Google and Anthropic have all released tools that let models operate a "
        "browser or a computer desktop. Still, reliability remains a problem. In tests "
        "published last month by university researchers, the best-performing agents completed "
        'only about a third of common office tasks without errors. "Demos are easy; '
        'production is hard," said the founder of a startup that builds testing tools for '
        "agents. Buyers say they are running pilots but are wary of letting software move "
        "money without a person in the loop.",
        "other",
    ),
    (
        "Kyivstar outage leaves millions of Ukrainians without mobile service after cyberattack",
        "Ukraine's largest mobile operator, Kyivstar, said on Wednesday it was gradually "
        "restoring services after a powerful cyberattack knocked out mobile and home internet "
        "for its roughly 24 million subscribers. Its chief executive said the attack had "
        "partially destroyed the company's IT infrastructure and that there was no evidence "
        "customers' personal data had been stolen. Ukraine's SBU security service said it was "
        "investigating whether Russian military intelligence hackers were behind the attack, "
        "and a hacking group linked to Russia claimed responsibility, without providing "
        "evidence. The outage also disrupted air raid warning sirens in parts of the Kyiv "
        "region, which rely on the network, as well as some bank terminals and cash machines. "
        "Kyivstar, owned by Amsterdam-based VEON, said it would give customers free services "
        "for a month as compensation. VEON's shares fell more than 5% in New York. Rival "
        "operators reported a surge in demand for SIM cards. Cyber security experts said the "
        "attack was one of the most destructive on a telecoms operator anywhere since the "
        "start of Russia's full-scale invasion.",
        "other",
    ),
    (
        "TSMC profit jumps 60% as AI chip demand outweighs tariff worries",
        "TSMC, the world's largest contract chipmaker, reported a 61% rise in second-quarter "
        "net profit on Thursday to a record NT$398 billion ($13.5 billion), beating analysts' "
        "forecasts as demand for chips used in artificial intelligence data centres continued "
        "to surge. Revenue rose 39% to NT$934 billion, with high-performance computing, which "
        "includes AI accelerators made for Nvidia and AMD, accounting for 60% of the total. "
        "The company raised its full-year revenue growth forecast to about 30% in US dollar "
        "terms from the mid-20s. Its chief executive said TSMC had not yet seen changes in "
        "customer behaviour from US tariffs but was being prudent about the second half. A "
        "stronger Taiwan dollar, which rose sharply against the US currency in May, shaved "
        "about 2 percentage points off gross margin, which came in at 58.6%. TSMC is building "
        "fabs in Arizona, Japan and Germany and has said it will invest $165 billion in the "
        "United States. Its shares have risen about 10% this year, giving it a market value of "
        "more than $1 trillion. Analysts at a Taipei brokerage said geopolitical risk remained "
        "the biggest overhang on the stock, but that TSMC's lead in advanced manufacturing "
        "looked secure for years.",
        "other",
    ),
]
