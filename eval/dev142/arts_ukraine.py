"""Russia and Ukraine: general staff tallies, drones and missiles launched and shot down,
prisoner and body exchanges, evacuations and the claims of both sides (13 texts with
figures, 1 without)."""

from _wrap import item

item(
    "General Staff: Russia has lost 1,036,870 troops in Ukraine since start of full-scale war",
    """Russia has lost [[1,036,870 troops|killed;a=the General Staff of Ukraine's Armed
    Forces]] in Ukraine since the beginning of its full-scale invasion, the General Staff of
    Ukraine's Armed Forces reported on {{July 17}}. This number includes
    [[1,050 casualties|killed]] Russian forces suffered over the past day. According to the
    report, Russia has also lost [[11,036 tanks|other;a=the report;alt=the General Staff of
    Ukraine's Armed Forces]], [[23,004 armored combat vehicles|other;a=the report;alt=the
    General Staff of Ukraine's Armed Forces]], [[30,608 artillery systems|other;u=other;a=the
    report;alt=the General Staff of Ukraine's Armed Forces]], [[1,436 multiple launch rocket
    systems|other;u=other;a=the report;alt=the General Staff of Ukraine's Armed Forces]],
    [[1,195 air defense systems|other;u=other;a=the report;alt=the General Staff of Ukraine's
    Armed Forces]], [[421 airplanes|other;u=other;a=the report;alt=the General Staff of
    Ukraine's Armed Forces]], [[50,842 drones|other;a=the report;alt=the General Staff of
    Ukraine's Armed Forces]], and [[28 ships and boats|other;n=ships and boats;a=the
    report;alt=the General Staff of Ukraine's Armed Forces]]. The figures could not be
    independently verified.""",
)

item(
    "Russia attacks Ukraine with 147 drones and four missiles overnight, 88 downed",
    """Russia attacked Ukraine on the night of {{4-5 July}} with [[147 drones|other;a=the Air
    Force of Ukraine's Armed Forces]], including Shahed-type attack drones and decoys, and
    [[four Iskander-M ballistic missiles|other;a=the Air Force of Ukraine's Armed Forces]]
    launched from Russia's Kursk Oblast, the Air Force of Ukraine's Armed Forces has reported.
    Air defence units shot down [[88 drones|other;a=the Air Force;alt=the Air Force of
    Ukraine's Armed Forces]] and suppressed [[another 35|other;u=other;a=the Air Force;alt=the
    Air Force of Ukraine's Armed Forces]] with electronic warfare, the Air Force said. Hits by
    [[four missiles|other]] and [[24 drones|other]] were recorded at
    [[seven locations|other;u=other]], and debris fell in several
    more. In
    Kharkiv, [[two people|killed;a=Oleh Syniehubov]] were killed and
    [[14 others|injured;a=Oleh Syniehubov]] were injured, including
    [[three children|injured;a=Oleh Syniehubov]], Kharkiv Oblast Governor Oleh Syniehubov
    said.""",
)

item(
    "Russia says it downed 337 Ukrainian drones as attacks hit border regions",
    """Russian air defence units destroyed [[337 Ukrainian drones|other;a=Russia's Defence
    Ministry]] overnight, including [[126|other;u=other;a=Russia's Defence Ministry]] over the
    Kursk region and [[91|other;u=other;a=Russia's Defence Ministry]] over the Moscow region,
    Russia's Defence Ministry said on Tuesday, in what would be the largest Ukrainian drone
    attack of the war. Moscow Mayor Sergei Sobyanin said [[74 drones|other;a=Sergei
    Sobyanin]] heading for the capital had been shot down. Flights at the city's main airports
    were suspended for several hours, according to the aviation authority Rosaviatsia.
    [[One person|killed;a=Andrei Vorobyov]] was killed in the Ramenskoye district, where a
    drone hit a residential building, regional governor Andrei Vorobyov said. In the Belgorod
    region, Ukrainian drone and artillery attacks killed [[two civilians|killed;a=Vyacheslav
    Gladkov]] and wounded [[15|injured;a=Vyacheslav Gladkov]] over the past day, governor
    Vyacheslav Gladkov said. He said [[47 private homes|housing;a=Vyacheslav Gladkov]] and
    [[19 cars|other;a=Vyacheslav Gladkov]] had been damaged in Belgorod, Shebekino and
    Grayvoron. [[Around 2,000 children|displaced;a=officials]] from border villages have been
    moved to summer camps in other regions since March, officials said. A {{52-year-old}} man
    was among the dead in Belgorod, Russian media reported. Ukraine's military said it had
    struck an oil
    refinery in Ryazan, about {{200 km}} south-east of Moscow, and ammunition depots in the
    Bryansk region. Kyiv does not usually comment on attacks inside Russia, and says its strikes
    target military and energy infrastructure. Reuters could not independently verify either
    side's claims.""",
)

item(
    "Ukraine and Russia swap hundreds of prisoners in largest exchange of the war",
    """Ukraine and Russia each freed [[390 soldiers and civilians|other;n=soldiers and
    civilians]] on Friday in the first stage of what officials in Kyiv and Moscow said would be
    the largest prisoner exchange of the war. Russia's Defence Ministry said
    [[270 servicemen|other;a=Russia's Defence Ministry]] and
    [[120 civilians|other;a=Russia's Defence Ministry]] had been returned from
    Ukrainian-controlled territory, while President Volodymyr Zelenskyy said more swaps would
    follow over the weekend. The two sides agreed at talks in Istanbul last week to swap
    [[1,000 prisoners|other;p]] each, the only concrete result of their first direct talks
    since the spring of {{2022}}. The United Arab Emirates, which has mediated
    [[more than a dozen previous swaps|other;u=other]], said
    [[more than 4,500 Ukrainians and Russians|other;n=Ukrainians and Russians;a=The United
    Arab Emirates]] had now been freed through its efforts. Ukraine's Coordination Headquarters
    for the Treatment of
    Prisoners of War says [[more than 8,000 Ukrainians|arrested;a=Ukraine's Coordination
    Headquarters for the Treatment of Prisoners of War]] are still held in Russian
    captivity.""",
)

item(
    "Ukraine receives bodies of 1,000 fallen soldiers from Russia",
    """Ukraine received [[1,000 bodies|killed;a=Ukraine's Coordination Headquarters for the
    Treatment of Prisoners of War]] that Russia said belonged to Ukrainian soldiers, while
    [[19 bodies|killed;a=Ukraine's Coordination Headquarters for the Treatment of Prisoners of
    War]] of Russian servicemen were handed back to Moscow, Ukraine's Coordination Headquarters
    for the Treatment of Prisoners of War said on Thursday. Forensic experts will now try to
    identify the remains. Vladimir Medinsky, who led Russia's delegation in Istanbul, said
    Moscow was ready to hand over [[another 6,000 bodies|killed;p;a=Vladimir Medinsky]]. Kyiv
    has repatriated [[more than 12,000 bodies|killed;a=official figures]] since the start of
    the full-scale invasion, according to official figures.""",
)

item(
    "Donetsk authorities order evacuation of children from 11 more settlements",
    """Ukrainian authorities on Monday ordered the mandatory evacuation of families with
    children
    from [[11 settlements|other;u=other]] in the Pokrovsk and Dobropillia districts, as Russian
    forces pushed to within {{8 kilometres}} of Pokrovsk. The order covers
    [[about 1,100 families|displaced;p]]. [[Around 1,300 people|displaced;a=Vadym Filashkin]]
    were evacuated from the Pokrovsk district in the past week, including
    [[247 children|displaced;a=Vadym Filashkin]], Donetsk regional governor Vadym Filashkin
    said on Telegram. [[Some 7,100 residents|civilians;a=Vadym Filashkin]] remain in Pokrovsk,
    among them [[42 children|civilians;a=Vadym Filashkin]], he added. Volunteers from the
    charity East SOS said they were now evacuating [[about 80 people a
    day|displaced;a=Volunteers
    from the charity East SOS]], most of them elderly. Russia's Defence Ministry
    claimed on Sunday that its troops had taken the village of Kotlyne, {{10 km}} west of the
    town, a claim Kyiv denied.""",
)

item(
    "Russia says Ukraine lost up to 2,030 troops in Kursk incursion",
    """Russia's Defence Ministry said on Monday that Ukraine had lost
    [[up to 2,030 troops|killed;a=Russia's Defence Ministry]] and
    [[35 tanks|other;a=Russia's Defence Ministry]] since launching its incursion into the
    Kursk region on {{August 6}}, figures that could not be independently verified. Ukraine's
    top commander, Oleksandr Syrskyi, said his forces controlled {{1,000 square kilometres}} of
    Russian territory, including [[74 settlements|other;u=other;a=Oleksandr Syrskyi]], and had
    taken [[more than 100 Russian soldiers|arrested;a=Oleksandr Syrskyi]] prisoner. Kursk's
    acting governor Alexei Smirnov said [[121,000 people|displaced;a=Alexei Smirnov]] had been
    evacuated from border districts and [[12 civilians|killed;a=Alexei Smirnov]] killed.
    [[Another 59,000|displaced;p]] were due to leave. The head of the neighbouring Belgorod
    region said [[11,000 residents|displaced;p;a=The head of the neighbouring Belgorod
    region]] of the Krasnaya Yaruga district would be moved to safer areas.""",
)

item(
    "Mediazona and BBC confirm names of 111,387 Russian soldiers killed in Ukraine",
    """Journalists from Mediazona and the BBC Russian Service have confirmed the names of
    [[111,387 Russian soldiers|killed;a=Journalists from Mediazona and the BBC Russian
    Service]] killed in the war against Ukraine, the outlets reported on Friday. Over the past
    {{two weeks}}, [[3,240 new names|killed]] were added to the list, most of them from
    obituaries
    and posts by relatives in regional social media groups. The journalists estimate, using
    inheritance records, that [[between 190,000 and 236,000 Russian servicemen|killed;a=The
    journalists;alt=Journalists from Mediazona and the BBC Russian Service]] may have died.
    [[More than 20,000|killed;n=-]] of the confirmed dead were prisoners recruited from penal
    colonies, and [[about 11,000|killed;n=-]] had signed contracts after the mobilisation of
    {{September 2022}}. The youngest was an {{18-year-old}} conscript. Russia's Defence
    Ministry last gave an official toll in {{September 2022}}, when it put its losses at
    [[5,937|killed;a=Russia's Defence Ministry]]. Meduza could not verify the figures
    independently.""",
)

item(
    "Death toll from Russian strike on Kyiv apartment block rises to 23",
    """The death toll from Russia's overnight missile and drone attack on Kyiv rose to
    [[23|killed;a=the State Emergency Service]], including
    [[four children|killed;a=the State Emergency Service]], after rescuers pulled more bodies
    from the rubble of a {{nine-storey}} apartment block, the State Emergency Service said on
    Thursday. [[At least 134 people|injured;a=Tymur Tkachenko]] were wounded, Tymur Tkachenko,
    head of the city's military administration, said. The youngest victim was a
    {{six-year-old}} boy. Russia launched [[598 drones|other;a=Ukraine's air force]] and
    [[31 missiles|other;a=Ukraine's air force]] at Ukraine overnight, Ukraine's air force
    said. It said [[565 drones|other;a=Ukraine's air force]] and
    [[30 missiles|other;a=Ukraine's air force]] had been shot down or jammed. Kyiv Mayor Vitali
    Klitschko said [[more than 40 buildings|housing;a=Vitali Klitschko]] had been damaged
    across the city. In the Solomianskyi district, [[about 300 residents|displaced;a=city
    officials]]
    whose flats were wrecked have been moved to temporary shelters, city officials said.
    Russia's Defence Ministry said it had carried out a "massive strike" on
    military-industrial targets and that all of them had been hit. The claim could not be
    independently verified. The city declared a day of mourning on Friday, and flags flew at
    half-mast on government buildings. It was the deadliest attack on the capital since
    {{April}}, when a ballistic missile hit a residential area in the Sviatoshynskyi district
    shortly after {{1am}}. President Volodymyr
    Zelenskiy said Ukraine needed [[10 more Patriot air defence
    systems|other;p;u=other;a=Volodymyr
    Zelenskiy]] to protect its cities.""",
)

item(
    "Seoul says North Korean casualties in Russia reach 4,700",
    """North Korea has sent [[about 15,000 troops|combatants;a=South Korea's National
    Intelligence Service]] to help Russia fight Ukraine, and
    [[around 4,700 of them|killed;n=-;a=South Korea's National Intelligence Service]] have been
    killed or wounded, including [[some 600|killed;a=South Korea's National Intelligence
    Service]] killed, South Korea's National Intelligence Service told lawmakers on Wednesday.
    Pyongyang has sent [[an additional 3,000 troops|combatants;a=the NIS;alt=South Korea's
    National Intelligence Service]] since January, along with
    [[about 220 self-propelled guns|other;a=the NIS;alt=South Korea's National Intelligence
    Service]] and rocket launchers, the NIS said. Kyiv's military intelligence
    agency said North Korea had also supplied [[about 120 long-range artillery
    pieces|other;a=Kyiv's
    military intelligence agency]]. Ukrainian forces captured
    [[two North Korean soldiers|arrested;a=Zelenskiy]] in the Kursk region in January,
    Zelenskiy said, offering to hand them over to Pyongyang if it helped free Ukrainians held
    in Russia. Moscow and Pyongyang did not acknowledge the deployment until April, and the
    figures could not be independently verified.""",
)

item(
    "Ukraine brings back another 40 children from Russian-occupied territories",
    """Ukraine has returned [[40 more children|returned;a=Andriy Yermak]] from Russia and
    Russian-occupied territories, the head of the Presidential Office, Andriy Yermak, said on
    Monday. The children, {{aged 6 to 17}}, were brought back with Qatar's mediation, and
    [[eight families|returned;a=Qatar]] have been reunited, Qatar said. In total,
    [[1,359 children|returned;a=Ukrainian officials]] have been brought back under the Bring
    Kids Back UA initiative, according to Ukrainian officials. Ukraine's ombudsman, Dmytro
    Lubinets, said [[at least 2,000 of the children|displaced;a=Dmytro Lubinets]] were
    orphans or had been separated from their parents. Kyiv says
    [[19,546 children|displaced;a=Kyiv]] have been deported or forcibly transferred to Russia
    since {{2022}}, [[about 1,600 of them|displaced;n=-;a=Kyiv]] from Kherson region alone, a
    figure Moscow disputes; Russia says it moved children out of the war zone
    for their safety and that [[some 700,000|displaced;a=Russia]] have arrived from Ukraine
    with or without their families.""",
)

item(
    "General Staff: 186 combat clashes on the front, heaviest fighting near Pokrovsk",
    """A total of [[186 combat clashes|other;u=other;a=the General Staff of the Armed Forces of
    Ukraine]] between Ukrainian and Russian forces took place over the past day, the General
    Staff of the Armed Forces of Ukraine said in its evening update on {{23 June}}. In total,
    Russia carried out [[one missile strike|other;u=other]] using
    [[three missiles|other]] and [[72 airstrikes|other;u=other]], dropping
    [[123 guided aerial bombs|other;u=other]]. It also used
    [[5,346 kamikaze drones|other]] and carried out [[4,087 attacks|other;u=other]] on
    Ukrainian positions and settlements, many of them with multiple-launch rocket systems. The
    heaviest fighting was on the Pokrovsk front, where Ukrainian defenders repelled
    [[52 Russian assaults|other;u=other;a=the General Staff;alt=the General Staff of the Armed
    Forces of Ukraine]] near Malynivka, Zvirove and Udachne, the General Staff said. On this
    front alone, Ukrainian forces killed [[219 Russian soldiers|killed;a=the General
    Staff;alt=the General Staff of the Armed Forces of Ukraine]] and wounded
    [[84|injured;a=the General Staff;alt=the General Staff of the Armed Forces of Ukraine]],
    the General Staff estimated. Russian forces also attacked near
    Kostiantynivka and on the Lyman front, where the {{63rd}} Mechanised Brigade holds the
    line. In the south, the {{128th}} Mountain Assault Brigade reported no change. Russian
    artillery continues to shell towns up to {{20 kilometres}} behind the front. Near
    Kupiansk, Russian troops tried to cross the Oskil river under cover of fog, the {{14th}}
    Mechanised Brigade said, but were stopped on the eastern bank. On the Kursk axis, fighting
    continued around the village of Tetkino, {{3 km}} from the border. Ukraine's military
    said the situation in the Sumy region had stabilised after a Russian push in the spring.
    The reports from both sides could not be independently verified. Russia's Defence
    Ministry, in its own daily report, claimed its forces had taken the village of Zaporizhzhia
    in Donetsk region, which Ukraine denied. The General Staff's figures for Russian losses are
    published every morning
    at {{8am}} Kyiv time.""",
)

item(
    "Ukraine's 3rd Assault Brigade says it pushed Russians back near Borova",
    """Ukraine's {{3rd}} Assault Brigade said on {{14 October}} that its units had pushed
    Russian forces back by up to {{2 kilometres}} near Borova in Kharkiv Oblast, regaining
    ground lost in September. The brigade said the operation began at {{5am}} after a night of
    artillery fire with {{155mm}} shells and first-person-view drones. It was the brigade's most
    significant advance in the sector since the summer of {{2024}}, a spokesperson said.
    Russia's Defence Ministry said its troops had repelled the attack. The claims could not be
    independently verified.""",
)

item(
    "Russia pounds Ukraine's energy grid with missiles and drones",
    """Russia fired [[more than 90 missiles|other;a=Herman Halushchenko]] and
    [[nearly 200 drones|other;a=Herman Halushchenko]] at Ukraine's energy system overnight, in
    one of the biggest attacks on the grid since the invasion, Energy Minister Herman
    Halushchenko said. Ukraine's air force said it destroyed
    [[81 missiles|other;a=Ukraine's air force]] and [[126 drones|other;a=Ukraine's air
    force]]. Private energy company DTEK said [[five of its thermal power plants|housing;
    u=structure;a=DTEK]] had been seriously damaged, and grid operator Ukrenergo said
    [[more than 1 million households|civilians;a=Ukrenergo]] were without power in Kyiv,
    Odesa, Dnipro and Lviv regions. In Lviv region, [[one person|killed;a=Maksym
    Kozytskyi]] was killed, governor Maksym Kozytskyi said. Poland's military said it had
    scrambled aircraft as a precaution. Russia's Defence Ministry said the strikes had hit
    energy facilities that supplied Ukraine's arms industry.""",
)
