"""Floods, flash floods and dam failures: Emilia-Romagna, Valencia, Somalia, Mai Mahiu, Nigeria's
2022 floods, the Alau and Arbaat dams, Kalehe (8 articles)."""

from _wrap import item

item(
    "Emilia-Romagna floods: death toll rises to 14, over 36,000 displaced",
    """The death toll from the floods that have hit Emilia-Romagna rose to
    [[14|killed;n=-;a=regional authorities]] on Friday, regional authorities said, after
    rescuers found the body of a man in the countryside near Russi. [[More than 36,000
    people|displaced;a=the regional civil protection agency]] have had to leave their homes,
    [[27,000 of them|displaced;n=-;a=the regional civil protection agency]] in the province of
    Ravenna, according to the regional civil protection agency. Nello Musumeci, the civil
    protection minister, said [[23 rivers|other;u=other;a=Nello Musumeci]] had burst their
    banks at the same time and that the region had recorded [[more than 280
    landslides|other;u=other;a=Nello Musumeci]]. In {{36 hours}} some areas received half the
    rain they normally get in a year, he said. [[Around 5,000 people|displaced]] are being
    housed in hotels, gyms and schools, while [[more than 400 roads|other;u=other]] remain
    closed across the region. The national fire brigade said it had deployed [[more than 1,100
    firefighters|other;a=The national fire brigade]] and carried out [[3,500
    rescues|other;u=other;a=The national fire brigade]] since Tuesday, many of them by
    helicopter from rooftops in Cesena, Faenza and Lugo. In Cesena and Forlì, [[about 10,000
    people|returned]] have been able to go back to their homes as the water recedes. The Imola
    Formula One Grand Prix, due on Sunday, was called off, and Prime Minister Giorgia Meloni
    left the {{G7}} summit in Hiroshima early to visit the region.""",
)

item(
    "Spain's flood toll rises above 200 as search for missing goes on",
    """The death toll from the flash floods in Spain's eastern Valencia region rose to
    [[211|killed;n=-;a=regional authorities]] on Saturday, regional authorities said, as
    [[thousands of volunteers|other]] joined soldiers in clearing mud from the streets of towns
    south of the city of Valencia. Prime Minister Pedro Sanchez said the government would send
    [[another 5,000 soldiers|combatants;p;a=Prime Minister Pedro Sanchez]] to the area, on top
    of the [[2,500|combatants;n=-;a=Prime Minister Pedro Sanchez]] already deployed, in the
    largest peacetime mobilisation of the armed forces in Spain. Officials have not said how
    many people are missing, but a judge coordinating identifications said [[89
    people|missing;a=a judge coordinating identifications]] had been reported missing to the
    courts. In Paiporta, a town of [[about 25,000 people|civilians]] where the Poyo ravine
    burst its banks on Tuesday evening, [[62 residents|killed]] died, many of them elderly
    people trapped in ground-floor flats and garages. The state weather agency AEMET said the
    town of Chiva received {{491 litres per square metre}} in {{eight hours}}, close to what it
    normally gets in a year. Many of the dead were caught in their cars on the {{V-31}}
    motorway or in underground car parks as the water rose within minutes. The regional
    government has been criticised for sending a mobile phone alert only at {{8:12pm}} on
    Tuesday, hours after AEMET issued a red warning. Emergency services rescued [[more than
    4,500 people|other]] from homes, cars and rooftops in the first {{three days}}, many of
    them by helicopter. Insurers estimated that [[about 120,000 vehicles|other;a=Insurers]] had
    been damaged or destroyed. Residents of Paiporta, Catarroja and Alfafar said they had
    waited days for help, and volunteers crossed a footbridge from Valencia carrying brooms,
    water and food. The government approved a {{10.6 billion euro}} aid package on Tuesday, and
    Sanchez said the disaster was the worst of its kind in Spain in decades.""",
)

item(
    "Somalia floods kill dozens, displace hundreds of thousands",
    """Floods caused by torrential rains have killed [[at least 96 people|killed;a=the UN's
    humanitarian office (OCHA)]] in Somalia and forced [[more than 700,000|displaced;n=-;a=the
    UN's humanitarian office (OCHA)]] from their homes since early October, the UN's
    humanitarian office (OCHA) said on Tuesday. In Beledweyne, where the Shabelle river burst
    its banks, [[about 250,000 people|displaced;a=local officials]], nearly {{90 percent}} of
    the town's residents, have fled to higher ground, local officials told Al Jazeera. "The
    whole town is under water," said Abdullahi Ahmed, who fled with his [[eight
    children|displaced;a=Abdullahi Ahmed]] to a camp on the outskirts. The rains, linked to the
    El Nino weather pattern, came after Somalia's worst drought in {{four decades}}, which
    killed [[an estimated 43,000 people|killed]] in {{2022}} alone. OCHA says [[1.7 million
    people|civilians;v=1700000;p;a=OCHA]] could be affected by the end of the year. The
    government said it had airlifted [[450 tonnes|aid;a=The government]] of food and medicine
    to cut-off areas of Hiraan and Gedo with help from the United Arab Emirates. [[About 1,000
    households|aid]] in Beledweyne have received cash transfers by mobile phone, and aid
    agencies are using [[14 boats|other]] to ferry people and supplies across flooded roads
    around Luuq.""",
)

item(
    "Mai Mahiu tragedy: Death toll rises as search for missing continues",
    """The number of people killed when a wall of water swept through Kamuchiri village in Mai
    Mahiu on Monday has risen to [[61|killed;n=-;a=Kithure Kindiki]], Kithure Kindiki, the
    Interior Cabinet Secretary, said yesterday, with [[51 people|missing;a=Kithure Kindiki]]
    still unaccounted for. Residents said the water came from a blocked railway culvert
    upstream, not from the Old Kijabe dam as first reported. The Kenya Red Cross said it had
    rescued [[49 people|other;a=The Kenya Red Cross]] and taken [[110 injured|injured;n=-;a=The
    Kenya Red Cross]] to hospitals in Naivasha and Nakuru. Nationally, the long rains have
    killed [[228 people|killed;a=Isaac Mwaura]] since March and displaced
    [[212,630|displaced;n=-;a=Isaac Mwaura]], Isaac Mwaura, the government spokesman, said. He
    said [[115 camps|capacity;a=Isaac Mwaura]] had been set up for displaced families, [[62 of
    them|capacity;n=-;u=structure;a=Isaac Mwaura]] in schools, and that [[164
    people|injured;a=Isaac Mwaura]] had been hurt since the rains began. President William Ruto
    has ordered the reopening of schools postponed by {{one week}}. Mai Mahiu lies about
    {{60km}} north-west of Nairobi at the foot of the Rift Valley escarpment.""",
)

item(
    "2022 floods: 603 killed, 1.3 million displaced - FG",
    """The Federal Government says [[603 people|killed;a=The Federal Government]] have died in
    floods across the country this year, while [[more than 1.3
    million|displaced;n=-;v=1300000;a=The Federal Government]] have been displaced. The
    Minister of Humanitarian Affairs, Disaster Management and Social Development, Sadiya Umar
    Farouq, disclosed this on Sunday in Abuja, adding that [[2,407 persons|injured;a=Sadiya
    Umar Farouq]] were injured. She said [[82,053 houses|housing;a=Sadiya Umar Farouq]] had
    been completely destroyed and [[121,318|housing;n=-;u=structure;a=Sadiya Umar Farouq]]
    partially damaged, while {{332,327 hectares}} of farmland were lost. Kogi, Bayelsa, Delta
    and Anambra are among the worst hit. In Bayelsa, the state government said [[over 700,000
    residents|civilians;a=the state government]] had been cut off by floodwater that submerged
    [[more than 300 communities|other;u=other;a=the state government]]. The Director General of
    NEMA, Mustapha Habib Ahmed, said relief items including [[10,000 bags|aid;a=Mustapha Habib
    Ahmed]] of rice and [[18,000 mattresses|aid;a=Mustapha Habib Ahmed]] had been sent to the
    affected states.""",
)

item(
    "Maiduguri flood: 37 dead, 414,000 displaced - NEMA",
    """[[At least 37 people|killed;a=the National Emergency Management Agency]] have died and
    [[about 414,000|displaced;n=-;a=the National Emergency Management Agency]] have been
    displaced in Maiduguri after the Alau Dam collapsed on Tuesday, the National Emergency
    Management Agency has said. The flood, which submerged {{about 40 per cent}} of the Borno
    State capital, also swept through the Maiduguri Maximum Security Custodial Centre, allowing
    [[281 inmates|other;a=the Nigerian Correctional Service]] to escape, the Nigerian
    Correctional Service said. The service said [[seven|arrested;n=-;a=The service;alt=the
    Nigerian Correctional Service]] had been recaptured. The Sanda Kyarimi Park Zoo said {{80
    per cent}} of its animals had died, and warned residents that crocodiles and snakes might
    have been washed into homes. Governor Babagana Zulum said the state had opened [[30
    camps|capacity;a=Governor Babagana Zulum]] in schools and government buildings, and that
    [[more than 120,000 people|aid;a=Governor Babagana Zulum]] had received cooked food on
    Thursday. The Bakassi camp alone was hosting [[more than 30,000 people|displaced;a=camp
    officials]], camp officials said. Residents said the water rose to {{two metres}} in parts
    of Fori and Gwange. On Friday, [[about 1,500 families|returned]] left the Bakassi camp for
    the Bulabulin area as the water receded there.""",
)

item(
    "Sudan dam collapse kills dozens near Port Sudan",
    """The collapse of the Arbaat dam, about {{40km}} north of Port Sudan, has killed [[at least
    30 people|killed;a=local officials]], and [[hundreds of people|missing;a=local officials]]
    are still missing, local officials said on Monday. Heavy rains on Saturday night
    overwhelmed the earthen dam, sending a flood down the valley that swept away [[about 20
    villages|other;a=Sudan's irrigation ministry]], according to Sudan's irrigation ministry.
    The UN humanitarian office said [[some 50,000 people|civilians;a=The UN humanitarian
    office]] living downstream had been affected and [[about 20,000|displaced;n=-;a=The UN
    humanitarian office]] had lost their homes. The dam supplied most of Port Sudan's drinking
    water, and the city, home to [[hundreds of thousands of people|displaced]] who fled the war
    between the army and the paramilitary Rapid Support Forces, now faces shortages. Sudan's
    health ministry said [[658 cholera cases|other;a=Sudan's health ministry]] and [[28
    deaths|killed;a=Sudan's health ministry]] had been recorded in Kassala, Gedaref and Red Sea
    states this month.""",
)

item(
    "Congo flood toll rises above 400 as hopes fade for missing",
    """The death toll from floods and mudslides in eastern Democratic Republic of Congo's South
    Kivu province has risen to [[401|killed;n=-;a=the provincial government]], the provincial
    government said on Monday, with [[more than 2,000 people|missing;a=the provincial
    government]] still missing. Torrential rain on Thursday caused rivers to burst their banks
    in Kalehe territory, submerging the villages of Bushushu and Nyamukubi on the shores of
    Lake Kivu. In Nyamukubi, [[about 3,000 houses|housing;a=Delphin Birimbi]] were swept away,
    said Delphin Birimbi, a civil society leader, who said he had counted [[more than 100
    bodies|killed;a=Delphin Birimbi]] on the beach alone. Humanitarian agencies said [[between
    3,000 and 4,000 families|displaced;a=Humanitarian agencies]] were sleeping in churches and
    schools, and warned of cholera. The army sent [[two boats|other]] to search the lake for
    bodies. South Kivu had already taken in [[tens of thousands|displaced]] fleeing the {{M23}}
    rebellion in neighbouring North Kivu.""",
)
