"""Negatives, part C: sport, Eurovision and culture, storms and floods, accidents, health and
ordinary news (title, text, kind code)."""

NEGATIVES = [
    (
        "Shakhtar storm Bratislava: Sikan double seals Conference League win",
        "Shakhtar Donetsk beat Slovan Bratislava 3-1 in the Conference League on Thursday, "
        "with striker Danylo Sikan scoring twice. The Ukrainian side, who play their European "
        "home matches in Krakow, attacked from the first minute and took the lead after a "
        "quarter of an hour. Slovan equalised before the break after a defensive mistake, but "
        "Shakhtar's Brazilian wingers kept the pressure on and Sikan struck again in the 58th "
        "minute. Head coach Arda Turan said his team had shown character. 'We fought for "
        "every ball,' he told the club's media. With seven points, Shakhtar are in the top "
        "eight of the league phase. Their next match is away to Legia Warsaw. Shakhtar have "
        "not played a home match in Donetsk since 2014.",
        "sport",
    ),
    (
        "Usyk wins rematch: 'the battle in Riyadh' ends with unanimous decision",
        "Oleksandr Usyk has defended his WBA, WBC and WBO heavyweight titles by beating Tyson "
        "Fury on points in their rematch in Riyadh. All three judges scored the fight 116-112 "
        "in favour of the Ukrainian. Usyk controlled the fight with his jab and survived "
        "Fury's attacks in the middle rounds. 'It was a real battle, but God gave me "
        "strength,' Usyk said after the fight, dedicating the victory to Ukrainian defenders. "
        "Fury said he believed he had won. Zelensky congratulated Usyk, writing that he had "
        "once again shown the character of Ukrainians. Usyk's record now stands at 23 wins "
        "and no defeats. His team said the boxer would take a long rest before his next "
        "fight. Fury's promoter said there would be no third fight.",
        "sport",
    ),
    (
        "Mudryk's winner sends Ukraine to Euro 2024 after comeback against Iceland",
        "Ukraine qualified for Euro 2024 by beating Iceland 2-1 in the play-off final in "
        "Wroclaw. Iceland took the lead in the first half with a shot from Albert "
        "Gudmundsson, but Viktor Tsyhankov equalised after the break. Mykhailo Mudryk scored "
        "the winner in the 84th minute with a shot into the bottom corner. Head coach Serhii "
        "Rebrov said the victory belonged to the whole country. 'We could not let down the "
        "people who are waiting for good news,' he said. Thousands of Ukrainian fans in the "
        "stadium sang the national anthem after the final whistle. At the Euro, Ukraine will "
        "play in a group with Belgium, Slovakia and Romania. Ukraine had beaten Bosnia and "
        "Herzegovina 2-1 in the semi-final five days earlier. It will be Ukraine's fourth "
        "European Championship in a row. Mudryk was named man of the match.",
        "sport",
    ),
    (
        "Metalist 1925 match halted for 90 minutes by air-raid alert, Kryvbas win after the pause",
        "The Ukrainian Premier League match between Metalist 1925 and Kryvbas was suspended "
        "for 90 minutes on Saturday because of an air-raid alert. The players and about 800 "
        "spectators went down to the stadium's shelter in the 37th minute, as the league's "
        "rules require. After the all-clear, the teams warmed up again and finished the "
        "match, which Kryvbas won 2-1. The league said it was the fourth match this season to "
        "be interrupted by an alert. Metalist's coach complained that the long pause had "
        "broken the rhythm of his team. Under the rules, if an alert lasts more than four "
        "hours the match is replayed. Suspilne Sport notes that spectators have been allowed "
        "back into stadiums in most cities. Metalist 1925 has not played in Kharkiv since "
        "2022 and hosts its home matches in Kyiv.",
        "sport",
    ),
    (
        "Vidbir 2025: jury and audience at war over the winner",
        "The band Ziferblat won Ukraine's national selection for Eurovision, Vidbir, after a "
        "tense final in which the jury and the audience disagreed over the favourite. The "
        "audience vote put the singer Abiie in first place, while the jury preferred "
        "Ziferblat's song 'Bird of Pray'. Social networks exploded with accusations of a "
        "rigged vote, and Suspilne had to publish the results of the SMS voting in full. The "
        "broadcaster's representatives said the voting had been checked by an independent "
        "auditor. Ziferblat promised to 'fight for every point' in Basel. Music critics told "
        "NV that the scandal has become a tradition of the Ukrainian selection. Ziferblat are "
        "known for their theatrical concerts. Their song combines folk motifs with 1970s art "
        "rock.",
        "entertainment",
    ),
    (
        "Eurovision: Jerry Heil and alyona alyona take third place in Malmo",
        "Ukraine's entry, 'Teresa & Maria' by Jerry Heil and alyona alyona, finished third in "
        "the Eurovision Song Contest final in Malmo, Suspilne reports. The duo received 453 "
        "points, with strong support from both the audience and the juries. Switzerland's "
        "Nemo won the contest. It is the ninth time Ukraine has finished in the top five. The "
        "performers thanked the Ukrainian diaspora, who voted for them from all over Europe. "
        "'Our song is about women who are the strength of Ukraine,' alyona alyona said. "
        "Thousands of fans watched the final on big screens in Kyiv and Lviv. Suspilne said "
        "it would soon announce the dates of the next national selection. The duo's song was "
        "streamed more than 10 million times on Spotify in the week after the final. Their "
        "European tour starts in the autumn in Warsaw, Berlin and Prague, with part of the "
        "proceeds going to charity.",
        "entertainment",
    ),
    (
        "'20 Days in Mariupol' wins Oscar, the first for Ukraine",
        "The documentary '20 Days in Mariupol' by Mstyslav Chernov has won the Oscar for best "
        "documentary feature, the first Academy Award in Ukraine's history. The film tells "
        "the story of the first weeks of the siege of Mariupol, filmed by Chernov and his AP "
        "colleagues. 'I wish I had never made this film,' Chernov said from the stage, saying "
        "he would exchange the award for Russia not attacking his country. The audience gave "
        "him a standing ovation. The Ministry of Culture congratulated the team and said the "
        "film would be shown free of charge in Ukrainian cinemas. Chernov has previously won "
        "a Pulitzer Prize and a BAFTA. The film was produced by AP and the PBS programme "
        "Frontline. It has been shown in more than 20 countries, and a special screening was "
        "held at the European Parliament. Chernov said he was working on a new film.",
        "entertainment",
    ),
    (
        "S.T.A.L.K.E.R. 2 released after years of delays and a war",
        "The video game S.T.A.L.K.E.R. 2: Heart of Chornobyl has been released after more "
        "than a decade of development, NV reports. The Kyiv studio GSC Game World moved part "
        "of its team to Prague in 2022 but continued to work on the shooter. More than 1 "
        "million copies were sold within two days. Players praised the atmosphere of the "
        "Exclusion Zone, but complained about bugs and the high system requirements. The "
        "studio promised several patches in the coming weeks. The game's credits include a "
        "tribute to the developers who joined the army. Critics call the game one of the most "
        "important Ukrainian cultural products of the decade. The game is available on PC and "
        "Xbox and has been translated into several languages. Ukrainian players can buy it at "
        "a reduced price. The developers say they are already working on the first expansion.",
        "entertainment",
    ),
    (
        "Storm in Odesa: hurricane-force winds leave 2,000 settlements without power",
        "A powerful storm with hurricane-force winds and heavy snow hit southern Ukraine on "
        "Monday, leaving more than 2,000 settlements without electricity. Five people died in "
        "Odesa Oblast, and 19 were injured, the State Emergency Service said. The wind "
        "reached 30 metres per second on the coast, and waves flooded the embankment in "
        "Odesa. Hundreds of trucks and cars were stuck in snowdrifts on the Kyiv-Odesa "
        "highway. The military helped the rescuers to pull out vehicles and deliver fuel. "
        "Energy workers said that the damage to power lines was greater than after some of "
        "the worst attacks on the grid. Ukrhydrometcenter warned that the bad weather would "
        "last until Wednesday. The government allocated UAH 200 million to the affected "
        "regions.",
        "disaster",
    ),
    (
        "Floods in Zakarpattia: rivers overflow, 180 houses flooded",
        "Heavy rains caused floods in Zakarpattia on the weekend, the State Emergency Service "
        "reported. About 180 houses were flooded in the Rakhiv and Tiachiv districts, and two "
        "bridges were washed away. Rescuers evacuated 65 people, including 14 children, by "
        "boat. The level of the Tisa River rose by more than three metres, and Romania also "
        "reported flooding on its side. One man died after falling into a stream in the "
        "mountains. The regional administration set up emergency headquarters and sent water "
        "and food to the cut off villages. Forecasters expect more rain in the Carpathians in "
        "the coming days. Local residents say the floods have become more frequent because of "
        "deforestation in the mountains. Environmentalists have called for a ban on "
        "clear-cutting on steep slopes. The government promised to allocate money from the "
        "reserve fund to help the flooded households.",
        "disaster",
    ),
    (
        "Hail and squall in Kyiv: trees down, cars damaged, metro stations flooded",
        "A powerful squall with hail and heavy rain hit Kyiv on Tuesday evening, the city's "
        "emergency services said. More than 300 trees were brought down, some of them on "
        "cars, and two people were injured. Several metro stations were temporarily closed "
        "because of water, and traffic in the city centre came to a standstill. The Kyiv City "
        "State Administration said 40 millimetres of rain fell in an hour, almost a month's "
        "norm. Residents posted videos of streets turned into rivers on Khreshchatyk and in "
        "Podil. Utility workers cleared the roads until late at night. Forecasters warned of "
        "another storm on Thursday. Insurance companies said they had received hundreds of "
        "claims for damaged cars by the morning. Kyivzelenbud said most of the fallen trees "
        "were old chestnuts and poplars.",
        "disaster",
    ),
    (
        "Ice storm in the west: 400 villages without power, roads closed",
        "An ice storm hit western Ukraine overnight, leaving 400 villages in Lviv, Volyn and "
        "Rivne oblasts without electricity. Freezing rain coated power lines and trees, and "
        "many of them broke under the weight of the ice, regional energy companies said. "
        "Traffic was restricted on several sections of international highways, and dozens of "
        "trucks were stuck near the border with Poland. The State Emergency Service said four "
        "people had been hospitalised with injuries from falls. Heating points were opened in "
        "the worst-hit communities. Energy workers expect to restore supply within two days. "
        "In Volyn Oblast the ice also damaged a mobile communication tower, and several "
        "villages were left without connection. Ukrhydrometcenter warned of new freezing rain "
        "in the Carpathian regions at the weekend. Drivers were asked to avoid unnecessary "
        "trips.",
        "disaster",
    ),
    (
        "Gas explosion in Kyiv high-rise: two dead, section of building destroyed",
        "An explosion of household gas destroyed part of a nine-storey building in the "
        "Holosiivskyi district of Kyiv on Friday morning. Two people were killed and five "
        "were injured, the State Emergency Service said. The explosion occurred in a flat on "
        "the sixth floor and destroyed the ceilings between the fifth and seventh floors. "
        "Rescuers pulled out a woman from under the rubble alive. The police have opened "
        "criminal proceedings for violation of safety rules when using gas. According to the "
        "preliminary version, a resident of the flat had tried to repair a gas stove himself. "
        "Kyivgaz said the building's gas network had been checked last year. Residents of the "
        "damaged section were placed in a hotel. Engineers will inspect the building to "
        "decide whether it can be restored.",
        "accident",
    ),
    (
        "Bus overturns on Rivne-Lutsk highway: three dead, 17 injured",
        "A passenger bus overturned on the Rivne-Lutsk highway near the village of Kvasyliv "
        "on Sunday night, killing three people and injuring 17, the regional police reported. "
        "The bus was travelling from Kyiv to Lutsk with 42 passengers. According to "
        "preliminary information, the driver lost control on a wet road and the bus went into "
        "a ditch. The injured were taken to hospitals in Rivne. The driver was detained, and "
        "a criminal case was opened for violation of road safety rules. The bus company's "
        "licence will be checked, the State Service for Transport Safety said. According to "
        "the patrol police, the bus had passed a technical inspection only two months ago. "
        "Road safety experts say that many intercity carriers use buses more than 20 years "
        "old. The regional administration declared a day of mourning in Volyn Oblast, where "
        "most of the dead came from.",
        "accident",
    ),
    (
        "Freight train derails in Lviv Oblast, tanks with fuel catch fire",
        "Twelve cars of a freight train derailed near the station of Stryi in Lviv Oblast on "
        "Wednesday, Ukrzaliznytsia said. Several tanks carrying diesel fuel caught fire, and "
        "rescuers fought the blaze for five hours. Nobody was injured, but residents of "
        "nearby houses were evacuated as a precaution. Passenger trains to Zakarpattia were "
        "delayed by up to four hours. According to the railway, the preliminary cause was a "
        "broken rail. Environmental inspectors took samples of the soil. Ukrzaliznytsia said "
        "the damaged section would be repaired by the morning. The railway said it would "
        "review the condition of the tracks on the whole line. Freight traffic on the route "
        "had grown by a quarter this year as more cargo goes through the western border "
        "crossings. Ukrzaliznytsia has blamed the rise in incidents on old infrastructure and "
        "a lack of money for repairs.",
        "accident",
    ),
    (
        "Measles outbreak in Chernivtsi Oblast, Health Ministry calls for vaccination",
        "Chernivtsi Oblast has recorded 87 cases of measles since the start of the year, most "
        "of them among unvaccinated children, the Public Health Centre said. Two schools have "
        "been closed for quarantine, and a kindergarten has switched to remote mode. The "
        "Health Ministry urged parents to check their children's vaccination records and said "
        "that the vaccine is free in all family clinics. Doctors say that vaccination "
        "coverage in the oblast is among the lowest in Ukraine. The regional administration "
        "has launched mobile vaccination teams to visit mountain villages. Last year Ukraine "
        "recorded only a few dozen cases of measles. The Health Ministry said vaccination "
        "rates among children fell during the pandemic and have not fully recovered. The WHO "
        "has supplied additional doses of the MMR vaccine to the region.",
        "health",
    ),
    (
        "Flu epidemic threshold exceeded in Kyiv, schools switch to online lessons",
        "The epidemic threshold for flu and acute respiratory infections has been exceeded in "
        "Kyiv, the city's health department said. More than 32,000 cases were registered last "
        "week, 28% more than the week before. Schools in the capital will switch to online "
        "learning for a week, and hospitals have restricted visits. Doctors note that the "
        "H3N2 strain is circulating this season. Chief sanitary doctor Ihor Kuzin advised "
        "people to wear masks in public transport. Pharmacies report shortages of some "
        "antiviral drugs. Similar restrictions were introduced in Zhytomyr and Chernihiv. "
        "According to the Public Health Centre, most of the patients are children of school "
        "age. Doctors advise getting a flu shot, although it is late in the season. The "
        "vaccine is available in private clinics and in some pharmacies for about UAH 600.",
        "health",
    ),
    (
        "Ukrainian polar explorers start new year-long mission at Vernadsky station",
        "The 30th Ukrainian Antarctic expedition has begun its work at the Akademik Vernadsky "
        "station, the National Antarctic Scientific Centre said. The team of 14 people "
        "includes meteorologists, biologists and a doctor, and for the first time, three "
        "women. They will study the ozone layer, penguin colonies and the melting of "
        "glaciers. Some of the members had served in the army before joining the expedition. "
        "The station, taken over from Britain in 1996, is one of the oldest in Antarctica. "
        "The Ministry of Education and Science said it had found money to renovate the "
        "station's power plant. The expedition will return to Ukraine next spring. Before "
        "setting off, the expedition members underwent medical tests and training in Kyiv. "
        "They reached Antarctica on a chartered ship from Chile.",
        "other",
    ),
    (
        "From Mariupol to Lviv: displaced family's bakery becomes a city favourite",
        "Three years after leaving Mariupol, the Kovalenko family runs one of the most "
        "popular bakeries in Lviv. Olena and Serhii opened the first small shop with a grant "
        "from the state programme 'Own Business' and now employ 18 people, most of them also "
        "from the east. Queues form in the morning for their Azov Sea-style pies. 'We lost "
        "everything, but we kept our recipes,' Olena told Suspilne. The family plans to open "
        "a second shop in the city centre next year. The Lviv city council says about 1,500 "
        "businesses have moved to the city since 2022. The couple's two daughters study at "
        "Lviv universities. The family's bakery sells about 2,000 pies a day. Olena says she "
        "still bakes according to her grandmother's notebook, which she took with her when "
        "they left. The city has helped them find premises on a reduced rent under a "
        "programme for relocated businesses.",
        "other",
    ),
    (
        "Diia launches online marriage registration and e-residency for foreigners",
        "The Diia app now allows couples to register their marriage online in a video call, "
        "Digital Transformation Minister Mykhailo Fedorov announced. The service, called "
        "'Love in Diia', has already been used by more than 400 couples in a test mode. The "
        "ministry has also launched e-residency, which allows foreign entrepreneurs to "
        "register a business in Ukraine without coming to the country. According to Fedorov, "
        "Diia now has more than 22 million users. Experts praise the digitalisation, but warn "
        "about the security of personal data. The ministry said the app's servers are "
        "protected and regularly tested by international auditors. Since its launch in 2020, "
        "Diia has added more than 100 services. Other countries, including Estonia and "
        "Colombia, have shown interest in the technology, the ministry said.",
        "other",
    ),
]
