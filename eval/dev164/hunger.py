"""Malnutrition, hunger and famine: children admitted and treated, deaths from hunger, people
in need, food aid (11 items with figures, 1 without)."""

from _wrap import item

item(
    "Famine confirmed in Gaza City, global hunger monitor says",
    """Famine is under way in Gaza City and its surroundings, the Integrated Food Security
    Phase Classification (IPC) said on Friday, the first time it has confirmed a famine in the
    Middle East. The IPC said [[more than half a million people|civilians;a=The
    IPC;q=at_least;v=500000]] across Gaza were facing catastrophic conditions, classed as
    {{Phase 5}}. Gaza's health ministry said [[273 people|killed;a=Gaza's health ministry]],
    including [[112 children|killed;a=Gaza's health ministry]], had died of malnutrition and
    starvation since the war began, [[eight|killed;n=-;a=Gaza's health ministry]] of them in
    the previous {{24 hours}}. UNICEF said [[more than 12,000 children|injured;a=UNICEF]] had
    been admitted for acute malnutrition in July alone, the highest monthly figure yet. COGAT,
    the Israeli military body that coordinates aid, rejected the findings and said it had let
    in [[more than 100,000 trucks|aid;a=COGAT]] of aid since the start of the war. The UN says
    [[at least 600 trucks a day|aid;p;a=The UN]] are needed.""",
)

item(
    "MSF: a child dies every two hours in Sudan's Zamzam camp",
    """Doctors Without Borders said on Monday that a child was dying {{every two hours}} in
    Zamzam, a camp for [[some 400,000 displaced people|displaced;a=Doctors Without Borders]]
    outside El Fasher in Sudan's North Darfur state. An MSF screening found that {{nearly a
    quarter}} of children aged {{six months to two years}} were acutely malnourished. The group
    estimated that [[at least 13 children|killed;a=The group;alt=Doctors Without Borders]] were
    dying every day in the camp. Its clinic treated [[2,500 children|injured]] for severe acute
    malnutrition last month. Clinic staff said [[dozens of families|displaced;a=Clinic staff]]
    arrived each day from villages under attack by the Rapid Support Forces. The World Food
    Programme said [[about 1.7 million people|civilians;a=The World Food Programme]] in North
    Darfur faced emergency levels of hunger, and a convoy of [[15 trucks|aid]] reached the camp
    on {{August 20}} after being held up for weeks.""",
)

item(
    "UNICEF: 1.5 million Somali children at risk of acute malnutrition",
    """[[Some 1.5 million children|civilians;a=UNICEF]] in Somalia, {{nearly half}} of the
    country's children {{under five}}, face acute malnutrition, UNICEF said on Tuesday, warning
    that [[386,000|civilians;n=-;a=UNICEF]] of them need treatment for severe acute
    malnutrition. The agency said [[more than 44,000 children|injured;a=The agency;alt=UNICEF]]
    had been admitted for treatment in the {{first three months}} of the year. The drought, the
    worst in {{40 years}}, has displaced [[over 800,000 people|displaced;a=the UN refugee
    agency]], according to the UN refugee agency. In Baidoa, the stabilisation centre at Bay
    regional hospital has [[36 cots|capacity;a=nurses]] and was treating [[82
    children|injured;a=nurses]] last week, nurses said. UNICEF's appeal of {{$250 million}} is
    {{28 per cent}} funded.""",
)

item(
    "Malnutrition: MSF admits record number of children in Katsina",
    """Médecins Sans Frontières (MSF) says it admitted [[over 70,000
    children|injured;a=Médecins Sans Frontières]] with malnutrition to its programmes in
    Katsina State between January and September, [[about 650|killed;n=-;a=Médecins Sans
    Frontières]] of whom died. The organisation said its inpatient centres were running at
    {{twice their capacity}}, and it has added [[300 beds|capacity]] in tents at Katsina. A
    carton of ready-to-use therapeutic food (RUTF) holds {{150 sachets}}, enough for one
    child's treatment. UNICEF said it had delivered [[48,000 cartons|aid;a=UNICEF]] to the
    North-west this year, and that [[4.4 million children|civilians;p;a=UNICEF]] in northern
    Nigeria were expected to suffer acute malnutrition in {{2025}}. Mothers in Danmusa said
    they walked for {{up to six hours}} to reach a clinic.""",
)

item(
    "In Yemen's hunger wards, children are skin and bones",
    """HODEIDAH, Yemen (AP) — In the malnutrition ward of al-Thawra hospital, [[18
    children|injured]] lay in [[10 beds|capacity]] on a recent morning, their mothers fanning
    them against the heat. The ward has admitted [[more than 2,500 children|injured;a=Khaled
    Suhail]] this year, and [[about 100|killed;n=-;a=Khaled Suhail]] have died, said its
    director, Khaled Suhail. The UN warns that [[up to 14 million people|civilians;p;a=The UN]]
    could be pushed into famine. Save the Children estimated that [[85,000
    children|killed;a=Save the Children]] {{under five}} may have died of extreme hunger or
    disease since the Saudi-led coalition entered the war in {{2015}}. The price of a
    {{50-kilogram}} bag of flour has doubled since the coalition began its offensive on
    Hodeidah, the port through which {{70 percent}} of Yemen's imports pass.""",
)

item(
    "After aid cuts, Afghan nutrition clinics close their doors",
    """Aid cuts have closed [[more than 200 mobile health and nutrition
    teams|other;u=other;a=OCHA]] in Afghanistan since January, the UN humanitarian office,
    OCHA, said in its latest update. In Qala-e-Naw, the therapeutic feeding unit of the
    provincial hospital has [[24 beds|capacity]] and was holding [[61 children|injured]] when
    The New Humanitarian visited, {{three to a cot}}. A doctor there, who asked not to be named
    because the Taliban forbid staff to speak to journalists, said [[11 children|killed;a=A
    doctor there]] had died on the ward in May. UNICEF estimates that [[3.5 million
    children|civilians;p;a=UNICEF]] will be acutely malnourished this year,
    [[875,000|civilians;n=-;p;a=UNICEF]] of them severely. The freeze on US foreign aid in
    {{January 2025}} ended funding for clinics that had served entire districts.""",
)

item(
    "Southern Madagascar on the brink of famine after drought",
    """[[More than 1.14 million people|civilians;a=the World Food Programme;v=1140000]] in
    southern Madagascar do not have enough to eat after the worst drought in {{four decades}},
    the World Food Programme said Wednesday, and [[14,000|civilians;n=-;a=the World Food
    Programme]] are already in famine conditions, {{IPC Phase 5}}. In Ambovombe, families are
    eating cactus leaves, locusts and white clay mixed with tamarind. Local officials in
    Amboasary said [[at least 340 people|killed;a=Local officials]] had died of hunger since
    the start of the year. The WFP said it was feeding [[750,000 people a month|aid;a=The WFP]]
    and needed {{$78.6 million}} to keep going until the next harvest. [[Some 500,000
    children|civilians;p]] are expected to be acutely malnourished by April.""",
)

item(
    "Famine declared in parts of South Sudan",
    """Famine has been declared in parts of South Sudan's Unity State, where [[100,000
    people|civilians;a=the government and UN agencies]] face starvation, the government and UN
    agencies said on Monday. [[A further 1 million people|civilians;a=the government and UN
    agencies]] are on the brink of famine, they said. In all, [[4.9 million
    people|civilians;v=4900000]], more than {{40 percent}} of the population, need urgent food
    assistance. The civil war, which broke out in {{December 2013}}, has killed [[tens of
    thousands of people|killed]] and forced [[3 million|displaced;n=-]] from their homes. WFP
    said it had carried out [[over 100 airdrops|aid;a=WFP]] since {{January 2016}} because
    roads to Leer and Mayendit are cut off by fighting.""",
)

item(
    "Nearly half of Haiti faces acute hunger, report says",
    """[[Nearly 5 million people|civilians;a=the IPC]] in Haiti, {{nearly half}} the
    population, face acute hunger, the IPC said in a report released Monday. [[About 6,000
    people|civilians;a=the report;alt=the IPC]] in Port-au-Prince and the lower Artibonite face
    famine-like conditions, the report said. Gang violence has displaced [[more than 580,000
    people|displaced;a=the UN migration agency]], according to the UN migration agency. UNICEF
    said {{one in four}} children in Haiti was chronically malnourished and that it expected
    [[more than 125,000 children|civilians;p;a=UNICEF]] to suffer severe acute malnutrition
    this year. The World Food Programme said it had reached [[1.1 million people|aid;a=The
    World Food Programme;v=1100000]] with food or cash in {{the first half of the year}}.""",
)

item(
    "Hunger deaths mount in Tigray after food aid pause",
    """Tigray's interim administration said on Thursday that [[more than 1,400
    people|killed;a=Tigray's interim administration]] had died of hunger in the region since
    food aid was suspended in {{March 2023}} over the theft of grain. The United States and the
    World Food Programme halted deliveries after finding that donated wheat was being sold in
    markets. USAID said it had traced [[7,000 metric tons|aid;a=USAID]] of diverted food to a
    single town. In the camps around Shire, where [[about 200,000 displaced people|displaced]]
    live, residents said [[dozens of people|killed;a=residents]] had been buried each week
    since June. [[Some 3.2 million people|civilians;v=3200000]] in Tigray depend on food aid,
    and the first distributions since the pause resumed in December for [[400,000 people|aid]].""",
)

item(
    "Malnutrition soars among Sudanese refugee children in Chad",
    """In Adre, on Chad's border with Sudan, the MSF-run hospital admitted [[1,300
    children|injured;a=MSF]] for severe acute malnutrition in the month to {{July 15}}, and
    [[25 of them|killed;n=-;a=MSF]] died in {{two weeks}}, MSF said. The hospital has [[250
    beds|capacity]] in tents. UNICEF said [[more than 600,000 refugees|displaced;a=UNICEF]] had
    arrived in eastern Chad since {{April 2023}}, {{90 percent}} of them women and children. A
    screening in the Adre settlement found {{36 percent}} of children acutely malnourished,
    more than double the {{15 percent}} emergency threshold. [[About 150,000 people|displaced]]
    still live in the makeshift settlement at Adre. The WFP said it was feeding [[some 1.2
    million refugees|aid;a=The WFP]] in Chad but would run out of money in October.""",
)

item(
    "What a famine declaration means",
    """A famine is declared when the Integrated Food Security Phase Classification finds that
    {{at least 20 percent}} of households in an area face an extreme lack of food, {{at least
    30 percent}} of children suffer from acute malnutrition, and {{two people out of every
    10,000}} die each day from starvation or from malnutrition and disease. That is {{Phase
    5}}, the top of the IPC scale. The system was created in {{2004}} in Somalia. A famine was
    last confirmed in Sudan in {{August 2024}}, and before that in Somalia in {{2011}} and in
    South Sudan in {{2017}}.""",
)
