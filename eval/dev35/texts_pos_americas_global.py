"""dev35 positives: Latin America and the global wires. POSITIVES = [(title, text, tag codes, kind), ...]."""

POSITIVES = [
    (
        "Gangs attack Arcahaie, thousands flee north of Haiti's capital",
        "Members of the Viv Ansanm gang coalition attacked neighbourhoods of Arcahaie on Tuesday, burning houses and killing at least 12 residents, local officials said. The International Organization for Migration said some 5,000 people fled towards Saint-Marc in two days. Police reinforcements arrived by boat on Wednesday.",
        "B V D",
        "attack_on_town",
    ),
    (
        "Police and Kenyan-led force battle gangs near Pétion-Ville",
        "Haitian police and the multinational security force launched an operation to push gangs back from the Laboule area above Pétion-Ville on Friday, exchanging fire for several hours, a police spokesman said. Armoured vehicles were used and the police said four gang members were killed.",
        "B M",
        "operation",
    ),
    (
        "Cholera cases climb in Port-au-Prince displacement sites",
        "Health workers reported a sharp rise in cholera cases in the crowded sites where families driven from their homes by gang violence are living in Port-au-Prince, Doctors Without Borders said. Many sites have no clean water, and two of the city's main hospitals remain closed because of the fighting.",
        "H D",
        "disease_outbreak",
    ),
    (
        "Cartel gunmen ambush soldiers in Sinaloa mountains",
        "Gunmen believed to belong to a faction of the Sinaloa cartel ambushed an army convoy near Badiraguato with rifles and explosives, killing four soldiers, Mexico's defence ministry said. Troops killed six attackers in the clash that followed.",
        "B",
        "ambush",
    ),
    (
        "Schools in Culiacán close again as cartel factions fight",
        "Authorities in Sinaloa closed schools in parts of Culiacán for the rest of the week after gunfights between rival cartel factions left 11 dead over the weekend, prosecutors said.",
        "B",
        "gunfight",
    ),
    (
        "Families leave Guerrero villages after drone bomb attacks",
        "Dozens of families abandoned their homes in mountain villages of Guerrero's Heliodoro Castillo municipality after armed groups dropped explosives from drones on houses for three days, the state government said. A woman and her son were injured.",
        "E V D",
        "drone_attack",
    ),
    (
        "ELN and FARC dissidents clash in Catatumbo, thousands displaced",
        "Fighting between the ELN guerrillas and a FARC dissident group in Colombia's Catatumbo region has forced more than 5,000 people from their homes in a week, the ombudsman's office said. Shelters in Tibú and Ocaña were full, and the government declared a state of emergency. Residents said fighters went from house to house looking for people they accused of helping their rivals.",
        "B D H V",
        "clashes",
    ),
    (
        "Car bomb outside police station in Cali kills two",
        "A car bomb exploded outside a police station in southern Cali on Wednesday, killing two passers-by and wounding 15, the mayor said. The defence minister called it a terrorist attack and blamed a FARC dissident faction.",
        "E V T",
        "car_bomb",
    ),
    (
        "Fight between gangs in Guayaquil prison leaves 17 inmates dead",
        "Inmates from rival gangs fought with guns and explosives inside the Litoral penitentiary in Guayaquil overnight, leaving 17 dead, Ecuador's prison agency said. Soldiers entered the prison in the morning to regain control.",
        "B U",
        "prison_riot",
    ),
    (
        "Ecuador's army raids gang stronghold in Esmeraldas",
        "Some 800 soldiers and police raided a gang stronghold in the port city of Esmeraldas on Thursday, exchanging fire with gunmen and seizing rifles and explosives, the armed forces said. Three suspects were killed and 40 arrested.",
        "M B",
        "raid",
    ),
    (
        "Two dead as Puno protesters clash with police",
        "Two protesters died and more than 30 people were injured when police tried to clear a blockade on the highway at Juliaca airport in southern Peru, the ombudsman said. Demonstrators threw stones and tried to storm the airport.",
        "U",
        "riot",
    ),
    (
        "Venezuelan forces fire tear gas at opposition march in Caracas",
        "Security forces fired tear gas and pellets at thousands of opposition supporters marching in Caracas on Saturday and arrested at least 60 people, a rights group said. Colectivos on motorbikes chased marchers in the Chacao district.",
        "U",
        "crackdown",
    ),
    (
        "Police operation in Rio favelas leaves 22 dead",
        "At least 22 people were killed during a police operation against the Comando Vermelho gang in the Penha complex of favelas in Rio de Janeiro, state authorities said, after gang members opened fire on armoured vehicles. Schools and clinics were closed as the shootout lasted most of the day.",
        "B M",
        "operation",
    ),
    (
        "Cauca coffee growers count losses",
        "Coffee cooperatives in northern Cauca expect a smaller harvest. FARC dissidents attacked the police station in Suárez with explosive-laden drones on Saturday, wounding three officers, and pickers have stayed away from the farms since.",
        "E",
        "drone_attack",
    ),
    (
        "Two Red Cross staff killed when marked vehicle comes under fire",
        "The International Committee of the Red Cross said two of its staff were killed when their clearly marked vehicle came under fire on a road in South Sudan's Jonglei state on Monday. The ICRC suspended its movements in the area, where armed youth groups and government forces have been fighting for weeks.",
        "V H",
        "attack_on_aid",
    ),
    (
        "WFP halts food distributions in Sahel town after warehouse looted",
        "The World Food Programme suspended distributions in Djibo, in northern Burkina Faso, after armed men broke into its warehouse and carried off several hundred tonnes of food, the agency said. The town has been under a blockade by jihadist groups for months.",
        "H V T",
        "blockade",
    ),
]
