"""Positives of eval/dev63: the Nordic countries, southern and eastern Europe, sabotage and hybrid
attacks (README.md)."""

POSITIVES = [
    (
        "Two killed in Oslo nightlife shooting on eve of Pride",
        (
            "A gunman opened fire outside the London Pub, a gay bar, and two other venues in "
            "central Oslo shortly after 1 am on Saturday, killing two men and wounding 21 people. "
            "Bystanders helped police overpower the suspect, a Norwegian citizen of Iranian "
            "origin known to the security service. The security service raised the national "
            "threat level to its highest and said it was treating the shooting as an act of "
            "Islamist terrorism. Organisers cancelled the Pride march planned for the afternoon."
        ),
        "T V",
        "shooting",
    ),
    (
        "Hijacked truck driven into crowds on Stockholm shopping street",
        (
            "A hijacked beer lorry was driven into pedestrians on Drottninggatan, Stockholm's "
            "main shopping street, on Friday afternoon and crashed into a department store, "
            "killing four people and injuring 15. The prime minister said Sweden had been "
            "attacked and that everything pointed to an act of terror. An Uzbek man whose asylum "
            "application had been rejected was arrested in a northern suburb later that evening."
        ),
        "T V",
        "vehicle ramming",
    ),
    (
        "Psychiatrist stabbed to death at Almedalen political week in Visby",
        (
            "A psychiatry coordinator was stabbed to death in the street in Visby on Wednesday "
            "during Almedalen week, the annual gathering of Swedish politicians on the island of "
            "Gotland. A 32-year-old man with links to a neo-Nazi movement was arrested at the "
            "scene. Prosecutors later said he had planned to attack the leader of the Centre "
            "Party, who was speaking in the town that day, and charged him with murder and "
            "preparation of a terrorist crime."
        ),
        "T V",
        "stabbing",
    ),
    (
        "Police vehicles burned in Swedish riots over Koran-burning rallies",
        (
            "Rioters set police cars and a bus on fire and threw stones at officers in Örebro, "
            "Norrköping and the Rinkeby district of Stockholm over the Easter weekend, in protest "
            "at rallies by a Danish far-right politician who burns copies of the Koran. In "
            "Norrköping, police fired warning shots and three people were injured by ricochets. "
            "The national police chief said 104 officers had been injured and more than 40 people "
            "arrested."
        ),
        "U",
        "riot",
    ),
    (
        "Two killed outside Bratislava gay bar in attack prosecutors call terrorism",
        (
            "A 19-year-old gunman shot dead two people outside a bar popular with the LGBT "
            "community in Bratislava's old town on Wednesday night and wounded a third, before "
            "killing himself the next morning. He had posted an antisemitic and homophobic "
            "manifesto online. Slovak police said they were treating the killings as a terrorist "
            "attack motivated by hatred."
        ),
        "T V",
        "shooting",
    ),
    (
        "Slovak prime minister shot several times after government meeting",
        (
            "The Slovak prime minister was shot several times as he greeted supporters outside a "
            "cultural centre in the town of Handlová on Wednesday, after an away meeting of the "
            "government. Bodyguards bundled him into a car, and he was then flown by helicopter "
            "to a hospital in Banská Bystrica, where he underwent a five-hour operation. A "
            "71-year-old man, a retired security guard and amateur poet, was arrested at the "
            "scene. The interior minister said the attack was politically motivated and warned "
            "that the country was on the edge of civil conflict. The suspect was later charged "
            "with a terrorist offence. Leaders across Europe condemned the shooting."
        ),
        "V T",
        "attack on politician",
    ),
    (
        "Gdańsk mayor stabbed on stage at charity concert",
        (
            "The mayor of Gdańsk was stabbed in the heart and abdomen on stage in front of "
            "hundreds of people at a charity concert in the city on Sunday evening, and died in "
            "hospital the next day. The attacker, a 27-year-old with a criminal record who had "
            "recently been released from prison, grabbed the microphone after the attack and "
            "shouted that he had been wrongly jailed under the previous government led by the "
            "mayor's former party."
        ),
        "V",
        "attack on politician",
    ),
    (
        "Exiled Russian opposition aide attacked with hammer outside Vilnius home",
        (
            "A close aide of the late Russian opposition leader was attacked outside his home in "
            "Vilnius on Tuesday night by a man who sprayed tear gas in his eyes and struck him at "
            "least 15 times with a hammer. The aide was treated in hospital for a broken arm and "
            "leg injuries. The head of Lithuania's intelligence service said on Wednesday that "
            "the attack was likely organised by Russia and that the attackers had left the "
            "country."
        ),
        "V",
        "assault on exile",
    ),
    (
        "Explosion damages Warsaw-Lublin railway line, Poland blames Russian services",
        (
            "An explosive device destroyed a section of track on the railway line between Warsaw "
            "and Lublin near the village of Mika on the weekend, and a second stretch of the line "
            "was damaged near Puławy, where a train had to brake suddenly. No one was hurt. The "
            "line carries aid and equipment to Ukraine. The prime minister told parliament it was "
            '"an unprecedented act of sabotage", and prosecutors opened an investigation into '
            "acts of sabotage of a terrorist nature on behalf of foreign intelligence."
        ),
        "E T",
        "sabotage",
    ),
    (
        "Incendiary parcel catches fire at DHL hub in Leipzig",
        (
            "A parcel caught fire at the DHL logistics hub at Leipzig airport shortly before it "
            "was due to be loaded onto a cargo plane, German security officials said. "
            "Investigators believe it contained an incendiary device of a type that also set fire "
            "to parcels in Birmingham and Warsaw, and suspect Russian military intelligence of "
            "testing ways to set off fires on cargo flights. The fire was put out quickly and no "
            "one was injured."
        ),
        "E",
        "sabotage",
    ),
    (
        "Letter bomb explodes at Ukrainian embassy in Madrid",
        (
            "A letter bomb addressed to the Ukrainian ambassador exploded at the embassy in "
            "Madrid on Wednesday, slightly injuring a security officer who opened it. Over the "
            "following two days, similar devices were sent to the prime minister's office, the "
            "defence ministry, a weapons manufacturer in Zaragoza and the US embassy. The High "
            "Court opened an investigation into crimes of terrorism, and police raised security "
            "at public buildings."
        ),
        "E T",
        "letter bomb",
    ),
    (
        "Sacristan killed in machete attack on churches in Algeciras",
        (
            "A man armed with a machete attacked two churches in the southern Spanish port of "
            "Algeciras on Wednesday evening, killing a sacristan and seriously wounding a priest. "
            "Witnesses said the attacker shouted religious slogans before he was arrested. The "
            "High Court took over the case, which is being investigated as a terrorist attack, "
            "the interior ministry said."
        ),
        "T V",
        "attack on worshippers",
    ),
    (
        "Groups hunt migrants for a third night in Torre Pacheco",
        (
            "Groups of men armed with sticks roamed the streets of Torre Pacheco in the region of "
            "Murcia for a third night on Monday, attacking people of North African origin and "
            "clashing with riot police, who fired rubber bullets. The disturbances began after a "
            "68-year-old man was beaten in the town last week. The Civil Guard said on Tuesday "
            "that 11 people had been arrested, some of whom had travelled from other regions "
            'after calls on social media to "hunt" migrants.'
        ),
        "U V",
        "riot",
    ),
    (
        "Bomb explodes outside railway company offices in Athens",
        (
            "A bomb exploded outside the Athens offices of the railway operator Hellenic Train "
            "early on Friday, 40 minutes after a warning call to a newspaper, damaging the "
            "entrance and nearby shops but injuring no one. A far-left group later claimed the "
            "attack, citing the 57 people killed in a train crash last year, and the "
            "counter-terrorism unit is investigating."
        ),
        "E T",
        "bombing",
    ),
    (
        "Kosovo police officer killed in ambush, gunmen besiege monastery",
        (
            "A Kosovo police officer was killed and another wounded when about 30 heavily armed "
            "men ambushed a patrol near the village of Banjska in northern Kosovo early on "
            "Sunday. The gunmen then barricaded themselves in a Serbian Orthodox monastery, and "
            "special police units fought them for hours; three attackers were killed. The prime "
            "minister said the attackers were professionals backed by Belgrade, and NATO "
            "peacekeepers stepped up patrols."
        ),
        "B M",
        "armed attack",
    ),
    (
        "Riot police disperse Tbilisi protest with water cannon for a sixth night",
        (
            "Riot police used water cannon and tear gas to disperse thousands of protesters "
            "outside the Georgian parliament on Tuesday night, the sixth consecutive night of "
            "demonstrations against the government's decision to suspend talks on joining the "
            "European Union. Protesters threw fireworks at police, and some were beaten by masked "
            "men, videos showed. The interior ministry said on Wednesday that 224 people had been "
            "detained over the week, and the ombudsman said many detainees had been beaten."
        ),
        "U",
        "crackdown",
    ),
]
