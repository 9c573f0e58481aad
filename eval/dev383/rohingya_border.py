"""The Rohingya between the Arakan Army and the junta: the Naf river, crossings and pushbacks,
boats, conscription, the camps of Cox's Bazar and Bhasan Char, 2023-2026."""

from _wrap import item

item(
    "Drones hit Rohingya families waiting to cross the Naf",
    """Drone strikes on Rohingya families waiting to cross the Naf river near Maungdaw killed [[as
    many as 200 people|killed;a=survivors and activists]] on Monday, survivors and activists said.
    Médecins Sans Frontières said its teams in Cox's Bazar had treated [[39 people|injured;
    a=Médecins Sans Frontières]] with blast and gunshot wounds over the following {{three days}}.
    Videos verified by Reuters showed [[dozens of bodies|killed]] lying in the mud on the
    riverbank. One survivor, a mother aged {{35}}, said [[eight members of her family|killed;a=One
    survivor;n=members]] were killed as they waited for a boat. The Arakan Army denied responsibility and
    blamed the military and Rohingya armed groups. Bangladeshi officials said [[about 3,000
    Rohingya|displaced;a=Bangladeshi officials]] had crossed the border in the previous week and
    that boats carrying [[hundreds more|returned;a=Bangladeshi officials;n=-]] had been pushed
    back. Aid workers said [[up to 600 families|displaced;a=Aid workers]] were still waiting on
    the Myanmar side of the river.""",
)

item(
    "UNHCR reports biggest Rohingya influx since 2017",
    """[[Some 150,000 Rohingya|displaced;a=the UN refugee agency]] have arrived in Bangladesh's
    camps in the past {{18 months}}, the UN refugee agency said on Friday, the largest influx since
    {{2017}}. The agency said the newcomers had joined [[about 1 million refugees|displaced;a=The
    agency;alt=the UN refugee agency]] already in Cox's Bazar. Only [[about 70,000 of the
    newcomers|aid;a=the UN refugee agency]] had been registered and were receiving food rations, it
    said. Bangladesh's refugee commissioner said the government was preparing to move [[up to
    20,000 new arrivals|displaced;p;a=Bangladesh's refugee commissioner]] to Bhasan Char island.
    The island, built to house [[100,000 people|capacity]], now holds [[about 36,000|displaced]].
    The World Food Programme's monthly ration is worth {{$12}} a person.""",
)

item(
    "Hundreds feared lost as two Rohingya boats sink in Andaman Sea",
    """UNHCR said [[at least 427 Rohingya|missing;a=UNHCR]] were feared dead after [[two
    boats|other;a=UNHCR]] sank in the Andaman Sea in {{May 2025}}. One boat, which left Cox's
    Bazar with [[267 people|displaced;a=the agency;alt=UNHCR]] on board, capsized on {{May 9}};
    only [[66|other;a=the agency;alt=UNHCR]] were rescued, the agency said. Indonesian fishermen
    brought [[more than 150 Rohingya|displaced;a=local officials]] ashore in Aceh last week, local
    officials said. The UN said [[657 Rohingya|killed;a=The UN]] died at sea in {{2024}}, the
    deadliest year on record. Refugees in the camps say [[hundreds of young men|displaced;
    a=Refugees in the camps]] leave each month, most hoping to reach Malaysia.""",
)

item(
    "Junta activates conscription law, Rohingya rounded up",
    """Myanmar's military government said on {{February 10, 2024}} it would enforce a {{2010}}
    conscription law that had never been used. The junta said it would call up [[5,000 people a
    month|combatants;a=The junta;p]] from {{April}}, and aimed to draft [[about 60,000|combatants;
    a=The junta;p]] in the first year. Men aged {{18 to 35}} and women aged {{18 to 27}} are liable
    to serve for {{two years}}. Fortify Rights said soldiers had rounded up [[more than 100
    Rohingya|kidnapped;a=Fortify Rights]] from camps in Sittwe and Kyaukphyu in {{March}} alone.
    A camp leader told the rights group that [[about 50 recruits|combatants;a=A camp leader]] from
    his camp had been sent to the front after {{two weeks}} of training, and [[at least
    six|killed;a=A camp leader]] had been killed. [[Thousands of young men and women|displaced;
    n=men and women]] have since left the country or gone into hiding.""",
)

item(
    "Rohingya armed groups recruit in Cox's Bazar camps",
    """Rohingya armed groups have recruited [[as many as 3,000 men|combatants;a=the International
    Crisis Group]] from the refugee camps in Cox's Bazar to fight the Arakan Army, according to the
    International Crisis Group. Bangladeshi police said they had arrested [[27 suspected
    members|arrested;a=Bangladeshi police]] of the Arakan Rohingya Salvation Army and the Rohingya
    Solidarity Organisation in {{January}}. Clashes between the two groups killed [[at least 60
    people|killed;a=police]] in the camps in {{2023}}, police said. Human Rights Watch said the
    armed groups had abducted [[more than 130 refugees|kidnapped;a=Human Rights Watch]], including
    children. Aid workers said [[several hundred fighters|combatants;a=Aid workers]] had crossed
    back into Myanmar in the previous month. The Arakan Army said it had captured [[62 Rohingya
    fighters|arrested;a=The Arakan Army]] near Maungdaw. Police said [[about 40 families|displaced;
    a=Police]] had left their shelters in Balukhali after threats from the groups.""",
)

item(
    "Bangladesh turns back Rohingya boats on the Naf",
    """Bangladesh's coast guard turned back [[four boats|other;a=a coast guard officer]] carrying
    [[between 150 and 180 Rohingya|returned;a=a coast guard officer]] on the Naf river overnight, a
    coast guard officer said. Since {{November}}, the Border Guard Bangladesh says it has pushed
    back [[more than 2,500 people|returned;a=the Border Guard Bangladesh]]. Human rights groups said
    [[at least nine|killed;a=Human rights groups]] had drowned after being forced back into the
    river. Community leaders estimate that [[about 1,000 people a week|displaced;a=Community
    leaders]] still get across, paying brokers {{100,000 taka}} or more each. Bangladesh's interim
    government said it had opened [[two new transit centres|capacity;a=Bangladesh's interim
    government]] in Ukhiya for new arrivals. Police said they had arrested [[14 brokers|arrested;
    a=Police]] in Teknaf since {{October}}.""",
)

item(
    "WFP warns of ration cuts for Rohingya in Bangladesh",
    """The World Food Programme warned on Wednesday it would cut rations for [[1 million Rohingya
    refugees|aid;a=The World Food Programme]] in Bangladesh from {{April}} unless it received
    {{$15 million}}. Monthly food vouchers would fall from {{$12.50}} to {{$6}} a person. In
    {{2023}}, when rations were last cut, acute malnutrition among children {{under five}} rose to
    {{15%}}. Save the Children said [[about 45,000 children|civilians;a=Save the Children]] in the
    camps were already acutely malnourished. MSF said its clinics in Kutupalong had treated [[more
    than 3,500 malnourished children|other;a=MSF]] since {{January}}. The agency distributes
    [[about 13,000 tonnes of food|aid;n=tonnes]] a month in the camps. Bangladesh hosts [[about
    1.2m Rohingya|displaced]], including [[about 150,000|displaced]] who arrived since late
    {{2023}}.""",
)

item(
    "AA orders Rohingya villages south of Maungdaw emptied",
    """The Arakan Army told Rohingya in [[16 villages|other;a=residents]] south of Maungdaw town to
    leave their homes within {{24 hours}}, residents said. [[An estimated 20,000
    people|displaced;p;a=a community leader]] were ordered to move to schools in the town,
    according to a community leader. He said [[at least 30 Rohingya|killed;a=a community leader]]
    had been killed by junta shelling and AA drone strikes in the week before the order. In the
    town, [[about 8,000 people|displaced;a=a teacher]] were sheltering in [[12 schools and
    monasteries|capacity;a=a teacher;n=schools and monasteries;u=structure]], a teacher told AFP.
    The AA said it had moved civilians for their safety and that [[more than 400 junta
    soldiers|combatants;a=The AA]] were still holding the border police base. The junta's spokesman
    accused the AA of burning [[more than 300 houses|housing;a=The junta's spokesman]] in the
    Rohingya quarter.""",
)

item(
    "World Court opens hearings on merits of Rohingya genocide case",
    """The International Court of Justice opened hearings on the merits of The Gambia's genocide
    case against Myanmar on {{January 12}}, more than {{six years}} after it was filed in
    {{November 2019}}. Myanmar's lawyers argued that the {{2017}} clearance operations were a
    response to attacks by Rohingya militants on {{August 25}} of that year. The Gambia's justice
    minister told the court the Rohingya had been targeted as a group under the {{1948}} Genocide
    Convention. The hearings are scheduled to last {{three weeks}}, and a ruling is not expected
    before {{2027}}. Refugees in Cox's Bazar watched on a screen in a camp community centre from
    {{3pm}} local time.""",
)

item(
    "Kidnappings for ransom rise in Teknaf hills",
    """Armed gangs in the Teknaf hills abducted [[at least 25 people|kidnapped;a=police]] in
    {{August}}, including [[nine Bangladeshi villagers|kidnapped;a=police]] and refugees, police
    said. Police said [[11 of the abductees|kidnapped;a=Police]] were freed after their families
    paid ransoms of up to {{300,000 taka}}. The Armed Police Battalion said it rescued [[four
    hostages|kidnapped;a=The Armed Police Battalion]] and arrested [[six suspects|arrested;a=The
    Armed Police Battalion]] in a raid on Sunday. Camp residents said [[dozens of
    refugees|killed;a=Camp residents]] had been killed in feuds between armed groups this year.
    [[Some 2,000 police officers|combatants]] are deployed across the [[33 camps|capacity]], which
    house [[more than 1 million refugees|displaced]].""",
)

item(
    "Myanmar clears 180,000 Rohingya for return, Dhaka says",
    """Myanmar has confirmed that [[180,000 Rohingya refugees|returned;p;a=Bangladesh's foreign
    ministry]] in Bangladesh are eligible to go back, Bangladesh's foreign ministry said on Friday.
    Dhaka has submitted lists of [[800,000 people|other]] for verification since {{2018}}. A
    further [[70,000|other;a=the ministry;alt=Bangladesh's foreign ministry]] names are under final
    review, the ministry said. No returns have taken place since a pilot scheme for [[1,100
    refugees|returned;p]] collapsed in {{2023}}. UNHCR said conditions in Rakhine were not
    conducive to return, noting that [[more than 100,000 Rohingya|displaced;a=UNHCR]] had been
    displaced inside the state since {{November 2023}}. [[About 5,000 refugees|other]] rallied in
    Ukhiya on Sunday, demanding citizenship before any return.""",
)

item(
    "Landmines maim Rohingya on the way to Bangladesh",
    """MSF said its hospital in Kutupalong had treated [[more than 60 people|injured;a=MSF]] wounded
    by landmines along the Myanmar border since {{January}}, including [[22 children|injured;
    a=MSF]]. The charity said [[five|killed;a=The charity;alt=MSF]] of its landmine patients had
    died of their injuries. Bangladeshi border guards said [[two of their own soldiers|injured;
    a=Bangladeshi border guards]] lost legs to mines near Ghumdhum in {{June}}. An MSF surgeon said
    the team had performed [[48 amputations|other;a=An MSF surgeon;u=other]] this year. Refugees
    said both sides had mined the paddy fields, and that [[at least 14 people|killed;a=Refugees]]
    from one village tract had died crossing them. The AA said it had cleared [[about 900
    mines|other;a=The AA]] around Maungdaw.""",
)

item(
    "Rohingya deserters describe forced service in junta ranks",
    """Bangladeshi police detained [[31 Rohingya men|arrested;a=an officer in Teknaf]] who said they
    had deserted from the Myanmar army, an officer in Teknaf said. The men told Reuters [[about 300
    Rohingya|combatants;a=The men]] had been trained with them at a base near Buthidaung. A
    {{19-year-old}} deserter from Sittwe said [[at least 40 conscripts|killed;a=A 19-year-old
    deserter from Sittwe]] in his unit had died in their first battle. Fortify Rights estimated the
    military had taken [[about 2,000 Rohingya|combatants;a=Fortify Rights]] into its ranks since
    {{2024}}, and the Arakan Army said it had captured [[more than 600|arrested;a=the Arakan Army]]
    of them. The AA released [[210 captured Rohingya conscripts|other]] to their families in
    {{March}}.""",
)

item(
    "Aid channel from Bangladesh into Rakhine takes shape",
    """The UN says [[more than 2 million people|civilians;a=The UN]] in Rakhine are at risk of
    famine, and has proposed a humanitarian channel through Bangladesh. Under a draft plan seen by
    Reuters, [[up to 40 trucks a day|aid;p]] would cross at Ghumdhum carrying rice, oil and
    medicine. The AA said it was ready to receive convoys and had set up [[five distribution
    points|aid;a=The AA]] on its side. A test convoy of [[12 trucks|aid;a=the World Food
    Programme]] carrying [[180 tonnes of rice|aid;a=the World Food Programme;n=tonnes]] crossed on
    {{May 22}}, the World Food Programme said. Fishermen in Teknaf said the AA had seized [[at
    least 30 boats|other;a=Fishermen in Teknaf]] that strayed into Myanmar waters and detained
    [[about 200 crew|arrested;a=Fishermen in Teknaf]].""",
)

item(
    "More refugees moved to Bhasan Char as others flee the island",
    """Bangladesh moved [[another 1,200 Rohingya|displaced;a=the navy]] to the island of Bhasan Char
    on Tuesday, the navy said, bringing the population there to [[about 37,000|displaced;a=the
    navy]]. The island, built to house [[100,000 refugees|capacity]], has [[120 cluster
    villages|capacity]] of concrete blocks. [[At least 14,000 refugees|displaced;a=police]] have left
    the island without permission since {{2020}}, most by paying boatmen, according to police. A
    boat carrying [[34 people|displaced]] from the island capsized last month, and [[11 of
    them|missing;n=-]] are still missing. Bangladeshi officials say the island is safe from
    cyclones.""",
)

item(
    "Donors pledge at UN conference on the Rohingya",
    """A high-level UN conference on the Rohingya opened in New York on {{September 30}}, on the
    sidelines of the General Assembly's {{80th}} session. Donors pledged {{$96 million}}, the UN
    said, against a joint response plan of {{$934 million}} that was only {{55%}} funded.
    Bangladesh's chief adviser, Muhammad Yunus, {{85}}, urged a roadmap for return {{eight years}}
    after the exodus of {{August 2017}}. The United States announced {{$60 million}} of that total.
    The meeting lasted {{one day}}.""",
)
