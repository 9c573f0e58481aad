"""Vietnam, Indonesia and Myanmar: a typhoon's flash flood and a bridge collapse, a landslide on
rescuers, two earthquakes, an eruption, cold lava floods, a cyclone and a great earthquake, in
the idiom of VnExpress, the Jakarta Post, Reuters and AFP (9 texts with figures)."""

from _wrap import item

item(
    "Lang Nu flash flood: 46 dead, dozens missing as soldiers dig through mud",
    """[[Forty-six people|killed;a=Lao Cai authorities]] have been confirmed dead and
    [[49|missing;a=Lao Cai authorities]] remain missing after a flash flood and landslide buried
    most of Lang Nu hamlet in Bao Yen District, Lao Cai authorities said Friday evening. The
    hamlet, home to [[37 households|civilians]] of the Tay ethnic minority, was hit at around
    {{6 a.m.}} on Tuesday when a torrent of mud and rocks swept down from the mountain behind
    it, flattening [[dozens of houses|housing]]. [[Nearly 1,000 soldiers, police officers and
    militiamen|combatants;n=soldiers, police officers and militiamen]] have been digging
    through mud up to {{three meters}} deep, and rescuers have found
    [[13 survivors|other]] so far. Across northern Vietnam, Typhoon Yagi and the floods that
    followed have left
    [[233 people|killed;a=the Ministry of Agriculture and Rural Development]] dead and
    [[103|missing;a=the Ministry of Agriculture and Rural Development]] missing, with
    [[over 240,000 houses|housing;a=the Ministry of Agriculture and Rural Development]]
    damaged, according to the Ministry of Agriculture and Rural Development.""",
)

item(
    "Phong Chau bridge collapses into swollen Red River, 13 missing",
    """A {{375-meter}} steel bridge over the Red River in Phu Tho Province collapsed on Monday
    morning, sending [[10 cars and trucks|other;n=cars and trucks;a=provincial authorities]] and
    [[two motorbikes|other;a=provincial authorities]] plunging into the floodwaters, provincial
    authorities said. [[Thirteen people|missing]] are missing, while
    [[three others|other]] were pulled from the water by fishermen downstream.
    [[More than 400 soldiers and police officers|combatants;n=soldiers and police
    officers;a=the provincial police]]
    and [[30 boats|other;a=the provincial police]] are searching a {{20-kilometer}} stretch of
    the river, the provincial police said. The bridge, built in {{1995}}, had been scheduled
    for replacement in {{2025}}.""",
)

item(
    "13 rescuers killed by landslide on way to Rao Trang 3 hydropower plant",
    """[[Thirteen rescuers|killed;a=the Ministry of National Defense]], among them a major
    general, were killed when a landslide buried their camp near the {{Rao Trang 3}} hydropower
    plant in Thua Thien-Hue Province shortly after midnight on Tuesday, the Ministry of National
    Defense said. The group had been on its way to the plant, where [[17 workers|missing]] had
    gone missing after a landslide struck their quarters on {{October 12}}. Rescuers have so far
    recovered [[eight bodies|killed]] of the workers, while [[nine|missing]] remain missing.
    [[More than 1,000 soldiers|combatants]] and [[30 excavators|other;u=other]] are now at the
    site. The Central Steering Committee for Natural Disaster Prevention and Control said floods
    and landslides across the central region have killed
    [[136 people|killed;a=The Central Steering Committee for Natural Disaster Prevention and
    Control]]
    and left [[22|missing;a=The Central Steering Committee for Natural Disaster Prevention and
    Control]]
    missing since {{October 6}}, with
    [[over 178,000 houses|housing;a=The Central Steering Committee for Natural Disaster
    Prevention and Control]]
    submerged. Thua Thien-Hue recorded {{1,700 mm}} of rain in {{a week}}.""",
)

item(
    "Central Sulawesi quake, tsunami toll rises to 1,407",
    """The death toll from the {{7.4-magnitude}} earthquake and tsunami that struck Palu and
    Donggala in Central Sulawesi last Friday has risen to
    [[1,407|killed;a=the National Disaster Mitigation Agency (BNPB)]], the National Disaster
    Mitigation Agency (BNPB) said on Thursday. A BNPB spokesman told a press conference in
    Jakarta that [[2,549 people|injured;a=A BNPB spokesman]] were seriously injured and
    [[113|missing;a=A BNPB spokesman]] were still missing, while
    [[70,821 evacuees|displaced;a=A BNPB spokesman]] were staying in
    [[141 shelters|capacity;a=A BNPB spokesman]]. [[Some 65,733 houses|housing]] were damaged,
    and in Petobo and Balaroa, liquefaction swallowed [[hundreds of homes|housing]] along with
    their occupants. The quake struck at a depth of {{10 kilometers}} at {{6:02 p.m.}} local
    time, and waves of up to {{6 meters}} hit Palu's bay. The military has deployed
    [[more than 2,000 soldiers|combatants]], and [[four Hercules transport planes|aid;u=other]]
    are ferrying aid from Balikpapan. Many of the dead have been buried in a mass grave on a
    hillside in Poboya, where an excavator dug a trench {{100 meters}} long. Shops were looted in
    the first days after the disaster as food and fuel ran short, and police said they had
    arrested [[dozens of looters|arrested;a=police]]. Palu's airport reopened to commercial
    flights on Wednesday.""",
)

item(
    "Semeru eruption: 34 dead, thousands shelter in Lumajang",
    """[[Thirty-four people|killed;a=the BNPB]] have been killed and
    [[17|missing;a=the BNPB]] are still missing following Saturday's eruption of Mount Semeru in
    Lumajang, East Java, the BNPB said on Thursday.
    A total of [[5,205 residents|displaced;a=the agency;alt=the BNPB]] are staying at
    [[115 evacuation points|capacity;a=the agency;alt=the BNPB]], the agency said. The eruption
    sent an ash column {{15,000 meters}} into the sky, and hot clouds buried villages along the
    Curah Kobokan river, damaging [[2,970 houses|housing]]. Among the dead were
    [[at least 10 sand miners|killed]] working in the riverbed.""",
)

item(
    "Cianjur earthquake: toll rises to 268, many of them children",
    """The death toll from Monday's {{5.6-magnitude}} earthquake in Cianjur, West Java, has risen
    to [[268|killed;a=the head of the BNPB]], with [[151 people|missing;a=the head of the BNPB]]
    still missing, the head of the BNPB said on Tuesday.
    [[More than 1,000 people|injured;a=the head of the BNPB]] were injured and
    [[58,362|displaced;a=the head of the BNPB]] have been displaced, he said.
    [[Over 22,000 houses|housing]] were damaged, along with [[363 schools|housing]]. The quake
    struck at a shallow depth of {{10 km}} at {{1:21 p.m.}}, when many students were still in
    class. Rescuers pulled a boy alive from the rubble of his home after {{two days}}.""",
)

item(
    "Cold lava floods kill 67 in West Sumatra; 20 still missing",
    """Flash floods and cold lava flows from Mount Marapi that swept through
    [[four regencies|other;u=other;a=the BNPB]] in West Sumatra on Saturday night have killed
    [[67 people|killed;a=the BNPB]], while [[20|missing;a=the BNPB]] remain missing, the BNPB
    said Tuesday. The floods damaged [[over 200 houses|housing;a=the West Sumatra disaster
    agency]],
    [[nine mosques|housing;a=the West Sumatra disaster agency]] and
    [[19 bridges|other;u=other;a=the West Sumatra disaster agency]] in Agam and Tanah Datar,
    according to the West Sumatra disaster agency. [[More than 3,300 residents|displaced]] have
    been evacuated to schools and mosques. Basarnas has deployed
    [[around 400 personnel|other]], helped by [[several hundred volunteers|other]]. Rain gauges
    on the volcano's slopes recorded {{over 100 mm}} in {{three hours}}.""",
)

item(
    "Cyclone Mocha death toll rises in Myanmar's Rakhine, Rohingya camps hit",
    """[[At least 145 people|killed;a=the military government]] were killed in Myanmar's Rakhine
    state by Cyclone Mocha, the military government said on Thursday, including
    [[117|killed;a=the military government]] from the Rohingya Muslim minority. Rohingya
    community leaders said the real toll was far higher, with
    [[more than 400 people|killed;a=Rohingya community leaders]] dead in the camps around
    Sittwe, which hold [[some 120,000 Rohingya|displaced;a=Rohingya community leaders]]
    displaced by violence in {{2012}}.
    The storm, packing winds of up to {{250 kph}}, made landfall near Sittwe on Sunday, tearing
    the roofs off [[over 12,000 homes|housing]] and ripping apart bamboo shelters. The United
    Nations said [[about 800,000 people|civilians;a=The United Nations]] in Rakhine needed
    help. In neighbouring Bangladesh, authorities had moved [[over 750,000 people|displaced]]
    to cyclone shelters before the storm.""",
)

item(
    "Myanmar quake toll passes 1,600 as rescuers dig with bare hands in Mandalay",
    """The death toll from Friday's {{7.7-magnitude}} earthquake in central Myanmar rose to
    [[1,644|killed;a=the junta]] on Saturday, with [[3,408 people|injured;a=the junta]] injured
    and [[139|missing;a=the junta]] missing, the junta said. In Mandalay, the country's
    second-largest city, residents and firefighters dug through the rubble of collapsed
    apartment blocks with their bare hands.
    [[More than 90 people|civilians;a=a rescue worker]] are believed trapped under the Sky Villa
    condominium, a rescue worker told AFP. Local media reported that
    [[more than 50 worshippers|killed;a=Local media]] were killed when
    [[three mosques|housing;a=Local media]] collapsed during Friday prayers in Sagaing and
    Mandalay. In Bangkok, more than {{1,000 kilometres}} away, a {{30-storey}} tower under
    construction collapsed, trapping [[dozens of workers|civilians]]. Thai officials said
    [[10 people|killed;a=Thai officials]] had been confirmed dead there and
    [[78|missing;a=Thai officials]] remained unaccounted for. The quake struck at
    {{12:50 p.m.}} at a shallow depth of {{10 kilometres}} near Sagaing, followed
    {{12 minutes}} later by a {{6.4-magnitude}} aftershock. The junta's leader made a rare
    appeal for international help, but aid groups warned that the civil war and damage to the
    road between Mandalay and Naypyitaw would slow relief. Patients were treated on the street
    outside the main hospital in Naypyitaw, parts of which were damaged. The UN said
    [[about 3 million people|civilians;a=The UN]] lived in the worst-affected areas.""",
)
