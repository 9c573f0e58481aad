"""dev347 positives, part A: bombings, PKK and IS attacks, clashes in Turkey's Kurdish towns (2014-2024)."""

POSITIVES = [
    (
        "Suicide bomber kills 32 young activists in Suruç garden",
        "A suicide bomb ripped through the garden of the Amara cultural centre in Suruç on Monday, killing 32 people who had gathered to travel across the border and help rebuild Kobani, officials said. The dead were mostly university students from the Federation of Socialist Youth Associations, who had been reading a press statement in front of a row of toys they planned to take to Syrian children. Video shared on social media showed a fireball erupting in the middle of the group at about noon. At least 104 others were wounded, 29 of them seriously, according to the Şanlıurfa governor's office. Prime Minister Ahmet Davutoğlu said the first findings pointed to the Islamic State group and called it a terrorist attack aimed at Turkey as a whole. Within hours, hundreds of people took to the streets of Istanbul's Kadıköy district to denounce the government's Syria policy. In Suruç itself, relatives waited outside the state hospital for news, some shouting at police officers. “They were going to build a library and a playground,” said Hasan, whose nephew was among the wounded. The town of 60,000 is a few kilometres from Kobani, which Kurdish fighters retook from IS in January.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Twin blasts hit Ankara peace rally, toll passes 95",
        "Two explosions tore through a crowd gathering for a peace rally outside Ankara's main railway station on Saturday morning, killing at least 95 people in the deadliest attack in modern Turkish history. The blasts went off seconds apart as labour unions, leftist groups and supporters of the pro-Kurdish HDP assembled to call for an end to the renewed fighting between the army and the PKK. Bodies covered in banners lay on the pavement while the injured were carried away on flags, witnesses said. Health Minister Mehmet Müezzinoğlu said 246 people were being treated in hospital, 48 of them in intensive care. Officials said the bombings bore the hallmarks of suicide attackers and that the Islamic State was the main line of inquiry. Police fired tear gas at mourners who tried to lay carnations at the site later in the day, and scuffles broke out with officers. HDP co-chair Selahattin Demirtaş accused the state of failing to protect the rally. Three days of national mourning were declared. The attack comes three weeks before a snap general election.",
        "T E V U",
        "suicide_bombing",
    ),
    (
        "Cizre under curfew as fighting reaches its ninth day",
        "Heavy gunfire echoed through the Cudi and Nur neighbourhoods of Cizre on Thursday as security forces pressed an operation against PKK youth militants who have dug trenches and raised barricades across the town's streets. The Şırnak governor's office said two soldiers were killed and four wounded overnight when militants opened fire from a building. The army said it had “neutralised” 24 militants since the curfew began, a figure that could not be independently confirmed. Residents reached by telephone said tanks had been stationed at the entrances of the old town and that water and electricity had been cut for several days. The HDP said at least 17 civilians had died, among them a 62-year-old woman shot outside her door, and that the wounded could not be taken to hospital. Thousands of residents have loaded belongings onto tractors and fled to Şırnak city and to relatives in Mersin. A doctors' union said the town's state hospital was running short of blood supplies. The Interior Ministry said the curfew would stay in place “until public order is restored”.",
        "B M V D H",
        "urban_fighting",
    ),
    (
        "Sur residents flee as Diyarbakır operation enters its third month",
        "Families carrying bundles of clothes and bedding streamed out of Diyarbakır's historic Sur district on Wednesday after the army widened its operation against PKK militants holed up in the old city. Authorities extended the round-the-clock curfew to six more neighbourhoods, taking in the Kurşunlu mosque and the streets around the Four-Legged Minaret, which was damaged by gunfire in November. Special forces backed by armoured vehicles advanced street by street, and explosions could be heard from across the walls throughout the morning. The General Staff said three soldiers and a police officer had died in clashes over the weekend. More than 23,000 people have left Sur since December, according to the Human Rights Foundation, and many are staying in tents or crowded flats in Bağlar and Kayapınar. “We left with what we could carry,” said Zeynep, a mother of four who sat on a kerbstone with her bags. Municipal officials said hundreds of houses in the district had been destroyed or damaged. The governor's office said the operation would continue until all trenches and explosives had been cleared.",
        "M B D",
        "urban_fighting",
    ),
    (
        "Car bomb targets military buses in central Ankara",
        "A car packed with explosives blew up next to a convoy of military buses in the heart of Ankara on Wednesday evening, killing 28 people and wounding 61, Deputy Prime Minister Numan Kurtulmuş said. The vehicles were waiting at traffic lights on Merasim Street, a few hundred metres from parliament and the armed forces' headquarters, when the blast went off at around 6.30 p.m. Most of the dead were military personnel returning home from work. Television footage showed the charred frames of buses and plumes of black smoke over the government quarter. The Kurdistan Freedom Falcons, a radical offshoot of the PKK, claimed the attack two days later, saying it was revenge for the army's operations in the south-east. President Recep Tayyip Erdoğan vowed that Turkey would respond “with determination” to what he called a heinous act of terrorism. Hours later, jets struck PKK positions in the Haftanin region of northern Iraq, the military said. A broadcasting ban was imposed on images of the scene.",
        "T E M",
        "car_bombing",
    ),
    (
        "Reina nightclub gunman kills 39 revellers in Istanbul",
        "A gunman dressed in a long coat shot his way into the Reina nightclub on the Bosphorus shore shortly after 1 a.m. on Sunday, killing 39 people who had been celebrating the new year, Istanbul governor Vasip Şahin said. The attacker killed a police officer and a security guard at the door before spraying the crowd with an automatic rifle, witnesses said. Some guests jumped into the icy water to escape. At least 69 people were wounded. Among the dead were 27 foreign nationals, including visitors from Saudi Arabia, Lebanon, Iraq and Jordan. The Islamic State group claimed responsibility on Monday, calling the club a gathering place for “Christians celebrating their pagan holiday”. Police were hunting for the attacker, who was believed to have escaped by blending in with the fleeing crowd. Interior Minister Süleyman Soylu said eight people had been detained. It was the third deadly attack in Istanbul in a month.",
        "T V",
        "mass_shooting",
    ),
    (
        "Attack on aerospace firm TUSAŞ leaves five dead; jets hit PKK in Iraq and Syria",
        "Assailants armed with rifles and explosives stormed the headquarters of Turkish Aerospace Industries in Kahramankazan, outside Ankara, on Wednesday afternoon, killing five people and wounding 22, Interior Minister Ali Yerlikaya said. Security camera footage showed a man and a woman getting out of a taxi at the main gate and opening fire before an explosion shook the building. Both attackers were killed by security forces. Defence Minister Yaşar Güler said the attack bore the marks of the PKK, which later claimed it. Among the dead were a taxi driver, an engineer and a security guard. By nightfall, Turkish jets had struck 32 targets in northern Iraq and northern Syria, the Defence Ministry said, describing them as shelters, depots and caves used by “terrorists”. Kurdish-led authorities in north-east Syria said strikes hit bakeries, power stations and a checkpoint, killing at least 12 civilians. The attack took place as President Erdoğan was meeting Vladimir Putin at a summit in Kazan.",
        "T B M E",
        "attack",
    ),
    (
        "Bomb on Istiklal Avenue kills six; Ankara blames PKK",
        "A bomb exploded on Istanbul's crowded Istiklal Avenue on Sunday afternoon, killing six people, including two children, and wounding 81, officials said. The blast went off at about 4.20 p.m. on the pedestrian street, which was packed with shoppers and tourists. Videos posted online showed a flash of fire and people running as bodies lay on the ground. Justice Minister Bekir Bozdağ said a woman had sat on a bench for about 40 minutes before leaving a bag that blew up a minute or two later. Police detained a Syrian woman early on Monday and said she had confessed to planting the device on the orders of the PKK and its Syrian affiliate, the YPG. Both groups denied involvement. Interior Minister Süleyman Soylu said Turkey had rejected the condolences of the United States. Shops along the avenue reopened on Monday morning, and people left red carnations at the site of the blast.",
        "T E V",
        "bombing",
    ),
    (
        "Turkish jets pound northern Syria and Iraq in Operation Claw-Sword",
        "Turkish warplanes struck dozens of targets in northern Syria and Iraq overnight, the Defence Ministry said on Sunday, a week after the deadly bombing in Istanbul. The ministry said 89 targets had been destroyed, including shelters, tunnels and ammunition depots, and that the “terrorists” responsible for the Istiklal attack were being “held to account”. The Syrian Democratic Forces said strikes hit the towns of Kobani and Derik and a power station near Tal Tamr, killing at least 11 civilians and a journalist. A spokesman for the SDF warned that the raids threatened the fight against Islamic State cells in the region. Rockets fired from Syria later hit the Turkish border town of Karkamış, killing two people, including a teacher, the local governor said. Ankara has repeatedly threatened a new ground incursion into northern Syria. Residents of Kobani said families had moved into basements and villages farther south. The United States called for de-escalation.",
        "E M V",
        "airstrike",
    ),
    (
        "Suicide attackers strike outside Interior Ministry in Ankara",
        "Two assailants drove up to the entrance of the Interior Ministry's security directorate in Ankara on Sunday morning, and one detonated an explosive belt while the other was shot dead, Interior Minister Ali Yerlikaya said. Two police officers were slightly wounded in the attack, which took place hours before parliament reopened after its summer recess. Footage showed a man getting out of a light commercial vehicle and walking toward the gate before a blast. A news agency close to the PKK reported that the group had claimed responsibility. Police said the attackers had hijacked the vehicle in Kayseri and killed its driver, a veterinarian. By evening the Defence Ministry said air strikes had hit 20 PKK targets in the Metina, Hakurk, Qandil and Gara regions of northern Iraq. In parliament, President Erdoğan said: “The scoundrels who target the peace and security of our citizens have not achieved their goals.” Access to footage of the scene was restricted by a court order.",
        "T E M",
        "suicide_bombing",
    ),
    (
        "Nine soldiers killed in northern Iraq; drones hit power stations in north-east Syria",
        "Nine Turkish soldiers were killed in clashes with PKK militants at a base in northern Iraq on Friday, the Defence Ministry said, in the second such deadly attack in a month. The ministry said militants tried to infiltrate the base in the Claw-Lock operation zone and that four of the soldiers died of their wounds in hospital. Within hours, Turkish drones and jets struck targets in the Kurdish-run areas of north-east Syria. The Autonomous Administration said the strikes hit oil facilities, a power station near Qamishli and a water plant, cutting electricity to much of the region in the middle of winter. At least eight people were killed, among them workers at the plants, it said. The ministry said it had destroyed 29 targets and “neutralised” dozens of militants. Residents of Qamishli said bakeries and hospitals were relying on generators. Aid groups warned that the loss of water pumping could affect hundreds of thousands of people.",
        "B E M H",
        "airstrike",
    ),
    (
        "Shelling kills nine tourists at Zakho resort, Baghdad blames Ankara",
        "Artillery shells hit a crowded mountain resort in the Zakho district of Duhok province on Wednesday, killing nine tourists, among them a one-year-old child, and wounding 23, Iraqi officials said. The visitors, most of them from central and southern Iraq, had come to escape the summer heat at the Parakh resort, about 15 kilometres from the Turkish border. Footage broadcast by Kurdistan24 showed people carrying bloodied children to cars and a man shouting for help next to a swimming pool. Prime Minister Mustafa al-Kadhimi said Turkey had committed a “flagrant violation” of Iraqi sovereignty and summoned Ankara's envoy. The Turkish Foreign Ministry denied responsibility and said the attack could be the work of the PKK. Angry protesters gathered outside the Turkish visa centre in Baghdad and burned a Turkish flag. The Kurdistan Regional Government called for a joint investigation. Turkey has waged a long-running campaign against PKK bases in the mountains along the border.",
        "E V",
        "shelling",
    ),
    (
        "Drone strike destroys clinic in Sinjar, eight killed",
        "A Turkish drone struck a clinic in the Sikeniye area of Sinjar on Tuesday, killing eight people, according to the local mayor and officials in the Yazidi region. Among the dead were members of the Sinjar Resistance Units, a Yazidi armed group linked to the PKK, and at least two civilian staff, the mayor said. It was the second drone strike on the area in two days; on Monday an attack on a vehicle killed a senior commander of the group. The Turkish Defence Ministry said its forces had targeted a “terrorist” headquarters. Residents said the building had been used to treat fighters and local people alike. Iraq's Foreign Ministry condemned the strikes. Some Yazidi families who had returned to Sinjar from displacement camps in Duhok said they were thinking of leaving again. “We survived ISIS, and now the sky is not safe,” said one resident.",
        "E M V",
        "drone_strike",
    ),
    (
        "Makhmour camp hit by drone, three killed",
        "A drone strike on the Makhmour refugee camp south-west of Erbil killed three people and wounded two on Saturday, camp officials said. Makhmour houses about 12,000 Kurds who fled south-eastern Turkey in the 1990s and is run under UN oversight, though Ankara says it is a training ground for the PKK. The camp's administration said the dead were civilians and that the strike hit a kindergarten building. The Turkish Defence Ministry did not comment on the strike but has repeatedly said it targets militants wherever they are. UNHCR said it was “deeply concerned” and called for the protection of refugees. Camp residents held a funeral on Sunday and said they feared more attacks. Iraqi forces have tightened controls around the camp, and residents complain that they cannot travel freely to Erbil or Mosul for work.",
        "E V D",
        "drone_strike",
    ),
    (
        "Iranian missiles strike Erbil, killing businessman and his family",
        "Iran's Revolutionary Guards fired a barrage of ballistic missiles at Erbil late on Monday, killing at least four civilians, including a prominent Kurdish businessman and his 11-month-old daughter, the Kurdistan Region Security Council said. The Guards said they had targeted an “Israeli espionage headquarters” in the city, an accusation Erbil called baseless. Several missiles hit a villa in the Ankawa district belonging to Peshraw Dizayee, a real estate developer. Six other people were wounded, and at least one missile fell near the US consulate compound under construction. Iraq recalled its ambassador from Tehran and lodged a complaint with the UN Security Council. The Kurdistan Regional Government said the strike was a “crime against the Kurdistan people”. Mourners gathered outside the Dizayee home on Tuesday as civil defence teams cleared the rubble. The same night, Iran fired missiles at targets in Syria's Idlib province.",
        "E V",
        "missile_strike",
    ),
    (
        "Iranian drones and missiles hit Kurdish opposition bases near Koya",
        "Iran's Revolutionary Guards launched waves of drones and missiles at the offices and camps of Iranian Kurdish opposition parties in the Kurdistan Region on Wednesday, killing at least 13 people and wounding 58, the region's health ministry said. The strikes hit the headquarters of the Kurdistan Democratic Party of Iran near Koya and camps near Sulaimani, where families of party members live. A pregnant woman was among the dead, doctors in Koya said. The Guards said they had hit “terrorist groups” that were fuelling the protests in Iran's Kurdish provinces. One drone was shot down by a US jet after it appeared to head toward Erbil, the US military said. Schools near the targeted camps were evacuated, and some families moved to relatives in town. The KRG condemned the attacks and called on Baghdad to act. The strikes came as protests over the death of Mahsa Amini in police custody entered their third week.",
        "E M V D",
        "drone_strike",
    ),
]
