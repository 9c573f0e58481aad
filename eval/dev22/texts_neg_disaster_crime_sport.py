"""dev22 texts: negatives: disasters; negatives: crime; negatives: sport.

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: disasters
    (
        "Cyclone Freddy: Malawi death toll passes 400",
        "More than 180,000 people are sheltering in camps after floods and mudslides swept through Blantyre. Soldiers are using boats to reach cut-off villages.",
        "disaster",
    ),
    (
        "Rescuers pull survivors from rubble in Hatay days after quake",
        "Army units joined search teams in the ruined city as the death toll in Turkey and Syria climbed past 20,000.",
        "disaster",
    ),
    (
        "Army helicopters pluck families from rooftops in flooded Sindh",
        "More than 30 million people have been affected by the monsoon floods, Pakistan's government says, and a third of the country is under water.",
        "disaster",
    ),
    (
        "Wildfire reduces historic Lahaina to ashes",
        "Residents jumped into the sea to escape the flames as the fire, driven by hurricane winds, swept through the Maui town. Dozens are confirmed dead.",
        "disaster",
    ),
    (
        "Morocco earthquake: villagers sleep outside in the Atlas mountains",
        "Soldiers and volunteers are clearing blocked roads to reach remote villages where mud-brick houses collapsed, and the death toll has passed 2,900.",
        "disaster",
    ),
    (
        "Landslides in Wayanad bury tea estate villages",
        "More than 200 people died when hillsides collapsed after torrential rain in Kerala. The army built a temporary bridge to reach survivors.",
        "disaster",
    ),
    (
        "Tonga cut off after undersea volcano eruption and tsunami",
        "Ash covers the main island and the undersea communications cable has been severed, New Zealand's defence force said after a surveillance flight.",
        "disaster",
    ),
    (
        "Floodwaters swamp Maiduguri after dam collapse",
        "About 400,000 people have been forced from their homes, including families already living in camps, Borno officials said.",
        "disaster",
    ),
    (
        "Cyclone Mocha tears through Rakhine and Cox's Bazar",
        "Winds of up to 210 km/h ripped roofs off homes in Sittwe and damaged bamboo shelters in the Rohingya refugee camps across the border.",
        "disaster",
    ),
    (
        "Drought pushes Somali herders into camps around Baidoa",
        "A fifth failed rainy season has killed livestock across southern Somalia. Families are walking for days to reach water and food distributions.",
        "disaster",
    ),
    (
        "Hurricane Maria leaves Puerto Rico without power",
        "The whole island is in darkness and many roads are impassable, and officials say it could take months to restore electricity.",
        "disaster",
    ),
    (
        "Soldiers join clean-up after Valencia flash floods",
        "Thousands of troops are clearing mud and cars from towns south of the city, where more than 200 people died when a month's rain fell in hours.",
        "disaster",
    ),
    (
        "Kunar earthquake: rescuers reach mountain villages on foot",
        "Landslides blocked the roads into the valleys of eastern Afghanistan after the night-time quake, and helicopters are flying the injured to Jalalabad.",
        "disaster",
    ),
    (
        "Blaze leaves 2,000 refugees homeless in Kenyan camp",
        "The fire started in a cooking area in Kakuma and spread quickly through the dry shelters, the UN refugee agency said.",
        "disaster",
    ),
    # ---------------------------------------------------------------- negatives: crime
    (
        "Gunman kills 19 children and two teachers at Texas school",
        "Police said the 18-year-old attacker, who was killed by officers, had bought two rifles days before the shooting at Robb Elementary in Uvalde.",
        "crime",
    ),
    (
        "Student kills 14 in shooting at Prague university",
        "Police said the gunman, who killed himself, had acted alone. There was no link to extremism, the interior minister said.",
        "crime",
    ),
    (
        "Antwerp cocaine seizures top 100 tonnes",
        "Customs officers found most of the drug hidden in banana containers from Ecuador and Colombia, Belgian authorities said.",
        "crime",
    ),
    (
        "Thieves steal crown jewels from the Louvre in seven-minute heist",
        "The gang used a furniture lift to reach a first-floor window of the Apollo Gallery and escaped on scooters. Eight pieces were taken, the Paris prosecutor said.",
        "crime",
    ),
    (
        "Kidnapped businessman freed in Lagos after ransom paid, family says",
        "Police said three suspects had been arrested and that the man, abducted outside his home a week ago, was in good health.",
        "crime",
    ),
    (
        "Former Mexican security chief García Luna sentenced in New York",
        "The judge gave him more than 38 years in prison for taking bribes from the Sinaloa cartel while he led the country's fight against drug traffickers.",
        "crime",
    ),
    (
        "Tavern shooting in Soweto leaves 16 dead",
        "Police said a group of armed men opened fire on customers at the bar late on Saturday. The motive is not yet known.",
        "crime",
    ),
    (
        "Man stabs children in Annecy playground",
        "Four toddlers and two adults were wounded by a man with a knife by the lake, and prosecutors said there was no sign of a terrorist motive.",
        "crime",
    ),
    (
        "Two men convicted of murdering Dutch crime reporter",
        "The journalist was shot in an Amsterdam street after appearing on a television programme. The court said the killing was ordered by a drug gang.",
        "crime",
    ),
    (
        "Pirates hijack bulk carrier off Somalia",
        "Armed men boarded the ship about 600 nautical miles off the coast and are holding its 23 crew, and the owners are preparing for ransom talks.",
        "crime",
    ),
    (
        "Former police officer kills 36 at Thai childcare centre",
        "The man, who had been dismissed for drug offences, attacked children with a knife and a gun before killing his family and himself.",
        "crime",
    ),
    (
        "Brazil charges three men over killing of Dom Phillips and Bruno Pereira",
        "Prosecutors said the British journalist and the Indigenous expert were shot by fishermen involved in illegal fishing in the Javari valley.",
        "crime",
    ),
    (
        "Teenager opens fire at Belgrade school",
        "Eight pupils and a security guard were killed by a 13-year-old who took his father's guns to school. Serbia has announced a gun amnesty.",
        "crime",
    ),
    (
        "Gang boss captured in Honduras jungle hideout",
        "Police said the head of a drug trafficking network wanted in the United States was arrested without a shot being fired.",
        "crime",
    ),
    # ---------------------------------------------------------------- negatives: sport
    (
        "Liverpool's attack too much for Brentford",
        "Two goals in five minutes killed the game off before half-time. Slot's side stay top of the Premier League.",
        "sport",
    ),
    (
        "Springboks' defence holds firm to retain Rugby World Cup",
        "South Africa beat New Zealand 12-11 in a tense final in Paris, absorbing wave after wave of All Blacks attacks.",
        "sport",
    ),
    (
        "Bumrah puts Australia under siege in Perth",
        "India's captain took five wickets as the hosts were bowled out for 104 on a bouncy first-day pitch. Seventeen wickets fell on the opening day.",
        "sport",
    ),
    (
        "Napoli and Inter set for final-day battle for the scudetto",
        "One point separates the two sides, and both coaches say their players are ready for the fight. Napoli travel to Cagliari while Inter host Como.",
        "sport",
    ),
    (
        "Fans clash before cup final in Lisbon; police make arrests",
        "Riot police separated groups of supporters who threw chairs and bottles outside bars near the stadium. The match went ahead as planned.",
        "sport",
    ),
    (
        "Late strike sends Morocco into World Cup semi-final",
        "Youssef En-Nesyri's header knocked out Portugal, and Morocco became the first African team to reach the last four.",
        "sport",
    ),
    (
        "Usyk beats Fury on split decision in Riyadh",
        "The Ukrainian became the first undisputed heavyweight champion in 25 years after a brutal battle over twelve rounds.",
        "sport",
    ),
    (
        "Ukraine qualify for Euro 2024 despite playing home games abroad",
        "A late goal against Iceland in Wroclaw sealed their place. The players dedicated the win to their compatriots at home.",
        "sport",
    ),
    (
        "Afghan women's cricket team plays first match in exile",
        "Players who left Afghanistan after 2021 took the field in Melbourne, the first time the squad has come together in more than three years.",
        "sport",
    ),
    (
        "Pogacar attacks on final climb to take yellow jersey",
        "The Slovenian launched his move five kilometres from the summit, and nobody could follow. He now leads the race by almost two minutes.",
        "sport",
    ),
    (
        "Turkish shooter wins silver and goes viral",
        "Yusuf Dikec finished second in the mixed air pistol at the Paris Olympics, shooting with one hand in his pocket. Millions shared the picture.",
        "sport",
    ),
    (
        "Magnus Carlsen wins the world rapid title again",
        "The Norwegian fought back from a bad start to win a tense battle with Ian Nepomniachtchi in the final round.",
        "sport",
    ),
]
