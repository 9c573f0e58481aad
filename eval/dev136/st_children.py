"""Children's agencies' statements as news: UNICEF and Save the Children (malnutrition,
children killed and maimed, schools, recruitment, displacement; 12 texts)."""

from _wrap import item

item(
    "Sudan: UNICEF warns of record child malnutrition as lean season nears",
    """[[An estimated 3.7 million children|civilians;p;a=the UN Children's Fund (UNICEF)]]
    {{under five}} in Sudan are expected to suffer acute malnutrition this year, [[730,000 of
    them|civilians;n=-;p;a=the UN Children's Fund (UNICEF)]] in its most severe form, the UN
    Children's Fund (UNICEF) said on Friday. The war between the army and the paramilitary Rapid
    Support Forces, which began in {{April 2023}}, has wrecked the health system and cut farming
    across the country. Speaking to journalists in Geneva after returning from North Darfur,
    UNICEF spokesperson Lina Haddad described wards where mothers shared beds with their dying
    children. "In one clinic in Tawila we admitted [[more than 100 children|injured;a=Lina
    Haddad]] in a single week, and we lost [[nine|killed;a=Lina Haddad]]," she said. "These are
    deaths we know how to prevent." The rainy season, which runs from {{June to September}},
    will soon cut off much of Darfur by road. Tawila now shelters [[more than 600,000
    people|displaced;a=the International Organization for Migration]] who fled the fighting
    around El Fasher, according to the International Organization for Migration. UNICEF said it
    and its partners had treated [[over 290,000 children|injured;a=UNICEF]] for severe acute
    malnutrition in the first {{nine months}} of the year. But the agency warned that its stocks
    of ready-to-use therapeutic food, a fortified peanut paste, would run out by March unless
    [[about 20,000 more cartons|aid;p;a=the agency;alt=UNICEF]] reached Port Sudan. The UN has
    verified that [[at least 2,700 children|killed;a=The UN]] were killed or maimed in the first
    year of the war, and believes the true toll is far higher. [[Some 17 million
    children|civilians;a=the agency;alt=UNICEF]] are out of school, according to the agency. Its
    appeal for Sudan this year, {{$840 million}}, is {{barely 20 per cent}} funded.""",
)

item(
    "More than 10 children a day losing limbs in Gaza, says Save the Children",
    """On average, [[more than 10 children a day|injured;a=Save the Children]] have lost one or
    both legs in Gaza since the war began, Save the Children has said, many of them in
    operations carried out without anaesthetic. The charity said [[more than 1,000
    children|injured;a=The charity;alt=Save the Children]] had undergone amputations in the
    first {{three months}} of the conflict. Its estimate draws on figures from UNICEF, the UN
    children's agency. Gaza's health ministry says [[more than 10,000 children|killed;a=Gaza's
    health ministry]] are among [[the 24,000 people|killed;a=Gaza's health ministry]] killed in
    the territory. "One doctor told us he had amputated the leg of a {{nine-year-old}} girl on a
    kitchen table, with no anaesthetic and only a torch for light," said Hannah Whitcombe, the
    charity's director for the occupied Palestinian territory. The World Health Organization
    says just [[nine hospitals|other;a=The World Health Organization]] in the enclave are even
    partly operational. Israel says it targets Hamas and does everything possible to limit harm
    to civilians. It launched its offensive after Hamas-led attacks on {{7 October}} that killed
    [[about 1,200 people|killed;a=Israeli tallies]] and saw [[about 250|kidnapped;a=Israeli
    tallies]] taken hostage, according to Israeli tallies.""",
)

item(
    "Yemen's cholera outbreak passes 500,000 cases, WHO and UNICEF say",
    """The number of suspected cholera cases in Yemen has risen to [[more than
    500,000|other;u=other;a=the World Health Organization and UNICEF]], and [[nearly 2,000
    people|killed;a=the World Health Organization and UNICEF]] have died since the outbreak
    spread in late April, the World Health Organization and UNICEF said on Monday. The agencies
    said [[about 5,000 people a day|other;a=The agencies;alt=the World Health Organization and
    UNICEF]] were falling ill, and that children accounted for {{more than a quarter}} of cases.
    WHO and UNICEF said they had helped set up [[more than 230 treatment centres|aid;a=WHO and
    UNICEF]] and [[about 1,000 oral rehydration points|aid;a=WHO and UNICEF]] across the
    country. Yemen's health system has all but collapsed after more than {{two years}} of war,
    and [[some 30,000 health workers|other]] have not been paid for {{10 months}}. Both agencies
    urged the warring parties to let fuel through the port of Hodeidah to keep water pumps
    running. [[About 7 million people|civilians;a=the United Nations]] are on the brink of
    famine, the United Nations says.""",
)

item(
    "Drought: Save the Children warns of child deaths in northern Kenya",
    """[[About 942,000 children|civilians;a=Save the Children]] {{under five}} in Kenya's arid
    and semi-arid counties are acutely malnourished and need treatment, Save the Children has
    said. In a statement yesterday, the charity said its teams had screened [[more than 60,000
    children|aid;a=the charity;alt=Save the Children]] in Turkana, Marsabit and Wajir since June
    and referred [[4,300|injured;a=the charity;alt=Save the Children]] for treatment. Country
    director Grace Wanjiru said [[four children|killed;a=Grace Wanjiru]] had died at a single
    health centre in Turkana North in the past {{two weeks}}. "When the animals die, the
    children are next," she said. According to the National Drought Management Authority (NDMA),
    [[more than 1.5 million livestock|killed;a=the National Drought Management Authority
    (NDMA)]] have died since the rains failed for a {{fourth consecutive season}}, and [[4.35
    million people|civilians;a=the National Drought Management Authority (NDMA);v=4350000]] need
    food aid. Turkana County has hired [[22 water bowsers|aid;u=other]] to truck water to
    schools and dispensaries. [[At least 120 schools|other;a=the county education office]] in
    the county have closed because they have no water, the county education office said. Save
    the Children is appealing for {{Sh1.2 billion}} to scale up its response.""",
)

item(
    "Floods: Unicef says 3.4m children need lifesaving support",
    """The United Nations Children's Fund (Unicef) said on Tuesday that [[3.4 million
    children|civilians;v=3400000;a=The United Nations Children's Fund (Unicef)]] in flood-hit
    areas of Pakistan were in need of lifesaving support, as waterborne diseases spread through
    relief camps. According to the National Disaster Management Authority (NDMA), [[at least 528
    children|killed;a=the National Disaster Management Authority (NDMA)]] are among [[more than
    1,600 people|killed;a=the National Disaster Management Authority (NDMA)]] killed since
    mid-June. Unicef said [[over 18,000 schools|housing;a=Unicef]] had been damaged or
    destroyed, and [[about 5,500 others|capacity;u=structure;a=Unicef]] were being used to
    shelter displaced families. In Sindh, the provincial health department reported [[more than
    90,000 cases|other;a=the provincial health department]] of diarrhoea in a single day last
    week. "We have reached [[around 300,000 people|aid;a=Karim Ahmadi]] with safe drinking
    water, but the needs are enormous," said Dr Karim Ahmadi, Unicef's representative in
    Pakistan. The agency said [[nearly 16 million children|civilians;a=The agency;alt=The United
    Nations Children's Fund (Unicef)]] had been affected by the floods in all. Unicef has
    appealed for {{$39 million}} for the next {{six months}}.""",
)

item(
    "UNICEF says gangs' recruitment of children in Haiti jumped 70% in a year",
    """Armed groups in Haiti increased their recruitment of children by {{70%}} in {{2024}},
    UNICEF said Monday, adding that children now make up as much as {{half}} of the members of
    some gangs. UNICEF said it had verified [[more than 2,200 grave
    violations|other;u=other;a=UNICEF]] against children last year, including killings,
    maimings, abductions and sexual violence. [[More than 1 million people|displaced;a=the
    International Organization for Migration]] have been displaced across Haiti, {{more than
    half}} of them children, according to the International Organization for Migration. In the
    capital, [[about 900 schools|other;a=the agency;alt=UNICEF]] remain closed, keeping [[some
    250,000 children|civilians;a=the agency;alt=UNICEF]] out of class, the agency said. "A
    {{12-year-old}} should be in a classroom, not holding a gun at a checkpoint," said Marc
    Dubreuil, UNICEF's representative in Haiti. The Kenya-led multinational security mission has
    [[about 1,000 officers|combatants]] on the ground, well short of the [[2,500|combatants;p]]
    envisaged. The UN says [[more than 5,600 people|killed;a=The UN]] were killed in gang
    violence last year.""",
)

item(
    "Save the Children hears accounts of child killings in Cabo Delgado",
    """Save the Children says it has heard accounts of children {{as young as 11}} being killed
    by insurgents in Mozambique's Cabo Delgado province, in testimony from families who fled to
    the provincial capital, Pemba. The charity said its staff had spoken to [[more than 30
    displaced families|other;a=The charity;alt=Save the Children]] over the past {{two months}}.
    One mother, {{28}}, told the charity her {{12-year-old}} son had been killed near the spot
    where she lay hiding with her other children. Families told the charity that [[as many as 50
    girls|kidnapped;a=Families]] had been abducted in Muidumbe district alone. The violence,
    which began in {{2017}}, has forced [[nearly 700,000 people|displaced;a=the UN]] from their
    homes, according to the UN. After insurgents attacked the coastal town of Palma on {{24
    March}}, [[more than 11,000 people|displaced;a=the International Organization for Migration
    (IOM)]] reached Pemba and other districts within {{two weeks}}, many of them by boat, the
    International Organization for Migration (IOM) said. Save the Children said it had
    registered [[about 1,200 unaccompanied or separated children|displaced;a=Save the Children]]
    and had so far reunited [[140|other;a=Save the Children]] with relatives. Mozambique's
    government has said [[dozens of civilians|killed;a=Mozambique's government]] died in the
    Palma attack. The Southern African Development Community is weighing a proposal to send
    [[about 3,000 troops|combatants;p]] to the province.""",
)

item(
    "US aid cuts threaten treatment for millions of malnourished children, UNICEF warns",
    """UNICEF has warned donors that [[as many as 2.4 million
    children|civilians;p;a=UNICEF;v=2400000]] could go without treatment for severe wasting this
    year after cuts to US foreign aid, in a briefing seen by Devex. The agency said the
    shortfall could force the closure of [[about 2,000 nutrition sites|other;p;a=The
    agency;alt=UNICEF]] across Africa and Asia. UNICEF buys {{about 80%}} of the world's
    ready-to-use therapeutic food, or RUTF, a peanut-based paste, and Washington provided
    {{about 40%}} of its nutrition funding in {{2024}}. That year it shipped [[more than 7
    million cartons|aid]] of RUTF to [[62 countries|other;u=other]]. Each carton, which costs
    {{about $45}}, holds {{150 sachets}}, enough to treat a child for {{six to eight weeks}}. A
    UNICEF spokesperson said [[some 400,000 children|injured;a=A UNICEF spokesperson]] had been
    admitted for treatment in northeast Nigeria alone last year. The Standing Together for
    Nutrition consortium, a group of researchers, estimates that the cuts could lead to [[an
    additional 290,000 child deaths|killed;p;a=The Standing Together for Nutrition consortium]]
    a year. A State Department spokesperson said waivers had been granted for [[more than 20
    nutrition programmes|other;u=other;a=A State Department spokesperson]] and that "life-saving
    assistance" continued.""",
)

item(
    "Fire in Rohingya camp leaves 12,000 homeless in Bangladesh",
    """A fire that swept through a Rohingya refugee camp in southern Bangladesh's Cox's Bazar
    district on Sunday destroyed [[about 2,000 shelters|housing;a=the UN refugee agency]],
    leaving [[some 12,000 people|displaced;a=the UN refugee agency]] homeless, according to the
    UN refugee agency. The blaze in {{Camp 11}} also destroyed [[35 learning
    centres|housing;a=Save the Children]] and [[two health facilities|housing;a=Save the
    Children]], said Save the Children, which runs schools in the camp. No deaths were reported.
    Refugee Relief and Repatriation Commissioner Shamsul Arefin Chowdhury said [[about 1 million
    Rohingya|displaced;a=Shamsul Arefin Chowdhury]] live in [[33 camps|capacity;a=Shamsul Arefin
    Chowdhury]] in the district, most of them since fleeing a military crackdown in Myanmar in
    {{2017}}. Firefighters took {{three hours}} to bring the blaze under control, he said.""",
)

item(
    "Burkina: more than 6,000 schools shut by jihadist violence, says UNICEF",
    """[[More than 6,100 schools|other;a=UNICEF]] have been closed in Burkina Faso because of
    jihadist violence, depriving [[over a million
    children|civilians;q=at_least;v=1000000;a=UNICEF]] of an education, UNICEF said Tuesday.
    [[As many as 31,000 teachers|civilians]] are out of work. The closures represent {{nearly a
    quarter}} of the country's schools. According to the education ministry, [[at least 58
    teachers|killed;a=the education ministry]] have been killed since attacks began in {{2015}}.
    Burkina Faso has [[more than 2 million internally displaced people|displaced;a=the
    government]], according to the government, which has not updated the figure since {{March
    2023}}. UNICEF said it had set up [[about 4,000 temporary learning
    spaces|aid;u=structure;a=UNICEF]] and was broadcasting lessons on radio. The country has
    been led since {{September 2022}} by Captain Ibrahim Traore, who seized power in the second
    coup in {{eight months}}.""",
)

item(
    "Save the Children: front-line children in Ukraine spend hours a day underground",
    """Children living in front-line areas of Ukraine spend an average of {{five hours}} a day
    in shelters, and some have spent more than {{6,000 hours}} underground since the start of
    the full-scale war, Save the Children said on Tuesday. The charity surveyed [[more than
    1,000 parents|other]] and children in Kharkiv, Zaporizhzhia and Donetsk oblasts. According
    to Ukraine's Education Ministry, [[more than 3,700 educational
    institutions|housing;u=structure;a=Ukraine's Education Ministry]] have been damaged and
    [[about 370|housing;u=structure;a=Ukraine's Education Ministry]] destroyed since {{February
    2022}}. [[About 1.3 million children|civilians;v=1300000;a=the ministry;alt=Ukraine's
    Education Ministry]] still study online or in mixed formats, the ministry said. To bring
    pupils back into classrooms, the Kharkiv authorities have built [[eight underground
    schools|other]] with space for [[about 4,000 pupils|capacity]] in all. The first opened in a
    metro station in {{2023}}. Save the Children said {{one in three}} of the children it
    surveyed showed signs of distress.""",
)

item(
    "UNICEF: children killed in occupied West Bank at record pace",
    """[[At least 143 Palestinian children|killed;a=UNICEF]] have been killed in the occupied
    West Bank since {{October 7}}, UNICEF, the UN children's agency, says, an increase of {{250
    percent}} on the previous {{nine months}}. [[Two Israeli children|killed;a=UNICEF]] were
    killed in the same period, it said. UNICEF said [[about 440 children|injured;a=UNICEF]] had
    been wounded, most of them by live ammunition. Israeli forces have arrested [[more than 900
    children|arrested;a=Palestinian prisoners' groups]] in the West Bank over the same period,
    according to Palestinian prisoners' groups.""",
)
