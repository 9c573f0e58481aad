"""dev261 positives, part A: current fighting, strikes and attacks on the outdoors desk."""

POSITIVES = [
    (
        "Six Virunga rangers killed in militia ambush on patrol road near Rumangabo",
        "Six rangers from Virunga National Park were killed on Friday when fighters from a Mai-Mai militia ambushed their patrol on the road between Rumangabo and the Rwindi plain, the park authority said. A seventh ranger and a driver were wounded and taken to hospital in Goma. The patrol had been escorting a supply lorry to a ranger post when gunmen opened fire from the bush on both sides of the track, according to a statement from the Congolese wildlife agency ICCN. The army said it had sent troops into the area and that the attackers had withdrawn towards the hills. Rangers in Virunga, Africa's oldest national park, have for years been caught between the dozens of armed groups that operate in North Kivu, and more than 200 have been killed since the mid-1990s. The park had only just reopened its gorilla-trekking permits to foreign visitors after a two-month closure. Those treks have now been suspended again 'until further notice', a spokesperson said. 'Our staff go out every day knowing this can happen,' the park's director said in a short message to supporters.",
        "V B",
        "ambush",
    ),
    (
        "Nyiragongo treks halted as M23 rebels push into Goma and thousands flee to the lake shore",
        "Guided treks to the crater of Nyiragongo, the volcano that towers over Goma, have been cancelled as M23 rebels fight their way into the city, operators said on Monday. Heavy gunfire and explosions were heard through the night around the airport and in the Munigi neighbourhood at the foot of the volcano, residents told reporters. The Congolese army and its allied militias were still holding parts of the centre by midday, but the rebels, whom the UN and Western governments say are backed by Rwanda, control the road north towards Kibumba. Tens of thousands of people have streamed south towards the shores of Lake Kivu, many of them already displaced once from camps on the edge of the city. Aid agencies say hospitals are overwhelmed with wounded and that water and power have been cut in several districts. The summit hut where overnight trekkers sleep sits inside the rebel-held zone, and park staff have been told to stay at home. One Goma guide, who has led climbers up the 3,470-metre peak for a decade, said he had sent his family across the border to Gisenyi. 'There will be no tourists here for a long time,' he said.",
        "B D H",
        "offensive",
    ),
    (
        "Shelling hits Holy Mountains national park as residents of Sviatohirsk leave",
        "Russian artillery struck the edge of the Holy Mountains National Park in Donetsk region overnight, setting fire to pine forest on the chalk cliffs above the Siverskyi Donets river, Ukrainian officials said. Regional governor Vadym Filashkin said on Telegram that two people had been wounded in Sviatohirsk and that several houses had been damaged. Emergency crews could not reach the forest fire because of continued shelling, he said. Before 2022 the park was one of eastern Ukraine's busiest hiking areas, with marked trails through oak and pine woods and a famous monastery built into the cliff. Most of its paths are now closed and some are mined. About 300 residents remain in the town, out of a pre-war population of more than 4,000, and volunteers say they are organising evacuation buses for the elderly this week. A park scientist who still lives nearby said she had stopped counting the craters. 'We used to measure visitors,' she said. 'Now we measure damage.'",
        "E D",
        "shelling",
    ),
    (
        "Kalaw to Inle trek suspended after air strikes on villages along the route",
        "The popular three-day trek from Kalaw to Inle Lake in Myanmar's Shan state has been suspended after military air strikes hit two villages along the route, local guides said. A jet dropped bombs on a village where trekkers usually stop for lunch on Tuesday, killing at least seven people, according to a local resistance group and a monastery that is sheltering survivors. The military has been fighting an alliance of ethnic armed groups and People's Defence Forces in southern Shan since the end of last year. Several thousand villagers have fled into the forest or to monasteries around Inle, aid workers said. Homestays that once hosted backpackers are now full of displaced families. 'We have told all our customers to cancel,' said the owner of a trekking agency in Kalaw, who asked not to be named for fear of arrest. The junta did not respond to a request for comment. Foreign governments already advise against all travel to most of Shan state.",
        "E D M",
        "airstrike",
    ),
    (
        "Gunmen attack bus carrying climbers on Karakoram Highway, Pakistani Taliban claim",
        "Gunmen opened fire on a minibus carrying mountaineers and porters on the Karakoram Highway in Pakistan's Kohistan district on Sunday, killing three people and wounding five, police said. The vehicle was taking a team to Skardu at the start of the summer climbing season, when expeditions head for K2 and the Baltoro glacier. Police said about six attackers fired from a ridge above the road before fleeing into the mountains. The Tehreek-e-Taliban Pakistan said in a message to journalists that its fighters had carried out the attack, which it described as a strike against 'the state's servants'. Two of the dead were local porters and one was a police escort, officials said. Among the wounded was a Polish climber who was flown by army helicopter to Gilgit. The interior ministry condemned what it called a 'cowardly act of terrorism' and said convoys for foreign teams would be strengthened. Tour operators in Islamabad said several expeditions were already reconsidering.",
        "T V",
        "attack",
    ),
    (
        "Cyclists on the Pamir route stranded as Kyrgyz-Tajik border fighting flares in Batken",
        "Dozens of foreign cyclists riding the Pamir Highway and its side routes have been stranded in southern Kyrgyzstan after heavy fighting broke out on the border with Tajikistan, travellers said. Kyrgyz officials said Tajik forces had used tanks, mortars and drones against villages in Batken province on Friday, and Tajikistan accused Kyrgyz troops of shelling its territory. Both sides reported dozens of dead, among them civilians. The Kyrgyz emergencies ministry said more than 130,000 people had been evacuated from the border area. A Dutch couple who had crossed into Batken days earlier said they had heard explosions from their guesthouse and were taken north by a local driver in a car full of fleeing neighbours. 'The whole village left at once,' one of them wrote on a cycling forum. Border posts between the two countries are closed. Several touring companies that run bike trips in the region have cancelled their autumn departures.",
        "B E D",
        "border clash",
    ),
    (
        "Simien trekkers evacuated as fighting reaches the edge of the park",
        "Foreign trekkers in Ethiopia's Simien Mountains National Park were driven out to Gondar on Thursday as fighting between federal forces and Tigrayan fighters moved towards the park's northern boundary, lodge operators said. Residents of Debark, the gateway town, reported artillery fire from the direction of the Limalimo escarpment and said many families had left for the south. The government has declared a state of emergency and suspended flights to several northern towns. Ethiopia's tourism ministry said the park was closed 'temporarily'. Guides and scouts who depend on the trekking season said they had not been paid since the spring. The Simien Mountains, a World Heritage Site known for gelada monkeys and dramatic cliffs, had drawn more than 20,000 foreign visitors a year before the pandemic. 'We were just starting to see groups again,' said a lodge manager. Humanitarian agencies say hundreds of thousands of people have been displaced across Amhara and Afar by the fighting.",
        "B D",
        "battle",
    ),
    (
        "Round-the-world cyclists escape Khartoum as battle for the capital rages",
        "Two British cyclists who were halfway through a ride from Cairo to Cape Town have described hiding for five days in a Khartoum guesthouse as the army and the paramilitary Rapid Support Forces fought in the streets outside. The pair said they heard air strikes and heavy machine-gun fire around the clock and ran out of drinking water on the third day. They eventually left on a bus convoy to Port Sudan, where they boarded an evacuation ship to Jeddah. Their bicycles are still in the guesthouse. The World Health Organization says hundreds of people have been killed since fighting broke out on Saturday and that most hospitals in the capital are out of service. Tens of thousands of residents have fled towards Egypt and the Nile towns to the north. 'We had ridden through the desert thinking Sudan was the easy part,' one of the riders said. Both men are now home in Yorkshire.",
        "B D H",
        "battle",
    ),
    (
        "Spanish cyclist abducted by jihadists near Niger-Burkina border, officials say",
        "A Spanish cyclist who was riding across West Africa has been kidnapped by suspected jihadists in south-western Niger, security sources said on Wednesday. The man, in his sixties, was seized with his local guide on a track near Torodi, close to the border with Burkina Faso, an area where fighters linked to al-Qaeda's Sahel branch JNIM operate. The guide was released hours later and walked to a gendarmerie post. Spain's foreign ministry said it was 'working with the Nigerien authorities' and asked the media not to publish the man's name. He had been posting daily updates of a ride from Dakar to Lake Chad, and his last message was sent from Niamey. Niger has been fighting jihadist insurgencies on two fronts for a decade, and Western governments advise against all travel outside the capital. At least six foreigners are currently held by armed groups in the Sahel, according to a count kept by a regional security analyst.",
        "V T",
        "kidnapping",
    ),
    (
        "Dive resort guests flee by boat as insurgents storm Palma",
        "Guests and staff at a dive lodge on Mozambique's far northern coast were evacuated by boat on Saturday after Islamic State-linked insurgents attacked the nearby town of Palma, the lodge's owner said. About 180 people, including foreign contractors from the gas project at Afungi, had taken refuge in the Amarula hotel before a convoy tried to break out, and several were killed in an ambush. Witnesses described bodies in the streets and buildings set on fire. The government said the army was fighting to retake the town. Thousands of residents have fled into the bush or along the coast to Pemba, aid agencies said. The Quirimbas archipelago to the south, known for whale sharks and coral walls, had been promoted as Mozambique's next adventure destination. 'All our divers are safe, but our staff's families are missing,' the owner told a South African radio station. The insurgency in Cabo Delgado has killed more than 2,600 people since 2017, according to the monitoring group ACLED.",
        "T V D",
        "attack",
    ),
    (
        "Lost City trek closed after clashes between armed groups in the Sierra Nevada",
        "Colombia's national parks agency has closed the trail to Ciudad Perdida, the Lost City, after fighting between two armed groups in the Sierra Nevada de Santa Marta, officials said on Tuesday. Residents of the Guachaca area reported hours of gunfire on Sunday between the Autodefensas Conquistadoras de la Sierra Nevada and fighters of the Gulf Clan, which has been trying to push into the region. At least four people were killed, according to the ombudsman's office, and around 120 families from indigenous and peasant communities have left their homes for the coast. About 60 trekkers who were on the four-day route were escorted out by guides and police. Tour operators said the trek, which draws about 25,000 visitors a year, had never been closed by fighting since it reopened after the peace process of the 2000s. 'The guides know the mountain, but nobody knows this new war,' said a guide from Mamey. The army said it had deployed troops to the area.",
        "B D",
        "clashes",
    ),
    (
        "Israeli strikes hit villages on the Lebanon Mountain Trail's southern stages",
        "Israeli air strikes hit three villages on the southern stretch of the Lebanon Mountain Trail on Wednesday, killing five people, Lebanon's health ministry said. The Israeli military said it had struck Hezbollah weapons depots and a launch site for rockets fired into northern Israel. The trail, a 470km footpath from the Syrian border in the north to Marjayoun in the south, has closed its last four sections since the exchanges of fire began last October. The association that manages it said one of its guesthouses in the area had been damaged. Tens of thousands of people have left villages along the border for Tyre, Nabatieh and Beirut, according to the UN migration agency. 'We planned a walk for peace and now we cannot even reach our own paths,' said a volunteer who marks the route. The association is still running guided hikes on the northern and central sections, which are far from the fighting.",
        "E D",
        "airstrike",
    ),
    (
        "Hikers evacuated from Jermuk as Azerbaijani shelling hits the spa town",
        "Hikers and holidaymakers were evacuated from the Armenian spa resort of Jermuk on Tuesday after Azerbaijani shelling hit the outskirts of the town, Armenian officials said. The defence ministry in Yerevan said Azerbaijani forces had attacked positions along the border with artillery, mortars and drones overnight, and that dozens of Armenian soldiers had been killed. Azerbaijan said it was responding to provocations. Jermuk, known for its mineral water, waterfall and the forested trails that run towards the Vorotan gorge, was full of visitors at the end of the summer season. Buses took around 1,500 people to Yerevan, officials said, and a children's hiking camp was emptied before dawn. One trekking guide said he had been leading a group along the Transcaucasian Trail when they heard the first explosions. 'We turned around and walked back in the dark,' he said. The fighting is the worst between the two countries since the war of 2020.",
        "E D",
        "shelling",
    ),
    (
        "Army and cartel gunmen clash near Creel as Copper Canyon tours are cancelled",
        "Soldiers and members of a drug cartel fought a gun battle lasting several hours near the town of Creel in Mexico's Copper Canyon on Monday, the state prosecutor's office in Chihuahua said. Four suspected gunmen and one soldier were killed and two soldiers were wounded, it said. The cartel cell used armoured pick-ups and a drone dropping explosives, according to a statement from the defence ministry, which said it had sent reinforcements by air. Hotels in Creel said tourists had been told to stay indoors and that the Chepe train, which carries visitors through the canyon, had been halted for the day. Two factions of the Sinaloa cartel have been fighting for control of the Sierra Tarahumara, a trekking and mountain-biking region prized for its deep canyons and Raramuri villages. Several local guides said they had cancelled all walking tours for the rest of the week. The state government did not say when the area would be considered safe.",
        "B M",
        "clashes",
    ),
    (
        "Safari tourists and guide killed in attack in Queen Elizabeth National Park",
        "Two foreign tourists and their Ugandan guide were killed on Tuesday evening when gunmen attacked their vehicle in Queen Elizabeth National Park in western Uganda, police said. The safari car was later set on fire. Police blamed the Allied Democratic Forces, a group based in neighbouring Congo that has pledged allegiance to Islamic State, and called the killing a 'cowardly act of terrorism'. The military said it had launched a pursuit of the attackers towards the Congolese border. The park, known for its tree-climbing lions in the Ishasha sector and for boat trips on the Kazinga Channel, is one of the country's most visited. The tourism ministry said security would be stepped up on the park's roads and urged visitors to travel in escorted convoys. Islamic State later claimed the attack. Earlier this year ADF fighters killed dozens of students at a school in Mpondwe, near the same border.",
        "T V",
        "attack",
    ),
    (
        "Machu Picchu shut and tourists stranded as protests turn violent in southern Peru",
        "Peru has closed Machu Picchu and the Inca Trail and suspended the train to the citadel after protesters blocked the line and clashed with police, the culture ministry said. About 400 visitors, including around 300 foreigners, were stranded in the village of Aguas Calientes, and some chose to walk for hours along the railway to reach the nearest road. Demonstrators demanding the resignation of President Dina Boluarte set fire to a police station in Juliaca and attacked the airport, where police fired tear gas and live rounds, according to the ombudsman's office. At least 17 people were killed in Juliaca in a single day. In Cusco, the gateway for trekkers heading into the Andes, riot police used tear gas to break up a march on the main square. The ministry said refunds would be offered to ticket holders. Operators of the four-day Inca Trail said they had cancelled departures for the rest of the month.",
        "U",
        "unrest",
    ),
]
