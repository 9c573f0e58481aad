"""dev221 positives, part A: aid workers killed or kidnapped, convoys, offices and warehouses hit."""

POSITIVES = [
    (
        "Charity mourns nurse killed in Deir al-Balah strike as it vows to keep clinics open",
        "A British medical charity said on Thursday that one of its nurses was killed when an "
        "Israeli airstrike hit a residential building in Deir al-Balah, in the central Gaza Strip, "
        "late on Tuesday night. The nurse, a 31-year-old father of two who had worked at the "
        "charity's primary care point for nine months, died alongside his wife and his mother, "
        "colleagues said. He was the fourth member of staff the organisation has lost since the "
        "war began. “He came to work every single morning knowing what the risks were,” the "
        "charity's chief executive said in a statement sent to supporters. The Israeli military "
        "said it had struck “a Hamas military structure” in the area and that it was reviewing "
        "reports of civilian casualties. The charity said it had shared the coordinates of its "
        "staff with the authorities, but stressed that the nurse was killed at home, not on duty. "
        "Its clinic in the town treated about 400 patients a day last week, many of them families "
        "displaced from Rafah. The organisation said it would keep the clinic open and asked "
        "donors to fund a second shift of doctors. A memorial service was held in the clinic's "
        "waiting area on Wednesday afternoon.",
        "E H D",
        "airstrike",
    ),
    (
        "Convoy drivers killed as food trucks are shelled on the road to El Fasher",
        "Two lorry drivers were killed and a third was badly hurt when a convoy carrying food for "
        "a Sudanese charity's kitchens came under artillery fire north of El Fasher, the group "
        "said on Sunday. The 14 trucks, loaded with sorghum, lentils and cooking oil, had left "
        "Tawila on Friday morning and were about 20km from the besieged city when the shells "
        "landed. Five of the vehicles burned out, according to a volunteer who was travelling "
        "with them. The charity, which runs more than 60 communal kitchens in North Darfur, "
        "blamed the Rapid Support Forces, which have encircled El Fasher for more than a year. "
        "The RSF did not respond to a request for comment. “These were marked humanitarian "
        "trucks, on a route we had notified to every side,” the group's coordinator told "
        "reporters by satellite phone. The UN's humanitarian coordinator for Sudan condemned "
        "the attack and said aid workers must never be a target. The kitchens inside El Fasher "
        "have been cutting portions since April, and the charity said several would close within "
        "days unless the road reopened. It has launched an emergency appeal to replace the lost "
        "food and to pay compensation to the drivers' families.",
        "E V H",
        "convoy_attack",
    ),
    (
        "Save the Children staff among dozens found dead in burned vehicles in Kayah state",
        "Save the Children said on Tuesday that two of its staff members were among more than "
        "30 people whose charred bodies were found in burned-out vehicles on a highway in "
        "eastern Myanmar, and it suspended its work in the area. The two men, both fathers, had "
        "been returning to the charity's office after a humanitarian response in a nearby "
        "village when they were caught up in an incident on Christmas Eve, the organisation "
        "said. Local militia groups and witnesses accused Myanmar's army of stopping the "
        "vehicles, killing those inside and setting them alight. The military said it had shot "
        "dead an unspecified number of “terrorists with weapons” in the area. Save the Children's "
        "chief executive said she was horrified and called on the UN Security Council to act. "
        "“Violence against innocent civilians, including aid workers, is unacceptable,” she "
        "said. Fighting between the army and anti-junta forces in Kayah has driven tens of "
        "thousands of people from their homes this year, and several aid groups have cut back "
        "their programmes. The charity said it had paused operations in Kayah, Chin and parts of "
        "Magway while it reviewed its security.",
        "V H D",
        "massacre",
    ),
    (
        "Aid worker shot dead in ambush on Jonglei road, NGO suspends mobile clinics",
        "An international aid agency has suspended its mobile health clinics in South Sudan's "
        "Jonglei state after a staff member was shot dead in an ambush on Monday, it said. The "
        "South Sudanese community health worker was travelling in a clearly marked vehicle "
        "between Pibor and Gumuruk when armed men opened fire, the agency said in a statement. "
        "Two colleagues escaped with minor injuries and were flown to Juba for treatment. It is "
        "the eleventh killing of an aid worker in the country this year, according to the "
        "humanitarian coordinator's office, which said staff were being “deliberately targeted”. "
        "The agency did not name the attackers, but the area has seen repeated clashes between "
        "armed youth groups from rival communities since the start of the dry season. Its mobile "
        "teams had been vaccinating children and treating malaria in settlements where some "
        "8,000 people have gathered after fleeing cattle raids. “We cannot ask our people to "
        "drive those roads until we know they will come home,” its country director said. A "
        "fundraising page set up by colleagues for the worker's family raised $12,000 in two "
        "days.",
        "V H D",
        "aid_worker_killed",
    ),
    (
        "Six staff of hunger charity seized near Damasak as jihadists target aid workers",
        "Gunmen from the Islamic State West Africa Province have abducted six staff members of a "
        "French hunger charity in Nigeria's Borno state, the organisation confirmed on Thursday. "
        "The group, which included a driver and two nurses, was stopped on the road outside "
        "Damasak on Wednesday afternoon, when fighters set up a checkpoint and checked the "
        "passengers' identity cards, according to a security official. The charity said it was "
        "“doing everything possible” to secure their release and asked the media not to publish "
        "the names of the staff. ISWAP later posted a video showing the six seated on the ground "
        "in front of an armed man. The kidnapping came days after the group attacked an army "
        "base in Damasak, and aid agencies have warned for months that fighters are stopping "
        "vehicles to look for aid workers. Last year, the militants executed two workers of "
        "another charity they had kidnapped. The UN said it was suspending road missions in "
        "northern Borno, which will leave about 100,000 people in the area cut off from food "
        "distributions. Donors to the charity were told in an email that its nutrition centres "
        "would stay open with local staff.",
        "V T H",
        "kidnapping",
    ),
    (
        "Medical charity workers abducted in central Mali, clinic closed",
        "Two Malian employees of an international medical charity were kidnapped on Saturday "
        "between Djenné and Mopti, the organisation said on Monday, in the latest abduction of "
        "aid workers in the country's troubled centre. The pair, a doctor and a logistician, "
        "were driving back from a health centre the charity supports when armed men on "
        "motorbikes forced their car off the road. A local official said the attackers belonged "
        "to the al-Qaeda-linked group JNIM, which controls much of the surrounding countryside "
        "and has besieged several towns in the region. Nobody has claimed responsibility. The "
        "charity said it had closed the health centre and withdrawn its remaining team to "
        "Mopti. “Our colleagues are humanitarians and nothing else,” the head of mission said. "
        "The centre had been the only place offering caesarean sections for about 60,000 "
        "people, according to the regional health directorate. At least eight aid workers have "
        "been abducted in Mali since January, according to an aid coordination body. The "
        "charity's supporters in Belgium and France have been asked not to share the workers' "
        "names online.",
        "V T H",
        "kidnapping",
    ),
    (
        "Glide bombs destroy Kharkiv warehouse holding winter aid for frontline villages",
        "A warehouse used by a Catholic charity to store winter aid for frontline villages in "
        "the Kharkiv region was destroyed in a Russian air attack overnight, the charity said on "
        "Friday. Two guided aerial bombs struck the site on the city's eastern outskirts shortly "
        "after 1am, setting fire to about 300 tonnes of supplies, including blankets, heaters, "
        "generators and food parcels. A night watchman was injured, regional officials said. "
        "The stock had been due to go to villages near Kupiansk, where shelling has intensified "
        "in recent weeks and from which hundreds of elderly residents have been evacuated. "
        "“Everything that donors in Poland, Germany and Italy gave us for this winter was in "
        "that building,” the charity's director in Kharkiv told local television. The regional "
        "governor said the strike was one of several on the city that night, and that a "
        "residential building had also been hit. The charity has launched an urgent appeal and "
        "said it would rent space in three smaller warehouses spread across the city so that a "
        "single strike could not wipe out its stock again. Ukrainian officials say more than a "
        "dozen aid warehouses have been hit since the start of the year.",
        "E H D",
        "airstrike",
    ),
    (
        "Islamic State claims deadly assault on charity office in Jalalabad",
        "Militants stormed the office of an international children's charity in the eastern "
        "Afghan city of Jalalabad on Wednesday, killing at least four people and wounding more "
        "than 20, officials said. The attack began when a suicide bomber blew up a car at the "
        "gate of the compound, after which gunmen entered the building, provincial officials "
        "said. Afghan special forces fought the attackers for about ten hours before the siege "
        "ended. Staff hid in a basement safe room while the fighting went on above them, and "
        "dozens were rescued, according to the charity. The Islamic State group said it had "
        "carried out the attack, through its Amaq news agency. The charity said it was "
        "suspending all its programmes in Afghanistan, which reach hundreds of thousands of "
        "children, while it assessed the safety of its teams. “We are devastated,” it said in a "
        "statement. The UN mission in Afghanistan called the assault a war crime. The charity's "
        "supporters in Britain were sent a message from its chief executive on Wednesday "
        "evening thanking them for messages of support.",
        "T V E H B M",
        "terror_attack",
    ),
    (
        "Coalition airstrike flattens NGO warehouse in Hodeidah, aid stocks lost",
        "An airstrike by the Saudi-led coalition destroyed a warehouse run by a Yemeni charity "
        "in the port city of Hodeidah on Monday night, the charity and residents said, burning "
        "food meant for thousands of families. The building, in the Al-Hali district, held "
        "flour, rice and nutrition supplements bought with money from donors in Kuwait and "
        "Britain, the charity's director told reporters. A guard and a passer-by were killed. "
        "The coalition, which has been bombing targets around Hodeidah as government-aligned "
        "forces push towards the city, did not comment on the strike but has said it does not "
        "target civilian sites. Aid agencies say the fighting around the port, through which "
        "most of Yemen's food imports pass, threatens to push millions more people into famine. "
        "More than 120,000 people have fled the city and its outskirts since June, according to "
        "the UN. “We gave the coordinates of this warehouse to the coalition twice,” the "
        "director said. The charity said it had launched an emergency appeal among Yemenis "
        "abroad to replace the lost stock before its next distribution.",
        "E H D M",
        "airstrike",
    ),
    (
        "Red Crescent mourns staff killed as aid convoy is bombed west of Aleppo",
        "The Syrian Arab Red Crescent said on Tuesday that one of its local directors and about "
        "20 civilians were killed when an aid convoy was hit as it unloaded in Urum al-Kubra, "
        "west of Aleppo. The convoy of 31 trucks, carrying flour, medicine and winter clothes "
        "for some 78,000 people in the rebel-held area, was struck at dusk on Monday, hours "
        "after the army declared that a week-old truce was over. Witnesses described a series of "
        "air strikes and barrel bombs hitting the trucks and a warehouse. At least 18 trucks "
        "were destroyed. The United Nations suspended all aid convoys in Syria and its "
        "humanitarian chief said that if the attack was deliberate it would amount to a war "
        "crime. Russia and the Syrian government denied that their aircraft were responsible. "
        "The Red Crescent said its volunteers had been working to bring the convoy through for "
        "weeks. “Our colleague spent his life delivering help to people in need,” it said. "
        "Donations to the Red Crescent's Syria appeal in several European countries rose "
        "sharply after the news.",
        "E V H",
        "convoy_attack",
    ),
    (
        "Three staff of medical charity killed in Tigray, vehicle found burned",
        "An international medical charity said on Friday that three of its staff had been "
        "murdered in Ethiopia's Tigray region, where government forces have been fighting "
        "the region's former ruling party for more than seven months. The three, a Spanish "
        "emergency coordinator, an Ethiopian assistant coordinator and an Ethiopian driver, "
        "lost contact with colleagues on Thursday afternoon while travelling near Abi Adi. "
        "Their bodies were found the next morning a few metres from their vehicle, the "
        "charity said. It gave no details of who had killed them. Government troops and Tigrayan "
        "forces had clashed in the area in the preceding days, residents said. “We condemn in the "
        "strongest terms this attack on our colleagues,” the charity said. At least nine aid "
        "workers have been killed in Tigray since the conflict began, according to the UN. "
        "Hundreds of thousands of people in the region face famine conditions, and aid agencies "
        "say access to rural areas is blocked by the fighting. The charity said it was "
        "suspending its activities in the area around Abi Adi.",
        "V H B",
        "aid_worker_killed",
    ),
    (
        "Gang holds 17 missionaries and children for ransom east of Port-au-Prince",
        "An Ohio-based Christian charity said on Sunday that 17 of its missionaries and their "
        "relatives, including five children, had been kidnapped by a gang outside the Haitian "
        "capital on Saturday. The group, 16 Americans and one Canadian, was seized after "
        "visiting an orphanage in Ganthier, east of Port-au-Prince, Haitian police said. "
        "Police blamed the 400 Mawozo gang, which controls the area and has fought rival gangs "
        "and the police for control of roads out of the capital this year. The gang's leader "
        "later demanded $1m for each hostage in a video. The charity asked supporters to pray "
        "for the group and said it was working with US and Haitian officials. Kidnappings by "
        "armed gangs have soared in Haiti, with more than 600 reported in the first nine months "
        "of the year, according to a local rights group. Gang fighting in the capital's "
        "outskirts has displaced thousands of people since June. The charity has distributed "
        "food and built homes in Haiti for years, and said it was suspending all its work in "
        "the country.",
        "V H D",
        "kidnapping",
    ),
    (
        "Four charity workers killed as bomb rips through staff bus in Garowe",
        "Four employees of the United Nations children's agency were among seven people killed "
        "on Monday when a bomb exploded on a minibus carrying staff to their office in Garowe, "
        "in Somalia's Puntland region. Four other staff members were seriously wounded, the "
        "agency said. Al-Shabaab said it had carried out the attack, which it said targeted "
        "“foreign workers spreading their influence”. Puntland officials said the bomb had been "
        "planted under a seat of the bus before it left a guesthouse. The dead included a "
        "Kenyan, an Afghan and two Somalis. The agency's executive director said the staff "
        "had been working to improve the lives of Somali children and that the attack was "
        "“an outrage”. Aid groups working in Puntland said they had increased security at "
        "their compounds and suspended road travel. It was one of the deadliest attacks on "
        "aid staff in Somalia in years. Charities in Nairobi held a vigil for the victims on "
        "Tuesday evening.",
        "E T V H",
        "terror_attack",
    ),
    (
        "Insurgents torch aid warehouse in Macomia as families flee to the coast",
        "Insurgents linked to the Islamic State group burned a warehouse used by an "
        "international aid agency in Macomia, in northern Mozambique, during a raid on the town "
        "on Friday, the agency said on Monday. Several hundred fighters attacked the town from "
        "three directions, fighting Mozambican soldiers and Rwandan troops for hours before "
        "withdrawing, according to local sources. They looted food and medicines from the "
        "warehouse before setting it on fire. The agency said its staff had fled into the bush "
        "and then to Pemba and were all accounted for. About 4,000 people fled Macomia in the "
        "days after the attack, according to the International Organization for Migration, many "
        "of them walking to coastal villages. “We lost three months of stock in one afternoon,” "
        "the agency's country director said. The Cabo Delgado insurgency has displaced more "
        "than half a million people since 2017, and aid agencies say funding for the response "
        "has fallen sharply. The agency said it would resume distributions from a temporary site "
        "as soon as it was safe.",
        "T B V H D",
        "raid",
    ),
    (
        "Strike kills paramedics of charity ambulance service in southern Lebanon",
        "Three paramedics working for a Lebanese charity's ambulance service were killed on "
        "Wednesday when an Israeli drone strike hit their vehicle in the village of Naqoura, "
        "Lebanon's health ministry said. The ambulance had been called to help people wounded in "
        "an earlier strike on a house, according to the charity. The Israeli military said it "
        "had struck Hezbollah operatives in the area and did not immediately comment on the "
        "report. Lebanon's caretaker health minister said the attack was a violation of "
        "international humanitarian law. The charity, which runs more than 40 ambulances in "
        "the south, said its teams had worked through months of exchanges of fire across the "
        "border. More than 90,000 people have left border villages in southern Lebanon since "
        "October, according to the UN migration agency. “Our men were wearing uniforms and "
        "driving an ambulance with its lights on,” the charity's head of emergency services "
        "said. Funeral processions for the three were held in Tyre on Thursday, and the charity "
        "asked Lebanese abroad to help it replace the vehicle.",
        "E V H D",
        "airstrike",
    ),
    (
        "Armed men loot charity warehouse in Bangassou, aid suspended",
        "A charity warehouse in Bangassou, in south-eastern Central African Republic, was "
        "looted by armed men on Saturday during fighting between anti-balaka militias and the "
        "UN peacekeeping mission, aid workers said. The warehouse held food, seeds and tools for "
        "around 2,000 families, according to the charity, which said its staff had taken "
        "refuge in the Catholic cathedral with hundreds of residents. Peacekeepers exchanged "
        "fire with the militiamen for much of the day. Two civilians were killed, local "
        "sources said. The charity said it had suspended its work in the town until further "
        "notice, the third time it has done so this year. “Whatever we bring in is taken,” its "
        "country coordinator said. Thousands of Muslim residents of Bangassou have sheltered in "
        "the grounds of the cathedral and a seminary since the militias attacked their "
        "neighbourhood last year. The charity, which is funded mostly by European governments and "
        "private donors, said it had asked the UN mission for an armed escort for its next "
        "delivery.",
        "B V H D",
        "battle",
    ),
    (
        "Drivers of aid trucks kidnapped on road north of Goma",
        "Five drivers working for a transport contractor of an aid charity were abducted on "
        "Thursday by armed men on the road between Goma and Rutshuru in eastern Democratic "
        "Republic of Congo, the charity said. The trucks were carrying high-energy biscuits and "
        "water purification tablets for displacement camps near Kanyaruchinya, where tens of "
        "thousands of people have arrived since M23 rebels resumed their offensive. Two of the "
        "trucks were later found abandoned and emptied, the charity said. The kidnappers have "
        "not made contact. A local civil society leader said the armed group responsible had "
        "been fighting both the army and the rebels along the road. “Every week the space for "
        "humanitarian work on this road gets smaller,” the charity's head of programmes said. "
        "The contractor said it would not send trucks north of Goma until the drivers were "
        "released. In the meantime the charity said it would fly some supplies in, at about four "
        "times the cost, and asked donors to cover the difference.",
        "V H D",
        "kidnapping",
    ),
]
