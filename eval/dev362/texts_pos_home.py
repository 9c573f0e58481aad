"""dev362 positives: attacks and political violence in France, Belgium, Quebec and New Caledonia."""

POSITIVES = [
    (
        "Shootings in Paris: at least 120 dead, hostages killed at the Bataclan",
        "Paris lived through a night of horror on Friday, 13 November. Shortly after 9.20 p.m., "
        "three explosions were heard near the Stade de France in Saint-Denis, where France was "
        "playing Germany, and gunmen opened fire on the terraces of several bars and restaurants "
        "in the 10th and 11th arrondissements. At the Bataclan concert hall, where some 1,500 "
        "people had come to hear an American rock band, at least three armed men burst in and "
        "fired into the crowd before taking hostages. Police stormed the building shortly after "
        "midnight; the attackers blew themselves up or were shot dead. 'It was a bloodbath, they "
        "were reloading and firing again,' a survivor told Liberation, his shirt still stained. "
        "According to a police source, the toll stood at more than 120 dead early on Saturday, "
        "with around 200 people wounded, 80 of them seriously. The President of the Republic "
        "declared a state of emergency across the country and ordered the borders to be "
        "controlled. The anti-terrorist section of the Paris prosecutor's office has opened an "
        "investigation for murders in connection with a terrorist enterprise.",
        "T E V",
        "terror_attack",
    ),
    (
        "A truck drives into the crowd on the Promenade des Anglais after the 14 July fireworks",
        "The fireworks had just ended when a 19-tonne refrigerated lorry turned onto the "
        "Promenade des Anglais in Nice on Thursday evening. For almost two kilometres, the "
        "driver zigzagged deliberately into the families who had come to watch the show, before "
        "police officers shot him dead behind the wheel. At least 84 people were killed, "
        "including ten children and teenagers, according to the interior ministry, and dozens "
        "more are fighting for their lives in the hospitals of the Alpes-Maritimes. Witnesses "
        "describe bodies lying under white sheets every few metres along the seafront. A "
        "Tunisian-born resident of Nice, known to police for violence but not to the "
        "intelligence services, was identified from papers found in the cab. The anti-terrorist "
        "prosecutor took charge of the case during the night. On Friday morning the head of "
        "state announced that the state of emergency would be extended by three months and that "
        "reservists would be called up.",
        "T V",
        "ramming_attack",
    ),
    (
        "Arras: a teacher stabbed to death at a lycee, the anti-terrorist prosecutor seizes the case",
        "A teacher of French was killed and three other people were seriously wounded on Friday "
        "morning in a knife attack at the Gambetta-Carnot lycee in Arras (Pas-de-Calais). The "
        "attacker, a former pupil of the school aged 20 and of Russian origin from Ingushetia, "
        "was on a domestic intelligence watch list and had been under surveillance for several "
        "days. According to witnesses, he shouted 'Allahu akbar' as he went into the courtyard "
        "at the end of the lunch break. A security guard, a cleaning agent and a second teacher "
        "were hurt while trying to stop him; the man was arrested by police minutes later. The "
        "national anti-terrorist prosecutor's office (PNAT) opened an investigation for murder "
        "and attempted murder in connection with a terrorist enterprise. The government raised "
        "the Vigipirate plan to its highest level, 'urgence attentat', across the country. "
        "Three years almost to the day after the killing of Samuel Paty, the teaching world is "
        "again in shock.",
        "T V",
        "stabbing_attack",
    ),
    (
        "Explosions at Zaventem and in the Maelbeek metro: Brussels hit by attacks",
        "Belgium has been struck at its heart. At 7.58 a.m. on Tuesday, two explosions ripped "
        "through the departure hall of Brussels Airport in Zaventem, near the check-in desks of "
        "several airlines. An hour later, a third blast tore apart a carriage of a metro train "
        "as it left Maelbeek station, a few hundred metres from the European institutions. The "
        "provisional toll given by the federal prosecutor's office stands at 31 dead and some "
        "270 wounded. Islamic State claimed the attacks in the afternoon through its Amaq "
        "agency. 'People were screaming, there was blood everywhere, a man had lost his legs,' "
        "a passenger told Le Soir by telephone from the metro tunnel. The threat level was "
        "raised to 4, the maximum, the metro network closed and soldiers deployed at the "
        "capital's stations. Four days after the arrest of Salah Abdeslam in Molenbeek, "
        "investigators are searching for a third man seen on airport cameras pushing a luggage "
        "trolley.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "A history teacher beheaded near his school in Conflans-Sainte-Honorine",
        "A history and geography teacher was murdered on Friday afternoon near his school in "
        "Conflans-Sainte-Honorine (Yvelines), after showing caricatures of the Prophet in a "
        "class on freedom of expression. The attacker, an 18-year-old Russian of Chechen origin, "
        "was shot dead by police in the neighbouring town of Eragny after threatening officers "
        "with a knife and an airsoft gun. Samuel Paty, 47, had been the target for ten days of a "
        "campaign on social networks led by the father of a pupil and an Islamist activist. "
        "'He was killed because he taught,' the head of state said on the spot in the evening, "
        "denouncing 'a characteristic Islamist terrorist attack'. The national anti-terrorist "
        "prosecutor's office opened an investigation and nine people were taken into custody "
        "overnight, according to a judicial source. Tributes are planned on Sunday in several "
        "cities.",
        "T V",
        "terror_killing",
    ),
    (
        "Two Swedish supporters shot dead in Brussels before the Belgium-Sweden match",
        "Two Swedish football fans were killed and a third seriously wounded on Monday evening "
        "in central Brussels, a few hours before the Belgium-Sweden Euro 2024 qualifying match. "
        "A man on a scooter opened fire with an automatic rifle on boulevard d'Ypres, chasing "
        "his victims into the entrance hall of a building. In a video posted online, the gunman "
        "claimed to act in the name of Islamic State and said he had targeted Swedes. The "
        "federal prosecutor's office took charge of the investigation for terrorist murder and "
        "the threat level was raised to 4 in the Brussels region. The 43,000 spectators at the "
        "King Baudouin Stadium were kept inside for more than two hours while police hunted the "
        "attacker. The suspect, a Tunisian national whose asylum application had been rejected, "
        "was shot by police the next morning at a cafe in Schaerbeek and died of his wounds.",
        "T V",
        "shooting_attack",
    ),
    (
        "Three dead in a knife attack at the Notre-Dame basilica in Nice",
        "Three people were killed on Thursday morning at the Notre-Dame basilica in Nice, on "
        "avenue Jean-Medecin, by a man armed with a knife. The sacristan, a woman aged about "
        "60 and a 44-year-old mother of three who managed to flee to a nearby cafe before "
        "succumbing to her wounds were the victims. Municipal police officers arrived within "
        "minutes and shot and seriously injured the attacker, a 21-year-old Tunisian who had "
        "arrived in Europe via Lampedusa a few weeks earlier. The mayor of Nice spoke of "
        "'Islamo-fascism'. The anti-terrorist prosecutor's office has opened a case and the "
        "Vigipirate plan has been raised to its maximum level nationwide. The government "
        "announced that the number of soldiers of Operation Sentinelle would rise from 3,000 to "
        "7,000 to protect places of worship and schools ahead of All Saints' Day.",
        "T V",
        "stabbing_attack",
    ),
    (
        "Strasbourg: gunman opens fire at Christmas market, manhunt under way",
        "A man opened fire on Tuesday evening in the Christmas market of Strasbourg, killing at "
        "least two people and wounding around a dozen, several of them seriously, according to "
        "the prefecture of Bas-Rhin. The gunman, a 29-year-old from Strasbourg with a long "
        "criminal record and flagged for radicalisation, attacked passers-by with a handgun and "
        "a knife in the streets around the place Kleber shortly before 8 p.m. He exchanged fire "
        "with soldiers of Operation Sentinelle and was wounded in the arm before escaping in a "
        "taxi. The anti-terrorist section of the Paris prosecutor's office said it had taken "
        "charge of the case. Hundreds of people were confined for hours in bars, shops and the "
        "European Parliament, which was sitting in plenary session. 'We heard shots, then "
        "people started running in every direction,' said a stallholder. Police and gendarmes "
        "are searching the Neudorf district, where the suspect lives.",
        "T V",
        "shooting_attack",
    ),
    (
        "Gunman kills six worshippers at the Grande Mosquee de Quebec",
        "Six men were killed and eight others wounded on Sunday evening when a gunman opened fire "
        "on worshippers at the Centre culturel islamique de Quebec, in the Sainte-Foy district, "
        "at the end of evening prayers. Around fifty people were in the prayer room at the "
        "time, according to the mosque's president. The suspect, a 27-year-old university "
        "student from the region, called 911 himself about twenty minutes later and surrendered "
        "to police near the Ile d'Orleans bridge. The Prime Minister of Canada denounced 'a "
        "terrorist attack against Muslims'. 'We are in mourning, it is an entire community that "
        "has been targeted,' said a worshipper who had fled through an emergency exit, reached "
        "by La Presse. The victims, aged between 39 and 60, included a university professor, a "
        "butcher and a pharmacist. Vigils are planned in Quebec City and Montreal on Monday.",
        "T V",
        "mass_shooting",
    ),
    (
        "Liege: two police officers and a passer-by killed, the attacker was on leave from prison",
        "Two police officers and a 22-year-old student were killed on Tuesday morning in the "
        "centre of Liege by a man who was on temporary leave from prison. The attacker stabbed "
        "the two officers from behind on the boulevard d'Avroy, seized their service weapons and "
        "shot them dead, before shooting the young man, who was sitting in a parked car. He then "
        "took a cleaning lady hostage in the Leonie de Waha secondary school before coming out "
        "shooting at the police, who killed him. Four officers were wounded in the exchange. "
        "According to the federal prosecutor's office, which has taken over the case, the man "
        "shouted 'Allahu akbar' several times. He had been in contact with radicalised detainees "
        "in prison. The file is being investigated as terrorist murder, the prosecutor's "
        "spokesman said.",
        "T V",
        "terror_attack",
    ),
    (
        "Mulhouse: one dead in a knife attack, the PNAT takes over the case",
        "A man aged 69 was killed and several police officers wounded on Saturday afternoon in "
        "Mulhouse (Haut-Rhin) by an attacker armed with a knife, near the Canal-Couvert market, "
        "where a demonstration in support of the Democratic Republic of Congo was taking place. "
        "The victim, a Portuguese national, tried to intervene. Two municipal police officers "
        "were seriously injured in the neck and chest, according to the prefecture. The suspect, "
        "a 37-year-old Algerian under an obligation to leave French territory (OQTF), was "
        "arrested by police at the scene. He is on the register of persons wanted for terrorist "
        "radicalisation, a police source said. The national anti-terrorist prosecutor's office "
        "opened an investigation for murder and attempted murder in connection with a terrorist "
        "enterprise. 'It is Islamist terror, once again,' the President of the Republic declared "
        "from a visit abroad.",
        "T V",
        "stabbing_attack",
    ),
    (
        "Champs-Elysees looted, Arc de Triomphe vandalised: chaos in Paris on the third Saturday of gilets jaunes",
        "Paris woke up on Sunday to charred cars, smashed shop windows and graffiti on the Arc de "
        "Triomphe after a day of rioting on the margins of the third weekend of the gilets "
        "jaunes movement. From the morning, hundreds of demonstrators clashed with the police "
        "around the place de l'Etoile, where the tomb of the Unknown Soldier was surrounded and "
        "the museum inside the monument ransacked. The police fired more than 10,000 tear-gas "
        "grenades and used water cannon throughout the day, according to the Paris police "
        "prefecture. Barricades were set alight in avenue Kleber and rue de Rivoli, and banks "
        "and luxury shops were looted. According to the interior ministry, 412 people were "
        "arrested and 133 injured, including 23 members of the security forces. A woman of 80 "
        "died in Marseille after being hit in the face by a tear-gas canister while closing her "
        "shutters. The Prime Minister cancelled a trip to Poland to hold a crisis meeting.",
        "U",
        "riot",
    ),
    (
        "Fourth night of riots after the death of Nahel: 1,311 arrests",
        "Nothing seems able to calm the anger. For a fourth consecutive night, urban violence "
        "broke out in hundreds of towns across France after the death of Nahel, 17, killed by a "
        "police officer's shot during a traffic stop in Nanterre on Tuesday. According to the "
        "interior ministry, 1,311 people were arrested overnight from Friday to Saturday, and "
        "2,560 fires were started on public roads. In Marseille, gun shops and supermarkets were "
        "looted, and police used tear gas in the city centre until dawn. The mayor of "
        "L'Hay-les-Roses said his home had been rammed by a burning car while his wife and "
        "children slept. Some 45,000 police and gendarmes had been deployed, with armoured "
        "vehicles of the gendarmerie in several cities. Seventy-nine police officers and "
        "gendarmes were wounded, the ministry said. Several towns, including Clamart, imposed "
        "night curfews on minors.",
        "U",
        "riot",
    ),
    (
        "Sainte-Soline: violent clashes around the water reservoir, two demonstrators between life and death",
        "The demonstration against the 'megabasines' turned into a pitched battle on Saturday in "
        "the fields of Sainte-Soline (Deux-Sevres). Between 6,000 and 30,000 opponents of the "
        "agricultural water reservoirs, depending on the source, converged on the construction "
        "site, protected by 3,200 gendarmes. Groups dressed in black threw Molotov cocktails, "
        "fireworks and paving stones at the security forces, who replied with more than 5,000 "
        "tear-gas and stun grenades in a few hours, according to the gendarmerie. Four "
        "gendarmerie vans were set on fire. The organisers reported around 200 injured among the "
        "demonstrators, including two in a critical condition; the interior ministry counted 47 "
        "gendarmes wounded. 'They were firing at us from quad bikes, there were grenades "
        "exploding everywhere,' a street medic told Liberation. The Human Rights League "
        "denounced 'an immoderate use of force' and the minister announced the dissolution of "
        "the collective behind the protest.",
        "U",
        "violent_protest",
    ),
    (
        "New Caledonia: gendarme killed, Noumea ablaze for a third night, state of emergency declared",
        "New Caledonia is sinking into its worst violence since the 1980s. A gendarme, aged 22, "
        "died on Wednesday after being shot in the head in Plaine des Gaiacs, bringing the toll "
        "of the riots to four dead, including three young Kanaks killed by gunfire. In Noumea, "
        "hundreds of businesses, schools and houses have been set on fire or looted since the "
        "start of the unrest on Monday evening, triggered by the vote in Paris on the unfreezing "
        "of the electoral roll. Loyalist residents have set up armed self-defence groups at "
        "roadblocks in several districts. The government declared a state of emergency for at "
        "least 12 days and banned the TikTok application on the territory. More than 1,000 "
        "additional police and gendarmes are due to be sent from mainland France, while La "
        "Tontouta airport remains closed. Several hundred people, including around a hundred "
        "gendarmes, have been injured, according to the High Commission.",
        "U",
        "riot",
    ),
    (
        "Kanak man killed in gendarmerie operation at Saint-Louis tribe",
        "A 19-year-old Kanak was shot dead on Thursday during a gendarmerie operation in the "
        "Saint-Louis tribe, on the outskirts of Noumea, the public prosecutor announced. "
        "According to the prosecutor, the young man was hit as gendarmes came under fire while "
        "trying to clear a roadblock on the RP1 highway, which has been cut off for weeks by "
        "separatist activists. Two gendarmes were slightly injured by buckshot. His death brings "
        "to 13 the number of people killed since the riots broke out in mid-May, two of them "
        "gendarmes. In the evening, several vehicles were set on fire near the tribe's entrance "
        "and the security forces used tear gas to disperse groups of young men. The "
        "independence movement FLNKS called for calm while denouncing 'a punitive expedition'. "
        "The curfew in the Greater Noumea area has been extended to the end of the month, said "
        "the High Commissioner.",
        "U M",
        "police_operation",
    ),
]
