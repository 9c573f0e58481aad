"""Pakistan's later phases, 2025-2026: Afghan Citizen Card and Proof of Registration holders,
the Kunar earthquake among returnees, the border closures after the October 2025 clashes
(eval/dev432)."""

from _wrap import item

item(
    "Pakistan begins deporting Afghan Citizen Card holders as deadline passes",
    """
    Pakistani police began rounding up holders of Afghan Citizen Cards in Islamabad and
    Rawalpindi on Thursday after a {{March 31}} deadline for them to leave the twin cities
    expired. The interior ministry said
    [[about 800,000 ACC holders|civilians;a=interior ministry]] were living in Pakistan and that
    all of them would have to go. In the first {{two days}}, police in Rawalpindi detained
    [[417 people|arrested;a=a police spokesman]], including
    [[62 women|arrested;a=a police spokesman]], a police spokesman said. IOM said
    [[8,600 Afghans|returned;a=IOM]] crossed at Torkham on Wednesday, up from an average of
    [[1,200 a day|returned;a=IOM]] in March. The Taliban's refugee ministry said it had prepared
    [[three camps|capacity;a=Taliban's refugee ministry]] at Torkham with room for
    [[20,000 people|capacity;a=Taliban's refugee ministry]].
    """,
)

item(
    "UNHCR urges Pakistan not to deport 1.3 million PoR card holders",
    """
    UNHCR on Tuesday urged Pakistan to extend the Proof of Registration cards of
    [[some 1.3 million Afghan refugees|displaced;a=UNHCR]], which expired on {{June 30}}. The
    agency said [[more than 1.1 million Afghans|returned;a=The agency;alt=UNHCR]] had returned or
    been deported from Pakistan and Iran so far in {{2025}}, the majority of them women and
    children. In Pakistan alone, police had arrested or detained
    [[over 5,000 people|arrested;a=UNHCR]] in the first {{three weeks}} of June, it said. Of those
    returning from Pakistan, [[about 90,000|returned;a=the agency;alt=UNHCR]] were card holders
    who left fearing arrest, the agency said. Pakistan's ministry of states and frontier regions
    said there had been no decision yet on the cards, but that
    [[4,300 police officers|combatants;a=Pakistan's ministry of states and frontier regions]]
    had been put on standby for the next phase. UNHCR spokesperson Leila Shams said the agency
    had only {{23 percent}} of the money it needed for Afghans in the region and was giving cash
    to [[about 6,500 families a week|aid;a=Leila Shams]] at Torkham and Spin Boldak, down from
    twice that number in the spring. Pakistan's government says
    [[more than 3 million Afghans|civilians;a=Pakistan's government]] live in the country.
    """,
)

item(
    "Quake in Kunar strikes villages full of returnees from Pakistan",
    """
    The {{magnitude 6.0}} earthquake that struck Kunar province late on Sunday killed
    [[at least 1,411 people|killed;a=a Taliban government spokesman]] and injured
    [[more than 3,100|injured;a=a Taliban government spokesman]], a Taliban government
    spokesman said on Tuesday. Many of the worst-hit villages in Nurgal and Chawkay districts had
    taken in families deported from Pakistan over the past {{two years}}, aid workers said. IOM
    said [[about 2,100 returnee households|civilians;a=IOM]] were living in the affected area and
    that their tents and mud houses offered little protection.
    [[More than 5,400 houses|housing;a=provincial disaster department]] were destroyed,
    according to the provincial disaster department. The United Nations said
    [[12,000 people|civilians;a=United Nations]] needed emergency shelter. Rescuers were still
    searching for [[dozens of people|missing]] thought to be buried under rubble in Mazar Dara.
    Landslides cut off [[at least 12 villages|other]], slowing the rescue.
    """,
)

item(
    "Pakistan keeps deporting Afghans as quake survivors wait for tents",
    """
    Pakistan deported [[9,200 Afghans|returned;a=IOM]] through Torkham in the week after the
    Kunar earthquake, IOM said, even as aid agencies appealed for a pause.
    [[Some 1,900|returned;a=the agency;alt=IOM]] of them came from families with relatives in the
    quake zone, the agency said. In Kunar, WFP said it had reached
    [[48,000 people|aid;a=WFP]] with food since the disaster, while the Norwegian Refugee Council
    said it was handing out shelter kits to
    [[800 households|aid;a=Norwegian Refugee Council]].
    [[About 400|returned;a=a teacher there]] of the
    [[1,700 children|displaced;a=a teacher there]] registered at a school-turned-shelter in
    Asadabad had arrived from Pakistan this year, a teacher there said. IOM expects
    [[up to 15,000 more people|returned;p;a=IOM]] to be deported through Torkham before the end of
    September. Pakistan's foreign
    office said the deportation of PoR card holders, which began on {{September 1}}, would
    continue.
    """,
)

item(
    "Thousands of Afghans stranded at Chaman as border stays shut after clashes",
    """
    [[Thousands of Afghans|displaced]] ordered out of Pakistan were stranded at the Chaman
    crossing on Saturday as the border remained closed for a {{second week}} after deadly
    clashes between Pakistani and Afghan forces. A Balochistan government official said
    [[about 11,000 people|displaced;a=A Balochistan government official]] were camped in the open
    near the Friendship Gate, including
    [[some 2,000 women and children|displaced;n=women and children;a=A Balochistan government official]].
    The provincial government said it had set up
    [[two temporary camps|capacity;a=The provincial government]] with space for
    [[4,000 people|capacity;a=The provincial government]], and had sent
    [[60 water tankers|aid;a=The provincial government]].
    [[Two children|killed;a=doctors in Chaman]] died of dehydration in the open on Friday,
    doctors in Chaman said. Pakistan's interior minister said deportations would resume as soon
    as the crossing reopened and that
    [[25,000 more Afghans|arrested;a=Pakistan's interior minister]] were awaiting removal in
    Balochistan's holding centres.
    """,
)

item(
    "Torkham closure leaves returnees and traders stuck on both sides",
    """
    [[More than 5,000 trucks|other;a=traders]] were stuck on both sides of the Torkham crossing
    on Tuesday, traders said, {{10 days}} after Pakistan shut the border following clashes with
    Taliban forces. On the Pakistani side,
    [[about 3,500 Afghans|arrested;a=Khyber district officials]] who had been taken to the border
    for deportation were being held at the Landi Kotal holding centre, Khyber district officials
    said. Pakistan's military said
    [[23|killed;a=Pakistan's military]] of its soldiers had been killed in the clashes. The
    Taliban's border department said it had deployed
    [[800 additional fighters|combatants;a=Taliban's border department]] along the frontier in
    Nangarhar. Nangarhar's refugee directorate said returnee arrivals had fallen from
    [[about 2,000 people a day|returned;a=Nangarhar's refugee directorate]] to zero. The Pakistan
    Red Crescent said it was feeding [[3,200 people a day|aid;a=Pakistan Red Crescent]] at the
    crossing. [[Five Afghan traders|missing;a=their families]] who crossed before the closure have
    not been heard from, their families said.
    """,
)

item(
    "Pakistan sets fees for Afghans seeking to stay on visas",
    """
    Pakistan will charge Afghans who want to stay in the country on a visa a fee of {{$100}},
    with an exit permit costing a further {{$30}}, the interior ministry said on Thursday. The
    rules take effect on {{1 January 2026}} and apply to holders of the Proof of Registration
    card, whose validity ended on {{30 June 2025}}. Students enrolled for at least
    {{two semesters}} and patients needing more than {{30 days}} of treatment will be given
    priority, the ministry said. Visa applications will be processed within
    {{15 working days}}. Rights groups said the fees amounted to half of a labourer's monthly
    wage in Peshawar.
    """,
)

item(
    "Khyber Pakhtunkhwa sets up 38 holding centres for PoR deportations",
    """
    Khyber Pakhtunkhwa's home department said on Monday it had set up
    [[38 holding centres|capacity;a=Khyber Pakhtunkhwa's home department]] across the province to
    process Afghans holding Proof of Registration cards, whose permission to stay has expired.
    The province hosts
    [[about 740,000 PoR holders|displaced;a=the department;alt=Khyber Pakhtunkhwa's home department]],
    more than half of the national total, the department said. Police in Peshawar said they had
    detained [[1,150 Afghans|arrested;a=Police in Peshawar]] in the first {{48 hours}} of the
    drive, and that [[960|returned;a=Police in Peshawar]] had already been handed over at
    Torkham. A police official said
    [[1,800 officers|combatants;a=A police official]] had been assigned to the operation. In
    Afghan neighbourhoods such as Board and Hayatabad, shopkeepers said
    [[dozens of businesses|other;u=other;a=shopkeepers]] had closed. Officials expect
    [[between 150,000 and 200,000 PoR holders|returned;p;a=Officials]] to leave the province by the
    end of the year.
    """,
)

item(
    "UN expects up to 2.2 million more Afghans to return in 2026",
    """
    OCHA expects [[as many as 2.2 million Afghans|returned;p;a=OCHA]] to return from Iran and
    Pakistan in {{2026}}, on top of the [[2.6 million|returned;a=OCHA]] who came back in
    {{2025}}, according to the response plan it published on Monday. The plan targets
    [[3.5 million people|aid;p;a=The plan]], returnees and the communities that take them in,
    with aid, and seeks {{$2.4 billion}}.
    [[About 1.1 million|returned;a=the plan]] of last year's returnees came from Pakistan,
    according to the plan, and two-thirds of them were children. The plan says
    [[at least 400,000 returnees|civilians;p;a=The plan]] will need shelter before next winter.
    It calls for [[12 new transit centres|capacity;p;a=The plan]] at the border and for winter
    assistance to [[600,000 returnees|aid;p;a=The plan]].
    """,
)

item(
    "FIA rescues Afghan boys held by traffickers near Torkham",
    """
    Pakistan's Federal Investigation Agency said on Friday it had rescued
    [[17 Afghan boys|kidnapped;a=Pakistan's Federal Investigation Agency]] held by a trafficking
    gang in a house near Landi Kotal, where they had been kept for weeks after their families
    were deported. The boys, aged {{9 to 15}}, were handed to UNICEF and the Afghan consulate in
    Peshawar, the agency said. [[Four men|arrested]] were arrested in the raid. Police said the
    gang had demanded {{200,000 rupees}} from each family and had earlier freed
    [[three boys|kidnapped;a=Police]] whose relatives paid.
    [[Another six children|missing;a=an FIA official]] from the same group are still missing, an
    FIA official said. The agency said
    [[42 suspected traffickers|arrested;a=The agency;alt=Pakistan's Federal Investigation Agency]]
    had been arrested in Khyber since January. UNICEF said it had recorded
    [[210 cases|other;a=UNICEF]] of unaccompanied Afghan children separated from their families
    during deportations this year.
    """,
)

item(
    "Karachi police hold Afghan women and children at Sultanabad centre",
    """
    Police in Karachi have held
    [[about 700 Afghan women and children|arrested;n=women and children;a=lawyers for the families]]
    at the Sultanabad holding centre since the deportation of Proof of Registration card holders
    began, lawyers for the families said on Wednesday. The lawyers said some of the women had
    been separated from husbands who were deported earlier, and that
    [[35 children|arrested;a=The lawyers]] were under five. Sindh's home department said
    [[4,700 Afghans|returned;a=Sindh's home department]] had been deported from the province in
    September and that [[more than 90,000|civilians;a=Sindh's home department]] remained. The
    department also said it had bulldozed
    [[260 shops and homes|housing;n=shops and homes;a=The department;alt=Sindh's home department]]
    built by Afghans on state land in Gadap Town. UNHCR said it had given legal counselling to
    [[1,900 families|aid;a=UNHCR]] in Karachi in September.
    [[Between 30 and 40 women|arrested]] sleep in each room of the centre.
    """,
)

item(
    "Istanbul talks end without deal on reopening border crossings",
    """
    Pakistani and Afghan delegations ended a {{third}} round of talks in Istanbul on Friday
    without agreeing on when to reopen the Torkham and Chaman crossings, which have been closed
    since {{12 October}}. The {{four-day}} meeting was mediated by Turkey and Qatar, which
    brokered a ceasefire in Doha on {{19 October}}. Pakistan's defence minister said trade losses
    had reached {{$1 billion}}, while Afghan exporters said {{40 percent}} of their fruit had
    rotted at the border. Both sides agreed to meet again within {{two weeks}}, the Turkish
    foreign ministry said.
    """,
)

item(
    "Islamabad police seal Afghan homes, landlords told to evict tenants",
    """
    Police in Islamabad have sealed
    [[at least 120 houses|housing;a=residents and rights activists]] rented by Afghan families
    and ordered landlords not to let property to Afghans, residents and rights activists said on
    Sunday. [[About 3,000 Afghans|arrested;a=Sadia Rauf]] were detained in the capital in January
    alone, according to a lawyer who represents many of them, Sadia Rauf. The capital's police
    chief said [[500 officers|combatants;a=The capital's police chief]] had been deployed for
    what he called a verification drive.
    [[Dozens|arrested;a=the lawyer;alt=Sadia Rauf]] of those detained held visas issued for
    resettlement in third countries, the lawyer said. Landlords who rent to Afghans face fines of
    up to {{Rs100,000}}, and [[at least 40|arrested;a=police]] have been arrested, police said.
    UNHCR said it had secured the release of [[260 people|arrested;a=UNHCR]] with pending
    resettlement cases. [[Several hundred families|displaced]] have moved to Rawalpindi or Attock
    to avoid the raids.
    """,
)

item(
    "Spin Boldak reception centre overwhelmed as PoR deportations gather pace",
    """
    [[More than 7,000 people|returned;a=Kandahar refugee department]] crossed from Chaman into
    Spin Boldak on Sunday, the highest daily figure this year, according to the Kandahar refugee
    department. The department said
    [[2,900|returned;a=The department;alt=Kandahar refugee department]] of them had been deported
    and the rest had left under pressure. The reception centre at Spin Boldak, run by the Taliban
    administration with support from UNHCR, was built for
    [[3,000 people|capacity;a=an aid worker]] but held
    [[close to 9,000|displaced;a=an aid worker]] on Sunday night, an aid worker said.
    [[About 1,000 people|displaced]] slept on the ground outside the gates. IOM said it
    had identified [[1,240 vulnerable returnees|aid;a=IOM]], including
    [[310 female-headed households|aid;a=IOM]], for cash assistance of {{$150}} each. Returnees
    told Reuters that Pakistani police had taken their money and phones.
    """,
)

item(
    "Peshawar police free Afghan children held for ransom",
    """
    Police in Peshawar said on Tuesday they had freed
    [[five Afghan children|kidnapped;a=Police in Peshawar]] who were kidnapped from a refugee camp
    in Khazana and held for ransom for {{11 days}}. The children's families, who hold Proof of
    Registration cards, had been told to leave for Afghanistan by the end of the month, a
    relative said. [[Two suspects|killed;a=police]] were killed in an exchange of fire during
    the rescue and [[three others|arrested;a=police]] were arrested, police said. Police said
    [[eight children|kidnapped;a=Police]] had been kidnapped from refugee camps in the district
    this year, of whom [[six|kidnapped;a=Police]] had been recovered. The Khazana camp, one of the
    oldest in the province, is home to
    [[about 16,000 Afghans|displaced;a=provincial commissionerate for Afghan refugees]], according
    to the provincial commissionerate for Afghan refugees, which said
    [[4,500|returned;a=provincial commissionerate for Afghan refugees]] had left since September.
    """,
)

item(
    "Pakistan restarts deportations as Torkham reopens to returnees",
    """
    Pakistan resumed deportations through Torkham on Monday after the crossing reopened to
    pedestrians, sending [[2,600 Afghans|returned;a=Khyber district officials]] across in a single
    day, Khyber district officials said. The interior ministry said
    [[about 1.4 million Afghans|civilians;a=interior ministry]] without valid status were still
    in Pakistan. All of them would be removed in the {{third phase}} of the plan, it said.
    [[An estimated 40,000 people|displaced;a=Pakistan Red Crescent]] had been stranded near the
    border during the closure, according to the Pakistan Red Crescent. IOM said
    [[64|returned;a=IOM]] of the returnees were unaccompanied children. On the Afghan side,
    Nangarhar officials said each family was given {{4,000 afghanis}} and a ride to its home
    district, and that [[380 families|aid;a=Nangarhar officials]] had been allocated land in the
    Sheikh Misri township. The township, opened in {{2024}}, has plots for
    [[5,000 families|capacity]]. Some returnees said they had not lived in Afghanistan for
    {{40 years}}.
    """,
)

item(
    "Three months after Kunar quake, returnee families still in tents",
    """
    {{Three months}} after the earthquake in eastern Afghanistan,
    [[about 6,300 families|displaced;a=Norwegian Refugee Council]] in Kunar and Nangarhar are
    still living in tents, many of them returnees deported from Pakistan, the Norwegian Refugee
    Council said on Monday. The council said only
    [[1,150|housing;u=structure;a=The council;alt=Norwegian Refugee Council]] of the
    [[7,800 homes|housing;a=The council;alt=Norwegian Refugee Council]] destroyed had been
    rebuilt, and that
    [[2,000 more transitional shelters|capacity;p;a=The council;alt=Norwegian Refugee Council]]
    were planned before the snow. The quake killed
    [[about 2,200 people|killed;a=United Nations]] and injured
    [[3,600|injured;a=United Nations]], according to the United Nations. NRC said it had given
    winter cash to [[4,100 households|aid;a=NRC]], but that {{$18 million}} more was needed.
    [[Around 40 people|missing]] from Mazar Dara and Wadir have never been found.
    """,
)
