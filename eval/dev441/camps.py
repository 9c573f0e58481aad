"""dev441 items: the northern camps (Jenin, Tulkarm, Nur Shams, Tammun), the raids of 2022-2024,
the Palestinian Authority's siege of Jenin camp and the 2025 operation, its displaced, their
shelters, aid and schools, and the first returns."""

from _wrap import item

item(
    "Israel launches large operation in Jenin refugee camp",
    """
JENIN, West Bank, {{Jan 21}} (Reuters) - Israeli forces launched a large operation in the Jenin
refugee camp on Tuesday, killing [[at least nine Palestinians|killed;a=Palestinian Health
Ministry]] and wounding [[35|injured;n=-;a=Palestinian Health Ministry]], the Palestinian Health
Ministry said. The military said troops, police and Shin Bet agents had killed [[six
gunmen|killed;a=military]] and detained [[14 wanted men|arrested;a=military]] by nightfall, and
that [[one soldier|injured;a=military]] had been lightly hurt. Witnesses said [[dozens of
armoured vehicles|other;a=Witnesses]] entered the camp at dawn while bulldozers tore up its
streets. The camp, set up in {{1953}} for refugees of the {{1948}} war, had [[about 24,000
residents|civilians]] before the raid. By evening [[hundreds of families|displaced]] were leaving
on foot through an exit the army had opened, carrying what they could. Israeli officials put
the number of gunmen in the camp at [[between 150 and 200|combatants;n=-;a=Israeli officials]].
The Palestinian Authority, whose own forces had besieged the camp for {{six weeks}} in a
campaign against the same armed groups, condemned the operation.
""",
)

item(
    "UNRWA says 40,000 uprooted from three northern camps",
    """
AMMAN - About [[40,000 Palestinians|displaced;a=UNRWA]] have been forced from their homes in the
Jenin, Tulkarm and Nur Shams refugee camps since Israel began its operation in the northern West
Bank {{five weeks}} ago, UNRWA said on Thursday. The agency said [[some 16,000|displaced;n=-;a=The
agency;alt=UNRWA]] had fled Jenin camp, [[about 12,000|displaced;n=-;a=The agency;alt=UNRWA]]
Tulkarm camp and [[nearly 9,000|displaced;n=-;a=The agency;alt=UNRWA]] Nur Shams, with the rest
coming from neighbourhoods at the camps' edges. Most have crowded into relatives' homes, rented
flats and public buildings in nearby towns and villages. [[Around 3,000|displaced;n=-]] are
sleeping in [[22 collective shelters|capacity]], mosques and wedding halls among them, where
there is often {{one toilet for every 50 people}}. It said the displacement was the largest in
the West Bank since the {{1967}} war. [[More than 100 UNRWA staff|displaced;a=an UNRWA
spokesperson]] are among the displaced, an UNRWA spokesperson told AFP. Israeli Defence Minister
Israel Katz has ordered troops to stay in the camps for the coming year.
""",
)

item(
    "A Nur Shams grandmother and the house she cannot see",
    """
NUR SHAMS CAMP, West Bank - Umm Samer was at the stove when the soldiers came. It was {{6
a.m.}} on {{February 9}}, the {{third}} week of the operation, and an officer gave her family of
[[nine|displaced;n=-]] {{15 minutes}} to leave. They walked in the rain to the town of Anabta,
where they now share a flat with her brother's family. From a rooftop in Tulkarm she can see
the street where her house stood; it was one of [[at least 48 buildings|housing;a=camp's popular
committee]] the army blew up or bulldozed in the camp in {{March}}, according to the camp's
popular committee. The committee says [[about 1,700 families|displaced;a=The committee;alt=camp's
popular committee]] have left Nur Shams. Before the war in Gaza the camp had [[some 13,000
residents|civilians]]; now [[several dozen families|civilians]] remain in its upper lanes. Her
son, a {{24-year-old}} nurse, was detained at a checkpoint on the way out and held for {{11
days}}. "My parents were driven out of Haifa in {{1948}}," said Umm Samer, who is {{68}}. "Now
we are refugees from the refugee camp."
""",
)

item(
    "OCHA figures for the Tulkarm and Nur Shams camps",
    """
According to OCHA figures as of {{March 4}}, the toll of the operation in the Tulkarm and Nur
Shams camps stood as follows: killed, [[13|killed;n=-;a=OCHA]], among them [[three
children|killed;a=OCHA]]; injured, [[41|injured;n=-;a=OCHA]]; arrested, [[more than
200|arrested;n=-;a=OCHA]]; displaced, [[about 21,000|displaced;n=-;a=OCHA]], of whom [[about
4,000|displaced;n=-;a=OCHA]] in [[15 collective shelters|capacity;a=OCHA]]; homes destroyed,
[[396|housing;n=-;u=structure;a=OCHA]], and damaged, [[2,573|housing;n=-;u=structure;a=OCHA]].
The office said water had been cut to [[an estimated 30,000 people|civilians;a=The office;alt=OCHA]]
in the city and surrounding areas after bulldozers tore up {{11 km}} of pipes, and that {{80
percent}} of the roads in Tulkarm camp were impassable. The governor of Tulkarm, speaking to the
official news agency WAFA, said [[over 50 families|returned;a=governor of Tulkarm]] had gone back
to houses on the camp's eastern edge after troops withdrew from it.
""",
)

item(
    "Army orders demolition of 66 buildings in Jenin camp",
    """
The Israeli military said on Sunday it would demolish [[66 buildings|housing;p;a=Israeli
military]] in the Jenin refugee camp to open roads for its vehicles, a move that camp residents
say will leave [[hundreds of families|displaced;p;a=camp residents]] with nothing to return to.
Jenin municipality said the order, pinned to doors late on Saturday, covered [[about 300 housing
units|housing;p;a=Jenin municipality]] and gave their owners {{72 hours}} to remove their
belongings. Since January the army has already destroyed [[about 600 homes|housing;a=the
municipality;alt=Jenin municipality]] in the camp, according to the municipality, which puts
the number of people displaced from the camp and its edges at [[more than
21,000|displaced;n=-;a=the municipality;alt=Jenin municipality]]. The military said the
demolitions were needed to stop armed groups from regrouping. Adalah, a legal centre, said it had
petitioned Israel's Supreme Court on behalf of [[12 families|civilians;a=Adalah]] whose homes are
on the list.
""",
)

item(
    "Israel ends two-day Jenin raid, the largest in two decades",
    """
JENIN, West Bank, {{July 5, 2023}} (AP) - Israeli troops withdrew from the Jenin refugee camp
early Wednesday after a {{two-day}} operation, the largest in the West Bank in {{two decades}},
that killed [[12 Palestinians|killed]]. The Palestinian Health Ministry said [[at least 120
people|injured;a=Palestinian Health Ministry]] were wounded, [[20|injured;n=-;a=Palestinian
Health Ministry]] of them seriously. [[One Israeli soldier|killed]] was also killed. [[As many as
3,000 residents|displaced;a=Palestinian Red Crescent]] fled the camp
during the fighting, the Palestinian Red Crescent said. The army said it had arrested [[30
suspects|arrested;a=army]], seized [[hundreds of weapons|other;a=army]] and destroyed [[six
explosives labs|other;u=other;a=army]]. UNRWA said [[about 100 homes|housing;a=UNRWA]] were
damaged, some beyond repair. With the raid, the number of Palestinians killed in the West Bank
this year rose to [[at least 140|killed;n=-]], its highest level since {{2005}}.
""",
)

item(
    "Air strike on Tulkarm camp cafe kills 18",
    """
TULKARM, West Bank - An Israeli air strike on a crowded cafe in the Tulkarm refugee camp on
Thursday night killed [[18 people|killed;a=Palestinian Health Ministry]], the Palestinian Health
Ministry said, the deadliest single strike in the West Bank since the {{second intifada}}. The
ministry said the dead included [[four members of one family|killed;n=members;a=The
ministry;alt=Palestinian Health Ministry]]. The Israeli military said the strike targeted a Hamas
cell that was planning an attack, and that [[eight of its members|killed;n=members;a=Israeli
military]] were among those killed. Medics said [[more than 20 others|injured;a=Medics]] were
wounded. [[Thousands of mourners|other]] followed the coffins through the camp on Friday. Since
the start of the war in Gaza, [[at least 680 Palestinians|killed;a=UN]] have been killed in the
West Bank, according to the UN.
""",
)

item(
    "Palestinian Authority siege of Jenin camp enters fourth week",
    """
JENIN - Palestinian Authority security forces pressed on with their campaign against armed
groups in the Jenin refugee camp on Sunday, in the {{fourth}} week of a siege that has cut water
and power to [[thousands of residents|civilians]]. A spokesman for the security services said
[[six officers|killed;a=spokesman for the security services]] had been killed since the operation
began and [[more than 240 people|arrested;a=spokesman for the security services]] arrested,
[[about 50|arrested;n=-;a=spokesman for the security services]] of whom were still held. The
Jenin Brigade, an alliance of fighters from Islamic Jihad, Hamas and Fatah, said [[eight of its
fighters|killed;a=Jenin Brigade]] had been killed. Residents said a {{21-year-old}} journalism
student was among [[at least five civilians|killed;a=Residents]] killed by PA fire. The PA has
deployed [[some 1,000 officers|combatants;a=security source]] around the camp, a security source
told Reuters. Israeli officials estimate the camp's fighters at [[several
hundred|combatants;n=-;a=Israeli officials]].
""",
)

item(
    "Toll from Tammun drone strike revised to 10",
    """
The Palestinian Health Ministry on Thursday lowered its toll from Wednesday's Israeli drone
strike on Tammun, near Tubas, to [[10 people|killed;a=Palestinian Health Ministry]] from
[[12|killed;n=-;a=Palestinian Health Ministry]], saying [[two of the men|injured;a=Palestinian
Health Ministry]] listed as dead were in fact being treated in hospital in Nablus. Among the dead
were [[three children|killed;a=the ministry;alt=Palestinian Health Ministry]], the ministry said.
The Israeli military said the strike hit a group of gunmen who had thrown explosives at troops,
and that [[three soldiers|injured;a=Israeli military]] had been lightly wounded. Troops also
detained [[about 20 people|arrested]] in the village and held them for questioning in its
school. An earlier version of this report, citing the Tubas governor's office, gave the toll as
[[15|killed;n=-;a=Tubas governor's office]].
""",
)

item(
    "Israel to let 300 families back into Tulkarm camp",
    """
The Israeli military said on Monday it would allow [[about 300 families|returned;p;a=Israeli
military]] to go back to homes on the western edge of the Tulkarm camp from next week, the {{first
return}} since troops took over the camp {{a year ago}}. Under the plan, [[up to 1,200
people|returned;p]] would be let in, in stages, after being screened at a new gate. The
governorate said [[some 140 homes|housing;a=governorate]] in the area had been destroyed or
declared unsafe, leaving their owners with nothing to go back to. In Jenin, [[about 70
families|returned;a=camp's services committee]] returned to the camp's eastern neighbourhoods in
{{December}}, according to the camp's services committee, but [[more than 20,000
people|displaced;a=camp's services committee]] from the camp remain displaced. UNRWA said it
would need [[at least 4,000 shelter kits|aid;p;a=UNRWA]] to make damaged homes habitable.
""",
)

item(
    "Food parcels and cash for the displaced of the northern camps",
    """
The World Food Programme said it had delivered [[18,500 food parcels|aid;a=World Food
Programme]] and [[120 tonnes|aid;n=tonnes;a=World Food Programme]] of flour to [[about 35,000
people|aid;a=World Food Programme]] displaced from the northern camps since January. UNRWA said
its mobile teams had carried out [[more than 6,000 medical consultations|aid;u=other;a=UNRWA]]
in the shelters. It said [[4,600 families|aid;a=UNRWA]] had received cash assistance of {{$300}}
each. In Tulkarm, the municipality is housing [[about 1,100
people|displaced]] in [[eight schools|capacity]] and a wedding hall. Aid workers say the [[two
water trucks|aid;a=Aid workers]] that serve the shelters cannot keep up. The Palestinian Red
Crescent distributed [[1,800 hygiene kits|aid]] in Jenin and Tubas last week.
""",
)

item(
    "UNRWA schools in the northern camps stay shut",
    """
UNRWA said [[13 of its schools|other;a=UNRWA]] in the Jenin, Tulkarm and Nur Shams camps had been
shut since January, leaving [[some 5,000 children|civilians;a=UNRWA]] out of class. [[About 350
teachers|displaced;a=UNRWA]] are themselves displaced, it said. The agency has opened [[nine
temporary learning spaces|other;u=structure;n=spaces]] in nearby towns, where [[about 1,900
pupils|other]] attend lessons every morning. [[Two UNRWA staff members|killed;n=members]] have
been killed in the West Bank since {{October 2023}}. The Israeli laws barring contact with the
agency, passed by {{92 votes to 10}}, took effect in {{January 2025}}.
""",
)

item(
    "Jenin camp, seven decades on",
    """
Jenin's refugee camp was set up in {{1953}} on {{0.42 square kilometres}} of land leased by the
Jordanian government, for families who had fled or been driven from villages around Haifa in
{{1948}}. In {{April 2002}}, during the {{second intifada}}, Israeli forces fought for {{10 days}}
in its alleys, and much of its centre was flattened. The camp was rebuilt with money from the
United Arab Emirates, about {{$27 million}} by most accounts. In {{2023}} its unemployment rate
was put at {{41%}}, and {{six in 10}} of its residents were under {{25}}. Its Freedom Theatre,
founded in {{2006}}, staged plays in the camp until the {{2025}} operation.
""",
)
