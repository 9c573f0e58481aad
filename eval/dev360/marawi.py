"""Items of dev360: Marawi and Lanao del Sur, 2016-2026 (the Butig clashes, the siege of 2017,
its evacuees, the return to the city, its rebuilding and the Dawlah Islamiyah remnants)."""

from _wrap import item

item(
    "Marawi evacuees top 200,000 as fighting enters fourth week",
    """
    [[More than 200,000 people|displaced;a=the Department of Social Welfare and Development]]
    have fled Marawi and nearby towns since Islamic State-linked gunmen overran parts of the city
    on {{May 23}}, the Department of Social Welfare and Development said on Thursday. Only
    [[some 17,400|displaced;a=the agency;alt=the Department of Social Welfare and Development]]
    are staying in the
    [[79 evacuation centres|capacity;a=the agency;alt=the Department of Social Welfare and Development]]
    opened in the two Lanao provinces, the agency said; the rest have crowded into relatives'
    homes in Iligan City and Cagayan de Oro. The military said
    [[at least 26 soldiers and police|killed;a=The military;n=soldiers and police]] and
    [[138 militants|killed;a=The military]] had died, along with
    [[39 civilians|killed;a=The military]]. Provincial officials believe
    [[hundreds of residents|civilians;a=Provincial officials]] are still trapped in the
    commercial district around the Grand Mosque. "We get text messages every night from people
    hiding in basements," said a volunteer with the provincial rescue team.
    """,
)

item(
    "Troops retake Marawi mosque, free hostages held by Maute gunmen",
    """
    Soldiers recaptured the Bato mosque in Marawi late on Saturday and freed
    [[a dozen hostages|kidnapped;a=the military]], among them a Catholic priest seized on the
    first day of the siege, the military said. Lieutenant Colonel Dennis Almario, a spokesman for
    Joint Task Force Marawi, said [[two soldiers|killed;a=Lieutenant Colonel Dennis Almario]] died
    and [[nine|injured;a=Lieutenant Colonel Dennis Almario]] were wounded in the assault, which
    began before dawn. He said
    [[between 40 and 50 gunmen|combatants;a=Lieutenant Colonel Dennis Almario]] were still
    holding out in an area of less than {{one square kilometre}} near the lake shore, with
    [[as many as 30 hostages|kidnapped;a=Lieutenant Colonel Dennis Almario]]. The freed captives
    told interrogators they had been made to carry ammunition and loot houses. Troops also
    recovered the bodies of [[11 militants|killed]] from the mosque's basement. Since the siege
    began, [[about 1,600 civilians|civilians;a=the task force]] have been rescued from the battle
    area, the task force said.
    """,
)

item(
    "Marawi battle over after five months, defence chief says",
    """
    The battle for Marawi is over, Defence Secretary Eduardo Alvarado told reporters on
    {{October 23, 2017}}, {{154 days}} after Islamic State-aligned fighters stormed the city.
    The defence department counts [[920 militants|killed;a=The defence department]],
    [[165 soldiers and police|killed;a=The defence department;n=soldiers and police]] and
    [[47 civilians|killed;a=The defence department]] dead in the fighting. Troops rescued
    [[1,780 civilians|civilians;a=Alvarado]] who had been trapped or held in the main battle area,
    Alvarado said, and [[more than 1,400 soldiers|injured;a=Alvarado]] were wounded over the five
    months. Relief officials say [[some 360,000 residents|displaced;a=Relief officials]] of the
    city and nearby towns remain displaced, and that a return cannot begin until engineers clear
    unexploded bombs from the [[24 most damaged villages|other;a=Relief officials]]. "Marawi is free, but it is empty," said
    one city councillor.
    """,
)

item(
    "First Marawi families go home to villages outside battle zone",
    """
    [[About 3,000 families|returned;a=Task Force Bangon Marawi]] went back to
    [[18 villages|other;a=Task Force Bangon Marawi]] on the edge of Marawi this week, Task Force
    Bangon Marawi said, the first organised return since the siege ended. Each household was
    screened at a checkpoint on the Marawi-Iligan highway and given a family food pack, hygiene
    kits and a return card. The task force said [[another 4,500 families|returned;a=The task force;p]]
    are scheduled to go home before Christmas, once power and water are restored in
    [[six more villages|other;a=The task force;p]]. Social welfare officials said
    [[more than 41,000 families|displaced;a=Social welfare officials]] were still registered as
    displaced, [[nearly 3,500 of them|displaced;a=Social welfare officials;n=-;u=household]] in
    evacuation centres and the rest with relatives. Aid agencies say
    [[tens of thousands of people|displaced;a=Aid agencies]] from the battle zone itself cannot go
    back for at least another year.
    """,
)

item(
    "Sagonsongan shelters fill as Marawi rebuilding drags",
    """
    Work crews have finished [[1,175 transitional shelters|capacity;a=local officials]] in Sagonsongan, a hillside
    barangay east of Marawi, and [[about 1,000 families|displaced;a=local officials]] have moved in,
    local officials said on Monday. The National Housing Authority plans
    [[up to 4,000 units|capacity;a=The National Housing Authority;p]] across [[eight relocation
    sites|capacity;a=The National Housing Authority;p]], enough for families whose homes stood in the most affected area and cannot be rebuilt
    soon. Residents complain the {{21-square-metre}} units are hot and far from the lake, where
    many once fished. "We were promised {{six months}} here; it has been a year," said Noraisa
    Macabangkit, {{46}}, a mother of {{five}}. The authority said
    [[some 240 families|displaced;a=The authority;alt=The National Housing Authority]] remain in
    tents at the Buru-un school compound while they wait for a unit, and that
    [[200-250 families|displaced;a=The authority;alt=The National Housing Authority;p]] would move
    each month from February.
    """,
)

item(
    "Marawi compensation board flooded with claims for lost homes",
    """
    The Marawi Compensation Board has received [[more than 10,400 claims|other;u=other]] since it
    opened its doors, most of them for houses and shops destroyed during the {{2017}} siege, its
    chairwoman said on Tuesday. Under Republic Act {{11696}}, owners are paid up to
    {{P18,000 per square metre}} for a destroyed concrete structure. The board has approved
    [[1,902 claims|other;a=The board;u=other]] so far, covering
    [[about 1,100 homes|housing;a=The board]] reduced to rubble, and paid out {{P1.2 billion}}. Estimates of the
    destruction vary: the board's surveyors have tagged
    [[roughly 6,000 structures|housing;a=the board's surveyors]] in the most affected area as
    destroyed or beyond repair. Claimants who died since the siege can be represented by heirs,
    and the board said [[at least 140 such claims|other;a=the board;u=other]] were filed. City
    officials say [[around 11,000 families|displaced;a=City officials]] from the most affected area
    are still living elsewhere.
    """,
)

item(
    "Marawi marks anniversary with rebuilding 'nearly done'",
    """
    Marawi marked the {{eighth}} anniversary of the siege on {{May 23, 2025}} with a prayer rally
    at the Grand Mosque and a promise from the national government that the rebuilding of the most
    affected area would be finished by {{June 2026}}. The government said {{93 percent}} of public
    works were complete, including the {{P3.7-billion}} sports complex and the
    {{4.2-kilometre}} lakeshore road. Critics noted that private rebuilding had lagged, with only
    {{one in five}} owners having started work, and that the compensation budget of
    {{P5 billion}} for {{2025}} covered less than {{a quarter}} of claims. The city's mayor, {{52}},
    said the {{2017}} siege had cost Marawi "a generation" and asked Congress to extend the
    compensation law by {{three years}}.
    """,
)

item(
    "A year on, Marawi evacuees still crowd schools and tent cities",
    """
    A year after the siege began, [[about 69,000 families|displaced;a=the Department of Social Welfare and Development]]
    are still displaced, the Department of Social Welfare and Development said in its latest
    report, [[3,200 of them|displaced;a=the Department of Social Welfare and Development;n=-;u=household]] in the tent cities and
    [[17 schools|capacity;a=the Department of Social Welfare and Development]] used as evacuation centres around Lake Lanao. Aid workers say
    conditions have worsened as funding shrinks. The World Food Programme said it would cut its
    monthly rice rations to [[about 12,000 households|aid;a=The World Food Programme;p]] from
    [[21,000|aid;a=The World Food Programme;u=household]]. A health officer at the Pantar camp
    said [[three children|killed;a=A health officer]] had died of diarrhoea in {{May}} and
    [[at least 40 people|injured]] were treated for burns and smoke after a fire swept through a row
    of tents. The fire destroyed [[16 tents|housing]].
    """,
)

item(
    "Army kills Dawlah Islamiyah fighters in Lanao del Sur hills",
    """
    Soldiers killed [[seven members|killed;a=the army]] of the Dawlah Islamiyah group in a
    clash in the hills of Munai, on the border of Lanao del Norte and Lanao del Sur, the army
    said on Sunday. The {{103rd}} Infantry Brigade said [[two soldiers|injured;a=The 103rd Infantry Brigade]]
    were wounded in the {{two-hour}} gunfight and that troops seized
    [[nine high-powered firearms|other;a=The 103rd Infantry Brigade]]. Brigade commander
    Brigadier General Romeo Dacanay said the group, the last remnant of the fighters who held
    Marawi in {{2017}}, had been reduced to [[fewer than 20 armed men|combatants;a=Brigadier General Romeo Dacanay]].
    Municipal officials said [[about 320 families|displaced;a=Municipal officials]] from
    [[four barangays|other;a=Municipal officials;u=other]] fled to the town centre when the
    shooting started, and most had gone home by nightfall. Since {{January}},
    [[23 of its members|combatants;a=the brigade]] have surrendered, the brigade said.
    """,
)

item(
    "Butig clashes uproot thousands as army hunts Maute group",
    """
    Fighting between government troops and the Maute group around Butig in Lanao del Sur has
    displaced [[more than 5,000 families|displaced;a=the provincial disaster office]], the
    provincial disaster office said on Wednesday, as air strikes continued for a {{fifth day}}.
    The military said [[42 militants|killed;a=The military]] and
    [[three soldiers|killed;a=The military]] had been killed since the fighting began on
    {{February 20}}, and that the gunmen had hoisted the black flag of Islamic State over the
    town's old municipal hall. Local officials said [[about 1,500 residents|civilians;a=Local officials]]
    could not leave because roads into the town were mined. The Autonomous Region in Muslim
    Mindanao's humanitarian team said it had sent [[six trucks|aid;a=The Autonomous Region in Muslim Mindanao's humanitarian team]]
    of rice and canned goods to the evacuees in Lanao del Sur's capital. Residents who slipped back
    to fetch belongings said [[more than 20 houses|housing;a=Residents]] had been burned.
    """,
)

item(
    "Marawi bodies still being found two years after siege",
    """
    Forensic teams have recovered the remains of [[94 people|killed;a=the city's disaster office]]
    from the rubble of Marawi's most affected area since the siege ended, the city's disaster
    office said on Friday, and families have identified [[only 31|killed;a=the city's disaster office]].
    Relatives' groups say [[some 140 residents|missing;a=Relatives' groups]] are still
    unaccounted for. "Every month we come to the municipal cemetery and ask if there is a new
    grave," said Aminah Ditucalan, whose husband, then {{38}}, vanished on the {{second day}} of the
    fighting. The Philippine National Police said it had collected DNA from
    [[212 relatives|other;a=The Philippine National Police]] to match against the bodies, and
    that [[at least 47 bodies|killed;a=The Philippine National Police]] buried in
    unmarked graves would be exhumed next year. The military believes
    [[at least 40 of them|killed;a=The military;n=-]] were militants.
    """,
)

item(
    "Over 400 held under Mindanao martial law, police say",
    """
    The police have arrested [[more than 400 people|arrested;a=the police]] across Mindanao
    since martial law was declared on {{May 23}}, [[about 60|arrested;a=the police]] of them
    suspected members or supporters of the Maute group, the police said on Monday. At a
    checkpoint in Iligan City on Sunday, officers detained
    [[three men|arrested]] found carrying [[two rifles|other]] and a map of the city's port.
    Rights groups said [[at least 19 people|arrested;a=Rights groups]] had been held for more than
    {{three days}} without charge, in breach of the constitution, which requires a detainee to be
    charged or released within {{72 hours}} even under martial law. The army said it had
    [[4,000 troops|combatants;a=The army]] at checkpoints across the Lanao provinces. Immigration
    officials said [[several dozen foreigners|arrested;a=Immigration officials]] were among those held.
    """,
)

item(
    "Bomb at Mindanao State University Mass kills four in Marawi",
    """
    A bomb exploded during a Sunday Mass at the Mindanao State University gymnasium in Marawi on
    {{December 3, 2023}}, killing [[four people|killed;a=police]] and wounding
    [[about 50 others|injured;a=police]], police said. President Ferdinand Marcos Jr blamed
    "foreign terrorists" and the regional police chief said the Dawlah Islamiyah-Maute group was
    suspected. The university suspended classes and said [[at least 2,000 students|displaced;a=The university]]
    from other provinces had been sent home for safety. By the end of the week the army said
    [[11 suspected militants|killed;a=the army]] had been killed in operations in Lanao del Sur
    linked to the hunt for the bombers, and the police had arrested [[two men|arrested]]. The university said
    [[more than 300 students and teachers|civilians;a=The university;n=students and teachers]] were
    at the Mass.
    """,
)

item(
    "Marawi evacuee camps see measles outbreak, aid groups warn",
    """
    Health workers have recorded [[214 cases|other;u=other]] of measles among children in Marawi
    evacuation centres since {{January}}, the provincial health office said, and
    [[six children|killed;a=the provincial health office]] have died. The outbreak is worst at the
    Boganga transitional site, where [[about 750 families|displaced;a=UNICEF]] live in
    plywood shelters, according to UNICEF. The agency said it would vaccinate
    [[some 15,000 children|aid;a=The agency;alt=UNICEF;p]] under the age of {{five}} in a
    {{two-week}} campaign. The Department of Health has sent [[12 nurses|other]] and a mobile
    clinic. Parents say water is the root problem: the site has [[eight latrines|aid;a=Parents]]
    for [[more than 4,000 people|displaced;a=Parents]].
    """,
)

item(
    "Schools reopen in Marawi as evacuees move out",
    """
    Classes resumed on Monday in [[23 public schools|other]] in and around Marawi that had housed
    evacuees since the siege, the Department of Education said. The department said
    [[11 schools|capacity;a=The department;alt=the Department of Education]] were still sheltering
    [[about 900 families|displaced;a=The department;alt=the Department of Education]] and would
    open late. Contractors have built [[114 temporary classrooms|housing;a=the department's regional office]],
    according to the department's regional office, to replace classrooms destroyed in the fighting. [[Some 7,000 pupils|displaced;a=the department;alt=the Department of Education]] still live in
    transitional sites and travel to class by jeepney, the department said, and
    [[1,200|returned;a=the department;alt=the Department of Education]] have come back from
    schools in Iligan and Cagayan de Oro. Enrolment has recovered to around
    {{80 percent}} of the pre-siege level. "Some of my pupils have moved {{four times}} in
    {{two years}}," said a teacher at Marawi Central Elementary School.
    """,
)

item(
    "Congress extends Mindanao martial law for third time",
    """
    Congress voted on {{December 12, 2018}} to extend martial law in Mindanao until
    {{December 31, 2019}}, the {{third}} extension since it was declared in {{May 2017}}. The
    government argued that the {{2017}} Marawi siege had shown the reach of Islamic State in the
    region and that bombings in {{2018}} proved the threat had not passed. Opponents said the measure was no longer needed and that the {{1987}} Constitution
    limited martial law to {{60 days}} unless extended. A survey in {{September}} found
    {{54 percent}} of Mindanao residents backed the extension, down from {{62 percent}} a year
    earlier.
    """,
)
