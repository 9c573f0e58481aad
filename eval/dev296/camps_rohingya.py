"""Fires, floods, storms and evictions in the Rohingya camps of Bangladesh and in camps and
informal sites elsewhere in South and South-East Asia, 2014-2026."""

from _wrap import item

item(
    "Huge blaze guts three Rohingya camps in Cox's Bazar",
    """
A fire swept through {{Camp 8E}}, {{Camp 9}} and {{Camp 10}} of the Rohingya settlement at
Balukhali on {{March 22, 2021}}, killing [[at least 15 refugees|killed;a=officials]] and
leaving [[some 45,000 people|displaced;a=officials]] without shelter, officials said. UNHCR
said [[more than 9,500 shelters|housing;a=UNHCR]] had been destroyed, along with [[four health
centres|housing;a=UNHCR]] and [[six learning centres|housing;a=UNHCR]]. The Bangladesh Red
Crescent Society said its volunteers had treated [[about 560 people|injured;a=The Bangladesh
Red Crescent Society]] for burns and smoke inhalation, and that [[400|missing;a=The Bangladesh
Red Crescent Society]] were still unaccounted for on Tuesday morning. The fire burned for
nearly {{10 hours}}. [[Twelve fire engines|other;u=other]] from Cox's Bazar and Ukhiya were
sent to the site, but narrow alleys and barbed-wire fencing slowed them. The three camps had
held [[about 124,000 people|displaced;a=the Inter Sector Coordination Group]] before the
blaze, according to the Inter Sector Coordination Group.
""",
)

item(
    "Second group of Rohingya shipped to Bhasan Char",
    """
Bangladesh relocated [[another 1,776 Rohingya refugees|displaced;a=the navy]] to the silt
island of Bhasan Char on {{December 29, 2020}}, the navy said, the second transfer in a month.
The first group of [[1,642|displaced;a=officials]] had arrived in early December, officials
said. The island lies about {{60 km}} off the coast and holds [[120 cluster
villages|capacity]] built by the navy at a cost of {{$350 million}}, with [[1,440
buildings|capacity]] meant to house [[about 100,000 people|capacity]]. The government plans
to move [[up to 100,000 refugees|displaced;p;a=The government]] there eventually, to ease
crowding in the mainland camps, which hold [[more than 860,000 people|displaced]]. Rights
groups said some of those moved had been pressured, and UN agencies were not involved in the
transfers.
""",
)

item(
    "Monsoon landslides kill six in Rohingya camps",
    """
Landslides and flash floods triggered by monsoon rain killed [[at least six Rohingya
refugees|killed;a=UNHCR]] in the Cox's Bazar camps, UNHCR said on {{July 28, 2021}},
including [[three children|killed;a=UNHCR]]. More than {{300 mm}} of rain fell in {{24
hours}}, the heaviest downpour in the district in years. The agency said [[over 21,000
refugees|civilians;a=The agency;alt=UNHCR]] had been affected and [[some 2,500
shelters|housing;a=The agency;alt=UNHCR]] damaged or destroyed, forcing [[about 5,000
people|displaced;a=The agency;alt=UNHCR]] to move in with relatives or into communal
buildings. Families whose shelters were washed away were moved to [[14 communal
facilities|capacity]] on higher ground. The IOM said its teams had distributed [[3,200
tarpaulins|aid;a=The IOM]] and [[1,100 shelter kits|aid;a=The IOM]] by Friday. A
{{five-year-old}} boy was pulled alive from the mud in {{Camp 18}}.
""",
)

item(
    "Kidnappings for ransom spread fear in Ukhiya camps",
    """
Armed men abducted [[seven Rohingya refugees|kidnapped;a=police]] from {{Camp 13}} in
Ukhiya overnight, police said on Wednesday, the latest in a string of kidnappings for ransom
inside the camps. The Armed Police Battalion said it had arrested [[11 suspects|arrested;a=The
Armed Police Battalion]] and freed [[four of the captives|kidnapped;a=The Armed Police
Battalion]] in a raid on a hillside hideout. Since January, [[at least 60 refugees|killed;a=camp
officials]] have been killed in clashes between ARSA and the Rohingya Solidarity
Organisation, camp officials said. Authorities said [[some 1,800 additional police
officers|combatants;a=Authorities]] had been deployed across [[33 camps|capacity;a=Authorities]]
since the spring. Refugee leaders said [[more than 150 people|kidnapped;a=Refugee leaders]]
had been abducted in the first half of the year, most released after families paid ransoms of
up to {{Tk 500,000}}. [[Dozens of families|displaced]] have fled {{Camp 13}} for other blocks.
""",
)

item(
    "Pre-dawn fire leaves 7,000 homeless in Kutupalong",
    """
A pre-dawn fire destroyed [[between 800 and 1,000 shelters|housing;a=Mizanur Rahman]] in
{{Camp 5}} at Kutupalong on {{January 7, 2024}}, said Mizanur Rahman, Bangladesh's refugee
relief and repatriation commissioner. No one was killed, he said, but [[about 7,000
people|displaced;a=Mizanur Rahman]] lost their shelters, and [[two mosques|housing;a=Mizanur
Rahman]] were also gutted. The fire broke out at about {{4.30am}} and crews fought it for
{{three hours}}. Camp volunteers said [[dozens of people|injured;a=Camp volunteers]] were
treated for minor burns. The World Food Programme said it was providing hot meals to [[1,600
families|aid;a=The World Food Programme]]. UNHCR said it planned to put up [[900 emergency
shelters|housing;p;a=UNHCR]] on the burned plots within {{two weeks}}. The camp held [[some
22,000 refugees|displaced]] before the fire.
""",
)

item(
    "Bangladesh moves 750,000 from coast as Mocha nears; camps brace",
    """
Bangladesh evacuated [[more than 750,000 people|displaced;a=officials]] from coastal Cox's
Bazar and Chattogram ahead of Cyclone Mocha, officials said on {{May 14, 2023}}, as winds of
up to {{210 km/h}} were forecast. The [[nearly one million Rohingya
refugees|displaced;v=1000000]] in the camps were not moved, but [[about 3,000
volunteers|other;a=Authorities]] stood ready to guide families to stronger buildings,
Authorities said. UNHCR said the storm damaged or destroyed [[some 2,000 shelters|housing;a=UNHCR]]
and [[about 30 learning centres|housing;a=UNHCR]], and that [[around 5,000
refugees|displaced;a=UNHCR]] had been moved temporarily. Across the border in Rakhine State,
the storm killed [[at least 145 people|killed;a=the junta]], most of them Rohingya in
displacement camps near Sittwe, according to the junta. Local leaders said [[dozens of
people|missing;a=Local leaders]] were still missing from the Basara and Dar Paing camps.
""",
)

item(
    "Fire razes Rohingya shanties in Delhi",
    """
A fire razed [[about 55 shanties|housing;u=structure;a=police]] in a Rohingya refugee camp
in Delhi's Kalindi Kunj area early on Sunday, leaving [[some 230 people|displaced;a=police]]
homeless, police said. No one was hurt. The Delhi Fire Service said it sent [[seven fire
tenders|other;u=other;a=The Delhi Fire Service]] and the blaze was under control by {{5.40am}}.
The camp's residents, [[47 families|displaced]] who fled Myanmar after {{2012}}, lost their
identity documents, including UNHCR cards, in the fire. [[Three small shops|housing;a=Mohammad
Salim]] run by refugees were also burned, said Mohammad Salim, a community leader. The Zakat
Foundation of India said it would provide tents and food to [[all 47 families|aid;p;a=The
Zakat Foundation of India]].
""",
)

item(
    "Islamabad bulldozes Afghan settlement after deportation deadline",
    """
Police and development authority staff bulldozed [[more than 300 mud houses|housing;a=residents]]
in an informal Afghan settlement in Islamabad's {{Sector I-12}} on {{November 2, 2023}},
residents said, {{two days}} after Pakistan's deadline for undocumented foreigners to leave
expired. Officials said [[about 400 police officers|combatants;a=Officials]] were deployed for
the operation and [[27 men|arrested;a=Officials]] without papers were taken to a holding
centre. [[At least 2,000 people|displaced;a=the Human Rights Commission of Pakistan]] were left
without shelter, according to the Human Rights Commission of Pakistan. UNHCR said [[more than
170,000 Afghans|returned;a=UNHCR]] had crossed back into Afghanistan since {{October 1}}.
Residents said [[some 60 families|displaced;a=Residents]] had moved in with relatives in
Rawalpindi.
""",
)

item(
    "'Everything is gone': Camp 11 fire leaves 12,000 homeless",
    """
"Everything is gone. We ran out with only the children," said Nur Begum, a {{35-year-old}}
refugee whose shelter in {{Camp 11}} burned on Sunday afternoon. The fire, which started at
about {{2.45pm}} and raged for {{three hours}}, destroyed [[around 2,000
shelters|housing;a=Bangladesh's refugee commissioner]] and left [[about 12,000
Rohingya|displaced;a=Bangladesh's refugee commissioner]] homeless, Bangladesh's refugee
commissioner said. Aid groups said [[33 mosques|housing;a=Aid groups]] and [[21 learning
centres|housing;a=Aid groups]] were lost. Médecins Sans Frontières said its clinic in
{{Camp 10}} had treated [[more than 20 people|injured;a=Médecins Sans Frontières]] for burns.
Police said they suspected arson and had detained [[two men|arrested;a=Police]] for
questioning. Families spent the night in learning centres and with relatives in neighbouring
camps, where [[some 500 tarpaulins|aid]] were handed out by Monday.
""",
)

item(
    "Week of downpours triggers hundreds of landslides in Rohingya camps",
    """
The Inter Sector Coordination Group said [[more than 340 landslides|other;u=other;a=The Inter
Sector Coordination Group]] had hit the camps in the week to {{August 11}}, killing [[10
refugees|killed;a=The Inter Sector Coordination Group]]. It said [[about 8,200
people|civilians;a=The Inter Sector Coordination Group]] had been affected and [[1,190
shelters|housing;a=The Inter Sector Coordination Group]] damaged, with [[at least 3,000
refugees|displaced;a=The Inter Sector Coordination Group]] moved to relatives' shelters. WFP
said it had given cash top-ups of {{Tk 1,000}} to [[some 2,700 families|aid;a=WFP]]. The
Joint Response Plan for {{2024}} is only {{37 per cent}} funded, with {{$314 million}}
received of {{$852 million}} sought. Camp managers warned that [[as many as 100,000
refugees|civilians;p;a=Camp managers]] living on steep slopes could be hit if the rain
continued.
""",
)

item(
    "Typhoon floods swamp displacement camps in Karenni State",
    """
Floods from Typhoon Yagi inundated [[at least 40 displacement camps|capacity;a=aid workers]]
in Myanmar's Karenni State and southern Shan State in mid-{{September 2024}}, aid workers
said. The Karenni Civil Society Network said [[more than 70 people|killed;a=The Karenni Civil
Society Network]] had died and [[about 40 others|missing;a=The Karenni Civil Society
Network]] were missing, most of them people already displaced by fighting. [[Some 12,000
displaced people|displaced]] lost the bamboo shelters they had built in the forest. The
junta, which put the national toll at [[433 dead|killed;a=The junta]], said it would accept
foreign aid. Aid workers said [[only 14 trucks|aid;a=Aid workers]] of rice had got through to
the camps by the end of the month.
""",
)

item(
    "Six months on, most Balukhali shelters rebuilt",
    """
Of the [[9,500 shelters|housing;a=UNHCR]] lost in the {{March 2021}} blaze, [[about
8,900|housing;n=-;u=structure;a=UNHCR]] have been rebuilt with bamboo and tarpaulin, UNHCR said
on Thursday. The agency said it had also laid {{3.2 km}} of firebreaks and installed [[1,400
fire extinguishers|aid;u=other;a=The agency;alt=UNHCR]]. [[Some 480 Rohingya
volunteers|other]] have been trained as firefighters. The US gave {{$12 million}} for fire
safety in {{fiscal year 2022}}. Yet [[around 1,000 families|displaced;a=the Site Management
Sector]] still live in communal shelters, according to the Site Management Sector. In the same
period [[14 smaller fires|other;u=other;a=the Site Management Sector]] broke out in the camps, it said.
""",
)

item(
    "Police arrest five over Camp 16 fire",
    """
Bangladeshi police said on Saturday they had arrested [[five Rohingya men|arrested;a=Bangladeshi
police]] suspected of setting fire to {{Camp 16}}, a blaze that destroyed [[about 700
shelters|housing;a=Bangladeshi police]]. A police spokesman said the men belonged to ARSA and
had wanted to punish the camp's leaders. The fire on {{January 14}} left [[about 4,000
refugees|displaced]] homeless. Officials said [[another 300 officers|combatants;a=Officials]]
had been deployed to the camp. Fortify Rights said [[at least 48 refugees|killed;a=Fortify
Rights]] had been killed in the camps in {{2024}} and [[dozens|kidnapped;a=Fortify Rights]]
abducted.
""",
)

item(
    "Students storm Aceh shelter, force out Rohingya",
    """
[[Hundreds of students|other]] stormed a basement hall in Banda Aceh on {{December 27, 2023}}
and forced out [[137 Rohingya refugees|displaced;a=witnesses]] who had been sheltering there,
witnesses said. The students loaded the group onto [[two trucks|other]] and took them to the
regional justice office. [[About 30 police officers|combatants;a=witnesses]] were at the scene
but did not intervene, witnesses said. UNHCR said it was deeply disturbed and that [[more than
1,500 Rohingya|displaced;a=UNHCR]] had landed in Aceh since November. Police later arrested
[[three men|arrested]] suspected of smuggling refugees by boat from Cox's Bazar.
""",
)

item(
    "Remal lashes Bhasan Char and the camps",
    """
As Cyclone Remal approached on {{May 26, 2024}}, authorities on Bhasan Char moved [[about
8,000 Rohingya|displaced;a=the island's camp-in-charge]] into [[120 cyclone
shelters|capacity;a=the island's camp-in-charge]], the island's camp-in-charge said. The
island hosts [[about 36,000 refugees|displaced]]. In the mainland camps, [[about 2,500
Cyclone Preparedness Programme volunteers|other]] went from block to block with megaphones.
UNHCR said the storm damaged [[1,360 shelters|housing;a=UNHCR]] in the camps and that [[one
refugee|killed;a=UNHCR]] was killed by a falling tree. In Bangladesh as a whole, the storm
killed [[at least 16 people|killed;a=the disaster ministry]] and damaged [[150,000
houses|housing;a=the disaster ministry]], the disaster ministry said.
""",
)

item(
    "Why fires keep tearing through the world's largest refugee camp",
    """
Shelters in the Kutupalong-Balukhali expansion site stand barely {{1.5 metres}} apart, and
most are bamboo under plastic sheeting. Since {{2017}} the camps have recorded a fire nearly
every week in the dry season from {{November}} to {{April}}. Spending on fire safety rose
{{22 per cent}} to {{$4.1 million}} in {{fiscal 2024}}, camp managers said, still a fraction
of the {{$852 million}} appeal. Engineers want firebreaks of at least {{6 metres}} between
blocks in {{Camp 8W}} and {{Camp 9}}, but there is no land to spare.
""",
)

item(
    "Cyclone signal raised for Cox's Bazar",
    """
The Bangladesh Meteorological Department raised {{signal No. 3}} for Cox's Bazar on Tuesday
as a depression over the Bay of Bengal strengthened. Winds of up to {{62 km/h}} and up to
{{89 mm}} of rain were forecast over the next {{48 hours}}, the department said. Camp
managers told refugees to tie down roofs before {{6pm}} and to stay away from slopes in
{{Camp 4}} and {{Camp 20 Extension}}.
""",
)
