"""dev38 positives: Latin America and the Caribbean, in the register of Prensa Latina and national agencies. POSITIVES = [(title, text, tag codes, kind), ...]."""

POSITIVES = [
    (
        "Dissidents attack Suárez police station with explosives and rifle fire",
        "Armed dissidents of the former FARC attacked the police station in Suárez, in the Colombian department of Cauca, with explosives launched from drones and rifle fire on Tuesday, wounding two police officers, local authorities reported. Residents took shelter in their homes during several hours of fighting, Prensa Latina learned.",
        "B E",
        "attack_on_police",
    ),
    (
        "Social leader abducted by armed men in Tame",
        "A community leader of the Tame municipality, in the Colombian department of Arauca, was abducted on Monday by armed men identified as members of the ELN guerrilla, the Indepaz institute denounced. The organisation recalled that more than 90 social leaders have been murdered in the country so far this year.",
        "V",
        "abduction",
    ),
    (
        "Clashes between dissident factions displace 600 people in Guaviare",
        "Clashes between two factions of FARC dissidents in the rural area of Calamar, Guaviare, have displaced some 600 people, including Indigenous families, the Ombudsman's Office reported on Thursday. The displaced are staying in the municipal coliseum and need food, hygiene kits and medical care, the office said.",
        "B D H",
        "clashes",
    ),
    (
        "Armed gangs attack Mirebalais, free inmates from civil prison",
        "Armed gangs of the Viv Ansanm coalition attacked the town of Mirebalais in Haiti's Centre department on Monday, freeing more than 500 inmates from the civil prison and setting houses on fire, local authorities said. Police officers withdrew after hours of fighting. Thousands of residents fled toward Saut-d'Eau and Hinche, according to the International Organization for Migration. The government declared a state of emergency in the department.",
        "B V D",
        "attack_on_town",
    ),
    (
        "Task force uses explosive drones against gang positions in Kenscoff",
        "The Haitian National Police and the task force attached to the Prime Minister's office used drones loaded with explosives against gang positions in the hills of Kenscoff on Thursday, killing several gang members, a police spokesman said. The operation aims to stop the advance of the armed gangs toward the upper neighbourhoods of the commune.",
        "E M B",
        "drone_strike",
    ),
    (
        "Eight gunmen killed in confrontation with soldiers in Apatzingán",
        "Eight gunmen were killed in a confrontation with Army soldiers in the municipality of Apatzingán, Michoacán, after the troops were attacked while patrolling a rural road, the Defence Secretariat said. The soldiers seized assault rifles, explosive devices and an improvised armoured vehicle. The area has seen fighting between rival criminal groups for control of territory.",
        "B",
        "clash",
    ),
    (
        "Three dead in armed forces operation in Guayaquil's Socio Vivienda",
        "Three suspected members of the Los Choneros group were killed in an armed confrontation during an operation by the Armed Forces and the Police in the Socio Vivienda sector of Guayaquil, the Joint Command said. The operation, carried out under the internal armed conflict decree, led to the seizure of rifles, grenades and explosives.",
        "B M",
        "operation",
    ),
    (
        "Two soldiers killed in ambush by narcoterrorist elements in VRAEM",
        "Two soldiers were killed and four wounded in an ambush by narcoterrorist elements of the Shining Path remnants in the valley of the Apurímac, Ene and Mantaro rivers, the Joint Command of the Armed Forces said. The patrol was attacked with long-range weapons near Vizcatán del Ene while carrying out security tasks.",
        "B T",
        "ambush",
    ),
    (
        "Massacre of four young men in rural Tumaco",
        "Four young men were murdered by armed men in the rural area of Tumaco, in the department of Nariño, in what the Indepaz institute registered as the 52nd massacre of the year. Local authorities said the victims were taken from their homes at night and shot on the banks of a river, in a zone disputed by armed groups.",
        "V",
        "massacre",
    ),
    (
        "Hospital in Mirebalais closes as gangs advance, patients moved",
        "The university hospital in Mirebalais has suspended its services and moved its patients to Hinche after armed gangs advanced on the town, the Ministry of Public Health said. Thousands of families displaced by the violence are sheltering in schools and churches in Hinche, where aid organisations are distributing water and hot meals.",
        "H D",
        "humanitarian_crisis",
    ),
]
