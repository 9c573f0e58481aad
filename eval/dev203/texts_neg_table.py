"""dev203 negatives, the bargaining table: wage talks, lockouts, union elections, labour law,
layoffs and gig work, with the desk's war words ("battle", "war", "militant", "assault").

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Public servants’ unions sign wage deal, calling off threatened strike",
        "South Africa's public service unions signed a three-year wage agreement with the "
        "government on Friday, ending months of tense negotiations that had raised the prospect "
        "of a strike by more than 1.2 million state workers. The deal, reached in the Public "
        "Service Co-ordinating Bargaining Council in Centurion, gives workers a 5.5% increase this "
        "year and increases linked to inflation in the following two years. The Public Servants "
        "Association and the National Education, Health and Allied Workers' Union had rejected "
        "an earlier offer of 4.7% and held marches to the Union Buildings in Pretoria. Treasury "
        "officials warned that the settlement would add about R20bn to the wage bill and would "
        "have to be funded by cuts elsewhere. “It is not everything we wanted, but it protects "
        "our members from another year of real wage cuts,” a Cosatu negotiator said. Ratings "
        "agencies have repeatedly flagged the public-sector wage bill as a risk to South Africa's "
        "finances. The minister of public service and administration called the agreement a "
        "victory for collective bargaining.",
        "economy",
    ),
    (
        "Ryanair and pilots’ unions end summer of war with recognition deal",
        "Ryanair signed its first recognition agreement with pilots' unions in Germany and Italy "
        "on Tuesday, bringing a truce in what the airline's critics called a war on organised "
        "labour that had grounded hundreds of flights across Europe over the summer. The "
        "agreement with the Vereinigung Cockpit union covers about 400 pilots based in Germany "
        "and provides for collective bargaining on pay, rosters and pensions. Ryanair, which for "
        "three decades refused to deal with unions, changed course after a wave of co-ordinated "
        "strikes in Ireland, Belgium, Sweden, the Netherlands and Germany. Its chief executive, "
        "Michael O'Leary, had once said hell would freeze over before the airline recognised a "
        "union. Shares rose 3% in Dublin. Analysts said higher labour costs would squeeze "
        "Ryanair's ability to undercut rivals in the fare war with easyJet and Wizz Air. Talks "
        "with cabin crew unions in Spain and Portugal continue.",
        "economy",
    ),
    (
        "Fain wins UAW presidency by 477 votes in first direct election",
        "Shawn Fain has won the presidency of the United Auto Workers by a margin of 477 votes, "
        "the union's court-appointed monitor said on Saturday, defeating the incumbent Ray Curry "
        "in the first direct election of the union's leaders. The vote was the result of a "
        "consent decree that followed a federal corruption investigation in which two former "
        "presidents were jailed. Fain, an electrician from a Stellantis plant in Indiana, ran "
        "on a reform slate that promised to end concessions to the Detroit carmakers and to "
        "prepare members for a strike when contracts expire in September. Curry's campaign had "
        "challenged hundreds of ballots, and the monitor spent weeks reviewing them. “The era of "
        "being a company union is over,” Fain said in a statement. Only about 30% of eligible "
        "members returned ballots in the run-off. Analysts said the result could make "
        "negotiations with General Motors, Ford and Stellantis more combative.",
        "politics",
    ),
    (
        "Unions vow to fight ‘assault on right to strike’ as minimum service bill passes",
        "Britain's trade unions promised to resist what they called an all-out assault on the "
        "right to strike after parliament passed a law allowing employers in rail, health, "
        "education and the fire service to require a minimum level of service during walkouts. "
        "Under the legislation, workers named in a work notice who refuse to cross a picket line "
        "could lose their protection from dismissal, and unions that fail to take reasonable "
        "steps to make them comply could be sued. The TUC general secretary said the law was "
        "“undemocratic, unworkable and almost certainly illegal” and announced a special "
        "congress to plan a campaign of non-compliance. Ministers say the law brings Britain "
        "into line with countries such as France, Italy and Spain. The House of Lords had twice "
        "sent the bill back with amendments before giving way. Labour has pledged to repeal it "
        "within 100 days if it wins the next election. Legal experts said the International "
        "Labour Organization's committee of experts was likely to criticise the law.",
        "politics",
    ),
    (
        "Government takes control of ‘militant’ CFMEU as administrator appointed",
        "The Australian government placed the construction division of the Construction, "
        "Forestry and Maritime Employees Union into administration on Friday, removing more than "
        "270 elected officials after media reports alleged links between some of its officials "
        "and organised crime figures. The workplace relations minister said the union, long known "
        "as one of the most militant in the country, had been “infiltrated” and that the "
        "measures were necessary to restore integrity in the building industry. The administrator, "
        "a Sydney barrister, will run the division for up to five years. The union said it would "
        "challenge the legislation in the High Court, calling it an attack on the democratic "
        "rights of its members. Some Labor backbenchers expressed discomfort at the move against "
        "a union that has donated millions to the party. Master Builders Australia welcomed the "
        "decision and called for the return of a building industry watchdog. Police in Victoria "
        "said they were assessing the allegations but had laid no charges.",
        "politics",
    ),
    (
        "Tech layoffs ‘bloodbath’ deepens as chipmaker cuts 15,000 jobs",
        "Intel said on Thursday it would cut about 15,000 jobs, more than 15% of its workforce, "
        "as it tries to save $10bn next year, the latest in a wave of layoffs that analysts have "
        "called a bloodbath for the technology sector. The shares fell 20% in after-hours trading "
        "after the company reported a quarterly loss and suspended its dividend. Chief executive "
        "Pat Gelsinger told staff that revenue had not grown as expected and that costs were "
        "too high. A tracking website run by independent analysts counts more than 120,000 job cuts at technology "
        "companies so far this year. Unions have little presence in the industry, but the "
        "Communications Workers of America said the cuts showed why workers needed protection. "
        "Intel said most of the job losses would be completed by the end of the year and that it "
        "would offer early retirement. State officials in Ohio, where the company is building a "
        "chip plant, said they had been assured the project would go ahead.",
        "economy",
    ),
    (
        "EU agrees platform work rules that could reclassify millions of gig workers",
        "European Union governments and lawmakers reached a provisional agreement on Thursday on "
        "rules for people who work through digital platforms, after a two-year battle in which "
        "France and several Nordic states resisted tougher language. The directive introduces a "
        "presumption that platform workers are employees when their work is controlled by the "
        "app, and puts the burden on companies to prove otherwise in court. It also bans "
        "platforms from firing drivers or couriers solely on the basis of an algorithm. The "
        "European Commission estimates that about 28 million people work through platforms in "
        "the EU, and that 5.5 million of them may be wrongly classified as self-employed. Uber "
        "and Delivery Hero said the compromise left member states too much room to interpret "
        "the rules. Unions welcomed the deal as a first step. Member states will have two years "
        "to write the directive into national law.",
        "politics",
    ),
    (
        "Starbucks Workers United and company agree to restart talks after bitter fight",
        "Starbucks and the union representing baristas at hundreds of its US stores said on "
        "Tuesday they would begin talks on a framework for a first contract, a truce in a "
        "two-year fight over organising that has been marked by lawsuits and store closures. "
        "Workers United, an affiliate of the Service Employees International Union, has won "
        "elections at about 400 of the chain's 9,000 company-run stores since a shop in Buffalo "
        "voted to unionise. The National Labor Relations Board has accused Starbucks of illegally "
        "firing union organisers and closing stores in retaliation, charges the company denies. "
        "Both sides also agreed to work towards settling their litigation. “This is a new "
        "chapter,” Starbucks said in a statement. Investors, who had pressed the board to "
        "improve its labour relations, sent the shares up 2%. The union said any agreement would "
        "have to include higher pay and reliable scheduling.",
        "economy",
    ),
    (
        "Amazon Alabama warehouse workers reject union for second time",
        "Workers at Amazon's warehouse in Bessemer, Alabama, voted against forming a union for "
        "the second time, the National Labor Relations Board said, although hundreds of "
        "challenged ballots meant the result was not yet final. The count showed 993 votes "
        "against and 875 in favour of joining the Retail, Wholesale and Department Store Union, "
        "with 416 ballots contested by either side. The labour board had ordered the rerun after "
        "finding that Amazon improperly interfered in the first vote in 2021 by installing a "
        "mailbox at the site. The union accused the company of a relentless campaign of "
        "mandatory meetings and text messages. Amazon said its employees' voices had been heard. "
        "On the same day, workers at a warehouse on Staten Island in New York voted to join the "
        "independent Amazon Labor Union, a first for the company in the United States. Labour "
        "historians called the split result a turning point.",
        "economy",
    ),
    (
        "Wage board sets new minimum for Bangladesh garment workers",
        "Bangladesh's minimum wage board on Tuesday set a new monthly minimum of Tk 12,500 for "
        "the country's four million garment workers, an increase of 56% from the current rate "
        "but well below what unions had demanded. The board, which includes representatives of "
        "factory owners and workers, said the new rate would take effect from December 1. "
        "Manufacturers said their margins were already thin because buyers in Europe and North "
        "America had refused to pay higher prices for orders. Unions had sought Tk 23,000, "
        "citing the rising cost of rice, lentils and rent in Dhaka. The state minister for "
        "labour said the government would ask brands to share the cost. The country's garment "
        "exports were worth about $47bn last year, making it the world's second-largest "
        "exporter of clothing after China. Economists said the increase still left wages among "
        "the lowest in Asia.",
        "economy",
    ),
    (
        "Hollywood writers end 148-day strike after studios agree to AI limits",
        "Members of the Writers Guild of America voted to ratify a new three-year contract with "
        "Hollywood studios on Monday, formally ending a 148-day strike that halted the production "
        "of films and television series. The agreement raises minimum pay, increases residuals "
        "for streaming shows and sets rules on the use of artificial intelligence, which cannot "
        "be used to write or rewrite scripts or be credited as a writer. Ninety-nine per cent of "
        "members who voted backed the deal. The guild's negotiators called it “exceptional”, "
        "with gains worth about $233m a year. Late-night talk shows returned to the air "
        "within days, but the actors' union SAG-AFTRA remains on strike. The walkout is "
        "estimated to have cost the California economy more than $5bn. Studio executives said "
        "they hoped to reach a deal with actors soon so that production could resume before the "
        "end of the year.",
        "economy",
    ),
    (
        "Qatar abolishes exit permits and sets minimum wage in labour overhaul",
        "Qatar has ended the requirement for most migrant workers to get their employer's "
        "permission to change jobs or leave the country, and introduced a non-discriminatory "
        "minimum wage of 1,000 riyals a month, the labour ministry said. The changes dismantle "
        "key parts of the kafala sponsorship system, which rights groups have long criticised for "
        "trapping workers with abusive employers. Employers must also provide food and housing "
        "or pay allowances of 800 riyals on top of the basic wage. The International Labour "
        "Organization, which opened an office in Doha in 2018, said the reforms would benefit "
        "about two million workers, many of them from Nepal, India, Bangladesh and Kenya. "
        "Amnesty International welcomed the changes but said enforcement remained weak and "
        "that many workers still went unpaid for months. The country has come under intense "
        "scrutiny over the treatment of the workers building stadiums for the World Cup. "
        "Officials say more than 240,000 workers have changed jobs since the rules were eased.",
        "politics",
    ),
    (
        "Japan’s biggest union group wins 5.1% pay rises in spring wage talks",
        "Japan's largest labour organisation said on Friday that its members had won average "
        "wage increases of 5.1% in this year's spring negotiations, the biggest rise in 33 "
        "years and a sign that the country may be breaking out of decades of stagnant pay. Rengo, "
        "which represents about seven million workers, said smaller companies had also offered "
        "higher increases than in the past, though they lagged behind large manufacturers. Toyota, "
        "Hitachi and Nippon Steel agreed in full to union demands in the annual shunto talks. The "
        "result strengthens the case for the Bank of Japan to end its negative interest rate "
        "policy, economists said. Prime Minister Fumio Kishida had repeatedly urged employers to "
        "raise wages faster than inflation. “The momentum must now spread to every workplace,” "
        "Rengo's president said. The yen weakened slightly after the announcement.",
        "economy",
    ),
    (
        "Court freezes labour chapter of Milei’s decree in blow to ‘war on unions’",
        "An Argentine labour appeals court on Wednesday suspended the chapter on employment of "
        "President Javier Milei's sweeping deregulation decree, handing a victory to the General "
        "Confederation of Labour, which had accused the government of waging war on organised "
        "labour. The decree would have extended the probation period for new employees, cut "
        "severance payments and limited the right to strike in services declared essential. The "
        "court ruled that the president had no authority to change labour law by decree without "
        "an emergency that justified bypassing Congress. The government said it would appeal to "
        "the Supreme Court. “The unions are defending their privileges, not workers,” a "
        "presidential spokesman told reporters at the Casa Rosada. The CGT's lawyers said the "
        "ruling confirmed that the reform was unconstitutional. Business groups said the "
        "uncertainty would deter hiring at a time when the economy is in recession.",
        "politics",
    ),
    (
        "Price war among EV makers squeezes suppliers and factory workers in China",
        "A brutal price war in China's electric vehicle market is pushing parts makers to cut "
        "wages and extend shifts, according to workers and industry analysts, as carmakers "
        "demand discounts from their suppliers. BYD cut the prices of more than 20 models by up "
        "to 34% last month, prompting rivals to follow, and asked suppliers to lower their "
        "prices by 10% from January. Workers at several component factories in Guangdong and "
        "Anhui said overtime pay had been cut and bonuses cancelled. The industry ministry has "
        "warned against “disorderly competition” and what state media calls involution, a race "
        "to the bottom that erodes profits. The China Association of Automobile Manufacturers "
        "said margins in the sector had fallen to their lowest level in a decade. Dozens of "
        "smaller brands have gone bankrupt in the past two years. Analysts expect further "
        "consolidation, and more job losses, before the market stabilises.",
        "economy",
    ),
]
