"""dev428 positives, part B: the north-west again (Lakurawa, Sokoto, hunger), the Middle Belt
(Plateau and Benue), the south-east (unknown gunmen, IPOB/ESN and the army) and political
violence (elections, #EndSARS in October 2020, #EndBadGovernance in August 2024)."""

POSITIVES = [
    (
        "Lakurawa terrorists kill 15 in Kebbi village, rustle cattle",
        "Members of the Lakurawa terrorist group on Friday killed at least 15 people in "
        "Mera, a village in Augie Local Government Area of Kebbi State. The police "
        "spokesperson in the state, CSP Nafiu Abubakar, said the attackers, who came from "
        "across the border with Niger Republic, also rustled a large number of cattle. "
        "Residents said the victims were mostly young men who had tried to stop the fighters "
        "from taking the animals. The group, which the Defence Headquarters says is linked "
        "to jihadists in the Sahel, first appeared in Sokoto and Kebbi in 2018, preaching "
        "and offering protection to herders. It has since begun to impose levies and punish "
        "villagers who cooperate with the authorities. Governor Nasir Idris visited Mera on "
        "Saturday and promised support to the families of the dead. Soldiers have been "
        "deployed to the area, a military source said. Residents said many families had "
        "moved to Augie town for safety. A community leader said the fighters had warned "
        "villagers a week earlier not to report their movements.",
        "V T D",
        "attack",
    ),
    (
        "Sokoto: Bandits ambush troops in Sabon Birni, kill seven soldiers",
        "Seven soldiers were killed on Wednesday when bandits ambushed a military patrol "
        "near Gatawa in Sabon Birni Local Government Area of Sokoto State, security sources "
        "said. The troops were on their way to reinforce a base at Gangara when they ran "
        "into the gunmen, who opened fire from both sides of the road, according to one "
        "source. A fierce exchange of fire followed, and a number of the attackers were also "
        "killed. Two army vehicles were burnt. The area is controlled by the bandit leader "
        "Bello Turji, whose fighters have repeatedly attacked villages and security posts in "
        "the eastern part of the state. Residents of Gatawa said many families had left for "
        "Sabon Birni town after the ambush, fearing reprisal raids. The Army's 8 Division in "
        'Sokoto confirmed "an encounter" but did not give casualty figures. A lawmaker '
        "representing the area, Aminu Boza, urged the federal government to send more "
        "troops.",
        "B D",
        "ambush",
    ),
    (
        "MSF: Child malnutrition soars in Katsina as bandit raids keep farmers off land",
        "Medecins Sans Frontieres (MSF) says the number of severely malnourished children "
        "admitted to its centres in Katsina State has more than doubled this year, as "
        "attacks by armed bandits keep families from their farms. The medical charity said "
        "on Thursday that it treated about 12,000 children in its inpatient feeding centre "
        "in Katsina town between January and July, many of them in critical condition. Its "
        "head of mission in Nigeria said mothers told staff of villages raided in the past "
        "weeks, of husbands killed or kidnapped and of harvests they could not reach. "
        '"Violence is a driver of this crisis," the official said. Thousands of displaced '
        "people from Faskari, Danmusa and Safana are living in host communities in the state "
        "capital, according to local officials. MSF appealed to donors and the government to "
        "scale up food aid, warning that the lean season had only just begun. The state "
        "government said it had distributed grain to affected communities. Nutrition surveys "
        "by the organisation in several local government areas found rates of acute "
        "malnutrition above emergency thresholds. Some families told MSF they had been "
        "forced to pay bandits before they could harvest their own crops.",
        "H D V",
        "humanitarian",
    ),
    (
        "Bokkos: Death toll from Christmas Eve attacks on Plateau villages rises to 160",
        "The death toll from coordinated attacks on villages in Bokkos and Barkin Ladi local "
        "government areas of Plateau State has risen to 160, the chairman of Bokkos Local "
        "Government Council, Monday Kassah, said on Tuesday. Gunmen attacked at least 17 "
        "communities on Saturday night and Sunday, shooting residents and burning houses as "
        "many prepared for Christmas. Kassah said more than 300 people were injured and "
        "taken to hospitals in Bokkos, Jos and Barkin Ladi. Residents said the attackers "
        "came in large numbers and operated for hours before security forces arrived. "
        "Amnesty International said the authorities had failed to act on warnings. Governor "
        'Caleb Mutfwang described the killings as "barbaric, brutal and unjustified" and '
        "imposed a curfew. Thousands of survivors have fled to Bokkos town and Mangu, where "
        "churches and schools are being used as shelters. The police said eight suspects had "
        "been arrested. Residents of Mushu, one of the worst-hit villages, said they buried "
        "21 people in a single grave. Some survivors said distress calls to security "
        "agencies went unanswered for hours. The Christian Association of Nigeria in the "
        "state urged the federal government to allow local vigilantes to carry arms. "
        "President Bola Tinubu ordered security agencies to fish out the perpetrators.",
        "V D",
        "massacre",
    ),
    (
        "Yelwata: Gunmen kill scores in Benue overnight attack, IDPs among victims",
        "Scores of people were killed on Friday night when gunmen attacked Yelwata, a "
        "community in Guma Local Government Area of Benue State. Amnesty International "
        "Nigeria said about 100 people were killed and many more injured, while community "
        "leaders put the figure higher. Many of the victims were displaced farmers who had "
        "been sheltering in the market square and in makeshift camps in the town after "
        "earlier attacks. Witnesses said the attackers locked some families in their homes "
        'before setting them on fire. "We have been burying people since morning," a youth '
        "leader in the town told Channels Television. Hundreds of injured victims were taken "
        "to hospitals in Makurdi, where the Benue State University Teaching Hospital "
        "appealed for blood donors. The state government said survivors had been moved to "
        "camps in Daudu and Makurdi, where food and mats were being distributed. President "
        "Bola Tinubu ordered security agencies to arrest the perpetrators. Governor Hyacinth "
        "Alia, who visited Yelwata on Saturday, said the attack was the worst in the state "
        'in years. "These are people who had already lost their homes once," he said. The '
        "Catholic Diocese of Makurdi said a parish building used as a shelter was among "
        "those burnt. Security agencies deployed more troops to Guma and set up checkpoints "
        "along the Makurdi-Lafia road.",
        "V D H",
        "massacre",
    ),
    (
        "Bassa: 51 killed as gunmen invade Zike community in Plateau",
        "At least 51 people were killed in the early hours of Monday when gunmen invaded "
        "Zike, a community in the Kimakpa area of Bassa Local Government Area of Plateau "
        "State. The National President of the Irigwe Development Association, Sunday Abdu, "
        "said the attackers struck at about 1am, while residents were asleep. Many homes "
        "were burnt, and some of the victims were hacked to death, he said. The state police "
        "command confirmed the attack and said a team had been deployed to the community. "
        "The Special Task Force, Operation Safe Haven, said troops had begun a search of the "
        "surrounding hills for the attackers. Governor Caleb Mutfwang, who visited Zike on "
        'Monday, said the killings were "a calculated attempt to depopulate" the area. It '
        "was the second attack on Bassa in less than a month. Residents of nearby villages "
        "have moved to Miango and Jos, community leaders said.",
        "V M D",
        "massacre",
    ),
    (
        "Mangu: Curfew as renewed violence claims lives, thousands displaced",
        "The Plateau State Government on Tuesday imposed a 24-hour curfew on Mangu Local "
        "Government Area after renewed violence in which dozens of people were killed and "
        "hundreds of houses burnt. Residents said armed men attacked villages including "
        "Kubwat, Fungzai and Sabon Gari on Monday, shooting residents and looting shops, and "
        "that groups of youths from both sides then clashed in the town. A member of the "
        "state House of Assembly said more than 100 people had been killed since the "
        "violence began in May. The Plateau State Emergency Management Agency said about "
        "30,000 people were sheltering in schools and churches in Mangu, Bokkos and Jos. "
        '"Our community has become a graveyard," said a pastor in Kubwat. The Special Task '
        "Force said its troops had been deployed to the affected villages and had arrested "
        "14 suspects. The Mwaghavul Development Association accused the security forces of "
        "failing to respond to distress calls.",
        "V U D",
        "communal_violence",
    ),
    (
        "Benue: Camps overflow as attacks in Guma, Logo drive out 7,000 in a week",
        "Camps for internally displaced persons in Benue State are overflowing after a week "
        "of attacks on farming communities in Guma and Logo local government areas. The "
        "Executive Secretary of the Benue State Emergency Management Agency (SEMA), Sir "
        "James Iorpuu, said about 7,000 new arrivals had been registered at camps in Daudu "
        "and Ortese since last Sunday. He said gunmen had raided at least six villages, "
        'killing farmers in their fields and burning houses. "Some of them came with gunshot '
        'and machete wounds," Iorpuu said. The camps, already home to more than 100,000 '
        "people, lack toilets, clean water and food, camp officials said. Women told our "
        "correspondent they had walked for two days with their children. The agency appealed "
        "to the National Emergency Management Agency (NEMA) and humanitarian organisations "
        "to send relief materials. The police said they had deployed tactical teams to the "
        "affected areas. Some of the arrivals were sleeping in the open because there were "
        "no more tents, according to volunteers. A doctor at a clinic in the Daudu camp said "
        'cases of diarrhoea and malaria among children had risen sharply. "We need '
        'everything, food, drugs, mats, water," said a camp chairman.',
        "D H V",
        "displacement",
    ),
    (
        "Gunmen attack Owerri prison, police HQ, free 1,844 inmates",
        "Gunmen in the early hours of Monday attacked the Owerri Custodial Centre and the "
        "Imo State Police Command headquarters, freeing 1,844 inmates, the Nigerian "
        "Correctional Service said. The attackers, who arrived in buses and pickup trucks, "
        "used explosives to blast their way into the prison and engaged police officers in a "
        "gun battle that lasted for about two hours, witnesses said. Vehicles at the police "
        "headquarters were set on fire. The Inspector-General of Police, Mohammed Adamu, "
        "blamed the attack on the proscribed Indigenous People of Biafra (IPOB) and its "
        "armed wing, the Eastern Security Network, a claim the group denied. Thirty-five "
        "inmates returned on their own, the correctional service said. President Muhammadu "
        "Buhari described the attack as an act of terrorism and ordered security chiefs to "
        "hunt down the perpetrators. Residents of Owerri stayed indoors for most of Monday. "
        "The Controller-General of the Correctional Service urged the escaped inmates to "
        "return, promising that they would not face extra charges. Soldiers were deployed to "
        "guard government buildings in the city, and shops on Douglas Road stayed shut.",
        "B E T",
        "attack",
    ),
    (
        "Aba: Five soldiers killed at Obikabia checkpoint as army vows reprisal",
        "Five soldiers were killed on Thursday when gunmen attacked a military checkpoint at "
        "Obikabia junction in Obingwa Local Government Area of Abia State. The Defence "
        "Headquarters said in a statement that the attackers, whom it described as members "
        "of IPOB's armed wing, the Eastern Security Network, also burnt military vehicles. "
        "The attack happened on a day the group had declared a sit-at-home to mark Biafra "
        "Heroes' Day. The Chief of Defence Staff, Gen Christopher Musa, said the military "
        'would "unleash mayhem" on those responsible. Residents said troops stormed nearby '
        "communities the following day in search of the attackers, and that many young men "
        "fled. Several houses were burnt during the operation, according to residents, a "
        "claim the army denied. Governor Alex Otti condemned the killings and urged "
        "residents to cooperate with the security forces.",
        "B M D",
        "attack",
    ),
    (
        "Anambra: Gunmen kill four policemen, set patrol van ablaze at checkpoint",
        "Four police officers were killed on Saturday when gunmen attacked a checkpoint in "
        "Ihiala Local Government Area of Anambra State. The spokesperson of the Anambra "
        "State Police Command, SP Tochukwu Ikenga, said the attackers arrived in two "
        "vehicles and opened fire on the officers, who returned fire. The gunmen then set "
        "the patrol van ablaze and escaped with the officers' rifles, he said. "
        "Reinforcements from the tactical units were deployed and a manhunt had begun, "
        "Ikenga said. Unknown gunmen have killed dozens of security personnel in the "
        "South-East since 2021, often on days of the sit-at-home order. Traders in Ihiala "
        "market shut their shops after the attack. The state Commissioner of Police, who "
        'visited the scene, said the officers died "defending the state". Witnesses said the '
        "gunmen chanted slogans before driving off towards Mbosi. Some residents of Ihiala "
        "left for neighbouring towns, fearing a raid by soldiers. Governor Charles Soludo "
        "described the attack as cowardly and urged residents to give information to the "
        "police. The Indigenous People of Biafra, in a statement by its spokesperson, denied "
        "any involvement.",
        "B D",
        "attack",
    ),
    (
        "Troops raid ESN camp in Orsu forest, kill commanders, free hostages",
        "Troops of Operation UDO KA have raided a camp of the Eastern Security Network in a "
        "forest in Orsu Local Government Area of Imo State, killing several fighters, the "
        "army said on Sunday. The acting Director of Army Public Relations said the soldiers "
        "came under fire as they approached the camp and overpowered the gunmen after a "
        "fierce firefight. Two commanders of the group were among those killed, he said. "
        "Three hostages held in the camp were rescued, and the troops recovered rifles, "
        "explosives and charms. Residents of Orsu said they heard gunfire for much of "
        "Saturday morning. The area has been a hideout for gunmen blamed for attacks on "
        "police stations and the killing of politicians in the state. The army said "
        "operations would continue across the South-East. The rescued hostages, two traders "
        "and a pastor, had been held for nearly two weeks, the army said. They were taken to "
        "a military hospital for checks before being reunited with their families.",
        "B M",
        "military_operation",
    ),
    (
        "Kogi poll: PDP women leader burnt to death in her house as thugs attack voters",
        "The PDP women leader in Ochadamu ward of Ofu Local Government Area of Kogi State, "
        "Salome Abuh, was burnt to death in her house on Monday, hours after the "
        "governorship election results were announced. Party officials said thugs believed "
        "to be loyal to the ruling party set her house ablaze with her inside after a "
        "dispute over the election. At least 10 people were killed in violence around "
        "Saturday's election, according to a coalition of civil society groups that "
        "monitored the poll. Observers said thugs shot at voters, snatched ballot boxes and "
        'attacked polling units in Lokoja, Dekina and Olamaboro. "It was not an election, it '
        'was a war," a Situation Room official said. The police said they had arrested '
        "several suspects. The PDP candidate, Musa Wada, rejected the results and said he "
        "would go to the tribunal. Observers said at least three electoral officers were "
        "held at gunpoint in Dekina. Women's groups in Lokoja held a vigil for Abuh on "
        "Wednesday.",
        "V U",
        "election_violence",
    ),
    (
        "Election day: Three killed in Kano as thugs attack polling units, burn ballots",
        "At least three people were killed in Kano State on Saturday as thugs attacked "
        "polling units and burnt ballot papers during the presidential and National Assembly "
        "elections. Police said two people were shot dead in Tudun Wada and one was stabbed "
        "in Gwale. In Lagos, voters at several polling units in Surulere and Oshodi were "
        "attacked by thugs who snatched ballot boxes and beat people who refused to leave, "
        "witnesses said. A journalist covering the polls was injured. The police "
        "spokesperson, Olumuyiwa Adejobi, said officers had arrested more than 200 people "
        "for electoral offences across the country. The Situation Room said the violence had "
        "kept many voters away from the polls. The Independent National Electoral Commission "
        "(INEC) said it would review results from the affected units.",
        "U V",
        "election_violence",
    ),
    (
        "#EndSARS: Soldiers open fire on protesters at Lekki toll gate as Lagos burns",
        "Soldiers on Tuesday night opened fire on protesters at the Lekki toll gate in "
        "Lagos, where demonstrators had been sitting for two weeks to demand an end to "
        "police brutality, witnesses said. Amnesty International said at least 12 protesters "
        "were killed at Lekki and at Alausa. The shooting began shortly after the Lagos "
        "State Government declared a 24-hour curfew. On Wednesday, hoodlums set ablaze "
        "police stations, a television station and buses, and looted shops across the city. "
        "Governor Babajide Sanwo-Olu said 30 people had been wounded and that he had asked "
        'for an inquiry. The army denied that its troops fired at the protesters. "They '
        'turned off the lights and began shooting," a protester told our reporter. Police '
        "said they had arrested dozens of people for arson and looting.",
        "U",
        "crackdown",
    ),
    (
        "#EndBadGovernance: 13 protesters shot dead, curfews in Kano, Borno, Katsina",
        "At least 13 protesters were killed on the first day of the #EndBadGovernance "
        "protests, according to Amnesty International, as police fired tear gas and live "
        "rounds at crowds in several northern states. In Kano, protesters looted shops and "
        "set the offices of the Nigerian Communications Commission ablaze, and the state "
        "government imposed a 24-hour curfew. Curfews were also declared in Borno, Katsina, "
        "Yobe and Jigawa. In Maiduguri and Gombe, police fired tear gas at crowds that had "
        "blocked major roads and burnt tyres. The Inspector-General of Police, Kayode "
        "Egbetokun, said 681 people had been arrested for looting, arson and vandalism. "
        "Protesters in Abuja and Lagos were tear-gassed, though those marches were largely "
        'peaceful. "We only asked for food," a protester in Kano said. The protests were '
        "called by a coalition of civil society groups over the cost of living since the "
        "removal of fuel subsidy. In Abuja, police fired tear gas at protesters at the MKO "
        "Abiola National Stadium. Human rights lawyers accused the police of using excessive "
        "force, while the force said its officers had acted within the law.",
        "U",
        "crackdown",
    ),
]
