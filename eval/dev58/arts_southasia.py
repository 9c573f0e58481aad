"""dev58 items: Pakistan, India, Afghanistan, Bangladesh, Myanmar, Thailand and the
Philippines as military press offices, police, interior and foreign ministries and state media
report them (the ISPR's idiom of martyrdom and khwarij sent to hell, encounters and surrenders
relayed by PTI and ANI, the junta's paper, the Philippine News Agency, evacuation flights and
repatriations), with one item that holds numbers but no figure.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "ISPR: six soldiers martyred, nine khwarij sent to hell in North Waziristan",
    "Security forces conducted an intelligence-based operation in the general area of Mir Ali, North Waziristan district, on the reported presence of khwarij, the Inter-Services Public Relations (ISPR) said in a statement. "
    "During the intense exchange of fire, [[nine khwarij|killed;a=the Inter-Services Public Relations (ISPR)]] were sent to hell, while [[six soldiers|killed;a=the Inter-Services Public Relations (ISPR)]], having fought gallantly, embraced martyrdom, it said. "
    "The martyred soldiers included a {{28-year-old}} lance naik from Kohat. "
    "A sanitisation operation is being carried out to eliminate any other khwarij found in the area, the statement said.",
)

F(
    "Security forces kill 11 terrorists in Tirah valley, ISPR says",
    "[[Eleven terrorists|killed;a=the ISPR]], including a ringleader wanted for attacks on police, were killed in an intelligence-based operation in the Tirah valley of Khyber district, the ISPR said on Sunday. "
    "[[Two soldiers|killed;a=the ISPR]] embraced shahadat during the operation, it said. "
    "According to the ISPR, [[more than 920 terrorists|killed;a=the ISPR]] have been killed in operations in Khyber Pakhtunkhwa and Balochistan since {{January}}.",
)

F(
    "CTD arrests 14 suspects, recovers suicide vests in Quetta",
    "The Counter Terrorism Department (CTD) of Balochistan police arrested [[14 suspected terrorists|arrested;a=a CTD spokesman]] in raids in Quetta, Mastung and Kalat and recovered [[three suicide vests|other;u=other;a=a CTD spokesman]], [[nine hand grenades|other;a=a CTD spokesman]] and [[2,450 rounds of ammunition|other;n=rounds;u=other;a=a CTD spokesman]], a CTD spokesman said on Saturday. "
    "The suspects were planning attacks on {{14 August}}, the spokesman said. "
    "Cases have been registered under {{Section 7}} of the Anti-Terrorism Act, {{1997}}.",
)

F(
    "Troops clear N-40 blockade, free 54 passengers held by militants",
    "Militants blocked the {{N-40}} highway near Noshki on Monday evening and stopped passenger coaches, the provincial government spokesman said. "
    "[[Nine passengers|killed;a=the provincial government spokesman]], all from Punjab, were shot dead after being identified from their national identity cards before troops arrived, he said. "
    "Security forces cleared the blockade before dawn, sending [[eight terrorists|killed;a=the Inter-Services Public Relations (ISPR)]] to hell and freeing [[all 54 passengers|kidnapped;a=the Inter-Services Public Relations (ISPR)]] still held, the Inter-Services Public Relations (ISPR) said.",
)

F(
    "Kabul and Islamabad give rival tolls after border clashes",
    "The Afghan Ministry of Defence said its forces had killed [[47 Pakistani soldiers|killed;a=The Afghan Ministry of Defence]] and captured [[19 posts|other;u=structure;a=The Afghan Ministry of Defence]] along the Durand Line in retaliatory operations on the night of {{14 October}}. "
    "The ISPR said [[17 soldiers|killed;a=The ISPR]] had embraced martyrdom, that [[more than 150 Taliban and affiliated khwarij|killed;n=Taliban and affiliated khwarij;a=The ISPR]] had been sent to hell and that [[14 Afghan posts|other;u=structure;a=The ISPR]] had been physically captured. "
    "Doctors at the district hospital in Chaman said [[23 people|injured;a=Doctors at the district hospital in Chaman]] had been brought in with shrapnel wounds.",
)

F(
    "Two terrorists killed as Army foils infiltration bid in Kupwara",
    "[[Two terrorists|killed;a=the Army's Srinagar-based Chinar Corps]] were killed as troops foiled an infiltration bid along the Line of Control in Kupwara district, the Army's Srinagar-based Chinar Corps said. "
    "[[Two AK-47 rifles|other;v=2;a=officials]], [[four magazines|other;a=officials]] and [[120 rounds|other;a=officials]] were recovered from them, officials told PTI. "
    "The operation was launched by the {{34 Rashtriya Rifles}} and the Jammu and Kashmir Police on specific intelligence, and searches were continuing.",
)

F(
    "Manipur: 86 weapons surrendered in Imphal East as deadline nears",
    "People in Imphal East and Bishnupur districts surrendered [[86 weapons|other;a=Manipur Police]], including [[11 self-loading rifles|other;a=Manipur Police]] and [[two 51 mm mortars|other;v=2;a=Manipur Police]], and [[about 1,900 rounds of ammunition|other;n=rounds;u=other;a=Manipur Police]] on Thursday, Manipur Police said, ahead of the deadline set by the Governor. "
    "[[About 47,000 people|displaced;a=the state's relief and disaster management department]] displaced by the ethnic violence that began in {{May 2023}} are still living in [[263 relief camps|capacity;a=the state's relief and disaster management department]], according to the state's relief and disaster management department.",
)

F(
    "Bijapur encounter: 27 Maoists killed, two DRG jawans die",
    "[[Twenty-seven Maoists|killed;a=the Inspector General of Police, Bastar Range]] were killed in an encounter in the forests of Bijapur district, and [[two jawans|killed;a=the Inspector General of Police, Bastar Range]] of the District Reserve Guard also lost their lives, the Inspector General of Police, Bastar Range, told PTI. "
    "The bodies of [[18 of the Maoists|killed]] had been recovered by evening. "
    "A commando unit of the {{210 CoBRA}} battalion took part; the dead Maoists are believed to have carried a combined bounty of {{Rs 1.1 crore}}.",
)

F(
    "23 Maoists surrender in Sukma, some carrying bounties",
    "[[Twenty-three Maoists|combatants;a=Sukma's Superintendent of Police]], [[nine of them|combatants;n=-;a=Sukma's Superintendent of Police]] carrying cumulative bounties of {{Rs 1.18 crore}}, surrendered before senior police and CRPF officials on Wednesday, Sukma's Superintendent of Police said. "
    "Each will receive {{Rs 50,000}} under the state's surrender and rehabilitation policy. "
    "[[More than 790 Maoists|combatants;a=officials]] have surrendered in the Bastar region since {{January}}, officials said.",
)

F(
    "Evacuation flight brings 197 Indians home from Tel Aviv",
    "The {{fifth}} flight of the evacuation operation landed in New Delhi on Sunday with [[197 Indian nationals|displaced;a=the Ministry of External Affairs]] on board, the Ministry of External Affairs said. "
    "[[Eighteen Nepali citizens|displaced]] also travelled on the flight. "
    "With this flight, [[1,180 people|displaced;a=the ministry's spokesperson]] have been evacuated from Israel, the ministry's spokesperson said, adding that [[about 18,000 Indians|civilians;a=the ministry's spokesperson]] still live in the country.",
)

F(
    "India completes evacuation from Sudan, says 2,940 brought out",
    "India has evacuated [[2,940 of its nationals|displaced;n=nationals;a=the Ministry of External Affairs]] from Sudan via Port Sudan and Jeddah on [[14 flights|other;a=the Ministry of External Affairs]] of {{C-130J}} and {{C-17}} aircraft and [[four naval ships|other;a=the Ministry of External Affairs]], the Ministry of External Affairs said. "
    "The ministry said [[about 90 Indians|civilians;a=The ministry;alt=the Ministry of External Affairs]] had chosen to stay in Sudan. "
    "Evacuees stayed for up to {{72 hours}} at a transit camp in an Indian-run school in Jeddah before flying home.",
)

F(
    "Bangladesh to send back 188 Myanmar border guards who fled fighting",
    "[[188 members of Myanmar's Border Guard Police|returned;p;n=members;a=Bangladesh's foreign ministry]] who fled into Bangladesh during fighting with the Arakan Army will be handed over by sea on {{15 May}}, Bangladesh's foreign ministry said. "
    "In exchange, Myanmar will return [[151 Bangladeshis|returned;p;a=Bangladesh's foreign ministry]] who had served sentences in Myanmar jails, it said. "
    "Mortar shells fired from across the border killed [[two people|killed;a=local officials]] in Ghumdhum last week, and [[about 240 students|other;a=local officials]] have been unable to attend [[five schools|other;a=local officials]] near the frontier since then, local officials said.",
)

F(
    "State paper says Tatmadaw columns killed 16 'terrorists' in Sagaing",
    "Tatmadaw columns clashed with [[about 50 PDF terrorists|combatants;a=The Global New Light of Myanmar]] near Kani township in Sagaing Region on {{14 June}}, killing [[16 of them|killed;n=-;a=The Global New Light of Myanmar]] and seizing [[23 homemade guns|other;a=The Global New Light of Myanmar]] and [[four landmines|other;u=other;a=The Global New Light of Myanmar]], The Global New Light of Myanmar reported. "
    "The paper said [[11 members of the PDF|combatants;n=members;a=The paper;alt=The Global New Light of Myanmar]] had returned to the legal fold in Magway Region during the week and handed over [[six weapons|other;a=The paper;alt=The Global New Light of Myanmar]]. "
    "The National Unity Government said junta troops had burned [[about 140 homes|housing;a=The National Unity Government]] in the same township.",
)

F(
    "Arakan Army says it captured more than 300 junta personnel in Maungdaw",
    "The Arakan Army said on its Telegram channel that it had captured [[more than 300 junta personnel|arrested;a=The Arakan Army]] after overrunning the headquarters of {{Border Guard Police Battalion 5}} in Maungdaw. "
    "Its fighters had also recovered the bodies of [[about 70 junta soldiers|killed;a=the AA;alt=The Arakan Army]] from the base, the AA said. "
    "The junta's information team said [[14 troops|killed;a=The junta's information team]] had died defending the town. "
    "Bangladesh's refugee relief commissioner said [[about 420 Rohingya|displaced;a=Bangladesh's refugee relief commissioner]] had crossed the Naf river in {{two days}}.",
)

F(
    "31 NPA rebels surrender to the Army in Negros Occidental",
    "[[Thirty-one members of the New People's Army|combatants;n=members;a=the 303rd Infantry Brigade]] surrendered on Tuesday in Himamaylan City, the {{303rd Infantry Brigade}} said, according to the Philippine News Agency. "
    "They handed over [[12 firearms|other]], among them an {{M16}} rifle, and [[four grenades|other]]. "
    "Each former rebel will receive {{PHP65,000}} in livelihood and firearm remuneration under the Enhanced Comprehensive Local Integration Program.",
)

F(
    "Army says seven Dawlah Islamiyah members killed in Maguindanao clash",
    "Troops of the {{6th Infantry Division}} killed [[seven Dawlah Islamiyah members|killed;a=the division's spokesperson]] in a clash in Datu Hoffer, Maguindanao del Sur, the division's spokesperson said. "
    "[[Two soldiers|injured]] were wounded, and troops recovered [[five M16 rifles|other;v=5]] and an {{M203}} grenade launcher. "
    "[[About 410 families|displaced;a=the Ministry of Social Services and Development (MSSD)]] fled their homes during the fighting, according to the Ministry of Social Services and Development (MSSD).",
)

F(
    "Roadside bomb kills two rangers in Narathiwat",
    "[[Two paramilitary rangers|killed;a=the Internal Security Operations Command (ISOC) Region 4]] were killed and [[four|injured;a=the Internal Security Operations Command (ISOC) Region 4]] injured when a bomb exploded as their patrol passed in Rueso district at about {{07:30}}, the Internal Security Operations Command (ISOC) {{Region 4}} said. "
    "Police said the bomb was packed into a {{15-kg}} cooking gas cylinder hidden on a motorcycle. "
    "The attack came a day after the {{20th}} anniversary of the Tak Bai incident.",
)

F(
    "Taliban interior ministry says 18 IS-K members arrested in Kabul",
    "The Islamic Emirate's Ministry of Interior said its forces had arrested [[18 members of the Daesh Khorasan group|arrested;n=members;a=The Islamic Emirate's Ministry of Interior]] and killed [[three|killed;a=The Islamic Emirate's Ministry of Interior]] in raids in Kabul and Nangarhar, the state news agency Bakhtar reported. "
    "The cell was behind a suicide bombing outside a ministry on {{2 September}} that killed [[at least six people|killed;a=The Islamic Emirate's Ministry of Interior]], it said.",
)

F(
    "Over 3,400 Afghans return from Iran and Pakistan in a day",
    "[[3,412 Afghan returnees|returned;a=the High Commission for Addressing Returnees' Problems]] crossed back through the Islam Qala and Torkham crossings on Tuesday, the High Commission for Addressing Returnees' Problems said. "
    "[[About 2,900 of them|returned;n=-;a=the High Commission for Addressing Returnees' Problems]] had been deported from Iran, it said. "
    "Iran's Interior Ministry says [[about 870,000 undocumented Afghans|returned;a=Iran's Interior Ministry]] have left the country since {{March}}. "
    "Each returning family receives {{5,000 afghanis}} and a SIM card at the border.",
)

F(
    "Pakistan begins second phase of Afghan repatriation plan",
    "The {{second}} phase of the Illegal Foreigners' Repatriation Plan, which covers [[some 650,000 Afghan Citizen Card holders|returned;p;n=holders;a=the interior ministry]], began on Tuesday, the interior ministry said. "
    "[[About 1,600 families|returned;a=the provincial home department]] left through Torkham on the {{first}} day, according to the provincial home department. "
    "UNHCR said [[about 1.2 million registered refugees|displaced;a=UNHCR]] were not covered by this phase. [[Three holding centres|capacity]] have been set up in Peshawar, Landi Kotal and Chaman.",
)

F(
    "ISPR says four civilians martyred by Indian firing along LoC",
    "[[Four civilians|killed;a=the Inter-Services Public Relations (ISPR)]], including [[two women|killed;a=the Inter-Services Public Relations (ISPR)]], were martyred and [[nine|injured;a=the Inter-Services Public Relations (ISPR)]] injured when Indian troops resorted to unprovoked firing in the Bhimber sector along the Line of Control, the Inter-Services Public Relations (ISPR) said. "
    "Pakistani troops responded effectively, destroying [[two Indian posts|other;u=structure;a=the Inter-Services Public Relations (ISPR)]], it said. "
    "The Indian Army denied the claim and said [[one soldier|injured;a=The Indian Army]] had been injured by Pakistani fire in the Nowshera sector on the {{740-km}} de facto border.",
)

F(
    "Six DRG jawans and driver killed in IED blast in Bijapur",
    "[[Six jawans of the District Reserve Guard|killed;n=jawans;a=police]] and their civilian driver were killed when Maoists triggered an improvised explosive device under their vehicle in Bijapur district, police told ANI. "
    "The blast, using an estimated {{50 kg}} of explosives, left a crater {{about 10 feet}} deep on the road. "
    "It was the {{second}} attack on the force this year.",
)

F(
    "Bangladesh army says three KNF members killed in Bandarban gunfight",
    "[[Three members of the Kuki-Chin National Front|killed;n=members;a=the Inter Services Public Relations Directorate (ISPR)]] were killed in a gunfight with the army in Ruma upazila of Bandarban, the Inter Services Public Relations Directorate (ISPR) said. "
    "Troops recovered [[two rifles|other;a=the Inter Services Public Relations Directorate (ISPR)]], [[165 rounds of ammunition|other;n=rounds;u=other;a=the Inter Services Public Relations Directorate (ISPR)]] and uniforms, it said. "
    "Since {{April}}, when the group robbed bank branches in Ruma and Thanchi, [[more than 100 suspected KNF members|arrested;a=police]] have been arrested, police say.",
)

F(
    "Mae Sot: thousands cross from Myawaddy as fighting flares",
    "[[About 3,000 Myanmar nationals|displaced;a=the governor of Tak province]] crossed the Moei River into Mae Sot overnight to escape fighting in Myawaddy, the governor of Tak province said. "
    "[[About 600 of them|returned;n=-;a=the governor of Tak province]] went back across the river by Saturday evening as the shooting died down near {{Friendship Bridge 2}}, he said. "
    "The Thai army said it had set up [[three temporary shelters|capacity;a=The Thai army]] that can hold [[up to 4,000 people|capacity;a=The Thai army]].",
)

F(
    "Clashes between rival MILF commanders displace families in Maguindanao del Sur",
    "[[About 2,100 families|displaced;a=the provincial disaster risk reduction and management office]] have fled clashes between rival commanders of the Moro Islamic Liberation Front in Shariff Saydona Mustapha, the provincial disaster risk reduction and management office said. "
    "[[About 340 families|displaced;a=the provincial disaster risk reduction and management office]] are staying in [[four evacuation centres|capacity;a=the provincial disaster risk reduction and management office]], it said. "
    "[[Five people|killed]], among them a {{14-year-old}} boy, have been killed since the fighting began, and the Department of Social Welfare and Development has distributed [[1,300 food packs|aid;u=other]].",
)

F(
    "Corps Commanders' Conference reviews security situation, ISPR says",
    "The {{267th}} Corps Commanders' Conference, held at the General Headquarters in Rawalpindi on {{12 March}}, reviewed the security situation in Khyber Pakhtunkhwa and Balochistan, the ISPR said. "
    "The forum was told that terrorist incidents had fallen by {{12%}} compared with {{2024}}, and it resolved to continue operations under {{Article 245}} of the Constitution. "
    "It paid tribute to the martyrs of the armed forces, law enforcement agencies and citizens.",
)

F(
    "Security forces foil infiltration from Afghanistan, ISPR says",
    "Security forces detected the movement of [[a group of 25 to 30 khwarij|combatants;a=the ISPR]] trying to infiltrate through the Pakistan-Afghanistan border in the Hassan Khel area of North Waziristan, the ISPR said on Friday. "
    "[[Seventeen of them|killed;n=-;a=the ISPR]] were sent to hell and [[three|arrested;a=the ISPR]] were apprehended, while the rest fled back across the border, it said. "
    "[[Two soldiers|injured]] were wounded in the exchange of fire, which lasted {{about five hours}}.",
)
