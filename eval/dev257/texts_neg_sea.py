"""dev257 negatives, the sea and the air: water cannon and rammings with no one hurt, shadowing,
drills and air-defence-zone incursions, maps and diplomatic protests, talks and anniversaries in
the South China Sea, the Taiwan Strait, the East China Sea and the Aegean. See build.py."""

NEGATIVES = [
    (
        "China coast guard water-cannons Philippine supply boat at Second Thomas Shoal",
        "A Chinese coast guard ship fired a water cannon at a Philippine boat carrying food, water "
        "and fuel to troops stationed on a grounded warship at Second Thomas Shoal on Saturday, "
        "the Philippine coast guard said, calling the manoeuvre “excessive and offensive”. The "
        "wooden supply boat was forced to turn back, while a second boat managed to reach the BRP "
        "Sierra Madre and unload its cargo. No one was hurt, officials said. Six Chinese coast "
        "guard ships and two maritime militia vessels blocked the route, according to the "
        "Philippine side, which released photographs of the jets arcing over the bow. China's "
        "coast guard said it had “issued warnings” and taken “necessary controls” against vessels "
        "that had entered waters around Ren'ai Jiao without approval. The United States, Japan and "
        "Australia expressed concern. Manila said it would continue the rotation and resupply "
        "missions and summoned the Chinese ambassador for the second time this year.",
        "military",
    ),
    (
        "Chinese ship rams Philippine coast guard cutter at Sabina Shoal, no injuries",
        "A Chinese coast guard ship deliberately rammed a Philippine coast guard vessel near "
        "Sabina Shoal in the Spratly Islands early on Saturday, tearing a hole in its side, "
        "Philippine officials said. The BRP Teresa Magbanua, the coast guard's largest ship, had "
        "been anchored at the shoal since April to monitor what Manila suspects is preparatory work "
        "for Chinese reclamation. “No personnel were injured,” coast guard spokesman Jay Tarriela "
        "said, but the collision caused structural damage above the waterline. Beijing accused the "
        "Philippine vessel of “deliberately ramming” a Chinese ship and said its crew had acted "
        "in accordance with the law. It was the third collision at Xianbin Jiao, as China calls "
        "it, in less than a month. The Philippine National Maritime Council said the cutter would "
        "stay on station. Analysts said the shoal, 75 nautical miles west of Palawan, had become "
        "the new centre of the dispute.",
        "military",
    ),
    (
        "Two Chinese vessels collide while chasing Philippine ship near Scarborough Shoal",
        "A Chinese navy destroyer and a Chinese coast guard cutter collided with each other on "
        "Monday while pursuing a Philippine coast guard ship near Scarborough Shoal, the "
        "Philippine coast guard said, releasing video of the crash. The footage shows the coast "
        "guard vessel, which had been firing its water cannon, veering into the path of the "
        "warship and being struck at the bow. The Philippine ship, the BRP Suluan, was escorting "
        "boats handing out fuel to fishermen and was not hit, officials said. Manila offered "
        "medical help to the Chinese crew but received no reply, and it was not known whether "
        "anyone on the Chinese vessels was injured. China's coast guard said it had “driven away” "
        "Philippine vessels that intruded into its waters and did not mention a collision. "
        "Defence analysts said the incident showed the risk of an accident in increasingly crowded "
        "waters. The Philippine Senate called for a briefing by the coast guard.",
        "military",
    ),
    (
        "China stages Strait Thunder drills around Taiwan, simulating blockade of ports",
        "China's military staged large-scale exercises around Taiwan for a second day on Wednesday, "
        "practising a blockade of key ports and precision strikes on energy facilities, the "
        "People's Liberation Army's Eastern Theater Command said. The drills, codenamed Strait "
        "Thunder-2025A, involved the aircraft carrier Shandong, destroyers, and long-range "
        "rocket units firing into waters of the East China Sea. Taiwan's defence ministry said it "
        "had tracked 76 military aircraft, 15 warships and four coast guard ships near the island "
        "over 24 hours, and that it had sent its own forces to monitor them. There were no reports "
        "of shots being fired near Taiwanese forces. Propaganda posters released by the command "
        "showed President Lai Ching-te as a green insect in a pair of chopsticks. Taipei said the "
        "drills showed Beijing was “a troublemaker” in the region. The US State Department said "
        "China's “aggressive military activities and rhetoric” only worsened tensions.",
        "military",
    ),
    (
        "Record 153 Chinese military aircraft tracked around Taiwan in a single day",
        "Taiwan's defence ministry said on Tuesday it had detected a record 153 Chinese military "
        "aircraft around the island in 25 hours, a day after Beijing held war games it called "
        "Joint Sword-2024B. Of those, 111 crossed the median line of the Taiwan Strait, an informal "
        "boundary, and entered Taiwan's south-western and eastern air defence identification zone, "
        "the ministry said. It also tracked 14 navy ships and 12 official ships. Taiwan scrambled "
        "fighter jets, sent warships and activated missile systems to monitor the activity. The "
        "ministry said the aircraft included fighters, drones and early-warning planes, and that "
        "none entered its territorial airspace. Analysts note that the air defence identification "
        "zone is not territorial airspace but a wider area Taiwan monitors for safety. Beijing "
        "said the exercises were a “stern warning” to separatist forces after a National Day "
        "speech by President Lai Ching-te. Taiwanese stock markets shrugged off the activity.",
        "military",
    ),
    (
        "Chinese warship cuts across bow of US destroyer in Taiwan Strait transit",
        "A Chinese warship overtook a US destroyer and cut across its bow at a distance of about "
        "150 yards during a rare joint US-Canadian transit of the Taiwan Strait on Saturday, the US "
        "military said, forcing the American ship to slow to avoid a collision. The US "
        "Indo-Pacific Command called the manoeuvre “unsafe” and released video showing the Chinese "
        "ship passing in front of the USS Chung-Hoon. Canada's HMCS Montreal was sailing alongside "
        "the American destroyer. China's Eastern Theater Command said it had tracked the ships "
        "throughout and accused Washington and Ottawa of “deliberately stirring up risks”. Nobody "
        "was hurt and the ships continued their transit. The encounter came as China's defence "
        "minister, speaking at the Shangri-La Dialogue in Singapore, warned against “navigation "
        "hegemony” in the region. US officials said the strait was international waters and that "
        "transits would continue.",
        "military",
    ),
    (
        "Turkish and Greek fighter jets in mock dogfights as airspace violations surge over Aegean",
        "Greek and Turkish fighter jets engaged in at least four mock dogfights over the Aegean Sea "
        "on Thursday, the Greek general staff said, as Athens reported a surge in violations of "
        "what it considers its airspace. Greece said Turkish F-16s had flown over the inhabited "
        "islands of Agathonisi and Farmakonisi at low altitude and had been intercepted by Greek "
        "Mirage 2000 and F-16 jets. The Greek defence ministry counted 42 violations of national "
        "airspace in a single day. Turkey does not recognise Greece's claim to ten nautical miles "
        "of airspace, which is wider than its six-mile territorial waters, and counts no "
        "violations. Ankara in turn accused Greek jets of locking radar on Turkish planes on a "
        "NATO mission. No aircraft were lost. Greek Prime Minister Kyriakos Mitsotakis said the "
        "overflights were “unacceptable”, and Greece sent a protest note to Ankara and briefed "
        "NATO and the EU.",
        "military",
    ),
    (
        "Greek and Turkish frigates collide in mini-collision as Oruc Reis survey continues",
        "A Greek frigate and a Turkish frigate escorting the Turkish seismic survey vessel Oruc Reis "
        "collided in the eastern Mediterranean last week, Greek officials confirmed on Friday, "
        "describing the incident as a “mini-collision” that caused minor damage. The Turkish "
        "warship Kemal Reis was reported to have suffered slight damage to its stern, while the "
        "Greek frigate Limnos was able to continue its patrol. No sailors were injured, defence "
        "officials in Athens said. Turkey's defence minister said Turkish forces had responded to "
        "a “provocation” and had not allowed any attack to go unanswered, without giving details. "
        "The Oruc Reis has been surveying for oil and gas in waters south of Kastellorizo that "
        "Greece claims as part of its continental shelf, and both navies have shadowed each other "
        "for days. France has sent two Rafale jets and a frigate to Crete. German Chancellor "
        "Angela Merkel has called for a dialogue between the NATO allies.",
        "military",
    ),
    (
        "Chinese coast guard ships spend record days near Senkaku Islands",
        "Chinese coast guard ships have been sailing in the contiguous zone around the "
        "Japanese-administered Senkaku Islands for a record 335 days this year, Japan's coast "
        "guard said on Thursday, breaking the previous annual record. Four Chinese ships, one of "
        "them armed with what appeared to be a cannon, also entered Japanese territorial waters "
        "for about 80 hours at the start of the month and approached a Japanese fishing boat, the "
        "coast guard said. Japanese patrol ships escorted the fishing boat and ordered the Chinese "
        "ships to leave. No collision was reported. China, which calls the uninhabited islands the "
        "Diaoyu, said its ships were on a routine law enforcement patrol in China's own waters. "
        "Japan's chief cabinet secretary said Tokyo had lodged a protest through diplomatic "
        "channels. Fishermen from Ishigaki say the constant presence has made them reluctant to "
        "work the area, one of the richest fishing grounds in the prefecture.",
        "military",
    ),
    (
        "China coast guard boards Taiwanese tourist boat near Kinmen for inspection",
        "Chinese coast guard officers boarded a Taiwanese tourist boat near the Kinmen islands on "
        "Monday and inspected its documents and route plan for about half an hour, Taiwan's coast "
        "guard said, in what it called a move that had “caused panic” among passengers. The "
        "King Xia, carrying 11 crew and 23 passengers, was on a sightseeing cruise when six Chinese "
        "officers came aboard, officials said. The boat was allowed to return to port and no one "
        "was hurt. China's coast guard said it had begun regular law enforcement patrols in "
        "waters near Xiamen and Kinmen after two Chinese fishermen died in a pursuit by Taiwanese "
        "officers earlier this month. Taiwan's Mainland Affairs Council urged Beijing not to "
        "escalate the situation and said it would communicate through existing channels. Kinmen "
        "lies only a few kilometres from the Chinese city of Xiamen and has been controlled by "
        "Taiwan since 1949.",
        "military",
    ),
    (
        "Philippines, Vietnam and Malaysia protest China's new 'standard map'",
        "The Philippines, Vietnam and Malaysia rejected a new official Chinese map on Thursday, "
        "saying it included their territory and maritime zones within a line that claims most of "
        "the South China Sea. The 2023 edition of China's “standard map”, published by the Ministry "
        "of Natural Resources, shows a ten-dash line around the sea, one more dash than earlier "
        "versions, and includes Taiwan. Manila said the map had no basis under international law "
        "and cited the 2016 arbitration ruling that invalidated China's sweeping claims. Vietnam's "
        "foreign ministry said it “resolutely rejects” any Chinese claim based on the dashed line, "
        "and Malaysia said it had sent a diplomatic note of protest. India lodged its own protest "
        "because the map shows Arunachal Pradesh and the Aksai Chin plateau as Chinese. Beijing "
        "said the map was a routine practice and urged other countries to view it “objectively and "
        "calmly”. The map was released days before a regional summit in Jakarta.",
        "politics",
    ),
    (
        "Turkey protests as Greece announces two marine parks in the Aegean",
        "Turkey's foreign ministry accused Greece on Wednesday of trying to use environmental "
        "protection to strengthen its claims in the Aegean, after Athens announced two new marine "
        "parks in the southern Cyclades and the Ionian Sea. Prime Minister Kyriakos Mitsotakis said "
        "the parks would ban bottom trawling and protect dolphins and monk seals. Ankara said it "
        "would not allow “fait accompli” moves in disputed waters and called on Greece to respect "
        "the “calm waters” both sides had agreed in 2023. Greek officials replied that the park in "
        "the Cyclades lay entirely within Greek territorial waters and was a purely environmental "
        "measure. The row came as Greece also published its first maritime spatial plan, which "
        "maps areas for offshore wind farms and fish farms up to what Athens says is the median "
        "line with Turkey. Environmental groups welcomed the parks but warned they would be "
        "meaningless without enforcement.",
        "politics",
    ),
    (
        "Hague tribunal rules against China's South China Sea claims; Beijing rejects ruling",
        "An international arbitration tribunal in The Hague ruled on Tuesday that China has no "
        "legal basis to claim historic rights within its so-called nine-dash line in the South "
        "China Sea, handing a sweeping victory to the Philippines. The five-member tribunal, "
        "constituted under the UN Convention on the Law of the Sea, found that none of the features "
        "in the Spratly Islands was capable of generating an exclusive economic zone, and that "
        "China had violated the Philippines' sovereign rights by interfering with its fishing and "
        "oil exploration. It also said China's island-building had caused severe harm to the coral "
        "reef environment. Beijing, which boycotted the proceedings, said the award was “null and "
        "void” and had no binding force. President Xi Jinping said China's territorial sovereignty "
        "and maritime interests would not be affected by the ruling “in any way”. Philippine "
        "Foreign Secretary Perfecto Yasay called for “restraint and sobriety”. The United States "
        "urged both sides to comply with the ruling.",
        "politics",
    ),
    (
        "China and Philippines reach 'provisional arrangement' on Second Thomas Shoal resupply",
        "China and the Philippines have reached a “provisional arrangement” on resupply missions to "
        "Second Thomas Shoal, the Philippine foreign ministry said on Sunday, after months of "
        "confrontations at the disputed reef. The deal, agreed after a series of meetings in Manila "
        "and Beijing, covers the delivery of food, water and personnel to the BRP Sierra Madre, a "
        "rusting warship the Philippines grounded there in 1999. Neither side released the full "
        "text, and officials said it would not prejudice either country's position on sovereignty. "
        "The Chinese foreign ministry said Beijing would allow supplies on a “temporary special "
        "arrangement” provided no construction materials were delivered, a condition Manila said "
        "it had not accepted. A first mission under the arrangement was completed on July 27 "
        "without incident, officials said. Diplomats said the deal showed that dialogue could "
        "lower tensions at sea.",
        "peace",
    ),
    (
        "ASEAN and China agree to speed up South China Sea code of conduct talks",
        "Southeast Asian foreign ministers and China agreed on Thursday to speed up negotiations on "
        "a code of conduct for the South China Sea, with the aim of concluding talks within three "
        "years, officials said after a meeting in Kuala Lumpur. The code, under discussion for more "
        "than two decades, is meant to set rules for behaviour at sea and reduce the risk of "
        "clashes among rival claimants. Chinese Foreign Minister Wang Yi said progress had been "
        "“steady” and called on countries outside the region not to interfere. Philippine "
        "officials said a code would be meaningless unless it was legally binding, a point on which "
        "negotiators remain divided. Diplomats said the parties had completed a third reading of "
        "the single draft negotiating text. Malaysia, which holds the rotating chair of ASEAN, "
        "said it hoped for an “effective and substantive” agreement. Analysts remain sceptical "
        "that a deadline will be met.",
        "peace",
    ),
    (
        "Civilian flotilla sails toward Scarborough Shoal to 'assert Philippine rights'",
        "About 100 small fishing boats and a supply vessel carrying volunteers set off from "
        "Zambales province on Wednesday for Scarborough Shoal in a civilian mission organised by "
        "the Atin Ito coalition, which says it wants to assert Philippine sovereign rights at the "
        "Chinese-controlled reef. Organisers said the convoy would distribute fuel and food packs "
        "to fishermen and place buoys marked “West Philippine Sea, Atin Ito” in the surrounding "
        "waters. Participants, including students, fishermen and clergy, sang songs and waved "
        "flags before departure. The Philippine coast guard sent ships to escort the flotilla, and "
        "Chinese coast guard vessels shadowed it as it approached the shoal, but there was no "
        "confrontation. China's foreign ministry called the mission a “provocation”. The group "
        "said it would hold a concert and mass on the supply boat on its return. Organisers said "
        "they had turned back about 50 nautical miles from the shoal for safety reasons.",
        "protest",
    ),
    (
        "Vietnam honours 64 sailors killed at Johnson South Reef in 1988",
        "Hundreds of people gathered in Khanh Hoa province and in Hanoi on Thursday to mark the "
        "anniversary of the 1988 naval clash at Johnson South Reef in the Spratly Islands, in which "
        "64 Vietnamese soldiers were killed by Chinese forces. Veterans and relatives laid wreaths "
        "at the Gac Ma memorial in Cam Lam district, which shows a circle of soldiers standing on "
        "the reef. The engagement lasted less than half an hour, and China has controlled the reef "
        "since. For years, state media avoided mentioning the clash, but it is now commemorated "
        "openly, with schoolchildren taken on visits and a museum displaying letters and personal "
        "belongings. A survivor, now in his late 50s, recalled clinging to a piece of wood for "
        "hours before being picked up. China built an artificial island on the reef in 2014, with "
        "a runway, radar and buildings. The anniversary passed without official comment from "
        "Beijing.",
        "history",
    ),
    (
        "Thirty years after Imia, Greek navy remembers three officers lost in helicopter crash",
        "Greek naval officers, families and ministers gathered in Piraeus on Wednesday to mark 30 "
        "years since the crash of a navy helicopter during the Imia crisis, when Greece and Turkey "
        "came close to war over two uninhabited islets in the Aegean. Lieutenant Commander "
        "Christodoulos Karathanasis, Lieutenant Panagiotis Vlahakos and Chief Petty Officer "
        "Ektoras Gialopsos died when their Agusta Bell helicopter came down on January 31, 1996, "
        "after flying over the rocks. The crisis began when a Turkish cargo ship ran aground on one "
        "of the islets, known in Turkey as Kardak, and escalated after journalists from both "
        "countries planted flags there. It was defused after US mediation. Defence Minister Nikos "
        "Dendias laid a wreath and said the officers' sacrifice should be remembered by a new "
        "generation. A documentary drawing on previously unreleased navy archives will be screened "
        "on state television next week.",
        "history",
    ),
]
