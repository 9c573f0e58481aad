"""dev189 positives (3 of 3): bombings, massacres, riots, crackdowns, lynchings, gang and settler
attacks and targeted killings around animals: Somalia, Syria, India, Tanzania, Haiti, Ukraine,
the West Bank, Colombia and Pakistan (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Sniffer dog among dead as al-Shabab car bomb hits Mogadishu checkpoint",
        "MOGADISHU, Somalia (AP) — A suicide car bomber struck a security checkpoint near "
        "Mogadishu's international airport on Saturday, killing at least six people, "
        "including two police officers and a bomb-detection dog that had been checking "
        "vehicles, police said. The al-Qaida-linked extremist group al-Shabab claimed "
        "responsibility in a statement on its Andalus radio station. Police officer Abdi "
        "Hassan said the dog and its handler had approached a minibus for a routine search "
        "when the driver set off the explosives. The handler was badly wounded and taken to a"
        " Turkish-run hospital in the capital. A private security company that trains sniffer"
        " dogs for the airport zone said the dog, a German shepherd called Bella, had found "
        "explosives in two vehicles this year. The blast destroyed several cars and a tea "
        "shop nearby, witnesses said. Al-Shabab often targets the checkpoints around the "
        "airport, which houses the UN offices and most foreign embassies. Somalia's "
        "government, backed by African Union troops, has been on an offensive against the "
        "group since last year.",
        "T E",
        "suicide bombing",
    ),
    (
        "Islamic State attack kills truffle hunters and shepherds in Syrian desert",
        "Islamic State militants killed at least 15 people, most of them truffle hunters, and"
        " made off with hundreds of sheep in an attack in the desert east of Hama on "
        "Thursday, a war monitor and state media said. The gunmen, riding motorcycles, opened"
        " fire on groups who had gone into the Badia desert to dig for the prized truffles "
        "that grow after the winter rains, the Syrian Observatory for Human Rights said. "
        "Several shepherds grazing their flocks nearby were also killed, and others are "
        'missing, it said. The state news agency SANA blamed "terrorist groups" for what it '
        "called a massacre. Hundreds of people have been killed in recent years while "
        "foraging in the vast desert, where Islamic State cells still operate years after the"
        " group's territorial defeat and where old landmines lie scattered. Truffles can "
        "fetch up to $25 a kilogram, a fortune for families impoverished by the war. The "
        "Britain-based Observatory said the attackers also took some of the truffle hunters "
        "captive. Syrian authorities have warned people not to venture into the desert, but "
        "the warnings are widely ignored.",
        "T V",
        "massacre",
    ),
    (
        "Marina stir ends in violence: police station torched, vehicles set ablaze as cops "
        "clear Jallikattu protesters",
        "Violence broke out in several parts of Chennai on Monday as police moved in to evict"
        " thousands of pro-Jallikattu protesters who had been camping on the Marina beach for"
        " a week. The Ice House police station near the beach was set on fire by a mob, and "
        "at least 25 vehicles, including police jeeps and two-wheelers, were torched in "
        "Triplicane and Nadukuppam. Police resorted to lathi-charge and burst tear gas shells"
        " to disperse stone-pelting groups, and several policemen and protesters were "
        "injured, officials said. The agitation, which began as a peaceful demand to lift the"
        " ban on the bull-taming sport, had drawn lakhs of students, IT professionals and "
        "families to the beach in one of the largest protests the state has seen. The state "
        "government had promulgated an ordinance over the weekend to allow Jallikattu, but "
        'many protesters refused to leave until a permanent law was passed. "We came here '
        'peacefully, and the police beat us without warning," said a college student from '
        "Mylapore. The city police commissioner said anti-social elements had infiltrated the"
        " protest. The Assembly passed a bill on Monday evening amending the animal cruelty "
        "law.",
        "U",
        "riot",
    ),
    (
        "Dairy farmer beaten to death by cow vigilantes on Rajasthan highway",
        "A 55-year-old dairy farmer from Haryana died in hospital on Monday after he and four"
        " companions were beaten by a mob of self-styled cow protectors who stopped their "
        "vehicles on a highway in Rajasthan's Alwar district, police said. The men were "
        "transporting cattle they had bought at a fair in Jaipur and carried receipts for the"
        " purchase, their relatives said. The attackers accused them of smuggling the animals"
        " for slaughter, dragged them out of their pick-up trucks and assaulted them with "
        "sticks and iron rods, according to the police complaint. Two of the men were "
        "seriously injured. Police said they had arrested three people and were looking for "
        "others identified from videos of the attack that circulated on social media. The "
        "victim's family is Muslim, and rights groups say attacks by Hindu vigilante groups "
        "on Muslims and Dalits suspected of trading or slaughtering cattle have risen across "
        "northern India. Opposition leaders condemned the killing and accused the state "
        "government of shielding the vigilantes. The state's home minister said the law would"
        " take its course.",
        "V U",
        "mob lynching",
    ),
    (
        "Police officer killed, Maasai flee to Kenya as Loliondo demarcation turns violent",
        "A police officer was killed and several Maasai herders were wounded as security "
        "forces fired tear gas and live rounds at residents protesting against the "
        "demarcation of a game reserve in Loliondo, northern Tanzania, officials and "
        "community leaders said. The government said the officer was hit by an arrow on "
        "Friday while police guarded surveyors placing beacons around a 1,500 square "
        "kilometre area to be set aside for wildlife. Community leaders said at least 30 "
        "people had been treated for gunshot and pellet wounds, some of them in hospitals "
        "across the border in Kenya. Hundreds of residents, many of them women and children, "
        "have crossed into Kenya's Narok County with their cattle, fearing arrest, local "
        "leaders said. Prime Minister Kassim Majaliwa said the land was being protected to "
        "safeguard the Serengeti ecosystem and that no one was being evicted from their "
        "villages. Rights groups and UN experts have called for the exercise to be suspended."
        " The Maasai say the land is critical dry-season grazing for their herds. Police said"
        " ten people had been arrested in connection with the officer's death.",
        "U D",
        "crackdown",
    ),
    (
        "Haitian farmers flee Artibonite with their goats as Gran Grif gang torches villages",
        "Hundreds of farmers fled villages in Haiti's Artibonite valley this week, driving "
        "goats and cows along dirt roads towards the town of Saint-Marc, after members of the"
        " Gran Grif gang attacked the area, burning houses and shooting residents, local "
        "officials said. At least nine people were killed in the attack on the commune of "
        "Petite-Riviere de l'Artibonite on Wednesday, including an elderly couple shot in "
        "their home, a civil protection official said. The gang's leader has threatened to "
        "take over the whole rice-growing valley, Haiti's breadbasket, and his fighters have "
        "repeatedly clashed with police and a local self-defence group. Farmers say they have"
        " been unable to tend their paddies for months, and cattle left behind are stolen and"
        ' sold at markets the gang controls. "I left with one goat; I had twenty," said '
        "Jean-Robert Pierre, 61, who walked for two days to reach a makeshift camp in "
        "Saint-Marc. The International Organization for Migration said more than 5,000 people"
        " had been displaced from the area in a week. The Kenyan-led security mission backed "
        "by the UN has yet to deploy in the Artibonite, officials said.",
        "V D",
        "gang attack",
    ),
    (
        "Fires from shelling sweep Ukraine's Black Sea reserve during nesting season",
        "Fires started by shelling have burned across thousands of hectares of the Black Sea "
        "Biosphere Reserve in southern Ukraine over the past week, destroying nesting grounds"
        " of pelicans, terns and rare steppe birds, Ukrainian environmental officials said. "
        "Much of the reserve lies on the Kinburn Spit and around Tendra Bay, areas occupied "
        "by Russian forces and shelled almost daily from both sides of the front. Ukraine's "
        "environment ministry said satellite images showed at least 14 separate blazes on "
        "Saturday alone, and that its staff had been unable to reach the area since 2022. "
        '"Nobody can put out these fires. Firefighters who go near come under fire '
        'themselves," said an ecologist who worked at the reserve for two decades and now '
        "monitors it from Mykolaiv. The ministry accused Russian troops of setting fields "
        "alight to clear lines of sight around their positions, a claim that could not be "
        "independently verified. Ukrainian forces have been striking Russian positions on the"
        " spit with drones and artillery. Ecologists warn that the reserve, one of the most "
        "important stopovers for migrating birds on the Black Sea coast, may take decades to "
        "recover.",
        "E",
        "shelling",
    ),
    (
        "Settlers kill flock and torch shepherds' tents as West Bank herding village empties",
        "The last families of a Bedouin herding community east of Ramallah packed up their "
        "tents and drove their remaining sheep away on Thursday after a week of attacks by "
        "Israeli settlers, residents and Israeli rights groups said. Settlers from nearby "
        "outposts, some of them armed and wearing army uniforms, raided the encampment at "
        "night, beating men, smashing water tanks and setting fire to two tents, according to"
        " B'Tselem. Dozens of sheep were found dead, some poisoned, others shot, residents "
        'said. "We have lived here forty years. Now the sheep are dead and we are going, we '
        'do not know where," said Abu Bashar, 60. The community of about 180 people is the '
        "latest of more than a dozen herding villages in the hills east of Ramallah and in "
        "the Jordan valley to be abandoned since settler violence surged in October. The "
        "Israeli military said it was looking into the reports. Palestinian herders say the "
        "grazing land they have used for generations is being fenced off by settlers who "
        "graze their own flocks on it under army protection. The UN humanitarian office says "
        "more than 1,000 Palestinians have been displaced by settler violence in the West "
        "Bank this year.",
        "V D",
        "settler attack",
    ),
    (
        "Colombia pulls rangers out of Amazon parks after dissidents kill guard",
        "Colombia's national parks service said on Tuesday it was withdrawing its staff from "
        "two parks in the Amazon after a ranger was shot dead by members of a FARC dissident "
        "group. The ranger, 34-year-old Edilberto Camacho, was killed on Saturday near his "
        "home in the rural area of La Macarena, in Meta department, when armed men on a "
        "motorcycle stopped him on the road, the agency said. In a pamphlet circulated in the"
        " area last month, the dissident faction led by the commander known as Calarca had "
        'declared rangers "military targets" and ordered them to leave. "We cannot ask our '
        'people to stay where their lives are threatened," the director of the parks service '
        "said. Armed groups that moved into territory left by the FARC after the 2016 peace "
        "deal have driven deforestation, clearing forest for coca and cattle ranching, "
        "environmental researchers say. The government, which is in talks with several armed "
        "groups including the Calarca faction, condemned the killing and said it would send "
        "troops to the area.",
        "V",
        "targeted killing",
    ),
    (
        "Two livestock vaccinators, policeman martyred in Bajaur attack",
        "Two livestock department officials and a policeman escorting them were martyred when"
        " unidentified militants opened fire on their vehicle in Bajaur tribal district on "
        "Wednesday, police said. The team had been vaccinating cattle and goats against "
        "foot-and-mouth disease in Mamund tehsil and was ambushed on its way back to Khar, "
        "the district headquarters, a police official told Dawn. A second policeman sustained"
        " bullet wounds and was shifted to the district headquarters hospital. No group "
        "claimed responsibility, but police said the attack bore the hallmarks of the banned "
        "Tehreek-i-Taliban Pakistan (TTP), which has stepped up attacks on security forces "
        "and government employees in the merged districts of Khyber Pakhtunkhwa. Polio "
        "vaccination teams and their police escorts have been targeted repeatedly in the "
        "province. The livestock department suspended its campaign in the district pending "
        "security arrangements. The Khyber Pakhtunkhwa chief minister strongly condemned the "
        "attack and directed the provincial police chief to arrest the culprits. Bajaur has "
        "seen a series of targeted killings this year, including a suicide bombing at a "
        "political rally in July that killed more than 50 people.",
        "T V",
        "targeted attack",
    ),
]
