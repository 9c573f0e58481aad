"""dev99 positives, Asia: India, Pakistan, Myanmar and Bangladesh, Sri Lanka, Indonesia."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Manipur on the boil: Army called in as tribal march is followed by arson in Churachandpur",
        "The Army and Assam Rifles were deployed across several districts of Manipur on "
        "Wednesday night after a tribal solidarity march in Churachandpur was followed by "
        "clashes between Kuki and Meitei groups, in which houses, churches and shops were set "
        "ablaze. Officials said more than 9,000 people had been moved to army camps and "
        "government buildings by Thursday morning. A curfew was imposed in eight districts and "
        "mobile internet was suspended. The Governor issued an order allowing district "
        "magistrates to shoot on sight 'in extreme cases'.",
        "U V D M",
        "ethnic riots",
    ),
    (
        "Two village volunteers killed in gunfight on Bishnupur-Churachandpur foothills",
        "Two village volunteers were killed and three others injured in an exchange of fire "
        "between armed groups on the foothills bordering Bishnupur and Churachandpur districts "
        "early on Saturday, police said. The firing began around 4 a.m. near Phougakchao "
        "Ikhai and continued intermittently for nearly five hours, forcing farmers to abandon "
        "paddy fields in the area. Central forces moved into the buffer zone later in the "
        "day, The Hindu reports.",
        "B",
        "armed clash",
    ),
    (
        "Six women and children abducted from Jiribam relief camp",
        "Armed men abducted three women and three children from a relief camp in Manipur's "
        "Jiribam district on Monday, hours after a gunfight between militants and security "
        "forces nearby, officials said. The six, all members of displaced Meitei families, "
        "were taken from the camp at Borobekra, where they had lived since their homes were "
        "burnt last year. Search operations were launched along the Barak river.",
        "V D B",
        "abduction from relief camp",
    ),
    (
        "Imphal mobs try to storm legislators' homes; security forces fire tear gas",
        "Security forces fired tear gas shells to disperse mobs who tried to storm the homes "
        "of several legislators in Imphal on Saturday evening, after the bodies of three "
        "hostages were found in Assam, police said. Protesters ransacked and set fire to "
        "property at the residences of two MLAs. The district administration imposed an "
        "indefinite curfew in Imphal East and Imphal West, and internet services were "
        "suspended in seven districts.",
        "U",
        "riot",
    ),
    (
        "Drone drops bombs on Koutruk village; woman killed",
        "A woman was killed and nine people injured when armed men dropped bombs from drones "
        "on Koutruk village in Manipur's Imphal West district on Sunday afternoon, police said. "
        "The attack was followed by gunfire from the hills overlooking the village, and "
        "residents ran to the Koutruk school for cover. Police described the use of drones "
        "against civilians as a 'significant escalation'.",
        "E V",
        "drone bombing",
    ),
    (
        "Nuh: Stones hurled at religious procession, vehicles torched; two home guards killed",
        "Two home guards were killed and several policemen injured when a religious procession "
        "was attacked with stones near the Nalhar temple in Haryana's Nuh district on Monday, "
        "triggering clashes across the town, police said. Dozens of vehicles were set on fire "
        "and shots were fired as devotees took shelter inside the temple. The Haryana "
        "government suspended mobile internet in Nuh and imposed curfew, and additional "
        "paramilitary companies were rushed to the district.",
        "U V",
        "communal clash",
    ),
    (
        "Imam killed as mob sets fire to Gurugram mosque",
        "A mob of about 70 people set fire to a mosque in Sector 57 of Gurugram shortly after "
        "midnight on Tuesday and attacked those inside, killing its 19-year-old naib imam, "
        "police said. The attack came a day after communal clashes in neighbouring Nuh. Police "
        "said they had identified several suspects and deployed additional forces at mosques "
        "across the city.",
        "V U",
        "attack on mosque",
    ),
    (
        "Violence in northeast Delhi: head constable killed as rival groups clash",
        "A Delhi Police head constable was killed and a DCP injured as groups supporting and "
        "opposing the new citizenship law clashed in Jaffrabad, Maujpur and Chand Bagh in "
        "northeast Delhi on Monday. Rioters pelted stones, torched houses, shops and a petrol "
        "pump, and fired at each other in several lanes, according to police. Prohibitory "
        "orders were imposed in 10 police station areas. Schools in the district were shut "
        "and board examinations scheduled for Tuesday were postponed. The Home Minister held "
        "a review meeting late at night with the Lieutenant Governor and police officials.",
        "U V",
        "communal riot",
    ),
    (
        "Toll in Delhi riots rises to 27; families flee Shiv Vihar",
        "The death toll in the communal violence in northeast Delhi rose to 27 on Wednesday, "
        "hospital officials said, as bodies were recovered from a drain in Chand Bagh. Hundreds "
        "of Muslim families left Shiv Vihar with what they could carry after their homes were "
        "looted and burnt, many of them taking shelter at an Idgah in Mustafabad. The Army was "
        "not deployed, but police and paramilitary forces held flag marches through the area.",
        "U V D",
        "communal riot",
    ),
    (
        "Jharkhand: Youth dies after mob beats him on suspicion of theft, forces him to chant",
        "A 24-year-old man died in hospital on Saturday, days after he was tied to a pole and "
        "beaten for hours by a mob in Seraikela-Kharsawan district, police said. A video "
        "circulating on social media shows men forcing him to chant religious slogans as they "
        "beat him. Police have arrested 11 people, and two officers were suspended for failing "
        "to get him medical care.",
        "V U",
        "mob lynching",
    ),
    (
        "Alwar: Dairy farmer dies after cow vigilantes attack cattle transporters",
        "A dairy farmer from Nuh died in hospital on Monday, two days after a group of self-"
        "styled cow protectors stopped his vehicles on the Jaipur-Delhi highway in Behror and "
        "beat him and five others with sticks, police said. The men had purchased cows at a "
        "cattle fair in Jaipur and carried receipts, their relatives said. A case of murder "
        "has been registered against unidentified persons. Before he died, the farmer named "
        "six of his attackers in a statement to police. Leaders of the Meo community held a "
        "meeting in Nuh and demanded compensation for the family and an end to attacks on "
        "cattle traders. The state's home minister said both sides were to blame.",
        "V",
        "cow vigilante lynching",
    ),
    (
        "Saharanpur: Dalit homes torched in caste violence after procession row",
        "Around 25 houses of Dalit families were set on fire in Shabbirpur village of Uttar "
        "Pradesh's Saharanpur district on Friday after clashes between Thakurs and Dalits over "
        "a procession, police said. One man was killed and at least 15 were injured in the "
        "violence, which saw stone-pelting and attacks with swords. Several Dalit families have "
        "since fled to relatives in nearby villages.",
        "U V D",
        "caste violence",
    ),
    (
        "At least 42 killed as gunmen fire on passenger convoy in Kurram",
        "At least 42 people, including women and children, were killed when gunmen opened fire "
        "on a convoy of passenger vehicles travelling from Parachinar to Peshawar in Lower "
        "Kurram on Thursday, officials said. The provincial government described it as a "
        "terrorist attack and said the assailants had fired from both sides of the road near "
        "Ochut. The convoy was escorted by police, Dawn reports. Traders in Parachinar closed "
        "their shops in protest on Friday, and the Chief Minister announced compensation for "
        "the families of those killed. The road had reopened only a week earlier after being "
        "closed for weeks following clashes in the district.",
        "V T",
        "attack on convoy",
    ),
    (
        "Kurram tribal clash over land spreads; mortars fired as toll reaches 35",
        "The death toll from clashes between two tribes over a land dispute in Boshehra, "
        "Kurram, rose to 35 on Tuesday as fighting spread to other areas of the district, "
        "officials said. The tribes are using heavy and light weapons, including mortars and "
        "rockets, and the Parachinar-Peshawar road has been closed for traffic. A jirga of "
        "elders from Orakzai and Hangu has arrived to negotiate a ceasefire.",
        "B E",
        "tribal clashes",
    ),
    (
        "Medicine shortage in Parachinar as road closure enters third month",
        "Residents of Parachinar say dozens of children have died for lack of medicines since "
        "the main road to Peshawar was closed after sectarian violence in Kurram, Dawn "
        "reports. Pharmacies in the town have run out of stocks and the District Headquarters "
        "Hospital is turning away patients needing surgery, doctors said. The provincial "
        "government has started flying some medicines in by helicopter. Food prices in the "
        "town have doubled, and petrol is being sold in bottles at four times the normal "
        "price. Elders said the road would stay unsafe until the armed groups on both sides "
        "of the valley were disarmed.",
        "H",
        "blockade",
    ),
    (
        "Aid convoy to Kurram attacked near Bagan; trucks looted",
        "Gunmen attacked a convoy of trucks carrying food and medicines to Parachinar near "
        "Bagan in Lower Kurram on Thursday, killing two drivers and a soldier, officials said. "
        "Residents said several trucks were looted and set on fire after the escort came under "
        "fire. The attack halted the first aid deliveries since a peace agreement was signed "
        "this month.",
        "V H",
        "attack on aid convoy",
    ),
    (
        "Operation launched in Bagan; residents moved to camps in Hangu",
        "Security forces have launched an operation against militants in the Bagan area of "
        "Lower Kurram and moved hundreds of families to temporary camps in Hangu and Tall, "
        "officials said on Sunday. The operation follows repeated attacks on convoys heading to "
        "Parachinar. Residents said helicopters had been seen over the area since Saturday. "
        "Officials said security forces had exchanged fire with militants in two villages and "
        "demolished several hideouts.",
        "M B D",
        "security operation",
    ),
    (
        "Jaranwala: Churches, Christian homes set on fire after blasphemy allegation",
        "A mob set fire to at least five churches and dozens of houses belonging to Christians "
        "in Jaranwala, Faisalabad district, on Wednesday after two Christian men were accused "
        "of desecrating the Holy Quran, police said. Hundreds of Christian families fled to "
        "fields and nearby villages as men armed with sticks moved through the Christian "
        "colony. Rangers were called in, and the Punjab government said more than 100 "
        "suspects had been arrested by evening.",
        "V U D",
        "mob attack on churches",
    ),
    (
        "Rohingya fleeing Maungdaw killed in drone attacks on riverbank",
        "Dozens of Rohingya, including families with children, were killed by drone strikes "
        "as they waited to cross the Naf river from Maungdaw into Bangladesh, witnesses and "
        "activists told Reuters. Survivors said bombs were dropped on crowds gathered on the "
        "shore at dusk. The Arakan Army, which was fighting the military for control of the "
        "town, denied responsibility. Those who reached the Bangladeshi side described bodies "
        "lying in the mud along the river bank. Médecins Sans Frontières said it had treated "
        "dozens of people with blast wounds in its clinics in Cox's Bazar within a week.",
        "E V D",
        "drone strikes on fleeing civilians",
    ),
    (
        "Gunfight between Rohingya groups in Cox's Bazar camp kills four",
        "Four Rohingya were killed on Sunday in a gunfight between members of two armed groups "
        "in a refugee camp at Ukhia, Cox's Bazar, police said. Residents said men from the "
        "Arakan Rohingya Salvation Army and the Rohingya Solidarity Organisation exchanged fire "
        "in narrow lanes of the camp, and families fled their shelters to nearby blocks.",
        "B D",
        "armed group clash",
    ),
    (
        "Sri Lanka declares emergency as anti-Muslim riots spread in Kandy",
        "Sri Lanka declared a state of emergency on Tuesday after mobs attacked Muslim-owned "
        "shops, homes and mosques in the Kandy district for a second day, the government said. "
        "A body was found in a burned house in Digana, police said. Troops were deployed and a "
        "curfew imposed, and the government blocked several social media platforms it accused "
        "of spreading hate.",
        "U V",
        "communal riots",
    ),
    (
        "Mobs attack Muslim-owned shops in Minuwangoda; one killed",
        "A Muslim man was killed and several mosques and shops damaged as mobs went on the "
        "rampage in Minuwangoda and towns of the North Western Province on Monday, police said. "
        "The authorities imposed a nationwide night curfew. The unrest comes three weeks after "
        "the Easter Sunday bombings of churches and hotels.",
        "U V",
        "communal riots",
    ),
    (
        "Wamena riot: newcomers killed, thousands shelter at military base",
        "At least 30 people, most of them migrants from other parts of Indonesia, were killed "
        "when a riot swept Wamena in Papua on Monday, police said. Rioters burned government "
        "buildings, shops and houses, and some victims died inside burning buildings. "
        "Thousands of residents sought shelter at a military base and police stations, and "
        "many have since left the town on military flights.",
        "U V D",
        "riot",
    ),
    (
        "Clashes in Puncak after regional election dispute kill three",
        "Three people were killed and dozens wounded in clashes between supporters of rival "
        "candidates in Indonesia's Puncak regency, Central Papua, police said on Thursday. The "
        "groups fought with arrows, machetes and spears and burned houses in two districts, "
        "and residents fled to Ilaga. Police and soldiers were deployed to separate them.",
        "B U D",
        "intercommunal clashes",
    ),
]
