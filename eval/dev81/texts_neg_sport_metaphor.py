"""eval/dev81 negatives: the sport desk's war words (attack, siege, shootout, fired, massacre,
sniper, army of fans, blitz, ambush, bombshell), veterans' and service sport, a charity match.
"""

NEGATIVES = [
    (
        "City's attack runs riot in 7-0 massacre of promoted side",
        "Manchester City's forwards ran riot at the Etihad on Saturday, with Erling Haaland "
        "scoring a hat-trick in a 7-0 win that one pundit called a massacre. The "
        "shell-shocked promoted side did not have a shot on target until the 80th minute. "
        "City's manager said his troops had killed the game off within 20 minutes. The "
        "visiting manager apologised to his club's fans.",
        "sport",
    ),
    (
        "Liverpool survive late siege to hold on at Stamford Bridge",
        "Liverpool withstood a late siege of their penalty area to beat Chelsea 2-1 on "
        "Sunday, with their goalkeeper making three saves in stoppage time. Chelsea threw on "
        "two extra strikers and bombarded the box with crosses. The visitors now lead the "
        "table by four points.",
        "sport",
    ),
    (
        "Spain win Euro semi-final in penalty shootout",
        "Spain beat Italy 4-2 in a penalty shootout after a 1-1 draw at Wembley on Tuesday to "
        "reach the final. Dani Olmo fired in the decisive spot kick after Italy's Jorginho "
        "had his effort saved. Italy's coach said his side had been ambushed by a change of "
        "shape at half-time. Spain will play England or Denmark in Sunday's final.",
        "sport",
    ),
    (
        "Struggling club fires manager after fifth straight defeat",
        "A Premier League club fired its manager on Monday after a fifth straight defeat left "
        "the team in the relegation zone. The club's owners said the result at the weekend "
        "had been the final blow. A former player will take charge of the troops for "
        "Saturday's trip to Brighton.",
        "sport",
    ),
    (
        "Chiefs' offensive line holds firm in playoff blitz",
        "The Kansas City Chiefs' offensive line gave up no sacks against a defence that "
        "blitzed on almost every down, and Patrick Mahomes threw for 320 yards in a 27-20 "
        "playoff win on Sunday. The defensive coordinator had promised to attack the "
        "quarterback all night. Kansas City will host the AFC title game.",
        "sport",
    ),
    (
        "Rookie sniper hits nine threes as Warriors rout Lakers",
        'A rookie guard nicknamed "the sniper" by team mates hit nine three-pointers as the '
        "Golden State Warriors routed the Los Angeles Lakers 138-101 on Thursday. He took aim "
        "from well beyond the arc in a third-quarter barrage that put the game away. The "
        "Warriors have won six straight.",
        "sport",
    ),
    (
        "Army of travelling fans turns Lisbon green for cup final",
        "An army of about 30,000 travelling supporters turned the centre of Lisbon green on "
        "Saturday before the cup final, police said, and the day passed without arrests. Bars "
        "near the Praca do Comercio ran out of beer by mid-afternoon. The club had asked fans "
        "without tickets to watch at home.",
        "sport",
    ),
    (
        "Kohli's assault on bowlers sets up record chase",
        "Virat Kohli launched a brutal assault on the bowling, hitting eight sixes in an "
        "unbeaten 122, as India chased down 359 with four overs to spare in Mohali on "
        "Wednesday. The visiting captain said his attack had no answer once Kohli went on the "
        "offensive. The series is level at 2-2.",
        "sport",
    ),
    (
        "Five-set battle ends after midnight at Flushing Meadows",
        "Carlos Alcaraz won a five-set battle against Jannik Sinner that finished at 2:50 in "
        "the morning, the latest finish in the tournament's history. Both players fired more "
        "than 60 winners in a war of attrition lasting five hours and 15 minutes. Alcaraz "
        "said his legs were dead by the final set.",
        "sport",
    ),
    (
        "Boxing's fight of the year is a ten-round war",
        "The two unbeaten lightweights traded heavy shots for ten rounds in Las Vegas on "
        "Saturday, in what promoters called an all-out war, before the champion won on a "
        "split decision. Both fighters went to hospital for precautionary scans afterwards. A "
        "rematch is planned for the spring.",
        "sport",
    ),
    (
        "Ferrari's team orders spark war of words in Monza paddock",
        "A row over team orders turned into a war of words at Ferrari on Sunday after one "
        "driver was told to let his team mate through on the final lap. The team principal "
        "said he was under attack from the media. Ferrari now trail in the constructors' "
        "championship by 40 points.",
        "sport",
    ),
    (
        "Golf's final-round shootout goes to playoff",
        "A final-round shootout at the Phoenix Open ended in a three-man playoff on Sunday "
        "after the leaders each fired a 64. The winner holed a 20-foot putt on the second "
        "extra hole. Crowds of 200,000 packed the course over the week.",
        "sport",
    ),
    (
        "Underdogs ambush holders in cup shock",
        "Fourth-tier Grimsby ambushed the cup holders 2-1 on Saturday with two goals in the "
        "final ten minutes, sending the holders out in the third round. The winning goal came "
        "from a 39-year-old striker who works part-time as a plumber. Thousands of home fans "
        "invaded the pitch at the final whistle.",
        "sport",
    ),
    (
        "Snowboarder says she killed it on final run to take gold",
        "The American snowboarder said she had killed it on her final run after landing a "
        "double cork to take slalom gold on Wednesday. Her coach said she had attacked the "
        "course from the top. Her rival was taken to hospital after a fall in practice but "
        "was not seriously hurt.",
        "sport",
    ),
    (
        "Transfer bombshell as striker agrees deal with rivals",
        "In a bombshell on deadline day, the league's top scorer agreed to join his club's "
        "fiercest rivals for a fee of about 90 million euros. Fans burned replica shirts "
        "outside the stadium in protest. The player said in a statement that he had no "
        "regrets. His former club said it was disappointed but would move on.",
        "sport",
    ),
    (
        "Scrum battle decides Six Nations opener",
        "France's pack won a bruising battle up front against Ireland in Paris on Friday, "
        "winning three penalties at the scrum in the second half, and the home side won "
        "22-17. Ireland's coach said his side had been beaten in the trenches. The match drew "
        "a record television audience.",
        "sport",
    ),
    (
        "Chess world title decided in Armageddon game",
        "The world rapid chess champion kept her title on Sunday by winning an Armageddon "
        "tie-break game, in which white must win and black needs only a draw. She said she "
        "had launched an attack on the kingside earlier than planned. The final stage was "
        "broadcast to more than a million viewers.",
        "sport",
    ),
    (
        "Counter-Strike final goes to the wire as snipers duel",
        "A European team won the Counter-Strike major final in Cologne on Sunday after a "
        "16-14 deciding map in which the two teams' snipers traded headshots in the final "
        "rounds. A crowd of 12,000 filled the arena. The winners will share a prize pool of "
        "1.25 million dollars.",
        "sport",
    ),
    (
        "Coach's decision to rest stars a hostage to fortune",
        "The coach's decision to rest five first-team players for the cup tie was a hostage "
        "to fortune, and it backfired when his side lost 3-0 at home on Tuesday. He said the "
        "fixture list had left him no choice. The team's next league match is against the "
        "leaders.",
        "sport",
    ),
    (
        "Rockets win in overtime as Bombers fall short",
        "The Houston Rockets beat the visiting side in overtime on Friday, while in Canadian "
        "football the Winnipeg Blue Bombers fell short in the final seconds of the Grey Cup "
        "semi-final. Both games were sold out. Bombers fans lined the streets for the team's "
        "homecoming.",
        "sport",
    ),
    (
        "Barcelona's guerrilla tactics frustrate Madrid",
        "Barcelona's coach used what he called guerrilla tactics in Sunday's Clasico, sitting "
        "deep and striking on the counter, and his side won 2-0. Real Madrid had 70% of "
        "possession but few clear chances. The result takes Barcelona top of the table.",
        "sport",
    ),
    (
        "Invictus Games open with wheelchair basketball in Dusseldorf",
        "The Invictus Games for wounded, injured and sick service members and veterans opened "
        "in Dusseldorf on Saturday, with more than 500 competitors from 21 nations. Prince "
        "Harry said the athletes had shown that injury did not define them. The first medals "
        "were awarded in wheelchair basketball and indoor rowing. Ukraine sent a team of 30 "
        "wounded veterans.",
        "sport",
    ),
    (
        "Army-Navy game goes to overtime in snow",
        "Navy beat Army 17-11 in overtime in the snow at the annual college football game "
        "between the two service academies on Saturday. Cadets and midshipmen marched onto "
        "the field before kickoff, and fighter jets flew over the stadium. The game was "
        "watched by the president.",
        "sport",
    ),
    (
        "Charity match raises money for children displaced by war in Ukraine",
        "A charity football match in Warsaw between former internationals of Poland and "
        "Ukraine raised more than two million zlotys for Ukrainian children's hospitals and "
        "families who have lost their homes, organisers said on Sunday. The game ended 4-4. "
        "Ukraine's former striker Andriy Shevchenko scored twice.",
        "sport",
    ),
]
