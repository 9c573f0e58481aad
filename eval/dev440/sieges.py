"""The sieges of Kadugli, Dilling, El Obeid and Babanusa: towns cut off, garrisons, convoys and
airdrops, shelling, hunger and cholera inside, claims of the army and the RSF (14 texts with
figures, 2 without)."""

from _wrap import item

item(
    "Kadugli cut off as sorghum prices quadruple",
    """KADUGLI, Sudan (Reuters) - Kadugli, the capital of South Kordofan, has been cut off by
    road since {{June 2025}}, and [[about 310,000 people|civilians;a=the UN Office for the
    Coordination of Humanitarian Affairs (OCHA)]] remain inside, the UN Office for the
    Coordination of Humanitarian Affairs (OCHA) said on Thursday. [[Nearly
    90,000|displaced;n=-;a=OCHA]] of them had already fled fighting elsewhere in the state, OCHA
    said. The Rapid Support Forces hold the road north to Dilling, while SPLM-N fighters loyal
    to Abdelaziz al-Hilu hold the hills to the south; the army's {{14th Infantry Division}}
    holds the town. A {{50-kilo}} sack of sorghum now sells for {{1.2 million Sudanese
    pounds}}, {{four times}} its price before the siege, traders said. The state health
    ministry recorded [[23 deaths|killed;a=The state health ministry]] from hunger-related
    illness in July, [[17 of them|killed;n=-;a=The state health ministry]] children {{under
    five}}. The last convoy to reach the town, [[11 trucks|aid]] sent by the World Food
    Programme, got through in April. Since then, [[at least 40 families|displaced;a=residents]]
    from the villages of Kalogi and Keiga have sheltered in the town's mosques, residents said,
    and [[no more than 300 people a week|displaced;a=residents]] have managed to leave through
    SPLM-N lines.""",
)

item(
    "Army convoy reaches Dilling, ending seven-month blockade",
    """The Sudanese army said on Monday that a convoy of [[63 vehicles|aid;a=The Sudanese
    army]] carrying food, fuel and medicine had reached Dilling, the {{first}} to enter the town
    since the Rapid Support Forces and their SPLM-N allies cut the road from Kadugli {{seven
    months}} ago. The army said its troops had killed [[more than 120 RSF fighters|killed;a=The
    army]] along the {{60-kilometre}} route and seized [[14 combat vehicles|other;a=The army]];
    the RSF did not comment. In Dilling, where [[an estimated 150,000
    people|civilians;a=the Sudan Doctors Network]] had been trapped, according to the Sudan
    Doctors Network, residents lined the streets. The network said [[at least 38
    people|killed;a=The network;alt=the Sudan Doctors Network]] had died of hunger or for lack
    of medicine during the siege. "We ate leaves and the seeds of wild fruit," said Hawa Kuku,
    a {{46-year-old}} widow. Lorries unloaded [[420 tonnes|aid;a=the state's humanitarian aid
    commission]] of sorghum and lentils at the market, the state's humanitarian aid commission
    said. [[Hundreds of families|returned;a=residents]] who had fled to the hills began walking
    back on Tuesday, residents said.""",
)

item(
    "RSF shells El Obeid as displaced pour in from Bara",
    """EL OBEID, Sudan (AP) - Rapid Support Forces artillery hit the western and northern
    districts of El Obeid on Sunday, killing [[at least 11 people|killed;a=local authorities]],
    among them [[four children|killed;a=local authorities]], and wounding [[29
    others|injured;a=local authorities]], local authorities said. El Obeid, the capital of North
    Kordofan and a city of [[about a million people|civilians]], is the army's main stronghold in
    the region and the base of its {{5th Infantry Division}}. Since the RSF captured Bara, {{60
    km}} to the north, in late October, [[some 46,000 people|displaced;a=IOM's Displacement
    Tracking Matrix]] have arrived in the city, IOM's Displacement Tracking Matrix said in its
    latest update. The DTM counted [[32 gathering sites|capacity;a=The DTM;alt=IOM's
    Displacement Tracking Matrix]] in El Obeid, including [[19 schools|capacity;a=The DTM;alt=IOM's
    Displacement Tracking Matrix]], and said [[about 5,000 people|displaced;a=The DTM;alt=IOM's
    Displacement Tracking Matrix]] were sleeping in the open at the livestock market. Schools in
    the city have not reopened to pupils since {{2023}}.""",
)

item(
    "RSF says it has taken Babanusa after siege of nearly two years",
    """The Rapid Support Forces said on Monday they had overrun the headquarters of the army's
    {{22nd Infantry Division}} in Babanusa, West Kordofan, ending a siege that began in
    {{January 2024}}. In a video posted online, an RSF commander said his forces had captured
    [[more than 200 soldiers|arrested;a=an RSF commander]] and seized [[37 armoured
    vehicles|other;a=an RSF commander]]. The army said its troops had withdrawn "in an orderly
    manner" towards Heglig, {{about 200 km}} to the south, and denied that any had been taken
    prisoner. Babanusa had [[about 177,000 residents|civilians]] before the war; [[fewer than
    2,000|civilians;n=-;a=local volunteers]] were still there last month, according to local
    volunteers. The Emergency Lawyers, a group that documents abuses, said RSF fighters had
    killed [[at least 17 civilians|killed;a=The Emergency Lawyers]] in the town's eastern
    quarters after the takeover and detained [[dozens of men|arrested;a=The Emergency Lawyers]]
    accused of helping the army. The group said [[six women|kidnapped;a=The group;alt=The
    Emergency Lawyers]] had been taken from a house near the railway station by fighters and
    had not been seen since.""",
)

item(
    "'We received 52 wounded in two hours': a surgeon in besieged Dilling",
    """Ahmed Kafi, {{38}}, is one of [[three surgeons|other]] still working in Dilling, a town in
    the Nuba Mountains that the RSF and the SPLM-N have besieged since {{mid-2025}}. On
    Wednesday, shells landed on the main market at about {{10 in the morning}}. "We received
    [[52 wounded|injured;a=Ahmed Kafi]] in {{two hours}} and we had [[four beds|capacity;a=Ahmed
    Kafi]] in the operating theatre," he said by satellite phone. [[Nine|killed;n=-;a=Ahmed
    Kafi]] died before they reached the theatre, he said, and [[five more|killed;n=-;a=Ahmed
    Kafi]] overnight. The Sudan Doctors Network put the toll from the shelling at [[19
    dead|killed;a=The Sudan Doctors Network]] and [[more than 60 wounded|injured;a=The Sudan
    Doctors Network]], and blamed the RSF. The hospital's [[two ambulances|other]] have had no
    fuel since March, and Kafi sterilises his instruments in a pot over a charcoal fire.""",
)

item(
    "Satellite images show RSF massing near El Obeid",
    """The Rapid Support Forces have massed [[about 400 combat vehicles|other;a=Yale
    University's Humanitarian Research Lab]] and [[thousands of fighters|combatants;a=Yale
    University's Humanitarian Research Lab]] around Um Sumeima and Kazgil, {{40 to 60 km}} west
    and south of El Obeid, Yale University's Humanitarian Research Lab said in a report on
    Tuesday, citing satellite imagery. The army said it had flown [[3,000
    troops|combatants;a=The army]] into the city from Kosti over the past {{two weeks}} and that
    its drones had destroyed [[26 of the vehicles|other;a=The army]]. In the eastern
    neighbourhoods, residents told Reuters that [[several hundred
    families|displaced;a=residents]] had already left for Kosti and Rabak, fearing an assault.
    The governor of North Kordofan said in a televised speech that [[more than 800,000
    people|civilians;a=The governor of North Kordofan]] now lived in the city, including [[some
    250,000|displaced;n=-;a=The governor of North Kordofan]] who had fled fighting elsewhere. "El
    Obeid will not fall," he said. He said the state had armed [[12,000
    volunteers|combatants;a=The governor of North Kordofan]] of the popular resistance since
    August.""",
)

item(
    "First UN convoy in months reaches Kadugli",
    """A convoy of [[16 trucks|aid;a=the World Food Programme]] carrying [[about 500
    tonnes|aid;a=the World Food Programme]] of food reached Kadugli on Saturday, the World Food
    Programme said, after a {{nine-day}} journey from Kosti through areas held by the army, the
    RSF and the SPLM-N. The food will feed [[120,000 people|aid;p;a=WFP]] for {{one month}}, WFP
    said. [[Three trucks|other;a=the agency;alt=the World Food Programme]] were looted at a
    checkpoint near Abu Kershola, the agency said, and [[two drivers|kidnapped;a=the
    agency;alt=the World Food Programme]] were held by gunmen for {{two days}} before being
    released. WFP's country director, speaking in Port Sudan, said [[another 40
    trucks|aid;a=WFP's country director]] were waiting in Kosti for security guarantees. OCHA
    estimates that [[some 1.8 million people|civilians;v=1800000;a=OCHA]] in South and West
    Kordofan face emergency levels of hunger, and that [[up to
    400,000|civilians;n=-;p;a=OCHA]] could slip into famine by the end of the lean season.""",
)

item(
    "Army retakes Habila, says bodies found in well",
    """The Sudanese army said on Friday it had retaken Habila, a farming town {{45 km}}
    north-east of Dilling, and found the bodies of [[27 civilians|killed;a=The Sudanese army]]
    in a well near the market. An army spokesman had earlier put the number of bodies at
    [[31|killed;n=-;a=An army spokesman]], but said on Friday that [[four of
    them|killed;n=-;a=An army spokesman]] were those of soldiers. The RSF, which held the town
    for {{five months}}, said the dead were its own fighters, killed in an army air strike.
    [[About 2,300 families|returned;a=the local Emergency Response Room]] have come back to
    Habila from the hills since Tuesday, the local Emergency Response Room said, but [[at least
    300 homes|housing;a=the local Emergency Response Room]] had been burned and the grain stores
    emptied. The SPLM-N, which fought alongside the RSF, said [[about 600 of its
    fighters|combatants;a=The SPLM-N]] had pulled back to Kurgul. The group said it had lost
    [[between 30 and 40 fighters|killed;a=The group;alt=The SPLM-N]] in the battle.""",
)

item(
    "El Obeid hospital overwhelmed after Bara fighting, MSF says",
    """El Obeid Teaching Hospital received [[146 wounded|injured;a=Médecins Sans Frontières
    (MSF)]] in {{48 hours}} after fighting in Bara, Médecins Sans Frontières (MSF) said on
    Thursday, {{more than half}} of them women and children. The hospital has [[260
    beds|capacity;a=MSF]] but was treating [[about 400 patients|injured;a=MSF]] on Wednesday,
    some on mattresses in the corridors, MSF said. [[Twelve of the wounded|killed;a=the
    charity;alt=Médecins Sans Frontières (MSF)]] have since died, the charity said. "We are
    seeing gunshot and shrapnel wounds in children {{as young as three}}," said Marta Ruiz, MSF's
    emergency coordinator in El Obeid. The state health ministry said [[18 health
    facilities|other;a=The state health ministry]] in North Kordofan had closed since the fall
    of Bara, leaving El Obeid's hospitals to serve [[more than 2 million
    people|civilians;v=2000000;a=The state health ministry]]. The RSF said its fighters had
    killed [[more than 350 soldiers and allied fighters|killed;n=soldiers and allied
    fighters;a=The RSF]] in Bara.""",
)

item(
    "Babanusa's last residents live in trenches",
    """BABANUSA, Sudan - Fatima Ibrahim has spent {{14 months}} sleeping in a trench dug beside
    her house in Babanusa's Al-Thawra quarter, {{800 metres}} from the army base. She is one of
    [[about 1,500 civilians|civilians;a=local volunteers]] still in the town, according to local
    volunteers, out of [[some 170,000|civilians;n=-;a=local volunteers]] before the war. The
    Rapid Support Forces, which have besieged the base of the army's {{22nd Division}} since
    {{January 2024}}, shell the quarter almost daily. Her husband and [[two of her
    sons|killed;a=Fatima Ibrahim]] were killed by a shell in February, she said. Her [[three
    remaining children|displaced]] were sent to relatives in El Obeid. The army says it has made
    [[more than 30 airdrops|other;a=The army]] to the garrison since the siege began, [[at least
    five|other;n=-;u=other;a=The army]] of which landed in RSF-held areas. Local volunteers said
    [[eight civilians|killed;a=Local volunteers]] had been killed by shelling in September and
    [[14|injured;n=-;a=Local volunteers]] wounded.""",
)

item(
    "Cholera spreads in besieged Kadugli",
    """The South Kordofan health ministry said on Sunday it had recorded [[1,214 suspected
    cholera cases|other;a=The South Kordofan health ministry]] and [[37 deaths|killed;a=The South
    Kordofan health ministry]] in Kadugli since {{5 August}}. Unicef said [[about 60,000
    children|civilians;a=Unicef]] in the town were at risk. The town's only treatment centre,
    with [[40 beds|capacity;a=the Sudan Doctors Network]], is full, the Sudan Doctors Network
    said, and patients are being treated on the floor. [[Three|other;n=-;u=structure;a=the
    state water corporation]] of the town's [[five water stations|other;u=structure;a=the state
    water corporation]] are out of service for lack of fuel, according to the state water
    corporation. Unicef said it had [[4,000 cholera kits|aid;a=Unicef]] ready in Kosti but could
    not get them into Kadugli. The outbreak is the {{second}} in the state since {{2024}}.""",
)

item(
    "Army says it repelled RSF attack on El Obeid; RSF claims gains",
    """The Sudanese army said on Saturday it had repelled a Rapid Support Forces attack on the
    western edge of El Obeid, killing [[about 260 attackers|killed;a=The Sudanese army]] and
    destroying or seizing [[52 vehicles|other;a=The Sudanese army]]. The RSF gave a different
    account, saying its fighters had killed [[dozens of soldiers|killed;a=The RSF]] and captured
    [[11 officers|arrested;a=The RSF]] before withdrawing to their positions. Neither claim
    could be independently verified. Residents said [[at least six
    civilians|killed;a=Residents]] were killed when shells hit homes in the Karima quarter, and
    the Sudan Doctors Network said [[23 people|injured;a=the Sudan Doctors Network]] were
    treated for wounds at the teaching hospital. The attack came {{three days}} after RSF drones
    struck the city's power station and [[two fuel depots|housing;u=structure]], leaving [[tens
    of thousands of households|civilians]] without electricity.""",
)

item(
    "Sudanese soldiers cross into South Sudan after losing Heglig",
    """JUBA (Reuters) - [[More than 1,600 Sudanese soldiers|combatants;a=South Sudan's army]] who
    withdrew from Heglig and Babanusa have crossed into South Sudan's Unity state and handed over
    their weapons, South Sudan's army said on Wednesday. A spokesman said the troops had
    surrendered [[about 40 vehicles|other;a=A spokesman]] and [[hundreds of rifles|other;a=A
    spokesman]] and were being held at a camp near Bentiu. The UN mission in South Sudan said it
    had flown [[87 wounded soldiers|injured;a=The UN mission in South Sudan]] to hospital in
    Bentiu. The RSF said it had taken [[312 prisoners|arrested;a=The RSF]] at Heglig, an oil
    field that produced {{about 60,000 barrels}} a day before the war. [[About 3,000
    civilians|displaced;a=the commissioner of Pariang county]], many of them oil workers and
    their families, also crossed, the commissioner of Pariang county told reporters. Sudan's army
    called the move a tactical withdrawal.""",
)

item(
    "Shelling of Kadugli kills nine, bringing week's toll to 41",
    """Artillery fire hit the Hajar al-Mak and Tillo neighbourhoods of Kadugli on Tuesday,
    killing [[nine people|killed;a=a medical source at Kadugli Teaching Hospital]], a medical
    source at Kadugli Teaching Hospital said, bringing the toll from a week of shelling to
    [[41|killed;n=-;a=a medical source at Kadugli Teaching Hospital]]. Among the dead were
    [[three sisters|killed]] aged {{four, seven and 10}}. The hospital said it was treating [[63
    wounded|injured;a=The hospital;alt=Kadugli Teaching Hospital]], [[22 of
    them|injured;n=-;a=The hospital;alt=Kadugli Teaching Hospital]] children, and had run out of
    blood. The army blamed the SPLM-N's al-Hilu faction and the RSF, which have shelled the town
    from the surrounding hills since February. [[3,000 to 4,000 people|displaced;a=IOM]] fled the
    shelled neighbourhoods for the south of the town, IOM said, joining [[roughly
    90,000|displaced;n=-;a=IOM]] already displaced there.""",
)

# ------------------------------------------------------------------ texts without figures

item(
    "El Obeid prices soar as roads close",
    """The price of a {{50-kilogram}} sack of sorghum in El Obeid rose to {{280,000 Sudanese
    pounds}} this week from {{95,000 pounds}} in January, traders said, as fighting closed the
    roads to Kosti and Darfur. The Famine Early Warning Systems Network said staple prices in
    North Kordofan were {{150%}} above the {{five-year}} average. Fuel sold for {{12,000
    pounds}} a litre on the black market on {{18 November}}, against {{4,500 pounds}} at the
    official stations, which opened only between {{8am and 11am}}. The Sudanese pound traded at
    {{3,600}} to the dollar on the parallel market, against {{570}} at the start of {{2024}}. The
    road to Kosti, {{310 km}} to the east, has been closed since {{12 October}}, and traders now
    bring goods by a detour through Er Rahad that takes {{four days}}.""",
)

item(
    "Timeline: the war in South Kordofan",
    """War between the army and the Rapid Support Forces broke out in Khartoum on {{15 April
    2023}}, and within {{six weeks}} the SPLM-N faction of Abdelaziz al-Hilu had attacked army
    positions around Kadugli, breaking a ceasefire it had observed since {{2020}}. In {{June
    2023}} the RSF took El Fula, the capital of West Kordofan, and by {{January 2024}} it had
    encircled the army's garrison in Babanusa. The {{second}} half of {{2024}} brought fighting
    around Dilling and Habila. In {{February 2025}} the RSF and the SPLM-N signed a charter in
    Nairobi for a parallel government, and by {{mid-2025}} their forces had cut the roads to
    Kadugli and Dilling. The RSF took Bara on {{25 October 2025}}, a day before it captured El
    Fasher in Darfur, and turned its guns on El Obeid. Babanusa fell in {{December 2025}}, after
    {{23 months}} of siege.""",
)
