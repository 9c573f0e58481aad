"""dev155 positives (2 of 2): Venezuela, Peru, Bolivia, Brazil, Guatemala, Nicaragua, Cuba,
Paraguay, Chile, Argentina and Honduras, whole articles that report current organised violence,
unrest and crackdowns (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Venezuela: deaths and hundreds of arrests as protests against Maduro's "
        "declared win are broken up",
        "CARACAS (AFP) - At least 11 people have been killed and more than 700 "
        "arrested in two days of protests against the official result of Sunday's "
        "presidential election, which the electoral council says Nicolás Maduro "
        "won, rights groups and the attorney general said on Tuesday. National "
        "Guard troops fired tear gas and rubber bullets at crowds that marched "
        "from the hillside barrios of Petare and Catia towards the centre of "
        "Caracas, and armed pro-government groups known as colectivos opened fire "
        "on protesters in several cities, according to the NGO Foro Penal. "
        "Demonstrators toppled statues of the late president Hugo Chávez in at "
        "least three towns and set fire to campaign posters. Attorney General "
        "Tarek William Saab said those arrested would be charged with terrorism "
        "and incitement to hatred. The opposition, led by María Corina Machado, "
        "says tally sheets collected by its witnesses show its candidate Edmundo "
        "González won by a wide margin. Defence Minister Vladimir Padrino López "
        'said the armed forces would not allow a "coup" and read out a statement '
        "of loyalty to Maduro. In the Caracas district of Petare, residents banged "
        "pots from their windows on Monday night while motorcycle-riding "
        "colectivos drove through the streets firing into the air. Among the dead "
        "was a 15-year-old boy shot in the state of Aragua, according to Provea, "
        "another rights group. Several opposition leaders were detained at their "
        "homes by agents of the intelligence service SEBIN. Several Latin American "
        "governments called for the publication of the full results.",
        "U",
        "crackdown",
    ),
    (
        "Thousands cross into Arauquita as Venezuelan army battles FARC dissidents in Apure",
        "ARAUQUITA, Colombia (El Tiempo) - More than 4,000 people have crossed the "
        "Arauca river into Colombia since Sunday, fleeing fighting between the "
        "Venezuelan armed forces and FARC dissidents in the state of Apure, local "
        "officials said on Thursday. The Venezuelan government said its troops had "
        'launched an operation against "irregular armed groups" around La '
        "Victoria, across the river from Arauquita, and that two soldiers had been "
        "killed and 32 people detained. Residents who reached the Colombian side "
        "described air strikes, soldiers going door to door and homes being "
        "looted. The town of Arauquita has set up shelters in its coliseum and in "
        "several schools, and its mayor said food and mattresses were running out. "
        "The Ombudsman's Office and the Red Cross are registering the arrivals, "
        "most of them Colombians who had lived for years on the Venezuelan bank "
        "and Venezuelans with relatives in Arauca. The 10th Front of the "
        "dissidents, which controls much of the border strip, said in a statement "
        "that it had fought off the offensive. Colombia's foreign ministry asked "
        "Caracas to respect the rights of civilians. Fighting could still be heard "
        "from the riverbank on Thursday afternoon.",
        "B E M D H",
        "battle",
    ),
    (
        "US strike on boat off Venezuela kills 11, Trump says; Caracas calls it an "
        "extrajudicial execution",
        "The United States military struck a boat that it said was carrying drugs "
        "from Venezuela in the southern Caribbean on Tuesday, killing 11 people "
        "aboard, President Donald Trump said, publishing a video of the vessel "
        "exploding. Trump said the boat belonged to the Tren de Aragua gang, which "
        "his administration has designated a terrorist organisation, and that the "
        "strike was a warning to cartels trying to bring drugs into the United "
        "States. The Pentagon gave no details of the weapons used or of the "
        "evidence that the people on board were members of the gang. Venezuela's "
        "communications minister, Freddy Ñáñez, said the video appeared to have "
        "been made with artificial intelligence, while other officials called the "
        "attack an extrajudicial execution. The strike followed the deployment of "
        "several warships, a submarine and thousands of sailors and marines to the "
        "waters off Venezuela in recent weeks. Legal experts questioned whether "
        "the administration had the authority to use lethal military force against "
        "suspected smugglers rather than intercepting them. In Caracas, President "
        "Nicolás Maduro called on militias to enlist and accused Washington of "
        "preparing an invasion.",
        "E M",
        "air strike",
    ),
    (
        "Seventeen dead in Juliaca as protesters try to take the airport and "
        "security forces open fire",
        "LIMA (Reuters) - Seventeen people were killed in the southern Peruvian "
        "city of Juliaca on Monday when security forces opened fire on protesters "
        "trying to take over the city's airport, the Ombudsman's Office said, the "
        "deadliest day since demonstrations against President Dina Boluarte began "
        "in December. Health officials in the Puno region said most of the dead "
        "had gunshot wounds and that a 17-year-old was among them. More than 60 "
        "people were treated in hospital, some of them police officers hit by "
        "stones. Protesters burned a police car and later, according to the "
        "interior ministry, attacked a patrol; one officer was found burned to "
        "death in his vehicle overnight. Boluarte's government declared three days "
        'of curfew in Puno and said the police had acted against "violent groups". '
        "The protesters, most of them from Aymara communities around Lake "
        "Titicaca, demand Boluarte's resignation, early elections and the release "
        "of former president Pedro Castillo, who was arrested after trying to "
        "dissolve Congress. Hundreds of relatives gathered outside the Carlos "
        "Monge Medrano hospital on Monday night, where doctors asked for blood "
        "donations. The clashes began in the afternoon, when several thousand "
        "people marched towards the airport's perimeter fence and police fired "
        "tear gas to push them back. Prime Minister Alberto Otárola said the "
        "deaths would be investigated. Roads across the south remained blocked.",
        "U",
        "crackdown",
    ),
    (
        "Four soldiers killed in Shining Path ambush in Peru's VRAEM, army says",
        "LIMA (AFP) - Four Peruvian soldiers were killed on Friday in an ambush in "
        "the Valley of the Apurímac, Ene and Mantaro Rivers (VRAEM), the country's "
        "largest coca-growing area, the armed forces' joint command said. The "
        "patrol was attacked while moving through the district of Pichari, in the "
        'Cusco region, by what the command described as "terrorist remnants" of '
        'Shining Path led by Víctor Quispe Palomino, alias "Comrade José". Two '
        "other soldiers were wounded and evacuated by helicopter to the regional "
        "hospital in Ayacucho. The joint command said special forces had launched "
        "an operation to pursue the attackers through the jungle. Shining Path, "
        "whose war against the state left nearly 70,000 dead between 1980 and 2000 "
        "according to Peru's truth commission, survives in the VRAEM as an armed "
        "group that the government links to cocaine trafficking. Defence Minister "
        "Jorge Chávez Cresta said the government would reinforce the area with "
        "more troops. The ambush was the deadliest for the military in the valley "
        "in two years.",
        "B T",
        "ambush",
    ),
    (
        "Three police officers dead in clashes with Morales supporters at Llallagua blockade",
        "LA PAZ (AFP) - Three police officers were killed on Wednesday in clashes "
        "with supporters of former president Evo Morales who were blocking roads "
        "in the mining town of Llallagua, in northern Potosí, Bolivia's government "
        "said. Government Minister Roberto Ríos said the officers were shot when "
        "protesters armed with firearms and dynamite attacked a police unit trying "
        "to clear the blockade, and that a fourth officer was missing. Images on "
        "social media showed smoke rising from a burning police vehicle and miners "
        "throwing dynamite from a hillside. At least 20 police officers and "
        "several protesters were treated in hospital, local health officials said. "
        "Morales's followers have blocked main roads across the country for two "
        "weeks, demanding his registration as a candidate in the August elections, "
        "which the courts have barred. The government of Luis Arce accused Morales "
        "of using the blockades to avoid an arrest warrant in a statutory rape "
        "case, which he denies. Fuel and food shortages have spread to several "
        "cities because of the blockades. The Catholic Church called on both sides "
        "to stop the violence.",
        "U",
        "violent protest",
    ),
    (
        "Deadliest police raid in Rio's history: 64 dead as operation targets "
        "Comando Vermelho in Alemão and Penha",
        "RIO DE JANEIRO (O Globo) - At least 64 people, among them four police "
        "officers, were killed on Tuesday in a police operation against the "
        "Comando Vermelho in the Alemão and Penha complexes, in Rio de Janeiro's "
        "north zone, the state government said, making it the deadliest in the "
        "city's history. About 2,500 civil and military police officers took part "
        "in the operation, which aimed to serve 100 arrest warrants against "
        "members of the drug faction. The gang responded with gunfire and used "
        "drones to drop explosives on the police, according to the state security "
        "secretariat. Buses were hijacked and used to block avenues, and dozens of "
        "schools and health clinics in the area closed. Residents of Penha said "
        "they carried bodies down from the wooded Serra da Misericórdia to a "
        "square on Wednesday morning, raising fears that the toll would rise. A "
        "resident of Vila Cruzeiro said she had spent the day lying on the floor "
        "of her kitchen with her two children while helicopters flew overhead. Bus "
        "companies withdrew more than 70 vehicles from the north zone after at "
        "least a dozen were seized, and several main roads, including stretches of "
        "the Avenida Brasil, were closed for hours. The state police said 81 "
        "people had been arrested and that 93 rifles and more than half a tonne of "
        "drugs had been seized. Governor Cláudio Castro called the operation a "
        'success against "narco-terrorism" and complained that the state had been '
        "left alone. Human rights organisations and the public defender's office "
        "asked for an investigation of each death. The UN human rights office said "
        "it was horrified.",
        "M B E",
        "police operation",
    ),
    (
        "Bolsonaro supporters storm Congress, Supreme Court and Planalto; Lula "
        "orders federal intervention",
        "BRASÍLIA (Folha) - Thousands of supporters of former president Jair "
        "Bolsonaro broke through police lines on Sunday afternoon and invaded the "
        "buildings of Congress, the Supreme Federal Court and the Planalto "
        "presidential palace, smashing windows, furniture and works of art a week "
        "after President Luiz Inácio Lula da Silva took office. The rioters, many "
        "wearing the yellow-and-green national football shirt, had marched from a "
        "camp outside the army headquarters, where they had been demanding a "
        "military coup since the election. Police used tear gas and stun grenades "
        "and took back the three buildings after about four hours. At least 400 "
        "people were arrested on Sunday night, and more than 1,000 were detained "
        "at the camp on Monday morning. Lula, who was in São Paulo state visiting "
        "areas hit by floods, decreed a federal intervention in the security of "
        'the Federal District and called the invaders "vandals and fascists". '
        "Supreme Court Justice Alexandre de Moraes suspended the governor of the "
        "Federal District, Ibaneis Rocha, for 90 days. Bolsonaro, who is in "
        'Florida, wrote that "depredations" were outside the rules of democracy.',
        "U",
        "riot",
    ),
    (
        "Miners open fire on Yanomami village on the Uraricoera river; children "
        "drown as families flee",
        "BOA VISTA (Folha) - Men in boats fired on the Yanomami community of "
        "Palimiú, on the Uraricoera river in Roraima, on Monday, in the latest of "
        "a series of attacks by illegal gold miners on the indigenous territory, "
        "the Hutukara Yanomami Association said. According to the association, the "
        "attackers arrived in at least seven boats and shot at the village for "
        "about half an hour. A Yanomami man was grazed by a bullet in the head and "
        "several miners were wounded when residents responded with arrows and "
        "shotguns. Two children, aged one and five, drowned after falling into the "
        "river as families ran into the forest, the association said. Federal "
        "police officers who went to the village the next day were also shot at "
        "from a passing boat. Illegal mining has spread rapidly in the Yanomami "
        "territory, with an estimated 20,000 miners working there, some of them "
        "linked to criminal factions from São Paulo. Supreme Court Justice Luís "
        "Roberto Barroso ordered the federal government to take measures to "
        "protect the communities. Indigenous leaders say they fear new attacks.",
        "V D",
        "attack on village",
    ),
    (
        "Gang attacks kill seven police officers after riots in three prisons; "
        "Arévalo declares state of siege",
        "GUATEMALA CITY (Prensa Libre) - Seven police officers were killed on "
        "Sunday in attacks by members of the Barrio 18 gang in Guatemala City and "
        "Villa Nueva, hours after inmates rioted in three prisons and took 46 "
        "guards hostage, the interior ministry said. Gunmen on motorcycles opened "
        "fire on officers at checkpoints and patrol cars in at least five places, "
        "in what Interior Minister Marco Antonio Villeda called a coordinated "
        "response to the transfer of gang leaders to a maximum-security prison. "
        "Ten more officers were wounded. The riots broke out at dawn in the "
        "Renovación 1 prison in Escuintla and in two facilities in the capital, "
        "where inmates burned mattresses and held the guards in their cells. "
        "Police and soldiers retook the prisons by the afternoon and freed the "
        "hostages, the ministry said. President Bernardo Arévalo announced a "
        '30-day state of siege and asked Congress to ratify it. "These are acts of '
        'terror against the state and the population," Arévalo said in a national '
        "address. Public transport in the capital stopped running on Sunday "
        "afternoon as bus companies pulled their vehicles off the streets, and "
        "residents of Villa Nueva said they had heard shooting for hours. The "
        "government said it had information that the attacks had been ordered from "
        "inside the prisons by gang leaders angry at the loss of privileges. The "
        "United States embassy advised its citizens to stay at home. Schools in "
        "the capital suspended classes on Monday.",
        "B V T",
        "gang attacks on police",
    ),
    (
        "Mothers' Day march in Managua ends in gunfire as armed men fire on protesters",
        "MANAGUA (AFP) - At least 11 people were killed and dozens wounded in "
        "Managua on Wednesday when armed men fired on a march organised by the "
        "mothers of students killed in April's protests against President Daniel "
        "Ortega, the Nicaraguan Center for Human Rights (CENIDH) said. Hundreds of "
        "thousands of people had marched peacefully to the Central American "
        "University when shots rang out near the national stadium, according to "
        "witnesses. Some of the gunmen wore hoods and fired from the stands of the "
        "stadium and from pickup trucks, the human rights group said; the "
        "opposition blamed paramilitary groups and police snipers. Attacks were "
        "also reported in Masaya, Estelí and Chinandega. The government said its "
        "supporters had been attacked at a concert on the same day and denied "
        "responsibility. The Catholic bishops suspended the national dialogue they "
        'were mediating, saying it could not go on "while the people are being '
        'massacred". More than 100 people have died since the protests began on '
        "April 18, according to rights groups. Students remain barricaded in "
        "several universities.",
        "U V",
        "crackdown",
    ),
    (
        "Thousands take to Cuba's streets in rare protests; police and government "
        "supporters beat and detain marchers",
        "HAVANA (Reuters) - Thousands of Cubans took to the streets in towns "
        "across the island on Sunday in the biggest anti-government protests in "
        'decades, chanting "freedom" and "we are not afraid" amid shortages of '
        "food and medicine and daily blackouts. The protests began in San Antonio "
        "de los Baños, near Havana, and spread to cities including Havana, "
        "Santiago and Matanzas, with many demonstrators broadcasting live on "
        "social media until mobile internet was cut. In Havana, police and "
        "plainclothes officers beat protesters and bundled dozens into trucks, "
        "Reuters witnesses said. Some demonstrators overturned a police car and "
        "threw stones at officers, and shops selling in foreign currency were "
        "looted in at least two towns. President Miguel Díaz-Canel went on state "
        'television to call on "revolutionaries" to take to the streets to '
        "confront what he described as provocations organised from the United "
        "States. Rights groups said more than 150 people had been detained or were "
        "missing by Monday morning. Videos showed crowds in the Malecón shouting "
        '"Patria y vida", the title of a song by exiled musicians that has become '
        "an anthem of the opposition. In Santiago, several dozen people were seen "
        "being led away by police in handcuffs. The US State Department said "
        "Washington supported the Cuban people's right to protest and urged "
        "restraint. The Cuban government said one man was killed in clashes in a "
        "Havana suburb on Monday.",
        "U",
        "crackdown",
    ),
    (
        "EPP guerrillas kidnap former vice-president Óscar Denis at his ranch in Concepción",
        "ASUNCIÓN (MercoPress) - Paraguay's former vice-president Óscar Denis was "
        "kidnapped on Wednesday by members of the Paraguayan People's Army (EPP) "
        "at his ranch in the northern department of Concepción, the government "
        "said. A farm worker who was taken with him was released a few hours later "
        "with a message from the guerrilla group demanding food supplies worth two "
        "million dollars for communities in the north and the release of two of "
        "its imprisoned leaders. President Mario Abdo Benítez said the state would "
        'not negotiate with "criminals" and ordered the Joint Task Force (FTC), '
        "the military and police unit deployed in the north, to intensify its "
        "search. Denis, 74, was vice-president between 2012 and 2013 and is a "
        "well-known cattle rancher. The EPP, a small Marxist group that has "
        "operated in the forests of Concepción and San Pedro since 2008, still "
        "holds a police officer kidnapped in 2014 and a rancher's son taken in "
        "2017. Families of the hostages have repeatedly accused the state of "
        "failing to bring them home. Denis's family asked the government to "
        "prioritise his life.",
        "V",
        "abduction",
    ),
    (
        "Forestry worker shot dead as gunmen torch machinery in Araucanía; "
        "government invokes state security law",
        "TEMUCO (Reuters) - A forestry worker was shot dead and two others were "
        "wounded on Thursday when hooded gunmen attacked a logging site near the "
        "town of Contulmo, in Chile's Biobío-Araucanía border area, and set fire "
        "to trucks and harvesting machines, police said. The workers were having "
        "breakfast when the attackers arrived, fired at them and ordered them to "
        "leave before burning at least nine vehicles, a prosecutor said. A "
        "pamphlet left at the scene claimed the attack in the name of the "
        "Resistencia Mapuche Lafkenche, one of several radical groups fighting "
        "forestry companies over land claimed by Mapuche communities. Interior "
        'Undersecretary Manuel Monsalve called it "an act of terrorism" and said '
        "the government would file a complaint under the state security law. The "
        "area has been under a state of emergency, with the army patrolling main "
        "roads, for several months. Forestry business groups said the attack was "
        "the third against their contractors this month. The dead worker, 43, was "
        "the father of three.",
        "V T",
        "armed attack",
    ),
    (
        "Rosario: gunmen kill petrol station worker as gangs target civilians; "
        "Bullrich speaks of narcoterrorism",
        "BUENOS AIRES (Buenos Aires Times) - A 25-year-old petrol station "
        "attendant was shot dead in Rosario on Saturday night, the fourth random "
        "killing in a week in Argentina's third-largest city, where drug gangs "
        "have begun shooting at civilians in retaliation for a crackdown on jailed "
        "gang leaders. Bruno Bussanich was working his shift at a station in the "
        "west of the city when a man walked in and shot him at point-blank range, "
        "in an attack captured by security cameras. A note left near the body "
        "warned Security Minister Patricia Bullrich and Governor Maximiliano "
        'Pullaro that "we do not want peace" and that more innocents would die. '
        "Two taxi drivers and a bus driver were killed earlier in the week. "
        'Bullrich called the attacks "narco-terrorism" and said the government '
        "would send a bill to Congress to treat them as terrorist acts. Federal "
        "forces and army logistics units are being sent to the city. Buses stopped "
        "running and schools closed on Monday as drivers' unions refused to work. "
        "Pullaro said the attacks were a response to stricter prison conditions "
        "for gang members.",
        "V T",
        "attacks on civilians",
    ),
    (
        "Honduras imposes curfew as post-election protests turn deadly",
        "TEGUCIGALPA (AFP) - The Honduran government imposed a ten-day curfew on "
        "Friday after at least three people were killed in protests over the "
        "delayed count of last Sunday's presidential election, in which President "
        "Juan Orlando Hernández is narrowly ahead of opposition candidate Salvador "
        "Nasralla. Security forces fired tear gas and live ammunition at "
        "protesters who had blocked roads with burning tyres in Tegucigalpa, San "
        "Pedro Sula and several other cities, witnesses said. A 19-year-old woman "
        "was shot dead in the capital, and dozens of shops were looted across the "
        "country. The government said the curfew would run from six in the evening "
        "to six in the morning and would allow security forces to detain people "
        "who broke it. More than 100 people were arrested overnight, police said. "
        "Nasralla, a former television host, has accused the electoral tribunal of "
        "fraud and called his supporters into the streets. The Organization of "
        "American States asked both sides to wait for the final result. Some "
        "police units later refused to enforce the curfew.",
        "U",
        "crackdown",
    ),
]
