"""dev15 positives: Colombia; Mexico; Ecuador; Haiti; Brazil's favelas.

POSITIVES = [(title, text, tag codes, kind), ...].
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives: Colombia
    (
        "Dissidents attack Cauca police station with explosive-laden drones",
        "FARC dissidents attacked the police station in Suárez, Cauca, with drones carrying explosives and rifle fire before dawn on Wednesday, police said. Two officers were wounded. It was the fourth drone attack in the department this month.",
        "E B",
        "attack_on_base",
    ),
    (
        "Indigenous guard shot dead in Toribío",
        "Armed men shot dead a member of the Nasa indigenous guard near Toribío, in Colombia's Cauca department, the regional indigenous council said. The guard had confronted men recruiting teenagers for a dissident group. The council said it was the third killing of a guard this year.",
        "V",
        "assassination",
    ),
    (
        "Truck bomb near Cali air base kills six",
        "A truck packed with explosives blew up near the Marco Fidel Suárez air base in Cali on Thursday afternoon, killing six civilians and wounding more than 60, the mayor said. President Gustavo Petro blamed a FARC dissident faction and called it a terrorist attack.",
        "E T V",
        "bombing",
    ),
    (
        "Chocó communities confined by armed groups, ombudsman warns",
        "About 9,000 people in riverside communities along the San Juan river in Chocó cannot leave their villages to fish, farm or reach a clinic because of mines and orders from armed groups, Colombia's ombudsman said. The ELN and the Gulf Clan are fighting for control of the river. Food stocks in several villages have run out.",
        "H B",
        "confinement",
    ),
    (
        "Police fire at protesters in Cali on tenth day of national strike",
        "Police fired tear gas and, according to witnesses, live rounds at protesters blocking a road in the Siloé district of Cali on Monday night. Rights groups said at least three people were killed. Protesters had burned a police post the night before.",
        "U",
        "crackdown",
    ),
    (
        "Rival dissident factions clash in Guaviare",
        "Clashes between two rival FARC dissident factions in a rural area of Guaviare have left at least 20 fighters dead, the army said. Residents of nearby villages fled to the town of Calamar.",
        "B D",
        "battle",
    ),
    (
        "Minors among dead in army bombing of dissident camp",
        "Colombia's defence minister confirmed that several minors were among the people killed in an air force bombing of a dissident camp in Caquetá. The army said the camp belonged to a faction led by a former FARC commander. Opposition senators said the children had been forcibly recruited.",
        "E M",
        "airstrike",
    ),
    # ---------------------------------------------------------------- positives: Mexico
    (
        "Cartel drones drop explosives on Tierra Caliente villages",
        "Drones carrying explosives struck houses in several villages in Michoacán's Tierra Caliente region over the weekend, forcing families to sleep in fields, the state government said. Residents blamed the Jalisco New Generation Cartel, which is fighting local groups for the area. Two people were wounded and about 200 left for Apatzingán.",
        "E V D",
        "drone_strike",
    ),
    (
        "Gunmen block Culiacán roads after arrest of 'El Chapo' son",
        "Gunmen set vehicles on fire and opened fire on military aircraft in Culiacán after soldiers arrested Ovidio Guzmán on Thursday. Ten soldiers and 19 suspected cartel members were killed in the fighting, the defence minister said. The airport was closed and residents were told to stay home.",
        "B M",
        "battle",
    ),
    (
        "Chiapas families cross into Guatemala to escape cartel fighting",
        "More than 500 residents of Amatenango de la Frontera crossed into Guatemala this week after armed men from rival cartels fought for days in the hills around their villages, Guatemalan officials said. Families were sheltered in a school in Cuilco. They said gunmen had cut electricity and blocked roads.",
        "D B",
        "displacement",
    ),
    (
        "Thirteen police officers killed in ambush in Mexico state",
        "Thirteen police officers were killed when their convoy was ambushed in Coatepec Harinas in the State of Mexico on Thursday, officials said. The attackers fired from high ground on both sides of the road. Officials blamed a cartel cell.",
        "B",
        "ambush",
    ),
    (
        "Army and gunmen fight in Nuevo Laredo streets",
        "Soldiers fought gunmen in several neighbourhoods of Nuevo Laredo on Monday, and 12 suspected gang members were killed, the army said. Residents filmed armoured trucks with mounted guns speeding through the city.",
        "B",
        "battle",
    ),
    # ---------------------------------------------------------------- positives: Ecuador
    (
        "Gunmen storm TV studio during live broadcast in Guayaquil",
        "Hooded men armed with guns and explosives burst into the studios of TC Televisión in Guayaquil during a live broadcast on Tuesday and held staff at gunpoint. Police later freed the hostages and arrested 13 people. President Daniel Noboa declared an 'internal armed conflict' and ordered the army to 'neutralise' 22 gangs he classed as terrorist groups.",
        "V T",
        "hostage_taking",
    ),
    (
        "Soldiers and gang members killed in clash in Esmeraldas",
        "Two soldiers and five members of the Los Lobos gang were killed in a gunfight in a rural area of Esmeraldas province, the armed forces said. The military said its patrol had been searching for an illegal mining camp.",
        "B",
        "battle",
    ),
    (
        "Car bombs explode outside prison and police station in Quito",
        "Two car bombs exploded in Quito overnight, one near the El Inca prison and another outside a police station, officials said. No one was killed. The interior minister called the blasts a terrorist response to a transfer of gang leaders.",
        "E T",
        "bombing",
    ),
    # ---------------------------------------------------------------- positives: Haiti
    (
        "Pont-Sondé: 70 killed as Gran Grif gang raids town",
        "Members of the Gran Grif gang killed at least 70 people, including women and babies, in an attack on Pont-Sondé in Haiti's Artibonite region, the UN said. Residents said gunmen went from house to house. More than 6,000 people fled to nearby towns.",
        "V D",
        "massacre",
    ),
    (
        "Gangs storm Haiti's main prison, freeing thousands",
        "Armed gangs attacked Haiti's National Penitentiary in Port-au-Prince overnight after hours of gunfire with police, and most of its roughly 3,800 inmates escaped, officials said. Gang leaders said the attack was part of a campaign to oust the prime minister.",
        "B",
        "attack_on_prison",
    ),
    (
        "Kenyan-led police push into gang-held Solino",
        "Police officers of the Kenyan-led multinational mission and Haitian police pushed into the Solino neighbourhood of Port-au-Prince with armoured vehicles on Thursday, exchanging fire with gangs for several hours. Two officers were wounded, the mission said.",
        "B M",
        "offensive",
    ),
    (
        "Nurses taken from Port-au-Prince hospital",
        "Gunmen abducted two nurses from a hospital run by a charity in a suburb of Port-au-Prince on Tuesday, the hospital said. The gang controlling the area demanded a ransom. The hospital suspended all services.",
        "V H",
        "abduction",
    ),
    (
        "Elderly killed in Cité Soleil after gang leader's son falls ill",
        "A gang leader in Port-au-Prince's Wharf Jérémie area ordered the killing of more than 180 people, most of them elderly, after blaming them for his child's illness, a rights group said. The victims were shot or hacked to death and their bodies burned.",
        "V",
        "massacre",
    ),
    (
        "IOM: displacement in Haiti passes one million",
        "The number of people displaced by gang violence in Haiti has passed one million, the International Organization for Migration said on Wednesday. Many are living in schools, churches and public buildings in Port-au-Prince. The agency said funding covered only a small part of needs.",
        "D H",
        "displacement",
    ),
    (
        "Gangs seize Mirebalais, free prisoners",
        "Gangs took control of Mirebalais in central Haiti after a two-day attack, freeing more than 500 inmates from the town's prison, police said. Thousands of residents fled on foot towards the Dominican border.",
        "B D",
        "battle",
    ),
    (
        "UN helicopter hit by gunfire over Port-au-Prince",
        "A helicopter of the UN humanitarian air service was hit by gang gunfire while flying over Port-au-Prince, forcing it to make an emergency landing, the UN said. No one was injured. Flights carrying aid workers and supplies were suspended.",
        "V H",
        "attack_on_aid",
    ),
    # ---------------------------------------------------------------- positives: Brazil's favelas
    (
        "Police raid in Jacarezinho leaves 28 dead",
        "A police raid on the Jacarezinho favela in Rio de Janeiro left 28 people dead, including a police officer, the deadliest operation in the city's history. Police said the suspects had opened fire on officers. Residents said some men were shot after surrendering.",
        "M B V",
        "raid",
    ),
    (
        "Residents flee as militia and traffickers fight in Rio's west zone",
        "Hundreds of residents left their homes in Gardênia Azul as a militia and Comando Vermelho traffickers fought for control of the area for a third day, city officials said. Schools and clinics closed. Gunmen set buses on fire on the main avenue.",
        "B D",
        "battle",
    ),
    (
        "Police operation in Alemão and Penha kills more than 100",
        "More than 100 people were killed in a police operation against the Comando Vermelho in Rio's Alemão and Penha complexes, the deadliest in Brazil's history. About 2,500 officers took part, backed by armoured vehicles and helicopters. Gang members fought back with rifles and dropped explosives from drones, the governor said.",
        "M B E",
        "raid",
    ),
    (
        "Guarujá operation: residents describe executions",
        "Residents of favelas in Guarujá, on the São Paulo coast, told a human rights commission that police had shot unarmed men during an operation launched after an officer was killed. Twenty-eight people died in a month of raids. The state government said all deaths occurred in confrontations.",
        "M V",
        "raid",
    ),
    (
        "Girl killed in shootout in Maré",
        "A 9-year-old girl was killed by a bullet during a shootout between police and traffickers in the Maré complex, her family said. Schools in the area were closed.",
        "B",
        "gunfight",
    ),
]
