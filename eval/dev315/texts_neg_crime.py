"""dev315 negatives: crime, murder, gang, assault, extradition and old terrorism cases."""

NEGATIVES = [
    (
        "Naples court jails 41 in Secondigliano clan feud case",
        (
            "A Naples court sentenced 41 members of two Camorra clans to a combined 600 years in "
            "prison on Wednesday over a feud in the Secondigliano and Scampia districts that "
            "prosecutors said left 14 people dead between 2018 and 2021. The judges found that the "
            "clans had fought for control of drug-dealing squares and used teenagers as lookouts and "
            "couriers. The heaviest sentences, life terms, went to three men convicted of ordering "
            "murders, including that of a 19-year-old mistaken for a rival. Prosecutors described a "
            '"war for the piazzas" in which scooters were used for drive-by shootings in broad '
            "daylight. Defence lawyers said they would appeal, arguing that the case relied heavily "
            "on the testimony of turncoat witnesses. The anti-mafia prosecutor said the verdict "
            'showed that "the state has not abandoned these neighbourhoods". Relatives of victims '
            "applauded as the sentences were read out. The trial took place in the bunker courtroom "
            "of Poggioreale prison. It lasted almost two years, with more than 200 hearings. Police "
            "said the feud had quietened since the arrests of 2021, though shootings in the area had "
            "not stopped altogether. Several of the convicted men had already been sentenced in "
            "earlier trials. The mayor of Naples said the city needed schools and jobs as well as "
            "arrests. Among those in court was the mother of the 19-year-old, who held a photograph "
            "of her son throughout the reading."
        ),
        "crime",
    ),
    (
        "Stockholm court convicts teenagers hired for gang killings",
        (
            "A Stockholm district court on Friday convicted five young men, two of them aged 17 at "
            "the time, of murders and attempted murders carried out on behalf of a criminal network, "
            "in one of Sweden's largest gang trials. Prosecutors said the defendants had been "
            "recruited through encrypted chat apps and paid as little as 20,000 kronor for each "
            "shooting. The court heard that the network was locked in a violent conflict with a "
            "former ally, a feud that police say was behind a record wave of shootings and bombings "
            "in the capital. Two of the accused received life sentences, the harshest available for "
            "adults in Sweden; the younger defendants were given closed youth care. The police "
            'commissioner said gangs were using children "as disposable weapons". The government has '
            "proposed lowering the age of criminal responsibility for the most serious crimes. "
            "Sweden recorded 53 deaths in shootings last year, down from the peak."
        ),
        "crime",
    ),
    (
        "Jury finds Michigan school shooter's mother guilty of manslaughter",
        (
            "A Michigan jury on Tuesday found Jennifer Crumbley guilty of four counts of involuntary "
            "manslaughter, the first time a parent in the United States has been held criminally "
            "responsible for a mass school shooting carried out by a child. Her son, then 15, killed "
            "four students at Oxford High School in 2021 with a handgun his parents had bought him "
            "as an early Christmas present. Prosecutors argued that she had ignored warning signs, "
            "including a drawing of a gun and a bleeding figure that the boy made on the morning of "
            "the shooting. The defence said she could not have foreseen the attack. The son is "
            "serving life without parole after pleading guilty to terrorism and murder. The father, "
            "James Crumbley, faces a separate trial next month. Parents of the victims hugged in the "
            "courtroom after the verdict was read. Legal experts said the case could encourage "
            "prosecutors to bring similar charges elsewhere."
        ),
        "crime",
    ),
    (
        "Honduras extradites former president Hernandez to face US drug charges",
        (
            "Former Honduran President Juan Orlando Hernandez was extradited to the United States on "
            "Thursday to face charges that he took bribes from drug traffickers to protect cocaine "
            "shipments bound for America. Television footage showed him in chains and a bulletproof "
            "vest being led by police to a plane bearing the insignia of the US Drug Enforcement "
            "Administration at the Tegucigalpa air base. Hernandez, who left office in January, "
            "denies the charges and says he is the victim of revenge by cartel bosses he helped to "
            "extradite. The Supreme Court of Justice had rejected his appeal last month. Prosecutors "
            'in New York say he received millions of dollars in bribes, including from Joaquin "El '
            'Chapo" Guzman. His brother, a former congressman, is serving a life sentence in the '
            "United States for drug trafficking. Supporters of his successor, Xiomara Castro, "
            "celebrated outside the air base. If convicted, Hernandez faces life in prison."
        ),
        "crime",
    ),
    (
        "Dutch court jails Taghi for life as marathon underworld trial ends",
        (
            "A court in Amsterdam sentenced the drug lord Ridouan Taghi to life imprisonment on "
            "Tuesday, at the end of a six-year trial of his organisation for a string of underworld "
            "killings. The court found that Taghi had ordered or prepared six murders and several "
            'attempted murders between 2015 and 2017 and led a group that treated killing "as a '
            'business model". Sixteen co-defendants received sentences ranging from one year to '
            "life. The trial, held in a high-security courtroom on the edge of the city, was "
            "overshadowed by the murders of a lawyer, the brother of the state's key witness and the "
            "crime reporter Peter de Vries. The prime minister said the verdict showed that the rule "
            'of law "does not bow to intimidation". Taghi, who was extradited from Dubai in 2019, '
            "followed the reading via a screen. His lawyers have two weeks to appeal."
        ),
        "crime",
    ),
    (
        "Paris court convicts all 20 defendants over November 2015 attacks",
        (
            "A special terrorism court in Paris on Wednesday convicted all 20 defendants in the "
            "trial over the November 2015 attacks, sentencing Salah Abdeslam, the only surviving "
            "member of the commando, to a whole-life term. The nine-month trial heard from some 400 "
            "survivors and relatives of the 130 people killed at the Bataclan concert hall, the "
            "Stade de France and bars and restaurants in eastern Paris. Abdeslam, who had told the "
            "court he abandoned his suicide belt, was found guilty of murder in connection with a "
            "terrorist enterprise. The court rejected his claim that he had changed his mind out of "
            "humanity, saying the belt had malfunctioned. Eighteen other men received sentences "
            "ranging from two years to life; several were tried in absentia and are presumed dead in "
            "Syria. The verdict closed the largest criminal trial in modern French history. A "
            'survivors\' association said it marked the end of "a long night". Defence lawyers have '
            "ten days to appeal."
        ),
        "crime",
    ),
    (
        "Christchurch mosque gunman gets life without parole",
        (
            "A New Zealand judge sentenced the man who murdered 51 worshippers at two Christchurch "
            "mosques to life in prison without the possibility of parole on Thursday, the first time "
            "the sentence has been imposed in the country. Justice Cameron Mander said the crimes "
            'were "so wicked" that a lifetime of imprisonment could not exhaust the requirements of '
            "punishment. Over four days, more than 90 survivors and relatives confronted the "
            "29-year-old Australian in court, some in tears and some in anger. He had pleaded guilty "
            "to 51 murders, 40 attempted murders and a charge under the Terrorism Suppression Act. "
            "He did not address the court. The judge noted that the attack, which was livestreamed, "
            "had been planned for years and aimed to kill as many Muslims as possible. Prime "
            "Minister Jacinda Ardern said she hoped his name would never be heard again. Armed "
            "police guarded the court throughout the hearing."
        ),
        "crime",
    ),
    (
        "Rugby player charged with assault after nightclub brawl in Cardiff",
        (
            "A professional rugby player has been charged with assault occasioning actual bodily "
            "harm after a fight outside a nightclub in Cardiff city centre, South Wales Police said "
            "on Monday. The 26-year-old forward is accused of punching a man who was left with a "
            "broken jaw in the early hours of Sunday, 12 October. He was released on bail and is due "
            "to appear before Cardiff Magistrates' Court later this month. His club said it was "
            "aware of the charge and that the player had been stood down from training pending the "
            "outcome of the case. Footage circulating online appeared to show a scuffle involving "
            "several men, though police urged people not to share it. A second man, aged 31, was "
            "charged with affray. The player's lawyer said his client would plead not guilty and "
            '"looks forward to clearing his name". The Welsh Rugby Union declined to comment while '
            "proceedings are active."
        ),
        "crime",
    ),
    (
        "Johannesburg court sentences cash-in-transit gang to 250 years",
        (
            "The High Court in Johannesburg on Friday sentenced eight members of a cash-in-transit "
            "robbery gang to a combined 250 years in prison for a series of heists on highways in "
            "Gauteng and North West. The judge said the men had used explosives to blow open "
            "armoured vans and fired rifles at guards, one of whom died of his wounds in 2021. "
            "Investigators recovered more than 2 million rand in cash and several assault rifles "
            "during raids on houses in Soweto and Rustenburg. The Hawks, the police's priority "
            "crimes unit, said the group had carried out at least 11 robberies. Security companies "
            "have pushed for tougher sentences as attacks on cash vans became almost a weekly "
            "occurrence in parts of the country. The family of the dead guard said the sentence "
            "brought some relief. Two more suspects remain at large. Defence lawyers said they were "
            "studying the judgment before deciding whether to appeal."
        ),
        "crime",
    ),
    (
        "Rio jury convicts former police officers of killing Marielle Franco",
        (
            "Two former police officers were convicted on Thursday of murdering the Rio de Janeiro "
            "councillor Marielle Franco and her driver Anderson Gomes in 2018, in a case that became "
            "a symbol of violence against activists in Brazil. A jury found Ronnie Lessa, who fired "
            "the shots, and Elcio de Queiroz, who drove the car, guilty after a two-day trial; they "
            "were sentenced to 78 and 59 years respectively. Both had confessed under plea "
            "agreements. Franco, a Black and openly gay politician from the Mare favela, had "
            "denounced police killings and militia activity. Federal police say the murder was "
            "ordered by two brothers with political ties to militias, who are awaiting trial before "
            "the Supreme Federal Court. Franco's sister, now a government minister, wept as the "
            'verdict was read. "Justice has only half been done," their mother told reporters '
            "outside the court. Supporters held a vigil with sunflowers in the city centre."
        ),
        "crime",
    ),
    (
        "Abe's killer pleads guilty at start of Nara trial",
        (
            "The man accused of shooting dead former Japanese Prime Minister Shinzo Abe during an "
            "election speech in 2022 admitted to the murder on the first day of his trial at the "
            'Nara District Court on Tuesday. "Everything is true," Tetsuya Yamagami told the court '
            "when asked about the charges, which also include violating gun control laws with a "
            "homemade firearm. Prosecutors said he had blamed Abe for promoting the Unification "
            "Church, to which his mother had donated more than 100 million yen, ruining the family. "
            "The defence is expected to argue for leniency on the grounds of his difficult "
            "upbringing. Hundreds of people queued for around 30 seats in the public gallery. The "
            "killing led to investigations into the church, which a Tokyo court later ordered to be "
            "dissolved. A verdict is expected in January. Security around the court was tight, with "
            "metal detectors at the entrance."
        ),
        "crime",
    ),
    (
        "Mexico arrests former attorney general over missing students case",
        (
            "Mexican authorities arrested the former attorney general Jesus Murillo Karam on Friday "
            "over the disappearance of 43 students from the Ayotzinapa teachers' college in 2014, "
            "charging him with forced disappearance, torture and obstruction of justice. Murillo "
            "Karam oversaw the original investigation, which concluded that a drug gang had killed "
            "the students and burned their bodies at a rubbish dump, a version that a government "
            "truth commission has rejected as a fabrication. A judge also issued arrest warrants for "
            "dozens of soldiers, police and officials. The truth commission said this week that the "
            'disappearance was a "state crime" involving authorities at every level. Parents of the '
            "students, who have marched every month for eight years, said they wanted to know where "
            "their sons were. Only three of the students have been identified from remains. Murillo "
            "Karam's lawyer said the charges were politically motivated. The case has been handled "
            "by four different special prosecutors."
        ),
        "crime",
    ),
    (
        "El Salvador opens mass trial of nearly 500 alleged MS-13 members",
        (
            "Prosecutors in El Salvador opened a mass trial on Monday of 486 alleged members of the "
            "MS-13 gang, accused of more than 47,000 crimes, including murders and extortion, "
            "committed over the past decade. The defendants, arrested under a state of emergency in "
            "force since 2022, appeared by video link from the maximum-security prison known as "
            "CECOT, dressed in white and with shaved heads. A law passed last year allows groups of "
            "up to 900 suspects to be tried together when they are accused of belonging to the same "
            "gang cell. Rights groups say the collective trials deny defendants the right to an "
            "individual defence. The government of Nayib Bukele says the crackdown has turned El "
            "Salvador from one of the world's most violent countries into one of its safest, with a "
            "homicide rate now below that of Canada. More than 85,000 people have been detained "
            "under the emergency measures. Defence lawyers said they had not been given access to "
            "the full evidence."
        ),
        "crime",
    ),
]
