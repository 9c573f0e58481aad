"""dev402 negatives, part A: wildfires and floods, the Tempi crash and the Pylos shipwreck,
football violence and crime (title, text, kind code)."""


def t(s: str) -> str:
    return " ".join(s.split())


NEGATIVES = [
    (
        "Mati inferno: death toll rises to 91 as rescuers search burned homes",
        t("""The number of people killed in the wildfire that swept through the seaside
        settlement of Mati east of Athens rose to 91 on Friday, the fire service said, as rescue
        teams went from house to house through blackened streets. Dozens of people remain
        missing, and relatives queued outside the forensic service in Athens to give DNA samples.
        Many of the victims were trapped in their cars on narrow roads or died within sight of
        the sea as they tried to reach the beach. Winds of up to 100 kilometres an hour drove
        the flames into the town within minutes on Monday afternoon, survivors said. The coast
        guard and fishermen pulled almost 700 people from the water. Prime Minister Alexis Tsipras
        declared three days of national mourning and said the state would "stand by every
        family". Opposition parties accused the government of failing to order an evacuation in
        time, a charge ministers rejected.
        """),
        "disaster",
    ),
    (
        "Eighteen bodies found in Dadia forest as Evros fire burns for a fifth day",
        t("""Firefighters found the charred bodies of 18 people in the Dadia forest in Evros on
        Tuesday, and the authorities said they were probably migrants who had crossed the border
        from Turkey and were trapped by the flames. The bodies were discovered near a hut in an
        area the fire had passed through the day before, the fire service said. A coroner from
        Alexandroupoli said identification would take weeks. The blaze, which began on Saturday,
        has burned tens of thousands of hectares and forced the evacuation of several villages
        and a hospital in Alexandroupoli, where patients were moved onto a ferry. Hundreds of
        firefighters backed by aircraft sent from Cyprus, Croatia and Sweden were battling the
        fronts. Climate Crisis Minister Vassilis Kikilias said the country was "at war" with
        fires fuelled by heat and winds. Government officials said it was the largest wildfire
        recorded in the European Union.
        """),
        "disaster",
    ),
    (
        "Thousands of tourists evacuated from Rhodes resorts as fire spreads to the coast",
        t("""About 19,000 people were moved away from hotels and villages in the south of Rhodes
        over the weekend as a wildfire raging for a sixth day reached the coast near Kiotari and
        Gennadi, the fire service said in what it called the largest evacuation of its kind in
        Greece. Tourists carrying suitcases walked along roads lined with smoke, while coast
        guard vessels and private boats took some 3,000 people off the beaches. Many spent the
        night in school gyms and conference centres in the island's capital. A British couple
        told ERT they had run from their hotel with only their passports. Tour operators
        cancelled flights to the island, and airlines sent extra planes to bring people home.
        Firefighters from Slovakia and Turkey joined Greek crews on the ground. Officials said no
        deaths had been reported.
        The tourism ministry said it would offer free holidays next year to visitors whose stay was cut short. Hoteliers estimated the damage to the season at tens of millions of euros.
        """),
        "disaster",
    ),
    (
        "Storm Daniel leaves Thessaly plain under water; villagers rescued from rooftops",
        t("""Army helicopters and boats rescued hundreds of people stranded on rooftops in the
        Thessaly plain on Thursday after Storm Daniel dumped more than a year's rain in two days,
        bursting the banks of rivers and turning farmland into a lake. At least ten people have
        died, the civil protection authority said, and several are still missing. The village of
        Metamorfosi near Karditsa was almost entirely submerged. In Volos, streets became rivers
        and the city was left without drinking water. Crisis Management Minister Vassilis
        Kikilias said the army had been mobilised with amphibious vehicles, and that about 1,000
        people had been moved to shelters. Farmers said the floods had wiped out the cotton harvest
        and drowned tens of thousands of sheep and goats. Scientists said the storm was among
        the most intense ever recorded in Europe.
        Many residents complained that rescue teams took hours to reach them.
        """),
        "disaster",
    ),
    (
        "Fire front reaches suburbs north of Athens; woman found dead in burned factory",
        t("""A wildfire that began near Varnavas on Sunday afternoon swept south through pine
        forest into the northern suburbs of Athens on Monday, forcing the evacuation of
        neighbourhoods in Penteli, Patima Halandriou and Vrilissia. The body of a woman was found
        in the toilet of a factory in Patima, the fire service said. More than 700 firefighters,
        nearly 200 fire engines and water-dropping aircraft were deployed, while volunteers with
        garden hoses tried to protect houses. Residents received more than a dozen emergency 112
        messages ordering them to leave. "It was like a wall of fire coming over the hill," a
        resident of Nea Penteli said. Hospitals in the area were partly evacuated as a
        precaution. Prime Minister Kyriakos Mitsotakis returned early from leave to oversee the
        operation. Firefighting aircraft from Italy, France and the Czech Republic arrived on
        Monday evening.
        """),
        "disaster",
    ),
    (
        "Two dead as wildfire tears through villages in the Limassol hills",
        t("""Two people were found dead in a burned car near the village of Malia on Thursday as a
        wildfire raced through the wine villages north-west of Limassol, destroying dozens of
        homes and forcing thousands to flee, Cyprus officials said. The fire, which broke out on
        Wednesday afternoon, spread quickly through dry brush in temperatures above 40 degrees.
        Residents of more than a dozen communities were told to leave, and many spent the night
        with relatives in Limassol. President Nikos Christodoulides described the damage as "a
        catastrophe" and asked for help from the EU civil protection mechanism. Aircraft from
        Greece, Jordan and Spain joined the firefighting effort. The fire service said winds had
        shifted several times, complicating efforts to contain it. Farmers reported the loss of
        vineyards, goats and beehives.
        Philenews said some villagers refused to leave and tried to save their homes with buckets.
        """),
        "disaster",
    ),
    (
        "Passenger train and freight train collide head-on at Tempi; dozens feared dead",
        t("""A passenger train travelling from Athens to Thessaloniki with more than 350 people on
        board collided head-on with a freight train near Tempi just before midnight on Tuesday,
        killing at least 36 people, officials said. The first carriages derailed and caught fire,
        and rescuers searched through the night for survivors in the twisted metal. Many of the
        passengers were students returning after the carnival weekend. The fire service said it
        had pulled dozens of injured people from the wreckage, and about 60 were taken to
        hospitals in Larissa. The two trains had been running on the same track for several
        kilometres, according to initial reports. The station master at Larissa was detained for
        questioning. Transport Minister Kostas Karamanlis resigned on Wednesday, saying he bore
        political responsibility. Government spokesman Giannis Oikonomou announced three days of
        national mourning.
        """),
        "accident",
    ),
    (
        "Tempi report: fireball likely fed by unknown fuel, investigators say",
        t("""The fireball that engulfed the carriages after the Tempi rail collision was most
        likely caused by an unidentified fuel carried on the freight train, and not by silicone
        oils from the locomotive's transformers, the national air and rail accident investigation
        agency said in its final report on Thursday. The 180-page report found that the country's
        railway safety system had suffered from chronic underfunding and that the remote signalling
        system was not working on the night of the crash. Investigators said the station master
        had routed the passenger train onto the wrong track, and that there were no automatic
        safeguards to catch the error. The agency said it could not determine the fuel's nature
        because the site had been levelled within days of the accident. Relatives of the 57
        victims said the findings confirmed their demands for justice. The government said it
        would respond through the courts and parliament.
        """),
        "accident",
    ),
    (
        "Fishing boat with hundreds of migrants sinks off Pylos; 78 bodies recovered",
        t("""An overcrowded fishing boat carrying migrants from Libya to Italy capsized and sank
        in international waters about 47 nautical miles off Pylos early on Wednesday, and the
        coast guard said 78 bodies had been recovered and 104 people rescued. Survivors told
        doctors in Kalamata that up to 750 people may have been on board, many of them women and
        children in the hold. The vessel sank in minutes in one of the deepest parts of the
        Mediterranean, making it unlikely that more survivors would be found. A coast guard
        spokesman said the passengers had repeatedly refused offers of help and wanted to
        continue to Italy. The survivors, mostly from Syria, Egypt and Pakistan, were taken to a
        warehouse in Kalamata port. Caretaker Prime Minister Ioannis Sarmas declared three days
        of mourning. The European Commission called the sinking a tragedy.
        """),
        "accident",
    ),
    (
        "Five Greek rescuers killed in road crash on their way to help flood-hit Derna",
        t("""Three members of a Greek disaster relief team and two interpreters were killed on
        Sunday when the bus carrying them collided with a car on the road to Derna in eastern
        Libya, the Greek Foreign Ministry said. The team, sent to help in the search for victims of
        last week's floods, had landed in Benghazi in the morning. Fifteen other members of the
        mission were injured, some seriously, and were taken to hospital in Benghazi before being
        flown home on a C-130. According to Libyan officials, the car was carrying a family of
        five, three of whom also died. Prime Minister Kyriakos Mitsotakis said Greece mourned
        rescuers who had lost their lives "on a mission of solidarity". Flags were flown at half
        mast at Hellenic Army bases. The funerals are expected later this week in Athens.
        """),
        "accident",
    ),
    (
        "Dinghy capsizes off Kos; child among three dead, coast guard rescues 23",
        t("""A rubber dinghy carrying migrants capsized off the island of Kos before dawn on
        Thursday, and the coast guard said the bodies of two women and a child had been recovered
        while 23 people were rescued. The boat was spotted by a passing fishing vessel in rough
        seas about two nautical miles from the coast. Survivors told officers that the dinghy had
        set out from the Turkish coast near Bodrum with about 30 people on board, mostly from
        Eritrea and Afghanistan. A coast guard patrol boat and a Frontex vessel were searching for
        others who might be missing. Winds of up to seven Beaufort were blowing in the area. The
        rescued people were taken to the island's reception centre and given medical care. The
        coast guard said a suspected smuggler had been arrested on Kos.
        Arrivals on the Dodecanese islands have risen sharply this year, according to UNHCR data.
        """),
        "accident",
    ),
    (
        "AEK fan stabbed to death as Dinamo Zagreb hooligans storm Nea Filadelfeia",
        t("""A 29-year-old AEK Athens supporter died of stab wounds early on Tuesday after
        hundreds of Croatian hooligans clashed with home fans near the club's stadium in Nea
        Filadelfeia, on the eve of a Champions League qualifier. Michalis Katsouris was
        stabbed in the chest and died at Agia Olga hospital, police said. Eight other people were
        injured. The Croatians, many of them supporters of Dinamo Zagreb who had travelled from
        Croatia by car in convoys, attacked fans in the street with flares, knives and clubs.
        Police arrested more than 100 people, most of them Croatian nationals. UEFA postponed the
        match. The government came under fire for failing to stop the convoy at the border. "This
        was not football, it was an organised hunt," said AEK's president.
        The match was eventually played two weeks later behind closed doors.
        """),
        "sport",
    ),
    (
        "Aris supporter Alkis Kampanos beaten to death in Thessaloniki; 12 arrested",
        t("""A 19-year-old student was beaten and stabbed to death in Thessaloniki overnight by a
        group of men who asked whether he and his friends supported Aris, police said. Alkis
        Kampanos was attacked near a sports hall in the Harilaou district by at least a dozen
        hooded men who arrived in cars and on motorcycles. His two friends were also injured. Police
        arrested twelve suspects, most of them members of a fan club of a rival Thessaloniki team,
        and the club in question condemned the killing. Thousands attended a silent march in his
        memory on Wednesday evening. Prime Minister Kyriakos Mitsotakis said the state would
        "uproot" organised hooligan groups, and the sports ministry suspended matches of the
        league for a weekend. Aris supporters cancelled a planned march for fear of more trouble.
        Kampanos, who studied at the Aristotle University, was buried in Thessaloniki on Thursday.
        """),
        "sport",
    ),
    (
        "Police officer hit by flare at Renti volleyball game dies in hospital",
        t("""A 31-year-old riot police officer died on Friday, almost three weeks after he was
        struck in the thigh by a marine flare fired by supporters during clashes outside a women's
        volleyball match in Renti, near Piraeus. Giorgos Lyggeridis had been in intensive care at
        the Evangelismos hospital since the incident. An 18-year-old supporter of Olympiacos was
        arrested after being identified through videos. The government announced that league
        football matches would be played behind closed doors for two months, and that electronic
        tickets and cameras would be made mandatory. The union of riot police officers staged a
        vigil outside the police headquarters. Olympiacos said it was mourning a young man who
        died doing his duty.
        The officer's funeral in his home town of Kilkis was attended by the citizen protection minister and hundreds of colleagues. Prosecutors have also charged eleven other fans with taking part in the riot outside the hall.
        """),
        "sport",
    ),
    (
        "Olympiacos conquer Europe: El Kaabi header sinks Fiorentina in Athens final",
        t("""Olympiacos became the first Greek club to win a European trophy on Wednesday night,
        beating Fiorentina 1-0 after extra time in the Europa Conference League final at AEK's
        stadium in Athens. Ayoub El Kaabi rose to head home a cross in the 116th minute after
        the Italians had laid siege to the Greek goal for much of the second half. Goalkeeper
        Konstantinos Tzolakis kept out two shots from close range. Tens of thousands of fans
        poured into the streets of Piraeus, where fireworks lit up the harbour until dawn. "We
        fought like soldiers," coach Jose Luis Mendilibar said. The club's owner, Evangelos
        Marinakis, dedicated the trophy to the people of Greece. Police said celebrations passed
        without serious incident.
        The squad paraded the trophy on an open-top bus through Piraeus on Thursday afternoon. Sports commentators on ERT called the win the greatest night for Greek club football since the national team's Euro 2004 triumph.
        """),
        "sport",
    ),
    (
        "APOEL-Omonia derby halted after flares thrown and rival fans fight in stands",
        t("""The Nicosia derby between APOEL and Omonia was stopped for 25 minutes on Sunday after
        supporters of the two clubs threw flares onto the pitch and fought in the stands of the GSP
        stadium, Cyprus police said. Two stewards and a fan were treated in hospital for burns and
        bruises. Riot police entered the terraces to separate the two groups. When play resumed,
        Omonia held on for a 2-1 win that keeps them top of the table. Police said seven people
        had been arrested and that cameras installed at the stadium would help them identify
        others. The Cyprus Football Association said it would refer both clubs to its
        disciplinary committee. The government said it would examine a new law allowing life bans
        for violent fans.
        Club officials blamed each other for the trouble in statements posted after the match. Sports Minister Yiannis Panayiotou told Philenews that fans who behave like this are not supporters but a danger to the game.
        """),
        "sport",
    ),
    (
        "Pipe bomb wrecks car in Limassol; police link blast to underworld feud",
        t("""A pipe bomb exploded under a parked car in a residential street of Limassol shortly
        after 2 a.m. on Tuesday, destroying the vehicle and damaging two others and the front of a
        house, police said. No one was hurt. The car belonged to a 38-year-old man known to police,
        who they believe is linked to a group involved in nightclub security and protection
        rackets. Police said it was the ninth such explosion in the district this year. Explosives
        experts collected fragments for analysis at the state laboratory. Residents told
        Philenews they were woken by the blast and feared for their children. Justice Minister
        Marios Hartsiotis has promised new measures against organised crime, including more
        cameras and a specialist unit. An investigation for attempted murder has been opened.
        """),
        "crime",
    ),
    (
        "Businessman shot dead in Glyfada in suspected contract killing",
        t("""A 47-year-old businessman was shot dead outside his home in Glyfada on Monday night by
        a gunman who fled on a motorcycle, police said. Witnesses told investigators they heard
        at least ten shots. The victim, who owned a nightclub in the southern suburbs, had been
        wounded in a previous attack two years ago. Police believe the killing is linked to a
        feud between criminal gangs over the control of nightlife and protection payments. The
        burned-out motorcycle was found later in Alimos. The head of the organised crime unit said
        it was the fourth contract killing in Attica this year. A government spokesman said the
        police would "dismantle these networks". No arrests have been made.
        Residents of the quiet street said they had thought the shots were fireworks. Kathimerini reported that investigators had recovered CCTV footage from a nearby kiosk, and that the victim had refused police protection after the first attempt on his life.
        """),
        "crime",
    ),
    (
        "Golden Dawn leaders found guilty of running a criminal organisation",
        t("""An Athens court on Wednesday found the leadership of Golden Dawn guilty of running a
        criminal organisation, ending a trial that lasted five and a half years and making the
        neo-Nazi party the first in Greece's modern history to be declared a criminal gang. The
        court ruled that party leader Nikos Michaloliakos and six other former members of
        parliament had directed the organisation. Giorgos Roupakias, a party member, was found
        guilty of the 2013 murder of anti-fascist rapper Pavlos Fyssas. Dozens of other
        defendants were convicted of attacks on Egyptian fishermen and on trade unionists. The
        presiding judge Maria Lepenioti read the decision in a packed courtroom. "Pavlos did it,"
        said his mother, Magda Fyssa. Sentences will be announced next week.
        Police had closed the roads around the court, and groups of anti-fascists waited outside for the ruling. The European Commission and several embassies welcomed the judgment as proof that Greek institutions could hold extremists to account.
        """),
        "crime",
    ),
    (
        "Court drops case against nine Egyptians accused over Pylos shipwreck",
        t("""A court in Kalamata dropped charges on Tuesday against nine Egyptian men accused of
        people-smuggling and causing the Pylos shipwreck, ruling that Greek courts had no
        jurisdiction because the vessel sank in international waters. The men, who had spent
        eleven months in pre-trial detention, were released. Their lawyers said the trial should
        never have started and that the coast guard's role should be investigated. Protesters
        outside the courthouse cheered the decision. The prosecution had argued that the men were
        members of the boat's crew, a claim the defendants denied. Hundreds of people died when
        the fishing vessel sank in June last year. A separate investigation into the coast guard's
        handling of the rescue is being conducted by the naval court.
        """),
        "crime",
    ),
    (
        "Explosives and rifles found in Exarchia flat; two suspects arrested",
        t("""Counter-terrorism police raided a flat in Exarchia on Thursday and found two
        Kalashnikov rifles, hand grenades, detonators and about three kilos of explosive material,
        the Hellenic Police said. A man and a woman, aged 31 and 28, were arrested and charged with
        possessing weapons and explosives. Police said the suspects were members of the anarchist
        scene and had been under surveillance for months. Investigators were examining whether the
        weapons were connected with earlier attacks on police. Neighbours told reporters the pair
        had lived quietly in the building for a year. Their lawyer said they denied the charges.
        Citizen Protection Minister Michalis Chrysochoidis praised the operation.
        No attack has been attributed to the pair so far, the police statement said. The two were due to appear before an investigating magistrate on Monday, and a third person is being sought.
        """),
        "crime",
    ),
    (
        "Cyprus serial killer sentenced to seven life terms for murders of foreign women",
        t("""A Nicosia court sentenced a 35-year-old Greek Cypriot army officer to seven
        consecutive life sentences on Thursday for the murders of five women and two girls,
        most of them domestic workers from the Philippines, Nepal and Romania. Nikos Metaxas
        pleaded guilty to all counts. The bodies of several victims were found in a flooded mine
        shaft and a toxic lake near the village of Mitsero. The case caused public anger over the
        police's failure to investigate reports of missing foreign women. The justice minister
        resigned and the police chief was dismissed. The president of the court said the crimes
        had "shocked the conscience" of Cypriot society. Relatives of the victims said the
        sentence could not bring them back.
        The Philippine embassy thanked Cypriot authorities for the handling of the trial.
        """),
        "crime",
    ),
]
