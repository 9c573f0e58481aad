"""Items of dev360: Maguindanao, Cotabato and the Bangsamoro transition, 2015-2026 (Mamasapano,
the BIFF, the decommissioning of MILF fighters, the camps, clan wars, elections and floods)."""

from _wrap import item

item(
    "Mamasapano: 44 police commandos among 67 dead in Maguindanao clash",
    """
    [[Forty-four members|killed;a=the Philippine National Police]] of the police Special Action
    Force were killed in a day-long clash with Moro rebels in Mamasapano, Maguindanao, on
    {{January 25}}, the Philippine National Police confirmed on Tuesday. The Moro Islamic
    Liberation Front said [[18 of its fighters|killed;a=The Moro Islamic Liberation Front]] died,
    and local officials said [[at least five civilians|killed;a=local officials]] were caught in
    the crossfire in the village of Tukanalipao. [[Fifteen commandos|injured]] survived with
    wounds after being pinned down in a cornfield for hours. The commandos had gone in to serve a
    warrant on a Malaysian bomb maker; [[392 commandos|combatants;a=a Senate report]] took part in
    the operation, according to a Senate report. Fighting in the marshland since then has driven
    [[some 7,000 residents|displaced;a=the provincial government]] from their homes, the
    provincial government said.
    """,
)

item(
    "Offensive against BIFF displaces 125,000 in Maguindanao",
    """
    The military's offensive against the Bangsamoro Islamic Freedom Fighters in Maguindanao has
    displaced [[more than 125,000 people|displaced;a=the Autonomous Region in Muslim Mindanao's disaster office]],
    the Autonomous Region in Muslim Mindanao's disaster office said on Friday, most of them from
    towns around the Liguasan Marsh. They are housed in
    [[43 evacuation centres|capacity;a=the disaster office;alt=the Autonomous Region in Muslim Mindanao's disaster office]]
    and with relatives, the disaster office said. Major General Edmundo Pangilinan, commander of the army's {{6th}} Infantry Division, said
    [[145 BIFF fighters|killed;a=Major General Edmundo Pangilinan]] had been killed and
    [[26 captured|arrested;a=Major General Edmundo Pangilinan;n=-]] since the operation
    began {{four weeks}} ago, while [[seven soldiers|killed;a=Major General Edmundo Pangilinan]]
    had died. The BIFF, which split from the MILF in {{2008}}, was believed to have
    [[around 300 armed men|combatants]] at the start of the offensive. Aid agencies warn of
    diarrhoea in crowded school buildings, where [[some 200 people|displaced;a=Aid agencies]]
    share a toilet.
    """,
)

item(
    "MILF hands over first 75 weapons as decommissioning begins",
    """
    [[One hundred and forty-five combatants|combatants;a=the Independent Decommissioning Body]]
    of the Moro Islamic Liberation Front handed over [[75 weapons|other;a=the Independent Decommissioning Body]]
    at a ceremony in Sultan Kudarat town on {{June 16, 2015}}, the Independent Decommissioning
    Body said, the first step in disarming a rebel army that fought the government for
    {{four decades}}. The weapons, among them mortars and {{.50-calibre}} machine guns, were
    registered and stored in a warehouse guarded by foreign monitors. The MILF has said it has
    [[about 40,000 fighters|combatants;a=The MILF]], though the military puts the number at
    [[fewer than 12,000|combatants;a=the military]]. Each fighter who lays down arms is to get
    {{P25,000}} in cash and training, and the government has promised to build
    [[about 2,000 houses|housing;a=the government;p]] in the camps and to train
    [[1,000 former fighters|aid;a=the government;p]] as farmers. The youngest of the first group was {{19}}, the oldest
    {{67}}.
    """,
)

item(
    "Duterte watches 12,000 MILF fighters begin to disarm",
    """
    President Rodrigo Duterte on Saturday watched as [[1,060 MILF combatants|combatants]] turned
    in their weapons in Sultan Kudarat, opening the second phase of a process that is to take
    [[12,000 fighters|combatants;a=the government;p]] out of the field by {{2020}}, according
    to the government. The Independent Decommissioning Body said
    [[920 firearms|other;a=The Independent Decommissioning Body]] were surrendered at the
    ceremony. The rebels are to hand in [[about 2,100 weapons|other;a=the peace panel;p]] in this
    phase, the peace panel said, and [[the remaining 14,000 fighters|combatants;a=the peace panel;p]]
    would be decommissioned once the Bangsamoro government is in place. "These men have waited
    {{22 years}} for this day," said an MILF spokesman at the ceremony. [[About 2,000 soldiers and police|combatants;n=soldiers and police]] secured the
    venue.
    """,
)

item(
    "Third phase of decommissioning completed in Bangsamoro camps",
    """
    The third phase of the decommissioning of the Moro Islamic Liberation Front ended on Monday
    with [[5,480 combatants|combatants;a=the Office of the Presidential Adviser on Peace, Reconciliation and Unity]]
    and [[2,450 weapons|other;a=the Office of the Presidential Adviser on Peace, Reconciliation and Unity]]
    processed since {{November 2021}}, the Office of the Presidential Adviser on Peace,
    Reconciliation and Unity said. That brings the total to
    [[about 19,300 fighters|combatants;a=the office;alt=the Office of the Presidential Adviser on Peace, Reconciliation and Unity]]
    since {{2015}}, the office said. Each former fighter receives a package worth
    {{P100,000}}, and the social welfare department said [[some 4,900 families|aid;a=the social welfare department]]
    of decommissioned combatants had enrolled in its cash transfer programme. In Camp Darapanan,
    carpenters are building [[the first 300 houses|housing;p]] of a settlement for former fighters
    and their families, which is planned to grow to [[1,000 homes|housing;p]].
    """,
)

item(
    "Last phase of MILF disarmament stalls before Bangsamoro vote",
    """
    The final phase of the decommissioning of the Moro Islamic Liberation Front has stalled with
    [[about 14,000 combatants|combatants;a=MILF officials;p]] and their weapons still to be processed,
    MILF officials said on Wednesday, blaming delays in the promised livelihood and housing aid.
    Government peace negotiators said [[more than 26,000 fighters|combatants;a=Government peace negotiators]]
    had been decommissioned since {{2015}} and that the remaining ones would be done by the end of
    {{2026}}. "Our men will not give up their rifles for a promise," said a commander of the
    {{105th}} Base Command, who asked not to be named. The {{2020}} plan had called for
    {{35 percent}} of the weapons to be handed in during the last phase. Security analysts
    estimate that [[several thousand loose firearms|other;a=Security analysts]] are in the hands
    of clan militias in the region, outside the process altogether. The peace panel's
    secretariat said [[about 1,100 fighters|combatants;a=The peace panel's secretariat]] were
    processed in {{2024}}, against a target of [[7,000|combatants;a=The peace panel's secretariat;p]].
    Of the [[1,500 houses|housing;a=residents;p]] promised to former fighters in Camp Bushra,
    [[fewer than 200|housing;a=residents;u=structure]] have been built, residents said.
    """,
)

item(
    "Feuding MILF commanders' clash empties villages in Maguindanao del Sur",
    """
    Clashes between the forces of two Moro Islamic Liberation Front commanders in Datu Saudi
    Ampatuan have displaced [[about 3,100 families|displaced;a=the municipal disaster office]],
    the municipal disaster office said on Thursday. [[Twelve people|killed;a=police]], among them
    [[two children|killed;a=police]], have been killed since the fighting over land began
    last week, and [[eight|injured;a=police]] were wounded, police said. The evacuees are sheltering in
    [[nine schools|capacity]] and a mosque in the neighbouring town of Shariff Aguak. The
    ceasefire committee of the government and the MILF said it had deployed
    [[40 monitors|other;a=The ceasefire committee]] to separate the two groups, and by Sunday
    [[some 1,200 families|returned;a=town officials]] had gone home, town officials said.
    [[Three farmers|missing]] who went to check their crops on Tuesday have not been heard from.
    """,
)

item(
    "Landslide buries Kusiong as storm Paeng floods Maguindanao",
    """
    [[At least 61 people|killed;a=the Bangsamoro region's disaster ministry]] died in Maguindanao
    when storm Paeng triggered floods and a landslide on the slopes of Mount Minandar, the
    Bangsamoro region's disaster ministry said on Monday. Most of the dead were in the village
    of Kusiong in Datu Odin Sinsuat, where [[19 residents|missing;a=rescuers]] are still buried in
    mud, according to rescuers. Over the whole region,
    [[more than 8,000 families|displaced;a=the ministry;alt=the Bangsamoro region's disaster ministry]]
    were in evacuation centres and [[about 2,300 houses|housing;a=the ministry;alt=the Bangsamoro region's disaster ministry]]
    were damaged or washed away, the ministry said. Soldiers, police and volunteers, [[300 rescuers|other]]
    in all, dug through the mud with shovels as rain kept heavy machinery off the slope. The
    village chief said [[a dozen houses|housing;a=The village chief]] had been flattened by a
    single wall of earth at about {{10 pm}}.
    """,
)

item(
    "Bangsamoro government sends food packs to flooded Cotabato towns",
    """
    The Bangsamoro government's relief programme has delivered
    [[12,400 family food packs|aid;a=the Ministry of Social Services and Development]] to flooded
    towns in Maguindanao del Norte and Cotabato City since Friday, the Ministry of Social Services
    and Development said, using [[36 trucks|aid;a=the Ministry of Social Services and Development]]
    and [[four boats|aid;a=the Ministry of Social Services and Development]] to reach villages cut
    off by water. The ministry said [[roughly 48,000 families|civilians;a=The ministry;alt=the Ministry of Social Services and Development]]
    had been affected by the floods and [[11,600 of them|displaced;a=The ministry;alt=the Ministry of Social Services and Development;n=-;u=household]]
    were still in evacuation centres. Water in parts of Cotabato City was {{1.5 metres}} deep on
    Sunday. Officials expect to distribute [[another 20,000 packs|aid;a=Officials;p]] this week if
    the roads reopen.
    """,
)

item(
    "MILF camps turn to farming as transformation programme begins",
    """
    The government and the Moro Islamic Liberation Front began work on Tuesday to turn
    [[six former MILF camps|other]] into civilian communities, among them Camp Abubakar, once
    the rebels' headquarters, which the army overran in {{2000}}. The programme plans to give
    farm inputs to [[2,400 households|aid;a=The programme;p]] in and around the camps in its first
    year and to build [[18 school buildings|housing;a=The programme;p]]. A joint task force said
    [[about 640 families|returned;a=A joint task force]] had resettled in Camp Bilal in Lanao
    del Norte since the ceasefire, many of them relatives of fighters who had lived in the
    forest for {{decades}}. Residents complain that [[only three|other;a=Residents;n=-;u=other]] of the
    [[12 promised water systems|other;a=Residents;u=other]] work.
    """,
)

item(
    "BIFF gunmen storm Datu Paglas market, take villagers as shields",
    """
    [[About 30 gunmen|combatants;a=the army]] of the Bangsamoro Islamic Freedom Fighters stormed
    the public market of Datu Paglas before dawn on Sunday, the army said, setting fire to
    [[17 stalls|housing;a=the army;u=structure]] and a police outpost. The gunmen took
    [[five villagers|kidnapped;a=the army's 6th Infantry Division]] with them as they withdrew into
    the marsh, according to the army's {{6th}} Infantry Division, and freed
    [[three|kidnapped;a=the army's 6th Infantry Division]] of them later that day. [[Four soldiers|killed;a=the division;alt=the army's 6th Infantry Division]] were killed
    and [[11|injured;a=the division;alt=the army's 6th Infantry Division]] wounded in the pursuit, the division said. [[Some
    1,000 families|displaced;a=the town's mayor]] fled into the town centre, the town's mayor
    told a local radio station.
    """,
)

item(
    "Twin blasts outside Cotabato City mall kill two on New Year's Eve",
    """
    [[Two people|killed;a=police]] were killed and [[34|injured;a=police]] wounded when a bomb
    went off outside a shopping mall in Cotabato City on {{December 31}}, hours before New Year
    celebrations, police said. A {{second}} device was found and defused nearby. [[About 2,000 shoppers|civilians;a=police]] were inside the mall at
    the time, police said, and the blast damaged [[14 stalls|housing;a=police;u=structure]] and
    [[six vehicles|other;a=police]]. The regional
    police director said [[three suspects|arrested;a=The regional police director]], believed
    to be linked to a local Islamic State-inspired cell, were arrested in Maguindanao two days
    later. The city deployed [[500 additional police and soldiers|combatants;n=police and soldiers]]
    to churches and malls for the holidays, and the mayor banned large gatherings in public spaces until {{January 3}}.
    """,
)

item(
    "Former MNLF fighters join police in Bangsamoro",
    """
    [[Some 1,500 former fighters|combatants;a=the interior ministry;p]] of the Moro National Liberation
    Front are to join the national police in the Bangsamoro region over the next {{three years}},
    the interior ministry said on Thursday, under a deal that also covers former MILF members. In
    the first batch, [[400 recruits|combatants]] who passed the entrance exam began training in
    Cotabato City this week. The police said [[38 of the recruits|combatants;a=The police;n=recruits]] were women and that
    [[25 instructors|other;a=The police]] would run the course. The rules waive the age limit of {{30}} for former combatants and
    accept a high-school diploma. Officials said [[more than 1,000 former rebels|other;a=Officials]]
    had applied for amnesty under the proclamation signed in {{2023}}, and [[about 700|other;a=Officials]]
    had been granted it.
    """,
)

item(
    "Election violence in Maguindanao leaves 14 dead before polls",
    """
    [[At least 14 people|killed;a=the police]] have been killed in election-related violence in
    the Maguindanao provinces since the campaign began, the police said on Wednesday, among them
    [[two candidates|killed;a=the police]] for town council. Police have arrested
    [[82 people|arrested]] for violating the gun ban and seized
    [[more than 250 firearms|other]] at checkpoints. The Commission on Elections has placed
    [[nine towns|other;a=The Commission on Elections;u=other]] under its control, and the
    military said it would deploy [[3,500 soldiers|combatants;a=the military;p]] on election
    day. In Datu Anggal Midtimbang,
    [[between 400 and 500 families|displaced;a=the town's social welfare office]] fled after
    supporters of rival candidates exchanged fire, the town's social welfare office said. "We have a tradition here of deciding things with rifles," said an election officer in
    Buluan who asked not to be named.
    """,
)

item(
    "Clan war in Lanao del Sur uproots 600 families",
    """
    A feud between two clans in the town of Tamparan has forced
    [[some 600 families|displaced;a=the provincial social welfare office]] to flee, the provincial
    social welfare office said on Monday. The rido, which began with a dispute over a mayoral race
    in {{2019}}, flared again when [[five men|killed;a=police]] were shot dead at a wedding on
    Friday, police said. The army has sent [[about 200 soldiers|combatants]] to the area, and the International Monitoring Team said it was trying to broker a truce.
    [[Two teenagers|missing]] have been unaccounted for since the shooting. The
    [[four villages|other;a=officials]] at the centre of the feud are home to
    [[about 4,200 people|civilians;a=officials]], officials said. Most of the
    displaced families are staying in [[three mosques|capacity]] and a madrasa in Marawi.
    """,
)

item(
    "Bangsamoro parliament passes record budget",
    """
    The Bangsamoro Transition Authority passed a {{P98.5-billion}} budget for {{2025}} on Friday,
    the largest since the region was created in {{2019}}. The block grant from Manila makes up
    {{about 80 percent}} of the total, with {{P1.9 billion}} earmarked for the final phase of
    decommissioning and {{P2.3 billion}} for the former MILF camps. Opposition members said
    spending on infrastructure rose by {{17 percent}} while health spending fell. The region's
    first parliamentary elections, first set for {{2022}} and then for {{May 2025}}, were moved to
    {{October 13, 2025}} and then again to {{2026}}.
    """,
)

item(
    "Bangsamoro plebiscite: yes vote wins in Cotabato City",
    """
    Voters in Cotabato City backed joining the new Bangsamoro region in the plebiscite of
    {{January 21, 2019}}, with the yes side taking {{59 percent}}, the Commission on Elections
    said. Turnout across the old autonomous region was {{87 percent}}. In Isabela City, Basilan,
    the no side won with {{52 percent}}, keeping the city out. The result ended a campaign of
    {{five months}} in which the city's mayor, {{45}}, led the opposition. The second round, on
    {{February 6}}, decided whether towns in Lanao del Norte and North Cotabato would join.
    """,
)
