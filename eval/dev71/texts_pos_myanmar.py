"""dev71 positives: Myanmar after the 2021 coup (the junta, the resistance, the ethnic armies)."""

POSITIVES = [
    (
        "Junta jet bombs crowd at village office opening in Sagaing",
        "A military jet dropped two bombs on a crowd gathered for the opening of a village "
        "administration office in Kanbalu Township on Tuesday morning, and a helicopter gunship "
        "then fired on people carrying the wounded, residents said. At least 100 people, among "
        "them about 20 children, were killed, according to the local resistance administration. "
        "The military council said it had struck a ceremony of 'terrorists' of the People's "
        "Defence Force. The UN human rights office called the attack horrific. Residents said "
        "many of the dead were buried in a mass grave because the bodies could not be "
        "identified.",
        "E V",
        "airstrike",
    ),
    (
        "Helicopters fire on monastery school in Depayin, children among dead",
        "Two Mi-35 helicopters fired machine guns and rockets into a monastery compound in Let "
        "Yet Kone village, Depayin Township, where about 30 pupils were in class, teachers told "
        "Myanmar Now. Eleven children and two adults were killed. Soldiers who landed afterwards "
        "took away the bodies and detained the wounded, villagers said. The junta claimed "
        "resistance fighters had been hiding in the village.",
        "E V M",
        "helicopter attack",
    ),
    (
        "Brotherhood alliance overruns junta posts in northern Shan, seizes border gate",
        "The Three Brotherhood Alliance said on Friday its fighters had captured more than 80 "
        "military outposts since launching Operation 1027 a week ago, including the Chinshwehaw "
        "border trade gate. Junta troops abandoned several hilltop bases in Kunlong and Hseni "
        "townships after days of fighting, according to the Ta'ang National Liberation Army. "
        "Border trade with China, worth millions of dollars a day, has halted. The military "
        "council admitted it had lost control of some towns.",
        "B",
        "offensive",
    ),
    (
        "MNDAA says it has taken junta's Northeastern Command in Lashio",
        "The Myanmar National Democratic Alliance Army said on Saturday it had captured the "
        "regional military command headquarters in Lashio after nearly a month of street "
        "fighting, the first time a regional command has fallen to an ethnic armed group. A "
        "brigadier-general was among hundreds of soldiers who surrendered, the group said. Tens "
        "of thousands of residents had fled the town towards Mandalay and Hsipaw since the "
        "fighting began. The military council has not commented. China's foreign ministry called "
        "for an immediate ceasefire.",
        "B D",
        "capture of town",
    ),
    (
        "Arakan Army captures last junta outpost on Bangladesh border",
        "The Arakan Army says it has seized Border Guard Police Battalion 5, the military's last "
        "position along the 270-kilometre Maungdaw frontier, after a months-long siege. Its "
        "fighters took a brigadier-general prisoner, the group said on its Telegram channel. "
        "Bangladeshi officials said some Rohingya living near the border had tried to cross the "
        "Naf river during the final assault, and that the border guards had sent most of them "
        "back.",
        "B D",
        "siege",
    ),
    (
        "Drones hit Rohingya families waiting to cross Naf river",
        "Drone-dropped explosives struck families waiting on the riverbank outside Maungdaw to "
        "board boats for Bangladesh on Monday, survivors told reporters in Teknaf. Bodies lay in "
        "piles on the mud, according to videos verified by news agencies; aid groups put the "
        "toll at more than 150. Survivors blamed the Arakan Army, which denied responsibility "
        "and accused the junta and Rohingya armed groups. Doctors Without Borders said its "
        "clinics in Cox's Bazar were treating people with blast wounds.",
        "E V D",
        "drone attack",
    ),
    (
        "Security forces kill dozens in Hlaing Tharyar as martial law declared",
        "Soldiers and police opened fire on protesters behind sandbag barricades in Yangon's "
        "Hlaing Tharyar industrial suburb on Sunday, killing at least 38 people, the Assistance "
        "Association for Political Prisoners said. Several Chinese-financed garment factories "
        "were set on fire earlier in the day. The junta declared martial law in the township and "
        "in neighbouring Shwepyitha that night. Residents said troops fired at anyone on the "
        "streets and blocked ambulances. A funeral service said its volunteers had collected "
        "more than 20 bodies by nightfall.",
        "U",
        "crackdown",
    ),
    (
        "Girl, 7, shot dead at home in Mandalay raid",
        "A seven-year-old girl was shot dead in her father's lap when police and soldiers "
        "searched houses in Chan Mya Thazi township on Tuesday, her family told Myanmar Now. The "
        "security forces had been hunting residents who joined nightly anti-coup protests. Her "
        "teenage brother was beaten and taken away. The child was among more than 20 children "
        "killed since the 1 February coup, rights groups said.",
        "U V",
        "raid",
    ),
    (
        "Airstrikes go on in Sagaing after quake as rescuers dig in Mandalay",
        "Military aircraft bombed a village in Chaung-U Township on Saturday, killing seven "
        "people, a day after the 7.7-magnitude earthquake, the local resistance force said. The "
        "strike came as volunteers in Mandalay and Sagaing were still pulling survivors from the "
        "rubble by hand. The UN special rapporteur called on the junta to stop all military "
        "operations and let aid reach areas held by the resistance. Aid groups said checkpoints "
        "were holding up relief lorries bound for Sagaing.",
        "E H",
        "airstrike",
    ),
    (
        "Junta column torches villages in Myinmu, thousands flee",
        "A column of about 200 soldiers burned more than 400 houses in five villages of Myinmu "
        "Township over three days, residents and the township's People's Defence Force said on "
        "Thursday. Villagers who stayed behind found the charred bodies of three elderly men who "
        "had been unable to run. About 8,000 people are sheltering in monasteries and "
        "plantations near the Chindwin. The junta denied burning homes and blamed 'terrorist "
        "arson'.",
        "V D M",
        "arson attack",
    ),
    (
        "Displaced in Myanmar pass 3.5 million as fighting spreads, UN says",
        "More than 3.5 million people are now internally displaced across Myanmar, most of them "
        "since the 2021 coup, the UN humanitarian office said in its latest update. Sagaing, "
        "Magway and Rakhine account for the largest share, with new displacement in northern "
        "Shan after clashes this month. Aid agencies said access to many areas was blocked by "
        "the military's travel restrictions and that the humanitarian appeal was less than a "
        "fifth funded.",
        "D H",
        "displacement",
    ),
    (
        "Resistance fighters ambush junta convoy with mines on Magway road",
        "Local defence forces detonated three mines under a convoy of military trucks on the "
        "Pakokku-Gangaw road on Wednesday and then opened fire, killing at least 12 soldiers, "
        "the Yaw Defence Force said. The junta responded with artillery fire on nearby villages. "
        "Two resistance fighters were killed, the group said. It was not possible to verify the "
        "figures independently.",
        "B E",
        "ambush",
    ),
    (
        "Drones target Naypyitaw airbase and military headquarters",
        "The National Unity Government said its forces launched 29 drones at the Aye Lar airbase "
        "and the military's headquarters in Naypyitaw early on Thursday. The junta said it had "
        "shot down seven fixed-wing drones and that there was no damage. It was the first attack "
        "of its kind on the capital built by the generals.",
        "E",
        "drone attack",
    ),
    (
        "Karenni fighters battle troops inside Loikaw; residents flee to forests",
        "Karenni resistance forces entered Loikaw on Saturday and were fighting junta troops "
        "around the university and the state government office, the Karenni Nationalities "
        "Defence Force said. The military answered with airstrikes and artillery. Almost all the "
        "town's residents have fled into the hills or towards Shan State, aid workers said, and "
        "the Loikaw general hospital has closed.",
        "B D H",
        "urban battle",
    ),
    (
        "UN warns of famine conditions in Rakhine as blockade chokes supplies",
        "Rakhine State faces 'famine conditions' within months, the UN Development Programme "
        "warned on Thursday, as fighting between the Arakan Army and the junta has cut trade "
        "routes and the military blocks rice, fuel and medicine from entering the state. Local "
        "food production has collapsed, and households are eating one meal a day, the report "
        "said. Hospitals in Sittwe and Kyaukphyu are running out of drugs. The Arakan Army now "
        "controls most of the state's townships. The junta blames the group for the shortages.",
        "H",
        "humanitarian crisis",
    ),
    (
        "Myanmar junta executes four democracy activists",
        "Myanmar's military government has executed four political prisoners, among them a "
        "former lawmaker of Aung San Suu Kyi's party and a veteran democracy activist, state "
        "media reported on Monday. They were convicted by a closed military court of 'terrorist "
        "acts' for helping the resistance. They were the country's first executions in more than "
        "three decades, and drew condemnation from the UN and ASEAN chair Cambodia.",
        "V",
        "executions",
    ),
    (
        "Artillery shell hits displacement camp in Kachin State",
        "An artillery shell fired from a military base struck a camp for displaced people near "
        "Laiza late on Monday, killing at least 29 people, including 11 children, the Kachin "
        "Independence Organisation said. Bamboo shelters housing about 500 people caught fire. "
        "The junta denied firing on the camp. Residents of Mung Lai Hkyet had fled earlier "
        "fighting in their villages.",
        "E V D",
        "shelling",
    ),
    (
        "Villagers forced to walk ahead of troops as human shields, rights group says",
        "Junta troops seized about 30 villagers in Yinmabin Township and made them walk in front "
        "of a column through mined roads, according to testimony gathered by Fortify Rights. Two "
        "men were killed when a mine exploded, and a woman was beaten for refusing to carry "
        "ammunition. The group said the practice had become routine in the Sagaing region since "
        "the coup.",
        "V",
        "human shields",
    ),
    (
        "Thousands cross into Mae Sot as fighting reaches Myawaddy",
        "Fighting between the Karen National Liberation Army and junta troops on the edge of "
        "Myawaddy sent about 3,000 people across the Moei river into Thailand's Mae Sot district "
        "on Saturday, Thai officials said. Shells landed near the Friendship Bridge, and the "
        "Thai army moved troops to the border. Thailand said it could take in up to 100,000 "
        "people fleeing the war.",
        "B D",
        "fighting",
    ),
    (
        "Mortar shell from Myanmar kills two in Bandarban",
        "A mortar shell fired during fighting on the Myanmar side of the border landed on a "
        "house in Ghumdhum union of Naikhongchhari on Monday, killing a Bangladeshi woman and a "
        "Rohingya man, police said. Gunfire between the Arakan Army and the Border Guard Police "
        "had been heard for days. Local authorities moved about 300 families away from the "
        "frontier and shut five schools.",
        "E D",
        "shelling",
    ),
    (
        "Chin resistance forces capture Falam after months-long siege",
        "Chin resistance forces said on Monday they had taken full control of Falam, the first "
        "town in Chin State to be captured from the junta's troops, after a siege of almost five "
        "months. About 150 soldiers and police surrendered, according to the Chinland Council. "
        "Junta jets bombed the town repeatedly during the fighting, leaving much of it in ruins.",
        "B E",
        "capture of town",
    ),
    (
        "Two junta soldiers killed in clash near Kalay, PDF says",
        "Two soldiers of the military council were killed and three wounded in a clash with the "
        "Kalay People's Defence Force near Natchaung village on Sunday morning, the group said. "
        "One resistance fighter was hurt.",
        "B",
        "clash",
    ),
    (
        "Ward administrator shot dead in Yangon's Thingangyun",
        "A junta-appointed ward administrator was shot dead outside his home in Thingangyun "
        "Township on Wednesday night, police said. An urban guerrilla group said it killed him "
        "for reporting residents to the military. At least a dozen administrators have been "
        "killed in Yangon this year, and many others have resigned.",
        "V",
        "targeted killing",
    ),
    (
        "Laukkai falls to MNDAA as six brigadier-generals surrender",
        "The Myanmar National Democratic Alliance Army said on Friday it had taken full control "
        "of Laukkai, the capital of the Kokang region on the Chinese border, after the junta's "
        "regional command surrendered with more than 2,000 soldiers and six brigadier-generals. "
        "It was the largest surrender in the military's history, and the first fall of a town "
        "with a regional operations command since the Three Brotherhood Alliance launched its "
        "offensive in October. The junta had bombed the town from the air in the last days of "
        "the fighting, and residents said most of the town's population had fled across the "
        "border or to villages to the south. The surrendered soldiers and their families were "
        "allowed to leave for Lashio, the MNDAA said. China, which borders Laukkai, has been "
        "hosting talks between the two sides and said it wanted calm restored quickly along the "
        "frontier. Junta-appointed officials said the generals would face a court martial.",
        "B E D",
        "capture of town",
    ),
]
