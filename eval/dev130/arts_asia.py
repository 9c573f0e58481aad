"""Afghans sent back from Pakistan and Iran, Pakistan's flood evacuees, and the Philippines'
typhoon evacuees and the displaced of Marawi (10 articles with figures, 2 without)."""

from _wrap import item

item(
    "Afghan exodus swells at Torkham as deadline passes",
    """PESHAWAR: [[More than 170,000 Afghans|returned;a=officials]] have crossed back into
    Afghanistan through Torkham since the government's deadline for undocumented foreigners
    expired on {{November 1}}, officials said on Saturday. On Friday alone, [[about 24,000
    people|returned;a=the Khyber district administration]] crossed, according to the Khyber
    district administration. At a holding centre in Landi Kotal, families waited up to {{three
    days}} to be processed, sleeping in the open beside [[hundreds of trucks|other]] loaded
    with mattresses, cupboards and goats. The caretaker interior minister told a news
    conference in Islamabad that [[1.7 million undocumented Afghans|displaced;a=The caretaker
    interior minister]] were living in Pakistan. In Karachi, police have detained [[more than
    1,200 Afghans|arrested;a=a provincial home department official]] since the drive began, a
    provincial home department official said. [[The 1.3 million Afghans|displaced]] who hold
    Proof of Registration cards are exempt for now, as are [[another 800,000|displaced]] with
    Afghan Citizen Cards. On the Afghan side, the Taliban administration said it had set up
    [[eight temporary camps|capacity;a=the Taliban administration]] near the border and was
    giving each family {{10,000 afghanis}}. UNICEF said [[some 2,000 unaccompanied
    children|returned;a=UNICEF]] had crossed at Torkham. A UNHCR survey at the crossing found
    that {{78 percent}} of those leaving cited fear of arrest. "I was born in Peshawar. I have
    never seen Afghanistan," said Zarmina, {{19}}, as her family's truck edged towards the
    gate.""",
)

item(
    "Over 30,000 Afghan migrants return from Iran in a single day",
    """[[Over 30,000 Afghan migrants|returned;a=the Ministry of Refugees and Repatriation]]
    returned from Iran through the Islam Qala crossing in Herat on Tuesday, the Ministry of
    Refugees and Repatriation said, the highest daily number this year. According to the
    ministry, [[more than 1.1 million Afghans|returned;a=the ministry;alt=the Ministry of
    Refugees and Repatriation]] have come back from Iran since the start of {{2025}}. The
    International Organization for Migration (IOM) said {{70 percent}} of those returning this
    month had been deported rather than leaving on their own, and that [[5,400 unaccompanied
    children|returned;a=The International Organization for Migration (IOM)]] were among them.
    Mohammad Nabi, a {{27-year-old}} from Ghor who had worked on building sites in Isfahan for
    {{six years}}, said he was arrested at work and deported within {{48 hours}}. "They did not
    let me collect my wages of {{40 million rials}}," he told TOLOnews. Officials at the
    crossing said [[about 7,000 returnees|returned;a=Officials]] spent Tuesday night at the
    reception centre, which has room for [[3,000|capacity;a=Officials]]. The ministry said it
    had given cash assistance to [[12,500 returnee families|aid;a=The ministry;alt=the Ministry
    of Refugees and Repatriation]] over the past week and taken [[about 9,000
    people|returned;a=the Ministry of Refugees and Repatriation;alt=The ministry]] on to their
    home provinces in [[400 buses|other;a=the Ministry of Refugees and Repatriation;alt=The
    ministry]]. Herat's governor called on aid agencies to send more tents to the border.""",
)

item(
    "On a windswept hill outside Kabul, returnees wait for homes",
    """On a bare hillside north of Kabul, the Taliban government has handed out [[4,800
    plots|aid;u=other]] of land to families expelled from Pakistan. So far only [[about 600
    houses|housing]] have gone up, built of mud brick by the families themselves. The township
    will eventually house [[10,000 families|capacity;p;a=officials]], officials say. Gul Ahmad,
    {{52}}, came back from Peshawar with [[his 11 children|returned]] in {{November 2023}},
    after {{40 years}} in Pakistan. "In Pakistan I had a shop. Here I have a tent and a plot of
    dust," he said, pointing to a square of stones. The UN says [[more than 1.6 million
    Afghans|returned;a=The UN]] came back from Pakistan and Iran in {{2024}}, about {{a
    quarter}} of them from Pakistan. UNHCR has given [[3,200 families|aid]] in Kabul province
    {{$375}} each to get through the winter. The agency warned on Monday that [[some 700,000
    more people|returned;p;a=The agency;alt=UNHCR]] could be pushed back from Pakistan by the
    end of the year. Aid groups have dug [[12 wells|aid]] on the site, and a clinic run by a
    Turkish charity opens {{three days}} a week. "We left one life behind for nothing," said
    Ahmad's wife, who did not give her name.""",
)

item(
    "Sindh relief camps overflow as floodwater lingers",
    """KARACHI: [[More than 1.8 million people|displaced;a=the Sindh government]] are living in
    [[over 6,800 relief camps|capacity;a=the Sindh government]] across the province, the Sindh
    government said on Sunday, {{three weeks}} after the worst of the monsoon floods.
    Nationwide, the National Disaster Management Authority (NDMA) said the floods had killed
    [[1,545 people|killed;a=the National Disaster Management Authority (NDMA)]] since {{June
    14}} and damaged or destroyed [[more than 2 million homes|housing;a=the National Disaster
    Management Authority (NDMA)]]. At the peak, about {{a third}} of the country was under
    water. In Dadu district, [[about 200 families|displaced;a=Ghulam Rasool]] have camped on
    the embankment of the Main Nara Valley drain for {{a month}}, said Ghulam Rasool, a
    schoolteacher who runs a volunteer kitchen there. The kitchen feeds [[1,500 people|aid]]
    twice a day on donated flour and lentils. The provincial education department said [[some
    5,000 schools|capacity;a=The provincial education department]] were being used as shelters,
    delaying the new term. The army said it had distributed [[12,000 tents|aid;a=The army]] and
    [[1,900 tonnes|aid;a=The army]] of rations in Sindh. Families who want to trace missing
    relatives were told to call Rescue {{1122}}. "The water took our house and our wheat. We
    have only this charpai," said Haleema, sitting on a rope bed by the roadside near Mehar.""",
)

item(
    "Pakistan evacuates more than a million as three rivers swell",
    """LAHORE, Pakistan (AP) — Authorities in Pakistan's Punjab province have evacuated [[more
    than 1 million people|displaced;a=officials]] from villages along the Ravi, Sutlej and
    Chenab rivers, officials said Thursday, as India released water from overflowing dams
    upstream. Imran Qureshi, who heads the provincial disaster management authority, said
    [[about 1,400 villages|other;a=Imran Qureshi]] were under water and [[at least 33
    people|killed;a=Imran Qureshi]] had died in the province since mid-August. Rescuers used
    [[more than 800 boats|other]] to ferry residents and their cattle to higher ground. The
    authority has opened [[about 700 relief camps|capacity]], but [[tens of thousands of
    evacuees|displaced]] have chosen to stay with relatives in nearby towns instead. "The camp
    is far and there is no shade. My cousin has a roof," said Rashid Mehmood, a farmer from
    Narowal. At the Sikh shrine at Kartarpur, near the Indian border, [[about 100 pilgrims and
    staff|displaced;n=pilgrims and staff]] were taken out by boat after water rose to {{6
    feet}} in the courtyard. The National Disaster Management Authority says monsoon rains have
    killed [[more than 800 people|killed;a=The National Disaster Management Authority]] across
    Pakistan since {{late June}}. Forecasters expect more rain next week.""",
)

item(
    "Kristine's aftermath: over half a million still in evacuation centers",
    """MANILA, Philippines – [[More than 130,000 families|displaced;a=the Department of Social
    Welfare and Development (DSWD)]], or [[about 540,000 people|displaced;a=the Department of
    Social Welfare and Development (DSWD)]], were still staying in [[6,400 evacuation
    centers|capacity;a=the Department of Social Welfare and Development (DSWD)]] on Sunday,
    {{October 27}}, the Department of Social Welfare and Development (DSWD) said. [[Another
    72,000 families|displaced;a=the department;alt=the Department of Social Welfare and
    Development (DSWD)]] were staying with relatives and friends, the department said. In
    Bicol, the region hardest hit by Severe Tropical Storm Kristine (Trami), the Office of
    Civil Defense counted [[1,900 houses|housing;a=the Office of Civil Defense]] totally
    destroyed and [[over 11,000|housing;u=structure;a=the Office of Civil Defense]] partially
    damaged. The national police said the death toll had risen to [[126|killed;a=The national
    police]]. The DSWD has so far distributed [[248,000 family food packs|aid]]. In Naga City,
    where the Bicol River burst its banks, city administrator Ramon Abad said [[some 8,000
    residents|displaced;a=Ramon Abad;alt=city administrator Ramon Abad]] remained in schools
    and gymnasiums because their homes were still under mud. "We have nowhere else to go until
    the water leaves," said Lorna Bañares, {{56}}, who shares a classroom with her neighbours
    from the riverbank. Relatives looking for evacuees may call the DSWD hotline at {{(02)
    8931-8101}}.""",
)

item(
    "Six years after the siege, Marawi's displaced still wait",
    """MARAWI CITY – Sittie Ainah Macabando, {{47}}, has lived in a plywood unit in the
    Sagonsongan transitory site since {{2018}}. Her house inside the most affected area was
    flattened in the {{five-month}} battle between government troops and Islamic State-inspired
    fighters in {{2017}}, which displaced [[more than 350,000 people|displaced]]. "They told us
    we would be home in {{three years}}," she said. [[About 17,000 families|displaced;a=the
    Task Force Bangon Marawi]] remain displaced, according to the Task Force Bangon Marawi,
    [[3,400 of them|displaced;n=-;u=household;a=the Task Force Bangon Marawi]] in [[nine
    transitory sites|capacity;a=the Task Force Bangon Marawi]] and the rest with relatives or
    in rented rooms. The task force says [[more than 1,300 homes|housing;a=The task
    force;alt=the Task Force Bangon Marawi]] have been rebuilt so far, and [[some 160
    families|returned]] have moved back into the old city. The Marawi Compensation Board,
    created by a {{2022}} law, has paid [[about 420 claimants|aid;a=Abdul Gaffar
    Tamano;alt=board chairman Abdul Gaffar Tamano]], out of [[more than 11,000|other;a=Abdul
    Gaffar Tamano;alt=board chairman Abdul Gaffar Tamano]] who have filed, board chairman Abdul
    Gaffar Tamano told Rappler this month. Congress set aside {{P1 billion}} for compensation
    in the {{2024}} budget. Families in the transitory sites complain of water shortages and of
    rooms too small for large households.""",
)

item(
    "Cabinet extends PoR card validity for Afghan refugees",
    """ISLAMABAD: The federal cabinet on Wednesday extended the validity of Proof of Registration
    (PoR) cards held by registered Afghan refugees until {{June 30, 2025}}, a day after they
    expired. The cards, first issued in {{2006}} with UNHCR support, allow holders to live,
    rent homes and open bank accounts in Pakistan. Refugee leaders said that during the
    {{three-month}} delay, police in Islamabad and Rawalpindi had again begun asking card
    holders for bribes of up to {{Rs10,000}}. A notification said the decision was taken on the
    recommendation of the Ministry of States and Frontier Regions. UNHCR welcomed the move and
    said it hoped for a longer-term policy. Under the second phase of the government's
    repatriation plan, announced in {{2023}}, holders of Afghan Citizen Cards were told to
    leave Islamabad and Rawalpindi by {{March 31}}. Refugees with questions were told to call
    the commissionerate's helpline on {{051-9261712}}.""",
)

item(
    "Returnees in Nangarhar face winter in tents",
    """[[Thousands of families|returned;a=local officials]] who came back from Pakistan in recent
    months are spending the winter in tents in Nangarhar, local officials said on Sunday. The
    head of the province's refugees and repatriation department said [[more than 24,000
    returnee families|returned;a=The head of the province's refugees and repatriation
    department]] had settled in Nangarhar since {{October}}, [[about 9,000 of
    them|returned;n=-;u=household;a=The head of the province's refugees and repatriation
    department]] in camps near Torkham and in Behsud district. [[About 1,800 returnees a
    day|returned;a=The head of the province's refugees and repatriation department]] were still
    arriving through Torkham, he added. UNHCR said it had built [[1,100 transitional
    shelters|capacity;a=UNHCR]] and planned [[another 2,000|capacity;p;u=structure;a=UNHCR]]
    before spring. Aid agencies have handed out blankets, coal and stoves to [[7,500
    families|aid]]. Night temperatures in the camps fall to {{minus 8 C}}. The World Health
    Organization said [[more than 3,000 children|injured;a=The World Health Organization]] had
    been treated for pneumonia and other respiratory infections in the camps since {{December
    1}}. "In Pakistan my children went to school. Here they collect plastic to burn," said
    Hazrat Gul, {{60}}, who lived in Karachi for {{35 years}} before he was deported in
    {{October}}.""",
)

item(
    "Super Typhoon Pepito nears Catanduanes, PAGASA raises higher signal",
    """PAGASA raised the second-highest tropical cyclone wind signal over Catanduanes at {{11 am}}
    on Saturday, {{November 16}}, as Super Typhoon Pepito (Man-yi) intensified over the
    Philippine Sea. The state weather bureau said Pepito had maximum sustained winds of {{195
    km/h}} and gusts of up to {{240 km/h}}. At {{10 am}}, its eye was {{250 kilometers}} east
    of Virac. It was expected to make landfall over Catanduanes on Saturday evening. Storm
    surges of up to {{3 meters}} could hit coastal villages, and rainfall of more than {{200
    millimeters}} is forecast for parts of Bicol. Pepito is the {{fourth}} cyclone to hit the
    region in under {{a month}}. Local officials ordered preemptive evacuations in coastal and
    landslide-prone villages and suspended classes at all levels. Residents may reach the
    provincial disaster office on {{0917 123 4567}}.""",
)

item(
    "The summer Iran sent them back: inside Afghanistan's mass return",
    """HERAT — The buses from the Islam Qala border crossing pull into the transit camp on the
    edge of Herat city every hour, day and night. In {{July}}, the camp was receiving [[up to
    40,000 people a day|returned;a=the camp's manager]], according to the camp's manager, a
    former schoolteacher who asked that his name not be used, though it was built for
    [[5,000|capacity]]. [[More than 1.5 million Afghans|returned;a=the International
    Organization for Migration]] have come back from Iran since {{January}}, according to the
    International Organization for Migration, many of them deported or pressured to leave after
    the {{12-day}} war between Iran and Israel in {{June}}, when Iranian officials accused
    Afghans of spying. In the camp, each family is given a hot meal, a SIM card and between
    {{$50}} and {{$150}} in cash depending on its size. "They took me from the street in
    Tehran. I did not see my wife and children again until they crossed {{three weeks}} later,"
    said Abdul Wahid, {{34}}, a bricklayer who had lived in Iran since he was a boy. Aid
    agencies say about {{a third}} of those arriving are women and children travelling without
    a man. UNICEF said it had registered [[more than 6,000 unaccompanied
    children|returned;a=UNICEF]] at the crossing since {{June}}. Herat's provincial government
    says it has handed out [[3,500 plots|aid;u=other;a=Herat's provincial government]] of land
    to returnee families on the city's western fringe, where rows of mud-brick walls are rising
    from the gravel. Most returnees do not stay in Herat: the Ministry of Refugees and
    Repatriation says it has taken [[over 900,000 people|returned;a=the Ministry of Refugees
    and Repatriation]] on to their home provinces in [[more than 12,000 buses|other;a=the
    Ministry of Refugees and Repatriation]]. Many have no home to go to: in Ghor and Badghis,
    where drought has ruined harvests for {{three years}} running, returnees sleep in the yards
    of relatives who can barely feed themselves. The World Food Programme says it is feeding
    [[about 500,000 returnees a month|aid;a=The World Food Programme]], out of [[1.9 million
    people|civilians;a=The World Food Programme]] it assesses as needing help in the border
    provinces. Iran has said it will expel [[an estimated 2 million undocumented
    Afghans|returned;p;a=Iran]] by {{March}}. "We cannot absorb this. Nobody could," a
    provincial official said.""",
)

item(
    "Nearly 9,000 Afghan refugees return from Pakistan in a day",
    """[[Nearly 9,000 Afghan refugees|returned;a=the Ministry of Refugees and Repatriation]]
    returned from Pakistan through Torkham and Spin Boldak on Saturday, the Ministry of
    Refugees and Repatriation said. The ministry said [[1,430 families|returned;a=The
    ministry;alt=the Ministry of Refugees and Repatriation]] among them had been forcibly
    deported. Returnees were given cash and SIM cards at [[two reception centres|capacity;a=the
    Ministry of Refugees and Repatriation;alt=The ministry]] near the crossings, it added. A
    returnee, Sayed Rahim, said Pakistani police had detained [[his two
    brothers|arrested;a=Sayed Rahim;alt=A returnee]] before the family left Peshawar. Officials
    at Torkham said [[about 600 trucks|other;a=Officials at Torkham]] loaded with returnees'
    belongings crossed on the same day. Pakistan says [[more than 1 million Afghans|returned;
    a=Pakistan]] have left the country since {{2023}}. The deadline for holders of Proof of
    Registration cards expired on {{September 1}}.""",
)
