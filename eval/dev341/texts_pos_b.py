"""dev341 positives, part B: Manipur, West Bengal's poll and communal violence, the riots of
Haryana, Uttar Pradesh and Maharashtra, Thoothukudi, Kannur and the farmers at Shambhu, as the
Bengali, Hindi, Marathi, Tamil and Malayalam papers report them."""

POSITIVES = [
    (
        "Manipur burns: houses torched in Churachandpur and Imphal, thousands take shelter in army camps",
        "Imphal: Violence spread across several districts of Manipur on Wednesday night after a solidarity march called by tribal students in Churachandpur against the demand for Scheduled Tribe status for the Meitei community, officials said. Mobs set fire to houses, churches and temples in Churachandpur, Torbung, Kangpokpi and parts of Imphal, and groups armed with guns fired at each other in the foothill villages of Bishnupur. The state government issued shoot-at-sight orders in 'extreme cases' and suspended mobile internet across the state. Army and Assam Rifles columns were deployed and by Thursday evening had moved more than 9,000 people from both communities to camps and safer places, a defence spokesperson said. Several Bengali traders in Moreh and Churachandpur told their families in Kolkata that they were sheltering in a school. The number of dead was not yet known, but hospital sources in Imphal said dozens of injured had been brought in. Trains to Manipur were halted by the Northeast Frontier Railway. (Anandabazar Patrika, May 5, 2023; translated from Bengali.)",
        "U B D",
        "ethnic_clash",
    ),
    (
        "Jiribam: bodies of three of the six abducted found in river as protests spread in Imphal valley",
        "Jiribam: The bodies of a woman and two children, believed to be three of the six members of a Meitei family abducted from the Borobekra relief camp on Monday, were found floating in the Barak river near the Assam border on Friday, officials said. The six, three women and three children, went missing after a gun battle in which CRPF and police personnel killed ten armed men who had attacked the Borobekra police station and set fire to houses nearby. The Kuki-Zo groups said the ten were village volunteers, while police described them as militants carrying sophisticated weapons. Two elderly men were found burned to death in one of the houses in the Jakurador Karong area after the attack. The bodies were sent to Silchar for post-mortem examination. As news of the recovery spread, crowds in Imphal attacked the houses of several ministers and legislators, and curfew was imposed in five valley districts. (From Dainik Jagran, November 2024; translated from Hindi.)",
        "B V U",
        "abduction_killing",
    ),
    (
        "Drone bombs dropped on Moirang village; one dead, five hurt as attack on former CM's house follows",
        "Imphal: One person was killed and five others were injured when suspected militants dropped explosives from drones and fired rockets at villages in Bishnupur district on Friday, police said. A rocket hit a house in Moirang Tronglaobi, killing a 70-year-old man who was performing rituals inside, and his daughter and granddaughter were among the injured. Police said the projectiles were fired from the hills several kilometres away. Days earlier, drones had been used to drop bombs on Koutruk and Kadangband in Imphal West, in what officials called a new and dangerous trend. The residence of the former Chief Minister Mairembam Koireng at Moirang was also hit by a rocket. Students held a sit-in on the Imphal road demanding the removal of the security adviser. The state police said anti-drone systems were being deployed in the foothill areas. (Translated from Amar Ujala, September 2024.)",
        "E V",
        "drone_attack",
    ),
    (
        "Malayali nurses stranded in Manipur reach Kochi; 50,000 still in relief camps as firing continues",
        "Kochi: A group of 34 nurses and students from Kerala who had been stranded in Manipur reached Kochi by air on Saturday, six weeks after ethnic clashes broke out in the northeastern state. They had spent several nights in the campus of a private hospital in Imphal, hearing gunfire from the foothills, they told Mathrubhumi. According to the state government's figures, more than 50,000 people are still living in about 350 relief camps across Manipur, many of them in schools and community halls. Relief workers said the camps were short of baby food and medicines and that cases of diarrhoea were rising. Gunfights between armed groups continued this week in the Kangpokpi and Bishnupur foothills, where at least nine people were killed in an attack on Khamenlok village. The Kerala government's NORKA Roots cell said it had received calls from about 90 more Malayalis seeking help to leave. (Mathrubhumi, June 2023; translated from Malayalam.)",
        "D H B",
        "displacement",
    ),
    (
        "Post-poll violence: homes burnt, party workers killed; hundreds flee Cooch Behar and Nandigram villages",
        "Kolkata: At least 12 people have been killed in clashes between supporters of the Trinamool Congress and the BJP since the assembly results were declared on Sunday, police sources said on Tuesday. Houses of party workers were set on fire and shops looted in Nandigram, Sitalkuchi, Bardhaman and parts of South 24 Parganas, according to complaints received by the police. A BJP worker was beaten to death in Jagatdal, and a Trinamool worker was killed in a bomb attack in Raina. Families from several villages in Cooch Behar said they had crossed into Assam and were staying with relatives, fearing attacks. The Governor called the situation alarming and summoned the Director General of Police. The Chief Minister, who will be sworn in on Wednesday, appealed for calm and said the violence was taking place in areas where central forces were still in charge. (Translated from Bartaman, May 4, 2021.)",
        "U V D",
        "election_violence",
    ),
    (
        "Panchayat poll day: 15 dead, bombs hurled, ballot boxes set on fire across the state",
        "Kolkata: At least 15 people were killed in violence across West Bengal on Saturday as voting took place for the three-tier panchayat elections, according to figures compiled from the districts. Crude bombs were hurled at polling booths in Murshidabad, Cooch Behar, Nadia and Malda, and ballot boxes were snatched and set alight or thrown into ponds, our correspondents reported. In Murshidabad's Beldanga a Trinamool worker died of bullet wounds, while in Cooch Behar's Dinhata a BJP polling agent was beaten to death. Central forces, deployed in more than 800 companies, were not present at many sensitive booths, opposition leaders alleged. The State Election Commissioner said repolling would be considered at booths where voting was disrupted. Governor C V Ananda Bose visited injured people at a hospital in North 24 Parganas. (From Anandabazar Patrika, July 9, 2023; translated from Bengali.)",
        "U E V",
        "election_violence",
    ),
    (
        "Dhulian and Samserganj tense: father and son hacked to death, families take shelter in Malda",
        "Berhampore: A man and his son were hacked to death inside their home at Jafrabad in Samserganj on Saturday as violence over the amended Waqf law spread across the Jangipur subdivision of Murshidabad, police said. Mobs set fire to shops, houses and vehicles in Dhulian and Suti, and a youth died of a bullet wound after police opened fire in Suti, officials said. More than 400 people, many of them women and children, crossed the Bhagirathi by boat and took shelter at a school in Baishnabnagar in Malda district. The Calcutta High Court ordered the deployment of central forces in the district on Saturday night. Internet services were suspended in parts of Murshidabad. Police said more than 150 people had been arrested. Residents of Betbona told Sangbad Pratidin that their houses were looted while they were hiding in the fields. (Translated from Sangbad Pratidin, April 13, 2025.)",
        "U V D",
        "communal_riot",
    ),
    (
        "ED team attacked in Sandeshkhali, officers injured; mob of hundreds chases central forces",
        "Kolkata: Officers of the Enforcement Directorate who went to search the house of local Trinamool leader Sheikh Shahjahan at Sandeshkhali in North 24 Parganas on Friday morning were attacked by a mob of several hundred people, officials said. Three officers were injured and taken to a hospital in Kolkata; one of them suffered a head injury. The attackers broke the windows of the agency's cars and took away the officers' mobile phones, laptops and wallets, the ED said in a statement. The CAPF personnel accompanying the team were forced to retreat as the crowd, armed with sticks and bricks, surrounded them. The officers had arrived to search the house in connection with the ration distribution case. Shahjahan has not been found since. The Governor said the state was responsible for the law and order situation. (Translated from Sangbad Pratidin, January 2024.)",
        "U",
        "mob_attack",
    ),
    (
        "Ram Navami procession: clashes in Shibpur and Rishra, vehicles torched, internet suspended",
        "Howrah: Stones were hurled and several vehicles set on fire when a Ram Navami procession passed through Kazipara in Shibpur on Thursday evening, police said. Shops were vandalised and police fired tear gas shells to disperse the crowds, which clashed for more than an hour. Two days later a second procession in Rishra in Hooghly district was attacked and clashes continued at night near the railway station, forcing the suspension of train services on the Howrah-Bardhaman line for several hours. Police arrested 36 people in Howrah and 12 in Rishra, and Section 144 was imposed. Internet services were suspended in parts of Hooghly. The state government blamed outsiders for the violence, while the BJP alleged that the police had failed to protect the procession. No deaths were reported. (From Anandabazar Patrika, April 2023; translated from Bengali.)",
        "U",
        "communal_riot",
    ),
    (
        "Nuh violence: two home guards among five killed, curfew imposed, internet cut in Mewat",
        "Nuh: Five people, including two home guards, were killed and dozens injured on Monday after a Brajmandal Jalabhishek Yatra was attacked with stones near the Nalhar temple and clashes spread through Nuh town, officials said. Cars were torched and shops set on fire, and gunshots were fired on the road between Nalhar and Khedla, police said. Around 2,500 people, most of them devotees, sheltered inside the temple complex for several hours until police escorted them out. The violence spread to Sohna and Gurugram, where a mob set fire to a mosque in Sector 57 at night and killed its naib imam. Curfew was imposed in Nuh, and the Haryana government suspended mobile internet in the district. Paramilitary companies were sent from Delhi. (Dainik Bhaskar, August 1, 2023; translated from Hindi.)",
        "U V",
        "communal_riot",
    ),
    (
        "Sambhal: four killed as stones are pelted during mosque survey, police officers injured",
        "Sambhal: Four young men were killed and more than 20 policemen injured on Sunday when violence broke out during a court-ordered survey of the Shahi Jama Masjid in Sambhal, officials said. A crowd gathered outside the mosque as the survey team arrived in the morning and began pelting stones, and police used tear gas and lathis, according to the district administration. Several vehicles were set on fire in the Kot Garvi area. The families of the dead alleged that the men were killed by police bullets, while police said they had been shot by country-made weapons fired from the crowd. Internet services were suspended and schools closed on Monday. The administration barred outsiders, including political leaders, from entering the district until the end of the month. (From Amar Ujala, Moradabad edition, November 2024; translated from Hindi.)",
        "U",
        "communal_riot",
    ),
    (
        "Nagpur violence: stones pelted in Mahal, vehicles torched; curfew in 10 police station areas",
        "Nagpur: Violence broke out in the Mahal and Hansapuri areas of central Nagpur on Monday night after rumours spread about the burning of a religious text during a protest demanding the removal of Aurangzeb's tomb in Chhatrapati Sambhajinagar, police said. Groups pelted stones at houses and police, and set fire to more than 40 vehicles, including two cranes. At least 33 policemen, among them three deputy commissioners, were injured; one deputy commissioner was attacked with an axe. A 38-year-old man who was injured in the clashes died at the Mayo hospital days later. Police fired tear gas shells to bring the situation under control and a curfew was imposed in ten police station areas. The Chief Minister told the legislative assembly that the violence appeared to be pre-planned. (Lokmat, March 2025; translated from Marathi.)",
        "U",
        "communal_riot",
    ),
    (
        "Lathi charge on Maratha protesters in Antarwali Sarati; buses torched, tear gas fired in Jalna",
        "Jalna: Police fired tear gas shells and lathi-charged protesters at Antarwali Sarati village in Ambad taluka on Friday evening, where Manoj Jarange had been on a hunger strike for four days demanding reservation for the Maratha community. Police said they had come to shift Jarange to hospital on doctors' advice when a crowd pelted stones at them. Villagers, including women, alleged that the police attacked people without warning. Dozens of protesters and about 40 policemen were injured, according to official figures. In the hours that followed, state transport buses were set on fire on the Dhule-Solapur highway and Jalna city observed a bandh. The government suspended the district superintendent of police and ordered an inquiry. Opposition leaders visited the village on Saturday. (From Maharashtra Times, September 2, 2023; translated from Marathi.)",
        "U",
        "crackdown",
    ),
    (
        "Thoothukudi: 11 killed as police open fire on anti-Sterlite march to Collectorate",
        "Thoothukudi: Eleven people, among them a 17-year-old girl, were killed on Tuesday when police opened fire on protesters demanding the closure of the Sterlite copper smelter, officials said. Thousands had marched towards the Collectorate on the 100th day of the agitation by residents of Kumarettiyapuram and nearby villages. Police said the crowd turned violent near the Collectorate, setting vehicles on fire and throwing stones, and that tear gas and lathi charges failed to stop them. Witnesses told Dinamani that some policemen fired from the top of a van. Two more people died in firing at Anna Nagar the next day, taking the toll to 13. The state government suspended internet services in the district and transferred the Collector and the Superintendent of Police. Shops remained shut across the district on Wednesday. (Dinamani, May 2018; translated from Tamil.)",
        "U",
        "police_firing",
    ),
    (
        "Youth worker hacked to death in Mattannur; hartal, stone pelting at party offices in Kannur",
        "Kannur: A 29-year-old Youth Congress worker was hacked to death by a gang at Theruvath near Mattannur on Monday night, police said. Sreejith Kumar was sitting at a tea shop with friends when four men who came in a car attacked him with swords, the friends said. He was taken to the Kannur government hospital but died on the way to a hospital in Kozhikode. The Congress alleged that CPI(M) workers were behind the killing, which the CPI(M) district leadership denied. A hartal called by the UDF in the district on Tuesday turned violent in places, with stones pelted at party offices and two buses damaged at Iritty. Police were deployed at sensitive points across the district. It is the third political killing in Kannur since January. (From Malayala Manorama, Kannur edition; translated from Malayalam.)",
        "V U",
        "political_killing",
    ),
    (
        "Khanauri: young farmer dies as police fire tear gas at Delhi Chalo march; talks put on hold",
        "Patiala: A 21-year-old farmer from Bathinda died and several others were injured on Wednesday when Haryana police fired tear gas shells and rubber bullets at protesters trying to move towards the barricades at the Khanauri border, farmer leaders said. Shubhkaran Singh of Ballo village suffered a head injury and was declared dead at the Rajindra hospital in Patiala, doctors said. At the Shambhu border, drones dropped tear gas shells on crowds gathered near the bridge, and many farmers were treated for burns and injuries to the eyes. Farmer leaders accused the police of firing without provocation, while the Haryana police said protesters had attacked them with stones and sticks and tried to break the barricades. The Samyukt Kisan Morcha (non-political) announced a two-day halt to the march. The Centre's negotiators said they were ready for a fifth round of talks. (Dainik Bhaskar, Punjab edition, February 2024; translated from Hindi.)",
        "U",
        "crackdown",
    ),
]
