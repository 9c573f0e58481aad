"""dev123 hard negatives (c): whole articles with war or violence words, no current violent event."""

# (title, text, kind code); the comment gives the outlet imitated and the year
NEGATIVES = [
    # Myanmar Now, 2025
    (
        "More than 1,000 foreigners released from Myawaddy scam compounds await repatriation",
        "More than 1,000 foreign nationals released from online scam compounds in the Myawaddy "
        "area of Karen State are waiting on the Myanmar side of the border to be sent home, "
        "according to the Border Guard Force (BGF) that controls the area. The group, which "
        "includes Chinese, Indonesian, Kenyan, Ethiopian and Indian nationals, is being held in "
        "temporary shelters near the Moei River while their embassies arrange transport through "
        "Thailand, a BGF officer told Myanmar Now. Many of them said they had been trafficked "
        "with fake job offers for customer service or IT work and forced to defraud people "
        "online, and that they were beaten if they failed to meet their targets. “They took our "
        "passports on the first day. You could not leave unless somebody paid,” said a "
        "26-year-old Kenyan man who spent eight months in a compound. Thailand cut electricity, "
        "fuel and internet supplies to several border areas earlier this year to pressure armed "
        "groups to shut down the compounds. The BGF, a militia that was allied with the military "
        "regime until last year, says it has expelled the scam operators, but researchers say "
        "many compounds have simply moved to other parts of the border. China has also sent "
        "police officers to Thailand to coordinate the repatriation of its nationals by "
        "chartered flights.",
        "crime",
    ),
    # L'Orient Today, 2025
    (
        "World Bank puts Lebanon's reconstruction needs at $11 billion after war with Israel",
        "Lebanon will need about $11 billion to recover and rebuild after the war between "
        "Hezbollah and Israel, the World Bank said in a report published on Friday, with housing "
        "accounting for more than a third of the damage. The Lebanon Rapid Damage and Needs "
        "Assessment (RDNA) estimates the physical damage at $6.8 billion and economic losses at "
        "$7.2 billion, concentrated in the South, Nabatieh and Beirut's southern suburbs. "
        "According to the report, more than 10 percent of the housing stock in the areas "
        "surveyed was damaged or destroyed, and the economy contracted by 7.1 percent in 2024. "
        "Finance Minister Yassine Jaber said Lebanon would sign a first loan of $250 million "
        "with the bank to start repairing roads, water networks and power lines in the affected "
        "areas. Prime Minister Nawaf Salam said reconstruction would go hand in hand with "
        "reforms and the extension of state authority over all Lebanese territory. Gulf donors "
        "have so far been reluctant to commit funds, diplomats say, as long as Hezbollah keeps "
        "its weapons. In the southern suburbs, many families have paid to repair their own "
        "homes, while others rely on rent allowances from Hezbollah-affiliated institutions that "
        "have been cut in recent months. “We patched the walls with our savings. There is "
        "nothing left for the windows,” said a shop owner in Haret Hreik.",
        "economy",
    ),
    # L'Orient Today, 2025
    (
        "Joseph Aoun elected president in second round, ending 26-month vacuum",
        "Army commander Joseph Aoun was elected president of Lebanon on Thursday in the second "
        "round of voting in Parliament, with 99 votes out of 128, ending a vacancy in the post "
        "that had lasted more than two years. In the first round, Aoun fell short of the 86 "
        "votes needed, after Hezbollah and Amal lawmakers cast blank ballots; they voted for him "
        "in the second round after a meeting with his representatives during the break. In his "
        "inaugural speech, Aoun pledged to assert the state's right to a monopoly on weapons, to "
        "rebuild what Israel destroyed in the South, the Bekaa and the southern suburbs, and to "
        "implement the ceasefire agreement. He also promised an independent judiciary and "
        "reforms to pull the country out of its economic crisis. French, Saudi and US envoys had "
        "pushed for weeks for his election, which many lawmakers saw as a condition for "
        "international aid. Residents of his hometown, Aishiyeh, danced in the streets and "
        "handed out sweets after the vote. Parliament Speaker Nabih Berri said the election "
        "opened “a new page” for the country. Consultations to name a prime minister are "
        "expected to begin next week.",
        "politics",
    ),
    # L'Orient Today, 2025
    (
        "Port blast probe: Bitar questions former officials as families gather outside Justice Palace",
        "Judicial investigator Tarek Bitar on Friday questioned two former ministers and a "
        "former head of General Security over the explosion at the Port of Beirut on Aug 4, "
        "2020, which killed more than 220 people and wounded thousands. The hearings, the first "
        "in more than two years, took place after the new government lifted the obstacles that "
        "had frozen the investigation, including lawsuits filed by officials against the judge. "
        "Families of the victims, holding photographs of their relatives, gathered outside the "
        "Palace of Justice from the early morning, chanting slogans in support of Bitar. “We "
        "have waited four and a half years for someone to sit in front of the judge,” said the "
        "sister of a firefighter killed in the blast. The explosion was caused by hundreds of "
        "tonnes of ammonium nitrate that had been stored in a port warehouse for years without "
        "adequate safety measures. Bitar is expected to issue his indictment in the coming "
        "months, according to judicial sources, though it is unclear whether officials who "
        "refuse to appear will be prosecuted. Justice Minister Adel Nassar said the government "
        "would respect the independence of the judiciary and provide the judge with the "
        "protection he needs.",
        "accident",
    ),
    # Haaretz, 2025
    (
        "Tens of thousands rally in Tel Aviv's Hostages Square, demand deal to bring them all home",
        "Tens of thousands of Israelis rallied on Saturday night in Tel Aviv's Hostages Square "
        "and in dozens of other locations across the country, calling on the government to reach "
        "a comprehensive deal with Hamas that would bring home all the remaining hostages and "
        "end the war. Relatives of hostages addressed the crowd from a stage facing the Tel Aviv "
        "Museum of Art, many of them holding photographs and yellow ribbons. “Every day that "
        "passes is a day my son might not survive,” said the mother of one of the hostages. The "
        "Hostages and Missing Families Forum said the rally was among the largest since the "
        "start of the war, and organisers put attendance at more than 100,000. After the rally, "
        "a group of protesters marched to the Begin Road and briefly blocked traffic before "
        "police cleared the road. Police said three people were detained for refusing to leave "
        "the road, and the rally otherwise ended without incident. Smaller rallies were held in "
        "Jerusalem, Haifa, Be'er Sheva and outside the homes of several cabinet ministers. "
        "Government ministers have accused the organisers of playing into Hamas's hands, while "
        "opposition leaders joined the crowd in Tel Aviv.",
        "protest",
    ),
    # The Times of Israel, 2025
    (
        "IDF to send 54,000 draft orders to Haredi men as coalition crisis deepens",
        "The Israel Defense Forces will begin sending draft orders to 54,000 ultra-Orthodox men "
        "in the coming weeks, the military told the High Court of Justice on Sunday, in the "
        "largest attempt so far to enlist members of the community. The IDF said it needed some "
        "12,000 additional combat soldiers because of the strain on reservists after nearly two "
        "years of war, and that the orders would be issued in stages starting with men aged 18 "
        "to 24 who are not enrolled in yeshivas. Chief of Staff Eyal Zamir told lawmakers last "
        "month that the shortage was the most serious manpower problem the army had faced in "
        "decades. The Haredi parties United Torah Judaism and Shas have threatened to leave the "
        "coalition unless the Knesset passes a law that exempts yeshiva students from service. "
        "Hundreds of Haredi men blocked Route 4 near Bnei Brak for about two hours on Sunday "
        "evening in protest, before police cleared the road. Leading rabbis have instructed "
        "young men not to report to recruitment offices. The Attorney General's office has said "
        "that men who ignore draft orders will be declared deserters and could face arrest at "
        "border crossings. Opposition leader Yair Lapid said the government was “trading the "
        "safety of soldiers for coalition survival”.",
        "military",
    ),
    # Haaretz, 2025
    (
        "'No Other Land' wins Oscar; culture minister calls it 'a sad moment for cinema'",
        "“No Other Land”, a documentary made by a collective of Palestinian and Israeli "
        "filmmakers about the demolition of homes in Masafer Yatta, won the Academy Award for "
        "best documentary feature in Los Angeles on Sunday night. The film follows Basel Adra, a "
        "young activist from the South Hebron Hills, as he documents the destruction of his "
        "community, and his friendship with the Israeli journalist Yuval Abraham. “About five "
        "months ago, I became a father. My hope to my daughter is that she will not have to live "
        "the same life I am living now,” Adra said as he accepted the award alongside his "
        "co-directors. Abraham called on the United States to help find “a political solution "
        "without ethnic supremacy”. Culture Minister Miki Zohar called the win “a sad moment for "
        "the world of cinema” and said the film distorted Israel's image. The documentary, which "
        "won the Berlinale's documentary prize last year, has no distributor in the United "
        "States and has not been screened in Israeli commercial cinemas. In Tel Aviv, a few "
        "dozen people watched the ceremony in a bar in Jaffa, and some cheered when the winner "
        "was announced. The film's directors said they would hold screenings in the West Bank "
        "and in Israeli community centres in the coming months.",
        "entertainment",
    ),
    # The Times of Israel, 2025
    (
        "At Nova festival site, thousands mark two years since October 7 massacre",
        "Thousands of people gathered at the site of the Nova music festival near Kibbutz Re'im "
        "on Tuesday to mark two years since the Hamas-led onslaught of October 7, 2023, in which "
        "some 1,200 people were killed and 251 were taken hostage into Gaza. At 6:29 in the "
        "morning, the moment the first rockets were fired that day, the crowd stood in silence "
        "among the hundreds of poles bearing photographs of the 378 people killed at the "
        "festival and its surroundings. Bereaved parents lit candles and laid flowers, and a few "
        "survivors played music from the festival's final set on portable speakers. “I come here "
        "to dance for her, because she can't,” said a woman whose younger sister was killed near "
        "the bar area. The official state ceremony, which bereaved families boycotted last year, "
        "was replaced this year by a recorded broadcast, while families organized their own "
        "memorial in Tel Aviv's Park HaYarkon. President Isaac Herzog visited kibbutzim in the "
        "Gaza border area and met residents who have returned to their homes. Tree-planting "
        "ceremonies were held at several communities that were attacked. The Nova Tribe "
        "Community said it would open a permanent memorial and education centre at the site next "
        "year.",
        "history",
    ),
    # Haaretz, 2025
    (
        "Arab community marks grim record as murders pass 200 for the year",
        "The killing of a 31-year-old man in Tamra on Sunday night brought the number of Arab "
        "citizens murdered in Israel this year to 201, surpassing the record set in 2023, "
        "according to the Abraham Initiatives, which monitors violence in Arab society. The man "
        "was shot dead in his car near his home, police said, adding that they had opened an "
        "investigation and that the motive was believed to be linked to a dispute between "
        "criminal organizations. Most of the victims this year were shot, many of them in feuds "
        "over protection rackets, loan sharking and control of public tenders in local "
        "authorities. Police have solved fewer than 10 percent of the murders in Arab "
        "communities this year, compared with more than half in Jewish communities, according to "
        "figures presented to the Knesset. Arab mayors declared a general strike on Monday, "
        "closing schools and municipal offices, and accused National Security Minister Itamar "
        "Ben-Gvir of abandoning their communities. Ben-Gvir said police were acting with "
        "determination and blamed the courts for releasing suspects. “My son was killed by "
        "mistake, because he was standing next to the wrong person,” said a mother from Umm "
        "al-Fahm whose 19-year-old son was shot in June. Several Arab lawmakers called for the "
        "army and the Shin Bet to be brought in, a demand the attorney general has opposed.",
        "crime",
    ),
    # Radio Okapi, 2025
    (
        "Kinshasa: torrential rains kill at least 33, N'djili river bursts its banks",
        "At least 33 people died in Kinshasa after torrential rains fell overnight from Friday "
        "to Saturday, the provincial government announced. The N'djili river burst its banks, "
        "flooding neighbourhoods in the communes of Matete, Limete, Kisenso and N'djili and "
        "cutting off the Boulevard Lumumba, the main road to the international airport. “The "
        "water reached the ceiling in less than an hour. We lost everything,” said a mother of "
        "five in Matete. The provincial governor said the victims had drowned, been electrocuted "
        "or were buried when walls collapsed, and that search teams were still looking for "
        "missing people. Hundreds of families whose houses were flooded have taken refuge in "
        "schools and churches, according to local officials. The Minister of Social Affairs "
        "announced the distribution of food kits and mats to the affected households. The "
        "Mettelsat weather agency has forecast more heavy rains in the coming days.",
        "disaster",
    ),
    # Actualite.cd, 2025
    (
        "Washington: DRC and Rwanda sign peace agreement, Kinshasa hails 'a turning point'",
        "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace "
        "agreement in Washington on Friday in the presence of US Secretary of State Marco Rubio, "
        "after weeks of negotiations mediated by the United States and Qatar. The agreement "
        "provides for respect for the territorial integrity of both countries, the lifting of "
        "Rwanda's so-called defensive measures and the neutralisation of the FDLR, a Rwandan "
        "Hutu armed group based in eastern Congo. It also provides for a joint security "
        "coordination mechanism to be set up within 30 days and for a regional economic "
        "integration framework covering minerals, energy and infrastructure. Congolese Foreign "
        "Minister Thérèse Kayikwamba Wagner described the text as “a turning point”, but said "
        "its success would depend on its implementation on the ground. Her Rwandan counterpart, "
        "Olivier Nduhungirehe, said the agreement must address the root causes of insecurity in "
        "the region. The AFC/M23 rebels, who are not party to the Washington agreement, are "
        "holding separate talks with Kinshasa in Doha. In Kinshasa, several opposition figures "
        "and civil society organisations criticised the agreement, saying it gives the United "
        "States privileged access to Congolese minerals without guaranteeing justice for "
        "victims. President Félix Tshisekedi is expected to travel to Washington for an official "
        "signing ceremony with President Paul Kagame.",
        "peace",
    ),
    # Radio Okapi, 2025
    (
        "Leopards beat Nigeria on penalties to reach intercontinental play-off",
        "The Leopards of the DRC qualified on Sunday for the intercontinental play-off for the "
        "2026 World Cup after beating the Super Eagles of Nigeria 4-3 on penalties in Rabat, "
        "following a 1-1 draw after extra time. Nigeria opened the scoring in the first half, "
        "but the Leopards equalised before the break through a shot from outside the box that "
        "beat the goalkeeper at the near post. Sébastien Desabre's men dominated the second half "
        "and extra time, with their attack repeatedly breaking through the Nigerian defence, but "
        "could not find the winner. Goalkeeper Lionel Mpasi saved two penalties in the shoot-out "
        "before Chancel Mbemba scored the decisive kick. In Kinshasa, thousands of supporters "
        "poured into the streets of Gombe, Bandalungwa and Lemba after the final whistle, "
        "dancing and waving flags until late in the night. The Minister of Sports congratulated "
        "the players and promised a reception at the Palais du Peuple. The Leopards, who last "
        "played in a World Cup in 1974 as Zaire, will play the intercontinental play-off in "
        "Mexico in March. Several players dedicated the qualification to the people of the east "
        "of the country, whom they said were living through “a very difficult period”.",
        "sport",
    ),
]
