"""dev49 positives: power grids, water, dams, factories and data links hit in wars, violence over
land and water, and riots that reach hospitals and campuses (technology, climate and health
desks). POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from eval/conflictset
(TAG_CODES)."""

POSITIVES = [
    (
        "Hospitals on generators after missile barrage on Ukraine's grid",
        "Russia fired more than 90 missiles and 200 drones at Ukraine's power system overnight, knocking out electricity in eight regions, the energy ministry said. Hospitals in Kyiv and Lviv switched to generators, and surgeons postponed planned operations. Two power engineers were killed at a substation. The grid operator said repairs would take weeks.",
        "E H",
        "missile_strike",
    ),
    (
        "Strike puts Gaza's largest desalination plant out of action",
        "An airstrike damaged the power line feeding the main desalination plant in Deir al-Balah on Sunday, cutting its output to a fifth, the Palestinian water authority said. The plant supplied water to about 600,000 displaced people. UNICEF said children were drinking from contaminated wells.",
        "E H D",
        "airstrike",
    ),
    (
        "RSF drones hit Port Sudan power station, plunging city into darkness",
        "Drones launched by the Rapid Support Forces struck the main power station and fuel depots in Port Sudan for a third day on Tuesday, cutting electricity and water across the city that hosts the government and most aid agencies, officials said.",
        "E",
        "drone_strike",
    ),
    (
        "Herders massacre 52 villagers in Plateau as land disputes turn deadly",
        "Armed men killed 52 people in night raids on three farming villages in Nigeria's Plateau state, burning homes and a church, the state government said. Researchers link the violence to competition for land and water between farmers and herders as grazing land shrinks. Survivors fled to the town of Bokkos.",
        "V D",
        "massacre",
    ),
    (
        "Fighting rages around Tishreen dam, engineers warn of failure",
        "Turkish-backed factions and Kurdish-led forces fought for a third week around the Tishreen dam on the Euphrates, and drone strikes hit a convoy of civilians heading to the dam, local officials said. Engineers warned that damage to the dam's controls could flood villages downstream. Power to Kobani and Manbij has been cut.",
        "B E V",
        "battle",
    ),
    (
        "Drone strike on Belgorod substation leaves hospital on backup power",
        "A Ukrainian drone strike set fire to an electrical substation in Belgorod overnight, cutting power to 40,000 homes and the regional children's hospital, the governor said. The hospital ran on backup generators for 14 hours. Ukraine's general staff said the strike targeted military supply infrastructure.",
        "E M",
        "drone_strike",
    ),
    (
        "White phosphorus shelling burns olive groves in south Lebanon",
        "Israeli shelling with white phosphorus munitions has burned hundreds of hectares of olive groves and forest in southern Lebanon, the country's agriculture ministry said, releasing toxins into the soil. Farmers near the border said the shelling continued this week. Researchers at the American University of Beirut are measuring the contamination.",
        "E",
        "shelling",
    ),
    (
        "US strikes on Ras Isa fuel port raise spill fears",
        "US warplanes struck the Ras Isa fuel port in western Yemen on Thursday, killing at least 70 people, the Houthi-run health ministry said. US Central Command said it targeted fuel supplies that fund the Houthis. Environmental groups warned that damaged storage tanks could leak into the Red Sea's coral reefs.",
        "E M",
        "airstrike",
    ),
    (
        "Ship hit by Houthi missile sinks with 21,000 tonnes of fertiliser",
        "A cargo ship that was hit by a Houthi missile two weeks ago sank in the southern Red Sea on Saturday with 21,000 tonnes of ammonium phosphate fertiliser on board, Yemen's government said. Marine scientists warned of an algae bloom that could damage coral reefs and fisheries.",
        "E",
        "missile_strike",
    ),
    (
        "Nairobi hospitals treat protesters shot as crowd storms parliament",
        "Nairobi hospitals treated more than 150 people with gunshot wounds after police opened fire on protesters who broke into parliament and set part of it on fire, the Kenya Medical Association said. At least 19 people were killed. Doctors said police fired tear gas into a field clinic.",
        "U",
        "riot",
    ),
    (
        "Mob vandalises Kolkata hospital during protest over doctor's murder",
        "A mob broke into a state-run hospital in Kolkata late on Wednesday, smashing the emergency ward and attacking police during a night protest over the rape and murder of a young doctor, police said. Officers fired tear gas to disperse the crowd. Doctors across India extended their strike.",
        "U",
        "mob_violence",
    ),
    (
        "Kathmandu hospitals overwhelmed as police fire on youth protest",
        "Police fired live rounds and tear gas at young protesters who tried to enter Nepal's parliament over a ban on social media platforms on Monday, killing 19, officials said. Hospitals in Kathmandu said they had run out of beds and blood. The government lifted the ban overnight.",
        "U",
        "crackdown",
    ),
    (
        "Drone strike hits telecom exchange in Odesa, cutting internet",
        "A Russian drone attack damaged a telecom exchange and a data centre in Odesa overnight, cutting mobile internet for about 300,000 subscribers, the operator said. Two employees were wounded. Engineers restored part of the service by noon using satellite links.",
        "E",
        "drone_strike",
    ),
    (
        "Insurgents blow up pylons, cutting power to Maiduguri",
        "Insurgents of the Islamic State West Africa Province blew up transmission towers on the line feeding Maiduguri, leaving the city without power for a second week, the grid operator said. Hospitals and water plants are running on diesel. Engineers said repair crews needed a military escort.",
        "E T H",
        "sabotage_bombing",
    ),
    (
        "Drones strike electronics plant in western Ukraine, 19 hurt",
        "Russian drones and cruise missiles struck an American-owned electronics factory in Mukachevo in western Ukraine on Thursday, wounding 19 workers and setting the plant on fire, regional officials said.",
        "E",
        "drone_strike",
    ),
    (
        "Insurgent attacks in Cabo Delgado close schools and displace 50,000",
        "Insurgents linked to the Islamic State beheaded villagers and burned schools in northern Mozambique's Cabo Delgado province over the past fortnight, displacing about 50,000 people, UNICEF said. More than 100 schools have closed. Many families fled on foot to Pemba.",
        "V T D",
        "village_raid",
    ),
    (
        "Fighting cuts water to Tigray town as pumping station is shelled",
        "Shelling damaged a pumping station supplying Adwa in Tigray on Friday during fighting between Eritrean troops and Tigrayan forces, leaving the town without water, a local official said. Residents said they were drinking from rivers.",
        "E B H",
        "shelling",
    ),
    (
        "Students shot as police break up protest at Mandalay university",
        "Security forces opened fire on students protesting against the military coup at a Mandalay university campus on Wednesday, killing two and arresting more than 100, witnesses said.",
        "U",
        "crackdown",
    ),
    (
        "Climate-fuelled water fight leaves 14 dead in Chad's Sila",
        "Clashes between farmers and herders over access to a water point in Chad's Sila province killed 14 people on Saturday, local authorities said, and villages were burned. Researchers say shrinking rainy seasons have pushed herders south earlier each year. Troops were sent to separate the communities.",
        "B V",
        "communal_violence",
    ),
    (
        "Sabotage bombing damages Cauca hydro station, guerrillas blamed",
        "An explosive charge damaged a substation of a hydroelectric plant in Colombia's Cauca department overnight, the army said, blaming FARC dissidents who operate in the area. The attack cut power to 120,000 people. The army said it had sent troops to secure the site.",
        "E",
        "sabotage_bombing",
    ),
]
