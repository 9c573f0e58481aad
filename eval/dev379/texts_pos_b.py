"""dev379 positives, part B: Jakarta's riots, Mindanao, Sulu, the NPA, the drug war's killings
and Malaysia.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset.
"""

POSITIVES = [
    (
        "Mobs loot lawmakers' homes in Jakarta as unrest enters fourth day",
        "Crowds broke into and looted the homes of several members of the House of Representatives in Jakarta over the weekend, carrying off furniture, clothes and even a pet cat, as the unrest that began over lawmakers’ housing allowances entered its fourth day. The house of NasDem Party legislator Ahmad Sahroni in Tanjung Priok was ransacked on Saturday afternoon, police said, while other groups targeted the homes of comedian-turned-lawmaker Eko Patrio and of Finance Minister Sri Mulyani Indrawati in South Tangerang early on Sunday. Police fired tear gas at crowds in several districts, and the Jakarta Police said 1,240 people had been detained since Thursday. Regional police headquarters in Yogyakarta, Solo and Bandung were also pelted with stones and firebombs overnight. Several parties suspended the lawmakers whose remarks had angered the public, and President Prabowo Subianto announced that the contested allowances would be revoked. The military was deployed to guard key buildings, and TikTok temporarily suspended its live feature in Indonesia. Business groups said shopping centres in the capital would close early.",
        "U",
        "riot",
    ),
    (
        "Six dead as post-election riots grip central Jakarta",
        "At least six people were killed and around 200 injured after protests against the official result of the presidential election turned into riots in central Jakarta overnight, Governor Anies Baswedan said on Wednesday. Groups of young men hurled stones, firecrackers and Molotov cocktails at police near the Elections Supervisory Agency (Bawaslu) and in Tanah Abang, and set fire to vehicles and a police dormitory in Petamburan. Police used tear gas and rubber bullets to push them back, and National Police spokesman Muhammad Iqbal said 257 people had been arrested, some of whom had been paid to join the clashes. He said officers on duty had not been issued live ammunition. Security Minister Wiranto announced temporary restrictions on messaging apps and social media to stop the spread of hoaxes. Shops, offices and the Tanah Abang textile market stayed closed, and many residents of the area stayed indoors. The defeated candidate, Prabowo Subianto, called on his supporters to stay calm and said he would challenge the result in court.",
        "U",
        "riot",
    ),
    (
        "Martial law declared in Mindanao as militants overrun parts of Marawi",
        "MANILA, Philippines: President Rodrigo Duterte placed the whole of Mindanao under martial law on Tuesday night after Islamic State-linked militants overran parts of Marawi City, torching buildings and taking hostages, in fighting that left at least three soldiers and a police officer dead. The clashes erupted when soldiers and police raided a house in Barangay Basak Malutlut in an attempt to arrest Isnilon Hapilon, the Abu Sayyaf leader named by the Islamic State as its emir in Southeast Asia, the Armed Forces of the Philippines said. Dozens of gunmen from the Maute group poured into the streets, occupied the city hospital, set fire to the St. Mary’s Cathedral and a school, and raised black flags at checkpoints, residents said. Marawi Bishop Edwin de la Peña said a priest and several churchgoers had been seized. Thousands of residents fled on foot and in jeepneys toward Iligan City as military helicopters circled overhead. Defense Secretary Delfin Lorenzana, speaking from Moscow, said troops were being reinforced.",
        "B M T V D",
        "siege",
    ),
    (
        "Marawi evacuees crowd Iligan centres as air strikes go on",
        "ILIGAN CITY: More than 200,000 people have now fled Marawi and nearby towns since fighting broke out between government forces and the Maute group three weeks ago, the Department of Social Welfare and Development said on Wednesday, and the evacuation centres in Iligan and Lanao del Norte are full. In the Buru-un school gym, families sleep on cardboard under strings of laundry, and volunteers said cases of diarrhoea and fever among children had risen sharply. “We have only one toilet for 400 people,” said Aminah Macaraya, a teacher who escaped with her four children. The Department of Health reported several deaths among evacuees from dehydration and disease. Military spokesman Restituto Padilla said air strikes and ground assaults were continuing against militants holding out in the commercial district along the Agus River, and that troops had retaken several more buildings. Aid groups said convoys still could not reach civilians trapped in the centre of the city. The government has appealed to evacuees to register so that food packs can be distributed fairly.",
        "D H B E M",
        "siege",
    ),
    (
        "Two bombs tear through Jolo cathedral as Mass is said; at least 20 dead",
        "Two bombs exploded at the Cathedral of Our Lady of Mount Carmel in Jolo, Sulu, on Sunday morning, killing at least 20 people and wounding more than 80, the military said. The first blast went off inside the cathedral during Mass, and the second, seconds later, in the parking area outside as soldiers rushed to respond, Western Mindanao Command spokesman Gerry Besana said. Most of the dead were churchgoers, while the rest were soldiers and members of the coast guard. Islamic State said on its news agency that two of its suicide bombers had carried out the attack, and officials suspected a faction of the Abu Sayyaf Group. The bombing came a week after voters in the region approved the creation of the Bangsamoro autonomous region, though a majority in Sulu voted against it. Wounded victims were flown to Zamboanga City in military aircraft. President Rodrigo Duterte vowed to “pursue these ruthless criminals to the ends of the earth” and visited the damaged cathedral the following day.",
        "T E V",
        "church bombing",
    ),
    (
        "Bomb kills four at Catholic Mass in MSU-Marawi gymnasium",
        "MARAWI CITY: A bomb exploded during a Catholic Mass at the gymnasium of Mindanao State University in Marawi on Sunday morning, killing at least four people and wounding dozens of students and teachers, officials said. The blast came during the first reading, as around 500 people were gathered in the Dimaporo gym, the university said in a statement, adding that classes had been suspended until further notice. Lanao del Sur police said the device appeared to have been made from a mortar round. The military suggested the bombing might be retaliation for recent operations against the local Dawlah Islamiyah-Maute group, and Islamic State later claimed the attack. President Ferdinand Marcos Jr. condemned the “senseless and most heinous acts perpetrated by foreign terrorists” and ordered more troops deployed to the area. Checkpoints were set up around the university on Monday, and bags were searched at every gate. Bishop Edwin de la Peña said the community would not be divided by violence.",
        "T E V",
        "bombing",
    ),
    (
        "Gunmen abduct Sabah fishermen off Tambisan, police blame Abu Sayyaf",
        "KOTA KINABALU (The Star): Gunmen believed to be linked to the Abu Sayyaf Group abducted three Indonesian fishermen from a trawler off Tambisan island near Lahad Datu early on Thursday and sped off towards the southern Philippines, the police said. The kidnappers, armed with M16 rifles and dressed in black, came alongside the boat in a speedboat shortly after 3am and ordered the crew to lie face down, Sabah Police Commissioner Hazani Ghazali said. Five other crew members, also Indonesians, were left behind and alerted the marine police. The Eastern Sabah Security Command (Esscom) said the kidnappers had crossed into Philippine waters before its patrol boats could intercept them. It was the latest in a string of kidnappings for ransom carried out in the waters off Sabah’s east coast by the militant group, which Malaysian and Philippine authorities regard as a terrorist organisation. The dusk-to-dawn curfew in the waters off eastern Sabah was extended for another two weeks. Jakarta said it was in contact with Manila to secure the men’s release.",
        "V T",
        "kidnapping",
    ),
    (
        "Soldiers, militants killed in Patikul clash",
        "ZAMBOANGA CITY, Philippines: Three soldiers and at least seven Abu Sayyaf militants were killed in a firefight in the hinterlands of Patikul, Sulu, on Friday, the military said. Troops of the Army’s 11th Infantry Division were conducting a combat patrol when they ran into about 40 militants led by sub-leader Radullan Sahiron near Barangay Kabuntakas, Joint Task Force Sulu commander Cirilito Sobejana said. The fighting lasted more than two hours, and helicopters were called in to provide support and evacuate 12 wounded soldiers to the military hospital in Jolo. The military said it had recovered four high-powered firearms and a makeshift camp after the militants withdrew. Residents of nearby villages said they heard explosions throughout the afternoon and had moved to the town centre. The Western Mindanao Command said the operation against the group, which still holds several foreign hostages, would continue until its members surrendered or were neutralised.",
        "B M D",
        "clash",
    ),
    (
        "Four soldiers, NPA rebel dead in Negros Oriental encounter",
        "DUMAGUETE CITY: Four soldiers and a suspected New People’s Army (NPA) rebel were killed in a clash in the mountains of Guihulngan City, Negros Oriental, on Tuesday, the Army said. The soldiers from the 62nd Infantry Battalion were responding to reports from residents about armed men collecting so-called revolutionary taxes when they were fired on, the 302nd Infantry Brigade said in a statement. The exchange of fire lasted about 40 minutes, and the rebels fled toward the boundary with Negros Occidental, leaving behind a body, two rifles and backpacks with documents. Two other soldiers were wounded and were brought to a hospital in Dumaguete. The NPA’s regional command said in a statement posted online that its fighters had defended themselves against a military offensive. The clash was the third in the area this month, and the Army said it had deployed additional troops to pursue the rebels. The city government said classes in three upland barangays were suspended.",
        "B M",
        "clash",
    ),
    (
        "NPA landmine, ambush kill six troops in Northern Samar",
        "Six soldiers were killed and three others wounded when suspected New People’s Army rebels set off a landmine and then opened fire on a military truck in Las Navas, Northern Samar, on Sunday morning, the Army’s 8th Infantry Division said. The soldiers were on their way to secure a road project when the improvised explosive device went off beneath their vehicle, after which rebels positioned on a ridge fired on the survivors, division spokesman Jose Dominic Ramos told reporters. Reinforcements arrived about an hour later and pursued the attackers, who fled into the forest. The Armed Forces said the use of command-detonated landmines violated the international treaty banning anti-personnel mines, which the Philippines has ratified. The NPA said in a statement that it had attacked a unit involved in counter-insurgency operations. Farmers living along the road said they had stayed indoors after hearing the explosion and the shooting. The provincial government said it would provide financial aid to the families of the dead.",
        "B E M",
        "ambush",
    ),
    (
        "Teenager killed in Caloocan anti-drug operation; family says he begged for his life",
        "MANILA, Philippines: A 17-year-old student was shot dead by police during an anti-drug operation in Caloocan City on Wednesday night, and his family on Friday disputed the police account that he had fired at officers. Police said Kian Loyd delos Santos was killed after he drew a gun when officers tried to arrest him in an alley in Barangay 160, and that they found a pistol and two sachets of suspected shabu on him. But CCTV footage obtained by the Inquirer appears to show two plainclothes officers dragging a young man toward the spot where his body was later found. Neighbours said they heard the boy shouting, “Tama na po, may test pa ako bukas,” (Please stop, I have a test tomorrow). The killing was one of more than 80 in and around Manila during three nights of intensified police operations this week, according to the Inquirer’s count. Senators from the opposition called for an inquiry, and the Catholic bishop of Caloocan urged parishes to ring church bells in protest at the killings. The three officers involved were placed on restricted duty.",
        "V",
        "extrajudicial killing",
    ),
    (
        "32 killed in a day as police sweep Bulacan in 'one-time, big-time' raids",
        "Thirty-two people were killed in a single day in Bulacan province during a series of simultaneous police operations against suspected drug users and pushers, the provincial police said on Tuesday, the highest toll in one day since the Duterte administration’s campaign against illegal drugs began. Bulacan Police director Romeo Caramat said more than 100 people were arrested in 67 operations across the province on Monday, and that those killed had fought back. Families of several of the dead told Rappler that their relatives had been unarmed and were taken from their homes before being found dead. Human rights lawyers questioned how so many suspects could have shot at police without any officer being seriously hurt. Malacañang said the operations showed the campaign was working, and the President praised the officers. The Commission on Human Rights said it would investigate the deaths. Funeral parlours in Meycauayan and San Jose del Monte said they had run out of space.",
        "V",
        "extrajudicial killing",
    ),
    (
        "Masked gunmen kill two men in Tondo, leave cardboard sign",
        "Two men were shot dead by masked gunmen riding in tandem in Tondo, Manila, shortly before midnight on Saturday, and a piece of cardboard reading “Pusher ako, huwag tularan” (I am a pusher, don’t be like me) was left beside one of the bodies, police said. The victims, aged 24 and 31, were drinking in front of a sari-sari store when the gunmen walked up and fired at close range, witnesses said. Manila Police District investigators said both men were on the barangay’s drug watch list and had surrendered under Oplan Tokhang three months earlier. The killings bring to at least 15 the number of people slain by unidentified gunmen in the district this month alone, according to a tally by local church volunteers who collect the bodies. Police said they were treating the killings as “deaths under investigation” and had no suspects. A neighbour said families on the street had stopped letting their sons go out after dark. A priest of the Santo Niño parish said he had buried six victims in one week.",
        "V",
        "vigilante killing",
    ),
    (
        "Police, protesters clash near Mendiola; over 200 arrested",
        "MANILA, Philippines: Police arrested more than 200 people after clashes broke out near Mendiola and Ayala Bridge on Sunday, as a mostly peaceful day of protests against corruption in flood control projects ended in violence. Groups of young men, many of them masked, threw rocks, bottles and firebombs at police lines, set fire to a trailer truck and tires, and smashed the windows of shops along Recto Avenue, the Manila Police District said. Officers responded with shields and batons, and some fired warning shots and tear gas to disperse the crowd, according to witnesses and videos posted online. Scores of police officers were injured, and several protesters were taken to hospital with head wounds, officials said. Manila Mayor Isko Moreno condemned what he called the destruction of the city and said the vandals were not the same people who had marched at Luneta and EDSA earlier in the day. Rights groups criticised the mass arrests, saying minors were among those detained without lawyers. The streets around Malacañang stayed closed on Monday.",
        "U",
        "riot",
    ),
    (
        "Two policemen killed in Ulu Tiram police station attack",
        "JOHOR BARU (The Star): Two police constables were killed and another was injured when a man armed with a machete attacked the Ulu Tiram police station in the early hours of Friday before he was shot dead, Inspector-General of Police Razarudin Husain said. The attacker, 21, arrived at the station at around 2.45am and slashed a constable before seizing his firearm and shooting dead another officer who came to help, the IGP told a press conference. The suspect’s father was a known member of Jemaah Islamiyah (JI), the regional militant network, and police found JI materials at the family home, he said. Police arrested five members of the family and said they were investigating under the Penal Code’s provisions on terrorism. Home Minister Saifuddin Nasution Ismail said the attack appeared to be a lone-wolf act but that security had been stepped up at police stations and government buildings nationwide. Residents of Ulu Tiram said they were shocked that such an incident had happened in their quiet town.",
        "T",
        "terrorist attack",
    ),
    (
        "Firemen attacked, cars torched as mob storms Seafield temple in Subang Jaya",
        "PETALING JAYA (Malaysiakini): Police said 21 people had been arrested after a mob of about 50 men set fire to cars and attacked a group of devotees at the Sri Maha Mariamman temple in USJ 25, Subang Jaya, in the early hours of Monday, sparking a second night of clashes. The men, said to have been hired by a developer locked in a dispute over the relocation of the temple, arrived armed with sticks and machetes, according to the temple committee. In retaliation, hundreds of people gathered at the site and torched 18 cars and several motorcycles, and police fired tear gas to disperse the crowds on Monday night. A firefighter, Muhammad Adib Mohd Kassim, was seriously injured when his team’s fire engine was attacked as it responded to a blaze near the temple, and he was placed in intensive care. Prime Minister Mahathir Mohamad urged Malaysians not to turn the dispute into a racial or religious conflict. The Federal Reserve Unit was deployed to stand guard around the temple on Tuesday.",
        "U",
        "riot",
    ),
]
