"""dev77 positives: Libya, Tunisia, Algeria, Morocco and Western Sahara."""

POSITIVES = [
    (
        "Dozens killed as rival armed groups fight across Tripoli",
        "At least 32 people were killed and 159 wounded as armed groups backing Libya's two rival prime ministers fought with heavy weapons across Tripoli on Saturday, the health ministry said. Shells hit homes and hospitals in several districts, and dozens of families fled to safer parts of the city. The fighting ended when the forces loyal to the Tripoli government took the last positions of their rivals. Two hospitals moved their patients out after they were hit, the ministry said.",
        "B E D H",
        "armed clashes",
    ),
    (
        "Clashes erupt in Tripoli after commander detained at Mitiga airport",
        "Heavy fighting broke out in Tripoli between the 444 Brigade and the Radaa force after the brigade's commander was detained at Mitiga airport, leaving 55 people dead, the emergency medicine centre said. Flights were diverted to Misrata. The clashes stopped after the commander was handed over to a neutral force.",
        "B",
        "armed clashes",
    ),
    (
        "Mortar fire hits homes in Zawiya as militias battle",
        "Militias fought with rocket-propelled grenades and mortars in the western Libyan city of Zawiya for a second day on Tuesday, killing a woman and her son when a shell hit their home, the city's medical centre said. Students were trapped in a university building for hours. The coastal road to Tunisia was closed.",
        "B E",
        "armed clashes",
    ),
    (
        "Government drones strike smuggling sites in Zawiya",
        "Drones of Libya's Tripoli-based government struck what it called gang hideouts involved in fuel and human smuggling in Zawiya and the coastal area west of the city on Thursday. The strikes destroyed boats and warehouses, and a Zawiya lawmaker said a house was hit. The defence ministry said the operation would continue.",
        "E M",
        "drone strike",
    ),
    (
        "Air strike on migrant detention centre in Tajoura kills 53",
        "An air strike hit a detention centre for migrants in Tajoura, east of Tripoli, on Tuesday night, killing at least 53 people held inside, the UN said. The hangar was crowded with African migrants who had been intercepted at sea. The Tripoli government blamed forces of eastern commander Khalifa Haftar, who were besieging the capital.",
        "E V",
        "air strike",
    ),
    (
        "Protesters storm and burn parliament building in Tobruk",
        "Protesters stormed the headquarters of Libya's eastern-based parliament in Tobruk on Friday and set part of the building on fire, angry at power cuts and political paralysis. Demonstrators drove a bulldozer through the gate and threw documents into the street. Protesters in Tripoli and Misrata also burned tyres.",
        "U",
        "riot",
    ),
    (
        "Gunman kills 38 tourists on beach near Sousse",
        "A gunman opened fire on tourists at a beach hotel in Port El Kantaoui near Sousse on Friday, killing 38 people, most of them British, before he was shot dead by police. The Islamic State group claimed the attack, months after the assault on the Bardo museum. Tour operators began flying holidaymakers home.",
        "T V",
        "terrorist attack",
    ),
    (
        "Jihadists attack army and police posts in Ben Guerdane",
        "Dozens of jihadist gunmen attacked an army barracks and police posts in Ben Guerdane near the Libyan border at dawn on Monday, and security forces killed 36 of them in battles through the town, Tunisia's interior ministry said. Twelve members of the security forces and seven civilians were also killed. A curfew was declared and the border closed.",
        "B T",
        "armed attack",
    ),
    (
        "Landmine kills soldiers on Mount Chaambi",
        "Three Tunisian soldiers were killed and two wounded when their vehicle hit a landmine during a combing operation on Mount Chaambi near Kasserine on Sunday, the defence ministry said. The ministry blamed a jihadist group linked to al-Qaeda that has planted mines on the mountain. Military aircraft bombed suspected hideouts afterwards.",
        "E T M",
        "landmine",
    ),
    (
        "Night clashes in Tunisian towns as youths fight police",
        "Young people clashed with police in several Tunisian towns for a fourth night, throwing stones and petrol bombs while security forces fired tear gas, the interior ministry said on Tuesday. More than 600 people were arrested and shops were looted in Sousse and Siliana. The army was deployed to protect public buildings.",
        "U",
        "riot",
    ),
    (
        "Guard opens fire near Djerba synagogue during pilgrimage",
        "A naval guard shot dead a colleague and then opened fire near the Ghriba synagogue on the island of Djerba during an annual Jewish pilgrimage on Tuesday, killing two pilgrims and two security officers before he was killed. The interior ministry said the attack was treated as a terrorist attack. Hundreds of pilgrims were locked inside the synagogue.",
        "T V",
        "terrorist attack",
    ),
    (
        "Militants seize gas plant at In Amenas, take foreign workers hostage",
        "Islamist militants stormed the In Amenas gas plant in Algeria's eastern desert and took hundreds of workers hostage, including dozens of foreigners, the interior ministry said on Wednesday. A British worker and an Algerian guard were killed in the assault. Algerian troops surrounded the site, and a group linked to al-Qaeda said it held the hostages.",
        "T V",
        "hostage-taking",
    ),
    (
        "Nine soldiers killed in ambush in Ain Defla",
        "Nine Algerian soldiers were killed in an ambush by armed militants in the mountains of Ain Defla province on Friday, the defence ministry said. The soldiers were searching for a group when they came under fire. Al-Qaeda in the Islamic Maghreb claimed the attack, and the army launched a search operation.",
        "B T",
        "ambush",
    ),
    (
        "Bomb rips through cafe on Marrakech's Jemaa el-Fna square",
        "A bomb exploded in the Argana cafe overlooking Marrakech's Jemaa el-Fna square on Thursday, killing 17 people, most of them foreign tourists, Morocco's interior ministry said. The government called it a criminal terrorist act. Investigators said the device was set off remotely.",
        "E V T",
        "bombing",
    ),
    (
        "Two Scandinavian hikers killed near Imlil in Atlas mountains",
        "The bodies of two Scandinavian women were found at a campsite near the village of Imlil in Morocco's High Atlas, and the authorities said the killing was a terrorist act. Four suspects who had pledged allegiance to the Islamic State group in a video were arrested. The women had been hiking towards Mount Toubkal.",
        "V T",
        "killing of civilians",
    ),
    (
        "Police and protesters clash in Al Hoceima",
        "Police fired tear gas and water cannon at protesters in Al Hoceima on Monday, and young people threw stones at security forces, injuring dozens of officers, the interior ministry said. Dozens were arrested after the protest movement's leader was detained for interrupting a Friday sermon. The Rif region has seen months of protests over neglect.",
        "U",
        "clashes with police",
    ),
    (
        "Projectiles hit residential districts in Smara, killing one",
        "Four projectiles hit residential neighbourhoods of Smara in Western Sahara overnight, killing one man and wounding three, Moroccan authorities said. Residents said the explosions shook homes near a stadium. Officials blamed the Polisario Front, which has declared war on Morocco since the end of the ceasefire. Moroccan prosecutors opened an investigation and UN peacekeepers visited the impact sites.",
        "E V",
        "shelling",
    ),
    (
        "Moroccan drone strike kills men in vehicles east of the berm",
        "A Moroccan drone strike hit two vehicles in the area east of the sand berm near Bir Lahlou in Western Sahara on Sunday, killing three men, the Polisario Front said. Moroccan media said the vehicles were carrying Polisario fighters preparing an attack.",
        "E M",
        "drone strike",
    ),
    (
        "Moroccan troops clear Guerguerat road, Polisario ends ceasefire",
        "Moroccan troops moved into the Guerguerat buffer zone in Western Sahara on Friday to reopen the road to Mauritania that Polisario supporters had blocked for weeks. The Polisario Front said its fighters fired at Moroccan positions along the berm and declared the 1991 ceasefire over. Morocco said no one was hurt in the operation.",
        "M B",
        "military operation",
    ),
    (
        "Gendarmes kill three as youths storm station in Lqliaa",
        "Gendarmes shot dead three people who tried to storm a gendarmerie station in Lqliaa near Agadir on Wednesday night and seize weapons, Morocco's interior ministry said. Youths set fire to cars and banks in several towns during the third night of protests over health and education. Hundreds of people were arrested.",
        "U",
        "riot",
    ),
]
