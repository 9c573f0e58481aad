"""dev322 negatives: abuse inquiries and crime around churches, church splits and rhetoric,
peaceful religious protest, interfaith meetings and ordinary church news."""

NEGATIVES = [
    (
        "French inquiry finds 330,000 children abused in Catholic Church since 1950",
        "An independent commission estimated on Tuesday that about 330,000 children were sexually "
        "abused in France's Catholic Church since 1950, by priests, monks and lay people working "
        "for church institutions. "
        "Jean-Marc Sauvé, who led the inquiry, said the church had shown “deep, total and even "
        "cruel indifference” to victims for decades. "
        "The commission estimated that there had been between 2,900 and 3,200 abusers among the "
        "clergy. "
        "Its 2,500-page report made 45 recommendations, including compensation for victims and "
        "changes to canon law. "
        "Archbishop Eric de Moulins-Beaufort, head of the bishops' conference, expressed his "
        "“shame and horror”. "
        "François Devaux, a founder of a victims' group, told the bishops they had been party to "
        "“a massive crime” and must pay for every one of them.",
        "crime",
    ),
    (
        "Pennsylvania grand jury report names 301 predator priests",
        "A grand jury in Pennsylvania said on Tuesday that more than 300 Catholic priests had "
        "sexually abused over 1,000 children in six dioceses over seven decades, and that church "
        "leaders had covered it up. "
        "The 884-page report said the real number of victims was probably in the thousands, "
        "because records were lost or children were too afraid to come forward. "
        "Attorney General Josh Shapiro said senior church officials had followed a “playbook for "
        "concealing the truth”. "
        "Only two priests were charged, because the time limits for prosecution had passed in "
        "most cases. "
        "The Diocese of Pittsburgh said it was deeply sorry. "
        "Survivors who attended the news conference called for the law to be changed so they "
        "could sue the church.",
        "crime",
    ),
    (
        "Portuguese abuse commission counts at least 4,815 victims",
        "At least 4,815 children were sexually abused by members of Portugal's Catholic Church "
        "since 1950, an independent commission said on Monday, adding that the figure was only "
        "“the tip of the iceberg”. "
        "The commission, led by child psychiatrist Pedro Strecht, heard 512 testimonies over a year. "
        "It said most abusers were priests and that many victims were boys aged between 10 and 14. "
        "The commission sent 25 cases to prosecutors, but most other cases were too old to be tried. "
        "Bishops promised to remove any clergy still serving who had been accused. "
        "The report comes months before Pope Francis is due in Lisbon for World Youth Day."
        " Victims' groups said the church must now pay compensation, which the bishops had so "
        "far refused. Many of those who gave testimony said it was the first time they had "
        "spoken about the abuse. The report drew on church archives going back to the 1950s.",
        "crime",
    ),
    (
        "Police free Catholic priest held by ransom gang in Enugu",
        "Police in Nigeria's Enugu State said they had rescued a Catholic priest kidnapped by a "
        "criminal gang that demanded a ransom of 50 million naira from his parish. "
        "Father Jude Nwachukwu was seized on Tuesday evening on the Enugu-Port Harcourt expressway "
        "while driving back from a funeral. "
        "Officers of the anti-kidnapping unit tracked the gang to a forest in Nkanu East and freed "
        "the priest after a shootout in which one suspect was killed, a police spokesman said. "
        "Three other suspects were arrested and a pump-action gun was recovered. "
        "The police said the gang had earlier kidnapped two businessmen on the same road. "
        "The diocese thanked the police and said the priest was in good health. "
        "Clergy in the south-east have often been targeted by kidnappers, who see churches as "
        "able to pay.",
        "crime",
    ),
    (
        "Tree of Life gunman sentenced to death by federal jury",
        "A federal jury on Wednesday sentenced Robert Bowers to death for killing 11 worshippers "
        "at the Tree of Life synagogue in Pittsburgh in 2018, the deadliest antisemitic attack in "
        "US history. "
        "The same jury convicted him in June of 63 counts, including hate crimes resulting in death. "
        "Bowers, 50, showed no emotion as the verdict was read. "
        "Relatives of the victims, who had testified about their losses, embraced in the courtroom. "
        "“Today is a day of reckoning,” said a member of one of the three congregations that met "
        "in the building. "
        "His lawyers had argued that he suffered from schizophrenia and was motivated by delusions. "
        "The building is being rebuilt with a memorial and a centre to fight antisemitism.",
        "crime",
    ),
    (
        "Kenyan pastor charged over Shakahola starvation deaths",
        "A Kenyan pastor accused of telling his followers to starve themselves to death in order "
        "to meet Jesus was charged with murder on Monday along with 94 others. "
        "Paul Mackenzie, the leader of the Good News International Church, pleaded not guilty to "
        "191 counts of murder. "
        "More than 400 bodies have been exhumed from shallow graves in the Shakahola forest near "
        "Malindi since April last year, many of them children. "
        "Pathologists found that most victims had died of hunger, but some had been strangled or "
        "beaten. "
        "The government has proposed tighter rules on churches and the registration of preachers. "
        "Survivors told investigators they had been forbidden to leave the forest."
        " Mackenzie had been arrested several times before, including in 2017 for preaching "
        "against schooling. He has denied telling anyone to fast to death. A Senate committee "
        "said police in Kilifi county had ignored earlier warnings about the group.",
        "crime",
    ),
    (
        "Two men arrested over beheaded statues at Colombian church",
        "Police in Medellin have arrested two men suspected of breaking into the church of San "
        "José and beheading four statues of saints, the city's archdiocese said. "
        "The men also stole a gold-plated chalice and cash from the collection box. "
        "Surveillance cameras filmed them entering through a window after midnight. "
        "A police commander said they were known for burglary and drug use and that nothing "
        "suggested a religious motive. "
        "Parishioners held a Mass of reparation on Sunday. "
        "The archdiocese said 12 churches in the city had been robbed this year and asked for more "
        "patrols around parishes at night."
        " The men will appear before a judge on Monday charged with aggravated theft and damage "
        "to cultural heritage. Restorers from the archdiocese said the statues, carved in the "
        "19th century, could be repaired. The church is one of the oldest in the city.",
        "crime",
    ),
    (
        "A quarter of US United Methodist churches leave in bitter split over sexuality",
        "More than 7,600 congregations have left the United Methodist Church in the past four "
        "years, a quarter of its US churches, in the biggest split in a mainline Protestant "
        "denomination in generations. "
        "Most of those leaving are theologically conservative and object to the church's failure "
        "to enforce its bans on same-sex weddings and gay clergy. "
        "Many have joined the new Global Methodist Church. "
        "Lawsuits over church buildings and pensions have dragged on for months, and some "
        "congregations paid large sums to keep their property. "
        "One pastor in Georgia described the process as “a civil war in the family”. "
        "The church's General Conference in Charlotte is now expected to lift the bans. "
        "Bishops said the remaining church would be smaller but more united.",
        "politics",
    ),
    (
        "Conservative Anglican bishops reject Canterbury's leadership",
        "Conservative Anglican archbishops representing most of the world's Anglicans said on "
        "Friday that they no longer recognised the Archbishop of Canterbury as the “first among "
        "equals” of the communion. "
        "The Global Fellowship of Confessing Anglicans, meeting in Kigali, said the Church of "
        "England had departed from the faith by allowing blessings for same-sex couples. "
        "The group, which includes churches in Nigeria, Uganda and Kenya, called for the "
        "communion to be reordered. "
        "Lambeth Palace said the decision was a matter for each church. "
        "Some liberal bishops accused the group of launching “a crusade” to capture the communion. "
        "Church historians said the break was the most serious since the communion was formed in "
        "the 1860s.",
        "politics",
    ),
    (
        "Ukraine's parliament votes to ban Moscow-linked church",
        "Ukraine's parliament voted on Tuesday to ban religious organisations linked to the "
        "Russian Orthodox Church, a move aimed at the Ukrainian Orthodox Church, which still has "
        "thousands of parishes. "
        "The law passed with 265 votes in favour. "
        "It gives parishes nine months to cut their ties with Moscow before courts can dissolve them. "
        "Supporters said the Russian church was an arm of the Kremlin and that its head, "
        "Patriarch Kirill, had blessed the invasion. "
        "The Ukrainian Orthodox Church says it broke with Moscow in 2022 and called the law "
        "unconstitutional. "
        "Critics abroad warned that the ban could restrict freedom of religion. "
        "President Volodymyr Zelensky said the law would strengthen Ukraine's “spiritual independence”.",
        "politics",
    ),
    (
        "Bishops back senator's 'crusade' against online gambling",
        "The Catholic Bishops' Conference of the Philippines threw its weight behind a senator's "
        "“crusade” to ban online gambling, saying it had become a moral and social crisis. "
        "The bishops said the apps had driven families into debt and led young people to skip "
        "school and work. "
        "Parishes will read a pastoral letter at Sunday Masses urging Catholics to sign a petition. "
        "The gaming regulator said a ban would cost billions of pesos in revenue and push players "
        "to illegal sites. "
        "Industry groups accused the church of waging “a holy war” against a legal business. "
        "The senator said he had the votes to pass the bill before the end of the session."
        " The church has taken a strong stand on gambling before, opposing the lottery and "
        "casino licences under several governments. Economists said the industry employs "
        "thousands of people in call centres and payment firms. A Senate hearing on the bill is "
        "set for next week.",
        "politics",
    ),
    (
        "Heavy police presence as court-ordered survey of Gyanvapi mosque begins",
        "A court-ordered survey of the Gyanvapi mosque in Varanasi began on Friday under heavy "
        "police deployment, as Hindu petitioners argued that the mosque was built on the site of "
        "a temple. "
        "Hundreds of police officers were stationed in the lanes around the mosque and the "
        "neighbouring Kashi Vishwanath temple. "
        "The mosque committee had objected to the survey and said it would appeal to the "
        "Supreme Court. "
        "Muslims were allowed to offer Friday prayers as usual, and officials said the day passed "
        "peacefully. "
        "Television channels ran debates on the dispute through the evening, and politicians from "
        "both sides traded accusations. "
        "Community leaders met the district magistrate and appealed for calm."
        " The survey team, which included lawyers for both sides, was expected to finish its "
        "work in three days. Shops around the temple stayed open, and pilgrims queued for the "
        "temple as usual.",
        "politics",
    ),
    (
        "Synod vote on women deacons exposes church rift",
        "Catholic delegates at the synod on synodality in Rome failed to agree on opening the "
        "diaconate to women, with the question sent to a study group, highlighting deep "
        "divisions in the church. "
        "Progressive delegates said the church was losing the battle for young women in Europe "
        "and the Americas. "
        "Bishops from Africa and eastern Europe opposed the change, saying the church had no "
        "authority to ordain women. "
        "A German bishop called the result “a defeat for the church that listens”. "
        "The final document was approved paragraph by paragraph, and the passage on women drew "
        "the most votes against. "
        "Pope Francis said he would not publish a separate exhortation."
        " The synod, which brought together bishops and lay people, including women, with voting "
        "rights for the first time, met over two Octobers. Women's groups held a vigil near the "
        "Vatican to press for the change.",
        "politics",
    ),
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
