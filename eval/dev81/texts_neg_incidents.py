"""eval/dev81 negatives: fan brawls and punches with no political cause, crushes, stampedes,
fireworks, stunts and stage collapses, shootings with no political motive, thefts and hacks.
"""

NEGATIVES = [
    (
        "Rival fans clash with chairs in Marseille old port before Euro match",
        "Rival English and local fans threw chairs and bottles at each other in Marseille's "
        "old port on Saturday before a European Championship match, and police fired tear gas "
        "to separate them, officials said. Fifteen people were treated for minor injuries and "
        "eight were arrested. UEFA warned both federations that their teams could be thrown "
        "out of the tournament.",
        "sport",
    ),
    (
        "Queretaro stadium brawl leaves fans in hospital",
        "A brawl between rival supporters broke out in the stands during a Mexican league "
        "match in Queretaro on Saturday, and spread onto the pitch as fans fled, officials "
        "said. Twenty-six people were taken to hospital, three in serious condition, and no "
        "one died. The league suspended all weekend games and banned away fans for a year. "
        "Prosecutors said they had identified ten suspects from video footage.",
        "sport",
    ),
    (
        "Hooligans ambush rival supporters at motorway service station",
        "About 50 hooligans armed with bats ambushed a coach carrying rival supporters at a "
        "motorway service station in Germany on Saturday, police said. Six fans were treated "
        "for cuts and bruises and 30 suspects were detained. The two clubs have a "
        "long-running rivalry.",
        "sport",
    ),
    (
        "Striker banned for eight games for punching opponent",
        "A Premier League striker was banned for eight matches on Tuesday for punching an "
        "opponent in the tunnel after a derby, the Football Association said. The opponent "
        "suffered a broken nose. The striker apologised and said his reaction was "
        "unacceptable.",
        "sport",
    ),
    (
        "Referee attacked by club president after late penalty",
        "A Turkish top-flight match was halted when a club president ran onto the pitch and "
        "punched the referee after a late equaliser, and players kicked the official as he "
        "lay on the ground. The federation suspended all league matches for a week. The "
        "president was detained and later banned from football for life.",
        "sport",
    ),
    (
        "Ice hockey brawl leads to 140 penalty minutes",
        "A line brawl broke out seconds after the opening faceoff in a National Hockey League "
        "game on Saturday, with all ten skaters fighting and the officials handing out 140 "
        "penalty minutes. Both coaches were fined by the league. The home side won 4-3 in a "
        "shootout.",
        "sport",
    ),
    (
        "Eight die in crush at Cup of Nations stadium entrance",
        "Eight people died and dozens were injured in a crush at the southern entrance of the "
        "Olembe stadium in Yaounde before a Cup of Nations match on Monday, health officials "
        "said. Crowds had pushed to get in after one gate was closed. The Confederation of "
        "African Football opened an inquiry.",
        "accident",
    ),
    (
        "Halloween crowd crush in Seoul nightlife district kills 150",
        "More than 150 people were killed in a crowd crush in a narrow alley in Seoul's "
        "Itaewon nightlife district during Halloween celebrations on Saturday night, fire "
        "officials said. Most of the victims were in their twenties. Police said they had "
        "received warning calls hours before the disaster.",
        "accident",
    ),
    (
        "Crowd surge at Houston rap festival kills eight",
        "Eight people died and hundreds were hurt when the crowd surged towards the stage "
        "during a headline set at a music festival in Houston on Friday night, officials "
        "said. The rapper paused the show several times but it went on for more than 30 "
        "minutes after emergency calls began. Lawsuits were filed against the organisers.",
        "accident",
    ),
    (
        "Fireworks explosion at festival injures dozens",
        "A stock of fireworks exploded on a stage during a town festival in Spain on Sunday "
        "night, injuring 38 spectators, emergency services said. The organisers had planned a "
        "display at midnight. Investigators said an electrical fault set off the charges.",
        "accident",
    ),
    (
        "Stunt explosion on film set injures crew member",
        "A crew member was injured when a planned explosion on the set of a Hollywood action "
        "film went off early at a studio outside London, the production company said on "
        "Thursday. The technician was treated in hospital for burns to his arm and has been "
        "released. Filming of the war sequence was suspended for two days.",
        "accident",
    ),
    (
        "Drones fall into crowd during light show",
        "Dozens of drones in a light show above a harbour festival fell from the sky on "
        "Saturday night, hitting spectators and injuring six, police said. The operator said "
        "a signal fault had caused the drones to lose their position. The rest of the "
        "festival went ahead.",
        "accident",
    ),
    (
        "Stage collapses at music festival in storm",
        "A stage collapsed in high winds at a music festival in Belgium on Thursday evening, "
        "killing five people and injuring 140, officials said. A storm hit the site minutes "
        "before a rock band was due to play. The remaining days of the festival were "
        "cancelled.",
        "accident",
    ),
    (
        "Actor fires prop gun on set, killing cinematographer",
        "A Hollywood actor fired a prop gun on a western film set in New Mexico on Thursday, "
        "killing the cinematographer and wounding the director, the sheriff's office said. "
        "Officials said it was unclear how a live round came to be in the gun. No charges "
        "have been filed.",
        "accident",
    ),
    (
        "Gunman kills five at nightclub after row over bill",
        "A gunman opened fire in a nightclub in the early hours of Sunday after an argument "
        "over a bill, killing five people and injuring seven, police said. The suspect, a "
        "34-year-old local man, was arrested at his home. Police said they had found no sign "
        "of a political or ideological motive.",
        "crime",
    ),
    (
        "Gunman fires on country music festival from hotel window",
        "A gunman fired from a 32nd-floor hotel room onto a crowd of 22,000 at a country "
        "music festival in Las Vegas on Sunday night, killing 58 people, before taking his "
        "own life, police said. Investigators said they had found no political motive or link "
        "to any group. He had stockpiled 23 guns in the room. More than 400 people were "
        "wounded by gunfire.",
        "crime",
    ),
    (
        "Rapper shot dead outside recording studio",
        "A rapper was shot dead outside a recording studio in Los Angeles on Tuesday, police "
        "said, in a killing that fans linked to a long-running feud with a rival crew. Police "
        "said it was too early to give a motive. Tributes came from across the music "
        "industry.",
        "crime",
    ),
    (
        "Thieves grab French crown jewels from Louvre gallery in seven minutes",
        "Thieves used a truck-mounted ladder to break into the Louvre's Apollo gallery on "
        "Sunday morning and escaped with pieces of the French crown jewels in under seven "
        "minutes, the culture minister said. No one was hurt. The museum was closed for the "
        "day as police began a manhunt.",
        "crime",
    ),
    (
        "Hackers take gaming network offline over Christmas",
        "A hacking group knocked a games console's online network offline on Christmas Day "
        "with a flood of fake traffic, leaving millions of players unable to sign in, the "
        "company said. The group claimed on social media that it had carried out the attack "
        "to show poor security. Service was restored on Boxing Day.",
        "crime",
    ),
    (
        "Ransomware attack on game studio leaks sequel footage",
        "Hackers who broke into the servers of a game studio published early footage of its "
        "next shooter game after it refused to pay a ransom, the company said on Monday. The "
        "studio said no player data had been taken. Police are investigating.",
        "crime",
    ),
    (
        "Black Friday shoppers trampled as store doors open",
        "Two shoppers were injured when a crowd rushed through the doors of an electronics "
        "store in Texas at the start of its Black Friday sale, police said. One man was taken "
        "to hospital with a broken leg. Shoppers fought over discounted televisions.",
        "accident",
    ),
]
