"""Disasters and climate: cyclones, typhoons, floods, an earthquake, a hurricane and a wildfire,
with their evacuations, shelters and relief (8 articles with figures, 1 without)."""

from _wrap import item

item(
    "Mocha: 6.2 lakh people moved to shelters",
    """Authorities evacuated [[around 6.2 lakh people|displaced;v=620000;a=Enamur Rahman]] from
    low-lying coastal areas of Cox's Bazar and Chattogram to
    [[more than 3,000 cyclone shelters|capacity;a=Enamur Rahman]] by last night as Cyclone
    Mocha approached, Enamur Rahman, state minister for disaster management and relief, told
    reporters at the secretariat. The Met office hoisted great danger {{signal 10}} for Cox's
    Bazar, with winds of up to {{195 km/h}} expected when the storm makes landfall this
    afternoon. [[About 8,600 volunteers|other;a=the minister;alt=Enamur Rahman]] of the
    Cyclone Preparedness Programme went door to door with megaphones, the minister said. On
    St Martin's Island, [[around 1,000 people|displaced]] took shelter in
    [[37 hotels and resorts|capacity;n=hotels and resorts;u=structure]]. The district
    administration said it had stocked [[550 tonnes|aid;a=The district administration]] of
    rice and [[4,000 packets|aid;a=The district administration]] of dry food, along with
    {{Tk 20 lakh}} in cash. In the Rohingya camps, where [[nearly a million
    people|displaced;v=1000000;q=approx]] live in bamboo and tarpaulin shelters, authorities moved
    [[about 4,500 Rohingyas|displaced]] living on landslide-prone slopes to schools and
    learning centres. Fishing trawlers were ordered back to port {{two days}} ago, and all
    flights to Cox's Bazar are suspended until tomorrow noon.""",
)

item(
    "Philippines evacuates 650,000 as Super Typhoon Man-yi nears",
    """[[More than 650,000 people|displaced;a=the National Disaster Risk Reduction and Management
    Council]] had fled to evacuation centres or relatives' homes by Saturday evening as Super
    Typhoon Man-yi bore down on the eastern Philippines, the National Disaster Risk Reduction
    and Management Council said. Man-yi, the {{sixth}} major storm to hit the country in
    {{less than a month}}, was packing sustained winds of {{195 km/h}} and gusts of up to
    {{240 km/h}}. In Catanduanes, the island province expected to take the brunt,
    [[about 58,000 residents|displaced;a=Joseph Cua]] were in
    [[580 evacuation centres|capacity;a=Joseph Cua]], the provincial governor, Joseph Cua,
    said, more than {{a fifth}} of the population. The coast guard said
    [[more than 7,000 passengers|displaced;a=The coast guard]] were stranded at ports after
    sea travel was suspended. The social welfare department said it had prepositioned
    [[1.6 million family food packs|aid;v=1600000;a=The social welfare department]] across
    the regions in the storm's path, and the military put
    [[2,000 soldiers|combatants]] on standby for rescue work. Airlines cancelled
    [[more than 90 domestic flights|other]]. Storms in the past {{four weeks}} have killed
    [[more than 160 people|killed]], most of them in landslides in Batangas and Camarines Sur.
    "We don't wait for the water to reach the roof any more," said Maria Tablizo, {{52}}, at
    a school in Virac.""",
)

item(
    "Sindh's flood camps overflow as waters refuse to recede",
    """[[More than 6.5 million people|displaced;v=6500000;a=provincial officials]] have been
    forced from their homes by the floods in Sindh, provincial officials say, and
    [[about 2.4 million|displaced;v=2400000;a=provincial officials]] of them are living in
    [[more than 7,000 relief camps|capacity;a=provincial officials]] set up in schools,
    government buildings and on embankments. Many more are camped along raised roads with
    their livestock, weeks after the rains stopped. The National Disaster Management
    Authority (NDMA) said on Monday that [[1,545 people|killed;a=The National Disaster
    Management Authority (NDMA)]] had died since {{mid-June}}, including
    [[552 children|killed;a=The National Disaster Management Authority (NDMA)]]. The
    authority said it had distributed [[more than 300,000 tents|aid;a=The authority;alt=The
    National Disaster Management Authority (NDMA)]] and [[470,000 food packs|aid;a=The
    authority;alt=The National Disaster Management Authority (NDMA)]] nationwide. Murad Ali
    Shah, Sindh's chief minister, said the province alone still needed
    [[1 million tents|aid;p;v=1000000;a=Murad Ali Shah]]. The UN Population Fund estimates
    that [[650,000 pregnant women|civilians;a=The UN Population Fund]] are in the
    flood-affected areas, and that [[73,000 of them|civilians;n=-;a=The UN Population Fund]] are
    due to give birth next month. In Dadu
    district, the Indus rose {{1.5 metres}} overnight on Sunday, and officials were building
    earth barriers around the city. "We have been on this road for {{40 days}}," said
    Rasool Bux, a farmer from Johi, pointing to the water that covers his village.""",
)

item(
    "Derna: tens of thousands displaced as search for missing goes on",
    """[[More than 43,000 people|displaced;a=the International Organization for Migration]] have
    been displaced in north-eastern Libya by the floods that swept through Derna on
    {{10 September}}, the International Organization for Migration said on Tuesday. A lack of
    clean water was driving many of them out of the city, the agency said, towards Benghazi,
    Tobruk and the towns of the Green Mountain. Derna, a port city of
    [[about 100,000 people|civilians]], was split in two when the dams above it burst
    after Storm Daniel dropped more than {{400 millimetres}} of rain in {{24 hours}}. The World
    Health Organization said it had confirmed [[3,958 deaths|killed;u=person;a=The World Health
    Organization]], while [[more than 9,000 people|missing;a=The World Health Organization]]
    were still missing. The UN has appealed for {{$71.4 million}} to help
    [[250,000 people|aid;p;a=The UN]] in the most urgent need over the next {{three months}}.
    The World Food Programme said it had delivered food to
    [[more than 5,000 families|aid;a=The World Food Programme]] in Derna and nearby villages.
    The UN Population Fund said it had sent [[12,000 dignity kits|aid;a=The UN Population
    Fund]] for women and girls. WHO said it had flown in [[29 tonnes|aid;a=WHO]] of medical
    supplies and body bags, and warned that unsafe water could spread disease among the
    displaced. "Entire neighbourhoods are gone," said Tamer Ramadan of the Red Cross.""",
)

item(
    "Quake survivors move from tents to container cities",
    """[[More than 1.9 million people|displaced;v=1900000;a=the Disaster and Emergency Management
    Authority (AFAD)]] are staying in tents, container homes, guesthouses and student
    dormitories in the region hit by the {{6 February}} earthquakes, the Disaster and
    Emergency Management Authority (AFAD) said on Tuesday. [[Around 2.4 million survivors|displaced;v=2400000;a=AFAD]]
    have left the earthquake zone altogether for other provinces, AFAD said, many of them
    staying with relatives or in state guesthouses. The authority said
    [[about 410 tent cities|capacity;u=structure;a=The authority;alt=the Disaster and
    Emergency Management Authority (AFAD)]] had been set up, and that work had begun on
    [[162 container cities|capacity;u=structure;a=The authority;alt=the Disaster and Emergency
    Management Authority (AFAD)]], which will hold [[more than 100,000 containers|capacity;p;a=The
    authority;alt=the Disaster and Emergency Management Authority (AFAD)]]
    when finished. The Turkish Red Crescent has served [[3.5 million hot meals|aid;v=3500000;a=The Turkish Red Crescent]]
    since the disaster, it said on its website. Süleyman Soylu, the interior minister, said
    the death toll in Türkiye had risen to [[48,448|killed;a=Süleyman Soylu]]. President Recep
    Tayyip Erdogan has pledged to build [[319,000 homes|housing;p;a=Recep Tayyip
    Erdogan]] within {{a year}}, a timetable engineers call unrealistic. In Antakya, where
    {{80 percent}} of buildings were damaged, the first container city opened on the
    {{22nd}} day after the quake. "It is warm and it has a door that locks," said Ayse
    Demir, {{66}}, who spent {{three weeks}} in a tent with her son's family.""",
)

item(
    "Floods: 293,000 displaced as government orders riverbank residents out",
    """Floods have displaced [[more than 293,000 people|displaced;a=Kithure Kindiki]] across the
    country since March, Interior Cabinet Secretary Kithure Kindiki said yesterday, as the
    government ordered everyone living within {{30 metres}} of rivers in Nairobi to leave
    within {{48 hours}}. Prof Kindiki said [[228 people|killed;a=Kithure Kindiki;alt=Prof Kindiki]]
    had died, among them [[at least 61|killed;a=Kithure Kindiki;alt=Prof Kindiki]] killed when a
    flash flood swept through Kamuchiri village in Mai Mahiu last week, and that
    [[72 others|missing;a=Kithure Kindiki;alt=Prof Kindiki]] were still missing. In Mathare and Mukuru,
    bulldozers had demolished [[about 5,000 houses|housing;a=residents' associations]] along the Nairobi and Mathare
    rivers by Monday evening, residents' associations said. Each affected household is to
    receive {{Sh10,000}} to help it move. The Kenya Red Cross said it was running
    [[115 evacuation camps|capacity;a=The Kenya Red Cross]] housing
    [[about 55,000 people|displaced;a=The Kenya Red Cross]], while
    [[62 schools|capacity;a=The Kenya Red Cross]] were hosting displaced families, forcing
    the Ministry of Education to postpone the opening of the {{second}} term by {{a week}}.
    Members of the public can report people trapped by floods on the Red Cross toll-free
    line, {{1199}}. The Kenya Meteorological Department has forecast more heavy rain in the
    Central Highlands and Nairobi until the end of the month.""",
)

item(
    "Florida empties coast as Milton takes aim at Tampa Bay",
    """[[About 5.9 million people|displaced;p;v=5900000]] in Florida were under orders to
    evacuate on Wednesday as Hurricane Milton churned toward the Tampa Bay area with winds of
    {{155 mph}}, threatening a storm surge of up to {{15 feet}}. Traffic crawled north on
    {{Interstate 75}} and east on {{Interstate 4}}, and gas stations from Sarasota to Ocala ran
    dry. [[More than 50,000 people|displaced;a=the state's emergency management division]]
    were in [[about 150 shelters|capacity;a=the state's emergency management division]] by
    midafternoon, the state's emergency management division said. Hospitals and nursing
    homes moved [[about 1,300 patients|displaced]] inland. Governor Ron DeSantis said
    [[9,000 National Guard troops|combatants;a=Ron DeSantis]] had been activated and
    [[50,000 utility workers|other;a=Ron DeSantis]] from across the country were waiting to
    restore power. Airlines canceled [[more than 1,900 flights|other;a=FlightAware]] in and out
    of Florida, according to FlightAware. The storm arrived {{two weeks}} after Hurricane
    Helene killed [[more than 230 people|killed]] in the Southeast, and many of Milton's
    evacuees were leaving homes still piled with debris from it. "We did this {{13 days}} ago.
    We're doing it again," said Linda Carr, {{71}}, at a shelter in a Hillsborough County
    high school. Residents can find open shelters by calling {{211}}.""",
)

item(
    "Rhodes fire forces largest evacuation in Greece's history",
    """[[About 19,000 people|displaced;a=the fire service]], most of them tourists, were evacuated
    from villages and hotels in the south of Rhodes on Saturday and Sunday as a wildfire
    that started {{six days}} ago spread towards the coast, the fire service said. Officials
    described it as the largest evacuation ever carried out in Greece because of a fire.
    [[About 3,000|displaced;a=the coast guard]] were taken off the beaches at Kiotari and
    Lardos by sea, the coast guard said, using [[three patrol vessels|aid;u=other;a=the coast
    guard]] and [[dozens of private boats and yachts|aid;n=boats and yachts;u=other;a=the coast
    guard]] that answered a call for help. Residents
    received evacuation orders on their phones via the European emergency number,
    {{112}}. On Sunday night [[about 2,000|displaced]] slept at the Venetokleio school and
    in the indoor stadium in Rhodes town, where volunteers handed out water, sandwiches and
    mattresses. Vassilis Kikilias, the civil protection minister, said
    [[266 firefighters|other;a=Vassilis Kikilias]] were battling the blaze, backed by
    [[five water-dropping aircraft|other;a=Vassilis Kikilias]] and teams from Slovakia and
    Turkey. Hoteliers said [[some 30 hotels|housing;u=structure;a=Hoteliers]] had been damaged.
    Temperatures on the island have topped {{40C}} for more than {{a week}}. In the village of
    Gennadi, [[about 700 residents|returned]] who had left on Saturday were allowed back on
    Monday morning, but their road was still closed to traffic at {{8pm}}.""",
)

item(
    "Jamaica braces for Category 5 Melissa, urges coastal residents to move",
    """Hurricane Melissa strengthened into a {{Category 5}} storm on Monday with maximum
    sustained winds of {{280 km/h}}, and forecasters said it would make landfall on Jamaica's
    south coast late on Tuesday, moving at only {{5 km/h}}. The slow pace means rainfall of
    up to {{76 centimetres}} in places, the US National Hurricane Center said in its
    {{5pm}} advisory, warning of catastrophic flash flooding and landslides. The government
    ordered the evacuation of low-lying communities in Kingston, Portland and St Elizabeth
    and opened shelters across the island, Prime Minister Andrew Holness said, urging
    residents not to wait until the rain began. The storm was centred about
    {{200 kilometres}} south-southwest of Kingston at midday. Both international airports
    closed on Sunday and will stay shut for at least {{48 hours}}. The Office of Disaster
    Preparedness and Emergency Management said people needing transport to a shelter should
    call {{888-991-4262}}, and that shelter locations would be announced on radio every
    {{30 minutes}}. Insurers estimate that a direct hit could cause losses of more than
    {{$7 billion}}, about {{40 percent}} of the country's economic output. It would be the
    strongest storm to hit Jamaica since records began in {{1851}}.""",
)
