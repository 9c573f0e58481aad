"""dev107 negatives (2): the sport and culture desks, a protest and two other stories."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Ukrainian Premier League returns in empty stadiums, Lviv match stopped four times by "
        "sirens",
        "Ukrainian football's top flight returned on Tuesday for the first time since the "
        "full-scale invasion, with Shakhtar Donetsk and Metalist 1925 drawing 0-0 in an empty "
        "Olimpiyskiy stadium in Kyiv on Independence Day eve. The only sound in the stands "
        "came from a handful of club staff and journalists, and players said the atmosphere "
        "was strange. 'We are used to playing for the fans, now we are playing for the whole "
        "country,' Shakhtar captain Taras Stepanenko said. Before kick-off, players from both "
        "teams wrapped themselves in national flags and held a minute's silence for soldiers "
        "and civilians who have died in the war. In Lviv, the match between Rukh and Metalist "
        "Kharkiv was interrupted four times by air-raid alerts, and players and officials "
        "spent a total of almost three hours in the stadium's shelter before Metalist won 2-1 "
        "late in the evening. The match took four and a half hours from the opening whistle to "
        "the final one. Under the league's rules, a game is stopped whenever an alert sounds "
        "and abandoned if it cannot resume within an hour, but officials allowed the Lviv "
        "match to continue. Fans are banned from stadiums, and every ground must have a "
        "shelter within 500 metres for players and staff. 'Every match is a small victory for "
        "our country,' league president Ihor Kostiuk said. Only 16 clubs are taking part this "
        "season, after Desna Chernihiv and Mariupol withdrew. Several clubs have lost foreign "
        "players, who were allowed by temporary FIFA rules to suspend their contracts. The "
        "streaming service Megogo said it would show every match for free.",
        "sport",
    ),
    (
        "Sudan's Falcons of Jediane book AFCON place, with a 'home' tie in Benghazi",
        "Sudan qualified for the Africa Cup of Nations on Monday after a goalless draw with "
        "Niger in Benghazi, Libya, where the Falcons of Jediane have played their home matches "
        "since the war between the army and the Rapid Support Forces forced the suspension of "
        "football in the country. The draw was enough to secure second place in Group F behind "
        "Senegal, with a game to spare. Coach Kwesi Appiah, a Ghanaian who took over last "
        "year, has not been able to watch a single league match in Sudan and built his squad "
        "from players at Al-Hilal and Al-Merrikh, who now play in the Mauritanian and Rwandan "
        "leagues, and from the diaspora. 'These boys have not been home for a long time, some "
        "have not seen their families in months,' Appiah said after the game. Fans celebrated "
        "in the streets of Port Sudan and Atbara, and among Sudanese communities in Cairo and "
        "Kampala. The Sudan Football Association said it would ask the Confederation of "
        "African Football for permission to hold a friendly in Port Sudan before the finals. "
        "Sudan's last appearance at the tournament was in 2022 in Cameroon, where they were "
        "knocked out in the group stage.",
        "sport",
    ),
    (
        "Haiti's Grenadières battle England to the end in World Cup debut",
        "Haiti lost 1-0 to European champions England in Brisbane on Saturday in their "
        "first-ever Women's World Cup match, but the Grenadières left the pitch to a standing "
        "ovation after a performance that kept the Lionesses under pressure until the final "
        "whistle. Georgia Stanway scored the only goal from the penalty spot in the 29th "
        "minute after a retaken kick. Midfielder Melchie Dumornay, 19, who will join Lyon "
        "after the tournament, led most of Haiti's attacks and forced Mary Earps into two "
        "saves. 'We came to show the world that Haiti is not only the bad news,' captain "
        "Nérilia Mondésir said. In Port-au-Prince, fans gathered around televisions in the "
        "early morning hours to watch the game, despite the insecurity that has kept many "
        "people indoors for months. Most of the squad play abroad, in France, the United "
        "States and Mexico, and several players have not been able to train in Haiti since the "
        "national centre in Croix-des-Bouquets became inaccessible. Haiti face Denmark in "
        "Perth on Saturday. Coach Nicolas Delépine said his side would go for the win.",
        "sport",
    ),
    (
        "Sikan's header gives exiled Shakhtar famous win over Barcelona in Hamburg",
        "Danylo Sikan headed in the only goal as Shakhtar Donetsk beat Barcelona 1-0 in the "
        "Champions League at Hamburg's Volksparkstadion on Tuesday, in front of a crowd of "
        "almost 50,000 that included thousands of Ukrainians who have moved to Germany since "
        "the war began. The Ukrainian champions, who have not played a home game in Donetsk "
        "since 2014 and have been based in Kyiv and then abroad since 2022, played their "
        "European home matches in Hamburg this season. Sikan met a cross from Heorhiy Sudakov "
        "in the 40th minute and beat Inaki Pena from close range. Barcelona dominated "
        "possession but rarely troubled Dmytro Riznyk, who made a fine save from Ferran Torres "
        "late on. 'The boys play for the people at home, for the soldiers, for everyone who "
        "cannot be here,' coach Marino Pusic said. The result leaves Group H open, with Porto "
        "and Antwerp yet to play on Wednesday.",
        "sport",
    ),
    (
        "Palestine hold South Korea to goalless draw in Seoul World Cup qualifier",
        "Palestine held South Korea to a 0-0 draw in Seoul on Thursday in their opening match "
        "of the third round of Asian qualifying for the 2026 World Cup, a result that the "
        "team's coach Makram Daboub described as 'a gift to our people'. Goalkeeper Rami "
        "Hamadeh made a series of saves in the second half, including a double stop from Son "
        "Heung-min, as Korea's home fans booed their team off. Palestine have played their "
        "home matches abroad, in Qatar, Kuwait and Malaysia, since the Palestine Football "
        "Association suspended its domestic leagues when the war in Gaza began. Several "
        "players have lost relatives in Gaza over the past year, and the team held a moment of "
        "silence before kick-off. 'We play with the pressure of everything that is happening "
        "at home,' midfielder Oday Dabbagh said. Palestine, ranked 96th in the world, host "
        "Jordan in Kuala Lumpur on Tuesday.",
        "sport",
    ),
    (
        "'20 Days in Mariupol' wins Ukraine's first Oscar",
        "'20 Days in Mariupol', the documentary by Associated Press journalist Mstyslav "
        "Chernov about the first weeks of the Russian siege of the city in 2022, won the "
        "Academy Award for best documentary feature in Los Angeles on Sunday, the first Oscar "
        "in Ukraine's history. 'This is the first Oscar in Ukraine's history, and I'm "
        "honoured, but probably I will be the first director on this stage who will say I wish "
        "I had never made this film,' Chernov said in his acceptance speech, to applause. He "
        "said he wished he could exchange the award for Russia never attacking Ukraine and for "
        "the release of all hostages and prisoners. The film, made with photographer Evgeniy "
        "Maloletka and producer Vasilisa Stepanenko, draws on about 30 hours of footage the "
        "team shot before escaping the city, including the aftermath of the bombing of the "
        "maternity hospital. It has already won a BAFTA and the audience award at the Sundance "
        "festival. President Zelensky congratulated the team on social media. Ukrainska "
        "Pravda's culture desk said screenings were planned in cinemas across the country next "
        "month.",
        "entertainment",
    ),
    (
        "Sudanese film 'Goodbye Julia' wins at Cannes as its cast watches war at home",
        "'Goodbye Julia', the first Sudanese feature ever selected for the Cannes Film "
        "Festival, won the Freedom Prize in the Un Certain Regard section on Friday, a month "
        "after war broke out in Khartoum, where the film was shot. Director Mohamed Kordofani, "
        "an aeronautical engineer turned filmmaker, dedicated the award to 'the people of "
        "Sudan who are paying the price of a war they did not choose'. The film follows a "
        "northern Sudanese woman who takes a southern Sudanese widow into her home as a maid "
        "in the years before South Sudan's independence in 2011, and explores racism and guilt "
        "between the two parts of the country. Two of its lead actresses, singer Eiman Yousif "
        "and former model Siran Riak, were able to travel to the Croisette, but several crew "
        "members could not leave Sudan after the airport in Khartoum closed. Kordofani said "
        "the film had become 'a kind of memory' of a city that had changed in a few weeks. The "
        "film's world sales agent said it had been sold to distributors in France, the Middle "
        "East and North Africa. It will open in French cinemas in the autumn.",
        "entertainment",
    ),
    (
        "Amani festival draws 36,000 to the shores of Lake Kivu despite the war in the hills",
        "More than 36,000 people attended the three days of the Amani festival in Goma, which "
        "ended on Sunday evening with a concert by the Congolese rumba star Innoss'B on the "
        "grounds of the Collège Mwanga, organisers said. Artists from the Democratic Republic "
        "of Congo, Rwanda, Burundi, Uganda and Kenya performed under the slogan 'Dance for "
        "change', and dozens of young people took part in workshops on music production and "
        "peacebuilding. The festival went ahead despite the war between the Congolese army and "
        "the M23 rebels, whose front line lies some 30 kilometres from the city, and security "
        "forces reinforced checks around the site. 'Goma is not only a city of war and "
        "displaced people, it is also a city of music,' said the festival's director, Eric "
        "Ntabala. Several artists from Kinshasa who had cancelled last year came this time. "
        "Organisers said they had invited families living in the displacement camps around "
        "Goma to attend for free. The festival, created in 2014, is financed by European "
        "foundations and local companies. Next year's edition is planned for February.",
        "entertainment",
    ),
    (
        "Sursock Museum reopens its doors three years after the port explosion",
        "The Sursock Museum in Achrafieh reopened to the public on Friday, nearly three years "
        "after the August 4, 2020 explosion at the port of Beirut blew out its famous "
        "stained-glass windows, collapsed its ceilings and damaged more than 50 of the works "
        "in its collection. The restoration of the 1912 Italianate villa, financed by Italy, "
        "France and UNESCO through its Li Beirut initiative, took more than two years. The "
        "reopening programme includes an exhibition of restored paintings with photographs "
        "showing the damage they suffered, and a show of works by the modernist painter Paul "
        "Guiragossian. 'The museum was a witness, and it is also a survivor,' said its "
        "director, Karina El Helou. Hundreds of visitors queued on Sursock Street for the "
        "opening night. Many of the old houses in the neighbourhood of Gemmayzeh and Mar "
        "Mikhael, next to the port, have still not been restored, and the judicial "
        "investigation into the explosion has been blocked for more than a year. The museum "
        "will be open free of charge until the end of June. It has also launched a fundraising "
        "campaign for its acquisitions fund.",
        "entertainment",
    ),
    (
        "S.T.A.L.K.E.R. 2 finally launches after a development through blackouts and air raids",
        "GSC Game World released 'S.T.A.L.K.E.R. 2: Heart of Chornobyl' on Wednesday, more "
        "than 14 years after it was first announced and almost three years after the studio "
        "postponed it because of Russia's full-scale invasion. The game sold more than a "
        "million copies in its first two days, the Kyiv-based studio said, making it one of "
        "the most successful Ukrainian entertainment products ever. Much of the team relocated "
        "to Prague in 2022, but dozens of developers continued working from Kyiv, through "
        "power outages and nights in shelters, using generators and Starlink terminals. Some "
        "of the studio's staff joined the army, and a level designer was killed at the front "
        "last year. The open-world shooter, set in the exclusion zone around the Chornobyl "
        "nuclear power plant, has been praised for its atmosphere and criticised for bugs, "
        "which the studio promised to fix with patches in the coming weeks. The game has no "
        "Russian voice acting, and the studio removed the Russian language from its interface "
        "in 2022. Ukraine's Digital Transformation Minister Mykhailo Fedorov called it 'a "
        "victory for the Ukrainian IT industry'.",
        "entertainment",
    ),
    (
        "Wives of mobilised soldiers lay flowers at Kremlin wall, demanding their men come home",
        "About a dozen women whose husbands were mobilised in the autumn of 2022 laid red "
        "carnations at the Tomb of the Unknown Soldier by the Kremlin wall on Saturday, for "
        "the 20th week in a row, demanding that their men be demobilised after more than a "
        "year at the front. The women, members of the Put' Domoy (The Way Home) movement, wore "
        "white scarves and stood silently for several minutes before leaving. Police did not "
        "intervene, but officers detained several journalists who were filming the event and "
        "released them after checking their documents, the movement said on its Telegram "
        "channel. Similar flower-laying took place in St. Petersburg, Yekaterinburg and "
        "Novosibirsk. The movement, which began with letters and petitions to officials, says "
        "it is not against the war but wants rotation for men who have been in Ukraine since "
        "2022. The authorities have refused to authorise its rallies, citing pandemic "
        "restrictions. 'We are not politicians, we just want our husbands back,' one of the "
        "women told Meduza. The Justice Ministry has designated a founder of the movement a "
        "'foreign agent'.",
        "protest",
    ),
    (
        "Syria's National Museum in Damascus reopens a month after Assad's fall",
        "The National Museum of Damascus reopened to visitors on Wednesday, a month after it "
        "closed its doors as opposition factions entered the capital and the regime of Bashar "
        "al-Assad collapsed, the Directorate-General of Antiquities and Museums said. Staff "
        "had moved some of the most valuable pieces into storage in the first days of "
        "December, and an inventory found that the collections were intact apart from a few "
        "objects taken from a display case in the classical wing, the directorate said. Dozens "
        "of visitors, many of them families and students, toured the halls on the first day, "
        "including the reconstructed synagogue of Dura-Europos and the Palmyra gallery. 'I "
        "grew up in Damascus and this is the first time I have come in,' said a university "
        "student from Midan. The museum is the largest in Syria and houses finds from Ugarit, "
        "Mari and Ebla. The caretaker government's culture ministry said it would review the "
        "museum's exhibits to remove material 'glorifying the former regime' and reopen the "
        "museum's garden cafe. Archaeologists said the next challenge was to assess damage to "
        "sites across the country after 13 years of war.",
        "other",
    ),
    (
        "COP16 opens in Cali with a record crowd and a 'peace with nature' slogan",
        "The UN biodiversity conference, COP16, opened in Cali on Monday with more than 23,000 "
        "registered participants, the largest ever for the convention, and with President "
        "Gustavo Petro calling on rich countries to swap debt for the protection of forests. "
        "Environment Minister Susana Muhamad, who presides over the conference, said the two "
        "weeks of negotiations should agree on how to monitor the target of protecting 30% of "
        "land and seas by 2030 and on a fund for sharing benefits from genetic data. Colombia "
        "is one of the most biodiverse countries in the world, home to about 10% of known "
        "species. Organisers set up a 'green zone' open to the public along the Cali river, "
        "where Indigenous, Afro-Colombian and farming communities showed their projects. The "
        "government deployed about 10,000 police officers and soldiers to secure the summit "
        "after a faction of FARC dissidents active in Cauca published a statement warning "
        "delegates. The mayor of Cali, Alejandro Eder, said hotels were fully booked. The "
        "first week of talks ended with few agreements on financing.",
        "other",
    ),
]
