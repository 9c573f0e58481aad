"""dev133 positives (3 of 3): briefs of current organised violence and its direct consequences from
Asia and the Americas (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Junta jet bombs Sagaing village festival, killing 22",
        "A Myanmar military jet bombed a village in Sagaing region's Depayin township during a "
        "Buddhist festival on Wednesday night, killing at least 22 people, including children, "
        "residents and a local resistance group said. The junta's information team said it had "
        'targeted a gathering of "terrorist" People\'s Defence Force members.',
        "E V",
        "air strike",
    ),
    (
        "Arakan Army says it has overrun Western Command headquarters",
        "The Arakan Army said on Tuesday it had captured the headquarters of the Myanmar "
        "military's Western Command in Ann, in Rakhine state, after weeks of fighting, the "
        "first regional command to fall in the civil war. The junta did not comment, and the "
        "claim could not be independently verified because internet access in the state has "
        "been cut.",
        "B",
        "battle",
    ),
    (
        "Seven policemen martyred in attack on Dera Ismail Khan police station",
        "DERA ISMAIL KHAN: Seven policemen were martyred when militants attacked a police "
        "station with hand grenades and assault rifles before dawn on Thursday, officials said, "
        "setting off a gunfight that lasted three hours. The banned Tehreek-e-Taliban Pakistan "
        "claimed responsibility for the attack, the third on police in the district this month.",
        "B T E",
        "attack on police",
    ),
    (
        "Gunmen pull passengers off buses and kill nine in Balochistan",
        "Armed men blocked a highway in Balochistan's Kalat district on Wednesday night, "
        "checked passengers' identity cards and shot dead nine men from Punjab, a provincial "
        "government spokesman said. The banned Balochistan Liberation Army claimed the "
        "killings, which officials called a terrorist attack.",
        "V T",
        "roadside executions",
    ),
    (
        "Pakistan and Afghan Taliban forces clash along border after air strikes",
        "Pakistani and Afghan Taliban forces exchanged heavy fire at several points along their "
        "border overnight, both sides said, days after Pakistan carried out air strikes in "
        "Kabul and Paktika that it said targeted Pakistani Taliban hideouts. The Taliban said "
        "58 Pakistani soldiers were killed; Pakistan's military said it lost 23 troops and "
        'killed more than 200 "Taliban and affiliated terrorists". The Torkham and Chaman '
        "crossings were closed.",
        "B E M",
        "border clashes",
    ),
    (
        "Two militants killed in Kupwara gunfight, army says",
        "Two militants were killed in a gunfight with the army in the Machil sector of north "
        "Kashmir's Kupwara district on Saturday after troops intercepted an infiltration bid "
        "along the Line of Control, a defence spokesman said. A soldier was injured, and a "
        "search of the area was under way.",
        "B M",
        "gunfight",
    ),
    (
        "Houses torched, retired soldier shot dead in Manipur's Jiribam",
        "Armed men set fire to at least six houses in a Meitei village in Manipur's Jiribam "
        "district and shot dead a retired soldier on Friday, police said, prompting hundreds of "
        "residents to flee to relief camps in the district headquarters. The State government "
        "suspended mobile internet services for five days.",
        "V D",
        "village attack",
    ),
    (
        "27 Maoists, including top leader, killed in Narayanpur encounter",
        "Security forces killed 27 Maoists, among them the banned CPI (Maoist) general "
        "secretary, in a gunfight in the forests of Chhattisgarh's Narayanpur district, Deputy "
        "Chief Minister Vijay Sharma said on Wednesday. One District Reserve Guard jawan was "
        "killed. The operation is part of the Centre's push to end the insurgency by March "
        "2026.",
        "B M",
        "counterinsurgency operation",
    ),
    (
        "Five NPA rebels, soldier killed in Negros clash",
        "Five New People's Army guerrillas and a soldier were killed in a 30-minute firefight "
        "in the mountains of Himamaylan City, Negros Occidental, on Friday, the Philippine "
        "Army's 3rd Infantry Division said. Troops recovered rifles and improvised explosives "
        "at the site.",
        "B",
        "clash",
    ),
    (
        "Roadside bomb kills two rangers in Narathiwat",
        "A roadside bomb struck a pickup carrying paramilitary rangers in Narathiwat's Rueso "
        "district on Monday morning, killing two and wounding four, police said. Separatist "
        "insurgents have waged a low-level war in the Malay-Muslim southern border provinces "
        "since 2004, in which more than 7,000 people have died.",
        "E",
        "roadside bomb",
    ),
    (
        "Bangladesh imposes curfew, deploys army after deadly quota clashes",
        "Bangladesh's government imposed a nationwide curfew and deployed the army on Friday "
        "after clashes between student protesters, police and ruling-party activists killed at "
        "least 105 people this week, according to an AFP tally of hospital figures. Protesters "
        "set fire to the headquarters of the state broadcaster BTV in Dhaka.",
        "U",
        "crackdown",
    ),
    (
        "Papuan rebels kill 11 gold miners in Yahukimo",
        "Fighters of the West Papua National Liberation Army killed 11 gold prospectors in "
        "Yahukimo regency, accusing them of spying for the Indonesian military, the Papua "
        'police said on Thursday. A spokesman for the rebels said the area was a "war zone" '
        "that civilians had been told to leave.",
        "V",
        "killing of civilians",
    ),
    (
        "Protesters set parliament ablaze as Nepal's death toll rises to 19",
        "Protesters stormed Nepal's parliament building in Kathmandu on Tuesday and set it on "
        "fire, a day after police fired on crowds demonstrating against a ban on social media "
        "platforms, killing 19 people. Prime Minister KP Sharma Oli resigned, and the army took "
        "charge of security in the capital.",
        "U",
        "riot",
    ),
    (
        "Thai F-16s strike Cambodian positions as border fighting spreads",
        "Thailand sent F-16 jets to strike Cambodian military targets on Thursday after the two "
        "armies exchanged fire near the Ta Muen Thom temple, and Cambodian rockets hit a petrol "
        "station in Sisaket province, killing at least 11 Thai civilians, Thai officials said. "
        "More than 40,000 villagers were evacuated from border districts.",
        "B E M D",
        "border clashes",
    ),
    (
        "Regional parliament buildings burned as Indonesia protests spread",
        "Rioters set fire to regional parliament buildings in Makassar and Bandung on Friday as "
        "protests over lawmakers' housing allowances spread across Indonesia, a day after a "
        "police armoured vehicle ran over and killed a motorcycle taxi driver in Jakarta. Three "
        "people died in the Makassar fire, officials said.",
        "U",
        "riot",
    ),
    (
        "Suicide blast at Kabul ministry kills Taliban refugees minister",
        "A suicide bomber killed Afghanistan's minister for refugees, Khalil Haqqani, and five "
        "other people inside the ministry compound in Kabul on Wednesday, Taliban officials "
        "said. The Islamic State Khorasan Province group claimed the bombing.",
        "E T",
        "suicide bombing",
    ),
    (
        "Gangs overrun Mirebalais and free hundreds of inmates",
        "PORT-AU-PRINCE, Haiti (AP) — Members of the Viv Ansanm gang coalition stormed the town "
        "of Mirebalais in central Haiti on Monday, freed more than 500 inmates from its prison "
        "and set homes on fire, officials said. Police and soldiers pulled back after hours of "
        "fighting. The International Organization for Migration said about 5,000 residents "
        "fled. It was the gangs' second mass prison break in a year.",
        "B V D",
        "gang offensive",
    ),
    (
        "Culiacán counts 12 more dead as Sinaloa cartel war enters sixth month",
        "Police in Culiacán found 12 bodies with gunshot wounds dumped beside a highway on "
        "Sunday, the Sinaloa state prosecutor said, as the war between the Chapitos and Mayo "
        "Zambada factions of the Sinaloa cartel entered its sixth month. The factions have "
        "fought street battles with assault rifles and explosive-laden drones, and schools in "
        "parts of the city have moved classes online.",
        "B V",
        "cartel war",
    ),
    (
        "ELN offensive in Catatumbo drives 32,000 from their homes",
        "More than 32,000 people have fled Colombia's Catatumbo region on the Venezuelan border "
        "since ELN guerrillas launched an offensive against a FARC dissident faction on January "
        "16, the ombudsman's office said, and at least 80 people have been killed, some of them "
        "community leaders dragged from their homes. President Gustavo Petro suspended peace "
        "talks with the ELN.",
        "B V D",
        "offensive",
    ),
    (
        "Rio police raid on Comando Vermelho leaves over 120 dead",
        "A police operation involving 2,500 officers against the Comando Vermelho gang in Rio "
        "de Janeiro's Alemão and Penha favela complexes left at least 121 people dead, four of "
        "them police officers, the state government said on Wednesday. Gang members fought back "
        "with rifles and dropped explosives from drones, officials said. Residents laid out "
        "dozens of bodies recovered from a wooded hillside in a square. Rights groups called it "
        "the deadliest police operation in Brazil's history.",
        "B M E",
        "police operation",
    ),
    (
        "US strike on alleged drug boat kills six",
        "The US military destroyed a boat it said was smuggling drugs in the southern Caribbean "
        "on Friday, killing six people on board, Defense Secretary Pete Hegseth said. Why it "
        "matters: it is at least the 14th such strike since September, and the campaign has now "
        "killed more than 60 people without any public evidence about who was aboard.",
        "E M",
        "military strike",
    ),
    (
        "Lima protester shot dead as Gen Z march clashes with police",
        "A 32-year-old man was shot dead and more than 100 people, including about 80 police "
        "officers, were injured when protesters demanding the resignation of President José "
        "Jerí clashed with police outside Congress in Lima on Wednesday night, Peru's "
        "ombudsman's office said. Demonstrators threw stones and fireworks; police fired tear "
        "gas.",
        "U",
        "clashes",
    ),
    (
        "Three police officers killed clearing pro-Morales blockade in Bolivia",
        "Three police officers were shot dead in Llallagua, in Bolivia's Potosí department, as "
        "security forces tried to clear road blockades set up by supporters of former president "
        "Evo Morales, the government said on Wednesday. Officials said protesters also threw "
        "sticks of dynamite at the officers.",
        "U E",
        "clashes",
    ),
    (
        "Colombian presidential hopeful shot at Bogotá rally",
        "A gunman shot Senator Julián Arbeláez, a presidential hopeful of the opposition Centro "
        "Democrático, twice in the head as he addressed supporters in a park in Bogotá's "
        "Fontibón district on Saturday, police said. A 15-year-old suspect was arrested at the "
        "scene. Defence Minister Pedro Sánchez said investigators were looking into whether an "
        "armed group had paid for the attack.",
        "V",
        "assassination attempt",
    ),
]
