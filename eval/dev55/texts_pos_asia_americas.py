"""dev55 positives: Asia and the Americas (Afghanistan, Pakistan, India, Myanmar, Thailand and
Cambodia, the Philippines, Bangladesh, Colombia, Mexico, Haiti), in the register of analysis,
explainers, columns and long-form reports that carry a current event of armed conflict or
political violence, or its direct human consequences.
POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "What we know about the bombing at Kabul airport",
        "A suicide bomber detonated explosives on Thursday evening among crowds of Afghans waiting at the Abbey Gate of Kabul airport in the hope of boarding evacuation flights, and gunmen then opened fire, US and Afghan officials said. At least 170 Afghans and 13 US service members were killed. Islamic State's Afghan branch, known as IS-K, said it carried out the attack. The evacuation resumed on Friday morning, with thousands still massed outside the walls.",
        "E T V D",
        "suicide_bombing",
    ),
    (
        "Explainer: The hijacking of the Jaffar Express",
        "Fighters of the Baloch Liberation Army blew up a stretch of track in the Bolan Pass on Tuesday and seized a train carrying more than 400 passengers from Quetta to Peshawar. Security forces ended the siege on Wednesday evening after an operation in which, the army said, 33 attackers were killed; 26 hostages died, most of them soldiers and railway staff travelling off duty. The government called it a terrorist attack. It was the boldest strike yet by the separatists, who accuse Islamabad of plundering the province's gas and minerals. Passengers who escaped walked for hours through the mountains to the nearest station.",
        "V B M T E",
        "hijacking",
    ),
    (
        "Analysis: India and Pakistan edge up the ladder of escalation",
        "The missile strikes India launched before dawn on Wednesday on what it called terrorist camps in Pakistan and Pakistani Kashmir were designed, officials in Delhi said, to be precise and limited. Pakistan said 31 civilians were killed, including children at a mosque complex in Bahawalpur, and its army answered with heavy shelling across the Line of Control, killing 12 civilians in Poonch, Indian officials said. Both governments say they do not want a wider war. Each now faces pressure at home to have the last word.",
        "E M B",
        "missile_strike",
    ),
    (
        "What we know about the attack on tourists near Pahalgam",
        "Gunmen emerged from the forest around the Baisaran meadow near Pahalgam on Tuesday afternoon and opened fire on tourists, killing 26 people, almost all of them men, police in Indian-administered Kashmir said. Survivors said the attackers asked some victims their religion before shooting them. The police called it a terror attack, and a group that India says is a front for Lashkar-e-Taiba claimed it before withdrawing the claim.",
        "V T",
        "massacre",
    ),
    (
        "Analysis: Why Manipur is burning again",
        "Eighteen months into the ethnic conflict between the Meitei majority and the Kuki-Zo, the state's politicians have lost what control they had. The discovery on Friday of the bodies of six women and children abducted from a relief camp in Jiribam set off a night of rage in Imphal, where mobs stormed the homes of several legislators and set them on fire. Security forces fired tear gas and a curfew was imposed in five districts. More than 60,000 people remain displaced from last year's violence. Internet services were suspended across the valley.",
        "U V D",
        "riot",
    ),
    (
        "Myanmar's junta keeps bombing through its own earthquake truce",
        "The military government declared a ceasefire to help relief work after the earthquake, but its aircraft have not stopped flying. On Tuesday a fighter jet bombed a village in the Sagaing region, killing seven people, including two children, a local resistance group and a relief worker said. The junta said it was responding to attacks by the resistance.",
        "E M",
        "airstrike",
    ),
    (
        "Rohingya killed by drones at the Naf river as Arakan Army closes in",
        "The fighting for Maungdaw, the last town in northern Rakhine held by Myanmar's military, has trapped tens of thousands of Rohingya between the two sides. On Monday drones attacked families waiting on the riverbank to cross into Bangladesh, killing dozens, survivors and aid workers said; videos showed bodies strewn among luggage. The Arakan Army denied responsibility and blamed the army. Bangladesh says it cannot take more refugees, but boats kept crossing overnight. Those who reached Bangladesh described days of walking through villages emptied by fighting.",
        "E V D",
        "drone_strike",
    ),
    (
        "Analysis: The fall of Lashio is the junta's worst defeat yet",
        "Myanmar's military has lost border towns before, but never a regional command headquarters. After weeks of fighting, the Myanmar National Democratic Alliance Army said on Saturday it had taken the north-eastern command in Lashio, a city of some 150,000 people on the main trade route to China. Residents said the streets were quiet after days of shelling, and thousands had fled towards Mandalay.",
        "B D",
        "offensive",
    ),
    (
        "What we know about the siege of Marawi",
        "Militants who have pledged allegiance to Islamic State have held parts of Marawi since Tuesday, when a raid by soldiers trying to capture one of their leaders turned into a battle for the city. The army has brought in helicopter gunships and is bombing positions near the centre, officials said, and at least 100 people have been killed, most of them militants. Almost all of the city's 200,000 residents have fled. The president has declared martial law across Mindanao. Residents still inside say they have run out of food and clean water.",
        "B M E T D H",
        "siege",
    ),
    (
        "Bangladesh's student protests turn into a reckoning",
        "What began as a campaign against quotas in civil service jobs has become a challenge to the prime minister herself. On Thursday police and paramilitary forces fired rubber bullets, tear gas and live ammunition at students in Dhaka, and hospitals said more than 100 people had been killed over the week. Protesters set fire to the state broadcaster's headquarters. The government shut down mobile internet and imposed a nationwide curfew, with orders to shoot on sight.",
        "U",
        "crackdown",
    ),
    (
        "Analysis: Colombia's 'total peace' strategy meets a car bomb in Cali",
        "The president came to office promising to negotiate with every armed group at once. That promise looks hollow after Thursday, when a truck loaded with explosives blew up near an air force base in Cali, killing six civilians and wounding more than 60, while a police helicopter was downed in Antioquia the same day. The president called the bombing a terrorist attack and blamed a faction of FARC dissidents. He has ordered the suspension of talks with the group. Security analysts say the dissidents have used the talks to expand their drug routes.",
        "E T B",
        "car_bomb",
    ),
    (
        "In Michoacan's hills, the cartels fight with drones and mines",
        "The war between the Jalisco New Generation Cartel and local groups for the lime and avocado valleys of Tierra Caliente looks more and more like a war. This week drones dropped explosives on houses in two villages near Apatzingan, injuring four people, and a soldier was killed by a buried mine, state officials said. Hundreds of residents have fled to the state capital.",
        "E V D",
        "drone_attack",
    ),
    (
        "Analysis: A year on, Haiti's security mission is losing ground",
        "The Kenyan-led mission arrived in Port-au-Prince promising to help the police retake the capital. Instead the gang coalition known as Viv Ansanm has pushed further into the central plateau. On Monday its gunmen stormed Mirebalais, freeing about 500 inmates from the prison and fighting police for control of the town, and the UN said more than 5,000 people fled within two days. Police reinforcements arrived by helicopter on Wednesday. The UN says more than a million people are now displaced across the country.",
        "B D",
        "offensive",
    ),
    (
        "The killings in Wharf Jeremie shock even a hardened Port-au-Prince",
        "Over the weekend gang members in the Wharf Jeremie area of Cite Soleil killed at least 180 people, most of them elderly, after their leader accused them of causing his son's illness through witchcraft, a rights group said. The victims were dragged from their homes and shot or hacked to death, and some bodies were burned.",
        "V",
        "massacre",
    ),
    (
        "Explainer: Why Thailand and Cambodia are fighting over temples",
        "The border dispute is old, but the clashes that began on Thursday are the worst in more than a decade. Troops exchanged fire near the Ta Muen Thom temple, Cambodia fired rockets into Thai border districts, and Thailand sent F-16 jets to strike Cambodian military targets. At least 30 people have been killed on both sides, most of them civilians, and more than 130,000 have been evacuated from Thai border villages. Both sides say the other fired first. Malaysia, which chairs the regional bloc, has offered to mediate.",
        "B E M D",
        "border_clash",
    ),
    (
        "A presidential hopeful is shot in Bogota, and Colombia's old fears return",
        "For a generation of Colombians, Saturday's shooting brought back memories of the 1980s and 1990s, when three presidential candidates were assassinated. The opposition senator, a likely contender in next year's election, was shot twice in the head while speaking to supporters in a park in the Fontibon district of Bogota, and he was in critical condition after surgery, doctors said. Police arrested a 15-year-old suspect at the scene with a pistol. The president condemned the attack and called for calm, while the senator's party accused the government of stoking hatred.",
        "V",
        "assassination_attempt",
    ),
    (
        "Eight years on, Rohingya in Cox's Bazar brace for half rations",
        "The World Food Programme said on Wednesday it would cut monthly food vouchers for the million Rohingya refugees in Bangladesh's Cox's Bazar camps from $12 a person to $6 from April unless donors find $15 million, after the United States froze much of its aid. Aid workers say acute malnutrition among children in the camps is already at its highest since the refugees fled the Myanmar army's crackdown in 2017. Refugee leaders said families were selling their rations to buy medicine and that more young men were trying the boat journey to Malaysia. Bangladesh's government appealed for new funding at a meeting in Geneva.",
        "D H",
        "aid_cuts",
    ),
]
