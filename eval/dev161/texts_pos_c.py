"""dev161 positives (3 of 3): Bangladesh, Iran, Lebanon, Somalia, Syria, Cameroon, Manipur,
Darfur, Gaza, Papua and Myanmar, as the health, science, education and food desks report
them (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Bangladesh shuts universities as deadly quota protests spread",
        "Bangladesh ordered all public and private universities to close indefinitely on "
        "Wednesday and told students to leave their halls of residence, after clashes over "
        "quotas in government jobs left at least six people dead. Police fired tear gas and "
        "rubber bullets at students at Dhaka University and Jahangirnagar University, and "
        "members of the ruling party's student wing attacked protesters with sticks and iron "
        "rods, according to witnesses and video footage. At Rajshahi University, students "
        "blocked the main highway and set fire to tyres. The University Grants Commission "
        "said the closure was needed to protect students' lives. Student leaders said they "
        "would continue the movement, which began peacefully on campuses in early July, "
        'until the quota system was reformed. "They turned our halls into battlefields and '
        'now they want us to go home," a final-year economics student said. The education '
        "ministry also postponed the higher secondary examinations scheduled for Thursday. "
        "Rights groups have called for an independent investigation into the deaths, "
        "including that of a student in Rangpur who was shot by police at close range.",
        "U",
        "crackdown",
    ),
    (
        "Security forces storm Iran's Sharif University as student protests grow",
        "Iranian security forces besieged Sharif University of Technology in Tehran on "
        "Sunday night, firing tear gas and paintball guns at students who had gathered to "
        "protest at the death of Mahsa Amini in police custody, according to students and "
        "videos shared online. Riot police on motorcycles blocked the campus exits, and "
        "plain-clothes officers chased students into the car park, where dozens were beaten "
        "and detained, witnesses said. The university's science and engineering faculties "
        "are among the most selective in Iran, and many of its graduates go on to research "
        "careers abroad. The ministry of science said that some of those arrested had been "
        "released later in the night. Academics around the world expressed solidarity, and "
        "more than 1,000 researchers, including several Nobel laureates, signed an open "
        "letter condemning the violence. Protests have spread to dozens of universities "
        "since mid-September, and rights groups say more than 130 people have been killed in "
        "the crackdown nationwide. Some Sharif professors said they would not teach until "
        "all the students were freed.",
        "U",
        "crackdown",
    ),
    (
        "Lebanese hospitals overwhelmed after thousands hurt in pager explosions",
        "Hospitals across Lebanon were overwhelmed on Tuesday after thousands of pagers used "
        "by members of Hezbollah exploded almost simultaneously, killing at least nine "
        "people, including an eight-year-old girl, and wounding about 2,800, the health "
        "ministry said. Surgeons in Beirut's southern suburbs worked through the night on "
        "patients with severe injuries to the eyes, hands and abdomen, and the health "
        'minister appealed to all medical staff to report for duty. "In one hour we '
        'received more wounded than in a normal month," an emergency physician at a '
        "hospital in Beirut said. Blood banks called for donors, and Lebanon asked other "
        "countries for help with eye surgery; Iraq and Iran flew in medical teams. Hezbollah "
        "blamed Israel for the explosions, and the Israeli military did not comment. The "
        "World Health Organization sent trauma kits to ten hospitals and said Lebanon's "
        "health system, already weakened by years of economic crisis, was under severe "
        "strain.",
        "E H",
        "pager explosions",
    ),
    (
        "Twin car bombs at Somalia's education ministry kill scores in Mogadishu",
        "Two car bombs exploded minutes apart at a busy junction beside Somalia's education "
        "ministry in Mogadishu on Saturday, killing at least 100 people and wounding 300, "
        "President Hassan Sheikh Mohamud said. The first blast hit the ministry's wall as "
        "people crowded a nearby market; the second went off as ambulances and onlookers "
        "arrived, witnesses said. Among the dead were students, street vendors and parents "
        "who had come to the ministry to sort out exam papers and school registrations, "
        "according to a ministry official. Al-Shabaab, the al-Qaeda-linked group fighting "
        "the federal government, said it had carried out the attack and called the ministry "
        '"an enemy base" spreading a non-Islamic curriculum. Hospitals in the capital ran '
        "out of beds, and the government appealed to foreign partners to send doctors and "
        "medical supplies. The junction, known as Zobe, was also the site of a truck bombing "
        "in 2017 that killed more than 500 people. The president said the attack would only "
        "harden the government's resolve against the group.",
        "E T V H",
        "car bombing",
    ),
    (
        "Fighting around Syria's Tishreen dam raises fears for Euphrates water supply",
        "Engineers and water experts have warned that weeks of fighting around the Tishreen "
        "dam on the Euphrates in northern Syria could damage a structure that supplies "
        "electricity and water to hundreds of thousands of people. Turkish-backed Syrian "
        "National Army factions have been trying to capture the dam from the Kurdish-led "
        "Syrian Democratic Forces since December, and Turkish drones have struck SDF "
        "positions and vehicles on the dam road almost daily, according to the SDF and a "
        "UK-based war monitor. A drone strike on a convoy of civilians travelling to the dam "
        "to protest against the fighting killed at least five people last week, the "
        "Kurdish-led administration said. The dam's turbines have been shut down since the "
        "fighting began, cutting power to the city of Kobani and to pumping stations that "
        'supply drinking water to villages along the river. "A direct hit on the spillway '
        'could send a flood wave downstream," said a hydrologist who has studied the '
        "Euphrates basin. Water levels on the Syrian stretch of the Euphrates are already at "
        "historic lows after years of drought and upstream dam building in Turkey. Aid "
        "agencies say they are trucking water to communities cut off from the network.",
        "B E V H",
        "fighting at dam",
    ),
    (
        "Gunmen kill schoolchildren in attack on school in Cameroon's Southwest region",
        "Gunmen stormed a private school in the town of Mbonge in Cameroon's Southwest "
        "region on Saturday and opened fire on pupils in a classroom, killing at least six "
        "children aged between nine and 12 and wounding several others, local officials "
        "said. The attackers arrived on motorbikes in civilian clothes, carrying machetes "
        "and guns, a teacher told the BBC. Some children jumped from first-floor windows to "
        "escape. No group said it carried out the attack, but the government blamed "
        "separatist fighters who have ordered a boycott of schools in the English-speaking "
        "regions as part of their campaign for an independent state they call Ambazonia. "
        "Separatist leaders denied involvement and blamed the army. Since the conflict began "
        "in 2017, hundreds of schools in the Northwest and Southwest regions have been "
        "burned or closed, and UNICEF estimates that more than 700,000 children have been "
        'forced out of education. "Children should never be targets," said the UN\'s '
        "humanitarian coordinator for Cameroon. Parents in Mbonge said they were keeping "
        "their children at home for the rest of the term.",
        "V",
        "school attack",
    ),
    (
        "Manipur students in relief camps miss board exams as fresh gunfights erupt",
        "Hundreds of students living in relief camps in Manipur will not be able to sit the "
        "state's higher secondary examinations next week, education officials said on "
        "Monday, as gunfights between armed groups broke out again in the foothills of "
        "Bishnupur and Churachandpur districts. Three people were killed and at least eight "
        "injured in exchanges of fire on Sunday between armed village volunteers from the "
        "Meitei and Kuki-Zo communities, police said. Security forces fired tear gas to "
        "disperse a crowd that tried to storm an armoury in Imphal on Sunday evening. More "
        "than 60,000 people have been displaced since the ethnic violence began in early "
        "May, and about 300 schools have been turned into relief camps or closed. The Board "
        "of Secondary Education said it would hold special examinations for displaced "
        "students once the situation improved, and allowed candidates to change exam "
        'centres. "My books were burned with our house; I have been studying from my '
        "cousin's phone,\" a 17-year-old girl in a camp in Moirang said. Internet services "
        "remain suspended across most of the state. Universities in other states, including "
        "Delhi University, have offered to admit students from Manipur without entrance "
        "tests.",
        "B D U",
        "ethnic clashes",
    ),
    (
        "Famine confirmed in Sudan's Zamzam camp as war blocks aid to Darfur",
        "Famine conditions are occurring in the Zamzam camp for displaced people near El "
        "Fasher, in Sudan's North Darfur state, a committee of international food-security "
        "experts said on Thursday, the first such determination anywhere in the world since "
        "2017. The Famine Review Committee of the Integrated Food Security Phase "
        "Classification said the camp, home to at least 500,000 people who have fled "
        "fighting, met the thresholds for extreme food shortage, acute malnutrition and "
        'deaths. It said the situation was "primarily driven by the conflict and severe '
        'restrictions on humanitarian access". The paramilitary Rapid Support Forces have '
        "besieged El Fasher since May, and supply roads into Darfur have been closed for "
        "months by fighting and by the army's restrictions on cross-border aid. Médecins "
        "Sans Frontières said a child was dying in Zamzam about every two hours. Farmers "
        "across Darfur and Kordofan were unable to plant last season because of the war, and "
        "grain prices in Darfur's markets have more than tripled, according to the World "
        "Food Programme. The committee warned that other areas, including parts of Khartoum "
        "and the Nuba Mountains, were at risk of famine. Sudan's army-led government has "
        "disputed the findings and accused aid agencies of exaggerating the crisis. Aid "
        "workers said the camp's few functioning clinics were treating children with severe "
        "acute malnutrition on mats in the open because there were no beds. Nutrition "
        "experts noted that famine declarations usually come late, after people have already "
        "died in large numbers.",
        "H D",
        "famine in war zone",
    ),
    (
        "Gaza death toll likely underestimated by about 40 percent, Lancet study finds",
        "Deaths from traumatic injuries in the Gaza Strip in the first nine months of the "
        "war were about 40 percent higher than the figures reported by the territory's "
        "health ministry, according to an analysis published on Thursday in The Lancet. "
        "Researchers from British and American universities used a statistical method called "
        "capture-recapture, which compares overlapping lists of the dead: hospital morgue "
        "records, an online survey of relatives and obituaries posted on social media. They "
        "estimated that about 64,000 people had died of traumatic injuries by the end of "
        "June 2024, against fewer than 38,000 reported by the ministry at the time, and that "
        "most of the dead were women, children and older people. The estimate does not "
        'include deaths from disease, malnutrition or the lack of health care. "Our '
        "findings show that the bombardment's toll is almost certainly higher than what the "
        "official count tells us,\" said the study's lead author. Israel has questioned the "
        "health ministry's figures, saying they do not distinguish between civilians and "
        "fighters. Israeli air strikes continued across Gaza as the study was published, "
        "with the Civil Defence reporting more than 30 people killed overnight. The authors "
        "said the collapse of hospitals and civil registration had made counting harder as "
        "the war went on.",
        "E H",
        "death toll study",
    ),
    (
        "Nurse killed as rebels burn health centre in Papua's highlands",
        "Separatist rebels attacked a community health centre in Kiwirok district in "
        "Indonesia's Papua province on Monday, setting the building on fire and killing a "
        "nurse, police and military officials said. Four other health workers were injured, "
        "some of them after jumping into a ravine behind the clinic to escape, and one was "
        "still missing. The West Papua National Liberation Army, the armed wing of the Free "
        "Papua Organisation, said it had attacked the area because it believed security "
        "forces were using the clinic and a school as posts; Indonesia's health ministry "
        "said the staff were civilians doing their jobs. Government troops were sent to the "
        "district and exchanged fire with the rebels on Tuesday, according to the military. "
        "The health workers had been posted to the remote highland district under a "
        "government programme to strengthen primary care in the region, which has some of "
        "the highest rates of maternal and child mortality in Indonesia. Indonesia's nurses' "
        "association called for better protection for medical staff in conflict areas. "
        "Dozens of health workers and teachers were evacuated by helicopter from Kiwirok "
        "later in the week.",
        "V B M D",
        "attack on health workers",
    ),
    (
        "Myanmar junta keeps up air strikes in quake zone as rescuers dig for survivors",
        "Myanmar's military carried out air strikes on villages in the Sagaing region hours "
        "after a magnitude 7.7 earthquake devastated central Myanmar, killing more than "
        "1,700 people, according to residents and the country's opposition National Unity "
        "Government. A strike on a village near Chaung-U on Saturday killed seven people, a "
        "local resistance group said, while a paraglider attack was reported in Shan state. "
        "The United Nations' human rights office called the strikes \"completely outrageous "
        'and unacceptable" while rescuers were still trying to reach people trapped under '
        "collapsed buildings. In Mandalay, volunteers dug through the rubble of apartment "
        "blocks with their hands, and hospitals treated patients in car parks for fear of "
        "aftershocks. The junta's leader, Min Aung Hlaing, made a rare appeal for "
        "international aid, and teams from China, India and Russia have arrived. Aid "
        "agencies said they needed guarantees that supplies would reach areas controlled by "
        "resistance groups, where many of the worst-hit towns lie. The World Health "
        "Organization classified the earthquake as a highest-level emergency and warned of "
        "the risk of cholera spreading in makeshift camps.",
        "E H",
        "airstrike",
    ),
]
