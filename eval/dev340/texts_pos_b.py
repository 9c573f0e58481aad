"""Positives of dev340, part B: Mexico, Haiti, Brazil, Venezuela, Bolivia, the Southern Cone and
Central America in the translated national press."""

POSITIVES = [
    (
        "Culiacán lives its third month of war between Los Chapitos and La Mayiza",
        "Schools in Culiacán closed again on Monday after a night of gunfights in at least six neighbourhoods of the Sinaloan capital, where the factions of the Sinaloa Cartel loyal to the sons of Joaquín Guzmán and to Ismael 'El Mayo' Zambada have been at war since September. The state prosecutor's office reported 11 people killed in 24 hours, several of them found with signs of torture on the road to Imala, and the burning of a dozen vehicles on the Mexico-Nogales highway. Residents of Tierra Blanca told La Jornada that armed men in trucks with the letters of their faction painted on the doors patrol the streets at night. The Defence Ministry said that soldiers had clashed with gunmen in Jesús María, killing four and seizing rifles, a .50-calibre machine gun and drones adapted to drop explosives. According to a count by local media, more than 500 people have been killed and about 600 reported missing since the fighting began. Restaurants now close at six in the evening and the city's Independence Day festivities were cancelled. Governor Rubén Rocha Moya asked the federal government for more troops.",
        "B V",
        "cartel_war",
    ),
    (
        "Michoacán: mines planted by CJNG kill eight soldiers on a rural road in Los Reyes",
        "Eight soldiers were killed on Tuesday when their vehicle drove over an explosive device buried on a dirt road in the municipality of Los Reyes, Michoacán, the Secretariat of National Defence said. Another two soldiers were wounded and taken by helicopter to the military hospital in Morelia. According to the statement, the troops were taking part in an operation against cells of the Jalisco New Generation Cartel (CJNG) that have been fighting the Cárteles Unidos for the avocado and lime-growing region. Military engineers said they had found and deactivated at least a dozen more devices in the area in recent months. President Claudia Sheinbaum expressed her condolences and said the government would not be intimidated. In the nearby community of Apatzingán, residents have complained of drones dropping explosives on their orchards. The newspaper La Voz de Michoacán said this was the deadliest mine attack against the army in the state.",
        "E B",
        "landmine_attack",
    ),
    (
        "Families abandon villages in Tierra Caliente after drone bombings by cartel cells",
        "At least 300 residents of the communities of El Bejuco, Las Bateas and San Juan de Dios, in the Tierra Caliente region of Michoacán, left their homes over the weekend after armed groups dropped explosives from drones on the villages for a third consecutive day, according to the municipal government of Tepalcatepec. A man of 60 and his granddaughter were wounded when a device fell on the roof of their house, and a school was damaged. The displaced, most of them lime pickers, arrived in pickup trucks in the municipal seat, where the parish and a sports hall were set up as shelters. Residents told the newspaper El Universal that the attacks are the work of the Jalisco New Generation Cartel, which is disputing the region with local groups. The National Guard said it had sent 150 agents to the area and had shot down two drones. The diocese of Apatzingán called on the authorities to guarantee the safe return of the families. The families said they would not go back until the army installed a permanent base.",
        "E V D",
        "drone_attacks",
    ),
    (
        "Chiapas: thousands flee Tila as armed groups burn houses and block roads",
        "Some 4,000 residents of the municipality of Tila, in northern Chiapas, fled their homes this week after an armed group burned houses and vehicles and fired on the town centre, the Fray Bartolomé de las Casas Human Rights Center said. According to the organisation, many of the displaced walked for hours through the mountains to reach Yajalón and Salto de Agua, and others were evacuated by the army in trucks. The violence is attributed to a group known as Los Autónomos, which disputes control of the ejido with other armed factions and, according to local reports, with the support of a cartel. Diocese officials said that at least 17 houses were burned and two people killed. The state government said it had set up shelters in Yajalón that were receiving more than 2,000 people and that it was distributing food and mattresses. The Secretariat of National Defence reported that it had sent 500 soldiers to Tila. A displaced woman told the newspaper that she had left with only the clothes she was wearing.",
        "V D H",
        "displacement",
    ),
    (
        "Gisela Gaytán, Morena mayoral candidate in Celaya, shot dead on her first day of campaigning",
        "Gisela Gaytán, the Morena party's candidate for the mayoralty of Celaya, Guanajuato, was shot dead on Monday afternoon during a campaign walk in the San Miguel Octopan community, hours after she had begun her campaign, the state prosecutor's office reported. A member of her team was also wounded. Videos show people running as shots are heard in the street. The candidate had asked the electoral authority for protection days earlier, but it had not yet been assigned, her party said. President Andrés Manuel López Obrador condemned the attack and said the killing would not go unpunished. According to the consultancy Integralia, at least 30 candidates and pre-candidates have been killed in the electoral process, which is the largest in the country's history. Guanajuato's governor said a suspect had been arrested. Morena suspended its campaign events in the city for three days.",
        "V",
        "assassination",
    ),
    (
        "Haiti: Viv Ansanm gangs take Kenscoff villages as residents flee towards Pétion-Ville",
        "Gangs of the Viv Ansanm coalition attacked several localities of Kenscoff, in the hills above Port-au-Prince, on Monday, burning houses and killing at least 11 people, the commune's mayor told Le Nouvelliste. The National Police of Haiti said its officers and members of the Multinational Security Support mission had exchanged fire with the gangs in Furcy and Belot for several hours. According to the International Organization for Migration, more than 3,000 people fled the area in two days, most of them towards Pétion-Ville and Laboule, where some slept in churches and schools. A farmer said the attackers arrived on motorcycles and fired into houses. The Kenscoff road is one of the last routes out of the capital that is not controlled by the gangs. Human rights group RNDDH said the gangs had also abducted at least four women. The prime minister's office promised to reinforce the police presence in the area.",
        "B V D",
        "gang_offensive",
    ),
    (
        "Pont-Sondé massacre: Gran Grif gang kills at least 115 people in the Artibonite",
        "Members of the Gran Grif gang killed at least 115 people in an attack on the town of Pont-Sondé, in the Artibonite department, during the night from Wednesday to Thursday, the United Nations said, in what the Haitian authorities described as one of the worst massacres in the country's recent history. According to local sources quoted by the daily Le Nouvelliste, the gunmen went from house to house and shot residents, among them women and children, and set fire to at least 45 houses and 34 vehicles. A gang leader said the attack was revenge on residents who had supported a self-defence group. More than 6,000 people fled to the nearby town of Saint-Marc, where they took refuge in schools and churches, the International Organization for Migration said. Doctors at the hospital of Saint-Marc said they had treated dozens of wounded people, many with bullet wounds. Prime Minister Garry Conille condemned the attack and announced reinforcements for the department. The UN High Commissioner for Human Rights called for those responsible to be brought to justice.",
        "V D",
        "massacre",
    ),
    (
        "Haitian task force drone strikes kill gang members in Cité Soleil, police say",
        "A special task force of the Haitian government has carried out drone strikes against gang positions in Cité Soleil and Croix-des-Bouquets in the past week, killing at least 20 gang members, the National Police of Haiti said on Friday. According to a security source quoted by the Haitian press, the drones, equipped with explosive charges, were used against a house where leaders of the Viv Ansanm coalition were meeting. The human rights group RNDDH said that civilians, including a child, were among those killed in one of the strikes and asked for an investigation. The police also said its units and Kenyan officers of the multinational mission had retaken control of part of the Delmas 30 area after a gunfight. The gangs control around 90% of the capital, according to the UN. Residents of Cité Soleil told AlterPresse they had stopped going out at night for fear of the drones. The Transitional Presidential Council defended the use of drones as a necessary means to restore order.",
        "E M B",
        "drone_strikes",
    ),
    (
        "Haiti: gangs attack the Bernard Mevs hospital, MSF suspends work in the capital",
        "Armed men set fire to the Bernard Mevs hospital in the Canapé-Vert area of Port-au-Prince on Monday, one of the few hospitals still functioning in the capital, the Haitian press reported. The hospital's management said the patients had been evacuated days earlier because of the approach of the gangs, but that the building, the pharmacy and equipment were destroyed. Doctors Without Borders announced the suspension of its activities in Port-au-Prince after one of its ambulances was stopped by police officers and members of a self-defence group who threatened to kill the patients inside. The Ministry of Public Health said that fewer than half of the capital's health facilities were now operating. According to the UN, more than 700,000 Haitians have been displaced by the violence, about half of them in the metropolitan area. The Viv Ansanm coalition has attacked several neighbourhoods in recent weeks, including Solino and Nazon, and dozens of residents were killed. The Haitian Medical Association called on the authorities to protect health workers.",
        "V H D",
        "attack_on_hospital",
    ),
    (
        "Rio: police operation in Penha and Alemão complexes leaves at least 121 dead",
        "At least 121 people, among them four police officers, were killed on Tuesday during a police operation against the Comando Vermelho in the Penha and Alemão complexes, in the north zone of Rio de Janeiro, the deadliest in the history of the state, the government of Rio said. Some 2,500 civil and military police officers took part in the operation, which was met with rifle fire and drones dropping explosives from the gang's members, according to the Secretariat of Security. Gang members blocked avenues with burning buses, and dozens of schools and health clinics were closed. On Wednesday morning, residents brought more than 60 bodies down from a forest at the top of the Penha complex and laid them out in a square. Governor Cláudio Castro called the operation a success against what he described as narco-terrorism. The Public Defender's Office and human rights organisations said there were signs of executions and asked for an independent investigation. Folha de S.Paulo reported that 113 people were arrested.",
        "M B",
        "police_operation",
    ),
    (
        "Bolsonaro supporters invade and vandalise Congress, the Planalto and the Supreme Court",
        "Thousands of supporters of former president Jair Bolsonaro broke through police barriers on Sunday and invaded the buildings of the National Congress, the Planalto Palace and the Federal Supreme Court in Brasília, smashing windows, furniture and works of art, Folha de S.Paulo reported. Police used tear gas, pepper spray and stun grenades to retake the buildings after about three hours. At least 400 people were arrested on Sunday, and the number rose to more than 1,500 the next day after the camp in front of the Army headquarters was dismantled. The invaders, who do not recognise Luiz Inácio Lula da Silva's election victory, called for military intervention. President Lula, who was in Araraquara, decreed federal intervention in the security of the Federal District and said the vandals would be punished. Several police officers were injured, and a journalist was beaten. Supreme Court Justice Alexandre de Moraes ordered the removal of the governor of the Federal District for 90 days. Inside the Planalto, the invaders tore down doors, threw computers out of windows and damaged a 17th-century clock brought to Brazil by the Portuguese court. In the plenary of the Supreme Court, the seats of the justices were ripped out and the building's coat of arms was stolen. The Federal District's police were accused of escorting the marchers to the Esplanade of the Ministries instead of stopping them. Leaders of the three powers met on Monday and signed a joint note in defence of democracy.",
        "U",
        "riot",
    ),
    (
        "Venezuela: at least 11 dead as security forces and colectivos put down protests against Maduro's re-election",
        "At least 11 people have been killed in two days of protests against the official result of Sunday's presidential election, the human rights organisation Foro Penal said on Tuesday, while the Attorney General announced that 749 people had been arrested. In Caracas, protesters tore down posters of Nicolás Maduro and threw stones at the National Guard, which responded with tear gas and rubber bullets, according to witnesses quoted by the newspaper El Nacional. Armed civilians on motorcycles, the pro-government colectivos, fired at demonstrators in the Petare and Catia neighbourhoods, the organisation said. The opposition claims that its candidate, Edmundo González Urrutia, won the election by a large margin, according to the tally sheets it collected. The Minister of Defence said one soldier had been killed and 23 wounded in Aragua. Maduro accused the opposition of plotting a coup and promised maximum punishment. Provea, another human rights group, said the crackdown was the harshest since 2017.",
        "U V",
        "crackdown",
    ),
    (
        "US strike on a boat off Venezuela kills 11; Caracas calls it an execution",
        "The United States armed forces attacked a boat in the southern Caribbean on Tuesday, killing 11 people on board who, according to Washington, belonged to the Tren de Aragua and were transporting drugs, the US president announced on his social network. The Venezuelan government said the attack was an extrajudicial execution, and the interior minister, Diosdado Cabello, claimed the people killed were not members of any gang. Washington has sent eight warships, a nuclear submarine and fighter aircraft to the region in recent weeks. According to the Colombian newspaper El Tiempo, some of the people killed could have been fishermen from the coast of Sucre state. Venezuela responded by ordering the deployment of troops and militia along its coast. Legal experts quoted by the Spanish newspaper El País said that the use of military force against suspected smugglers outside of an armed conflict had no basis in international law. The Pentagon said further strikes could follow.",
        "E M",
        "airstrike",
    ),
    (
        "Bolivia: three police officers and a civilian killed in clashes with Evo Morales' supporters in Llallagua",
        "Three police officers and a civilian were killed on Wednesday during clashes between security forces and supporters of former president Evo Morales who are blocking roads in the north of Potosí, the Bolivian government reported. According to the Minister of Government, the officers were shot while trying to clear a blockade in the mining town of Llallagua, where the protesters used dynamite and firearms. Houses and a police station were set on fire. The protesters demand that Morales be allowed to stand in the August elections, from which he has been barred by the courts. In Cochabamba, police used tear gas to remove a blockade on the road to the west of the country. President Luis Arce accused Morales of promoting a plan to destabilise the government. Morales said the police had opened fire first. Fuel and food shortages are growing in La Paz because of the blockades, the newspaper El Deber said.",
        "U",
        "riot",
    ),
    (
        "Congress pensioners' protest: photographer critically hurt as police fire tear gas and rubber bullets",
        "The photojournalist Pablo Grillo was in a critical condition on Thursday after being hit on the head by a tear-gas canister fired by security forces during the weekly protest of pensioners in front of the National Congress in Buenos Aires, the Ramos Mejía hospital said. The march, which on Wednesday was joined by groups of football fans, ended in clashes in which police used water cannon, rubber bullets and tear gas, and protesters set fire to a police car and threw stones, according to the newspaper Clarín. The Ministry of Security said that 20 police officers were wounded and that 124 people were arrested. Videos show a gendarme firing the canister horizontally toward the area where the photographer was standing. The minister, Patricia Bullrich, defended the officers' action and said the violence had been organised. Human rights groups and press unions called a protest for the next day. A judge later ordered the release of most of those arrested.",
        "U",
        "crackdown",
    ),
    (
        "Nicaragua: paramilitaries and police attack Masaya barricades; at least 10 dead",
        "At least ten people were killed on Sunday when police officers and armed civilians loyal to the government attacked the barricades in the Monimbó neighbourhood of Masaya, the Nicaraguan Center for Human Rights (Cenidh) said. According to residents quoted by the newspaper La Prensa, the hooded men arrived in pickups and opened fire with rifles, and set fire to several houses. Students had built the barricades with paving stones to protect the neighbourhood after weeks of protests against the government of Daniel Ortega. The Inter-American Commission on Human Rights said more than 200 people had been killed since the protests began in April. The government says the protests are an attempted coup financed from abroad. The Catholic Church, which mediates a national dialogue, asked for an end to the repression. Hundreds of residents left the city for Managua, according to the human rights group.",
        "U V D",
        "crackdown",
    ),
]
