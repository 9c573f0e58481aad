"""dev379 negatives: badminton, football and gymnastics, business, films and books, and the
religious festivals.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Indonesia end 19-year wait, reclaim Thomas Cup",
        "Indonesia ended a 19-year drought on Sunday, routing China 3-0 in the final in Aarhus to win the Thomas Cup for a record 14th time. Anthony Sinisuka Ginting set the tone by seeing off Lu Guangzu in three games, with a smash attack that left the Chinese scrambling in the decider. Fajar Alfian and Muhammad Rian Ardianto then survived a fierce battle at the net against He Jiting and Zhou Haodong to double the lead. Jonatan Christie sealed the tie with a straight-games win over Li Shifeng, dropping to his knees as his teammates stormed the court. Because of sanctions imposed by the World Anti-Doping Agency, the Indonesian flag could not be raised, and the team stood beneath the flag of the national badminton association instead. “This is for all Indonesians who waited so long,” said team manager Ricky Subagja. Fans in Jakarta set off fireworks and honked horns late into the night.",
        "sport",
    ),
    (
        "Garuda fans storm out as Indonesia's World Cup dream ends in Jeddah",
        "Indonesia’s bid to reach a first World Cup since 1938 ended in Jeddah on Saturday, when a 1-0 loss to Iraq followed a narrow defeat to Saudi Arabia and left the Garuda squad bottom of their fourth-round group. Coach Patrick Kluivert’s side, stacked with Dutch-born players, laid siege to the Iraqi goal for long spells after the break, but Zidane Iqbal’s volley in the 76th minute killed off their hopes. Captain Jay Idzes said the players had given everything and apologised to the thousands of supporters who made the trip. Back home, hashtags calling for Kluivert to be sacked trended within minutes of the final whistle, and the football association (PSSI) said it would evaluate the coaching team. Chairman Erick Thohir defended the naturalisation programme, saying the team had gone further than any Indonesian side in the modern era. Fans in Jakarta who had gathered at watch parties left in silence. The coach said the squad was young and would be stronger for the next campaign.",
        "sport",
    ),
    (
        "FAM fined after flares, fan brawls mar Bukit Jalil qualifier",
        "KUALA LUMPUR: FIFA fined the Football Association of Malaysia (FAM) on Friday after flares were thrown and rival fans traded punches during the World Cup qualifier between Malaysia and Indonesia at the Bukit Jalil National Stadium, the governing body said. Police arrested 41 people, most of them Indonesians, after fighting broke out in the stands and outside the stadium following Malaysia’s 2-0 win, Kuala Lumpur Police chief Mazlan Lazim said. Several supporters were treated for minor injuries, and a stretch of Jalan Jalil Perkasa was littered with broken bottles. The match had been played under tight security after Malaysian fans were attacked at Jakarta’s Gelora Bung Karno stadium in the reverse fixture in September. Youth and Sports Minister Syed Saddiq Syed Abdul Rahman said hooliganism had no place in the rivalry between the two neighbours. The FAM said it would ban those caught throwing flares from attending matches. Malaysia’s win kept alive their hopes of reaching the next round of Asian qualifying.",
        "sport",
    ),
    (
        "Yulo strikes twice in Paris, giving Philippines its second and third Olympic golds",
        "PARIS: Carlos Yulo became the first Filipino to win two Olympic gold medals on Sunday, taking the vault final a day after his triumph in the floor exercise at the Bercy Arena. The 24-year-old, who stands just 1.5 metres tall, opened with a Dragulescu scored at 15.000 and followed it with a near-flawless second vault to finish ahead of Armenia’s Artur Davtyan. “I just wanted to attack both vaults and let my body do the work,” Yulo told reporters. The Philippines had won only one Olympic gold before Paris, weightlifter Hidilyn Diaz’s in Tokyo. Under the country’s sports incentives law, Yulo is entitled to P10 million for each gold, and several companies pledged a condominium unit, a lifetime supply of noodles and free flights. A motorcade through Manila was being planned for his return. His mother, from whom he has been estranged, said in a television interview that she was proud of him.",
        "sport",
    ),
    (
        "Lee Zii Jia fires back after BAM row with Malaysia Open semi-final spot",
        "KUALA LUMPUR: Lee Zii Jia answered his critics with a storming display at the Axiata Arena on Friday, beating Denmark’s Anders Antonsen 21-16, 21-19 to reach the semi-finals of the Malaysia Open. The former All England champion, who quit the national set-up after a bitter dispute with the Badminton Association of Malaysia (BAM), unleashed a barrage of jump smashes in the second game to save two game points. “It was a war out there, but I kept my head,” said Lee, who is coached privately and funds his own travel. The BAM had once banned him from tournaments for two years before backing down after an outcry from fans and the Youth and Sports Ministry. Lee will face Japan’s Kodai Naraoka for a place in the final. The crowd, which chanted his name throughout the match, was the largest of the week. His doubles compatriots Aaron Chia and Soh Wooi Yik also advanced.",
        "sport",
    ),
    (
        "Discount war heats up as Grab, Gojek slash fares in Jakarta",
        "JAKARTA: Ride-hailing giants Grab and Gojek have slashed fares and handed out vouchers worth up to 80 percent of a ride in the past month, escalating a price war that analysts said could erase both companies’ hopes of turning a profit this year. Grab’s country head Neneng Goenadi said the promotions were a response to “aggressive moves” by its rival, while Gojek said it was merely rewarding loyal customers. Drivers said the discounts had not cut their earnings directly but had come with lower incentive payments, and some groups threatened to switch off their apps in protest. The Transportation Ministry warned that fare floors and ceilings set last year must be respected. The battle for market share also extends to food delivery and digital payments, where the two firms compete with Shopee and local banks. Investors will watch the next quarterly results closely for signs of how much the promotions have cost. A merger between the two companies has been discussed on and off for years.",
        "economy",
    ),
    (
        "Indonesia, US reach tariff deal as exporters brace for trade war fallout",
        "Indonesia has agreed to cut tariffs on most American goods to zero and buy US energy, wheat and Boeing aircraft in exchange for a lower 19 percent tariff on its exports, President Prabowo Subianto’s office said on Wednesday, averting the 32 percent rate Washington had threatened. Coordinating Economic Minister Airlangga Hartarto said the deal would protect jobs in the footwear, garment and furniture industries, which employ millions and send a large share of their products to the United States. Economists warned, however, that the trade war between Washington and Beijing could still redirect cheap Chinese goods into Indonesian markets. The rupiah strengthened slightly against the dollar after the announcement, and the Jakarta Composite Index rose 0.7 percent. Textile manufacturers in West Java said orders had slowed since April as buyers waited for the outcome. The deal still needs to be written into a formal agreement. Malaysia and the Philippines were holding their own talks with Washington.",
        "economy",
    ),
    (
        "Malaysia, Indonesia fight back against EU deforestation rules on palm oil",
        "KUALA LUMPUR: Malaysia and Indonesia will send a joint mission to Brussels to press the European Union to ease a new law that bans imports of palm oil and other commodities linked to deforestation, Plantation and Commodities Minister Fadillah Yusof said. The two countries, which together produce about 85 percent of the world’s palm oil, say the regulation discriminates against smallholders who cannot afford the costly mapping and tracing it requires. “This is an attack on the livelihoods of three million small farmers,” Fadillah told a press conference, adding that Malaysia might consider halting palm oil exports to the bloc. Environmental groups welcomed the law, saying plantations had destroyed vast areas of rainforest in Borneo and Sumatra. The Malaysian Palm Oil Council said exports to Europe had already fallen by a fifth. The EU has said it will provide technical help to producers. Crude palm oil futures on Bursa Malaysia fell on the news.",
        "economy",
    ),
    (
        "'Aswang' documentary on drug war nights wins top prize at Amsterdam festival",
        "Alyx Ayn Arumpac’s documentary “Aswang,” which follows volunteers, photographers and a street child through Manila’s nights during the Duterte administration’s anti-drug campaign, won an award at the International Documentary Film Festival Amsterdam (IDFA) on Friday. The film takes its title from a shape-shifting monster of Philippine folklore, and its camera lingers on funeral parlours, crime scenes and the faces of grieving mothers. Arumpac, who shot the film over two years with a small crew, said she wanted viewers to see what she called the ordinary horror of the killings. The jury praised its “poetic and brave” approach. A local distributor said it was in talks to screen the film in independent cinemas, though the director said she expected resistance. Several cast members attended the premiere in Amsterdam, where the audience gave the film a standing ovation. The documentary will also compete at festivals in Berlin and Busan next year.",
        "entertainment",
    ),
    (
        "Mamasapano film draws crowds, and criticism, on opening day",
        "A film about the 2015 Mamasapano clash, in which 44 members of the police Special Action Force were killed during a raid to capture a Malaysian bomb maker, opened in cinemas nationwide on Wednesday to long lines in Metro Manila and Davao. “Mamasapano: Now It Can Be Told,” directed by Lester Dimaranan, recreates the botched operation in Maguindanao through the eyes of the commandos and their families. Several widows of the slain officers attended the premiere, and some left in tears during the battle scenes. Critics said the film’s sympathetic portrayal of the police chief who led the operation amounted to a whitewash, while its producers said it simply told the side of the SAF 44. Former President Benigno Aquino III, who was blamed by many for the fiasco, died before the film was made. The movie was shot in Bulacan, using soldiers as extras. It is the official entry of its studio to the Metro Manila Film Festival.",
        "entertainment",
    ),
    (
        "Leila Chudori's novel of the disappeared becomes a stage hit in Jakarta",
        "A stage adaptation of Leila S. Chudori’s novel “Laut Bercerita” (The Sea Speaks His Name), about student activists kidnapped and tortured in the final months of Soeharto’s New Order, played to sold-out houses at Taman Ismail Marzuki in Jakarta over the weekend. The book, first published in 2017, has sold more than 500,000 copies and has found a new generation of young readers on TikTok, where clips of readers crying at its final chapters have been viewed millions of times. Director Wawan Sofwan said the production used sound and darkness to bring the interrogation cells onto the stage without showing violence. Relatives of activists who remain missing since 1998 attended the Saturday performance and were invited on stage at the end. “Literature keeps alive what the state wants us to forget,” Chudori told reporters. The production will travel to Yogyakarta and Surabaya next month. An English edition has been reprinted for the Frankfurt Book Fair.",
        "entertainment",
    ),
    (
        "Millions join Traslacion as Black Nazarene returns to Quiapo after 22 hours",
        "MANILA, Philippines: The image of the Black Nazarene returned to Quiapo Church on Wednesday morning after a procession that lasted nearly 22 hours and drew more than six million devotees, according to church estimates. Barefoot men in maroon shirts climbed over one another to touch the rope of the carriage, and the Philippine Red Cross said its teams had treated over 400 people for fainting, sprains, cuts and high blood pressure. More than 14,000 police officers, soldiers and volunteers were deployed along the route, and mobile phone signals were cut in the area as a security precaution, although the police said there was no specific threat. Quiapo rector Jun Sescon urged devotees to let their faith be seen in their daily lives rather than in pushing and shoving. Vendors sold white handkerchiefs and candles along Quezon Boulevard. It was the first full Traslacion since the pandemic. The Manila government declared the day a special non-working holiday in the city.",
        "other",
    ),
    (
        "Hundreds of thousands throng Batu Caves for Thaipusam",
        "BATU CAVES: Hundreds of thousands of Hindu devotees and tourists thronged the Batu Caves temple complex on Thursday for Thaipusam, many of them carrying milk pots and elaborate kavadi frames pierced into their skin as acts of penance to Lord Murugan. The procession of the silver chariot from the Sri Maha Mariamman temple in Jalan Tun H.S. Lee, Kuala Lumpur, took about 18 hours to arrive, and pilgrims climbed the 272 rainbow-coloured steps to the cave temple at dawn. The Selangor police deployed 1,300 personnel to manage crowds and traffic, and the KTM Komuter ran extra trains through the night. Prime Minister Anwar Ibrahim, who visited the temple in the afternoon, said the festival showed the harmony of Malaysia’s many faiths. Volunteers handed out free food and water along the route. The temple committee said 1.5 million visitors were expected over the three days. Festivities were also held in Penang, where coconuts are smashed along the chariot route.",
        "other",
    ),
    (
        "Mudik rush: 20 million leave Greater Jakarta for Idul Fitri",
        "An estimated 20 million people are expected to leave Greater Jakarta for their hometowns over the Idul Fitri holiday, the Transportation Ministry said on Friday, as the annual mudik exodus filled toll roads, ports and railway stations. Traffic on the Trans-Java toll road ran bumper to bumper through the night, and the police introduced one-way traffic from Cikampek to Kalikangkung to ease congestion. At Merak port in Banten, thousands of motorcyclists waited for hours to board ferries to Sumatra. State railway company KAI said almost all tickets for long-distance trains had been sold out weeks ago. The government has given civil servants extra days off to spread out the departures, and the Health Ministry set up posts along the routes to check drivers for fatigue. Last year more than 500 people died in road accidents during the holiday season, police said. The return flow is expected to peak next weekend.",
        "other",
    ),
    (
        "Bali falls silent for Nyepi as airport shuts for 24 hours",
        "DENPASAR: Bali came to a standstill on Wednesday for Nyepi, the Hindu Day of Silence, as its international airport closed for 24 hours, streets emptied and mobile data was switched off across the island at the request of religious leaders. Tourists were asked to stay in their hotels, and pecalang, traditional village guards, patrolled the lanes to make sure no lights were on and no one was outside. The night before, villages paraded giant ogoh-ogoh effigies of demons through the streets before burning them to cleanse the island of evil spirits. I Gusti Ngurah Rai Airport said 414 flights had been rescheduled. The provincial government said hospitals and emergency services would operate as usual. Some hotels offered special silent retreat packages, complete with blackout curtains and meditation classes. Nyepi marks the Balinese new year in the Saka calendar.",
        "other",
    ),
    (
        "Waisak pilgrims release lanterns at Borobudur as monks walk from Mendut",
        "MAGELANG, Central Java: Thousands of Buddhist monks and pilgrims walked the 3-kilometre route from Mendut temple to Borobudur on Thursday to mark Waisak, the celebration of the birth, enlightenment and death of the Buddha, and released hundreds of paper lanterns into the night sky. Monks from Thailand, Malaysia, Sri Lanka and Myanmar joined the procession, carrying holy water drawn from a spring in Jumprit and a flame taken from the natural gas fire at Mrapen. Organisers limited the lantern release to ticket holders this year after complaints that tourists had crowded out worshippers in the past. Religious Affairs Minister Nasaruddin Umar said the government hoped to make Borobudur a world centre for Buddhist pilgrimage. Security was provided by police and soldiers at the entrances, and drones were banned over the temple. The celebration took place under clear skies after days of rain. Hotels in Magelang and Yogyakarta were fully booked.",
        "other",
    ),
]
