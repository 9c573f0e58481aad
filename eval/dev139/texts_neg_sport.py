"""dev139 hard negatives (3 of 7): match reports and results from the sport live pages, with their
war words and the wars in their background (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Arsenal 3-1 Liverpool: Saka strikes twice as Gunners go top",
        "Full-time: Bukayo Saka scored twice as Arsenal came from behind to beat Liverpool "
        "and move top of the Premier League. Mohamed Salah had fired the visitors ahead with "
        "a low shot in the 12th minute, but Arsenal's relentless attack eventually broke "
        "down a tiring defence. Declan Rice sealed it with a thunderous strike from 25 "
        "yards. Liverpool are two points behind with a game in hand.",
        "sport",
    ),
    (
        "Bumrah's five-for blows England away at Headingley",
        "Jasprit Bumrah ripped through England's batting line-up with five wickets as India "
        "bowled the hosts out for 246 on the second day. The pace spearhead removed both "
        "openers in a fiery opening spell before returning to mop up the tail. England "
        'captain Ben Stokes admitted his side had been "blown away".',
        "sport",
    ),
    (
        "Lions storm home to claim back-to-back premierships",
        "Brisbane has won its second straight AFL premiership, overrunning Geelong by 47 "
        "points in front of a packed MCG. The Lions' midfield dominated the clearances after "
        'half-time, and coach Chris Fagan said his players had "fought like warriors" all '
        "season.",
        "sport",
    ),
    (
        "PSG 5-0 Inter: Paris blitz Italians to win first Champions League",
        "Paris Saint-Germain won the Champions League for the first time with a ruthless "
        "demolition of Internazionale in Munich. Désiré Doué scored twice and set up another "
        "as Luis Enrique's side tore apart Inter's famously stubborn defence. It was the "
        "biggest winning margin in a European Cup final.",
        "sport",
    ),
    (
        "Sinner fights back from a set down to reach Wimbledon semi-finals",
        "Jannik Sinner survived an early onslaught from Ben Shelton's serve to win in four "
        "sets and reach the Wimbledon semi-finals. The world number one saved two break "
        "points at 4-4 in the third set before taking control. He will face Novak Djokovic "
        "on Friday.",
        "sport",
    ),
    (
        "Shakhtar win 'home' European tie in Kraków",
        "Shakhtar Donetsk, who have not played in their home city since 2014, beat Beşiktaş "
        "4-2 in the Conference League in front of 9,000 fans at their temporary home in "
        "Kraków. Many in the crowd were Ukrainian refugees living in Poland. The club said "
        "it would donate the proceeds to the families of fallen soldiers.",
        "sport",
    ),
    (
        "Haaland hat-trick as Norway beat Israel amid peaceful protest in Oslo",
        "Erling Haaland scored a hat-trick as Norway beat Israel 5-0 at the Ullevaal Stadion "
        "in a World Cup qualifier played amid tight security. Several hundred people marched "
        "peacefully outside the ground calling for a boycott, and police reported no "
        "incidents. Norway's football federation had said it would give its share of the "
        "ticket revenue to humanitarian work in Gaza.",
        "sport",
    ),
    (
        "Origin III: Maroons survive second-half siege to claim series",
        "Queensland held on through a relentless New South Wales bombardment in the final 20 "
        "minutes to win the decider 24-18 at Suncorp Stadium. A long-range try early in the "
        'second half proved decisive. The Blues coach said his side had "thrown everything '
        'at them" and come up short.',
        "sport",
    ),
    (
        "Usyk knocks out Dubois to become undisputed champion again",
        "Result: Oleksandr Usyk knocked out Daniel Dubois in the fifth round at Wembley to "
        "become undisputed heavyweight champion for a second time. The Ukrainian floored his "
        "opponent with a right hook and finished him with a left. Usyk dedicated the win to "
        'Ukraine\'s soldiers and "everyone who is defending our country".',
        "sport",
    ),
    (
        "Rival fans clash before Copenhagen derby, nine arrested",
        "Danish police arrested nine people after supporters of Brøndby and FC Copenhagen "
        "threw bottles and flares at each other outside a bar near Parken before the derby. "
        "Riot police separated the two groups and escorted the away fans to the stadium. The "
        "match itself passed without incident and ended 1-1.",
        "sport",
    ),
    (
        "Norris wins in Mexico to take championship lead",
        "Lando Norris produced a dominant drive from pole to win the Mexico City Grand Prix "
        "and take the lead of the drivers' championship. McLaren team-mate Oscar Piastri, "
        "who started seventh, could only finish fifth after a long battle with the Ferraris. "
        'Norris said the team would "keep attacking" in the final four races.',
        "sport",
    ),
    (
        "Ireland's defence holds firm as France are beaten in Paris",
        "Full-time in Paris: Ireland kept France tryless for the first time in three years "
        "to win 13-9 at the Stade de France. Andy Farrell's side survived a late French "
        "assault on their line, with Tadhg Beirne winning a crucial turnover on his own 22. "
        'France coach Fabien Galthié said his team had lacked "killer instinct".',
        "sport",
    ),
    (
        "India beat Pakistan in Asia Cup final; players skip handshakes",
        "India won the Asia Cup with a five-wicket victory over Pakistan in Dubai, Tilak "
        "Varma guiding the chase with an unbeaten 69. India's players again declined to "
        "shake hands with their opponents, and the trophy presentation was delayed for more "
        "than an hour. The Indian captain dedicated the win to the armed forces.",
        "sport",
    ),
    (
        "Duplantis breaks pole vault world record for the 14th time",
        "Watch: Mondo Duplantis cleared 6.30m at the world championships in Tokyo to break "
        "his own pole vault world record for the 14th time. The Swede, who had already "
        'secured gold, went over the bar on his third attempt as the stadium erupted. "I was '
        'fighting for it the whole evening," he said afterwards.',
        "sport",
    ),
    (
        "McIlroy completes career grand slam at Augusta",
        "Rory McIlroy won the Masters in a play-off against Justin Rose to become only the "
        "sixth man to complete golf's career grand slam. The Northern Irishman had "
        "squandered a two-shot lead with a double bogey at the 13th before firing his "
        "approach to three feet at the first extra hole. He fell to his knees on the green "
        "in tears.",
        "sport",
    ),
]
