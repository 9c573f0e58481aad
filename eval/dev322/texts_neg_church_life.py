"""dev322 negatives: peaceful religious protest, interfaith meetings and ordinary church news."""

NEGATIVES = [
    (
        "Tens of thousands rally in Lahore over Koran burning in Sweden",
        "Tens of thousands of people marched through Lahore and other Pakistani cities on Friday "
        "to protest against the burning of a Koran outside a mosque in Stockholm. "
        "The rallies were called by religious parties and backed by the government, which "
        "declared a day of protest. "
        "Marchers carried copies of the Koran and banners calling for Sweden's ambassador to be "
        "expelled. "
        "Shopkeepers in Lahore's old city closed their shutters for two hours. "
        "Police said the protests were peaceful and no arrests were made. "
        "Swedish police had allowed the burning under free speech laws, while condemning the act. "
        "Parliament passed a resolution calling on Muslim countries to boycott Swedish goods."
        " Traders' groups in Karachi also shut markets in solidarity. Sweden's foreign ministry "
        "said it understood the anger in Muslim countries and was reviewing its public order "
        "law.",
        "protest",
    ),
    (
        "Hundreds of thousands of ultra-Orthodox men pray in Jerusalem against army draft",
        "Hundreds of thousands of ultra-Orthodox Jewish men filled the streets at the entrance to "
        "Jerusalem on Sunday for a mass prayer rally against plans to draft yeshiva students "
        "into the army. "
        "Men in black coats and hats stood shoulder to shoulder reciting psalms under banners "
        "declaring that they would go to prison rather than serve. "
        "The rally, called by senior rabbis, closed the main highway into the city for several hours. "
        "Police said the event ended without incident. "
        "The Supreme Court ruled last year that the state must enlist ultra-Orthodox men, and the "
        "army has sent out thousands of call-up orders. "
        "Secular Israelis staged a smaller rally in Tel Aviv demanding that the burden be shared."
        " Buses brought worshippers from Bnei Brak, Beit Shemesh and settlements in the West "
        "Bank. The rabbis told the crowd to pray for the government to change its mind.",
        "protest",
    ),
    (
        "Christian schools in Israel strike over funding cuts",
        "Church-run schools in Israel stayed closed for a second week on Monday in a strike over "
        "government funding, keeping about 33,000 pupils at home. "
        "The schools, most of them in Nazareth, Haifa and the Galilee, say the state covers only "
        "about a third of their costs while Jewish religious schools receive full funding. "
        "Parents and teachers staged a protest outside the prime minister's office in Jerusalem. "
        "Church leaders, including the Latin Patriarch, said the cuts threatened institutions that "
        "had existed for more than a century. "
        "The education ministry said it had offered a compromise and urged the schools to reopen. "
        "Many of the schools' pupils are Muslim."
        " The schools have long been among the best performing in the Arab sector, and some "
        "Jewish families also send their children there. Parents said their children had been "
        "studying at home with worksheets sent by teachers. Talks between the churches and the "
        "ministry were due to resume on Wednesday.",
        "protest",
    ),
    (
        "March for Life draws crowds to Washington in first rally since Roe's fall",
        "Tens of thousands of anti-abortion marchers, many of them Catholic students bused in by "
        "their dioceses, rallied on the National Mall on Friday in the first March for Life since "
        "the Supreme Court overturned Roe v Wade. "
        "Speakers said the battle had moved from the courts to state legislatures. "
        "The march ended outside the Capitol rather than the Supreme Court. "
        "Bishops celebrated a vigil Mass at the Basilica of the National Shrine the night before. "
        "A small group of abortion-rights supporters held a counter-protest near the route. "
        "Police reported no arrests."
        " Organisers had to decide whether to keep the march after the ruling and chose to "
        "continue it as long as abortion remained legal in many states. Several members of "
        "Congress spoke from the stage. Temperatures hovered around freezing, and many marchers "
        "wore matching hats from their schools and parishes.",
        "protest",
    ),
    (
        "Devotees chant in Kerala against women's entry to Sabarimala",
        "Thousands of Ayyappa devotees, many of them women, marched through towns in Kerala on "
        "Tuesday chanting the god's name to oppose a Supreme Court ruling that allows women of "
        "menstruating age to enter the Sabarimala temple. "
        "The name-chanting processions, organised by Hindu groups and the former royal family of "
        "Pandalam, passed peacefully, police said. "
        "Marchers carried oil lamps and pictures of the deity. "
        "The temple's priests say the deity is a celibate and that tradition keeps women aged "
        "between 10 and 50 away. "
        "The state government said it would carry out the court's order. "
        "The temple opens for the monthly pilgrimage next week."
        " Leaders of the Nair Service Society, which has filed a review petition, addressed the "
        "crowds in Pathanamthitta. The court is due to hear the petitions next month. Some "
        "women's groups in the state have backed the ruling and said they would accompany women "
        "to the hill shrine.",
        "protest",
    ),
    (
        "Jakarta rally for Palestinians fills National Monument square",
        "Hundreds of thousands of Indonesians gathered around the National Monument in Jakarta on "
        "Sunday to show solidarity with Palestinians in Gaza, in one of the biggest rallies in "
        "the capital for years. "
        "The rally was organised by the Indonesian Ulema Council and attended by the foreign "
        "minister and clerics from the main Muslim organisations. "
        "Marchers waved Palestinian flags and prayed together. "
        "Organisers collected donations for humanitarian aid. "
        "Police said the event was orderly, and volunteers collected rubbish afterwards. "
        "The council also called on Indonesians to boycott products from companies it said "
        "supported Israel."
        " Many families came dressed in white, and children carried small flags. Indonesia, the "
        "world's most populous Muslim-majority country, has no diplomatic relations with "
        "Israel. Traffic around the square was diverted from early morning.",
        "protest",
    ),
    (
        "Pope Francis meets Ayatollah Sistani in Najaf",
        "Pope Francis met Grand Ayatollah Ali al-Sistani, the most senior Shia cleric in Iraq, at "
        "his modest home in Najaf on Saturday, the first meeting between a pope and a Shia leader "
        "of his rank. "
        "The two men talked for about 50 minutes without aides. "
        "Sistani's office said he had affirmed that Christians should live in peace and security "
        "with all Iraqis. "
        "The pope then travelled to Ur, the traditional birthplace of Abraham, for an interfaith "
        "prayer with Muslims, Christians and Yazidis. "
        "“Hostility, extremism and violence are not born of a religious heart,” he said. "
        "Iraqi Christians said the visit gave them hope after years of emigration. "
        "Security was tight, with roads closed along the pope's route."
        " The grand ayatollah, who is 90, rarely receives visitors.",
        "peace",
    ),
    (
        "Pope and Grand Imam sign human fraternity pledge in Abu Dhabi",
        "Pope Francis and the Grand Imam of Al-Azhar, Ahmed al-Tayeb, signed a joint declaration "
        "on human fraternity in Abu Dhabi on Monday, calling on leaders to stop using religion to "
        "incite hatred. "
        "The document condemned “terrorism” and said God did not want his name to be used to "
        "terrorise people. "
        "It was the first time a pope had visited the Arabian Peninsula. "
        "The two leaders embraced before an audience of religious leaders from many faiths. "
        "The United Arab Emirates said it would build a complex with a church, a mosque and a "
        "synagogue side by side. "
        "On Tuesday the pope celebrated Mass for about 180,000 people in a stadium."
        " Catholics from the Philippines, India and other countries, who make up most of the "
        "country's Christians, travelled from across the Gulf to attend. The Vatican said the "
        "document would be taught in schools and universities. Human rights groups asked the "
        "pope to raise the treatment of migrant workers in the Gulf.",
        "peace",
    ),
    (
        "Religious leaders gather in Astana for congress on peace",
        "Religious leaders from more than 50 countries gathered in Astana on Wednesday for the "
        "seventh Congress of Leaders of World and Traditional Religions, hosted by Kazakhstan's "
        "president. "
        "Pope Francis addressed the opening session, calling on religions to reject war and "
        "support dialogue. "
        "Delegates included the Grand Imam of Al-Azhar and the chief rabbis of Israel. "
        "Patriarch Kirill of Moscow had been expected but stayed away. "
        "The congress adopted a declaration on the role of religious leaders in peace-building. "
        "Kazakhstan presents itself as a model of coexistence among its many faiths."
        " The congress has met every three years since 2003. The pope also celebrated Mass for a "
        "few thousand Catholics on the exhibition grounds, in a country where Christians are a "
        "minority. He met the Grand Imam privately on the sidelines.",
        "peace",
    ),
    (
        "Jos interfaith committee marks a year of shared market days",
        "Muslim and Christian leaders in Jos, in Nigeria's Plateau State, marked the first year of "
        "an interfaith market committee that lets traders from both communities sell side by side "
        "in the city centre. "
        "The committee, made up of pastors, imams, women's groups and youth leaders, meets every "
        "month to settle disputes before they spread. "
        "Traders said customers who once shopped only in their own neighbourhoods now came to "
        "the central market again. "
        "“We agreed that a rumour must be checked before it is believed,” said an imam on the committee. "
        "The state government promised to fund similar committees in other towns. "
        "Donors including a European peace foundation have paid for training in mediation."
        " Women traders said they could now travel between neighbourhoods after dark.",
        "peace",
    ),
    (
        "Cardinals elect American Robert Prevost as Pope Leo XIV",
        "Cardinal Robert Prevost, a Chicago-born missionary who spent years in Peru, was elected "
        "pope on Thursday and took the name Leo XIV, becoming the first American to lead the "
        "Catholic Church. "
        "White smoke rose from the chimney of the Sistine Chapel on the second day of the conclave. "
        "Crowds in St Peter's Square cheered as he appeared on the balcony and spoke in Italian "
        "and Spanish. "
        "He called for a church that “builds bridges” and for “a disarmed and disarming peace”. "
        "The new pope, 69, led the Vatican office that selects bishops. "
        "Peruvians celebrated in the northern city of Chiclayo, where he was bishop."
        " He holds Peruvian citizenship and served as a bishop there for nearly a decade. "
        "President Donald Trump called his election a great honour for the country. The "
        "cardinals, 133 of them under the age of 80, had gathered from 70 countries.",
        "other",
    ),
    (
        "British mosques split over Eid date after moon sighting dispute",
        "Muslims in Britain celebrated Eid al-Fitr on two different days this year after mosques "
        "disagreed over whether the new moon had been sighted. "
        "Some mosques followed Saudi Arabia's announcement, while others relied on local "
        "sightings from the north of England. "
        "Several families said they had to choose between celebrating with parents and with in-laws. "
        "Astronomers said the crescent was unlikely to be visible with the naked eye from the UK "
        "on the Thursday evening. "
        "A coalition of mosques has proposed a national moon-sighting committee. "
        "Schools with many Muslim pupils reported low attendance on both days."
        " The disagreement has recurred for years in many countries with large Muslim "
        "minorities. Scholars on both sides said the difference was a legitimate matter of "
        "interpretation. Some imams urged worshippers to respect whichever date their local "
        "mosque chose.",
        "other",
    ),
    (
        "Survey finds rise in young people attending church in England and Wales",
        "The share of adults in England and Wales who attend church at least once a month rose "
        "from 8% to 12% between 2018 and 2024, according to a survey by the Bible Society. "
        "The rise was strongest among men aged 18 to 24, and Catholic and Pentecostal churches "
        "gained most. "
        "The report, titled The Quiet Revival, was based on a YouGov poll of more than 13,000 people. "
        "Some researchers questioned whether the figures matched parish head counts. "
        "Church leaders said young people were looking for community after the pandemic. "
        "The Church of England said its own statistics showed smaller but steady gains."
        " Young women showed a smaller increase than young men. Researchers also found rising "
        "interest in Bible reading among people who did not attend church. Secularist groups "
        "said the number of people who say they have no religion was still growing.",
        "other",
    ),
]
