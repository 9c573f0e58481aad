"""Somalia, Ethiopia, the Sahel, Nigeria and Madagascar: famine declarations and death
estimates, drought and livestock, blockades and convoys, feeding centres, funding cuts (16
texts with figures, 1 without)."""

from _wrap import item

item(
    "UN declares famine in two regions of southern Somalia",
    """The United Nations declared a famine on Wednesday in the southern Somali regions of Bakool
    and Lower Shabelle, the first famine declared anywhere in the world since {{1984}}. Mark
    Bowden, the UN humanitarian coordinator for Somalia, said [[tens of thousands of
    people|killed;a=Mark Bowden]] had already died in recent months, most of them children.
    [[About 3.7 million people|civilians;a=the UN;v=3700000]], nearly {{half the population}},
    are in crisis across the country, [[2.8 million of them|civilians;n=-;a=the UN;v=2800000]] in
    the south, the UN said. Somali refugees are reaching the Dadaab camps in Kenya at a rate of
    [[about 1,300 a day|displaced;a=the UN refugee agency]], the UN refugee agency said. Dadaab,
    built for [[90,000 people|capacity]], now holds [[more than 380,000|displaced]]. [[About
    2,000 Somalis a day|displaced]] are arriving in Ethiopia's Dollo Ado camps.""",
)

item(
    "Somalia famine killed nearly 260,000, half of them children",
    """[[Nearly 260,000 people|killed;a=a study commissioned by the UN]] died in the famine that
    struck Somalia between {{October 2010}} and {{April 2012}}, {{half of them}} children under
    five, according to a study commissioned by the UN. The report, by the Food and Agriculture
    Organization's Somalia nutrition unit and FEWS NET, said [[133,000 children|killed;a=The
    report]] under the age of five died. About {{4.6%}} of the population of southern and central
    Somalia died, the researchers estimated. At the peak, in mid-{{2011}}, [[about 30,000 people
    a month|killed;a=the report]] were dying, the report said. The toll was higher than [[the
    220,000|killed]] thought to have died in the famine of {{1992}}. Al Shabaab blocked aid to
    the areas it held, and [[hundreds of thousands|displaced]] fled to Mogadishu and to camps in
    Kenya and Ethiopia.""",
)

item(
    "Drought kills millions of animals in northern Somalia",
    """[[More than 5 million goats, sheep and camels|killed;n=goats, sheep and camels;a=the Food
    and Agriculture Organization]] have died in Somalia's drought since November, the Food and
    Agriculture Organization said on Sunday, and herders in Sanaag and Sool say they have lost as
    much as {{70%}} of their herds. In Burao, [[about 7,000 families|displaced;a=local
    officials]] who lost their animals have set up camp on the edge of town, local officials told
    Hiiraan Online. The regional administration in Bay said [[at least 77 people|killed;a=The
    regional administration in Bay]] had died of hunger and acute watery diarrhoea in {{48
    hours}}. The UN says [[6.2 million people|civilians;a=The UN;v=6200000]], {{half the
    population}}, need aid, and that [[363,000 children|civilians;a=The UN]] are acutely
    malnourished. [[Around 250,000|displaced;a=the UN refugee agency]] have left their homes
    since November, the UN refugee agency said.""",
)

item(
    "Famine projected in Somalia's Bay region as rains fail again",
    """Famine is projected in the Baidoa and Burhakaba districts of Somalia's Bay region between
    October and December unless aid is scaled up, the Integrated Food Security Phase
    Classification said on Monday. The IPC said [[more than 300,000 people|civilians;p;a=The
    IPC]] were expected to face catastrophic hunger. Unicef said [[730 children|killed;a=Unicef]]
    had died in nutrition centres across the country between January and July. At a camp on the
    edge of Baidoa, Amina, {{35}}, said she had buried [[three of her children|killed;a=Amina]]
    on the road from her village. [[About 1 million Somalis|displaced;a=the UN refugee agency]]
    have been displaced by the drought since {{early 2021}}, according to the UN refugee agency.
    In Baidoa alone, [[more than 500,000 displaced people|displaced;a=the agency;alt=the UN
    refugee agency]] live in [[about 500 sites|capacity;a=the agency;alt=the UN refugee agency]],
    the agency said. The rains have failed for {{four consecutive seasons}}, and [[7.8 million
    people|civilians;v=7800000]], nearly {{half the population}}, are affected.""",
)

item(
    "Somalia's drought killed up to 43,000 last year, study finds",
    """[[As many as 43,000 people|killed;a=Somalia's health ministry and UN agencies]] may have
    died in Somalia's drought last year, {{half of them}} children under five, according to
    Somalia's health ministry and UN agencies. The study, carried out by the London School of
    Hygiene and Tropical Medicine, projected that [[between 18,100 and 34,200
    people|killed;p;a=The study]] could die in the first {{six months}} of {{2023}}. No famine
    was declared in {{2022}}, though the IPC warned repeatedly that one was close. The rains have
    failed {{five seasons}} in a row, the worst drought in {{40 years}}. [[More than 1.4 million
    people|displaced;a=the UN;v=1400000]] have been forced from their homes by the drought, the
    UN says, and [[about 6.6 million|civilians;p;a=the UN;v=6600000]] are expected to face crisis
    hunger or worse this year. Herders have lost [[more than 3 million
    animals|killed;u=other;a=the Food and Agriculture Organization]], according to the Food and
    Agriculture Organization.""",
)

item(
    "Somalia nutrition sites close as US aid freeze bites",
    """Aid agencies in Somalia have closed [[more than 300 nutrition sites|other;a=OCHA]] since
    February, leaving [[about 200,000 children|civilians;a=OCHA]] without treatment for acute
    malnutrition, according to OCHA. The United States provided about {{half}} of Somalia's
    humanitarian funding in {{2024}}. In Baidoa, the local charity Gargaar Relief said it had let
    go [[47 health workers|other;a=the local charity Gargaar Relief]] and that [[11
    children|killed;a=the local charity Gargaar Relief]] from families it had been treating had
    since died at home. WFP said it would cut the number of people it helps from [[2.2
    million|aid;a=WFP;v=2200000]] to [[820,000|aid;p;a=WFP]] in April. [[About 3.4 million
    people|civilians;a=the IPC;v=3400000]] face crisis levels of hunger or worse, {{IPC Phase 3}}
    and above, the IPC said in March.""",
)

item(
    "More than 1,400 starved in Tigray since aid halt, officials say",
    """Tigray's interim administration said on Tuesday that [[at least 1,411 people|killed;
    a=Tigray's interim administration]] had died of starvation in the region since the World Food
    Programme and USAID halted food aid to Ethiopia in the spring over the theft of donations.
    Tigray's disaster risk management office said [[more than 2 million
    people|civilians;a=Tigray's disaster risk management office]] in the region were in need,
    including [[about 1 million|displaced;a=Tigray's disaster risk management office]] living in
    camps and schools. Ethiopia's federal government disputed the toll. Investigators found that
    [[about 7,000 tonnes|aid;a=Investigators]] of donated wheat had been diverted in a single
    town. WFP said it had resumed deliveries in December under a new tracking system and had
    since reached [[about 800,000 people|aid;a=WFP]] in Tigray. The {{two-year}} war between
    federal forces and Tigrayan fighters, which ended with a truce in {{November 2022}}, killed
    [[hundreds of thousands of people|killed;a=researchers at Ghent University]], according to
    researchers at Ghent University.""",
)

item(
    "Ethiopia says 10.2 million need food aid after El Nino drought",
    """Ethiopia's government said on Monday that [[10.2 million people|civilians;p;a=Ethiopia's
    government;v=10200000]] would need food aid this year because of the worst drought in {{50
    years}}, brought on by El Niño. The appeal, launched with UN agencies in Addis Ababa, seeks
    {{$1.4 billion}}. Unicef said [[about 435,000 children|civilians;p;a=Unicef]] were expected
    to suffer severe acute malnutrition. In the Afar region, herders said [[hundreds of
    cattle|killed;a=herders]] had died on the dry grazing land. The World Food Programme said it
    was feeding [[7.6 million people|aid;a=The World Food Programme;v=7600000]] through a
    government safety-net programme. The International Organization for Migration says [[nearly
    300,000 people|displaced;a=The International Organization for Migration]] have left their
    homes in search of water and pasture since {{2015}}.""",
)

item(
    "Ethiopia's Somali region loses millions of livestock as rains fail",
    """Officials in Ethiopia's Somali region say [[more than 2.1 million animals|killed;u=other;
    a=Officials in Ethiopia's Somali region;v=2100000]] have died since the October rains failed.
    FEWS NET said in its monthly update that [[some 3.5 million people|civilians;a=FEWS NET]] in
    the region faced Emergency ({{IPC Phase 4}}) outcomes. Milk, the main food of children in
    pastoral households, has all but disappeared. In Dollo zone, [[about 286,000
    people|displaced;a=the International Organization for Migration]] have moved to [[some 120
    sites|capacity;a=the International Organization for Migration]] around towns and water
    points, the International Organization for Migration said. Abdi Farah, a herder in Warder,
    said [[180 of his goats|killed;a=Abdi Farah]] had died and [[fewer than
    20|other;u=other;a=Abdi Farah]] were left. The government and aid agencies are trucking water
    to [[about 600,000 people|aid]].""",
)

item(
    "Thousands in Mali's Menaka face catastrophic hunger",
    """[[About 2,500 people|civilians;a=the Cadre Harmonisé]] in the Menaka region of
    northeastern Mali face catastrophic hunger, {{Phase 5}}, according to the Cadre Harmonisé,
    the food security analysis used by West African governments. At Menaka's only hospital, staff
    said they had admitted [[212 children|injured;a=staff]] with severe acute malnutrition since
    January. Fighters of the Islamic State Sahel Province have besieged the town since {{2023}}.
    [[More than 32,000 people|displaced;a=local authorities]] have fled to Menaka town from
    surrounding villages, local authorities said. The World Food Programme said it could reach
    the town only by air, with [[three flights a week|aid;a=The World Food Programme]]. Jihadists
    burned [[about 40 trucks|other;a=the local chamber of commerce]] carrying goods on the road
    from Gao in January, according to the local chamber of commerce. Across Mali, Burkina Faso
    and Niger, the analysis projected that [[more than 7 million people|civilians;p;a=the
    analysis;alt=the Cadre Harmonisé]] would be in crisis or worse in the lean season.""",
)

item(
    "Burkina Faso convoy attack kills soldiers, dozens missing",
    """Militants attacked a convoy of [[about 150 vehicles|aid;a=the army]] taking food and
    supplies to the besieged northern town of Djibo on Monday, killing [[11 soldiers|killed;a=the
    army]], the army said. [[About 50 civilians|missing;a=the army]] were missing, it said.
    Drivers who escaped said [[dozens of trucks|aid;a=Drivers who escaped]] had been burned.
    Djibo, home to [[more than 300,000 people|civilians]], among them [[tens of
    thousands|displaced]] who fled attacks elsewhere, has been under a jihadist blockade since
    February. Residents say people have been eating leaves and wild fruit.""",
)

item(
    "Niger: feeding centres fill as Sahel hunger crisis deepens",
    """[[More than 6 million people|civilians;a=the UN]] in Niger are short of food, the UN says.
    In the southern region of Maradi, Médecins Sans Frontières says it has treated [[more than
    50,000 children|injured;a=Médecins Sans Frontières]] for malnutrition since January. On the
    paediatric ward of Maradi hospital, children lie {{three to a bed}}. Across the Sahel, the UN
    says [[18.7 million people|civilians;a=the UN;v=18700000]] are at risk, including [[1 million
    children|civilians;a=the UN]] at risk of severe acute malnutrition. Poor rains and locusts in
    {{2011}} cut cereal output by {{a quarter}}. Niger also hosts [[about 35,000
    refugees|displaced]] who fled fighting in Mali this year. The World Food Programme says it
    plans to reach [[3.9 million people|aid;p;a=The World Food Programme;v=3900000]] in Niger
    during the lean season.""",
)

item(
    "Borno: hunger and death in a camp freed from Boko Haram",
    """Médecins Sans Frontières said on Wednesday that [[almost 200 people|killed;a=Médecins
    Sans Frontières]] had died of hunger and diarrhoea in a camp for displaced people in Bama,
    in Nigeria's Borno state, over the past month, [[about six a day|killed;a=Médecins Sans
    Frontières]]. The camp, run by the Nigerian military, holds [[about 24,000
    people|displaced]], [[15,000 of them|displaced;n=-]] children. An MSF team screened [[800
    children|aid]] and found that {{one in five}} was severely malnourished. Boko Haram's
    insurgency has killed [[more than 20,000 people|killed]] and driven [[2.6
    million|displaced;v=2600000]] from their homes since {{2009}}. The World Food Programme says
    it is preparing to feed [[about 400,000 people|aid;p;a=The World Food Programme]] in Borno by
    the end of the year.""",
)

item(
    "Food for Niger stuck at Benin border after coup sanctions",
    """[[More than 1,000 trucks|other;a=drivers' unions]] carrying food and goods for Niger have
    been stuck at the Benin border since West African sanctions closed it after the July coup,
    drivers' unions said. The World Food Programme said [[more than 6,000 tonnes|aid;a=The World
    Food Programme]] of its food was among the stranded cargo, as well as [[about 200
    containers|aid;a=The World Food Programme]] of nutrition supplies. Unicef said [[some 1.5
    million children|civilians;a=Unicef;v=1500000]] in Niger were acutely malnourished. Rice
    prices in Niamey have risen by {{21%}} since {{July 26}}, according to the national
    statistics institute. Niger hosts [[about 350,000 refugees|displaced]], mostly from Nigeria
    and Mali, and [[more than 330,000 people|displaced]] uprooted inside the country.""",
)

item(
    "Madagascar's south survives on cactus and locusts",
    """[[More than 1.3 million people|civilians;a=the World Food Programme;v=1300000]] in
    southern Madagascar face acute hunger, the World Food Programme said, [[about 28,000 of
    them|civilians;n=-;a=the World Food Programme]] in catastrophic conditions, {{IPC Phase 5}}.
    The agency called it the first famine-like crisis driven by climate change rather than
    conflict, after {{four years}} of drought. In Ambovombe, the district nutrition officer said
    [[about 500 children|injured;a=the district nutrition officer]] were being treated for severe
    acute malnutrition at [[12 health centres|capacity;a=the district nutrition officer]]. Local
    officials said [[at least 12 people|killed;a=Local officials]] had died of hunger in the
    district since January. [[Hundreds of families|displaced]] have left for Toliara and Fort
    Dauphin. WFP said it planned to reach [[750,000 people a month|aid;p;a=WFP]] with food and
    cash.""",
)

item(
    "After cyclone, Madagascar's south faces a hungry lean season",
    """Aid agencies said on Thursday that [[about 1.6 million people|civilians;p;a=Aid
    agencies;v=1600000]] in southern and southeastern Madagascar would face crisis levels of
    hunger or worse between January and {{April 2026}}. The cyclone that struck in February
    destroyed [[some 12,000 homes|housing;a=the national disaster office]] and flooded {{40,000
    hectares}} of rice fields, according to the national disaster office. [[At least 24
    people|killed;a=the national disaster office]] were killed, it said. In Androy, Unicef said
    the number of children admitted for severe wasting had doubled to [[about
    3,100|injured;a=Unicef]] in {{three months}}. The government has distributed [[2,000
    tonnes|aid]] of rice, and [[about 2,300 families|displaced]] are still in evacuation
    centres.""",
)

item(
    "Somalia tops Global Hunger Index as progress stalls",
    """Somalia has the highest level of hunger of any country in the {{2024}} Global Hunger
    Index, with a score of {{44.1}}, followed by Yemen at {{41.2}} and Chad at {{36.4}}.
    Madagascar ranked {{124th}} and Burkina Faso {{102nd}}. The index, published by
    Welthungerhilfe and Concern Worldwide, combines undernourishment, child stunting, child
    wasting and child mortality. It found that progress against hunger had largely stalled since
    {{2016}} and that, at the current pace, the world would not reach low hunger until
    {{2160}}.""",
)
