"""dev297 negatives: courts, crime, elections, referendums and politics."""

NEGATIVES = [
    (
        "Eight jailed over torture of woman accused of sorcery in Mount Hagen",
        "The National Court in Mount Hagen has sentenced eight men to between 15 and 20 years in "
        "prison for the torture of a woman accused of sorcery in Western Highlands in 2020. "
        "Justice Paul Kaumi said the men tied the woman up, burned her with heated iron rods and "
        "paraded her through the village after a young man died of an illness. She survived "
        "after police and a church worker took her to hospital. The judge said belief in sorcery "
        "could never justify such cruelty and that the court must send a message to communities "
        "across the Highlands. The woman, who now lives under a new name in another province, "
        "gave evidence by video. Rights groups welcomed the sentence but said most such cases "
        "never reach court.",
        "crime",
    ),
    (
        "Sorcery accusation murder trial hears from widow in Wabag",
        "A widow told the National Court in Wabag on Tuesday that she watched from a hiding place "
        "as a group of men attacked her mother-in-law, who had been accused of using sorcery to "
        "kill a relative. Twelve men from the same village have pleaded not guilty to wilful "
        "murder over the 2019 killing. The prosecution says the accused held a meeting after the "
        "funeral and decided the elderly woman was to blame. The defence argues that police "
        "identified the wrong men and that several were away at the time. Justice Ambeng Kandakasi "
        "heard evidence through an interpreter. Outside court, members of the Enga sorcery "
        "accusation violence network held a silent vigil. The trial continues."
        " The court also heard from a police detective who said the body was found in a river two days after the woman went missing. The defence will cross-examine the widow on Wednesday. The 12 accused have been in custody at Baisu jail for more than three years.",
        "crime",
    ),
    (
        "Raskol gang holds up Waigani bank van, escapes with K800,000",
        "A gang of armed men held up a security van outside a bank in Waigani on Monday morning "
        "and escaped with about K800,000 in cash, National Capital District police said. The "
        "robbers, travelling in two stolen vehicles, fired shots into the air before forcing the "
        "guards to the ground. Nobody was injured. Police later found one of the vehicles "
        "abandoned at Gerehu. Metropolitan superintendent Silas Katusele said his officers had "
        "leads on the gang, which he believed was behind two earlier robberies in the city. He "
        "urged businesses to vary the times of cash deliveries. The Port Moresby chamber of "
        "commerce said the attack showed the need for more police on the streets."
        " Witnesses said the robbery was over in less than two minutes. The security company said its guards had followed procedures and that the cash was insured.",
        "crime",
    ),
    (
        "Four tonnes of methamphetamine seized in Nadi in Fiji's biggest bust",
        "Fiji police have seized more than four tonnes of methamphetamine at a property near Nadi, "
        "in what they describe as the largest drug bust in the country's history. Officers found "
        "the drugs packed in bags inside a house and a shipping container after a tip-off, and "
        "arrested several people, including Fijian and foreign nationals. Acting police "
        "commissioner Juki Fong Chew said the drugs were probably destined for Australia and New "
        "Zealand. Fiji has become a transit point in the Pacific drug trade, with rising local use "
        "in Suva and the west. Home affairs minister Pio Tikoduadua said the government was at "
        "war with the traffickers. The suspects were due in the Lautoka magistrates court on "
        "Monday."
        " The Australian Federal Police helped with the investigation. Officers are still searching other properties in the west, police said.",
        "crime",
    ),
    (
        "Man convicted over Honiara market stabbing",
        "The High Court in Honiara has found a 27-year-old man guilty of murder over the stabbing "
        "of a betel nut seller at the central market last year. The court heard that the two men "
        "argued over a debt and that the accused returned with a knife minutes later. Several "
        "vendors gave evidence that they tried to stop him. Justice Howard Lawry rejected the "
        "defence argument that the man had acted under provocation after being insulted. The "
        "victim's family, from the Weathercoast of Guadalcanal, wept in the public gallery. "
        "Sentencing is set for next month. Market traders have since asked the city council for "
        "security guards and better lighting at the stalls."
        " Defence lawyers said they would consider an appeal. The man faces a mandatory life sentence for murder under Solomon Islands law, though the court can reduce it in exceptional cases. He has been held at Rove prison since his arrest.",
        "crime",
    ),
    (
        "Looters from January riots sentenced to community work",
        "More than 30 people convicted of looting during the January riots in Port Moresby have "
        "been sentenced to community work and ordered to repay stores, the district court said. "
        "Magistrates heard that many of the accused were unemployed young men and women who took "
        "rice, cooking oil and electrical goods. Several told the court they had been swept along "
        "by the crowds. Prosecutors said hundreds of cases remained to be heard and that CCTV "
        "footage from supermarkets was being used to identify suspects. A commission of inquiry "
        "into the riots is due to report later this year. Business owners said the sentences "
        "were too light to deter anyone."
        " One woman was jailed for six months after she was found with a refrigerator and two television sets taken from a store in Gordons. The court said those who organised the looting would face heavier penalties. Several cases are due to go before the National Court next month.",
        "crime",
    ),
    (
        "Logging company charged with illegal harvesting on Isabel",
        "Solomon Islands' forestry ministry has charged a Malaysian-owned logging company with "
        "harvesting timber outside its licence area on Santa Isabel island, the first such "
        "prosecution in several years. Forestry officers said satellite images showed roads cut "
        "into customary land that had not been approved for logging. Landowners from two "
        "villages had complained that their rivers were silted and their gardens damaged. The "
        "company denies wrongdoing and says it had an agreement with a group of trustees. Logs "
        "make up more than half of the country's exports, most of them shipped to China. "
        "Conservation groups said the fine was too small to matter."
        " The ministry said it had seized a barge loaded with logs at Buala pending the case. The company's lawyer said the charges would be contested. A hearing date has been set in the Honiara magistrates court. Landowners said they wanted their forest restored, not only a fine.",
        "crime",
    ),
    (
        "Bougainville votes 97.7 percent for independence",
        "Bougainvilleans have voted overwhelmingly for independence from Papua New Guinea, with "
        "97.7 percent of those who took part choosing independence over greater autonomy, the "
        "referendum commission announced in Buka. Chairman Bertie Ahern read out the results to "
        "cheering crowds. Turnout was above 87 percent. The vote was part of the peace agreement "
        "that ended the civil war in 2001, and it is not binding: the result must now be "
        "ratified by the national parliament after consultations. President John Momis called "
        "on Port Moresby to respect the will of the people. PNG's minister for Bougainville "
        "affairs said the government would need time to consider the outcome. Observers said the "
        "polling was peaceful and credible.",
        "politics",
    ),
    (
        "Kanak boycott leaves New Caledonia's third referendum contested",
        "New Caledonians rejected independence for the third time on Sunday, with 96.5 percent "
        "voting to remain part of France, but turnout collapsed to about 44 percent after "
        "pro-independence parties called a boycott. The Kanak and Socialist National Liberation "
        "Front had asked for the vote to be delayed because of a COVID-19 outbreak that hit Kanak "
        "communities hard and the customary mourning that followed. French President Emmanuel "
        "Macron said France was prouder for the choice to stay. Independence leaders said they "
        "did not recognise the result and would take the matter to the United Nations. Polling "
        "stations were quiet and no incidents were reported. Talks on the territory's future "
        "status are due to begin next year.",
        "politics",
    ),
    (
        "Marape survives no-confidence battle as defectors return",
        "Prime Minister James Marape survived a vote of no confidence in Papua New Guinea's "
        "parliament on Wednesday, winning 75 votes to 28 after a week of camp politics in Port "
        "Moresby hotels. The opposition had nominated the former treasurer as alternate prime "
        "minister, and several government MPs had crossed the floor before the vote. In the end "
        "many returned, some of them after being offered ministries. Mr Marape called it a "
        "victory for stability and said he would now turn to the budget. Opposition leader "
        "Joseph Lelang said the fight would continue. Under the constitution, no further motion "
        "can be moved for 18 months. Police kept a quiet watch outside parliament."
        " The prime minister's camp had spent the week at a hotel in Port Moresby, while the opposition gathered at another across town. Analysts said the outcome showed the power of ministerial posts and district funds to hold coalitions together. Parliament was then adjourned until the budget session.",
        "politics",
    ),
    (
        "Polls close across Solomon Islands in first joint national and provincial vote",
        "Voting ended on Wednesday in Solomon Islands' first combined national and provincial "
        "elections, with observers reporting long queues but a largely calm day. About 420,000 "
        "people were registered to vote. Ballot boxes were being carried by boat and helicopter "
        "to counting centres, and Australian, New Zealand and Papua New Guinean police were "
        "helping to move them. Prime Minister Manasseh Sogavare, seeking a fifth term, has made "
        "closer ties with China his campaign issue, while opposition leaders promised to review "
        "the security pact with Beijing. The electoral commission said first results were "
        "expected on Friday. Some polling stations in Malaita opened late because of bad "
        "weather."
        " Counting will take place at provincial headquarters, with ballots from remote islands expected to take several days to arrive. Candidates have been warned that any attempt to buy votes will be prosecuted.",
        "politics",
    ),
    (
        "Vanuatu snap election returns familiar faces",
        "Vanuatu's snap general election has returned most of the sitting MPs, leaving the next "
        "government to be decided by the usual round of coalition talks in Port Vila. The vote was "
        "called after a run of no-confidence motions that saw three prime ministers in a year. "
        "Polling stations in the capital were still repairing damage from the December earthquake, "
        "and some voters cast ballots in tents. Voters also elected under a new rule requiring "
        "independent MPs to join parties. Observers from the Pacific Islands Forum described the "
        "election as peaceful. Jotham Napat's Leaders Party emerged with the largest block. "
        "Turnout was lower than in 2022."
        " Counting in the outer islands took almost a week because of poor roads and shipping. Parliament is due to meet within three weeks to elect a new prime minister. Several candidates have already filed petitions challenging the results.",
        "politics",
    ),
    (
        "Rabuka takes aim at Fiji's media law in first speech as prime minister",
        "Sitiveni Rabuka, the former coup leader, has promised to repeal Fiji's media industry "
        "development act and restore freedom of expression after being sworn in as prime minister "
        "on Saturday. His coalition took power after a close vote in parliament that ended "
        "Frank Bainimarama's 16 years in power. Mr Rabuka said his government would launch an "
        "attack on corruption and review the constitution adopted in 2013. The military "
        "commander had earlier warned against attempts to change the constitution, but later "
        "said the army would stay out of politics. Journalists in Suva welcomed the pledge. Mr "
        "Rabuka led two coups in 1987, for which he has since apologised."
        " His deputy, Biman Prasad, said the new government would also review the finances left by the previous administration. Mr Bainimarama has refused to concede and said he would lead the opposition. Members of parliament will be sworn in on Tuesday.",
        "politics",
    ),
    (
        "National Court rules for Motu Koita landowners in Konedobu land case",
        "The National Court in Port Moresby has ruled that a block of land at Konedobu was "
        "wrongly transferred to a private developer in 2012 and must be returned to state "
        "lease under the customary landowners' claim. Justice David Cannings found that the "
        "lands department had issued the title without the consent of the Motu Koita clans "
        "who had a standing claim. The developer, who had begun clearing the site for apartments, "
        "said it would appeal. Lawyers for the landowners said the ruling would affect dozens of "
        "similar cases in the capital. The court ordered the lands department to pay costs. "
        "Clan elders gathered outside the Waigani court complex to hear the decision."
        " The lands minister said the department would review all leases issued in the area over the past decade. The ruling has been welcomed by the Motu Koita Assembly.",
        "other",
    ),
    (
        "Land court orders survey to settle boundary between Simbu clans",
        "A local land court in Kundiawa has ordered a new survey to settle a long-standing boundary "
        "dispute between two clans in Chimbu province, after both sides presented oral histories "
        "going back several generations. The magistrate said the mediators had been unable to reach "
        "agreement and that the survey would be paid for by both parties. The dispute concerns "
        "about 40 hectares of land used for coffee and sweet potato gardens. Elders from both "
        "clans have agreed to keep the peace while the case is heard, and the provincial "
        "administrator said the court process was working. Similar disputes have led to fighting "
        "in other parts of the Highlands. A decision is expected next year."
        " Both clans have appointed surveyors, and the provincial lands office has offered to provide maps. A village court official said more such cases should go to the land courts rather than being left to grow.",
        "other",
    ),
    (
        "Fiji tourism hits record as visitors top one million",
        "Fiji welcomed more than one million international visitors last year for the first time, "
        "the Bureau of Statistics said, as tourism recovered fully from the pandemic. Australians "
        "made up nearly half of all arrivals, followed by New Zealanders and Americans. Tourism "
        "minister Viliame Gavoka said earnings had passed F$2 billion and that the industry now "
        "employed more people than before COVID-19. Hoteliers in Denarau and the Coral Coast "
        "reported occupancy above 80 percent during the winter season. The government is "
        "promoting new routes from Asia and North America. Industry groups warned of staff "
        "shortages as workers leave for seasonal jobs in Australia."
        " Airlines have added flights from Auckland, Brisbane and Los Angeles. The Reserve Bank said tourism now accounts for about a third of the economy. New hotels are under construction in Nadi and on the Coral Coast.",
        "other",
    ),
]
