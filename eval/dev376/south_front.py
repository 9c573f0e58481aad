"""dev376 items: the cross-border exchanges of fire, October 2023 to September 2024."""

from _wrap import item

item(
    "Strike on emergency centre kills seven paramedics in Hebbariyeh",
    """
An Israeli strike on an emergency centre in the border village of Hebbariyeh killed
[[seven paramedics|killed;a=Lebanon's health ministry]] before dawn on {{March 27}}, Lebanon's
health ministry said. The volunteers belonged to the Lebanese Succour Association, and
[[two other people|injured;a=the ministry;alt=Lebanon's health ministry]] were hurt, the
ministry added. Civil defence crews pulled [[three bodies|killed]] from the rubble of a house in
Naqoura a few hours later. Since {{October 8}}, at least [[51 health and rescue
workers|killed;a=the ministry;alt=Lebanon's health ministry]] have been killed in the south,
according to the ministry. "We are losing the people who are supposed to save the others," said
the head of the association, who asked that his name not be used. The Israeli military said it
had struck "a terrorist compound" in the area and that the operatives inside were planning
attacks. Roughly [[91,000 people|displaced;a=the International Organization for
Migration]] have fled the border strip since the exchanges of fire began, the International
Organization for Migration estimates.
""",
)

item(
    "IOM tracking: displacement from the south passes 95,000",
    """
The number of people displaced from southern Lebanon rose to [[95,228|displaced;a=the
International Organization for Migration (IOM)]] in the week to {{April 2}}, the International
Organization for Migration (IOM) said in its latest tracking update. Women make up {{52 per
cent}} of them and children about {{a third}}, the agency said. Most have moved in with
relatives or rented rooms in Tyre, Nabatieh and Saida, while [[around 1,400|displaced;a=IOM]]
are living in [[16 collective shelters|capacity;a=IOM]], IOM counted. The largest, a technical
institute in Tyre, hosts [[about 680 people|displaced]] in classrooms partitioned with
blankets. [[Some 6,000 residents|civilians;a=the agency;alt=the International Organization
for Migration (IOM)]] are still living in villages within {{five kilometres}} of the Blue Line,
the agency estimates, many of them elderly farmers who refuse to leave their land. The IOM
report counted [[4,120 households|aid;a=The IOM report;alt=the International Organization for
Migration (IOM)]] that received cash assistance in March.
""",
)

item(
    "Israel says it struck 40 Hezbollah targets overnight",
    """
Israeli fighter jets struck [[more than 40 Hezbollah targets|other;a=the Israeli military;u=other]]
across southern Lebanon overnight, the Israeli military said on {{Sunday}}, including
[[six rocket launchers|other;a=the Israeli military]] and a weapons depot near Khiam. The army
said its troops had killed [[two Hezbollah fighters|killed;a=The army;alt=the Israeli
military]] who were trying to fire anti-tank missiles at the town of Metula. Hezbollah has
fired [[about 8,000 rockets and drones|other;a=the Israeli military;n=rockets and drones]] at
Israel since {{October 8}}, according to the Israeli military. Lebanon's health ministry said
[[three members|killed;a=Lebanon's health ministry]] of one family were killed when a strike
hit their home in Aitaroun, and [[four people|injured;a=Lebanon's health ministry]] were
wounded in neighbouring Blida. The ministry did not say whether the victims were civilians.
""",
)

item(
    "Five of one family killed in Houla as drone hits house",
    """
[[Five members|killed;a=the state-run National News Agency]] of one family, among them [[three children|killed;a=the state-run National News
Agency]], were killed when an Israeli drone strike flattened their two-storey house in Houla,
the state-run National News Agency reported. The children were aged {{4, 9 and 13}}, a
relative said. [[Eleven neighbours|injured;a=the agency;alt=the state-run National News
Agency]] were taken to hospital in Marjayoun, the agency said, [[two of them|injured;a=the
agency;alt=the state-run National News Agency;n=-]] in a critical condition. The blast also
destroyed [[three adjoining houses|housing]] and damaged [[about 20 others|housing;u=structure]].
Houla's mayor said [[fewer than 200 residents|civilians;a=Houla's mayor]] remained in a
village that had [[nearly 9,000|civilians;a=Houla's mayor]] before the war. "Every family here
has someone in Beirut or in Tyre now," he said.
""",
)

item(
    "Nabatieh strike kills 10 civilians, deadliest day for Lebanese since October",
    """
An Israeli strike on a residential building in the city of Nabatieh killed [[10
civilians|killed;a=Lebanese security sources]], among them [[seven members|killed;a=Lebanese
security sources]] of the same family, Lebanese security sources said on {{February 15}}. It
was the deadliest day for civilians in Lebanon since the cross-border fighting began {{four
months}} earlier. Rescuers worked through the night with their hands and a single excavator,
and a {{six-year-old}} girl was the only one of her family pulled out alive. The health
ministry said [[11 people|injured;a=The health ministry]] had been wounded and [[about 35
apartments|housing;a=The health ministry]] damaged. In the south, a
separate strike in Sawaneh killed [[two people|killed;a=the National News Agency]], a
mother and her son, according to the National News Agency. Hezbollah said it had fired "[[dozens of Katyusha rockets|other;a=Hezbollah]]" at the
northern Israeli town of Kiryat Shmona in response.
""",
)

item(
    "Rocket on Majdal Shams football pitch kills 12 children",
    """
A rocket struck a football pitch in Majdal Shams, a Druze town in the Israeli-occupied Golan
Heights, on {{July 27}}, killing [[12 children and teenagers|killed;a=Israeli
officials;n=children and teenagers]], Israeli officials said. The youngest was {{10}} and the
oldest {{16}}. [[More than 30 people|injured;a=Magen David Adom]] were wounded, Magen David Adom
said, and [[eight of them|injured;a=Magen David Adom;n=-]] were in a serious
condition. [[About 11,000 people|civilians]] live in
the town. Israel blamed Hezbollah, which denied firing the rocket. Crowds of mourners
attended the funerals the next day. Israeli jets struck [[seven targets|other;a=the
military;u=other]] in Lebanon overnight in response, the military said, and a drone strike on
a motorbike near Tyre killed [[two men|killed;a=the National News Agency]], the National News
Agency reported.
""",
)

item(
    "Tally: Lebanon's toll since October passes 560, Hezbollah names 370 fighters",
    """
Israeli strikes on Lebanon have killed [[at least 564 people|killed;a=an AFP tally]] since
{{October 8}}, according to an AFP tally based on official statements and announcements by the
armed groups. They include [[131 civilians|killed;a=an AFP tally]], [[16 of them|killed;a=an
AFP tally;n=-]] children, and [[more than 370 Hezbollah fighters|killed;a=an AFP tally]]. The
Lebanese health ministry gives a higher civilian figure, counting paramedics and journalists
among the [[more than 140|killed;a=The Lebanese health ministry]] non-combatants killed. On the
Israeli side, [[22 soldiers|killed;a=the authorities]] and [[25 civilians|killed;a=the
authorities]] have been killed, the authorities say, most of them in the north and the Golan.
Hezbollah, which says it keeps up its fire in support of Gaza, has not said how many of its
[[tens of thousands of fighters|combatants]] it has moved to the border.
""",
)

item(
    "White phosphorus burned 2,100 hectares of southern farmland, ministry says",
    """
Israeli shelling with white phosphorus has burned {{2,100 hectares}} of farmland and pasture in
southern Lebanon since {{October 2023}}, the agriculture ministry said on {{Monday}}, putting
the sector's losses at {{$1.5 billion}}. Almost {{45 per cent}} of the burned area was olive
groves, some of them older than {{300 years}}, the ministry said. Tobacco, the main cash crop
of the border districts, will not be planted for a {{second}} season, and the olive harvest in
Marjayoun and Bint Jbeil fell by {{70 per cent}} compared with {{2022}}. Soil samples taken
{{1.5 kilometres}} from the border showed phosphorus levels {{ten times}} the normal, a
researcher at the American University of Beirut said. The ministry wants a compensation fund of
{{$400 million}} written into any ceasefire deal.
""",
)

item(
    "Reuters videographer killed by Israeli tank fire at Alma al-Shaab",
    """
Reuters videographer Issam Abdallah was killed on {{October 13}} when Israeli tank fire struck
a group of journalists near the border village of Alma al-Shaab, and [[six other
journalists|injured]] were wounded, among them reporters for AFP and Al Jazeera. An AFP
photographer, {{28}}, lost a leg. The group had been filming for about {{an hour}} on a hilltop
some {{1 kilometre}} from the border and was wearing vests marked "PRESS". An investigation by
Reuters found that an Israeli tank crew fired [[two tank rounds|other;a=An investigation by Reuters]] {{37 seconds}} apart. In November,
a strike in Tayr Harfa killed [[two Al Mayadeen journalists|killed;a=the channel]], the channel
said. The Committee to Protect Journalists said [[at least seven media workers|killed;a=The
Committee to Protect Journalists]] had been killed in Lebanon by the end of {{2024}}, and
[[more than a dozen|injured;a=The Committee to Protect Journalists]] wounded.
""",
)

item(
    "Anti-tank missile kills two Israeli soldiers near Adamit",
    """
[[Two Israeli reservists|killed;a=the Israeli military]] were killed and [[six others|injured;a=the Israeli military]] wounded
when an anti-tank missile fired from Lebanon hit their position near Adamit, the Israeli
military said on {{Tuesday}}. Hezbollah claimed the attack and said it was retaliating for a
strike that killed [[three of its fighters|killed;a=Hezbollah]] in Bint Jbeil. The army said
it had called up [[about 5,000 more reservists|combatants;a=The army;alt=the Israeli
military]] for the northern command. [[Some 60,000 residents|displaced;a=the
government]] of northern Israeli towns remain in hotels and rented flats {{ten months}} after
being evacuated, the government says, and [[the 43 communities|other;u=other]] along the
border are mostly empty. Local council heads say [[hundreds of homes|housing]] in Metula,
Shlomi and Kiryat Shmona have been hit.
""",
)

item(
    "Tyre opens more schools as shelters fill",
    """
Tyre's disaster risk management unit opened [[four more schools|capacity;a=Mortada Mhanna]] as shelters on
{{Thursday}} after the [[11 schools|capacity;a=Mortada Mhanna]] already in use filled up, the unit's
coordinator, Mortada Mhanna, said. "We have [[2,650 people|displaced;a=Mortada Mhanna]] in the
shelters and [[more than 23,000|displaced;a=Mortada Mhanna]] in houses across the district,
and they keep coming," he said. Each new school can take [[up to 150 people|capacity;a=Mortada Mhanna]], he
said, though the unit has only [[600 mattresses|aid;a=Mortada Mhanna]] in stock. The World Food Programme
delivered [[3,200 food parcels|aid;a=the coordinator;alt=Mortada Mhanna]] to the district last
week, according to the coordinator. Families from Dhayra, Yarine and Marwahin make up most of
the new arrivals; [[about 40 families|displaced;a=Mortada Mhanna]] slept in their cars on the seafront on
{{Wednesday}} night, he said.
""",
)

item(
    "Envoy's plan would pull Hezbollah back from the border",
    """
A US proposal presented in Beirut on {{January 11}} would have Hezbollah's elite units withdraw
{{8 to 10 kilometres}} from the border and Lebanon's army take over the strip, as UN Security
Council Resolution {{1701}} envisaged at the end of the {{2006}} war. Israel would in turn stop
its overflights and both sides would start talks on the disputed points along the Blue
Line, diplomats said. Lebanese officials asked for a {{three-month}} timetable and funding of
{{$1 billion}} for the army. Parliament speaker Nabih Berri, {{85}}, said Lebanon would not
discuss the southern front "while the war on Gaza goes on". The envoy is expected back before
the end of {{February}}.
""",
)

item(
    "Shepherds seized near Shebaa farms, army says",
    """
Israeli troops crossed the Blue Line near the Shebaa farms on {{Saturday}} and abducted [[two
shepherds|kidnapped;a=the Lebanese army]] grazing their flock, the Lebanese army said. A
{{third}} man managed to run back to the village of Kfarchouba. UNIFIL, which has [[some 250 peacekeepers|combatants]] in the sector,
said it was in contact with both sides to secure the men's release. The Israeli military said its soldiers had
detained [[two suspects|arrested;a=The Israeli military]] who crossed "into Israeli territory"
and would hand them back through the peacekeepers. Lebanese officials say Israeli forces have
abducted [[at least 13 Lebanese citizens|kidnapped;a=Lebanese officials]] in the south since
{{October 2023}}, and that [[five of them|kidnapped;a=Lebanese officials;n=-]] have since been
freed. Separately, the army said it had arrested [[four people|arrested;a=the army;alt=the
Lebanese army]] near Marjayoun suspected of firing rockets without authorisation.
""",
)

item(
    "Satellite images show border villages levelled",
    """
[[More than 1,700 buildings|housing;a=an analysis of satellite imagery]] in southern Lebanon
have been destroyed and [[about 3,900|housing;a=an analysis of satellite imagery;u=structure]]
damaged since October, according to an analysis of satellite imagery by researchers at Oregon
State University and the City University of New York. The worst hit are Aita al-Shaab, Kfar
Kila, Odaisseh and Mais al-Jabal, where whole neighbourhoods within {{two kilometres}} of the
Blue Line have been flattened. In Aita al-Shaab alone, [[around 230 homes|housing;a=the
researchers]] were destroyed, the researchers said. Lebanon's National Council for Scientific
Research put the number of housing units damaged or destroyed at [[between 5,000 and
6,500|housing;a=Lebanon's National Council for Scientific Research;u=structure]]. "A house here
took a family {{20 years}} to build," said Ali Srour, whose {{three-storey}} home in Odaisseh was
hit in May. [[Eighteen villages|housing;a=the council;alt=Lebanon's National Council for
Scientific Research]] are now uninhabitable, the council said.
""",
)

item(
    "Peacekeepers hurt as shells land near UNIFIL base",
    """
[[Three peacekeepers|injured;a=UNIFIL]] were lightly wounded when shells landed near a
position outside Rmeish on {{Saturday}}, UNIFIL said, the {{fourth}} such incident in a month.
The mission has [[about 10,000 troops|combatants;a=UNIFIL;alt=The mission]] deployed between the
Litani river and the Blue Line, it says, and has recorded [[more than 17,000
projectiles|other;a=UNIFIL;alt=The mission;u=other]] fired across the line since {{October 8}}. The
Lebanese army, which has [[some 4,500 soldiers|combatants;a=officials]] in the south, plans to
recruit [[6,000 more|combatants;p;a=officials;n=-]] if a ceasefire is agreed, officials say. Army
posts have been hit repeatedly, and [[two Lebanese soldiers|killed]]
died in a strike in Adaisseh last week. UNIFIL's chief urged both sides to "step back from the
brink".
""",
)

item(
    "Border schools stay shut for a second term",
    """
[[Seventy-two public schools|other;a=Education Minister Abbas Halabi]] in the border districts will stay closed for the {{second}}
term, Education Minister Abbas Halabi said, and [[about 20,000 pupils|displaced;a=Education
Minister Abbas Halabi]] from the south have been enrolled in schools further north. Another
[[6,000 children|civilians;a=Education Minister Abbas Halabi]] are not in any classroom,
he said. The ministry is running afternoon shifts in [[35 schools|other;a=The ministry]] in
Tyre, Saida and Nabatieh to absorb them, and [[1,100 teachers|displaced]] who fled their
villages have been reassigned. A teacher from Rmeish, {{41}}, said she now drives {{90
minutes}} each way. Private schools in Tyre have taken
in [[up to 3,000 pupils|displaced;a=the ministry]] from the border villages, according to the
ministry. The ministry has asked donors for {{$25 million}} to pay for the extra
shifts.
""",
)

item(
    "Israeli strike near Baalbek is deepest into Lebanon since war began",
    """
Israeli jets struck a warehouse near Baalbek in the Bekaa valley on {{February 26}}, killing
[[two Hezbollah members|killed;a=security sources]], security sources said, the first Israeli
strike that far from the border since {{October}}, some {{100 kilometres}} away. The Israeli
military said the site stored equipment for Hezbollah's air defences and that the strike came
in response to the downing of one of its Hermes {{450}} drones. [[Dozens of families|displaced]]
from the nearby village of Adous spent the night in the open or with relatives in Baalbek. The
governor of Baalbek-Hermel said [[five people|injured;a=The governor of Baalbek-Hermel]] had been
wounded and [[three houses|housing;a=The governor of Baalbek-Hermel]] damaged. In the south,
strikes on Kfar Kila and Khiam killed [[three fighters|killed;a=Hezbollah]] and [[two civilians|killed;a=the National News Agency]],
Hezbollah and the National News Agency said.
""",
)
