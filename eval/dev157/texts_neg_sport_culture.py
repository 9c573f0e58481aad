"""dev157 negatives: the sport and culture desks of countries at war (leagues under air-raid
alerts, teams in exile, festivals, films, music), the war as background only."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Kolos and Metalist 1925 finish their match three hours after kick-off "
        "because of two air-raid alerts",
        "The Ukrainian Premier League game between Kolos Kovalivka and Metalist 1925 "
        "in Kovalivka ended on Sunday evening almost three hours after it had begun, "
        "after two air-raid alerts forced the players and spectators into shelters. "
        "The first alert sounded in the 34th minute with the score at 0-0, and "
        "referee Mykola Balakin led the teams to the dressing rooms while the "
        "roughly 800 fans were directed to a basement under the main stand. Under "
        "league rules, a match is stopped for the duration of an alert and can be "
        "resumed if the break does not exceed four hours. Play restarted after 72 "
        "minutes, and Metalist took the lead from a corner five minutes before "
        "half-time. The second alert came early in the second half and lasted a "
        "little under an hour. Kolos equalised with a penalty in stoppage time, and "
        'the game finished 1-1 shortly before nine in the evening. "You warm up '
        "three times in one match, your legs feel like stone,\" Metalist's captain "
        "said afterward. Coaches have repeatedly asked the league to allow "
        "additional substitutions when games are interrupted for more than an hour. "
        "The league said it would discuss the proposal at its next meeting. Kolos "
        "remain seventh in the table, two points behind Metalist. Stadium staff "
        "handed out bottled water and blankets in the basement during the breaks, "
        "and some fans watched replays of the first half on their phones. "
        "Broadcaster Setanta Sports filled the time with interviews and a studio "
        "discussion on the league's schedule. This season, more than a dozen league "
        "matches have been interrupted by alerts, but only one had to be postponed.",
        "sport",
    ),
    (
        'Shakhtar\'s "home" Champions League night in Gelsenkirchen draws 40,000 Ukrainians',
        'Shakhtar Donetsk played another Champions League "home" match more than '
        "2,000 kilometers from Donetsk on Wednesday, losing 1-2 to Barcelona in "
        "front of about 40,000 spectators at the Arena AufSchalke in Gelsenkirchen. "
        "Most of the crowd were Ukrainians who have settled in Germany since 2022, "
        "and many had traveled from Cologne, Düsseldorf and Hamburg with flags and "
        "homemade banners. The club has not played at the Donbas Arena since 2014 "
        "and has used stadiums in Lviv, Kharkiv, Kyiv, Warsaw and Hamburg over the "
        "past decade. Shakhtar CEO Serhii Palkin said the club had donated part of "
        "the ticket revenue to a fund for the families of Ukrainian soldiers. "
        "Georgiy Sudakov scored Shakhtar's goal from outside the box in the 61st "
        "minute, before Barcelona's winner late in the game. \"We feel at home "
        'wherever Ukrainians come to support us," head coach Marino Pušić told '
        "reporters. A group of fans spent the afternoon in the city center "
        "collecting donations for a Ukrainian children's rehabilitation center. "
        "Shakhtar will play its next group game in Bern. The team currently sits "
        "fourth in the Ukrainian Premier League standings. Before the match, the two "
        "teams lined up behind a banner thanking Germany for hosting Ukrainian "
        "refugees.",
        "sport",
    ),
    (
        "Maccabi Tel Aviv settle into Belgrade as EuroLeague keeps Israeli teams abroad",
        "Maccabi Tel Aviv will play their EuroLeague home games in Belgrade for the "
        "rest of the season after the league decided that security conditions still "
        "do not allow games in Israel, the club confirmed on Tuesday. The team beat "
        "Baskonia 91-84 at the Aleksandar Nikolić Hall on Monday night in front of "
        "about 1,500 spectators, many of them Israelis living in Serbia and "
        "travelling fans. Coach Oded Kattash said the team had become used to the "
        'routine of flying to Belgrade two days before every home game. "Nothing '
        "replaces Yad Eliyahu with 10,000 yellow fans, but the players know why we "
        'are here," he told the Times of Israel. The club estimates it has lost '
        "tens of millions of shekels in ticket and sponsorship revenue since it left "
        "its home arena. The team is sixth in the EuroLeague standings with 12 wins "
        "and nine losses.",
        "sport",
    ),
    (
        "Palestine's Fedayeen beat Kuwait in Amman to stay in World Cup qualifying race",
        "The Palestinian national football team defeated Kuwait 2-0 on Thursday "
        "evening in Amman, where it plays its home matches in the third round of the "
        "Asian qualifiers for the 2026 World Cup, keeping alive its hopes of "
        "reaching the playoffs. Striker Oday Dabbagh opened the scoring in the 27th "
        "minute, and defender Mohammed Saleh added the second from a header shortly "
        "after the break. Thousands of Palestinian fans from Jordan filled the "
        "stands at the Amman International Stadium, waving flags and chanting for "
        "Gaza. The team has not been able to play a home game in the occupied "
        "territories since the war began, and several players from the Gaza Strip "
        "have not been able to join the squad. The Palestinian Football Association "
        "said that the players had dedicated the win to the people of Gaza and to "
        "the athletes who lost their lives during the war. Head coach Ehab Abu "
        'Jazar, himself from Gaza, said his players "carry a message bigger than '
        'football." Palestine now has nine points from eight matches, level with '
        "Oman in fourth place in the group. The team will face South Korea next "
        "Tuesday in the final round of the group stage.",
        "sport",
    ),
    (
        "Al-Hilal Omdurman in Kigali: a Sudanese giant plays out its exile in the Rwandan league",
        "Sudan's Al-Hilal Omdurman will again take part in the Rwandan Premier "
        "League this season, the club and the Rwanda Football Federation confirmed "
        "on Monday, as football in Sudan remains suspended by the war. Al-Hilal, "
        "which moved its base to Kigali in 2024 together with rival Al-Merrikh, "
        "finished the last Rwandan season unbeaten but was not eligible for the "
        "title under the agreement with the federation. The two Omdurman clubs use "
        "the matches in Rwanda to stay competitive for the CAF Champions League, "
        "where Al-Hilal reached the quarter-finals last season. The Sudan Football "
        "Association said domestic competitions could not resume while the main "
        "stadiums in Khartoum and Omdurman remained damaged. Al-Hilal's president "
        "said the club pays its players and staff from sponsorship and the prize "
        "money of continental tournaments. Several of the team's young players are "
        "from families displaced to Egypt, Chad and Port Sudan, and some have not "
        'seen their relatives for more than a year. "When we wear the blue shirt, '
        'we play for every Sudanese in every camp and every city," midfielder Abdel '
        "Raouf Yagoub told Sudan Tribune. The club's fans follow the games through "
        "live streams on Facebook, which draw hundreds of thousands of viewers. "
        "Al-Hilal opens its season against APR on Saturday at the Amahoro Stadium.",
        "sport",
    ),
    (
        "Haiti qualifies for the World Cup for the first time since 1974",
        "The Grenadiers of Haiti secured their place at the 2026 World Cup on "
        "Tuesday night by beating Nicaragua 2-0 in Curaçao, where the team has "
        "played its home matches for more than two years. It is only the second "
        "World Cup qualification in the country's history, 52 years after the team "
        "of Emmanuel Sanon played in West Germany. Duckens Nazon scored in the first "
        "half and Louicius Deedson doubled the lead in the 70th minute, setting off "
        "celebrations among the few thousand Haitian supporters who had travelled to "
        "Willemstad. In Port-au-Prince, Cap-Haïtien and Les Cayes, fans poured into "
        "the streets after the final whistle, honking horns and waving the blue and "
        "red flag late into the night. Coach Sébastien Migné, who never set foot in "
        "Haiti during the campaign because of security concerns, said the players "
        'had "given the country a night of joy." The Haitian Football Federation '
        "has been unable to organise international matches at the Sylvio Cator "
        "stadium since the capital's insecurity worsened. The government announced "
        "that it would give a bonus to each player and member of the technical "
        "staff. The draw for the finals, which will be held in the United States, "
        "Canada and Mexico, takes place in December.",
        "sport",
    ),
    (
        "Fans return to Syrian stadiums as league restarts after the fall of the regime",
        "The Syrian Premier League kicked off its new season on Friday with crowds "
        "back in the stands, the first season organised by the new Syrian Arab "
        "Football Association formed after the fall of the Assad regime. About "
        "20,000 spectators attended the Damascus derby between al-Wahda and al-Jaish "
        "at the al-Abbasiyyin stadium, which ended 1-1. Under the former government, "
        "fans had been barred from most matches for long periods and club boards "
        "were appointed by the security services and the Baath Party. The army club "
        "al-Jaish has been renamed and is now run by a civilian board, and several "
        "clubs from the north, including teams from Idlib, were admitted to the "
        "first division for the first time. The association's new president said the "
        'league would be "for all Syrians" and promised transparency in the '
        "distribution of television revenue. Several players who had left the "
        "country or had refused to play for the national team for political reasons "
        "have come back to their clubs this summer. Ticket prices were set at 10,000 "
        "Syrian pounds to encourage attendance. Fans in Aleppo complained that the "
        "Hamdaniyah stadium was still under renovation and that their team would "
        "play its first home games in Hama. The season is due to end in May.",
        "sport",
    ),
    (
        "Kharkiv's music festival goes underground again, with concerts in a bomb shelter",
        "Kharkiv's annual music festival opened on Friday in the basement of a "
        "former factory that the city has turned into a bomb shelter, with 12 "
        "concerts scheduled over three days for audiences of up to 300 people. "
        "Organizers chose the venue so that performances would not have to stop when "
        "air-raid alerts sound, which happens several times a day in the city near "
        "the Russian border. The program includes the Kharkiv philharmonic's chamber "
        "orchestra, jazz bands and a new song cycle set to poems that Serhii Zhadan "
        "and other Kharkiv writers have written since 2022. Tickets sold out within "
        "an hour of going on sale, and organizers added an extra night of "
        'performances. "People in Kharkiv need to feel that the city is alive, not '
        'just surviving," festival director Olena Vasylenko told the Kyiv '
        "Independent. The shelter has ventilation, a generator and a small bar, and "
        "hosts exhibitions and lectures the rest of the year. Several foreign "
        "musicians canceled their trips, while a string quartet from Poland made the "
        "journey by train from Lviv. Proceeds from ticket sales will go to buying "
        "equipment for the city's music schools. The festival runs until Sunday "
        "night.",
        "entertainment",
    ),
    (
        "Big-budget war drama flops at Russian box office despite state funding",
        '"Return to the Front," a war drama about Russian soldiers in what the '
        'authorities call the "special military operation," took just 34 million '
        "rubles in its first two weekends, a fraction of its budget of more than 600 "
        "million rubles, according to data from the Unified Federal Information "
        "System. The film was co-financed by the Cinema Fund and the Institute for "
        "Internet Development, which has backed dozens of patriotic film and TV "
        'projects since 2022. Critics called the script "a sequence of television '
        'reports with actors." The film\'s director blamed "bloggers and foreign '
        'agents" for negative reviews and said it would find its audience on state '
        "television. Russian audiences have largely ignored films about the war in "
        "Ukraine, preferring comedies, fairy tales and animation, which have "
        "dominated the box office since Hollywood studios left the market. The "
        'Culture Ministry has said it will continue to finance films on "the heroes '
        'of our time."',
        "entertainment",
    ),
    (
        "Baalbeck International Festival returns to the temple of Bacchus after a year of silence",
        "The Baalbeck International Festival announced on Wednesday that it would "
        "return this summer with four nights of concerts in the Roman temples, after "
        "it was cancelled last year during the war. The program includes Lebanese "
        "singer Hiba Tawaji, a tribute to Ziad Rahbani, a French baroque orchestra "
        "and a contemporary dance performance by a Beirut company. The festival "
        "committee's president said at a press conference in Beirut that holding the "
        'festival was "an act of faith in Lebanon and in Baalbeck." Parts of the '
        "Bekaa and the Baalbeck region were heavily hit by Israeli strikes in the "
        "autumn, and the city's hotels and restaurants say they have seen few "
        "visitors since. Organisers said they had worked with the army and the "
        "municipality on security arrangements and would run shuttle buses from "
        "Beirut on concert nights. Tickets, priced between 35 and 150 dollars, go on "
        "sale next week through a local platform. The Directorate General of "
        "Antiquities said that the temples had not suffered structural damage and "
        "had been inspected by UNESCO experts. The festival, founded in 1956, has "
        "been held in most years despite Lebanon's successive crises. Other summer "
        "festivals in Byblos and Beiteddine are expected to announce their programs "
        "in the coming weeks.",
        "entertainment",
    ),
    (
        "Gaza-born director's film about a family's last day at home wins top prize in Carthage",
        "Palestinian director Mahmoud Abu Ghali won the Tanit d'Or, the top prize of "
        'the Carthage Film Festival, on Saturday for his film "The House on Omar '
        'al-Mukhtar Street," about a family preparing to leave its home in Gaza '
        "City. The film, shot mostly in Jordan with a cast of Palestinian actors, "
        "follows a grandmother who refuses to pack as her children argue in the "
        "kitchen over what to take. Abu Ghali, who was born in al-Shati camp and has "
        'lived in Amman since 2019, dedicated the prize to "every family that '
        'locked its door and took the key." Several members of the jury said the '
        "film's restraint had made it the most powerful of the competition. The "
        "Palestinian Ministry of Culture congratulated the director and said the "
        "film would be screened in cultural centres in the West Bank next month. The "
        "film has been selected for festivals in Berlin and Toronto, and a European "
        "distributor has acquired its rights. Palestinian cinema has received "
        "growing international attention in the past two years, with several "
        "documentaries winning major awards. The Carthage festival, one of the "
        "oldest in Africa and the Arab world, closed on Saturday evening with a "
        "ceremony at the Municipal Theatre in Tunis.",
        "entertainment",
    ),
    (
        "In Cairo, Sudanese musicians in exile record the album they could not finish in Khartoum",
        "A group of Sudanese musicians who fled Khartoum in the first weeks of the "
        "war have finished recording an album in a small studio in Cairo's Faisal "
        "district, and will perform it live at the Cairo Jazz Club on Friday. The "
        "seven musicians, who played together in Khartoum's wedding circuit and at "
        "the protests of 2019, had recorded half of the songs before the fighting "
        "reached their neighbourhood. Their master tapes were lost when the studio "
        "in Khartoum 2 was looted, the band's oud player told Radio Dabanga, so they "
        "rewrote and recorded everything from memory. The album mixes haqeeba songs "
        "of the 1940s with new lyrics about exile, rent and waiting for visas. Its "
        'title, "Rakuba," refers to the straw shelters found in Sudanese '
        "courtyards. More than a million Sudanese have arrived in Egypt since the "
        "war started, and a lively scene of concerts, poetry nights and art "
        "exhibitions has grown up in Cairo's neighbourhoods of Faisal, Ard al-Lewa "
        'and Nasr City. "We could not carry our instruments, but we carried the '
        'songs," the singer said. The band says part of the proceeds will support a '
        "Sudanese community school in Giza. The album will also be released on "
        "streaming platforms next month. Tickets for Friday's concert sold out in "
        "two days, mostly to Sudanese families living in the city.",
        "entertainment",
    ),
]
