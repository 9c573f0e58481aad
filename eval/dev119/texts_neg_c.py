"""dev119 hard negatives: politics, business and peaceful protest, whole articles."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Kast wins Chile's presidential run-off promising a war on organised crime",
        "Jose Antonio Kast, a hard-right former congressman, won Chile's presidential run-off on "
        "Sunday, defeating the left's candidate, Jeannette Jara, by a wide margin after a "
        "campaign dominated by crime and immigration. With almost all ballots counted, Kast had "
        "about 58% of the vote, the electoral service said. In his victory speech in Santiago, "
        "he promised to wage 'a war without truce' on organised crime, to build more prisons and "
        "to close the northern border to irregular migrants. Jara conceded within an hour and "
        "called on her supporters to respect the result. Kast, 59, lost the 2021 run-off to "
        "Gabriel Boric, who was barred by the constitution from seeking a second consecutive "
        "term. Voting was compulsory for the first time in a presidential run-off, and turnout "
        "was above 80%. The peso strengthened on Monday morning as investors welcomed his "
        "pledges to cut public spending. Kast takes office on 11 March and will face a divided "
        "Congress in which no bloc has a majority. His campaign drew on public anger over a rise "
        "in kidnappings, extortion and contract killings that police attribute partly to "
        "foreign gangs such as Venezuela's Tren de Aragua. Critics say his proposals echo the "
        "approach of El Salvador's President Nayib Bukele, whom Kast has praised, and warn of "
        "risks to civil liberties. Supporters gathered outside his campaign headquarters in the "
        "Las Condes district, waving flags and chanting until late at night. Argentina's "
        "President Javier Milei was among the first foreign leaders to congratulate him. Boric "
        "called Kast to offer a 'republican and orderly' transfer of power and invited him to "
        "the La Moneda palace on Tuesday. The result continues a shift to the right in South "
        "America after elections in Argentina, Ecuador and Bolivia.",
        "politics",
    ),
    (
        "Senate deal ends longest US government shutdown after weeks of partisan battle",
        "The US Senate passed a funding bill late on Monday that would end the longest government "
        "shutdown in the country's history, after eight Democrats broke ranks to back a deal "
        "with Republicans. The bill, which the House of Representatives is expected to approve "
        "this week, would fund most of the government until the end of January and reverse "
        "layoffs of federal workers made during the shutdown. It does not include the extension "
        "of health insurance subsidies that Democrats had demanded, though Republican leaders "
        "promised a vote on the issue in December. Senate Minority Leader Chuck Schumer voted "
        "against the measure and faced a fierce backlash from progressives, some of whom called "
        "for him to step aside. 'This was a fight worth having,' said Senator Chris Murphy of "
        "Connecticut. The shutdown has left hundreds of thousands of federal employees without "
        "pay and disrupted food aid for millions of families. Airlines had cancelled thousands of "
        "flights after the aviation regulator ordered cuts because of staffing shortages among "
        "air traffic controllers.",
        "politics",
    ),
    (
        "Starmer faces Labour revolt as MPs line up to attack welfare cuts",
        "Sir Keir Starmer is facing the biggest rebellion of his premiership after more than 120 "
        "Labour MPs signed an amendment that would kill the government's plans to cut disability "
        "benefits. The rebels say the changes to personal independence payments would push "
        "hundreds of thousands of disabled people into poverty. Ministers insist the reforms "
        "are needed to get more people into work and to control a benefits bill that is set to "
        "rise sharply by the end of the decade. Work and Pensions Secretary Liz Kendall told the "
        "Commons she was open to discussing changes but would not abandon the plans. Several "
        "select committee chairs are among those who have signed the amendment, which is due to "
        "be voted on next Tuesday. One backbencher said the whips had 'declared war' on "
        "colleagues who were only listening to their constituents. Downing Street said the prime "
        "minister was determined to press ahead. The Conservatives accused Labour of chaos and "
        "said the party had no plan to fix the public finances.",
        "politics",
    ),
    (
        "ANC and DA trade blows over budget as coalition partners' war of words escalates",
        "The ANC and the Democratic Alliance, the two largest partners in South Africa's "
        "government of national unity, traded sharp words on Wednesday over the budget, with "
        "DA leader John Steenhuisen accusing Finance Minister Enoch Godongwana of trying to "
        "'bulldoze' a tax increase through Parliament. ANC secretary-general Fikile Mbalula hit "
        "back, calling the DA 'an opposition party hiding inside the cabinet'. The dispute is "
        "over a proposed increase in value-added tax, which the DA says will hurt poor "
        "households and which the ANC says is needed to fund health and education. The rand "
        "weakened slightly as investors worried about the stability of the coalition, which was "
        "formed after the ANC lost its majority in the 2024 election. Analysts said neither "
        "party could afford to walk out of the arrangement before local government elections. "
        "President Cyril Ramaphosa called party leaders to a meeting at the Union Buildings on "
        "Thursday. Parliament's finance committee has postponed its vote on the budget "
        "framework by a week.",
        "politics",
    ),
    (
        "BBVA's hostile bid for Sabadell fails after 17-month takeover battle",
        "BBVA's hostile takeover bid for Banco Sabadell has failed after the Spanish bank's "
        "offer won the support of only about a quarter of Sabadell's shareholders, well short of "
        "the threshold it had set, Spain's market regulator said on Thursday. The result ends a "
        "17-month battle that pitted Spain's second-largest bank against the government, which "
        "opposed the deal and barred the two banks from merging for at least three years even "
        "if the bid succeeded. Sabadell chief executive Cesar Gonzalez-Bueno said shareholders "
        "had backed the bank's standalone strategy. BBVA chairman Carlos Torres said the bank "
        "respected the outcome and would now return excess capital to its own shareholders "
        "through buybacks. Sabadell shares fell about 6% in Madrid after the announcement, while "
        "BBVA shares rose. Analysts said the collapse of the deal showed how hard cross-regional "
        "mergers remain in Spain, where Catalan business groups had lobbied against it. It was "
        "one of the largest attempted bank takeovers in Europe in a decade.",
        "economy",
    ),
    (
        "Ottawa announces aid for steel workers as US tariffs escalate trade war",
        "The federal government announced a package of loans, wage support and procurement "
        "rules on Tuesday to help Canada's steel industry withstand US tariffs that have doubled "
        "to 50% since the start of the summer. Prime Minister Mark Carney said Ottawa would give "
        "Canadian steel priority in federal infrastructure and defence projects and limit "
        "imports from countries that dump cheap steel on the market. 'We are in a trade war, and "
        "we will defend our workers,' he said at a mill in Hamilton, Ontario. The United Steelworkers "
        "union said the measures were welcome but came too late for the hundreds of workers "
        "already laid off in Sault Ste Marie and Hamilton. Steelmakers say exports to the United "
        "States, which took most of their output, have fallen by more than half. Talks between "
        "Ottawa and Washington on a broader trade deal have stalled. Economists at a Toronto bank "
        "said the tariffs could cut Canada's growth by half a percentage point this year.",
        "economy",
    ),
    (
        "Beijing moves to rein in electric car price war as BYD cuts prices again",
        "China's industry ministry has summoned carmakers to warn them against 'disorderly "
        "competition' after BYD cut prices on more than 20 of its electric and hybrid models by "
        "up to 34%, setting off a new round of discounts across the industry. Shares in BYD, "
        "Geely and Great Wall Motor fell in Hong Kong as investors worried about shrinking "
        "profits. The ministry said price wars hurt suppliers and dealers and threatened the "
        "quality of cars, and that it would step up checks on companies selling below cost. "
        "Dealers in several provinces say they have been pushed to register new cars as used "
        "in order to meet sales targets. China's car market is the largest in the world, but "
        "there are more than 100 brands competing for buyers, many of them making losses. "
        "Great Wall's chairman warned that the industry could face its own 'Evergrande moment'. "
        "Analysts at a Singapore bank said consolidation was inevitable and that only a handful "
        "of brands would survive the next five years.",
        "economy",
    ),
    (
        "Rheinmetall shares hit record as European arms makers ride NATO spending wave",
        "Shares in Rheinmetall rose to a record high in Frankfurt on Wednesday after the German "
        "arms maker raised its sales forecast and said its order backlog had reached 64 billion "
        "euros. The company, which makes tanks, artillery shells and air defence systems, has "
        "seen its share price rise more than tenfold since Russia's full-scale invasion of "
        "Ukraine in 2022. Chief executive Armin Papperger said demand from European governments "
        "would keep growing after NATO members agreed to raise defence spending to 5% of GDP by "
        "2035. Shares in Leonardo, Thales and Saab also gained. Rheinmetall is building new "
        "ammunition plants in Lower Saxony, Lithuania and Romania, and plans to buy a naval "
        "shipyard in Bremen. Some investors have raised concerns about whether the stocks have "
        "risen too far, too fast. Environmental groups have criticised banks for dropping "
        "restrictions on lending to arms companies. The DAX index closed up 0.8%.",
        "economy",
    ),
    (
        "Maersk to resume some Suez Canal sailings as Red Sea calm holds",
        "Danish shipping giant Maersk said on Thursday that it would return some of its "
        "container services to the Suez Canal route from next month, the first major carrier to "
        "do so since it diverted ships around Africa's Cape of Good Hope in early 2024. The "
        "company said the decision followed weeks without attacks on merchant ships in the Red "
        "Sea, where Yemen's Houthi movement targeted vessels for more than a year in what it "
        "called solidarity with the Palestinians. The group has said it will halt its campaign "
        "as long as the ceasefire in Gaza holds. Maersk said the first sailings would be on its "
        "service linking India and the Middle East with the Mediterranean and that it would "
        "keep the situation under review. The Suez Canal Authority welcomed the announcement and "
        "offered discounts on transit fees to large container ships. Egypt lost billions of "
        "dollars in canal revenue during the diversions. Freight rates between Asia and Europe "
        "fell on the news, and insurers said war risk premiums were likely to come down. The "
        "detour around the Cape of Good Hope adds about 10 days to a voyage between Asia and "
        "northern Europe and burns hundreds of tonnes of extra fuel per trip. Other carriers, "
        "including Hapag-Lloyd and CMA CGM, said they were watching the situation closely but "
        "had no immediate plans to change their routes. Shipping analysts warned that a return "
        "of large numbers of ships through the canal could cause congestion at European ports "
        "as vessels arrive earlier than planned. Shares in Maersk fell 3% in Copenhagen, as "
        "investors expected the shorter route to free up capacity and push freight rates lower. "
        "Maersk's chief executive, Vincent Clerc, said the company would move back 'step by "
        "step' and could reverse the decision if the security situation changed.",
        "economy",
    ),
    (
        "Rotterdam port strike halts container terminals for a second day",
        "Container terminals at the Port of Rotterdam were brought to a standstill for a second "
        "day on Friday as lashing workers, who secure and release containers on ships, walked "
        "out in a dispute over early retirement. The FNV union said the strike would last until "
        "Saturday morning and that further stoppages could follow next week if employers did not "
        "improve their offer. More than 40 ships were waiting at anchor off the coast, and "
        "several shipping lines diverted vessels to Antwerp and Hamburg. Strikers gathered "
        "outside the Maasvlakte terminals with banners and a sound system, and the union said "
        "the action had passed off calmly. Employers said the union's demands would raise costs "
        "and damage the port's competitive position. The port authority said the disruption was "
        "costing the economy millions of euros a day. Rotterdam is Europe's largest port, handling "
        "about 14 million containers a year. Talks between the two sides are scheduled to resume "
        "on Monday with a mediator.",
        "protest",
    ),
    (
        "Tens of thousands of New Zealand teachers, nurses and doctors walk off the job in mega strike",
        "Tens of thousands of teachers, nurses, doctors and other public sector workers went on "
        "strike across New Zealand on Thursday, in what unions called the largest walkout in the "
        "country in more than 40 years. Schools closed or sent pupils home, and hospitals "
        "postponed planned surgery as staff joined marches in Auckland, Wellington and "
        "Christchurch. Unions say pay offers have not kept up with the cost of living and that "
        "staff shortages are putting patients and students at risk. Public Service Minister Judith "
        "Collins said the government could not afford larger increases and accused the unions of "
        "playing politics ahead of next year's election. In Wellington, a crowd filled Civic "
        "Square and marched to Parliament, chanting and carrying placards. Police reported no "
        "arrests or incidents. Hospitals said emergency departments remained open, with senior "
        "doctors providing cover. The unions have not ruled out further action if negotiations "
        "fail to produce a better offer.",
        "protest",
    ),
    (
        "Young Mongolians rally in Ulaanbaatar demanding prime minister's resignation",
        "Thousands of young Mongolians gathered in Sukhbaatar Square in central Ulaanbaatar on "
        "Monday evening to demand the resignation of Prime Minister Luvsannamsrain "
        "Oyun-Erdene, the latest in a series of protests over what they see as corruption at the "
        "top of government. The protests were sparked by social media posts showing the prime "
        "minister's son spending lavishly on gifts and holidays abroad. Demonstrators waved "
        "banners reading 'Resigning is easy' and played music from loudspeakers, while police "
        "watched from the edges of the square. Organisers said they would keep coming back every "
        "evening until the prime minister stepped down or won a confidence vote in parliament. "
        "Oyun-Erdene has denied wrongdoing and said his family's spending was paid for from "
        "legitimate income. The rallies have been peaceful, and no arrests have been reported. "
        "Mongolia, a democracy sandwiched between China and Russia, has seen public anger grow "
        "over the distribution of the country's mining wealth.",
        "protest",
    ),
    (
        "Indigenous leaders lead peaceful climate march through Belem as COP30 enters second week",
        "Tens of thousands of people marched through the streets of Belem on Saturday as the "
        "UN climate summit, COP30, entered its second week, with Indigenous leaders from across "
        "the Amazon at the front of the procession. Marchers carried a giant inflatable globe "
        "and banners calling for an end to fossil fuel extraction and for land rights for "
        "Indigenous peoples. Drummers and dancers from the Munduruku and Kayapo peoples led the "
        "crowd along the waterfront towards the summit venue. Organisers said it was the largest "
        "climate march since the COP in Glasgow in 2021. Police said the march had passed "
        "without incident. Brazil's environment minister, Marina Silva, met a delegation of "
        "Indigenous leaders on the sidelines of the talks. Negotiators are trying to agree on a "
        "roadmap for moving away from oil, coal and gas, which many oil-producing countries "
        "oppose. The summit is scheduled to end on Friday.",
        "protest",
    ),
]
