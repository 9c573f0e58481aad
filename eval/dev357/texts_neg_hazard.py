"""Negatives, hazards and crime: typhoons, earthquakes, accidents, yakuza and other crime, and
the trials of the men who attacked politicians."""

from _parse import negatives

DATA = """
@ disaster | Noto Peninsula quake toll passes 200 as thousands remain in shelters
The death toll from the magnitude 7.6 earthquake that struck the Noto Peninsula on New Year's Day has risen to 202, Ishikawa Prefecture said Tuesday, with 102 people still unaccounted for.
About 26,000 people were staying in some 400 evacuation centers across the prefecture, many of them sleeping on gymnasium floors in freezing temperatures, officials said.
Ground Self-Defense Force troops reached several isolated villages on foot after landslides cut the main roads into the peninsula.
In Wajima, a fire that broke out after the quake destroyed about 200 buildings around the city's famous morning market.
The prefecture plans to move elderly evacuees to hotels in Kanazawa and elsewhere to reduce the risk of disease and deaths from stress.
Water has yet to be restored to most homes in Suzu and Wajima, and officials warned it could take months.

@ disaster | Typhoon Hagibis leaves dozens dead as rivers burst in eastern Japan
Typhoon Hagibis left at least 58 people dead and 15 missing after bringing record rainfall to eastern Japan over the weekend, NHK said Monday.
Levees on 52 rivers were breached, including the Chikuma River in Nagano, where floodwaters submerged bullet trains parked at a rail depot, according to the land ministry.
More than 27,000 Self-Defense Force personnel were mobilized to rescue residents stranded on rooftops and balconies.
Some 230,000 households were still without electricity on Monday afternoon in the Kanto region and beyond, utilities said.
The Rugby World Cup match between Namibia and Canada in Kamaishi was canceled, and the teams helped with the cleanup.
Prime Minister Shinzo Abe ordered ministers to do everything possible to help evacuees, about 4,000 of whom remained in shelters.

@ disaster | Typhoon Hinnamnor floods Pohang steelworks, kills seven in apartment car park
Typhoon Hinnamnor swept across the southeast of South Korea on Tuesday, leaving at least 10 people dead, including seven residents who drowned in a flooded underground parking lot of an apartment complex in Pohang.
The residents had gone to move their cars when a nearby stream overflowed and water poured into the garage within minutes, fire officials said.
Two people were rescued alive from the lot after more than 12 hours, one of them a 14-year-old boy.
POSCO's flagship steelworks in Pohang were flooded and partly shut down for the first time in nearly 50 years, the company said.
Some 3,400 people were evacuated from their homes in North Gyeongsang and South Gyeongsang provinces, the interior ministry said.
President Yoon Suk Yeol visited Pohang on Wednesday and promised to designate it a special disaster zone.

@ disaster | Nankai Trough advisory issued after magnitude 7.1 quake off Miyazaki
The Japan Meteorological Agency issued its first-ever "megaquake advisory" for the Nankai Trough on Thursday after a magnitude 7.1 earthquake struck off Miyazaki Prefecture, injuring at least 14 people.
The agency said the chance of a larger quake along the trough was higher than usual, although it stressed that one was not necessarily imminent.
Tsunami waves of up to 50 centimeters reached the coast of Miyazaki and Kochi prefectures, and bullet trains ran at reduced speed on part of the Tokaido line.
Prime Minister Fumio Kishida canceled a trip to Central Asia to oversee the government's response.
Supermarkets in Tokyo and Osaka reported a rush on bottled water and emergency rations, and some beaches closed during the busy Obon holiday.
A megaquake along the trough could kill as many as 320,000 people, according to government estimates.

@ disaster | Uljin wildfire forces thousands from homes, threatens nuclear plant
A wildfire that started in Uljin, North Gyeongsang Province, spread rapidly on Friday amid strong winds, forcing more than 6,000 residents to evacuate and threatening the Hanul nuclear power plant, officials said.
About 7,000 firefighters, soldiers and officials and 50 helicopters were deployed to fight the blaze, the Korea Forest Service said.
The fire spread into neighboring Samcheok, Gangwon Province, destroying some 160 homes and scorching more than 12,000 hectares of forest.
The plant's operator said its reactors were operating normally and that firefighters had built a line to keep the flames away from its transmission towers.
Police said the fire was believed to have been caused by a cigarette thrown from a car.
President Moon Jae-in declared the area a special disaster zone on Sunday.

@ accident | Halloween crowd crush in Itaewon kills more than 150
More than 150 people were killed and dozens injured when a huge crowd celebrating Halloween surged into a narrow alley in Seoul's Itaewon district on Saturday night, officials said.
Most of the victims were in their 20s, and at least 26 were foreign nationals, including two Japanese women, according to the interior ministry.
Witnesses said people were pushed to the ground and piled on top of each other on a sloping alley next to the Hamilton Hotel, and rescuers struggled to reach them through the crowds.
Some 100,000 people were estimated to have come to the district, and police later admitted that they had failed to respond to emergency calls made hours earlier.
President Yoon Suk Yeol declared a period of national mourning, and official Halloween events were canceled across the country.
It was the country's deadliest disaster since the sinking of the Sewol ferry in 2014.

@ accident | Jeju Air jet crashes at Muan airport, killing 179 of 181 aboard
A Jeju Air passenger jet carrying 181 people skidded off a runway at Muan International Airport on Sunday morning and slammed into a concrete embankment, bursting into flames and killing 179 people, the transport ministry said.
The Boeing 737-800, arriving from Bangkok, landed without its landing gear deployed after the pilots reported a bird strike and declared a mayday, officials said.
Two flight attendants seated in the tail section were pulled from the wreckage alive.
Fire officials said most of the passengers were South Koreans returning from year-end holidays.
Investigators have recovered the flight data and cockpit voice recorders, which will be analyzed with the help of US authorities.
The crash was the deadliest aviation disaster on South Korean soil.

@ accident | Five coast guard crew die as JAL plane hits aircraft on Haneda runway
Five crew members of a Japan Coast Guard aircraft were killed on Tuesday when it collided with a Japan Airlines passenger jet on a runway at Tokyo's Haneda Airport, the transport ministry said.
All 379 passengers and crew aboard the JAL Airbus A350 escaped through emergency slides before the plane was engulfed in flames, in what aviation experts called a remarkable evacuation.
The coast guard plane had been preparing to take supplies to areas hit by the Noto Peninsula earthquake the previous day.
Its captain survived with serious injuries, officials said.
Transcripts released by the ministry showed that the coast guard plane had not been given clearance to enter the runway.
Police have opened an investigation on suspicion of professional negligence.

@ accident | Fire at battery plant in Hwaseong kills 23, most of them migrant workers
A fire at a lithium battery factory in Hwaseong, Gyeonggi Province, killed 23 workers on Monday, 18 of them Chinese nationals, fire authorities said.
The fire broke out after a series of explosions among battery cells stored on the second floor of the Aricell plant, and spread so quickly that workers had no time to escape, officials said.
Firefighters said it took nearly five hours to bring the blaze under control because of the risk of further explosions.
Many of the victims were temporary workers hired through a staffing agency who were unfamiliar with the building's layout.
The labor ministry said it would investigate the company for possible violations of the Serious Accidents Punishment Act.
President Yoon Suk Yeol ordered a review of safety at battery plants across the country.

@ crime | Two killed as Yamaguchi-gumi feud flares in Kobe shooting
Two members of a yakuza group were shot dead in Kobe on Wednesday in what police believe is the latest clash in a feud between the Yamaguchi-gumi and a breakaway gang.
A gunman opened fire outside an office affiliated with the Kobe Yamaguchi-gumi, killing the two men, and fled in a car, Hyogo prefectural police said.
Police later arrested a 68-year-old senior member of a Yamaguchi-gumi affiliate on suspicion of murder, and seized an automatic rifle.
The feud, which began when a faction split from Japan's largest crime syndicate in 2015, has led to a series of shootings and stabbings.
The National Public Safety Commission designated the two groups as being in "conflict," restricting the use of their offices.
Neighbors told reporters they were afraid to let their children walk to school.

@ crime | Court sentences Kudo-kai boss to death in landmark yakuza ruling
The Fukuoka District Court on Tuesday sentenced Satoru Nomura, head of the Kudo-kai crime syndicate, to death for ordering four attacks on citizens, including a fatal shooting, the first death sentence for a yakuza boss in Japan.
The attacks included the 1998 murder of a former fisheries cooperative leader and the 2014 stabbing of a dentist, the court said.
Nomura, 74, had denied involvement and told the judge after the ruling that he would "regret this for the rest of his life."
Prosecutors argued that the boss had absolute control over members of the group, based in Kitakyushu.
Police have cracked down on the Kudo-kai for years, and residents said they hoped the ruling would weaken the gang.
Nomura's lawyers said they would appeal.

@ crime | Yamagami gets life sentence for murder of former Prime Minister Abe
The Nara District Court on Wednesday sentenced Tetsuya Yamagami to life in prison for fatally shooting former Prime Minister Shinzo Abe with a homemade gun during an election campaign speech in 2022.
Presiding Judge Shinichi Tanaka said the crime was "extremely malicious" and had a grave impact on society, dismissing the defense's argument that the accused's upbringing should mitigate the sentence.
Yamagami, 45, had admitted killing Abe, saying he resented the former leader's links to the Unification Church, to which his mother had donated about 100 million yen.
Prosecutors had sought life imprisonment, while the defense asked for a sentence of no more than 20 years.
The trial drew long lines of people seeking seats in the public gallery.
The defense said it would consider whether to appeal.

@ crime | Man who stabbed Lee Jae-myung sentenced to 15 years
The Busan District Court on Friday sentenced a 67-year-old man to 15 years in prison for stabbing opposition leader Lee Jae-myung in the neck in January.
The court said the man, surnamed Kim, had planned the attack for months to stop Lee from becoming president and had bought the knife online.
"The crime was an act of terrorism against a political leader that challenges democracy," the judge said.
Prosecutors had sought 20 years, and Kim's lawyer said he would review the ruling.
Lee has since recovered and returned to parliamentary work, though he told reporters the wound still troubles him when he speaks for long periods.
An acquaintance who helped Kim by spreading a statement he wrote was given a suspended sentence.

@ crime | Korean student found dead after being tortured at Cambodia scam compound
The body of a South Korean college student who was lured to Cambodia with a promise of a high-paying job has been found near Kampot, and police say he was tortured by members of an online fraud ring, the Foreign Ministry said.
The 22-year-old left for Cambodia in July and had been forced to work at a compound that ran phone and investment scams targeting Koreans, according to his family.
Cambodian police arrested three Chinese nationals on suspicion of murder and said the man had died of cardiac arrest caused by severe beatings.
The National Police Agency said more than 330 South Koreans had been reported missing or confined in Cambodia this year.
The government issued a travel ban for parts of the country and sent a team of officials to Phnom Penh.
Relatives have called on Seoul to do more to rescue those still held in compounds.

@ crime | Three Korean seamen kidnapped by pirates off Benin, held for ransom
Three South Korean crew members were among five sailors abducted by pirates who boarded a tuna fishing boat off the coast of Benin in the Gulf of Guinea on Thursday, the Foreign Ministry said.
Pirates armed with guns approached the Ghana-flagged vessel in a speedboat and took the sailors away, leaving the rest of the crew unharmed, officials said.
The ministry said it had set up a task force and was working with authorities in Ghana, Benin, Nigeria and Togo to secure the men's release.
Kidnappings for ransom by criminal gangs from the Niger Delta have become common in the Gulf of Guinea.
Seven South Korean sailors were kidnapped in the region in 2018 and 2019 and all were later freed after ransom talks, according to Yonhap.
The ship, which was released, has returned to port.

@ crime | Man who stabbed four near Sillim Station sentenced to life
A Seoul court on Thursday sentenced a 33-year-old man to life in prison for a stabbing rampage near Sillim Station in July that left one man dead and three injured.
The man, surnamed Cho, attacked passers-by at random in an alley near the station in southwestern Seoul, police said.
Prosecutors had sought the death penalty, saying he had felt inferior to others and wanted to "make others as unhappy as me."
The attack prompted a series of copycat threats online, and police stationed armored vehicles and armed officers at busy subway stations.
The court said Cho posed a threat to society and should be kept apart from it for life.
He plans to appeal, his lawyer said.
The government has since proposed reintroducing life sentences without parole for such crimes, a bill that remains before the National Assembly.

@ crime | Kyoto Animation arsonist sentenced to death over fire that killed 36
The Kyoto District Court on Thursday sentenced Shinji Aoba to death for setting fire to a Kyoto Animation studio in 2019, killing 36 people in one of the worst mass murders in Japan's postwar history.
Aoba, 45, poured gasoline in the studio's entrance and set it alight, saying he believed the company had stolen his novel.
The court rejected the defense argument that he was not criminally responsible because of a delusional disorder.
Families of the victims, many of them young animators, wept in the courtroom as the sentence was read.
Aoba suffered severe burns in the fire and was treated for months before his arrest.
Kyoto Animation said in a statement that its staff "will never forget our colleagues."

@ crime | Police arrest leaders of "Luffy" robbery ring after deportation from Philippines
Tokyo police on Wednesday arrested four men suspected of directing a wave of violent robberies across Japan from a detention center in Manila, using the alias "Luffy" to recruit young people online.
The men were deported from the Philippines earlier in the day and arrested on a flight to Narita on suspicion of fraud, police said.
The ring is suspected of being behind more than 50 robberies, including one in Komae, Tokyo, in which a 90-year-old woman was beaten to death in her home.
Recruits were hired through "dark part-time job" ads on social media and given instructions via an encrypted app, investigators said.
Police believe the men earned billions of yen through phone scams before turning to robberies.
The National Police Agency has set up a special unit to tackle such groups.

@ crime | Police raid Tokyo offices of Unification Church in fraud probe
Police on Tuesday raided offices of the Unification Church in Tokyo's Shibuya Ward as part of an investigation into suspected fraud involving followers, officials said.
Investigators are examining claims that members pressured elderly believers to buy expensive items and make large donations, NHK reported.
The church drew scrutiny after the killing of former Prime Minister Shinzo Abe, whose assailant said his mother had been ruined by donations to the group.
A court in Tokyo ordered the church's dissolution earlier this year, a ruling it has appealed.
Lawyers representing former followers said the raid was long overdue.
A church spokesman said it would cooperate with investigators.
The group, formally known as the Family Federation for World Peace and Unification, has said it reformed its donation practices in 2009.
"""

NEGATIVES = negatives(DATA)
