"""People displaced since the 1990s in Azerbaijan and Georgia, the returns to the districts
retaken in 2020 and the housing built for them, the mines that kill and maim there, and the
dividing lines of Abkhazia and South Ossetia with their detentions and crossings (17 items, 2
without figures)."""

from _wrap import item

item(
    "Azerbaijan still counts hundreds of thousands displaced three decades on",
    """BAKU (Trend) - Azerbaijan has [[about 650,000 internally displaced people|displaced;
    a=Rovshan Rzayev;n=people]] from the districts lost in the first Karabakh war, the chairman of
    the State Committee for Affairs of Refugees and IDPs, Rovshan Rzayev, said on Monday. A further
    [[more than 250,000 refugees|displaced;a=Rovshan Rzayev]] came from Armenia in {{1988}} to
    {{1991}}, he said. Since {{2001}} the state has built [[117 new settlements|capacity;a=the
    state committee;alt=the State Committee for Affairs of Refugees and IDPs]] for the displaced,
    and [[more than 315,000 people|aid;a=the state committee;alt=the State Committee for Affairs
    of Refugees and IDPs]] have been given new homes, according to the state committee. In the
    {{1990s}}, [[some 1,600 collective centres|capacity]] such as dormitories, sanatoriums and
    unfinished buildings housed them. [[About 60,000 families|displaced;a=Rzayev]] still live in
    such buildings or in damp flats in Baku and Sumgayit, Rzayev said. The government expects [[up to 300,000 people|returned;p;a=The government]] to go back by {{2040}}.""",
)

item(
    "First families return to Lachin town after three decades",
    """LACHIN, Azerbaijan (Reuters) - The first [[20 families|returned;a=the State Committee for
    Affairs of Refugees and IDPs]] moved back to the town of Lachin on Wednesday, {{31 years}}
    after they fled, the State Committee for Affairs of Refugees and IDPs said. They joined [[41
    families|returned]] who settled in the nearby village of Zabukh in {{July}}. Buses carrying
    [[about 80 people|returned]] arrived in the morning, and officials handed out keys to flats in
    [[eight renovated apartment blocks|housing;u=structure]]. President Ilham Aliyev's Great Return programme
    aims to bring [[34,500 families|returned;p]] back to the retaken districts by {{2026}}, and
    officials say [[about 140,000 people|returned;p;a=officials]] will be living there by then.
    Zakir Mammadov, {{aged 67}}, left Lachin as a young man. [[About 1,500 construction workers|other]] are still rebuilding the town. "I waited all my life for this key,"
    he said.""",
)

item(
    "Zangilan's Aghali opens as first 'smart village' for returnees",
    """ZANGILAN, Azerbaijan (Azertac) - [[Sixty-six families|returned;a=the district's special
    representative]] have moved into the rebuilt village of Aghali, the district's special
    representative said on Friday, the first group of former residents to go back to Zangilan.
    The village has [[200 houses|housing]], a school built for [[360 pupils|capacity]] and a
    kindergarten with [[120 places|capacity;u=other]]. A {{second}} phase will add [[about 100
    more houses|housing;p]]. Officials say [[around 300 residents|returned;a=Officials]] now live
    in Aghali, and [[some 40 of them|other;n=-;a=Officials]] work at a new farm and a carpet workshop. The
    village lost [[all 460 of its inhabitants|displaced;n=inhabitants]] to the war in {{1993}}.
    Solar panels supply about {{40%}} of its power.""",
)

item(
    "Fuzuli's new town takes shape as former residents move in",
    """FUZULI, Azerbaijan (APA) - [[Nearly 2,700 former residents|returned;a=the Fuzuli district
    executive authority]] have moved back to the town of Fuzuli since {{2023}}, the Fuzuli
    district executive authority said on Wednesday. The first residential quarter has [[1,800
    apartments|housing]] in [[52 buildings|housing]], and [[another 1,100 flats|housing;p]] are due
    to be completed next year. [[Up to 20,000 people|capacity;p;a=officials]] will eventually live
    in the town, officials say. The town was destroyed after Armenian forces took it in {{1993}},
    and [[about 60,000 people|displaced]] fled the district. Deminers cleared the site before
    construction; they found [[more than 7,000 mines|other]] and unexploded shells
    in the town alone. Fuzuli's international airport opened in {{2021}}.""",
)

item(
    "Mines have killed dozens in retaken districts since the war, agency says",
    """BAKU (Reuters) - Landmines and unexploded ordnance have killed [[at least 70 people|killed;
    a=Azerbaijan's mine action agency ANAMA]] and injured [[more than 270|injured;
    a=Azerbaijan's mine action agency ANAMA]] in the districts retaken from Armenian forces since
    the {{2020}} war, Azerbaijan's mine action agency ANAMA said on Thursday. [[About 1,500
    deminers|other]] are now working in the region, including teams from Turkey and the HALO
    Trust. ANAMA said they had found [[more than 120,000 mines and unexploded items|other;
    a=ANAMA;n=items]] and cleared {{140,000 hectares}}. Azerbaijan says Armenia has handed over maps
    of only about [[400,000 mines|other;a=Azerbaijan]], and that [[a further 1 million|other;
    a=Azerbaijan;u=other]] may remain. The agency plans to hire [[up to 200 more deminers|other;p;a=The agency;alt=ANAMA]]. Armenia says it has shared all the maps it holds. Baku
    puts the cost of clearing the land at {{$25bn}}.""",
)

item(
    "Mine blast kills two journalists in Kalbajar",
    """KALBAJAR, Azerbaijan (AFP) - A landmine exploded under a vehicle carrying a television crew
    in Azerbaijan's Kalbajar district on Friday, killing [[three people|killed;a=the Prosecutor
    General's Office]], [[two of them journalists|killed;n=journalists;a=the Prosecutor General's
    Office]], the Prosecutor General's Office said. [[Four others|injured;a=the office;alt=the
    Prosecutor General's Office;n=-]] were injured, the office said. The crew, from state broadcaster
    AzTV and the Azertac news agency, was filming in the village of Susuzluq. Since the {{2020}} war, mines have killed [[at least 45 civilians|killed;a=ANAMA]] in the retaken districts, according to ANAMA. It was the {{first}}
    deadly mine blast involving journalists since the {{2020}} war. Azerbaijan said it was holding
    talks with Armenia on maps of [[97,000 mines|other]] in Aghdam, which Yerevan handed over in
    {{June}} in exchange for the release of [[15 Armenian detainees|other;a=Azerbaijan]].""",
)

item(
    "Georgia's displaced still wait for homes 30 years after Abkhazia war",
    """TBILISI (Civil.ge) - Georgia has [[about 293,000 internally displaced people|displaced;
    a=the Ministry of Internally Displaced Persons;n=people]] registered, most of them from
    Abkhazia, according to the Ministry of Internally Displaced Persons, which puts the number of
    displaced families at [[around 91,000|displaced;u=household;a=the Ministry of Internally
    Displaced Persons]]. Since {{2009}}, [[more than 44,000 families|aid;a=the ministry;alt=the
    Ministry of Internally Displaced Persons]] have received durable housing, the ministry said,
    either new flats or the collective centres they lived in, privatised. [[About 33,000
    families|displaced;a=the ministry;alt=the Ministry of Internally Displaced Persons]] are
    still on the waiting list, the ministry said. [[Some 300 collective centres|capacity]] still
    house displaced people, many of them Soviet-era hotels and schools. The government plans
    to resettle [[4,000 families|aid;p;a=The government]] a year until {{2030}}.""",
)

item(
    "Ethnic Georgians in Gali face closed crossings",
    """ZUGDIDI, Georgia (RFE/RL) - [[About 45,000 ethnic Georgians|returned;a=UN estimates]] have gone back to the
    Gali district of Abkhazia since the war of {{1992-1993}}, many of them seasonally, according to
    UN estimates. The Abkhaz de facto authorities have closed [[four of six crossing
    points|other;u=other;n=points;a=the Georgian government]] on the Enguri river since {{2017}}, and only [[two crossing
    points|other;u=other;a=the Georgian government]] remain open, the Georgian government said. The Georgian government also
    said [[at least 14 people|killed;a=The Georgian government]] had died since {{2017}} trying to
    cross by unofficial routes or waiting for medical transfer. Abkhaz border guards detained
    [[more than 400 people|arrested;a=the EU Monitoring Mission]] for crossing illegally last
    year, the EU Monitoring Mission said. Before the closures, [[up to 1,500 people a day|other]] crossed the Enguri bridge. Schools in Gali stopped teaching in Georgian in
    {{2015}}, and [[about 4,000 pupils|other]] now study in Russian.""",
)

item(
    "Georgia condemns detentions along South Ossetian line",
    """TBILISI (Reuters) - Russian and South Ossetian forces detained [[39 Georgian
    citizens|arrested;a=Georgia's State Security Service]] along the dividing line in the first
    half of the year, Georgia's State Security Service said on Monday. [[At least 15|arrested;
    a=the service;alt=Georgia's State Security Service]] of them are still held in Tskhinvali, the
    service said. Since {{2009}}, [[more than 1,000 people|arrested;a=the service;alt=Georgia's State Security Service]] have been detained on charges of illegally crossing what Georgia calls the occupation line,
    the service says. The fencing and signs now run for {{more than 60
    km}}, cutting [[about 130 families|civilians;a=a local official]] off from their farmland, a local official said.
    Rights groups say [[as many as 60 people|arrested;a=Rights groups]] are detained in a typical year. The EU Monitoring Mission, which has [[about 200 monitors|other]] in Georgia, is not allowed to
    cross into South Ossetia.""",
)

item(
    "Two shepherds abducted near Khurvaleti, Tbilisi says",
    """TBILISI (Interpressnews) - [[Two Georgian shepherds|kidnapped;a=the State Security
    Service]] were abducted by South Ossetian forces while grazing sheep near the village of
    Khurvaleti on Tuesday, the State Security Service said. A {{third}} man escaped and raised the
    alarm. The service said [[four people|kidnapped;a=The service;alt=the State Security
    Service]] had been abducted from the same area since {{January}}. [[Three of them|kidnapped;
    n=-]] were freed after their families paid fines of {{2,000 roubles}}. Georgian rights groups say [[as many as 12 Khurvaleti residents|arrested;a=Georgian rights groups]] were detained in the same period and [[about 30 sheep|other;a=Georgian rights groups]] were taken. The EU Monitoring
    Mission activated its hotline with Russian forces. In {{2019}} a man from Khurvaleti died in
    custody in Tskhinvali, {{40 days}} after he was detained. [[Some 80 residents|civilians]] are
    left in Khurvaleti, which now lies beside a fence.""",
)

item(
    "Tserovani settlement, built in months, still home to 2008 war's displaced",
    """TSEROVANI, Georgia (AFP) - The settlement of Tserovani was built in {{2008}} for [[about
    6,000 people|capacity]] displaced from South Ossetia by the war that {{August}}. It has [[2,000
    cottages|housing;u=structure]], [[two schools|other]] and a clinic. [[About 1,800
    families|displaced;a=the settlement's administrator]] still live there, the settlement's
    administrator said. Many of the cottages have never been insulated, and [[about 150
    houses|housing]] were repaired last year. Across Georgia, [[about 26,000 people|displaced;
    a=UNHCR]] from the {{2008}} war cannot return, UNHCR said. [[Several hundred people|returned]] returned to Akhalgori district in the first years after the war.""",
)

item(
    "Shusha rebuilds its old quarter, waits for residents",
    """SHUSHA, Azerbaijan (Azertac) - [[Around 1,000 former residents|returned;a=the Shusha
    City State Reserve Administration]] have returned to Shusha since the first apartments were
    handed over, the Shusha City State Reserve Administration said on Monday. Workers have
    rebuilt [[25 apartment buildings|housing;a=the administration;alt=the Shusha City State Reserve Administration]] and restored [[about 300 historic houses|housing;
    a=the administration;alt=the Shusha City State Reserve Administration]], the administration
    said. A further [[2,500 flats|housing;p]] are planned for {{2026}}. Before the first war, Shusha
    had [[about 24,000 residents|civilians]], most of them Azerbaijanis. The city was named
    the cultural capital of Azerbaijan in {{2021}}. Its airport opens in {{2025}}. The city is being rebuilt to house [[up to 25,000 people|capacity;p;a=officials]] by {{2030}}, officials say.""",
)

item(
    "Azerbaijan closes last collective centres in Baku dormitories",
    """BAKU (Turan) - The State Committee for Affairs of Refugees and IDPs said on Wednesday it had
    moved the last [[116 families|aid;a=The State Committee for Affairs of Refugees and IDPs]]
    out of a former student dormitory in Baku's Yasamal district into new flats in a settlement
    outside the city. The dormitory had housed [[about 500 people|displaced]] since {{1993}}.
    [[Another 2,300 families|aid;p;a=the committee;alt=The State Committee for Affairs of
    Refugees and IDPs]] are to be given flats this year, the committee said. Since {{2020}}, [[about
    9,000 families|returned]] who had lived in such buildings have instead moved back to the
    districts of Lachin, Fuzuli, Zangilan and Aghdam. The new settlement was built for [[up to 3,000 families|capacity]]. [[About 40 collective centres|capacity;a=the committee;alt=The State Committee for Affairs of Refugees and IDPs]] remain in use in Baku, the committee said. Critics say the new settlements are far from work.""",
)

item(
    "HALO Trust clears minefields near Armenia's border villages",
    """IJEVAN, Armenia (Armenpress) - Mines laid in the {{1990s}} have killed [[at least 17
    civilians|killed;a=the HALO Trust]] and injured [[about 50|injured;a=the HALO Trust]] in
    Armenia's Tavush province since the first war, the HALO Trust said on Thursday. The charity
    said its [[120 deminers|other;a=The charity;alt=the HALO Trust]] had destroyed [[more than 3,000
    mines|other;a=The charity;alt=the HALO Trust]] in Armenia since {{2020}}. Villagers in Berdavan
    and Chinari still avoid [[dozens of fields|other;u=other;n=fields]] along the border. The
    charity plans to clear [[about 40 minefields|other;p;u=other;a=The charity;alt=the HALO
    Trust]] by {{2027}}. The work is funded by the United States and the United Kingdom.""",
)

item(
    "Kalbajar's first residents return as Istisu water plant reopens",
    """KALBAJAR, Azerbaijan (Trend) - [[About 130 families|returned;a=the district's special
    representative office]] have moved back to the town of Kalbajar, the district's special
    representative office said on Tuesday. [[Another 400 families|returned;p;a=the office;
    alt=the district's special representative office]] are expected to move by the end of the
    year, the office said. The new Istisu mineral water plant employs [[more than 200
    people|other]], many of them returnees. Workers have built [[350 homes|housing]] in the town
    and a hostel for [[150 construction workers|capacity]]. The town is being rebuilt for [[up to 1,000 families|capacity;p]]. Kalbajar, which lies about {{2,000
    metres}} above sea level, was taken by Armenian forces in {{April 1993}} and handed back in
    {{November 2020}}. [[About 60,000 people|displaced]] fled the district in {{1993}}.""",
)

item(
    "Georgia budgets more for housing of displaced persons",
    """TBILISI (Agenda.ge) - Georgia's budget for {{2025}} allocates {{GEL 150 million}} to
    housing for internally displaced persons, up {{12%}} from {{2024}}, the finance ministry
    said. The money will buy flats in Tbilisi, Kutaisi and Zugdidi and repair buildings first
    occupied in {{1993}}. Monthly allowances of {{GEL 45}} per person will continue, the ministry
    said. The programme, in place since {{2007}}, has cost more than {{GEL 1.5 billion}}. The
    deadline for applications is {{31 March}}.""",
)

item(
    "Baku's reconstruction bill rises as Victory Road opens",
    """BAKU (Report) - Azerbaijan will spend {{4.1 billion manat}} on rebuilding the retaken
    districts in {{2025}}, about {{9%}} of the state budget, the finance ministry said. Spending
    has totalled more than {{20 billion manat}} since {{2021}}. The new Horadiz-Aghband highway,
    {{124 km}} long, opened on {{22 December}}, and a railway line to Zangilan is due in
    {{2026}}. The government says the {{second}} state programme will run from {{2026}} to
    {{2030}}.""",
)
