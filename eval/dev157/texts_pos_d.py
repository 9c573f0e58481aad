"""dev157 positives (4 of 4): current massacres, airstrikes, abductions, attacks and offensives
in the DRC, Ethiopia, Somalia and Myanmar (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Lubero: at least 18 civilians killed in ADF attack on Mayikengo farms",
        "At least 18 civilians were killed on Sunday night in an attack attributed "
        "to ADF rebels on the farms around Mayikengo, in the Bapere sector of Lubero "
        "territory (North Kivu), local civil society said. According to the "
        "president of the civil society of the sector, the assailants arrived from "
        "the forest at nightfall and attacked farmers who were spending the night in "
        "their fields to harvest cocoa. Most victims were killed with machetes, and "
        "several houses were set on fire, he told Radio Okapi. Eleven people are "
        "still missing, among them women and children who may have been taken "
        "hostage. The ADF, an armed group of Ugandan origin affiliated with the "
        "Islamic State, has intensified its attacks in this part of Lubero since its "
        "fighters were pushed out of parts of Beni territory by joint operations of "
        "the FARDC and the Ugandan army. The spokesman for the Sokola 1 operations "
        "confirmed the attack and said troops had been deployed to track the "
        "assailants. Survivors have fled to Manguredjipa and Butembo, where they are "
        "sheltered in host families. Civil society is asking the government to "
        "strengthen the military presence in the area, where farmers say they no "
        "longer dare go to their fields.",
        "V T D",
        "massacre",
    ),
    (
        "Ituri: CODECO militiamen kill 22 displaced people at a site in Djugu",
        "At least 22 displaced people were killed overnight from Tuesday to "
        "Wednesday in an attack by CODECO militiamen on a displacement site in the "
        "Bahema Badjere chiefdom, in Djugu territory (Ituri), local and humanitarian "
        "sources said. The assailants armed with firearms and machetes entered the "
        "site at around 1 am and went from shelter to shelter, the president of the "
        "site's committee told Radio Okapi. Among the victims are nine children and "
        "six women, and about 15 people were wounded and evacuated to the general "
        "referral hospital in Bunia. Dozens of shelters made of straw and tarpaulin "
        "were burned during the attack. The site housed more than 4,000 people who "
        "had fled earlier attacks on their villages in the chiefdom. After the "
        "attack, most of the displaced fled toward the town of Bule and the MONUSCO "
        "base nearby, local authorities said. The FARDC spokesman in Ituri said the "
        "army had launched a pursuit of the attackers. The UN humanitarian "
        'coordinator in the DRC condemned an attack "on people who had already lost '
        'everything," recalling that displacement sites must be protected. CODECO, '
        "a coalition of Lendu militias, has been blamed for many of the killings in "
        "Djugu in recent years.",
        "V D",
        "attack on displacement site",
    ),
    (
        "Airstrike hits Mekelle kindergarten playground, Tigray health bureau says",
        "An airstrike on Mekelle on Friday hit a residential area near a "
        "kindergarten, killing at least four people, two of them children, and "
        "wounding nine others, the Tigray regional health bureau said. The director "
        "of Ayder Referral Hospital said the wounded brought to the hospital "
        "included children who had been playing in the school compound when the bomb "
        "fell. Tigray's regional government accused the Ethiopian National Defense "
        "Force (ENDF) of targeting civilians, while a government communications "
        'service statement said the air force was striking "military targets" only '
        "and accused the TPLF of staging civilian casualties. The strike came two "
        "days after fighting resumed on several fronts along the Tigray-Amhara "
        "border, ending a five-month humanitarian truce. Hospitals in Tigray, which "
        "has been cut off from banking, fuel and telecommunication services for more "
        "than a year, say they lack basic supplies to treat the injured. The African "
        "Union Commission chairperson urged an immediate end to hostilities and a "
        "return to talks. It was not possible to independently verify the toll.",
        "B E V",
        "airstrike",
    ),
    (
        "Gunmen abduct dozens of university students on highway in Oromia, families "
        "plead for release",
        "Armed men abducted more than 50 students of Debre Markos University "
        "travelling home for the summer break on the road near Gebre Guracha in the "
        "North Shewa zone of Oromia on Wednesday, according to students who escaped "
        "and relatives who spoke to Addis Standard. The students were travelling in "
        "three buses when the gunmen blocked the road, ordered passengers out and "
        "marched them into the countryside. The driver of one of the buses said the "
        "attackers separated the students from other passengers and let the latter "
        "go. Relatives say the kidnappers have since phoned families demanding "
        "ransoms of up to 500,000 birr per student. Regional officials blamed the "
        'Oromo Liberation Army (OLA), which the government calls "Shene," while '
        "the group denied any involvement and accused government-allied militias. "
        "The Ministry of Education said it was working with security bodies to "
        "secure the students' release. \"My daughter called me once, crying, and "
        'then the phone went off," a mother in Bahir Dar said. Abductions for '
        "ransom along the main roads between Addis Abeba and the Amhara region have "
        "increased in the past year, transport associations say. The university "
        "suspended travel arrangements for students until further notice.",
        "V",
        "abduction",
    ),
    (
        "Al-Shabaab assault on Lido beach restaurant leaves 29 dead",
        "At least 29 people were killed and more than 60 wounded when al-Shabaab "
        "militants stormed a beachfront restaurant on Mogadishu's Lido beach on "
        "Friday night, police said. A suicide bomber detonated explosives at the "
        "gate before several gunmen entered the restaurant, which was crowded with "
        "families and young people enjoying the weekend, witnesses said. Security "
        "forces ended the siege after about five hours, killing five of the "
        "attackers, police spokesman Abdifatah Adan Hassan told reporters on "
        "Saturday morning. One of the gunmen was captured alive. Al-Shabaab claimed "
        "responsibility for the attack through its Andalus radio station. Relatives "
        "crowded outside Madina and Erdogan hospitals on Saturday searching for "
        'missing family members, and blood donors queued at the gates. "We were '
        'eating and laughing, and then the world exploded," a university student '
        "who survived told Hiiraan Online from his hospital bed. The Lido area has "
        "become one of the busiest places in the capital in the evenings, with "
        "dozens of new restaurants and hotels. Prime Minister Hamza Abdi Barre "
        "condemned the attack and said the government would not be intimidated by "
        '"the Khawarij." The US Embassy and the African Union mission also '
        "condemned the killings. The Somali Medical Association called on doctors on "
        "leave to report to hospitals in the capital. Police closed the coastal road "
        "to Lido on Saturday while forensic teams worked inside the restaurant. Some "
        "of the dead were members of the diaspora visiting for the summer holidays, "
        "relatives said. It was the deadliest attack in the capital since the twin "
        "car bombings at the Ministry of Education in 2022.",
        "T V E",
        "terrorist attack",
    ),
    (
        "Al-Shabaab retakes Moqokori after troops withdraw, residents flee",
        "Al-Shabaab fighters took control of Moqokori district in Hiiraan region on "
        "Sunday after government troops and allied clan militias withdrew following "
        "heavy fighting, residents and local officials said. The militants launched "
        "a dawn assault on the town from several directions, using suicide car bombs "
        "against military positions on the outskirts, a local elder told Hiiraan "
        "Online. Fighting lasted several hours before the troops pulled back toward "
        'Bula Burte. The Somali National Army said it had "repositioned" its '
        "forces and that dozens of militants had been killed, a claim that could not "
        "be verified. Hundreds of families fled Moqokori and nearby villages toward "
        "Jalalaqsi and Beledweyne, carrying what they could on donkey carts. "
        "Al-Shabaab has recaptured several towns in Hiiraan and Middle Shabelle in "
        "recent weeks, reversing many of the gains made under that campaign. A "
        "displaced mother in Jalalaqsi said her family left without food after "
        "hearing the militants' announcements from the mosque.",
        "B E T D",
        "offensive",
    ),
    (
        "Helicopters fire on monastery school in Sagaing, killing 11 children",
        "Junta helicopters fired on a monastery school in Tabayin Township in "
        "Sagaing Region on Friday afternoon, killing at least 11 children and "
        "injuring 15 others, according to teachers and local residents. Two Mi-35 "
        "helicopters circled the village for about an hour before opening fire with "
        "machine guns and rockets on the school compound, where about 240 students "
        "were attending classes, a teacher told The Irrawaddy. Troops landed "
        "afterward and searched the village, taking away some of the bodies and "
        "wounded, residents said. The regime said its troops had come under attack "
        "from the People's Defense Force and the Kachin Independence Army in the "
        "village and that they had found weapons there. Teachers said the school was "
        'run by the monastery and had no links to armed groups. "The children were '
        'hiding under their desks, and the bullets came through the roof," a '
        "teacher said. At least 20 villagers were detained by the troops and taken "
        'to the nearby town of Ye-U. UNICEF said it was "appalled" by the attack '
        "and recalled that schools must never be targeted. Villagers said most "
        "families had fled into the surrounding forest, fearing further raids.",
        "E V M D",
        "airstrike on school",
    ),
    (
        "Arakan Army closes in on Buthidaung as fighting drives out tens of thousands",
        "Fighting between the Arakan Army and junta forces around Buthidaung in "
        "northern Rakhine State has forced tens of thousands of residents, most of "
        "them Rohingya, to flee their homes over the past week, according to local "
        "sources and aid workers. The AA said it had captured several military "
        "outposts on the edge of the town and that remaining junta troops were "
        "surrounded in two battalion headquarters. Residents said parts of the town "
        "were burned on Friday night, and each side blamed the other for the fires. "
        "Thousands of Rohingya gathered in villages south of Buthidaung and along "
        "the road toward Maungdaw, while others tried to reach the Bangladesh "
        "border. Rohingya activists accused the AA of forcing people out of their "
        "homes, which the group denied, saying it had asked civilians to leave for "
        "their own safety. The military has also forcibly recruited Rohingya men to "
        "fight against the AA, according to rights groups. Since the AA ended a "
        "truce with the junta last November, it has seized most of the townships in "
        "northern and central Rakhine. Aid agencies say food and medicine have run "
        "out in many parts of the state, where the regime has blocked roads and "
        "waterways. Internet and phone lines in the townships remain cut, making it "
        "difficult to verify casualties, Frontier Myanmar was told.",
        "B D H",
        "offensive",
    ),
    (
        "Junta airstrikes continue in quake-hit Sagaing despite declared truce",
        "Junta aircraft bombed at least three villages in Sagaing Region's Myinmu "
        "and Chaung-U townships on Wednesday, killing at least seven people, local "
        "resistance groups and residents said, a week after the regime declared a "
        "temporary ceasefire to allow earthquake relief. One of the strikes hit a "
        "village where residents had been living in tents since the magnitude 7.7 "
        "earthquake destroyed their homes, a local administrator of the National "
        "Unity Government told The Irrawaddy. The regime's spokesman Major General "
        'Zaw Min Tun said the military would respond to any attacks by "terrorist" '
        "groups, and accused resistance forces of using the truce to regroup. The "
        "Special Advisory Council for Myanmar said it had counted more than 60 "
        "airstrikes across the country since the earthquake struck on March 28. "
        "Relief workers in Sagaing town said they were still struggling to bring "
        "tarpaulins and food to villages cut off by broken bridges. The Three "
        "Brotherhood Alliance and the NUG have also announced temporary halts to "
        "offensive operations. UN officials called on all parties to stop attacks "
        "and allow aid to flow. Residents in the bombed villages said they had "
        "started digging bunkers again next to their tents.",
        "E",
        "airstrike",
    ),
]
