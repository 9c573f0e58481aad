"""dev362 negatives from the other pages: sport, culture, peace talks and accords, accidents,
health and the rest of the news."""

NEGATIVES = [
    (
        "PSG crush Inter and win the Champions League at last",
        "Paris Saint-Germain won the first Champions League in their history on Saturday night "
        "in Munich, crushing Inter Milan 5-0 in the final. The Parisian attack, led by a "
        "brilliant Desire Doue, author of two goals, tore the Italian defence apart from the "
        "opening minutes. 'We attacked them from the first second, it was our plan,' said the "
        "Spanish coach, who had rebuilt a team without stars after the departure of Kylian "
        "Mbappe. It is the largest margin ever recorded in a final of the competition. On the "
        "Champs-Elysees, hundreds of thousands of supporters celebrated late into the night. "
        "The club's Qatari president spoke of 'the end of a long battle' begun in 2011. A "
        "parade is planned on Sunday afternoon, with a reception at the Elysee.",
        "sport",
    ),
    (
        "Tour de France: Pogacar attacks on the Hautacam and takes the yellow jersey",
        "Tadej Pogacar launched a devastating attack on Thursday on the slopes of the "
        "Hautacam, at 12 kilometres from the finish, and took the yellow jersey of the Tour de "
        "France. The Slovenian, who had been waiting for the Pyrenees to strike, dropped his "
        "Danish rival Jonas Vingegaard in the steepest section and won the stage alone with "
        "more than two minutes' lead. 'I felt good, I wanted to go for it,' he said at the "
        "finish, barely out of breath. His team had prepared the offensive by setting a "
        "murderous pace from the foot of the climb. The French rider of the day, second in "
        "the mountains classification, failed in his attempt from the early breakaway. In the "
        "general classification, Pogacar now leads by 3 minutes 31 seconds. Friday's stage, a "
        "time trial to Peyragudes, could already settle the question.",
        "sport",
    ),
    (
        "The Canadiens lose the battle of the Bell Centre against the Maple Leafs",
        "The Montreal Canadiens fell 4-2 to the Toronto Maple Leafs on Saturday night at the "
        "Bell Centre, in a match marked by several fights and more than 60 penalty minutes. The "
        "visitors scored three times in the second period, two of them on power plays, taking "
        "advantage of a defence overwhelmed by the Toronto attack. The captain of the Canadiens "
        "dropped the gloves against a Leafs forward at the end of the second period, to the "
        "delight of the 21,105 spectators. 'We fought, but we gave them too many chances,' "
        "said the coach after the game. The young goalkeeper was again brilliant, with 36 "
        "saves. The Canadiens remain three points behind a wild-card place in the Eastern "
        "Conference. They will host the Boston Bruins on Tuesday.",
        "sport",
    ),
    (
        "'Novembre': Cedric Jimenez films the five days of the manhunt after the attacks",
        "After the Marseille drug squad of 'Bac Nord', Cedric Jimenez turns to the "
        "anti-terrorist police. His new film, 'Novembre', presented out of competition at "
        "Cannes, follows the investigators of the sub-directorate of anti-terrorism during "
        "the five days that followed the attacks of 13 November 2015, up to the assault on "
        "the apartment in Saint-Denis. The director chose not to show the attacks themselves, "
        "only the sirens, the telephones and the exhausted faces of the police. Jean Dujardin, "
        "Anais Demoustier and Sandrine Kiberlain lead a cast with no false notes. Some "
        "associations of victims had expressed concern, but several survivors who saw the "
        "film in advance praised its restraint. 'We wanted to film the work, not the horror,' "
        "the director said. The film is released in cinemas on 5 October.",
        "entertainment",
    ),
    (
        "Kamel Daoud wins the Goncourt Prize for 'Houris', a novel of the Algerian civil war",
        "The Goncourt Prize was awarded on Monday to Kamel Daoud for 'Houris', published by "
        "Gallimard, a novel that returns to the 'black decade' of the Algerian civil war of the "
        "1990s, which left some 200,000 dead. The narrator, Aube, a young woman whose throat "
        "was cut as a child during a massacre in 1999, has lost her voice and addresses the "
        "daughter she is carrying. The book is banned in Algeria, under a law prohibiting any "
        "work that evokes the 'national tragedy'. The Franco-Algerian writer and journalist, "
        "who lives in Paris, was elected in the second round with six votes out of ten. 'It is "
        "a book about memory and about those who were forced to forget,' he said at the "
        "Drouant restaurant. Sales of the novel, already at 80,000 copies, are expected to "
        "triple with the prize.",
        "entertainment",
    ),
    (
        "'Le Bureau des legendes': the spy series returns for a final season",
        "The Canal+ series that made the DGSE a familiar name to millions of viewers is back. "
        "The new season of 'Le Bureau des legendes', whose first episodes were shown on Monday, "
        "follows agents of the Directorate-General for External Security between Moscow, "
        "Kyiv and the Sahel. Mathieu Kassovitz, who played Malotru, the agent under cover in "
        "Syria, has handed over to a new generation of actors. The showrunner, working with "
        "former intelligence officers as advisers, says he wanted to 'tell the wars of "
        "today from the inside of an office'. Critics praise the writing of the opening "
        "episodes, though some regret the slower pace. The series has been sold in more than "
        "100 countries since its launch in 2015. The ten episodes will be released weekly "
        "until the end of the spring.",
        "entertainment",
    ),
    (
        "New Caledonia: the Bougival agreement creates a 'State of New Caledonia'",
        "After ten days of closed-door negotiations at a hotel in Bougival (Yvelines), the "
        "independence and loyalist delegations from New Caledonia signed an agreement on "
        "Saturday that provides for the creation of a 'State of New Caledonia' within the "
        "French Republic, with its own nationality. The text, described as 'historic' by the "
        "minister of overseas territories, provides for a transfer of competences in "
        "international relations and a constitutional revision in Paris. It must now be "
        "submitted to the Caledonian voters in a consultation planned for early next year. "
        "'Nobody has won everything, nobody has lost everything,' said a loyalist leader. "
        "Part of the FLNKS base has already expressed reservations, and the independence front "
        "will hold a congress next month to decide its position. The provincial elections "
        "have been postponed again.",
        "peace",
    ),
    (
        "Mali: the armed groups of the north sign the Algiers peace agreement in Bamako",
        "The Coordination of Azawad Movements (CMA), the rebel alliance dominated by the "
        "Tuareg, signed on Saturday in Bamako the peace and reconciliation agreement negotiated "
        "in Algiers, in the presence of the Malian president and international mediators. The "
        "government and the pro-government groups had signed the text on 15 May, but the "
        "former rebels had demanded additional guarantees. The agreement provides for greater "
        "autonomy for the regions of the north, the integration of fighters into the army and "
        "a development plan. 'This is the beginning of a long road,' the Algerian foreign "
        "minister said at the ceremony, attended by a representative of France. The UN "
        "mission MINUSMA will chair the committee monitoring its application. In Kidal, the "
        "population welcomed the news with caution, according to residents reached by RFI.",
        "peace",
    ),
    (
        "Paris summit: the 'coalition of the willing' agrees on guarantees for Ukraine",
        "About thirty heads of state and government meeting in Paris on Tuesday at the "
        "invitation of the French President agreed on a declaration on security guarantees for "
        "Ukraine in the event of a ceasefire with Russia. The text provides for a multinational "
        "force to be deployed 'after the cessation of hostilities', far from the front line, "
        "to train and support the Ukrainian army, as well as air and maritime surveillance. "
        "The British Prime Minister and the Ukrainian President were present, and the "
        "American envoy took part in part of the talks. 'Peace must be solid and lasting, not "
        "a capitulation,' said the host of the summit at the Elysee. Moscow has repeatedly "
        "rejected any presence of European troops in Ukraine. Details of the contributions "
        "of each country will be worked out by the general staffs.",
        "peace",
    ),
    (
        "Explosion in rue de Trevise: four dead, including two firefighters",
        "A violent gas explosion ripped through a building on rue de Trevise, in the 9th "
        "arrondissement of Paris, on Saturday morning, killing four people, including two "
        "firefighters, and injuring 66 others, according to the latest toll from the police "
        "prefecture. The firefighters had been called at 8.37 a.m. for a gas leak and were "
        "working in front of a bakery when the blast occurred. The facade of the building "
        "collapsed and the windows of the whole street were blown out. A Spanish tourist "
        "staying in a nearby hotel was also killed. 'It was like a bomb, everything shook,' "
        "said a resident who was having breakfast on the fourth floor. An investigation for "
        "involuntary homicide has been opened by the Paris prosecutor's office. The gas "
        "network operator and the building's managing agent were questioned about the "
        "maintenance of the pipes.",
        "accident",
    ),
    (
        "Beirut port explosion: French nationals among the victims, Paris sends aid",
        "At least one French national, an architect, was killed and around forty others injured "
        "in the double explosion that devastated the port of Beirut on Tuesday, the French "
        "embassy in Lebanon said. The blast, caused by 2,750 tonnes of ammonium nitrate stored "
        "for years in a warehouse without precautions, killed more than 150 people and injured "
        "5,000, according to the Lebanese authorities. Entire districts, including Gemmayze "
        "and Mar Mikhael, where many French people live, were devastated. Two military "
        "aircraft left Roissy on Wednesday with 55 civil security rescuers, a mobile "
        "health unit and 15 tonnes of medical equipment. The President is due to travel to "
        "Beirut on Thursday. 'It was like an earthquake, then glass rained down on the "
        "street,' said a French teacher who was at home in Achrafieh.",
        "accident",
    ),
    (
        "'We are at war': Macron announces a general lockdown against the coronavirus",
        "'We are at war, a health war, certainly. We are not fighting against an army, nor "
        "against another nation, but the enemy is there, invisible, elusive.' In a solemn "
        "address watched by 35 million viewers on Monday evening, the President of the "
        "Republic announced that the French would be confined to their homes from noon on "
        "Tuesday for at least 15 days. Trips will only be allowed to go to work, buy food or "
        "see a doctor, with a certificate, and 100,000 police and gendarmes will enforce the "
        "measures. The second round of the municipal elections has been postponed. The army "
        "will set up a field hospital in Alsace, the region hardest hit by the epidemic, and "
        "patients will be transferred by helicopter. France has recorded 148 deaths from "
        "Covid-19 and more than 6,600 cases.",
        "health",
    ),
    (
        "Chikungunya: La Reunion launches a vaccination campaign for the over-65s",
        "Faced with an epidemic of chikungunya that has already infected more than 50,000 "
        "people since the beginning of the year, the health authorities of La Reunion launched "
        "a vaccination campaign on Monday for people aged 65 and over with underlying "
        "conditions. Some 40,000 doses of the vaccine developed by the laboratory Valneva have "
        "been delivered to the island. It is the first time that a vaccine against the virus "
        "transmitted by the tiger mosquito has been used on a large scale. Two elderly people "
        "have died of complications, according to the regional health agency. 'We are in a "
        "race against time before the rainy season,' said the director of the agency. "
        "Military personnel have been deployed to help with mosquito control in the south of "
        "the island. The last epidemic of this magnitude, in 2005-2006, had infected a third "
        "of the population.",
        "health",
    ),
    (
        "A young Ukrainian pianist who arrived in Lyon as a refugee wins the Long-Thibaud competition",
        "Three years ago, she arrived at Lyon Part-Dieu station with a suitcase and a bundle of "
        "scores. On Saturday evening, the 19-year-old Ukrainian pianist won the first prize of "
        "the Long-Thibaud international competition at the Theatre des Champs-Elysees, before "
        "a jury chaired by a great name of the French piano. Born in Kharkiv, she continued "
        "her studies at the Conservatoire national superieur de musique de Lyon thanks to a "
        "scholarship and a host family in Villeurbanne. 'I played for my teacher, who stayed "
        "at home,' she said, her voice breaking, after a Rachmaninov concerto that brought the "
        "audience to its feet. The prize comes with 25,000 euros and a series of concerts in "
        "Europe and Japan. Her host family was in the front row. She will give a recital in "
        "Lyon in the spring.",
        "other",
    ),
    (
        "Paris Olympics: 9.7 million tickets sold, a record for the Games",
        "The Paris 2024 organising committee announced on Monday that 9.7 million tickets had "
        "been sold for the Olympic and Paralympic Games, beating the record set by Atlanta in "
        "1996. Athletics, swimming and the opening ceremony on the Seine were sold out several "
        "months in advance. The president of the committee praised 'a popular success' and "
        "'full stadiums even for sports that are little known'. Around 40% of the tickets were "
        "bought by foreign spectators, mainly from the United States, Germany and the United "
        "Kingdom. The revenue from ticketing reached 1.4 billion euros, above the initial "
        "forecast. The committee expects to close its accounts with a slight surplus. Hotels "
        "in the capital, however, say that occupancy rates fell short of expectations during "
        "the Olympic fortnight.",
        "other",
    ),
]
