from _wrap import item

"""The front: Operation 1027 and the offensives after it, towns and bases captured, troop
strength, desertion, ceasefires, and the 2025 earthquake in the war zone, as the junta, the
resistance, ethnic armed groups, UN agencies and the wires report them."""


item(
    "Brotherhood Alliance launches Operation 1027 in northern Shan",
    """An alliance of ethnic armed groups launched coordinated attacks on military positions across
    northern Shan state on {{October 27, 2023}}, in an offensive they named Operation {{1027}}.
    The alliance said on the first day its fighters had captured [[more than 50
    outposts|other;a=The alliance]] and seized [[over 100 weapons|other;a=The alliance]]. By
    early {{November}}, the Myanmar National Democratic Alliance Army said, [[about 200
    soldiers|combatants;a=the Myanmar National Democratic Alliance Army]] had surrendered at Chinshwehaw,
    a trading hub on the Chinese border. The UN humanitarian office said [[some 50,000
    people|displaced;a=The UN humanitarian office]] had fled their homes in the {{first two weeks}},
    and that [[at least eight civilians|killed;a=The UN humanitarian office]] had been killed.
    The junta acknowledged losing control of [[three towns|other;a=The junta]] and said it would
    "counterattack". The alliance said it fielded [[tens of thousands of fighters|combatants;a=The
    alliance]], a claim analysts said was plausible. China called for a ceasefire.""",
)

item(
    "Lashio falls to MNDAA in biggest loss for the junta",
    """The Myanmar National Democratic Alliance Army said on Saturday it had taken the military's
    Northeastern Command in Lashio, the first regional command to fall since the coup. The
    group said it had captured [[several hundred soldiers|combatants;a=The group]], among them a
    brigadier general, and that [[about 1,000|combatants;a=The group;n=-]] had fled toward
    Hsipaw. Residents said [[at least 20 civilians|killed;a=Residents]] had been killed by airstrikes
    on the city during {{four weeks}} of fighting and that [[dozens of homes|housing;a=Residents]]
    had been flattened. Lashio, with a pre-war population of [[about 170,000|civilians;n=-]], lies on
    the main trade road to China. Local monks said [[about 30,000
    residents|displaced;a=Local monks]] had fled to Mandalay and Taunggyi. Rights groups said [[between 300 and 500 captured soldiers|combatants;a=Rights groups]] were being held in MNDAA camps near the border.""",
)

item(
    "Magnitude 7.7 earthquake hits Sagaing and Mandalay in war zone",
    """A {{7.7-magnitude}} earthquake struck near Mandalay on {{March 28, 2025}}, shortly after
    {{12:50 p.m.}}, toppling buildings in Mandalay, Sagaing and Naypyitaw. The junta said on
    {{April 3}} that [[3,085 people|killed;a=The junta]] had been killed, [[4,715|injured;a=The
    junta;n=-]] injured and [[341|missing;a=The junta;n=-]] were missing. The National Unity
    Government, citing its own local networks, said [[more than 3,700 people|killed;a=The
    National Unity Government]] died. The UN humanitarian office said [[more than 48,000
    buildings|housing;a=The UN humanitarian office]] were damaged or destroyed, among them
    [[over 2,000 monasteries|housing;a=The UN humanitarian office;u=structure]], and that [[some
    200,000 people|displaced;a=The UN humanitarian office]] were sleeping in the open or in
    tents. Despite a declared truce, the army carried out [[at least 120 airstrikes|other;a=the UN
    human rights office;u=other]] in the {{two weeks}} after the quake, the UN human rights office said.""",
)

item(
    "Rescuers dig for monks at collapsed exam hall in Mandalay",
    """Rescue teams from China and Russia worked through the night at a collapsed monastery
    hall in Mandalay where [[about 270 monks|missing;a=a monk at the site]] had been sitting a
    Buddhist scripture exam, a monk at the site said. By Sunday [[at least 50
    bodies|killed;a=rescuers]] had been recovered and [[nine monks|other;a=rescuers]] pulled out
    alive, rescuers said. Mandalay's main hospital treated [[some 700 injured
    people|injured;a=a doctor]] in the yard, a doctor said, after patients were moved out of
    cracked wards. The Red Cross said it had deployed [[450 volunteers|other;a=The Red Cross]] and
    [[40 ambulances|aid;a=The Red Cross]]. Aftershocks of magnitude {{6.4}} shook the city again on
    Saturday. Relatives said [[dozens of students|missing;a=Relatives]] from a nearby school were also still missing.""",
)

item(
    "Quake aid slowed by junta checkpoints in resistance areas, groups say",
    """Aid groups said the military was holding up relief supplies for quake survivors in
    areas of Sagaing held by the resistance, where [[an estimated 80,000 people|civilians;a=Aid
    groups]] were affected. At one checkpoint near Sagaing bridge, soldiers turned back [[15
    trucks|aid;a=a driver]] carrying tarpaulins and rice, a driver said. The National Unity
    Government said [[about 400 people|killed;a=The National Unity Government]] had died in
    towns it controls, [[150|killed;a=The National Unity Government;n=-]] of them in Sagaing
    town's northern wards. The World Food Programme said it had reached [[more than 100,000
    people|aid;a=The World Food Programme]] with food and cash, and planned to reach [[up to
    850,000|aid;a=The World Food Programme;n=-;p]] by {{June}}. UNICEF said [[1,800
    schools|housing;a=UNICEF]] had been damaged.""",
)

item(
    "Arakan Army overruns Western Command in Ann",
    """The Arakan Army said on Friday it had captured the military's Western Command
    headquarters in Ann after a siege of {{several months}}, giving it control of [[14 of
    Rakhine's 17 townships|other;a=The Arakan Army;u=other]]. The group said [[more than 400
    soldiers|killed;a=The group]] had been killed in the final assault and that it had lost
    [[between 80 and 100 fighters|killed;a=The Arakan Army]]. Residents of Ann said
    [[about 12,000 people|displaced;a=Residents of Ann]] had fled to the hills before the
    battle. The military did not confirm the loss. An analyst at the Institute for Strategy and
    Policy said the army now held [[fewer than 50 bases|other;a=An analyst at the Institute for
    Strategy and Policy;u=structure]] in Rakhine. [[Two dozen civilians|kidnapped;a=the group]]
    who had been held by soldiers inside the base were freed, the group said.""",
)

item(
    "Resistance forces take Kawlin, first district capital to fall",
    """People's Defence Force units and their allies captured Kawlin, a district capital in
    northern Sagaing, after {{10 days}} of fighting, the National Unity Government said. It said
    [[more than 100 soldiers and police|combatants;a=the National Unity Government;n=soldiers and police]]
    had surrendered, with [[about 300 weapons|other;a=the National Unity Government]]. The
    resistance lost [[17 fighters|killed;a=a commander]], a commander told Myanmar Now, and
    [[42|injured;a=a commander;n=-]] were wounded. Most of the town's [[25,000 residents|civilians]]
    had fled before the battle. The junta's information team said troops had "temporarily
    withdrawn" and that [[dozens of terrorists|killed;a=The junta's information team]] had been
    killed. Within a week, airstrikes had destroyed [[some 200 buildings|housing;a=residents]],
    residents said.""",
)

item(
    "Thousands of soldiers have defected since coup, group says",
    """People's Embrace, a group of former soldiers that helps troops leave the army, said
    [[more than 14,000 soldiers and police|other;a=People's Embrace;n=soldiers and police]] had
    defected since {{2021}}, [[about 2,000|other;a=People's Embrace;n=-]] of them in the {{past year}}. Estimates of the army's
    strength vary widely: the group put it at [[around 130,000 troops|combatants;a=the group;alt=People's
    Embrace]], of whom [[perhaps 70,000|combatants;q=approx;a=the group;alt=People's Embrace;n=-]]
    are frontline infantry. Researchers at the US Institute of Peace estimated [[as many as
    150,000|combatants;a=Researchers at the US Institute of Peace;n=-]] personnel in {{2023}}. The
    junta has said it plans to add [[60,000 conscripts a
    year|combatants;a=The junta;p;n=conscripts]].""",
)

item(
    "China-brokered truce returns Lashio to junta",
    """The Myanmar National Democratic Alliance Army handed Lashio back to the military on
    Tuesday under a deal brokered by China, the group and state media said. The MNDAA said it had
    withdrawn [[about 3,000 fighters|combatants;a=The MNDAA]] from the city and released [[87
    captured soldiers|other;a=The MNDAA]] as part of the agreement. State media said [[some 500
    civil servants|returned;a=State media]] had been sent back to reopen offices. Local
    residents said [[hundreds of families|returned;a=Local residents]] had come back to the
    city, but that [[more than 40 houses|housing;a=Local residents]] they had left were looted.
    [[Four residents|missing;a=relatives]] who stayed behind during the occupation are
    unaccounted for, relatives said.""",
)

item(
    "Junta retakes town in Karen state, resistance says it lost dozens",
    """The military recaptured Kawkareik on the Asian Highway on Saturday after {{two weeks}} of
    fighting, the Karen National Liberation Army said, admitting that it and allied resistance
    groups had lost [[at least 35 fighters|killed;a=the Karen National Liberation Army]]. The army
    had sent [[as many as 2,000 troops|combatants;a=the group;alt=the Karen National Liberation Army]], backed by
    [[12 armoured vehicles|other;a=the group;alt=the Karen National Liberation Army]], the group said. The Karen
    Peace Support Network said [[around 18,000 people|displaced;a=The Karen Peace Support Network]]
    had fled the town and villages nearby, and that [[14 civilians|killed;a=The Karen Peace
    Support Network]] had died in shelling. The group also said soldiers had taken [[about 30
    villagers|kidnapped;a=The group;alt=The Karen Peace Support Network]] to carry supplies. State
    media said troops had killed [[more than 100 terrorists|killed;a=State media]].""",
)

item(
    "Arakan Army accused of detaining Rohingya men for forced recruitment",
    """Rohingya refugees arriving in Bangladesh said the Arakan Army had rounded up [[hundreds of
    young men|kidnapped;a=Rohingya refugees arriving in Bangladesh]] in Buthidaung to fight or to dig
    trenches. Human Rights Watch said it had documented [[at least 40 cases|kidnapped;a=Human Rights
    Watch;u=other]] of Rohingya men taken by the group since {{May}}. The military, too, has
    conscripted [[an estimated 1,000 Rohingya|combatants;a=rights groups]] from the camps near
    Sittwe since {{February 2024}}, rights groups say. The Arakan Army denied the
    accusations. Refugees said [[25 people|killed;a=Refugees]] from one village had been shot
    while trying to reach the river, and that [[three boats|other;a=Refugees]] had capsized.
    [[About 50 passengers|missing;a=Refugees]] were missing, they said.""",
)

item(
    "TNLA seizes Mogok ruby town after months of fighting",
    """The Ta'ang National Liberation Army said on Wednesday it had taken full control of Mogok,
    the ruby-mining town in Mandalay region, after fighting that began in {{June}}. It said it
    had captured [[about 150 soldiers and police|combatants;a=The Ta'ang National Liberation Army;n=soldiers and police]] and [[14 military vehicles|other;a=The Ta'ang National Liberation Army]]. A spokesperson, Lway Yay Oo, said [[between 20 and 30 TNLA
    fighters|killed;a=A spokesperson, Lway Yay Oo]] had died. Residents said airstrikes on
    the town had killed [[at least 11 civilians|killed;a=Residents]], including [[two
    monks|killed;a=Residents]], and damaged a pagoda and [[60 houses|housing;a=Residents]]. A local
    official said [[about 8,000 residents|civilians;a=A local official]] were still in the town
    and that [[some 25,000|displaced;a=A local official;n=-]] had fled to Mandalay since
    {{June}}.""",
)

item(
    "Chin Brotherhood captures Falam after five-month siege",
    """Chin resistance forces said on Monday they had captured Falam, the first state-level town
    in Chin state to fall to the resistance, after a siege that began in {{November}}. The Chin
    Brotherhood said [[more than 80 soldiers|combatants;a=The Chin Brotherhood]] had surrendered and
    that [[about 30|killed;a=The Chin Brotherhood;n=-]] were killed in the last days of fighting.
    Its own losses were [[nine fighters|killed;a=The Chin Brotherhood]], it said.
    [[Some 12,000 residents|displaced;a=aid workers in Mizoram]] of Falam and nearby villages had
    crossed into India or fled to the hills during the siege, aid workers in Mizoram said, and
    [[roughly 2,000|returned;a=aid workers in Mizoram;n=-]] had already gone back. A local pastor
    said [[five churches|housing;a=A local pastor]] and [[more than 100 houses|housing;a=A local
    pastor]] had been damaged by airstrikes. [[Three civilians|kidnapped;a=the Chin
    Brotherhood]] held by soldiers at the base had been freed, the Chin Brotherhood said.""",
)

item(
    "Junta announces ceasefire for election period",
    """Myanmar's military government announced a ceasefire from {{November 1}} to {{January 31}}
    to allow voting in the election it has scheduled for {{December 28}}, state media said.
    The statement said the truce would apply "where possible". The
    National Unity Government called the vote, the first since {{2020}}, a sham. The junta has
    extended the state of emergency {{seven}} times since {{February 1, 2021}}. Polling will be
    held in phases, the election commission said, starting at {{7 a.m.}}.""",
)

item(
    "Min Aung Hlaing marks Armed Forces Day with parade in Naypyitaw",
    """Senior General Min Aung Hlaing, {{69}}, told a parade on Armed Forces Day on {{March 27}}
    that the army would "annihilate" the resistance, in a speech that lasted about {{40
    minutes}}. It was the {{80th}} Armed Forces Day, marking the army's uprising against the
    Japanese in {{1945}}. Russian-made {{Su-30}} jets flew over the parade ground. The ceremony
    was shortened after the {{2025}} earthquake, and no foreign delegations attended, state media
    said.""",
)

item(
    "Drone war: resistance groups build their own, junta buys Chinese",
    """Resistance groups in Sagaing and Magway say they now build [[about 300 drones a
    month|other;a=Resistance groups in Sagaing and Magway]] in jungle workshops, up from a handful
    in {{2021}}. One workshop visited by Reuters employed [[40 people|other]], many of them former
    engineering students. The military, meanwhile, has received [[at least 100 drones|other;a=the
    Justice for Myanmar group]] from China and Iran since {{2023}}, the Justice for Myanmar group
    said. Data for Myanmar counted [[1,243 drone attacks|other;a=Data for Myanmar;u=other]] by
    both sides in {{the first half of 2025}}, which killed [[at least 260 civilians|killed;a=Data for
    Myanmar]]. A commander in Myingyan said his unit had lost [[six pilots|killed;a=A commander in
    Myingyan]] to counter-drone fire. He said [[up to 50 fighters|combatants;a=A commander in Myingyan]] in his battalion
    were trained to fly them.""",
)
