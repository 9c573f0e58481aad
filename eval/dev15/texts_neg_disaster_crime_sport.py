"""dev15 negatives: disasters in conflict countries; crime in conflict countries; sport.

NEGATIVES = [(title, text, kind code), ...].
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: disasters in conflict countries
    (
        "Maiduguri flooded after Alau dam gives way",
        "Floodwater covered about half of Maiduguri after the Alau dam collapsed following heavy rain, the Borno state government said. More than 400,000 people left their homes, and some took shelter in camps already housing people who fled the Boko Haram insurgency years ago. Soldiers used trucks and boats to move residents, and the zoo said crocodiles and snakes had escaped.",
        "disaster",
    ),
    (
        "Cyclone Chido flattens homes in Cabo Delgado",
        "Cyclone Chido struck northern Mozambique with winds of more than 200 km/h, destroying tens of thousands of homes in Cabo Delgado and Nampula, the disaster agency said. At least 45 people died. Many of the houses hit belonged to families who had returned to Mecúfi after fleeing insurgent attacks in earlier years.",
        "disaster",
    ),
    (
        "Flash floods sweep through Sentani",
        "Flash floods and mudslides tore through Sentani, near Jayapura in Indonesia's Papua province, after a night of torrential rain, killing at least 89 people, the disaster agency said. Soldiers and police joined the search for missing residents. About 7,000 people are staying in evacuation centres.",
        "disaster",
    ),
    (
        "Storm buries Maguindanao village in mud",
        "A landslide triggered by Tropical Storm Nalgae buried much of Kusiong village in Maguindanao, and soldiers dug for survivors with shovels, officials said. The Bangsamoro region's interior minister said at least 60 people had died. Evacuees were staying in a school gymnasium.",
        "disaster",
    ),
    (
        "Mandalay rescuers pull survivors from collapsed apartments",
        "Rescue teams in Mandalay pulled survivors from the rubble of collapsed apartment blocks two days after a 7.7-magnitude earthquake struck central Myanmar. The death toll passed 1,700. China, India and Russia sent rescuers, and hospitals treated patients in car parks.",
        "disaster",
    ),
    (
        "Flood camps in Jaffarabad short of tents",
        "Families displaced by floods in Balochistan's Jaffarabad district are living along raised roads, waiting for tents, local officials said. The army has set up medical camps. Floodwater still covers most of the district's rice fields.",
        "disaster",
    ),
    (
        "Les Cayes quake death toll passes 2,000",
        "The death toll from the 7.2-magnitude earthquake in south-western Haiti rose above 2,000, the civil protection agency said. Aid trucks from the capital travelled through Martissant after gangs there announced a truce to let them pass. Hospitals in Les Cayes were overwhelmed.",
        "disaster",
    ),
    (
        "Landslide buries homes in Alausí",
        "A landslide buried dozens of homes in Alausí in Ecuador's Andes, killing at least seven people, the risk management secretariat said. Soldiers and police took part in the search, and about 500 people were evacuated.",
        "disaster",
    ),
    (
        "Floods in Erbil kill 12",
        "Flash floods swept through parts of Erbil in Iraq's Kurdistan region after heavy overnight rain, killing 12 people, including children, civil defence officials said. Cars were washed away and houses flooded in the eastern districts.",
        "disaster",
    ),
    (
        "Shabelle floods force Beledweyne residents to flee",
        "The Shabelle river burst its banks in Beledweyne, forcing about 250,000 people to leave their homes, Somali officials said. Residents moved to higher ground on the outskirts of the town. Aid agencies said the floods followed the worst drought in 40 years.",
        "disaster",
    ),
    (
        "Kalehe floods: hundreds dead in South Kivu villages",
        "Flash floods and landslides in Kalehe territory of South Kivu killed more than 400 people, provincial officials said. The villages of Bushushu and Nyamukubi were largely washed away. Congo declared a day of national mourning.",
        "disaster",
    ),
    (
        "Snowstorm cuts power to Odesa; army clears roads",
        "A snowstorm cut electricity to more than 2,000 towns and villages in Ukraine's Odesa region, the energy ministry said. Soldiers and National Guard troops were deployed to tow cars and buses stuck on the roads. Schools were closed.",
        "disaster",
    ),
    (
        "Mudslide in Mocoa leaves hundreds dead",
        "A mudslide triggered by torrential rain swept through Mocoa, in Colombia's Putumayo department, killing more than 250 people. President Juan Manuel Santos flew in and said soldiers would help search for survivors.",
        "disaster",
    ),
    (
        "Fire destroys shelters in Kakuma camp",
        "A fire spread through part of Kakuma refugee camp in northern Kenya on Tuesday, destroying about 300 shelters, camp officials said. No one was killed. The cause was believed to be a cooking fire.",
        "disaster",
    ),
    (
        "Drought pushes Afar herders to the road",
        "Herders in Ethiopia's Afar region say they have lost most of their goats and camels after the rains failed for a fourth season. Families are moving to the main road in search of water from trucks. Aid agencies have asked for funds.",
        "disaster",
    ),
    (
        "Derna: floodwaters sweep neighbourhoods into the sea",
        "Two dams above the Libyan city of Derna burst during Storm Daniel, sending a wall of water through the city centre. Thousands of people were killed and many more are missing. Soldiers of the eastern-based army joined the rescue effort.",
        "disaster",
    ),
    # ---------------------------------------------------------------- negatives: crime in conflict countries
    (
        "Culiacán man held over killing of wife and children",
        "Police in Culiacán arrested a man suspected of killing his wife and two children at their home after neighbours reported a dispute, prosecutors in Sinaloa said. The man was found hiding at a relative's house.",
        "crime",
    ),
    (
        "Eight tonnes of cocaine found in Buenaventura port",
        "Colombian police found eight tonnes of cocaine hidden in a container of bananas at the port of Buenaventura, the largest seizure this year. Three port workers were arrested.",
        "crime",
    ),
    (
        "US court sentences Haitian gang leader in gun-smuggling case",
        "A US federal judge in Washington sentenced the leader of a Haitian gang to 35 years in prison for smuggling guns from the United States to Haiti and for laundering ransom money. Prosecutors said he bought the weapons through straw buyers in Florida.",
        "crime",
    ),
    (
        "Tourists robbed at gunpoint in Copacabana",
        "Two tourists were robbed at gunpoint on the Copacabana promenade in Rio de Janeiro, police said. The thieves took their phones and fled on a motorbike. Police arrested one suspect later that night.",
        "crime",
    ),
    (
        "Maiduguri man jailed for killing brother over land",
        "A high court in Maiduguri sentenced a farmer to death for killing his younger brother in a dispute over a plot of land, court officials said. The man had struck his brother with a hoe.",
        "crime",
    ),
    (
        "Kosovo police break up car-theft ring",
        "Kosovo police arrested 14 people suspected of stealing cars in Germany and Austria and selling them in Pristina and Prizren, police said. Officers seized 40 vehicles.",
        "crime",
    ),
    (
        "Belfast man jailed for murder of partner",
        "A Belfast man was jailed for life for the murder of his partner at their home in the north of the city. The judge said he must serve at least 18 years.",
        "crime",
    ),
    (
        "Heroin from Myanmar seized in Imphal",
        "Police in Manipur seized heroin and methamphetamine tablets worth millions in Imphal and arrested two men, officials said. The drugs had been smuggled across the border from Myanmar hidden in a truck of ginger.",
        "crime",
    ),
    (
        "Kyiv officials detained over army food procurement",
        "Ukraine's anti-corruption bureau detained a former deputy defence minister suspected of inflating the prices of food for soldiers, prosecutors said. Eggs were bought at three times the market price.",
        "crime",
    ),
    (
        "Five shot dead at car wash in Yafa an-Naseriyye",
        "Gunmen shot dead five men at a car wash in the Arab town of Yafa an-Naseriyye in northern Israel, police said. Police said the killings were linked to a feud between criminal organisations. It was the deadliest crime in Arab communities this year, which have seen a surge in murders.",
        "crime",
    ),
    (
        "Kidnap-for-ransom gang arrested in Zamboanga",
        "Police in Zamboanga City arrested four members of a kidnap-for-ransom gang that abducted a businessman's son last month. Police said the gang had no links to armed groups. The boy was freed unharmed after a week.",
        "crime",
    ),
    (
        "Tbilisi bank robber takes hostages, then surrenders",
        "A man armed with a pistol took four employees hostage during a robbery at a bank branch in Tbilisi and demanded money and a car, police said. He surrendered after four hours of talks, and no one was hurt.",
        "crime",
    ),
    (
        "Torreón pupil shoots teacher, then himself",
        "An 11-year-old boy shot and killed his teacher and wounded six other people at a private school in Torreón, Mexico, before killing himself, officials said. He had taken his grandfather's guns.",
        "crime",
    ),
    (
        "Aden court sentences man for killing father",
        "A court in Aden sentenced a man to death for shooting his father during a quarrel over the family's house, a judicial source said. The man had been arrested at a checkpoint outside the city a day after the killing.",
        "crime",
    ),
    (
        "Guayaquil police seize banana boxes packed with cocaine",
        "Police in Guayaquil seized 2.2 tonnes of cocaine hidden in a banana shipment bound for Belgium, Ecuador's interior ministry said. Two exporters were arrested.",
        "crime",
    ),
    (
        "Goma: police arrest gang who robbed money changers",
        "Police in Goma arrested five men accused of robbing money changers in the city centre at knifepoint, police said. The arrests came after traders complained of a wave of thefts.",
        "crime",
    ),
    # ---------------------------------------------------------------- negatives: sport
    (
        "Sudan's footballers keep World Cup hopes alive",
        "Sudan beat Togo 1-0 to stay in the race for a World Cup place, playing its home game in Libya. Several players left Khartoum after the war began and now play in Egypt and Saudi Arabia. The coach praised their defence.",
        "sport",
    ),
    (
        "Haiti qualify for World Cup for the first time in 52 years",
        "Haiti beat Nicaragua 2-0 in Curaçao to qualify for the World Cup for the first time since 1974. The team, which plays its home matches abroad, was cheered in the streets of Port-au-Prince. The striker who scored the opener was born in Cap-Haïtien.",
        "sport",
    ),
    (
        "Shakhtar's young attack runs riot in Champions League",
        "Shakhtar Donetsk, who have played away from Donetsk since 2014, beat their Spanish opponents 3-1 with three goals from teenagers. The coach said his strikers had 'killed the game' in the first half.",
        "sport",
    ),
    (
        "Atlético Nacional battle back to win Colombian title",
        "Atlético Nacional came back from two goals down to win the Colombian league final on penalties in Medellín. Thousands of fans celebrated in the streets until dawn.",
        "sport",
    ),
    (
        "Culiacán boxer wins by knockout",
        "A featherweight from Culiacán knocked out his Japanese opponent in the fourth round in Los Angeles to take the world title. He said he would bring the belt home to Sinaloa.",
        "sport",
    ),
    (
        "Derry City defence holds firm against Shamrock Rovers",
        "Derry City's defence held firm under heavy pressure as they drew 0-0 with Shamrock Rovers at the Brandywell. The visitors had 20 shots but could not break through.",
        "sport",
    ),
    (
        "Kosovo judoka fights her way to Olympic gold",
        "Distria Krasniqi fought her way through four bouts to win a gold medal for Kosovo in the women's 48kg judo at the Tokyo Olympics. Crowds gathered in Pristina to watch the final on big screens.",
        "sport",
    ),
    (
        "Afghanistan's spin attack routs Australia",
        "Afghanistan's spinners tore through the Australian batting order to win by 21 runs at the T20 World Cup. Several players grew up in refugee camps in Pakistan, where they learned the game.",
        "sport",
    ),
    (
        "Carapaz attacks on final climb to win stage",
        "Ecuador's Richard Carapaz attacked on the last climb and rode clear to win the stage in the Pyrenees. He said he had been planning the attack for days.",
        "sport",
    ),
    (
        "Ukrainian high jumper breaks 37-year-old world record",
        "Yaroslava Mahuchikh cleared 2.10 metres in Paris to break the oldest record in women's athletics. She left her home city of Dnipro at the start of the full-scale invasion and now trains abroad.",
        "sport",
    ),
    (
        "Georgia's forwards bulldoze Portugal",
        "Georgia's powerful forwards crushed Portugal in the scrum as the Lelos won 33-17 in Tbilisi. Supporters waved flags in the stands.",
        "sport",
    ),
    (
        "Fans fight after Medellín derby, 12 hurt",
        "Rival supporters fought with sticks and bottles in a car park after the Medellín derby, and 12 people were treated for injuries, the city's health department said. Stewards separated the groups. The club said banned fans would face life bans.",
        "sport",
    ),
    (
        "Flamengo's favela-born striker fires them to Libertadores title",
        "A striker who grew up in the Rocinha favela scored twice as Flamengo beat River Plate in the Copa Libertadores final. Flamengo fans said it was the best night of their lives.",
        "sport",
    ),
    (
        "General Santos boxer stops Mexican rival",
        "A flyweight from General Santos in Mindanao stopped his Mexican opponent in the ninth round to keep his title. He dedicated the win to his hometown.",
        "sport",
    ),
]
