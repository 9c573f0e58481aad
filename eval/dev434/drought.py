"""dev434, drought and hunger: the 2017 and 2022 droughts, the camps of Baidoa, Dollow and Luuq,
malnourished children, cholera, livestock losses, food aid, famine projections, evictions in
Baidoa and the first returns after the rains (16 texts, 2 without a figure)."""

from _wrap import item

item(
    "Drought has driven 760,000 Somalis from their homes since November, UN says",
    """
    Drought has displaced [[more than 760,000 people|displaced;a=UNHCR]] in Somalia since
    {{November 2016}}, UNHCR said on Friday, citing its Protection and Return Monitoring Network.
    The agency said [[about 4,000 people a day|displaced;a=The agency;alt=UNHCR]] were still leaving
    their villages, most of them heading for Baidoa, Mogadishu and Dollow. Baidoa alone has
    received [[more than 150,000|displaced;a=the CCCM cluster]] since February, and [[about 180 new
    sites|capacity;a=the CCCM cluster]] have sprung up on the edge of the town, according to the
    CCCM cluster. [[Some 6.2 million people|civilians;a=OCHA]], {{more than half}} the population,
    need humanitarian assistance, OCHA says. Aid officials fear a repeat of the {{2011}} famine,
    which killed [[nearly 260,000 people|killed]], {{half}} of them children {{under five}}.
    """,
)

item(
    "Baidoa's camps overflow as drought and fighting push families into town",
    """
    [[More than 6,500 people|displaced;a=local authorities]] arrived in Baidoa in the {{first ten days}} of September, local authorities said, most of them women and children from Burhakaba and
    Qansax Dheere districts. South West State's humanitarian affairs minister, Abdiaziz Mohamed,
    said [[about 500 displacement sites|capacity;a=South West State's humanitarian affairs minister,
    Abdiaziz Mohamed]] in and around the town now hold [[nearly 700,000 people|displaced;a=South West
    State's humanitarian affairs minister, Abdiaziz Mohamed]]. New arrivals build huts of branches
    and cloth on the outskirts, far from water points and clinics. Ahmed Abdi, a {{45-year-old}}
    farmer from near Burhakaba, said he had walked for {{six days}} with his family after his [[30
    goats|other;a=Ahmed Abdi]] died. WFP said it had registered [[about 23,000 newly arrived
    households|aid;a=WFP]] for emergency cash transfers in August. The stabilisation centre at Bay
    regional hospital admitted [[612 children|aid]] with severe acute malnutrition in the same
    month.
    """,
)

item(
    "In Dollow, new camps fill with families who walked from al-Shabaab areas",
    """
    The Kaxarey site on the edge of Dollow, on the Ethiopian border, held [[about 3,000
    households|displaced;a=the camp management agency]] in March; by June it held [[more than
    9,500|displaced;u=household;a=the camp management agency]], according to the camp management
    agency. Médecins Sans Frontières said its teams in Dollow had treated [[1,870
    children|aid;a=Médecins Sans Frontières]] for severe acute malnutrition since January and that
    [[14|killed;a=Médecins Sans Frontières]] had died in its care. Many families said they had left
    farms in Bay and Bakool after al-Shabaab demanded a share of their harvest. Dollow's district
    commissioner, Abdullahi Mohamed, said [[four new sites|capacity;a=Dollow's district
    commissioner, Abdullahi Mohamed]] had opened in May alone and that [[around 1,200
    families|displaced;a=Dollow's district commissioner, Abdullahi Mohamed]] were sleeping in the
    open. IOM said it had distributed [[2,400 emergency shelter kits|aid;a=IOM]] in the district.
    """,
)

item(
    "UNICEF: 1.8 million Somali children face acute malnutrition",
    """
    [[About 1.8 million children|civilians;p;a=UNICEF]] {{under five}} in Somalia are expected to
    suffer acute malnutrition by the end of the year, including [[513,000|civilians;p;a=UNICEF]]
    who are likely to be severely malnourished, UNICEF said on Tuesday. The agency said its
    partners had admitted [[more than 300,000 children|aid;a=The agency;alt=UNICEF]] to treatment
    programmes since January. It said [[at least 730 children|killed;a=UNICEF]] had died in
    nutrition centres between January and July. In Baidoa, UNICEF's field officer Wafaa Saeed said
    [[about 44,000 children|aid;a=UNICEF's field officer Wafaa Saeed]] were receiving
    ready-to-use therapeutic food each month. The agency warned that without new funding it could
    treat [[no more than 400,000 children|aid;p;a=The agency;alt=UNICEF]] this year. [[Roughly 7.1 million people|civilians;a=the
    Integrated Food Security Phase Classification]] across the country face crisis levels of hunger
    or worse, according to the Integrated Food Security Phase Classification.
    """,
)

item(
    "Study estimates 43,000 excess deaths in Somalia's 2022 drought",
    """
    [[An estimated 43,000 people|killed;a=researchers from the London School of Hygiene and Tropical
    Medicine]] died in Somalia in {{2022}} because of the drought, researchers from the London School
    of Hygiene and Tropical Medicine estimated in a study for the government, WHO and UNICEF. {{Half}}
    of the deaths were probably among children {{under five}}, the study found. The researchers
    projected [[between 18,100 and 34,200 more deaths|killed;p;a=The researchers;alt=researchers from
    the London School of Hygiene and Tropical Medicine]] in the {{first six months}} of {{2023}}.
    That compares with [[about 258,000 deaths|killed]] in the {{2010-2012}} famine. Bay region, from
    which [[hundreds of thousands|displaced]] fled to Baidoa, had the highest death rate. Aid
    agencies reached [[about 7.3 million people|aid;a=OCHA]] with some form of assistance in {{2022}},
    OCHA said. [[More than 1.3 million people|displaced]] were displaced by the drought in the
    same year.
    """,
)

item(
    "Cholera spreads through drought camps in Bay and Bakool",
    """
    The World Health Organization said on Tuesday that [[more than 53,000 cases|other;a=The World
    Health Organization]] of cholera and acute watery diarrhoea had been recorded in Somalia since
    January, and that [[at least 1,100 people|killed;a=The World Health Organization]] had died.
    Bay regional hospital in Baidoa said it was caring for [[220 patients|other;a=Bay regional
    hospital]] in tents set up in its courtyard. The hospital said it was receiving [[up to 250 new cases a day|other;a=The hospital;alt=Bay
    regional hospital]]. The health ministry has opened [[26 treatment
    centres|other]] across the south. In Burhakaba, [[11 people|killed;a=a local health official]]
    died in a single day, a local health official said. UNICEF said it had delivered [[1.2 million
    water purification tablets|aid;a=UNICEF]] to camps in Bay and Bakool. The outbreak is the worst
    since {{2011}}.
    """,
)

item(
    "WFP scales up as hunger spreads, but warns of cuts",
    """
    The World Food Programme said it had reached [[4.7 million people|aid;a=The World Food
    Programme]] with food or cash in September, up from [[1.4 million|aid;a=The World Food
    Programme]] in January. The agency plans to assist [[6.3 million people|aid;p;a=The agency;alt=The
    World Food Programme]] a month by the end of the year. WFP's country director, El-Khidir
    Daloum, said [[about 200 trucks|aid;a=El-Khidir Daloum]] were on the road each week. Without
    new money, [[up to 2 million people|aid;p;a=El-Khidir Daloum]] could be cut from assistance by
    March, he said. [[About 18,000 tonnes|aid]] of food arrived by sea in Kismayo and Berbera in
    August. The agency faces a shortfall of {{$400 million}} over the next {{six months}}.
    """,
)

item(
    "Herders lose their animals and move to towns as fifth rainy season fails",
    """
    [[An estimated 3 million livestock|other;a=the UN Food and Agriculture Organization]] have died
    in Somalia since {{mid-2021}}, the UN Food and Agriculture Organization said. In Mudug and
    Nugaal, [[between 1,500 and 2,000 pastoralist families|displaced]] have given up herding and moved to towns.
    The agency said it had given [[12,000 households|aid;a=The agency;alt=the UN Food and Agriculture
    Organization]] cash, fodder and water this year. Mohamed Hirsi, a herder who reached Galkayo
    last month, said [[more than 200 goats|other;a=Mohamed Hirsi]] had died on the way. In
    Galkayo, [[about 14,000 people|displaced;a=the Puntland Humanitarian Affairs and Disaster
    Management Agency]] have arrived since July, according to the Puntland Humanitarian Affairs and
    Disaster Management Agency. [[Some 340 water points|other;u=other]] in the region have dried
    up, and [[thousands of camels|other]] have been sold at a loss. Water trucking prices have
    tripled.
    """,
)

item(
    "Famine projected in two Bay districts unless aid is scaled up",
    """
    Famine is projected in Baidoa and Burhakaba districts between October and December among
    farming families and displaced people, according to an analysis released on Monday. The Integrated Food Security Phase Classification said [[about 300,000
    people|civilians;p;a=The Integrated Food Security Phase Classification]] were likely to face
    catastrophic hunger, known as {{IPC Phase 5}}, and [[6.7 million people|civilians;p;a=The
    Integrated Food Security Phase Classification]] crisis levels or worse. [[Some 1.5 million
    children|civilians;p]] are likely to be acutely malnourished. The UN's humanitarian coordinator
    said aid agencies would need to reach [[8.3 million people|aid;p;a=The UN's humanitarian
    coordinator]] to prevent deaths on a large scale. [[Nearly 1 million people|displaced]] have
    left their homes since January. Mortality surveys in Baidoa's sites recorded [[87
    deaths|killed]] among children in {{eight weeks}}.
    """,
)

item(
    "Families reach Luuq after weeks on the road; NRC warns of shelter gap",
    """
    [[About 2,800 families|displaced;a=the Norwegian Refugee Council]] have arrived in Luuq district
    in Gedo since April, most from villages along the Juba river where wells have dried up, the
    Norwegian Refugee Council said. The aid group said it had given [[only 650 families|aid;a=The aid
    group;alt=the Norwegian Refugee Council]] shelter kits so far. Local officials in Luuq said [[two
    new sites|capacity;a=Local officials in Luuq]] had been set up on land donated by the district,
    each with space for [[about 500 households|capacity;a=Local officials in Luuq]]. [[Nine
    children|killed;a=a community health worker]] died of measles and malnutrition in {{two weeks}} at the Bur Dhuhunle site, a community health worker said. Mohamed Abdi, NRC's country director, said [[at
    least 60,000 people|civilians;a=Mohamed Abdi]] in Gedo needed shelter before the Deyr rains.
    Site leaders said there were [[fewer than 300 latrines|other;a=Site leaders]] for the new
    arrivals.
    """,
)

item(
    "Al-Shabaab blockade and drought squeeze Hiraan towns",
    """
    Al-Shabaab has blocked the roads into Bulo Burde and Mahas for months, and in September its
    fighters destroyed [[at least 14 wells|other;a=Hiraan's governor, Abdullahi Farah Hirsi]] in
    Hiraan, Hiraan's governor, Abdullahi Farah Hirsi, said. [[About 40 trucks|aid]] carrying food
    for Bulo Burde have been stuck in Beledweyne for {{three weeks}}. The militants burned [[six
    trucks|other]] last month that they accused of carrying goods for the government. OCHA said
    [[about 110,000 people|civilians;a=OCHA]] in Bulo Burde and Jalalaqsi were cut off. WFP has
    flown in [[120 tonnes|aid]] of food by helicopter since August. [[Some 9,000
    people|displaced;a=local elders]] have left Mahas for Beledweyne, local elders said.
    """,
)

item(
    "Evictions in Baidoa push displaced families further from services",
    """
    [[Nearly 12,000 people|displaced;a=the eviction monitoring platform run by NRC]] were evicted
    from displacement sites in Baidoa in the {{first quarter}} of the year, according to the eviction
    monitoring platform run by NRC. At the Salamey site, [[87 households|displaced;a=site leader
    Fadumo Ali]] were given {{48 hours}} to leave, site leader Fadumo Ali said. [[Thirty-two
    shelters|housing;a=Fadumo Ali]] were pulled down the next morning, she said. South West State's
    land authority said it had set aside land for [[2,000 households|capacity;a=South West State's
    land authority]] in a planned settlement north of the town, where [[about 1,000
    houses|housing;p;a=South West State's land authority]] are to be built. Baidoa hosts [[more than 550 sites|capacity]], most of them
    on private land rented for {{two or three years}} at a time. Fadumo Ali said [[up to 300
    households|displaced;p;a=Fadumo Ali]] at a neighbouring site could be evicted next month.
    """,
)

item(
    "Some drought-displaced families head home as Gu rains return",
    """
    UNHCR's Protection and Return Monitoring Network recorded [[about 31,000
    returns|returned;a=UNHCR's Protection and Return Monitoring Network]] to rural areas in April and
    May, most of them to Bay and Lower Shabelle. Aid agencies gave [[8,400 returning
    households|aid;a=FAO]] seeds and tools, FAO said. Abdullahi Isak, a farmer, said he had gone back
    to his village near Qansax Dheere with [[12 other families|returned;a=Abdullahi Isak]].
    Officials in Baidoa estimated that [[about 650,000 people|displaced;a=Officials in Baidoa]]
    remained in the town's sites. [[More than 40 families|displaced;a=residents]] who went home to
    Burhakaba district were displaced again within weeks after al-Shabaab fighters demanded taxes,
    residents said. The Somali Disaster Management Agency said it had paid transport for [[about
    3,000 returnees|aid;a=The Somali Disaster Management Agency]]. In Bakool, where al-Shabaab
    still controls the roads, [[fewer than 2,000 people|returned;a=the network;alt=UNHCR's
    Protection and Return Monitoring Network]] went home, the network said.
    """,
)

item(
    "At Baidoa stabilisation centre, beds run out",
    """
    The stabilisation centre at Bay regional hospital has [[40 beds|capacity]], but on Tuesday it
    was treating [[93 children|aid]], many of them sharing beds. Dr Abdirizak Ali, who runs the
    centre, said [[11 children|killed;a=Dr Abdirizak Ali]] had died there in August. The centre
    admitted [[about 380 children|aid;a=Dr Abdirizak Ali]] in July, up from [[about
    150|aid;a=Dr Abdirizak Ali]] in May, he said. Save the Children, which supports the centre, said
    [[more than 4,200 children|civilians;a=Save the Children]] in Baidoa's sites had been found
    severely malnourished in screening. Nurses work {{12-hour}} shifts. WFP said it was giving
    [[1,600 mothers|aid;a=WFP]] of children at the centre daily rations.
    """,
)

item(
    "Deyr outlook: below-average rains expected across the south",
    """
    Rainfall during the Deyr season is forecast at {{40 to 60 percent}} of the average across
    southern Somalia, the Somalia Water and Land Information Management project said on Thursday.
    The {{2022}} season would then be the {{fifth}} failed season in a row, a run not seen since
    {{1981}}. Sorghum prices in Baidoa have risen {{160%}} in {{12 months}}, and daytime temperatures
    in Gedo have passed {{40C}}. The forecast is updated every {{ten days}}; the next bulletin is
    due on {{21 October}}.
    """,
)

item(
    "Somalia drought appeal remains less than half funded",
    """
    The UN's humanitarian response plan for Somalia, which asks for {{$2.6 billion}} this year, was
    {{44 percent}} funded by the end of September, OCHA said on Wednesday. Donors gave
    {{$1.1 billion}} in the {{first nine months}}, compared with {{$1.3 billion}} in the whole of
    {{2017}}. The United States provided {{about 60%}} of the money received. OCHA warned that the
    gap would widen in {{2023}} because the plan is expected to grow by {{a fifth}}.
    """,
)
