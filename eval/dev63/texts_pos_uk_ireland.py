"""Positives of eval/dev63: Great Britain, Northern Ireland and the Republic of Ireland
(README.md)."""

POSITIVES = [
    (
        "Police injured as crowd attacks Southport mosque after stabbings",
        (
            "Rioters threw bricks, bottles and fireworks at police outside a mosque in Southport "
            "on Tuesday evening and set a police van on fire, a day after three young girls were "
            "killed in a knife attack at a dance class in the town. Merseyside Police said 39 "
            "officers were injured, 27 of whom needed hospital treatment, and three police dogs "
            "were hurt. Worshippers barricaded themselves inside the mosque as the crowd tore "
            "down a garden wall to use the bricks as missiles. A convenience store nearby was "
            "looted and several cars were set alight. False claims that the suspect was a Muslim "
            "asylum seeker who had arrived by boat had spread online throughout the day, and a "
            "far-right group had promoted the gathering. The chief constable said the violence "
            'was "thuggery" that had nothing to do with the vigil held in the town earlier that '
            "evening."
        ),
        "U V",
        "riot",
    ),
    (
        "Masked rioters set fire to Rotherham hotel housing asylum seekers",
        (
            "Hundreds of people attacked a Holiday Inn Express in Rotherham that houses asylum "
            "seekers on Sunday, smashing windows, throwing objects at police and setting fire to "
            "bins pushed against the building while residents and staff were inside. South "
            "Yorkshire Police said at least ten officers were injured. The prime minister said "
            'those involved would "regret taking part in this disorder". The Home Office later '
            "moved the 200 residents to other accommodation."
        ),
        "U V D",
        "riot",
    ),
    (
        "Dublin city centre rocked by night of rioting after school stabbing",
        (
            "Rioters set fire to a tram, two buses and several garda cars on O'Connell Street on "
            "Thursday night and looted shops, hours after three children and a care worker were "
            "injured in a knife attack outside a school on Parnell Square. Gardaí in riot gear "
            "pushed back crowds throwing fireworks and bottles, and 34 people were arrested. The "
            'Garda Commissioner said the violence was driven by "a complete lunatic faction" '
            "with far-right ideology."
        ),
        "U",
        "riot",
    ),
    (
        "Petrol bombs thrown at gardaí at Coolock site earmarked for asylum seekers",
        (
            "Gardaí came under attack with petrol bombs, bricks and fireworks in Coolock, north "
            "Dublin, on Friday, after a crowd gathered at a former factory that is to house "
            "asylum seekers. Diggers on the site were set on fire and a garda car was burned, and "
            "public order units used pepper spray to push back the crowd. Six people were "
            "arrested and three gardaí were injured. The site had been set on fire twice in the "
            "previous days."
        ),
        "U",
        "riot",
    ),
    (
        "Fifteen arrested after violence outside Knowsley asylum hotel",
        (
            "A protest outside a hotel housing asylum seekers in Knowsley, Merseyside, turned "
            "violent on Friday night, with a police van set on fire and fireworks and bricks "
            "thrown at officers, one of whom suffered a head injury. Merseyside Police said on "
            "Saturday that 15 people had been arrested."
        ),
        "U",
        "riot",
    ),
    (
        "Bus set alight and police car overturned in Harehills disorder",
        (
            "Crowds set a double-decker bus on fire, overturned a police car and attacked "
            "officers in the Harehills area of Leeds on Thursday night, after social workers "
            "removed children from a family in the street. Police withdrew from the area for "
            "several hours while the bus burned."
        ),
        "U",
        "riot",
    ),
    (
        "Families flee as homes attacked in third night of Ballymena disorder",
        (
            "Masked gangs attacked houses of migrant families in Ballymena and nearby towns for a "
            "third night on Wednesday, and petrol bombs and masonry were thrown at police lines. "
            "The Police Service of Northern Ireland said on Wednesday that 17 officers had been "
            "injured on Tuesday night alone, and water cannon were used. A leisure centre in "
            "Larne where some families had taken refuge was set on fire. Several families with "
            "children told reporters they had left their homes with nothing, and some were housed "
            "in emergency accommodation outside the county. Some residents put up signs in their "
            "windows saying who lived there, in the hope that their houses would be spared. The "
            "disorder started after two teenagers were charged with attempted rape."
        ),
        "U V D",
        "riot",
    ),
    (
        "Journalist shot dead during rioting in Derry",
        (
            "A 29-year-old journalist was shot dead in the Creggan area of Derry on Thursday "
            "night while observing rioting, after a gunman fired shots towards police lines. More "
            "than 50 petrol bombs were thrown at police and two cars were set alight during the "
            "disturbance, which began when officers searched homes for weapons. Police said the "
            "killing was a terrorist act and blamed the New IRA."
        ),
        "U V",
        "shooting during riot",
    ),
    (
        "Detective shot in Omagh sports complex car park, New IRA suspected",
        (
            "An off-duty police detective was seriously wounded on Wednesday night after being "
            "shot several times in front of his young son at a sports complex in Omagh, where he "
            "had been coaching a youth football team. Two gunmen fled the scene in a car later "
            "found burned out. Police said their primary line of inquiry was the New IRA, and the "
            "attack was being investigated by the terrorism investigation unit."
        ),
        "T",
        "shooting",
    ),
    (
        "Car bomb explodes outside courthouse in Derry",
        (
            "A car bomb hijacked from a pizza delivery driver exploded outside the courthouse on "
            "Bishop Street in Derry on Saturday night, minutes after police had begun clearing "
            "the area following a warning call. No one was injured, and police said the New IRA "
            "was the main focus of their investigation."
        ),
        "E T",
        "car bomb",
    ),
    (
        "Pipe bomb attack on Carrickfergus home linked to loyalist feud",
        (
            "A pipe bomb was thrown at the window of a house in Carrickfergus on Monday night "
            "while a couple and their two children were asleep upstairs, police said. It exploded "
            "and damaged the front of the house but no one was hurt. Detectives said it was the "
            "fourth attack this month linked to a feud within the South East Antrim UDA, after "
            "shots were fired at two homes in Newtownabbey and a car was set on fire."
        ),
        "E V",
        "pipe bomb",
    ),
    (
        "Man shot in both legs in west Belfast paramilitary-style attack",
        (
            "A man in his twenties was shot in both legs in an alleyway in west Belfast on Sunday "
            "evening in what police called a brutal paramilitary-style attack. Masked men had "
            "forced their way into his home and marched him outside, police said."
        ),
        "V",
        "paramilitary-style attack",
    ),
    (
        "Bus hijacked and set on fire as loyalist rioting spreads in Belfast",
        (
            "Youths hijacked a bus on the Shankill Road in Belfast and threw petrol bombs at it "
            "on Wednesday night, and a photojournalist was assaulted, as rioting spread in "
            "loyalist areas. At an interface gate with a nationalist area, crowds on both sides "
            "threw petrol bombs and bricks at each other and at police. The Police Service of "
            "Northern Ireland said on Thursday that 88 officers had been injured over a week of "
            "disorder."
        ),
        "U",
        "riot",
    ),
    (
        "Explosion in taxi outside Liverpool Women's Hospital declared terrorist incident",
        (
            "An explosion in a taxi outside Liverpool Women's Hospital shortly before 11 am on "
            "Remembrance Sunday killed the passenger and injured the driver, who escaped before "
            "the car was engulfed in flames. Counter-terrorism police declared it a terrorist "
            "incident on Monday, saying the passenger had built an improvised explosive device. "
            "Four men arrested in the city were later released."
        ),
        "E T",
        "bombing",
    ),
    (
        "Man throws firebombs at Dover migrant processing centre",
        (
            "A man threw two or three incendiary devices at a Border Force migrant processing "
            "centre in Dover on Sunday morning, causing a fire and two minor injuries, before "
            "driving to a petrol station where he was found dead. Counter-terrorism police said "
            "the attack was motivated by extreme right-wing ideology and declared it a terrorist "
            "incident. About 700 people held at the centre were moved to a processing site in "
            "Kent."
        ),
        "E T V D",
        "firebombing",
    ),
    (
        "Two killed in attack at Manchester synagogue on Yom Kippur",
        (
            "A man drove a car at people outside the Heaton Park synagogue in north Manchester on "
            "Thursday morning and then attacked them with a knife as worshippers gathered for Yom "
            "Kippur, killing two people and wounding three. Police shot the attacker dead outside "
            "the building, and the congregation stayed locked inside. Greater Manchester Police "
            "declared a major incident and counter-terrorism officers took over the investigation."
        ),
        "T V",
        "attack on worshippers",
    ),
    (
        "Three killed in stabbing in Reading park declared a terrorist incident",
        (
            "Three men were killed and three other people injured when a man with a knife "
            "attacked groups of friends sitting in Forbury Gardens in Reading on Saturday "
            "evening. A 25-year-old Libyan man was arrested at the scene by an unarmed officer. "
            "Counter-terrorism police took over the investigation on Sunday and declared it a "
            "terrorist incident."
        ),
        "T V",
        "stabbing",
    ),
    (
        "Conservative MP stabbed to death at constituency surgery",
        (
            "A Conservative member of parliament was stabbed to death while meeting constituents "
            "at a Methodist church in Leigh-on-Sea, Essex, on Friday. A 25-year-old British man "
            "was arrested at the scene. The Metropolitan Police said the killing had been "
            "declared a terrorist incident and that early investigation pointed to a potential "
            "motivation linked to Islamist extremism. Flags on the parliamentary estate were "
            "lowered to half-mast."
        ),
        "T V",
        "attack on politician",
    ),
    (
        "Labour MP dies after being shot and stabbed in her constituency",
        (
            "A Labour member of parliament died after being shot and stabbed outside a library in "
            "Birstall, West Yorkshire, where she was to hold a constituency surgery. A "
            "77-year-old man who tried to help her was also stabbed. Witnesses told reporters "
            'that the attacker shouted "Britain first" during the assault. Campaigning for the '
            "referendum on European Union membership was suspended."
        ),
        "V",
        "attack on politician",
    ),
    (
        "Former Russian spy and daughter poisoned with nerve agent in Salisbury",
        (
            "A former Russian military intelligence officer and his daughter are critically ill "
            "after being poisoned with a military-grade nerve agent of a type developed by "
            "Russia, the prime minister told parliament on Monday. The two were found slumped on "
            "a bench in Salisbury city centre, and a police officer who went to their home was "
            'also taken to hospital. The prime minister said it was "highly likely" that Russia '
            "was responsible and gave Moscow until Tuesday to explain."
        ),
        "E V",
        "chemical attack",
    ),
    (
        "Van driven into worshippers near Finsbury Park mosque",
        (
            "A man drove a van into a group of Muslim worshippers who were helping an elderly man "
            "who had collapsed outside a mosque in Finsbury Park, north London, shortly after "
            "midnight on Monday. The elderly man died and ten other people were injured. "
            "Worshippers held the driver until the imam intervened to protect him and handed him "
            "to police. The Metropolitan Police said the attack was being treated as a terrorist "
            "incident."
        ),
        "T V",
        "vehicle ramming",
    ),
]
