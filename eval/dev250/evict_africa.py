"""Forced evictions and demolitions in Africa, 2014-2026: Lagos waterfronts, Addis Ababa's
corridor project, Nairobi's riverbanks, Harare, Accra, the Mau and Khartoum."""

from _wrap import item

item(
    "Lagos clears Otodo-Gbame waterfront despite court order",
    """Armed police and Lagos State task force officials on {{9 April 2017}} tore down what was
    left of Otodo-Gbame, a fishing settlement on the Lagos Lagoon, in defiance of a High Court
    injunction. The Nigerian Slum and Informal Settlement Federation said [[at least 4,700
    residents|displaced;a=The Nigerian Slum and Informal Settlement Federation]] were driven out
    on Sunday, after [[some 30,000|displaced;a=The Nigerian Slum and Informal Settlement
    Federation]] had been forced from the community in {{November 2016}}. Witnesses said officers
    fired tear gas and live rounds as families fled by canoe; [[two men|killed;a=Witnesses]] were
    shot dead and [[at least one child|missing;a=Witnesses]] has not been seen since. A Lagos
    police spokesman said [[29 people|arrested;a=A Lagos police spokesman]] were detained for
    obstructing officers and that [[11 policemen|injured;a=A Lagos police spokesman]] were hurt
    by stones. [[About 200 officers|combatants]] took part in the operation, which began before
    dawn. The state government has said the land, about {{40 hectares}} of reclaimed shoreline,
    is needed for security reasons.""",
)

item(
    "Navy eviction empties Tarkwa Bay beach communities",
    """Nigerian Navy personnel forced residents out of Tarkwa Bay and neighbouring beach
    communities in Lagos on {{21 January 2020}}, giving them hours to leave. Justice &
    Empowerment Initiatives, a legal aid group that works with the residents, estimated that
    [[more than 4,500 people|displaced;a=Justice & Empowerment Initiatives]] lost their homes in
    Tarkwa Bay alone and that [[over 50,000|displaced;a=Justice & Empowerment Initiatives]] had
    been evicted from [[16 waterfront communities|other;u=other]] since late December. The navy
    said the clearance was aimed at pipeline vandals and illegal refineries. [[Dozens of
    families|displaced]] slept in a church hall on Lagos Island on Tuesday night, and the
    church's pastor said [[around 700 people|aid;a=the church's pastor]] had been given food and
    water there. The Lagos State Emergency Management Agency said it had registered [[1,280
    households|displaced;a=The Lagos State Emergency Management Agency]] for support but had no
    shelter to offer them.""",
)

item(
    "Makoko homes pulled down along power line corridor",
    """Bulldozers and demolition crews moved into Makoko, the stilt community on the Lagos
    Lagoon, on Monday to clear homes the state says lie within {{100 metres}} of high-tension
    power lines. Community leaders said [[at least 350 wooden houses|housing;a=Community
    leaders]] and [[two schools|housing;a=Community leaders]] were pulled down in the first
    {{three days}}, and that [[about 3,000 people|displaced;a=Community leaders]] were left with
    nowhere to sleep. The commissioner for physical planning said only structures inside the
    setback were affected and put the number at [[84 structures|housing;a=The commissioner for
    physical planning]]. Residents who resisted said [[a dozen people|injured;a=Residents who
    resisted]] were beaten by task force officials. The state said [[some 400
    households|aid;a=The state;p]] would receive relocation grants of {{N500,000}} each, but
    none had been paid by Friday.""",
)

item(
    "Oworonshoki demolitions: court halts clearance after 2,000 homes razed",
    """A Lagos State High Court on Thursday ordered a halt to demolitions in Oworonshoki, on the
    shore of the lagoon by the Third Mainland Bridge, after [[nearly 2,000 homes|housing]] had
    been razed over {{two weeks}}. Lawyers for the residents told the court that [[more than
    10,000 people|displaced;a=Lawyers for the residents]] had been made homeless and that
    [[three pupils|killed;a=Lawyers for the residents]] died when a wall collapsed on a
    classroom during the operation. The state's building control agency said it had served
    [[1,150 removal notices|other;u=other;a=The state's building control agency]] before work
    began. Police confirmed that [[17 residents|arrested;a=Police]] were held after a protest
    blocked the Oworonshoki-Oshodi Expressway and that [[six|injured;a=Police]] were treated in
    hospital. The judge adjourned the case to {{14 November}}.""",
)

item(
    "Addis Ababa corridor project moves thousands from Piassa",
    """Ethiopia's capital has demolished large parts of Piassa, its oldest commercial district,
    to make way for the corridor development project, which Prime Minister Abiy Ahmed launched
    in {{February 2024}}. The Addis Ababa city administration said [[10,000
    households|displaced;a=The Addis Ababa city administration]] had been moved out of the
    area and that [[8,700 of them|aid;a=The Addis Ababa city administration;n=-;u=household]] had received
    condominium flats or replacement houses in Koye Feche and other outer districts. Traders
    said [[hundreds of shops|housing;a=Traders]] were torn down with {{less than a week}}'s
    notice and that [[at least 25 shopkeepers|arrested;a=Traders]] who refused to leave were detained. The city says the corridor, which runs for about {{48 kilometres}}, will add
    pavements, cycle lanes and green space. Residents who spoke to reporters on condition of
    anonymity said [[at least 2,000 tenant households|civilians;a=Residents who spoke to reporters on condition of
    anonymity]] in Piassa had not been compensated for businesses they ran from home.""",
)

item(
    "Rights group says corridor evictions in Addis leave families in limbo",
    """Human Rights Watch said on Tuesday that Addis Ababa's corridor project had forcibly
    evicted [[tens of thousands of residents|displaced;a=Human Rights Watch]] since
    {{2024}}, many with only days' notice. The group said it had interviewed [[73
    people|other;a=The group;alt=Human Rights Watch]] from Piassa, Arat Kilo, Kazanchis and
    Bole, and that [[at least 15 of them|arrested;a=Human Rights Watch;n=-]] had been
    detained after complaining about their treatment. Tenants in government-owned kebele housing
    were worst affected, the report said: of [[an estimated 6,300 tenant
    households|displaced;a=the report;alt=Human Rights Watch]] moved out of Kazanchis, [[fewer than 900|aid;a=the
    report;alt=Human Rights Watch;u=household]] had been allocated flats. [[Two journalists|arrested;a=Human Rights Watch]] who covered the demolitions were also
    held, it said. City officials rejected the findings.""",
)

item(
    "Kenya begins riverbank demolitions after deadly floods",
    """Kenyan authorities began demolishing homes along Nairobi's rivers on {{8 May 2024}},
    enforcing an order that all structures within {{30 metres}} of a riverbank be removed after
    floods that killed [[more than 200 people|killed]] across the country. The Interior Ministry said
    [[about 40,000 households|civilians;a=The Interior Ministry]] lived inside the riparian
    reserve along the Nairobi, Mathare and Ngong rivers and would have to move. In Mathare,
    residents said [[at least 600 homes|housing;a=residents]] were flattened on the first day.
    Police fired tear gas at youths who blocked the excavators, and the Kenya Red Cross said it
    treated [[14 people|injured;a=the Kenya Red Cross]] for injuries. President William Ruto said
    the government would pay each displaced household {{KSh 10,000}} and that [[more than 35,000
    households|aid;a=President William Ruto]] had already been paid through mobile money. Amnesty
    International Kenya said the demolitions were carried out without notice and that [[a
    woman|killed;a=Amnesty International Kenya;v=1;u=structure]] died when a wall fell on her as her house was
    knocked down.""",
)

item(
    "Mukuru residents count the cost of link-road demolitions",
    """Demolitions in Mukuru Kwa Njenga, one of Nairobi's largest informal settlements, have left
    [[more than 40,000 people|displaced;a=Amnesty International Kenya]] homeless, Amnesty
    International Kenya said on Sunday, a week after bulldozers began clearing a path for a road
    linking the area to the Nairobi Expressway. The rights group said [[13 schools|housing;a=The
    rights group;alt=Amnesty International Kenya]], [[four churches|housing;a=The rights
    group;alt=Amnesty International Kenya]] and [[a clinic|housing;a=The rights group;alt=Amnesty
    International Kenya;v=1;u=structure]] were among the buildings destroyed. The Nairobi Metropolitan Services,
    which ordered the demolitions, said it had cleared [[some 2,800 structures|housing;a=The
    Nairobi Metropolitan Services]] standing on land reserved for the road and a sewer line.
    Teachers said [[about 5,000 pupils|other;a=Teachers]] were out of school. Residents said
    they had been given {{72 hours}} to leave in {{October 2021}}.""",
)

item(
    "Kariobangi North evictions during pandemic curfew draw UN rebuke",
    """UN human rights experts on Friday condemned the eviction of [[an estimated 5,000
    people|displaced;a=UN human rights experts]] from Kariobangi North in Nairobi on {{4 May
    2020}}, carried out at dawn while a night curfew was in force against the coronavirus. The
    experts said [[hundreds of families|displaced;a=The experts;alt=UN human rights
    experts]] were now sleeping in the open in cold rain and that [[about 1,100 homes|housing;a=The experts;alt=UN human rights experts]] had been flattened. The Nairobi Water and Sewerage Company
    said the land belonged to a treatment plant and that residents had been given notice in
    {{2019}}. Police said [[about 60 officers|combatants;a=Police]] were deployed to guard the
    demolition crews. A local councillor said [[eight people|arrested;a=A local
    councillor]] were arrested when they tried to salvage iron sheets.""",
)

item(
    "Harare council razes Mbare market stalls overnight",
    """Harare City Council demolished vending stalls at Mbare Musika, the capital's busiest
    market, overnight on Tuesday, saying the structures were illegal and blocked access for fire
    engines. The Zimbabwe Informal Sector Organisation said [[more than 1,000
    stalls|housing;u=structure;a=The Zimbabwe Informal Sector Organisation]] were destroyed and
    [[around 3,500 vendors|other;a=The Zimbabwe Informal Sector Organisation]] lost their
    livelihoods. Police spokesman Paul Nyathi said [[42 vendors|arrested;a=Police spokesman Paul
    Nyathi]] were arrested for public violence after they pelted municipal police with stones,
    and that [[five officers|injured;a=Police spokesman Paul Nyathi]] were hurt. The council said
    it had built [[600 new stalls|capacity;u=structure;a=The council;alt=Harare City Council]] at
    a site on Seke Road and would allocate them by ballot. Vendors said [[no more than 200 of them|aid;a=Vendors;n=-;u=structure]] had been allocated so far and that the new stalls rented for
    {{$30}} a month, {{three times}} what they had paid before.""",
)

item(
    "Epworth families left in the open after demolitions",
    """Zimbabwe Lawyers for Human Rights said on Monday it had gone to court on behalf of [[312
    families|displaced;a=Zimbabwe Lawyers for Human Rights]] whose homes in Epworth, south-east
    of Harare, were demolished last week by the local board. The lawyers said [[about 190
    houses|housing;a=The lawyers;alt=Zimbabwe Lawyers for Human Rights]] built of brick were knocked down, along with [[dozens of
    tuckshops|housing;u=structure]], and that the families had title papers issued by a land
    cooperative in {{2014}}. The Epworth Local Board said the houses stood on a wetland and on a
    road reserve, and that [[40 to 50 council police|combatants;a=The Epworth Local Board]] had carried out the work. [[Two leaders|kidnapped;a=their lawyer]] of the residents' association, who had organised a protest, were
    abducted from their homes on Saturday night and released the next day after being beaten,
    their lawyer said. Zimbabwe Lawyers for Human Rights said [[a further 700 homes|housing;p;a=Zimbabwe Lawyers for Human Rights]] had been
    marked with red crosses for demolition.""",
)

item(
    "Clashes as Accra clears Old Fadama riverbank",
    """Ghanaian police fired tear gas and rubber bullets on Saturday as residents of Old Fadama,
    Accra's largest informal settlement, resisted the demolition of shacks along the Odaw
    River. The Accra Metropolitan Assembly said it had pulled down [[more than 400
    structures|housing;a=The Accra Metropolitan Assembly]] on the river's banks, which it blames
    for the flooding that killed [[over 150 people|killed;a=The Accra Metropolitan
    Assembly]] in the city in {{June 2015}}. A police statement said [[nine officers|injured;a=A
    police statement]] were hurt by stones and bottles and [[31 people|arrested;a=A police
    statement]] were arrested. The hospital at Korle Bu said it received [[22 civilians|injured;a=The
    hospital at Korle Bu]] with injuries, [[one of whom|killed;a=The hospital at Korle Bu;n=-]]
    later died. People's Dialogue, a group that works with the settlement, said [[about 8,000
    residents|displaced;a=People's Dialogue]] had lost their homes and that [[some 150|returned;a=People's
    Dialogue]] had already gone back to rebuild on the same spot.""",
)

item(
    "Oromia demolitions around Addis leave thousands homeless",
    """Authorities in Oromia region demolished [[about 12,000 homes|housing;a=residents and
    the Ethiopian Human Rights Commission]] in Legetafo-Legedadi, on the eastern edge of Addis
    Ababa, in {{February and March 2019}}, according to residents and the Ethiopian Human
    Rights Commission. The commission said {{the first}} wave of demolitions was
    carried out in heavy rain, leaving [[thousands of children|displaced;a=The commission;alt=the
    Ethiopian Human Rights Commission]] without shelter. Town officials said the houses were
    built without permits on farmland sold illegally, and that [[only 500 households|aid;a=Town
    officials]] with valid documents would get replacement plots. Residents said [[at least four
    people|arrested;a=Residents]], including a local journalist, were held for filming the
    demolitions, and that [[two elderly residents|missing;a=Residents]] had not been traced
    since they were moved.""",
)

item(
    "Khartoum bulldozes 'random housing' as war returns people to capital",
    """Khartoum state authorities have demolished [[thousands of homes|housing;a=Emergency
    Response Rooms]] in informal neighbourhoods south of the capital since the army retook the
    city in {{March 2025}}, volunteer groups known as Emergency Response Rooms said on
    Wednesday. The groups said [[some 6,000 families|displaced;a=The groups;alt=Emergency
    Response Rooms]] who had fled the fighting to those areas had been evicted again, this time
    by bulldozers, and that [[at least 1,500 families|returned;a=The groups;alt=Emergency
    Response Rooms]] who had come back from Egypt and Gezira found their homes already flattened.
    A state official told Reuters the campaign targeted "random housing" built without plans and
    said [[more than 70 people|arrested;a=A state official]] had been detained on suspicion of
    collaborating with the Rapid Support Forces. In Mayo, residents said soldiers beat
    protesters and [[one young man|killed;a=residents]] was shot dead. The state has not said
    where the evicted families will go.""",
)

item(
    "Mau forest evictions: families camp by the roadside",
    """Kenyan security forces have evicted [[more than 7,000 families|displaced;a=the Kenya
    National Commission on Human Rights]] from the Maasai Mau forest since {{July 2018}},
    according to the Kenya National Commission on Human Rights. The commission said [[about
    1,200 houses|housing;a=The commission;alt=the Kenya National Commission on Human Rights]]
    and [[14 schools|housing;a=The commission;alt=the Kenya National Commission on Human
    Rights]] had been burned or pulled down, and that [[hundreds of pupils|other]] had not sat
    their exams. A regional commissioner said [[about 500 officers|combatants;a=A regional
    commissioner]] from the police and the Kenya Forest Service were taking part. Local
    leaders said [[two children|killed;a=Local leaders]] died of pneumonia in the roadside
    camps and that [[an elderly man|missing;a=Local leaders;v=1]] had been missing since
    rangers drove families out of Sogoo. The government says the forest, a vital water tower,
    lost about {{25 per cent}} of its cover in {{20 years}}.""",
)

item(
    "Court sets rules for Nairobi evictions",
    """Kenya's Court of Appeal on {{12 June 2023}} upheld a High Court ruling that evictions from
    public land must follow the procedures in Section {{152G}} of the Land Act, including
    written notice of at least {{90 days}}. The judges said the {{2016}} amendment to the Act
    applied to the riparian reserves and road reserves of Nairobi alike. They ordered the
    county to pay costs of {{KSh 1.2 million}} and gave the government {{six months}} to publish
    guidelines. Lawyers said the judgment, running to {{48 pages}}, was the {{second}} on the
    question in {{five years}}.""",
)

item(
    "Addis corridor budget tops 30 billion birr, council told",
    """The Addis Ababa city council heard on Thursday that the corridor development project had
    cost {{31.6 billion birr}} so far, about {{40 per cent}} above the first estimate of
    {{22.5 billion}}. The mayor, Adanech Abebie, said the {{first phase}}, covering {{48
    kilometres}} of roads, was finished in {{10 months}}, and that the {{second phase}} would
    add {{132 km}} by {{mid-2026}}. Pavements were widened to {{10 metres}} in places, she said,
    and {{2.4 hectares}} of plazas were laid out near Meskel Square. The council approved a
    supplementary budget for the {{2025/26}} fiscal year.""",
)
