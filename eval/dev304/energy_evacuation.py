"""dev304 items, part 2: strikes on the energy system and evacuations from front-line towns."""

from _wrap import item

item(
    "Missile barrage on power plants leaves 1.2 million households in the dark",
    """
    Russia launched [[91 missiles|other;a=Ukraine's air force]] and [[around 100
    drones|other;a=Ukraine's air force]] at Ukraine's energy system overnight, Ukraine's air
    force said. Herman Halushchenko, the energy minister, said power plants and substations in
    [[11 regions|other;u=other;a=Herman Halushchenko]] had been hit. Ukrenergo, the grid
    operator, said [[more than 1.2 million households|civilians;a=Ukrenergo]] were without
    electricity on Friday morning. DTEK, the largest private power company, said [[four of its
    thermal power plants|housing;u=structure;a=DTEK]] were seriously damaged. [[Two energy
    workers|killed;a=the energy ministry]] were killed in the Kharkiv region, the energy
    ministry said. It was the {{eighth}} large-scale attack on the grid since {{March}}. The
    grid operator said it would need [[up to 1,000 transformers|aid;p;u=other;a=The grid
    operator;alt=Ukrenergo]] from European partners before the winter.
    """,
)

item(
    "Ukraine opens 10,000 heating points ahead of winter blackouts",
    """
    Ukraine has opened [[more than 10,000 heating points|capacity;a=Ihor Klymenko]] across the
    country, where residents can warm up, charge phones and get hot drinks during blackouts,
    Ihor Klymenko, the interior minister, said on Wednesday. In Kyiv,
    [[1,140|capacity;u=structure;a=city authorities]] of them are open around the clock, city
    authorities said. Each can take in [[about 50 people|capacity]] at a time. Regional
    authorities in Kharkiv said they had stocked [[1,800 generators|aid;a=Regional authorities
    in Kharkiv]] and {{300,000 litres}} of fuel for hospitals and water pumps. [[Some 4,200
    people|aid]] used the points in the city on the first night of the last blackout. The
    European Union has sent [[more than 7,000 generators|aid;a=the European Commission]] to
    Ukraine since {{2022}}, according to the European Commission.
    """,
)

item(
    "Families with children ordered out of Pokrovsk",
    """
    Ukrainian authorities ordered the mandatory evacuation of families with children from
    Pokrovsk and [[nine surrounding villages|other]] on Monday as Russian forces advanced to
    within {{10 km}} of the town. Vadym Filashkin, the governor of the Donetsk region, said
    [[about 1,400 children|civilians;a=Vadym Filashkin]] were still living in the area. He said
    [[16,000 people|civilians;a=Vadym Filashkin]] remained in Pokrovsk itself, down from
    [[60,000|civilians;a=Vadym Filashkin]] before the war. Evacuation trains now leave from
    Pavlohrad, about {{80 km}} to the west, because the station in Pokrovsk is within range of
    Russian artillery. Since the start of {{August}}, [[more than 13,000
    residents|displaced;a=the regional administration]] have been evacuated from the district,
    the regional administration said, including [[1,750 children|displaced;a=the regional
    administration]]. Officials expect [[another 10,000|displaced;p;a=Officials]] to leave in
    the coming weeks.
    """,
)

item(
    "Mandatory evacuation ordered for 37 settlements around Kupiansk",
    """
    Authorities in the Kharkiv region ordered the mandatory evacuation of [[37
    settlements|other;u=other]] in the Kupiansk district on Tuesday as Russian forces pressed
    towards the Oskil river, a decision that affects [[about 12,000 people|civilians]]. Oleh
    Syniehubov, the governor, said [[about 2,500 people|displaced;a=Oleh Syniehubov]] had
    already left, but [[some 600 children|civilians;a=Oleh Syniehubov]] remained in the area
    with their parents. Volunteers from the Vostok SOS charity said they had evacuated [[more
    than 300 bedridden and elderly people|displaced;a=Volunteers from the Vostok SOS charity]]
    in the past {{fortnight}}. Evacuees are taken to a transit centre in Kharkiv that can house
    [[up to 400 people|capacity]] a night. The town of Kupiansk, {{120 km}} east of Kharkiv, was
    occupied in {{2022}} and retaken that {{September}}.
    """,
)

item(
    "Naftogaz says gas production sites hit in combined attack",
    """
    Russia struck gas production facilities in the Kharkiv and Poltava regions overnight in an
    attack that Ukraine's air force said involved [[35 missiles|other;a=Ukraine's air force]]
    and [[60 drones|other;a=Ukraine's air force]]. Serhiy Koretskyi, Naftogaz's chief executive,
    said [[11 of the company's facilities|housing;a=Serhiy Koretskyi]] were hit, some of them
    more than once. Koretskyi said [[three workers|injured;a=Koretskyi]] were injured. The
    company has lost about {{40%}} of its production in the attacks since {{February}}, and
    Ukraine may need to import {{4.6 billion cubic metres}} of gas before spring. In the Poltava
    region, [[some 80,000 consumers|civilians;a=regional officials]] were left without gas
    supplies, regional officials said. Emergency crews evacuated [[about 150
    residents|displaced]] from [[two villages|other]] near a damaged gas well.
    """,
)

item(
    "Zaporizhzhia nuclear plant loses outside power again",
    """
    The Russian-occupied Zaporizhzhia nuclear power plant lost its last external power line on
    Friday and switched to emergency diesel generators, the International Atomic Energy Agency
    said. It was the {{10th}} complete loss of off-site power since Russian forces seized the
    plant in {{March 2022}}, the agency said. The {{750-kilovolt}} line was cut about {{8 km}}
    from the site. Energoatom, Ukraine's state nuclear company, said Russian forces had detained
    [[more than 200 of the plant's workers|arrested;a=Energoatom]] since the occupation began
    and that [[at least 25|missing;a=Energoatom]] were still missing. It said [[about 2,500
    staff|other;a=Energoatom]] now worked at the site, against [[roughly
    11,000|other;a=Energoatom]] before the war. [[About 10,000 residents|civilians]] remain in
    nearby Enerhodar, down from [[53,000|civilians]] before the invasion.
    """,
)

item(
    "Villages on the Dnipro emptied as drones hunt residents",
    """
    Ukrainian authorities evacuated [[about 1,300 people|displaced;a=Oleksandr Prokudin]] from
    [[14 villages|other;a=Oleksandr Prokudin]] along the Dnipro river in the Kherson region in
    {{November}}, Oleksandr Prokudin, the regional governor, said on Monday. A new order covers
    [[a further 12 settlements|other;u=other]] within {{15 km}} of the river. Officials plan to
    move [[1,500-2,000 residents|displaced;p;a=Officials]], including [[about 200
    children|displaced;p;a=Officials]], by the end of the year. On the occupied left bank,
    Vladimir Saldo, the Moscow-installed governor, said [[4,500 residents|displaced;a=Vladimir
    Saldo]] of Oleshky and Hola Prystan had been relocated inland. Russian drones have made the
    riverside roads all but impassable since the {{summer}}.
    """,
)

item(
    "Energy ministry reports 12 attacks on grid in one day",
    """
    Russian forces carried out [[12 attacks|other;u=other;a=Ukraine's energy ministry]] on
    energy infrastructure in [[six regions|other;u=other;a=Ukraine's energy ministry]] over the
    past day, Ukraine's energy ministry said on Monday. In Odesa, a drone hit a substation,
    leaving [[about 30,000 customers|civilians;a=DTEK]] without power, according to DTEK. In the
    Sumy region, artillery damaged [[two substations|housing;u=structure]] and several power
    lines. A repair crew came under drone fire in the Donetsk region, and [[two
    electricians|injured]] were wounded. Since {{February 2022}}, [[more than 150 energy
    workers|killed;a=the ministry;alt=Ukraine's energy ministry]] have been killed and [[another
    420|injured;a=the ministry;alt=Ukraine's energy ministry]] wounded, the ministry said.
    """,
)

item(
    "Russia says 121,000 evacuated from Kursk border districts",
    """
    Russian authorities said [[more than 121,000 people|displaced;a=Russian authorities]] had
    been evacuated from border districts of the Kursk region since Ukraine's cross-border
    incursion began on {{August 6}}. Alexei Smirnov, the acting governor, said [[about 20,000
    residents|civilians;a=Alexei Smirnov]] remained in areas under Ukrainian control or within
    range of shelling. Russia's Emergencies Ministry said it had set up [[over 200 temporary
    accommodation centres|capacity;a=Russia's Emergencies Ministry]] housing [[about 8,000
    people|displaced;a=Russia's Emergencies Ministry]]. Oleksandr Syrskyi, Ukraine's
    commander-in-chief, said Ukrainian forces controlled [[74
    settlements|other;u=other;a=Oleksandr Syrskyi]] in the region. Russian military bloggers
    said Kyiv had committed [[up to 12,000 troops|combatants;a=Russian military bloggers]] to
    the operation. Russia's defence ministry said its forces had killed [[up to 260 Ukrainian
    soldiers|killed;a=Russia's defence ministry]] in the past {{24 hours}}.
    """,
)

item(
    "Police 'White Angels' pull families out of Kostiantynivka",
    """
    Police officers known as the White Angels evacuated [[38 people|displaced;a=the Donetsk
    regional police]], including [[nine children|displaced;a=the Donetsk regional police]], from
    Kostiantynivka on Wednesday, the Donetsk regional police said. The city had [[about 67,000
    residents|civilians]] before the invasion. Local officials say [[fewer than
    9,000|civilians;a=Local officials]] remain. Since {{January}}, the police said, the unit has
    brought out [[more than 1,100 people|displaced;a=the police;alt=the Donetsk regional
    police]], many of them elderly or disabled. The city's water supply was cut in the
    {{spring}}. A Russian drone struck an evacuation car on the outskirts last month, wounding
    [[two police officers|injured]]. [[Five members|killed]] of the unit have been killed since
    {{2022}}.
    """,
)

item(
    "Sumy region widens evacuation zone along Russian border",
    """
    Authorities in the Sumy region extended the mandatory evacuation zone to [[11 more
    communities|other;u=other;a=Oleh Hryhorov]] along the Russian border, Oleh Hryhorov, the
    regional governor, said on Friday. He said the order affected [[about 56,000
    people|civilians;a=Oleh Hryhorov]]. The regional military administration said Russian forces
    had carried out [[143 attacks|other;u=other;a=The regional military administration]] on
    border areas in the previous {{24 hours}}. In the city of Sumy, [[250 to 300
    evacuees|displaced]] are staying in [[a dozen dormitories|capacity;u=structure]] run by the
    city's universities. Volunteers say [[dozens of elderly residents|civilians;a=Volunteers]]
    still refuse to leave their homes within {{5 km}} of the border. [[About 8,000
    people|displaced;a=Oleh Hryhorov]] have left since {{June}}, he said.
    """,
)

item(
    "Trypilska power plant destroyed in missile strike",
    """
    Russian missiles destroyed the Trypilska thermal power plant, the largest electricity
    producer in the Kyiv region, on Thursday, its owner Centrenergo said. The plant had a
    capacity of {{1,800 megawatts}}. Ukraine's air force said Russia had fired [[82
    missiles|other;a=Ukraine's air force]] and [[about 60 Shahed-type drones|other;a=Ukraine's
    air force]] in the attack. Centrenergo said [[three workers|missing;a=Centrenergo]] were
    unaccounted for. In Kharkiv, [[about 200,000 people|civilians;a=Ihor Terekhov]] were left
    without power after strikes destroyed [[two substations|housing;u=structure;a=Ihor
    Terekhov]], the mayor, Ihor Terekhov, said. Denys Shmyhal, the prime minister, said [[more
    than 20 energy facilities|housing;a=Denys Shmyhal]] had been hit in {{two weeks}}. By
    evening, Ukrenergo had restored supplies to [[140,000 consumers|civilians;a=Ukrenergo]], it
    said.
    """,
)

item(
    "Evacuation trains run full from Donetsk region",
    """
    Ukraine's state railway said it was carrying [[between 300 and 400 evacuees a
    day|displaced;a=Ukraine's state railway]] out of the Donetsk region on special trains from
    Pavlohrad. Over the summer, the railway said, [[tens of thousands of people|displaced;a=the
    railway;alt=Ukraine's state railway]] left the region by rail. Each train can carry [[up to
    1,000 passengers|capacity]]. The Ministry of Social Policy says [[4.6 million internally
    displaced people|displaced;a=The Ministry of Social Policy]] are registered in Ukraine. The
    International Organization for Migration estimates that [[3.7 million people|displaced;a=The
    International Organization for Migration]] are displaced inside the country, including
    [[roughly 1 million children|displaced;a=The International Organization for Migration]].
    [[Some 120 volunteers|other]] meet each train at the station in Lviv.
    """,
)

item(
    "Drones set Krasnodar refinery ablaze",
    """
    A Ukrainian drone attack set fire to an oil refinery in Russia's Krasnodar region overnight,
    the regional emergency headquarters said, adding that [[two workers|injured;a=the regional
    emergency headquarters]] had been hurt. Russia's defence ministry said its air defences had
    shot down [[118 drones|other;a=Russia's defence ministry]] over [[eight
    regions|other;u=other;a=Russia's defence ministry]] and the Black Sea. [[About 240
    firefighters|other;a=Russia's Emergencies Ministry]] and [[60 fire
    engines|other;u=other;a=Russia's Emergencies Ministry]] fought the blaze, Russia's
    Emergencies Ministry said. [[Some 30 residents|displaced]] of nearby houses were evacuated.
    [[One worker|missing]] was still unaccounted for on Sunday morning. The refinery processes
    about {{120,000 barrels per day}}.
    """,
)

item(
    "Nikopol empties under daily shelling",
    """
    Russian artillery and drones hit Nikopol and surrounding communities throughout Sunday,
    wounding [[four people|injured;a=Serhiy Lysak]] and damaging [[nine private
    houses|housing;a=Serhiy Lysak]], Serhiy Lysak, the regional governor, said. Nikopol, across
    the reservoir from the occupied Zaporizhzhia nuclear plant, had [[107,000
    residents|civilians]] before the war. Nikopol's city council estimates [[about
    50,000|civilians;a=Nikopol's city council]] remain. The council has bused [[about 600
    people|displaced;a=The council;alt=Nikopol's city council]] to Dnipro and western Ukraine
    since {{May}}, it said. The water utility said [[15,000 households|civilians;a=The water
    utility]] were without water after a strike on a pumping station. On Saturday, [[two
    people|killed]] were killed when a drone hit a minibus in nearby Marhanets.
    """,
)

item(
    "How much of Ukraine's power generation is left",
    """
    Ukraine had about {{18 gigawatts}} of available generating capacity before the winter,
    against {{36 gigawatts}} in {{2021}}, according to Ukrenergo. Attacks in {{2024}} alone
    knocked out about {{9 gigawatts}}, roughly {{half}} of what remained. Blackout schedules in
    some regions have lasted up to {{16 hours}} a day. The government estimates that it needs
    {{€2 billion}} for repairs and gas purchases. Imports from the EU are capped at {{2.1
    gigawatts}}, and the energy minister said in {{October}} that the grid was {{60%}} more
    resilient than a year ago.
    """,
)

item(
    "Evacuation allowances: what front-line residents can claim",
    """
    Residents who leave areas under a mandatory evacuation order can claim a one-off payment of
    {{UAH 2,000}} per adult and {{UAH 3,000}} per child, the Ministry of Social Policy said on
    {{March 1}}. Families with children aged under {{18}} must leave within {{72 hours}} of an
    order. Housing support of up to {{UAH 4,000}} a month is paid for {{six months}}.
    Applications can be made through the Diia app from {{9 a.m.}} on the {{first}} working day
    after departure. The rules apply to settlements within {{25 km}} of the front line.
    """,
)
