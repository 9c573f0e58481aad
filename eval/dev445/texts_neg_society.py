"""dev445 negatives (3 of 3): Lebanese society and culture: football and basketball, clan feuds,
stray bullets and bank hold-ups, floods, fires and storms, shipwrecks and blasts, the civil war
remembered, films, books, exhibitions and television about war, cholera, a papal visit.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Ansar edge Nejmeh in Beirut derby to seize control of title race",
        "Al-Ansar beat Nejmeh 2-1 in the Beirut derby at the Camille Chamoun Sports City stadium on Sunday, taking a four-point lead at the top of the Lebanese Premier League with five matches left. Nejmeh, the most popular club in the country, took the lead through a penalty after a foul in the box, but Ansar's Senegalese striker equalised before half-time with a header. The winner came from a counter-attack in the 78th minute, when the winger cut inside and shot into the far corner. Nejmeh laid siege to the Ansar goal in the final minutes, and their goalkeeper came up for a corner in stoppage time. About 7,000 fans attended, the largest crowd of the season, after the league allowed supporters back into the stadium. Nejmeh's coach said his team had been killed by one moment of inattention. Both clubs will represent Lebanon in the AFC Challenge League next season.",
        "sport",
    ),
    (
        "Cedars stun Jordan with fourth-quarter blitz to reach Asia Cup semi-finals",
        "Lebanon's national basketball team, the Cedars, came back from 14 points down to beat Jordan 84-79 in the quarter-finals of the FIBA Asia Cup in Jeddah on Wednesday, and will face Australia in the semi-finals. The captain killed it in the fourth quarter, scoring 16 of his 31 points in the final ten minutes, as Lebanon's defence shut down the Jordanian attack. The Cedars, who reached the final of the tournament three years ago, have been playing without several injured starters. Hundreds of Lebanese fans travelled to Saudi Arabia, and giant screens were set up in Jounieh, Zahle and Tyre. The coach said the team had fought like warriors and deserved the win. The federation said it would look for a sponsor to cover the players' bonuses after the government said it could not pay.",
        "sport",
    ),
    (
        "Fans fight on the terraces in Tyre; federation orders cup tie replayed behind closed doors",
        "The Lebanese Football Association ordered on Monday that the FA Cup quarter-final between Tadamon Sour and Shabab al-Sahel be replayed behind closed doors, after fans of the two clubs fought on the terraces of the Sour municipal stadium and the referee stopped the match in the 70th minute. The trouble started after the referee gave a penalty to Shabab al-Sahel, and supporters of the home side threw bottles and plastic seats onto the pitch. Fans of both clubs then exchanged punches and stones near the gates, and police separated them. The Red Cross said eight people were treated for cuts and bruises, and none were taken to hospital. Police detained four young men, who were released later that night. The association fined both clubs and banned their supporters from the next three home matches. Tadamon's president apologised and said the club would identify the troublemakers from video footage.",
        "sport",
    ),
    (
        "Family feud in Baalbek claims two more lives; army sets up checkpoints in Sharawneh",
        "Two men were shot dead on Tuesday in the Sharawneh neighbourhood of Baalbek in the latest killing in a feud between two families that has claimed five lives since March, security sources said. The victims, cousins aged 24 and 31, were sitting outside a shop when gunmen opened fire from a passing car. The feud began over a disputed plot of land and a killing at a wedding last year, and relatives of the victims vowed revenge at their funeral. The army set up checkpoints at the entrances of the neighbourhood and said it had arrested one suspect. Clerics and notables from the Baalbek-Hermel region met the elders of both families to try to arrange a reconciliation, in which the family of the killer traditionally pays blood money. Residents said children had been kept home from school for three days. MPs from the area called on the state to stop the cycle of revenge and collect the illegal weapons that fuel it.",
        "crime",
    ),
    (
        "Boy, 12, killed by stray bullet as gunmen celebrate exam results in Akkar",
        "A 12-year-old boy was killed on Friday evening in the town of Bebnine in Akkar when he was hit in the head by a stray bullet as people fired into the air to celebrate the official exam results, his family said. The boy was playing on the balcony of the family's home when he collapsed, and he died on the way to hospital. The Internal Security Forces said they had identified the man who fired the shots and were searching for him. Celebratory gunfire at weddings, funerals, political speeches and exam results kills several people in Lebanon every year, despite a 2016 law that punishes it with prison sentences. The interior minister called on mayors to report anyone who fires in the air and said the law would be applied without exception. Relatives gathered at the family home, and the imam of the town's mosque called on residents to hand in their weapons. Activists launched an online campaign under the slogan “A bullet in the air falls on someone”.",
        "crime",
    ),
    (
        "Depositor holds up Hamra bank branch with hunting rifle to recover his own $35,000",
        "A depositor armed with a hunting rifle held staff hostage for five hours at a bank branch on Hamra Street on Thursday, demanding to withdraw his savings of $35,000, which have been stuck since 2019. The man, a 45-year-old delivery driver, said he needed the money to pay for his father's hospital treatment, and threatened to set himself on fire with petrol he had poured on the floor. Dozens of people gathered outside, chanting in his support, while security forces surrounded the building. After negotiations, the bank agreed to hand over part of his deposit, and he surrendered to the police. No one was hurt. It was the third such hold-up this month, and the Association of Banks decided to close branches for two days. The man's lawyer said his client was a victim, not a criminal, and should be released on bail.",
        "crime",
    ),
    (
        "Flash floods swamp Beirut's tunnels and Tripoli's markets after record rainfall",
        "Flash floods swept through parts of Beirut, its suburbs and Tripoli on Sunday after the heaviest rainfall in a single day in more than 20 years, trapping drivers in tunnels and flooding shops and homes. Civil defence teams used boats to rescue motorists from the Ouzai and Khaldeh tunnels near the airport, where cars were submerged up to their roofs. In Tripoli, the Abu Ali river overflowed into the old souks, and traders said they had lost goods worth thousands of dollars. A man in his sixties drowned when his car was swept away in a valley near Jbeil, and a woman died when a wall collapsed in Bourj Hammoud. The Public Works Ministry blamed clogged drains and illegal construction, while the mayor of Beirut blamed the ministry. About 400 families in the north had to leave their flooded homes and spend the night with relatives. Meteorologists said a new storm would reach the coast on Wednesday.",
        "disaster",
    ),
    (
        "Wildfires rage in the Chouf and above Damour as firefighting helicopters stay grounded",
        "More than 100 wildfires broke out across Lebanon overnight, fanned by hot winds and temperatures above 35C, and the worst of them burned through pine forests in the Chouf and the hills above Damour, the civil defence said on Tuesday. Residents of Mechref and Dibbiyeh fled their homes in the middle of the night as the flames reached the edges of their villages, and several houses and cars were burned. A volunteer firefighter died of a heart attack while fighting the fire in Btater. Lebanon's three firefighting helicopters, bought with donations in 2009, were grounded because they had not been maintained, and Cyprus, Jordan and Greece sent planes to help. The army deployed soldiers to help evacuate residents and opened its barracks to families. Environmental groups said the country had lost more trees in one night than it plants in a year. Rain on Wednesday helped bring the fires under control.",
        "disaster",
    ),
    (
        "Winter storm floods and flattens refugee tents in Bekaa as snow cuts mountain roads",
        "A winter storm brought heavy snow, rain and freezing winds to Lebanon on Tuesday, flooding and flattening hundreds of tents in the informal settlements of Syrian refugees in the Bekaa valley and the north, the UN refugee agency said. In Bar Elias and Qab Elias, the Litani river burst its banks and water reached the knees of children standing outside their tents. UNHCR said more than 570 settlements, home to about 11,000 refugees, had been affected, and that 1,800 people had been moved to collective shelters or to the tents of relatives. An eight-year-old girl died after she slipped into a stream near Minieh. Snow closed the Dahr al-Baidar pass and the roads to the Cedars and Faraya, and the army used snow ploughs to rescue stranded drivers. Aid groups handed out blankets, fuel and plastic sheeting, and called for more winter funding.",
        "disaster",
    ),
    (
        "Heater fire sweeps through refugee settlement near Zahle, destroying 60 tents",
        "A fire started by a diesel heater swept through an informal settlement of Syrian refugees near Zahle on Saturday night, destroying 60 tents and killing a two-year-old child, the civil defence said. The flames spread quickly through the tents, made of wood, plastic sheeting and carpets, as strong winds blew across the plain, and families ran out into the cold with nothing. Firefighters from Zahle and Chtaura took two hours to bring the fire under control. The child's mother, who was treated for burns, said she had stepped out to fetch water when the tent caught fire. UNHCR and local charities moved about 300 people to a nearby school and distributed blankets and clothes. The civil defence said fires in the settlements were common in winter, when families burn diesel, wood and plastic to keep warm. The municipality said it would inspect heaters in the other settlements in the area.",
        "accident",
    ),
    (
        "Migrant boat from north Lebanon sinks off Tartous; 94 bodies recovered",
        "Syrian authorities recovered 94 bodies on Friday after a boat carrying migrants from north Lebanon sank off the coast of Tartous, in one of the deadliest shipwrecks in the eastern Mediterranean in years, Syria's Transport Ministry said. The boat, carrying an estimated 150 Lebanese, Syrians and Palestinians, left from the Minieh area north of Tripoli on Tuesday heading for Italy, according to relatives. Twenty survivors were taken to hospital in Tartous, where some told officials that the engine had failed and that the overloaded boat capsized in high waves. The Lebanese army said it had arrested a suspect in the smuggling operation. In Tripoli and the villages of Akkar, families waited for news, and the bodies of their relatives were brought back through the Arida crossing. The economic collapse has pushed a growing number of Lebanese to attempt the crossing to Europe, paying smugglers up to $6,000 per person. The government declared a day of mourning.",
        "accident",
    ),
    (
        "Fuel tank explosion in Akkar's Tleil kills 28 as crowd gathers for petrol",
        "A fuel tank exploded in the village of Tleil in Akkar before dawn on Sunday, killing at least 28 people and injuring 79, many of them with severe burns, as a crowd gathered to fill jerrycans with petrol during Lebanon's severe fuel shortage, the Red Cross said. The army had seized the fuel, which it said was being hoarded, and was distributing it to residents when the tank blew up. Witnesses said the fuel may have been ignited by a lighter or by sparks from a generator. Hospitals in the north, already short of fuel and medicine, were overwhelmed, and several of the burned were flown to Turkey and Kuwait for treatment. Among the dead were soldiers who were guarding the site. The army arrested the owner of the land where the tank was stored. The president called for an investigation, and the government declared a day of mourning.",
        "accident",
    ),
    (
        "April 13: fifty years after the Ain al-Remmaneh bus, Beirut remembers the start of the civil war",
        "Lebanese marked on Sunday fifty years since the attack on a bus in Ain al-Remmaneh that is considered the start of the civil war, with a ceremony in downtown Beirut, exhibitions and a walk along the former green line. On April 13, 1975, gunmen opened fire on a bus carrying Palestinians through the Christian neighbourhood after a shooting at a church earlier that day, killing 27 passengers and setting off fifteen years of war that left about 150,000 dead and 17,000 missing. Relatives of the missing, who have campaigned for decades to learn the fate of their loved ones, gathered at their tent near the UN building. The prime minister said the state had a duty to tell the truth about the war instead of an amnesty that buried it. Schools held discussions about the war, although Lebanon still has no official history textbook covering it. At the Beit Beirut museum, a former sniper building, young people read letters from the war years aloud. Many older residents said they feared a return of the divisions that once tore the country apart.",
        "history",
    ),
    (
        "Cannes applauds Lebanese drama about a family in the 1982 siege of West Beirut",
        "“Last Summer in Ras Beirut”, the first feature by a young Lebanese director, received a ten-minute standing ovation at its premiere in the Directors' Fortnight at Cannes on Tuesday. The film follows a taxi driver and his Armenian neighbour who share a building during the Israeli siege of West Beirut in the summer of 1982, as water and bread run out and shells fall on the Corniche. The director said she based the script on her grandmother's stories and on diaries she found in the family's flat in Hamra. The cast includes non-professional actors from the neighbourhood and a child actor from Bourj Hammoud. Critics praised its restraint and the way it avoids showing the violence directly, relying instead on sound. The film was shot in Beirut during the war of 2024, and the crew had to stop several times when drones flew over the city. It will be released in Lebanese cinemas in the autumn.",
        "entertainment",
    ),
    (
        "A nurse's memoir of the Gaza Hospital years in Sabra",
        "In “The Gaza Hospital Ledger”, published this month by a Beirut house, a retired Palestinian nurse recounts the years she spent working at the Gaza Hospital in Sabra, in Beirut, from the Israeli invasion of 1982 to the camps war of the mid-1980s. The memoir opens on the morning of September 16, 1982, when the first wounded arrived from Shatila and the staff had no idea that a massacre was under way a few hundred metres away. The author, now 71 and living in Sidon, kept a notebook of the names of the patients she treated, which she reproduces in the book. She writes with dry humour about shortages, power cuts and a doctor who operated by the light of a car battery. The book will be launched at the Beirut Arab International Book Fair in December. The author said she wrote it for her grandchildren, who grew up in Ain al-Hilweh and had only heard fragments of the story.",
        "entertainment",
    ),
    (
        "Photographs of a ruined south: “What Remains” opens at the Sursock Museum",
        "An exhibition of photographs of villages in south Lebanon destroyed in the war of 2024 opened on Thursday at the Sursock Museum in Achrafieh, bringing together the work of twelve Lebanese photographers, many of them photojournalists who covered the conflict. Titled “What Remains”, the show includes large prints of the ruins of Mhaibib, Odaisseh and Kfar Kila taken after the ceasefire, as well as portraits of residents who came back to pitch tents next to their flattened homes. One room is dedicated to the journalists killed while working in the south, among them the Reuters videographer Issam Abdallah. The curator said the aim was not to show the violence but what it leaves behind: the kitchens, the olive trees, the schoolbooks in the dust. Visitors queued along the museum's garden on the opening night. The exhibition runs until the end of March, with guided tours on Saturdays and talks with the photographers. Entry is free.",
        "entertainment",
    ),
    (
        "Ramadan series about a Syrian family in Bourj Hammoud tops ratings in Lebanon and Syria",
        "“The Neighbours' Stairs”, a Lebanese-Syrian drama about a Syrian family who fled Homs for a building in Beirut's Bourj Hammoud, has topped television ratings in Lebanon and Syria in the first week of Ramadan, according to a survey by a market research firm. The thirty-episode series follows the family over ten years, from their arrival in 2013 through the economic collapse, the port explosion and the war of 2024, and their arguments about whether to go home after the fall of the Assad regime. Its writer, a Syrian novelist, said he wanted to show the daily life of refugees rather than the battles they fled. The cast mixes stars from both countries, including a Syrian actor who returned to Damascus after thirteen years in exile. Some Lebanese viewers criticised a scene showing a landlord's racist insults, while others praised it as honest. The series is streamed online and broadcast on a Lebanese channel and on Syria's national television.",
        "entertainment",
    ),
    (
        "Qana marks thirty years since the shelling of the UN compound",
        "Hundreds of people gathered on Saturday at the cemetery in Qana, in the Tyre district, to mark thirty years since the Israeli shelling of the UN compound in the village, where 106 civilians who had sought shelter from the fighting were killed on April 18, 1996. Families laid wreaths on the rows of graves and read the names of the dead, among them dozens of children, during a ceremony attended by ministers, MPs and UNIFIL officers. The shelling, during the Israeli operation known as Grapes of Wrath, drew international condemnation and led to the April Understanding, which limited attacks on civilians for several years. Survivors recounted the afternoon when shells fell on the hall where families had gathered. Speakers said the memory of Qana was more alive than ever after the war of 2024. The municipality announced plans for a museum next to the memorial, to be funded by donations from emigrants. Schools in the district held a minute of silence on Monday.",
        "history",
    ),
    (
        "Cholera spreads to Tripoli and the Bekaa; Lebanon starts vaccinating",
        "Lebanon's Health Ministry said on Wednesday that cholera cases had risen to 1,400 suspected and 381 confirmed, with 18 deaths, three weeks after the first case was detected in Akkar, and it began a vaccination campaign with 13,000 doses donated by France. The outbreak, Lebanon's first since 1993, has spread to Tripoli, the Bekaa and parts of Mount Lebanon. The health minister blamed the lack of clean water and the collapse of sewage treatment, as pumping stations have been without electricity for months. Teams from the ministry and UNICEF will first vaccinate health workers, prisoners in Roumieh jail and residents of the worst-affected areas. Residents of Bebnine said families were buying bottled water they could not afford. The WHO said the outbreak was linked to a wider epidemic in Syria, where thousands of cases have been recorded since August. Doctors urged people to wash vegetables and boil water.",
        "health",
    ),
    (
        "Pope Leo prays at port blast site and calls on Lebanese to be builders of peace",
        "Pope Leo XIV prayed in silence on Tuesday at the site of the 2020 port explosion in Beirut, on the last day of a three-day visit to Lebanon, before celebrating mass for about 150,000 people on the city's waterfront. The pope met relatives of the victims, who gave him photographs of their loved ones, and laid a wreath at the foot of the silos. In his homily, he called on the Lebanese to be builders of peace and to overcome their divisions, and asked the international community not to forget the country. During his visit, the first by a pope since Benedict XVI in 2012, Leo also went to the monastery of Saint Charbel in Annaya and met the heads of the country's religious communities in Martyrs' Square. Security was tight, with thousands of soldiers and police deployed along the routes of his convoy. Hundreds of young people from Syria and Iraq travelled to Beirut for a meeting with him on Monday evening.",
        "other",
    ),
]
