"""Items: UNIFIL in southern Lebanon, UNDOF on the Golan Heights, and the Kenyan-led
Multinational Security Support mission (and its successor force) in Haiti, 2014-2026."""

from _wrap import item

item(
    "UNIFIL says Israeli tanks forced their way into base at Ramyah",
    """
[[Two Israeli Merkava tanks|other;a=UNIFIL]] destroyed the main gate of a UN position at Ramyah
and forcibly entered it before dawn on Sunday, UNIFIL said, a day after Israeli fire wounded
[[two Indonesian peacekeepers|injured;a=UNIFIL]] at Naqoura. The mission said [[15
peacekeepers|injured;a=The mission;alt=UNIFIL]] later suffered skin irritation and
gastrointestinal reactions after smoke was fired nearby. UNIFIL says it has [[about 10,000 troops|combatants;a=UNIFIL]] from [[50 countries|other;u=other;a=UNIFIL]] deployed south of the Litani River. Israel has asked the mission to move its forces
{{5 km}} north, a request the force rejected. [[Some 40 countries|other;u=other]]
signed a statement backing UNIFIL.
""",
)

item(
    "Rockets hit UNIFIL headquarters in Naqoura; Italians call for answers",
    """
[[At least four rockets|other;a=Italy's defence ministry]] struck the UNIFIL headquarters at
Naqoura on Friday, damaging [[three prefabricated buildings|housing]], Italy's defence ministry
said. No one was hurt. Italy, which has [[just over 1,000 soldiers|combatants;a=Italy]]
in the mission, summoned Israel's ambassador. [[More than 20 vehicles|other]] parked at the base were damaged. Since {{October 2023}}, [[more than 30
peacekeepers|injured;a=UN officials]] have been wounded in southern Lebanon, UN officials said,
and there have been [[at least 200 incidents|other;u=other]] in which UN positions were hit.
""",
)

item(
    "UN peacekeepers to redeploy along Blue Line as Lebanese army moves south",
    """
UNIFIL said on Thursday it would help the Lebanese army deploy [[10,000 soldiers|combatants;p;a=UNIFIL]]
south of the Litani under the ceasefire agreed in {{November}}, up from [[about 4,500|combatants;a=UNIFIL]]
now. The mission has identified [[more than 90 sites|other;a=The mission;alt=UNIFIL]] where it
says Hezbollah weapons caches were found and handed over. Lebanon's army said it had taken
control of [[some 500 positions|other;a=Lebanon's army]] vacated by the group. [[More than
900,000 people|returned;a=the IOM]] displaced by the war have gone back to their home areas,
according to the IOM, though [[about 100,000|displaced;a=the IOM]] remain displaced. The
World Bank estimates that [[99,000 housing units|housing;a=The World Bank]] were damaged.
""",
)

item(
    "Fijian peacekeepers seized on Golan freed after two weeks",
    """
[[Forty-five Fijian peacekeepers|kidnapped;a=the UN]] held by the al-Nusra Front on the Golan
Heights were released on Thursday, the UN said, {{two weeks}} after they were seized near the
Quneitra crossing. [[Seventy-two Filipino troops|other]] who had been surrounded at [[two UNDOF positions|other]] escaped after a {{seven-hour}} gun battle. The Philippines said it would
withdraw [[its 331 soldiers|combatants;p;a=The Philippines;n=soldiers]] from the force when
their tour ends. UNDOF, which monitors the {{1974}} disengagement line, had [[about 1,200
troops|combatants]] before the crisis; Fiji has [[roughly 500|combatants]] of them.
""",
)

item(
    "UNDOF returns to Camp Faouar after six years",
    """
The UN Disengagement Observer Force has returned [[about 350 troops|combatants;a=the UN]] to
Camp Faouar on the Bravo side of the Golan, the UN said, {{six years}} after fighting in Syria
forced them to relocate. The force plans to reopen [[nine positions|other;p;a=The force;alt=The UN Disengagement Observer Force]]
in the area of separation by the end of the year. Syrian rebels had looted [[more than 30
vehicles|other]] and [[dozens of containers|other]] left behind in {{2014}}. UNDOF's
authorised strength is [[1,250 troops|combatants;q=at_most]]. Nepal, India, Uruguay and
Ghana are among the largest contributors. [[About 80 civilian staff|other]] will return with the troops.
""",
)

item(
    "Israeli forces push into UN buffer zone as Assad falls",
    """
Israeli troops entered the demilitarised buffer zone patrolled by UNDOF on Sunday, and UN
officials said peacekeepers had counted [[at least 14 Israeli tanks|other;a=UN officials]] and
[[about 200 soldiers|combatants;a=UN officials]] crossing at Quneitra. The force said [[three of its observation posts|other;u=structure;a=The force;alt=UNDOF]] had been surrounded. [[Some 3,000
residents|civilians;a=local councils]] of villages in the zone were under curfew, local
councils said, and [[about 600 people|displaced;a=local councils]] had fled to Damascus. The UN spokesman said none of the force's [[roughly 1,100 peacekeepers|combatants;a=The UN spokesman]] had been hurt.
""",
)

item(
    "Kenyan police arrive in Haiti to lead multinational mission",
    """
The first [[400 Kenyan police officers|combatants;a=Kenya's government]] arrived in
Port-au-Prince on Tuesday, Kenya's government said, {{almost two years}} after Haiti asked for
help. Kenya has pledged [[1,000 officers|combatants;p;a=Kenya]] in all, and Jamaica, Belize, the
Bahamas and Benin have offered [[about 1,600|combatants;p]] more. Gangs control {{about 80%}} of
the capital. [[More than 580,000 people|displaced;a=the IOM]] have been displaced by the
violence, according to the IOM, and [[some 5,000|displaced]] are sheltering in schools in the
centre of the city. The mission's budget of about {{$600 million}} relies on voluntary
contributions. [[At least 3,000 people|killed;a=the UN]] were killed by gangs in the first half of the year, the UN says.
""",
)

item(
    "Haiti mission: Kenyan officer killed in gang ambush in Artibonite",
    """
[[One Kenyan police officer|killed;a=the Multinational Security Support mission]] was killed
and [[two others|injured;a=the Multinational Security Support mission]] injured in a gang
ambush near Pont-Sondé, the Multinational Security Support mission said on Monday. It was the
mission's first combat death since it deployed in {{June 2024}}. [[One more officer|missing]] was missing. The Gran Grif gang killed [[at least 115 people|killed;a=the UN]] in the same
area in {{October}}, according to the UN, and burned [[some 45 homes|housing]]. [[About
6,200 residents|displaced;a=IOM]] of Pont-Sondé fled, IOM said.
""",
)

item(
    "Kenyan-led force in Haiti gets armoured vehicles and helicopters",
    """
The United States delivered [[20 armoured vehicles|other;a=the State Department]] and
[[two helicopters|other;a=the State Department]] to the multinational mission in Haiti, the
State Department said on Friday. The mission has [[about 1,000 personnel|combatants;a=officials]],
well short of the [[2,500|combatants;p;a=officials]] initially envisaged, officials said. A
further [[150 Salvadoran soldiers|combatants;p]] are due in {{January}}. [[Between 100 and 150 Kenyan officers|combatants;p]] are to rotate home in March. Gangs abducted
[[more than 1,100 people|kidnapped;a=the UN]] in {{2024}}, according to the UN.
""",
)

item(
    "Haiti: Gang Suppression Force authorised with up to 5,550 personnel",
    """
The Security Council on Tuesday authorised a new Gang Suppression Force for Haiti with up to
[[5,500 uniformed personnel|combatants;p]] and [[50 civilian staff|other;p]], replacing the
Kenyan-led mission, which had [[fewer than 1,000 officers|combatants;a=diplomats]] on the
ground, diplomats said. The resolution passed with {{12 votes}} in favour and {{three
abstentions}}. Haiti's National Police has [[about 10,000 active officers|combatants;a=the UN]],
the UN estimates, for a population of [[11.7m|civilians;a=the UN]]. [[Some 1.4 million
Haitians|displaced;a=the IOM]] are displaced, the IOM said, up to {{40%}} of whom are children.
""",
)

item(
    "Gangs attack displacement site in Port-au-Prince; police repel raid",
    """
Gunmen attacked a displacement site in a former school in the capital's Delmas neighbourhood
on Saturday, killing [[eight people|killed;a=police]] and wounding [[around a dozen|injured;a=police]],
police said. Kenyan officers of the multinational mission and Haitian police repelled the attack
after a {{three-hour}} firefight. [[About 3,000 people|displaced]] had been living at the site,
which was designed for [[500|capacity;n=-]]. The International Organization for Migration said
[[more than 200 families|displaced;a=The International Organization for Migration]] had fled to
other sites. Police said they had arrested [[six suspected gang members|arrested;a=Police]].
[[Two children|missing;a=residents]] were still missing, residents said.
""",
)

item(
    "Lebanon ceasefire: UNIFIL patrols resume in Bint Jbeil",
    """
UNIFIL peacekeepers carried out [[more than 1,200 patrols|other;u=other;a=the mission]] in the {{first month}} of the ceasefire, the mission said, including [[about 300|other;u=other;a=the mission]]
jointly with the Lebanese army. In Bint Jbeil, the mayor said [[some 2,800 homes|housing;a=the mayor]]
had been destroyed or badly damaged. [[Between 400 and 500 families|returned;a=the mayor]] had
come back, he said. The town had [[about 25,000 residents|civilians]] before the war. The
peacekeepers have also cleared [[roughly 80 unexploded munitions|other]].
""",
)

item(
    "Peacekeepers wounded as crowd attacks UNIFIL convoy near Aqibiya",
    """
[[One Irish peacekeeper|killed;a=UNIFIL]] was killed and [[three others|injured;a=UNIFIL]] were
injured when their [[two armoured vehicles|other;a=UNIFIL]] came under fire near Aqibiya, UNIFIL said.
Private Seán Rooney, {{aged 23}}, was from Donegal. Ireland has [[about 330 troops|combatants;a=the Defence Forces]]
in Lebanon, the Defence Forces said. A Lebanese military court later charged [[seven
people|arrested]] over the killing, [[one of whom|arrested;n=-]] remains in custody. Ireland's
deputy prime minister said it was the first Irish fatality in the mission since {{2000}}.
""",
)

item(
    "Haiti mission shelters families after Mirebalais falls",
    """
[[About 5,000 people|displaced;a=the mission]] sought protection near the multinational
mission's base at Mirebalais after gangs overran the town, the mission said on Tuesday.
[[More than 500 inmates|other;a=Haiti's prisons department]] escaped when gunmen stormed the
town's prison, Haiti's prisons department said. Kenyan officers evacuated [[27 nuns and orphans|displaced;n=nuns and orphans]] by helicopter. The base, built for [[250 personnel|capacity]],
has been ringed with [[120 tents|aid]] supplied by UNICEF. [[At least 15 people|killed]] were
killed in the raid, including [[two nuns|killed]].
""",
)

item(
    "UNIFIL mandate: Council sets end date for mission",
    """
The Security Council voted unanimously on {{August 28, 2025}} to extend UNIFIL's mandate a
{{final}} time, until {{December 31, 2026}}, after which the mission will withdraw over {{a
year}}. {{Resolution 2790}} ends a presence that began in {{1978}}. The mission's budget is
about {{$500 million}} a year, and {{2006}} marked its last major expansion. Italy, France and
Spain had argued for a {{one-year}} renewal.
""",
)

item(
    "Haiti force's trust fund short of target",
    """
The trust fund for the multinational mission in Haiti had received {{$109 million}} by
{{October}}, less than {{a fifth}} of the {{$589 million}} estimated cost for {{12 months}},
the UN said. Kenya's parliament approved the deployment in {{November 2023}}. Canada pledged
{{C$80.5 million}}, and the United States about {{$300 million}}. The mission's mandate runs to
{{October 2, 2025}}.
""",
)
