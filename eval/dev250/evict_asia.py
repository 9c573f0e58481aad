"""Forced evictions and demolitions in Asia, 2014-2026: India's bulldozer demolitions and
eviction drives, Cambodia's Angkor relocations, Kabul's informal settlements, Karachi and
Yangon."""

from _wrap import item

item(
    "Two killed as police fire on villagers during Assam eviction drive",
    """Police in Assam's Darrang district opened fire on villagers protesting against an eviction
    drive at Dhalpur on {{23 September 2021}}, killing [[two people|killed;a=the district
    administration]], including a {{12-year-old}} boy, according to the district administration.
    The administration said [[nine policemen|injured;a=The administration;alt=the district
    administration]] were also hurt when a crowd attacked them with sticks and spears. Officials
    said [[about 800 families|displaced;a=Officials]] had been evicted over {{two days}} from
    government land meant for an agricultural project, and that [[four places of
    worship|housing;u=structure;n=places;a=Officials]] were razed. [[Some 1,500 police
    personnel|combatants]] were deployed for the drive. The All Assam Minority Students' Union
    said [[more than 1,000 families|displaced;a=The All Assam Minority Students' Union]] were
    now living in tarpaulin shelters on the river bank with little food. Chief Minister Himanta
    Biswa Sarma said the drive would continue.""",
)

item(
    "Haldwani violence: curfew after demolition of madrasa",
    """Authorities imposed a curfew and issued shoot-at-sight orders in Haldwani, Uttarakhand,
    on {{8 February 2024}} after the demolition of a madrasa and a mosque in the Banbhoolpura
    area set off violence. The district magistrate said [[five people|killed;a=The district
    magistrate]] were killed when police opened fire on a crowd that pelted stones and set
    vehicles alight, and that [[more than 100 people|injured;a=The district magistrate]], most
    of them police personnel, were hurt. Rioters torched [[at least 70 vehicles|other;a=police
    officials]] and set fire to the Banbhoolpura police station, police officials said.
    [[About 1,100 additional policemen|combatants;a=the state government]] and paramilitary
    personnel were sent to the town, the state government said. By the following week [[more
    than 80 people|arrested]] had been arrested, among them the man police described as the
    main accused. Residents said [[about 300 families|displaced;a=Residents]] had left
    Banbhoolpura for relatives' homes in other towns, and [[a local trader|missing;v=1;a=his
    family]] had not been heard from since the night of the riot, his family said.""",
)

item(
    "Nuh demolitions halted after four days and 1,200 structures",
    """The Punjab and Haryana High Court on {{7 August 2023}} halted a demolition drive in
    Haryana's Nuh district, asking whether the razing of buildings belonging to one community
    amounted to "an exercise of ethnic cleansing". The district administration said it had
    demolished [[1,208 structures|housing;a=The district administration]] in {{four days}},
    including [[443 permanent structures|housing;a=The district administration]] and
    [[765 temporary ones|housing;u=structure;a=The district administration;n=ones]],
    after communal clashes in which [[six people|killed]] died. Officials said the buildings
    were illegal and some had been used by rioters. Shopkeepers in Nalhar said [[dozens of
    medical shops|housing;a=Shopkeepers in Nalhar]] near the hospital were torn down within
    minutes. Police said [[more than 300 people|arrested;a=Police]] had been arrested over the
    violence and that [[about 2,500 security personnel|combatants;a=Police]] were still
    deployed in the district.""",
)

item(
    "Jahangirpuri bulldozers roll on for hours despite Supreme Court stay",
    """Municipal bulldozers demolished shops and the gate of a mosque in Delhi's Jahangirpuri on
    {{20 April 2022}}, days after clashes during a religious procession, and kept going for
    nearly {{two hours}} after the Supreme Court ordered a halt. The North Delhi Municipal
    Corporation said the drive targeted encroachments and that [[nine bulldozers|other;u=other;a=The
    North Delhi Municipal Corporation]] were used. Traders said [[at least 25 shops and
    kiosks|housing;u=structure;n=shops and kiosks;a=Traders]] were destroyed. [[More than 1,500
    police and paramilitary personnel|combatants]] ringed the area. Delhi Police said [[23
    people|arrested;a=Delhi Police]] had so far been arrested over the clashes, in which [[eight
    policemen|injured;a=Delhi Police]] and [[a civilian|injured;v=1;a=Delhi Police]] were hurt.""",
)

item(
    "Khargone razes homes and shops of riot accused",
    """The administration in Khargone, Madhya Pradesh, demolished [[16 houses|housing;a=the
    district collector]] and [[29 shops|housing;a=the district collector]] belonging to people it
    accused of rioting during a Ram Navami procession, the district collector said on {{12
    April 2022}}. Police said [[95 people|arrested;a=Police]] had been arrested and [[more than
    20|injured;a=Police]], including the superintendent of police, were injured in the clashes
    {{two days}} earlier. Families whose homes were razed said the demolitions came without notice;
    one of them, a widow, said her house had been built under a government housing scheme. A
    rights group, the Association for Protection of Civil Rights, said [[at least
    12|displaced;a=the Association for Protection of Civil Rights;u=household;n=-]] of the
    families were now living with relatives. A curfew confined [[about 2 lakh residents|civilians;v=200000;q=approx;n=residents]] to their homes.""",
)

item(
    "Prayagraj house demolished two days after protest",
    """The Prayagraj Development Authority demolished the {{two-storey}} house of Javed Mohammad, a
    local politician police accuse of organising a protest that turned violent, on {{12 June
    2022}}, saying it had been built without approved plans. [[Hundreds of
    policemen|combatants]] stood guard as a bulldozer tore down the house in about {{three
    hours}}. Police said [[91 people|arrested;a=Police]] had been arrested in the city over the
    stone-pelting on Friday, in which [[at least 14 personnel|injured;a=Police]] were hurt.
    Across Uttar Pradesh, [[more than 300 people|arrested;a=officials]] had been detained in
    connection with the protests, officials said. [[Some 1,000 police personnel|combatants]] were posted across the city for the weekend. The family's lawyer said the house was
    registered in the name of Javed Mohammad's wife and that [[seven family
    members|displaced;a=The family's lawyer]] had been left without a home.""",
)

item(
    "Ahmedabad clears Chandola lake settlement in biggest drive yet",
    """Authorities in Ahmedabad demolished [[more than 8,000 structures|housing;a=the Ahmedabad
    Municipal Corporation]] around Chandola lake in {{late May 2025}}, the Ahmedabad Municipal
    Corporation said, in what officials called the largest demolition drive in the city's
    history. Gujarat police said [[about 3,000 policemen|combatants;a=Gujarat police]] and [[50
    bulldozers|other;u=other;a=Gujarat police]] took part, and that [[890 people|arrested;a=Gujarat
    police]] suspected of being undocumented Bangladeshi migrants had been detained in earlier
    raids on the settlement. Residents said many of the [[estimated 12,000
    families|displaced;a=Residents;q=approx]] who lived around the lake were Indian citizens from
    Gujarat and Uttar Pradesh and held documents. The corporation said [[only 450
    families|aid;a=The corporation;alt=the Ahmedabad Municipal Corporation]] were eligible for
    flats under a housing scheme. A petition to the Gujarat High Court on behalf of [[150
    residents|other]] was dismissed.""",
)

item(
    "Lucknow's Akbarnagar razed; families moved to flats on city edge",
    """The Lucknow Development Authority completed the demolition of Akbarnagar on the banks of
    the Kukrail river in {{June 2024}}, razing [[1,169 houses|housing;a=The Lucknow Development
    Authority]] and [[101 commercial structures|housing;a=The Lucknow Development Authority]],
    the authority said. It said it had built [[1,800 flats|capacity;u=structure;a=The
    Lucknow Development Authority]] at Basantkunj, about {{15 km}} away, under the Pradhan
    Mantri Awas Yojana, and that [[1,068 families|aid;a=The Lucknow Development
    Authority]] had so far been allotted flats. Residents said [[many hundreds of
    others|displaced;a=Residents]] had moved to rented rooms in the old city. The Supreme Court declined to stay the
    demolition in {{April}}. [[Up to 350 families|civilians;a=residents]] who could not prove they lived there before {{2006}} were left out, residents said. A riverfront project is planned on the cleared land.""",
)

item(
    "Amnesty says up to 10,000 families forced out of Angkor",
    """Cambodian authorities have forcibly evicted [[as many as 10,000 families|displaced;a=Amnesty
    International]] from the Angkor World Heritage site since {{2022}}, Amnesty International
    said in a report published on {{14 November 2023}}. The organisation said it interviewed
    [[more than 100 people|other;a=The organisation;alt=Amnesty International]] who described
    being threatened with losing any compensation if they did not leave. Most were moved to Run
    Ta Ek, a relocation site about {{25 kilometres}} north of the temples, where each family was
    given a plot of {{20 by 30 metres}}, a tarpaulin and {{$350}} in cash. The APSARA National
    Authority, which manages the park, said the relocation was voluntary and that the site had
    space for [[about 5,000 families|capacity;a=The APSARA National Authority]], with [[two new
    schools|capacity;a=The APSARA National Authority;u=structure]]. Prime Minister Hun Manet said
    [[some 4,700 families|aid;a=Prime Minister Hun Manet]] had already received land titles at
    Run Ta Ek and Peak Sneng.""",
)

item(
    "Families drift back to Angkor after relocation",
    """[[Hundreds of families|returned;a=local officials and residents]] moved out of the Angkor archaeological park to the Run Ta Ek
    relocation site have quietly returned to their old villages near the temples, local
    officials and residents told reporters in {{March 2024}}. A commune chief said [[about 700
    families|returned;a=A commune chief]] had come back because there was no work at Run Ta Ek,
    {{an hour}}'s drive from Siem Reap. The APSARA National Authority said [[roughly 10,000
    people|civilians;a=The APSARA National Authority]] still lived inside the park legally and
    would not be moved, and that [[1,340 illegal structures|housing;p;a=The APSARA National Authority]] built after
    {{2013}} would be removed this year. At Run Ta Ek, the Cambodian Center for Human Rights
    said [[at least 60 families|civilians;a=the Cambodian Center for Human Rights]] had no
    access to clean water. Police said [[three men|arrested;a=Police]] were arrested for
    rebuilding houses inside the park, and [[one relocated resident|missing;v=1;a=Police]] had
    been reported missing after leaving to look for work in Thailand.""",
)

item(
    "Boeung Kak activists jailed after clash over flooded homes",
    """A Phnom Penh court on {{11 November 2014}} sentenced [[seven women|arrested]] from the
    Boeung Kak lake community to a year in prison each after a protest over the flooding of
    their homes, in a trial lasting {{three hours}}. The women were among [[more than 3,500
    families|displaced;a=rights groups]] forced from the lake since a developer began filling it
    with sand in {{2008}}, rights groups say. Outside the court, security guards and police
    beat protesters; the rights group Licadho said [[at least 12 people|injured;a=the rights
    group Licadho]] were hurt and [[two monks|arrested;a=the rights group Licadho]] were taken
    away. Licadho said [[about 800 families|aid;a=Licadho]] had received compensation or plots
    since {{2011}}, while [[some 90 families|civilians;a=Licadho]] still had no land titles. The
    government said it had offered each family {{$8,500}}.""",
)

item(
    "Kabul municipality tears down informal settlements housing returnees",
    """The Kabul municipality has demolished [[more than 3,000 houses|housing;a=the UN
    Office for the Coordination of Humanitarian Affairs]] in informal settlements on the edges of
    the Afghan capital since {{January}}, according to the UN Office for the Coordination of
    Humanitarian Affairs. Many of those evicted had returned from Pakistan after Islamabad
    began expelling undocumented Afghans in {{late 2023}}, and the UN's migration agency says
    [[more than 1.7 million Afghans|returned;a=the UN's migration agency;alt=International Organization for Migration]] have come back from Pakistan and Iran in that
    time. In {{District 12}}, residents said Taliban police arrived with bulldozers before dawn
    and gave families {{an hour}} to take their belongings. [[At least 18 men|arrested;a=residents]]
    who protested were taken away, residents said. A municipal spokesman said [[only 2,000 illegal
    structures|housing;a=A municipal spokesman]] had been removed and that the owners had been
    warned months in advance. The International Organization for Migration said it had given
    cash and winter kits to [[around 1,900 evicted households|aid;a=The International Organization
    for Migration]].""",
)

item(
    "Deportees from Iran find Kabul's settlements bulldozed",
    """Afghans deported from Iran are arriving in Kabul to find that the informal settlements
    where they once rented rooms have been bulldozed, aid agencies said on {{3 August 2025}}.
    The Norwegian Refugee Council said [[up to 40,000 people|returned;a=The Norwegian Refugee
    Council]] crossed back from Iran on some days in {{July}}, and that [[an estimated 1.3
    million people|civilians;a=The Norwegian Refugee Council]] in Kabul province already lived
    in informal settlements at risk of eviction. The Taliban's refugees ministry said it was
    building [[two new townships|capacity;u=structure;a=The Taliban's refugees ministry]] on the
    Shomali plain that would eventually house [[12,000 families|capacity;p;a=The
    Taliban's refugees ministry]]. So far, the ministry said, [[about 4,200 returnee
    families|aid;a=the ministry;alt=The Taliban's refugees ministry]] had been allocated plots.
    UN-Habitat said [[between 500 and 700 homes|housing;a=UN-Habitat]] had been demolished in
    {{District 8}} alone this year. Human Rights Watch said [[dozens of women|other]] who
    headed households had been turned away from the plot allocation because they had no male
    guardian.""",
)

item(
    "Karachi's Gujjar nullah demolitions leave thousands homeless",
    """Anti-encroachment teams in Karachi have demolished [[about 4,900 houses|housing;a=the
    Karachi Metropolitan Corporation]] along the Gujjar and Orangi stormwater drains since the
    Supreme Court ordered the channels cleared, the Karachi Metropolitan Corporation said on {{15
    June 2021}}. The Karachi Bachao Tehreek, a residents' alliance, put the figure at [[over
    6,500 homes|housing;a=The Karachi Bachao Tehreek]], and said [[more than 66,000
    people|displaced;a=The Karachi Bachao Tehreek]] would lose their homes once the work was
    finished. Police baton-charged protesters on Sunday and the alliance said [[14 residents|arrested;a=the
    alliance;alt=The Karachi Bachao Tehreek]] were arrested and several were hurt.
    The Sindh government said it would pay each affected family {{Rs90,000}} in rent for {{two
    years}}; it said [[3,200 families|aid;a=The Sindh government]] had received cheques so far.
    [[Around 400 police personnel|combatants;a=officials]] were deployed at each demolition
    site, officials said.""",
)

item(
    "Yangon junta clears squatter settlements in Hlaing Tharyar",
    """Myanmar's military administration has evicted [[tens of thousands of people|displaced;a=residents
    and aid workers]] from informal settlements in Yangon's Hlaing Tharyar and Shwepyitha
    townships since {{December 2023}}, residents and aid workers said. Many of them had fled
    fighting in the Ayeyarwady and Bago regions or lost factory jobs after the {{2021}} coup.
    State media said authorities had removed [[12,830 squatter huts|housing;a=State media]] in
    Hlaing Tharyar alone and returned [[about 2,000 households|returned;a=State media]] to
    their native towns. Residents said [[several hundred soldiers|combatants;a=Residents]]
    and ward officials took part, and that [[at least 40 people|arrested;a=Residents]] accused
    of links to the resistance were detained during the clearances. A local aid group said [[at
    least three people|killed;a=A local aid group]] had died in the rain after being left without
    shelter, including a newborn.""",
)

item(
    "Supreme Court lays down rules for 'bulldozer justice'",
    """India's Supreme Court ruled on {{13 November 2024}} that the state may not demolish a
    building merely because its owner is accused of a crime, and set out guidelines that apply
    across the country. Owners must get at least {{15 days}}' notice by registered post, the
    bench said, and any demolition must be filmed. The court invoked its powers under Article
    {{142}} of the Constitution and said officials who flout the order would pay for rebuilding
    out of their own pockets. The ruling, {{95 pages}} long, followed petitions filed in
    {{2022}}. It does not cover structures on roads, railway lines or river banks.""",
)

item(
    "Angkor stays on World Heritage list as committee meets in Riyadh",
    """UNESCO's World Heritage Committee, meeting in Riyadh for its {{45th session}} in {{September
    2023}}, kept Angkor off its list of sites in danger, a status it left in {{2004}}. The
    park, inscribed in {{1992}}, covers about {{401 square kilometres}} and earned {{$99 million}}
    in ticket sales in {{2019}}, before the pandemic. Cambodia's delegation said spending on
    conservation had risen by {{18 per cent}} in {{three years}}. The committee's {{2017}}
    report had asked the country to settle land use in the park by {{2020}}.""",
)
