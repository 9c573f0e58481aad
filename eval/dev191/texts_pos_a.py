"""dev191 positives (1 of 3): briefings on strikes, shelling, offensives and attacks: Yemen,
Lebanon, Ukraine and Russia, Sudan, Congo, Gaza, Brussels, Kenya, Pakistan and Nigeria
(eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Pentagon says US and British jets struck 13 Houthi sites overnight, "
        "declines to give damage estimate",
        "WASHINGTON (Reuters) - US and British aircraft struck 13 sites in "
        "Houthi-controlled Yemen overnight, including underground weapons storage "
        'facilities and missile launchers, the Pentagon said on Monday. "These '
        "strikes were designed to disrupt and degrade the Houthis' capability to "
        'threaten shipping in the Red Sea," Major General Pat Ryder told '
        "reporters at the department's afternoon briefing. Asked how many Houthi "
        'fighters had been killed, he said the department was "still assessing" '
        "and would not speculate. The Houthi-run Saba news agency said the strikes "
        "hit the capital Sanaa and the province of Hodeidah, without giving a "
        "toll. Ryder said the operation had been supported by Australia, Bahrain, "
        "Canada and the Netherlands. Pressed on whether the United States was now "
        "at war with the Houthis, he said: \"We don't seek a wider conflict in the "
        'region." He declined to get ahead of "any future operations", but '
        "noted that the group had fired more than 30 missiles and drones at "
        "commercial vessels since November. A reporter asked whether the campaign "
        'had an end date. "I\'m not going to put a timeline on it," Ryder said. '
        "Another reporter asked whether the Houthis had been given advance warning "
        'of the targets. "No," Ryder said. He said no US aircraft or personnel '
        "had been harmed and that all the aircraft had returned safely. He "
        "referred questions about the Saudi position to the government in Riyadh.",
        "E M",
        "air campaign",
    ),
    (
        "Israeli military says it hit 150 Hezbollah targets in south Lebanon since "
        "dawn, urges villagers to leave",
        "JERUSALEM (AP) — Israel's military said Tuesday its aircraft had struck "
        "about 150 Hezbollah targets in southern Lebanon and the Bekaa Valley "
        "since dawn, as it widened an air campaign it says is aimed at pushing the "
        "group back from the border. Military spokesman Rear Admiral Daniel Hagari "
        "told a televised briefing that the targets included rocket launchers "
        "hidden in homes and a weapons depot near Nabatieh. He urged residents of "
        'villages south of the Litani River to leave "for your own safety" and '
        "repeated warnings the army had issued in Arabic on social media. "
        "Lebanon's Health Ministry said at least 41 people had been killed and "
        "more than 200 wounded in the strikes, without saying how many were "
        "fighters. Long lines of cars heading north clogged the coastal highway "
        "toward Sidon and Beirut, witnesses said. Hezbollah said it fired rockets "
        "at an Israeli army base in the Galilee in response. When asked whether a "
        "ground incursion was being prepared, Hagari said he would not discuss "
        '"future plans" but that all options were on the table. "We are not at '
        'war with the people of Lebanon," he said.',
        "E M D",
        "air campaign",
    ),
    (
        "Ukraine's air force says 18 of 20 Iranian-made drones downed, debris sets "
        "Kyiv warehouse on fire",
        "KYIV — Ukraine's air defences shot down 18 of the 20 Iranian-made Shahed "
        "drones that Russia launched overnight, air force spokesman Yurii Ihnat "
        "said at a briefing on Thursday. Two drones got through and hit port "
        "infrastructure in the Odesa region, where a grain terminal on the Danube "
        "was damaged and a security guard was wounded, according to the regional "
        "governor. In Kyiv, falling debris set fire to a warehouse in the "
        "Darnytskyi district, the city's military administration said. Ihnat told "
        "journalists the Russians were changing routes and flying the drones at "
        'very low altitude along riverbeds to avoid radar. "It is a cat-and-mouse '
        'game every night," he said. He said Ukraine needed more mobile fire '
        "groups and more short-range air defence systems from its partners. Asked "
        "about reports that Russia was now launching drones from occupied Crimea "
        'as well as from Kursk, he said only that "several directions" had been '
        "used. The Russian Defence Ministry said its forces had carried out a "
        '"group strike with long-range precision weapons" against military '
        "targets, without giving details. QUESTION: Are the new Russian "
        "jet-powered drones already in use? IHNAT: We have seen them, but I will "
        "not go into numbers. QUESTION: What about the Patriot systems? IHNAT: "
        "They work against ballistic missiles, not against Shaheds, which is why "
        "we need cheaper tools.",
        "E",
        "drone strikes",
    ),
    (
        "Russian Defence Ministry claims capture of village west of Avdiivka, says "
        "Kyiv lost 'up to 300' troops in a day",
        "MOSCOW/KYIV (Reuters) - Russia's Defence Ministry said on Tuesday its "
        "forces had taken full control of the village of Stepove, west of Avdiivka "
        "in Ukraine's Donetsk region, and improved their positions along the "
        "front. In its daily briefing, ministry spokesman Igor Konashenkov said "
        'Ukraine had lost "up to 300 servicemen" in the Avdiivka direction over '
        "the past 24 hours, along with two tanks and a US-made Bradley fighting "
        'vehicle. Russian aircraft and artillery had also struck "manpower and '
        "equipment\" in 112 areas, he said. Ukraine's General Staff did not "
        "confirm the loss of the village and said its troops had repelled 17 "
        "attacks in the area. Reuters could not independently verify either side's "
        "battlefield reports. Ukrainian commanders have said their units are short "
        "of artillery shells while a US aid package remains stalled in Congress. "
        "The ministry's figures for Ukrainian losses, which it issues every day, "
        "cannot be checked and are widely regarded as inflated.",
        "B E M",
        "offensive",
    ),
    (
        "UN noon briefing: shelling near El Fasher camp kills civilians as "
        "families flee toward Tawila",
        "NEW YORK — At the noon briefing on Thursday, UN spokesman Stéphane "
        'Dujarric said the humanitarian coordinator for Sudan was "appalled" by '
        "reports that shelling by the Rapid Support Forces had hit the Abu Shouk "
        "camp for displaced people on the edge of El Fasher. Local volunteers said "
        "at least 14 people, five of them children, were killed when shells landed "
        "near a water point where families were queuing. Dujarric said the UN's "
        "partners estimated that some 2,000 families had left the camp in the past "
        "three days, most of them walking toward Tawila, about 60 kilometres to "
        'the west. "People are arriving exhausted, with nothing, and many of them '
        'have walked through the night," he said. Asked whether the UN had been '
        "able to verify who fired the shells, he said he did not have attribution "
        "and referred reporters to the human rights office. No aid convoy has "
        "reached El Fasher since the city came under siege, he said, and its last "
        "functioning hospital is running out of fuel. A journalist asked whether "
        "the Secretary-General would call the RSF commander. \"I don't have any "
        'calls to announce," Dujarric said.',
        "E V D H",
        "shelling of displacement camp",
    ),
    (
        "UN agencies say M23 push toward Goma has displaced 400,000 this year, "
        "hospitals overwhelmed",
        "GENEVA (Reuters) - Fighting between M23 rebels and Congolese forces "
        "around Goma has driven some 400,000 people from their homes since the "
        "start of the year, a spokesperson for the UN refugee agency told a "
        "regular briefing in Geneva on Friday. The rebels, whom Kinshasa and UN "
        "experts say are backed by Rwanda, took the town of Sake this week after "
        'two days of clashes, cutting one of the last roads into Goma. "Sites '
        "around Goma that were already overcrowded are now receiving thousands "
        'more people every day," the spokesperson said. A World Health '
        "Organization official said hospitals in the city had treated more than "
        "700 people with war wounds in ten days and that some patients were "
        "sleeping in corridors. Rwanda denies backing the M23. Questioned on "
        "whether UN peacekeepers would defend Goma, the spokesperson said "
        "questions about the mission's posture should be put to colleagues in New "
        "York. The World Food Programme said it had suspended distributions in two "
        "camps after shells landed nearby.",
        "B E D H",
        "offensive",
    ),
    (
        "State Department 'outraged' by strike that killed World Central Kitchen "
        "workers, presses Israel for answers",
        'WASHINGTON — The State Department said on Tuesday it was "outraged" by '
        "an Israeli air strike in central Gaza that killed seven aid workers from "
        "the charity World Central Kitchen, including a US-Canadian dual national. "
        "The following is an excerpt from the daily press briefing. SPOKESPERSON: "
        "These were humanitarian workers delivering food to people who are "
        "starving, and their vehicles were clearly marked. We have spoken to the "
        "Israeli government directly, and we expect a swift, thorough and "
        "impartial investigation. QUESTION: Israel says it was a mistake. Do you "
        "accept that? SPOKESPERSON: I'm not going to get ahead of the "
        "investigation. But this is not the first time aid workers have been "
        "killed in Gaza, and it is unacceptable. QUESTION: Does this change US "
        "policy on weapons transfers to Israel? SPOKESPERSON: I don't have any "
        "policy changes to announce today. QUESTION: World Central Kitchen has "
        "paused its operations. What does that mean for the maritime corridor from "
        "Cyprus? SPOKESPERSON: We'd refer you to WCK on their operations, but "
        "obviously it will have an impact on getting food in.",
        "E V H",
        "strike on aid convoy",
    ),
    (
        "Brussels prosecutors say gunman who killed two Swedish fans claimed to "
        "act for Islamic State",
        "BRUSSELS (AFP) — Belgium's federal prosecutor's office said Tuesday that "
        "a gunman who shot dead two Swedish football supporters in central "
        "Brussels on Monday evening had claimed in a video to be acting for the "
        "Islamic State group, and that the case was being handled as a terrorist "
        "attack. At a news conference with the interior minister, a spokesman for "
        "the prosecutor said the man had opened fire with an automatic weapon on "
        "the Boulevard d'Ypres shortly before the Belgium-Sweden qualifier, "
        "wearing an orange fluorescent jacket. A third man, a taxi driver, was "
        "seriously wounded. The suspect, a 45-year-old Tunisian whose asylum "
        "request had been refused, was shot by police in a cafe in Schaerbeek on "
        "Tuesday morning and died of his wounds, the spokesman said. The terror "
        "alert level for Brussels was raised to its highest, four, overnight. "
        "Pressed on why the man had not been deported, the minister said he would "
        '"not hide behind procedure" and that an inquiry would look at every '
        "step. Some 35,000 fans had been kept inside the King Baudouin Stadium for "
        "hours after the match was abandoned at half-time.",
        "T V",
        "terrorist shooting",
    ),
    (
        "Mandera police commander says al-Shabaab roadside bomb killed four "
        "officers escorting water bowser",
        "MANDERA, Kenya — Four police officers were killed and two others "
        "seriously injured when their vehicle struck an improvised explosive "
        "device planted by al-Shabaab militants near Arabia on Sunday, the "
        "regional police commander told reporters. Speaking at a press conference "
        "in Mandera town, the commander said the officers were escorting a water "
        "bowser between two villages when the device went off at about 10am. "
        "Militants then fired on the wreckage from a nearby thicket before fleeing "
        'toward the Somali border, he said. "These are cowards who plant bombs at '
        'night and run," he said, adding that a multi-agency team had been sent '
        "to pursue them. The injured were airlifted to Nairobi for treatment. "
        "Asked whether the road would be closed to public transport, he said "
        'security escorts would be provided but declined to give details "for '
        'operational reasons". Mandera and neighbouring Lamu have seen repeated '
        "roadside bombings blamed on the Somalia-based group in recent months.",
        "E T",
        "roadside bombing",
    ),
    (
        "ISPR says all nine militants killed after attack on Zhob garrison; four soldiers martyred",
        "RAWALPINDI: Security forces killed all nine militants who stormed a "
        "military garrison in Zhob, Balochistan, before dawn on Wednesday, the "
        "Inter-Services Public Relations said, while four soldiers were martyred "
        "in the exchange of fire. Addressing a press conference later in the day, "
        "the ISPR director general said the attackers had tried to enter the "
        "facility after breaching its outer wall with small arms fire and "
        "grenades, and that a clearance operation in the surrounding area was "
        "still under way. He said a banned outfit, Tehreek-e-Jihad Pakistan, had "
        "claimed the attack, and repeated the military's position that such groups "
        'enjoyed "sanctuaries" across the border in Afghanistan. Pressed on '
        "whether Pakistan would strike inside Afghanistan, he replied that the "
        'armed forces would respond "at a time and place of our choosing". A '
        "woman who lived near the garrison wall was also killed, local officials "
        "told Dawn. The director general said 71 terrorists had been killed in "
        "intelligence-based operations in the province since January. The "
        "provincial government announced a day of mourning.",
        "B T M",
        "attack on garrison",
    ),
    (
        "Defence HQ: troops neutralised 86 terrorists, rescued 109 kidnapped victims in one week",
        "ABUJA — Troops of the Nigerian military killed 86 terrorists and bandits, "
        "arrested 154 suspects and rescued 109 kidnapped victims across the "
        "country in the past week, the Defence Headquarters said on Thursday. The "
        "Director of Defence Media Operations told journalists at the bi-weekly "
        "briefing that troops of Operation Hadin Kai had repelled an attack by "
        "ISWAP fighters on a base in Marte, Borno State, destroying two gun "
        "trucks. In the North-West, he said, Operation Hadarin Daji had cleared "
        "bandit enclaves along the Tsafe and Gusau axes of Zamfara State after a "
        "fierce gun battle. He displayed recovered weapons, including 48 AK-47 "
        "rifles and more than 2,000 rounds of ammunition. Asked how many soldiers "
        "had died in the Marte attack, he said the figure would be released once "
        "the families had been informed. He said the armed forces remained "
        "committed to protecting civilians and urged residents to report "
        "suspicious movements to the nearest military formation.",
        "B M T",
        "counter-insurgency operations",
    ),
]
