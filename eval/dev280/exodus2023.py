"""The blockade of the Lachin corridor, the offensive of September 2023 and the exodus of the
Karabakh Armenians: tolls, the fuel depot blast, the crossing into Armenia, shelters, payments
and housing for the refugees, the detained leaders and the few who stayed (17 items, 2 without
figures)."""

from _wrap import item

item(
    "Karabakh faces shortages three weeks into Lachin road blockade",
    """STEPANAKERT/YEREVAN (Reuters) - [[About 120,000 ethnic Armenians|civilians;a=Karabakh
    officials]] in Nagorno-Karabakh are running short of food, fuel and medicine, Karabakh
    officials said on Monday, {{three weeks}} after protesters who describe themselves as
    environmental activists blocked the only road to Armenia. The region's ombudsman, Gegham
    Stepanyan, said [[about 1,100 residents|displaced;a=Gegham Stepanyan]] who were in Armenia when
    the road closed, [[270 children|displaced;a=Gegham Stepanyan]] among them, could not get home.
    The International Committee of the Red Cross said it had moved [[more than 60 patients|displaced;
    a=The International Committee of the Red Cross]] across the corridor to hospitals in Armenia.
    Stepanyan said [[about 10,000 people|civilians;a=Stepanyan]] had lost their jobs or income
    because factories and building sites had shut. Azerbaijan says the road is open for
    humanitarian traffic and that [[dozens of Red Cross and Russian vehicles|aid;a=Azerbaijan]]
    have passed. Shops in Stepanakert now sell sugar and oil by coupon, at no more than {{1 kg}}
    a person.""",
)

item(
    "Fuel depot blast near Stepanakert kills dozens as residents queue to leave",
    """STEPANAKERT (AP) - An explosion at a fuel depot where people were queuing for petrol to
    flee Nagorno-Karabakh killed [[at least 68 people|killed;a=the region's health ministry]] and
    injured [[about 290|injured;a=the region's health ministry]], the region's health ministry said
    on Tuesday. [[Another 105|missing;a=the ministry;alt=the region's health ministry]] were
    missing, the ministry added. The blast happened at about {{19:00}} on Monday on the
    Stepanakert-Askeran road. Hospitals in the city were overwhelmed, and Russian peacekeepers
    flew [[dozens of the worst burned|injured;n=-]] to their base by helicopter. Armenia's Health
    Ministry said [[168 patients|injured;a=Armenia's Health Ministry]] had been airlifted to
    Yerevan hospitals in [[11 helicopter flights|other;u=other;a=Armenia's Health Ministry]]. By Friday the local toll had
    risen to [[170|killed;a=Karabakh officials]], Karabakh officials said. The cause of the
    explosion is still unknown.""",
)

item(
    "Azerbaijan's one-day offensive leaves hundreds dead, villages emptied",
    """YEREVAN/BAKU (Reuters) - Nagorno-Karabakh's human rights ombudsman said on Thursday that
    [[at least 200 people|killed;a=Nagorno-Karabakh's human rights ombudsman]] had been killed and
    [[more than 400|injured;a=Nagorno-Karabakh's human rights ombudsman]] wounded in the
    {{24 hours}} of fighting before Karabakh's forces agreed to lay down their arms. [[Ten
    civilians|killed]], half of them children, were among the dead. Russia's
    Defence Ministry said [[more than 5,000 people|displaced;a=Russia's Defence Ministry]],
    including [[2,000 children|displaced;a=Russia's Defence Ministry]], had taken refuge at the
    peacekeepers' base near Stepanakert airport. [[Five Russian peacekeepers|killed;
    a=the ministry;alt=Russia's Defence Ministry]] died when their vehicle came under fire, the
    ministry said. In Baku, the Defence Ministry said [[192 Azerbaijani servicemen|killed;a=the
    Defence Ministry]] had been killed and [[511|injured;a=the Defence Ministry]] wounded. Local
    officials said [[about 10,000 people|displaced;a=Local officials]] had left villages in
    Martakert and Askeran for the regional capital before the ceasefire.""",
)

item(
    "More than 100,000 have crossed into Armenia, Yerevan says",
    """GORIS, Armenia (AFP) - [[100,617 people|displaced;a=Armenian government spokeswoman
    Nazeli Baghdasaryan]] had entered Armenia from Nagorno-Karabakh by Saturday morning,
    Armenian government spokeswoman Nazeli Baghdasaryan said, out of a population that officials
    had put at [[about 120,000|civilians;a=officials]]. [[Around 30,000 children|displaced]] are
    among them. The traffic police said [[more than 21,000 vehicles|other;a=The traffic police]]
    had crossed the Hakari bridge since {{24 September}}. The journey down the mountain road to
    Goris has taken some families up to {{30 hours}}. A Red Cross official in Goris said [[several
    dozen elderly people|civilians;a=A Red Cross official in Goris]] had arrived without any
    relatives. Karabakh's authorities said only [[several hundred officials and emergency
    workers|civilians;n=officials and emergency workers;a=Karabakh's authorities]] remained
    in Stepanakert, to organise the last departures.""",
)

item(
    "Armenia opens hotels, schools and dormitories to the refugees",
    """YEREVAN (Armenpress) - The government has set up [[about 250 temporary shelters|capacity;
    a=Deputy Prime Minister Tigran Khachatryan]] in hotels, schools, dormitories and holiday
    camps across the country, Deputy Prime Minister Tigran Khachatryan said on Wednesday. He said
    they had room for [[between 17,000 and 18,000 people|capacity;a=Tigran Khachatryan]], and that
    [[about 56,000 refugees|displaced;a=Tigran Khachatryan]] had found a place to stay with
    relatives or in rented flats. [[More than 40,000 refugees|aid;a=the Labour Ministry]] have
    received the first payment of {{100,000 drams}} a person, the Labour Ministry said in a
    separate statement. The ministry plans to pay [[a further 20,000|aid;p;a=The ministry;
    alt=the Labour Ministry]] by the end of the week. Goris, a town of [[about 20,000
    people|civilians]], received [[more than 6,000 refugees|displaced]] in its first {{three
    days}}.""",
)

item(
    "UNHCR appeals for funds for Karabakh refugees in Armenia",
    """GENEVA (UNHCR) - UNHCR and its partners on Tuesday launched an appeal for {{$97m}} to
    assist [[up to 120,000 refugees|aid;p;a=UNHCR and its partners]] who have fled to Armenia
    until the end of {{March 2024}}. "These are people who have left everything," said Filippo
    Grandi, the UN High Commissioner for Refugees. The plan would support [[about 29 host
    communities|aid;p;u=other;n=communities]] that have taken in most of the arrivals. The agency
    said it had already delivered [[5,000 mattresses|aid;a=The agency;alt=UNHCR]], [[8,000
    blankets|aid;a=The agency;alt=UNHCR]] and [[1,500 hygiene kits|aid;a=The agency;alt=UNHCR]]
    to shelters in Syunik and Vayots Dzor. The agency said it had also set up [[three reception centres|capacity;a=The agency;alt=UNHCR]] in Goris and Kornidzor, with room for [[up to 1,500 people|capacity;a=The agency;alt=UNHCR]]. UNHCR says {{about 88%}} of the refugees plan to stay
    in Armenia.""",
)

item(
    "Government housing plan offers refugees certificates to buy homes",
    """YEREVAN (CivilNet) - Armenia's government approved on Thursday a housing programme that
    will give certificates worth up to {{5 million drams}} to refugee families from
    Nagorno-Karabakh who buy a home in Armenia. Officials said [[about 23,000 families|aid;p;
    a=Officials]] could be eligible in the first phase, which runs until {{2029}}. Families
    with three or more children will receive more. Deputy Minister Arsen Torosyan said [[1,200
    families|aid;a=Deputy Minister Arsen Torosyan]] had already used certificates issued in a
    pilot. The ministry also plans to build [[about 4,000 apartments|housing;p;a=The ministry]] in
    Kotayk and Ararat provinces. [[Some 14,000 refugees|displaced;a=Torosyan]] are still living in
    hotels and dormitories, Torosyan said. Officials expect [[between 3,000 and 4,000 families|aid;p;a=Officials]] to receive certificates each year.""",
)

item(
    "Former Karabakh leaders taken to Baku as Azerbaijan widens arrests",
    """BAKU (Reuters) - Azerbaijan's State Security Service said on Wednesday it had detained
    [[seven former leaders|arrested;a=Azerbaijan's State Security Service]] of Nagorno-Karabakh,
    including three former presidents of the breakaway region, in addition to former state
    minister Ruben Vardanyan, who was arrested at the border in {{September}}. [[Twenty-three
    Armenians|arrested;a=Armenia's human rights defender Anahit Manasyan]] are now held in Baku,
    Armenia's human rights defender Anahit Manasyan said. The ICRC said its delegates had visited
    [[19 detainees|arrested;a=The ICRC]] and passed [[more than 40 family messages|other;u=other;
    a=The ICRC]] between them and their relatives. Prosecutors in Baku have charged [[15 of the
    men|arrested]] with waging aggressive war. The trial, held in a military
    court, could last into {{2026}}.""",
)

item(
    "Red Crescent convoy takes flour to Karabakh via Aghdam road",
    """BAKU (APA) - [[Two trucks|aid;a=the society;alt=the Azerbaijan Red Crescent Society]] of the Azerbaijan Red Crescent Society carrying [[40 tonnes|aid;
    a=the society;alt=the Azerbaijan Red Crescent Society]] of flour crossed into Karabakh through
    the Aghdam road on Tuesday, the society said. It was the {{first}} delivery by that route. The
    ICRC said it had sent [[two trucks|aid;a=The ICRC]] of medical supplies through the Lachin
    corridor on the same day. Karabakh officials said the region needed at least [[150 trucks of
    goods a day|aid;p;n=trucks;u=other;a=Karabakh officials]] to feed [[its 120,000 residents|civilians;a=Karabakh officials]],
    and rejected the Aghdam route as a step towards absorption. Armenia's government said [[19 trucks|aid;a=Armenia's government]] of food it had sent were still stuck at the Kornidzor checkpoint. The blockade entered its {{tenth
    month}} on Saturday. The last bread factory in Stepanakert closed on {{15 August}}, and Karabakh officials said [[about 2,000 people|civilians;a=Karabakh officials]] queued for bread each morning.""",
)

item(
    "Karabakh's separatist government signs its own dissolution",
    """STEPANAKERT (AFP) - The leader of Nagorno-Karabakh's separatist government, Samvel
    Shahramanyan, signed a decree on {{28 September 2023}} ordering all state institutions to be
    dissolved by {{1 January 2024}}. The decree ends a self-declared republic that existed for
    {{more than 30 years}}, since a referendum in {{December 1991}}. It followed an offensive by
    Azerbaijan's army that lasted less than {{24 hours}} on {{19 September}} and {{20
    September}}. Shahramanyan, {{45}}, later said the decree had no legal force. The region's
    flag was lowered for the last time at {{11:30}} in early October.""",
)

item(
    "Armenia's economy grows despite refugee spending",
    """YEREVAN (Reuters) - Armenia's economy grew {{8.3%}} in {{2023}}, the statistics committee
    said, even as the government spent about {{$150m}} on housing and payments for the refugees
    from Nagorno-Karabakh. The finance ministry expects growth of {{5.5%}} in {{2024}} and a budget
    deficit of {{3.2%}} of gross domestic product. The {{50,000-dram}} monthly support payment was
    extended to {{June 2024}}, and its cost is put at {{19 billion drams}} for the
    {{first half}} of the year. Economists say the {{2022}} inflow of Russians and their money
    is now ebbing.""",
)

item(
    "Identification of fuel depot dead is nearly complete, officials say",
    """YEREVAN (Armenpress) - Forensic experts have identified [[204 of the people|killed;
    a=Armenia's Investigative Committee;n=people]] killed in the explosion at the fuel depot near
    Stepanakert in September, Armenia's Investigative Committee said on Monday. The bodies of [[21
    victims|killed;a=the committee;alt=Armenia's Investigative Committee]] were recovered from the
    site before the last Armenians left the region, the committee said, and the rest died in
    hospitals or were brought out by the ICRC. [[About 20 people|missing;a=the committee;
    alt=Armenia's Investigative Committee]] are still listed as missing, the committee added. A separate government
    commission said [[about 180 people|missing;a=A separate government
    commission]] from the September fighting and its aftermath
    were still sought, [[40 of them civilians|missing;n=civilians;a=A separate government
    commission]]. Relatives have given [[more
    than 900 DNA samples|other;u=other]] since {{October}}.""",
)

item(
    "UN team finds only a few hundred Armenians left in Karabakh",
    """GENEVA (UN) - A United Nations team that visited Nagorno-Karabakh on Sunday, the {{first}}
    in about {{30 years}}, said it had been told that [[between 50 and 1,000 ethnic
    Armenians|civilians;a=A United Nations team]] remained in the region. The mission, led by the UN resident
    coordinator in Azerbaijan, saw no damage to civilian infrastructure and no Armenians in
    Khankendi, which Armenians call Stepanakert. It said [[more than 100,000 people|displaced;
    a=The mission;alt=A United Nations team]] had left in little more than a week. Azerbaijan says [[at least 2,000
    people|other;a=Azerbaijan]] have applied for residence documents through an online portal it
    opened for Armenians wishing to stay. The mission, which included [[nine UN staff|other]],
    spent {{seven hours}} in the region. In Martakert, the team counted [[no more than 10 people|civilians;a=the team;alt=A United Nations team]] in the streets. Baku says [[some 1,200 Azerbaijani police officers|combatants;a=Baku]] now patrol the region.""",
)

item(
    "First Azerbaijani families move into rebuilt Khankendi",
    """KHANKENDI, Azerbaijan (Trend) - The first [[60 families|returned;a=the State Committee for
    Affairs of Refugees and IDPs]] of former Azerbaijani residents moved into new apartments in
    Khankendi on Tuesday, the State Committee for Affairs of Refugees and IDPs said. They lived in
    the town until they fled in {{1988}} and {{1991}}. [[About 250 people|returned]] arrived on the
    convoy of [[eight buses|other]] from Baku and Barda. [[Several hundred more families|returned;
    p;a=the committee;alt=the State Committee for Affairs of Refugees and IDPs]] are to follow by the end of the year,
    the committee said. The [[four residential buildings|housing]] handed over on Tuesday were
    renovated at a cost of {{12 million manat}}, and a school for [[480 pupils|capacity]] is due to
    open in {{September}}.""",
)

item(
    "Ombudsman warns refugees from Karabakh are drifting abroad",
    """YEREVAN (Azatutyun) - [[About 8,000 refugees|displaced;a=Armenia's human rights defender
    Anahit Manasyan]] from Nagorno-Karabakh have left Armenia for Russia and Europe since the
    exodus, Armenia's human rights defender Anahit Manasyan said in her annual report. She said
    [[roughly 115,000 people|displaced;a=Anahit Manasyan]] had been registered as forcibly
    displaced in Armenia and [[about 100,000|aid;a=Anahit Manasyan]] received monthly support.
    Many of those who left were young men. The report, {{212 pages}} long, says [[up to
    12,000 refugees|displaced;a=The report]] still live in collective centres and hotel rooms.
    She estimated that [[between 15,000 and 20,000 refugees|displaced;a=Anahit Manasyan]] had settled in the outskirts of Yerevan. Her office received [[about 1,300 complaints|other;u=other]] from refugees last year. Manasyan called on the government to speed up the housing programme.""",
)

item(
    "Karabakh refugee children fill Armenian classrooms",
    """YEREVAN (UNICEF) - [[About 16,000 refugee children|other;a=UNICEF]] from Nagorno-Karabakh
    have enrolled in Armenian schools since October, UNICEF said on Thursday. The agency said
    [[about 5,000 children|aid;a=The agency;alt=UNICEF]] had received psychosocial support in [[17
    child-friendly spaces|other;u=other;n=spaces]] it runs with the government. Some schools in
    Yerevan have taken in [[more than 100 new pupils|other]] each. [[Some 30,000 children|displaced;
    a=UNICEF]] were among the refugees who crossed into Armenia in September, UNICEF said.
    [[About 2,000 teachers|displaced]] were among those who fled, and some have been hired where possible.""",
)

item(
    "Last Armenians bused out of Stepanakert under ICRC escort",
    """STEPANAKERT (ICRC) - The ICRC said on Monday it had helped evacuate [[23 patients with
    reduced mobility|displaced;a=The ICRC;n=patients]] from Stepanakert to Armenia, the last group
    of sick and elderly people it knew of in the city. Since {{24 September}}, the organisation
    said, it had moved [[more than 350 patients|displaced;a=the organisation;alt=The ICRC]] and
    brought out [[the remains of 130 people|killed;a=the organisation;alt=The ICRC;n=people]]. The
    ICRC also delivered [[more than 20 tonnes|aid]] of medical supplies to the city's
    hospital before it closed. Its team of [[about 25 staff|other]] will keep working in the
    region. [[Between 15 and 20 Armenians|civilians;a=The ICRC]] who refused to leave remain in villages, it said.""",
)
