"""dev191 positives (3 of 3): riots, terrorist attacks, strikes and clashes as interior
ministers, police chiefs, the Pentagon, China's foreign ministry, UN agencies and military
spokesmen brief on them: France, England, Hong Kong, Jerusalem, Jordan, Galwan, Myanmar,
Sudan, the Gulf of Aden, Northern Ireland, northern Iraq and Libya (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "French interior minister announces 1,100 arrests after third night of "
        "riots over Nanterre shooting",
        "PARIS (AFP) — French police arrested about 1,100 people overnight as "
        "rioting over the fatal police shooting of a 17-year-old in Nanterre "
        "spread to cities across the country, Interior Minister Gérald Darmanin "
        "told reporters on Saturday morning. Speaking at a police station in the "
        "Paris suburb of Levallois-Perret, Darmanin said 79 officers had been "
        "injured and that rioters had set fire to about 2,500 buildings and more "
        "than 1,300 vehicles. Town halls, schools and shops were attacked in "
        "Marseille, Lyon and Grenoble, where looters broke into a supermarket. "
        "Some 45,000 police and gendarmes were on duty, backed by armoured "
        "vehicles, he said. Pressed on whether the government would declare a "
        'state of emergency, Darmanin said it was "not on the table for now". A '
        "journalist asked about a video showing officers firing rubber bullets at "
        "close range; the minister said the police inspectorate would look into "
        "it. President Emmanuel Macron has blamed social media for fuelling what "
        'he called "a form of imitation of violence".',
        "U",
        "riot",
    ),
    (
        "Merseyside chief constable says 53 officers hurt in 'thuggery' at Southport mosque",
        "SOUTHPORT, England — Merseyside Police's chief constable said on "
        "Wednesday that 53 officers had been injured, several of them seriously, "
        "when a crowd attacked a mosque in Southport and pelted police lines with "
        "bricks and bottles the previous evening. At a press conference at the "
        "force's headquarters, she said the disorder had \"absolutely nothing to "
        'do" with the vigil held that afternoon for the three girls killed in a '
        "stabbing at a dance class on Monday. Rioters set fire to a police van, "
        "looted a shop and threw missiles at the mosque, where worshippers had "
        "locked themselves inside. Police dogs were also injured, she said. The "
        "chief constable said officers were working through hours of footage and "
        'that arrests would follow "in the coming days and weeks". In response '
        "to a question about false claims circulating online about the identity of "
        "the 17-year-old suspect in the stabbing, she said speculation was "
        '"unhelpful" and urged people to wait for facts. She declined to say '
        "whether help had been requested from other forces, citing operational "
        "reasons.",
        "U V",
        "riot",
    ),
    (
        "Hong Kong police defend firing hundreds of tear gas rounds in Chinese "
        "University stand-off",
        "HONG KONG (Reuters) - Hong Kong police said on Tuesday they had fired "
        "about 800 rounds of tear gas and dozens of rubber bullets during a day of "
        "clashes at the Chinese University of Hong Kong, where students had "
        "barricaded a bridge over a highway. At the force's daily afternoon press "
        "conference, a senior superintendent said protesters had thrown petrol "
        "bombs and bricks at officers and set fire to vehicles, and that police "
        'had "no choice" but to use force. Masked students hurled objects from '
        "the bridge onto the Tolo Highway below, bringing traffic to a halt. More "
        "than 60 people were treated in hospital, the Hospital Authority said. "
        "Asked why officers had entered the campus without the university's "
        "consent, the superintendent said police had the power to enter any "
        'premises to stop crimes. "We will not comment on individual cases," he '
        "said when asked about a student who had been hit in the eye. The "
        "university later cancelled classes for the rest of the semester. A "
        "reporter asked whether the police would apply for a court injunction to "
        "clear the campus. The superintendent said all options were being "
        "considered. Another asked whether officers had fired tear gas at "
        'journalists wearing press vests; he said reporters should keep "a safe '
        'distance". Outside, students were seen carrying boxes of food and bricks '
        "onto the bridge as night fell.",
        "U",
        "campus clashes",
    ),
    (
        "Israel's police chief says gunman killed seven outside Neve Yaakov "
        "synagogue before being shot dead",
        "JERUSALEM — A Palestinian gunman opened fire outside a synagogue in the "
        "Neve Yaakov neighbourhood of East Jerusalem on Friday evening, killing "
        "seven people and wounding three before he was shot dead by police, "
        "Israel's police commissioner told reporters at the scene. The "
        "commissioner said the attacker, a 21-year-old resident of East Jerusalem, "
        "arrived by car at about 8:15pm, as worshippers were leaving Sabbath "
        'prayers, and fired at people on the street. "This is one of the worst '
        'terror attacks we have seen in recent years," he said. Police raised '
        "their alert level across the country and sent reinforcements to "
        "Jerusalem. When asked whether the attack was linked to an Israeli raid in "
        "Jenin a day earlier, in which nine Palestinians were killed, he said he "
        "would not speculate about motives. Officers were searching the attacker's "
        "home and had detained several people for questioning, police said. The "
        'White House condemned the attack and called it "absolutely horrific". '
        "Hundreds of people gathered at the scene late into the night, and some "
        "shouted at officers. Medics of the Magen David Adom emergency service "
        "said the wounded included a 15-year-old boy and a woman in her seventies.",
        "T V",
        "shooting attack",
    ),
    (
        "Pentagon names three soldiers killed in drone strike on Jordan outpost, "
        "blames Iran-backed militias",
        "WASHINGTON — The Pentagon on Monday identified three US Army reservists "
        "killed in a one-way drone attack on a small base in north-eastern Jordan, "
        "near the Syrian border, and said more than 40 service members had been "
        "injured. A Pentagon spokeswoman told reporters that the attack on the "
        'logistics site known as Tower 22 "has the footprints" of Kataib '
        "Hezbollah, one of the Iran-backed militias in Iraq. She said the drone "
        "approached at the same time as a US drone was returning to the base, "
        "which may have caused confusion. Pressed on how the United States would "
        "respond, she said: \"I'm not going to get ahead of the president, but we "
        'will respond at a time and place of our choosing." The militias have '
        "attacked US forces in Iraq and Syria more than 160 times since "
        "mid-October, she said. Asked whether the United States was seeking a war "
        "with Iran, she said it was not. Jordan's government has said the attack "
        "happened across the border in Syria, a point the spokeswoman did not "
        "address. QUESTION: Will the response include strikes inside Iran? "
        "SPOKESWOMAN: I'm not going to preview any actions. QUESTION: Were the "
        "base's air defences working? SPOKESWOMAN: That is part of the "
        "investigation, and I'll leave it there.",
        "E",
        "drone attack",
    ),
    (
        "China's foreign ministry says Indian troops 'crossed the line' as Galwan "
        "clash leaves soldiers dead",
        "BEIJING — China's foreign ministry said on Tuesday that Indian troops had "
        'twice crossed the border line in the Galwan Valley and "provoked and '
        'attacked" Chinese personnel, leading to a "serious physical '
        'confrontation" between the two sides. The Indian army said earlier that '
        "an officer and two soldiers had been killed in a violent face-off with "
        "Chinese troops on Monday night, the first deadly clash on the disputed "
        "frontier in more than four decades. At the ministry's daily press "
        'briefing, spokesman Zhao Lijian urged India to "strictly restrain its '
        'front-line troops" and said China did not want to see more clashes. '
        "Questioned on whether Chinese soldiers had also been killed, Zhao said he "
        'had "no information to release". He said the two sides had agreed to '
        "resolve the matter through dialogue. The editor of the Global Times, a "
        "tabloid run by the People's Daily, wrote on Twitter that there had been "
        "casualties on the Chinese side, without giving a number.",
        "B",
        "border clash",
    ),
    (
        "UN rights office says Myanmar air strike on village ceremony may have killed 100",
        'GENEVA — The UN human rights office said on Tuesday it was "horrified" '
        "by reports that Myanmar's military had bombed a crowd gathered for the "
        "opening of an opposition office in a village in Sagaing region, killing "
        "as many as 100 people, including children. A spokesperson told the "
        "regular Geneva press briefing that a fighter jet dropped bombs on the "
        "gathering in Pazigyi village at about 8am, and a helicopter then fired on "
        'people as they fled. "It appears that schoolchildren performing dances '
        'were among the victims," she said. Residents and members of local '
        "resistance groups told reporters that bodies were still being recovered. "
        "Asked whether the office could verify the toll, the spokesperson said it "
        'was relying on "multiple credible sources" but was still working to '
        "confirm details. A spokesman for the military government confirmed the "
        "strike to state television, saying it had targeted a ceremony held by "
        '"terrorist" forces opposed to the army. The spokesperson said the '
        "military had carried out more than 600 air strikes since the start of "
        'last year, according to data gathered by the office. "Air strikes on '
        'civilians and civilian objects may amount to war crimes," she said. '
        "Pressed on whether the office had shared its findings with the Security "
        "Council, she said the High Commissioner would brief member states next "
        "month.",
        "E V",
        "airstrike",
    ),
    (
        "Sudan's health minister declares cholera epidemic as displacement strains "
        "camps in Kassala",
        "PORT SUDAN — Sudan's health minister declared a cholera epidemic on "
        "Monday, telling a news conference that 354 cases and 22 deaths had been "
        "recorded in the past three weeks, most of them in Kassala state and among "
        "people displaced by the war. The minister said camps and schools "
        "sheltering families who fled the fighting in Khartoum and Gezira were "
        "overcrowded and lacked clean water and latrines. Around 70% of hospitals "
        "in areas affected by the conflict are out of service, according to the "
        "World Health Organization, which said it had sent cholera kits and oral "
        'vaccine to the state. "The displacement has put enormous pressure on '
        'services that were already weak," the minister said. When asked whether '
        "teams would be able to reach Darfur, where fighting between the army and "
        'the Rapid Support Forces continues, he said access "depends on the '
        'security situation". Heavy rains expected over the coming weeks could '
        "spread the disease further, he warned. UNICEF said children under five "
        "accounted for a quarter of the cases.",
        "H D",
        "cholera in war zone",
    ),
    (
        "Houthi military spokesman claims missile attack on tanker in Gulf of "
        "Aden; CENTCOM reports shoot-down",
        "SANAA/DUBAI (Reuters) - Yemen's Houthi movement said on Wednesday it had "
        "fired naval missiles at a British-owned oil tanker in the Gulf of Aden, "
        "in a televised statement by its military spokesman Yahya Saree. Saree "
        'said the attack was carried out "in support of the Palestinian people" '
        "and that the group would keep targeting ships linked to Israel, the "
        "United States and Britain. The British maritime security agency UKMTO "
        "said the master of a vessel about 80 nautical miles south-east of Aden "
        "had reported an explosion in the water nearby, with no damage to the ship "
        "and no injuries to the crew. US Central Command said one of its "
        "destroyers had shot down an anti-ship ballistic missile fired from "
        "Houthi-controlled territory at around the same time. Asked at the "
        "Pentagon briefing whether the tanker had been hit, a spokesman said he "
        'had "seen the claims" and referred reporters to CENTCOM\'s statement. '
        "The Houthis' claims could not be independently verified.",
        "E",
        "missile attack on shipping",
    ),
    (
        "PSNI says New IRA is 'primary focus' after off-duty detective shot at "
        "youth football session in Omagh",
        "BELFAST — Police in Northern Ireland said on Thursday that the dissident "
        'republican group the New IRA was the "primary focus" of their '
        "investigation into the shooting of a senior detective, who was shot "
        "several times in front of his son and the children he had been coaching "
        "at a sports complex in Omagh. At a press conference in Belfast, the "
        "assistant chief constable said two gunmen had approached the detective as "
        "he was putting footballs into the boot of his car on Wednesday night and "
        "fired at least eight shots. The officer remains in a critical but stable "
        "condition in hospital. Three men aged 38, 45 and 47 have been arrested "
        "under the Terrorism Act and are being questioned in Belfast, he said. "
        '"Those responsible fired at a man in front of young children," he said. '
        "Asked whether the threat level would be raised, he said that was a matter "
        "for MI5 and he would not comment on it. The shooting was condemned by all "
        "the main political parties.",
        "T",
        "shooting of police officer",
    ),
    (
        "Turkish defence ministry says 27 PKK and YPG militants 'neutralised' in "
        "northern Iraq and Syria this week",
        'ANKARA — Turkish forces "neutralised" 27 PKK and YPG militants in '
        "northern Iraq and Syria over the past week, the Ministry of National "
        "Defence said at its weekly press briefing on Thursday. The ministry's "
        "press adviser told reporters that air strikes had destroyed 34 targets, "
        "including caves, shelters and ammunition depots, in the Gara, Hakurk and "
        "Metina regions of northern Iraq as part of the Claw-Lock operation. He "
        "said two Turkish soldiers had been killed in a clash with militants in "
        "the operation area on Tuesday. Turkish authorities use the word "
        '"neutralised" to mean killed, captured or surrendered. Asked about the '
        "operation's timeline, he said it would go on \"until the last terrorist "
        'is eliminated". The authorities of the Kurdistan Region in Erbil have '
        "previously complained about civilian casualties from Turkish strikes, "
        "which Ankara denies. The PKK, listed as a terrorist organisation by "
        "Turkey, the European Union and the United States, has fought the Turkish "
        "state since 1984.",
        "M E B",
        "cross-border operation",
    ),
    (
        "Haftar spokesman says LNA forces reached Tripoli's southern suburbs, "
        "warplanes hit Mitiga airport",
        "BENGHAZI, Libya (Reuters) - Forces loyal to eastern commander Khalifa "
        "Haftar advanced into the southern suburbs of Tripoli on Sunday and their "
        "warplanes bombed the capital's only functioning airport, the Libyan "
        "National Army's spokesman told a news conference in Benghazi. Ahmed "
        "al-Mismari said LNA units had taken the former international airport and "
        "were fighting forces allied with the UN-backed government in Ain Zara and "
        "Wadi Rabie. He said the air strike on Mitiga had targeted military "
        "aircraft and drones, but airport officials said the runway had been "
        "damaged and flights were suspended. The health ministry in Tripoli said "
        "21 people, including a doctor, had been killed since the offensive began "
        "on Thursday. The UN said more than 2,800 people had fled their homes in "
        "the southern districts. Questioned on whether the LNA would accept the "
        "UN's call for a humanitarian truce, Mismari said the operation would "
        'continue "until Tripoli is liberated from terrorists and militias".',
        "B E D",
        "offensive",
    ),
]
