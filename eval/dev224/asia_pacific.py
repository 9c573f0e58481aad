"""dev224 items: the Philippines, Myanmar, Vietnam, China, Japan, Taiwan, Indonesia, Papua New
Guinea and the Pacific (typhoons, floods, landslides, earthquakes), 2016-2024."""

from _wrap import item

item(
    "Typhoon Rai toll rises to 375 as Philippines struggles to reach islands",
    """
    MANILA - The death toll from Typhoon Rai climbed to
    [[375|killed;a=the National Disaster Risk Reduction and Management Council]] on Monday, the
    National Disaster Risk Reduction and Management Council said, with
    [[56 people|missing;a=the National Disaster Risk Reduction and Management Council]] still
    missing and [[more than 500|injured;a=the National Disaster Risk Reduction and Management Council]]
    hurt. In Bohol alone, Governor Arthur Yap said [[94 people|killed;a=Governor Arthur Yap]] had
    died. The council said
    [[roughly 400,000 people|displaced;a=The council;alt=the National Disaster Risk Reduction and Management Council]]
    were still staying in
    [[some 1,100 evacuation centres|capacity;a=The council;alt=the National Disaster Risk Reduction and Management Council]].
    The storm tore across the central islands and the surfing destination of Siargao with
    sustained winds of {{195 km/h}}. The Philippine Red Cross estimated that
    [[up to 200,000 homes|housing;a=The Philippine Red Cross]] had been damaged or destroyed. The
    Department of Social Welfare and Development said it had handed out
    [[320,000 family food packs|aid;a=The Department of Social Welfare and Development]] so far.
    """,
)

item(
    "Bicol floods recede as Kristine evacuees start to go home",
    """
    NAGA CITY, Philippines - Floodwaters began to recede across the Bicol region on Sunday,
    {{three days}} after Tropical Storm Kristine dumped {{two months'}} worth of rain in
    {{24 hours}}. The national disaster agency said
    [[at least 126 people|killed;a=The national disaster agency]] had been killed across the
    country. In Talisay, Batangas, where a landslide buried a lakeside village, police said
    [[dozens of residents|missing;a=police]] were unaccounted for after
    [[around 20 bodies|killed;a=police]] were recovered.
    [[More than 400,000 people|displaced]] remain in evacuation centres. The Department of
    Social Welfare and Development said [[some 120,000 evacuees|returned;a=The Department of Social Welfare and Development]]
    had gone home on Saturday as the water went down. The army said
    [[between 2,000 and 2,500 soldiers|combatants;a=The army]] from the
    {{9th Infantry Division}} had been sent to help clear roads, and the coast guard plucked
    [[1,800 people|other]] from rooftops in Camarines Sur. "We need boats, not speeches," said
    a Naga councillor.
    """,
)

item(
    "Cyclone Mocha leaves trail of flattened homes in Rakhine",
    """
    SITTWE, Myanmar - Cyclone Mocha, the strongest storm to hit Myanmar in more than
    {{a decade}}, tore roofs off homes and toppled communication towers across Rakhine state
    with winds of up to {{209 km/h}}. Myanmar's military government said
    [[at least 145 people|killed;a=Myanmar's military government]] had died. The UN Office for
    the Coordination of Humanitarian Affairs said
    [[some 5.4 million people|civilians;a=The UN Office for the Coordination of Humanitarian Affairs]]
    had been in the storm's path and that
    [[an estimated 1.6 million|civilians;a=The UN Office for the Coordination of Humanitarian Affairs]]
    now needed help. In Sittwe, [[hundreds of houses|housing;a=monastery officials]] were flattened and
    [[more than 1,200 people|displaced;a=monastery officials]] were sheltering in monasteries,
    monastery officials said. The World Food Programme said it had reached
    [[more than 50,000 people|aid;a=The World Food Programme]] with rice and pulses by the end of
    the week. The agency said it planned to feed
    [[another 400,000|aid;p;a=The agency;alt=The World Food Programme]] over the coming month.
    """,
)

item(
    "Vietnam: Yagi death toll passes 230 as Lao Cai village searched",
    """
    HANOI - Typhoon Yagi and the floods and landslides that followed have killed
    [[at least 233 people|killed;a=the Vietnam Disaster and Dyke Management Authority]] in
    northern Vietnam, and [[103|missing;a=the Vietnam Disaster and Dyke Management Authority]]
    are still missing, the Vietnam Disaster and Dyke Management Authority said on Thursday. In
    Lao Cai province a flash flood swept through the hamlet of Lang Nu before dawn, where
    provincial officials said [[at least 48 people|killed;a=provincial officials]] died and
    [[40|missing;a=provincial officials]] are missing. In Phu Tho the Phong Chau bridge over the
    Red River collapsed, sending [[10 vehicles|other]] into the water. [[More than 800 people|injured]] were injured nationwide. In Hanoi, authorities
    evacuated [[over 50,000 people|displaced]] from riverside districts as the Red River rose
    to its highest level in {{20 years}}, and [[thousands of soldiers|combatants]] were sent to
    shore up dykes.
    """,
)

item(
    "Papua New Guinea says landslide killed more than 2,000",
    """
    PORT MORESBY - Papua New Guinea's National Disaster Centre has put the toll from Friday's
    landslide in Enga province at
    [[more than 2,000|killed;a=Papua New Guinea's National Disaster Centre]], roughly
    {{three times}} the estimate of
    [[about 670|killed;a=the International Organization for Migration]] given by the
    International Organization for Migration. Only [[six bodies|killed]] have been recovered
    from the debris, which lies up to {{8 metres}} deep across the village of Yambali. The IOM
    said [[more than 150 houses|housing;a=The IOM;alt=the International Organization for Migration]]
    had been buried and
    [[about 1,650 people|displaced;a=The IOM;alt=the International Organization for Migration]]
    had been displaced. Provincial administrator Sandis Tsaka said
    [[up to 8,000 people|displaced;p;a=Provincial administrator Sandis Tsaka]] might have to be
    moved because the slope remained unstable. The Highlands Highway, the only road into the
    area, was cut for {{several days}}.
    """,
)

item(
    "Cianjur quake: searchers dig for missing as toll rises",
    """
    CIANJUR, Indonesia - The National Disaster Mitigation Agency (BNPB) on Thursday raised the
    toll from Monday's {{5.6-magnitude}} earthquake in West Java to
    [[272|killed;a=The National Disaster Mitigation Agency (BNPB)]], many of them children
    crushed in collapsed school buildings. BNPB head Suharyanto said
    [[39 people|missing;a=BNPB head Suharyanto]] were still missing and
    [[2,046|injured;a=BNPB head Suharyanto]] had been injured. The agency said
    [[62,545 people|displaced;a=The agency;alt=The National Disaster Mitigation Agency (BNPB)]]
    were sleeping in tents and
    [[more than 56,000 houses|housing;a=The agency;alt=The National Disaster Mitigation Agency (BNPB)]]
    were damaged. The police and military have deployed
    [[more than 6,000 personnel|combatants]] to the search. On Wednesday rescuers pulled a
    {{six-year-old}} boy alive from the rubble of his home after {{two days}}.
    """,
)

item(
    "Palu police arrest looters as quake survivors wait for aid",
    """
    PALU, Indonesia - Police in Central Sulawesi have arrested
    [[92 people|arrested;a=national police spokesman Dedi Prasetyo]] for looting shops and
    petrol stations since the earthquake and tsunami, national police spokesman Dedi Prasetyo
    said on Thursday. The confirmed death toll stood at [[1,407|killed]], and officials fear
    [[as many as 5,000 people|missing;a=officials]] are buried under the liquefied ground of
    Balaroa and Petobo. The military said it had flown in
    [[2,000 soldiers|combatants;a=The military]] to guard convoys and help distribute food.
    [[More than 70,000 people|displaced]] have left their homes, and the disaster agency
    counted [[65,733 houses|housing;a=the disaster agency]] damaged. At the city airport,
    [[several thousand people|displaced]] waited for military flights out. Vice President
    Jusuf Kalla said the toll could reach
    [[thousands|killed;p;a=Vice President Jusuf Kalla]] as teams reached cut-off areas.
    """,
)

item(
    "Noto quake toll passes 200; 30,000 still in shelters",
    """
    WAJIMA, Japan - The number of people killed by the {{New Year's Day}} earthquake on the Noto
    peninsula rose to [[202|killed;a=Ishikawa prefecture]] on Tuesday, Ishikawa prefecture said,
    and [[102 people|missing;a=Ishikawa prefecture]] remained unaccounted for.
    [[About 30,000 evacuees|displaced]] were living in
    [[some 400 shelters|capacity]], many of them school gymnasiums where temperatures fell close
    to freezing at night. A fire that broke out after the {{magnitude 7.6}} quake destroyed
    [[about 300 buildings|housing]] around Wajima's morning market. The defence ministry said
    [[about 6,000 Self-Defense Force personnel|combatants;a=The defence ministry]] had been
    deployed. Prefectural officials said
    [[more than 3,100 people|civilians;a=Prefectural officials]] were still cut off in mountain
    villages reachable only by helicopter.
    """,
)

item(
    "Mining village landslide toll reaches 98",
    """
    MACO, Philippines - The toll from the landslide that buried a gold-mining village in Davao de
    Oro rose to [[98|killed;a=the provincial disaster office]] on Sunday, the provincial disaster
    office said, and [[eight people|missing;a=the provincial disaster office]] were still
    missing. [[Thirty-two people|injured]] were treated in hospital. The slide buried
    [[two buses|other]] waiting to take miners home, along with [[dozens of houses|housing]]. On Friday
    rescuers pulled a {{three-year-old}} girl alive from the mud after {{60 hours}}.
    [[More than 1,100 families|displaced;a=social welfare officials]] from Masara and nearby
    villages were staying in evacuation centres, social welfare officials said. Governor Dorothy
    Gonzaga said the province would relocate
    [[about 5,000 residents|displaced;p;a=Governor Dorothy Gonzaga]] from areas declared
    no-build zones.
    """,
)

item(
    "Henan raises flood toll to 302 after review",
    """
    ZHENGZHOU, China - Authorities in Henan province raised the death toll from last month's
    floods to [[302|killed;a=Authorities in Henan province]] on Monday, including
    [[292|killed;a=Authorities in Henan province]] in the provincial capital, and said
    [[50 people|missing;a=Authorities in Henan province]] were still missing.
    [[Fourteen passengers|killed]] drowned when water poured into a train on Zhengzhou's
    {{Line 5}} metro, where rescuers pulled [[more than 500|other]] others to safety. The
    provincial government said
    [[more than 14.5 million people|civilians;a=The provincial government]] had been affected
    and [[1.47 million|displaced;a=The provincial government]] relocated. The People's
    Liberation Army said it had sent
    [[more than 3,000 troops|combatants;a=The People's Liberation Army]] to reinforce river
    dykes. Zhengzhou recorded {{201.9 mm}} of rain in a single hour on {{July 20}}.
    """,
)

item(
    "Vanuatu quake: 14 dead as teams search collapsed buildings",
    """
    PORT VILA - [[At least 14 people|killed;a=Vanuatu's National Disaster Management Office]]
    were killed by Tuesday's {{magnitude 7.3}} earthquake, Vanuatu's National Disaster
    Management Office said, and [[more than 200|injured]] have been treated at Vila Central
    Hospital. [[Two buildings|housing]] collapsed in the capital's business district, one of
    them a {{three-storey}} block with shops on the ground floor. UNICEF estimated that
    [[about 80,000 people|civilians;a=UNICEF]], {{a quarter}} of the population, had been
    affected. [[About 1,000 people|displaced]] spent the night in evacuation centres as
    aftershocks continued. Australia and New Zealand flew in search and rescue teams of
    [[more than 100 specialists|other]].
    """,
)

item(
    "Hundreds stranded in Taroko Gorge after Taiwan quake",
    """
    HUALIEN, Taiwan - Rescuers on Thursday were trying to reach
    [[more than 600 people|civilians;a=Taiwan's Central Emergency Operation Center]] stranded
    in Taroko Gorge national park after Wednesday's {{7.2-magnitude}} earthquake, Taiwan's
    Central Emergency Operation Center said. The centre said
    [[nine people|killed;a=The centre;alt=Taiwan's Central Emergency Operation Center]] had died
    and [[1,011|injured;a=The centre;alt=Taiwan's Central Emergency Operation Center]] were hurt,
    while [[18|missing;a=The centre;alt=Taiwan's Central Emergency Operation Center]] remained
    missing. [[About 50 hotel workers|civilians]] were trapped in a road tunnel for hours before
    being freed. Helicopters lifted [[six miners|other]] out of a quarry cut off by rockfalls.
    In Hualien city, [[28 buildings|housing]] were damaged, including the {{nine-storey}} Uranus
    Building, which was left leaning at {{45 degrees}}.
    """,
)

item(
    "Winston: 62,000 Fijians in evacuation centres",
    """
    SUVA - [[More than 62,000 people|displaced;a=Fiji's National Disaster Management Office]]
    were staying in [[about 900 evacuation centres|capacity;a=Fiji's National Disaster Management Office]]
    on Wednesday, Fiji's National Disaster Management Office said, {{four days}} after Cyclone
    Winston tore across the islands. The death toll rose to [[42|killed]]. The government
    estimated that [[350,000 people|civilians;a=The government]], about {{40 percent}} of the
    population, had been affected, and that
    [[over 24,000 homes|housing;a=The government]] had been destroyed or damaged. Winston was
    the strongest storm recorded in the southern hemisphere, with gusts of {{325 km/h}}. A New
    Zealand Air Force {{C-130}} Hercules landed in Nadi with [[12 tonnes|aid]] of tarpaulins,
    water containers and generators. The government plans to distribute food rations to
    [[80,000 households|aid;p;a=The government]] over {{the next month}}.
    """,
)

item(
    "Man-yi evacuees head home as centres empty in Bicol",
    """
    VIRAC, Philippines - Evacuees began returning home on Monday after Super Typhoon Man-yi
    swept across Catanduanes and southern Luzon. The Department of Social Welfare and
    Development (DSWD) said
    [[about 700,000 people|returned;a=The Department of Social Welfare and Development (DSWD)]]
    had left evacuation centres since Sunday afternoon, while
    [[the remaining 320,000|displaced;a=The Department of Social Welfare and Development (DSWD)]]
    were still in [[4,800 centres|capacity;a=The Department of Social Welfare and Development (DSWD)]].
    [[More than 1 million people|displaced]] had been moved before the storm made landfall. In
    Catanduanes, where Man-yi struck with winds of {{195 km/h}}, Governor Joseph Cua said
    [[around 12,000 houses|housing;a=Governor Joseph Cua]] had lost their roofs or been
    flattened. [[Eight people|killed]] died, most of them in landslides. The DSWD said it had
    prepositioned [[1.2 million family food packs|aid;a=The DSWD;alt=The Department of Social Welfare and Development (DSWD)]].
    """,
)

item(
    "Gabrielle: 1,400 still uncontactable in Hawke's Bay",
    """
    NAPIER, New Zealand - Police said
    [[more than 1,400 people|missing;a=Police]] in Hawke's Bay were still uncontactable on
    Friday, {{five days}} after Cyclone Gabrielle cut power and phone lines across the region.
    The confirmed death toll rose to [[11|killed]]. Police have arrested
    [[about 60 people|arrested;a=Eastern District commander Jeanette Park]] for looting and burglaries in flooded suburbs, Eastern
    District commander Jeanette Park said. [[About 10,500 people|displaced]] remain out of
    their homes. The defence force has deployed [[more than 800 personnel|combatants]] with
    helicopters and trucks. Civil Defence said
    [[a further 2,000|displaced;p;a=Civil Defence]] could be evacuated if the Tutaekuri river
    rose again overnight.
    """,
)

item(
    "PAGASA raises highest warning as typhoon nears Samar",
    """
    MANILA - The state weather bureau PAGASA raised Signal No. {{5}}, its highest warning, over
    northern Samar on Saturday as Typhoon Kammuri approached with sustained winds of
    {{185 km/h}} and gusts of up to {{230 km/h}}. The eye was {{120 km}} east of Catarman at
    {{10 a.m.}} and moving west at {{20 km/h}}, the bureau said. Storm surges of up to
    {{3 metres}} are possible along the coast, and rainfall of {{100 to 200 mm}} is expected
    over the next {{24 hours}}. The storm is the {{20th}} to enter the Philippine area of
    responsibility this year. Manila's airport will close from {{11 a.m.}} to {{11 p.m.}} on
    Tuesday, and the opening of the Southeast Asian Games has been kept on {{November 30}}.
    """,
)

item(
    "Strong quake off Japan's east coast, no tsunami expected",
    """
    TOKYO - A {{magnitude 6.1}} earthquake struck off the coast of Fukushima prefecture at
    {{10:42 p.m.}} on Saturday, the Japan Meteorological Agency said, shaking buildings in
    Tokyo {{230 km}} away. The quake hit at a depth of {{40 km}} and registered a lower {{5}}
    on Japan's seismic intensity scale of {{7}} in parts of Fukushima and Miyagi. The agency
    said no tsunami was expected, and Tokyo Electric Power said it had found no abnormalities
    at the Fukushima Daiichi plant, which was wrecked in {{2011}}. Bullet trains on the Tohoku
    line were halted for {{about an hour}}. The agency warned that aftershocks of similar
    strength could follow over the next {{seven days}}.
    """,
)
