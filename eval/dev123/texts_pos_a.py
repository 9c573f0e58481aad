"""dev123 positives (a): whole articles that report current organised violence (eval/README.md, 1)."""

# (title, text, tag codes, kind); the comment gives the outlet imitated and the year
POSITIVES = [
    # Sudan Tribune, 2025
    (
        "Fuel queues stretch across Port Sudan after drones hit the southern depot for a third day",
        "Long queues formed outside the few petrol stations still open in Port Sudan on "
        "Wednesday, a day after drones struck the main fuel depot at the city's southern port "
        "for the third day running, sending columns of black smoke over the Red Sea coast. "
        "Residents said motorists had waited up to nine hours for a ration of 20 litres, while "
        "the price of a gallon of petrol on the parallel market doubled to 30,000 Sudanese "
        "pounds. The army spokesperson said air defences had intercepted several drones "
        "overnight but that at least two had hit fuel tanks and an electricity substation near "
        "the airport. He blamed the Rapid Support Forces (RSF), saying the paramilitary had been "
        "supplied with long-range drones by a foreign state. No casualties were reported in the "
        "latest strikes. The state electricity company said power would be rationed across Port "
        "Sudan, where the government and most UN agencies have been based since fighting drove "
        "them out of Khartoum in 2023. The UN Humanitarian Air Service suspended its flights "
        "into the city until further notice, a spokesperson for the World Food Programme "
        "confirmed, warning that the decision would delay deliveries of food and medicine to the "
        "interior. “We moved here because it was the only safe city. Now there is nowhere safe,” "
        "said Hawa Ibrahim, a teacher who fled Omdurman last year and now rents a room in the "
        "Deim Madina district. Traders in the central market said the price of cooking gas had "
        "also risen sharply since Sunday.",
        "E H",
        "drone strike on fuel depot",
    ),
    # Dabanga, 2024
    (
        "RSF kills at least 23 in raid on east El Gezira village, survivors walk to Tambul",
        "Paramilitary fighters of the Rapid Support Forces (RSF) killed at least 23 people and "
        "wounded dozens more when they stormed the village of Wad Ushaib in eastern El Gezira on "
        "Monday, according to the resistance committees of the area. Witnesses told Radio "
        "Dabanga that the fighters arrived in pick-up trucks and on motorcycles shortly after "
        "dawn prayers, firing at random and searching homes for gold, money and mobile phones. "
        "“They took the young men outside and shot them in front of their mothers,” a resident "
        "who escaped to El Fau said by phone. Several women were abducted, according to the "
        "Sudan Doctors Network, which described the attack as “a new massacre in a series of "
        "revenge attacks” against villages in the east of the state since the defection of an "
        "RSF commander to the army in October. Most of the survivors walked more than 30 "
        "kilometres to Tambul and El Fau, where volunteers said they had received about 600 "
        "families by Tuesday evening, many of them without food or water. The emergency response "
        "room in Tambul appealed for medicines and blankets, saying the only health centre in "
        "the town had run out of sutures and painkillers. The RSF did not respond to requests "
        "for comment. In a statement last week, the paramilitary denied targeting civilians in "
        "El Gezira and said its forces were pursuing “army militias and Islamist brigades”. The "
        "UN resident coordinator in Sudan said she was appalled by the reports of killings and "
        "called for those responsible to be held to account.",
        "V D H",
        "village raid",
    ),
    # Dabanga, 2025
    (
        "Shells hit water point in Abu Shouk camp, killing 14 as El Fasher siege tightens",
        "At least 14 people, among them five children, were killed when artillery shells fell on "
        "the Abu Shouk camp for displaced people on the northern edge of El Fasher on Thursday "
        "morning, the camp's emergency room said. Volunteers said the shells landed near a "
        "crowded water point and a Koranic school in the eastern blocks of the camp, and that "
        "more than 30 wounded people were carried on donkey carts to the Saudi Hospital, the "
        "last facility still partly working in the city. The emergency room blamed the Rapid "
        "Support Forces (RSF), which have besieged El Fasher since May 2024 and have repeatedly "
        "shelled the camp from positions to the north and east. An RSF adviser, speaking to a "
        "television channel in Nairobi, accused the army and the allied joint forces of using "
        "the camp as a base. Residents said a sack of millet in the camp market now costs more "
        "than three million pounds, and that many families were surviving on ambaz, the animal "
        "feed made from peanut husks. “People no longer leave their shelters to queue for water, "
        "because the queue is where the shells fall,” a teacher in the camp told Dabanga. "
        "Hundreds of families left for Tawila, about 60 kilometres to the west, on Friday, "
        "walking through areas where travellers have been robbed and beaten. Médecins Sans "
        "Frontières, which supports clinics in Tawila, said new arrivals reported that children "
        "had died of hunger along the road. The UN humanitarian coordinator renewed her call for "
        "a pause in the fighting to allow food convoys into the city.",
        "E V D H",
        "shelling of displacement camp",
    ),
    # Sudan Tribune, 2025
    (
        "Sudanese army says it has recaptured Um Sumeima west of El Obeid after heavy fighting",
        "The Sudanese Armed Forces (SAF) said on Saturday it had recaptured the town of Um "
        "Sumeima, about 40 kilometres west of El Obeid, after two days of heavy fighting with "
        "the Rapid Support Forces (RSF) in North Kordofan. In a statement, the army spokesperson "
        "said its units, supported by the Joint Forces of the armed struggle movements and "
        "mobilised volunteers, had “cleansed” the town and destroyed 17 combat vehicles, killing "
        "“hundreds of the rebel militia”. The figure could not be independently verified. The "
        "RSF said on Telegram that its fighters had carried out a “tactical withdrawal” and "
        "still controlled the road to Bara. A source in the North Kordofan government told Sudan "
        "Tribune that dozens of soldiers had also been killed and that the wounded had been "
        "taken to El Obeid Teaching Hospital. Residents of the surrounding villages said they "
        "had fled towards El Obeid on foot and on donkey carts as shells fell near their homes "
        "during the battle. The International Organization for Migration said more than 3,200 "
        "people had been displaced from Um Sumeima and nearby villages since Thursday. Um "
        "Sumeima sits on the western road that links El Obeid to En Nahud and Darfur, and has "
        "changed hands several times since the start of the year. Military analysts say the army "
        "is trying to push the RSF back from El Obeid, the capital of North Kordofan, which the "
        "paramilitary has threatened from the west and north for months.",
        "B M E D",
        "ground offensive",
    ),
    # Kyiv Independent, 2025
    (
        "Kharkiv opens another underground school hours after glide bombs hit the city",
        "Kharkiv opened its sixth underground school on Monday, a bunker of reinforced concrete "
        "six meters below a schoolyard in the Saltivka district where about 900 pupils will "
        "study in two shifts. Mayor Ihor Terekhov told the opening ceremony that the city now "
        "had room for more than 8,000 children to attend lessons in person, something that had "
        "been impossible since Russian shelling closed every school in the city in 2022. "
        "“Children should see each other, not only a screen,” Terekhov said. Hours before the "
        "ceremony, Russian forces struck the city with two guided aerial bombs, one of which hit "
        "a four-story residential building in the Kyivskyi district, Governor Oleh Syniehubov "
        "said. Nine people were injured, including a 12-year-old girl, and a fire broke out on "
        "the upper floors, according to the State Emergency Service. Syniehubov said the bombs "
        "had been dropped by aircraft flying over Russia's Belgorod Oblast, about 40 kilometers "
        "from the city. The underground schools were built with money from the city budget and "
        "international donors, and each has ventilation, backup generators and a medical room. "
        "Parents at the opening said they still worried about the journey to and from school. "
        "“Inside it's safe, but they have to get here,” said Oksana, a mother of two who asked "
        "that her surname not be used. The Education Ministry says about 40 underground schools "
        "are being built in front-line regions.",
        "E",
        "glide bomb strike",
    ),
    # Ukrainska Pravda, 2025
    (
        "General Staff: 163 combat clashes over the past day, the enemy most active near Pokrovsk",
        "Ukraine's defence forces repelled dozens of Russian assaults on the Pokrovsk front over "
        "the past day, the General Staff of the Armed Forces of Ukraine reported on Tuesday "
        "morning, as fighting continued on the approaches to Myrnohrad. In total, 163 combat "
        "clashes took place along the front line over the past 24 hours, the General Staff said, "
        "52 of them in the Pokrovsk direction near Rodynske, Shakhove, Udachne and Novopavlivka. "
        "Russian forces also launched four missile strikes and 71 airstrikes, dropping 128 "
        "guided aerial bombs on Ukrainian positions and populated areas, and used more than "
        "5,000 kamikaze drones, the report said. In the Kostiantynivka direction, Russian troops "
        "attacked 14 times near Shcherbynivka and Oleksandro-Shultyne. A spokesperson for the "
        "Khortytsia operational-strategic group of troops told Ukrainska Pravda that Russian "
        "infantry were trying to infiltrate Pokrovsk in groups of two or three, often on "
        "motorcycles or on foot at night. “They are not storming in columns any more, they are "
        "seeping in,” he said, adding that Ukrainian drone units were destroying most of the "
        "groups before they reached the outskirts. The Russian Defence Ministry claimed on "
        "Monday that its troops had captured another village in Donetsk Oblast, which the "
        "Ukrainian military denied. DeepState analysts said the situation around Pokrovsk "
        "remained difficult and that the grey zone south of the town had widened over the past "
        "week. The General Staff put Russian losses over the past day at 1,030 personnel, a "
        "figure that cannot be independently verified.",
        "B E",
        "battle",
    ),
    # Kyiv Independent, 2025
    (
        "Sumy Oblast orders forced evacuation of children from 11 more villages as shelling intensifies",
        "Authorities in Sumy Oblast on Thursday ordered the mandatory evacuation of families "
        "with children from 11 more villages near the Russian border, citing constant shelling "
        "and drone attacks, the regional military administration said. The order covers "
        "settlements in the Krasnopillia and Bilopillia communities, where about 400 children "
        "still live, according to the administration. Governor Oleh Hryhorov said that Russian "
        "forces had attacked the region 97 times over the past day with artillery, mortars, "
        "glide bombs and FPV drones, killing a 58-year-old man in his yard in Bilopillia and "
        "injuring three other civilians. “There is not a single day without shelling in these "
        "villages,” Hryhorov wrote on Telegram. Families who leave will be housed in temporary "
        "accommodation in Sumy and neighboring oblasts and will receive a one-off payment, the "
        "administration said. Volunteers helping with the evacuation said many elderly residents "
        "were refusing to go, even when their children and grandchildren left. “My cow, my "
        "garden, my husband's grave: where would I go?” said Halyna, a 71-year-old resident of a "
        "village near Krasnopillia, as a minibus took her daughter and two grandchildren to "
        "Sumy. Since the spring, Russian troops have pushed into the northern part of the "
        "oblast, and Ukrainian officials say Moscow is trying to carve out a so-called buffer "
        "zone along the border. More than 56,000 people have been evacuated from border areas of "
        "Sumy Oblast since the beginning of the year, according to regional authorities.",
        "D E",
        "evacuation under shelling",
    ),
    # Dawn, 2025
    (
        "12 soldiers martyred as khwarij attack check post in South Waziristan; 9 terrorists killed",
        "Twelve soldiers were martyred when a large group of terrorists attacked a security "
        "forces' check post in South Waziristan's Mullazai area in the early hours of Wednesday, "
        "the military's media wing said. According to a statement issued by the Inter-Services "
        "Public Relations (ISPR), the attackers first rammed an explosives-laden vehicle into "
        "the post's perimeter wall and then tried to storm it, leading to an intense exchange of "
        "fire. “The attempt to enter the post was effectively thwarted by own troops,” the ISPR "
        "said, adding that nine khwarij were sent to hell in the ensuing exchange. The military "
        "uses the term khwarij for members of the banned Tehreek-i-Taliban Pakistan (TTP), which "
        "it says operate from sanctuaries in Afghanistan. A sanitisation operation was being "
        "conducted in the area to eliminate any other khwarij found there, the statement said. "
        "Local officials in Wana told Dawn that the blast was heard several kilometres away and "
        "that the roof of a nearby girls' school and several houses had been damaged. The TTP "
        "claimed responsibility for the attack in a message to journalists. Prime Minister "
        "Shehbaz Sharif condemned the attack and paid tribute to the martyred soldiers, saying "
        "the nation “stands firmly with its armed forces against Fitna al Khawarij”. Khyber "
        "Pakhtunkhwa has seen a sharp rise in attacks on security forces and police since the "
        "TTP ended its ceasefire with the government in November 2022.",
        "B E T M",
        "attack on army post",
    ),
    # The Express Tribune, 2025
    (
        "Gunmen offload passengers from buses on Quetta-Taftan highway, kill nine",
        "Armed men blocked the N-40 highway near Noshki late on Friday, offloaded passengers "
        "from two Quetta-bound buses and shot dead nine of them after checking their identity "
        "cards, officials said on Saturday. The Noshki deputy commissioner told The Express "
        "Tribune that the victims, all of them from Punjab, were taken towards the nearby "
        "mountains and their bodies were found early in the morning. “They were separated from "
        "the other passengers only because of the addresses on their CNICs,” the official said. "
        "The bodies were shifted to the district headquarters hospital before being sent to "
        "their hometowns in Lodhran, Bahawalpur and Dera Ghazi Khan. The banned Baloch "
        "Liberation Army (BLA) claimed responsibility in a statement sent to the media. A "
        "Balochistan government spokesperson condemned what he called a “cowardly act of "
        "terrorism” and said a search operation had been launched to arrest the killers, who "
        "fled after setting one of the buses on fire. Traffic on the highway, the main link "
        "between Quetta and the Iranian border, remained suspended for several hours. "
        "Transporters' associations said they would stop night services on national highways in "
        "the province until security was guaranteed. Similar attacks on passengers from Punjab "
        "have taken place on highways in Musakhel, Kalat and Barkhan over the past two years.",
        "V T",
        "execution of bus passengers",
    ),
    # Dawn, 2024
    (
        "Kurram clashes enter fourth day; Parachinar cut off as death toll rises to 82",
        "Sporadic exchanges of fire between rival tribes continued in Lower Kurram on Tuesday as "
        "the death toll from four days of violence rose to 82, officials said, while the main "
        "road linking Parachinar to the rest of the country remained closed. The violence began "
        "on Thursday when gunmen opened fire on a convoy of passenger vehicles travelling from "
        "Parachinar to Peshawar under police escort near Bagan, killing 42 people, including "
        "women and children. Since then, armed men from both sides have attacked each other's "
        "villages with heavy weapons, a senior district official told Dawn, adding that shops "
        "and houses had been set on fire in Bagan and the surrounding area. “Both sides are "
        "using mortars and rocket launchers, and the police cannot enter some areas,” he said. A "
        "jirga of elders from Kohat and Peshawar reached Parachinar by helicopter on Monday to "
        "negotiate a ceasefire, but officials said the talks had not yet produced an agreement. "
        "Doctors at the district headquarters hospital in Parachinar said medicines were running "
        "out and that critically injured patients could not be shifted to Peshawar. Traders said "
        "petrol, flour and cooking oil had disappeared from the bazaar. Mobile internet services "
        "in the district have been suspended since Friday. “My brother has a bullet in his leg, "
        "and we have been told to wait, because the road is closed and the helicopter is only "
        "for officials,” said a resident of Parachinar who spoke to Dawn by landline. The Khyber "
        "Pakhtunkhwa government announced on Tuesday that it would airlift medicines to "
        "Parachinar and that the district administration had been ordered to remove bunkers "
        "built by both sides along the road. Shia organisations held peaceful sit-ins in "
        "Karachi, Lahore and Peshawar to demand the reopening of the road, while elders from the "
        "Sunni tribes of Lower Kurram said their villages had also been attacked and demanded "
        "compensation. Kurram, which borders Afghanistan, has a long history of sectarian and "
        "land disputes between Sunni and Shia tribes, and the road has been closed for weeks at "
        "a time since clashes in July.",
        "B V E H",
        "sectarian clashes",
    ),
    # Premium Times, 2025
    (
        "Bandits abduct over 40 worshippers during dawn prayer in Zamfara",
        "Bandits on Friday abducted more than 40 worshippers, including the imam, from a mosque "
        "in Kaura Namoda Local Government Area of Zamfara State, residents and local officials "
        "have said. The assailants, who came on about 30 motorcycles, surrounded the mosque in "
        "Dan Isah village during the dawn prayer and marched the worshippers into the bush, a "
        "resident, Sani Musa, told PREMIUM TIMES by phone. “They shot into the air and ordered "
        "everybody to lie down. Those who tried to run were beaten,” he said. Two people who "
        "attempted to escape were shot dead, according to the chairman of the local government, "
        "who asked not to be named for security reasons. The spokesperson of the Zamfara State "
        "Police Command confirmed the attack in a statement, saying tactical teams and local "
        "vigilantes had been deployed to the area “to rescue the victims unhurt”. Residents said "
        "the gang belonged to a group loyal to a notorious bandit leader who had demanded that "
        "villages in the area pay levies before they could farm. Many families in Dan Isah and "
        "neighbouring villages left for Kaura Namoda town on Friday afternoon, fearing another "
        "attack. Zamfara is one of several North-west states where armed gangs known locally as "
        "bandits kill, abduct and tax rural communities, and mass abductions from schools, "
        "mosques and farms have continued despite repeated military operations.",
        "V D",
        "mass abduction",
    ),
]
