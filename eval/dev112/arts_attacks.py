"""Attacks, massacres, sieges and the wounded, told by survivors, doctors, witnesses and
fighters beside the official count (13 articles, all with figures)."""

from _wrap import item

item(
    "Gaza hospital takes in wounded faster than it can count them",
    """The wounded kept arriving at Al-Aqsa Martyrs Hospital in Deir al-Balah through the night,
    on donkey carts, in private cars and in the backs of ambulances. "We have received
    [[more than 200 wounded|injured;a=the hospital director;alt=Yasser Abu Shamala]] since
    dawn," the hospital director, Yasser Abu Shamala, told AFP on Thursday. He said
    [[at least 46 bodies|killed;a=Yasser Abu Shamala]] had been brought to the morgue,
    [[19 of them|killed;n=-;a=Yasser Abu Shamala]] children. The hospital was built for
    [[about 120 patients|capacity;a=Yasser Abu Shamala]] but now holds more than
    {{three times}} that number, he said. An AFP journalist counted
    [[11 bodies|killed;a=An AFP journalist]] wrapped in white shrouds in the courtyard on
    Thursday morning. Umm Mohammed, {{52}}, sat on the floor of a corridor beside her son, who
    lost a leg. "We were [[17 people|civilians;a=Umm Mohammed]] in the house, my sons, their
    wives and the children," she said. "Only [[four of us|other;n=-;a=Umm Mohammed]] came out
    alive," she added, her voice flat. The health ministry in Gaza said
    [[more than 21,000 people|killed;a=The health ministry in Gaza]] had been killed in the
    territory since {{7 October}}. Israel says [[more than 8,000 militants|killed;a=Israel]]
    are among the dead, a figure AFP could not verify. The World Health Organization said
    [[fewer than 10 hospitals|other;a=The World Health Organization]] in Gaza were still even
    partly functioning. Outside the emergency ward, a volunteer read out names from a list
    taped to the wall, and families pressed forward to hear them. The Israeli military said it
    was striking Hamas targets and accused the group of operating from civilian buildings, which
    Hamas denies.""",
)

item(
    "Burkina villagers say attack toll far above government figure",
    """Survivors of an attack on Tinkoara, a village in northern Burkina Faso, say the gunmen
    came at first light on a Saturday, on motorbikes, firing in the air. "They went from house
    to house and took away [[about 30 men|kidnapped;a=Issa Sawadogo]],
    [[two of my brothers|kidnapped;a=Issa Sawadogo]] among them," said Issa Sawadogo, a
    {{41-year-old}} farmer who hid in a granary until the afternoon. He said
    [[21 bodies|killed;a=Issa Sawadogo]] were later found near a dry riverbed outside the
    village. Another resident, reached by phone in the town of Dori, said the attackers had set
    fire to the market and [[about 40 homes|housing;a=Another resident]]. The government said
    in a statement that [[18 civilians|killed;a=The government]] had died and that the army
    had "neutralised" [[several dozen terrorists|killed;a=The government]] in a
    counter-offensive. "That is not true. We buried
    [[more than 50 people|killed;a=Sawadogo]] with our own hands," Sawadogo said when the
    statement was read to him. The mayor of Dori said
    [[some 3,000 people|displaced;a=The mayor of Dori]] from Tinkoara and nearby hamlets had
    arrived this week and that [[14 schools|capacity;a=The mayor of Dori]] in the town were
    now being used as shelters. Aid groups say
    [[more than 2 million people|displaced;a=Aid groups]] have fled their homes in Burkina
    Faso since jihadist violence spread from neighbouring Mali in {{2015}}. Sawadogo, who now sleeps in a classroom in
    Dori, said he did not know whether his brothers were still alive. The army did not respond
    to questions about the attack. Burkina Faso's military government, which seized power in
    {{2022}}, has recruited civilian volunteers to fight alongside the army. Rights groups say
    both the jihadists and the volunteers have killed civilians accused of siding with the
    other side. In Dori, a loaf of bread now costs {{250 CFA francs}}, up from {{150}} a year
    ago, traders said.""",
)

item(
    "'They were maybe fifty': survivors recount Ituri camp attack",
    """Jeanne Ungwa was asleep in her shelter at the Lala camp for displaced people, in Congo's
    Ituri province, when the shooting started shortly after {{1am}}. "They were
    [[maybe fifty men|combatants;q=approx;a=Jeanne Ungwa]], with guns and machetes, and they
    set the shelters on fire," she told Al Jazeera by phone from Bunia. She ran into the bush
    with her [[four children|displaced]] and hid there until daylight. Local leaders said
    [[46 people|killed;a=Local leaders]] were killed, among them
    [[19 children|killed;a=Local leaders]], and blamed the CODECO militia. Doctors Without
    Borders said its team at the hospital in Drodro treated
    [[37 wounded|injured;a=Doctors Without Borders]] overnight. "We had
    [[12 beds|capacity;a=Pascal Kiza]] for surgery and we used the floor for the rest," said
    Pascal Kiza, an MSF surgeon. He said [[seven patients|killed;a=Pascal Kiza]] had died in
    the first hours. The camp held [[about 13,000 people|displaced]] before the attack. Camp
    leaders told Al Jazeera that [[more than 1,000 shelters|housing;a=Camp leaders]] had
    burned. The UN says
    [[more than 1.7 million people|displaced;v=1700000;a=The UN]] are displaced in Ituri
    alone.""",
)

item(
    "Last doctors of eastern Aleppo say supplies will run out within days",
    """Speaking by phone from the besieged eastern districts of Aleppo, Abdulrahman Hallaq, who
    coordinates the last working hospitals there, said
    [[about 30 doctors|other;a=Abdulrahman Hallaq]] remained for
    [[some 250,000 people|civilians;a=Abdulrahman Hallaq]]. "Yesterday we received
    [[112 wounded|injured;a=Abdulrahman Hallaq]] in {{four hours}} and we lost
    [[23 of them|killed;n=-;a=Abdulrahman Hallaq]]," he said on Wednesday. He said
    [[eight hospitals|housing;a=Abdulrahman Hallaq]] had been hit by air strikes in
    {{three weeks}}. The Syrian Observatory for Human Rights, a Britain-based monitor, said
    [[at least 44 civilians|killed;a=The Syrian Observatory for Human Rights]] were killed in
    the east of the city on Tuesday. State media said the army had killed
    [[dozens of militants|killed;a=State media]] and accused them of using residents as human
    shields. The United Nations estimates that
    [[275,000 people|civilians;a=The United Nations]] are trapped in the east, more than the
    figure Hallaq gave. It says [[35 trucks|aid;a=The United Nations]] loaded with food and
    medicine have waited at the Turkish border for {{12 days}} for permission to enter.
    Russia's defence ministry said it would open
    [[two humanitarian corridors|other;p;u=other;a=Russia's defence ministry]] for civilians to
    leave. Hallaq spoke over a crackling internet line from a basement clinic. "We are operating
    by torchlight now," he said.""",
)

item(
    "Mali army reports 'terrorists' killed; villagers describe executions",
    """Mali's army said on Friday that its troops, "supported by foreign partners", had killed
    [[203 terrorists|killed;a=Mali's army]] and arrested [[51 others|arrested;a=Mali's army]]
    during a {{five-day}} operation in the central village of Sorokoro. Residents tell a
    different story. A livestock trader who was in the village for the weekly market said
    soldiers and foreign fighters rounded up
    [[hundreds of men|arrested;a=A livestock trader]] on the {{first day}} and made them sit
    in the dry riverbed. "On the {{third day}} I counted
    [[27 bodies|killed;a=A livestock trader]] near the well," he told AFP by phone, asking not
    to be named for fear of reprisals. Human Rights Watch said it had interviewed
    [[27 witnesses|other;a=Human Rights Watch]] and survivors. It estimated that
    [[about 300 men|killed;a=Human Rights Watch]], most of them civilians, were summarily
    executed. A villager now in the town of Mopti said his
    [[three sons|killed;a=A villager]] were among the dead. Mali's junta, which took power in
    coups in {{2020}} and {{2021}}, denies any abuses and says the dead were all fighters.
    Western governments say
    [[about 1,000 Russian mercenaries|combatants;a=Western governments]] of the Wagner group
    are deployed in Mali, which Bamako denies. AFP could not reach Sorokoro, which lies in an
    area where journalists need army permission to travel. The trader said he had left the
    village on foot on the {{fifth day}} and walked to Mopti, where he has relatives. "I did not
    look back," he said. The UN human rights office has called for an independent
    investigation.""",
)

item(
    "Zamfara parents count missing daughters after school raid",
    """Gunmen stormed a government girls' boarding school in Kwarin Gabas, in Nigeria's
    northwestern Zamfara state, before dawn on Friday and drove the students into the forest.
    Police initially said [[317 girls|kidnapped;a=Police]] had been taken. Later, the state
    commissioner for information said a head count against the school's register showed
    [[279 students|kidnapped;a=the state commissioner for information;alt=Sulaiman Tanau]]
    were missing. "We counted them {{three times}}," the commissioner, Sulaiman Tanau, told
    reporters in Gusau. Abubakar Lawal, a grain trader, said
    [[two of his daughters|kidnapped;a=Abubakar Lawal]] were among them. "They came on
    [[more than 100 motorbikes|other;u=other;a=Abubakar Lawal]], I heard the engines from my
    house," he said by phone. Another parent, Hauwa Musa, said
    [[about 50 girls|other;a=Another parent;alt=Hauwa Musa]] had escaped by running into the
    bush, her {{14-year-old}} daughter among them. The school had
    [[some 700 pupils|other;a=the state education board]] on its roll, according to the
    state education board. Kidnap gangs, known locally as bandits, have seized
    [[more than 1,000 students|kidnapped;a=UNICEF]] in northern Nigeria since
    {{December 2020}}, according to UNICEF. Police set up an emergency line for parents,
    {{0803 555 0192}}, and said troops were combing the forest.""",
)

item(
    "Tigray priest keeps the names of the dead in a notebook",
    """Abba Gebremedhin Tesfay, a priest in the Tigray village of Mai Weini, says Eritrean
    soldiers arrived on the morning of the church's annual feast, when
    [[hundreds of pilgrims|civilians;a=Abba Gebremedhin Tesfay]] had gathered in the village.
    "We buried [[164 people|killed;a=Abba Gebremedhin Tesfay]] in the church grounds over
    {{three days}}, and I wrote every name in a notebook," he told AP in Mekelle. Ethiopia's
    government had said that [[11 people|killed;a=Ethiopia's government]] died in the area,
    all of them members of a local militia. He said the soldiers,
    [[about 80 of them|combatants;n=-;a=Abba Gebremedhin Tesfay]] by his count, also took
    away [[dozens of young men|kidnapped;a=Abba Gebremedhin Tesfay]], and that
    [[12|missing;a=Abba Gebremedhin Tesfay]] have never come back. Eritrea denied for months
    that its troops were in Tigray, before admitting it in {{March 2021}}. Researchers at
    Mekelle University say they have documented
    [[more than 1,900 civilians|killed;a=Researchers at Mekelle University]] killed in
    [[over 150 massacres|other;u=other;a=Researchers at Mekelle University]]. The UN says
    [[some 2 million people|displaced;a=The UN]] have fled their homes in Tigray since the war
    began in {{November 2020}}. The priest keeps the notebook wrapped in a cloth under the
    altar. AP could not verify his account, but satellite images taken in {{December 2020}}
    show freshly dug ground in the church compound.""",
)

item(
    "The volunteer driver who lost count on the Bakhmut road",
    """Oleksandr Hnatiuk, a {{47-year-old}} former taxi driver from Dnipro, has made
    [[more than 90 trips|other]] to the front-line town of Bakhmut since the spring. "I
    stopped counting at [[about 600 people|displaced;a=Oleksandr Hnatiuk]], I mean the ones I
    drove out myself," he said. His minibus has [[eight seats|capacity;u=other]], but he has
    carried [[as many as 14 people|displaced]] on a single run, with children on laps.
    Regional authorities said on Monday that
    [[about 1,200 residents|civilians;a=Regional authorities]] remained in Bakhmut, down from
    [[70,000|civilians;a=Regional authorities]] before the war. Hnatiuk thinks the real number
    is lower. "[[Maybe 500 people|civilians;q=approx;a=Oleksandr Hnatiuk]], mostly old people
    who will not leave their cats," he said. On his last trip a shell landed {{50 metres}}
    from the van. Ukraine's reintegration ministry says
    [[more than 4.9 million people|displaced;v=4900000;a=Ukraine's reintegration ministry]]
    are displaced inside the country. Volunteers like Hnatiuk have driven
    [[tens of thousands|displaced;a=the ministry;alt=Ukraine's reintegration ministry]] out of
    front-line towns, according to the ministry.""",
)

item(
    "Myanmar resistance fighter counts the cost of a hill",
    """Ko Thura, {{28}}, commands a platoon of the People's Defence Force in Myanmar's Sagaing
    region. He joined in {{2021}}, weeks after the coup, with
    [[11 friends|combatants]] from his village, and [[seven of them|killed;n=-]] are now dead.
    "We were [[about 120 fighters|combatants;a=Ko Thura]] when we attacked the police post in
    March, and we lost [[14 men|killed;a=Ko Thura]] taking the hill," he said at a camp in the
    forest. He said his unit captured [[37 rifles|other;a=Ko Thura]] and took
    [[22 policemen|arrested;a=Ko Thura]] prisoner. The junta's spokesman said at the time that
    [[nine police officers|killed;a=The junta's spokesman]] had died defending the post. The
    Assistance Association for Political Prisoners says security forces have killed
    [[more than 5,000 civilians|killed;a=The Assistance Association for Political Prisoners]]
    since the coup and arrested
    [[over 26,000 people|arrested;a=The Assistance Association for Political Prisoners]]. The
    UN estimates that [[some 3 million people|displaced;a=The UN]] are displaced across
    Myanmar.""",
)

item(
    "Haitians fleeing Solino crowd into a city-centre school",
    """Residents of Solino, a neighbourhood of Port-au-Prince, fled on foot over the weekend as
    gang members moved in and set fire to houses. "They burned my house and
    [[maybe 30 others|housing;q=approx;u=structure;a=Marie-Ange Pierre]] on my street,"
    said Marie-Ange Pierre, {{56}}, who now sleeps on the floor of a school in the city
    centre. The school's director, Jean-Robert Célestin, said
    [[more than 1,100 people|displaced;a=The school's director;alt=Jean-Robert Célestin]] were
    sleeping in its
    [[14 classrooms|capacity;a=The school's director;alt=Jean-Robert Célestin]] and in the
    courtyard. "We have [[two toilets|aid;u=other;a=Jean-Robert Célestin]] for all these
    people," he said. The International Organization for Migration said
    [[more than 4,000 people|displaced;a=The International Organization for Migration]] fled
    Solino and nearby areas in {{three days}}. It says
    [[362,000 Haitians|displaced;a=The International Organization for Migration]] were
    already displaced across the country. Police said
    [[at least five people|killed;a=Police]] were killed, among them a police officer. A
    resident who asked not to be named said
    [[about a dozen bodies|killed;a=A resident]] lay in the street near the church on Sunday
    morning. Gangs control about {{85%}} of the capital, according to the United Nations.""",
)

item(
    "Kibbutz survivors keep their own count",
    """Before {{7 October}}, [[about 400 people|civilians]] lived in Kibbutz Ein Shalem, a
    cluster of low houses less than {{3 km}} from the Gaza fence. Yael Mor, who ran the
    community's emergency team, keeps the count on a sheet of paper folded in her pocket.
    "[[Sixty-two of our people|killed;a=Yael Mor]] were murdered,
    [[29|kidnapped;a=Yael Mor]] were taken to Gaza and [[one|missing;a=Yael Mor]] we still
    cannot find," she said in a hotel by the Dead Sea. The army has confirmed
    [[57 deaths|killed;a=The army]] from the kibbutz. "The army counts the bodies it has
    identified. We count our neighbours," Mor said.
    [[Fourteen of the hostages|kidnapped;a=Yael Mor]] were freed during the November truce,
    she said. The hotel houses [[about 280 evacuees|displaced;a=the regional council]] from
    the kibbutz and [[a further 60|displaced;a=the regional council]] are staying with
    relatives, according to the regional council. Israel says
    [[about 1,200 people|killed;a=Israel]] were killed in the attack.""",
)

item(
    "In a Yemen cholera ward, a doctor counts beds and days",
    """Amal Saif runs the cholera treatment centre at the district hospital in Bajil, in
    Yemen's Hodeidah province. She said [[about 150 patients a day|injured;a=Amal Saif]]
    arrive, many of them children carried in by their fathers. "We have
    [[40 beds|capacity;a=Amal Saif]], so the rest lie on mats in the corridor," she told
    Reuters by phone. "Last week we lost [[six children|killed;a=Amal Saif]]," she said. The
    centre has [[14 nurses|other;a=Amal Saif]], she said, and none of them has been paid for
    {{eight months}}. Another centre in Hodeidah city took in
    [[more than 3,000 patients|injured;a=Médecins Sans Frontières]] last month, according to
    Médecins Sans Frontières, which runs it. The World Health Organization says
    [[more than 1 million suspected cases|other;a=The World Health Organization]] and
    [[about 2,200 deaths|killed;a=The World Health Organization]] have been recorded in Yemen
    since {{April 2017}}. Physicians for Human Rights says air strikes by the Saudi-led
    coalition have damaged or destroyed
    [[more than 120 health facilities|housing;a=Physicians for Human Rights]] since the war
    began in {{2015}}. Saif said fuel for the hospital generator costs {{$600 a week}}, paid by
    a local businessman. "If he stops, we stop," she said.""",
)

item(
    "Zamzam survivors walk to Tawila and count who did not arrive",
    """Fatima Abdelrahman left Zamzam camp on foot on the {{second morning}} of the attack, with
    her mother, her children and a donkey carrying water. "We were
    [[about 40 people|displaced;a=Fatima Abdelrahman]] from our block when we started, and
    [[31|displaced;a=Fatima Abdelrahman]] reached Tawila," she said, sitting under a tree at the
    edge of a new settlement. She said [[two men|killed;a=Fatima Abdelrahman]] in the group had
    been shot at a checkpoint and that an old woman had died of thirst on the {{third day}}. The
    Rapid Support Forces, which have besieged nearby El Fasher for more than a year, said they
    had "liberated" the camp and accused the army of using it as a base. The UN said
    [[more than 400,000 people|displaced;a=The UN]] had fled Zamzam in the days after the
    attack, most of them to Tawila, about {{60 km}} to the west. The UN human rights office said
    it had verified the killing of
    [[at least 100 civilians|killed;a=The UN human rights office]] in the camp and that the real
    toll was probably higher. The Zamzam emergency response room, a volunteer group, put the
    toll at [[more than 400|killed;a=The Zamzam emergency response room]]. In Tawila, Médecins
    Sans Frontières said its hospital had received
    [[more than 200 wounded|injured;a=Médecins Sans Frontières]] in {{two days}}, most of them
    with gunshot wounds. "We are treating people in the corridors and under the trees," said
    Marion Dupont, an MSF nurse. Adam Ishaq, a block leader from Zamzam, said he had registered
    [[1,650 families|displaced;a=Adam Ishaq]] from the camp in the settlement by Wednesday.
    "There are only [[six latrines|aid;a=Adam Ishaq]] for all of them," he said. Sudan's war,
    now in its {{third year}}, has displaced
    [[more than 12 million people|displaced;a=the International Organization for Migration]],
    according to the International Organization for Migration. Abdelrahman does not know where
    her husband is: he stayed behind in El Fasher in {{June 2024}} to look after the family's
    shop, and she last heard his voice on a borrowed satellite phone in February.""",
)
