"""dev49 negatives: the education desk (students and teachers, campus disputes, refugee
schooling, peace education, school crime and accidents, curriculum and history), full of the
words of war. NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset
(KIND_CODES)."""

NEGATIVES = [
    (
        "Students march peacefully on Belgrade education ministry",
        "Tens of thousands of students marched to the education ministry in Belgrade on Saturday to demand more funding for universities, in one of the largest student protests in years. The march passed off peacefully and ended with a concert.",
        "protest",
    ),
    (
        "Teachers strike across Nigeria's public universities over pay",
        "Lecturers at Nigeria's public universities began an indefinite strike on Monday over unpaid salary arrears, shutting campuses for more than a million students, the lecturers' union said. The education minister invited the union to talks. The last strike, three years ago, lasted eight months.",
        "protest",
    ),
    (
        "Gunman kills four at Georgia high school",
        "A 14-year-old student opened fire at a high school in Georgia on Wednesday, killing two students and two teachers, the sheriff said. The suspect was taken into custody. Investigators said they had found no motive so far.",
        "crime",
    ),
    (
        "Syrian refugee pupils top national exam results in Jordan",
        "Three Syrian refugees who have lived in Jordan for more than a decade were among the top scorers in the national secondary exam, the education ministry said. Two of them studied in double-shift schools in Mafraq. They hope to study medicine.",
        "other",
    ),
    (
        "Peace education curriculum rolled out in 600 Colombian schools",
        "Colombia's education ministry began teaching a peace and reconciliation curriculum in 600 schools in former conflict areas, where pupils will hear testimonies from victims and former combatants. Teachers trained for a year. The ministry plans to extend it to 2,000 schools.",
        "peace",
    ),
    (
        "Culture war over school library books reaches Supreme Court",
        "The Supreme Court agreed to hear a case about whether parents can pull their children from lessons that use books they object to, the latest battle in a culture war over school curriculums. A ruling is expected next summer. Several states have passed laws on the issue.",
        "politics",
    ),
    (
        "School bus plunges into ravine in Peru, killing 18",
        "A bus carrying students and teachers on a school trip plunged into a ravine in Peru's Andes on Friday, killing 18 people, police said. The driver lost control on a bend. Rescuers used ropes to reach the wreck.",
        "accident",
    ),
    (
        "Wolverines' defence crushes Buckeyes in rivalry game",
        "Michigan's defence held Ohio State to 200 yards as the Wolverines won the rivalry game 30-24, and fans stormed the field afterwards. The coach said his team had fought a war in the trenches. It was Michigan's fourth win in a row in the series.",
        "sport",
    ),
    (
        "Military academy graduates record class of women cadets",
        "The military academy graduated a record 300 women among its 1,000 cadets on Saturday, and the defence minister told them to prepare for a more dangerous world. Fighter jets flew over the parade ground. Many of the graduates will train as pilots and engineers.",
        "military",
    ),
    (
        "Holocaust education made compulsory in Scottish schools",
        "Scotland will make Holocaust education compulsory in secondary schools from next year, the education secretary said, after a survey found that many teenagers did not know how many Jews were murdered. Survivors' groups welcomed the decision.",
        "history",
    ),
    (
        "Exam paper leak: police arrest 40 in cheating racket",
        "Police in Bihar arrested 40 people, including teachers, over the leak of a medical entrance exam paper that was sold to students for thousands of dollars. The exam will be held again for 1.5 million candidates. The court ordered an investigation by federal police.",
        "crime",
    ),
    (
        "Student stabbed to death outside campus bar",
        "A 21-year-old student was stabbed to death in a fight outside a bar near a university in Nottingham early on Sunday, and a man has been charged with murder, police said.",
        "crime",
    ),
    (
        "Free school meals battle goes to parliament",
        "Opposition parties forced a vote on extending free school meals to all primary pupils in England, after a campaign by a footballer. The government said it would fight the motion and lost by 12 votes. The vote is not binding, but ministers said they would review the policy.",
        "politics",
    ),
    (
        "Floods close 2,000 schools in Pakistan's Sindh",
        "Monsoon floods have closed about 2,000 schools in Pakistan's Sindh province, some of them damaged and others used as shelters for flood victims, education officials said. Officials said classes would resume in tents where buildings were unsafe.",
        "disaster",
    ),
    (
        "Student debt: lenders battle over refinancing market",
        "Banks and fintech firms are fighting a price war to refinance student loans as interest rates fall, cutting rates to the lowest in three years, analysts said. Borrowers with high salaries benefit most.",
        "economy",
    ),
    (
        "Model UN conference draws 3,000 students to New York",
        "Three thousand students from 80 countries debated resolutions on nuclear disarmament, refugees and climate change at a Model United Nations conference in New York. A team from Lagos won the best delegation prize.",
        "other",
    ),
    (
        "Children's book about a girl in wartime wins prize",
        "A children's novel about a girl who keeps a diary during the siege of Leningrad won a national book prize on Tuesday. The author said she based it on her grandmother's stories. It will be translated into 14 languages next year.",
        "entertainment",
    ),
    (
        "Teacher in Kakuma camp wins global teaching prize",
        "A teacher who runs science classes for refugee children in Kenya's Kakuma camp won a $1 million global teaching prize, the foundation behind it said. She fled South Sudan as a child and has taught in the camp for 12 years. She said she would spend the money on a laboratory.",
        "other",
    ),
    (
        "Police clear campus encampment; 14 arrested without violence",
        "Police removed a pro-Palestinian protest camp from the lawn of a university in Amsterdam on Thursday, arresting 14 people who refused to leave, the city said. The protesters linked arms and sang; no injuries were reported.",
        "protest",
    ),
    (
        "Ukrainian refugee children sit exams in Polish schools",
        "About 80,000 Ukrainian children who have lived in Poland for three years sat national exams this week, the education ministry said, most of them in Polish. Teachers said their results were close to those of Polish pupils. Some also follow Ukrainian lessons online in the evening.",
        "other",
    ),
    (
        "Teachers' hunger strike ends after pay deal",
        "Teachers in Argentina's Neuquen province ended a ten-day hunger strike after the provincial government agreed to raise salaries by 30%, the union said. The strikers had camped in front of the governor's office.",
        "protest",
    ),
    (
        "Former child refugee becomes university chancellor",
        "A scientist who arrived in Australia as a child refugee from Vietnam was named chancellor of a Melbourne university. She said education had changed her life. She led the university's medical school for a decade and will take up the post in March.",
        "other",
    ),
    (
        "Schoolchildren learn to recognise old mines in Laos",
        "Pupils in Laos' Xieng Khouang province attend classes on how to recognise cluster bomblets left from the bombing of the 1960s and 1970s, a charity said. About 50 people are still hurt each year. Teams from the charity have cleared 3,000 hectares of farmland in the province since 2010.",
        "history",
    ),
    (
        "Universities' arms race for star researchers drives up salaries",
        "Universities in the Gulf and Asia are offering top researchers salaries three times European levels, fuelling what deans describe as an arms race for talent. European universities say they cannot compete. Several Nobel laureates have moved in the past two years.",
        "economy",
    ),
    (
        "Student athletes 'battle' for NIL deals",
        "College athletes are fighting for endorsement deals after a court settlement allowed universities to pay players directly. Quarterbacks at top programmes can now earn millions. Smaller colleges say they cannot keep up with the payments.",
        "sport",
    ),
    (
        "War veterans teach history classes by video",
        "Veterans of the Korean War are teaching history lessons by video link to schools in 20 countries that sent troops to the war, a foundation said. The youngest is 91. Pupils ask them about food, letters home and the cold, the organisers said.",
        "history",
    ),
    (
        "Education ministers sign pledge to protect schools from attack",
        "Education ministers from 20 countries signed the Safe Schools Declaration at a conference in Abuja, pledging to keep schools free of military use and to protect pupils and teachers. More than 120 states have now signed.",
        "peace",
    ),
]
