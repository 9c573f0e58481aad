"""dev185 negatives: obituaries of ordinary lives and former refugees' success stories
(negative_other, 13) (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Obituary: Chief Osita Nwankwo, highlife guitarist who played Onitsha's nightclubs "
        "for six decades",
        "Chief Osita Nwankwo, whose sweet, looping guitar lines defined the sound of "
        "Onitsha's highlife bands from the 1960s onwards, died on Saturday in Enugu. He was "
        "86. Nwankwo taught himself to play on a guitar his uncle brought back from Lagos and "
        "by 17 was leading his own band at the Ritz Hotel, where traders from the Main Market "
        'danced until dawn. His 1974 single "Nne Di Uto" sold more than 100,000 copies on '
        "vinyl and is still played at weddings across the south-east. He toured Britain twice "
        "in the 1980s and recorded with younger Afrobeat musicians in the 2010s, who treated "
        'him, one said, "like a grandfather who could outplay all of us". He kept a record '
        "shop near the Niger Bridge for forty years and refused to sell it to developers. "
        "Late in life he taught guitar for free on Saturday mornings. He is survived by his "
        "wife, Ngozi, eight children and more grandchildren than, he liked to say, he could "
        "name at a party.",
        "other",
    ),
    (
        "Dr Devi Prasad Rao, cardiac surgeon who operated free on Sundays, dies at 84",
        "Dr Devi Prasad Rao, a cardiothoracic surgeon who performed thousands of operations "
        "on poor patients without charge at a trust hospital he founded in Guntur, died in "
        "Hyderabad on Monday. He was 84. Trained at Madras Medical College and in Birmingham, "
        "Dr Rao returned to India in 1976, turning down a consultancy in England. In 1989 he "
        "opened a 40-bed hospital in Guntur on land donated by his father, and for the next "
        "three decades set aside every Sunday for children with congenital heart defects "
        "whose families could not pay. Former patients, some now parents themselves, gathered "
        "outside his home on Tuesday. He was a stickler for punctuality and famously locked "
        "the theatre doors at 7.30. The Andhra Pradesh government announced that he would be "
        'cremated with state honours. He received the Padma Shri in 2011 and said it was "a '
        'nice certificate for the wall". He is survived by his wife, a gynaecologist, and two '
        "sons, both surgeons.",
        "other",
    ),
    (
        "From Aleppo to Saxony: the Syrian baker who now feeds half of Chemnitz",
        "The queue outside Bäckerei Halabi on a Saturday morning in Chemnitz stretches past "
        "the tram stop. Mohammad Khatib, 41, opened the shop in 2019, four years after he "
        "arrived in Germany as a refugee with his wife and two children, having left Aleppo "
        "with nothing but his father's recipes. He now runs three branches, employs 22 "
        "people, nine of them German apprentices, and bakes both ka'ak and Saxon Eierschecke. "
        "In 2023 he became a German citizen. Local politicians like to be photographed with "
        "him; he prefers to talk about flour prices, which have nearly doubled. He says his "
        "children, now teenagers, speak Saxon dialect better than Arabic. When far-right "
        "groups marched in the city in 2018, customers left flowers on his counter. \"I don't "
        'want to be a symbol," he says, sliding a tray into the oven. "I want to be a baker." '
        "His next shop opens in Zwickau in March.",
        "other",
    ),
    (
        "The girl who left Kabul with one suitcase is now a doctor in Winnipeg",
        "Mursal Rahimi remembers the suitcase: blue, with one broken wheel, packed in an "
        "hour. She was 14 when her family left Afghanistan in 2012 and spent three years in "
        "Pakistan before they were resettled in Canada. On Friday she graduated in medicine "
        "from the University of Manitoba, the first woman in her extended family to go to "
        "university. She learned English from library books and television, and worked nights "
        "at a pharmacy while studying. Her residency, in family medicine, begins in July at a "
        "clinic that serves many newcomers. Her mother, who never went to school, sat in the "
        "front row of the ceremony in a borrowed hijab embroidered with maple leaves. Mursal "
        "says she thinks often of the cousins who stayed, especially the girls who can no "
        'longer attend secondary school. "I am one lucky person, not a success story," she '
        'says. "Success would be all of us."',
        "other",
    ),
    (
        "Lola Caring, who fried banana cue on the same corner in Cubao for 50 years, dies at 81",
        'For half a century, every weekday from six in the morning, Caridad "Lola Caring" '
        "Bautista fried caramelised bananas in a wok on the corner of Aurora Boulevard and "
        "15th Avenue in Cubao, Quezon City. She died on Tuesday at 81, of a stroke, her "
        "grandson said. Lola Caring started selling banana cue in 1974 to put her four "
        "children through school, and did; one became an engineer, one a nurse in Dubai, one "
        "a teacher, and one took over the stall. Generations of students from nearby schools "
        "bought her skewers for five pesos, then ten, then twenty. She knew the jeepney "
        "drivers by name and kept their change for them. When a mall was built across the "
        'road she refused to move indoors. "She said the smoke was her advertisement," her '
        "grandson said. Regulars left flowers and banana leaves at the corner on Wednesday. "
        "The stall will reopen next week.",
        "other",
    ),
    (
        "Wambui Gathoni, botanist who catalogued the Aberdares' orchids, dies at 73",
        "Wambui Gathoni, a Kenyan botanist who spent four decades documenting the orchids of "
        "the Aberdare range and helped persuade the government to extend protection to its "
        "upper forests, died in Nairobi on Thursday after a short illness. She was 73. "
        "Gathoni was one of the first women to head the botany department of the National "
        "Museums of Kenya, and her field guide, published in 1998, described 12 species "
        "previously unknown to science, one of which bears her name. Colleagues recalled her "
        "walking twenty kilometres a day in gumboots and knitting during long committee "
        "meetings. She trained a generation of young Kenyan taxonomists and insisted that "
        "they learn the local names of plants from elders. In retirement she ran a nursery in "
        "Nyeri. She is survived by her husband, a retired vet, two daughters and her beloved "
        "herbarium, which she left to the museum.",
        "other",
    ),
    (
        "Paulo Mendes Teixeira, architect of São Paulo's concrete libraries, dies at 92",
        "Paulo Mendes Teixeira, the Brazilian architect whose raw-concrete public libraries "
        "and schools shaped the outskirts of São Paulo, died on Sunday at his home in the "
        "city's Pinheiros district. He was 92. Teixeira belonged to the generation of the "
        "Paulista school, who believed that public buildings should be open, heavy and cheap "
        "to maintain. His Biblioteca Parque Vila Prudente, completed in 1971, has no front "
        "door, only a vast shaded porch where children still do their homework. During the "
        "military dictatorship he lost his university post and spent several years working in "
        "Chile and Portugal. He returned in 1980 and designed more than forty schools for the "
        'state government. Late in life he grew impatient with glass towers. "They are built '
        "for photographs,\" he said in 2017. He received the Pritzker jury's praise but never "
        "the prize. He is survived by his second wife, Marina, and three children.",
        "other",
    ),
    (
        "Two years after fleeing Mariupol, Olena runs a Ukrainian Saturday school in Gdańsk",
        "Every Saturday morning, 140 children fill four rented classrooms in a Gdańsk primary "
        "school to learn Ukrainian grammar, history and songs. The school is run by Olena "
        "Bondar, 44, a former headteacher from Mariupol who reached Poland in April 2022 with "
        "her two sons and a rucksack. She started with nine pupils in her flat. Now she has "
        "eleven volunteer teachers, a grant from the city council and a waiting list. Most of "
        "the children attend Polish schools during the week and speak Polish with each other "
        "in the corridors, which she tolerates. Parents pay what they can. Olena has taken "
        "Polish language exams and works weekdays as a teaching assistant. She says she no "
        'longer plans her life around going back. "I used to count the months. Now I count '
        'the pupils," she says. Her elder son starts university in Gdańsk in October.',
        "other",
    ),
    (
        "Obituary: Razia Begum, the Lahore schoolteacher who taught three generations of one "
        "street",
        "Razia Begum, who taught at the same government girls' school in Lahore's Mozang "
        "neighbourhood from 1955 until her retirement in 1993, died at home on Friday. She "
        "was 94. Generations of girls from the narrow lanes around the school learned Urdu "
        "and arithmetic from her; she liked to point out that she had taught one family's "
        "grandmother, mother and daughter. She was known for lending books from her own "
        "shelves and for visiting the homes of pupils who stopped coming, to argue with their "
        "fathers. Several of her former students became doctors and one a provincial "
        "minister, who attended the funeral. Widowed young, she raised two sons on her "
        "salary. In retirement she gave free tuition in her courtyard until her eyesight "
        "failed. Her sons said she asked that no one make a fuss. Hundreds came anyway, "
        "filling the lane outside the house on Saturday afternoon.",
        "other",
    ),
    (
        "Carme Soler, the Barcelona chef who made the humble escudella fashionable, dies at 79",
        "Carme Soler, whose restaurant in the Gràcia district of Barcelona turned the Catalan "
        "peasant stew escudella i carn d'olla into a dish that foreign critics queued for, "
        "died on Wednesday. She was 79. Soler opened Can Carme in 1982 in a former dairy with "
        "six tables and no menu, cooking whatever the market had that morning. She refused a "
        "Michelin inspector a table in 1994 because he had not booked. She won a star anyway, "
        "in 2003, and gave it back four years later, saying the pressure had made her food "
        "worse. Young chefs who trained in her kitchen went on to open some of the city's "
        "most celebrated restaurants. She wrote two cookbooks in Catalan and refused to have "
        "them translated. The restaurant will close at the end of the month, her family said. "
        "She is survived by her partner, Teresa, and a nephew who cooked with her for 25 "
        "years.",
        "other",
    ),
    (
        "Tran Van Long, boat refugee who built a pho empire in Orange County, dies at 77",
        "Tran Van Long, who fled Vietnam by boat in 1979 and built one of southern "
        "California's best-known chains of pho restaurants, died on Monday in Westminster, "
        "California. He was 77. Tran spent eight days at sea and eleven months in a camp in "
        "Malaysia before arriving in California with his wife and a daughter. He washed "
        "dishes in Santa Ana and opened his first restaurant in 1984 with a loan from a "
        "Vietnamese rotating savings club. The chain grew to 23 restaurants, and he sponsored "
        "dozens of relatives to join him. He was a generous donor to Little Saigon's "
        "community centres and, to his children's despair, insisted on tasting the broth at "
        'every branch until he was 75. "The broth is the whole business," he said in 2012. He '
        "is survived by his wife, Mai, five children and fourteen grandchildren.",
        "other",
    ),
    (
        "Mick Doherty, publican of Ennistymon, who pulled pints for 61 years, dies at 88",
        "Mick Doherty, whose small pub on the main street of Ennistymon in County Clare was "
        "the sort of place that appears on postcards and still cashed cheques for farmers, "
        "died on Sunday. He was 88. He took over the bar from his father in 1961 and ran it, "
        "with a grocery counter at the back, until last year. Traditional musicians played "
        "there every Thursday night for five decades, and several well-known fiddlers learned "
        "their tunes at its corner table. He never installed a television, and removed a "
        "jukebox after a week in 1973. Tourists found him gruff; regulars found him exactly "
        "the same. He was a lifelong supporter of Clare hurling, and in 1995, when the county "
        "won the All-Ireland, he gave out free drink for a night and claimed to regret it for "
        "a decade. His wife, Bridie, died in 2015. He is survived by a son, who will keep the "
        "pub open.",
        "other",
    ),
    (
        "Moses Khumalo, the Cape Town jazz pianist who played on through apartheid, dies at 80",
        "Moses Khumalo, a pianist whose rolling marabi-inflected style helped define the "
        "sound of Cape Town jazz in the 1960s and 1970s, died at his home in Gugulethu on "
        "Saturday. He was 80. Khumalo learned the piano in a Methodist church in District Six "
        "before the neighbourhood was razed under apartheid's Group Areas Act, and played in "
        "the clubs of Sea Point and the townships until the restrictions on mixed audiences "
        "closed most of them. He spent the 1980s in London, where he recorded three albums "
        "for a small label. He came home in 1994 and taught at the University of Cape Town's "
        "music school for twenty years. Students remembered him making them play the same "
        "eight bars for an hour. His final album, recorded at 77, was nominated for a South "
        "African Music Award. He is survived by his wife, Thandi, and a son who plays the "
        "double bass.",
        "other",
    ),
]
