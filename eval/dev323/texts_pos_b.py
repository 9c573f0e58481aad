"""dev323 positives, part b: current armed conflict or political violence on the education desk."""

POSITIVES = [
    (
        """Shelling hits schools in Maarat al-Numan as families flee north""",
        """Government and Russian shelling struck three schools in and around Maarat al-Numan in Syria's Idlib province on Tuesday, killing a teacher and four children, according to the Syrian Civil Defence, known as the White Helmets. One of the schools was hit during morning lessons, and rescuers pulled pupils from the rubble of a collapsed stairwell. Save the Children said at least 22 schools in the north-west had been attacked since the start of the month. The bombardment has sent tens of thousands of people towards the Turkish border, where camps are already full and many families are sleeping in olive groves. "We teach in tents now, and the tents move every week," said a headteacher who fled from Khan Sheikhoun. Damascus says it is fighting terrorists in the last rebel-held province.""",
        "E V D H",
        "shelling",
    ),
    (
        """Coalition air strike hits school bus in Saada market, killing dozens of children""",
        """An air strike by the Saudi-led coalition hit a bus carrying schoolchildren through a busy market in Dahyan, in northern Yemen's Saada province, on Thursday, killing at least 29 children, the International Committee of the Red Cross said. The boys, most of them under 15, were returning from a summer school trip, Houthi-run health officials said, putting the overall toll at 43. An ICRC-supported hospital in Saada received dozens of wounded. The coalition said the strike was a "legitimate military action" against those responsible for a missile fired at the Saudi city of Jizan the previous night. UN Secretary-General Antonio Guterres called for an independent and prompt investigation. Photographs showed the charred shell of the bus and children's blue UNICEF backpacks scattered on the road.""",
        "E V",
        "airstrike",
    ),
    (
        """Schools in Mekelle packed with displaced as Tigray war grinds on""",
        """Nearly every school in Mekelle, the capital of Ethiopia's Tigray region, is now sheltering families who fled fighting in western and central Tigray, leaving about 1.4 million children out of class, regional education officials said. At Ayder primary school, 1,200 people share 14 classrooms and two latrines. Aid workers said the camps were short of food because convoys were being held up on the only road into the region, and that cases of acute malnutrition among children were rising. Teachers who fled from Shire and Humera described schools there being occupied by Eritrean and Ethiopian troops and their furniture burned for firewood. "They came to the school and said it was their camp now," said one. The federal government says its forces are conducting a law-enforcement operation against the Tigray People's Liberation Front. In one classroom at Ayder, a chalkboard still shows a geometry lesson from early November, beneath a line of drying laundry. Families cook on charcoal stoves in the corridors, and children queue for water from a single tap. The regional bureau said at least 200 schools in Tigray had been damaged or looted, and that it had no budget to pay teachers, who have received no salary for three months. The World Food Programme said it had reached only a fraction of those in need since the fighting began. A teacher from Humera, now sleeping in the school where he used to mark papers, said he had not heard from his wife since he fled.""",
        "D H M",
        "displacement",
    ),
    (
        """Insurgents torch schools in Cabo Delgado's Ancuabe district""",
        """Insurgents linked to the Islamic State group burned at least four schools and a health post in Ancuabe district in Mozambique's Cabo Delgado province this week, local officials and aid workers said. The raids on villages along the road to Chiure began on Sunday and sent thousands of people fleeing south into neighbouring Nampula province. A teacher who fled said the fighters had beheaded two men in the village of Nanduli and set fire to classrooms and homes. Rwandan and Mozambican troops were sent to the area on Wednesday. The UN's International Organization for Migration counted more than 24,000 people displaced in a week, many of them children who had only recently returned to school. Schools in several neighbouring villages have closed.""",
        "T V D M",
        "raid",
    ),
    (
        """Gangs set fire to State University of Haiti buildings as fighting spreads""",
        """Armed gangs set fire to buildings of the State University of Haiti in central Port-au-Prince on Thursday as fighting with police spread through the Champ de Mars area, the rector's office said. Smoke could be seen rising above the faculty of human sciences after the attackers, whom police identified as members of the Viv Ansanm coalition, looted offices and laboratories. Police and Kenyan-led security forces exchanged fire with the gangs for several hours, according to residents. Dozens of families who had been sheltering in a nearby school fled again. The university had already closed its campus in the capital. UNICEF says about 900 schools have been shut in Port-au-Prince and the Artibonite because of gang violence, and dozens have been occupied by armed men or by displaced people.""",
        "B V D",
        "gang attack",
    ),
    (
        """Police fire live rounds as students join Nairobi finance bill protests""",
        """Kenyan police fired tear gas, water cannon and live ammunition at protesters in central Nairobi on Tuesday, and several people were shot dead as crowds breached parliament, rights groups said. Many of the protesters were university students, who had marched from the University of Nairobi campus, where police later fired tear gas into halls of residence, according to student leaders. The Kenya National Commission on Human Rights said at least 22 people had been killed across the country, and that plainclothes officers had abducted activists. Part of the parliament building was set on fire. The University of Nairobi suspended classes for the rest of the week. "We came with placards, they answered with bullets," said a law student being treated for a wound to his leg.""",
        "U",
        "crackdown",
    ),
    (
        """Israeli raid in Jenin keeps thousands of pupils home; UNRWA school damaged""",
        """Thousands of children in Jenin were kept out of school on Wednesday as an Israeli military raid on the refugee camp entered its second day, the Palestinian education ministry said. Soldiers, backed by armoured bulldozers and drones, fought gunmen in the camp's narrow alleys, and at least eight Palestinians were killed, according to the health ministry. An UNRWA boys' school at the edge of the camp was damaged when troops took up positions on its roof, the agency said. The Israeli army said its forces were operating against terrorist infrastructure and had found explosives laboratories. Teachers said pupils in schools outside the camp were sent home when gunfire broke out. Hundreds of families left the camp overnight to stay with relatives in the city, residents said.""",
        "M B D",
        "raid",
    ),
    (
        """ISWAP fighters abduct over 100 girls from Dapchi school""",
        """Islamic State West Africa Province fighters abducted 110 girls from the Government Girls Science and Technical College in Dapchi, in Nigeria's Yobe state, on Monday evening, officials confirmed on Sunday after days of conflicting accounts. The fighters arrived in trucks mounted with guns, some dressed in military uniforms, and told the girls they had come to protect them, parents said. The state government initially said troops had rescued some of the students, then withdrew the claim. President Muhammadu Buhari called the abduction a national disaster and sent a delegation to the town. Nigerian troops and air force jets were searching the area around Lake Chad. Parents compared it with the abduction of 276 schoolgirls from Chibok by Boko Haram in 2014. At the gate of the college on Sunday, mothers held up photographs of their daughters. "They told us the army was guarding the town," said Kachalla Bukar, whose 14-year-old daughter is among the missing. "We saw no soldier that night." Amnesty International said the army had been warned of the fighters' convoy hours before it reached the town, a claim the military denied. Schools in Yobe were ordered closed until further notice, and the state government said it would pay for private security at boarding schools.""",
        "T V M",
        "abduction",
    ),
    (
        """Militants burn straw classrooms in Tillaberi as Niger closes more schools""",
        """Suspected jihadist fighters burned a primary school made of straw huts in a village of Niger's Tillaberi region and threatened the teachers, local officials said on Friday, the latest in a string of attacks that has closed more than 800 schools in the region. The attackers came on motorcycles in the early morning and ordered teachers to leave and never come back, a local councillor said. No one was hurt, but families in several nearby villages left for the town of Tera. The region, near the borders with Mali and Burkina Faso, is the scene of frequent attacks by groups linked to Islamic State and al-Qaeda. The ministry of education said about 100,000 pupils in Tillaberi were out of school because of insecurity. Teachers' unions have asked for postings in the region to be made voluntary. "We cannot ask a young teacher to live alone in a village where armed men come at night," said a union official in Niamey. The army said it had sent patrols to the area after the attack.""",
        "T V D",
        "arson",
    ),
    (
        """Drone strike hits school bus in Sumy region, injuring pupils""",
        """A Russian drone struck a school bus in the town of Bilopillia in Ukraine's Sumy region on Monday morning, wounding the driver and four children, the regional military administration said. The bus, marked with yellow school signs, was collecting pupils for lessons at the local lyceum, which teaches in a basement shelter, when the drone hit the road beside it. "The bus was clearly marked. This was deliberate," the head of the administration wrote on Telegram. Bilopillia, about 10 km from the Russian border, has been shelled almost daily this year, and most of its residents have left. Authorities have ordered the evacuation of families with children from several villages nearby. Russia's defence ministry did not comment on the report.""",
        "E V D",
        "drone strike",
    ),
    (
        """Twin car bombs at Mogadishu education ministry kill more than 100""",
        """Two car bombs exploded at the Ministry of Education compound at a busy junction in Mogadishu on Saturday, killing at least 100 people and wounding around 300, Somalia's president said. The second blast struck minutes after the first, as ambulances and passers-by arrived to help. The ministry building, where students were queuing for examination results, was badly damaged, and nearby minibuses were reduced to twisted metal. Al-Shabaab said it carried out the attack and called the ministry an enemy base that was producing curricula for non-Muslims. President Hassan Sheikh Mohamud said the government would continue its military offensive against the group. Hospitals appealed for blood donors as the wounded arrived, and the education ministry suspended the release of national examination results.""",
        "E T",
        "bombing",
    ),
    (
        """Manipur exams postponed as violence drives students to relief camps""",
        """Manipur's board of secondary education postponed examinations across several districts after a fresh round of ethnic violence in which houses and two schools were torched, officials said. Mobs set fire to buildings in villages near Churachandpur on Saturday night, and security forces fired tear gas and rubber bullets to disperse crowds, police said. At least three people were killed. More than 50,000 people, among them thousands of school students, are living in relief camps since clashes between the Meitei and Kuki-Zo communities began in May. Volunteers have been holding classes for children in the camps. Army and Assam Rifles columns have been deployed in the buffer zones, and mobile internet remains suspended in the affected districts.""",
        "U V D",
        "communal violence",
    ),
    (
        """Mindanao State University students evacuated as Marawi battle rages""",
        """Hundreds of students and staff of Mindanao State University were evacuated from the campus in Marawi on Thursday as Philippine troops battled militants who had seized parts of the city, university officials said. The militants, from the Maute group and Abu Sayyaf, which have pledged allegiance to Islamic State, attacked the city on Tuesday and burned a school and a church. Military helicopters fired rockets at positions in the city centre, about three kilometres from the campus. President Rodrigo Duterte declared martial law across Mindanao. Most of Marawi's 200,000 residents have fled towards Iligan and other towns. The university said classes would be suspended until further notice, and that about 70 students from other provinces were still sheltering in dormitories waiting for transport home.""",
        "B E T D",
        "battle",
    ),
    (
        """Teacher killed and school burned in Intan Jaya attack""",
        """Armed separatists shot dead a primary school teacher and set fire to a school and teachers' housing in Intan Jaya regency, in Indonesia's Central Papua province, police said on Saturday. The attack took place in Sugapa district, where the West Papua National Liberation Army has fought security forces for years. A police spokesman said the group had accused the teacher of spying for the army, an accusation the regency's education office dismissed. Other teachers were evacuated by helicopter to Nabire. The rebels' spokesman said in a statement that the group had carried out the attack. Schools in the district were closed, and dozens of residents took refuge in a church. The teachers' union in Papua called on the government to guarantee the safety of staff posted to the highlands.""",
        "V D",
        "attack",
    ),
    (
        """Police lay siege to Hong Kong Polytechnic University as protesters hurl petrol bombs""",
        """Hong Kong police surrounded the Polytechnic University on Monday and fired tear gas and rubber bullets at protesters trying to break out, while those inside hurled petrol bombs and set fire to the main entrance, in the most violent day of the months-long unrest. Hundreds of protesters, many of them students, were trapped on the campus. Police arrested dozens who tried to flee, and some protesters escaped by lowering themselves on ropes from a footbridge onto a highway. The Hospital Authority said 38 people had been injured overnight. Police warned they might use live rounds if attacked with "lethal weapons". University officials said they had tried to negotiate a way out for students. The Education Bureau suspended classes at all schools in the city for the rest of the week.""",
        "U",
        "siege",
    ),
    (
        """Drones hit school grounds in Belgorod as city moves classes online""",
        """Belgorod's schools will teach remotely until the end of the term after Ukrainian drones and rocket fire struck the city repeatedly this week, the regional governor Vyacheslav Gladkov said. A drone struck the yard of a school in the Dubovoye district on Tuesday, shattering windows, and a rocket fragment damaged the roof of a kindergarten, officials said. No children were hurt. Russia's defence ministry said its air defences had shot down more than 30 projectiles over the region. Thousands of children from border villages have already been moved to camps elsewhere in Russia. "The children know the sirens better than the bell," a teacher told a local news site. The governor said school-leaving exams would go ahead in June in buildings with reinforced basements.""",
        "E D",
        "drone strike",
    ),
    (
        """Pupils killed as Mali army and JNIM fighters clash near Diafarabé""",
        """Soldiers and fighters from the al-Qaeda-linked JNIM fought for several hours near a secondary school outside Diafarabé in central Mali, and at least six pupils were killed by stray bullets, local sources and the teachers' union said. Residents said the jihadists had attacked an army post before dawn and that troops, backed by drones, pursued them through the village. A teacher said the school was full for a mock baccalaureate exam. The army said it had neutralised dozens of terrorists and lost two soldiers. Families have begun leaving for Mopti. The union said it was withdrawing its members from the district until their safety was guaranteed. More than 1,700 schools are closed in Mali because of insecurity, according to UNICEF.""",
        "B E T D",
        "battle",
    ),
]
