"""dev159 hard negatives (sport, 1 of 2): match reports and sport news whose war words are the
game's own, and athletes and teams from countries at war where the war is background
(eval/README.md, section 1: hard_negative_sport)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Shakhtar's 'home' win in Gelsenkirchen keeps Champions League hopes alive",
        "Shakhtar Donetsk kept their Champions League hopes alive with a 2-1 win over Young "
        'Boys in Gelsenkirchen on Wednesday night, the Ukrainian champions\' fourth "home" game '
        "on German soil this season. The Brazilian winger Kevin opened the scoring with a "
        "curling shot from the edge of the area after 19 minutes, and Heorhiy Sudakov doubled "
        "the lead from the penalty spot before half-time. The Swiss side pressed in the second "
        "half and pulled one back through their striker, but Shakhtar's defence held firm under"
        " a late siege, with goalkeeper Dmytro Riznyk making two fine saves. About 12,000 "
        "supporters, many of them Ukrainians who have settled in the Ruhr since 2022, watched "
        "at the Veltins-Arena, which Schalke lends the club for European nights. Shakhtar have "
        "not played in Donetsk since 2014, when the war in the east forced them to leave the "
        "city, and Russia's full-scale invasion has kept all European football out of Ukraine "
        "since. Domestic league games go ahead in Ukraine behind closed doors, and are "
        'regularly paused when air-raid sirens sound. "Every win here is for the people at '
        'home," coach Marino Pusic said. Shakhtar travel to Bergamo in their next group match. '
        "Pusic made three changes from the weekend league win over Kolos, bringing in the "
        "18-year-old midfielder Oleh Ocheretko for his European debut. The young Ukrainian was "
        "substituted to a standing ovation after 70 minutes. Young Boys' coach admitted his "
        'side had been second best for long spells and had "woken up too late". Shakhtar now '
        "have six points from five games and need at least a draw in Italy to stay in "
        "contention for the knockout play-offs.",
        "sport",
    ),
    (
        "Hearts run riot with six-goal blitz against Ross County",
        "Hearts produced a second-half blitz to crush Ross County 6-0 at Tynecastle and move "
        "into third place in the Scottish Premiership. It was goalless at the break, but the "
        "visitors' resistance collapsed within four minutes of the restart when Lawrence "
        "Shankland fired home from 12 yards and then added a second with a header from a "
        "corner. The Dingwall side were under siege from then on, and Kenneth Vargas, Yan "
        "Dhanda and a double from substitute Musa Drammeh turned the game into a massacre. "
        "Steven Naismith's side had 27 shots in total, 11 of them on target. \"We killed them "
        'off in that spell, the intensity was frightening," the Hearts head coach said. County,'
        " who have now lost five in a row, were left to rue a missed chance for striker Simon "
        "Murray, who shot straight at the goalkeeper with the score at 0-0. The Highland club's"
        ' manager called his team\'s performance "a surrender" and apologised to the 300 '
        "travelling supporters. Hearts face Celtic at Parkhead next weekend, while County host "
        "St Mirren in what is already being billed as a relegation battle.",
        "sport",
    ),
    (
        "Israel to play Norway qualifier in Oslo under heavy security with protests planned",
        "Norway will host Israel in a World Cup qualifier at the Ullevaal Stadion on Saturday "
        "under one of the largest police operations for a football match in the country's "
        "history, with several thousand people expected at a pro-Palestinian march through "
        "central Oslo beforehand. The Norwegian FA said it would donate its share of ticket "
        'revenue to humanitarian work in Gaza, a decision its president said was "a way of '
        "showing that we are not indifferent to the suffering there\". Israel's FA has "
        "criticised the move as politics entering sport. Police said the demonstration had been"
        " approved and would end at a park about a kilometre from the stadium, and that there "
        "was no specific threat against the match. Norway top the group and can all but secure "
        "a place at the finals with a win; Erling Haaland has scored eleven goals in six "
        "qualifiers. Israel, who have played their home qualifiers in Hungary since the war in "
        "Gaza began in October 2023, need a victory to keep alive slim hopes of a play-off "
        "place. A ceasefire in Gaza came into force earlier this week. UEFA had been under "
        "pressure from several member federations to suspend Israel, but took no vote on the "
        "issue.",
        "sport",
    ),
    (
        "AEK fan stabbed to death as Dinamo Zagreb hooligans clash with locals in Athens",
        "A 29-year-old AEK Athens supporter died after being stabbed when groups of Croatian "
        "hooligans clashed with local fans near the club's stadium in the Nea Filadelfia "
        "district on Monday night, Greek police said. About 100 supporters of Dinamo Zagreb, "
        "who had travelled to Greece despite a UEFA ban on away fans for the Champions League "
        "qualifier, attacked AEK fans outside a café with flares, knives and iron bars, "
        "witnesses said. Eight other people were injured, and police arrested 98 people, most "
        "of them Croatian nationals, at the scene and on the motorway into the capital. UEFA "
        "postponed Tuesday's match \"due to the serious incidents\", and Greece's prime minister "
        "called an emergency meeting with the sports minister and police chiefs. Greek police "
        "said the convoy of Croatian fans had driven through several border crossings without "
        "being stopped, and officers at the border were suspended pending an inquiry. AEK's "
        'president said the club was in mourning and called it "a murder that should never have'
        " happened\". Croatia's foreign minister expressed condolences and said those "
        "responsible would face justice. Hooligan violence has marred Greek football for years,"
        " and the government has repeatedly ordered matches to be played behind closed doors. "
        "The dead man was a lifelong AEK supporter who had gone to the café with friends to "
        "watch the build-up to the match. Hundreds of AEK fans gathered outside the stadium on "
        "Tuesday evening, laying scarves and candles at the spot where he was attacked. Dinamo "
        "Zagreb condemned the violence and said it would cooperate with the Greek authorities. "
        "The club was later fined and ordered to play its next European home matches without "
        "spectators.",
        "sport",
    ),
    (
        "Copa Sudamericana tie abandoned after violence between fans in Avellaneda stands",
        "CONMEBOL abandoned Independiente's Copa Sudamericana last-16 second leg against "
        "Universidad de Chile in Avellaneda on Wednesday night after rival supporters fought in"
        " the stands, leaving at least ten people in hospital, one of them with serious "
        "injuries after falling from a terrace. The violence began late in the first half when "
        "Chilean fans in the upper tier threw seats, sticks and a toilet bowl at home "
        "supporters below, and groups of Independiente fans later forced their way into the "
        "away section as the visitors tried to leave. Police took more than 90 people into "
        "custody, Argentine security officials said. Television footage showed some visiting "
        "fans being beaten and stripped of their clothes while officers stood at the exits. The"
        " score was 1-1 on the night, with Universidad de Chile ahead on aggregate, when the "
        "referee took the players off. CONMEBOL said the disciplinary committee would rule on "
        "the tie within days and opened proceedings against both clubs. Chile's president said "
        "the government would send a consular team to assist its citizens. The Independiente "
        "chairman blamed the security plan and said the away section should never have been "
        "placed above home fans.",
        "sport",
    ),
    (
        "IOC clears 17 Russian athletes to compete as neutrals at Milan-Cortina Games",
        "The International Olympic Committee has approved 17 athletes with Russian passports "
        "and five from Belarus to compete as neutrals at the Milan-Cortina Winter Olympics, "
        "most of them in figure skating, cross-country skiing and ski mountaineering. Like at "
        "the Paris Games, the athletes will compete without flags, anthems or national colours,"
        " and will not take part in the opening ceremony parade. Each was checked by an "
        "independent panel to confirm they had not publicly supported the war in Ukraine and "
        "were not contracted to the military or security agencies. No Russian ice hockey team "
        "will take part, after the International Ice Hockey Federation kept its ban in place. "
        'Russia\'s sports minister called the conditions "humiliating" but said athletes would '
        "be free to decide whether to go. Ukraine's sports ministry said the decision was a "
        'mistake and that "a neutral flag does not make a war neutral". Russia\'s Olympic '
        "committee remains suspended after it incorporated sports organisations from four "
        "occupied regions of Ukraine. The Games open at the San Siro stadium on February 6.",
        "sport",
    ),
    (
        "Mahuchikh soars to Olympic high jump gold and dedicates it to Ukraine's fallen athletes",
        "Yaroslava Mahuchikh won Ukraine's first athletics gold of the Paris Olympics on "
        "Sunday, clearing 2.00 metres to take the women's high jump title ahead of Australia's "
        "Nicola Olyslagers. The 22-year-old world record holder was the only jumper to clear "
        "the height at the first attempt, and then lay on her sleeping mat by the side of the "
        "track as her rivals failed. She draped herself in the Ukrainian flag after the "
        "competition and said the medal was for the athletes and coaches who had been killed "
        'since Russia\'s invasion. "They should be here competing with us, and they are not," '
        "she said. Mahuchikh, from Dnipro, left her home city in the first days of the war in "
        "2022 and has trained in Portugal, Germany and Belgium since. She broke the 37-year-old"
        " world record in Paris earlier this month, clearing 2.10 metres at the Diamond League "
        "meeting. Ukraine's team at the Games numbers 140 athletes, the smallest in the "
        'country\'s history. "Every medal we win is a little bit of joy for people at home," '
        "Mahuchikh said.",
        "sport",
    ),
    (
        "Afghanistan's pace attack blows away Bangladesh to reach first World Cup semi-final",
        "Afghanistan reached the semi-finals of a World Cup for the first time after bowling "
        "Bangladesh out in a tense, rain-interrupted finish in Kingstown, sending Australia "
        "home in the process. Defending a modest 115 for five, Rashid Khan's side struck early "
        "when Fazalhaq Farooqi trapped Tanzid Hasan lbw with the first ball of the chase, and "
        "the pace attack kept firing as Bangladesh slipped to 23 for three. Naveen-ul-Haq took "
        "four wickets, including two in two balls to close out the match under the revised "
        "target. Litton Das carried his bat for 54, but he found no partner to stay with him. "
        "Afghan players ran onto the field in tears at the end, and supporters danced in the "
        "streets of Kabul and in the refugee communities of Peshawar. The team's run has been "
        "celebrated at home even as the Taliban government bans women's sport, a policy that "
        'led Australia to refuse a bilateral series against Afghanistan. "This is for our '
        'nation," Rashid said. Afghanistan will face South Africa in Trinidad on Thursday.',
        "sport",
    ),
]
