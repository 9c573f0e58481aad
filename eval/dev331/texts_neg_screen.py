"""Negatives of dev331: war films and series, documentaries about past wars, awards, and the
screen's history pages. (title, text, kind code); texts are written wrapped and joined here."""


def _t(s: str) -> str:
    return " ".join(s.split())


NEGATIVES = [
    (
        "'Civil War' storms to top of North American box office with $25.5m opening",
        _t("""Alex Garland's dystopian thriller "Civil War" opened at the top of the North
        American box office this weekend, taking $25.5 million from 3,838 cinemas, according to
        studio estimates on Sunday. The film, which follows a team of war photographers driving
        from New York to Washington as federal forces and secessionist armies fight for the
        capital, is the most expensive production yet for the independent studio A24. Its
        marketing leaned on images of helicopters over the Lincoln Memorial and snipers on
        suburban lawns, which drew both curiosity and complaints online. Exit polls showed an
        audience that skewed male and over 25, with Imax screens accounting for about a fifth of
        ticket sales. Kirsten Dunst plays a veteran photographer who has covered conflicts abroad
        and is haunted by what she has seen. Garland has said the film is about journalism more
        than politics. Last week's leader, "Godzilla x Kong", slipped to second place. Analysts
        expect the thriller to reach $70 million domestically."""),
        "entertainment",
    ),
    (
        "German anti-war epic takes four Oscars including best international feature",
        _t("""Edward Berger's "All Quiet on the Western Front" won four Academy Awards on Sunday,
        including best international feature, making it the most decorated German-language film
        in the history of the Oscars. The Netflix adaptation of Erich Maria Remarque's 1929 novel
        follows a teenage recruit from the patriotic fervour of enlistment to the mud and gas of
        the trenches in 1917 and 1918. It also took the awards for cinematography, production
        design and original score, whose three-note motif has been compared to a siren. Berger
        thanked his cast and said the film was made "with the awareness that a war is going on in
        Europe right now". The film had already won seven Baftas in London last month. The
        streamer said it had been watched by more than 150 million hours worldwide in its first
        month. Critics in Germany were more divided, with some arguing that it departed too far
        from the book. Berger said his next project would be a thriller set in the Vatican."""),
        "entertainment",
    ),
    (
        "Mariupol siege documentary brings Ukraine its first Academy Award",
        _t("""A documentary about the first weeks of the Russian siege of Mariupol won the
        Academy Award for best documentary feature on Sunday, the first Oscar for a Ukrainian
        film. Its director, an Associated Press video journalist, used his speech to say he
        wished he had never had to make it, and that he would trade the statuette for Russia
        never having attacked his country. The film is assembled from footage he and two
        colleagues shot in the city in 2022, when they were among the last international
        journalists there, including scenes in a maternity hospital. Its producers said it had
        been screened in more than 100 countries and broadcast by public television networks in
        the United States and across Europe. In Kyiv, people watched the ceremony at dawn in a
        cinema that opened specially. The award follows a Pulitzer Prize for the agency's
        reporting from the city. Ukraine's president congratulated the team on social media. The
        film will return to Ukrainian cinemas next month."""),
        "entertainment",
    ),
    (
        "Korean coup thriller '12.12: The Day' passes 10 million admissions",
        _t("""The South Korean political thriller "12.12: The Day", which dramatises the military
        coup of December 1979, has sold more than 10 million tickets, becoming the first local
        film to cross the milestone since the pandemic, its distributor said on Sunday. The film
        recreates the nine hours in which a group of generals seized control of the army in
        Seoul, with tanks rolling across the Han River bridges and gunfire at the defence
        ministry. Hwang Jung-min plays the general who led the mutiny, a thinly disguised
        portrait of the later president Chun Doo-hwan. Younger viewers posted videos on social
        media of their heart rate monitors spiking during the final act. Cinema chains added late
        screenings to meet demand over the holidays. Historians said the film had prompted a
        wave of interest in the period, with bookshops reporting rising sales of accounts of the
        coup and the crackdown in Gwangju that followed. The director said he had wanted to show
        "how quickly a democracy can be lost in one night"."""),
        "entertainment",
    ),
    (
        "Chinese war epic 'The Battle at Lake Changjin' becomes highest-grossing film in country's history",
        _t(""""The Battle at Lake Changjin", a state-backed epic about Chinese troops fighting US
        forces in the Korean War, has become the highest-grossing film ever released in China,
        taking 5.69 billion yuan since it opened during the National Day holiday, according to
        ticketing platform Maoyan. The three-hour film, co-directed by Chen Kaige, Tsui Hark and
        Dante Lam, depicts the battle of 1950 in which soldiers of the People's Volunteer Army
        fought in temperatures of minus 40 degrees. It overtook "Wolf Warrior 2", another
        patriotic action film, which had held the record since 2017. Schools and state companies
        organised group viewings. A sequel, shot at the same time, is due next year. Foreign
        releases have struggled in China this year amid a slowdown in approvals. Two bloggers who
        questioned the film's portrayal of the battle were detained by police for "defaming
        martyrs", state media reported."""),
        "entertainment",
    ),
    (
        "'SAS Rogue Heroes' begins filming second series in Morocco",
        _t("""Filming on the second series of the BBC's wartime drama "SAS Rogue Heroes" has begun
        in Morocco, where the production has built a replica of an Italian airfield and a stretch
        of French coastline, the broadcaster said. The new episodes, again written by Steven
        Knight, follow the special forces unit from the North African desert campaign into
        Italy and occupied France in 1943 and 1944. Connor Swindells and Jack O'Connell return
        in the lead roles, with several new cast members playing French resistance fighters. The
        first series, which drew an average of 8.5 million viewers per episode, was criticised
        by some historians for its swaggering tone and anachronistic rock soundtrack. Knight
        said the raids in the new series would be "bigger and louder" than before. Around 600
        Moroccan extras and crew are working on the shoot near Ouarzazate. The series is due on
        BBC One next year."""),
        "entertainment",
    ),
    (
        "Indian air-combat blockbuster 'Fighter' denied release across most of the Gulf",
        _t("""The Bollywood aerial action film "Fighter", starring Hrithik Roshan and Deepika
        Padukone, will not be released in most Gulf countries, its distributors said, a day
        before its worldwide opening. Only the United Arab Emirates cleared the film for
        cinemas, after a revised version was submitted. The film follows Indian Air Force pilots
        who carry out retaliatory air strikes across the border after a militant attack on a
        convoy, a plot that echoes the events of 2019 in Kashmir. Trade analysts said the Gulf
        market, with its large South Asian population, usually accounts for a significant share
        of a Hindi film's overseas takings. The film's producers did not comment on the reason.
        It opened to more than 240 million rupees on its first day in India, below the
        director's previous hit. Reviewers praised the dogfight sequences, filmed with the help
        of the air force, but some found its nationalism heavy-handed."""),
        "entertainment",
    ),
    (
        "Apple renews spy series 'Tehran' as third season starts shooting in Athens",
        _t("""Apple TV+ has begun shooting the third season of the Israeli spy thriller "Tehran"
        in Athens, where the production has recreated streets of the Iranian capital, the
        streamer said. The series follows a Mossad hacker working undercover in Iran, and its
        second season ended with a drone attack on a military base and a car bomb in a crowded
        street. Hugh Laurie joins the cast as a nuclear inspector. The show, produced by the
        Israeli public broadcaster Kan, won an International Emmy for best drama in 2021. Its
        creator said the writers' room had to take real events into account, "because the news
        keeps overtaking us". Filming is expected to last until the spring, with about 300
        local crew members hired. Greek officials welcomed the production, which benefits from a
        40% cash rebate for foreign shoots. Season three is scheduled to premiere next year."""),
        "entertainment",
    ),
    (
        "Nollywood epic about the Biafran war draws crowds at Lagos premiere",
        _t("""A big-budget Nollywood drama set during the Nigerian civil war of 1967 to 1970
        premiered in Lagos on Friday, with actors arriving on the red carpet in period uniforms
        and the flags of both sides displayed in the foyer. The film follows two brothers who end
        up on opposing sides of the conflict, one as a federal army officer and the other in the
        Biafran forces during the siege of Port Harcourt. Its director said the production had
        cost about 800 million naira and involved more than 2,000 extras in Enugu and Cross
        River states. The war and the famine that accompanied it remain a sensitive subject, and
        the film was cleared by the censors board only after several scenes were trimmed. Critics
        praised the battle sequences but said the dialogue was uneven. The producers hope for
        a release on a streaming platform after its cinema run. At the premiere, a veteran
        of the war was applauded as he took his seat."""),
        "entertainment",
    ),
    (
        "Nolan's atomic bomb drama 'Oppenheimer' takes seven Academy Awards, including best picture",
        _t("""Christopher Nolan's "Oppenheimer", the story of the physicist who led the
        development of the atomic bomb, won seven Academy Awards on Sunday, including best
        picture, best director and best actor for Cillian Murphy. The three-hour film, which
        recreates the 1945 Trinity test in the New Mexico desert without computer-generated
        effects, has grossed more than $950 million worldwide. Robert Downey Jr won best
        supporting actor. In his speech, Murphy dedicated the award to "the peacemakers
        everywhere". The film's release in Japan was delayed for months amid sensitivity over
        its treatment of Hiroshima and Nagasaki, and it finally opened there in March to mixed
        reactions from survivors' groups. Emma Stone won best actress for "Poor Things", which
        took four awards. The ceremony drew about 19.5 million viewers in the United States, its
        largest audience in four years, the broadcaster said."""),
        "entertainment",
    ),
    (
        "'Godzilla Minus One' wins visual effects Oscar on a fraction of Hollywood budgets",
        _t("""The Japanese monster film "Godzilla Minus One" won the Academy Award for best visual
        effects, the first time a Godzilla film has won an Oscar and the first win in the
        category for a non-English-language production. The film, made for less than $15
        million, is set in a Tokyo devastated by air raids at the end of the Second World War
        and follows a former kamikaze pilot who failed to carry out his mission. Director
        Takashi Yamazaki, who also supervised the effects, accepted the award with a team of
        four artists. Its destruction of the Ginza district was created by about 35 people, the
        studio said. The film took more than $56 million in North America, a record for a
        Japanese live-action release. Critics praised its treatment of survivor's guilt and the
        trauma of veterans. Yamazaki said he hoped the win would give young effects artists in
        Japan confidence."""),
        "entertainment",
    ),
    (
        "Syrian war documentary 'For Sama' wins best documentary at the Baftas",
        _t(""""For Sama", a documentary filmed by a young Syrian mother during the siege of
        eastern Aleppo, won the award for best documentary at the British Academy Film Awards in
        London on Sunday. The film is addressed to the director's infant daughter and combines
        footage of daily life in a hospital run by her husband with scenes shot under
        bombardment between 2012 and 2016. The director, who now lives in London, dedicated the
        award to doctors and nurses in Syria. It has already won the documentary prize at
        Cannes and was nominated for an Oscar. Channel 4, which co-produced the film with
        Frontline, said it had been seen by several million viewers in Britain. The evening's
        big winner was Sam Mendes's First World War drama "1917", which took seven awards,
        including best film and best director. Joaquin Phoenix and Renee Zellweger won the
        leading acting prizes."""),
        "entertainment",
    ),
    (
        "Posthumous Mariupol film by slain Lithuanian director screens at Cannes",
        _t("""A documentary shot in Mariupol by a Lithuanian director who was killed there in
        April received a long standing ovation at its premiere at the Cannes Film Festival on
        Thursday. The film was completed by his fiancee and his editor from footage he recorded
        in the weeks before his death, mostly in a church where dozens of residents were
        sheltering. Festival organisers added it to the official selection in a special
        screening at short notice. The fiancee, who brought the rushes out of the city, thanked
        the audience in a brief speech and said the film was unfinished and would remain so. The
        festival has given a prominent place to Ukrainian cinema this year, and its opening
        ceremony featured a video address by Ukraine's president. Critics described the film as
        quiet and unbearable. It will be released in France in the autumn and has been bought
        for distribution in several European countries."""),
        "entertainment",
    ),
    (
        "Serbia marks 25 years since NATO bombing of state TV building in Belgrade",
        _t("""Relatives of the 16 employees of Serbia's state broadcaster who were killed when
        NATO aircraft bombed its headquarters in Belgrade in April 1999 laid wreaths on Tuesday
        at the memorial stone that stands beside the ruined wing. The monument, inscribed with
        the word "Why", has become a place of pilgrimage on each anniversary. RTS aired a
        documentary about the night of the strike, including testimony from a make-up artist
        who survived under rubble for two days. Serbian officials used the occasion to criticise
        the alliance, while rights groups repeated their view that the attack on a broadcaster
        violated the laws of war. The former director of the station, who was convicted of
        failing to evacuate staff, died in 2019. A vigil was held in the evening with candles
        placed on the steps. The damaged section of the building has never been rebuilt and is
        due to become a museum."""),
        "history",
    ),
    (
        "Unexploded WWII bomb near Babelsberg studios forces evacuation of film sets",
        _t("""Thousands of residents and film crews in Potsdam had to leave their homes and sets
        on Wednesday after construction workers found a 250-kilogramme British bomb from the
        Second World War near the Babelsberg film studios, city officials said. Police set up a
        1,000-metre exclusion zone, which covered several sound stages where two international
        productions were shooting. Explosives experts defused the bomb in the late afternoon,
        and residents were allowed to return about an hour later. Babelsberg, the oldest large
        film studio in the world, has hosted productions ranging from "Metropolis" to "The Grand
        Budapest Hotel". Around 5,000 tonnes of unexploded ordnance are estimated to remain
        buried around Potsdam, which was heavily bombed in April 1945. A studio spokeswoman said
        the lost day of shooting would be covered by insurance. Trains on the line to Berlin were
        briefly halted."""),
        "history",
    ),
    (
        "Fifty years on, archive footage of Saigon's fall airs in full for the first time",
        _t("""An American broadcaster has released in full, for the first time, the raw footage
        its camera crews shot during the last days of the Vietnam War in April 1975, including
        scenes of helicopters lifting people from the roof of a building near the US embassy.
        The material, digitised from hundreds of reels of 16mm film, will be screened at museums
        in Washington and Ho Chi Minh City to mark the 50th anniversary of the war's end. Three
        of the surviving crew members, now in their 80s, took part in a panel discussion on
        Wednesday. One recalled filing his final report from the embassy car park as mortar fire
        was heard in the distance. Vietnam's government marked the anniversary with a large
        parade in the city, including troops from China, Laos and Cambodia. Historians said the
        footage showed the chaos of the evacuation more vividly than the widely known
        photographs. A documentary built from the archive will air in the autumn."""),
        "history",
    ),
    (
        "BBC marks 40 years since the famine report that moved the world",
        _t("""The BBC marked the 40th anniversary on Tuesday of the report by correspondent
        Michael Buerk from a feeding centre in Korem, in northern Ethiopia, that brought the
        famine of 1984 to television screens around the world. Broadcast on the evening news in
        October 1984, the report described a "biblical famine" and led to Band Aid and the Live
        Aid concerts. Historians now agree that the famine was made worse by the civil war and by
        the government's use of hunger as a weapon against rebels in Tigray and Eritrea. A
        special programme on BBC Two brought together the original cameraman's footage with
        interviews with survivors who were children in the camps. Buerk said he still had
        doubts about the way Africa was shown to Western audiences. Ethiopian journalists who
        took part in the programme said the country's image abroad was still shaped by the
        pictures. Hundreds of thousands of people are believed to have died."""),
        "history",
    ),
    (
        "Kigali exhibition revisits the hate radio that fuelled 1994 genocide",
        _t("""An exhibition at the Kigali Genocide Memorial on the role of radio and newspapers in
        the 1994 genocide against the Tutsi opened on Monday, during the annual period of
        mourning known as Kwibuka. It includes recordings and transcripts of broadcasts by
        Radio Television Libre des Mille Collines, which called on listeners to "cut down the
        tall trees" and read out the names and addresses of people to be killed. Visitors can
        listen to the broadcasts in headphones in a darkened room. Curators said the aim was to
        teach young Rwandans, most of whom were born after 1994, to recognise hate speech and
        disinformation. The station's founders were convicted of genocide and incitement by the
        international tribunal in Arusha in 2003. More than 800,000 people were killed in about
        100 days. The exhibition travels to Geneva and Brussels later in the year, the memorial
        said."""),
        "history",
    ),
]
