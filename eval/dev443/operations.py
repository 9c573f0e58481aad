"""The Congolese army's and Uganda's joint operations against the ADF (Operation Shujaa), army
operations against CODECO, MONUSCO's patrols, handovers and bases, arrests, courts-martial,
hostages freed, 2021-2026."""

from _wrap import item

item(
    "Uganda strikes ADF camps as joint operation begins",
    """
KAMPALA/BENI, {{Nov 30}} (Reuters) - Uganda's army said it had launched air and artillery strikes
on Allied Democratic Forces camps in eastern Congo on Tuesday, in a joint operation with the
Congolese army. [[About 1,700 Ugandan soldiers|combatants;a=Colonel Patrick Mugisha]] crossed the
border at Nobili with artillery and armoured vehicles, said Colonel Patrick Mugisha, a Ugandan
army spokesman, and the operation will eventually involve
[[up to 4,000 troops|combatants;p;a=Colonel Patrick Mugisha]]. Residents of Kamango told Reuters
they had counted [[dozens of armoured vehicles|other;a=Residents of Kamango]] on the road, and
[[several hundred villagers|displaced;a=Residents of Kamango]] had fled towards Beni. The
Congolese army said it had deployed [[some 2,000 troops|combatants;a=The Congolese army]] of its
own and that [[four ADF camps|other;a=The Congolese army]] had been hit in the first strikes.
Uganda blames the ADF for suicide bombings in Kampala on {{Nov 16}} that killed
[[four civilians|killed]] and wounded [[33 people|injured]].
""",
)

item(
    "Ugandan army gives Shujaa toll",
    """
The Ugandan army said on Friday that its forces and the Congolese army had killed
[[567 ADF fighters|killed;a=The Ugandan army]] since Operation Shujaa began on {{Nov 30, 2021}}.
In a statement, it listed the rest: [[93 fighters|arrested;a=The Ugandan army]] captured,
[[more than 400 hostages|kidnapped;a=The Ugandan army]] rescued,
[[231 weapons|other;a=The Ugandan army]] seized and
[[44 camps|other;a=The Ugandan army]] destroyed. The army said it had lost
[[14 soldiers|killed;a=The army;alt=The Ugandan army]] over the same period. The figures could not
be verified independently; the Kivu Security Tracker put the number of ADF fighters killed at
[[fewer than 200|killed;a=the Kivu Security Tracker]] and noted that the group had killed
[[at least 1,300 civilians|killed;a=the Kivu Security Tracker]] in Beni, Lubero and Irumu in the
same {{17 months}}, many of them after splinter units moved west, beyond the reach of the
operation.
""",
)

item(
    "MONUSCO's Ituri brigade reports on its patrols",
    """
BUNIA - MONUSCO's Ituri brigade carried out [[1,240 patrols|other;u=other;a=the mission;alt=MONUSCO]] in the
{{first quarter}} of the year, the mission said on Thursday, and escorted
[[312 humanitarian convoys|aid;a=the mission;alt=MONUSCO]] on the roads of Djugu and Irumu. Its peacekeepers
protect [[82 displacement sites|capacity;a=the mission;alt=MONUSCO]] that shelter
[[about 540,000 people|displaced;a=the mission;alt=MONUSCO]], it said. The brigade, with
[[some 3,400 troops|combatants;a=the mission;alt=MONUSCO]] drawn from Bangladesh, Nepal, Uruguay and Guatemala, handed over
[[37 suspects|arrested;a=the mission;alt=MONUSCO]] to the Congolese police over the quarter, the mission said,
[[29 of them|arrested;n=-;a=the mission;alt=MONUSCO]] alleged CODECO members. [[Two peacekeepers|killed]]
died in an ambush near Fataki in {{February}}. The mission's spokeswoman said patrols would
double on the Bunia-Mahagi road, where [[11 vehicles|other]] were attacked in March.
""",
)

item(
    "Army detains suspected ADF suppliers in Beni",
    """
Military intelligence officers in Beni have arrested
[[23 people|arrested;a=the army's spokesman in Beni]] suspected of supplying food, medicine and
ammunition to the ADF, including [[11 women|arrested;a=the army's spokesman in Beni]], the army's
spokesman in Beni said on Monday. Among those detained were [[two nurses|arrested]] from a health
centre in Mavivi. Soldiers seized [[1,800 rounds|other;a=the army's spokesman in Beni]] of ammunition and
[[six motorbikes|other;a=the army's spokesman in Beni]] in the raids, he said. The Congolese Association for Access to Justice
says [[at least 40 people|arrested;a=The Congolese Association for Access to Justice]] arrested in
similar sweeps since January are being held without charge, some for more than {{three months}},
in a military prison built in the {{1950s}}. A lawyer for the detainees, a {{62-year-old}} former
magistrate, said [[eight of them|arrested;n=-;a=A lawyer for the detainees]] had been released
after families paid officers.
""",
)

item(
    "Shujaa moves into Lubero and southern Ituri",
    """
KAMPALA (AFP) - Uganda will send [[another 1,000 troops|combatants;p;a=a Ugandan government official]] into Congo as its
joint offensive with the Congolese army against the ADF extends into Lubero territory and the
south of Ituri, a Ugandan government official told AFP on Wednesday. With the reinforcements,
[[as many as 5,000 Ugandan soldiers|combatants;a=a diplomatic source]] will be deployed in
Congo, a diplomatic source said. The Congolese army plans to add
[[two battalions|combatants;p;u=other;a=The Congolese army]] to the sector around Mangurujipa,
where [[more than 80 civilians|killed]] were killed in {{June}} alone. Residents of the area say
ADF units of [[50 to 100 fighters|combatants;a=Residents of the area]] each have moved across the Ituri river since the start of the year. UN experts put the group's strength at [[an estimated 1,500 fighters|combatants;a=UN experts]].
""",
)

item(
    "Security Council renews MONUSCO mandate",
    """
NEW YORK - The UN Security Council on Friday renewed the mandate of MONUSCO for {{one year}},
adopting {{Resolution 2765}} unanimously. The text keeps the mission's
disengagement timetable agreed in {{December 2023}}, under which its bases in South Kivu closed by
{{June 2024}}, but leaves Ituri and North Kivu to a later phase. The mission's budget for
{{2025-26}} stands at {{$1.03 billion}}, about {{12 percent}} less than a year earlier. The
mission, deployed since {{1999}} under a different name, is the UN's {{second}}-largest
peacekeeping operation.
""",
)

item(
    "Court-martial in Butembo sentences soldiers who fled",
    """
BUTEMBO, DR Congo - A military court sitting in Butembo on Saturday sentenced
[[eight soldiers|arrested]] to death for fleeing their positions in front of the ADF near
Mayikengo, in a trial that lasted {{two days}}. Among them were [[two officers|arrested]]. The accused, {{aged between 19 and 34}}, were also
convicted of looting [[14 shops|other;u=structure]] in the town of Kirumba as they withdrew. Congo
has observed a moratorium on executions since {{2003}}, which the government lifted in
{{March 2024}}; no execution has been reported since. [[Seventeen others|arrested;n=-;a=the court's president]]
remain in detention awaiting trial on similar charges, the court's president said. Rights group ACAJ said [[at least 90 soldiers|arrested;a=ACAJ]] had been sentenced to death in
North Kivu since the moratorium was lifted.
""",
)

item(
    "Fighters and rescued captives handed over at Beni base",
    """
BENI - [[Twenty-one ADF fighters|combatants]] who surrendered to the army in the Mwalika valley
were handed over to MONUSCO's disarmament section at its Beni base on Tuesday, along with
[[38 women and children|kidnapped;n=women and children]] freed from their camps.
[[Fourteen of the children|kidnapped;a=a UNICEF officer]] were {{under five years old}}, a UNICEF officer said. The
fighters include [[three Tanzanians|combatants;a=the mission;alt=MONUSCO]] and a Burundian, the mission said. Since
{{2022}}, the section has received
[[more than 350 ADF defectors|combatants;a=the section;alt=MONUSCO's disarmament section]], it
said, {{about a third}} of them foreigners.
""",
)

item(
    "Congolese jets strike ADF positions in Mwalika valley",
    """
Congolese air force jets struck ADF positions in the Mwalika valley, about {{35 km}} north-east of
Beni, on Sunday, killing [[at least 40 fighters|killed;a=the army]] and destroying
[[three camps|other;a=the army]], the army said. The jets dropped {{500-kg}} bombs, according to a
military source. Local sources said [[at least six civilians|killed;a=Local sources]], among
them [[two children|killed;a=Local sources]], were killed when a strike hit a hamlet used by
the rebels as a market. [[About 1,200 people|displaced;a=a civil society leader in Mamove]] from
nearby hamlets had fled to Mamove by Monday, a civil society leader in Mamove said. The army's
spokesman said [[13 hostages|kidnapped;a=The army's spokesman]] had escaped during the bombing.
""",
)

item(
    "Ugandan engineers pave the road to Beni",
    """
KASINDI, DR Congo - Ugandan army engineers have paved {{89 km}} of the road from Kasindi to Beni,
part of a {{$60 million}} deal agreed in {{2021}}, and the rest should be finished by
{{December}}, the Ugandan contractor said. Soldiers escorted
[[about 340 trucks a week|other;a=the Ugandan contractor]] through the stretch most exposed to ADF
ambushes, it said. The works employ [[1,200 local labourers|other]] and are guarded by
[[about 600 soldiers|combatants]]. Traders in Beni say the trip to the border now takes
{{three hours}} against {{two days}} before. ADF fighters attacked a work site in {{April}},
killing [[two labourers|killed]] and burning [[five trucks|other]].
""",
)

item(
    "Thousands shelter at UN base during Eringeti attack",
    """
ERINGETI, DR Congo - [[About 4,000 people|displaced;a=MONUSCO]] sought shelter inside the
MONUSCO base in Eringeti on Wednesday night as ADF fighters attacked the town, MONUSCO said.
Peacekeepers fired on the attackers, killing [[nine of them|killed;n=-;a=MONUSCO]], it said.
Residents said [[at least 12 civilians|killed;a=Residents]] were killed in the outskirts, where
the attackers also burned [[some 30 houses|housing;a=Residents]] and the parish's health post. The
base, built for [[850 troops|capacity]], sheltered the displaced overnight in tents and in
[[two hangars|capacity;u=structure]]. Most of them returned home on Thursday
morning, but [[about 600|displaced;a=the mission;alt=MONUSCO]] remained there, the mission said.
""",
)

item(
    "Hostages freed in joint raid on ADF camp",
    """
BENI, DR Congo, {{Sept 12}} (Reuters) - Congolese and Ugandan troops freed
[[62 hostages|kidnapped;a=the Congolese army]] in a raid on an ADF camp near the Semuliki river,
including [[29 children|kidnapped;a=the Congolese army]], the Congolese army said on Friday. The
captors killed [[five hostages|killed;a=the army;alt=the Congolese army]] as troops approached, and
[[two soldiers|killed;a=the army;alt=the Congolese army]] died in the fighting, the army said. More than
{{half}} of the freed captives had been held for over {{six months}}, an army doctor said. The
Beni civil society said [[more than 100 people|kidnapped;a=The Beni civil society]] were still
being held by the group in the valley. Aid groups say [[tens of thousands of people|displaced;a=Aid groups]] have fled the valley since {{2019}}.
""",
)

item(
    "Army retakes villages from CODECO in Djugu",
    """
The Congolese army said on Tuesday it had retaken [[11 villages|other;a=The Congolese army]] from
CODECO fighters in Djugu territory during a {{10-day}} operation, killing
[[24 militiamen|killed;a=The Congolese army]] and capturing [[seven|arrested;a=The Congolese army]].
[[One soldier|killed;a=the army's Ituri spokesman]] was killed and [[four|injured;a=the army's Ituri spokesman]] wounded, according to the army's Ituri
spokesman. [[Some 3,000 villagers|returned;a=local authorities]] had since come back to Largu and
Ngongo, local authorities said, though [[around 1,500 families|displaced;a=local authorities]]
from the area were still living at the Rhoe site. The operation used
[[two attack helicopters|other;a=a military source]] borrowed from the Kinshasa-based air command, a military source told Reuters. The army believes [[at most 30 militiamen|combatants;q=at_most;a=The army]] remain in the area.
""",
)
