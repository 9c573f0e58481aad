"""Michoacán and Guerrero: drones and mines in Tierra Caliente, besieged towns, the displaced."""

from _wrap import item

item(
    "Drone attacks empty villages in Michoacán's Tierra Caliente",
    """
[[More than 2,000 people|displaced;a=the Michoacán government]] have fled villages around
Apatzingán and Buenavista after months of drone attacks by the Jalisco New Generation Cartel,
the Michoacán government said on {{Monday}}. The state's civil protection agency counted
[[470 families|displaced;a=The state's civil protection agency]] sheltering in Apatzingán alone.
Explosives dropped from drones have killed [[at least nine people|killed;a=local officials]] and
wounded [[27|injured;a=local officials]] since {{January}}, local officials said. Lime growers
said [[roughly 40 orchards|other;u=other]] had been abandoned. The army has sent
[[1,000 soldiers|combatants;a=The army]], it said, along with [[eight anti-drone systems|other;u=other]].
""",
)

item(
    "Landmine kills soldiers near Aguililla",
    """
[[Two soldiers|killed;a=the Defence Ministry]] were killed and [[five|injured;a=the Defence
Ministry]] injured on Wednesday when their vehicle struck an improvised mine on a dirt road
near Aguililla, the Defence Ministry said. Since {{2023}}, mines planted by cartels in
Michoacán have killed [[at least 17 soldiers|killed;a=the ministry;alt=the Defence Ministry]]
and [[a dozen civilians|killed;a=the ministry;alt=the Defence Ministry]], the ministry said.
Troops have deactivated [[more than 260 explosive devices|other;a=it;alt=the Defence Ministry]]
in the region, it said. Residents of [[three nearby ranches|displaced;u=other]] have left.
[[Between 30 and 40 homes|housing;a=the ministry;alt=the Defence Ministry]] in Las Bateas have been damaged by explosives, the ministry said.
""",
)

item(
    "Gunmen hold hundreds hostage in Guerrero town",
    """
Gunmen of La Familia Michoacana held [[about 400 residents|kidnapped;a=the Guerrero state
prosecutor]] of El Pericón in Tecpan de Galeana for {{two days}}, the Guerrero state prosecutor
said on Friday. All of them have now been freed. The gunmen had blocked the road
with [[about 30 vehicles|other]], the prosecutor said. [[Fourteen men|arrested;a=federal
officials]] were detained, federal officials told reporters. The town's [[1,800 inhabitants|
civilians]] remain without electricity. [[Up to 350 troops|combatants;a=the Defence Ministry;p]]
will stay in the area, the Defence Ministry said.
[[Some 90 families|displaced]] left El Pericón once the road reopened.
""",
)

item(
    "Families flee Heliodoro Castillo as Guerrero gangs clash",
    """
[[Some 3,000 people|displaced;a=the Tlachinollan human rights centre]] from
[[25 communities|displaced;u=other;a=the Tlachinollan human rights centre]] in the
municipality of Heliodoro Castillo have fled armed clashes between Los Tlacos and La Familia
Michoacana, the Tlachinollan human rights centre said. [[About 700|displaced;a=the centre;alt=the
Tlachinollan human rights centre]] are sleeping in the municipal auditorium of Chilpancingo, the
centre said. The state's DIF family agency delivered [[1,400 blankets|aid]] and
[[3,000 meals a day|aid;a=The state's DIF family agency]], the agency said. [[Nine|killed]] were
killed in the fighting, among them a boy aged {{11}}.
""",
)

item(
    "Police massacred in Coyuca de Catalán ambush",
    """
[[Thirteen police officers|killed;a=the Guerrero security ministry]] were killed when
gunmen ambushed a convoy in Coyuca de Catalán, the Guerrero security ministry said. The
officers were part of a force of [[about 50|combatants;a=the ministry;alt=the Guerrero
security ministry]] sent to search the area, the ministry said. [[Two|injured]] survived with
gunshot wounds. Investigators found [[more than 900 spent cartridges|other;a=the state prosecutor]] at the site, the state
prosecutor said. It was the deadliest attack on police in Mexico since {{2019}}, when
[[13 officers|killed]] were killed in Aguililla.
The state sent [[500 more officers|combatants;a=the state prosecutor]] and [[four helicopters|other]]
to the area, the state prosecutor said. [[Dozens of families|displaced]] from the surrounding
ranches fled to Altamirano.
""",
)

item(
    "Chilpancingo vendors kidnapped, transport strike follows",
    """
Armed men abducted [[22 people|kidnapped;a=the state security coordination]], most of them
market vendors, in Chilpancingo over {{three days}}, the state security coordination said on
{{Thursday}}. [[Seventeen|returned;a=it;alt=the state security coordination]] have been released,
it said. The bodies of [[two men|killed]] were found on the Chilpancingo-Tixtla road. In
protest, drivers of [[about 1,100 taxis and buses|other;n=taxis and buses]] halted service,
leaving [[tens of thousands of commuters|civilians]] stranded. The city deployed
[[200 state police|combatants]].
""",
)

item(
    "Guerrero's mountain communities count the cost of the drone war",
    """
The Regional Coordinator of Community Authorities, an indigenous community police force, said
drones had dropped explosives on [[14 villages|other;a=The Regional Coordinator of Community
Authorities]] in the Montaña region since {{2024}}. Explosions damaged [[at least 60 homes|housing;a=the force;alt=The Regional Coordinator of Community Authorities]] and [[one school|housing]], the force said. [[About 400 children|civilians;
a=the force;alt=The Regional Coordinator of Community Authorities]] have stopped attending classes,
it added. [[Three|killed;a=the force;alt=The Regional Coordinator of Community Authorities]] have
died, among them a woman of {{70}}, the force said.
[[About 1,200 people|displaced;a=the force;alt=The Regional Coordinator of Community Authorities]] have moved to
Chilapa, the force said, and [[15 community police|injured]] have been wounded.
""",
)

item(
    "Michoacán arrests in lime-growers' killing",
    """
Michoacán's prosecutor's office said on Saturday it had arrested [[six suspects|arrested;
a=Michoacán's prosecutor's office]] over the killing of Bernardo Bravo, the head of the Apatzingán
lime growers' association, who was found dead on {{20 October 2025}}. The suspects belong to the
Los Viagras gang, it said. The arrests came days after [[more than 3,000 lime growers|other;a=the
association]] marched in Apatzingán, according to the association. The federal government said
it would send [[about 2,000 more troops|combatants;a=The federal government;p]] to Michoacán
under the Plan Michoacán, which is worth {{57 billion pesos}}.
Lime growers say [[at least 12 producers|killed;a=Lime growers]] have been murdered in the valley
since {{2023}} and that [[about 600 families|civilians;a=Lime growers]] pay extortion on every box.
[[Some 200 packers|other]] stopped work for {{two days}}.
""",
)

item(
    "Uruapan mourns its mayor",
    """
Uruapan mayor Carlos Manzo was shot dead at a Day of the Dead festival on {{1 November 2025}}
in front of [[hundreds of people|other]]. [[Two|injured;a=the state prosecutor]] others were
wounded, the state prosecutor said. His bodyguards killed [[one attacker|killed]], and
[[two suspects|arrested;a=the Security Cabinet]] were arrested the next day, the Security
Cabinet said. Manzo, {{40}}, had demanded more federal troops; [[about 300 National Guard
officers|combatants]] arrived after his death. [[Thousands|other;a=local media]] attended his
funeral, local media reported.
""",
)

item(
    "Guerrero returns: families go back to Petatlán's sierra",
    """
[[About 140 families|returned;a=the Guerrero government]] who fled the sierra of Petatlán in
{{2022}} have returned to their villages under army escort, the Guerrero government said on
Tuesday. The state has rebuilt [[35 homes|housing;a=The state]] and plans to repair
[[another 80|housing;a=The state;p;u=structure]], it said. [[More than 600 people|displaced;a=the
government]] from the area are still in Zihuatanejo and Acapulco, the government said. A
platoon of [[40 soldiers|combatants]] will remain in La Laguna.
The families received [[280 food baskets|aid;a=the government]] and [[140 roofing kits|aid]], the
government said.
""",
)

item(
    "Michoacán self-defence groups clash with cartel",
    """
Fighting between a self-defence group and the CJNG in Tepalcatepec left [[eight gunmen|killed;
a=the state prosecutor's office]] dead on Sunday, the state prosecutor's office said.
[[Eleven|injured]] wounded men were taken to hospital in Apatzingán. Soldiers arrested
[[19 people|arrested;a=the Defence Ministry]] and seized [[32 rifles|other;a=the Defence
Ministry]], including [[four Barrett sniper rifles|other]], the Defence
Ministry said. [[Around 250 residents|displaced;a=parish priests]] fled to neighbouring Jalisco,
parish priests said.
Villagers said [[15 houses|housing;a=Villagers]] were burned.
""",
)

item(
    "Buenavista camp for displaced swells",
    """
A camp set up by the Catholic diocese of Apatzingán now holds [[1,260 people|displaced;a=the
Catholic diocese of Apatzingán]], up from [[400|displaced]] in {{March}}, the diocese said. It
has space for [[no more than 900|capacity;a=the diocese;alt=the Catholic diocese of
Apatzingán]], it said. The World Food Programme is providing [[2,500 rations|aid;a=The World Food
Programme]] a week. Bishop Cristóbal Ascencio said [[four of the residents|killed;a=Bishop
Cristóbal Ascencio]] had been shot when they went back to check on their orchards.
[[About 300 of the residents|returned]] went back to their villages last year, but
many fled again, and [[at least 45|displaced]] came back to the camp.
""",
)

item(
    "Guerrero's disappeared: the state's register",
    """
Guerrero's search commission said [[4,319 people|missing;a=Guerrero's search commission]] were
registered as missing in the state, [[up to 60 of them|missing;a=Guerrero's search commission;n=-]] in the past {{30 days}}. The commission said [[312 people|other;a=The
commission;alt=Guerrero's search commission]] had been located alive this year. The
{{43}} students of Ayotzinapa, who disappeared in {{2014}}, remain the state's best-known case.
Relatives in Acapulco said [[between 20 and 30 young men|kidnapped;a=Relatives in Acapulco]] had been
taken from the Renacimiento neighbourhood alone this year. The Montaña Roja collective said it had
found [[the bodies of 19 people|killed;a=The Montaña Roja collective;n=bodies]] in
[[seven graves|other;u=other]] near Chilpancingo since {{June}}.
[[About 35 families|displaced;a=the collective;alt=The Montaña Roja collective]] of the missing have fled threats, the collective said.
""",
)

item(
    "Army sends special forces to Tierra Caliente",
    """
The Defence Ministry said on Friday it had sent [[1,500 special forces troops|combatants;a=The
Defence Ministry]] and [[six Black Hawk helicopters|other;a=The Defence Ministry]] to Michoacán
and Guerrero. [[About 1,100 of the troops|combatants]] will be based in Apatzingán. Since
January, [[4,530 troops|combatants;a=the ministry;alt=The Defence Ministry]] have been rotated
through the region, the ministry said. Operations there have led to [[more than 900 arrests|
arrested;a=the ministry;alt=The Defence Ministry]], it said.
Since {{2024}}, the army has lost [[at least 28 soldiers|killed;a=the army]] in the region,
the army said, and [[about 70|injured;a=the army]] have been wounded.
""",
)

item(
    "Acapulco tourism weathers the violence",
    """
Hotel occupancy in Acapulco reached {{68%}} over the Easter holiday, Guerrero's tourism ministry
said, against {{49%}} in {{2024}}. The port, hit by Hurricane Otis in {{October 2023}}, received
{{2.1 million}} visitors, and spending rose to {{4.3 billion pesos}}. Taxi drivers struck for
{{two days}} in {{March}} after extortion demands.
""",
)

item(
    "Michoacán's avocado exports hold up",
    """
Michoacán exported {{1.3 million tonnes}} of avocados in the {{2024-2025}} season, up {{4%}},
the growers' association APEAM said. Prices averaged {{$2.10}} a kilo at the farm gate. US
inspectors suspended work for {{10 days}} in {{2022}} after a threat. The {{2025-2026}} harvest
began on {{1 July}}.
""",
)
