"""Negatives of eval/dev65: ordinary crime: homicides, robberies, extortion, kidnapping for ransom,
fuel theft, gang arrests with no fighting, homicide figures (README.md)."""

NEGATIVES = [
    (
        "Businessman shot dead in Mexico City restaurant, police say robbery suspected",
        (
            "A businessman was shot dead at a restaurant terrace in the Polanco district of Mexico "
            "City on Tuesday afternoon by one of two gunmen who tried to take his watch, the "
            "city's security ministry said. The gunmen fled on a motorcycle. Police said the pair "
            "had followed the victim from a bank and that they were reviewing security camera "
            "footage. The victim, the 58-year-old owner of a chain of pharmacies, had withdrawn a "
            "large sum in cash that morning. Thefts from customers leaving bank branches have "
            "risen in the capital this year, the ministry said."
        ),
        "crime",
    ),
    (
        "Student stabbed to death in Bogotá mobile phone robbery",
        (
            "A 22-year-old engineering student died after being stabbed by two men who stole his "
            "mobile phone at a TransMilenio bus station in southern Bogotá, police said on Monday. "
            "One suspect was arrested hours later. The killing renewed calls from residents for "
            "more police patrols at stations, where phone thefts have risen this year. The mayor "
            "said 300 more police officers would be assigned to the bus system. Classmates held a "
            "candlelight vigil at the station on Tuesday evening."
        ),
        "crime",
    ),
    (
        "Lima bus driver shot dead for refusing to pay extortion",
        (
            "A bus driver was shot dead at the wheel in the Lima district of San Juan de "
            "Lurigancho on Thursday by two gunmen who boarded as passengers, police said, in an "
            "attack caught on the bus's camera. The driver's company had received threatening "
            "messages demanding weekly payments, and other drivers said the gang had shot at two "
            "of its buses last month. Police said they were looking for members of an extortion "
            "ring that operates across several districts of the capital."
        ),
        "crime",
    ),
    (
        'Guayaquil shopkeepers pay "vacunas" to extortion gangs, police arrest 14',
        (
            'Police in Guayaquil arrested 14 people accused of charging weekly "vaccines" to '
            "shopkeepers, market traders and taxi drivers in the south of the city, threatening to "
            "burn their businesses if they did not pay. Officers seized two pistols, mobile phones "
            "and notebooks listing payments. Traders said many shops had closed rather than pay. "
            "The group's leader was among those detained, police said, and it earned about $20,000 "
            "a month."
        ),
        "crime",
    ),
    (
        "Couple held in express kidnapping by fake taxi drivers in Mexico City",
        (
            "A couple who hailed a taxi outside a bar in Mexico City's Roma neighbourhood were "
            "held for six hours by two armed men who drove them between cash machines and emptied "
            "their accounts, city prosecutors said. The couple were released unharmed on a road on "
            "the edge of the city. Police arrested three members of the gang, who they said had "
            "carried out at least a dozen similar kidnappings this year."
        ),
        "crime",
    ),
    (
        "Police free kidnapped businessman's son in Monterrey, arrest four",
        (
            "Police in Nuevo León freed the 19-year-old son of a businessman who had been "
            "kidnapped outside his university in Monterrey and held for ransom for five days, the "
            "state prosecutor said on Sunday. Officers raided a house in Apodaca and arrested four "
            "suspects without a shot being fired. The kidnappers had demanded 10 million pesos."
        ),
        "crime",
    ),
    (
        "Gang with rifles and explosives raids banks in São Paulo town, uses hostages as shields",
        (
            "Dozens of armed robbers attacked three bank branches in Araçatuba, in São Paulo "
            "state, overnight, blowing up safes with explosives and tying hostages to the roofs of "
            "their cars to deter police, officials said. Three people were killed in the attack, "
            "including a resident who was filming. Police later found explosives left in the "
            'streets. Brazilian police call the tactic "novo cangaço", after the bandits of the '
            "northeast a century ago."
        ),
        "crime",
    ),
    (
        "Honduran radio journalist killed in robbery, police say no link to his work",
        (
            "A radio presenter was shot dead on Saturday night in San Pedro Sula when two armed "
            "men tried to steal his motorcycle as he arrived home, Honduran police said. Police "
            "said there was no evidence the killing was related to his work. Press freedom groups "
            "nevertheless asked prosecutors to examine his reporting before ruling out a motive."
        ),
        "crime",
    ),
    (
        "Man arrested over murder of woman in Ecatepec, prosecutors say",
        (
            "Prosecutors in the State of Mexico said they had arrested a man suspected of killing "
            "his former partner, whose body was found in a vacant lot in Ecatepec on Friday. The "
            "case is being investigated as a femicide. Women's groups held a vigil outside the "
            "prosecutor's office in Toluca on Sunday. The State of Mexico recorded more femicides "
            "last year than any other state, according to official figures. The suspect's first "
            "court hearing is due on Wednesday."
        ),
        "crime",
    ),
    (
        "Jamaica records fewer murders as police step up gang arrests",
        (
            "Jamaica recorded 1,141 people killed in murders last year, down about 19% from the "
            "year before, the police commissioner said on Thursday. He credited arrests of gang "
            "leaders and more patrols in Kingston and St James, where most killings involve local "
            "gangs fighting over extortion and lottery scams. The opposition said the figure was "
            "still one of the highest murder rates in the world."
        ),
        "crime",
    ),
    (
        "Costa Rica sets homicide record as drug gangs fight over local markets",
        (
            "Costa Rica recorded 907 homicides last year, the most since records began, the "
            "judicial investigation agency said. Most of those killed died in settling of scores "
            "between local drug dealing groups in San José and the port city of Limón. The "
            "president blamed judges and lawmakers for blocking tougher laws. Police said seven in "
            "ten victims were young men with links to drug dealing. Tourism officials said "
            "visitors were not being targeted."
        ),
        "crime",
    ),
    (
        "Tren de Aragua cell dismantled in Chile over extortion and kidnapping",
        (
            "Chilean police arrested 35 people accused of belonging to a cell of the Tren de "
            "Aragua gang in raids in Santiago and Arica on Tuesday, prosecutors said. The group is "
            "accused of extortion, people smuggling, drug dealing and kidnapping for ransom. "
            "Officers seized guns, cash and cars. Prosecutors said the cell charged migrants for "
            "passage across the border from Bolivia."
        ),
        "crime",
    ),
    (
        "Bolivian fuel thieves tap pipeline as prices rise",
        (
            "Police in Bolivia said on Monday they had arrested nine people for stealing diesel "
            "from a pipeline near Cochabamba and selling it to lorry drivers. The group had "
            "drilled into the pipe and installed a valve hidden under a shed. The state energy "
            "company said thefts had risen since fuel shortages began. The valve allowed the group "
            "to draw about 5,000 litres a week, police said. The suspects face up to eight years "
            "in prison."
        ),
        "crime",
    ),
    (
        "Five shot dead at party in Trinidad as government weighs state of emergency",
        (
            "Five men were killed and three wounded when gunmen fired on a birthday party in "
            "Laventille, east of Port of Spain, on Saturday night, Trinidad and Tobago's police "
            "said. Police said the shooting was linked to a feud between local gangs over a drug "
            "block. The prime minister said the cabinet would discuss declaring a state of "
            "emergency."
        ),
        "crime",
    ),
    (
        "Police arrest suspects in murder of Ecuadorian footballer",
        (
            "Ecuadorian police arrested three men suspected of killing a professional footballer "
            "who was shot by gunmen on a motorcycle outside a shopping centre in Esmeraldas on "
            "Sunday. Police said the footballer had been targeted over a debt and had no links to "
            "gangs. His club postponed its next match. The 26-year-old defender had recently "
            "returned from a loan spell in Peru. Teammates wore black armbands at training on "
            "Monday."
        ),
        "crime",
    ),
    (
        "Medellín police break up gang that robbed tourists met on dating apps",
        (
            "Police in Medellín arrested six people accused of drugging and robbing foreign "
            "tourists they met through dating apps, the city's security secretary said. The "
            "victims were given scopolamine in drinks and woke up hours later without their "
            "phones, cash or bank cards. The US embassy has warned citizens about the practice, "
            "after several foreigners died in such robberies."
        ),
        "crime",
    ),
    (
        "Guatemalan police recover truckload of stolen coffee after highway hijacking",
        (
            "Guatemalan police recovered a lorry carrying 600 sacks of coffee that armed men had "
            "hijacked on a highway near Escuintla, police said on Wednesday. The driver was left "
            "tied up at the roadside but unhurt. Hijackings of cargo on the road to the port of "
            "Santo Tomás have risen this year. Exporters said insurers had raised premiums for "
            "lorries on the route. Police have set up checkpoints at two points on the highway."
        ),
        "crime",
    ),
    (
        "Dominican police kill suspect in shootout after armoured-car robbery",
        (
            "Dominican police shot dead a man suspected of taking part in the robbery of an "
            "armoured car in Santo Domingo Este, after he opened fire on officers who came to "
            "arrest him at a house on Tuesday. The gang took about 20 million pesos in the robbery "
            "last week and wounded a guard. Police said they were looking for four more suspects."
        ),
        "crime",
    ),
    (
        "Mexican cattle ranchers report surge in rustling in Chihuahua",
        (
            "Cattle ranchers in Chihuahua say thieves have stolen more than 4,000 head of cattle "
            "this year, often at night with lorries and forged transport papers. The state "
            "ranchers' union asked for more rural police, saying some members had been threatened "
            "when they reported thefts. Prosecutors have opened 300 cases. Ranchers said high beef "
            "prices made stolen cattle easy to sell to unlicensed slaughterhouses."
        ),
        "crime",
    ),
    (
        "Gunman kills four at family gathering in Puerto Rico",
        (
            "A gunman killed four members of a family at a birthday gathering in Toa Baja, Puerto "
            "Rico, on Saturday before fleeing, police said. Investigators said the attacker was a "
            "relative who had argued with one of the victims over an inheritance. He was arrested "
            "on Sunday. Neighbours said they heard more than a dozen shots. Police said the pistol "
            "had been bought legally."
        ),
        "crime",
    ),
    (
        "Police in Peru arrest gang that kidnapped migrants for ransom",
        (
            "Peruvian police rescued five Venezuelan migrants who had been held for ransom in a "
            "house in Tumbes, near the border with Ecuador, and arrested four members of the gang "
            "that kept them, the interior ministry said. The kidnappers had demanded money from "
            "the migrants' relatives through messaging apps. Officers made the arrests without "
            "firing a shot."
        ),
        "crime",
    ),
    (
        "Illegal gold mining camps destroyed in Yanomami territory",
        (
            "Brazilian environmental agents and federal police destroyed 40 illegal gold mining "
            "rafts, three aircraft and tonnes of equipment in Yanomami Indigenous territory in "
            "Roraima this month, the environment agency Ibama said. Most miners fled before the "
            "agents arrived, and no one was arrested or hurt. The agency said mining alerts in the "
            "territory had fallen by 80% this year."
        ),
        "crime",
    ),
    (
        "Gunmen kill three in Cancún bar over drug debt, police say",
        (
            "Two gunmen walked into a bar in downtown Cancún late on Friday and shot dead three "
            "men at a table before fleeing on foot, Quintana Roo prosecutors said. Investigators "
            "said the attack was over a debt between local drug dealers who sell to tourists in "
            "the hotel zone. Two suspects were arrested on Sunday. Tourism officials said no "
            "visitors had been hurt."
        ),
        "crime",
    ),
]
