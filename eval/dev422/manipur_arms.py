"""dev422 items, 3 of 4: arms, forces and the law, 2023-2025 (the armouries looted and the
weapons recovered or surrendered, the central forces and their companies, the village
volunteers and the bunkers, the police's daily updates, the arrests, the NIA and the Supreme
Court, the Myanmar border, the internet bans)."""

from _wrap import item

item(
    "Mobs looted over 1,000 weapons from Manipur armouries, police say",
    """
Mobs broke into police stations and the armouries of the Manipur Rifles and the India Reserve
Battalions in the first days of the violence and carried away
[[more than 1,000 weapons|other;a=a senior police officer]] and
[[tens of thousands of rounds|other;a=a senior police officer]], a senior police officer said on
Sunday. At the {{2nd}} Manipur Rifles headquarters in Imphal alone,
[[about 400 rifles|other]] were taken in a single night, including INSAS and {{AK-47}} rifles and
carbines. Police said [[about 600|other;n=-;u=other;a=Police]] had been handed back since Chief
Minister N Biren Singh appealed for their return. Security forces said they had recovered
[[896 weapons|other;a=Security forces]] and [[11,763 rounds|other;a=Security forces]] in combing
operations in the hills and the valley. Officials fear the rest are now in the bunkers of armed
groups on both sides of the buffer zone.
""",
)

item(
    "140 weapons handed in after Shah's appeal",
    """
[[About 140 weapons|other;a=officials]] were handed in at police stations in Imphal, Bishnupur and
Churachandpur on Thursday, officials said, a day after Union Home Minister Amit Shah asked those
holding looted arms to give them up. Shah, who spent {{four days}} in the state, met
[[more than 40 delegations|other;u=other]] of tribal bodies, Meitei civil society groups and
political parties. The Home Ministry said it would fly in
[[about 30 tonnes|aid;p;a=The Home Ministry]] of food and medicines for the relief camps.
Officials said [[more than 36,000 security personnel|combatants;a=Officials]] were now in the
state, among them [[about 10,000|combatants;n=-;a=Officials]] from the army and the Assam Rifles.
Combing operations in Kakching and Tengnoupal have led to [[22 arrests|arrested]] since Monday.
""",
)

item(
    "Mob raids India Reserve Battalion armoury in Bishnupur",
    """
A mob raided the armoury of the {{2nd}} India Reserve Battalion at Naranseina in Bishnupur
district on Thursday and made off with [[nearly 300 weapons|other;a=police]] and
[[more than 19,000 rounds|other;a=police]] of ammunition, police said. The haul included
[[195 self-loading rifles|other]] and [[25 bulletproof jackets|other;u=other]].
[[Hundreds of people|other]], many of them women, had gathered at the gates in the morning,
demanding that the bodies of Kuki-Zo victims not be buried near Torbung. Security forces fired
tear gas to stop the crowd from marching towards the buffer zone, and
[[about 20 people|injured;a=doctors]] were treated for injuries at Bishnupur district hospital,
doctors said. It was the largest single haul from a state armoury since {{May}}.
""",
)

item(
    "Centre to send 50 more companies of central forces to Manipur",
    """
The Union Home Ministry said on Monday it would send
[[50 more companies|combatants;u=other;p;a=The Union Home Ministry]] of central armed police forces
to Manipur, taking the total in the state to
[[288 companies|combatants;u=other;p;a=The Union Home Ministry]]. The new units, with
[[about 5,000 personnel|combatants;p;a=a ministry official]], include
[[35 companies|combatants;u=other;p;a=a ministry official]] of the Central Reserve Police Force and
[[15|combatants;u=other;p;n=-;a=a ministry official]] of the Border Security Force, a ministry
official said. [[About 30,000 army and Assam Rifles personnel|combatants;a=officials]] are already
deployed, officials said, mostly along the buffer zone and the Myanmar border. Manipur Police has
[[about 33,000 personnel|combatants]] of its own, but the Centre says many of them cannot serve
outside areas dominated by their own community.
""",
)

item(
    "NIA arrests two more in Jiribam abduction case",
    """
The National Investigation Agency said on Friday it had arrested
[[two more men|arrested;a=The National Investigation Agency]] in the case of the abduction of
[[six women and children|kidnapped;n=women and children;a=The National Investigation Agency]] from a relief camp in
Jiribam in {{November 2024}}. The agency said
[[seven people|arrested;a=The agency;alt=The National Investigation Agency]] had now been held in
the case. It has taken over [[three cases|other]] of violence
in the district from the Manipur Police. The NIA said the accused belonged to a group of
[[about 15 armed men|combatants;a=The NIA]] who attacked the Borobekra police station on
{{November 11}}, the day [[10 suspected militants|killed;a=The NIA]] were killed in a gunfight with the
Central Reserve Police Force.
""",
)

item(
    "Manipur tells Supreme Court 6,523 FIRs filed since May",
    """
The Manipur government told the Supreme Court on Monday that
[[6,523 FIRs|other;u=other;a=The Manipur government]] had been registered since the violence
began, [[11 of them|other;n=-;u=other;a=The Manipur government]] involving sexual violence against
women and children. Solicitor General Tushar Mehta said
[[252 people|arrested;a=Solicitor General Tushar Mehta]] had been arrested and
[[1,247|arrested;n=-;a=Solicitor General Tushar Mehta]] held under preventive detention. A bench
headed by Chief Justice DY Chandrachud said the state police had lost control of the situation
for weeks. It appointed [[three former high court judges|other]] to oversee relief and asked
the Centre to form [[42 special investigation teams|other;u=other]] drawn from outside the state.
""",
)

item(
    "Arambai Tenggol hands over 246 firearms to the Governor",
    """
The Meitei armed group Arambai Tenggol handed over [[246 firearms|other]] to Governor Ajay Kumar
Bhalla at Raj Bhavan in Imphal on Thursday, on the last day of a {{seven-day}} amnesty. The
governor's office said [[more than 1,000 weapons|other;a=The governor's office]] had been
surrendered across the state during the week, including
[[about 300 looted police rifles|other;a=The governor's office]] and
[[some 1,500 rounds|other;a=The governor's office]]. [[More than 80 members|combatants]] of the
group, in black fatigues, lined up outside the gates as the weapons were counted. Kuki-Zo groups
said [[about 50 weapons|other;a=Kuki-Zo groups]] had been handed in at police stations in the
hills. The governor extended the deadline for the hill districts by a week.
""",
)

item(
    "Security forces destroy bunkers, recover weapons in the hills",
    """
Security forces said on Sunday they had recovered [[32 weapons|other;a=Security forces]],
including [[six pumpis|other;u=other;a=Security forces]], the improvised launchers used on both
sides, and destroyed [[nine bunkers|other;u=structure;a=Security forces]] in operations in
Churachandpur, Bishnupur and Kangpokpi over the previous {{48 hours}}.
[[Four people|arrested]] were arrested near Phougakchao Ikhai with explosives. Since President's
rule was imposed, the Manipur Police said,
[[over 3,100 arms|other;u=other;a=the Manipur Police]] have been recovered or surrendered.
Officials estimate that [[about 2,600 looted weapons|other;a=Officials]] are still out of the
state's hands.
""",
)

item(
    "Manipur deports Myanmar nationals as border fencing begins",
    """
Manipur Police on Wednesday deported [[77 Myanmar nationals|returned]] through the Moreh border
gate after they completed jail terms for illegal entry. Chief Minister N Biren Singh said
[[5,457 people|other;a=Chief Minister N Biren Singh]] had been identified as illegal immigrants
from Myanmar since {{2023}} and [[about 1,800|arrested;n=-;a=Chief Minister N Biren Singh]] held in
detention centres. [[Up to 300 more|returned;p;n=-;a=officials]] are to be deported by March,
officials said. The Assam Rifles said [[more than 1,200 people|displaced;a=The Assam Rifles]]
had crossed from Myanmar's Sagaing Region after clashes near Tamu in {{February}}, and were
sheltering in [[four camps|capacity;a=The Assam Rifles]] near Moreh. The Centre has scrapped the
free movement regime, which let border residents travel {{16 km}} into each other's territory,
and plans to fence the whole {{1,643 km}} frontier at a cost of {{Rs 31,000 crore}}.
[[Twenty battalions|combatants;u=other]] of the Assam Rifles guard the border.
""",
)

item(
    "Internet shut in valley districts after students storm Raj Bhavan road",
    """
[[Over 50 students|injured;a=hospital officials]] were injured in clashes with police near Raj
Bhavan on Monday, hospital officials said. The Manipur government then suspended mobile internet
and broadband in [[five valley districts|other]] for {{five days}}. Police said [[14 people|arrested;a=Police]] had been arrested for
posts that incited violence and that
[[more than 300 social media accounts|other;u=other;a=Police]] had been blocked. The students
were protesting against drone and rocket attacks on villages in the valley. A curfew was
imposed in Imphal East and Imphal West, relaxed from {{5 am}} to {{10 am}} on Wednesday.
[[Two CRPF battalions|combatants;u=other;p]], [[about 2,000 personnel|combatants;p]], are being
flown in from Jharkhand.
""",
)

item(
    "On the buffer zone, village volunteers and bunkers face off",
    """
On a ridge above Phubala, [[about 40 armed village volunteers|combatants]] take turns in sandbag
bunkers a few hundred metres from the Kuki-Zo positions opposite. The army estimates that
[[about 1,500 armed volunteers|combatants;a=The army]] are deployed on each side along the
foothills of Bishnupur, Churachandpur and Kangpokpi. Security forces have set up
[[more than 130 checkpoints|other]] along the buffer zone and demolished
[[over 100 bunkers|other;u=structure]] since March, but many are rebuilt within days.
[[Up to 15 men|combatants]] share each bunker. "We are
farmers, not fighters," said a Meitei volunteer, {{34}}, who has not been to his fields for a year.
[[Four volunteers|killed]] were killed in crossfire last month, and the army has moved
[[nine more columns|combatants;u=other]] into the zone.
""",
)

item(
    "Manipur Police daily update: arms, checkpoints and convoys",
    """
Manipur Police said in its daily update on Sunday that security forces had recovered
[[12 arms|other;u=other;a=Manipur Police]], [[185 rounds|other;a=Manipur Police]] of ammunition and
[[eight improvised explosive devices|other;a=Manipur Police]] in search operations in the hill
and valley districts over the previous {{24 hours}}. It said
[[126 checkpoints|other;a=Manipur Police]] had been set up across the state and
[[244 people|arrested;a=Manipur Police]] detained for violating the curfew. Movement of
[[325 vehicles|other;a=the update;alt=Manipur Police]] carrying essential goods was ensured along
{{NH-37}}, and of [[162|other;n=-;u=other;a=the update;alt=Manipur Police]] along {{NH-2}}, the
update said. The police appealed to the public not to believe rumours spread on social media.
""",
)

item(
    "Mob attacks police headquarters in Kangpokpi",
    """
A mob of [[several hundred people|other;a=officials]] attacked the district police headquarters
in Kangpokpi on Friday evening, officials said, after security forces broke up a sit-in against
the deployment of central forces at Saibol. The superintendent of police was hit on the head by a
stone, and [[at least 10 other personnel|injured]] were hurt. The police said
[[three vehicles|other;a=The police]] parked outside the building were set on fire and
[[five people|arrested;a=The police]] arrested. Kuki-Zo groups said
[[over 40 women|injured;a=Kuki-Zo groups]] had been injured when security forces used batons and
tear gas at Saibol on Tuesday.
[[About 200 Border Security Force personnel|combatants]] had been posted at Saibol. The Committee on Tribal Unity called a {{24-hour}} shutdown in the district.
""",
)

item(
    "Arrest of Arambai Tenggol leader sets off protests in Imphal",
    """
The Central Bureau of Investigation arrested Asem Kanan Singh, a leader of the Meitei group
Arambai Tenggol, at Imphal airport on Saturday night, and
[[four other members|arrested;a=officials]] of the group were detained in Imphal East, officials
said. [[Thousands of people|other]] poured onto the streets of Imphal within hours, and
protesters set fire to [[two buses|other]] and tyres at Kwakeithel.
[[At least 12 people|injured;a=health officials]], among them
[[three journalists|injured;a=health officials]], were hurt as security forces fired tear gas,
health officials said. The government suspended internet services in
[[five valley districts|other]] for {{five days}} and banned gatherings under {{Section 163}} of
the Bharatiya Nagarik Suraksha Sanhita. Police said [[seven people|arrested;a=Police]] had been
detained for arson. Kanan Singh was flown to Guwahati and produced before a special court on
{{June 8}}.
""",
)

item(
    "AFSPA extended in Manipur's hills for six more months",
    """
The Manipur government on {{September 26}} extended the Armed Forces (Special Powers) Act,
{{1958}}, in the hill areas of the state for {{six months}} from {{October 1}}, declaring them
"disturbed" under {{Section 3}} of the law. Police station areas in Imphal valley and Jiribam
remain outside its scope, as they have been since {{2022}}. The notification said the law and
order situation had to be reviewed "at the end of six months". Kuki-Zo and Naga groups have long
demanded the repeal of the act, which gives soldiers broad powers to search, arrest and open
fire.
""",
)

item(
    "Manipur's mobile internet returns after 212 days",
    """
Mobile data services returned to most of Manipur on {{December 3}} after {{212 days}}, one of the
longest shutdowns recorded in India after Kashmir's {{552-day}} blackout of {{2019-21}}. The
Internet Freedom Foundation put the cost to the state's economy at more than
{{$200 million}}. Broadband had been partly restored in {{July}}, but speeds in Imphal were
limited to {{2 Mbps}} for homes and offices, and {{4G}} services came back only this week. A
telecom official said traffic on the first evening was {{80%}} of its level before {{May 3}}.
""",
)
