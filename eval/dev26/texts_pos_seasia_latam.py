"""dev26 texts: positives: Myanmar, South-East Asia and the Pacific; positives: Latin America
and the Caribbean.

POSITIVES = [(title, text, tag codes, kind), ...], in the order they were written.
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives: Myanmar, South-East Asia and the Pacific
    (
        "Arakan Army captures junta's Western Command headquarters in Ann",
        "The Arakan Army said it had seized the Myanmar military's Western Command headquarters in Ann, Rakhine state, after weeks of fighting, the first regional command to fall to an ethnic armed group.",
        "B",
        "battle",
    ),
    (
        "Children among dead as Tatmadaw plane hits village school",
        "A junta warplane dropped bombs on a village school in Sagaing region while classes were under way, and about 20 pupils and two teachers were killed, residents and a local People's Defence Force unit said.",
        "E V",
        "airstrike",
    ),
    (
        "PDF ambush kills soldiers on Magway road",
        "A People's Defence Force unit ambushed a military convoy on the road between Gangaw and Kalay with landmines and rifles, killing about a dozen soldiers, the resistance group said. Myanmar's junta did not comment.",
        "B E",
        "ambush",
    ),
    (
        "Sit-tat troops burn villages in Myaung township",
        "Residents said junta troops, called sit-tat in Burmese, set fire to hundreds of houses in several villages in Myaung township during a column march, and villagers fled into the forest.",
        "V D",
        "arson_raid",
    ),
    (
        "MNDAA says it has taken Lashio from Myanmar military",
        "The Myanmar National Democratic Alliance Army said it had captured the Northeastern Command in Lashio after weeks of fighting, in a major blow to the military government. Residents fled towards Mandalay.",
        "B D",
        "battle",
    ),
    (
        "KIA fighters press siege of Bhamo as airstrikes pound town",
        "Fighters of the Kachin Independence Army pushed into the town of Bhamo while military aircraft bombed positions and neighbourhoods, residents said. Thousands of people have been trapped for weeks.",
        "B E",
        "siege",
    ),
    (
        "Rohingya cross into Bangladesh after drone attacks in Maungdaw",
        "Rohingya families arriving in Teknaf said drones dropped explosives on people waiting to cross the Naf river near Maungdaw, killing dozens, as fighting between the Arakan Army and the junta raged.",
        "E V D",
        "drone_attack",
    ),
    (
        "Airstrike on monastery kills displaced villagers sheltering there",
        "A military airstrike hit a Buddhist monastery in Sagaing region where villagers displaced by fighting had taken refuge, killing at least 23 people, local resistance forces said.",
        "E V D",
        "airstrike",
    ),
    (
        "NPA rebels and army troops in 'encounter' in Negros",
        "Soldiers clashed with New People's Army rebels in what the Philippine army called an encounter in the hinterlands of Negros Oriental, leaving three rebels dead, a brigade spokesman said.",
        "B",
        "battle",
    ),
    (
        "Dawlah Islamiyah gunmen ambush soldiers in Maguindanao del Sur",
        "Suspected members of the pro-Islamic State Dawlah Islamiyah group ambushed an army truck in Datu Hoffer, killing two soldiers, the Philippine army said, and launched an operation against the militants.",
        "B T M",
        "ambush",
    ),
    (
        "Narathiwat: bombs hit rubber tappers and a ranger post",
        "Two bombs exploded in Narathiwat province, wounding rubber tappers and a paramilitary ranger, Thai police said, blaming insurgents of Thailand's deep south.",
        "E V",
        "bombing",
    ),
    (
        "KKB gunmen kill gold miners in Yahukimo",
        "The armed criminal group, or KKB, as Indonesian authorities call Papuan separatist fighters, killed eleven gold miners in Yahukimo regency, police said. The TPNPB claimed the attack, accusing the miners of being spies.",
        "V",
        "massacre",
    ),
    (
        "Papuan rebels burn school and health centre in Intan Jaya",
        "Fighters of the West Papua National Liberation Army set fire to a school and a health clinic in Intan Jaya and fired at a military post, police said. Hundreds of villagers took refuge in a church.",
        "B V D",
        "arson_attack",
    ),
    (
        "Enga tribal fighters kill dozens in ambush near Wabag",
        "At least 26 men were killed in an ambush during tribal fighting between the Sikin and Kaekin clans in Papua New Guinea's Enga province, police said, the worst outbreak in years. Villages were left empty.",
        "B D",
        "tribal_fighting",
    ),
    (
        "Hela: tribal war drives families from homes, schools shut",
        "Tribal fighting with high-powered rifles in Papua New Guinea's Hela province has displaced thousands and closed schools and a health centre, the provincial administrator said.",
        "B D H",
        "tribal_fighting",
    ),
    # ---------------------------------------------------------------- positives: Latin America and the Caribbean
    (
        "Viv Ansanm gangs overrun Mirebalais and free prisoners",
        "Gangs of the Viv Ansanm coalition attacked Mirebalais in central Haiti, overpowering police at the town's prison, freeing more than 500 inmates and setting buildings on fire, police said. Residents fled to the hills and towards Hinche.",
        "B V D",
        "attack_on_town",
    ),
    (
        "Gran Grif gang kills 115 in Pont-Sonde raid",
        "Members of the Gran Grif gang killed at least 115 people in Pont-Sonde in Haiti's Artibonite region, shooting residents in their homes, the UN said. Thousands fled to Saint-Marc.",
        "V D",
        "massacre",
    ),
    (
        "Kenscoff residents flee as gangs push into hills above Port-au-Prince",
        "Gangs attacked Kenscoff and neighbouring villages in the hills above Port-au-Prince, killing residents and burning homes, and police with the Kenyan-led mission tried to hold them back, officials said.",
        "B V D",
        "attack_on_town",
    ),
    (
        "Port-au-Prince gang boss blamed for slaughter of elderly residents",
        "Convinced that witchcraft had made his son sick, a gang chief in the seaside Wharf Jeremie slum had his men kill more than 180 residents, most of them old people, a Haitian rights group reported.",
        "V",
        "massacre",
    ),
    (
        "Haitian task force drones kill gang members in Cite Soleil",
        "Explosive-laden drones operated by a government task force struck gang positions in Cite Soleil during an operation to retake the area, killing several gang members, Haitian officials said. Rights groups said civilians were also hit.",
        "E M",
        "drone_strike",
    ),
    (
        "Displaced families crowd Port-au-Prince schools as violence spreads",
        "More than a million people are now displaced in Haiti by gang violence, the IOM said, and tens of thousands are sleeping in schools and public buildings in the capital with little water or food.",
        "D H",
        "displacement",
    ),
    (
        "Guerrilla war in Norte de Santander sends 50,000 fleeing to Cucuta",
        "The ELN launched an offensive on villages held by the 33rd Front of the FARC dissidents in the Catatumbo, killing dozens, among them former FARC signatories of the peace deal, authorities said. More than 50,000 people fled to Cucuta and Tibu.",
        "B V D",
        "offensive",
    ),
    (
        "Dissidents attack Cauca police station with explosives and drones",
        "FARC dissidents of the Estado Mayor Central attacked the police station in Suarez, Cauca, with explosives dropped from drones and rifle fire, wounding police officers and residents, the governor said.",
        "B E",
        "attack_on_police",
    ),
    (
        "Police helicopter downed by drone in Antioquia",
        "A police helicopter was brought down by a drone attack in Amalfi, Antioquia, while supporting coca eradication, killing 13 officers, Colombia's president said, blaming FARC dissidents.",
        "E",
        "drone_attack",
    ),
    (
        "Clan del Golfo 'plan pistola' leaves police officers dead",
        "Gunmen of the Clan del Golfo, which calls itself the Gaitanista Army, killed police officers in several towns of Antioquia and Cordoba under a bounty the group offers for each officer killed, police said.",
        "B",
        "shooting_attack",
    ),
    (
        "Explosives-laden lorry blows up outside Cali air base",
        "Six passers-by died and dozens were hurt when a lorry packed with explosives detonated outside the Marco Fidel Suarez air base in Cali, and officials branded it a terrorist attack by FARC dissident fighters.",
        "E V T",
        "bombing",
    ),
    (
        "CJNG fighters ambush soldiers with mines in Michoacan",
        "Soldiers of the Mexican army were killed when their vehicle hit an explosive device planted by the Jalisco New Generation Cartel in Michoacan's Tierra Caliente, the defence ministry said. Troops exchanged fire with gunmen afterwards.",
        "B E",
        "ambush",
    ),
    (
        "Culiacan: Chapitos and Mayos factions' war shuts schools",
        "Gun battles between the Chapitos and Mayos factions of the Sinaloa cartel left bodies on the streets of Culiacan and shut schools for days, state officials said, with soldiers deployed to patrol.",
        "B",
        "battle",
    ),
    (
        "Cartel drones drop explosives on Guerrero villages",
        "Residents of villages in Guerrero's Tierra Caliente said drones operated by the Familia Michoacana dropped explosives on homes, and dozens of families fled to the municipal seat.",
        "E V D",
        "drone_attack",
    ),
    (
        "Autodefensas and cartel gunmen clash in Michoacan",
        "Members of a community self-defence group, or autodefensas, fought gunmen of a cartel for hours near Apatzingan, leaving several dead, local officials said. The army sent reinforcements.",
        "B",
        "battle",
    ),
    (
        "Los Lobos gang attacks army patrol in Ecuador mining zone",
        "Members of the Los Lobos gang ambushed an Ecuadorian army patrol near an illegal gold mine in Alto Punino, killing 11 soldiers, the defence ministry said. The government has declared the gangs terrorist organisations.",
        "B T",
        "ambush",
    ),
    (
        "Shining Path remnants ambush soldiers in VRAEM",
        "Remnants of the Shining Path, known in Peru as Sendero, ambushed a military patrol in the Apurimac, Ene and Mantaro valleys, the region known as the VRAEM, killing four soldiers, the armed forces command said.",
        "B",
        "ambush",
    ),
]
