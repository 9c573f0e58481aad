"""Positives of eval/dev61: Nigeria and West Africa (README.md)."""

POSITIVES = [
    (
        "Bandits kill 37 in Zamfara community, abduct women and children",
        (
            "Armed bandits on motorcycles invaded a village in Gusau Local Government Area of "
            "Zamfara State on Saturday, killing 37 residents and abducting several women and "
            "children, residents said. The gunmen, numbering over 100, shot sporadically and set "
            "houses and food barns on fire. Many villagers fled to Gusau town, where they are "
            "being hosted in a primary school. The state police command said tactical teams had "
            "been deployed to the area."
        ),
        "V D",
        "village raid",
    ),
    (
        "Gunmen abduct pupils, teachers from school in Kuriga",
        (
            "Gunmen stormed the LEA Primary and Secondary School in Kuriga, Chikun LGA of Kaduna "
            "State, on Thursday morning and abducted 287 pupils and teachers, residents and "
            "school officials said. A teacher who escaped said the bandits came on motorcycles as "
            "the morning assembly was ending. Troops and police have been deployed to track the "
            "kidnappers into the forest. Parents gathered at the school gate through the day, "
            "some of them weeping, as the district head compiled a list of the missing children. "
            "The Kaduna State Governor, who visited the community in the evening, said the "
            "government would do everything to bring the children back safely. It was the first "
            "mass abduction from a school in the state in more than two years."
        ),
        "V",
        "mass abduction",
    ),
    (
        "Gunmen attack Catholic church in Owo during Pentecost Mass",
        (
            "Gunmen attacked St Francis Catholic Church, Owo, in Ondo State during Pentecost "
            "Sunday Mass, shooting worshippers and detonating explosives, killing at least 40 "
            "people. The injured were receiving treatment at the Federal Medical Centre in Owo, "
            "where blood donations were urgently requested. The state governor described it as a "
            "vile and satanic attack. The Federal Government later blamed the Islamic State West "
            "Africa Province."
        ),
        "V E T",
        "attack on worshippers",
    ),
    (
        "Terrorists bomb Abuja-Kaduna train, abduct passengers",
        (
            "Terrorists bombed the rail track and attacked an Abuja-Kaduna train near Katari on "
            "Monday night, killing at least eight passengers and abducting dozens, the Kaduna "
            "State Government said. The train, carrying 362 passengers, was forced to stop after "
            "the explosion. Troops evacuated survivors to Kaduna in the early hours, and the "
            "Nigerian Railway Corporation suspended services on the route."
        ),
        "E T V",
        "train attack",
    ),
    (
        "Boko Haram kills 43 farmers on rice fields near Zabarmari",
        (
            "At least 43 farmers were killed by Boko Haram insurgents on rice fields at Koshobe "
            "near Zabarmari in Jere LGA of Borno State on Saturday, the governor said. Many of "
            "the victims, labourers from Sokoto who had come to harvest, had their throats slit. "
            "They were buried on Sunday as the governor urged the federal government to recruit "
            "more civilian JTF members and soldiers to protect farmers."
        ),
        "T V",
        "massacre",
    ),
    (
        "Troops of Operation Hadin Kai neutralise 22 terrorists in Sambisa",
        (
            "Troops of Operation Hadin Kai have neutralised 22 ISWAP and Boko Haram terrorists in "
            "clearance operations in the Timbuktu Triangle and parts of Sambisa forest, the "
            "Defence Headquarters said on Thursday. The Director of Defence Media Operations said "
            "the troops also rescued 11 kidnapped women and children and recovered AK-47 rifles "
            "and a gun truck. Aircraft of the Air Component provided close air support to the "
            "ground troops."
        ),
        "M B",
        "clearance operation",
    ),
    (
        "Army drone kills villagers celebrating Maulud in Kaduna",
        (
            "Residents of Tudun Biri village in Igabi LGA of Kaduna State buried scores of people "
            "on Monday after an army drone struck a gathering celebrating Maulud on Sunday night. "
            "The Nigerian Army said the drone was on a routine mission against terrorists and "
            "that the strike inadvertently affected the community. The governor said at least 85 "
            "people had been buried and 66 injured were receiving treatment."
        ),
        "E M",
        "drone strike",
    ),
    (
        "Gunmen attack Bokkos villages, kill over 100",
        (
            "Gunmen attacked more than 15 villages in Bokkos and Barkin Ladi LGAs of Plateau "
            "State from Saturday evening into Monday, killing over 100 people, the council "
            "chairman said. Survivors said the attackers went from house to house shooting "
            "residents and setting houses ablaze. Thousands of displaced residents were taking "
            "shelter in schools and churches in Bokkos town."
        ),
        "V D",
        "village raid",
    ),
    (
        "Herdsmen kill scores in Yelwata, Benue",
        (
            "Armed herdsmen attacked Yelwata community in Guma LGA of Benue State late on Friday, "
            "killing scores of residents, many of them displaced persons sheltering in the market "
            "area, local officials said. Houses and the shelters of IDPs were set on fire. The "
            "state police command said the death toll was still being compiled, as the Nigerian "
            "Red Cross put the number of missing people at dozens."
        ),
        "V D",
        "village raid",
    ),
    (
        "Unknown gunmen attack Owerri custodial centre, free inmates",
        (
            "Unknown gunmen attacked the Owerri Custodial Centre and the Imo State Police Command "
            "headquarters in the early hours of Monday, freeing over 1,800 inmates, the Nigerian "
            "Correctional Service said. The attackers, who came in buses and Hilux trucks, used "
            "explosives and rocket-propelled grenades to blast the administrative block. Police "
            "said the attack was carried out by members of the proscribed IPOB and its Eastern "
            "Security Network, a claim the group denied."
        ),
        "B E",
        "armed attack",
    ),
    (
        "Soldiers open fire on #EndSARS protesters at Lekki toll gate",
        (
            "Soldiers opened fire on #EndSARS protesters at the Lekki toll gate in Lagos on "
            "Tuesday night, shortly after the state government imposed a 24-hour curfew, "
            "witnesses said. Amnesty International said at least 10 people were killed at Lekki "
            "and Alausa. Hoodlums later set fire to a television station, police stations and BRT "
            "buses across the city."
        ),
        "U",
        "crackdown",
    ),
    (
        "Fresh gunfire in Bawku; curfew extended",
        (
            "At least five people were killed as renewed gunfire broke out in Bawku in the Upper "
            "East Region on Tuesday, forcing residents to stay indoors, the police said. The "
            "Interior Minister extended the dusk-to-dawn curfew and reinforced security in the "
            "municipality. The chieftaincy conflict between the Kusasi and Mamprusi has claimed "
            "dozens of lives in the past year, and many families have relocated to Bolgatanga."
        ),
        "B D",
        "chieftaincy conflict",
    ),
    (
        "Jihadists kill scores digging trenches around Barsalogho",
        (
            "Jihadist fighters of the al-Qaeda-linked JNIM opened fire on residents digging "
            "defensive trenches around Barsalogho in central Burkina Faso on Saturday, killing at "
            "least 200 people, according to local sources and security analysts. The villagers "
            "had been ordered by the army to dig the trench. Videos shared on social media showed "
            "bodies lying in the trench."
        ),
        "T V",
        "massacre",
    ),
    (
        "28 soldiers killed in jihadist attack in northern Benin",
        (
            "Twenty-eight soldiers were killed when jihadist fighters attacked an army post at "
            "Point Triple in the W National Park in northern Benin on Wednesday, the army chief "
            "of staff said. The government said 40 attackers had been killed during the fighting. "
            "JNIM claimed responsibility."
        ),
        "T B",
        "attack on army post",
    ),
    (
        "Bandits ambush soldiers in Niger State; rescue helicopter crashes",
        (
            "Bandits ambushed a team of soldiers at Kundu in Rafi LGA of Niger State on Thursday, "
            "killing a major and several other personnel, security sources said. The gunmen then "
            "opened fire on a rescue team that came to evacuate the wounded. A military "
            "helicopter deployed for the evacuation later crashed on its way to Kaduna."
        ),
        "B",
        "ambush",
    ),
    (
        "Bandits kill worshippers during dawn prayers in Malumfashi",
        (
            "Bandits attacked worshippers during dawn prayers at a mosque in Malumfashi LGA of "
            "Katsina State on Tuesday, killing at least 27 people, a local lawmaker said. "
            "Residents said the attack was a reprisal after villagers had resisted the gunmen "
            "days earlier. Police operatives and soldiers had been deployed to the area."
        ),
        "V",
        "attack on worshippers",
    ),
    (
        "17 soldiers killed in Okuama community, Delta State",
        (
            "Seventeen soldiers, including a commanding officer and two majors, were killed in "
            "Okuama community in Ughelli South LGA of Delta State on Thursday while on a peace "
            "mission over a land dispute between two communities, the Defence Headquarters said. "
            "Residents fled the community as troops moved in, and several houses were razed in "
            "the following days."
        ),
        "B D M",
        "attack on soldiers",
    ),
    (
        "Two police officers killed as Shi'ites, police clash in Abuja",
        (
            "Two police officers were killed and several vehicles set ablaze when members of the "
            "Islamic Movement in Nigeria clashed with police during a procession in Wuse, Abuja, "
            "on Sunday, the FCT Police Command said. Police said 97 members of the movement were "
            "arrested. The IMN said several of its members had been shot by officers."
        ),
        "U",
        "clash",
    ),
    (
        "Curfew reimposed in Mangu after fresh attacks on villages",
        (
            "The Plateau State Government reimposed a 24-hour curfew on Mangu LGA on Tuesday "
            "after fresh attacks on several villages left at least 20 people dead, officials "
            "said. Houses and a market were burnt. Thousands of residents have been displaced "
            "since the violence started in May and are sheltering in camps in Mangu town and "
            "Pankshin."
        ),
        "V D",
        "communal violence",
    ),
    (
        "Lakurawa terrorists kill 15 in Kebbi community",
        (
            "Suspected members of the Lakurawa terrorist group attacked Mera village in Augie LGA "
            "of Kebbi State on Friday, killing 15 people and rustling cattle, the state police "
            "command said. The spokesman said the gunmen came in large numbers and that police "
            "and military personnel had been deployed to the area."
        ),
        "T V",
        "village raid",
    ),
    (
        "Female suicide bombers hit wedding, hospital in Gwoza",
        (
            "Female suicide bombers struck a wedding, a funeral and a hospital in Gwoza, Borno "
            "State, on Saturday, killing at least 18 people, the State Emergency Management "
            "Agency said. Among the dead were children and pregnant women. The injured were "
            "evacuated to Maiduguri."
        ),
        "E T V",
        "suicide bombing",
    ),
    (
        "Hunger grips Djibo as jihadist blockade tightens",
        (
            "Residents of Djibo in northern Burkina Faso said food prices had tripled as jihadist "
            "fighters kept up a blockade of the town, attacking supply convoys on the roads "
            "leading to it. Aid agencies said helicopter drops were the only way to bring in "
            "food, and that the hundreds of thousands of displaced people sheltering in the town "
            "faced hunger. A convoy escorted by the army was ambushed last month and many lorries "
            "were burned."
        ),
        "H D T",
        "blockade",
    ),
]
