"""dev10 texts: Latin America: Colombia, Mexico, Haiti, Ecuador, Venezuela, Brazil."""

from figset import F

# ---------------------------------------------------------------- Latin America: Colombia

F(
    "Colombia: ELN fighters hand themselves in to army in Arauca",
    "[[Twenty-seven ELN fighters|combatants;a=the army's 18th Brigade]] surrendered to troops in rural Tame over the weekend, bringing with them [[31 rifles|other;a=the army's 18th Brigade]] and [[four motorcycles|other;a=the army's 18th Brigade]], the army's {{18th}} Brigade said on Monday. "
    "Among them were [[six minors|combatants]] recruited by the guerrilla, who were handed to the family welfare institute.",
)

F(
    "Colombia: dissidents hold soldiers in Cauca after clash",
    "Residents of El Plateado surrounded a patrol and held [[28 soldiers|kidnapped;a=the Defence Ministry]] for two days in {{March 2024}}, the Defence Ministry said, blaming pressure from FARC dissidents of the Carlos Patino front. "
    "The troops were released on Wednesday after talks mediated by the Ombudsman's Office, and [[four residents|arrested;a=the ministry;alt=the Defence Ministry]] accused of leading the blockade were detained, the ministry added.",
)

F(
    "Colombia: thousands confined in Catatumbo as armed groups fight",
    "Fighting between the ELN and a FARC dissident faction in the Catatumbo region has left [[at least 80 people|killed;a=the regional governor's office]] dead and forced [[more than 36,000 people|displaced;a=the regional governor's office]] from their homes since {{January 16}}, the regional governor's office said in {{2025}}. "
    "[[Another 20,000|civilians;a=the office;alt=the regional governor's office]] are confined in their villages and cannot move, the office said. "
    "Cucuta has set up [[12 shelters|capacity]] in schools and sports halls.",
)

F(
    "Colombia: Clan del Golfo members captured in Uraba",
    "Police captured [[14 alleged members|arrested;a=Police]] of the Clan del Golfo in raids across Uraba and seized [[22 firearms|other;a=Police]], [[3,400 rounds|other;a=Police]] of ammunition and [[two speedboats|other;u=other;a=Police]], Police said on Friday. "
    "The group, which authorities estimate has [[about 9,000 members|combatants;a=authorities]], controls cocaine routes to the Caribbean coast.",
)

F(
    "Colombia: Ombudsman warns of child recruitment in Guaviare",
    "Armed groups recruited [[at least 409 children and adolescents|combatants;n=children and adolescents;a=The Ombudsman's Office]] in Colombia in {{2024}}, up from [[342|combatants;a=The Ombudsman's Office]] the year before, The Ombudsman's Office said. "
    "In one case in Guaviare, [[five Indigenous children|killed]] who had escaped from a dissident camp were later found dead.",
)

F(
    "Colombia: Venezuelan migrants stranded in Necocli",
    "[[Some 4,000 migrants|displaced;a=the mayor of Necocli]], most of them Venezuelans and Haitians, are stranded in the port town waiting for boats to cross the Gulf of Uraba towards the Darien, the mayor of Necocli said in {{August 2021}}. "
    "The town of [[about 20,000 inhabitants|civilians;a=the mayor of Necocli]] has only one health post, he said, and the Red Cross has handed out [[1,800 hygiene kits|aid;a=the mayor of Necocli]].",
)

F(
    "Colombia: peace court hears former FARC commanders on kidnappings",
    "The Special Jurisdiction for Peace said the former FARC leadership was responsible for [[21,396 people|kidnapped;a=The Special Jurisdiction for Peace]] taken hostage between {{1990}} and {{2016}}. "
    "Many families paid ransoms of up to {{$500,000}}, and [[about 1,860|killed;a=the court;alt=The Special Jurisdiction for Peace]] of the captives died in captivity, the court added.",
)

F(
    "Colombia: Indigenous guard frees soldiers held in Cauca",
    "An Indigenous guard in Toribio handed over [[11 soldiers|kidnapped]] it had held for {{36 hours}} after a confrontation over the destruction of marijuana crops. "
    "[[Some 600 guards|other;a=community leaders]] armed only with staffs had surrounded the unit, community leaders said, and [[nine soldiers|injured;a=the army]] were hurt, according to the army.",
)

# ---------------------------------------------------------------- Mexico

F(
    "Mexico: National Guard deploys to Culiacan as cartel factions clash",
    "The federal government sent [[another 600 soldiers|combatants;a=Defence Ministry officials]] to Culiacan on Sunday, adding to the [[2,200 troops|combatants;a=Defence Ministry officials]] already in Sinaloa state, Defence Ministry officials said. "
    "Fighting between two factions of the Sinaloa Cartel has killed [[more than 150 people|killed;a=the state prosecutor's office]] since {{September 9}}, and [[at least 170|missing;a=the state prosecutor's office]] have been reported missing, according to the state prosecutor's office.",
)

F(
    "Mexico: gunmen abduct migrants from bus in Tamaulipas",
    "Armed men stopped a bus near Reynosa and abducted [[31 migrants|kidnapped;a=the National Migration Institute]] on {{December 30}}, the National Migration Institute said. "
    "Police later found [[24 of them|kidnapped;n=-;a=state officials]] alive in a safe house, state officials said, and [[two suspects|arrested;a=state officials]] were arrested at the scene.",
)

F(
    "Mexico: Michoacan villagers flee cartel drones",
    "[[About 200 families|displaced;a=local priests]] have abandoned their homes in the Tierra Caliente region of Michoacan after the Jalisco New Generation Cartel began dropping explosives from drones on their villages, local priests said. "
    "[[Dozens of residents|civilians]] remain in the hamlet of El Aguaje because they have nowhere to go, and [[at least three schools|other;u=structure]] have closed.",
)

F(
    "Mexico: police free kidnapped tourists in Veracruz",
    "Veracruz state police rescued [[eight tourists|kidnapped;a=the state security secretary]] from the capital who had been taken by a criminal group in Papantla, and [[five alleged kidnappers|arrested;a=the state security secretary]] were arrested, the state security secretary said on {{October 5, 2023}}. "
    "The gang had demanded {{1 million pesos}} for their release.",
)

F(
    "Mexico: soldiers seize arsenal at Sonora ranch",
    "Soldiers searching a ranch outside Caborca seized [[87 rifles|other;a=the Defence Ministry]], [[14 armoured vehicles|other;a=the Defence Ministry]] and more than {{1,000 kilograms}} of methamphetamine, the Defence Ministry said. "
    "[[Three gunmen|killed]] died in the firefight and [[one soldier|injured]] was wounded.",
)

F(
    "Mexico: Chiapas residents cross into Guatemala to escape cartel fighting",
    "[[More than 580 Mexicans|displaced;a=Guatemala's migration institute]] from the municipality of Amatenango de la Frontera crossed into Guatemala in {{July 2024}} after fighting between the Sinaloa and Jalisco cartels, Guatemala's migration institute said. "
    "Guatemalan authorities set up [[two shelters|capacity]] in Cuilco. Officials said they expected [[about 400 of the Mexicans|returned;p;a=Officials]] to go home within weeks.",
)

F(
    "Mexico: prison break in Ciudad Juarez",
    "Gunmen stormed the state prison in Ciudad Juarez on New Year's Day, killing [[10 guards|killed;a=the Chihuahua prosecutor's office]] and [[seven inmates|killed;a=the Chihuahua prosecutor's office]], and [[30 prisoners|other;a=the Chihuahua prosecutor's office]] escaped, the Chihuahua prosecutor's office said. "
    "[[Thirteen|injured]] were wounded.",
)

# ---------------------------------------------------------------- Haiti

F(
    "Haiti: gangs attack Gressier, thousands flee towards Leogane",
    "Members of the Grand Ravine gang attacked Gressier overnight, killing [[at least 13 people|killed;a=local authorities]] and setting fire to [[dozens of houses|housing;a=local authorities]], local authorities said. "
    "[[More than 5,000 residents|displaced;a=the IOM]] fled towards Leogane, according to the IOM, which said [[1,200 of them|displaced;n=-;a=the IOM]] were sleeping in a church.",
)

F(
    "Haiti: Kenyan-led mission receives more police",
    "[[Another 217 Kenyan police officers|combatants;a=the Multinational Security Support mission]] arrived in Port-au-Prince on Saturday, bringing the force to [[about 1,000 personnel|combatants;a=the Multinational Security Support mission]], the Multinational Security Support mission said in {{January 2025}}. "
    "The force was authorised to have [[up to 2,500 officers|combatants;p]] from ten countries.",
)

F(
    "Haiti: gang releases abducted nuns and orphanage staff",
    "Kidnappers released [[six nuns|kidnapped;a=the archdiocese of Port-au-Prince]] and [[two staff members|kidnapped;a=the archdiocese of Port-au-Prince]] of a Catholic school who had been abducted from a bus in the capital, the archdiocese of Port-au-Prince said on Friday. "
    "No ransom was paid, it said.",
)

F(
    "Haiti: displacement sites in capital overcrowded",
    "The number of displacement sites in the Port-au-Prince metropolitan area has risen to [[96|capacity;a=the IOM;u=other]], hosting [[more than 175,000 people|displaced;a=the IOM]], the IOM said. "
    "At the Lycee Marie-Jeanne, [[some 2,500 people|displaced]] share [[four latrines|aid]].",
)

F(
    "Haiti: police arrest suspected gang members in Petion-Ville",
    "Haiti's National Police said it arrested [[19 suspected members|arrested;a=Haiti's National Police]] of the Viv Ansanm coalition and seized [[seven weapons|other;a=Haiti's National Police]] in an operation in Petion-Ville on {{March 19}}. "
    "[[Two officers|injured]] were wounded and [[about 300 residents|displaced]] left the Laboule area during the fighting.",
)

F(
    "Haiti: Dominican Republic deports thousands of Haitians in a week",
    "Dominican authorities deported [[10,708 Haitians|returned;a=the Dominican migration agency]] in a single week, the Dominican migration agency said, part of a plan to expel [[up to 10,000 people a week|returned;p;a=the Dominican migration agency]]. "
    "The IOM said it had received [[about 3,200 returnees|aid;a=The IOM]] at the Belladere and Ouanaminthe crossings with hot meals and transport.",
)

F(
    "Haiti: WFP reaches families in Cite Soleil",
    "The World Food Programme said it had distributed hot meals to [[12,000 people|aid;a=The World Food Programme]] in Cite Soleil and the Croix-des-Bouquets area over ten days. "
    "[[Nearly 5.4 million Haitians|civilians;a=The World Food Programme]] face acute food insecurity, it said, and [[two of its trucks|other;u=other;n=trucks;a=The World Food Programme]] were looted on the road to Mirebalais.",
)

F(
    "Haiti: gangs kill villagers in Artibonite raid",
    "Gunmen from the Gran Grif gang killed [[at least 115 people|killed;a=the UN human rights office]] in Pont-Sonde in {{October 2024}}, the UN human rights office said, and set fire to [[45 houses|housing;a=the UN human rights office]] and [[34 vehicles|other;a=the UN human rights office]]. "
    "[[More than 6,270 residents|displaced;a=the IOM]] fled to Saint-Marc, according to the IOM.",
)

# ---------------------------------------------------------------- Ecuador

F(
    "Ecuador: troops retake Guayaquil prison",
    "[[About 2,700 soldiers and police officers|combatants;n=soldiers and police officers;a=the armed forces command]] entered the Litoral penitentiary on Thursday to retake control of the prison, the armed forces command said. "
    "The prison holds [[some 8,000 inmates|arrested;a=the prison service]], according to the prison service. The [[180 guards and staff|kidnapped;n=guards and staff]] held hostage during the riots were freed.",
)

F(
    "Ecuador: armed forces report arrests in first days of internal conflict decree",
    "Security forces arrested [[1,105 people|arrested;a=the Joint Command of the Armed Forces]] and killed [[five alleged terrorists|killed;a=the Joint Command of the Armed Forces]] in the {{first week}} after President Daniel Noboa declared an internal armed conflict, the Joint Command of the Armed Forces said in {{January 2024}}. "
    "[[Ninety-four|arrested;a=the Joint Command of the Armed Forces]] of the detainees were charged with terrorism, it said.",
)

F(
    "Ecuador: prison massacre in Guayaquil",
    "Fighting between rival gangs inside a Guayaquil prison killed [[at least 118 inmates|killed;a=police]] and wounded [[79|injured;a=police]], police said. "
    "[[About 400 police officers|combatants]] were sent into Pavilion {{5}} to restore order, and relatives waited outside for news of [[dozens of prisoners|missing]] whose fate was unknown.",
)

# ---------------------------------------------------------------- Venezuela

F(
    "Venezuela: post-election crackdown fills jails",
    "Venezuelan authorities detained [[more than 2,000 people|arrested;a=Attorney General Tarek William Saab]] in the days after the {{July 2024}} presidential vote, Attorney General Tarek William Saab said. "
    "Rights group Foro Penal said it had registered [[1,793 political prisoners|arrested;a=Rights group Foro Penal]], among them [[69 teenagers|arrested;a=Rights group Foro Penal]], and that [[25 people|killed;a=Rights group Foro Penal]] died in protests.",
)

F(
    "Venezuela: returnees arrive from Chile on repatriation flight",
    "A flight of the Vuelta a la Patria plan landed in Maiquetia with [[174 Venezuelans|returned;a=the government]] who had been living in Chile, the government said. "
    "It said [[more than 14,000 migrants|returned;a=the government]] had come home through the plan and that [[three more flights|other;p;a=the government]] were scheduled for the month.",
)

F(
    "Venezuela: soldiers killed in clash with Colombian guerrilla in Apure",
    "[[Eight Venezuelan soldiers|killed;a=Defence Minister Vladimir Padrino Lopez]] were killed and [[eight others|kidnapped;a=Defence Minister Vladimir Padrino Lopez]] taken prisoner by a Colombian armed group in Apure state, Defence Minister Vladimir Padrino Lopez said in {{May 2021}}. "
    "[[Nearly 6,000 people|displaced;a=local rights groups]] crossed the Arauca river into Colombia, local rights groups said.",
)

# ---------------------------------------------------------------- Brazil

F(
    "Brazil: police raid in Rio's Penha and Alemao complexes",
    "[[About 2,500 police officers|combatants;a=the Rio state government]] took part in a raid on the Penha and Alemao favela complexes, the Rio state government said. [[Sixty-four people|killed]] died in the operation, among them [[four officers|killed]]. "
    "Police arrested [[81 suspects|arrested;a=Police]] and seized [[93 rifles|other;a=Police]], Police said.",
)

F(
    "Brazil: Yanomami land operation removes miners",
    "Federal agents destroyed [[327 illegal mining camps|other;u=structure;a=Federal agents]] and seized [[18 aircraft|other;a=Federal agents]] in Yanomami territory, Federal agents said. "
    "[[More than 20,000 miners|other;a=the health ministry]] had worked in the reserve, and [[about 570 children|killed;a=the health ministry]] died of preventable causes over four years, according to the health ministry.",
)

F(
    "Brazil: Venezuelan migrants relocated from Roraima",
    "Operation Welcome flew [[312 Venezuelan migrants|displaced;a=the UNHCR]] from Boa Vista to other Brazilian states this week, the UNHCR said. "
    "The [[ten shelters|capacity]] in Roraima can house [[about 8,000 people|capacity]] and are almost full.",
)
