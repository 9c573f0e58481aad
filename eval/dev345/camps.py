"""Items of dev345: the camps of eastern Chad (Ourang, Farchana, Metché, Arkoum, Alacha,
Aboutengue, Dougui and the rest), relocation from the border, capacity, shelter, water and
security, 2023-2026."""

from _wrap import item

item(
    "Ourang camp opens to relieve Adré",
    """Chad's refugee commission and UNHCR opened the Ourang camp, about {{35 km}} from Adré,
    on {{4 July 2023}}, and the first convoy of [[26 trucks|other]] brought [[1,046
    refugees|displaced]] there the same day. The camp is designed for [[40,000
    people|capacity;a=UNHCR]], UNHCR said, and [[2,500 family tents|aid;a=UNHCR]] had been
    pitched before the first arrivals. The agency said it hoped to move [[about 1,000 people a
    day|displaced;p;a=The agency;alt=UNHCR]] once the road was repaired. By the end of August,
    Ourang held [[31,700 refugees|displaced]] and the site planners had marked out [[four more
    blocks|capacity;u=structure]] for an extension. "We are building a town in {{six weeks}},"
    the camp manager told AFP.""",
)

item(
    "Relocation convoys stall as the rains arrive",
    """Relocation of refugees from the border to camps in the interior slowed sharply in
    {{July 2024}}, UNHCR said, with [[just 6,400 people|displaced;a=UNHCR]] moved in the
    month, against [[nearly 20,000|displaced;a=UNHCR]] in May. Flooded wadis cut the roads to
    Farchana, Ourang and Arkoum for several days at a time, and [[11 trucks|other]] were
    stranded at the Wadi Kaja crossing. The agency said [[about 187,000 people|displaced;a=The
    agency;alt=UNHCR]] were still waiting at Adré. A driver said a convoy of [[400
    refugees|displaced;a=A driver]] had spent {{two nights}} in the bush when the lead truck
    broke down. UNHCR plans to relocate [[60,000 more|displaced;p;a=UNHCR;n=-]] before the end
    of the year, once the new Dougui camp is ready.""",
)

item(
    "Metché camp reaches capacity",
    """The Metché camp in Ouaddaï, opened in {{2023}} for [[40,000 refugees|capacity;a=camp
    officials]], now shelters [[more than 48,000|displaced;a=camp officials]], camp officials
    said on Monday, and the commission has stopped sending new convoys there. Families who
    arrived in the last {{two months}} are sleeping in [[three communal
    halls|capacity;u=structure]] and under trees. The camp has [[four water
    points|aid;u=other;a=a Red Cross water engineer]] for [[about 11,000
    households|displaced;a=a Red Cross water engineer]], a Red Cross water engineer said.
    Chad's government said it would open [[two new sites|capacity;p;a=Chad's government]] near
    Goz Amer with space for [[30,000 people|capacity;p;a=Chad's government]] in all. [[Nine
    classrooms|capacity;a=a teacher]] built by UNICEF in the camp are being used as shelters,
    a teacher said.""",
)

item(
    "Fire destroys hundreds of shelters in Farchana",
    """A fire that started in a cooking area swept through a block of the Farchana camp on {{7
    March 2025}}, destroying [[412 shelters|housing;a=UNHCR]] and damaging [[about 90
    more|housing;a=UNHCR;n=-;u=structure]], UNHCR said. [[Two people|killed;a=the camp's
    health centre]], a woman and her {{three-year-old}} son, died, and [[19
    people|injured;a=the camp's health centre]] were treated for burns, the camp's health
    centre said. The agency said [[about 2,400 people|displaced;a=The agency;alt=UNHCR]] had
    lost their shelter and were staying with neighbours. Strong winds, at up to {{60 km/h}},
    spread the flames across [[dozens of straw shelters|housing]] in minutes. The camp, set up
    in {{2004}} for refugees from the earlier Darfur war, holds [[some 60,000
    people|displaced]].""",
)

item(
    "Police unit deployed to eastern camps",
    """Chad deployed [[a 700-strong police unit|combatants;n=police;a=the Detachment for the
    Protection of Humanitarian Workers and Refugees]] to refugee camps in the east in
    {{January 2024}}, the Detachment for the Protection of Humanitarian Workers and Refugees
    said, after a rise in thefts and assaults. The detachment said [[120
    officers|combatants;p;a=The detachment]] would be posted to Ourang and
    [[80|combatants;p;a=The detachment]] to Metché. Police arrested [[23
    people|arrested;a=Police]] in the camps in the first month of patrols, most for theft and
    fighting, police said. UNHCR said it had recorded [[more than 300 cases|other;a=UNHCR]] of
    gender-based violence in the camps in the previous quarter, and hoped the patrols would
    make women collecting firewood safer. Each camp also has [[dozens of community watch
    volunteers|other]], most of them refugees.""",
)

item(
    "Arkoum camp takes its first refugees",
    """The new Arkoum camp near Farchana received its first [[1,200 refugees|displaced]] on
    {{18 October 2023}}, moved by bus and truck from the Adré border site. The camp's planners
    say it will eventually house [[up to 45,000 people|capacity;p;a=The camp's planners]] in
    [[9,000 shelters|capacity;p;a=The camp's planners]]. So far [[1,500 transitional
    shelters|aid;a=the refugee commission]] have been built, and [[25 boreholes|aid;p;a=the
    refugee commission]] are planned, the refugee commission said. Aid groups warned that
    [[fewer than 10|aid;n=-;u=other;a=Aid groups]] boreholes were working when the first
    families arrived, and that water trucks were bringing the rest. UNHCR expects to move
    [[between 15,000 and 20,000 people|displaced;p;a=UNHCR]] to Arkoum by the end of the year.""",
)

item(
    "Refugees detained after protest over ration cuts",
    """Chadian police detained [[at least 35 refugees|arrested;a=community leaders]] in the
    Aboutengue camp after a protest over food ration cuts turned violent on Sunday, community
    leaders said. The refugee commission said [[four police officers|injured;a=The refugee
    commission]] and [[seven refugees|injured;a=The refugee commission]] were hurt when stones
    were thrown and officers fired tear gas. [[Two warehouses|other;u=structure;a=the WFP]]
    were looted, the WFP said, adding that [[about 120 tonnes|aid;a=the WFP]] of sorghum were
    lost. [[Twelve of those detained|arrested;a=a lawyer;n=-]] were released without charge on
    Tuesday, a lawyer said. Aboutengue holds [[some 52,000 refugees|displaced]], most of whom
    arrived from West Darfur in {{2023}}.""",
)

item(
    "Water in Ourang falls to eight litres a day",
    """Refugees in the Ourang camp are getting about {{eight litres}} of water a day each,
    {{half}} the emergency minimum, MSF said on Wednesday, warning that the camp of [[about
    47,000 people|displaced;a=MSF]] was at risk of disease. The group said [[14 of the 22
    boreholes|aid;a=The group;alt=MSF;n=boreholes]] drilled for the camp produced too little
    water, and that [[eight water trucks|aid;a=The group;alt=MSF]] were making up the
    shortfall. UNHCR said it would drill [[six more boreholes|aid;p;a=UNHCR]] and lay a
    pipeline from a well field {{18 km}} away. [[Some 2,000 jerrycans|aid;a=UNHCR]] were
    handed out last week, UNHCR said. MSF said its clinic in the camp had treated [[more than
    1,100 children|other;a=MSF]] for diarrhoea in {{four weeks}}.""",
)

item(
    "Alacha site opens in Sila province",
    """A new refugee site at Alacha in Sila province opened in {{February 2024}} for Sudanese
    arriving from Central Darfur, the governor of Sila said, with room for [[20,000
    refugees|capacity;a=the governor of Sila]]. [[About 3,800 people|displaced;a=UNHCR]] were
    moved there in its first {{10 days}} from the border village of Koukou Angarana, where
    [[some 16,000 refugees|displaced;a=UNHCR]] had gathered, UNHCR said. Chad's government has
    given land for [[two further sites|capacity;p]] in the province. Local leaders said host
    villages had already taken in [[hundreds of families|displaced;a=Local leaders]], and that
    [[about 6,000 residents|civilians;a=Local leaders]] shared the same wells with them.""",
)

item(
    "Storm flattens shelters in Milé and Kounoungou",
    """A violent storm on {{9 June 2024}} destroyed [[1,640 shelters|housing;a=UNHCR]] in the
    Milé and Kounoungou camps in Wadi Fira, UNHCR said, and blew the roofs off [[17
    classrooms|housing;a=UNHCR]]. [[Three refugees|killed;a=the camp health service]] were
    killed by falling poles and [[28|injured;a=the camp health service]] were injured, the
    camp health service said. The agency said [[about 8,000 people|displaced;a=The
    agency;alt=UNHCR]] needed new shelter. [[More than 3,000 tarpaulins|aid]] were flown in
    from Abéché by the next day. The two camps, home to [[some 70,000 refugees|displaced]],
    are among the oldest in Chad.""",
)

item(
    "Chad plans 10 new camps as arrivals continue",
    """Chad's government and UNHCR plan to build [[10 new camps|capacity;p;a=the refugee
    commission]] in the east over the next {{18 months}} for [[up to 300,000
    refugees|capacity;p;a=the refugee commission]], the refugee commission said on {{22
    January 2024}}. The existing [[13 camps|capacity;a=the refugee commission]] in Ouaddaï,
    Wadi Fira and Sila are full, it said. The commission said [[about 530,000
    refugees|displaced;a=The commission]] had arrived since {{April 2023}}, of whom [[more
    than 250,000|displaced;a=The commission]] had been relocated from the border. A UNHCR
    planner said each new camp would need [[roughly 1,200 latrines|aid;p;a=A UNHCR planner]]
    and [[40 boreholes|aid;p;a=A UNHCR planner]].""",
)

item(
    "Dougui camp opened, then closed by cholera",
    """The Dougui camp, opened in {{May 2024}} for [[30,000 refugees|capacity;a=UNHCR]], had
    taken in [[some 24,000|displaced;a=UNHCR]] by {{August 2025}}, UNHCR said, when a cholera
    outbreak forced the agency to halt new relocations there. The agency said it had built
    [[5,900 shelters|housing;a=The agency;alt=UNHCR]] and [[2,100 latrines|aid;a=The
    agency;alt=UNHCR]] in the camp. Health officials said [[at least 60 people|killed;a=Health
    officials]] had died of cholera in the province since July. [[About 1,400
    refugees|displaced]] waiting to be moved to Dougui were sent to Arkoum instead. Before the
    halt, [[about 200 refugees a day|displaced]] had been arriving.""",
)

item(
    "Ration thefts lead to arrests in Touloum",
    """Gendarmes in Wadi Fira arrested [[nine people|arrested;a=Gendarmes in Wadi Fira]],
    including [[two camp warehouse guards|arrested;a=Gendarmes in Wadi Fira]], over the theft
    of food rations from the Touloum refugee camp, they said on Friday. They said [[about 300
    sacks|aid;a=Gendarmes in Wadi Fira]] of sorghum and [[150 cartons|aid;a=Gendarmes in Wadi
    Fira]] of cooking oil had been taken and sold in the market in Iriba. The WFP said the
    theft had cost [[some 4,000 refugees|aid;a=The WFP]] a month's ration. Touloum, opened in
    {{2004}}, now houses [[about 33,000 people|displaced]]. A prosecutor was sent from Abéché
    to handle the case.""",
)

item(
    "Schools in the camps: 1 teacher for 120 children",
    """[[More than 220,000 school-age refugee children|civilians;a=UNICEF]] live in the camps
    of eastern Chad, UNICEF said in {{September 2024}}, and [[fewer than
    70,000|other;a=UNICEF]] are enrolled in school. The camps have [[412
    classrooms|other;a=UNICEF]], {{about half}} of them under tarpaulin, it said. Each teacher
    has on average {{120 pupils}}, the agency said, and [[1,100 more teachers|other;p;a=the
    agency;alt=UNICEF]] are needed. Chad's education ministry said it would build [[60
    permanent schools|other;p;a=Chad's education ministry]] in the camps and host villages by
    {{2026}}. [[About 35,000 pupils|aid;a=UNICEF]] receive a daily school meal, UNICEF said.""",
)

item(
    "A camp's timetable",
    """In the Farchana camp the water points open at {{5:30}} and close at {{18:00}}. Food is
    distributed on the {{first}} and {{15th}} of each month, and the clinic is open {{seven
    days}} a week from {{8am}}. The camp covers about {{4 square km}}, and the walk from the
    furthest block to the market takes {{40 minutes}}. The rainy season, from June to
    September, cuts the road to Adré for {{two to three weeks}} a year. The camp was first set
    up in {{2004}}, and its oldest residents arrived {{21 years}} ago.""",
)

item(
    "Camp extension plans put on hold",
    """UNHCR said on {{11 November 2025}} it had put on hold the extension of the Ourang and
    Arkoum camps after a {{40%}} cut in its {{2025}} budget for Chad. The agency had planned
    the extension in {{2024}} and hoped to finish by December. It said about {{12 hectares}}
    of land had been cleared at each site, and that the work would resume if funding were
    restored in the {{first}} quarter of {{2026}}. The agency's Chad budget fell to {{$210
    million}} from {{$356 million}}, it said.""",
)
