"""Floods, dam bursts and landslides: Pakistan, Libya (Derna), Nigeria, Brazil, Bangladesh,
Kenya, Somalia, India, Papua New Guinea, China, Afghanistan, the DRC, Chad, Sudan, Gaza, Nepal."""

from _wrap import item

item(
    "Pakistan floods: NDMA says toll passes 1,100",
    """The death toll from Pakistan's monsoon floods rose to [[1,136|killed;a=the National
    Disaster Management Authority]] on Monday, the National Disaster Management Authority said, with [[1,634
    people|injured;a=the National Disaster Management Authority]] injured since mid-June. The
    NDMA said [[more than 33 million people|civilians;a=The NDMA]] had been affected and [[nearly
    a million homes|housing;a=The NDMA;q=approx;v=1000000]] damaged or destroyed. Sindh province
    has received {{784%}} more rain than its August average.""",
)

item(
    "Sindh relief camps overflow as floodwaters linger",
    """Sindh's Provincial Disaster Management Authority said [[more than 600,000
    people|displaced;a=Sindh's Provincial Disaster Management Authority]] were living in
    [[5,700 relief camps|capacity;a=Sindh's Provincial Disaster Management Authority]], many of
    them in schools. UNICEF said [[3.4 million children|civilians;a=UNICEF]] needed humanitarian
    assistance. Across the country, [[some 18,000 schools|housing]] were damaged or destroyed and
    [[more than 1.1 million head of livestock|other]] were lost.""",
)

item(
    "Derna dam collapse: Red Crescent says thousands dead",
    """The Libyan Red Crescent said on Thursday that [[11,300 people|killed;a=The Libyan Red
    Crescent]] had died in Derna after the city's dams burst during Storm Daniel, and that
    [[another 10,100|missing;a=The Libyan Red Crescent]] were missing. The figures could not be
    verified, and the eastern administration's health minister gave a lower toll of [[3,840|
    killed;a=the eastern administration's health minister]]. OCHA said [[at least 30,000
    people|displaced;a=OCHA]] had been displaced in the city.""",
)

item(
    "Bodies wash ashore as Derna rescuers search the sea",
    """Rescue teams recovered [[more than 400 bodies|killed;a=a spokesman for the ambulance
    service]] from the sea off Derna over the weekend, a spokesman for the ambulance service
    said. The WHO said [[at least 3,958 bodies|killed;a=The WHO]] had been recovered and
    identified, and urged the authorities to stop burying victims in mass graves. According to
    the UN, [[more than 880 buildings|housing;a=the UN]] in the city were destroyed.""",
)

item(
    "Nigeria's worst floods in a decade kill more than 600",
    """Floods across Nigeria have killed [[more than 600 people|killed;a=Humanitarian Affairs
    Minister Sadiya Umar Farouq]], displaced [[more than 1.3 million|displaced;a=Humanitarian
    Affairs Minister Sadiya Umar Farouq]] and destroyed [[more than 82,000 houses|housing;
    a=Humanitarian Affairs Minister Sadiya Umar Farouq]] since the rainy season began,
    Humanitarian Affairs Minister Sadiya Umar Farouq said on Sunday. She said [[27
    states|other;a=Humanitarian Affairs Minister Sadiya Umar Farouq;u=other]] had been hit and
    {{about 110,000 hectares}} of farmland submerged.""",
)

item(
    "Maiduguri flood: dam breach swamps city and camps",
    """Floodwater from the burst Alau dam killed [[at least 30 people|killed;a=the Borno State
    Emergency Management Agency]] and displaced [[more than 400,000|displaced;a=the Borno State
    Emergency Management Agency]] in Maiduguri, the Borno State Emergency Management Agency said
    on Wednesday. The city, where the Boko Haram insurgency began, already hosts [[hundreds of
    thousands of people|displaced]] who fled the conflict. Officials said [[about 280
    inmates|other;a=Officials]] escaped when the water broke down the walls of a prison.""",
)

item(
    "Rio Grande do Sul floods: toll rises as Porto Alegre stays under water",
    """The death toll from floods in Brazil's southern state of Rio Grande do Sul rose to
    [[143|killed;a=the state civil defence agency]], the state civil defence agency said on
    Saturday, with [[125 people|missing;a=the state civil defence agency]] still missing. It said [[more than 538,000
    people|displaced;a=the state civil defence agency]] had been forced from their homes,
    [[about 81,000|displaced;a=the state civil defence agency]] of them in public shelters, and
    that [[446 municipalities|other;a=the state civil defence agency;u=other]] had been
    affected.""",
)

item(
    "Boats and helicopters pluck stranded residents from rooftops in southern Brazil",
    """Soldiers, firefighters and volunteers in boats and jet skis had rescued [[more than 76,000
    people|other;a=officials]] and [[10,500 animals|other;a=officials;u=other]] by Thursday,
    officials said. The federal government said it had deployed [[about 15,000 troops|
    combatants;a=The federal government]] and [[45 aircraft|other;a=The federal government]].
    In Canoas, [[hundreds of residents|civilians]] were still waiting on rooftops.""",
)

item(
    "Millions marooned as floods swamp Bangladesh's northeast",
    """Floods in northeastern Bangladesh have left [[about 4 million people|civilians;a=a
    government official]] marooned, a government official said on Monday. Authorities opened
    [[more than 1,500 shelters|capacity]], where [[about 470,000 people|displaced]] had taken
    refuge. Lightning and floods have killed [[at least 68 people|killed;a=police]] since {{May
    17}}, police said.""",
)

item(
    "Kenya floods: interior ministry says 238 dead",
    """Kenya's interior ministry said on Friday that [[238 people|killed;a=Kenya's interior
    ministry]] had died in floods since March, that [[75|missing;a=Kenya's interior ministry]]
    were missing and that [[more than 235,000|displaced;a=Kenya's interior ministry]] had been
    displaced. In Mai Mahiu, [[at least 52 people|killed;a=police]] were killed when a swollen
    river burst through a blocked tunnel early on Monday, police said. """,
)

item(
    "Floods swamp Dadaab refugee camps in Kenya",
    """UNHCR said [[more than 20,000 refugees|displaced;a=UNHCR]] in the Dadaab camps had been
    forced to relocate after floodwater submerged their shelters. The camps host [[about 370,000
    refugees|displaced]], most of them from Somalia. It said [[more than 1,600 latrines|other;
    a=UNHCR]] had collapsed, raising fears of cholera.""",
)

item(
    "Beledweyne under water as Shabelle river bursts banks",
    """OCHA said floods in Somalia had affected [[more than 2.4 million people|civilians;
    a=OCHA]], displaced [[over 1.2 million|displaced;a=OCHA]] and killed [[at least 110|killed;
    a=OCHA]] since October. In Beledweyne, nearly all of the town's [[some 250,000
    residents|civilians;a=local officials]] had been affected, local officials said.""",
)

item(
    "Wayanad landslides: rescuers dig through mud for survivors",
    """The death toll from landslides that buried villages in Kerala's Wayanad district rose to
    [[at least 200|killed;a=state officials]] on Thursday, state officials said, with [[more than
    180 people|missing;a=state officials]] still missing. Kerala chief minister Pinarayi Vijayan
    said [[more than 9,000 people|displaced;a=Kerala chief minister Pinarayi Vijayan]] were
    staying in [[91 relief camps|capacity;a=Kerala chief minister Pinarayi Vijayan]]. Army
    engineers built a {{190-foot}} bridge in {{31 hours}} to reach Mundakkai.""",
)

item(
    "Sikkim flash flood sweeps away army camp",
    """A glacial lake burst its banks in India's Sikkim state, sending a torrent down the Teesta
    valley that killed [[at least 14 people|killed;a=officials]] and left [[102|missing;
    a=officials]] missing, including [[22 soldiers|missing;a=officials]], officials said.  The
    state government said [[more than 2,000 people|other;a=The state government]] had been
    rescued and [[about 3,000 tourists|civilians;a=The state government]] were stranded in the
    north.""",
)

item(
    "PNG landslide: estimates of the buried vary widely",
    """Papua New Guinea's National Disaster Centre said [[more than 2,000 people|killed;
    a=Papua New Guinea's National Disaster Centre]] were feared dead under the landslide that
    buried Yambali village in Enga province, while the IOM put the toll at [[between 670 and 700|killed;a=the IOM]]. Only [[six bodies|killed]] had been recovered by Tuesday. The IOM said [[more
    than 7,800 people|civilians;a=The IOM]] were at risk from further slides and [[about 1,650
    people|displaced;a=The IOM]] had been moved.""",
)

item(
    "Flash floods in northern Afghanistan kill hundreds, WFP says",
    """Flash floods in Afghanistan's Baghlan province killed [[more than 300 people|killed;a=the
    World Food Programme]] and destroyed [[thousands of houses|housing;a=the World Food
    Programme]], the World Food Programme said on Saturday. A provincial disaster official said
    [[about 1,500 livestock|other;a=A provincial disaster official]] had been swept away.""",
)

item(
    "Kalehe floods: bodies recovered along Lake Kivu shore",
    """The death toll from floods and landslides in the Kalehe territory of eastern Congo's South
    Kivu province rose to [[401|killed;a=the provincial government]], the provincial government
    said on Monday, with [[at least 2,500|missing;a=the provincial government]] still missing.
    Rescue workers had recovered [[more than 200 bodies|killed]] in Nyamukubi village alone,
    where [[hundreds of homes|housing]] were swept away.""",
)

item(
    "Chad floods affect nearly 2 million people",
    """Floods in Chad have killed [[576 people|killed;a=the UN]] and affected [[more than 1.9
    million|civilians;a=the UN]] since July, according to the UN, with [[about 217,000 homes|housing;a=the UN]] damaged.
    Rising water also destroyed {{432,000 hectares}} of crops. In N'Djamena, authorities set up
    [[14 sites|capacity]] for families whose homes were flooded.""",
)

item(
    "Floods hit displacement camps in Sudan's Darfur",
    """Heavy rains and floods have damaged or destroyed [[more than 8,000 shelters|housing;a=the
    IOM]] in displacement camps across Darfur, the IOM said, forcing [[about 40,000 people|displaced;a=the IOM]], most of whom had already fled the war between the army and the RSF, to move again. In
    Tawila, where [[more than 600,000 people|displaced]] have sought refuge, [[at least 15
    people|killed]] died when a wadi flooded.""",
)

item(
    "Rain floods tents of displaced Gazans",
    """Heavy rain and strong winds flooded or tore down [[about 10,000 tents|housing;a=the civil
    defence]] sheltering displaced families in southern Gaza, the civil defence said. UNRWA said
    [[about 1.9 million people|displaced;a=UNRWA]], most of Gaza's population, had been
    displaced by the war.""",
)

item(
    "Met office issues red alert for Kerala as monsoon intensifies",
    """The India Meteorological Department issued a red alert for Kerala's northern districts on
    {{July 29}}, forecasting more than {{204.4 mm}} of rain in {{24 hours}}, and said rainfall
    in the state had been {{28%}} above normal since {{June 1}}. Winds of up to {{55 km/h}} were
    expected along the coast.""",
)

item(
    "Pakistan seeks $16 billion for flood rebuilding",
    """Pakistan's government said reconstruction after the {{2022}} floods would cost
    {{$16.3 billion}}, and donors at a conference in Geneva pledged {{more than $9 billion}},
    {{about 90%}} of it as loans. The monsoon rains that caused the floods were {{nearly three
    times}} the {{30-year}} average, and {{a third}} of the country was under water at their
    peak.""",
)
