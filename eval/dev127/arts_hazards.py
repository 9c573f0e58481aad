"""Disasters and accidents and who counts them: emergency agencies, chief ministers, collectors,
fire services, coast guards, ministers, mayors, survivors and rival official tolls (12
articles with figures, 1 without)."""

from _wrap import item

item(
    "Gansu earthquake death toll rises to 127",
    """LANZHOU, {{December 19}} (Xinhua) -- The death toll from a {{magnitude-6.2}} earthquake
    that struck Jishishan County in northwest China's Gansu Province late Monday has risen to
    [[127|killed;a=local authorities]], with [[113|killed;a=local authorities]] in Gansu and
    [[14|killed;a=local authorities]] in neighboring Qinghai Province, local authorities said
    Tuesday. In Gansu, [[782 people|injured;a=the provincial emergency management department]]
    were injured, the provincial emergency management department said at a press conference.
    The quake destroyed [[over 14,900 houses|housing;a=the provincial government]], according
    to the provincial government. [[About 1,400 rescuers|other]] from the fire service, armed
    police, the army and local militia, as well as [[over 100 vehicles|other]], have been
    dispatched to the quake zone. The Ministry of Emergency Management has sent
    [[2,500 tents|aid;a=The Ministry of Emergency Management]],
    [[5,000 folding beds|aid;a=The Ministry of Emergency Management]] and
    [[10,000 quilts|aid;u=other;a=The Ministry of Emergency Management]] to the affected
    areas, the ministry said. The quake struck at {{23:59}} Monday (Beijing Time) at a depth of
    {{10 km}}, according to the China Earthquake Networks Center. Night temperatures in the
    area have dropped to minus {{15 degrees Celsius}}.""",
)

item(
    "Wayanad landslides: toll rises to 308, over 200 still missing",
    """The death toll in the landslides that hit Mundakkai and Chooralmala in Wayanad rose to
    [[308|killed;a=the Chief Minister's Office]] on Friday, the Chief Minister's Office said.
    The Revenue Minister told reporters in Meppadi that
    [[over 200 people|missing;a=The Revenue Minister]] were still missing and that the search
    would continue along the Chaliyar river. District Collector Anupama Das said
    [[9,328 people|displaced;a=District Collector Anupama Das]] from
    [[2,704 families|displaced;a=District Collector Anupama Das]] were staying in
    [[91 relief camps|capacity;a=District Collector Anupama Das]] in the district. The Army
    said its teams had rescued [[over 1,000 people|other;a=The Army]] and built a
    {{190-foot}} Bailey bridge to reach Mundakkai. Post-mortem examinations had been completed
    on [[196 bodies|killed;a=the Health Department]], the Health Department said. Residents
    said [[nearly 400 houses|housing;a=Residents]] in Mundakkai had been washed away. The
    landslides struck between {{2am}} and {{4am}} on {{July 30}} after {{572 mm}} of rain fell
    in {{48 hours}}.""",
)

item(
    "Rain-related incidents claim 64 lives since June 26: NDMA",
    """[[At least 64 people|killed;a=the National Disaster Management Authority (NDMA)]]
    have been killed in rain-related incidents across the country since {{June 26}}, the
    National Disaster Management Authority (NDMA) said on Sunday. According to the NDMA,
    [[117 people|injured;a=the NDMA]] have been injured and
    [[over 1,000 houses|housing;a=the NDMA]] damaged. The authority said Punjab bore the brunt
    with [[40 deaths|killed;a=The authority;alt=the National Disaster Management Authority
    (NDMA)]], followed by Khyber Pakhtunkhwa with [[12|killed;a=The authority;alt=the National
    Disaster Management Authority (NDMA)]]. The Provincial Disaster Management Authority (PDMA)
    Punjab, however, put the province's toll at [[46|killed;a=The Provincial Disaster
    Management Authority (PDMA) Punjab]]. {{Rescue 1122}} spokesperson Farooq Ahmed said its teams
    had evacuated [[over 2,500 people|displaced;a=Rescue 1122 spokesperson Farooq Ahmed]] from
    low-lying areas of Lahore, where {{350mm}} of rain fell in {{10 hours}}. The Lahore
    Electric Supply Company (Lesco) said [[over 400 feeders|other;u=other;a=The Lahore
    Electric Supply Company (Lesco)]] had tripped, leaving large parts of the city without
    power.""",
)

item(
    "Kristine death toll climbs to 126; 28 still missing",
    """The death toll from Severe Tropical Storm Kristine (Trami) has climbed to
    [[126|killed;a=the National Disaster Risk Reduction and Management Council (NDRRMC)]],
    with [[28|missing;a=the National Disaster Risk Reduction and Management Council
    (NDRRMC)]] still missing, the National Disaster Risk Reduction and Management Council
    (NDRRMC) said on Monday. [[Eighty-five|killed;a=the National Disaster Risk Reduction and
    Management Council (NDRRMC)]] of the deaths were in the Bicol region, it said. Bicol
    police, however, reported [[91 deaths|killed;a=Bicol police]] in the region, citing
    reports from municipal police stations. OCD Bicol spokesperson Rachel Abad said
    [[over 400,000 residents|displaced;a=OCD Bicol spokesperson Rachel Abad]] were still in
    evacuation centers on Monday. NDRRMC data show
    [[8.9 million people|civilians;v=8900000;a=NDRRMC]] were affected nationwide.
    [[Some 56,000 houses|housing;a=the council;alt=the National Disaster Risk Reduction and
    Management Council (NDRRMC)]] were damaged, [[over 4,000|housing;u=structure;a=the council;alt=the
    National Disaster Risk Reduction and Management Council (NDRRMC)]] of them totally,
    according to the council. The Philippine Coast Guard said
    [[over 6,000 passengers|other;a=The Philippine Coast Guard]] were stranded in ports as
    sea travel was suspended.""",
)

item(
    "Mai Mahiu dam burst toll rises to 61 as search continues",
    """The death toll from the Old Kijabe Dam burst in Mai Mahiu has risen to
    [[61|killed;a=Nakuru County Commissioner Joseph Kariuki]], Nakuru County Commissioner
    Joseph Kariuki said on Thursday. He said [[49 people|missing;a=Nakuru County Commissioner
    Joseph Kariuki]] were still missing as rescuers dug through mud along the Kijabe-Mai Mahiu
    road. The Kenya Red Cross said it had registered
    [[more than 300 households|displaced;a=The Kenya Red Cross]] at
    [[two camps|capacity;a=The Kenya Red Cross]] set up at Mai Mahiu primary school and a
    nearby church. [[About 40 houses|housing]] were swept away when the water broke through
    in the early hours of Monday. The Kenya Defence Forces deployed
    [[two helicopters|other]] to search the valley. Nationwide, floods have killed
    [[238 people|killed;a=government spokesman Daniel Omondi]] since March and displaced
    [[over 235,000|displaced;a=government spokesman Daniel Omondi]], government spokesman
    Daniel Omondi said. President Ruto ordered an inspection of all public and private dams
    within {{14 days}}.""",
)

item(
    "Morocco earthquake toll rises above 2,400",
    """The death toll from Morocco's most powerful earthquake in decades rose to
    [[2,497|killed;a=the interior ministry]] on Monday, with
    [[2,476 people|injured;a=the interior ministry]] injured,
    [[1,380|injured;a=the interior ministry]] of them seriously, the interior ministry said.
    [[1,293|killed;a=the ministry;alt=the interior ministry]] of the deaths were in Al-Haouz
    province, the epicentre, the ministry said. Moroccan state TV reported, citing local
    authorities, that [[about 18,000 families|civilians;a=Moroccan state TV]] had been
    affected in Al-Haouz alone. Spain's defence ministry said it had sent
    [[56 rescuers|other;a=Spain's defence ministry]] and
    [[four sniffer dogs|other;u=other;a=Spain's defence ministry]]. In the mountain village
    of Tafeghaghte, [[about 90|killed;a=a villager]] of its
    [[200 residents|civilians;a=a villager]] had died, a villager told AFP. [[More than
    50,000 homes|housing;a=the government]] were damaged (according to the government). The
    {{6.8}}-magnitude quake struck at {{11:11 pm}} on Friday, {{72 kilometres}} southwest of
    Marrakesh.""",
)

item(
    "Niger State boat accident: 24 dead, dozens missing",
    """[[At least 24 people|killed;a=officials]] have died after a boat
    carrying traders to a market capsized on the River Niger in Niger State, officials say.
    The Niger State Emergency Management Agency (NSEMA) said the wooden vessel was carrying
    [[over 100 passengers|other;a=The Niger State Emergency Management Agency (NSEMA)]] when
    it hit a submerged tree stump near Mokwa. NSEMA director-general Salihu Garba said
    [[12 people|other;a=NSEMA director-general Salihu Garba]] had been rescued alive. Local
    officials put the number of missing at [[more than 70|missing;a=Local officials]]. The
    boat was also carrying [[200 bags|other;a=Salihu Garba]] of grain, Salihu Garba said. A
    survivor, Aliyu Musa, told BBC Hausa that [[more than 150|other;a=Aliyu Musa]] had been
    on board. Nigeria's Federal Inland Waterways Authority says
    [[more than 200 people|killed;a=Nigeria's Federal Inland Waterways Authority]] have
    drowned in [[at least 15 accidents|other;u=other;a=Nigeria's Federal Inland Waterways
    Authority]] on the country's rivers this year, most blamed on overloading and the lack of
    life jackets.""",
)

item(
    "Fire at garment factory near Dhaka kills 17",
    """A fire at a garment factory in Gazipur, outside Dhaka, killed
    [[at least 17 workers|killed;a=fire service officials]] on Tuesday, fire service officials
    said. Fire Service and Civil Defence spokesman Anwarul Islam said
    [[18 fire engines|other;u=other;a=Fire Service and Civil Defence spokesman Anwarul
    Islam]] and [[about 120 firefighters|other;a=Fire Service and Civil Defence spokesman
    Anwarul Islam]] took {{six hours}} to bring the blaze under control.
    [[About 400 workers|other;a=the factory's management]] were inside when the fire broke out
    on the {{fourth}} floor, according to the factory's management. Police said
    [[25 injured workers|injured;a=Police]] were taken to Dhaka Medical College Hospital,
    where [[eight|injured;a=a doctor there]] were in critical condition, a doctor there said.
    Union leaders said [[at least six workers|missing;a=Union leaders]] were unaccounted for.
    The factory, which makes sweaters for European retailers, employs
    [[about 2,500 workers|other]]. [[At least 1,134 people|killed]] died in the Rana Plaza
    building collapse in {{2013}}, the worst disaster in the industry's history.""",
)

item(
    "Zonguldak mine blast death toll rises to 28",
    """The death toll from a methane explosion at a coal mine in Türkiye's northern Zonguldak
    province has risen to [[28|killed;a=Energy and Natural Resources Minister Ahmet
    Kaya]], Energy and Natural Resources Minister Ahmet Kaya said on Saturday. There were
    [[110 miners|other;a=the minister;alt=Energy and Natural Resources Minister Ahmet Kaya]]
    underground at the time of the blast, [[58|other;a=the minister;alt=Energy and Natural
    Resources Minister Ahmet Kaya]] of whom escaped on their own, the minister said.
    [[Eleven miners|injured;a=the Health Minister]] are being treated in hospitals,
    [[two|injured;a=the Health Minister]] of them in serious condition, the Health Minister
    said on X. The Disaster and Emergency Management Authority (AFAD) said
    [[over 700 personnel|other;a=The Disaster and Emergency Management Authority (AFAD)]] were
    taking part in the search. [[Five miners|civilians;a=AFAD]] are still trapped about
    {{300 meters}} below ground, AFAD said. The Zonguldak Chief Public Prosecutor's Office
    said [[four people|arrested;a=The Zonguldak Chief Public Prosecutor's Office]], including
    the mine's manager, had been detained as part of an investigation into the blast.""",
)

item(
    "Valencia flood toll rises to 211 as missing count is disputed",
    """The death toll from the floods that devastated the province of Valencia rose to
    [[211|killed;a=the regional government's emergency coordination centre]] on Sunday,
    according to the regional government's emergency coordination centre. The Civil Guard
    said [[78 people|missing;a=The Civil Guard]] were still missing, while the Superior Court
    of Justice of Valencia, which handles missing-person reports, put the number at
    [[89|missing;a=the Superior Court of Justice of Valencia]]. Spain's Interior Ministry said
    [[7,800 soldiers|combatants;a=Spain's Interior Ministry]] and
    [[10,000 police officers and civil guards|combatants;a=Spain's Interior Ministry;n=police
    officers and civil guards]] had been deployed to the area, the largest peacetime
    deployment in the country's history. Paiporta's mayor, Carmen Puig, said
    [[at least 62 residents|killed;a=Carmen Puig]] of the town had died. The Insurance
    Compensation Consortium said it had received
    [[more than 120,000 claims|other;u=other;a=The Insurance Compensation Consortium]] for
    damaged cars, and authorities estimate that [[about 140,000 vehicles|other;a=authorities]]
    were destroyed. The state weather agency Aemet recorded
    {{491 litres per square metre}} in Chiva in {{eight hours}}, almost a year's rain. The regional government has been criticised for sending a mobile
    phone alert at {{8:11pm}}, more than {{two hours}} after water had begun to flood some
    towns. Volunteers have flocked to the worst-hit suburbs south of the city with brooms and
    shovels. King Felipe and Prime Minister Pedro Sánchez were pelted with mud during a visit
    to Paiporta on Sunday.""",
)

item(
    "Derna flood toll: officials, UN give conflicting figures",
    """Officials in eastern Libya have given sharply different death tolls from the floods
    that swept through Derna after Storm Daniel burst the dams above the city. The health
    minister of the eastern-based administration, Salem Ghaith, said on Thursday that
    [[3,166 people|killed;a=Salem Ghaith]] had died. The UN humanitarian office, OCHA, citing
    the Libyan Red Crescent, had initially reported [[11,300 deaths|killed;a=OCHA]] and
    [[10,100 people|missing;a=OCHA]] missing, before revising its figures. The World Health
    Organization has confirmed [[3,958 deaths|killed;a=The World Health Organization]].
    Derna's mayor told Al Arabiya television that the toll could reach
    [[between 18,000 and 20,000|killed;p;a=Derna's mayor]]. The International Organization
    for Migration said [[more than 43,000 people|displaced;a=The International Organization
    for Migration]] had been displaced across the northeast. [[More than 2,200 buildings|housing;a=UNOSAT]]
    in Derna were destroyed or damaged, according to satellite analysis by UNOSAT. Search
    teams from [[eight countries|other;u=other]] were working in the city, where whole
    neighbourhoods were swept into the sea. Libya has been split between rival administrations in the east
    and the west since {{2014}}, which has complicated the relief effort. The dams, built in
    the {{1970s}}, had not been maintained for years despite repeated warnings, according to a
    {{2022}} study by a local hydrologist. Residents have protested outside the city's main
    mosque to demand accountability.""",
)

item(
    "More than 1,300 died during Hajj amid extreme heat, Saudi Arabia says",
    """[[More than 1,300 people|killed;a=Saudi Arabia]] died during this year's Hajj as
    pilgrims faced extreme temperatures in Mecca, Saudi Arabia said Sunday, adding that
    {{83%}} of them were not authorized to perform the pilgrimage. Arab diplomats coordinating
    their countries' response told The Associated Press that Egypt alone accounted for
    [[658 deaths|killed;a=Arab diplomats]], [[630|killed;a=Arab diplomats]] of them
    unregistered pilgrims. Jordan's Foreign Ministry said
    [[99 Jordanians|killed;a=Jordan's Foreign Ministry]] had died, and Indonesia's religious
    affairs ministry put its toll at [[199|killed;a=Indonesia's religious affairs
    ministry]]. Tunisian state news agency TAP said
    [[49 Tunisian pilgrims|killed;a=Tunisian state news agency TAP]] had died. Temperatures
    reached {{51.8 C}} in Mecca on Monday. Saudi authorities said
    [[more than 1.8 million pilgrims|other;a=Saudi authorities]] took part in the Hajj and
    that medics had treated [[over 2,700 people|injured;a=Saudi authorities]] for heat
    exhaustion.""",
)

item(
    "Cyclone to make landfall near Puri tonight, IMD warns",
    """The India Meteorological Department (IMD) on Thursday said the severe cyclonic storm
    over the Bay of Bengal would cross the Odisha coast near Puri between {{10pm}} and
    midnight, with wind speeds of {{110-120 kmph}} gusting to {{135 kmph}}. The IMD issued a
    red alert for coastal districts, warning of extremely heavy rainfall of more than
    {{20 cm}} in {{24 hours}}. Ports at Paradip and Gopalpur hoisted {{Signal 7}}. Fishermen
    have been told not to venture into the sea until {{October 27}}. The storm is the
    {{second}} to hit the State this season and the strongest since Cyclone Fani in {{2019}}.
    Schools in coastal districts will stay shut on Friday, the State government said. The IMD
    said the system was moving north-northwest at {{15 kmph}}.""",
)
