"""dev297 negatives: cyclones, volcanoes, quakes and landslides, accidents, health, sport."""

NEGATIVES = [
    (
        "Cyclone Pam flattens Port Vila, Vanuatu appeals for help",
        "Vanuatu's president has appealed for international help after Cyclone Pam tore through "
        "the archipelago overnight, with winds gusting to more than 300km/h. At least 11 people "
        "are confirmed dead, though aid agencies warn the toll will climb once contact is made "
        "with the southern islands of Tanna and Erromango. In Port Vila, whole neighbourhoods of "
        "tin-roofed homes were flattened and the main hospital was damaged. Thousands of people "
        "spent the night in evacuation centres in schools and churches. “It is like a war zone "
        "here,” an aid worker from Save the Children told RNZ. Australian and New Zealand air "
        "force planes are due to land with tarpaulins, water and medical teams. The Vanuatu "
        "Mobile Force has been deployed to clear roads.",
        "disaster",
    ),
    (
        "Winston's toll rises to 42 as Fiji's military delivers relief to Koro",
        "The number of people killed by Cyclone Winston in Fiji has risen to 42, the National "
        "Disaster Management Office said on Wednesday, as soldiers and navy vessels reached "
        "villages on Koro Island that were almost entirely flattened. More than 62,000 people "
        "remain in evacuation centres across the country. The Republic of Fiji Military Forces "
        "said it had deployed engineers to restore water supplies and rebuild schools. "
        "Prime Minister Frank Bainimarama described the storm as the worst to hit the country and "
        "declared a 30-day state of natural disaster. The New Zealand frigate HMNZS Canterbury "
        "was unloading building materials at Nabouwalu. Farmers in Ra province said their cane "
        "crops had been destroyed.",
        "disaster",
    ),
    (
        "Manam islanders evacuated again as volcano sends ash over Bogia",
        "Thousands of people on Manam island in Madang province have been moved to care centres on "
        "the mainland after the volcano erupted on Saturday, sending ash columns kilometres into "
        "the air and lava flows down the north-eastern flank. The provincial disaster office said "
        "ash had fallen on gardens and water tanks across the island and in the Bogia coast, and "
        "that a health team was treating people for respiratory problems. Many of the islanders "
        "evacuated in 2004 have never returned, and some have been involved in disputes with "
        "landowners on the mainland. Residents said they were short of food and shelter. Air "
        "Niugini rerouted flights around the ash cloud. Geohazards officials said activity could "
        "continue for weeks.",
        "disaster",
    ),
    (
        "Hopes fade for hundreds buried by landslide at Yambali",
        "Rescuers in Enga province say hopes are fading for hundreds of people believed buried "
        "when a mountainside collapsed onto Yambali village before dawn on Friday. The UN migration "
        "agency estimated that more than 670 people had died, while the national disaster centre "
        "told the UN that more than 2000 may have been buried. Only a handful of bodies had been "
        "recovered by Monday, as villagers dug with spades and their hands through debris up to "
        "eight metres deep. The Defence Force sent engineers and an excavator, but the only road "
        "was blocked. Aid convoys have been escorted by soldiers because of tribal fighting "
        "elsewhere along the highway, officials said, although none was reported near Yambali. "
        "About 7800 people in the area are at risk from further slips and are being moved.",
        "disaster",
    ),
    (
        "Port Vila earthquake kills 14, damages embassies and wharf",
        "A magnitude 7.3 earthquake struck just off Port Vila on Tuesday, killing at least 14 "
        "people and bringing down buildings in the capital, Vanuatu's government said. Six people "
        "died in a landslide that buried buses on the road to the quarry, and others were killed "
        "when a two-storey building in the town centre collapsed. The shaking damaged a building "
        "housing the US, French, British and New Zealand diplomatic missions. The main wharf and "
        "the water supply were damaged, and about 1000 people were staying in evacuation centres. "
        "A seven-day state of emergency was declared with a night curfew. Australian and New "
        "Zealand urban search and rescue teams arrived on Wednesday. Aftershocks continued."
        " Shops in the town centre stayed closed as engineers checked buildings for cracks. The government said it would need help to repair the wharf, through which most of the country's imports pass.",
        "disaster",
    ),
    (
        "Ulawun eruption forces thousands from homes in West New Britain",
        "More than 7000 people have left their villages around Mount Ulawun in West New Britain "
        "after the volcano erupted on Wednesday, sending a column of ash up to 15km high, officials "
        "said. Care centres have been set up at Kimbe and Bialla, and the provincial disaster "
        "coordinator said food, water and tarpaulins were urgently needed. Flights into Hoskins "
        "airport were cancelled. Oil palm companies in the area closed plantations and moved staff. "
        "The Rabaul Volcanological Observatory raised the alert to stage four, the highest, and "
        "warned of pyroclastic flows on the northern slopes. No casualties had been reported by "
        "Thursday. Schools across the area will be used as shelters until the alert is lowered.",
        "disaster",
    ),
    (
        "Cyclone Harold strikes Santo and Pentecost, shelters overflow",
        "Cyclone Harold, a category five storm, made landfall on Espiritu Santo on Monday, "
        "destroying homes in Luganville and cutting communications to much of northern Vanuatu. "
        "The National Disaster Management Office said up to 160,000 people had been affected, "
        "about half the population. Evacuation centres were overcrowded as the country was "
        "already under a state of emergency over COVID-19, and officials struggled to enforce "
        "distancing rules. Churches, schools and the Luganville hospital lost their roofs. On "
        "Pentecost, residents said gardens and water tanks had been wiped out. The storm had "
        "passed through Solomon Islands days earlier, where 27 people were swept off a ferry. "
        "Aid flights will begin once the runway in Santo is cleared.",
        "disaster",
    ),
    (
        "Banana boat capsizes off Malaita, five missing",
        "Five people are missing after a banana boat carrying passengers from Auki to the "
        "Lau lagoon capsized in heavy seas off Malaita on Sunday, the Solomon Islands maritime "
        "authority said. Eight people were rescued by villagers who paddled out in canoes. The "
        "boat was powered by a single outboard engine and was carrying drums of fuel and bags of "
        "rice, and survivors said there were no life jackets on board. Police and the Royal "
        "Solomon Islands Police Force patrol boat are searching the area. The maritime authority "
        "said small boat operators were required to carry safety equipment but that enforcement "
        "was difficult across the provinces. Relatives gathered at the Auki wharf on Monday "
        "waiting for news."
        " Among the missing are two children and a schoolteacher travelling home for the holidays. The provincial government has asked for an aircraft to join the search if the weather clears.",
        "accident",
    ),
    (
        "Air Niugini jet overshoots runway and sinks in Chuuk lagoon",
        "All 47 passengers and crew escaped when an Air Niugini Boeing 737 landed short of the "
        "runway at Chuuk in the Federated States of Micronesia on Friday and came to rest in the "
        "lagoon. Local fishermen in small boats rescued passengers from the sinking aircraft, and "
        "US Navy sailors working on a project nearby helped ferry people to shore. Six people "
        "were taken to hospital with injuries. A passenger later died; his body was found by "
        "divers in the aircraft days later. The flight had come from Pohnpei and was due to "
        "continue to Port Moresby. Investigators from Papua New Guinea's Accident Investigation "
        "Commission travelled to Chuuk. The airline said it was cooperating fully."
        " Passengers described water rushing into the cabin within seconds of the landing. The wreck of the aircraft remains partly submerged near the end of the runway, and salvage is expected to take months.",
        "accident",
    ),
    (
        "Seven dead as PMV plunges off Highlands Highway near Daulo Pass",
        "Seven passengers died and 12 were injured when a public motor vehicle left the road on "
        "the Daulo Pass in Eastern Highlands on Saturday evening and rolled down a steep bank, "
        "police said. The bus was travelling from Goroka to Kundiawa and was believed to be "
        "overloaded, according to traffic police. Other motorists stopped to help carry the "
        "injured up to the road, and an ambulance took them to Goroka hospital. Provincial police "
        "commander Samson Kua said brakes may have failed on the descent. The pass is one of the "
        "most dangerous stretches of the highway, with landslips and sharp bends. Mr Kua urged "
        "drivers not to carry more passengers than their licence allows."
        " The dead included a mother and her infant son travelling to a funeral in Chimbu. The road authority has promised guard rails on the worst bends but says funds have not yet been released.",
        "accident",
    ),
    (
        "Polio returns to PNG after 18 years, emergency vaccination drive launched",
        "Papua New Guinea has confirmed an outbreak of polio for the first time in 18 years after "
        "a six-year-old boy in Lae was found to have the disease, the health department said. "
        "Health secretary Pascoe Kase declared the outbreak a national public health emergency "
        "and said a vaccination campaign would target every child under 15 in Morobe, Madang and "
        "Eastern Highlands. The World Health Organization said the virus was a vaccine-derived "
        "strain that can circulate where immunisation coverage is low. Only around 60 percent of "
        "PNG children receive the full course of routine vaccines. “We are at war with this "
        "disease,” Mr Kase told reporters. UNICEF will supply vaccines and cold boxes for remote "
        "districts.",
        "health",
    ),
    (
        "Daru's battle against drug-resistant TB wins new funding",
        "A programme fighting drug-resistant tuberculosis on Daru island in Western Province has "
        "secured new funding from the Australian government, which health officials say will keep "
        "its clinics open for three more years. Daru once had one of the highest rates of "
        "multidrug-resistant TB in the world, and in 2014 the hospital was overwhelmed. Since then "
        "staff have screened thousands of residents and shortened treatment to six months with "
        "newer drugs. Programme director Dr Stenard Hiasihri said the frontline was now the "
        "villages of the South Fly, where people must travel by dinghy for care. Health workers "
        "warned that any cut in funds would reverse the gains. Cases on the island have fallen "
        "by more than half.",
        "health",
    ),
    (
        "Fiji sevens strike gold, nation declares public holiday",
        "Fiji's rugby sevens team won the country's first Olympic medal of any colour on Thursday, "
        "routing Great Britain 43-7 in the final in Rio de Janeiro. Osea Kolinisau's side scored "
        "five tries in the first half, running in attack after attack through a defence that "
        "could not cope with their offloads. Coach Ben Ryan, an Englishman, was carried on "
        "the shoulders of his players after the whistle. In Suva, crowds poured into the streets "
        "waving flags and beating lali drums, and Prime Minister Frank Bainimarama declared a "
        "public holiday. Jerry Tuwai was among the stars of the tournament. The players are "
        "expected home next week to a parade through the capital."
        " The team knelt in a circle on the pitch to sing a hymn before collecting their medals from Princess Anne. Banks and government offices in Fiji will close for the holiday, and churches have announced services of thanksgiving.",
        "sport",
    ),
    (
        "Kumuls storm the Bati in Port Moresby Pacific Test",
        "Papua New Guinea's Kumuls won their Pacific Test against Fiji 32-16 in front of a "
        "sell-out crowd at the Santos National Football Stadium on Saturday, ending a run of three "
        "straight defeats to the Bati. The home side laid siege to the Fijian line for most of "
        "the first half, and five-eighth Kyle Laybutt kicked early to set up two tries. Fiji "
        "fought back with a pair of tries from their wingers, but a late charge from the PNG "
        "forwards sealed it. “The boys went to war for the whole country tonight,” coach Jason "
        "Demetriou said. Police said the crowd of 15,000 was well behaved. The Kumuls now turn to "
        "the Pacific Championships in the autumn."
        " Fans had queued from early morning for tickets, and many watched on big screens set up outside the ground. Fiji coach Wise Kativerata said his side had given away too many penalties. Both teams will name squads for the tournament next month.",
        "sport",
    ),
    (
        "Drua hold off Crusaders in Lautoka thriller",
        "The Fijian Drua held on for a 25-24 win over the Crusaders at Churchill Park in Lautoka on "
        "Saturday, surviving a ten-minute siege on their own line in the final quarter. The Drua "
        "shot out to a 17-0 lead after tries from their wingers, but the defending champions "
        "hit back with three tries of their own. The home defence held firm through 19 phases in "
        "the last minutes before a turnover sent the crowd into raptures. Coach Mick Byrne said "
        "the heat and humidity of Lautoka were part of the weapon. The Drua now face a trip to "
        "Canberra. Fans lined the road from the ground into town, singing and banging drums into "
        "the night."
        " Flanker Meli Derenalagi was named man of the match after a string of turnovers at the breakdown. The result lifts the Drua into the top six for the first time this season. Their remaining home game will be played in Suva, where tickets have already sold out.",
        "sport",
    ),
    (
        "Honiara ready to host Pacific Games after years of building",
        "Solomon Islands opened the Pacific Games in Honiara on Sunday night with a ceremony at the "
        "new national stadium, built with Chinese funding. About 5000 athletes from 24 Pacific "
        "nations and territories will compete in 24 sports over two weeks, the largest event the "
        "country has hosted. Prime Minister Manasseh Sogavare said the games were a sign of the "
        "nation's recovery. Police have deployed extra officers around venues and set up "
        "checkpoints in the city centre, and a curfew on alcohol sales is in place. Fiji and Papua "
        "New Guinea are expected to battle for the top of the medals table, with New Caledonia "
        "and Tahiti strong in athletics and swimming."
        " Thousands of volunteers have been trained to run the venues, and shops in the capital were decorated with the flags of the competing nations. Organisers said all the athletes' villages were ready after delays caused by bad weather. The games end with the closing ceremony on 2 December.",
        "sport",
    ),
    (
        "PNG Hunters fans invade pitch after grand final win, no injuries",
        "Thousands of Papua New Guinea Hunters fans ran onto the field at the final whistle of the "
        "Queensland Cup grand final on Sunday after their side beat the Sunshine Coast Falcons "
        "12-10. Security staff held back the crowd from the players' tunnel, and police said "
        "there were no injuries or arrests. The Hunters were shot down early by two converted "
        "tries but fought back through a second-half blitz. Captain Ase Boas said the win was "
        "for every village that had watched on a generator-powered television. The government "
        "has promised a homecoming parade in Port Moresby. The club's success has strengthened "
        "PNG's bid for an NRL team."
        " Back home, crowds gathered in front of televisions at markets and petrol stations in Port Moresby and Lae, and car horns sounded long into the night. The club said the trophy would be taken on a tour of the provinces.",
        "sport",
    ),
    (
        "Documentary on West Papua's struggle premieres in Auckland",
        "A documentary about the West Papuan independence movement premiered in Auckland this week "
        "to a full house, with several of the exiles it features in the audience. The "
        "90-minute film follows activists from Jayapura to Port Vila and Oxford and includes "
        "archive footage of the 1969 Act of Free Choice, which many Papuans reject. The director "
        "spent four years on the project and said he had to smuggle some footage out of the "
        "province. Scenes of military raids and burning villages from past decades are shown "
        "alongside interviews with the families of people who disappeared. A Q&A afterwards "
        "turned to the New Zealand government's position. The film will screen in Wellington "
        "and Suva next month."
        " Indonesia's embassy in Wellington declined to comment on the film. Critics praised its photography of the highlands but said it gave little time to other points of view.",
        "entertainment",
    ),
    (
        "Novel set in the Bougainville crisis wins Pacific fiction prize",
        "A debut novel set during the Bougainville civil war has won the region's leading fiction "
        "prize, with judges praising its portrait of a family divided between the Bougainville "
        "Revolutionary Army and the resistance forces. The author, who grew up in Arawa and was a "
        "child during the blockade of the 1990s, said much of the book was drawn from her "
        "mother's stories. Its chapters move between the Panguna mine, a school turned into a "
        "barracks and a refugee camp in the Solomon Islands. Judges said the battle scenes were "
        "restrained and the silences powerful. The prize is worth $10,000. A stage adaptation is "
        "planned for the Port Moresby arts festival."
        " The book has already been reprinted twice and is being translated into French for readers in New Caledonia. The author said she hoped it would be read in Bougainville's schools. She is working on a second novel set in Buka.",
        "entertainment",
    ),
]
