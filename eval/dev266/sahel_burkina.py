"""dev266 items: Burkina Faso (the Sahel, Centre-Nord, Nord, Boucle du Mouhoun and East)."""

from _wrap import item

item(
    "Barsalogho: villagers digging trench shot dead in their hundreds",
    """JNIM fighters opened fire on villagers who had been ordered to dig a defensive trench around
    Barsalogho, in Burkina Faso's Centre-Nord region, on {{24 August}}. A security source told AFP
    that [[at least 150 people|killed;a=A security source]] were killed. The collective Justice pour
    Barsalogho said the toll exceeded [[400 dead|killed;q=at_least;a=The collective Justice pour Barsalogho]],
    and the group itself claimed to have killed [[about 300 members|killed;a=the group itself;alt=JNIM]] of
    the Volunteers for the Defence of the Homeland (VDP) militia. [[Hundreds of
    wounded|injured]] were taken by road to Kaya, {{45 km}} to the south, where the regional
    hospital ran out of beds. The government, which gave no toll, said a number of soldiers had
    been killed. Barsalogho had sheltered [[tens of thousands of displaced people|displaced]] from
    surrounding villages before the attack. Aid agencies said [[up to 8,000 residents|displaced;a=Aid
    agencies]] left the town in the following days.""",
)

item(
    "Djibo convoy: blockaded town waits for food after ambush",
    """A supply convoy of [[about 150 trucks|aid]] bound for Djibo was ambushed near Gaskindé,
    killing [[11 soldiers|killed;a=the army]] and leaving [[50 civilians|missing;a=the army]]
    missing, the army said. Djibo, whose population has swollen to [[about 300,000|civilians;a=the
    World Food Programme]] with the displaced, has been cut off by road since {{2022}}, according
    to the World Food Programme. WFP has flown in [[1,100 tonnes|aid;a=WFP]] of food by helicopter
    this year, it said, but needs [[about 5,000 tonnes|aid;p;a=WFP]] more before the lean season.
    MSF said [[two health centres|other;a=MSF]] it supported in the town had closed after being hit. The
    charity said it treats [[about 2,000 patients a week|aid;a=The charity;alt=MSF]] at the
    hospital it still supports. [[At least 20 people|killed;a=local sources]] have died of hunger in Djibo since
    {{January}}, according to local sources.""",
)

item(
    "Burkina: jihadists overrun army post at Mansila",
    """Jihadist fighters overran the army post at Mansila, in the Yagha province, on {{Saturday}},
    killing [[more than 100 soldiers|killed;a=security sources]], security sources told Reuters.
    The post held [[about 200 troops|combatants;a=the sources;alt=security sources]] and [[some 60
    volunteers|combatants;a=the sources;alt=security sources]] of the VDP, the sources said. JNIM claimed the attack and said it had
    seized [[eight armoured vehicles|other;a=JNIM]] and [[dozens of weapons|other;a=JNIM]]. [[Some 40
    soldiers|missing]] were unaccounted for on {{Monday}}. The army said its aircraft had killed
    [[more than 160 assailants|killed;a=The army]] as they withdrew. The attack was the deadliest
    on the army since the Inata post attack of {{November 2021}}, in which [[53
    gendarmes|killed]] died.""",
)

item(
    "Two million displaced in Burkina Faso, agency says",
    """[[2,062,534 people|displaced;a=the national emergency relief council;alt=CONASUR]] were
    internally displaced in Burkina Faso at the end of {{March 2023}}, according to the national
    emergency relief council, CONASUR. Women and children make up {{85%}} of them. The Centre-Nord
    region alone hosts [[about 700,000|displaced;a=the council;alt=CONASUR]], the council said,
    and Djibo [[nearly 270,000|displaced;a=the council;alt=CONASUR]]. The authorities have not published figures since. Aid
    agencies estimate that [[4.7 million people|civilians;a=Aid agencies]] need assistance this
    year. The government plans to resettle [[some 450,000 displaced people|returned;p;a=The
    government]] in their villages by {{2025}}, a plan aid groups call premature. [[More than
    300,000 people|returned;a=the government]] went home in {{2024}}, the government says.""",
)

item(
    "Schools and health centres shut across Burkina's conflict zones",
    """[[More than 6,100 schools|other;a=the education ministry]] were closed in Burkina Faso at
    the end of the school year because of insecurity, affecting [[about 1 million
    pupils|civilians;a=the education ministry]] and [[31,000 teachers|civilians;a=the education
    ministry]], the education ministry said. In the Sahel region, {{70%}} of schools are shut.
    Health services are also collapsing: the World Health Organization said [[413 health
    facilities|other;a=the World Health Organization]] had closed and [[another 360|other;u=structure;a=the
    World Health Organization]] were running at minimum capacity, leaving [[about 3.5 million
    people|civilians;a=the World Health Organization]] without care. Gunmen burned [[two schools|housing]]
    in the Boucle du Mouhoun region last week and abducted [[two teachers|kidnapped]].""",
)

item(
    "Army and militia accused of killing villagers in Karma",
    """Men in army uniforms killed [[at least 147 civilians|killed;a=the Ouahigouya prosecutor]],
    including [[45 children|killed;a=the Ouahigouya prosecutor]], in the village of Karma in
    northern Burkina Faso on {{20 April 2023}}, the Ouahigouya prosecutor said. Survivors said
    the soldiers arrived on [[about 20 motorcycles|other;a=Survivors]] and pickup trucks. [[More than 100 houses|housing;a=Survivors]] were burned, they said. The government condemned the killings and
    opened an investigation. Residents of neighbouring Dinguila and Mena said [[another 29
    people|killed;a=Residents of neighbouring Dinguila and Mena]] had been shot. [[Around 3,000
    residents|displaced;a=a local aid worker]] fled to Ouahigouya in the following days, according to a local
    aid worker.""",
)

item(
    "Arbinda: abducted women freed after army operation",
    """The [[66 women and children|kidnapped;n=women and children;a=state broadcaster RTB]] abducted by jihadists near Arbinda
    in {{January}} have been freed, state broadcaster RTB said on {{Friday}}. They had been seized
    over {{two days}} while gathering wild fruit and leaves, as the town's [[more than 60,000
    residents|civilians]] have run short of food under a blockade. [[Twenty-seven|kidnapped;a=RTB]] of them were children, RTB said. The army said it had intercepted a vehicle
    carrying the hostages near Tougouri, {{200 km}} to the south. No one was arrested. Arbinda also shelters [[some 25,000 displaced people|displaced]] from
    nearby villages. A woman who
    escaped in the first days said the captors numbered [[about 15 men|combatants;a=A woman who
    escaped in the first days]].""",
)

item(
    "Volunteers and soldiers killed in twin attacks in East region",
    """Gunmen killed [[12 soldiers|killed;a=the army]] and [[nine volunteers|killed;a=the army]] of
    the VDP in simultaneous attacks near Pama and Kompienga on {{Thursday}}, the army said. The
    army said it had "neutralised" [[about 50 terrorists|killed;a=The army]] in the response. [[14
    wounded|injured]] were evacuated to Fada N'Gourma. Since the start of the year, ACLED has
    recorded [[more than 800 fatalities|killed;a=ACLED]] in the East region, which borders Togo,
    Benin and Niger. [[Some 50,000 people|displaced]] have fled to Fada N'Gourma, which has been
    under partial blockade since {{2023}}. The government plans to recruit [[50,000 more
    volunteers|combatants;p;a=The government]] for the VDP.""",
)

item(
    "Koudougou and Ouahigouya sites swell with new arrivals",
    """[[About 1,200 families|displaced;a=the provincial social action directorate]] arrived at
    the displacement site of Ouahigouya in a single week, the provincial social action directorate
    said, after JNIM told residents of [[six villages|other]] in the Loroum province to leave.
    The site, designed for [[800 families|capacity]], now holds [[nearly 3,000|displaced;u=household]].
    [[Two new sites|capacity;p]] are to open next month. UNICEF said it had delivered [[160
    latrines|aid;a=UNICEF]] and [[2,500 hygiene kits|aid;a=UNICEF]]. In Koudougou, [[some 400
    households|displaced;a=the mayor]] are living with host families, the mayor said.""",
)

item(
    "Seytenga massacre toll rises as bodies found",
    """Soldiers have recovered [[86 bodies|killed;a=the government]] in Seytenga, in Burkina Faso's
    Séno province, after an attack by gunmen on {{Saturday}} night, the government said,
    raising the toll from [[79|killed;a=the government]] given on {{Monday}}. The gunmen went from house to house
    targeting men, survivors said. [[More than 3,000 residents|displaced;a=the Sahel regional
    governor]] fled to Dori, {{40 kilometres}} away, the Sahel regional governor said, and [[some
    7,000|displaced;p;a=the Sahel regional governor]] more were expected. The attack came {{a year}} after [[at least 132
    people|killed]] were killed in Solhan, the deadliest massacre in the country since the
    insurgency began in {{2015}}. [[Two gendarmes|injured]] were wounded in a separate attack near Dori.""",
)

item(
    "Burkina Faso junta says 'terrorist' leaders captured in raids",
    """Burkina Faso's security ministry said on {{Tuesday}} that [[31 suspected
    jihadists|arrested;a=Burkina Faso's security ministry]] had been arrested in raids in
    Ouagadougou and Bobo-Dioulasso, including [[two alleged commanders|arrested;a=Burkina Faso's
    security ministry]] of JNIM. Investigators seized [[14 Kalashnikov rifles|other;a=Burkina Faso's security ministry]] and [[three
    motorcycles|other;a=Burkina Faso's security ministry]], it said. Rights groups said [[dozens of Fulani men|arrested;a=Rights
    groups]] had been rounded up in the same period and that [[at least 11|missing;a=Rights
    groups]] had disappeared in custody. The junta, in power since {{September 2022}}, has also
    conscripted [[at least 20 critics|other;a=the groups;alt=Rights groups]] under a general mobilisation decree,
    the groups said.""",
)

item(
    "Return to Solenzo? Residents wary after army, VDP killings",
    """Videos that circulated in {{March}} appeared to show VDP militiamen near Solenzo standing
    over [[dozens of bodies|killed]], many of them women and children. Human Rights Watch said the
    militiamen and soldiers killed [[at least 58 people|killed;a=Human Rights Watch]] in
    Fulani hamlets around the town. [[About 2,400 people|displaced;a=UNHCR]] crossed into Mali in
    the following weeks, UNHCR said. The government said the videos were fakes. A local association said it had counted [[about
    130 dead|killed;a=A local association]] and [[more than 40 missing|missing;a=A local
    association]]. Local officials
    told Reuters that [[some 300 families|returned;a=Local officials]] had since gone back to
    Solenzo town, but [[14 hamlets|other]] around it remain empty.""",
)

item(
    "Titao: town under siege receives first convoy in months",
    """A convoy of [[63 trucks|aid]] carrying food, medicine and fuel reached Titao on {{Sunday}}
    under army escort, the first in {{four months}}, the regional governor said. Titao, capital
    of the Loroum province, had [[some 85,000 inhabitants|civilians]] before the blockade, and now
    hosts [[about 40,000 displaced people|displaced;a=local officials]], local officials estimate.
    The convoy brought [[950 tonnes|aid]] of cereals. "Children were dying," said a nurse at the
    medical centre, who said [[12 children|killed;a=a nurse at the medical centre]] had died of
    malnutrition there since {{January}}. [[Two soldiers|injured]] were wounded when an explosive
    device went off under an escort vehicle on the way.""",
)

item(
    "Gorom-Gorom: gunmen storm cattle market, burn shops",
    """Gunmen on [[dozens of motorcycles|other]] attacked the weekly cattle market in Gorom-Gorom,
    in Burkina Faso's Oudalan province, on {{Wednesday}} morning, killing [[at least 19
    traders|killed;a=a municipal councillor]] and herders, a municipal councillor told AFP.
    [[Twenty-three people|injured;a=the regional hospital in Dori]] were admitted with gunshot
    wounds, the regional hospital in Dori said. The attackers set fire to [[about 70 shops|housing;a=residents]]
    and drove off [[more than 1,000 head of cattle|other;a=residents]], residents said. [[Five
    traders|missing;a=their families]] from Niger have not been heard from since, their families
    say. The market drew [[up to 5,000 people|civilians]] on a good day before the insurgency
    reached the Oudalan. It had reopened only {{three months}} earlier.""",
)

item(
    "Families go back to Thiou after army retakes area",
    """[[About 5,600 people|returned;a=the regional director of humanitarian action]] have returned
    to Thiou and surrounding villages in the Nord region since the army retook the area in
    {{October}}, the regional director of humanitarian action said. They are among [[more than
    18,000 displaced people|displaced;a=the director]] who had fled to Ouahigouya, the director
    said. The International Committee of the Red Cross said it had given seeds and tools to [[900
    returning households|aid;a=The International Committee of the Red Cross]]. [[Some 350
    homes|housing]] were destroyed or damaged during the occupation, and the town's [[two health
    centres|other]] are still closed. [[Fewer than 200 pupils|other]] have gone back to the
    primary school, built for [[about 600|capacity;n=-]]. The government plans to deploy [[300
    more VDP volunteers|combatants;p;a=The government]] to guard the returns.""",
)

item(
    "Burkina Faso leaves ECOWAS, joins Alliance of Sahel States",
    """Burkina Faso's exit from the Economic Community of West African States took effect on {{29
    January 2025}}, {{a year}} after the juntas of Ouagadougou, Bamako and Niamey announced their
    withdrawal. The Alliance of Sahel States, founded in {{September 2023}}, plans a common
    passport and a joint investment bank with capital of {{500 billion CFA francs}}. Trade with
    ECOWAS members accounted for about {{15%}} of Burkina's exports in {{2023}}. Captain Ibrahim
    Traoré, who took power at {{34}}, says the break restores sovereignty.""",
)

item(
    "Burkina Faso raises defence spending again",
    """Burkina Faso's {{2026}} budget devotes {{1,145 billion CFA francs}} to defence and security,
    or about {{30 percent}} of total spending, the finance ministry said. Spending on the armed
    forces has tripled since {{2021}}. The government also raised a {{1%}} levy on telephone
    credit and on salaries to fund the war effort. Parliament, appointed by the junta, adopted the
    budget on {{12 December}} after {{two days}} of debate. Growth is forecast at {{5.9%}}.""",
)
