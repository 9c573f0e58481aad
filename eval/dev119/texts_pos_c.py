"""dev119 positives, Asia and the Americas, and the riots of the day: whole articles."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Paramotor bomb attack on Myanmar festival crowd kills at least 24, resistance group says",
        "At least 24 people, including children, were killed when a Myanmar military paramotor "
        "dropped bombs on a crowd gathered for a full-moon festival and a protest in the Sagaing "
        "region, a local resistance official and witnesses said on Tuesday. About a hundred people "
        "had assembled in a village in Chaung-U township on Monday evening to mark the Thadingyut "
        "festival and hold a candlelight protest against the junta's planned election, the "
        "official said. Witnesses said a motorised paraglider flew over the gathering and dropped "
        "two bombs, and that the organisers had only minutes of warning. 'We could not even "
        "recognise some of the children,' a member of a local People's Defence Force unit told CNA "
        "by phone. A spokesman for the military government did not respond to requests for "
        "comment. Since seizing power in February 2021, the military has increasingly used "
        "paramotors, drones and jets to strike areas held by resistance forces. Amnesty "
        "International said the attack showed the urgent need to halt deliveries of aviation "
        "fuel to the military. The junta is holding a general election in phases from December, "
        "a vote its opponents and many Western governments dismiss as a sham.",
        "E V",
        "aerial bombing of crowd",
    ),
    (
        "Gang attack on Haitian town of Arcahaie leaves dozens dead and thousands homeless",
        "Members of the Viv Ansanm gang coalition attacked neighbourhoods on the outskirts of "
        "Arcahaie, north of Port-au-Prince, overnight into Friday, killing at least 27 people and "
        "setting dozens of homes on fire, local officials and a human rights group said. "
        "Residents said the gunmen arrived by boat and on foot shortly before midnight and went "
        "from house to house, shooting people who tried to run. The Haitian National Police said "
        "its officers, backed by troops of the UN-authorised Gang Suppression Force, exchanged "
        "fire with the attackers for several hours before they withdrew towards Cabaret. The "
        "mayor of Arcahaie said more than 3,000 people had fled to the town centre and were "
        "sleeping in churches and in the yard of a school. 'They burned my house and my shop. I "
        "have nothing left but the clothes I am wearing,' said Marie-Ange, a 52-year-old trader. "
        "The gangs have been trying to take control of the main road linking the capital with the "
        "north, which carries most of the fuel and food bound for the Artibonite. The UN says "
        "violence in Haiti has displaced more than 1.4 million people. The transitional "
        "authorities said they would send more police units to the area.",
        "V B D",
        "gang attack on town",
    ),
    (
        "Thousands flee Colombia's Catatumbo as ELN and FARC dissidents fight for control",
        "More than 11,000 people have fled their homes in Colombia's Catatumbo region in the past "
        "week as National Liberation Army (ELN) guerrillas and a FARC dissident faction battle for "
        "control of its coca fields and smuggling routes, the ombudsman's office said on "
        "Wednesday. Families reached the city of Cucuta by bus, truck and motorbike, many carrying "
        "only a few belongings, and were housed in a sports stadium and in hotels paid for by the "
        "local authorities. Local officials said at least 40 people had been killed, among them "
        "community leaders and former FARC fighters who signed the 2016 peace agreement. "
        "Residents described armed men going from door to door with lists of names. 'They said "
        "anyone who stayed would be treated as the enemy,' said a farmer from Tibu who arrived "
        "with his wife and three children. President Gustavo Petro suspended peace talks with the "
        "ELN, accusing it of war crimes, and declared a state of internal commotion to speed up the "
        "deployment of troops. The army said it had sent about 5,000 soldiers to the region and "
        "had flown dozens of people out of remote villages by helicopter. The UN humanitarian "
        "office warned of shortages of food and medicine in the shelters. Schools across the "
        "region have been closed, and the main road between Tibu and Cucuta was blocked for "
        "several days by fallen trees and burnt-out vehicles. The governor of Norte de Santander, "
        "William Villamizar, said the department's hospitals were treating wounded people "
        "brought in by army helicopters and asked the national government for emergency funds. "
        "The ELN, Colombia's largest remaining guerrilla group, said in a statement that it had "
        "acted against the dissidents of the 33rd Front, whom it accused of attacking the "
        "civilian population, and denied targeting former combatants. Neighbouring Venezuela "
        "said several hundred Colombians had crossed the border into Zulia and Tachira states. "
        "Catatumbo, on the Venezuelan border, is one of the country's main coca-growing areas "
        "and has long been contested by armed groups.",
        "B V D H M",
        "armed groups' fighting and displacement",
    ),
    (
        "Gunmen pull passengers off buses in Pakistan's Balochistan and kill nine",
        "Gunmen stopped several passenger buses on a highway in Pakistan's south-western "
        "Balochistan province on Thursday night, checked travellers' identity cards and shot dead "
        "nine men from Punjab province, local officials said. The attack took place near Kalat, "
        "on the national highway linking Quetta with Karachi, the district's deputy commissioner "
        "told DW. The bodies, bearing gunshot wounds, were found on Friday morning in the hills "
        "near the road. No group immediately claimed responsibility, but Balochistan's chief "
        "minister, Sarfraz Bugti, blamed what he called terrorists of the 'Fitna al-Hindustan', "
        "the term the government uses for Baloch separatist groups. He called it a cowardly "
        "terrorist attack on innocent labourers. Security forces launched a search operation in "
        "the area, and traffic on the highway was suspended until the afternoon. The banned "
        "Baloch Liberation Army (BLA), which seeks independence for the province, has carried out "
        "similar killings of workers and travellers from Punjab in the past. Pakistan accuses "
        "India of backing the separatists, which Delhi denies. Balochistan, Pakistan's largest "
        "and poorest province, is rich in gas and minerals and hosts major Chinese-funded projects.",
        "V T",
        "killing of passengers",
    ),
    (
        "Villagers on Kashmir's Line of Control shelter in bunkers as shelling intensifies",
        "Residents of villages along the Line of Control in Indian-administered Kashmir spent a "
        "second night in underground bunkers on Thursday as Pakistani shelling hit homes in the "
        "Poonch district, killing at least 12 civilians, Indian officials said. The shelling "
        "followed Indian missile strikes early on Wednesday on what Delhi called terrorist "
        "infrastructure in Pakistan and Pakistan-administered Kashmir, which Pakistan said killed "
        "31 civilians. Pakistan's military said its troops were responding to Indian aggression "
        "and that it had shot down several Indian jets, a claim India has not confirmed. In "
        "Poonch town, shells damaged a Sikh temple, a school and rows of shops, and the streets "
        "were empty by the afternoon. 'We have not slept for two nights; the children are crying "
        "every time it starts,' said Mohammad Shafi, a shopkeeper. Authorities closed schools in "
        "the border districts and moved hundreds of families to safer areas. On the Pakistani "
        "side, residents of the Neelum valley said they too had left for relatives' homes further "
        "from the line. India said its strikes were a response to an attack in Pahalgam in April "
        "in which gunmen killed 26 people, most of them tourists.",
        "E M D",
        "cross-border shelling",
    ),
    (
        "Separatists kill village chief in Cameroon's Northwest as army raid sends residents fleeing",
        "Armed separatists killed a traditional chief and set fire to part of a government school "
        "in Cameroon's English-speaking Northwest region at the weekend, and a military raid on a "
        "nearby village in response sent hundreds of residents fleeing, local sources told RFI. "
        "The fighters, who want to create an independent state they call Ambazonia, accused the "
        "chief of working with the authorities, a relative said. On Monday, soldiers entered the "
        "village of Bamessing in search of the attackers; residents said several houses were "
        "burned and two young men were shot dead in front of their families. The army said in a "
        "statement that it had neutralised two separatist fighters and seized homemade guns, and "
        "denied setting homes on fire. Residents fled into the bush or to the regional capital, "
        "Bamenda, about 40 kilometres away. 'We are caught between the boys and the soldiers,' "
        "said a farmer who arrived in Bamenda with his wife and four children. The conflict in the "
        "Northwest and Southwest regions, which began in 2017 after a crackdown on protests by "
        "lawyers and teachers, has killed more than 6,000 people, according to the International "
        "Crisis Group.",
        "V M D",
        "separatist killing and army raid",
    ),
    (
        "Kenya police fire live rounds at Saba Saba protesters as death toll rises to 31",
        "At least 31 people were killed and more than 100 injured during anti-government "
        "protests across Kenya on Monday, the state-funded Kenya National Commission on Human "
        "Rights said, as police fired live bullets and tear gas to break up crowds. The protests "
        "fell on Saba Saba, the anniversary of the pro-democracy rallies of 7 July 1990. Police "
        "had sealed the main roads into central Nairobi with razor wire and lorries overnight, "
        "and officers chased groups of young men through the streets of Kangemi and Githurai. In "
        "Kitengela and Ngong, protesters set fire to a police post and looted shops, local media "
        "reported. The interior ministry said more than 500 people had been arrested and accused "
        "'criminal elements' of hijacking the demonstrations. Protesters are demanding the "
        "resignation of President William Ruto, with anger fuelled by the death in police "
        "custody last month of a blogger, Albert Ojwang. Amnesty International Kenya said several "
        "of the dead had been shot in the back. The Law Society of Kenya urged the government to "
        "respect the right to protest and to prosecute officers who used lethal force. In "
        "Nairobi's central business district, shops remained shuttered on Tuesday morning and "
        "traders swept broken glass from the pavements. Several hospitals, including Kenyatta "
        "National Hospital, said they had received dozens of people with gunshot wounds and "
        "injuries from beatings. Witnesses in the Kikuyu area said men armed with clubs and "
        "whips, whom protesters described as hired gangs, attacked demonstrators while police "
        "looked on. Interior Minister Kipchumba Murkomen praised the police for what he called "
        "their restraint and said officers had been attacked with stones and petrol bombs. "
        "Church leaders appealed for dialogue and urged politicians to stop inflaming young "
        "people. Last month, at least 16 people were killed during protests marking the "
        "anniversary of the storming of parliament in 2024.",
        "U",
        "protest crackdown",
    ),
    (
        "Nepal's parliament set ablaze as Gen Z protests topple prime minister",
        "Protesters set fire to Nepal's parliament building and the homes of several senior "
        "politicians in Kathmandu on Tuesday, hours after Prime Minister KP Sharma Oli resigned "
        "following the deaths of 19 people in a police crackdown the previous day. Thousands of "
        "young people, some still in school uniform, defied a curfew and marched on government "
        "buildings, and black smoke rose over the Singha Durbar complex, which houses the "
        "main ministries. The protests began on Monday over a ban on 26 social media platforms "
        "but quickly turned into an outpouring of anger over corruption and the lavish lifestyles "
        "of politicians' children. Police fired tear gas, water cannon, rubber bullets and live "
        "rounds at crowds trying to enter the parliament grounds on Monday. The army took over "
        "security in the capital on Tuesday evening, and its chief, General Ashok Raj Sigdel, "
        "appealed to young people to stop the violence and come to talks. Tribhuvan International "
        "Airport closed for several hours, stranding travellers. Japan's embassy advised "
        "Japanese nationals in Nepal to stay indoors and avoid crowds.",
        "U",
        "riot",
    ),
    (
        "Thai jets strike Cambodian positions as border fighting spreads, thousands evacuated",
        "Thailand and Cambodia traded heavy artillery fire along their disputed border for a "
        "second day on Friday, and Thai F-16 fighter jets struck Cambodian military positions, "
        "as the death toll from the fighting rose to at least 16, most of them Thai civilians. "
        "Thailand's health ministry said a rocket attack on a petrol station in Sisaket province "
        "on Thursday had killed six people. Cambodia's defence ministry accused Thailand of "
        "invading its territory and of using cluster munitions, while the Thai army said Cambodian "
        "forces had fired BM-21 rockets at civilian areas. More than 100,000 people have been "
        "evacuated from border districts in four Thai provinces, and tens of thousands have fled "
        "villages on the Cambodian side, officials said. The fighting began on Thursday near the "
        "ancient Ta Muen Thom temple, a day after a landmine blast wounded five Thai soldiers. "
        "Malaysia, which chairs the ASEAN bloc, offered to mediate, and the UN Security Council "
        "scheduled an emergency meeting. Japan's foreign ministry urged its citizens in the area "
        "to move to safety and called on both sides to exercise restraint.",
        "B E M D",
        "interstate border war",
    ),
]
