"""dev177 negatives (5 of 5): clergy abuse, church finance and killings and kidnappings by
criminals, a blasphemy retrial, the money of pilgrimage and of diocesan bankruptcy, and ordinary
religion news (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "French Catholic clergy abused some 216,000 children since 1950, inquiry finds",
        "PARIS, Oct 5 (Reuters) - Catholic clergy in France sexually abused an "
        "estimated 216,000 children over the past seven decades, and the "
        'Church covered up the crimes in a "systemic manner," an independent '
        "commission said on Tuesday. The figure rises to 330,000 when abuses "
        "committed by lay members of the Church, such as teachers at Catholic "
        "schools and leaders of youth movements, are included, the "
        "commission's president said. \"The Catholic Church is, after the "
        "circle of family and friends, the place where the prevalence of "
        'sexual violence is the highest," he told a news conference. The '
        "report estimated that there were between 2,900 and 3,200 abusers "
        "among the Church's clergy and religious since 1950. Until the early "
        '2000s, it said, the Church showed "a profound, total and even cruel '
        "indifference\" to the victims. The head of the French bishops' "
        'conference expressed his "shame and horror" and asked for '
        "forgiveness. Pope Francis said he felt great sorrow for the victims. "
        "The commission made 45 recommendations, including compensation for "
        "victims paid from the Church's own assets. It also called on the "
        "Church to recognise its institutional responsibility and to "
        "reconsider the secrecy of confession where it concerns the abuse of "
        "children. Victims' groups, some of whose members wept as the report "
        "was presented, said the figures confirmed what they had said for "
        'years. "You are a disgrace to humanity," one survivor told the '
        "bishops present at the news conference. The bishops are due to meet "
        "in Lourdes in November to discuss the commission's findings.",
        "crime",
    ),
    (
        "Vatican court convicts Cardinal Becciu of embezzlement, sentences him "
        "to five and a half years",
        "A Vatican tribunal on Saturday convicted Cardinal Angelo Becciu of "
        "embezzlement and sentenced him to five years and six months in "
        "prison, in the first criminal trial of a cardinal before the "
        "Vatican's own court. The verdict concluded a two-and-a-half-year "
        "trial centred on the Secretariat of State's loss-making investment of "
        "hundreds of millions of euros in a London property. Becciu, 75, who "
        "was once one of the most powerful men in the Roman Curia, was also "
        "fined 8,000 euros and permanently barred from holding public office. "
        '"We respect the verdict but will certainly appeal," his lawyer told '
        "reporters outside the courtroom in the Vatican Museums. The court "
        "ordered the defendants to pay more than 200 million euros in damages. "
        "Becciu has always maintained his innocence.",
        "crime",
    ),
    (
        "Shakahola: Death toll in Kenya starvation cult rises to 201 as exhumations continue",
        "The number of bodies exhumed from mass graves in a forest in coastal "
        "Kenya linked to a Christian cult has risen to 201, officials say. The "
        "cult's leader, a self-proclaimed pastor of the Good News "
        "International Church, is accused of ordering his followers to starve "
        'themselves to death in order to "meet Jesus". Most of the victims are '
        "believed to have died of starvation, but post-mortem examinations "
        "found that some, including children, had been strangled, beaten or "
        "suffocated, the government pathologist said. More than 600 people "
        "have been reported missing by their relatives, and the Kenya Red "
        "Cross has set up a tracing desk in the town of Malindi. The pastor, "
        "who denies the allegations, has been in custody since April and is "
        "expected to face charges including murder and terrorism. The interior "
        "minister said the government would tighten regulation of religious "
        'groups and described the events as "the worst breach of security in '
        "our country's history\". A second preacher, whose church is said to "
        "have received money from the cult's followers, has been questioned by "
        "police. The search of the 800-acre Shakahola forest has been "
        "suspended because of heavy rain.",
        "crime",
    ),
    (
        "Priest killed in Vendée by Rwandan man awaiting trial for Nantes cathedral fire",
        "A Catholic priest has been killed in western France by a Rwandan man "
        "who was awaiting trial for setting fire to Nantes cathedral last "
        "year, French authorities said. The priest, 60, the provincial "
        "superior of the Montfort Missionaries, was found dead on Monday at "
        "the order's house in Saint-Laurent-sur-Sèvre in the Vendée, after the "
        "suspect walked into a police station and said he had killed him. The "
        "suspect, a 40-year-old asylum seeker who had been a volunteer "
        "sacristan at the cathedral, had been staying at the community since "
        "his release from pre-trial detention, and had spent a month in a "
        "psychiatric hospital in June. The anti-terrorism prosecutor's office "
        "said it would not take up the case, and an investigation for murder "
        "has been opened by the prosecutor in La Roche-sur-Yon. The interior "
        'minister travelled to the scene and paid tribute to a "generous" '
        "priest. Opposition politicians criticised the authorities for failing "
        "to deport the man, whose asylum application had been rejected. The "
        "Bishop of Luçon said the priest had lived his vocation to the end, "
        "welcoming everyone without distinction. A funeral Mass will be "
        "celebrated in the basilica of Saint-Laurent-sur-Sèvre on Saturday.",
        "crime",
    ),
    (
        "Two Jesuit priests killed inside church in Mexico's Tarahumara mountains",
        "Two elderly Jesuit priests were shot dead inside a church in the "
        "remote Tarahumara mountains of northern Mexico after they tried to "
        "protect a man who had fled into the building to escape an armed "
        "attacker, the Society of Jesus in Mexico said. The priests, aged 79 "
        "and 80, were killed on Monday afternoon in the parish church of "
        "Cerocahui, in the state of Chihuahua, along with the man they had "
        "sheltered, a local tour guide. The attacker took the bodies away, the "
        "Jesuits said in a statement demanding their return. State prosecutors "
        "identified the suspect as a local gang leader wanted for the killing "
        "of an American tourist in 2018. Authorities launched a search "
        "involving the army and the National Guard, and the bodies were found "
        "two days later. President Andrés Manuel López Obrador said the "
        "suspect had been protected by local officials and promised there "
        "would be no impunity. Pope Francis expressed his sorrow and dismay "
        "and said that violence solves no problems. Mexico has been one of the "
        "most dangerous countries in the world for Catholic priests, with "
        "dozens killed over the past decade.",
        "crime",
    ),
    (
        "Nigeria: priest kidnapped on Enugu-Onitsha road freed as police arrest kidnap suspects",
        "Enugu (Agenzia Fides) - Father Chukwuemeka Okafor, a priest of the "
        "Catholic diocese of Awka, was released on Wednesday evening, four "
        "days after he was kidnapped while travelling by car on the "
        "Enugu-Onitsha expressway, the diocesan chancellor announced. In a "
        'statement sent to Fides, the chancellor thanked "all those who prayed '
        'unceasingly" for the release of the priest, who is now receiving '
        'medical attention and is "in good spirits". According to the Anambra '
        "State Police Command, operatives of its anti-kidnapping unit traced "
        "the kidnappers to a hideout in a forest near Umunze, where three "
        "suspects were arrested and a pump-action gun and a car were "
        "recovered. The police spokesman said the gang had demanded a ransom "
        "of 50 million naira from the diocese, and denied reports that any "
        "money had been paid. Kidnapping for ransom has become a lucrative "
        "criminal business in many parts of Nigeria, and priests are seen as "
        "easy targets because kidnappers believe the Church will pay. The "
        "Catholic Bishops' Conference of Nigeria has repeatedly appealed to "
        "the authorities to secure the highways. The diocese asked the "
        "faithful to continue praying for the security of priests and all "
        "travellers.",
        "crime",
    ),
    (
        "Kano appeal court orders retrial of musician sentenced to death for blasphemy",
        "The Kano State High Court, sitting as an appellate court, on Thursday "
        "quashed the death sentence passed by an Upper Sharia Court on a "
        "22-year-old musician convicted of blasphemy over a song he shared on "
        "WhatsApp, and ordered a fresh trial. The two-judge panel held that "
        "the singer had been tried without legal representation and that the "
        "proceedings had violated his right to a fair hearing. He will remain "
        "in custody pending the retrial. The musician was arrested last year "
        "after a crowd burned down his family home in protest against the "
        "song, which was said to elevate an imam above the Prophet Muhammad. "
        "His lawyer said the defence would challenge the constitutionality of "
        "the Kano sharia penal code, which prescribes death for blasphemy, at "
        "the Court of Appeal. The United Nations human rights office and "
        "several Islamic scholars had called for his release. Outside the "
        "court, a small group of men chanted slogans demanding that the "
        "sentence be upheld, but dispersed peacefully, the police said. Kano "
        "is one of 12 northern states that introduced sharia criminal law in "
        "1999 and 2000.",
        "crime",
    ),
    (
        "Saudi Arabia targets 30 million Umrah pilgrims as Mecca hotel boom draws investors",
        "RIYADH, Nov 14 (Reuters) - Saudi Arabia is betting on a sharp rise in "
        "religious tourism to diversify its oil-dependent economy, with "
        "officials aiming to host 30 million Umrah pilgrims a year by 2030, up "
        "from about 13.5 million last year. The Hajj and Umrah ministry has "
        "introduced electronic visas, allowed pilgrims to book through a "
        "government app and extended the validity of Umrah visas to 90 days. "
        "Developers are racing to add hotel rooms around the Grand Mosque in "
        "Mecca, where one project alone plans more than 40,000 rooms, and "
        'international chains are expanding their presence. "Demand is far '
        'ahead of supply during Ramadan," the head of a Jeddah-based '
        "hospitality consultancy told Reuters. Prices for rooms overlooking "
        "the Kaaba can exceed $1,000 a night in the last ten days of the holy "
        "month. Pilgrims from Pakistan, Indonesia and Egypt, however, say "
        "rising costs are putting the trip out of reach. Travel agents in "
        "Karachi say a price war among Umrah operators has driven smaller "
        "firms out of business. The government has also eased rules for "
        "foreign companies to operate in the sector. Religious tourism "
        "contributed about 2.5% of Saudi GDP last year, according to the "
        "ministry.",
        "economy",
    ),
    (
        "Archdiocese of New Orleans reaches $230 million deal with abuse "
        "survivors after five-year bankruptcy battle",
        "The Roman Catholic Archdiocese of New Orleans has reached a "
        "settlement of about $230 million with hundreds of survivors of clergy "
        "sexual abuse, ending a bitter five-year bankruptcy battle that had "
        "become one of the most expensive in the history of the American "
        "church. Under the deal, announced in federal bankruptcy court on "
        "Tuesday, the archdiocese, its parishes and its insurers will pay into "
        "a trust for some 600 claimants, who will receive individual awards "
        "based on the severity of their abuse. Attorneys for the survivors had "
        "accused the archdiocese of dragging out the proceedings while "
        "spending more than $40 million on lawyers and consultants. The "
        'archbishop said he hoped the agreement would "bring some measure of '
        'healing" and apologized again to those harmed. Several survivors said '
        "no amount of money could compensate for what they had suffered, but "
        "that they were relieved the case was over. The archdiocese has said "
        "it will sell property and draw on reserves to fund its share. More "
        "than 40 Catholic dioceses and religious orders in the United States "
        "have filed for bankruptcy protection since 2004. The settlement still "
        "requires the approval of the judge and a vote by creditors.",
        "economy",
    ),
    (
        "White smoke: Chicago-born Robert Prevost elected pope, takes the name Leo XIV",
        "VATICAN CITY (AP) — Cardinal Robert Francis Prevost of Chicago was "
        "elected the first American pope on Thursday, choosing the name Leo "
        "XIV and greeting the crowd in Saint Peter's Square with the words "
        '"peace be with you all." White smoke poured from the chimney of the '
        "Sistine Chapel shortly after 6 p.m., on the second day of the "
        "conclave, and the bells of Saint Peter's Basilica rang out as tens of "
        "thousands of people cheered. Prevost, 69, spent much of his ministry "
        "as a missionary in Peru, where he later served as bishop of Chiclayo, "
        "and was made head of the Vatican's powerful office for bishops by "
        "Pope Francis in 2023. Speaking in Italian and Spanish from the "
        "loggia, he thanked his predecessor and called for a Church that "
        "builds bridges through dialogue. The cardinals took four ballots to "
        "reach the two-thirds majority needed, according to the Vatican. Leo "
        "XIV is also the first pope from the Augustinian order. Leaders from "
        "Washington to Lima sent their congratulations. The new pope will "
        "celebrate his inauguration Mass on May 18. In the Chicago suburb of "
        "Dolton, where he grew up, neighbours gathered outside his childhood "
        "home and the parish school he attended. In Chiclayo, church bells "
        "rang for an hour and crowds filled the cathedral square. Analysts "
        "said the choice of name pointed to Leo XIII, the pope of the first "
        "social encyclical, and to a focus on workers in a time of artificial "
        "intelligence.",
        "other",
    ),
    (
        "Sarah Mullally named first woman to be Archbishop of Canterbury",
        "The Bishop of London, Sarah Mullally, has been named as the next "
        "Archbishop of Canterbury, the first woman to lead the Church of "
        "England in its nearly 500-year history. The 63-year-old former chief "
        "nursing officer for England was chosen by the Crown Nominations "
        "Commission after a process lasting almost a year, following the "
        "resignation of Justin Welby over his handling of a child abuse "
        "scandal. Speaking at Canterbury Cathedral, she said she hoped to be a "
        "shepherd who enables people to flourish, and acknowledged that her "
        "appointment would be difficult for some Anglicans who do not accept "
        "the ordination of women. The Global Anglican Future Conference, which "
        "represents conservative Anglicans mostly in Africa, said in a "
        "statement that many of its provinces would not recognise her "
        "leadership. She will be legally confirmed in January and formally "
        "installed at Canterbury in March. The Archbishop of Canterbury is the "
        "spiritual head of the worldwide Anglican Communion, which has some 85 "
        "million members in 165 countries. Downing Street said the appointment "
        "was a significant moment for the Church and the nation. Bishop "
        "Mullally was one of the first women to be consecrated a bishop in "
        "2015.",
        "other",
    ),
    (
        "Pope creates 21 new cardinals, including Ukrainian bishop and Archbishop of Tehran",
        "Pope Francis on Saturday created 21 new cardinals at a consistory in "
        "St Peter's Basilica, further reshaping the college that will one day "
        "elect his successor and adding members from countries that have "
        "rarely or never had a cardinal. Among them were the 44-year-old head "
        "of the Ukrainian Greek Catholic eparchy in Melbourne, who becomes the "
        "youngest member of the college, and the Archbishop of Tehran-Isfahan, "
        "a Belgian Franciscan who leads a tiny Catholic community in Iran. In "
        "his homily, the Pope warned the new cardinals against walking on the "
        "path of ambition and urged them to be servants rather than princes. "
        "The Ukrainian cardinal said he would dedicate his red hat to the "
        "people of Ukraine, who have endured almost three years of war, and "
        "wore a cross made from the belt of a Ukrainian soldier. The "
        "consistory also elevated the archbishops of Lima, Tokyo, Santiago de "
        "Chile, Abidjan and Algiers, and the Vatican's chief organiser of "
        "papal trips. With the new appointments, there are 140 cardinals under "
        "the age of 80 and eligible to vote in a conclave, 110 of them "
        "appointed by Francis. The new cardinals received visitors in the "
        "Apostolic Palace in the afternoon.",
        "other",
    ),
    (
        "Fact check: Video of burning temple shared as 'attack in Bangladesh' "
        "is from a 2019 fire in Rajasthan",
        "A video showing flames rising from a temple and a crowd shouting has "
        "been shared widely on X and Facebook with claims that it shows Hindu "
        "places of worship being torched in Bangladesh this week. The claim is "
        "false. A reverse image search shows that the footage was first posted "
        "in April 2019 by a local news channel in Rajasthan and shows a fire "
        "caused by a short circuit at a temple in Jodhpur district, in which "
        "no one was hurt. Police in Jodhpur confirmed the details to BBC "
        "Verify, and the channel's original report is still online. The "
        "video's audio was replaced with a soundtrack of chants in Bengali, "
        "which does not appear in the original. Bangladesh's police said on "
        "Thursday that they had received no reports of any attack on a temple "
        "in the district named in the posts. The clip has been viewed more "
        "than two million times, and was shared by several accounts with large "
        "followings that have posted misleading content about Bangladesh in "
        "the past. Bangladesh's interim government has accused some Indian "
        "media of spreading exaggerated reports of violence against "
        "minorities, a claim Indian officials reject.",
        "other",
    ),
    (
        "Cabinet approves Hajj Policy 2026; cost cut by Rs50,000 for government scheme",
        "ISLAMABAD: The federal cabinet on Tuesday approved the Hajj Policy "
        "2026, under which 179,210 Pakistanis will perform the pilgrimage, "
        "with the cost for the government scheme reduced by about Rs50,000 per "
        "pilgrim compared with last year. The Minister for Religious Affairs "
        "told a news conference that 50 per cent of the quota would go to the "
        "government scheme and the rest to private tour operators, who were "
        "penalised last year after thousands of intending pilgrims were left "
        "stranded when their companies missed Saudi deadlines. For the first "
        "time, pilgrims over 80 years of age will not be allowed to travel "
        "without an attendant, and all applicants must have received the "
        "meningitis vaccine. The ministry said the Road to Makkah project, "
        "under which Saudi immigration formalities are completed at Pakistani "
        "airports, would be extended to Lahore and Karachi. Applications will "
        "be received through designated banks from next month, and successful "
        "applicants will be chosen by balloting. Hajj training sessions will "
        "be held in every district, and the minister said the government was "
        "negotiating with Saudi authorities for better accommodation in Mina.",
        "other",
    ),
]
