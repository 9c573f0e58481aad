"""dev129 positives, part a: features and reports that report current organised violence."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "In Kharkiv's underground classrooms, children learn to tell a glide bomb from a drone",
        "The school on Heroiv Pratsi street has no windows, and that is the point. Built six "
        "metres below a playground in the north of Kharkiv, it opened in September with room for "
        "900 pupils in two shifts, and its corridors still smell of fresh paint and disinfectant. "
        "Teachers say the children arrive at 8am with their backpacks and, often, with a verdict "
        "on the night: which bangs were close, which were air defence, which were the heavy thud "
        "of a guided bomb. 'They are experts now, and I wish they weren't,' said Iryna, a maths "
        "teacher who asked that her surname not be used. The city of 1.3 million has lived under "
        "fire since February 2022, but this spring has been among the hardest. On Thursday "
        "afternoon a Russian glide bomb struck a printing house in the Osnovianskyi district, "
        "killing seven workers and injuring more than 20, according to the regional governor, "
        "Oleh Syniehubov. Two days earlier a missile hit a residential street near the zoo, and "
        "rescuers pulled a woman and her teenage son alive from the rubble. Many families who "
        "left in 2022 came back when the front moved away; some are now weighing whether to leave "
        "again. The underground school, the mayor says, is a way of asking them to stay. On "
        "Mondays the pupils sing the anthem in the assembly hall, under strip lights and a "
        "painted blue sky.",
        "E",
        "glide bomb and missile strikes",
    ),
    (
        "'We walked for two days': survivors of the Zamzam camp assault reach Tawila",
        "Halima Adam carried her youngest daughter for most of the 60 kilometres from Zamzam to "
        "Tawila, stopping only when the midday sun made it impossible to go on. She arrived on "
        "Tuesday with four of her five children; the fifth, a boy of 14, was separated from the "
        "family when fighters on motorbikes entered the camp. The Rapid Support Forces, the "
        "paramilitary group at war with Sudan's army since April 2023, stormed Zamzam over the "
        "weekend after months of siege, shelling homes and shooting residents as they ran, "
        "according to survivors and aid groups. At least 300 people were killed, among them nine "
        "staff of a medical charity who ran one of the camp's last clinics, the UN said. The RSF "
        "denied targeting civilians and said it had cleared the camp of army-aligned fighters. "
        "More than 400,000 people have fled Zamzam in a week, according to the International "
        "Organization for Migration, most of them towards Tawila, where volunteers and a handful "
        "of agencies were already stretched. The queues at the water points last the whole day. "
        "'We are registering families under the trees because there is no more space,' said a "
        "coordinator with one of the local emergency response rooms. Funding cuts have closed "
        "several of the organisations that used to support those groups, and food rations were "
        "halved in March. Halima says she has asked every new arrival about her son. Nobody has "
        "seen him.",
        "V E D H",
        "assault on displacement camp",
    ),
    (
        "The last bakery in Deir el-Balah: bread, queues and the sound of drones",
        "By five in the morning the line outside Abu Salem's bakery in Deir el-Balah already "
        "stretches past the pharmacy and around the corner of the mosque. It is one of only two "
        "bakeries still working in the central Gaza Strip, and it runs on flour that reaches it "
        "through the World Food Programme when the crossings allow. This week they barely did: "
        "the UN said only 41 aid trucks entered the territory between Sunday and Wednesday. Most "
        "of the people in the queue were displaced from the north months ago and now sleep in "
        "tents along the coast road, some of them for the fourth or fifth time. On Wednesday an "
        "Israeli strike hit a house about 200 metres from the bakery, killing a father and three "
        "of his children, according to the civil defence, and the queue scattered before forming "
        "again within the hour. 'People are afraid, but hunger is stronger than fear,' said "
        "Mahmoud, 31, who has worked at the ovens since the autumn. The bakery makes about 20,000 "
        "loaves a day, rationed to one bundle per family card. Its generator runs on diesel that "
        "costs ten times what it did before the war, and the owner does not know how long he can "
        "pay for it. When the flour runs out, he said, the doors close and the crowd goes home "
        "with nothing.",
        "E H D",
        "air strike",
    ),
    (
        "Myanmar's junta is losing the west of the country, one town at a time",
        "When Myanmar's generals seized power in 2021, few expected the Arakan Army, an ethnic "
        "militia from the country's western fringe, to become their most dangerous foe. Yet the "
        "group now controls most of Rakhine state. This month its fighters took the town of "
        "Thandwe after a three-week siege, capturing its airport and a battalion headquarters, "
        "and the junta answered in its usual way: air strikes on villages behind the new front "
        "line. At least 18 people were killed on Sunday when a jet bombed a market in a village "
        "near Thandwe, according to local aid workers. The army's problem is arithmetic. It has "
        "lost thousands of soldiers to death, desertion and surrender since the resistance "
        "offensive of late 2023, and a conscription law passed last year has produced unwilling "
        "recruits rather than a revived force. Its advantage is the sky, and Chinese and Russian "
        "aircraft make sure it keeps it. Elsewhere the picture is more mixed. In the north-east, "
        "China brokered a ceasefire that made one rebel alliance hand back the city of Lashio, "
        "which it had captured the year before, and Beijing has squeezed the border trade on "
        "which other groups depend, a reminder that the resistance's supply lines run through "
        "a neighbour that wants the regime weakened but not gone. The generals, for their part, "
        "have promised an election, to be held in stages in the areas they still control, which "
        "almost no government outside the region expects to recognise. For the Arakan Army, "
        "victory brings its own burden. "
        "Rakhine is cut off from the rest of the country, rice prices have tripled and the "
        "group's treatment of the Rohingya minority has drawn accusations of abuse. Running a "
        "shattered state may prove harder than taking it.",
        "B E V",
        "rebel offensive",
    ),
    (
        "In Djibo, a town under blockade, life depends on the next convoy",
        "For three years the road into Djibo has been the most dangerous in Burkina Faso. The "
        "town, in the north of the country near the border with Mali, has been encircled since "
        "2022 by fighters of the Group for the Support of Islam and Muslims (JNIM), al-Qaeda's "
        "affiliate in the Sahel, who plant mines on its access roads and burn the trucks that try "
        "to reach it. Its population has swollen to more than 300,000 with people who fled the "
        "surrounding villages, and almost everything they eat arrives by army-escorted convoy or "
        "by helicopter. Last week even that failed. A convoy of some 150 trucks was ambushed 30 "
        "kilometres south of the town on Thursday, and the army said it had repelled the attack "
        "after several hours of fighting; residents and a security source said dozens of soldiers "
        "and civilian drivers were killed. In the market the price of a bag of millet has doubled "
        "since the weekend. Doctors at the district hospital report more children with severe "
        "malnutrition each week, and the therapeutic food that treats them is running out. The "
        "junta in Ouagadougou has stopped publishing casualty figures and suspended several "
        "foreign broadcasters for their coverage of the north. In Djibo, people say, news now "
        "travels by the trucks that do not arrive.",
        "T B H D",
        "ambush on supply convoy",
    ),
    (
        "'We hunt at night': a day with a Ukrainian drone unit outside Pokrovsk",
        "The command post of the drone unit is a cellar under a collapsed farmhouse, lit by "
        "laptop screens and a string of fairy lights someone brought back from leave. Its "
        "operators, most of them in their twenties, fly small quadcopters and heavier bombers "
        "over a strip of fields south of Pokrovsk, where Russian infantry has been pushing in "
        "small groups for months. 'They come in twos and threes, on foot, on motorbikes, even on "
        "scooters,' said the unit's commander, a former wedding videographer with the call sign "
        "Kadr. On the night this reporter spent with them, the team struck an armoured vehicle "
        "and two groups of soldiers moving along a tree line, and watched a Russian glide bomb "
        "flatten a position held by a neighbouring brigade. By dawn, two Russian drones had hit "
        "the road the unit uses to bring in batteries. Ukraine's general staff reported 63 "
        "clashes on the Pokrovsk axis that day, more than anywhere else on the front. The "
        "operators say the war they fight now is mostly one of machines, but the men who hold "
        "the trenches ahead of them are too few. Kadr has not been home to Dnipro since March. "
        "His daughter, he said, sends him drawings of drones with hearts on them.",
        "B E",
        "front-line fighting",
    ),
    (
        "Ostap Hrytsenko obituary",
        "The Ukrainian poet and translator Ostap Hrytsenko, who has been killed in action aged "
        "37, wrote some of the quietest verse to come out of his country's war. His last "
        "collection, written in a trench notebook and published in Lviv in the spring, is about "
        "birds, his grandmother's orchard and the silence after shelling. He was killed on 14 "
        "May by Russian artillery fire on his unit's position near Chasiv Yar, where fighting "
        "for the town has gone on for months, his brigade confirmed this week. Born in Uman in "
        "1987, the son of a schoolteacher and a railway engineer, Ostap studied philology in "
        "Kyiv and spent a decade translating Polish and Irish poetry into Ukrainian, including a "
        "much-praised selection of Seamus Heaney. He volunteered in March 2022, a week after "
        "finishing a translation he called 'the most peaceful thing I will ever do'. Friends "
        "remember a tall, shy man who carried books in his rucksack to the front and read aloud "
        "to his comrades from them. His poems were set to music by a Kyiv folk band "
        "last year, and he appeared, in uniform, at a reading in Warsaw in the autumn. He is "
        "survived by his wife, Solomiia, their son, Yarema, and his mother, Halyna.",
        "B E",
        "soldier killed in action",
    ),
    (
        "Sumy sprinter races on days after missile strike on her home city",
        "When Yuliia Marchenko settled into her blocks for the 400m heat in Nanjing on Friday, "
        "her phone was still full of messages from home. Five days earlier two Russian ballistic "
        "missiles struck the centre of Sumy, her home city in north-east Ukraine, as people "
        "walked to church on Sunday morning, killing 35 people, two of them children, and "
        "injuring more than a hundred. One hit a trolleybus outside the university where she "
        "studied. 'I know the street, I know the bus stop, I know the woman who sold coffee "
        "there,' the 24-year-old said after finishing fourth in her heat. Ukrainian officials "
        "called the strike a deliberate attack on civilians, while Moscow said it had targeted a "
        "meeting of military commanders. Marchenko's parents still live in Sumy, 30 kilometres "
        "from the Russian border, and her old club trains in a basement gym because the stadium "
        "was damaged last year. She left for a training base in Portugal in 2022 and has not "
        "lived at home since. She wore a black ribbon on her vest in Nanjing. Her coach said she "
        "had considered withdrawing, but decided to run because 'people at home are watching, "
        "and they need something that is not news'.",
        "E V",
        "missile strike on city centre",
    ),
    (
        "Ten months out of Kiryat Shmona: the evacuees who have stopped counting",
        "The lobby of the Tiberias hotel that has housed 300 residents of Kiryat Shmona since last "
        "October looks, at first, like any other: a reception desk, a coffee machine, a television "
        "showing football. Then the children come home from the makeshift school in the "
        "conference rooms, and the place turns into what it has become, a town in exile. About "
        "60,000 Israelis were evacuated from communities along the Lebanese border after "
        "Hezbollah began firing at the north, and most of them are still out of their homes. "
        "They have stopped counting the months, says Orly, a kindergarten teacher who shares two "
        "rooms with her husband and three children. Hezbollah fired some 50 rockets at the "
        "Galilee panhandle on Tuesday, and one hit a street in Kiryat Shmona, setting two houses "
        "on fire, the fire service said; nobody was hurt because nobody lives there now. Israeli "
        "jets struck targets in southern Lebanon in response, the army said. Orly's husband goes "
        "back once a week to check the house and water the lemon tree. The state pays the hotels "
        "and a monthly grant, but residents say no minister has told them when they can return. "
        "'We are not refugees,' Orly said. 'But we are not at home either.'",
        "E D",
        "rocket fire and displacement",
    ),
    (
        "In Parachinar, a road closed for weeks leaves hospitals without medicine",
        "The only road linking Parachinar to the rest of Pakistan has been closed for more than "
        "two months, and the district headquarters hospital is counting what is left on its "
        "shelves. Doctors there say at least 29 children have died since October for lack of "
        "medicines and oxygen that could not be brought in. The highway through Kurram has been "
        "shut since 21 November, when gunmen opened fire on a convoy of passenger vans near "
        "Bagan, killing more than 40 people, most of them Shia travellers. Days of fighting "
        "between armed tribesmen of the Sunni and Shia communities followed, killing scores more "
        "and burning shops and homes in Bagan's bazaar. The district, which borders the Afghan "
        "provinces of Khost and Paktia, has a long history of sectarian clashes, often set off "
        "by disputes over land between Sunni and Shia tribes, and a peace accord signed after "
        "the fighting of 2007 was never fully carried out. Provincial ministers flew in by "
        "helicopter last week to meet tribal elders, and the government says it will set up "
        "police posts along the road and demolish private bunkers on both sides. A ceasefire brokered by a jirga is meant "
        "to reopen the road, but on Saturday a convoy of food trucks was again attacked and "
        "looted at Bagan, and drivers refused to go on. Prices in Parachinar have tripled, "
        "petrol is sold by the bottle and a helicopter service run by the provincial government "
        "carries a few dozen patients a week. Traders staged a sit-in at the press club on "
        "Monday. 'We are living under siege inside our own country,' said one of them, a medical "
        "store owner who has not restocked since the autumn.",
        "V B H",
        "sectarian violence and blockade",
    ),
]
