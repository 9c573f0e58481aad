"""dev129 negatives, part a: wars of the past and wars in books, films, songs and exhibitions."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Thirty years on, Srebrenica buries seven more of its dead",
        "The coffins were carried across the field at Potočari in a chain of hands, passed from "
        "mourner to mourner under a hot July sun. Seven victims of the Srebrenica genocide were "
        "buried at the memorial centre on Friday, thirty years after Bosnian Serb forces killed "
        "more than 8,000 Muslim men and boys in the days after the town fell in July 1995. The "
        "youngest was 19. Their remains, like those of most of the dead, were found in mass "
        "graves that had been dug up and moved by bulldozer to hide the crime, and identified by "
        "DNA, sometimes bone by bone. Some families have buried a relative in stages, as new "
        "fragments turn up in secondary graves. About 7,000 victims have now been identified; "
        "several hundred are still missing. Tens of thousands of people attended the "
        "commemoration, among them foreign dignitaries, while in Republika Srpska, a few "
        "kilometres away, officials repeated that the killings were not genocide. In a "
        "laboratory in Tuzla, forensic experts of the International Commission on Missing "
        "Persons still lay out bones on steel tables and match them with blood samples given "
        "by relatives, a method pioneered here in the early 2000s and since used from Iraq to "
        "Colombia. The commission says the pace has slowed to a handful of new identifications a "
        "year, because many of the remaining fragments are too small or too degraded. Mothers of "
        "Srebrenica, the association of survivors, said its members were growing old and feared "
        "dying before all their sons were found. 'I have buried a leg and a jaw,' said one woman "
        "of 78. 'I am still waiting for my son.'",
        "history",
    ),
    (
        "Kwibuka at thirty: the generation born after the genocide takes the microphone",
        "The flame was lit at the Kigali Genocide Memorial on Sunday by President Paul Kagame, "
        "as it is every 7 April, but much of the week of mourning that followed belonged to "
        "people who were not alive in 1994. Thirty years after the genocide against the Tutsi, "
        "in which more than 800,000 people were killed in about a hundred days, most Rwandans "
        "are under 30. At the commemoration in BK Arena, a 24-year-old student read a letter to "
        "the grandmother she never met, and a choir of secondary-school pupils sang songs "
        "written by survivors. Teachers say the challenge now is to pass on a history that "
        "young people learn from books and not from memory, and to do it without passing on "
        "hatred. Many children of perpetrators and survivors share classrooms. In Nyamata, where "
        "thousands were killed in a church, a guide of 26 walked a group of French students "
        "through the building, past the clothes still piled on the benches. Critics of the "
        "government say the official story leaves little room for other memories, including "
        "those of Hutu victims of reprisals. The week of mourning ends on Saturday, but the "
        "official period of remembrance lasts a hundred days.",
        "history",
    ),
    (
        "Harold Pemberton, one of the last D-Day veterans of the Royal Navy, dies aged 101",
        "Harold Pemberton, who steered a landing craft onto Gold Beach on 6 June 1944 and spent "
        "the rest of his long life making sure people remembered why, has died aged 101. His "
        "family said he died peacefully at his care home in Bridlington on Tuesday. Pemberton "
        "was 19 when his craft carried men of the Green Howards through heavy fire to the "
        "Normandy shore; he made four more crossings that day and lost two friends on the "
        "beach. After the war he became a joiner, married his childhood sweetheart, Joan, and "
        "raised three children, and for decades he barely spoke about what he had seen. That "
        "changed in his 70s, when his grandson asked for help with a school project. He went "
        "back to Normandy every June after that, and in 2019 he met the King, then Prince of "
        "Wales, at the 75th anniversary commemorations in Portsmouth. Schoolchildren in "
        "Yorkshire knew him for his visits, his medals and his habit of ending every talk with "
        "the same words: 'Don't let anyone tell you it was glorious.' The Normandy Memorial Trust "
        "said his death left only a handful of naval veterans of the landings alive. Joan died "
        "in 2011. He is survived by his children, seven grandchildren and four "
        "great-grandchildren.",
        "history",
    ),
    (
        "Lucía Ferrer, photographer who saw the wars of the century's end, dies at 84",
        "Lucía Ferrer, a Spanish-born photojournalist whose pictures of Beirut, El Salvador and "
        "besieged Sarajevo appeared on the covers of magazines across the world, died on "
        "Saturday at her home in Barcelona. She was 84. The cause was pancreatic cancer, her "
        "nephew said. Ferrer arrived in Beirut in 1976 with a borrowed camera and no contract, "
        "and within two years was working for a French agency. She was wounded twice, in San "
        "Salvador in 1981 and in Sarajevo in 1993, and her portrait of a woman carrying water "
        "past a sniper's line of fire became one of the defining images of the Bosnian war. "
        "Colleagues remember her as stubborn and generous, the photographer who shared her car "
        "and her contacts with beginners. She gave up war photography in 1999, saying she no "
        "longer believed pictures changed anything, and spent her last decades photographing "
        "fishermen on the Costa Brava. A retrospective of her work opened in Madrid last year, "
        "and she attended in a wheelchair, correcting the captions. 'Everyone thinks war "
        "photography is about courage,' she told El País then. 'It is about waiting, and about "
        "leaving before you start to like it.' She leaves no immediate survivors.",
        "history",
    ),
    (
        "Into the tunnels of Vinh Moc, where a village lived underground",
        "The entrance to the Vinh Moc tunnels is hidden in a grove of cashew trees a few hundred "
        "metres from the beach, and you have to stoop almost double to go in. Between 1966 and "
        "1972, some 300 villagers lived here, in Quang Tri province just north of what was the "
        "demilitarised zone between North and South Vietnam, sheltering from American bombing "
        "that fell on the area almost daily. The tunnels run on three levels down to 23 metres, "
        "with family alcoves the size of a cupboard, a well, a meeting hall and a maternity "
        "room where 17 children were born. Today they draw a steady stream of visitors, most of "
        "them Vietnamese school groups and veterans, along with backpackers on the coastal "
        "road from Hue. A guide in her twenties, whose grandmother was one of the tunnel "
        "dwellers, leads groups with a torch and an unhurried patience. The museum at the "
        "entrance displays the rusted casings of bombs and photographs of the village above "
        "ground, flattened. Afterwards most people walk down to the beach, where the tunnels "
        "open onto the sea, and sit for a while. Quang Tri has few hotels, but the guesthouses "
        "in Dong Ha serve excellent bun bo. Go in the dry season, between February and August.",
        "history",
    ),
    (
        "Meet the rats that sniff out Cambodia's forgotten landmines",
        "Magawa's successors are smaller than you might expect, about the size of a kitten, and "
        "they work for bananas. In a field in Siem Reap province, African giant pouched rats "
        "trained by the Belgian charity APOPO scurry along a rope between two handlers, "
        "scratching at the ground when they smell TNT. A rat can search a tennis court's worth "
        "of land in half an hour; a human with a metal detector needs days. Cambodia is still "
        "one of the most heavily mined countries in the world, more than three decades after "
        "the end of its civil war, and the government hopes to declare itself free of mines by "
        "2030. The target looks ambitious: funding from foreign donors has fallen, and much of "
        "the remaining contamination lies in remote forest along the Thai border. Researchers "
        "are now training the rats to detect tuberculosis in sputum samples and to find "
        "survivors in collapsed buildings, with small backpacks carrying microphones. The "
        "animals retire at about eight, and live out their days in the training centre, where "
        "visitors can meet them. 'People think rats are dirty,' said one handler. 'These ones "
        "have given farmers their land back.'",
        "history",
    ),
    (
        "Bloody Sunday veteran Soldier F found not guilty, ending the last prosecution",
        "A former British paratrooper has been found not guilty of murder and attempted murder "
        "over the shootings in Derry on Bloody Sunday in January 1972, ending the only "
        "prosecution to come out of the killing of 13 civil rights marchers more than fifty "
        "years ago. The veteran, known only as Soldier F, had been charged with the murders of "
        "James Wray and William McKinney and with five attempted murders. The judge at Belfast "
        "Crown Court, sitting without a jury, said the evidence against him, largely statements "
        "from fellow soldiers taken in 1972, was not reliable enough to convict. Relatives of the "
        "dead, who had gathered outside the court holding photographs of the victims, said they "
        "were devastated but not surprised. 'The state has protected its soldiers from the "
        "first day,' said Mickey McKinney, whose brother was killed. Veterans' groups welcomed "
        "the verdict and called for an end to what they described as lawfare against old "
        "soldiers. The Saville inquiry concluded in 2010 that none of the victims posed a "
        "threat, and the prime minister of the day apologised on behalf of the state. Families "
        "said they were considering a civil case.",
        "history",
    ),
    (
        "'Cellar Light' review: a Kherson basement, filmed for 286 days",
        "The camera barely leaves the basement. For most of 'Cellar Light', the Ukrainian "
        "director Oksana Levada's extraordinary documentary, we are underground with eleven "
        "residents of a Kherson apartment block who lived there through the Russian occupation "
        "of the city and the bombardment that followed its liberation in November 2022. Levada, "
        "who lived in the block, filmed on a phone and later a small camera, and the result has "
        "the grain and intimacy of a home movie. There are no talking heads and no maps. "
        "Instead there are birthday cakes made of biscuits, arguments over the radio, a cat "
        "that refuses to come down, and a retired music teacher who gives piano lessons on a "
        "keyboard powered by a car battery. The war is a sound, the thud above the ceiling that "
        "makes everyone stop talking, and a list of names that grows shorter. The film won the "
        "documentary prize at the Berlinale in February and opens in British cinemas on Friday. "
        "It is hard to watch and harder to forget. At 97 minutes, it never outstays its "
        "welcome, and its final shot, of the residents climbing the stairs into daylight, is "
        "one of the most moving of the year.",
        "entertainment",
    ),
    (
        "A Khartoum novel written in exile finds its readers",
        "Ahmed Osman began his third novel in Khartoum in 2022 and finished it in a rented room "
        "in Cairo, having fled the city with his wife and daughter in the first weeks of the war "
        "between Sudan's army and the Rapid Support Forces. 'The House on Nile Street', "
        "published in Arabic last year and now in an English translation by Leila Haddad, "
        "follows three generations of a family in the Omdurman house they share, from the "
        "uprising of 2019 to the morning the fighting reached their street. It is a big, warm, "
        "argumentative book, more interested in weddings, debts and cousins than in battles, "
        "and all the better for it. Osman, 46, said in an interview in London that he rewrote "
        "the ending four times. 'In the first version the house survives,' he said. 'I did not "
        "know yet that I was writing about a city that would be destroyed.' The novel has been "
        "longlisted for the International Booker prize, and its translation was funded by a "
        "small press in Manchester that publishes mostly Arabic fiction. Osman has not been "
        "back to Khartoum. He says he does not know whether the house on Nile Street is still "
        "standing, and has chosen not to ask.",
        "entertainment",
    ),
    (
        "Ukraine's Eurovision entry is a folk song about a grandmother's kitchen",
        "Ukraine will be represented at this year's Eurovision Song Contest by Zoriana, a "
        "22-year-old singer from Ivano-Frankivsk, with a song that mixes electronic beats with "
        "a Hutsul folk melody her grandmother used to sing while cooking. The song, 'Kalyna', "
        "won the national selection on Saturday night with both the jury and the public vote, "
        "in a final broadcast from a Kyiv studio built in a metro station. Zoriana said the song "
        "was about home and the people who keep it going. 'I don't want to sing about the war,' "
        "she told reporters. 'Everybody knows about the war. I want to sing about what we are "
        "defending.' Ukraine has finished in the top ten at every contest it has entered since "
        "2022, when Kalush Orchestra won in Turin, and bookmakers already place Zoriana among "
        "the favourites. Her costume, embroidered by a workshop in Kolomyia, took two months to "
        "make. Like all Ukrainian men of fighting age, her guitarist needed a special permit to "
        "travel abroad for the contest. The final takes place in Basel in May.",
        "entertainment",
    ),
    (
        "The Polish studio that made a war game without heroes",
        "In the office of a games studio in Kraków, the walls are covered in sketches of ruined "
        "apartment blocks and the faces of ordinary people: a baker, a nurse, a teenage boy "
        "with a radio. The studio's new game, released worldwide on Thursday, asks players not "
        "to fight a war but to survive one, as civilians in a besieged city scavenging for food, "
        "medicine and fuel. Its creative director, Paweł Nowak, says the team drew on accounts "
        "from Sarajevo in the 1990s and from refugees from Mariupol who now live in Poland, some "
        "of whom worked on the game as consultants. 'We wanted the player to feel the choices, "
        "not the adrenaline,' he said. Poland's games industry has become one of the country's "
        "most successful exports, with studios in Warsaw, Kraków and Wrocław employing more than "
        "12,000 people. The game sold 400,000 copies in its first weekend, according to the "
        "studio. Reviews have praised its writing but criticised its difficulty. Nowak admits "
        "that some players quit after their first winter in the game, when the heating fails "
        "and the characters start to fall ill. 'That is fine,' he said. 'Real people cannot "
        "quit.'",
        "entertainment",
    ),
    (
        "In Paris, a Syrian photographer's archive of the revolution goes on show",
        "For ten years Karim Haddad's negatives lived in a suitcase under a bed in Gaziantep. "
        "Now 140 of his photographs hang on the white walls of a gallery in the Marais, in the "
        "first large exhibition in France devoted to the Syrian revolution and the war that "
        "followed it. Haddad, who is 41, began taking pictures at the demonstrations in Homs "
        "in 2011 with a compact camera, and later documented life in the besieged districts of "
        "the old city, before leaving Syria in 2014. The exhibition, 'Ce qui reste', is hung "
        "chronologically, from the hopeful crowds of the first spring to the grey, empty "
        "streets of the siege, and ends with pictures he took in December, when he went back to "
        "Homs for the first time after the fall of Bashar al-Assad. Visitors linger longest in "
        "front of a portrait of a boy selling sweets on a staircase that no longer exists. "
        "Haddad said he had hesitated to exhibit pictures of people who might still be in "
        "danger, and had blurred some faces. The exhibition runs until June, and a book of the "
        "photographs will be published in the autumn.",
        "entertainment",
    ),
    (
        "The last reunion: South Korea's separated families run out of time",
        "Kim Young-sook keeps a bag packed in her wardrobe in Incheon: a down jacket, vitamins, "
        "a photo album and an envelope of American dollars for the younger brother she last saw "
        "in 1950, when she fled south as a girl of 12. She is 87 now, and the bag has been ready "
        "since 2018, the last time the two Koreas held a reunion of families divided by the "
        "Korean War. Of the roughly 133,000 South Koreans who registered with the government "
        "hoping to meet relatives in the North, fewer than 40,000 are still alive, and most of "
        "them are over 80. Relations between Seoul and Pyongyang are at a low, and North Korea "
        "has declared the South its principal enemy and demolished the building where reunions "
        "were held. The unification ministry has begun recording video messages from elderly "
        "applicants, to be passed on if the reunions ever resume. Kim recorded hers last month. "
        "She spoke about their mother's cooking and the persimmon tree in the yard, and said "
        "she hoped he had grandchildren. 'I do not know if he is alive,' she said. 'I talk to "
        "him anyway.'",
        "history",
    ),
    (
        "Wartime bomb forces evacuation of 20,000 in Cologne's old town",
        "About 20,000 people had to leave their homes and offices in Cologne on Wednesday after "
        "construction workers found three unexploded bombs from the Second World War near the "
        "Deutz bridge. The evacuation zone covered parts of the old town, two hospitals and a "
        "stretch of the Rhine, and shipping on the river was halted for the afternoon. The "
        "bombs, two of them American 1,000lb bombs and one British, were defused by the city's "
        "bomb disposal service shortly after 8pm, officials said, and residents were allowed "
        "back in the evening. Cologne was bombed heavily by the Allies between 1940 and 1945, "
        "and about 90% of its old town was destroyed; unexploded ordnance is still found on its "
        "building sites several times a year. Trains between Cologne's main station and the "
        "Deutz station were diverted, causing delays across western Germany. Some residents "
        "waited in a sports hall set up by the city, where volunteers handed out coffee and "
        "sandwiches. 'We are used to it,' said a retired teacher who had been evacuated for the "
        "third time in two years. 'My mother used to say the war is never quite over in this "
        "city.'",
        "history",
    ),
]
