"""Positives of eval/dev65: Haiti: Viv Ansanm and the gang coalitions, massacres, kidnappings,
prison breaks, the Kenyan-led mission, displacement, vigilante lynchings (README.md)."""

POSITIVES = [
    (
        "Gang kills 115 in Pont-Sondé; thousands flee",
        (
            "Members of the Gran Grif gang attacked the town of Pont-Sondé in Haiti's Artibonite "
            "department early on Thursday, killing at least 115 people, including women and "
            "babies, and setting houses on fire, the UN said. More than 6,000 people fled to "
            "Saint-Marc and other towns, where they are sleeping in schools and churches. A local "
            "official said the gang's fighters went house to house with rifles. The gang has "
            "fought self-defence groups in the rice-growing valley for two years. Haitian "
            "authorities said police reinforcements had been sent by helicopter."
        ),
        "V D",
        "massacre",
    ),
    (
        "UN says gang leader had 184 people killed in Port-au-Prince slum",
        (
            "At least 184 people, most of them elderly, were killed over two days in the Wharf "
            "Jérémie area of Cité Soleil on the orders of a gang leader who blamed them for his "
            "son's illness, the UN human rights office said on Monday. Gang members took the "
            "victims from their homes, killed them with machetes and guns and burned the bodies, "
            "according to a local rights group. The government condemned the massacre."
        ),
        "V",
        "massacre",
    ),
    (
        "Viv Ansanm gangs overrun Mirebalais and free hundreds of prisoners",
        (
            "Gangs of the Viv Ansanm coalition attacked Mirebalais, in central Haiti, on Monday, "
            "fighting police for hours before freeing more than 500 inmates from the town's prison "
            "and setting fire to a police station, officials said. Thousands of residents fled "
            "towards the Dominican border and the hills. Police said reinforcements were blocked "
            "by gunfire on the road from the capital."
        ),
        "B D",
        "offensive",
    ),
    (
        "Gang attacks force thousands to flee Kenscoff above Port-au-Prince",
        (
            "Armed gangs have attacked villages around Kenscoff, in the hills above "
            "Port-au-Prince, for a week, killing dozens of residents and burning houses, according "
            "to local officials. The International Organization for Migration said more than 3,000 "
            "people had fled to schools and churches in Pétion-Ville. Residents said gunmen "
            "arrived on foot through the ravines at night. Police and the Kenyan-led mission sent "
            "units to the area."
        ),
        "V D",
        "raids",
    ),
    (
        "Thousands of inmates escape after gangs storm Haiti's main prisons",
        (
            "Armed gangs attacked Haiti's National Penitentiary in Port-au-Prince and the "
            "Croix-des-Bouquets prison over the weekend, freeing about 3,700 inmates after gun "
            "battles with guards, officials said. At least 12 people were killed. The government "
            "declared a state of emergency and a night curfew in the West department. Gang leaders "
            "said the attacks were part of a campaign to topple the prime minister."
        ),
        "B V",
        "prison attack",
    ),
    (
        "Gunfire hits planes at Port-au-Prince airport; flights suspended",
        (
            "A passenger jet landing at Port-au-Prince was hit by gunfire on Monday, wounding a "
            "flight attendant, and the US aviation authority banned American airlines from flying "
            "to Haiti for 30 days. Two other planes were hit the same day as gangs fought police "
            "near the airport. The UN said the closure would hold up deliveries of food and "
            "medicine for tens of thousands of displaced people in the capital."
        ),
        "V H",
        "attack on aircraft",
    ),
    (
        "Kenyan officer killed in clash with gang in Haiti",
        (
            "A Kenyan police officer serving with the multinational security mission in Haiti was "
            "killed during an operation against gangs in the Artibonite department, the mission "
            "said on Monday. The officer was wounded in an exchange of fire near Ségur and died "
            "after being airlifted to Port-au-Prince. The mission said its units, with Haitian "
            "police, had pushed the gang out of two villages."
        ),
        "B M",
        "armed clashes",
    ),
    (
        "Gunmen open fire on reopening of Haiti's largest hospital, killing two journalists",
        (
            "Gang members opened fire on journalists and police gathered on Tuesday for the "
            "reopening of the State University Hospital in Port-au-Prince, killing two journalists "
            "and a police officer and wounding several others. The hospital had been closed for "
            "months after gangs took over the area around it. The Viv Ansanm coalition said it had "
            "carried out the attack because the government had not asked its permission to reopen "
            "the hospital."
        ),
        "V H",
        "attack on hospital",
    ),
    (
        "Drone strikes kill gang members in Port-au-Prince, police say",
        (
            "A police task force used explosive drones against gang positions in the Cité Soleil "
            "and Bel Air areas of Port-au-Prince overnight, killing several gang members, Haitian "
            "police said on Wednesday. Officials said the strikes targeted gang leaders. Human "
            "rights groups said at least two children had been killed in the same neighbourhoods."
        ),
        "E M",
        "drone strike",
    ),
    (
        "Gang kidnaps 17 missionaries and family members in Haiti",
        (
            "Members of the 400 Mawozo gang kidnapped 17 people from a US-based missionary group, "
            "including five children, as they returned from visiting an orphanage near "
            "Port-au-Prince on Saturday, Haitian police said. The gang demanded $1 million for "
            "each hostage. The gang controls the area of Croix-des-Bouquets and has abducted "
            "priests, nuns and bus passengers this year."
        ),
        "V",
        "abduction",
    ),
    (
        "Fighting between gang coalitions kills scores in Cité Soleil",
        (
            "At least 89 people were killed in a week of fighting between rival gang coalitions in "
            "Cité Soleil, Haiti's largest slum, the National Network for the Defence of Human "
            "Rights said. Residents were trapped in their homes without water or food as gunmen "
            "fought over the Brooklyn area, and some bodies were burned in the street. Médecins "
            "Sans Frontières said its hospital nearby was overwhelmed with gunshot wounds. The UN "
            "said the fighting had also cut the main road to the north of the country."
        ),
        "B V H",
        "gang war",
    ),
    (
        "More than a million people displaced in Haiti as gang violence spreads",
        (
            "More than a million people are now displaced inside Haiti, three times as many as a "
            "year earlier, the International Organization for Migration said on Wednesday. Most "
            "have fled gang attacks in Port-au-Prince and the Artibonite and live with host "
            "families or in about 140 makeshift sites in schools, churches and public buildings. "
            "The agency said half of them were children and that funding for shelter and water "
            "covered a fraction of the need."
        ),
        "D H",
        "displacement",
    ),
    (
        "Gangs burn homes in Solino as residents flee Port-au-Prince neighbourhood",
        (
            "Gangs of the Viv Ansanm coalition set fire to dozens of houses in the Solino "
            "neighbourhood of Port-au-Prince on Sunday, forcing residents to flee with what they "
            "could carry, witnesses said. Local radio said armed men fired at people trying to "
            "leave. Solino had been one of the last areas of the lower city not under gang "
            "control."
        ),
        "V D",
        "raids",
    ),
    (
        "Police officers killed in gang ambush in Liancourt",
        (
            "Gang members ambushed a police unit in Liancourt, in the Artibonite department, on "
            "Thursday, killing several officers and burning their armoured vehicle, Haiti's police "
            "union said. The union said the officers had waited hours for reinforcements that "
            "never came."
        ),
        "B",
        "ambush",
    ),
    (
        "Crowd lynches suspected gang members in Port-au-Prince",
        (
            "A crowd in Port-au-Prince stoned and set fire to 13 suspected gang members on Monday "
            "after police stopped them in a minibus carrying weapons, witnesses said. Police said "
            "the men had been taken from officers at a checkpoint in Canapé-Vert. In the following "
            "days vigilante groups in several neighbourhoods killed more people suspected of "
            'belonging to gangs, a movement residents call "bwa kale".'
        ),
        "U V",
        "mob violence",
    ),
]
