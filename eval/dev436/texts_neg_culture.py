"""dev436 negatives: football, anniversaries and archaeology, and the screen (films and Ramadan
series about war, a festival cancelled). (title, text, kind code); the text is written wrapped and
joined with single spaces."""

_RAW = [
    (
        "Ahly storm back to sink Zamalek in Cairo derby as Taher strikes twice",
        """Al Ahly came from a goal down to beat Zamalek 3-1 in the Cairo derby at the Cairo International
        Stadium on Sunday night, tightening their grip on the top of the Egyptian Premier League. Zamalek
        took the lead after 19 minutes when Nasser Mansi fired a low shot past Mohamed El-Shenawy, and
        for half an hour the White Knights looked the sharper side. But Ahly laid siege to the Zamalek
        goal after the break, and Taher Mohamed Taher levelled with a header in the 58th minute before
        adding a second from close range. Substitute Wessam Abou Ali sealed the win in stoppage time
        with a shot that deflected off a defender. "We attacked them from both wings and they could not
        cope," Ahly's coach said afterwards. Zamalek's coach complained about the refereeing and said
        his side had been "killed by two mistakes". The match was played in front of 5,000 fans under
        the current limits on attendance, all of them from Ahly. The win leaves Ahly six points clear
        with a game in hand.""",
        "sport",
    ),
    (
        "Nashama storm into Asian Cup final after stunning South Korea",
        """Jordan reached the final of the Asian Cup for the first time on Tuesday after a 2-0 win over
        South Korea in the semi-final at the Ahmad bin Ali Stadium in Qatar, sparking celebrations in
        streets across the kingdom. Yazan Al-Naimat opened the scoring in the 53rd minute after a
        mistake in the Korean defence, and Musa Al-Taamari, the Montpellier winger, doubled the lead
        with a solo run and a left-footed shot 13 minutes later. Jurgen Klinsmann's side, who had beaten
        Saudi Arabia and Australia on the way, failed to manage a single shot on target. "We fought
        for every ball like it was the last one," goalkeeper Yazeed Abulaila told Roya News. In Amman,
        thousands of fans poured into the streets waving flags and honking car horns until dawn, and
        King Abdullah congratulated the players in a phone call. The government declared Wednesday a
        half-day for schools. Jordan, ranked 87th in the world, will face hosts Qatar in Saturday's
        final at the Lusail Stadium.""",
        "sport",
    ),
    (
        "Pyramids conquer Africa: Cairo club wins first CAF Champions League title",
        """Pyramids FC won the CAF Champions League for the first time on Sunday after beating South
        Africa's Mamelodi Sundowns 3-2 on aggregate, completing a rapid rise for a club founded barely
        a decade ago. The Cairo side drew 1-1 in the first leg in Pretoria and won the return match 2-1
        at the Air Defence Stadium in front of a capacity crowd. Fiston Mayele's penalty and a late
        strike from Walid El-Karti sealed the title after Sundowns had equalised on the counter-attack.
        "Nobody believed in us, but we went to war for this cup," the club's president said at the
        final whistle. Pyramids become the fourth Egyptian club to win Africa's top prize, after Al Ahly,
        Zamalek and Ismaily, and will represent the continent at the FIFA Intercontinental Cup. The
        club, backed by wealthy owners since 2018, has spent heavily on foreign players but has no
        large fan base of its own. Officials from both Ahly and Zamalek sent congratulations. The
        players were received by the sports minister on Monday.""",
        "sport",
    ),
    (
        "Salah fires Pharaohs to World Cup with brace in Djibouti",
        """Mohamed Salah scored twice as Egypt beat Djibouti 3-0 in Casablanca on Wednesday to book their
        place at the 2026 World Cup in North America with a game to spare. Ibrahim Adel gave the
        Pharaohs the lead from close range after eight minutes before Salah doubled it with a curling
        shot and added a third with a penalty just after the hour. Hossam Hassan's side finished top of
        Group A, ahead of Burkina Faso, unbeaten in the qualifying campaign. It will be Egypt's fifth
        appearance at the World Cup, and the second in a row for Salah, who at 33 is expected to lead
        the attack. "We have a long way to go, but this generation deserves to be there," Hassan
        said. Fans in Cairo gathered in cafes and at Tahrir Square, where traffic came to a standstill
        late into the night. The Egyptian Football Association said it would announce friendly
        matches against European opposition for the spring. Djibouti played their home match in
        Morocco because their own stadium does not meet international standards.""",
        "sport",
    ),
    (
        "CAF fines Zamalek and bans fans after flares and pitch invasion at Borg El Arab",
        """The Confederation of African Football has fined Zamalek $75,000 and ordered the club to play its
        next two continental home matches behind closed doors after flares, missiles and a pitch
        invasion marred the Confederation Cup quarter-final at Borg El Arab Stadium. The match was held
        up for 12 minutes in the second half when supporters threw bottles and flares onto the pitch,
        and several fans climbed the fences and ran towards the referee after a penalty was awarded to
        the visitors. Police officers escorted the match officials to the dressing room, and 12 fans
        were detained outside the stadium after scuffles between rival groups of Zamalek supporters,
        the interior ministry said. No serious injuries were reported. The club condemned the
        "individual behaviour" of a small number of fans and said it would appeal the ban. Egypt has
        only recently started allowing larger crowds back into stadiums. A Zamalek board member said
        the decision was "harsh" but that the club would cooperate.""",
        "sport",
    ),
    (
        "Fifty years on, veterans of the October War retell the crossing",
        """Egypt marked the 50th anniversary of the October 1973 war on Friday with a military air show
        over the Suez Canal, a ceremony at the Unknown Soldier Memorial in Nasr City and a flood of
        television documentaries about the crossing of the canal. President Abdel-Fattah El-Sisi laid a
        wreath at the tomb of President Anwar Sadat and awarded medals to veterans and the families
        of those who died. In the village of Mit Abu El-Kom, 78-year-old Mohamed Abdel-Aziz, who crossed
        the canal with the first wave of infantry, said he still remembers the smell of the water and
        the noise of the artillery. "We were children who became men in six hours," he said. Historians
        at a conference at Cairo University discussed newly released Israeli documents on the war,
        which began with a surprise attack across the canal and the Golan Heights on 6 October. The
        Egyptian army says more than 8,000 of its soldiers were killed in the war. Schools held
        special lessons and the Cairo metro played patriotic songs all day.""",
        "history",
    ),
    (
        "Jordan commemorates Battle of Karameh on its 50th anniversary",
        """King Abdullah laid a wreath at the memorial to the fallen in the Jordan Valley town of Karameh on
        Wednesday as the kingdom marked the 50th anniversary of the 1968 battle, which Jordanians
        regard as the first Arab victory over Israel after the 1967 war. Veterans in their seventies,
        many wearing their old uniforms, joined the ceremony alongside the Crown Prince and
        commanders of the armed forces. On the morning of 21 March 1968 Israeli forces crossed the Jordan
        River to attack Palestinian fighters in the town and were met by the Jordanian army, and
        historians say around 86 Jordanian soldiers were killed. "We held our ground with our chests,"
        recalled a retired sergeant who fought with an artillery battery. Schools across the country
        held events and state television broadcast documentaries. The Karameh memorial museum, which
        displays tanks and weapons captured during the battle, has reopened after renovation. The
        anniversary also coincides with Mother's Day, and many families visited the martyrs' cemetery.""",
        "history",
    ),
    (
        "Archaeologists uncover New Kingdom fortress on the 'Ways of Horus' in North Sinai",
        """An Egyptian archaeological mission has uncovered the remains of a large fortress from the New
        Kingdom at Tell el-Kharouba in North Sinai, the Ministry of Tourism and Antiquities said on
        Tuesday. The fortress, about 105 metres long and 75 metres wide, formed part of a chain of
        military posts along the Ways of Horus, the ancient road linking Egypt with Palestine. The
        mission found parts of a mudbrick wall, 11 defensive towers and the remains of a zigzag wall
        that may have been built to protect the fort from the sea and sand. Pottery, stone tools and an
        ostracon bearing the name of a soldier were also recovered. "This discovery helps us understand
        how the pharaohs defended Egypt's eastern gate," said the secretary-general of the Supreme
        Council of Antiquities. The fortress probably dates to the reigns of Seti I and Ramesses II,
        whose armies marched along the road on campaigns in the Levant, including the Battle of Kadesh.
        Excavations will continue next season.""",
        "history",
    ),
    (
        "El Alamein remembers: veterans' relatives gather for 80th anniversary of desert battles",
        """Relatives of soldiers from Britain, Germany, Italy, New Zealand, Australia and India gathered at
        the war cemeteries of El Alamein on Sunday to mark the 80th anniversary of the battles that
        turned the tide of the Second World War in North Africa. Ambassadors and military attaches laid
        wreaths at the Commonwealth War Cemetery, where more than 7,000 soldiers are buried, and at the
        German and Italian memorials along the coast road. The last surviving veterans were too frail
        to travel this year, organisers said. "My grandfather never talked about the desert, only about
        the flies," said a woman from Auckland who came with her son. The Egyptian governor of Matrouh
        said millions of landmines left over from the fighting still lie in the Western Desert and
        that clearance work had freed large areas for agriculture and new towns. The El Alamein
        Military Museum reopened after renovation with new displays on the two sides of the battle.
        A concert by a military band closed the ceremony at sunset.""",
        "history",
    ),
    (
        "'El Ekhtiyar 3' tops Ramadan ratings, reopening debate on drama and the state",
        """The third season of the Ramadan series El Ekhtiyar topped television ratings in Egypt in the first
        week of the holy month, according to a survey by a media research firm, as the show turned
        from the war against militants in Sinai to the events of 2013. Earlier seasons told the story
        of army officer Ahmed El-Mansi, killed in a militant attack on a checkpoint in 2017, and of
        police officers fighting armed cells, with battle scenes filmed with the support of the armed
        forces. This season stars Yasser Galal as President Abdel-Fattah El-Sisi, then defence
        minister, and uses leaked recordings of the period. Critics said the series was a skilful
        piece of drama but offered only the state's version of history. "It is a blockbuster and a
        history lesson at the same time," one columnist wrote. The producer, United Media Services,
        said the show had been watched by more than 40 million viewers on television and streaming.
        Actors Karim Abdel Aziz and Ahmed Ezz also appear in the cast. Streaming platform Watch It said
        the first season had been its most viewed title of the year. Advertising slots during the show
        sold at the highest rates of the season, according to agencies.""",
        "entertainment",
    ),
    (
        "Jordan's 'Farha' streams on Netflix despite Israeli outcry over Nakba scenes",
        """Jordanian director Darin J Sallam's film Farha began streaming on Netflix this week, prompting
        calls from Israeli ministers for the platform to remove it and a wave of support from viewers
        in the Arab world. The film follows a 14-year-old Palestinian girl who is locked in a pantry
        by her father during the events of 1948 and witnesses through a crack in the door the killing
        of a family by Israeli soldiers. Israel's culture minister called the film "lies and libel",
        and a cinema in Jaffa that screened it faced pressure to withdraw state funding. Sallam said
        she based the story on an account passed down to her by a woman who lived through the Nakba.
        "I wanted to tell a story that is told in every Palestinian home," she told the Jordan Times.
        Farha was Jordan's official submission to the Academy Awards and was screened at the Toronto
        International Film Festival. The film's ratings on review sites have been flooded with both
        negative and positive votes since it was released.""",
        "entertainment",
    ),
    (
        "Cairo Film Festival called off as organisers cite events in Gaza",
        """The Cairo International Film Festival will not be held this year, the Ministry of Culture said on
        Tuesday, citing the situation in Gaza and the region. The festival, the oldest in the Arab
        world, had been scheduled for 15 to 24 November, with a competition programme of 16 films and
        a tribute to the late actor Mahmoud Yassin. "It is not possible to celebrate on the red carpet
        while our brothers are suffering," festival president Hussein Fahmy said. The decision follows
        the postponement of the El Gouna Film Festival and the Carthage Film Festival in Tunisia, and
        the cancellation of several concerts in Egypt and Jordan. Some directors said they understood
        the decision, while producers said it would cost the industry a rare showcase. The ministry said
        some of the films selected would be shown in a reduced programme at the Cairo Opera House later,
        with proceeds going to relief efforts. The festival was last called off in 2011, in the
        months after the revolution.""",
        "entertainment",
    ),
]

NEGATIVES = [(title, " ".join(text.split()), kind) for title, text, kind in _RAW]
