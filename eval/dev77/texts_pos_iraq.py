"""dev77 positives: federal Iraq (militia rockets and drones, IS remnants, Tishreen, tribal fighting)."""

POSITIVES = [
    (
        "Rockets hit Ain al-Asad air base in western Anbar",
        "Several Katyusha rockets landed inside the Ain al-Asad air base in western Anbar province on Tuesday evening, the Iraqi military's Security Media Cell said. The rockets were fired from a launcher mounted on a pick-up truck near al-Baghdadi and damaged a hangar, a coalition spokesman said, adding that no personnel were hurt.",
        "E",
        "rocket attack",
    ),
    (
        "Explosive-laden drone targets coalition forces at Erbil airport",
        "An explosive-laden drone struck near the military section of Erbil International Airport late on Wednesday, where US-led coalition troops are stationed, the Kurdistan Region's counter-terrorism directorate said. A fire broke out in a storage area and flights were suspended for several hours. A group calling itself the Islamic Resistance in Iraq said in a Telegram statement that it had carried out the attack.",
        "E",
        "drone attack",
    ),
    (
        "Katyushas fired at Green Zone, one lands on home in Baghdad's Karrada",
        "Three Katyusha rockets were fired towards Baghdad's fortified Green Zone shortly after midnight, triggering the US embassy's air defence system, security sources said. One rocket fell short and hit a house in the Karrada district, wounding a child and her mother. The Iraqi government condemned what it called an outlaw group trying to drag the country into a war.",
        "E",
        "rocket attack",
    ),
    (
        "Drones strike Kataib Hezbollah positions at Jurf al-Sakhar",
        "Unidentified drones struck positions of the Kataib Hezbollah armed faction at Jurf al-Sakhar, north of Babylon, before dawn on Thursday, killing two fighters and destroying a weapons depot, a Popular Mobilisation Forces official told AFP. The faction, which controls the area and bars residents from returning, blamed the United States. Explosions from the depot continued for more than an hour.",
        "E",
        "drone strike",
    ),
    (
        "Prime minister's residence hit by drones in assassination attempt",
        "Iraq's prime minister escaped unharmed after at least one explosive-laden drone hit his residence in Baghdad's Green Zone early on Sunday, in what the military called a failed assassination attempt. Seven members of his protection detail were wounded, officials said, and two other drones were shot down. The attack came after weeks of tension between the government and armed factions that lost seats in the election.",
        "E",
        "assassination attempt",
    ),
    (
        "IS ambush kills army officer and four soldiers near Tarmiya",
        "Islamic State militants ambushed an Iraqi army patrol in the orchards near Tarmiya, north of Baghdad, on Monday night, killing an officer and four soldiers, security officials said. The attackers used a roadside bomb to stop the lead vehicle and then opened fire with machine guns before fleeing into the farmland. Army reinforcements combed the area on Tuesday.",
        "B E T",
        "ambush",
    ),
    (
        "Islamic State gunmen kill 11 villagers in Diyala night attack",
        "Islamic State militants attacked the village of al-Rashad near Muqdadiya in Diyala province late on Tuesday, killing 11 residents and wounding others, local officials said. The gunmen first kidnapped two men, then fired on villagers who came out to help. Dozens of families left the village for Muqdadiya on Wednesday, fearing another attack, a tribal elder said.",
        "V T D",
        "village attack",
    ),
    (
        "Iraqi F-16s pound Islamic State hideouts in the Hamrin mountains",
        "Iraqi air force F-16 jets carried out a series of air strikes on Islamic State hideouts in the Hamrin mountains on Saturday, the Joint Operations Command said. The strikes destroyed caves and tunnels used by the militants, and ground troops were sent in afterwards to search the area. The command said the bodies of nine militants were found.",
        "E M",
        "air strikes",
    ),
    (
        "Counter-terrorism forces kill IS cell leaders in Wadi al-Shay raid",
        "Iraqi counter-terrorism forces backed by helicopters raided an Islamic State cell in Wadi al-Shay, south of Kirkuk, overnight, killing four militants including two local leaders, the service said on Friday. One soldier was wounded in an exchange of fire.",
        "B M",
        "raid",
    ),
    (
        "Suicide bombers kill 32 in Baghdad's Tayaran Square market",
        "Two suicide bombers blew themselves up in a crowded clothes market in Baghdad's Tayaran Square on Thursday morning, killing 32 people and wounding more than 100, the health ministry said. The Islamic State group claimed responsibility. The first bomber pretended to feel ill to draw a crowd, and the second struck as people gathered to help, witnesses said. It was the deadliest attack in Baghdad in three years.",
        "E V T",
        "suicide bombing",
    ),
    (
        "Truffle hunters killed by Islamic State militants in Anbar desert",
        "Islamic State militants killed eight truffle hunters and abducted several others in the desert south of Rutba on Saturday, a local official said. The group was surrounded by gunmen on motorcycles while searching for truffles in the seasonal rains. Iraqi forces later recovered the bodies, and the provincial council urged residents to stay out of the desert.",
        "V T",
        "killing of civilians",
    ),
    (
        "Security forces fire live rounds at protesters in Baghdad's Tahrir Square",
        "Iraqi security forces fired live ammunition and tear gas canisters at protesters trying to cross the Jumhuriya bridge towards the Green Zone on Friday, killing at least six people, medical sources said. Hundreds were treated for wounds and tear gas inhalation. Demonstrators chanting against corruption and Iranian influence set up barricades of burning tyres.",
        "U V",
        "crackdown",
    ),
    (
        "Dozens killed as troops open fire on protesters at Nasiriyah bridge",
        "At least 25 protesters were killed and more than 200 wounded when security forces opened fire on demonstrators blocking the Zaitoun bridge in Nasiriyah on Thursday, hospital officials said. Protesters later torched a police station and several party offices. The prime minister sacked the commander sent from Baghdad to restore order.",
        "U V",
        "crackdown",
    ),
    (
        "Basra protesters torch Iranian consulate and party offices",
        "Protesters in Basra set fire to the Iranian consulate and the offices of several armed factions and parties on Friday night, the fifth day of unrest over polluted water and power cuts. Police fired tear gas and live rounds into the air, and a curfew was imposed across the city. Consulate staff had left the building before it was stormed, Iranian state media said.",
        "U",
        "riot",
    ),
    (
        "Karbala protest leader shot dead outside his home",
        "A prominent Karbala activist who led anti-government protests was shot dead by gunmen on a motorcycle outside his home early on Sunday, police said. The killing, captured on a surveillance camera, set off angry demonstrations in which protesters set fire to the gate of the Iranian consulate and police fired tear gas. Dozens of Iraqi activists have been killed or kidnapped since the protest movement began.",
        "V U",
        "assassination",
    ),
    (
        "Security analyst gunned down in front of his house in Baghdad",
        "A well-known Iraqi security analyst who advised the government on armed groups was shot dead outside his home in Baghdad's Zayouna district on Monday evening, police said. Gunmen on motorcycles fired at him as he sat in his car. The prime minister vowed to pursue the killers, and colleagues said he had received threats from armed factions.",
        "V",
        "assassination",
    ),
    (
        "Heavy gunfire in Green Zone as Sadr followers clash with security forces",
        "Supporters of Shia cleric Moqtada al-Sadr exchanged fire with security forces and members of rival armed factions in Baghdad's Green Zone on Monday night, leaving at least 23 dead, medical officials said. Rockets and mortar rounds landed inside the district, and the army declared a nationwide curfew. The fighting broke out after Sadr announced his withdrawal from politics.",
        "B E U",
        "clashes",
    ),
    (
        "Tribal fighting with rocket-propelled grenades shuts highway north of Basra",
        "Two tribes fought with machine guns and rocket-propelled grenades for a second day in the Shatt al-Arab district north of Basra on Wednesday, killing five men, police said. The dispute, over farmland, closed the highway to Amara, and the army sent two brigades with armoured vehicles to separate the sides and disarm the gunmen. Schools in the area were shut.",
        "B M",
        "tribal clashes",
    ),
    (
        "Families flee village as tribal battle rages in Maysan",
        "Dozens of families fled a village east of Amara in Maysan province as two armed tribes fought with medium machine guns and mortars for a third day, a local official said on Saturday. At least seven people were killed, including a woman hit by a stray round in her home. The interior ministry said police were unable to enter the area until the army deployed.",
        "B D",
        "tribal clashes",
    ),
    (
        "Deadly clashes in Kirkuk as rival protesters and security forces trade fire",
        "Four people were killed and 16 wounded in Kirkuk on Saturday when Kurdish protesters and Arab and Turkmen demonstrators clashed over the handover of a party headquarters, and shots were fired, officials said. Security forces used tear gas and fired into the air, and the prime minister imposed a curfew on the city. The headquarters was to be returned to a Kurdish party.",
        "U",
        "communal clashes",
    ),
]
