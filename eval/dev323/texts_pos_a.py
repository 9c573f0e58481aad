"""dev323 positives, part a: current armed conflict or political violence on the education desk."""

POSITIVES = [
    (
        """Gunmen seize more than 280 pupils from school in Kaduna's Kuriga""",
        """Armed men on motorcycles stormed the Local Education Authority school in Kuriga, in Nigeria's Kaduna state, shortly after morning assembly on Thursday and marched hundreds of pupils into the surrounding bush, residents and officials said. The school's headteacher told reporters that 287 pupils and a teacher were missing, although the state government later gave a lower figure of 187 children. "They came in their dozens, shooting in the air, and we could do nothing," said Abubakar Isah, a parent whose two sons were taken. A local vigilante member was shot dead as residents tried to give chase. Police said troops and tactical units had been deployed to comb the forest between Kaduna and Niger states, where armed gangs known locally as bandits keep camps. No group has claimed the abduction. UNICEF said it was the latest in a series of mass kidnappings that had closed more than 10,000 schools across the north-west since 2020. Governor Uba Sani visited the village and promised that the children would be brought home. Kuriga had been attacked before: in 2023 gunmen killed the school's headmaster, and many families had stopped sending their children to class. Parents said the school had no fence and no security guard. "We have told the government many times that the bandits pass through here," said a community leader. Amnesty International Nigeria said the authorities had failed to learn from the Chibok and Kankara abductions. The Nigeria Union of Teachers called on members in the area to stay at home until security was improved.""",
        "V M",
        "abduction",
    ),
    (
        """Glide bomb strikes Kharkiv university building as students shelter in basement""",
        """A Russian guided aerial bomb struck an academic building of a university in central Kharkiv on Tuesday afternoon, wounding at least nine people, regional governor Oleh Syniehubov said. Lectures had already moved online, but about 40 staff and students were on the premises and went down to the basement when the air-raid alert sounded, the rector said in a video posted from the site. The blast tore the facade off the five-storey building and shattered windows in a nearby dormitory. Two of the wounded, a security guard and a lecturer in chemistry, were in serious condition. "We rebuilt these labs twice already," the rector said, standing among broken glass. Ukraine's education ministry said more than 3,700 educational institutions had been damaged by bombing and shelling since February 2022, and several hundred destroyed outright. Kharkiv, 30 km from the Russian border, has faced near-daily strikes since the spring.""",
        "E",
        "airstrike",
    ),
    (
        """Strike on UN school sheltering families in Nuseirat kills dozens, Gaza officials say""",
        """An Israeli air strike hit a UN-run school in the Nuseirat refugee camp in central Gaza before dawn on Thursday, killing at least 33 people, among them children, according to the enclave's health authorities. The school, run by UNRWA, had been sheltering around 6,000 displaced people who had fled fighting in the north. The Israeli military said its aircraft had targeted Hamas fighters operating from inside classrooms and published the names of men it said were killed. UNRWA commissioner-general Philippe Lazzarini said the school was being used as a shelter and that its coordinates had been shared with the army. Witnesses described bodies wrapped in blankets laid out in the courtyard of the nearby al-Aqsa Martyrs hospital, which said it was already overwhelmed. Roughly two-thirds of Gaza's school buildings have been hit since the war began, according to the UN-led education cluster, and the majority still standing now serve as shelters rather than classrooms.""",
        "E V D H",
        "airstrike",
    ),
    (
        """Helicopter gunships fire on school in Sagaing village, killing children""",
        """Myanmar military helicopters opened fire on a monastery school in Let Yet Kone village in Sagaing region on Friday, killing at least 11 children and wounding 17, according to the school's administrator and aid workers. Two Mi-35 helicopters circled the village for about an hour, firing machine guns and heavy weapons into the compound where some 240 pupils were studying, witnesses said. Soldiers then landed and took away the bodies, villagers told local media. The junta said its forces had been attacked by members of the People's Defence Force and the Kachin Independence Army hiding in the village, and accused them of using residents as shields. UNICEF said it was outraged and called for schools to be protected. Most of Let Yet Kone's residents fled into neighbouring villages after the raid, the administrator said. Classes have not resumed.""",
        "E V D M",
        "airstrike",
    ),
    (
        """Jihadists kill two teachers in northern Burkina Faso, forcing more school closures""",
        """Suspected jihadist fighters killed two primary school teachers and set fire to classrooms in a village in Burkina Faso's Sahel region overnight, local education officials said on Monday. The gunmen arrived after dark, asked for the teachers by name and shot them in front of their lodgings, a colleague who escaped told AFP by phone. Regional authorities blamed a group linked to al-Qaeda, which has repeatedly warned teachers against teaching in French. The attack prompted the closure of about a dozen more schools in the area, a union representative said. According to the ministry's own figures, more than 6,100 schools in the country are closed because of insecurity, affecting over a million pupils. "Every teacher here is now asking whether to stay," said the union official, who asked not to be named for his safety.""",
        "T V",
        "attack",
    ),
    (
        """Militants blow up girls' school in North Waziristan overnight""",
        """Militants detonated explosives inside a government girls' middle school in North Waziristan late on Wednesday, reducing two classrooms and the boundary wall to rubble, police and education officials said. No one was hurt because the building was empty at the time. It was the second school attacked in the tribal district in a month. District police officer Rohan Zeb said the bombers had planted several devices and fled on foot towards the mountains. Khyber Pakhtunkhwa's chief minister condemned what he called an act of terrorism against the education of girls and ordered an inquiry. Elders in the area said about 180 girls were enrolled at the school. No group immediately claimed responsibility, but the Pakistani Taliban, whose fighters have stepped up attacks in the region, have targeted girls' schools in the past.""",
        "E T V",
        "bombing",
    ),
    (
        """Students killed as police open fire on quota protests in Dhaka""",
        """At least 19 people, most of them students, were killed on Thursday as police and activists of the ruling party's student wing clashed with protesters demanding an end to quotas in government jobs, hospital officials and local media said. Police fired tear gas, rubber bullets and live rounds at crowds outside several universities in Dhaka, while protesters set fire to the state broadcaster's building and blocked highways. Abu Sayed, a student at Begum Rokeya University in Rangpur, had been shot dead earlier in the week, and footage of his death spread widely. The government shut down mobile internet across the country and ordered all public and private universities closed indefinitely. "They are shooting at us as if we were the enemy," said a student at Dhaka University who had been treated for pellet wounds. The education minister called the protesters' demands reasonable but blamed the violence on opposition infiltrators. At Dhaka Medical College Hospital, doctors said they had received more than 200 injured people by evening, many with bullet wounds to the chest and head. Border Guard Bangladesh troops were deployed in the capital and several other cities. Student coordinators said they would not call off the movement until those responsible for the killings were punished. Dormitories at Dhaka University were emptied on the orders of the administration, and students were seen leaving with suitcases under police watch. Exams for the Higher Secondary Certificate, due to be held on Thursday, were postponed.""",
        "U",
        "crackdown",
    ),
    (
        """Al-Shabaab gunmen storm Garissa University College, dozens killed""",
        """Al-Shabaab gunmen attacked Garissa University College in north-eastern Kenya before dawn on Thursday, killing at least 70 people and taking students hostage in a dormitory, officials said. The attackers shot guards at the gate and then moved from building to building, separating Muslim from Christian students, according to survivors. Kenyan security forces surrounded the campus and were still exchanging fire with the gunmen late in the afternoon. The Somali Islamist group said it had carried out the attack and that Kenya was being punished for sending troops into Somalia. Interior minister Joseph Nkaissery imposed a dusk-to-dawn curfew on four counties. About 500 students were accounted for, while others hid in cupboards and ceilings for hours. "I heard them shouting, 'We are al-Shabaab,'" said a second-year student who escaped by jumping a fence.""",
        "T V B",
        "attack",
    ),
    (
        """Security forces fire tear gas at Sharif University, detain students""",
        """Iranian security forces fired tear gas and paintball rounds at students inside Sharif University of Technology in Tehran on Sunday night, detaining dozens after a day of anti-government chants on campus, according to videos and student groups. Plainclothes agents on motorcycles chased students into a car park, where some were trapped for hours, the footage shows. The university's Islamic student association said at least 30 students had been taken away. The science minister visited the campus later that night and said those detained would be freed. Protests have spread across Iran since the death in custody of Mahsa Amini, a 22-year-old woman detained by the morality police. Rights groups say more than 130 people have been killed in the crackdown. Several universities moved classes online on Monday.""",
        "U",
        "crackdown",
    ),
    (
        """Students trapped as RSF fighters take over University of Khartoum campus""",
        """Hundreds of students remained trapped in dormitories at the University of Khartoum on Wednesday as fighting between the army and the paramilitary Rapid Support Forces raged in the city centre for a fifth day. Students told Reuters by phone that RSF fighters had entered the main campus and set up positions near the library, and that army aircraft were striking nearby targets. Food and water had run out in several halls, they said. "We hear shelling all night and we are sleeping on the floor in the corridor," said a medical student from Kassala. A university official said staff were trying to negotiate a corridor so that students could leave on foot. The fighting has killed at least 270 people across Sudan, according to the World Health Organization. Thousands of residents have fled Khartoum towards the Egyptian border and the state of Gezira.""",
        "B E D H",
        "battle",
    ),
    (
        """Gunmen kill seven children in attack on Kumba school""",
        """Gunmen stormed a private bilingual school in Kumba, in Cameroon's South-West region, on Saturday and opened fire on pupils in a classroom, killing seven children and wounding about a dozen, officials said. The attackers arrived on motorcycles at around 11am, dressed in civilian clothes, according to the regional governor. Some pupils jumped from first-floor windows to escape. The government blamed separatist fighters who have ordered a boycott of schools in the English-speaking regions since 2017. Separatist leaders denied involvement and blamed the army. UNICEF said it was appalled. Hundreds of schools in the two Anglophone regions have been closed by the conflict, and teachers have been kidnapped and killed for defying the boycott.""",
        "V",
        "massacre",
    ),
    (
        """ADF militants kill 41 at school near Uganda-Congo border""",
        """Militants from the Allied Democratic Forces attacked Lhubiriha Secondary School in Mpondwe, western Uganda, late on Friday, killing at least 41 people, most of them students, police said. The attackers set fire to a boys' dormitory and hacked or shot students who tried to escape, and abducted six others before fleeing across the border into the Democratic Republic of Congo's Virunga National Park. Uganda's military said it was pursuing the attackers with air and ground units. Police called the attack an act of terrorism. The ADF, which has pledged allegiance to the Islamic State group, is blamed for thousands of deaths in eastern Congo. Parents gathered at the Bwera hospital mortuary on Saturday, where burned bodies were being identified by DNA.""",
        "T V M",
        "massacre",
    ),
    (
        """Army and dissidents clash near rural school in Cauca; classes suspended""",
        """Classes were suspended for some 400 pupils in the Colombian municipality of Argelia, in Cauca department, after soldiers and a dissident faction of the former FARC guerrilla fought a gun battle a few hundred metres from a rural school, the departmental education office said. Teachers and children sheltered inside for nearly three hours as gunfire and explosions echoed across the hillside, according to a teacher who spoke to El Tiempo. The army said one soldier had been wounded and that the dissidents had used drones to drop explosives on troops. No children were hurt. Community leaders said dozens of families had left for the municipal seat. The ombudsman's office warned that armed groups in Cauca were recruiting children directly from classrooms, and called for a humanitarian corridor.""",
        "B E D",
        "clash",
    ),
    (
        """Bombs outside Kabul girls' school kill dozens in Dasht-e-Barchi""",
        """A car bomb and two further explosions outside Sayed ul-Shuhada high school in western Kabul killed at least 55 people on Saturday, most of them schoolgirls leaving classes, Afghan officials said. The blasts struck as pupils poured out of the afternoon shift in Dasht-e-Barchi, a predominantly Shia Hazara district. More than 150 people were wounded, the interior ministry said. Relatives searched hospitals through the night, and books and school bags lay scattered in the bloodied street. The Taliban denied involvement and condemned the attack; no group claimed it. The district has been hit repeatedly by attacks claimed by the local branch of Islamic State. President Ashraf Ghani blamed the Taliban and declared a day of national mourning.""",
        "E T V",
        "bombing",
    ),
    (
        """Lebanon delays school year as displaced families fill classrooms""",
        """Lebanon's education ministry postponed the start of the school year in public schools on Monday after Israeli air strikes across the south and the Bekaa valley drove hundreds of thousands of people from their homes. More than 500 public schools have been turned into shelters, minister Abbas Halabi said, leaving them unable to receive pupils. Israeli warplanes struck dozens of targets overnight, including in the southern suburbs of Beirut, and the health ministry reported more than 50 people killed in the previous 24 hours. Aid agencies said shelters were running short of mattresses, water and hygiene kits. "We are teachers who have become camp managers," said the director of a school in Saida where 70 families now sleep in classrooms. The ministry said it was studying online lessons and afternoon shifts at schools that are not sheltering families.""",
        "E D H",
        "displacement",
    ),
    (
        """Rocket slams into empty Ashdod school as barrages continue""",
        """A rocket fired from Gaza struck a school building in Ashdod overnight, caving in the roof of a classroom, Israeli police said on Wednesday. Nobody was hurt because schools in southern Israel have been closed since the start of the latest escalation. The Home Front Command extended the closure of schools within 40 km of the Gaza Strip for at least two more days. Militants have fired hundreds of rockets since Monday, and Israeli aircraft have struck what the army describes as Islamic Jihad positions across Gaza, where the health ministry said 26 people had been killed. Ashdod's mayor posted photographs of the damaged classroom, its desks covered in plaster and shrapnel. "If this had been a school day, we would be counting children," he wrote.""",
        "E",
        "rocket",
    ),
]
