"""dev429 negatives from the crime, politics and states desks: gangster encounters told as crime,
dowry and honour killings, communal tension that stays at arrests and court orders, elections,
peaceful protests and peace talks and surrenders."""

NEGATIVES = [
    (
        "Two sharpshooters of Hashim Baba gang injured in encounter with Delhi Police in Dwarka",
        "Two alleged sharpshooters of the Hashim Baba gang were injured in an exchange of fire with "
        "the Delhi Police's Special Cell in southwest Delhi's Dwarka in the early hours of "
        "Thursday, officers said. Acting on a tip-off that the two were coming to meet an associate "
        "near a farmhouse in Chhawla, a police team laid a trap around 3 a.m. When they were asked "
        "to stop, the accused opened fire at the police party and a bullet hit the bulletproof "
        "jacket of a head constable, a senior officer said. In retaliatory firing, both were shot "
        "in the legs and taken to hospital. The two were wanted in the murder of a gym owner in "
        "Welcome last month and in several extortion cases, police said. Two pistols, eight live "
        "cartridges and a stolen motorcycle were recovered from them. Police said the gang has been "
        "locked in a turf war with the rival Chhenu Pahalwan gang over the extortion business in "
        "northeast Delhi. A case under the Arms Act and for attempt to murder has been registered.",
        "crime",
    ),
    (
        "Bishnoi gang shooter held after cross-firing near Mohali; extortion calls to traders traced",
        "A shooter linked to the Lawrence Bishnoi gang was arrested after a brief exchange of "
        "fire with the Punjab Police's Anti-Gangster Task Force near Kharar in Mohali on Saturday "
        "night, police said. The accused, a 24-year-old from Fazilka, was injured in the leg when "
        "he fired at a police team that had signalled his car to stop at a naka. He had allegedly "
        "fired shots outside the house of a Mohali property dealer last week after the dealer "
        "refused to pay Rs 2 crore in extortion money. Police said the calls to the dealer were "
        "made from a foreign number used by a handler based in Canada. “This is an organised "
        "extortion racket, and we are going after every link,” the AGTF chief said. A .30-bore "
        "pistol and six cartridges were seized. The police said at least 14 traders in Mohali and "
        "Zirakpur had received similar calls in the past two months. The accused was produced in "
        "court and sent to police remand for five days.",
        "crime",
    ),
    (
        "Woman set on fire over dowry in Greater Noida, dies in hospital; husband, in-laws booked",
        "A 26-year-old woman died in a Delhi hospital on Friday night, a day after she was "
        "allegedly doused with an inflammable liquid and set on fire by her husband and in-laws "
        "at their house in Greater Noida's Sirsa village over dowry, police said. Her family told "
        "the police that her in-laws had been demanding Rs 35 lakh and a car since the couple's "
        "marriage in 2016, even though a Scorpio SUV and gold jewellery had already been given. "
        "A video recorded by her sister shows the woman being dragged by her hair. The husband was "
        "arrested on Saturday and tried to flee from police custody, officers said. An FIR has "
        "been registered for dowry death and murder against the husband, his parents and his "
        "brother. The woman's six-year-old son told reporters his father had hit his mother and "
        "then set her alight. Women's groups held a candle march in the village on Sunday. The "
        "National Commission for Women has sought a report from the Uttar Pradesh Police.",
        "crime",
    ),
    (
        "Nalgonda court awards death penalty to man who hired killer in Miryalaguda honour killing",
        "A special court in Telangana's Nalgonda on Monday sentenced a man to death for the murder "
        "of a 23-year-old Dalit engineer who was hacked to death outside a hospital in "
        "Miryalaguda in 2018, in what the prosecution called an honour killing. The victim had "
        "married the daughter of a wealthy businessman against the wishes of her family. He was "
        "attacked with a machete in front of his pregnant wife as the couple left the hospital "
        "after a check-up. The businessman, the main accused, died by suicide in 2020. The court "
        "found that his associate had paid Rs 1 crore to a contract killer who had earlier been "
        "named in a murder case. Six others were sentenced to life imprisonment. “This verdict is "
        "a message that caste cannot decide whom you marry,” the victim's wife told reporters "
        "outside the court. She now lives with her son and her in-laws. The defence said it "
        "would appeal in the High Court.",
        "crime",
    ),
    (
        "Mangaluru: Four held for provocative social media posts; prohibitory orders extended",
        "The Mangaluru city police on Tuesday arrested four people for allegedly posting "
        "provocative messages on social media that targeted a religious community, and extended "
        "prohibitory orders in the city for three more days. The Police Commissioner said the posts, "
        "shared in WhatsApp groups and on Instagram, had called for a boycott of traders and "
        "threatened retaliation over a dispute about a temple fair. Three of the accused are from "
        "Bantwal and one from Ullal. Additional Karnataka State Reserve Police platoons were posted "
        "in sensitive localities as a precaution, though the city remained calm and no untoward "
        "incident was reported. Police have also identified 22 social media accounts that "
        "circulated the messages and issued notices to their owners. Leaders of both communities "
        "met at the Commissioner's office and agreed to appeal for calm. The Deputy Commissioner "
        "warned that strict action would be taken against anyone spreading rumours.",
        "crime",
    ),
    (
        "Moosewala murder: Court frames charges against 27 accused; trial to begin next month",
        "A Mansa court on Friday framed charges against 27 accused in the murder of Punjabi singer "
        "Shubhdeep Singh Sidhu, better known as Sidhu Moosewala, who was shot dead in his car at "
        "Jawaharke village in May 2022. The accused include jailed gangster Lawrence Bishnoi, his "
        "nephew and several shooters who, the police say, fired over two dozen bullets at the "
        "singer from AK-series and other weapons. Canada-based gangster Goldy Brar, who claimed "
        "responsibility on social media, has been named as a proclaimed offender. The murder was "
        "allegedly planned to avenge the killing of an Akali youth leader, according to the "
        "chargesheet. The singer's father, Balkaur Singh, said the family had waited too long "
        "for justice. Several accused were produced through video conferencing from jails in "
        "Delhi, Rajasthan and Gujarat. The next hearing has been fixed for the first week of "
        "next month.",
        "crime",
    ),
    (
        "Yudh Nashian Virudh: Punjab Police arrest 1,200 drug peddlers in a month, bulldoze homes",
        "The Punjab Police has arrested more than 1,200 alleged drug peddlers and seized over "
        "80 kg of heroin in the first month of the State government's “Yudh Nashian Virudh” (War "
        "Against Drugs) campaign, Director General of Police Gaurav Yadav said on Tuesday. The "
        "police have also demolished or attached the properties of 42 peddlers, which officials say "
        "were built with drug money, drawing criticism from opposition parties. “This is a war and "
        "we will not stop until Punjab is drug-free,” Chief Minister Bhagwant Mann said at a rally "
        "in Sangrur. Special teams are raiding drug hotspots in Ludhiana, Amritsar and Bathinda "
        "every morning, and village defence committees have been formed to keep watch. The "
        "government has also ordered 1,500 new beds in de-addiction centres. Lawyers said some of "
        "the demolitions were being challenged in the Punjab and Haryana High Court.",
        "crime",
    ),
    (
        "Bihar Assembly elections: NDA, Mahagathbandhan gear up for battle as seat-sharing talks drag on",
        "The battle for Bihar has begun in earnest, with the NDA and the Mahagathbandhan racing to "
        "finalise seat-sharing arrangements ahead of the two-phase Assembly elections. The "
        "Election Commission on Monday announced that polling would be held on November 6 and 11, "
        "with counting on November 14. Chief Minister Nitish Kumar, seeking another term, launched "
        "a blistering attack on the RJD, saying the State had seen “jungle raj” under Lalu Prasad. "
        "RJD leader Tejashwi Yadav hit back, promising a government job to one member of every "
        "family and calling the NDA's campaign a “double-engine of failure”. Prashant Kishor's Jan "
        "Suraaj Party has said it will contest all 243 seats. In the NDA camp, the BJP and the "
        "JD(U) are locked in hard bargaining with Chirag Paswan's LJP (Ram Vilas), which wants "
        "over 40 seats. Political observers said women voters, who outnumbered men at the polls in "
        "2020, could decide the outcome.",
        "politics",
    ),
    (
        "Allahabad HC allows ASI survey of disputed mosque complex; heavy police deployment in town",
        "The Allahabad High Court on Wednesday allowed the Archaeological Survey of India to carry "
        "out a scientific survey of a mosque complex that Hindu petitioners say was built over a "
        "temple, dismissing the mosque committee's challenge to a district court order. The court "
        "said the survey must not damage the structure and that no digging would be allowed. "
        "The mosque committee said it would move the Supreme Court. The district administration "
        "deployed several companies of the Provincial Armed Constabulary and drone cameras in the "
        "old city ahead of Friday prayers, and the district magistrate held a peace committee "
        "meeting with clerics and temple priests. Shops stayed open and the prayers passed off "
        "peacefully, officials said. Political parties were divided, with the BJP welcoming the "
        "verdict and the Samajwadi Party saying such suits violated the Places of Worship Act "
        "of 1991.",
        "politics",
    ),
    (
        "Lok Sabha debates Operation Sindoor: Rajnath says objectives achieved, Rahul attacks government over ceasefire",
        "The Lok Sabha on Monday began a special 16-hour debate on Operation Sindoor, with Defence "
        "Minister Rajnath Singh telling the House that the armed forces had achieved all their "
        "objectives and that the operation had been paused, not ended. He said the decision to "
        "halt military action was taken after Pakistan's Director General of Military Operations "
        "reached out to his Indian counterpart, and not under any outside pressure. Leader of the "
        "Opposition Rahul Gandhi launched a sharp attack on the government, asking why the Prime "
        "Minister had not contradicted U.S. President Donald Trump's repeated claims of having "
        "brokered the ceasefire. “You sent our pilots to fight with their hands tied,” he said. "
        "Home Minister Amit Shah, who will intervene on Tuesday, is expected to reply to the charge "
        "that security lapses allowed the Pahalgam attack to happen. Treasury benches thumped their "
        "desks through much of the Defence Minister's speech, and the Speaker twice adjourned "
        "the House amid slogans. Prime Minister Narendra Modi is expected to reply to the debate "
        "late on Tuesday.",
        "politics",
    ),
    (
        "J&K polls: Over 61% turnout in first phase, highest in decades; long queues in Kishtwar, Doda",
        "Voters turned out in large numbers in the first phase of the Jammu and Kashmir Assembly "
        "elections on Wednesday, with a provisional turnout of over 61% across 24 constituencies, "
        "the Election Commission said. It is the first Assembly election in the Union Territory in "
        "a decade and the first since the abrogation of Article 370 in 2019. Long queues were seen "
        "from early morning in Kishtwar, Doda and Ramban in the Jammu region and in Kulgam and "
        "Shopian in south Kashmir, areas that once saw poll boycotts. Kishtwar recorded 77%, while "
        "Pulwama was the lowest at about 46%. “We want jobs and we want our statehood back,” said "
        "a first-time voter in Kulgam. Polling was peaceful, officials said, and no incident of "
        "violence was reported. The National Conference, the Congress, the PDP and the BJP are "
        "the main contenders. Results will be declared on October 8 after the third phase.",
        "politics",
    ),
    (
        "Kisan Mahapanchayat at Ramlila Maidan: Farmers demand MSP guarantee, disperse peacefully",
        "Thousands of farmers from Punjab, Haryana, Uttar Pradesh and other States gathered at "
        "Delhi's Ramlila Maidan on Thursday for a Kisan Mazdoor Mahapanchayat called by the "
        "Samyukt Kisan Morcha, renewing their demand for a legal guarantee of minimum support "
        "price. The Delhi Police had allowed the gathering on the condition that no more than "
        "5,000 people attend and that no tractors enter the city. Farmers arrived in buses and "
        "trains, carrying green and yellow flags, and food was cooked in langars set up around the "
        "ground. Leaders from the 2020-21 agitation, including Rakesh Tikait, addressed the crowd "
        "and warned of a longer movement before the Lok Sabha elections. “We will not go back "
        "to the borders, but we will go to every village,” one of them said. The mahapanchayat "
        "ended by mid-afternoon and the farmers dispersed peacefully, police said. Traffic was "
        "diverted around central Delhi for most of the day.",
        "protest",
    ),
    (
        "Farmers' rail roko: Trains halted at 50 places in Punjab, protest ends peacefully after four hours",
        "Farmers squatted on railway tracks at more than 50 places across Punjab on Sunday in a "
        "four-hour “rail roko” protest called by the Kisan Mazdoor Morcha and the Samyukt Kisan "
        "Morcha (non-political), disrupting train services in the State. The protest, from noon "
        "to 4 p.m., was held to press the Centre to accept farmers' demands on minimum support "
        "price and loan waivers. Firozpur division officials said 34 trains were delayed and eight "
        "short-terminated, including the Shatabdi Express at Ambala. Elderly farmers and women "
        "sat on the tracks at Shambhu, Rajpura and Amritsar's Devidaspura, singing and raising "
        "slogans. Commuters were stranded at Ludhiana and Jalandhar stations, and the railways "
        "arranged buses for some passengers. Police said the protest ended on time and there was "
        "no untoward incident. Farm leaders said they would announce their next step at a meeting "
        "on Wednesday.",
        "protest",
    ),
    (
        "Sonam Wangchuk ends 21-day climate fast, says Ladakh's fight will continue",
        "Climate activist Sonam Wangchuk ended his 21-day “climate fast” in Leh on Tuesday, saying "
        "the campaign for constitutional safeguards for Ladakh under the Sixth Schedule would go "
        "on. Wangchuk, who survived on salt and water in sub-zero temperatures, had been joined by "
        "around 350 people on the first day and several thousand on the last. Women from villages "
        "across Ladakh will now take over the fast in relays, he said. “This is not a fight "
        "against anyone, it is a fight to protect the mountains,” he told the gathering at the "
        "NDS Memorial Ground. The Leh Apex Body and the Kargil Democratic Alliance have been "
        "demanding statehood, two Lok Sabha seats and job reservations, after talks with the Home "
        "Ministry broke down earlier this month. Doctors said Wangchuk had lost more than 10 kg "
        "and advised rest. The protest was peaceful throughout, and police said no arrests had been "
        "made.",
        "protest",
    ),
    (
        "RG Kar protest: Junior doctors continue hunger strike in Kolkata, one hospitalised",
        "The hunger strike by junior doctors in Kolkata entered its eighth day on Saturday, with one "
        "more striker shifted to hospital after his condition deteriorated, protest organisers "
        "said. Seven junior doctors are fasting in a makeshift tent at Esplanade, demanding justice "
        "for the trainee doctor raped and murdered at the RG Kar Medical College and Hospital in "
        "August, and better security at State-run hospitals. Senior doctors at several medical "
        "colleges have submitted mass resignations in solidarity. The strikers sat under posters "
        "that read “We want justice” as a steady stream of supporters brought flowers and water. "
        "Chief Secretary Manoj Pant urged the doctors to call off the strike and return to work, "
        "saying most of their demands had been met. The Indian Medical Association has called a "
        "nationwide 12-hour token strike on Monday. Police said the sit-in had been peaceful and "
        "no one had been detained.",
        "protest",
    ),
    (
        "Kuki-Zo groups sign renewed Suspension of Operations pact, agree to reopen NH-2",
        "Kuki-Zo armed groups signed a renewed Suspension of Operations agreement with the Centre "
        "and the Manipur government in New Delhi on Thursday, agreeing to relocate seven designated "
        "camps away from areas near the Meitei-dominated valley and to reduce the number of camps. "
        "The Kuki-Zo Council also agreed to open National Highway 2 for the free movement of "
        "commuters and essential goods, the Home Ministry said in a statement. Under the renewed "
        "ground rules, the groups' weapons will be deposited at the nearest CRPF or BSF camps and "
        "their cadres will be physically verified. The agreement, which lapsed in February 2024, "
        "is valid for one year. Valley-based civil society groups said they were not consulted, "
        "while Kuki-Zo leaders called the pact a step towards a political settlement. The ground "
        "rules will be monitored by a joint committee, officials said. The deal came days before "
        "a scheduled visit by the Prime Minister to the State.",
        "peace",
    ),
    (
        "Senior Maoist leader Bhupathi surrenders with 60 cadres in Gadchiroli, hands over 54 weapons",
        "Mallojula Venugopal Rao, alias Bhupathi, a CPI (Maoist) politburo member, surrendered "
        "before Maharashtra Chief Minister Devendra Fadnavis in Gadchiroli on Wednesday along with "
        "60 other cadres, in what officials called the biggest surrender in the history of the "
        "Left-wing extremist movement. The cadres handed over 54 weapons, including AK-47 and "
        "INSAS rifles, police said. Bhupathi, who carried a bounty of Rs 6 crore across States, "
        "had recently written that the armed struggle had failed and that the party should take "
        "the path of dialogue. Mr. Fadnavis presented him with a copy of the Constitution. “The "
        "doors are open for everyone who lays down arms,” he said. The surrendered cadres will "
        "receive rehabilitation packages, housing and skill training under the State's surrender "
        "policy. Police officers said several more cadres in the Dandakaranya region had sent "
        "feelers about giving up arms.",
        "peace",
    ),
    (
        "ULFA's pro-talks faction signs peace accord with Centre, Assam; to disband outfit",
        "The pro-talks faction of the United Liberation Front of Asom signed a tripartite peace "
        "agreement with the Centre and the Assam government in New Delhi on Friday, agreeing to "
        "renounce violence, disband the organisation and join the democratic process. Union Home "
        "Minister Amit Shah said the accord would bring lasting peace to Assam and that a "
        "Rs 1.5 lakh crore development package would be rolled out for the State. The faction, led "
        "by Arabinda Rajkhowa, has been in talks with the government since 2011. Its cadres will "
        "vacate their designated camps within a month. The hardline ULFA (Independent), led by "
        "Paresh Baruah, is not part of the agreement and has rejected it. “We fought for Assam for "
        "44 years, and today we begin a new journey,” Mr. Rajkhowa said at the signing ceremony. "
        "Chief Minister Himanta Biswa Sarma called it a historic day.",
        "peace",
    ),
]
