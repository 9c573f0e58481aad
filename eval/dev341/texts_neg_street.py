"""dev341 negatives, part A: crime, accidents and stampedes, floods and landslides, disease,
trade and other local news of the Indian regional press in translation."""

NEGATIVES = [
    # crime
    (
        "Meerut encounter: wanted criminal with Rs 1 lakh bounty shot dead, constable injured",
        "Meerut: A criminal wanted in more than 20 cases of robbery and murder, who carried a reward of Rs 1 lakh, was shot dead in an encounter with the Special Task Force near the Partapur bypass early on Tuesday, police said. According to police, the STF team had set up a check post on a tip-off and signalled a motorcycle to stop, when the two men on it opened fire. In the exchange of fire Ashu Jaat was hit and died at the district hospital, while his associate escaped into the sugarcane fields. A constable was hit in the arm and is out of danger. Police recovered a pistol, a country-made revolver and cartridges from the spot. His family alleged that he had been picked up from a relative's house the previous evening and that the encounter was staged. The Senior Superintendent of Police said a magisterial inquiry would be held as per rules. (Translated from Amar Ujala, Meerut edition.)",
        "crime",
    ),
    (
        "Massajog sarpanch murder: SIT files chargesheet, names extortion gang as accused",
        "Beed: The special investigation team probing the murder of Massajog sarpanch Santosh Deshmukh has filed a chargesheet of more than 1,200 pages in the Kaij court, naming seven accused and describing the killing as the result of an attempt to extort Rs 2 crore from a windmill company. Deshmukh was abducted from the Dongaon toll plaza on December 9 and beaten to death, his body found on the Daithana road the same evening. The chargesheet says he had stopped the gang from threatening the company's security staff two days earlier. Videos of the assault recovered from the accused's phones have caused outrage across the state. The case led to the resignation of a cabinet minister whose close aide has been named as the main conspirator. Deshmukh's brother told Loksatta that the family wanted the trial held in a fast-track court. The opposition has demanded a judicial inquiry into the police's role. (Loksatta, March 2025; translated from Marathi.)",
        "crime",
    ),
    (
        "House surgeon stabbed to death by patient at Kottarakkara taluk hospital; doctors strike",
        "Kollam: A 23-year-old house surgeon died after being stabbed repeatedly by a man who had been brought to the Kottarakkara taluk hospital for treatment by the police early on Wednesday. Dr Vandana Das, a native of Kaduthuruthy in Kottayam, was attacked with a pair of surgical scissors while she was dressing a wound on the man's leg, colleagues said. The accused, a school teacher who had been under the influence of alcohol, also injured a policeman and three others before he was overpowered. Vandana was taken to a private hospital in Thiruvananthapuram but could not be saved. Doctors across Kerala stopped work except for emergency services on Wednesday and Thursday, demanding an ordinance to protect health workers. The High Court, in a special sitting, asked the police to explain how the accused had been allowed near the doctor without restraint. (From Mathrubhumi, May 2023. Translated from Malayalam.)",
        "crime",
    ),
    (
        "RG Kar verdict: Sanjay Roy gets life imprisonment, court says case is not 'rarest of rare'",
        "Kolkata: The Sealdah court on Monday sentenced Sanjay Roy, a civic volunteer, to imprisonment for the rest of his life for the rape and murder of a postgraduate trainee doctor at the RG Kar Medical College and Hospital in August last year. Additional Sessions Judge Anirban Das said the crime did not fall in the 'rarest of rare' category that would call for the death penalty, which the CBI had sought. The court also ordered the state government to pay Rs 17 lakh to the victim's family, which the parents refused. Outside the court, groups of junior doctors shouted slogans and said they would continue to seek justice for everyone involved. The victim's father told Anandabazar that the family would move the High Court. The state government said it would also appeal against the sentence. (Translated from Anandabazar Patrika, January 2025.)",
        "crime",
    ),
    (
        "BSP state president hacked to death near his Perambur home; eight surrender, police cite gang revenge",
        "Chennai: K Armstrong, state president of the Bahujan Samaj Party, was hacked to death by a gang of six men outside his house under construction in Perambur on Friday evening. The men came on motorcycles posing as food delivery workers and attacked him with sickles while he was talking to friends, police said. Eight men surrendered at the Anna Nagar police station hours later. The police commissioner said the initial investigation pointed to revenge for the murder of a history-sheeter last year, in which the gang believed Armstrong had played a role. Party workers blocked roads in Perambur and demanded a CBI inquiry. Political leaders, including the Chief Minister, condemned the killing. The funeral was held on Sunday after the High Court allowed burial at a private site outside the city. (Dinathanthi, July 2024; translated from Tamil.)",
        "crime",
    ),
    (
        "Sand mafia rivalry: two shot dead at Koilwar ghat, five arrested",
        "Ara: Two men were shot dead and one injured when rival groups fighting over control of sand mining on the Sone river exchanged fire at a ghat near Koilwar in Bhojpur district on Saturday afternoon, police said. The dead were identified as Lalbabu Yadav, 42, and Santosh Singh, 35, who worked for a contractor holding a mining lease. Witnesses said about a dozen armed men arrived in boats and started firing at the workers loading trucks. Police arrested five men overnight and recovered two rifles and a pistol. The Superintendent of Police said the attack was the result of a dispute over a share of the illegal sand trade. Three people have been killed in similar clashes in Bhojpur and Patna districts this year, according to police records. (From Hindustan, Patna edition; translated from Hindi.)",
        "crime",
    ),
    (
        "Koyta gang terror in Pune suburbs: youths brandish sickles, smash 18 vehicles in Bibwewadi",
        "Pune: A group of six youths armed with sickles smashed the windows of 18 vehicles and threatened residents in the Bibwewadi and Upper Indiranagar areas late on Sunday night, police said. CCTV footage shows the youths walking through the lanes at about 1 am swinging the blades and shouting at people who came to their windows. Police said the group was trying to create terror in the area after a quarrel with another group of youths. Four of them, including two minors, were detained on Monday. Residents said such 'koyta gang' incidents had become common in the city's outer areas. The city police commissioner said the gangs would be booked under the Maharashtra Control of Organised Crime Act. (Translated from Maharashtra Times, Pune edition.)",
        "crime",
    ),
    (
        "'Digital arrest' scam: retired professor in Kochi loses Rs 4 crore to fake CBI officers",
        "Kochi: A 72-year-old retired professor in Kakkanad lost more than Rs 4 crore after fraudsters posing as CBI and Mumbai police officers kept him under 'digital arrest' on a video call for 11 days, the cyber police said. The callers told him that a parcel containing drugs had been sent in his name and that his bank accounts were linked to a money laundering case. They showed him forged arrest warrants and made him transfer his savings to accounts they said belonged to the Reserve Bank for verification. The professor realised he had been cheated only when his daughter, who lives abroad, called him. The money was moved through more than 30 accounts in several states, police said. Two men from Rajasthan have been arrested. The Kerala Police has asked people to report such calls on 1930. (From Mathrubhumi; translated from Malayalam, 2024.)",
        "crime",
    ),
    # accidents, stampedes
    (
        "Coromandel crash: coffins return to Sundarbans villages; 31 from South 24 Parganas among dead",
        "Basanti: Coffins carrying the bodies of migrant workers killed in the Coromandel Express crash near Balasore reached villages in the Sundarbans on Sunday, and entire hamlets gathered to receive them. At least 31 of the dead were from South 24 Parganas, most of them young men travelling to Tamil Nadu and Kerala for construction and farm work, according to the district administration. The train had derailed after entering a loop line at Bahanaga Bazar station and hit a stationary goods train, and coaches of the Yesvantpur-Howrah Express were hit too. The overall death toll stood at 288 on Sunday, the Railways said. In Charaghata village the family of 19-year-old Hasan Molla said he had left home for the first time. The state government announced Rs 2 lakh for each of the families of the dead and a job for one member. (Anandabazar Patrika, June 2023; translated from Bengali.)",
        "accident",
    ),
    (
        "Kanchanjunga Express hit by goods train near Rangapani; loco pilot among nine dead",
        "Siliguri: Nine people, including the loco pilot of the goods train, were killed when a freight train rammed the rear of the Sealdah-bound Kanchanjunga Express near Rangapani station in Darjeeling district on Monday morning. The impact lifted the guard's van and two parcel coaches into the air, and one of them landed on top of the locomotive. More than 40 passengers were injured and taken to the North Bengal Medical College and Hospital. Railway officials said the automatic signalling system in the section had been faulty since the early morning and trains were running on paper authority. Villagers of Nirmal Jote were the first to reach the spot and pulled passengers out of the mangled coaches. The Railway Minister visited the site in the afternoon, and the Commissioner of Railway Safety has begun an inquiry. (Bartaman, June 18, 2024; translated from Bengali.)",
        "accident",
    ),
    (
        "Tanur boat tragedy: 22 dead as overcrowded tourist boat capsizes at Thooval Theeram",
        "Malappuram: Twenty-two people, 15 of them children, drowned when a double-decker tourist boat capsized in the Poorappuzha estuary at Thooval Theeram near Tanur on Sunday evening. The boat, a converted fishing vessel, was carrying nearly 40 people, well over its capacity, and did not have the required licence, officials said. Eleven members of one family from Parappanangadi were among the dead. Local fishermen and residents pulled people from the water in the dark before fire force and police teams arrived. The owner of the boat was arrested on Monday from Kozhikode. The Chief Minister, who visited the Tirurangadi taluk hospital, announced a judicial inquiry. Boat services in the area have been suspended. (Translated from Mathrubhumi, May 2023.)",
        "accident",
    ),
    (
        "Explosion at firecracker unit near Sattur kills 10 workers; owner absconding",
        "Virudhunagar: Ten workers, including six women, were killed in an explosion at a firecracker manufacturing unit at Achankulam near Sattur on Friday, police said. The blast occurred around noon while chemicals were being mixed in one of the sheds, and fire spread to four other rooms, reducing them to rubble. Fire tenders from Sattur, Sivakasi and Virudhunagar took several hours to put out the flames. Six injured workers were taken to the Sivakasi government hospital with severe burns. Officials of the Petroleum and Explosives Safety Organisation said the unit had been employing more workers than permitted and storing chemicals in the open. The owner has been booked and a search is on. It is the fourth fatal accident in the district's cracker units since January. (From Dinamalar, 2024; translated from Tamil.)",
        "accident",
    ),
    (
        "Samruddhi expressway: 25 passengers charred to death as bus hits pole and catches fire",
        "Buldhana: Twenty-five passengers were burned to death when a private bus travelling from Nagpur to Pune hit an electric pole and a divider on the Samruddhi Mahamarg near Sindkhed Raja at about 1.30 am on Saturday and caught fire. The diesel tank burst on impact and the flames spread through the bus within minutes, trapping sleeping passengers, police said. Eight people, including the driver and cleaner, escaped by breaking the rear window. Many of the bodies were burned beyond recognition and DNA samples were taken for identification. The driver told police that a tyre had burst, but the Regional Transport Office said the initial finding pointed to the driver dozing off. The Chief Minister announced Rs 5 lakh for each victim's family. (Lokmat, July 2023; translated from Marathi.)",
        "accident",
    ),
    (
        "Hathras satsang stampede: 121 dead, most of them women; organisers had permission for 80,000",
        "Hathras: At least 121 people, most of them women and children, died in a stampede at a religious congregation of the preacher Bhole Baba at Phulrai village in Hathras district on Tuesday afternoon. The crush began as devotees rushed towards the preacher's car to touch the dust from his feet as he was leaving, and many fell into a muddy field along the highway. The district administration said permission had been given for 80,000 people, while more than 2.5 lakh had gathered. Bodies were taken to hospitals in Hathras, Etah and Aligarh, where relatives searched through rows of bodies late into the night. The preacher's volunteers had been in charge of crowd management, police said. The Chief Minister formed a judicial commission and visited the injured on Wednesday. (Translated from Amar Ujala, Aligarh edition, July 2024.)",
        "accident",
    ),
    (
        "Mauni Amavasya crush at Sangam: 30 devotees killed as crowd breaks barricades before dawn",
        "Prayagraj: Thirty devotees were killed and 60 injured in a stampede near the Sangam in the early hours of Wednesday as crowds gathered for the holy dip on Mauni Amavasya, the most important bathing day of the Maha Kumbh, police said. The crowd broke through barricades on the Akhara Marg at about 1.30 am, and people lying on the ground waiting for the auspicious hour were trampled. The Deputy Inspector General (Kumbh) said 25 of the dead had been identified. The akharas postponed their Amrit Snan by several hours, and the administration diverted crowds to other ghats. Pilgrims from Bihar and Karnataka were among the dead. The state government announced Rs 25 lakh for each victim's family and set up a judicial commission. (From Dainik Jagran, January 30, 2025; translated from Hindi.)",
        "accident",
    ),
    (
        "Karur stampede at Vijay's rally: 41 dead, TVK leaders booked",
        "Karur: Forty-one people, among them ten children, died in a stampede at a campaign rally of actor Vijay's party, the Tamilaga Vettri Kazhagam, in Velusamypuram in Karur on Saturday evening. The actor arrived about seven hours late, and the crowd, estimated by police at 27,000 against the 10,000 for which permission had been sought, surged towards his campaign vehicle as he began speaking. Many people had been standing for hours in the heat without water, witnesses said. The Karur government hospital received bodies through the night, and the Chief Minister flew in from Chennai. Police registered a case against the party's district secretary and two others. Vijay announced Rs 20 lakh for each family and suspended his tour. (Dinamani, September 2025; translated from Tamil.)",
        "accident",
    ),
    # floods and landslides
    (
        "Mundakkai landslide: Army completes Bailey bridge, search for the missing enters fifth day",
        "Meppadi: The Army's Madras Engineer Group completed a 190-foot Bailey bridge across the swollen Iruvazhinji river to Mundakkai on Thursday evening, allowing heavy machinery to reach the worst-hit areas of the Wayanad landslide. At least 210 people have been confirmed dead and more than 130 are still missing after the landslides swept away large parts of Mundakkai, Chooralmala and Punchirimattom early on Tuesday, officials said. Rescuers from the Army, NDRF, the fire force and volunteers worked on what officials called a war footing, using sniffer dogs and drones. About 9,000 people are staying in 91 relief camps in the district. Bodies and body parts have been found in the Chaliyar river as far as Nilambur. The Chief Minister said the rehabilitation of the survivors would be handled as a special project. (Malayala Manorama, August 2024; translated from Malayalam.)",
        "disaster",
    ),
    (
        "Fishermen become Kerala's army: boats rescue thousands in flooded Chengannur",
        "Chengannur: Hundreds of fishermen from Kollam, Thiruvananthapuram and Alappuzha brought their boats on trucks to flooded Chengannur and Pandanad on Friday and rescued thousands of people trapped on rooftops and upper floors, officials said. The Pamba river had flooded the area after the dams upstream were opened, and water rose to the first floor of houses within hours. The Navy, Army and Air Force helicopters lifted the old and sick, while the fishermen went into the narrow lanes where larger boats could not reach. The Chief Minister called the fishermen Kerala's own army and announced that each boat would be paid for its work. More than 3 lakh people are in relief camps across the state, according to the government. Rescuers said some families refused to leave their homes. (Translated from Mathrubhumi, August 2018.)",
        "disaster",
    ),
    (
        "Michaung floods: Velachery, Pallikaranai under water for third day, milk and power in short supply",
        "Chennai: Large parts of Velachery, Pallikaranai and Madipakkam remained under waist-deep water for a third day on Wednesday after Cyclone Michaung brought more than 40 cm of rain to the city in 36 hours. Residents of apartment blocks said they had been without electricity or drinking water since Monday, and milk packets were selling at three times the price. The Greater Chennai Corporation said 17 people had died in rain-related incidents, most of them from electrocution and wall collapses. Boats of the fire service and the NDRF were deployed to evacuate people from flooded streets, and more than 40,000 were in relief centres. At one building site in Velachery, a pit caved in and trapped two workers. The Chief Minister asked the Centre for Rs 5,060 crore in interim relief. (Dinathanthi, December 2023; translated from Tamil.)",
        "disaster",
    ),
    (
        "Summer Hill landslide: temple crushed during Shravan prayers, 20 bodies recovered",
        "Shimla: Twenty bodies have been recovered from the debris of the Shiv Bawdi temple at Summer Hill, which was buried by a landslide on Monday morning while devotees had gathered for Shravan prayers, officials said. Rescue teams of the NDRF, SDRF, Army and police were searching for at least six more people on Wednesday. Those killed included a professor of Himachal Pradesh University, his wife and son and several families from the area. Incessant rain has triggered more than 100 landslides across Himachal Pradesh since Sunday, and 74 people have died in the state in three days. In Shimla's Krishna Nagar several houses collapsed and residents were moved to safer places. The state government has declared the damage a state calamity. (From Dainik Jagran, August 2023; translated from Hindi.)",
        "disaster",
    ),
    (
        "Teesta flood leaves unexploded shells on river bank; two killed in Jalpaiguri after picking one up",
        "Jalpaiguri: Two people were killed and four injured in Kranti block on Thursday when a mortar shell they had picked up from the bank of the Teesta exploded, police said. Army ammunition, weapons and vehicles were washed away from a military camp at Bardang in Sikkim when a glacial lake burst and sent a flash flood down the river early on Wednesday. Several soldiers were among those swept away in Sikkim, where more than 20 people have died and dozens are missing. Bodies and debris were found in the Teesta at Mekhliganj and Jalpaiguri. The district administration issued warnings on loudspeakers asking people not to touch any metal objects found in the river, and the Army's bomb disposal teams began searching the banks. (Bartaman, October 2023; translated from Bengali.)",
        "disaster",
    ),
    (
        "Irshalwadi landslide: search called off with 27 dead and 57 missing",
        "Raigad: The National Disaster Response Force on Sunday called off its search operation at Irshalwadi, a tribal hamlet on the slopes of the Irshalgad fort near Khalapur, three days after a landslide buried most of its houses. Twenty-seven bodies were recovered and 57 people are still missing, officials said. The hamlet had no road and heavy machinery could not be taken up, so rescuers dug through mud and rocks by hand in heavy rain. Survivors, most of them from families who had been at other villages or in the fields, were moved to temporary containers in Chowk. The Chief Minister announced that the government would rebuild the settlement at a safer spot with CIDCO's help. Officials said the area had not been on the list of landslide-prone villages. (Lokmat, July 2023; translated from Marathi.)",
        "disaster",
    ),
    # health
    (
        "Nipah in Kozhikode: containment zones in nine panchayats, 700 on contact list",
        "Kozhikode: Nine panchayats in Kozhikode district were declared containment zones on Wednesday after two deaths from Nipah virus were confirmed, and schools and offices in the area were closed, officials said. The Health Minister said the contact list had grown to 706 people, including health workers at two private hospitals. A nine-year-old boy, son of one of the dead, is in critical condition in a private hospital. Samples from several people with symptoms were sent to the National Institute of Virology in Pune and to a mobile lab set up in Kozhikode. The district administration told people to wear masks and avoid gatherings. Health workers, the minister said, were fighting the outbreak with the lessons of 2018 and 2021. A team of central experts will study bats in the area. (Mathrubhumi, September 2023; translated from Malayalam.)",
        "health",
    ),
    (
        "Chamki fever toll in Muzaffarpur crosses 100; SKMCH wards overflowing",
        "Muzaffarpur: The number of children who have died of acute encephalitis syndrome, known locally as chamki bukhar, at the Sri Krishna Medical College and Hospital rose to 108 on Tuesday, hospital officials said. Parents from Muzaffarpur, Vaishali and Sitamarhi districts were queueing with children who had high fever and seizures, and some beds were being shared by two patients. Doctors said most of the children were from poor families and had gone to sleep without a meal, which led to low blood sugar. The Union Health Minister visited the hospital on Sunday and promised a new 100-bed paediatric unit. Health workers have started a door-to-door campaign in affected villages to advise parents. The High Court has sought a report from the state government. (Hindustan, June 2019; translated from Hindi.)",
        "health",
    ),
    # economy
    (
        "Tariff war: Tiruppur knitwear units cut shifts as US orders dry up",
        "Tiruppur: Knitwear exporters in Tiruppur have cut working shifts and put expansion plans on hold after the United States imposed a 50 percent tariff on Indian textiles, industry leaders said. Buyers from the US, which takes nearly a third of Tiruppur's exports, have asked for discounts or put orders on hold, according to the Tiruppur Exporters' Association. The association estimated that exports worth Rs 3,000 crore could be hit in the coming months. Several thousand workers from Bihar and Odisha have gone home as work has reduced, labour contractors said. Exporters said they were fighting a trade war they had not started, and called for an interest subsidy and faster tax refunds. The state government said it would take the matter up with the Union Commerce Ministry. (From Dinamalar, September 2025; translated from Tamil.)",
        "economy",
    ),
    # other
    (
        "Man-animal conflict: wild elephant kills tribal youth in Wayanad; hartal, road blockade",
        "Mananthavady: A 42-year-old tribal youth was trampled to death by a wild elephant near Kurukkanmoola on Saturday morning, the third death in human-wildlife conflict in Wayanad this month. The elephant, which had been fitted with a radio collar in Karnataka, entered the village and chased Ajeesh into the compound of a house, where it attacked him, residents said. Hundreds of people blocked the road at Mananthavady and refused to allow the body to be moved until the district collector arrived. A hartal called by the opposition parties was observed in the district on Monday. The Forest Minister announced Rs 10 lakh for the family and said the elephant would be captured and moved. Residents said fencing along the forest edge had been damaged for months. (Translated from Mathrubhumi, February 2024.)",
        "other",
    ),
    (
        "Son of displaced Pandit family from Jagti camp clears civil services exam",
        "Jammu: Rohit Bhat, whose parents left their home in Baramulla during the exodus of Kashmiri Pandits in 1990 and spent years in tents and then a one-room quarter at the Jagti migrant township, has cleared the civil services examination with an all-India rank of 214. Rohit studied at a government school in Nagrota and later at Jammu University, and prepared for the exam from a rented room in Delhi. His father, a retired clerk, said the family had wanted at least one child to study without worrying about money. Neighbours at Jagti distributed sweets on Tuesday evening. Rohit said he wanted to work in education and health if he was given a posting in the state. He is the third candidate from the township to clear the exam in five years. (From Dainik Jagran, Jammu edition; translated from Hindi.)",
        "other",
    ),
]
