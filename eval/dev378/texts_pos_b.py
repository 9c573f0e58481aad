"""Positives of eval/dev378, part B: Central Europeans in Ukraine and abroad, refugees, strikes near the border."""

POSITIVES = [
    (
        "Czech volunteer killed by drone near Pokrovsk, his unit says",
        "A Czech volunteer serving in a Ukrainian assault battalion was killed by a Russian drone near Pokrovsk on Saturday, his unit announced on Monday, Seznam Zprávy reported. "
        'The 36-year-old from Ostrava had fought in Ukraine since the spring of 2022 and was known by the call sign "Bohem", the unit wrote. '
        "He was hit while evacuating a wounded comrade from a position in a forest belt south of the town, where Russian troops have been advancing for weeks. "
        "The Czech Foreign Ministry said it was aware of the case and was providing consular assistance to the family. "
        "Under Czech law, citizens need the president's permission to serve in a foreign army, and President Petr Pavel has approved several hundred requests. "
        "At least six Czechs are known to have died fighting for Ukraine since the full-scale invasion, according to the server's own count. "
        "Friends are raising money to bring the body back to Ostrava.",
        "B E",
        "drone_strike",
    ),
    (
        "Conscript from Beregszász dies on the front, Hungarian community in Transcarpathia mourns",
        "A 31-year-old ethnic Hungarian from Beregszász (Berehove) who was mobilised last autumn has been killed in fighting in the Donetsk region, his family told the Hungarian news site Telex. "
        "He died when his unit's position near Toretsk came under heavy artillery fire, the family said, citing his commander. "
        "The funeral in the town's Reformed church on Saturday was attended by hundreds of people, and the sermon was held in Hungarian. "
        "According to the KMKSZ, the main Hungarian organisation in Transcarpathia, several dozen Hungarian-speaking men from the region have been killed since 2022. "
        "Many families have sent their sons across the border to Hungary to avoid conscription, and some villages have few working-age men left, the organisation says. "
        "Budapest has repeatedly accused Kyiv of forcibly mobilising ethnic Hungarians, which Ukrainian officials deny. "
        "The man leaves a wife and two small children.",
        "B E",
        "battle",
    ),
    (
        "Russian missiles hit American electronics factory in Mukachevo, 40 km from the Slovak and Hungarian borders",
        "Russian cruise missiles struck the Flex electronics factory in Mukachevo, in Ukraine's Transcarpathia, early on Thursday, injuring at least 19 workers and starting a large fire, the regional governor said. "
        "It was one of the heaviest attacks on the region, which lies about 40 kilometres from the borders with Slovakia and Hungary and had been largely spared since 2022. "
        "About 600 people were on the night shift when air-raid sirens sounded, and most reached shelters in time, the company said. "
        "Slovak and Hungarian media reported that the explosions were heard in villages near Veľké Slemence on the Slovak side. "
        "Slovakia's defence ministry said the situation in its airspace was being monitored and that no aircraft had been scrambled. "
        "The factory, owned by a US company, makes electronic components for household appliances. "
        "Hungarian Foreign Minister Péter Szijjártó called the attack unacceptable and said it showed the need for a ceasefire.",
        "E",
        "missile_strike",
    ),
    (
        "Thousands cross at Medyka on foot as Poland opens reception points for people fleeing Ukraine",
        "Thousands of people, most of them women and children, crossed into Poland on foot at Medyka on Saturday, many after walking for hours in a queue that stretched for kilometres on the Ukrainian side, the border guard said. "
        "About 100,000 people had entered Poland from Ukraine since Russia's invasion on Thursday, the deputy interior minister told PAP. "
        "Volunteers handed out soup, tea and SIM cards at the crossing, and buses took people to a reception point in a shopping centre in Przemyśl. "
        '"We heard the explosions in Kyiv and left with one bag each," a woman travelling with her two daughters told Gazeta Wyborcza. '
        "Men between 18 and 60 have been barred from leaving Ukraine, so most families were split at the border. "
        "Poland has opened eight reception points along the frontier, and local authorities said schools and sports halls were being prepared for more arrivals. "
        'Drivers from across the country came with cars to offer people a lift to Warsaw, Kraków and Wrocław. At the railway station in Przemyśl, hundreds of people slept on the floor of the waiting hall while waiting for trains west. The UN refugee agency said more than 360,000 people had fled Ukraine in total, about half of them to Poland. Hungary, Slovakia, Romania and Moldova also reported long queues at their crossings. "No one will be turned away," the head of the border guard said. Some of the people crossing were students from India and Nigeria, who said they had been held back on the Ukrainian side.',
        "D H",
        "displacement",
    ),
    (
        "Refugees sleep at Záhony railway station as trains from Chop arrive full",
        "Hundreds of refugees from Ukraine spent the night in the waiting hall of the railway station in Záhony, on Hungary's border, as trains from Chop kept arriving full, the town's mayor told the news agency MTI. "
        "Since the start of the war more than 140,000 people have crossed into Hungary, according to the police, most of them at Záhony, Beregsurány and Barabás. "
        "The Hungarian Red Cross, the Reformed Church and the Maltese Charity Service set up tents with hot food, nappies and medicines in front of the station. "
        "Many of the new arrivals came from Kyiv and Kharkiv, which are under heavy Russian shelling, volunteers said. "
        '"There is no room left in Beregszász, everyone is moving on," said a volunteer from the Transcarpathian town. '
        "The government has opened a free train service to Budapest, where volunteers meet refugees at the Nyugati and Keleti stations. "
        "Prime Minister Viktor Orbán said Hungary would let in everyone fleeing the war.",
        "D H",
        "displacement",
    ),
    (
        "Queues of up to 30 hours at Vyšné Nemecké as women and children flee to Slovakia",
        "Women and children fleeing the Russian invasion waited up to 30 hours in freezing weather to cross the border at Vyšné Nemecké, in eastern Slovakia, the Slovak police said on Monday. "
        "More than 60,000 people have come into Slovakia from Ukraine since Thursday, Interior Minister Roman Mikulec told a press conference. "
        "The army set up a tent camp with heated tents and field kitchens near the crossing, and firefighters brought drinking water. "
        '"Many arrive with nothing, some with a cat or a dog under their coat," a volunteer from Michalovce told the daily SME. '
        "The government has opened large-capacity centres in Humenné, Michalovce and Bratislava, and volunteers in Košice offered their flats. "
        "The Slovak railway company is running free trains from Čierna nad Tisou. "
        "Ukraine's border guard said the queue on its side was still several kilometres long in the evening.",
        "D H",
        "displacement",
    ),
    (
        "Seven killed in Lviv as Russia hits western Ukraine; Polish jets scrambled to protect airspace",
        "Seven people, including three children, were killed when Russian missiles and drones hit Lviv on Wednesday morning, the mayor Andriy Sadovyi said. "
        "A missile hit a residential building in the historic centre, near the railway station, and more than 60 people were injured, regional officials said. "
        "Poland's Operational Command scrambled Polish and allied aircraft as a precaution, and ground-based air defence and radar systems were put on the highest readiness, it said on X. "
        '"All the necessary procedures have been activated," the command wrote, asking residents of the border regions to stay calm. '
        "Rzeczpospolita reported that the explosions were heard in towns near the border around Hrebenne. "
        "The Polish consulate in Lviv said no Polish citizens were reported among the victims. "
        "President Andrzej Duda called the attack an act of terror against civilians and said Poland would send more generators to the city.",
        "E M",
        "missile_strike",
    ),
    (
        "Polish paramedic killed by Russian drone in Kherson region, foundation says",
        "A Polish paramedic volunteering with a humanitarian foundation was killed by a Russian drone while evacuating civilians in the Kherson region, the foundation said on Friday. "
        "The 42-year-old man from Łódź and a Ukrainian driver were in a clearly marked ambulance on a road near Bilozerka when it was hit, according to the statement. "
        "The driver was seriously wounded and was taken to hospital in Kherson, the regional administration said. "
        "Russian forces on the other bank of the Dnipro have been using small drones to hunt cars, buses and even people on bicycles in the city and the villages around it for months, local officials say. "
        "The foundation's director told TVN24 that the team had evacuated more than 300 elderly people from the river front this year. "
        "Foreign Minister Radosław Sikorski said it was a war crime and that the Polish embassy in Kyiv was helping to bring the body home. "
        "The foundation said it would suspend evacuations in the area.",
        "E V H",
        "drone_strike",
    ),
    (
        "Russian missile flies over Polish territory for three minutes during massive attack on Ukraine",
        "A Russian cruise missile entered Polish airspace near Zamość on Friday morning and flew about 40 kilometres over Polish territory before turning back into Ukraine, the chief of the general staff, General Wiesław Kukuła, said. "
        "The incursion lasted less than three minutes and was tracked by radar the whole time, he said. "
        "It came during one of the largest Russian attacks of the war, in which at least 31 people were killed across Ukraine and a maternity hospital in Dnipro was hit, Ukrainian officials said. "
        "Poland scrambled F-16 fighters, and the president called a meeting at the National Security Bureau. "
        '"If the missile had crossed into our territory again, it would have been shot down," the general told reporters. '
        "Soldiers were searching fields near Hrubieszów for possible debris, police said. "
        "The Foreign Ministry summoned the Russian chargé d'affaires, who did not appear.",
        "E",
        "missile_strike",
    ),
    (
        "Man who set fire to Prague bus was paid by Russia, police say; charged with terrorist attack",
        "A Colombian man who set fire to a city bus in Prague's Kbely depot was acting on instructions from Russia, Czech police said on Tuesday, and has been charged with a terrorist attack. "
        "The suspect, 26, tried to set light to three other buses on the same night and was arrested a few days later in Prague's Letňany, police told ČTK. "
        "He had been recruited through social networks and promised payment in cryptocurrency, Interior Minister Vít Rakušan said, adding that the aim was to spread fear in society. "
        "No one was injured, and the burned bus, parked at the depot overnight, was written off. "
        '"It is a hybrid attack, and we take it extremely seriously," the minister told reporters. '
        "Investigators suspect the man also sprayed anti-government graffiti on a building in Prague 6, according to the daily Deník N. "
        "He faces up to 20 years in prison if convicted.",
        "T",
        "sabotage_arson",
    ),
    (
        "Three Czech soldiers killed by suicide bomber near Bagram air base",
        "Three Czech soldiers were killed and another was wounded when a suicide bomber on foot attacked their patrol near Bagram air base in Afghanistan on Sunday, the Czech army said. "
        "The soldiers, from the 44th light motorised battalion in Jindřichův Hradec, were on a joint patrol with Afghan forces in the Parwan province, Chief of Staff Aleš Opata said. "
        "The Taliban claimed responsibility for the attack, which also wounded several Afghan policemen, according to local officials. "
        "It was the deadliest attack on Czech troops since they joined the mission in Afghanistan. "
        '"It is a terrible loss," Defence Minister Lubomír Metnar said, adding that the mission would continue. '
        "The wounded soldier was taken to a US military hospital and was not in danger, the army said. "
        "Flags were flown at half-mast on military buildings across the country on Monday.",
        "E T",
        "suicide_bombing",
    ),
    (
        "Polish UNIFIL soldiers take to shelters as fire hits positions in southern Lebanon",
        "Polish soldiers serving with the UN peacekeeping force in Lebanon spent the night in shelters as Israeli strikes and Hezbollah rocket fire hit the area around their base, the Operational Command said on Sunday. "
        "None of the roughly 200 Polish troops in the contingent was injured, the command said, after two Indonesian peacekeepers were wounded when an Israeli tank fired at an observation tower in Naqoura. "
        "The Polish base lies in the sector where Israeli forces launched a ground operation against Hezbollah at the start of the month. "
        "Defence Minister Władysław Kosiniak-Kamysz told PAP that the soldiers were safe and that Poland was not planning to withdraw them for now. "
        '"They know what to do, they have trained for such situations," he said. '
        "UNIFIL said its positions had been hit several times in recent days and called it a grave violation of international law. "
        "Families of the soldiers were being kept informed, the ministry said.",
        "E B",
        "cross_border_fire",
    ),
    (
        "Air force Hercules brings first Poles out of Israel as rockets fall on Tel Aviv",
        "A Polish air force Hercules and two Embraer aircraft brought about 400 Polish citizens back from Israel on Tuesday, landing at Warsaw's Okęcie airport, the Foreign Ministry said. "
        "They had left Tel Aviv as Hamas kept firing rockets at the city, three days after the group's attack on southern Israel killed hundreds of people. "
        '"We spent two nights running to the shelter in the stairwell," a woman from Kraków told TVN24 at the airport. '
        "The ministry said that about 1,000 Poles had asked for help in leaving, and more flights were planned for Wednesday and Thursday from Tel Aviv and from Jordan's capital. "
        "Polish citizens were also among those killed and taken hostage by Hamas, the foreign minister said, without giving numbers. "
        "Commercial airlines have cancelled most flights to Israel. "
        "Soldiers of the special forces unit GROM were sent to help with the evacuation, Rzeczpospolita reported.",
        "D E",
        "evacuation",
    ),
    (
        "Czech reporter wounded in shelling of Kharkiv, his outlet says",
        "A Czech reporter working for Czech Radio was lightly wounded when Russian shells hit a residential district of Kharkiv on Thursday afternoon, the broadcaster said. "
        "He and his Ukrainian fixer were interviewing residents near a damaged apartment block in the Saltivka district when a second round of explosions hit the street, the station's foreign desk said. "
        "He suffered shrapnel wounds to his leg and was treated in a city hospital, and his fixer was not hurt. "
        "Kharkiv's mayor said four civilians were killed and 17 injured in the shelling, which also hit a school and a shop. "
        "Saltivka, in the north-east of the city, has been shelled almost every day since the start of the invasion. "
        '"He is in good spirits and wants to go on working," the editor-in-chief told the news server iRozhlas. '
        "The Czech embassy in Kyiv said it was in contact with him.",
        "E",
        "shelling",
    ),
    (
        "Two Poles among dead as Russian ballistic missile hits Odesa port",
        "Two Polish citizens were among eight people killed when a Russian ballistic missile hit the port of Odesa on Monday evening, the Polish Foreign Ministry said. "
        "The men, both in their fifties, were drivers for a Polish haulage company and had come to deliver farm machinery, the company told the regional news site Nowiny24. "
        "The missile struck a warehouse area where several trucks were waiting to be unloaded, Odesa's regional governor said, and 14 people were wounded. "
        "A civilian ship flying the flag of Saint Kitts and Nevis was also damaged. "
        "Poland's consul in Odesa was at the scene, the ministry said, and was helping the families bring the bodies home. "
        "The haulage company's owner, from Zamość county, said his drivers had done dozens of such trips since the start of the war. "
        "Russia says it strikes military targets in the port, which handles a large part of Ukraine's grain exports.",
        "E",
        "missile_strike",
    ),
    (
        "ABW detains members of sabotage cell after fires at warehouses in Wrocław and Warsaw",
        "The Internal Security Agency detained nine people suspected of carrying out sabotage on the orders of Russian intelligence, including arson attacks on a paint warehouse in Wrocław and a DIY store in Warsaw, the minister coordinating the special services said on Monday. "
        "The suspects, among them Poles, Ukrainians and Belarusians, had been recruited on Telegram and paid in cryptocurrency, the agency said. "
        "The fires last month caused damage worth millions of zlotys, but no one was hurt, prosecutors said. "
        "Investigators found incendiary materials and maps of military facilities in the homes of several suspects, Rzeczpospolita reported. "
        '"These are attacks on Polish territory ordered by a foreign state," Prime Minister Donald Tusk said. '
        "The National Prosecutor's Office charged them with acts of sabotage of a terrorist nature. "
        "The detentions were part of an investigation into a wider network, the agency said, and more arrests were possible. One of the suspects, a 17-year-old Ukrainian, was paid the equivalent of a few hundred euros for each fire, according to court documents seen by the daily. The fires started at night in both places and were put out by firefighters within hours. The ABW said Russia was using ordinary criminals and young people in need of money as disposable agents. A court in Warsaw remanded seven suspects in custody for three months.",
        "T",
        "sabotage_arson",
    ),
]
