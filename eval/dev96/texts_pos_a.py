"""dev96 positives, part a: the Sahel, Cameroon, Mozambique, Chad and the CAR (eval/README.md, 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Insurgents occupy parts of Macomia town, loot food stocks before withdrawing",
        "Dozens of insurgents stormed the district headquarters of Macomia, in Cabo Delgado "
        "province, on Friday morning and held parts of the town for most of the day, local "
        "sources and security officials told Club of Mozambique. The attackers, who arrived from "
        "the coast in several groups, exchanged fire with units of the Defence and Security "
        "Forces near the district administration building and the police command before the "
        "soldiers pulled back towards the airstrip. Residents said the men, many of them very "
        "young, went from shop to shop carrying away rice, flour, cooking oil and medicines from "
        "the rural hospital, and used a loudspeaker to tell people they would not be harmed if "
        "they stayed indoors. At least three soldiers were reported killed, and an unknown number "
        "of insurgents. The Islamic State's Mozambique province claimed the attack on Saturday "
        "through its Amaq news agency, posting photographs of fighters in the town's main square. "
        "By Sunday most of the attackers had withdrawn towards the Messalo river, and "
        "reinforcements from Pemba had reached the town. Thousands of residents fled into the "
        "bush or along the road to Pemba and Metuge, according to a humanitarian source who asked "
        "not to be named, and many were still on the move on Monday. Macomia had been one of the "
        "districts where families were returning after the security situation improved last "
        "year. 'We had just reopened the shop in January,' said a trader reached by telephone in "
        "Pemba. 'Now we start again from nothing.'",
        "B T D",
        "insurgent raid on town",
    ),
    (
        "Cholera spreads in overcrowded sites as Mozambique's insurgency pushes south",
        "Health workers in northern Mozambique are racing to contain a cholera outbreak in "
        "displacement sites that have swollen with tens of thousands of people fleeing a new wave "
        "of attacks by Islamic State-linked insurgents, aid agencies said Thursday. Since late "
        "January, the militants have raided villages across Chiúre district, in the south of Cabo "
        "Delgado province, beheading several residents, burning homes and a Catholic mission, and "
        "driving people across the Lúrio river into neighboring Nampula province. The "
        "International Organization for Migration said more than 67,000 people had fled in three "
        "weeks, more than half of them children. At the Ocua site near the river, families are "
        "sleeping under trees and in school classrooms, and a single borehole serves several "
        "thousand people. 'We have cases of acute watery diarrhea every day, and the latrines are "
        "full,' said a nurse working for a medical charity at the site, who asked not to be named "
        "because she was not authorized to speak to reporters. Provincial health authorities "
        "confirmed 41 cholera cases among displaced people and two deaths. Mozambique's army, "
        "supported by Rwandan troops, has sent reinforcements to the area, but residents said the "
        "attackers moved in small groups and were hard to track. UNICEF said it was trucking water "
        "and distributing chlorine tablets, but warned that its funding for the province stood at "
        "less than a fifth of what was needed.",
        "V T D H",
        "displacement and cholera",
    ),
    (
        "TotalEnergies edges towards Mozambique LNG restart as attacks on supply road continue",
        "TotalEnergies is close to lifting the force majeure on its $20 billion Mozambique LNG "
        "project, chief executive Patrick Pouyanne told analysts on Wednesday, four years after an "
        "insurgent assault on the town of Palma forced the company to evacuate the site. Pouyanne "
        "said the remaining lenders, including the US Export-Import Bank, had confirmed their "
        "financing, and that contractors could return to the Afungi peninsula within months. The "
        "security picture in Cabo Delgado nonetheless remains uneven. On Tuesday, suspected "
        "insurgents ambushed a convoy of lorries on the N380 road south of Mocimboa da Praia, "
        "killing two drivers and setting at least five trucks alight, a transport association in "
        "Pemba said. The association said the trucks were carrying cement and food to Palma and "
        "Mocimboa, and that drivers had refused to travel on the road on Wednesday without a "
        "military escort. The Islamic State group, whose local affiliate has fought in the "
        "province since 2017, said in a statement that its fighters had burned 'the vehicles of "
        "the Crusaders'. Rwandan forces, which guard the area around the LNG site, were not "
        "involved in the incident, a Rwandan military spokesman said. Analysts at a Johannesburg "
        "risk consultancy said the attacks were unlikely to change the company's decision, but "
        "would raise insurance and logistics costs for its contractors.",
        "V T",
        "ambush on supply road",
    ),
    (
        "Gunmen kill schoolchildren in attack on Cameroon's Anglophone town of Kumba",
        "Gunmen stormed a private school in Kumba, a town in Cameroon's English-speaking "
        "South-West region, on Saturday and opened fire on pupils in a classroom, killing at least "
        "seven children and wounding a dozen others, officials said. The attackers arrived on "
        "motorbikes around midday and were dressed in civilian clothes, a local official told AFP "
        "by telephone, asking not to be named. Some children jumped from first-floor windows to "
        "escape, and several were being treated for fractures at Kumba's district hospital, where "
        "parents crowded the gates looking for their sons and daughters. The children killed were "
        "aged between nine and twelve, according to a teacher. The government blamed separatist "
        "fighters, who have enforced a boycott of schools in the Anglophone regions since 2017 and "
        "have kidnapped teachers and pupils. Separatist leaders abroad denied responsibility and "
        "called for an independent investigation. UN Secretary-General Antonio Guterres condemned "
        "'the heinous attack' and called on all sides to respect the right to education. More "
        "than 700,000 children in the North-West and South-West regions are out of school because "
        "of the conflict, according to UNICEF.",
        "V",
        "school attack",
    ),
    (
        "Villagers in Cameroon's North-West say soldiers burned homes in search for separatists",
        "Residents of a village in Cameroon's North-West region said soldiers backed by armed "
        "herders raided their community before dawn on Friday, shooting people in their homes and "
        "setting fire to houses, in what the army described as an operation against separatist "
        "fighters. At least 21 people were killed, among them 13 children and a pregnant woman, "
        "according to the United Nations human rights office and a local opposition lawmaker. "
        "Photographs shared with Reuters showed charred houses and the bodies of children wrapped "
        "in sheets. 'They came shouting that we were feeding the Amba boys,' one woman said by "
        "phone from the town of Nkambe, where she fled with her three children. The army said in "
        "a statement that a unit had come under fire from separatists and that five people, "
        "including women and children, died when a fuel store exploded during the exchange. Rights "
        "groups rejected that account and called for an independent inquiry. Hundreds of villagers "
        "had fled to neighboring communities and into the bush by Sunday, a local Catholic priest "
        "said. The conflict between the government and separatists seeking an independent state "
        "they call Ambazonia has killed more than 3,000 people since 2017.",
        "V M D",
        "army raid on village",
    ),
    (
        "Suicide bomber kills at least 15 in northern Cameroon",
        "A suicide bomber killed at least 15 people and wounded several others in Mozogo, a town "
        "in Cameroon's Far North region near the border with Nigeria, on Sunday night, a local "
        "official and a security source told AFP. The bomber, believed to be a young woman, blew "
        "herself up among residents who had gathered in the courtyard of a compound to watch a "
        "football match on television, the official said. The mayor of Mozogo, reached by "
        "telephone, said the dead included four children. The wounded were taken to the hospital "
        "in Mokolo, about 50 kilometres away, because the local health centre had no surgeon. No "
        "group claimed the attack, but officials blamed Boko Haram, whose fighters and those of "
        "its rival faction, the Islamic State West Africa Province, regularly cross into Cameroon "
        "from Nigeria's Borno state. The Far North has seen a rise in jihadist attacks over the "
        "past year, with villages raided at night and cattle stolen, according to the "
        "International Crisis Group. Cameroon has deployed several thousand troops in the region "
        "as part of a multinational force fighting the jihadists around Lake Chad.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Burkina Faso: jihadists kill scores of civilians digging trenches in Barsalogho",
        "Jihadists linked to Al-Qaeda killed scores of people on Saturday in Barsalogho, a town in "
        "Burkina Faso's Centre-North region, as residents dug defensive trenches around the town "
        "on the army's orders, security and local sources said. The attackers, who came on "
        "motorbikes, opened fire on men, women and teenagers working on the trenches at the edge "
        "of town, a resident who lost two brothers told AFP. 'We had been told to dig so that the "
        "town would be protected,' he said. 'They fired at us from three sides.' The Group to "
        "Support Islam and Muslims (JNIM) claimed responsibility, saying it had attacked 'members "
        "of the militia' of the army, a description rejected by residents and rights groups. A "
        "local humanitarian source put the number of dead at more than 200, though no official "
        "toll was released. Videos circulating on social media showed dozens of bodies lying in "
        "and around the trenches. The communication minister condemned the 'terrorist hordes' on "
        "state television on Sunday and said security forces were pursuing the attackers. "
        "Burkina Faso has been ruled since a 2022 coup by Captain Ibrahim Traore, who has promised "
        "to retake territory from the jihadists.",
        "V T",
        "massacre",
    ),
    (
        "Convoy attack deepens hunger in besieged Burkina Faso town of Djibo",
        "Jihadi fighters attacked a supply convoy heading to the besieged town of Djibo in "
        "northern Burkina Faso, burning trucks and clashing with the army escort for hours, "
        "residents and a security analyst said Tuesday. The convoy of about 150 vehicles, carrying "
        "food, fuel and medicine, had left the town of Kaya on Saturday and was ambushed on Monday "
        "about 20 kilometers (12 miles) south of Djibo, according to a resident in contact with "
        "drivers. Soldiers fought off the attackers, but dozens of trucks were destroyed and an "
        "unknown number of drivers and soldiers were killed, the resident said, speaking on "
        "condition of anonymity for fear of reprisals. Djibo, home to more than 300,000 people, "
        "many of them displaced from surrounding villages, has been cut off by jihadi blockades "
        "for more than a year. Residents say they eat leaves and wild fruit, and that the price of "
        "a bag of millet has more than tripled. The World Food Program said it had managed a "
        "handful of helicopter airlifts but that road convoys were the only way to bring in enough "
        "food. 'People are dying of hunger in silence,' said a local aid worker. The attack was "
        "claimed by JNIM, an al-Qaida affiliate, according to the SITE Intelligence Group.",
        "H T B",
        "attack on supply convoy",
    ),
    (
        "Niger declares mourning after 29 soldiers killed near Mali border",
        "Niger's military government declared three days of national mourning on Tuesday after "
        "29 soldiers were killed in an attack near the border with Mali, the defence ministry said "
        "in a statement read on state television. More than 100 militants used explosive devices "
        "and suicide vehicles to attack a unit on patrol near Tabatol, in the Tillaberi region, on "
        "Monday, the ministry said. Two other soldiers were wounded. The statement did not say "
        "which group was responsible, but both Islamic State's Sahel branch and an al Qaeda "
        "affiliate are active in the area, known as the three-borders zone. The ministry said "
        "dozens of the attackers had been 'neutralised' and that operations to track down the rest "
        "were under way. It was one of the deadliest attacks on Niger's army since officers seized "
        "power in July, citing the deteriorating security situation as one of their reasons. Since "
        "the coup, the junta has ordered French troops to leave and turned to Russia for military "
        "cooperation.",
        "B E T",
        "ambush on army patrol",
    ),
    (
        "Two dead, hundreds arrested as Niger's post-election protests turn violent",
        "Two people were killed and 468 arrested in two days of unrest in Niger after the ruling "
        "party's candidate Mohamed Bazoum was declared the winner of the presidential run-off, "
        "Interior Minister Alkache Alhada said Thursday. Supporters of opposition candidate "
        "Mahamane Ousmane, who says he won the February 21 vote, set up barricades of burning "
        "tyres in several districts of Niamey, looted shops and torched vehicles, AFP "
        "correspondents saw. Police fired tear gas to disperse crowds near the university and in "
        "the Lazaret and Yantala neighbourhoods. The minister said one of the dead was a young man "
        "hit by a stray bullet in the capital and the other was killed in the western town of "
        "Dosso. He accused 'certain political actors' of organising the violence. Mobile internet "
        "was cut across the country on Wednesday evening and had not been restored by Thursday "
        "afternoon. The electoral commission's provisional results gave Bazoum 55.7 percent of "
        "the vote against 44.3 percent for Ousmane, a former president. The run-off was meant to "
        "mark Niger's first democratic transition between two elected leaders since independence "
        "from France in 1960. Ousmane's camp said it would file an appeal with the Constitutional "
        "Court.",
        "U",
        "post-election riots",
    ),
    (
        "Jihadists strike Bamako gendarmerie school and military airport",
        "Jihadists attacked a gendarmerie training school and the military section of Bamako's "
        "airport early Tuesday, in a rare assault on Mali's capital that the ruling junta said had "
        "been brought 'under control' by mid-morning. Residents of the Faladie district near the "
        "school told AFP they woke to heavy gunfire and explosions shortly after 5:00 am, and saw "
        "thick smoke rising from the direction of the airport. The Al-Qaeda-linked Group to "
        "Support Islam and Muslims (JNIM) claimed the attack, saying its fighters had inflicted "
        "'heavy losses' and destroyed several aircraft, including a presidential plane. The army "
        "said in a statement that some gendarmerie students had been killed and that 'terrorists' "
        "had been neutralised, without giving figures. A security source told AFP that more than "
        "70 people had died, and a hospital worker said the morgue was full. Flights at Modibo "
        "Keita International Airport were suspended. Videos shared on social media showed "
        "fighters walking on the tarmac and setting fire to an aircraft. The attack came as "
        "Mali's government, which took power in coups in 2020 and 2021 and has since turned to "
        "Russian mercenaries, insists that the security situation is improving.",
        "B T",
        "jihadist attack on capital",
    ),
    (
        "Chad says 19 killed in attack on presidential complex in N'Djamena",
        "Nineteen people were killed when a group of armed men attacked the presidential complex "
        "in N'Djamena on Wednesday evening, Chad's government said, in what it described as an "
        "attempt to destabilise the country. Government spokesman Abderaman Koulamallah said 18 "
        "of the attackers and one member of the security forces were killed, and that three "
        "soldiers were wounded, one of them seriously. He said the 24 assailants, armed with guns "
        "and knives, had arrived in a vehicle and overpowered guards at one of the gates before "
        "soldiers of the presidential guard repelled them. Six attackers were arrested, he added. "
        "Gunfire was heard for about an hour near the complex, in the centre of the capital, and "
        "armoured vehicles were deployed in the surrounding streets, AFP journalists saw. "
        "Koulamallah, filmed at the presidency with a pistol at his waist, said the situation was "
        "'totally under control'. The attack came hours after China's foreign minister met "
        "President Mahamat Idriss Deby in the capital. The motive of the attackers was not "
        "immediately clear.",
        "B",
        "attack on presidency",
    ),
    (
        "Rebels seize Bangassou as thousands flee across river into DR Congo",
        "Rebels of the Coalition of Patriots for Change (CPC) seized Bangassou, a town in the "
        "south-east of the Central African Republic, on Sunday after several hours of fighting "
        "with government soldiers and United Nations peacekeepers, the UN mission MINUSCA said. "
        "Several thousand residents fled across the Mbomou river into the Democratic Republic of "
        "Congo, where local officials in Ndu said they were struggling to provide shelter and "
        "water. The rebels took control of the town hall and the main market and looted the "
        "offices of at least two humanitarian organisations, aid workers said. Peacekeepers "
        "remained at their base on the edge of town, and one Gabonese soldier was wounded. The "
        "coalition, an alliance of armed groups formed in December to disrupt the presidential "
        "election, has vowed to march on the capital, Bangui. President Faustin-Archange Touadera, "
        "whose re-election was confirmed by the constitutional court last week, is backed by "
        "Rwandan troops and Russian military instructors. The UN refugee agency said more than "
        "30,000 Central Africans had crossed into Congo and Cameroon since the fighting began.",
        "B D",
        "town seized by rebels",
    ),
]
