"""Positives of eval/dev65: Mexico: cartel wars with drones, mines and armoured trucks, ambushes,
massacres, candidates and a journalist killed, self-defence groups, displacement (README.md)."""

POSITIVES = [
    (
        "Gunmen lay siege to Culiacán after son of jailed cartel boss is detained",
        (
            "Hundreds of cartel gunmen armed with assault rifles and .50-calibre machine guns "
            "fought soldiers across Culiacán on Thursday after troops detained a son of the jailed "
            "Sinaloa cartel leader at a house in the city. Gunmen set lorries ablaze to block the "
            "main roads, surrounded a military housing complex and freed dozens of inmates from "
            "the local prison. After several hours of fighting the government ordered the troops "
            "to release the detainee, saying it wanted to avoid a bloodbath. Residents sheltered "
            "in shops and offices until late at night."
        ),
        "B M",
        "cartel siege",
    ),
    (
        (
            "Ten soldiers among 29 dead as Mexico recaptures cartel heir; gunmen fire on planes at "
            "Culiacán airport"
        ),
        (
            "Mexican troops backed by helicopter gunships captured the son of a jailed drug lord "
            "in a dawn raid near Culiacán on Thursday, setting off a day of fighting in which 10 "
            "soldiers and 19 suspected cartel gunmen were killed, the defence minister said. "
            "Gunmen fired on an air force plane and a passenger jet preparing for take-off at the "
            "city airport, and burned vehicles at 19 road blockades. Schools, offices and the "
            "airport stayed closed on Friday."
        ),
        "B M",
        "army offensive",
    ),
    (
        "Sinaloa cartel factions' war leaves bodies on Culiacán streets; schools close",
        (
            "Fighting between two factions of the Sinaloa cartel has killed more than 150 people "
            "in Culiacán since early September, according to the state prosecutor's count, and "
            "dozens more have been reported missing. Bodies are left almost daily on roadsides and "
            "overpasses, some with messages for the rival side, while armed convoys move openly "
            "through the city at night. Hundreds of families have fled villages in the hills above "
            "the city, where gunmen on both sides have set up checkpoints. The state government "
            "suspended classes for a second week and shops close by early afternoon. Mexico's "
            "government said it had sent 1,100 more soldiers to the state. A baker who fled with "
            "his family said armed men had ordered everyone in his village to leave within an "
            "hour."
        ),
        "B V D",
        "cartel war",
    ),
    (
        "Drones drop explosives on villages in Michoacán's Tierra Caliente, residents say",
        (
            "Residents of villages near Apatzingán say cartel drones have been dropping explosive "
            "charges on homes, a chapel and a football pitch for weeks as the Jalisco cartel "
            'fights local groups for control of the lime-growing region. "They fly over at night '
            'and we hear the blast, and then nothing," said a farmer who left with his wife and '
            "three children for Morelia. Local officials estimate that more than 400 people have "
            "abandoned two settlements in the past month. The army said it had shot down several "
            "drones and found a workshop where explosives were fitted to them. A parish priest "
            "said no one now dared to go out to the orchards in daylight."
        ),
        "E V D",
        "drone attack",
    ),
    (
        "Two soldiers killed by landmine planted by cartel in western Michoacán",
        (
            "Two Mexican soldiers were killed and five wounded when their patrol vehicle ran over "
            "an improvised landmine on a dirt road near Cotija, Michoacán, the defence ministry "
            "said on Tuesday. The ministry said the explosive had been buried by a criminal group "
            "fighting for the area and that troops had found and disabled three more devices "
            "nearby. It was the third such blast against the army in the state this year."
        ),
        "E",
        "landmine",
    ),
    (
        "Thirteen police killed in ambush in Michoacán; cartel leaves message",
        (
            "Gunmen ambushed a convoy of state police in the municipality of Aguililla on Monday, "
            "killing 13 officers, Michoacán's governor said. The attackers fired on the vehicles "
            "from both sides of the road and set several of them on fire, and left banners signed "
            "by the Jalisco New Generation Cartel at the scene."
        ),
        "B",
        "ambush",
    ),
    (
        "Soldiers seize cartel's home-made armoured trucks after gun battle in Tamaulipas",
        (
            "Soldiers and National Guard troops fought gunmen for nearly two hours on a highway "
            "outside Reynosa on Saturday, the Tamaulipas security spokesman said. Eight attackers "
            "were killed and two soldiers wounded. Afterwards troops seized four lorries fitted "
            "with steel plates and gun turrets, of the kind the region's cartels have built for "
            "years, and more than 20 rifles, including two .50-calibre guns."
        ),
        "B M",
        "gun battle",
    ),
    (
        "Vigilantes drive Knights Templar from Michoacán town after gunfight",
        (
            "Hundreds of armed civilians from self-defence groups took control of the Michoacán "
            "town of Nueva Italia on Sunday after a gunfight of several hours with members of the "
            "Knights Templar cartel in the central square. The vigilantes, who say they rose up "
            "because the cartel was extorting farmers and abducting women, have now seized more "
            "than a dozen towns in the Tierra Caliente region. Federal forces arrived later and "
            "said they had taken over the town's security."
        ),
        "B",
        "militia offensive",
    ),
    (
        "Guatemala shelters hundreds of Mexicans fleeing cartel fighting in Chiapas",
        (
            "About 580 Mexicans, many of them children, crossed into Guatemala over the weekend "
            "after fleeing clashes between the Sinaloa and Jalisco cartels around their village in "
            "Chiapas, Guatemalan authorities said. The families told officials that armed men had "
            "been fighting with drones and heavy weapons near their homes for days and had forced "
            "men to join them. Guatemala set up a shelter in a school in Cuilco and sent food, "
            "blankets and medical teams. Mexico's government said it would guarantee their safe "
            "return. Some of the families said they had been without electricity or phone signal "
            "for a week."
        ),
        "D B H",
        "displacement",
    ),
    (
        "Gunmen kill 13 police officers in ambush in Guerrero",
        (
            "Thirteen police officers, including the regional security chief, were killed when "
            "gunmen ambushed their convoy on a rural road in the municipality of Coyuca de "
            "Benítez, Guerrero, on Monday night. The state government said the attackers used "
            "assault rifles from high ground and that the officers fought back for several minutes "
            "before they were overwhelmed."
        ),
        "B",
        "ambush",
    ),
    (
        "Gunmen kill 11 at bar in Guanajuato as cartels fight for region",
        (
            "Armed men burst into a bar in Irapuato on Saturday night and opened fire on "
            "customers, killing 11 people, including two women, the Guanajuato state prosecutor "
            "said. Investigators said the attack was part of the war between the Jalisco cartel "
            "and the local Santa Rosa de Lima gang, which has made Guanajuato Mexico's deadliest "
            "state. The gunmen left in two vans. It was the third mass killing in the state this "
            "month."
        ),
        "V",
        "massacre",
    ),
    (
        "Mayoral candidate shot dead at campaign event in Celaya",
        (
            "A woman running for mayor of Celaya was shot dead on Monday as she greeted residents "
            "at a campaign walk in a working-class neighbourhood, her party said. A gunman "
            "approached and fired several times. She was at least the 20th candidate killed in the "
            "campaign, according to a count by the consultancy Data Cívica. Her party had asked "
            "for protection for her weeks earlier."
        ),
        "V",
        "assassination",
    ),
    (
        "Journalist who covered cartel war in Sinaloa shot dead outside his home",
        (
            "A journalist who ran a news page on security in northern Sinaloa was shot dead "
            "outside his home in Los Mochis early on Tuesday. Colleagues said he had received "
            "threats after publishing reports on the fighting between factions of the Sinaloa "
            "cartel in the region. He was the fourth media worker killed in Mexico this year, "
            "according to Article 19."
        ),
        "V",
        "killing of journalist",
    ),
    (
        "Mayor and 19 others killed as gunmen storm town hall in Guerrero",
        (
            "Gunmen stormed the town hall of San Miguel Totolapan during a meeting on Wednesday "
            "and killed the mayor, his father, a former mayor and at least 17 other people, "
            "including police officers, Guerrero state officials said. A video posted online "
            "showed a local criminal group claiming responsibility. The front of the building was "
            "riddled with bullet holes."
        ),
        "V",
        "massacre",
    ),
    (
        "Bodies of 10 men hung from overpass in Zacatecas as cartels dispute state",
        (
            "The bodies of 10 men were found hanging from a bridge and lying on a road in the "
            "municipality of Fresnillo, Zacatecas, on Thursday, along with a banner from a "
            "criminal group. Zacatecas has become a battleground between the Sinaloa and Jalisco "
            "cartels, and the governor asked the federal government last month for more troops. "
            "The state prosecutor said most of the victims had been reported abducted days "
            "earlier."
        ),
        "V",
        "executions",
    ),
    (
        "Cartel drones attack army and police positions in Chihuahua mountains",
        (
            "Suspected members of a cartel cell attacked army and state police positions near "
            "Guadalupe y Calvo with explosive-laden drones and rifle fire on Sunday, wounding four "
            "officers, the Chihuahua state attorney general's office said. Troops returned fire "
            "and the clashes went on into the evening. Officials said at least 30 families left "
            "two nearby villages for the municipal seat."
        ),
        "E B",
        "drone attack",
    ),
    (
        "Soldiers kill five young men in pickup in Nuevo Laredo, families say they were unarmed",
        (
            "Soldiers opened fire on a pickup truck in Nuevo Laredo early on Sunday, killing five "
            "young men and wounding another, in what relatives and a local human rights committee "
            "say was an unprovoked attack. The army said the soldiers heard shots and responded, "
            "but no weapons were found in the vehicle. Residents blocked a road and confronted "
            "troops in protest later that day, and the defence ministry said the soldiers involved "
            "had been handed over to prosecutors."
        ),
        "V",
        "killing by soldiers",
    ),
    (
        "Gunmen storm Ciudad Juárez prison on New Year's Day; 17 dead, 25 inmates escape",
        (
            "Armed men in armoured vehicles attacked the state prison in Ciudad Juárez on New "
            "Year's Day, setting off a riot and a shootout with guards in which 10 guards and "
            "police and seven inmates were killed, Chihuahua officials said. Twenty-five prisoners "
            "escaped, among them a leader of a local gang allied with a cartel. Soldiers took "
            "control of the prison in the afternoon after several hours of fighting."
        ),
        "B V",
        "prison attack",
    ),
    (
        "Food runs short in besieged Aguililla as cartels block roads",
        (
            "Residents of Aguililla, in Michoacán, say they have been cut off for months by "
            "trenches and checkpoints dug by the Jalisco cartel, which is fighting local armed "
            "groups for the area. Food and petrol are scarce, the only clinic has run out of "
            "medicines and the bishop of Apatzingán led a convoy of aid trucks there on Saturday. "
            "Soldiers escorted the convoy but said they could not open the main road for good, as "
            "gunmen attacked positions along it almost every week."
        ),
        "H B",
        "siege",
    ),
    (
        "Fourteen dead as Mexican villagers fight back against cartel extortionists",
        (
            "Residents of a farming community in Texcaltitlán, in the State of Mexico, fought "
            "armed members of the Familia Michoacana cartel on Friday when the gunmen came to "
            "collect a levy on their crops, officials said. Eleven of the cartel members and three "
            "villagers were killed. Villagers armed with machetes and a few shotguns overwhelmed "
            "the gunmen, and videos showed bodies on a football pitch. Troops sent to the area "
            "said they were searching for more armed men in the hills. The state governor said the "
            "community had been paying the cartel for years."
        ),
        "B V",
        "armed clash",
    ),
    (
        "Protesters ram armoured vehicle and hold officials in Chilpancingo",
        (
            "Thousands of protesters demanding the release of two men arrested on drugs charges "
            "stormed the Guerrero state government complex in Chilpancingo on Monday, ramming a "
            "National Guard armoured vehicle with a seized truck, beating officers and holding 13 "
            "police and other officials for hours. The governor said the march had been organised "
            "by a criminal group. The officials were released the next day after talks."
        ),
        "U",
        "riot",
    ),
    (
        "Troops kill 19 suspected gunmen in clash outside Culiacán",
        (
            "Soldiers killed 19 suspected members of an armed group and detained one during a "
            "gunfight outside Culiacán on Monday, the defence ministry said. The troops were "
            "patrolling after reports of armed men in the area and came under fire, it said. They "
            "seized more than 20 rifles, grenades and armoured vests. The clash was one of the "
            "deadliest since the Sinaloa cartel split into warring factions."
        ),
        "B M",
        "gun battle",
    ),
]
