"""eval/dev73 positives: Armenia and Azerbaijan (border incidents, the 2020 war, the 2022 and 2023
fighting, the blockade and the exodus from Karabakh) and Georgia (2008, protests 2019-2024).
"""

POSITIVES = [
    (
        "Azerbaijani units fire on Armenian positions near Sotk, defence ministry says",
        "Azerbaijani units opened fire from small arms and mortars on Armenian combat "
        "positions near Sotk in the Gegharkunik province early on Tuesday, Armenia's defence "
        "ministry said. Armenian units returned fire and the shooting stopped after about 40 "
        "minutes. No casualties were reported on the Armenian side. Baku said its troops had "
        "responded to a provocation.",
        "B",
        "border incident",
    ),
    (
        "Four soldiers killed in clashes on Armenia-Azerbaijan border in Tovuz",
        "Fighting between Armenian and Azerbaijani forces on the northern stretch of the "
        "border near Tovuz entered a second day on Monday, with artillery and drones used on "
        "both sides. Azerbaijan said four of its servicemen had been killed, among them a "
        "major, while Yerevan reported two dead. Residents of villages on the Armenian side "
        "of the line spent the night in basements. The clashes were far from "
        "Nagorno-Karabakh, along the frontier between the two states.",
        "B E",
        "border clash",
    ),
    (
        "Heavy fighting in Nagorno-Karabakh as Azerbaijan reports gains in the south",
        "Azerbaijan's president said his army had taken several villages in the Jabrayil "
        "district as fighting over Nagorno-Karabakh entered its second week. The ethnic "
        "Armenian authorities said their forces had repelled attacks along the southern front"
        " and destroyed a column of armoured vehicles with artillery. Both sides reported "
        "dozens of soldiers killed overnight and accused each other of shelling settlements "
        "far from the front.",
        "B E M",
        "war",
    ),
    (
        "Stepanakert shelled again, residents shelter in basements",
        "Explosions shook Stepanakert for a third night on Sunday as rockets and cluster "
        "munitions landed in residential streets, witnesses told AFP. The city's electricity "
        "substation was hit and much of the centre went dark. Ethnic Armenian officials said "
        "about half of the region's population had left for Armenia since the fighting began."
        " Those who stayed have moved mattresses into cellars and the basement of the drama "
        "theatre.",
        "E V D",
        "shelling",
    ),
    (
        "Missile strike on Ganja apartment block kills at least 13, Azerbaijan says",
        "A missile hit a residential block in Azerbaijan's second city Ganja before dawn on "
        "Saturday, killing at least 13 people and wounding more than 40, Azerbaijan's "
        "prosecutor-general said. Rescue teams pulled a child from the rubble of the "
        "nine-storey building. Baku accused Armenian forces of deliberately targeting "
        "civilians; ethnic Armenian officials denied firing on the city. It was the second "
        "strike on Ganja in a week.",
        "E V",
        "missile strike",
    ),
    (
        'Azerbaijan launches "anti-terrorist measures" in Karabakh',
        "Azerbaijan's defence ministry said on Tuesday it had begun \"local anti-terrorist "
        'measures" in Nagorno-Karabakh to disarm ethnic Armenian forces, and artillery fire '
        "was heard across Stepanakert. Ethnic Armenian officials said positions along the "
        "entire line of contact were under attack and that civilians, including children, had"
        " been killed. Residents of several villages were evacuated to the Russian "
        "peacekeepers' base.",
        "B M E D",
        "military operation",
    ),
    (
        "More than 100,000 Karabakh Armenians have reached Armenia, government says",
        "Armenia said on Saturday that 100,417 people had arrived from Nagorno-Karabakh since"
        " Azerbaijan took control of the region last week, out of a population estimated at "
        "120,000. Cars loaded with mattresses, suitcases and pets crawled down the mountain "
        "road to the Hakari bridge checkpoint, some after waiting more than a day. In Goris, "
        "volunteers handed out food and blankets and doctors treated elderly people exhausted"
        " by the journey.",
        "D H",
        "exodus",
    ),
    (
        "Food and medicine run short in Karabakh as Lachin corridor stays closed",
        "Shops in Stepanakert were rationing bread and eggs on Wednesday as the only road "
        "linking Nagorno-Karabakh to Armenia remained closed to traffic, local authorities "
        "said. The International Committee of the Red Cross said it had not been able to move"
        " patients or supplies through the Lachin corridor for more than two weeks. Ethnic "
        "Armenian officials said kindergartens had shut and surgery was limited to "
        "emergencies. Azerbaijan denies it is blockading the region.",
        "H",
        "blockade",
    ),
    (
        "Azerbaijani forces attack towns inside Armenia, dozens killed",
        "Azerbaijan struck targets inside Armenia including the towns of Jermuk, Goris and "
        "Vardenis with artillery and drones overnight, Armenia said, in the worst fighting "
        "between the two since the 2020 war. Yerevan said 49 of its soldiers had been killed,"
        ' while Baku said it had lost 50 and had responded to Armenian "large-scale '
        'provocations". About 2,500 residents of Jermuk were evacuated. Moscow said it had '
        "brokered a truce by the morning.",
        "B E D",
        "incursion",
    ),
    (
        "Armenian farmer shot dead by Azerbaijani sniper near Tegh, police say",
        "A 63-year-old man was killed by a shot fired from Azerbaijani positions while he was"
        " working in an orchard near the village of Tegh in Armenia's Syunik province, police"
        " said on Thursday. The village head said the man had been in the field with two of "
        "his sons, who were unhurt. Armenia's human rights defender called the shooting a "
        "deliberate attack on civilians. Baku said it was checking the report.",
        "V",
        "killing of civilian",
    ),
    (
        "Gunmen seize police compound in Yerevan, one officer killed",
        "Armed men stormed a police patrol compound in Yerevan's Erebuni district on Sunday, "
        "killing a police colonel and taking several officers hostage, the National Security "
        "Service said. The group, made up of veterans of the Karabakh war, demanded the "
        "release of an imprisoned opposition figure. Special forces surrounded the compound "
        "and negotiations were under way by evening. Several hundred supporters gathered "
        "nearby and clashed with police.",
        "B U",
        "hostage-taking",
    ),
    (
        "Police use stun grenades on protesters outside Armenia's parliament",
        "Armenian police fired stun grenades and used batons to push back protesters who "
        "tried to break through a cordon outside the National Assembly in Yerevan on "
        "Wednesday. The health ministry said more than 100 people, including police officers,"
        " had sought medical help, and 98 people were detained. The protesters, led by a "
        "senior cleric, want the prime minister to resign over a border deal with Azerbaijan.",
        "U",
        "crackdown",
    ),
    (
        "Two Azerbaijani civil servants killed by landmine in Kalbajar",
        "A lorry carrying employees of a local administration hit an anti-tank mine in "
        "Azerbaijan's Kalbajar district on Saturday, killing two of them and wounding a "
        "third, Azerbaijan's mine action agency said. The district came under Baku's control "
        "after the 2020 war. Azerbaijan says mines laid by Armenian forces have killed or "
        "maimed more than 300 people since the fighting ended and accuses Yerevan of "
        "withholding maps.",
        "E",
        "landmine",
    ),
    (
        "Russian jets bomb Georgian positions as fighting spreads beyond South Ossetia",
        "Russian aircraft bombed Georgian military positions around Gori and a base near "
        "Tbilisi on Saturday as Russian armoured columns moved into South Ossetia, Georgian "
        "officials said. Georgia's president said the country was at war and called on the "
        "West to intervene. Tskhinvali, the breakaway region's main town, was heavily damaged"
        " after a night of shelling, with both sides blaming each other for firing first.",
        "E B M",
        "air strike",
    ),
    (
        "Thousands of Georgians flee Gori as Russian troops advance",
        "Tens of thousands of people have fled Gori and villages near the South Ossetian "
        "boundary, the UN refugee agency said on Wednesday, many heading for Tbilisi where "
        "schools and kindergartens are being turned into shelters. Aid agencies said they had"
        " been unable to reach villages north of Gori, where residents reported looting by "
        "armed groups. The agency said it was flying tents and blankets from its stockpile in"
        " Dubai.",
        "D H",
        "displacement",
    ),
    (
        "Riot police fire rubber bullets at crowd outside Georgian parliament",
        "Georgian riot police fired tear gas and rubber bullets to disperse thousands of "
        "protesters who tried to storm the parliament building in Tbilisi overnight, after a "
        "Russian lawmaker addressed an assembly from the speaker's chair. At least 240 people"
        " were injured, including 80 police officers, and two people lost an eye, the health "
        "ministry said. More than 300 protesters were detained.",
        "U",
        "crackdown",
    ),
    (
        'Water cannon and pepper spray as Georgia passes "foreign agents" bill',
        "Police used water cannon and pepper spray against protesters outside parliament in "
        'Tbilisi on Tuesday night after lawmakers approved a law on "foreign influence" in '
        "the first reading. The interior ministry said 66 people had been detained for "
        "disobedience and hooliganism. Protesters threw bottles and eggs at officers and "
        "tried to pull down the metal barriers around the building.",
        "U",
        "crackdown",
    ),
    (
        "Masked men beat journalists and protesters in Tbilisi, rights groups say",
        "Protesters detained overnight in Tbilisi were beaten in police vans and at a bus "
        "stop on Rustaveli Avenue, Georgia's public defender said on Friday after visiting "
        "detention centres. Dozens of those detained had head and facial injuries, among them"
        " a camera operator whose jaw was broken. Police had again used water cannon and tear"
        " gas to disperse thousands of people protesting against the suspension of EU "
        "accession talks. The interior ministry said the protesters had used fireworks "
        "against officers.",
        "U V",
        "crackdown",
    ),
    (
        "Georgian man shot dead near South Ossetia boundary line",
        "A Georgian citizen was shot dead by Russian border guards near the village of "
        "Kirbali, on the line separating Georgian-controlled territory from South Ossetia, "
        "Georgia's state security service said on Thursday. The man had gone to collect "
        "walnuts with a relative. Georgia's foreign ministry called it a gross violation, and"
        " the EU monitoring mission said its patrols had gone to the area.",
        "V",
        "killing at boundary line",
    ),
    (
        "Police break up Armenian protest camp with force in Tavush",
        "Police dragged protesters off a road in Armenia's Tavush province and detained more "
        "than 30 people on Friday after villagers blocked a highway to stop border markers "
        "being placed near their homes. Several protesters and police officers were hurt in "
        "scuffles, and a priest said he was struck with a shield. The villagers say the "
        "border delimitation agreed with Azerbaijan will cut them off from their land.",
        "U",
        "clashes",
    ),
    (
        "Armenian soldier killed as exchange of fire breaks out in Nakhchivan sector",
        "An Armenian soldier was killed and another wounded when Azerbaijani forces fired on "
        "Armenian positions near Yeraskh, close to the border with Azerbaijan's Nakhchivan "
        "exclave, the defence ministry in Yerevan said. Azerbaijan said an Armenian drone had"
        " been shot down in the same sector and that its units were responding to fire on its"
        " positions. The shooting lasted several hours.",
        "B E",
        "border clash",
    ),
    (
        "Georgian villagers detained by South Ossetian forces near boundary",
        "Two residents of the village of Atotsi were detained by Russian and South Ossetian "
        "forces while herding cattle near the administrative boundary line, Georgia's state "
        "security service said on Saturday. It called the detention an illegal abduction and "
        "said the men had been taken to Tskhinvali. A man detained in a similar way in "
        "February was released after paying a fine in Tskhinvali.",
        "V",
        "abduction",
    ),
    (
        "Four Armenian soldiers killed by Azerbaijani fire in Syunik",
        "Four Armenian servicemen were killed and one wounded on Tuesday morning when "
        "Azerbaijani forces fired on a combat post near the village of Nerkin Hand, the "
        "Armenian defence ministry said in a brief statement. Baku said it had carried out a "
        '"revenge operation" after Armenian shooting on its positions the previous day.',
        "B",
        "border incident",
    ),
    (
        "Karabakh refugees crowd into Armenian towns as winter nears",
        "Families who fled Nagorno-Karabakh last month are sleeping in school gyms, hotels "
        "and relatives' flats across Armenia, and local officials in Goris and Vayk said they"
        " had run out of housing. The government said it would pay each refugee a monthly "
        "allowance for housing and utilities. Aid groups said many people had left with only "
        "what they could carry, and were asking for winter clothes and heaters.",
        "D H",
        "refugees",
    ),
    (
        "Ismayilli residents torch hotel and cars in rare Azerbaijani riot",
        "Hundreds of residents of the Azerbaijani town of Ismayilli set fire to a hotel and "
        "several cars on Wednesday night after a car accident involving the son of a "
        "government minister, witnesses said. Police used water cannon and tear gas to "
        "disperse the crowd, and dozens of people were detained. The district governor's "
        "house was also attacked.",
        "U",
        "riot",
    ),
    (
        "Protesters storm parliament in Abkhazia over investment deal with Russia",
        "Protesters rammed the gates of the parliament compound in Sukhumi with a lorry on "
        "Friday and occupied the building, demanding that lawmakers reject an agreement "
        "allowing Russian investors to buy property in the breakaway Georgian region. Several"
        " people were hurt in scuffles with police, local media reported. The region's leader"
        " said he would not resign.",
        "U",
        "storming of parliament",
    ),
]
