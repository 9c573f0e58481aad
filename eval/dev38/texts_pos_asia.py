"""dev38 positives: South, Southeast and Central Asia, in the register of national wires and state media. POSITIVES = [(title, text, tag codes, kind), ...]."""

POSITIVES = [
    (
        "Security forces send eight khwarij to hell in North Waziristan IBO",
        "Security forces conducted an intelligence-based operation in the general area of Datta Khel, North Waziristan district, on the reported presence of khwarij, the Inter Services Public Relations said. During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, eight khwarij were sent to hell. A sanitisation operation is being carried out to eliminate any other khwarij found in the area. The khwarij were actively involved in numerous terrorist activities against the security forces and the killing of innocent civilians, the ISPR added.",
        "B M",
        "operation",
    ),
    (
        "Funeral prayers offered for four martyred soldiers in Bannu",
        "Funeral prayers of four soldiers who embraced shahadat in an exchange of fire with terrorists in Bannu district on Tuesday night were offered at the garrison, APP reported. The terrorists had attacked a check post with heavy weapons, and the troops repulsed the attack, killing three of them, the military said. The Corps Commander and senior civil officials attended the prayers.",
        "B T",
        "attack_on_post",
    ),
    (
        "Terrorists offload passengers from bus near Kalat, kill six",
        "Terrorists blocked the national highway near Kalat and offloaded passengers from a Punjab-bound bus, killing six of them after checking their identity cards, the Levies said. The chief minister condemned the cowardly act and said the perpetrators belonging to the banned outfit would be brought to justice. Traffic on the highway remained suspended for hours.",
        "V T",
        "killing_of_civilians",
    ),
    (
        "Two civilians martyred in unprovoked Indian firing along LoC",
        "Indian troops resorted to unprovoked firing and shelling along the Line of Control in the Neelum valley sector, deliberately targeting the civilian population and martyring two civilians including a woman, the ISPR said. Pakistan Army troops responded effectively and targeted the Indian posts from where the firing was initiated. Three houses were also damaged.",
        "E V B",
        "ceasefire_violation",
    ),
    (
        "Three terrorists killed in encounter in Kupwara",
        "Three terrorists were killed in an encounter with security forces in the Machil sector of Kupwara district of Jammu and Kashmir on Thursday, officials said. The gunfight broke out after a joint team of the Army and police launched a cordon and search operation following specific intelligence input. Arms and ammunition were recovered from the site, they said.",
        "B M",
        "encounter",
    ),
    (
        "Eight DRG jawans, driver killed as Naxals blow up vehicle in Bijapur",
        "Eight personnel of the District Reserve Guard and a civilian driver were killed when Naxals blew up their vehicle with an IED in Bijapur district of Chhattisgarh on Monday afternoon, police said. The jawans were returning from an anti-Naxal operation in the Abujhmarh area. A senior official said the explosive was planted under the road months ago.",
        "E",
        "ied",
    ),
    (
        "Miscreants torch houses in Jiribam village, residents flee to relief camp",
        "Armed miscreants set fire to at least 15 houses in a village in Manipur's Jiribam district on Saturday night, prompting residents to flee to a relief camp, officials said. Security forces rushed to the spot and fired in the air to disperse the mob. Prohibitory orders have been imposed across the district.",
        "V U D",
        "arson_attack",
    ),
    (
        "Islamic Emirate special forces kill four Daesh members in Kabul raid",
        "Special forces of the Islamic Emirate killed four members of the Daesh group in a raid on their hideout in Kabul's seventh district, the Ministry of Interior spokesman said. He said the men had been planning attacks on religious gatherings, and that a quantity of explosives and suicide vests was seized after the exchange of fire.",
        "B M",
        "raid",
    ),
    (
        "Pakistani aircraft bombard Barmal district, Kabul says 46 killed",
        "The Ministry of National Defence of the Islamic Emirate said Pakistani military aircraft bombarded several areas of Barmal district of Paktika province on Tuesday night, targeting the homes of refugees from Waziristan and killing 46 people, most of them women and children. The ministry called the strikes a violation of international principles and said the act would not go unanswered.",
        "E V M",
        "airstrike",
    ),
    (
        "Terrorists' drone bombs kill three civilians in Kalay ward",
        "PDF terrorists attacked a ward of Kalay township with drone-dropped bombs on Sunday, killing three civilians and injuring five, the Information Team of the State Administration Council said. Security forces responded and the terrorists retreated, it said. The wounded were taken to the township hospital.",
        "E V T",
        "drone_attack",
    ),
    (
        "Villagers flee to forests after air strikes on Gangaw villages",
        "Villagers fled into the forests after military aircraft bombed three villages in Gangaw township on Friday, killing nine people, local resistance groups said. About 4,000 residents are now sheltering in monasteries and makeshift camps with little food and no medicine. Local volunteers said several houses and a school were destroyed.",
        "E V D H",
        "airstrike",
    ),
    (
        "Two NPA rebels killed in clash with Army troops in Negros Oriental",
        "Two members of the New People's Army were killed in a clash with government troops in Guihulngan City, Negros Oriental, on Wednesday morning, the Army's infantry division said. Soldiers responding to residents' reports of extortion encountered about 15 rebels, sparking a 20-minute firefight. Recovered from the site were two M16 rifles and subversive documents.",
        "B",
        "clash",
    ),
    (
        "DI-linked gunmen harass Army detachment in Maguindanao del Sur",
        "Members of the Dawlah Islamiyah-linked Bangsamoro Islamic Freedom Fighters harassed an Army detachment in Datu Saudi Ampatuan town, Maguindanao del Sur, on Sunday, firing rifle grenades at the outpost, the military said. Troops repulsed the attackers and no soldier was hurt. Around 300 families from nearby villages evacuated to a school building.",
        "B E T D",
        "attack_on_post",
    ),
    (
        "Roadside bomb injures two rangers in Narathiwat",
        "Two paramilitary rangers were injured when a bomb exploded as their patrol passed along a road in Rangae district, Narathiwat, on Monday, Thai police said. Insurgents are believed to have planted the device in a roadside drain and detonated it by mobile phone. Security has been tightened in the district.",
        "E",
        "ied",
    ),
    (
        "Section 144 in Khagrachhari after three killed in communal clashes",
        "Three people were killed and dozens injured in clashes between Bengali settlers and members of the Pahari communities in Khagrachhari on Friday, police said. Shops and houses were set on fire in the market area, and the district administration imposed Section 144 in the town. Members of the army and BGB were deployed to patrol the streets.",
        "U V",
        "communal_clashes",
    ),
    (
        "Three dead as police, protesters clash near Muzaffarabad",
        "Three people were killed and over 100 injured when police and Rangers opened fire on protesters near Muzaffarabad on Monday, the Joint Awami Action Committee said. Protesters had set vehicles on fire and pelted the police with stones during a strike over electricity prices. The government said a policeman was also among the dead.",
        "U",
        "crackdown",
    ),
    (
        "Four dead as mob pelts stones, torches vehicles during mosque survey",
        "Four people died and several police personnel were injured as a mob pelted stones and set vehicles on fire during the survey of a mosque in Sambhal on Sunday, officials said. Police used tear gas to disperse the crowd and internet services were suspended for 24 hours. Schools in the town will remain closed on Monday.",
        "U",
        "riot",
    ),
    (
        "Afghan, Pakistani border forces exchange heavy fire at Torkham",
        "Pakistani and Afghan border forces exchanged heavy fire at the Torkham crossing on Monday night after a dispute over the construction of a check post, officials on both sides said. Residents of nearby villages fled their homes, and the crossing was closed to trade and travellers. One soldier was killed and several civilians were injured.",
        "B D",
        "border_clash",
    ),
    (
        "Protesters torch police post in Jakarta as demonstrations turn violent",
        "Protesters set fire to a police post and several vehicles near the parliament building in Jakarta on Thursday night after police fired tear gas and water cannon to disperse them, Antara reported. Dozens of people were injured and more than 600 were detained, the city police chief said. A motorcycle taxi driver died after being hit by a police vehicle.",
        "U",
        "riot",
    ),
]
