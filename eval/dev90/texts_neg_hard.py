"""eval/dev90 hard negatives: digests, briefings and roundups none of whose items reports a current
event of armed conflict or political violence, although they use conflict words (war, army,
troops, attack, killed, bomb, missile, siege...). NEGATIVES = [(title, text, kind code), ...],
the kind being that of the digest's hardest item.
"""

NEGATIVES = [
    (
        "Myanmar earthquake: what we know so far",
        (
            "A magnitude 7.7 earthquake struck central Myanmar at lunchtime on Friday, its "
            "epicentre near Sagaing, about 16 kilometres from Mandalay, the country's second "
            "city. Here is what we know. The military government said on Sunday that 1,700 people "
            "had died and more than 3,400 were injured, and it expected the toll to rise as "
            "rescuers reached outlying towns. In Mandalay, apartment blocks, monasteries and the "
            "old royal palace walls were damaged, and residents slept in the streets for fear of "
            "aftershocks. In neighbouring Thailand, a 30-storey tower under construction in "
            "Bangkok collapsed, trapping dozens of workers. The junta made a rare appeal for "
            "international aid, and rescue teams from China, India and Russia have arrived. The "
            "country was already strained by four years of civil war, and aid agencies said some "
            "of the worst-hit areas were hard to reach because roads and bridges had been damaged "
            "by the quake. An alliance of opposition armed groups announced a temporary pause in "
            "its operations to help relief efforts. What we don't know: how many people remain "
            "under the rubble."
        ),
        "disaster",
    ),
    (
        (
            "Asia in brief: Assam floods displace thousands, typhoon warnings in Luzon, Thai baht "
            "weakens"
        ),
        (
            "Floodwaters from the Brahmaputra and its tributaries submerged more than 1,200 "
            "villages across 19 districts of Assam, and the state disaster authority said 380,000 "
            "people were affected and about 40,000 had moved into relief camps. Army and National "
            "Disaster Response Force teams used boats to evacuate families in Dhemaji and "
            "Lakhimpur, and rhinos in Kaziranga National Park were seen wading to higher ground. "
            "In the Philippines, the weather agency raised storm signal number three over "
            "northern Luzon as Typhoon Kristine approached, and schools in the region were "
            "closed. The navy and coast guard positioned rescue vessels along the coast. The Thai "
            "baht fell to a three-month low against the dollar on concerns about slowing tourism. "
            "Singapore's non-oil exports rose 4% in September. In Nepal, landslides blocked the "
            "Prithvi Highway between Kathmandu and Pokhara for a second day, stranding hundreds "
            "of buses, and army engineers were working to clear the road. Pakistan's "
            "meteorological department forecast heavier than usual rain in Punjab and Sindh over "
            "the coming week and warned of urban flooding in Karachi and Lahore. China's Ministry "
            "of Emergency Management said 14 people had died in flash floods in Guangxi, where "
            "the army and armed police evacuated 60,000 residents from low-lying villages. In "
            "Japan, the Noto peninsula was hit by record rain less than nine months after a "
            "deadly earthquake, and residents of temporary housing were moved to evacuation "
            "centres. Indonesia's stock index rose 0.6%. Vietnam's airline regulator grounded two "
            "budget carriers' older planes for engine checks."
        ),
        "disaster",
    ),
    (
        (
            "Africa week in review: Maiduguri under water, Ethiopia's debt deal, Senegal's first "
            "oil cargo"
        ),
        (
            "The Alau dam on the Ngadda river collapsed on Tuesday after weeks of heavy rain, "
            "sending floodwater through about half of Maiduguri, the capital of Nigeria's Borno "
            "State. At least 30 people died and state officials said around 400,000 were forced "
            "from their homes, many of them sleeping in schools and camps. The city, which for "
            "more than a decade has been the centre of the fight against Boko Haram, already "
            "hosts tens of thousands of people displaced by that insurgency, and aid groups said "
            "some of their camps were themselves flooded. The army deployed trucks and boats to "
            "move people to higher ground, and the zoo lost most of its animals. In Ethiopia, the "
            "government reached an agreement in principle with official creditors to restructure "
            "about $8.4 billion of debt. Senegal loaded its first cargo of crude from the "
            "offshore Sangomar field. Ghana's presidential campaign entered its final three "
            "months."
        ),
        "disaster",
    ),
    (
        (
            "Thursday morning briefing: Los Angeles fires spread, a cold snap in the Midwest, a "
            "Golden Globes recap"
        ),
        (
            "Firefighters spent a second night battling wind-driven wildfires across Los Angeles "
            "County, where the Palisades and Eaton fires have burned more than 30,000 acres and "
            "destroyed thousands of homes and businesses. At least five people have died, and "
            "about 130,000 residents are under evacuation orders; the governor activated the "
            "National Guard to help with traffic control and to protect evacuated neighbourhoods "
            "from looting. Crews were attacking the flanks of the Palisades fire from the air "
            "after winds eased briefly before dawn. Meanwhile, an arctic blast is pushing "
            "temperatures well below zero across the Midwest, with wind chills of minus 30F "
            "expected in Chicago. In entertainment, the Golden Globes honoured a drama about a "
            "Hungarian-born architect and a French musical about a cartel boss. In Washington, "
            "Congress certified the results of the presidential election in a joint session that "
            "passed without incident, four years after the certification was disrupted by the "
            "storming of the Capitol, and the vice-president, who lost the race, presided over "
            "the count of her own defeat. The Senate is expected to begin confirmation hearings "
            "for the incoming cabinet next week, starting with the nominees for defense secretary "
            "and secretary of state, both of whom met senators on Wednesday. On the economy, the "
            "minutes of the Federal Reserve's December meeting showed officials worried that "
            "proposed tariffs could slow their progress on inflation, and mortgage rates climbed "
            "back above 7% for the first time since July. In technology, the Consumer Electronics "
            "Show opens in Las Vegas, where chipmakers and carmakers are expected to dominate "
            "with new products for self-driving and home robots. And in sports, the college "
            "football playoff semifinals are set, with both games on Thursday and Friday nights, "
            "and the NFL confirmed that a wildcard game moved by the fires will be played in "
            "Arizona."
        ),
        "disaster",
    ),
    (
        "Sydney shopping centre stabbings: what we know so far",
        (
            "A man armed with a knife killed six people and wounded at least 12 others at a busy "
            "shopping centre in Sydney's eastern suburbs on Saturday afternoon, before he was "
            "shot dead by a police officer who confronted him alone. Here is what we know. The "
            "attacker, a 40-year-old man from Queensland, moved through several levels of the "
            "centre, and five of the six people who died were women, among them a young mother "
            "whose baby survived surgery. New South Wales Police said on Sunday that there was no "
            "indication the attack was motivated by ideology or terrorism, and that the man had a "
            "long history of mental illness. The inspector who shot him has been praised by the "
            "prime minister as a hero. The centre will remain closed for several days. What we "
            "don't know: why the man travelled to Sydney and whether he targeted women "
            "deliberately, a question police say they are examining."
        ),
        "crime",
    ),
    (
        (
            "Mexico and Central America week: a cartel figure extradited, a record cocaine haul "
            "in Manzanillo, Honduras's island prison"
        ),
        (
            "Mexican authorities flew a senior Sinaloa cartel figure to the United States on "
            "Thursday to face drug trafficking charges in New York, in the third such transfer "
            "this year, after he was arrested at a ranch near Culiacán without a shot fired. The "
            "navy said it had seized 8.3 tonnes of cocaine hidden in shipments of frozen shrimp "
            "at the Pacific port of Manzanillo, the largest haul there on record. Guatemala's "
            "police said a gang member accused of ordering murders from prison had been moved to "
            "a maximum-security unit. In Honduras, the government presented a plan to build a "
            "prison for 20,000 inmates on an island off the Caribbean coast, which rights groups "
            "criticised. Costa Rica's tourism board reported a 3% fall in arrivals, which it "
            "partly blamed on the country's rising homicide rate. El Salvador's legislative "
            "assembly extended the state of exception for another 30 days."
        ),
        "crime",
    ),
    (
        (
            "Europe briefing: Örebro school shooting, Germany's election campaign, a Dutch "
            "housing plan"
        ),
        (
            "Sweden: a gunman killed ten people at an adult education centre in Örebro on Tuesday "
            "before taking his own life, in the worst mass shooting in the country's history. "
            "Police said the suspect, a former student, acted alone and that they had found no "
            "ideological motive, and they have ruled out terrorism. The government flew flags at "
            "half-mast and the king attended a memorial. Germany: the main parties entered the "
            "final weeks of the campaign before the February 23 election, with migration and the "
            "economy dominating the debates. Netherlands: the housing minister unveiled a plan to "
            "speed up the building of 100,000 homes a year by easing planning rules. Italy: the "
            "Bank of Italy raised its growth forecast slightly. France: the prime minister "
            "survived a no-confidence motion over the budget, which he forced through parliament "
            "without a vote. Belgium: a new federal government was sworn in after eight months of "
            "negotiations. Denmark: the pharmaceutical group Novo Nordisk said it would build a "
            "new factory in Kalundborg."
        ),
        "crime",
    ),
    (
        (
            "The legal week: an ICC sentence for a former militia leader, a Paris trial over the "
            "Nice attack, and rent reform"
        ),
        (
            "Judges at the International Criminal Court sentenced a former leader of an "
            "anti-balaka militia in the Central African Republic to 12 years in prison for war "
            "crimes and crimes against humanity committed in 2013 and 2014, including the murder "
            "of Muslim civilians. His defence said it would appeal. In Paris, eight people went "
            "on trial accused of helping the attacker who drove a lorry into a crowd on the "
            "promenade in Nice on Bastille Day 2016, killing 86 people; the hearings are expected "
            "to last three months. In London, the Renters' Rights Bill cleared the House of "
            "Lords, ending no-fault evictions in England. The European Court of Justice ruled "
            "that airlines must refund passengers within seven days when flights are cancelled. "
            "In Washington, the Supreme Court upheld a federal ban on so-called ghost guns, the "
            "untraceable kits sold online, by a vote of 7-2. An Australian appeals court upheld "
            "the dismissal of a defamation case brought by a decorated former soldier against "
            "newspapers that reported on his conduct in Afghanistan. And India's Supreme Court "
            "ordered the release of a journalist held for eight months under an anti-terrorism "
            "law, saying the police had failed to show any link to a crime."
        ),
        "crime",
    ),
    (
        (
            "Weekend football roundup: Arsenal lay siege but draw, Inter's strikers fire again, a "
            "derby for the ages in Glasgow"
        ),
        (
            "Arsenal laid siege to the Aston Villa goal for the entire second half at the "
            "Emirates but had to settle for a 1-1 draw, their attackers firing 24 shots without "
            'finding a way past an inspired goalkeeper. The manager said his side had "bombarded '
            "them\" and deserved all three points, while Villa's coach praised a defence that "
            '"fought like soldiers". In Italy, Inter\'s two strikers each scored twice in a 4-0 '
            "rout of Lecce that kept the champions top. The Old Firm derby in Glasgow lived up to "
            "its billing, with Celtic coming from two goals down to win 3-2 in a match the "
            'Rangers captain called "a war". In Germany, Leverkusen\'s unbeaten run ended at 34 '
            "games with a defeat by Stuttgart, and in Spain Barcelona's teenage winger was the "
            "hero again, curling in a late winner against Girona. In France, Paris Saint-Germain "
            "needed a penalty shoot-out to get past Lens in the cup after a goalless two hours. "
            "The Women's Super League leaders kept their unbeaten record with a 3-0 win at "
            "Everton, their captain scoring from the edge of the box. In the Championship, Leeds "
            "climbed back to the top with a late own goal at Luton. And the transfer window "
            "closes on Monday night, with several clubs still hunting for a centre-forward."
        ),
        "sport",
    ),
    (
        (
            "Cricket roundup: Afghanistan stun Australia, a record chase in Durban, an exiled "
            "women's team plays in Melbourne"
        ),
        (
            "Afghanistan produced another famous upset at the T20 World Cup, beating Australia by "
            "21 runs in Kingstown after their openers put on 118 and the spinners strangled the "
            'chase. The captain dedicated the win to "our people at home, who have suffered so '
            'much", and thousands celebrated in the streets of Kabul late into the night. In '
            "Durban, South Africa chased 418 to beat Sri Lanka, the highest successful "
            "fourth-innings chase in a Test at the ground. In Melbourne, a team of Afghan women "
            "cricketers who fled their country after the Taliban took power in 2021 played an "
            "exhibition match, their first since leaving; the Taliban government has banned women "
            "from playing sport. In the women's game, India beat New Zealand to reach the final "
            "of their home one-day series, with their opener making 127. Pakistan named a new "
            "captain for their tour of the West Indies. England announced a new fast-bowling "
            "coach, a former Test seamer who played 60 Tests."
        ),
        "sport",
    ),
    (
        (
            "Six Nations wrap: Ireland's grand slam bid survives, France run riot in Cardiff, "
            "fans brawl in the city centre"
        ),
        (
            "Ireland's bid for a second grand slam in three years survived a bruising afternoon "
            "at Twickenham, where a late penalty sealed a 22-19 win over England. France ran riot "
            "in Cardiff, scoring eight tries in a 52-10 rout of Wales, whose coach admitted his "
            'side had been "battered". After the match, police separated groups of rival '
            "supporters who threw bottles and plastic chairs at each other outside a bar on St "
            "Mary Street; nine people were arrested and two were treated for cuts, and South "
            "Wales Police said the trouble was fuelled by drink. Scotland beat Italy 31-19 at "
            "Murrayfield. Wales's coach admitted his future was in doubt after a 14th straight "
            "Test defeat. The tournament's final round is next Saturday, when Ireland host "
            "Scotland knowing a bonus-point win will be enough for the title."
        ),
        "sport",
    ),
    (
        (
            "Olympics daily: Marchand's fourth gold, Ukraine's sabre team on top, 18,000 soldiers "
            "guard the Games"
        ),
        (
            "Léon Marchand won his fourth individual gold of the Games in the 200 metres "
            "individual medley, bringing the La Défense Arena to its feet for a fourth night in a "
            "row. Ukraine's women's sabre team took gold, and their captain said the medal was "
            "for the athletes and coaches killed in the war since 2022 and for training centres "
            "destroyed in the fighting. The team trained in Poland for much of the past two "
            "years. Security remained tight around the venues, with 18,000 French soldiers "
            "deployed alongside 45,000 police officers in the largest peacetime security "
            "operation in the country's history; officials said there had been no serious "
            "incidents. In athletics, the men's 100 metres final is tonight, and the American "
            "champion is the favourite. In the pool, the Australian women's medley relay team set "
            "an Olympic record in the heats. China leads the medal table with 16 golds, one ahead "
            "of the United States. Beach volleyball at the Eiffel Tower stadium drew its largest "
            "crowd so far, and organisers said ticket sales for the Paralympics had passed two "
            "million."
        ),
        "sport",
    ),
    (
        (
            "Five things to know today: the spending review, a Commons battle over welfare, and a "
            "mayor's war on potholes"
        ),
        (
            "The Chancellor sets out the spending review at 12.30pm, with the NHS and defence the "
            "big winners and the Home Office facing a real-terms cut. Labour backbenchers are "
            "gearing up for a battle over the welfare bill, with more than 100 MPs signing an "
            "amendment that would kill the cuts to disability benefits. The West Midlands mayor "
            'launched what he called a "war on potholes", promising to fill 50,000 of them by '
            "Christmas. The Conservative leader attacked the government's record on immigration "
            'in a speech in Kent, where she accused ministers of having "surrendered" control of '
            "the Channel. Finally, the Met Office says temperatures could reach 30C on Sunday, "
            "the first heatwave of the summer."
        ),
        "politics",
    ),
    (
        (
            "Berlin briefing: Bundestag exempts defence from the debt brake, a new SPD co-leader, "
            "Deutsche Bahn delays"
        ),
        (
            "The outgoing Bundestag voted on Tuesday to exempt defence spending above 1% of "
            "economic output from Germany's constitutional debt brake and to set up a 500 billion "
            "euro fund for infrastructure, clearing the two-thirds majority by 24 votes. The "
            'chancellor-in-waiting said Germany had to be able to defend itself "whatever it '
            "takes\" and pointed to Russia's war against Ukraine and doubts about Washington's "
            "commitment to NATO. The Greens backed the plan after winning 100 billion euros for "
            "climate projects, while the far-right AfD and the Left voted against and called it a "
            "blank cheque for the arms industry. The SPD elected a new co-leader at a special "
            "conference in Berlin. Deutsche Bahn said only 62% of its long-distance trains ran on "
            "time last year, its worst result in two decades."
        ),
        "politics",
    ),
    (
        (
            "The Washington newsletter: the Pentagon gets a new name, tariffs in court, a "
            "shutdown countdown"
        ),
        (
            "The president signed an executive order on Friday allowing the Department of Defense "
            "to call itself the Department of War again, a name it last used in 1947, and the "
            'defence secretary said the change signalled an "offensive" rather than a defensive '
            "posture. Renaming the department formally would require an act of Congress, and "
            "Democrats called the order an expensive distraction. At the Supreme Court, the "
            "justices agreed to hear a challenge to the president's emergency tariffs in "
            "November, after an appeals court ruled most of them unlawful. In Congress, leaders "
            "of both parties traded attacks over the spending bills that must pass by the end of "
            "the month to avoid a government shutdown. The Senate confirmed a new ambassador to "
            "India. A federal judge in Chicago temporarily blocked the deployment of National "
            "Guard troops to the city, saying the administration had not shown that local police "
            "were unable to handle the protests outside an immigration facility, which have been "
            "largely peaceful. The Federal Reserve's governors will meet in two weeks, and a "
            "majority now favour a rate cut. The administration said it would halve the number of "
            "refugees admitted next year. And the Smithsonian said it would review the wording of "
            "several exhibits at the request of the White House."
        ),
        "politics",
    ),
    (
        (
            "Elections roundup: Sri Lanka's new president sworn in, a Moldovan referendum on a "
            "knife-edge, Austria's far right tops the poll"
        ),
        (
            "Sri Lanka's new president, a Marxist-leaning lawmaker whose party was behind two "
            "armed uprisings decades ago, was sworn in on Monday after winning the country's "
            "first election since the economic crisis of 2022. Election monitors said the vote "
            "was the most peaceful in the country's history, with no deaths and only a handful of "
            "minor complaints, and the new leader promised to fight corruption. In Moldova, "
            "voters backed writing the goal of EU membership into the constitution by the "
            "thinnest of margins, after the government accused Russia of buying votes. Austria's "
            "Freedom Party came first in a parliamentary election for the first time, with about "
            "29% of the vote, but other parties have said they will not govern with its leader. "
            "In Japan, the governing party chose a new leader who will become prime minister, and "
            "he said he would call a snap general election within weeks. Tunisia's president was "
            "re-elected with 90% of the vote on a turnout of 28%, after most of his serious "
            "challengers were barred or jailed; the opposition called the result a farce. In the "
            "United States, early voting began in three swing states, and both campaigns poured "
            "money into advertising in Pennsylvania. Botswana's governing party, in power since "
            "independence in 1966, lost its majority for the first time, and the president "
            "conceded defeat in a televised address. Uruguay's presidential race is heading for a "
            "run-off between a centre-left former mayor and the governing coalition's candidate. "
            "In Georgia, the governing party claimed victory in a parliamentary vote that "
            "opposition parties said was marred by intimidation at polling stations and vote "
            "buying, and European observers called for an investigation. Lithuania's Social "
            "Democrats won the most seats and will lead coalition talks. And in India, the "
            "results of state elections in Haryana and Jammu and Kashmir are due on Tuesday; "
            "turnout in Kashmir's first assembly vote in a decade was 63%, and no serious "
            "incidents were reported."
        ),
        "politics",
    ),
    (
        (
            "Markets wrap: trade war fears hit Asian stocks, China's EV price war deepens, "
            "European defence shares rally"
        ),
        (
            "Asian stocks fell for a second day on Tuesday as fresh US tariff threats revived "
            "fears of a full-blown trade war, and the Hang Seng index dropped 1.9%. Shares in BYD "
            "slid 8% after it cut prices on 22 models by up to 34%, deepening a price war that "
            "analysts say has pushed several smaller rivals toward bankruptcy. In Europe, defence "
            "stocks extended their rally after NATO members agreed to raise military spending "
            "targets, with Rheinmetall up 4% and Saab and Leonardo at record highs. The Stoxx 600 "
            "ended flat. Oil was little changed at $65 a barrel, and gold slipped 0.5%. The yen "
            "strengthened after a hawkish speech by a Bank of Japan board member."
        ),
        "economy",
    ),
    (
        (
            "Commodities wrap: oil gives up its risk premium, gold eases from a record, wheat "
            "falls on Black Sea exports"
        ),
        (
            "Oil fell for a fourth session on Wednesday as traders unwound the risk premium built "
            "up during the 12-day conflict between Israel and Iran, with the ceasefire that took "
            "effect on Tuesday holding and tankers moving normally through the Strait of Hormuz. "
            "Brent settled at $67.10 a barrel, below its level before the fighting began. Gold "
            "eased from last week's record as demand for safe havens faded, though analysts said "
            "central bank buying would support prices. Wheat futures in Chicago dropped to a "
            "five-year low, pressured by strong exports from Russia and from Ukraine's Black Sea "
            "ports, where shipping has run close to pre-war volumes this season. Copper rose on "
            "hopes of more Chinese stimulus."
        ),
        "economy",
    ),
    (
        (
            "Business briefing: BAE Systems lifts guidance, a hostile bid in Italian banking, "
            "Shein switches its listing"
        ),
        (
            "BAE Systems raised its profit forecast for the year after a surge in orders for "
            "artillery shells, armoured vehicles and submarines from European governments "
            "rearming since Russia's invasion of Ukraine, and its order backlog reached a record "
            "£74 billion. In Milan, UniCredit launched a hostile takeover bid for Banco BPM worth "
            'about 10 billion euros, which the target\'s board rejected as "unusual" and far below '
            "its value. The Italian government said it would examine the offer under its "
            "golden-power rules. Online retailer Shein has dropped plans to list in London and "
            "will seek a Hong Kong listing instead, people familiar with the matter said. The "
            "British defence secretary said the government would also buy 12 more F-35 fighters. "
            "Rolls-Royce shares rose 3% after it won a contract to supply engines for the Army's "
            "new armoured vehicles. In other business news, Unilever named a new chief executive "
            "after the sudden departure of its previous boss. Burberry said it would cut 1,700 "
            "jobs. The price war among Britain's supermarkets deepened as Asda cut prices on "
            "1,500 products. Sterling was little changed against the dollar, and the FTSE 100 "
            "closed at a record for a second day."
        ),
        "economy",
    ),
    (
        (
            "Europe this week: tractors ring Paris, students march on Belgrade, Dutch climate "
            "activists block the A12"
        ),
        (
            "French farmers drove hundreds of tractors onto the motorways around Paris on Monday, "
            'setting up what their unions called a "siege" of the capital to protest against fuel '
            "taxes and a trade deal with South America; the blockades lasted three days and ended "
            "after the government promised new aid, with no clashes reported. In Serbia, tens of "
            "thousands of students and residents marched into Belgrade from towns across the "
            "country for a rally over the deadly collapse of a railway station canopy in Novi "
            "Sad, and they were welcomed with food and flowers; police reported no incidents. In "
            "The Hague, police detained about 700 Extinction Rebellion activists who blocked the "
            "A12 motorway to demand an end to fossil fuel subsidies, and released almost all of "
            "them within hours. The European Central Bank held rates steady. Norway's parliament "
            "approved tighter rules on new petrol cars from this autumn. In Barcelona, a few "
            "thousand residents marched through the old town against mass tourism, squirting "
            "visitors at cafe terraces with water pistols; police said the march was peaceful. "
            "Greek train drivers held a 24-hour strike over safety, and the capital's suburban "
            "lines did not run. In Lisbon, doctors at public hospitals held a two-day walkout "
            "over pay."
        ),
        "protest",
    ),
    (
        (
            "Five things to know in Korea today: rival rallies before the court's ruling, chip "
            "exports, a baseball ticket record"
        ),
        (
            "Hundreds of thousands of people rallied in central Seoul on Saturday, in rival "
            "demonstrations for and against the impeached president, a week before the "
            "Constitutional Court is expected to rule on whether to remove him over his "
            "short-lived declaration of martial law. Police deployed more than 14,000 officers "
            "and lines of buses to keep the two crowds apart on Sejong-daero, and said both "
            "rallies ended peacefully. Semiconductor exports rose 12% in the first 20 days of the "
            "month, the customs agency said. The Bank of Korea's governor hinted at a rate cut in "
            "May. Ticket sales for the baseball season, which opens next weekend, broke a record. "
            "Samsung named a new head of its semiconductor division. And the weather agency "
            "forecast yellow dust from China across most of the peninsula on Sunday."
        ),
        "protest",
    ),
    (
        (
            "Africa in brief: Kenyan doctors end strike, Accra march against galamsey, Dakar "
            "fishermen's sit-in"
        ),
        (
            "Kenyan doctors called off a 56-day strike that had crippled public hospitals, after "
            "the government agreed to post interns and pay arrears. In Accra, several thousand "
            "people marched through the city centre on Saturday to demand a ban on illegal gold "
            "mining, known as galamsey, which has poisoned rivers in the cocoa belt; organisers "
            "handed a petition to parliament and the march ended peacefully. Police had arrested "
            "11 activists who staged a sit-in outside the presidency the previous week, and a "
            "court released them on bail. In Senegal, fishermen held a sit-in at the port of "
            "Dakar to protest against foreign trawlers, with no incident reported. Nurses in "
            "Malawi went on strike over delayed promotions, and the health ministry said "
            "hospitals in Lilongwe and Blantyre were running emergency services only. In Tunis, "
            "journalists held a silent protest outside the prime minister's office against the "
            "jailing of two colleagues under a law on false news. Hundreds of Ugandan students "
            "marched to parliament in Kampala to hand over a petition against a planned rise in "
            "university fees; police stopped them at the gates and detained seven organisers, who "
            "were released the same evening. In Johannesburg, the metalworkers' union suspended a "
            "planned national strike after the employers improved their wage offer. In Cameroon, "
            "lawyers in Yaoundé boycotted the courts for two days in protest at the arrest of a "
            "colleague. Zimbabwe's new gold-backed currency lost 4% against the dollar, and "
            "Mauritius cut its key interest rate."
        ),
        "protest",
    ),
    (
        (
            "Saturday in London: a ceasefire march, half-marathon road closures, a new Tube "
            "strike date"
        ),
        (
            "Tens of thousands of people marched from Russell Square to Whitehall on Saturday to "
            "call for a permanent ceasefire in Gaza and an end to British arms sales to Israel, "
            "in the latest national demonstration organised by the Palestine Solidarity Campaign "
            "since the war began. Speakers included a former party leader and several doctors who "
            "had worked in Gaza's hospitals. The Metropolitan Police said four people were "
            "arrested, two of them for placards that officers judged to support a banned "
            "organisation, and that the march passed off without disorder. A smaller "
            "counter-protest gathered near Trafalgar Square. Road closures for the half-marathon "
            "on Sunday will affect bus routes across the City. And the RMT union has announced a "
            "new Tube strike for the first week of next month."
        ),
        "protest",
    ),
    (
        "The Gaza ceasefire deal: what we know about the terms and the timetable",
        (
            "Israel and Hamas have agreed to a ceasefire and the release of hostages, mediators "
            "from Qatar, Egypt and the United States announced on Wednesday evening, after more "
            "than a year of talks. Here is what we know about the deal. The first phase is due to "
            "last six weeks, starting on Sunday, during which Hamas is to release 33 of the "
            "hostages taken on October 7, 2023, in return for hundreds of Palestinian prisoners "
            "held in Israeli jails. Israeli forces are to pull back from populated areas toward "
            "Gaza's borders, and displaced Palestinians are to be allowed to return to the north "
            "of the territory. The deal provides for 600 trucks of aid a day to enter the strip. "
            "Negotiations on a second phase, which would include a permanent end to the war and "
            "the release of the remaining hostages, are to begin on the 16th day. Israel's "
            "cabinet still has to approve the agreement, and two far-right ministers have "
            "threatened to resign. What we don't know: who will govern Gaza after the war."
        ),
        "peace",
    ),
    (
        (
            "Diplomatic notebook: a Congo-Rwanda text initialled, Armenia and Azerbaijan at the "
            "White House, a prisoner swap agreed in Istanbul"
        ),
        (
            "Foreign ministers of Congo and Rwanda initialled the text of a peace agreement in "
            "Washington on Wednesday, committing Rwanda to withdraw its troops from eastern Congo "
            "within 90 days and Congo to act against a Rwandan Hutu militia on its soil; a formal "
            "signing is planned next week. The leaders of Armenia and Azerbaijan met at the White "
            "House and endorsed a framework that would reopen transport links through southern "
            "Armenia, although neither side has yet signed the treaty their foreign ministers "
            "agreed in March. In Istanbul, Russian and Ukrainian delegations agreed to exchange "
            "1,000 prisoners of war each and to return the bodies of dead soldiers, but made no "
            "progress on a ceasefire. The Vatican offered again to host future talks. At the "
            "United Nations, the Security Council extended the mandate of its peacekeeping "
            "mission in Cyprus for another year, and the UN envoy said informal talks between the "
            "island's two leaders would resume in Geneva. The leaders of Japan and South Korea "
            "agreed at a summit in Tokyo to restart regular visits, which had lapsed over "
            "disputes about wartime labour. Saudi Arabia offered to host a new round of indirect "
            "talks on Sudan, though neither the army nor the Rapid Support Forces has yet said it "
            "will attend. In Brussels, European Union foreign ministers agreed to open the first "
            "negotiating chapters with Ukraine and Moldova on their membership bids, after "
            "Hungary dropped its objection in return for assurances on the rights of its minority "
            "in western Ukraine. The Chinese foreign minister began a tour of four Latin American "
            "capitals, where he is expected to sign agreements on lithium, ports and satellite "
            "ground stations. Oman's foreign minister said a sixth round of indirect talks "
            "between Iran and the United States over Tehran's nuclear programme would be held in "
            "Muscat next month, and both sides described the last round as constructive. In "
            "Geneva, the two sides in Yemen's conflict agreed, under UN auspices, to open a "
            "second road into the city of Taiz, closed for most of the past decade, from the "
            "start of next month. And Canada and India restored their high commissioners two "
            "years after a diplomatic rupture over the killing of a Sikh separatist leader in "
            "British Columbia, and agreed to resume talks on a trade deal."
        ),
        "peace",
    ),
    (
        (
            "Africa digest: Tigray fighters hand in weapons, Mozambique signs a political accord, "
            "an Ivorian cocoa price record"
        ),
        (
            "About 3,000 former Tigrayan fighters handed in their weapons and registered for a "
            "reintegration programme at a camp near Mekelle this week, the second phase of a "
            "disarmament process agreed in the 2022 peace deal that ended the war in Tigray. The "
            "National Rehabilitation Commission said each would receive a cash payment and "
            "training, and that 75,000 fighters would eventually go through the programme. In "
            "Maputo, President Daniel Chapo and opposition leaders signed a political accord to "
            "revise the constitution and the electoral law, a step toward ending the tensions "
            "that followed last year's disputed election. Ivory Coast raised the farmgate price "
            "for cocoa to a record 2,200 CFA francs a kilogram. Tunisia's central bank left rates "
            "unchanged."
        ),
        "peace",
    ),
    (
        (
            "Asia security notebook: Thai peace talks resume in Kuala Lumpur, Bangsamoro "
            "decommissioning, Bougainville's timetable"
        ),
        (
            "Thailand's government and the Barisan Revolusi Nasional, the main rebel group in the "
            "Malay-Muslim south, resumed formal peace talks in Kuala Lumpur after a break of more "
            "than a year, with Malaysia as facilitator. Both delegations said they had agreed to "
            "work toward a joint plan for reducing violence during the fasting month, though no "
            "date was set for the next round. In the southern Philippines, about 1,500 former "
            "fighters of the Moro Islamic Liberation Front decommissioned their weapons at a "
            "ceremony in Maguindanao, under the 2014 peace agreement that created the Bangsamoro "
            "region. Papua New Guinea's prime minister and Bougainville's president agreed a "
            "timetable for parliament to consider the island's 2019 vote for independence."
        ),
        "peace",
    ),
    (
        (
            "Europe in brief: a wartime bomb defused in Dresden, Ireland's budget surplus, "
            "Lisbon's tram fares"
        ),
        (
            "Dresden: bomb disposal experts defused a 250-kilogram Soviet-made aerial bomb from "
            "the Second World War found in the Elbe near the collapsed Carola bridge, after about "
            "10,000 residents of the old town were evacuated for the day. The city said trams and "
            "ferries returned to normal in the evening. Ireland: the government recorded a budget "
            "surplus of 8.6 billion euros last year, boosted by corporate tax from technology "
            "companies. Portugal: Lisbon's transport company raised single tram fares to 3.40 "
            "euros, which it said would help pay for the restoration of its historic trams. "
            "Finland: the national broadcaster will stop its shortwave radio service at the end "
            "of the year."
        ),
        "history",
    ),
    (
        (
            "Africa weekly: Rwanda marks 30 years since the genocide, Ethiopia's dam turbines, "
            "South Africa's power cuts end"
        ),
        (
            "Rwanda began a week of national mourning on Sunday to mark 30 years since the "
            "genocide against the Tutsi, in which more than 800,000 people were killed in about "
            "100 days in 1994. President Paul Kagame lit a flame at the Kigali Genocide Memorial, "
            "where more than 250,000 victims are buried, in the presence of several foreign "
            "leaders, and survivors gave testimony at an evening vigil at the national stadium. "
            "Former US President Bill Clinton, who has called the world's failure to act one of "
            "his greatest regrets, attended the ceremony. In Ethiopia, the government said the "
            "Grand Ethiopian Renaissance Dam's fourth turbine was now producing power. South "
            "Africa went a month without power cuts for the first time in two years, the state "
            "utility Eskom said. Kenya's tea exports earned a record amount in the first quarter. "
            "Nigeria's inflation rate eased for the first time in 15 months, to 33.7%. And in "
            "football, Ivory Coast's champions reached the semi-finals of the African Champions "
            "League."
        ),
        "history",
    ),
    (
        (
            "The Seoul-Tokyo newsletter: Korean War remains come home, Japan's new banknotes, a "
            "boy band's comeback"
        ),
        (
            "The remains of seven South Korean soldiers killed in the Korean War were flown home "
            "from Hawaii on Tuesday, after being identified by a joint US-Korean laboratory, and "
            "were received at Seoul Air Base by the defence minister with a military honour "
            "guard. Next month marks 75 years since the war broke out in June 1950, and veterans' "
            "groups are planning events in Seoul and Busan. In Tokyo, the Bank of Japan said the "
            "new banknotes issued last year now account for more than half of the notes in "
            "circulation. A boy band whose members have all completed their military service "
            "released its first album in three years, and it went straight to the top of the "
            "charts in 20 countries. Tokyo's metropolitan government said it would introduce a "
            "four-day working week for its staff from April to encourage more people to have "
            "children. South Korea's birth rate rose for a second year, the statistics agency "
            "said, after almost a decade of decline. And Osaka's World Expo closed with 25 "
            "million visitors, short of its target but above the forecasts of its critics."
        ),
        "history",
    ),
    (
        (
            "Weekend roundup: D-Day at 80, record crowds at the Musée d'Orsay, a time trial at "
            "the Dauphiné"
        ),
        (
            "World leaders and the last surviving veterans gathered on the beaches of Normandy on "
            "Thursday for the 80th anniversary of the D-Day landings, when more than 150,000 "
            "Allied troops came ashore on June 6, 1944, and thousands died in a single day. "
            "Veterans, most of them over 98, were driven along Omaha Beach to cheers, and the "
            "French president awarded the Legion of Honour to an American veteran aged 100. "
            "Ukraine's president attended the ceremony, and speakers drew parallels between the "
            "Allied fight against tyranny and today's war in Ukraine. In Paris, the Musée d'Orsay "
            "said it had welcomed a record number of visitors in the first half of the year. In "
            "cycling, a Slovenian rider took the leader's jersey at the Critérium du Dauphiné "
            "after winning the mountain time trial."
        ),
        "history",
    ),
    (
        (
            "Culture roundup: an Oscar for a film from Masafer Yatta, a Brazilian memory drama, a "
            "Civil War novel takes the Pulitzer"
        ),
        (
            "A documentary made by a Palestinian and Israeli collective about the demolition of "
            "homes in Masafer Yatta, in the occupied West Bank, won the Oscar for best "
            "documentary feature, and its co-directors used their speech to call for an end to "
            "the war in Gaza. Brazil won its first Oscar for international feature with a drama "
            "about a family torn apart after a former congressman was taken away by the military "
            "dictatorship in 1971. In books, the Pulitzer Prize for fiction went to a novel that "
            "retells the story of an escaped slave during the American Civil War. The Royal "
            "Academy opened a retrospective of a Mexican muralist, and the Glastonbury festival "
            "confirmed it will take a fallow year next year. At the Berlin film festival, the "
            "Golden Bear went to a Senegalese-French documentary about the return of looted "
            "treasures from Paris to Benin. In London, a new play about the wives of the men who "
            "flew the atomic bomb missions over Japan opened to strong reviews at the National "
            "Theatre. Video game makers reported a record year for sales of historical strategy "
            "games, led by a new release set in the Napoleonic wars. In music, a Nigerian singer "
            "became the first African artist to headline the main stage at Coachella. Finally, "
            "the British Museum said it would lend a group of Ethiopian sacred tablets, seized by "
            "British troops at Magdala in 1868, to a church in London."
        ),
        "entertainment",
    ),
    (
        (
            "What to watch this weekend: a submarine thriller, a new season of a spy drama, and "
            "the war game everyone is playing"
        ),
        (
            "Netflix's big release this weekend is a submarine thriller in which a Russian crew "
            "goes rogue in the Barents Sea and threatens to launch a nuclear missile, with a "
            "tense hour-long finale set almost entirely in the control room. On Apple TV, the spy "
            "drama about a department of failed British agents returns for its fifth season, "
            "opening with a bomb in a London hotel and a kidnapping in Istanbul. For gamers, the "
            "new instalment of the best-selling military shooter series is set during the 1991 "
            "Gulf War, and early reviews praise its campaign mode and its recreation of Kuwait's "
            "burning oil fields. On the BBC, a two-part documentary follows a bomb disposal team "
            "in Northern Ireland during the 1970s. Cinemas, meanwhile, are showing a restored "
            "print of a classic Vietnam War film for its 45th anniversary."
        ),
        "entertainment",
    ),
    (
        (
            "The books newsletter: a Syrian surgeon's memoir, the Booker shortlist, and summer "
            "reading in translation"
        ),
        (
            "This week's pick is a memoir by a Syrian surgeon who ran an underground hospital in "
            "eastern Ghouta during the siege of 2013 to 2018, treating victims of barrel bombs by "
            "the light of mobile phones before he was evacuated to Idlib and then to Germany. It "
            "is unsparing about the chemical attack of 2013 and about the choices doctors made "
            "when supplies ran out, but it is also funny. The Booker Prize shortlist features six "
            'novels, two of them debuts, and the judges called it "a year of quiet books". Our '
            "summer reading list gathers ten novels in translation, from a Korean family saga to "
            "a Norwegian crime novel set on an oil platform. The Women's Prize for Non-Fiction "
            "went to a history of the world's seed banks. Publishers reported that sales of "
            "poetry rose for a fifth year, driven by young readers. And the Edinburgh book "
            "festival has announced its programme."
        ),
        "entertainment",
    ),
    (
        (
            "The defence brief: NATO's Baltic exercise, Poland's K2 tank deal, a North Korean "
            "test launch"
        ),
        (
            "More than 9,000 troops from 14 NATO countries began a two-week exercise in Lithuania "
            "and Latvia on Monday, practising the rapid reinforcement of the Baltic states by "
            "road, rail and air; live-fire drills will be held at the Pabrade training ground. "
            "Poland signed a contract worth about $6.5 billion for 180 more K2 tanks from South "
            "Korea's Hyundai Rotem, part of a plan to build one of Europe's largest land armies. "
            "North Korea fired a ballistic missile into the sea off its east coast on Wednesday, "
            "South Korea's Joint Chiefs of Staff said, its first launch in two months; Japan said "
            "it landed outside its exclusive economic zone. The British Army confirmed it will "
            "cut two infantry battalions. And the US Navy commissioned a new attack submarine in "
            "Connecticut. Germany's cabinet approved a bill that will send all 18-year-old men a "
            "questionnaire about their willingness to serve, the first step toward possible "
            "conscription. India said it had test-fired an intermediate-range Agni missile from a "
            "rail-based launcher for the first time. Australia confirmed that the first of its "
            "nuclear-powered submarines under the AUKUS deal would be delivered in the early "
            "2030s."
        ),
        "military",
    ),
    (
        (
            "Asia morning briefing: Chinese drills encircle Taiwan, Japan's record defence "
            "budget, Singapore's inflation"
        ),
        (
            "China's military staged large-scale drills around Taiwan for a second day on "
            "Tuesday, sending warships, coast guard vessels and dozens of aircraft into zones "
            'encircling the island in what its Eastern Theatre Command called a "stern warning" '
            "to separatist forces. Taiwan's defence ministry said it tracked 71 aircraft and 13 "
            "navy ships and put its forces on alert, but no shots were fired and civilian flights "
            "continued normally. Japan's cabinet approved a record defence budget of 8.7 trillion "
            "yen for the coming year, including money for long-range missiles that could strike "
            "enemy bases. Singapore's core inflation eased to 1.5%. India's central bank kept its "
            "repo rate unchanged. The Philippine peso fell to a record low against the dollar. "
            "And in Hong Kong, the Jockey Club reported a record turnover for the racing season."
        ),
        "military",
    ),
    (
        (
            "Nordic-Baltic roundup: Lithuania quits the landmine treaty, Finland's border fence, "
            "Denmark calls up women"
        ),
        (
            "Lithuania's parliament voted to withdraw from the Ottawa convention banning "
            "anti-personnel landmines, following Latvia, Estonia, Finland and Poland, with "
            "defence officials saying the country must be able to mine its borders with Russia "
            "and Belarus quickly in a crisis. Finland said the first 35 kilometres of its fence "
            "on the Russian border were complete, and that the full 200 kilometres would be "
            "finished by 2026. From this summer, Danish women turning 18 will be called up for "
            "military service on the same terms as men. Sweden's central bank cut its policy rate "
            "to 2.25%. Estonia opened a new training area for its defence league volunteers near "
            "Tartu. Sweden's central bank cut its policy rate to 2.25%. Norway's sovereign wealth "
            "fund passed 20 trillion kroner."
        ),
        "military",
    ),
    (
        "The Ahmedabad plane crash: what we know so far",
        (
            "An Air India Boeing 787 bound for London crashed into a medical college hostel "
            "seconds after taking off from Ahmedabad on Thursday afternoon, killing all but one "
            "of the 242 people on board and at least 29 people on the ground. Here is what we "
            "know so far. The aircraft reached a height of only about 200 metres before it began "
            "to lose altitude, and the pilots issued a mayday call, according to India's aviation "
            "regulator. The sole survivor, a British national, walked away from the wreckage with "
            "injuries and told reporters he did not know how he had survived. Investigators have "
            "recovered both flight recorders, and the US National Transportation Safety Board and "
            "Boeing are assisting. Relatives of the victims gathered at the city's civil hospital "
            "to give DNA samples. What we don't know: why the plane lost thrust, and whether the "
            "engines or the fuel supply were to blame."
        ),
        "accident",
    ),
    (
        (
            "Evening briefing: a boat capsizes on Lake Kivu, miners trapped in Zimbabwe, "
            "Nairobi's bus rapid transit"
        ),
        (
            "An overloaded passenger boat capsized a few metres from the shore at Kituku port in "
            "Goma on Thursday, and at least 78 people drowned, the governor of North Kivu said. "
            "The boat had left Minova carrying more than 270 passengers, many of them traders "
            "travelling by water because the roads around the lake have become too dangerous, and "
            "rescuers with navy divers searched for survivors into the night. In Zimbabwe, 15 "
            "artisanal miners were trapped when a disused gold shaft collapsed near Chegutu, and "
            "rescuers pulled six out alive. Kenya's transport ministry said Nairobi's first bus "
            "rapid transit line would open in December. The South African rand weakened."
        ),
        "accident",
    ),
    (
        ("Key Bridge collapse: what we know about the ship, the crew and the six missing workers"),
        (
            "A container ship lost power and struck a support pier of the Francis Scott Key "
            "Bridge in Baltimore at about 1:30 in the morning on Tuesday, bringing most of the "
            "2.6-kilometre span down into the Patapsco River within seconds. Here is what we "
            "know. The crew of the Dali issued a mayday call moments before the impact, which "
            "allowed police to stop traffic onto the bridge, but a road crew of eight filling "
            "potholes on the span fell into the water. Two were rescued and six are presumed "
            "dead; divers recovered two bodies on Wednesday. The governor said there was no "
            "indication of a deliberate act or of terrorism. The Army Corps of Engineers is "
            "leading the effort to clear the shipping channel, and the port, one of the busiest "
            "in the country for cars, is closed to most traffic. What we don't know: why the ship "
            "lost power, and how long rebuilding will take."
        ),
        "accident",
    ),
    (
        (
            "The health desk: Texas measles outbreak grows, Rwanda declares Marburg over, a new "
            "TB vaccine trial"
        ),
        (
            "The measles outbreak in West Texas has grown to 481 cases, the state health "
            "department said, and a second unvaccinated child has died, the first measles deaths "
            "in the United States in a decade. Public health officials said vaccination rates in "
            "the worst-hit county had fallen well below the level needed to stop the virus "
            "spreading. Rwanda declared its Marburg outbreak over after 42 days without a new "
            "case, and the World Health Organization praised the country's fight against the "
            "virus, which killed 15 people, many of them health workers on the front line of the "
            "response. A trial of a new tuberculosis vaccine has enrolled its 20,000th "
            "participant in South Africa, Kenya and Indonesia, the trial's sponsor said. "
            "Afghanistan and Pakistan have recorded 12 polio cases between them this year. In "
            "Britain, the NHS will offer a new injectable HIV prevention drug every two months to "
            "people at high risk. A study of 60,000 women in Denmark found no link between "
            "hormonal contraception and depression in older adults. And the WHO said the world "
            "had met its target for reducing childhood deaths from pneumonia for the first time."
        ),
        "health",
    ),
    (
        (
            "Pakistan health digest: polio teams fan out across Khyber Pakhtunkhwa, a dengue "
            "warning in Lahore, hospital fees dropped"
        ),
        (
            "More than 30,000 vaccination teams began a five-day polio campaign across Khyber "
            "Pakhtunkhwa on Monday, aiming to reach 6.5 million children, and each team in the "
            "southern districts is accompanied by a police officer. Vaccinators in the province "
            "have been targeted by militants in past years, and officials said security "
            "arrangements had been reviewed with the army. The campaign had been delayed by a "
            "week over a dispute with health workers about unpaid allowances. The Punjab health "
            "department warned of a rise in dengue cases in Lahore and Rawalpindi after monsoon "
            "rains and ordered fumigation of low-lying areas. The Sindh government withdrew a "
            "plan to charge registration fees at public hospitals after complaints from patients' "
            "groups."
        ),
        "health",
    ),
]
