"""dev403 negatives, daily life: history and anniversaries, sport, culture."""

NEGATIVES = [
    # history
    (
        "Sirens sound at noon as Palestinians mark 75 years since the Nakba",
        "RAMALLAH, May 15, 2023 (WAFA) - Sirens sounded across the West Bank at noon on Monday for 75 "
        "seconds, one for each year since the Nakba, as Palestinians commemorated the displacement of "
        "some 750,000 people during the 1948 war. "
        "Thousands of people marched from the Arafat mausoleum in Ramallah to al-Manara Square, waving "
        "flags and carrying keys symbolising the homes their families left behind. "
        "Elderly refugees who witnessed the events of 1948 led the march in Bethlehem, where a giant "
        "key stands at the entrance of Aida camp. "
        "For the first time, the United Nations held an official commemoration of the Nakba at its "
        "headquarters in New York, addressed by President Mahmoud Abbas. "
        "Schools held a minute of silence and pupils read the names of destroyed villages. "
        "Rallies were also held in Gaza, Jordan and Lebanon, and in several European capitals. "
        "The Palestinian Central Bureau of Statistics said the number of Palestinians worldwide had "
        "reached about 14.3 million, roughly half of them living in historic Palestine.",
        "history",
    ),
    (
        "Shuja'iyya families remember 2014 war, five years on",
        "GAZA, July 20, 2019 (Al-Quds) - Five years after the night that became known in Gaza as the "
        "Shuja'iyya massacre, families of the neighbourhood gathered on Saturday to remember the dozens "
        "of relatives they lost during the 51-day war of 2014. "
        "Abu Khalil al-Helou, 68, laid a wreath at the spot where his brother's house stood, rebuilt "
        "after that war with Qatari money. "
        "The neighbourhood's streets were flattened by artillery in July 2014, and residents spent "
        "years in caravans and rented flats before reconstruction was completed. "
        "Organisers read out the names of those killed and showed photographs from the time. "
        "Speakers recalled the ceasefire talks in Cairo that ended that summer and the donor conference "
        "that promised billions for rebuilding. "
        "A local historian said he was collecting testimonies from survivors of 2014 so that the "
        "stories would not be lost. "
        "The event ended with prayers for the dead.",
        "history",
    ),
    (
        "Twentieth anniversary of Arafat's death marked with exhibition at his mausoleum",
        "RAMALLAH, November 11, 2024 (Palestine TV) - Palestinians marked the 20th anniversary of the "
        "death of President Yasser Arafat on Monday with a ceremony at his mausoleum in Ramallah and the "
        "opening of a new exhibition at the Yasser Arafat Museum. "
        "The exhibition includes his kufiya, his pistol holster, the desk from his besieged office at "
        "the Muqata'a and letters from his years in Beirut and Tunis. "
        "Prime Minister Mohammad Mustafa laid a wreath on behalf of President Mahmoud Abbas, and scouts "
        "played the national anthem. "
        "Nasser al-Qudwa, Arafat's nephew and head of the Yasser Arafat Foundation, said the "
        "circumstances of his death in a Paris hospital in 2004 had never been fully explained. "
        "Schools devoted their first lesson of the day to Arafat's life, and Palestine TV broadcast "
        "archive footage of his return to Gaza in 1994. "
        "Ceremonies were also held in Lebanon's refugee camps.",
        "history",
    ),
    (
        "Karameh battle anniversary: veterans recall the day they fought alongside Jordanian army",
        "JERICHO, March 21, 2018 (Ma'an) - Veterans of the battle of Karameh gathered in Jericho on "
        "Wednesday to mark its 50th anniversary, recalling the day in 1968 when Palestinian fighters "
        "and the Jordanian army confronted an Israeli incursion across the Jordan River. "
        "Abu Ali, 79, who fought with Fatah in the village, said the battle lasted about 15 hours and "
        "that he lost three friends in the fighting near the camp. "
        "The anniversary is commemorated each year as Karameh Day, and Fatah describes the battle as the "
        "moment that restored Arab morale after the defeat of 1967. "
        "A documentary film with interviews of veterans from both sides of the river was screened at "
        "the Jericho cultural centre. "
        "Historians point out that Israeli losses were far higher than Israel expected, even though its "
        "forces destroyed much of the village. "
        "The ceremony ended with the laying of wreaths at the memorial of the martyrs of the battle.",
        "history",
    ),
    (
        "Deir Yassin remembered 70 years on, with a tour of the village's remaining houses",
        "JERUSALEM, April 9, 2018 (Al-Quds) - Descendants of the residents of Deir Yassin marked the "
        "70th anniversary of the massacre in the village on Monday, with a guided walk among the stone "
        "houses that still stand inside the grounds of an Israeli psychiatric hospital in west "
        "Jerusalem. "
        "More than 100 villagers, among them women and children, were killed when fighters of the "
        "Irgun and Lehi militias attacked the village on April 9, 1948. "
        "Some of the participants had travelled from Ramallah and Jordan, and others from the nearby "
        "neighbourhood of Ein Karem. "
        "Israeli historian Daniel Blatman, who joined the walk, said archives on the killings remained "
        "partly closed. "
        "In Ramallah, an exhibition of photographs and documents about the village opened at the "
        "municipal library. "
        "Schools in the West Bank held lessons about the history of the village. "
        "Organisers said they planned to publish a book of the testimonies collected from survivors, most "
        "of whom have since died.",
        "history",
    ),
    (
        "Land Day marked with tree planting and marches in Galilee and the West Bank",
        "SAKHNIN, March 30, 2021 (WAFA) - Palestinians in Israel and the occupied territories marked the "
        "45th anniversary of Land Day on Tuesday with marches, tree planting and visits to the graves "
        "of the six Arab citizens killed by Israeli forces in 1976. "
        "The central rally was held in Sakhnin, where leaders of the Higher Follow-Up Committee laid "
        "wreaths at the Land Day memorial. "
        "In the West Bank, volunteers planted hundreds of olive seedlings on land near the Separation "
        "Wall in the villages of Bil'in and Ni'lin, and farmers' unions held open days. "
        "The anniversary commemorates the general strike called in 1976 against the confiscation of "
        "Arab land in the Galilee. "
        "Participants stressed that the struggle for land was continuing, while urging young people to "
        "learn the history of the day. "
        "All the events passed without incident, organisers said. "
        "In Sakhnin, a folk troupe performed songs about the land, and the day ended with a football match "
        "between youth teams from Arraba and Deir Hanna.",
        "history",
    ),
    # sport
    (
        "Hilal al-Quds clinch West Bank league title with late strike in Hebron",
        "HEBRON, May 24, 2019 (Ma'an) - Hilal al-Quds won the West Bank Premier League title on Friday "
        "after a 2-1 win away at Shabab al-Khalil, with a stoppage-time strike from their Jordanian "
        "forward. "
        "The hosts, backed by about 10,000 fans at the Hussein bin Ali stadium in Hebron, took the lead "
        "early in the second half through a header from a corner. "
        "Hilal levelled from the penalty spot and then laid siege to the home goal before substitute "
        "Mahmoud Eid's shot took a deflection and flew in. "
        "The Jerusalem club, coached by Ahmad Odeh, will represent Palestine in the AFC Cup next season. "
        "Shabab al-Khalil's coach said his team had been killed by refereeing decisions in the last "
        "month of the season. "
        "The Palestinian Football Association said the season had been completed on schedule despite "
        "difficulties moving players between cities. "
        "The cup final is due to be played next week in al-Ram.",
        "sport",
    ),
    (
        "Fans of Balata and Tulkarm clubs brawl in stands; league suspends match",
        "NABLUS, November 3, 2022 (Al-Quds) - A West Bank Premier League match between Markaz Balata and "
        "Thaqafi Tulkarm was abandoned on Thursday after fans of the two clubs fought in the stands of "
        "the Nablus municipal stadium. "
        "Supporters threw plastic bottles and chairs at each other after Tulkarm's equaliser, and "
        "several spectators were treated for cuts and bruises, the Red Crescent said. "
        "Police entered the stands to separate the two groups and arrested eight fans, a police "
        "spokesman said. "
        "The referee took the players off the pitch in the 78th minute with the score at 1-1. "
        "The Palestinian Football Association said its disciplinary committee would meet on Sunday and "
        "could order the clubs to play behind closed doors. "
        "Both clubs apologised to the public and condemned the violence. "
        "Rivalry between the two clubs has produced several tense matches in recent seasons.",
        "sport",
    ),
    (
        "Palestine storm past Bangladesh to keep World Cup dream alive",
        "AL-RAM, March 26, 2024 (Palestine TV) - Palestine's national team boosted their hopes of "
        "reaching the third round of World Cup qualifying with a 1-0 win away against Bangladesh in "
        "Dhaka on Tuesday. "
        "Striker Oday Dabbagh scored early in the second half, and goalkeeper Rami Hamadeh saved a "
        "penalty to keep the Bangladesh attack at bay. "
        "The Fida'i, who are playing their home matches abroad, have now collected seven points. "
        "Coach Makram Daboub said his players had fought like warriors despite playing so far from their "
        "supporters. "
        "Several members of the squad have been unable to train with their clubs in the West Bank for "
        "months, and the team prepared in a camp in Qatar. "
        "Fans gathered in cafes in Ramallah, Nablus and Bethlehem to watch the match on big screens. "
        "Palestine next face Lebanon in June. "
        "The Palestinian Football Association said it hoped to play at least one qualifier at the Faisal "
        "al-Husseini stadium in al-Ram if conditions allowed.",
        "sport",
    ),
    (
        "Thousands run in Bethlehem marathon along route hemmed in by the Wall",
        "BETHLEHEM, March 23, 2018 (WAFA) - More than 6,500 runners from 60 countries took part in "
        "the sixth Palestine Marathon in Bethlehem on Friday, running a route that loops twice because "
        "organisers could not find 42 kilometres of uninterrupted road under Palestinian control. "
        "The course started at the Church of the Nativity, passed along the Separation Wall and through "
        "the Dheisheh and Aida refugee camps. "
        "A Kenyan runner won the men's full marathon, while a local woman from Beit Sahour took the "
        "women's half marathon title. "
        "The organisers, the Palestinian Olympic Committee and the Right to Movement group, said the "
        "race was meant to highlight restrictions on movement. "
        "Two runners from Gaza who had registered were not granted permits to travel, they said. "
        "Children handed out water and dates at stations along the way, and crowds cheered from "
        "rooftops in the camps.",
        "sport",
    ),
    (
        "Gaza's Shuja'iyya club beat Ahli al-Khalil in historic cup final first leg",
        "GAZA, August 6, 2015 (Ma'an) - Ittihad Shuja'iyya beat Ahli al-Khalil 1-0 in the first leg of "
        "the Palestine Cup final at the Yarmouk stadium in Gaza City on Thursday, the first final between "
        "clubs from Gaza and the West Bank for 15 years. "
        "The Hebron side had been allowed to cross from the West Bank through the Erez crossing, while "
        "several of its players were refused permits and stayed behind. "
        "The Shuja'iyya club, whose neighbourhood was heavily damaged in last year's war, received a "
        "hero's welcome from its fans. "
        "The stadium was packed with some 10,000 supporters, and chants of national unity rang out "
        "before the kick-off. "
        "The return leg is due to be played in Hebron on Sunday, though the Gaza team is still waiting "
        "for permits. "
        "FIFA president Sepp Blatter sent a message congratulating the two clubs. "
        "Shuja'iyya's coach said his players would treat the second leg as a celebration whatever the "
        "result.",
        "sport",
    ),
    # entertainment
    (
        "Days of Cinema festival opens in Ramallah with documentary on Gaza fishermen",
        "RAMALLAH, October 15, 2017 (Al-Quds) - The Days of Cinema festival opened in Ramallah on Sunday "
        "with the premiere of a documentary that follows three Gaza fishermen as they battle the sea, "
        "the blockade and the naval patrols that limit how far they can sail. "
        "The week-long festival will screen 45 films from Palestine and abroad in Ramallah, Bethlehem, "
        "Haifa and Gaza, organisers Filmlab Palestine said. "
        "Director Ahmad Hassouna said he filmed for two years with the fishermen of al-Shati camp and "
        "that the war of 2014 was in the background of every conversation. "
        "The festival also includes workshops for young filmmakers and a section of films for children. "
        "Hanna Atallah, the festival's director, said the aim was to bring people back to the cinema in "
        "cities that lost most of their movie theatres during the first intifada. "
        "The closing film will be a Lebanese comedy.",
        "entertainment",
    ),
    (
        "Novel about the siege of Beirut shortlisted for Arabic fiction prize",
        "RAMALLAH, February 1, 2022 (WAFA) - A novel by a Palestinian writer about a family trapped in a "
        "Beirut refugee camp during the siege of 1982 has been shortlisted for the International Prize "
        "for Arabic Fiction. "
        "The book follows a young nurse through the weeks of shelling and the massacre that followed in "
        "Sabra and Shatila, told through letters she writes to her brother in Amman. "
        "The author, who grew up in Shatila before moving to the West Bank, said he had collected "
        "testimonies from survivors for ten years. "
        "The Ministry of Culture congratulated him and said it would print a cheap edition for school "
        "libraries. "
        "The winner of the prize, worth $50,000, will be announced in Abu Dhabi in May. "
        "Critics praised the novel for its restraint and for avoiding slogans. "
        "It is the writer's fourth novel and the first to be translated, with an English edition due next "
        "year.",
        "entertainment",
    ),
    (
        "Ramadan series on the first intifada draws record audience for Palestine TV",
        "RAMALLAH, April 18, 2022 (Palestine TV) - A Ramadan drama set in a Nablus neighbourhood during "
        "the first intifada has become the most-watched programme in the history of Palestine TV, the "
        "channel said. "
        "The 30-episode series tells the story of a family whose sons join the stone-throwers while their "
        "father tries to keep his bakery open during curfews. "
        "Scenes of army raids and clashes were filmed in the old city of Nablus with hundreds of local "
        "extras. "
        "The director said he wanted younger Palestinians to understand the sacrifices of the period of "
        "1987 to 1993. "
        "Some viewers complained on social media that the series glossed over internal divisions during "
        "the uprising. "
        "Episodes have been viewed more than 8 million times on the channel's YouTube page. "
        "The channel said a second season, set in a Gaza refugee camp during the same years, was already "
        "being written.",
        "entertainment",
    ),
    (
        "Exhibition of drawings by Gaza children opens at Palestinian Museum",
        "BIRZEIT, June 6, 2023 (Ma'an) - The Palestinian Museum in Birzeit opened an exhibition on "
        "Tuesday of some 200 drawings made by children in Gaza during art therapy sessions after the "
        "wars of 2014 and 2021. "
        "Many of the drawings show houses, planes and ambulances, while others depict the sea, football "
        "matches and family picnics. "
        "The curator said the exhibition was meant to show children's inner worlds rather than to "
        "illustrate war. "
        "The drawings were collected by a Gaza psychologist who has worked with children in Beit Hanoun "
        "and Rafah for more than a decade. "
        "Several of the young artists, now teenagers, spoke to visitors by video link from Gaza at the "
        "opening. "
        "The exhibition runs until the end of September, with weekend workshops for families. "
        "Admission is free, and the museum said it would lend part of the collection to a gallery in "
        "Amman next year.",
        "entertainment",
    ),
    (
        "Sebastia festival brings dabke troupes and musicians to Roman theatre",
        "NABLUS, July 29, 2016 (Al-Quds) - Dabke troupes and musicians from across Palestine performed "
        "at the ancient Roman theatre in Sebastia on Friday on the opening night of the village's "
        "summer festival. "
        "The El-Funoun troupe opened with a piece based on harvest songs, followed by the singer "
        "Reem Talhami. "
        "The mayor said the festival aims to draw visitors to the archaeological site, where residents "
        "have long complained about settler visits and the army's closure of parts of the site. "
        "About 3,000 people attended the opening night, including families from Nablus and Jenin and "
        "foreign tourists. "
        "Traders set up stalls selling embroidery, soap and za'atar at the entrance. "
        "The festival continues for four nights, with a poetry evening and a children's theatre show. "
        "Tickets cost 20 shekels, and buses run from the centre of Nablus every evening.",
        "entertainment",
    ),
    # crime
]
