"""dev115 hard negatives: the street and the courts at home: rallies, marches, encampments and
scuffles with no violence reported, and arrests, trials, plots, vandalism and hate crimes that
the authorities do not treat as terrorism."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Tens of thousands march through Dublin calling for Gaza ceasefire",
        "Tens of thousands of people marched from the Garden of Remembrance to Merrion "
        "Square on Saturday in one of the largest demonstrations in the capital in years, "
        "calling on the Government to press for a ceasefire in Gaza and to expel the "
        "Israeli ambassador. Trade unionists, GAA clubs and families with buggies walked "
        "behind a banner reading 'Not in our name'. Gardaí said there were no arrests. "
        "Speakers outside Leinster House included the Lord Mayor and a doctor who had "
        "worked in Gaza last year. Organisers put the crowd at 100,000; gardaí did not "
        "give an estimate. Similar marches took place in Cork, Galway and Limerick.",
        "protest",
    ),
    (
        "Ukrainians and Koreans rally outside Russian embassy in Jeong-dong",
        "About 300 Ukrainians living in Korea and their Korean supporters rallied outside "
        "the Russian Embassy in central Seoul on Saturday, waving blue and yellow flags "
        "and chanting 'Stop Putin, stop the war'. Many held up photos of relatives back "
        "home. Police kept the crowd on the opposite side of the road and said the rally "
        "ended peacefully after two hours. Organisers said they would gather every weekend "
        "until the troops leave Ukraine.",
        "protest",
    ),
    (
        "Thousands gather outside US embassy in KL in solidarity with Palestinians",
        "Thousands of people, many wearing keffiyehs and carrying Palestinian flags, "
        "gathered outside the US embassy on Jalan Tun Razak after Friday prayers to "
        "protest against Washington's support for Israel. The rally, organised by a "
        "coalition of Muslim NGOs, ended with the handing of a memorandum to an embassy "
        "representative. Police, who had closed lanes in both directions, said the crowd "
        "dispersed in an orderly manner by 4pm.",
        "protest",
    ),
    (
        "Monas rally draws huge crowd for Palestine",
        "Hundreds of thousands of people packed the area around the National Monument in "
        "central Jakarta on Sunday morning for a rally in support of Palestine, organised "
        "by the Indonesian Ulema Council and backed by the government. Ministers, party "
        "leaders and entertainers addressed the crowd, which called for a boycott of "
        "products linked to Israel. Traffic was diverted for hours, and city sanitation "
        "workers said they collected more than 20 tonnes of rubbish afterwards. Police "
        "deployed more than 5,000 personnel to manage the crowd and said there were no "
        "incidents. Many of those who came had travelled overnight by bus from West Java "
        "and Banten.",
        "protest",
    ),
    (
        "Palestinian community marches along the Alameda to demand break with Israel",
        "Several thousand people marched along the Alameda in Santiago on Sunday, led by "
        "members of Chile's Palestinian community and its football club, Palestino, to "
        "demand that the government break off relations with Israel. The march ended at "
        "Plaza Italia with speeches and a minute's silence. Carabineros accompanied the "
        "column and reported no incidents. Chile is home to an estimated 500,000 people of "
        "Palestinian descent. Several deputies of Palestinian origin walked at the front.",
        "protest",
    ),
    (
        "Marchers hand over memorandum at Parliament gates in Cape Town",
        "Thousands of people marched from Keizersgracht to the gates of Parliament in Cape "
        "Town on Wednesday to demand that the government shut the Israeli embassy and cut "
        "trade ties. The march, organised by religious organisations and trade unions, was "
        "accompanied by metro police and ended peacefully after a memorandum was accepted "
        "by a parliamentary official. Several ANC MPs joined the crowd, which chanted and "
        "sang liberation songs in the heat.",
        "protest",
    ),
    (
        "Aotea Square Palestine rally marks its 40th week",
        "Supporters of Palestine held their 40th consecutive Saturday rally in Auckland's "
        "Aotea Square, before marching down Queen Street to Britomart. Organisers "
        "estimated the crowd at about 2,000, fewer than at the height of the protests last "
        "year. Police said the event was peaceful. A smaller group waving Israeli flags "
        "gathered near the Town Hall, and the two were kept apart without incident. "
        "Organisers said they would keep meeting until there was a permanent ceasefire.",
        "protest",
    ),
    (
        "Sydney Uni encampment packs up after six weeks",
        "Students who had camped on the University of Sydney's front lawn for six weeks to "
        "demand the university cut ties with Israeli institutions took down their tents on "
        "Friday, saying they would move their campaign to the next semester. The "
        "vice-chancellor had refused to order police onto campus, saying the protest had "
        "been 'largely peaceful', though some Jewish students complained about chants. "
        "There were no arrests throughout the occupation.",
        "protest",
    ),
    (
        "Trinity students end encampment after college agrees to divest from Israeli companies",
        "Students at Trinity College Dublin ended their five-day encampment in Fellows' "
        "Square on Wednesday after the college agreed to divest from Israeli companies "
        "that have activities in the occupied Palestinian territory. The students' union "
        "had also blocked access to the Book of Kells, costing the college tourist income. "
        "The provost said the agreement had been reached through 'respectful dialogue'.",
        "protest",
    ),
    (
        "Sciences Po blockade lifted after deal with management",
        "Students occupying the rue Saint-Guillaume building of Sciences Po lifted their "
        "blockade on Friday evening after reaching an agreement with the acting director, "
        "who promised a 'town hall' debate on the institute's partnerships with Israeli "
        "universities. About 50 students had occupied the hall since Thursday and chained "
        "the doors. The interior ministry had threatened to send in police but did not. "
        "Lectures resumed on Monday.",
        "protest",
    ),
    (
        "Greta Thunberg escorted away as thousands protest Israel at Eurovision in Malmö",
        "Several thousand people marched through central Malmö on Thursday against "
        "Israel's participation in the Eurovision Song Contest, waving flags and blowing "
        "whistles. Police said the march was calm, though there were brief scuffles "
        "outside the arena in the evening when officers stopped a smaller group from "
        "reaching the entrance, and the climate activist Greta Thunberg was carried away "
        "from the area by officers. Nobody was charged and no injuries were reported.",
        "protest",
    ),
    (
        "Police separate rival rallies at Queen's Park; two arrested after scuffles",
        "Toronto police separated pro-Palestinian and pro-Israel demonstrators at Queen's "
        "Park on Sunday after shouting and shoving broke out at the edge of the two "
        "crowds. Two people were arrested, one for breaching the peace and one for "
        "carrying a flagpole officers considered a weapon, and both were later released. "
        "Police said no one was hurt. The rallies, each of several hundred people, ended "
        "by mid-afternoon.",
        "protest",
    ),
    (
        "Shibuya rally: Ukrainians in Japan call for end to Russian invasion",
        "About 2,000 people, including Ukrainians living in Japan and Japanese supporters, "
        "gathered near Shibuya Station on Saturday evening to protest Russia's invasion of "
        "Ukraine. Participants lit candles and held signs reading 'Stand with Ukraine' and "
        "'No war'. A Ukrainian student from Kyiv said she had not heard from her "
        "grandmother for three days. The rally ended peacefully after two hours of "
        "speeches and songs. The Ukrainian ambassador thanked the crowd in Japanese.",
        "protest",
    ),
    (
        "Two German-Russians arrested in Bayreuth over alleged sabotage plans against US bases",
        "Police arrested two German-Russian men in Bayreuth on Wednesday on suspicion of "
        "planning explosive and arson attacks on military facilities and railway lines in "
        "Bavaria on behalf of Russian intelligence, the federal prosecutor said. One of "
        "them had allegedly scouted sites including a US army base in Grafenwöhr, where "
        "Ukrainian soldiers are trained. The aim was to undermine German military support "
        "for Ukraine, prosecutors said. No attack was carried out. The suspects are due to "
        "appear before an investigating judge at the Federal Court of Justice.",
        "crime",
    ),
    (
        "Men who plotted Leyton warehouse arson for Wagner jailed",
        "Five men were jailed at the Old Bailey on Friday for their roles in an arson "
        "attack on a warehouse in east London storing aid and satellite equipment for "
        "Ukraine, which the judge said was carried out on the instructions of the Wagner "
        "Group. The ringleader, a 21-year-old from Leicestershire, received 17 years. No "
        "one was hurt in the fire last March. The court heard that the men had also "
        "discussed kidnapping a Russian dissident businessman.",
        "crime",
    ),
    (
        "Three men charged with planning arson attacks on Russia's orders, prosecutors say",
        "Three men have been charged in Poland with preparing arson attacks on shopping "
        "centres and a paint factory in Warsaw and Wrocław on the orders of Russian "
        "intelligence, the National Prosecutor's Office said on Tuesday. One of them, a "
        "Ukrainian citizen, was allegedly promised several thousand euros. The men were "
        "arrested before any fire was set. They face up to eight years in prison if "
        "convicted. Poland has charged more than 20 people with sabotage-related offences "
        "since the start of the full-scale war.",
        "crime",
    ),
    (
        "Chinese students caught filming carrier with drone in Busan",
        "Police have booked three Chinese students on charges of violating the Military "
        "Base and Installation Protection Act after they allegedly flew a drone over the "
        "US aircraft carrier Theodore Roosevelt while it was docked at a naval base in "
        "Busan. Officers found photographs of the carrier and other military facilities on "
        "their phones. The students told investigators they were curious and had no other "
        "purpose. Prosecutors are weighing whether to add espionage charges.",
        "crime",
    ),
    (
        "Brazilian researcher at Tromsø university held as suspected Russian spy",
        "The Police Security Service (PST) has arrested a guest researcher at the "
        "University of Tromsø who presented himself as a Brazilian academic, on suspicion "
        "that he is an undercover Russian intelligence officer. The man, who studied "
        "hybrid threats and Norway's Arctic policy, is being held for four weeks. His "
        "lawyer said he denies being anyone but who he says he is. The arrest comes amid "
        "tightened security around Norway's oil and gas installations.",
        "crime",
    ),
    (
        "Red hands on the Shoah Memorial: four Bulgarians charged",
        "Four Bulgarian nationals have been charged over the painting of 35 red hands on "
        "the Wall of the Righteous at the Shoah Memorial in Paris last month, the "
        "prosecutor's office said. Investigators believe the operation was ordered from "
        "abroad to sow division in France over the war in the Middle East, possibly by "
        "Russian services. Two of the men were arrested in Croatia and handed to French "
        "police. The memorial's director called the act 'an insult to the memory of the "
        "victims'.",
        "crime",
    ),
    (
        "Stars of David stencilled on Paris buildings; Moldovan couple arrested",
        "Police in Paris have arrested a Moldovan couple suspected of spray-painting about "
        "60 blue Stars of David on walls in the 10th and 14th arrondissements last "
        "weekend, the prosecutor said. The couple told investigators they had acted on the "
        "orders of a third person, who paid their travel costs. The interior minister said "
        "foreign interference could not be ruled out. The graffiti was removed by city "
        "workers within days.",
        "crime",
    ),
    (
        "Shots fired at Jewish girls' school overnight; no one hurt",
        "Toronto police said someone fired several shots at the Bais Chaya Mushka "
        "elementary school in North York early Saturday, the second such incident at the "
        "school in six months. Bullet holes were found in the front doors but the building "
        "was empty and no one was injured. The hate crime unit is investigating, and "
        "police have increased patrols around Jewish institutions. The mayor called the "
        "shooting 'a despicable act of antisemitism'.",
        "crime",
    ),
    (
        "Man charged after three Palestinian students shot near UVM campus",
        "A 48-year-old Burlington man has pleaded not guilty to three counts of attempted "
        "murder after three college students of Palestinian descent were shot while "
        "walking near the University of Vermont on Saturday evening. Two of the young men "
        "were wearing keffiyehs and were speaking a mix of English and Arabic, their "
        "families said. Police said the suspect approached them and fired without saying a "
        "word. State and federal prosecutors said they were assessing whether a hate crime "
        "charge could be brought.",
        "crime",
    ),
    (
        "Landlord found guilty of murdering 6-year-old Palestinian-American boy",
        "A Will County jury on Friday found a 73-year-old landlord guilty of murder and "
        "hate crimes in the stabbing death of a six-year-old Palestinian-American boy and "
        "the wounding of his mother in Plainfield Township in October 2023. Prosecutors "
        "said the man had become obsessed with news coverage of the war in Gaza before he "
        "attacked his tenants. The jury deliberated for less than 90 minutes. Sentencing "
        "is set for next month.",
        "crime",
    ),
    (
        "Dural caravan 'terror plot' was a criminal con job, police say",
        "A caravan packed with explosives and a list of Jewish targets found at Dural in "
        "Sydney's north-west in January was a 'fake terrorism plot' staged by organised "
        "criminals to distract police and win leniency in other cases, NSW Police said on "
        "Tuesday. The Australian Federal Police said the case had been handed back to the "
        "state's criminal investigators and was no longer treated as terrorism. Several "
        "people have been charged.",
        "crime",
    ),
    (
        "Ukrainian Catholic church in north Edmonton spray-painted with 'Z' symbols",
        "Edmonton police are investigating after a Ukrainian Catholic church in the city's "
        "north end was spray-painted with the letter 'Z' and an obscene message overnight "
        "Sunday. Parishioners found the graffiti on the front doors and a sign before the "
        "morning liturgy and helped clean it off. The police hate crimes unit said there "
        "was no damage beyond the paint. The parish priest said the community would not be "
        "intimidated.",
        "crime",
    ),
    (
        "Student who beat Jewish classmate in Mitte jailed for three years",
        "A Berlin court on Thursday sentenced a 24-year-old former student at the Free "
        "University to three years in prison for beating a Jewish fellow student "
        "unconscious in a street in Mitte last year. The judge said the attack had been "
        "motivated by antisemitism and the accused's views on the war in Gaza. The victim, "
        "who suffered facial fractures, told the court he still did not feel safe on "
        "campus.",
        "crime",
    ),
]
