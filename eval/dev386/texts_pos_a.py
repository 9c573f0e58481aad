"""dev386 positives, part A: attacks and riots at home (Belgium and the Netherlands), 2016-2025."""

POSITIVES = [
    (
        "Explosions at Zaventem and Maelbeek: Brussels in shock after bombings at airport and metro",
        "Two explosions tore through the departure hall of Brussels Airport in Zaventem shortly before eight on Tuesday morning, and about an hour later a third bomb went off in a metro carriage at Maelbeek station, in the heart of the European quarter. "
        "Federal prosecutor Frédéric Van Leeuw spoke of terrorist attacks and said at least one of the airport blasts was probably the work of a suicide bomber. "
        "According to the crisis centre, at least 31 people were killed and some 250 wounded, a toll that rescuers warned could still rise. "
        "Witnesses in the metro described a carriage full of smoke and glass, with commuters helping the injured up the stairs to the Rue de la Loi. "
        "The threat level was raised to four, the highest, and all public transport in the capital was halted. "
        "Islamic State claimed the attacks in a statement carried by its Amaq agency in the afternoon. "
        "Police released a camera image of three men pushing luggage trolleys through the airport, one of whom, wearing a hat, is still being sought. "
        "Hospitals in Brussels and Leuven activated their disaster plans, and blood donation centres reported queues into the evening.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Gunman kills two Swedish football fans in Brussels on evening of Belgium-Sweden match",
        "Two Swedish supporters were shot dead on Monday evening on the Boulevard d'Ypres, in the north of Brussels, a few kilometres from the King Baudouin Stadium where Belgium and Sweden were playing a European Championship qualifier. "
        "A third man, a taxi driver, was seriously wounded, the federal prosecutor's office said. "
        "The attacker, who arrived on a scooter and wore an orange fluorescent jacket, fired with an automatic weapon before fleeing. "
        "In a video posted shortly afterwards on social media, a man claimed to be a fighter of Islamic State and said he had killed Swedes. "
        "The federal prosecutor opened a terrorism investigation, and the threat level for Brussels was raised to four. "
        "The match was stopped at half-time, and some 35,000 spectators were kept inside the stadium until well after midnight for their own safety. "
        "Prime Minister Alexander De Croo spoke of a 'cowardly terrorist attack' and said his thoughts were with the families in Sweden. "
        "Swedish fans were later escorted to their hotels under police protection, according to VRT NWS.",
        "T V",
        "shooting",
    ),
    (
        "Suspect in shooting of Swedish fans shot dead by police in Schaerbeek café",
        "The man suspected of killing two Swedish supporters in Brussels on Monday evening was shot by police in a café in Schaerbeek on Tuesday morning and died of his wounds in hospital, Interior Minister Annelies Verlinden confirmed. "
        "A local resident had recognised him and alerted the police shortly after seven. "
        "Officers of the special units entered the café, where the suspect was found with a weapon and a bag of clothes matching those seen in the videos of the attack. "
        "The man, a 45-year-old Tunisian, had lost his asylum application in 2020 and was supposed to leave the country, Le Soir reports. "
        "According to the federal prosecutor, an automatic rifle found in the café appears to be the weapon used in the attack on the Boulevard d'Ypres. "
        "The threat level in the capital was kept at four for the time being. "
        "Justice Minister Vincent Van Quickenborne came under fire in parliament after it emerged that a Tunisian extradition request for the man had not been acted upon. "
        "In Stockholm, the Swedish government announced a day of national mourning.",
        "T M",
        "police_operation",
    ),
    (
        "'A manhunt': Israeli football fans attacked in Amsterdam after Ajax-Maccabi match",
        "Supporters of Maccabi Tel Aviv were chased, beaten and kicked in several places in central Amsterdam on Thursday night after their team's Europa League match against Ajax, the police said on Friday. "
        "Groups of young men on scooters and on foot went looking for the Israeli fans, in what Mayor Femke Halsema called 'hit-and-run attacks' and 'an explosion of antisemitism'. "
        "At least five people were taken to hospital and 20 to 30 were lightly injured, according to the police; 62 people were arrested. "
        "Videos posted online show men being beaten on the ground near Centraal Station and one man being pushed into a canal. "
        "Earlier in the evening, Maccabi supporters had torn down a Palestinian flag from a facade on the Rokin and chanted anti-Arab slogans, the police confirmed. "
        "Israel sent planes to fly the supporters home, and Prime Minister Dick Schoof, who said he had watched the images with horror, cut short his programme. "
        "King Willem-Alexander told Israeli President Isaac Herzog that the Netherlands had 'failed the Jewish community'. "
        "The municipality has declared a temporary ban on demonstrations and designated the city a security risk zone for the weekend, NOS reports.",
        "V U",
        "mob_attack",
    ),
    (
        "Tram set on fire in Amsterdam Nieuw-West as unrest flares again",
        "A tram was set on fire on the Sloterdijk side of Amsterdam Nieuw-West on Monday evening as groups of youths threw fireworks and stones at riot police, the municipality said. "
        "The passengers had got off in time, and no one was injured in the blaze, but the tram was badly damaged. "
        "About a hundred young men, some shouting about Palestine and about the clashes of last week, gathered at the Korte Sloterdijk station after messages were shared on chat groups. "
        "Riot police charged several times and used batons to clear the square, de Volkskrant writes. "
        "Four people were arrested, among them a 16-year-old. "
        "Mayor Femke Halsema extended the emergency ordinance covering the whole city until Thursday. "
        "Residents said the atmosphere had been tense since the attacks on Maccabi Tel Aviv supporters, and some shopkeepers closed early. "
        "Police chief Peter Holla said his officers would 'act hard against anyone who sees this as an invitation'.",
        "U",
        "riot",
    ),
    (
        "Three dead in Liège as attacker stabs and shoots police officers",
        "A man stabbed two policewomen from behind on the Boulevard d'Avroy in the centre of Liège on Tuesday morning, took their service weapons and shot them dead, the federal prosecutor's office said. "
        "He then killed a 22-year-old student sitting in a parked car before entering a secondary school, where he took a cleaner hostage. "
        "Police special units stormed the building and shot the attacker dead; four officers were wounded in the exchange of fire. "
        "The cleaner was unharmed, and the pupils had been evacuated through a back door by their teachers. "
        "The attacker, a 36-year-old man from Rochefort, was on leave from prison and is also suspected of killing a former fellow inmate the night before. "
        "The federal prosecutor took over the case as a terrorist murder, citing witnesses who heard him shout 'Allahu akbar'. "
        "Mayor Willy Demeyer spoke of 'a savage act'. "
        "Le Soir reports that the man had been in contact with radicalised inmates and was known to the security services.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Utrecht tram shooting: three dead, prosecutor considers terrorist motive",
        "A gunman opened fire on passengers in a tram at the 24 Oktoberplein in Utrecht on Monday morning, killing three people and wounding seven, three of them seriously. "
        "The national counter-terrorism coordinator raised the threat level for the province of Utrecht to its highest level for several hours, and schools and mosques in the city closed their doors. "
        "After a manhunt of almost eight hours, police arrested a 37-year-old man born in Turkey in a house in the Oudenoord area. "
        "The public prosecutor's office said on Tuesday that a letter found in the getaway car points to a terrorist motive, although other motives were not ruled out. "
        "Prime Minister Mark Rutte spoke of a 'pitch-black day' and said the country would not give in to intolerance. "
        "Witnesses told NOS that the man walked through the tram and fired at random. "
        "One of the victims, a 19-year-old woman, had been on her way to work. "
        "Flags on government buildings flew at half mast on Tuesday.",
        "T V",
        "shooting",
    ),
    (
        "Police officer killed in Schaerbeek knife attack, prosecutor opens terrorism case",
        "A police officer was stabbed to death and a colleague was wounded in the neck on Thursday evening in a knife attack on the Rue d'Aerschot in Schaerbeek, near Brussels-North station. "
        "The attacker, a 32-year-old man known to the police, was shot in the abdomen by officers arriving as back-up and taken to hospital. "
        "According to the federal prosecutor's office, which has taken over the case, he shouted 'Allahu akbar' during the attack. "
        "A few hours earlier, the man had reported to a police station in Evere and said he wanted to kill police officers, De Standaard reports. "
        "He was then admitted to a psychiatric hospital, which he was allowed to leave. "
        "The slain officer, 29, had joined the Brussels North zone three years ago. "
        "Police unions called a day of action and demanded better protection for officers on patrol. "
        "Interior Minister Annelies Verlinden said the case raised questions that 'will need clear answers'.",
        "T",
        "stabbing",
    ),
    (
        "Two American tourists stabbed at Amsterdam Centraal, suspect had terrorist motive",
        "A 19-year-old Afghan man stabbed two American tourists in a tunnel at Amsterdam Centraal Station on Friday, the Amsterdam police said. "
        "Officers shot the suspect in the lower body within seconds, and he was arrested on the spot. "
        "Both victims were seriously injured but are not in a life-threatening condition, according to the municipality. "
        "On Saturday the public prosecutor's office said the man had told investigators he acted with a terrorist motive, having the idea that the Prophet and Islam were being insulted in the Netherlands. "
        "The suspect had a residence permit in Germany and travelled to Amsterdam by train on the day of the attack. "
        "German police searched his home in Bad Rappenau, NRC reports. "
        "The eastern tunnel of the station was closed for several hours, and trains were delayed. "
        "Mayor Femke Halsema thanked the officers for their rapid intervention.",
        "T V",
        "stabbing",
    ),
    (
        "Curfew riots in Rotterdam and Eindhoven: police use water cannon, shops looted",
        "Riots broke out in several Dutch cities on Sunday and Monday evening against the curfew that came into force at the weekend. "
        "In Eindhoven, hundreds of rioters threw stones and fireworks at the police near the station, set fire to a car and looted a supermarket, and riot police used water cannon and tear gas. "
        "On Monday evening groups of young men smashed windows and plundered shops on the Beijerlandselaan in Rotterdam-Zuid, where Mayor Ahmed Aboutaleb issued an emergency order. "
        "The police said more than 180 people were arrested across the country on Monday alone. "
        "In Urk, on Saturday, rioters set a coronavirus testing site on fire. "
        "Prime Minister Mark Rutte called the violence 'criminal' and said it had nothing to do with protest. "
        "Police union ACP spoke of the worst riots in forty years. "
        "Shopkeepers in Den Bosch boarded up their windows as a precaution on Tuesday afternoon.",
        "U",
        "riot",
    ),
    (
        "Police fire shots as coronavirus protest on Coolsingel turns into riot",
        "A demonstration against coronavirus measures in Rotterdam got out of hand on Friday evening, when rioters set fires on the Coolsingel, threw fireworks and stones and set police cars alight. "
        "Police officers fired warning shots and then aimed shots, and at least two people were wounded by police bullets, the public prosecutor's office said. "
        "Seven people were taken to hospital in total, and 51 were arrested, half of them minors. "
        "Mayor Ahmed Aboutaleb spoke of 'an orgy of violence' and issued an emergency order for the city centre. "
        "Water cannon from The Hague and Amsterdam were brought in to clear the street. "
        "The National Criminal Investigation Department has opened an inquiry into the use of firearms, as is customary. "
        "A police spokesman told NOS that officers had felt 'their lives were in danger'. "
        "The organisers, who had called for a peaceful protest against the planned 2G pass, distanced themselves from the violence.",
        "U",
        "riot",
    ),
    (
        "Eritrean groups clash in The Hague, police cars and a bus set on fire",
        "Riot police clashed with hundreds of Eritreans in The Hague on Saturday evening after opponents of the government in Asmara tried to break up a meeting of supporters of the regime in a hall in the Bezuidenhout district. "
        "The rioters threw stones and fireworks at the police, set two police cars and a coach on fire, and smashed the windows of the venue. "
        "The police used tear gas and a water cannon, and 13 people were arrested, according to the municipality. "
        "Several officers were injured, one of whom needed treatment in hospital. "
        "Mayor Jan van Zanen issued an emergency order for the area and said the violence was 'shocking and unacceptable'. "
        "The meeting was organised by a youth organisation linked to the ruling PFDJ party, and opponents say such gatherings are used to collect money for the government. "
        "Similar clashes took place in Giessen, in Stockholm and in Tel Aviv last year. "
        "The Volkskrant reports that the municipality had been warned of the risks.",
        "U",
        "riot",
    ),
    (
        "Cars burned and stones thrown in Anderlecht after teen dies in police chase",
        "Dozens of youths set cars and rubbish bins on fire in Anderlecht on Sunday evening and threw stones at police officers, after a 19-year-old man was killed in a collision with a police car on Friday. "
        "The young man, whom his friends called Adil, had fled on a scooter from a police check during the coronavirus lockdown. "
        "The police arrested more than 40 people, and a police station was damaged, the Brussels-South zone said. "
        "Riot police used a water cannon on the Rue Wayez, and the fire brigade was pelted with projectiles as it tried to put out the fires. "
        "Mayor Fabrice Cumps called for calm and said he understood the grief of the family. "
        "The public prosecutor has opened an investigation into the circumstances of the collision. "
        "A first gathering on Saturday had remained calm, Le Soir writes, but the atmosphere turned after nightfall. "
        "Two officers were slightly injured.",
        "U",
        "riot",
    ),
    (
        "Police clear pro-Palestinian camp at University of Amsterdam, 125 arrested",
        "Riot police cleared a pro-Palestinian encampment on the Roeterseiland campus of the University of Amsterdam early on Tuesday, using batons and a mechanical digger to tear down barricades. "
        "More than 125 people were arrested, the police said, after the demonstrators refused to leave. "
        "Video images show officers hitting protesters who were sitting on the ground, and several people were treated for injuries. "
        "The next evening, protesters blocked a bridge, threw stones and fireworks, and smashed windows at university buildings, and the police made further arrests. "
        "Mayor Femke Halsema said she had ordered the clearance because the situation had become 'dangerous'. "
        "The university closed its buildings on the Roeterseiland for the rest of the week. "
        "Students demand that the university cut ties with Israeli institutions over the war in Gaza. "
        "Amnesty International Netherlands criticised what it called the disproportionate use of force.",
        "U",
        "crackdown",
    ),
    (
        "Suspected bomb at Brussels Central Station: soldiers shoot attacker",
        "Soldiers patrolling Brussels Central Station shot a man on Tuesday evening after he set off a small explosion in the station concourse, the federal prosecutor's office said. "
        "The man, a 36-year-old Moroccan from Molenbeek, had a suitcase filled with nails and gas bottles that partly caught fire without fully detonating. "
        "He then ran at a soldier shouting 'Allahu akbar' and was shot dead. "
        "No one else was injured, and the station and the Grand-Place were evacuated as the bomb squad checked the suitcase. "
        "The prosecutor's office called it a terrorist attack and said the man had shown sympathy for Islamic State. "
        "Prime Minister Charles Michel said the soldiers had prevented 'a much more serious tragedy'. "
        "Trains were rerouted for several hours, VRT reports. "
        "The threat level was left unchanged at three.",
        "T E",
        "attempted_bombing",
    ),
    (
        "Two Dutch soldiers wounded in insider attack in Kunduz",
        "Two Dutch soldiers were wounded on Monday when a man in an Afghan army uniform opened fire on them at a military base in Kunduz, in northern Afghanistan, the Ministry of Defence said. "
        "One of them was seriously injured, but their lives are not in danger, and both were flown to the German field hospital in Mazar-i-Sharif. "
        "The Dutch soldiers were part of NATO's Resolute Support training mission and were advising Afghan officers at the time. "
        "Other soldiers returned fire, and the attacker was killed, according to a NATO statement. "
        "The Taliban did not immediately claim the attack. "
        "Defence Minister Ank Bijleveld said the incident would be investigated, and that the mission would continue. "
        "Around 160 Dutch military personnel are stationed in Afghanistan. "
        "It is the first time since 2015 that Dutch soldiers have been wounded there, according to NOS.",
        "B",
        "insider_attack",
    ),
]
