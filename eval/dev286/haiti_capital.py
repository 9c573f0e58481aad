"""Port-au-Prince and its neighbourhoods overrun, the Artibonite and the Centre: attacks,
massacres, tolls and the flight they cause, 2021-2026."""

from _wrap import item

item(
    "Gangs push into Solino as residents flee toward Delmas",
    """Gunmen of the Viv Ansanm coalition stormed the Solino neighbourhood of Port-au-Prince
    on the night of {{November 11}}, setting fire to houses and forcing [[thousands of
    residents|displaced;a=witnesses]] to flee toward Delmas and Nazon, witnesses said. The
    International Organization for Migration said [[4,238 people|displaced;a=The International
    Organization for Migration]] had been registered as newly displaced in the {{three days}}
    that followed, most of them crowding into [[five schools|capacity;a=The International
    Organization for Migration]] and a Baptist church compound. [[At least 11 people|killed;a=the
    National Human Rights Defense Network (RNDDH)]] were shot dead, among them a pastor and a
    {{62-year-old}} street vendor, the National Human Rights Defense Network (RNDDH) said. The
    group said [[about 40 houses|housing;a=The group;alt=the National Human Rights Defense
    Network (RNDDH)]] on Rue Saint-Martin had been torched. Police said [[three officers|injured;a=Police]]
    were wounded when an armoured vehicle came under fire near the Solino market. "We left with
    nothing, not even our shoes," said Marie-Ange, who slept with [[her four children|displaced;n=children]]
    on a classroom floor. Aid workers said [[some 600 families|displaced;a=Aid workers]] were
    still out in the open by the end of the week.""",
)

item(
    "Carrefour-Feuilles emptied after Grand Ravine gang assault",
    """Residents of Carrefour-Feuilles, a hillside district of the capital, fled in their
    [[thousands|displaced;a=the UN]] this week after the Grand Ravine gang attacked from the south, the UN said on
    {{Thursday}}. The Office for the Coordination of Humanitarian Affairs (OCHA) said
    [[nearly 10,000 people|displaced;a=The Office for the Coordination of Humanitarian Affairs (OCHA)]]
    had left their homes since {{August 14}}, and that [[more than 5,000|displaced;a=The Office
    for the Coordination of Humanitarian Affairs (OCHA)]] of them were sleeping in [[three
    makeshift sites|capacity;a=The Office for the Coordination of Humanitarian Affairs (OCHA)]],
    including the Lycée Marie-Jeanne and a sports centre. [[At least 30 people|killed]] have
    been killed in the fighting. The local police station was abandoned after [[two
    officers|killed;a=the police union SPNH-17]] died in an ambush, the police union {{SPNH-17}} said.
    {{SPNH-17}} said the commissariat had only [[12 officers|combatants;a=SPNH-17]] on duty when
    the attack began. The agency said [[another 2,000 people|displaced;a=The agency;alt=The Office for the
    Coordination of Humanitarian Affairs (OCHA);p]] could be forced out if the gang reached the
    Fort-National crossroads. [[Some 150 houses|housing;a=residents]] were burned, residents said.""",
)

item(
    "UN says 184 killed in Cité Soleil massacre ordered by gang chief",
    """[[At least 184 people|killed;a=the United Nations]] were killed in Wharf Jérémie, a seaside corner of Cité Soleil, over
    a weekend in early December, after a gang leader blamed the illness of his son on
    witchcraft, the United Nations said. The UN Integrated Office in Haiti (BINUH) said
    [[at least 127 of the victims|killed;a=The UN Integrated Office in Haiti (BINUH);n=victims]]
    were men and women {{over the age of 60}}, dragged from their homes and killed with
    machetes and guns. The National Human Rights Defense Network put the toll higher, at
    [[207|killed;a=The National Human Rights Defense Network]], and said [[dozens of
    bodies|killed;a=The National Human Rights Defense Network]] were burned or thrown into the
    sea. "These are people who had survived everything," said one resident who escaped by boat
    with [[six relatives|displaced]]. The rights group said [[at least 20|missing;a=The rights
    group;alt=The National Human Rights Defense Network]] people were still unaccounted for.
    BINUH said [[about 300 residents|displaced;a=BINUH]] had fled to Pont-Rouge and La Saline in
    the {{48 hours}} after the killings. Police have made no arrests.""",
)

item(
    "Pont-Sondé attack leaves 115 dead and thousands displaced",
    """Members of the Gran Grif gang opened fire on residents of Pont-Sondé, a town in the
    Artibonite valley, before dawn on {{October 3}}, killing [[at least 115 people|killed;a=the
    UN human rights office]], the UN human rights office said. Among the dead were [[10
    women|killed;a=the UN human rights office]] and [[three infants|killed;a=the UN human rights office]], it said. The
    International Organization for Migration said [[6,270 people|displaced;a=The International
    Organization for Migration]] had fled to Saint-Marc, where [[about 5,000|displaced;a=The
    International Organization for Migration]] were staying with host families. Gunmen also set
    fire to [[45 houses|housing]] and [[34 vehicles|other]], according to local officials.
    [[Sixteen people|injured;a=the Saint-Nicolas hospital]] were treated for gunshot wounds at
    the Saint-Nicolas hospital in Saint-Marc, the hospital said. Gran Grif, led by Luckson
    Elan, is estimated to have [[between 200 and 300 members|combatants;a=analysts]], analysts
    say.""",
)

item(
    "Mirebalais falls to gangs who free 529 inmates",
    """Gangs of the Viv Ansanm coalition took control of Mirebalais, in the Centre department, in
    an attack on the morning of {{March 31}}, freeing [[529 inmates|other;a=the prison
    administration]] from the town's civil prison, the prison administration said. [[At least ten
    people|killed;a=witnesses]] were killed, including [[two police officers|killed;a=witnesses]], witnesses
    told Reuters. The IOM said [[more than 6,000 people|displaced;a=The IOM]] had fled Mirebalais
    and nearby Saut-d'Eau within {{two days}}, many walking toward Hinche. [[Around 40 homes|housing]] were set alight on the road to Lascahobas. It said [[roughly 1,300
    people|displaced;a=The IOM]] were sleeping in [[four schools|capacity;a=The IOM]] in Hinche. The
    gangs burned the police commissariat and looted the town's hospital, where [[about 30
    patients|civilians;a=nurses]] were trapped for hours, nurses said. Police said [[14
    officers|combatants;a=Police]] had been sent from Port-au-Prince by helicopter to retake the town.""",
)

item(
    "Kenscoff residents flee as gangs move up the mountain",
    """Gang attacks on the mountain commune of Kenscoff, above Pétion-Ville, have displaced
    [[more than 3,100 people|displaced;a=the mayor's office]] since late January, the mayor's office
    said, as armed groups sought a route toward the southeast. [[At least 52 people|killed;a=the
    Haitian National Police]] have been killed in the commune, among them [[a dozen farmers|killed;a=the
    Haitian National Police]] shot in their fields, the Haitian National Police said in a statement.
    Local officials said [[some 200 homes|housing;a=Local officials]] had been burned in Furcy,
    Belot and Godet. [[About 800 students|other;a=school directors]] have stopped attending school,
    school directors said, after [[11 schools|other;a=school directors]] closed. Residents said
    a self-defence brigade of [[about 60 young men|combatants;a=Residents]] had been guarding the
    road at Laboule since the police post was abandoned.""",
)

item(
    "Cité Soleil clashes kill hundreds in ten days, UN says",
    """Fighting between the {{G9}} federation and the rival G-Pèp alliance in Cité Soleil killed
    [[at least 234 people|killed;a=the United Nations]] in {{ten days}} in {{July}}, the United Nations
    said, in one of the worst episodes of gang violence in the capital. The UN Integrated Office
    in Haiti said [[209 people|killed;a=The UN Integrated Office in Haiti]] died of gunshot or
    machete wounds and that [[254 others|injured;a=The UN Integrated Office in Haiti]] were
    wounded. Médecins Sans Frontières said its Drouillard hospital treated [[more than 100
    people|injured;a=Médecins Sans Frontières]] in {{a week}}. [[At least 12 people|missing;a=rights
    groups]] were reported missing, rights groups said, and [[some 3,000 residents|displaced;a=rights
    groups]] fled to Pont-Rouge. The water point that serves [[about
    250,000 residents|civilians;a=the UN office;alt=The UN Integrated Office in Haiti]] was cut off for {{nine
    days}}, the UN office added.""",
)

item(
    "Martissant fighting cuts southern road, 15,000 flee",
    """Armed clashes in Martissant since {{June 1}} have driven [[about 15,000 people|displaced;a=Civil
    Protection]] from their homes, Civil Protection said, and cut the only road linking the
    capital to the southern peninsula. [[Some 2,000|displaced;a=Civil Protection]] are sheltering
    in a sports centre in Carrefour, it said. Médecins Sans Frontières said it had evacuated its
    emergency centre in Martissant, where it had treated [[more than 1,000 patients|injured;a=Médecins
    Sans Frontières]] for gunshot wounds since {{2021}}. Residents said [[at least 17 bodies|killed;a=Residents]]
    lay along the Grand-Rue. A driver of the Transport Union said [[some 40 trucks|other;a=A
    driver of the Transport Union]] carrying food to Les Cayes were stranded at Fontamara. [[Between
    300 and 400 homes|housing;a=Civil Protection]] were burned or abandoned, Civil Protection estimated.""",
)

item(
    "Gangs burn police station in Delmas, free suspects",
    """Gunmen attacked a police sub-station on {{Delmas 30}} on {{Friday}} afternoon, freeing
    [[eight suspects|other;a=a police source]] held in its cells and burning [[six patrol vehicles|other;a=a
    police source]], a police source said. [[Two officers|injured;a=the Haitian National Police]] were
    wounded, the Haitian National Police confirmed, and [[one|missing;a=the Haitian National
    Police]] was missing. The attack was the {{fourth}} on a police building in Delmas this year.
    Residents of the streets around {{Delmas 30}} and {{Delmas 32}} said [[hundreds of families|displaced;a=Residents]]
    had left during the night. Police spokesman Garry Desrosiers said [[more than 250 officers|combatants;a=Police
    spokesman Garry Desrosiers]] had been deployed to the area by {{Saturday}}.""",
)

item(
    "UN counts 5,601 killed in Haiti's gang violence in 2024",
    """[[At least 5,601 people|killed;a=the UN human rights office]] were killed in gang-related
    violence in Haiti in {{2024}}, a sharp rise on the year before, the UN
    human rights office said on {{Tuesday}}. Another [[2,212 people|injured;a=the UN human rights office]]
    were injured and [[1,494|kidnapped;a=the UN human rights office]] were kidnapped, it said. The office
    said [[315|killed;a=The office;alt=the UN human rights office]] of those killed were lynched by
    self-defence groups or mobs, and that police operations accounted for [[about 2,150
    deaths|killed;a=The office;alt=the UN human rights office]]. "These figures alone cannot capture
    the horrors perpetrated in Haiti," the high commissioner, Volker Türk, said. The office said
    the violence had displaced [[more than 700,000 people|displaced;a=The office;alt=the UN human
    rights office]] across the country, {{over half}} of them children.""",
)

item(
    "Timeline: how Haiti's capital fell to the gangs",
    """{{July 7, 2021}}: President Jovenel Moïse is assassinated in his bedroom in Pèlerin. {{October
    2022}}: Prime Minister Ariel Henry asks for an international force after the {{G9}} blockades
    the Varreux fuel terminal for {{eight weeks}}. {{October 2, 2023}}: The Security Council
    adopts {{Resolution 2699}}, authorising a Kenyan-led mission. {{February 29, 2024}}:
    Coordinated attacks begin while Henry is abroad; the airport shuts for nearly {{three
    months}}. {{April 25, 2024}}: A transitional presidential council is sworn in. {{June 25,
    2024}}: The first Kenyan officers land. {{September 30, 2025}}: The council votes {{12 to 0}}
    with {{three}} abstentions for a gang suppression force under {{Resolution 2793}}.""",
)

item(
    "Gangs take Croix-des-Bouquets roads; hundreds trapped in Santo",
    """The {{400 Mawozo}} gang has sealed off the Santo area of Croix-des-Bouquets, trapping
    [[hundreds of residents|civilians;a=a local councillor]], a local councillor said on {{Monday}}.
    The gang, named with the number {{400}}, has controlled the road to the Dominican border at
    Malpasse since {{2021}}. OCHA said [[about 18,000 people|displaced;a=OCHA]] had fled the
    commune this year, [[4,500|displaced;a=OCHA]] of them in {{May}} alone. The agency said
    [[three displacement sites|capacity;a=The agency;alt=OCHA]] in Tabarre were holding [[roughly 2,700
    people|displaced;a=The agency;alt=OCHA]]. [[Seven farmers|kidnapped;a=relatives]] were abducted from
    their fields last week, relatives said, and the gang is demanding {{$50,000}} for their release. [[About 25 police officers|combatants;a=the
    councillor]] are posted in the commune, the councillor said.""",
)

item(
    "Gangs attack Pétion-Ville's hillsides, killing 28",
    """Gunmen attacked Laboule and Thomassin, on the hills above Pétion-Ville, killing [[at least 28
    people|killed;a=Pétion-Ville's mayor Lucsonne Janvier]], Pétion-Ville's mayor Lucsonne Janvier said. Janvier said
    [[about 1,600 people|displaced;a=Janvier]] had taken refuge in [[two
    churches|capacity;a=Janvier]] and a
    primary school. [[Nine people|injured]] were taken to hospital. A self-defence group said it had
    killed [[four attackers|killed;a=A self-defence group]]. Police said [[two armoured
    vehicles|other;a=Police]] and [[about 100 officers|combatants;a=Police]] had been sent, backed by a
    drone unit. It was the {{second}} attack in {{a month}} on the wealthy suburb.""",
)

item(
    "Bel-Air and the downtown: a district emptied",
    """Downtown Port-au-Prince, once the seat of government, has been almost entirely abandoned,
    OCHA said in a note this week. [[Fewer than 5,000 residents|civilians;a=the agency;alt=OCHA]] remain in Bel-Air,
    where [[some 40,000|civilians;a=the agency;alt=OCHA]] lived before {{2022}}, the agency estimated. The
    note said [[more than 1,200 buildings|housing;a=The note]] in the historic centre had been damaged
    or burned since {{March 2024}}, among them the National School of Arts and [[two
    hospitals|housing;a=The note]]. [[Some 25 schools|other]] in the district have been closed. [[Two priests|kidnapped]] were seized near the cathedral ruins in {{May}}. "I sleep with my
    shoes on," said a {{71-year-old}} woman who has refused to leave her home on Rue des Césars. [[About 30 officers|combatants;a=police
    sources]] guard the perimeter of the National Palace, police sources said.""",
)

item(
    "Gunmen kill 20 in Tabarre, burn homes",
    """Armed men attacked the {{Tabarre 27}} and Tabarre Issa areas overnight, killing [[20
    people|killed;a=police]], police said on {{Sunday}}. Police said [[a further six|injured;a=Police]] were
    treated at the Bernard Mevs hospital. Residents said [[about 70 homes|housing;a=Residents]] were burned and
    that [[several hundred families|displaced;a=Residents]] had fled toward Clercine. [[Two
    children|missing;a=a neighbour]] were missing, a neighbour said. The IOM said it had begun registering the
    displaced at [[one new site|capacity;u=other;a=The IOM]] near the airport. Police said they had detained
    [[four suspects|arrested;a=Police]].""",
)

item(
    "Analysis: the economic cost of the gang war",
    """Haiti's economy has shrunk for a {{sixth}} straight year, the central bank said, with output
    falling by {{4.2%}} in fiscal year {{2024-2025}}. Inflation stood at {{27%}} in {{September}}. The
    gourde has lost {{over 40%}} of its value against the dollar since {{2021}}. Remittances,
    worth about {{$4.1 billion}} a year, now make up {{a fifth}} of the economy. Businesses on
    {{Route Nationale 1}} say each lorry crossing gang territory pays {{$200}} to {{$1,000}} in
    tolls. Economists at the University of Quisqueya expect no recovery before {{2027}}.""",
)

item(
    "Gangs seize Petite-Rivière district, 42 killed",
    """Gangs overran the Savien area of Petite-Rivière de l'Artibonite, killing [[at least 42
    people|killed;a=the Commission Episcopale Justice et Paix]], the Commission Episcopale Justice et
    Paix said on {{Wednesday}}. The Catholic commission said [[11 people|kidnapped;a=The Catholic
    commission]] had been abducted and [[at least 15|missing;a=The Catholic commission]] were missing.
    The IOM counted [[5,487 people|displaced;a=The IOM]] displaced toward Liancourt and Verrettes, and
    said {{61%}} of them were women and children. [[About 900 head of cattle|other;a=farmers]] were
    driven off by the gunmen, farmers said, and [[several dozen homes|housing]] were burned along
    the Artibonite river. Police have not returned to Savien since their post was overrun in
    {{2023}}.""",
)
