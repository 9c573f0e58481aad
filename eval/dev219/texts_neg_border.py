"""dev219 negatives, border and route desk: smuggling and kidnapping gangs and violent crime
with no political motive, and shipwrecks and crashes on the routes (camps, weather, protests and
health are in texts_neg_camps.py)."""

NEGATIVES = [
    # crime
    (
        "Police free 32 kidnapped migrants from Reynosa stash house",
        "REYNOSA, Mexico - Mexican police and National Guard troops freed 32 migrants, including "
        "nine children, from a house in Reynosa where they had been held by a criminal gang "
        "demanding ransom from their relatives in the United States, Tamaulipas state officials "
        "said on Sunday. The migrants, from Honduras, Guatemala, Ecuador and Venezuela, had been "
        "snatched from a bus station several days earlier. Investigators said the kidnappers had "
        "sent relatives photos of the captives with their hands tied and asked for $3,000 to "
        "$5,000 each. Three suspects were arrested at the house and officers seized two pistols "
        "and a dozen mobile phones. “They told us they would sell us if our families did not "
        "pay,” said a Honduran woman travelling with her son. Shelters in the city said "
        "kidnappings of migrants waiting to cross into Texas had become routine as US asylum "
        "rules forced people to wait longer in northern Mexico. The state prosecutor's office "
        "said it had opened 14 kidnapping cases involving migrants this year.",
        "crime",
    ),
    (
        "Members of Channel smuggling gang jailed for 80 years in total",
        "Eleven members of a gang that smuggled thousands of people across the Channel in small "
        "boats were jailed on Friday for a total of more than 80 years, Britain's National Crime "
        "Agency said. The network, run by Iraqi Kurdish men based in Britain, Germany and France, "
        "bought inflatable boats and outboard engines in Turkey and Bulgaria, stored them in "
        "warehouses near Osnabrueck and drove them to beaches near Dunkirk and Calais. "
        "Investigators said the gang charged between 1,500 and 3,000 euros for a place on a boat "
        "and had moved at least 10,000 people. The NCA's director of investigations called it one "
        "of the most significant people-smuggling cases the agency had brought. The ringleader, "
        "who was arrested after a police officer found a boat engine in the back of a car in "
        "Kent, was sentenced to 19 years. The trial heard that boats were often overloaded with "
        "more than 60 people. The government has made dismantling the gangs the centre of its "
        "policy to reduce crossings.",
        "crime",
    ),
    (
        "Two men convicted of manslaughter over deaths of 39 Vietnamese in lorry",
        "LONDON - Two men were found guilty on Monday of the manslaughter of 39 Vietnamese "
        "migrants who suffocated in the sealed trailer of a lorry on their way to Britain last "
        "October, at the end of a 10-week trial at the Old Bailey. The victims, aged 15 to 44, "
        "were found dead in the refrigerated container on an industrial estate in Grays, Essex, "
        "after it had crossed from Zeebrugge in Belgium. The jury heard that temperatures inside "
        "rose to 38.5 degrees and that some of those inside tried to break through the roof with "
        "a metal pole. Several had sent messages to their families saying they could not breathe. "
        "Prosecutors said the smugglers had charged up to 13,000 pounds a person and knew the "
        "risks. Two other men had earlier admitted charges. The victims' families in Nghe An and "
        "Ha Tinh provinces had borrowed heavily to pay for the journey. The men will be "
        "sentenced in January.",
        "crime",
    ),
    (
        "Man who stabbed six at Glasgow asylum hotel was not a terrorist, police say",
        "GLASGOW - Police in Scotland said on Saturday that there was no evidence of a terrorist "
        "motive in the stabbing of six people at a hotel housing asylum seekers in Glasgow city "
        "centre, and that they were not looking for anyone else. The attacker, a 28-year-old "
        "Sudanese asylum seeker who lived at the Park Inn, was shot dead by armed officers "
        "minutes after the first emergency call on Friday. A police constable was among the "
        "injured and was in a critical but stable condition, and two of the wounded were "
        "asylum seekers. Residents said the man had complained repeatedly about his living "
        "conditions and had seemed distressed in the days before the attack. Charities had "
        "warned the Home Office that hundreds of people moved into hotels during the pandemic "
        "were isolated and without support. Scotland's First Minister Nicola Sturgeon thanked the "
        "emergency services and said an inquiry would examine the circumstances. Police Scotland "
        "said the investigation was being led by the major investigations team.",
        "crime",
    ),
    (
        "Spanish police break up network ferrying Algerians to Almeria by speedboat",
        "MADRID - Spanish police have dismantled a criminal network that took hundreds of "
        "Algerians across the Mediterranean to the coast of Almeria and Murcia in fast boats, "
        "arresting 27 people in Spain and France, the Interior Ministry said on Tuesday. "
        "Investigators said the group charged up to 7,000 euros a seat and made the crossing "
        "from Oran in as little as four hours, landing passengers on beaches at night. Officers "
        "seized four boats, 300,000 euros in cash, false documents and a hunting rifle in raids "
        "in Almeria, Alicante and Marseille. Police said the network also smuggled hashish on "
        "return trips. The investigation began after a boat was found abandoned near Cabo de "
        "Gata with its engines still warm. Algerians make up a growing share of arrivals on "
        "Spain's mainland coast, according to ministry data. The suspects face charges of "
        "people smuggling, drug trafficking and belonging to a criminal organisation.",
        "crime",
    ),
    (
        "Panama arrests guides accused of robbing and raping migrants in Darien jungle",
        "PANAMA CITY - Panamanian police have arrested six men accused of robbing and sexually "
        "assaulting migrants on the trail through the Darien jungle, the public prosecutor's "
        "office said, after survivors identified them at a reception centre in Lajas Blancas. "
        "The men are accused of posing as guides and then, with accomplices carrying shotguns "
        "and machetes, stopping groups in the forest and demanding money and phones. Medecins "
        "Sans Frontieres said its teams treated 214 survivors of sexual violence on the route in "
        "the first three months of the year and that the true number was likely much higher. "
        "More than half a million people crossed the Darien last year, most of them Venezuelans, "
        "Ecuadoreans and Haitians heading for the United States. Panama's government, which "
        "accused MSF of exaggerating, has stepped up border patrols and says organised crime "
        "controls the smuggling business on both sides of the border with Colombia. Prosecutors "
        "said the suspects could face up to 20 years in prison.",
        "crime",
    ),
    # accident
    (
        "Hundreds feared dead after fishing boat packed with migrants sinks off Greece",
        "KALAMATA, Greece - Hundreds of people were feared dead after a fishing boat carrying "
        "migrants from Libya to Italy capsized and sank off southwestern Greece early on "
        "Wednesday, in one of the deadliest shipwrecks in the Mediterranean in years. The Greek "
        "coast guard said 104 people had been rescued and 78 bodies recovered. Survivors told "
        "doctors there had been between 400 and 750 people on board, including women and "
        "children who were kept in the hold. The boat, which had left the port of Tobruk, sank in "
        "one of the deepest parts of the sea, about 80 km off Pylos, making the search for more "
        "survivors very difficult. Questions were raised about why the coast guard, which had "
        "been watching the vessel for hours, did not intervene sooner; officials said the "
        "passengers had refused help and wanted to continue to Italy. Most of those on board "
        "were from Pakistan, Syria and Egypt. Greece declared three days of mourning and nine "
        "suspected smugglers were arrested. In Kalamata, survivors were housed in a warehouse "
        "at the port, where relatives who had travelled from across Europe held up phones "
        "with photographs of the missing. A Syrian man said he had paid 4,500 dollars for "
        "his place and had not seen his younger brother since the boat went down. Doctors "
        "said many of the survivors were suffering from hypothermia and exhaustion. The European "
        "Commission said it was a tragedy that showed the need for the bloc's migration pact. "
        "Rights groups called for an independent inquiry into the coast guard's actions.",
        "accident",
    ),
    (
        "Twelve die as migrant boat tears apart off French coast",
        "BOULOGNE-SUR-MER, France - Twelve people, including six children and a pregnant woman, "
        "died on Tuesday when an overcrowded inflatable boat tore apart shortly after setting "
        "off from a beach near Wimereux in an attempt to cross the Channel to England, French "
        "officials said. Rescuers pulled 53 people from the water, some of them in cardiac "
        "arrest, and two people were still missing. Most of those on board were from Eritrea. "
        "Interior Minister Gerald Darmanin said the boat's floor had collapsed and that there "
        "had been about 70 people on board a vessel meant for fewer than 20. It was the "
        "deadliest incident in the Channel this year, bringing the number of migrants who have "
        "died trying to cross since January to at least 37. Britain's home secretary said the "
        "deaths were a reminder of the danger of the crossings and called the smuggling gangs "
        "“vile.” Charities in Calais said stricter policing on the beaches was pushing people "
        "to board ever more crowded boats in riskier places.",
        "accident",
    ),
    (
        "Death toll from Cutro shipwreck rises to 67",
        "CROTONE, Italy - The death toll from the shipwreck of a wooden boat carrying migrants "
        "off Italy's southern Calabria coast rose to 67 on Wednesday after rescuers found more "
        "bodies in the sea, including that of a young child. The boat, which sailed from Izmir "
        "in Turkey with about 180 people on board, broke apart in rough seas just off the beach "
        "at Steccato di Cutro before dawn on Sunday. Eighty people survived. Most of the "
        "passengers were from Afghanistan, Pakistan, Iran and Syria. Coffins were laid out in a "
        "sports hall in Crotone, where relatives arrived from across Europe to identify the "
        "dead. Prosecutors are investigating why the coast guard did not send a vessel after the "
        "boat was spotted by a Frontex aircraft hours earlier. Police have arrested three "
        "suspected smugglers, a Turkish man and two Pakistanis. Prime Minister Giorgia Meloni "
        "said her government would hold a cabinet meeting in Cutro and bring in tougher "
        "sentences for smugglers.",
        "accident",
    ),
    (
        "Truck carrying migrants crashes in Chiapas, killing at least 54",
        "TUXTLA GUTIERREZ, Mexico - At least 54 people were killed and more than 100 injured when "
        "a trailer truck crammed with migrants overturned on a curve and hit a pedestrian bridge "
        "outside Tuxtla Gutierrez in southern Mexico on Thursday, officials said. Most of the "
        "victims were from Guatemala, and others came from Honduras, Ecuador and the Dominican "
        "Republic. Survivors said there were more than 160 people packed in the back of the "
        "truck, which was travelling at high speed. Images from the scene showed bodies lying "
        "on the road under white sheets beside the crushed trailer. The driver fled. Local "
        "hospitals were overwhelmed and some of the injured were taken to other cities. "
        "Guatemala's president declared three days of national mourning. It was one of the "
        "deadliest accidents involving migrants in Mexico in recent years, and officials said "
        "smugglers increasingly used trucks to move people past immigration checkpoints in "
        "the south.",
        "accident",
    ),
    (
        "At least 45 drown as boats capsize off Djibouti, IOM says",
        "GENEVA - At least 45 migrants drowned when two boats capsized off the coast of Djibouti "
        "on Monday, and dozens more were missing, the International Organization for Migration "
        "said. The boats, which carried more than 300 people, most of them Ethiopians, had "
        "left Yemen and were heading back toward the Horn of Africa when they ran into rough "
        "seas near Khor Angar. Survivors told IOM staff that the smugglers had forced passengers "
        "into the water as the boats neared the coast. More than 90,000 migrants crossed the Gulf "
        "of Aden and Red Sea to Yemen last year, hoping to find work in Saudi Arabia. Thousands "
        "make the journey in the other direction after failing to reach the kingdom or being "
        "stranded without money in Yemen. IOM said its staff and the Djiboutian coast guard were "
        "giving medical care, food and water to 115 survivors. The agency has recorded more than "
        "1,800 deaths and disappearances on the route in the past decade.",
        "accident",
    ),
]
