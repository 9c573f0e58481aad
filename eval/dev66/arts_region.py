"""dev66 items: Brazil (Rio's police raids), Venezuela (Tocoron, the post-election
crackdown, Apure), Peru (Pataz), Trinidad and Tobago, Jamaica, Nicaragua, Cuba, the Darien
crossing, and deportees and returnees received in Guatemala, Honduras and Haiti.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Rio police raid is deadliest in city's history",
    "[[At least 121 people|killed;a=Rio de Janeiro state officials]], among them [[four police officers|killed;a=Rio de Janeiro state officials]], were killed in a raid on the Alemão and Penha favela complexes on {{28 October 2025}}, Rio de Janeiro state officials said. "
    "The operation involved [[about 2,500 police officers|combatants;a=the state government]], according to the state government, which said [[113 people|arrested;a=the state government]] were arrested and [[93 rifles|other;a=the state government]] seized. "
    "Residents laid out [[more than 60 bodies|killed;a=Residents]] in a square in Penha, they said.",
)

F(
    "Jacarezinho raid leaves dozens dead",
    "[[Twenty-eight people|killed;a=the civil police]] were killed during a police operation against drug traffickers in the Jacarezinho favela of Rio de Janeiro on {{6 May 2021}}, the civil police said, including [[one officer|killed;a=the civil police]]. "
    "[[Two passengers|injured]] on a metro train were hit by stray bullets.",
)

F(
    "Rio spends more on policing",
    "Rio de Janeiro state plans to spend {{12.4 billion reais}} on public security in {{2026}}, {{8%}} more than this year, under a budget bill sent to the assembly on {{30 September}}. "
    "The bill also funds the second phase of a camera programme that began in {{2022}}, with a body camera on every officer in the {{41st}} battalion by {{June}}.",
)

F(
    "Venezuelan troops retake Tocoron prison",
    "[[About 11,000 soldiers and police|combatants;n=soldiers and police;a=the interior ministry]] took part in an operation to retake the Tocorón prison in Aragua state from the Tren de Aragua gang on {{20 September 2023}}, the interior ministry said. "
    "The prison, which held [[some 1,600 inmates|arrested]], had a swimming pool, a small zoo and a nightclub; [[a soldier|killed;v=1;q=exact]] was killed in the operation.",
)

F(
    "Venezuela detains protesters after election",
    "Venezuelan authorities detained [[more than 2,000 people|arrested;a=President Nicolás Maduro]] in the protests that followed the {{28 July 2024}} presidential election, President Nicolás Maduro said. "
    "Rights group Provea said [[at least 24 people|killed;a=Rights group Provea]] had been killed, most of them shot, [[two|killed;a=Rights group Provea]] of them members of the security forces.",
)

F(
    "Venezuelans flee Apure clashes to Colombia",
    "[[About 4,700 Venezuelans|displaced;a=Colombian officials]] crossed the Arauca River into Arauquita, Colombia, after fighting broke out between the Venezuelan army and FARC dissidents in Apure state in {{March 2021}}, Colombian officials said. "
    "They were sheltered in [[11 temporary shelters|capacity]] and a sports ground. "
    "The dissidents later held [[eight Venezuelan soldiers|kidnapped;a=Venezuela's defence minister]] for {{a month}}, Venezuela's defence minister said.",
)

F(
    "Kidnapped gold miners found dead in Peru",
    "Police found the bodies of [[13 security guards|killed;a=police]] working for a gold mine in Pataz, in the La Libertad region, on {{4 May 2025}}, {{eight days}} after they were kidnapped by illegal miners, police said. "
    "The government declared a {{30-day}} curfew in the province and sent [[about 1,000 soldiers|combatants;a=the defence minister]] there, the defence minister said.",
)

F(
    "Trinidad records deadliest year",
    "Trinidad and Tobago recorded [[624 murders|killed;a=police]] in {{2024}}, the highest number in its history, according to police, and the government declared a state of emergency on {{30 December}}. "
    "Under the emergency, police arrested [[more than 300 people|arrested;a=the police commissioner]] in {{three weeks}}, the police commissioner said.",
)

F(
    "Trinidad emergency extended by parliament",
    "Trinidad and Tobago's parliament voted on {{10 January 2025}} to extend the state of emergency by {{three months}}, under {{section 8}} of the constitution of {{1976}}. "
    "The debate lasted more than {{12 hours}} and ended at {{2 a.m.}}; the opposition called for a review after {{90 days}}.",
)

F(
    "Jamaica deploys troops after killings in St Catherine",
    "Jamaica declared a state of emergency in the parish of St Catherine North after [[seven people|killed;a=police]] were shot dead in {{two days}}, police said, and deployed [[300 soldiers|combatants;a=the army]] alongside the police, the army said. "
    "[[About 40 people|arrested;a=police]] have been detained, police said.",
)

F(
    "Nicaragua frees and expels political prisoners",
    "Nicaragua freed [[222 political prisoners|arrested;a=a Managua appeals court judge]] and flew them to Washington on {{9 February 2023}}, stripping them of their citizenship, a Managua appeals court judge said. "
    "Among them were [[seven candidates|arrested;a=a Managua appeals court judge]] who had planned to run against President Daniel Ortega in {{2021}}.",
)

F(
    "Hundreds still detained after Cuba protests",
    "Rights group Cubalex said [[more than 1,400 people|arrested;a=Rights group Cubalex]] had been detained after the protests of {{11 July 2021}}, and [[about 700|arrested;a=Rights group Cubalex]] of them were still held {{a year}} later. "
    "[[One protester|killed;a=officials]] was killed in Havana, officials said.",
)

F(
    "Record numbers cross the Darien Gap",
    "Panama's migration service said [[520,085 people|displaced;a=Panama's migration service]] crossed the Darién jungle from Colombia in {{2023}}, [[about 113,000|displaced;a=Panama's migration service]] of them children. "
    "MSF said its teams had treated [[more than 600 people|injured;a=MSF]] for injuries from assaults by armed groups along the route, and the remains of [[at least 55 migrants|killed;a=the IOM]] were found in the jungle, according to the IOM.",
)

F(
    "Guatemala receives deportees from the United States",
    "Guatemala's migration institute received [[more than 61,000 deportees|returned;a=Guatemala's migration institute]] on flights from the United States in {{2024}}, and [[about 30,000|returned;a=Guatemala's migration institute]] by land from Mexico, it said. "
    "It expects [[up to 40 flights a month|returned;u=other;p;a=Guatemala's migration institute]] this year.",
)

F(
    "Hondurans deported as gang violence persists",
    "[[About 1,800 Hondurans|returned;a=the National Migration Institute]] were deported from the United States and Mexico in the {{first}} week of {{February}}, the National Migration Institute said, many of whom left to escape extortion by the gangs. "
    "[[At least 60 children|returned;a=the National Migration Institute]] were among them.",
)

F(
    "Bahamas and Turks and Caicos send Haitians home",
    "IOM said [[more than 400 Haitians|returned;a=IOM]] had been sent back to Cap-Haïtien by the Turks and Caicos Islands and the Bahamas in {{January}}, and that [[another 200|returned;p;a=IOM]] were expected in {{February}}. "
    "{{Nine in ten}} said they had left because of the gangs.",
)

F(
    "Ecuadorians forced from homes by gangs",
    "The Norwegian Refugee Council said [[about 23,000 Ecuadorians|displaced;a=The Norwegian Refugee Council]] had been forced from their homes by gang violence and extortion in {{2024}}, most of them in Guayaquil, Durán and Esmeraldas. "
    "[[Some 3,700|displaced;a=The Norwegian Refugee Council]] of them left the country, it said.",
)

F(
    "Tren de Aragua cell dismantled in Chile",
    "Chilean police arrested [[38 suspected members|arrested;a=prosecutors]] of the Tren de Aragua in a series of raids in Santiago and the northern city of Arica on {{Tuesday}}, prosecutors said, accusing them of [[at least 11 murders|killed;a=prosecutors]] and [[14 kidnappings|kidnapped;a=prosecutors]]. "
    "Officers seized [[22 guns|other]] and [[15 kilograms|other]] of cocaine paste.",
)

F(
    "Prisoners killed in Paraguay jail clash",
    "[[Seven inmates|killed;a=the justice ministry]] were killed in a fight between members of the First Capital Command and the Rotela clan at the Tacumbú prison in Asunción, the justice ministry said, and [[about 700 troops and police|combatants;n=troops and police]] were sent to regain control. "
    "The prison, built for [[1,500 prisoners|capacity]], held [[more than 2,700|arrested]].",
)

F(
    "Police officers killed in Brazil's north-east",
    "[[Three military police officers|killed;a=the Bahia security secretariat]] were killed in a shootout with gang members in Salvador on {{Friday}}, the Bahia security secretariat said, and [[six suspects|killed;a=the Bahia security secretariat]] were killed in the operation that followed. "
    "Bahia has had the highest number of killings by police of any Brazilian state since {{2022}}.",
)

F(
    "Venezuelans stranded at the Chile-Peru border",
    "[[Between 1,500 and 2,000 Venezuelans|displaced;a=Chilean officials]] were stranded at the Chacalluta border crossing in {{April}}, unable to enter Peru, Chilean officials said. "
    "Venezuela sent [[two flights|returned;u=other]] under its Return to the Homeland plan, carrying [[about 250 people|returned;a=the Venezuelan embassy]] home, the Venezuelan embassy said, and Peru deployed [[up to 1,000 soldiers|combatants;a=Peru's interior minister]] along the border, Peru's interior minister said.",
)
