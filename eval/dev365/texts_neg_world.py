"""dev365 negatives: diplomacy and summits, the armed forces, anniversaries and the arts."""

NEGATIVES = [
    (
        "Assad returns to Arab League summit in Jeddah after 12 years",
        "Syrian President Bashar al-Assad attended the Arab League summit in Jeddah on Friday, "
        "his first in more than a decade, after the league restored Syria's membership earlier "
        "this month. Asharq Al-Awsat said Crown Prince Mohammed bin Salman greeted him with a "
        "handshake and an embrace at the entrance to the hall. In his speech, Assad said he "
        "hoped the summit would mark the start of a new phase of Arab cooperation. Ukrainian "
        "President Volodymyr Zelensky also addressed the leaders as a guest, in a surprise "
        "visit. The final declaration called for the return of Syrian refugees, an end to "
        "interference in Arab affairs and a solution to the crisis in Sudan through dialogue. "
        "Qatar's emir left before Assad spoke, the newspaper noted. Western governments said "
        "their position on normalisation with Damascus had not changed.",
        "peace",
    ),
    (
        "Riyadh and Tehran to reopen embassies under deal reached in Beijing",
        "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen "
        "their embassies within two months, in a deal brokered by China after four days of "
        "talks in Beijing, Al Jazeera reported. The joint statement said the two countries "
        "would respect each other's sovereignty and not interfere in each other's internal "
        "affairs. They also agreed to revive a security cooperation agreement signed in 2001. "
        "The two regional rivals cut ties in 2016 after protesters stormed the Saudi embassy in "
        "Tehran. Analysts said the agreement could help efforts to end the war in Yemen, "
        "where the two back opposing sides. Iraq and Oman, which hosted earlier rounds of "
        "talks, welcomed the deal. Washington said it supported any effort to ease tensions in "
        "the region.",
        "peace",
    ),
    (
        "Sudan talks resume in Jeddah with focus on humanitarian truce",
        "Delegations of the Sudanese army and the Rapid Support Forces resumed talks in Jeddah "
        "on Sunday under Saudi and American mediation, Asharq Al-Awsat reported, after a pause "
        "of several months. The mediators said the talks would focus on humanitarian access, "
        "confidence-building measures and the arrest of fugitives, rather than a final "
        "political settlement. The African Union and the regional bloc IGAD joined the talks "
        "for the first time. The army's delegation said it came in good faith but insisted on "
        "the implementation of commitments signed in May. The RSF said it was ready for a "
        "comprehensive ceasefire. Sudanese civilian groups said they had not been invited and "
        "called for their voice to be heard. The first session lasted several hours, the "
        "newspaper said.",
        "peace",
    ),
    (
        "Yemen truce extended for two more months, UN envoy announces",
        "The UN special envoy for Yemen, Hans Grundberg, announced on Tuesday that the warring "
        "parties had agreed to extend the nationwide truce for two more months on the same "
        "terms, Al-Quds Al-Arabi reported. The truce, which first took effect at the start of "
        "Ramadan, has allowed fuel ships to enter Hodeidah port and commercial flights to "
        "resume between Sanaa and Amman and Cairo. Grundberg said the extension would allow the "
        "parties to negotiate the reopening of roads around Taiz and the payment of civil "
        "servants' salaries. The government in Aden and the Houthis both welcomed the "
        "announcement. Saudi Arabia said it hoped the truce would lead to a comprehensive "
        "political solution. Residents of Sanaa told the newspaper that the nights had been "
        "quiet for the first time in seven years.",
        "peace",
    ),
    (
        "Leaders sign Gaza declaration at Sharm el-Sheikh summit",
        "More than 20 world leaders gathered in Sharm el-Sheikh on Monday for a summit on Gaza "
        "co-chaired by Egyptian President Abdel Fattah al-Sisi and US President Donald Trump, "
        "Al-Ahram reported. The leaders of Egypt, Qatar, Turkey and the United States signed a "
        "document supporting the ceasefire agreement and the next stages of the plan for the "
        "Strip. Sisi said the agreement closed a painful chapter and called for a conference on "
        "reconstruction to be held in Cairo. Neither Israel nor Hamas was represented at the "
        "summit. The newspaper said the talks touched on an international stabilisation force "
        "and the return of the Palestinian Authority. European leaders pledged to contribute "
        "to rebuilding. Delegations left the resort in the evening after a group photograph on "
        "the shore of the Red Sea.",
        "peace",
    ),
    (
        "Egypt takes delivery of new batch of Rafale jets",
        "Egypt received a new batch of Rafale fighter jets from France on Tuesday, the military "
        "spokesman said, part of a contract for 30 aircraft signed in 2021. The jets landed at "
        "an air base after a non-stop flight from France with in-flight refuelling, Al-Ahram "
        "reported. The spokesman said the aircraft would strengthen the air force's ability to "
        "protect the country's borders and its interests in the Mediterranean and the Red Sea. "
        "Egypt was the first foreign buyer of the Rafale in 2015. Defence analysts told the "
        "newspaper that Cairo had diversified its sources of weapons over the past decade, "
        "buying from France, Germany, Italy and Russia as well as the United States. The "
        "contract was financed by a loan of up to ten years. "
        "The aircraft took part in a short flypast over the base after landing, before being "
        "handed over to their squadron. Pilots had trained in France for several months, the "
        "spokesman said. The deal also includes missiles, training and maintenance, and "
        "Dassault has been expanding its presence in the country. Egypt has also ordered "
        "additional frigates from Italy and submarines from Germany in recent years.",
        "military",
    ),
    (
        "Saudi and Egyptian forces wrap up Morgan-21 drill",
        "Saudi and Egyptian naval and special forces concluded the joint exercise Morgan-21 in "
        "the Red Sea on Thursday, with live-fire drills against simulated targets at sea, "
        "Asharq Al-Awsat reported. The exercise, held off the Saudi coast, included boarding "
        "and inspection of suspect vessels, repelling attacks by fast boats and protecting "
        "vital installations. Commanders from both sides attended the final day aboard a "
        "Saudi frigate. The Egyptian military spokesman said the drill aimed to exchange "
        "expertise and to raise the readiness of the two navies to secure the sea lanes. The "
        "two countries have held joint exercises regularly for more than a decade. Observers "
        "from several Arab states watched the manoeuvres.",
        "military",
    ),
    (
        "Algeria marks 60 years of independence with giant military parade",
        "Algeria held its largest military parade in more than three decades on Tuesday to mark "
        "the 60th anniversary of independence, with tanks, missile launchers and fighter jets "
        "passing along the bay of Algiers. Al-Quds Al-Arabi said tens of thousands of people "
        "lined the avenues to watch, and many waved flags from balconies. President Abdelmadjid "
        "Tebboune reviewed the troops alongside the army chief of staff and foreign guests, "
        "among them the Palestinian and Tunisian presidents. Russian-made S-400 air defence "
        "systems and Iskander missiles appeared in public for the first time, according to "
        "analysts. Submarines and warships sailed in the bay, and helicopters trailed the "
        "national colours across the sky. The army said the parade showed its readiness to "
        "defend the nation.",
        "military",
    ),
    (
        "African Lion exercise opens in Morocco with thousands of troops",
        "The African Lion exercise, the largest US-led military exercise on the continent, "
        "opened in Agadir on Monday with about 8,000 troops from more than 20 countries, Al "
        "Jazeera reported. The Moroccan armed forces said the drills would run for two weeks "
        "in the regions of Agadir, Tan-Tan, Tiznit and Benguerir. They include air and ground "
        "manoeuvres, a chemical defence drill and a field hospital that will treat residents "
        "of remote villages. Israeli officers attended as observers for the first time, the "
        "channel noted. The commander of US forces in Africa said the exercise strengthened "
        "cooperation with partners facing common threats. Tunisia, Ghana and Senegal are "
        "hosting smaller parts of the exercise. "
        "The exercise, first held in 2004, has grown every year and now includes cyber "
        "defence and medical evacuation drills. Residents of villages near Tan-Tan were told "
        "that live-fire exercises would take place in the desert and that some roads would "
        "be closed for several days. Moroccan officials said the kingdom had bought new US "
        "equipment, including attack helicopters, that would be used in the drills.",
        "military",
    ),
    (
        "Fifty years on, Egypt remembers the crossing of October 1973",
        "Egypt marked the 50th anniversary of the October 1973 war on Friday with ceremonies at "
        "the tomb of the Unknown Soldier in Cairo, where President Abdel Fattah al-Sisi laid a "
        "wreath, Al-Ahram reported. The newspaper published a special supplement with "
        "testimonies of veterans who crossed the Suez Canal on the afternoon of October 6 and "
        "stormed the Bar Lev line. One former sapper recalled how water cannons were used to "
        "open breaches in the sand barrier. State television aired documentaries and the "
        "military museum in Cairo opened a new hall of captured equipment. Schoolchildren "
        "visited the Panorama building in Heliopolis. Veterans told the newspaper they feared "
        "the younger generation knew the war only from films. "
        "In the evening, a concert at the Cairo Opera House revived the patriotic songs of "
        "the 1970s, with veterans invited as guests of honour. The newspaper also ran an "
        "interview with a retired general who commanded an infantry brigade on the east "
        "bank. He said the secret of the crossing lay in months of deception and training "
        "that the enemy did not detect. Historians have long debated the later stages of the "
        "war, including the Israeli counter-crossing near Deversoir, and the newspaper gave "
        "space to several views.",
        "history",
    ),
    (
        "Naksa remembered: 58 years since the defeat of June 1967",
        "Palestinians and Arabs marked on Thursday the 58th anniversary of the Naksa, the defeat "
        "of June 1967 in which Israel seized the West Bank, East Jerusalem, Gaza, the Golan "
        "Heights and Sinai in six days. Al-Quds Al-Arabi ran an essay by a historian on the "
        "failures of Arab command and the broadcasts of Voice of the Arabs, which announced "
        "victories while the air forces lay destroyed on the ground. The newspaper recalled "
        "Gamal Abdel Nasser's resignation speech and the crowds that poured into the streets "
        "to demand his return. Refugees who fled the Jordan valley in 1967 spoke of camps in "
        "Jordan where they have lived since. The Palestinian foreign ministry said the "
        "occupation that began that June was the longest in modern history. Events were held "
        "in Ramallah and in camps in Lebanon and Jordan.",
        "history",
    ),
    (
        "Syrians mark Tishreen war anniversary in a changed country",
        "Syria marked the anniversary of the October 1973 war on Monday for the first time "
        "since the fall of the former government, with low-key ceremonies in Damascus and "
        "Quneitra, Asharq Al-Awsat reported. The war, known in Syria as the Tishreen War of "
        "Liberation, was for decades a pillar of the Assad family's official history. This "
        "year, the newspaper said, the defence ministry laid wreaths at the Unknown Soldier "
        "memorial on Mount Qasioun without the parades and speeches of the past. Historians "
        "told the newspaper that the war's memory needed to be freed from propaganda. Residents "
        "of Quneitra, destroyed in 1974, visited the ruins of the old city's hospital and "
        "church. The Tishreen war panorama museum in Damascus reopened to visitors after "
        "renovation.",
        "history",
    ),
    (
        "Jordan celebrates anniversary of the Battle of Karameh",
        "Jordan commemorated on Thursday the 57th anniversary of the Battle of Karameh, in which "
        "the Jordanian army and Palestinian fighters repelled an Israeli incursion into the "
        "Jordan valley in March 1968, the Jordanian news agency Petra said. King Abdullah II "
        "visited the memorial in the valley and met veterans of the battle and the families of "
        "those who died. Schools held morning assemblies where teachers told the story of the "
        "battle, and the army opened its museum in Amman free of charge. The newspaper "
        "Ad-Dustour published the names of the fallen in a special page. A veteran who fought "
        "in the battle aged 19 said it had restored Arab dignity after the defeat of the "
        "previous year. Karameh remains a central date in both Jordanian and Palestinian "
        "memory.",
        "history",
    ),
    (
        "Fifty years after the Ain el-Remmaneh bus, Lebanon debates its memory",
        "Lebanon marked on Sunday the 50th anniversary of the start of the civil war, which "
        "broke out on April 13, 1975, when gunmen fired on a bus carrying Palestinians in the "
        "Ain el-Remmaneh district of Beirut. Annahar said events were held in the capital under "
        'the slogan "So it is not repeated". Families of the missing, whose number is put at '
        "17,000, gathered in the garden near the UN building with photographs of their "
        "relatives. The president called for the war to become a lesson taught in schools "
        "rather than a wound kept open. Historians noted that the country still has no unified "
        "history textbook covering the war years. A theatre group staged a play on the old "
        "green line in downtown Beirut. "
        "The bus itself, rusted and riddled with bullet holes, was displayed for the first "
        "time in a museum in the mountains. An amnesty law passed in 1991 pardoned most "
        "crimes committed during the war.",
        "history",
    ),
    (
        "Sabra and Shatila victims remembered at mass grave in Beirut",
        "Hundreds of Palestinians and Lebanese gathered on Monday at the mass grave of the "
        "victims of the Sabra and Shatila massacre to mark its 42nd anniversary, Al-Quds "
        "Al-Arabi reported. Survivors laid wreaths and read the names of relatives killed over "
        "three days in September 1982, when a Lebanese militia allied with Israel entered the "
        "camps. A delegation of Italian activists, who have come every year for decades, "
        "joined the commemoration. Speakers linked the memory of the massacre to the suffering "
        "of Palestinians today and to the right of return. The Shatila camp's popular committee "
        "said no one had ever been brought to trial for the killings. Children from camp "
        "schools carried Palestinian flags and banners bearing the names of their villages in "
        "Galilee.",
        "history",
    ),
    (
        "Ramadan drama about a Khan Younis family tops viewing charts",
        "A Ramadan television series set in Gaza has become the most watched drama of the "
        "season on Arab satellite channels and streaming platforms, Al Jazeera reported. The "
        "30-episode series follows a family in Khan Younis over two decades, from the first "
        "intifada to the siege, and includes battle scenes filmed in a studio in Syria. Its "
        "director said he wanted to show the human side of a story the world sees only as "
        "breaking news. The Israeli foreign ministry criticised the series as incitement, and "
        "a streaming service in one Gulf country removed it after the first week. Viewers "
        "praised the performance of the lead actress, who plays a mother waiting for news of "
        "her sons. The series will be dubbed into Turkish and Malay. "
        "Critics were divided, with some praising its ambition and others calling it a "
        "melodrama that used suffering for ratings. The production company said it had "
        "employed dozens of Palestinian actors from Jordan, Lebanon and the West Bank. Its "
        "soundtrack, sung by a young Palestinian singer, has been streamed millions of "
        "times.",
        "entertainment",
    ),
    (
        "'The Voice of Hind Rajab' moves Venice audience to tears",
        "The Tunisian director Kaouther Ben Hania's film about Hind Rajab, the six-year-old "
        "girl who was killed in Gaza after hours on the phone with the Palestinian Red "
        "Crescent, received a standing ovation of more than 20 minutes at the Venice film "
        "festival, Asharq Al-Awsat reported. The film uses the real recordings of the girl's "
        "calls, with actors playing the dispatchers in the Ramallah call centre. Hollywood "
        "stars joined the production as executive producers. Ben Hania told the newspaper "
        "that she had wanted the audience to hear the voice that the world ignored. The film "
        "later won the festival's Grand Jury Prize. Its release in Arab cinemas is planned for "
        "the winter. "
        "The festival's director said few films in recent years had provoked such a "
        "response. Tunisia has submitted the film as its candidate for the Academy Awards.",
        "entertainment",
    ),
    (
        "Syrian war novel wins the International Prize for Arabic Fiction",
        "A novel by a Syrian author about a family scattered across three countries by the war "
        "won the International Prize for Arabic Fiction on Sunday, the prize's board announced "
        "in Abu Dhabi. Al-Quds Al-Arabi said the jury praised the novel's use of letters and "
        "voice messages to tell the story of a mother in Aleppo, a son in Berlin and a daughter "
        "in a camp in Lebanon. The author, who lives in exile, said he had written the book in "
        "a language that tries to heal rather than to record the bombing. The winner receives "
        "50,000 dollars and funding for an English translation. Five other novels from Egypt, "
        "Iraq, Morocco and Palestine were on the shortlist. The chair of the jury said it was "
        "one of the strongest lists in the prize's history.",
        "entertainment",
    ),
    (
        "Egyptian film on war of attrition returns to cinemas in restored copy",
        "A restored copy of the 1970s classic about Egyptian commandos in the war of attrition "
        "returned to Cairo cinemas this week, Al-Ahram reported, as part of a programme of "
        "films on the October victory. The National Film Centre spent two years cleaning the "
        "original negative, which had been damaged by damp. Audiences applauded the raid scenes "
        "across the canal, the newspaper's critic wrote, though the special effects now look "
        'dated. The screenings come a few years after the success of "The Passage", which '
        "drew millions of viewers with its modern battle sequences. Film historians said the "
        "restoration programme would cover more than 40 war films from the archives. Tickets "
        "were offered at half price to students.",
        "entertainment",
    ),
]
