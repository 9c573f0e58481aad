"""Positives of eval/dev61: Pakistan and Afghanistan (README.md)."""

POSITIVES = [
    (
        "Six khwarij sent to hell in North Waziristan IBO: ISPR",
        (
            "Security forces killed six terrorists in an intelligence-based operation in the Mir "
            "Ali area of North Waziristan district, the Inter-Services Public Relations said on "
            'Thursday. "Own troops effectively engaged the khwarij location, and after an '
            'intense exchange of fire, six khwarij were sent to hell," the ISPR said. Two '
            "soldiers embraced martyrdom during the exchange of fire. Weapons and ammunition were "
            "recovered, and a sanitisation operation was being carried out to eliminate any other "
            "khwarij found in the area."
        ),
        "B M",
        "IBO",
    ),
    (
        "Militants attack Jaffar Express in Bolan, take passengers hostage",
        (
            "Militants blew up a section of the railway track near a tunnel in Bolan district on "
            "Tuesday and opened fire on the Jaffar Express, which was carrying over 400 "
            "passengers from Quetta to Peshawar, railway officials said. The outlawed Baloch "
            "Liberation Army claimed responsibility and said it was holding passengers hostage. "
            "Security forces launched an operation in the mountainous area, and a relief train "
            "and ambulances were sent from Quetta. The driver of the train was among the injured. "
            "By the evening, officials said security forces had rescued dozens of passengers, "
            "including women and children, who walked for hours to the nearest railway station. "
            "Mobile phone service was suspended in the area."
        ),
        "T V M E",
        "train hijacking",
    ),
    (
        "Suicide blast in Police Lines mosque in Peshawar",
        (
            "At least 59 people, most of them policemen, were killed and over 150 injured when a "
            "suicide bomber blew himself up during Zuhr prayers in a mosque inside the Police "
            "Lines area of Peshawar on Monday. A part of the mosque collapsed on worshippers. "
            "Rescue teams worked through the night to pull bodies from the debris. Lady Reading "
            "Hospital declared an emergency and appealed for blood donations."
        ),
        "E T V H",
        "suicide bombing",
    ),
    (
        "Kurram clashes: death toll rises to 82 as firing continues",
        (
            "The death toll in the tribal clashes in Kurram district rose to 82 on Tuesday as "
            "heavy and light weapons continued to be used in Alizai, Bagan and Boshehra, "
            "officials said. The clashes erupted after gunmen attacked a convoy of passenger "
            "vehicles near Parachinar last week. A jirga of elders held talks with both sides, "
            "but the firing had not stopped. The main Thall-Parachinar road remained closed, "
            "causing shortages of food and medicines in Upper Kurram. Hospitals in Parachinar "
            "reported a shortage of life-saving drugs, and some patients were shifted to Peshawar "
            "by helicopter. Mobile internet service had been suspended in the district since the "
            "first day of the clashes, and educational institutions were closed."
        ),
        "B H",
        "tribal fighting",
    ),
    (
        "Mob lynches Sri Lankan factory manager in Sialkot",
        (
            "A mob tortured and lynched the Sri Lankan manager of a garment factory in Sialkot on "
            "Friday and set his body on fire over an allegation of blasphemy, police said. Video "
            "clips showed hundreds of men, many of them workers of the factory, beating him on "
            "the road outside. The Punjab police said over 100 suspects had been arrested in "
            "raids."
        ),
        "U V",
        "mob lynching",
    ),
    (
        "Churches, houses of Christians torched in Jaranwala",
        (
            "A mob set fire to at least five churches and dozens of houses of the Christian "
            "community in Jaranwala, Faisalabad district, on Wednesday after allegations of "
            "desecration of the Holy Quran, officials said. Many Christian families fled to "
            "nearby fields and villages with whatever they could carry. The Punjab government "
            "called in the Rangers and imposed Section 144 in the tehsil. Police said more than "
            "100 suspects had been detained."
        ),
        "U V D",
        "mob violence",
    ),
    (
        "PTI workers storm Corps Commander House after chairman's arrest",
        (
            "Enraged workers of the PTI stormed the Corps Commander House in Lahore and set parts "
            "of it on fire, and attacked military installations in Rawalpindi, on Tuesday evening "
            "after the party's chairman was arrested in Islamabad. Protesters clashed with police "
            "in several cities; tear gas was fired in Karachi, Peshawar and Quetta. At least four "
            "people were killed in Peshawar. The government suspended mobile internet across the "
            "country."
        ),
        "U",
        "riot",
    ),
    (
        "Two Chinese nationals killed in blast near Karachi airport",
        (
            "Two Chinese nationals were killed and 10 people injured when a vehicle-borne "
            "improvised explosive device struck their convoy near Jinnah International Airport "
            "late on Sunday, officials said. The banned Baloch Liberation Army claimed "
            "responsibility. The Chinese embassy condemned the attack and urged Pakistan to "
            "punish the perpetrators."
        ),
        "E T",
        "bombing",
    ),
    (
        "12 policemen martyred as dacoits fire rockets at police vehicles in Kacha area",
        (
            "Twelve policemen were martyred and seven injured when dacoits attacked two police "
            "vehicles with rocket launchers in the Machka area of Rahim Yar Khan's riverine belt "
            "on Thursday night, police said. The vehicles had got stuck in mud when the gang "
            "struck from the sugarcane fields. The Punjab IG said a grand operation would be "
            "launched against the Kacha gangs with armoured personnel carriers and drones."
        ),
        "B E",
        "attack on police",
    ),
    (
        "Suicide blast at JUI-F workers' convention in Bajaur kills 54",
        (
            "A suicide bomber blew himself up at a workers' convention of the Jamiat "
            "Ulema-e-Islam-Fazl in Khar, Bajaur district, on Sunday, killing at least 54 people "
            "and injuring over 200. Officials said the Islamic State's local affiliate was "
            "suspected. The injured were shifted to hospitals in Peshawar and Timergara, some of "
            "them by helicopter."
        ),
        "E T V",
        "suicide bombing",
    ),
    (
        "Blast at education centre in west Kabul kills students",
        (
            "A suicide bomber struck an education centre in the Dasht-e-Barchi area of west Kabul "
            "on Friday morning as hundreds of students were sitting a practice university "
            "entrance exam, killing at least 35, most of them girls, UN officials said. The area "
            "is home to the Hazara community, which has been targeted by Daesh militants before. "
            "No group immediately claimed responsibility."
        ),
        "E T V",
        "suicide bombing",
    ),
    (
        "Taliban, resistance forces clash in Panjshir",
        (
            "Heavy fighting was reported between the Taliban and the National Resistance Front in "
            "Panjshir valley on Wednesday, with both sides claiming to have inflicted losses. A "
            "Taliban spokesman said their forces had captured several districts, a claim rejected "
            "by the resistance. Residents said mobile networks had been cut and families were "
            "moving into the mountains."
        ),
        "B D",
        "battle",
    ),
    (
        "Pakistani airstrikes in Paktika kill 46, Taliban say",
        (
            "Pakistani jets struck several locations in Barmal district of Afghanistan's Paktika "
            "province on Tuesday night, killing at least 46 people, most of them women and "
            "children, the Taliban government's spokesman said. Pakistani security officials said "
            "the strikes targeted hideouts of the TTP. The Afghan defence ministry vowed to "
            "respond."
        ),
        "E M",
        "airstrike",
    ),
    (
        "Afghan, Pakistani border forces exchange fire at Torkham",
        (
            "Pakistani and Afghan border forces exchanged heavy fire at the Torkham crossing on "
            "Monday after a dispute over the construction of a check post, officials said. A "
            "Pakistani soldier and several civilians were injured, and mortar shells landed near "
            "the customs terminal. Hundreds of trucks were stranded on both sides as the crossing "
            "remained closed for a third day, and traders said perishable goods were rotting."
        ),
        "B E",
        "border clash",
    ),
    (
        "Terrorists ram explosive-laden vehicles into Bannu cantonment wall",
        (
            "Terrorists rammed two explosive-laden vehicles into the boundary wall of Bannu "
            "cantonment at iftar time on Tuesday, killing 13 civilians and five soldiers, the "
            "ISPR said. Six attackers who tried to enter the cantonment were killed in the "
            "ensuing exchange of fire, and all 16 khwarij involved had been sent to hell by "
            "evening, it said. A nearby mosque and several houses were damaged."
        ),
        "E T B",
        "suicide bombing",
    ),
    (
        "Gunmen offload passengers, kill 23 in Musakhel",
        (
            "Armed men blocked the highway in Musakhel district on Sunday night, offloaded "
            "passengers from trucks and buses, checked their identity cards and shot dead 23 "
            "people, most of them from Punjab, officials said. The attackers also set fire to 10 "
            "vehicles. The Baloch Liberation Army claimed the attack, one of several across the "
            "province the same night."
        ),
        "V T",
        "massacre",
    ),
    (
        "Two civilians martyred in Indian firing along LoC: ISPR",
        (
            "Two civilians, including a woman, were martyred and five injured in unprovoked "
            "ceasefire violations by Indian troops in the Nikial and Jandrot sectors along the "
            "Line of Control, the ISPR said on Friday. It said Pakistani troops responded "
            "effectively, targeting the Indian posts that had fired. Residents said shells landed "
            "on houses in several villages."
        ),
        "E",
        "ceasefire violation",
    ),
    (
        "Gunmen attack passenger convoy in Lower Kurram; 42 killed",
        (
            "At least 42 people, including women and children, were killed when gunmen opened "
            "fire on a convoy of passenger vans travelling from Parachinar to Peshawar under "
            "police escort at Mandori in Lower Kurram on Thursday, officials said. Eleven others "
            "were injured. The provincial government called an emergency meeting, and traders in "
            "Parachinar closed markets in protest."
        ),
        "V",
        "convoy attack",
    ),
    (
        "Blast at Shia mosque in Kunduz during Friday prayers",
        (
            "A suicide bomber struck a Shia mosque in Kunduz city during Friday prayers, killing "
            "dozens of worshippers, local officials and witnesses said. The Islamic "
            "State-Khorasan group claimed the attack, saying the bomber had targeted Shias and "
            "the Taliban. Staff at the city's MSF hospital said they had received dozens of "
            "bodies and wounded people."
        ),
        "E T V",
        "suicide bombing",
    ),
    (
        "Rangers personnel martyred as PTI protesters march on Islamabad",
        (
            "Four Rangers personnel were martyred and several police officials injured when a "
            "vehicle ran into them on Srinagar Highway as PTI protesters advanced towards D-Chowk "
            "on Tuesday, the interior ministry said. Police fired tear gas shells throughout the "
            "day as protesters threw stones and removed containers. The government called in the "
            "army under Article 245 and a curfew-like situation prevailed in the capital by "
            "night."
        ),
        "U",
        "riot",
    ),
    (
        "Terrorists storm Karachi Police Office; four martyred",
        (
            "Heavily armed terrorists stormed the Karachi Police Office on Shahrah-e-Faisal on "
            "Friday evening, setting off a gunfight that lasted nearly four hours, officials "
            "said. Two policemen, a Rangers official and a sanitary worker were martyred, and all "
            "three attackers were killed. The banned Tehreek-e-Taliban Pakistan claimed "
            "responsibility."
        ),
        "T B",
        "terrorist attack",
    ),
    (
        "Taliban fire in air, beat women protesting in Kabul",
        (
            "Taliban fighters fired into the air and beat women protesters with rifle butts in "
            "Kabul on Saturday as they marched toward the presidential palace demanding the right "
            "to work and study, witnesses said. Several journalists covering the protest were "
            "detained and their equipment seized."
        ),
        "U",
        "crackdown",
    ),
]
