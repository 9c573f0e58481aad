"""dev147 positives (2 of 4): whole articles that report current organised violence in
Indonesia (Papua, Java, Sulawesi, Makassar) and Australia (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "TNI Confirms Soldiers Killed in TPNPB Attack in Nduga's Mugi District",
        "TEMPO.CO, Jakarta - The Indonesian Military (TNI) confirmed on Sunday that "
        "four soldiers were killed and five others were still missing after members of "
        "the West Papua National Liberation Army (TPNPB) attacked a unit in Mugi "
        "district, Nduga regency, Highland Papua. The soldiers were part of a team "
        "deployed to search for the New Zealand pilot Philip Mehrtens, whom the armed "
        "group has held hostage since February. TNI spokesman Rear Admiral Julius "
        "Widjojono said the unit came under fire from several directions on Saturday "
        'afternoon as it moved through a steep valley in heavy rain. "Our troops '
        'returned fire, but the terrain was very difficult," he said in Jakarta. The '
        "bodies of the four soldiers had been recovered and would be flown to Timika, "
        "he added. The TPNPB's spokesman Sebby Sambom said in a statement that "
        "fighters under Egianus Kogoya had carried out the attack and claimed that "
        "they had seized several weapons. The claim could not be independently "
        "verified. Papua regional police chief Inspector General Mathius Fakhiri said "
        "joint forces had been sent to the area to evacuate the remaining soldiers. "
        "The military commander in Jakarta said operations in Nduga would be stepped "
        "up, while rights groups urged both sides to spare villagers caught in the "
        "fighting.",
        "B",
        "rebel attack on troops",
    ),
    (
        "Thousands shelter in churches as clashes flare in Papua's Intan Jaya",
        "More than 2,000 villagers from Intan Jaya regency in Central Papua have taken "
        "refuge in churches and school buildings in the district capital Sugapa after "
        "a week of gunfights between security forces and the armed separatist group "
        "TPNPB, local church leaders said on Thursday. The clashes broke out on Friday "
        "when rebels attacked a military post in Hitadipa district, killing a soldier, "
        "the Indonesian Military said. Security forces have since carried out sweeps "
        "of nearby villages, and residents said they heard gunfire almost every day. "
        "Pastor Yason Wandagau of the Kingmi church in Bilogai said families had "
        "arrived on foot with little more than the clothes they wore, and that food "
        'was running short. "The children are sleeping on the church floor and some '
        'have diarrhoea and fever," he said. The community health centre in Hitadipa '
        "has closed after its nurses fled, leaving the district without any medical "
        "services, according to a local official. The regency administration said it "
        "had sent rice, instant noodles and tarpaulins, but aid workers said "
        "deliveries were slow because flights into Sugapa were limited and roads were "
        "unsafe. Amnesty International Indonesia called on the government to allow "
        "humanitarian agencies free access to the area and to investigate reports that "
        "civilians had been beaten during the sweeps. Some villagers said soldiers had "
        "set up posts in their empty houses in the hamlets they had left. Intan Jaya, "
        "which sits on one of the country's largest untapped gold deposits, has been "
        "one of the main flashpoints of the conflict in Papua since 2019, and "
        "residents of its villages have been forced from their homes several times. "
        "The Papua Police said the security operations would continue until the "
        "attackers were arrested.",
        "B M D H",
        "clashes and displacement",
    ),
    (
        ("Family of suicide bombers attacks three Surabaya churches, killing at least 13"),
        "A family of six, including two girls aged nine and 12, carried out suicide "
        "bombings at three churches in Surabaya, East Java, on Sunday morning, killing "
        "at least 13 people and injuring more than 40 in the deadliest terror attack "
        "in Indonesia in more than a decade, police said. National Police chief Gen. "
        "Tito Karnavian said the father, Dita Oepriarto, drove a car packed with "
        "explosives into the grounds of the Pentecostal Church of Central Surabaya, "
        "while his wife and two daughters blew themselves up at the Diponegoro "
        "Indonesian Christian Church. Their two teenage sons rode a motorcycle into "
        "the Santa Maria Catholic Church and detonated the bombs they were carrying "
        "minutes earlier, Tito said. He said the family belonged to Jamaah Ansharut "
        "Daulah (JAD), a local network that has pledged allegiance to the Islamic "
        "State group, which later claimed the attacks. Ambulances ferried the wounded "
        "to several hospitals, and police cordoned off the three churches as bomb "
        "squads searched for further devices. President Joko Widodo, who flew to "
        'Surabaya to visit the scenes, called the attacks "barbaric" and ordered '
        "police to hunt down the network behind them. Religious leaders across the "
        "country condemned the bombings, and churches in Jakarta and other cities were "
        "placed under police guard for evening services.",
        "T E V",
        "suicide bombings",
    ),
    (
        ("Regional Council Building Torched in Makassar as Riots Spread After Driver's Death"),
        "TEMPO.CO, Makassar - Rioters set fire to the Makassar City Legislative "
        "Council (DPRD) building on Friday night, trapping staff inside and killing "
        "three people, as protests over the death of a motorcycle taxi driver spread "
        "from Jakarta to cities across Indonesia. The blaze started after a crowd "
        "broke through the gates of the council compound, threw petrol bombs into the "
        "main building and burned about a dozen cars in the car park, witnesses said. "
        "Firefighters struggled to reach the building because protesters blocked the "
        "road. In Jakarta, demonstrators threw stones and fireworks at police outside "
        "the National Police Mobile Brigade (Brimob) headquarters in Kwitang, and "
        "officers responded with tear gas and water cannon late into the night. The "
        "protests erupted after a Brimob armoured vehicle ran over and killed Affan "
        "Kurniawan, a 21-year-old online motorcycle taxi driver, during a "
        "demonstration near the House of Representatives on Thursday. Seven Brimob "
        "officers have been detained for questioning over his death. Several bus "
        "shelters and a police post in central Jakarta were set on fire, and the homes "
        "of two lawmakers were looted overnight. President Prabowo Subianto called for "
        "calm and said the officers responsible would be punished. The police said "
        "more than 600 people had been arrested in Jakarta alone.",
        "U",
        "riot",
    ),
    (
        "Death toll in Wamena riot rises to 32 as migrants flee Jayawijaya",
        "The death toll from Monday's riot in Wamena, Papua, has risen to 32, most of "
        "them migrants from other parts of Indonesia who were burned in their homes or "
        "attacked with machetes, police said on Wednesday. Hundreds of people, many of "
        "them high school students, took to the streets on Monday after rumours spread "
        "that a teacher had used a racial slur against a Papuan pupil, a claim police "
        "say was a hoax. Rioters set fire to the regent's office, a power company "
        "office, shops, houses and dozens of vehicles, sending thick smoke over the "
        "highland town. Jayawijaya Police chief Adj. Sr. Comr. Tonny Ananda Swadaya "
        "said most of the victims were traders and motorcycle taxi drivers from "
        "Sulawesi and Sumatra. More than 5,000 people have sought shelter at the "
        "Wamena military district command, the police station and churches since the "
        "riot, and hundreds more have queued at the airport to leave. The Air Force "
        "has flown hundreds of residents to Jayapura on Hercules transport planes. "
        '"We have lost everything, our kiosk and our house are gone," said '
        "Rahmawati, a shopkeeper from South Sulawesi waiting with her two children at "
        "the airport. Security Minister Wiranto said an additional 1,000 police and "
        "military personnel had been sent to the regency. The government has also "
        "restricted internet access in parts of Papua.",
        "U V D",
        "riot",
    ),
    (
        "TPNPB Claims Killing of Gold Miners in Yahukimo, Police Evacuate Survivors",
        "TEMPO.CO, Jayapura - Police have recovered the bodies of 11 gold miners "
        "killed by members of the West Papua National Liberation Army (TPNPB) in "
        "Seradala district, Yahukimo regency, Highland Papua, and evacuated dozens of "
        "other miners from the area, a police spokesman said on Thursday. The bodies "
        "were found along the banks of a river near small gold-panning camps, some "
        "with gunshot and stab wounds, said Damai Cartenz task force spokesman Senior "
        "Commissioner Yusuf Sutejo. He said 43 surviving miners, most of them migrants "
        "from Sulawesi and Java, had been flown to Dekai, the regency capital, by "
        "helicopter on Wednesday and Thursday. Others were believed to have fled into "
        "the forest and search teams were still looking for them. The TPNPB said in a "
        "statement that its fighters had carried out the killings, alleging without "
        'evidence that the miners were spies for the Indonesian military. "We condemn '
        'this brutal act against civilians who were only looking for a living," Yusuf '
        "said. Yahukimo regent Didimus Yahuli said the evacuated miners were being "
        "housed in a local government hall and would be helped to return home. Rights "
        "groups in Jayapura called on both the rebels and security forces to stop "
        "targeting civilians. The armed group has repeatedly attacked workers in the "
        "highlands, whom it accuses of supporting Indonesian rule.",
        "V D",
        "attack on civilians",
    ),
    (
        "Suspected MIT militants kill four villagers, torch homes in Sigi",
        "Suspected members of the East Indonesia Mujahidin (MIT) terrorist group "
        "killed four residents of a remote village in Sigi regency, Central Sulawesi, "
        "on Friday and set fire to six houses, including one used by the local "
        "congregation for Sunday services, police said. The victims, members of one "
        "family, were attacked with machetes in Lewonu hamlet in Lembantongoa village, "
        "Central Sulawesi Police chief Insp. Gen. Abdul Rakhman Baso said on Saturday. "
        "One victim was beheaded. Witnesses told police that about 10 men, some "
        "carrying firearms, had entered the hamlet in the morning and taken food "
        "before the killings. The police chief said the group was believed to be led "
        "by Ali Kalora, MIT's leader, who has evaded capture for years in the "
        "mountainous forests around Poso. The joint military and police Tinombala task "
        "force has deployed additional personnel to the area to hunt the attackers. "
        "Residents of the hamlet, most of them Christian farmers who moved to the area "
        "from other islands, have since taken refuge in the village centre. President "
        'Joko Widodo condemned the killings, calling them "beyond the limits of '
        'humanity," and ordered the police chief to track down the perpetrators. '
        "Religious leaders urged the public not to let the attack stir tensions "
        "between faiths.",
        "T V",
        "massacre",
    ),
    (
        (
            "Wakeley church stabbing declared terrorist incident as police count cost "
            "of riot outside"
        ),
        "NSW Police have declared the stabbing of a bishop during a livestreamed "
        "service at a western Sydney church a terrorist incident, after a night of "
        "violence outside the building left dozens of officers injured. Bishop Mar "
        "Mari Emmanuel and a priest were stabbed on Monday evening at the Christ The "
        "Good Shepherd Church in Wakeley by a 16-year-old boy, who was restrained by "
        "members of the congregation. Both men are in hospital with injuries that are "
        "not life-threatening. Police Commissioner Karen Webb said the boy had made "
        'comments at the scene that pointed to a religiously motivated attack. "We '
        'believe there are elements of religiously motivated extremism," she said on '
        "Tuesday. Within an hour of the stabbing, hundreds of people had gathered "
        "outside the church, and some threw bricks, bottles and fence palings at "
        "police trying to protect the boy, who was still inside. Fifty-one police "
        "officers were injured, and 20 police vehicles were damaged or destroyed, "
        "Commissioner Webb said. Paramedics were forced to shelter inside the church "
        "for more than three hours. Premier Chris Minns urged calm and said those "
        "involved in the riot would face the full force of the law. Multicultural and "
        "faith leaders met on Tuesday to appeal for restraint across the community.",
        "T V U",
        "stabbing and riot",
    ),
]
