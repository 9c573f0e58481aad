"""Cyclones, typhoons, hurricanes and storms: Mocha, Idai, Haiyan, Freddy, Yagi, Otis, Amphan,
Biparjoy, Rai, Doksuri, Helene, Chido, Dorian, Daniel, Beryl, Gabrielle, Batsirai, Kristine."""

from _wrap import item

item(
    "Cyclone Mocha: Rohingya camps in Rakhine hit hardest",
    """Cyclone Mocha, which made landfall near Sittwe with winds of up to {{209 km/h}}, killed
    [[at least 145 people|killed;a=Myanmar's military government]] in Rakhine state, Myanmar's
    military government said, [[117 of them|killed;a=Myanmar's military government;n=-]] from the
    Rohingya minority living in displacement camps. Rohingya community leaders said the toll was
    higher, at [[more than 400|killed;a=Rohingya community leaders]]. The UN said [[about 1.6
    million people|civilians;a=The UN]] had been in the storm's path.""",
)

item(
    "Bangladesh moves hundreds of thousands to cyclone shelters ahead of Mocha",
    """Bangladeshi authorities evacuated [[more than 750,000 people|displaced;a=a disaster
    management ministry official]] from coastal areas to [[about 7,000 cyclone
    shelters|capacity;a=a disaster management ministry official]] before Cyclone Mocha, a
    disaster management ministry official said on Sunday. In Cox's Bazar, where [[nearly a
    million Rohingya refugees|displaced;q=approx;v=1000000]] live in bamboo-and-tarpaulin
    shelters, [[about 3,000 volunteers|other]] were on standby. Forecasters expected storm
    surges of up to {{12 feet}}.""",
)

item(
    "Idai: Beira cut off as Mozambique toll climbs",
    """The death toll from Cyclone Idai in Mozambique climbed to [[417|killed;a=Land and
    Environment Minister Celso Correia]], Land and Environment Minister Celso Correia said on
    Friday. He said [[about 110,000 people|displaced;a=Land and Environment Minister Celso
    Correia]] were staying in [[154 camps|capacity;a=Land and Environment Minister Celso
    Correia]]. The IFRC said {{about 90%}} of Beira had been damaged or destroyed. In
    neighbouring Zimbabwe, [[259 people|killed]] died and [[hundreds|missing]] were missing.""",
)

item(
    "Cholera cases rise in Beira after cyclone",
    """Mozambican health authorities confirmed [[more than 1,000 cholera cases|other;
    a=Mozambican health authorities]] in Beira {{two weeks}} after Cyclone Idai, and [[one
    death|killed;a=Mozambican health authorities]]. The WHO said it planned to vaccinate [[about
    900,000 people|aid;a=The WHO;p]] with oral cholera vaccine from next week.""",
)

item(
    "Haiyan: Philippine toll passes 5,000 as aid reaches Tacloban",
    """The Philippines' disaster agency NDRRMC said on Friday the death toll from Typhoon Haiyan
    had risen to [[5,209|killed;a=The Philippines' disaster agency NDRRMC]], with [[23,404
    people|injured;a=The Philippines' disaster agency NDRRMC]] injured and [[1,611|missing;
    a=The Philippines' disaster agency NDRRMC]] missing. The agency said [[more than 4 million
    people|displaced;a=The agency;alt=The Philippines' disaster agency NDRRMC]] had been
    displaced and [[about 550,000 houses|housing;a=The agency;alt=The Philippines' disaster
    agency NDRRMC]] destroyed.""",
)

item(
    "US Marines fly aid into Leyte",
    """The US military said [[more than 900 service members|combatants;a=The US military]] and
    [[about 60 aircraft|other;a=The US military]] were taking part in the relief operation and
    had delivered [[more than 1,000 tonnes|aid;a=The US military]] of supplies. The World Food
    Programme said it had reached [[about 2.5 million people|aid;a=The World Food Programme]]
    with food.""",
)

item(
    "Freddy: Malawi toll rises above 500",
    """The death toll from Cyclone Freddy in Malawi rose to [[511|killed;a=the Department of
    Disaster Management Affairs]] on Sunday, the Department of Disaster Management Affairs said,
    with [[533 people|missing;a=the Department of Disaster Management Affairs]] still missing.
    The department said [[more than 500,000 people|displaced;a=The department;alt=the Department
    of Disaster Management Affairs]] were sheltering in [[534 camps|capacity;a=The department;
    alt=the Department of Disaster Management Affairs]]. Blantyre received {{six months' worth}}
    of rain in {{six days}}.""",
)

item(
    "Freddy's second landfall hits Mozambique's Zambezia",
    """Cyclone Freddy, which forecasters said had lasted more than {{five weeks}}, killed [[at
    least 165 people|killed]] in Mozambique. Mozambique's disaster institute INGD said [[more
    than 184,000 people|civilians;a=Mozambique's disaster institute INGD]] had been affected and
    [[28,000 houses|housing;a=Mozambique's disaster institute INGD]] damaged in Zambezia
    province, where it had opened [[47 accommodation centres|capacity;a=Mozambique's disaster
    institute INGD]].""",
)

item(
    "Yagi: Vietnam bridge collapses as typhoon toll rises",
    """Typhoon Yagi and the floods and landslides it triggered killed [[at least 197
    people|killed;a=Vietnam's government]] in northern Vietnam, with [[128|missing;a=Vietnam's
    government]] missing, Vietnam's government said on Tuesday. In Phu Tho province, a steel
    bridge over the Red River collapsed, sending [[10 cars and trucks|other;n=cars and trucks]]
    and [[two motorbikes|other]] into the water.""",
)

item(
    "Myanmar says Yagi floods killed more than 200",
    """Floods from Typhoon Yagi killed [[226 people|killed;a=Myanmar's junta]] in Myanmar and displaced [[more than 320,000|displaced;
    a=Myanmar's junta]], Myanmar's junta said on Tuesday. The UN said [[about 631,000
    people|civilians;a=The UN]] needed urgent aid, many of them in areas held by armed
    groups.""",
)

item(
    "Otis leaves Acapulco without power or water",
    """Hurricane Otis, which strengthened from a tropical storm to a {{Category 5}} hurricane in
    {{12 hours}}, killed [[at least 48 people|killed;a=Guerrero's governor]] in Acapulco, and
    [[26|missing;a=Guerrero's governor]] were missing, Guerrero's governor said. Federal
    officials said [[about 220,000 homes|housing;a=Federal officials]] had been damaged, and the
    government sent [[more than 10,000 soldiers|combatants]] to distribute food and keep
    order.""",
)

item(
    "India, Bangladesh evacuate millions as Amphan nears",
    """Bangladesh moved [[more than 2.4 million people|displaced;a=the disaster management
    minister]] into [[about 15,000 shelters|capacity;a=the disaster management minister]], the
    disaster management minister said, and India's West Bengal state evacuated [[about
    500,000|displaced]]. Authorities doubled the number of shelters to keep people apart during
    the {{COVID-19}} pandemic.""",
)

item(
    "Biparjoy: Gujarat, Sindh evacuate coasts",
    """Indian authorities evacuated [[more than 100,000 people|displaced]] from coastal Gujarat,
    and Pakistan [[about 82,000|displaced]] from Sindh, ahead of Cyclone Biparjoy, which was
    expected to make landfall with wind speeds of {{115-125 km/h}}. Pakistan's climate minister
    Sherry Rehman said [[up to 1.2 million people|civilians;a=Pakistan's climate minister Sherry
    Rehman;p]] could be affected.""",
)

item(
    "Helene: North Carolina searches for hundreds unaccounted for",
    """The death toll from Hurricane Helene rose to [[more than 200|killed]] across [[six
    states|other;u=other]], making it the deadliest storm to hit the US mainland since Katrina
    in {{2005}}. In North Carolina, where [[at least 95 people|killed;a=officials]] died,
    officials said [[hundreds|missing;a=officials]] remained unaccounted for.""",
)

item(
    "Mayotte: officials fear Chido toll could reach hundreds",
    """Cyclone Chido killed [[at least 31 people|killed;a=the French interior ministry]] in
    Mayotte and injured [[more than 1,300|injured;a=the French interior ministry]], the French
    interior ministry said, but the prefect warned the final toll could run to [[several
    hundred|killed;a=the prefect;p]]. The French territory has an official population of
    [[about 320,000|civilians]], and the storm flattened the shantytowns where many
    undocumented migrants lived.""",
)

item(
    "Bahamas lists 1,300 missing after Dorian",
    """The Bahamas government said [[about 1,300 people|missing;a=The Bahamas government]] were
    listed as missing after Hurricane Dorian, and that the death toll now stands at
    [[50|killed;a=The Bahamas government]]. [[More than 5,000 people|displaced]] have been
    evacuated from Abaco and Grand Bahama to Nassau by ship and plane. The storm stalled over
    Grand Bahama for {{nearly two days}} as a {{Category 5}} hurricane.""",
)

item(
    "Storm Daniel drowns livestock across Thessaly",
    """Storm Daniel killed [[17 people|killed]] in Greece before moving on to Libya, and Greek
    agriculture officials said [[about 100,000 sheep and goats|other;a=Greek agriculture
    officials;n=sheep and goats]] had drowned on farms in Thessaly, which produces {{about a
    quarter}} of the country's farm output. Authorities evacuated [[more than 1,000
    people|displaced]] from villages around Karditsa by boat and helicopter.""",
)

item(
    "Beryl flattens homes on Grenada's Carriacou",
    """Hurricane Beryl, the earliest {{Category 5}} Atlantic hurricane on record, killed [[at
    least 11 people|killed]] across the Caribbean. Grenada's prime minister said {{98%}} of
    buildings on Carriacou had been damaged or destroyed and the island's [[roughly 9,000
    residents|civilians;a=Grenada's prime minister]] were cut off. In St Vincent and the
    Grenadines, [[more than 1,000 people|displaced]] were in shelters.""",
)

item(
    "Gabrielle: New Zealand declares national emergency",
    """New Zealand declared a national state of emergency, only the {{third}} in its history, as
    Cyclone Gabrielle flooded the North Island. Police said on Friday that [[11 people|killed;
    a=Police]] had died and that [[about 1,400 people|missing;a=Police]] were still
    uncontactable in Hawke's Bay, mostly because phone networks were down. [[About 10,500
    people|displaced]] had been forced from their homes.""",
)

item(
    "Madagascar braces for Batsirai, WFP prepositions food",
    """Madagascar's disaster office BNGRC said Cyclone Batsirai could affect [[up to 595,000
    people|civilians;a=Madagascar's disaster office BNGRC;p]] and displace [[between 100,000 and 150,000|displaced;a=Madagascar's disaster office BNGRC;p]] when it makes landfall on the
    east coast with gusts of {{235 km/h}}. WFP said it had prepositioned [[more than 500
    tonnes|aid;a=WFP]] of food in the region.""",
)

item(
    "DSWD ships food packs to Bicol after Kristine floods",
    """The Department of Social Welfare and Development said it had delivered [[more than 420,000
    family food packs|aid;a=The Department of Social Welfare and Development]] to Bicol and
    Calabarzon. [[Some 320,000 people|displaced;a=the NDRRMC]] were in [[about 2,400 evacuation
    centers|capacity;a=the NDRRMC]] on Sunday, the NDRRMC said, and the death toll from Severe
    Tropical Storm Kristine rose to [[126|killed;a=the NDRRMC]].""",
)

item(
    "Hong Kong raises Signal 8 as Yagi passes",
    """The Hong Kong Observatory raised the {{Signal 8}} gale warning at {{9:40 p.m.}} on
    {{September 6}} as Typhoon Yagi passed about {{400 km}} to the south with sustained winds
    near its centre of {{230 km/h}}. Schools closed and ferry services were suspended for
    {{about 12 hours}}.""",
)

item(
    "Bay of Bengal cyclones intensifying faster, study finds",
    """Cyclones in the Bay of Bengal now intensify {{about 50%}} faster than they did in the
    {{1980s}}, a study published on Monday found, as sea surface temperatures have risen by
    {{0.8C}} since {{1982}}. More storms now reach {{Category 4}} strength in {{under 24
    hours}}, the authors said.""",
)
