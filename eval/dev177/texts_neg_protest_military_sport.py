"""dev177 hard negatives (4 of 5): peaceful protests, strikes, rallies and a Quran burning, troops
and guards at worship without violence, and sport on the religion desk (eval/README.md, section
1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Catholic women in Germany stage week-long 'church strike' over abuse and exclusion",
        "Thousands of Catholic women across Germany have begun a week-long "
        '"church strike", refusing to enter church buildings or do voluntary '
        "work in their parishes in protest at the Church's handling of "
        "clerical sexual abuse and the exclusion of women from ordained "
        "ministry. The Maria 2.0 movement, which began in a parish in Münster, "
        "called on women to hold services outside their churches instead, and "
        "on Sunday hundreds gathered in front of cathedrals in Cologne, "
        "Münster, Freiburg and elsewhere, many wearing white. In an open "
        "letter to Pope Francis, the organisers demanded the ordination of "
        'women and an end to compulsory celibacy for priests. "We are not '
        'leaving the Church, we are standing in front of it," one of the '
        "founders told The Tablet. Several bishops expressed sympathy with the "
        "women's concerns, while others criticised the strike as divisive. The "
        "German bishops' conference said it would discuss the issues as part "
        'of its "synodal path" of reform. A study commissioned by the bishops '
        "last year found that some 3,677 minors had been abused by clergy "
        "between 1946 and 2014. The strike ends on Saturday. In Münster, where "
        "the movement began, women sat on folding chairs in the cathedral "
        "square and celebrated a liturgy of the word led by a lay theologian. "
        "Passers-by stopped to sign a petition supporting the demands. The "
        "organisers said they would decide next month whether to repeat the "
        "action in the autumn.",
        "protest",
    ),
    (
        "Tens of thousands of Haredim rally in Jerusalem against military "
        "draft, block main entrance to city",
        "Tens of thousands of ultra-Orthodox men gathered at the entrance to "
        "Jerusalem on Thursday afternoon for a mass prayer rally against the "
        "drafting of yeshiva students into the IDF, blocking traffic on Route "
        "1 and halting the light rail for several hours. The rally, organised "
        "by leading Hasidic and Lithuanian rabbis, was billed as a "
        '"million-man prayer" and featured psalms read from a stage near the '
        'Chords Bridge. Speakers said the community would "not give up a '
        'single student" and urged young men to ignore call-up orders. Police '
        "said they deployed some 2,000 officers, and that the rally ended "
        "without major incident after organisers dispersed the crowd at around "
        "7 p.m. Three people were detained for blocking a side road after the "
        "end of the event and were released later in the evening. Commuters "
        "were stuck for hours, and the Jerusalem municipality advised "
        "residents to avoid the area. The protest came a week after military "
        "police arrested two yeshiva students who had failed to report for "
        "duty. Coalition Haredi parties have threatened to bring down the "
        "government unless it passes a law enshrining the exemption.",
        "protest",
    ),
    (
        "Christians hold silent protest at Jantar Mantar, seek action against 'rising hate'",
        "Hundreds of Christians, including bishops, priests, nuns and lay "
        "leaders from several denominations, held a silent protest at Jantar "
        "Mantar in New Delhi on Sunday, demanding that the Centre and State "
        "governments act against what they described as a growing number of "
        'attacks on their community. Holding placards reading "Stop violence '
        'against Christians" and "We are Indians too", the protesters stood in '
        "silence for an hour before reading out a memorandum addressed to the "
        "President. The United Christian Forum said it had recorded 161 "
        "incidents of harassment, disruption of prayer meetings and assaults "
        "on pastors in the country in the first three months of the year, most "
        "of them in Uttar Pradesh and Chhattisgarh. The organisers also sought "
        'the repeal of anti-conversion laws in nine States. "We are not here '
        "against any government, we are here to ask for protection under the "
        'Constitution," said one of the bishops. The Delhi Police said the '
        "protest had been held with permission and ended peacefully. Similar "
        "gatherings were held in Bengaluru, Chennai and Kolkata. The Union "
        "Minority Affairs Ministry did not respond to requests for comment.",
        "protest",
    ),
    (
        "Char Dham priests continue protest against Devasthanam Board, boycott Kedarnath rituals",
        "Priests of the Char Dham shrines in Uttarakhand on Monday intensified "
        "their protest against the Uttarakhand Char Dham Devasthanam "
        "Management Board, with hundreds of tirth purohits staging a dharna "
        "outside the Kedarnath temple and boycotting the rituals performed for "
        "visiting dignitaries. The priests, who claim hereditary rights over "
        "the shrines, say the Board set up by the previous State government in "
        "2019 has taken away their traditional control over temple affairs and "
        "offerings. Several of the protesters had half their heads shaved as a "
        "mark of protest, and black flags were waved as the Chief Minister's "
        "helicopter landed at the shrine on Friday, the priests' Mahapanchayat "
        "said. Police said the protest had been peaceful and no one had been "
        "detained. The Chief Minister has promised to take a decision on the "
        "Board's future after a high-powered committee submits its report by "
        "the end of the month. The Congress has promised to scrap the Board if "
        "voted to power in next year's Assembly election. Pilgrims said "
        "darshan at the shrine had continued normally.",
        "protest",
    ),
    (
        "Catholic faithful march in dioceses across Nigeria against insecurity, killings",
        "Thousands of Catholic faithful, led by their bishops, priests and "
        "religious, on Sunday took part in peaceful processions in dioceses "
        "across the country to protest against the insecurity that has claimed "
        "thousands of lives, including those of priests and seminarians. The "
        "march, called by the Catholic Bishops' Conference of Nigeria, began "
        "after morning Mass in most parishes, with participants dressed in "
        'black and carrying placards that read "Stop the killings" and '
        '"Nigeria is bleeding". In Abuja, the procession moved from the Our '
        "Lady Queen of Nigeria Pro-Cathedral to the National Assembly, where "
        "the Archbishop of Abuja delivered a letter to the Senate President. "
        '"We are not here to fight anyone; we are here to say enough is '
        'enough," he told journalists. In Lagos, Enugu, Kaduna and Sokoto, the '
        "processions ended with prayers and the singing of the national "
        "anthem, Premium Times correspondents reported. The police said there "
        "were no incidents. The bishops called on the federal government to "
        "overhaul the security architecture and to stop treating the killings "
        'as "a routine affair." The presidency said in a statement that it '
        'shared the concerns of the Church and was "working round the clock" '
        "to protect all Nigerians.",
        "protest",
    ),
    (
        "Man burns pages of Quran outside Stockholm mosque on Eid as police stand guard",
        "An Iraqi man living in Sweden set fire to pages of a copy of the "
        "Quran outside Stockholm's central mosque on Wednesday, the first day "
        "of Eid al-Adha, after the police granted him permission for the "
        "protest on free speech grounds. The 37-year-old, who told Swedish "
        "media he wanted to see the holy book banned, stamped on the book and "
        "placed strips of bacon in it before setting several pages alight, "
        "while a second man spoke through a megaphone. About 200 people "
        "gathered behind police barriers on the other side of the street, some "
        'shouting "God is great" in Arabic, and one man was detained for '
        "trying to approach the demonstrators, police said. The Stockholm "
        "police had earlier rejected several applications for Quran burnings, "
        "citing security risks, but a court ruled that the bans restricted the "
        'right to demonstrate. The mosque\'s director said it was "very sad" '
        "that the burning had been allowed on a holy day. Turkey, whose "
        "approval Sweden needs to join NATO, condemned the act, and Morocco "
        "recalled its ambassador to Stockholm. The Organisation of Islamic "
        "Cooperation called an emergency meeting.",
        "protest",
    ),
    (
        "34 new Swiss Guards sworn in at the Vatican, as corps prepares to expand barracks",
        "Thirty-four new recruits of the Pontifical Swiss Guard were sworn in "
        "on Monday in the San Damaso courtyard of the Apostolic Palace, "
        "pledging to give their lives, if necessary, to protect the pope. In a "
        "ceremony held every year on 6 May, each recruit grasped the corps' "
        "flag with his left hand and raised three fingers of his right hand, "
        "symbolising the Holy Trinity, as he read out the oath in his native "
        "language. Pope Francis received the recruits and their families in "
        "audience earlier in the day, telling them that their service was a "
        "witness of faith and urging them to live their time in Rome with "
        "fraternity and joy. The Swiss Guard, founded in 1506, is the world's "
        "oldest standing army and is made up of Catholic Swiss men between 19 "
        "and 30 years old who have completed basic training in the Swiss armed "
        "forces. The corps has 135 members and plans to increase its numbers "
        "to 150 once the renovation of its barracks is completed in 2027. The "
        "halberds, helmets and Renaissance uniforms are worn for ceremonies, "
        "while guards on security duty carry modern firearms, and the date of "
        "the swearing-in recalls the 147 guards who died defending Pope "
        "Clement VII during the Sack of Rome in 1527.",
        "military",
    ),
    (
        "Army, Rangers to be deployed in sensitive districts for Ashura; "
        "mobile service to be suspended",
        "ISLAMABAD: The federal government on Wednesday approved the "
        "deployment of army and Rangers personnel in sensitive districts of "
        "all four provinces for Muharram 9 and 10, at the request of the "
        "provincial governments, to ensure the security of Ashura processions "
        "and majalis. An interior ministry notification said troops would be "
        'deployed under Article 245 of the Constitution as a "quick reaction '
        'force" and would remain on standby in the garrisons unless called out '
        "by the civil administration. Mobile phone services will be suspended "
        "along the routes of the main processions in Karachi, Lahore, "
        "Peshawar, Quetta, Rawalpindi and other cities, while pillion riding "
        "has been banned in several districts. In Karachi, more than 15,000 "
        "policemen and 1,500 Rangers will provide security to the central "
        "procession, which begins at Nishtar Park and ends at Hussainian "
        "Iranian Imambargah. Drones and CCTV cameras will be used to monitor "
        "the routes, officials said. The Punjab government has banned the "
        "entry of dozens of clerics into the province during Muharram to "
        "prevent sectarian speeches. Ashura processions have been targeted by "
        "militants in the past, including a 2009 suicide bombing in Karachi "
        "that killed 43 people.",
        "military",
    ),
    (
        "Ramadan: Premier League referees to pause matches again so Muslim players can break fast",
        "Premier League referees will again be allowed to pause matches during "
        "Ramadan to let Muslim players break their fast, the league has "
        "confirmed. The informal arrangement, first introduced in 2021, allows "
        "players to take on water, energy gels or dates at a natural stoppage "
        "in play after sunset, with clubs agreeing the timing with the match "
        "officials before kick-off. Liverpool forward Mohamed Salah is among "
        "the dozens of players expected to observe the fast, which this year "
        'runs until the end of March. "It makes a big difference to know the '
        'club and the league have your back," one attacking midfielder told '
        "BBC Sport. The Football Association said last season that the "
        "arrangement had also been adopted in the Championship and the Women's "
        "Super League. Some clubs host open iftars at their stadiums for fans "
        "of all faiths during the holy month, and the pauses last no longer "
        "than a minute.",
        "sport",
    ),
    (
        "Vatican cricket team beats Church of England side in Canterbury as "
        "Light of Faith series returns",
        "The Vatican's cricket team, the St Peter's Cricket Club, beat a "
        "Church of England XI by six wickets in Canterbury on Saturday, "
        "winning back the Light of Faith trophy in the latest edition of an "
        "ecumenical series that began in 2014. The Vatican side, made up "
        "mostly of seminarians and priests from India, Pakistan and Sri Lanka "
        "studying in Rome, chased down a target of 142 with two overs to "
        "spare, thanks to an unbeaten 58 from a seminarian from Kerala who "
        'opened the batting. "We pray together before the match, and then we '
        "try to destroy each other's bowling,\" the Vatican captain joked. The "
        "Anglican team, captained by a vicar from Lancashire, struggled "
        "against the visitors' spin attack after losing early wickets. The "
        "series was launched to promote friendship between the Churches, and "
        "proceeds from the matches support projects against human trafficking. "
        "The two teams attended Evensong at Canterbury Cathedral after the "
        "match. Next year's fixture is due to be played in Rome.",
        "sport",
    ),
]
