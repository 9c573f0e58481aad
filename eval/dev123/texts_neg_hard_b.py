"""dev123 hard negatives (b): whole articles with war or violence words, no current violent event."""

# (title, text, kind code); the comment gives the outlet imitated and the year
NEGATIVES = [
    # Dawn, 2025
    (
        "Week-long polio drive begins with focus on 'super high-risk' union councils",
        "A week-long anti-polio campaign began across the country on Monday, aiming to vaccinate "
        "more than 45 million children under the age of five, as the number of polio cases "
        "reported this year rose to 21. The National Emergency Operations Centre (NEOC) said "
        "about 400,000 frontline workers would go door to door, with special attention to super "
        "high-risk union councils in Karachi, Peshawar, Quetta and the southern districts of "
        "Khyber Pakhtunkhwa. In the southern districts, where vaccination teams work with police "
        "escorts, the campaign will be run in phases, officials said. Environmental samples "
        "collected from 28 districts last month tested positive for wild poliovirus, according "
        "to the NEOC. Refusals remain a challenge in some areas, where rumours spread on social "
        "media claim that the vaccine causes infertility. “Some fathers shut the door on us, but "
        "the mothers often call us back in through the window,” said Samina, a vaccinator in "
        "Karachi's Baldia Town who has worked in campaigns for 11 years. The prime minister's "
        "focal person on polio eradication urged parents and religious scholars to cooperate "
        "with the teams. Pakistan and Afghanistan are the only two countries where wild polio "
        "remains endemic.",
        "health",
    ),
    # The Express Tribune, 2025
    (
        "Constitutional bench restores military trials of civilians in May 9 cases",
        "A seven-member constitutional bench of the Supreme Court on Wednesday set aside an "
        "earlier verdict that had declared the trial of civilians in military courts "
        "unconstitutional, restoring the government's power to try suspects accused in the May "
        "9, 2023 riots under the Army Act. Announcing the short order, the head of the bench "
        "said the majority had accepted the intra-court appeals filed by the federal government "
        "and the defence ministry, with two judges dissenting. The court directed the government "
        "to amend the law within 45 days to give convicts the right to appeal before a high "
        "court. The May 9 riots erupted after the arrest of PTI founder Imran Khan in 2023, when "
        "protesters attacked military installations, including the Lahore Corps Commander's "
        "residence and the gate of the General Headquarters in Rawalpindi. Eighty-five civilians "
        "have been tried in military courts in connection with the violence, and most of those "
        "convicted received sentences of two to ten years. PTI leaders described the decision as "
        "“a dark day for the Constitution”, while the federal law minister said the verdict "
        "would strengthen deterrence against attacks on the state. The Human Rights Commission "
        "of Pakistan said military trials did not meet the standards of a fair trial. Lawyers' "
        "bodies are divided, with some bar associations announcing a strike.",
        "politics",
    ),
    # The Express Tribune, 2025
    (
        "Korangi 'encounter': two suspected street criminals shot dead, constable injured",
        "Two suspected street criminals were killed and a police constable was injured in an "
        "alleged encounter in Korangi on Friday night, police said. According to the SSP "
        "Korangi, a patrol spotted the suspects fleeing on a motorcycle after they snatched a "
        "mobile phone and cash from a citizen near Korangi Crossing, and they opened fire on the "
        "police party when asked to stop. Police returned fire, and both suspects were "
        "critically injured and died on the way to Jinnah Postgraduate Medical Centre. Police "
        "said they had recovered two pistols, the snatched phone and the motorcycle, which had "
        "been reported stolen in Gulshan-e-Iqbal last month. One of the suspects had been "
        "arrested at least eight times before for street crimes, police said. Relatives of one "
        "of the dead men gathered outside the hospital and alleged the encounter was staged, "
        "saying he had been picked up from home two days earlier. Karachi has seen a surge in "
        "street crime this year, with the Citizens-Police Liaison Committee (CPLC) recording "
        "more than 45,000 incidents of mobile phone and vehicle snatching in the first eight "
        "months. At least 60 citizens have been killed while resisting robberies during the same "
        "period, the CPLC said. Human rights groups have repeatedly raised concerns over the "
        "rising number of police encounters in Sindh.",
        "crime",
    ),
    # Premium Times, 2025
    (
        "Court sentences five kidnappers to death over abduction, murder of Abuja bank staff",
        "A High Court of the Federal Capital Territory sitting in Maitama on Thursday sentenced "
        "five men to death by hanging for the kidnapping of two bank employees in Bwari Area "
        "Council in 2022 and the murder of one of them. The judge, Halima Abdulmalik, held that "
        "the prosecution had proved beyond reasonable doubt that the convicts conspired to "
        "abduct the victims at gunpoint from their residence and collected a ransom of N15 "
        "million from their families. The victims were held for 11 days in a forest near the "
        "boundary with Niger State, the court heard. One of them, a 29-year-old customer service "
        "officer, was shot dead after his family failed to raise a second ransom payment. A "
        "sixth defendant was discharged and acquitted for lack of evidence. The convicts' lawyer "
        "said they would appeal the judgment. The lead prosecutor told PREMIUM TIMES that the "
        "judgment would serve as a deterrent to criminal gangs who have targeted residents on "
        "the outskirts of the capital. Kidnapping for ransom has become a lucrative business in "
        "many parts of Nigeria, with one Lagos-based research firm estimating that ransoms of "
        "more than N2 billion were demanded in the country in a single year.",
        "crime",
    ),
    # Daily Trust, 2025
    (
        "Kano emirate tussle: Appeal Court reserves judgment as supporters of both emirs wait",
        "The Court of Appeal in Abuja on Monday reserved judgment in the appeal filed by the "
        "Kano State Government challenging the ruling of a Federal High Court on the Kano "
        "Emirates Council law, Daily Trust reports. The dispute began in May 2024 when the state "
        "House of Assembly repealed the law under which the emirate had been split into five, "
        "leading to the reinstatement of Muhammadu Sanusi II and the removal of Aminu Ado "
        "Bayero. Since then, both men have held court in Kano, Sanusi at the main palace and "
        "Bayero at the mini palace in Nassarawa. Counsel to the state government argued that the "
        "Federal High Court had no jurisdiction over a chieftaincy matter, while lawyers for the "
        "kingmaker who filed the original suit said the repeal violated his fundamental rights. "
        "Security remained tight around both palaces, where police and DSS operatives have been "
        "stationed since last year, but the city was calm. Traders at Kurmi market said the "
        "tussle had divided families and customers. “Some people will not buy from you if you "
        "greet the other emir,” said a textile seller who declined to be named. Governor Abba "
        "Kabir Yusuf urged residents to remain law-abiding and to wait for the decision of the "
        "courts. A political scientist at Bayero University said the case had become a proxy "
        "battle between the ruling NNPP in the state and the APC at the federal level.",
        "politics",
    ),
    # Premium Times, 2025
    (
        "Dangote refinery cuts petrol gantry price again; marketers expect pump prices to fall",
        "The Dangote Petroleum Refinery on Tuesday reduced the ex-depot price of premium motor "
        "spirit (PMS), popularly called petrol, by N25 to N820 per litre, the third cut in a "
        "month, marketers said. Following the reduction, MRS filling stations, which have an "
        "agreement with the refinery, adjusted their pump price to N865 per litre in Lagos and "
        "N875 in Abuja. The Independent Petroleum Marketers Association of Nigeria (IPMAN) said "
        "its members would adjust prices as soon as they exhausted stock bought at the old rate. "
        "Fuel queues that returned to some filling stations in Abuja and Kaduna last week have "
        "eased, PREMIUM TIMES observed on Tuesday. Analysts attributed the cuts to lower global "
        "crude prices and to a price war between the refinery and importers, who have accused "
        "Dangote of seeking a monopoly. The refinery, which began producing petrol in September "
        "2024, says it can meet the country's daily demand. Motorists in Abuja who spoke to "
        "PREMIUM TIMES welcomed the cut but said it had yet to reflect in transport fares. “The "
        "bus driver still collects N1,000 from Kubwa to town, the same as last month,” said a "
        "civil servant, Grace Okon.",
        "economy",
    ),
    # Premium Times, 2025
    (
        "Super Eagles fire blanks in Uyo as World Cup hopes hang by a thread",
        "Nigeria's hopes of qualifying directly for the 2026 FIFA World Cup suffered another "
        "blow on Tuesday as the Super Eagles were held to a 1-1 draw by Zimbabwe at the Godswill "
        "Akpabio International Stadium in Uyo. Victor Osimhen put the hosts ahead from close "
        "range in the 73rd minute after a sustained siege of the Zimbabwe goal, but the visitors "
        "equalised in stoppage time when the defence failed to clear a corner. The draw left "
        "Nigeria fifth in Group C with seven points from six matches, six points behind leaders "
        "South Africa with four games left. Head coach Eric Chelle, who was in charge of only "
        "his second competitive match, defended his tactics, saying his team had created “more "
        "than enough chances to kill the game”. Supporters at the stadium booed the players off, "
        "and several fans chanted for changes in the attack. The Nigeria Football Federation "
        "said it remained confident of a play-off place at least. Nigeria missed the 2022 World "
        "Cup in Qatar after losing a play-off to Ghana on away goals. The Super Eagles will "
        "resume their campaign in September with away matches against Rwanda and South Africa.",
        "sport",
    ),
    # Daily Trust, 2025
    (
        "Niger tanker explosion: Death toll hits 98 as victims are buried in mass grave",
        "The death toll from Saturday's petrol tanker explosion at Dikko junction in the Gurara "
        "Local Government Area of Niger State has risen to 98, the Niger State Emergency "
        "Management Agency (NSEMA) said on Sunday. The tanker, carrying about 60,000 litres of "
        "petrol, overturned while the driver was trying to avoid a pothole, and residents and "
        "passers-by rushed to scoop the spilling fuel with jerrycans and buckets, witnesses "
        "said. A fire broke out minutes later, engulfing the crowd and several vehicles parked "
        "nearby. “I heard a loud bang and saw people running with their clothes burning,” a "
        "commercial motorcyclist told Daily Trust. Many of the victims were burnt beyond "
        "recognition and were buried in a mass grave on Sunday afternoon, local officials said. "
        "More than 50 injured people were receiving treatment at the General Hospital in Suleja "
        "and the National Hospital in Abuja. Governor Mohammed Umaru Bago called on the federal "
        "government to fix the Abuja-Kaduna highway and urged people to stay away from fallen "
        "tankers. The Federal Road Safety Corps said it would step up enforcement against "
        "overloaded tankers on the highway.",
        "accident",
    ),
    # Daily Trust, 2024
    (
        "Maiduguri flood: Alau Dam collapse submerges large parts of city, thousands flee",
        "Large parts of Maiduguri, the Borno State capital, were submerged on Tuesday after "
        "heavy rains caused part of the Alau Dam to collapse, forcing tens of thousands of "
        "residents to flee their homes, Daily Trust reports. Residents of Fori, Gwange, "
        "Bulabulin, Galtimari and the area around the Shehu's palace said the water rose above "
        "the windows of houses within hours. “We climbed onto the roof with the children and "
        "waited until a canoe came in the afternoon,” said Hajja Fatima, a resident of "
        "Bulabulin. Animals escaped from the flooded Sanda Kyarimi Park zoo, and the state "
        "government warned residents to watch out for crocodiles and snakes. Governor Babagana "
        "Zulum said about 40 per cent of the city had been affected and that displaced residents "
        "were being moved to schools and to camps that once housed people displaced by the Boko "
        "Haram insurgency, including the Bakassi camp. The Nigerian Army deployed boats and "
        "trucks to evacuate residents, and the National Emergency Management Agency (NEMA) said "
        "it was distributing food and mats. The Alau Dam, built in 1986, had not been maintained "
        "for years despite repeated warnings by engineers, according to officials.",
        "disaster",
    ),
    # The Irrawaddy, 2025
    (
        "Junta's election commission announces second phase of voting in 100 townships",
        "Myanmar's junta-appointed Union Election Commission (UEC) on Friday announced that the "
        "second phase of its general election will be held in 100 townships next month, "
        "following the first phase in 102 townships that was boycotted by most opposition "
        "parties. The regime-backed Union Solidarity and Development Party (USDP) won a "
        "landslide in the first phase, taking most of the contested seats in the lower house, "
        "according to results published in state media. Opposition groups, including the "
        "National Unity Government (NUG), have called the election a sham designed to legitimise "
        "military rule. The National League for Democracy, which won the 2020 election by a "
        "landslide, was dissolved by the regime in 2023 for failing to re-register under a new "
        "party law. Voting cannot be held in more than a third of the country's townships, which "
        "the UEC says are not secure enough, many of them under the control of resistance "
        "forces. The commission claimed a turnout of 52 percent in the first phase, but "
        "residents of Yangon and Mandalay told The Irrawaddy that polling stations were largely "
        "empty and that many civil servants voted because they feared losing their jobs. Senior "
        "General Min Aung Hlaing, who cast his ballot in Naypyitaw, said the election would "
        "return the country to “a disciplined multiparty democracy”.",
        "politics",
    ),
    # Myanmar Now, 2025
    (
        "A month after the earthquake, Sagaing's survivors are still sleeping in tents",
        "A month after a 7.7-magnitude earthquake struck central Myanmar, thousands of families "
        "in Sagaing and Mandalay are still living in tents and makeshift shelters along roads "
        "and in monastery compounds, residents and aid workers said. In Sagaing town, close to "
        "the epicentre, local volunteers estimate that four in five buildings were damaged, "
        "including most of the town's schools and the main market. “We are afraid to sleep "
        "indoors. Every aftershock, the children scream,” said a mother of three living under a "
        "tarpaulin on the bank of the Irrawaddy River. The official death toll from the quake "
        "stands at more than 3,700, according to the military council, though volunteers say "
        "many bodies were never recovered from collapsed buildings in Mandalay. Aid groups warn "
        "that the monsoon, due in a few weeks, will make conditions in the camps much worse and "
        "raise the risk of waterborne disease. Local donors and monasteries have provided most "
        "of the food, while international agencies say travel permits required by the regime "
        "have slowed their work in some townships. The military council said it had allocated "
        "funds to rebuild hospitals and bridges, but residents said they had received no help to "
        "rebuild their homes. Engineers said many buildings in Mandalay collapsed because "
        "building codes had been widely ignored.",
        "disaster",
    ),
    # The Irrawaddy, 2025
    (
        "Junta begins training 14th batch of conscripts as young men look for ways out",
        "Myanmar's military regime began training its 14th batch of conscripts this week, as "
        "more young men in Yangon and Mandalay seek jobs abroad or move to areas outside junta "
        "control to avoid being drafted, residents and recruitment agencies said. Under the "
        "People's Military Service Law, activated in February 2024, men aged 18 to 35 and women "
        "aged 18 to 27 can be called up to serve for two years. Ward administrators in Yangon "
        "have been drawing names by lottery from household lists, and families said they had "
        "been asked for bribes of up to five million kyats to have their sons' names removed. "
        "“My son sleeps at a different relative's house every week,” said a mother in Yangon's "
        "Hlaing Tharyar Township. Long queues have formed outside passport offices and overseas "
        "employment agencies in Yangon since the beginning of the year, as young people try to "
        "secure work permits for Thailand, Malaysia and Japan. The regime has banned men of "
        "conscription age from working abroad, though agencies say the rule is applied unevenly. "
        "The junta says more than 60,000 conscripts have completed training since the law came "
        "into force. Analysts say the regime needs the recruits to replace soldiers lost in "
        "fighting since 2023.",
        "military",
    ),
]
