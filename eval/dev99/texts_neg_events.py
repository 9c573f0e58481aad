"""dev99 hard negatives: stampedes and accidents, processions and peaceful marches, sport and
fans (accident, protest, sport)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Stampede at religious gathering in Hathras kills more than 100",
        "More than 100 people, most of them women, were killed in a stampede at the end of a "
        "religious congregation in Uttar Pradesh's Hathras district on Tuesday, officials said. "
        "Devotees rushed to collect soil from the path of the preacher as he left, and many "
        "fell into a muddy ditch beside the highway and were trampled. Police said the "
        "organisers had permission for 80,000 people, but more than 250,000 attended. Bodies "
        "were laid out on the floor of the community health centre in Sikandra Rao as "
        "relatives searched for their kin. The state government ordered a judicial inquiry.",
        "accident",
    ),
    (
        "Children die in crush at Ibadan funfair",
        "Several children died in a crush at a Christmas funfair at a school in Ibadan on "
        "Wednesday when thousands of people pushed towards the gates, Oyo State police said. "
        "The organisers had promised free gifts for children. Police arrested the organisers "
        "and said an investigation had begun.",
        "accident",
    ),
    (
        "Truck carrying traders and cattle overturns in Bauchi, 18 dead",
        "Eighteen people were killed when a truck carrying traders and cattle to a market "
        "overturned on the Bauchi-Kano road near Ningi on Thursday, the Federal Road Safety "
        "Corps said. The truck was overloaded and the driver lost control on a bend, the "
        "sector commander said. Several cows also died.",
        "accident",
    ),
    (
        "Boat carrying wedding guests capsizes on Niger river",
        "More than 100 people, many returning from a wedding, died when their boat capsized "
        "on the Niger river in Kwara State before dawn on Monday, officials said. The boat "
        "struck a submerged log and broke apart. Rescuers and local divers recovered bodies "
        "throughout the day.",
        "accident",
    ),
    (
        "Fire destroys 2,000 shelters in Cox's Bazar camp",
        "A fire swept through a Rohingya refugee camp in Cox's Bazar on Sunday, destroying "
        "about 2,000 shelters and leaving 12,000 people homeless, officials said. The fire "
        "started in a kitchen, officials said, and spread quickly through bamboo and tarpaulin "
        "shelters. No deaths were reported.",
        "accident",
    ),
    (
        "Tanker explosion in Jigawa kills scores collecting spilled fuel",
        "A petrol tanker exploded in Majiya, Jigawa State, on Tuesday night, killing scores of "
        "people who had gathered to scoop fuel after the vehicle overturned, police said. "
        "Many of the victims were young men from nearby villages. The state governor declared "
        "three days of mourning.",
        "accident",
    ),
    (
        "Gold mine collapse kills 11 in North Kordofan",
        "Eleven miners were killed when a traditional gold mine collapsed in North Kordofan on "
        "Saturday, Sudan's mineral resources company said. Rescuers pulled seven survivors "
        "from the shaft. The collapse is the latest in a series of deadly accidents at "
        "artisanal mines.",
        "accident",
    ),
    (
        "Brij Mandal yatra passes off peacefully in Nuh amid tight security",
        "The Brij Mandal Jalabhishek Yatra passed through Nuh peacefully on Monday under heavy "
        "security, with mobile internet suspended in the district for 24 hours and drones "
        "monitoring the route. About 2,000 police personnel were deployed and only a limited "
        "number of devotees were allowed to join the procession. The deputy commissioner "
        "thanked residents of all communities for their cooperation. Shops along the route "
        "in Nuh town stayed open, and members of the Muslim community offered water to "
        "devotees at several points. Schools and banks in the district were closed for the "
        "day as a precaution.",
        "protest",
    ),
    (
        "Ashura processions conclude peacefully in Parachinar and Karachi",
        "Ashura processions concluded peacefully across the country on Wednesday amid tight "
        "security, with mobile services suspended in parts of several cities, Dawn reports. "
        "In Parachinar, mourners marched through the main bazaar under watch of police and "
        "the Frontier Corps. In Karachi, the main procession reached Hussainian Iranian "
        "Imambargah in the evening.",
        "protest",
    ),
    (
        "Ram Navami processions pass off without incident in Howrah",
        "Ram Navami processions passed off without incident in Howrah and other parts of West "
        "Bengal on Wednesday, police said, after a heavy deployment of central forces and "
        "drone surveillance. Organisers had to follow routes fixed by the administration.",
        "protest",
    ),
    (
        "Dalit groups rally in Hyderabad against sub-classification ruling",
        "Thousands of members of Dalit organisations rallied at Indira Park in Hyderabad on "
        "Sunday against the Supreme Court's ruling allowing states to sub-classify Scheduled "
        "Castes for reservations. Speakers said the ruling would divide the community. The "
        "rally ended peacefully in the evening.",
        "protest",
    ),
    (
        "Pastoralists march to Parliament over community land bill",
        "Hundreds of Maasai and Samburu pastoralists marched to Parliament in Nairobi on "
        "Tuesday to protest against a bill they said would allow county governments to take "
        "community grazing land. Dressed in red shukas and carrying sticks and placards, they "
        "presented a petition to the speaker. Their leaders said grazing land had shrunk as "
        "wildlife conservancies and private farms expanded. The speaker said the petition "
        "would be referred to the lands committee, and the marchers dispersed peacefully.",
        "protest",
    ),
    (
        "Makurdi residents march to demand end to killings",
        "Thousands of residents of Benue State marched through Makurdi on Monday to demand an "
        "end to killings in rural communities, carrying placards and singing. The protesters "
        "walked from the Wurukum roundabout to Government House, where the governor addressed "
        "them. Police escorted the march, which ended peacefully. Some marchers carried "
        "photographs of relatives killed in attacks on their villages over the past year, and "
        "church leaders led prayers outside Government House. The governor promised to press "
        "the federal government for more security in Guma, Logo and Agatu.",
        "protest",
    ),
    (
        "Indigenous peoples march in Brasília against land 'time frame'",
        "Thousands of Indigenous people from across Brazil marched to Congress in Brasília on "
        "Wednesday as part of the Free Land Camp to oppose the 'marco temporal', a legal "
        "thesis that would restrict land claims to areas occupied in 1988. Painted and "
        "wearing feather headdresses, the marchers sang and danced outside the building.",
        "protest",
    ),
    (
        "Imphal women form human chain for peace",
        "Thousands of women formed a human chain stretching several kilometres through "
        "Imphal on Saturday, calling for peace and the restoration of normalcy in Manipur. "
        "Members of the Meira Paibi carried lit torches and placards, and the chain passed "
        "peacefully, organisers said.",
        "protest",
    ),
    (
        "Gor Mahia, AFC Leopards fans clash after Mashemeji derby",
        "Rival supporters of Gor Mahia and AFC Leopards clashed outside Nyayo Stadium after "
        "Sunday's Mashemeji derby, throwing bottles and stones at each other before police "
        "separated them. Several fans were injured and eight arrested. The Football Kenya "
        "Federation said both clubs would face disciplinary action. The match ended 1-1, with "
        "Leopards equalising in stoppage time. Stadium managers said seats in one stand had "
        "been ripped out and would be billed to the clubs.",
        "sport",
    ),
    (
        "Persija fan killed in brawl with Persib supporters in Bandung",
        "A Persija Jakarta supporter died after being beaten by a group of Persib Bandung fans "
        "near the Gelora Bandung Lautan Api stadium on Sunday, police said. The league "
        "suspended the remaining fixtures of the week. Police arrested 16 people. The rivalry "
        "between the two clubs' supporters has claimed several lives over the past decade, and "
        "away fans have been banned from their matches since 2018.",
        "sport",
    ),
    (
        "Bull-tamers gored at Alanganallur jallikattu",
        "Twenty-two people, including bull-tamers and spectators, were injured at the "
        "jallikattu event at Alanganallur near Madurai on Wednesday, The Hindu reports. More "
        "than 1,000 bulls were released into the arena. A tamer from Sivaganga won a car for "
        "subduing the most animals.",
        "sport",
    ),
    (
        "Plateau United, Kano Pillars in battle for top spot",
        "Plateau United and Kano Pillars will battle for the top of the NPFL table in Jos on "
        "Sunday, with both coaches promising an attacking game. Plateau United's striker, who "
        "has scored nine goals, said the team was ready to 'fight for every ball'.",
        "sport",
    ),
    (
        "Pakistan pace attack rips through Sri Lanka in Rawalpindi",
        "Pakistan's pace attack bowled Sri Lanka out for 165 on the first day of the second "
        "Test in Rawalpindi. The left-arm opening bowler took four wickets, and the visitors' "
        "captain said his batsmen had been 'under siege from the first over'.",
        "sport",
    ),
    (
        "Hela Wigmen win Highlands derby in front of packed Tari crowd",
        "Hela Wigmen beat Enga Mioks 28-14 in the Digicel Cup in Tari on Saturday, in a "
        "bruising Highlands derby played in front of a capacity crowd. The two sides have one "
        "of the fiercest rivalries in the competition.",
        "sport",
    ),
    (
        "South Sudan's Bright Stars fight back to beat Cameroon",
        "South Sudan's men's basketball team fought back from a 15-point deficit to beat "
        "Cameroon 83-75 in an AfroBasket qualifier on Sunday. The head coach said the "
        "players had shown 'warrior spirit'.",
        "sport",
    ),
]
