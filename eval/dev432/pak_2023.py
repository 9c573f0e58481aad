"""Pakistan's 'Illegal Foreigners Repatriation Plan', its first phase, 2023-2024: the deadline,
Torkham and Chaman, holding centres, arrests, demolitions (eval/dev432)."""

from _wrap import item

item(
    "Thousands rush to Torkham as Pakistan's deadline for undocumented Afghans expires",
    """
    Long lines of trucks piled with bedding and charpoys stretched back from the Torkham
    crossing on Wednesday as Pakistan's deadline for undocumented foreigners to leave passed at
    midnight. [[More than 24,000 Afghans|returned;a=a border official]] crossed on Tuesday alone,
    a border official told AFP, and [[another 17,000|returned;a=a border official]] had crossed
    by the afternoon. Pakistan's interior ministry said
    [[1.7 million Afghans|civilians;a=Pakistan's interior ministry]] were living in the country
    without papers and that all of them would be expelled in phases. Police in Khyber
    Pakhtunkhwa said they had set up
    [[49 holding centres|capacity;a=Police in Khyber Pakhtunkhwa]] where those detained would be
    kept for up to {{three days}} before being driven to the border. The Taliban's Ministry of
    Refugees and Repatriation said it had registered
    [[about 128,000 returnees|returned;a=Taliban's Ministry of Refugees and Repatriation]] since
    {{October 1}} and had handed out tents to
    [[some 6,000 families|aid;a=Taliban's Ministry of Refugees and Repatriation]] at Torkham.
    Aid workers at the crossing said [[at least 300 trucks|other;a=Aid workers]] were still
    waiting on the Pakistani side.
    """,
)

item(
    "Karachi police detain hundreds of Afghans in weekend raids",
    """
    Police in Karachi detained
    [[more than 1,100 Afghan nationals|arrested;a=a spokesman for the Sindh police]] in raids on
    Sohrab Goth and the Afghan Basti over the weekend, a spokesman for the Sindh police said on
    Monday. Of those held, [[427|arrested;a=a spokesman for the Sindh police]] were found to
    hold valid Proof of Registration cards and were released, he said.
    [[The remaining 690|arrested]] were moved to a holding centre at Sultanabad. Officials said
    the centre had space for [[4,000 people|capacity;a=Officials]]. Lawyers for the detainees
    said [[at least 60 children|arrested;a=Lawyers for the detainees]] were among those taken,
    some of them {{aged 8 or 9}}. The Human Rights Commission of Pakistan said it had received
    complaints from
    [[dozens of families|other;a=Human Rights Commission of Pakistan]] whose documents had been
    torn up by officers. Sindh's caretaker government said
    [[2,500 police officers|combatants;a=Sindh's caretaker government]] had been assigned to the
    drive in the city.
    """,
)

item(
    "Returnees pour through Spin Boldak as Chaman queues lengthen",
    """
    [[About 2,300 families|returned;a=Kandahar provincial refugees department]] crossed from
    Chaman into Spin Boldak on Thursday, the Kandahar provincial refugees department said, the
    highest daily number since the Pakistani deadline of {{November 1}}. Officials there said
    the families, [[about 14,000 people|returned;a=Officials]] in all, were taken to a reception
    camp at Takhta Pul where each received a hot meal and a SIM card. The camp was designed to
    hold [[5,000 people|capacity]] at a time, and
    [[some 200 families|displaced]] who arrived after dark slept in the open. The World Food Programme said it had handed out
    {{two months}} of rations to [[9,800 people|aid;a=World Food Programme]] at the camp in the
    past week. IOM said that {{one in three}} of the arrivals it screened were women and children
    in need of emergency shelter, and that it had run through its stock of
    [[1,500 tents|aid;a=IOM]]. A Taliban official at the crossing said
    [[250|combatants;a=A Taliban official]] of his men had been sent to keep order.
    """,
)

item(
    "Islamabad bulldozes Afghan settlement in H-9 sector",
    """
    The Capital Development Authority demolished [[about 400 mud houses|housing]] in an Afghan
    settlement in Islamabad's {{H-9}} sector on Tuesday, leaving
    [[hundreds of families|displaced]] in the open. Residents said they had been given
    {{48 hours}}' notice.
    [[About 2,000 people|civilians;a=a residents' committee]] lived in the settlement, according
    to a residents' committee. The authority said the structures were illegal and that
    [[112 shops|housing;p;a=The authority;alt=Capital Development Authority]] nearby would also
    be removed. A mosque and [[two schools|housing]] were also flattened. Police detained [[35 men|arrested;a=a local police officer]] who tried to block
    the bulldozers, a local police officer said. UNHCR said it was aware of the demolitions and
    was giving emergency kits to [[180 families|aid;a=UNHCR]]. Many residents said they had
    lived there since {{1986}} and had nowhere to go in Afghanistan.
    """,
)

item(
    "IOM: more than 370,000 Afghans back from Pakistan in six weeks",
    """
    [[More than 374,000 Afghans|returned;a=International Organization for Migration]] have
    returned from Pakistan since {{15 September}}, the International Organization for Migration
    said in a flash update on Friday. The agency said {{89 percent}} had left out of fear of
    arrest and that
    [[about 5,800|returned;a=The agency;alt=International Organization for Migration]] of them
    had been formally deported. [[Between 8,000 and 10,000 people|returned]] were still crossing
    each day at Torkham. OCHA said
    [[1.3 million returnees|civilians;p;a=OCHA]] would need assistance through the winter, and it
    appealed for {{$200 million}}. At Torkham, partners had served
    [[41,000 hot meals|aid;a=OCHA]] and vaccinated [[22,000 children|aid;a=OCHA]] against
    measles and polio, OCHA said. [[Up to 3,000 people|displaced]] were sleeping in the open at
    the crossing each night.
    """,
)

item(
    "Two children die of cold at Torkham camp as returnees wait to move inland",
    """
    [[Two children|killed;a=Afghan health officials]] died of cold overnight at the Omari camp
    near Torkham, where [[about 40,000 returnees|displaced;a=Afghan health officials]] are
    waiting to be moved inland, Afghan health officials said on Sunday. Temperatures fell to
    {{minus 3C}} in the camp, they said. [[Another 11 people|injured]] were taken to hospital in
    Jalalabad with frostbite. Save the Children said
    [[at least 7,000|displaced;a=Save the Children]] of the people in the camp were children and
    that many had arrived with only the clothes they wore. The Taliban administration said it
    had sent [[400 buses and trucks|other;n=buses and trucks;a=Taliban administration]] to carry
    families on to their home provinces, and that each family received {{10,000 afghanis}} in
    cash. The charity said it would distribute winter kits to
    [[3,500 families|aid;p;a=The charity;alt=Save the Children]] in the coming week.
    """,
)

item(
    "Rights group says Afghans in Punjab face arrest despite valid cards",
    """
    Police in Punjab arrested
    [[2,814 Afghans|arrested;a=Human Rights Commission of Pakistan]] between October and
    December, including [[640|arrested;a=Human Rights Commission of Pakistan]] who held valid
    Proof of Registration cards, the Human Rights Commission of Pakistan said in a report
    released on Wednesday. The commission said it had documented
    [[93 cases|other;a=The commission;alt=Human Rights Commission of Pakistan]] in which officers
    demanded bribes of {{between 5,000 and 50,000 rupees}} to release detainees. Of those
    arrested, [[roughly 1,900|returned;a=the report]] had been deported by the end of the year,
    the report said. Punjab's police department said it had acted within the law and that
    [[150 detainees|arrested;a=Punjab's police department]] were still being held in Lahore. The
    report also recorded the deaths of [[two men|killed;a=The report]] in police custody in
    Rawalpindi. In one raid in Lahore's Green Town, [[48 men|arrested]] were taken from a single
    compound.
    """,
)

item(
    "Pakistan extends PoR card validity to end of June",
    """
    Pakistan's federal cabinet has extended the validity of Proof of Registration cards held by
    Afghan refugees until {{30 June 2024}}, the {{third}} extension since the cards first expired
    on {{31 December 2023}}. The decision was taken at a meeting chaired by the caretaker prime
    minister and will be reviewed in {{six months}}, a government statement said. Under the
    {{2023}} repatriation plan, the {{second phase}} was meant to begin after the first was
    completed, but officials have not given a date. UNHCR welcomed the decision, saying it had
    asked for an extension of at least {{12 months}}. The agency has spent {{$4.5 million}} on
    legal aid for Afghans in Pakistan since {{2022}}, with {{60 percent}} of it going to Khyber
    Pakhtunkhwa.
    """,
)

item(
    "UNICEF: 1,200 unaccompanied children crossed at Torkham since October",
    """
    UNICEF said on Thursday that
    [[1,243 unaccompanied and separated children|returned;a=UNICEF]] had crossed from Pakistan
    at Torkham since the start of October, and that [[870|other;a=UNICEF]] had so far been
    reunited with relatives. The agency said
    [[312 children|displaced;a=The agency;alt=UNICEF]] were still waiting at the Omari camp for
    their families to be traced. Many of the children, most of them {{between 12 and 17}}, had
    been working in Pakistani cities and were picked up by police, the agency said. Staff had
    identified [[46 children|other]] who showed signs of abuse.
    [[Nearly 60,000 children|aid;a=UNICEF]] have been vaccinated at the crossing and
    [[19,000|aid;a=UNICEF]] have received winter clothing, UNICEF said.
    """,
)

item(
    "Chaman sit-in against passport rule reaches 100 days",
    """
    The sit-in at Chaman against Pakistan's new passport rule for border crossers entered its
    {{100th day}} on Saturday, with organisers saying
    [[thousands of traders and labourers|other;n=traders and labourers;a=organisers]] were still
    camped near the Friendship Gate. Before the rule,
    [[about 15,000 people|other;a=local traders]] crossed each day with only identity cards,
    local traders said. Quetta police meanwhile said they had detained
    [[318 undocumented Afghans|arrested;a=Quetta police]] in the city in a week, and that
    [[290|returned;a=Quetta police]] of them had been sent to the Chaman border for deportation.
    The Frontier Corps has deployed
    [[an extra 1,200 troops|combatants;a=a security official]] to the crossing, a security
    official said. [[Three protesters|injured;a=organisers]] were hurt when police fired tear gas
    on Friday, the organisers said.
    """,
)

item(
    "Inside Peshawar's Haji Camp, Afghans wait for the bus to Torkham",
    """
    At Peshawar's Haji Camp holding centre, [[about 1,400 Afghans|arrested;a=Fazal Rehman]] were
    waiting on Monday to be taken to the border, according to the camp administrator, Fazal
    Rehman. The centre was built to take [[3,000 people|capacity]] at a time and has
    [[24 toilets|other;u=other;a=Fazal Rehman]], he said. Most detainees spend
    {{two to three days}} there. Since November,
    [[61,000 people|returned;a=Fazal Rehman]] have been deported through the centre, he said.
    Jawad, a {{17-year-old}} from Kabul who was born in Peshawar, said he had been picked up with
    [[20 other young men|arrested;a=Jawad]] at a tea stall in Board Bazaar. The provincial
    government says it has hired [[90 buses|other;a=The provincial government]] to move
    detainees, and that [[up to 2,000 people a day|returned;p;a=The provincial government]] could
    be sent to Torkham once more drivers are found.
    """,
)

item(
    "A year on, Pakistan says 800,000 Afghans have left",
    """
    Pakistan's interior ministry said on Thursday that
    [[795,000 Afghans|returned;a=Pakistan's interior ministry]] had left the country in the year
    since the repatriation plan was launched, of whom
    [[46,000|returned;a=Pakistan's interior ministry]] were deported and the rest left
    voluntarily. UNHCR put the total returns from Pakistan in the same period at
    [[about 710,000|returned;a=UNHCR]]. The ministry said
    [[3,128 Afghans|arrested;a=The ministry;alt=Pakistan's interior ministry]] were still held in
    holding centres across the country, and that the {{second phase}}, covering
    [[around 800,000 holders|returned;p;a=The ministry;alt=Pakistan's interior ministry]] of
    Afghan Citizen Cards, would begin once the cabinet approved it. Rights groups said the
    numbers hid the pressure placed on refugees, including the demolition of
    [[more than 1,000 homes|housing;a=Rights groups]] in Karachi, Islamabad and Quetta.
    """,
)

item(
    "Truck carrying returnees overturns on Khyber Pass, killing nine",
    """
    A truck carrying returning Afghan families overturned on the Khyber Pass road near Landi
    Kotal on Saturday, killing [[nine people|killed;a=police]], including
    [[five children|killed;a=police]], police said. [[Fourteen others|injured]] were injured and
    taken to hospital in Landi Kotal, where doctors said [[three|injured;a=doctors]] were in
    critical condition. The truck was carrying [[31 people|other;a=a district official]] and
    their belongings from Peshawar to Torkham, a district official said. Road accidents have
    killed [[at least 40 returnees|killed;a=Edhi ambulance service]] on the route since October,
    according to the Edhi ambulance service. Witnesses said the driver had been on the road for
    {{18 hours}}.
    """,
)

item(
    "Afghans awaiting resettlement to the West detained in Islamabad raids",
    """
    Pakistani police detained [[at least 138 Afghans|arrested;a=refugee advocates]] who were
    waiting to be resettled in Germany, the United States and Canada in raids on guesthouses in
    Islamabad this week, refugee advocates said.
    [[About 1,700 Afghans|displaced;a=Berlin's foreign ministry]] accepted under Germany's
    admission programme are waiting in Pakistan for visas, Berlin's foreign ministry said. Of
    those held, [[34|returned;a=advocates]] had already been deported to Afghanistan by Friday,
    including a former judge and [[two women's rights activists|returned;a=advocates]], the
    advocates said. Reporters Without Borders said
    [[about 200 Afghan journalists|civilians;a=Reporters Without Borders]] living in Pakistan
    were at risk of arrest. Canada said separately that it had flown
    [[420 Afghans|displaced;a=Canada]] out of Pakistan since {{January 2024}}. Pakistan's foreign
    office said it had given foreign embassies until the end of the month to move their Afghan
    cases out of the country.
    """,
)

item(
    "Balochistan deports 12,000 Afghans in a month, home department says",
    """
    Balochistan's home department said on Tuesday that
    [[12,460 Afghans|returned;a=Balochistan's home department]] had been deported from the
    province in April, nearly double the figure for March, as police stepped up checks in
    Quetta, Pishin and Killa Abdullah. A department spokesman said
    [[3,900|returned;a=A department spokesman]] of them were women and
    [[5,100 children|returned;a=A department spokesman]].
    [[Another 2,200|arrested;a=A department spokesman]] were being held in
    [[four holding centres|capacity;a=A department spokesman]], he said. The provincial
    government has set a target of deporting
    [[30,000 more|returned;p;n=-;a=The provincial government]] by the end of June. Aid workers in
    Spin Boldak said the returnees were arriving with little more than their clothes, and that
    [[1,500 to 2,000 people|displaced;a=Aid workers]] spent each night in the open near the
    crossing.
    """,
)

item(
    "Peshawar High Court halts deportation of Afghan woman married to Pakistani",
    """
    The Peshawar High Court on Monday stayed the deportation of a {{32-year-old}} Afghan woman
    married to a Pakistani citizen, pending a hearing on {{March 14}}. Her lawyer argued that
    {{Section 10}} of the Pakistan Citizenship Act of {{1951}} entitled her to apply for
    nationality after {{five years}} of marriage. The couple married in {{2016}} and have lived
    in Peshawar for {{eight years}}. The court ordered the interior ministry to respond within
    {{14 days}} and to refund the {{Rs50,000}} fine she was charged for overstaying. In a similar
    case in {{2024}}, the court ruled in favour of an Afghan man after a {{two-year}} legal
    battle.
    """,
)

item(
    "Bulldozers raze Karachi's Afghan Basti after four decades",
    """
    Authorities in Karachi demolished the remaining houses of the Afghan Basti on the Super
    Highway on Sunday, ending a settlement that residents said had housed
    [[some 5,000 families|civilians;a=residents]] since the {{1980s}}. A Sindh government
    official said [[1,350 structures|housing;a=A Sindh government official]] had been razed over
    {{three days}} and that [[600 police|combatants;a=A Sindh government official]] had been
    deployed to keep order. Residents said [[at least 70 men|arrested;a=Residents]] were
    detained when they refused to leave. The Jamiat Ulema-e-Islam, which has a following among
    Pashtuns in the city, said [[about 25,000 people|displaced;a=Jamiat Ulema-e-Islam]] had been
    made homeless. The Afghan consulate in Karachi said it would arrange buses to take
    [[230 families|returned;p;a=Afghan consulate in Karachi]] to Kandahar this week. Many families loaded what they could onto
    [[about 150 trucks|other]] hired for the journey. Sindh's
    information minister said those with valid documents had been offered land in another
    district, but gave no figures.
    """,
)
