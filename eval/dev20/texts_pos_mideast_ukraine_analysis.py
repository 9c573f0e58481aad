"""dev20 texts: positives, Middle East and Ukraine (analysis and features); positives, more analysis, opinion and regional.

POSITIVES = [(title, text, tag codes, kind), ...]
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives, Middle East and Ukraine (analysis and features)
    (
        "Kharkiv's underground classrooms",
        "At eight in the morning, children with backpacks walk down the stairs of the Derzhprom metro station, where a school has been set up on the platform. Kharkiv, 30 kilometres from the Russian border, is hit by glide bombs and missiles most weeks, and parents do not trust surface schools. On Friday a glide bomb struck a residential building in the Shevchenkivskyi district, killing three people, including a girl of 14. 'The children know what each sound means,' said a teacher.",
        "E",
        "airstrike",
    ),
    (
        "Mine fields of Kharkiv: farmers killed as they return to the land",
        "A tractor driver was killed on Thursday when his vehicle hit an anti-tank mine in a field near Balakliia, regional officials said, the fourth such death in the region this month. Ukraine says a quarter of its territory may be contaminated with mines and unexploded shells since the Russian invasion, and deminers cannot keep up. Farmers often hire unofficial teams or clear fields themselves, despite the risk.",
        "E",
        "landmine",
    ),
    (
        "Sumy border villages: shelled every day, emptying slowly",
        "Russian artillery, drones and guided bombs hit border communities in Sumy region more than 100 times on Sunday, the regional military administration said, killing two people in Bilopillia. Officials have ordered the mandatory evacuation of children from another eleven villages. Buses leave every morning, but many elderly residents refuse to go. 'Where do I go with my cow?' asked one woman in Krasnopillia.",
        "E D",
        "shelling",
    ),
    (
        "Belgorod: Ukrainian strike on city centre kills 25, Russia says",
        "A Ukrainian missile and rocket attack hit the centre of the Russian border city of Belgorod on Saturday, killing 25 people, including children, near a skating rink and a shopping centre, Russian officials said. Russia said it shot down most of the projectiles and that debris caused part of the damage.",
        "E",
        "missile_attack",
    ),
    (
        "A flour sack and a bullet: the daily gamble at Gaza's aid sites",
        "Mohammed, 19, walks four kilometres every night to reach a food distribution site in Rafah before it opens at dawn. Twice he has come back with nothing, and once with a bullet wound in his leg. Hundreds of Palestinians have been killed near the sites since they opened, according to the UN, most of them by Israeli fire, which the army says was aimed at people approaching its troops. 'We know it is dangerous,' he said. 'But my sisters are hungry.'",
        "V H",
        "attack_on_aid_seekers",
    ),
    (
        "Red Cross mourns three staff killed by shelling at Donetsk aid site",
        "Three staff members of the International Committee of the Red Cross were killed and two injured when shells hit the site where they were distributing firewood and building materials in Viroliubivka, in Ukraine's Donetsk region, on Thursday. The ICRC said its vehicles were clearly marked. Ukraine blamed Russian artillery. The organisation said it was 'devastated' and called on both sides to respect humanitarian workers.",
        "E V H",
        "attack_on_aid",
    ),
    (
        "Ninth move: a family's tent in al-Mawasi",
        "Since the war began, Umm Khaled's family has moved nine times, from Beit Lahia to Gaza City, to Nuseirat, to Rafah, and now to a tent made of nylon and wood on the sand dunes of al-Mawasi. The area was declared a humanitarian zone, but a strike on tents a few hundred metres away killed at least 19 people last week. Water comes by truck, when it comes. Her youngest son has had diarrhoea for a month. 'Every time they say a place is safe, we go, and then it is bombed,' she said.",
        "D E V H",
        "displacement",
    ),
    (
        "Tyre's schools fill up as strikes pound south Lebanon",
        "Public schools in Tyre have opened their classrooms to families from border villages as Israeli strikes and shelling intensify across south Lebanon, officials said. Hezbollah fired dozens of rockets at northern Israel on Wednesday, and Israeli strikes on Aitaroun and Kfar Kila killed four people, according to Lebanese state media. Municipal officials say more than 90,000 people have left the border area since October.",
        "E D",
        "shelling",
    ),
    (
        "Taiz, ten years under siege",
        "In Taiz, the trip from one side of the city to the other, once ten minutes, takes six hours along a mountain road, because the Houthis still block the main routes. Snipers in the hills continue to shoot at people in the city, and shelling killed two children in al-Rawdha last week, local officials said. The water network is split between the two sides. Many residents have not seen relatives on the other side for years.",
        "H E V",
        "siege",
    ),
    (
        "Jaramana: clashes between Druze gunmen and security forces kill 10",
        "Clashes between local Druze gunmen and Syrian security forces in Jaramana, on the outskirts of Damascus, killed at least ten people overnight, a monitoring group said. The fighting broke out after an audio recording insulting the Prophet, attributed to a Druze cleric, circulated online. Security forces surrounded the suburb, and residents said they stayed inside as gunfire continued until the morning.",
        "B",
        "battle",
    ),
    (
        "Masafer Yatta: last families leave hamlet after settler attacks",
        "The last Palestinian families living in the hamlet of Zanuta, in the south Hebron hills, have packed their belongings onto trucks and left after months of attacks by settlers, residents said. Settlers beat shepherds, poisoned water tanks and smashed solar panels, and the residents said soldiers did nothing to stop them. The UN says more than 1,000 Palestinians have been displaced from herding communities in the West Bank by settler violence in a year.",
        "V D",
        "settler_attack",
    ),
    (
        "Mahabad: Kurdish towns under lockdown as Iranian forces fire on protesters",
        "Iranian security forces deployed heavy weapons in Mahabad and other Kurdish towns on Saturday night after protesters set fire to government buildings, Kurdish rights groups said. At least seven people were killed in Mahabad, Bukan and Javanrud in two days, they said, as forces fired live ammunition at mourners.",
        "U",
        "crackdown",
    ),
    # ---------------------------------------------------------------- positives, more analysis, opinion and regional
    (
        "Opinion: In Zurmi, the bandits are now the government",
        "Last week's killing of 16 villagers in Zurmi local government area, shot as they returned from their farms, barely made national news. It should have. In large parts of Zamfara and Katsina, armed bandit groups now decide who may farm, who may travel and how much each village pays in 'tax', and those who refuse are killed or abducted. The federal government keeps announcing new operations, but the people of these villages have learned not to expect the soldiers. Until the state can protect a farmer on the way to his field, all the talk of food security is empty.",
        "V",
        "massacre",
    ),
    (
        "#EndBadGovernance protests: 13 killed in Kano, Maiduguri and Abuja",
        "At least 13 people were killed as police opened fire on protesters on the first day of the #EndBadGovernance protests, Amnesty International said, most of them in the northern states. In Kano, protesters set fire to a government building and looted shops, and the state imposed a 24-hour curfew. Police said officers had been attacked and their stations burned.",
        "U",
        "crackdown",
    ),
    (
        "Gezira's women speak of rape by RSF fighters",
        "Women who fled villages in Gezira state describe a pattern: RSF fighters arrive in pickup trucks, loot the houses, and then take women and girls away. A UN fact-finding mission said this month that sexual violence has been used on a large scale by the paramilitary force. In a shelter in Kassala, a 17-year-old said three fighters raped her in front of her mother. Most survivors have received no medical care.",
        "V D",
        "sexual_violence",
    ),
    (
        "Mekelle hospital runs out of insulin as blockade of Tigray continues",
        "Doctors at Ayder Referral Hospital in Mekelle say they have run out of insulin, dialysis fluid and most antibiotics, and patients are dying of treatable conditions, as the federal government's blockade of Tigray enters its eighth month. No fuel and few aid trucks have entered the region since fighting resumed. The hospital's staff have not been paid for months. The UN says hundreds of thousands of people are facing famine conditions.",
        "H",
        "blockade",
    ),
    (
        "Kutupalong: Rohingya leader shot dead in his office",
        "Gunmen shot dead Mohib Ullah, a prominent Rohingya community leader, at his office in the Kutupalong refugee camp on Wednesday night, police in Cox's Bazar said. His family blamed the Arakan Rohingya Salvation Army, an armed group that has threatened those who speak against it. Rights groups said his killing would silence others in the camps, where armed groups have killed several people this year.",
        "V",
        "assassination",
    ),
    (
        "Khuzdar school bus bombing: children among the dead",
        "A suicide car bomber struck a school bus carrying children of army personnel in Khuzdar, Balochistan, on Wednesday morning, killing at least six people, including four children, officials said. Dozens of children were injured. The military called it a terrorist attack and blamed militants it said were backed by India, which New Delhi denied. Parents waited outside the combined military hospital for news.",
        "E V T",
        "bombing",
    ),
    (
        "Putumayo: border armed groups clash, families move to Puerto Leguízamo",
        "Clashes between the Comandos de la Frontera and a FARC dissident front along the Putumayo river have killed at least nine combatants in a week, according to the army, and families from riverside villages have moved to Puerto Leguízamo. The ombudsman said residents have been forbidden to fish or travel after dark by both groups.",
        "B D",
        "battle",
    ),
    (
        "Haiti: MSF ambulance stopped, patient executed",
        "Médecins Sans Frontières suspended its activities in Port-au-Prince after armed men stopped one of its ambulances, attacked its staff and killed two of the patients it was carrying, the organisation said. Members of a self-defence group and police were present, MSF said. The charity said its staff had been threatened with death and rape. It is the main provider of trauma care in the capital.",
        "V H",
        "attack_on_aid",
    ),
    (
        "Lanao del Sur: soldiers kill Dawlah Islamiyah fighters in clash",
        "Government troops killed six members of the Dawlah Islamiyah-Maute group in a clash in the mountains of Piagapo, Lanao del Sur, on Thursday, the army said. One soldier was killed and three wounded in the firefight. The military said it had launched focused operations in the area after residents reported the presence of armed men, and it recovered high-powered firearms.",
        "B M",
        "battle",
    ),
    (
        "Tal Rifaat: Kurdish families flee as Turkish-backed factions advance",
        "Thousands of Kurdish families fled Tal Rifaat and the villages around it on Sunday as Turkish-backed armed factions seized the area north of Aleppo from the Kurdish-led forces, monitors said. Long lines of cars and tractors headed towards Tabqa and Raqqa. Some of the families were displaced from Afrin in 2018 and are now fleeing for the second time.",
        "B D",
        "offensive",
    ),
    (
        "Analysis: on the eastern front, drones now decide who can move",
        "Soldiers on both sides describe a kill zone of ten to fifteen kilometres along the front, where anything that moves can be hit by a drone within minutes. Ukrainian commanders say more than half of Russian losses are now caused by drones, while Russia's fibre-optic drones, immune to jamming, have made Ukrainian supply roads around Kostiantynivka deadly. Russian infantry keep advancing in small groups of two or three and take villages one house at a time. Ambulances can no longer reach many positions, and the wounded sometimes wait days to be evacuated.",
        "B E",
        "battle",
    ),
    (
        "Hodeidah: children killed by landmine on their way to fetch water",
        "Three children were killed and two injured when a landmine exploded as they walked to a water point in the Hays district of Hodeidah governorate, local officials said. The area has been heavily mined during the fighting between government-allied forces and the Houthis, and several children have been killed by mines and unexploded shells this year. Demining teams say new mines are still being laid.",
        "E",
        "landmine",
    ),
    (
        "Diafarabé: families say soldiers executed Fulani traders after market day",
        "Residents of Diafarabé, in central Mali, say soldiers arrested about 20 Fulani men at the weekly cattle market on Monday, took them away and executed them near the river. Relatives said bodies were found in a common grave outside the town. The army said it had arrested suspected terrorists and that an investigation had been opened. Several families have since fled to Mopti.",
        "V D",
        "execution",
    ),
    (
        "Bocaranga: rebels attack town, MINUSCA sends reinforcements",
        "Fighters of the 3R armed group attacked the town of Bocaranga in the north-west of the Central African Republic on Saturday, exchanging fire for several hours with government soldiers and Russian instructors, local sources said. At least five people were killed, including two civilians. UN peacekeepers sent reinforcements from Bouar. Many residents spent the night in the bush.",
        "B D",
        "battle",
    ),
    (
        "Mocímboa da Praia: insurgents clash with Rwandan troops on N380",
        "Insurgents linked to the Islamic State fought Rwandan and Mozambican troops for several hours on the N380 road south of Mocímboa da Praia on Saturday, local sources said, forcing the closure of the main road in Cabo Delgado. Several soldiers were reported killed. Travellers said the insurgents had also stopped vehicles and questioned passengers before the clash. Minibus drivers said they would not travel the road until it was safe.",
        "B T",
        "battle",
    ),
    (
        "Sanaa: Houthis detain more UN staff, agencies suspend work",
        "The Houthi authorities in Yemen have detained eight more employees of UN agencies in the past week, bringing the number of UN staff held to more than 20, the UN said. Some have been held for years without charge and the group accuses them of spying. The World Food Programme said it was suspending operations in Saada province, where one detained staff member had died in custody.",
        "V H",
        "hostage_taking",
    ),
    (
        "Bamako's fuel queues: how JNIM's blockade is squeezing the capital",
        "Queues at Bamako's petrol stations now stretch for hundreds of metres and schools have closed because teachers cannot reach them. Since September, JNIM fighters have attacked fuel tankers coming from Senegal and Côte d'Ivoire, burning dozens of trucks and killing or kidnapping drivers, in a blockade announced against the military government. The army escorts convoys, but several have been ambushed on the road. Prices on the black market have tripled.",
        "B H T V",
        "blockade",
    ),
    (
        "Kampala bombings: suicide attackers hit police headquarters and parliament road",
        "Two suicide bombers struck central Kampala on Tuesday morning, one near the central police station and the other on the road to parliament, killing three civilians and injuring more than 30, police said. The Islamic State claimed the attacks, and Ugandan authorities blamed the Allied Democratic Forces. Members of parliament were evacuated, and roads in the city centre were closed.",
        "E T",
        "suicide_bombing",
    ),
    (
        "Loi Mamund operation: curfew in Bajaur as families leave for Khar",
        "Security forces launched a targeted operation against militants in Loi Mamund tehsil of Bajaur district on Monday, and a curfew was imposed in more than a dozen villages, the district administration said. Mortar fire and gunshots were heard through the night. Thousands of families left their homes for relief camps set up in government schools in Khar, where they complained of lack of water and bedding. Officials said the operation would continue until the area was cleared of militants.",
        "M B D",
        "military_operation",
    ),
    (
        "Operation Hadin Kai: air force strikes insurgent camps in Sambisa",
        "Nigerian Air Force jets struck several camps of Boko Haram and ISWAP fighters in the Sambisa forest and on the shores of Lake Chad over the weekend, killing scores of insurgents, a military spokesman said. Ground troops of Operation Hadin Kai later cleared two enclaves and rescued women and children held by the insurgents.",
        "M E",
        "air_campaign",
    ),
    (
        "Explainer: what India struck in Operation Sindoor, and what Pakistan says it lost",
        "Indian missiles and drones hit nine sites in Pakistan and Pakistan-administered Kashmir early on Wednesday, including buildings in Bahawalpur and Muridke that India says belonged to the Jaish-e-Mohammed and Lashkar-e-Taiba groups. Pakistan says 31 civilians were killed, among them children, and that mosques were hit. New Delhi called the strikes 'focused, measured and non-escalatory', a response to the killing of tourists in Pahalgam. Pakistan's army said it had shot down several Indian jets and promised to respond.",
        "M E",
        "missile_attack",
    ),
    (
        "Lower Shabelle: Somali and AU troops launch offensive on al-Shabaab villages",
        "Somali soldiers backed by troops of the African Union mission launched an offensive on Saturday to push al-Shabaab out of villages along the Shabelle river, west of Mogadishu, the defence ministry said. Heavy fighting was reported near Sabiid and Aws Qurun, and the army claimed to have killed dozens of militants. Farmers in the area said they had fled to the town of Afgoye with their families.",
        "M B D",
        "offensive",
    ),
    (
        "Kyaukme: junta troops retake town after weeks of air strikes",
        "Myanmar's military said it had recaptured the town of Kyaukme in northern Shan State from the Ta'ang National Liberation Army, after weeks of air strikes and drone attacks in which residents said dozens of civilians were killed. The junta's counteroffensive has retaken several towns on the road to the Chinese border this year. Most of the town's residents fled before the fighting and have not returned.",
        "M B E D",
        "offensive",
    ),
]
