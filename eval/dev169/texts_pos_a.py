"""dev169 positives (1 of 3): current organised violence or its direct consequences as Somali,
Ukrainian and Sudanese communities abroad hear it, and a crackdown on Tamil families in the
north of Sri Lanka (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Twin Cities Somalis mourn relatives killed in twin car bombings at Mogadishu ministry",
        "Abdirahman Warsame was on his lunch break at a Minneapolis clinic on Saturday when "
        "his phone began to fill with photographs from Mogadishu: the burned-out minibuses, "
        "the collapsed wall of the Education Ministry, the crowds outside Madina Hospital. By "
        "evening he had learned that his cousin, a 31-year-old teacher who had gone to the "
        "ministry to collect exam papers, was among the dead. Two car bombs exploded minutes "
        "apart at the busy Zobe junction, the second as ambulances and bystanders gathered to "
        "help the wounded, Somali officials said. The government put the toll at 121 dead and "
        "more than 300 wounded on Sunday, and the al-Shabab militant group said it carried "
        'out the attack. "The second one was made to kill the people who came to help," '
        'Warsame said. "That is what my uncle told me, and he was there." Dozens of families '
        "gathered Sunday night at the Karmel Mall in south Minneapolis, where imams led "
        "prayers for the dead and volunteers collected money for hospital bills in Mogadishu. "
        "Several said they had spent hours calling relatives who work near the junction, one "
        "of the capital's most crowded intersections. Minnesota is home to the largest Somali "
        "community in the United States, and few families here do not have someone in "
        'Mogadishu. "Every time there is a blast we stop everything and we call," said Hodan '
        'Ali, who runs a travel agency on Lake Street. "This time my brother answered on the '
        'fourth try."',
        "T E V",
        "car bombing",
    ),
    (
        "Diaspora returnee among those killed as al-Shabaab gunmen storm Lido beach restaurant",
        "MOGADISHU (Radio Dalsan) – A young Somali-Norwegian woman who had come home for the "
        "summer was among at least 32 people killed when al-Shabaab fighters attacked a "
        "beachfront restaurant at Lido beach on Friday night, her family told Radio Dalsan. "
        "Witnesses said a suicide bomber blew himself up at the entrance before gunmen opened "
        "fire on diners, many of them families and young people who gather at the beach at "
        "the end of the week. Security forces fought the attackers for several hours before "
        "the siege ended after midnight, a police spokesman said, adding that five attackers "
        "were killed and one was captured alive. More than 60 people were wounded and taken "
        "to Erdogan and Madina hospitals. The victim's uncle, reached by phone in Oslo, said "
        "she had finished her nursing studies in June and had wanted to see her grandmother. "
        '"She sent us a photo of the sea at seven o\'clock. At eight the bomb went off," he '
        "said. Al-Shabaab claimed the attack through its Andalus radio, saying it had "
        'targeted "officials and apostates". Somali communities in Norway, Sweden and Finland '
        "held prayers on Saturday, and the family said the body would be buried in Mogadishu. "
        "The federal government condemned what it called a cowardly terrorist attack on "
        "innocent civilians.",
        "T E V B",
        "suicide and gun attack",
    ),
    (
        "Las Anod diaspora in Columbus raises funds as shelling forces families across the border",
        "COLUMBUS, Ohio (Hiiraan Online) – Members of the Sool diaspora in Columbus collected "
        "more than $40,000 at a weekend fundraiser for Las Anod, where fighting between "
        "Somaliland forces and local clan militias has entered its third week. Organisers "
        "said the money would buy medicine for Las Anod General Hospital, which staff say has "
        'been hit by shelling at least twice since the clashes began on 6 February. "My '
        "sister called me from under the stairs of the hospital. She is a nurse and she could "
        'not go home for four days," said Faadumo Jaamac, a Columbus home health aide. '
        "Residents reached by phone described mortar rounds landing in the town's market and "
        "in neighbourhoods near the front line on the western edge of town. The UN refugee "
        "agency said tens of thousands of people had fled, many crossing into Ethiopia's "
        "Somali region, where they are staying with relatives or sheltering under trees near "
        "Bokh and Danod. Local doctors said at least 80 people had been killed and hundreds "
        "wounded, figures that Hiiraan Online could not independently verify. Somaliland's "
        "government has denied shelling civilian areas and accuses the militias of attacking "
        "its positions. At the fundraiser, held in a community hall off Morse Road, elders "
        "appealed for a ceasefire and for the two sides to let the wounded out. Some younger "
        "speakers urged the diaspora to support the SSC-Khatumo fighters directly, a call "
        "several elders rejected.",
        "B E V D H",
        "shelling",
    ),
    (
        "Chicago parishioners learn of relatives' deaths after missile strike on Ternopil "
        "apartment blocks",
        "CHICAGO – The panakhyda at the Ukrainian Catholic cathedral in Chicago's Ukrainian "
        "Village on Sunday was served for people whose names most of the congregation had "
        "learned only two days earlier. Russian missiles and drones struck two nine-storey "
        "apartment buildings in the western Ukrainian city of Ternopil before dawn on "
        "November 19, and rescuers were still pulling bodies from the rubble when the parish "
        "held its service. Ukrainian officials said the toll had risen to 33, including six "
        "children, with dozens still unaccounted for. Among the dead were the sister-in-law "
        'and nephew of Oksana Hrytsenko, a parishioner who came to Chicago in 1999. "We '
        "thought Ternopil was far from the war. My brother's family moved there from Kharkiv "
        'in 2022 because it was safer," she said. Her brother, who survived with burns and a '
        "broken arm, told her that the building shook and the staircase collapsed within "
        "minutes. The parish council has opened a collection for the families of the victims "
        "and for the city's emergency service. Branches of the Ukrainian Congress Committee "
        "of America in Illinois and Wisconsin also asked members to contact their "
        "representatives about air-defence aid. Ternopil residents, reached by The Ukrainian "
        "Weekly through relatives, described a night of explosions in which many slept "
        "through the first air-raid alert. The city declared three days of mourning.",
        "E",
        "missile strike",
    ),
    (
        "Edmonton newcomer's aunt among wounded as Russian bombs hit Kharkiv hardware store",
        "Natalia Kovalenko was unpacking boxes at the Edmonton warehouse where she works when "
        "her cousin sent a video of black smoke rising over the Epicentr store in northern "
        "Kharkiv. Her aunt, who had gone there Saturday afternoon to buy paint for a balcony "
        "she was repairing, was inside. Russian forces dropped two guided aerial bombs on the "
        "building supply store while it was crowded with weekend shoppers, Ukrainian "
        "officials said, killing at least 16 people and injuring more than 40. Kharkiv's "
        "mayor said around 200 people may have been inside when the first bomb hit. "
        "Kovalenko's aunt was pulled out with shrapnel wounds to her legs and is in hospital. "
        '"She says there was no siren before the first explosion, only after," Kovalenko told '
        "CBC News. Kovalenko arrived in Alberta in 2022 under the federal emergency travel "
        "program and has been trying since last year to bring her aunt to Canada. Local "
        "Ukrainian groups held a moment of silence Sunday at a rally at the legislature that "
        "had been planned before the strike. Organizers said they would send the money raised "
        "to a Kharkiv hospital treating the wounded. The city, about 30 kilometres from the "
        "Russian border, has been under almost daily attack in recent weeks.",
        "E V",
        "glide bomb strike",
    ),
    (
        "Winnipeg woman says Russian soldiers took her father from his home in occupied Melitopol",
        "A Winnipeg woman says her 63-year-old father has been held by Russian forces in "
        "occupied southern Ukraine for three weeks, and the family has been told nothing "
        "about where he is or why he was taken. Iryna Melnyk, who came to Manitoba last year, "
        "said armed men in balaclavas came to her parents' house in Melitopol on the morning "
        "of Aug. 9, searched it, took her father's phone and laptop, and drove him away with "
        "a bag over his head. Her mother has gone every day since to the police station the "
        'occupying authorities now run, and has been turned away each time. "They told her, '
        "'Go home, grandmother, he is being checked,'\" Melnyk said. Her father, a retired "
        "school director, had refused to take a Russian passport and had sent money to a "
        "volunteer group before the occupation cut off the bank, she said. Ukrainian human "
        "rights groups say hundreds of civilians have been detained in the occupied parts of "
        "the Zaporizhzhia region, many held without charge in basements and detention "
        "centres, and that some have died in custody. Ukraine's human rights commissioner's "
        "office has registered the case, Melnyk said, and she has written to Global Affairs "
        "Canada and to her MP. A spokesperson for Global Affairs said the department was "
        "aware of reports of arbitrary detention of civilians by Russia in occupied "
        "territories and continues to raise the issue. Melnyk said she checks her phone every "
        'few minutes. "I keep thinking he will call and say it was a mistake," she said.',
        "V",
        "abduction",
    ),
    (
        "Sudanese in Britain describe last calls from El Fasher as RSF fighters overrun the city",
        "LONDON – Sudanese families in Britain say they have lost contact with dozens of "
        "relatives in El Fasher since the Rapid Support Forces stormed the city at the "
        "weekend, ending an 18-month siege of the army's last stronghold in Darfur. Hashim "
        "Adam, a pharmacist in Cardiff, said his brother called him on Sunday evening from a "
        'house near the main market as RSF fighters went door to door. "He said they were '
        'asking people their tribe. Then the line cut," Adam told Sudan Tribune. Adam later '
        "learned from a neighbour who reached Tawila that his brother and two nephews had "
        "been shot in the street. The Sudanese army confirmed it had withdrawn from its "
        'headquarters in the city, while the RSF said it had "liberated" El Fasher and would '
        "protect civilians. The World Health Organization said more than 460 patients and "
        "companions were reported killed at the Saudi Maternity Hospital, and videos posted "
        "by fighters appeared to show the execution of unarmed men. Tens of thousands of "
        "people have fled on foot toward Tawila, 60 kilometres to the west, where aid groups "
        "say new arrivals are exhausted and dehydrated and many of the children severely "
        "malnourished. In Birmingham, Sudanese community associations opened a hall where "
        'families can wait for news and share lists of names. "We are making lists of the '
        'living, not the dead, because the dead list is too long," said one volunteer.',
        "B V D H",
        "massacre",
    ),
    (
        "Calgary man says 10 relatives killed in RSF raid on his home village in Sudan's "
        "Gezira state",
        "A Calgary taxi driver says ten members of his family were among the people killed "
        "when Rapid Support Forces fighters attacked his home village in Sudan's Gezira state "
        "this week. Osman Elhaj said he learned of the attack on Wad al-Nourah from a cousin "
        "who hid in an irrigation canal as the fighters moved through the village on "
        'Wednesday. "They came in pickups with big guns and they shot at everybody, even the '
        'old men in the mosque," Elhaj told CBC Calgary, speaking by phone between shifts. '
        "Sudan's army-aligned government said more than 100 people were killed, and local "
        "activists published videos of a mass grave being dug in the village square. The RSF "
        "said it had attacked army and militia positions in the area and denied targeting "
        "civilians. The UN's resident co-ordinator for Sudan said she was shocked by reports "
        "of the killings and called for an investigation. Elhaj said his mother survived "
        "because she was visiting a neighbouring village, but his uncles, their wives and "
        "several children were buried in the square. Survivors have walked to Al Manaqil and "
        "other towns, and relatives have lost track of some of them. About 40 members of "
        "Calgary's Sudanese community gathered at a northeast mosque Friday evening to pray "
        "for the dead. Elhaj said he has sent most of his savings to cousins who are trying "
        "to reach Gedaref.",
        "V D",
        "village massacre",
    ),
    (
        "Sudanese families reach Cairo after days on the road from Khartoum's fighting",
        "CAIRO – Buses from the Argeen and Qustul border crossings have been arriving at "
        "Cairo's bus terminals day and night this week, carrying Sudanese families who fled "
        "the fighting in Khartoum. Many had waited three or four days at the border in the "
        "heat, and some arrived with nothing but the clothes they wore when they left. In Ard "
        "el-Lewa and Faisal, neighbourhoods long home to Sudanese in Cairo, residents have "
        "opened their flats to relatives and strangers alike, with twenty people sleeping in "
        "some three-room apartments. \"We left Omdurman when a shell fell on our neighbour's "
        'house and killed his son," said Amna Yousif, a teacher who arrived on Tuesday with '
        "her mother and four children. She said fighters of the Rapid Support Forces had "
        "taken over houses on her street and that army warplanes were bombing the area around "
        "them. Sudanese community committees in Cairo have set up a register of new arrivals "
        "and are collecting mattresses, baby milk and medicine. The UN refugee agency said "
        "more than 40,000 people had crossed into Egypt from Sudan since the fighting began "
        "on 15 April. Egyptian authorities have allowed Sudanese women, children and men over "
        "50 to enter without visas, while younger men need one. Community leaders said "
        "Sudanese schools in Cairo would take in displaced children free of charge until the "
        "end of the school year.",
        "D B E",
        "displacement",
    ),
    (
        "Brisbane's Sudanese community unable to reach family as drones strike Port Sudan",
        "Members of Brisbane's Sudanese community say they have been unable to reach "
        "relatives in Port Sudan for two days after a wave of drone attacks on the Red Sea "
        "city, which had been the safest place in the country for two years of war. Sudan's "
        "army-backed government said drones launched by the Rapid Support Forces hit the "
        "city's main fuel depot, the airport and a power station on Sunday and Monday, "
        "sending huge plumes of smoke over the port. The attacks forced the suspension of "
        "flights and cut electricity across much of the city. Abdelrahim Musa, who runs a "
        "Sudanese grocery in Moorooka, said his parents and two sisters moved to Port Sudan "
        'from Khartoum in 2023. "They said to me, finally we are safe here. Now my mother '
        'hears the explosions from her window," he told ABC Radio Brisbane. Mr Musa said his '
        "sister messaged on Monday morning to say the family was fine but that there was no "
        "power and the queues for petrol were kilometres long, and he had not heard from them "
        "since. The RSF has not commented on the attacks, which the government called an "
        "escalation targeting civilian infrastructure. Aid agencies said the strikes "
        "threatened the main entry point for humanitarian supplies into the country. About "
        "1,500 people of Sudanese background live in greater Brisbane, and community "
        "organisations said they would hold a prayer gathering this weekend.",
        "E H",
        "drone strike",
    ),
    (
        "Police fire tear gas at families of the disappeared marching in Kilinochchi",
        "Sri Lankan police fired tear gas and water cannon at Tamil families of the "
        "disappeared as they marched towards the Kilinochchi district secretariat on Tuesday, "
        "leaving at least nine people, most of them elderly mothers, in need of hospital "
        "treatment. The march marked 2,500 days of the continuous roadside protest by "
        "families demanding answers about relatives who surrendered to or were detained by "
        "the army during and after the armed conflict. Protesters said police blocked the A9 "
        "road and baton-charged the front of the march when the mothers tried to pass. "
        "Footage shared with the Tamil Guardian shows officers dragging a woman holding a "
        "photograph of her son across the road. Five people, including a Catholic priest and "
        "a former provincial councillor, were arrested and later released on bail. Police "
        "said the march had violated a court order obtained the previous evening and that "
        "officers had used minimum force. Tamil parliamentarians condemned the crackdown, and "
        "diaspora groups in London and Toronto announced protests outside Sri Lankan missions "
        'this weekend. "We have walked for our children for seven years. Today they answered '
        'us with tear gas," said one of the mothers, whose son was last seen at Vattuvakal in '
        "May 2009. The British Tamil Forum said it had written to the Foreign Office urging "
        "it to raise the incident at the UN Human Rights Council.",
        "U",
        "crackdown on protest",
    ),
]
