"""dev35 negatives: crime, trials and policing; sport. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Brazilian police seize 3 tonnes of cocaine at Santos port",
        "Federal police found 3 tonnes of cocaine hidden in containers of frozen chicken bound for Rotterdam at the port of Santos, the force said. Four dock workers were arrested.",
        "crime",
    ),
    (
        "Colombia extradites alleged drug boss to the United States",
        "Colombia extradited a man accused of running a cocaine trafficking network from Medellín to the United States on Thursday, the national police said. He faces charges in a federal court in Miami.",
        "crime",
    ),
    (
        "Lagos police rescue kidnapped businessman, arrest three",
        "Police in Lagos rescued a businessman who had been kidnapped from his car in Lekki and held for ransom for four days, and arrested three suspects, a police spokesman said. The kidnappers had demanded 50 million naira from his family.",
        "crime",
    ),
    (
        "Nairobi police arrest gang behind phone-snatching robberies",
        "Kenyan police arrested seven suspected members of a gang accused of a string of violent robberies of mobile phones in Nairobi's central business district. Officers recovered knives and more than 100 phones.",
        "crime",
    ),
    (
        "Delhi court sentences man to life for murder of neighbour",
        "A Delhi court sentenced a 42-year-old man to life in prison for stabbing his neighbour to death in a dispute over parking in 2021. The court said the attack was premeditated.",
        "crime",
    ),
    (
        "Former Gambian interior minister convicted of torture",
        "A Swiss court convicted a former Gambian interior minister of crimes against humanity for torture carried out by security forces under the rule of Yahya Jammeh, and sentenced him to 20 years in prison. Victims' groups welcomed the verdict after years of campaigning.",
        "crime",
    ),
    (
        "Guatemalan court opens trial of ex-officers over 1982 massacre",
        "A court in Guatemala City opened the trial of three retired army officers accused of ordering a massacre of Maya Ixil villagers in 1982, during the country's civil war. Survivors are expected to testify over several weeks.",
        "crime",
    ),
    (
        "Bangladesh tribunal tries former ministers over deaths in last year's protests",
        "A special tribunal in Dhaka began hearing charges against four former ministers accused of ordering the use of lethal force against student protesters last year. The accused, who are abroad, are being tried in absentia.",
        "crime",
    ),
    (
        "Extortion gangs target Lima bus drivers, transport unions say",
        "Bus drivers in Lima said extortion gangs were demanding daily payments to let them work their routes, and two drivers had been shot dead this month for refusing. Police arrested five suspected members of a gang in San Juan de Lurigancho.",
        "crime",
    ),
    (
        "Man arrested over killing of sister in Punjab",
        "Police in Pakistan's Punjab arrested a man suspected of killing his sister for marrying against her family's wishes, the latest of several so-called honour killings in the province this year. Rights groups urged tougher enforcement of the law.",
        "crime",
    ),
    (
        "Jordan army intercepts drug smugglers on Syrian border",
        "Jordan's army said it had foiled an attempt to smuggle 1.2 million captagon pills across the Syrian border, seizing the drugs after smugglers fled back across the frontier. No one was hurt.",
        "crime",
    ),
    (
        "Ukraine's anti-corruption bureau detains deputy minister",
        "Ukraine's National Anti-Corruption Bureau detained a deputy minister on suspicion of taking bribes linked to contracts for school meals, the bureau said. He denies wrongdoing.",
        "crime",
    ),
    (
        "Ransomware attack cripples Costa Rica's health service systems",
        "A ransomware attack has disrupted the computer systems of Costa Rica's social security fund, forcing hospitals to return to paper records, officials said. A criminal group claimed the attack and demanded a payment.",
        "crime",
    ),
    (
        "Thai police raid scam compound on Myanmar border",
        "Thai police raided a building in Mae Sot used by an online fraud ring and detained 260 people, many of them foreigners who said they had been trafficked and forced to work as scammers. Several suspected bosses escaped across the river.",
        "crime",
    ),
    (
        "Mexico arrests officials over fuel theft ring",
        "Mexican prosecutors arrested 14 people, including customs officers and a navy captain, over a network that smuggled fuel into the country without paying taxes, the attorney general's office said.",
        "crime",
    ),
    (
        "Super Eagles' attack misfires in goalless draw",
        "Nigeria's attack never found its rhythm in a goalless World Cup qualifier against Benin in Uyo, and the Super Eagles' hopes of reaching the finals now depend on other results. The coach said his strikers had been shot-shy.",
        "sport",
    ),
    (
        "Pakistan's pace attack blows away Sri Lanka",
        "Pakistan's fast bowlers ripped through the Sri Lankan batting order in Rawalpindi, bowling the visitors out for 112 in the first session on day two. The spearhead took five wickets in a fiery spell before lunch.",
        "sport",
    ),
    (
        "Boca Juniors coach under siege after derby defeat",
        "Boca Juniors' coach came under siege from fans and the club's board after a 3-0 defeat by River Plate. Supporters chanted for his dismissal as the team left La Bombonera.",
        "sport",
    ),
    (
        "Al Ahly striker's late goal wins Cairo derby",
        "Al Ahly's striker scored in stoppage time to beat Zamalek 2-1 in the Cairo derby and move three points clear at the top of the Egyptian league.",
        "sport",
    ),
    (
        "Police fire tear gas as rival fans fight after Algiers derby",
        "Police fired tear gas to separate rival supporters who fought with stones and flares outside the stadium after the derby between MC Alger and USM Alger, and 46 people were arrested. Eleven police officers were slightly injured.",
        "sport",
    ),
    (
        "Ethiopian runners take all three medals in Valencia",
        "Ethiopian runners swept the podium in the Valencia marathon, with the winner launching a devastating attack at the 35-kilometre mark to break clear of the field.",
        "sport",
    ),
    (
        "Kenya Sevens in battle to avoid relegation",
        "Kenya's rugby sevens team faces a battle for survival in the world series qualifier in Hong Kong, where only the winner keeps its core status. The coach named an unchanged squad.",
        "sport",
    ),
    (
        "Filipino 'Bomber' knocks out Mexican champion in Manila",
        "Filipino boxer known as the 'Bomber' knocked out the Mexican title holder in the fourth round in Manila to claim the WBC flyweight belt before a sell-out crowd.",
        "sport",
    ),
    (
        "Shakhtar Donetsk play 'home' Champions League game in Germany",
        "Ukrainian champions Shakhtar Donetsk, who have played their European home matches abroad since the war began, lost 2-0 to Atalanta in Gelsenkirchen. About 10,000 fans, many of them Ukrainians living in Germany, attended.",
        "sport",
    ),
    (
        "Indian chess prodigy wins blitz title in Tbilisi",
        "A 17-year-old Indian grandmaster won the blitz tournament in Tbilisi after a ferocious kingside attack against the top seed in the final round.",
        "sport",
    ),
    (
        "Copa Libertadores: Peñarol and Flamengo in war of nerves",
        "Peñarol and Flamengo fought out a tense 1-1 draw in Montevideo in the first leg of the quarter-final, a match the Uruguayan press billed as a war. The Brazilians' defence held firm under a late bombardment.",
        "sport",
    ),
]
