"""Items: the cross-border war on Lebanon's southern front, October 2023 to mid-September 2024."""

from _wrap import item

item(
    "Thousands leave Lebanon's border villages as cross-border fire spreads",
    """Shelling and drone strikes along Lebanon's southern frontier have driven
    [[more than 19,000 people|displaced;a=the International Organization for Migration]] from
    their homes since {{October 8}}, the International Organization for Migration said on
    Tuesday. Most went north to Tyre and Nabatieh, where [[about 6,200|displaced;a=the agency;alt=the International Organization for Migration]]
    are staying in [[five schools|capacity;a=the agency;alt=the International Organization for Migration]]
    turned into shelters, the agency said. Municipal officials in Tyre said
    [[1,840 families|displaced;a=Municipal officials in Tyre]] had registered with them by
    Monday. In the border village of Aita al-Shaab, [[fewer than 300 residents|civilians;a=the village's mayor]]
    remain of a population of [[about 9,000|civilians;a=the village's mayor]], the village's
    mayor told AFP. Israeli fire has killed [[at least 45 people|killed;a=an AFP tally]] in
    Lebanon since the exchanges began, most of them Hezbollah fighters, according to an AFP
    tally. Across the frontier, Israel says it has moved [[about 60,000 residents|displaced;a=Israel]]
    out of towns within {{5 km}} of the border.""",
)

item(
    "Reuters videographer killed, six journalists hurt in shelling near Alma al-Shaab",
    """A Reuters videographer was killed and [[six other journalists|injured;a=witnesses and the Lebanese army]]
    were wounded when shells struck a hillside near Alma al-Shaab on Friday evening, witnesses
    and the Lebanese army said. The group, from Reuters, AFP and Al Jazeera, had been filming
    from an open position for about {{an hour}}, wearing vests marked PRESS. [[Two of the
    wounded|injured;a=the agency;alt=AFP;n=wounded]], an AFP photographer and video journalist, were in serious condition at a hospital in
    Tyre, the agency said. The army said an Israeli position fired [[two shells|other;a=The army;alt=the Lebanese army;u=other]]
    {{37 seconds}} apart. Elsewhere on the border, [[three Hezbollah fighters|killed;a=the group]]
    were killed, the group said in a statement, bringing its announced losses since {{October 8}}
    to [[11|killed;a=the group]]. The Israeli military said [[one soldier|killed;a=The Israeli military]]
    had been killed by an anti-tank missile near Shtula.""",
)

item(
    "Schools in the south stay shut as fighting enters its third month",
    """Lebanon's education ministry said on Thursday that [[47 public schools|other;a=Lebanon's education ministry]]
    in the districts of Bint Jbeil, Marjayoun and Tyre would remain closed until further notice,
    leaving [[some 6,000 pupils|other;a=Lebanon's education ministry]] without classes.
    [[Another 20 schools|capacity;a=the ministry;alt=Lebanon's education ministry]] in Tyre and
    Nabatieh are being used as shelters for displaced families, the ministry said. Pupils from the
    border area have been enrolled in [[about 70 schools|other;a=officials]] further north,
    which can take [[up to 4,500 children|capacity;a=officials]], officials said.
    Teachers' unions say [[more than 800 teachers|displaced;a=Teachers' unions]] have themselves
    been displaced. The ministry's {{2024}} budget request includes {{$11 million}} for
    transport and catch-up classes.""",
)

item(
    "Paramedics killed in strike on civil defence centre in Hebbariyeh",
    """An Israeli strike on a civil defence centre in the southern village of Hebbariyeh killed
    [[seven paramedics|killed;a=the health ministry]] overnight, the health ministry said on
    Wednesday, calling it a violation of international humanitarian law. The centre was run by
    the Islamic Emergency and Relief Corps, which is affiliated with Jamaa Islamiya. The strike
    brought to [[at least 17|killed;a=the ministry;alt=the health ministry]] the number of health
    workers killed in Lebanon since {{October}}, the ministry said, with
    [[about 30|injured;a=the ministry;alt=the health ministry]] wounded. The Israeli military
    said it had struck a militant operating from the building. Lebanon's civil defence
    directorate has [[around 2,500 volunteers|other;a=Lebanon's civil defence directorate]]
    in the south, the directorate said, and [[eight of its vehicles|other;a=the directorate;alt=Lebanon's civil defence directorate]]
    have been destroyed. The blast also damaged [[two nearby homes|housing]]. Mourners carried the coffins through the
    village in the afternoon.""",
)

item(
    "UN agency counts 90,000 displaced in south Lebanon",
    """The number of people displaced inside Lebanon by the hostilities on the southern border has
    risen to [[90,530|displaced;a=the IOM's Displacement Tracking Matrix]], the IOM's Displacement
    Tracking Matrix said in its latest update. Just over {{half}} are women, and
    [[nearly 35,000|displaced;a=the IOM's Displacement Tracking Matrix]] are children, it
    said. [[About 1,200|displaced;a=the update]] are living in [[15 collective shelters|capacity;a=the update]]
    run by local authorities, the update said, while the rest stay with relatives or rent flats.
    The Nabatieh district hosts the largest share, followed by Tyre and Sidon. The report counts
    [[some 26,000 households|displaced;a=The report]] in all. Aid agencies have distributed
    [[14,000 food parcels|aid]] since {{January}}, with cash assistance worth {{$100}} a month
    reaching [[8,500 families|aid;a=the World Food Programme]], the World Food Programme said.""",
)

item(
    "Hezbollah commander among dead as strikes hit Nabatieh and Ghaziyeh",
    """Israeli strikes on the town of Nabatieh and the coastal village of Ghaziyeh killed
    [[10 civilians|killed;a=Lebanon's health ministry]], among them a mother and her children, Lebanon's
    health ministry said on Thursday. The ministry said [[at least 16 people|injured;a=The ministry;alt=Lebanon's health ministry]]
    were wounded. A security source said a Hezbollah field commander and
    [[two fighters|killed;a=A security source]] were also killed in Nabatieh, where a
    {{four-storey}} building collapsed. Rescue teams pulled [[three bodies|killed;a=civil defence]]
    from the rubble overnight, civil defence said, and [[one person|missing;a=civil defence]] was
    still missing. It was the deadliest day for Lebanese civilians since the fighting began
    {{four months}} ago. Hezbollah said it fired [[dozens of rockets|other;a=Hezbollah;u=other]]
    at an Israeli base in response.""",
)

item(
    "Shepherds seized near Shebaa Farms, army says",
    """Israeli troops crossed the frontier near the Shebaa Farms on Sunday and abducted
    [[two shepherds|kidnapped;a=the Lebanese army]] from the outskirts of Kfarchouba, the
    Lebanese army said. UNIFIL secured the release of the older man the next day, the army
    said, while the other, a {{19-year-old}}, was still held. The army said it was the
    {{fourth}} such abduction since {{October}}.
    Local officials said [[about 200 goats|other;a=Local officials]] had
    also been taken. The Israeli military said soldiers had detained [[two suspects|arrested;a=The Israeli military]]
    who approached the border fence. [[Two Lebanese soldiers|injured;a=the army]] were lightly
    hurt by Israeli warning fire as they approached the area, the army said. Residents of Kfarchouba said [[fewer than 40 families|civilians;a=Residents of Kfarchouba]]
    were still living in the village, and that [[200-250 people|displaced;a=Residents of Kfarchouba]]
    had left since {{October}}.""",
)

item(
    "Southern farmers count their losses: 800 hectares burned",
    """White phosphorus and incendiary shelling have burned {{about 800 hectares}}
    of farmland and forest in southern Lebanon since {{October}}, Lebanon's agriculture ministry
    said on Monday. The ministry said [[at least 60,000 olive trees|other;a=The ministry;alt=Lebanon's agriculture ministry;u=other]]
    had been destroyed and [[more than 340,000 livestock and poultry|other;a=The ministry;alt=Lebanon's agriculture ministry;n=livestock and poultry;u=other]]
    had died or been abandoned. Losses are put at {{$2.5 billion}}, or about {{a fifth}} of the
    sector's annual output. Farmers in Marjayoun said [[hundreds of families|civilians;a=Farmers in Marjayoun]]
    who depend on tobacco had missed the planting season. The ministry says [[between 1,800 and 2,000 farmers|civilians;a=The ministry;alt=Lebanon's agriculture ministry]]
    have registered losses. The Food and Agriculture Organization
    said it would distribute fodder to [[3,000 herders|aid;p;a=The Food and Agriculture Organization]]
    this spring. [[About 600 herders|displaced]] have already moved their flocks north of the
    Litani.""",
)

item(
    "Drone strike on car kills three in Nabatieh district; army soldier hurt",
    """A drone strike on a car near the village of Kfar Rumman killed [[three people|killed;a=Lebanon's state news agency]]
    on Tuesday, Lebanon's state news agency said. The Israeli military said the
    [[three|killed;a=The Israeli military]] were Hezbollah operatives. A Lebanese soldier was
    wounded by shrapnel at a checkpoint nearby, the army said in a statement; it was the
    {{second}} soldier hurt that week. Since {{October 8}}, Israeli fire has
    killed [[at least 370 people|killed;a=an AFP tally]] in Lebanon, including
    [[about 240 Hezbollah fighters|killed;a=an AFP tally]] and [[more than 70 civilians|killed;a=an AFP tally]],
    according to an AFP tally. On the Israeli side, [[10 soldiers|killed;a=the authorities]] and
    [[eight civilians|killed;a=the authorities]] have been killed, the authorities say.""",
)

item(
    "Majdal Shams: twelve children killed as rocket hits football pitch",
    """A rocket struck a football pitch in the Druze town of Majdal Shams in the Israeli-annexed
    Golan Heights on Saturday, killing [[12 children and teenagers|killed;a=Israeli medics;n=children and teenagers]]
    aged {{10}} to {{16}}, Israeli medics said. [[More than 30 people|injured;a=the Magen David Adom service]]
    were wounded, the Magen David Adom service said. Israel blamed Hezbollah, which denied
    firing the rocket. [[Thousands of mourners|other]] walked behind the coffins on Sunday. Israel's military said
    [[30 to 40 rockets|other;a=Israel's military]] had been fired from Lebanon that afternoon. The Israeli
    military said it had struck [[seven targets|other;a=The Israeli military;u=other]] deep in
    Lebanon overnight. Lebanese airlines cancelled flights, and Middle East Airlines said it had
    moved [[five aircraft|other;a=Middle East Airlines]] to Turkey as a precaution.""",
)

item(
    "Strike on Beirut's southern suburbs kills commander and civilians",
    """An Israeli strike on a residential building in Haret Hreik, in Beirut's southern suburbs,
    killed senior Hezbollah commander Fuad Shukr and [[five civilians|killed;a=Lebanon's health ministry]],
    including [[two children|killed;a=Lebanon's health ministry]], Lebanon's health ministry said. [[Eighty people|injured;a=the ministry;alt=Lebanon's health ministry]]
    were wounded, the ministry said. It was the {{first}} Israeli strike on the capital's suburbs
    since {{January}}. Civil defence workers searched for hours for [[two women|missing;a=residents]]
    whom residents said were unaccounted for. The building, {{eight storeys}} high, was largely
    destroyed and [[at least 12 nearby apartments|housing;a=municipal engineers]] were damaged,
    municipal engineers said. [[Dozens of families|displaced]] from nearby buildings spent the night with relatives. The
    Israeli military said it had carried out a targeted strike in response to Majdal Shams.""",
)

item(
    "Ten months of border war in numbers",
    """{{Ten months}} of cross-border fire have cost Lebanon dearly. The health ministry's count stands
    at [[589 killed|killed;a=The health ministry's count;n=-]], including [[about 130 civilians|killed;a=The health ministry's count]],
    and [[2,622 wounded|injured;a=The health ministry's count;n=-]]. [[More than 110,000 people|displaced;a=the IOM]]
    are displaced, according to the IOM. The National Council for Scientific Research, which
    tracks the damage by satellite, counts [[about 3,300 homes|housing;a=The National Council for Scientific Research]]
    destroyed and [[some 14,000|housing;a=The National Council for Scientific Research;u=structure]] damaged.
    In Israel, [[about 60,000 people|displaced]] remain out of their homes in the north. Economists
    put the cost to Lebanon at {{$1.5 billion}} so far, about {{7%}} of GDP.""",
)

item(
    "Army reinforces south with new recruits as border tension grows",
    """The Lebanese army plans to recruit [[1,500 soldiers|combatants;p;a=The Lebanese army]] to
    bolster its presence south of the Litani river, a military source said, though funding
    remains uncertain. The army now keeps [[about 4,500 troops|combatants;a=the source]] in the
    south, the source said, and would need [[up to 10,000|combatants;p;a=officials]] to enforce
    Resolution {{1701}} fully, officials estimate. UNIFIL has [[some 10,000 peacekeepers|combatants]] on the ground. The mission says it has
    counted [[more than 17,000 trajectories|other;a=The mission;alt=UNIFIL;u=other]] across the
    Blue Line since {{October}}. Hezbollah is believed to have
    [[between 40,000 and 50,000 fighters|combatants;a=analysts]], analysts say. Qatar has offered {{$20 million}}
    to pay soldiers' salaries for {{six months}}.""",
)

item(
    "Sidon shelters fill as families flee Marjayoun",
    """Sidon's municipality opened [[three more schools|capacity;a=Sidon's municipality]] to
    displaced families on Monday, bringing to [[11|capacity;a=the mayor;u=structure]] the number of shelters
    in the city, the mayor said. [[About 2,400 people|displaced;a=the mayor]] are staying in them,
    he said, and each can take [[no more than 300|capacity;a=the mayor]]. [[Hundreds more|displaced;n=-]] sleep
    in cars or with relatives. The Red Cross delivered [[1,200 mattresses|aid]] and
    [[900 hygiene kits|aid]], and the municipality said it had given
    hot meals to [[600 families a day|aid;a=the municipality]].""",
)

item(
    "Pager blasts kill 12, wound thousands across Lebanon",
    """[[Thousands of pagers|other;u=other]] used by Hezbollah members exploded almost at once across Lebanon on
    Tuesday afternoon, killing [[12 people|killed;a=Health Minister Firass Abiad]], including
    [[two children|killed;a=Health Minister Firass Abiad]], and wounding
    [[about 2,800|injured;a=Health Minister Firass Abiad]], Health Minister Firass Abiad said. Of
    the wounded, [[around 300|injured;a=Health Minister Firass Abiad]] were in critical
    condition, he said. Hospitals in Beirut, the south and the Bekaa called in all staff, and the
    ministry asked blood donors to come forward. Iran's ambassador was among the injured. A day
    later, walkie-talkies exploded at funerals, killing [[25 more people|killed;a=the ministry]]
    and injuring [[more than 600|injured;a=the ministry]], the ministry said. A source close to
    Hezbollah said [[about 5,000 pagers|other;a=A source close to Hezbollah;u=other]] had been
    ordered {{five months}} earlier.""",
)

item(
    "Lebanon's 2024 budget passes with no line for the south",
    """Parliament approved the {{2024}} budget late on Friday after a session of {{nine hours}}. Spending is set at about {{$3.3 billion}}, with revenue forecast
    at {{$3.5 billion}}, and the deficit capped at {{0.5%}} of output. The document has no
    dedicated line for the border areas, where fighting has raged since {{October 8}}. Finance
    Minister Youssef Khalil said {{20%}} of the reserve allowance would go to the Higher Relief
    Council. The IMF, which agreed a staff-level deal in {{April 2022}}, said reforms had stalled.
    The fiscal year {{2025}} draft is due by {{August 31}}.""",
)

item(
    "Schools reopen late in Nabatieh after summer of strikes",
    """Classes in Nabatieh began on {{October 7}}, {{three weeks}} after the official start of the
    {{2023-24}} school year elsewhere. Teachers said buses leave at {{6:30}} and avoid the road
    past Kfar Tebnit, about {{4 km}} from the nearest front position. The headmistress, {{52}},
    said fees had been frozen at {{2022}} levels, about {{$45}} a month. Pupils sat their
    exams in the {{second}} week of {{June}}, and the pass rate was {{86%}}, against {{91%}} the
    year before.""",
)
