"""Army raids on the camps of the northern West Bank: Jenin, Tulkarm, Nur Shams, Far'a, Balata,
Aqabat Jabr (2022-2026)."""

from _wrap import item

item(
    "Israeli forces pull out of Jenin camp after two-day assault",
    """
Israeli forces withdrew from Jenin refugee camp before dawn on {{5 July 2023}}, ending a
{{48-hour}} operation that the Palestinian health ministry said had killed
[[12 Palestinians|killed;a=Palestinian health ministry]], among them [[four children|killed;a=Palestinian health ministry]].
The ministry said [[more than 140 people|injured;a=ministry;alt=Palestinian health ministry]] were wounded,
including [[30|injured;a=ministry;alt=Palestinian health ministry]] in critical condition. [[One Israeli soldier|killed;a=military]] was killed during the
raid, the military said. The army said [[about 1,000 troops|combatants;a=army]] took part, backed by
drones and bulldozers. The Palestinian Red Crescent said [[some 3,000 residents|displaced;a=Palestinian Red Crescent]] had fled
the camp during the fighting and were sheltering in schools and mosques in the city. Israeli officials
said [[30 suspects|arrested;a=Israeli officials]] had been detained.
""",
)

item(
    "Thousands flee Jenin camp as 'Iron Wall' enters second week",
    """
JENIN, West Bank ({{Jan 28, 2025}}) -- [[Thousands of Palestinians|displaced;a=UN agency for Palestinian refugees;alt=UNRWA]] have left Jenin refugee camp since
Israel launched a large-scale operation there on {{January 21}}, the UN agency for Palestinian refugees said on Tuesday.
UNRWA said [[as many as 3,000 families|displaced;a=UNRWA]] had left, many on foot along routes set by
the army. The Palestinian health ministry put the death toll in Jenin governorate at
[[17|killed;a=Palestinian health ministry]] since the operation began. The army said it had killed
[[10 gunmen|killed;a=army]] and arrested [[more than 35 wanted people|arrested;a=army]]. Residents
said bulldozers had torn up roads and water pipes across the camp. "We left with nothing,"
said Umm Mohammad, {{62}}, sheltering with [[14 relatives|displaced;n=relatives]] in a flat in the city.
""",
)

item(
    "Tulkarm camps empty out as army widens operation",
    """
The Israeli army extended its northern West Bank operation to Tulkarm and Nur Shams camps on {{27 January}},
and within days the two camps had all but emptied. According to OCHA,
[[about 9,000 people|displaced;a=OCHA]] fled Tulkarm camp and [[roughly 7,000|displaced;a=OCHA]]
left Nur Shams. Tulkarm municipality said it had opened [[nine shelters|capacity;a=Tulkarm municipality]], among them
[[five schools|capacity;a=Tulkarm municipality]] and a mosque hall, but most displaced families were staying with relatives. The UN said
[[between 1,000 and 1,500 people|displaced;a=UN]] were sleeping in mosques and halls.
The army said [[several hundred soldiers|combatants;a=army]] were operating in the area. Palestinian officials
said [[two women|killed;a=Palestinian officials]] had been shot dead in Nur Shams, one of them
{{eight months}} pregnant.
""",
)

item(
    "UNRWA: displacement from northern camps largest since 1967",
    """
The displacement of Palestinians from the camps of the northern West Bank is the largest since {{1967}},
UNRWA said in a statement on {{February 20, 2025}}. The agency said
[[some 40,000 Palestinians|displaced;a=agency;alt=UNRWA]] had been forced out of Jenin, Tulkarm and
Nur Shams camps. It said its [[nine health centres|other;a=UNRWA]] in the north had closed or moved, and that
[[about 12,000 children|other;a=UNRWA]] were out of its schools. UNRWA said it had handed out food parcels
to [[6,500 displaced families|aid;a=UNRWA]] and cash to [[a further 2,000 households|aid;a=UNRWA]].
It said [[between 300 and 350 of its staff|other;a=UNRWA;n=staff]] could not reach their work.
Israel's defence minister said troops would stay in the camps "for the coming year" and that residents
would not be allowed back.
""",
)

item(
    "Israeli army says it will demolish 106 buildings in Jenin camp",
    """
The Israeli military informed Palestinian liaison officials that it intends to demolish
[[106 buildings|housing;a=Israeli military;p]] in Jenin refugee camp to widen roads for armoured vehicles,
according to the governor of Jenin. The governor said [[around 300 families|displaced;a=governor;p]] would lose their homes
if the order went ahead. UNRWA said [[more than 600 homes|housing;a=UNRWA]] in the camp had already been destroyed
or badly damaged since {{January}}. The governor said the plan could also wipe out [[as many as 60 shops|housing;a=governor;p]]
on the camp's main street. The army did not give a timetable. Residents had
{{24 hours}} to recover belongings under escort, the governor said, but only [[a dozen people|other;a=governor]]
were allowed in.
""",
)

item(
    "Gunfight in Nur Shams camp leaves three dead",
    """
[[Three Palestinians|killed;a=Palestinian health ministry]] were killed and [[five|injured;a=Palestinian health ministry]] were wounded during a raid on Nur Shams camp near Tulkarm on
{{Thursday}}, the Palestinian health ministry said. The ministry said the dead included a
{{15-year-old}} boy. The Israeli military said its forces exchanged fire with a cell of gunmen
and that [[two soldiers|injured;a=Israeli military]] were lightly hurt. It said troops
detained [[eight suspects|arrested;a=Israeli military]] and found [[four explosive devices|other;a=Israeli military]] planted under roads.
Residents said [[up to 12 houses|housing;a=Residents]] were damaged by bulldozers. The raid lasted about {{11 hours}}.
""",
)

item(
    "Families return to parts of Jenin camp after year away",
    """
[[About 350 families|returned;a=local officials]] have gone back to homes on the edges of Jenin refugee camp since the Israeli
army pulled back from the western neighbourhoods, local officials said on {{12 February 2026}}.
Jenin municipality said [[around 1,900 people|returned;a=Jenin municipality]] had returned but that
[[more than 15,000|displaced;a=Jenin municipality]] remained outside the camp. It said
[[at least 220 homes|housing;a=Jenin municipality]] were beyond repair. UNRWA said it was preparing
to reopen [[two schools|other;a=UNRWA;p]] in the camp and expected
[[about 1,200 pupils|other;a=UNRWA;p]] to enrol. The municipality expects [[up to 500 more families|returned;a=municipality;alt=Jenin municipality;p]] to return by summer.
Water and electricity were still cut in most of the camp.
""",
)

item(
    "Far'a camp raid: two killed, dozens detained",
    """
Israeli forces killed [[two Palestinians|killed;a=Palestinian news agency WAFA;alt=WAFA]] and detained [[dozens of men|arrested;a=Palestinian news agency WAFA;alt=WAFA]] during a {{20-hour}}
raid on Far'a refugee camp south of Tubas, the Palestinian news agency WAFA reported. WAFA said
troops had rounded up [[more than 60 men|arrested;a=WAFA]] in a school courtyard for field interrogation and
released most of them by evening. The Palestinian Prisoners' Society said [[14|arrested;a=Palestinian Prisoners' Society]]
were taken to Israeli detention. The army said an aircraft struck a group of militants who had
thrown explosives at troops, killing [[one|killed;a=army]]. The Red Crescent said [[four paramedics|injured;a=Red Crescent]] were hurt by rubber bullets. The camp is home to
[[about 9,000 people|civilians]].
""",
)

item(
    "Tulkarm displaced face winter in schools and halls",
    """
{{Seven months}} after they fled, [[about 4,200 people|displaced;a=Tulkarm municipality]] from Tulkarm and Nur Shams camps are still
housed in public buildings, Tulkarm municipality said on {{Tuesday}}. The municipality said the
[[14 collective centres|capacity;a=municipality;alt=Tulkarm municipality]] it runs were built to hold
[[no more than 2,500 people|capacity;a=municipality;alt=Tulkarm municipality]]. The Norwegian Refugee Council said
[[1,100 families|aid;a=Norwegian Refugee Council]] had received winter kits and that it planned to
hand out [[3,000 blankets|aid;a=Norwegian Refugee Council;p]] before {{December}}. In some schools [[up to 40 people|displaced]] share a classroom. Families pay about
{{NIS 1,500}} a month for a flat in the city, more than twice the rent of {{2024}}, the council said.
""",
)

item(
    "Balata raid: wounded youths, detained medics",
    """
Israeli troops wounded [[at least seven Palestinians|injured;a=Palestinian Red Crescent]] with live fire during a raid on Balata camp in
Nablus overnight, the Palestinian Red Crescent said. The Red Crescent said its crews had been held at a
military cordon for {{40 minutes}} and that [[two paramedics|arrested;a=Red Crescent;alt=Palestinian Red Crescent]] were detained
and released before dawn. The army said it arrested [[four wanted men|arrested;a=army]] and seized
[[six rifles|other;a=army]]. [[Between 10 and 15 homes|housing;a=residents]] were damaged by explosives used to blow open doors,
residents said. Camp officials said [[around 30,000 people|civilians;a=Camp officials]] live in Balata,
the largest refugee camp in the West Bank, on less than {{a quarter of a square kilometre}}.
""",
)

item(
    "Air strike hits cafe in Tulkarm camp",
    """
An Israeli drone strike on a cafe in Tulkarm refugee camp killed [[18 people|killed;a=Palestinian health ministry]], the Palestinian health ministry said on
{{October 4, 2024}}, the deadliest single strike in the West Bank in more than {{two decades}}. The ministry
said [[at least 20 others|injured;a=ministry;alt=Palestinian health ministry]] were hurt. The Israeli military said the strike targeted
a Hamas commander and that [[five militants|killed;a=Israeli military]]
were among the dead. Residents said the dead included [[three brothers|killed;a=Residents]].
Witnesses said [[40 to 50 people|civilians;a=Witnesses]] were inside the cafe at the time. [[Two people|missing;a=civil defence]] were still
unaccounted for on {{Friday}} morning, the civil defence said.
""",
)

item(
    "Nur Shams residents barred from returning, rights group says",
    """
The Israeli army has turned Nur Shams camp into a closed military zone and is blocking the return of its
[[roughly 7,000 residents|civilians;a=Gisha]], the Israeli rights group Gisha said in a report.
Gisha said [[at least 400 buildings|housing;a=Gisha]] had been destroyed or damaged and that
[[48 homes|housing;a=Gisha]] had been taken over as army posts. It said [[11 families|returned;a=Gisha]] had managed to go back to homes on the camp's edge, but others
were turned away at gunpoint. Gisha said [[no more than 200 residents|civilians;a=Gisha]] remain inside.
The army said the camp would reopen "when the security situation allows."
[[Three people|missing;a=group;alt=Gisha]] who stayed behind when the operation began are still missing, the group said.
""",
)

item(
    "Jenin governor: 40 killed in three months of operation",
    """
Israeli forces have killed [[40 Palestinians|killed;a=governor]] in Jenin governorate since the start of
operation "Iron Wall", the governor told reporters on {{April 21}}, among them [[eight children|killed;a=governor]].
He said [[some 22,000 people|displaced;a=governor]] were still displaced from the city's camp and
that [[more than 120 residents|arrested;a=governor]] had been detained. The army says
[[over 100 militants|killed;a=army]] have been killed across the northern West Bank in that period. The
health ministry said [[about 2,800 patients|civilians;a=health ministry]] in the camp had lost access to
their clinics.
""",
)

item(
    "Aqabat Jabr raid in Jericho leaves five gunmen dead",
    """
Israeli forces killed [[five Palestinian gunmen|killed;a=army]] in Aqabat Jabr refugee camp near Jericho on
{{6 February 2023}}, the army said, in a raid that it said targeted a Hamas cell
behind an attack on a restaurant. The Palestinian health ministry confirmed [[five deaths|killed;a=Palestinian health ministry]]
and said [[three people|injured;a=Palestinian health ministry]] were wounded. The army said it arrested
[[two suspects|arrested;a=army]] and that [[as many as 30 commandos|combatants;a=army]] took part. The camp,
home to [[about 8,000 people|civilians]], was sealed off for {{nine days}} before the raid.
""",
)

item(
    "Tubas camps: thousands without water after raid",
    """
[[About 6,000 people|civilians;a=OCHA]] in Far'a camp were left without running water after Israeli bulldozers
tore up the main pipes during a raid, OCHA said. The office said [[200 households|displaced;a=office;alt=OCHA]] had left
the camp for Tubas town, and that [[another 150|displaced;a=office;alt=OCHA;p;u=household]] were expected to follow if the supply was not restored.
The Palestinian Water Authority said it was sending [[10 water tankers a day|aid;a=Palestinian Water Authority]].
OCHA said [[between 30 and 40 structures|housing;a=OCHA]] were damaged.
Israeli forces said they had detained [[11 people|arrested;a=Israeli forces]] and destroyed a workshop used to make explosives.
""",
)

item(
    "Jenin camp operation: timeline",
    """
{{January 21, 2025}}: Israel launches "Iron Wall" in Jenin, {{two days}} after the Gaza ceasefire takes effect.
{{January 27}}: the operation widens to Tulkarm. {{February 9}}: troops enter Nur Shams. {{February 23}}:
tanks deployed in the West Bank for the first time since {{2002}}. {{March}}: the defence minister says forces will
stay "for a year". {{July}}: UNRWA says the operation is in its {{sixth month}}, the longest in the camps since the
{{second}} intifada.
""",
)

item(
    "Cost of rebuilding Jenin camp put at $300m",
    """
Rebuilding Jenin refugee camp will cost at least {{$300 million}}, the Palestinian Authority's reconstruction committee
said on {{Monday}}, nearly {{three times}} its estimate of {{2023}}. The committee said it had received pledges of
{{$45 million}}, about {{15%}} of what is needed. Roads covering about {{7 kilometres}} have been torn up,
and {{80 percent}} of the water network is out of use. Work cannot start before the army leaves, the committee said,
and it expects it to take at least {{three years}}.
""",
)
