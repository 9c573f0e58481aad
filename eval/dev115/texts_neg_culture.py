"""dev115 hard negatives: memory, culture and sport: memorials to citizens killed years ago
(history), films, books, plays and exhibitions (entertainment), and matches played in the shadow
of a war (sport)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Niemba ambush remembered at Cathal Brugha Barracks",
        "Veterans, families and serving soldiers gathered at Cathal Brugha Barracks in "
        "Dublin on Wednesday to mark the anniversary of the Niemba ambush, in which nine "
        "Irish soldiers serving with the United Nations in the Congo were killed in 1960. "
        "A wreath was laid by the Chief of Staff, and the names of the dead were read out "
        "by the grandchildren of two of the men. A survivor of the ambush, now in his "
        "eighties, said it was 'the day the Army grew up'.",
        "history",
    ),
    (
        "Ten years after MH17, relatives gather at Vijfhuizen monument",
        "About 2,000 relatives of the 298 people killed when Malaysia Airlines flight MH17 "
        "was shot down over eastern Ukraine gathered at the national monument in "
        "Vijfhuizen on Wednesday to mark ten years since the disaster. The King and the "
        "prime minister laid flowers, and the names of all the victims, 196 of them Dutch, "
        "were read out. Relatives said they still hoped those responsible would one day "
        "stand trial. In 2022 a Dutch court convicted three men of murder in their "
        "absence.",
        "history",
    ),
    (
        "Family marks 20 years since Kim Sun-il's killing in Iraq",
        "Relatives and friends of Kim Sun-il, the South Korean interpreter abducted and "
        "killed by militants in Iraq in 2004, held a memorial service at his family church "
        "in Busan on Saturday. His murder prompted large protests against Korea's troop "
        "deployment at the time. His sister said the family still did not know the full "
        "story of his last days. A scholarship in his name has supported 40 students of "
        "Arabic. The service ended with a hymn he had liked to sing.",
        "history",
    ),
    (
        "JICA holds memorial for engineers killed in Dhaka cafe attack, five years on",
        "The Japan International Cooperation Agency held a memorial ceremony at its Tokyo "
        "headquarters on Thursday for the seven Japanese consultants killed in the 2016 "
        "terror attack on a cafe in Dhaka. Agency staff and relatives observed a minute's "
        "silence in front of a monument with the victims' names. The JICA president said "
        "the agency would continue the transport projects in Bangladesh they had worked "
        "on.",
        "history",
    ),
    (
        "Nassiriya, twenty years on: Italy remembers 19 killed in 2003 bombing",
        "Italy on Sunday marked 20 years since the suicide truck bombing of the "
        "Carabinieri base in Nassiriya, southern Iraq, which killed 12 Carabinieri, five "
        "soldiers and two civilians. The president laid a wreath at the Altare della "
        "Patria, and ceremonies were held in the victims' home towns. A square in Rome was "
        "named after the victims.",
        "history",
    ),
    (
        "Przewodów marks a year since the missile that killed two residents",
        "Residents of Przewodów gathered at the parish church on Wednesday for a mass "
        "marking one year since a stray air-defence missile killed two men at a grain "
        "dryer on the edge of the village. A plaque with their names was unveiled at the "
        "site. The widow of one of the men said the family was still waiting for "
        "compensation. The prosecutor's investigation into the blast has not yet been "
        "closed. Pupils at the village school held a minute's silence.",
        "history",
    ),
    (
        "SANDF remembers Battle of Bangui, ten years on",
        "The SANDF held a memorial parade at Thaba Tshwane on Tuesday to mark ten years "
        "since the Battle of Bangui in the Central African Republic, in which 15 South "
        "African soldiers were killed fighting Séléka rebels. Families of the dead were "
        "joined by survivors of the battle. Opposition MPs used the occasion to ask again "
        "why the troops had been sent with so little support.",
        "history",
    ),
    (
        "Fiji honours peacekeepers who died in Lebanon and Sinai",
        "The Republic of Fiji Military Forces marked Peacekeepers' Day in Suva on "
        "Wednesday with a parade and a service at the memorial to the more than 50 Fijian "
        "soldiers who have died on United Nations and multinational missions since 1978, "
        "most of them in south Lebanon. The Prime Minister laid a wreath and met families "
        "of the dead. Fiji has about 500 troops serving abroad.",
        "history",
    ),
    (
        "'Blue Line' documentary follows Irish peacekeepers through a year in Lebanon",
        "A new RTÉ documentary, 'Blue Line', follows a platoon of Irish peacekeepers from "
        "Athlone through a six-month tour in south Lebanon, from their first patrols to "
        "the homecoming at Dublin Airport. The director spent three weeks embedded with "
        "the unit. It is less a war film than a study of boredom, homesickness and "
        "friendship, with a memorable scene of a Christmas dinner cooked in a bunker.",
        "entertainment",
    ),
    (
        "Webtoon about Ukrainian refugee girl in Seoul becomes unexpected hit",
        "'Sunflowers in Hongdae', a webtoon about a teenage Ukrainian girl who moves to "
        "Seoul with her mother after the war begins, has passed 50 million views since its "
        "launch in the spring. The author, a 29-year-old illustrator, said she based the "
        "story on a neighbour's family. The series mixes school comedy with flashbacks "
        "that the author says she drew 'gently, for young readers'.",
        "entertainment",
    ),
    (
        "Film review: 'The Quiet Neighbour' takes a Syrian refugee to a Tokyo suburb",
        "In 'The Quiet Neighbour', a former Syrian pharmacist waits for a decision on his "
        "asylum application while working nights at a convenience store in Saitama. The "
        "director, making her feature debut, avoids speeches and keeps the war off screen "
        "except for a single phone call. The lead actor, himself a refugee, gives a "
        "performance of great restraint. The film opens nationwide on Friday. The "
        "screenplay was co-written with an asylum lawyer. Its two hours pass quickly.",
        "entertainment",
    ),
    (
        "Gaza documentary gets standing ovation at São Paulo festival",
        "The documentary 'Gaza, Fim de Tarde', by a Brazilian director of Palestinian "
        "descent, received a long standing ovation at its premiere at the São Paulo "
        "International Film Festival on Saturday. Made from footage filmed over years by a "
        "family in Gaza City and sent to the director by phone, the film follows three "
        "generations. Screenings at the festival sold out within hours. It will be "
        "released in Brazilian cinemas next year.",
        "entertainment",
    ),
    (
        "Belvoir play about an aid worker's last year finds its voice",
        "'The Convoy', a new play at Belvoir St Theatre, imagines the last year of a "
        "fictional Australian aid worker who goes back to the Middle East against her "
        "family's wishes. The playwright keeps most of the action in the family's kitchen "
        "in Geelong, where a laptop on the table brings news and silences.",
        "entertainment",
    ),
    (
        "Photographs from Ukraine's front line on show at Gillman Barracks",
        "An exhibition of work by six Ukrainian photographers, 'Still Standing', opened at "
        "Gillman Barracks on Thursday, showing everyday life in cities under attack, from "
        "weddings in metro stations to farmers clearing fields. The curators said they "
        "chose to leave out the most graphic images. The exhibition runs until the end of "
        "next month and admission is free.",
        "entertainment",
    ),
    (
        "Syrian war novel wins Leipzig Book Fair prize",
        "A novel about a family in Aleppo during the war, written in German by an author "
        "who came to Germany as a refugee in 2015, has won the Leipzig Book Fair Prize for "
        "fiction. The jury praised its 'unsentimental precision' and its use of the "
        "grandmother's recipes to structure the chapters. The author, who now lives in "
        "Leipzig, said she wrote it for the children of her generation.",
        "entertainment",
    ),
    (
        "Ireland's women take the court against Israel in Riga, skip the handshake",
        "Ireland's women's basketball team beat Israel 87-78 in a EuroBasket qualifier in "
        "Riga on Thursday after lining up at the far end of the court during the anthems "
        "and declining the customary handshake. Basketball Ireland had said it would "
        "fulfil the fixture only to avoid sanctions. The Israeli federation had accused "
        "Irish players of antisemitism. The game was played in a neutral venue with heavy "
        "security.",
        "sport",
    ),
    (
        "Ukraine's 'home' qualifier in Wrocław a sell-out",
        "Ukraine's national team will play its home Euro qualifier against Iceland at the "
        "Tarczyński Arena in Wrocław on Tuesday, after all 40,000 tickets sold out within "
        "a day, mostly to Ukrainians living in Poland. Ukraine has played its home matches "
        "abroad since the full-scale invasion. The coach said his players would be "
        "'fighting for every ball' for the fans who could not go home.",
        "sport",
    ),
    (
        "NFF to give proceeds of Israel match to aid in Gaza",
        "The Football Association of Norway will donate the proceeds from its World Cup "
        "qualifier against Israel in Oslo to a humanitarian organisation working in Gaza, "
        "the federation president said. The match will be played as normal because the "
        "alternative, a walkover, would hurt Norway's chances of qualifying. Fans' groups "
        "plan to hold a march to the stadium and display banners during the game.",
        "sport",
    ),
]
