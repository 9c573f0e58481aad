"""Xinhua (at home and on its Asian and African desks), Bernama, Antara and VNA: earthquakes,
a typhoon, floods, a landslide, attacks in Pakistan, Somalia, Papua and Darfur, immigration
raids, Rohingya landings, Afghan returns, citizens brought back from scam compounds and a GDP
release (13 dispatches with figures, 1 without)."""

from _wrap import item

item(
    "Death toll rises to 126 in Xizang earthquake",
    """The death toll from the {{6.8}}-magnitude earthquake that jolted Dingri County in Xigaze,
    southwest China's Xizang Autonomous Region, has risen to [[126|killed;a=local authorities]],
    with [[188 people|injured;a=local authorities]] injured, local authorities said at a press
    conference on Tuesday evening. A total of [[3,609 houses|housing;a=the regional emergency
    management department]] collapsed and [[over 30,000 people|displaced;a=the regional emergency
    management department]] have been relocated to safe places, according to the regional emergency
    management department. As of {{7 p.m.}}, [[407 people|other]] had been rescued from the debris.
    [[More than 1,500 firefighters and rescuers|other;n=firefighters and rescuers]] have been
    dispatched to the quake zone, and [[22,000 items|aid]] of relief supplies, including cotton
    tents, coats, quilts and folding beds, have been allocated. The quake struck at {{9:05 a.m.}} at
    a depth of {{10 km}}, according to the China Earthquake Networks Center (CENC). [[Some 61,000
    residents|civilians;a=the CENC;alt=the China Earthquake Networks Center (CENC)]] live within
    {{20 km}} of the epicentre, the CENC said. The Ministry of Finance and the Ministry of Emergency
    Management have allocated {{100 million yuan}} for disaster relief. Temperatures in the area
    dropped to {{minus 18 degrees Celsius}} at night, complicating the rescue work, according to the
    local meteorological bureau. The country's top leadership called for all-out efforts in search
    and rescue to minimize casualties and properly resettle the affected residents. The earthquake
    was also felt in Kathmandu, the capital of Nepal, and in parts of India and Bhutan. The area
    lies on the boundary between the Indian and Eurasian plates and has experienced several strong
    earthquakes since {{1950}}.""",
)

item(
    "12 soldiers killed, 6 terrorists neutralized in attack in northwest Pakistan",
    """[[Twelve Pakistani soldiers|killed;a=the military's media wing]] were killed and [[six
    terrorists|killed;a=the military's media wing]] neutralized in an exchange of fire after
    militants attacked a security forces' check post in northwest Pakistan's Khyber Pakhtunkhwa
    province, the military's media wing said on Friday. The Inter-Services Public Relations (ISPR)
    said in a statement that a group of [[about 30 terrorists|combatants;a=The Inter-Services Public
    Relations (ISPR)]] tried to storm the post in the Dera Ismail Khan district before dawn. [[Five
    soldiers|injured;a=local hospital sources]] were also injured, [[two of them|injured;n=-;a=local
    hospital sources]] critically, and were shifted to the Combined Military Hospital, according to
    local hospital sources. Pakistan witnessed [[over 650 terrorist attacks|other;u=other;a=the
    Pakistan Institute for Conflict and Security Studies]] in {{2023}}, killing [[more than 1,000
    people|killed;a=the Pakistan Institute for Conflict and Security Studies]], according to the
    Pakistan Institute for Conflict and Security Studies, an Islamabad-based think tank.""",
)

item(
    "Somali forces end hotel siege in Mogadishu, 21 dead",
    """Somali security forces on Sunday ended a {{30-hour}} siege by al-Shabaab militants at a hotel
    in Mogadishu, the capital, leaving [[at least 21 people|killed;a=a senior police officer]] dead
    and [[117 others|injured;a=a senior police officer]] injured, a senior police officer said.
    Police spokesman Abdifatah Aden Hassan told journalists that [[the six attackers|killed;a=Police
    spokesman Abdifatah Aden Hassan]] were killed and that security forces had rescued [[106
    people|other;a=Police spokesman Abdifatah Aden Hassan]], including women and children, who were
    trapped in the building. The Ministry of Health said [[15 of the injured|injured;n=-;a=The
    Ministry of Health]] were in critical condition. The al-Qaida-linked group has been fighting the
    Somali government for {{more than 15 years}}. The African Union Transition Mission in Somalia
    (ATMIS) has [[about 19,000 troops|combatants]] in the country, and their number is set to be
    reduced by [[4,000|combatants;p]] by the end of the year.""",
)

item(
    "Floods: number of victims at relief centres rises to 122,157",
    """The number of flood victims at temporary relief centres (PPS) rose to [[122,157
    people|displaced;a=the National Disaster Management Agency (NADMA)]] from [[34,082
    families|displaced;a=the National Disaster Management Agency (NADMA)]] as of {{8 am}} today,
    compared to [[94,519 people|displaced;a=the National Disaster Management Agency (NADMA)]] last
    night, according to the National Disaster Management Agency (NADMA). A total of [[567
    PPS|capacity;u=structure]] are still open in Kelantan, Terengganu, Pahang, Perak, Johor, Kedah,
    Perlis and Selangor. Kelantan recorded the highest number of victims with [[82,034
    people|displaced]] at [[264 PPS|capacity;u=structure]], followed by Terengganu with [[23,890
    victims|displaced]] from [[6,411 families|displaced]]. According to the Public Infobanjir
    portal, [[31 rivers|other;u=other;a=the Public Infobanjir portal]] in the peninsula are at the
    danger level. Meanwhile, the death toll rose to [[four|killed;a=Kelantan police chief Datuk Mohd
    Yusri Hamzah;alt=Mohd Yusri Hamzah]] after the body of a {{67-year-old}} man was found in a
    paddy field in Pasir Mas, said Kelantan police chief Datuk Mohd Yusri Hamzah.""",
)

item(
    "Immigration detains 1,023 illegal immigrants in nationwide ops",
    """The Immigration Department detained [[1,023 illegal immigrants|arrested;a=Immigration
    director-general Datuk Seri Khairul Anuar Hamzah;alt=Khairul Anuar Hamzah]] in [[215
    operations|other;u=other;a=Immigration director-general Datuk Seri Khairul Anuar
    Hamzah;alt=Khairul Anuar Hamzah]] carried out nationwide from {{Jan 1}} to {{March 15}}, said
    Immigration director-general Datuk Seri Khairul Anuar Hamzah. He said [[4,512
    foreigners|other;a=Immigration director-general Datuk Seri Khairul Anuar Hamzah;alt=Khairul
    Anuar Hamzah]] were checked during the operations at construction sites, plantations and
    entertainment outlets. Among those detained were [[412 Indonesians|arrested]], [[301 Myanmar
    nationals|arrested]] and [[156 Bangladeshis|arrested]], while the rest were from various other
    countries. [[Twenty-three employers|arrested]] were also detained for hiring foreigners without
    valid permits. Khairul Anuar said [[about 14,800 detainees|arrested;a=Khairul Anuar;alt=Khairul
    Anuar Hamzah]] are currently held in the immigration depots nationwide, which have a capacity of
    [[12,530|capacity;a=Khairul Anuar;alt=Khairul Anuar Hamzah]]. Last year, [[38,500 illegal
    immigrants|returned]] were deported to their countries of origin.""",
)

item(
    "BNPB: some 15,000 refugees in Mamuju and Majene after M6.2 quake",
    """The National Disaster Mitigation Agency (BNPB) recorded [[91 people|killed;a=The National
    Disaster Mitigation Agency (BNPB)]] dead, [[1,172 people|injured;a=The National Disaster
    Mitigation Agency (BNPB)]] injured and [[some 15,000 residents|displaced;a=The National Disaster
    Mitigation Agency (BNPB)]] taking refuge at [[25 refugee points|capacity;a=The National Disaster
    Mitigation Agency (BNPB)]] as a result of the magnitude {{6.2}} earthquake that rocked West
    Sulawesi. Head of BNPB's Disaster Data, Information and Communication Center Abdul Muhaimin in
    Jakarta on Monday said the number of refugees in Mamuju District reached [[12,300
    people|displaced;a=Head of BNPB's Disaster Data, Information and Communication Center Abdul
    Muhaimin;alt=Abdul Muhaimin]], while in Majene District there were [[3,200
    refugees|displaced;a=Head of BNPB's Disaster Data, Information and Communication Center Abdul
    Muhaimin;alt=Abdul Muhaimin]]. In terms of infrastructure, [[2,345 houses|housing;a=Abdul
    Muhaimin]] were heavily damaged, [[1,720|housing;u=structure;a=Abdul Muhaimin]] moderately
    damaged and [[3,156|housing;u=structure;a=Abdul Muhaimin]] lightly damaged, he said.
    Additionally, [[seven health facilities|housing]] were damaged, including the Mitra Manakarra
    Hospital, which collapsed.""",
)

item(
    "Armed criminal group shoots dead two construction workers in Intan Jaya",
    """[[Two construction workers|killed;a=Head of the Cartenz Peace Task Force's Public
    Relations;alt=Senior Commissioner Bayu Suryanto;alt=Bayu Suryanto]] were shot dead by members of
    the Armed Criminal Group (KKB) in Intan Jaya District, Central Papua, on Wednesday ({{15/3}}),
    Head of the Cartenz Peace Task Force's Public Relations, Senior Commissioner Bayu Suryanto, said
    here on Thursday. The victims, {{aged 24 and 31}}, were working on a bridge project when they
    were attacked. The joint TNI-Polri security forces have evacuated [[45 workers|displaced;a=Head
    of the Cartenz Peace Task Force's Public Relations;alt=Bayu Suryanto]] from the construction
    site to Sugapa, he said. According to him, [[not fewer than 300
    residents|displaced;q=at_least;a=Head of the Cartenz Peace Task Force's Public
    Relations;alt=Bayu Suryanto]] of [[four villages|other;a=Head of the Cartenz Peace Task Force's
    Public Relations;alt=Bayu Suryanto]] have also sought refuge at the Catholic church and the
    sub-district office. Bayu said [[some thirty personnel|combatants;p;a=Bayu;alt=Bayu Suryanto]]
    of the Brimob would be deployed to reinforce security in the area. Throughout {{2023}}, the KKB
    committed [[more than 100 acts|other;u=other;a=the Cartenz Peace Task Force]] of violence that
    killed [[79 people|killed;a=the Cartenz Peace Task Force]], including [[37
    civilians|killed;a=the Cartenz Peace Task Force]] and [[20 TNI soldiers|killed;a=the Cartenz
    Peace Task Force]], according to data from the Cartenz Peace Task Force.""",
)

item(
    "Typhoon Yagi and floods leave 291 dead, 38 missing in northern localities",
    """As of {{6 a.m.}} on {{September 12}}, typhoon Yagi and the ensuing floods and landslides had
    left [[291 people|killed;a=the Central Steering Committee for Natural Disaster Prevention and
    Control]] dead and [[38 others|missing;a=the Central Steering Committee for Natural Disaster
    Prevention and Control]] missing, and injured [[1,929 people|injured;a=the Central Steering
    Committee for Natural Disaster Prevention and Control]] in northern localities, according to the
    Central Steering Committee for Natural Disaster Prevention and Control. The northern mountainous
    province of Lao Cai suffered the heaviest losses with [[113 deaths|killed]] and [[26 missing
    people|missing]], most of them in Lang Nu village of Bao Yen district, which was swept away by a
    flash flood. [[Nearly 239,000 houses|housing;a=the committee;alt=the Central Steering Committee
    for Natural Disaster Prevention and Control]] were damaged or had their roofs blown off, [[3,160
    houses|housing;a=the committee;alt=the Central Steering Committee for Natural Disaster
    Prevention and Control]] were flooded, and {{over 250,000 hectares}} of rice and crops were
    submerged, the committee said. [[Nearly 190,000 people|displaced]] had been evacuated to safe
    places before the storm made landfall. The Ministry of National Defence mobilized [[more than
    460,000 officers and soldiers|combatants;n=officers and soldiers]] and [[1,227 vehicles|other]]
    of various kinds to help people overcome the consequences of the storm. Typhoon Yagi, the
    strongest storm to hit the northern region in {{three decades}}, made landfall in Quang Ninh and
    Hai Phong on {{September 7}} with winds of {{up to 149 km per hour}}. On {{September 9}}, a
    section of the Phong Chau bridge over the Red River in Phu Tho province collapsed, sweeping
    passing vehicles into the water. The Prime Minister requested ministries and localities to
    ensure that no one is left hungry or without shelter, and the Government has allocated {{VND 100
    billion}} to each of the hardest-hit provinces. Preliminary estimates put the economic losses at
    around {{VND 40 trillion}} ({{1.6 billion USD}}), and the storm is expected to reduce GDP growth
    by {{0.15 percentage points}} this year, according to the Ministry of Planning and
    Investment.""",
)

item(
    "264 Vietnamese citizens rescued from online scam compounds received at Moc Bai",
    """The Tay Ninh provincial Border Guard Command on {{March 20}} received [[264 Vietnamese
    citizens|returned]] handed over by Cambodian authorities after they were rescued from online
    scam establishments in Bavet city. Among them were [[72 women|returned;a=Lieutenant Colonel
    Nguyen Van Luong;alt=Nguyen Van Luong]] and [[five minors|returned;a=Lieutenant Colonel Nguyen
    Van Luong;alt=Nguyen Van Luong]], Lieutenant Colonel Nguyen Van Luong, deputy commander of the
    provincial Border Guard, said. According to the initial verification, [[13 people|arrested]] are
    suspected of organizing illegal exit and have been handed over to the provincial police for
    investigation. Last week, [[more than 700 Vietnamese|kidnapped]] were freed in raids on [[three
    compounds|other;u=structure]] in Sihanoukville. Since the beginning of the year, the Ministry of
    Foreign Affairs has coordinated with Cambodian, Myanmar and Lao authorities to rescue and bring
    home [[more than 2,100 citizens|returned;a=a ministry spokesperson]], a ministry spokesperson
    said. Vietnamese police estimate that [[about 10,000 Vietnamese|kidnapped;a=Vietnamese police]]
    are still being held in such compounds in the region.""",
)

item(
    "Landslide leaves 8 dead, 36 missing in SW China's Yunnan",
    """[[Eight people|killed;a=local authorities]] were killed and [[36 others|missing;a=local
    authorities]] remain missing after a landslide struck a village in Zhenxiong County, southwest
    China's Yunnan Province, at {{5:51 a.m.}} on Monday, local authorities said. [[More than 500
    residents|displaced;a=the county's emergency management bureau]] have been evacuated and [[over
    1,000 rescuers|other;a=the county's emergency management bureau]] dispatched to the site,
    according to the county's emergency management bureau. The cause of the landslide is under
    investigation.""",
)

item(
    "Over 120 killed in RSF attacks on El Fasher, Sudanese army says",
    """[[More than 120 civilians|killed;a=the Sudanese Armed Forces (SAF)]] were killed and [[over
    230 others|injured;a=the Sudanese Armed Forces (SAF)]] injured in artillery shelling and drone
    attacks launched by the paramilitary Rapid Support Forces (RSF) on the city of El Fasher and the
    nearby Abu Shouk camp during the past week, the Sudanese Armed Forces (SAF) said on Sunday. The
    SAF said in a statement that its forces repelled an attack by the RSF from the eastern axis,
    killing [[hundreds of the militia's fighters|killed;a=The SAF;alt=the Sudanese Armed Forces
    (SAF)]] and destroying [[42 combat vehicles|other;a=The SAF;alt=the Sudanese Armed Forces
    (SAF)]]. The RSF has not commented on the statement. According to the International Organization
    for Migration, [[about 450,000 people|displaced;a=the International Organization for Migration]]
    have been displaced from El Fasher and surrounding areas since {{April}}, while [[some 500,000
    people|civilians;a=the International Organization for Migration]] in Zamzam camp are facing
    famine conditions. The conflict, which broke out in {{April 2023}}, has killed [[at least 20,000
    people|killed;a=the United Nations]] and displaced [[more than 14 million|displaced;a=the United
    Nations]], according to the United Nations. El Fasher is the last major city in the Darfur
    region that remains under the control of the army and its allies, after the RSF seized the other
    state capitals of Darfur in {{2023}}. The UN Security Council adopted in {{June}} {{Resolution
    2736}}, which demands that the RSF halt its siege of the city. Doctors Without Borders said the
    South Hospital, the last functioning public hospital in the city, was forced to close after
    being shelled on {{8 June}}. The Famine Review Committee confirmed famine conditions in Zamzam
    camp in {{August}}, the first such determination anywhere in the world since {{2017}}.""",
)

item(
    "137 Rohingya refugees land at Aceh beach, residents reject them",
    """A boat carrying [[137 Rohingya refugees|displaced;a=local officials]], comprising [[41
    men|displaced;a=local officials]], [[62 women|displaced;a=local officials]] and [[34
    children|displaced;a=local officials]], landed at Lamreh beach, Aceh Besar District, on Sunday
    morning, local officials said. The head of the local Panglima Laot, the customary fishermen's
    leader, Mr. Teuku Iskandar, said [[two refugees|killed;a=The head of the local Panglima
    Laot;alt=Teuku Iskandar;alt=Mr. Teuku Iskandar]] had died during the journey of about {{three
    weeks}} and their bodies were thrown into the sea. Residents rejected the arrivals and [[the 137
    refugees|displaced]] were later moved to the former Red Cross building in Banda Aceh. According
    to UNHCR, [[more than 1,500 Rohingya refugees|displaced;a=UNHCR]] have landed in Aceh since
    {{November}}, the largest wave since {{2015}}. Meanwhile, [[three suspected human
    smugglers|arrested;a=the police chief]], all of them Rohingya, have been arrested by Aceh Besar
    Police, the police chief said.""",
)

item(
    "Viet Nam's GDP grows 7.09 percent in 2024, exceeding target",
    """Viet Nam's gross domestic product (GDP) grew by an estimated {{7.09 percent}} in {{2024}},
    exceeding the target of {{6-6.5 percent}} set by the National Assembly, the General Statistics
    Office (GSO) announced at a press conference in Ha Noi on {{January 6}}. GDP in the {{fourth}}
    quarter rose {{7.55 percent}} year-on-year, the highest growth rate of the quarter in the
    {{2020-2024}} period. The scale of the economy at current prices reached {{476.3 billion USD}},
    and GDP per capita reached {{4,700 USD}}, an increase of {{377 USD}} compared to {{2023}}.
    Registered foreign direct investment fell {{3 percent}} to {{38.23 billion USD}}, while
    disbursed capital hit a record of {{25.35 billion USD}}, up {{9.4 percent}}. The consumer price
    index increased by {{3.63 percent}}, below the ceiling of {{4.5 percent}}.""",
)

item(
    "Over 1,900 Afghan families return home from Iran and Pakistan in one day",
    """[[1,932 Afghan refugee families|returned;a=the High Commission for Addressing Returnees'
    Problems]], comprising [[9,850 individuals|returned;a=the High Commission for Addressing
    Returnees' Problems]], returned home from neighbouring Iran and Pakistan on Tuesday, the High
    Commission for Addressing Returnees' Problems said on Wednesday. According to the commission,
    [[1,204 families|returned;a=the commission;alt=the High Commission for Addressing Returnees'
    Problems]] crossed through the Islam Qala border crossing from Iran and [[728
    families|returned;a=the commission;alt=the High Commission for Addressing Returnees' Problems]]
    through the Torkham crossing from Pakistan. Each returning family receives {{10,000 afghanis}}
    in cash assistance and food at the reception centres. The International Organization for
    Migration (IOM) estimated that [[more than 1.4 million Afghans|returned;a=The International
    Organization for Migration (IOM)]] returned or were forced to return from Iran and Pakistan in
    {{2025}}, [[more than 500,000|returned;a=The International Organization for Migration (IOM)]] of
    them deported. At the Islam Qala crossing alone, [[about 3,000 returnees a day|returned]] have
    been arriving since {{June}}.""",
)
