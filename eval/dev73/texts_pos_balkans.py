"""eval/dev73 positives: Kosovo and Serbia, Bosnia, North Macedonia, Montenegro, Greece, Bulgaria,
Moldova and Transnistria.
"""

POSITIVES = [
    (
        "Kosovo police officer killed as armed group barricades itself in monastery",
        "A Kosovo police officer was killed and another wounded when about 30 masked gunmen "
        "ambushed a patrol near the village of Banjska in northern Kosovo early on Sunday, "
        "the Kosovo prime minister said. The attackers then barricaded themselves in a "
        "Serbian Orthodox monastery, where a gun battle with special police units went on for"
        " most of the day. Three attackers were killed. Pristina called it a terrorist attack"
        " organised from Belgrade, which denied involvement.",
        "B T M",
        "armed attack",
    ),
    (
        "Dozens of NATO peacekeepers hurt in clashes with Serbs in Zvecan",
        "Around 30 soldiers of the NATO-led KFOR mission were injured, some with fractures "
        "and burns from improvised explosive devices, when Serb protesters attacked them "
        "outside the town hall in Zvecan on Monday, the mission said. The peacekeepers had "
        "formed a cordon to protect the building, where an ethnic Albanian mayor took office "
        "last week. Serbia said 52 Serbs had been hurt and put its army on the highest alert.",
        "U E",
        "clashes with peacekeepers",
    ),
    (
        "Shots fired at Kosovo police as Serbs barricade roads in the north",
        "Unknown assailants fired at Kosovo police patrols overnight near the Jarinje "
        "crossing and threw a stun grenade at EU monitors' vehicle, officials said on Sunday,"
        " as Serbs in northern Kosovo kept trucks across roads for a second day. No one was "
        "hurt. The barricades went up after the arrest of a former Serb police officer. KFOR "
        "said it was monitoring the area with additional patrols.",
        "U",
        "roadblocks",
    ),
    (
        "Police fire tear gas at anti-government protesters in Belgrade",
        "Serbian riot police fired tear gas and stun grenades on Saturday night to disperse "
        "protesters who threw bottles, flares and stones at officers guarding government "
        "buildings in Belgrade, at the end of a day-long rally. The interior minister said 48"
        " police officers had been hurt and 77 people detained. The protests, led by "
        "students, began after the collapse of a railway station canopy in Novi Sad in "
        "November.",
        "U",
        "clashes with riot police",
    ),
    (
        "Students attacked with baseball bat at Novi Sad protest",
        "A group of men, some armed with baseball bats, attacked students putting up posters "
        "for a protest outside a ruling party office in Novi Sad on Tuesday, leaving a young "
        "woman with a broken jaw, witnesses and hospital staff said. Hundreds of people then "
        "gathered outside the office and clashed with police who were guarding it. "
        "Prosecutors said two men had been detained.",
        "U V",
        "attack on protesters",
    ),
    (
        "Bosnian protesters set fire to government buildings in Tuzla and Sarajevo",
        "Protesters angry at unemployment and corruption set fire to the presidency building "
        "in Sarajevo and the cantonal government offices in Tuzla on Friday, after police "
        "used tear gas and rubber bullets against them. Local media said about 150 people "
        "were treated for injuries, most of them police officers. In Mostar, crowds torched "
        "the offices of the two main nationalist parties.",
        "U",
        "riot",
    ),
    (
        "Eight police and 14 gunmen killed in North Macedonia's Kumanovo",
        "Eight Macedonian police officers and 14 members of an armed group were killed in a "
        "gun battle that lasted more than a day in the northern town of Kumanovo, the "
        "interior ministry said on Sunday. Special police units moved in after the group, "
        "which the government called terrorists, attacked a patrol. Residents of the Divo "
        "Naselje neighbourhood fled as houses burned. Thirty people were detained.",
        "B M T",
        "gun battle",
    ),
    (
        "Protesters storm North Macedonia's parliament, beat lawmakers",
        "Several hundred protesters broke into North Macedonia's parliament in Skopje on "
        "Thursday after an ethnic Albanian was elected speaker, beating several lawmakers "
        "including the leader of the main opposition party, who was left bleeding from the "
        "head. Police used stun grenades to clear the building. The health ministry said 102 "
        "people, among them 22 police officers, had been hurt.",
        "U V",
        "storming of parliament",
    ),
    (
        "Riot police use tear gas in Cetinje ahead of church enthronement",
        "Montenegrin police fired tear gas at protesters who built barricades of tyres and "
        "rubbish bins on the approaches to Cetinje on Sunday to block the enthronement of the"
        " head of the Serbian Orthodox Church in Montenegro. Protesters threw stones and "
        "bottles and several shots were fired in the air, police said. The new metropolitan "
        "was flown into the old royal capital by helicopter under a blanket held by police.",
        "U",
        "clashes with riot police",
    ),
    (
        "Athens erupts after police kill teenager",
        "Rioters smashed shop windows, torched cars and set fire to a Christmas tree in "
        "central Athens on Monday night, the third night of unrest since a 15-year-old boy "
        "was shot dead by a police officer in Exarchia. Police fired tear gas at youths "
        "throwing petrol bombs and stones. Riots also broke out in Thessaloniki and Patras, "
        "and dozens of shops and banks were burned.",
        "U E",
        "riot",
    ),
    (
        "Clashes in Athens as huge crowds mark Tempi rail disaster",
        "Hooded youths threw petrol bombs at riot police outside parliament in Athens on "
        "Friday, and officers responded with tear gas and stun grenades, scattering a crowd "
        "of tens of thousands who had gathered over the 2023 Tempi train crash. Police said "
        "40 people had been detained and several officers hurt. The general strike and "
        "rallies across Greece had been peaceful until the clashes.",
        "U E",
        "clashes with riot police",
    ),
    (
        "Protesters storm Moldova's parliament after disputed election",
        "Thousands of young protesters ransacked and set fire to Moldova's parliament and "
        "presidential offices in Chisinau on Tuesday, claiming the Communist Party had rigged"
        " Sunday's election. Police used water cannon and tear gas but briefly withdrew from "
        "the buildings. The president called the unrest an attempted coup. Officials said "
        "more than 270 people had been injured, most of them police.",
        "U",
        "riot",
    ),
    (
        "Blasts damage radio towers in Transnistria, region raises terror alert",
        "Two explosions damaged radio masts in the village of Maiac in Moldova's breakaway "
        "Transnistria region early on Tuesday, a day after the headquarters of the region's "
        "state security ministry in Tiraspol was hit by grenade launchers, the separatist "
        'authorities said. No one was hurt. The region raised its "terrorist threat" level to'
        " red and set up checkpoints. Moldova's government said the incidents were an attempt"
        " to drag the region into the war.",
        "E",
        "explosions",
    ),
    (
        "Drone hits military base in Transnistria, separatists say",
        "A drone struck a helicopter at a military unit near Tiraspol in Moldova's breakaway "
        "Transnistria region on Sunday, causing an explosion and a fire, the separatist "
        "authorities said. They published video showing a small aircraft flying low over the "
        "base. No one was injured. Moldova's government said it was checking the information "
        "and called on people not to panic.",
        "E",
        "drone attack",
    ),
    (
        "Roma families flee after mob attacks homes in Bulgarian village",
        "Several Roma families left the village of Voyvodinovo near Plovdiv on Monday after a"
        " crowd of several hundred people threw stones at their houses and set fire to one of"
        " them, police said. The violence followed a fight in which a soldier was injured. "
        "Police kept the two groups apart overnight and detained 12 people. The Roma families"
        " are staying with relatives in nearby towns.",
        "U V D",
        "mob violence",
    ),
    (
        "Serb and Albanian youths clash in Mitrovica, grenade thrown",
        "A hand grenade was thrown into a crowd in the ethnically divided town of Mitrovica "
        "in northern Kosovo on Saturday, wounding at least 20 people, after Serb and Albanian"
        " youths clashed near the main bridge over the Ibar river, Kosovo police said. Police"
        " and EU officers fired tear gas to separate the two groups. A 16-year-old Albanian "
        "boy was stabbed in the fighting.",
        "U V E",
        "communal violence",
    ),
    (
        "Explosion damages canal supplying Kosovo power plants",
        "An explosion damaged the Iber-Lepenac canal near Zubin Potok in northern Kosovo on "
        "Friday night, cutting water to two coal-fired power plants and much of the country, "
        "officials said. The prime minister called it a terrorist attack carried out by "
        '"criminal gangs" directed from Serbia. Police said explosives had been placed on the'
        " concrete wall of the canal. Belgrade denied any involvement.",
        "T E",
        "sabotage",
    ),
]
