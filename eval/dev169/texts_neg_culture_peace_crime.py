"""dev169 negatives (3 of 4): films, plays, books and exhibitions about the wars at home, diaspora
reactions to peace deals and ceasefires, and crime in and against the communities
(eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Sudanese documentary about Khartoum's revolution opens Melbourne film festival strand",
        "A documentary following three young women through the months of protest that toppled "
        "Sudan's Omar al-Bashir in 2019 opened the Africa strand of a Melbourne film festival "
        "on Thursday, with members of the city's Sudanese community filling most of the "
        "seats. The film, shot on phones and small cameras by a collective of Khartoum "
        "filmmakers, moves from the first bread protests in Atbara to the sit-in outside the "
        "army headquarters, and ends before the sit-in was broken up in June 2019. Its "
        "director, who now lives in Nairobi, told the audience in a video message that "
        "several of the people who appear in the film had left Sudan since the war began in "
        '2023. "We made a film about hope. We kept the ending there on purpose," she said. '
        "Audience members sang revolutionary songs in the foyer after the screening, and a "
        "Q&A with a producer ran for almost an hour. Melbourne's Sudanese community, which "
        "numbers more than 10,000, has organised screenings in Dandenong and Footscray later "
        "this month. Proceeds will go to a community kitchen run by volunteers in Omdurman. "
        "The festival runs until the end of next week.",
        "entertainment",
    ),
    (
        "Ukrainian refugee actors bring play about life under occupation to the Edinburgh Fringe",
        "A company of Ukrainian actors who came to Scotland after the Russian invasion is "
        "performing a play about life under occupation at this year's Edinburgh Fringe, in a "
        "small venue off the Cowgate. The play, written by a Kherson-born playwright who now "
        "lives in Glasgow, follows a family in a town occupied by Russian forces for nine "
        "months, and the neighbours who inform on one another. Five of the six actors were "
        "professionals in Ukraine, and all now work other jobs in Scotland, in a hotel, a "
        'care home, a bakery and a call centre. "On the stage we can say things that we '
        'cannot say at dinner with Scottish friends," said the director, who came to '
        "Edinburgh in 2022 under the Homes for Ukraine scheme. The production is performed in "
        "Ukrainian with English surtitles, and several performances have sold out. Reviewers "
        "have praised its dark humour, including a scene in which a grandmother hides the "
        "family's Ukrainian flag in a jar of pickles. The company has been invited to perform "
        "in Dundee and Aberdeen in the autumn. Proceeds from the final week will go to a "
        "charity that rebuilds homes in the Kherson region.",
        "entertainment",
    ),
    (
        "Scarborough novelist's book on the final months of Sri Lanka's war wins Tamil "
        "literary prize",
        "A Scarborough writer whose novel follows a family through the last months of Sri "
        "Lanka's civil war has won a major prize for Tamil-language fiction, the first time "
        "the award has gone to an author living in Canada. The novel, written over eight "
        "years in the evenings after shifts at a warehouse, tells the story of a fisherman "
        "from Mullaitivu and his three daughters as they move from village to village, and "
        "then from bunker to bunker, in the first five months of 2009. The author, who left "
        "Sri Lanka in 1998 and has published two collections of short stories, said he drew "
        'on hundreds of hours of interviews with relatives and survivors in Toronto. "The '
        'people in the book are invented. What happened to them is not," he said at a reading '
        "at the Scarborough Civic Centre on Saturday. An English translation is due from a "
        "Canadian publisher next year. Tamil literary critics have praised the book's "
        "restraint and its use of the dialect of the Vanni region. Toronto is home to the "
        "largest Tamil community outside South Asia, with an active scene of Tamil "
        "publishing, theatre and radio. The prize, awarded by a foundation in Chennai, comes "
        "with a cash award and a trophy.",
        "entertainment",
    ),
    (
        "Photographs taken by Rohingya refugees go on show in east London gallery",
        "Photographs taken by young Rohingya refugees in the camps of Cox's Bazar went on "
        "show at a gallery in Whitechapel this week, in an exhibition that its organisers say "
        "shows camp life as residents see it, not as visitors do. The 60 images were taken by "
        "members of a photography collective who learned to use cameras and phones in "
        "workshops run inside the camps since 2019. Many show ordinary scenes: a wedding in a "
        "bamboo shelter, boys flying kites made from plastic bags, a grandmother drying fish "
        "on a tin roof. A smaller room shows portraits of families beside the belongings they "
        "carried when they fled Myanmar's Rakhine state in 2017. \"People always photograph us "
        'crying. We also laugh and marry and play football," one of the photographers said in '
        "a message read at the opening. The exhibition is supported by the local council and "
        "by a charity working with the Rohingya community in Bradford, one of the largest in "
        "Britain. Prints are on sale, and proceeds will be shared among the photographers. "
        "The show runs until the end of the month and entry is free.",
        "entertainment",
    ),
    (
        "Glendale Armenians divided over Washington peace declaration with Azerbaijan",
        "GLENDALE – Reaction in Glendale's Armenian community to the peace declaration signed "
        "by the leaders of Armenia and Azerbaijan at the White House on Friday ranged from "
        "cautious hope to anger, as residents gathered in cafés and churches to discuss the "
        "news. The agreement commits the two countries to ending a conflict that has lasted "
        "more than three decades, to recognising each other's borders and to opening a "
        "transit route across southern Armenia that will be developed with US involvement. "
        '"My children will not have to serve on a border where people shoot every night. That '
        'is something," said Aram Sargsyan, who owns a jewellery store on Brand Boulevard. '
        "Others said the deal rewarded Azerbaijan for the 2023 offensive that drove more than "
        "100,000 Armenians out of Nagorno-Karabakh and did nothing for Armenian prisoners "
        "still held in Baku. The Armenian National Committee of America criticised the "
        "agreement, saying it was negotiated without the consent of the Armenian people. "
        "Armenia's prime minister said the deal opened a new era of peace for the region, and "
        "Azerbaijan's president called it historic. Glendale city council members said they "
        "would host a public forum next week. Some community leaders urged the diaspora not "
        "to let the deal divide it further.",
        "peace",
    ),
    (
        "Dearborn greets Gaza ceasefire with relief, prayers and cautious hope",
        "DEARBORN – Car horns sounded along Warren Avenue on Friday afternoon as news spread "
        "that the ceasefire in Gaza had taken effect, and families gathered in cafés and "
        "hookah lounges to watch footage of people walking back towards Gaza City. For many "
        "in the Detroit area's large Palestinian and Arab American community, the relief was "
        'mixed with grief for relatives killed in two years of war. "I am happy for the '
        "children there. But my cousin's family will not go home, because they are all "
        'buried," said Rasha Ayyad, who runs a bakery in east Dearborn. Under the first phase '
        "of the agreement, Hamas is to release the remaining living Israeli hostages within "
        "72 hours, and Israel is to free close to 2,000 Palestinian prisoners and detainees. "
        "Aid agencies said they were preparing to scale up deliveries of food, fuel and "
        "medicine through several crossings. Imams at several mosques in Dearborn and "
        "Dearborn Heights led prayers of thanks at Friday prayers. Some residents said they "
        "would not trust the ceasefire until they saw Israeli troops withdraw, and several "
        "local leaders called for the next phases of the deal to be carried out in full. "
        "Dearborn's mayor said the city would hold a community gathering on Sunday.",
        "peace",
    ),
    (
        "Seattle's Tigrayan community cautiously welcomes Pretoria peace deal",
        "Tigrayans in the Seattle area, one of the largest Tigrayan communities in the United "
        "States, say they welcome the agreement to end the war in northern Ethiopia but will "
        "not believe it until they can speak to their families. The Ethiopian government and "
        "the Tigray People's Liberation Front signed a deal in Pretoria, South Africa, on "
        "Wednesday to permanently stop hostilities, after talks mediated by the African "
        "Union. Under the agreement, Tigrayan forces are to disarm within 30 days, and the "
        "federal government is to restore electricity, telecommunications, banking and "
        "humanitarian access to the region. \"I have not heard my mother's voice for almost "
        'two years. If the phone works, then I will believe in peace," said Haftom '
        "Gebremariam, an engineer in Bellevue. Community members gathered at a church in "
        "south Seattle on Thursday night, where priests led prayers and elders urged people "
        "not to celebrate too early. Some said they were worried that the deal did not "
        "mention Eritrean troops, whose role was left unclear. The US special envoy for the "
        "Horn of Africa called the agreement an important first step. Tigrayan groups in "
        "Seattle have raised hundreds of thousands of dollars for the region over the past "
        "two years. Organisers said they would hold a community meeting on how to send the "
        "money once banks reopen.",
        "peace",
    ),
    (
        "Kurds in Frankfurt watch PKK weapons-burning ceremony with hope and doubt",
        "FRANKFURT (Kurdistan24) – Members of the Kurdish community in Frankfurt gathered at "
        "a cultural association in the city's Gallus district on Friday to watch a live "
        "broadcast of a ceremony in the mountains near Sulaimani, where a first group of PKK "
        "fighters burned their weapons as part of the group's decision to disarm. About 30 "
        "fighters, men and women, placed their rifles in a large metal cauldron and set them "
        "alight in front of journalists and officials from the Kurdistan Region. The ceremony "
        "followed the PKK's announcement in May that it was dissolving itself and ending its "
        "armed struggle against Turkey, after a call from its jailed founder Abdullah Öcalan. "
        '"My uncle went to the mountains in 1992. Maybe now my mother will see him again," '
        "said a 27-year-old student who asked not to be named. Older members of the "
        "association were more cautious, saying they wanted to see steps from Ankara, "
        "including on Kurdish politicians in prison and the use of the Kurdish language. "
        "Turkey's ruling party welcomed the ceremony as an important step towards a "
        '"terror-free Turkey". Germany is home to the largest Kurdish diaspora in Europe, '
        "estimated at more than one million people. The association said it would hold a "
        "larger gathering at the weekend.",
        "peace",
    ),
    (
        "Brussels Congolese react with scepticism to Washington peace agreement with Rwanda",
        "BRUSSELS – In the Matonge quarter, news that the foreign ministers of Congo and "
        "Rwanda had signed a peace agreement in Washington on Friday was greeted more with "
        "questions than with celebration. The agreement commits Rwanda to withdrawing its "
        "troops from eastern Congo and Kinshasa to acting against the FDLR, a Rwandan Hutu "
        "armed group, within 90 days, and provides for a regional economic framework that "
        "includes the region's minerals. \"Every two years there is a signature. Will the M23 "
        'leave Goma? The agreement does not say," said Jean-Pierre Ilunga, a taxi driver who '
        "has lived in Brussels since 2001. Others said they hoped the deal would at least "
        "allow displaced relatives to return to their villages. Congolese associations in "
        "Belgium said any agreement must include justice for victims and must not trade "
        "Congo's cobalt and coltan for peace. The US president called the agreement a great "
        "day for Africa, and the Belgian foreign minister welcomed it as a step forward. The "
        "M23 rebels, who were not party to the agreement, are holding separate talks with "
        "Kinshasa in Qatar. Community leaders said they would organise a debate on the "
        "agreement at a cultural centre in Ixelles next week.",
        "peace",
    ),
    (
        "Ukrainian community in Charlotte mourns refugee stabbed to death on light rail",
        "CHARLOTTE – Ukrainian Americans in Charlotte held a memorial service on Sunday for a "
        "23-year-old Ukrainian woman who was stabbed to death on a city light rail train, "
        "three years after she fled the war with her mother and siblings. Police say a man "
        "sitting behind her attacked her without warning as she rode home from her job at a "
        "pizzeria, and that she died at the scene. A 34-year-old man with a long criminal "
        "record has been charged with first-degree murder, and federal prosecutors have also "
        "filed charges. Authorities said there was no indication the two knew each other, and "
        'his family told reporters he had been diagnosed with schizophrenia. "She ran from '
        'the bombs to be safe here, and she was killed on a train," said the priest who led '
        "the service at a Ukrainian Orthodox parish in the city. Friends described her as an "
        "art student who was learning English and hoped to become a veterinary assistant. The "
        "killing has become a national political issue, with officials arguing over bail "
        "policy and transit security. The family has asked that the case not be used for "
        "politics and that people remember her as an artist. The community has raised money "
        "for the funeral and for her family.",
        "crime",
    ),
    (
        "Man shot outside Minneapolis Somali mall in dispute over parking, police say",
        "A 27-year-old man was shot and wounded outside a Somali shopping mall on Lake Street "
        "in south Minneapolis on Sunday night after an argument in the parking lot, police "
        "said. Officers found the man with a gunshot wound to the abdomen shortly after 10 "
        "p.m., and he was taken to Hennepin Healthcare in serious condition. Witnesses told "
        "police that two groups of young men had argued over a parking space and that one of "
        "them pulled a handgun. A 19-year-old suspect was arrested early Monday at an "
        "apartment in the Phillips neighbourhood, and police said they had recovered a gun. "
        "Police said there was no indication that the shooting was related to the victim's "
        "religion or ethnicity. Business owners at the mall, which houses more than 200 small "
        "shops, said they were shaken, and that the evening rush before Eid meant the lot had "
        'been full. "We have families here, children buying clothes for Eid. This is not who '
        "we are,\" said the mall's manager. Community leaders called for more lighting and "
        "security cameras in the lot and for programs for young men. The Minneapolis Police "
        "Department said gun violence in the city was down from its peak in 2021, but that "
        "weekend shootings remained a concern.",
        "crime",
    ),
    (
        "Eritreans in the Netherlands follow trial of alleged smuggler accused of torturing "
        "migrants in Libya",
        "ZWOLLE – Members of the Eritrean community in the Netherlands filled the public "
        "gallery of the court in Zwolle on Monday for the opening of the trial of an Eritrean "
        "man accused of running a smuggling network that held migrants for ransom in "
        "warehouses in Libya. Prosecutors say the defendant, who was extradited from Ethiopia "
        "last year, extorted thousands of dollars from relatives of Eritrean migrants in "
        "Europe, including in the Netherlands, who were made to listen by phone as their "
        "family members were beaten. Witnesses described being kept for months without enough "
        "food, and women said they had been raped by guards. The defendant denies the charges "
        "and says he has been mistaken for someone else. The case is being tried in the "
        "Netherlands because some of the ransom money was paid by relatives living in the "
        'country and laundered through Dutch accounts, prosecutors said. "My brother called '
        'me and a man was holding the phone. He said, send $3,500 or you will hear him die," '
        "said a witness from Amsterdam. Eritrean activists said the trial was the first "
        "chance for many victims to be heard in court. The hearings are expected to last "
        "several weeks, with a verdict later this year.",
        "crime",
    ),
    (
        "Police raid homes of extended family in Essen in money laundering investigation",
        "Several hundred police officers searched homes, shops and a shisha bar in Essen and "
        "Gelsenkirchen on Wednesday morning in an investigation into money laundering and "
        "drug trafficking by members of an extended family of Lebanese-Kurdish origin, "
        "prosecutors said. Four men were arrested, and officers seized cash, luxury watches, "
        "two cars and around 12 kilograms of cocaine, according to the public prosecutor's "
        "office in Essen. The raids were part of North Rhine-Westphalia's long campaign "
        "against what officials call clan crime, a term that critics in the community say "
        "stigmatises thousands of people who have nothing to do with crime. Members of the "
        "Mhallami Kurdish community, many of whom came to Germany from Lebanon as refugees "
        "during its civil war in the 1980s, have complained of being treated as suspects "
        'because of their surnames. "My son is a nurse. But when he says his name at a police '
        'check, everything changes," said the head of a community association in Essen. The '
        "state interior minister said the raids showed that the state would not tolerate "
        "parallel structures. Lawyers for two of the arrested men said their clients would "
        "contest the charges. The investigation continues.",
        "crime",
    ),
]
