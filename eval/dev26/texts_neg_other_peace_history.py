"""dev26 texts: negatives: other; negatives: peace talks, ceasefires and disarmament;
negatives: history and remembrance.

NEGATIVES = [(title, text, kind code), ...], in the order they were written.
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: other
    (
        "Press freedom index: RSF ranks Norway first again",
        "Reporters Without Borders, known by its French acronym RSF, ranked Norway first in its annual World Press Freedom Index and said the economic fragility of news outlets was the biggest threat to journalism.",
        "other",
    ),
    (
        "RSF prize goes to Sudanese radio reporter",
        "The press freedom group RSF gave its courage prize to a Sudanese radio journalist at a ceremony in Paris, praising her reporting on women's health. The organisation also honoured a Mexican investigative reporter.",
        "other",
    ),
    (
        "Nomads gather for Cure Salee festival in Ingall",
        "Thousands of Tuareg and Wodaabe herders gathered in Ingall, in northern Niger, for the Cure Salee, the festival that marks the end of the rainy season, with camel races and the Gerewol beauty contest.",
        "other",
    ),
    (
        "Naadam opens with horse racing and archery",
        "Mongolia's Naadam festival opened in Ulaanbaatar with a parade of herders, wrestlers and archers, and child jockeys raced horses across the steppe. Tens of thousands of tourists attended this year's opening ceremony.",
        "other",
    ),
    (
        "Kayakers' close encounter with humpback whale caught on camera",
        "Two kayakers off the coast of Chile had a close encounter with a humpback whale that briefly surfaced beneath them, a video shared by a relative showed. Both were unhurt.",
        "other",
    ),
    (
        "Monkey bandits at Uluwatu temple trade phones for fruit",
        "Long-tailed macaques at Bali's Uluwatu temple, known to tourists as the bandits, snatch phones and sunglasses and return them for fruit, researchers said in a study.",
        "other",
    ),
    (
        "Former child soldier graduates as a doctor in Gulu",
        "A woman abducted as a girl by the Lord's Resistance Army two decades ago graduated as a medical doctor from Gulu University and plans to work in a rural clinic.",
        "other",
    ),
    (
        "Rohingya student from Cox's Bazar wins Oxford scholarship",
        "A Rohingya student who grew up in the camps of Cox's Bazar won a scholarship to study law at Oxford, her school announced. She learned English through an online course and hopes to work on refugee law.",
        "other",
    ),
    (
        "Newroz fires lit across Diyarbakir in festive celebration",
        "Hundreds of thousands of people celebrated Newroz, the Kurdish new year, in Diyarbakir, dancing around bonfires in a festive atmosphere, organisers said. Police said the event ended without incident.",
        "other",
    ),
    (
        "Astronomers say fast radio burst is no alien encounter",
        "Astronomers said an unusual fast radio burst traced to a distant galaxy had a natural source, not a signal from aliens, in a paper in Nature. The burst probably came from a magnetar, a type of dense dead star.",
        "other",
    ),
    (
        "PDF turns 30: the file format that outlived its critics",
        "The Portable Document Format, or PDF, marks three decades since its launch, and is now an open standard used for everything from tax forms to contracts.",
        "other",
    ),
    (
        "Tigray coffee farmers win specialty cup award",
        "A cooperative of coffee farmers from Tigray won a specialty coffee award in Addis Ababa, its first since exports from the region resumed. Buyers from Japan and Germany bid for its beans at auction.",
        "other",
    ),
    # ---------------------------------------------------------------- negatives: peace talks, ceasefires and disarmament
    (
        "Congo and AFC/M23 rebels commit to permanent truce in Doha text",
        "Congo's government and the AFC/M23 rebel alliance signed a declaration of principles in Doha, committing to a permanent ceasefire and further talks, Qatari mediators said.",
        "peace",
    ),
    (
        "ELN and Colombian government resume talks in Caracas",
        "Negotiators for Colombia's government and the ELN guerrilla resumed peace talks in Caracas and agreed on a timetable for discussing civil society participation, the guarantor countries said.",
        "peace",
    ),
    (
        "Clan del Golfo and Bogota open talks in Qatar",
        "Representatives of the Clan del Golfo and Colombia's government met in Doha for a first round of talks on the group's submission to justice, the foreign ministry said.",
        "peace",
    ),
    (
        "PKK announces dissolution at party congress",
        "The Kurdistan Workers' Party, the PKK, said its congress had decided to dissolve the organisation and end its armed struggle against the Turkish state, following a call from its jailed founder.",
        "peace",
    ),
    (
        "SDF and Damascus sign deal to merge Kurdish-led forces into army",
        "The Syrian Democratic Forces and Syria's interim government signed an agreement to integrate the SDF's military and civilian institutions into the state by the end of the year, both sides said.",
        "peace",
    ),
    (
        "Fifty Maoists lay down arms in Bijapur",
        "Fifty Maoist cadres, several with bounties on their heads, surrendered to police in Bijapur with rifles and explosives, taking up a state rehabilitation scheme, officials said.",
        "peace",
    ),
    (
        "Katsina bandit leaders sign peace accord with villages",
        "Bandit leaders in Katsina's Danmusa area signed a peace accord with community leaders in the presence of officials, and farmers said they had returned to fields abandoned for three years.",
        "peace",
    ),
    (
        "Arakan Army and junta hold talks in Kunming",
        "Representatives of the Arakan Army and Myanmar's military government met in Kunming for talks mediated by China, a spokesman for the group said, without giving details.",
        "peace",
    ),
    (
        "Truce begins in Gaza as first captives go home",
        "The truce between Israel and Hamas began on Sunday morning, and three Israeli hostages and 90 Palestinian prisoners were freed under the first phase of the agreement, mediators said.",
        "peace",
    ),
    (
        "Lebanese army deploys south of Litani under ceasefire deal",
        "Lebanese army units moved into villages south of the Litani river as Israeli forces withdrew under the ceasefire with Hezbollah, the army said, and residents began returning.",
        "peace",
    ),
    (
        "AU panel reviews Pretoria agreement with TPLF and Addis",
        "African Union mediators met delegations of Ethiopia's federal government and the TPLF in Addis Ababa to review the implementation of the Pretoria peace agreement, with disarmament of Tigrayan fighters on the agenda.",
        "peace",
    ),
    (
        "MILF fighters hand in weapons in decommissioning ceremony",
        "About 1,500 former fighters of the Moro Islamic Liberation Front handed in their weapons at a decommissioning ceremony in Maguindanao, receiving transition cash and livelihood packages.",
        "peace",
    ),
    (
        "Ethiopia and OLA resume talks in Tanzania",
        "Ethiopia's government and the Oromo Liberation Army resumed peace talks in Dar es Salaam, the two sides said in a joint statement, after an earlier round ended without a deal.",
        "peace",
    ),
    (
        "ULFA pro-talks faction signs peace accord in Delhi",
        "The pro-talks faction of the United Liberation Front of Asom signed a peace accord with the central and Assam governments, agreeing to disband and surrender its weapons.",
        "peace",
    ),
    (
        "Tumaini talks on South Sudan resume in Nairobi",
        "South Sudan's government and holdout opposition groups resumed the Tumaini peace talks in Nairobi, Kenya's mediators said, focusing on a protocol on security arrangements.",
        "peace",
    ),
    (
        "Pakistan and Afghan Taliban agree ceasefire in Doha",
        "Pakistan and Afghanistan's Taliban government agreed to an immediate ceasefire in talks in Doha mediated by Qatar and Turkey, and to meet again in Istanbul. Trade through the Torkham crossing is due to resume.",
        "peace",
    ),
    (
        "Enga clans exchange pigs to end tribal feud",
        "Two clans in Papua New Guinea's Enga province exchanged hundreds of pigs and cash in a compensation ceremony to seal a peace agreement, and the provincial governor shook hands with the war leaders.",
        "peace",
    ),
    (
        "Comuneros del Sur destroy rifles in Narino",
        "The Comuneros del Sur armed group destroyed rifles and explosives in a ceremony in Narino under its peace process with Colombia's government, the peace commissioner said.",
        "peace",
    ),
    # ---------------------------------------------------------------- negatives: history and remembrance
    (
        "Kigali lights flame of remembrance for genocide victims",
        "President Paul Kagame lit the flame at the Gisozi memorial as Rwanda opened its annual Kwibuka period of remembrance for the 1994 genocide against the Tutsi.",
        "history",
    ),
    (
        "Biafra war veterans recall siege of Owerri",
        "Ahead of the anniversary of the end of the Nigerian civil war, veterans on both sides met in Enugu to share memories of the siege of Owerri in 1969. Organisers said the meeting was meant to promote reconciliation between generations.",
        "history",
    ),
    (
        "Tamils hold Mullivaikkal remembrance for the end of the war",
        "Tamils gathered at Mullivaikkal in Mullaitivu to remember those killed in the last phase of Sri Lanka's war against the Tamil Tigers in 2009, lighting lamps on the beach.",
        "history",
    ),
    (
        "El Alamein museum restores Afrika Korps tank",
        "Egypt's military museum at El Alamein has restored a German tank of Rommel's Afrika Korps, found in the desert decades after the 1942 battle. It will go on display next to British and Italian vehicles from the battle.",
        "history",
    ),
    (
        "Naxalbari marks anniversary of 1967 peasant uprising",
        "Villagers in Naxalbari, in West Bengal, marked the anniversary of the 1967 peasant uprising that gave India's Naxal movement its name, with speeches at the memorial.",
        "history",
    ),
    (
        "Halabja remembers chemical attack of 1988",
        "Sirens sounded in Halabja as Kurds remembered the 1988 chemical attack by Saddam Hussein's forces that killed about 5,000 people. Survivors laid flowers at the memorial, and Kurdistan's prime minister called for compensation.",
        "history",
    ),
    (
        "Aba Women's War added to Nigerian history curriculum",
        "Nigeria's education ministry added the 1929 Aba Women's War, a revolt of Igbo women against colonial taxation, to the secondary school history syllabus. Historians welcomed the move.",
        "history",
    ),
    (
        "France and Senegal honour Thiaroye tirailleurs",
        "Senegal marked the anniversary of the 1944 Thiaroye massacre of West African tirailleurs by French colonial troops, with a ceremony at the military cemetery.",
        "history",
    ),
    (
        "Mau Mau veterans unveil memorial in Nyeri",
        "Elderly veterans of the Mau Mau uprising against British rule unveiled a memorial to fighters in Nyeri, where the rebellion's leader Dedan Kimathi was captured in 1956.",
        "history",
    ),
    (
        "Ogoni Nine remembered three decades on",
        "Activists in Port Harcourt marked the anniversary of the 1995 execution of Ken Saro-Wiwa and eight other Ogoni leaders by Nigeria's military government. Speakers called for the men to be formally pardoned.",
        "history",
    ),
    (
        "Lima memorial museum opens room on Shining Path years",
        "Peru's Place of Memory museum in Lima opened a new room on the years of violence between the Shining Path and the state from 1980 to 2000. It shows photographs taken by journalists and testimony collected by the truth commission.",
        "history",
    ),
    (
        "Dhaka's Liberation War Museum digitises 1971 archive",
        "Bangladesh's Liberation War Museum said it had digitised 20,000 letters and photos from the 1971 war, opening the archive to researchers. Curators said the project would take two more years to finish.",
        "history",
    ),
    (
        "Maji Maji rebellion remembered in Songea",
        "Tanzanians in Songea remembered the leaders of the Maji Maji rebellion, hanged by German colonial forces in 1906, at a memorial ceremony. School children sang songs and the regional commissioner laid a wreath.",
        "history",
    ),
]
