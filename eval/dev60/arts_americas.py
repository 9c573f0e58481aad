"""dev60 items: elections, protests and crackdowns in the Americas (Mexico, Venezuela, Bolivia,
Peru, Colombia, Ecuador, Brazil, Nicaragua, Honduras, Haiti, the US).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Candidate shot dead at Guerrero rally as campaign toll climbs",
    "A mayoral candidate in the Guerrero town of Coyuca was shot dead at a rally on Wednesday, along with [[two of his campaign aides|killed;n=aides;a=state prosecutors]], state prosecutors said. "
    "The consultancy Integralia counts [[31 candidates and hopefuls|killed;n=candidates and hopefuls;a=The consultancy Integralia]] murdered since the campaign opened in September. "
    "Electoral authorities said [[more than 500 candidates|other;a=Electoral authorities]] had asked for federal protection ahead of the {{June 2}} vote, in which [[almost 97 million people|other;a=Electoral authorities]] are registered to cast a ballot.",
)

F(
    "Mexico sends troops to Chiapas polls after booths torched",
    "The federal government said it would send [[about 27,000 soldiers and National Guard members|combatants;n=soldiers and National Guard members;a=The federal government;p]] to guard Sunday's vote in Chiapas, where [[two municipalities|other;u=other;a=The federal government]] have already had their elections suspended. "
    "Residents in the Frailesca region burned [[14 ballot boxes|other;a=the state electoral institute]] and set fire to [[a polling station|housing;u=structure;v=1;a=the state electoral institute]] during the last local election, the state electoral institute recalled. "
    "The institute plans to open [[6,900 polling stations|other;u=structure;a=The institute;p]], [[about 1,100|other;u=structure;a=The institute;p]] fewer than in {{2021}}.",
)

F(
    "Venezuela: rights group counts post-election detainees",
    "The rights group Foro Penal said on Friday it had verified [[1,637 political detainees|arrested;a=The rights group Foro Penal]] held since the disputed presidential election, among them [[98 adolescents|arrested;a=The rights group Foro Penal]]. "
    "The government has put the number of people arrested for what it calls acts of violence at [[more than 2,000|arrested;a=The government]], and the attorney-general said [[27 people|killed;a=the attorney-general]] died in the protests. "
    "The electoral council declared the incumbent the winner with {{52.1%}} of the vote but has not published tallies from [[more than 30,000 voting tables|other;u=other]].",
)

F(
    "Caracas releases dozens of protesters before holidays",
    "Venezuelan authorities released [[dozens of people|arrested;a=relatives and lawyers]] detained after the July election over the weekend, relatives and lawyers said. "
    "Foro Penal said it had confirmed [[107 releases|arrested;u=person;a=Foro Penal]] since Friday, while the attorney-general's office said it had reviewed [[225 cases|arrested;u=person;a=the attorney-general's office]] and granted conditional release in [[all 225|arrested;a=the attorney-general's office]]. "
    "Families waiting outside the Tocorón prison said [[at least 40 detainees|arrested;a=Families waiting outside the Tocorón prison]] there had begun a hunger strike.",
)

F(
    "Bolivia's Senkata and Sacaba deaths: experts' report",
    "A group of experts appointed by the Inter-American Commission on Human Rights said security forces killed [[19 people|killed;a=A group of experts appointed by the Inter-American Commission on Human Rights]] in two operations in Sacaba and Senkata after the contested {{2019}} election. "
    "In all, the panel counted [[35 deaths|killed;n=deaths;a=the panel]] during the crisis and [[more than 780 injured|injured;n=injured;a=the panel]], and said [[at least 1,500 people|arrested;a=the panel]] had been detained between October and December. "
    "The report runs to {{470}} pages.",
)

F(
    "Peru: airport clash in Juliaca is deadliest day of protests",
    "Clashes between protesters and police near the airport in Juliaca left [[19 people|killed;a=the ombudsman's office]] dead on Monday, the ombudsman's office said, the deadliest day since protests began in December. "
    "The health ministry said [[at least 68 civilians|injured;a=The health ministry]] and [[75 police officers|injured;a=The health ministry]] were treated for injuries, and a police officer was later burned to death in his patrol car. "
    "The government declared a {{three-day}} curfew in the Puno region from {{20:00}} to {{04:00}}.",
)

F(
    "Peru's ombudsman raises protest toll, names 'excessive force'",
    "The number of people killed in Peru's wave of anti-government protests has risen to [[52|killed;a=the ombudsman's office]], the ombudsman's office said on Wednesday, [[41 of them|killed;n=-;a=the ombudsman's office]] in clashes with security forces. "
    "Police reported [[nearly 600 arrests|arrested;n=arrests;a=Police]] since {{December 7}}, and the transport ministry said roadblocks remained at [[83 points|other;u=other;a=the transport ministry]] across [[eight regions|other;u=other;a=the transport ministry]]. "
    "Congress rejected a motion to bring forward elections to {{2023}}.",
)

F(
    "Ecuador's indigenous strike ends with deal after 18 days",
    "The government and the indigenous confederation CONAIE signed an agreement on Thursday ending a strike that lasted {{18 days}}, during which [[five people|killed;a=the ombudsman]] died, the ombudsman said. "
    "The interior ministry said [[more than 300 police and soldiers|injured;n=police and soldiers;a=The interior ministry]] had been hurt and [[143 people|arrested;a=The interior ministry]] arrested. "
    "The deal cuts the price of diesel by {{15 cents}} a gallon, to {{$1.75}}.",
)

F(
    "Brasília rioters: police count detentions after storming",
    "Federal police said [[1,720 people|arrested;a=Federal police]] had been detained after supporters of the former president stormed Congress, the Supreme Court and the presidential palace in Brasília on Sunday. "
    "[[About 650 of them|arrested;n=-;a=officials]], mostly elderly people and mothers with children, were released on humanitarian grounds, officials said. "
    "The capital's security secretariat said [[38 police officers|injured;a=The capital's security secretariat]] were injured and [[40 buses|other]] that brought protesters to the city had been seized.",
)

F(
    "Nicaragua marks protest anniversary with 'political prisoners' count",
    "A coalition of opposition groups said on Wednesday that [[at least 362 people|killed;a=A coalition of opposition groups]] were killed when security forces and armed civilians crushed protests that began in April {{2018}}. "
    "The government's own truth commission put the toll at [[261|killed;a=The government's own truth commission]], including [[24 police officers|killed;a=The government's own truth commission]]. "
    "The coalition says [[about 150 political prisoners|arrested;a=The coalition]] remain behind bars and that [[more than 110,000 Nicaraguans|displaced;a=The coalition]] have fled into exile, most to Costa Rica.",
)

F(
    "Honduras: curfew after post-election clashes in Tegucigalpa",
    "The government imposed a curfew from {{6pm}} to {{6am}} for {{10 days}} after protests over the slow count of the presidential vote turned violent. "
    "The human rights commissioner said [[at least 14 people|killed;a=The human rights commissioner]] had died in clashes with police and soldiers since the vote, while the police put the toll at [[three|killed;a=the police]]. "
    "Police said they had arrested [[more than 800 people|arrested;a=Police]] for breaking the curfew and that [[dozens of shops|housing]] in the capital had been looted and burned.",
)

F(
    "Haiti postpones vote as gangs block roads to Port-au-Prince",
    "The electoral council postponed the legislative election for the second time, saying it could not open [[more than 800 voting centres|other;u=structure;a=The electoral council]] in the West department, out of [[1,550|other;u=structure;a=The electoral council]] nationwide. "
    "The UN said [[about 165,000 people|displaced;a=The UN]] had been driven from their homes in the capital area by gang violence, and that [[at least 70 people|killed;a=The UN]] were killed in the week before the scheduled vote. "
    "The council needs {{$28 million}} to hold the poll.",
)

F(
    "Colombia: social leaders killed before regional elections",
    "The ombudsman's office said [[29 candidates|other;a=The ombudsman's office]] had withdrawn from the October regional elections after threats, and that [[four candidates|killed;a=The ombudsman's office]] had been killed during the campaign. "
    "The electoral observation mission MOE counted [[172 acts of political violence|other;u=other;n=acts;a=The electoral observation mission MOE]] since {{July 29}}. "
    "The defence ministry said [[around 290,000 troops and police|combatants;n=troops and police;a=The defence ministry;p]] would be deployed on election day.",
)

F(
    "Portland: federal officers and protesters clash again",
    "Federal officers fired tear gas and [[dozens of rounds of pepper balls|other;n=rounds;u=other;a=a police statement]] outside the courthouse in Portland overnight, and police declared a riot after [[about 2,000 protesters|other;a=a police statement]] gathered, a police statement said. "
    "The Portland Police Bureau said it had arrested [[22 people|arrested;a=The Portland Police Bureau]] and that [[three officers|injured;a=The Portland Police Bureau]] were hurt by thrown objects. "
    "The Department of Homeland Security has sent [[about 100 federal agents|combatants]] to the city since {{July 4}}.",
)

F(
    "US Capitol riot: prosecutors update charges three years on",
    "The Justice Department said on Friday that [[more than 1,230 people|arrested;a=The Justice Department]] had been charged over the attack on the Capitol on {{January 6, 2021}}, and that [[about 700|arrested;a=The Justice Department]] had pleaded guilty. "
    "[[About 150 police officers|injured;a=The Justice Department]] were injured that day, it said. "
    "The department's case against one defendant, {{1:21-cr-00175}}, was among the first to go to trial.",
)

F(
    "Minneapolis: National Guard on streets after third night of fires",
    "The governor activated [[more than 600 National Guard soldiers|combatants]] after a third night of protests over a man's death in police custody, in which [[a police precinct|housing;v=1;u=structure]] and [[dozens of businesses|housing;u=structure]] were set on fire. "
    "The fire department said it had responded to [[about 30 fires|other;u=other;a=The fire department]] overnight. "
    "Police said they had arrested [[fewer than 20 people|arrested;a=Police]] as of {{3am}}.",
)

F(
    "Bolivia: soldiers leave La Paz plaza after failed uprising",
    "Troops and armoured vehicles withdrew from the Plaza Murillo in La Paz on Wednesday evening, hours after an armoured vehicle rammed the door of the old presidential palace. "
    "The health minister said [[at least 11 people|injured;a=The health minister]] had been wounded by gunfire, and prosecutors said [[21 people|arrested;a=prosecutors]] had been detained, including the former army commander. "
    "The attempt came {{16 months}} before the {{2025}} general election.",
)

F(
    "Venezuela: opposition leader's aides shelter in embassy",
    "[[Six opposition aides|displaced;n=aides;a=the opposition]] who have been sheltering in the Argentine embassy in Caracas since March are living without electricity, the opposition said on Thursday. "
    "The security forces have surrounded the residence with [[about a dozen armed officers|combatants;n=officers;v=12;a=the opposition]] and [[four patrol vehicles|other;a=the opposition]], it said. "
    "One of the aides is {{68}} and has a heart condition.",
)

F(
    "Peru: Congress votes out president after night of protests",
    "Congress removed the president with {{101}} votes in the {{130-seat}} chamber, shortly after police fired tear gas at crowds outside. "
    "The ombudsman's office said [[three people|killed;a=The ombudsman's office]] had died in the capital's protests and [[at least 47|injured;a=The ombudsman's office]] were treated in hospital. "
    "The new president, the third in {{five years}}, is to serve until July {{2026}}.",
)

F(
    "Venezuela election result announced after midnight",
    "The National Electoral Council announced at {{00:10}} that the incumbent had won with {{5,162,340}} votes, or {{52.1%}}, against {{4,431,207}} for the opposition candidate, with {{82%}} of the vote counted. "
    "Turnout was {{61%}}, it said. "
    "The opposition said its own copies of the tally sheets showed the reverse, and that it had collected {{81%}} of them.",
)

F(
    "Mexico's judicial election draws low turnout amid threats",
    "Turnout in Sunday's election of judges was about {{13%}}, the electoral institute said, and voting was suspended in [[seven polling stations|other;u=structure;a=the electoral institute]] in Michoacán and Guerrero after armed men took ballots. "
    "The institute said [[18,000 ballots|other;u=other;a=The institute]] had been destroyed in one municipality. "
    "About {{2,600}} posts, including {{nine}} seats of the Supreme Court, were on the ballot.",
)
