"""dev161 plain negatives (2 of 2): exams, universities, a former refugee's prize, wildlife,
reefs, crops and a study of refugee children's mental health (negative_other)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "A-level top grades fall in England as exams return to pre-pandemic marking",
        "The proportion of A-level entries in England awarded an A or A* fell to about 27 "
        "percent this year, down from 36 percent in 2022, as the exams regulator returned "
        "grading to pre-pandemic standards. Ofqual had said last year that it would bring "
        "grades back in line with 2019 after two years in which teachers assessed pupils and "
        "one transitional year of generous marking. Headteachers said many students had "
        "missed out on their first-choice university places as a result, and that the gap "
        'between private and state schools had widened again. "These young people had their '
        "secondary education turned upside down by Covid, and they deserve some recognition "
        "of that,\" said the general secretary of a headteachers' union. The Department for "
        "Education said the return to normal grading protected the value of qualifications. "
        "Universities reported a record number of 18-year-olds applying, and competition for "
        "medicine and dentistry places was especially fierce. Results in Wales and Northern "
        "Ireland, which are moving back to pre-pandemic grading more slowly, were higher. "
        "Students in the north-east and the Midlands saw the largest falls in top grades, "
        "according to an analysis by an education think tank. Exam boards said more students "
        "had taken computing and further mathematics than ever before. Teachers' leaders "
        "also warned that many pupils had sat exams without being fully taught the syllabus, "
        "because of staff shortages in subjects such as physics.",
        "other",
    ),
    (
        "Chinese tech firms switch off AI photo recognition during gaokao exam",
        "Several Chinese artificial intelligence companies temporarily disabled the "
        "photo-recognition features of their chatbots during this week's national university "
        "entrance exam, the gaokao, to stop candidates from using them to cheat, according "
        "to users and company statements. Users who uploaded pictures of exam questions to "
        "the apps received messages saying the function was unavailable during the exam "
        "period, in line with regulations. More than 13 million students sat the exam, which "
        "runs over two to four days depending on the province and largely decides which "
        "universities they can attend. Authorities have long deployed signal jammers, metal "
        "detectors and facial recognition at exam centres, and cheating can be punished with "
        "prison sentences. This year some provinces also used AI systems to monitor video "
        'feeds from exam halls and flag suspicious behaviour for human invigilators. "The '
        "gaokao is the one place where people believe the competition is fair, so the state "
        'protects it fiercely," said an education researcher in Shanghai. The essay topics, '
        "published after the first paper, generated millions of posts on Weibo within hours.",
        "other",
    ),
    (
        "Syrian-born chemist who fled war as a teenager wins European early-career prize",
        "A chemist who arrived in Germany as a 16-year-old refugee from Syria has won one of "
        "Europe's most prestigious prizes for early-career researchers, for work on "
        "catalysts that could make green hydrogen cheaper. Lina Haddad, now a group leader "
        "at a university in Aachen, fled Aleppo with her mother and two brothers in 2015, "
        "travelling through Turkey and the Balkans before reaching Germany, where she had to "
        "learn the language before she could go back to school. She said a chemistry teacher "
        "at her first German school had lent her textbooks to read over the summer holidays. "
        "Her research group designs catalysts made from abundant metals such as nickel and "
        "iron to replace the scarce and expensive iridium used in electrolysers. The prize "
        'comes with 250,000 euros for her research. "I want young refugees to know that a '
        'broken school record is not the end of the story," she told University World News. '
        "Germany has taken in more than 10,000 students with a refugee background through "
        "university preparation programmes since 2016, according to the German Academic "
        "Exchange Service.",
        "other",
    ),
    (
        "India's tiger population rises to more than 3,600, census estimates",
        "India's wild tiger population has grown to an estimated 3,700, up from about 3,000 "
        "in 2018, according to the latest national tiger census, which used more than 30,000 "
        "camera traps across forests in 20 states. The country is now home to about "
        "three-quarters of the world's wild tigers. Conservationists welcomed the increase "
        "but warned that numbers have fallen in parts of the Western Ghats and in some "
        "reserves of the northeast, and that many tigers now live outside protected areas, "
        "bringing them into conflict with farmers and villagers. Dozens of people are killed "
        "by tigers in India in a typical year, most of them in the Sundarbans and in central "
        'India, where people go into forests to collect firewood, honey and fodder. "The '
        'success story comes with a human cost that is borne by the poorest people," said a '
        "wildlife biologist in Bengaluru. The government plans to move some tigers to "
        "reserves where they had disappeared. Poaching for the illegal wildlife trade "
        "remains a threat, although seizures of tiger parts have fallen.",
        "other",
    ),
    (
        "World enters fourth global coral bleaching event, scientists say",
        "The world's coral reefs are in the midst of the fourth global mass bleaching event "
        "on record, the US National Oceanic and Atmospheric Administration and the "
        "International Coral Reef Initiative said on Monday, with heat stress recorded in at "
        "least 53 countries and territories since early 2023. Bleaching happens when water "
        "that is too warm for too long causes corals to expel the algae living in their "
        "tissues, turning them white and leaving them vulnerable to starvation and disease. "
        "Australia's Great Barrier Reef suffered its fifth mass bleaching in eight years "
        "this summer, according to the reef's management authority, and reefs from Florida "
        "to the Red Sea and East Africa have been hit. \"We are watching the ocean's "
        'nurseries collapse in real time," said a reef ecologist at James Cook University. '
        "Scientists have been breeding heat-tolerant corals in nurseries and transplanting "
        "them, but say that only rapid cuts in greenhouse gas emissions can protect reefs at "
        "scale. About a quarter of all marine species depend on coral reefs at some stage of "
        "their lives. Reef fisheries feed hundreds of millions of people in coastal "
        "communities.",
        "other",
    ),
    (
        "Kenyan farmers await drought-tolerant maize after court lifts GMO import ban",
        "Kenya's Court of Appeal on Thursday cleared the way for the import and planting of "
        "genetically modified crops, ending a legal battle that had kept a ban in place "
        "since the government first lifted it in 2022. Farmers' groups challenging the "
        "decision had argued that GM seed would make smallholders dependent on multinational "
        "companies and threaten indigenous varieties. The government says crops engineered "
        "to resist drought and pests, such as Bt maize that fends off stem borers and the "
        "fall armyworm, are essential to feed a growing population as rainfall becomes more "
        "erratic. Kenya imports a large share of its maize in dry years, and the 2020-2023 "
        "drought in the Horn of Africa left millions of people in the north in need of food "
        "aid. Scientists at the Kenya Agricultural and Livestock Research Organization said "
        "trials of Bt maize had shown yields up to a third higher under heavy armyworm "
        'infestation. "Farmers should be allowed to choose," said a plant breeder at a '
        "university in Nairobi. Opponents said they would take the case to the Supreme "
        "Court.",
        "other",
    ),
    (
        "Half of Ukrainian refugee children in Poland show signs of trauma, study finds",
        "About half of Ukrainian children living as refugees in Poland show symptoms of "
        "post-traumatic stress, and one in five has signs of depression, according to a "
        "study by psychologists at the University of Warsaw published in a child psychiatry "
        "journal. The researchers surveyed more than 1,200 children aged 10 to 17 and their "
        "parents in Warsaw, Kraków and Wrocław between autumn 2023 and spring 2024. Children "
        "who had spent time in occupied areas or had lost a family member reported the most "
        "severe symptoms, and those who had not yet enrolled in Polish schools were more "
        "likely to be isolated and anxious. Poland hosts about a million Ukrainian refugees, "
        "roughly a third of them children, and tens of thousands of Ukrainian pupils still "
        "follow Ukraine's online curriculum rather than attending local schools. \"School is "
        "the single best thing we can offer these children, because it gives them routine "
        "and friends,\" said the study's lead author. The authors called for more "
        "Ukrainian-speaking psychologists in Polish schools and for training for teachers. "
        "Poland made school attendance compulsory for Ukrainian refugee children from "
        "September 2024.",
        "other",
    ),
]
