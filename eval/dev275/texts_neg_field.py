"""dev275 negatives, part one: the field of play and the stands (match reports with their war
words, fans' fights, doping bans) and peaceful protests at sporting events.

NEGATIVES = [(title, text, kind code), ...]; codes in eval/conflictset/__init__.py.
"""

NEGATIVES = [
    (
        "Arsenal blitz leaves Villa shell-shocked as title battle tightens",
        "Arsenal's front three ran riot at the Emirates on Saturday, tearing Aston Villa apart "
        "with three goals in 11 minutes either side of half-time to keep the pressure on "
        "Liverpool at the top of the table. Bukayo Saka opened the scoring with a low shot "
        "from the edge of the box after Martin Ødegaard had sliced through the Villa defence. "
        "Villa, who had caused problems on the counter-attack early on, were then caught out "
        "twice by quick balls over the top, first for Kai Havertz and then for the "
        "substitute striker Gabriel Jesus. “We attacked them from the first minute, and when we "
        "are like that we are very hard to stop,” said Mikel Arteta. Unai Emery admitted his "
        "side had been “killed by the transitions”. Ollie Watkins fired a late consolation "
        "into the roof of the net. Arsenal are now two points behind the leaders with nine "
        "games left.",
        "sport",
    ),
    (
        "Australia's bowlers bombard England as Ashes war of words escalates",
        "England were under siege for most of the second day at Lord's, bombarded with short "
        "balls by Mitchell Starc and Pat Cummins on a pitch that quickened under cloud, and "
        "closed on 278 for six in reply to Australia's 416. Ben Duckett fell for 98, hooking "
        "Josh Hazlewood to fine leg two runs short of a maiden Ashes hundred. Harry Brook "
        "counter-attacked with three fours in an over before he too perished to the hook. The "
        "tactics drew a sharp response from Stuart Broad, who said Australia had “declared war "
        "on England's batters” and warned that the home side would return fire with the new "
        "ball. Cummins shrugged it off. “It's a legitimate plan, and it's working,” he said. "
        "England's coach, Brendon McCullum, said his batters would keep taking on the "
        "short ball. The match is poised for a tense third day.",
        "sport",
    ),
    (
        "Twelve-round war in Sheffield ends in split-decision drama",
        "Jamie Hollis retained his British super-middleweight title on Saturday night after a "
        "brutal 12-round war with Kyle Ormsby at the Utilita Arena, winning a split decision "
        "that was booed by half of the 9,000-strong crowd. Both men were badly cut by the "
        "seventh, and Ormsby was dropped by a left hook in the ninth before storming back to "
        "hurt the champion in the tenth. One judge scored it 115-112 for Ormsby, but the other "
        "two had Hollis ahead by two and three points. “That was a proper battle, a fight the "
        "old-timers would have loved,” said the promoter, Eddie Hearn. Ormsby's trainer called "
        "the scoring “daylight robbery” and demanded a rematch. Both fighters were taken to "
        "hospital for precautionary checks after the bout. The British Boxing Board of Control "
        "will review the cards.",
        "sport",
    ),
    (
        "Tear gas in Old Port as Russian and English fans fight running battles",
        "French riot police fired tear gas in Marseille's Old Port on Saturday as English and "
        "Russian supporters fought running battles for a third day ahead of the Euro 2016 "
        "match between the two countries. Groups of masked Russian fans, some wearing gum "
        "shields and fingerless gloves, charged English supporters drinking outside bars, "
        "throwing chairs and bottles. One English fan was in a critical condition after being "
        "beaten with an iron bar, the local prosecutor said, and at least 35 people were "
        "injured. Violence broke out again inside the Stade Vélodrome after the final whistle, "
        "when Russian fans charged across a segregation barrier. UEFA opened disciplinary "
        "proceedings against the Russian Football Union and threatened both teams with "
        "disqualification if there was further trouble. Police said six people had been "
        "arrested.",
        "sport",
    ),
    (
        "Copa Libertadores final moved to Madrid after attack on Boca bus",
        "The second leg of the Copa Libertadores final between River Plate and Boca Juniors "
        "will be played at the Santiago Bernabéu in Madrid on December 9, South America's "
        "football confederation announced on Thursday. The match at River's Monumental stadium "
        "in Buenos Aires was postponed twice on Saturday and Sunday after River fans pelted the "
        "Boca team bus with stones and bottles as it approached the ground. Several players "
        "were cut by flying glass, and the captain, Pablo Pérez, was treated for an eye injury. "
        "Police had fired pepper spray at the crowd and some of it entered the bus. River "
        "officials said moving the final abroad was “an injustice” to their fans. Argentina's "
        "president, Mauricio Macri, said the episode was shameful. Boca have demanded that "
        "the cup be awarded to them.",
        "sport",
    ),
    (
        "Pogba's doping ban cut to 18 months by sport's highest court",
        "Paul Pogba will be able to play again from March next year after the Court of "
        "Arbitration for Sport reduced his four-year doping ban to 18 months. The France "
        "midfielder tested positive for the banned substance DHEA after Juventus's opening "
        "match of last season, and was suspended by Italy's anti-doping tribunal in February. "
        "CAS accepted that he had not intended to cheat and had taken a supplement prescribed "
        "by a doctor in Florida. Pogba, 31, said the nightmare was over. “I can finally "
        "follow my dreams again,” he wrote on social media. His contract with Juventus has not "
        "been terminated, but the club is expected to negotiate his departure. He last played "
        "a competitive match in September 2023. "
        "His agent, Rafaela Pimenta, said clubs in France, Saudi Arabia and the United States "
        "had already been in touch.",
        "sport",
    ),
    (
        "Valieva banned for four years and stripped of Beijing results",
        "The Court of Arbitration for Sport has banned the Russian figure skater Kamila "
        "Valieva for four years, backdated to December 2021, for a doping violation that "
        "overshadowed the Beijing Winter Olympics. Valieva, who was 15 at the time, tested "
        "positive for the heart medication trimetazidine at the Russian championships, but "
        "the result was only reported during the Games. She was allowed to compete, finishing "
        "fourth in the women's event after falling several times. All her results since the "
        "test are annulled, which could elevate Canada or the United States in the team "
        "event. The World Anti-Doping Agency welcomed the ruling. The Kremlin's spokesman "
        "called it politically motivated. Valieva, now 17, will be eligible to return in time "
        "for the 2026 Games.",
        "sport",
    ),
    (
        "Verstappen wins the war of Abu Dhabi in last-lap showdown",
        "Max Verstappen is the Formula One world champion after overtaking Lewis Hamilton on "
        "the final lap of the season's last race in Abu Dhabi, settling one of the most "
        "bitter title battles in the sport's history. Hamilton had controlled the race from "
        "the start, but a late safety car brought Verstappen, on fresh soft tyres, right onto "
        "his gearbox. The Dutchman attacked into turn five, and Hamilton had no answer. "
        "Mercedes lodged two protests over the race director's handling of the restart; both "
        "were rejected. “It's been a war all year and I respect Lewis hugely,” Verstappen said. "
        "Toto Wolff called the outcome “not right”. Mercedes did secure the constructors' "
        "title for the eighth year in a row. An appeal has not been ruled out.",
        "sport",
    ),
    (
        "Kipyegon's last-lap attack smashes world 1500m record in Florence",
        "Faith Kipyegon broke the women's 1500 metres world record at the Golden Gala in "
        "Florence on Friday, running 3min 49.11sec with a devastating attack over the final "
        "300 metres. The Kenyan had sat behind the pacemakers until the bell, then pulled "
        "clear of Ethiopia's Diribe Welteji and Britain's Laura Muir. It was the first time a "
        "woman had run under 3:50. Earlier, Ryan Crouser won the shot put with a throw of "
        "23.12 metres, and Jakob Ingebrigtsen cruised to victory in the men's 5,000m. Kipyegon "
        "said she had been targeting the record all season. “I wanted to go for it from the "
        "start,” she said. About 20,000 spectators were in the Stadio Luigi Ridolfi. The "
        "Diamond League moves to Paris next week. "
        "Kipyegon is expected to attack the 5,000m record there. Her coach, Patrick Sang, said "
        "she was in the shape of her life.",
        "sport",
    ),
    (
        "Head's carnage leaves Royal Challengers shell-shocked in Hyderabad",
        "Travis Head led an assault on the Royal Challengers Bengaluru attack in Hyderabad on "
        "Monday, smashing 102 off 41 balls as Sunrisers Hyderabad posted 287 for three, the "
        "highest total in the history of the Indian Premier League. Head and Abhishek Sharma "
        "plundered 108 runs in the powerplay, and Heinrich Klaasen kept up the bombardment "
        "with seven sixes in a 31-ball 67. The Bengaluru bowlers conceded 22 sixes in all. "
        "Dinesh Karthik hit back with a fearless 83, but the chase fell short by 25 runs. "
        "“It felt like we were being shot at from every angle,” said Bengaluru's captain, "
        "Faf du Plessis. Sunrisers climbed to fourth in the table. Their strike rate this "
        "season is the best of any side. "
        "The two teams managed 549 runs between them, another record for a Twenty20 match. "
        "Bengaluru, bottom of the table, face Chennai at home on Sunday.",
        "sport",
    ),
    (
        "All Blacks laid out in Paris as France win opening skirmish",
        "France beat New Zealand 27-13 in the opening match of the Rugby World Cup at the "
        "Stade de France on Friday, with Damian Penaud scoring twice and Thomas Ramos kicking "
        "17 points. The All Blacks' haka was answered by a wall of noise from 80,000 "
        "spectators, and the French forwards won the battle at the breakdown from the first "
        "minute. New Zealand briefly led after Mark Telea's try, but their discipline "
        "collapsed in the second half. “They came at us like an army,” said the All Blacks "
        "captain, Sam Cane. It was the first time New Zealand had lost a pool match at a World "
        "Cup. France's coach, Fabien Galthié, warned his players that the war was only "
        "beginning. Both sides are expected to reach the quarter-finals.",
        "sport",
    ),
    (
        "Alcaraz survives five-set siege to reach Wimbledon quarter-finals",
        "Carlos Alcaraz came through a five-set siege against Frances Tiafoe on Centre Court on "
        "Monday, saving two match points in the fourth set before winning 5-7 6-2 4-6 7-6 6-3. "
        "Tiafoe served and volleyed relentlessly and attacked the Spaniard's second serve, and "
        "for long spells the defending champion looked beaten. Alcaraz found his range on the "
        "forehand late in the fourth, and a passing shot on the run sealed the tie-break. "
        "“He was bombing serves, I was just trying to survive,” Alcaraz said. It was the "
        "longest match of the championships so far at four hours and eight minutes. The "
        "Spaniard will play Tommy Paul next. Tiafoe left the court to a standing ovation. "
        "The American admitted afterwards that he had run out of legs in the fifth set. “I "
        "threw everything at him, and he kept coming back,” he said. Alcaraz has now won 17 "
        "consecutive matches on grass.",
        "sport",
    ),
    (
        "Legia fans clash with police outside Villa Park before Conference League tie",
        "Seven police officers were injured and 46 people arrested after Legia Warsaw "
        "supporters clashed with officers outside Villa Park before their Europa Conference "
        "League match against Aston Villa on Thursday, West Midlands Police said. Legia's "
        "travelling fans had been refused entry after the club failed to meet an agreement on "
        "its allocation of tickets, and some threw bottles, flares and pieces of fencing at "
        "officers. Mounted police and a dog unit were deployed to hold a cordon in Witton Lane. "
        "Villa won the match 2-1 in front of a crowd with no away section. UEFA said it would "
        "open disciplinary proceedings. The Legia president, Dariusz Mioduski, was briefly "
        "held in the stadium after refusing to let the team bus leave without its fans. "
        "Most of those arrested were released the next day.",
        "sport",
    ),
    (
        "Márquez's kamikaze lunge sparks row after Portimão crash",
        "Marc Márquez has been handed a double long-lap penalty after a lunge at turn three of "
        "the Portuguese Grand Prix took out Miguel Oliveira and left the Portuguese rider with "
        "torn ligaments in his wrist. The Honda rider locked his front wheel and torpedoed "
        "Jorge Martín first, then collected Oliveira, who had no escape route. Oliveira's team "
        "called the move kamikaze and “the kind of attack that ends careers”. Márquez, who "
        "broke his thumb in the crash, apologised in the medical centre. “It was my mistake, "
        "100 percent,” he said. Francesco Bagnaia won the race from pole. Márquez will serve "
        "the penalty in Argentina if he is fit, though Honda said that was unlikely. The "
        "stewards also reprimanded two riders for ignoring yellow flags.",
        "sport",
    ),
    (
        "Sabre fencers wage war of riposte and counter-attack at the Grand Palais",
        "Hungary's Áron Szilágyi fell at the quarter-final stage of the Olympic sabre on "
        "Saturday, ending his bid for a fourth consecutive gold, as South Korea's Oh Sang-uk "
        "swept through a draw that had been expected to belong to the veteran. In the final, "
        "Oh beat Tunisia's Fares Ferjani 15-11 under the glass roof of the Grand Palais, "
        "winning the decisive exchanges with a counter-attack to the head. The crowd of 8,000 "
        "roared every parry and riposte. Ferjani's silver was Tunisia's first Olympic medal "
        "in fencing. “In sabre it is a war of nerves, one touch and you are finished,” Oh said. "
        "Italy's Luigi Samele took bronze. The team event begins on Wednesday. "
        "Hungary will try to defend their title there. Szilágyi, 35, said he had not decided "
        "whether to carry on to Los Angeles. The French fencers, roared on by a home crowd, "
        "went out in the first round of the individual event.",
        "sport",
    ),
    (
        "Snipers from deep: Celtics win three-point shootout in Miami",
        "The Boston Celtics hit 24 three-pointers to beat the Miami Heat 134-112 in Game 2 of "
        "their first-round series on Wednesday night, a shootout that left Erik Spoelstra's "
        "side needing answers before the series heads to Florida. Jayson Tatum scored 33 "
        "points and Derrick White added 28, including six from beyond the arc. Boston's "
        "snipers were so hot that Miami switched to a zone in the second quarter, without "
        "success. “They were raining fire on us,” said Bam Adebayo, who had 21 points and 12 "
        "rebounds. Jimmy Butler watched from the bench with a sprained knee. The Celtics lead "
        "the series 2-0. Game 3 is on Saturday in Miami. "
        "The Heat have won six of their last seven play-off games at home. Spoelstra said his "
        "side had been too slow to close out on the shooters and would “have to make them "
        "uncomfortable”. Boston's coach, Joe Mazzulla, was less impressed, saying his team had "
        "been careless with the ball in the fourth quarter.",
        "sport",
    ),
    (
        "Europe storm Bethpage's hostile crowd to retain Ryder Cup",
        "Europe retained the Ryder Cup on Sunday in front of a hostile New York crowd at "
        "Bethpage Black, enduring two days of abuse from the galleries to win 15-13. Luke "
        "Donald's side had built a seven-point lead by Saturday night, and held off a "
        "ferocious American counter-attack in the singles. Shane Lowry holed the clinching "
        "putt on the 18th green. Rory McIlroy, who was targeted by chanting fans all week, "
        "said the victory felt like “surviving a war zone”. Security staff ejected dozens of "
        "spectators, and the PGA of America apologised for the crowd's behaviour. The American "
        "captain, Keegan Bradley, said his side had been outplayed. It was Europe's first "
        "away win since 2012. "
        "Donald, who was also captain in Rome two years ago, became the first European captain "
        "to win at home and away. Thousands of European fans sang on the 18th green long after "
        "the trophy presentation.",
        "sport",
    ),
    (
        "Bairstow carries protester off Lord's pitch as Ashes Test is halted",
        "The second Ashes Test at Lord's was interrupted in its first over on Wednesday when "
        "two Just Stop Oil protesters ran onto the field and threw orange powder across the "
        "square. Jonny Bairstow picked one of them up and carried him over the boundary rope, "
        "to applause from the crowd. Ground staff removed the powder and play resumed after a "
        "short delay. The Metropolitan Police said three people had been arrested on suspicion "
        "of aggravated trespass and criminal damage. Just Stop Oil said it was protesting "
        "against new oil and gas licences. Bairstow, who changed his shirt before resuming, "
        "joked that he now needed a wash. The MCC said it would review security at the ground. "
        "The group has previously targeted the snooker world championship and the Premiership "
        "rugby final.",
        "protest",
    ),
    (
        "Chelsea fans block team bus in Super League protest",
        "More than 1,000 Chelsea supporters gathered outside Stamford Bridge on Tuesday "
        "evening to protest against the club's plans to join the European Super League, "
        "blocking Fulham Road and delaying the arrival of the team bus by more than 20 "
        "minutes. Fans held banners reading “Created by the poor, stolen by the rich” and sang "
        "songs against the owners. The former goalkeeper Petr Čech came out to plead with "
        "them to let the bus through. The protest was peaceful, the Metropolitan Police said. "
        "The kick-off of the match against Brighton was delayed by 15 minutes. Within hours, "
        "reports emerged that Chelsea and Manchester City were preparing to withdraw from the "
        "breakaway league. By the end of the night, all six English clubs had pulled out.",
        "protest",
    ),
    (
        "Tennis balls and chocolate coins halt Bundesliga matches in investor protest",
        "Bundesliga matches in Cologne, Berlin and Freiburg were halted for several minutes at "
        "the weekend as fans threw tennis balls and chocolate coins onto the pitch in protest "
        "at the German Football League's plan to sell a share of its media rights to a private "
        "equity investor. In Berlin, Union supporters flew remote-controlled cars onto the "
        "field, forcing a 30-minute stoppage. The fan groups say the deal, worth about a "
        "billion euros, breaks the spirit of the 50+1 rule that keeps clubs in members' hands. "
        "No arrests were reported. Players in several grounds helped clear the balls. The DFL "
        "said it respected the right to protest but urged fans not to endanger matches. "
        "Supporters have promised to continue the protests until the deal is dropped.",
        "protest",
    ),
]
