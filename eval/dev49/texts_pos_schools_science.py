"""dev49 positives: attacks on schools, students and teachers, universities, laboratories,
research stations, nuclear plants and scientists (education and science desks). POSITIVES =
[(title, text, tag codes, kind), ...]; tag codes from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "Gunmen abduct 287 pupils from school in Kaduna state",
        "Gunmen on motorcycles surrounded a government primary and secondary school in Kuriga, in Nigeria's Kaduna state, on Thursday morning and abducted 287 pupils and a teacher, officials said. The armed groups known locally as bandits control large parts of the northwest and have fought the army for years. Parents gathered at the school as troops searched the forest. It was the first mass school abduction in the state in three years.",
        "V",
        "abduction",
    ),
    (
        "Boko Haram abducts schoolgirls from boarding school in Yobe",
        "Boko Haram fighters stormed a girls' boarding school in Yobe state on Monday night, abducting 52 students and burning two dormitories, the state education commissioner said. The jihadist group has attacked dozens of schools in northeast Nigeria. Schools in three local government areas were closed.",
        "V T",
        "abduction",
    ),
    (
        "Militants blow up girls' school in North Waziristan",
        "Militants blew up a girls' middle school in North Waziristan overnight, destroying six classrooms, police said; no one was hurt. Pakistani Taliban fighters had warned local elders against girls' education. It was the third school bombed in the district this year, and about 400 pupils have nowhere to study. The provincial government promised to rebuild it.",
        "E T V",
        "school_bombing",
    ),
    (
        "Suicide bomber kills 53 students at Kabul education centre",
        "A suicide bomber blew himself up among students sitting a practice university entrance exam at an education centre in the Dasht-e-Barchi district of Kabul on Friday, killing 53 people, most of them young Hazara women, the United Nations said. The Islamic State's local branch has attacked schools in the area before.",
        "E V T",
        "suicide_bombing",
    ),
    (
        "Strike on Gaza school sheltering displaced families kills 22",
        "An Israeli airstrike hit a UN-run school in Gaza City that was sheltering displaced families on Thursday, killing at least 22 people, including children, civil defence officials said. The Israeli military said it struck a Hamas command room inside the compound. The school was one of 150 UN schools used as shelters.",
        "E V D M",
        "airstrike",
    ),
    (
        "Missile wrecks chemistry faculty of Kharkiv university",
        "A Russian missile struck the chemistry faculty of a Kharkiv university on Saturday, destroying laboratories and killing a security guard, the rector said.",
        "E",
        "missile_strike",
    ),
    (
        "Fighters seize Khartoum public health lab holding pathogen samples",
        "One of the sides fighting in Sudan's capital has occupied the national public health laboratory in Khartoum, where samples of measles, cholera and polio are stored, the World Health Organization said. Technicians were expelled, and the WHO called the situation extremely dangerous. Battles between the army and the Rapid Support Forces raged around the building.",
        "B",
        "clashes",
    ),
    (
        "Shelling damages research reactor building in Kharkiv",
        "Shelling damaged the building housing a neutron source research facility at a physics institute in Kharkiv on Sunday, the International Atomic Energy Agency said, citing Ukrainian regulators. Radiation levels were normal. The facility, which was shut down at the start of the war, has been hit several times.",
        "E",
        "shelling",
    ),
    (
        "Drone strikes training centre at Zaporizhzhia nuclear plant",
        "A drone struck the training centre of the Zaporizhzhia nuclear power plant on Sunday, the International Atomic Energy Agency said, and its team on site heard explosions and gunfire near the plant. The IAEA's chief said attacks on Europe's largest nuclear plant must stop. Russia and Ukraine blamed each other.",
        "E",
        "drone_strike",
    ),
    (
        "Drone punches hole in Chornobyl's shelter arch",
        "A drone carrying a high-explosive warhead struck the steel arch over the destroyed reactor at Chornobyl overnight, starting a fire in its cladding, Ukraine's president said.",
        "E",
        "drone_strike",
    ),
    (
        "Strike on Gaza home kills physicist and family, university says",
        "An Israeli airstrike on a home in north Gaza killed a physics professor, his wife and five of their children, the Islamic University of Gaza said on Monday. The scientist had led research on solar energy. The university said more than 90 of its academics had been killed since the war began, and its main buildings lie in ruins.",
        "E",
        "airstrike",
    ),
    (
        "Israeli strikes kill nuclear scientists in Tehran",
        "Israeli air strikes on Tehran overnight killed at least six senior nuclear scientists in their homes, Iranian state media said, in an operation the Israeli military said targeted Iran's nuclear programme.",
        "E M",
        "airstrike",
    ),
    (
        "Jihadists burn schools and kill teachers in Burkina Faso's east",
        "Jihadist fighters burned four schools and killed two teachers in Burkina Faso's Est region last week, the education ministry said.",
        "V T",
        "school_attack",
    ),
    (
        "Separatist gunmen attack Kumba school, killing seven children",
        "Gunmen stormed a private school in Kumba, in Cameroon's Anglophone South-West region, on Saturday and opened fire on pupils in a classroom, killing seven children, officials said. Separatist fighters have enforced a boycott of schools in the region for years. The government blamed the separatists, who denied it.",
        "V",
        "school_attack",
    ),
    (
        "Air strike on Sagaing school kills 20 children",
        "Myanmar military aircraft struck a village school in Sagaing region on Monday, killing 20 children and two teachers, a local resistance group and residents said. The school was run by the shadow National Unity Government. Rescuers said the building collapsed on pupils taking an exam.",
        "E V",
        "airstrike",
    ),
    (
        "ADF rebels attack Ugandan school, killing 41",
        "Rebels of the Allied Democratic Forces attacked a secondary school in western Uganda near the Congo border on Friday night, burning a dormitory and killing 41 people, most of them students, police said. Six students were abducted and taken across the border. The army said it was pursuing the attackers.",
        "V T",
        "school_attack",
    ),
    (
        "Police fire on students as quota protests turn deadly",
        "Police fired rubber bullets and live rounds at students protesting against government job quotas in Dhaka on Tuesday, and at least six people were killed as protesters torched police booths, local media said. The government closed all universities indefinitely and shut mobile internet.",
        "U",
        "crackdown",
    ),
    (
        "Militiamen abduct university students from bus in Amhara",
        "Fano militiamen stopped a bus carrying university students in Ethiopia's Amhara region on Wednesday and abducted more than 100 of them, the university said. The region has seen fighting between the militia and federal troops for two years.",
        "V",
        "abduction",
    ),
    (
        "Park rangers killed by armed group in Colombian Amazon",
        "Members of a FARC dissident group killed two park rangers in Colombia's Amazon on Monday, the national parks agency said, and ordered the others to leave. Scientific stations in the park were abandoned. The group has fought the army for control of deforested land in the region.",
        "V",
        "killing",
    ),
    (
        "Students flee Sennar as paramilitaries seize Sinja",
        "Thousands of students and staff fled Sennar University after the Rapid Support Forces attacked and seized the nearby city of Sinja, the university said. The fighting displaced more than 130,000 people in a week. Exams were moved to Port Sudan.",
        "B D",
        "offensive",
    ),
    (
        "Strike hits Lebanese University campus in southern suburbs",
        "An Israeli strike hit buildings next to the Lebanese University's science faculty in the southern suburbs of Beirut on Thursday, damaging labs and the library, university officials said. The Israeli military said it targeted a Hezbollah weapons depot. Classes were suspended.",
        "E M",
        "airstrike",
    ),
    (
        "Gangs burn university faculty in Port-au-Prince",
        "Gangs set fire to the faculty of medicine of the State University of Haiti after a gunfight with police, the rector said on Monday. The attackers had seized the neighbourhood in the week before. Students have been moved to a campus north of the capital.",
        "B",
        "gang_attack",
    ),
]
