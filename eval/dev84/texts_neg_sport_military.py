"""eval/dev84 hard negatives: sport (with its war words) and the military without violence. Labels follow eval/README.md (section 1); see build.py and README.md."""

NEGATIVES = [
    (
        'Shakhtar fans cheer from afar as club plays Champions League "home" games in Germany',
        'Shakhtar Donetsk beat Atalanta 2-1 in the Champions League on Wednesday in a "home" match played in Gelsenkirchen, where the Ukrainian club has staged its European games since Russia\'s full-scale invasion made it impossible to play in Ukraine. Brazilian winger Kevin opened the scoring with a curling shot after 20 minutes, and Shakhtar held on after the Italian side pulled one back from a corner. Around 15,000 fans, many of them Ukrainians who fled to Germany, filled the stands, and a banner in the away end read "Football for peace". Shakhtar has not played in Donetsk since 2014, when the region was seized by Russian-backed separatists. Its coach said the players "feel the responsibility of carrying the country\'s name when the country is at war". The club donates part of its European revenue to a fund for families of Ukrainian soldiers. Before kick-off, the players lined up with children whose fathers are serving in the Ukrainian army, and the stadium observed a minute\'s applause. Several Shakhtar players grew up in towns near the front line, and two have relatives in cities now under Russian control. Gelsenkirchen\'s mayor said the city was proud to be a second home for the club, and local fans of Schalke 04 bought tickets to support it.',
        "sport",
    ),
    (
        "Israel beat Belgium's reserves in Euro qualifier moved to Hungary",
        "Israel's national football team won 2-1 against a weakened Belgium side in a European Championship qualifier on Saturday played in Debrecen, Hungary, after European football's governing body ruled that matches could not be held in Israel for security reasons. Fewer than 1,500 spectators watched in a stadium built for 20,000, under heavy security. Striker Oscar Gloukh scored the winner with a low shot in the 78th minute after a fast counter-attack. Israel's coach said playing far from home had become normal for his players since the war began. Belgium rested several first-team regulars ahead of its next match. UEFA has rejected calls from some national associations to exclude Israel from its competitions.",
        "sport",
    ),
    (
        "Afghan women cricketers play first match together since fleeing Taliban",
        "Afghan women cricketers who fled the Taliban's return to power played their first match together in more than three years in Melbourne on Thursday, in a game organised by Cricket Australia. The players, most of whom now live in Australia as refugees, formed a team called the Afghanistan Women's XI and lost by 37 runs to a side of local players and invited guests. Their captain, a former university student from Kabul, said the match was \"a message to the girls of Afghanistan that they are not forgotten\". Women have been barred from sport in Afghanistan since the Taliban took Kabul in August 2021, and the national women's team was never able to play. The International Cricket Council has faced calls to suspend Afghanistan's men's team, which continues to play in international tournaments. Several players broke down in tears during the national anthem.",
        "sport",
    ),
    (
        "Arsenal's attack overwhelms Leeds as Gyökeres scores twice",
        'Arsenal beat Leeds United 5-0 at the Emirates Stadium on Saturday, with new striker Viktor Gyökeres scoring twice to lift his side to the top of the Premier League table. The visitors\' defence held out for 33 minutes before a header from Jurriën Timber opened the scoring, and Bukayo Saka added a second from the penalty spot before half-time. Gyökeres, signed from Sporting in the summer, hit a low shot into the corner early in the second half and added another with a powerful finish from the edge of the area. Leeds, promoted last season, had only one shot on target all afternoon. "We attacked with intensity and we never let them breathe," Arsenal manager Mikel Arteta said. The win came at a cost, with Saka limping off with a hamstring problem.',
        "sport",
    ),
    (
        "Poland signs $6.5 billion deal for 180 more South Korean tanks",
        "Poland signed a $6.5 billion contract on Friday to buy 180 more K2 tanks from South Korea's Hyundai Rotem, the largest arms export deal in South Korean history. Some of the tanks will be built at a Polish state-owned plant in Bumar-Łabędy from 2028 under a technology transfer agreement. Defence Minister Władysław Kosiniak-Kamysz said the purchase would make Poland's army the strongest in Europe in armoured forces. Poland plans to spend about 4.7% of its GDP on defence this year, the highest share in NATO, citing the threat from Russia after its invasion of Ukraine. The first batch of K2 tanks under an earlier contract arrived in 2022. Hyundai Rotem shares rose 5% in Seoul on the news.",
        "military",
    ),
    (
        "NATO launches biggest exercise since Cold War with 90,000 troops",
        'NATO began its largest military exercise in decades on Monday, with about 90,000 troops from all 32 member countries taking part in drills that will run until the end of May from Norway to Romania. The exercise, Steadfast Defender, will rehearse how American and Canadian forces could reinforce European allies across the Atlantic in a conflict with a "near-peer adversary", which NATO documents identify as Russia. More than 50 ships, including aircraft carriers, 80 fighter jets and helicopters and about 1,100 combat vehicles will take part. The alliance\'s supreme commander said the drills were a show of unity and readiness. Moscow\'s deputy foreign minister said the exercise was "another element of the hybrid war unleashed by the West". Sweden, which joined the alliance this year, is taking part for the first time as a full member. The drills include the movement of tanks and troops across Germany and Poland by road and rail, and amphibious landings on the Baltic coast. Officials said one aim was to test how quickly forces could cross European borders, where paperwork and weak bridges have slowed military convoys in the past. NATO has not held drills on this scale since an exercise called Reforger in 1988.',
        "military",
    ),
    (
        "North Korea fires ballistic missile into sea off its east coast",
        "North Korea fired a ballistic missile into the sea off its east coast on Thursday, South Korea's joint chiefs of staff said, in its first launch in two months. The missile flew about 1,000 km before falling outside Japan's exclusive economic zone, Japan's defence ministry said. The launch came a day after South Korea and the United States wrapped up a joint air drill involving American strategic bombers, which Pyongyang had condemned as a rehearsal for invasion. North Korean state media said on Friday that leader Kim Jong Un had watched the test of a new solid-fuel hypersonic missile and called it a \"powerful deterrent\". UN Security Council resolutions ban North Korea from ballistic missile launches. Seoul's military said it had raised its surveillance posture and was sharing information with Washington and Tokyo.",
        "military",
    ),
    (
        "German brigade formally activated in Lithuania, first permanent base abroad since WWII",
        "Germany formally activated an armoured brigade in Lithuania on Tuesday, its first permanent deployment of combat troops abroad since the Second World War. Chancellor Friedrich Merz and Lithuania's president attended a ceremony in Vilnius where the brigade's flag was unveiled and soldiers paraded through the city centre. The brigade is due to reach its full strength of about 5,000 soldiers by 2027, with tanks and howitzers stationed near the border with Belarus. Merz said the protection of Lithuania was \"the protection of Germany\". Lithuania is building barracks, homes and schools for the soldiers and their families. Russian officials called the deployment a provocation. Germany has pledged to raise defence spending sharply over the next five years.",
        "military",
    ),
]
