"""India's security forces in Jammu and Kashmir and the Maoist belt, and the Philippines
(Marawi, Sulu, Maguindanao, the New People's Army), 2017-2025."""

from _wrap import item

item(
    "Three LeT militants killed in Shopian encounter",
    """
[[Three militants|killed;a=Jammu and Kashmir Police]] of the Lashkar-e-Taiba were killed in an
encounter with security forces in the Kanjiullar area of Shopian district on {{Tuesday}}, the
Jammu and Kashmir Police said. A joint team of the police, the army's {{44 Rashtriya Rifles}} and
the CRPF's {{178 Battalion}} launched a cordon-and-search operation on specific input, a police
spokesman said. [[One soldier|injured]] was hurt in the initial exchange of fire and evacuated to
the {{92 Base Hospital}} in Srinagar. Police said the trio had been involved in the killing of
[[two migrant labourers|killed;a=Police]] in {{October}}. Troops recovered
[[two AK rifles|other]], [[one pistol|other;u=other]] and [[four grenades|other]] from the site.
According to police, [[at least 14 militants|combatants;a=police]] are still active in south
Kashmir, including [[as many as nine|combatants;a=police]] from Pakistan. Mobile internet was
suspended in the district for {{12 hours}}.
""",
)

item(
    "J&K police chief: 76 terrorists killed in 2023, 55 of them foreigners",
    """
Security forces killed [[76 terrorists|killed;a=Director General of Police]] in Jammu and Kashmir
in {{2023}}, [[55|killed;a=Director General of Police]] of them foreign nationals, the Director
General of Police told a year-end news conference in Srinagar. He said only
[[22 local youths|combatants;a=Director General of Police]] had joined militant ranks, the lowest
since {{2012}}, and that [[nine|killed;a=Director General of Police]] of them had already been
killed. In the same period [[30 security personnel|killed;a=police data]] lost their lives,
according to police data. Police arrested [[more than 290 overground workers|arrested]] and
detained [[about 120 people|arrested]] under the Public Safety Act. The DGP said
[[between 70 and 80 terrorists|combatants;a=DGP]] remained active in the Union Territory, most
of them in the Pir Panjal region south of the Valley.
""",
)

item(
    "31 Maoists killed in Abujhmarh encounter, Chhattisgarh police say",
    """
Security forces killed [[31 Maoists|killed;a=Bastar range police chief]] in the forests of
Abujhmarh, on the border of Narayanpur and Dantewada districts, on {{4 October 2024}}, the Bastar
range police chief said. The operation involved [[about 1,500 personnel|combatants]] of the
District Reserve Guard and the Special Task Force. [[Two jawans|injured;a=police]] suffered
minor injuries, police said, adding that the slain cadres carried a cumulative bounty of
{{Rs 2.1 crore}}. Security forces recovered [[16 AK-47 and INSAS rifles|other]] and a large
quantity of explosives. [[About 60 families|displaced;a=villagers]] from nearby Thulthuli fled
to the block headquarters during the operation, villagers said. With this encounter,
[[more than 180 Maoists|killed]] have been killed in Bastar this year, the most since the state
was created in {{2000}}. The Union home ministry plans to set up
[[another 40 forward operating bases|other;u=structure;p;a=Union home ministry]] in the region.
""",
)

item(
    "Over 900 Maoists have surrendered under Lon Varratu, Dantewada police say",
    """
[[More than 900 Maoists|combatants;a=Dantewada police]] have surrendered since the Lon Varratu
("return home") campaign was launched in {{June 2020}}, Dantewada police said on {{Friday}}.
[[Eighteen cadres|combatants]], [[five of them women|combatants]], laid down their weapons at the
police lines that morning. Each surrendered cadre receives {{Rs 25,000}} in immediate assistance
and is housed in a rehabilitation centre in Dantewada that can accommodate
[[up to 200 people|capacity]]. Police said [[more than 250 former cadres|returned;a=Police]] had
since gone back to their villages, and [[about 120|combatants;a=Police]] had joined the District
Reserve Guard.
""",
)

item(
    "Pulwama: 40 CRPF personnel killed in suicide car bombing",
    """
[[Forty Central Reserve Police Force personnel|killed;a=CRPF]] were killed on
{{14 February 2019}} when a suicide bomber rammed an explosives-laden car into a bus on the
Jammu-Srinagar highway at Lethpora, the CRPF said. The convoy of
[[78 vehicles|other;a=senior officer]] was carrying [[2,547 personnel|combatants;a=senior officer]]
back to the Valley after leave, a senior officer said. [[At least five others|injured]] were
critically injured. Jaish-e-Mohammed claimed responsibility, and police said the bomber, a
{{22-year-old}} from Kakapora, had joined the group {{a year}} earlier. In the weeks that
followed, police detained [[more than 150 people|arrested]] in raids across south Kashmir. The
National Investigation Agency said in its chargesheet that
[[seven of the 19 accused|killed;v=7;a=National Investigation Agency]] had since been killed in
encounters.
""",
)

item(
    "Pahalgam attack: 26 killed; over 1,500 detained in Kashmir crackdown",
    """
Gunmen killed [[26 people|killed;a=police]], [[25|killed;a=police]] of them tourists, at the
Baisaran meadow near Pahalgam on {{22 April 2025}}, police said.
[[At least 17 others|injured]] were wounded. In the days that followed, police in Kashmir detained
[[more than 1,500 people|arrested;a=officials]] for questioning and authorities demolished
[[at least 10 houses|housing;a=officials]] belonging to suspected militants, officials said.
[[Thousands of tourists|displaced]] cut short their trips and left the Valley, and airlines added
extra flights out of Srinagar. Police named
[[three suspected attackers|combatants;a=Police]], [[two|combatants;a=Police]] of them Pakistani
nationals, and announced a reward of {{Rs 20 lakh}} for information.
""",
)

item(
    "Jharkhand: CoBRA jawan killed by IED in Saranda, 40 bombs recovered",
    """
[[One jawan|killed;a=police]] of the CRPF's {{209 CoBRA}} battalion was killed and
[[two others|injured;a=police]] wounded when an IED went off during an anti-Maoist operation in
the Saranda forest of West Singhbhum district, police said. Security forces have recovered
[[more than 40 IEDs|other;u=other;a=officer]] planted along forest tracks in the past month, an
officer said. The forest is the last stronghold of the CPI (Maoist) in the state, where
[[about 60 cadres|combatants;a=police]] led by a politburo member with a bounty of {{Rs 1 crore}}
are believed to be holed up, according to police. [[Three villagers|killed;a=villagers]] have been
killed by pressure bombs since {{January}}, villagers said. The district administration
distributed ration kits to [[about 1,200 households|aid]] cut off by the operation. The state
government plans to open [[12 new security camps|other;p;a=state government]] in the forest this
year.
""",
)

item(
    "22 jawans killed in Bijapur ambush; CoBRA commando taken captive",
    """
[[Twenty-two security personnel|killed;a=officials]] were killed and
[[31|injured;a=officials]] injured when [[about 400 Maoists|combatants;a=officials]] ambushed a
joint team near Tekalguda village on the Sukma-Bijapur border, officials said on
{{4 April 2021}}. The team of [[about 2,000 personnel|combatants]] from the CRPF, CoBRA, District
Reserve Guard and Special Task Force had been sent in on a tip-off. On {{Saturday}} evening
[[21 personnel|missing;a=police]] were listed as missing, police said. Search teams recovered
[[17 bodies|killed]] from the ambush site the next morning. [[One CoBRA commando|kidnapped]]
taken captive by the Maoists was released {{five days}} later after mediation by local elders
and journalists. The Maoists said in a statement that
[[four of their cadres|killed;a=Maoists]] died in the gunfight.
""",
)

item(
    "Marawi siege over: 920 militants, 165 troops killed, military says",
    """
The {{five-month}} battle for Marawi ended on {{23 October 2017}} with
[[920 militants|killed;a=Armed Forces of the Philippines]] killed, the Armed Forces of the
Philippines said.
[[One hundred and sixty-five soldiers and police|killed;n=soldiers and police;a=military spokesman]]
and [[47 civilians|killed;a=military spokesman]] also died, a military spokesman said. Troops
rescued [[1,780 trapped residents|civilians]] and [[about 70 hostages|kidnapped]] held by the
Maute group. [[About 360,000 people|displaced;a=Department of Social Welfare and Development]]
fled the city and surrounding towns, the Department of Social Welfare and Development said. Most
stay with relatives, while [[about 4,000 families|displaced;a=department;alt=Department of Social Welfare and Development]]
live in [[70 evacuation centres|capacity;a=department;alt=Department of Social Welfare and Development]],
the department said.
""",
)

item(
    "Troops free Indonesian hostages in Sulu; 18 Abu Sayyaf members surrender",
    """
Troops rescued [[two Indonesian fishermen|kidnapped;a=Western Mindanao Command]] held by the Abu
Sayyaf in Patikul, Sulu, after a firefight that killed
[[three militants|killed;a=Western Mindanao Command]], the Western Mindanao Command said on
{{Sunday}}. [[One hostage|missing;a=command;alt=Western Mindanao Command]] is unaccounted for
and is believed to have drowned while trying to escape, the command said. Separately,
[[18 Abu Sayyaf members|combatants;a=division;alt=11th Infantry Division]] surrendered to the
army's {{11th Infantry Division}} in Jolo, bringing to
[[more than 300|combatants;a=division;alt=11th Infantry Division]] the number who have laid down
arms since {{2018}}, the division said. They handed over [[14 high-powered firearms|other]] and a
{{60mm}} mortar. The military estimates the group has
[[fewer than 50 fighters|combatants;a=military]] left in Sulu, down from
[[about 400|combatants;a=military]] in {{2016}}.
""",
)

item(
    "AFP says communist rebels down to fewer than 1,500 fighters",
    """
The New People's Army has [[fewer than 1,500 fighters|combatants;a=Armed Forces of the Philippines]]
left nationwide, the Armed Forces of the Philippines said on {{Monday}}, the rebels'
{{54th}} anniversary. [[Some 2,100 rebels|combatants;a=AFP spokesman]] surrendered and
[[about 230|killed;a=AFP spokesman]] were killed in encounters in {{2022}}, the AFP spokesman
said. The military said it had dismantled
[[eight of the 89 guerrilla fronts|other;u=other;v=8;a=military]] that were active in {{2016}}.
The rights group Karapatan said [[at least 40 farmers|arrested;a=Karapatan]] had been detained in
Negros as suspected rebels. The government's reintegration programme pays {{P65,000}} to each
former rebel, and officials expect [[up to 5,000 more|combatants;p;n=-;a=officials]] to apply
this year.
""",
)

item(
    "Fighting with BIFF displaces 60,000 in Maguindanao",
    """
[[More than 12,000 families|displaced;a=Bangsamoro Ministry of Social Services and Development]],
or [[about 60,000 people|displaced;a=Bangsamoro Ministry of Social Services and Development]],
have fled their homes in the so-called SPMS box since the army launched operations against the
Bangsamoro Islamic Freedom Fighters, the Bangsamoro Ministry of Social Services and Development
said on {{Tuesday}}. [[About 3,400 families|displaced]] are staying in
[[27 evacuation centres|capacity]], many of them schools, while the rest are with relatives. The
ministry said it had distributed
[[9,500 food packs|aid;u=other;a=ministry;alt=Bangsamoro Ministry of Social Services and Development]]
so far. The army said [[15 BIFF fighters|killed;a=army]] and [[two soldiers|killed;a=army]] had
been killed, and [[six soldiers|injured;a=army]] wounded. Local officials said
[[at least 200 houses|housing;a=Local officials]] had been damaged by mortar fire.
""",
)

item(
    "Jolo cathedral bombings kill 20; suspects in custody",
    """
Twin bombs exploded at the Cathedral of Our Lady of Mount Carmel in Jolo during Sunday Mass on
{{27 January 2019}}, killing [[20 people|killed;a=police]] and wounding
[[102|injured;a=police]], police said. Among the dead were [[five soldiers|killed]] guarding the
church. The military said [[about a dozen Abu Sayyaf members|combatants;a=military]] had helped
plan the attack. [[Five suspects|arrested;a=interior secretary]] had surrendered or been
arrested within a week, the interior secretary said. Authorities sent
[[an extra 500 troops|combatants]] to Jolo and declared the island a security zone for
{{30 days}}.
""",
)

item(
    "Army foils infiltration bid in Kupwara, two intruders killed",
    """
Troops killed [[two infiltrators|killed;a=army]] trying to cross the Line of Control in the Machil
sector of Kupwara before dawn on {{Wednesday}}, the army said. [[One soldier|injured]] was hurt.
Troops recovered [[two AK rifles|other]], [[six magazines|other]] and [[150 rounds|other]] from
the bodies. An army officer said intelligence suggested that
[[150 to 200 terrorists|combatants;a=army officer]] were waiting at launch pads across the LoC.
Officials said [[up to 3,000 additional troops|combatants;p;a=Officials]] would be moved to the
sector before snow closes the passes in {{November}}.
""",
)

item(
    "Shah sets March 2026 deadline to end Naxalism",
    """
Union Home Minister Amit Shah said on {{Saturday}} that left-wing extremism would be wiped out
by {{31 March 2026}}. Violent incidents have fallen by {{53 per cent}} since {{2014}}, he told a
review meeting in Raipur. The Centre has allotted {{Rs 3,480 crore}} for security-related
expenditure in the affected states in {{2023-24}}, and roads and mobile towers are to be built
within {{two years}}. The meeting, the {{third}} of its kind this year, lasted {{five hours}}.
""",
)

item(
    "Marawi, five years on: rebuilding lags, compensation law signed",
    """
{{Five years}} after Islamic State-linked fighters overran Marawi on {{23 May 2017}}, residents of
the most affected area are still waiting to go home. The government says {{80 per cent}} of the
rehabilitation of the area known as Ground Zero is complete, at a cost of {{P17 billion}}. A
compensation law signed in {{April 2022}} sets aside {{P1 billion}} for the {{2023}} budget.
Displaced residents say the process has taken far too long and that payments will not start
until {{2024}} at the earliest.
""",
)
