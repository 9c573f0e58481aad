"""Ethiopia (Tigray, Amhara, Oromia, Afar, Gambella, Benishangul-Gumuz), 2014-2026: sixteen
items, two without a figure."""

from _wrap import item

item(
    "Tigrayans pour into Sudan as fighting spreads",
    """[[More than 27,000 Ethiopians|displaced;a=Sudan's Commission for Refugees]] have crossed
    into Sudan since fighting erupted in Tigray on {{November 4}}, Sudan's Commission for
    Refugees said. At the Hamdayet border point, [[up to 4,000 people a day|displaced;a=UNHCR]]
    have been arriving, UNHCR said, many with nothing but the clothes they wore. Um Rakuba, a
    camp closed {{two decades}} ago and reopened this week to take [[10,000
    refugees|capacity;a=aid workers]], already holds [[more than 8,000|displaced;a=aid workers]], aid workers
    said. The agency is preparing for [[as many as 100,000 refugees|displaced;p;a=The
    agency;alt=UNHCR]] over the next {{six months}}. Refugees interviewed in Hamdayet said they had
    seen [[dozens of bodies|killed;a=Refugees]] on the road out of Humera. Sudan's state news
    agency SUNA reported that [[6,000 soldiers|combatants;a=SUNA]]
    had been sent to the border.""",
)

item(
    "Shire's classrooms still full of displaced families",
    """{{Two years}} after the Pretoria agreement, [[some 500,000 displaced people|displaced;a=the
    zonal administration]] remain in and around Shire, the zonal administration says, and
    [[more than 60 schools|capacity;a=the zonal administration]] are still used as shelters.
    [[About 140,000 pupils|other]] in the zone have had no regular classes since {{2020}}.
    "My children were {{six and nine}} when we came here; now they cannot read," said Letay
    Gebremariam, who lives with them in a classroom at Hitsats primary school. The Tigray
    Interim Administration plans to build [[4,000 shelters|capacity;p;a=The Tigray Interim
    Administration]] outside the town so that schools can reopen in {{September}}. The regional
    health bureau said [[at least 1,411 people|killed;a=The regional health bureau]] had died of
    hunger in the displacement sites of Tigray during the {{five-month}} pause in food aid. In
    Sheraro, [[about 3,200 households|aid;a=local officials]] received grain in the first
    distribution since the pause, local officials said.""",
)

item(
    "Survivors describe massacre of Amhara villagers in Gimbi",
    """Gunmen killed [[more than 200 people|killed;a=the Ethiopian Human Rights
    Commission]], most of them ethnic Amhara, in Tole kebele of Gimbi district in western
    Oromia, the Ethiopian Human Rights Commission said. Survivors said they had buried
    [[between 230 and 320 bodies|killed;a=Survivors]] in mass graves over {{three days}}. The
    attack spread across [[five villages|other;a=witnesses]], and [[hundreds of houses|housing;a=witnesses]] were burned,
    witnesses said. [[About 20,000 residents|displaced;a=regional officials]] have fled to
    Gimbi town, regional officials said. The government blamed the Oromo Liberation Army,
    which denied involvement and accused government-allied militias. Federal police said
    [[dozens of suspects|arrested;a=Federal police]] had been detained.""",
)

item(
    "Drone strike kills bus passengers as Amhara emergency deepens",
    """A drone strike near a bus stop in Finote Selam killed [[at least 26 people|killed;a=the
    Ethiopian Human Rights Commission]] and wounded [[55|injured;a=the Ethiopian Human Rights
    Commission]], the Ethiopian Human Rights Commission said. Since the state of emergency
    was declared on {{August 4}}, police have detained [[more than 1,000 people|arrested;a=the
    commission;alt=the Ethiopian Human Rights Commission]] in Addis Ababa, most of them young
    Amhara men, the commission said. [[Several thousand|arrested]] more are believed to be
    held in makeshift centres in Awash Arba and Bahir Dar. The army has deployed [[tens of
    thousands of troops|combatants]] to fight Fano militias in the region. The UN human rights
    office said [[at least 183 people|killed;a=The UN human rights office]] had been killed in
    the region in the first {{five weeks}} of the emergency. [[About 90,000
    people|displaced;a=OCHA]] have fled the fighting in the Gojjam and Gondar zones, OCHA says.""",
)

item(
    "Plan to return Western Tigray's displaced begins with Tselemti",
    """Federal and Tigray officials have agreed to return [[about 500,000 people|returned;p]]
    displaced from Western Tigray and the Tselemti area, under a plan drawn up with the African
    Union. In the first phase, [[some 30,000|returned;p;a=the interim administration]] are due
    to go home before the rains, the interim administration said. A first group of [[3,200
    households|returned;a=the interim administration]] went back to Tselemti last week, it said. IOM provided [[1,500
    shelter kits|aid]] and seeds for the returnees. Tigrayan officials say [[more than 1 million
    people|displaced;a=Tigrayan officials]] remain displaced across the region. Amhara
    militia leaders say [[between 40,000 and 50,000 Amhara residents|civilians;a=Amhara militia
    leaders]] now live in Humera and fear they will be forced out.""",
)

item(
    "First food convoy in months reaches Mekelle",
    """A convoy of [[150 trucks|aid;a=the World Food Programme]] carrying [[4,000 tonnes|aid;a=the
    World Food Programme]] of food reached Mekelle on Friday, the World Food Programme said,
    the largest since the truce of {{March 24}}. WFP said it would distribute the food to
    [[about 230,000 people|aid;p;a=WFP]] in the region's north-west. [[1,800 trucks|aid]] have
    reached Tigray since the truce, against the [[100 a day|aid;u=other;n=-;p;a=aid agencies]] that aid agencies
    say are needed. The UN estimates that [[5.2m people|civilians;a=The UN]] in Tigray need food
    aid. OCHA said [[at least 23 aid workers|killed;a=OCHA]] had been killed in the region since
    the war began in {{November 2020}}.""",
)

item(
    "Passengers abducted on Oromia highway",
    """Gunmen stopped [[three buses|other;a=the students' union]] near Gohatsion, in the Oromia region, and abducted [[more than
    100 students|kidnapped;a=the students' union]] travelling home from Debark University, the
    students' union said. Regional officials said security forces had since rescued [[about
    160 passengers|kidnapped;a=Regional officials]], including most of the students. Parents
    said [[at least 17 students|missing;a=Parents]] were still unaccounted for, and that the
    kidnappers had demanded ransoms of up to {{1 million birr}} each. [[Two drivers|killed]] were
    shot dead at the scene. The authorities blamed the Oromo Liberation Army, which denied it.
    In Oromia, [[over 2,000 people|kidnapped;a=the Ethiopian Human Rights Commission]] were
    abducted for ransom in {{2023}}, according to the Ethiopian Human Rights Commission.""",
)

item(
    "Fighting in Afar drives hundreds of thousands from their homes",
    """[[More than 300,000 people|displaced;a=regional officials]] have fled their homes in Afar
    since Tigrayan forces advanced into the region in {{January}}, regional officials said.
    Abala, a town of [[about 40,000|civilians]], has been shelled repeatedly. The hospital
    director, Ahmed Mohammed, said [[46 civilians|killed;a=Ahmed Mohammed]] had been killed in
    the shelling and [[more than 70|injured;a=Ahmed Mohammed]] wounded. [[Some
    200,000|displaced;a=OCHA]] are living in [[28 sites|capacity;a=OCHA]] around Semera and
    Afdera, OCHA said. The regional government said fighters had looted [[about 30,000
    livestock|other;a=The regional government]], the main wealth of Afar's herders.""",
)

item(
    "Thousands of Eritrean refugees still unaccounted for after camps destroyed",
    """Of the [[about 20,000 Eritrean refugees|displaced;a=UNHCR]] who lived in the Hitsats
    and Shimelba camps in northern Tigray before the war, [[about 7,000|missing;a=UNHCR]] are
    still unaccounted for, UNHCR said. The agency said satellite images showed [[more
    than 400 buildings|housing;a=The agency;alt=UNHCR]] destroyed in Shimelba. The new Alemwach
    site near Dabat, in the Amhara region, was built for [[25,000 refugees|capacity]]. The
    government has relocated [[around 8,000 refugees|displaced;a=The government]] from Mai Aini
    and Adi Harush to Alemwach, it said. In {{February 2022}}, armed men entered Mai Aini and
    killed [[at least five refugees|killed;a=refugees]] and abducted [[six|kidnapped;a=refugees]], refugees said.""",
)

item(
    "Raiders from South Sudan kill 208 in Gambella",
    """Gunmen from South Sudan's Murle community killed [[208 people|killed;a=the government]] in
    raids on [[13 villages|other;a=the government]] in Gambella's Jikawo and Lare districts, the
    government said. They abducted [[125 children|kidnapped;a=officials]] and drove off [[more
    than 2,000 cattle|other;a=officials]], officials said. Ethiopian troops crossed the border in
    pursuit, and the army said it had killed [[60 raiders|killed;a=the army]]. By {{mid-May}},
    [[91 of the children|kidnapped;a=regional authorities]] had been returned to their families,
    regional authorities said. [[About 1,000 residents|displaced]] of the border villages have
    moved to Gambella town. The region also hosts more South Sudanese refugees than any other in
    Ethiopia.""",
)

item(
    "Tigray demobilisation falls behind schedule",
    """The National Rehabilitation Commission plans to demobilise [[371,971 former
    combatants|combatants;p;a=The National Rehabilitation Commission]] in Tigray, Amhara and
    Afar, but the first phase, for [[75,000 fighters|combatants;p;a=The National Rehabilitation Commission]], is months late. [[More than
    2,000 former fighters|combatants;a=the commission;alt=The National Rehabilitation
    Commission]] handed in their weapons at the Edaga Hamus camp in the first {{ten days}},
    the commission said, and [[some 1,400 rifles|other]] were collected. Tigrayan commanders say
    [[around 20,000 fighters|combatants;a=Tigrayan commanders]] are still mobilised. Among
    those waiting are [[about 50,000 wounded fighters|injured;a=veterans' groups]], veterans'
    groups say, many of them amputees who need care for life.""",
)

item(
    "Gunmen kill more than 200 in Metekel village",
    """Gunmen killed [[207 people|killed;a=the Ethiopian Human Rights Commission]] in Bekoji
    village in the Metekel zone of Benishangul-Gumuz, the Ethiopian Human Rights Commission
    said. Survivors said [[more than 100 houses|housing;a=Survivors]] were set on fire, and [[at
    least 40 people|injured;a=Survivors]] were treated at the Bulen health centre. The army said it had
    killed [[42 gunmen|killed;a=The army]] and arrested [[seven|arrested;a=The army]]. [[About
    101,000 people|displaced;a=OCHA]] have fled violence in Metekel since {{July}}, OCHA says,
    many of them to Chagni. The attack came a day after the prime minister visited the zone.""",
)

item(
    "Tigrayans detained en masse in Addis Ababa, lawyers say",
    """Police in Addis Ababa have detained [[thousands of Tigrayans|arrested;a=lawyers]] since
    the state of emergency was declared, lawyers said. The Ethiopian Human Rights Commission
    said it knew of [[at least 1,000 people|arrested;a=The Ethiopian Human Rights Commission]]
    held in [[at least 11 detention sites|other;a=The Ethiopian Human Rights Commission]] in
    the capital. The United Nations said [[16 of its local staff|arrested;a=The United
    Nations]] had been detained, along with [[72 truck drivers|arrested;a=The United Nations]]
    contracted by the World Food Programme. Families have reported [[more than 30
    people|missing;a=Families]] whom they cannot find in any police station. The government
    said those held were suspected of supporting the Tigray People's Liberation Front.""",
)

item(
    "Gedeo displaced pushed home before their villages are safe",
    """[[More than 800,000 people|displaced;a=the UN]] fled fighting between Gedeo and Guji
    communities in southern Ethiopia this year, the UN says. The government says it has since
    returned [[about 660,000|returned;a=The government]] to their villages in West Guji. Aid
    agencies said many returnees found their homes in ashes: [[about 40,000 homes|housing;a=Aid
    agencies]] were burned, by their count. [[Eleven returnees|killed]] were killed in new clashes in Gelana district in
    {{June}}. Food aid was handed out only in places of return,
    where [[270,000 people|aid]] received rations last month. [[As many as 200,000|displaced;a=the
    Norwegian Refugee Council]] remain in [[92 collective sites|capacity;a=the Norwegian Refugee
    Council]] in Gedeo zone, according to the Norwegian Refugee Council.""",
)

item(
    "Ethiopia's parliament passes budget two years after Pretoria",
    """Ethiopia's parliament approved a budget of {{1.93 trillion birr}} for fiscal year
    {{2025/26}}, up {{21%}} on the year before. Defence spending rises by {{40%}}, the finance
    ministry said, as fighting continues in Amhara and Oromia. The budget sets aside {{4.2
    billion birr}} for rehabilitation in Tigray, Afar and Amhara, where the war of {{2020}} to
    {{2022}} ended with the Pretoria agreement of {{November 2, 2022}}. Lawmakers debated the
    bill for {{six hours}} before passing it.""",
)

item(
    "Tigray since Pretoria: a timeline",
    """{{November 2, 2022}}: the federal government and the Tigray People's Liberation Front
    sign a cessation of hostilities in Pretoria. {{March 23, 2023}}: parliament removes the
    TPLF from its list of terrorist organisations. {{May 2023}}: aid agencies suspend food
    deliveries over theft, resuming them in {{December}}. {{April 2025}}: a new interim
    president is appointed after a split inside the TPLF. {{2026}}: national elections are
    due in {{June}}.""",
)
