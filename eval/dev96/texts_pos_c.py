"""dev96 positives, part c: Asia, Latin America and the Caribbean, Yemen and Libya."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Papuan rebels claim killing of gold miners in Yahukimo, call them military spies",
        "The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua "
        "Organization (OPM), has claimed responsibility for the killing of at least 11 "
        "traditional gold miners in Yahukimo regency, Highland Papua, accusing them of being spies "
        "for the Indonesian military. The bodies were found this week at several mining camps "
        "along a river north of Dekai, and police said the victims had gunshot and stab wounds. A "
        "spokesman for the police's Cartenz Peace Task Force said joint teams had evacuated the "
        "bodies by helicopter to Dekai, the regency capital, and that a search for other miners "
        "was continuing. A TPNPB spokesman said in a statement that the miners had been 'working "
        "for the TNI and Polri' and warned all migrants to leave the area. Families of the "
        "victims, most of them migrants from Sulawesi and Java, rejected the accusation. Hundreds "
        "of miners have since left the area, some walking for days through the forest to reach "
        "Dekai. Human rights groups called on both sides to stop targeting civilians in the "
        "decades-long conflict, which has intensified since 2018.",
        "V D",
        "killing of miners",
    ),
    (
        "Blast during Sunday Mass at MSU gym in Marawi kills 4, injures dozens",
        "At least four people were killed and more than 40 others hurt when a bomb exploded during "
        "a Catholic Mass at the gymnasium of Mindanao State University in Marawi City on Sunday "
        "morning, police said. The explosion ripped through the gym shortly after 7 in the "
        "morning, where about 500 students and teachers had gathered for the first Sunday of "
        "Advent. The provincial police director said investigators had recovered fragments of a "
        "60mm mortar round that was used as an improvised explosive device. President Marcos "
        "condemned what he called an act 'perpetrated by foreign terrorists', and the Islamic "
        "State group later claimed responsibility through its Amaq news agency. Defense officials "
        "said the bombing might be retaliation for military operations that killed members of the "
        "Dawlah Islamiyah-Maute group in Lanao del Sur earlier in the week. The university "
        "suspended classes indefinitely and deployed more guards on campus. Marawi, a "
        "predominantly Muslim city, was besieged for five months in 2017 by militants who had "
        "pledged allegiance to the Islamic State.",
        "E T V",
        "bombing of Mass",
    ),
    (
        "BARMM polls reset again as Maguindanao clashes displace hundreds of families",
        "Congress on Wednesday approved a bill moving the first parliamentary elections of the "
        "Bangsamoro Autonomous Region in Muslim Mindanao (BARMM) to next year, the second "
        "postponement since the region was created in 2019. Supporters of the measure said the "
        "region needed time to redraw its districts after the Supreme Court excluded Sulu from "
        "the autonomous region, while critics said delays undermined the peace process. Meanwhile "
        "in Maguindanao del Sur, fighting between government troops and members of the "
        "Bangsamoro Islamic Freedom Fighters (BIFF) that began on Monday forced more than 600 "
        "families in Datu Saudi Ampatuan and Shariff Saydona Mustapha to leave their homes, "
        "provincial disaster officials said. The Army's 6th Infantry Division said soldiers "
        "launched the operation after receiving reports that a BIFF faction was extorting "
        "farmers, and that two soldiers and at least five militants had been killed. Evacuees "
        "were staying in schools and madrasa buildings in Shariff Aguak, where the regional "
        "social services ministry was distributing food packs. 'We only took the children and "
        "the carabao,' said a farmer from Datu Saudi Ampatuan.",
        "B M D",
        "clashes",
    ),
    (
        "Militants open fire on tourists at Baisaran meadow near Pahalgam, 26 killed",
        "Militants opened fire on a group of tourists at Baisaran meadow, a popular spot above "
        "Pahalgam in south Kashmir's Anantnag district, on Tuesday afternoon, killing 26 people "
        "and injuring several others, officials said. Most of the dead were tourists from "
        "different states of the country, and one was a local pony operator who tried to snatch a "
        "rifle from an attacker, witnesses said. The meadow, reachable only on foot or horseback, "
        "was crowded with visitors when the gunmen emerged from the surrounding forest. Survivors "
        "told reporters that the attackers singled out men after asking their names. The injured "
        "were shifted to the sub-district hospital in Pahalgam and later to Srinagar. The "
        "Resistance Front (TRF), an offshoot of the Lashkar-e-Taiba, claimed responsibility. "
        "Security forces launched a massive search operation in the forests around Baisaran. "
        "Chief Minister Omar Abdullah said the attack was much larger than anything directed at "
        "civilians in recent years. Traders and hoteliers in Srinagar observed a shutdown on "
        "Wednesday in protest against the killings, and candle-light marches were held across "
        "the Valley.",
        "T V M",
        "attack on tourists",
    ),
    (
        "Curfew in Imphal as mobs target legislators' homes after bodies found in Jiribam",
        "The Manipur government imposed an indefinite curfew in Imphal West and Imphal East "
        "districts on Saturday and suspended mobile internet in seven districts after mobs "
        "stormed the residences of several ministers and legislators, angered by the discovery of "
        "bodies believed to be of six people abducted from a relief camp in Jiribam. The bodies "
        "of a woman and two children were found floating in the Jiri river on Friday evening, and "
        "three more on Saturday, officials said. The six, all members of a Meitei family, had "
        "been missing since Monday, when armed men attacked the Borobekra police station and a "
        "nearby relief camp in Jiribam district. Security forces killed 10 suspected Kuki-Zo "
        "militants in the exchange of fire that day, the police said. In Imphal, crowds set fire "
        "to the house of a Bharatiya Janata Party legislator and ransacked property at the homes "
        "of two ministers. Police fired tear gas shells to disperse protesters who tried to reach "
        "Chief Minister Biren Singh's private residence. The Union Home Ministry had reimposed the "
        "Armed Forces (Special Powers) Act in six police station areas, including Jiribam, on "
        "Thursday. More than 250 people have been killed since ethnic violence broke out between "
        "the Meitei and Kuki-Zo communities in May 2023.",
        "V U B",
        "abductions and mob violence",
    ),
    (
        "Security forces end Jaffar Express siege; 21 passengers, four FC men killed",
        "Security forces on Wednesday evening completed the operation to rescue passengers of the "
        "Jaffar Express, which was hijacked by militants of the banned Balochistan Liberation Army "
        "(BLA) in the Bolan Pass a day earlier, the military's media wing said. The ISPR director "
        "general, Lt Gen Ahmed Sharif Chaudhry, said all 33 militants involved had been killed, "
        "and that 21 passengers and four Frontier Corps personnel lost their lives, most of them "
        "before the operation began. The train, carrying about 440 passengers from Quetta to "
        "Peshawar, was stopped near a tunnel after the militants blew up a section of the track "
        "and opened fire on the locomotive. Hundreds of passengers, among them women and "
        "children, were freed in stages overnight, and many walked several kilometres along the "
        "track to reach a relief train. 'They checked our identity cards and took away soldiers "
        "and policemen,' a passenger from Punjab told Dawn at Quetta railway station. The BLA had "
        "demanded the release of Baloch prisoners in exchange for the hostages. Prime Minister "
        "Shehbaz Sharif praised the security forces and called the hijacking a cowardly act of "
        "terrorism. Train services between Quetta and the rest of the country were suspended "
        "until further notice.",
        "T V M",
        "train hijacking",
    ),
    (
        "Suicide blast at Peshawar Police Lines mosque kills 59, toll feared to rise",
        "At least 59 people, most of them policemen, were martyred and over 150 injured when a "
        "suicide bomber blew himself up inside a mosque in Peshawar's high-security Police Lines "
        "area during Zuhr prayers on Monday, officials said. The blast brought down the mosque's "
        "roof and part of a wall, trapping dozens of worshippers under the rubble, and rescue "
        "workers were still digging through the debris late into the night. A spokesperson for "
        "Lady Reading Hospital said an emergency had been declared and appealed to citizens to "
        "donate blood. The city police chief said between 300 and 400 personnel had been in the "
        "mosque at the time. Officials were investigating how the bomber entered one of the most "
        "heavily guarded compounds in the city, which houses the provincial police headquarters "
        "and counter-terrorism offices. A commander of the banned Tehreek-e-Taliban Pakistan "
        "(TTP) initially claimed responsibility, but a spokesman for the group later distanced it "
        "from the attack. Prime Minister Shehbaz Sharif, who visited the injured, said those "
        "behind the attack 'have nothing to do with Islam'.",
        "E T V",
        "mosque bombing",
    ),
    (
        "Petro suspends talks with ELN as Catatumbo violence leaves dozens dead and thousands "
        "displaced",
        "President Gustavo Petro suspended peace talks with the National Liberation Army (ELN) on "
        "Friday, accusing the guerrilla group of committing war crimes in the Catatumbo region of "
        "Norte de Santander, where its offensive against a FARC dissident faction has left at "
        "least 80 people dead since Thursday, according to the departmental government. ELN "
        "fighters went house to house in rural villages of Tibu, Teorama and El Tarra looking for "
        "people they accused of collaborating with the dissidents' 33rd Front, residents said. "
        "Among the dead were a signatory of the 2016 peace agreement and a social leader, as well "
        "as a couple and their infant son, killed on a road near Tibu. The Ombudsman's Office "
        "said more than 11,000 people had fled to Cucuta, Ocana and Tibu, many of them arriving in "
        "the back of trucks and on motorcycles, and that hundreds had crossed into Venezuela. The "
        "mayor of Cucuta said the city's sports stadium had been turned into a shelter. The army "
        "flew former FARC combatants and their families out of the area by helicopter. Petro "
        "declared a state of internal commotion and ordered 5,000 more soldiers into the region.",
        "B V D M",
        "armed group offensive",
    ),
    (
        "Gran Grif gang massacres residents of Pont-Sonde, thousands flee to Saint-Marc",
        "Members of the Gran Grif gang killed at least 70 people, including a 20-day-old baby and "
        "a young mother, in an attack on the town of Pont-Sonde in the Artibonite department "
        "early Thursday, the UN human rights office said. Gunmen armed with automatic rifles "
        "entered the town before dawn and shot residents in their homes and in the streets, then "
        "set fire to at least 45 houses and 34 vehicles, according to local officials. Survivors "
        "told The Haitian Times they hid in rice fields for hours before walking to Saint-Marc, "
        "about 15 kilometers away. The International Organization for Migration said more than "
        "6,000 people had fled, most of them taking refuge with host families or in schools and "
        "churches in Saint-Marc. The gang's leader said in a voice message circulated on WhatsApp "
        "that the attack was revenge against residents who had supported a self-defense group. "
        "Prime Minister Garry Conille called the killings a horrible crime and said police "
        "reinforcements were being sent to the area. The Kenyan-led Multinational Security "
        "Support mission has so far deployed about 400 officers, most of them in Port-au-Prince.",
        "V D",
        "gang massacre",
    ),
    (
        "Dozens killed in new gang fight at Ecuador's Guayaquil prison",
        "At least 68 inmates were killed and 25 wounded in fighting between rival gangs at the "
        "Litoral Penitentiary in Guayaquil, Ecuador's largest prison, officials said Saturday, "
        "less than two months after a riot at the same jail left 119 dead. Prisoners armed with "
        "guns and explosives attacked a wing held by a rival faction on Friday evening and tried "
        "to blow a hole through a wall, the governor of Guayas province told reporters. Some of "
        "the bodies were burned, and it took police and soldiers until Saturday morning to regain "
        "control. Relatives gathered outside the prison gates, some screaming, as forensic vans "
        "arrived to collect the dead. Authorities said the clashes began after the leader of one "
        "cell block, who had completed his sentence, was released, leaving a vacuum that rival "
        "gangs tried to fill. The gangs, linked to Mexican cartels, are fighting for control of "
        "the prisons and of drug routes to the Pacific ports. President Guillermo Lasso decreed a "
        "state of emergency in the prison system and promised to send the army into the jails.",
        "B E",
        "prison gang battle",
    ),
    (
        "Yemen's Houthis press Marib offensive, pushing displaced families to flee again",
        "Yemen's Houthi movement intensified its assault on the gas-rich city of Marib on Sunday, "
        "pounding government positions in the Raghwan and Kassara districts with missiles and "
        "drones, military sources on both sides said, as a Saudi-led coalition carried out dozens "
        "of air strikes to halt the advance. More than 90 fighters from both sides were killed in "
        "24 hours of fighting, the sources said, in one of the bloodiest days since the "
        "Iran-aligned group resumed its offensive in February. The International Organization for "
        "Migration said more than 8,000 people had been displaced in the past month, many of them "
        "for the second or third time, as the front line moved closer to camps west of the city. "
        "Marib had been a refuge for hundreds of thousands of Yemenis who fled fighting elsewhere, "
        "and aid workers said camps were already overcrowded and short of water. The UN envoy "
        "called for an immediate halt to the offensive, warning that a battle for the city would "
        "put civilians at grave risk. Marib is the internationally recognised government's last "
        "stronghold in the north.",
        "B E D",
        "offensive",
    ),
    (
        "Heavy clashes rock Tripoli after killing of armed group leader",
        "Heavy fighting broke out in several districts of Tripoli late on Monday after the head of "
        "one of the Libyan capital's most powerful armed groups was killed, residents and "
        "officials said, with gunfire and explosions heard until dawn. Abdulghani al-Kikli, known "
        "as Ghnewa, who led the Stability Support Apparatus (SSA), was killed at a military site "
        "in the Takbali area, two sources said. Forces aligned with the Government of National "
        "Unity later said they had taken control of the Abu Salim district, the SSA's stronghold, "
        "after hours of fighting. The health ministry said six bodies had been recovered from the "
        "area. Residents of Abu Salim and Salah al-Din sheltered at home, and the University of "
        "Tripoli suspended classes and exams. Flights at Mitiga airport were diverted to Misrata. "
        "The UN Support Mission in Libya urged all sides to halt the fighting and protect "
        "civilians. Prime Minister Abdulhamid Dbeibah praised the army and police and said the "
        "operation had ended the era of 'irregular groups' in the capital.",
        "B M",
        "armed group clashes",
    ),
]
