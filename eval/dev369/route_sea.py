"""dev369 items: the sea crossings of the Gulf of Aden and the Red Sea (Djibouti, Somalia,
Somaliland and Yemen's coasts): departures, interceptions, capsizings, drownings and rescues."""

from _wrap import item

item(
    "Dozens drown as migrant boat capsizes off Shabwa",
    """
[[At least 49 migrants|killed;a=the International Organization for Migration]] drowned and
[[140 others|missing;a=the International Organization for Migration]] are missing after their
boat capsized off Yemen's Shabwa governorate, the International Organization for Migration said
on {{June 11, 2024}}. The vessel had left Bosaso in Somalia's Puntland region carrying
[[260 passengers|other;a=the agency;alt=the International Organization for Migration]], most of
them Ethiopians, the agency said. Fishermen and local coastguards pulled
[[71 survivors|other]] from the water about {{150 metres}} from shore. The dead included
[[31 men|killed]] and [[18 women|killed]]. [[Eleven survivors|injured]] were taken to hospital
in Ataq with broken bones and burns from fuel. It was the {{second}} deadly shipwreck off Yemen
in less than {{a week}}; since January the agency has counted
[[more than 97,000 arrivals|displaced;a=the agency;alt=the International Organization for Migration]]
on the country's coasts.
""",
)

item(
    "Smugglers force migrants into the sea off Djibouti",
    """
Smugglers forced [[about 80 migrants|other;a=survivors]] off their boat into rough seas near
Godoria on Djibouti's northern coast late on Tuesday, survivors told the International
Organization for Migration. The bodies of [[16 people|killed;a=Djibouti's coastguard]] had washed
ashore by Thursday and [[at least 28 others|missing;a=Djibouti's coastguard]] remain unaccounted
for, Djibouti's coastguard said. The smugglers turned back towards Yemen when they spotted a
patrol, a coastguard officer said, speaking on condition of anonymity. IOM medical staff in
Obock treated [[22 survivors|injured]] for exhaustion, cuts and swallowed seawater, and
[[four|injured]] were flown to Djibouti City with severe injuries. The navy sent
[[two patrol boats|other]] and [[30 coastguard officers|combatants]] to search the area. The
agency said
[[more than 1,200 migrants every week|displaced;a=The agency;alt=the International Organization for Migration]]
were passing through Obock on their way to the Yemeni coast, {{a third}} of them children.
""",
)

item(
    "Arrivals on Yemen's Lahj coast climb again, IOM data show",
    """
[[Some 17,200 migrants|displaced;a=IOM's Displacement Tracking Matrix]] landed on Yemen's coast
in {{May 2023}}, up from [[12,900|displaced;a=IOM's Displacement Tracking Matrix]] in April,
according to IOM's Displacement Tracking Matrix. Nearly all came ashore near Ras al-Ara in Lahj
governorate after crossing from Djibouti, and {{92 per cent}} were Ethiopian. Among them were
[[2,640 children|displaced;a=the monitors;alt=IOM]], [[1,100|displaced;a=the monitors;alt=IOM]]
of them travelling alone, the monitors counted. Women made up about {{one in five}} arrivals.
The monthly total remains below the peak of [[about 27,000 arrivals|displaced]] recorded in
{{March 2019}}, before {{COVID-19}} border closures cut crossings. Fishermen in Ras al-Ara said
smugglers were landing [[8-10 boats a night|other;a=Fishermen in Ras al-Ara]] on the beaches
west of the town. IOM expects [[at least 150,000 migrants|displaced;p;a=IOM]] to make the
crossing this year.
""",
)

item(
    "Puntland police stop smuggling boat off Bosaso",
    """
Puntland's Maritime Police Force intercepted a wooden boat carrying
[[143 Ethiopian migrants|other;a=a police spokesman]] a few miles off Bosaso on Saturday night
and arrested [[three crew members|arrested;a=a police spokesman]], a police spokesman said. The
migrants, who had each paid smugglers about {{$400}}, were taken to a holding centre in the
city, he said. Police say they have detained [[more than 600 migrants|arrested;a=Police]] and
[[41 suspected smugglers|arrested;a=Police]] in and around the port since January. The force
says it has deployed [[about 120 officers|combatants;a=The force;alt=Puntland's Maritime Police Force]]
and [[six speedboats|other;u=other;a=The force;alt=Puntland's Maritime Police Force]] along the
coast east of Bosaso. Residents say [[dozens of boats|other;a=Residents]] still leave every week
from beaches near Qaw and Bareeda. The Migrant Response Centre in Bosaso saw
[[about 4,500 migrants|displaced;a=IOM]] pass through in March alone, IOM said.
""",
)

item(
    "Obock centre stretched as migrants pour in",
    """
The Migrant Response Centre in Obock, which has beds for [[250 people|capacity;a=IOM]], was
sheltering [[more than 600|displaced;a=IOM]] on Wednesday, IOM said. Many sleep outside in
temperatures that reach {{45C}} in the afternoon. The agency said its staff were serving
[[about 1,800 meals a day|aid;a=The agency;alt=IOM]] and had handed out
[[400 hygiene kits|aid;a=The agency;alt=IOM]] in the past week. Djibouti's government has
promised land for a {{second}} centre that could take in
[[another 500 people|capacity;p;a=Djibouti's government]]. Obock, a fishing town of
[[about 20,000 residents|civilians]], has seen its water supply strained by the arrivals. Since
{{2014}}, the centre has helped [[more than 20,000 migrants|aid;a=IOM]], and
[[some 5,300|returned;a=IOM]] have gone back to Ethiopia with the agency's help, according to
IOM. Among those at the centre this week were [[78 unaccompanied children|displaced]].
""",
)

item(
    "Two boats sink off Taiz coast in rough seas",
    """
[[Two boats|other;a=UNHCR and IOM]] carrying migrants from Djibouti capsized off Dhubab district
in Yemen's Taiz governorate on Sunday, leaving [[at least 68 people|killed;a=UNHCR and IOM]] dead
and [[74|missing;a=UNHCR and IOM]] missing, UNHCR and IOM said in a joint statement. The
{{first}} boat carried [[about 150 passengers|other;a=the statement;alt=UNHCR and IOM]] and the
{{second}} [[roughly 160|other;a=the statement;alt=UNHCR and IOM]], the statement said.
[[Twelve survivors|other]] swam ashore and raised the alarm at a fishing village. Coastguard
boats searched until dusk and recovered [[40 bodies|killed;a=the coastguard's commander in Mocha]],
the coastguard's commander in Mocha told AFP. Winds of up to {{40 knots}} had been forecast for
the strait. The two agencies said
[[at least 558 people|killed;a=The two agencies;alt=UNHCR and IOM]] had died on the route in
{{2024}}.
""",
)

item(
    "Coastguard detains migrants near Aden's Imran beach",
    """
Yemen's coastguard said it had detained
[[217 Ethiopian and Somali migrants|arrested;a=Yemen's coastguard]] who landed at Imran beach
west of Aden on Wednesday and seized [[two boats|other;a=Yemen's coastguard]] used by smugglers.
The coastguard's Gulf of Aden sector said
[[five suspected smugglers|arrested;a=The coastguard's Gulf of Aden sector;alt=Yemen's coastguard]],
all Yemeni, were also being held. The migrants were handed to the immigration authority in Aden.
Since the start of {{2022}}, the coastguard says it has intercepted
[[more than 3,400 migrants|other;a=the coastguard;alt=Yemen's coastguard]] at sea and on the
beaches of Aden and Lahj. Rights groups say those detained are often held for {{weeks}} before
being deported. The sector runs only [[four patrol boats|other;a=a coastguard officer]] and
[[about 90 personnel|combatants;a=a coastguard officer]] along some {{300 km}} of coastline, a
coastguard officer told Reuters.
""",
)

item(
    "'The sea took my brother': a survivor's account from Ras al-Ara",
    """
Abdi, a {{19-year-old}} from Ethiopia's Oromia region, spent {{three days}} at sea in a boat
built for [[perhaps 60 people|capacity;q=approx;a=Abdi]], he said, with
[[more than 200 others|other;a=Abdi]] packed aboard. Smugglers beat passengers who moved and
threw [[two young men|other;a=Abdi]] overboard when they begged for water, he said. When the
boat neared the coast at about {{2am}}, the crew forced everyone into the water, and
[[nine people|killed;a=Abdi]] drowned, among them his brother Tolosa, {{aged 22}}, he said. IOM
staff who met the group on the beach counted [[187 survivors|other;a=IOM staff]]. Abdi now
sleeps in an unfinished building in Aden with [[about 40 other Ethiopians|displaced]], waiting
for smugglers to take them north towards Saudi Arabia. He owes the smugglers {{$700}}.
""",
)

item(
    "Pandemic strands migrants on both sides of the Gulf of Aden",
    """
Border closures imposed to contain {{COVID-19}} have left
[[an estimated 14,500 migrants|displaced;a=IOM]] stranded in Yemen and
[[about 1,400|displaced;a=IOM]] in Djibouti, IOM said in {{July 2020}}. Arrivals in Yemen fell to
[[1,725|displaced;a=the agency;alt=IOM]] in May, from
[[more than 11,100|displaced;a=the agency;alt=IOM]] in January, according to the agency. In
Djibouti, [[some 900 migrants|displaced]] were sleeping at bus stations and roadsides in Obock
and Tadjourah, while [[hundreds more|returned;n=-]] walked back towards Ethiopia on foot.
Ethiopia's government said it would accept
[[up to 3,000 returnees|returned;p;a=Ethiopia's government]] from Djibouti once quarantine
facilities were ready. [[Three quarantine centres|capacity;a=officials]] in Dire Dawa, with room
for [[2,000 people|capacity;a=officials]], were being prepared, officials said.
""",
)

item(
    "Explainer: the narrow sea between Djibouti and Yemen",
    """
At its narrowest, the Bab el-Mandeb strait separating Djibouti from Yemen is about {{30 km}}
wide, and the crossing from Obock to the Lahj coast can take as little as {{six hours}} in a
fast boat. Smugglers charge between {{$200 and $500}} a head for the sea leg, according to
migrants interviewed in {{2023}}, and much more for the overland journey to the Saudi border.
The route has been used since at least the {{1990s}}, and it became the busiest migration
corridor out of Africa by the {{late 2010s}}. Winds between June and September make crossings
more dangerous, with waves of up to {{3 metres}}. Most of those who make the journey are young
Ethiopian men between the ages of {{18 and 30}}, and around {{90%}} come from Oromia, Amhara and
Tigray, surveys show.
""",
)

item(
    "Eastern Route deadliest year on record, IOM project says",
    """
[[At least 612 migrants|killed;a=IOM's Missing Migrants Project]] died and
[[another 300|missing;a=IOM's Missing Migrants Project]] went missing on the Eastern Route in
{{2025}}, IOM's Missing Migrants Project said on Tuesday. {{More than half}} of the deaths,
[[337|killed;a=the project;alt=IOM's Missing Migrants Project]], were drownings in the Gulf of
Aden and the Red Sea, the project said. Violence, most of it at the border between Yemen and
Saudi Arabia, killed [[at least 198|killed]], while hunger, dehydration and road accidents
killed [[77 others|killed]]. Researchers said the true toll was probably much higher, because
many deaths in the desert and at sea are never reported. The project has recorded the deaths of
[[at least 1,860 people|killed;a=The project;alt=IOM's Missing Migrants Project]] on the route
since it began counting in {{2014}}.
""",
)

item(
    "Bodies wash up on Somaliland beaches after boat sinks",
    """
Fishermen near Berbera in Somaliland recovered [[23 bodies|killed;a=local officials]] on Friday
and Saturday, local officials said, after a boat bound for Yemen sank in the Gulf of Aden. The
boat had left the coast east of Berbera with [[about 100 people|other;a=survivors]] on board,
survivors told the Somaliland Coast Guard.
[[Thirty-three|other;a=the coast guard;alt=the Somaliland Coast Guard]] were rescued and
[[some 40|missing;a=the coast guard;alt=the Somaliland Coast Guard]] remain missing, according
to the coast guard. Somaliland's interior ministry said police had arrested
[[four men|arrested;a=Somaliland's interior ministry]] suspected of organising the crossing.
Volunteers buried the dead in [[two mass graves|other;u=other]] outside the town. Berbera has
become a busier departure point since smugglers began shifting away from Bosaso in {{2022}}.
""",
)

item(
    "Fishermen pull migrants from sea off Mocha",
    """
Yemeni fishermen rescued [[56 migrants|other;a=a local official in Taiz governorate]] whose boat
broke apart off Mocha on the Red Sea coast before dawn on Thursday, a local official in Taiz
governorate said. The official said [[14 people|killed;a=The official]] had drowned, including
[[three women|killed;a=The official]], and that [[up to 20|missing;a=The official]] were feared
missing. The survivors, all Ethiopian, said the boat had left Djibouti's coast with
[[about 90 people|other;a=The survivors]] aboard. Médecins Sans Frontières, which runs a clinic
in Mocha, said it had treated
[[17 of the survivors|injured;a=Médecins Sans Frontières]] for hypothermia and injuries.
""",
)

item(
    "Regional plan for migrants on Eastern Route seeks more money",
    """
IOM and its partners appealed on {{February 20, 2025}} for {{$112 million}} to fund the
{{2025}} Regional Migrant Response Plan for the Horn of Africa and Yemen. Last year's plan
received only {{31 per cent}} of the {{$98 million}} it sought, leaving gaps in water, shelter
and medical care at transit points, the agency said. The plan covers Djibouti, Ethiopia, Somalia
and Yemen and runs for {{12 months}}. Donors pledged {{$24.5 million}} at a meeting in Nairobi on
{{March 4}}, and the European Union's contribution rose by {{15%}} from {{2024}}.
""",
)

item(
    "Djibouti court jails smugglers over deadly crossing",
    """
A court in Djibouti City sentenced [[five men|arrested;a=state media]] to between
{{10 and 15 years}} in prison on Monday for their role in a crossing in which
[[42 migrants|killed;a=state media]] drowned off Obock, state media reported. Prosecutors said
the defendants had crammed [[more than 130 people|other;a=Prosecutors]] into a boat designed for
[[about 40|capacity;a=Prosecutors]]. [[Two further suspects|other]] remain at large. Each
defendant was also fined {{2 million Djibouti francs}}. Djibouti's coastguard says it has
arrested [[87 smugglers|arrested;a=Djibouti's coastguard]] since {{2021}}.
""",
)

item(
    "Dozens dead after boat overturns off Obock",
    """
A boat carrying [[77 migrants|other;a=IOM]] back from Yemen capsized off Djibouti's Obock coast
on {{April 8, 2024}}, killing [[at least 38|killed;a=IOM]], IOM said.
[[Twenty-two survivors|other;a=the agency's office in Djibouti;alt=IOM]] were rescued and
[[17 others|missing;a=the agency's office in Djibouti;alt=IOM]] were missing, the agency's office
in Djibouti said. The migrants were Ethiopians who had failed to find work in Yemen and were
trying to go home. IOM said [[more than 2,000 migrants|returned;a=IOM]] had made the reverse
crossing from Yemen to Djibouti in {{the first three months}} of the year. Djibouti's government
sent [[three navy boats|other]] and a helicopter to the scene.
""",
)

item(
    "Heat kills migrants walking across Djibouti's desert",
    """
[[Eleven Ethiopian migrants|killed;a=Djibouti's gendarmerie]] died of heat and thirst while
crossing the desert between the Ethiopian border and Obock, Djibouti's gendarmerie said on
Tuesday, as temperatures passed {{46C}}. Patrols found [[nine others|injured;a=the gendarmerie;alt=Djibouti's gendarmerie]]
severely dehydrated and took them to the hospital in Tadjourah, the gendarmerie said. Migrants
typically walk for {{five to seven days}} across the plains and past Lake Assal, which lies
{{155 metres}} below sea level. IOM counted
[[between 10,000 and 12,000 migrants|displaced;a=IOM]] moving along the route in June, and its
teams hand out [[about 2,000 water bottles a day|aid;u=other;a=the agency;alt=IOM]], the agency said.
[[At least 70 migrants|killed;a=aid workers]] have died in the desert since January, aid workers
estimate.
""",
)
