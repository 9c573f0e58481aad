"""dev376 items: the November 2024 ceasefire, the strikes after it and the returns to destroyed
villages, 2024-2026."""

from _wrap import item

item(
    "Ceasefire holds as displaced jam the roads south",
    """
[[Tens of thousands of people|returned]] headed back to southern Lebanon and the Bekaa within
hours of the ceasefire taking effect at {{4 am}} on {{November 27}}, jamming the coastal highway
south of Saida with cars piled high with mattresses. The Israeli military warned residents not
to return to [[more than 60 villages|other;a=The Israeli military]] near the border, listing
them by name, and said its troops had fired at "suspects" approaching their positions.
The Lebanese Red Cross said it had driven [[between
40 and 50 elderly people|returned;a=The Lebanese Red Cross]] back to their villages. By the
evening, the disaster risk management unit said [[some 1,100 people|displaced;a=the
disaster risk management unit]] had left the shelters in Beirut alone. IOM said the next day
that [[more than 120,000|returned;a=IOM]] had gone back to their areas of origin in the {{first
24 hours}}. "We will sleep in the garden if the house is gone," said Ali, {{61}}, from Srifa.
Lebanon's army said it would send [[5,000 soldiers|combatants;p;a=Lebanon's army]] to the
south in the {{60 days}} the truce gives Israel to withdraw.
""",
)

item(
    "IOM: 900,000 back in their areas, 99,000 still displaced",
    """
[[About 900,000 people|returned;a=the International Organization for Migration]] had returned
to their areas of origin in Lebanon by {{January 23}}, the International Organization for
Migration said, while [[99,122|displaced;a=the agency;alt=the International Organization for
Migration]] remained displaced, the agency said, most of them from the [[24
villages|other;a=the agency;alt=the International Organization for Migration]] that Israeli troops still occupied. Only [[11 collective
shelters|capacity;a=the agency;alt=the International Organization for Migration]] were still
open, the agency said, down from [[more than a thousand|capacity;a=the agency;alt=the International Organization for Migration;n=-;u=structure]] in November, and they held [[about 2,900
people|displaced;a=the agency;alt=the International Organization for Migration]]. Of those who
went back, [[an estimated 130,000|civilians;a=IOM]] are living in damaged houses without water
or power, according to IOM. [[Nearly 30,000 households|aid;a=UNHCR]] have received cash for
repairs, UNHCR said.
""",
)

item(
    "Israeli fire kills 22 as residents march back to border villages",
    """
Israeli troops opened fire on residents trying to return to villages in southern Lebanon on
{{January 26}}, the day the withdrawal deadline expired, killing [[22 people|killed;a=the health
ministry]] and wounding [[124|injured;a=the health ministry]], the health ministry said. The dead
included [[six women|killed]] and [[one Lebanese soldier|killed]].
In Kfar Kila, Houla and Mais al-Jabal, [[thousands of people|returned]] walked past army
checkpoints carrying Hezbollah and Lebanese flags. The Israeli military said it had fired
"warning shots" to remove "threats" and had detained [[seven suspects|arrested;a=The Israeli military]].
Israel said its troops would stay beyond the {{60-day}} deadline because Lebanon had not fully
deployed its army, and Washington later announced an extension to {{February 18}}.
""",
)

item(
    "Rescuers recover bodies from Khiam rubble after Israeli pullout",
    """
Civil defence teams have recovered the bodies of [[83 people|killed;a=the civil defence]]
from the rubble of Khiam, Odaisseh, Kfar Kila and Markaba since Israeli troops left the towns,
the civil defence said on {{February 20}}. Many had been under the ruins for {{three months}} and
will need DNA tests to be identified. [[At least 60 people|missing;a=families]] are still
unaccounted for, families say. In Khiam alone, where [[about 1,200 buildings|housing;a=the
municipality]] were blown up or bulldozed, the municipality says, rescuers found [[17
bodies|killed]] in a single basement. "We are digging with our hands where the machines cannot
go," said a civil defence officer, {{32}}. The health ministry put the number of people killed
in Lebanon since {{October 2023}} at [[more than 4,200|killed;a=The health ministry]], and the
number of paramedics and rescuers killed at [[241|killed;a=The health ministry]].
""",
)

item(
    "Satellite study: 10,000 buildings destroyed along the border strip",
    """
[[More than 10,000 buildings|housing;a=a study by the Lebanese Centre for Policy
Studies]] were destroyed in the {{five-kilometre}} strip along the border between {{October
2023}} and {{February 2025}}, according to a study by the Lebanese Centre for Policy Studies
based on satellite images. The researchers counted [[37 villages|housing;a=The researchers;alt=the Lebanese Centre for Policy Studies]] where more than
{{half}} of all structures were gone, among them Aita al-Shaab, Dhayra and Yarine. Across
Lebanon, the World Bank estimates that [[99,209 housing units|housing;a=the World Bank]] were
damaged and [[about 10,700|housing;a=the World Bank;u=structure]] destroyed. Much of the
destruction in the border villages came after the ceasefire, as Israeli engineers demolished
[[hundreds of houses|housing]] with explosives. Rebuilding will cost {{$4.6 billion}} for housing
alone, the bank says. "My grandfather built the house in {{1968}}," said Rami, {{29}}, from
Dhayra.
""",
)

item(
    "UN: Israeli strikes have killed 71 civilians since the ceasefire",
    """
Israeli strikes and gunfire have killed [[at least 71 civilians|killed;a=the UN human rights
office]] in Lebanon since the ceasefire of {{November 2024}}, the UN human rights office said on
{{April 15}}, among them [[14 women|killed;a=the UN human rights office]] and [[nine
children|killed;a=the UN human rights office]]. The Israeli military says it strikes only
Hezbollah members and infrastructure, and that it has killed [[more than 140 operatives|killed;a=The
Israeli military]] since the truce. Lebanon's health ministry says [[more than 200 people|killed;a=Lebanon's
health ministry]] in all have been killed and [[about 500|injured;a=Lebanon's health ministry]]
wounded in that period. The Lebanese army has recorded [[more than 2,700 Israeli violations|other;a=The
Lebanese army;u=other]] of the truce, it says, including [[about 600 airstrikes|other;a=The
Lebanese army;u=other]]. Israel says Hezbollah has broken the deal by keeping weapons south of
the Litani.
""",
)

item(
    "Israel hands back five Lebanese; families of others still waiting",
    """
Israel handed [[five Lebanese detainees|arrested;a=the Lebanese presidency]] over to the Red
Cross at Naqoura on {{March 11}}, the Lebanese presidency said, after US mediation. Lebanese
officials say Israel still holds [[at least 11 Lebanese|arrested;a=Lebanese officials]] captured
during and after the war, [[four of them|arrested;a=Lebanese officials;n=-]] fighters. Since the
ceasefire, Israeli troops have abducted [[at least 16 people|kidnapped;a=the National News
Agency]] from border villages such as Kfarchouba, Hebbariyeh and Aitaroun, among them [[two
shepherds|kidnapped;a=the National News Agency]] and a municipal worker, according to the
National News Agency. [[Seven of them|kidnapped;a=the agency;alt=the National News Agency;n=-]]
were released within days, the agency said. The family of a fisherman from Tyre has heard
nothing from him since he went out to sea in {{December}}, and [[two other men|missing]] from
Naqoura have been missing since the same night. The Israeli military said it detains only
"suspects who cross the Blue Line".
""",
)

item(
    "Army says it now has 10,000 soldiers south of the Litani",
    """
The Lebanese army now has [[about 10,000 soldiers|combatants;a=General Rodolphe Haykal]] deployed south
of the Litani, the army commander, General Rodolphe Haykal, told a visiting US delegation on {{Thursday}}, and aims to reach
[[15,000|combatants;p;a=General Rodolphe Haykal]] by the end of the year. Since the ceasefire, the army has
taken over [[more than 500 Hezbollah positions|other;a=the army;alt=The Lebanese army;u=other]] and dismantled [[about
90 rocket launchers|other;a=the army;alt=The Lebanese army]] and tunnels, it says. Israel keeps troops at [[five hilltop
outposts|other;u=structure]] inside Lebanon, which it says it will hold until Hezbollah is
disarmed. UNIFIL, whose [[10,000 peacekeepers|combatants]] are due to
leave by {{2027}} under a decision taken by the Security Council in {{August 2025}}, said it had
found [[225 weapons caches|other;a=UNIFIL;u=other]] and handed them to the army. [[Two soldiers|killed;a=the
army]] were killed last month when a munition exploded as they cleared a depot, the army said.
""",
)

item(
    "In Aita al-Shaab, a few families return to live among the ruins",
    """
Before the war Aita al-Shaab had [[about 12,000 residents|civilians;a=the mayor]], the mayor says.
Today [[some 150 families|returned]] have come back, living in tents, containers and
the few rooms left standing. Of the village's [[roughly 1,800 houses|housing;a=a municipal
survey;n=houses]], [[more than 1,100|housing;a=a municipal survey;u=structure]] were completely
destroyed, according to a municipal survey, and the rest damaged. Hezbollah's construction arm
has delivered [[60 prefabricated units|aid;a=the municipality]], the municipality said, and
UNDP has cleared [[about 40,000 tonnes|other;a=UNDP]] of rubble, it says. There is no school, no
clinic and no bakery; the nearest is in Rmeish, {{4 kilometres}} away. "We come back so that the
village is not erased," said Hussein Srour, {{66}}, who sleeps in a tent on the slab of his old
house with [[three of his grandchildren|returned]].
""",
)

item(
    "Hezbollah says it has paid rent to 230,000 families",
    """
Hezbollah says it has paid housing allowances to [[more than 230,000 families|aid;a=Hezbollah]]
whose homes were damaged or destroyed, at {{$300}} to {{$400}} a month for those in Beirut's
suburbs and less in the south. The group's reconstruction body, Jihad al-Binaa, said it had
surveyed [[about 270,000 housing units|housing;a=Jihad al-Binaa]] and repaired [[some
40,000|housing;a=Jihad al-Binaa;u=structure]]. [[Tens of thousands of families|displaced;a=aid
agencies]] are still renting far from their villages, aid agencies say. The government has set
up a fund but received only {{$250 million}} of the {{$11 billion}} needed, according to the
finance ministry. In Nabatieh's old market, where [[more than 200 shops|housing;a=traders]] were
destroyed, traders say, [[about 30|other;a=traders;u=structure]] have reopened in temporary stalls.
""",
)

item(
    "Strike levels building in Beirut suburb after evacuation warning",
    """
An Israeli strike destroyed a {{nine-storey}} building in Hadath, in Beirut's southern suburbs, on
{{Thursday}} evening, {{an hour}} after the military told residents of the building and [[two
neighbouring blocks|other;u=structure]] to leave. The Israeli military said the
building held a Hezbollah drone workshop. The health ministry said [[three people|injured;a=The
health ministry]] had been hurt and civil defence said [[one man|missing;a=civil defence]] was
missing. Residents said [[about 80 families|displaced;a=Residents]] had fled the area in panic,
and [[hundreds of cars|other]] clogged the old Saida road. It was the {{third}} strike on the
capital since the ceasefire. Schools in the area closed the next day, and the education ministry
said [[some 4,000 pupils|civilians;a=the education ministry]] were affected.
""",
)

item(
    "Army arrests suspects after rockets fired at Metula",
    """
The Lebanese army said on {{March 24}} it had arrested [[three people|arrested;a=The Lebanese
army]], among them [[two Palestinians|arrested;a=The Lebanese army]], suspected of firing
[[six rockets|other;a=The Lebanese army]] towards the northern Israeli town of Metula, which
the Israeli military said it intercepted. Hezbollah denied any role. Israel responded with
strikes on Tyre and the Bekaa that killed [[seven people|killed;a=the health ministry]],
including [[two children|killed;a=the health ministry]], and wounded [[about 40|injured;a=the health ministry]],
the health ministry said. In Touline, [[at least 10 houses|housing]] were damaged. Prime
Minister Nawaf Salam said Lebanon did not want to be dragged into war again. The army said it
had detained [[more than 20 people|arrested;a=The army;alt=The Lebanese army]] over rocket fire
since the ceasefire.
""",
)

item(
    "Strikes on the Bekaa kill 12 in heaviest raids in months",
    """
Israeli strikes on the Bekaa valley and the Hermel hills killed [[12 people|killed;a=Lebanon's
health ministry]] and wounded [[29|injured;a=Lebanon's health ministry]] on {{January 14,
2026}}, Lebanon's health ministry said, the heaviest raids since the ceasefire. The Israeli
military said it had hit [[about 15 targets|other;a=The Israeli military;u=other]], including
"training camps" of Hezbollah's Radwan force near Baalbek. In the village of Shmestar, rescuers
were searching for [[two people|missing;a=the civil defence]] under a collapsed house, the civil
defence said. [[Around 300 families|displaced;a=the Baalbek-Hermel governor's office]] spent the
night with relatives in Zahle, according to the Baalbek-Hermel governor's office. [[Dozens of
Syrian workers|displaced]] left the tented settlements near Younine. The UN special coordinator
said the strikes threatened "everything achieved since {{November 2024}}".
""",
)

item(
    "Donors pledge for reconstruction as World Bank puts need at $11 billion",
    """
Lebanon will need {{$11 billion}} to rebuild after the war, the World Bank said in its damage and
needs assessment published on {{March 7, 2025}}, of which {{$3 billion}} to {{$5 billion}} must come
from public money. Housing accounts for {{$4.6 billion}}, or about {{40 per cent}} of the total.
The economy shrank by {{7.1 per cent}} in {{2024}}, the bank said, and tourism receipts fell by
{{a third}}. At a conference in Paris a year earlier, donors pledged {{$800 million}} in
humanitarian aid and {{$200 million}} for the army. The government wants a reconstruction fund
managed with the bank, and says it will not accept money routed through Hezbollah. Finance
Minister Yassine Jaber said the first {{$250 million}} loan would go to roads, water and power in
the south.
""",
)

item(
    "What the ceasefire deal says",
    """
The agreement that took effect on {{November 27, 2024}} gives Israel {{60 days}} to withdraw its
forces from southern Lebanon and requires Hezbollah to move its fighters and weapons north of
the Litani river, about {{30 kilometres}} from the border at its furthest. It is built on UN
Security Council Resolution {{1701}}, adopted in {{August 2006}}, and on the armistice of {{1949}}.
A committee chaired by a US general, with France, UNIFIL and the two parties, monitors
violations. The deadline was extended on {{January 26}} to {{February 18, 2025}}. Israel
says the deal lets it act against "imminent threats"; Lebanon says any strike is a breach.
""",
)

item(
    "Nabatieh schools reopen for returning pupils, some in tents",
    """
Public schools in Nabatieh reopened on {{Monday}} for the first time since {{September 2024}},
with [[between 9,000 and 10,000 pupils|returned;a=the regional education office]] back in
class, the regional education office said. [[Seventeen schools|housing;a=the office;alt=the
regional education office]] in the district were destroyed or too badly damaged to use, the office
said, and [[up to 2,500 children|other;a=the office;alt=the regional education office]] are being
taught in [[40 tents|other]] and prefabricated classrooms supplied by UNICEF. UNICEF said it
would deliver [[another 25 tents|aid;p;a=UNICEF]] and [[15,000 school kits|aid;p;a=UNICEF]]
before {{December}}. Of the [[1,600 teachers|displaced;a=the union]] who fled the district,
[[around 1,250|returned;a=the union]] have returned, the union says. In Kfar Roummane, [[200-250
families|returned;a=the municipality]] have come back to a village where {{half}} the buildings
are still uninhabitable, according to the municipality.
""",
)
