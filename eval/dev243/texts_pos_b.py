"""dev243 positives, part B: Africa, Asia, the Caucasus and the Americas, as the space desk and
its satellite-imagery reporters write them. (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Before-and-after satellite images show Baga wiped out in Boko Haram attack",
        "Satellite images released by Amnesty International on Thursday show that the "
        "Nigerian town of Baga and the nearby village of Doron Baga were largely destroyed "
        "in an attack by Boko Haram that began on 3 January. The pictures, taken on 2 and 7 "
        "January, show about 620 structures in Baga and more than 3,100 in Doron Baga "
        "damaged or burned, the group said. Amnesty called it the deadliest massacre in the "
        "insurgency's history, citing witnesses who described fighters shooting people as "
        "they fled into the bush. Nigeria's defence ministry said reports of up to 2,000 "
        "dead were exaggerated and put the toll at about 150. Thousands of survivors have "
        "reached Maiduguri, and others crossed Lake Chad by boat into Chad, the UN refugee "
        "agency said. Boko Haram holds the town and the army base there. Daniel Eyre, "
        "Amnesty's Nigeria researcher, said the images showed “an attack of catastrophic "
        "proportions”. Campaigning for next month's elections has been overshadowed by the "
        "insurgency.",
        "T V D",
        "massacre",
    ),
    (
        "Burned Rohingya villages visible from space as exodus to Bangladesh grows",
        "At least 214 villages in Myanmar's Rakhine state have been almost totally destroyed "
        "since 25 August, Human Rights Watch said on Tuesday, citing satellite imagery. The "
        "group said dense urban areas in Maungdaw and Buthidaung townships showed thousands "
        "of burned homes, and that heat sensors on environmental satellites had detected "
        "active fires at new locations over the weekend. Rohingya refugees arriving in "
        "Bangladesh describe soldiers and Rakhine mobs setting houses alight and shooting at "
        "people as they ran. Myanmar's government says the army is carrying out clearance "
        "operations against militants who attacked police posts, and accuses Rohingya of "
        "burning their own homes. The UN says about 500,000 people have crossed into "
        "Bangladesh in a month. Aid workers in Cox's Bazar said new arrivals were sleeping "
        "in the open in heavy rain. The images, from several commercial providers, show "
        "damage patterns consistent with fires set deliberately, the group said. Bangladesh "
        "has restricted the movement of refugees outside the camps.",
        "V D M H",
        "clearance_operation",
    ),
    (
        "Arakan Army and army fight for Buthidaung; satellite images show town burned",
        "Large parts of Buthidaung in western Myanmar were destroyed by fire in mid-May, "
        "satellite images reviewed by Reuters show, after the Arakan Army said it had "
        "captured the town from the military. Images from Planet Labs taken on 18 May show "
        "blackened blocks across the town centre where houses and shops stood a week "
        "earlier. Rohingya residents and activists accused the Arakan Army of burning the "
        "town and forcing tens of thousands of Rohingya to flee toward Maungdaw and the "
        "Bangladesh border; the group denied it and blamed air strikes by the junta. "
        "Fighting continued near Maungdaw on Tuesday, local media reported. The UN human "
        "rights office said it had received reports of beheadings and of drones attacking "
        "people on the move. Bangladesh said it could not take in more refugees. "
        "Communications in the area have been largely cut, making accounts difficult to "
        "verify. The Arakan Army now controls most of northern Rakhine.",
        "B V D E",
        "town_captured",
    ),
    (
        "Yale lab: satellite images show RSF burning villages around El Fasher",
        "Satellite imagery shows the Rapid Support Forces setting fire to villages west and "
        "north of El Fasher as the paramilitary group tightens its siege of the capital of "
        "North Darfur, Yale's Humanitarian Research Lab said on Monday. The lab identified "
        "at least 37 villages with signs of burning since early April, and earthworks and "
        "vehicle positions around the city's eastern edge. Doctors Without Borders said the "
        "city's South Hospital received 160 wounded people after shelling over the weekend, "
        "and that the hospital was itself hit. The UN says more than 800,000 civilians are "
        "trapped in El Fasher. Residents said RSF fighters were shooting at people trying to "
        "leave on the road to Tawila. Sudan's army, which holds the city, said its aircraft "
        "had struck RSF convoys. The lab said the imagery also showed the RSF building a "
        "wall of earth berms around parts of the city. Aid agencies have had no access to El "
        "Fasher for months.",
        "V B E M D H",
        "siege",
    ),
    (
        "Satellite images show Zamzam camp burning after RSF assault",
        "Fires were burning across large parts of Zamzam, Sudan's largest camp for displaced "
        "people, on Saturday, satellite images show, after the Rapid Support Forces stormed "
        "it from the south. Images from Maxar show scores of burned shelters, smoke over the "
        "market and the area around a clinic run by Relief International, whose staff were "
        "killed in the attack, the charity said. The UN said more than 400 people had been "
        "killed in Zamzam and nearby Abu Shouk over two days, and that as many as 400,000 "
        "people fled the camp toward Tawila and El Fasher. The RSF said it had taken control "
        "of Zamzam and claimed it was being used as a base by the army's allies. Famine was "
        "declared in the camp last year. “People are leaving with nothing,” a coordinator "
        "for the camp's emergency response rooms said. Satellite images earlier in the week "
        "had shown RSF vehicles massing south of the camp.",
        "V D H",
        "camp_attack",
    ),
    (
        "Khartoum from orbit: fires at airport and army HQ as fighting enters fourth day",
        "Satellite images of Khartoum taken on Monday show burned passenger jets at the "
        "international airport and plumes of smoke over the army headquarters, as fighting "
        "between Sudan's army and the Rapid Support Forces entered its fourth day. Maxar "
        "said at least three aircraft were destroyed, including one belonging to Saudi "
        "Arabian airline Saudia. The army used jets to strike RSF bases in Khartoum and "
        "Omdurman, residents said. The World Health Organization said at least 185 people "
        "had been killed and more than 1,800 wounded, and that several hospitals had shut. "
        "Residents trapped in their homes reported shortages of water and bread. A US "
        "diplomatic convoy came under fire on Monday, Secretary of State Antony Blinken "
        "said. The images also show a fire at a fuel depot near the Nile. Foreign "
        "governments began planning the evacuation of their citizens.",
        "B E M H",
        "battle",
    ),
    (
        "Goma camps empty as M23 advances, satellite images show",
        "Displacement camps on the edge of Goma, home to hundreds of thousands of people, "
        "have largely emptied in the past three days, satellite images taken on Tuesday "
        "show, as M23 rebels fought their way into the eastern Congolese city. Images of the "
        "Bulengo and Lushagala sites show long rows of shelters pulled down and crowds on "
        "roads leading into town. The UN said fighting and bombs had hit at least two sites "
        "and that many residents were fleeing for a second or third time. Rebels backed by "
        "Rwanda, according to UN experts, seized the airport, and Congolese soldiers "
        "surrendered to UN peacekeepers. Hospitals were overwhelmed with wounded people, the "
        "International Committee of the Red Cross said. Power and water were cut across the "
        "city. Rwanda denies supporting the rebels. The UN said about 400,000 people had "
        "been displaced in the area since the start of the year.",
        "B D H E",
        "city_captured",
    ),
    (
        "Tigray refugee camps razed, satellite images show, as Eritrean troops blamed",
        "Two camps for Eritrean refugees in Ethiopia's Tigray region have been destroyed, "
        "new satellite images show, deepening fears for some 20,000 people who lived there. "
        "Images of Hitsats and Shimelba taken in early January by DigitalGlobe show burned "
        "and flattened buildings, including a school, a health post and the World Food "
        "Programme's warehouses. Refugees who reached Addis Ababa said Eritrean soldiers had "
        "raided the camps, killed residents and taken others back across the border. "
        "Ethiopia's government, which says its operation in Tigray is a law-enforcement "
        "campaign against the region's former ruling party, denies Eritrean troops are in "
        "the country. The UN refugee chief, Filippo Grandi, said there were “concrete "
        "indications of major violations”. Aid agencies still have no access to large parts "
        "of the region. Images also show fresh burn scars on farmland around the camps. The "
        "UN said it had lost contact with the refugees in November.",
        "V D H",
        "camp_raids",
    ),
    (
        "Satellite images show Palma burned after insurgent assault in Mozambique",
        "Satellite images taken on Sunday show burned buildings across the town of Palma in "
        "northern Mozambique, five days after insurgents linked to the Islamic State group "
        "attacked it. The images, released by Maxar, show damage to a bank, the government "
        "offices and rows of houses, and crowds gathered at a beach near the Afungi gas "
        "project, where residents waited for boats. Mozambique's government said dozens of "
        "people had been killed, including seven in an ambushed convoy fleeing a hotel. "
        "About 8,000 people have reached Pemba and other towns by sea and on foot, the UN "
        "said. The security forces said they had retaken parts of the town. Total evacuated "
        "its staff from the gas site. Witnesses said bodies lay in the streets, some of them "
        "beheaded. The attack began on 24 March, the day Total announced it would resume "
        "work at the gas site.",
        "T V B D",
        "town_attack",
    ),
    (
        "Satellite pictures show Stepanakert damage as Karabakh fighting rages",
        "New satellite images show damage to homes and a maternity hospital in Stepanakert, "
        "the main city of Nagorno-Karabakh, after a week of shelling by Azerbaijani forces, "
        "while the Azerbaijani city of Ganja was also hit by missiles fired from "
        "Armenian-held territory. The images, taken on 4 October, show collapsed roofs in "
        "several neighbourhoods and craters near the city's power station. Karabakh "
        "officials said about half of Stepanakert's population had fled toward Armenia. "
        "Azerbaijan's defence ministry said its troops had taken the town of Jabrayil and "
        "several villages in the south. Armenia's defence ministry reported heavy fighting "
        "along the entire front. International appeals for a ceasefire have so far gone "
        "unheeded. Ganja's authorities said civilians were killed in their homes when a "
        "missile hit a residential street. Both sides deny targeting civilians.",
        "E B M D",
        "war",
    ),
    (
        "Satellite images show miles-long queue on Lachin road as Karabakh Armenians flee",
        "A line of cars several miles long stretches from Stepanakert through the Lachin "
        "corridor toward Armenia, satellite images from Maxar taken on Tuesday show, as "
        "ethnic Armenians leave Nagorno-Karabakh after Azerbaijan's lightning offensive last "
        "week. Armenia's government said more than 28,000 people had crossed the border. At "
        "least 68 people were killed and hundreds injured when a fuel depot exploded on "
        "Monday evening near Stepanakert as people queued to fill their cars. The separatist "
        "authorities agreed to disarm after Azerbaijan's one-day military operation, which "
        "they said killed at least 200 people. Azerbaijan says it will guarantee the rights "
        "of Armenians who stay. Aid agencies in Goris said families were arriving exhausted "
        "after waiting more than a day on the road. The images show the line of vehicles "
        "stretching past the Russian peacekeepers' checkpoint at the Hakari bridge. The "
        "World Food Programme said it was handing out hot meals at the border.",
        "D M H",
        "exodus",
    ),
    (
        "Operation Sindoor: satellite images show damage at Pakistani air bases",
        "Satellite images published on Tuesday show damaged hangars and runway craters at "
        "several Pakistani air bases hit by Indian missiles over the weekend, including Nur "
        "Khan near Rawalpindi and Bholari in Sindh. India said its strikes targeted military "
        "sites after Pakistan attacked Indian bases with drones and missiles. Pakistan's "
        "military said it had hit back at Indian targets and that shelling across the Line "
        "of Control had killed civilians in Kashmir. Indian officials in Poonch said at "
        "least 12 civilians died in Pakistani shelling on the town, and thousands of border "
        "residents moved to shelters. Both sides claimed to have shot down the other's "
        "aircraft. The images, from Maxar, could not show how many aircraft were hit. "
        "Pakistan said Indian missiles had also killed civilians in Bahawalpur and "
        "Muzaffarabad, which India denied. Airlines rerouted flights away from the airspace "
        "of both countries.",
        "E M D",
        "air_strikes",
    ),
    (
        "Musk turns on Starlink for Iran as crackdown on protests deepens",
        "Elon Musk said on Friday that SpaceX was activating its Starlink satellite internet "
        "service for Iran, after Washington eased sanctions to allow tech firms to offer "
        "services there, as security forces cracked down on protests over the death of Mahsa "
        "Amini in police custody. Iran has sharply restricted mobile internet and blocked "
        "Instagram and WhatsApp. Rights groups said at least 50 people had been killed as "
        "police fired on protesters in several cities, and the state broadcaster put the "
        "toll at 35. Protesters set police vehicles on fire in Tehran and in the Kurdish "
        "town of Oshnavieh, videos verified by AFP show. Starlink requires ground terminals, "
        "and experts said few Iranians would be able to use it soon. Tehran has warned that "
        "the devices are illegal. Activists said hundreds of people had been arrested, "
        "including journalists. Analysts said smuggling large numbers of dishes into Iran "
        "would be difficult.",
        "U",
        "crackdown",
    ),
    (
        "Satellite images show burning of Haitian neighbourhoods in gang offensive",
        "Satellite images taken last week show large swathes of burned homes in Solino and "
        "Nazon, neighbourhoods of Port-au-Prince attacked by the Viv Ansanm gang coalition, "
        "according to an analysis published on Wednesday. The images show at least 340 "
        "buildings destroyed since early October. Residents said gunmen set fire to houses "
        "and shot people trying to leave, and police said they had been fighting the gangs "
        "street by street. The International Organization for Migration said more than "
        "10,000 people had fled Solino in a week, many to makeshift sites in schools. The "
        "Kenyan-led security mission said it was supporting police operations. Flights into "
        "the capital's airport remained suspended after gunfire hit an airliner. The UN says "
        "about 700,000 people are displaced across Haiti. Gangs control most of the capital.",
        "V B D",
        "gang_offensive",
    ),
    (
        "Satellite images show Kenyan-Somali border town after al-Shabaab raid",
        "Satellite images taken on Wednesday show burned buildings at a police post and a "
        "telecommunications mast toppled in Mandera county, a day after al-Shabaab militants "
        "attacked the town of Elwak, near Kenya's border with Somalia. Kenyan police said "
        "five officers and two civilians were killed when the fighters, armed with rifles "
        "and rocket-propelled grenades, stormed the post before dawn. Al-Shabaab claimed the "
        "attack on a radio station it runs. The Kenyan Defence Forces said troops had "
        "pursued the attackers toward the border and killed several of them. Residents said "
        "some families had left for Mandera town. Telecom masts have been a repeated target "
        "of the group in the region. Mandera has seen repeated cross-border attacks since "
        "Kenya sent troops into Somalia in 2011. Schools in the area were closed as a "
        "precaution.",
        "T B M",
        "militant_raid",
    ),
    (
        "Sagaing villages burned in junta raids, satellite fire data shows",
        "Fires detected by NASA's satellites show that Myanmar's military has burned more "
        "than a dozen villages in Sagaing region over the past two weeks, according to data "
        "compiled by Myanmar Witness, a monitoring group. Satellite images of Pale township "
        "show rows of houses reduced to ash in three villages where residents say soldiers "
        "arrived by helicopter, shot people and set homes alight. The group said the "
        "military also bombed a school building used by a resistance group. Local People's "
        "Defence Force fighters said they had clashed with troops near Kani. The UN "
        "estimates more than 700,000 people have been displaced in Sagaing since the 2021 "
        "coup. The junta says it is fighting “terrorists”. Residents said they had fled to "
        "nearby forests and monasteries. The military has stepped up air and ground attacks "
        "in the region since resistance forces took several towns.",
        "V E D B M",
        "village_raids",
    ),
]
