"""dev155 hard negatives: the crime desk (femicide, extortion, rackets, ransom kidnapping, trials,
seizures, escapes, bank raids and a mass-arrest cordon), with no armed conflict or political
violence reported (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Suspect arrested in killing of 27-year-old woman in Escobedo; Nuevo León "
        "counts 60 femicides this year",
        "MONTERREY (Milenio) - State investigators arrested a 31-year-old man on "
        "Thursday in connection with the femicide of a woman whose body was found "
        "last week in a vacant lot in General Escobedo, in the Monterrey "
        "metropolitan area, the Nuevo León prosecutor's office said. The victim, "
        "identified as Yesenia N., 27, had been reported missing by her family "
        "four days earlier after she failed to return from her job at a shopping "
        "centre. The suspect, her former partner, had been the subject of a "
        "restraining order issued in March after she reported him for domestic "
        "violence, prosecutors said. He was detained at a relative's house in "
        "Apodaca and will be presented before a judge on Saturday. Yesenia's "
        "mother said the family had asked the authorities for help several times "
        'and that "nobody listened". Nuevo León has recorded 60 femicides so far '
        "this year, according to the prosecutor's office, one of the highest "
        "figures in the country. Feminist collectives called a vigil outside the "
        "government palace for Sunday evening. The state women's institute said it "
        "would review how protection orders are enforced.",
        "crime",
    ),
    (
        "Search mothers find shoes, bone fragments and ovens at ranch in "
        "Teuchitlán; prosecutors investigate cartel recruitment camp",
        "GUADALAJARA (El Universal) - A collective of mothers searching for "
        "missing relatives found hundreds of shoes, piles of clothing, charred "
        "bone fragments and what appear to be three crematory ovens at a ranch in "
        "Teuchitlán, Jalisco, prompting the federal attorney general's office to "
        "take over the investigation on Thursday. The Guerreros Buscadores de "
        "Jalisco collective said it entered the Izaguirre ranch after an anonymous "
        "call and that some of the items belonged to young people who had answered "
        "fake job offers on social media. The National Guard had raided the "
        "property six months earlier, arresting ten men and freeing two people "
        "held there, but state prosecutors had not searched it thoroughly. "
        "Attorney General Alejandro Gertz Manero said investigators believed the "
        "ranch had been used by the Jalisco New Generation Cartel to recruit and "
        "train people, and that forensic experts would establish whether people "
        "had been killed there. Jalisco has more than 15,000 people registered as "
        "missing, the most of any state. Relatives of the missing held a vigil in "
        "Guadalajara's main square with photographs of their children. Indira "
        "Navarro, the leader of the collective, said the women had found a "
        "handwritten list of names and several notebooks, which they handed over "
        "to the federal prosecutors. The state prosecutor, whose office had "
        "handled the first raid, defended his investigators and said they had "
        "found no evidence of cremations at the time. Opposition legislators "
        "called for the Jalisco governor to appear before Congress. President "
        "Claudia Sheinbaum said there would be no cover-up.",
        "crime",
    ),
    (
        "Police dismantle extortion network that charged bus drivers Q500 a week "
        "in Villa Nueva and Mixco",
        "GUATEMALA CITY (Prensa Libre) - The National Civil Police and the Public "
        "Ministry arrested 23 people on Tuesday in 40 raids in Villa Nueva, Mixco "
        "and the capital, accused of belonging to an extortion network that "
        "charged bus drivers and shopkeepers up to 500 quetzales a week. According "
        "to investigators, the network collected the payments through bank "
        "deposits made by relatives of imprisoned gang members, who gave orders by "
        "telephone from the Canadá prison in Escuintla. Prosecutors said the group "
        "had extorted at least 60 transport companies and small businesses over "
        "two years. Among those arrested were four women who allegedly managed the "
        "bank accounts. Police seized mobile phones, cash and notebooks listing "
        "payments. The Association of Urban Transport Owners said extortion had "
        "forced several routes to stop running in the past year and that drivers "
        "who refuse to pay are threatened. Extortion complaints rose by a fifth "
        "last year, according to official figures. The suspects will be heard by a "
        "judge in the coming days.",
        "crime",
    ),
    (
        "Ten thousand soldiers and police encircle Soyapango in new phase of "
        "Bukele's anti-gang plan",
        "SAN SALVADOR (La Prensa Gráfica) - About 8,500 soldiers and 1,500 police "
        "officers surrounded the city of Soyapango, east of the capital, on "
        "Saturday morning to search for gang members, in what President Nayib "
        "Bukele announced as a new phase of his Territorial Control Plan. "
        "Checkpoints were set up on every road into the municipality, and "
        "residents were asked to show their identity documents to leave or enter. "
        "Troops went from house to house in neighbourhoods once controlled by "
        "MS-13 and the two factions of Barrio 18, and the police said they had "
        "arrested 45 suspected gang members by the evening, without reporting any "
        'confrontation. "The extraction teams will take out every gang member who '
        'is left," Bukele wrote on social media. The measure comes nine months '
        "into the state of exception that has suspended some constitutional rights "
        "and led to the detention of more than 58,000 people. Human rights "
        "organisations such as Cristosal have documented arbitrary arrests and "
        "deaths in custody under the regime. Residents said they welcomed the "
        "security but complained of long queues to get to work. At one checkpoint "
        "on the Boulevard del Ejército, soldiers photographed the tattoos of young "
        "men and checked their names against a database of gang members. A woman "
        "who sells tortillas in the Las Margaritas neighbourhood said she had not "
        'been asked to pay "rent" to the gang for months. Defence Minister René '
        "Merino Monroy said the operation would be repeated in other cities. The "
        "government said the cordon would remain in place for as long as "
        "necessary.",
        "crime",
    ),
    (
        "Rio police arrest 14 in militia's gas-cylinder and internet racket in the west zone",
        "RIO DE JANEIRO (O Globo) - Rio de Janeiro's civil police and state "
        "prosecutors arrested 14 people on Thursday in an operation against a "
        "militia that controlled the sale of cooking-gas cylinders, clandestine "
        "internet connections and minibus routes in the neighbourhoods of Campo "
        "Grande and Santa Cruz, in the city's west zone. Investigators said the "
        "group forced residents to buy gas only from its own depots, at prices "
        'about 30% above the market, and charged shopkeepers a weekly "security '
        'fee". Among those arrested were two former military police officers and a '
        "municipal employee who allegedly helped register illegal building plots. "
        "The police seized weapons, vehicles and about 300,000 reais in cash. The "
        "militia, one of several that emerged in the 2000s from groups of off-duty "
        "police officers, has expanded into property development and water supply, "
        "prosecutors said. Arrest warrants for six other suspects were not served "
        "because they were not at home. No shots were fired during the operation. "
        "The militia's alleged leader has been in prison since last year.",
        "crime",
    ),
    (
        "Businessman's son freed after six days in captivity as ransom gang is "
        "arrested in La Matanza",
        "BUENOS AIRES (Clarín) - The 22-year-old son of a logistics businessman "
        "from Ituzaingó was freed on Wednesday night after six days in captivity "
        "when Buenos Aires provincial police raided a house in La Matanza where he "
        "was being held, officials said. The young man had been kidnapped as he "
        "left a gym in Morón last Thursday by four men who forced him into a van. "
        "His captors demanded 300,000 dollars from the family, later lowering the "
        "sum, in calls that were followed by investigators of the anti-kidnapping "
        "unit. Five people were arrested, among them a woman who allegedly bought "
        "food for the kidnappers and a former security guard at the family's "
        "company. The victim was found handcuffed to a bed and in good health, "
        "according to the provincial security ministry. Federal prosecutor "
        "Federico Domínguez said the gang had studied the family's movements for "
        "weeks. Kidnappings for ransom are rare in Argentina compared with the "
        'early 2000s, when "express kidnappings" were common in Greater Buenos '
        "Aires. The family thanked the police in a brief statement.",
        "crime",
    ),
    (
        "Santiago court convicts 34 members of Tren de Aragua cell for homicides, "
        "extortion and trafficking",
        "SANTIAGO (Reuters) - A court in Santiago convicted 34 members of a cell "
        "of the Venezuelan gang Tren de Aragua on Friday for crimes including "
        "homicide, kidnapping, extortion and human trafficking, in the largest "
        "trial of organised crime in Chile's history. Prosecutors said the group, "
        "known as Los Gallegos, controlled migrant smuggling routes from Bolivia "
        "into northern Chile and ran prostitution and loan-sharking rackets in "
        "Arica, Antofagasta and the capital. The court found the group's leaders "
        "responsible for four murders between 2019 and 2022, including the killing "
        "of a man whose body was found in a suitcase. Sentences will be announced "
        "next month; prosecutors are asking for life terms for five defendants. "
        "Chile's government has tightened border controls and created a new "
        "security ministry as public concern over violent crime has grown. The "
        "Tren de Aragua, which originated in a Venezuelan prison, has spread to "
        "Colombia, Peru and Chile in the wake of Venezuelan migration, according "
        "to police across the region. Several defendants followed the reading of "
        "the verdict by video link from high-security prisons. The prosecutor in "
        "charge of the case, Héctor Barros, said investigators had been able to "
        "dismantle the cell thanks to testimony from two members who agreed to "
        "cooperate in exchange for reduced sentences. Human rights groups have "
        "warned that the rise of the gang is being used to stigmatise Venezuelan "
        "migrants in Chile. Defence lawyers said they would appeal. Relatives of "
        "the victims embraced outside the court.",
        "crime",
    ),
    (
        "Navy seizes 8 tonnes of cocaine in Buenaventura in the year's biggest haul",
        "BOGOTÁ (El Tiempo) - The Colombian navy and police seized more than 8 "
        "tonnes of cocaine hidden in a warehouse and two boats in the Pacific port "
        "of Buenaventura, the biggest single haul of the year, President Gustavo "
        "Petro said on Sunday. The drugs were packed in bags marked with the logos "
        "of football clubs and luxury brands and were about to be shipped to "
        "Central America in go-fast boats, according to the navy. Four people were "
        "arrested. Investigators said the shipment belonged to a network that "
        "works for the Clan del Golfo, the country's largest drug trafficking "
        "group, and that it was worth more than 280 million dollars on the "
        "international market. The seizure is part of a strategy to target the "
        '"big capos" rather than coca-growing peasants, the president said. '
        "Colombia has produced record amounts of cocaine in recent years, "
        "according to UN estimates, and authorities have seized over 900 tonnes in "
        "the past year. Petro posted photographs of the packages on X. The navy "
        "said the operation followed six months of intelligence work with agencies "
        "from five countries.",
        "crime",
    ),
    (
        "At least 75 inmates escape through tunnel from Pedro Juan Caballero "
        "prison; most are PCC members",
        "ASUNCIÓN (AFP) - At least 75 inmates escaped on Sunday from the regional "
        "prison of Pedro Juan Caballero, on Paraguay's border with Brazil, through "
        "a tunnel dug from one of the cells, most of them members of the Brazilian "
        "gang Primeiro Comando da Capital (PCC), Justice Minister Cecilia Pérez "
        "said. The escape was discovered at dawn, when guards found the cells "
        "empty and a hole covered with sacks of earth. The minister said it was "
        "clear that guards had helped the inmates and that the tunnel could not "
        "have been dug without them, and she dismissed the prison's director. "
        "About 30 guards were detained for questioning. Police said the escapees "
        "were probably already in Brazil, across the street that serves as the "
        "border in the twin city of Ponta Porã. The PCC, which started in São "
        "Paulo's prisons in the 1990s, uses Paraguay as a base for cocaine and "
        "marijuana trafficking towards Brazil and Europe. Brazilian police were "
        "alerted and have set up checkpoints. It was one of the largest jailbreaks "
        "in Paraguay's history.",
        "crime",
    ),
    (
        "Gang with rifles and explosives robs bank vault in Criciúma, holding "
        "residents as human shields",
        "CRICIÚMA, Santa Catarina (Folha) - About 30 heavily armed men attacked "
        "the city of Criciúma, in southern Brazil, overnight, blocking streets "
        "with burning vehicles, firing at the local military police headquarters "
        "and blowing open the vault of a Banco do Brasil branch in the centre. For "
        "almost two hours the gang held residents as human shields around the "
        "bank, forcing them to sit in the street while its members loaded bags of "
        "cash into cars. A police officer and a security guard were wounded. "
        "Residents recorded videos from their windows of the men walking through "
        "the city centre with rifles and of banknotes scattered on the pavement. "
        "The gang fled in ten vehicles and later abandoned some of them in a maize "
        "field, the Santa Catarina civil police said. Police in Santa Catarina and "
        "Paraná arrested four suspects on Wednesday. This type of robbery, known "
        'as "novo cangaço", in which gangs take over small and medium-sized towns '
        "to raid banks, has spread across Brazil over the past decade. The mayor "
        "asked residents to stay at home until the police had finished searching "
        "the area.",
        "crime",
    ),
]
