"""dev71 positives: Pakistan (Balochistan, Khyber Pakhtunkhwa, Kurram, Punjab's mobs, May 9)
and Afghanistan (the IS-K attacks, the Pakistani strikes)."""

POSITIVES = [
    (
        "BLA militants hijack Jaffar Express in Bolan; hostages freed in operation",
        "Militants of the banned Balochistan Liberation Army blew up the track and stormed the "
        "Jaffar Express carrying more than 400 passengers near Sibi on Tuesday, taking "
        "passengers hostage. Security forces freed more than 300 in a day-long operation and "
        "killed 33 militants, the military's media wing said, and 26 hostages, most of them "
        "soldiers and railway staff, were killed. The government called it a terrorist attack "
        "planned from abroad. Pakistan Railways suspended all train services to and from Quetta.",
        "T B V M",
        "hijacking",
    ),
    (
        "Bomber strikes crowded platform at Quetta railway station; 26 dead",
        "A suicide bomber blew himself up on a crowded platform of Quetta railway station on "
        "Saturday morning, killing at least 26 people, including soldiers waiting for the Jaffar "
        "Express, officials said. The BLA claimed the attack, which the provincial government "
        "condemned as terrorism. A state of emergency was declared at the city's hospitals.",
        "E T",
        "suicide bombing",
    ),
    (
        "42 killed as gunmen ambush passenger convoy in Kurram",
        "Gunmen opened fire on a convoy of passenger vans travelling under police escort from "
        "Parachinar to Peshawar near Bagan on Thursday, killing at least 42 people, including "
        "women and children, officials said. Most of the victims were Shia. The provincial "
        "government called it a terrorist attack. Clashes between rival tribes erupted in "
        "several parts of the district over the following days.",
        "V T B",
        "sectarian attack",
    ),
    (
        "Parachinar runs out of medicines as roads stay closed",
        "Dozens of children have died in Parachinar because hospitals ran out of medicines, "
        "residents and the District Headquarters Hospital said, as the main road to Peshawar has "
        "stayed closed for months amid sectarian clashes in Kurram. Food and fuel prices have "
        "soared, and a protest sit-in is under way in the town. A government helicopter flew in "
        "some medicines on Sunday, and the first aid convoy has been held up at Thall.",
        "H",
        "blockade",
    ),
    (
        "23 soldiers martyred as militants ram explosives into Daraban police post",
        "Twenty-three soldiers were martyred when militants rammed an explosives-laden vehicle "
        "into the gate of a building used as a military base in Daraban, Dera Ismail Khan, "
        "before dawn on Tuesday and then opened fire, the ISPR said. All six attackers were "
        "killed in the exchange of fire. The Tehreek-i-Jihad Pakistan, linked to the TTP, "
        "claimed the attack.",
        "B E T",
        "attack on base",
    ),
    (
        "Blast in Peshawar police lines mosque kills 84",
        "A suicide bomber blew himself up among worshippers during the Zuhr prayers in a mosque "
        "inside Peshawar's Police Lines on Monday, bringing down part of the building. At least "
        "84 people, most of them policemen, were killed, and rescuers worked through the night "
        "to pull survivors from the rubble. Officials called the blast a terrorist attack and "
        "said the bomber had passed through several checkpoints.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Charged PTI workers storm Lahore corps commander's house, torch vehicles",
        "Supporters of the PTI stormed and set fire to the residence of the Lahore corps "
        "commander on Tuesday, hours after Imran Khan's arrest in Islamabad. In Rawalpindi a "
        "crowd broke through the gate of the General Headquarters, and police fired tear gas in "
        "several cities. The government suspended mobile internet across the country and called "
        "in the army in Punjab, KP and Islamabad.",
        "U",
        "riot",
    ),
    (
        "Gunmen offload bus passengers, kill 23 in Musakhel",
        "Armed men blocked the highway in Musakhel district on Monday, offloaded passengers from "
        "buses and lorries, checked their identity cards and shot dead 23 people from Punjab, "
        "officials said. They set fire to at least 35 vehicles. The attack was one of several "
        "coordinated assaults claimed by the BLA across Balochistan that day, which the Prime "
        "Minister condemned as terrorism.",
        "V T",
        "massacre",
    ),
    (
        "Curfew in Bajaur as army launches operation; families flee to Khar",
        "Authorities imposed a curfew in parts of Bajaur district on Monday as security forces "
        "launched an operation against militants in the Loi Mamund area, officials said. Gunship "
        "helicopters were seen over the hills. Thousands of families have moved to government "
        "buildings and relatives' homes in Khar, and the district administration set up relief "
        "camps in schools.",
        "M D",
        "military operation",
    ),
    (
        "Elderly Christian man dies after mob attack in Sargodha",
        "A 74-year-old Christian man died in hospital on Monday, nine days after a mob attacked "
        "him and set fire to his house and shoe factory in Sargodha's Mujahid Colony over an "
        "allegation of blasphemy. Police said they rescued several members of the family and "
        "fired tear gas to disperse the crowd, which pelted officers with stones. Christian "
        "families in the area left their homes for safety.",
        "U V D",
        "mob lynching",
    ),
    (
        "Suicide bombing at Kabul airport gate kills scores amid evacuation",
        "A suicide bomber struck a crowd of Afghans waiting at the Abbey Gate of Kabul airport "
        "on Thursday, followed by gunfire, killing about 170 Afghans and 13 US troops. The "
        "Islamic State Khorasan Province claimed the attack. Thousands of Afghans had gathered "
        "for days hoping to board evacuation flights before the US withdrawal deadline.",
        "E T V D",
        "suicide bombing",
    ),
    (
        "Blast rips through Kabul education centre during practice exam",
        "A suicide attacker blew himself up in a study hall of the Kaaj education centre in the "
        "Hazara neighbourhood of Dasht-e-Barchi on Friday morning, where hundreds of students "
        "were sitting a university entrance practice test. At least 53 people, most of them "
        "young women, were killed, the UN said. A Taliban police spokesman called it a terrorist "
        "attack. No group claimed it, but the Islamic State group has repeatedly targeted Hazara "
        "schools and mosques.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Pakistani airstrikes on Paktika kill dozens, Taliban say",
        "Pakistani jets bombed several villages in the Barmal district of Paktika overnight, "
        "killing at least 46 people, mostly women and children, a Taliban spokesman said. "
        "Pakistani security sources said the strikes targeted hideouts of the Tehreek-e-Taliban "
        "Pakistan. Kabul vowed to retaliate.",
        "E M",
        "airstrike",
    ),
]
