"""dev255 negatives: plots foiled, raids and arrests, charges, hoaxes (title, text, kind code)."""

NEGATIVES = [
    (
        "Teenagers arrested over plot to attack Taylor Swift concerts in Vienna",
        "Austrian police arrested a 19-year-old man and an 18-year-old accomplice over a "
        "plan to carry out an attack on crowds outside Taylor Swift's concerts in Vienna, "
        "prompting organisers to cancel all three shows at the Ernst Happel stadium. The "
        "main suspect had pledged allegiance to the Islamic State online and had begun "
        "gathering chemicals and technical devices at his home in Ternitz, Lower Austria, "
        "the head of the state security service said. Officers from the Cobra special unit "
        "searched the house in the early hours and found bomb-making material, a machete "
        "and cash. Nobody was hurt. The suspect had told investigators he intended to kill "
        "as many people as possible with knives or explosives, the interior ministry said. "
        "Tens of thousands of fans who had travelled to the city gathered instead in the "
        "streets of the city centre to sing. Police said a tip from a foreign intelligence "
        "service had been decisive.",
        "crime",
    ),
    (
        "Dawn raids in four cities as police disrupt alleged jihadist cell",
        "Armed officers forced their way into homes in Birmingham, Luton, Stoke-on-Trent "
        "and east London before dawn on Wednesday and arrested six men on suspicion of "
        "preparing acts of terrorism, West Midlands Police said. The men, aged between 21 "
        "and 44, were detained at their homes without incident and taken to a police "
        "station in the West Midlands for questioning. Searches were continuing at seven "
        "addresses, and a car was seized. Police said the arrests were pre-planned and "
        "intelligence-led, and that there was no immediate risk to the public. Neighbours "
        "in Luton said armed officers had sealed off the street for about three hours. "
        '"These are serious allegations and it is right that we act at an early stage," '
        "the head of Counter Terrorism Policing West Midlands said. The men can be held "
        "for up to 14 days without charge under the Terrorism Act. A seventh man, arrested "
        "later in the day in Luton, was released without charge on Thursday.",
        "crime",
    ),
    (
        "Spanish police break up network recruiting for Islamic State online",
        "Spain's Guardia Civil said on Monday it had dismantled a network that spread "
        "Islamic State propaganda and recruited young people through encrypted messaging "
        "apps, arresting nine people in Barcelona, Madrid, Ceuta and Mallorca. The "
        "operation, carried out with the help of Europol, followed two years of "
        "investigation into channels that published manuals on making explosives and calls "
        "for attacks on Christmas markets. Officers seized phones, laptops and hard drives "
        "in searches of 12 homes. The youngest of those detained is 17 and will be dealt "
        "with by a juvenile court, the interior ministry said. Investigators said one of "
        "the suspects ran a channel with more than 6,000 followers and had offered to help "
        "others travel to Syria. The interior minister said jihadist radicalisation online "
        "had become the main threat Spain faced. Spain has kept its terror alert at level "
        "four out of five since 2015.",
        "crime",
    ),
    (
        "FBI arrests man accused of plotting Election Day attack in Oklahoma",
        "An Afghan national living in Oklahoma City has been charged with conspiring to "
        "provide material support to the Islamic State and planning an attack on Election "
        "Day, the US Justice Department said on Tuesday. The 27-year-old man and a "
        "juvenile accomplice were arrested after they arranged to buy two AK-47 rifles and "
        "ammunition from undercover FBI agents, according to a criminal complaint. "
        "Investigators said he had saved propaganda videos and researched live camera "
        "feeds of the White House. Prosecutors said there was no threat to the public at "
        "any time. The suspect had entered the United States in 2021 on a special "
        "immigrant visa programme. If convicted, he faces up to 20 years in prison on the "
        "material support charge. Republican lawmakers seized on the case to criticise the "
        "vetting of Afghan evacuees. His lawyer said he would plead not guilty, and a "
        "detention hearing was set for next week.",
        "crime",
    ),
    (
        "NIA arrests five over plan to trigger blasts during festival season",
        "India's National Investigation Agency said on Saturday it had arrested five men "
        "in Karnataka and Maharashtra accused of plotting to set off explosions in crowded "
        "places during the festival season. The men were allegedly part of a module "
        "inspired by the Islamic State and had tested crude bombs in a forest near "
        "Shivamogga, the agency said in a statement. Officers recovered electronic "
        "detonators, chemical powder and digital devices during searches at 11 locations. "
        '"Their plan was foiled well before it could be executed," an NIA official said. '
        "The accused have been booked under the Unlawful Activities (Prevention) Act and "
        "produced before a special court in Bengaluru, which sent them to seven days of "
        "custody. The agency said it was examining their links with handlers abroad who "
        "had instructed them through social media. The agency said two other suspects were "
        "still being sought, and announced a reward of Rs 3 lakh for information about "
        "them.",
        "crime",
    ),
    (
        "Bomb squad called to Manchester station finds harmless package",
        "Piccadilly station in Manchester was evacuated for almost three hours on Thursday "
        "afternoon after a suspicious package was found near the ticket barriers, causing "
        "delays to trains across the north of England. Army bomb disposal experts carried "
        "out a controlled explosion on the bag, which British Transport Police later said "
        "contained clothing and paperwork. Passengers were moved to the street outside, "
        "and trams were stopped at Market Street. A 52-year-old man was arrested on "
        "suspicion of a public order offence after allegedly making threats on board a "
        "train earlier in the day, police said. Officers stressed that the incident was "
        "not terror-related. The station reopened at around 5.30pm, and Network Rail "
        "apologised for the disruption. Police thanked the public for reporting the bag. "
        "It was the second evacuation at the station in a month, after a hoax call in "
        "October.",
        "crime",
    ),
    (
        "Pair charged after explosives found in car near Dutch parliament",
        "Two men have been charged with preparing a terrorist crime after police found "
        "explosive materials and a handgun in a car parked near the Dutch parliament in "
        "The Hague, the public prosecution service said on Friday. The men, a 28-year-old "
        "from Rotterdam and a 33-year-old from Arnhem, were stopped during a routine check "
        "on Tuesday night, and officers called in the special intervention service after "
        "seeing wires in the boot. No one was injured and the material was defused. "
        "Prosecutors said the suspects had written messages threatening politicians, "
        "including the leader of a right-wing party. The national coordinator for "
        "counter-terrorism kept the threat level at four out of five. A judge ordered the "
        "pair to be held for another two weeks. Their lawyers did not comment. Security "
        "around the parliament buildings, where renovation work is under way, has been "
        "tightened.",
        "crime",
    ),
    (
        "Police say Dublin stabbing not terror-related as suspect appears in court",
        "A man accused of stabbing a woman outside a shopping centre in north Dublin "
        "appeared in court on Monday, as gardaí said the attack was not being treated as "
        "terror-related despite speculation online. The 34-year-old was charged with "
        "assault causing serious harm and remanded in custody to appear again next month. "
        "The victim, in her forties, is recovering in Beaumont Hospital. Detectives said "
        "the man and the woman knew each other and that the incident arose from a dispute "
        "between them. Garda Commissioner Drew Harris urged people not to share unverified "
        "claims on social media after posts falsely described the suspect as an asylum "
        "seeker. Extra uniformed gardaí were deployed in the area over the weekend as a "
        "precaution. The justice minister said the force had her full support. A file is "
        "being prepared for the Director of Public Prosecutions.",
        "crime",
    ),
    (
        "Australian police charge 14-year-old over alleged plan to attack shopping centre",
        "A 14-year-old boy has been charged with planning a terrorist act after police "
        "found notes and online searches about attacking a shopping centre in Perth, the "
        "Australian Federal Police said. The boy was arrested at his family home in the "
        "city's southern suburbs by officers of the Joint Counter Terrorism Team, made up "
        "of federal and state police and ASIO. He appeared before a children's court and "
        "was refused bail. Police said he had been radicalised online in a matter of "
        'months and had been talking to people overseas through a messaging app. "We are '
        "seeing younger and younger people being drawn into violent extremism,\" the AFP's "
        "deputy commissioner for counter-terrorism said. No weapons were found. ASIO "
        "director-general Mike Burgess has warned that one in five of the agency's "
        "priority cases involves a young person. The boy's family said in a statement that "
        "they were cooperating fully with police.",
        "crime",
    ),
    (
        "French intelligence foils plot against Olympic football match in Saint-Étienne",
        "French police arrested an 18-year-old man from Chechnya in Saint-Étienne who was "
        "suspected of planning an attack on spectators at the Olympic football matches in "
        "the city, interior minister Gérald Darmanin said. The DGSI domestic intelligence "
        "service said the man had wanted to die a martyr and had sought to attack the "
        "football supporters and the security forces around the Geoffroy-Guichard stadium. "
        "He was placed under formal investigation by the national anti-terrorism "
        "prosecutor's office. Mr Darmanin said it was the third plot targeting the Games "
        "to be thwarted since the spring. About 45,000 police and gendarmes were deployed "
        "in the Paris region for the opening ceremony on the Seine. The minister said the "
        "threat level remained very high but that the public should not be afraid to "
        "attend. The suspect's phone held instructions on making explosives, according to "
        "a source close to the inquiry.",
        "crime",
    ),
    (
        "Kenyan detectives arrest suspected al-Shabaab recruiters in Mombasa",
        "Anti-Terror Police Unit officers have arrested three men in Mombasa suspected of "
        "recruiting young people for al-Shabaab and facilitating their travel to Somalia, "
        "the Directorate of Criminal Investigations said on Sunday. The suspects were "
        "picked up in Majengo and Kisauni after months of surveillance, and officers "
        "recovered mobile phones, jihadist literature and bus tickets to Lamu. Detectives "
        "said at least eight young men from the coast had been lured with promises of jobs "
        "in the Gulf before being diverted across the border. The three will be arraigned "
        "at the Shanzu law courts on Monday, where police will seek 30 days to complete "
        "investigations. Parents in the area have complained that police operations in the "
        "neighbourhoods target innocent youths. Rights group Haki Africa urged the police "
        "to follow due process. The DCI urged parents to report sudden changes in their "
        "children's behaviour.",
        "crime",
    ),
    (
        "Singapore detains teenager radicalised by far-right videos under Internal Security Act",
        "A 16-year-old Singaporean student has been detained under the Internal Security "
        "Act after he was found to have made plans to attack Muslims at two mosques, the "
        "Internal Security Department said on Wednesday. The boy, who described himself as "
        "an East Asian supremacist, had been influenced by the 2019 Christchurch attacks "
        "and watched far-right videos online, the department said. He had looked into "
        "buying a firearm and a tactical vest but had not acquired any weapons. He was "
        "detained in March before he could act on his plans. The ministry of home affairs "
        "said he would undergo religious and psychological counselling. It is the fourth "
        "case involving a teenager this year. Community leaders thanked the authorities "
        "and called for calm. Under the law he can be held for up to two years without "
        "trial, and the order can be renewed. His family has been allowed to visit him.",
        "crime",
    ),
    (
        "Blast that destroyed Lyon apartment was caused by gas leak, prosecutor says",
        "An explosion that ripped through a four-storey apartment building in Lyon's "
        "seventh arrondissement on Saturday morning was caused by a gas leak and was not a "
        "criminal act, the city's prosecutor said on Sunday. Two residents were killed and "
        "11 injured, three of them seriously, when the blast brought down part of the "
        "facade. The anti-terrorism prosecutor's office had been informed as a matter of "
        "routine but did not take up the case. Firefighters said the gas supply to the "
        "building had been reported as faulty days earlier. Rescue teams with sniffer dogs "
        "searched the rubble into the night for a missing resident, who was found alive. "
        "About 60 people from neighbouring buildings spent the night in a gymnasium. The "
        "mayor announced a fund for the families. Engineers were checking the pipes in the "
        "rest of the street on Sunday, and residents were told they could not go home "
        "before Tuesday.",
        "accident",
    ),
    (
        "Fire at Jakarta fuel depot not sabotage, police conclude",
        "A fire that tore through a fuel storage depot in north Jakarta last week, killing "
        "17 people in nearby homes, was caused by a lightning strike that ignited a "
        "leaking pipe and not by sabotage, Indonesian police said on Monday. The "
        "counter-terrorism unit Densus 88 had joined the investigation after rumours "
        "spread online that militants had attacked the Pertamina facility. Investigators "
        "found no trace of explosives, a police spokesman said. More than 1,000 residents "
        "of the crowded Tanah Merah area were evacuated during the blaze, which burned for "
        "several hours. The state energy firm said it would review safety around all of "
        "its depots. Residents said they had long feared living so close to the tanks. The "
        "government has promised to relocate the depot. A parliamentary commission has "
        "summoned the depot's managers to a hearing next week, and families of the dead "
        "are considering legal action.",
        "accident",
    ),
    (
        "Champions League final security: UEFA rejects calls to move match over terror threat",
        "UEFA said on Thursday the Champions League final would go ahead in Istanbul as "
        "planned, rejecting calls from supporters' groups to move the match after Turkish "
        "police raised security at the Atatürk Olympic Stadium. About 3,500 police "
        "officers and private stewards will be on duty, and fans will pass through three "
        "rings of checks, the organisers said. Both clubs said they had received "
        "assurances about their supporters' safety. The match is a repeat of the 2005 "
        "final, when Liverpool came back from 3-0 down at half-time to beat AC Milan on "
        "penalties in one of the great comebacks. Both managers say their sides are ready "
        "for the battle, and the English club's striker, who has been in deadly form, was "
        "passed fit on Wednesday. Kick-off is at 10pm local time. Turkish officials said "
        "there was no specific threat against the final. Tickets for the neutral section "
        "sold out within hours.",
        "sport",
    ),
]
