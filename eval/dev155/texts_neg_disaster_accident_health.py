"""dev155 hard negatives: floods, fires, earthquakes, a hurricane and a volcano, accidents and
epidemics, with soldiers, looting and gangs in some of them (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Rio Grande do Sul floods: death toll rises to 143 as Guaíba river floods "
        "Porto Alegre's centre",
        "PORTO ALEGRE (O Globo) - The death toll from the floods in Rio Grande do "
        "Sul rose to 143 on Saturday, with 125 people still missing and more than "
        "600,000 forced from their homes, the state civil defence said, as the "
        "Guaíba river kept much of central Porto Alegre under water. The city's "
        "airport has been closed since last week, and its bus station and main "
        "hospitals were cut off. Army, navy and air force personnel, together with "
        "hundreds of volunteers in private boats and jet skis, have rescued more "
        "than 70,000 people from rooftops and flooded houses. About 80,000 people "
        "are sleeping in public shelters set up in schools, gyms and churches. "
        'Governor Eduardo Leite said the state would need a "Marshall Plan" to '
        "rebuild, and President Luiz Inácio Lula da Silva announced a package of "
        "50 billion reais in emergency credit and aid. Meteorologists forecast "
        "more rain and a drop in temperatures for next week, raising concern about "
        "disease in shelters. In the city of Canoas, where the water reached the "
        "second floor of many houses, volunteers in boats were still rescuing "
        "people and pets on Saturday. Pumping stations in Porto Alegre stopped "
        "working when they were flooded, leaving the city's defences against the "
        "river useless. The health ministry sent field hospitals and medical "
        "teams, and the air force set up an air bridge through the Canoas air "
        "base. Scientists said the disaster had been made worse by a warming "
        "climate and by the El Niño phenomenon. Police said they had arrested "
        "several people for looting empty homes in Canoas. The state's rice and "
        "soybean harvests have also been hit.",
        "disaster",
    ),
    (
        "Wildfires sweep through hills above Viña del Mar, killing at least 99; curfew declared",
        "VIÑA DEL MAR (AFP) - At least 99 people died when wildfires swept through "
        "hillside neighbourhoods of Viña del Mar and nearby towns in central Chile "
        "over the weekend, President Gabriel Boric said on Sunday, warning that "
        "the toll would rise significantly. Driven by strong winds and "
        "temperatures above 35 degrees, the fires reached the poorer "
        "neighbourhoods of El Olivar and Villa Independencia on Friday afternoon, "
        "leaving residents minutes to escape. Hundreds of people are missing, and "
        "more than 1,600 homes have been destroyed, officials said. Boric declared "
        "two days of national mourning and a state of emergency in the Valparaíso "
        "region, allowing the army to help with evacuations and security. A curfew "
        "was imposed in the worst-hit areas to allow the movement of emergency "
        "vehicles and prevent looting. Identifying the dead will take time because "
        "many bodies were burned beyond recognition, the forensic service said. "
        "Prosecutors are investigating whether some fires were set deliberately. "
        "Neighbours dug through ash on Sunday looking for their belongings.",
        "disaster",
    ),
    (
        "Magnitude 7.8 quake devastates Ecuador's coast; Correa says more than 270 dead",
        "QUITO (El Comercio) - A magnitude 7.8 earthquake struck Ecuador's Pacific "
        "coast on Saturday evening, killing at least 272 people and injuring more "
        "than 2,500, President Rafael Correa said on Sunday, as rescuers dug "
        "through collapsed buildings in Pedernales, Manta and Portoviejo. The "
        "quake, the strongest to hit the country in decades, was centred near the "
        "fishing town of Muisne, in Esmeraldas province. In Pedernales, the mayor "
        'said the town had been "devastated" and that entire neighbourhoods had '
        "fallen. The government declared a state of emergency in six provinces and "
        "mobilised 10,000 soldiers and 4,600 police to help in the rescue and keep "
        "order. The control tower of Manta airport was damaged and the airport "
        "closed. Correa, who cut short a visit to Italy, warned that the toll "
        "would rise and said reconstruction would cost billions of dollars. Aid "
        "began arriving from Venezuela, Colombia and Mexico on Sunday. Hundreds of "
        "aftershocks have kept residents sleeping in the streets.",
        "disaster",
    ),
    (
        "Aid trucks reach Les Cayes after Martissant gangs announce truce for quake victims",
        "PORT-AU-PRINCE (Le Nouvelliste) - The first convoys of trucks carrying "
        "food, water and medicine from Port-au-Prince reached Les Cayes on "
        "Tuesday, three days after the magnitude 7.2 earthquake that killed at "
        "least 1,400 people in Haiti's southern peninsula, after the gangs that "
        "control the Martissant road announced a truce to let aid through. The "
        "civil protection agency said more than 37,000 houses had been destroyed "
        "and that hospitals in Les Cayes, Jérémie and Anse-à-Veau were overwhelmed "
        "with injured. A leader of the G9 gang alliance said in a video that his "
        'men would "accompany" the humanitarian effort. The UN\'s humanitarian '
        "office said some of the aid would be sent by sea and by helicopter to "
        "avoid relying on the road. Tropical Storm Grace brought heavy rain to the "
        "region on Monday night, flooding the makeshift camps where thousands of "
        "families have been sleeping. Prime Minister Ariel Henry, who took office "
        "after the assassination of President Jovenel Moïse last month, declared a "
        "state of emergency for a month. Residents of Les Cayes said they had been "
        "sleeping in the street for fear of aftershocks and that water was being "
        "sold at twice the usual price. A church in Jérémie where many families "
        "had gathered for a baptism collapsed during the earthquake, the bishop "
        "said. The United States, the Dominican Republic and Mexico sent search "
        "teams and supplies by air. Doctors in Les Cayes said they were short of "
        "anaesthetics and of antibiotics.",
        "disaster",
    ),
    (
        "Acapulco cut off after Hurricane Otis: 27 dead, shops emptied by looters "
        "and soldiers deployed",
        "ACAPULCO (Milenio) - At least 27 people died and four are missing after "
        "Hurricane Otis hit Acapulco as a category 5 storm early on Wednesday, "
        "President Andrés Manuel López Obrador said, as residents of the Pacific "
        "resort waited for food, water and electricity in a city cut off by "
        "landslides on the highway. Otis intensified from a tropical storm to a "
        "major hurricane in less than a day, catching forecasters and residents by "
        "surprise. Winds of more than 260 kilometres per hour tore the windows out "
        "of hotel towers and ripped the roofs off houses in the hills. Hundreds of "
        "people entered supermarkets and department stores on Thursday and carried "
        "away food, water, electrical goods and clothes, as police looked on. The "
        "Defence Ministry said it had sent 8,000 soldiers and National Guard "
        "members to distribute aid and restore order. The federal electricity "
        "commission said more than half a million customers were without power. "
        "Telephone service was down across much of the city, and relatives in "
        "Mexico City were using social media to search for family members. Videos "
        "on social media showed families wading through knee-deep water in the "
        "Renacimiento neighbourhood carrying mattresses and bags of rice. Business "
        "owners in the hotel zone said they had been robbed twice, once by looters "
        "and once by people posing as rescue workers. López Obrador defended the "
        "army's response and said looting was understandable among people who had "
        "lost everything. The government said an air bridge would bring supplies "
        "to the city's air base.",
        "disaster",
    ),
    (
        "Fuego volcano: 69 dead as pyroclastic flows bury San Miguel Los Lotes",
        "ESCUINTLA (Prensa Libre) - At least 69 people died and many more are "
        "missing after the Volcán de Fuego erupted on Sunday, sending flows of hot "
        "gas, ash and rock down its slopes that buried the community of San Miguel "
        "Los Lotes and part of the road to Escuintla, the national disaster agency "
        "Conred said. Rescuers, soldiers and firefighters searched through ash and "
        "debris on Monday, but operations were suspended in the afternoon because "
        "of the danger of new flows. More than 3,000 people were evacuated from "
        "villages around the volcano and are staying in shelters in Escuintla, "
        "Alotenango and Antigua Guatemala. The La Aurora international airport was "
        "closed for several hours because of falling ash. President Jimmy Morales "
        "declared three days of national mourning. Residents of San Miguel Los "
        "Lotes said they had not been ordered to leave before the flows reached "
        "their homes, and Conred faced criticism for its warnings. Forensic "
        "doctors said many of the victims could only be identified by DNA.",
        "disaster",
    ),
    (
        "Fuel pipeline explosion in Tlahuelilpan kills at least 66 as residents "
        "collected leaking petrol",
        "TLAHUELILPAN, Hidalgo (El Universal) - At least 66 people were killed and "
        "76 injured when a fuel pipeline exploded on Friday evening in "
        "Tlahuelilpan, in the central state of Hidalgo, as hundreds of residents "
        "were filling buckets and jerry cans with petrol spurting from an illegal "
        "tap, the state governor said. Videos showed people running from a column "
        "of flames, some of them burning, in a field beside the pipeline, which "
        "belongs to state oil company Pemex. Soldiers guarding the area had asked "
        "the crowd to leave but were unable to stop them, the Defence Ministry "
        "said. The disaster came weeks after President Andrés Manuel López Obrador "
        "launched a campaign against fuel theft, closing pipelines and "
        "distributing fuel by tanker truck, which caused shortages at petrol "
        "stations across central Mexico. Pemex said the tap had been drilled by "
        "fuel thieves, known as huachicoleros. López Obrador promised that the "
        "strategy against fuel theft would continue. Relatives searched for "
        "missing family members at the site on Saturday.",
        "accident",
    ),
    (
        "Jet Set roof collapse during merengue concert kills more than 200 in Santo Domingo",
        "SANTO DOMINGO (Diario Libre) - The roof of the Jet Set nightclub in Santo "
        "Domingo collapsed in the early hours of Tuesday during a merengue "
        "concert, killing more than 200 people, among them the singer Rubby Pérez, "
        "in one of the worst disasters in the Dominican Republic's recent history, "
        "the emergency operations centre said on Wednesday. Rescuers worked for "
        "more than two days to pull survivors and bodies from the rubble, using "
        "heavy machinery and dogs. Among the dead were a provincial governor, "
        "former baseball players and several business figures. President Luis "
        "Abinader declared three days of national mourning and said an inquiry "
        "would establish the causes. Engineers said the roof may have been "
        "weakened by repairs and by the installation of heavy equipment over the "
        "years. The club's owners said they were cooperating with the authorities. "
        "Hospitals in the capital treated more than 150 injured people. Dozens of "
        "families waited outside the forensic institute for news of relatives.",
        "accident",
    ),
    (
        "Fire at Matanzas fuel depot spreads to fourth tank; 17 firefighters missing",
        "MATANZAS, Cuba (AFP) - A fire at the Matanzas supertanker base, Cuba's "
        "main fuel storage terminal, spread to a fourth tank on Monday, three days "
        "after lightning struck one of its tanks, Cuban officials said, as "
        "firefighters from Mexico and Venezuela joined the effort to put it out. "
        "One firefighter has been confirmed dead and 17 are missing, and more than "
        "120 people have been treated for burns and smoke inhalation. About 5,000 "
        "people were evacuated from the neighbourhoods nearest the terminal as "
        "thick black smoke covered the city. The fire has destroyed fuel stocks "
        "that feed the Antonio Guiteras power plant, worsening blackouts across "
        "the island. Mexico sent 16 aircraft with firefighters, chemicals and "
        "equipment, and Venezuela sent a team of specialists. Officials said the "
        "fire was not yet under control.",
        "accident",
    ),
    (
        "Dengue epidemic: army sets up field hospitals in Federal District as "
        "Brazil passes one million cases",
        "BRASÍLIA (Folha) - The Brazilian army began setting up field hospitals in "
        "Ceilândia and other satellite cities of the Federal District on Monday to "
        "treat patients with dengue, as the number of probable cases in the "
        "country passed one million in the first two months of the year, the "
        "health ministry said. The Federal District, Minas Gerais, Rio de Janeiro "
        "and Goiás have declared emergencies because of the outbreak, which has "
        "been driven by heavy rain and high temperatures. Health Minister Nísia "
        "Trindade said the country was receiving the first batches of the "
        "Japanese-developed Qdenga vaccine, which will be given to children aged "
        "10 to 14 in the areas with most cases. More than 250 deaths have been "
        "confirmed and about 700 are under investigation. Municipal teams are "
        "going from house to house to eliminate standing water, where the Aedes "
        "aegypti mosquito breeds. Hospitals in the Federal District reported "
        "waiting times of up to eight hours. The ministry said the epidemic could "
        "break the record set in 2015.",
        "health",
    ),
    (
        "Bolivia declares national health emergency as measles cases spread from Santa Cruz",
        "LA PAZ (AFP) - Bolivia declared a national health emergency on Monday "
        "because of a measles outbreak that has infected at least 60 people, most "
        "of them children, and launched a vaccination campaign aimed at reaching "
        "about 1.4 million people, Health Minister María Renée Castro said. The "
        "first cases were detected in the eastern department of Santa Cruz in May "
        "and have since appeared in La Paz, Potosí, Beni and Chuquisaca. Health "
        "officials blamed low vaccination coverage, which fell below 70% after the "
        "Covid-19 pandemic, and travel to neighbouring countries with outbreaks. "
        "Classes in Santa Cruz schools will end a week early for the winter break "
        "to limit contagion. The ministry said vaccination teams would go house to "
        "house and set up posts at markets and bus stations. The Pan American "
        "Health Organization has warned of a rise in measles cases across the "
        "Americas, with outbreaks in Mexico, Canada and the United States. Parents "
        "queued for hours on Monday at health centres in Santa Cruz to get their "
        "children vaccinated.",
        "health",
    ),
]
