"""dev66 items: Haiti's gangs (2021-2025): massacres in Port-au-Prince and the Artibonite,
kidnappings, prison breaks, police killed, vigilante killings, homes burned.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Massacre in Wharf Jeremie leaves scores dead",
    "[[At least 184 people|killed;a=the United Nations]] were killed over the weekend of {{6 and 7 December}} in the Wharf Jérémie area of Cité Soleil, the United Nations said. "
    "According to the National Human Rights Defense Network, [[127 of the victims|killed;a=the National Human Rights Defense Network;n=victims]] were older people whom a gang leader accused of witchcraft after his son fell ill. "
    "Many of the bodies were burned in the street or thrown into the sea. "
    "[[About 1,200 people|displaced;a=IOM]] fled the area in the following days, IOM said.",
)

F(
    "Gran Grif gang kills residents of Pont-Sonde",
    "Gunmen from the Gran Grif gang killed [[at least 115 people|killed;a=the UN human rights office]] in the town of Pont-Sondé on {{3 October}}, the UN human rights office said, among them [[10 women|killed;a=the UN human rights office]] and [[three infants|killed;a=the UN human rights office]]. "
    "[[Sixteen people|injured]] were wounded by gunfire. "
    "The International Organization for Migration said [[more than 6,270 residents|displaced;a=The International Organization for Migration]] had fled to Saint-Marc and other towns, and that [[some 45 homes|housing;a=The International Organization for Migration]] and [[34 vehicles|other;a=The International Organization for Migration]] were set on fire.",
)

F(
    "UN tallies a year of gang killings in Haiti",
    "Gang violence killed [[5,601 people|killed;a=the UN human rights office]] across Haiti in {{2024}}, the UN human rights office said on {{Tuesday}}, while [[2,212 others|injured;a=the UN human rights office]] were injured and [[1,494|kidnapped;a=the UN human rights office]] were kidnapped. "
    "Of the dead, [[about 2,400|killed;a=the UN human rights office]] were killed in police operations against the gangs, it said, and [[more than 300|killed;a=the UN human rights office]] in lynchings by so-called self-defence groups. "
    "The homicide rate in the capital exceeded {{60 per 100,000 inhabitants}}.",
)

F(
    "Missionaries abducted east of the capital",
    "Members of the {{400 Mawozo}} gang abducted [[17 people|kidnapped;a=police]] linked to a US-based missionary group on {{Saturday}}, among them [[five children|kidnapped;a=police]], police said; the youngest is {{8 months old}}. "
    "The gang's leader demanded a ransom of {{$1 million}} for each of them. "
    "[[Two|kidnapped]] were released in {{November}}, and [[the remaining 12|kidnapped;a=the group]] escaped on foot {{a month}} later, the group said.",
)

F(
    "Police union counts officers killed",
    "Haiti's police union said [[22 officers|killed;a=Haiti's police union]] had been killed since {{1 January}}, [[four of them|killed;a=Haiti's police union;n=-]] in a single ambush in Liancourt on {{Thursday}}. "
    "The force has [[about 9,000 officers|combatants;a=the union;alt=Haiti's police union]] on active duty, according to the union. "
    "[[Between 200 and 300 officers|other;a=the union;alt=Haiti's police union]] leave the force each year, the union said.",
)

F(
    "Inmates flee National Penitentiary after gang assault",
    "[[About 3,700 inmates|other;a=officials]] escaped from the National Penitentiary in Port-au-Prince after gangs stormed it on {{2 March}}, officials said, and [[at least 12 people|killed;a=officials]] were killed in the attack. "
    "[[Only 98 prisoners|arrested]] remained inside on {{Sunday}}. "
    "The Croix-des-Bouquets prison was emptied the same night, with [[some 1,033 detainees|other]] on the run, among them members of the {{400 Mawozo}} gang.",
)

F(
    "Gangs overrun Mirebalais and free prisoners",
    "Armed men of the Viv Ansanm coalition attacked Mirebalais before dawn on {{31 March}} and freed [[529 inmates|other;a=the justice ministry]] from the town's prison, the justice ministry said. "
    "IOM said [[more than 5,900 people|displaced;a=IOM]] had fled the town in {{48 hours}}, many of them toward Saut-d'Eau and Hinche, along {{Route 2}}. "
    "The town's university hospital, which serves [[some 185,000 people|civilians]], stopped admitting patients.",
)

F(
    "Solino residents flee as houses burn",
    "Gang members set fire to [[more than 150 homes|housing;a=a local rights group]] in Solino and Nazon over {{three days}}, a local rights group said. "
    "[[Nearly 2,800 people|displaced;a=the IOM]] left the two neighbourhoods during the week, according to the IOM, and [[some 1,100|displaced]] of them were sleeping in a school in Delmas on {{Friday}}.",
)

F(
    "Crowd kills suspected gang members in Canape-Vert",
    "A crowd in the Canapé-Vert district stopped a minibus at a police checkpoint on {{Monday}} and beat and burned [[13 suspected gang members|killed;a=police]] to death, police said. "
    "BINUH later said vigilante groups had killed [[264 alleged gang members|killed;a=BINUH]] between {{24 April}} and {{30 September}}.",
)

F(
    "UN says gangs swelled with children",
    "Children now make up {{30 to 50%}} of the members of armed groups in Haiti, UNICEF said on {{Monday}}, warning that child recruitment rose by {{70%}} in {{a year}}. "
    "The agency said gangs had recruited [[at least 1,000 children|combatants;a=The agency;alt=UNICEF]] aged {{12 to 17}}, some as lookouts and some as fighters. "
    "The UN estimates that [[some 200 gangs|other;u=other;a=The UN]] operate in the country, [[about 20 of them|other;u=other;n=-;a=The UN]] in the capital.",
)

F(
    "American nurse and child taken in Port-au-Prince",
    "Gunmen abducted [[an American nurse|kidnapped;v=1;q=exact]] and [[her child|kidnapped;v=1;q=exact;n=child]] from the grounds of a charity hospital in Tabarre on {{Thursday}} morning, the charity said, the latest of [[more than 300 people|kidnapped;a=the UN]] kidnapped in the first half of the year, according to the UN. "
    "Both were released {{13 days}} later.",
)

F(
    "Police free kidnap victims in Delmas raid",
    "Police freed [[eight people|kidnapped;a=a spokesman]] held by kidnappers in a house in {{Delmas 75}} on {{Wednesday}}, a spokesman said, and arrested [[three suspects|arrested;a=a spokesman]]. "
    "[[Two officers|injured;a=a spokesman]] were wounded in the exchange of fire, he said. "
    "Relatives of one victim had paid a ransom of {{$25,000}}.",
)

F(
    "Kenscoff hit by wave of attacks",
    "[[At least 30 people|killed;a=the mayor's office]] have been killed in Kenscoff since the gangs began their push into the hills above the capital {{a week}} ago, the mayor's office said, including [[two police officers|killed;a=the mayor's office]]. "
    "[[More than 3,000 residents|displaced;a=the IOM]] have fled, the IOM said, and [[four schools|other]] have closed. "
    "[[Between 150 and 200 families|displaced;a=a priest]] are sheltering in [[two churches|capacity;u=structure;a=a priest]] in Pétion-Ville, a priest said.",
)

F(
    "Gunmen attack Carrefour-Feuilles",
    "Gangs attacked Carrefour-Feuilles on {{14 August}}, and [[dozens of residents|killed;a=rights groups]] were killed in the following days, rights groups said. "
    "By the end of the month [[about 5,000 people|displaced;a=OCHA]] had fled to schools, churches and a sports hall, OCHA said, and [[more than 20 houses|housing;a=OCHA]] had been torched.",
)

F(
    "Bodies found on Route Nationale after gang clash",
    "Police said they had recovered [[nine bodies|killed;a=Police]] along {{Route Nationale 1}} near Cabaret on {{Sunday}} after a clash between rival gangs. "
    "[[Two of the dead|killed;a=Police;n=dead]] were children, they said, and [[at least 40 families|displaced]] had left their homes overnight.",
)

F(
    "Haiti curfew extended in the West department",
    "Haiti's transitional government extended the state of emergency in the West department by {{one month}} on {{3 April 2024}}, keeping a curfew from {{6 p.m.}} to {{5 a.m.}} in force. "
    "The decree, published in the official gazette Le Moniteur, cites the attacks that began on {{29 February}} and invokes articles {{278}} and {{279}} of the constitution of {{1987}}.",
)

F(
    "Gunfight at Cite Soleil's wharf",
    "A gunfight between the {{G9}} coalition and G-Pèp in Cité Soleil in {{July 2022}} left [[at least 99 people|killed;a=the National Human Rights Defense Network]] dead and [[135 others|injured;a=the National Human Rights Defense Network]] wounded, the National Human Rights Defense Network said. "
    "Médecins Sans Frontières said its hospital treated [[more than 100 wounded|injured;a=Médecins Sans Frontières]] in {{eight days}}, {{a third}} of them women and children. "
    "[[Several dozen homes|housing]] were burned in the Brooklyn district, and [[a few thousand residents|displaced;a=local officials]] fled toward Delmas, local officials said.",
)

F(
    "Church and clinic burned in Bas-Delmas",
    "The Viv Ansanm coalition set fire to [[a church|housing;v=1;q=exact;u=structure]] and [[two clinics|housing;a=residents]] in Bas-Delmas on {{Saturday}}, residents said. "
    "[[About 150 people|displaced;a=Civil Protection]] who had taken refuge in the church fled again, according to Civil Protection.",
)

F(
    "Journalists shot at reopening of hospital",
    "Gunmen opened fire on reporters gathered for the reopening of the General Hospital in downtown Port-au-Prince on {{24 December}}, killing [[two journalists|killed;a=the interim health minister]] and [[a police officer|killed;v=1;q=exact;a=the interim health minister]], the interim health minister said. "
    "[[At least seven other journalists|injured;a=the press association]] were wounded, according to the press association.",
)

F(
    "Gang leader's men storm port town",
    "Gang members who arrived by boat attacked the coastal town of Arcahaie at {{2 a.m.}} on {{Tuesday}}, killing [[six fishermen|killed;a=the police]] and burning [[12 boats|other;a=the police]], the police said. "
    "The gang holds [[at least 23 people|kidnapped;a=families]] taken from a ferry on {{Route 1}} {{two weeks}} ago, families said.",
)

F(
    "Gangs push into the lower Artibonite",
    "[[Tens of thousands of people|displaced;a=OCHA]] have fled Petite-Rivière de l'Artibonite and Liancourt since {{October}}, OCHA said, as the Gran Grif gang attacked [[about 30 villages|other;a=OCHA]] along the river. "
    "Farmers said [[more than 500 head of cattle|other;n=head;u=other;a=Farmers]] had been stolen and rice fields left untended across {{2,000 hectares}}.",
)
