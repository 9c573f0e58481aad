"""dev227 negatives, part three: what the diplomatic desk borders without armed or political
violence: peaceful protests at embassies and summits, crimes involving diplomats, disasters and
accidents on tours, epidemics, films and memoirs, and sports diplomacy. See README.md."""

NEGATIVES = [
    (
        "Thousands rally outside Russian embassy in London on invasion anniversary",
        "LONDON - Several thousand people marched to the Russian embassy in Kensington on Saturday "
        "to mark the third anniversary of the full-scale invasion of Ukraine, waving blue and "
        "yellow flags and carrying portraits of soldiers held as prisoners of war. Organisers "
        "from the Ukrainian community in Britain read out the names of children they say were "
        "deported to Russia. The Metropolitan Police said the demonstration passed off "
        "peacefully and that no arrests were made. Speakers included members of parliament from "
        "the main parties and the Ukrainian ambassador, who thanked Britain for its support. "
        "Demonstrators laid sunflowers at the railings of the embassy, which was guarded by a "
        "line of police officers. Similar rallies took place in Edinburgh, Manchester and Cardiff. "
        "The Foreign Office announced a new round of sanctions on the same day, and the prime "
        "minister said Britain would stand with Ukraine for as long as it takes. The embassy did "
        "not comment.",
        "protest",
    ),
    (
        "Husband of jailed aid worker ends hunger strike outside Foreign Office",
        "LONDON - The husband of a British-Iranian charity worker held in Iran ended a 21-day "
        "hunger strike outside the Foreign Office on Saturday, saying his body could no longer "
        "cope. He had camped on the pavement on King Charles Street since the end of October, "
        "sleeping in a small tent and receiving visits from members of parliament, campaigners "
        "and a government minister. He said he had lost several kilograms and that doctors had "
        "advised him to stop. His wife has been prevented from leaving Iran since serving a "
        "five-year sentence on spying charges she denies. He accuses the British government of "
        "failing to settle a debt of about 400 million pounds owed to Iran for tanks ordered in "
        "the 1970s, which he believes is the reason for her detention. The Foreign Office said it "
        "continued to do everything it could to secure her release. Supporters brought flowers "
        "and a birthday cake for their daughter on the last day of the protest.",
        "protest",
    ),
    (
        "Climate activists form human chain around G7 summit hotel",
        "ELMAU, Germany - Several hundred climate activists formed a human chain on a road "
        "leading to the castle hotel hosting the Group of Seven summit on Monday, holding banners "
        "urging leaders to stop financing fossil fuels. Police allowed a small group to walk "
        "within sight of the venue, and the protest ended peacefully after about two hours, a "
        "police spokesman said. Four activists who glued themselves to a road in nearby "
        "Garmisch-Partenkirchen were detained briefly and released. Thousands of officers had "
        "been deployed in the Bavarian Alps for the three-day meeting. Organisers had hoped for a "
        "bigger turnout, but a march in Munich on Saturday drew about 4,000 people, fewer than "
        "expected. Inside the summit, leaders discussed energy prices, food security and a price "
        "cap on Russian oil. Activists from Oxfam wore giant papier-mache heads of the seven "
        "leaders for photographers in the village. Police said the week had been calm and thanked "
        "the organisers for their cooperation.",
        "protest",
    ),
    (
        "Farmers' tractors ring Brussels summit venue in protest at trade deal",
        "BRUSSELS - Hundreds of tractors blocked roads around the European Council building on "
        "Thursday as farmers from Belgium, France and the Netherlands protested against a trade "
        "agreement with the Mercosur bloc and the bloc's green rules. Farmers sounded horns and "
        "unfurled banners reading no farmers, no food as EU leaders arrived for a summit on the "
        "budget. Police said the demonstration was peaceful and that traffic had been diverted "
        "from the Schuman roundabout. Several farmers' unions were invited to meet the "
        "Commission's agriculture commissioner in the afternoon. The French president, on his "
        "way into the summit, repeated that France would not sign the Mercosur agreement in its "
        "current form. Leaders agreed to ask the Commission for proposals to reduce paperwork "
        "for farms. Most tractors left the city by early evening, after organisers said their "
        "message had been heard. Public transport in the European quarter ran with delays "
        "throughout the day.",
        "protest",
    ),
    (
        "Tibetan and Uyghur groups stage silent protest during Xi's Paris visit",
        "PARIS - Several hundred Tibetan and Uyghur activists held a silent protest on Place de la "
        "Republique on Monday as China's president began a state visit to France, the first to "
        "Europe in five years. Demonstrators held up Tibetan flags and photographs of relatives "
        "they said were held in detention camps in Xinjiang, and a Tibetan monk read a prayer. "
        "Police kept them away from the route of the presidential motorcade, and the protest "
        "ended without incident. Reporters Without Borders unfurled a banner near the Elysee "
        "Palace calling for the release of journalists jailed in China, and two of its staff "
        "were briefly questioned by police. The French president said he had raised human rights "
        "in his talks. The visit was dominated by trade, with talks on electric vehicles and "
        "cognac, and by calls for China to use its influence on Russia. The Chinese leader "
        "travelled on to Serbia and Hungary later in the week.",
        "protest",
    ),
    (
        "Burglars take jewellery and paintings from ambassador's residence in Rome",
        "ROME - Thieves broke into the residence of a Latin American ambassador in the Parioli "
        "district of Rome while the envoy and his family were at a reception, taking jewellery, "
        "two small paintings and a laptop, police said on Sunday. The burglars entered through a "
        "ground-floor window at the back of the villa after disabling an alarm, investigators "
        "said. Nobody was hurt. The carabinieri are examining footage from security cameras on "
        "the street and believe the gang may be linked to a series of thefts from wealthy homes "
        "in the area this year. A neighbour told reporters she had seen a scooter waiting outside "
        "the gate for most of the evening. The embassy said in a statement that no official documents had "
        "been taken and thanked the Italian authorities for their rapid response. Residents of "
        "Parioli, which is home to dozens of embassies, have complained of a rise in break-ins. "
        "The value of the stolen items was estimated at about 150,000 euros.",
        "crime",
    ),
    (
        "Afghan consul general resigns after arrest of diplomat with 25 kg of gold in Mumbai",
        "NEW DELHI - Afghanistan's consul general in Mumbai resigned on Saturday, a week after "
        "Indian customs officers detained her at the city's airport with 25 kilograms of gold "
        "bars worth about 1.8 million dollars hidden in her clothing and a jacket. The Directorate "
        "of Revenue Intelligence said she was not arrested because of her diplomatic immunity, "
        "but the gold was seized. The diplomat, who was arriving on a flight from Dubai with her "
        "son, said on social media that she had been the target of personal attacks and "
        "defamation and that she was leaving her post because of them. She was appointed by the "
        "government that fell in 2021 and had continued to serve after the Taliban took power, "
        "which India does not recognise. India's foreign ministry did not comment on the case. "
        "Officials said investigators were trying to establish who the gold was intended for. "
        "Gold smuggling into India rose after import duties were raised, and customs seized more "
        "than 3,500 kg at airports in the last financial year.",
        "crime",
    ),
    (
        "US diplomat's wife given suspended sentence over crash that killed Harry Dunn",
        "LONDON - The wife of a former US intelligence official who worked at a British air base "
        "was given an eight-month suspended sentence on Thursday for causing the death of a "
        "19-year-old motorcyclist by careless driving. She had been driving on the wrong side of "
        "the road outside RAF Croughton in Northamptonshire when her car hit Harry Dunn in August "
        "2019. She left Britain weeks later after the United States asserted diplomatic immunity "
        "on her behalf, setting off a diplomatic row that reached the White House. She appeared "
        "at the Old Bailey by video link from Washington, and the judge said she had been "
        "suspended from driving for 12 months. The teenager's family, who campaigned for three "
        "years for her to face justice, said they had kept a promise made to him. The Foreign "
        "Office said the case had led to changes in the immunity arrangements at the base. She "
        "did not speak during the hearing. Her lawyers said she had written to the family to "
        "express her sorrow.",
        "crime",
    ),
    (
        "Embassy driver killed in Nairobi carjacking; police rule out political motive",
        "NAIROBI - A driver working for a European embassy in Nairobi was shot dead on Tuesday "
        "night when armed men stopped his car near his home in the Kasarani area and took the "
        "vehicle, police said. The driver, a Kenyan father of three, was off duty and driving his "
        "own car, the embassy said in a statement offering condolences to his family. Police said "
        "the attack appeared to be a robbery by a gang that has been stealing cars in the "
        "northern suburbs of the city, and that there was no indication that he had been "
        "targeted because of his work. The vehicle was found abandoned in Ruiru the next "
        "morning. Two suspects were arrested on Thursday and a pistol was recovered, the "
        "Directorate of Criminal Investigations said. Colleagues described him as a calm and "
        "careful man who had driven ambassadors for 14 years. Residents said carjackings had "
        "become more common on the estate's poorly lit roads. The ambassador attended a memorial "
        "service for him at a church in Kasarani on Saturday.",
        "crime",
    ),
    (
        "Typhoon forces ASEAN ministers to move sessions indoors and cancel gala",
        "VIENTIANE - Foreign ministers of the Association of Southeast Asian Nations moved the "
        "final sessions of their annual meeting to an underground conference hall and cancelled "
        "a gala dinner on Friday as the remnants of a typhoon brought torrential rain to Laos. "
        "Floods cut roads in several provinces, and the Lao authorities said at least seven "
        "people had died in landslides in the north of the country, while thousands of families "
        "were evacuated from riverside villages. Some delegations from Japan and South Korea were "
        "delayed by flight cancellations, and two bilateral meetings were held by video. The "
        "ministers issued a joint communique on the South China Sea and Myanmar after late "
        "negotiations. Laos's foreign minister thanked the delegations for their patience and "
        "announced that the bloc's disaster relief centre would send supplies to the flooded "
        "provinces. The meeting closed a day early. Several ministers donated to the Lao Red "
        "Cross before leaving. The next meeting is due to be held in Kuala Lumpur in July.",
        "disaster",
    ),
    (
        "Greek foreign minister visits Turkish quake zone in show of solidarity",
        "ANTAKYA, Turkey - Greece's foreign minister toured the earthquake-devastated city of "
        "Antakya with his Turkish counterpart on Sunday, the first visit by a Greek minister to "
        "the disaster zone and a gesture that officials on both sides called a turning point "
        "in relations. The two men walked through streets of collapsed buildings where Greek "
        "rescue teams had pulled survivors from the rubble in the first days after the quake. "
        "More than 44,000 people were killed in Turkey and thousands more in Syria, and about two "
        "million people were living in tents and containers, Turkish officials said. Greece has "
        "sent rescuers, tents, blankets and medical supplies. The Turkish minister said that "
        "Turkey would not forget the solidarity of the Greek people. Observers said the "
        "so-called earthquake diplomacy could help ease disputes over the Aegean. The Greek "
        "minister announced that Greece would back a donors' conference for Turkey and Syria in "
        "Brussels.",
        "disaster",
    ),
    (
        "Hurricane Beryl forces Caribbean leaders to postpone summit in Grenada",
        "ST GEORGE'S - Caribbean Community leaders postponed a meeting with the US secretary of "
        "state planned for next week, after Hurricane Beryl tore through the Grenadines and the "
        "Grenadian island of Carriacou, where the prime minister said nearly every building had "
        "been damaged or flattened. At least seven people were killed in Grenada, St Vincent "
        "and the Grenadines and Venezuela, officials said. The Category 4 storm cut power and "
        "communications to several islands, and hundreds of people were staying in emergency "
        "shelters. CARICOM's chairman said the region's priority was to reach isolated "
        "communities with water and food. Several foreign ministers flew into Barbados to "
        "coordinate relief, and the United Nations released emergency funds. The storm was the "
        "earliest Category 5 hurricane on record in the Atlantic. The summit agenda, including "
        "climate finance and security, will be taken up in the autumn.",
        "disaster",
    ),
    (
        "UN chief tours Pakistan's floods and calls on rich nations to pay",
        "KARACHI - The UN secretary-general visited flood-hit areas of Sindh and Balochistan on "
        "Saturday and said he had never seen climate carnage on such a scale, urging wealthy "
        "countries to help Pakistan recover. He flew over submerged villages and met families "
        "sheltering in a relief camp near Sukkur. The floods, caused by record monsoon rains and "
        "melting glaciers, have killed more than 1,390 people since June and destroyed or "
        "damaged over a million homes, the national disaster management authority said. About "
        "33 million people have been affected. Pakistan's foreign minister, who accompanied him, "
        "said the country contributed less than 1% of global emissions but was paying the "
        "price. The UN launched an appeal for 160 million dollars this month. The secretary-general "
        "said he would raise the floods at the General Assembly later in the month, and would "
        "press lenders to offer debt relief. He ended his visit at the archaeological site of "
        "Mohenjo-daro, where water had damaged several of the ancient walls.",
        "disaster",
    ),
    (
        "Baerbock's plane breaks down twice, forcing her to abandon Pacific tour",
        "ABU DHABI - Germany's foreign minister abandoned a planned trip to Australia, New Zealand "
        "and Fiji on Tuesday after her government plane suffered a repeated fault with its wing "
        "flaps and had to return to Abu Dhabi, where it had stopped to refuel. The Airbus A340 "
        "took off twice and had to turn back both times, dumping fuel over the Gulf before "
        "landing, the foreign ministry said. Nobody on board was hurt. The minister's delegation "
        "spent the night at a hotel before the trip was called off. It was the latest in a "
        "series of breakdowns to embarrass the German government's ageing fleet of official "
        "aircraft, which the air force is replacing. The minister said on social media that she "
        "regretted not being able to travel and would make up the visit soon. Australian "
        "officials said they looked forward to welcoming her. The opposition in Berlin called "
        "the fleet a national embarrassment. The minister flew home on a scheduled airline the "
        "following evening.",
        "accident",
    ),
    (
        "Iran's president and foreign minister killed in helicopter crash in fog",
        "TEHRAN - Iran's president, its foreign minister and seven other people were killed when "
        "their helicopter crashed in fog in the mountains of East Azerbaijan province on Sunday, "
        "state media said on Monday, after an overnight search in heavy rain. Rescue teams found "
        "the wreckage of the ageing Bell 212 on a steep slope near the border with Azerbaijan. "
        "The president had been returning from the inauguration of a dam with Azerbaijan's "
        "president, and two other helicopters in his convoy landed safely. The armed forces "
        "chief of staff ordered an investigation, and officials later said there was no sign of "
        "sabotage. The supreme leader declared five days of mourning and named the first "
        "vice-president as interim head of state. The deputy foreign minister, who was the chief "
        "nuclear negotiator, was appointed acting foreign minister. Leaders from Russia, China "
        "and several Arab states sent condolences. An election must be held within 50 days.",
        "accident",
    ),
    (
        "Police outrider killed in motorcade crash during state visit to Slovakia",
        "BRATISLAVA - A police motorcycle outrider escorting a visiting head of state was killed "
        "on Wednesday when his motorcycle collided with a delivery van at a junction on the way "
        "from the airport, Slovak police said. The 41-year-old officer died at the scene, and the "
        "driver of the van was taken to hospital with light injuries. The motorcade, which was "
        "carrying a delegation on a two-day state visit, stopped briefly before continuing to "
        "the presidential palace. Police said the junction had been closed to traffic but that "
        "the van had passed a barrier, and an investigation was opened into the driver. The "
        "visiting president expressed condolences to the officer's family at the start of his "
        "talks, and a minute of silence was held. The interior minister said the officer had "
        "served in the motorcycle unit for 15 years. Flags on police stations flew at half-mast "
        "on Thursday, and the state visit continued with a lunch hosted by the speaker of "
        "parliament.",
        "accident",
    ),
    (
        "G20 summit goes virtual as coronavirus cases rise worldwide",
        "RIYADH - Saudi Arabia opened the first virtual summit of the Group of 20 on Saturday, "
        "with leaders appearing on a screen in tiles rather than meeting in the Saudi capital "
        "because of the coronavirus pandemic. King Salman told the session that the world must "
        "ensure affordable and fair access to vaccines, tests and treatments for all. Leaders "
        "agreed to extend a freeze on debt payments by the poorest countries until mid-2021 and "
        "endorsed a common framework for debt restructuring. The summit was held as many "
        "countries reimposed lockdowns and hospitals in Europe and the United States filled with "
        "patients. Some leaders' microphones were left on by mistake, and the French president "
        "was seen speaking with an aide. Diplomats said the format made the usual bargaining on "
        "the sidelines impossible. The WHO's chief said the vaccine alliance still lacked billions "
        "of dollars. The next summit, in Italy, is planned to be held in person.",
        "health",
    ),
    (
        "India ships millions of vaccine doses to neighbours in Vaccine Maitri drive",
        "NEW DELHI - India has sent more than 20 million doses of coronavirus vaccine to 17 "
        "countries as gifts or commercial sales, the foreign ministry said on Friday, in a "
        "diplomatic effort that officials have named Vaccine Maitri, or vaccine friendship. "
        "Bangladesh, Nepal, Sri Lanka and the Maldives were among the first to receive shipments, "
        "and a consignment arrived in Kabul on Sunday. The foreign minister said India was "
        "helping the world as the pharmacy of the world. Analysts said the shipments were partly "
        "aimed at countering China's vaccine diplomacy in South Asia and Africa. The doses, made "
        "by the Serum Institute of India, also supply the COVAX facility for poorer countries. "
        "Opposition politicians questioned why vaccines were being exported while Indians were "
        "still waiting. Health ministry officials said domestic supply would not be affected. "
        "Several leaders in the region thanked India's prime minister on social media.",
        "health",
    ),
    (
        "Venice film about Dayton negotiators is a tense drama set in a hotel corridor",
        "VENICE - A Bosnian-French film about the three weeks of talks at a US air base in Dayton, "
        "Ohio, that ended the war in Bosnia premiered at the Venice film festival on Friday to a "
        "long standing ovation. The film follows a young interpreter caught between the "
        "delegations as American negotiators force the leaders of Bosnia, Croatia and Serbia to "
        "draw a map of the country. Its director said she wanted to show how a peace can be both "
        "a triumph and a betrayal. Most of the action is set in hotel rooms and corridors, and the "
        "war is present only in telephone calls and television news. Critics praised the "
        "performance of the Serbian actor who plays Slobodan Milosevic as a charming and "
        "dangerous host of late-night drinking sessions. The film is competing for the Golden "
        "Lion and will be released in Bosnia in the spring. A screening for former diplomats is "
        "planned in Sarajevo, where several of the real negotiators are expected to attend along "
        "with the families of the Bosnian delegation.",
        "entertainment",
    ),
    (
        "Former UN envoy's memoir lays bare the frustrations of Syria's peace talks",
        "A former UN special envoy for Syria has published a memoir of his four years trying to "
        "negotiate an end to the war, describing rounds of talks in Geneva where the delegations "
        "refused to sit in the same room. The book, written with a journalist, recounts late-night "
        "calls with foreign ministers, fights over the seating plan and a failed attempt to "
        "agree on a constitutional committee. The author writes that the big powers used the "
        "talks to buy time rather than to find a settlement. He describes his despair at "
        "reading casualty reports on the train between Geneva and his home in Italy. Reviewers "
        "said the book was candid about his own mistakes, including an offer to escort fighters "
        "out of Aleppo that was widely misunderstood. The publisher said the book would be "
        "translated into Arabic. The author will discuss it at the Geneva Graduate Institute "
        "next month, in a debate with two of the diplomats who sat across the table from him.",
        "entertainment",
    ),
    (
        "Koreas play goalless World Cup qualifier in empty Pyongyang stadium",
        "SEOUL - North and South Korea drew 0-0 in a World Cup qualifier in Pyongyang on Tuesday, "
        "in a match played without spectators, live television or foreign journalists, South "
        "Korea's football association said. South Korean players described an extremely rough "
        "game in which North Korean defenders attacked every ball and tempers flared, with two "
        "yellow cards for each side. Officials at the South Korean embassy in Beijing followed "
        "updates by text message, as there was no broadcast. Seoul's unification ministry had "
        "hoped the match would help revive stalled diplomacy between the two Koreas. The "
        "president of FIFA, who attended the match, said he was disappointed to see an empty "
        "stadium for such a historic game. South Korea's captain said the team was glad to come "
        "back without injuries. The return fixture is scheduled in Seoul next year. Pyongyang's "
        "state media reported the result in a single line the following morning.",
        "sport",
    ),
]
