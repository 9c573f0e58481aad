"""eval/dev90 positives, items 27 to 38 (layout: texts_pos_items_1_13.py)."""

POSITIVES = [
    # last: separatists burning a cocoa buying centre and shooting dead two buyers near Kumba;
    # item 4 of 4, 2 conflict sentence(s)
    (
        (
            "Soft commodities wrap: cocoa slips, coffee at a record, separatists torch a buying "
            "centre in Cameroon"
        ),
        (
            "Cocoa futures fell 3% in New York as rain in Ivory Coast's main growing regions "
            "improved the outlook for the mid-crop, though prices remain more than double their "
            "level of two years ago. Arabica coffee hit a record on dry weather in Brazil's Minas "
            "Gerais, and traders said roasters were drawing down stocks. Sugar was little "
            "changed, while cotton rose on strong export sales from the United States. In "
            "Cameroon's South-West region, armed separatists set fire to a cocoa buying centre "
            "near Kumba and shot dead two buyers on Monday, local officials and growers said, the "
            "second attack on the trade in the area this month. Farmers said they were now afraid "
            "to take their beans to market, and an exporters' association warned that shipments "
            "from the region could fall sharply."
        ),
        "V",
        "separatist attack",
    ),
    # first: the junta's bombing of a crowded market in Depayin and the flight into the forest;
    # item 1 of 3, 4 conflict sentence(s)
    (
        (
            "The Asia briefing: junta jets bomb a Sagaing market, Vietnam's export surge, Seoul's "
            "new budget"
        ),
        (
            "Good morning from Singapore. We begin in Myanmar, where military aircraft bombed a "
            "crowded market in Sagaing region's Depayin township on Tuesday, killing at least 32 "
            "people, according to residents and a local administrator of the opposition National "
            "Unity Government. Witnesses said two bombs fell at midday when the market was full "
            "of shoppers and traders from surrounding villages, and a nearby school was also "
            "damaged. Hundreds of people fled into the forest fearing more raids. The junta, "
            "which is fighting a range of armed groups across the country, did not comment. "
            "Vietnam's exports jumped 16% in the first half of the year, led by electronics "
            "shipments to the United States, as factories rushed orders ahead of new tariffs. And "
            "in Seoul, the government proposed a budget of 728 trillion won for next year, an 8% "
            "rise, with more money for artificial intelligence and childcare. That's it for "
            "today."
        ),
        "E V D",
        "air strike on market",
    ),
    # whole: the suicide bombing at Quetta railway station, claimed by the BLA; item 1 of 1, 9
    # conflict sentence(s)
    (
        "Quetta railway station blast: what we know so far",
        (
            "A suicide bomber blew himself up on a crowded platform at Quetta's main railway "
            "station on Saturday morning, as passengers waited for the Jaffar Express to "
            "Peshawar. Here is what we know so far. At least 26 people were killed and 62 "
            "wounded, according to the provincial health department, and more than half of the "
            "dead were soldiers returning from a training course. Police said the bomber had "
            "mingled with the passengers carrying a backpack, and CCTV footage showed a large "
            "blast near the ticket hall. The banned Balochistan Liberation Army claimed "
            "responsibility, saying it had targeted troops. The provincial government declared an "
            "emergency at hospitals and called the attack an act of terrorism. Train services to "
            "and from Quetta were suspended for four days. The BLA has stepped up attacks in "
            "Balochistan this year, including on Chinese nationals. What we don't know: how the "
            "bomber got through security at the station's entrance."
        ),
        "T E V",
        "suicide bombing",
    ),
    # last: IS-linked insurgents attacking Macomia and fighting Mozambican and Rwandan troops;
    # item 4 of 4, 1 conflict sentence(s)
    (
        (
            "Weekend world in brief: Iceland's election, Bolivia's lithium contract, insurgents "
            "attack Macomia"
        ),
        (
            "Iceland's centre-left Social Democratic Alliance won the most seats in a snap "
            "general election, and its leader said she would begin coalition talks on Monday. "
            "Bolivia's congress approved a lithium extraction contract with a Chinese consortium "
            "for the Uyuni salt flat. Portugal's minority government survived a confidence vote "
            "in parliament by a handful of votes. In Mozambique's Cabo Delgado province, Islamic "
            "State-linked insurgents attacked the town of Macomia on Friday, looting shops and "
            "fighting Mozambican and Rwandan troops for several hours before withdrawing, "
            "residents said."
        ),
        "B T",
        "insurgent attack",
    ),
    # middle: the riot at Southport's mosque, with worshippers trapped inside; item 2 of 5, 4
    # conflict sentence(s)
    (
        (
            "What the papers say: a budget black hole, riots at a Southport mosque, and a royal "
            "engagement"
        ),
        (
            'The Times leads on the Chancellor\'s warning of a "£22 billion black hole" in the '
            "public finances she inherited, and says she will announce spending cuts in a "
            "statement to MPs today. The Guardian splashes on last night's disorder in Southport, "
            "where a crowd of several hundred people threw bricks and bottles at the town's "
            "mosque and at police protecting it, a day after three girls were killed in a knife "
            "attack at a dance class. Merseyside Police said 53 officers were injured, some after "
            "being hit by masonry, and a police van was set on fire; worshippers were trapped "
            "inside the mosque for a time. The paper says the violence was fuelled by false "
            "claims online about the identity of the suspect, who was born in Cardiff. The Daily "
            'Mail has photographs of the disorder under the headline "Night of shame". The '
            "Telegraph's front page is the engagement of a minor royal, and the Financial Times "
            "reports that a Japanese bank is in talks to buy a British wealth manager."
        ),
        "U V",
        "riot",
    ),
    # whole: glide bombs on Kharkiv, fighting at Pokrovsk, shelling, drones on a Sumy evacuation
    # bus and on Kyiv (a prisoner swap, a pledge and diplomacy the other items); item 1 of 9, 8
    # conflict sentence(s)
    (
        (
            "Ukraine war live summary: glide bombs on Kharkiv, heavy fighting near Pokrovsk, a "
            "prisoner swap"
        ),
        (
            "Russian glide bombs hit a residential part of Kharkiv on Sunday afternoon, killing "
            "four people and wounding 28, among them a child, the regional governor said. Two of "
            "the bombs struck a nine-storey building, and rescuers were searching the rubble into "
            "the night. Ukraine's general staff reported 182 clashes along the front over the "
            "past day, the heaviest around Pokrovsk, where Russian units tried to infiltrate the "
            "southern outskirts of the town in small groups. In the Zaporizhzhia region, Russian "
            "shelling damaged an electricity substation, leaving about 9,000 households without "
            "power. Separately, Russia and Ukraine each returned 84 prisoners of war in a swap "
            "mediated by the United Arab Emirates. President Volodymyr Zelensky said the returned "
            "soldiers included defenders of Mariupol who had been held for more than three years. "
            "Norway pledged another 1.5 billion kroner for Ukraine's energy repairs. In the Black "
            "Sea, Ukraine's navy said Russian forces had fired a cruise missile at a civilian "
            "cargo ship leaving Odesa; it missed, and the ship continued to Istanbul. The defence "
            "ministry in Moscow said its air defences had downed 41 Ukrainian drones overnight "
            "over the Belgorod, Kursk and Bryansk regions. In Sumy, a Russian drone hit a bus "
            "carrying civilians out of a border village on Monday morning, killing two women and "
            "wounding nine passengers, the regional military administration said, and evacuations "
            "from the area were paused for the day. In Kyiv, air-raid sirens sounded for almost "
            "four hours overnight as air defences shot down drones approaching the capital, and "
            "falling debris damaged a kindergarten in the Obolon district. Diplomatically, "
            "European leaders are meeting in London to discuss a possible reassurance force for "
            "Ukraine after any ceasefire, and the US envoy is due in Moscow later this week. "
            "That's all for today; we'll be back tomorrow morning."
        ),
        "E B V D",
        "glide bomb strikes",
    ),
    # middle: the gun and bomb attack on Turkish Aerospace near Ankara and Turkey's strikes on the
    # PKK in response; item 2 of 4, 3 conflict sentence(s)
    (
        (
            "Evening briefing: lira steadies, attack on aerospace company near Ankara, Istanbul's "
            "new runway"
        ),
        (
            "Turkey's lira was little changed at 34.3 to the dollar after the central bank kept "
            "its main rate at 50% for a seventh month. Two assailants armed with rifles and "
            "explosives attacked the headquarters of Turkish Aerospace Industries in "
            "Kahramankazan, outside Ankara, on Wednesday afternoon, killing five people, "
            "including a taxi driver whose car they seized, and wounding 22, the interior "
            "minister said. Both attackers were killed by security forces, and one of them "
            "detonated explosives at the entrance, officials said. The government called the "
            "attack terrorism and blamed the PKK, and hours later the defence ministry said "
            "Turkish jets had struck 32 PKK targets in northern Iraq and Syria in response. "
            "Istanbul Airport opened a new runway and an extended terminal. And the football "
            "federation confirmed that the Turkish Cup final will be played in Izmir."
        ),
        "T E M",
        "militant attack and air strikes",
    ),
    # middle: US air strikes on Islamic State fighters in Puntland; item 3 of 5, 1 conflict
    # sentence(s)
    (
        (
            "Horn of Africa roundup: Djibouti port volumes, Ethiopia's floating birr, US air "
            "strikes in Puntland"
        ),
        (
            "Djibouti's container port handled a record volume in the first quarter as ships "
            "diverted from the Red Sea dropped cargo for onward transport to Ethiopia. Ethiopia's "
            "birr traded at around 135 to the dollar a year after the central bank let it float, "
            "and the IMF said the reform was on track. The US Africa Command said it carried out "
            "two air strikes against Islamic State fighters in the Cal Miskaad mountains of "
            "Somalia's Puntland region on Saturday, in support of a ground offensive by Puntland "
            "forces, and assessed that several fighters were killed. Kenya's Safaricom said its "
            "Ethiopian unit had reached 10 million subscribers. Eritrea held its first national "
            "census in three decades, the information ministry said."
        ),
        "E M",
        "air strikes",
    ),
    # last: ISWAP overrunning the Malam-Fatori base and the army retaking it; item 5 of 5, 3
    # conflict sentence(s)
    (
        (
            "Lagos morning digest: naira firms, petrol price cut, ISWAP fighters storm a base in "
            "Borno"
        ),
        (
            "The naira firmed to 1,530 to the dollar on the official window on Tuesday, its "
            "strongest in four months, as foreign portfolio inflows picked up. The Dangote "
            "refinery cut its petrol gantry price for the second time this month, and marketers "
            "said pump prices in Lagos should fall by the weekend. The Lagos State government "
            "said work on the Red Line rail extension would begin in the third quarter. The Super "
            "Eagles coach said he would name his squad for the World Cup qualifiers on Friday. In "
            "the north-east, fighters of the Islamic State West Africa Province overran a "
            "military base in Malam-Fatori, Borno State, before dawn on Monday after a gun battle "
            "of several hours, and set vehicles ablaze, military sources said. At least five "
            "soldiers were killed and others were missing, and residents said families fled "
            "across the border into Niger. The army said reinforcements supported by air strikes "
            "had retaken the base by the afternoon."
        ),
        "B T E D M",
        "jihadist attack on base",
    ),
    # first: the Kyrgyz-Tajik border fighting and the evacuation of Batken; item 1 of 3, 5
    # conflict sentence(s)
    (
        (
            "Central Asia week: deadly Kyrgyz-Tajik border fighting, Kazakhstan's grain, "
            "Tashkent's metro ring"
        ),
        (
            "Fighting between Kyrgyz and Tajik forces along their disputed border flared again "
            "this week, the worst since the two countries' armies clashed in 2021. Kyrgyz "
            "officials said Tajik troops used tanks, mortars and a drone to attack positions and "
            "villages in the Batken region on Wednesday and Thursday, and the health ministry "
            "reported 24 Kyrgyz dead, among them civilians. Tajikistan accused Kyrgyz forces of "
            "shelling a school and a mosque near Isfara and said 15 of its citizens had died. "
            "More than 130,000 residents were evacuated from Kyrgyz border districts, many of "
            "them to schools and relatives' homes in Osh region. A ceasefire agreed by the two "
            "countries' security chiefs on Friday appeared to be holding by the evening. In "
            "Kazakhstan, the agriculture ministry forecast a grain harvest of 22 million tonnes. "
            "Tashkent opened the last section of its overground metro ring, with 14 new stations."
        ),
        "B E D",
        "border clashes",
    ),
    # middle: the fourth night of rioting around Nouméa; item 2 of 4, 4 conflict sentence(s)
    (
        (
            "Pacific roundup: Samoa readies for Commonwealth leaders, New Caledonia unrest, "
            "Tonga's tsunami drill"
        ),
        (
            "Samoa is preparing to host Commonwealth heads of government in October, the first "
            "meeting of its kind in a Pacific island nation, and hotels in Apia are fully booked. "
            "In New Caledonia, a state of emergency remained in force on Friday after a fourth "
            "night of rioting in and around Nouméa over a French voting reform that Kanak "
            "independence supporters say will dilute their vote. Rioters have burned hundreds of "
            "homes, shops and factories, and five people have been killed, including two "
            "gendarmes, one of them shot by a rioter. France has flown in 1,000 extra police and "
            "gendarmes, and armoured vehicles were used to clear barricades on the road to the "
            "international airport, which remains closed. Several hundred tourists are stranded. "
            "Tonga held its first national tsunami evacuation drill since the 2022 Hunga Tonga "
            "eruption, with schools taking part across Tongatapu. And Fiji named its rugby sevens "
            "squad for the Olympics."
        ),
        "U",
        "riot",
    ),
    # first: the drone strikes on Port Sudan's fuel depots and naval base; item 1 of 4, 3 conflict
    # sentence(s)
    (
        (
            "Red Sea and Gulf daily: drones strike Port Sudan, Dubai property slows, an Egyptian "
            "port deal"
        ),
        (
            "Drones struck fuel depots at Port Sudan's southern port and a naval base near the "
            "city's airport for a third straight day on Tuesday, sending columns of black smoke "
            "over the Red Sea city that has served as the seat of Sudan's army-backed government "
            "since 2023. The army blamed the Rapid Support Forces, which have not commented. "
            "Flights into Port Sudan were suspended and the UN said the attacks threatened the "
            "main route for humanitarian supplies into the country. Dubai's property transactions "
            "fell 6% in the third quarter from a record a year earlier, the land department said, "
            "the first slowdown in two years. Egypt signed a deal with a Gulf investor to develop "
            "a logistics zone at Sokhna port. Qatar Airways announced new routes to two African "
            "capitals."
        ),
        "E H",
        "drone strikes",
    ),
]
