"""dev149 hard negatives: crime (an encounter, dacoity, an honour killing, an acid attack, a
rumour lynching, a gang killing, kidnapping for ransom, an underworld shooting)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Wanted gangster carrying Rs 1 lakh bounty shot dead in encounter with UP STF in Meerut",
        "A gangster wanted in over two dozen cases of murder, extortion and robbery, and "
        "carrying a reward of Rs 1 lakh on his head, was shot dead in an encounter with the "
        "Uttar Pradesh Special Task Force (STF) in Meerut early on Tuesday, police said. "
        "According to the STF, a team intercepted the accused, identified as Anil alias Kaalu, "
        "near a canal road in the Sardhana area around 3 am on a tip-off that he was on his way"
        " to collect extortion money. When asked to stop, he opened fire on the police team, "
        "and was injured in retaliatory firing, an STF officer said. He was rushed to a "
        "hospital, where doctors declared him dead. A pistol, a carbine and a motorcycle were "
        "recovered from the spot, the police said. An STF inspector who received a bullet on "
        "his bulletproof jacket escaped unhurt. The accused's family alleged that he had been "
        "picked up from a relative's house in Ghaziabad two days earlier and that the encounter"
        " was staged, and said they would approach the court. According to police data, more "
        "than 200 alleged criminals have been killed in encounters in the State since 2017, a "
        "record Opposition parties have described as extrajudicial. Police said the accused was"
        " a member of a gang that had been at war with a rival group over the control of scrap "
        "and liquor contracts in western UP.",
        "crime",
    ),
    (
        "Dacoits loot bus passengers on Dhaka-Tangail highway, rape allegation against gang",
        "A gang of eight to ten dacoits, posing as passengers, took control of a Rajshahi-bound"
        " bus on the Dhaka-Tangail highway late on Tuesday night and looted the passengers for "
        "nearly three hours at knifepoint, police and passengers said. The gang boarded the bus"
        " at different points in Gazipur and, after the vehicle crossed Chandra, tied up the "
        "driver and the helper and drove it around the area while taking cash, mobile phones "
        "and jewellery from around 30 passengers, said the officer-in-charge of Mirzapur Police"
        " Station. A female passenger told police that she had been raped by members of the "
        "gang, and a case was filed under the Women and Children Repression Prevention Act "
        "yesterday. The dacoits got off near Madhupur in the early hours and fled, leaving the "
        "bus on the roadside. Police said they had detained three suspects, and that two of "
        "them had confessed to involvement in similar incidents on the same highway. Bus "
        "operators said robberies on night coaches had increased in recent months and demanded "
        'more patrols by highway police. "We kept our heads down. One of them held a knife to '
        'my throat," said a passenger from Natore.',
        "crime",
    ),
    (
        "Couple shot dead by relatives in 'honour' killing in Sanghar; father, brother held",
        "SANGHAR: A young couple who had married against the wishes of their families were shot"
        " dead by the woman's relatives in a village near Shahdadpur on Friday, police said, in"
        " what they described as a case of honour killing. The 22-year-old woman and her "
        "26-year-old husband had been living in hiding in Hyderabad since their court marriage "
        "four months ago, and had returned to the village after being assured by elders that "
        "they would not be harmed, according to the husband's brother. The woman's father and "
        "two brothers allegedly opened fire on the couple as they were travelling on a "
        "motorcycle near a canal, police said. Police arrested the father and one of the "
        "brothers and launched raids to arrest the third suspect, the SSP of Sanghar said. A "
        "case was registered on the complaint of the husband's family under sections of the "
        "Pakistan Penal Code dealing with murder and honour crimes. The Human Rights Commission"
        " of Pakistan said hundreds of women and men are killed in the name of honour in the "
        "country every year, most of them in Sindh and Punjab, and that many cases go "
        "unreported. A 2016 amendment removed the right of the victim's family to pardon the "
        "killer in honour crimes, but activists say courts and jirgas continue to let many of "
        "the accused go free.",
        "crime",
    ),
    (
        "Delhi: Schoolgirl suffers burns after two men on bike throw acid on her face in Dwarka",
        "A 17-year-old girl suffered serious burns to her face and eyes after two men on a "
        "motorcycle threw acid on her while she was walking to school with her younger sister "
        "in southwest Delhi's Dwarka on Wednesday morning, police said. The girl was taken to "
        "Safdarjung Hospital, where doctors said she had suffered around 8 per cent burns and "
        "that her vision might be affected. Police said the main accused, a 20-year-old who "
        "knew the victim, had bought the acid online, and that two of his friends had helped "
        "him plan the attack. All three were arrested within hours with the help of CCTV "
        'footage from the area, a senior police officer said. "My daughter did nothing wrong. '
        "She only refused to talk to him,\" the girl's father told reporters outside the "
        "hospital. The Delhi Commission for Women issued notices to two e-commerce companies, "
        "asking how acid was being sold on their platforms despite restrictions. The Supreme "
        "Court had in 2013 ordered curbs on the over-the-counter sale of acid, but activists "
        "say enforcement remains weak.",
        "crime",
    ),
    (
        "Woman beaten to death by mob on suspicion of child abduction in Badda school",
        "A woman was beaten to death by a mob at a primary school in the capital's Badda on "
        "Saturday morning after she was suspected of being a child abductor, police said, amid "
        "a wave of rumours on social media that children were being kidnapped for human "
        "sacrifices at the Padma bridge construction site. The woman, a 40-year-old mother of "
        "two, had gone to the school to inquire about admitting her daughter, her relatives "
        "said. Some guardians became suspicious when she could not explain why she was there, "
        "and a crowd soon gathered and dragged her out of the headmistress's room, witnesses "
        "said. She was declared dead on arrival at Dhaka Medical College Hospital. Police said "
        "they had identified several people from a video of the attack and arrested five of "
        "them. The police headquarters said at least eight people had been lynched across the "
        "country in the past two weeks on rumours of child abduction, and urged people not to "
        "take the law into their own hands. Police also said they had arrested a number of "
        "people for spreading the rumours on Facebook. The woman's nephew filed a murder case "
        "with Badda Police Station against 400 to 500 unnamed people.",
        "crime",
    ),
    (
        "Punjabi singer shot dead in Mansa a day after security was pruned; Canada-based "
        "gangster claims responsibility",
        "A popular Punjabi singer and Congress leader was shot dead by unidentified assailants "
        "in Mansa district on Sunday evening, a day after the State government scaled down his "
        "security, police said. The singer, 28, was driving his SUV with two friends to a "
        "relative's house in Jawaharke village when at least eight assailants in two vehicles "
        "blocked the road and opened fire with automatic weapons, including an AN-94 rifle, the"
        " State's Director General of Police said. He was hit by more than two dozen bullets "
        "and was declared dead on arrival at the civil hospital, while his two companions were "
        "injured. A Canada-based gangster, who is an associate of the jailed Lawrence Bishnoi "
        "gang, claimed responsibility for the killing in a Facebook post, saying it was revenge"
        " for the murder of a youth leader last year. The police said the killing appeared to "
        "be the result of rivalry between gangs, and that the singer's manager had been linked "
        "by one gang to the earlier murder. Chief Minister Bhagwant Mann announced a judicial "
        "inquiry, while the Opposition demanded his resignation over the withdrawal of "
        "security. Hundreds of fans gathered outside the singer's house in Moosa village on "
        "Monday. The Punjab Police have formed a special investigation team, and raids are "
        "being conducted across the State and in Delhi and Haryana.",
        "crime",
    ),
    (
        "Honey trap: Kashmore police recover two traders lured by 'female voice' after family "
        "pays ransom",
        "KASHMORE: Two traders from Rahim Yar Khan, who were abducted by dacoits in the "
        "riverine area of Kashmore after being lured by a woman's voice on the phone, were "
        "released on Saturday after their families paid a ransom, police said. The traders, "
        "aged 35 and 42, had been contacted by a woman who offered to sell them a tractor at a "
        "low price and asked them to come to Kandhkot to see it, the SSP of Kashmore said. They"
        " were picked up from the city by men who took them to a hideout in the kacha area, he "
        "said. The families later received videos in which the two men were seen blindfolded "
        "and pleading for help, and paid Rs 3 million to the kidnappers through a middleman, "
        "according to relatives. Police said the gangs use recorded voices of women and fake "
        "social media profiles to lure people from Punjab, Balochistan and Karachi, and that "
        'more than 60 such cases had been reported in the district this year. "People must not '
        'fall for cheap offers; the voice on the phone is a trap," the SSP said, adding that '
        "raids were being conducted to arrest the kidnappers. The traders were handed over to "
        "their families at the Kashmore police station.",
        "crime",
    ),
    (
        "Underworld figure shot dead inside Hulftsdorp court complex by gunman disguised as lawyer",
        "A notorious underworld figure was shot dead inside a courtroom at the Hulftsdorp court"
        " complex in Colombo yesterday morning by a gunman who had entered the premises "
        "disguised as a lawyer, the Police said. The suspect, who was remanded in connection "
        "with several murder cases, had been brought from the Boossa prison to the Magistrate's"
        " Court when the gunman, wearing a black coat and carrying a revolver concealed inside "
        "a law book, opened fire from close range. He was rushed to the Colombo National "
        "Hospital but was pronounced dead on admission. The gunman fled the court complex in a "
        "van but was arrested a few hours later in Puttalam, the Police Media Spokesman said. A"
        " woman believed to have helped smuggle the weapon into the complex is being sought. "
        "Police said the killing was linked to a long-running rivalry between two organised "
        "crime gangs involved in drug trafficking, whose leaders are based abroad. The Bar "
        "Association of Sri Lanka called for urgent measures to improve security at courts, "
        "saying the incident had put the lives of lawyers, judges and the public at risk. The "
        "Public Security Minister said 30 shootings linked to organised crime had been recorded"
        " this year, and that a special operation had been launched against criminal gangs.",
        "crime",
    ),
]
