"""dev191 negatives: managers' and coaches' pre-match press conferences, earnings calls,
police briefings on peaceful protests, a festival press conference, a central bank and an
election commission (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Arteta says Arsenal must 'attack from the first minute' in title showdown "
        "with Manchester City",
        'LONDON — Mikel Arteta said Arsenal must "attack from the first minute" '
        "and not allow Manchester City to settle when the sides meet at the "
        "Emirates Stadium on Sunday, in a match that could decide the Premier "
        "League title. Speaking at his pre-match press conference at the club's "
        "training ground, the Arsenal manager said his centre-forward had "
        "recovered from a knee problem but that a first-choice defender would miss "
        'the game. "It is a battle, and we know what they can do if you give them '
        "space,\" Arteta said. Asked whether City's experience in title run-ins "
        'gave them an advantage, he said his squad had "learned a lot" from last '
        "season's collapse. He declined to say who would start up front, saying: "
        '"You will see on Sunday." Arsenal are two points behind the leaders '
        "with eight games left. Pep Guardiola, speaking earlier in Manchester, "
        'called Arsenal "the best team we have faced this season".',
        "sport",
    ),
    (
        "'It's a game of cricket, not a war,' Pakistan captain says before Asia "
        "Cup clash with India",
        "COLOMBO — Pakistan's captain said on Friday that his players would treat "
        'Saturday\'s Asia Cup match against India "as just another game" and '
        "urged fans on both sides to respect each other. \"It's a game of cricket, "
        'not a war," he told reporters at the pre-match press conference at the '
        "Premadasa Stadium in Colombo. He said his main fast bowler was fit after "
        "a shoulder niggle and that the team would decide on the final eleven "
        "after checking the pitch in the morning. Rain is forecast for the "
        "afternoon, and organisers have kept a reserve day for the Super Four "
        "fixture. When asked whether the pressure of playing India was different, "
        'he smiled and said: "There is always pressure, but our boys are used to '
        "it.\" India's batting coach, speaking separately, said his side had "
        '"plans for every bowler" and expected a "hard-fought contest". The '
        "two teams meet only in multinational tournaments because of political "
        "tensions between their governments.",
        "sport",
    ),
    (
        "Ireland coach expects 'war of attrition' up front against France in Six Nations decider",
        "DUBLIN — Ireland's head coach said on Thursday he expected \"a war of "
        'attrition" between the two packs when his side meet France at the Aviva '
        "Stadium in Saturday's Six Nations game, with the championship likely to "
        "be decided by the result. Naming an unchanged starting fifteen at a news "
        "conference at the team's base, he said the French forwards were \"the "
        'most physical in world rugby" and that his players would have to win the '
        "collisions. \"If you lose the gainline against this lot, you're in "
        'trouble," he said. He confirmed that the captain would play despite a '
        "hamstring problem that kept him out of training on Tuesday. Questioned "
        "about France's decision to pick a 7-1 split of forwards and backs on the "
        "bench, he said: \"They're telling us how they want to play, and we're "
        'ready for it." France have won on their last two visits to Dublin. The '
        "match kicks off at 4:45pm. QUESTION: Is there extra pressure with the "
        "title on the line? COACH: There's pressure every week in this tournament. "
        "You just have to embrace it. QUESTION: How is the forecast shaping your "
        "kicking game? COACH: We'll deal with whatever Dublin gives us.",
        "sport",
    ),
    (
        "Celtics coach says team must 'defend without fouling' after Game 3 loss in Dallas",
        "DALLAS (AP) — The Boston Celtics' coach said Sunday his team needed to "
        '"defend without fouling" and trust its shooters after a 14-point loss '
        "to the Dallas Mavericks in Game 3 of the NBA Finals. Speaking before "
        "practice, he said the Celtics had sent Dallas to the free-throw line 32 "
        'times and "gave them life" in the second half. "We took good shots, '
        "they just didn't go in,\" he said of a night on which Boston made 10 of "
        "38 three-pointers. He said the team's starting centre remained doubtful "
        "for Game 4 with a leg injury. Asked whether the series had shifted, the "
        'coach said it was "one game" and that his players were "not going to '
        "overreact\". The Mavericks' star guard scored 35 points in Game 3, and "
        "Dallas now lead the series 2-1. Game 4 is in Dallas on Wednesday.",
        "sport",
    ),
    (
        "Shakhtar coach says players 'play for the people at home' before "
        "Champions League night in Hamburg",
        "HAMBURG — Shakhtar Donetsk's head coach said on Tuesday that his players "
        'would "play for the people at home" when they face Barcelona in the '
        "Champions League at the Volksparkstadion, where the Ukrainian club has "
        "staged its European home games since Russia's full-scale invasion. "
        '"Every time we walk onto the pitch, we know what our country is going '
        'through," he told reporters at the pre-match press conference. Shakhtar '
        "have not played in Donetsk since 2014 and spend their Ukrainian league "
        "season in Kyiv and Lviv. The coach said his young squad had improved "
        "since the opening defeat in Porto and that an injured midfielder would be "
        "back on the bench. In response to a question about Barcelona's attacking "
        'form, he said: "They have quality everywhere, so we must defend as a '
        'team and look for the counter." More than 40,000 tickets have been sold, '
        "many of them to Ukrainian refugees living in Germany, the club said. Part "
        "of the proceeds will go to a fund for families of players and staff "
        "affected by the war.",
        "sport",
    ),
    (
        "Nordavia CEO warns of transatlantic 'price war' as airline's first-half profit falls",
        "FRANKFURT — Nordavia Group's chief executive told analysts on the "
        'second-quarter earnings call on Thursday that a "price war" on '
        "transatlantic routes was squeezing margins, even as the airline carried a "
        "record 38 million passengers in the first half. Operating profit fell 14% "
        "to 612 million euros, below analysts' expectations, as fares across the "
        "Atlantic dropped and fuel costs rose. The chief financial officer said "
        "the closure of Russian airspace since 2022 still added about two hours to "
        "flights to Tokyo and Seoul, raising fuel burn and crew costs. Asked by an "
        "analyst whether the group would cut capacity on North American routes in "
        "the winter, the chief executive said: \"We won't get ahead of our winter "
        'schedule, but we are not going to chase market share at any price." He '
        "declined to comment on reports that the group was interested in buying a "
        "stake in a Portuguese carrier. The shares fell 6% in Frankfurt. The group "
        "kept its full-year guidance unchanged.",
        "economy",
    ),
    (
        "Norvik Systems lifts sales forecast on ammunition and air-defence orders, "
        "CEO tells analysts",
        "STOCKHOLM — Swedish defence group Norvik Systems raised its full-year "
        "sales forecast on Thursday after a surge in orders for artillery "
        "ammunition and air-defence systems from European governments, its chief "
        "executive told analysts on a conference call. Order intake in the third "
        "quarter more than doubled to 41 billion crowns, driven by contracts from "
        "Poland, the Baltic states and Germany, and by deliveries to Ukraine paid "
        'for by Nordic governments. "Demand is structural, not a spike," the '
        "chief executive said, adding that Europe had to rebuild stockpiles "
        "depleted by the war in Ukraine. The group is building a new shell plant "
        "in northern Sweden that should start production in 2026, he said. "
        "Questioned on whether the company could keep up with demand for its "
        "shoulder-fired anti-tank weapons, the chief operating officer said output "
        "had tripled since 2022 and would rise further. He declined to comment on "
        "the prospects of a ceasefire in Ukraine, saying the company did not "
        "speculate on politics. The shares rose 9% to a record high.",
        "economy",
    ),
    (
        "Veridian CEO tells analysts the AI 'arms race' among cloud giants has years to run",
        "SAN JOSE, California — The chief executive of chip designer Veridian "
        'Semiconductor told analysts on Wednesday that an "arms race" among '
        'cloud companies to build artificial intelligence data centres had "years '
        'to run", as the company reported a 62% jump in quarterly revenue. '
        "Revenue for the quarter to October reached $9.4 billion, beating Wall "
        "Street estimates, and the company forecast further growth on demand for "
        'its networking chips. "Every hyperscaler is in a race to build capacity, '
        'and none of them can afford to fall behind," the chief executive said on '
        "the earnings call. Asked by an analyst whether customers were "
        'overbuilding, he said the company saw "no sign" of orders slowing. The '
        "chief financial officer said gross margins would narrow slightly next "
        "quarter as new products ramped up. Export restrictions on shipments to "
        "China had cut sales there to less than 10% of the total, she said. The "
        "shares rose 7% in after-hours trading.",
        "economy",
    ),
    (
        "Hanseatic Container Line raises guidance, says Red Sea diversions will "
        "last 'well into' next year",
        "HAMBURG — Container shipping group Hanseatic Container Line raised its "
        "full-year profit forecast on Friday, saying freight rates would stay high "
        "because its ships would keep sailing around the Cape of Good Hope instead "
        'of using the Suez Canal "well into next year". "The situation in the '
        "Red Sea shows no sign of improving, and we will not send our crews "
        'through there until it is safe," the chief executive told analysts on '
        "the third-quarter earnings call. The diversions add 10 to 14 days to "
        "voyages between Asia and northern Europe and have absorbed much of the "
        "industry's spare capacity. Earnings before interest and tax rose to 1.1 "
        "billion dollars in the quarter, from 310 million a year earlier. Asked "
        "whether a ceasefire in Gaza would bring ships back to the canal quickly, "
        'the chief executive said the company would need "a sustained period of '
        'calm" and guarantees for seafarers. The chief financial officer said '
        "higher insurance and fuel costs were being passed on to customers through "
        "surcharges. The shares rose 5%.",
        "economy",
    ),
    (
        "Met Police say climate march passed off peacefully, 14 arrested for "
        "sitting down on Westminster Bridge",
        "LONDON — About 30,000 people marched through central London on Saturday "
        "to demand faster action on climate change, and the day passed off largely "
        "peacefully, the Metropolitan Police said at an evening briefing. A "
        "commander said 14 people had been arrested after a group sat down on "
        "Westminster Bridge and refused to move when asked, blocking traffic for "
        "about 90 minutes. Several protesters had glued their hands to the road "
        "and were removed by specialist officers. There were no reports of "
        "injuries, he said. The march, organised by a coalition of environmental "
        "groups, unions and faith organisations, ended with speeches in Parliament "
        "Square. Pressed on whether officers had been too lenient with the sit-in, "
        "the commander said the force had balanced the right to protest with the "
        "rights of people going about their business. The organisers said the "
        "turnout showed the strength of public feeling ahead of the UN climate "
        "summit.",
        "protest",
    ),
    (
        "Berlin police say 5,000 tractors in city for farmers' protest, urge "
        "drivers to avoid the centre",
        "BERLIN — About 5,000 tractors and 10,000 farmers converged on Berlin's "
        "government district on Monday for the final day of a week of protests "
        "against cuts to diesel subsidies, police said at a briefing near the "
        "Brandenburg Gate. A police spokeswoman said the rally had been peaceful "
        "and that officers had only needed to stop a few vehicles that tried to "
        "enter streets closed to traffic. Convoys of tractors, some with banners "
        'reading "No farmers, no food", had blocked motorway slip roads across '
        "the country for several days. Hauliers and restaurant owners joined the "
        "rally. The finance minister, who addressed the crowd, was booed and "
        "whistled at, but the spokeswoman said there had been no violence. Asked "
        "how long the roads around the Tiergarten would stay closed, she said "
        "police expected them to reopen in the evening. The farmers' association "
        "said further protests were possible if the government did not reverse the "
        "cuts. About 600 officers were on duty, some of them brought in from other "
        "states. The organisers said 30,000 people had taken part, a figure police "
        "did not confirm.",
        "protest",
    ),
    (
        "Venice press conference: Ukrainian director says Kharkiv hospital drama "
        "is 'about waiting, not battles'",
        'VENICE — The Ukrainian director of "The Night Shift", a drama about a '
        "nurse in a Kharkiv hospital during the first winter of the full-scale "
        "invasion, told a press conference at the Venice Film Festival on "
        'Wednesday that she had wanted to make a film "about waiting, not about '
        'battles". The film, which premieres in competition in the evening, was '
        "shot in Lviv and Kyiv over 40 days last year. Its lead actress said the "
        "cast had sometimes rehearsed in a basement during air raid alerts. The "
        "director said several crew members had been called up for military "
        "service during post-production. Asked by an Italian journalist whether "
        'cinema could change anything, she replied: "It can make people remember '
        "for a little longer.\" The festival's artistic director said this year's "
        'selection reflected "a world at war". The film has been picked up for '
        "distribution in France, Germany and Italy.",
        "entertainment",
    ),
    (
        "RBNZ governor says rate cuts 'not on the table' this year at "
        "post-decision press conference",
        "WELLINGTON (Reuters) - The Reserve Bank of New Zealand held its official "
        "cash rate at 5.5% on Wednesday, and its governor told a press conference "
        'that cutting rates was "not on the table" for the rest of the year, as '
        "inflation remained above the bank's target band. The governor said the "
        "committee had discussed raising rates further but agreed that current "
        "settings were restrictive enough. Annual inflation was 4.7% in the first "
        "quarter, well above the 1% to 3% range the bank aims for. Asked by "
        "reporters whether the bank was worried about rising unemployment, he said "
        'the labour market was "easing as expected". The New Zealand dollar rose '
        "half a cent after the announcement. Economists at two of the big four "
        "banks said they still expected the first cut in early 2025. The finance "
        "minister declined to comment on the decision, citing the bank's "
        "independence.",
        "other",
    ),
    (
        "Election Commission says first-phase turnout above 65%, rejects EVM tampering claims",
        "NEW DELHI: The Election Commission of India said on Saturday that voter "
        "turnout in the first phase of the general election had reached 65.5%, "
        "slightly lower than in the same seats five years ago, and rejected "
        "opposition claims that electronic voting machines had been tampered with. "
        "At a press conference in New Delhi, the Chief Election Commissioner said "
        "polling had been held in 102 constituencies across 21 states and union "
        'territories, with more than 160 million voters eligible. "Our machines '
        'are robust and cannot be hacked," he said, citing court rulings that had '
        "upheld their use. Asked about the heatwave in several states, he said the "
        "commission had set up shaded waiting areas and drinking water at polling "
        "stations and would consider changing voting hours in later phases. He "
        "said complaints under the model code of conduct were being dealt with "
        '"without fear or favour". The second phase of voting is on April 26. A '
        "reporter asked about faulty machines in two districts of Rajasthan; the "
        "commissioner said they had been replaced within an hour. Votes for all "
        "seven phases will be counted on June 4.",
        "other",
    ),
]
