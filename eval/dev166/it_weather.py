"""Storms, heat, drought, a volcano and grid failures: customers and households without power
or water, crews, shelters and the dead, beside the blackouts of war (14 texts with figures,
1 without)."""

from _wrap import item

item(
    "Millions in Texas without power as winter storm cripples grid",
    """[[More than 4 million homes and businesses|civilians;u=structure;n=homes and
    businesses;a=PowerOutage.us]] in Texas were without power on Tuesday, according to
    PowerOutage.us, after a winter storm froze gas wells and knocked out about {{34,000
    megawatts}} of generation. The grid operator said [[about 185 power
    plants|other;u=structure;a=The grid operator]] had tripped offline at the height of the
    freeze. [[At least 21 people|killed]] have died in the cold across the southern states.
    [[About 7 million people|civilians;a=state officials]] were told to boil their tap water
    because treatment plants had lost power, state officials said. Harris County officials said
    [[more than 300 people|injured;a=Harris County officials]] had been treated for carbon
    monoxide poisoning after running generators or grills indoors. Houston opened [[35 warming
    centres|capacity]], but several lost power themselves.""",
)

item(
    "Beryl leaves Houston sweltering without power for days",
    """Hurricane Beryl knocked out power to [[about 2.2 million CenterPoint
    customers|civilians;v=2200000]] in the Houston area when it came ashore on Monday. [[At
    least eight people|killed]] died in Texas, [[two of them|killed;n=-]] when trees fell on
    their homes. CenterPoint said it had brought in [[12,000 workers|other;a=CenterPoint]] from
    other states to rebuild lines. By Thursday, [[about 1 million customers|civilians;a=the
    utility;alt=CenterPoint]] still had no power, the utility said, as heat index readings rose
    above {{100F}}. The Harris County medical examiner later linked [[at least 10
    deaths|killed;a=The Harris County medical examiner]] to heat after the storm. State
    lawmakers are investigating why the utility needed {{11 days}} to restore service to
    everyone.""",
)

item(
    "Storm Eowyn leaves hundreds of thousands without power in Ireland",
    """[[About 768,000 homes, farms and businesses|civilians;u=structure;n=homes, farms and
    businesses;a=the ESB]] lost power in the Republic of Ireland on Friday, the ESB said, after
    Storm Eowyn brought gusts of {{183 km/h}}. In Northern Ireland, NIE Networks said [[285,000
    customers|civilians;a=NIE Networks]] were affected. Uisce Eireann said [[about 170,000
    people|civilians;a=Uisce Eireann]] were without water because pumping stations had no
    power. A man was killed when a tree fell on his car in County Donegal. The ESB said [[more
    than 3,000 staff|other;a=The ESB]] and [[hundreds of contractors|other;a=The ESB]] were
    working on repairs, and that [[150 line workers|other;p;a=The ESB]] from France and Britain
    would arrive at the weekend.""",
)

item(
    "Spain and Portugal restore power after unprecedented blackout",
    """Spain's grid operator Red Electrica said {{99%}} of supply had been restored by {{7am}}
    on Tuesday, after about {{15 gigawatts}} of generation vanished from the grid in {{five
    seconds}} on Monday afternoon. Interior Minister Fernando Grande-Marlaska said [[35,000
    passengers|other;a=Interior Minister Fernando Grande-Marlaska]] had been rescued from
    [[more than 100 trains|other;u=other;a=Interior Minister Fernando Grande-Marlaska]] that
    stopped between stations. The government deployed [[30,000 police officers|combatants]] to
    direct traffic and guard key sites. [[Seven people|killed]] died in incidents linked to the
    blackout, including [[three members|killed]] of a family in Galicia who were poisoned by
    fumes from a generator. Firefighters in Madrid freed [[about 300 people|other;a=the city
    council]] trapped in lifts, the city council said. Portugal's grid operator said the cause
    had come from Spain.""",
)

item(
    "Karachi heatwave: Edhi receives hundreds of bodies as power cuts persist",
    """The Edhi Foundation said it had received [[568 bodies|killed;a=The Edhi Foundation]] in
    Karachi in {{four days}}, as temperatures above {{42C}} combined with load-shedding of {{up
    to 12 hours}} in some areas. Officials at Civil Hospital said [[about 2,000 heatstroke
    patients|injured;a=Officials at Civil Hospital]] had been brought in since Saturday, and at
    the peak the emergency ward was taking in [[between 300 and 400 patients a
    day|injured;a=Officials at Civil Hospital]]. Protesters attacked K-Electric offices in
    Lyari, and police arrested [[14 people|arrested]]. K-Electric said [[more than 70
    feeders|other;u=other;a=K-Electric]] had tripped because of the heat and theft, and that
    outages were confined to high-loss areas. The Sindh health department set up [[30
    heatstroke relief camps|capacity;a=The Sindh health department]] across the city, a
    spokesman said.""",
)

item(
    "Puerto Rico hit by island-wide blackout on New Year's Eve",
    """An island-wide blackout hit Puerto Rico on New Year's Eve, leaving [[nearly 1.3
    million|civilians;n=-;v=1300000;a=LUMA Energy]] of [[the island's 1.47 million
    customers|civilians;v=1470000;a=LUMA Energy]] without power, according to LUMA Energy. LUMA
    blamed the failure of an underground cable. The health department said [[12
    hospitals|other;a=The health department]] were running on generators. By Thursday
    afternoon, the company said, it had restored power to [[more than 1 million
    customers|civilians;a=the company;alt=LUMA Energy]]. The water utility said [[about 150,000
    customers|civilians;a=The water utility]] had lost service. Hurricane Maria in {{2017}}
    caused the longest blackout in US history, and [[an estimated 2,975 people|killed]] died in
    its aftermath.""",
)

item(
    "Libya: Derna dam collapse wiped out water network, officials say",
    """The collapse of [[two dams|housing;u=structure]] above Derna during Storm Daniel sent a
    wall of water through the city and destroyed its water and sewage networks. [[3,958
    people|killed;a=the World Health Organization]] were killed, according to the World Health
    Organization, and [[more than 9,000|missing;n=-;a=the World Health Organization]] remain
    missing. The International Organization for Migration said [[about 43,000
    people|displaced;a=The International Organization for Migration]] had been displaced in the
    northeast. UNICEF said [[about 300,000 children|civilians;a=UNICEF]] were at risk of
    waterborne disease. [[More than 2,200 buildings|housing]] were damaged or destroyed.
    Engineers had warned in {{2022}} that the dams, built in the {{1970s}}, needed urgent
    maintenance.""",
)

item(
    "Cyclone Remal cuts power to millions in Bangladesh",
    """Cyclone Remal cut power to [[nearly 30 million people|civilians;a=the state power
    company]] in Bangladesh, the state power company said on Monday. [[At least 16
    people|killed]] were killed in Bangladesh and India. Officials said [[about 800,000
    people|displaced;a=Officials]] had been evacuated to [[9,000 cyclone
    shelters|capacity;a=Officials]] before the storm made landfall. The Rural Electrification
    Board said [[about 30,000 electricity poles|other;u=other;a=The Rural Electrification
    Board]] had been damaged. Telecom regulator BTRC said [[nearly 10,000 mobile
    towers|other;u=other;a=Telecom regulator BTRC]] were out of service. Winds reached {{111
    km/h}}.""",
)

item(
    "Ida shuts Louisiana refineries, offshore output",
    """Hurricane Ida forced the shutdown of [[nine refineries|other;u=structure]] in Louisiana
    with combined capacity of {{2.3mn b/d}}. The Bureau of Safety and Environmental Enforcement
    said {{95.6pc}} of Gulf of Mexico oil output was shut in and that [[288
    platforms|other;u=other;a=The Bureau of Safety and Environmental Enforcement]] had been
    evacuated. Entergy said [[more than 1 million customers|civilians;a=Entergy]] in Louisiana
    lost power after all [[eight transmission lines|other;u=other;a=Entergy]] into New Orleans
    failed. [[About 25,000 utility workers|other]] from across the country were heading to the
    state. [[At least four people|killed]] died in Louisiana and Mississippi. Nymex gasoline
    futures rose {{2pc}}.""",
)

item(
    "Pakistan restores power after nationwide grid breakdown",
    """A nationwide power breakdown on Monday left [[about 220 million people|civilians]] in
    Pakistan without electricity for {{up to 24 hours}}. Energy Minister Khurram Dastgir said a
    frequency variation at {{7:34am}} had tripped generating units one after another.
    K-Electric said [[about 3 million customers|civilians;a=K-Electric]] in Karachi lost power.
    Power was restored to all [[1,112 grid stations|other;u=structure;a=the ministry]] by
    Tuesday morning, the ministry said. In Karachi, [[hundreds of thousands of
    residents|civilians;a=the water board]] were without water because pumping stations were
    idle, the water board said. Dastgir said [[five officials|other;a=Dastgir]] had been
    suspended pending an inquiry. [[At least two patients|killed;a=hospital officials]] on
    ventilators died in Peshawar when backup generators failed, hospital officials said. It was
    the {{second}} major breakdown in {{three months}}.""",
)

item(
    "National grid collapses again, plunging Nigeria into darkness",
    """Nigeria's national grid collapsed at about {{1:52 p.m.}} on Tuesday, the Transmission
    Company of Nigeria said, the {{12th}} collapse this year. Generation fell from about
    {{4,100MW}} to {{38MW}} within {{minutes}}, data from the Independent System Operator
    showed. Band A customers, who are meant to get {{at least 20 hours}} of supply a day, saw
    their tariffs raised by {{240%}} in {{April}}. Distribution companies said restoration to
    major cities began by {{6 p.m.}} The minister of power said in {{2024}} that the grid
    needed {{N15 trillion}} of investment.""",
)

item(
    "PG&E cuts power to 800,000 customers to prevent wildfires",
    """PG&E began cutting power to [[about 800,000 customers|civilians;a=the utility;alt=PG&E]]
    in northern and central California on Wednesday, the utility said, as dry winds raised the
    risk of its lines sparking fires. [[An estimated 2 million people|civilians]] live in the
    affected homes and businesses. The company said it could cut power to [[a further 500,000
    customers|civilians;p;a=The company;alt=PG&E]] if the winds persisted. PG&E equipment
    caused the {{2018}} Camp Fire, which killed [[85 people|killed]]. The utility deployed
    [[about 6,300 field workers|other]] and [[44 helicopters|other]] to inspect lines before
    restoring power.""",
)

item(
    "Tonga cut off after volcanic eruption severs undersea cable",
    """The eruption of the Hunga Tonga-Hunga Ha'apai volcano severed Tonga's only international
    undersea cable, cutting off [[about 105,000 people|civilians]] from the rest of the world.
    Tonga Cable Ltd said the break was about {{37 km}} offshore and that repairs would take
    {{about four weeks}}. [[Three people|killed;a=the government]] were killed, the government
    said. Digicel set up [[two satellite dishes|other;u=other;a=the company;alt=Digicel]] to
    restore limited calls, the company said. The Red Cross said [[about 84,000
    people|civilians;a=The Red Cross]] had been affected by ash and waves, and [[about 60
    homes|housing;a=The Red Cross]] on the outer islands had been destroyed. New Zealand sent
    [[two navy ships|other]] carrying {{250,000 litres}} of water.""",
)

item(
    "Ecuador extends daily blackouts to 14 hours as drought drains dams",
    """Ecuador will cut power for {{up to 14 hours a day}} from Monday, Energy Minister Ines
    Manzano said, as a drought left the Mazar reservoir near its lowest level and the country
    faced a deficit of about {{1,500 megawatts}}. The cuts affect [[nearly 18 million
    people|civilians]]. The government has rented [[three power barges|other;u=other]] from a
    Turkish company. Quito's chamber of commerce estimated losses of {{$12 million}} per hour
    of blackout, and small businesses said they had laid off [[more than 1,400
    workers|other;a=small businesses]]. The health ministry said [[120 hospitals|aid;a=The
    health ministry]] had received backup generators. Police in Guayaquil said they were
    detaining [[between 20 and 30 people|arrested;a=Police in Guayaquil]] a night for looting
    in darkened neighbourhoods.""",
)

item(
    "Storm Arwen: thousands of homes still without power after a week",
    """[[About 9,000 homes|civilians;a=the Energy Networks Association]] in north-east England
    and Scotland were still without power on Friday, a week after Storm Arwen brought down
    lines, the Energy Networks Association said. At its peak the storm cut supply to [[more
    than 1 million homes|civilians]]. Scottish and Southern Electricity Networks said [[2,000
    to 3,000 households|civilians;p;a=Scottish and Southern Electricity Networks]] in rural
    Aberdeenshire could stay cut off until Sunday. [[Three people|killed]] were killed by
    falling trees on the night of the storm. The army sent [[297 soldiers|combatants]] to knock
    on doors and check on elderly residents, and [[more than 1,000 engineers|other;a=Northern
    Powergrid]] were working on the network, according to Northern Powergrid. Customers without
    power for more than {{48 hours}} are entitled to compensation of up to {{£700}}.""",
)
