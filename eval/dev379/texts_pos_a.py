"""dev379 positives, part A: Papua, Sulawesi, the bombings in Java and the riots of August 2025.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset.
"""

POSITIVES = [
    (
        "At least 19 road workers shot dead in Nduga, police say; TPNPB claims attack",
        "JAKARTA (The Jakarta Post): At least 19 people working on a bridge for the Trans-Papua highway in Nduga regency were shot dead over the weekend, police said on Tuesday, in what officials called one of the deadliest attacks on civilians in the province in years. The workers, employees of a state-owned contractor, were marched out of their camp near Yigi district on Sunday morning, according to a survivor who reached a military post after hiding in the bush for two nights. The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Organization (OPM), claimed responsibility, saying the men were soldiers in disguise, a claim the military flatly rejected. A joint team of soldiers and police flown to Wamena tried to reach the site on Monday but came under fire near the Mbua district office, where one soldier was killed and another wounded. Papua Police chief Martuani Sormin said the team had evacuated a dozen people who had sheltered at the office. President Joko “Jokowi” Widodo ordered the security forces to hunt down the perpetrators and said construction of the road would go on. A church leader in Wamena said residents of several villages around Yigi had fled into the forest for fear of reprisals.",
        "V B M D",
        "massacre",
    ),
    (
        "Rebels burn Susi Air plane in Paro, take New Zealand pilot hostage",
        "Fighters of the TPNPB set fire to a single-engine Susi Air plane minutes after it landed at the small airstrip in Paro district, Nduga, on Tuesday morning and took its pilot, New Zealander Philip Mehrtens, hostage, the group said in a statement sent to reporters. Five passengers, all of them Papuans, were allowed to leave, Papua Police spokesman Ignatius Benny Adi Prabowo said on Wednesday. The group’s commander in the area, Egianus Kogoya, said the pilot would not be freed until Jakarta recognised Papuan independence, according to a video circulated by the separatists. Fifteen construction workers who had been building a community health centre in Paro were evacuated by a joint team of soldiers and police after they were threatened, the police said. Cenderawasih Military Command spokesman Herman Taryaman said troops had been deployed to surround the area but would give priority to the pilot’s safety. Wellington said it was aware of the case and was working with the Indonesian authorities. Residents of Paro have fled to neighbouring districts, a local official told Kompas, leaving the village largely empty.",
        "V D M",
        "abduction",
    ),
    (
        "Soldiers killed in ambush as troops search for pilot in Nduga",
        "Indonesian soldiers searching for the kidnapped Susi Air pilot in Nduga came under attack from TPNPB fighters on Saturday, leaving at least six soldiers dead, the Indonesian Military (TNI) said, in one of the heaviest single losses for the army in Papua in years. The troops, from a special unit assigned to the rescue operation, were moving through steep terrain in Mugi district when they were fired on from higher ground, military commander Adm. Yudo Margono told reporters in Timika on Tuesday. Several soldiers were still unaccounted for after they fell into a ravine during the firefight, he said, and the search for them was hampered by rain and fog. The TPNPB said it had killed more soldiers than the military acknowledged and released photographs it said showed seized rifles, which could not be independently verified. The military said it had raised the status of its forces in the area and would continue the operation. Human rights groups in Jayapura urged both sides to protect villagers, many of whom had already left Mugi since the fighting began in February.",
        "B M D",
        "ambush",
    ),
    (
        "Hundreds shelter in Sugapa church as fighting flares in Intan Jaya",
        "More than 600 residents of villages around Sugapa, the capital of Intan Jaya regency, have taken refuge in a church compound and at the local military post after a week of gunfights between security forces and the TPNPB, the regional administration said on Thursday. Two soldiers and one member of the armed group were killed in the latest exchange of fire near Hitadipa district on Monday, the TNI said, while the separatists claimed to have shot down a surveillance drone. Church officials said at least three civilians, among them a teenage boy, had been wounded in crossfire and were being treated at the Sugapa health centre, which is running short of medicine. “People left their gardens and pigs behind. They came with nothing,” Pastor Yance Wandagau told Tempo by telephone. Food prices in Sugapa have doubled because flights into the regency, the only way to bring supplies in, were suspended after a plane was shot at. The regent has asked the provincial government for rice and tarpaulins, and the Indonesian Red Cross said it was trying to send a team. The military said reinforcements had arrived to secure the town.",
        "B D H M",
        "clash",
    ),
    (
        "Bodies of gold miners recovered in Yahukimo after separatists claim killings",
        "Police in Papua Highlands province recovered the bodies of 11 gold miners on Friday, days after the TPNPB said it had killed a group of workers it accused of spying for the Indonesian military, officials said. The miners, most of them migrants from Sulawesi and Java, had been panning for gold along a river in Seradala district of Yahukimo regency when they were attacked earlier this week, a police statement said. Yahukimo Police chief Heru Hidayanto said some of the victims had been hacked and shot, and that several other miners were still missing in the forest. Survivors were flown to Dekai, the regency seat, where relatives gathered outside the hospital. The separatists’ spokesman, Sebby Sambom, said the miners were legitimate targets, a statement condemned by the National Commission on Human Rights (Komnas HAM), which said killing unarmed workers could never be justified. The military said it had deployed additional troops to the area to search for the missing and to pursue the attackers.",
        "V M",
        "massacre",
    ),
    (
        "Nurse killed, health centre burned as armed group attacks Kiwirok",
        "A nurse was killed and several other health workers were injured when members of the TPNPB attacked the Kiwirok community health centre in Pegunungan Bintang regency on Monday, setting the building and several houses on fire, the police said. The body of Gabriella Meilani, 22, was found in a ravine near the clinic on Tuesday, Papua Police said, while four of her colleagues were evacuated by helicopter to Jayapura with stab wounds and broken bones. Witnesses told Kompas that the attackers first shot at a military post before moving to the health centre and the school, where they threw petrol on the walls. The Health Ministry condemned the attack on medical workers and said the clinic, which served about 2,000 people, could not reopen. “There is now no doctor, no nurse and no medicine in Kiwirok,” a district official said. Soldiers were sent to the area to secure the remaining staff and teachers, who were flown out on Wednesday. The Indonesian Doctors Association said it would not send new staff until the government could guarantee their safety.",
        "V H D M",
        "attack on health workers",
    ),
    (
        "Wamena riot leaves dozens dead, thousands sheltering at military base",
        "At least 32 people were killed and thousands of residents fled their homes after a riot tore through Wamena, the largest town in Papua’s central highlands, on Monday, officials said. Crowds, many of them high school students angered by rumours that a teacher had used a racist slur, set fire to the regent’s office, shops, houses and a power company office, the police said. Most of the dead were migrants from other parts of Indonesia who were trapped in burning buildings or attacked with machetes, the Papua Police said. Security forces fired warning shots and tear gas to disperse the crowds, and several rioters were shot dead, according to local church groups. More than 5,000 people have taken refuge at the Jayawijaya military district command and at police stations, and air force Hercules planes began flying families out to Jayapura on Wednesday. Chief Security Minister Wiranto said the situation was under control and blamed the riot on provocation by armed groups, an assertion disputed by Papuan activists. Shops across the town remained closed and fuel was being rationed.",
        "U V D",
        "riot",
    ),
    (
        "Suicide bombers attack three Surabaya churches during Sunday services",
        "SURABAYA, East Java: Suicide bombers struck three churches in Surabaya during Sunday morning services, killing at least 13 people and wounding more than 40, police said, in the deadliest terror attack in Indonesia in more than a decade. The attacks, minutes apart, hit the Santa Maria Tak Bercela Catholic church, the Indonesian Christian Church (GKI) on Jl. Diponegoro and the Pentecostal Central Church (GPPS), National Police chief Tito Karnavian told reporters. He said all the bombers belonged to one family: a father who drove a car packed with explosives, a mother who walked into a church with her two daughters, and two sons who rode a motorcycle into another. The family were members of Jamaah Ansharut Daulah (JAD), a network that has pledged allegiance to the Islamic State group, which later claimed the attacks. A security guard who blocked the motorcycle at the gate of the Catholic church was among those killed, witnesses said. President Joko Widodo visited the sites and called the attacks barbaric. Police defused two more bombs at one of the churches and raised security at places of worship across the country.",
        "T E V",
        "suicide bombing",
    ),
    (
        "Makassar cathedral bombed on Palm Sunday, 20 hurt",
        "Two suicide bombers on a motorcycle blew themselves up at the gate of the Sacred Heart of Jesus Cathedral in Makassar, South Sulawesi, on Sunday morning as worshippers were leaving Palm Sunday Mass, wounding at least 20 people, police said. The attackers, a young married couple, were killed in the blast, and body parts were scattered across the road outside the church, National Police chief Listyo Sigit Prabowo said. A church security guard who stopped the pair from entering the compound was credited with preventing a far higher toll. Police said the couple were members of a Jamaah Ansharut Daulah (JAD) cell linked to the Islamic State group, and that the husband had left a letter of farewell to his mother. President Joko Widodo condemned the attack as an act of terrorism and urged Indonesians to stay calm. The counter-terrorism squad Densus 88 arrested several suspects in Makassar and Bima in the following days, the police said. Churches across the country said they would tighten security for Holy Week.",
        "T E V",
        "suicide bombing",
    ),
    (
        "Explosions, gunfire rock central Jakarta near Sarinah",
        "Militants set off bombs and traded gunfire with police in the heart of Jakarta on Thursday, killing at least two civilians and sparking hours of panic in the capital’s business district, police said. The attack began when a man blew himself up at a Starbucks café on Jl. MH Thamrin, near the Sarinah department store, while two gunmen opened fire on a police post at the intersection outside, Jakarta Police chief Tito Karnavian said. At least five attackers were killed, some by their own explosives, and more than 20 people were wounded, including police officers and a Dutch national working for the UN. Television footage showed officers crouching behind cars as shots rang out. The Islamic State group said it was behind the attack, and police named Bahrun Naim, an Indonesian fighting in Syria, as the planner. Office towers along the avenue locked their doors, and shops in nearby malls closed early. President Joko Widodo, who cut short a visit to West Java, said the nation would not be cowed by terror.",
        "T E B",
        "terrorist attack",
    ),
    (
        "Five police killed as terror convicts seize Mako Brimob detention centre",
        "DEPOK, West Java: Five police officers and one inmate were killed after terror convicts held at a detention centre inside the Mobile Brigade (Brimob) headquarters in Depok seized weapons and took officers hostage on Tuesday night, the National Police said. The standoff lasted around 36 hours and ended on Thursday morning when 155 inmates surrendered after police special forces surrounded the block and issued an ultimatum, Police spokesman Setyo Wasisto said. Several of the slain officers had their throats slit, and one officer was held captive for more than a day before being released. The Islamic State group said through its Amaq news agency that its fighters were responsible. Officials said the trouble began over a dispute about food brought for an inmate but quickly escalated as detainees broke into an evidence room where seized firearms were kept. The inmates were transferred to the high-security prison on Nusakambangan island. Security was tightened around the compound, and roads nearby stayed closed for two days.",
        "T B",
        "prison siege",
    ),
    (
        "Suicide bomber attacks Bandung police station during morning roll call",
        "BANDUNG, West Java: A man wielding a knife and carrying explosives blew himself up at the Astanaanyar police station in Bandung on Wednesday morning during a roll call, killing one officer and wounding at least 10 other people, including a civilian passer-by, police said. The attacker, identified as a former terror convict released in 2021, rushed into the yard on a motorbike while officers were lining up, according to West Java Police. A second device he was carrying failed to explode and was defused by the bomb squad. Investigators found papers attached to his motorcycle criticising the newly passed Criminal Code, National Police chief Listyo Sigit Prabowo said, and linked the man to the Jamaah Ansharut Daulah (JAD) network. Residents living near the station said the blast shattered windows several doors away. The Densus 88 counter-terrorism squad was searching the suspect’s rented house in Bandung on Wednesday afternoon. The government’s National Counterterrorism Agency (BNPT) said the attack showed the need to monitor former convicts more closely.",
        "T E",
        "suicide bombing",
    ),
    (
        "Four villagers killed by MIT militants in Sigi, houses torched",
        "Militants from the East Indonesia Mujahidin (MIT) killed four members of a Christian farming family in a hamlet in Sigi regency, Central Sulawesi, and burned six houses, one of them used as a place of worship, police said on Saturday. The victims, including a man who was beheaded, were attacked at their homes in Lemban Tongoa village on Friday morning, Central Sulawesi Police chief Abdul Rakhman Baso said. Police said the attackers were members of the group led by Ali Kalora, which has pledged loyalty to the Islamic State and which the government has long designated as a terrorist organisation. More than 100 residents of the hamlet fled to the village centre after the attack and were sheltering in a school, local officials said. Soldiers and police from the Madago Raya task force were sent into the hills around the village to pursue the group, which is thought to number about a dozen. Religious leaders in Palu called on people not to let the killings stir communal tension.",
        "V T D M",
        "massacre",
    ),
    (
        "Santoso killed in Poso gunfight, police say",
        "Indonesia’s most wanted militant, Santoso, the leader of the East Indonesia Mujahidin (MIT), was killed in a gunfight with security forces in the jungle of Poso regency, Central Sulawesi, on Monday, police said, bringing an end to a years-long manhunt. Soldiers from a Raider unit taking part in Operation Tinombala spotted a group of five people near a river in Tambarana and exchanged fire with them for about 30 minutes, National Police chief Tito Karnavian told reporters in Jakarta on Tuesday. Two men were killed, one of them identified by fingerprints and facial features as Santoso, while three others, including two women, escaped into the forest. The joint operation, involving around 3,000 police and soldiers, has been combing the mountains around Poso since January. Santoso’s group had pledged allegiance to the Islamic State and was blamed for the killings of police officers and villagers. Officials said the operation would continue until the remaining members, believed to number around 20, were caught.",
        "B M",
        "counter-insurgency operation",
    ),
    (
        "Ride-hailing driver dies after Brimob vehicle runs him over as protests spread",
        "A motorcycle taxi driver died after being run over by an armoured vehicle of the police Mobile Brigade (Brimob) during protests outside the House of Representatives in Jakarta on Thursday night, triggering fresh anger as demonstrations against lawmakers’ allowances spread across the capital. Video footage widely shared on social media showed the vehicle driving into a crowd in Pejompongan, Central Jakarta, and rolling over Affan Kurniawan, 21, a driver for an app-based delivery service. Police chief Listyo Sigit Prabowo apologised to the family and said seven officers in the vehicle had been detained for questioning. Hundreds of drivers gathered outside the Brimob headquarters in Kwitang overnight, throwing stones and setting fire to tyres, while police fired tear gas and water cannon. Protesters torched several police posts and a bus shelter along the main avenues, and the Jakarta Police said more than 600 people had been arrested since Monday. President Prabowo Subianto said he was shocked and ordered an investigation. Several schools in Central Jakarta moved classes online on Friday.",
        "U",
        "riot",
    ),
    (
        "Three killed as rioters set Makassar council building ablaze",
        "MAKASSAR, South Sulawesi: Three people were killed and several others injured when rioters set fire to the Makassar City Council (DPRD) building on Friday night, trapping staff inside, officials said, as violent protests over lawmakers’ perks spread beyond Jakarta. The victims, two council employees and a staff member of a lawmaker, died after they were unable to escape the flames, which engulfed the main hall within minutes, according to South Sulawesi Police. Crowds also burned dozens of cars and motorcycles parked in the compound and looted office equipment, witnesses said. Hours later, protesters set fire to the South Sulawesi provincial council building across town. Firefighters said they could not reach the scene for more than an hour because the roads were blocked by burning barricades. Police said they had arrested scores of people and were hunting those who had started the fire. Makassar Mayor Munafri Arifuddin called the deaths a tragedy and urged residents to stay home.",
        "U",
        "riot",
    ),
]
