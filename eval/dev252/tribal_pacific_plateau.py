"""Items of dev252: tribal fighting in Papua New Guinea's highlands (Enga, Hela, Southern
Highlands) and Nigeria's Plateau State."""

from _wrap import item

item(
    "Bodies lined up on a roadside after Enga ambush",
    """Police in Papua New Guinea's Enga province said on Sunday they had recovered the bodies
    of [[26 men|killed;a=Police]] shot dead in an ambush near Wabag, in what officers called the
    worst tribal killing in the highlands in years. Acting Police Commissioner Donald Yamasombi
    told the national broadcaster that the toll could rise, with [[dozens more|missing;a=Donald
    Yamasombi;n=-]] still unaccounted for in the bush. The attackers, armed with high-powered
    rifles, were believed to be mercenaries hired by one side in a feud that began after the
    {{2022}} provincial elections. A police spokesman said [[at least 17 houses|housing;a=A
    police spokesman]] in the Tsak valley had been burned in the days before the ambush. Prime
    Minister James Marape said [[100 soldiers|combatants;a=James Marape;p]] would be flown into
    the province under a call-out order. Aid workers said [[some 1,500 people|displaced;a=Aid
    workers]] had left villages along the Highlands Highway since {{February 18}}.""",
)

item(
    "Hela feud: church counts 3,000 sheltering in Tari",
    """[[About 3,000 people|displaced;a=the United Church]] are sheltering in church compounds and relatives'
    homes in Tari after renewed fighting between clans in Hela province, the United Church
    said on Thursday. The church's relief coordinator, Pastor Ben Mokai, said [[more than 40
    homes|housing;a=Ben Mokai]] and a primary school had been torched since the clashes flared
    on {{August 3}}. "We have buried [[nine people|killed;a=Ben Mokai]] from our own
    congregation," he said. Hospital staff said they had treated [[14 men|injured;a=Hospital
    staff]] for gunshot and axe wounds, [[two of them|injured;a=Hospital staff;n=-]] in
    critical condition. The provincial administration has pledged {{K500,000}} for relief, and
    police said [[a 60-strong mobile squad|combatants;a=police;v=60;n=squad]] had reached Tari
    from Mount Hagen, some {{250 kilometres}} away.""",
)

item(
    "Mercenaries blamed as death toll in Porgera clashes rises",
    """The death toll from clan fighting around the Porgera gold mine in Enga has risen to
    [[at least 30|killed;n=-;a=Epenes Nili]], provincial police commander Chief Inspector Epenes Nili said on
    Tuesday. He said [[around 200 fighters|combatants;a=Epenes Nili]], many of them hired from
    neighbouring Hela, had taken part in the clashes near Paiam. Residents said [[hundreds of
    illegal miners|displaced;a=Residents]] had fled the open pit area as gunfire echoed through
    the valley over {{four days}}. The mine operator said [[about 4,000 employees and
    contractors|other;a=The mine operator;n=employees and contractors]] had been told to stay
    in camp. Police said [[11 suspects|arrested;a=Police]] had been arrested and [[eight
    firearms|other;a=Police]], including a {{.303}} rifle, had been seized. The government
    declared a lockdown for {{90 days}} in July {{2024}}.""",
)

item(
    "Southern Highlands village burned in payback raid, police say",
    """A payback raid in the Nipa-Kutubu district of Southern Highlands left [[five people|killed;
    a=police]] dead, among them a {{12-year-old}} girl, police said on Wednesday. [[Thirty-two
    houses|housing;a=police]] and a trade store were burned, police said, and [[an estimated
    400 villagers|displaced;a=police]] fled to the district station. Provincial police
    commander Superintendent Joseph Tondop said [[three men|arrested;a=Joseph Tondop]] had been
    detained over the attack, which followed the killing of a clan leader in {{2023}}. He
    appealed for calm and said [[20 more officers|combatants;a=Joseph Tondop;p]] would be sent
    from Mendi by the end of the week. Elders of both clans met at the station on Friday.""",
)

item(
    "Enga peace ceremony ends eight-year fight with pigs and cash",
    """{{Two clans}} in Enga's Kandep district ended a fight that began in {{2016}} with a
    compensation ceremony on Saturday, handing over {{600 pigs}} and {{K320,000}} in cash in
    front of provincial leaders. The fighting killed [[more than 70 people|killed;a=the district peace and good order committee]] over
    {{eight years}}, according to the district peace and good order committee, and destroyed
    [[at least 500 homes|housing;a=the district peace and good order committee]]. Governor
    Peter Ipatas said [[some 2,000 villagers|returned;a=Peter Ipatas;p]] were expected to go
    back to their land once police had cleared the buffer zone. About [[1,200 people|other]]
    attended the ceremony, where [[45 guns|other]] were handed to police and burned. Church
    leaders said the {{fourth}} such ceremony in the province this year showed that mediation
    was working.""",
)

item(
    "Hela schools stay shut as clan fighting spreads",
    """[[Eighteen schools|other;a=the provincial education adviser]] in Hela's Komo-Margarima district remain closed after a
    month of fighting between rival clans, the provincial education adviser said on Monday,
    keeping [[about 5,600 pupils|other;a=the provincial education adviser]] at home. The adviser
    said [[three classrooms|housing;a=The adviser]] had been burned at Hedemari. Police said
    [[six people|killed;a=Police]] had died in the fighting since {{October 2}} and [[nine|injured;
    a=Police]] had been wounded. Unicef said it was sending [[300 school kits|aid;a=Unicef;p]] to
    children in care centres in Tari. Teachers have warned the term, due to end on {{December
    6}}, may be lost.""",
)

item(
    "Highlands feuds in numbers: a year of killings",
    """Tribal fighting in Papua New Guinea's highlands killed [[at least 150 people|killed;a=the
    Royal Papua New Guinea Constabulary]] in {{2023}}, according to figures compiled by the
    Royal Papua New Guinea Constabulary and published on Thursday. Enga accounted for [[68 of
    the deaths|killed;n=deaths]], Hela for [[41|killed]] and Southern Highlands for the rest.
    Police recorded [[1,340 houses|housing;a=Police]] burned and said [[about 12,000 people|displaced;a=Police]]
    had been forced from their homes over the year. The report counted [[217 arrests|arrested;a=The report;alt=the Royal Papua New Guinea Constabulary]]
    and [[92 firearms|other;a=The report;alt=the Royal Papua New Guinea Constabulary]] surrendered, many of them factory-made. The United Nations has
    estimated that [[up to 30,000 people|civilians;a=The United Nations]] across {{the three
    provinces}} live in areas affected by feuds, roughly {{5 percent}} of their population.""",
)


item(
    "Women and children killed in Laiagam dawn attack",
    """Gunmen and men armed with bush knives killed [[eight people|killed;a=police]] in a dawn
    attack on a village in Enga's Laiagam district, police said on Saturday, among them
    [[three women|killed;a=police]] and [[four children|killed;a=police]]. The youngest victim
    was {{18 months}} old. Provincial administrator Sandis Tsaka said the attackers had come
    from a neighbouring valley at about {{5am}} and set fire to [[nearly 60 houses|housing;
    a=Sandis Tsaka]] before withdrawing. [[Two men|missing]] have not been seen since the raid.
    Health workers at Wabag General Hospital said they were treating [[11 people|injured;
    a=Health workers]] with machete wounds. Police said the killings were revenge for the death
    of a youth leader in {{January}} and that [[a further 35 officers|combatants;a=Police]] had
    been sent to the area.""",
)

item(
    "Displaced families in Tari short of food, agencies warn",
    """Families who fled clan fighting in Hela province are running out of food, aid agencies
    said on Friday, {{six weeks}} after they reached Tari. The International Organization for
    Migration said [[about 1,100 households|displaced;a=The International Organization for
    Migration]] were living in [[five care centres|capacity;a=The International Organization
    for Migration]], mostly church halls and school buildings. [[Another 2,000 people|displaced]]
    are staying with relatives in town. The World Food Programme said it had delivered
    [[40 tonnes|aid;a=The World Food Programme]] of rice and tinned fish and planned to reach
    [[700 more families|aid;a=The World Food Programme;p]] next month. CARE said
    [[120 latrines|aid;a=CARE;p]] were needed at the care centres. "The women tell us their
    gardens were burned with the houses," said an IOM officer, who said [[about 80
    gardens|other;a=an IOM officer;u=other]] had been destroyed.""",
)

item(
    "Police commander: calm returns to Wapenamanda after troop surge",
    """Calm has returned to Wapenamanda in Enga province after the deployment of [[300 police
    and soldiers|combatants;n=police and soldiers;a=the commander of the joint security task force;alt=Samson Kua]], the commander of the joint security task
    force said on Monday. Chief Superintendent Samson Kua said his men had set up
    [[six checkpoints|other;a=Samson Kua]] along the Highlands Highway and had detained
    [[19 people|arrested;a=Samson Kua]] for carrying weapons. Traders said [[more than 150
    market stalls|housing;a=Traders;n=stalls;u=structure]] that were burned in the fighting had
    not been rebuilt. The commander said [[1,800 displaced villagers|returned;a=The commander;
    alt=Samson Kua]] had gone back to their land in the past {{two weeks}}. He said [[about
    700|displaced;a=Samson Kua;n=-]] were still staying in Wabag. The task force is due to stay
    for {{three months}}.""",
)

item(
    "Long-running Mendi feud flares again",
    """A feud between clans on the outskirts of Mendi, the capital of Southern Highlands, flared
    again this week, killing [[four men|killed]] and forcing [[hundreds of residents|displaced]]
    to flee. A pastor at the Catholic mission said [[around 250 women and children|displaced;
    a=A pastor at the Catholic mission;n=women and children]] had spent the night at the
    mission hall. Police said the fight stemmed from a land dispute that began in {{2019}} and
    had killed [[at least 22 people|killed;a=Police]] since. [[Five men|injured;a=a hospital official]] were flown to
    Mount Hagen for treatment, a hospital official said, one with a spear wound to the chest.
    Police said [[two suspects|arrested;a=Police]] had been arrested on Thursday. The national
    Peace and Harmony Office has sent [[a 12-member mediation team|other;v=12;n=team]] to
    the area.""",
)

item(
    "Hela governor's cousin among six kidnapped by rival clan",
    """Armed men from a rival clan abducted [[six people|kidnapped;a=police]], including a
    cousin of the Hela governor, at a roadblock near Tari on Tuesday, police said. [[Two of the
    hostages|kidnapped;a=police]] were freed on Wednesday after elders intervened, police said,
    while [[the remaining four|kidnapped;n=-;a=police]] were thought to be held in the hills above the
    Tagali river. Provincial police commander Inspector Martin Pari said [[40 officers|
    combatants;a=Martin Pari]] were searching the area. He said the kidnappers had demanded
    {{K200,000}} and {{50 pigs}} as compensation for a clan member killed in {{2021}}. A
    woman who was released said she had been held with [[nine other captives|kidnapped;a=A woman
    who was released;n=captives]] before some were moved.""",
)

item(
    "No figures yet as Enga court sits on clan war case",
    """The National Court in Wabag began hearing the case against the alleged organisers of a
    {{2024}} tribal ambush on Monday, {{18 months}} after the killings. Justice Ellenas Batari
    set aside {{three weeks}} for the trial, the {{second}} arising from the massacre. The
    prosecution said it would show that payments of up to {{K5,000}} a day were
    made to gunmen. The accused, aged between {{24}} and {{57}}, deny the charges. The court
    will sit from {{9am}} each day.""",
)

item(
    "Plateau: gunmen raid Bokkos villages overnight",
    """Gunmen attacked [[at least 17 villages|other;a=local officials]] in the Bokkos and Barkin Ladi areas of
    Nigeria's Plateau State overnight, killing [[at least 160 people|killed;a=local officials]],
    local officials said on Tuesday. Monday Kassah, chairman of the Bokkos local government
    council, said [[221 houses|housing;a=Monday Kassah]] had been burned and [[more than 300
    people|injured;a=Monday Kassah]] wounded. The Plateau State Emergency Management Agency
    said [[about 10,000 people|displaced;a=The Plateau State Emergency Management Agency]] had
    fled to Bokkos town and were sheltering in [[eight camps|capacity;a=The Plateau State
    Emergency Management Agency]], most of them schools and churches. Amnesty International
    said the authorities had failed to act on warnings. The army's Operation Safe Haven said
    its troops had arrested [[eight suspects|arrested;a=Operation Safe Haven]] and recovered
    [[a dozen rifles|other;a=Operation Safe Haven]]. The attacks began at about {{6pm}} on
    {{December 24}}, {{2023}}, residents said.""",
)

item(
    "Mangu curfew extended as death toll climbs",
    """The Plateau State government extended a {{24-hour}} curfew in Mangu on Friday after
    clashes between Mwaghavul farmers and Fulani herders killed [[at least 30 people|killed;
    a=the government;alt=The Plateau State government]] in {{a week}}, according to the government. Police
    spokesman Alfred Alabo said [[more than 200 houses|housing;a=Alfred Alabo]] and
    [[two mosques|housing;a=Alfred Alabo]] had been set ablaze and [[43 people|arrested;
    a=Alfred Alabo]] had been detained. The National Emergency Management Agency said [[some
    15,000 people|displaced;a=The National Emergency Management Agency]] had fled the town and
    that [[4,200 households|aid;a=The National Emergency Management Agency;p]] would receive food
    and mats. Herders' group Miyetti Allah said [[over 500 cattle|other;a=Miyetti Allah]] had
    been rustled or killed. Governor Caleb Mutfwang said more troops would be welcome
    but that only the federal government could send them.""",
)

item(
    "Bassa: abducted farmers freed, others still missing",
    """Security forces in Plateau State rescued [[11 farmers|kidnapped;a=a military spokesman;alt=Oya James]] abducted during a raid
    on Bassa local government area, a military spokesman said on Sunday. Captain Oya James, the
    spokesman for Operation Safe Haven, said [[another seven people|missing;a=Oya James]] were
    still unaccounted for after the attack on Miango, in which [[14 villagers|killed;
    a=Oya James]] died. Irigwe community leaders put the toll higher, at [[19|killed;a=Irigwe
    community leaders]], and said [[about 70 homes|housing;a=Irigwe community leaders]] had been
    razed. [[Three soldiers|injured;a=Oya James]] were wounded in the rescue, he said. The
    Irigwe Development Association says [[more than 2,000 residents|displaced;a=The Irigwe
    Development Association]] of the area have left for Jos since {{April}}.""",
)

item(
    "Plateau peace committee sets out reconciliation timetable",
    """The Plateau Peace Building Agency on Wednesday unveiled a {{12-month}} plan to reconcile
    communities in Mangu, Bokkos and Riyom, where violence has flared repeatedly since {{2001}}.
    The agency's director-general said dialogue sessions would take place every {{two weeks}}
    and that the budget was {{N450 million}}. Traditional rulers are to meet for the {{first}}
    time on {{March 3}}. The plan draws on a {{2018}} survey that found {{62 percent}} of
    residents wanted grazing routes mapped.""",
)
