"""dev71 negatives: bandhs, hartals, rallies and sit-ins that passed peacefully; anniversaries,
remembrance days, war graves and old bombs."""

NEGATIVES = [
    (
        "Hartal passes off peacefully in Kerala; KSRTC stays off roads",
        "The dawn-to-dusk hartal called by the opposition front against the fuel price hike "
        "passed off peacefully across Kerala on Monday, the police said. Shops and businesses "
        "remained closed, KSRTC buses stayed off the roads and attendance in government offices "
        "was thin. Hotels near the railway stations opened in the evening for stranded "
        "travellers. Universities postponed the examinations scheduled for the day. Tourists "
        "arriving in Kochi were ferried to their hotels in police vehicles.",
        "protest",
    ),
    (
        "Shutters down as opposition's 'sarbatmak hartal' grips Assam",
        "Markets, schools and offices stayed shut in most of Assam on Tuesday during the "
        "statewide 'sarbatmak hartal' called by opposition parties against the notification of "
        "the rules of the Citizenship (Amendment) Act. Students' union activists burned copies "
        "of the Act at torchlight processions the night before. The police reported no untoward "
        "incident, and traffic resumed in the evening.",
        "protest",
    ),
    (
        "BNP holds Dhaka rally at Golapbagh without incident",
        "Tens of thousands of BNP leaders and activists gathered at the Golapbagh ground in "
        "Dhaka on Saturday for the party's divisional rally, after weeks of wrangling with the "
        "police over the venue. Speakers demanded the government step down and hand power to a "
        "caretaker government. The rally ended peacefully in the afternoon, and party leaders "
        "thanked the police.",
        "protest",
    ),
    (
        "Kashmir observes shutdown on separatists' call",
        "Shops, businesses and educational institutions remained closed in Srinagar and other "
        "towns of the Valley on Friday in response to a shutdown call by the separatist "
        "leadership against the killings of civilians last month. Public transport was thin. "
        "Officials said the day passed off peacefully, and there were no restrictions.",
        "protest",
    ),
    (
        "GotaGoGama protest camp grows on Galle Face Green",
        "Thousands of Sri Lankans joined the protest camp at Galle Face Green on Sunday, the "
        "ninth day of a sit-in demanding that President Gotabaya Rajapaksa resign over the "
        "economic crisis. Volunteers run a library, a kitchen and a first-aid tent, and Buddhist "
        "monks, Catholic priests and Muslim clerics have addressed the crowds. Police have not "
        "intervened.",
        "protest",
    ),
    (
        "Farmers dig in at Singhu as sit-in enters third month",
        "Thousands of farmers from Punjab and Haryana continued their sit-in at the Singhu "
        "border on Tuesday, with community kitchens, libraries and tents lining the highway for "
        "kilometres. Their unions said they would not leave until the three farm laws were "
        "repealed. A new round of talks with the government is due on Friday.",
        "protest",
    ),
    (
        "Students flash three-finger salute at Bangkok flash mob",
        "Hundreds of high school and university students gathered at the Siam skywalk in Bangkok "
        "on Saturday evening for a flash mob, raising the three-finger salute and calling for "
        "the Prime Minister to step down. Speeches lasted two hours, and the crowd dispersed "
        "before the Skytrain stopped running. Police watched without intervening.",
        "protest",
    ),
    (
        "Rohingya rally in Cox's Bazar camps: 'Let's go home'",
        "Thousands of Rohingya refugees rallied in the Ukhiya and Teknaf camps on Sunday to "
        "demand a safe and dignified return to Myanmar, five years after their exodus. Marchers "
        "carried placards that read 'Enough is enough, let's go home'. Camp officials said the "
        "rallies were peaceful.",
        "protest",
    ),
    (
        "Workers march on Jakarta palace in May Day rally",
        "Tens of thousands of workers marched to the presidential palace in Jakarta on May Day, "
        "demanding the repeal of the omnibus job creation law and the end of outsourcing. Labour "
        "unions said the rally was peaceful, and police diverted traffic around Merdeka Square. "
        "Similar rallies took place in Surabaya, Medan and Makassar.",
        "protest",
    ),
    (
        "Baloch families' sit-in outside Quetta Press Club enters 100th day",
        "Families of missing persons marked the 100th day of their sit-in outside the Quetta "
        "Press Club on Thursday, holding pictures of relatives they say were taken by the "
        "security agencies. Leaders of the Voice for Baloch Missing Persons said they would "
        "continue until the men were produced in court.",
        "protest",
    ),
    (
        "Thousands march peacefully in Nouméa against electoral reform",
        "Thousands of people marched through Nouméa on Saturday against a French plan to open "
        "New Caledonia's provincial electoral rolls to recent arrivals, in a pro-independence "
        "rally that organisers said drew 40,000. A loyalist counter-march took place the same "
        "day. The High Commission said both demonstrations passed off calmly.",
        "protest",
    ),
    (
        "Teachers continue protest at Maitighar over school education bill",
        "Thousands of teachers from across Nepal continued their protest at Maitighar Mandala "
        "and New Baneshwor on Sunday, the eleventh day of a strike that has closed schools, "
        "demanding the passage of the school education bill. The Nepal Teachers' Federation said "
        "talks with the government had failed. Exams have been postponed.",
        "protest",
    ),
    (
        "Marawi marks siege anniversary with prayers for the dead",
        "Residents of Marawi gathered in the rebuilt Grand Mosque on Tuesday to pray for the "
        "civilians, soldiers and police who died during the five-month siege of the city in "
        "2017. Officials laid wreaths at the Marawi memorial, and a peace run was held around "
        "the lake. Local leaders urged the government to speed up compensation payments.",
        "history",
    ),
    (
        "Families light candles at Ampatuan massacre site on 15th anniversary",
        "Relatives of the 58 people killed in the Maguindanao massacre lit candles and laid "
        "flowers at the hilltop site in Ampatuan town on Saturday, the 15th anniversary of the "
        "killings. Media groups in Manila held a march in memory of the 32 journalists among the "
        "victims. Families said some suspects were still at large.",
        "history",
    ),
    (
        "Nation pays tribute to 1971 martyrs on Victory Day",
        "Bangladesh celebrated the 54th Victory Day on Tuesday, with people from all walks of "
        "life placing flowers at the National Memorial in Savar to honour the martyrs of the "
        "1971 Liberation War. The armed forces held a parade at the National Parade Square, and "
        "buildings were decked with the national flag.",
        "history",
    ),
    (
        "Tamils gather at Mullivaikkal to remember war dead",
        "Hundreds of Tamils gathered at Mullivaikkal on Saturday to mark the 15th anniversary of "
        "the end of Sri Lanka's civil war, lighting lamps for relatives killed in the final "
        "months of fighting. Mourners shared 'Mullivaikkal kanji', rice porridge that recalls "
        "the food survivors ate in 2009. Police said the event passed peacefully.",
        "history",
    ),
    (
        "Khmer Rouge tribunal ends its work after 16 years",
        "The UN-backed tribunal in Phnom Penh held its final session on Thursday, upholding the "
        "genocide conviction of Khieu Samphan, the last surviving leader of the Khmer Rouge. The "
        "court has convicted only three people since it was set up in 2006, at a cost of more "
        "than $330 million. Survivors said its work had helped young Cambodians understand what "
        "happened.",
        "history",
    ),
    (
        "Kargil Vijay Diwas: 25 years on, veterans return to Drass",
        "Veterans and the families of soldiers killed in the Kargil war gathered at the war "
        "memorial in Drass on Friday for the 25th Kargil Vijay Diwas. The Prime Minister laid a "
        "wreath and paid tribute to the 527 soldiers who died in 1999. A light-and-sound show "
        "retold the battles for Tololing and Tiger Hill.",
        "history",
    ),
    (
        "Dili remembers Santa Cruz massacre with procession",
        "Thousands of Timorese walked from the Motael church to the Santa Cruz cemetery in Dili "
        "on Tuesday to remember the young people shot dead by Indonesian troops there in 1991. "
        "The President laid flowers at the graves. The footage filmed that day by a British "
        "journalist helped turn world opinion towards Timorese independence.",
        "history",
    ),
    (
        "Area around Honiara school evacuated as WWII bomb removed",
        "Police evacuated homes and a primary school near White River in west Honiara on "
        "Wednesday while explosive ordnance disposal officers removed a Second World War aerial "
        "bomb found by a builder digging a septic tank, RNZ Pacific reported. The bomb was taken "
        "to a disposal site at Hells Point. Solomon Islands police said thousands of wartime "
        "munitions are still buried around Guadalcanal. Residents also handed in two rusted hand "
        "grenades found in a garden nearby.",
        "history",
    ),
    (
        "Rohingya mark 'Genocide Remembrance Day' in camps",
        "Rohingya refugees in the Cox's Bazar camps marked the anniversary of the 2017 military "
        "crackdown in Rakhine State with prayers and gatherings on Sunday, calling it Genocide "
        "Remembrance Day. Speakers demanded justice at the International Court of Justice and a "
        "return to their homeland with citizenship. The day passed off peacefully, camp "
        "officials said.",
        "history",
    ),
]
