"""dev25 texts: positives: Middle East and North Africa; positives: cartels, gangs and the
state (Latin America, Caribbean).

POSITIVES = [(title, text, tag codes, kind), ...], in the order they were written.
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives: Middle East and North Africa
    (
        "Gunmen kill hundreds of Alawite civilians in Syria's coastal towns",
        "A monitoring group said armed men aligned with Damascus went house to house in Baniyas and villages around Latakia over several days, shooting whole families. Thousands of Alawite residents escaped to the mountains or sheltered at the Russian base at Hmeimim.",
        "V D",
        "massacre",
    ),
    (
        "Turkish drone strike kills three near Qamishli",
        "A drone struck a car on a road outside Qamishli in northeast Syria, killing three members of the Kurdish-led security forces, a spokesman for the group said. Turkey regularly targets fighters it links to the PKK.",
        "E",
        "drone_strike",
    ),
    (
        "Islamic State attack on army post kills soldiers in Kirkuk province",
        "Islamic State militants attacked an Iraqi army checkpoint south of Kirkuk at night, killing four soldiers in an hours-long gun battle, security officials said.",
        "B T",
        "attack_on_base",
    ),
    (
        "Houthi missile hits displaced people's camp near Marib",
        "A ballistic missile fired by the Houthis struck a camp for displaced families east of Marib, killing a child and wounding several others, Yemen's government said.",
        "E V D",
        "missile_attack",
    ),
    (
        "Houthis hijack cargo ship in Red Sea and hold crew",
        "Houthi fighters landed by helicopter on the Galaxy Leader and sailed it to the Yemeni port of Hodeidah, where its 25 crew members were held, the ship's operator said. The group said it was targeting vessels linked to Israel.",
        "V",
        "ship_seizure",
    ),
    (
        "Three seafarers killed as Houthi missile hits bulk carrier",
        "A missile fired from Yemen struck the True Confidence in the Gulf of Aden, killing three crew members and forcing the others to abandon ship, US Central Command said. It was the first deadly attack on shipping in the campaign.",
        "E V",
        "missile_attack",
    ),
    (
        "Radwan force commander killed in car strike near Nabatieh",
        "A drone strike hit a car near Nabatieh, killing a commander of Hezbollah's Radwan force, the Israeli military said. Lebanon's health ministry said a passer-by was also wounded.",
        "E",
        "drone_strike",
    ),
    (
        "Settlers rampage through Huwara, torching homes and cars",
        "Hundreds of Israeli settlers swept through the Palestinian town of Huwara overnight, hours after two Israeli brothers were shot dead on the road nearby, and burned dozens of houses and cars, residents said. One Palestinian man was killed.",
        "V U",
        "settler_attack",
    ),
    (
        "Gunmen open fire at Jerusalem bus stop, police say terror attack",
        "Two Palestinian gunmen opened fire at a bus stop at the Ramot junction in Jerusalem during the morning rush hour, killing six people, Israeli police said. A soldier and an armed civilian shot the attackers.",
        "V T",
        "shooting_attack",
    ),
    (
        "Bombs among Soleimani mourners in Kerman kill more than 90",
        "Two bombs exploded among crowds walking to the grave of General Qassem Soleimani in Kerman, killing more than 90 people, Iranian officials said. Islamic State said two of its members had detonated suicide vests.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Militants attack police station in Iran's Sistan-Baluchestan",
        "Gunmen from the Jaish al-Adl group stormed a police station in Rask overnight, and 11 police officers were killed in the fighting, state media said. Iranian officials called the group terrorists.",
        "B T",
        "attack_on_base",
    ),
    (
        "Turkish jets strike PKK targets in northern Iraq",
        "Turkey's defence ministry said its aircraft had destroyed caves, shelters and depots used by PKK militants in the Qandil and Gara regions in a new air operation launched after the killing of Turkish soldiers.",
        "E M",
        "air_campaign",
    ),
    (
        "Heavy fighting between militias rocks Tripoli",
        "Gunfire and explosions echoed through the Libyan capital overnight as armed groups fought after the killing of a militia leader, and the UN mission called for an immediate truce. The health ministry said hospitals had received wounded civilians.",
        "B E",
        "battle",
    ),
    (
        "Gunmen and bombers kill 305 at Sinai mosque",
        "Militants set off a bomb at a mosque in Bir al-Abed in north Sinai during Friday prayers and then shot at worshippers as they fled, Egyptian officials said. No group claimed the attack, but the militants carried an Islamic State flag, according to the public prosecutor.",
        "E V T",
        "mosque_attack",
    ),
    # ---------------------------------------------------------------- positives: cartels, gangs and the state (Latin America, Caribbean)
    (
        "Families abandon El Aguaje as armed groups bomb homes from the air",
        "Armed groups fighting for control of Tierra Caliente used drones to drop improvised bombs on houses in El Aguaje, and dozens of families fled to the municipal seat, local officials said. The Jalisco cartel and rival groups have fought over the region for months.",
        "E B D",
        "drone_attack",
    ),
    (
        "Coatepec Harinas ambush leaves 13 state police dead",
        "Gunmen from a drug cartel ambushed a convoy of state police in the municipality of Coatepec Harinas, killing 13 officers, the State of Mexico's security secretary said. The attackers fired from a hillside with assault rifles.",
        "B",
        "ambush",
    ),
    (
        "Soldiers and cartel gunmen battle for hours in Nuevo Laredo",
        "Mexican army troops exchanged fire with gunmen of the Northeast Cartel in several neighbourhoods of Nuevo Laredo, and the city government told residents to stay at home, officials said. Burning vehicles blocked roads into the city.",
        "B M",
        "battle",
    ),
    (
        "Mayoral candidate shot dead at campaign event in Guanajuato",
        "A woman running for mayor of Celaya was shot dead minutes after starting her campaign, the Morena party said. She was one of more than 30 candidates killed during Mexico's 2024 election campaign.",
        "V",
        "political_killing",
    ),
    (
        "Car bomb at Bogotá police academy kills 21",
        "A car packed with explosives drove into the General Santander police academy in Bogotá and blew up during a graduation ceremony, Colombian authorities said. The government blamed the ELN guerrillas and called it a terrorist attack.",
        "E T",
        "bombing",
    ),
    (
        "ELN offensive against FARC dissidents displaces tens of thousands in Catatumbo",
        "Fighting between the ELN and a FARC dissident faction in the Catatumbo region has killed at least 80 people and forced more than 50,000 to flee, Colombian authorities said. Many of the dead were civilians and former guerrillas who had signed the peace deal.",
        "B V D",
        "battle",
    ),
    (
        "Gangs fight with guns and grenades inside Guayaquil prison",
        "At least 118 inmates were killed as members of rival gangs fought for control of the Litoral penitentiary, firing rifles and throwing grenades, Ecuadorian officials said. Soldiers were sent to retake the pavilions.",
        "B E",
        "prison_battle",
    ),
    (
        "Armed group ambushes Ecuadorian army patrol in Amazon mining zone",
        "Soldiers patrolling a gold-mining area in the Amazon province of Orellana were ambushed by an armed group with explosives and rifles, Ecuador's military said. It blamed a FARC dissident faction that controls illegal mining in the area.",
        "B E",
        "ambush",
    ),
    (
        "Haitian gangs overrun Mirebalais and free prisoners",
        "Gangs of the Viv Ansanm coalition attacked the town of Mirebalais, stormed its prison and freed more than 500 inmates, the UN said. More than 6,000 people fled the town in a few days.",
        "B D",
        "battle",
    ),
    (
        "Gang massacre in Haiti's Pont-Sondé kills 115",
        "Members of the Gran Grif gang attacked the town of Pont-Sondé in Artibonite, shooting residents and setting houses on fire, the UN human rights office said. Around 6,000 residents fled.",
        "V D",
        "massacre",
    ),
    (
        "Gun battles as Rio police storm Comando Vermelho strongholds",
        "Thousands of officers with armoured vehicles and helicopters moved into the Alemão and Penha complexes to retake them from the Comando Vermelho, whose gunmen answered with rifle fire and bomb-dropping drones. State officials said more than 100 people died, the highest toll of any police operation in the city.",
        "B M E",
        "raid",
    ),
    (
        "Gang members kill dozens in Honduras women's prison",
        "Members of the Barrio 18 gang stormed a wing of the women's prison in Támara, shooting and setting fire to rival inmates, and 46 women were killed, Honduran officials said. President Xiomara Castro vowed drastic measures.",
        "V",
        "prison_massacre",
    ),
    (
        "400 Mawozo gang seizes US and Canadian missionaries",
        "Members of the 400 Mawozo gang abducted 16 American and one Canadian missionary, including five children, as they returned from visiting an orphanage, Haitian police said. The gang controls the area of Croix-des-Bouquets.",
        "V",
        "abduction",
    ),
    (
        "Colombian footballer's father abducted by ELN guerrillas",
        "The father of Liverpool forward Luis Díaz was kidnapped at a petrol station in La Guajira, and the ELN later said one of its units was holding him, Colombia's government said. The guerrilla group released him after 12 days.",
        "V",
        "abduction",
    ),
    (
        "Presidential candidate shot dead after Quito rally",
        "Fernando Villavicencio, a candidate in Ecuador's presidential election who had campaigned against organised crime, was shot dead as he left a rally in Quito, the government said. President Lasso declared a state of emergency.",
        "V",
        "political_killing",
    ),
    (
        "Colombian senator shot in the head at Bogotá campaign rally",
        "Presidential hopeful Miguel Uribe Turbay was shot twice while speaking to supporters in a park in western Bogotá, and a teenager was arrested at the scene, police said. The defence minister offered a reward for information on who ordered the attack.",
        "V",
        "political_killing",
    ),
    (
        "Commando kills Haiti's president at his home",
        "A group of armed men stormed the private residence of President Jovenel Moïse in the hills above Port-au-Prince at night and shot him dead, the interim prime minister said. The first lady was wounded.",
        "V",
        "assassination",
    ),
]
