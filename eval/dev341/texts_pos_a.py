"""dev341 positives, part A: the Maoist belt (Chhattisgarh, Maharashtra, Jharkhand, Kerala),
Jammu and Kashmir and Punjab, as the Hindi, Marathi and Malayalam papers report them."""

POSITIVES = [
    (
        "Tekalguda ambush: 22 jawans martyred, bodies brought to Bijapur after day-long search",
        "Bijapur: The bodies of 22 security personnel who were killed in Saturday's encounter with Maoists near Tekalguda village on the Sukma-Bijapur border were brought to the Bijapur district headquarters on Sunday evening, officials said. About 2,000 jawans of the CoBRA, the District Reserve Guard and the Special Task Force had set out on Friday night for a search operation on information that a battalion of the People's Liberation Guerrilla Army was camped in the forest. Around noon the teams were surrounded on three sides by what a senior officer estimated at 250 to 300 armed cadres, who opened fire with light machine guns and rocket-propelled grenades from a hillock. The exchange of fire went on for nearly four hours, survivors told this newspaper at the Bijapur hospital. Thirty-one jawans were injured and one CoBRA constable is still missing, the Inspector General of Police (Bastar range) said. Police claimed that at least a dozen Maoists were also killed, their bodies carried away by the cadres on tractors. The Chief Minister cut short his campaign in Assam and is expected in Jagdalpur on Monday. Villagers of Tekalguda and Jonaguda said they had locked themselves inside their huts when the firing began. (Translated from Dainik Bhaskar, Raipur edition, April 2021.)",
        "B",
        "ambush",
    ),
    (
        "Maoists blow up DRG vehicle on Arnpur road in Dantewada; 10 jawans, driver killed",
        "Dantewada: Ten jawans of the District Reserve Guard and the civilian driver of their hired vehicle were killed on Wednesday afternoon when Maoists triggered a powerful improvised explosive device under the road between Arnpur and Sameli. The jawans were returning in a convoy from an anti-Naxal operation in the Aranpur area when the multi-utility vehicle was hit. The blast left a crater nearly ten feet deep and threw the vehicle's wreckage several metres, police said. Bastar IG P Sundarraj told reporters that an estimated 40 to 50 kilograms of explosive had been buried under the road, probably months earlier, and detonated with a command wire. Most of the dead were local youths, some of them former Maoists who had surrendered and joined the DRG. Additional forces were sent to the spot and the area was being searched, he said. The Chief Minister called the attack an act of desperation and said the campaign against Naxalism would not stop. (From Nai Dunia, April 27, 2023; translated from Hindi.)",
        "E",
        "ied_blast",
    ),
    (
        "Biggest encounter in Bastar: 29 Maoists killed in Kanker's Hapatola forest, three jawans hurt",
        "Kanker: Security forces killed 29 Maoists, among them the divisional committee member Shankar Rao, in a gun battle in the Hapatola forests of the Chhotebethiya police station area on Tuesday, police said. A joint team of the BSF and the District Reserve Guard had launched the operation on specific inputs about a meeting of senior cadres near the Maharashtra border. The firing began around 2 pm and continued for several hours, an officer who was part of the operation told this correspondent. Police recovered 29 bodies along with AK-47 and INSAS rifles, an LMG and a large cache of explosives from the spot. Three jawans were injured; one of them, a BSF inspector, was airlifted to Raipur and is said to be out of danger. The encounter came days before the first phase of Lok Sabha polling in Bastar, and officials said it was the largest single loss suffered by the Maoists in the state. The injured were being treated at the Ramkrishna Care hospital. (Translated from Dainik Bhaskar, April 2024.)",
        "M B",
        "encounter",
    ),
    (
        "Maoist general secretary Basavaraju among 27 killed in Abujhmarh operation; DRG jawan dies",
        "Narayanpur: The banned CPI (Maoist)'s general secretary Nambala Keshava Rao alias Basavaraju, who carried a bounty of Rs 1.5 crore across states, was among 27 Maoists killed in an encounter in the Abujhmarh forests on Wednesday, police said. The District Reserve Guard units of Narayanpur, Dantewada, Bijapur and Kondagaon had launched the operation two days earlier after intelligence that top leaders were moving through the area. Police said the cadres opened fire first when the teams closed in near the Bijapur-Narayanpur border, and the fighting continued intermittently for about 50 hours. One DRG jawan, Khotluram Korram, was killed and several others were wounded. Senior officers described the operation as a decisive blow to the Maoist leadership. The bodies were brought to Narayanpur on Thursday, where identification was still under way. (Nai Dunia, May 2025; translated from Hindi.)",
        "M B",
        "encounter",
    ),
    (
        "Maoists kill two villagers in Bijapur, leave pamphlets branding them police informers",
        "Bijapur: Armed Maoists dragged two men out of their homes in Pedakorma village late on Tuesday night and beat them to death in front of villagers, police said on Wednesday. The victims, identified as Jhitru Punem, 38, and his cousin Soma Modiyam, were taken to the edge of the village by a group of about 15 cadres, some of them in uniform. Pamphlets found near the bodies, issued in the name of the Gangaloor area committee, accused the two of passing information to the police and said anyone doing so would face the same 'punishment'. Relatives told this newspaper that the men had only gone to the police station to collect ration cards. It is the 11th such killing in the Bijapur district this year, according to police figures. Several families from the village have since moved to the Gangaloor camp area, fearing further attacks. Police said a search operation had been launched in the nearby forests. (Translated from Dainik Bhaskar, 2024.)",
        "V D",
        "killing",
    ),
    (
        "Gadchiroli: 15 C-60 commandos killed in IED blast at Jambhurkheda, hours after Maoists torch 36 vehicles",
        "Gadchiroli: Fifteen commandos of the Gadchiroli police's elite C-60 force and their private driver were killed on Wednesday when Maoists blew up their vehicle with a landmine near Jambhurkheda in Kurkheda tehsil. The commandos were travelling in a hired vehicle to Dadapur, where Maoists had set fire to 36 vehicles and machines of a road construction company in the early hours of the day. The explosion ripped through the road at about 12.30 pm, killing everyone on board, police said. The state's Director General of Police reached Gadchiroli by helicopter in the evening and said lapses in following standard procedure would be examined. The attack came on Maharashtra Day, and the state government cancelled its official events in the district. Residents of Kurkheda said the sound of the blast was heard several kilometres away. The bodies were taken to the police headquarters at Gadchiroli for a wreath-laying ceremony. (From Lokmat, Nagpur edition, May 2019. Translated from Marathi.)",
        "E",
        "ied_blast",
    ),
    (
        "Milind Teltumbde among 26 Maoists killed in Gyarapatti forest encounter, four commandos injured",
        "Gadchiroli: Twenty-six Maoists, including central committee member Milind Teltumbde, were killed in an encounter with the C-60 commandos in the Mardintola forest of the Gyarapatti range in Korchi tehsil on Saturday, the Gadchiroli police said on Sunday. About 300 commandos in 16 teams had been moving through the forest since Friday night on a tip-off about a camp of the MMC zone. Firing began at about 6 am and continued in waves for close to ten hours, a senior officer said. Four commandos were injured and were airlifted to Nagpur; all are stated to be stable. Teltumbde, who carried a combined reward of Rs 50 lakh, was identified on Sunday morning by a surrendered cadre, police said. Weapons recovered from the spot included AK-47 rifles, an SLR and several .303 rifles. The Deputy Chief Minister congratulated the force and announced cash rewards for the team. (Loksatta, November 2021; translated from Marathi.)",
        "M B",
        "encounter",
    ),
    (
        "CRPF jawan killed, two hurt in IED blast during search operation in West Singhbhum",
        "Chaibasa: A CRPF jawan was killed and two others were seriously injured on Thursday when an improvised explosive device planted by Maoists went off during a search operation in the Saranda forest area of West Singhbhum district. The jawans of the 60th battalion and the Jharkhand Jaguar were combing the hills between Tholkobad and Chhotanagra when the device exploded under the foot of one of them, police said. The injured were carried several kilometres to the road and then flown to Ranchi by helicopter. The Saranda and Kolhan forests have been the focus of an operation against the group led by the Maoist politburo member Misir Besra for more than two years. Police say hundreds of pressure IEDs have been buried along the forest paths, and at least eight villagers have been killed by them since 2023. Cattle grazers in Tumbahaka and Lowabera said they had stopped taking their animals into the forest. (Translated from Prabhat Khabar, Ranchi, 2025.)",
        "E",
        "ied_blast",
    ),
    (
        "Exchange of fire with Maoists at Peria in Wayanad; two arrested, two escape into forest",
        "Mananthavady: Two Maoist cadres were arrested and two others fled into the forest after an exchange of fire with the Thunderbolt commando team at Peria in Wayanad on Tuesday night, police said. The four cadres had reached the house of a plantation worker at Chappaaram colony to collect provisions and charge their phones when the Thunderbolt team, acting on a tip-off, surrounded the house. Police said the cadres fired first and the commandos returned fire; the exchange lasted for about 20 minutes. One of the arrested, a woman cadre from Karnataka, suffered bullet wounds and was admitted to the Mananthavady district hospital. An AK-47 rifle and three country-made guns were recovered. The owner of the house and his family were not harmed. The police have intensified searches in the Tirunelli and Peria forest belt and checks on the Karnataka border. (Translated from Mathrubhumi, November 2023.)",
        "B M",
        "armed_clash",
    ),
    (
        "Pahalgam attack: Kochi native Ramachandran shot in front of daughter; body to reach Nedumbassery tonight",
        "Kochi: N Ramachandran, 65, a resident of Edappally who was among the 26 people killed when terrorists opened fire on tourists at the Baisaran meadow near Pahalgam on Tuesday, was shot in front of his daughter and grandchildren, his family said. Ramachandran, a retired expatriate who had returned from the Gulf, had travelled to Kashmir with his wife, daughter Arathi and her two children. Arathi told reporters in Srinagar that the gunmen came out of the pine forest, asked the men their religion and fired at them from close range. She ran with the children into the woods and was later helped by local pony handlers and drivers. The attack, claimed by The Resistance Front, a proxy of the Lashkar-e-Taiba, is the deadliest on civilians in the valley in years. Ministers of the state government will receive the body at Nedumbassery airport on Wednesday night. Tourists from Kerala who were in Srinagar and Gulmarg said they were cutting short their trips. (Malayala Manorama, April 23, 2025; translated from Malayalam.)",
        "T V",
        "terror_attack",
    ),
    (
        "Reasi bus attack: nine pilgrims killed as terrorists fire on bus returning from Shiv Khori",
        "Jammu: Nine pilgrims, among them a two-year-old child, were killed and 33 injured when terrorists fired on a bus carrying devotees from the Shiv Khori shrine to Katra in Reasi district on Sunday evening, officials said. The driver was hit in the first burst of fire near Teryath village and the bus rolled into a deep gorge, police said. Most of the passengers were from Uttar Pradesh and Rajasthan, including several families from Balrampur and Gonda. Survivors said the gunmen kept firing at the bus even after it had fallen, and some passengers pretended to be dead. The injured were taken to hospitals in Reasi, Jammu and Katra. The Army, CRPF and police launched a search for the attackers in the forests of the area. The attack took place as the new Union cabinet was being sworn in in Delhi. (Translated from Amar Ujala, June 10, 2024.)",
        "T V",
        "terror_attack",
    ),
    (
        "Kathua ambush: five Garhwal Rifles soldiers killed; four of them from Uttarakhand",
        "Dehradun: Five soldiers of the 22 Garhwal Rifles, four of them from Uttarakhand, were killed and five injured on Monday when terrorists ambushed an Army vehicle on a patrol in the Machedi area of Kathua district, officials said. The terrorists, believed to be three to four in number and well armed, first threw grenades at the truck on the hill road and then opened fire from a higher point, according to an Army officer. The soldiers returned fire before the attackers escaped into the forest. A large search operation was launched in Machedi, Badnota and the adjoining Bani area. The dead include Naib Subedar Anand Singh of Rudraprayag and Rifleman Adarsh Negi of Tehri, their families told this newspaper. In the village of Thati Dagar the family of Adarsh Negi, 26, was preparing for his wedding in November. A Pakistan-based group claimed responsibility for the attack. (Amar Ujala, Dehradun edition, July 2024; translated from Hindi.)",
        "T B E",
        "ambush",
    ),
    (
        "Major Ashish Dhonchak of Panipat among three officers killed in Kokernag encounter",
        "Panipat: Major Ashish Dhonchak of Binjhol village was among three officers killed in an encounter with terrorists in the Gadole forest of Kokernag in Anantnag district on Wednesday. Colonel Manpreet Singh, commanding officer of the 19 Rashtriya Rifles, and Deputy Superintendent of Police Humayun Bhat were also killed. The joint team of the Army and the Jammu and Kashmir Police had launched an operation on input about the presence of two to three terrorists, believed to be of the Lashkar-e-Taiba, in the area. The terrorists fired from a height on the team as it moved up the hill, officers said, and the operation continued for several days with drones and mortar fire. Major Dhonchak's family had been preparing to move into their new house in Panipat next month, his uncle told this newspaper. His wife and two-year-old daughter live in Panipat. His body will arrive at his village on Friday for the last rites with military honours. (Dainik Bhaskar, Panipat, September 2023.)",
        "B M T",
        "encounter",
    ),
    (
        "Bihar labourer among seven killed in terror attack at Gagangir tunnel site",
        "Patna: A labourer from West Champaran was among seven people killed when terrorists opened fire on a construction workers' camp at Gagangir in Ganderbal district of Jammu and Kashmir on Sunday evening. The dead included a doctor from Budgam and six workers of the company building the Z-Morh tunnel, officials said. Two gunmen entered the camp as the workers were returning for dinner and fired indiscriminately, survivors told their families over the phone. Mohammad Hanif, 36, of Narkatiaganj had been working at the site for two years to support his five children, his brother said. Five people were injured and taken to Srinagar's SKIMS hospital. Police said the attack was carried out by a Pakistan-backed group and a search operation had been launched in the area. The state government announced an ex gratia of Rs 2 lakh for the family. Other workers from Bihar at the site have asked to be sent home, relatives said. (Hindustan, Patna edition, October 2024; translated from Hindi.)",
        "T V",
        "terror_attack",
    ),
    (
        "Shelling in Poonch: 12 killed, families flee to Jammu as shells fall on town after Operation Sindoor",
        "Poonch: At least 12 civilians, including two children, were killed and more than 50 injured in heavy Pakistani shelling on Poonch town and villages along the Line of Control on Wednesday, officials said. The shells fell on residential areas near the Gurdwara Singh Sabha, the main market and a madrassa, damaging homes and shops. The shelling began in the early hours, shortly after India struck terror camps in Pakistan and Pakistan-occupied Kashmir under Operation Sindoor. Hundreds of families from Poonch, Mendhar and Krishna Ghati left for Jammu and Rajouri in private cars and buses through the day, while others sheltered in community bunkers. Schools in the border districts were closed and the administration set up camps for those who had fled. The Army said it responded in a calibrated manner. In the evening the streets of Poonch were empty and the hospital had called all staff back to duty. (Translated from Dainik Jagran, Jammu edition, May 8, 2025.)",
        "E D",
        "shelling",
    ),
    (
        "Grenade hurled at police post in Gurdaspur; BKI-linked module claims responsibility",
        "Amritsar: An explosion damaged a police post at Bakshiwal in Gurdaspur district late on Monday night after unidentified men hurled a grenade at it, police said. No one was injured; the three policemen on duty were in a rear room when the grenade exploded near the gate. It is the eighth grenade attack on a police establishment in the Majha region since November, according to police. A post on social media in the name of a module linked to the Babbar Khalsa International claimed responsibility, and police said they were verifying it. The Director General of Police said such attacks were being directed by Pakistan's ISI through gangsters abroad and that the force treated them as terror acts. Earlier blasts had targeted police stations at Ajnala, Majitha and the Islamabad post in Amritsar. Forensic teams collected pieces of the grenade. (From Dainik Bhaskar, Amritsar; translated from Hindi, December 2024.)",
        "E T",
        "grenade_attack",
    ),
]
