"""dev57 positives from Africa, in the idiom of Nigeria's Defence Headquarters and state
governments, the Ethiopian News Agency and regional communication bureaus, SUNA and the
Sudanese army, the RSF's statements, SONNA, the Malian, Burkinabe, Nigerien and Chadian
communiques, Cameroon's administrators, the Congolese army and government, Mozambique's police,
Kenya's police and Algeria's Defence Ministry.
POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "DHQ: troops neutralised 23 terrorists, rescued 17 hostages in North East",
        "Troops of Operation Hadin Kai neutralised 23 terrorists, arrested 41 of their logistics "
        "suppliers and rescued 17 kidnapped hostages in clearance operations across Borno and Yobe "
        "states in the past week, the Director of Defence Media Operations told journalists at "
        "Defence Headquarters in Abuja on Thursday. He said the troops also repelled an attack on "
        "their base in Damboa by terrorists who came on gun trucks and motorcycles. In the North "
        "West, troops of Operation Fansan Yamma neutralised 16 bandits in Zamfara and Katsina "
        "states and recovered 33 AK-47 rifles, he said. In the North Central, troops of Operation "
        "Safe Haven arrested 12 suspected perpetrators of attacks on farming communities in "
        "Plateau State, he said. The director urged members of the public to continue to provide "
        "credible information on the activities of the terrorists and their collaborators.",
        "B M T",
        "clearance operation",
    ),
    (
        "Bandits storm Kajuru community during Sunday service, abduct worshippers",
        "Armed bandits numbering over a hundred invaded Kasuwan Magani community in Kajuru local "
        "government area during Sunday service, abducting about 60 worshippers and killing two men "
        "who tried to escape, the Kaduna State Commissioner for Internal Security and Home Affairs "
        "said. Troops and police tactical teams have been deployed to the forests along the "
        "Kaduna-Kachia axis to rescue the victims, he said. Residents said the gunmen came on "
        "motorcycles and fired into the air before herding people into the bush.",
        "V",
        "abduction",
    ),
    (
        "Female suicide bombers kill 18 at wedding, hospital and funeral in Gwoza",
        "Suspected Boko Haram female suicide bombers struck a wedding party, a hospital and a "
        "funeral procession in Gwoza, Borno State, on Saturday, killing 18 people and injuring 30, "
        "the Director General of the Borno State Emergency Management Agency said. Children, "
        "adults and pregnant women were among the dead, he said. The Nigerian Army said troops had "
        "cordoned off the town, and the seriously injured were evacuated to Maiduguri. The state "
        "governor described the attacks as a desperate act by a defeated group and ordered the "
        "closure of markets in the town.",
        "T E V",
        "suicide bombing",
    ),
    (
        "Joint forces kill 156 members of 'Shene' terrorist group in West Guji and Borana",
        "Members of the National Defence Force and the Oromia Special Forces killed 156 members of "
        "the 'Shene' terrorist group and captured 43 in an operation in the West Guji and Borana "
        "zones, the Oromia Regional Government Communication Bureau said. Large quantities of "
        "weapons and ammunition were seized, the bureau said, adding that the operation would "
        "continue until the group's remnants are eliminated.",
        "B M",
        "counterinsurgency operation",
    ),
    (
        "National Defence Force liberates Alamata and Raya from TPLF junta",
        "The National Defence Force has liberated Alamata, Raya and the surrounding areas from the "
        "TPLF junta as part of the ongoing law enforcement operation, the Office of the Prime "
        "Minister said on Sunday. The junta's militia and special forces retreated after heavy "
        "fighting, the office said, urging civilians to stay indoors and away from the places "
        "where its remnants were hiding. The Ethiopian Human Rights Commission said thousands of "
        "residents had fled north towards Mekelle. Federal forces also took control of the Raya "
        "Azebo airfield, the office said.",
        "B M D",
        "offensive",
    ),
    (
        "22nd Division repels terrorist Rapid Support militia attack on Babanusa",
        "The 22nd Infantry Division in Babanusa repelled a large-scale attack by the terrorist "
        "Rapid Support militia on Sunday, inflicting heavy losses in lives and equipment, the "
        "spokesman of the Armed Forces said. The rebel militia shelled the city with artillery "
        "before advancing from three directions, and the division destroyed 14 combat vehicles, he "
        "said. Residents told SUNA that shells had fallen on the market and near the hospital. The "
        "city has been under siege by the militia for months, and food and medicine were running "
        "short, a local official said. Residents said the shelling had continued into the night. "
        "Civilians who left the city in recent weeks have reached El Obeid and Kadugli, the "
        "Humanitarian Aid Commission said.",
        "B E T H D",
        "battle",
    ),
    (
        "RSF says it has taken full control of Wad Madani; 250,000 flee",
        "The Rapid Support Forces said in a statement on Tuesday that they had taken full control "
        "of Wad Madani, the capital of Gezira state, after the flight of the commander of the "
        "army's 1st Infantry Division and his forces. The statement pledged to protect civilians "
        "and their property and called on residents to return to their homes. The Humanitarian Aid "
        "Commission said more than 250,000 people had fled the city and its surroundings since the "
        "attack began on Friday, many of them people who had already been displaced from Khartoum. "
        "The World Food Programme said it had suspended food distributions in parts of Gezira that "
        "reached 800,000 people.",
        "B D H",
        "battle",
    ),
    (
        "Drones strike fuel depots, airport and naval base in Port Sudan",
        "Drones launched by the rebel militia targeted fuel depots at the southern port, Port "
        "Sudan International Airport and the Flamingo naval base at dawn on Tuesday, the "
        "government spokesman said, calling it a desperate attempt by the militia and its regional "
        "sponsors. Huge fires broke out at the depots and flights were suspended. It was the third "
        "consecutive day of drone strikes on the city, which had become the seat of government and "
        "a refuge for hundreds of thousands of people fleeing the war.",
        "E D",
        "drone attack",
    ),
    (
        "SNA and partners kill over 40 Khawarij near Adan Yabaal",
        "The Somali National Army, in collaboration with international partners and local forces "
        "known as Ma'awisley, killed more than 40 Khawarij militants in an operation on the "
        "outskirts of Adan Yabaal in Middle Shabelle region, the Ministry of Information said. The "
        "operation destroyed two technical vehicles and weapons stores belonging to the militants, "
        "the ministry said, and the forces were continuing to pursue those who fled into the "
        "forests along the Shabelle river.",
        "B M",
        "counterinsurgency operation",
    ),
    (
        "Khawarij suicide attack on Lido beach restaurant kills 32",
        "Terrorists of the Khawarij group detonated a suicide vest and opened fire on families at "
        "the Beach View restaurant on Mogadishu's Lido beach on Friday evening, killing 32 people "
        "and injuring 63, the police spokesman said. Security forces ended the siege after several "
        "hours and killed three attackers, while a fourth was captured, he said. Al-Shabaab "
        "claimed responsibility for the attack through its radio station. Among the dead were "
        "children who had come to swim with their families on a Friday, the weekly holiday. "
        "Hospitals in Mogadishu appealed for blood.",
        "T E V B H",
        "terrorist attack",
    ),
    (
        "FAMa repel complex terrorist attack on Boulkessi camp",
        "The Armed Forces of Mali repelled a complex attack by armed terrorist groups against the "
        "Boulkessi military camp on Sunday, the General Staff of the Armies said in a communique. "
        "The attack, involving suicide vehicles and a large number of motorcycles, was repulsed "
        "thanks to the reactivity of the troops and the support of air assets, which neutralised "
        "several dozen terrorists. Provisional toll on the friendly side: 12 killed and 21 "
        "wounded.",
        "B E T",
        "attack on base",
    ),
    (
        "Army says drone strikes hit terrorist positions near Tinzaouaten; rebels say civilians "
        "killed",
        "Precision strikes by the Armed Forces of Mali destroyed terrorist positions and vehicles "
        "near Tinzaouaten on Sunday, the General Staff said, without giving a toll. The Strategic "
        "Framework for the Defence of the People of Azawad, an alliance of rebel groups, said the "
        "drones had targeted a pharmacy crowded with residents and a fuel station, killing 21 "
        "civilians, among them 11 children. The army said it had taken every precaution to spare "
        "the civilian population.",
        "E M V",
        "drone strike",
    ),
    (
        "Eleven soldiers killed, civilians missing after attack on Djibo supply convoy",
        "A supply convoy of 150 vehicles escorted by the army was attacked by armed individuals "
        "near Gaskinde in Soum province on Monday, the government said in a statement. Eleven "
        "soldiers were killed and 28 people wounded, 20 of them soldiers, and about fifty "
        "civilians were unaccounted for, the government spokesman said. The convoy was carrying "
        "food and goods to Djibo, a town that has been under blockade by terrorist groups for "
        "months and where residents have been rationing millet.",
        "B T H",
        "ambush",
    ),
    (
        "29 soldiers killed in terrorist attack near Tahoua; three days of mourning",
        "A detachment of the Defence and Security Forces was attacked near Tabatol, in the Tahoua "
        "region, on Monday by more than a hundred terrorists who used improvised explosive devices "
        "and kamikaze vehicles, the Ministry of National Defence said in a communique read on "
        "national television. Twenty-nine soldiers were killed and two seriously wounded. Three "
        "days of national mourning were declared.",
        "B E T",
        "attack on soldiers",
    ),
    (
        "Separatist terrorists kill 20 in Egbekaw village raid, SDO says",
        "Armed separatist terrorists stormed the village of Egbekaw near Mamfe on Monday night, "
        "killing 20 people, among them women and a baby, and setting houses on fire, the senior "
        "divisional officer for Manyu said. Defence forces were deployed to track down the "
        "assailants, he said, adding that survivors had taken refuge in the bush and in Mamfe "
        "town. Some of the victims were burned alive in their homes, residents said.",
        "V T D",
        "village raid",
    ),
    (
        "Bombs hit Mugunga displacement sites near Goma; government blames M23 terrorists and RDF",
        "Bombs fired by the M23 terrorists and the Rwandan Defence Forces struck the Mugunga and "
        "Lac Vert displacement sites on the western outskirts of Goma on Friday, killing at least "
        "12 people, most of them women and children, the spokesman of the military governor of "
        "North Kivu said. The FARDC called it a war crime against displaced people. The M23 denied "
        "responsibility and accused the army and its allied militias of firing on the camps. "
        "Humanitarian organisations suspended their activities in the camps, which shelter more "
        "than 600,000 people displaced by the fighting, and Medecins Sans Frontieres said its "
        "teams had treated 35 wounded.",
        "E V D T H",
        "shelling",
    ),
    (
        "Mozambican and Rwandan forces kill 13 insurgents near Mucojo",
        "Mozambique's Defence and Security Forces, supported by the Rwandan contingent, killed 13 "
        "insurgents in clashes near Mucojo in Macomia district, the commander-general of the "
        "police told reporters in Pemba. The insurgents had attacked fishing villages along the "
        "coast over the past week, beheading two men and forcing hundreds of families to flee "
        "towards Macomia town, he said. Nine of the insurgents were killed when they tried to "
        "attack a military position at Mucojo, and four in a pursuit into the bush.",
        "B M V D",
        "battle",
    ),
    (
        "Five police officers killed as IED hits vehicle in Mandera",
        "Five police officers were killed when their vehicle hit an improvised explosive device "
        "planted by suspected al-Shabaab militants on the Elwak-Kotulo road in Mandera County on "
        "Wednesday, the regional police commander said. The officers were escorting a lorry "
        "carrying materials to rebuild a communications mast the militants destroyed last month. A "
        "multi-agency team has been dispatched to pursue the attackers.",
        "E T",
        "IED",
    ),
    (
        "ANP detachment eliminates two terrorists in Jijel",
        "In a search-and-sweep operation near Ouled Askeur in the wilaya of Jijel, a detachment of "
        "the National People's Army eliminated two dangerous terrorists on Tuesday and recovered "
        "two Kalashnikov-type assault rifles and ammunition, the Ministry of National Defence said "
        "in a communique. The operation, which is continuing, followed a terrorist ambush on a "
        "patrol in the same area last week in which a corporal was killed.",
        "B M T",
        "clearance operation",
    ),
    (
        "At least 40 soldiers killed in Boko Haram attack on Barkaram island",
        "At least 40 soldiers were killed when Boko Haram terrorists attacked a military position "
        "on Barkaram island in the Lake Chad region on Sunday night, the Presidency said. The head "
        "of state travelled to the area the next day and announced an operation to pursue the "
        "attackers to their last hiding places.",
        "B T",
        "attack on base",
    ),
    (
        "Police: hoodlums hijacked protest in Kano, looted and burned; curfew imposed",
        "Hoodlums who hijacked the #EndBadGovernance protest in Kano on Thursday looted shops and "
        "set fire to the newly built Nigerian Communications Commission digital centre, the state "
        "Commissioner of Police said, announcing that 269 people had been arrested. The state "
        "government imposed a 24-hour curfew after protesters clashed with police, who fired tear "
        "gas, he said. Amnesty International said at least 13 people had been shot dead across the "
        "north. Police said rioters had also attacked the gate of the Government House and burned "
        "two vehicles.",
        "U",
        "riot",
    ),
    (
        "Cholera spreads among families who fled to Tawila, Humanitarian Aid Commission says",
        "The Humanitarian Aid Commission in North Darfur said 1,200 cases of cholera and 23 deaths "
        "had been recorded in the Tawila area, where more than 400,000 people who fled the "
        "militia's attacks on El Fasher and Zamzam camp are living in makeshift shelters. The "
        "commission appealed to international organisations for chlorine tablets, latrines and "
        "medicines, and said clean water was the most urgent need. Families are still arriving "
        "every day on foot and on donkey carts, most of them women and children exhausted by the "
        "journey.",
        "D H",
        "displacement crisis",
    ),
]
