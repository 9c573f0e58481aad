"""dev147 hard negatives: the politics desk and its rhetoric, trade wars and price wars, and
peaceful strikes, sit-ins and marches (kinds politics, economy, protest)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Duterte arrested at NAIA on ICC warrant, flown to The Hague the same night",
        "MANILA, Philippines – Former president Rodrigo Duterte was arrested on "
        "Tuesday, March 11, upon his arrival at the Ninoy Aquino International Airport "
        "from Hong Kong, after the International Criminal Court (ICC) issued a warrant "
        "against him for crimes against humanity over the killings in his so-called "
        "war on drugs. Police officers served the warrant through Interpol shortly "
        "after the 79-year-old former leader got off the plane with his partner and "
        "some of his aides. Hours later, he was put on a chartered plane to The Hague, "
        "where the court is based. The ICC has been investigating killings from 2011 "
        "to 2019, when Duterte was mayor of Davao City and then president, during "
        "which thousands of drug suspects were killed in police operations and by "
        "unidentified gunmen. President Ferdinand Marcos Jr. said the government had "
        'only fulfilled its commitments to Interpol and that the arrest was "not '
        "politics.\" Duterte's daughter, Vice President Sara Duterte, called the "
        'arrest a "blatant affront" to Philippine sovereignty and flew to the '
        "Netherlands to join her father. Families of drug war victims gathered in a "
        "Quezon City church to welcome the news, some of them in tears. Duterte's "
        "lawyers filed a petition before the Supreme Court to stop his surrender, but "
        'the plane had already left. Senator Ronald "Bato" dela Rosa, Duterte\'s '
        "first police chief and the architect of the anti-drug campaign, is also named "
        "in the ICC investigation, and said he would not surrender. Human rights "
        "groups said the arrest was a long-awaited step toward accountability, while "
        "Duterte's supporters held rallies in Davao City calling for his return. He is "
        "expected to make his first appearance before the ICC later this week.",
        "politics",
    ),
    (
        "All 24 KMT legislators survive recall votes in blow to DPP's 'great recall'",
        "All 24 Chinese Nationalist Party (KMT) legislators targeted in yesterday's "
        "recall votes kept their seats, along with Hsinchu Mayor Ann Kao, in a major "
        "setback for the civic groups and the Democratic Progressive Party (DPP) that "
        'had backed the campaign. None of the recall motions passed, with "no" votes '
        'outnumbering "yes" votes in every constituency, according to preliminary '
        "tallies from the Central Election Commission. The campaign, dubbed the "
        '"great recall" by supporters, had been launched by civic groups angered by '
        "the KMT-led legislature's cuts to the central government budget and its "
        "changes to laws governing the Constitutional Court. KMT Chairman Eric Chu "
        'said the result showed that voters had rejected "political warfare" and '
        "wanted the government to focus on the economy and US tariffs. President "
        "William Lai (賴清德) said the DPP respected the will of the people and would "
        "reflect on the result. Several DPP lawmakers had called the recall a battle "
        'to "defend the nation" against legislators they accused of being too close '
        "to Beijing, a framing that analysts said had failed to persuade moderate "
        "voters. Turnout ranged from about 48 percent to 56 percent across the "
        "districts. A second round of recall votes targeting seven more KMT lawmakers "
        "is scheduled for next month. Premier Cho Jung-tai said the Cabinet would "
        "continue to seek cooperation with the legislature on the budget.",
        "politics",
    ),
    (
        (
            "PN's 'green wave' holds in three states as Anwar's unity government keeps "
            "Selangor, Penang, Negeri Sembilan"
        ),
        "KUALA LUMPUR, Aug 13 — Perikatan Nasional (PN) tightened its grip on Kedah, "
        "Kelantan and Terengganu in yesterday's six state elections, while Prime "
        "Minister Datuk Seri Anwar Ibrahim's unity government retained Selangor, "
        "Penang and Negeri Sembilan, preserving a status quo that both sides claimed "
        "as a victory. PN, led by Tan Sri Muhyiddin Yassin and driven by PAS, won all "
        "32 seats in Terengganu and made deep inroads in Selangor, where it took 22 of "
        "the 56 seats, up from five in 2018. Kedah caretaker Mentri Besar Datuk Seri "
        "Muhammad Sanusi Md Nor, whose fiery attacks on the federal government drew "
        "large crowds, led PN to 33 of 36 seats in the state. Analysts said the "
        "results showed that Malay voters continued to shift away from Umno, whose "
        "alliance with Pakatan Harapan failed to win back its traditional base. Anwar "
        "said the outcome showed that the people wanted stability and that the unity "
        "government would focus on the economy and cost of living. PN leaders, for "
        'their part, said the "green wave" had become a tsunami and predicted it '
        "would sweep away the federal government at the next general election. Umno "
        "president Datuk Seri Ahmad Zahid Hamidi faced calls from within the party to "
        "step down after it won only 19 of the 108 seats it contested. The Election "
        "Commission put voter turnout at about 70 per cent, lower than in last year's "
        "general election.",
        "politics",
    ),
    (
        "Constitutional Court removes Yoon from office over martial law bid",
        "The Constitutional Court on Friday unanimously upheld the National Assembly's "
        "impeachment of President Yoon Suk Yeol, removing him from office four months "
        "after his short-lived declaration of martial law plunged the country into "
        "political turmoil. \"The respondent's acts were a grave betrayal of the "
        "people's trust,\" acting Chief Justice Moon Hyung-bae said, reading the "
        "ruling on live television. The court found that Yoon had violated the "
        "Constitution by declaring martial law without any real national emergency, "
        "sending troops to the National Assembly to stop lawmakers from voting, and "
        "ordering the arrest of politicians. All eight justices agreed that the "
        "violations were serious enough to justify his removal. A presidential "
        "election must be held within 60 days, and Prime Minister Han Duck-soo will "
        "serve as acting president until then. Outside the court, police had set up a "
        "cordon of buses and deployed some 14,000 officers in central Seoul as rival "
        "rallies gathered. Anti-Yoon demonstrators near Anguk Station cheered and "
        "hugged when the ruling was announced, while his supporters near Hannam-dong "
        "wept and shouted slogans. Police said the rallies remained largely peaceful. "
        "Yoon said in a statement through his lawyers that he was sorry he could not "
        "meet the people's expectations. He also faces a separate criminal trial on "
        "insurrection charges.",
        "politics",
    ),
    (
        "Beijing hits back with 34% tariffs on all US goods as trade war escalates",
        "China will impose an additional 34 per cent tariff on all goods imported from "
        "the United States from April 10, the Ministry of Commerce announced on "
        'Friday, matching the "reciprocal" duties announced by US President Donald '
        "Trump earlier in the week and sharply escalating the trade war between the "
        "world's two largest economies. Beijing also said it would impose export "
        "controls on seven rare earth elements, including samarium and gadolinium, "
        "that are used in everything from electric vehicles to fighter jets, and added "
        '11 US companies to its "unreliable entity" list. The State Council Tariff '
        'Commission said the US tariffs were "inconsistent with international trade '
        'rules" and "a typical unilateral bullying practice." The Hang Seng Index '
        "fell more than 2 per cent in afternoon trading after the announcement, and "
        "stocks on Wall Street opened sharply lower. Economists said the tit-for-tat "
        "measures raised the risk of a global recession and would hit China's "
        'exporters just as domestic demand remained weak. "This is no longer a trade '
        'skirmish, it is a full-scale trade war," said an economist at a Hong '
        "Kong-based investment bank. Beijing has also filed a complaint with the World "
        "Trade Organization. Analysts expect the central bank to step up support for "
        "the economy in the coming weeks.",
        "economy",
    ),
    (
        "BYD fires new shot in China's EV price war with cuts of up to 34%",
        "BYD on Friday cut prices on 22 of its electric and hybrid models by as much "
        "as 34 per cent, reigniting a price war that has eroded profits across China's "
        'car industry and prompted warnings from Beijing about "disorderly '
        'competition." The cheapest version of its Seagull hatchback now sells for '
        "55,800 yuan (US$7,780), down from 69,800 yuan, the Shenzhen-based carmaker "
        "said. Shares of BYD fell 8.6 per cent in Hong Kong, dragging down rivals "
        "including Geely, Leapmotor and Li Auto, as investors braced for another round "
        "of cuts. Analysts said BYD, the world's largest maker of electric vehicles, "
        "was trying to clear inventories that had piled up at dealerships after sales "
        'growth slowed in the spring. "The price war has turned into a war of '
        'attrition, and only the strongest balance sheets will survive," said an '
        "analyst at a mainland brokerage. The China Association of Automobile "
        "Manufacturers urged companies to avoid price cuts below cost, saying they "
        "harmed suppliers and the long-term health of the industry. More than 100 "
        "Chinese carmakers are competing in the electric vehicle market, and many "
        "smaller brands are losing money. Foreign brands such as Volkswagen and Toyota "
        "have also cut prices in China in an effort to hold on to market share.",
        "economy",
    ),
    (
        "Jokowi vows to fight on after WTO rules against nickel ore export ban",
        'President Joko "Jokowi" Widodo said on Wednesday that Indonesia would '
        "appeal a World Trade Organization (WTO) panel's ruling against its ban on "
        "nickel ore exports, vowing that the country would continue its push to "
        "process more of its raw materials at home. The WTO dispute settlement panel "
        "found that the ban, which took effect in January 2020, violated international "
        "trade rules, in a case brought by the European Union, whose steelmakers "
        'depend on Indonesian nickel. "We lost, but it\'s okay, we will appeal," '
        'Jokowi said at an investment forum in Jakarta. "We should not be afraid just '
        'because we are sued by the EU." The government argues that the export ban '
        "has drawn billions of dollars in investment in smelters, many of them "
        "Chinese-owned, and turned Indonesia into a key player in the supply chain for "
        "electric vehicle batteries. Coordinating Maritime Affairs and Investment "
        "Minister Luhut Pandjaitan said Indonesia would also consider banning exports "
        "of other raw minerals, including bauxite and copper ore. Economists said the "
        "appeal would likely leave the ban in place for years, since the WTO's "
        "appellate body has not functioned since 2019 because of a US block on "
        "appointments. Environmental groups have raised concerns over deforestation "
        "and pollution around nickel smelters in Sulawesi and North Maluku.",
        "economy",
    ),
    (
        "SK hynix, Samsung step up battle for AI memory as Nvidia orders surge",
        "SK hynix Inc. on Thursday reported record quarterly operating profit on "
        "strong demand for its high-bandwidth memory (HBM) chips used in artificial "
        "intelligence servers, widening its lead over Samsung Electronics Co. in one "
        "of the hottest segments of the semiconductor market. The chipmaker posted an "
        "operating profit of 7.03 trillion won ($5.1 billion) for the third quarter, "
        "up from a loss a year earlier, while revenue rose 94 percent to 17.57 "
        "trillion won. SK hynix said it had begun mass production of its 12-layer "
        "HBM3E chips and would start supplying them to a major customer, widely "
        "believed to be Nvidia, before the end of the year. Samsung, the world's "
        "largest memory chipmaker, has struggled to get its latest HBM chips certified "
        "by Nvidia, and its semiconductor chief issued a rare apology to investors "
        'earlier this month for disappointing results. "The AI chip war is now being '
        'fought in memory, and for the moment SK hynix has the upper hand," said an '
        "analyst at a Seoul-based brokerage. The government has pledged tax credits "
        "and infrastructure support for a mega chip cluster in Yongin, south of Seoul. "
        "Shares of SK hynix rose 3.4 percent on the Kospi, while Samsung shares fell "
        "0.8 percent.",
        "economy",
    ),
    (
        "China lifts last of its wine tariffs as trade war with Australia thaws",
        "China will scrap the tariffs of up to 218 per cent that it imposed on "
        "Australian wine three years ago, removing the last major barrier from a trade "
        "dispute that cost Australian exporters an estimated $20 billion. Beijing's "
        "Ministry of Commerce announced the decision on Thursday, saying the duties "
        'were "no longer necessary" given changes in the Chinese market. Trade '
        "Minister Don Farrell said the move was a win for winemakers in the Barossa "
        "Valley, McLaren Vale and other regions, who had been left with huge "
        'stockpiles after exports to China collapsed. "This is the result of the '
        "Government's patient and calibrated approach,\" he said. The tariffs were "
        "imposed in 2021 at the height of the diplomatic freeze that followed "
        "Australia's call for an independent inquiry into the origins of COVID-19, at "
        "a time when China also hit Australian barley, coal, timber and lobster. Prime "
        "Minister Anthony Albanese, who visited Beijing last year, said the two "
        "countries would continue to cooperate where they could and disagree where "
        "they must. Wine Australia said exporters were ready to ship within weeks, but "
        "warned it could take years to win back Chinese consumers who had switched to "
        "French and Chilean wines. Restrictions on some Australian beef processors and "
        "on live rock lobsters remain in place.",
        "economy",
    ),
    (
        "Okinawans keep up sit-in at Henoko gate as landfill work resumes",
        "NAGO, Okinawa Pref. - About 60 people, many of them in their 70s and 80s, sat "
        "in front of the gate of the US Marine Corps' Camp Schwab on Monday in protest "
        "against the central government's resumption of land reclamation work for a "
        "new US military base in the Henoko district. Riot police carried the "
        "protesters away one by one so that trucks loaded with soil and gravel could "
        "enter the base, a scene that has been repeated almost every weekday for "
        'years. No one was arrested. "We will not give up until the construction '
        'stops, for our grandchildren," said an 81-year-old woman from Nago who has '
        "taken part in the sit-in since 2014. Out at sea, activists in canoes were "
        "kept away from the reclamation area by Japan Coast Guard boats. Okinawa Gov. "
        "Denny Tamaki has repeatedly called for the work to be halted, pointing to a "
        "prefectural referendum in February in which more than 70 percent of voters "
        "opposed the landfill. The central government says moving the functions of "
        "Marine Corps Air Station Futenma from a crowded residential area in Ginowan "
        "to Henoko is the only solution. Engineers have discovered soft seabed in part "
        "of the planned site, which could delay completion and increase costs. The "
        "prefecture has filed a new lawsuit against the state over the reclamation "
        "permit.",
        "protest",
    ),
    (
        "Trainee doctors walk out en masse over medical school quota hike",
        "Nearly 9,000 trainee doctors, or about 72 percent of the total, have "
        "submitted their resignations and more than 8,000 have left their workplaces "
        "in protest against the government's plan to increase medical school "
        "admissions, the health ministry said Wednesday. The walkout, which began "
        "Tuesday at major hospitals in Seoul, has forced hospitals to cancel or "
        "postpone surgeries and turn away patients from emergency rooms. Severance "
        "Hospital said it had cut the number of scheduled operations by about half. "
        "The government plans to raise the annual enrollment quota at medical schools "
        "by 2,000 from next year, saying the country needs more doctors to cope with a "
        "rapidly aging population and a shortage of physicians in rural areas and "
        "essential fields such as pediatrics. Doctors' groups argue that the plan will "
        "lower the quality of medical education and fail to solve the shortage in "
        "unpopular specialties. Vice Health Minister Park Min-soo urged the trainee "
        "doctors to return to work and warned that those who failed to do so could "
        "have their licenses suspended. \"Patients' lives should not be used as a "
        'bargaining chip," he said. The Korea Medical Association said it would hold '
        "a rally in Seoul on Sunday to support the junior doctors. Polls show that a "
        "majority of the public supports the government's plan.",
        "protest",
    ),
    (
        "Tens of thousands rally outside Legislative Yuan against KMT-TPP reform bills",
        "Tens of thousands of people rallied outside the Legislative Yuan in Taipei "
        "yesterday, the third day of protests against a package of bills proposed by "
        "the Chinese Nationalist Party (KMT) and the Taiwan People's Party (TPP) to "
        "expand the legislature's powers. Organizers put the crowd at more than "
        "100,000, while police estimated it at about 30,000. Protesters, many of them "
        "students and young professionals holding placards and blue bird-shaped signs, "
        'filled Jinan Road and Qingdao E Road, chanting "No discussion, no '
        'democracy" as lawmakers inside debated the amendments. The protest, which '
        'some participants called the "Bluebird movement" after a pun on the street '
        "name, remained peaceful, and volunteers handed out water and collected "
        "garbage. Police said there were no clashes and no arrests. The bills would "
        "give lawmakers powers to question officials and demand documents, with "
        'penalties for "contempt of the legislature," which critics say were rushed '
        "through without proper review. KMT caucus whip Fu Kun-chi (傅崐萁) said the "
        "reforms were needed to hold the government accountable and accused the "
        "Democratic Progressive Party of spreading misinformation. Civic groups said "
        "they would return to the legislature every day until the bills were withdrawn "
        "or sent back to committee.",
        "protest",
    ),
    (
        "Tens of thousands march across Sydney Harbour Bridge in rain for Gaza",
        "Tens of thousands of people walked across the Sydney Harbour Bridge in heavy "
        "rain on Sunday to call for a ceasefire in Gaza and for aid to be allowed into "
        "the territory, in one of the largest protest marches in the city in years. "
        "NSW Police estimated the crowd at about 90,000, while organisers Palestine "
        "Action Group said as many as 300,000 had taken part. The march went ahead "
        "after the Supreme Court on Saturday rejected an attempt by NSW Police to "
        "block it, ruling that the right to protest outweighed the disruption of "
        "closing the bridge. Marchers, including families with prams, carried "
        "umbrellas, Palestinian flags and pots and pans as a symbol of hunger in Gaza. "
        "WikiLeaks founder Julian Assange and former NSW premier Bob Carr were among "
        "those who took part. Police said the event had been peaceful, and no arrests "
        "were made, although the march was halted for a time when officers told "
        "organisers the crowd had become too large for safety. The Harbour Bridge was "
        "closed to traffic for several hours, and public transport was crowded into "
        "the evening. Premier Chris Minns, who had opposed holding the march on the "
        "bridge, thanked police for their work. Organisers said they would hold "
        "similar marches in other capital cities.",
        "protest",
    ),
]
