"""Inside Afghanistan, 2023-2026: the reception camps, the townships, the Herat earthquakes,
returnee children, the missing and the Taliban's refugee ministry (eval/dev432)."""

from _wrap import item

item(
    "Herat quakes flatten villages where returnees from Iran had settled",
    """
    The earthquakes that struck Herat province on {{7 October}} killed
    [[more than 1,480 people|killed;a=World Health Organization]] and injured
    [[about 2,100|injured;a=World Health Organization]], the World Health Organization said, with
    Zinda Jan district the worst hit. [[Around 2,000 houses|housing]] in
    [[20 villages|housing]] were destroyed. [[More than 300 people|missing;a=the district governor]]
    were still missing on Monday, according to the district governor, who said many of the
    families had returned from Iran in recent years and built their homes with money earned
    there. UNHCR said [[about 9,000 returnees|displaced;a=UNHCR]] were among those who had lost
    their homes. The Taliban's disaster ministry said
    [[180 tents|aid;a=Taliban's disaster ministry]] had been pitched in Naib Rafi, and IOM said it
    was sheltering [[1,100 families|displaced;a=IOM]] in tents near Herat city.
    """,
)

item(
    "A year after Herat quakes, new homes rise in Zinda Jan",
    """
    A year after the earthquakes,
    [[about 3,200 new homes|housing;a=Taliban-run provincial government]] have been built in Zinda
    Jan and Ghoryan districts, the Taliban-run provincial government said, two-thirds of them
    with money from UN agencies and charities. UN-Habitat said it had built
    [[1,400 earthquake-resistant houses|housing;a=UN-Habitat]] and that
    [[600 more|housing;p;n=-;u=structure;a=UN-Habitat]] were due to be finished by spring.
    [[Some 1,800 families|displaced;a=Norwegian Refugee Council]], many of them returnees from
    Iran, were still living in tents or makeshift shelters, the Norwegian Refugee Council said.
    The quakes of {{October 2023}} killed [[about 1,500 people|killed]] in the province. WFP said
    it was still feeding [[12,000 people|aid;a=WFP]] in Zinda Jan each month. Each new house cost
    about {{$3,500}} to build, according to UN-Habitat, and villagers said the new houses were smaller
    than the ones they lost.
    """,
)

item(
    "Taliban ministry says returnee townships will house 200,000 families",
    """
    The Taliban's Ministry of Refugees and Repatriation said on Monday it had set aside land for
    [[48 townships|capacity;u=structure;a=Taliban's Ministry of Refugees and Repatriation]] across
    the country to house returnees from Iran and Pakistan, with room for
    [[200,000 families|capacity;a=Taliban's Ministry of Refugees and Repatriation]]. Abdul Mutalib
    Haqqani, the ministry's spokesman, said
    [[37,000 plots|aid;u=other;a=Abdul Mutalib Haqqani]] had been handed out so far, mainly in
    Nangarhar, Kandahar, Herat and Kabul. He said
    [[2.4 million people|returned;a=Abdul Mutalib Haqqani]] had returned since the start of
    {{2023}}. The ministry said
    [[5,600 houses|housing;a=The ministry;alt=Taliban's Ministry of Refugees and Repatriation]]
    had been built in the townships by charities and UN agencies. Aid agencies said many of the
    plots lacked water, roads or schools, and that
    [[several hundred families|other;a=Aid agencies]] given plots at the largest site, near
    Kandahar, had since left. NRC said about {{70 percent}} of the returnees it surveyed were
    living with relatives or in rented rooms.
    """,
)

item(
    "At Torkham's Omari camp, returnees get cash, a SIM card and a bus ride",
    """
    Returnees arriving at the Omari camp near Torkham receive a hot meal, a SIM card and
    {{10,000 afghanis}} from the Taliban administration before being put on buses to their home
    provinces, officials there said. On Monday
    [[about 3,700 people|returned;a=the camp manager]] arrived, the camp manager said, and
    [[2,900|aid;a=the camp manager]] had been given onward transport by evening. UNHCR said it had
    given cash grants to [[17,500 families|aid;a=UNHCR]] at the crossing since November. IOM said
    its mobile health teams had seen [[640 patients|other;a=IOM]] on Monday, most of them with
    diarrhoea and chest infections. Camp staff said
    [[120 families|displaced;a=Camp staff]] were spending the night in the camp's halls. The camp
    can hold [[10,000 people|capacity;a=Nangarhar refugee directorate]], according to the
    Nangarhar refugee directorate. At its busiest, in {{November 2023}}, the camp took in
    [[up to 25,000 people a day|returned]].
    """,
)

item(
    "Kabul municipality clears informal settlements housing returnees",
    """
    Kabul municipality demolished [[about 560 mud houses|housing;a=aid workers]] in informal
    settlements in the city's {{Police District 12}} on the northern outskirts this month,
    leaving [[some 3,000 people|displaced;a=aid workers]], most of them returnees from Pakistan,
    without shelter, aid workers said. The municipality said the land belonged to the state and
    that families would be offered plots elsewhere. OCHA said
    [[87 informal settlements|capacity;u=other;a=OCHA]] in Kabul were home to
    [[about 110,000 people|displaced;a=OCHA]], a number that had doubled since {{2023}}. The
    Norwegian Refugee Council said it had recorded
    [[14 forced evictions|other;u=other;a=Norwegian Refugee Council]] affecting
    [[2,400 households|displaced;a=Norwegian Refugee Council]] in the capital in the
    {{first quarter}} of the year. OCHA expects
    [[as many as 50,000 more people|displaced;p;a=OCHA]] to settle in the city's informal
    settlements this year.
    """,
)

item(
    "World Bank warns returns will strain Afghan labour market",
    """
    The return of Afghans from Iran and Pakistan could cut average wages for unskilled labour by
    up to {{15 percent}} in border provinces, the World Bank said in a report on Tuesday.
    Afghanistan's economy grew by {{2.7 percent}} in {{2024}}, but income per person remains
    about a third below its level of {{2020}}, the report said. Rents in Jalalabad and Herat rose
    by {{25 percent}} to {{40 percent}} in {{12 months}}. The bank said humanitarian funding for
    the country had fallen to {{$1.4 billion}} in {{2025}}, from {{$3.8 billion}}
    {{three years}} earlier.
    """,
)

item(
    "UN says female returnees face bans on travel and work",
    """
    [[More than 290,000 women and girls|returned;n=women and girls;a=UN Women]] returned from Iran
    and Pakistan in the {{first six months}} of {{2025}}, UN Women said on Thursday, many of them
    widows or heads of households. The agency said
    [[about 25,000 female-headed households|returned;a=The agency;alt=UN Women]] had crossed
    without a male relative and could not travel onward under the Taliban's rules without a
    mahram. It said one in five returnee women it surveyed had no identity documents. At Islam
    Qala, only [[40 female staff|other;a=aid workers]] were allowed to work with returnees, aid
    workers said. The Taliban's refugee ministry said it had set up separate waiting areas for
    women and had given cash to [[8,000 widows|aid;a=Taliban's refugee ministry]]. UNFPA said it
    had sent [[12 mobile health teams|other;u=other;a=UNFPA]] and
    [[6,000 dignity kits|aid;a=UNFPA]] to the border crossings.
    """,
)

item(
    "WFP cuts rations as returnees swell Afghanistan's hungry",
    """
    The World Food Programme said on Wednesday it could feed only
    [[1 million|aid;p;a=World Food Programme]] of the
    [[9.5 million Afghans|civilians;a=World Food Programme]] facing acute hunger this winter
    after funding cuts, and that returnees from Iran and Pakistan would be among its priorities.
    The agency said
    [[3.1 million people|civilians;a=The agency;alt=World Food Programme]] who had returned since
    {{2023}} were at risk of going hungry. It expects
    [[up to 700,000 more returnees|returned;p;a=World Food Programme]] by March. In Herat and Nangarhar it was giving monthly food
    packages to [[85,000 returnee families|aid]] and high-energy biscuits to
    [[about 6,000 people a day|aid]] at the border crossings. Each package holds {{50 kg}} of
    flour and {{5 litres}} of oil. WFP's country director said the agency had closed
    [[26 food distribution points|other;a=WFP's country director]] in November.
    """,
)

item(
    "Herat police rescue returnee children from traffickers",
    """
    Police in Herat said on Sunday they had rescued
    [[14 children|kidnapped;a=Police in Herat]], all of them recently returned from Iran, from a
    gang that planned to smuggle them back across the border to work. The children, aged
    {{10 to 16}}, had been held in a house in Injil district for about a week, a police
    spokesman said. [[Three suspects|arrested]] were arrested. The gang had sent
    [[at least 30 children|other;a=investigators]] across the border since spring, investigators
    believe. Save the Children said it had traced the families of
    [[11|other;a=Save the Children]] of them. UNICEF said
    [[at least 2,100 unaccompanied children|returned;a=UNICEF]] had crossed from Iran through
    Islam Qala in August alone. Herat police said separately that
    [[four boys|missing;a=Herat police]] who disappeared from the Islam Qala camp in July had
    still not been found.
    """,
)

item(
    "Schools in Herat and Nangarhar struggle to absorb returnee children",
    """
    [[About 280,000 returnee children|returned;a=UNICEF]] of school age arrived in Afghanistan
    from Iran and Pakistan in {{2025}}, but [[fewer than 90,000|other;a=UNICEF]] have enrolled in
    school, UNICEF said. Girls beyond {{sixth grade}} are barred from school under Taliban rules.
    The education department in Herat said it had opened
    [[120 temporary classrooms|other;a=education department in Herat]] in tents for returnee
    children and hired [[300 teachers|other;a=education department in Herat]]. The
    department plans
    [[200 more classrooms|other;p;a=The department;alt=education department in Herat]] by the
    autumn. In Nangarhar,
    officials said [[46 schools|other;a=officials]] were so crowded that they were running
    {{three shifts}} a day. UNICEF said it had distributed school kits to
    [[64,000 returnee children|aid;a=UNICEF]].
    """,
)

item(
    "Deportees describe beatings in Iranian detention, rights group says",
    """
    Human Rights Watch said on Thursday it had interviewed
    [[63 Afghans|other;a=Human Rights Watch]] deported from Iran this year, of whom
    [[41|injured;a=Human Rights Watch]] said they had been beaten by police or guards in
    detention. The group said
    [[at least 12 Afghans|killed;a=The group;alt=Human Rights Watch]] had died in Iranian custody
    in {{2025}}, including [[two teenagers|killed;a=The group;alt=Human Rights Watch]] held at a
    camp in Sefid Sang. Iran's judiciary did not respond to requests for comment. Doctors at the
    Islam Qala clinic said they had treated
    [[230 deportees|injured;a=Doctors at the Islam Qala clinic]] for injuries consistent with
    beatings since July. The rights group said
    [[tens of thousands of Afghans|returned;a=The rights group;alt=Human Rights Watch]] who had
    been living legally in Iran with valid visas or census slips were among those deported.
    """,
)

item(
    "Taliban mark World Refugee Day with call on neighbours to slow deportations",
    """
    The Taliban's refugee ministry marked World Refugee Day on {{20 June}} with a statement
    urging Iran and Pakistan to give Afghans at least {{six months}} to settle their affairs
    before leaving. The ministry said returnees over {{60}} and mothers with infants should be
    allowed to cross without queueing, and that its help line, opened in {{2024}}, would run
    {{24 hours}} a day. The statement recalled that since the Soviet invasion of {{1979}},
    Afghans had spent more than {{four decades}} as one of the world's largest refugee
    populations.
    """,
)

item(
    "In Kandahar's desert, a returnee camp grows by the week",
    """
    [[About 9,500 returnees|displaced;a=IOM's displacement tracking]] from Pakistan are living at a
    camp on desert land in Kandahar's Daman district, up from
    [[3,000|displaced;a=IOM's displacement tracking]] in June, according to IOM's displacement
    tracking. Aid workers said the camp had only [[140 latrines|aid;a=Aid workers]] and
    [[four water points|aid;u=other;a=Aid workers]]. The Kandahar governor's office said
    [[600 families|aid;a=Kandahar governor's office]] had been given plots and building materials
    to move to a township in Takhta Pul. A local doctor said he had treated
    [[35 children|other;a=A local doctor]] for malnutrition in the camp last week. Residents said
    temperatures in the tents reached {{48C}} in July.
    [[Up to 200 new families a week|returned]] arrive from Chaman.
    """,
)

item(
    "Shelling kills returnee family in Spin Boldak, Taliban say",
    """
    Pakistani shelling of Spin Boldak on Wednesday killed
    [[12 civilians|killed;a=Taliban officials]], including
    [[five members|killed;a=Taliban officials]] of a family that had returned from Karachi
    {{two months}} earlier, Taliban officials said.
    [[More than 100 people|injured;a=district hospital]] were wounded, according to the district
    hospital. Pakistan's military said it had struck Taliban positions in response to attacks on
    its border posts and that [[15 to 20 Afghan fighters|killed;a=Pakistan's military]] had been
    killed. [[Hundreds of families|displaced;a=provincial refugee department]] living in a
    returnee camp near the border fled to Kandahar city, the provincial refugee department said.
    UNHCR said it was moving [[1,300 returnees|displaced;a=UNHCR]] from the camp to a safer site.
    Local officials said [[40 houses|housing;a=Local officials]] near the camp were destroyed.
    """,
)

item(
    "Returns from Iran pick up again as Nowruz deadline nears",
    """
    [[Some 1,000 families a day|returned;a=Herat's refugee directorate]] are arriving at Islam
    Qala from Iran ahead of the Iranian new year deadline of {{21 March}}, Herat's refugee
    directorate said on Saturday. The directorate expects
    [[between 300,000 and 400,000 more people|returned;p;a=The directorate;alt=Herat's refugee directorate]]
    to return by the end of April. It said it had prepared
    [[three transit camps|capacity;a=Herat's refugee directorate]] with space for
    [[15,000 people|capacity;a=Herat's refugee directorate]]. IOM said it had pre-positioned
    [[25,000 food parcels|aid;a=IOM]] and [[8,000 tents|aid;a=IOM]] at the crossing. Taliban
    border police said [[450 officers|combatants;a=Taliban border police]] had been added at
    Islam Qala to manage the crowds.
    """,
)

item(
    "Families of Afghans missing after arrest in Iran appeal for news",
    """
    Relatives of [[at least 170 Afghans|missing;a=a group representing the families]] who were
    arrested in Iran and never arrived at the border have appealed to the Taliban administration
    for help, a group representing the families said in Herat. The group said some of the
    missing had been held in detention camps near Tehran and Mashhad for more than
    {{two months}}. The Taliban's consulate in Mashhad said it had located
    [[58|arrested;a=Taliban's consulate in Mashhad]] of them in Iranian prisons and that
    [[23|returned;a=Taliban's consulate in Mashhad]] had since been deported. Herat's refugee
    directorate said it had received reports of
    [[about 600 missing returnees|missing;a=Herat's refugee directorate]] this year. The
    International Committee of the Red Cross said it had registered
    [[390 tracing requests|other;u=other;a=International Committee of the Red Cross]] from Afghan
    families since January and restored contact between
    [[140 detainees|arrested;a=International Committee of the Red Cross]] and their relatives.
    One mother said her {{19-year-old}} son had phoned from a police station in Isfahan
    {{five weeks}} ago.
    """,
)
