"""dev23 texts: positives, batch 3 (Europe, Caucasus, Central and South Asia).

POSITIVES = [(title, text, tag codes, kind), ...]
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives, batch 3 (Europe, Caucasus, Central and South Asia)
    (
        "Air Force of Ukraine: overnight attack with drones and missiles",
        "On the night of 29 December 2023, the enemy attacked Ukraine with 158 air attack weapons, the Air Force Command said. Of the 36 Shahed drones and 122 missiles, our air defence destroyed 87 missiles and 27 drones. Residential buildings, a maternity hospital and a shopping centre were hit in Kyiv, Dnipro, Lviv and Odesa.",
        "E",
        "missile_attack",
    ),
    (
        "HRMMU: civilian casualties in Ukraine rose in July",
        "In July 2023, the UN Human Rights Monitoring Mission in Ukraine recorded 689 civilian casualties, 187 killed and 502 injured, an increase from June. Most casualties were caused by explosive weapons with wide area effects, including missiles that hit residential buildings in Lviv and Kramatorsk and shelling of Kherson. Eleven children were killed.",
        "E V",
        "shelling",
    ),
    (
        "UNHCR: more than 500,000 refugees have fled Ukraine in four days",
        "More than half a million refugees have now fled Ukraine into neighbouring countries, the UN High Commissioner for Refugees said on 28 February 2022. Most have crossed into Poland, where queues at the border stretch for kilometres, and others into Hungary, Moldova, Romania and Slovakia. People are fleeing the military offensive in freezing temperatures.",
        "D",
        "displacement",
    ),
    (
        "WHO: attack on health facility in Kharkiv kills patients",
        "WHO condemns the missile strike on a psychiatric hospital in Kharkiv on 21 March 2024. The hospital was treating patients at the time. This is one of more than 1,600 attacks on health care in Ukraine that WHO has verified since February 2022. Attacks on health care deprive people of care when they need it most.",
        "E V H",
        "attack_on_hospital",
    ),
    (
        "Governor of Belgorod: shelling of the city centre kills civilians",
        "The centre of Belgorod came under shelling on 30 December 2023, the regional governor said. Fourteen people were killed, among them two children, and more than 100 were injured. A skating rink and cars in the city centre were hit. The Russian Ministry of Defence said most of the rockets were intercepted.",
        "E V",
        "shelling",
    ),
    (
        "General Staff of the Armed Forces of Ukraine: 52 combat clashes on the Pokrovsk axis",
        "Over the past day there were 152 combat clashes along the front line, the General Staff said on 12 November 2024. On the Pokrovsk axis, the enemy launched 52 assaults near Myrolyubivka and Promin. Our defenders repelled most of the attacks, and the fighting continues. The enemy also carried out 31 airstrikes with guided bombs.",
        "B E",
        "battle",
    ),
    (
        "Russian Ministry of Defence: enemy incursion in Kursk region",
        "On 6 August 2024, units of the Armed Forces of Ukraine of up to 1,000 personnel with tanks and armoured vehicles attempted to invade the territory of the Kursk region, the ministry said. Border cover units, air strikes and artillery are inflicting losses on the enemy. The acting governor of the region announced the evacuation of residents of Sudzha district.",
        "B M D E",
        "ground_incursion",
    ),
    (
        "Armenian Ministry of Defence: Azerbaijani forces shell Jermuk and Vardenis",
        "From 00:05 on 13 September 2022, the armed forces of Azerbaijan launched intensive shelling with artillery and large-calibre weapons against Armenian positions in the direction of Goris, Sotk and Jermuk, the ministry said. Drones were also used. Civilian infrastructure was hit. The Armenian armed forces are responding.",
        "E B",
        "border_clash",
    ),
    (
        "UNHCR: more than 100,000 refugees have arrived in Armenia from Karabakh",
        "In the week since the military operation, more than 100,000 refugees have crossed into Armenia from the Karabakh region, UNHCR said on 30 September 2023. Many spent days on the road to Goris. Families arrive exhausted, hungry and in need of medical care, and many have nowhere to go. We are working with the government to provide shelter.",
        "D",
        "displacement",
    ),
    (
        "ICRC: civilians killed in shelling of Stepanakert and Ganja",
        "The ICRC is alarmed by reports of heavy shelling and other explosive weapons used in populated areas in and around the Nagorno-Karabakh conflict, the organisation said on 11 October 2020. Dozens of civilians have been killed in Stepanakert/Khankendi and Ganja. Homes and hospitals have been damaged. We remind all sides that civilians must be spared.",
        "E V",
        "shelling",
    ),
    (
        "Kharkiv regional police: exhumations at the Izium burial site",
        "Investigators have exhumed 447 bodies from the mass burial site in the forest near Izium, the head of the Kharkiv regional police said on 23 September 2022, two weeks after the town was retaken. Most are civilians, among them children. Some bodies bear signs of torture, with hands tied and ropes around the neck.",
        "V",
        "mass_grave",
    ),
    (
        "Kyrgyz Border Service: clashes along the border with Tajikistan",
        "Tajik military units opened fire on Kyrgyz border posts in Batken region on 14 September 2022 using mortars and armoured vehicles, the Border Service said. The fighting spread along several sections of the border. More than 136,000 residents have been evacuated from the border villages. Both sides have since agreed a ceasefire, but shooting continues.",
        "B E D",
        "border_clash",
    ),
    (
        "UNAMA: Kabul education centre bombing killed dozens of students",
        "UNAMA has verified that 53 people, among them 46 girls and young women, were killed in the suicide attack on the Kaaj education centre in Dasht-e Barchi, Kabul, on 30 September 2022. The students were sitting a practice university entrance exam. The attack struck a predominantly Hazara neighbourhood. No group has yet claimed responsibility.",
        "E V",
        "suicide_bombing",
    ),
    (
        "Taliban Ministry of Interior: blast at Shia mosque in Kunduz",
        "An explosion occurred during Friday prayers at the Sayed Abad mosque in Kunduz city on 8 October 2021, the Ministry of Interior said. Dozens of worshippers were killed and wounded. The Islamic State Khorasan group claimed the suicide bombing. The ministry said those responsible would be punished.",
        "T E V",
        "mosque_attack",
    ),
    (
        "Pentagon: ISIS-K suicide bomber struck at Abbey Gate",
        "A suicide bomber detonated an explosive at the Abbey Gate of Kabul airport on 26 August 2021, the Department of Defense said, followed by gunfire from ISIS-K fighters. Thirteen US service members and at least 170 Afghans were killed. The crowds were waiting to be evacuated. Evacuation flights have continued.",
        "T E V D",
        "suicide_bombing",
    ),
    (
        "ISPR: soldiers martyred in intelligence-based operation in North Waziristan",
        "Security forces conducted an intelligence-based operation in Mir Ali, North Waziristan, on the reported presence of terrorists, the Inter-Services Public Relations said on 19 March 2024. During the exchange of fire, eight terrorists were sent to hell and two soldiers embraced martyrdom. A sanitisation operation is under way.",
        "M B",
        "clearance_operation",
    ),
    (
        "ISPR: terrorists' attack on Zhob garrison repulsed",
        "In the early hours of 12 July 2023, a group of terrorists tried to enter the Zhob garrison in Balochistan, the ISPR said. The troops on duty engaged them, and the terrorists were neutralised in the exchange of fire. Nine soldiers were martyred. Another group of terrorists attacked a post in Sui.",
        "T B",
        "attack_on_base",
    ),
    (
        "Government of Balochistan: suicide blast at Quetta railway station",
        "The provincial government spokesman said that on the morning of 9 November 2024 an attacker detonated his vest on the platform where the Peshawar-bound train was due to leave. Twenty-six lives were lost, a number of them army personnel returning from leave, and over 60 wounded were shifted to the civil hospital. The outlawed BLA has claimed it. The chief minister condemned the cowardly act of terrorism.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Government of Manipur: curfew after mobs set fire to houses",
        "The state government has imposed curfew in eight districts after violence broke out following a tribal solidarity march on 3 May 2023. Mobs set fire to houses, churches and vehicles in Churachandpur and Imphal, and thousands of residents have taken refuge in army camps. Army and Assam Rifles columns have been deployed and shoot-at-sight orders issued.",
        "U V D",
        "communal_violence",
    ),
    (
        "J&K Police: two terrorists killed in Kulgam encounter",
        "A joint team of police, army and CRPF launched a cordon and search operation in Redwani, Kulgam, on specific input about the presence of terrorists, the Jammu and Kashmir Police said on 6 July 2024. The terrorists fired on the search party, and in the ensuing encounter two terrorists were killed. One soldier lost his life.",
        "M B",
        "raid",
    ),
    (
        "OHCHR: airstrike on Pazigyi village gathering",
        "We are horrified by the airstrike by the Myanmar military on a gathering in Pazigyi village, Sagaing region, on 11 April 2023, the High Commissioner said. Reports say that a fighter jet dropped bombs on a crowd gathered for the opening of a local office, followed by a helicopter firing on the crowd. Among those killed were schoolchildren.",
        "E V",
        "airstrike",
    ),
    (
        "UNHCR briefing note: Arakan Army offensive empties towns in Myanmar's west",
        "Renewed fighting between the Myanmar Armed Forces and the Arakan Army since November 2023 has displaced tens of thousands of people in Rakhine State, UNHCR said. Roads and waterways are blocked, cutting off supplies to displacement sites. Rohingya and Rakhine civilians alike are caught in the crossfire.",
        "B D H",
        "battle",
    ),
    (
        "State Administration Council: PDF terrorists attack police station",
        "Terrorists of the so-called PDF attacked the police station in Kani township with heavy weapons and drones on 2 May 2022, the information team of the State Administration Council said. Security forces responded and the attackers fled, leaving behind weapons. Two police members were killed.",
        "T B E",
        "attack_on_police",
    ),
    (
        "Bangladesh Police: curfew and clashes as quota protests spread",
        "Police used tear gas, rubber bullets and sound grenades to disperse protesters who attacked police stations and set fire to vehicles in Dhaka on 19 July 2024, the Dhaka Metropolitan Police said. Members of the law enforcement agencies were injured. The government has imposed a nationwide curfew and deployed the army. Mobile internet remains suspended.",
        "U",
        "riot",
    ),
    (
        "Sri Lanka Human Rights Commission: attacks on protesters at Galle Face",
        "The Human Rights Commission of Sri Lanka condemns the attack on peaceful protesters at Galle Face and Temple Trees on 9 May 2022 by groups of government supporters. Protest tents were destroyed and people were beaten. In retaliation, houses of politicians were set on fire across the country. The Commission calls on the police to act impartially.",
        "U V",
        "communal_violence",
    ),
    (
        "Armed Forces of the Philippines: NPA rebels killed in encounter in Negros",
        "Troops of the 94th Infantry Battalion encountered about 20 armed members of the New People's Army in Himamaylan City, Negros Occidental, on 12 June 2024, the AFP said. The firefight lasted 30 minutes. Three rebels were killed, and firearms and explosives were recovered.",
        "B",
        "battle",
    ),
    (
        "AFP Western Mindanao Command: clearing operations continue in Marawi",
        "Government troops continue clearing operations in the main battle area of Marawi City, the military said on 15 August 2017. Soldiers retook a mosque and a bridge held by the Maute group, and air assets struck positions of the gunmen. Government casualties have reached 128, and around 360,000 residents remain displaced.",
        "M B D",
        "offensive",
    ),
    (
        "Philippine government: bombing at Mindanao State University a foreign terrorist act",
        "The Office of the President said on 3 December 2023 that an improvised device went off in a university gym in Marawi while students and teachers were gathered for Sunday worship. Four people died and around 50 were hurt. The President condemned the senseless and most heinous acts perpetrated by foreign terrorists. Police and troops have tightened checkpoints across Lanao del Sur.",
        "T E V",
        "church_attack",
    ),
    (
        "ISOC Region 4: bomb attack on ranger patrol in Narathiwat",
        "A roadside bomb exploded as a ranger patrol passed in Rueso district, Narathiwat, on 28 April 2024, the Internal Security Operations Command Region 4 said. Two rangers were killed and three wounded. Insurgents then fired on the vehicle. Officers are searching the area.",
        "E",
        "ied_attack",
    ),
    (
        "TNI: armed separatists shoot dead construction workers in Papua",
        "Members of an armed separatist group shot dead eight workers who were repairing a telecommunications tower in Puncak district, Central Papua, on 2 March 2022, the TNI information centre said. The group attacked the workers' camp at night. Security forces have been sent to recover the bodies.",
        "V",
        "attack_on_workers",
    ),
    (
        "Ombudsman's Office of Colombia: humanitarian crisis in Catatumbo",
        "Clashes between the ELN and FARC dissidents in Catatumbo since 16 January 2025 have caused one of the largest displacements in the history of the region, the Ombudsman's Office said. More than 40,000 people have fled to Cúcuta, Ocaña and Tibú, and dozens of signatories of the peace agreement have been killed. We ask the armed groups to respect the civilian population.",
        "B D V",
        "battle",
    ),
]
