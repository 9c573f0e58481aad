"""dev402 positives, part B: bombings and shootings by armed groups, Golden Dawn's violence,
attacks on migrants, and riots and crackdowns in Greece and Cyprus (title, text, tag codes,
kind)."""


def t(s: str) -> str:
    return " ".join(s.split())


POSITIVES = [
    (
        "Letter bomb wounds former prime minister Lucas Papademos in his car in Athens",
        t("""Former prime minister Lucas Papademos was injured on Thursday evening when an
        envelope containing an explosive device went off as he opened it in the back of his car
        in central Athens, police said. Papademos, 69, suffered wounds to his abdomen, chest and
        legs and was taken to Evangelismos hospital, where doctors said his life was not in
        danger. His driver and a bodyguard were also hurt. The envelope had reportedly been placed
        among his mail at the Bank of Greece, which he once led. Anti-terrorism police took over
        the investigation and said the device resembled parcel bombs sent to European
        institutions earlier in the year and claimed by a militant anarchist group. Government
        spokesman Dimitris Tzanakopoulos called the attack an act of terrorism aimed at democracy
        itself, and all parties condemned it. Security was stepped up at ministries and at the
        homes of former officials, and police asked postal workers to report suspicious parcels.
        """),
        "E T",
        "bombing",
    ),
    (
        "Bomb at Thessaloniki tax office wounds cleaner; anarchist cell claims responsibility",
        t("""A cleaner was seriously wounded early on Monday when a homemade bomb exploded at the
        entrance of a tax office in western Thessaloniki, police said. The 52-year-old woman was
        arriving for her shift a few minutes after six when the device, a gas canister packed with
        explosives and a timer, went off by the glass door. She suffered burns and shrapnel
        wounds to her legs and was taken to the AHEPA hospital for surgery. No warning call had
        been made to a newspaper or a news site, as is usual in such attacks. On Tuesday evening a
        group calling itself an anarchist cell posted a claim online saying the office was
        targeted as "a mechanism of state robbery". Citizen Protection Minister Michalis
        Chrysochoidis described the bombing as a cowardly terrorist act and said the
        counter-terrorism service had been sent from Athens. Staff at the office staged a
        stoppage in solidarity with their colleague.
        """),
        "E T",
        "bombing",
    ),
    (
        "Gunmen fire on riot police guarding party offices in Exarchia, one officer hurt",
        t("""Unidentified attackers opened fire with an assault rifle on a unit of riot police
        stationed outside the offices of PASOK on Charilaou Trikoupi street late on Friday,
        wounding one officer, the Hellenic Police said. The officer, 24, was hit in the leg and
        is out of danger after surgery at the Red Cross hospital. Ballistic experts recovered
        more than 20 casings of 7.62mm calibre from the corner of a nearby side street,
        according to a police official who spoke to Kathimerini. The attackers escaped on foot
        into the narrow lanes of Exarchia. Counter-terrorism investigators are examining whether
        the weapon matches those used in earlier attacks on police claimed by a group called
        Revolutionary Self-Defence. The government called the shooting an attempt to murder
        police officers and an act of terrorism. The riot police union demanded that guard
        posts in the area be reinforced.
        """),
        "T",
        "shooting attack",
    ),
    (
        "Anti-fascist rapper Pavlos Fyssas stabbed to death in Keratsini; Golden Dawn member held",
        t("""A 34-year-old musician was stabbed to death shortly after midnight on Wednesday in
        Keratsini, west of Piraeus, and police arrested a 45-year-old man who admitted to being a
        member of the neo-Nazi Golden Dawn party. The victim, Pavlos Fyssas, known as the
        anti-fascist rapper Killah P, had been watching a football match in a cafe with friends
        when a group of men dressed in black gathered outside. According to witnesses, Fyssas was
        pursued along Panagi Tsaldari street and stabbed in the chest and heart while people
        around him called for help. Police officers on motorcycles were nearby and detained the
        suspect by his car. Fyssas died at Nikaia hospital. Public Order Minister Nikos Dendias
        said everything indicated a link to Golden Dawn, which denied any involvement. "They hunted
        him down like an animal," a friend told ERT. Anti-fascist groups called rallies for
        Wednesday evening in Keratsini and central Athens.
        """),
        "V",
        "political killing",
    ),
    (
        "Petrol bombs and tear gas outside Athens court as Golden Dawn verdict is read",
        t("""Police fired tear gas and used a water cannon against protesters outside the Athens
        court of appeals on Wednesday after a small group threw petrol bombs at riot police
        minutes after judges declared the leadership of Golden Dawn guilty of running a criminal
        organisation. Tens of thousands of people had gathered peacefully on Alexandras Avenue
        since the morning, and many cheered as the verdict was announced on loudspeakers. Clashes
        broke out at the edge of the crowd, where hooded youths hurled stones and flares, and the
        crowd scattered into side streets as gas drifted over the avenue. Several people were
        treated for breathing difficulties, and police said an officer was injured by a stone.
        Magda Fyssa, whose son Pavlos was killed by a party member in 2013, was escorted out of
        the court building to applause. Police said eleven people were detained. The rally broke
        up in the early evening.
        """),
        "U",
        "riot",
    ),
    (
        "Vigilantes on Lesbos attack aid workers and journalists as migrant boats arrive",
        t("""Groups of men armed with sticks and chains blocked roads near Moria on Lesbos on
        Sunday, attacking cars belonging to aid organisations and beating at least two
        journalists, local reporters said. At the small port of Thermi residents prevented a
        rubber boat carrying about 50 people, many of them children, from landing, shouting at
        the passengers and at the coast guard. A former reception centre for migrants near Skala
        Sykamineas that had been run by UNHCR was set on fire overnight. A German photographer
        told ERT that he was thrown to the ground and his camera smashed. Several NGOs withdrew
        staff from the island and told volunteers to stay indoors. Police said they had
        reinforced patrols but made no arrests. The violence came as thousands of people gathered
        on Turkey's shore after Ankara said it would no longer stop them from leaving for Europe.
        """),
        "V U",
        "mob violence",
    ),
    (
        "Tear gas and stun grenades at Kastanies as thousands try to force Evros crossing",
        t("""Greek police and soldiers fired tear gas and stun grenades on Monday to push back
        crowds of migrants and refugees who tried to breach the border fence at Kastanies, as the
        stand-off on the Evros entered its third day. On the Turkish side, thousands of people
        camped in fields near the Pazarkule crossing, some throwing stones and setting fires by
        the fence, according to reporters at the scene. Turkish police were filmed firing tear
        gas canisters towards Greek positions. Government spokesman Stelios Petsas said the
        country had prevented nearly 10,000 illegal entries in 24 hours and that Greece was
        facing "an organised attempt" orchestrated by Ankara. Turkish officials said a man was
        killed by gunfire from the Greek side, a claim Athens called fake news. Families with
        children said they had spent two nights in the open with no food. The European Union
        announced it would send border guards and emergency money.
        """),
        "U D",
        "border clashes",
    ),
    (
        "Men who locked migrants in a trailer in Evros arrested after video spreads",
        t("""Police in Evros arrested three men on Wednesday after a video posted online showed
        them forcing a group of 13 migrants into a car trailer and accusing them of starting the
        wildfires that are burning in the region. In the video, a man is heard shouting insults
        and telling the migrants, among them teenagers, that they will be burned. The group was
        later handed over to police near Avantas, and officers said some had bruises. Police said
        the suspects, aged between 30 and 50, were charged with illegal detention and racist
        violence. Several similar incidents were reported in recent days, with self-appointed
        patrols stopping and beating people they suspected of entering from Turkey. Migration
        Minister Dimitris Kairidis said the vigilantes were "guilty of a serious crime" and that
        nobody had the right to take the law into their own hands. Rights groups said the fires
        had fuelled a climate of hatred along the border.
        """),
        "V",
        "racist attack",
    ),
    (
        "Night of violence in Chlorakas as mob attacks homes of Syrian residents",
        t("""Hooded men armed with clubs attacked homes and cars belonging to asylum seekers in
        the village of Chlorakas near Paphos on Sunday night, setting several vehicles on fire and
        throwing stones through the windows of flats, Cyprus police said. Residents of Syrian
        origin told Philenews they barricaded themselves inside as crowds chanted slogans against
        migrants in the streets. Police used tear gas to disperse the crowd, and later stopped
        groups of migrants who had armed themselves to defend their homes. Five people were
        injured, including a police officer, and the fire service put out blazes at two shops.
        Justice Minister Marios Hartsiotis said there would be zero tolerance for violence and
        that those responsible would be found. The unrest followed a protest against a housing
        complex used by migrants, which had been sealed by the authorities days earlier. Parties
        from across the spectrum condemned the attacks, and several Syrian families left the
        village on Monday.
        """),
        "U V",
        "mob violence",
    ),
    (
        "Limassol anti-migrant march turns into rampage; shops smashed and petrol bombs thrown",
        t("""A march against migration in Limassol on Friday evening turned violent when
        participants attacked shops owned by foreigners, threw petrol bombs and clashed with
        police along the seafront, Cyprus police said. Riot police fired tear gas and stun
        grenades after being pelted with stones and flares near the old port. Witnesses described
        groups of men in black breaking the windows of grocery stores and a barber's shop, and
        setting rubbish bins alight. A Syrian delivery worker was beaten and taken to hospital
        with head injuries, and at least two other people were hurt. Police said thirteen people
        were arrested, some of them minors. President Nikos Christodoulides said the scenes were
        "not what Cyprus stands for" and called an emergency meeting of the National Security
        Council. Business owners spent Saturday sweeping up glass and boarding up shop fronts.
        """),
        "U V",
        "riot",
    ),
    (
        "Police use water cannon and tear gas on Nicosia protest against corruption and curbs",
        t("""Police fired a water cannon and tear gas at several hundred demonstrators in central
        Nicosia on Saturday at a rally against the government's handling of the pandemic and
        against corruption, the first time in years that such force has been used in the
        capital. The protest, called under the slogan "Enough is Enough" through social media,
        began outside the presidential palace and moved to the police headquarters. Officers said
        they intervened after eggs, bottles and flares were thrown at them. Videos shared online
        showed a woman and an older man knocked to the ground by the jet of water. Police said two
        officers were slightly hurt and that several people were detained. Opposition party AKEL
        accused the government of authoritarian methods, while Justice Minister Emily Yiolitis
        said the police had acted in line with the law. Organisers said they would protest again
        next weekend.
        """),
        "U",
        "crackdown",
    ),
    (
        "Exarchia clashes on anniversary of Grigoropoulos killing; 28 detained",
        t("""Hooded youths threw petrol bombs at riot police in Exarchia late on Friday and set up
        burning barricades on Stournari street, hours after thousands had marched peacefully
        through Athens to mark the anniversary of the police killing of 15-year-old Alexandros
        Grigoropoulos. Police responded with tear gas and stun grenades, and units moved through
        the area in pursuit of the attackers. A police officer suffered burns to his leg, and a
        passer-by was treated for breathing problems, the fire service said. Several cars and a
        bank branch on Charilaou Trikoupi street were damaged. According to the Hellenic Police,
        28 people were detained and four were formally arrested. In Thessaloniki, clashes broke
        out near the Aristotle University campus. About 5,000 officers had been deployed across
        the capital for the day. The mayor of Athens said cleaning crews would work through the
        night.
        """),
        "U",
        "riot",
    ),
    (
        "Molotov cocktails and tear gas in Syntagma at the end of the largest Tempi rally",
        t("""Clashes broke out in Syntagma Square on Friday afternoon as groups of hooded
        protesters threw petrol bombs and stones at riot police lined up in front of parliament,
        at the end of one of the largest demonstrations Greece has seen in decades over the Tempi
        railway disaster. Police answered with tear gas and flash-bang grenades, and the square,
        where hundreds of thousands had gathered peacefully, emptied within minutes. The Athens
        ambulance service said it had treated at least 30 people, several with burns or breathing
        problems. Citizen Protection Minister Michalis Chrysochoidis said officers had been
        attacked by organised groups who had nothing to do with the families' grief. Videos
        showed officers hitting people on the ground near Amalias Avenue, and lawyers' groups
        demanded an inquiry. Police said 40 people were detained in Athens. Smaller clashes were
        reported in Thessaloniki and Patras. The general strike that accompanied the protests
        stopped flights and ferries across the country.
        """),
        "U",
        "riot",
    ),
    (
        "Roma protesters clash with police in Thessaloniki after officer shoots teenager",
        t("""Roma residents clashed with riot police in western Thessaloniki on Monday night,
        throwing stones and petrol bombs and setting tyres alight on the ring road, after a
        16-year-old boy was shot in the head by a police officer during a chase. Police used tear
        gas to clear the road near Nea Efkarpia, which was closed for several hours, and said
        three officers were lightly injured. The teenager, who had driven away from a petrol
        station without paying for 20 euros of fuel, was in critical condition at the Hippokrateio
        hospital. The officer who fired was suspended and faces charges. Roma community leaders
        called for calm but said their families were treated differently by the police. Smaller
        disturbances were reported in Roma settlements near Athens. Citizen Protection Minister
        Takis Theodorikakos said the use of a weapon would be fully investigated.
        """),
        "U",
        "riot",
    ),
    (
        "Riot police and students clash at Aristotle University over campus policing law",
        t("""Riot police fired tear gas inside the grounds of the Aristotle University of
        Thessaloniki on Thursday after students occupying the rector's office refused to leave,
        leading to hours of clashes on campus. Groups of protesters threw stones and fire
        extinguishers at officers, who responded with stun grenades and chased students through
        the faculty buildings. Police said 31 people were arrested and that two officers were
        injured. The student unions said several students were beaten, and showed reporters a
        young man with a bleeding head wound. The occupation began two weeks ago in protest at a
        new law that creates a special police force for universities. Education Minister Niki
        Kerameus said the rector had requested the operation because the building had been
        vandalised. Left-wing parties accused the government of turning campuses into a
        battlefield. Classes in several faculties were cancelled on Friday.
        """),
        "U",
        "crackdown",
    ),
]
