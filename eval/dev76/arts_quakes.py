"""Earthquakes, volcanic eruptions and a tsunami: Turkey and Syria, Nepal, Morocco, Afghanistan,
Myanmar, Indonesia, Japan, Haiti, Ecuador, Tonga, the Philippines, the DRC, Chile, Iceland."""

from _wrap import item

item(
    "Quake toll in Turkey and Syria passes 21,000",
    """The death toll from the {{7.8-magnitude}} earthquake that struck southern Turkey and
    northern Syria before dawn on Monday rose to [[more than 21,000|killed]] on Thursday.
    Turkey's disaster agency AFAD said [[17,674 people|killed;a=Turkey's disaster agency AFAD]]
    had died in Turkey and [[72,879|injured;a=Turkey's disaster agency AFAD]] had been injured.
    Syria's health ministry and rescuers in the rebel-held northwest reported [[at least 3,377
    deaths|killed;a=Syria's health ministry and rescuers in the rebel-held northwest]]. """,
)

item(
    "White Helmets race to reach collapsed blocks in rebel-held Idlib",
    """In opposition-held northwest Syria, where [[some 2.8 million displaced people|displaced]]
    already live in camps and towns after {{12 years}} of war, the White Helmets civil defence
    group said [[at least 1,930 people|killed;a=the White Helmets civil defence group]] had been
    killed and [[more than 2,950|injured;a=the White Helmets civil defence group]] injured. The
    group said [[about 550 buildings|housing;a=The group;alt=the White Helmets civil defence
    group]] had collapsed completely. Only the Bab al-Hawa crossing from Turkey was open to the UN,
    and [[six UN trucks|aid]] carrying tents and blankets arrived on Thursday, {{four days}}
    after the quake.""",
)

item(
    "Nepal quake kills over 150 in remote west",
    """A {{magnitude 5.6}} earthquake struck Nepal's remote Jajarkot district late on Friday,
    killing [[at least 153 people|killed;a=officials]] and injuring [[more than 300|injured;
    a=officials]], officials said. Many of the dead were asleep when their mud-and-stone houses
    fell on them. The Home Ministry said [[3,100 houses|housing;a=The Home Ministry]] were fully
    destroyed and [[another 5,600|housing;a=The Home Ministry;u=structure]] partially damaged in
    Jajarkot and neighbouring Rukum West. """,
)

item(
    "Morocco earthquake death toll climbs past 2,000",
    """The death toll from the earthquake that hit Morocco's High Atlas mountains late on Friday
    climbed to [[2,012|killed;a=the Interior Ministry]], the Interior Ministry said on Sunday,
    with [[2,059 people|injured;a=the Interior Ministry]] injured, [[1,404 of them|injured;
    a=the Interior Ministry;n=-]] critically. Most deaths, [[1,293|killed]], were in Al Haouz province, south of Marrakech. The quake, of
    {{magnitude 6.8}} and centred at a depth of {{18.5 km}}, was the strongest to hit the
    country in more than {{a century}}.""",
)

item(
    "Villagers in Atlas mountains sleep outdoors as aid arrives",
    """In the town of Amizmiz, [[dozens of families|displaced]] spent a {{third}} night in the
    open after their homes were destroyed. Morocco's government said [[about 50,000
    homes|housing;a=Morocco's government]] had been damaged across [[five provinces|other;
    a=Morocco's government;u=other]] and that it would pay households to rebuild. Spain's
    military emergency unit sent [[56 rescuers|other]] and [[four search dogs|other;u=other]] to
    the mountain villages.""",
)

item(
    "Herat quakes flatten villages, Taliban say",
    """A series of earthquakes in western Afghanistan's Herat province killed [[more than 2,000
    people|killed;a=a Taliban government spokesman]], a Taliban government spokesman said on
    Sunday. The UN's humanitarian office OCHA said [[1,294 people|injured;a=The UN's
    humanitarian office OCHA]] had been injured and [[1,320 homes|housing;a=The UN's
    humanitarian office OCHA]] destroyed in Zindajan district. The strongest tremors measured {{magnitude 6.3}}, and [[at
    least eight aftershocks|other;u=other]] shook the area on Saturday.""",
)

item(
    "Most Herat quake victims were women and children, WHO says",
    """The World Health Organization said {{more than 90%}} of the dead in Zindajan were women
    and children, many of whom were at home when the first quake struck around {{11 a.m.}} on
    Saturday. UNICEF said [[more than 12,000 children|civilians;a=UNICEF]] had been affected
    and that it had delivered [[1,500 family kits|aid;a=UNICEF]] and [[400 tents|aid;
    a=UNICEF]] to the worst-hit villages.""",
)

item(
    "Myanmar junta says quake toll tops 3,000 as rescuers dig in Mandalay",
    """The death toll from the {{magnitude 7.7}} earthquake that struck near Mandalay on {{March
    28}} rose to [[3,085|killed;a=Myanmar's military government]], Myanmar's military government
    said on Thursday, with [[4,715 people|injured;a=Myanmar's military government]] injured and
    [[341|missing;a=Myanmar's military government]] still missing. In the Sagaing region, where
    the army is fighting resistance forces, local groups said [[at least 16 air strikes|other;
    a=local groups;u=other]] had been carried out since the quake despite a declared pause.""",
)

item(
    "Monastery collapse, mosque prayers among Myanmar quake's deadliest scenes",
    """[[About 270 monks|killed;a=a relief official]] sitting an exam were killed when a
    monastery hall collapsed in Mandalay, a relief official said. A Muslim group said [[more
    than 700 worshippers|killed;a=A Muslim group]] died when [[some 60 mosques|housing;a=A
    Muslim group]] collapsed during Friday prayers. The Red Cross said [[more than 2,000
    volunteers|other;a=The Red Cross]] were helping search teams in the city.""",
)

item(
    "Children among dead as Java quake toppled schools",
    """Indonesia's disaster mitigation agency BNPB said on Wednesday the death toll from the
    shallow {{5.6-magnitude}} quake in Cianjur, West Java, had risen to [[271|killed;
    a=Indonesia's disaster mitigation agency BNPB]], many of them children who were in class
    when it struck, with [[40 people|missing;a=Indonesia's disaster mitigation agency BNPB]]
    still missing. West Java's governor said [[more than 2,000 people|injured;a=West Java's
    governor]] had been injured and [[58,362 people|displaced;a=West Java's governor]] were
    staying in shelters. The agency said [[22,198 houses|housing;a=The agency;
    alt=Indonesia's disaster mitigation agency BNPB]] and [[363 schools|housing;a=The agency;
    alt=Indonesia's disaster mitigation agency BNPB]] were damaged.""",
)

item(
    "Noto peninsula: thousands still in shelters as snow falls",
    """[[More than 28,000 people|displaced;a=Ishikawa prefecture]] were staying in [[about 400
    evacuation centres|capacity;a=Ishikawa prefecture]] on Monday, Ishikawa prefecture said, {{a
    week}} after the {{7.5-magnitude}} New Year's Day earthquake that killed [[at least 168
    people|killed]]. Officials said [[323 people|missing;a=Officials]] remained unaccounted for.
    [[About 3,200 people|civilians]] were still cut off by
    landslides, and the Self-Defense Forces raised the number of troops in the area to
    [[6,300|combatants]].""",
)

item(
    "Haiti quake: hospitals overwhelmed in Les Cayes",
    """Haiti's civil protection agency raised the death toll from Saturday's {{magnitude 7.2}}
    earthquake to [[1,941|killed;a=Haiti's civil protection agency]] on Tuesday and said [[9,900
    people|injured;a=Haiti's civil protection agency]] had been injured. The agency said [[more
    than 37,300 houses|housing;a=The agency;alt=Haiti's civil protection agency]] were
    destroyed and [[46,000|housing;a=The agency;alt=Haiti's civil protection agency;
    u=structure]] damaged. [[Tens of thousands of families|displaced]] were left homeless as
    Tropical Storm Grace brought heavy rain.""",
)

item(
    "Ecuador quake kills 14, damages homes in El Oro",
    """A {{6.8-magnitude}} earthquake in southern Ecuador killed [[at least 14 people|killed;
    a=the presidency]] and injured [[126|injured;a=the presidency]], the presidency said on
    Saturday. Ecuador's risk management secretariat said [[84 homes|housing;a=Ecuador's risk
    management secretariat]] were destroyed and [[180|housing;a=Ecuador's risk management
    secretariat;u=structure]] damaged. In Peru's Tumbes region, [[one person|killed;a=officials]] died
    when a house collapsed, officials said.""",
)

item(
    "Turkey builds container cities for quake survivors",
    """AFAD said [[about 1.9 million people|displaced;a=AFAD]] were living in tents, container
    homes, hotels and public buildings in the quake zone {{a month}} after the disaster. The
    agency said it had set up [[more than 350,000 tents|aid;a=The agency;alt=AFAD]] and that
    [[162 container cities|capacity;a=The agency;alt=AFAD;u=structure;p]] with room for [[about
    400,000 people|capacity;a=The agency;alt=AFAD;p]] would be completed by {{May}}. President
    Tayyip Erdogan has promised to build [[319,000 homes|housing;a=President Tayyip Erdogan;p]]
    within {{a year}}.""",
)

item(
    "Semeru eruption: rescuers search villages buried in ash",
    """The death toll from the eruption of Mount Semeru on Indonesia's Java island rose to
    [[34|killed;a=the BNPB disaster agency]] on Tuesday, the BNPB disaster agency said, with [[17
    people|missing;a=the BNPB disaster agency]] still missing. It said [[more than 3,600
    people|displaced;a=the BNPB disaster agency]] had fled to [[115 evacuation centres|capacity;
    a=the BNPB disaster agency]] and that [[2,970 houses|housing;a=the BNPB disaster agency]]
    had been damaged. Hot ash clouds travelled up to {{11 km}} from the crater.""",
)

item(
    "Indonesia evacuates island as Ruang erupts again",
    """Indonesian authorities on Wednesday ordered [[more than 12,000 residents|displaced;p]] of
    Ruang and nearby Tagulandang island to leave after the volcano erupted {{five times}}
    overnight, raising its alert to the highest level. The navy sent [[three warships|other;
    u=other]] to help. A BNPB spokesman said [[about 800 people|displaced;a=A BNPB spokesman]]
    had already left by boat.""",
)

item(
    "Bodies of hikers recovered after Sumatra volcano erupts",
    """Rescuers on Monday found the bodies of [[11 climbers|killed;a=a local rescue official]]
    near the crater of Mount Marapi in West Sumatra, a day after it erupted, and were searching
    for [[12 others|missing;a=a local rescue official]], a local rescue official said.
    [[Forty-nine climbers|other]] had been brought down alive, several with burns. The eruption
    sent an ash column {{3,000 metres}} into the sky.""",
)

item(
    "Goma residents flee as Nyiragongo lava reaches city edge",
    """The eruption of Mount Nyiragongo killed [[at least 32 people|killed;a=officials]] in and
    around Goma, officials said. UNICEF said [[more than 3,600 homes|housing;a=UNICEF]] had been
    destroyed and [[about 170 children|missing;a=UNICEF]] were missing. Authorities later
    ordered [[about 400,000 people|displaced;p]] to leave parts of the city, in a province
    already hosting [[some 1.5 million people|displaced]] displaced by fighting.""",
)

item(
    "Tonga counts damage after volcano and tsunami",
    """Tonga's government said on Tuesday that [[three people|killed;a=Tonga's government]] had
    died and that every house on Mango island had been destroyed.  The UN said [[about 84,000 people|civilians;a=The UN]],
    {{more than 80%}} of the population, had been affected by ash and the tsunami. The eruption
    of the Hunga Tonga-Hunga Ha'apai volcano was heard {{2,300 km}} away in New Zealand.""",
)

item(
    "Philippines evacuates villages around Taal",
    """[[More than 53,000 people|displaced;a=the NDRRMC]] were in [[244 evacuation
    centres|capacity;a=the NDRRMC]] in Batangas and Cavite provinces on Wednesday, the NDRRMC
    said, as Taal volcano continued to spew ash and volcanologists kept the alert at {{Level
    4}}. Officials said they were enforcing a {{14-km}} danger zone that covers [[about 450,000
    residents|civilians;a=Officials]].""",
)

item(
    "Strong quake shakes Chile's north; no damage reported",
    """A {{magnitude 6.9}} earthquake struck off Chile's northern coast at {{10:42 p.m.}} local
    time on Friday, the US Geological Survey said, at a depth of {{45 km}} and about {{80 km}}
    west of Antofagasta. The navy said there was no tsunami threat. Chile's strongest recent
    quake, an {{8.8-magnitude}} event in {{2010}}, triggered a tsunami.""",
)

item(
    "Iceland lifts alert as Reykjanes eruption wanes",
    """Iceland's Meteorological Office said on {{June 3}} that the eruption near Grindavik, the
    {{ninth}} on the peninsula since {{December 2023}}, had weakened after {{three weeks}}, with
    lava advancing about {{8 metres an hour}} from a fissure {{3.4 km}} long.""",
)

item(
    "Teenager pulled alive from rubble 10 days after Turkey quake",
    """Rescuers in Kahramanmaras pulled [[a teenage girl|other;v=1;a=state broadcaster TRT]]
    alive from the rubble of an apartment block on Thursday, {{248 hours}} after the earthquake,
    state broadcaster TRT said. AFAD said teams had rescued [[more than 8,000 people|other;
    a=AFAD]] from collapsed buildings in the first days after the disaster.""",
)

item(
    "Aid trucks reach quake-hit Paktika as survivors lack shelter",
    """The UN said [[more than 1,000 people|killed;a=The UN]] were killed and [[about
    2,000|injured;a=The UN]] injured when a {{magnitude 5.9}} earthquake struck Paktika and
    Khost provinces before dawn. Local officials said [[some 1,500 homes|housing;a=Local
    officials]] had been destroyed. The World Food Programme said it had sent [[14 trucks|aid;
    a=The World Food Programme]] of food and would feed [[about 14,000 families|aid;a=The World
    Food Programme;p]] in the district of Gayan.""",
)
