"""dev323 negatives, part c: storms, floods, quakes and epidemics, accidents, sport, screen and stage."""

NEGATIVES = [
    (
        """Floods destroy or damage 26,000 schools across Pakistan""",
        """Pakistan's monsoon floods have destroyed or damaged more than 26,000 schools, disrupting the education of some 3.5 million children, UNICEF said on Tuesday. In Sindh province, where whole districts remain under water, thousands of the schools still standing are being used as relief camps for families whose homes were washed away. "We cannot reopen a school where 60 families are living," said a district education officer in Dadu. The government has set up temporary learning centres in tents, but aid agencies say many children will be out of school for months. More than 1,500 people have been killed since June, and the army has been flying helicopters to rescue stranded villagers. UNICEF appealed for $39m for education in the emergency. The education minister said schools would be rebuilt to withstand future floods.""",
        "disaster",
    ),
    (
        """Helene keeps western North Carolina schools closed for weeks""",
        """Dozens of schools in western North Carolina will stay closed for at least another two weeks after Hurricane Helene destroyed roads, bridges and water systems across the mountains, district officials said on Friday. Buncombe County Schools, which serves about 21,000 students, said several buildings had been damaged by flooding and that the city of Asheville still had no running water. Some schools are being used as shelters and distribution points for food and bottled water, with National Guard troops helping to unload supplies. At least 100 people were killed in the state. Teachers have been checking on students door to door, and districts have set up counselling. "We're not even talking about lesson plans yet," said a superintendent in Yancey County. The state's education board waived make-up day requirements.""",
        "disaster",
    ),
    (
        """Turkish universities switch to online teaching after earthquakes""",
        """Turkey's higher education council ordered all universities to move to distance learning for the spring semester after the earthquakes that killed more than 45,000 people in the south of the country, so that dormitories could be used to house survivors. About 130,000 dormitory beds will be made available to families left homeless, the youth and sports ministry said. Students from the ten affected provinces will be allowed to transfer to universities elsewhere. Some academics criticised the decision, saying students across the country would lose out, while survivors' groups welcomed the shelter. Universities in Hatay and Kahramanmaraş were themselves badly damaged, and several students and lecturers were killed. The council said it would review the measure before the summer exams.""",
        "disaster",
    ),
    (
        """Derna flood leaves schools in ruins as term is postponed""",
        """Schools in the eastern Libyan city of Derna will not open for the new term after last month's flood, which swept whole neighbourhoods into the sea when two dams burst during Storm Daniel, local education officials said. At least 40 schools were destroyed or badly damaged, and many of the surviving buildings are sheltering families who lost their homes. The education ministry of the eastern-based administration said pupils would be transferred to schools in nearby towns such as Al Bayda and Shahat, with free buses. The flood killed thousands of people, and the World Health Organization says many are still missing. Psychologists working with children said some pupils had lost their entire families. UNICEF has set up temporary classrooms in tents on the outskirts of the city.""",
        "disaster",
    ),
    (
        """Classes suspended in Luzon as typhoon forces evacuations""",
        """The Philippine education department suspended classes in public schools across much of Luzon on Thursday as Typhoon Kristine brought torrential rain and landslides, and more than 300,000 people were moved to evacuation centres, many of them school buildings. Floodwater reached the second floor of some classrooms in Naga City, where teachers tried to carry textbooks and computers to safety. The disaster agency said at least 46 people had died. The department estimated that some 2,000 schools had been damaged, and that more than 4 million learners were affected. Education Secretary Sonny Angara said schools serving as evacuation centres would stay closed to pupils until families could go home. Coast guard and soldiers were deployed to rescue residents stranded on rooftops.""",
        "disaster",
    ),
    (
        """Schools close nationwide as coronavirus cases climb""",
        """Schools, colleges and nurseries across the country will close from Friday afternoon for all but the children of key workers and vulnerable pupils, the government announced, as the number of confirmed coronavirus cases continued to rise. Summer exams, including GCSEs and A-levels, will not go ahead, and the education secretary said students would be given grades based on teachers' assessments. Universities have already moved teaching online, and thousands of international students are trying to fly home. Headteachers said they were working out how to provide free school meals to children who would now stay at home. "This is uncharted territory," one primary head said. Scientists advising the government said closing schools could help reduce the peak of the epidemic, although the effect was uncertain. Supermarkets reported queues and empty shelves of pasta and flour as parents prepared for weeks at home. Teachers posted worksheets online and schools lent laptops to families who had none, though many were still waiting at the weekend. Children's charities warned that vulnerable pupils would be at greater risk out of sight of teachers. Exam boards said they would publish guidance on how grades would be calculated within a fortnight. The prime minister said he could not say when schools would reopen.""",
        "health",
    ),
    (
        """Sierra Leone reopens schools after nine-month Ebola closure""",
        """More than 1.8 million children returned to school in Sierra Leone on Tuesday after a nine-month closure caused by the Ebola epidemic, which has killed nearly 4,000 people in the country. Teachers checked pupils' temperatures with infrared thermometers at school gates, and every classroom was given a bucket of chlorinated water for handwashing. Many schools had been used as Ebola holding centres and had to be disinfected before reopening. UNICEF said it had trained more than 9,000 teachers on Ebola prevention. Some parents kept children at home, fearing infection, while others said they could not afford fees after the epidemic hit their incomes. The government said pregnant girls would not be allowed back into classrooms, a decision criticised by rights groups. New cases have fallen to a handful a week.""",
        "health",
    ),
    (
        """Kinshasa schools step up hygiene as mpox cases rise""",
        """Health authorities in the Democratic Republic of Congo have begun screening pupils for mpox in schools in Kinshasa after cases were confirmed among children in several districts of the capital, the education ministry said. Teachers have been told to send home any pupil with a fever or rash, and schools have been given soap and handwashing stations. The country has recorded the majority of the world's mpox cases this year, including a new strain that spreads more easily between people. A vaccination campaign began in October, but doses are limited and have so far gone mainly to adults in the worst-hit provinces. The ministry said there were no plans to close schools. "We teach the children to wash their hands and not to be afraid," said a primary teacher in Kalamu.""",
        "health",
    ),
    (
        """Schoolgirls in Tanzania offered HPV jab in one-dose campaign""",
        """Tanzania began a nationwide campaign on Monday to vaccinate girls aged 9 to 14 against human papillomavirus, the cause of most cervical cancers, using a single dose for the first time, the health ministry said. Health workers will visit primary and secondary schools for a week, aiming to reach more than 5 million girls. Cervical cancer is the leading cause of cancer deaths among women in Tanzania. The World Health Organization recommended a single dose in 2022, making campaigns cheaper and easier to run. Some parents have been wary after rumours on social media, and teachers and religious leaders have been enlisted to reassure families. "Schools are where the girls are, so schools are where we go," said a district medical officer in Mwanza. Gavi, the vaccine alliance, is funding the doses.""",
        "health",
    ),
    (
        """Oxford storm to Boat Race victory in choppy Thames battle""",
        """Oxford's men beat Cambridge by two and a half lengths in the Boat Race on Sunday, ending a run of defeats after a tense battle in choppy water on the Thames. Cambridge led off the start, but Oxford attacked at the Hammersmith bend and pulled clear before Barnes Bridge. The Cambridge women retained their title in the earlier race. The crews had been warned against entering the water after high levels of sewage bacteria were found in the river, and rowers were told to cover cuts and avoid swallowing spray. Oxford's president said the win was built on a winter of brutal training sessions. About 250,000 spectators lined the banks between Putney and Mortlake. The universities first raced in 1829, and Cambridge still lead the overall tally. Organisers said next year's race would again be held on the Championship Course.""",
        "sport",
    ),
    (
        """St Peter's hold off Grey College attack to win schools rugby final""",
        """St Peter's College survived a late Grey College onslaught to win the schools rugby final 24-21 at a packed stadium in Bloemfontein on Saturday. The visitors led by 11 points at half-time after two tries from their fly-half, but Grey fought back with a penalty try and a drop goal. In the final minutes, Grey laid siege to the St Peter's line for nine phases before a turnover sealed the win. "The boys defended like their lives depended on it," the St Peter's coach said. Scouts from several provincial unions were in the crowd of about 12,000. Both schools have produced dozens of Springboks. The match was streamed live to more than 200,000 viewers. Grey College, who had been unbeaten all season, will meet St Peter's again in the festival fixtures in April.""",
        "sport",
    ),
    (
        """Film about a Kyiv schoolteacher wins top prize at Berlin sidebar""",
        """A Ukrainian feature about a literature teacher who holds lessons in a metro station during the first weeks of the full-scale invasion won the top prize of the Generation section at the Berlin Film Festival on Saturday. The film, shot in Kyiv last year with a cast of teenagers who had never acted before, follows a class as it tries to finish reading a novel while the city above them is bombed. The jury praised it for showing war through the eyes of children without sentimentality. The director said in her speech that several of her young actors had since left the country with their families. The film will be released in Ukrainian cinemas in the spring and has been picked up by a European streaming service. A separate documentary about schools in front-line towns also screened at the festival.""",
        "entertainment",
    ),
    (
        """Sixth-formers stage Journey's End for the trenches' centenary""",
        """Students at a sixth-form college in Leeds are staging RC Sherriff's First World War play Journey's End this week, with a set built by the design and technology department to resemble a dugout near St Quentin in 1918. The cast of 11 spent months researching the soldiers of their own city, and the programme lists the names of former pupils killed at the Somme. Sound effects of shelling and gas alarms were recorded with help from a local theatre. "You forget they were only a year or two older than us," said the 17-year-old playing Captain Stanhope. The production is part of a national centenary project for schools. All four performances have sold out, and proceeds go to a veterans' charity. The college's drama teacher said the students had chosen the play themselves after a trip to the war cemeteries of northern France.""",
        "entertainment",
    ),
    (
        """Novel set in a Sarajevo school during the siege wins Booker longlist place""",
        """A debut novel narrated by a 14-year-old girl whose school in Sarajevo keeps teaching in cellars during the siege of the 1990s was named on the Booker Prize longlist on Tuesday. The book, written by a Bosnian-born author now living in Dublin, follows a mathematics teacher who insists on exams while shells fall on the city. Judges called it a tender and fierce book about ordinary lives under bombardment. The author, who was herself a schoolgirl during the siege, said she had drawn on her diaries and on conversations with former classmates. The shortlist will be announced in September. The novel has been translated into nine languages and film rights have been sold. Its publisher, a small independent press in Galway, said it had ordered a third print run.""",
        "entertainment",
    ),
    (
        """Fire in straw-hut classrooms kills 20 pupils in Niamey""",
        """Twenty children were killed when fire swept through classrooms made of straw and wood at a primary school in Niamey, the capital of Niger, on Tuesday afternoon, officials said. The pupils, aged around five to seven, were trapped inside as the flames spread rapidly between the huts. Firefighters struggled to reach the school through narrow streets in the Pays-Bas district. The cause of the fire was not immediately clear, but the interior ministry opened an investigation. Straw huts are widely used as makeshift classrooms in Niger because of a shortage of buildings, and fires have killed pupils before. The government announced three days of national mourning and said straw classrooms would be phased out. Grieving parents gathered outside the school late into the night.""",
        "accident",
    ),
    (
        """Jos school building collapses during exams, killing 22 pupils""",
        """A two-storey building at the Saint Academy school in Busa Buji, on the outskirts of Jos in Nigeria's Plateau state, collapsed on Friday morning as pupils were sitting examinations, killing 22 people and trapping dozens under the rubble, the state police said. Rescuers, including soldiers and local residents with shovels, pulled out 132 people, most of whom were taken to hospitals in the city. The National Emergency Management Agency said the structure had been weakened by heavy rains. The state government ordered the closure of schools it said were located on riverbanks or in unsafe buildings. Building collapses are frequent in Nigeria, where regulations are often poorly enforced. Parents crowded around the site for hours as excavators lifted slabs of concrete. "My daughter called me at break to say she had finished her paper," one father said. Health officials appealed for blood donations and said hospitals should treat the injured without demanding payment. Residents said cracks had been visible in the building's walls for months. The school's proprietor was questioned by police.""",
        "accident",
    ),
    (
        """School bus plunges into ravine in Himachal Pradesh, killing 27""",
        """A private school bus plunged into a gorge in the Kangra district of Himachal Pradesh on Monday afternoon, killing 23 children, two teachers, the driver and a helper, police said. The bus was taking pupils home from a school near Nurpur when it left the road on a steep bend and fell about 100 metres. Residents climbed down the hillside to pull survivors from the wreckage before rescue teams arrived. Police said the driver may have lost control, and the state's transport department ordered checks on all school buses. The chief minister announced compensation for the families and a magisterial inquiry. Schools in the district closed for a day of mourning. Road accidents kill about 150,000 people a year in India.""",
        "accident",
    ),
    (
        """Taiwan schools rehearse air-raid evacuation during Han Kuang drills""",
        """Pupils in schools across Taiwan filed into basements and underground car parks on Wednesday as air-raid sirens sounded during the annual Wan An exercise, which is held alongside the Han Kuang military drills. Streets in Taipei emptied for 30 minutes, and police stopped traffic as part of the simulation of a missile attack. The education ministry said this year's drill for the first time included schools practising how to continue lessons online if buildings were damaged. Teachers walked children through first-aid stations and showed them how to use emergency backpacks. The drills come as China's military has stepped up exercises around the island. "It's like a fire drill, only bigger," said a 10-year-old in Taipei's Da'an district. The ministry said the drill passed smoothly.""",
        "military",
    ),
    (
        """Tigray schools reopen two years after peace deal""",
        """Hundreds of schools in Ethiopia's Tigray region reopened on Monday for the first time since the signing of the Pretoria agreement two years ago, as the regional education bureau said about 1.2 million pupils were expected back in class. Many buildings still lack desks, doors and textbooks, and teachers have not been fully paid for months, according to the teachers' association. Donors including UNICEF and the European Union have funded repairs to more than 300 schools. The interim administration said the return to class was a sign that the peace was holding. Parents lined up outside schools in Mekelle and Adigrat to register children who had missed years of education. The bureau said it would run catch-up classes over the summer for older pupils.""",
        "peace",
    ),
]
