"""dev66 items: Mexico (2014-2025): the disappeared and the searching mothers, clandestine
graves, the Teuchitlan ranch, the war inside the Sinaloa cartel, displacement in Chiapas,
Guerrero and Michoacan, soldiers and police killed, troops deployed, seizures, migrants
kidnapped.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Mexico's registry of the disappeared passes a milestone",
    "Mexico's national registry now lists [[more than 115,000 people|missing;a=the National Search Commission]] as disappeared or missing, the National Search Commission said, [[about 15,000|missing;a=the National Search Commission]] of them in Jalisco. "
    "Most went missing after {{2006}}, when the government sent the army against the cartels. "
    "[[More than 72,000 bodies|killed;a=the Movement for Our Disappeared]] lie unidentified in morgues and common graves, according to the Movement for Our Disappeared. "
    "The commission said [[about 2,300 people|missing;a=The commission;alt=the National Search Commission]] reported missing in {{2024}} had been found alive.",
)

F(
    "Searching mothers find crematoria on Jalisco ranch",
    "A collective of searching mothers found [[three crematory ovens|other;u=other;a=the collective]] on a ranch in Teuchitlán, Jalisco, along with [[about 200 pairs of shoes|other;u=other;n=pairs;a=the collective]] and piles of clothes, the collective said on {{5 March}}. "
    "The state prosecutor's office said the ranch had been used by the Cartel Jalisco Nueva Generación as a training camp, and that [[10 people|arrested;a=The state prosecutor's office]] had been detained there in {{September 2024}}. "
    "The searchers believe [[hundreds of people|missing;a=The searchers]] passed through the ranch.",
)

F(
    "Skulls unearthed in Veracruz graves",
    "Investigators have recovered [[at least 298 skulls|killed;u=person;a=the Veracruz state prosecutor]] from [[more than 150 clandestine graves|other;u=other;a=the Veracruz state prosecutor]] at Colinas de Santa Fe, on the outskirts of the port of Veracruz, the Veracruz state prosecutor said. "
    "The search collective that found the site said it had located [[22 more graves|other;u=other;a=The search collective]] on a nearby property in {{2023}}.",
)

F(
    "Remains found in Colima grave",
    "Forensic teams recovered the remains of [[at least 56 people|killed;a=the state attorney general's office]] from a clandestine grave in a plot near Tecomán, Colima, the state attorney general's office said on {{Thursday}}. "
    "[[Twenty-one|killed;a=the state attorney general's office]] have been identified, it said.",
)

F(
    "Sinaloa cartel war claims hundreds",
    "[[More than 1,200 people|killed;a=the Sinaloa state prosecutor's office]] have been killed in Sinaloa since the Chapitos and Mayos factions of the cartel went to war on {{9 September 2024}}, according to the Sinaloa state prosecutor's office, and [[more than 1,400|missing;a=the Sinaloa state prosecutor's office]] have been reported missing. "
    "The army has sent [[some 1,100 soldiers|combatants;a=the defence ministry]] and special forces to Culiacán, the defence ministry said. "
    "In the south of the state, [[between 1,500 and 2,000 families|displaced;a=the Concordia municipality]] have left mountain villages, according to the Concordia municipality.",
)

F(
    "Schools in Culiacan empty as fighting goes on",
    "Sinaloa's education department said [[about 180 schools|other;a=Sinaloa's education department]] in Culiacán had held no classes on {{Monday}}, and attendance had fallen to {{30%}} across the city. "
    "Shops closed before {{6 p.m.}} and [[at least 15 vehicles|other;a=the fire service]] were burned, the fire service said.",
)

F(
    "Ovidio Guzman arrest unleashes Culiacan battle",
    "[[Twenty-nine people|killed;a=Defence Minister Luis Cresencio Sandoval]], [[10 of them soldiers|killed;n=soldiers;a=Defence Minister Luis Cresencio Sandoval]], were killed in the fighting that followed the arrest of Ovidio Guzmán in Culiacán on {{5 January 2023}}, Defence Minister Luis Cresencio Sandoval said. "
    "[[Thirty-five soldiers|injured;a=Defence Minister Luis Cresencio Sandoval]] were wounded and [[21 suspected gunmen|arrested;a=Defence Minister Luis Cresencio Sandoval]] were detained, he said.",
)

F(
    "Chiapas villagers flee into Guatemala",
    "[[Around 580 Mexicans|displaced;a=Guatemala's migration institute]] crossed into Guatemala from Amatenango de la Frontera, Chiapas, fleeing fighting between the Sinaloa cartel and the Cartel Jalisco Nueva Generación, Guatemala's migration institute said on {{25 July 2024}}. "
    "They were sheltered in schools in Cuilco, {{about 2 kilometres}} from the border. "
    "[[Up to 4,000 residents|civilians;a=the parish priest]] remained trapped in the municipality, the parish priest said.",
)

F(
    "Tila residents evacuated amid gang violence",
    "[[About 4,000 people|displaced;a=the Fray Bartolomé de Las Casas Human Rights Center]] fled the town of Tila, in northern Chiapas, after armed men burned [[some 17 houses|housing;a=the Fray Bartolomé de Las Casas Human Rights Center]] and [[a dozen vehicles|other;a=the Fray Bartolomé de Las Casas Human Rights Center]], the Fray Bartolomé de Las Casas Human Rights Center said. "
    "Soldiers escorted [[several hundred residents|displaced]] out of the town on {{Saturday}}.",
)

F(
    "Police killed in Michoacan ambush",
    "[[Thirteen state police officers|killed;a=the Michoacán state government]] were killed when gunmen ambushed their convoy in El Aguaje, Aguililla, on {{14 October 2019}}, the Michoacán state government said. "
    "[[Nine others|injured;a=the Michoacán state government]] were wounded and [[four patrol vehicles|other;a=the Michoacán state government]] were set on fire, it said.",
)

F(
    "National Guard sent to northern border",
    "Mexico deployed [[10,000 National Guard troops|combatants]] to its northern border on {{4 February 2025}} under a deal that paused US tariffs for {{30 days}}. "
    "The Guard has [[about 130,000 members|combatants;a=the security ministry]], the security ministry says, and seized [[more than 1,000 firearms|other;a=the security ministry]] in its {{first}} month on the border.",
)

F(
    "Homicides in Mexico fall slightly",
    "Mexico recorded [[30,057 victims of intentional homicide|killed;a=the National Public Security System;n=victims]] in {{2024}}, the National Public Security System said, a fall of {{about 5%}} on the previous year and a rate of about {{23 per 100,000}} inhabitants. "
    "Guanajuato had the most, with [[more than 3,000|killed]].",
)

F(
    "Search mother shot dead in Sonora",
    "[[A member|killed;v=1;q=exact;n=member;a=the collective]] of the Madres Buscadoras de Sonora was shot dead in Hermosillo on {{Monday}}, the collective said, the {{third}} searching mother killed in the state since {{2021}}. "
    "The group says it has found [[more than 2,000 bodies|killed;a=The group]] in the desert since it was founded.",
)

F(
    "Ayotzinapa families mark another year",
    "Relatives of the [[43 students|missing]] of the Ayotzinapa teachers' college who disappeared in Iguala on {{26 September 2014}} marched in Mexico City on {{Friday}}. "
    "The remains of only [[three|killed]] have been identified, {{11 years}} after the attack.",
)

F(
    "Young men vanish in Lagos de Moreno",
    "[[Five young men|missing;a=the Jalisco prosecutor's office]] aged between {{19 and 22}} went missing in Lagos de Moreno on {{11 August}}, the Jalisco prosecutor's office said, and a photograph circulated the next day appeared to show them held by armed men. "
    "Police later found burned remains at a property in Encarnación de Díaz and arrested [[four people|arrested;a=Police]], they said.",
)

F(
    "Migrants rescued from kidnappers in Tamaulipas",
    "Troops freed [[31 migrants|kidnapped;a=the National Guard]] who had been taken from a bus on the highway between Monterrey and Reynosa, the National Guard said, {{five days}} after the abduction. "
    "[[Four of them|kidnapped;a=the National Guard;n=-]] were children, it said, and most were Venezuelan.",
)

F(
    "Army seizes fentanyl pills in Sinaloa",
    "The army said on {{Tuesday}} it had seized [[more than 1.5 million fentanyl pills|other;u=other;a=The army]] and [[about 800 kilograms|other;a=The army]] of methamphetamine at a drug lab in Culiacán, and arrested [[three people|arrested;a=The army]]. "
    "Troops also found [[42 rifles|other;a=The army]] and [[about 20,000 rounds|other;a=The army]] of ammunition, it said.",
)

F(
    "Guerrero villagers displaced by drone attacks",
    "[[More than 600 residents|displaced;a=the Guerrero state government]] of [[five villages|other;a=the Guerrero state government]] in the Sierra of Heliodoro Castillo have fled to Chilpancingo, the Guerrero state government said, after drones dropped explosives on their homes. "
    "[[About 80 families|displaced]] are staying in a sports hall, and [[a further 40|displaced;u=household;n=-]] with relatives.",
)

F(
    "Journalists killed in Mexico this year",
    "[[At least five journalists|killed;a=Article 19]] have been killed in Mexico so far in {{2025}}, according to {{Article 19}}, and [[three|missing;a=Article 19]] are missing. "
    "The press freedom group puts the number of reporters killed since {{2000}} at [[more than 170|killed;a=The press freedom group;alt=Article 19]].",
)

F(
    "Cartel drones force families from Aguililla",
    "[[Hundreds of families|displaced;a=the Catholic diocese]] have left Aguililla, Michoacán, since the Cartel Jalisco Nueva Generación began attacking rival positions with drones and landmines, the Catholic diocese said. "
    "[[About 30 teachers|other;a=the state education ministry]] have asked to be transferred, the state education ministry said. "
    "The town had [[about 16,000 residents|civilians]] before the fighting.",
)

F(
    "Lime growers in Michoacan strike over extortion",
    "[[More than 600 lime growers|other;a=the growers' association]] in the Apatzingán valley stopped picking on {{Monday}} to protest against extortion by cartels that charge them {{2 pesos}} for every kilo sold, the growers' association said. "
    "[[At least three producers|killed;a=the association;alt=the growers' association]] who refused to pay have been killed this year, the association said, and [[several thousand day labourers|other]] have been left without work.",
)

F(
    "Mexican Congress backs National Guard reform",
    "Mexico's Senate approved a constitutional reform on {{25 September 2024}} that places the National Guard under the defence ministry, amending {{article 21}} of the constitution, with the two-thirds majority it needed. "
    "The force was created in {{2019}}, and the reform takes effect {{a day}} after its publication in the official gazette.",
)
