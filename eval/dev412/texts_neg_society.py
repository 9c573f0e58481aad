"""dev412 negatives, part 2: hurricanes, earthquakes, floods and the volcano; accidents;
epidemics; anniversaries and commemorations; the Day of the Dead and other city news."""

NEGATIVES = [
    (
        "Otis leaves Acapulco devastated: 48 dead and the port without power or water",
        "Acapulco, Gro.— Hurricane Otis, which strengthened from a tropical storm to a category 5 "
        "hurricane in less than a day, left at least 48 people dead and dozens missing after it "
        "made landfall near Acapulco with winds of up to 270 kilometres per hour, the federal "
        "government said on Saturday. Almost every hotel on the Costera Miguel Alemán lost its "
        "windows, and entire neighbourhoods in the hills were left without roofs, El Universal "
        "reported. About 250,000 homes were damaged, according to the welfare ministry, which "
        "began a census house by house. The army and the Navy deployed "
        "some 17,000 troops under the DN-III and Marina emergency plans to clear roads and "
        "distribute water and food. The Acapulco-Mexico City highway was reopened on Thursday night "
        "after landslides were removed. Long lines formed outside the few shops that opened, and "
        "residents asked for drinking water and baby milk. Meteorologists said no model had "
        "predicted the speed of the intensification. The president said the port would be rebuilt "
        "before Christmas, a promise business owners called unrealistic. Tourist families who "
        "had been trapped in hotels were flown out on military and commercial flights from the "
        "air base at Pie de la Cuesta. Fishermen in the bay counted dozens of yachts sunk at "
        "their moorings, and the Navy began searching for missing crews. Insurers said the "
        "damage could be the most expensive ever caused by a hurricane in Mexico.",
        "disaster",
    ),
    (
        "Hurricane Erick strikes the Oaxaca coast; two dead and thousands without power",
        "Hurricane Erick made landfall on the coast of Oaxaca near Santiago Pinotepa Nacional early "
        "on Thursday as a category 3 storm, toppling trees, tearing off roofs and leaving about "
        "250,000 users without electricity in Oaxaca and Guerrero, the Federal Electricity "
        "Commission said. Two people died, a child swept away by a river in Guerrero and an adult "
        "hit by a falling tree in Oaxaca, the civil protection authorities said. In Pinotepa, "
        "Milenio found streets covered in mud and pieces of zinc roofing. The authorities had "
        "opened more than 2,000 temporary shelters and moved residents of low-lying areas before "
        "the storm arrived, and the army took part in the evacuations under the DN-III plan. Erick "
        "weakened quickly as it moved inland over the Sierra Madre del Sur. The president said the "
        "warning system had worked, unlike when Otis surprised Acapulco two years earlier. Coffee "
        "growers in the Costa Chica said they had lost part of their harvest to landslides. Schools "
        "in the region remained closed until Monday.",
        "disaster",
    ),
    (
        "Rescuers search the rubble of the Enrique Rébsamen school as quake toll passes 220",
        "Soldiers, navy marines, firefighters and hundreds of volunteers worked through the night "
        "in the ruins of the Enrique Rébsamen school in Coapa, in the south of Mexico City, where "
        "at least 19 children and six adults died when the building collapsed during Tuesday's "
        "magnitude 7.1 earthquake, authorities said. Rescuers raised their fists in silence every "
        "time they thought they had heard a voice. The national civil protection coordinator said "
        "the death toll across Mexico City, Morelos, Puebla, the State of Mexico and Guerrero had "
        "reached 225. Thirty-eight buildings collapsed in the capital, Reforma reported. Shelters "
        "were opened in schools, churches and sports halls for families whose homes were damaged. "
        "Volunteers on bicycles carried water and tools across the city, where many streets remained "
        "closed. The earthquake struck on the 32nd anniversary of the 1985 quake, hours after a "
        "national drill. Mayor Miguel Ángel Mancera said inspections of thousands of buildings would "
        "begin on Thursday. A rescue brigade from Israel and dogs trained in Japan and "
        "Ecuador arrived to help Mexican teams. The navy said on Thursday that a girl called "
        "Frida Sofía, whose rescue had been followed live on television, had never existed, "
        "which caused outrage. In Morelos, the town of Jojutla lost hundreds of homes and its "
        "main church. Volunteers were asked to register at collection centres because the "
        "number of people who turned up was hindering the work.",
        "disaster",
    ),
    (
        "A 7.7 quake shakes Colima and Michoacán on 19 September again; two dead in Manzanillo",
        "A magnitude 7.7 earthquake with its epicentre near Coalcomán, Michoacán, shook western "
        "and central Mexico on Monday afternoon, killing two people in Manzanillo, Colima, and "
        "damaging hospitals, churches and homes, the authorities said. It struck exactly 37 years "
        "after the 1985 earthquake and five years after the 2017 one, and less than an hour after a "
        "national drill, El Financiero noted. In Mexico City the seismic alarm sounded and "
        "thousands left their offices, but no major damage was reported. In Coalcomán and Aquila, "
        "about 3,000 homes were damaged, according to the Michoacán government. Several hospitals "
        "of the social security institute in Colima evacuated patients to the car parks as a "
        "precaution. The army deployed under the DN-III plan to deliver tents, food and water. "
        "The national seismological service recorded more than 600 aftershocks by Tuesday. "
        "Residents of Coalcomán said they would sleep outside for several nights because of the "
        "tremors.",
        "disaster",
    ),
    (
        "Floods in Veracruz, Puebla and Hidalgo: the death toll rises to 64 and dozens are missing",
        "The death toll from floods and landslides caused by days of torrential rain in Veracruz, "
        "Puebla, Hidalgo, Querétaro and San Luis Potosí rose to 64 on Monday, with 65 people still "
        "missing, the federal civil protection coordinator said. Poza Rica, in northern Veracruz, "
        "was the worst-hit city after the Cazones river burst its banks and covered entire "
        "neighbourhoods with water up to the rooftops, La Jornada reported. In the Sierra Norte of "
        "Puebla, landslides buried houses and cut off more than a hundred communities. The army and "
        "the Navy sent more than 10,000 troops, helicopters and boats, and the president toured "
        "the affected towns, where some residents complained that warnings had come too late. "
        "Temporary shelters housed more than 4,000 people. Electricity was restored to most users "
        "by the weekend, the Federal Electricity Commission said. The welfare ministry began "
        "a census of damaged homes to deliver aid. Weather experts said the rains were the "
        "heaviest recorded in the region in decades.",
        "disaster",
    ),
    (
        "Popocatépetl ash closes the capital's airports; the volcano alert rises to yellow phase 3",
        "Mexico City's international airport suspended operations for several hours on Saturday "
        "and the Puebla airport closed for a second day because of ash from the Popocatépetl "
        "volcano, the authorities said. The national disaster prevention centre raised the alert "
        "to yellow phase 3, the second highest, after a series of explosions and tremors. Schools "
        "in eleven municipalities of Puebla and Morelos switched to online classes, and residents "
        "were asked to cover water tanks and wear masks. The army and state authorities reviewed "
        "evacuation routes and prepared shelters in case the alert rose to red, but no evacuation "
        "was ordered, El Universal reported. Ash fell on neighbourhoods in the east of the capital "
        "and in Puebla city. Airlines cancelled dozens of flights and thousands of passengers were "
        "stranded. Volcanologists said the activity was the most intense in years but did not "
        "foresee a major eruption. Residents of San Pedro Benito Juárez, the nearest village to the "
        "crater, said they were used to living with the volcano they call Don Goyo.",
        "disaster",
    ),
    (
        "Navy training ship Cuauhtémoc hits the Brooklyn Bridge; two cadets die",
        "The Mexican Navy training ship Cuauhtémoc hit the Brooklyn Bridge in New York on Saturday "
        "night, snapping the top of its three masts, and two members of the crew died, the Navy "
        "secretary said. At least 19 crew members were injured, several of them cadets who were on "
        "the yards of the masts during the manoeuvre, according to New York authorities. The ship, "
        "which was leaving the port at the start of a goodwill tour, lost propulsion and drifted "
        "towards the bridge, initial reports said. Videos showed sailors hanging from the rigging "
        "as the masts broke. The Navy said it would cooperate with the US National Transportation "
        "Safety Board, which opened an investigation. In Mexico, the president expressed "
        "condolences to the families, Milenio reported. The Cuauhtémoc, built in Spain and in "
        "service since 1982, is a symbol of the Navy and has trained generations of officers. The "
        "bodies of the two cadets were flown to Mexico on Wednesday and received with honours.",
        "accident",
    ),
    (
        "Metro Line 12 overpass collapses in Tláhuac; 23 dead",
        "A section of the elevated track of Line 12 of the Mexico City Metro collapsed on Monday "
        "night as a train passed over it near the Olivos station in Tláhuac, killing at least 23 "
        "people and injuring more than 70, the city authorities said. Two carriages fell onto the "
        "avenue below, crushing a car. Firefighters and rescue teams worked for hours to reach "
        "passengers trapped in the twisted carriages, El Universal reported. Mayor Claudia "
        "Sheinbaum said an external firm would investigate the causes. The line, known as the "
        "“Golden Line,” was opened in 2012 and was closed for almost two years after faults were "
        "found on the track. Residents of Tláhuac said they had reported cracks in the structure "
        "after the 2017 earthquake. The federal government promised compensation to the families, "
        "and the line was closed indefinitely. Engineers consulted by Reforma said the welds of the "
        "beams should be the first thing to be examined.",
        "accident",
    ),
    (
        "Pipeline blast in Tlahuelilpan: dozens die as residents collect fuel from a tap",
        "At least 66 people were killed and 76 burned when a ruptured fuel pipeline exploded in "
        "Tlahuelilpan, Hidalgo, on Friday evening while hundreds of residents were collecting "
        "gasoline spurting from an illegal tap, the state governor said. Videos show people with "
        "buckets and jerrycans in a field minutes before a column of fire rose into the sky. "
        "Soldiers guarding the site had asked people to move away but were outnumbered, the Defence "
        "Ministry said. Pemex said the tap had been made by fuel thieves, known as huachicoleros, "
        "and that the leak was reported around two hours before the blast. The explosion came "
        "three weeks after the government launched its battle against fuel theft and shut pipelines, "
        "which had caused shortages at petrol stations in several states. The injured were taken to "
        "hospitals in Hidalgo and Mexico City, and some were flown to a children's burns hospital "
        "in Texas. The president promised to continue the strategy and to help the families, "
        "Milenio reported.",
        "accident",
    ),
    (
        "Record dengue season: cases triple and hospitals in Guerrero and Morelos fill up",
        "Mexico has registered more than 100,000 confirmed dengue cases so far this year, almost "
        "three times as many as in the same period of last year, according to the weekly bulletin "
        "of the health ministry. Guerrero, Morelos, Jalisco, Veracruz and Puebla account for most "
        "cases, and at least 300 people have died of severe dengue. Hospitals in Acapulco and "
        "Cuernavaca have set up extra beds in corridors, El Universal reported. Health brigades are "
        "fumigating neighbourhoods and removing containers where the Aedes aegypti mosquito breeds. "
        "Epidemiologists attribute the increase to high temperatures, heavy rains and the "
        "circulation of serotype 3, against which much of the population has no immunity. The "
        "ministry asked people to empty buckets, tyres and flowerpots and to go to a clinic at the "
        "first sign of fever. In Morelos, several schools sent pupils home early after a fumigation "
        "campaign. The health minister said there was enough serum and medicine to treat patients.",
        "health",
    ),
    (
        "Measles outbreak in Chihuahua passes 1,000 cases; vaccination brigades in the Sierra",
        "The measles outbreak that began in a Mennonite community in Cuauhtémoc, Chihuahua, has "
        "passed 1,000 confirmed cases and caused two deaths, the state health ministry said. Most "
        "of the cases are among unvaccinated children and young adults, and the virus has spread "
        "to Rarámuri communities in the Sierra Tarahumara, where vaccination coverage is low, "
        "according to Reforma. Health brigades have travelled on foot and by truck to remote "
        "villages to vaccinate children and adults, applying more than 200,000 doses so far. The "
        "federal health ministry said the outbreak was linked to cases in Texas, where Mennonite "
        "families have relatives. Doctors said that many Mennonite families had resisted vaccines "
        "but that leaders of the community were now cooperating. Cases were also reported in "
        "Sonora, Zacatecas and Coahuila. Schools in Cuauhtémoc asked parents to show vaccination "
        "cards, and the state opened vaccination points in markets and bus stations.",
        "health",
    ),
    (
        "More than a million people watch the Day of the Dead parade on Reforma",
        "More than 1.2 million people watched the Day of the Dead Grand Parade in Mexico City on "
        "Saturday, the city government said, as floats with giant skulls, catrinas and alebrijes "
        "moved from the Puerta de los Leones in Chapultepec to the Zócalo. About 1,800 performers "
        "took part, among them dancers from Oaxaca and Michoacán, mariachis and puppeteers. This "
        "year's theme was the rivers of the Valley of Mexico, and several floats showed the "
        "journey of souls to Mictlán guided by a xoloitzcuintle dog, Milenio reported. The parade, "
        "which began in 2016 after a James Bond film invented one for its opening scene, has become "
        "one of the biggest tourist events of the year. Hotels in the historic centre reported "
        "occupancy of more than ninety percent. The monumental altar in the Zócalo will remain open "
        "until Sunday. Police said the parade ended without incidents, apart from a few children "
        "who briefly got lost in the crowd and were returned to their parents.",
        "other",
    ),
    (
        "Cutzamala at historic low: Mexico City neighbourhoods receive water by the truck",
        "The Cutzamala system, which supplies about a quarter of the water consumed in the Valley "
        "of Mexico, fell to 28% of its capacity, its lowest level in more than three decades, the "
        "National Water Commission said on Monday. Residents of Iztapalapa, Tlalpan and several "
        "municipalities of the State of Mexico said water arrives only a few hours a week and that "
        "they depend on water trucks, known as pipas, that charge up to 1,500 pesos per load. The "
        "city government said it was fixing leaks, drilling new wells and had reduced the flow "
        "from the system. El Financiero reported that the price of water storage tanks had risen by "
        "a fifth this year. Hydrologists warned that the aquifer beneath the city is sinking "
        "parts of it by up to 40 centimetres a year. The head of government said talk of a “day "
        "zero” was alarmist and that the rainy season would bring relief. Neighbours in Iztapalapa "
        "blocked a street with buckets on Sunday to demand a regular supply, and a pipa was sent "
        "within hours.",
        "other",
    ),
    (
        "The Tren Maya makes its first trip: from Campeche to Cancún in half a day",
        "The Tren Maya made its first commercial run on Saturday between Campeche and Cancún, with "
        "passengers paying between 700 and 1,200 pesos for the trip of almost 500 kilometres, "
        "the army-run company that operates it said. The first trains left full, with officials, "
        "tourists and curious residents taking selfies in the air-conditioned carriages, La Jornada "
        "reported. Some sections still have no service, and the whole route of 1,554 kilometres "
        "around the Yucatán peninsula will open in stages in the coming months. Environmental "
        "groups recalled that the works cut down thousands of trees and damaged caves and cenotes "
        "in Quintana Roo. The president said the train would bring development to the south-east "
        "and that the army would guarantee it was never privatised. Hotel owners in Mérida expect "
        "a rise in visitors. Passengers on the first trip complained that it arrived more than an "
        "hour late.",
        "other",
    ),
    (
        "Fifty-six years after Tlatelolco, the march of 2 October fills the streets again",
        "Thousands of students, teachers and veterans of the 1968 movement marched from the Plaza "
        "of the Three Cultures in Tlatelolco to the Zócalo on Wednesday to commemorate the "
        "massacre of 2 October 1968, when soldiers and a paramilitary unit opened fire on a "
        "student rally, killing an unknown number of people. “2 October is not forgotten,” the "
        "marchers chanted, as they do every year. Survivors of the massacre laid flowers at the "
        "monument with the names of the victims identified so far, La Jornada reported. The "
        "president had an apology read at the morning press conference on behalf of the state and "
        "said the archives of the period would remain open. The march was peaceful, with "
        "contingents from the UNAM, the National Polytechnic Institute and rural teachers' "
        "colleges. Historians recalled that the government of the time reported about thirty dead "
        "while witnesses spoke of hundreds. The city government had closed Reforma and Eje Central "
        "to traffic for the afternoon.",
        "history",
    ),
    (
        "The Zapatistas celebrate thirty years since the uprising with music and a theatre of masks",
        "Thousands of Zapatista support bases, visitors from Mexico and abroad, and journalists "
        "gathered in the caracol of Dolores Hidalgo, in the Ocosingo highlands, to celebrate the "
        "thirtieth anniversary of the Zapatista Army of National Liberation's uprising on 1 "
        "January 1994. There were dances, a performance by masked youths with wooden rifles and "
        "speeches by Subcomandante Moisés, who spoke of the communities' autonomy and of the next "
        "“thirty years,” Proceso reported. The rebels occupied San Cristóbal and other towns for "
        "twelve days in 1994 before a ceasefire, and have not taken up arms since. The celebration "
        "lasted until the early hours, with marimbas and a football tournament. Veterans of the "
        "movement recalled the day they entered San Cristóbal in ski masks. Visitors were asked not "
        "to take photographs of the faces of the children. The commanders said they would soon "
        "announce a new phase of their organisation.",
        "history",
    ),
    (
        "Chapultepec ceremony honours the Niños Héroes 178 years after the US invasion",
        "The armed forces held the annual ceremony honouring the Niños Héroes at the Altar of the "
        "Fatherland in Chapultepec Park on Saturday, 178 years after the cadets of the Military "
        "College died defending the castle against US troops in 1847. Cadets of the Heroic "
        "Military College formed up while the names of the six young men were called out and a "
        "21-gun salute was fired, Milenio reported. The president, the defence secretary and the "
        "Navy secretary laid a wreath at the monument. In her speech, the president spoke of "
        "sovereignty and said that Mexico would never accept foreign intervention, a message "
        "commentators linked to the current debate with Washington. Historians recalled that the "
        "Chapultepec battle marked the end of the war that cost Mexico half its territory. Schools "
        "across the country held small ceremonies with the flag. The castle, now the National "
        "Museum of History, offered free entry for the day.",
        "history",
    ),
    (
        "Forty years after the 1985 earthquake, a national drill and a minute of silence",
        "Alarms sounded in Mexico City and more than twenty states at noon on Friday for the "
        "national drill marking forty years since the earthquake of 19 September 1985, in which "
        "thousands of people died and hundreds of buildings collapsed in the capital. Millions of "
        "people left offices, schools and homes in an exercise that simulated a magnitude 8.1 "
        "earthquake off the Michoacán coast, the national civil protection coordinator said. At the "
        "Zócalo, the flag was raised at half mast and the head of government placed a wreath, El "
        "Universal reported. Survivors and volunteers of the 1985 rescues gathered in Tlatelolco, "
        "where the Nuevo León building fell, and in the Roma district. Seismologists said that the "
        "city is better prepared thanks to the early warning system and stricter building codes, "
        "although thousands of old buildings have never been reinforced. Many residents admitted "
        "they were afraid of the date, which also saw the earthquake of 2017. The drill was "
        "reported without incidents.",
        "history",
    ),
]
