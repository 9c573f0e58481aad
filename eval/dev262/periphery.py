"""dev262 items: the southern Philippines and Marawi, Papua, India's Manipur and the region's
borders (16 texts)."""

from _wrap import item

item(
    "Marawi exodus passes 350,000 as siege drags on",
    """[[More than 350,000 people|displaced;a=the Department of Social Welfare and Development]]
    have fled Marawi and nearby towns since militants of the Islamic State-linked Maute group
    overran parts of the city on {{23 May}}, the Department of Social Welfare and Development
    said. Only [[about 20,000|displaced]] are staying in the [[79 evacuation centers|capacity]]
    set up in Lanao del Sur and Iligan; the rest are with relatives. The military said
    [[between 60 and 80 militants|combatants;a=The military]] were still holding out in the city
    centre with [[as many as 100 hostages|kidnapped;a=The military]]. It estimated that [[up to
    2,000 civilians|civilians;a=The military]] were trapped in the fighting. So far [[89
    soldiers and police|killed;a=the army;n=soldiers and police]] and [[39 civilians|killed;
    a=the army]] have been killed, along with [[more than 400 militants|killed;a=the army]],
    according to the army.""",
)

item(
    "Five years on, Marawi's displaced still wait to go home",
    """[[About 17,000 families|displaced;a=Task Force Bangon Marawi]] remain displaced {{five
    years}} after the siege, Task Force Bangon Marawi said, [[some 2,500|displaced;a=Task Force
    Bangon Marawi;u=household]] of them in [[nine transitory sites|capacity;a=Task Force Bangon
    Marawi]] on the city's edge. The task force has handed over [[3,460 permanent shelters|
    capacity;a=The task force;alt=Task Force Bangon Marawi]] and says [[1,500 more|capacity;p;
    a=The task force;alt=Task Force Bangon Marawi;u=structure;n=-]] will be finished by {{June}}.
    Only [[about 3,000 families|returned]] have gone back to rebuilt homes inside the main
    battle area. The compensation board created under a law signed in {{April 2022}} said it
    had received [[more than 10,000 claims|other;a=The compensation board;u=other]] but had
    paid none, citing a budget of only {{P1 billion}} for {{2023}}. "We were promised we would
    be home within a year," said Aisah Mangondaya, {{54}}, who lives in a shelter in Sagonsongan
    with [[11 relatives|displaced]].""",
)

item(
    "Maguindanao clashes send thousands to evacuation centres",
    """Fighting between the army and the Dawlah Islamiyah in Maguindanao del Sur has displaced
    [[some 7,000 families|displaced;a=the Bangsamoro Ministry of Social Services and
    Development]], the Bangsamoro Ministry of Social Services and Development said on
    {{Saturday}}. That is [[30,000 to 35,000 people|displaced;a=local officials]], local
    officials estimate, many of them sheltering in [[14 evacuation centres|capacity]] in Datu
    Hoffer and Shariff Saydona Mustapha. The army's {{6th}} Infantry Division said [[six soldiers|
    killed;a=The army's 6th Infantry Division]] and [[11 militants|killed;a=The army's 6th
    Infantry Division]] had been killed since the offensive began. Residents said [[three
    schools|housing;a=Residents]] were burned. The provincial government has sent [[4,000 food
    packs|aid;a=The provincial government]] and asked for [[200-250 tents|aid;p;a=The provincial
    government]] more.""",
)

item(
    "Abu Sayyaf holds 20 hostages on Jolo as troops close in",
    """Abu Sayyaf gunmen are holding [[at least 20 hostages|kidnapped;a=the military]] on the
    island of Jolo, the military said, among them [[14 Indonesian and Malaysian sailors|kidnapped;
    a=the military;n=sailors]] seized from tugboats in the Sulu Sea. On Sunday the group freed
    [[four Indonesian crewmen|kidnapped]] after what local officials said was a ransom of
    {{50 million pesos}}. The armed forces have deployed [[some 7,000 soldiers|combatants;a=The
    armed forces]] to Sulu and Basilan, it said, and [[18 soldiers|killed]] were killed in a
    clash in Tipo-Tipo in April. Fighting has forced [[about 1,600 families|displaced;a=the
    provincial disaster office]] from villages in Patikul, the provincial disaster office said.""",
)

item(
    "Tens of thousands flee Nduga as army hunts Papuan rebels",
    """[[About 37,000 people|displaced;a=a team of volunteers]] have fled their villages in
    Nduga regency since the military launched operations to hunt the rebels who killed [[at
    least 19 road workers|killed]] in December, according to a team of volunteers from Papua.
    The volunteers said [[182 displaced people|killed;a=The volunteers]] had died of hunger,
    cold and illness, [[113 of them|killed;a=The volunteers;n=-]] children. [[More than 5,000|
    displaced]] are staying in Wamena, where schools have been set up in church halls. The
    government, which has deployed [[about 600 additional troops|combatants]]
    to the regency, says the figures are exaggerated. Church leaders said [[dozens of houses|
    housing;a=Church leaders]] had been burned in Mbua and Yigi districts.""",
)

item(
    "Intan Jaya residents shelter in church after clashes",
    """[[More than 1,200 residents|displaced;a=the diocese of Timika]] of Sugapa have sought
    shelter in a church compound since security forces clashed with fighters of the West Papua
    National Liberation Army, the diocese of Timika said. The rebels are accused of shooting
    dead [[two teachers|killed;a=police]] in Beoga last week, police said. [[A dozen houses|
    housing]] and a clinic were burned in the fighting, and the district education office said
    [[four schools|other;a=the district education office]] have closed. Jakarta has sent [[300 more troops|combatants]] to the regency. The clashes have cut off
    [[about 9,000 residents|civilians;a=the local member of parliament]] of Hitadipa district from
    food supplies, according to the local member of parliament. Amnesty International said
    [[at least 14 civilians|killed;a=Amnesty International]] had been killed in
    Intan Jaya since {{2019}}.""",
)

item(
    "New Zealand pilot freed after 19 months in Papuan captivity",
    """New Zealand pilot Phillip Mehrtens, taken hostage by West Papua National Liberation Army
    fighters in Nduga in {{February 2023}}, was freed on {{21 September}} after {{19 months}} in
    captivity. During his captivity, [[at least six soldiers|killed;a=the military]] were killed
    in an attempt to reach the rebels, the military said. [[About 2,000 villagers|displaced;
    a=local church workers]] fled Paro district after the kidnapping, local church workers said,
    and [[only about 400|returned]] have since gone back. The
    same faction seized [[15 construction workers|kidnapped;a=police]] in Teluk Bintuni in
    {{2022}}, according to police. Aid workers said [[between 600 and 700 people|displaced;a=Aid workers]] from Paro were still
    sheltering in Kenyam, and that [[two villagers|injured;a=Aid workers]] had been wounded in
    crossfire during the operation. The pilot, {{38}}, was flying a Susi Air Pilatus Porter.""",
)

item(
    "Villagers flee to forest after attack on Maybrat army post",
    """[[Four soldiers|killed;a=the army]] were killed when rebels attacked an army post in Kisor,
    Maybrat regency, before dawn on {{2 September}}, the army said. [[About 2,000 villagers|
    displaced;a=local officials]] from [[five villages|other]] fled into the forest or to
    Sorong, local officials said. The National Commission on Human Rights said [[more than 50
    displaced people|killed;a=The National Commission on Human Rights]] had died in the
    {{two years}} since the attack and that [[only about 300|returned;a=The National
    Commission on Human Rights]] had gone home. Police said they had arrested [[six suspects|arrested;a=Police]].""",
)

item(
    "Manipur violence: 175 dead, over 60,000 in relief camps",
    """Ethnic violence between the Meitei and Kuki-Zo communities has killed [[at least 175
    people|killed;a=the Manipur police]] in Manipur since {{3 May}} and injured [[1,108|injured;
    a=the Manipur police]], the Manipur police said on Friday, while [[32|missing;a=the Manipur
    police]] are still missing. [[Over 60,000 people|displaced;a=the state government]] are
    sheltering in [[349 relief camps|capacity;a=the state government]], according to the state
    government. Mobs have burned [[4,786 houses|housing;a=police]] and [[386 religious
    structures|housing;a=police]], police said. [[More than 4,000 weapons|other]] looted from
    police armouries in the first weeks are still missing, and [[1,000-odd people|arrested;
    a=officials;v=1000;q=approx]] have been arrested, officials said.""",
)

item(
    "Six from Jiribam relief camp abducted, found dead",
    """Suspected Kuki-Zo militants abducted [[six members of a Meitei family|kidnapped;a=Police;
    n=members]], among them [[three children|kidnapped;a=Police]], from a relief camp in Jiribam
    on {{11 November}}, police said; their bodies were found in a river days later. The abduction
    followed a gunfight in which the Central Reserve Police Force killed [[10 suspected
    militants|killed]]. [[About 1,000 people|displaced;a=officials in Assam's Cachar district]]
    have crossed into Assam since then, officials in Assam's Cachar district said. The Centre
    is sending [[5,000 more troops|combatants;p;a=The Centre]] to the state, and a curfew is in
    force in [[five districts|other]]. Protesters in Imphal set fire to the homes of several
    legislators.""",
)

item(
    "Two years on, tens of thousands still in Manipur camps",
    """[[About 57,000 people|displaced;a=the state government]] are still living in [[around 280
    relief camps|capacity;a=the state government]] in Manipur, the state government said,
    nearly {{two years}} after the violence began. The government has built [[3,000
    prefabricated houses|capacity;a=The government]] for them and plans to resettle [[some
    10,000 people|returned;p;a=The government]] by December, it said. So far [[only 1,200
    families|returned]] have gone back to their villages, mostly in the valley. Camp residents
    in Churachandpur said [[as many as 50 people|killed;a=Camp residents in Churachandpur]] had
    died in the camps of illness since {{2023}}. President's Rule was imposed on {{13 February
    2025}} after the chief minister resigned.""",
)

item(
    "Shelling empties Poonch as India and Pakistan trade fire",
    """Pakistani shelling of Poonch on {{7 May}} killed [[12 civilians|killed;a=officials]],
    including [[four children|killed;a=officials]], and wounded [[59|injured;a=officials]],
    officials in Jammu and Kashmir said. [[Thousands of residents|displaced]] left Poonch town
    for Jammu, and in Uri the district administration said [[about 1,700 families|displaced;a=the
    district administration]] had moved to [[30 relief camps|capacity;a=the district
    administration]]. Pakistan said [[31 civilians|killed;a=Pakistan]] had died in Indian
    missile strikes the night before, and [[46|injured;a=Pakistan]] were hurt. Since {{2018}},
    the government has built [[more than 9,000 community bunkers|capacity;u=structure]] along
    the Line of Control. A ceasefire was agreed on {{10 May}}.""",
)

item(
    "Thai, Cambodian border clashes displace over 200,000",
    """Thailand has evacuated [[more than 138,000 people|displaced;a=Thailand's health ministry]]
    from border districts in Surin, Si Sa Ket and Ubon Ratchathani, Thailand's health ministry
    said, most of them to [[about 300 evacuation centres|capacity]]. Cambodia's information
    ministry said [[some 80,000|displaced;a=Cambodia's information ministry]] had fled in Oddar
    Meanchey and Preah Vihear. Thai officials said [[at least 14 people|killed;a=Thai
    officials]], [[13 of them civilians|killed;a=Thai officials;n=civilians]], had been killed,
    including [[eight|killed;n=-]] at a petrol station hit by {{BM-21}} rockets. Cambodia said
    [[five people|missing;a=Cambodia]] were missing. Thailand used {{F-16}} jets against
    Cambodian positions. Officials said [[a further 20,000 people|displaced;p;a=Officials]]
    could be moved if the fighting spreads.""",
)

item(
    "Bangsamoro decommissioning reaches 26,000 fighters",
    """[[About 26,000 MILF combatants|combatants;a=the Independent Decommissioning Body]] have
    been decommissioned under the {{2014}} peace agreement, the Independent Decommissioning Body
    said, out of [[the 40,000|combatants;p;a=the Independent Decommissioning Body]] due to lay
    down arms. They have handed in [[more than 4,000 weapons|other;a=the Independent
    Decommissioning Body]]. Each former fighter is entitled to {{P100,000}} in cash. The MILF
    says [[six camps|other;a=The MILF]] are being turned into farming communities, where
    [[about 2,000 displaced families|displaced]] are also to be resettled. The final phase, covering [[about 14,000 combatants|combatants;p]], is due to begin in
    {{March}}. Elections in the Bangsamoro region were moved to {{2026}}.""",
)

item(
    "Marawi rehabilitation budget cut again",
    """The {{2025}} national budget sets aside {{P600 million}} for the rehabilitation of Marawi,
    down from {{P1 billion}} in {{2024}}, budget documents show. Compensation payments under the
    Marawi Siege Victims Compensation Act, signed in {{April 2022}}, began in {{2024}}. Lanao del
    Sur's governor said {{90 per cent}} of the funds released so far had gone to infrastructure.
    The siege began on {{23 May 2017}} and lasted {{five months}}. Congress will review the
    budget in {{October}}.""",
)

item(
    "Manipur assembly suspended under President's Rule",
    """The Manipur legislative assembly was placed under suspended animation on {{13 February
    2025}} after President's Rule was imposed under Article {{356}} of the Constitution. The
    assembly's term runs until {{March 2027}}. Parliament must approve the proclamation within
    {{two months}} and can extend it in steps of {{six months}}. The last time Manipur was
    under central rule was in {{2001}}. Opposition members said the state's share of central
    taxes had fallen to {{0.7%}}.""",
)
