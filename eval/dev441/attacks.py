"""dev441 items: Palestinian attacks and shootings, the raids that follow them, armed groups in
Nablus and Jenin, the year's tolls, and the checkpoints, gates and permits that shape movement."""

from _wrap import item

item(
    "Two Israelis killed in shooting at Route 60 junction",
    """
NABLUS, West Bank - A Palestinian gunman opened fire on an Israeli car at a junction on {{Route
60}} south of Nablus on Sunday, killing [[two Israelis|killed;a=Magen David Adom]] and wounding
[[four|injured;n=-;a=Magen David Adom]], [[one|injured;n=-;a=Magen David Adom]] of them seriously,
Israel's Magen David Adom ambulance service said. The army said troops were searching for the
attacker and had set up [[dozens of checkpoints|other;a=army]] around Nablus. Hamas praised
the attack but did not claim it. Residents said settlers later attacked [[at least three
villages|other;a=Residents]] near the junction and set fire to [[10 cars|other;a=Residents]].
Israeli forces arrested [[11 Palestinians|arrested]] in Huwara overnight. It was the {{second}}
deadly shooting on the road in {{a week}}.
""",
)

item(
    "Four Israelis killed near Eli settlement",
    """
JERUSALEM, {{June 20}} (Reuters) - [[Two Palestinian gunmen|combatants;a=Israeli officials]]
killed [[four Israelis|killed;a=Israeli officials]] at a petrol station and restaurant near the
settlement of Eli on Tuesday, Israeli officials said. Paramedics said [[four other
people|injured;a=Paramedics]] were wounded, [[three|injured;n=-;a=Paramedics]] of them seriously.
[[One gunman|killed;a=army]] was shot dead at the scene by an armed civilian and the other
was caught after a chase, the army said. The attack came a day after an Israeli raid in Jenin in
which [[seven Palestinians|killed;a=Palestinian Health Ministry]] were killed and
[[91|injured;n=-;a=Palestinian Health Ministry]] wounded, the Palestinian Health Ministry said.
The government later announced plans for [[1,000 new homes|housing;p;a=government]] in Eli.
""",
)

item(
    "Shin Bet says it foiled more than 1,000 West Bank attacks",
    """
Israel's Shin Bet security service said it had foiled [[more than 1,000 attacks|other;u=other;a=Shin
Bet]] from the West Bank in {{2024}}, including [[about 650 planned
shootings|other;u=other;a=Shin Bet]]. It said [[43 Israelis|killed;a=Shin Bet]] had been killed in
attacks originating in the West Bank during the year. Over the same period, troops and agents
arrested [[some 6,000 suspects|arrested;a=the agency;alt=Shin Bet]], the agency said in its annual
summary. Explosive devices planted against troops in the northern camps rose to [[about
300|other;n=-;u=other;a=Shin Bet]] from [[fewer than 50|other;n=-;u=other;a=Shin Bet]] in
{{2022}}, it said.
""",
)

item(
    "Three Israelis shot dead at Allenby crossing",
    """
A Jordanian truck driver shot dead [[three Israeli civilians|killed;a=Israeli military]] at the
Allenby crossing between the West Bank and Jordan on Sunday before being killed by security
forces, the Israeli military said. Israel shut [[all three crossings|other]] with Jordan until
further notice. The Allenby crossing is used by [[about 2,000 Palestinians a day|other]] travelling
abroad. [[Hundreds of trucks|aid]] carrying aid for Gaza were left waiting on the Jordanian side. When the bridge reopened {{three days}} later, [[about 400
Palestinians|returned]] stranded in Jordan went back home.
Israeli troops shot dead [[two Palestinians|killed;a=Palestinian Health Ministry]] in clashes near
Jericho later that day, the Palestinian Health Ministry said.
""",
)

item(
    "West Bank movement obstacles reach 898",
    """
Israeli authorities were operating [[898 movement obstacles|other;u=other;a=OCHA]] across the West
Bank as of {{February 2025}}, up from [[645|other;n=-;u=other;a=OCHA]] before {{October 2023}},
OCHA said in a new survey. They include [[94 staffed checkpoints|other;a=OCHA]], [[288 road
gates|other;u=other;a=OCHA]], [[more than 180 earth mounds|other;u=other;a=OCHA]] and [[about 140
roadblocks|other;u=other;a=OCHA]], it said, while [[44|other;n=-;u=other;a=OCHA]] are checkpoints
staffed only at certain times. Of the gates, {{60 percent}} were closed most of the time. [[Some 3.3
million Palestinians|civilians;a=the office;alt=OCHA]] in the West Bank are affected, the office
said. Since January, [[nearly 50 new gates|other;u=other]] had been installed at the entrances of
villages and towns.
""",
)

item(
    "Night in the car at the Atara gate",
    """
RAMALLAH - [[Thousands of vehicles|other]] queued for hours on Sunday outside the Atara gate north
of Ramallah after Israeli forces closed it without warning. Birzeit University said [[about 1,800
students|civilians;a=Birzeit University]] from the north could not reach campus and moved classes
online. The Red Crescent said its ambulances had been held at checkpoints {{146 times}} in
January. The Colonization and Wall Resistance Commission said Israel had installed [[about 20 new
gates|other;u=other;a=Colonization and Wall Resistance Commission]] since the Gaza ceasefire. A
taxi driver from Jenin, {{44}}, said a trip to Ramallah that used to take {{90 minutes}} now
takes {{five hours}}. Drivers said soldiers at the Container checkpoint turned back [[up to 300
cars a day|other;a=Drivers]] on the worst days.
""",
)

item(
    "The builder who cannot cross",
    """
QALQILYA, West Bank - Before {{October 2023}}, Nidal left home at {{4 a.m.}} every day to lay
tiles in Kfar Saba. He was one of [[some 160,000 West Bank Palestinians|other]] with permits to
work in Israel or its settlements. Israel revoked nearly all of them after the Hamas attack;
[[about 8,000|other;n=-;a=Palestinian labour ministry]] still work in the settlements' industrial
zones, according to the Palestinian labour ministry. Unemployment in the West Bank has risen to
{{35%}}. Nidal, {{52}}, has tried {{twice}} to cross through gaps in the separation barrier. In
{{July}}, Israeli police said they had arrested [[more than 40 Palestinians|arrested;a=Israeli
police]] working without permits in a single sweep in Tel Aviv, and [[12 Israelis|arrested;a=Israeli
police]] suspected of employing or driving them. Israel has since brought in [[tens of thousands
of foreign workers|other]] from India and Sri Lanka.
""",
)

item(
    "Soldiers wounded in car-ramming near Hebron",
    """
A Palestinian driver rammed his car into soldiers at a checkpoint near the settlement of Karmei
Tzur, north of Hebron, on Friday, wounding [[three soldiers|injured;a=Israeli military]],
[[one|injured;n=-;a=Israeli military]] of them moderately, before troops shot him dead, the
Israeli military said. The Palestinian Health Ministry named the driver as a {{20-year-old}} from
Beit Ummar. After the attack the army sealed off [[four villages|other]] north of Hebron and
closed [[two road gates|other;u=other]]. Troops raided Beit Ummar and detained [[eight
people|arrested]], including the driver's father and [[two brothers|arrested]]. It was the
{{fifth}} ramming attack in the Hebron area since January, according to the army, which said
[[17 soldiers|injured;a=army]] had been hurt in such attacks.
""",
)

item(
    "Israeli raid in Nablus kills five, including Lions' Den leader",
    """
NABLUS, West Bank, {{Oct 25}} (AP) - Israeli forces raided the old city of Nablus before dawn
Tuesday, killing [[five Palestinians|killed;a=Palestinian health officials]], among them a leader
of a new armed group called the Lions' Den, and wounding [[more than 20|injured;n=-;a=Palestinian
health officials]], Palestinian health officials said. The group, which emerged this year, has
[[between 30 and 50 fighters|combatants;a=Israeli security officials]], according to Israeli
security officials. Nablus has been under an Israeli blockade for {{two weeks}}. [[Thousands of
mourners|other]] marched through the city in the afternoon. The Palestinian Authority says [[at
least 150 Palestinians|killed;a=Palestinian Authority]] have been killed in the West Bank and East
Jerusalem this year, the highest toll since {{2006}}. Over the same period, attacks by
Palestinians have killed [[at least 20 Israelis|killed]].
""",
)

item(
    "Roadside bomb hits army vehicle in Jenin",
    """
A roadside bomb hit an Israeli armoured vehicle during a raid in Jenin on Monday, wounding [[seven
soldiers|injured;a=army]], [[one|injured;n=-;a=army]] seriously, the army said. Troops
pinned down for hours were evacuated under fire, and Apache helicopters fired on [[dozens of armed
men|combatants]] in the camp, the {{first time}} helicopters had been used in the West Bank since
{{2002}}. The Palestinian Health Ministry said [[five Palestinians|killed;a=Palestinian Health
Ministry]], including a {{15-year-old}} boy, were killed and [[63|injured;n=-;a=Palestinian Health
Ministry]] wounded. The army said [[six armoured vehicles|other;a=army]] had been damaged.
Residents said [[two men|missing;a=Residents]] were unaccounted for after a house collapsed on the
edge of the camp.
""",
)

item(
    "UN tallies West Bank deaths since October 2023",
    """
Since {{7 October 2023}}, [[1,012 Palestinians|killed;a=OCHA]] have been killed in the West Bank,
including East Jerusalem, [[about 210|killed;n=-;a=OCHA]] of them children, according to OCHA. Of
those, [[more than 950|killed;n=-;a=the office;alt=OCHA]] were killed by Israeli forces,
[[32|killed;n=-;a=the office;alt=OCHA]] by settlers and [[14|killed;n=-;a=the office;alt=OCHA]] by
either forces or settlers, the office said. Over the same period, [[about 9,400
Palestinians|injured]] were injured, {{a fifth}} of them by live ammunition. In Israel and the West
Bank, [[62 Israelis|killed;a=the office;alt=OCHA]], including [[23 members of the security
forces|killed;n=members;a=the office;alt=OCHA]], were killed by Palestinians from the West Bank,
the office said. The toll for {{2025}} alone rose to [[228|killed;n=-]] on Friday with the killing
of [[two men|killed]] in Tammun.
""",
)

item(
    "Two Israelis who strayed into Jenin freed by PA police",
    """
JENIN, West Bank - [[Two Israeli civilians|kidnapped;a=Israeli military]] who drove into Jenin by
mistake were seized by gunmen and held for {{several hours}} before Palestinian Authority police
freed them and handed them to the army, the Israeli military said on Saturday. Their car was set
on fire. [[As many as 50 people|other;a=witnesses]] had surrounded the car, witnesses said.
Palestinian police said they had arrested [[three men|arrested;a=Palestinian police]] over the
abduction. The army said it had sent [[about 40 soldiers|combatants;a=army]] to
the city's edge during the incident but did not enter.
""",
)

item(
    "Checkpoint 300 at dawn",
    """
BETHLEHEM - At {{Checkpoint 300}}, between Bethlehem and Jerusalem, the {{first workers}} join the
queue at {{3 a.m.}}, though the turnstiles do not open until {{4:30}}. On a good day crossing
takes {{40 minutes}}; on a bad one, more than {{two hours}}. The separation barrier here is a
concrete wall {{8 metres}} high, part of a route that runs for {{712 km}}, {{85 percent}} of it
inside the West Bank. The International Court of Justice found in {{2004}} that the barrier was
contrary to international law.
""",
)

item(
    "Cabinet funds new bypass roads for settlements",
    """
Israel's cabinet on Sunday approved {{NIS 7 billion}} for roads in the West Bank over {{five
years}}, including a {{35 km}} bypass around Palestinian towns on {{Route 55}} and the widening of
{{Highway 1}} east of Jerusalem. Transport Minister Miri Regev said the work would begin in
{{2026}} and be completed by {{2030}}. The Palestinian foreign ministry said {{80%}} of the new
roads would serve settlers only. Peace Now said the budget was {{three times}} the sum spent in
{{2022}}.
""",
)
