"""Disasters as national disaster agencies, OCHA and the IFRC report them: storms, floods,
earthquakes, drought and eruptions, with the dead, injured and missing, the evacuated, the
affected and the damaged houses (17 texts, all with figures)."""

from _wrap import item

NDRRMC = "The National Disaster Risk Reduction and Management Council (NDRRMC)"

item(
    "Philippines: NDRRMC situation report on Severe Tropical Storm Kristine (Trami)",
    f"""The National Disaster Risk Reduction and Management Council (NDRRMC) reported
    [[2,317,870 families|civilians;a={NDRRMC}]] or [[9,062,416 persons|civilians;a={NDRRMC}]]
    affected in [[8,160 barangays|other;u=other;a={NDRRMC}]] as of {{{{6 a.m.}}}} on
    {{{{29 October 2024}}}}. Kristine made landfall in Divilacan, Isabela, shortly after
    midnight on {{{{24 October}}}} and left the Philippine Area of Responsibility the next day,
    but its outer rainbands had lashed Bicol for {{{{two days}}}} before landfall. Of the
    affected, [[128,563 families|displaced]] or [[540,227 persons|displaced]] were inside
    [[6,448 evacuation centres|capacity]]. The death toll stood at [[150|killed]], with
    [[130|injured]] injured and [[31|missing]] still missing, most of them in the Bicol and
    Calabarzon regions. Damaged houses numbered
    [[158,011|housing;u=structure]]. Rainfall of more than {{{{600 mm}}}} in {{{{24 hours}}}}
    in parts of Bicol caused flash floods and landslides, and the Naga City government declared
    a state of calamity. The Department of Social Welfare and Development has prepositioned food
    packs worth {{{{PHP 1.4 billion}}}} in the regions in the storm's path.""",
)

NDMA = "The National Disaster Management Authority (NDMA)"

item(
    "Pakistan: NDMA monsoon floods situation report",
    f"""{NDMA} said on {{{{29 August 2022}}}} that [[1,136 people|killed;a={NDMA}]] had been
    killed and [[1,634|injured;a={NDMA}]] injured since {{{{14 June}}}}, as record monsoon rains
    and flooding submerged large parts of Sindh and Balochistan.
    [[Over 33 million people|civilians]] have been affected, and
    [[approx. 1 million houses|housing;q=approx]] damaged or destroyed. Sindh is the worst-hit
    province, with [[over 1.5 million people|displaced;v=1500000]] living in
    [[5,015 relief camps|capacity]]. [[More than 727,000 livestock|killed]] have perished, and
    around {{{{3,500 km}}}} of roads have been damaged. Rainfall in Sindh in August was
    {{{{784 per cent}}}} above the {{{{30-year}}}} average.""",
)

AFAD = "The Disaster and Emergency Management Authority (AFAD)"

item(
    "Türkiye: Kahramanmaraş earthquakes – AFAD update",
    f"""{AFAD} said on {{{{13 February 2023}}}} that the death toll from the
    {{{{magnitude 7.7}}}} and {{{{7.6}}}} earthquakes of {{{{6 February}}}} had risen to
    [[31,643|killed;a={AFAD}]], with [[80,278|injured;a={AFAD}]] injured.
    [[Some 217,000 search and rescue personnel|other]] are working in the affected provinces,
    and [[more than 8,000 people|other]] have been pulled alive from the rubble.
    [[Over 158,000 people|displaced]] have been evacuated from the region by air, road and rail,
    and [[hundreds of thousands|displaced]] more have left by their own means.
    The Ministry of Environment and Urbanisation said
    [[24,921 buildings|housing;a=The Ministry of Environment and Urbanisation]] had collapsed or
    were heavily damaged. [[About 1.2 million people|displaced;v=1200000]] are sheltering in
    tents, container settlements, public buildings and student dormitories.""",
)

item(
    "Libya: Storm Daniel – Derna flood response",
    """Storm Daniel struck north-eastern Libya on {{10 September 2023}}, and in the early hours
    of the next day the dams above Derna burst, sending a wall of water through the city. As of
    {{21 September}}, the WHO reported [[3,958 deaths|killed;a=the WHO]] and
    [[between 8,000 and 10,000 people|missing;a=the WHO]] still missing. IOM estimates that
    [[43,059 people|displaced;a=IOM]] have been displaced across the north-east,
    [[30,000|displaced;a=IOM]] of them from Derna.
    [[Around 884,000 people|civilians;a=the UN]] live in areas directly affected, the UN said.
    Search teams have recovered [[over 100 bodies|killed]] from the sea off the city. The UN
    flash appeal seeks {{US$ 71.4 million}} to assist [[250,000 people|aid;p]] over three
    months.""",
)

MODMR = "The Ministry of Disaster Management and Relief (MoDMR)"

item(
    "Bangladesh: Cyclone Remal – MoDMR situation report",
    f"""Cyclone Remal made landfall between Mongla and Khepupara on the night of
    {{{{26 May 2024}}}} with wind speeds of up to {{{{111 km/h}}}}. {MODMR} reports that
    [[about 4.6 million people|civilians;a={MODMR};v=4600000]] were affected in
    [[19 coastal districts|other;a={MODMR}]]. [[Some 800,000 people|displaced]] were evacuated
    to [[9,424 cyclone shelters|capacity]] before landfall. [[At least 16 people|killed]] were
    killed, and [[35,483 houses|housing]] were fully damaged and
    [[115,992|housing;u=structure]] partially damaged. The government allocated
    [[5,500 tonnes|aid]] of rice and [[9,000 cartons|aid]] of dry food to the affected
    districts.""",
)

item(
    "Mozambique: Tropical Cyclone Freddy – INGD update",
    """Key figures (INGD, {{16 March 2023}}): [[1,206,620 people|civilians]] affected;
    [[165 deaths|killed]]; [[over 170,000 people|displaced]] in
    [[134 accommodation centres|capacity]]; [[132,000 houses|housing]] damaged or destroyed;
    [[1,017 classrooms|housing]] damaged. Freddy made a second landfall near Quelimane on
    {{11 March}}, {{16 days}} after striking Inhambane province, and brought more than
    {{600 mm}} of rain to parts of Zambézia. Health authorities recorded
    [[over 4,000 cholera cases|other;a=Health authorities]] in Zambézia in the week after the
    storm, as water systems in Quelimane failed. WFP has reached [[120,000 people|aid]] with
    food assistance in the worst-hit districts.""",
)

item(
    "Nepal: Jajarkot earthquake – flash update",
    """A {{magnitude 6.4}} earthquake struck Jajarkot district in Karnali Province at
    {{11:47 p.m.}} local time on {{3 November 2023}}. The Ministry of Home Affairs reported
    [[153 deaths|killed;a=The Ministry of Home Affairs]] and
    [[366 injuries|injured;a=The Ministry of Home Affairs]], most of them in Jajarkot and Rukum
    West. [[Over 26,550 houses|housing]] were fully damaged and [[35,000|housing;u=structure]]
    partially damaged, and most families are sleeping in the open as night temperatures fall to
    {{4 C}}. The Nepal Red Cross Society has distributed [[2,400 tarpaulins|aid]] and
    [[1,500 blankets|aid]]. [[About 250,000 people|civilians]] are affected.""",
)

item(
    "Kenya: long rains floods – situation update",
    """The Ministry of Interior said on {{3 May 2024}} that
    [[210 people|killed;a=The Ministry of Interior]] had died in floods since March, with
    [[90|missing;a=The Ministry of Interior]] missing and
    [[over 165,000 people|displaced;a=The Ministry of Interior]] forced from their homes. A dam
    breach at Old Kijabe on {{29 April}} killed [[at least 52 people|killed]] in Mai Mahiu. The
    Kenya Red Cross Society is supporting [[98 camps|capacity]] hosting
    [[about 55,000 people|displaced]]. The government has ordered residents living within
    {{30 metres}} of rivers to leave, a move that would displace
    [[an estimated 178,000 people|displaced;p]]. [[Some 1,967 schools|housing]] were damaged,
    and the reopening of schools after the holidays has been postponed.
    [[Hundreds of homes|housing]] were swept away in Mathare and Mukuru, Nairobi's largest
    informal settlements.""",
)

RSCD = "The Rio Grande do Sul Civil Defence"

item(
    "Brazil: Rio Grande do Sul floods – Civil Defence bulletin",
    f"""{RSCD} said on {{{{14 May 2024}}}} that [[148 people|killed;a={RSCD}]] had died,
    [[124|missing;a={RSCD}]] were missing and [[806|injured;a={RSCD}]] injured in
    [[447|other;u=other;a={RSCD}]] of the state's
    [[497 municipalities|other;u=other;a={RSCD}]]. [[More than 538,000 people|displaced]] have
    left their homes, [[76,884|displaced]] of them in public shelters.
    [[Over 2.1 million people|civilians;v=2100000]] have been affected.
    [[About 80,000 people|other]] have been rescued by boat and helicopter since the rains began
    on {{{{29 April}}}}. The Guaíba river in Porto Alegre peaked at {{{{5.35 metres}}}} on
    {{{{5 May}}}}, the highest level on record.""",
)

item(
    "Vanuatu: Port Vila earthquake – NDMO situation report",
    """A {{magnitude 7.3}} earthquake struck {{30 km}} west of Port Vila at {{12:47 p.m.}} on
    {{17 December 2024}}, at a depth of {{57 km}}, with its epicentre at
    {{17.74°S, 168.31°E}}. The National Disaster Management Office confirmed
    [[14 deaths|killed;a=The National Disaster Management Office]], and
    [[over 200 people|injured]] have been treated at Vila Central Hospital.
    [[Two buildings|housing]] in the city centre collapsed, and landslides blocked the road to
    the main wharf. [[About 1,000 people|displaced]] are staying in
    [[nine evacuation centres|capacity]]. [[Some 80,000 people|civilians]] in Shefa province
    were affected.""",
)

DGPC = "The Civil Protection General Directorate (DGPC)"

item(
    "Haiti: Earthquake in Nippes, Sud and Grand'Anse – Situation Report",
    f"""{DGPC} reported [[2,207 deaths|killed;a={DGPC}]],
    [[344 people|missing;a={DGPC}]] missing and [[12,268|injured;a={DGPC}]] injured as of
    {{{{21 August 2021}}}}, a week after the {{{{magnitude 7.2}}}} earthquake.
    [[52,953 houses|housing]] were destroyed and [[77,006|housing;u=structure]] damaged, leaving
    [[some 650,000 people|civilians]] in need of humanitarian assistance. Tropical Storm Grace
    brought heavy rain on {{{{16 and 17 August}}}}, complicating rescue work. Landslides have cut
    the road between Les Cayes and Jérémie in several places.""",
)

item(
    "Somalia: Drought Situation Report",
    """Key figures: [[est. 7.8 million people|civilians;q=approx;v=7800000]] affected by the
    drought; [[1.1 million|displaced;v=1100000]] displaced since {{January 2021}},
    [[over 755,000|displaced]] of them this year. In September alone,
    [[about 95,000 new arrivals|displaced]] were recorded in Baidoa.
    [[An estimated 3 million livestock|killed]] have died since {{mid-2021}}, wiping out the
    main source of food and income for pastoralist families.
    [[At least 730 children|killed;a=UNICEF]] died in nutrition centres between January and
    July, UNICEF said. Partners reached [[4.1 million people|aid;v=4100000]] with humanitarian
    assistance in August. [[213,000 people|civilians;p]] are projected to face Catastrophe
    ({{IPC Phase 5}}) between October and December in Baidoa and Burhakaba districts. Water
    prices have risen by {{50 to 80 per cent}} in the worst-affected areas. The Deyr rains,
    expected from October, are forecast to fail for a fifth consecutive season, the Somalia Water
    and Land Information Management project said. In Baidoa, new arrivals settle on the edges of
    existing sites, often on private land, and many face eviction within weeks. Partners warn
    that the cholera and measles outbreaks reported in Bay, Bakool and Banadir could spread
    quickly in the crowded sites. The {{2022}} Humanitarian Response Plan, revised in
    July to {{US$ 2.27 billion}}, was {{67 per cent}} funded on {{30 September}}.""",
)

item(
    "Morocco: Al Haouz earthquake – Interior Ministry update",
    """The Interior Ministry said on {{12 September 2023}} that the death toll from the
    {{magnitude 6.8}} earthquake had risen to [[2,946|killed;a=The Interior Ministry]], with
    [[5,674 people|injured;a=The Interior Ministry]] injured. In Al Haouz province alone,
    [[1,643 people|killed]] died. Authorities said [[some 50,000 homes|housing;a=Authorities]]
    were damaged across [[about 2,930 villages|other;a=Authorities]], many of them in remote
    valleys of the High Atlas. [[Over 4,000 tents|aid]] have been distributed, and army field
    hospitals are operating in Asni and Amizmiz.""",
)

ASDMA = "The Assam State Disaster Management Authority"

item(
    "India: Assam floods – ASDMA daily report",
    f"""{ASDMA} said [[over 4.7 million people|civilians;a={ASDMA};v=4700000]] were affected in
    [[32|other;u=other;a={ASDMA}]] of the state's [[35 districts|other;a={ASDMA}]] on
    {{{{21 June 2022}}}}. [[Nine more deaths|killed]] were reported, taking the toll in this
    year's floods and landslides to [[82|killed]]. [[Over 231,000 people|displaced]] are
    sheltering in [[845 relief camps|capacity]]. [[About 3,510 villages|other]] are under water
    and {{{{91,000 hectares}}}} of cropland have been damaged. The Brahmaputra is flowing above
    the danger mark at Neamatighat and Guwahati.""",
)

DMC = "the Disaster Management Centre (DMC)"

item(
    "Sri Lanka: Disaster Management Centre flood update",
    f"""Heavy monsoon rain since {{{{1 June 2024}}}} has affected
    [[over 34,000 families|civilians;a={DMC}]] ([[131,800 people|civilians;a={DMC}]]) in
    [[eight districts|other;a={DMC}]], {DMC} said on {{{{4 June}}}}.
    [[At least 26 people|killed]] have died, most of them in landslides in Ratnapura and
    Kegalle. [[About 4,100 people|displaced]] are staying in [[74 safety centres|capacity]].""",
)

item(
    "Guatemala: Volcán de Fuego eruption – DREF operation",
    """The IFRC has released {{CHF 395,000}} from its Disaster Response Emergency Fund (DREF) to
    support the Guatemalan Red Cross in assisting [[5,000 people|aid;p]]
    ([[1,000 households|aid;p]]) for three months. The eruption on {{3 June 2018}} sent
    pyroclastic flows down the Las Lajas ravine into communities in Escuintla, Chimaltenango
    and Sacatepéquez. CONRED has confirmed [[110 deaths|killed;a=CONRED]] and lists
    [[197 people|missing;a=CONRED]] as missing. [[12,823 people|displaced]] have been
    evacuated and [[3,975|displaced]] are staying in [[13 shelters|capacity]].
    [[1.7 million people|civilians;v=1700000]] have been affected by ashfall and flows. The
    Guatemalan Red Cross has deployed [[250 volunteers|other]] to the affected areas.""",
)

NDMO = "The National Disaster Management Office (NDMO)"

item(
    "Fiji: Tropical Cyclone Winston – Situation Report",
    f"""Tropical Cyclone Winston, a {{{{Category 5}}}} storm with winds of up to
    {{{{285 km/h}}}}, crossed Fiji on {{{{20 February 2016}}}}. {NDMO} has confirmed
    [[42 deaths|killed;a={NDMO}]]. [[Over 62,000 people|displaced]] are sheltering in
    [[926 evacuation centres|capacity]], most of them schools and community halls.
    [[Approximately 350,000 people|civilians]] live in areas in the cyclone's path, and
    [[about 24,000 homes|housing]] were damaged or destroyed. The Republic of Fiji Military
    Forces have deployed [[600 troops|combatants]] to Koro and Vanua Balavu islands to help
    clear roads and distribute relief.""",
)
