"""dev99 positives, Africa (1): Nigeria, Cameroon, Sudan (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Plateau: Gunmen kill 17 in overnight attack on Bokkos villages",
        "Gunmen suspected to be armed herders killed at least 17 persons in coordinated attacks on "
        "three villages in Bokkos Local Government Area of Plateau State on Saturday night, "
        "residents and officials said. A community leader in Mushere, Dauda Mangai, told Premium "
        "Times the attackers arrived on motorcycles shortly after 10pm and shot at residents "
        "as they fled into the bush, before setting fire to more than 40 houses. The police "
        "spokesperson in the state confirmed the attack but said the toll was "
        "still being verified. Survivors, most of them women and children, have taken refuge in "
        "a primary school in Bokkos town. The governor, who visited the area on Sunday, "
        "described the killings as 'barbaric' and ordered security agencies to go after the "
        "attackers. Local youths blocked the Bokkos-Mangu road for several hours in protest.",
        "V D",
        "village raid",
    ),
    (
        "Nine dead as farmers, herders clash in Nasarawa",
        "Nine people were killed on Tuesday when Tiv farmers and Fulani herders fought with guns "
        "and machetes near Kadarko in Keana Local Government Area of Nasarawa State, Daily Trust "
        "reports. Residents said the fighting started after cattle strayed into a rice farm and "
        "the owner's sons confronted the herders, and spread by evening to two neighbouring "
        "settlements as armed youths from both sides joined in. Five of the dead were herders "
        "and four were farmers, a police source said. The state government has imposed a "
        "dusk-to-dawn curfew on the area. Leaders of the two communities met at the local "
        "government secretariat on Wednesday, and the council chairman said the herders had "
        "agreed to move their cattle away from the farms until after the harvest.",
        "B",
        "farmer-herder clash",
    ),
    (
        "Benue: Displaced persons among dozens killed in Yelwata night attack",
        "Dozens of people were killed when gunmen stormed Yelwata, a market town in Guma Local "
        "Government Area of Benue State, late on Friday, many of them displaced farmers who had "
        "been sleeping in the market stalls and in a church compound. Witnesses said the attackers "
        "shot people and set fire to the stalls and to houses where families sheltered. The "
        "parish priest said 'whole families were burnt'. Thousands of survivors fled to Makurdi "
        "on Saturday, where officials of the state emergency agency said they lacked food and "
        "mats for the new arrivals.",
        "V D H",
        "attack on displaced people",
    ),
    (
        "Agatu residents flee as armed herders sack communities",
        "Residents of at least seven communities in Agatu, Benue State, have fled to Otukpo and "
        "Oweto after armed herders attacked the area over the weekend, killing an unknown number "
        "of people. A lawmaker representing the area, Ada Odeh, said the attackers came with "
        "their cattle and 'began shooting anything that moved' at dawn on Sunday. Houses, yam "
        "barns and a health post were burnt in Okokolo and Akwu, according to youths who "
        "returned to recover bodies on Monday.",
        "V D",
        "armed herders' attack",
    ),
    (
        "Southern Kaduna: Worshippers killed as gunmen open fire on church vigil",
        "Gunmen opened fire on worshippers at a night vigil in a Baptist church in Kauru Local "
        "Government Area of Kaduna State, killing five people and abducting at least three, "
        "church officials said on Monday. The attackers surrounded the building shortly after "
        "midnight and shot through the windows, a deacon who escaped told Daily Trust. The "
        "Southern Kaduna Peoples Union condemned what it called 'another attack on a defenceless "
        "congregation'. The state police command said its operatives, working with soldiers, "
        "had begun combing the forests around the village for the abducted worshippers. "
        "Residents of nearby communities said they would no longer hold night services.",
        "V",
        "attack on church",
    ),
    (
        "Owo church attack: explosives, gunfire kill worshippers at Pentecost mass",
        "Gunmen detonated explosives and fired on worshippers at St Francis Xavier Catholic "
        "Church in Owo, Ondo State, during Pentecost Sunday mass, killing dozens of people, "
        "including children, according to hospital officials. The attackers posed as "
        "congregants and struck as the service was ending, witnesses said. Nigeria's Interior "
        "Minister blamed fighters of the Islamic State West Africa Province for the attack. "
        "Blood banks in Owo and Akure appealed for donors as the town's hospitals filled.",
        "V E T",
        "attack on church",
    ),
    (
        "Zamfara: Vigilantes kill 12 herders at weekly market",
        "Members of a local vigilante group shot dead at least 12 Fulani herders at a weekly "
        "market in Bakura Local Government Area of Zamfara State on Thursday, accusing them of "
        "links to the bandits who have raided villages in the area. A resident said the "
        "vigilantes, known as Yan Sa Kai, rounded up herders who had brought cattle for sale "
        "and executed them behind the market. Herder leaders warned of reprisals, and police "
        "said they had deployed a tactical team to the area.",
        "V",
        "vigilante killings",
    ),
    (
        "College student lynched over alleged blasphemy in Sokoto",
        "A female student of a college of education in Sokoto was beaten, stoned and set on fire "
        "by fellow students on Thursday over a voice message they described as blasphemous, "
        "police said. The mob overpowered security men who had locked her in a room. Police "
        "fired tear gas to disperse crowds that later gathered at a roundabout demanding the "
        "release of two arrested suspects, and the state government shut the college and "
        "declared a 24-hour curfew. Christian leaders in the North called for the prosecution "
        "of everyone involved, and the Sultan of Sokoto condemned the killing, urging "
        "Muslims to leave matters of blasphemy to the courts.",
        "V U",
        "mob lynching",
    ),
    (
        "Tiv-Jukun crisis: villages razed as militias clash in Wukari",
        "Renewed fighting between Jukun and Tiv militias has razed at least six villages around "
        "Wukari in southern Taraba since Monday, residents and local officials said. Armed men "
        "from both communities exchanged gunfire along the Wukari-Takum road, and the smoke "
        "from burning villages could be seen from the town, a resident said. The Taraba State "
        "Emergency Management Agency said more than 8,000 people had fled to camps in Wukari "
        "and across the border into Benue.",
        "B D",
        "ethnic militia clashes",
    ),
    (
        "Mangu: Troops deployed as houses, market burnt in fresh violence",
        "Soldiers of Operation Safe Haven were deployed to Mangu town in Plateau State on "
        "Tuesday after a second day of violence between Mwaghavul youths and Fulani residents, "
        "in which houses, shops and part of the main market were set on fire. Residents said "
        "rival groups armed with machetes, bows and guns attacked each other's neighbourhoods "
        "despite a 24-hour curfew. Hundreds of families fled to Pushit and Bokkos. The state "
        "police command said 23 suspects had been arrested.",
        "U V D M",
        "communal riot",
    ),
    (
        "Gunmen attack IDP camp in Benue, kill seven",
        "Gunmen attacked a camp for internally displaced persons at Abagana, on the outskirts "
        "of Makurdi, on Monday night, killing seven of its residents, the Benue State Emergency "
        "Management Agency said. The camp's chairman said the attackers came through a farm "
        "track at the back of the camp and shot at families sleeping under tarpaulin shelters. "
        "Many of the camp's 20,000 residents had fled earlier attacks in Guma and Logo.",
        "V D",
        "attack on displacement camp",
    ),
    (
        "Enugu: Farmers killed on farms in Uzo-Uwani attack",
        "Gunmen suspected to be herdsmen attacked farmers in Nimbo, Uzo-Uwani Local Government "
        "Area of Enugu State, in the early hours of Monday, killing at least 10 people and "
        "burning a church and several houses, residents said. The attackers came in from the "
        "bush on foot and struck as farmers were setting out for their fields. Police said "
        "they had increased patrols in the area.",
        "V",
        "village raid",
    ),
    (
        "Cameroon: Separatists torch Mbororo herders' compounds near Wum",
        "Armed separatists set fire to compounds of Mbororo herders near Wum in Cameroon's "
        "North-West region on Wednesday and killed at least four people, a herders' association "
        "said. The fighters accused the herders of informing the army and drove off dozens of "
        "cattle, said the association's regional coordinator. Some 300 Mbororo residents have "
        "since fled to Wum town, where they are sheltering in a mosque.",
        "V D",
        "attack on herders",
    ),
    (
        "Thousands flee to Chad as clashes between herders and fishermen spread in Cameroon",
        "Clashes between Arab Choa herders and Mousgoum fishermen over access to shrinking water "
        "points have spread to at least 10 villages in Cameroon's Logone-Birni district, "
        "killing at least 22 people since Sunday, local officials said. Villages were burnt and "
        "fighters on both sides used guns, machetes and poisoned arrows, AFP was told. The UN "
        "refugee agency said more than 30,000 people had crossed the Logone river into Chad, "
        "where aid workers were struggling to provide shelter and water.",
        "B D H",
        "intercommunal clashes",
    ),
    (
        "Vigilance committee members killed repelling Boko Haram raid in Mayo-Tsanaga",
        "Three members of a local vigilance committee were killed on Saturday night when Boko "
        "Haram fighters raided a village in the Mayo-Tsanaga department of Cameroon's Far North "
        "region, a local official said. The vigilantes, armed with bows and locally made guns, "
        "fought the jihadists for about an hour before soldiers arrived from Mokolo. The "
        "attackers looted food stocks and burnt several huts before withdrawing towards the "
        "Nigerian border.",
        "B V T",
        "jihadist raid",
    ),
    (
        "West Darfur: Thousands flee to Chad after militias attack El Geneina districts",
        "Thousands of Masalit residents of El Geneina crossed into Chad on Thursday after Arab "
        "militias backed by the Rapid Support Forces attacked several districts of the West "
        "Darfur capital, Reuters was told. Witnesses described gunmen going from house to house "
        "and shooting men in the streets. The UN refugee agency said more than 12,000 people had "
        "arrived in Adré in two days, many of them with gunshot wounds. Médecins Sans "
        "Frontières said its teams at the Adré hospital had treated more than 300 wounded "
        "since Wednesday. Chadian officials said the new arrivals were sleeping in the open "
        "along the border.",
        "V D",
        "ethnic militia attack",
    ),
    (
        "Kreinik tribal clashes leave 168 dead, Darfur leaders say",
        "At least 168 people were killed in fighting between Arab and Masalit tribesmen around "
        "Kreinik in West Darfur that began on Friday, a local coordination body said on Sunday. "
        "It said armed men from Arab groups attacked Kreinik after the killing of two of their "
        "members and burnt homes, the police station and the hospital. Residents fled in large "
        "numbers towards El Geneina.",
        "B V D",
        "tribal clashes",
    ),
    (
        "Misseriya clans clash over farmland in West Kordofan",
        "At least 30 people were killed in West Kordofan after two sections of the Misseriya "
        "tribe fought over farmland near Al-Odaya, state officials said on Wednesday. The "
        "fighting, with rifles and vehicle-mounted machine guns, lasted two days before elders "
        "and security forces separated the sides. A committee has been formed to investigate.",
        "B",
        "clan fighting",
    ),
    (
        "Cattle raid sparks fighting between Fallata and Rizeigat in South Darfur",
        "Clashes between Fallata and Rizeigat tribesmen in South Darfur have killed at least 45 "
        "people since a cattle raid on Tuesday, local leaders told Radio Dabanga. They said armed "
        "Rizeigat riders pursued raiders into Fallata areas east of Tulus and burned villages. "
        "Survivors fled to Tulus town. The state security committee said it had sent joint "
        "forces to create a buffer zone between the two sides, and native administration "
        "leaders were called to Nyala for talks. The dispute began when herders reported "
        "hundreds of cows stolen from a camp near the Bahr al-Arab.",
        "B D",
        "cattle raid and clashes",
    ),
    (
        "Blue Nile: Hausa protesters torch government offices after tribal fighting kills dozens",
        "Protesters from the Hausa community set fire to government offices in Damazin on "
        "Sunday, accusing authorities of failing to protect them during days of fighting with "
        "the Berta, in which dozens have been killed. Armed men from both communities have "
        "fought since a land dispute turned deadly last week, and the state governor declared "
        "a state of emergency. The UN said about 15,000 people had fled the villages around "
        "Rosaires.",
        "B U D",
        "tribal fighting and riot",
    ),
]
