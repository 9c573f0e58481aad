"""Taiz, Aden, Lahij, al-Dhale, Abyan and Shabwa: shelling, snipers, mines, the siege roads."""

from _wrap import item

item(
    "Shelling hits Taiz vegetable market",
    """Shelling struck a crowded vegetable market in Taiz's al-Mudhaffar district on Saturday
    afternoon, killing [[at least 12 civilians|killed;a=local health officials]], among them
    [[five children|killed;a=local health officials]], local health officials said. Al-Thawra
    hospital said it had received [[31 wounded|injured;a=Al-Thawra hospital]],
    [[nine|injured;a=Al-Thawra hospital]] of them in a critical condition. The government blamed
    the Houthis, who have held the hills east of the city since {{2015}}; the group denied firing
    on the market. Médecins Sans Frontières, which supports the hospital's emergency room, said
    its teams had treated [[more than 4,000 war-wounded patients|injured;a=Médecins Sans
    Frontières]] in Taiz since January. The local authority said
    [[about 200 families|displaced;a=The local authority]] living near the market had left for
    relatives in the western neighbourhoods by Sunday night.""",
)

item(
    "UNICEF: mines and snipers kill children along Taiz front lines",
    """UNICEF said on Tuesday that [[at least 94 children|killed;a=UNICEF]] had been killed and
    [[212|injured;a=UNICEF]] wounded in Taiz governorate since the UN-brokered truce lapsed in
    {{October 2022}}. Mines and explosive remnants of war alone killed
    [[33 children|killed;a=the agency;alt=UNICEF]], the agency said, most of them while herding
    goats or collecting firewood near abandoned positions. A {{nine-year-old}} boy from the
    al-Ghurab neighbourhood lost both legs last month when a device went off beside his school.
    Save the Children said the fighting had pushed [[some 3,400 families|displaced;a=Save the
    Children]] in the city's eastern districts out of their homes over the past year, and that
    [[17 schools|housing;a=Save the Children]] there had been damaged by shelling. Yemen's
    education ministry in Aden put the number of schools in the governorate that can no longer
    be used at [[46|housing;a=Yemen's education ministry in Aden;n=-;u=structure]].""",
)

item(
    "Road into Taiz reopens after nine years",
    """A mountain road linking Taiz city to the Houthi-held al-Hawban area reopened to civilian
    traffic on Thursday for the first time since {{2015}}, local officials said, ending a detour
    of {{six hours}} for a trip that once took {{20 minutes}}. The detour ran through
    [[at least six checkpoints|other;u=other]] and along a mountain track where
    [[some 600,000 people|civilians;a=the UN]] in the government-held city depended on it for
    food and fuel, according to the UN. Officials in the city told AFP that
    [[more than 3,000 vehicles|other;a=Officials in the city]] crossed in the first
    {{12 hours}}. Deminers from Yemen's Executive Mine Action Centre said they had removed
    [[418 mines and explosive devices|other;a=Deminers from Yemen's Executive Mine Action
    Centre;n=mines and explosive devices;u=other]] from the verges before the opening. The
    International Committee of the Red Cross said [[14 detainees|other;a=The International
    Committee of the Red Cross]] held by the two sides were exchanged at the crossing the same
    morning as part of a local deal. Residents said [[hundreds of families|returned;a=Residents]]
    separated by the front line for nearly a decade met on the road, many of them in tears.""",
)

item(
    "Houthi drone strike on Taiz water project",
    """A drone struck a water pumping station in the al-Hawban area east of Taiz on Wednesday,
    killing [[three workers|killed;a=the local water corporation]], the local water corporation
    said. [[Two other employees|injured]] were hurt. The station
    supplied drinking water to [[an estimated 120,000 people|civilians;a=the corporation;alt=the local water corporation]],
    the corporation said, and repairs would take {{several weeks}}. The Houthi-run health
    ministry in Sanaa accused government forces of carrying out the attack, while government
    officials said the drone had been launched from a Houthi position. Oxfam said
    [[around 40 trucks|aid;a=Oxfam;p]] carrying water were needed each day to fill the gap, and that
    it could fund only [[15|aid;a=Oxfam;n=-;u=other;p]] from next week. Residents said [[dozens of women and children|civilians;a=Residents;n=women and children]]
    queued at the few wells still working. The city has suffered cholera outbreaks every summer
    since {{2017}}.""",
)

item(
    "Clashes in al-Dhale leave soldiers dead",
    """Government forces and Houthi fighters clashed overnight north of Qatabah in al-Dhale
    province, leaving [[11 soldiers|killed;a=military officials]] dead, military officials told
    Reuters on Monday. The officials said [[at least 20 Houthi fighters|killed;a=The officials]]
    were killed, a figure that could not be independently verified, and that
    [[six soldiers|missing;a=The officials]] were still unaccounted for. The Houthis' al-Masirah
    television said the group had captured [[23 government troops|arrested;a=al-Masirah
    television]] and repelled an attack by [[several hundred fighters|combatants;a=al-Masirah
    television]] backed by armoured vehicles. The {{33rd}} Armoured Brigade, which holds the
    line there, lost [[two tanks|other;a=the officials]] in the fighting, the officials said.""",
)

item(
    "Aden fuel protests turn violent",
    """Security forces in Aden fired live rounds and tear gas on Thursday to disperse protests
    over power cuts that reached {{16 hours}} a day, killing [[one protester|killed;a=medics]]
    and wounding [[at least eight|injured;a=medics]], medics said. The Southern Transitional
    Council, which controls the port city, said [[14 of its security personnel|injured;a=The
    Southern Transitional Council;n=personnel]] were hurt by stones and that
    [[37 people|arrested;a=The Southern Transitional Council]] had been detained for arson and
    looting. Protesters set fire to [[two government vehicles|other]] and a generator depot in
    the Crater district. Electricity officials said the city needed [[about 1,200 tonnes|other;a=Electricity officials;p]] of
    fuel a day and was receiving less than half that. The rial traded at {{1,620}} to the dollar
    in Aden, against {{530}} in Houthi-held Sanaa.""",
)

item(
    "Displaced in Lahij struggle as winter sets in",
    """In the camps of Tuban and al-Madaribah in Lahij governorate, [[roughly 9,800 displaced
    people|displaced;a=the International Organization for Migration]] live in tents and huts
    that give little protection against the cold, according to the International Organization
    for Migration. The agency's Displacement Tracking Matrix counted
    [[26 displacement sites|capacity;a=The agency's Displacement Tracking Matrix;alt=the
    International Organization for Migration]] in the two districts, [[11|capacity;a=The
    agency's Displacement Tracking Matrix;alt=the International Organization for
    Migration;n=-;u=other]] of them without a working latrine. Most families arrived from
    Taiz's western countryside in {{2018}} and {{2019}}. The Norwegian Refugee Council said it
    had handed out [[1,650 winter kits|aid;a=The Norwegian Refugee Council]] and
    [[3,100 blankets|aid;a=The Norwegian Refugee Council]] since November, but that
    [[about 700 households|civilians;a=The Norwegian Refugee Council]] still had nothing
    to keep warm. Night temperatures have fallen to {{4C}} this week.""",
)

item(
    "AQAP attack on Abyan checkpoint",
    """Al-Qaeda in the Arabian Peninsula fighters attacked a checkpoint of the Security Belt
    forces in Abyan's Mudiyah district at dawn on Tuesday, killing
    [[eight members of the forces|killed;a=a spokesman for the forces;n=members]], a spokesman
    for the forces said. He said [[five attackers|killed;a=a spokesman for the forces]] were
    killed and [[two|arrested;a=a spokesman for the forces;n=-]] captured. AQAP said in a
    statement on Telegram that its fighters had killed [[more than 15 soldiers|killed;a=AQAP]].
    The group has mounted [[at least 40 attacks|other;a=local security sources;u=other]] in Abyan and
    Shabwa this year, local security sources said, many with drones and roadside bombs. Officials said [[about 300 troops|combatants;a=Officials]] had been sent to Mudiyah as
    reinforcements. In {{2016}} government and coalition forces drove AQAP out of Mukalla, the port it had held for
    {{a year}}.""",
)

item(
    "Cholera returns to Taiz camps",
    """Health authorities in Taiz recorded [[1,240 suspected cholera cases|other;a=Health
    authorities in Taiz]] in the first {{three weeks}} of August, among them
    [[nine deaths|killed;a=Health authorities in Taiz]], the governorate's health office said.
    The World Health Organization said more than {{40%}} of the cases were in children under
    {{five}}. WHO said it had delivered [[22 tonnes|aid;a=WHO;u=other]] of medical supplies to
    the governorate and supported [[six cholera treatment centres|other;a=WHO]]. In the
    al-Mokha camps on the coast, home to [[some 14,000 people|displaced;a=aid workers]], most
    latrines overflowed after the rains, aid workers said. MSF said its {{60-bed}} centre
    in the city had been full since {{August 10}}.""",
)

item(
    "Returns to Hays after front line moves",
    """Families are returning to Hays in southern Hodeidah province, on the edge of Taiz's
    coastal districts, {{four years}} after fighting emptied the town. IOM's Displacement
    Tracking Matrix recorded [[2,380 households|returned;a=IOM's Displacement Tracking Matrix]]
    returning between January and June, about [[14,000 people|returned;a=IOM's Displacement
    Tracking Matrix]]. Local officials said [[over 600 homes|housing;a=Local officials]] in the
    town had been destroyed and [[1,100|housing;a=Local officials;n=-;u=structure]] damaged.
    Deminers have cleared [[more than 7,000 explosive items|other;a=Deminers]] from its streets
    and farms since {{2022}}, they said. "We came back to walls and nothing else," said Ali, a
    {{52-year-old}} farmer. The Danish Refugee Council said it planned to repair
    [[450 homes|housing;a=The Danish Refugee Council;p]] before the end of the year.""",
)

item(
    "Prisoner handover on Taiz front",
    """Mediators handed over [[17 prisoners|other;a=a tribal mediator]] from each side at a
    crossing near the Taiz-Lahij road on Friday, a tribal mediator said, in the latest of a series
    of local exchanges outside the UN-run process. The government's negotiator, Yahya Kazman,
    said the deal had also freed [[five civilians|kidnapped;a=Yahya Kazman;alt=The government's negotiator]] abducted by the Houthis at checkpoints in {{2019}}. The Houthi prisoners' committee
    said [[more than 2,000 of its fighters|arrested;a=The Houthi prisoners' committee;n=fighters]]
    remained in government jails. The Abductees' Mothers Association said its lists held
    [[1,310 names|missing;a=The Abductees' Mothers Association;u=person]] of men whose families
    had heard nothing of them, and that [[about 150|arrested;a=The Abductees' Mothers Association;n=-]] were held in Taiz itself. The UN envoy's office said the two sides had exchanged
    [[more than 1,000 prisoners|other;a=The UN envoy's office]] in local deals since {{2016}}.""",
)

item(
    "Air strikes on Houthi positions around Taiz",
    """Coalition aircraft carried out [[at least 14 air strikes|other;a=al-Masirah;u=other]] on Houthi
    positions in the Maqbanah and Sharab districts west of Taiz on Sunday, the Houthis'
    al-Masirah television reported. It said [[seven civilians|killed;a=al-Masirah]], including
    [[four members of one family|killed;a=al-Masirah;n=members]], were killed when a strike hit
    a house in the village of Bani Salah. The coalition said it had targeted
    [[two weapons depots|other;a=The coalition;u=structure]] and a gathering of
    [[around 60 fighters|combatants;a=The coalition]] preparing to attack government lines. The
    UN Human Rights Office said it was seeking information on the reports. The Civilian Impact
    Monitoring Project counted [[31 air strikes|other;a=The Civilian Impact Monitoring Project;u=other]]
    on Taiz governorate in the quarter.""",
)

item(
    "Shabwa oil terminal drone attack",
    """A Houthi drone attack on the al-Dhabba oil terminal forced a tanker to abandon loading on
    Friday, the government said, calling it a terrorist attack. No casualties were reported.
    Government officials said the attack was the fourth on an export terminal in {{a month}}
    and that exports of about {{50,000 barrels}} a day had been halted. They estimated the
    losses at {{$1 billion}} since {{October}}. The Houthis said they would keep striking any
    tanker loading crude until salaries were paid from oil revenue. The {{2022}} truce had
    allowed fuel ships into Hodeidah for the first time in {{three years}}.""",
)

item(
    "Abductions rise on southern roads",
    """Gunmen in Abyan and Lahij have abducted [[at least 26 people|kidnapped;a=the Mwatana
    rights group]] for ransom since January, among them [[three aid workers|kidnapped;a=the
    Mwatana rights group]], the Mwatana rights group said on Wednesday. It said
    [[19|kidnapped;a=the Mwatana rights group;n=-]] had been freed after families or tribes paid. [[Two UN
    security staff|kidnapped;n=staff]] were kidnapped in Abyan in {{February 2022}} and held for {{18 months}}.
    Police in Aden said they had arrested [[11 suspects|arrested;a=Police in Aden]] linked to the
    kidnappings and deployed [[400 more officers|combatants;a=Police in Aden]] to checkpoints on
    the coastal road.""",
)

item(
    "Yemen quarterly casualty count falls in south",
    """The Civilian Impact Monitoring Project recorded [[102 civilian casualties|other;a=The
    Civilian Impact Monitoring Project]] in Yemen's southern governorates in the third quarter,
    against [[164|other;a=The Civilian Impact Monitoring Project;n=-]] in the second. Of those, [[29 people|killed;a=The Civilian Impact Monitoring Project]] were killed and [[73|injured;a=The Civilian Impact Monitoring Project;n=-]] wounded, it said. Taiz accounted for {{58%}} of the casualties, mostly from
    shelling and sniper fire. Landmines and unexploded ordnance caused
    [[21 casualties|other]], including [[12 children|other]]. The project, which feeds the UN's
    protection cluster, counts only incidents it can verify independently.""",
)

item(
    "Rial slump deepens hardship in Taiz",
    """The Yemeni rial fell past {{2,000}} to the dollar in government-held areas on Monday, a
    record low, as Taiz traders raised the price of a {{50-kilogram}} sack of flour to
    {{70,000 rials}}. The World Food Programme said food prices in Taiz had risen by {{34%}} in
    {{12 months}}. Public-sector salaries of about {{60,000 rials}} a month now buy less than
    {{a week}} of basic food for a family of {{seven}}. The central bank in Aden said it would
    auction {{$30 million}} on Wednesday, its {{ninth}} sale this year.""",
)
