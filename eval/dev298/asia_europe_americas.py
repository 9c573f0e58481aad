"""Items: Myanmar, Ukraine and Haiti, as envoys, OCHA, the monitoring missions and the
Secretary-General's reports give their numbers to the Security Council and the Human Rights
Council."""

from _wrap import item

item(
    "Myanmar: Türk says junta has detained tens of thousands since coup",
    """
Volker Türk told the Human Rights Council on {{Tuesday}} that the military had arrested
[[more than 27,000 people|arrested;a=Volker Türk]] since the coup of {{1 February 2021}}, and
that [[some 20,500|arrested;a=Volker Türk]] remained in detention. His office had verified the
deaths of [[at least 5,350 civilians|killed;a=Volker Türk]], he said, including
[[more than 1,600|killed;a=Volker Türk]] who died in military custody. Air strikes had hit
[[about 100 schools and hospitals|housing;u=structure;n=schools and hospitals;a=Volker Türk]] in the past year, he
said. The Assistance Association for Political Prisoners, which keeps a daily count, put the
number still held at [[22,011|arrested;a=The Assistance Association for Political Prisoners]].
""",
)

item(
    "Rakhine fighting: UN envoy says Rohingya caught between army and Arakan Army",
    """
Julie Bishop, the UN special envoy on Myanmar, told the General Assembly that
[[hundreds of thousands of Rohingya|civilians;a=Julie Bishop]] remained trapped in northern
Rakhine as the Arakan Army pushed towards Sittwe. OHCHR said [[at least 45,000 Rohingya|displaced;a=OHCHR]]
had fled to an area near the Naf river in {{May}}, and that a drone attack on the Maungdaw beach
had killed [[dozens of people|killed;a=OHCHR]] waiting to cross. Bangladesh, already hosting
[[about 1 million Rohingya refugees|displaced;a=Bangladesh]], said [[some 8,000|displaced;a=Bangladesh]] had
crossed in recent weeks despite the border being officially closed. Both the military and the
Arakan Army had forcibly recruited [[hundreds of young men|combatants;a=Bishop]], Bishop said.
""",
)

item(
    "Myanmar earthquake in a war zone: OCHA asks for access",
    """
The {{magnitude 7.7}} earthquake that struck near Mandalay on {{28 March}} killed
[[more than 3,700 people|killed;a=the military government]] and injured
[[about 5,100|injured;a=the military government]], according to the military government, while
[[at least 120|missing;a=the military government]] were still missing {{two weeks}} later. OCHA's
Myanmar office said [[some 17.2 million people|civilians;a=OCHA's Myanmar office]] lived in the
affected areas, and that [[more than 48,000 homes|housing;a=OCHA's Myanmar office]] were
damaged. Tom Fletcher told the council that the military had carried out
[[at least 61 air strikes|other;u=other;n=strikes;a=Tom Fletcher]] after announcing a ceasefire
for relief work. UN agencies had reached [[80,000 to 90,000 households|aid]] with food, water or shelter
by {{mid-April}}.
""",
)

item(
    "Ukraine: monitoring mission says civilian toll passes 12,000",
    """
The UN Human Rights Monitoring Mission in Ukraine said it had verified
[[12,340 civilians|killed;a=The UN Human Rights Monitoring Mission in Ukraine]] killed and
[[27,836|injured;a=The UN Human Rights Monitoring Mission in Ukraine]] injured since the full-scale
invasion in {{February 2022}}. Danielle Bell, the mission's head, said the actual figures were
likely considerably higher. [[At least 659 children|killed;a=the mission;alt=The UN Human Rights Monitoring Mission in Ukraine]] were among the dead, the mission said.
October had been the deadliest month in a year, with [[574 civilians|killed;a=Bell]]
killed or injured, Bell told the Security Council, mostly by glide bombs and short-range drones
in Kharkiv, Zaporizhzhia and Kherson. UNHCR said [[3.6 million people|displaced;a=UNHCR]] were
displaced inside Ukraine and [[6.8 million refugees|displaced;a=UNHCR]] were recorded abroad.
""",
)

item(
    "Rights mission: most Ukrainian prisoners of war describe torture",
    """
The UN Human Rights Monitoring Mission in Ukraine said on {{Monday}} that it had interviewed
[[204 Ukrainian prisoners of war|other;n=prisoners of war;a=The UN Human Rights Monitoring Mission in Ukraine]]
freed in exchanges, {{95 per cent}} of whom described torture or ill-treatment in Russian
custody. Ukraine says Russia holds [[about 8,000 Ukrainians|arrested;a=Ukraine]], soldiers and
civilians, and that [[more than 16,000 civilians|arrested;a=Ukraine]] have been detained in
occupied areas since the invasion. In the latest swap, brokered by the United Arab Emirates,
[[150 prisoners|other]] were exchanged by each side. The mission said it had documented the
summary execution of [[at least 79 Ukrainian soldiers|killed;a=The mission;alt=The UN Human Rights Monitoring Mission in Ukraine]]
after capture. Russia's human rights commissioner said [[about 1,000 Russian soldiers|arrested;a=Russia's human rights commissioner]]
were in Ukrainian custody.
""",
)

item(
    "Ukraine's front-line evacuations: OCHA briefs on Donetsk",
    """
Authorities have ordered the mandatory evacuation of [[about 1,700 children|displaced;p;a=OCHA]] and
their families from the remaining settlements around Pokrovsk, OCHA told a council briefing, and
[[some 26,000 people|civilians;a=OCHA]] were still living within {{20 kilometres}} of the front.
Matthias Schmale, the humanitarian coordinator, said [[more than 4,000 people|displaced;a=Matthias Schmale]]
had passed through the Pavlohrad transit centre in {{August}} alone, and that
[[14 collective centres|capacity;a=Matthias Schmale]] in Dnipropetrovsk region were full. UN
convoys had delivered [[1,200 tonnes|aid]] of aid to front-line communities since {{January}}.
Strikes on the energy grid had damaged [[over 2,500 residential buildings|housing;a=Matthias Schmale]]
in Kharkiv region this year, he said.
""",
)

item(
    "Deported children: Ukraine tells council of a 'systematic' policy",
    """
Ukraine's government told the Security Council that [[19,546 Ukrainian children|displaced;a=Ukraine's government]]
had been deported or forcibly transferred to Russia or occupied areas, and that
[[only 388|returned;a=Ukraine's government]] had been brought back. Russia's children's
commissioner, Maria Lvova-Belova, has said [[about 700,000 children|displaced;a=Maria Lvova-Belova]]
from Ukraine are in Russia, most of them with their families, which Moscow describes as
evacuations. The International Criminal Court issued arrest warrants for her and President
Vladimir Putin in {{March 2023}}. Yale's Humanitarian Research Lab identified
[[at least 43 facilities|other;a=Yale's Humanitarian Research Lab]] where Ukrainian children
had been held for "re-education", Ukraine's envoy said. Kyiv says
[[at least 1,300|missing;a=Kyiv]] of the children are unaccounted for altogether.
""",
)

item(
    "Haiti: BINUH counts more than 5,600 killed in gang violence",
    """
[[At least 5,601 people|killed;a=the UN Integrated Office in Haiti]] were killed in gang-related
violence in Haiti last year, the UN Integrated Office in Haiti said in its annual report, up by
[[more than 1,000|killed;a=the UN Integrated Office in Haiti]] on the year before. The office
recorded [[2,212 people|injured;a=The office;alt=the UN Integrated Office in Haiti]] injured and
[[1,494|kidnapped;a=The office;alt=the UN Integrated Office in Haiti]] kidnapped for ransom.
María Isabel Salvador, the head of BINUH, told the Security Council that in a single massacre in
Cité Soleil's Wharf Jérémie, gang members had killed [[at least 207 people|killed;a=María Isabel Salvador]],
most of them elderly people accused of witchcraft. Self-defence groups and so-called
"Bwa Kale" vigilantes had killed [[about 300 suspected gang members|killed;a=the report]], the report said.
IOM said [[more than 1 million people|displaced;a=IOM]] were now displaced across the country, {{half}}
of them children.
""",
)

item(
    "Haiti: displaced in capital's sites pass 200,000, IOM tells council",
    """
Gang attacks on Port-au-Prince's remaining neighbourhoods have pushed the number of displaced
people living in the capital's [[more than 140 spontaneous sites|capacity;a=IOM]] past
[[200,000|displaced;a=IOM]], IOM told the Security Council on {{Wednesday}}. Many of the sites
are schools: [[about 90 schools|capacity;a=Ulrika Richardson]] were sheltering families, the
deputy special representative, Ulrika Richardson, said, and [[some 900 schools|other;a=Ulrika Richardson]] had closed
in the capital area. The Kenyan-led Multinational Security Support mission had
[[about 1,000 police officers|combatants;a=Richardson]] on the ground, against the
[[2,500|combatants;p;a=Richardson]] it was meant to reach, Richardson said. In Mirebalais,
[[more than 500 inmates|other]] escaped when gangs stormed the prison in {{March}}.
""",
)

item(
    "Kidnappings in Haiti's Artibonite reach record, UN says",
    """
The UN human rights office said on {{Friday}} that [[at least 350 people|kidnapped;a=The UN human rights office]]
had been abducted in Haiti in the {{first quarter}}, {{more than half}} of them in the
Artibonite department, where the Gran Grif gang controls the main roads. In the attack on
Pont-Sondé in {{October}}, gunmen killed [[115 people|killed;a=the office]], the office said,
and burned [[about 45 homes|housing;a=the office]]. [[Between 1,100 and 1,300 families|displaced;a=IOM]]
fled to Saint-Marc, according to IOM. William O'Neill, the UN's designated expert on human
rights in Haiti, told the Human Rights Council that police had freed
[[only 42 hostages|kidnapped;a=William O'Neill]] in the period, and that
[[at least 60 police officers|killed;a=William O'Neill]] had been killed since {{January}}.
""",
)

item(
    "Myanmar's Rohingya repatriation plan stalls as camps fill",
    """
Bangladesh's refugee commissioner told a UN briefing that [[only 1,140 Rohingya|returned;p;a=Bangladesh's refugee commissioner]]
had been cleared by Myanmar for a pilot repatriation that never began. Instead, the camps in
Cox's Bazar now hold [[nearly 1.1 million refugees|displaced;a=UNHCR]], UNHCR said, with
[[some 35,000 children|civilians]] born there every year. A fire in Camp {{11}} had destroyed
[[more than 2,000 shelters|housing;a=the agency;alt=UNHCR]], the agency said, leaving
[[2,500 to 3,000 households|displaced;a=the agency;alt=UNHCR]] homeless. Noeleen Heyzer, then the UN
envoy, said [[about 30,000 refugees|displaced;a=Noeleen Heyzer]] had been moved to the island
of Bhasan Char.
""",
)

item(
    "Donbas: UN monitors count 6,000 dead a year into the war",
    """
The UN Human Rights Monitoring Mission in Ukraine recorded [[at least 6,000 people|killed;a=The UN Human Rights Monitoring Mission in Ukraine]]
killed in eastern Ukraine between {{mid-April 2014}} and {{early March 2015}}, Ivan Šimonović,
the assistant secretary-general for human rights, told the Security Council. He said
[[more than 15,000|injured;a=Ivan Šimonović]] had been wounded, including civilians, Ukrainian
forces and members of the armed groups. The UN refugee agency counted
[[some 1.1 million internally displaced people|displaced;a=The UN refugee agency]] in
Ukraine, and [[about 600,000|displaced;a=The UN refugee agency]] who had sought asylum or other
forms of stay in neighbouring countries, most of them in Russia. Šimonović said
[[hundreds of people|missing;a=Šimonović]] remained unaccounted for around Donetsk airport and
Debaltseve, and that [[an estimated 5 million|civilians;a=Šimonović]] lived in the conflict
zone.
""",
)

item(
    "Rohingya exodus: Guterres calls it 'ethnic cleansing' in all but name",
    """
António Guterres told the Security Council that [[more than 500,000 Rohingya|displaced;a=António Guterres]]
had fled Rakhine state for Bangladesh since {{25 August}}, in "the world's fastest-developing
refugee emergency". Satellite imagery analysed by UNOSAT showed
[[at least 288 villages|housing;u=other;a=Satellite imagery analysed by UNOSAT]] partially or totally
burned, he said. Médecins Sans Frontières later estimated that
[[at least 6,700 Rohingya|killed;a=Médecins Sans Frontières]] were killed in the {{first month}}
of the military's operations, [[730 of them children|killed;a=Médecins Sans Frontières]] under
the age of {{five}}. The army said it had killed [[376 insurgents|killed;a=The army]] in
clearance operations. UNHCR said [[about 200,000 refugees|displaced;a=UNHCR]] who had fled
earlier waves of violence were already in Cox's Bazar.
""",
)

item(
    "Council holds Arria meeting on Ukraine's children",
    """
Security Council members held an informal Arria-formula meeting on {{Thursday}} on the
situation of children in Ukraine, the {{fourth}} on the subject since {{2022}}. The meeting ran
for {{three hours}}. Speakers cited a UNICEF estimate that {{two in three}} Ukrainian children
had lived through attacks in the past year, and that the education budget for {{2025}} had been
cut by {{12 per cent}}. A {{16-year-old}} from Kharkiv addressed members by video.
""",
)

item(
    "Haiti support mission budget: trust fund still short",
    """
The UN trust fund for the Multinational Security Support mission in Haiti had received
{{$96.8 million}} in pledges by {{30 September}}, less than {{a quarter}} of the roughly
{{$600 million}} a year that Kenya estimated the mission would cost. The mission's mandate,
first authorised by resolution {{2699}} in {{October 2023}}, was renewed for {{12 months}}. A
donor conference in {{November}} was the {{second}} in {{six months}}, diplomats said.
""",
)
