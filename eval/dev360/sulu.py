"""Items of dev360: Sulu, Basilan, Tawi-Tawi, Zamboanga and the Sulu Sea, 2014-2026 (Abu Sayyaf
kidnappings, bombings and surrenders, the Zamboanga evacuees and the return to Patikul)."""

from _wrap import item

item(
    "Gunmen seize four from Samal Island resort",
    """
    Armed men abducted [[four people|kidnapped;a=police]], two Canadians, a Norwegian and a
    Filipina, from a marina resort on Samal Island near Davao City late on Monday, police said.
    Witnesses told investigators that [[about 11 gunmen|combatants;a=investigators]] arrived in
    two motorboats, and a resort security guard said they fired into the air before leading the
    captives away at about {{11:30 pm}}. The navy said [[three vessels|other;a=The navy;u=other]] and a
    helicopter were searching the waters of the Davao Gulf. Regional police said
    [[two other guests|other;a=Regional police]] escaped by jumping into the sea, and that the
    resort's [[14 staff members|other;a=Regional police]] were being questioned. Security
    officials believe the Abu Sayyaf, which has held [[more than 20 foreigners|kidnapped;a=Security officials]]
    for ransom in the Sulu archipelago in the past {{two years}}, may have been hired to carry
    out the abduction.
    """,
)

item(
    "Abu Sayyaf frees 10 Indonesian tugboat crew in Sulu",
    """
    The Abu Sayyaf released [[10 Indonesian sailors|kidnapped;a=the governor of Sulu]] on Sunday,
    more than {{five weeks}} after seizing them from a tugboat towing a coal barge in the Sulu
    Sea, the governor of Sulu said. The sailors were left outside the governor's house in Jolo
    and flown to Zamboanga City. Jakarta did not say whether a ransom was paid; the gunmen had
    reportedly asked for {{50 million pesos}}. The military said the group was still holding
    [[at least 14 hostages|kidnapped;a=The military]], among them [[four Malaysians|kidnapped;a=The military]]
    and a Dutch birdwatcher seized in {{2012}}. Indonesia's foreign ministry said
    [[four more Indonesian crew|kidnapped;a=Indonesia's foreign ministry]] taken from a second
    tugboat in {{April}} were also believed to be in Sulu. Jakarta says [[14 Indonesians|kidnapped;a=Jakarta]] have now been freed this
    year. Troops have pressed operations in
    Patikul and Indanan, where [[about 2,000 soldiers|combatants]] are deployed.
    """,
)

item(
    "Twin bombs at Jolo cathedral kill 20 during Sunday Mass",
    """
    [[At least 20 people|killed;a=the military]] were killed and [[81|injured;a=the military]]
    wounded when two bombs exploded at the Cathedral of Our Lady of Mount Carmel in Jolo during
    a Sunday Mass on {{January 27, 2019}}, the military said. The {{first}} blast went off inside
    the church and the {{second}} in the car park as soldiers rushed to help. Among the dead were
    [[five soldiers|killed;a=the Western Mindanao Command]] and a coast guard member, according to
    the Western Mindanao Command. Officials said [[more than 300 worshippers|civilians;a=Officials]] were at the Mass.
    Islamic State claimed the attack. Police later said
    [[five suspects|arrested;a=Police]] linked to the Ajang-Ajang faction of the Abu Sayyaf had
    surrendered or been arrested. The army sent [[about 1,000 more troops|combatants]]
    to Sulu, and the church, a target of grenade attacks in {{2010}} and {{2013}}, was closed
    for repairs for {{six months}}.
    """,
)

item(
    "Jolo twin blasts kill 14, army says suicide bombers were women",
    """
    [[Fourteen people|killed;a=the army]], among them [[seven soldiers|killed;a=the army]] and
    a police officer, were killed when two bombs went off in
    the centre of Jolo about an hour apart on Monday, the army said. Hospital officials said
    [[75 people|injured;a=Hospital officials]] were treated for their wounds, [[21 of them|injured;a=Hospital officials;n=-]]
    soldiers. The army said the second bomber was a woman, the widow of an Abu Sayyaf member
    killed in {{2019}}, and blamed the faction of Mundi Sawadjaan, whose men number
    [[fewer than 30|combatants;a=intelligence estimates]], according to intelligence estimates. Shops in the
    town's main street stayed closed on Tuesday, and the provincial government imposed a curfew
    from {{8 pm}}. Within a week, police said they had arrested
    [[three suspected accomplices|arrested;a=police]].
    """,
)

item(
    "Eighteen soldiers killed in Basilan battle with Abu Sayyaf",
    """
    [[Eighteen soldiers|killed;a=the military]] were killed and [[53|injured;a=the military]]
    wounded in a ten-hour battle with the Abu Sayyaf in the jungle of Tipo-Tipo, Basilan, the
    military said on Sunday, the army's heaviest loss in a single day in years. The military said
    [[five militants|killed;a=The military]] were killed, including a Moroccan bomb maker, but
    provincial officials said the rebels had carried away many more bodies.
    Troops faced [[between 100 and 120 gunmen|combatants;a=Army officers]], Army officers said.
    The fighting drove [[some 4,000 residents|displaced;a=the town's mayor]] of nearby villages
    into the town centre, the town's mayor said. By Friday
    [[about 700 families|returned;a=the municipal social welfare office]] had gone home, the
    municipal social welfare office said, while [[some 300|displaced;a=the municipal social welfare office;u=household]]
    remained in the town gym.
    """,
)

item(
    "Patikul evacuees pack schools as offensive grinds on",
    """
    The military's offensive against the Abu Sayyaf in Patikul, Sulu, has displaced
    [[about 2,400 families|displaced;a=the provincial disaster office]], the provincial disaster
    office said, or [[roughly 11,000 people|displaced;a=the provincial disaster office]]. Most
    are staying with relatives in Jolo, but [[about 600 families|displaced;a=the office;alt=the provincial disaster office]]
    are in [[five schools|capacity;a=the office;alt=the provincial disaster office]] and a
    covered gym, the office said. The Department of Social Welfare and Development said it had
    sent [[8,000 family food packs|aid;a=The Department of Social Welfare and Development]] and
    planned to send [[another 5,000|aid;a=The Department of Social Welfare and Development;p;u=other]].
    The army said [[dozens of Abu Sayyaf members|combatants;a=The army]] were hiding in the forests
    around Mount Tumatangis and that [[32 of them|killed;a=The army;n=-]] had been killed since
    {{January}}.
    """,
)

item(
    "Hundreds of Abu Sayyaf members have surrendered in Sulu, army says",
    """
    [[More than 350 members|combatants;a=the army]] of the Abu Sayyaf have surrendered in Sulu
    since {{2019}}, the army said on Monday, leaving [[fewer than 40 armed followers|combatants;a=the army]]
    in the hills of Patikul and Indanan. Those who give up are held at a camp in Jolo for
    screening and receive livelihood training; [[212 former members|aid;a=the provincial government]]
    have received cash grants and farm tools, the provincial government said. On Sunday alone,
    [[19 fighters|combatants]] came down from the mountains and handed over
    [[16 firearms|other]], among them {{M16}} rifles and an {{M60}} machine gun. [[Nine of them|combatants;a=the army;n=-]] were under {{18}}, the army said. The army credited
    relatives and clan elders who carried messages into the forest. Some of those who surrendered
    were as young as {{15}} when they joined.
    """,
)

item(
    "Families go back to Patikul villages as Sulu is declared free of Abu Sayyaf",
    """
    [[About 1,200 families|returned;a=the provincial government]] have gone back to villages in
    Patikul that they fled during the fighting against the Abu Sayyaf, the provincial government
    said on Thursday, a week after the army declared Sulu free of the group. The province said it
    would build [[1,500 houses|housing;a=The province;p]] for returnees by the end of {{2025}}.
    Army officers said [[only four|combatants;a=Army officers]] of the group's fighters were
    still at large, and they were believed to be in Basilan. [[Some 300 families|displaced;a=the municipal social welfare office]]
    remain in a transitional site near Jolo because their homes were burned, the municipal social
    welfare office said. Another [[300 to 350 families|returned;a=the province;p]] are expected
    to go home next month, the province said. Villagers say roads are still mined, and [[two farmers|injured]] were
    wounded by an improvised device in {{March}}.
    """,
)

item(
    "Zamboanga siege evacuees still in bunkhouses two years on",
    """
    [[Some 2,500 families|displaced;a=the city social welfare office]] displaced by the {{2013}}
    siege of Zamboanga City by a faction of the Moro National Liberation Front still live in
    bunkhouses and transitional sites, the city social welfare office said on Tuesday. The office
    counts [[about 1,100 families|displaced;a=The office;alt=the city social welfare office]] in
    the Masepla transitional site alone, where [[18 bunkhouses|capacity;u=structure;a=The office;alt=the city social welfare office]]
    share communal toilets. The National Housing Authority has built [[3,700 permanent houses|housing;a=The National Housing Authority]]
    under the city's rehabilitation plan and expects to hand over
    [[around 2,000 more|housing;a=The National Housing Authority;p;u=structure;n=-]] next year.
    Residents of the burned coastal villages of Rio Hondo and Mariki say they want to return to
    their stilt houses over the sea, which the city has barred. [[Hundreds of families|returned;a=Residents]]
    went back without permission last year, they say.
    """,
)

item(
    "Gunmen snatch five Indonesian fishermen off Sabah",
    """
    Gunmen seized [[five Indonesian fishermen|kidnapped;a=Malaysian police]] from a trawler in
    waters off Lahad Datu in Sabah late on Thursday and took them towards Tawi-Tawi, Malaysian
    police said. [[Three other crew|other]] were left behind and raised the
    alarm. Philippine military officials said the kidnappers, believed to be [[eight Abu Sayyaf members|combatants;a=Philippine military officials]],
    crossed the sea border in a speedboat. Since {{2016}}, [[more than 70 people|kidnapped;a=the Eastern Sabah Security Command]]
    have been kidnapped in the waters off eastern Sabah, according to the Eastern Sabah Security
    Command. The command said [[at least six|killed;a=The command;alt=the Eastern Sabah Security Command]]
    of them had died in captivity and [[three|missing;a=The command;alt=the Eastern Sabah Security Command]]
    were never accounted for. One of the fishermen, {{22}}, is a nephew of another man held by the group in
    {{2018}}. The boat's owner said the crew earned about {{RM30}} a day.
    """,
)

item(
    "Abu Sayyaf beheads German hostage after deadline passes",
    """
    The Abu Sayyaf beheaded German sailor Jurgen Kantner, {{70}}, after a ransom deadline of
    {{30 million pesos}} passed, the government said on Monday, condemning the killing. Kantner was
    seized from his yacht off Sabah in {{November}}; his companion was shot dead during the
    abduction. The military said the group still held [[at least 26 captives|kidnapped;a=The military]],
    [[19 of them|kidnapped;a=The military;n=-]] foreigners, among them
    [[six Vietnamese sailors|kidnapped;a=The military]] taken from a cargo ship in {{February}}.
    Since the start of the year, troops have rescued [[11 hostages|kidnapped;a=army figures]] and killed
    [[about 60 Abu Sayyaf fighters|killed;a=army figures]] in Sulu and Basilan, according to army figures.
    [[Thousands of soldiers|combatants]] are deployed on the two islands. Rescuers found [[two bodies|killed]] of Vietnamese sailors on Basilan in {{July}}.
    """,
)

item(
    "Van bomb at Basilan checkpoint kills 10",
    """
    [[Ten people|killed;a=the military]] were killed when a van packed with explosives blew up at
    a military checkpoint outside Lamitan City in Basilan on Tuesday morning, the military said,
    among them a soldier, [[five militiamen|killed;a=the military]]
    and a mother and her child. Hospital staff said [[seven people|injured;a=Hospital staff]]
    were hurt, [[three|injured;a=Hospital staff]] of them critically. Islamic State said a
    Moroccan suicide bomber carried out the attack. Troops had stopped the van because the driver
    spoke neither the local language nor Tagalog. The military said [[200-300 more troops|combatants;a=The military]] would
    reinforce checkpoints on the island. Lamitan is a city of
    [[about 90,000 people|civilians]], most of them Yakan and Christian settlers.
    """,
)

item(
    "Marines free two hostages, three soldiers missing after Sulu clash",
    """
    Marines rescued [[two hostages|kidnapped;a=the Western Mindanao Command]] held by the Abu Sayyaf
    on Sunday in a raid near Talipao, Sulu, the Western Mindanao Command said, but
    [[three marines|missing;a=the command;alt=the Western Mindanao Command]] were missing after
    the gunfight and [[five|injured;a=the command;alt=the Western Mindanao Command]] were wounded,
    the command said. The freed captives, Indonesian fishermen seized off Tawi-Tawi in
    {{January}}, were in good health. Marine officers said [[between 20 and 25 gunmen|combatants;a=Marine officers]]
    guarded the camp and [[at least three|killed;a=Marine officers]] of them were killed. The
    command said a battalion of [[500 marines|combatants;a=The command;alt=the Western Mindanao Command]]
    was searching the area, and that [[up to three hostages|kidnapped;a=The command;alt=the Western Mindanao Command]]
    might still be held on the island.
    """,
)

item(
    "Police break kidnap-for-ransom ring in Zamboanga peninsula",
    """
    Police arrested [[nine suspected kidnappers|arrested;a=the regional police]], among them a
    former village chief, in raids in Zamboanga Sibugay and Zamboanga City on Friday, the regional
    police said. The group is blamed for [[at least 12 abductions|kidnapped;a=police;u=other]]
    of businessmen and their children since {{2019}}, police said. Officers seized
    [[six pistols|other]], [[two grenades|other]] and [[a dozen mobile phones|other;u=other]].
    The last victim, a Chinese trader aged {{54}}, was freed in {{September}} after his family paid
    {{P2 million}}. Police said [[four captives|kidnapped;a=Police]] had been rescued in earlier operations.
    Investigators said the gang sold some of its captives to the
    Abu Sayyaf in Sulu.
    """,
)

item(
    "Fire razes 600 houses in Jolo stilt village",
    """
    A fire tore through a stilt village in Jolo on Wednesday, destroying
    [[about 600 houses|housing;a=the Bureau of Fire Protection]] and leaving
    [[more than 1,000 families|displaced;a=the Bureau of Fire Protection]] homeless, the Bureau of
    Fire Protection said. [[Two people|killed;a=the bureau;alt=the Bureau of Fire Protection]]
    died, a woman of {{68}} and her grandson, and [[14|injured;a=the bureau;alt=the Bureau of Fire Protection]]
    were injured, the bureau said. The fire started at about {{2 pm}} and burned for
    {{four hours}}, fanned by the wind off the sea. The provincial government opened
    [[three evacuation centres|capacity]] and the navy sent [[two ships|aid;a=the navy]] with water
    and food, according to the navy. [[Dozens of families|displaced]] slept in boats moored
    near the pier.
    """,
)

item(
    "Supreme Court rules Sulu is not part of Bangsamoro",
    """
    The Supreme Court ruled on {{September 9, 2024}} that Sulu is not part of the Bangsamoro
    Autonomous Region in Muslim Mindanao, because the province voted no in the {{2019}}
    plebiscite. In that vote, {{54 percent}} of Sulu voters rejected the Bangsamoro Organic Law,
    while the region as a whole backed it. The ruling reduced the region's seats in its future
    parliament, and the government said it would revise the districts before elections then due
    on {{May 12, 2025}}. The province's share of the block grant, about {{P8 billion}} a year,
    will now go through the national budget. The governor, {{48}}, welcomed the decision.
    """,
)

item(
    "Abu Sayyaf: from Janjalani to the last holdouts",
    """
    The Abu Sayyaf was founded in the early {{1990s}} by Abdurajak Janjalani, a preacher who had
    studied in Libya and fought in Afghanistan, and who was killed in a clash in {{1998}}. Its
    kidnappings peaked in {{2000}}, with the seizure of tourists from a resort in Sipadan, and in
    {{2016}}, when ransom payments reached an estimated {{P353 million}}. The group pledged allegiance
    to Islamic State in {{2014}}. Isnilon Hapilon, its Basilan leader, was killed in Marawi on
    {{October 16, 2017}}, aged {{51}}. The military declared Basilan free of the group in
    {{2022}} and Sulu in {{2024}}.
    """,
)
