"""dev185 hard negatives: obituaries and profiles that tell old wars (history, 15) and
peacemakers (peace, 5) (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Obituary: Abdul Matin Chowdhury, guerrilla of 1971 who never stopped counting the bridges",
        "Abdul Matin Chowdhury, who has died aged 79, was a 25-year-old law student in Sylhet "
        "when the Pakistani army launched its crackdown on East Pakistan in March 1971. "
        "Within weeks he had crossed into India, trained with the Mukti Bahini in a camp in "
        "Meghalaya and returned at the head of a section of twelve men, most of them younger "
        "than him. Over the following eight months they blew up railway bridges on the "
        "Sylhet-Chhatak line, ambushed army convoys on the Sunamganj road and, in October, "
        "held a river crossing for three days against a company of Pakistani troops. He lost "
        "two fingers to a grenade at Chhatak. After independence he returned to law, became a "
        "district judge and spent his retirement compiling a register of every freedom "
        "fighter from his upazila, checking claims against the old camp rolls. He was "
        'scathing about the forged certificates that multiplied as pensions grew. "I know who '
        'was in the water with me," he told an interviewer in 2016. He is survived by his '
        "wife, Rokeya, three daughters and a son.",
        "history",
    ),
    (
        "Thirty years on, a Srebrenica survivor buries his father's bones at Potočari",
        "On Friday, Hasan Mehmedović will bury his father at the Srebrenica-Potočari memorial "
        "centre, thirty years after the two were separated on the road out of the enclave in "
        "July 1995. The remains, found in a secondary mass grave near Zvornik and identified "
        "by DNA last winter, consist of a thighbone and part of a jaw. Hasan was 16 when "
        "Bosnian Serb forces under Ratko Mladić overran the UN-protected town; he walked for "
        "six days through the forests to Tuzla, while more than 8,000 Bosniak men and boys "
        "were killed. His father was among them. This year the remains of seven victims will "
        "be buried at the annual commemoration, the smallest number yet, as the "
        "identification of bodies slows. Hasan now teaches history in a secondary school in "
        'Tuzla and takes his pupils to the memorial every spring. "They ask how many are '
        'still missing," he said. "I tell them about a thousand, and that my father was one '
        'of them until now." The International Court of Justice ruled the massacre a genocide '
        "in 2007.",
        "history",
    ),
    (
        "Sir Rupert Hawes, who led an armoured brigade into Kuwait in 1991, dies at 88",
        "General Sir Rupert Hawes, who has died aged 88, commanded the British 1st Armoured "
        "Division's lead brigade in the ground offensive that drove Iraqi forces out of "
        "Kuwait in February 1991. In the hundred hours of Operation Desert Sabre, his tanks "
        "swung west through the Iraqi desert alongside the American VII Corps and destroyed "
        'three Iraqi divisions in a series of night actions that he later admitted were "more '
        'confused than the books suggest". He was scrupulous about the nine British soldiers '
        "killed when American aircraft mistakenly attacked two Warrior vehicles, and "
        "campaigned for years for the families to see the full inquiry. Born in Shropshire, "
        "the son of a vicar, he was commissioned into the Royal Scots Dragoon Guards in 1957 "
        "and served in Aden and Northern Ireland. After the Gulf war he ran the Army's "
        "training organisation and retired in 1996 to breed Welsh ponies. He is survived by "
        "his wife, Caroline, two sons and a daughter.",
        "history",
    ),
    (
        "Obituary: Tesfay Gebremariam, the rebel commander who took Asmara and then wanted nothing",
        "He spent seventeen years in the trenches of Nakfa and never, he liked to say, lost "
        "an argument about logistics. Tesfay Gebremariam, who died in Asmara on March 3rd "
        "aged 81, was the quartermaster of the Eritrean People's Liberation Front, the man "
        "who kept an army of fighters fed and armed from captured Ethiopian trucks and "
        "underground workshops dug into the mountains. When the front's columns entered "
        "Asmara in May 1991, ending three decades of war, he was in the lead vehicle. He "
        "turned down a ministry and went back to his village to grow sorghum. In the 1998 "
        "border war with Ethiopia he was recalled to organise supply lines, and afterwards, "
        "quietly, he let it be known that he thought the war had been a mistake. That was not "
        "a safe thing to think in Eritrea. He spent his last years reading Tolstoy and "
        "keeping bees. He never married, and said the front had been his family.",
        "history",
    ),
    (
        "Frances McGowan, Army nurse who tended the wounded of the Tet offensive, dies at 82",
        "Frances McGowan, a US Army nurse whose letters home from a field hospital in Vietnam "
        "became one of the most-cited accounts of the war's medical corps, died on Tuesday at "
        "her home in Dubuque, Iowa. She was 82. The cause was heart failure, her niece said. "
        "McGowan arrived at the 71st Evacuation Hospital in Pleiku in 1967, aged 24, and was "
        "on duty through the Tet offensive of early 1968, when helicopters landed casualties "
        "faster than the surgeons could work. She wrote about triage in a plain style that "
        "historians have compared to Civil War diaries. After the war she struggled for years "
        "with what she later learned to call PTSD, and became an advocate for the women who "
        'served. Her letters were published in 2004 as "Dustoff Nights". She testified in '
        "Congress in 1993 for the Vietnam Women's Memorial. \"We were 20-somethings holding "
        "boys' hands while they died,\" she said in an oral history. She is survived by a "
        "sister and seven nieces and nephews.",
        "history",
    ),
    (
        "Falklands conscript who survived the Belgrano sinking dies in Bahía Blanca",
        "Héctor Ramón Sosa, one of the survivors of the sinking of the Argentine cruiser "
        "General Belgrano during the 1982 Falklands war, died on Sunday in Bahía Blanca at "
        "the age of 62. He had been a 19-year-old conscript stoker when the ship was "
        "torpedoed by a British submarine on May 2nd 1982, and spent more than thirty hours "
        "in a life raft in the South Atlantic before being rescued. Of the ship's crew, 323 "
        "died. Sosa returned home to a country that preferred not to talk about the war, "
        "worked as a mechanic and for years did not speak about the raft. In later life he "
        "became active in the veterans' association of Buenos Aires province and visited "
        "schools each April to tell pupils what the cold had been like. He travelled to the "
        "islands in 2018 with other veterans to visit the Argentine cemetery at Darwin. His "
        "wife, Graciela, said he had asked that his ashes be scattered at sea. He is survived "
        "by her, two sons and five grandchildren.",
        "history",
    ),
    (
        "Havildar Lal Bahadur Thapa, among the last veterans of Kohima, dies at 101",
        "Havildar Lal Bahadur Thapa, one of the last surviving Indian Army veterans of the "
        "battle of Kohima in 1944, died at his home in Dehradun on Thursday. He was 101. As a "
        "20-year-old rifleman he fought in the siege of the Kohima ridge, where British and "
        "Indian troops held off the Japanese 31st Division for two weeks in April 1944, in "
        "fighting so close that grenades were thrown across the district commissioner's "
        "tennis court. He was wounded in the shoulder and evacuated to Dimapur. After the war "
        "he served in Burma and Malaya, retiring in 1962. His son said he rarely spoke of the "
        "battle until the 75th anniversary in 2019, when he returned to Kohima as a guest of "
        "the Nagaland government and wept at the war cemetery. He kept his medals in a "
        "biscuit tin. He is survived by two sons, eleven grandchildren and three "
        "great-grandchildren. The Army's 3rd Gorkha Rifles sent a guard of honour to his "
        "cremation.",
        "history",
    ),
    (
        "Thirty years after the genocide, Consolée teaches children to sew in Nyamata",
        "At Kwibuka 30 this April, Consolée Mukamana stood in the church at Nyamata, where "
        "some 10,000 people were killed in April 1994, and read the names of her parents and "
        "four brothers. She was eleven when Interahamwe militiamen attacked the church, and "
        "survived beneath the bodies of her neighbours. The church is now a memorial, its "
        "pews still stacked with clothing. Consolée, 41, runs a sewing cooperative two "
        "streets away, where the women who work alongside her include the widow of a man "
        "convicted by a gacaca court of killing in the parish. They do not talk about it "
        'much, she says. "We talk about orders, about school fees." The cooperative makes '
        "uniforms for four schools in Bugesera district. Each spring Consolée closes the "
        "workshop for the week of commemoration and walks the same road to the church. Her "
        "daughter, who is 15, asked to come with her this year. She told her about the "
        "swamps, she says, but not everything.",
        "history",
    ),
    (
        "Victor Ivan, the Sri Lankan reporter who walked the Vanni for 30 years, dies at 70",
        "Victor Ivan, a Sri Lankan journalist who covered the civil war between the army and "
        "the Tamil Tigers for nearly three decades, died in Colombo on Wednesday after a long "
        "illness. He was 70. Ivan reported from Jaffna during the army's Operation Riviresa "
        "in 1995 and from the Vanni in the war's final months in 2009, when he was one of the "
        "few reporters who talked to civilians fleeing the shrinking no-fire zone. His "
        "dispatches on disappearances in the south in the late 1980s earned him death threats "
        "and, for a time, exile in India. In later years he edited a Sinhala weekly and wrote "
        "a three-volume history of the conflict that is used in universities on both sides of "
        "the ethnic divide. Colleagues remembered him as a fastidious checker of facts who "
        "distrusted official tolls from any side. He was a chain-smoker and a devoted "
        "gardener. He leaves his wife, Kumari, and a son.",
        "history",
    ),
    (
        "Obituary: Fouad Karam, the Beirut militia chief who became a banker",
        "Fouad Karam, who died in Beirut on Sunday aged 84, commanded one of the Christian "
        "militias that fought in the streets of the Lebanese capital in the first years of "
        "the civil war. In 1976 his men took part in the siege of the Tel al-Zaatar refugee "
        "camp, an episode he refused to discuss for the rest of his life. He fell out with "
        "the Phalange leadership in 1980 and spent the rest of the war in Paris, where he "
        "built a second career in banking. After the Taif agreement ended the war in 1990 he "
        "returned to Lebanon, sat in parliament for two terms and benefited, like most "
        "militia leaders, from the amnesty of 1991. Relatives of the missing picketed his "
        "office several times. His memoirs, published in 2011, ended in 1975. He was, said a "
        'former colleague, "a charming man who never answered a question". He is survived by '
        "his wife, Nadia, and three children. His funeral will be held at Saint George's "
        "Cathedral on Tuesday.",
        "history",
    ),
    (
        "Last Korean War veteran of Gapyeong county laid to rest",
        "Kim Sang-chul, believed to be the last surviving Korean War veteran in Gapyeong "
        "county, was buried at the Icheon National Cemetery on Monday. He was 94. As a "
        "19-year-old private in the South Korean army's 6th Division he fought in the battle "
        "of Gapyeong in April 1951, when Commonwealth and South Korean troops held back a "
        "Chinese offensive in the valley north-east of Seoul. He was wounded by a mortar "
        "fragment on the second night and carried out by Australian soldiers, whom he later "
        "sought out on visits to Brisbane. After the war he farmed chestnuts and served for "
        "30 years as a village head. He attended every anniversary ceremony at the Gapyeong "
        "memorial until last year, when illness kept him at home. Local officials said the "
        "county's branch of the Korean War veterans' association would be dissolved with his "
        "death. Veterans from Australia and New Zealand sent wreaths. He is survived by his "
        "wife of 70 years, Lee Soon-ja, four children and nine grandchildren.",
        "history",
    ),
    (
        "Setsuko Tanaka, Hiroshima survivor who told her story in 40 countries, dies at 92",
        "Setsuko Tanaka, who was 13 when the atomic bomb fell on Hiroshima in August 1945 and "
        "spent the rest of her life describing what she saw, died on Thursday at a nursing "
        "home in Hiroshima. She was 92. Tanaka was pulled from the wreckage of her school's "
        "mobilisation site, 1.8 kilometres from the hypocentre, and watched classmates die of "
        "burns over the following days. She lost her mother and a younger brother. For "
        "decades she kept her status as a hibakusha quiet, fearing it would ruin her "
        "prospects of marriage, but from the 1980s she spoke in schools, at the United "
        "Nations and in 40 countries. When Nihon Hidankyo, the survivors' federation, won the "
        "Nobel peace prize in 2024, she said the prize had come for the dead. Her testimony "
        "is preserved in the archive of the Hiroshima Peace Memorial Museum. She is survived "
        "by a daughter and two grandsons.",
        "history",
    ),
    (
        "Khassan Umarov, the surgeon who operated by candlelight in Grozny, dies in exile",
        "Khassan Umarov, a Chechen surgeon who operated on fighters and Russian soldiers "
        "alike during the wars of the 1990s, died on Saturday in Boston, where he had lived "
        "since 2000. He was 61. During the first Chechen war he ran a small hospital in "
        "Alkhan-Kala, and in the winter of 1999-2000, as Russian forces besieged Grozny, he "
        "performed dozens of amputations in a day with little anaesthetic and by candlelight. "
        "Both sides threatened him for treating the other. He left Russia after receiving "
        "warnings that he would be arrested, and later worked as a plastic surgeon in "
        "Massachusetts, returning to Chechnya in the summers to operate on children with "
        "cleft palates. His memoir of the war was translated into nine languages. Colleagues "
        "said he refused to talk politics in the operating room. He is survived by his wife, "
        "six children and his mother.",
        "history",
    ),
    (
        "The Khmer Rouge survivor who turned his prison into a classroom",
        "Chum Sokha was 14 when Khmer Rouge cadres took him from his family's rice fields in "
        "Takeo province in 1977 and sent him to a labour camp where, he says, he learned to "
        "sleep standing up. He is 63 now and guides visitors through the Tuol Sleng Genocide "
        "Museum in Phnom Penh, the former high school where the regime interrogated and "
        "tortured more than 14,000 people. Most of the museum's guides were born after 1979; "
        "Chum Sokha is one of two survivors who still come in most days. He stops longest in "
        "front of the rows of photographs taken of prisoners on arrival. Schoolchildren ask "
        "him how many people died under the Khmer Rouge, and he tells them about 1.7 million. "
        "He testified at the UN-backed tribunal in 2015 and watched as its last verdicts were "
        'confirmed in 2022. "I am not angry every day," he says. "Some days I am just a '
        'guide." He goes home at four to feed his chickens.',
        "history",
    ),
    (
        "Ka Pedring, the communist guerrilla who surrendered at 70, dies in Bukidnon",
        "Pedro Lumawag, known to a generation of New People's Army fighters as Ka Pedring, "
        "died on Sunday at his daughter's house in Malaybalay, Bukidnon. He was 78. He joined "
        "the communist insurgency in 1972, months after Ferdinand Marcos declared martial "
        "law, and spent four decades in the hills of northern Mindanao, rising to command a "
        "regional front that clashed repeatedly with the army in the 1980s. He was captured "
        "once, in 1985, and tortured, according to a human-rights task force that documented "
        "his case. He surrendered to the army in 2017, citing age and asthma, and spent his "
        "last years as a reluctant speaker at government events for former rebels. Relatives "
        'said he never renounced his politics. "He surrendered his rifle, not his ideas," his '
        "daughter Marites told Rappler. He was buried in the municipal cemetery beside his "
        "wife, who died in 2020.",
        "history",
    ),
    (
        "Brigid Heaney, the civil servant who drafted the small print of the Good Friday agreement",
        "Brigid Heaney, who has died aged 86, was one of the civil servants in Belfast who "
        "spent the spring of 1998 turning the arguments of the Good Friday talks into text. "
        "Working through the night at Castle Buildings, she drafted successive versions of "
        "the sections on policing and prisoner releases, the clauses most likely to break the "
        "agreement. Senator George Mitchell, the talks chairman, later said the final "
        "document owed as much to her patience as to any politician. Born in Derry, she "
        "joined the Northern Ireland civil service in 1961 and watched the city she grew up "
        "in split along its river. After 1998 she advised the commission on policing reform "
        "and spent her retirement working with a cross-community women's group on the "
        "Waterside. She disliked being called a peacemaker. She is survived by her husband, "
        "Martin, and their two daughters.",
        "peace",
    ),
    (
        "Jaime Alberto Parra, FARC negotiator turned senator, dies at 63",
        "Jaime Alberto Parra, a former FARC commander who signed Colombia's 2016 peace "
        "agreement and served two terms in the Senate for the party that grew out of the "
        "guerrilla, died of cancer in Bogotá on Wednesday. He was 63. Parra spent three "
        "decades in the FARC's Eastern Bloc before becoming one of its negotiators in Havana, "
        "where he sat across from army generals he had fought for years. After the agreement "
        "he led the group's work on the search for the disappeared and appeared before the "
        "Special Jurisdiction for Peace to acknowledge kidnappings his units had carried out. "
        "Victims' groups received his testimony with mixed feelings; some said it was "
        "incomplete. He argued to the end that the accord, however badly implemented, had "
        "saved lives. President Gustavo Petro called him a builder of peace. He is survived "
        "by his partner, a former guerrilla he met in the mountains, and a son born in 2018.",
        "peace",
    ),
    (
        "Twenty years after Helsinki, Aceh's former rebels and soldiers share a coffee shop",
        "In a coffee shop in Banda Aceh, a former commander of the Free Aceh Movement and a "
        "retired army colonel meet every Thursday to play dominoes. Both men fought in the "
        "same district in the early 2000s. On Friday the province marks 20 years since the "
        "Helsinki memorandum of understanding, which ended three decades of war and gave Aceh "
        "wide autonomy. Martti Ahtisaari, the former Finnish president who mediated the "
        "talks, received the Nobel peace prize in 2008 for his work. The province's Truth and "
        "Reconciliation Commission has taken statements from more than 5,000 victims, though "
        "the government in Jakarta has yet to act on its recommendations. \"We don't talk "
        'about 2002," the former commander says. "We talk about fish prices and who is '
        'cheating at dominoes." The colonel says the hardest part was the first handshake. '
        "Young Acehnese, most born after the war, know it mostly from their parents' "
        "silences.",
        "peace",
    ),
    (
        "Obituary: Comfort Freeman, who sat down outside the Liberian peace talks and refused "
        "to move",
        "In the summer of 2003, as Liberia's warring parties negotiated in a hotel in Accra, "
        "Comfort Freeman led some 200 women who sat down in the corridor outside the "
        "conference room, linked arms and refused to let the delegates leave until they "
        "reached an agreement. The Comprehensive Peace Agreement was signed two weeks later. "
        "Freeman, who has died aged 77 in Monrovia, was a Lutheran church worker who had "
        "organised women to pray and fast for peace since the early 1990s. After the war she "
        "worked for the national Truth and Reconciliation Commission and ran a programme for "
        "women who had been abducted by armed groups. She was proud, friends said, that the "
        "sit-in had been entirely peaceful and very stubborn. She is survived by four "
        "children, twelve grandchildren and the white T-shirt she wore in Accra, which she "
        "kept folded in a drawer.",
        "peace",
    ),
    (
        "Once a MILF commander, now he signs building permits in Cotabato",
        "Abdulrahman Macapeges, 58, spent 25 years as a commander of the Moro Islamic "
        "Liberation Front in the marshes of Maguindanao. On Monday he handed over the last "
        "rifles of his former battalion to the independent decommissioning body in Sultan "
        "Kudarat, completing the process agreed in the 2014 peace accord for the units under "
        "his command. He now heads the housing office of the Bangsamoro regional government, "
        "signing permits for homes for former fighters and their families. More than 26,000 "
        "combatants have been decommissioned under the accord, according to the Office of the "
        "Presidential Adviser on Peace, Reconciliation and Unity. The region will hold its "
        "first parliamentary elections next year. Macapeges says the hardest thing has been "
        'paperwork. "In the camp, an order took a minute. Here it takes a month and three '
        'signatures," he told Rappler. His eldest son is studying engineering in Manila.',
        "peace",
    ),
]
