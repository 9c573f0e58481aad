"""dev216 items: the Darien Gap, Mexico and the US-Mexico border, Venezuelans on foot through
Colombia and into Chile, Central American caravans (17 texts, 2 of them without a figure)."""

from _wrap import item

item(
    "Darien crossings pass half a million as Panama's reception stations overflow",
    """PANAMA CITY, {{Dec 30}} (Reuters) - [[More than 520,000 people|displaced;a=Panama's
    National Migration Service]] crossed the Darien jungle from Colombia in {{2023}}, Panama's
    National Migration Service said on Saturday, close to double the previous year's record.
    Venezuelans made up roughly {{three in five}} of the walkers, followed by Ecuadorians,
    Haitians and Chinese nationals. The service counted [[some 113,000 children and
    adolescents|displaced;a=The service;alt=Panama's National Migration Service;n=children and
    adolescents]] among them, [[more than 4,000|displaced;a=The service;alt=Panama's National
    Migration Service]] of them travelling without a parent or guardian. At the Lajas Blancas
    station, which was built for [[500 people|capacity]], [[about 2,300 migrants|displaced;a=a
    station worker]] slept under tarpaulins on Friday night, a station worker said. In the
    Emberá village of Bajo Chiquito, health workers said they had treated [[dozens of
    people|injured;a=health workers]] for cuts, sprains and broken bones in the week before
    Christmas. Panama has kept [[about 1,200 border police|combatants]] along the frontier
    since the spring. The crossing takes {{three to five days}} on foot over some {{100
    kilometres}} of forest, mud and river.""",
)

item(
    "MSF says attacks on Darien walkers rose sharply in first quarter",
    """Doctors Without Borders (MSF) said on Tuesday its teams at the reception stations of
    Bajo Chiquito and Lajas Blancas had treated [[233 survivors|injured;a=Doctors Without
    Borders (MSF)]] of sexual violence between January and March, against
    [[676|injured;a=Doctors Without Borders (MSF)]] in the whole of {{2023}}. Most said they
    had been assaulted by armed men on the Panamanian side of the jungle. In one incident in
    late February, [[about 80 people|other;a=an MSF coordinator]] were stripped and robbed at
    gunpoint near the Tuquesa river, an MSF coordinator said. Panama's ombudsman said [[at
    least 17 bodies|killed;a=Panama's ombudsman]] had been recovered from rivers on the route
    since January and that [[dozens more people|missing;a=Panama's ombudsman]] were believed
    missing. Bajo Chiquito, home to [[roughly 300 Emberá residents|civilians]], receives
    several times its own population in migrants on a busy day. Temperatures under the canopy
    routinely pass {{35C}}, and the rains that begin in {{May}} make the rivers far more
    dangerous.""",
)

item(
    "US-Mexico border was world's deadliest land route in 2022, IOM says",
    """GENEVA - The International Organization for Migration (IOM) said on Tuesday that [[686
    migrants|killed;a=The International Organization for Migration (IOM)]] died or went missing
    on the US-Mexico border in {{2022}}, making it the deadliest land migration route the
    agency has ever documented. [[At least 307|killed;a=the agency;alt=The International
    Organization for Migration (IOM)]] of those deaths were recorded in the deserts of Sonora,
    Arizona and New Mexico, the agency said, most from heat and dehydration. The Pima County
    medical examiner in Tucson said its office had examined the remains of [[171
    people|killed;a=The Pima County medical examiner]] found in the desert during the year. The
    Colibrí Center for Human Rights said it held open reports on [[more than 3,500
    people|missing;a=The Colibrí Center for Human Rights]] who disappeared while crossing. US
    Border Patrol said its agents carried out [[more than 22,000 rescues|other;u=other;a=US
    Border Patrol]] in the {{2022}} fiscal year, many of them in summer, when temperatures in
    the Sonoran Desert exceed {{45C}}. The IOM's figures are likely to be an undercount, the
    agency said, because many bodies are never found.""",
)

item(
    "Death toll in San Antonio trailer rises to 53; four charged",
    """SAN ANTONIO, Texas - The number of migrants who died after being abandoned in a
    sweltering tractor-trailer on the outskirts of San Antonio rose to [[53|killed;a=the Bexar
    County medical examiner]] on Wednesday, the Bexar County medical examiner said.
    [[Forty-eight|killed]] were found dead at the scene on Monday evening and [[five|killed]]
    more died in hospital. Officials said [[16 people|injured;a=Officials]], including [[four
    children|injured;a=Officials]], had been taken to hospitals with heat stroke and
    exhaustion. The trailer had no working air conditioning and no water, and the temperature
    that afternoon reached {{39.4C}} ({{103F}}). Mexico's foreign ministry said
    [[27|killed;a=Mexico's foreign ministry]] of the dead were Mexican citizens; the others
    came from Guatemala and Honduras. Federal prosecutors have charged [[four men|arrested]],
    including the driver, who was found hiding in brush nearby. Investigators believe the truck
    passed through a Border Patrol checkpoint on {{Interstate 35}} near Laredo. Survivors told
    relatives they had paid smugglers between {{$12,000}} and {{$15,000}} each for the trip.""",
)

item(
    "Border Patrol logs record day as crossings surge near Eagle Pass",
    """US Border Patrol agents apprehended [[more than 12,000 migrants|arrested;a=officials]]
    along the southern border on Monday alone, according to officials familiar with the
    figures, a record for a single day. In the Del Rio sector, which includes Eagle Pass,
    agents took [[about 4,000 people|arrested]] into custody. Customs and Border Protection
    (CBP) later recorded [[nearly 250,000 encounters|displaced;u=other;a=Customs and Border
    Protection (CBP)]] at the southwest border in {{December}}, the highest monthly total on
    record. Eagle Pass, a city of [[about 28,000 people|civilians]], has declared a disaster
    emergency. Texas has sent [[more than 10,000 National Guard troops|combatants;a=Governor
    Greg Abbott's office]] and state police to the border under Operation Lone Star since
    {{2021}}, Governor Greg Abbott's office said. The town's only migrant shelter, run by a
    church group, has room for [[about 250 people|capacity;a=Valeria Wheeler]] and is putting
    new arrivals on buses to San Antonio, said Valeria Wheeler, the pastor who runs it.
    Migrants wade the Rio Grande in water that in {{December}} is barely above {{10C}}.""",
)

item(
    "Fire at Ciudad Juárez migrant detention centre kills 40",
    """[[Forty men|killed;a=Mexican officials]] died and [[27|injured;a=Mexican officials]]
    were injured when a fire swept through a cell at a National Migration Institute (INM)
    detention centre in Ciudad Juárez late on Monday, Mexican officials said. The facility was
    holding [[68 adult men|arrested;a=the INM]] from Guatemala, Honduras, Venezuela, El
    Salvador, Colombia and Ecuador, the INM said. Security camera footage published by local
    media showed guards walking away as smoke filled the cell. Prosecutors said [[five
    people|arrested;a=Prosecutors]] had been arrested, including [[two INM
    officers|arrested;a=Prosecutors]] and a private security guard. Many of the men had been
    picked up in street sweeps that morning, advocates said. Ciudad Juárez lies across the Rio
    Grande from El Paso, where [[about 1,500 migrants a day|displaced;a=CBP]] were crossing
    that month, according to CBP.""",
)

item(
    "On foot from Cúcuta: Venezuelan walkers strain Colombia's shelters",
    """CÚCUTA, Colombia - Colombian migration officials say [[about 5,000 people a
    day|displaced;a=Colombian migration officials]] now cross from Venezuela intending to stay
    or to move on to Ecuador and Peru. Many cannot afford a bus and walk. The road to Bogotá
    runs {{560 kilometres}} and climbs over the Páramo de Berlín at {{3,200 metres}}, where
    night temperatures drop close to {{0C}}. The Colombian Red Cross said its volunteers had
    treated [[more than 1,100 walkers|injured;a=The Colombian Red Cross]] for hypothermia and
    blistered feet on the páramo in {{October}}. A shelter run by the Catholic diocese in
    Pamplona serves [[600 hot meals a day|aid;a=Father Ramiro Díaz]] but has beds for only [[60
    people|capacity;a=Father Ramiro Díaz]], its coordinator, Father Ramiro Díaz, said.
    Colombia's migration agency says [[more than 1.2 million Venezuelans|displaced;a=Colombia's
    migration agency]] now live in the country. [[Dozens of families|displaced]] sleep each
    night in a park near Cúcuta's bus terminal.""",
)

item(
    "Venezuelans head home through closed border as pandemic bites",
    """[[More than 80,000 Venezuelans|returned;a=Migración Colombia]] have gone back to their
    country from Colombia since mid-March, Migración Colombia said on Thursday, as lockdowns
    wiped out the informal jobs most of them depended on. Venezuela lets [[no more than 300
    returnees a day|returned]] through the Simón Bolívar bridge, and requires them to spend
    {{14 days}} in quarantine centres near the border. As a result, [[some 1,500
    people|displaced;a=local officials]] were waiting on Thursday in tents and buses near the
    bridge in Villa del Rosario, local officials said. The UN refugee agency said it had
    distributed [[4,000 hygiene kits|aid;a=The UN refugee agency]] and [[2,500 food
    parcels|aid;a=The UN refugee agency]] to people on the road. Colombia still hosts [[about
    1.8 million Venezuelans|displaced]]. Migration officials expect [[up to 100,000 more
    people|returned;p;a=Migration officials]] to try to go home in the coming months if the
    economy does not reopen.""",
)

item(
    "Thousands set off from Tapachula in new caravan as asylum backlog grows",
    """TAPACHULA, Mexico - [[Several thousand migrants|displaced]], most of them from Central
    America, Haiti and Venezuela, left this city near the Guatemalan border on foot early on
    Saturday, saying they could no longer wait for their papers. Organisers put the number at
    [[about 4,000|displaced;a=Organisers]], while Mexico's National Migration Institute said
    [[some 1,200|displaced;a=Mexico's National Migration Institute]] had set out. The refugee
    commission, COMAR, said it had received asylum requests from [[more than 77,000
    people|displaced;a=COMAR]] this year, most of them in Tapachula. Several hours later
    [[about 500 National Guard troops|combatants]] and migration agents blocked the highway
    near Huixtla. Rights groups said [[at least 12 migrants|injured;a=Rights groups]] were hurt
    when agents charged the front of the column. Officials said [[about 300
    people|arrested;a=Officials]] were detained and taken to the Siglo XXI detention centre,
    the largest in Latin America.""",
)

item(
    "Shelters in Ciudad Juárez and Matamoros fill as Title 42 ends",
    """The US government expects [[as many as 13,000 migrants a day|displaced;p;a=The US
    government]] to try to cross the southern border once the pandemic rule known as {{Title
    42}} lapses at midnight on Thursday. Homeland Security Secretary Alejandro Mayorkas said
    the department had [[24,000 Border Patrol agents|combatants;a=Homeland Security Secretary
    Alejandro Mayorkas]] on the border, and the Pentagon has sent [[1,500 troops|combatants]]
    to help with paperwork and logistics. In Ciudad Juárez, the city's [[30
    shelters|capacity;a=municipal officials]] held [[about 3,000 people|displaced;a=municipal
    officials]] on Wednesday, municipal officials said, and many more slept on the streets. In
    Matamoros, [[hundreds of migrants|displaced]] camped along the riverbank across from
    Brownsville. US authorities carried out [[more than 2.8 million
    expulsions|returned;u=other;a=CBP data]] under the rule since {{March 2020}}, CBP data
    show.""",
)

item(
    "Mexican forces free 31 migrants kidnapped from bus in Tamaulipas",
    """Mexican security forces rescued [[31 migrants|kidnapped;a=the Tamaulipas state
    government]] who had been abducted from a bus near the border city of Reynosa, the
    Tamaulipas state government said on Sunday. The group included [[five children|kidnapped]].
    Gunmen had stopped the bus on the Monterrey highway on {{Dec 30}} and forced the passengers
    into other vehicles. Tamaulipas prosecutors said [[three suspects|arrested;a=Tamaulipas
    prosecutors]] had been detained, while [[the two drivers|missing]] of the bus have not been
    found. Kidnapping of migrants is routine in the state: Human Rights First said it had
    tracked [[more than 1,300 kidnappings|kidnapped;u=other;a=Human Rights First]] and other
    attacks on people sent back to Mexico to wait for US asylum hearings since {{2019}}.
    Families are typically asked for ransoms of {{$3,000}} to {{$8,000}}. [[About 2,000
    migrants|displaced;a=pastor Héctor Silva]] are living in the Senda de Vida shelter in
    Reynosa and the tent camp around it, according to pastor Héctor Silva.""",
)

item(
    "Darien crossings collapse as migrants turn south",
    """Only [[2,300 people|displaced;a=Panama's migration service]] crossed the Darien jungle
    northward between January and May, Panama's migration service said, down from [[more than
    150,000|displaced;a=Panama's migration service]] in the same months of {{2024}}. Meanwhile
    [[more than 14,000 migrants|returned;a=officials]] have turned back south since January,
    most of them Venezuelans giving up on reaching the United States and heading home,
    officials said. The Lajas Blancas station, which at its peak held [[up to 3,000
    people|displaced]], now houses [[fewer than 50|displaced]]. Panama has deported [[about
    2,000 people|returned]] on US-funded flights since {{August 2024}}. Heavy rain last month
    damaged [[14 buildings|housing]] at the San Vicente station. The SENAFRONT border service
    has moved [[some 400 agents|combatants;a=Jorge Gobea]] from the jungle to the Caribbean
    coast, where the reverse flow boards small boats for Colombia, said Jorge Gobea, the
    service's director. The boat trip from Miramar to Necoclí costs about {{$260}} and takes
    most of a day.""",
)

item(
    "Price of a guided Darien crossing climbs as the Clan del Golfo tightens its grip",
    """NECOCLÍ, Colombia - A place on a boat from Necoclí to Acandí and a guide through the
    jungle now cost about {{$350}}, up from {{$170}} in {{2021}}, according to migrants and
    local boat operators. A faster "VIP" route by sea to Carreto, which cuts the walk to {{two
    days}}, can cost {{$1,000}} or more. The Clan del Golfo, which controls the trade on the
    Colombian side, earned more than {{$57 million}} from it in {{2023}}, a Bogotá think tank
    estimated. The walk itself covers some {{97 kilometres}}, with river crossings that can
    rise by {{1.5 metres}} in an afternoon storm. Hotel prices in Necoclí have risen by {{40%}}
    since the route boomed in {{2021}}, and a tent on the beach rents for {{20,000 pesos}} a
    night.""",
)

item(
    "Appeals court lets Texas keep Rio Grande buoys for now",
    """A federal appeals court on Tuesday allowed Texas to keep a {{1,000-foot}} string of
    buoys in the Rio Grande near Eagle Pass while the state appeals a lower court's order to
    remove them. The {{5th Circuit}} panel split {{2-1}}. The Justice Department argues the
    barrier violates the {{1899}} Rivers and Harbors Act. Texas installed the orange buoys,
    each about {{4 feet}} wide, in {{July 2023}} at a cost of about {{$1 million}}. Mexico says
    parts of the barrier sit on its side of the river. Arguments are scheduled for {{January
    2024}}.""",
)

item(
    "Chile sends troops to northern border after influx through Colchane",
    """Chile's government said on Friday it would deploy [[more than 600
    soldiers|combatants;p;a=Chile's government]] to the border with Bolivia after a surge of
    crossings at Colchane, on the Altiplano. [[At least 1,800 migrants|displaced;a=Mayor Javier
    García]], most of them Venezuelans, crossed into Colchane, a village of [[about 1,700
    residents|civilians;a=Mayor Javier García]], in the {{first ten days}} of February, Mayor
    Javier García said. He said [[two migrants|killed;a=Mayor Javier García]] had died of
    hypothermia and altitude sickness on the route, which crosses the plateau at {{3,700
    metres}}. The Interior Ministry said [[138 people|returned;p;a=The Interior Ministry]]
    would be expelled on a military flight to Caracas next week. UNHCR and IOM said they had
    set up a temporary shelter for [[300 people|capacity;a=UNHCR and IOM]] in the town of
    Huara. [[Dozens|displaced]] were still sleeping in Colchane's square on Friday, and police
    detained [[nine suspected smugglers|arrested]].""",
)

item(
    "Guatemalan forces break up Honduran caravan at Vado Hondo",
    """Guatemalan police and soldiers used batons and tear gas on Sunday to break up a caravan
    of [[some 7,000 Hondurans|displaced;a=Guatemala's migration institute]] on a highway near
    Vado Hondo, according to Guatemala's migration institute. Guatemala had deployed [[about
    2,000 police and soldiers|combatants;n=police and soldiers]] to the east of the country
    before the caravan set out from San Pedro Sula on {{Jan 15}}. The institute said [[more
    than 1,500 people|returned;a=The institute;alt=Guatemala's migration institute]] had been
    sent back to Honduras by bus. Health officials said [[at least 40 people|injured;a=Health
    officials]] were treated for injuries, among them [[between 10 and 15
    children|injured;a=Health officials]] affected by tear gas. [[Hundreds|displaced]] were
    still camped on the verge of the highway on Monday night.""",
)

item(
    "Mexico takes in deportees at Ciudad Juárez as US removals climb",
    """Mexico has received [[more than 24,000 people|returned;a=President Claudia Sheinbaum]]
    deported from the United States since {{Jan 20}}, President Claudia Sheinbaum said on
    Monday, [[about 2,500|returned;a=President Claudia Sheinbaum]] of them citizens of other
    countries. The government has put up [[nine large shelters|capacity;a=officials]] in border
    cities under its "México te abraza" programme, each with room for [[up to 2,500
    people|capacity;a=officials]], officials said. The shelter in Ciudad Juárez, in a former
    warehouse, was housing [[fewer than 100 people|displaced]] on Monday. Washington has sent
    [[1,500 more troops|combatants]] to the border, and Mexico has deployed [[10,000 National
    Guard members|combatants]] to its northern states. US Border Patrol said it had made
    [[about 8,300 apprehensions|arrested;u=other;a=US Border Patrol]] in {{March}}, the lowest
    monthly total in decades.""",
)
