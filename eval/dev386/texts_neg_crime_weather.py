"""dev386 negatives: the cocaine wars of Antwerp, Rotterdam and Brussels told as crime, storms,
floods and accidents, 2014-2026."""

NEGATIVES = [
    (
        "Girl, 11, killed as shots fired at house in Merksem",
        "An eleven-year-old girl was killed on Monday night when shots were fired at a house in Merksem, in the north of Antwerp, the public prosecutor's office said. "
        "Several bullets went through the front door and a window, and the girl was hit in her bedroom on the first floor. "
        "Her parents and her brothers were unhurt. "
        "Investigators suspect that the shooting is linked to the drugs milieu, since a relative of the family is known in the cocaine trade in the port, Gazet van Antwerpen and De Standaard report. "
        "It is the third time in a year that the house has been targeted. "
        "Mayor Bart De Wever, who has spoken of 'narco-terrorism' in the city for months, said Antwerp had 'crossed a line' and called for the army to be deployed in the port. "
        "Federal Justice Minister Vincent Van Quickenborne announced extra investigators for the drugs unit. "
        "No arrests have been made, and residents laid flowers and teddy bears on the doorstep on Tuesday.",
        "crime",
    ),
    (
        "Another explosion at a front door in Rotterdam-West, the 40th this year",
        "An explosive went off at the front door of a house on the Schiedamseweg in Rotterdam on Wednesday night, damaging the facade and the windows of neighbouring homes. "
        "No one was injured, but three families were temporarily moved to a hotel by the municipality. "
        "According to the Rotterdam police, it is the 40th explosion at a home or business in the city this year, against 24 in the whole of last year. "
        "Detectives say most of these attacks are commissioned by criminals to intimidate someone over a drugs debt or a dispute, and carried out by teenagers recruited through Telegram for a few hundred euros. "
        "Two boys of 16 and 17 were arrested a few streets away shortly after the blast. "
        "Mayor Carola Schouten said the residents of the city 'should not have to go to sleep in fear' and closed the house for three months. "
        "The police have set up camera surveillance in the street. "
        "NOS reports that the national police will present a new approach to the explosions next month.",
        "crime",
    ),
    (
        "Life sentence for Ridouan Taghi in Marengo trial",
        "The court in Amsterdam has sentenced Ridouan Taghi to life imprisonment for his role in six murders and attempted murders, at the end of the Marengo trial, the largest criminal case in Dutch history. "
        "Four other defendants were also given life sentences, and the others received prison terms of up to 29 years. "
        "The judges found that Taghi led an organisation that traded in cocaine and killed rivals and people suspected of talking to the police. "
        "The trial, which began in 2021, was held in the heavily secured courtroom known as the bunker in Osdorp. "
        "It was overshadowed by the murders of the brother of the key witness, of his lawyer Derk Wiersum and of crime reporter Peter R. de Vries. "
        "The crown witness, Nabil B., was given a reduced sentence under a deal with the public prosecutor. "
        "Justice Minister Dilan Yeşilgöz spoke of an important day for the rule of law. "
        "Taghi's lawyers said they would appeal, NRC reports.",
        "crime",
    ),
    (
        "Men with Kalashnikovs fire shots at Clemenceau metro station, manhunt under way",
        "Two men armed with Kalashnikovs opened fire near the Clemenceau metro station in Anderlecht on Wednesday morning before fleeing into the metro tunnels, the Brussels public prosecutor's office said. "
        "No one was hit, but passengers fled in panic and traffic on two metro lines was suspended for most of the day. "
        "The police launched a large-scale manhunt with helicopters and special units. "
        "According to the prosecutor, the shooting is linked to a feud between drug gangs that control dealing points in the nearby Peterbos and Clemenceau areas. "
        "It is the sixth shooting in the capital this month, and the second in Anderlecht. "
        "Brussels prosecutor Julien Moinil said the gangs were 'competing for every street corner' and asked for more resources. "
        "Local residents told Le Soir that children no longer dare to play outside. "
        "The mayor of Anderlecht said he would ask for a ban on gatherings in the area.",
        "crime",
    ),
    (
        "Plot to kidnap Justice Minister Van Quickenborne foiled, four Dutch suspects arrested",
        "Dutch police have arrested four men suspected of planning to kidnap Belgian Justice Minister Vincent Van Quickenborne, the public prosecutor's office in Amsterdam announced on Saturday. "
        "A car with an automatic weapon and explosives was found near the home of one of the suspects. "
        "According to investigators, the plan came from the drugs milieu, and the minister and his family were moved to a safe location. "
        "Van Quickenborne has been under stronger protection since he announced a tougher approach to the cocaine trade through Antwerp and Rotterdam. "
        "Prime Minister Alexander De Croo called the plot 'an attack on our democracy' and thanked the Dutch police. "
        "It is not the first time that the Dutch royal family and politicians have been threatened by criminals: Princess Amalia lived for months under heavy guard. "
        "The suspects will appear before an examining magistrate on Monday. "
        "De Standaard reports that the arrests followed a tip from an informant.",
        "crime",
    ),
    (
        "Record haul of 116 tonnes: cocaine seizures in Antwerp port rise again",
        "Customs officers seized 116 tonnes of cocaine in the port of Antwerp last year, a new record, Finance Minister Vincent Van Peteghem said on Wednesday. "
        "That is almost six times as much as five years ago, and experts estimate that only a fraction of the shipments is intercepted. "
        "Most of the drugs came from Ecuador, Colombia and Panama, hidden in containers of bananas and other fruit. "
        "The port of Rotterdam reported a fall in seizures, which the Dutch authorities attribute to tighter controls that push the trade towards Antwerp. "
        "Customs want to buy more scanners and hire 300 extra officers. "
        "The dock workers' union complains that its members are approached and threatened by criminal networks who pay thousands of euros to collect a single container. "
        "Several port workers have been arrested this year on suspicion of corruption, VRT NWS reports. "
        "Port CEO Jacques Vandermeiren called for a European approach.",
        "crime",
    ),
    (
        "Two men convicted of murdering Peter R. de Vries",
        "The court in Amsterdam has sentenced the gunman who shot crime reporter Peter R. de Vries in the Lange Leidsedwarsstraat to 28 years in prison. "
        "His accomplice, who drove the getaway car, was given life imprisonment because the judges found he had a leading role. "
        "De Vries was shot five times in July 2021 after appearing on a television programme and died nine days later. "
        "Both men, who are from Rotterdam, had been arrested on the motorway within an hour of the shooting. "
        "According to the court, the murder was commissioned by criminals in the circle around Ridouan Taghi, whom De Vries was advising as a confidant of the crown witness. "
        "The family of the journalist said in a statement that the verdict did not bring Peter back. "
        "A third man, who passed on information, was sentenced to 14 years. "
        "The question of who ordered the killing will be dealt with in a separate case, NOS reports.",
        "crime",
    ),
    (
        "Brussels police seize weapons and cash in raids on Saint-Gilles drug network",
        "Police in Brussels carried out 18 searches on Tuesday in an investigation into a drug network active around the Porte de Hal and the Saint-Gilles town hall, the public prosecutor's office said. "
        "Investigators seized three firearms, including an assault rifle, more than 200,000 euros in cash and several kilos of cocaine and cannabis. "
        "Twelve people were arrested, among them two minors who allegedly served as lookouts. "
        "The network had been linked to at least three shootings in the neighbourhood over the summer, in which a man was wounded in the leg. "
        "Residents have complained for months of dealing in broad daylight and of the 'war' between rival groups for the busiest points of sale. "
        "Mayor Jean Spinette welcomed the operation but said repression alone would not solve the problem. "
        "Le Soir reports that the prosecutor wants to create a specialised drugs chamber at the court. "
        "The suspects will appear before an investigating judge on Wednesday.",
        "crime",
    ),
    (
        "Storm Eunice: three dead in the Netherlands as trees fall on cars",
        "Three people were killed in the Netherlands on Friday when trees fell on cars during Storm Eunice, the strongest storm in years, and a fourth person died in Belgium. "
        "The KNMI weather service issued a code red for the coastal provinces, with gusts of up to 145 kilometres per hour at Hoek van Holland. "
        "NS halted all train traffic in the afternoon, and Schiphol cancelled hundreds of flights. "
        "In Amsterdam, part of the roof of the ADO stadium was blown off, and in The Hague scaffolding collapsed onto a street. "
        "The fire brigade received thousands of calls for fallen trees and damaged roofs. "
        "In Belgium a Canadian tourist was killed in Ypres when a tree fell on him, VRT reports. "
        "Insurers expect claims of hundreds of millions of euros. "
        "Train traffic resumed on Saturday morning with delays.",
        "disaster",
    ),
    (
        "Floods in Wallonia: death toll rises to 36, dozens still missing",
        "The number of people killed by the floods in Wallonia has risen to 36, Interior Minister Annelies Verlinden said on Sunday, while around 70 people are still missing. "
        "In Pepinster, Verviers and Chaudfontaine, entire streets were destroyed when the Vesdre burst its banks after days of torrential rain. "
        "Thousands of residents were evacuated, and the army used trucks and helicopters to rescue people from roofs. "
        "The government declared Tuesday a day of national mourning. "
        "In Liège, the authorities called on residents along the Meuse to leave their homes on Thursday for fear that a dam would give way. "
        "Volunteers from Flanders arrived with shovels and water pumps to help clean up. "
        "Prime Minister Alexander De Croo spoke of 'perhaps the most catastrophic floods our country has ever known'. "
        "Le Soir reports that some 40,000 homes have no electricity or drinking water.",
        "disaster",
    ),
    (
        "Valkenburg under water: Limburg evacuates thousands as Meuse rises",
        "Thousands of residents of Limburg had to leave their homes on Thursday night as the Meuse and its tributaries rose to record levels after heavy rainfall. "
        "The centre of Valkenburg was flooded by the Geul, and cafés and hotels along the main street were under a metre of water. "
        "In Venlo and Roermond, the safety region called on people in low-lying districts to evacuate, and a hospital moved its patients to other cities. "
        "Soldiers helped fill sandbags to reinforce a dike in Meerssen. "
        "No deaths were reported in the Netherlands, unlike in Germany and Belgium, where dozens of people were killed. "
        "Prime Minister Mark Rutte visited the area and said the government would pay for the damage. "
        "Residents of Valkenburg told NOS they had seen the water rise within an hour. "
        "The province was declared a disaster area.",
        "disaster",
    ),
    (
        "Storm Ciarán: code orange for Zeeland and West Flanders, ferry service halted",
        "The KNMI has issued a code orange for Zeeland and the Wadden islands as Storm Ciarán moves across the North Sea, with gusts of up to 110 kilometres per hour expected on Thursday. "
        "In Belgium, the Royal Meteorological Institute issued a similar warning for West Flanders, and the coastal tram was suspended. "
        "Ferry services to Texel and Vlieland were cancelled, and Rijkswaterstaat closed the Oosterschelde storm barrier for the first time in years. "
        "Schools in several municipalities in Zeeland told pupils to stay at home. "
        "A man was seriously injured in Middelburg when a branch fell on his car. "
        "The storm has already killed people in France and England, VRT reports. "
        "Farmers along the coast have moved livestock to higher ground. "
        "The wind is expected to ease on Friday afternoon.",
        "disaster",
    ),
    (
        "Drought: Rijkswaterstaat declares water shortage as Rhine falls to record low",
        "Rijkswaterstaat has officially declared a water shortage in the Netherlands after weeks without significant rainfall, and the Rhine at Lobith has fallen to its lowest level ever measured in August. "
        "The measure means that the government can decide which users get priority, with dike safety and drinking water coming first. "
        "Farmers in the east of the country are no longer allowed to pump up groundwater for irrigation, and some water boards have imposed sprinkling bans. "
        "Inland shipping companies can only load barges partly, and the cost of transport on the Rhine has risen sharply. "
        "In Belgium, the Flemish government imposed a ban on taking water from rivers in several provinces. "
        "Nature reserves such as the Peel are suffering, and the risk of wildfires is high, according to the fire brigade. "
        "Water companies ask consumers not to fill paddling pools. "
        "De Volkskrant notes that experts expect such dry summers to become more frequent.",
        "disaster",
    ),
    (
        "Gas explosion destroys houses in Antwerp, residents trapped under rubble",
        "A powerful explosion destroyed two houses on the Paardenmarkt in Antwerp on Sunday morning, and several residents were trapped under the rubble, the fire brigade said. "
        "Rescuers pulled two people out alive after several hours, but a man and a woman were later found dead. "
        "According to the first findings, a gas leak in one of the buildings caused the blast. "
        "Neighbouring houses were evacuated, and about 40 people spent the night in a reception centre. "
        "Mayor Bart De Wever initially said that a criminal motive could not be ruled out, given the many explosions linked to drug gangs in the city, but the public prosecutor later spoke of an accident. "
        "Sniffer dogs and a crane were used to search the debris. "
        "Fluvius, the grid operator, is checking the gas pipes in the street. "
        "Gazet van Antwerpen reports that residents had smelled gas the day before.",
        "accident",
    ),
    (
        "Freight train derails at Voorschoten, train traffic between Leiden and The Hague halted",
        "A freight train and a passenger train were involved in a derailment near Voorschoten on Wednesday, injuring nineteen people, two of them seriously, ProRail said. "
        "The passenger train hit a construction crane that a freight train had knocked onto the track minutes earlier, and several carriages left the rails. "
        "Firefighters freed passengers from the front carriage, which was lying on its side next to the track. "
        "The Dutch Safety Board has opened an investigation, and the public prosecutor is looking into the role of the contractor. "
        "Train traffic between Leiden and The Hague was halted for several days, and NS laid on replacement buses. "
        "A passenger told NOS that she heard 'a loud bang' and was thrown against the seat in front of her. "
        "It is the most serious train accident in the Netherlands in years. "
        "ProRail said it would review the rules for night work near live tracks.",
        "accident",
    ),
]
