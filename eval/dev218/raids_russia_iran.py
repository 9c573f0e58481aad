"""Ukrainian drones and rockets on Russian regions, Israel and Iran exchanging missiles, and
missile and drone strikes on towns in the Caucasus and South Asia (2020-2025): 15 texts with
figures, 2 without."""

from _wrap import item

item(
    "Belgorod counts its dead after deadliest attack on Russian city",
    """Rockets and fragments of intercepted missiles fell on the centre of Belgorod on the afternoon
    of {{December 30, 2023}}, killing [[25 people|killed;a=Russia's Investigative Committee]], [[five
    of them children|killed;a=Russia's Investigative Committee;n=children]], Russia's Investigative
    Committee said. Regional governor Vyacheslav Gladkov said [[109 people|injured;a=Vyacheslav
    Gladkov;alt=Regional governor Vyacheslav Gladkov]] had been wounded, [[about two dozen|injured;
    a=Vyacheslav Gladkov;alt=Regional governor Vyacheslav Gladkov]] of them seriously. The defence
    ministry in Moscow said air defences had shot down [[13 rockets|other;a=The defence ministry in
    Moscow]] fired from Czech-made {{RM-70}} Vampire launchers. [[More than 100 apartments|housing;
    a=Gladkov]] and [[about 40 cars|other;a=Gladkov]] were damaged, Gladkov said. In the days that
    followed, the regional government said it planned to send [[about 1,300 children|displaced;p;
    a=the regional government]] to holiday camps in other regions while attacks continued.""",
)

item(
    "Drone hits high-rise near Moscow as Russia reports 144 drones downed",
    """Russia's defence ministry said its air defences had destroyed [[144 Ukrainian drones|other;
    a=Russia's defence ministry]] over [[nine regions|other;a=Russia's defence ministry;u=other]]
    overnight, [[20|other;a=Russia's defence ministry;u=other]] of them over the Moscow region. A
    drone struck a high-rise in Ramenskoye, about {{50 km}} south-east of the Kremlin, killing [[one
    woman|killed;a=Andrei Vorobyov;alt=regional governor Andrei Vorobyov]] and injuring [[three people|injured;a=Andrei Vorobyov;alt=regional governor Andrei Vorobyov]],
    regional governor Andrei Vorobyov said. [[At least 12 flats|housing;a=Vorobyov]] were damaged and
    [[about 150 residents|displaced;a=Vorobyov]] spent the night at a temporary accommodation centre
    set up in a school, Vorobyov said on Telegram. [[More than 40 flights|other;a=the Federal Air
    Transport Agency]] to Domodedovo and Zhukovsky airports were diverted, the Federal Air Transport
    Agency said.""",
)

item(
    "Kursk region evacuees wait out drone strikes in shelters",
    """[[More than 121,000 people|displaced;a=Alexei Smirnov;alt=acting governor Alexei Smirnov]] have left or been evacuated from
    border districts of Russia's Kursk region, acting governor Alexei Smirnov said on {{August 14,
    2024}}, {{eight days}} after Ukrainian troops crossed the border. Kyiv has said [[about 1,000
    troops|combatants;a=Kyiv]] took part in the first assault. Drones and rockets have hit the towns
    of Sudzha, Lgov and Kurchatov daily since. Smirnov said the region had opened [[more than 60
    temporary accommodation centres|capacity;a=Smirnov]], where [[about 2,000 people|displaced;
    a=Smirnov]] are now living, while most evacuees stayed with relatives. The regional government plans to
    resettle [[about 3,000 families|displaced;p;a=The regional government]] from the Sudzha district in Kursk
    city. Volunteers had handed out
    [[15,000 food packages|aid;a=the regional government]], the regional government said. By
    {{October}}, [[about 4,500 residents|returned;a=officials]] had gone back to Kurchatov and Lgov,
    officials said, despite near-daily drone alerts.""",
)

item(
    "Drones set Ryazan refinery ablaze; residents of nearby village moved",
    """Ukrainian drones struck an oil refinery in Ryazan overnight, setting off a fire that [[170
    firefighters|other;a=Russia's emergencies ministry]] and [[52 pieces|other;a=Russia's
    emergencies ministry]] of equipment were still fighting by noon, Russia's emergencies ministry
    said. Governor Pavel Malkov said [[one person|injured;a=Pavel Malkov;alt=Governor Pavel Malkov]]
    had been hurt by debris and [[about 80 residents|displaced;a=Pavel Malkov;alt=Governor
    Pavel Malkov]] of a nearby village evacuated as a precaution. The defence ministry said [[121 drones|
    other;a=The defence ministry]] had been shot down over [[13 regions|other;a=The defence ministry;
    u=other]], [[about 10|other;a=The defence ministry;u=other]] of them near Ryazan. The refinery,
    about {{200 km}} south-east of Moscow, processes about {{13 million tonnes}} of crude a year.""",
)

item(
    "Moscow airports shut as Russia says it downed hundreds of drones",
    """Russia said it had shot down [[524 Ukrainian drones|other;a=Russia]] over {{three days}} in the
    run-up to the {{80th}} anniversary of victory in {{World War Two}}, among them [[at least 19|other;
    a=Sergei Sobyanin;alt=Mayor Sergei Sobyanin;u=other]] flying toward Moscow, according to Mayor Sergei Sobyanin. Restrictions
    at the capital's main airports forced Aeroflot to cancel or delay [[more than 350
    flights|other;a=Aeroflot]], the airline said, and [[about 60,000 passengers|other;a=the
    Association of Tour Operators]] were stranded, the Association of Tour Operators estimated. A
    drone hit a residential block in the city of Yelets, injuring [[two people|injured;a=Igor
    Artamonov]] and damaging [[around 20 flats|housing;a=Igor Artamonov;alt=Lipetsk governor Igor Artamonov]], Lipetsk governor Igor
    Artamonov said.""",
)

item(
    "Russian courts jail teenagers accused of filming air defences",
    """A court in Novorossiysk has sentenced [[two teenagers|arrested;a=A court in Novorossiysk]] to
    {{six years}} in a penal colony for filming air-defence systems during a Ukrainian drone attack
    and sending the footage to a Telegram channel. The FSB security service said the video had helped
    guide a drone strike on the port in {{May}} that injured [[seven people|injured;a=The FSB security
    service]]. Since the start of the year the FSB has detained [[more than 150 people|arrested;a=the
    FSB]] on similar charges, according to its statements. OVD-Info, a rights group that tracks
    politically motivated prosecutions, said [[at least 40 of them|arrested;a=OVD-Info;n=-]] were
    under {{18}}. [[Two Ukrainian citizens|arrested;a=the FSB]] were also detained in the Krasnodar
    region in {{June}}, the FSB said.""",
)

item(
    "Drones hit Kazan apartment towers in attack deep inside Russia",
    """[[Eight drones|other;a=the Tatarstan government]] struck Kazan on the morning of {{December 21}},
    [[six of them|other;a=the Tatarstan government;u=other;n=-]] hitting residential high-rises, the
    Tatarstan government said, about {{1,000 km}} from the Ukrainian border. No one was killed.
    [[About 300 residents|displaced;a=city officials]] were evacuated from [[three apartment
    blocks|housing;a=city officials;u=structure]], where [[about 40 flats|housing;a=city officials]]
    were damaged, city officials said. Kazan airport was closed for {{several hours}} and mass events
    in the city were cancelled for {{three days}}. Investigators said they had opened a criminal case
    into a terrorist act.""",
)

item(
    "Iran launches first direct attack on Israel; nearly all projectiles intercepted",
    """Iran launched [[about 170 drones|other;a=Israel's military]], [[more than 30 cruise
    missiles|other;a=Israel's military]] and [[more than 120 ballistic missiles|other;a=Israel's
    military]] at Israel overnight into {{April 14}}, Israel's military said, and claimed {{99%}} were
    intercepted. US forces shot down [[more than 70 drones|other;a=US officials]] and [[at least
    three ballistic missiles|other;a=US officials]], US officials said. A Bedouin girl, {{aged
    seven}}, was seriously wounded by shrapnel in the Negev. Magen David Adom said [[31 people|
    injured;a=Magen David Adom]] had been treated, most of them for light injuries while running to
    shelters or for anxiety. The Nevatim air base was hit by [[at least
    three missiles|other;a=the military;alt=Israel's military]] but was operating normally, the military said.""",
)

item(
    "Israel strikes Iran's nuclear and military sites; Tehran residents flee",
    """Israel said [[about 200 fighter jets|other;a=Israel;u=other]] struck [[more than 100
    targets|other;a=Israel;u=other]] across Iran in the first wave of attacks on {{June 13}},
    including the Natanz enrichment site and apartments where senior commanders lived. Iran's UN
    ambassador said [[78 people|killed;a=Iran's UN ambassador]] had been killed and [[more than
    320|injured;a=Iran's UN ambassador]] wounded, most of them civilians. Israel called up [[tens of thousands of reservists|combatants]] and told Israelis to stay near shelters. Long queues formed
    at petrol stations as [[tens of thousands of residents|displaced]] tried to leave Tehran for the
    Caspian coast. By the {{fourth}} day, Iran's health ministry put the toll at [[224 dead|killed;
    a=Iran's health ministry]] and [[1,277 injured|injured;a=Iran's health ministry]], about {{90%}}
    of them civilians.""",
)

item(
    "Iranian missile levels Bat Yam apartment block",
    """An Iranian ballistic missile struck a residential building in Bat Yam, south of Tel Aviv,
    before dawn on {{Sunday}}, killing [[six people|killed;a=Magen David Adom]], [[two of them
    children|killed;a=Magen David Adom;n=children]], and wounding [[about 200|injured;a=Magen David
    Adom]], Magen David Adom said. [[Up to seven people|missing]] were still unaccounted for by nightfall.
    Home Front Command search teams pulled [[35 people|other;a=the army]] from the rubble, the army
    said. The municipality said [[61 buildings|housing;a=The municipality]] in the area were damaged
    and [[about 1,000 residents|displaced;a=The municipality]] had been moved to hotels. Police said
    they had arrested [[two people|arrested;a=Police]] for filming the impact site and posting the
    footage online, which is banned under wartime censorship rules.""",
)

item(
    "Missile strikes Beersheba's Soroka hospital",
    """An Iranian missile hit the Soroka Medical Center in Beersheba early on {{June 19}}, wrecking a
    surgical building that staff had evacuated the day before. Hospital director Shlomi Codish said
    [[dozens of patients|displaced;a=Shlomi Codish;alt=Hospital director Shlomi Codish]] had been moved to protected wards in the days
    before the strike, which lightly injured [[about 40 people|injured;a=Shlomi Codish;alt=Hospital director Shlomi Codish]], most of them
    staff. The hospital, which has [[about 1,000 beds|capacity;a=The hospital]], stopped admitting
    patients except for life-threatening cases. Iran fired [[about 30 ballistic missiles|other;a=the
    military]] that morning, the military said, also hitting residential buildings in Ramat Gan and
    Holon. [[At least 240 people|injured;a=the health ministry]] were taken to hospitals across the
    country, the health ministry said.""",
)

item(
    "Iran arrests hundreds accused of spying for Israel after war",
    """Iran's judiciary said on {{July 1}} that [[more than 700 people|arrested;a=Iran's judiciary]]
    had been detained during the {{12-day}} war on suspicion of links to Israel's intelligence
    services. The arrests came as [[hundreds of thousands of residents|returned]] who fled Tehran
    during the Israeli strikes went back to the capital, clogging highways from the north. Iran's
    health ministry said [[627 people|killed;a=Iran's health ministry]] had been killed and [[4,870|
    injured;a=Iran's health ministry]] injured in Israeli and US strikes. Tehran's municipality had
    kept [[80 metro stations|capacity;a=Tehran's municipality;u=structure]] open around the clock as
    shelters, and said [[more than 120 buildings|housing;a=Tehran's municipality]] in the city
    had been damaged.""",
)

item(
    "Iran fires about 180 ballistic missiles at Israel",
    """Iran fired [[about 180 ballistic missiles|other;a=Israel's military]] at Israel on the evening of
    {{October 1}}, Israel's military said, sending people across the country into shelters. [[One man|killed;
    a=Palestinian officials]], a Palestinian from Gaza, was killed by falling debris in Jericho,
    Palestinian officials said. In Israel, [[two people|injured;a=medics]] were lightly wounded by
    shrapnel, medics said. [[Between 30 and 35 missiles|other;a=satellite analysts]] hit the Nevatim air
    base, according to satellite analysts. US Navy destroyers fired [[about a dozen interceptors|other;a=the Pentagon;
    u=other]] to help defend Israel, the Pentagon said. When Israel struck back on {{October 26}},
    Iran's army said [[four soldiers|killed;a=Iran's army]] manning air defences had been killed.""",
)

item(
    "Missile strike on Ganja flattens homes as Karabakh war rages",
    """A missile hit a residential district of Azerbaijan's second city, Ganja, overnight into {{October
    17, 2020}}, killing [[13 civilians|killed;a=Azerbaijan's prosecutor general's office]] and
    injuring [[more than 50|injured;a=Azerbaijan's prosecutor general's office]], Azerbaijan's
    prosecutor general's office said. [[About 20 homes|housing;a=Hikmet Hajiyev;alt=presidential aide Hikmet Hajiyev]] were destroyed,
    presidential aide Hikmet Hajiyev said. Armenia's defence ministry denied firing at Ganja. In
    Stepanakert, the main city of Nagorno-Karabakh, [[thousands of residents|displaced]] have spent
    {{three weeks}} in basements as Azerbaijani drones and artillery hit the town. The region's
    ombudsman said [[about 90,000 people|displaced;a=The region's ombudsman]] had fled to Armenia,
    about {{half}} of the population.""",
)

item(
    "India and Pakistan trade strikes; border villagers flee",
    """Indian missiles struck [[nine sites|other;a=India's defence ministry]] in Pakistan and
    Pakistani-administered Kashmir early on {{May 7, 2025}}, India's defence ministry said. Pakistan's
    military said [[31 civilians|killed;a=Pakistan's military]] had been killed and [[57|injured;
    a=Pakistan's military]] wounded, including in a mosque in Bahawalpur. Pakistani shelling across
    the Line of Control killed [[12 civilians|killed;a=Indian officials]] in the Poonch district,
    Indian officials said. [[Thousands of villagers|displaced]] on both sides fled to relief camps or
    to relatives. The Jammu and Kashmir government has built [[about 9,500 bunkers|capacity;
    a=The Jammu and Kashmir government;u=structure]] along the border since {{2018}}. Pakistan's
    army said it had shot down [[25 Indian drones|other;a=Pakistan's army]] the next day.""",
)

item(
    "Oreshnik strike on Dnipro: what is known",
    """Russia struck the Ukrainian city of Dnipro with a new intermediate-range ballistic missile at
    about {{5 a.m.}} on {{November 21, 2024}}, President Vladimir Putin said, calling it the Oreshnik.
    Putin said it flies at {{Mach 10}}, about {{2.5 to 3 km}} a second, and cannot be intercepted.
    Ukraine's air force said it was launched from Kapustin Yar in the Astrakhan region, about
    {{1,000 km}} away, and reached its target in about {{15 minutes}}. Analysts say such missiles
    have a range of {{3,000 km}} to {{5,500 km}}. The target was the Pivdenmash plant, which built
    Soviet rockets in the {{1960s}}.""",
)

item(
    "The price of shooting down Iran's missiles",
    """Each {{Arrow 3}} interceptor costs Israel an estimated {{$3 million}}, against about {{$1
    million}} for an {{Arrow 2}} and {{$50,000}} for an Iron Dome interceptor, according to the
    Institute for National Security Studies in Tel Aviv. Israeli officials say defending against
    Iran's barrage in {{April 2024}} cost about {{$1.1 billion}} in a single night. The Arrow 3 is
    designed to hit missiles above the atmosphere, at altitudes of more than {{100 km}}. Israel's
    {{2025}} defence budget rose to about {{$38 billion}}, roughly {{7%}} of GDP. US Congress approved
    {{$5.2 billion}} for Israeli air defences in the same year.""",
)
