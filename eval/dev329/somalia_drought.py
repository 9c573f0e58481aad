"""dev329 items: droughts, famine warnings, hunger, malnutrition, disease and aid, 2014-2026."""

from _wrap import item

item(
    "Somalia declares drought a national disaster as famine looms",
    """President Mohamed Abdullahi Farmajo declared the drought a national disaster on
    {{Tuesday}}, as the UN warned that [[6.2 million people|civilians;a=the UN]], about
    {{half the population}}, need aid. Peter de Clercq, the UN's humanitarian coordinator, said
    [[363,000 children|civilians;a=Peter de Clercq]] were acutely malnourished,
    [[71,000|civilians;a=Peter de Clercq]] of them severely. Prime Minister Hassan Ali Khaire said
    [[110 people|killed;a=Prime Minister Hassan Ali Khaire]] had died of hunger and diarrhoea in a
    {{48-hour}} period in Bay region. UNICEF projects that
    [[944,000 children|civilians;p;a=UNICEF]] will be acutely malnourished by the end of the year.
    Herders in Puntland say they have lost
    [[hundreds of thousands of animals|other;u=other;a=Herders in Puntland]]. In the famine of
    {{2011}}, [[about 260,000 people|killed]] died, half of them children {{under five}}.""",
)

item(
    "Drought has displaced 766,000 Somalis since November, UNHCR says",
    """[[More than 766,000 people|displaced;a=the UN refugee agency;alt=UNHCR]] have been displaced
    by drought inside Somalia since {{November}}, the UN refugee agency said on {{Friday}}, as
    families walked for days to reach towns where aid is handed out. In Baidoa alone,
    [[about 160,000 people|displaced;a=local authorities]] have arrived, settling in
    [[more than 240 informal sites|capacity;a=local authorities]] on the edges of town, local
    authorities said. UNHCR's protection monitoring network recorded
    [[about 4,000 new arrivals a day|displaced;a=UNHCR's protection monitoring network]] in
    Mogadishu in {{March}}. [[Some 7,000 Somali refugees|displaced;a=the agency;alt=UNHCR]] crossed
    into Ethiopia's Dolo Ado camps over the same period, the agency said. Fewer than {{30%}} of
    the sites in Baidoa have latrines, and [[eleven people|killed;a=a doctor there]] died of
    cholera at one camp in a single week, a doctor there said.""",
)

item(
    "Famine projected in Bay region by year's end, IPC analysis warns",
    """Famine is projected among agro-pastoralists in Baidoa and Burhakaba districts between
    {{October}} and {{December}}, the Integrated Food Security Phase Classification (IPC) said on
    {{Monday}}, the {{first}} such warning since {{2017}}. Martin Griffiths, the UN relief chief,
    said [[7.8 million people|civilians;a=Martin Griffiths]] had been affected by the drought and
    [[more than 1 million|displaced;a=Martin Griffiths]] had left their homes. The analysis found
    [[213,000 people|civilians;a=The analysis]] already facing catastrophic hunger, or
    {{IPC Phase 5}}, and projected that the number could rise to
    [[more than 300,000|civilians;p;a=The analysis]] by {{December}}. UNICEF said
    [[730 children|killed;a=UNICEF]] had died at nutrition centres between {{January}} and
    {{July}}, and that [[1.5 million children|civilians;p;a=UNICEF]] {{under five}} face acute
    malnutrition over the coming year. FAO estimates that [[about 3 million livestock|other;a=FAO]]
    have died since mid-{{2021}}.""",
)

item(
    "Drought killed an estimated 43,000 people in 2022, study finds",
    """Researchers at the London School of Hygiene and Tropical Medicine estimated that the
    drought caused [[43,000 excess deaths|killed;a=Researchers at the London School of Hygiene and Tropical Medicine]]
    in {{2022}}, half of them among children {{under five}}. The researchers projected
    [[between 18,100 and 34,200 further deaths|killed;p;a=The researchers]] in the {{first}}
    {{six months}} of {{2023}}. The famine of {{2011}} killed
    [[an estimated 258,000 people|killed]]. [[Some 1.4 million people|displaced]] left their homes
    during the drought, which followed {{five}} failed rainy seasons. The health ministry said it
    had recorded [[more than 15,000 cholera cases|other;a=The health ministry]] and
    [[86 deaths|killed;a=The health ministry]] from the disease over the same year.""",
)

item(
    "WFP scales up cash transfers as mobile money reaches drought camps",
    """The World Food Programme (WFP) said it had reached
    [[2.4 million people|aid;a=The World Food Programme (WFP)]] with cash transfers in
    {{October}}, sending {{$70 a month}} to each family's phone.
    [[About 340,000 households|aid;a=the agency;alt=WFP]] get the money through Hormuud's EVC Plus
    service, the agency said. In Dolow, [[1,800 families|aid]] queued at
    [[a dozen distribution points|other;u=other]] on a single morning. Cash is cheaper to deliver than
    food: WFP moved [[about 9,000 tonnes|aid]] of food in {{September}}, down from
    [[21,000 tonnes|aid]] {{a year}} earlier. From {{January}}, with funding falling, the agency
    expects to reach [[1.2 million people|aid;p;a=the agency;alt=WFP]] a month.""",
)

item(
    "Nutrition centres close as aid cuts bite; UNICEF warns of child deaths",
    """[[More than 300 nutrition centres|other;a=UNICEF]] have closed in Somalia since {{March}}
    because of cuts in foreign aid, UNICEF said on {{Thursday}}. The agency expects
    [[1.7 million children|civilians;p;a=The agency;alt=UNICEF]] to suffer acute malnutrition this
    year, [[466,000|civilians;p;a=The agency;alt=UNICEF]] of them severely. In Baidoa, the
    stabilisation centre at the regional hospital admitted [[412 children|aid]] in {{July}},
    nearly twice as many as {{a year}} earlier. Save the Children said
    [[at least 11 children|killed;a=Save the Children]] had died at its clinics in Bay and Bakool
    in {{two weeks}}. Health workers in Luuq said
    [[about 70 families a week|displaced;a=Health workers in Luuq]] were arriving from the
    countryside.""",
)

item(
    "Cholera spreads through Somalia's drought camps",
    """Cholera and acute watery diarrhoea have killed
    [[more than 1,000 people|killed;a=the World Health Organization]] in Somalia since
    {{January}}, the World Health Organization said on {{Wednesday}}, and
    [[about 77,000 cases|other;a=the World Health Organization]] have been recorded. The WHO
    expects [[up to 150,000 cases|other;p;a=The WHO]] by the end of {{August}} unless sanitation
    in the camps improves. Health workers vaccinated [[450,000 people|aid]] in Baidoa, Kismayo and
    Mogadishu in a {{10-day}} campaign using [[900,000 doses|aid]] of oral vaccine. Médecins Sans
    Frontières said its Baidoa centre was treating
    [[150 to 200 patients a day|aid;a=Médecins Sans Frontières]] at the peak.""",
)

item(
    "Water trucks are a lifeline for herders as Puntland drought deepens",
    """HADMA, Puntland's drought agency, said it was paying for
    [[120 water trucks|aid;a=HADMA]] to deliver water to [[about 35,000 people|aid;a=HADMA]] in
    Bari and Nugal. [[Some 40,000 pastoralists|displaced;a=the regional government]] have moved
    into towns since {{October}}, the regional government said, after losing {{two-thirds}} of
    their goats. In Somaliland, the government said
    [[1.7 million people|civilians;a=the government]] were affected and
    [[more than 300,000 goats and camels|other;n=goats and camels;a=the government]] had died.
    Abdi Warsame, {{61}}, who has herded near Garowe all his life, said he was down to
    [[eight camels|other;a=Abdi Warsame]] from [[more than 50|other;u=other;a=Abdi Warsame]]
    {{two years}} ago.""",
)

item(
    "Somalia hunger: 4.4 million face crisis levels by mid-year, IPC says",
    """[[About 4.4 million people|civilians;p;a=the IPC]] are expected to face crisis levels of
    hunger or worse between {{April}} and {{June}}, the IPC said on {{Tuesday}}, as below-average
    Gu rains follow a poor Deyr season. [[Some 784,000|civilians;p;a=the IPC]] of them are
    projected to be in emergency, or {{IPC Phase 4}}, it said. Humanitarian agencies reached
    [[about 1.1 million people|aid;a=OCHA]] a month with food in {{2024}}, OCHA said, down from
    [[2.4 million|aid;a=OCHA]] in {{2023}}. The analysis warned that
    [[1.8 million children|civilians;p;a=The analysis]] {{under five}} were likely to be acutely
    malnourished. [[Around 540 displacement sites|capacity]] in Banadir have no regular food
    distribution.""",
)

item(
    "Families leave Baidoa camps to replant as rains return",
    """[[About 12,000 households|returned;a=the South West State government]] have left camps in
    Baidoa and gone back to their farms in Bay and Bakool since the Gu rains began, the South West
    State government said. The municipality said [[14 camps|capacity;a=The municipality]] had
    emptied and closed. FAO said it had given seeds and tools to
    [[90,000 farming households|aid;a=FAO]] across the south and paid
    [[25,000 people|aid;a=FAO]] to clear irrigation canals along the Shabelle. Each returning
    family gets {{25 kg}} of sorghum seed and {{$100}} in cash. Halima Mohamed, {{45}}, went back
    to Qansahdhere with [[seven children|returned]] in {{May}}. But aid workers said
    [[more than 3,000 families|displaced;a=aid workers]] had arrived in Baidoa in the same period,
    fleeing fighting around Diinsoor.""",
)

item(
    "Al-Shabaab blockade leaves towns cut off as aid workers are targeted",
    """Al-Shabaab's blockade of government-held towns in Bakool and Hiraan has left
    [[about 900,000 people|civilians;a=OCHA]] in areas aid agencies cannot reach by road, OCHA
    said. The UN Humanitarian Air Service flew [[1,200 tonnes|aid]] of food and medicine into
    Waajid, Xudur and Bulo Burto in {{three months}}. [[Forty trucks|aid;a=truckers]] have been
    stuck for weeks at checkpoints outside Beledweyne, truckers said. In {{2025}},
    [[seven aid workers|killed;a=the Aid Worker Security Database]] were killed and
    [[12|kidnapped;a=the Aid Worker Security Database]] abducted in Somalia, according to the Aid
    Worker Security Database. [[Three staff|kidnapped]] of a local charity taken near Garbaharey
    in {{June}} were freed on {{Sunday}} after elders negotiated their release.""",
)

item(
    "New arrivals swamp Dolow camps near Ethiopian border",
    """[[More than 1,000 people a day|displaced;a=the district commissioner]] were arriving in
    Dolow in {{September}}, the district commissioner said, most of them women and children from
    rural Gedo and Bay. The town's [[14 camps|capacity;a=the Norwegian Refugee Council (NRC)]]
    were built for [[about 40,000 people|capacity;a=the Norwegian Refugee Council (NRC)]] and now
    hold [[more than 110,000|displaced;a=the Norwegian Refugee Council (NRC)]], the Norwegian
    Refugee Council (NRC) said. Aid groups have dug [[62 new latrines|aid]] and handed out
    [[3,000 emergency shelter kits|aid]] since {{July}}. Abdullahi Hassan, a camp leader, said
    [[at least 25 children|killed;a=Abdullahi Hassan]] had died in the camps since {{August}},
    mostly of measles and hunger.""",
)

item(
    "WFP cuts food aid to Somalia's displaced as funding dries up",
    """The World Food Programme said it would reach
    only [[350,000 people|aid;p;a=The World Food Programme]] a month from {{August}}, down from
    [[1.1 million|aid;a=The World Food Programme]] in {{March}}, after a {{75%}} drop in its
    funding. The agency warned that
    [[about 250,000 people|civilians;p;a=The agency;alt=The World Food Programme]] in Bay, Bakool
    and Gedo could slip into catastrophic hunger by the end of the year. It has already closed
    [[23 nutrition sites|other]] in Puntland and laid off
    [[about 120 staff|other]] in Somalia. In Kahda district, camp leaders said
    [[more than 4,000 households|aid;a=camp leaders]] had received their last transfer in
    {{June}}. Donors have given {{$180 million}} of the {{$1.4 billion}} sought for {{2025}},
    about {{13%}}.""",
)

item(
    "Somalia declares drought emergency as wells run dry in Gedo",
    """The federal government declared a drought emergency on {{November 23}}, saying
    [[2.6 million people|civilians;a=The federal government]] in
    [[66 districts|other;a=The federal government]] were affected.
    [[More than 100,000 people|displaced;a=UNHCR]] have left their homes in search of water and
    pasture since {{October}}, UNHCR said. In Gedo, [[at least 70 water points|other;u=other]] have dried
    up, and herders in Garbaharey told the BBC that
    [[hundreds of camels|other;a=herders in Garbaharey]] had died. The government said it would
    send [[120 tonnes|aid;p;a=The government]] of food to the worst-hit districts. Save the
    Children said [[more than 15,000 children|other;a=Save the Children]] had dropped out of school
    as families moved in search of water.""",
)

item(
    "Gu rains forecast below average for a third season",
    """The Somalia Water and Land Information Management unit (SWALIM) forecast on {{Monday}}
    that the Gu rains, due from {{mid-April}}, will be {{20%}} to {{40%}} below average across
    Bay, Bakool and Gedo. The Juba river at Luuq stood at {{1.8 metres}} on {{March 30}}, well
    below the {{2.5-metre}} seasonal norm. Temperatures in Garowe reached {{41C}} last week. It is
    the {{third}} poor season since {{2024}}, and the {{fifth}} in {{six years}}.""",
)

item(
    "Somalia appeal seeks $1.4 billion as donors cut back",
    """The UN and its partners launched a {{$1.42 billion}} appeal for Somalia in {{2025}} on
    {{January 23}}, down from {{$1.6 billion}} the year before. By the end of {{June}} only
    {{12%}} had been received, the lowest share at that point of the year since {{2016}}. The
    United States, which gave about {{$400 million}} in {{2023}}, cut its contribution by more than
    {{80%}}. The Somalia Humanitarian Fund allocated {{$25 million}} in its {{first}} round,
    {{two months}} later than usual.""",
)
