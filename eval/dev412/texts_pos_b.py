"""dev412 positives, part B: Chiapas, the centre, the north and political violence (killings
of candidates and mayors, election-day attacks, violent demonstrations)."""

POSITIVES = [
    (
        "Hundreds of Mexicans cross into Guatemala fleeing the fighting in Amatenango de la Frontera",
        "About 580 residents of Amatenango de la Frontera, Chiapas, crossed into Guatemala over the "
        "weekend to escape clashes between armed groups, Guatemala's migration institute said, in "
        "one of the rare cases of Mexicans seeking refuge in the neighbouring country. The families, "
        "many of them with small children, walked across the hills to the municipality of Cuilco, "
        "in Huehuetenango, where local authorities put them up in a school and a community hall. "
        "They told El Universal that gunmen had occupied their village, set up checkpoints and "
        "fought a rival group for two days. Guatemala declared a humanitarian emergency in the "
        "area and sent food, water and medical staff; the Red Cross said it was treating children "
        "for dehydration and respiratory infections. Mexico's foreign ministry said its consulate in "
        "Huehuetenango was in contact with the families and that conditions for their return were "
        "being prepared. Residents said they would not go back without guarantees. “There is no "
        "government there, only them,” one man said of the armed groups. Some of the displaced "
        "began to return under army escort ten days later, though dozens chose to stay. Before "
        "that, Guatemalan soldiers had reinforced the border to keep armed men from following the "
        "families. The mayor of Cuilco said the municipality had never received refugees from "
        "Mexico and that local farmers were sharing their maize and beans. Among those who crossed "
        "were 200 children, a pregnant woman who gave birth in the shelter and several elderly "
        "people who had to be carried. Mexican human rights groups said the case showed that the "
        "Sierra of Chiapas had become a territory disputed by cartels in which the state was "
        "absent.",
        "D H",
        "displacement",
    ),
    (
        "Attack by armed group forces thousands of Ch'ol residents out of Tila",
        "More than 4,000 residents of Tila, a Ch'ol town in northern Chiapas, fled to the hills "
        "and to neighbouring Tabasco after an armed group set fire to houses and vehicles and "
        "opened fire in the town centre on Tuesday night, the diocese of San Cristóbal said. The "
        "attack was blamed on a group known locally as Autodefensa El Karma, which residents say "
        "has extorted and threatened the town for years. At least 17 homes were burned, and "
        "witnesses told La Jornada that men with long guns went from street to street. Soldiers "
        "and National Guard members evacuated about 4,000 people in trucks to Salto de Agua and "
        "Playas de Catazajá, where shelters were set up in schools and churches, the state "
        "government said. Two people were reported dead. The Jesuit parish said the attackers had "
        "warned residents that anyone who stayed would be killed. Federal officials promised a "
        "security base in Tila before families return. “We left the dead, the animals, "
        "everything,” a woman told the paper from a school in Salto de Agua where she shared a "
        "classroom with three other families. Volunteers from Villahermosa brought water and "
        "hammocks, and the state health ministry sent two mobile units. The Ch'ol ejido "
        "assembly said the conflict began over control of the town's communal land and its "
        "government.",
        "D V",
        "displacement",
    ),
    (
        "Shots from Santa Martha keep Aldama families out of their homes",
        "San Cristóbal de las Casas, Chis.— Gunfire from the direction of Santa Martha, in the "
        "municipality of Chenalhó, hit houses in at least four Tsotsil communities of Aldama on "
        "Sunday and Monday, wounding a 14-year-old girl and forcing about 200 people to sleep in "
        "the mountains again, the Fray Bartolomé de las Casas human rights centre said. The two "
        "municipalities have been in a dispute over 60 hectares of land for decades, and an armed "
        "group based in Santa Martha has fired on Aldama almost daily since 2018, according to the "
        "centre's count. The girl was hit in the shoulder while she was grinding corn in "
        "Tabak and was taken to a hospital in San Cristóbal. Residents said shots were fired from "
        "high-calibre weapons over several hours. The state government said it had sent police and "
        "National Guard members to the area and that a peace agreement signed two years ago "
        "remained in force. Community leaders told Proceso the agreement was “paper” and that "
        "families had not been able to harvest their coffee. Children in Coco' and Xuxch'en have "
        "not had regular classes for months, teachers said.",
        "V D",
        "armed_attack",
    ),
    (
        "Celaya candidate Gisela Gaytán shot dead on the first day of her campaign",
        "Gisela Gaytán, the ruling party's candidate for mayor of Celaya, Guanajuato, was shot dead "
        "on Monday afternoon while she greeted residents on a street of the San Miguel Octopan "
        "community on the first day of her campaign, the state prosecutor's office said. Two people "
        "of her team were wounded. According to witnesses cited by Milenio, an armed man approached "
        "the group and fired several times at close range before fleeing on a motorcycle. Gaytán "
        "had asked the electoral authority for protection, but it had not been assigned, her party "
        "said. She was one of the most visible of the dozens of candidates killed in the election "
        "cycle, according to a count by the consultancy Integralia, which recorded attacks in "
        "almost every state. The party's national leader called the killing “a cowardly attack on "
        "democracy” and asked for federal protection for all its candidates in Guanajuato. "
        "Celaya, where cartels have fought for years over fuel theft and drug sales, has one of the "
        "highest homicide rates in the country. The state prosecutor said a suspect had been "
        "identified.",
        "V",
        "assassination",
    ),
    (
        "Uruapan mayor Carlos Manzo shot dead at the Day of the Dead candle festival",
        "Carlos Manzo Rodríguez, the mayor of Uruapan, Michoacán, was shot dead on Saturday night "
        "in the main square of the city, where hundreds of families had gathered for the Festival "
        "of Candles on the Day of the Dead, the state security ministry said. A gunman fired at "
        "him at close range and was killed by members of his escort, according to the federal "
        "security secretary. A city councillor and one of the bodyguards were wounded. Manzo, an "
        "independent who had publicly asked for federal help against the criminal groups that "
        "dispute the avocado region and had called for tougher action against them, had been under "
        "protection since the end of the previous year, El Financiero reported. People ran from the "
        "square as the candles were being lit; a video posted online showed the music stopping and "
        "families ducking behind the altars. The killing set off marches in Morelia and Uruapan, "
        "and the governor was heckled at the funeral. The president announced a plan for "
        "Michoacán and said that the federal attorney general would take the case. Manzo's widow "
        "said she would take over his political movement. Manzo had often appeared at public "
        "events wearing a sombrero and a bulletproof vest, and had urged the federal government "
        "to let the army confront the armed groups. Residents of Uruapan held a march dressed in "
        "white the following Tuesday. The state prosecutor said the gunman was a young man from "
        "a neighbouring municipality and that investigators were looking for those who sent him.",
        "V",
        "assassination",
    ),
    (
        "Gen Z march ends in clashes at the National Palace; 100 police officers injured",
        "A march called on social media by young people under the banner of “Generation Z” ended in "
        "clashes on Saturday afternoon when a group of hooded protesters pulled down the metal "
        "barriers in front of the National Palace and threw stones, fireworks and sticks at police "
        "lines in the Zócalo, Mexico City authorities said. Police responded with fire "
        "extinguishers and tear gas, and the security secretary said 100 officers and 20 civilians "
        "had been injured, 40 of them taken to hospital. Twenty people were detained and later "
        "released or handed to prosecutors. Tens of thousands had walked peacefully from the Angel "
        "of Independence, many with straw hats and flags of a Japanese anime as a sign of protest "
        "against violence and corruption, and in memory of the Uruapan mayor killed two weeks "
        "earlier. Reforma reported that several journalists were hit by officers during the "
        "charges. The president said the march had been promoted by the opposition and bots, while "
        "organisers accused the police of excessive force. The city's human rights commission said "
        "it had opened an inquiry into the complaints.",
        "U",
        "riot",
    ),
    (
        "Ayotzinapa students ram a truck into the gate of Military Camp 1",
        "Students of the Ayotzinapa rural teachers' college rammed a stolen truck into the main "
        "gate of Military Camp No. 1 in Mexico City on Thursday, knocked it down and threw "
        "firecrackers and stones at soldiers inside, the Defence Ministry said. The students had "
        "arrived with parents of the 43 disappeared in 2014 for a protest two weeks before the "
        "anniversary. Soldiers did not respond with force and used fire extinguishers to put out "
        "the truck, which was set alight, according to a statement by the ministry. Milenio "
        "reported that several soldiers suffered burns and cuts and that the façade of the camp "
        "was damaged. Protesters painted slogans demanding that the army hand over 800 folios "
        "they say it is hiding. The lawyer for the families said the protest showed the parents' "
        "frustration with the investigation. The president said the government would not fall "
        "for provocations and that the doors of the palace remained open to the parents. Traffic "
        "on the Periférico was closed for about three hours.",
        "U",
        "riot",
    ),
    (
        "Anti-gentrification march ends with smashed shop windows in Condesa and Roma",
        "A march against gentrification and the arrival of foreign remote workers in Mexico City "
        "turned violent on Friday afternoon when a group of hooded protesters smashed the windows of "
        "shops, cafés and restaurants in Condesa and Roma and sprayed slogans such as “gringo go "
        "home” on façades, El Universal reported. The city government said at least 15 businesses "
        "were damaged, including a Starbucks and a Krispy Kreme, and that protesters looted goods "
        "from a shop in the Parque México area. Some diners and foreign residents were pelted with "
        "water and paint. Police officers escorted the march but did not intervene during most of "
        "the attacks, according to witnesses, and two people were arrested. The head of government "
        "condemned what she called xenophobic acts while saying the demands over rents were "
        "legitimate. Several hundred people had set off from Parque Lincoln in a peaceful march "
        "organised by housing collectives. Shop owners on Amsterdam avenue said they had boarded up "
        "their windows for the weekend in case of a second protest.",
        "U",
        "riot",
    ),
    (
        "Nochixtlán: police and teachers clash on the highway; at least eight dead",
        "At least eight people were killed and dozens injured on Sunday when federal and state "
        "police tried to break up a highway blockade by teachers of the CNTE union and residents in "
        "Asunción Nochixtlán, Oaxaca, according to the state government. The clash began in the "
        "morning when police moved in to clear the Oaxaca-Mexico City highway, which had been "
        "blocked for days in protest against the education reform. Protesters threw stones and "
        "burned vehicles, and witnesses told La Jornada that police fired on the crowd. The federal "
        "police first said its officers had been unarmed, then admitted an armed unit had arrived "
        "later. More than 50 officers and dozens of civilians were treated in hospitals and at a "
        "makeshift clinic set up in a church. Twenty-one people were arrested. The union called for "
        "national protests, and blockades spread across Oaxaca and Chiapas on Monday. The interior "
        "minister invited the teachers to talks, while human rights groups demanded an independent "
        "investigation into the use of firearms by police.",
        "U",
        "crackdown",
    ),
    (
        "Soldiers ambushed on the Nuevo Laredo highway; five attackers killed",
        "Nuevo Laredo, Tamps.— A military convoy was ambushed on Tuesday on the highway from Nuevo "
        "Laredo to Monterrey by gunmen who opened fire from several trucks and used a drone to drop "
        "a charge near the lead vehicle, the Defence Ministry said. Soldiers returned fire and "
        "killed five of the attackers in a gunfight that lasted about half an hour, while three "
        "soldiers were wounded, the ministry said. Troops seized rifles, grenades, tactical vests "
        "and two trucks with armour plates bearing the initials of the Northeast Cartel. The "
        "attack came days after the army reinforced its presence in the border city with 300 "
        "troops. Drivers on the highway said they abandoned their cars and ran into the brush when "
        "the shooting started, Milenio reported. The state government recommended avoiding the "
        "road at night. Residents of Nuevo Laredo were warned through social media accounts to stay "
        "indoors while burning vehicles blocked at least three avenues in the afternoon. A spokesman "
        "for the state security ministry said the situation was under control by evening.",
        "B M E",
        "ambush",
    ),
    (
        "El Plateado empties as the CJNG and Sinaloa cartel fight over Jerez; army enters the town",
        "Almost the entire population of El Plateado de Joaquín Amaro, a village in the "
        "municipality of Jerez, Zacatecas, has fled after weeks of fighting between the Jalisco "
        "New Generation Cartel and the Sinaloa cartel, which used armoured trucks and drones on its "
        "streets, the state government said. Governor David Monreal said that of about 1,400 "
        "inhabitants barely a few dozen remained, most of them elderly people who refused to leave. "
        "The families took refuge in Jerez, Fresnillo and Zacatecas city, and some travelled to "
        "relatives in the United States. On Wednesday, some 500 soldiers and National Guard members "
        "entered the village after a clash on the road from Jerez in which, according to the Defence "
        "Ministry, four gunmen were killed and a soldier was wounded. Reforma found empty houses "
        "riddled with bullets and a church with its windows broken. “We will stay until people can "
        "come back,” a military commander told the paper. The governor said the state would pay for "
        "repairs once the displaced return. Teachers from the village's primary school are "
        "giving lessons to some of their pupils in a borrowed classroom in Jerez. The diocese "
        "of Zacatecas said it was feeding more than 300 people a day in its parish halls. A "
        "farmer who left with his family said he had not been able to water his crops in six "
        "weeks and feared losing everything.",
        "B D M E",
        "battle",
    ),
    (
        "Polling stations attacked and ballots burned; two killed in Puebla on election day",
        "Two people were killed in an attack on a polling station in Coyomeapan, in the Sierra Negra "
        "of Puebla, and armed men seized or burned ballot boxes in at least a dozen places across "
        "the country on Sunday, the electoral authority and state governments said. In Puebla, "
        "gunmen arrived at a school where voters were queuing and opened fire, according to the "
        "state prosecutor. In Chiapas, groups of men burned election material in Chicomuselo and "
        "Pantelhó, where voting was suspended; the National Electoral Institute said 222 polling "
        "stations in the state could not open. In a municipality of Guerrero, election workers "
        "were held for hours by residents who said the count had been rigged, and in Tlaquepaque, "
        "Jalisco, shots were fired near a station. El Financiero noted that the day was calm in most "
        "of the country, with turnout above sixty percent. The head of the electoral institute said "
        "incidents affected less than one percent of the polling stations. Opposition parties asked "
        "for the vote to be annulled where violence occurred.",
        "V U",
        "election_violence",
    ),
    (
        "Abel Murrieta, candidate for mayor of Cajeme, killed while handing out flyers",
        "Abel Murrieta Gutiérrez, a former Sonora attorney general and candidate for mayor of "
        "Cajeme for the Movimiento Ciudadano party, was shot dead on Thursday while he handed out "
        "campaign leaflets at a busy crossing in Ciudad Obregón, the state prosecutor said. An "
        "armed man got out of a vehicle and fired at him at least ten times, and fled, according to "
        "witnesses. Minutes earlier, Murrieta had been filmed greeting drivers at the traffic "
        "lights, and weeks before he had said in a campaign video that he was not afraid of "
        "criminals. He was one of at least 34 candidates killed in the campaign, Proceso reported, "
        "citing the consultancy Etellekt. His party said it would nominate a replacement and asked "
        "the federal government to protect the rest of its candidates in Sonora. Murrieta had "
        "represented LeBarón families in Sonora after the 2019 killing of three women and six "
        "children of the community. “We will not let fear decide this election,” the party's national "
        "coordinator said at the funeral on Friday.",
        "V",
        "assassination",
    ),
    (
        "Texcaltitlán farmers rise up against extortionists: fourteen dead in a machete and gun fight",
        "Fourteen people were killed on Friday in the community of El Salitre, Texcaltitlán, in the "
        "south of the State of Mexico, when farmers who had been summoned to pay extortion to "
        "members of La Familia Michoacana confronted them with machetes and shotguns, the state "
        "prosecutor said. Ten of the dead were presumed members of the criminal group and four were "
        "residents, according to the office. Videos show men in cowboy hats chasing gunmen across a "
        "field; some attackers fired from a truck before fleeing. Residents told El Universal that "
        "a local leader of the group had ordered farmers to pay a fee for each square metre of land "
        "they farmed. After the fight, soldiers, state police and National Guard members deployed to "
        "the community, and several families left for fear of retaliation. Schools in the area "
        "suspended classes. The governor said the state would guarantee the safety of the "
        "residents. Analysts told the paper the episode showed how much of the southern State of "
        "Mexico was under the armed control of the group.",
        "B D",
        "clash",
    ),
    (
        "Car bomb explodes outside a police station in Jerécuaro; prosecutors open a terrorism inquiry",
        "A car packed with explosives blew up outside the municipal police station of Jerécuaro, "
        "Guanajuato, on Saturday night, killing two officers and wounding at least four, the state "
        "security ministry said. The blast destroyed the front of the building and damaged nearby "
        "houses and a shop, El Financiero reported. The federal attorney general's office said it "
        "had opened an investigation for terrorism and organised crime, and that the car had been "
        "left minutes before it exploded. Hours earlier, another vehicle exploded near a police "
        "post in Acámbaro, causing damage but no casualties. Authorities blamed a cell of the "
        "Santa Rosa de Lima cartel, which has fought the Jalisco New Generation Cartel in the south "
        "of the state for years. The governor said it was “an act of terror against the people of "
        "Guanajuato” and asked for federal support. The National Guard reinforced patrols in "
        "Jerécuaro, Acámbaro and Coroneo. Residents said the windows of houses two blocks away were "
        "shattered.",
        "E T",
        "car_bomb",
    ),
    (
        "Booby trap in Tlajomulco: explosives planted at a mass grave kill police officers",
        "Four police officers and two civilians were killed and at least a dozen people wounded on "
        "Tuesday when explosive devices went off in a field in Tlajomulco de Zúñiga, Jalisco, where "
        "they had gone after an anonymous report of a clandestine grave, the state government said. "
        "According to governor Enrique Alfaro, the call was a trap: the attackers had buried at "
        "least six devices along a dirt road and detonated them as the convoy of the state "
        "prosecutor's office and municipal police approached. Three vehicles were destroyed, Milenio "
        "reported. The governor blamed a criminal group he did not name and called it an "
        "unprecedented attack in the state. The Defence Ministry sent explosives experts, who found "
        "more devices buried in the area. Search collectives, which receive dozens of tips each "
        "month, said they would suspend field work in Tlajomulco until the authorities could "
        "guarantee their safety. “It was a field full of death,” a police officer who survived told "
        "the paper.",
        "E",
        "ied",
    ),
]
