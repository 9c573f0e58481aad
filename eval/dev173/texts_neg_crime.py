"""dev173 hard negatives: inquests into police shootings, murder and gang trials,
kidnapping, fraud, corruption and extradition cases (`hard_negative_crime`)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Inquest jury finds police marksman lawfully killed man in Salford car stop",
        "An inquest jury has concluded that a man shot dead by a Greater Manchester "
        "police marksman during an armed stop in Salford was lawfully killed, "
        "rejecting his family's argument that officers had planned the operation so "
        "badly that a shooting became inevitable. The 31-year-old was hit in the "
        "chest as he sat in the driver's seat of a car that officers had boxed in on "
        "a residential street, after intelligence suggested he was travelling to "
        "collect a firearm. The officer, known only as Q9, told the inquest he fired "
        "once because he believed the man was reaching for a weapon in the footwell. "
        "No gun was found in the car, though a loaded pistol was later recovered "
        "from a flat linked to a passenger. The jury at Manchester coroner's court "
        "found that the officer honestly believed his life and those of colleagues "
        "were in danger. It also found that failures in the briefing before the stop "
        "did not contribute to the death. The man's mother said outside court that "
        'the family was "devastated" and would consider a legal challenge. The '
        "Independent Office for Police Conduct said last year that no officer would "
        "face misconduct proceedings.",
        "crime",
    ),
    (
        "Kumanjayi Walker inquest finds racism within NT police force",
        "The coroner examining the death of Kumanjayi Walker, the 19-year-old "
        "Warlpiri man shot by a police officer in the remote community of Yuendumu "
        "in 2019, has found that the Northern Territory police force was marked by "
        '"institutional racism". Judge Elisabeth Armitage handed down her findings '
        "in Alice Springs on Monday after an inquest that ran for more than two "
        "years. Constable Zachary Rolfe shot Walker three times during an attempted "
        "arrest, after the young man stabbed him in the shoulder with a pair of "
        "scissors. Rolfe was acquitted of murder in 2022. During the inquest, the "
        "court heard that police had gone to Yuendumu on the night of the shooting "
        "days after Walker absconded from a rehabilitation program, and that the "
        "community was holding a funeral at the time. Elders told the coroner that "
        "armed officers in the community had frightened residents for years. The "
        "coroner said the decision to send a specialist tactical team, which Rolfe "
        'belonged to, had been "inappropriate" and contrary to earlier plans agreed '
        "with local leaders. Rolfe declined to give evidence, citing the risk of "
        "self-incrimination, and lost a court challenge to that ruling. The coroner "
        "said she could not rule out that Rolfe's racist attitudes had influenced "
        "his conduct that night, and found his text messages to colleagues contained "
        "racist slurs about Aboriginal people. She made 32 recommendations, "
        "including a review of the policing of remote communities and tighter rules "
        "on the carrying of firearms during arrests. Members of Walker's family, "
        'dressed in red, gathered outside the court with a banner reading "Justice '
        'for Kumanjayi". The NT police commissioner said the force would consider '
        "the findings carefully. Rolfe was dismissed from the force in 2022 over "
        "unrelated matters.",
        "crime",
    ),
    (
        "Dutch court jails Ridouan Taghi for life at end of Marengo gang trial",
        "AMSTERDAM (Reuters) - A Dutch court on Tuesday sentenced Ridouan Taghi, "
        "described by prosecutors as the leader of a drug gang behind a string of "
        "gangland killings, to life in prison at the end of a six-year trial that "
        "saw a lawyer and a crime reporter linked to the case murdered. The court at "
        "the high-security bunker in Amsterdam's Osdorp district found Taghi guilty "
        "of ordering or taking part in six murders and several attempted murders "
        "between 2015 and 2017, carried out by hitmen who shot their victims in the "
        "street. Sixteen co-defendants received sentences ranging from two years to "
        "life. The trial relied heavily on the testimony of a gang member turned "
        "state witness, Nabil B., whose brother, lawyer and confidant were all shot "
        "dead after he agreed to cooperate. Lawyer Derk Wiersum was killed outside "
        "his home in 2019, and crime reporter Peter R. de Vries was shot after "
        'leaving a television studio in 2021. Judges said the gang had shown "a '
        'complete disregard for human life". Taghi, who was extradited from Dubai in '
        "2019, did not appear for the verdict. Among the killings was the 2017 "
        "murder of a man in Utrecht whom the gang mistook for a rival, shot dead as "
        "he sat in his car outside his home. Prosecutors presented thousands of "
        "decrypted messages from encrypted phones in which gang members discussed "
        "targets, hiring shooters and paying for cars and weapons. The court said "
        'the messages showed a "murder machine" that operated with military '
        "discipline. Lawyers, judges and journalists involved in the case worked "
        "under heavy police protection, and the trial was held under some of the "
        "tightest security ever seen in the Netherlands. The case has been seen as a "
        "test of the Dutch justice system's ability to stand up to organised crime.",
        "crime",
    ),
    (
        "El Salvador puts nearly 500 alleged MS-13 members on trial in one hearing",
        "SAN SALVADOR, El Salvador (AP) — El Salvador began a mass trial on Tuesday "
        "of 486 alleged members of the Mara Salvatrucha gang, accused of dozens of "
        "homicides, extortions and disappearances committed over more than a decade, "
        "in the largest single proceeding since President Nayib Bukele began his "
        "crackdown on gangs. Most of the defendants appeared by video link from the "
        "CECOT mega-prison, in white shorts and with shaved heads, while prosecutors "
        "read the charges in a courtroom in the capital. Prosecutors say the accused "
        "belonged to MS-13 cells that controlled neighborhoods in the east of the "
        "country, killed rivals and suspected informants and buried them in "
        "clandestine graves. A law passed in 2023 allows judges to try gang members "
        "collectively, by cell, rather than individually. Human rights groups say "
        "the state of emergency in force since 2022 has led to more than 80,000 "
        "arrests, many of them arbitrary, and that hundreds of detainees have died "
        "in custody. The government says the homicide rate has fallen to the lowest "
        "in the Americas. Lawyers for the defendants said they had not been given "
        "access to the full evidence. The trial is expected to last several months.",
        "crime",
    ),
    (
        "Calabria court convicts 207 in biggest 'Ndrangheta trial in decades",
        "LAMEZIA TERME, Italy (Reuters) - An Italian court on Monday convicted 207 "
        "people in the largest trial against the 'Ndrangheta crime syndicate in more "
        "than 30 years, handing out sentences totalling more than 2,100 years. The "
        "trial, held in a converted call centre in Lamezia Terme to accommodate "
        "hundreds of defendants and lawyers, focused on the Mancuso clan, which "
        "prosecutors say controlled the province of Vibo Valentia through extortion, "
        "drug trafficking and intimidation. Among those convicted were a former "
        "senator of the Forza Italia party, found guilty of helping the clan, as "
        "well as local politicians, businessmen and police officers. More than 100 "
        "defendants were acquitted. Prosecutor Nicola Gratteri, who has lived under "
        "police protection for more than 30 years, said the verdict showed that the "
        "'Ndrangheta could be defeated. Witnesses described how the clan demanded "
        "protection money from shopkeepers and set fire to the cars of those who "
        "refused. One former clan member turned state witness described a ceremony "
        "in which new members swore loyalty in front of a statue of Saint Michael. "
        "Another told the court how a businessman who went to the police was found "
        "shot dead in his car. The 'Ndrangheta is considered Italy's most powerful "
        "mafia, with a large share of the cocaine trade into Europe. Defence lawyers "
        "said they would appeal.",
        "crime",
    ),
    (
        "Court sentences kidnap kingpin Evans to life imprisonment",
        "A Lagos State High Court in Ikeja on Thursday sentenced notorious kidnapper "
        "Chukwudumeme Onwuamadike, popularly known as Evans, to life imprisonment "
        "for kidnapping, having found him guilty of abducting a businessman in 2017. "
        "Justice Hakeem Oshodi held that the prosecution proved beyond reasonable "
        "doubt that Evans and his gang held the victim, the chairman of a "
        "pharmaceutical company, in chains for about two months at a hideout in "
        "Igando until his family paid a ransom of $420,000. The victim told the "
        "court that his captors threatened to cut off his fingers and sent voice "
        "notes to his family to speed up payment. Evans, who was arrested in 2017 at "
        "his mansion in Magodo, had reportedly collected millions of dollars in "
        "ransom from wealthy Lagos families over several years. Five co-defendants "
        "were also convicted, while one was discharged. The judge said the sentences "
        "should serve as a deterrent to others. Evans's lawyer said his client would "
        "appeal. Premium Times reported that Evans is still standing trial on "
        "separate charges of attempted kidnapping before another court.",
        "crime",
    ),
    (
        "Sam Bankman-Fried sentenced to 25 years for FTX fraud",
        "NEW YORK (Reuters) - FTX founder Sam Bankman-Fried was sentenced to 25 "
        "years in prison on Thursday for stealing $8 billion from customers of the "
        "now-bankrupt cryptocurrency exchange he founded, the latest chapter in one "
        "of the biggest financial frauds in U.S. history. U.S. District Judge Lewis "
        "Kaplan said Bankman-Fried had shown no remorse and had lied during his "
        "testimony at trial. A jury convicted the 32-year-old in November on seven "
        "counts of fraud and conspiracy, after prosecutors showed that he had "
        "secretly diverted customer deposits to his hedge fund Alameda Research to "
        "make risky bets, buy property and make political donations. Bankman-Fried, "
        'wearing a beige prison jumpsuit, told the court he had made "a series of '
        'bad decisions" and was sorry for the harm caused to customers. Prosecutors '
        "had sought 40 to 50 years. The judge also ordered him to forfeit more than "
        "$11 billion. FTX collapsed in November 2022 after a wave of customer "
        "withdrawals. His lawyers said they would appeal the conviction.",
        "crime",
    ),
    (
        "Malaysia's Najib loses bid to serve 1MDB sentence under house arrest",
        "KUALA LUMPUR (AFP) - A Malaysian court on Monday dismissed a bid by jailed "
        "former prime minister Najib Razak to serve the rest of his sentence for "
        "corruption at home, dealing a blow to the once powerful leader's hopes of "
        "leaving prison early. Najib was convicted in 2020 of abuse of power, "
        "criminal breach of trust and money laundering over the transfer of 42 "
        "million ringgit from a former unit of the 1MDB state fund into his bank "
        "accounts. He began serving a 12-year prison term in 2022, later halved by "
        "the pardons board. His lawyers argued that a royal addendum issued by the "
        "former king allowed him to serve the remainder under house arrest. High "
        "Court judge Alice Loke said the addendum had not been discussed or decided "
        "at a meeting of the pardons board and was therefore invalid. Najib is also "
        "on trial in a separate case involving more than 2 billion ringgit of 1MDB "
        "funds.",
        "crime",
    ),
    (
        "Former Brazilian police officers jailed for murder of councillor Marielle Franco",
        "Two former military police officers were sentenced on Thursday to 78 and 59 "
        "years in prison for the murder of Rio de Janeiro city councillor Marielle "
        "Franco and her driver Anderson Gomes, more than six years after the crime "
        "shook Brazil. A jury in Rio found Ronnie Lessa, who fired the shots, and "
        "Élcio de Queiroz, who drove the car, guilty of double homicide and "
        "attempted murder of Franco's press adviser, who survived. Both had "
        "confessed as part of plea deals in which they named those they said had "
        "ordered the killing. Lessa told the court he had been promised land in an "
        "area of western Rio controlled by militias, the paramilitary groups made up "
        "of former and serving police officers that run rackets in many "
        "neighbourhoods. Franco, a Black, bisexual politician raised in the Maré "
        "favela, had denounced police violence and militia land grabs. Three men "
        "accused of ordering the murder, among them a federal congressman, are "
        "awaiting trial before the Supreme Court. Franco's sister, now a government "
        'minister, said the verdict was "a first step". Lessa\'s lawyers said they '
        "would not appeal.",
        "crime",
    ),
    (
        "Memphis officers convicted over beating death of Tyre Nichols",
        "MEMPHIS, Tenn. (AP) — A federal jury on Thursday convicted three former "
        "Memphis police officers of obstruction of justice in the beating death of "
        "Tyre Nichols, a Black motorist whose death after a traffic stop led to "
        "protests and a federal review of the city's police department, but "
        "acquitted them of civil rights charges. Prosecutors said the officers, "
        "members of a now-disbanded street crime unit, punched, kicked and struck "
        "Nichols with a baton after he ran from a traffic stop in January 2023, then "
        "failed to tell medics and supervisors what they had done. Video from a pole "
        "camera showed officers holding Nichols up while others hit him as he cried "
        "out for his mother. He died in a hospital three days later. Two other "
        "former officers had pleaded guilty and testified for the prosecution. The "
        "three face up to 20 years in prison when sentenced. Nichols' mother, "
        "RowVaughn Wells, said outside the courthouse that she was disappointed by "
        "the acquittals. The officers also face state second-degree murder charges.",
        "crime",
    ),
    (
        "SC upholds Zahir Jaffer's death sentence in Noor Mukadam murder case",
        "ISLAMABAD: The Supreme Court on Wednesday upheld the death sentence awarded "
        "to Zahir Jaffer for the murder of Noor Mukadam, daughter of a former "
        "ambassador, at his house in Islamabad's upscale F-7 sector in July 2021. A "
        "three-member bench dismissed Jaffer's appeal against the Islamabad High "
        "Court's judgment, observing that the prosecution had proved its case "
        "through CCTV footage, forensic evidence and the recovery of the murder "
        "weapon. The court, however, commuted his sentence for rape to life "
        "imprisonment. The trial court had been told how Jaffer held the 27-year-old "
        "captive for two days, tortured her and beheaded her, while staff at the "
        "house did not raise the alarm. The guard and gardener of the house, who had "
        "been sentenced to ten years each, were acquitted of abetment by the bench. "
        "The murder had caused public outrage and led to protests across the country "
        "about violence against women. Noor's father, Shaukat Mukadam, told "
        "reporters outside the court that justice had been done. Jaffer can now file "
        "a mercy petition with the president.",
        "crime",
    ),
    (
        "Spanish court approves extradition of Venezuelan ex-spy chief to the US",
        "Spain's National Court has approved the extradition to the United States of "
        "Hugo Carvajal, the former head of Venezuelan military intelligence, who is "
        "wanted in New York on charges of drug trafficking and collaborating with "
        "Colombia's FARC guerrillas. The court's criminal chamber rejected "
        "Carvajal's argument that he would face political persecution and said the "
        "charges against him were ordinary crimes. US prosecutors accuse him of "
        "helping to send some 5.6 tonnes of cocaine from Venezuela to Mexico in 2006 "
        'and of protecting drug shipments in exchange for bribes. Known as "El '
        'Pollo", Carvajal was arrested in Madrid in 2021 after almost two years on '
        "the run, hiding in a flat in the city's Moratalaz district. He had broken "
        "with the government of Nicolás Maduro in 2019 and expressed support for the "
        "opposition leader Juan Guaidó. The cabinet must now give final approval to "
        "the transfer, which is usually a formality. His lawyers said they would "
        "appeal to the Constitutional Court and to the European Court of Human "
        "Rights. Carvajal has denied all the charges.",
        "crime",
    ),
    (
        "Lafarge goes on trial in Paris for financing Islamic State in Syria",
        "PARIS (AFP) - French cement maker Lafarge and eight former executives went "
        "on trial in Paris on Tuesday accused of financing terrorist groups, "
        "including the Islamic State group, to keep a factory running in war-torn "
        "Syria in 2013 and 2014. Investigators say the company's Syrian subsidiary "
        "paid nearly 13 million euros to armed groups and middlemen so that staff "
        "and supplies could pass through checkpoints and the plant at Jalabiya, in "
        "the north of the country, could keep producing. Prosecutors say the "
        "payments continued even as the jihadists seized territory around the "
        "factory and carried out massacres in the region. An investigating judge's "
        'report cited emails in which managers discussed the "passes" issued by IS '
        "to let lorries through, and a former security manager told investigators he "
        "had negotiated with an emir in Raqqa. The company abandoned the plant in "
        "September 2014 when IS fighters overran it, leaving local workers to escape "
        "on their own. Civil parties say the money helped the group at the time it "
        "was preparing the massacre of Yazidis in Sinjar. Lafarge, now part of the "
        "Swiss group Holcim, pleaded guilty in the United States in 2022 to similar "
        "charges and agreed to pay $778 million. Former chief executive Bruno "
        "Lafont, who is among the defendants, has denied knowing about the payments. "
        "Lawyers for former Syrian employees, who are civil parties, said staff had "
        "been left to risk their lives while foreign managers were evacuated. The "
        "trial before the Paris criminal court is scheduled to last until "
        "mid-December. The charge of financing terrorism carries up to ten years in "
        "prison.",
        "crime",
    ),
]
