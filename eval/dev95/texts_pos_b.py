"""dev95 positives (2 of 2): feed items that report current organised violence: South Asia, riots
and crackdowns, Latin America, Syria, Yemen, the Caucasus, South-East Asia, Russia, Germany,
Benin and Libya (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Suicide bomber kills dozens at mosque inside Peshawar police lines",
        "PESHAWAR: At least 59 people, most of them policemen, were killed when a suicide "
        "bomber blew himself up during afternoon prayers at a mosque inside the city's police "
        "lines on Monday, officials said. A faction of the banned Tehreek-i-Taliban Pakistan "
        "claimed responsibility, though the group's central leadership later distanced itself "
        "[…]",
        "E T V",
        "suicide bombing",
    ),
    (
        "India strikes nine sites in Pakistan and PoK; Islamabad says civilians killed",
        "India carried out missile strikes on nine sites in Pakistan and Pakistan-occupied "
        "Kashmir early on Wednesday, hitting what the Defence Ministry called terrorist "
        "infrastructure. Pakistan said 26 civilians were killed and that its forces were "
        "shelling Indian positions along the Line of Control in response.",
        "E M",
        "cross-border strikes",
    ),
    (
        "Terrorists open fire on tourists near Pahalgam, at least 26 killed",
        "SRINAGAR: Terrorists opened fire on a group of tourists at a meadow near Pahalgam in "
        "Jammu and Kashmir on Tuesday afternoon, killing at least 26 people, officials said, "
        "in the deadliest attack on civilians in the Valley in years ...",
        "T V",
        "terrorist attack",
    ),
    (
        "Fresh violence in Manipur: houses torched, two killed in Bishnupur",
        "Armed miscreants torched at least 15 houses and exchanged fire with security forces "
        "in Manipur's Bishnupur district overnight, leaving two people dead, police said on "
        "Friday. The relaxation of curfew in Imphal West was withdrawn as a precaution.",
        "V B",
        "ethnic violence",
    ),
    (
        "Bangladesh police fire on student protesters as death toll passes 100",
        "DHAKA (Reuters) — Bangladeshi police fired tear gas and rubber bullets at students "
        "protesting against job quotas in the capital on Friday, as the death toll from a "
        "week of clashes rose above 100, hospital officials said, and authorities kept mobile "
        "internet cut nationwide.",
        "U",
        "crackdown",
    ),
    (
        "Protesters breach Parliament as Finance Bill passes; police open fire",
        "Protesters stormed Parliament Buildings in Nairobi on Tuesday afternoon and set part "
        "of the complex on fire minutes after MPs passed the contested Finance Bill, as "
        "police fired live rounds outside, killing at least five people, according to rights "
        "groups.",
        "U",
        "riot",
    ),
    (
        "Protesters torch regional parliament in Makassar as unrest spreads across Indonesia",
        "Protesters set fire to regional parliament buildings in Makassar and other cities on "
        "Friday night, the third day of unrest triggered by the death of a motorcycle-taxi "
        "driver run over by a police armoured vehicle in Jakarta. Three people died in the "
        "Makassar blaze.",
        "U",
        "riot",
    ),
    (
        "France: Third night of rioting after police shooting of teenager in Nanterre",
        "Youths torched cars, looted shops and fired fireworks at police in towns across "
        "France overnight, the third night of unrest since a 17-year-old was shot dead by an "
        "officer at a traffic stop, the interior minister said on Friday, announcing 667 "
        "arrests.",
        "U",
        "riot",
    ),
    (
        "Masked rioters target asylum hotel in Rotherham; officers injured",
        "Masked rioters smashed windows and set fire to bins at a hotel housing asylum "
        "seekers in Rotherham on Sunday, while police in riot gear were pelted with bricks "
        "and fire extinguishers. South Yorkshire Police said at least ten officers were "
        "injured.",
        "U V",
        "riot",
    ),
    (
        "Bolsonaro supporters storm Congress, Supreme Court and presidential palace in Brasília",
        "Thousands of supporters of former president Jair Bolsonaro broke through police "
        "lines in Brasília on Sunday and ransacked the Congress, the Supreme Court and the "
        "Planalto palace before security forces retook the buildings with tear gas. About 400 "
        "people were arrested. President Luiz Inácio Lula da Silva, who was visiting São "
        "Paulo state, ordered a federal takeover of security in the capital.",
        "U",
        "riot",
    ),
    (
        "At least 17 killed as protesters try to take airport in Peru's Juliaca",
        "At least 17 people died on Monday in the southern city of Juliaca when demonstrators "
        "demanding the resignation of President Dina Boluarte tried to take the airport and "
        "police responded with firearms, according to the ombudsman's office. Most of the "
        "dead had gunshot wounds, a hospital director said. The government declared a "
        "three-day curfew in Puno.",
        "U",
        "crackdown",
    ),
    (
        "Gangs burn homes in Port-au-Prince's Solino as residents flee",
        "PORT-AU-PRINCE, Haiti (AP) — Gang members set fire to homes and shot residents in "
        "the Solino neighborhood overnight, killing at least a dozen people and forcing "
        "thousands to flee, as police struggled to hold the area against the Viv Ansanm "
        "coalition. …",
        "V D B",
        "gang attack",
    ),
    (
        "Families flee as cartel drones drop explosives on villages near Apatzingán",
        "Residents of several farming villages near Apatzingán, in the Mexican state of "
        "Michoacán, left their homes this week after gunmen from the Jalisco New Generation "
        "Cartel attacked them with explosive-laden drones during a fight with a rival group "
        "for control of the area, state officials said.",
        "E B D V",
        "cartel offensive",
    ),
    (
        "Catatumbo: more than 30,000 displaced as ELN and FARC dissidents fight",
        "More than 30,000 people have been displaced in Colombia's Catatumbo region since the "
        "ELN guerrilla launched an offensive against FARC dissidents last week, the "
        "ombudsman's office said on Monday. At least 80 people have been killed, many of them "
        "civilians shot in their homes. Schools in Tibú and Cúcuta are being used as shelters "
        "for families who fled. The government suspended peace talks with the ELN and "
        "declared a state of internal commotion in the region.",
        "B D V",
        "armed clashes",
    ),
    (
        "Gunmen storm TV studio on air in Guayaquil as Noboa declares 'internal armed conflict'",
        "Hooded gunmen burst into the studios of public broadcaster TC Televisión in "
        "Guayaquil on Tuesday during a live news programme and held staff at gunpoint before "
        "police regained control. Hours later President Daniel Noboa declared an 'internal "
        "armed conflict' against 22 gangs, which the government now classes as terrorist "
        "organisations.",
        "V T",
        "hostage-taking",
    ),
    (
        "Syria: Hundreds killed as coastal clashes turn into revenge killings",
        "Syrian security forces and allied fighters battled gunmen loyal to the ousted "
        "government in Latakia and Tartous for a third day on Saturday, while a war monitor "
        "said more than 700 Alawite civilians had been killed in what it called field "
        "executions. Thousands fled to the Russian air base at Hmeimim. […]",
        "B V D",
        "clashes and massacres",
    ),
    (
        "Syrian rebels sweep into Aleppo in lightning offensive",
        "Syrian rebels led by Hayat Tahrir al-Sham swept into parts of Aleppo on Friday, the "
        "first time they have reached the city since 2016, after a surprise offensive that "
        "drove government forces out of dozens of towns in the countryside, a war monitor "
        "said. Russian warplanes struck rebel positions west of the city overnight, the "
        "monitor added. The army said it had redeployed troops to prepare a counterattack. "
        "Read more.",
        "B E",
        "offensive",
    ),
    (
        "Air strikes pound rebel-held east Aleppo; two hospitals hit",
        "ALEPPO, Syria (AFP) — Syrian and Russian warplanes pounded rebel-held eastern Aleppo "
        "overnight, killing at least 27 civilians and putting two of the area's last "
        "functioning hospitals out of service, a monitor and medical workers said on "
        "Wednesday.",
        "E H V M",
        "air campaign",
    ),
    (
        "Houthi missile sets bulk carrier ablaze in the Gulf of Aden",
        "Yemen's Houthis fired an anti-ship ballistic missile at a Liberian-flagged bulk "
        "carrier in the Gulf of Aden on Wednesday, setting it on fire, the UK Maritime Trade "
        "Operations agency said. The crew abandoned ship and were picked up by a passing "
        "vessel.",
        "E",
        "missile attack on ship",
    ),
    (
        "Azerbaijan launches 'anti-terrorist' operation in Karabakh; shelling reported in "
        "Stepanakert",
        "Azerbaijan launched what it called local anti-terrorist measures in Nagorno-Karabakh "
        "on Tuesday, shelling positions of ethnic Armenian forces and the regional capital, "
        "Stepanakert, as residents crowded into basements and thousands headed for the "
        "airport held by Russian peacekeepers.",
        "M E D",
        "military offensive",
    ),
    (
        "Thai jets strike Cambodian positions as border clashes spread",
        "Thailand launched air strikes on Cambodian military targets on Thursday as fighting "
        "between the two countries' troops spread to at least six points along their disputed "
        "border, the Thai army said. Twelve people, most of them civilians hit by rockets, "
        "were killed on the Thai side, and more than 40,000 villagers were evacuated.",
        "B E M D",
        "interstate clashes",
    ),
    (
        "Three NPA rebels killed in clash with Army troops in Negros Oriental",
        "Three New People's Army rebels were killed in a gunfight with soldiers in Negros "
        "Oriental on Sunday, the military said.",
        "B",
        "clash",
    ),
    (
        "Bomb explodes during Catholic Mass at Mindanao State University gym",
        "A bomb exploded during a Sunday Mass at a gymnasium of Mindanao State University in "
        "Marawi City, killing four people and wounding dozens of students and teachers. "
        'President Marcos blamed "foreign terrorists"; the Islamic State group later claimed '
        "it […]",
        "E T V",
        "bombing",
    ),
    (
        "Gunmen attack concert hall outside Moscow, dozens killed",
        "Gunmen in combat fatigues opened fire on concertgoers at the Crocus City Hall "
        "outside Moscow on Friday evening and set the building ablaze, killing at least 40 "
        "people, Russian authorities said, describing it as a terrorist attack.",
        "T V",
        "terrorist attack",
    ),
    (
        "Solingen knife attack: 'Islamic State' claims responsibility",
        "Three people were killed and eight injured when a man stabbed visitors at a city "
        "festival in Solingen on Friday night. Federal prosecutors, who took over the case, "
        "said on Sunday the suspect, a 26-year-old Syrian, is believed to be a member of the "
        '"Islamic State".',
        "T V",
        "stabbing attack",
    ),
    (
        "Benin says 54 soldiers killed in jihadist attack in the north",
        "Fifty-four Beninese soldiers were killed in an attack on two army positions in W "
        "National Park near the borders with Niger and Burkina Faso, the government said on "
        "Thursday, blaming JNIM, the al-Qaeda affiliate active across the Sahel. It was the "
        "deadliest attack on Benin's army to date. Here's what we know.",
        "B T",
        "jihadist attack",
    ),
    (
        "Heavy fighting erupts in Tripoli after killing of militia commander",
        "Armed groups fought with heavy weapons across central Tripoli overnight after the "
        "killing of a powerful militia commander, the UN mission in Libya said on Tuesday, "
        "calling for an immediate halt as residents sheltered indoors and flights at Mitiga "
        "airport were diverted.",
        "B",
        "militia clashes",
    ),
]
