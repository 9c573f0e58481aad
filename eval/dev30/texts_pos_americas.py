"""Positives of eval/dev30, Latin America and the Caribbean: (title, text, tags, kind)."""

POSITIVES = [
    (
        "Gang coalition kills scores in Haitian town, thousands flee",
        "PORT-AU-PRINCE — Gang members armed with assault rifles attacked the town of Pont-Sondé "
        "in Haiti's Artibonite region before dawn on Thursday, killing at least 115 people, "
        "among them women and young children, and setting houses and cars on fire, the UN and "
        "local officials said. Survivors said the gunmen went from house to house shooting "
        'people in their beds and executed some who tried to flee across the river. "My mother '
        'and my sister were killed in the yard. I escaped through the rice fields," a man told a '
        "local radio station from the town of Saint-Marc. The Gran Grif gang, which controls "
        "much of the lower Artibonite valley, claimed the attack in a video, saying it was "
        "punishing residents for cooperating with a vigilante self-defence group. The "
        "International Organization for Migration said more than 6,200 people had fled "
        "Pont-Sondé and surrounding villages, most of them to Saint-Marc, where they were "
        "sleeping in churches and schools. Haiti's prime minister called it a \"heinous crime "
        'against defenceless women, men and children". Kenyan-led police sent to Haiti under a '
        "UN-backed mission had not deployed to the region. Gang coalitions control most of the "
        "capital Port-au-Prince and have expanded into the country's agricultural heartland, "
        "killing thousands of people and displacing more than 700,000, according to the UN. "
        "Health workers in Saint-Marc said the hospital was treating dozens of people with "
        "gunshot wounds and machete injuries, and that it was running out of supplies. Local "
        "authorities said many of those who fled were staying with relatives or in makeshift "
        "camps, and that they needed food, water and medical care. The UN human rights office "
        "said the attack was one of the deadliest in Haiti in years and called for those "
        "responsible to be brought to justice. Residents of Pont-Sondé had in recent months "
        "formed a self-defence group to keep the gang out of the town, which lies on a key road "
        "linking the capital to the north of the country. Gran Grif had threatened to attack "
        "anyone who used the road to transport goods.",
        "V D H",
        "massacre",
    ),
    (
        "ELN offensive in Colombia's Catatumbo displaces tens of thousands",
        "CÚCUTA, Colombia — An offensive by the National Liberation Army, or ELN, against a "
        "rival armed group in Colombia's Catatumbo region has killed at least 80 people and "
        "forced more than 36,000 to flee their homes, the authorities said on Monday, in the "
        "worst humanitarian crisis the country has seen in decades. ELN fighters attacked "
        "dissidents of the former FARC guerrillas in villages along the border with Venezuela, "
        "and gunmen went from house to house with lists of people they accused of collaborating "
        "with their rivals, according to residents and the ombudsman's office. Former FARC "
        "members who had signed the 2016 peace deal were among those killed. Families crammed "
        "into sports halls and hotels in Cúcuta and Tibú, and others crossed into Venezuela. "
        '"They gave us a few hours to leave. We left the cows and the house," said a farmer who '
        "arrived in Cúcuta with his wife and three daughters. The local government said shelters "
        "were overwhelmed and appealed for food, mattresses and medicine. President Gustavo "
        "Petro suspended peace talks with the ELN, accusing it of war crimes, and declared a "
        "state of internal commotion. Troops were sent to the region, and the army said it had "
        "begun an operation to retake control of the area. Catatumbo, a hub for coca "
        "cultivation, has long been disputed by armed groups. The ombudsman's office said social "
        "leaders and human rights defenders were among the dead, and that several people had "
        "been kidnapped. Venezuela said it had received thousands of Colombians who crossed the "
        "border and was providing them with shelter and food. The army flew soldiers into the "
        "area by helicopter and evacuated some residents from isolated villages. Aid agencies "
        "said children were arriving in Cúcuta without their parents and that schools in the "
        "region had closed. The United Nations and the Catholic Church called for humanitarian "
        "corridors so that civilians trapped in rural areas could leave. Colombia's peace "
        "commissioner said the ELN's leadership would have to answer for the killings before any "
        "new talks.",
        "B V D H M",
        "armed_offensive",
    ),
    (
        "Sinaloa cartel factions and army clash in Culiacán as schools close",
        "CULIACÁN, Mexico — Gunfights between rival factions of the Sinaloa cartel and with "
        "Mexican soldiers have paralysed the city of Culiacán for a second week, with schools "
        "closed, shops shuttered and bodies dumped on roadsides, local officials said. The "
        'violence began after the arrest in the United States of Ismael "El Mayo" Zambada, which '
        'set his followers against the sons of jailed drug lord Joaquín "El Chapo" Guzmán. '
        "Gunmen in armoured pickup trucks fought each other with assault rifles in several "
        "neighbourhoods, and soldiers exchanged fire with cartel cells in the north of the city, "
        "the Defence Ministry said, killing several gunmen. At least 50 people have been killed "
        'since the fighting began and dozens more are missing, the state prosecutor said. "We '
        "don't go out after six. Nobody does,\" said a taxi driver. The state governor asked "
        "residents to stay home, and the Independence Day celebrations were cancelled. The "
        "federal government sent hundreds of additional soldiers and special forces to the "
        "state. President Andrés Manuel López Obrador said the armed forces were acting to "
        "protect the population and that the situation would soon be brought under control. "
        "Sinaloa is the birthplace of Mexico's drug trade, and the cartel is one of the world's "
        "largest suppliers of fentanyl and methamphetamine to the United States. Residents said "
        "they had grown used to messages on WhatsApp groups warning of shootouts in particular "
        "neighbourhoods, and that many families kept their children home even when schools "
        "reopened. Gunmen have set fire to vehicles to block roads, and soldiers guarded "
        "hospitals after armed men tried to enter a clinic to kill a wounded rival. The state's "
        "tourism and restaurant industries have been hit hard, and business groups said hundreds "
        "of shops had closed. Mothers searching for missing relatives have found several "
        "clandestine graves on the outskirts of the city. The army said it had seized hundreds "
        "of weapons, including machine guns and grenades, since the fighting began.",
        "B M",
        "cartel_war",
    ),
    (
        "Masked gunmen storm Ecuador TV station live on air as government declares armed conflict",
        "GUAYAQUIL, Ecuador — Masked men armed with guns and explosives burst into the studio of "
        "a public television station in Guayaquil during a live broadcast on Tuesday and held "
        "staff at gunpoint, as a wave of gang violence swept Ecuador. Viewers watched as "
        "presenters and technicians were forced to lie on the floor while the gunmen shouted "
        "threats into the camera. Police later stormed the building and arrested 13 people, and "
        "no one was killed, though a cameraman was shot in the leg. The same day, gangs "
        "kidnapped several police officers, set off explosions in several cities and rioted in "
        "prisons, following the escape of a powerful gang leader. President Daniel Noboa "
        'declared the country to be in an "internal armed conflict" and designated 22 criminal '
        'gangs as terrorist organisations, ordering the armed forces to "neutralise" them. "This '
        'is terrorism. They want to spread fear," the president said. Schools switched to online '
        "classes and shops in Quito and Guayaquil closed early as people rushed home. Ecuador, "
        "once one of the safest countries in the region, has become a hub for cocaine "
        "trafficking, and rival gangs linked to Mexican and Colombian cartels fight for control "
        "of ports and prisons. The homicide rate has risen sharply since 2019. In the prisons, "
        "inmates held more than 150 guards and administrative staff hostage, according to the "
        "prisons agency, and videos showed guards being threatened with knives and guns. Several "
        "police officers were kidnapped in Quito and other cities, and at least ten people were "
        "killed in Guayaquil in attacks by gunmen, police said. Soldiers were deployed to the "
        "streets of the main cities, and the army said it had begun operations against the "
        "gangs, arresting dozens of suspects. Neighbouring Peru declared a state of emergency "
        "along its border with Ecuador, and China's embassy suspended consular services. The "
        "president said his government would not negotiate with terrorists.",
        "V T E M",
        "armed_attack",
    ),
    (
        "Venezuelan security forces crack down on protests after disputed election",
        "CARACAS — Venezuelan security forces fired tear gas and rubber bullets at thousands of "
        "people protesting in Caracas and other cities on Monday, a day after the electoral "
        "council declared President Nicolás Maduro the winner of an election that the opposition "
        "says it won. Rights groups said at least 11 people had been killed, some by armed "
        "pro-government groups known as colectivos who opened fire on crowds from motorcycles. "
        "Protesters tore down posters of Maduro and toppled a statue of his predecessor Hugo "
        'Chávez in the state of Falcón. "We voted and they stole it. We are not leaving the '
        'streets," said a protester with a Venezuelan flag on his back. The attorney general '
        "said more than 700 people had been arrested and would be charged with terrorism and "
        "incitement to hatred. The opposition, led by María Corina Machado and its candidate "
        "Edmundo González, said its own count of polling station tallies showed that González "
        "had won by a large margin. The electoral council has not published detailed results. "
        "The United States and several Latin American governments said they had serious doubts "
        "about the official result, and Venezuela expelled diplomats from seven countries. "
        'Maduro accused the opposition of a "fascist" coup attempt and said those arrested would '
        "go to maximum-security prisons.",
        "U",
        "crackdown",
    ),
    (
        "Supporters of Bolsonaro storm Brazil's Congress, Supreme Court and presidential palace",
        "BRASÍLIA — Thousands of supporters of former Brazilian president Jair Bolsonaro stormed "
        "the Congress, the Supreme Court and the presidential palace in Brasília on Sunday, "
        "smashing windows, furniture and works of art, a week after the inauguration of his "
        "rival Luiz Inácio Lula da Silva. Protesters dressed in the yellow and green of the "
        "national flag broke through police lines, climbed on to the roof of Congress and set "
        "fire to a carpet, while others threw police officers to the ground. Security forces "
        "used tear gas and stun grenades and regained control of the buildings after about three "
        "hours. About 400 people were arrested on the day, and hundreds more were detained the "
        'next morning at a protest camp outside army headquarters. "This is an attack on '
        'democracy," said Lula, who was in São Paulo state visiting flood victims, and who '
        "ordered a federal intervention in the capital's security. Supreme Court Justice "
        "Alexandre de Moraes removed the governor of the Federal District from office for 90 "
        "days. Bolsonaro, who had left for Florida before the inauguration, condemned the "
        '"depredations" on Twitter but denied responsibility. The rioters had camped outside '
        "military bases since Lula's narrow election victory in October, calling on the army to "
        "overturn the result. World leaders condemned the attack. Inside the buildings, rioters "
        "smashed computers and windows, tore paintings from the walls and destroyed a clock "
        "given to the Portuguese royal family in the 19th century, according to officials who "
        "toured the damage. Journalists covering the riot were attacked and had equipment "
        "stolen. Lula met the heads of the Supreme Court and Congress the next day, and together "
        "they walked across the Praça dos Três Poderes to the Supreme Court building in a show "
        "of unity. Investigators said they would identify those who financed the buses that "
        "brought rioters to Brasília. The attorney general's office asked for the assets of "
        "several businessmen to be frozen.",
        "U",
        "riot",
    ),
    (
        "Peru protest death toll rises as police clash with demonstrators in Juliaca",
        "JULIACA, Peru — At least 17 people were killed on Monday in clashes between security "
        "forces and protesters near the airport in the southern Peruvian city of Juliaca, health "
        "officials said, in the deadliest day of unrest since the ouster of former president "
        "Pedro Castillo a month earlier. Protesters demanding the resignation of President Dina "
        "Boluarte and early elections tried to storm the airport, and police fired tear gas and "
        "live ammunition, according to witnesses and rights groups. A police officer was burned "
        'to death in his patrol car later that night. "They shot at us as if we were animals," '
        "said a man whose brother was killed. Hospitals in Juliaca said they had run out of "
        "blood for transfusions. The government declared a curfew in the Puno region and the "
        'prime minister blamed the violence on "destabilising" groups. Prosecutors opened an '
        "investigation into the deaths. The unrest has been strongest in the poor, largely "
        "indigenous south, where Castillo, a former rural teacher, had strong support. He was "
        "arrested after trying to dissolve Congress and rule by decree. Protesters have blocked "
        "roads across southern Peru for weeks, stranding tourists near Machu Picchu and causing "
        "fuel and food shortages in several cities. Boluarte has apologised for the deaths but "
        "refused to resign.",
        "U",
        "crackdown",
    ),
]
