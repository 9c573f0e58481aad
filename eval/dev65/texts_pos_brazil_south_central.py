"""Positives of eval/dev65: Brazil (police operations, militias, the Amazon, 8 January), Venezuela,
Honduras, El Salvador, Nicaragua and Chile (README.md)."""

POSITIVES = [
    (
        "Police raid against Comando Vermelho in Rio leaves more than 100 dead",
        (
            "About 2,500 police officers backed by armoured vehicles and helicopters stormed the "
            "Alemão and Penha favela complexes in northern Rio de Janeiro on Tuesday in an "
            "operation against the Comando Vermelho gang, leading to gun battles that lasted all "
            "day. The state government said more than 100 people had been killed, among them four "
            "officers, making it the deadliest police operation in the city's history. Gang "
            "members dropped explosives from drones on police and set up barricades of burning "
            "buses. Residents laid dozens of bodies in a square the next morning. The governor "
            'called the operation a blow against "narco-terrorists", while the UN human rights '
            "office said it was horrified."
        ),
        "M B E",
        "police operation",
    ),
    (
        "Twenty-eight dead in Rio police raid on Jacarezinho favela",
        (
            "Twenty-eight people, including a police officer, were killed during a police raid on "
            "the Jacarezinho favela in northern Rio de Janeiro on Thursday, police said. Officers "
            "in armoured vehicles and helicopters exchanged fire with suspected drug traffickers "
            "for hours, and residents said police had shot several men who had surrendered. Rights "
            "groups called it a massacre."
        ),
        "M B",
        "police operation",
    ),
    (
        "Police kill 28 in São Paulo coast operation after officer's death",
        (
            "Police in São Paulo state have killed 28 people in a month-long operation in Guarujá "
            "and Santos launched after a special forces officer was shot dead, the state's public "
            "security secretary said. Residents and human rights groups say some of the dead were "
            "executed and accused police of torture. The governor defended the operation, which he "
            "said was aimed at the PCC gang."
        ),
        "M V",
        "police operation",
    ),
    (
        "Armed miners attack Yanomami village in Brazilian Amazon",
        (
            "Illegal gold miners in boats opened fire on the Yanomami village of Palimiú on the "
            "Uraricoera river in Roraima on Monday, Indigenous leaders said, in the latest of a "
            "series of attacks. Residents returned fire with shotguns and arrows, and two children "
            "drowned while fleeing. Federal police who went to the area a day later were also shot "
            "at by the miners. Families said they were sleeping in the forest for fear of another "
            "attack."
        ),
        "V D",
        "attack on village",
    ),
    (
        "Gunmen attack Guarani Kaiowá land occupation in Mato Grosso do Sul",
        (
            "Armed men fired on Guarani Kaiowá families occupying part of a farm they claim as "
            "ancestral land near Caarapó, in Mato Grosso do Sul, killing a health worker and "
            "wounding six other people, Indigenous organisations said. They said the attackers "
            "arrived in pickups and burned shacks. The federal government sent the National Force "
            "to the area."
        ),
        "V",
        "attack on Indigenous community",
    ),
    (
        "Bolsonaro supporters storm Brazil's Congress, Supreme Court and presidential palace",
        (
            "Thousands of supporters of the former president broke through police lines in "
            "Brasília on Sunday and invaded Congress, the Supreme Court and the presidential "
            "palace, smashing windows, furniture and works of art. Police used tear gas and stun "
            "grenades to clear the buildings after several hours and arrested hundreds of people. "
            "The president ordered a federal intervention in the capital's security forces."
        ),
        "U",
        "riot",
    ),
    (
        "Rio militia sets 35 buses on fire after police kill leader's nephew",
        (
            "Members of a militia set fire to at least 35 buses and a train in western Rio de "
            "Janeiro on Monday after police killed the nephew of the group's leader in a shootout, "
            "the city government said. Thousands of passengers were forced off at gunpoint and "
            "schools closed early. The militia, made up mainly of former police officers, controls "
            "much of the city's west zone."
        ),
        "V",
        "arson attack",
    ),
    (
        "Police kill 10 landless workers in Pará eviction operation",
        (
            "Police officers sent to carry out arrest warrants killed 10 landless farm workers, "
            "including a woman leader, at an occupied ranch in Pau d'Arco, Pará, on Wednesday. "
            "Survivors said the workers were shot as they sheltered from the rain under a "
            "tarpaulin and had not fired at the police. The land had been disputed for years "
            "between the families and the ranch owner."
        ),
        "V",
        "police killings",
    ),
    (
        "Thousands flee to Colombia as Venezuelan army fights guerrillas in Apure",
        (
            "More than 4,000 Venezuelans have crossed into Arauquita, Colombia, fleeing fighting "
            "between Venezuela's armed forces and a FARC dissident faction in the state of Apure, "
            "Colombian officials said. Residents said Venezuelan aircraft had bombed areas near La "
            "Victoria and that soldiers had raided homes. Arauquita's mayor said the town had set "
            "up shelters in a school and a sports centre and was running out of food. The "
            "Colombian Red Cross said 300 children were among those sheltering."
        ),
        "B D H",
        "armed clashes",
    ),
    (
        "Protests after Venezuela's disputed election leave dead and hundreds detained",
        (
            "At least 11 people were killed and more than 700 detained in protests across "
            "Venezuela on Monday and Tuesday after the electoral council declared the president "
            "re-elected, rights groups said. Police and National Guard troops fired tear gas and "
            "rubber bullets, and armed pro-government civilians known as colectivos shot at "
            "demonstrators in Caracas. Protesters tore down statues of the late president Hugo "
            "Chávez in several towns."
        ),
        "U",
        "crackdown",
    ),
    (
        "Eleven killed as US military strikes alleged drug boat off Venezuela",
        (
            "The US military struck a boat in the southern Caribbean that it said was carrying "
            "drugs from Venezuela, killing 11 people on board, the president said on Tuesday, "
            "posting a video of the vessel exploding. It was the first such strike since "
            "Washington sent warships to the region. Venezuela's government said the video might "
            "have been faked and called the deployment a threat."
        ),
        "E M",
        "air strike",
    ),
    (
        "Venezuela says eight killed as armed group lands near Caracas",
        (
            "Venezuela's interior minister said security forces had killed eight members of an "
            "armed group that tried to land by boat on the coast at Macuto, near Caracas, early on "
            "Sunday. The government said the group had come from Colombia to attack military "
            "targets and accused the opposition of backing it."
        ),
        "B M",
        "armed incursion",
    ),
    (
        "Forty-six women killed in riot at Honduran prison",
        (
            "Forty-six women were killed at a women's prison in Támara, north of Tegucigalpa, on "
            "Tuesday when members of the Barrio 18 gang attacked inmates of the rival MS-13 with "
            "guns and machetes and set fire to a cell block, officials said. Most of the victims "
            "were burned to death. The president said she would take drastic measures and put the "
            "prisons under the control of the military police."
        ),
        "V",
        "prison massacre",
    ),
    (
        "Men in police uniforms abduct four Garífuna men on Honduras coast",
        (
            "Armed men wearing police jackets abducted four Garífuna men, including a community "
            "leader, from their homes in Triunfo de la Cruz on the Caribbean coast of Honduras "
            "early on Saturday, the Garífuna organisation Ofraneh said. The community has been in "
            "a long dispute with tourism developers over its land. The men have not been seen "
            "since."
        ),
        "V",
        "abduction",
    ),
    (
        "El Salvador gangs kill 62 people in a single day",
        (
            "Gang members killed 62 people across El Salvador on Saturday, the deadliest day since "
            "the end of the civil war, according to police figures. Most of the victims were "
            "street vendors, bus passengers and farmers shot at random in what officials said was "
            "an attempt by the MS-13 gang to pressure the government. Congress approved a state of "
            "emergency on Sunday suspending some civil liberties."
        ),
        "V",
        "killing spree",
    ),
    (
        "Nicaraguan police and armed civilians attack protesters in Masaya",
        (
            "Riot police and masked pro-government gunmen attacked barricades in the city of "
            "Masaya on Tuesday, firing live ammunition at residents who had blocked streets for "
            "weeks in protests against the government, human rights groups said. At least four "
            "people were killed. The Nicaraguan Centre for Human Rights said more than 200 people "
            "had died since the protests began in April."
        ),
        "U V",
        "crackdown",
    ),
    (
        "Gunmen fire on Mother's Day march in Managua",
        (
            "At least 15 people were killed when snipers and armed civilians fired on a huge march "
            "in Managua on Wednesday held in solidarity with the mothers of students killed in "
            "earlier protests, according to human rights groups. Witnesses said the shots came "
            "from the national stadium, where police were stationed. The government blamed "
            "opposition groups."
        ),
        "U V",
        "crackdown",
    ),
    (
        "Chile deploys troops and imposes curfew as Santiago protests turn violent",
        (
            "Chile's president declared a state of emergency and put the army on the streets of "
            "Santiago on Saturday after a night of riots in which protesters set fire to metro "
            "stations, supermarkets and the headquarters of an electricity company. Police fired "
            "tear gas and water cannon at crowds protesting against a rise in metro fares, and "
            "more than 300 people were arrested. A curfew was imposed on the capital for the first "
            "time since the end of military rule. Supermarkets were looted in several other cities "
            "overnight."
        ),
        "U",
        "riot",
    ),
    (
        "Three Chilean police officers killed in ambush in Biobío",
        (
            "Three Chilean police officers were shot dead in an ambush on a rural road near Cañete "
            "on Saturday and their patrol car set on fire, the government said. The area has seen "
            "frequent armed attacks on forestry companies by radical Mapuche groups demanding the "
            "return of ancestral land. The president declared three days of national mourning."
        ),
        "B",
        "ambush",
    ),
    (
        "Gunmen burn lorries in Araucanía as Chile extends military presence",
        (
            "Hooded gunmen stopped a convoy of timber lorries on a road near Ercilla, in Chile's "
            "Araucanía region, on Tuesday, fired on the drivers and burned seven vehicles with "
            "petrol bombs, police said. One driver was wounded. A radical Mapuche group claimed "
            "the attack, and the government said it would keep soldiers in the region for another "
            "two weeks under the state of emergency."
        ),
        "E V",
        "arson attack",
    ),
]
