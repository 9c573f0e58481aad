"""eval/dev90 hard negatives: digests of sport, politics and the economy (layout:
texts_neg_hard_hazards_crime.py).
"""

NEGATIVES = [
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
]
