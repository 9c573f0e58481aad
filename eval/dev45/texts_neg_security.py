"""dev45 negatives: espionage, terrorism trials and foiled plots, cyber and hybrid incidents. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "German prosecutors arrest two suspected Russian spies near US base",
        "German federal prosecutors said two German-Russian men had been arrested in Bayreuth on suspicion of spying on US military facilities in Bavaria for Russian intelligence and of planning sabotage against them. A judge ordered them held pending trial. One of them is also accused of scouting rail lines used to send weapons to Ukraine.",
        "crime",
    ),
    (
        "Estonian court jails professor for spying for Russia",
        "A court in Tallinn sentenced a university professor to six years in prison for spying for Russia's military intelligence, finding that he had passed information on Estonia's defence forces and NATO allies over several years.",
        "crime",
    ),
    (
        "Taiwan court convicts soldiers of spying for China",
        "Taiwan's High Court sentenced eight people, including several serving and retired soldiers, to prison terms of up to 20 years for passing military secrets to Chinese intelligence in exchange for payments. Prosecutors said the group had recruited others through debts and online gambling.",
        "crime",
    ),
    (
        "Men jailed over arson attack on Ukrainian-owned warehouse",
        "A London court jailed six men for setting fire to a warehouse storing aid and Starlink equipment bound for Ukraine, in a plot that prosecutors said was commissioned by the Wagner Group. The ringleader received 17 years. No one was hurt in the fire.",
        "crime",
    ),
    (
        "Appeal court upholds sentences in Nice truck attack trial",
        "A Paris appeals court upheld the prison sentences of two men convicted of helping the driver who killed 86 people on the Promenade des Anglais in Nice in 2016. Families of victims said the ruling closed a long chapter.",
        "crime",
    ),
    (
        "Brother of Manchester Arena bomber admits attacking prison officers",
        "The brother of the Manchester Arena bomber admitted attacking three prison officers with cooking oil and makeshift blades at a high-security prison last April, an incident counter-terrorism police are treating as a terrorist attack, a court heard. He is already serving a life sentence for his part in the 2017 bombing.",
        "crime",
    ),
    (
        "Austria arrests teenager over plot to attack Taylor Swift concert",
        "Austrian police arrested a 19-year-old who they said had pledged allegiance to the Islamic State and planned to attack crowds outside Taylor Swift concerts in Vienna, and the organisers cancelled three shows. Chemicals and detonators were found at his home. His lawyer said he had not planned any attack. A second suspect was detained the next day.",
        "crime",
    ),
    (
        "Ransomware attack on defence supplier halts production",
        "A ransomware attack on a German maker of military vehicle parts halted production at three plants for a week, the company said, adding that hackers had demanded payment in cryptocurrency and that it had informed the federal cyber agency. No classified data were taken, it said.",
        "crime",
    ),
    (
        "Chinese state hackers hid in US infrastructure networks for years",
        "A Chinese state-sponsored hacking group known as Volt Typhoon had access to the computer networks of some US water, energy and transport operators for at least five years, US and allied cyber agencies said, warning it could disrupt them in a crisis. China denied the accusation.",
        "military",
    ),
    (
        "Cyberattack knocks out Ukraine's largest mobile operator",
        "A cyberattack took down the network of Kyivstar, Ukraine's largest mobile operator, leaving about 24 million subscribers without mobile and internet service for days. Ukraine's SBU said Russian military intelligence hackers had been inside the system for months. Some air raid warning sirens that rely on the network stopped working.",
        "military",
    ),
    (
        "GPS jamming disrupts flights over Baltic",
        "Finnair suspended flights to Tartu for a month after two aircraft had to turn back because GPS jamming prevented them from landing, the airline said. Estonia blamed Russia for the interference over the Baltic region. Aviation authorities said hundreds of flights a day were affected.",
        "military",
    ),
    (
        "Helsinki court dismisses case over Baltic cable damage",
        "A Helsinki court dismissed the case against the captain and two officers of the tanker Eagle S, which dragged its anchor across the seabed and damaged five undersea cables, ruling that Finland lacked jurisdiction. Prosecutors said they would appeal.",
        "crime",
    ),
    (
        "Pirates hijack bulk carrier off Somalia, demand ransom",
        "Armed pirates boarded a Bangladesh-flagged bulk carrier in the Indian Ocean and forced it to anchor off the Somali coast, where they demanded a ransom for the 23 crew, the shipowner said. The crew were released unharmed a month later. It was the first hijacking of a large merchant ship off Somalia in six years.",
        "crime",
    ),
    (
        "Navy seizes Iranian weapons bound for Houthis on dhow",
        "US Navy SEALs boarded a dhow in the Arabian Sea and seized Iranian-made missile components bound for Yemen's Houthis, Central Command said. No shots were fired during the boarding. The vessel was later scuttled and its crew detained.",
        "military",
    ),
    (
        "Israel indicts residents accused of spying for Iran",
        "Israeli prosecutors indicted seven residents of Haifa on charges of carrying out hundreds of intelligence tasks for Iranian agents, including photographing military bases and an Iron Dome battery, in exchange for money. The Shin Bet said the suspects had been recruited through social media.",
        "crime",
    ),
    (
        "Ukrainian suspected in Nord Stream sabotage arrested in Italy",
        "Italian police arrested a Ukrainian man wanted by Germany on suspicion of coordinating the 2022 sabotage of the Nord Stream gas pipelines, acting on a European arrest warrant. His lawyer said he would fight extradition.",
        "crime",
    ),
    (
        "Counter-terrorism raids in Belgium and Netherlands end with arrests",
        "Police in Belgium and the Netherlands arrested seven people in coordinated counter-terrorism raids on suspicion of preparing an attack, prosecutors said. No weapons were found and two were later released. Prosecutors declined to say what the target was.",
        "crime",
    ),
    (
        "Drone incursions over Langley air base baffle officials",
        "Swarms of unidentified drones flew over Langley Air Force Base in Virginia on 17 nights, military officials told lawmakers. The base moved its F-22 fighters to another field. The drones' origin was never determined.",
        "military",
    ),
    (
        "North Korean soldier defects across DMZ",
        "A North Korean soldier walked across the central section of the demilitarised zone and was taken into custody by South Korean troops, the Joint Chiefs of Staff said. He expressed a wish to defect.",
        "military",
    ),
    (
        "Iranian hackers target Israeli water control systems",
        "Hackers linked to Iran's Revolutionary Guards broke into control systems at several Israeli water facilities, Israel's National Cyber Directorate said, but were stopped before they could change chlorine levels.",
        "military",
    ),
    (
        "Deepfake video of general ordering surrender spreads online",
        "A fabricated video in which a Ukrainian general appeared to order troops to surrender spread on Telegram before platforms removed it, Ukraine's centre for countering disinformation said.",
        "politics",
    ),
    (
        "ICC prosecutor seeks arrest warrant for Myanmar military chief",
        "The International Criminal Court's prosecutor asked judges for an arrest warrant for Myanmar's military chief, Min Aung Hlaing, over crimes against humanity in the deportation and persecution of the Rohingya in 2017. Myanmar's junta does not recognise the court.",
        "crime",
    ),
    (
        "Russian satellite launched near US spy satellite, Space Command says",
        "US Space Command said a Russian satellite had been placed in the same orbit as a US government satellite, calling the launch likely a counter-space weapon. Moscow said the satellite was for science. Washington said it would continue to monitor it.",
        "military",
    ),
]
