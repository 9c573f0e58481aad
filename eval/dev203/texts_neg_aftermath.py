"""dev203 negatives, around the workplace: anniversaries, films and plays, sport's labour
disputes, soldiers covering for strikers, shipyards, health at work, a peace programme's jobs and
ordinary labour news.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Ten years after Marikana, widows still wait for justice on the koppie",
        "Thousands of mineworkers, relatives and union members gathered on the rocky outcrop "
        "near Marikana on Tuesday to mark ten years since police shot dead 34 striking miners at "
        "Lonmin's platinum mine, the deadliest use of force by South African security forces "
        "since the end of apartheid. Widows in black sat in the front rows beneath a tent as "
        "the names of the dead were read out, and some wept as a choir sang. No police officer "
        "has been convicted over the killings, and many families are still waiting for "
        "compensation promised by the state. “They told us the wheels of justice turn slowly. "
        "For us they have not turned at all,” said a woman whose husband was shot at the "
        "koppie. The Association of Mineworkers and Construction Union, whose members led the "
        "2012 strike, accused the government and the mine's current owner, Sibanye-Stillwater, "
        "of abandoning the community. Sibanye said it had built houses for some of the widows "
        "and was paying for the education of the victims' children. The Farlam Commission, "
        "which investigated the massacre, recommended prosecutions and police reforms, but "
        "critics say most of its findings were never implemented. Speakers called for a "
        "national day of remembrance.",
        "history",
    ),
    (
        "Rana Plaza survivors mark tenth anniversary with call for binding safety accord",
        "Survivors and relatives of the victims of the Rana Plaza collapse laid wreaths at the "
        "site in Savar on Monday, ten years after the eight-storey building housing five garment "
        "factories fell down, killing 1,134 people. Many carried photographs of family members "
        "whose bodies were never found. The disaster led to the Accord on Fire and Building "
        "Safety, under which more than 200 global brands agreed to independent inspections of "
        "their suppliers' factories, and labour groups credit it with making most garment "
        "factories in Bangladesh much safer. “My legs were crushed under the concrete. I still "
        "cannot stand for a full day's work,” said a former sewing operator who was rescued "
        "after 17 hours. Unions used the anniversary to urge brands that have not signed the "
        "renewed International Accord, among them several large American retailers, to do so. "
        "The building's owner, Sohel Rana, remains in prison while his murder trial drags on. "
        "Small demonstrations were also held outside retailers in London, Amsterdam and Berlin.",
        "history",
    ),
    (
        "Forty years on, Orgreave campaigners renew call for inquiry into miners’ strike",
        "Former miners and their families marched through Orgreave, near Rotherham, on Saturday "
        "to mark 40 years since the start of the year-long miners' strike, and renewed their "
        "call for a public inquiry into the police operation at the coking plant in June 1984. "
        "About 95 miners were charged with riot after mounted officers charged pickets at the "
        "plant, but all the cases collapsed. The Orgreave Truth and Justice Campaign says police "
        "fabricated statements and that the government of Margaret Thatcher used the police as "
        "a political weapon against the National Union of Mineworkers. A new Labour government "
        "has promised to look again at the case. Brass bands played as the marchers, some of "
        "them in their eighties, walked past the site, which is now a housing estate and a "
        "business park. “We are not going away until we get the truth,” said a former Yorkshire "
        "miner. The strike ended in March 1985 with a defeat for the union, and most of "
        "Britain's deep coal mines closed within a decade. Exhibitions on the strike have "
        "opened in museums in Barnsley and Wakefield.",
        "history",
    ),
    (
        "‘Made in Bangladesh’ turns garment union fight into a gripping drama",
        "Rubaiyat Hossain's Made in Bangladesh, which opens in British cinemas this week, follows "
        "Shimu, a 23-year-old machinist in a Dhaka garment factory, who decides to form a union "
        "after a fire kills a colleague. The film, which premiered at the Toronto International "
        "Film Festival, is based on the real story of a young labour leader. Hossain, who spent "
        "months interviewing workers in Mirpur and Ashulia, films the factory floor with a "
        "documentary eye: the noise of the sewing machines, the supervisors shouting, the "
        "overtime that runs late into the night. Rikita Nandini Shimu, a former garment worker "
        "herself, gives a striking performance in the lead. The drama is less about the battle "
        "with the bosses than about the one at home, where Shimu's husband resents her new "
        "confidence. Some critics found the ending too neat, but audiences in Dhaka responded "
        "warmly at a special screening for workers. The film is also a quiet rebuke to the "
        "brands that buy from the factories, which are never named but are always present.",
        "entertainment",
    ),
    (
        "Dockworkers’ strike opera sets the waterfront to music in Liverpool",
        "A new opera about the Liverpool dockers' dispute of the 1990s opened at the city's "
        "Everyman theatre on Thursday, with a chorus of former dockworkers singing alongside "
        "professional performers. The Lockout tells the story of the 500 men who were sacked "
        "after refusing to cross a picket line in 1995 and spent more than two years fighting "
        "for their jobs, gathering support from dockers in the United States, Australia and "
        "Japan. The libretto, written by a former docker's daughter, draws on interviews and "
        "union minutes, and the score mixes sea shanties with brass. Critics praised the "
        "second act, in which the wives of the sacked men take over the campaign, though some "
        "found the first act's speeches too long. “We were called dinosaurs and militants. Now "
        "we are on the stage,” one of the dockers in the chorus said after the premiere. The "
        "production runs until the end of the month before touring to Hull, Glasgow and "
        "Southampton. Tickets for most performances have already sold out.",
        "entertainment",
    ),
    (
        "Spain’s women footballers call off strike after deal on pay and conditions",
        "Spain's top women footballers called off a strike that had postponed the first two "
        "rounds of the Liga F season after reaching an agreement with the clubs on a minimum "
        "salary, the players' unions said on Tuesday. Under the deal, brokered by the government's "
        "sports council, the minimum annual wage for players in the top division will rise to "
        "21,000 euros this season and to 23,500 euros by 2025. The players had demanded 25,000 "
        "euros, while the clubs had offered 20,000. The strike came weeks after Spain won the "
        "Women's World Cup, a triumph overshadowed by the scandal over the federation president's "
        "unwanted kiss on a player at the medal ceremony. “We have won a battle, but there is "
        "still a long way to go to be treated as professionals,” the players' union AFE said. "
        "The league's matches will resume at the weekend with the fixture between Real Madrid "
        "and Barcelona. Club owners said the new wages would strain budgets in a league that "
        "loses money.",
        "sport",
    ),
    (
        "MLB lockout ends as owners and players agree deal, saving 162-game season",
        "Major League Baseball owners and the players' union reached a new five-year collective "
        "bargaining agreement on Thursday, ending a 99-day lockout that had already delayed the "
        "start of the season. The league said opening day would be pushed back a week but that "
        "all 162 games would be played, with doubleheaders added to make up for lost dates. "
        "The deal raises the minimum salary to $700,000, creates a bonus pool for young players "
        "and expands the playoffs to 12 teams. It also introduces a universal designated hitter, "
        "so pitchers will no longer bat. Commissioner Rob Manfred had been booed at the World "
        "Series after the owners locked out players in December, the sport's first work stoppage "
        "since the 1994-95 strike. “This wasn't a fight anyone wanted,” said the union's "
        "executive director, Tony Clark. Players will report to spring training in Florida and "
        "Arizona on Sunday. Team owners voted unanimously to approve the agreement.",
        "sport",
    ),
    (
        "Soldiers to drive ambulances and staff border posts during winter strikes",
        "About 1,200 members of the armed forces have been trained to drive ambulances, staff "
        "passport booths at airports and support the fire service during a wave of strikes by "
        "public sector workers over Christmas, the government said on Wednesday. Troops from "
        "the army, navy and RAF will cover for Border Force officers at Heathrow, Gatwick and "
        "Manchester airports during walkouts planned from December 23. Soldiers will not be "
        "allowed to drive ambulances with blue lights or to break speed limits, officials "
        "said. The head of the armed forces said his personnel should not be treated as “spare "
        "capacity” and that many of them would have to give up leave. Unions representing "
        "ambulance staff said the use of soldiers was a stunt that could not replace trained "
        "paramedics. The Ministry of Defence said the deployments were similar to those during "
        "the fuel crisis and the pandemic. Ministers urged unions to call off the walkouts and "
        "return to talks.",
        "military",
    ),
    (
        "Govan shipyard workers win deal as first Type 26 frigate takes shape",
        "Shipbuilders at BAE Systems' yards on the Clyde have accepted a two-year pay deal worth "
        "about 11%, calling off an overtime ban that threatened to delay work on the Royal Navy's "
        "new Type 26 anti-submarine frigates, the GMB and Unite unions said on Friday. About "
        "3,000 workers at Govan and Scotstoun are building eight of the warships under a "
        "programme worth more than 8 billion pounds, and the first, HMS Glasgow, is being fitted "
        "out in the water. The navy plans to commission the ship later this decade. The unions "
        "had warned that low pay was making it hard to retain welders and electricians, who can "
        "earn more in the renewable energy industry. BAE said the agreement recognised the "
        "skills of its workforce and would secure the delivery schedule. The defence secretary, "
        "visiting the yard last month, said the frigates would be the backbone of the fleet's "
        "anti-submarine force for decades. The company is also recruiting more than 200 "
        "apprentices this year.",
        "military",
    ),
    (
        "Covid outbreaks force meatpacking plants to close as workers fall sick",
        "Some of the largest meat processing plants in the United States have closed after "
        "hundreds of their workers tested positive for the coronavirus, raising fears of "
        "shortages of pork and beef in supermarkets. Smithfield Foods shut its pork plant in "
        "Sioux Falls, South Dakota, where more than 700 employees were infected, and Tyson "
        "Foods suspended work at a facility in Iowa. At least 20 meatpacking workers have died "
        "of Covid-19, according to the United Food and Commercial Workers union. Workers say "
        "they stand shoulder to shoulder on the processing lines and were not given masks until "
        "recently. Many of them are immigrants from Latin America, Africa and Asia who cannot "
        "afford to miss shifts. The Centers for Disease Control and Prevention issued guidance "
        "recommending plastic barriers between workstations and staggered breaks. President "
        "Donald Trump later signed an order to keep the plants open as critical infrastructure. "
        "Public health experts said the plants had become hotspots that spread infection to "
        "surrounding towns.",
        "health",
    ),
    (
        "Mobile clinics to screen 100,000 former miners for silicosis and TB",
        "Mobile clinics will screen up to 100,000 former gold miners in South Africa, Lesotho, "
        "Eswatini and Mozambique for silicosis and tuberculosis over the next two years, under "
        "a programme run by the trust that administers the landmark settlement of a class action "
        "against mining companies. Silicosis, an incurable lung disease caused by inhaling silica "
        "dust underground, greatly increases the risk of tuberculosis, and mineworkers have some "
        "of the highest TB rates in the world. Many former miners who returned to rural villages "
        "after their contracts ended have never been examined, the Tshiamiso Trust said. "
        "Eligible workers can receive compensation of up to 500,000 rand, depending on the "
        "severity of their illness. Health workers at a clinic in Mohale's Hoek said dozens of "
        "men had queued since dawn for X-rays. Unions said the process of proving eligibility "
        "was too slow and that many claimants had died waiting. The trust has paid out more "
        "than 1 billion rand so far.",
        "health",
    ),
    (
        "Former combatants turn to coffee cooperatives under Bangsamoro normalisation",
        "Hundreds of former fighters of the Moro Islamic Liberation Front who handed in their "
        "weapons under the 2014 peace agreement are now running coffee and abaca cooperatives in "
        "Maguindanao and Lanao del Sur, supported by a government livelihood programme, officials "
        "said on Monday. More than 26,000 combatants have been decommissioned so far, and each "
        "receives a cash grant and training in farming, carpentry or tailoring. The labour "
        "department and the International Labour Organization are helping former fighters form "
        "cooperatives and register their businesses. “I carried a rifle for 20 years. Now I "
        "carry sacks of coffee beans to the market,” said a 47-year-old former commander in "
        "Sultan Kudarat. The Bangsamoro regional government says the transition is on track, "
        "although critics say payments have been delayed and that many former combatants remain "
        "unemployed. The peace process secretariat said the last phase of decommissioning would "
        "be completed before the first regional elections. Investors from Malaysia and the Gulf "
        "have shown interest in halal food processing in the region.",
        "peace",
    ),
    (
        "Union membership falls to record low of 10% of US workers",
        "The share of American workers who belong to a union fell to a record low of 10% last "
        "year, the Bureau of Labor Statistics said on Thursday, even as unions won a string of "
        "high-profile organising drives and strikes. The number of union members rose by about "
        "139,000 to 14.4 million, but employment grew faster, so the rate of membership slipped. "
        "Public-sector workers are unionised at a rate more than five times that of private "
        "employees. Hawaii and New York had the highest membership rates, while North and South "
        "Carolina had the lowest. Polls show that approval of labour unions is near its highest "
        "level in more than half a century. Economists said it would take years of organising "
        "victories to reverse a decline that began in the 1950s. The AFL-CIO said labour law "
        "made it too easy for employers to delay or defeat union elections.",
        "other",
    ),
    (
        "Four-day week trial: most British companies keep shorter hours after pilot",
        "Most of the 61 British companies that took part in a six-month trial of a four-day "
        "working week have decided to keep the shorter hours, researchers said on Tuesday, "
        "reporting lower burnout and staff turnover with little effect on productivity. The "
        "pilot, involving about 2,900 workers at firms ranging from a fish and chip shop to "
        "software developers and banks, was run by the campaign group 4 Day Week Global with "
        "researchers at Cambridge and Boston College. Employees worked 80% of their usual hours "
        "for full pay, in exchange for a commitment to maintain output. Revenue at the "
        "companies rose slightly over the period, and the number of sick days fell by about two "
        "thirds. “People came back on Monday with energy instead of dread,” said the head of a "
        "marketing agency in Manchester. Critics said the sample was small and self-selected. "
        "Some firms said they found it hard to cover customer service on the extra day off.",
        "other",
    ),
]
