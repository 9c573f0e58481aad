"""First-day stories of 6 to 12 sentences on attacks, bombings, strikes and battles: tolls
that move, tolls broken down, claims and counter-claims (10 stories, all with figures)."""

from _wrap import item

item(
    "Shabaab attack on Mogadishu beach restaurant kills 32",
    """Mogadishu (AFP) - Al-Shabaab fighters stormed a crowded beachfront restaurant at Lido beach
    in Mogadishu on Friday evening, killing [[at least 32 people|killed;a=police]], police said
    Saturday, after security forces ended a siege that lasted more than {{five hours}}. An initial
    toll released overnight had put the number of dead at [[nine|killed]]. "[[Thirty-two
    civilians|killed;a=police spokesman Abdirahman Mohamed Nur]] were killed and [[63
    others|injured;a=police spokesman Abdirahman Mohamed Nur]] were wounded, some of them
    seriously," police spokesman Abdirahman Mohamed Nur told reporters. He said [[one
    soldier|killed;a=police spokesman Abdirahman Mohamed Nur]] had also died and that [[all five
    attackers|killed;a=police spokesman Abdirahman Mohamed Nur]] had been killed. The attack began
    at around {{7:40 pm}} ({{1640 GMT}}) when a suicide bomber blew himself up at the entrance,
    allowing [[four gunmen|combatants;a=witnesses]] to storm inside, witnesses said. "I saw [[at
    least 10 bodies|killed;a=Hodan Abdi]] on the sand, people who had been eating with their
    families," said Hodan Abdi, a {{22-year-old}} student who escaped by hiding in the kitchen.
    Al-Shabaab, which has been fighting the federal government for more than {{17 years}}, claimed
    responsibility in a statement on its Andalus radio, saying its fighters had killed [[more than
    60 people|killed;a=Al-Shabaab]]. The Aamin ambulance service said it had carried [[48
    wounded|injured;a=The Aamin ambulance service]] to hospitals across the city.""",
)

item(
    "Death toll in Konduga suicide bombings rises to 24",
    """The death toll from Saturday's multiple suicide bombings in Konduga, Borno State, has risen
    to [[24|killed;a=the State Emergency Management Agency]], the State Emergency Management Agency
    (SEMA) has said. Initial reports late on Saturday had put the number of dead at
    [[12|killed;a=Initial reports]], with [[over 30 people|injured;a=Initial reports]] injured.
    SEMA's Director-General, Abba Lawan, said in a statement on Sunday that [[48
    people|injured;a=SEMA's Director-General;alt=Abba Lawan]] were receiving treatment at hospitals
    in Konduga and Maiduguri, [[19 of them|injured;n=-;a=SEMA's Director-General;alt=Abba Lawan]] in
    critical condition. According to the agency, the dead included [[six children|killed;a=the
    agency;alt=the State Emergency Management Agency]]. Witnesses said [[three female suicide
    bombers|combatants;a=Witnesses]] struck within minutes of each other, the first at a wedding
    party at about {{3:10pm}}, the second at a hospital gate and the third at a funeral for the
    earlier victims. Modu Bukar, a member of the Civilian Joint Task Force who was at the wedding,
    told PREMIUM TIMES that he helped carry [[at least 15 bodies|killed;a=Modu Bukar]] from the
    scene. No group has claimed responsibility, but Boko Haram and its rival, the Islamic State West
    Africa Province (ISWAP), have carried out similar attacks in the state. The insurgency, now in
    its {{16th year}}, has killed [[over 40,000 people|killed;a=the United Nations]] and displaced
    [[about two million|displaced;v=2000000;a=the United Nations]] in the North-east, according to
    the United Nations.""",
)

item(
    "Security forces free 190 hostages as Bolan Mail siege enters second day",
    """QUETTA: Security forces said on Wednesday they had rescued [[190
    passengers|kidnapped;a=Security forces]] from a train seized by militants in Balochistan's Bolan
    district, as the operation to end the siege entered its second day. The Bolan Mail, carrying
    [[around 450 passengers|other]] in [[nine coaches|other;u=other]], was attacked on Tuesday
    afternoon when militants blew up the track near the Mashkaf tunnel, about {{160 kilometres}}
    from Quetta, and opened fire on the engine. A security official told Dawn that [[27
    militants|killed;a=A security official]] had been killed in the operation so far, and that the
    attackers were holding the remaining passengers in small groups. The banned Baloch Liberation
    Army (BLA) claimed in a statement that it was holding [[214 hostages|kidnapped;a=The banned
    Baloch Liberation Army]], including soldiers travelling on leave, and had killed [[30 security
    personnel|killed;a=The banned Baloch Liberation Army]]; Dawn could not independently verify the
    claims. Interior Minister Khalid Mehmood said the militants had freed [[more than 80
    passengers|kidnapped;a=Interior Minister Khalid Mehmood]], mostly women, children and elderly
    people, on Tuesday night. Railway officials said the bodies of [[12 people|killed;a=Railway
    officials]], including the train's driver, had been brought to the Civil Hospital in Quetta,
    where [[37 injured people|injured;a=Railway officials]] were also being treated. A helpline,
    {{081-9201011}}, has been set up for relatives.""",
)

item(
    "Terrorists Open Fire On Tourists In J&K's Budgam, 14 Killed",
    """Srinagar: [[At least 14 people|killed;a=officials]] were killed when terrorists opened fire
    on a group of tourists at a meadow in Jammu and Kashmir's Budgam district on Tuesday afternoon,
    officials said. The toll, initially put at [[five|killed]], rose through the evening as more
    bodies were brought down from the meadow, which is reachable only on foot or horseback, about
    {{4 km}} from the nearest road. [[Twelve of the dead|killed;a=a senior police officer]] were
    tourists from Maharashtra, Karnataka, Gujarat and West Bengal, and [[two|killed;a=a senior
    police officer]] were local pony operators, a senior police officer told NDTV. [[Nineteen
    people|injured;a=hospital authorities]] were being treated at SKIMS Soura and the Government
    Medical College in Srinagar, hospital authorities said, [[three of them|injured;n=-;a=hospital
    authorities]] critically. Eyewitnesses said [[at least four
    terrorists|combatants;a=Eyewitnesses]], dressed in fatigues, emerged from the forest and fired
    for nearly {{20 minutes}}. A {{38-year-old}} tourist from Pune, who survived by hiding behind a
    food stall with his wife and son, said the attackers asked men their names before shooting.
    [[Over 2,000 tourists|displaced;a=the Jammu and Kashmir Police]] were evacuated from resorts in
    the area by late evening, the Jammu and Kashmir Police said. A helpline has been set up at the
    Srinagar tourist reception centre: {{0194-2483651}} and {{+91-7780805144}}.""",
)

item(
    "Russian missile strike on Chernihiv kills 21, toll expected to rise",
    """KYIV, {{April 2}} (Reuters) - A Russian ballistic missile strike on the centre of the
    northern Ukrainian city of Chernihiv killed [[21 people|killed;a=officials]], including [[two
    children|killed;a=officials]], and injured [[at least 83|injured;a=officials]], officials said
    on Thursday, in one of the deadliest attacks on civilians this year. The toll rose steadily
    through the day from an initial [[eight|killed]], and regional governor Oleksandr Bondar said it
    was likely to climb further as rescuers searched the rubble of a five-storey apartment block.
    Emergency services said [[at least six people|civilians;a=Emergency services]] were believed to
    be trapped under the debris. [[Two Iskander-M missiles|other;a=the air force]] hit the city
    shortly after {{10:15 am}} ({{0715 GMT}}), when the streets were busy with people heading to
    work, the air force said. Among the injured were [[11 children|injured;a=the health ministry]],
    the youngest {{aged three}}, the health ministry said. President Volodymyr Zelenskiy said Russia
    had launched [[more than 1,400 drones|other;a=President Volodymyr Zelenskiy]] and [[about 60
    missiles|other;a=President Volodymyr Zelenskiy]] at Ukraine over the past week. Moscow, which
    denies targeting civilians, said its forces had struck a meeting of Ukrainian commanders in the
    city, killing [[up to 60 servicemen|killed;a=Moscow]].""",
)

item(
    "Russia evacuates thousands as Ukrainian troops push into Kursk region",
    """MOSCOW, {{Aug 8}} (Reuters) - Russia said on Thursday it had evacuated [[thousands of
    people|displaced;a=Russia]] from border areas of its Kursk region, as its forces fought for a
    third day to repel a cross-border incursion by Ukrainian troops backed by tanks and armoured
    vehicles. Acting governor Yuri Alexandrov said [[more than 3,000 residents|displaced;a=Acting
    governor Yuri Alexandrov]] of the town of Sudzha and nearby villages had been moved to temporary
    accommodation in Kursk city, and that [[a further 2,000|displaced;p;a=Acting governor Yuri
    Alexandrov]] would be evacuated by the end of the day. He said [[five civilians|killed;a=Acting
    governor Yuri Alexandrov]] had been killed and [[28|injured;a=Acting governor Yuri Alexandrov]]
    wounded, including [[six children|injured;a=Acting governor Yuri Alexandrov]]. Russia's chief of
    the general staff, Valery Gerasimov, told President Vladimir Putin in a televised meeting that
    [[up to 1,000 Ukrainian soldiers|combatants;a=Russia's chief of the general staff;alt=Valery
    Gerasimov]] had taken part in the attack. He said [[315 Ukrainian servicemen|killed;a=Russia's
    chief of the general staff;alt=Valery Gerasimov]] had been killed and [[54 armoured
    vehicles|other;a=Russia's chief of the general staff;alt=Valery Gerasimov]] destroyed. Ukraine's
    military did not comment on the operation. The Russian health ministry said [[24
    people|injured;a=The Russian health ministry]] had been hospitalised in Kursk. Queues of cars
    stretched for about {{10 km}} on the road north out of Sudzha.""",
)

item(
    "Dozens killed near Gaza aid distribution site, health officials say",
    """[[At least 31 Palestinians|killed;a=Gaza's Health Ministry]] have been killed and [[more than
    170|injured;a=Gaza's Health Ministry]] wounded by Israeli fire near an aid distribution site in
    Rafah, according to Gaza's Health Ministry, as crowds gathered before dawn to collect food.
    Witnesses told Al Jazeera that Israeli troops opened fire from tanks and drones as [[thousands
    of people|aid;a=Witnesses]] walked towards the site run by the US-backed Gaza Humanitarian
    Foundation (GHF), about {{1km}} away. The International Committee of the Red Cross said its
    field hospital in Rafah had received [[179 patients|injured;a=The International Committee of the
    Red Cross]], the largest number in a single mass-casualty event since it opened, and that [[21
    of them|killed;n=-;a=The International Committee of the Red Cross]] were declared dead on
    arrival. The Israeli military said its troops had fired warning shots at individuals who
    approached them and that it was "not aware of any injuries caused by IDF fire". The GHF said it
    had distributed [[more than 21,000 food boxes|aid;a=The GHF]] on Sunday without incident. Since
    late May, [[more than 500 people|killed;a=the UN human rights office]] have been killed while
    seeking aid, according to the UN human rights office. The Health Ministry says [[at least 54,400
    Palestinians|killed;a=The Health Ministry;alt=Gaza's Health Ministry]] have been killed in Gaza
    since {{October 2023}}.""",
)

item(
    "Israeli strikes pound Beirut suburbs and south Lebanon; 22 killed",
    """BEIRUT (AP) — Israeli airstrikes pounded Beirut's southern suburbs and villages across south
    Lebanon on Monday, killing [[at least 22 people|killed;a=Lebanon's Health Ministry]] and
    wounding [[117|injured;a=Lebanon's Health Ministry]], Lebanon's Health Ministry said. The
    Israeli military said its jets struck [[more than 120 Hezbollah targets|other;u=other;a=The
    Israeli military]] overnight, including weapons depots and rocket launchers. It also issued
    evacuation warnings for residents of [[25 villages|other]] south of the Awali River. The Health
    Ministry said the dead included [[four children|killed; a=The Health Ministry;alt=Lebanon's
    Health Ministry]] and [[two paramedics|killed;a=The Health Ministry;alt=Lebanon's Health
    Ministry]]. [[At least three buildings|housing]] were flattened by a single strike in the
    southern city of Nabatieh, where rescuers dug through the rubble with their hands. Lebanon's
    government says [[more than 1.2 million people|displaced;v=1200000;a=Lebanon's government]] have
    fled their homes since the fighting escalated. Hezbollah said it fired [[about 80
    rockets|other;a=Hezbollah]] at the Israeli port city of Haifa, where [[two
    people|injured;a=Israel's Magen David Adom ambulance service]] were lightly wounded, according
    to Israel's Magen David Adom ambulance service.""",
)

item(
    "Tens of thousands flee as RSF storms Darfur displacement camp",
    """DUBAI/CAIRO, {{April 13}} (Reuters) - Sudan's Rapid Support Forces stormed a displacement
    camp south of El Fasher over the weekend, killing [[more than 100 people|killed;a=the United
    Nations]], among them [[20 children|killed;a=the United Nations]] and [[nine aid
    workers|killed;a=the United Nations]] from a medical charity, the United Nations said on Sunday.
    The International Organization for Migration said [[between 16,000 and 20,000
    households|displaced;a=The International Organization for Migration]] had fled the camp, which
    had sheltered [[about 400,000 people|displaced;a=The International Organization for Migration]].
    Most walked about {{60 km}} ({{37 miles}}) to the town of Tawila, where the Norwegian Refugee
    Council said [[some 10,000 people|displaced;a=the Norwegian Refugee Council]] had arrived on
    Saturday alone. The RSF said in a statement it had "liberated" the camp, which it described as a
    base for army-allied fighters, and denied targeting civilians. Yale University's Humanitarian
    Research Lab said satellite images showed [[at least 1,700 structures|housing;a=Yale
    University's Humanitarian Research Lab]] had burned. The RSF has besieged El Fasher, about {{15
    km}} to the north, since {{May 2024}}. The war, which began in {{April 2023}}, has killed [[tens
    of thousands of people|killed]] and uprooted [[more than 12 million|displaced;v=12000000]].""",
)

item(
    "Niger: 38 civilians killed in attack on mosque, government says",
    """Niamey (AFP) - [[Thirty-eight civilians|killed;a=Niger's interior ministry]] were killed on
    Friday when jihadists attacked a mosque during prayers in the southwestern village of Tonkou,
    near the border with Mali and Burkina Faso, Niger's interior ministry said. [[Thirteen
    others|injured;a=the ministry;alt=Niger's interior ministry]] were wounded, [[four of
    them|injured;n=-;a=the ministry;alt=Niger's interior ministry]] seriously, the ministry said in
    a statement read on state television, blaming the Islamic State in the Greater Sahara (EIGS).
    The attack took place at around {{2 pm}} ({{1300 GMT}}) when [[dozens of gunmen|combatants;a=a
    local official]] on motorbikes surrounded the mosque, a local official told AFP on condition of
    anonymity. Another resident said he had helped bury [[41 people|killed;a=Another resident]],
    suggesting the toll could be higher. The government declared {{three days}} of national
    mourning. Niger's ruling junta, which seized power in {{July 2023}}, said troops had killed
    [[about 20 of the attackers|killed;a=Niger's ruling junta]] in pursuit operations. According to
    the monitoring group ACLED, jihadist violence killed [[more than 2,400 people|killed;a=the
    monitoring group ACLED]] in Niger in {{2024}}.""",
)
