"""dev275 negatives, part two: the past and the parade ground (anniversaries and memorials,
athletes who served, military bands and flypasts, security at big events, films and books,
sporting diplomacy).

NEGATIVES = [(title, text, kind code), ...]; codes in eval/conflictset/__init__.py.
"""

NEGATIVES = [
    (
        "Football returns to Flanders fields a century after the Christmas truce",
        "Young players from Britain, Germany, France and Belgium played a seven-a-side "
        "tournament near Ploegsteert on Thursday, a hundred years after British and German "
        "soldiers climbed out of their trenches on Christmas Day 1914 and, by some accounts, "
        "kicked a ball about in no man's land. UEFA's president, Michel Platini, unveiled a "
        "memorial at the site, a football sculpture inside a circle of poppies. Historians "
        "still argue over how many matches were played that winter and whether any had proper "
        "teams, but letters from soldiers on both sides describe the truce along parts of the "
        "front. The Prince of Wales's regiment laid a wreath at the nearby cemetery. “The "
        "lesson is that they had more in common than what divided them,” Platini said. "
        "The Premier League has asked clubs to mark the centenary before their Boxing Day "
        "matches.",
        "history",
    ),
    (
        "Ten years on, Sri Lanka's cricketers return to the scene of the Lahore attack",
        "When Sri Lanka's team bus drove past Liberty roundabout in Lahore on Wednesday, "
        "several players who had not been born in 2009 asked their manager to point out the "
        "spot. It was there, on March 3 of that year, that gunmen opened fire on the team on "
        "its way to the Gaddafi Stadium, wounding six players and killing six policemen and "
        "two civilians. The attack ended international cricket in Pakistan for most of a "
        "decade. This week's Twenty20 series is the first full tour by Sri Lanka since then. "
        "Security is heavy, with the players travelling in a convoy of armoured vehicles. "
        "Thilan Samaraweera, shot in the thigh that day and now a batting coach, said he had "
        "no hesitation in returning. “Pakistan looked after us then, and they look after us "
        "now,” he said. Tickets for the first match sold out within hours.",
        "history",
    ),
    (
        "Munich marks 50 years since the Olympic massacre after compensation deal",
        "Relatives of the 11 Israeli athletes and coaches killed during the 1972 Munich "
        "Olympics attended a memorial ceremony at the Fürstenfeldbruck air base on Monday, 50 "
        "years after members of the Palestinian group Black September took the team hostage "
        "in the Olympic village. The families had threatened to boycott the ceremony until "
        "Germany agreed last week to pay 28 million euros in compensation and to open its "
        "archives to a commission of historians. President Frank-Walter Steinmeier asked for "
        "forgiveness for the failures of the police operation, in which all nine hostages "
        "held at the airfield were killed. Israel's president, Isaac Herzog, called it a day "
        "of healing. The West German government had for decades refused to acknowledge "
        "responsibility. A new exhibition on the attack opens in the Olympic Park next month.",
        "history",
    ),
    (
        "Last Post at Wembley as clubs wear poppies for Armistice weekend",
        "A bugler from the Royal British Legion sounded the Last Post before Sunday's match at "
        "Wembley, and players stood in a minute's silence with poppies on their shirts, as "
        "football marked the Armistice weekend. Every Premier League club has its own "
        "memorial to players who fought in the two world wars; Tottenham read out the names "
        "of the 11 men from the club killed on the Somme. Wreaths were laid at grounds "
        "across the country, from Heart of Midlothian's memorial in Haymarket to Arsenal's "
        "Highbury Square. FIFA relaxed its ban on political symbols in 2016 to allow the poppy "
        "to be worn. A small number of fans booed during the silence at one Championship "
        "ground, and the club said it would ban any supporter identified. The Legion said "
        "sales of football-themed poppy badges had raised more than £1m.",
        "history",
    ),
    (
        "Ali's stand against the draft remembered as Louisville says goodbye",
        "Tens of thousands of people lined the streets of Louisville on Friday as Muhammad "
        "Ali's funeral procession passed his childhood home, and speaker after speaker at the "
        "memorial service recalled the fight he took outside the ring. In April 1967, at the "
        "height of the Vietnam war, Ali refused induction into the US Army, saying he had no "
        "quarrel with the Viet Cong. He was stripped of his heavyweight title and did not box "
        "for three and a half years, until the Supreme Court overturned his conviction in "
        "1971. “He was willing to lose everything for what he believed,” said Billy Crystal. "
        "Bill Clinton delivered the eulogy. Ali died last week at 74, after three decades "
        "with Parkinson's disease. He was buried at Cave Hill Cemetery in a private ceremony.",
        "history",
    ),
    (
        "Anzac Day clash draws 90,000 to the MCG as Bombers end Magpies' streak",
        "More than 90,000 people packed the Melbourne Cricket Ground on Tuesday for the annual "
        "Anzac Day match between Collingwood and Essendon, which opened with the Last Post, "
        "the Ode of Remembrance and a minute's silence for Australian and New Zealand "
        "servicemen and women. Veterans of Vietnam and East Timor carried the ball to the "
        "centre square. Essendon won by 14 points, ending Collingwood's run of six straight "
        "wins, and their midfielder Zach Merrett was awarded the Anzac Medal. The fixture, "
        "first played in 1995, commemorates the landing at Gallipoli in 1915. The RSL said "
        "donations collected at the ground reached a record. “It's the one day the rivalry "
        "takes second place,” Essendon's coach said. "
        "Before the match, the Chief of the Defence Force presented the ball to both captains. "
        "Collingwood remain top of the ladder on percentage.",
        "history",
    ),
    (
        "Colombia remembers Andrés Escobar 25 years after his murder",
        "Hundreds of people gathered at a statue of Andrés Escobar in Medellín on Tuesday to "
        "mark 25 years since the Colombia defender was shot dead outside a nightclub, ten days "
        "after scoring an own goal at the 1994 World Cup in the United States. His killer, "
        "Humberto Muñoz Castro, a bodyguard for a group of gamblers who had lost heavily on "
        "the match, served 11 years of a 43-year sentence. The case became a symbol of the "
        "grip drug money held on Colombian football at the time. Escobar's sister, María "
        "Ester, said the family still received letters from around the world. Atlético "
        "Nacional players laid flowers. “He was a gentleman on and off the pitch,” said his "
        "former teammate Francisco Maturana. A foundation in his name runs football schools "
        "in poor neighbourhoods.",
        "history",
    ),
    (
        "Berlin's Olympic Stadium opens exhibition on the 1936 Games",
        "An exhibition on the 1936 Berlin Olympics opened on Friday in the stadium built for "
        "them, examining how the Nazi regime used the Games as propaganda while it was "
        "preparing for war. Among the exhibits are a torch carried in the first Olympic torch "
        "relay, a copy of Leni Riefenstahl's film Olympia and a pair of spikes worn by Jesse "
        "Owens, who won four gold medals. Curators have also gathered the stories of Jewish "
        "athletes excluded from the German team, including the high jumper Gretel Bergmann. "
        "“We wanted visitors to see both the spectacle and what it concealed,” the curator "
        "said. Hertha Berlin's fans will be able to visit at a discount before home matches. "
        "The exhibition runs until the end of next year. "
        "A second room covers the 1972 Munich Games and the West German state's attempt to "
        "present a different country to the world. Entry is free for schoolchildren, and guided "
        "tours in English are held on Saturdays.",
        "history",
    ),
    (
        "Coldstream Guards to lead anthems at FA Cup final",
        "The Band of the Coldstream Guards will perform the national anthem and Abide With "
        "Me before Saturday's FA Cup final at Wembley, the Football Association said, "
        "continuing a tradition dating back to the 1920s. The band, which last played at the "
        "final in 2019, will march onto the pitch in scarlet tunics and bearskins after a "
        "flypast by the Red Arrows. A choir of schoolchildren from Manchester and Coventry "
        "will join them for the hymn. The FA said about 85,000 tickets had been sold. A "
        "serving soldier from each finalist's home city will carry the trophy out. The band's "
        "director of music said the players were rehearsing in the barracks yard this week "
        "to the sound of crowd noise. Kick-off is at three o'clock.",
        "military",
    ),
    (
        "F-35 flyover and cadets' march-on set for 125th Army-Navy game",
        "Four F-35 fighters will fly over Northwest Stadium before the 125th Army-Navy game on "
        "Saturday, and 4,400 cadets and midshipmen will march onto the field in the "
        "traditional pregame parade, organisers said. Navy comes into the game with a 9-3 "
        "record and a chance to win the Commander-in-Chief's Trophy, while Army is unbeaten "
        "in the regular season. The Army Golden Knights parachute team will deliver the game "
        "ball. The President is expected to attend and, as tradition demands, to spend one "
        "half on each side of the stadium. Seniors playing in the game will be commissioned as "
        "officers in the spring. “This game is about service before it's about football,” "
        "Navy's head coach, Brian Newberry, said. Kick-off is set for 3pm Eastern.",
        "military",
    ),
    (
        "Rafale jets, anti-drone guns and 18,000 soldiers to guard Paris Games",
        "France will deploy 18,000 soldiers, four Rafale fighter jets on permanent standby and "
        "an array of anti-drone systems to secure the Paris Olympics, the armed forces "
        "minister said on Friday. The troops, part of the Sentinelle anti-terror operation, "
        "will patrol stations and fan zones and will be housed in a temporary camp on the "
        "lawn at Vincennes. AWACS surveillance planes and helicopters carrying snipers will "
        "watch the opening ceremony on the Seine, where 300,000 spectators are expected. "
        "Airspace over Paris will be closed for six hours that evening. The military has "
        "rehearsed the plan in a series of exercises since the spring. “There is no specific "
        "threat, but the threat level is high,” Sébastien Lecornu said. About 45,000 police "
        "officers will also be on duty.",
        "military",
    ),
    (
        "Wuhan welcomes 9,000 athletes for Military World Games",
        "About 9,300 athletes from more than 100 countries' armed forces marched into the Wuhan "
        "Sports Centre on Friday for the opening of the seventh Military World Games, the "
        "biggest edition of an event run by the International Military Sports Council. "
        "President Xi Jinping declared the Games open. Competitors will contest 27 sports over "
        "ten days, including traditional events such as shooting and athletics and military "
        "ones such as the naval pentathlon and an obstacle course for aircrews. China's "
        "delegation of more than 550 includes several Olympic champions who hold army ranks. "
        "The host city has built a village for the athletes and planted 1.2m trees for the "
        "occasion. The Games' motto is “Military glory, world peace”. The closing ceremony "
        "is on October 27.",
        "military",
    ),
    (
        "Son Heung-min completes military training with top marks",
        "Tottenham forward Son Heung-min has finished three weeks of basic military training "
        "with the South Korean marines on Jeju island and was among the top five of his intake "
        "of 157 recruits, the corps said. South Korean men must serve about 18 months in the "
        "armed forces, but Son was granted an exemption after winning gold at the 2018 Asian "
        "Games, requiring only basic training and community service. Photographs released by "
        "the marines showed him in camouflage on the firing range and carrying a rubber "
        "training rifle. He earned a prize for his marksmanship. Son will return to London "
        "this week and is expected to be available for Spurs' first match after the "
        "break. “It was a great honour,” he said. "
        "Several South Korean footballers, including the defender Kim Min-jae, have completed "
        "the same course after winning Asian Games gold. Those who fail to win an exemption "
        "usually serve with the army's club, Gimcheon Sangmu, which plays in the K League. "
        "Son's fellow recruits asked for autographs on their last day, the marines said.",
        "military",
    ),
    (
        "Germany's sports soldiers face budget squeeze before Olympics",
        "More than 700 of Germany's elite athletes are funded as soldiers of the Bundeswehr, "
        "receiving a salary and time to train in return for basic military service, and a "
        "proposed cut to the sports promotion budget has alarmed their federations. About "
        "half of Germany's medals at the Tokyo Games were won by athletes in uniform, "
        "including the canoeists and the biathletes, who train at army sports schools in "
        "Oberhof and Ruhpolding. The defence ministry says the programme must compete with "
        "other priorities. Critics in the Bundestag argue that the military should not be "
        "the country's biggest sports sponsor. “Without the Bundeswehr I would have quit in "
        "2019,” said one Olympic medallist, a sergeant. A decision is due when the budget "
        "committee meets in November.",
        "military",
    ),
    (
        "Neeraj Chopra promoted to Subedar Major as army honours its champion",
        "The Indian Army has promoted the Olympic javelin champion Neeraj Chopra to the rank of "
        "Subedar Major, and named its sports institute's new stadium in Pune after him. Chopra, "
        "who joined the Rajputana Rifles as a Naib Subedar in 2016 under the army's Mission "
        "Olympics programme, won gold in Tokyo and silver in Paris. He still trains in "
        "Europe for much of the year. The army says it sponsors more than 100 athletes who "
        "hold ranks, among them boxers, wrestlers and shooters. At a ceremony attended by the "
        "army chief, Chopra was presented with a ceremonial javelin. “The uniform gave me "
        "discipline,” he said. He competes next at the Diamond League meeting in Doha. "
        "The army said the promotion recognised “exceptional achievement” rather than length of "
        "service. His coach, the Czech former world record holder Jan Zelezny, was not at the "
        "ceremony.",
        "military",
    ),
    (
        "Battle of the Sexes serves up a crowd-pleasing rally",
        "The new film about the 1973 tennis match between Billie Jean King and Bobby Riggs, "
        "Battle of the Sexes, opens in cinemas on Friday with Emma Stone and Steve Carell in "
        "the lead roles. The directors, Jonathan Dayton and Valerie Faris, turn what was "
        "billed at the time as a war between the sexes into a warm story about King's private "
        "life and her fight for equal prize money. Carell plays Riggs as a hustler rather than "
        "a villain. The match sequences, shot at the Pasadena arena, are convincingly "
        "staged. The film runs for just over two hours. Stone's performance has already "
        "drawn Oscar talk. King, who advised the production, said she cried at the "
        "premiere. "
        "Andrea Riseborough is quietly excellent as the hairdresser with whom King falls in "
        "love. The script is weaker when it leaves the court for the boardroom, and Sarah "
        "Silverman's promoter is underused. Four stars.",
        "entertainment",
    ),
    (
        "Sunderland 'Til I Die returns for a third season of relegation battles",
        "The third and final season of the Netflix documentary Sunderland 'Til I Die, which "
        "follows the club through its League One play-off campaign, arrives on the streaming "
        "service next week. Its makers spent months with the players, staff and supporters, "
        "filming a dressing room at war with itself and an owner fighting to sell the club. "
        "The series ends with the play-off final at Wembley. “Sunderland fans will watch it "
        "through their fingers,” said the director, Leo Pearlman. The first two seasons "
        "were among the most-watched sports documentaries on the platform. Several former "
        "players have criticised their portrayal. Sunderland's current owners were given no "
        "say in the edit. "
        "The club, back in the Championship, declined to comment on the series. Episodes will "
        "be released all at once, and a behind-the-scenes podcast follows a week later.",
        "entertainment",
    ),
    (
        "From Helmand to the Paralympics: a rower's memoir of loss and recovery",
        "Ben Carter lost both legs to a roadside bomb in Helmand in 2010, a week before his "
        "24th birthday. His memoir, Second Stroke, published this week, tells of the long "
        "years of surgery and depression that followed and of the rowing machine in a Surrey "
        "rehabilitation centre that changed his life. Carter went on to win Paralympic "
        "gold in Rio. The book is at its strongest when it describes the small humiliations "
        "of recovery rather than the races. He is honest about his anger towards the Ministry "
        "of Defence. “I didn't want to write a war book, I wanted to write a book about "
        "getting up in the morning,” he said at the launch. Proceeds will go to the charity "
        "Help for Heroes. "
        "Carter now coaches a para-rowing squad in Henley and is training for the Invictus "
        "Games. He says he still rows past the rehabilitation centre once a week, and always "
        "waves.",
        "entertainment",
    ),
    (
        "Korean athletes march as one at PyeongChang opening ceremony",
        "Athletes from North and South Korea marched together under a unification flag at the "
        "opening ceremony of the PyeongChang Winter Olympics on Friday, as Kim Jong-un's "
        "sister, Kim Yo-jong, shook hands with South Korea's president, Moon Jae-in, in the "
        "VIP box. It was the highest-level visit by a member of the North's ruling family "
        "since the Korean War ended in 1953. The two Koreas have also formed a joint women's "
        "ice hockey team, with 12 North Korean players added to the South's squad. The "
        "International Olympic Committee's president, Thomas Bach, called it a powerful "
        "message of peace. The US vice-president, Mike Pence, remained seated as the Korean "
        "team passed. Talks on family reunions are expected later this month. "
        "The joint hockey team lost its first match 8-0 to Switzerland, but the crowd in "
        "Gangneung cheered every shot. A North Korean orchestra performed in Seoul on the eve "
        "of the Games, and a cheering squad of more than 200 women in red tracksuits has "
        "followed the athletes from venue to venue.",
        "peace",
    ),
    (
        "UN General Assembly adopts Olympic Truce for Paris Games",
        "The United Nations General Assembly on Tuesday adopted a resolution calling for an "
        "Olympic Truce from a week before the Paris Olympics until a week after the "
        "Paralympics, with 118 votes in favour and two abstentions. The resolution, drafted "
        "by France, urges member states to observe the truce and to use sport to promote "
        "dialogue and reconciliation. Tony Estanguet, the head of the Paris organising "
        "committee, presented it in the hall, accompanied by the IOC's president, Thomas "
        "Bach. The tradition dates back to ancient Greece, when a truce allowed athletes and "
        "spectators to travel safely to Olympia. The resolution has no binding force. French "
        "officials said they hoped it would carry symbolic weight. A Truce Wall will be "
        "erected in the Olympic village. "
        "Athletes will be invited to sign it during the Games, as they have at every summer and "
        "winter Olympics since Sydney in 2000. The IOC has pressed the organisers of "
        "Milan-Cortina to present a similar text before the 2026 Winter Games.",
        "peace",
    ),
]
