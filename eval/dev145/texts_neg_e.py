"""dev145 negatives (5 of 5): arms deals, jets, drills and parades, films and series about war,
and the ordinary news of the same papers (tourism, weather, museums, elections, refugees long
settled and returning) (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Egypt signs deal to buy 30 more Rafale fighter jets from France",
        "Egypt has signed a contract with France to buy 30 additional Rafale fighter "
        "jets, the Egyptian armed forces spokesperson said on Tuesday, in a deal that "
        "will bring the size of the country's Rafale fleet to 54 aircraft. The "
        "contract, to be financed through a loan of up to ten years, was signed in "
        "Cairo by representatives of the Ministry of Defence and of Dassault Aviation, "
        "the spokesperson said in a statement. French investigative website Disclose "
        "put the value of the deal at around €3.75bn, including missiles and equipment "
        "supplied by MBDA and Safran. Egypt became the first foreign buyer of the "
        "Rafale in 2015, when it ordered 24 of the jets, and has since bought Mistral "
        "helicopter carriers and FREMM frigates from France. The spokesperson said the "
        "deal reflected the strategic partnership between the two countries and the "
        "armed forces' drive to modernise their equipment. Deliveries of the new jets "
        "are expected to begin in 2024.",
        "military",
    ),
    (
        "Türkiye's national fighter jet KAAN completes maiden flight",
        "Türkiye's first indigenous fifth-generation fighter jet, KAAN, successfully "
        "completed its maiden flight on Wednesday, marking what officials called a "
        "historic milestone for the country's defense industry. The jet, developed by "
        "Turkish Aerospace Industries (TUSAŞ), took off from the company's facilities "
        "in Ankara and flew for 13 minutes, reaching an altitude of 8,000 feet and a "
        "speed of 230 knots before landing safely, the company said. Defense Industries "
        'Agency head Haluk Görgün said the flight had gone "exactly as planned" and '
        "that the data collected would be used in the next stages of the testing "
        "program. President Recep Tayyip Erdoğan congratulated the engineers and said "
        "the jet would join the Turkish Air Force inventory in 2028 and replace the "
        "aging F-16 fleet in the 2030s. KAAN is powered by two General Electric F110 "
        "engines for now, but Türkiye aims to equip later versions with a domestically "
        "developed engine. The project was launched after Türkiye was removed from the "
        "U.S.-led F-35 program in 2019 over its purchase of Russian S-400 air defense "
        "systems. Turkish Aerospace plans to build several prototypes for flight "
        "testing over the next four years.",
        "military",
    ),
    (
        "Army begins large-scale Zolfaghar drills along Makran coast",
        "The Ground Force of the Islamic Republic of Iran Army began a large-scale "
        "military exercise code-named Zolfaghar on Saturday in the general area of the "
        "Makran coast, the Sea of Oman and the northern Indian Ocean. Army spokesman "
        "Brigadier General Abolfazl Shekarchi said the four-day drills would involve "
        "infantry, armoured and airborne units, the Army's air force and navy, as well "
        "as drones and electronic warfare units. During the first phase, attack drones "
        "destroyed pre-determined targets and commando units landed on the coast from "
        "helicopters in a simulated operation against an invading enemy, the spokesman "
        "said. Advanced missile systems and new domestically produced radars will also "
        "be tested in the coming days. The drills are aimed at assessing the readiness "
        "of the forces and sending a message of peace and friendship to neighbouring "
        "countries, as well as a warning to enemies, the commander of the exercise "
        "said. The Army holds Zolfaghar exercises every year in the country's "
        "southeast. State television broadcast footage of tanks moving across the "
        "desert and soldiers parachuting onto the beaches.",
        "military",
    ),
    (
        "Algeria stages first military parade in 33 years to mark 60 years of independence",
        "Algeria held its first military parade in 33 years in the capital on Tuesday "
        "to mark the 60th anniversary of its independence from France, showcasing "
        "tanks, missile systems, fighter jets and thousands of troops along a boulevard "
        "by the Bay of Algiers. President Abdelmadjid Tebboune, dressed in a dark suit, "
        "reviewed the troops alongside army chief General Saïd Chanegriha, in the "
        "presence of Tunisian President Kais Saied and Palestinian President Mahmoud "
        "Abbas. Around 7,000 soldiers, sailors and airmen marched past the stands, "
        "followed by Russian-made S-400 air defence systems, Iskander missile launchers "
        "and T-90 tanks, while Su-30 fighter jets and helicopters flew overhead. Tens "
        "of thousands of Algerians lined the streets, waving national flags. The parade "
        "paid tribute to the 1.5 million martyrs of the war of liberation, which ended "
        "with independence on July 5, 1962. The government also released thousands of "
        "prisoners under a presidential pardon for the occasion. Festivities, including "
        "concerts and fireworks, continued late into the night in cities across the "
        "country.",
        "military",
    ),
    (
        "Film about 1973 crossing premieres at El Gouna, earns standing ovation",
        "A new Egyptian feature film about the soldiers who crossed the Suez Canal on "
        "October 6, 1973, received a standing ovation at its world premiere at the El "
        "Gouna Film Festival on Thursday night. 'The Sand Wall', directed by a young "
        "Alexandrian filmmaker in her second feature, follows a platoon of engineers "
        "who spend the night before the crossing preparing the water cannons that would "
        "breach the Bar-Lev Line's sand barrier. The battle scenes were shot over seven "
        "weeks in the desert near Ismailia, with the support of the Armed Forces' "
        "Department of Morale Affairs, which provided vehicles and advisers. Lead actor "
        "Ahmed Malek, who plays a conscript from Upper Egypt, said the role had changed "
        "the way he saw his grandfather, a veteran of the war. Critics praised the "
        "film's restraint and its focus on the soldiers' fears rather than on heroics. "
        "The film will be released in Egyptian cinemas in time for the anniversary of "
        "the war next October. Festival director Intishal Al-Timimi said the selection "
        "of Arab films this year was the strongest in the festival's history.",
        "entertainment",
    ),
    (
        "'Kuruluş: Osman' returns for fifth season with epic battle scenes",
        'The hit historical drama "Kuruluş: Osman" (Establishment: Osman) returned to '
        "Turkish screens on Wednesday night for its fifth season, opening with a "
        "20-minute battle sequence that the producers say is the most ambitious in the "
        "series' history. The series, which follows the life of Osman Bey, the founder "
        "of the Ottoman Empire, topped the ratings in all categories, according to "
        "figures released Thursday. The new season picks up after a time jump, with "
        "Osman, played by Burak Özçivit, now an older ruler leading his warriors "
        "against the Byzantine fortresses of Bithynia and dealing with betrayal within "
        "his own ranks. The battle scenes were filmed on a vast set in Istanbul's "
        "Beykoz district, with hundreds of extras, horses and replica siege engines. "
        "Producer Mehmet Bozdağ said the new episodes would also focus on the founding "
        "of the state's institutions and on Osman's relationship with his son Orhan. "
        "The series is broadcast in more than 80 countries and has a huge following in "
        "Pakistan, the Middle East and Latin America. Critics noted that the series has "
        "increasingly become a vehicle for historical pride.",
        "entertainment",
    ),
    (
        "'No Other Land' wins Oscar for best documentary, drawing praise and fury",
        "'No Other Land', a documentary made by a collective of Palestinian and Israeli "
        "filmmakers about the destruction of Palestinian villages in Masafer Yatta, won "
        "the Academy Award for best documentary feature in Los Angeles on Sunday night. "
        "The film, directed by Basel Adra, Yuval Abraham, Hamdan Ballal and Rachel "
        "Szor, follows Adra's community in the South Hebron Hills over five years as "
        "the army demolishes homes, a school and water cisterns to make way for a "
        "firing zone, while settlers harass residents. Accepting the award, Adra said "
        "he hoped his newborn daughter would not have to live the life he was living "
        "now, 'always fearing settlers' violence, home demolitions and forcible "
        "displacement'. Abraham said that Israelis and Palestinians could find a way "
        "forward together, calling on the United States to help end the occupation. "
        "Culture Minister Miki Zohar called the win 'a sad moment for the world of "
        "cinema' and accused the film of sabotaging Israel's image. The documentary, "
        "which premiered at the Berlin Film Festival last year, has not found a "
        "distributor in the United States. Screenings in Israel have been held mainly "
        "at independent cinematheques.",
        "entertainment",
    ),
    (
        "Morocco welcomed record 19.8 million tourists in 2025, ministry says",
        "Morocco welcomed a record 19.8 million tourists in 2025, an increase of 14% "
        "compared with the previous year, the Ministry of Tourism, Handicrafts and "
        "Social and Solidarity Economy said on Monday. The figure includes Moroccans "
        "living abroad, who accounted for around 44% of arrivals, according to the "
        "ministry's data. Tourism receipts also reached an all-time high, exceeding MAD "
        "120 billion, driven by strong demand from France, Spain, the United Kingdom "
        "and new markets such as the United States and China. Minister Fatim-Zahra "
        "Ammor said the Africa Cup of Nations, hosted by Morocco in December and "
        "January, had given an additional boost to arrivals at the end of the year. "
        "Marrakech remained the most visited destination, followed by Agadir, Tangier, "
        "Casablanca and Fez, while desert and mountain tourism continued to grow. The "
        "government aims to attract 26 million visitors annually by 2030, when Morocco "
        "will co-host the FIFA World Cup with Spain and Portugal. Royal Air Maroc plans "
        "to expand its fleet to 200 aircraft to cope with the expected demand.",
        "other",
    ),
    (
        "Basra hits 50 degrees as power cuts stretch to 12 hours a day",
        "Temperatures reached 50 degrees Celsius in Basra on Tuesday, making it one of "
        "the hottest places on earth, as residents endured power cuts of up to 12 hours "
        "a day in the southern province. The Iraqi Meteorological Organization said the "
        "heatwave would continue across central and southern Iraq until the end of the "
        "week, with temperatures in Baghdad, Amarah and Nasiriyah expected to exceed 49 "
        "degrees. Several provinces declared official holidays for public employees to "
        "reduce pressure on the grid, and hospitals reported a rise in cases of "
        "heatstroke among labourers and the elderly. The Ministry of Electricity said "
        "production had fallen by several thousand megawatts after Iran reduced gas "
        "supplies to Iraqi power plants over unpaid debts. Residents who can afford it "
        "rely on private neighbourhood generators, whose owners have raised their "
        "monthly fees. Environmental experts warn that Iraq is one of the countries "
        "most vulnerable to climate change, with rising temperatures, falling rainfall "
        "and dwindling river flows. The government has promised to add new capacity "
        "before next summer, including solar plants in Najaf and Karbala. Some "
        "residents said they had moved their beds onto rooftops or slept in their cars "
        "with the air conditioning running. Farmers in Dhi Qar and Maysan said drought "
        "and heat had forced them to abandon their land and move to the cities.",
        "other",
    ),
    (
        "Grand Egyptian Museum opens its doors to the public after two decades",
        "The Grand Egyptian Museum opened its doors to the public on Tuesday, two days "
        "after a lavish inauguration ceremony attended by heads of state, royals and "
        "officials from around the world, more than two decades after construction "
        "began near the Giza Pyramids. Thousands of Egyptian and foreign visitors "
        "queued from early morning to see the museum's treasures, including the full "
        "collection of King Tutankhamun's tomb, displayed together for the first time "
        "since its discovery by Howard Carter in 1922. The museum, which covers nearly "
        "half a million square metres, houses more than 100,000 artefacts, among them "
        "the 11-metre statue of Ramses II that stands in the grand atrium. Tourism and "
        "Antiquities Minister Sherif Fathy said the museum was expected to receive up "
        "to 5 million visitors a year, and would help Egypt reach its target of 30 "
        "million tourists by 2032. Ticket prices range from EGP 200 for Egyptians to "
        "EGP 1,450 for foreign adults. The opening was delayed several times over the "
        "years because of the political turmoil after 2011, the COVID-19 pandemic and "
        "regional tensions. A grand staircase lined with statues of kings and gods "
        "leads visitors up to galleries with a panoramic view of the Pyramids. Hotels "
        "in Giza and central Cairo reported occupancy rates above 90% for the week of "
        "the opening. The museum also houses a conservation centre, a children's museum "
        "and a conference hall.",
        "other",
    ),
    (
        "From refugee to employer: Syrian baker's business thrives in Gaziantep",
        "When Ahmad fled Aleppo in 2013 with his wife and three children, he carried "
        "little more than a few family recipes for ma'amoul and baklava. Six years "
        "later, the 46-year-old runs two bakeries in Gaziantep's Şahinbey district, "
        "employs 14 people, half of them Turkish citizens, and exports pastries to "
        'Germany and the Gulf. "I started with a small oven in a rented basement, '
        'selling to neighbors," he told Daily Sabah at his shop, where customers queued '
        "for fresh trays in the early morning. He obtained a work permit in 2017 and "
        "received a small grant and business training from a program run by the chamber "
        "of commerce with international support. Gaziantep, which hosts around 450,000 "
        "Syrians, has seen thousands of Syrian-owned businesses open since 2011, "
        "according to local officials, many of them in food, textiles and trade. "
        "Ahmad's eldest son is now studying engineering at Gaziantep University, and "
        'his daughter hopes to become a pharmacist. "Turkey gave us a second home, and '
        'we want to give something back," he said. He plans to open a third shop next '
        "year.",
        "other",
    ),
    (
        "More than 50,000 Syrian refugees have returned from Jordan since December, UNHCR says",
        "More than 50,000 Syrian refugees have returned home from Jordan since the fall "
        "of the former regime in December, the UN Refugee Agency (UNHCR) said on "
        "Tuesday, most of them through the Jaber border crossing. The agency's "
        "representative in Jordan said returns had picked up after the end of the "
        "school year and were expected to continue in the summer months, although most "
        "of the 600,000 Syrians registered in the Kingdom said they did not plan to "
        "return in the near future. Refugees cited the destruction of their homes, the "
        "lack of jobs and services and uncertainty over the future as the main reasons "
        "for staying. Many of those who went back were from Daraa and the Damascus "
        "countryside, and some families sent one member ahead to check on their "
        "property before deciding. The UNHCR provides returnees with cash assistance "
        "and transport to the border, and the Jordanian government has waived fines on "
        "overstayed residency permits for those leaving. Interior Minister Mazen Faraya "
        "said Jordan supported voluntary, safe and dignified return and would not force "
        "anyone to leave. Zaatari camp, home to some 75,000 refugees, has seen its "
        "first sections emptied.",
        "other",
    ),
    (
        "Tebboune wins second term with 84.3% of vote, electoral authority says",
        "Algerian President Abdelmadjid Tebboune has been re-elected for a second "
        "five-year term with 84.3% of the vote, the head of the Independent National "
        "Electoral Authority (ANIE) announced on Sunday, citing preliminary results. "
        "Islamist candidate Abdelaali Hassani Cherif of the Movement of Society for "
        "Peace (MSP) came second with 9.56%, while Youcef Aouchiche of the Socialist "
        "Forces Front (FFS) received 6.14%, the authority said. ANIE put the average "
        "turnout at 48%, a figure disputed by both challengers, whose campaigns said "
        "there had been contradictions in the numbers announced. In a rare joint "
        "statement, the three campaigns, including Tebboune's own, later criticised the "
        "authority for irregularities in the announcement of the results. Tebboune, 78, "
        "was first elected in 2019 after mass protests of the Hirak movement forced his "
        "predecessor Abdelaziz Bouteflika to step down. During his first term, he "
        "increased social spending, raised public sector wages and introduced an "
        "unemployment allowance, helped by high gas revenues. The Constitutional Court "
        "is due to announce the final results in the coming days. Tebboune cast his "
        "ballot at a polling station in Staoueli, west of Algiers, and said he hoped "
        "for a high turnout. The head of ANIE, Mohamed Charfi, defended the figures, "
        "saying the discrepancies were due to errors in the transmission of data from "
        "the provinces.",
        "other",
    ),
]
