"""dev143 negatives: culture, the military without violence, health, and the other news of
the same papers (exams, currency, religion, elections, land courts)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Nollywood film on Borno insurgency premieres in Lagos",
        "A new Nollywood feature inspired by the experiences of women caught up in the "
        "Boko Haram insurgency premiered at a cinema in Lekki, Lagos, on Sunday, "
        "attracting actors, film critics and survivors of the conflict. The film, "
        "titled Yana, tells the story of a teenage girl who escapes from captivity in "
        "Sambisa Forest and struggles to return to school in Maiduguri. Directed by "
        "Tolu Ajayi and produced in partnership with a Maiduguri-based civil society "
        "group, it features dialogue in Hausa, Kanuri and English. Newcomer Hauwa "
        "Bukar, who plays the lead role, told PUNCH she spent weeks with young women in "
        'Maiduguri to prepare for the part. "Many of them told me they did not want '
        'pity; they wanted people to see that they are still dreaming," she said. Some '
        "scenes were shot in Kano and Jos for security reasons, the producer said. Film "
        'critic Jerry Chiemeke described the film as "restrained and moving", though he '
        "faulted its long running time. The film opens in cinemas across the country on "
        "Friday and is expected to screen at festivals in Toronto and Marrakech later "
        "in the year.",
        "entertainment",
    ),
    (
        "'Goodbye Julia' becomes first Sudanese film selected at Cannes",
        "Goodbye Julia, the debut feature of Sudanese director Mohamed Kordofani, has "
        "been selected for the Un Certain Regard section of the Cannes Film Festival, "
        "the first time a Sudanese film has been chosen for the official selection. The "
        "film, set in Khartoum in the years before the secession of South Sudan in "
        "2011, tells the story of a northern Sudanese woman who hires a southern woman "
        "as a maid after being involved in the death of her husband. Kordofani, a "
        "former aviation engineer, said the film was about guilt, racism and the "
        "possibility of reconciliation between the peoples of the two countries. The "
        "film was shot in Khartoum in late 2022, months before the war broke out "
        "between the army and the Rapid Support Forces. Several members of the cast and "
        'crew now live outside the country, the director told Sudan Tribune. "We made a '
        'film about division, and now we are living the consequences of division," '
        "Kordofani said. The lead roles are played by singer Eiman Yousif and former "
        "model Siran Riak. The festival runs from 16 to 27 May.",
        "entertainment",
    ),
    (
        "Mogadishu Book Fair draws record crowds despite tight security",
        "Thousands of readers, writers and students attended the opening day of the "
        "Mogadishu Book Fair on Saturday, which organisers said drew the largest crowds "
        "since the event was launched in 2015. More than 50 authors from Somalia, "
        "Kenya, Ethiopia and the diaspora are taking part in the three-day festival, "
        "where publishers displayed books in Somali, Arabic and English. Among the most "
        "talked-about titles is a memoir by a former al-Shabaab recruit who describes "
        "how he was taken from a Qur'anic school at 14 and later escaped to a "
        "government rehabilitation centre. Poet Hodan Abdi read from her collection on "
        'the 1991 civil war, which she said was dedicated to "the mothers who kept our '
        'families alive". Organiser Abdullahi Nor said the fair was meant to show "a '
        'different face of Mogadishu, a city of readers and not only of bombs". '
        "Security forces searched visitors at the entrance, and roads around the venue "
        "were closed to vehicles. The education minister pledged government support for "
        "school libraries in the regions. The fair will close on Monday with a poetry "
        "competition for young writers.",
        "entertainment",
    ),
    (
        "NAF inducts six A-29 Super Tucano aircraft into fleet",
        "The Nigerian Air Force (NAF) on Tuesday formally inducted six A-29 Super "
        "Tucano light attack aircraft into its fleet at a ceremony at the Nnamdi "
        "Azikiwe International Airport in Abuja. President Muhammadu Buhari, "
        "represented by the Minister of Defence, Bashir Magashi, said the aircraft "
        "would boost the capacity of the armed forces in the fight against insecurity "
        "in the country. The aircraft, the first batch of 12 ordered from the United "
        "States in a deal worth about $500 million, arrived in Kainji, Niger State, "
        "last month after a ferry flight from Moody Air Force Base in Georgia. The "
        "Chief of the Air Staff, Air Marshal Oladayo Amao, said the pilots and "
        "technicians who would fly and maintain the aircraft had been trained in the "
        "US. Amao said the Super Tucano could carry precision-guided bombs and would be "
        "deployed after final acceptance checks. The US Ambassador to Nigeria, Mary "
        "Beth Leonard, said the sale reflected the strong partnership between the two "
        "countries, and that Nigerian crews had received training on the laws of armed "
        "conflict. The remaining six aircraft are expected in the country by October. "
        "The aircraft conducted a flypast over the venue at the end of the ceremony.",
        "military",
    ),
    (
        "ENDF graduates commandos, unveils new drones at Bishoftu ceremony",
        "The Ethiopian National Defense Force (ENDF) on Saturday graduated thousands of "
        "commando and special forces members at a ceremony in Bishoftu attended by "
        "Prime Minister Abiy Ahmed and senior military officers. The graduates "
        "completed months of training in parachuting, mountain warfare and "
        "counter-terrorism at the Hurso and Bishoftu training centres, according to the "
        "Ministry of Defense. Field Marshal Birhanu Jula, Chief of General Staff, said "
        "the graduates would strengthen the army's capacity to \"defend the sovereignty "
        'of the country from any threat". Abiy, in a speech, said Ethiopia had no '
        "intention of attacking any of its neighbours, but was building a modern "
        "military able to deter aggression. During the ceremony, the army displayed "
        "newly acquired drones and armoured vehicles produced by the Defense "
        "Engineering Industry Corporation, and the air force staged a flypast. Abiy "
        "also said the country's plan to secure access to the sea would be pursued "
        "through peaceful means. The ceremony comes amid tensions with Eritrea and "
        "Egypt, which have both criticised Ethiopia's memorandum of understanding with "
        "Somaliland. Observers from several African countries attended the event.",
        "military",
    ),
    (
        "Africa Corps takes over from Wagner in Mali, junta confirms",
        "Mali's transitional authorities confirmed on Friday that Russia's Africa "
        "Corps, under the supervision of the Russian Defence Ministry, would take over "
        "the mission of the Wagner private military group, which announced its "
        "departure from the country after three and a half years. A statement from the "
        "Ministry of Defence and Veterans Affairs said the cooperation with Russia "
        'would continue "in the same spirit" with the provision of instructors, '
        "equipment and air support. Wagner said on its Telegram channel that it had "
        '"accomplished its mission" in Mali and would be returning home. Diplomatic '
        "sources in Bamako said several hundred Wagner personnel had already left, "
        "while new Africa Corps instructors had arrived at the Sénou air base. The army "
        "spokesman said the change would not affect ongoing operations. Analysts said "
        "the handover marked Moscow's attempt to bring its activities in Africa under "
        "direct state control after the death of Wagner founder Yevgeny Prigozhin in "
        "2023. The Malian government has also recently received armoured vehicles and "
        "aircraft from Russia. Relations with France and other Western partners have "
        "deteriorated since the military took power in 2020.",
        "military",
    ),
    (
        "Lassa fever: NCDC confirms 98 deaths in 10 weeks, Ondo, Edo top list",
        "The Nigeria Centre for Disease Control and Prevention (NCDC) has confirmed 98 "
        "deaths from Lassa fever in the first 10 weeks of the year, with a case "
        "fatality rate of 18.3 percent, higher than the same period last year. In its "
        "latest situation report, the agency said 535 confirmed cases had been recorded "
        "in 14 states, with Ondo, Edo, Bauchi and Taraba accounting for 87 percent of "
        "them. Four health workers were among those infected in the past week, the NCDC "
        "said. The Director-General of the NCDC, Jide Idris, said the agency had "
        "deployed rapid response teams to the most affected states and was supporting "
        "treatment centres with drugs and personal protective equipment. He urged "
        "Nigerians to store grains in rodent-proof containers and avoid drying food on "
        "the ground, where it can be contaminated by the multimammate rat that carries "
        "the virus. Health workers were advised to maintain a high index of suspicion "
        "and to wear protective equipment when handling patients with fever. Lassa "
        "fever is endemic in Nigeria, with cases peaking during the dry season between "
        "December and April. The Irrua Specialist Teaching Hospital in Edo State said "
        "it was treating more than 40 patients.",
        "health",
    ),
    (
        "Cholera: Harare declares state of emergency as cases surge",
        "The Harare City Council on Friday declared a state of emergency over the "
        "cholera outbreak after the number of suspected cases in the capital rose "
        "sharply in the past week, mostly in Kuwadzana, Budiriro and Glen View. Health "
        "and Child Care minister Douglas Mombeshora said 7,398 suspected cases and 152 "
        "suspected deaths had been recorded across the country since the outbreak began "
        "in February. Residents said they had gone for weeks without running water, "
        "forcing them to rely on shallow wells and boreholes, some of them "
        "contaminated. Combined Harare Residents Association chairperson Simbarashe "
        "Moyo blamed the outbreak on the council's failure to supply clean water and "
        "collect refuse. The government banned public gatherings, including funerals, "
        "in the affected suburbs, and urged churches to avoid mass gatherings. The "
        "country recorded more than 4,000 deaths in the 2008 cholera epidemic.",
        "health",
    ),
    (
        "Museveni orders 21-day lockdown of Mubende, Kassanda over Ebola",
        "President Yoweri Museveni on Saturday ordered a 21-day lockdown of Mubende and "
        "Kassanda districts, the epicentre of the Ebola outbreak, restricting movement "
        "in and out of the two districts. In a televised address, Museveni said public "
        "transport and boda bodas would stop operating in the districts, while markets, "
        "bars and places of worship would be closed, except for trucks carrying food. "
        "The Ministry of Health said 19 people had died out of 58 confirmed cases since "
        "the outbreak of the Sudan strain of Ebola was declared on 20 September. Health "
        "minister Jane Ruth Aceng said there was no licensed vaccine for the Sudan "
        "strain, but candidate vaccines would be tested in trials in the coming weeks. "
        "Seven health workers have died of the disease, including a Tanzanian doctor at "
        "a private clinic in Mubende. Traders in Mubende town said the measures would "
        "hurt their businesses, though many welcomed efforts to contain the virus. The "
        "Uganda Virus Research Institute said it had increased testing capacity at its "
        "laboratories in Entebbe. Neighbouring countries, including Kenya and Rwanda, "
        "have stepped up screening at border points.",
        "health",
    ),
    (
        "UTME 2024: JAMB releases results, withholds 64,624 over suspected malpractice",
        "The Joint Admissions and Matriculation Board (JAMB) on Monday released the "
        "results of the 2024 Unified Tertiary Matriculation Examination, withholding "
        "the results of 64,624 candidates over suspected examination malpractice. The "
        "Registrar of the board, Prof Ishaq Oloyede, told journalists in Abuja that "
        "1,842,464 candidates sat for the examination, out of 1,904,189 who had "
        "registered. He said only 8,401 candidates scored 300 and above, while 76 "
        "percent scored below 200 out of 400. Oloyede said the withheld results would "
        "be investigated, and candidates found culpable would be barred from sitting "
        "for the examination for up to three years. He also disclosed that some "
        "candidates attempted to use devices hidden in their clothing, and that a "
        "number of centres were delisted after irregularities. Candidates can check "
        "their results by sending an SMS to a designated number, the board said. "
        "Parents and candidates took to social media to express concern over the low "
        "scores, while some called for a review. The minimum cut-off mark for admission "
        "into universities will be decided at a policy meeting in June.",
        "other",
    ),
    (
        "NBE floats birr, currency weakens nearly 30 percent on first day",
        "The National Bank of Ethiopia (NBE) on Monday announced that it would allow "
        "the value of the birr to be determined by the market, ending decades of a "
        "tightly controlled exchange rate regime. Commercial banks quoted the birr at "
        "around 74 to the dollar by the end of the day, down from 57.5 in the official "
        "market, while the parallel market rate stood at about 110. The move, a key "
        "condition of a $10.7 billion package from the International Monetary Fund and "
        "the World Bank, was announced alongside measures to allow banks and exporters "
        "to trade foreign currency freely. NBE Governor Mamo Mihretu told journalists "
        'that the reforms would "eliminate distortions" and attract investment. '
        "Importers and traders in Merkato, however, said prices of imported goods such "
        "as cooking oil and sugar had already risen. The government announced subsidies "
        "on fuel, fertiliser and medicines and a wage increase for low-income public "
        "servants to cushion the impact. Economists warned that inflation, already "
        "above 20 percent, could rise further in the coming months. The IMF board is "
        "expected to approve a four-year Extended Credit Facility for Ethiopia next "
        "week.",
        "other",
    ),
    (
        "Baccalauréat 2025: national success rate rises to 45.2 percent",
        "The national success rate for the 2025 baccalauréat session stood at 45.2 "
        "percent, up from 41.8 percent last year, the Office du Baccalauréat announced "
        "on Thursday in Ouagadougou. Out of 168,542 candidates who sat the written "
        "tests, 76,181 were declared admitted after the first and second rounds, "
        "according to the director of the Office. The Hauts-Bassins region recorded the "
        "best results, followed by the Centre and the Centre-Ouest, while the lowest "
        "rate was recorded in the Sahel region. Girls accounted for 47 percent of "
        "successful candidates. The Minister of Higher Education congratulated the new "
        "graduates and urged them to choose study programmes in line with the needs of "
        "the economy, particularly agriculture, health and digital technology. "
        "Candidates in some provinces sat the exam in relocated centres, the director "
        "said, without giving details. Results were displayed at the examination "
        "centres and published online, and crowds of students gathered in front of the "
        "Lycée Philippe Zinda Kaboré in the capital from early morning. Registrations "
        "for public universities will open on 1 August.",
        "other",
    ),
    (
        "Pilgrims throng Namugongo for Martyrs Day celebrations",
        "Hundreds of thousands of pilgrims from Uganda and across Africa converged on "
        "the Uganda Martyrs Shrine at Namugongo on Monday for the annual Martyrs Day "
        "celebrations, in honour of the 45 Christian converts killed on the orders of "
        "Kabaka Mwanga II between 1885 and 1887. The main Mass at the Catholic shrine "
        "was led by the Archbishop of Kampala, while the Church of Uganda held its "
        "celebrations at the Anglican site a few kilometres away. Many pilgrims had "
        'walked for weeks from as far as Kenya, Tanzania, Rwanda and South Sudan. "We '
        "walked from Kisumu for 14 days. It is a sacrifice we make to strengthen our "
        'faith," said Margaret Akinyi, a pilgrim. Vice President Jessica Alupo, who '
        "represented President Museveni, called on Ugandans to emulate the martyrs' "
        "courage and honesty. The Uganda Police Force deployed more than 10,000 "
        "officers to manage the crowds and traffic on the Kampala-Jinja road. Health "
        "workers from the Uganda Red Cross attended to pilgrims who collapsed from "
        "exhaustion. This year's celebrations were animated by the Diocese of Hoima.",
        "other",
    ),
    (
        "Mahamat Déby declared winner of presidential election with 61 percent",
        "Chad's National Agency for the Management of Elections (ANGE) on Thursday "
        "declared transitional president Mahamat Idriss Déby Itno the winner of "
        "Monday's presidential election, with 61.03 percent of the vote, avoiding a "
        "run-off. His main rival, Prime Minister Succès Masra, came second with 18.53 "
        "percent, followed by former prime minister Albert Pahimi Padacké with 16.91 "
        "percent, according to the provisional results. Turnout was 75.89 percent. "
        "Masra, who had claimed victory hours before the announcement in a video on "
        'Facebook, called on his supporters to "mobilise peacefully" and said he would '
        "challenge the results at the Constitutional Council. Celebratory gunfire rang "
        "out in N'Djamena after the results were announced, as soldiers and supporters "
        "of Déby fired into the air, witnesses said. The election marks the end of a "
        "three-year transition that began when Déby took power after the death of his "
        "father, Idriss Déby Itno, who was killed while visiting troops fighting rebels "
        "in the north in April 2021. The African Union and the Economic Community of "
        "Central African States congratulated the Chadian people on the conduct of the "
        "vote. Civil society groups said observers had been denied access to some "
        "polling stations. Masra's Transformers party said at least two of its "
        "supporters had been detained in Moundou on election day, a claim the "
        "government did not address. The Constitutional Council has 15 days to proclaim "
        "the final results after considering any challenges. Analysts said the result "
        "had been widely expected, as the opposition was divided and the main rival of "
        "the transition, Yaya Dillo, was killed in an assault by security forces on his "
        "party's headquarters in February.",
        "other",
    ),
    (
        "Court settles 40-year Kajiado land row, orders survey of group ranch",
        "The Environment and Land Court in Kajiado has ruled in favour of 312 members "
        "of the Olkeri group ranch in a land dispute that dates back to 1984, ordering "
        "a fresh survey and the cancellation of title deeds issued to people who were "
        "not members. Justice Christopher Nzili said the allocation of 2,000 acres to "
        "outsiders by the ranch's former officials was irregular and that the land "
        "belonged to the members as a community. The dispute pitted the members against "
        "a group of buyers, including senior government officials, who said they had "
        'bought the land legally from the officials in the 1990s. "This is a victory '
        'for our elders, many of whom died before seeing justice," said Lemaiyan ole '
        "Kisemei, the chairman of the ranch. The buyers' lawyer said his clients would "
        "appeal against the ruling. The judge directed the Ministry of Lands to carry "
        "out the survey within 90 days under the supervision of the county "
        "commissioner. Land disputes involving group ranches are common in Kajiado, "
        "where rapid urbanisation around Kitengela and Ngong has driven up the value of "
        "land. The National Land Commission said it would review other contested "
        "allocations in the county.",
        "other",
    ),
]
