"""dev427 items: Sinaloa's war of 2024-2025 (Culiacán, Concordia, Tacuichamona), Zacatecas,
Chihuahua, Sonora and Jalisco, 2019-2025."""

from _wrap import item

item(
    "Culiacán's streets empty as cartel factions go to war",
    """
[[At least 137 people|killed;a=the Sinaloa state prosecutor's office]] have been killed and
[[163|missing;a=the Sinaloa state prosecutor's office]] reported missing in Sinaloa since
factions of the Sinaloa Cartel loyal to Ismael "El Mayo" Zambada and to the sons of Joaquín "El
Chapo" Guzmán turned on each other on {{September 9}}, the Sinaloa state prosecutor's office said
on {{October 7, 2024}}. The state education ministry said classes had been suspended at [[about
1,100 schools|other;a=The state education ministry]] in Culiacán and nearby towns. The Defence
Ministry has flown in [[1,100 more soldiers|combatants;a=the ministry;alt=Defence Ministry]],
among them special forces troops, bringing its strength in the state to [[about 5,000|combatants;a=the ministry;alt=Defence
Ministry]], the ministry said. In the farming village of Tacuichamona, south of Culiacán, [[about
150 families|displaced;a=residents]] left their homes after gunmen burned [[a dozen
houses|housing;a=residents]], residents said. The state security ministry said [[14
people|arrested;a=The state security ministry]] had been detained. Shops in the city centre now
close by {{6 p.m.}}
""",
)

item(
    "Mountain villages of Concordia empty as Sinaloa factions fight for the sierra",
    """
[[More than 2,000 people|displaced;a=Concordia's mayor]] have fled villages in the Sinaloa
municipality of Concordia since {{early January}}, Concordia's mayor said on {{January 21,
2025}}, as the two factions of the Sinaloa Cartel fight for the mountain road to Durango.
Residents of the villages said gunmen had burned [[at least 30 homes|housing;a=Residents of the
villages]] and stolen [[dozens of vehicles|other;a=Residents of the villages]]. Civil protection
officials said [[about 120 families|displaced;a=Civil protection officials]] were staying at a
sports centre in the town of Concordia and [[as many as 400 people|displaced;a=Civil protection
officials]] with relatives in Mazatlán. The state government said it had sent [[250 state police
and soldiers|combatants;n=state police and soldiers;a=The state government]] to escort families
back. [[Three men|missing;a=their relatives]] who went back to feed their cattle have not been
heard from since, their relatives said.
""",
)

item(
    "Sinaloa search group finds 22 bodies in graves outside Culiacán",
    """
The Sabuesos Guerreras search collective said on Saturday it had found [[22
bodies|killed;a=The Sabuesos Guerreras search collective]] in [[nine clandestine
graves|other;u=other;a=The Sabuesos Guerreras search collective]] off the highway to Eldorado,
the largest find since the war between Sinaloa Cartel factions began in {{September 2024}}. The
collective's founder said the group was looking for [[more than 1,500 people|missing;a=The
collective's founder]] reported missing in the state since then. According to the state
prosecutor's office, [[1,662 people|missing;a=the state prosecutor's office]] were reported
missing in Sinaloa between {{September 9, 2024}} and {{June 30, 2025}}, of whom [[about
480|missing;a=the state prosecutor's office]] were later found alive and [[312|killed;a=the state
prosecutor's office]] were found dead. Forensic officials said they had identified [[eight
victims|killed;a=Forensic officials]] so far. Soldiers and [[30 state police
officers|combatants]] guarded the site.
""",
)

item(
    "Culiacán businesses close as violence drags on",
    """
Culiacán's chamber of commerce said on {{March 3, 2025}} that [[more than 1,500
businesses|other;u=structure;a=Culiacán's chamber of commerce]] had closed since the cartel war
began, and that sales had fallen by {{about 40%}}. The state's employers' federation put losses
at {{32 billion pesos}}. The state prosecutor's office said [[2,941 vehicles|other;a=The state
prosecutor's office]] were stolen in Sinaloa in {{2024}}, most of them at gunpoint in Culiacán.
[[At least 17 delivery drivers|killed;a=a union representing them]] have been killed, a union
representing them said. [[Hundreds of families|displaced;a=estate agents]] have moved to Mazatlán or
Los Mochis, according to estate agents. The army said it had placed [[1,800
soldiers|combatants;a=The army]] on Culiacán's streets and set up [[40 checkpoints|other;a=The
army]].
""",
)

item(
    "Sinaloa troop presence reaches 11,000 as attacks on soldiers mount",
    """
The Defence Ministry said on Tuesday that [[about 11,000 soldiers and National Guard
members|combatants;n=soldiers and National Guard members;a=The Defence Ministry]] were now
deployed in Sinaloa, and that [[a further 1,000|combatants;p;a=The Defence Ministry]] would
arrive before the end of the month. Since the war began, [[at least 46 soldiers and
guardsmen|killed;n=soldiers and guardsmen;a=the newspaper Noroeste]] have been killed and [[more
than 100|injured;a=the newspaper Noroeste]] wounded in the state, according to the newspaper
Noroeste. Security Secretary Omar García Harfuch said [[1,400 people|arrested;a=Security
Secretary Omar García Harfuch]] had been detained in the state since {{September}} and [[more
than 1,900 firearms|other;a=Security Secretary Omar García Harfuch]] seized. In Culiacán, gunmen
attacked a National Guard barracks with [[two car bombs|other;u=other]] on Sunday, wounding [[five
guardsmen|injured]].
""",
)

item(
    "Culiacán hospital treats 17 wounded after gunfight south of the city",
    """
The General Hospital of Culiacán said it was treating [[17 wounded|injured;a=The General Hospital
of Culiacán]] after a gunfight between rival cells and soldiers in the town of Costa Rica, south
of Culiacán, on Thursday night. [[Four children|injured]], the youngest {{aged six}}, were among
the wounded. Prosecutors said [[nine gunmen|killed;a=Prosecutors]] and [[one
soldier|killed;a=Prosecutors]] had died. The army said it had detained [[seven
suspects|arrested;a=The army]] and seized [[a dozen rifles|other;a=The army]] and a pickup truck
fitted with armour plate. [[Dozens of families|displaced]] left the neighbourhood the next
morning, with their belongings piled into cars. "We heard shooting from {{11 at night}} until
dawn," a shopkeeper said.
""",
)

item(
    "Zacatecas villages turn into ghost towns as cartels fight",
    """
[[Thousands of people|displaced;a=the state government]] have fled [[a dozen
communities|displaced;u=other;a=the state government]] in the Zacatecas municipalities of Jerez
and Valparaíso since {{September}}, the state government said, as the Sinaloa and Jalisco New
Generation cartels fight over the state. The town of El Salvador, near the state line with
Coahuila and Nuevo León, had [[about 2,800 inhabitants|civilians;a=the mayor of El Salvador]] in
{{2020}}, and [[fewer than 300|civilians;a=the mayor of El Salvador]] remain, the mayor of El
Salvador said. In {{November 2021}}, [[10 bodies|killed]] were left in a pickup truck outside the
government palace in Zacatecas city. Governor David Monreal said [[3,000 soldiers and National
Guard members|combatants;n=soldiers and National Guard members;a=Governor David Monreal]] had
been deployed in the state. The state education ministry said [[37 schools|other;a=The state
education ministry]] in the affected area had closed.
""",
)

item(
    "Families from Valparaíso shelter across the state line in Jalisco",
    """
[[Some 1,500 people|displaced;a=Huejuquilla el Alto's municipal government]] from the Zacatecas
municipality of Valparaíso have crossed into Huejuquilla el Alto, in Jalisco, since {{late
June}}, Huejuquilla el Alto's municipal government said. The Jalisco government said it had set
up [[three shelters|capacity;a=The Jalisco government]] for [[up to 600 people|capacity;a=The
Jalisco government]] and was feeding [[about 900 others|aid;a=The Jalisco government]] who were
staying with relatives. Residents of the Valparaíso hamlets of San Mateo and Santa Rosa said
gunmen had taken [[at least 14 men|kidnapped;a=Residents of the Valparaíso hamlets of San Mateo
and Santa Rosa]] from their homes in {{two weeks}}. Zacatecas police said [[five
officers|killed;a=Zacatecas police]] died in an ambush on the road to Valparaíso on {{July 2,
2022}}. The Defence Ministry said it would reinforce the area with [[700
troops|combatants;p;a=The Defence Ministry]].
""",
)

item(
    "Rarámuri families flee the Sierra Tarahumara after Cerocahui killings",
    """
[[Two Jesuit priests|killed]] and a tour guide were shot dead inside the church of Cerocahui, in
Chihuahua's Sierra Tarahumara, on {{June 20, 2022}} by a local crime boss. The Jesuit order in
Mexico said [[about 200 Rarámuri|displaced;a=The Jesuit order in Mexico]] had left the villages
around Cerocahui in the following weeks. Chihuahua's state government said [[more than 1,000
police, soldiers and National Guard members|combatants;n=police, soldiers and National Guard
members;a=Chihuahua's state government]] were searching the sierra for the suspect. The community
organisation Contec said [[at least 630 people|displaced;a=The community organisation Contec]]
had fled Guadalupe y Calvo and Guachochi since {{2021}} and that [[14 Rarámuri community
leaders|killed;a=The community organisation Contec]] had been killed in the state since {{2016}}.
State prosecutors said [[nine people|arrested;a=State prosecutors]] had been charged with helping
the suspect hide.
""",
)

item(
    "Mormon families leave northern Mexico after massacre of nine",
    """
Gunmen killed [[three women|killed]] and [[six children|killed]] from Mormon communities with
dual US-Mexican citizenship on a dirt road between Sonora and Chihuahua on {{November 4, 2019}}.
[[Five children|injured]] were treated for gunshot wounds in Arizona. Family members said [[about
100 relatives|displaced;a=Family members]] left the community of La Mora for Arizona in a convoy
of [[18 vehicles|other;a=Family members]] days after the funerals. Mexican prosecutors said
[[three suspects|arrested;a=Mexican prosecutors]] had been detained, among them a police chief
from the town of Janos. Mexico's Defence Ministry said it had sent [[200
soldiers|combatants;a=Mexico's Defence Ministry]] to the area.
""",
)

item(
    "Sonora searching mothers uncover mass grave near Hermosillo",
    """
The collective Madres Buscadoras de Sonora said on Monday it had found [[at least 30
graves|other;u=other;a=The collective Madres Buscadoras de Sonora]] holding [[45
bodies|killed;a=The collective Madres Buscadoras de Sonora]] in the desert west of Hermosillo.
The group's founder, Ceci Flores, has been searching for [[two sons|missing]] who disappeared in
{{2015}} and {{2019}}. Sonora's prosecutor's office said [[17 bodies|killed;a=Sonora's
prosecutor's office]] had been identified. [[More than 4,600 people|missing;a=the national
registry]] are listed as missing in Sonora, according to the national registry. [[At least four
searchers|killed;a=the group;alt=Madres Buscadoras de Sonora]] have been killed in Sonora since
{{2021}}, according to the group. Soldiers and [[a dozen National Guard members|combatants]]
guarded the site.
""",
)

item(
    "Search group finds shoes, clothes and ovens at Jalisco ranch",
    """
The Guerreros Buscadores de Jalisco collective said on {{March 5, 2025}} that it had found [[three
crematory ovens|other;u=other;a=The Guerreros Buscadores de Jalisco collective]] and [[about 200
pairs|other;u=other;a=The Guerreros Buscadores de Jalisco collective]] of shoes at the Izaguirre
ranch in Teuchitlán, which prosecutors say the Jalisco New Generation Cartel used to train
recruits. The group said it believed [[hundreds of young people|kidnapped;a=The group;alt=The
Guerreros Buscadores de Jalisco collective]] had been lured to the ranch with fake job offers.
Jalisco's prosecutor said [[10 people|arrested;a=Jalisco's prosecutor]] had been detained at the
ranch in {{September 2024}}, when National Guard members freed [[two hostages|kidnapped;a=Jalisco's
prosecutor]] and found [[one body|killed;a=Jalisco's prosecutor]]. Attorney General Alejandro
Gertz Manero said the federal prosecutor's office would take over the case. Jalisco has more missing people than any other state, [[more than
15,000|missing;a=the national registry]], according to the national registry.
""",
)

item(
    "Kidnappings surge in Culiacán as cartel war enters second year",
    """
The Sinaloa state prosecutor's office said on {{September 8, 2025}} that [[1,850
people|killed;a=The Sinaloa state prosecutor's office]] had been killed and [[more than
2,000|missing;a=The Sinaloa state prosecutor's office]] reported missing in the state in the year
since the war between Sinaloa Cartel factions began. Kidnappings, once rare in the city, have
become a daily threat: the civic group Alto al Secuestro said [[66 people|kidnapped;a=the civic
group Alto al Secuestro]] were abducted in Sinaloa in {{the first half}} of the year. Soldiers
rescued [[12 hostages|kidnapped]] from a house in the Infonavit Humaya district in {{August}}.
UNHCR said [[some 3,500 people|displaced;a=UNHCR]] had been displaced within Sinaloa and that
[[500 to 600|displaced;a=UNHCR]] had crossed into Durango and Sonora. The state government has
opened [[two shelters|capacity]] in Culiacán, now housing [[180 people|displaced]].
""",
)

item(
    "Families return to Tacuichamona under army escort",
    """
[[About 120 families|returned;a=the Sinaloa government]] went back to the village of
Tacuichamona, south of Culiacán, on Sunday, escorted by [[300 soldiers|combatants;a=the Sinaloa
government]], the Sinaloa government said. The families had fled in {{October 2024}} after
gunmen burned [[27 houses|housing]] and the village church. Officials said [[45
houses|housing;a=Officials]] had been repaired with state funds of {{18 million pesos}}. The
welfare ministry said it would deliver [[1,000 food baskets|aid;p;a=The welfare ministry]] over
the coming {{three months}}. [[Another 70 families|displaced;a=the village's commissioner]] remain
in Culiacán, the village's commissioner said.
""",
)

item(
    "Drone attacks drive families from Guadalupe y Calvo hamlets",
    """
[[More than 300 people|displaced;a=Chihuahua's state human rights commission]] have fled hamlets
around Baborigame, in the Chihuahua municipality of Guadalupe y Calvo, since {{mid-May}},
Chihuahua's state human rights commission said, after armed groups attacked with drones and
rifles. The commission said [[two people|killed;a=The commission;alt=Chihuahua's state human
rights commission]], one of them a {{16-year-old}} boy, had been killed and [[four
homes|housing;a=The commission;alt=Chihuahua's state human rights commission]] burned. Teachers
said [[11 schools|other;a=Teachers]] had closed. The state government said it had flown [[eight
tonnes|aid;a=The state government]] of food to Baborigame and that [[220 to 250
people|displaced;a=The state government]] were staying in the local school and church.
Chihuahua's state police said [[140 officers|combatants;a=Chihuahua's state police]] had been
sent to the area, along with soldiers.
""",
)

item(
    "Fresnillo again tops list of cities where residents feel unsafe",
    """
In Fresnillo, Zacatecas, {{96.4%}} of adults said they felt unsafe in their city, the highest
share in the country, according to the quarterly urban security survey published by the
statistics institute INEGI on {{January 20, 2025}}. Culiacán rose to {{second}} place with
{{90.8%}}, up from {{63.4%}} in {{September 2024}}. The national average was {{61.7%}}, the
lowest since the survey began in {{2013}}. The survey was carried out in the {{first two weeks}}
of {{December}}.
""",
)

item(
    "Sinaloa's economy shrinks as violence hits trade and farming",
    """
Sinaloa's economy contracted by {{4.2%}} in the {{fourth quarter}} of {{2024}} from a year
earlier, according to INEGI's quarterly state activity indicator, the sharpest fall of any
state. The employers' federation Coparmex estimated losses at {{30 billion pesos}} (about {{$1.5
billion}}) between {{September}} and {{March}}. Restaurant sales in Culiacán fell {{60%}}, and
hotel occupancy in Mazatlán dropped to {{38%}} in {{January}}. Federal officials announced a
credit line of {{2.5 billion pesos}} for small firms, with loans of up to {{150,000 pesos}} at
{{0%}} interest for {{12 months}}.
""",
)
