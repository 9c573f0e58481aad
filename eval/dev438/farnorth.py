"""The Far North: Boko Haram and ISWAP raids, suicide bombings and landmines, kidnappings in the
Mandara mountains, vigilance committees, army operations and trials, the Minawao camp, and the
clashes of Logone-Birni (14 texts with figures, 2 without)."""

from _wrap import item

item(
    "Boko Haram raid near Mozogo kills nine villagers",
    """MAROUA, Cameroon (AFP) - Boko Haram fighters killed [[nine civilians|killed;a=a local
    official]] and kidnapped [[six others|kidnapped;a=a local official]] in a night raid on a
    village near Mozogo in Cameroon's Far North region, a local official told AFP on Monday. The
    attackers, [[about 30 of them|combatants;n=-;a=a local official]] on motorbikes, looted
    livestock and burned [[at least 15 huts|housing;a=a local official]], he said. [[Two of the
    dead|killed;n=dead]] were members of the village's vigilance committee. Mozogo, in the
    Mayo-Tsanaga division, lies {{15 km}} from the Nigerian border. [[About 100
    soldiers|combatants]] of the Rapid Intervention Battalion arrived on Tuesday. Amnesty
    International says Boko Haram and its splinter group ISWAP have killed [[more than 3,000
    civilians|killed;a=Amnesty International]] in Cameroon since {{2014}}.""",
)

item(
    "Suicide bombers kill 11 at Kolofata market; toll later rises",
    """Suicide bombers, both of them girls according to witnesses, blew themselves up at a
    market in Kolofata on Sunday, killing [[at least 11 people|killed;a=a security source]] and
    wounding [[about 30|injured;n=-;a=a security source]], a security source said.
    [[Nineteen of the wounded|injured;n=wounded]] were taken to Mora district hospital. The
    hospital's director said [[four|killed;n=-;a=The hospital's director]] had died overnight,
    bringing the toll to [[15|killed;n=-;a=The hospital's director]], not counting the bombers.
    Kolofata lies {{16 km}} from the border with Nigeria's Borno state. The Multinational Joint
    Task Force said its troops had killed [[17 militants|killed;a=The Multinational Joint Task
    Force]] in the Mandara mountains the week before. [[Nearly 500 people|displaced;a=the
    International Organization for Migration]] have left Kolofata for Mora since the start of the
    year, according to the International Organization for Migration.""",
)

item(
    "Minawao camp holds 78,000 as new arrivals from Borno continue",
    """The Minawao refugee camp in Cameroon's Far North, built in {{2013}} for [[15,000
    people|capacity;a=UNHCR]], now shelters [[about 78,000 Nigerian refugees|displaced;a=UNHCR]],
    UNHCR said on Thursday. [[More than 2,600|displaced;n=-;a=the agency;alt=UNHCR]] arrived in
    {{October}}, fleeing ISWAP attacks in Borno state, the agency said, and
    [[1,400|displaced;n=-;a=the agency;alt=UNHCR]] more are waiting at the border in Kerawa. The
    camp has [[1,350 latrines|aid]] and [[22 boreholes|aid]], and each refugee receives {{8,000 CFA
    francs}} a month in cash. [[More than 4,000 refugees|returned]] went back to Nigeria in
    {{2024}} under a tripartite agreement, and [[another 5,000|returned;n=-;p]] are expected to
    leave next year.""",
)

item(
    "ISWAP attack on Darak army post kills seven soldiers",
    """Islamic State West Africa Province (ISWAP) fighters attacked a military post at Darak, on
    the shores of Lake Chad, on Wednesday night, killing [[seven soldiers|killed;a=military
    sources]], military sources said. The attackers came in [[up to 20 boats|other]] from islands
    on the Nigerian side. ISWAP said in a statement that its fighters had killed [[12
    soldiers|killed;a=ISWAP]] and seized [[four armoured vehicles|other;a=ISWAP]]. The army said
    it had repelled the attack and killed [[at least 25 militants|killed;a=The army]]. [[Five
    soldiers|missing;a=a military source]] were still missing on Thursday, a military source
    said. The post was held by [[some 60 troops|combatants]].""",
)

item(
    "Near Tourou, a vigilante chief keeps watch with 11 shotguns",
    """TOUROU, Cameroon - Moussa Dalil, {{47}}, has led the vigilance committee of his village near
    Tourou since {{2015}}, when Boko Haram kidnapped [[his two sons|kidnapped]]. His [[40
    men|combatants]] share [[11 shotguns|other]], bows and poisoned arrows. They have lost [[six
    members|killed;a=Moussa Dalil]] in {{eight years}}, he said. The government says [[some 14,000
    vigilantes|combatants;a=The government]] operate across the Far North. Amnesty International
    says [[more than 250 vigilantes|killed;a=Amnesty International]] have been killed since
    {{2014}}. Last month his men caught [[three suspected militants|arrested]] and handed them to
    the gendarmerie in Mokolo, {{25 kilometres}} away. His sons were never found.""",
)

item(
    "Mayo-Sava schools reopen two weeks late under guard",
    """MORA - Schools in the Far North's Mayo-Sava division reopened on {{2 September}}, {{two
    weeks}} later than in the rest of the country, more than {{ten years}} after Boko Haram's
    first attack on Cameroonian soil in {{2014}}. Regional officials said {{one in five}} schools
    in the division had stayed shut. Classes start at {{7:30}} and end by {{1 p.m.}} so that
    pupils can walk home before dusk. The school feeding programme costs {{150 CFA francs}} per
    child per day. The regional delegate said exams would be held between {{10 and 14 June}}.""",
)

item(
    "Kidnappers seize 14 near Mokolo, demand ransom",
    """Kidnappers linked to Boko Haram seized [[14 people|kidnapped;a=the mayor of Mokolo]],
    [[eight of them|kidnapped;n=-;a=the mayor of Mokolo]] children, from [[two villages|other;a=the
    mayor of Mokolo]] near Mokolo on Saturday and are demanding {{10 million CFA francs}} for their
    release, the mayor of Mokolo said. Kidnapping for ransom has become the main source of income
    for the jihadists in the Mandara mountains, security experts say. The Far North's governor
    said [[more than 400 people|kidnapped;a=The Far North's governor]] were kidnapped in the
    region in {{2024}} and that [[about 60 hostages|killed;a=The Far North's governor]] were
    killed when their families could not pay. Police freed [[11 hostages|kidnapped]] near Koza
    last month and arrested [[three suspects|arrested]], including a former vigilante. Ransoms
    range from {{500,000}} to {{3 million CFA francs}}.""",
)

item(
    "Four soldiers killed by landmine near Amchide",
    """[[Four soldiers|killed;a=the defence ministry]] were killed and [[three|injured;n=-;a=the
    defence ministry]] wounded when their vehicle hit a landmine near Amchide on the Nigerian
    border on Tuesday, the defence ministry said. It was the {{fourth}} mine blast in the area in
    {{two months}}. Separately, the army said its troops had killed [[23 Boko Haram
    fighters|killed;a=the army]] and freed [[37 hostages|kidnapped;a=the army]], including [[19
    women and children|kidnapped;n=women and children;a=the army]], on islands in Lake Chad. The
    operation involved [[about 500 troops|combatants]] from Cameroon and Chad. Soldiers also
    destroyed [[eight bomb-making workshops|other;u=structure]], the army said.""",
)

item(
    "Ten years in Minawao: a mother from Gwoza",
    """MINAWAO, Cameroon - Hauwa Abubakar arrived in Minawao in {{2015}} with [[her five
    children|displaced]], after Boko Haram burned Gwoza. {{Ten years}} on, she lives in a
    mud-brick house, one of [[about 14,000 shelters|capacity;a=the Cameroon Red Cross]] in the
    camp, according to the Cameroon Red Cross. Her eldest son was killed in {{2021}} while
    collecting firewood outside the camp, one of [[at least nine refugees|killed;a=camp
    leaders]] killed there since {{2019}}, camp leaders say. The camp's [[about 80,000
    residents|displaced]] get {{12 litres}} of water each a day, below the {{20-litre}} standard.
    UNHCR wants to move [[up to 10,000 refugees|displaced;p;a=UNHCR]] to a new site at Gawar. Last year
    [[about 1,100 refugees|returned]] from Minawao went home to Borno. She will not go, she
    says.""",
)

item(
    "Toll from Mayo-Moskota attack rises to 18",
    """The toll from an overnight attack by jihadists on Mayo-Moskota, in the Far North's
    Mayo-Tsanaga division, rose to [[18|killed;n=-;a=local authorities]] on Thursday, local
    authorities said, up from [[12|killed;n=-;a=local authorities]] announced the day before.
    Among the dead were [[five vigilantes|killed]]. [[Eleven people|injured;a=a nurse]] were being
    treated in Mokolo for gunshot wounds, a nurse said. The attackers, [[more than
    100|combatants;n=-;a=residents]] according to residents, burned the market and [[at least 40
    homes|housing]]. [[Seven people|missing]] were still unaccounted for on Friday. [[About 3,000 people|displaced;a=the International Organization for
    Migration]] fled to Mokolo and Koza, the International Organization for Migration said on
    Friday.""",
)

item(
    "Far North in figures: 214 attacks in six months",
    """In the first half of {{2025}}, the UN's humanitarian office recorded [[214
    attacks|other;u=other;a=the UN's humanitarian office]] by non-state armed groups in the Far
    North, against [[187|other;n=-;u=other;a=the UN's humanitarian office]] in the same period of
    {{2024}}. The groups killed [[157 civilians|killed;a=the UN's humanitarian office]], injured
    [[98|injured;n=-;a=the UN's humanitarian office]] and abducted [[241|kidnapped;n=-;a=the UN's
    humanitarian office]], it said. The region counts [[about 470,000 internally displaced
    people|displaced]], [[121,000 returnees|returned]] and [[some 130,000 refugees|displaced]],
    most of them Nigerians in Minawao. Food insecurity affects {{one in four}} people.""",
)

item(
    "Soldiers killed 12 civilians near Kolofata, Human Rights Watch says",
    """Human Rights Watch accused Cameroonian soldiers on Tuesday of killing [[at least 12
    civilians|killed;a=Human Rights Watch]], [[five women|killed;a=Human Rights Watch]] among
    them, in a raid on a village near Kolofata in {{January}}. The raid followed a Boko Haram
    attack that had killed [[two soldiers|killed]]. The group said soldiers detained [[more than
    20 men|arrested;a=The group;alt=Human Rights Watch]], [[eight of whom|missing;n=-;a=The
    group;alt=Human Rights Watch]] have not been seen since. The army said in a statement that
    the operation had killed [[six Boko Haram fighters|killed;a=The army]] and that no civilians
    had been harmed. A defence ministry spokesman said [[three soldiers|arrested;a=A defence
    ministry spokesman]] had been arrested pending an investigation.""",
)

item(
    "Attackers with machetes kill 14 at displacement site near Kolofata",
    """Suspected Boko Haram fighters attacked a site for displaced people near Kolofata with
    machetes and guns overnight, killing [[at least 14 people|killed;a=the mayor]], the mayor
    said. Survivors said [[15 to 20 attackers|combatants;a=Survivors]] came on foot from the
    border. [[Six of the dead|killed;n=dead;a=the mayor]] were children, the mayor said. [[About 12
    people|injured]] were wounded and the attackers burned [[about 30 shelters|housing]]. The
    site was home to [[about 800 people|displaced]] who had fled earlier raids. [[Some
    300|displaced;n=-;a=OCHA]] left for Mora on Monday, OCHA said. The Far North has [[about
    150|capacity;n=-;u=other;a=OCHA]] such sites, OCHA says.""",
)

item(
    "Maroua military court has tried 800 Boko Haram suspects",
    """The military court in Maroua has tried [[more than 800 people|arrested;a=lawyers]] accused
    of belonging to Boko Haram since {{2015}}, lawyers say, and [[about 100|arrested;n=-;a=lawyers]]
    have been sentenced to death. Amnesty International says [[at least 1,000
    suspects|arrested;a=Amnesty International]] are held in Maroua's central prison, which was
    built for [[350 inmates|capacity]]. [[Twenty-nine detainees|killed]] died in custody in
    {{2024}}. Last week the court acquitted [[42 defendants|arrested]] and ordered their release,
    {{nine years}} after their arrest.""",
)

item(
    "Cameroon extends Far North operation to end of 2026",
    """MAROUA - Cameroon's defence ministry said on Friday it would extend Operation {{Emergence
    4}}, the army's campaign against Boko Haram and ISWAP in the Far North, until {{31 December
    2026}}. The operation is run from Maroua, alongside the headquarters of {{Sector 1}} of the
    Multinational Joint Task Force in Mora, and its budget rose by {{9 percent}} to {{41 billion
    CFA francs}}. The {{2026}} defence budget is {{285 billion CFA francs}}, about {{1.2%}} of
    GDP. Convoys on {{National Road 1}} between Maroua and Kousseri travel at no more than {{40
    km/h}}.""",
)

item(
    "Clashes over water points in Logone-Birni kill 16",
    """KOUSSERI, Cameroon - Clashes between herders and fishermen over water points in the
    Logone-Birni area have killed [[at least 16 people|killed;a=the governor of the Far North]]
    and wounded [[42|injured;n=-;a=the governor of the Far North]], the governor of the Far North
    said on Sunday. [[Nineteen villages|housing]] were burned. UNHCR said [[more than 11,000
    people|displaced;a=UNHCR]] had crossed the Logone river into Chad, where they joined [[some
    30,000 Cameroonians|displaced;a=UNHCR]] who fled similar violence in {{2021}}. The
    governor said [[28 people|arrested;a=The governor;alt=the governor of the Far North]] had been
    arrested and that [[an extra 300 gendarmes|combatants;p;a=The governor;alt=the governor of the
    Far North]] would be sent.""",
)
