"""dev173 hard negatives: sanctions listings, interstate and constitutional rulings
(`hard_negative_politics`), arms-export, procurement and draft cases (`hard_negative_military`)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "UK sanctions Russian judges and prosecutors over jailing of Kara-Murza",
        "The UK has imposed sanctions on six Russian judges, prosecutors and "
        "investigators involved in the trial of opposition politician Vladimir "
        "Kara-Murza, who was sentenced to 25 years in prison for treason after "
        "criticising the war in Ukraine. The Foreign Office said those listed, who "
        "include the Moscow City Court judge who presided over the case, would be "
        "banned from travelling to the UK and have any assets there frozen. "
        "Kara-Murza, a British-Russian dual national, was convicted of spreading "
        '"false information" about the Russian army and of working for an '
        '"undesirable organisation". The foreign secretary called the trial '
        '"politically motivated" and said the UK would hold to account those who '
        '"use the courts as a tool of repression". Kara-Murza\'s wife, Evgenia, told '
        "the BBC the sanctions sent an important signal but that her husband's "
        "health was deteriorating in a Siberian prison. Russia's embassy in London "
        'dismissed the measures as "interference in the internal affairs" of a '
        "sovereign state. The United States imposed similar sanctions on some of the "
        "same officials last month. More than 1,500 people are held as political "
        "prisoners in Russia, according to the rights group Memorial.",
        "politics",
    ),
    (
        "ICJ lets Ukraine's genocide case against Russia go ahead in narrowed form",
        "The International Court of Justice ruled on Feb. 2 that it has jurisdiction "
        "to hear only a narrow part of Ukraine's case accusing Russia of misusing "
        "the Genocide Convention to justify its full-scale invasion. The judges in "
        "The Hague rejected Kyiv's request to rule on whether the invasion itself "
        "and Russia's recognition of the so-called Donetsk and Luhansk \"people's "
        "republics\" violated the convention. They agreed to examine only Ukraine's "
        "claim that it has not committed genocide in eastern Ukraine, as Russian "
        "officials have claimed. Ukraine filed the case in February 2022, days after "
        "the invasion began, and won an order in March 2022 requiring Russia to "
        "suspend its military operations, which Moscow ignored. Ukraine had argued "
        "that Russia used false claims of genocide against Russian speakers in "
        "Donbas as a pretext for the invasion. Russia's representative told the "
        "court that Ukraine was trying to turn the court into a tool against Moscow. "
        "Russia welcomed the ruling, saying most of Ukraine's claims had been thrown "
        "out. Ukraine's Foreign Ministry said the case would continue and that "
        "Russia would have to prove its allegations of genocide. Thirty-two "
        "countries, including most EU member states, intervened in support of "
        "Ukraine. A final judgment is not expected for several years, legal experts "
        "told the Kyiv Independent.",
        "politics",
    ),
    (
        "US sanctions Haitian ex-senator and gang leaders accused of arming coalition",
        "WASHINGTON (AP) — The Treasury Department on Thursday imposed sanctions on "
        "a former Haitian senator and two gang leaders it accused of trafficking "
        "weapons to the Viv Ansanm coalition, which controls most of Port-au-Prince. "
        "The department said the former lawmaker used his political influence to "
        "move rifles and ammunition through the port of Saint-Marc and paid gangs to "
        "intimidate rivals ahead of elections. The sanctions freeze any U.S. assets "
        "of those listed and bar Americans from doing business with them. The gang "
        "leaders were already subject to United Nations sanctions, and the State "
        "Department last year designated Viv Ansanm and another gang, Gran Grif, as "
        "foreign terrorist organizations. A Treasury official said the action aimed "
        'to "cut off the supply chain" of firearms, most of which are smuggled from '
        "Florida. The former senator, reached by phone, denied any ties to the gangs "
        'and called the accusations "lies spread by my enemies". Haiti\'s '
        "transitional presidential council welcomed the measures. The United States "
        "has also charged several gang leaders in federal court.",
        "politics",
    ),
    (
        "Israel's Supreme Court strikes down law limiting its own powers",
        "JERUSALEM (Reuters) - Israel's Supreme Court on Monday struck down a law "
        "passed by Prime Minister Benjamin Netanyahu's government that curbed the "
        "court's powers, reviving a constitutional dispute that divided the country "
        "for most of last year. In an 8-7 ruling, the justices annulled an amendment "
        "to a Basic Law that had barred courts from overturning government decisions "
        'they found "unreasonable", saying it dealt a "severe and unprecedented '
        "blow\" to Israel's character as a democracy. It was the first time the court "
        "had struck down one of the quasi-constitutional Basic Laws. Justice "
        "Minister Yariv Levin, the architect of the judicial overhaul, said the "
        'ruling showed "the opposite of the spirit of unity needed these days for '
        'the success of our soldiers at the front". The overhaul had prompted months '
        "of mass street protests and warnings from military reservists that they "
        "would refuse to serve. The government shelved most of its plans after the "
        "Oct. 7 attack by Hamas and the war that followed. Opposition leader Yair "
        'Lapid said the court had "faithfully fulfilled its role". Netanyahu\'s Likud '
        "party said it would not accept the ruling as the final word.",
        "politics",
    ),
    (
        'Judge blocks National Guard deployment to Portland, citing "untethered" claims',
        "PORTLAND, Ore. (AP) — A federal judge on Saturday temporarily blocked the "
        "Trump administration from deploying 200 Oregon National Guard troops to "
        "Portland, ruling that the president's description of the city as "
        '"war-ravaged" was "simply untethered to the facts." U.S. District Judge '
        "Karin Immergut said protests outside an immigration detention facility in "
        "the city had been small and largely peaceful in recent weeks and did not "
        "amount to a rebellion. The administration had argued that federal officers "
        "faced a campaign of harassment and that the troops were needed to protect "
        "federal property. Oregon and the city of Portland sued, saying the "
        "deployment violated state sovereignty and the Posse Comitatus Act, which "
        "limits the use of the military in domestic law enforcement. The judge noted "
        "that police had made 25 arrests at the site over three months, mostly for "
        "minor offenses. The White House said it would appeal and called the ruling "
        "\"an attack on the president's authority.\" Oregon's governor said the "
        'decision confirmed that "there is no insurrection in Portland." Similar '
        "lawsuits are pending over deployments to Chicago and Memphis. Protesters "
        "who gather outside the facility most evenings told reporters that the "
        "demonstrations consist of a few dozen people with signs, music and "
        "inflatable frog costumes.",
        "politics",
    ),
    (
        "SC constitutional bench restores military trials of civilians over May 9 riots",
        "ISLAMABAD: A seven-member constitutional bench of the Supreme Court on "
        "Wednesday set aside an earlier judgment that had barred the trial of "
        "civilians in military courts, clearing the way for the army to try suspects "
        "accused of attacking military installations during the May 9, 2023 riots. "
        "By a majority of five to two, the bench restored sections of the Army Act "
        "that allow civilians to be tried for offences related to the armed forces. "
        "The riots broke out after the arrest of former prime minister Imran Khan, "
        "when supporters of his party stormed the Corps Commander's House in Lahore "
        "and attacked the General Headquarters in Rawalpindi. Military courts have "
        "already convicted 85 civilians in connection with the riots, sentencing "
        "them to between two and ten years in prison, although several were later "
        'pardoned. The PTI called the ruling "a dark day for the Constitution", '
        "while the Attorney General said the judgment upheld the law passed by "
        "Parliament. Human rights groups said military trials do not meet standards "
        "of fair trial. The bench directed the government to legislate within 45 "
        "days for a right of appeal to the high courts. Detailed reasons will be "
        "issued later.",
        "politics",
    ),
    (
        "Brazil's Supreme Court convicts Bolsonaro of plotting coup after 2022 defeat",
        "Brazil's Supreme Court on Thursday convicted former president Jair "
        "Bolsonaro of plotting a coup to stay in power after losing the 2022 "
        "election, and sentenced him to 27 years and three months in prison. Four of "
        "the five justices on the court's First Panel found that Bolsonaro led a "
        "criminal organisation that planned to overturn the vote, including a plan "
        "to assassinate President Luiz Inácio Lula da Silva and a Supreme Court "
        "justice that was never carried out. The charges also covered the riots of "
        "January 8, 2023, when thousands of his supporters stormed and vandalised "
        "the presidential palace, Congress and the Supreme Court building in "
        "Brasília. Justice Alexandre de Moraes, the case's rapporteur, said Brazil "
        'had come close to "returning to a dictatorship". Prosecutors presented a '
        "draft decree found on the phone of a former aide that would have declared a "
        "state of siege and annulled the election result. Police investigators also "
        'described a plan, code-named "Green and Yellow Dagger", to kill Lula and '
        "his vice-president before their inauguration, which the court found "
        "Bolsonaro had known about. The only dissenting justice said the court "
        "lacked jurisdiction and that the evidence of an actual attempt to seize "
        "power was weak. Seven former aides, including several generals and a former "
        "defence minister, were also convicted. Bolsonaro, who has been under house "
        "arrest since August, denies wrongdoing, and his lawyers said they would "
        "appeal. The United States, which had imposed tariffs on Brazilian goods "
        'citing the prosecution, called the verdict a "witch hunt". Hundreds of '
        "supporters gathered peacefully on Copacabana beach on Sunday in protest.",
        "politics",
    ),
    (
        "Supreme Court rules Rwanda deportation plan unlawful",
        "The UK government's plan to deport asylum seekers to Rwanda is unlawful, "
        "the supreme court has ruled, in a significant blow to Rishi Sunak's pledge "
        "to stop small boat crossings of the Channel. Five justices unanimously "
        "upheld a court of appeal ruling that there were substantial grounds for "
        "believing that people sent to Rwanda would face a real risk of being "
        "returned to countries where they could be persecuted. The court cited "
        "evidence from the UN refugee agency that Rwanda had rejected every asylum "
        "claim from people from Afghanistan, Syria and Yemen, and had sent some "
        "people back to countries where they feared for their lives. The case was "
        "brought by asylum seekers from Iraq, Iran, Syria, Vietnam, Sudan and "
        "Albania who arrived in small boats. The prime minister said he would "
        "introduce emergency legislation declaring Rwanda a safe country and "
        "negotiate a new treaty with Kigali. Refugee charities celebrated outside "
        "the court in Westminster. Rwanda's government said it took issue with the "
        "ruling that it was not a safe third country. No one has yet been sent to "
        "Rwanda under the scheme.",
        "politics",
    ),
    (
        "Court of appeal rules UK arms sales to Saudi Arabia unlawful",
        "The government acted unlawfully when it licensed the sale of British-made "
        "arms to Saudi Arabia that might be used in the conflict in Yemen, the court "
        "of appeal has ruled. Three judges found that ministers had failed to assess "
        "properly whether the Saudi-led coalition had breached international "
        "humanitarian law in its air campaign, and ordered the government to "
        "reconsider the licences. The case was brought by Campaign Against Arms "
        "Trade, which argued that aircraft, bombs and missiles supplied by British "
        "companies had been used in strikes that killed civilians at weddings, "
        "funerals and markets. Its lawyers pointed to a 2016 air strike on a funeral "
        "hall in Sanaa that killed more than 140 mourners and to the bombing of a "
        "school bus in Dahyan last year in which dozens of boys died. Government "
        "lawyers had argued that ministers relied on Saudi assurances and on "
        "classified information that the court could not see. The judges said the "
        "question was not whether violations had happened but whether the government "
        "had asked. The ruling does not immediately halt existing exports, but the "
        "international trade secretary said no new licences would be granted while "
        "the government considered the judgment. Saudi Arabia is the largest buyer "
        "of British arms, and BAE Systems has thousands of staff in the kingdom "
        "maintaining Typhoon and Tornado jets. The government said it would seek "
        "permission to appeal to the supreme court. Andrew Smith of CAAT said the "
        'verdict was "a historic victory". UN experts estimate that the war in Yemen '
        "has killed tens of thousands of people since 2015.",
        "military",
    ),
    (
        "Dutch Supreme Court upholds order to halt F-35 parts exports to Israel",
        "THE HAGUE (Reuters) - The Dutch Supreme Court on Friday upheld a lower "
        "court order barring the export of F-35 fighter jet parts to Israel, ruling "
        "that the government had not properly weighed the risk that the jets would "
        "be used in serious violations of international law in Gaza. The case was "
        "brought by Oxfam Novib and two other rights groups, who argued that parts "
        "stored at a U.S.-owned warehouse in Woensdrecht were shipped on to Israel "
        "for F-35s used in air strikes on Gaza. The court said the government had "
        "six weeks to reassess the export licence in line with its ruling, and could "
        "then decide again. The Netherlands had argued that halting the exports "
        "would harm its relations with the United States and its place in the "
        "international F-35 programme. A government spokesman said ministers would "
        "study the judgment. The F-35 parts are owned by the United States and "
        "distributed to partner countries from the Dutch depot under a cooperation "
        "agreement. Israel's embassy in The Hague did not immediately respond to a "
        "request for comment. Rights groups said the ruling set a precedent for "
        "other European countries that supply weapons parts.",
        "military",
    ),
    (
        "Rafale deal: SC dismisses pleas seeking review of its verdict",
        "The Supreme Court on Thursday dismissed a batch of petitions seeking a "
        "review of its December 2018 verdict that had given a clean chit to the "
        "Centre on the purchase of 36 Rafale fighter jets from France. A three-judge "
        "Bench led by the Chief Justice said it did not find any merit in the pleas, "
        'and that it was not for the court to "sit as an appellate authority" on '
        "matters of defence procurement. The petitioners, including two former Union "
        "Ministers and an activist lawyer, had alleged that the government "
        "suppressed material facts about the pricing of the aircraft and the "
        "selection of an offset partner. Justice K.M. Joseph, in a separate but "
        "concurring judgment, said the dismissal did not prevent investigating "
        "agencies from acting under the law. The Congress said the fight for a probe "
        "would continue in Parliament. The first batch of Rafale jets is due to be "
        "handed over to the Indian Air Force at a ceremony in France next month.",
        "military",
    ),
    (
        "Kyiv court jails man who dodged mobilization with forged disability papers",
        "A Kyiv district court has sentenced a 34-year-old man to three years in "
        "prison for evading mobilization by using forged medical documents to claim "
        "a disability, the Prosecutor General's Office said on Aug. 21. According to "
        "prosecutors, the man paid a doctor at a regional hospital $6,000 for papers "
        "stating he had a serious heart condition, which a military medical "
        "commission accepted in 2023. Investigators found the forgery during an "
        "audit of disability certificates issued in the region, which uncovered "
        "dozens of similar cases. Ukraine lowered its mobilization age to 25 in "
        "April 2024 and has tightened rules on deferments as the army struggles to "
        "replace losses at the front. Thousands of men have been prosecuted for "
        "draft evasion since Russia's full-scale invasion, and the courts have "
        "increasingly handed down prison sentences rather than fines. The man's "
        "lawyer said he would appeal.",
        "military",
    ),
]
