"""dev121 hard negatives (5 of 6): sport with its battles, attacks, shots and sieges (rival fans
included), and films, games, books, exhibitions and contests about or around wars
(eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "PSG tear Inter apart to win first Champions League title",
        "MUNICH — Paris Saint-Germain ran riot in the Champions League final on Saturday, "
        "thrashing Inter Milan 5-0 as teenage winger Desire Doue scored twice and the "
        "Italian defence was torn to shreds. It is the biggest winning margin in the "
        "history of the final.",
        "sport",
    ),
    (
        "Suryakumar dedicates win to armed forces as India beat Pakistan amid handshake row",
        "DUBAI: India captain Suryakumar Yadav dedicated his side's seven-wicket win over "
        "Pakistan in the Asia Cup to the armed forces and the victims of the Pahalgam "
        "attack, after his players declined to shake hands with their opponents. Pakistan "
        "lodged a complaint with the match referee.",
        "sport",
    ),
    (
        "Usyk knocks out Dubois to reclaim undisputed heavyweight crown",
        "LONDON — Oleksandr Usyk knocked out Daniel Dubois in the fifth round at Wembley on "
        "Saturday to become undisputed heavyweight champion for a second time. The "
        "Ukrainian survived an early onslaught before flooring the Briton with a left hand.",
        "sport",
    ),
    (
        "Sinner withstands Alcaraz barrage to win Wimbledon",
        "LONDON (AP) — Jannik Sinner weathered an early barrage from Carlos Alcaraz to win "
        "his first Wimbledon title on Sunday, 4-6, 6-4, 6-4, 6-4, ending the Spaniard's "
        "20-match winning streak at the All England Club.",
        "sport",
    ),
    (
        "Norris and Piastri go to war for title in Abu Dhabi",
        "ABU DHABI — McLaren teammates Lando Norris and Oscar Piastri head into the season "
        "finale locked in a three-way battle for the Formula One title with Max Verstappen. "
        "Norris needs a podium finish to be sure of his first championship, while the "
        "Dutchman must win and hope.",
        "sport",
    ),
    (
        "Eagles' defence smothers Chiefs to win Super Bowl",
        "NEW ORLEANS (AP) — The Philadelphia Eagles' defence sacked Patrick Mahomes six "
        "times and intercepted him twice as Philadelphia routed Kansas City 40-22 in the "
        "Super Bowl on Sunday night, denying the Chiefs a third straight title.",
        "sport",
    ),
    (
        "Springboks survive All Blacks siege to win in Wellington",
        "WELLINGTON — South Africa held out under a relentless second-half siege on their "
        "own line to beat New Zealand 27-24 on Saturday, their first win in Wellington "
        "since 2018. Lock Eben Etzebeth made 19 tackles. “We just kept defending,” "
        "captain Siya Kolisi said.",
        "sport",
    ),
    (
        "Police arrest 30 after Ajax and Feyenoord fans clash before Klassieker",
        "AMSTERDAM — Police arrested 30 people after rival Ajax and Feyenoord supporters "
        "fought with bottles and flares on a motorway service station near Utrecht hours "
        "before Sunday's match, Dutch police said. Two officers were slightly injured.",
        "sport",
    ),
    (
        "Shakhtar beat Dynamo in Kyiv derby played to half-empty stands",
        "KYIV — Shakhtar Donetsk beat Dynamo Kyiv 2-1 in the Ukrainian Premier League on "
        "Sunday, with striker Kevin scoring the winner in stoppage time. The match was "
        "played before a crowd capped at 5,000 under wartime security rules.",
        "sport",
    ),
    (
        "Kipyegon shoots clear to win fourth world 1,500m title",
        "TOKYO — Faith Kipyegon shot clear of the field on the final bend to win the 1,500 "
        "metres at the World Athletics Championships on Tuesday, her fourth world title at "
        "the distance, with fellow Kenyan Dorcas Ewoi in second.",
        "sport",
    ),
    (
        "Thunder's defence strangles Pacers in Game 7 to win NBA title",
        "OKLAHOMA CITY (AP) — Shai Gilgeous-Alexander scored 29 points and the Thunder's "
        "swarming defence forced 23 turnovers as Oklahoma City beat the Indiana Pacers "
        "103-91 in Game 7 on Sunday night to win the NBA championship. Pacers star "
        "Tyrese Haliburton left in the first quarter with a leg injury.",
        "sport",
    ),
    (
        "Palestinian-Israeli film 'No Other Land' takes documentary Oscar",
        "LOS ANGELES — “No Other Land”, made by a Palestinian-Israeli collective about the "
        "demolition of homes in Masafer Yatta in the occupied West Bank, won the Academy "
        "Award for best documentary feature on Sunday night. Co-director Basel Adra said "
        "he hoped his daughter would not live the life he is living.",
        "entertainment",
    ),
    (
        "Review: 'Warfare' recreates an Iraq firefight in real time",
        "Alex Garland and former Navy SEAL Ray Mendoza's “Warfare” restages, minute by "
        "minute, a 2006 firefight in Ramadi in which a platoon of SEALs is pinned down in "
        "a house, relying on the memories of the men who were there. It is one of the most "
        "punishing war films in years.",
        "entertainment",
    ),
    (
        "EA says 'Battlefield 6' had biggest launch in franchise history",
        "Electronic Arts said on Tuesday that “Battlefield 6” had sold more than 7 million "
        "copies in its first three days, the biggest launch in the shooter franchise's "
        "history. Players have flocked to its large-scale battles in a near-future war.",
        "entertainment",
    ),
    (
        "Kharkiv poet's war diary wins European literature prize",
        "KYIV — A diary kept by Kharkiv poet Iryna Ostapenko during the first year of the "
        "full-scale invasion has won this year's European Prize for Nonfiction, the jury "
        "announced on Thursday. The judges praised its record of “life under the sirens.”",
        "entertainment",
    ),
    (
        "Paris exhibition shows drawings by Gaza's children",
        "PARIS — An exhibition of more than 200 drawings by children in Gaza opened at the "
        "Institut du Monde Arabe on Tuesday. Tents, drones and ruined homes appear alongside "
        "pictures of the sea and football matches, and the show runs until January.",
        "entertainment",
    ),
    (
        "'Border 2' roars at box office on Republic Day weekend",
        "MUMBAI: Sunny Deol's war drama “Border 2”, a sequel to the 1997 film about the "
        "Battle of Longewala, collected more than Rs 150 crore in its first four days, trade "
        "analysts said. It is the biggest opening of the year for a Hindi film.",
        "entertainment",
    ),
    (
        "'The Voice of Hind Rajab' wins Silver Lion at Venice",
        "VENICE — Tunisian director Kaouther Ben Hania's “The Voice of Hind Rajab”, built "
        "around the recorded phone calls of a five-year-old girl trapped in a car in Gaza, "
        "won the Grand Jury Prize at the Venice Film Festival on Saturday. Its premiere had "
        "drawn a 22-minute standing ovation.",
        "entertainment",
    ),
    (
        "Ireland, Spain and Netherlands to boycott Eurovision over Israel's participation",
        "Ireland, Spain and the Netherlands said on Thursday they would not take part in the "
        "2026 Eurovision Song Contest after the European Broadcasting Union declined to "
        "exclude Israel over the war in Gaza. Slovenia said it was also withdrawing.",
        "entertainment",
    ),
    (
        "Freed hostage's memoir tops Israeli bestseller list",
        "TEL AVIV — A memoir by a young woman who was held by Hamas in Gaza for more than a "
        "year has topped Israel's bestseller lists in its first week, her publisher said on "
        "Sunday. An English translation is due in the spring.",
        "entertainment",
    ),
]
