"""dev323 negatives, part a: school violence treated as crime, peaceful campus protest and strikes."""

NEGATIVES = [
    (
        """Ten killed as student opens fire at Santa Fe High School""",
        """A 17-year-old student opened fire with a shotgun and a revolver in an art classroom at Santa Fe High School, south-east of Houston, on Friday morning, killing ten people, most of them students, authorities said. Ten others were wounded, including a school police officer who confronted the gunman. The suspect, who surrendered to officers after about 30 minutes, was charged with capital murder and held without bail. Governor Greg Abbott said explosive devices, including pipe bombs and a pressure cooker, had been found at the school and nearby, but none had detonated. Investigators said the weapons belonged to the suspect's father. Police said there was no indication of a political or ideological motive, and that journals found at his home suggested the attack had been planned for weeks. It was the deadliest school shooting in the United States since Parkland three months earlier. Parents gathered at a staging area at a nearby school, some waiting for hours to learn whether their children were safe. Among the dead were a substitute teacher and an exchange student from Pakistan. The school district said classes would be cancelled for the rest of the week, and counsellors would be available at local churches. The shooting revived calls for stricter gun laws, which state Republican leaders rejected, pointing instead to the need for more armed staff and fewer entrances to school buildings. "We need to harden our schools," the lieutenant governor told reporters. Students who had survived the shooting said they had hidden in closets while the gunman fired through doors.""",
        "crime",
    ),
    (
        """Pupil, 13, kills eight classmates and a guard at Belgrade school""",
        """A 13-year-old boy opened fire at the Vladislav Ribnikar primary school in central Belgrade on Wednesday morning, killing eight pupils and a security guard, Serbian police said. Six children and a teacher were wounded. The boy, who used two pistols belonging to his father, called police himself from the schoolyard and was arrested. He is below the age of criminal responsibility, and his father was detained on suspicion of endangering public safety. Police chief Veselin Milic said the boy had drawn up a list of classmates he intended to target and a sketch of the classrooms. The government declared three days of mourning. Thousands of people laid flowers outside the school, and teachers' unions called for metal detectors and more school police. President Aleksandar Vucic announced a moratorium on gun licences.""",
        "crime",
    ),
    (
        """Boy, 12, shoots classmates at Vantaa school, killing one""",
        """A 12-year-old pupil opened fire at the Viertola comprehensive school in Vantaa, north of Helsinki, on Tuesday morning, killing one classmate and seriously wounding two others, Finnish police said. The suspect fled on foot and was detained in another part of the city less than an hour later with a revolver, which had been licensed to a relative. All three victims were also 12. Police said the boy had told them he had been bullied, and that there was no sign of any ideological motive. Because he is below the age of criminal responsibility, he will be handed to child protection services. About 800 pupils attend the school, which had just begun its second term. Prime Minister Petteri Orpo called it a deeply shocking day for the country.""",
        "crime",
    ),
    (
        """Knife attack at Lianjiang kindergarten leaves six dead""",
        """A man armed with a knife attacked a private kindergarten in Lianjiang county, in China's Guangdong province, on Monday morning, killing six people, including a teacher, two parents and three children, local police said. One other person was injured. The suspect, a 25-year-old local man surnamed Wu, was arrested at the scene. Police did not give a motive, and state media described it as an intentional injury case under investigation. Videos of the aftermath that circulated briefly on social media were quickly removed. Kindergartens and primary schools across China have tightened security at their gates after a series of attacks on children in recent years, many of them carried out by men whom authorities described as having personal grievances. The education bureau said the kindergarten would remain closed for the rest of the week.""",
        "crime",
    ),
    (
        """School assistant stabbed to death during bag check in Nogent""",
        """A school assistant was stabbed to death by a 14-year-old pupil during a bag search at the entrance of a collège in Nogent, in eastern France, on Tuesday morning, prosecutors said. The 31-year-old woman, a mother of a four-year-old boy, was hit several times in front of gendarmes who were carrying out the checks with staff. A gendarme was lightly wounded as the teenager was overpowered. The prosecutor said the suspect had no criminal record and no link to any extremist movement, and that he had described a fascination with violence. Prime Minister François Bayrou announced that ministers would study a ban on the sale of knives to minors and trials of metal detectors at school gates. Teachers' unions called a minute of silence in every school the following day.""",
        "crime",
    ),
    (
        """Teenager with hatchet attacks students at São Paulo school""",
        """A 13-year-old student attacked classmates and teachers with a hatchet at a state school in the Vila Sônia district of São Paulo on Monday morning, killing a 71-year-old teacher and wounding four other people, police said. Another teacher overpowered the boy and held him until military police arrived. Investigators said he had posted about the planned attack on social media and had been involved in a fight with another pupil the week before. The state education secretary said psychologists would be sent to the school and that security guards would be hired for schools with a record of threats. It was the second school attack in Brazil in a fortnight; days later a man killed four small children at a nursery in Blumenau with a hatchet. Police said neither case had any political motivation.""",
        "crime",
    ),
    (
        """Police arrest 46 over gaokao cheating ring using hidden earpieces""",
        """Police in China's Henan province have detained 46 people accused of running an organised ring that sold answers to students sitting the national college entrance examination, known as the gaokao, state media reported. Investigators said the gang had charged families up to 200,000 yuan for hidden earpieces and transmitters sewn into clothing, and used hired graduates to solve the papers remotely within minutes of the exam starting. Examination authorities in several provinces deployed drones and radio scanners around test centres this year to detect transmissions. Thirteen candidates were caught with devices and face being barred from the exam for up to three years. More than 13 million students sat the gaokao this month, a record. Cheating on national exams has been a criminal offence since 2015, punishable by up to seven years in prison.""",
        "crime",
    ),
    (
        """CBI arrests six over NEET paper leak as students demand re-test""",
        """India's Central Bureau of Investigation arrested six people in Bihar and Jharkhand on Thursday in connection with the leak of the question paper of NEET, the national medical entrance examination taken by 2.4 million candidates. Investigators said a gang had obtained the paper from a printing press and sold answers to some candidates for as much as 3 million rupees each the night before the test. The leak has set off a political storm, and students have staged sit-ins in Delhi and Patna demanding that the exam be held again. The Supreme Court is hearing petitions and has said it will order a re-test only if the breach affected the whole exam. Education minister Dharmendra Pradhan said no guilty person would be spared. The opposition has called the affair proof of a broken examination system.""",
        "crime",
    ),
    (
        """Students block Novi Sad bridges in silent protest over canopy collapse""",
        """Tens of thousands of students and supporters blocked three bridges over the Danube in Novi Sad on Saturday, standing in silence for 15 minutes to honour the 15 people killed when a railway station canopy collapsed in November. The protest was the largest yet in a movement led by university students, who have occupied faculties across Serbia for weeks and are demanding full publication of documents on the station's renovation. Farmers drove tractors into the city in support and residents handed out food and tea to marchers who had walked from Belgrade. Police kept their distance and no incidents were reported. "We are not a party and we do not want power, we want institutions that work," a philosophy student told the crowd. Most lectures at Serbia's state universities have been suspended since December. Volunteers checked the route ahead of marchers and organisers repeatedly asked the crowd not to respond to provocations. The government has accused foreign intelligence services of financing the protests, which students deny. Rectors of several universities have publicly backed the students, and the education ministry has threatened to withhold salaries from lecturers who support the blockades. By evening, the crowd had thinned to a few thousand, who stayed for a concert on the riverbank. Students said the next big gathering would be in Kragujevac.""",
        "protest",
    ),
    (
        """Brown University encampment ends after students strike deal on divestment vote""",
        """Students at Brown University in Rhode Island dismantled their pro-Palestinian encampment on Tuesday after university leaders agreed that the board would vote in October on whether to divest from companies linked to Israel's war in Gaza. About 70 tents had stood on the main green for a week. The university said it would not discipline students who left peacefully, and protesters said they would present their case to the board in May. The agreement was one of the first of its kind, as police cleared encampments elsewhere, and was criticised by some alumni. "This is what dialogue looks like," said a spokesperson for the Brown Divest Coalition. President Christina Paxson said in a letter to the community that the deal did not mean the university endorsed the protesters' position. Commencement ceremonies will go ahead as planned.""",
        "protest",
    ),
    (
        """Police arrest 16 as Oxford students occupy admin building""",
        """Thames Valley Police arrested 16 people on suspicion of aggravated trespass after pro-Palestinian students occupied the entrance hall of the University of Oxford's administration building on Thursday morning. About a dozen protesters sat on the floor, locking arms, while others gathered outside chanting, according to video posted by the group Oxford Action for Palestine. Police said officers had removed the occupiers without injuries and that all those held had been released on bail. The group had demanded that the university disclose and end its investments in arms companies. The university said the occupation had prevented staff from working and that it respected the right to lawful protest. The encampment outside the Pitt Rivers Museum has been in place for almost three weeks.""",
        "protest",
    ),
    (
        """Teachers walk out in England's biggest school strike in a decade""",
        """Schools across England and Wales closed or sent pupils home on Wednesday as members of the National Education Union staged the first of seven days of strike action over pay. The union said about 300,000 of its members had walked out, and that the day had been the biggest school strike in more than a decade. Picket lines formed outside school gates from 7.30am, and tens of thousands of teachers marched through central London to Westminster. The Department for Education said about 85% of schools had opened at least partially. Education Secretary Gillian Keegan called the walkout disappointing and said the 5% offer for most teachers was fair. Joint general secretary Mary Bousted said teachers' real pay had fallen by almost a quarter since 2010. Police said the march passed without incident.""",
        "protest",
    ),
    (
        """Nigeria's university lecturers end eight-month strike""",
        """Nigeria's Academic Staff Union of Universities called off an eight-month strike on Friday, reopening public universities that had been shut since February. The union's national executive council voted to suspend the action after the Court of Appeal ordered lecturers back to work and the speaker of the House of Representatives pledged to push for more funding in the 2023 budget. Lecturers had demanded the renegotiation of a 2009 agreement on pay and working conditions and the release of funds for the revitalisation of campuses. The government had refused to pay salaries for the months of the strike under its no-work-no-pay policy. Students' union leaders said they had lost almost a full academic year. The union's president, Emmanuel Osodeke, said the battle was not over and warned of another strike if promises were broken.""",
        "protest",
    ),
    (
        """Hundreds of thousands march in Buenos Aires to defend public universities""",
        """Hundreds of thousands of students, lecturers and supporters marched through Buenos Aires on Tuesday to protest against budget freezes at Argentina's public universities, in one of the largest demonstrations since President Javier Milei took office. The march, called by university unions and student federations, filled the Plaza de Mayo and spilled into surrounding avenues, with similar rallies in Córdoba, Rosario and Mendoza. Organisers said 800,000 people had taken part in the capital; police gave a lower figure. University rectors say inflation has wiped out more than half of their operating budgets in real terms. Milei's government accused the opposition of using the universities as political weapons and said it would audit their accounts. The march ended with the reading of a manifesto, and no arrests were reported.""",
        "protest",
    ),
    (
        """Korean medical students extend class boycott over admissions quota""",
        """Most of South Korea's 19,000 medical students are continuing to boycott classes in protest at the government's plan to raise medical school admissions by 2,000 a year, university deans said on Monday. Students at 40 medical schools have applied for leaves of absence since February, and universities have repeatedly postponed the start of the semester to avoid mass failure. The education ministry said it would not accept collective leave requests and warned that students who stayed away could be held back a year. The boycott runs alongside a walkout by thousands of trainee doctors, who have left hospitals in protest at the same plan. Students held a silent rally outside the ministry in Sejong on Saturday. Talks between the government and medical associations have yielded no deal.""",
        "protest",
    ),
    (
        """Student marchers fill Santiago streets to demand free education""",
        """Tens of thousands of students marched through central Santiago on Thursday to press the government of President Michelle Bachelet to speed up its promised reform of the education system, including free university tuition. The march, called by the Confederation of Chilean Students, followed the main avenue, the Alameda, from Plaza Italia to the Los Héroes metro station under heavy police supervision. Organisers said 150,000 people took part, while the interior ministry estimated 70,000. Marchers carried cardboard coffins labelled with the names of private universities they accuse of profiteering. The day ended peacefully, a police spokesman said, with no arrests. Student leaders said they would meet education minister Nicolás Eyzaguirre next week to discuss the draft law.""",
        "protest",
    ),
    (
        """From refugee camp to valedictorian: Kakuma-born student heads to Toronto""",
        """Deng Atem spent the first 14 years of his life in the Kakuma refugee camp in northern Kenya, studying by lamplight in a classroom shared with 150 other pupils. This week, he will give the valedictory speech at his secondary school in Calgary before starting a degree in engineering at the University of Toronto on a full scholarship. His family arrived in Canada in 2019 through a private sponsorship programme organised by a church group. "My mother could not read, and she made us promise to finish school," he said. The World University Service of Canada, which runs a student refugee programme, said it has helped more than 2,300 young refugees enter Canadian universities since 1978. Deng wants to return to South Sudan one day to build water systems.""",
        "other",
    ),
    (
        """A-level results: top grades fall back as pupils collect envelopes""",
        """The proportion of A-level entries awarded an A or A* in England fell for a second year running, as the exams regulator continued to bring grades back to pre-pandemic levels, figures published on Thursday showed. Some 27.2% of entries achieved the top grades, down from 35.9% last year but still above the 25.4% recorded in 2019. Ofqual said the return to normal grading was now complete. Schools in the south-west and north-east saw the steepest falls, while independent schools continued to outperform comprehensives. Universities admitted a record number of students through clearing, and UCAS said 414,940 applicants had been placed by the end of the day. Headteachers' union leader Geoff Barton said young people had come through a period of enormous disruption and should be proud of their achievements.""",
        "other",
    ),
    (
        """Colombia's ex-combatants graduate from accelerated secondary programme""",
        """Some 350 former FARC guerrillas received their secondary school diplomas at a ceremony in Icononzo, in Tolima department, on Saturday, under an education programme set up by the 2016 peace agreement. The graduates, most of them in their thirties and forties, completed the programme in reintegration zones over two years, studying with teachers from the National University and regional education authorities. The UN verification mission said more than 4,000 ex-combatants had now enrolled in formal education since the accord. "I left school at 12 to join the guerrilla; today I can enrol at university," said a woman who now runs a sewing cooperative. The agency for reincorporation said it would extend scholarships to the children of former combatants. The ceremony ended with a concert by musicians from the reintegration area.""",
        "peace",
    ),
]
