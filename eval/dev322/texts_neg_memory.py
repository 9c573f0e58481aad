"""dev322 negatives: anniversaries of massacres and attacks, 'holy wars' and 'crusaders' on the
sports pages, and the Crusades in museums, games and films."""

NEGATIVES = [
    (
        "Seven more victims laid to rest as Srebrenica marks 30 years",
        "Tens of thousands of people gathered at the memorial centre in Potocari on Friday to mark "
        "30 years since Bosnian Serb forces killed more than 8,000 Muslim men and boys after "
        "overrunning the UN-protected enclave of Srebrenica. "
        "The remains of seven victims identified over the past year were buried in the cemetery, "
        "among them a 19-year-old and a man who was 67 when he died. "
        "Imams led the funeral prayer as mothers wept beside the green-draped coffins. "
        "About 7,000 victims have now been identified through DNA tests, and more than 1,000 "
        "are still missing. "
        "Thousands of people had walked for three days through the forests on the route the men "
        "took as they tried to flee in 1995. "
        "The UN General Assembly last year declared July 11th an international day of remembrance. "
        "Bosnian Serb leaders continue to deny that the killings amounted to genocide.",
        "history",
    ),
    (
        "Christchurch falls silent five years after mosque attacks",
        "Christchurch marked five years since the mosque attacks with a quiet service at the Al "
        "Noor mosque, where survivors and families read the names of the 51 people killed. "
        "The city's mayor said the anniversary was a time to stand beside the Muslim community "
        "rather than to make speeches. "
        "Several survivors said they still lived with injuries and anxiety. "
        "The families had asked for a low-key day, and there was no national ceremony. "
        "A new memorial garden near the Avon River is due to open later this year. "
        "The imam of Al Noor said the community had been changed by the loss but not broken. "
        "New Zealand banned most semi-automatic weapons within a month of the attacks in 2019."
        " Members of the Jewish and Christian communities joined the service. Police said the "
        "area would stay open to the public. The gunman is serving life in prison without the "
        "possibility of parole, the first such sentence in the country's history.",
        "history",
    ),
    (
        "Mother Emanuel marks ten years since Charleston church massacre",
        "Hundreds of people filled Emanuel African Methodist Episcopal Church in Charleston on "
        "Tuesday to remember the nine Black worshippers shot dead during a Bible study in June 2015. "
        "The names of the Emanuel Nine were read as the church bell tolled nine times. "
        "Survivors Felicia Sanders and Polly Sheppard sat in the front pew. "
        "A memorial designed by Michael Arad, with two curved benches facing each other, opened "
        "on the church grounds this year. "
        "The gunman, a white supremacist, was sentenced to death in 2017 and remains on federal "
        "death row. "
        "The pastor said the congregation's decision to forgive had not meant forgetting. "
        "Choirs from churches across South Carolina sang at the evening service."
        " The congregation, founded in 1816, is one of the oldest Black churches in the South. "
        "Relatives of the victims have set up scholarships and foundations in their names.",
        "history",
    ),
    (
        "Cardinal demands justice on fifth anniversary of Easter Sunday bombings",
        "Cardinal Malcolm Ranjith led hundreds of Catholics in a silent procession in Colombo on "
        "Sunday to mark five years since the Easter Sunday bombings of churches and hotels that "
        "killed 269 people. "
        "At 8.45 in the morning, the time of the first blast, church bells rang across Sri Lanka "
        "and worshippers stood in silence. "
        "The cardinal accused successive governments of hiding the truth about who was behind the "
        "attacks and said victims' families had waited too long. "
        "A court last year ordered the former president Maithripala Sirisena to pay compensation "
        "for failing to act on intelligence warnings. "
        "Survivors attended a Mass at St Anthony's Shrine in Kochchikade, which was rebuilt after "
        "the attack. "
        "Muslim clerics laid flowers at the shrine.",
        "history",
    ),
    (
        "Sikhs in Delhi remember 1984 killings forty years on",
        "Sikh families gathered at Gurdwara Rakab Ganj in Delhi on Friday to mark forty years "
        "since the anti-Sikh riots that followed the assassination of Prime Minister Indira Gandhi. "
        "About 3,000 Sikhs were killed in the capital in the days after the killing, according to "
        "official figures, and many more across India. "
        "Widows from the colony of Tilak Vihar, where many survivors were resettled, read "
        "prayers and lit candles. "
        "A former Congress leader is serving a life sentence for his role in the killings, but "
        "families say most of those responsible were never tried. "
        "The Akal Takht called for a memorial to be built in Delhi. "
        "Young Sikhs at the gathering said they had learned the history only from relatives.",
        "history",
    ),
    (
        "Armenian Church canonises 1.5 million genocide victims on centenary",
        "The Armenian Apostolic Church declared the 1.5 million Armenians killed by Ottoman forces "
        "a century ago to be saints on Thursday, in the largest canonisation in history. "
        "Catholicos Karekin II led the ceremony outside Etchmiadzin cathedral, and bells rang "
        "100 times at 19:15, to mark the year the killings began. "
        "Presidents of France and Russia attended commemorations in Yerevan the next day. "
        "Turkey accepts that many Armenians died but rejects the term genocide. "
        "Pope Francis had called the killings “the first genocide of the 20th century” at a Mass "
        "in Rome earlier this month, prompting Ankara to recall its ambassador to the Vatican. "
        "Hundreds of thousands of people walked to the memorial on the hill of Tsitsernakaberd.",
        "history",
    ),
    (
        "Friars and imams mark 800 years since St Francis met the sultan",
        "Franciscan friars and Muslim scholars met in Egypt this week to mark the eighth "
        "centenary of the meeting between Francis of Assisi and Sultan al-Kamil during the Fifth "
        "Crusade. "
        "In 1219, as crusader armies besieged Damietta, Francis crossed the lines to speak with "
        "the sultan and came back unharmed. "
        "Historians at the conference said the story had long been told as a failed attempt at "
        "conversion but is now read as an early example of dialogue. "
        "The friars visited Damietta and laid a plaque near the old city walls. "
        "Pope Francis, who took the saint's name, sent a message praising the “courage of "
        "encounter”. "
        "Al-Azhar University sent a delegation of professors."
        " A play about the encounter was performed in Arabic and Italian at a cultural centre in "
        "Cairo. The Franciscans have had a presence in Egypt since the 13th century and run "
        "schools there.",
        "history",
    ),
    (
        "Utes win the Holy War in Provo for third straight year",
        "Utah beat BYU 26-17 in Provo on Saturday to win the Holy War for the third year in a row, "
        "after its defence held the Cougars to three points in the second half. "
        "Cameron Rising threw two touchdown passes and ran for another, and the Utes' pass rush "
        "sacked the BYU quarterback five times. "
        "The rivalry, one of the oldest in college football, sets the state's flagship public "
        "university against the university run by the Church of Jesus Christ of Latter-day Saints. "
        "BYU fans in LaVell Edwards Stadium stayed until the last whistle. "
        "The schools will meet again in Salt Lake City next season when both play in the Big 12. "
        "Utah's coach said the win was “for the whole state, even the half that hates us”."
        " The series was paused for two seasons before the teams renewed it.",
        "sport",
    ),
    (
        "Crusaders storm to seventh straight Super Rugby title",
        "The Crusaders beat the Chiefs 25-20 in Christchurch on Saturday to win their seventh "
        "straight Super Rugby title and send coach Scott Robertson off to the All Blacks on a high. "
        "The home side laid siege to the Chiefs' line in the first half and scored two tries "
        "through their forwards. "
        "The Chiefs fought back to within two points, but a late penalty sealed it. "
        "The franchise kept its name after reviewing it following the 2019 mosque attacks, but "
        "dropped its knights-on-horseback pre-match show. "
        "Richie Mo'unga, playing his last game before joining a Japanese club, kicked 15 points. "
        "A crowd of about 22,000 filled the stadium."
        " Robertson, who took over in 2017, won the title in every one of his seasons. The "
        "Chiefs had gone through the regular season with only one defeat.",
        "sport",
    ),
    (
        "Vatican cricket team takes on Church of England in Canterbury",
        "The Vatican's St Peter's Cricket Club, made up of seminarians and priests from India, "
        "Pakistan and Sri Lanka studying in Rome, lost by 17 runs to a Church of England side in "
        "Canterbury on Saturday. "
        "The Anglican XI batted first and made 165 for 8 in their 20 overs, with a vicar from Kent "
        "hitting four sixes. "
        "The Vatican's opener attacked from the first ball but was caught on the boundary for 31. "
        "The match is part of the Light of Faith tour, which aims to build friendship between "
        "the churches. "
        "Both captains said the rivalry was fierce on the field and warm off it. "
        "The teams shared tea after the match in the cathedral precincts."
        " The Vatican side trained for the tour on a pitch on the outskirts of Rome loaned by a "
        "local club. A bishop umpired for part of the match. The tour continues next week with "
        "a game against a team of imams and Muslim scholars from a mosque in Leicester.",
        "sport",
    ),
    (
        "Premier League referees to pause games for Ramadan fast-breaking",
        "Premier League referees will be allowed to stop matches at sunset during Ramadan so that "
        "Muslim players can break their fast, the league said. "
        "Players may take on water, dates or energy gels during a natural pause in play, such as "
        "a goal kick or throw-in. "
        "Players and captains will agree the timing with the officials before kick-off. "
        "The decision follows a match in which a striker and a defender broke their fast at the "
        "side of the pitch after a stoppage for an injury. "
        "Muslim players said the move showed respect for their faith. "
        "Coaches said fasting players were usually fine to play but needed careful management of "
        "training loads."
        " The league said the guidance was drawn up with the Professional Footballers' "
        "Association and the referees' body. Several clubs have set up prayer rooms at their "
        "training grounds in recent years. Other leagues in Europe are expected to look at the "
        "rule.",
        "sport",
    ),
    (
        "Louvre Abu Dhabi shows Crusader swords beside Mamluk banners",
        "A new exhibition at the Louvre Abu Dhabi brings together swords, helmets and chain mail "
        "used by Crusader knights with the banners and armour of the Mamluk sultans who drove them "
        "from the Levant. "
        "The show, titled Holy Lands, Hostile Lands, includes 180 objects lent by museums in "
        "France, Egypt and Italy. "
        "Its curators said they wanted to show that the centuries of war were also centuries of "
        "trade and exchange of ideas. "
        "One room reconstructs the siege of Acre in 1291 with projections and sound. "
        "Manuscripts show Christian and Muslim accounts of the same battles side by side. "
        "The exhibition runs until February."
        " Ticket prices have been cut for students during the school holidays. The museum said "
        "it expected more than 200,000 visitors. A series of talks with historians from Cairo, "
        "Paris and Beirut accompanies the show.",
        "entertainment",
    ),
    (
        "Crusader Kings III lets players wage holy war and manage the papacy",
        "Paradox Interactive released Crusader Kings III on Tuesday, the third instalment of its "
        "medieval strategy series, in which players guide a dynasty from the year 867 to the "
        "fall of Constantinople. "
        "Players can call a holy war against neighbouring realms, found heresies and try to win "
        "the favour of the pope. "
        "The Swedish company said the game sold more than a million copies in its first month. "
        "Reviewers praised its religion system, which allows players to reform pagan faiths and "
        "split churches. "
        "Some historians said the game exaggerated the role of religion in medieval warfare. "
        "The studio said it would add a Byzantine expansion next year."
        " The game also lets players marry into rival dynasties and plot the assassination of a "
        "scheming uncle. Its maps stretch from Iceland to India. A version for consoles is "
        "planned.",
        "entertainment",
    ),
    (
        "Documentary follows Yazidi women home to Sinjar",
        "A documentary that follows three Yazidi women returning to their villages in Iraq's "
        "Sinjar region, years after they were enslaved by Islamic State, premiered at the Berlin "
        "film festival on Sunday. "
        "The film shows the women visiting the ruins of their family homes and a shrine at "
        "Lalish, the holiest site of their faith. "
        "One of them, now living in Germany, searches for a brother who is still missing. "
        "The director said she had spent four years earning the women's trust. "
        "The audience gave the film a long standing ovation. "
        "Yazidi spiritual leaders have welcomed children born of the captivity back into the "
        "community, and the film records that debate."
        " Thousands of Yazidis still live in camps in the Kurdistan region, and many say they "
        "are waiting for Sinjar to be rebuilt. The director said she hoped the film would be "
        "shown in Iraq.",
        "entertainment",
    ),
]
