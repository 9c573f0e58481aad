"""dev109 hard negatives: peace, history, the military and entertainment."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Armenia and Azerbaijan agree text of peace treaty, but signing date not set",
        "YEREVAN/BAKU, March 13 (Reuters) - Armenia and Azerbaijan have agreed on the text of "
        "a peace treaty to end nearly four decades of conflict between the South Caucasus "
        "neighbours, the foreign ministries of both countries said on Thursday, though Baku "
        "said the deal could not be signed until Armenia changed its constitution. Armenia's "
        "foreign ministry said negotiations on the draft were complete and that it was ready "
        "to begin consultations on the date and place of signing. Azerbaijan's foreign "
        "minister, Jeyhun Bayramov, said Baku welcomed the completion of talks but repeated "
        "that Armenia must remove from its constitution what Azerbaijan sees as a claim on "
        "its territory. Armenian Prime Minister Nikol Pashinyan has said a new constitution "
        "will be put to a referendum, but no date has been set. The two countries fought wars "
        "in the early 1990s and in 2020 over Nagorno-Karabakh, a region internationally "
        "recognised as part of Azerbaijan, whose ethnic Armenian population fled to Armenia "
        "after Baku retook it in a lightning offensive in 2023. The European Union, Russia, "
        "Turkey and the United States all welcomed the announcement. Analysts said that "
        "opening trade and transport links, including a route across southern Armenia, "
        "remained the hardest issue. (Reporting by Ani Petrosyan in Yerevan and Leyla "
        "Mammadova in Baku; Writing by Maxim Rudnev; Editing by Martin Hollis)",
        "peace",
    ),
    (
        "Russia and Ukraine carry out largest prisoner exchange of the war after Istanbul talks",
        "ISTANBUL Anadolu Ajansı | 23.05.2025 - 17:44 | Updated: 23.05.2025 - 18:12 Russia "
        "and Ukraine exchanged 390 prisoners each on Friday, the first stage of a "
        "1,000-for-1,000 swap agreed at direct talks in Istanbul last week, officials on both "
        "sides said. The exchange took place on the Belarusian border with Ukraine and "
        "included 270 servicemen and 120 civilians from each side, Russia's Defense Ministry "
        "said. Ukrainian President Volodymyr Zelensky wrote on social media that more of "
        "those held by Russia would return home over the weekend and thanked Türkiye and the "
        "United Arab Emirates for their help. Türkiye's Foreign Minister Hakan Fidan said "
        "the exchange showed that the Istanbul process “could produce concrete results” "
        "and that a second round of talks was being prepared. The delegations, led by Russian "
        "presidential aide Vladimir Medinsky and Ukrainian Defense Minister Rustem Umerov, "
        "met for less than two hours on May 16 at the Dolmabahce Palace in what were the "
        "first direct negotiations between the two sides since 2022. They failed to agree on "
        "a ceasefire. Photo: Ukrainian prisoners of war after an earlier exchange, in "
        "Chernihiv region, February 2025. (File photo: Ukrainian Presidential Office) "
        "Related: Russian drones hit apartment buildings in Odesa overnight Kyiv has said it "
        "is ready for an unconditional 30-day ceasefire, while Moscow has said the root "
        "causes of the conflict must be addressed first.",
        "peace",
    ),
    (
        "MILF starts decommissioning 1,060 combatants, weapons in Sultan Kudarat",
        "MANILA, Philippines — The Moro Islamic Liberation Front (MILF) on Saturday began "
        "decommissioning 1,060 of its combatants and 920 of their firearms in Sultan Kudarat, "
        "Maguindanao, in a ceremony attended by President Rodrigo Duterte, marking the start "
        "of the second phase of the normalization process under the 2014 peace deal. The "
        "combatants, who will each receive a cash package and livelihood assistance, handed "
        "in rifles, machine guns and mortars to the Independent Decommissioning Body, a team "
        "of Turkish, Norwegian, Brunei and Filipino experts. The MILF's chief negotiator, "
        "Mohagher Iqbal, said the guerrilla front intended to decommission all of its "
        "estimated 40,000 fighters by 2022 as the Bangsamoro Autonomous Region in Muslim "
        'Mindanao took shape. Duterte urged the former combatants to become "partners in '
        'peace" and warned other armed groups that the government would not hesitate to use '
        "force against those who refused to lay down their arms. Murad Ebrahim, the chief "
        'minister of the new Bangsamoro region and the MILF chairman, called it "a painful '
        'but necessary step". The weapons were put into storage to be destroyed later under '
        "the supervision of the decommissioning body. READ: BARMM gov't crafts first budget, "
        "eyes P65 billion for 2020 – Rappler Sign up for Rappler's newsletter",
        "peace",
    ),
    (
        "Warsaw falls silent for ‘W-hour’ as city marks 80 years since Uprising",
        "Alicja Nowak August 1, 2024 Sirens wailed, traffic stopped and pedestrians stood "
        "still across Warsaw at 5 p.m. on Thursday as the city marked the 80th anniversary of "
        "the Warsaw Uprising, the doomed insurrection against the German occupiers in 1944. "
        "Thousands of people gathered at the Gloria Victis monument at Powązki cemetery and "
        "at the Rondo Dmowskiego roundabout, many carrying red flares and flags bearing the "
        "anchor symbol of the Polish underground. Fewer than 50 veterans of the Uprising are "
        "still alive, and several of them, in wheelchairs and in their late nineties, laid "
        "wreaths with President Andrzej Duda and Prime Minister Donald Tusk. German President "
        "Frank-Walter Steinmeier, who attended the commemorations on Wednesday, asked for "
        "forgiveness for “the crimes committed by Germans” during the 63 days of "
        "fighting, in which around 200,000 civilians were killed and the city was "
        "systematically destroyed. Related: Poland’s economy grows faster than expected in "
        "second quarter The Warsaw Rising Museum said a record 23,000 people had visited its "
        "exhibitions over the past week. Support Notes from Poland The Uprising’s "
        "anniversary has become one of the most important dates in the Polish calendar, and "
        "is marked each year with concerts, re-enactments and a mass sing-along in Piłsudski "
        "Square.",
        "history",
    ),
    (
        "10 years of 26/11: Mumbai remembers victims of terror attacks",
        "TNN / Updated: Nov 27, 2018, 04:10 IST MUMBAI: Mumbai on Monday paid tributes to the "
        "166 people killed in the November 2008 terror attacks, with survivors, families of "
        "victims and police officers gathering at memorials across the city to mark ten years "
        "since the 60-hour siege. Chief Minister Devendra Fadnavis and Governor C Vidyasagar "
        "Rao laid wreaths at the police memorial at Marine Drive, where the names of the 18 "
        "policemen who died fighting the ten Lashkar-e-Taiba gunmen are inscribed. At the Taj "
        "Mahal Palace hotel, staff and guests observed a minute's silence in the lobby, where "
        "a memorial wall lists the names of the 31 people killed inside. At CST station, "
        "where the gunmen killed 52 people, railway staff held a candle march in the evening. "
        '"I still hear the sound of the firing when I close my eyes," said a railway '
        "announcer who was on duty that night. Read Also Mumbai: Survivors of 26/11 say "
        "compensation still pending Sensex rises 370 points on positive global cues The "
        "United States announced a reward of $5 million for information leading to the "
        "conviction of those involved in planning the attacks.",
        "history",
    ),
    (
        "Unexploded WWII bomb forces evacuation of 7,000 in Cologne",
        "06/12/2024 June 12, 2024 Construction workers found a 1,000-kilogram American aerial "
        "bomb from the Second World War in the Deutz district on Wednesday morning. "
        "Authorities evacuated thousands of residents, two hotels and a hospital ward before "
        "experts defused it. Authorities in the western German city of Cologne evacuated "
        "around 7,000 people on Wednesday after construction workers found an unexploded bomb "
        "from World War II, the city said. The one-tonne American bomb was discovered at a "
        "building site near the Rhine in the city's Deutz district and had a functioning "
        "impact fuse, according to a spokesperson for the city's public order office. "
        "Residents of around 4,500 households within a radius of 1,000 meters, as well as "
        "guests of two hotels and patients in a hospital ward, were told to leave their homes "
        "while experts worked to make the bomb safe. Trains to Cologne's main station were "
        "diverted for several hours, and the Deutz suspension bridge was closed to traffic. "
        "The bomb was defused shortly after 6 p.m. and residents were allowed to return. "
        "Every year, several thousand tons of World War II munitions are found in Germany, "
        "where Allied aircraft dropped around 1.4 million tons of bombs between 1940 and "
        "1945. Skip next section Related topics Related topics Germany News from Germany "
        "Edited by: Sean Gallagher",
        "history",
    ),
    (
        "N. Korea fires ballistic missile into East Sea as S. Korea, US begin Freedom Shield "
        "drills",
        "SEOUL, March 13 (Yonhap) -- North Korea fired a short-range ballistic missile into "
        "the East Sea on Monday, the South's military said, hours before South Korea and the "
        "United States began their largest combined exercise in five years. The Joint Chiefs "
        "of Staff said the missile was launched from the Jangyon area in South Hwanghae "
        "Province at around 11:05 a.m. and flew about 620 kilometers before landing in waters "
        "off the east coast. Separately, the North said Sunday it had fired two strategic "
        "cruise missiles from a submarine in the waters off its east coast, in what it called "
        'a demonstration of its "nuclear deterrence". The allies\' Freedom Shield exercise '
        "will run for 11 days and includes large-scale field training, an amphibious landing "
        "drill and the first deployment of a U.S. nuclear-capable B-52 bomber of the year. "
        'The North\'s foreign ministry has warned that the drills were a "rehearsal for war" '
        'and that it would respond with "the most overwhelming" measures. Tokyo said the '
        "missile fell outside Japan's exclusive economic zone and caused no damage to ships "
        "or aircraft. (END) Copyright (c) Yonhap News Agency prohibited the redistribution, "
        "reproduction and republication of this content",
        "military",
    ),
    (
        "Poland signs deal to buy 180 K2 tanks and 212 howitzers from South Korea",
        "WARSAW, July 27 (Reuters) - Poland signed framework agreements on Wednesday to buy "
        "180 K2 tanks, 212 K9 self-propelled howitzers and 48 FA-50 light combat aircraft "
        "from South Korea, as it rapidly builds up its armed forces following Russia's "
        "invasion of Ukraine. The first 10 tanks and 24 howitzers are to be delivered this "
        "year, Defence Minister Mariusz Blaszczak told reporters, adding that later batches "
        "would be produced in Poland under licence. Warsaw plans to eventually buy around "
        "1,000 K2 tanks, more than 600 howitzers and the aircraft, making it one of the "
        "largest arms deals in South Korea's history. The value of the framework deals was "
        "not disclosed, and executive contracts with prices will be signed later. Poland has "
        "given Ukraine more than 240 Soviet-era tanks since February and is replacing them "
        "with U.S. Abrams and South Korean equipment. The government plans to raise defence "
        "spending to 3% of gross domestic product next year and to double the size of the "
        "army to 300,000 troops. Shares of Hyundai Rotem, which makes the K2, rose 4% in "
        "Seoul. (Reporting by Piotr Nowicki in Warsaw and Kim Min-ji in Seoul; Editing by "
        "Ruth Calloway)",
        "military",
    ),
    (
        "Navy commissions stealth destroyer INS Imphal, first warship named after northeast city",
        "NEW DELHI: The Indian Navy on Tuesday commissioned INS Imphal, the third of its four "
        "Visakhapatnam-class stealth guided missile destroyers, at a ceremony at the Naval "
        "Dockyard in Mumbai attended by defence minister Rajnath Singh. The 7,400-tonne "
        "destroyer, built by Mazagon Dock Shipbuilders, is armed with BrahMos supersonic "
        "cruise missiles, Barak-8 surface-to-air missiles and anti-submarine rockets, and can "
        "carry two helicopters. It is the first capital warship of the navy to be named after "
        "a city in the northeast, officials said. Singh said the warship reflected the "
        "country's growing self-reliance in defence manufacturing and would strengthen "
        "India's presence in the Indian Ocean region. \"Our navy is now a first responder for "
        'friendly nations in the region," he said. The ship completed sea trials, including a '
        "test firing of a BrahMos missile, earlier this year. The navy says more than 60 "
        "warships and submarines are under construction in Indian shipyards. Subscribe to our "
        "newsletter to get the latest on defence and security",
        "military",
    ),
    (
        "BTS's Jin enters boot camp as first member of band to begin military service",
        "By Kim Seo-yeon Posted : 2022-12-13 15:22 Updated : 2022-12-13 17:40 Jin, the eldest "
        "member of K-pop superstars BTS, entered a front-line army boot camp in Yeoncheon, "
        "Gyeonggi Province, on Tuesday to begin his mandatory military service, becoming the "
        "first member of the band to enlist. The 30-year-old singer arrived at the training "
        "centre of the Army's 5th Infantry Division in a car with tinted windows and did not "
        "speak to the media. His agency, BigHit Music, had asked fans not to gather at the "
        "camp, and police and army staff kept a small crowd at a distance. After five weeks "
        "of basic training, Jin will be assigned to a unit and will serve for 18 months. "
        "South Korea requires all able-bodied men to serve, and a debate over whether to "
        "grant exemptions to pop stars who raise the country's profile ended earlier this "
        "year when the band said its members would enlist. The other six members are expected "
        "to follow in turn, and the band has said it hopes to reunite as a group in 2025. "
        "Related Articles Korean Air merger clears another hurdle as UK regulator approves "
        "deal Seoul's apartment prices fall for 28th straight week",
        "military",
    ),
    (
        "Winter in Sarajevo review – a haunting siege drama that never looks away",
        "Four stars Bosnian director Amra Kovač’s debut feature follows a family trapped "
        "in an apartment block during the siege of the 1990s, with Selma Hadžić superb as a "
        "mother who keeps her children alive on lentils and stories Peter Hallam Thu 5 Sep "
        "2024 17.00 BST There is a moment early in Winter in Sarajevo when a sniper’s "
        "bullet shatters the kitchen window and nobody even looks up. That is the horror of "
        "Amra Kovač’s remarkable first feature: by its second winter, the siege has become "
        "weather. Kovač, who was nine when the city was encircled in 1992, shoots almost "
        "everything inside a single flat, and the war arrives only as sound, the shelling on "
        "the hills, the shouted warnings in the stairwell, the hum of a generator. Selma "
        "Hadžić is tremendous as Mirsada, a chemistry teacher who turns the bathtub into a "
        "water store and lessons into a way of pretending the world is still there. The film "
        "is bleak but never cruel, and the script finds moments of absurd comedy, not least a "
        "black-market chicken that becomes a family member. Related: Venice film festival "
        "2024: all our reviews in one place If the last act strays into melodrama, it hardly "
        "matters. Winter in Sarajevo screens at the London film festival on 12 October and is "
        "released in the UK in November.",
        "entertainment",
    ),
    (
        "‘Cellar Light’: Kharkiv school-in-a-basement documentary wins Sundance world cinema prize",
        "By Marta Kowal January 27, 2024 9:12pm PT Cellar Light, Ukrainian director Yulia "
        "Zaiets’ documentary about a primary school that moved into a Kharkiv metro "
        "station, won the world cinema documentary grand jury prize at the Sundance Film "
        "Festival on Saturday. The film follows a year in the life of a class of "
        "eight-year-olds and their teacher, Olha, who runs lessons among the pillars of the "
        "underground station while air-raid sirens sound above, and was shot over 14 months "
        "by a crew of three. Accepting the award in Park City, Zaiets said she had made the "
        "film “to show that childhood continues, even when the world tries to stop it”. "
        "The jury called it “a tender, funny and unflinching portrait of resilience”. "
        "Sales agent Autlook Films said it had received offers from several distributors and "
        "expected to announce a deal for North America in the coming weeks. Related Stories "
        "Sundance 2024: The full list of winners ‘Sound of the Sea’ wins audience award "
        "in U.S. dramatic competition Other winners in the world cinema section included a "
        "Chilean drama about a copper miners’ strike and a Korean comedy about a family "
        "restaurant.",
        "entertainment",
    ),
    (
        "Lebanese author Hoda Barakat wins Arabic fiction prize for novel of civil war exile",
        "Layla Haddad April 23, 2019 Updated: April 23, 2019 11:05 PM Lebanese author Hoda "
        "Barakat has won the International Prize for Arabic Fiction for The Night Mail, a "
        "novel told through letters written by exiles who were scattered across the world by "
        "war and never delivered. The award, worth $50,000, was announced at a ceremony in "
        "Abu Dhabi on Tuesday evening on the eve of the Abu Dhabi International Book Fair. "
        "Barakat, who was born in Beirut in 1952 and left for Paris during the Lebanese civil "
        "war in 1989, is the second woman to win the prize since it was founded in 2007. The "
        "chair of the judges said the novel captured “the despair and the dignity of people "
        "who have lost their homes and their names”. The novel will be translated into "
        "English with funding from the prize. Barakat said in her speech that she had written "
        "the book in “a time of great loss for the region” and dedicated it to “all "
        "those who cannot go home”. Most Popular Abu Dhabi book fair opens with record "
        "number of publishers UAE weather: rain and cooler temperatures expected this week",
        "entertainment",
    ),
    (
        "Kalush Orchestra win Eurovision for Ukraine with ‘Stefania’",
        "Updated 15 May 2022 2 min read Author: Iryna Koval Ukraine’s Kalush Orchestra won "
        "the 2022 Eurovision Song Contest in Turin on May 14 with their song “Stefania”, "
        "after a record public vote pushed the band from fourth place on the jury scores to "
        "the top of the table. The hip-hop folk group received 439 points from the televote, "
        "the highest in the contest’s history, for a total of 631 points, ahead of the "
        "United Kingdom’s Sam Ryder and Spain’s Chanel. The band’s frontman, Oleh "
        "Psiuk, wrote the song as a tribute to his mother before the war, but it has since "
        "become an anthem for Ukrainians at home and abroad. The members needed special "
        "permission to leave the country, as men of military age are barred from travelling "
        "abroad under martial law, and are due to return within days. “Please help Ukraine "
        "and Mariupol,” Psiuk said from the stage at the end of the performance. President "
        "Volodymyr Zelensky congratulated the band and said Ukraine would do its best to host "
        "the contest next year. The European Broadcasting Union later said it would consider "
        "whether it was possible to hold the event in Ukraine. Read also: Ukrainian brewers "
        "return to production as demand grows",
        "entertainment",
    ),
]
