"""dev427 items: Michoacán (Aguililla, Tierra Caliente, Tepalcatepec, Ostula) and Guerrero (the
sierra, Tierra Caliente, Chilpancingo), 2019-2025."""

from _wrap import item

item(
    "Aguililla cut off as cartel siege drags into third month",
    """
Residents of Aguililla, in Michoacán's Tierra Caliente, said the town's [[roughly 16,000
people|civilians;a=Residents of Aguililla]] had been cut off for {{more than two months}} by the
Jalisco New Generation Cartel, which has dug trenches across the roads and burned bridges to keep
out its rivals. Villagers in the surrounding hills reported [[at least 40 drone
attacks|other;u=other;a=Villagers in the surrounding hills]] since {{February}}, some of them on
homes. The army has flown [[11 tonnes|aid;a=the Defence Ministry]] of food and medicine into the
town by helicopter, the Defence Ministry said on {{April 20, 2021}}. The ministry said [[700
soldiers|combatants;a=The ministry;alt=Defence Ministry]] were now posted in the region.  Bishop
Cristóbal Ascencio of Apatzingán said [[between 2,000 and 2,500 people|displaced;a=Bishop
Cristóbal Ascencio of Apatzingán]] from Aguililla and Coalcomán had left for Tijuana and Ciudad
Juárez to seek asylum in the United States. [[Two soldiers|injured]] were wounded on Sunday when
their convoy came under fire on the road to El Aguaje.
""",
)

item(
    "Cartel landmines kill eight soldiers in Michoacán",
    """
[[Eight soldiers|killed;a=the Defence Ministry]] were killed on {{May 27, 2025}} when their
armoured vehicle ran over an improvised explosive device buried in a dirt road near Los Reyes, in
western Michoacán, the Defence Ministry said. [[Two others|injured]] were taken to hospital in
Uruapan. The ministry said [[more than 180 landmines|other;u=other;a=The ministry;alt=Defence
Ministry]] had been found and destroyed in the Tierra Caliente since {{January}}, most of them
planted by the Jalisco New Generation Cartel to keep rival groups and troops out of its
territory. According to an AFP tally, [[at least 22 soldiers|killed;a=an AFP tally]] have died in
mine blasts in Michoacán since {{2022}}. Residents of the hamlets of El Bejuco and El Alcalde,
near Apatzingán, said [[200 to 250 families|displaced;a=Residents of the hamlets of El Bejuco and
El Alcalde]] had left after cattle and farm workers were killed by mines. The Apatzingán diocese
said [[16 schools|other;a=The Apatzingán diocese]] in the area had closed. The state government
said it would send [[1,500 state police officers|combatants;p;a=The state government]] to guard
the roads.
""",
)

item(
    "'They drop bombs at night': Michoacán villagers flee the drone war",
    """
"They drop bombs at night, when the children are asleep," said Rosa, {{47}}, who left the hamlet
of El Alcalde with her family in {{March 2024}} and now lives in a rented room in Apatzingán. Hers
is one of [[about 40 families|displaced;a=the parish priest]] from the hamlet who have taken
refuge in the town, according to the parish priest, who asked that his name not be used. He said
he had sheltered [[around 120 people|displaced;a=the parish priest]] in the church hall for
{{several weeks}} last year. The state government says [[14 homes|housing;a=The state
government]] in the area have been destroyed by explosives dropped from drones since {{2023}}.
Villagers say the cartel sends [[dozens of drones a week|other;a=Villagers]] over the orchards
and hamlets. [[Two children|injured;a=their mother]] from the hamlet of La Bocanda were wounded
in {{January}}, their mother said. The army says it has brought down [[more than 90
drones|other;a=The army]] in Michoacán this year with jamming equipment.
""",
)

item(
    "Michoacán families fleeing cartels fill Tijuana shelters",
    """
[[More than 1,500 people|displaced;a=Tijuana's municipal migrant affairs office]] from Michoacán
and Guerrero arrived in Tijuana in {{July}} alone, Tijuana's municipal migrant affairs office
said, most of them families hoping to ask for asylum in the United States. The Juventud {{2000}}
shelter said it was housing [[about 300 people|displaced;a=The Juventud 2000 shelter]], {{nearly
half}} of them children, in a space built for [[120|capacity;a=The Juventud 2000 shelter]]. City
officials said [[14 shelters|capacity;a=City officials]] were full and that a sports centre would
be opened for [[up to 400 people|capacity;p;a=City officials]]. Many of the new arrivals said they
had fled Aguililla, Coalcomán and Tepalcatepec, where the Jalisco New Generation Cartel and its
rivals have fought for control since {{2019}}. "They killed my brother and burned our store,"
said a man from Aguililla, {{38}}, who was travelling with his wife and children. US authorities
sent back [[about 2,200 Mexicans|returned;a=Customs and Border Protection data]] who had crossed
at Tijuana in the same month, according to Customs and Border Protection data.
""",
)

item(
    "Guerrero sierra families flee to Chilpancingo as armed groups trade drone strikes",
    """
[[Some 1,200 people|displaced;a=the Guerrero state government]] from the mountain municipality
of Heliodoro Castillo have arrived in Chilpancingo since {{late November}}, the Guerrero state
government said, fleeing fighting between La Familia Michoacana and Los Tlacos. [[Seven
villages|displaced;a=the Catholic diocese of Chilpancingo-Chilapa]] around Tlacotepec have been
emptied, according to the Catholic diocese of Chilpancingo-Chilapa. Los Tlacos accuse La Familia
Michoacana of dropping explosives from [[more than 50 drones|other;a=Los Tlacos]] on their
communities. State prosecutors said [[four people|killed;a=State prosecutors]], including a
woman, were killed in the attacks and [[nine|injured;a=State prosecutors]] wounded. The displaced
are staying with relatives or in a sports centre in Chilpancingo that now holds [[430
people|displaced]]. The state family welfare agency said it had delivered [[2,000
mattresses|aid;a=The state family welfare agency]] and [[6,500 food parcels|aid;a=The state
family welfare agency]]. Governor Evelyn Salgado said [[1,000 soldiers and National Guard
members|combatants;n=soldiers and National Guard members;a=Governor Evelyn Salgado]] had been sent
to the sierra so that families could return.
""",
)

item(
    "Mayor among 20 killed in gun attack on Guerrero town hall",
    """
Gunmen killed [[20 people|killed;a=Guerrero's state prosecutor]], including the mayor of San
Miguel Totolapan and his father, a former mayor, in an attack on the town hall on {{October 5,
2022}}, Guerrero's state prosecutor said. [[At least two people|injured;a=Guerrero's state
prosecutor]] were wounded, he said. Residents said [[some 500 people|displaced;a=Residents]] fled
the municipal seat for Ciudad Altamirano in the following days, fearing another attack by La
Familia Michoacana. The Defence Ministry said [[about 200 soldiers|combatants;a=The Defence
Ministry]] and [[120 National Guard members|combatants;a=The Defence Ministry]] had been sent to
the town. Investigators counted [[more than 1,000 bullet casings|other;u=other;a=Investigators]]
in and around the building. By {{December}}, [[nine suspects|arrested]] had been detained, among
them a local police commander.
""",
)

item(
    "Nahua families return to their village after a year in exile",
    """
[[Eighty-six families|returned;a=the state government]], [[about 370 people|returned;a=the state
government]] in all, went back to the Nahua village of Tlaltempanapa, in the Guerrero
municipality of Zitlala, on Saturday, escorted by [[120 National Guard members|combatants;a=the
state government]], the state government said. The families had fled in {{January 2024}} after
gunmen blamed on the Los Ardillos group attacked the village, killing [[four men|killed]]. The
state government said it had rebuilt or repaired [[32 homes|housing;a=The state government]] and
reopened the village school. Relatives say [[at least 11 people|missing;a=Relatives]] from the
area are still missing, among them [[two girls|missing;a=Relatives]]. [[A further 40
families|displaced]] are still living in Chilapa and say they will not go back until the gunmen
are arrested.
""",
)

item(
    "Centro Prodh warns of 'silent exodus' from Guerrero's mountains",
    """
[[At least 5,800 people|displaced;a=the Centro Prodh human rights group]] have been forced from
their homes in Guerrero since {{2021}}, mostly in the Sierra and the Tierra Caliente, the Centro
Prodh human rights group said in a report published on Wednesday. The Jesuit-founded group said
it had documented [[91 killings|killed;a=The Jesuit-founded group;alt=Centro Prodh]] and the
disappearance of [[34 people|missing;a=The Jesuit-founded group;alt=Centro Prodh]] linked to the
displacement, and that [[1,700 families|displaced;a=The Jesuit-founded group;alt=Centro Prodh]]
had fled more than once. It said the state had registered only [[about 600|displaced;a=Centro
Prodh]] of the displaced, leaving [[an estimated 5,000|displaced;a=Centro Prodh]] without any
help. The state government said it had housed [[1,100 people|displaced;a=The state government]]
in [[three shelters|capacity;a=The state government]] in Chilpancingo and Iguala since {{2023}}.
""",
)

item(
    "Tepalcatepec self-defence groups say they hold the line against the CJNG",
    """
A leader of the self-defence groups that guard Tepalcatepec, on Michoacán's border with Jalisco,
said [[about 2,000 armed men|combatants;a=A leader of the self-defence groups]] kept watch over
the town's approaches, in an interview in {{2020}}. He said the groups had lost [[six
men|killed;a=A leader of the self-defence groups]] in a Jalisco cartel attack in {{June}}, and
that [[14 homes|housing;a=A leader of the self-defence groups]] had been burned in the hamlet of
El Bejuco. The groups say [[3,000 to 3,500 people|displaced;a=The groups]] from ranches near the
state line have moved into the town. Mexico's Defence Ministry said it had [[1,000
troops|combatants;a=Mexico's Defence Ministry]] in the municipality and had detained [[23
self-defence members|arrested;a=Mexico's Defence Ministry]] for carrying weapons reserved for
the army.
""",
)

item(
    "Ostula community guard says drone attacks forced 180 families out",
    """
The community guard of Santa María Ostula, a Nahua community on Michoacán's Pacific coast, said
on Tuesday that [[180 families|displaced;a=The community guard of Santa María Ostula]] had left
the hamlets of El Duin and Palos Verdes after months of attacks by the Jalisco New Generation
Cartel. [[Three community guards|killed;a=the guard;alt=The community guard of Santa María
Ostula]] have been killed and [[nine|injured;a=the guard;alt=The community guard of Santa María
Ostula]] wounded since {{June}}, the guard said. The community's assembly said [[28
homes|housing;a=The community's assembly]] had been burned and that guards had recovered [[several hundred explosive devices|other;a=The community's assembly]] dropped from drones or left on the
roads. The CNDH said [[about 1,000 residents|civilians;a=The CNDH]] of the coastal hamlets were at
risk and asked the federal government to protect them.
""",
)

item(
    "Protesters free officials after Chilpancingo highway clash",
    """
Protesters who stormed the Guerrero state congress in Chilpancingo on {{July 10, 2023}} freed
[[10 state officials and guardsmen|kidnapped;n=state officials and guardsmen;a=the state
government]] they had held overnight, the state government said. [[Thousands of
protesters|other]], many of them from villages around Chilpancingo, had blocked the Highway of the
Sun for {{two days}} to demand the release of [[two leaders|arrested]] of a local transport group.
The Security Ministry said [[13 National Guard members|injured;a=The Security Ministry]] were hurt
and that protesters had seized [[two armoured vehicles|other;a=The Security Ministry]]. Officials
said [[about 2,000 police and soldiers|combatants;n=police and soldiers;a=Officials]] had been
deployed in the city. State authorities have linked the protest to the Los Ardillos criminal
group.
""",
)

item(
    "Sheinbaum sends more than 10,000 troops to Michoacán under new plan",
    """
President Claudia Sheinbaum said on {{November 9, 2025}} that [[about 10,500 soldiers and National
Guard members|combatants;n=soldiers and National Guard members;p;a=President Claudia Sheinbaum]]
would be deployed in Michoacán under a plan announced after the killing of Uruapan mayor Carlos
Manzo, {{40}}, a week earlier. The plan has a budget of {{57 billion pesos}}. Security Secretary
Omar García Harfuch said [[more than 200 suspects|arrested;a=Security Secretary Omar García
Harfuch]] had been detained in the state in the plan's {{first three weeks}} and [[43 drug
laboratories|other;u=other;a=Security Secretary Omar García Harfuch]] dismantled. Michoacán's
prosecutor's office said [[1,108 people|killed;a=Michoacán's prosecutor's office]] had been
murdered in the state so far in {{2025}}. UNHCR estimates that [[some 20,000
people|displaced;a=UNHCR]] have been displaced within Michoacán since {{2019}}. The government
plans to add [[2,000 National Guard members|combatants;p;a=The government]] in the state in
{{2026}}.
""",
)

item(
    "Teachers flee Guerrero's Tierra Caliente, leaving 140 schools shut",
    """
Guerrero's education ministry said on Monday that [[140 schools|other;a=Guerrero's education
ministry]] in the Tierra Caliente had closed since the start of the school year, leaving [[about
6,800 pupils|civilians;a=Guerrero's education ministry]] without classes. Teachers' union leaders
said [[320 teachers|displaced;a=Teachers' union leaders]] had fled the region or asked to be moved
after receiving threats or being ordered to pay extortion fees of up to {{3,000 pesos}} a month. [[Two
teachers|kidnapped]] were abducted in Coyuca de Catalán in {{March}} and released {{a week}}
later. The union said [[at least five|killed;a=The union]] had been killed in the region since
{{2021}}. The ministry aims to reopen [[up to 60 schools|other;p;a=The ministry;alt=Guerrero's
education ministry]] with online classes by {{January}}.
""",
)

item(
    "A year after the siege, Aguililla's displaced trickle home",
    """
[[About 900 residents|returned;a=the municipal government]] have returned to Aguililla since the
army reopened the highway to Apatzingán in {{May 2022}}, the municipal government said, but [[some
4,000|displaced;a=the municipal government]] are still living elsewhere in Michoacán, in Tijuana
or in the United States. Town officials said [[60 homes|housing;a=Town officials]] had been
damaged by drones and gunfire during the siege and that [[25|housing;u=structure;a=Town officials]] had been
rebuilt. The federal welfare ministry said it had delivered [[1,200 food baskets|aid;a=The
federal welfare ministry]] to returning families. [[Some 400 soldiers|combatants]] remain in the
municipality, and the road is open only from {{7 a.m.}} to {{6 p.m.}} "We came back because our
land is here," said a cattle farmer, {{66}}.
""",
)

item(
    "CNDH says it logged 34 mass displacement events in Guerrero and Michoacán",
    """
Mexico's National Human Rights Commission (CNDH) said on Thursday it had recorded [[34
episodes|other;u=other;a=Mexico's National Human Rights Commission (CNDH)]] of mass forced
displacement in Guerrero and Michoacán in {{2024}}, affecting [[about 11,300
people|displaced;a=Mexico's National Human Rights Commission (CNDH)]]. The largest, in Heliodoro
Castillo in {{December}}, uprooted [[some 2,400 people|displaced;a=the commission;alt=Mexico's
National Human Rights Commission (CNDH)]], the commission said. It said only {{18%}} of displaced
households had received government help. The commission said [[at least 47
people|killed;a=The commission;alt=Mexico's National Human Rights Commission (CNDH)]] had been
killed during the events. It urged the federal government to build [[four shelters|capacity;p]]
in Guerrero and Michoacán with space for [[1,000 people|capacity;p]].
""",
)

item(
    "US resumes avocado inspections in Michoacán after security review",
    """
The US Department of Agriculture said on {{June 21, 2024}} it would gradually resume avocado and
mango inspections in Michoacán, {{a week}} after suspending them following an attack on its
inspectors in Paracho. Michoacán supplies about {{80%}} of the avocados eaten in the United
States, a trade worth some {{$3 billion}} a year. Exporters said the suspension had cost them
about {{$100 million}} a week. Inspections were last halted in {{February 2022}} for {{eight
days}}. Wholesale prices at the Uruapan market rose {{12%}} in {{five days}}.
""",
)

item(
    "Judge jails former Zitlala police chief for 45 years over disappearance",
    """
A federal judge in Chilpancingo on Friday sentenced a former police chief of Zitlala, in Guerrero,
to {{45 years}} in prison for the forced disappearance of a teacher in {{2019}}, the Attorney
General's Office said. The defendant, {{58}}, was arrested in {{October 2021}} in Puebla. The
court also ordered him to pay {{1.2 million pesos}} in reparations to the teacher's family. It is
the {{third}} conviction under the General Law on Disappearances in Guerrero since the law took
effect in {{January 2018}}. Under {{Article 34}} of the law, the sentence could have reached {{60
years}}.
""",
)
