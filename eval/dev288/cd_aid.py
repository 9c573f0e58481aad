"""dev288 items: aid, food, health, schools, the church and the children of the war, 2019-2026."""

from _wrap import item

item(
    "WFP cuts rations for displaced in northern Mozambique",
    """
The World Food Programme said on {{Wednesday}} it would halve rations for [[about 950,000
people|aid;a=The World Food Programme]] in northern Mozambique from {{next month}} because of a
funding shortfall of {{$38 million}}. The agency said it would prioritise [[some 330,000|aid;p;a=The
agency;alt=The World Food Programme;n=-]] of the most vulnerable, including [[78,000
households|aid;p;a=The agency;alt=The World Food Programme]] headed by women. Each family receives a
{{50 kg}} sack of maize, beans and oil every {{two months}}, it said. "People will go hungry," the
country director told reporters in Maputo. Partners had distributed [[more than 14,000
tonnes|aid;a=the agency;alt=The World Food Programme]] of food in Cabo Delgado in the {{first}} half
of the year, the agency said. WFP said [[more than 60,000 displaced people|aid;p;a=WFP]] in Metuge
and Ancuabe would be removed from its lists entirely. The cuts come as [[an estimated 1.2m
people|civilians;a=the UN]] in the north need humanitarian assistance, according to the UN.
""",
)

item(
    "MSF treats wounded after attack on Mocímboa da Praia outskirts",
    """
Médecins Sans Frontières said its teams in Mocímboa da Praia treated [[27 people|injured;a=Médecins
Sans Frontières]] for gunshot and machete wounds after insurgents attacked the outskirts of the town
on {{Saturday}} night. [[Eight|injured;n=-;a=the medical charity;alt=Médecins Sans Frontières]] were
in a critical condition and were transferred to Pemba by air, the medical charity said. [[Four
patients|killed]] died of their injuries. MSF said its [[24 national staff|displaced;a=MSF]] in the
town were safe but had fled their homes. The organisation has run a clinic in Mocímboa since
{{2022}}, where it carries out [[about 3,500 consultations a month|other;u=other;a=The
organisation;alt=Médecins Sans Frontières]]. Local officials said [[at least six
people|killed;a=Local officials]] were killed in the attack and [[about 1,700|displaced;a=Local
officials]] fled to Mocímboa town.
""",
)

item(
    "Cholera spreads in Cabo Delgado displacement sites",
    """
Health authorities in Cabo Delgado have recorded [[4,612 cholera cases|other;a=Health authorities in
Cabo Delgado]] and [[29 deaths|killed;a=Health authorities in Cabo Delgado]] since the outbreak
began in {{January}}, the provincial health directorate said in its bulletin on {{Friday}}. The
worst-hit districts were Montepuez, Chiúre and Metuge, where [[three displacement sites|other;a=the
bulletin]] reported cases, according to the bulletin. UNICEF said it had sent [[120,000 water
purification tablets|aid;a=UNICEF]] and [[2,000 hygiene kits|aid;a=UNICEF]], and that [[about 40,000
people|aid;a=UNICEF]] had been vaccinated. [[Fourteen treatment centres|other;a=the WHO]] with
[[about 300 beds|other;a=the WHO]] were open, the WHO said. [[Two health workers|injured;a=police]]
were hurt when residents in Mitande attacked a clinic they accused of spreading the disease, police
said.
""",
)

item(
    "Human Rights Watch says insurgents abducted hundreds of children",
    """
Insurgents in Cabo Delgado have abducted [[hundreds of children|kidnapped;a=Human Rights Watch]]
since {{2018}}, using boys as fighters and forcing girls into marriage, Human Rights Watch said in a
report on {{Monday}}. The group documented [[at least 120 cases|kidnapped;a=The group;alt=Human
Rights Watch]] in {{2024}} alone, some involving children {{as young as 12}}. Families interviewed
by the group said [[dozens of boys|combatants;a=Families interviewed by the group]] had been seen
carrying weapons in attacks on Macomia and Mocímboa. [[About 60 children|kidnapped;a=the report]]
who escaped or were freed were being cared for in Pemba, the report said. UNICEF says it has
reunited [[more than 300 children|other;a=UNICEF]] with their families since {{2021}}. Mozambique's
government said [[13 children|arrested;a=Mozambique's government]] captured during fighting were
being held at a juvenile centre.
""",
)

item(
    "Save the Children: children beheaded in Cabo Delgado attacks",
    """
Save the Children said on {{Tuesday}} that children {{as young as 11}} had been beheaded in attacks
in Cabo Delgado, citing testimony from displaced families in Pemba and Montepuez. The charity said
its staff had spoken to [[more than 50 families|other;a=The charity;alt=Save the Children]] who
described killings. One mother, {{28}}, told the charity that her son, {{12}}, was killed near her
while she hid in the grass. The charity counted [[at least 51 children|killed;a=The charity;alt=Save
the Children]] killed in the province since {{2020}} and [[more than 70|kidnapped;n=-;a=The
charity;alt=Save the Children]] abducted. Save the Children said it was supporting [[some 8,000
displaced children|aid;a=Save the Children]] with psychosocial care and had set up [[17
child-friendly spaces|aid;a=Save the Children;u=other;n=spaces]] in displacement sites. It said
[[nearly 2,000 children|missing;a=Save the Children]] had been reported missing by their families
since the fighting began.
""",
)

item(
    "Diocese of Pemba opens missions to the displaced",
    """
The Catholic diocese of Pemba said on {{Sunday}} that its parishes and missions were sheltering
[[more than 12,000 displaced people|displaced;a=The Catholic diocese of Pemba]], many of them
Muslims. Caritas Pemba, the diocese's relief arm, said it had distributed [[6,400 food
baskets|aid;a=Caritas Pemba]] and [[2,100 kits|aid;a=Caritas Pemba]] of blankets and cooking pots
since {{January}}. The bishop told a Mass in the cathedral that [[two priests|kidnapped;a=The
bishop]] and a catechist had been held for {{several days}} in Muidumbe before being freed. The
diocese said [[at least 23 chapels|housing;u=structure;a=The diocese;alt=The Catholic diocese of
Pemba]] had been destroyed and [[seven parishes|other;a=The diocese;alt=The Catholic diocese of
Pemba;u=other]] abandoned since {{2020}}. Its mission at Mieze can take in [[up to 800
people|capacity]].
""",
)

item(
    "Women and children freed from insurgent camp reach Mueda",
    """
[[Forty-two women and children|kidnapped;a=the district administrator;n=women and children]] who had
been held by insurgents reached the town of Mueda on {{Thursday}} after walking for {{four days}},
the district administrator said. They had been freed during an operation by Rwandan and Mozambican
troops in the Mbau area in which [[three insurgents|arrested;a=the district administrator]] were
captured, he said. Some of the women had been held since {{2020}}, and [[11 children|other;a=a nurse
at the Mueda district hospital]] were born in captivity, a nurse at the Mueda district hospital told
Lusa. [[Nine|injured;n=-;a=a nurse at the Mueda district hospital]] were being treated for
malnutrition and wounds, she said. Relatives say [[at least 80 people|missing;a=Relatives]] from
Mueda district remain unaccounted for. The Red Cross said it had registered [[1,240 tracing
requests|missing;a=The Red Cross;u=other;n=requests]] in the province.
""",
)

item(
    "Nearly a million face hunger in northern Mozambique, IPC analysis says",
    """
[[About 940,000 people|civilians;a=an analysis]] in Cabo Delgado, Niassa and Nampula face crisis
levels of hunger or worse ({{IPC Phase 3}} or above) between {{October 2025 and March 2026}},
according to an analysis released on {{Thursday}}. Of those, [[some 190,000|civilians;a=the
analysis;n=-]] are in emergency ({{IPC Phase 4}}), the analysis said. The number could rise to [[1.1
million|civilians;p;a=the analysis;n=-]] in the lean season if the rains fail, it said. [[About
46,000 children|civilians;a=UNICEF]] under {{five}} are acutely malnourished, UNICEF estimates. Aid
agencies plan to reach [[620,000 people|aid;p;a=Aid agencies]] with food assistance, but had funds
for fewer than half of them by {{December}}. In Cabo Delgado alone, [[about 580,000
people|civilians;a=the analysis]] are in crisis or worse, the analysis said. Fighting and
displacement have kept farmers from their fields for {{eight years}}.
""",
)

item(
    "UNICEF: conflict has closed or destroyed schools across Cabo Delgado",
    """
[[More than 400 schools|other;a=UNICEF]] in Cabo Delgado have been closed or destroyed since the
conflict began, UNICEF said on {{Friday}}, leaving [[over 120,000 children|other;a=UNICEF]] out of
school. [[About 180 of them|housing;a=the agency;alt=UNICEF;n=-;u=structure]] were burned or damaged
beyond use, the agency said. UNICEF has set up [[350 temporary learning
spaces|aid;a=UNICEF;u=other]] and trained [[1,800 teachers|other;a=UNICEF]] in the province. The
provincial education directorate said [[92 schools|other;a=The provincial education directorate]]
had reopened in Mocímboa da Praia, Palma and Muidumbe in {{2024}}, and that [[60 more|other;p;a=The
provincial education directorate;n=-;u=structure]] would reopen by {{2026}}.
""",
)

item(
    "WHO says health facilities destroyed in northern Mozambique",
    """
[[At least 36 health facilities|housing;a=the World Health Organization]] in Cabo Delgado have been
destroyed since {{2017}}, and [[another 51|other;a=the World Health Organization;n=-;u=structure]]
are not functioning, the World Health Organization said. The agency recorded [[18
attacks|other;a=The agency;alt=the World Health Organization;u=other]] on health care in {{2023}},
in which [[five health workers|killed;a=The agency;alt=the World Health Organization]] were killed
and [[three|kidnapped;n=-;a=The agency;alt=the World Health Organization]] abducted. Mobile clinics
run by MSF and the health ministry reach [[about 25,000 people a month|aid;a=the World Health
Organization]] in districts without a functioning facility, it said. The health directorate said it
planned to rebuild [[20 health centres|housing;p;a=The health directorate]] by {{2027}}.
""",
)

item(
    "Cyclone Chido tears through displacement sites in Cabo Delgado",
    """
Cyclone Chido killed [[at least 34 people|killed;a=the National Institute for Disaster Risk
Management and Reduction]] in Cabo Delgado and injured [[more than 300|injured;a=the National
Institute for Disaster Risk Management and Reduction;n=-]] when it made landfall near Mecúfi on {{15
December 2024}} with winds of {{up to 260 km/h}}, the National Institute for Disaster Risk
Management and Reduction said. The storm damaged or destroyed [[about 35,000 houses|housing;a=the
institute;alt=the National Institute for Disaster Risk Management and Reduction]], the institute
said, and hit [[nine displacement sites|other;a=the institute;alt=the National Institute for
Disaster Risk Management and Reduction]] in Metuge and Chiúre. IOM said [[some 2,000
shelters|housing;a=IOM]] in the sites were flattened, leaving [[around 11,000 displaced
people|displaced;a=IOM]] without cover for the {{second}} time. Aid agencies flew in [[1,500
tarpaulins|aid;a=Aid agencies]].
""",
)

item(
    "Humanitarian plan for northern Mozambique seeks funds for 2025",
    """
The UN and its partners appealed for {{$352 million}} to help [[1.3 million people|civilians;a=The
UN and its partners]] in need in northern Mozambique in {{2025}}, the UN's humanitarian office said.
The plan aims to reach [[about 850,000|aid;p;a=the UN's humanitarian office;n=-]] of them, it said.
[[Some 360,000 returnees|returned;a=the office;alt=the UN's humanitarian office]] will need help
rebuilding homes and farms, the office said. The plan counts [[610,000 children|civilians;a=The
plan]] among those in need. Humanitarian access remains difficult in [[five districts|other;a=the
office;alt=the UN's humanitarian office]], where [[at least 11 aid convoys|aid;a=the office;alt=the
UN's humanitarian office]] were turned back in {{2024}}, the office said. The {{2024}} appeal was
{{42%}} funded.
""",
)

item(
    "Aid workers killed in ambush on Mocímboa road",
    """
[[Two aid workers|killed;a=the NGO they worked for]] were killed and [[three|injured;a=the NGO they
worked for;n=-]] wounded when insurgents ambushed their vehicle on the road between Mocímboa da
Praia and Mueda on {{Tuesday}}, the NGO they worked for said. Police said [[four
civilians|killed;a=Police]] travelling in a truck behind them also died. The UN's humanitarian
office said the attack was the {{third}} on aid workers in the province this year, and that [[42
staff|displaced;a=The UN's humanitarian office;n=staff]] had been relocated to Pemba by agencies
that suspended work in the district. [[At least 16,000 people|aid;a=the office;alt=The UN's
humanitarian office]] would go without food distributions in {{November}}, the office said. The
insurgents also seized a truck carrying [[12 tonnes|aid]] of seed.
""",
)

item(
    "Families search for relatives missing since Palma attack",
    """
Families in Pemba are still searching for [[hundreds of relatives|missing;a=the Red Cross]] missing
since the insurgent attack on Palma in {{March 2021}}, the Red Cross said. The organisation has
received [[over 1,100 requests|missing;a=The organisation;alt=the Red Cross;u=other]] to trace
people from the Palma area and has reunited [[470 families|other;a=The organisation;alt=the Red
Cross]], it said. Fatima Momade, {{38}}, said [[her two sons|missing;a=Fatima Momade]] had not been
seen since they ran from the town's market. A list compiled by the district's council of elders has
[[312 names|missing;a=A list compiled by the district's council of elders;u=other]]. Officials say
[[at least 1,140 people|killed;a=Officials]] died in and around Palma between {{March and June
2021}}, a toll the government has never confirmed.
""",
)

item(
    "Bishop of Pemba recalls a decade of war at Christmas Mass",
    """
The bishop of Pemba used his Christmas homily on {{25 December 2025}} to recall the {{eight years}}
since the first attacks in Mocímboa da Praia on {{5 October 2017}}. The bishop, {{61}}, who was
appointed in {{2022}}, said {{2025}} had been "a year of silent suffering". He spoke for {{about 40
minutes}} at the cathedral, which was built in the {{1950s}}. The diocese marks its {{68th}}
anniversary next year. Mozambique celebrates {{50 years}} of independence from Portugal, won on {{25
June 1975}}.
""",
)

item(
    "Charity appeal for Cabo Delgado falls short",
    """
A fundraising appeal launched by Mozambican and Portuguese charities for Cabo Delgado raised {{€1.8
million}} by {{31 March}}, {{about 60%}} of its target of {{€3 million}}, the organisers said. The
appeal opened on {{1 December}} with a concert in Lisbon that lasted {{three hours}}. Organisers
said {{70 percent}} of the money would go to food and {{20 percent}} to schooling, with the rest for
administration. Donations averaged {{€25}}. The {{2024}} edition raised {{€2.1 million}}. A
{{second}} concert is planned for {{June 2026}}.
""",
)
