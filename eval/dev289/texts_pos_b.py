"""dev289 positives, part B: unrest and crackdowns in Hong Kong, Taiwan, mainland China and the
Pacific (16 texts).

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset/__init__.py.
"""

POSITIVES = [
    (
        "Hong Kong police fire tear gas at pro-democracy crowds in Admiralty",
        "Hong Kong police fired volleys of tear gas and pepper spray at thousands of pro-democracy demonstrators who had blocked a main road near government headquarters on Sunday evening, the first use of tear gas in the city in nearly a decade. Riot officers in gas masks advanced along Harcourt Road as protesters, many of them students, raised their hands in the air and shielded themselves with umbrellas and cling film. The police said they had fired 87 rounds of tear gas over several hours, and that 26 people, including 12 officers, had been injured. Some protesters threw bottles and tried to push through metal barriers, according to a police statement. The crowds swelled rather than dispersed, and by midnight demonstrators had spilled into Causeway Bay and Mong Kok. Occupy Central co-founder Benny Tai urged people to stay calm and avoid confrontation. Chief Executive Leung Chun-ying said the police had shown “maximum restraint” and urged people to go home. Several banks and schools in Central and Wan Chai said they would stay closed on Monday.",
        "U",
        "crackdown",
    ),
    (
        "Dozens hurt as police and protesters clash through the night in Mong Kok",
        "Police used batons and pepper spray to push back hundreds of protesters in Mong Kok overnight, in some of the worst clashes since the Occupy movement began last month, leaving dozens of people injured. The trouble started when demonstrators tried to reoccupy a stretch of Argyle Street that officers had cleared on Friday morning, and carried on until dawn. At least 15 police officers were hurt, a police spokesman said, and 26 people were arrested for offences including assaulting officers and unlawful assembly. The Hospital Authority said 18 people had been treated in hospital. Reporters at the scene saw protesters erect new barricades with wooden pallets and rubbish bins, while officers struck people at the front of the crowd with batons. A student leader said the police had “attacked peaceful people without warning”. Taxi drivers and shopkeepers in the area have complained of lost income since the protest camps were set up. The government has said talks with student leaders will go ahead next week.",
        "U",
        "clash",
    ),
    (
        "Lunar New Year night ends in Mong Kok riot, 90 officers injured",
        "Hong Kong's worst street violence in decades broke out in Mong Kok on the first night of the Lunar New Year, after officers tried to clear unlicensed hawkers selling fishballs and other snacks. Protesters hurled bricks dug up from pavements, glass bottles and rubbish bins at police and set fire to debris in the streets, while an officer fired two warning shots into the air. Some 90 police officers and several journalists were injured, the police said, and 61 people were arrested. Television footage showed officers being kicked as they lay on the ground and others striking protesters with batons. Chief Executive Leung Chun-ying called it a riot and said the government would not tolerate such violence. Members of the localist group Hong Kong Indigenous, which had called on people to defend the hawkers, were among those detained. A resident of Portland Street said she had heard shouting and glass breaking until about 8am. Pan-democrat lawmakers condemned the violence but said the government should examine why young people were so angry.",
        "U",
        "riot",
    ),
    (
        "Police fire rubber bullets and tear gas as protesters surround Hong Kong legislature",
        "Police fired rubber bullets, bean bag rounds and about 150 canisters of tear gas on Wednesday to drive back tens of thousands of protesters who surrounded the Legislative Council to stop debate on a bill that would allow extraditions to mainland China. Demonstrators, most of them young and wearing masks and helmets, threw bricks, bottles and metal poles at lines of officers on Lung Wo Road and Tim Mei Avenue. The Hospital Authority said 72 people aged between 15 and 66 had been taken to hospital by late evening, two of them in a serious condition. Police Commissioner Stephen Lo said the force had been forced to respond to a riot. The legislature postponed the second reading of the bill, and by night most demonstrators had been pushed into Wan Chai. “We only had umbrellas,” said a 21-year-old university student who was hit in the leg. Chief Executive Carrie Lam said in a televised statement that it was an organised riot and not an act of love for Hong Kong. Several journalists were also hit by pepper spray and tear gas.",
        "U",
        "crackdown",
    ),
    (
        "White-clad men attack commuters at Yuen Long station, 45 injured",
        "Dozens of men dressed in white T-shirts and armed with rods and rattan canes attacked passengers and protesters returning from a demonstration at Yuen Long MTR station on Sunday night, injuring at least 45 people, one of them critically. Video streamed live by a journalist showed men beating people inside a train carriage and on the platform, as passengers screamed and tried to shield themselves with umbrellas. Among the injured was a pro-democracy lawmaker, Lam Cheuk-ting, who was hit in the mouth. Residents said they had called the police emergency line repeatedly but that officers did not arrive until after the attackers had left. The attackers, some of them believed to be linked to triad gangs, were later seen in nearby villages. Police said they had arrested no one on the night, prompting accusations that the force had colluded with the mob, which it denied. Earlier, riot police fired tear gas at protesters who had defaced the central government's Liaison Office in Sai Wan. Chief Executive Carrie Lam condemned the violence at both places.",
        "V U",
        "mob_attack",
    ),
    (
        "Teenager shot in chest by police as National Day protests turn violent",
        "A police officer shot an 18-year-old protester in the chest with a live round in Tsuen Wan on Tuesday, the first time a demonstrator had been hit by gunfire since protests began in June, as clashes broke out across Hong Kong on China's National Day. Video showed the secondary school student swinging a metal rod at the officer, who fired at close range as other protesters attacked a colleague lying on the ground. The teenager was in a stable condition after surgery, the Hospital Authority said. Police said officers fired six live rounds in four districts, as well as some 1,400 rounds of tear gas, 900 rubber bullets and 190 bean bag rounds. They said 180 people had been arrested and 25 officers hurt, while hospitals treated 104 people. Protesters set fire to MTR station entrances and shops with links to the mainland, and threw petrol bombs at police lines in Wong Tai Sin and Sham Shui Po. Commissioner Stephen Lo said the officer had acted lawfully because his life was in serious danger. In Beijing, thousands of troops marched past President Xi Jinping at a parade to mark 70 years of Communist rule. Students at the teenager's school in Tsuen Wan staged a sit-in on Wednesday morning, and classmates chanted slogans outside the school gates. He was later charged with rioting and assaulting police. The Hospital Authority said two of the people it treated on Tuesday were in a critical condition. Pro-democracy lawmakers said the use of live fire was a dangerous escalation, and called for an independent inquiry into the police's handling of the protests. The police said the officer had been following guidelines and that the force would not rule out using live rounds again.",
        "U",
        "crackdown",
    ),
    (
        "Hundreds trapped as police besiege Polytechnic University campus",
        "Hundreds of protesters remained trapped inside Hong Kong Polytechnic University on Tuesday after a night in which they tried repeatedly to break through police lines, some abseiling from a footbridge to waiting motorbikes. Police have surrounded the campus in Hung Hom since Sunday and have fired tear gas and rubber bullets at anyone trying to leave, while protesters hurled petrol bombs and fired arrows from the rooftops. An officer was hit in the leg by an arrow on Sunday, and an armoured vehicle was set ablaze on a bridge. The police said about 600 people had left the campus overnight, including 200 under 18 who had their names taken, while the rest were arrested on rioting charges. First-aid volunteers inside said dozens of people were suffering from hypothermia and the effects of tear gas, and that supplies were running low. Several parents gathered at a nearby church to beg officers to let their children out. The university's president, Teng Jin-guang, said he had been given assurances that the students would be treated fairly. Cross-Harbour Tunnel remained closed after protesters set fire to its toll booths.",
        "U",
        "siege",
    ),
    (
        "Officer stabbed and 370 arrested on first day of security law",
        "Hong Kong police arrested about 370 people on Wednesday, ten of them under the new national security law, as thousands defied a ban to protest on the anniversary of the city's handover to China. Riot police fired water cannon, tear gas and pepper balls to disperse crowds in Causeway Bay and Wan Chai, where some protesters set up barricades and threw bricks. An officer was stabbed in the arm by a man who fled on a motorcycle, the force said, and seven officers were injured. One of those arrested under the new law was a man carrying a flag reading “Hong Kong independence”, police said on social media. The law, which punishes secession, subversion, terrorism and collusion with foreign forces with up to life in prison, took effect at 11pm on Tuesday. In Beijing, officials said it would bring stability to the city and would only target a small minority. Activists said the law ended Hong Kong's autonomy. Several prominent activists disbanded their groups or said they would leave the city.",
        "U",
        "crackdown",
    ),
    (
        "Riot police fire rubber bullets at Wukan villagers after protest leader jailed",
        "Hundreds of riot police stormed the fishing village of Wukan in southern Guangdong in the early hours of Tuesday, firing tear gas and rubber bullets at residents who had protested for months over land seizures, villagers said. Photos shared on social media showed elderly residents with bloodied faces and bruised arms, and spent rounds lying on the ground. Local officials said the police had acted to restore order after villagers blocked roads and threw bricks, and that 13 people had been detained. Villagers said dozens had been injured, some of whom were afraid to go to hospital in case they were arrested. The raid followed the jailing last week of Lin Zulian, the village chief elected after a celebrated uprising in 2011, who was sentenced to 37 months for bribery. His supporters say the case was fabricated to stop him leading a fresh campaign for the return of land. Foreign journalists who tried to enter the village were turned back. The Lufeng city government offered rewards for information on what it called the instigators of the unrest.",
        "U",
        "crackdown",
    ),
    (
        "Men in plain clothes beat depositors protesting frozen bank accounts in Zhengzhou",
        "Hundreds of depositors who gathered outside a branch of the People's Bank of China in Zhengzhou on Sunday to demand access to their frozen savings were attacked by groups of men in plain white shirts, according to protesters and videos shared online. The footage showed men dragging protesters down the steps of the building, punching and kicking them, while uniformed police stood nearby. Several people were seen bleeding from the head, and a woman from Shandong said she had been thrown to the ground. Protesters, who had travelled from across the country, held banners reading “No deposits, no human rights”. Depositors at several rural banks in Henan have been unable to withdraw funds since April. Some said their health codes had been turned red after an earlier protest, preventing them from travelling. The Zhengzhou police said on Weibo that the protest had been “illegally organised” and that the situation had been handled in accordance with the law. Henan's banking regulator said on Monday it would begin repaying some customers.",
        "U",
        "crackdown",
    ),
    (
        "Foxconn workers clash with police in hazmat suits at Zhengzhou iPhone plant",
        "Workers at Foxconn's vast iPhone factory in Zhengzhou fought with security staff and police in white hazmat suits late on Tuesday and into Wednesday, in a protest over unpaid bonuses and Covid-19 controls, according to videos posted online. The footage showed hundreds of workers, many of them recently hired, marching through the campus and facing rows of officers with riot shields. Some workers kicked over barriers and smashed surveillance cameras, while police struck people with batons. One man was seen with blood streaming down his face. Workers said they had been promised bonuses when they were recruited to replace staff who fled the plant last month, and that the terms had been changed. Foxconn said it regretted “an input error in the computer system” and promised to pay workers what they had been promised.",
        "U",
        "unrest",
    ),
    (
        "Shanghai police drag away protesters on Wulumuqi Road as Covid anger spreads",
        "Police in Shanghai pushed, kicked and dragged away dozens of people who had gathered on Wulumuqi Road on Sunday to mourn the victims of a deadly apartment fire in Urumqi, according to witnesses and videos. Some protesters chanted “Xi Jinping, step down” and “Communist Party, step down”, rare open defiance of the top leadership. Officers forced people into buses and police cars, and a BBC journalist was beaten and kicked while being arrested, the broadcaster said. One man told a reporter that friends had been pinned to the ground and taken away before dawn. Protests also broke out at universities in Beijing and Nanjing, and in cities from Wuhan to Chengdu, where people held up blank sheets of paper. The fire in Urumqi killed ten people, and many residents believe that lockdown measures delayed the rescue, which local officials deny. By Monday evening, police had sealed off the road with blue barriers and were checking the phones of passers-by. China's foreign ministry said the spread of the protests did not reflect what was happening.",
        "U",
        "crackdown",
    ),
    (
        "Riot police beat residents protesting over Wuhan incinerator plan",
        "Thousands of residents of Yangluo, on the outskirts of Wuhan, clashed with riot police over several nights this week in protests against the planned construction of a waste incinerator, residents said. Videos posted on Weibo and WeChat before being deleted showed lines of officers with shields and batons charging into crowds and beating people lying on the ground. One resident said police fired tear gas in a residential compound, and that at least 20 people were taken to hospital. Police said a number of people who had “spread rumours” and attacked officers had been detained, without giving a figure. The protests began after the district government published plans for the plant on land near a residential area, where residents say the air is already polluted by heavy industry. Local officials said the plan was still under review and that public concerns would be taken into account.",
        "U",
        "crackdown",
    ),
    (
        "Chinatown in flames as Honiara riots enter third day",
        "Rioters set fire to buildings in Honiara's Chinatown for a third day on Friday, as unrest over the Solomon Islands government's switch of recognition from Taiwan to China spread across the capital. Police fired tear gas and rubber bullets to disperse crowds that looted shops and torched a bank, a school and a police station, and three charred bodies were found in a burned-out building in Chinatown. Many of the protesters came from Malaita, the most populous province, whose leaders opposed the 2019 decision to cut ties with Taipei. Prime Minister Manasseh Sogavare refused to resign and blamed “foreign powers” for stirring up the violence. Australia sent more than 100 police and soldiers to help restore order at the government's request, and Papua New Guinea and Fiji said they would send peacekeepers. Chinese businesses said they had lost everything. A shopkeeper who had lived in Honiara for 20 years said he had watched from a hill as his store burned. Police said looters had also broken into the national parliament compound and set fire to a building next to it on Wednesday. Beijing urged the government to protect Chinese nationals and businesses, and some Chinese residents took shelter in the city's hotels. More than 100 people have been arrested since Wednesday, police said.",
        "U",
        "riot",
    ),
    (
        "Chinese-owned shops looted in Port Moresby riots, embassy says",
        "Rioting and looting swept through Port Moresby and the city of Lae on Wednesday night after police walked off the job over pay, leaving at least 15 people dead and dozens of shops in ruins, Papua New Guinea's prime minister said. Crowds broke into supermarkets and stores, many owned by Chinese and other Asian migrants, carrying away goods and setting buildings on fire. The Chinese embassy said a number of Chinese-run businesses had been attacked and some Chinese nationals had been slightly hurt, and it lodged representations with the government. At least eight people were killed in the capital and seven in Lae, Prime Minister James Marape said, declaring a 14-day state of emergency. Soldiers were deployed to guard key buildings. Footage showed thick smoke over the city centre and men running from shops with televisions and sacks of rice. The unrest began after a protest by police, soldiers and prison guards over what the government said was an administrative error that cut their pay. Marape suspended senior officials in the police and finance departments.",
        "U",
        "riot",
    ),
    (
        "Police use batons and water cannon to clear students from Executive Yuan",
        "Riot police used batons, shields and water cannon early on Monday to remove hundreds of students and activists who had forced their way into the Executive Yuan, the seat of Taiwan's cabinet, in protest against a trade pact with China. Dozens of protesters were carried out one by one, and some were seen with bloody heads and hands. The police said 61 people were arrested, while hospitals in Taipei said they treated 174 people, including 52 officers. The protesters had broken through a side gate late on Sunday night after a week-long occupation of the Legislative Yuan by student groups opposed to the Cross-Strait Service Trade Agreement. Premier Jiang Yi-huah said the occupation of a government building could not be tolerated and that officers had used minimum force. Student leaders accused the police of beating people who were sitting peacefully with linked arms. Lawyers volunteered to represent those arrested. The students continued to occupy the legislature, and tens of thousands of people gathered outside it on Monday night.",
        "U",
        "crackdown",
    ),
]
