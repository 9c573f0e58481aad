"""dev313 items: Oromia and the Somali region, the OLA insurgency, the Afar-Somali border, drought
and floods."""

from _wrap import item

item(
    "Survivors describe massacre of Amhara villagers in Gimbi",
    """Gunmen killed [[more than 400 ethnic Amhara|killed;a=the Ethiopian Human Rights Commission]]
    in villages of Gimbi district in western Oromia on {{June 18}}, the Ethiopian Human Rights
    Commission said, one of the deadliest attacks on civilians in years. Survivors blamed the Oromo
    Liberation Army, which denied involvement and accused government-aligned militias. A farmer
    from Tole kebele, aged {{45}}, said he had counted [[about 230 bodies|killed;a=A farmer from Tole kebele]]
    in his village alone. "We buried them in mass graves behind the school," he said. The
    commission said [[at least 2,000 residents|displaced;a=The commission;alt=the Ethiopian Human Rights Commission]]
    had fled to Gimbi town and neighbouring districts, and that
    [[more than 200 houses|housing;a=The commission;alt=the Ethiopian Human Rights Commission]] were
    burned. Amnesty International said survivors gave it the names of
    [[at least 60 people|missing;a=Amnesty International]] who were unaccounted for. Federal police
    said they had arrested [[32 suspects|arrested;a=Federal police]]. The regional government put
    the death toll at [[338|killed;a=The regional government]].""",
)

item(
    "Students abducted on Oromia highway, university says",
    """Gunmen stopped [[three buses|other;a=the university]] carrying students home from Debre Markos University on
    the road through the Oromia region on {{Wednesday}} and abducted
    [[more than 100 students|kidnapped;a=the university]], the university said. Parents told the BBC
    that the kidnappers, whom they described as OLA fighters, were demanding up to
    {{300,000 birr}} a student. The regional government said
    [[160 students|kidnapped;a=The regional government]] had been "rescued" by security forces by
    {{Saturday}}, while the university said [[at least 20|kidnapped;a=the university]] were still
    held. The OLA denied carrying out the kidnapping. The Ethiopian Human Rights Commission said
    [[over 600 people|kidnapped;a=The Ethiopian Human Rights Commission]] had been abducted for ransom
    in Oromia in the previous {{six months}}, most of them on the Addis Ababa-Nekemte and
    Addis Ababa-Bahir Dar roads. One freed student, aged {{19}}, said he had been marched for
    {{four days}} through the forest with
    [[about 40 other hostages|kidnapped;a=One freed student;n=hostages]].""",
)

item(
    "OLA faction fighters arrive in Addis Ababa after peace deal",
    """[[Hundreds of OLA fighters|combatants;a=state media]] arrived in Addis Ababa on {{Friday}}
    for a welcome ceremony, state media reported, after a faction of the rebel group led by Sagni
    Negasa signed a peace deal with the government on {{December 1}}. The Oromia regional government
    said [[about 1,300 former fighters|combatants;a=The Oromia regional government]] had enrolled in
    rehabilitation camps and that [[another 2,000|combatants;a=The Oromia regional government;p]]
    were expected to come in. The main OLA command, led by Jaal Marroo, said the faction had
    [[no more than 300 members|combatants;a=The main OLA command]] and dismissed the deal. The
    National Rehabilitation Commission said it would pay each former fighter {{25,000 birr}} and
    train [[up to 5,000 people|combatants;a=The National Rehabilitation Commission;p]] in
    vocational skills. Residents of Horo Guduru said fighting had displaced
    [[some 80,000 people|displaced;a=Residents of Horo Guduru]] in the zone over the past year.""",
)

item(
    "Borena drought kills millions of livestock",
    """The drought in southern Ethiopia's Borena zone has killed
    [[more than 3.3 million livestock|other;a=the Oromia regional government]], the Oromia regional
    government said, after {{five}} failed rainy seasons in a row. The zone's pastoralists depend on
    cattle, goats and camels for food and income. OCHA said
    [[over 800,000 people|civilians;a=OCHA]] in Borena needed emergency water supplies, and that
    [[about 60,000 households|aid;a=OCHA]] had received cash transfers. Water is trucked to
    [[112 villages|aid;a=local officials]] by [[47 water trucks|aid;a=local officials]], local officials said.
    Save the Children said [[more than 20,000 children|civilians;a=Save the Children]] had been
    admitted with severe acute malnutrition since {{January}}. The zone's health office said
    [[at least 27 people|killed;a=The zone's health office]] had died of hunger-related illness.
    Rainfall in the {{2022}} short rains was less than {{30%}} of average.""",
)

item(
    "Somali region drought pushes hundreds of thousands into camps",
    """[[4.4 million people|civilians;a=the Somali regional government]] in Ethiopia's Somali
    region need food aid after the worst drought in {{four decades}}, the Somali regional government
    said. The regional disaster risk management bureau said
    [[more than 400,000 people|displaced;a=The regional disaster risk management bureau]] had moved
    to [[523 displacement sites|capacity;a=The regional disaster risk management bureau]] after
    their animals died. [[Over 1.5m livestock|other]] have died in the region's Shabelle, Afder and
    Liben zones. The World Food Programme said it had supplied
    [[1.2 million people|aid;a=The World Food Programme]] with food and nutrition support in
    {{March}}, but warned it would have to cut rations by {{half}} without new funding. In Gode,
    displaced herders said [[dozens of children|killed;a=displaced herders]] had died in the past
    {{two months}}. The agency plans to truck water to
    [[250,000 people|aid;a=The agency;alt=The World Food Programme;p]] by {{June}}.""",
)

item(
    "Afar-Somali border clashes leave hundreds dead",
    """Clashes between Afar and Somali regional forces and militias around Gedamaytu have killed
    [[hundreds of people|killed;a=local officials on both sides]] since {{April}}, local officials
    on both sides said. The Somali regional government said
    [[over 300 people|killed;a=The Somali regional government]] had been killed in a single attack
    on the town of Gedamaytu, which Afar calls Gabi Rasu. Afar officials said their forces had lost
    [[27 militiamen|killed;a=Afar officials]]. The federal government sent
    [[several thousand troops|combatants]] to separate the forces. OCHA said
    [[about 95,000 people|displaced;a=OCHA]] had fled, and that
    [[15,000 households|aid;a=OCHA]] had received emergency shelter kits. The main road and railway
    from Djibouti, which carries {{95%}} of Ethiopia's imports, was blocked for {{three days}}.""",
)

item(
    "Homes burned in East Wollega as ethnic killings continue",
    """Armed men burned [[about 2,000 houses|housing;a=residents and officials]] in Kiramu and
    Gida Ayana districts of East Wollega over the weekend, residents and officials said. The
    Ethiopian Human Rights Commission said [[at least 54 people|killed;a=The Ethiopian Human Rights Commission]]
    had been killed and [[more than 30 injured|injured;a=The Ethiopian Human Rights Commission]],
    most of them ethnic Amhara. A resident said [[about 20,000 people|displaced;a=A resident]] had
    fled to Agemsa town, where they were sleeping in [[a dozen churches|capacity;a=A resident]] and
    schools. Local officials blamed the OLA, which blamed Amhara militias known as Fano. The
    commission said gunmen had also taken [[about 4,000 cattle|other;a=The commission;alt=The Ethiopian Human Rights Commission]]
    and that [[15 people|kidnapped;a=The commission;alt=The Ethiopian Human Rights Commission]]
    had been abducted. The federal government said it had sent more troops, without saying how many.""",
)

item(
    "Mass arrests in Oromia ahead of election, opposition says",
    """Security forces have arrested [[more than 1,000 people|arrested;a=the opposition Oromo Federalist Congress]]
    in the Oromia region in the past {{two weeks}}, the opposition Oromo Federalist Congress said on
    {{Thursday}}, including [[at least 30 of its candidates|arrested;a=the opposition Oromo Federalist Congress]].
    The party said [[about 200 of its offices|housing;a=The party;alt=the opposition Oromo Federalist Congress;u=structure]]
    had been closed or ransacked. Police in Shashemene said they had detained
    [[68 suspects|arrested;a=Police in Shashemene]] after protesters burned
    [[a dozen vehicles|other;a=Police in Shashemene]]. The Committee to Protect Journalists said
    [[four reporters|arrested;a=The Committee to Protect Journalists]] were in custody in Adama.
    Human Rights Watch said [[at least 12 detainees|missing;a=Human Rights Watch]] had been moved to
    unknown locations and that their families had been given no information. The government says
    those arrested are suspected of links to the OLA. Voting was postponed in {{June 2021}} in
    [[40 constituencies|other;u=other]] for security reasons.""",
)

item(
    "Families return to Oromia-Somali border villages",
    """[[More than 2,200 households|returned;a=the International Organization for Migration]] have
    returned to villages along the Oromia-Somali boundary in the East and West Hararghe zones this
    year, the International Organization for Migration said. The agency said
    [[roughly 11,000 people|returned;a=The agency;alt=the International Organization for Migration]]
    had gone home to Babile and Gursum districts alone, many of them displaced since {{2017}}. The
    returns follow a deal between the Oromia and Somali regional governments to rebuild
    [[3,500 homes|housing;p]]. Returnees receive
    [[about 1,200 shelter kits|aid]] and seeds for one planting season. But
    [[some 350,000 people|displaced;a=the agency;alt=the International Organization for Migration]]
    remain displaced by the border conflict across both regions, the agency said.
    [[Between 800 and 1,000 families|displaced;a=local leaders]] are waiting for transport in
    Dire Dawa, local leaders said. A returnee, aged {{38}}, said her house in Babile had no roof
    and her {{two}} wells were dry.""",
)

item(
    "Kidnappings for ransom rise on Addis-Nekemte road",
    """Bus drivers on the road between Addis Ababa and Nekemte say kidnapping has become so common
    that many refuse to travel after {{3pm}}. Police in West Shewa said they had recorded
    [[156 abductions|kidnapped;a=Police in West Shewa;n=abductions]] since {{January}}, and had
    freed [[43 hostages|kidnapped;a=Police in West Shewa]] in raids. Families said ransoms
    ranged from {{200,000}} to {{1 million birr}}. A trader from Ambo, aged {{42}}, said he was
    held for {{nine days}} with [[seven other passengers|kidnapped;a=A trader from Ambo]] until his
    brother paid. The Ethiopian Human Rights Commission said
    [[at least 10 hostages|killed;a=The Ethiopian Human Rights Commission]] were killed after
    families could not pay. Police said they had arrested
    [[27 suspected kidnappers|arrested;a=Police]]. The OLA denies any role in the kidnappings and
    blames criminal gangs. Transport operators said
    [[about 200 buses|other;a=Transport operators]] had stopped running on the route.""",
)

item(
    "Floods displace more than 200,000 in Somali region",
    """Flash floods along the Shabelle and Genale rivers have displaced
    [[more than 200,000 people|displaced;a=the Somali regional government]] in Ethiopia's Somali
    region, the Somali regional government said on {{Sunday}}, after {{four}} days of heavy rain.
    [[At least 30 people|killed;a=regional officials]] have died and
    [[12|missing;a=regional officials]] are missing, mostly in Dolo Ado and Kelafo, regional
    officials said. OCHA said [[about 6,000 homes|housing;a=OCHA]] had been washed away and that
    {{3,700 hectares}} of crops were submerged. Rescuers used
    [[11 boats|other]] to reach families trapped on rooftops. The floods come months after the
    worst drought in the region in {{40 years}}. The World Food Programme said it would airlift
    food to [[about 75,000 people|aid;a=The World Food Programme;p]] cut off by the water.""",
)

item(
    "Ethiopia takes in Somali refugees fleeing Las Anod fighting",
    """[[About 100,000 Somali refugees|displaced;a=the UN refugee agency]] have crossed into
    Ethiopia's Somali region since fighting broke out in Las Anod in {{February}}, the UN refugee
    agency said, most of them women and children. The agency said the new arrivals were living in
    [[14 host villages|capacity;a=The agency;alt=the UN refugee agency]] around Bokh and Danot,
    where they outnumber residents. Ethiopia's Refugees and Returnees Service said it would open a
    site at Mirqaan built for [[20,000 people|capacity;a=Ethiopia's Refugees and Returnees Service;p]].
    UNHCR has delivered [[8,500 emergency kits|aid]] and
    [[some 2,000 tarpaulins|aid]]. Local health workers said
    [[at least 14 children|killed;a=Local health workers]] had died of measles and malnutrition.
    [[About 30,000 refugees|returned;a=the agency;alt=the UN refugee agency]] have gone back to
    Somaliland since the fighting eased, the agency said.""",
)

item(
    "Fighting in Guji forces thousands from their homes",
    """Fighting between the army and the OLA in the Guji and West Guji zones has displaced
    [[at least 45,000 people|displaced;a=OCHA]], OCHA said in its weekly update. The agency said
    [[32 health facilities|housing;a=The agency;alt=OCHA]] had closed and that aid workers had
    been unable to reach [[five districts|other;a=The agency;alt=OCHA]] since {{October}}. Local
    residents said a drone strike on a market in Bule Hora district killed
    [[at least 17 people|killed;a=Local residents]] and wounded
    [[about 40|injured;a=Local residents]]. The regional government said its forces had killed
    [[more than 90 OLA fighters|killed;a=The regional government]] in the same week. OCHA said
    [[1.5 million people|civilians;a=OCHA]] in conflict-affected parts of Oromia needed
    assistance, and that only [[about 320,000|aid;a=OCHA]] had been reached.""",
)

item(
    "Clashes with Somali special police displace thousands in East Bale",
    """Clashes between Somali regional special police, known as the Liyu, and Oromia militias in
    East Bale have displaced [[about 18,000 people|displaced;a=the zone's administration]] in the
    past month, the zone's administration said. Officials in Ginir said
    [[at least 23 people|killed;a=Officials in Ginir]] had been killed, among them
    [[six schoolchildren|killed;a=Officials in Ginir]], and [[41|injured;a=Officials in Ginir]]
    wounded. The Oromia regional government accused the Liyu of raiding
    [[nine villages|other;a=The Oromia regional government]] and burning
    [[more than 300 huts|housing;a=The Oromia regional government]]. The Somali regional government
    said its forces had acted against cattle raiders and that
    [[14 of its officers|killed;a=The Somali regional government;n=officers]] had died. The Ethiopian
    Red Cross said it had given blankets and cooking sets to
    [[2,600 households|aid;a=The Ethiopian Red Cross]]. Displaced families are sheltering in
    [[three schools|capacity]] in Ginir town.""",
)

item(
    "OLA and government end second round of talks without deal",
    """Talks between the Ethiopian government and the Oromo Liberation Army in Dar es Salaam ended
    on {{November 21}} without agreement, both sides said, after {{three weeks}} of negotiations
    mediated by the Intergovernmental Authority on Development. The first round, in Zanzibar in
    {{April 2023}}, also failed. The OLA has fought the government since it split from the Oromo
    Liberation Front in {{2018}}. Redwan Hussein, head of the government's delegation, said the
    rebels' demands were "unrealistic"; the OLA said the government wanted only its surrender.
    Analysts said the talks had gone further than any since {{2018}}, but the gap on power-sharing
    in Oromia, home to about {{35%}} of Ethiopia's population, remained wide.""",
)

item(
    "Oromia coffee exports hit record despite insecurity",
    """Ethiopia earned a record {{$1.43 billion}} from coffee exports in the {{2023/24}} budget year,
    the Ethiopian Coffee and Tea Authority said, up {{7%}} on the year before, even as fighting
    disrupted harvests in parts of western Oromia. Prices at the Ethiopia Commodity Exchange rose
    to {{120 birr}} a kilogram in {{July}}. Farmers in Jimma and Wollega said the journey to market
    now took {{two days}} instead of {{six hours}}, because of checkpoints and kidnappings on the
    roads. The authority set a target of {{$2 billion}} for {{2025}}.""",
)
