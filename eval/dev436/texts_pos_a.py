"""dev436 positives, Egypt: Sinai, attacks on churches, the borders with Gaza and Israel, protests,
the Red Sea drones and Sudan's war on Egypt's south (Ahram Online, Egypt Independent, Daily News
Egypt, Mada Masr). (title, text, tag codes, kind); the text is written wrapped and joined with
single spaces."""

_RAW = [
    (
        "State of emergency declared in North Sinai after checkpoint attack kills 31 soldiers",
        """President Abdel-Fattah El-Sisi declared a three-month state of emergency in parts of North
        Sinai on Saturday, a day after militants stormed an army checkpoint near El-Arish in the
        deadliest attack on the armed forces in years. A car laden with explosives rammed the Karm
        al-Qawadis checkpoint on Friday afternoon and gunmen then fired rocket-propelled grenades at
        soldiers who rushed to help, military sources said. The health ministry put the toll at 31
        soldiers killed and at least 28 wounded, many of them flown to military hospitals in Cairo.
        A curfew will run from 5pm to 7am in an area stretching from Rafah to the eastern outskirts
        of El-Arish, the presidency said in a statement. No group had claimed responsibility by
        Saturday evening, though security officials pointed to Ansar Beit al-Maqdis, which has
        claimed a string of bombings and shootings since 2013. The Rafah crossing into Gaza was
        closed until further notice. In a televised address, flanked by members of the Supreme
        Council of the Armed Forces, El-Sisi said Egypt was fighting "a battle for its existence"
        and hinted at foreign backing for the attackers. Funerals were held in several Delta
        villages for conscripts killed in the attack.""",
        "T E B",
        "attack",
    ),
    (
        "Rafah families load trucks as army begins clearing 500-metre border strip",
        """Hundreds of families in the border town of Rafah began piling furniture onto pickup trucks
        on Wednesday after the army gave them 48 hours to leave homes lying within 500 metres of the
        frontier with Gaza. The North Sinai governor said 802 houses, home to some 1,156 families,
        fall inside the buffer zone, which the military says is needed to shut the smuggling tunnels
        it blames for supplying militants. Army engineers started blowing up vacated buildings on
        Thursday morning, witnesses reached by telephone said, while the curfew imposed after last
        month's checkpoint attack remained in force. "My grandfather built this house with his own
        hands, and now we are told to go in two days," said one resident, who asked not to be named.
        Many families have moved in with relatives in El-Arish and Sheikh Zuweid, where rents have
        nearly doubled in a month, according to local councillors. The governorate has promised
        compensation and a plot of land elsewhere, but residents say no payments have yet been made.
        Rights lawyers argue the evictions breach the 2014 constitution, which bans the arbitrary
        forced displacement of citizens. Mobile and internet services in the area were cut for most
        of the day.""",
        "D M",
        "forced_displacement",
    ),
    (
        "Jets pound militant positions after day of fighting in Sheikh Zuweid",
        """Egyptian F-16s struck militant positions south of Sheikh Zuweid on Wednesday evening after
        hours of fighting in which Islamic State's Sinai affiliate hit at least 15 army checkpoints
        at once, the military spokesman said. The army said 17 soldiers, four of them officers, had
        been killed and put the attackers' losses at around 100, figures that could not be checked
        independently because journalists are barred from the area. Earlier in the day security
        sources had given several outlets far higher tolls for the troops, which the military later
        dismissed as rumours spread by the group's supporters. Residents said militants planted
        bombs on the main road to El-Arish to hold up reinforcements and took over rooftops near
        the town's police station, which was besieged for several hours. "The shooting did not
        stop from dawn until the afternoon prayer," a schoolteacher said by telephone. Apache
        helicopters were seen circling the town late in the day as ambulances headed west. Wilayat
        Sinai, which pledged allegiance to IS last year under its former name Ansar Beit al-Maqdis,
        said online that its suicide bombers had rammed two of the checkpoints. The assault came two days after the prosecutor-general was assassinated by a car bomb in Cairo.
        By nightfall the army said it had regained full control of the area and was combing farms south
        of the town for militants who had fled. Hospitals in El-Arish appealed for blood donors, and
        several civilians hit by stray fire were among those admitted, medics said. A curfew was
        extended and mobile phone networks remained down across much of the north-east.""",
        "B E T M",
        "battle",
    ),
    (
        "Rawda mosque attack toll climbs to 305, prosecutor says, including 27 children",
        """The number of people killed in Friday's attack on a mosque in the village of Rawda, west of
        El-Arish, has risen to 305, among them 27 children, the public prosecutor said on Saturday.
        Between 25 and 30 gunmen carrying the black flag of the Islamic State group surrounded the
        mosque during the Friday sermon, set off an explosive device and then opened fire on
        worshippers as they fled through the doors and windows, the prosecution said, citing the
        accounts of wounded survivors. The attackers also torched cars parked outside to block the
        roads and shot at ambulances, witnesses said. At least 128 people were wounded and dozens
        were transferred to hospitals in Ismailia. The mosque is frequented by followers of a Sufi
        order whom militants in Sinai had threatened in the past. The air force struck vehicles used
        by the attackers and several hideouts in the surrounding hills overnight, the army spokesman
        said. President El-Sisi vowed to respond with "brute force" and ordered a mausoleum built for
        the victims. Al-Azhar and the Coptic Orthodox Church condemned the massacre, the deadliest
        militant attack in Egypt's modern history.""",
        "T V E M",
        "massacre",
    ),
    (
        "Army launches 'Comprehensive Operation Sinai 2018' by land, sea and air",
        """Egypt's armed forces began a broad operation against militants in North and Central Sinai,
        parts of the Delta and the Western Desert on Friday morning, the military spokesman said in a
        statement read on state television. The operation, involving the army, navy, air force and
        police, aims to rid those areas of "terrorist and criminal elements", Colonel Tamer El-Refai
        said. Residents of El-Arish reported repeated air strikes south of the city and the thud of
        artillery through the morning, while schools across the governorate were closed and
        checkpoints tightened. By Sunday the military said 16 militants had been killed in exchanges
        of fire, 30 suspects detained and 66 targets destroyed from the air. The coastal road to the
        Suez Canal was shut to civilian traffic and petrol sales in North Sinai were restricted to
        government vehicles. Shopkeepers in El-Arish said vegetables and cooking gas had begun to run
        short within days, and long queues formed outside the few bakeries still working. "We support
        the army, but we also need to eat," a father of five said. The governorate said it would send
        food convoys from Ismailia under military escort.""",
        "M E B H",
        "offensive",
    ),
    (
        "Families flee villages west of Bir al-Abd as troops fight to retake them",
        """Dozens of families have fled four villages west of Bir al-Abd in North Sinai after militants
        of the Islamic State group moved into them following a failed attack on an army camp,
        residents and tribal sources told Mada Masr. The army said on Tuesday that two officers and
        three soldiers were killed when troops repelled the attack near the village of Rabaa, and that
        18 militants were killed in the fighting. Residents said gunmen then took over houses in
        Qatia, Iqtiya, Merih and Gameel, planted explosives along the roads and ordered people to stay
        indoors. "We left with the children and a bag of papers and walked to the main road," said one
        farmer who reached the town of Bir al-Abd with his family on Thursday. Local officials said
        around 200 families were staying with relatives or in schools in the town. The social solidarity
        ministry said it had sent blankets and food boxes, though several families said they had received
        nothing. A teacher from Qatia said militants had burned a house belonging to a man they accused
        of working with the army. Military aircraft
        have been flying over the area and armoured vehicles were seen moving along the
        international coastal road. The militants' advance is the furthest west they have pushed in
        several years, and comes as the army presses an offensive further east near Rafah.""",
        "B D T V H",
        "battle",
    ),
    (
        "Officer and 10 soldiers killed in attack on water pumping station in western Sinai",
        """An officer and 10 soldiers were killed and five others wounded on Saturday when militants
        attacked a water pumping station east of the Suez Canal, the army spokesman said in a
        statement on Facebook. Troops at the station "engaged the terrorist elements" and were
        pursuing them into an isolated area of western Sinai, the statement added, without giving
        further details. Islamic State's Sinai branch said in a claim circulated online that its
        fighters had raided the site and taken weapons. It was one of the deadliest attacks on the
        armed forces in western Sinai, an area long considered quieter than the north-east near the
        border with Gaza. Officials have said in recent years that the insurgency has been largely
        contained, and the government has spoken of development projects and new towns in the
        peninsula. President El-Sisi offered condolences to the families of the dead on Saturday
        night and said the attack would not "undermine the determination" of the state. Security was
        tightened at the tunnels under the canal at Ismailia, motorists said. Military funerals were
        held on Sunday in Minya, Sharqia and Daqahlia.""",
        "T B",
        "attack",
    ),
    (
        "Sixteen policemen killed in desert ambush on road to Bahariya oasis",
        """The interior ministry said on Saturday that 16 policemen, including 11 officers, were killed
        and 13 wounded when a security convoy came under fire in the Western Desert, about 135km
        south-west of Giza. The convoy had set out on Friday to raid a hideout of militants near the
        Bahariya road, the ministry said, and was met with heavy fire from rocket launchers and
        machine guns in rough terrain. Fifteen of the attackers were killed or wounded in the gunfight
        that followed, according to the statement, which did not say how many were still at large.
        Security sources speaking to several outlets on Friday night had given higher tolls for the
        police, which the ministry did not confirm. One officer was still missing on Saturday, his
        family said. The gunmen are believed to belong to a cell linked to militants who have crossed
        from eastern Libya, security officials said. Ambulances took the wounded to the police
        hospital in Agouza. Parliament's defence committee called the incident "a cowardly terrorist
        ambush" and demanded tighter control of the desert border.""",
        "B T",
        "ambush",
    ),
    (
        "Bomb tears through chapel next to St Mark's Cathedral during Sunday mass",
        """A bomb ripped through a chapel adjoining St Mark's Coptic Orthodox Cathedral in Cairo's
        Abbasiya district during Sunday mass, killing 25 people, most of them women and children,
        according to the health ministry. At least 49 others were wounded, some of them critically,
        in the blast at the chapel of St Peter and St Paul, known as El-Botroseya. Witnesses said the
        explosion went off in the women's section shortly after 10am as worshippers were praying.
        "There were bodies on the pews and pieces of glass everywhere," said a deacon who helped carry
        the wounded out. Angry crowds gathered outside the cathedral after the attack and chanted
        against the interior minister, accusing the police of failing to protect Christians. President
        El-Sisi declared three days of national mourning and said the next day that the attacker was a
        22-year-old suicide bomber wearing an explosive belt. The Islamic State group claimed the
        bombing two days later. Pope Tawadros II, who was abroad, cut short his visit to Greece. It
        was the deadliest attack on Egypt's Christians in several years.""",
        "T E V",
        "bombing",
    ),
    (
        "Gunmen kill 29 Copts on road to Minya monastery; jets strike camps in Derna",
        """Masked gunmen opened fire on a bus and a pickup truck carrying Coptic Christians to the
        monastery of St Samuel in Minya on Friday, killing 29 people, including children, the health
        ministry said. Survivors said the attackers, dressed in military-style uniforms, stopped the
        vehicles on a desert track, ordered passengers out and shot them one by one after asking them
        to renounce their faith. At least 24 people were wounded and taken to hospitals in Maghagha and
        Minya. Hours later, President El-Sisi said in a televised speech that the air force had struck
        training camps in eastern Libya that he said were used by those behind the attack. Military
        footage showed jets taking off at dusk, and the army said six strikes had hit sites near the
        city of Derna. The Islamic State group claimed the attack on the pilgrims on Saturday. "They
        took the men off the bus and left us with the dead," one woman told a local newspaper from her
        hospital bed. The church said funerals would be held in the village of Deir Gabal al-Tair.""",
        "T V E M",
        "attack",
    ),
    (
        "Gunman kills nine in attack on Helwan church and Coptic-owned shop",
        """A gunman on a motorcycle killed nine people on Friday in an attack on the Mar Mina church in
        the Cairo district of Helwan and a nearby shop owned by a Copt, the interior ministry said.
        The attacker first shot dead two men at the electrical goods shop before riding to the church,
        where he opened fire on guards and worshippers at the gate, witnesses said. Police at the
        church returned fire and wounded him, and residents pinned him to the ground before he was
        arrested, according to videos shared widely on social media. Among the dead was a policeman
        guarding the church, the ministry added. The health ministry said at least five people were
        wounded. The attacker was carrying an automatic rifle, 150 rounds of ammunition and an
        explosive device, which was defused, police said. The Islamic State group later claimed the
        attack through its news agency. Security was stepped up at churches across the country ahead
        of Coptic Christmas celebrations on 7 January.""",
        "T V",
        "shooting",
    ),
    (
        "Police fire tear gas at protesters in Suez on second night of rare demonstrations",
        """Security forces fired tear gas and rubber bullets at several hundred protesters in Suez on
        Saturday night, the second consecutive night of rare street protests calling on President
        Abdel Fattah al-Sisi to step down, according to witnesses and videos reviewed by Mada Masr.
        Plainclothes officers chased protesters through side streets near the Arbaeen square and
        detained dozens, a lawyer following the cases said. In Cairo, police sealed off Tahrir Square
        and nearby metro stations and stopped passers-by to search their phones. The Egyptian
        Commission for Rights and Freedoms said at least 356 people had been arrested in several
        cities since Friday, among them students and a number of well-known activists. Protesters in
        Suez tore down a poster of the president and some threw stones at police vehicles, the
        videos show. The protests followed a series of online videos by a former army contractor,
        Mohamed Ali, accusing the military of corruption. Pro-government television channels said the
        crowds were small and blamed the Muslim Brotherhood. The public prosecution has not commented
        on the arrests.""",
        "U",
        "crackdown",
    ),
    (
        "Egyptian security member dies after exchange of fire that killed three Israeli soldiers",
        """A member of Egypt's security forces was killed on Saturday in an exchange of fire with Israeli
        soldiers on the border, after crossing a security barrier in pursuit of drug smugglers, the
        army spokesman said. Three Israeli soldiers were killed in the incident, according to the
        Israeli military, which said its troops had searched for several hours before locating the
        Egyptian, who was shot dead in the ensuing gunfight. The Egyptian statement said the
        conscript had crossed the fence near the Al-Awja crossing "while chasing drug smugglers"
        and that the incident had led to the death of three Israeli security personnel, the
        Egyptian and the injury of two others. Egyptian and Israeli defence officials spoke by phone
        and agreed to a joint investigation, both sides said. Such deadly incidents on the border are
        rare since the two countries signed a peace treaty in 1979. The conscript's family in Ain
        Shams said they had not been given details of how he died. The Israeli army said it had
        reinforced its positions along the frontier.""",
        "B",
        "border_shooting",
    ),
    (
        "Egyptian soldier killed in shooting with Israeli troops near Rafah crossing",
        """An Egyptian soldier was killed on Monday in an exchange of fire with Israeli forces near the
        Rafah crossing, two security sources told Egypt Independent, a rare deadly incident on the
        border since Israel's army seized the Palestinian side of the crossing this month. The army
        spokesman said an investigation was under way into "the shooting incident" in the border area
        and that a member of the forces securing the frontier had died. The Israeli military said
        shots were fired at its troops from the Egyptian side and that they returned fire. Security
        sources said the shooting started when Israeli troops fired at Palestinian fighters near the
        crossing and an Egyptian guard post came under fire. Egypt and Israel were in contact to
        contain the incident, Israeli media said. The soldier was buried on Tuesday in his home village
        in Fayoum. Egypt has warned for months that an Israeli offensive on Rafah would threaten the
        peace treaty between the two countries.""",
        "B",
        "border_shooting",
    ),
    (
        "Drone crashes into building in Taba, injuring six; second falls near Nuweiba",
        """A drone hit a building next to a hospital in the Red Sea resort town of Taba on Friday morning,
        injuring six people, the army spokesman said, in the first such strike on Egyptian soil since
        the war in Gaza began. A second drone fell in an uninhabited area near a power station close
        to Nuweiba, about 70km to the south, according to witnesses and security sources. The army
        said both drones had come from the south of the Red Sea and that it was tracking the airspace.
        Most of the injured were staff at the hospital's medical residence and were treated for minor
        wounds, the governor of South Sinai said. The Israeli military said it had detected "an aerial
        threat" in the Red Sea area and that fighter jets had been scrambled. An Israeli military
        spokesman later blamed Yemen's Houthi movement, which has said it launched drones and missiles
        at Israel. "We heard a loud bang and the windows shattered," a receptionist at a nearby hotel
        said. Security was tightened along the Taba coast on Friday afternoon.""",
        "E",
        "drone_strike",
    ),
    (
        "Egyptian soldiers held by RSF in Sudan flown home as students flee Khartoum",
        """Dozens of Egyptian soldiers who had been held by Sudan's Rapid Support Forces after fighting
        erupted at the Merowe air base landed at a military airport in Cairo on Thursday, the army
        said. The troops had been in Sudan for joint training when the paramilitary force overran the
        base at the start of clashes with the Sudanese army over the weekend, and images of them
        sitting on the ground surrounded by RSF fighters were widely shared online. The foreign
        ministry said it was also working to evacuate thousands of Egyptians, most of them students,
        from Khartoum, where artillery and air strikes have continued despite announced truces.
        Buses carrying around 700 students left the capital on Wednesday for the Argeen and Qustul
        land crossings, a journey of two days. "We hid in the dormitory for five days without
        electricity," said a medical student from Assiut who reached Aswan on Thursday. The Red
        Crescent set up tents at the crossing to receive arrivals. An embassy attaché was shot and
        wounded in Khartoum earlier in the week, the ministry said.""",
        "B E D H",
        "evacuation",
    ),
    (
        "Thousands wait for days at Argeen crossing as fighting drives Sudanese north",
        """Thousands of people fleeing the fighting in Khartoum are waiting in searing heat at the
        Argeen and Qustul crossings into Egypt, with many sleeping on the ground beside buses for
        two or three days, aid workers said on Sunday. The Egyptian Red Crescent said it had
        distributed water, meals and first-aid kits to more than 14,000 arrivals since the start of
        the week, while the foreign ministry put the number of Sudanese who had crossed since the war
        began at more than 40,000. Women, children and the elderly may enter without a visa, but men
        aged 16 to 50 need one, and many families are splitting up at the border as a result. "My
        husband stayed behind in Wadi Halfa; we do not know when he can come," said a mother of three
        from Omdurman, waiting at a bus station in Aswan. Bus fares from Khartoum to the border have
        risen more than fivefold, passengers said. UNHCR said it was sending staff and relief items
        to Aswan and warned that needs would grow as fighting spreads. Several elderly travellers
        have died on the road, according to volunteers.""",
        "D H",
        "displacement",
    ),
    (
        "Drones hit Port Sudan fuel depots for third straight day; Cairo condemns attacks",
        """Drones struck fuel depots and a naval base in Port Sudan on Tuesday for the third day running,
        sending plumes of black smoke over the city that has served as the seat of Sudan's
        army-backed government since the war began, residents and officials said. The Sudanese army
        accused the Rapid Support Forces of launching the drones and said its air defences had
        brought several down, while the RSF did not comment. Flights at Port Sudan's international
        airport, the country's main link to the outside world, were suspended after the attacks, and
        a number of Egyptians trying to fly home were stranded, the Egyptian consulate said. Egypt's
        foreign ministry condemned the attacks on "vital civilian infrastructure" and said they
        threatened the security of the Red Sea. Aid agencies warned that the strikes on fuel stores
        would deepen shortages of diesel needed to run water pumps and hospitals. Port Sudan, a city
        of hundreds of thousands, had largely been spared by the fighting and become a refuge for
        people fleeing Khartoum. EgyptAir said it was monitoring the situation.""",
        "E H",
        "drone_strike",
    ),
]

POSITIVES = [(title, " ".join(text.split()), tags, kind) for title, text, tags, kind in _RAW]
