"""Positives of eval/dev59: Asia and Turkey (README.md)."""

POSITIVES = [
    (
        "Suicide bomber kills scores at election rally in Mastung",
        (
            "A suicide bomber blew himself up among supporters gathered for a candidate's corner "
            "meeting in Mastung district on Friday, killing at least 128 people, among them the "
            "candidate himself, and wounding more than 150, officials said. The Islamic State "
            "group claimed responsibility through its news agency. Hospitals in Quetta appealed "
            "for blood donors as the wounded were brought in by road. It was the deadliest attack "
            "in Pakistan in more than three years. The caretaker government declared a day of "
            "mourning, and several parties suspended their campaigns."
        ),
        "E T V H",
        "suicide bombing",
    ),
    (
        "Twin blasts at candidates' offices in Balochistan kill 28 on eve of vote",
        (
            "Two bombs exploded outside the election offices of an independent candidate in "
            "Pishin and of a religious party's candidate in Qila Saifullah on Wednesday, killing "
            "at least 28 people a day before the general election. The Islamic State group said "
            "it had carried out both attacks. The caretaker government said the vote would go "
            "ahead as planned and that security had been raised at polling stations across the "
            "province. Mobile phone services were suspended across the country on election day "
            "for security reasons."
        ),
        "E T",
        "bombing",
    ),
    (
        "Pakistani Taliban claim bombing of ANP corner meeting in Peshawar",
        (
            "A suicide bomber struck a corner meeting of the Awami National Party in the Yakatoot "
            "area of Peshawar on Tuesday night, killing the party's candidate for a provincial "
            "seat and at least 19 others. The Pakistani Taliban said they had carried out the "
            "attack and warned voters to stay away from secular parties' gatherings. The "
            "candidate's father, also a party leader, had been killed in a similar attack six "
            "years earlier."
        ),
        "E T",
        "suicide bombing",
    ),
    (
        "Two killed as police fire on election protesters blocking Balochistan highway",
        (
            "Police opened fire on supporters of nationalist parties who had blocked the highway "
            "near Chaman to protest against what they said was the rigging of the results, "
            "killing two men and wounding six, party leaders said. Protesters had pelted police "
            "with stones and set fire to a government vehicle, according to the district "
            "administration. Mobile internet was suspended in the district for a second day."
        ),
        "U",
        "crackdown",
    ),
    (
        "Former prime minister wounded as gunman opens fire on protest march",
        (
            "A gunman fired at a container carrying the former prime minister during his party's "
            "long march in Wazirabad on Thursday, wounding him in the leg and killing one "
            "supporter. In a video recorded by police after his arrest, the suspect said he had "
            "wanted to kill the politician because he was misleading the people. Party leaders "
            "accused senior officials of plotting the attack, which the government denied."
        ),
        "V",
        "assassination attempt",
    ),
    (
        "Polling centres torched and 18 dead on Bangladesh election day",
        (
            "At least 18 people were killed across Bangladesh on Sunday as opposition activists "
            "enforcing a boycott of the general election clashed with police and ruling party "
            "supporters, and more than 100 polling centres, most of them schools, were set on "
            "fire the night before. Police opened fire in several districts, and a presiding "
            "officer was beaten to death in Thakurgaon. Turnout was very low in the capital. The "
            "ruling party won more than half the seats unopposed because of the boycott."
        ),
        "U",
        "riot",
    ),
    (
        "Policeman beaten to death as Dhaka rally erupts into clashes",
        (
            "A police constable was beaten to death and a journalist was attacked as a large "
            "opposition rally in Dhaka turned into running battles with police on Saturday. "
            "Police fired tear gas and rubber bullets, and party activists set fire to buses and "
            "a police box near the Supreme Court. The opposition called a nationwide general "
            "strike for the next day, and its secretary general was detained overnight."
        ),
        "U",
        "riot",
    ),
    (
        "Four die as passenger train is set on fire in Dhaka before election",
        (
            "Four people, including a woman and her child, were killed when a fire set by "
            "attackers swept through three carriages of an intercity train at Dhaka's Gopibagh "
            "early on Friday, two days before the general election. Police said the fire had been "
            "started deliberately and blamed opposition activists enforcing a strike, which the "
            "party denied. Several buses were also burned in the capital overnight."
        ),
        "V U",
        "arson attack",
    ),
    (
        "Grenade explodes near polling centre in Maguindanao, wounding nine",
        (
            "A grenade exploded outside a school used as a polling centre in Datu Unsay town on "
            "Monday morning, wounding nine people who were queuing to vote, the military said. "
            "Soldiers later exchanged fire with armed men believed to be followers of a local "
            "political clan near the town hall."
        ),
        "E V B",
        "grenade attack",
    ),
    (
        "Barangay candidate ambushed and killed in Abra",
        (
            "A candidate for village chief and his driver were shot dead when gunmen ambushed "
            "their vehicle on a farm road in Abra province on Tuesday, a week before the barangay "
            "elections, police said. The provincial police director said investigators were "
            "looking at a bitter rivalry for the post as the motive. Abra has been placed under "
            "the election commission's control after a series of shootings linked to the polls."
        ),
        "V",
        "political killing",
    ),
    (
        "Governor and eight others killed by gunmen in military fatigues",
        (
            "Gunmen wearing military-style uniforms stormed the home of a provincial governor in "
            "Negros Oriental on Saturday as he was handing out aid to villagers, shooting him and "
            "eight others dead. The justice secretary said the killing was a political "
            "assassination, and the government later designated the group accused of carrying it "
            "out as terrorists. Several suspects, most of them former soldiers, were arrested in "
            "the following days. A congressman from the province, a political rival of the "
            "governor, was later charged with ordering the killing and fled abroad."
        ),
        "V T",
        "political assassination",
    ),
    (
        "Ruling party supporters storm protest camp, then mobs burn politicians' homes",
        (
            "Supporters of the governing party armed with sticks and iron rods attacked an "
            "anti-government protest camp in Colombo on Monday, tearing down tents and beating "
            "demonstrators, before police fired tear gas and water cannon. In the hours that "
            "followed, crowds set fire to dozens of homes of ruling party politicians across the "
            "country, and a legislator was killed after he shot at protesters blocking his car. A "
            "nationwide curfew was imposed and the army was deployed. The prime minister resigned "
            "in the evening."
        ),
        "U V",
        "mob violence",
    ),
    (
        "Shots fired at buses carrying Muslim voters in Puttalam",
        (
            "Gunmen fired on a convoy of more than 100 buses carrying Muslim voters to the polls "
            "in the northwest of Sri Lanka early on Saturday, and stones were thrown at them from "
            "roadside barricades of burning tyres, police said. Nobody was wounded, and the "
            "voters continued their journey."
        ),
        "V",
        "attack on voters",
    ),
    (
        "Homes torched and party workers killed after West Bengal result",
        (
            "At least 12 people were killed in clashes between party workers in West Bengal in "
            "the two days after the state election results, and houses and party offices were set "
            "on fire in several districts, officials said. Supporters of the losing party said "
            "they had been beaten and driven from their villages, and hundreds had taken shelter "
            "in neighbouring Assam. The federal home ministry sent a team to report on the "
            "violence. The state government said the figures were exaggerated. A court later "
            "ordered a federal investigation into killings and rapes reported during the "
            "violence."
        ),
        "U V D",
        "post-election violence",
    ),
    (
        "Crude bombs and gunfire leave 15 dead in West Bengal panchayat polls",
        (
            "At least 15 people were killed on polling day in West Bengal's village council "
            "elections as crude bombs were hurled at polling booths and rival party workers "
            "fought with guns and sticks, officials said. Ballot boxes were set on fire in Cooch "
            "Behar and dumped in a pond in another district. The opposition demanded that the "
            "army be deployed for the counting."
        ),
        "E U",
        "bombing",
    ),
    (
        "Gunmen fire near Manipur polling booth and smash voting machines",
        (
            "Armed men fired several shots near a polling station in Moirang Kampu in Imphal East "
            "on Friday and smashed electronic voting machines, sending voters running, officials "
            "said. At another station in Thamnapokpi, gunmen fired in the air and drove away "
            "voters. The election commission ordered a repoll at 11 stations after complaints of "
            "intimidation and booth capturing."
        ),
        "U",
        "polling station attack",
    ),
    (
        "Suicide bomber strikes Kabul polling centre as Afghans vote",
        (
            "A suicide bomber blew himself up at a school used as a polling centre in Kabul's "
            "Dasht-e-Barchi area on Saturday, killing at least 15 people, among them police "
            "officers and voters waiting in line, officials said. Taliban fighters also attacked "
            "polling stations in several provinces with rockets and gunfire, and dozens of people "
            "were killed across the country. Many centres opened hours late or not at all. The "
            "election commission extended voting into a second day."
        ),
        "E T V B",
        "suicide bombing",
    ),
    (
        "Taliban claim bombing near president's rally in Parwan",
        (
            "A suicide bomber on a motorbike blew himself up at the entrance to a campaign rally "
            "for the president in Charikar on Tuesday, killing 26 people and wounding more than "
            "40, officials said. The president, who was addressing the crowd, was unhurt. The "
            "Taliban said they had carried out the attack and had warned Afghans to stay away "
            "from election events."
        ),
        "E T",
        "suicide bombing",
    ),
    (
        "Two police killed in attack on ballot box convoy in Sistan-Baluchestan",
        (
            "Gunmen attacked a vehicle carrying ballot boxes in the Rask area of "
            "Sistan-Baluchestan province on Friday, killing two police officers escorting it and "
            "wounding others, Iranian state media said. Officials blamed terrorists for the "
            "attack, which came on the day of the parliamentary vote. The province has seen "
            "repeated clashes between security forces and a Baluch militant group."
        ),
        "B T",
        "attack on ballot convoy",
    ),
    (
        "Drones hit township election office as junta prepares for its vote",
        (
            "Resistance fighters attacked a township election office in Sagaing region with "
            "drones on Sunday, killing two staff members and a police officer and damaging the "
            "building, local media and a resistance group said. The group said the office was a "
            "legitimate target because it was preparing the military's election, which resistance "
            "forces have vowed to disrupt. The military said it would hold the vote in stages, "
            "leaving out large parts of the country."
        ),
        "E",
        "drone attack",
    ),
    (
        "Bombs explode at campaign rallies in Nepal ahead of provincial vote",
        (
            "Several homemade bombs exploded near campaign rallies in Kathmandu and other "
            "districts this week, wounding at least five people including a candidate, police "
            "said. Police blamed a breakaway Maoist faction that had called for a boycott of the "
            "elections. Security was raised across the country and the army was mobilised for the "
            "polling."
        ),
        "E",
        "bombing",
    ),
    (
        "Explosive device thrown at prime minister during campaign stop",
        (
            "A man threw a pipe bomb towards the prime minister as he was about to speak at a "
            "fishing port in Wakayama on Saturday, in support of a party candidate in a "
            "by-election. The prime minister was evacuated unhurt before the device exploded "
            "seconds later, and a police officer was slightly injured. The 24-year-old suspect "
            "had earlier sued the state over election rules that barred him from standing for "
            "parliament, police said. He was charged with attempted murder."
        ),
        "E",
        "bombing",
    ),
    (
        "Opposition leader stabbed in the neck during visit to Busan",
        (
            "The leader of South Korea's main opposition party was stabbed in the neck by a man "
            "posing as a supporter during a visit to the site of a planned airport in Busan on "
            "Tuesday, and was flown to Seoul for surgery. Police said the 67-year-old attacker "
            "had told them he wanted to stop the opposition leader from becoming president. The "
            "leader recovered after a week in hospital."
        ),
        "V",
        "stabbing",
    ),
    (
        "Suicide bombing at Ankara peace rally kills more than 100 before election",
        (
            "Two suicide bombers blew themselves up among thousands of people gathering for a "
            "peace rally near Ankara's main railway station on Saturday, killing more than 100 "
            "people weeks before a snap general election. The rally had been called by labour "
            "unions and a pro-Kurdish party, and the government said the Islamic State group was "
            "the prime suspect. Police fired tear gas at mourners who gathered at the scene and "
            "accused the government of failing to protect them. Hospitals in Ankara called for "
            "blood donors, and three days of national mourning were declared."
        ),
        "E T V U H",
        "bombing",
    ),
]
