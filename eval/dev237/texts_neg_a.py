"""dev237 negatives, part A: galleries of storms, floods, fires, accidents, epidemics and crime
scenes. (title, text, kind code); kind codes from eval/conflictset KIND_CODES."""

NEGATIVES = [
    (
        "In pictures: Valencia digs out after the deadliest flood in decades",
        "Residents of Paiporta shovel mud out of their ground-floor flats on Thursday, two days "
        "after a month's worth of rain fell in eight hours over the Valencia region. Cars are "
        "piled against one another in a street like toys tipped out of a box. The regional "
        "government said at least 158 people had died, and dozens are still missing. Soldiers of "
        "the Military Emergencies Unit pump water out of an underground car park. A woman "
        "salvages family photographs from a sodden sideboard. Volunteers, many of them students, "
        "walk across a footbridge from Valencia carrying brooms and bottled water. Thousands of "
        "people spent the night in sports halls and schools. King Felipe and Queen Letizia "
        "visited Paiporta on Sunday and were met by residents who said help had come too late. "
        "Photographs by Manaure Quintero and Jose Jordan for AFP.",
        "disaster",
    ),
    (
        "Typhoon Haiyan: Tacloban a week on, in photographs",
        "A girl walks past a cargo ship that the storm surge threw onto the homes of Anibong, in "
        "Tacloban, on Friday, a week after Typhoon Haiyan tore across the central Philippines. "
        "The government's disaster agency put the death toll at more than 4,000. Survivors queue "
        "at the airport for military flights to Manila and Cebu. A man writes “HELP WE NEED FOOD” "
        "in chalk on a road. US Marines unload rice from a helicopter in Guiuan. Bodies in black "
        "bags wait for collection along the coastal road. A boy carries his little sister through "
        "a field of debris that was once their neighbourhood. An estimated 600,000 people have "
        "been displaced. Aid workers say the town of Guiuan, on the eastern tip of Samar, was "
        "almost flattened. A church where dozens took shelter lost its roof but its walls held. "
        "Survivors have spray-painted the names of the missing on the walls of a school.",
        "disaster",
    ),
    (
        "Maui wildfire: Lahaina's front street reduced to ash, in aerial pictures",
        "Aerial photographs taken on Thursday show the historic town of Lahaina, on the Hawaiian "
        "island of Maui, almost entirely burned, its harbour full of charred boats. The fire, "
        "driven by winds from a passing hurricane, killed at least 55 people, the governor said, "
        "making it the state's deadliest natural disaster in decades. The 150-year-old banyan "
        "tree in the town square stands blackened but upright. A family looks at the foundations "
        "of their home from behind a police cordon. Evacuees sleep on cots in the War Memorial "
        "Gymnasium in Wailuku. National Guard soldiers hand out water at a checkpoint on the "
        "Honoapiilani Highway. Firefighters say the blaze moved faster than anyone could run. "
        "Search teams with dogs move through the ash street by street, marking each house they "
        "have cleared with an orange X. Residents queue at a supply hub for water, nappies and "
        "pet food. The county is under criticism for not sounding its warning sirens.",
        "disaster",
    ),
    (
        "Pakistan floods: a third of the country under water, in pictures",
        "Families sit on a raised railway embankment in Dadu district, Sindh, surrounded by "
        "floodwater that stretches to the horizon, in photographs taken by the Associated Press "
        "on Wednesday. Pakistan's disaster management authority says the monsoon floods have "
        "killed more than 1,100 people since June and damaged or destroyed a million homes. A boy "
        "paddles a charpoy bed like a raft past the roof of a mosque. Army helicopters drop food "
        "parcels to villagers stranded on a strip of high ground. Livestock crowd onto the "
        "highway. A mother cooks flatbread on a fire of sticks in a tent camp in Sukkur. The UN "
        "has called the disaster a climate catastrophe and launched an emergency appeal. A "
        "schoolteacher in Jaffarabad holds classes for children on a mat on the roadside. Doctors "
        "warn of outbreaks of cholera and dengue as the water stagnates. Farmers say their cotton "
        "crop is lost.",
        "disaster",
    ),
    (
        "Turkey and Syria earthquake: rescues from the rubble of Antakya",
        "Rescuers lift a seven-year-old girl from the remains of a building in Antakya, in "
        "southern Turkey, on Thursday, 80 hours after the first of two powerful earthquakes "
        "struck the region. The combined toll in Turkey and Syria has passed 20,000. A man holds "
        "the hand of his daughter, who died under the concrete of their block in Kahramanmaras, "
        "in a photograph by Adem Altan that has been seen around the world. Survivors warm "
        "themselves around fires in a city park at minus 5C. Search teams from Mexico, Japan and "
        "Greece work under floodlights. In Jindires, in rebel-held northwest Syria, white helmet "
        "volunteers dig with their hands. Aid trucks queue at the Bab al-Hawa crossing. A man "
        "sits on a sofa in the street outside his destroyed home, wrapped in a blanket. Turkey's "
        "president declared a state of emergency in ten provinces. In Aleppo, families sleep in "
        "cars for fear of aftershocks.",
        "disaster",
    ),
    (
        "Storm Ciarán batters Cornwall and Brittany, in photographs",
        "Waves crash over the harbour wall at Porthleven in Cornwall on Thursday as Storm Ciarán "
        "brought gusts of more than 100mph to the Channel coast. In Brittany, a fallen oak lies "
        "across a road near Brest, where more than a million homes lost power, according to the "
        "grid operator Enedis. A lorry driver was killed when a tree hit his cab in the Aisne. "
        "Firefighters in Jersey check the roofs of houses ripped open by a tornado. A man in "
        "Saint-Malo watches the sea from behind a barrier. The Met Office said the storm set a "
        "record for low pressure in November in England. Ferries across the Channel were "
        "cancelled for a second day. In the Netherlands, a woman was killed by a falling tree in "
        "Venlo. Schools across Brittany and Normandy closed for the day. A surfer braves the "
        "swell off Newquay.",
        "disaster",
    ),
    (
        "Volcano erupts near Grindavík: lava reaches the town's edge",
        "Lava flows from a fissure toward the outskirts of Grindavík in southwest Iceland on "
        "Sunday morning, in pictures from the Icelandic Coast Guard. Three houses on the northern "
        "edge of the fishing town caught fire after the molten rock breached the earth barriers "
        "built to protect it. The town's 3,700 residents had been evacuated in the night. Workers "
        "watch from a distance as bulldozers try to build a new wall. A resident films from the "
        "road as smoke rises from a neighbour's home. The Blue Lagoon, a nearby tourist spa, was "
        "closed. Scientists at the Icelandic Met Office say the eruption may go on for weeks. It "
        "is the fifth eruption on the Reykjanes peninsula since 2021. A mother who has moved her "
        "family three times this winter says she does not know if they will ever go home. "
        "Emergency workers opened a relief centre in Reykjavík, 50km away, where residents can "
        "collect clothes and food. The country's president called it a dark day for the town.",
        "disaster",
    ),
    (
        "Libya: the flood that swept Derna into the sea",
        "Photographs from Derna, in eastern Libya, show entire city blocks on both sides of the "
        "Wadi Derna wiped away after two dams burst during Storm Daniel on Sunday night. "
        "Officials of the eastern administration said more than 5,000 people had died and 10,000 "
        "were missing. Rescue workers from Egypt and Tunisia search the coast for bodies. A man "
        "sits on the remains of a bridge, staring at the ravine. Volunteers hand out bread and "
        "water in the city's main square. Families who lost everything shelter in schools in "
        "al-Bayda and Tobruk. The International Organization for Migration said at least 30,000 "
        "people had been displaced by the flood. The country's rival governments in Tripoli and "
        "Benghazi have both sent rescue teams. Experts had warned for years that the dams needed "
        "repairs. A father walks the beach every morning, searching for his two sons.",
        "disaster",
    ),
    (
        "In pictures: the Odisha train collision",
        "Rescuers climb over mangled carriages near Balasore, in the eastern Indian state of "
        "Odisha, on Saturday after a passenger train ran into a stationary goods train and "
        "derailed, and a second express hit the wreckage. Railway officials said at least 288 "
        "people were killed and more than 1,000 injured in one of India's worst rail disasters. "
        "Villagers queue outside a hospital in Soro to give blood. A relative looks at "
        "photographs of the dead pinned on a screen at a school used as a morgue. A crane lifts a "
        "coach off the tracks. Prime Minister Narendra Modi visited the site and said those "
        "responsible would be punished. Army teams cut through metal with gas torches to reach "
        "the last passengers trapped inside. Shoes, bags and notebooks lie scattered beside the "
        "tracks. The families of migrant workers from West Bengal travelled overnight to identify "
        "their relatives. A signalling failure is suspected.",
        "accident",
    ),
    (
        "Fire sweeps through Cox's Bazar refugee camp, in photographs",
        "Rohingya refugees search through the ashes of their shelters in Balukhali camp on Monday "
        "after a fire swept through a section of the settlements in southern Bangladesh on Sunday "
        "afternoon. The UN refugee agency said more than 2,000 shelters were destroyed and about "
        "12,000 people left without a roof. No one was killed. Children carry salvaged pots and a "
        "solar panel. A bamboo frame is all that remains of a learning centre. Volunteers hand "
        "out dry food at a distribution point. Bangladeshi officials have opened an inquiry into "
        "the cause of the blaze, which began in a kitchen. A family sits on a pile of blackened "
        "tin sheets that used to be a roof. Firefighters from the town took three hours to bring "
        "the blaze under control. Aid agencies are handing out tarpaulins and bamboo so families "
        "can rebuild their shelters quickly. Some 1 million Rohingya live in the camps, most of "
        "whom fled Myanmar in 2017.",
        "accident",
    ),
    (
        "Capsized: the pictures from Lake Kivu after the ferry sank",
        "Relatives wait on the shore at Kituku port in Goma on Friday for news of passengers of "
        "the MV Merdi, which capsized as it approached the port the day before. The governor of "
        "South Kivu said 78 people had drowned, and rescuers pulled about 20 survivors from the "
        "water. The boat was carrying far more passengers than it was built for, survivors said. "
        "Navy divers prepare their gear on the jetty. A woman collapses in grief as a body is "
        "brought ashore. Sacks of flour that were part of the cargo float in the shallows. "
        "Congo's government announced three days of national mourning. Fishermen in wooden "
        "pirogues helped pull people from the water in the first hour. Most passengers could not "
        "swim. Many were traders travelling from Minova to sell goods in Goma's markets, where "
        "the price of transport has soared.",
        "accident",
    ),
    (
        "Polio drive in Peshawar: pictures of the vaccinators' round",
        "A health worker marks a child's finger with purple ink after giving her oral polio drops "
        "in a Peshawar neighbourhood on Monday, the first day of a national campaign that aims to "
        "reach 45 million children under five. Vaccinators walk door to door through narrow "
        "lanes, escorted by police officers. A mother holds her baby still in a doorway. Pakistan "
        "and Afghanistan are the last two countries where the wild virus still circulates. Teams "
        "chalk the dates of their visit on the walls of houses. Officials say vaccine refusals "
        "have fallen this year. The campaign will run for seven days in 150 districts. A "
        "vaccinator writes the number of children she reached in a notebook at the end of the "
        "day. In a local mosque, an imam urges parents over the loudspeaker to open their doors "
        "to the teams. Schoolchildren in Karachi wave posters of the campaign's mascot. The "
        "campaign is supported by the World Health Organization and Unicef.",
        "health",
    ),
    (
        "Crime scene photographs from Marseille's drug war",
        "Forensic officers examine a burnt-out car in the Bassens housing estate in northern "
        "Marseille on Sunday, where a 19-year-old was found shot dead inside. Police say it was "
        "the 20th killing linked to drug trafficking in the city this year. Residents watch from "
        "balconies as investigators work. Riot police patrol the entrance to a tower where "
        "dealers ran a sales point. A mother who lost her son in a similar shooting holds a march "
        "with other families. The interior minister promised more officers for the city, which "
        "the press has taken to calling a battlefield. Prosecutors say the rival gangs recruit "
        "teenagers as hitmen online. A mural of a young man killed two years ago watches over the "
        "car park. Children ride bikes past the police tape hours after the body was removed. A "
        "resident who has lived in the estate for 40 years says she no longer goes out after "
        "dark.",
        "crime",
    ),
    (
        "Aftermath: the Prague university shooting, in pictures",
        "Students light candles on the steps of the Faculty of Arts of Charles University in "
        "Prague on Friday, a day after a gunman killed 14 people inside the building before "
        "shooting himself. Police said the attacker, a 24-year-old student, acted alone and that "
        "there was no link to terrorism. Flowers cover the pavement of Jan Palach Square. Armed "
        "officers leave the building at night. Czech President Petr Pavel lays a wreath. The "
        "government declared a day of national mourning. Police are investigating how the gunman "
        "obtained his weapons legally. A student puts a note on the faculty's door: “We will not "
        "be afraid to study here.” Police say the gunman is also suspected of killing a man and "
        "his baby daughter in a forest near Prague last week. Pictures show officers in helmets "
        "escorting students out of the building with their hands on their heads. The university "
        "cancelled classes until January.",
        "crime",
    ),
]
