"""dev322 negatives: abuse inquiries and crime around churches, church splits and rhetoric."""

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
]
