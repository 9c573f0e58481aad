"""The Philippines: two typhoon tolls, two volcanoes, a landslide in a storm and a weather
bulletin, in the idiom of Rappler and the Philippine Daily Inquirer (5 texts with figures, 1
without)."""

from _wrap import item

NDRRMC = "the National Disaster Risk Reduction and Management Council (NDRRMC)"

item(
    "Yolanda death toll climbs to 3,976 – NDRRMC",
    f"""The official death toll from Super Typhoon Yolanda (Haiyan) has climbed to
    [[3,976|killed;a={NDRRMC}]], {NDRRMC} said on Tuesday, {{{{November 19}}}}. In its
    {{{{6 am}}}} update, the council said
    [[18,175 people|injured;a=the council;alt={NDRRMC}]] were injured while
    [[1,598|missing;a=the council;alt={NDRRMC}]] remain missing. The typhoon, which made
    landfall in Guiuan, Eastern Samar on {{{{November 8}}}} with gusts of up to
    {{{{315 kph}}}}, affected [[more than 9.8 million people|civilians;v=9800000]], or
    [[2.1 million families|civilians;v=2100000]], across the Visayas. Of these,
    [[about 449,000 people|displaced]] are staying in [[1,587 evacuation centers|capacity]],
    while [[nearly 3.5 million|displaced;v=3500000;n=-]] are staying with relatives or in
    makeshift shelters outside them. [[Over 243,500 houses|housing]] were totally destroyed and
    [[another 246,000|housing;u=structure]] partially damaged. In Tacloban City, where the storm
    surge reached {{{{five to six meters}}}}, bodies were still being collected from the
    rubble along the coastal road on Tuesday. "We still have bodies on the streets, and our own
    people in city hall lost their families," the city administrator said. Relief goods had yet
    to reach some towns in northern Cebu and the interior of Leyte {{{{11 days}}}} after the
    storm, local officials said. The President, criticised for the pace of the relief
    operation, said he would stay in Tacloban until the situation had stabilised. Damage to
    infrastructure and agriculture has been placed at {{{{P22.5 billion}}}}, the council said.
    The UN humanitarian chief, who visited Tacloban last week, said the world body was scaling
    up its response.""",
)

item(
    "Odette toll rises to 375; DSWD rushes food packs to Siargao, Dinagat",
    """The death toll from Typhoon Odette (international name: Rai) rose to
    [[375|killed;a=the Philippine National Police]] on Monday, the Philippine National Police
    said, with [[500|injured;a=the Philippine National Police]] injured and
    [[56|missing;a=the Philippine National Police]] still missing. The NDRRMC, which counts only
    validated deaths, placed the toll at [[156|killed;a=The NDRRMC]]. The agency said
    [[more than 1.8 million people|civilians;v=1800000;a=The agency;alt=The NDRRMC]] in
    [[4,600 barangays|other;u=other;a=The agency;alt=The NDRRMC]] had been affected, and that
    [[over 400,000|displaced;a=The agency;alt=The NDRRMC]] were still in evacuation centers.
    Odette made landfall in Siargao on {{December 16}} packing winds of {{195 kph}}. The
    Department of Social Welfare and Development (DSWD) has sent
    [[132,000 family food packs|aid]] to Surigao del Norte, Dinagat Islands and Southern Leyte,
    with [[another 60,000|aid;u=other;p]] to be shipped from its warehouse in Cebu by Wednesday.
    In Cebu and Bohol, [[about 4,000 passengers|displaced;a=the Philippine Coast Guard]]
    remained stranded at ports as sea travel stayed suspended, the Philippine Coast Guard
    said.""",
)

item(
    "Taal evacuees top 53,000 as Phivolcs keeps Alert Level 4",
    """[[More than 53,000 people|displaced;a=the NDRRMC]], or
    [[about 12,000 families|displaced;a=the NDRRMC]], are now staying in
    [[244 evacuation centers|capacity;a=the NDRRMC]] in Batangas and Cavite, the NDRRMC said
    Wednesday. Phivolcs kept {{Alert Level 4}} over Taal Volcano, warning that a hazardous
    explosive eruption was possible within hours or days, and maintained the
    {{14-kilometer}} danger zone. The Bureau of Animal Industry said it had evacuated
    [[some 1,500 animals|other;u=other;a=The Bureau of Animal Industry]], mostly cattle and
    horses, from the volcano island and lakeside towns. Ashfall has also forced the suspension
    of classes in [[over 500 schools|other]] in Calabarzon.""",
)

item(
    "Mayon evacuees reach 18,000 as lava flows down Bonga Gully",
    """[[Nearly 18,000 residents|displaced;a=the Albay Public Safety and Emergency Management
    Office (APSEMO)]]
    from
    [[5,400 families|displaced;a=the Albay Public Safety and Emergency Management Office (APSEMO)]]
    living inside the {{six-kilometer}} permanent danger zone of Mayon Volcano are now in
    [[28 evacuation centers|capacity;a=the Albay Public Safety and Emergency Management Office
    (APSEMO)]],
    the Albay Public Safety and Emergency Management Office (APSEMO) said on Friday. Phivolcs,
    which keeps the volcano under {{Alert Level 3}}, recorded
    [[221 rockfall events|other;u=other;a=Phivolcs]] and
    [[two pyroclastic density currents|other;u=other;a=Phivolcs]] in the past {{24 hours}},
    with lava flowing up to {{1.5 kilometers}} down the Bonga Gully. The DSWD has provided
    [[over 10,000 family food packs|aid]] to the evacuees, while farmers moved
    [[about 4,000 heads of livestock|other;n=heads]] to holding areas outside the danger zone.
    Classes
    in [[26 schools|other]] used as evacuation centers have shifted to modular learning. The
    provincial government has set aside {{P50 million}} for the evacuation, which it expects to
    last up to {{three months}}.""",
)

item(
    "Landslide buries homes in Talisay, Batangas; 20 dead as Kristine lashes Luzon",
    """[[At least 20 people|killed;a=the town's disaster office]] were killed when rain-soaked mud
    and boulders slid down a slope onto houses in Barangay Sampaloc in Talisay, Batangas, on
    Friday, the town's disaster office said. [[Six residents|missing]] are still missing, and
    rescuers have pulled [[eight people|other]] out alive. Across Bicol, where Kristine dumped
    a month's worth of rain in {{24 hours}}, the NDRRMC reported
    [[46 deaths|killed;a=the NDRRMC]] and [[over 600,000 people|displaced;a=the NDRRMC]] in
    evacuation centers. The Philippine Coast Guard rescued [[some 1,200 residents|other]]
    trapped on rooftops in Naga City, where floodwaters rose to {{two meters}} within hours.
    The Armed Forces of the Philippines deployed [[over 3,000 soldiers|combatants]] and
    [[35 aircraft|other]] for search, rescue and relief delivery. Daet in Camarines Norte
    recorded {{300.5 mm}} of rain on Wednesday alone, according to PAGASA.""",
)

item(
    "Carina intensifies into typhoon, Signal No. 2 up in Batanes",
    """Carina (Gaemi) intensified into a typhoon on Tuesday afternoon, {{July 23}}, and the
    Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) raised
    {{Signal No. 2}} over Batanes. In its {{5 pm}} bulletin, PAGASA said the eye of Carina was
    located {{410 kilometers}} northeast of Itbayat, Batanes, with maximum sustained winds of
    {{120 kilometers per hour}} and gustiness of up to {{150 km/h}}. It was moving north
    northwest at {{15 km/h}}. Carina is enhancing the southwest monsoon, which will bring
    {{100 to 200 millimeters}} of rain to Metro Manila, Zambales and Bataan through Wednesday.
    The typhoon is expected to leave the Philippine Area of Responsibility on Thursday,
    {{July 25}}, and is the country's {{third}} tropical cyclone for {{2024}}.""",
)
