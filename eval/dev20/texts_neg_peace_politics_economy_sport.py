"""dev20 texts: negatives: peace processes; negatives: politics and its metaphors; negatives: business wars and economy metaphors; negatives: sport.

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: peace processes
    (
        "Analysis: what is left of Colombia's 'total peace'?",
        "When Gustavo Petro took office, he promised to negotiate with every armed group in the country at once. Three years later, the talks with the ELN have been suspended and resumed so many times that few Colombians follow them, and several dialogue tables with dissident factions exist only on paper. Supporters say the policy has at least opened channels that did not exist before. Critics argue that it gave the groups time to grow and that it will be the next government's problem. The ELN's negotiators now sit in Caracas waiting for a call that does not come. Whoever wins the next election will have to decide whether to start again or close the door.",
        "peace",
    ),
    (
        "From rifles to robusta: former MILF fighters try coffee in Lanao",
        "On the slopes above Lake Lanao, a group of former Moro Islamic Liberation Front combatants now tends coffee seedlings under a livelihood programme of the peace process. Their cooperative sold its first harvest to a roaster in Cagayan de Oro this year. 'We used to walk these hills with guns,' said one of them, a father of six. The members say they still wait for the houses promised in the normalisation package.",
        "peace",
    ),
    (
        "Naga talks: NSCN-IM and Centre meet again, flag issue still unresolved",
        "Leaders of the NSCN-IM and the Centre's interlocutor met in Dimapur on Monday for another round of talks on the Naga political issue, nearly a decade after the framework agreement was signed. Sources said the demand for a separate Naga flag and constitution remains the main obstacle.",
        "peace",
    ),
    (
        "Armenia and Turkey agree to open land border for third-country nationals",
        "Armenia and Turkey agreed on Tuesday to open their land border to citizens of third countries and diplomats, the first concrete step of normalisation talks that began two years ago. The border has been closed since 1993. The special envoys of the two countries, meeting in Vienna, also agreed to begin direct cargo flights. Business groups in Gyumri and Kars welcomed the news.",
        "peace",
    ),
    (
        "Two years after Pretoria, Tigray's former fighters wait for their future",
        "Under the peace agreement signed in Pretoria, more than 270,000 Tigrayan combatants are to be disarmed and helped back into civilian life, but the programme has moved slowly. In a demobilisation camp outside Mekelle, former fighters spend their days playing cards and waiting for the cash and training they were promised. Aid agencies say donors have so far provided only part of the money needed. Some young men say they are thinking of migrating. The regional interim administration says it has registered all of them and that the money will come.",
        "peace",
    ),
    (
        "Renamo's last base closes, ending Mozambique's disarmament programme",
        "Mozambique's government and Renamo formally closed the former rebel movement's last military base in Vunduzi, in the Gorongosa mountains, on Thursday, completing the disarmament of more than 5,000 former combatants. The President said the day marked the end of an era.",
        "peace",
    ),
    (
        "Kosovo and Serbia: dialogue stalls as EU mediator tries again",
        "The EU's special envoy met the chief negotiators of Kosovo and Serbia in Brussels on Wednesday in another attempt to revive the implementation of last year's Ohrid agreement. The sides remain divided over the association of Serb-majority municipalities.",
        "peace",
    ),
    (
        "Thai government and BRN resume peace dialogue in Kuala Lumpur",
        "Thai negotiators and the Barisan Revolusi Nasional resumed peace talks on the southern border provinces in Kuala Lumpur this week, with Malaysia as facilitator. Both sides agreed on a joint plan to reduce violence and to hold public consultations in the Deep South. Observers said the talks were the most promising in years, but noted that the previous plan was not implemented.",
        "peace",
    ),
    (
        "China-brokered ceasefire takes effect in northern Shan",
        "A ceasefire between Myanmar's military and the armed groups of the Three Brotherhood Alliance took effect in northern Shan State on Friday after talks in Kunming mediated by China, both sides said. The agreement includes the reopening of trade routes to the border. Residents of Laukkai said markets had begun to reopen. It is not the first ceasefire of its kind in the area.",
        "peace",
    ),
    (
        "Office on Missing Persons opens new offices in the north and east",
        "Sri Lanka's Office on Missing Persons opened regional offices in Kilinochchi and Batticaloa on Monday, promising to speed up investigations into the tens of thousands of people who disappeared during the civil war. Families of the disappeared, who have protested for years, said they welcomed the offices but had heard many promises before. The office has so far traced a small number of people. It was set up in 2017 as part of commitments Sri Lanka made at the UN Human Rights Council.",
        "peace",
    ),
    (
        "JEP hands first sentences to former FARC commanders for kidnappings",
        "Colombia's Special Jurisdiction for Peace sentenced seven members of the former FARC secretariat to eight years of restorative sanctions on Tuesday for the kidnapping of more than 20,000 people during the armed conflict. The former commanders will not go to prison but must carry out projects such as searching for the disappeared and clearing landmines. Some victims said the sentence was too light; others said they valued the truth the process produced.",
        "peace",
    ),
    (
        "Aceh, 20 years after Helsinki: former rebels in suits",
        "Twenty years after the Free Aceh Movement signed a peace agreement with Jakarta in Helsinki, its former commanders sit in the provincial parliament and run businesses, and the Acehnese have elected several governors from their ranks. The agreement, which ended almost three decades of conflict, is considered one of the most successful in Asia. But critics in Banda Aceh say ordinary former fighters were left behind, and promised land has not been distributed.",
        "peace",
    ),
    (
        "Tumaini talks: South Sudan's government and holdout groups resume in Nairobi",
        "Representatives of South Sudan's government and a coalition of opposition groups that did not sign the 2018 peace agreement resumed talks in Nairobi on Monday under the Tumaini initiative, mediated by Kenya. The delegates are discussing security arrangements and the sharing of power ahead of elections. Church leaders who attend as observers said both sides showed goodwill. The talks had stalled twice last year over which body would oversee the process.",
        "peace",
    ),
    # ---------------------------------------------------------------- negatives: politics and its metaphors
    (
        "The battle for Maharashtra: who holds the edge?",
        "With voting days away, Maharashtra's two alliances are locked in a close battle in which every seat may count. The Mahayuti is banking on its cash transfer scheme for women, while the opposition hopes that anger over split parties and farmers' distress will work in its favour. In Vidarbha, both sides have fielded rebels against each other's candidates. Analysts say the results in Mumbai's suburbs could decide who forms the government. Exit polls will be out on Wednesday evening, but both sides have already claimed victory.",
        "politics",
    ),
    (
        "Lagos governorship: the gloves are off",
        "The campaign for Lagos State governor has turned into an all-out war of words, with the ruling party accusing its main rival of planning to 'hand Lagos to outsiders' and the opposition calling the government a 'cabal'. Billboards have gone up along the Lekki expressway overnight. Political observers say the real fight is for the votes of young people who did not vote in the last election. The electoral commission has warned all parties against hate speech.",
        "politics",
    ),
    (
        "Ruto and Gachagua: anatomy of a political divorce",
        "Two years ago they campaigned together as the 'hustlers'; now the President and his deputy are at war. The impeachment motion tabled in the National Assembly accuses Rigathi Gachagua of gross misconduct and of undermining the government. His allies say he is being punished for defending Mount Kenya's interests. Whatever the outcome, analysts say it has redrawn the political map ahead of the next election. In the villages of Nyeri and Murang'a, many voters say they feel betrayed by both men.",
        "politics",
    ),
    (
        "VAT fight puts South Africa's unity government under strain",
        "The ANC and the Democratic Alliance are at loggerheads over the proposed increase in value-added tax, and the battle has moved from Parliament to the courts. The DA says it will not support a budget that hurts the poor, while the finance minister insists there is no alternative. Commentators say the unity government has survived worse, but this fight tests whether it can pass a budget at all.",
        "politics",
    ),
    (
        "Marcos and Duterte: the feud that swallowed Philippine politics",
        "The alliance that won the 2022 election in a landslide is now at open war, with the vice-president facing impeachment and the two families trading insults on television and social media. Senate hearings have become a stage for their battle. Analysts say the real fight is over who controls the 2028 presidential race. Both camps deny that the feud is about power.",
        "politics",
    ),
    (
        "Opinion: The NPP's war on corruption needs more than slogans",
        "The government came to power promising to wage war on corruption, and its supporters cheered each arrest of a former minister. But a war on corruption is not won with arrests alone. Sri Lanka needs an independent prosecutor, a faster court process and asset declarations that mean something. Otherwise this war will end like the previous ones, with a few scapegoats and no system change. The President has a strong mandate and, for once, a parliament that will pass what he asks. He should use it before the goodwill runs out.",
        "politics",
    ),
    (
        "BNP and Jamaat draw battle lines ahead of election",
        "Former allies the BNP and Jamaat-e-Islami are preparing to fight each other in dozens of constituencies in the upcoming parliamentary election, after seat-sharing talks broke down. Leaders of both parties have sharpened their attacks at rallies, with BNP accusing Jamaat of 'betraying 1971'. Analysts say the contest will be the first truly competitive election in Bangladesh in 15 years. The election commission has yet to announce the schedule.",
        "politics",
    ),
    (
        "Mexico's judicial reform wins Senate battle by a single vote",
        "Mexico's Senate approved the controversial judicial reform early on Wednesday after a marathon session, with the ruling party securing the two-thirds majority by a single opposition senator's vote. Judges and court employees, who had been on strike for weeks, had protested outside. The opposition says the reform, under which judges will be elected, will end the independence of the courts.",
        "politics",
    ),
    (
        "Milei's chainsaw: how Argentina's president attacked the budget",
        "Javier Milei campaigned with a chainsaw, and in his first year he used it: public works were frozen, ministries halved, transfers to the provinces cut. The monthly fiscal surplus has been celebrated by markets. But universities and pensioners say they have paid the price, and the opposition accuses him of an assault on the public sector. Polls suggest his popularity has so far held. The question for the coming year is whether the economy starts to grow before patience runs out.",
        "politics",
    ),
    (
        "Georgian Dream declares war on the 'global war party'",
        "Georgia's ruling party has stepped up its rhetoric against what it calls the 'global war party', a shadowy network it says is trying to drag the country into Russia's war against Ukraine. Speaking at a rally in Tbilisi, the party's founder Bidzina Ivanishvili promised to ban the main opposition parties after the election.",
        "politics",
    ),
    (
        "Prabowo's 'war on smuggling' targets nickel and rice",
        "President Prabowo Subianto has ordered a 'total war' on smuggling and illegal mining, setting up a task force that includes the military and police. In its first month, officials say, the task force seized tonnes of illegally exported nickel ore and smuggled rice.",
        "politics",
    ),
    (
        "Ghana: NPP and NDC battle for the Volta swing seats",
        "The two main parties have turned their guns on a handful of swing constituencies in the Volta and Central regions, where the last election was decided by a few thousand votes. Campaign buses have criss-crossed the region, and both candidates have promised new roads and jobs. In Ho, the regional capital, market women say they are waiting to see who will fix the price of food.",
        "politics",
    ),
    (
        "Vučić's war on the media, as told by a Belgrade editor",
        "The editor of one of the few independent newspapers in Serbia says the government's campaign against the press has entered a new phase: pro-government tabloids call journalists 'traitors' daily, tax inspectors visit newsrooms, and advertisers are told to stay away. The government denies any pressure. Press freedom groups have downgraded Serbia in their rankings again this year.",
        "politics",
    ),
    # ---------------------------------------------------------------- negatives: business wars and economy metaphors
    (
        "Jio, Airtel and the end of India's tariff war",
        "For years Indian telecom companies fought a bruising price war that left only three private players standing. Now all three have raised mobile tariffs by 10 to 25% within days of each other, and analysts say the era of the cheapest data in the world is over. Consumers on social media complained loudly. The government says it does not regulate tariffs. The state-run BSNL, which did not raise its prices, says it has gained subscribers.",
        "economy",
    ),
    (
        "Cement war: Dangote and BUA trade accusations over prices",
        "Nigeria's two biggest cement makers have stepped up their public war of words, with each accusing the other of keeping prices high while blaming the cost of gas and the naira. The government summoned both companies to Abuja and they agreed to cut prices, but builders in Lagos say the reduction has not reached the market.",
        "economy",
    ),
    (
        "M-Pesa under attack? Airtel Money bets on zero fees",
        "Airtel Kenya has scrapped charges on small mobile money transfers in an attempt to win customers from Safaricom's dominant M-Pesa, opening a new front in the mobile money war. Safaricom said it was not worried and pointed to its network of agents. Analysts say zero fees may not be enough to break habits formed over 15 years. Airtel says it signed up more than 100,000 new users in the first week.",
        "economy",
    ),
    (
        "Grab and GoTo end discount war, raise fares",
        "Indonesia's two biggest ride-hailing companies have quietly reduced discounts and raised fares, signalling an end to the costly battle for market share that kept prices low for years. Drivers welcomed the change, while some customers said they would return to motorbike taxis hailed on the street. Talks on a merger between the two have been reported several times.",
        "economy",
    ),
    (
        "Onion war: India's export ban sends Bangladesh prices soaring",
        "Onion prices in Dhaka's Karwan Bazar doubled within a week after India banned exports of the vegetable, the latest episode of what traders call the onion war between the neighbours. The commerce ministry said it would import from China, Turkey and Egypt. Housewives said they were buying onions by the piece, not by the kilo. India lifted a similar ban last year only after prices in its own markets had fallen.",
        "economy",
    ),
    (
        "Fare war in South African skies as new airlines take off",
        "A new low-cost carrier launched flights between Johannesburg and Cape Town this week with fares as low as R599, setting off a fare war with the established airlines. Travel agents say prices on the route have fallen by a third. Analysts warn that the market has seen many airlines start and collapse in recent years. Consumer groups say the low fares may not last beyond the holiday season.",
        "economy",
    ),
    (
        "VinFast cuts prices as China's BYD lands in Vietnam",
        "Vietnamese carmaker VinFast cut the prices of its electric cars by up to 15% this week, days after China's BYD opened its first showrooms in Hanoi and Ho Chi Minh City. Analysts say a price war in the small but fast-growing electric vehicle market is now inevitable.",
        "economy",
    ),
    (
        "Colombia and the US step back from tariff war after deportation row",
        "Colombia and the United States pulled back from a trade war on Sunday night after Bogotá agreed to accept military flights carrying deported migrants, the White House said. Hours earlier, Washington had announced 25% tariffs on Colombian goods, and President Petro had promised to respond in kind. Flower and coffee exporters said they had spent a sleepless weekend.",
        "economy",
    ),
    (
        "Banorte's hostile bid shakes Mexican banking",
        "Grupo Financiero Banorte launched a hostile takeover bid for a rival lender on Monday, offering shareholders a premium of 20% over Friday's closing price. The board of the target bank called the offer 'opportunistic' and urged shareholders to reject it.",
        "economy",
    ),
    (
        "Serbia-Kosovo trade war: 100% tariffs empty the shelves of Serbian goods",
        "Shops in Pristina have replaced Serbian milk, chocolate and flour with products from North Macedonia and Albania, six months after Kosovo imposed a 100% tariff on goods from Serbia. Serbian exporters say they have lost millions of euros. The EU and the United States have urged Kosovo to lift the tariffs, arguing that they harm the dialogue.",
        "economy",
    ),
    (
        "The brandy war: Armenia fights for the right to say 'cognac'",
        "Armenian producers, who have sold their brandy as 'konyak' in the former Soviet Union for more than a century, will have to stop using the word under an agreement with the EU. The transition period runs for 25 years for exports to Russia. Producers in Yerevan say they fear losing their brand, and have proposed 'Armenian brandy' as the new name.",
        "economy",
    ),
    # ---------------------------------------------------------------- negatives: sport
    (
        "Pakistan's pace attack blows away Bangladesh in Rawalpindi",
        "Pakistan's fast bowlers ripped through the Bangladesh top order on the third morning in Rawalpindi, with Naseem Shah taking three wickets in his first spell. The batsmen were under siege on a pitch with more grass than usual. Only a late counter-attack by the wicketkeeper lifted the visitors past 150. The crowd, small all week, cheered every wicket.",
        "sport",
    ),
    (
        "Pro Kabaddi: Patna's raiders too hot for Bengal",
        "Patna Pirates' raiders scored 24 points as they defeated Bengal Warriorz in a one-sided Pro Kabaddi League match in Pune on Saturday night. Their star raider completed his tenth Super 10 of the season with a four-point raid in the last minute. The Bengal defence, usually solid, fell apart after the first ten minutes. Patna move to third in the table.",
        "sport",
    ),
    (
        "Super Eagles' attack fires blanks as Nigeria held in Abidjan",
        "Nigeria's star-studded attack could not find a way past a stubborn defence as the Super Eagles were held to a goalless draw in their Africa Cup of Nations opener in Abidjan on Sunday. The coach defended his strikers, saying the chances would come.",
        "sport",
    ),
    (
        "Kipchoge's last battle? The great marathoner returns to Tokyo",
        "Eliud Kipchoge, now 40, returns to the Tokyo Marathon on Sunday, and everyone in Kenya's running world is asking whether this will be his last big race. He has said he wants to run in every continent before he retires. Younger rivals, including two who have broken 2:03 this year, have promised to attack from the start. In Kaptagat, where he has trained for two decades, his training partners say he is as disciplined as ever. 'He is still the first one out in the morning,' said one.",
        "sport",
    ),
    (
        "Persija-Persib match moved to Bali over fan rivalry",
        "The league has moved Sunday's match between Persija Jakarta and Persib Bandung to Bali and ordered it to be played without supporters of either club, citing the long and sometimes violent rivalry between their fans. Police said the decision would avoid the risk of clashes between the Jakmania and Bobotoh groups. Both clubs said they regretted playing without their fans. The rivalry is one of the oldest in Indonesian football, dating back to the 1930s.",
        "sport",
    ),
    (
        "Eternal derby: flares and fights as Partizan and Zvezda share points",
        "The 'eternal derby' between Partizan and Red Star Belgrade ended 1-1 on Saturday, but the match was stopped for 15 minutes in the second half because of flares thrown onto the pitch. Before the game, groups of rival fans fought in the streets around the stadium, and police said 26 people were detained. The Football Association of Serbia has opened disciplinary proceedings against both clubs. Red Star remain top of the table, eight points ahead of their city rivals.",
        "sport",
    ),
    (
        "Lelos' defence holds firm as Georgia beat Portugal",
        "Georgia's forwards dominated the scrum and the defence held firm under a late Portuguese attack as the Lelos won 25-13 in Tbilisi to stay top of the Rugby Europe Championship. The crowd of more than 50,000 sang through the final ten minutes.",
        "sport",
    ),
    (
        "Gukesh's kingside attack stuns the field in Wijk aan Zee",
        "India's world champion Gukesh Dommaraju launched a kingside attack with a bishop sacrifice against a top Dutch grandmaster in Wijk aan Zee on Tuesday and won in 31 moves. Commentators called it one of the best attacking games of the tournament.",
        "sport",
    ),
    (
        "Manila boxer wins 'war' in twelfth round",
        "Filipino boxer Jerwin Ancajas won the vacant world title on Saturday after a brutal twelve-round war in which both fighters were knocked down. The judges scored it unanimously for the Filipino. 'It was a real battle,' he told reporters, his right eye swollen shut. He dedicated the belt to his mother in Panabo.",
        "sport",
    ),
    (
        "Ethiopian women win battle for gold in 10,000 metres",
        "Ethiopia's runners won gold and silver in the women's 10,000 metres on Saturday after a tactical battle with their Kenyan rivals that was decided only on the last lap. The winner kicked with 200 metres to go and no one could follow. In Addis Ababa, people gathered in cafés to watch the race and celebrated in the streets. The bronze went to a Kenyan who had led for most of the race.",
        "sport",
    ),
    (
        "Tigers fight back to save Test against Sri Lanka",
        "Bangladesh batted for more than five sessions on a turning pitch in Chattogram to save the second Test against Sri Lanka, with the captain scoring an unbeaten century. The Tigers had been under pressure after following on. 'We fought like warriors,' he said after the match. The series ended 1-0 for Sri Lanka.",
        "sport",
    ),
    (
        "Clásico Tapatío: Chivas lay siege to Atlas goal but settle for draw",
        "Chivas spent most of the second half camped in the Atlas half but could not find a winner, and Guadalajara's derby ended 0-0 at the Estadio Akron on Saturday. The Atlas goalkeeper made eight saves. Chivas' coach said his team deserved more. The result leaves both teams outside the playoff places.",
        "sport",
    ),
    (
        "Indonesia's smash attack brings Thomas Cup semi-final win",
        "Indonesia's men beat Japan 3-1 to reach the Thomas Cup final on Saturday, with the young singles player winning the deciding match with a series of thunderous smashes. Supporters in Jakarta watched on giant screens. Indonesia, the most successful nation in the history of the tournament, will face China in the final.",
        "sport",
    ),
    (
        "IPL: the southern derby turns into a six-hitting battle",
        "Chennai Super Kings and Royal Challengers Bengaluru hit 33 sixes between them on Friday night as Bengaluru won a high-scoring southern derby by 27 runs at the Chinnaswamy Stadium. The crowd of nearly 35,000 stayed until the final ball. Chennai's bowlers, who had been the best in the league, were taken apart.",
        "sport",
    ),
]
