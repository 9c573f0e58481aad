"""dev173 hard negatives: trials, inquests, appeals, extraditions and lawsuits that
recount old armed or political violence as evidence (`hard_negative_history`)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Bosnian court jails former military policeman for 1992 killings of Prijedor villagers",
        "The Court of Bosnia and Herzegovina on Friday sentenced a former Bosnian "
        "Serb military policeman to 14 years in prison for taking part in the "
        "killing of at least 23 Bosniak civilians in villages near Prijedor in July "
        "1992. The verdict said the defendant was a member of a unit that rounded up "
        "men from the villages of Biscani and Rizvanovici, separated them from women "
        "and children and shot them by a stream. Survivors told the court during the "
        "two-year trial how soldiers went from house to house, set fire to barns and "
        "marched the men away with their hands behind their heads. One witness, who "
        "was 15 at the time, said he survived by lying under the bodies of his "
        "father and uncle until nightfall. The remains of several victims were found "
        "in 2013 in the Tomasica mass grave, one of the largest in Bosnia. A "
        "forensic pathologist called by the prosecution said most of the victims had "
        "been shot in the back of the head at close range. Relatives of the dead "
        "watched the verdict in the courtroom, and several wept as the names of the "
        "victims were read out. The convicted man, who had lived in Serbia until his "
        "arrest at a border crossing in 2021, showed no emotion. The defence argued "
        "that the accused had been on leave at the time and that witnesses had "
        "confused him with another man of the same name. Presiding judge Mira "
        'Smajlovic said the evidence placed him at the scene "beyond reasonable '
        'doubt". The verdict can be appealed. BIRN has reported on more than 40 war '
        "crimes cases concerning the Prijedor area since the court was set up.",
        "history",
    ),
    (
        "ICC appeals judges uphold Ongwen convictions and 25-year sentence",
        "Appeals judges at the International Criminal Court on Thursday upheld the "
        "conviction of Dominic Ongwen, a former commander of the Lord's Resistance "
        "Army, for 61 crimes against humanity and war crimes committed in northern "
        "Uganda, and confirmed his 25-year prison sentence. The five judges rejected "
        "all of the defence's grounds of appeal, including the argument that Ongwen, "
        "who was abducted by the rebels as a boy, suffered from mental illness and "
        "acted under duress. At trial, prosecutors had shown that fighters under his "
        "command attacked the camps for displaced people at Pajule, Odek, Lukodi and "
        "Abok between 2003 and 2004, shooting residents, burning huts with people "
        "inside and abducting children. Witnesses described mothers being forced to "
        "leave their babies in the bush during forced marches, and women testified "
        'that they were given to Ongwen as "wives". The trial heard 69 prosecution '
        "witnesses, among them former LRA fighters who described being ordered to "
        "loot food and kill anyone who resisted. At Lukodi, survivors said, the "
        "attackers set fire to grass-thatched huts and shot people who tried to run, "
        "while children were tied together and marched into the bush carrying the "
        "loot. More than 100 people were killed in the four camp attacks, according "
        "to the judgment. It is the first time the court has ruled on forced "
        "pregnancy as a crime. Victims' groups in Gulu and Lukodi gathered around "
        "radios to hear the ruling, Justice Info's correspondent said. \"Today we can "
        'say the world has listened," said a survivor of the Lukodi attack. The '
        "court will now decide on reparations for more than 4,000 registered "
        "victims. The LRA's founder, Joseph Kony, remains at large.",
        "history",
    ),
    (
        "Thaci trial: prosecutors seek 45 years as Kosovo court hears closing arguments",
        "Prosecutors at the Kosovo Specialist Chambers in The Hague on Tuesday asked "
        "the judges to sentence former Kosovo president Hashim Thaci to 45 years in "
        "prison, as the court began hearing closing arguments in the trial of four "
        "former Kosovo Liberation Army leaders. Thaci, Kadri Veseli, Rexhep Selimi "
        "and Jakup Krasniqi are charged with war crimes and crimes against humanity, "
        "including the murder, torture and illegal detention of Serbs, Roma and "
        "Kosovo Albanians suspected of collaborating with Serbian forces in 1998 and "
        "1999. The prosecution said the KLA had run a network of detention sites in "
        "Kosovo and northern Albania where prisoners were beaten with baseball bats "
        "and some were killed. One former detainee told the court how he was held "
        "for weeks in a school basement in Drenica with his hands tied and beaten "
        "every night by guards who accused him of spying for Belgrade. Another "
        "described hearing a Serb prisoner scream in a neighbouring room and never "
        'seeing him again. The indictment lists more than 100 victims by name. "This '
        'was not the work of rogue individuals," a prosecutor told the court. During '
        "the trial, which began in April 2023, more than 120 witnesses testified, "
        "many of them under protective measures. The defence says the accused had no "
        "control over local units and that the court, set up under Western pressure, "
        "targets Kosovo's liberation struggle. Outside the court, a small group of "
        "supporters held KLA flags and pictures of the defendants. All four have "
        "pleaded not guilty. A verdict is not expected before next year, BIRN "
        "understands.",
        "history",
    ),
    (
        "Paris attacks court hands Abdeslam rare whole-life term as marathon trial ends",
        "A special terrorism court in Paris on Wednesday convicted Salah Abdeslam, "
        "the only surviving member of the Islamic State cell that carried out the "
        "November 2015 attacks, and sentenced him to life without any realistic "
        "prospect of parole, the toughest penalty in French law. The court also "
        "found 19 other men guilty of offences ranging from terrorism to helping the "
        "attackers, six of them in absentia. The coordinated shootings and suicide "
        "bombings at the Bataclan concert hall, the Stade de France and bars and "
        "restaurants in eastern Paris killed 130 people. Over ten months, some 400 "
        "survivors and relatives testified, describing gunmen firing into the crowd "
        "at the concert hall for more than two hours and the moment friends fell "
        "beside them on restaurant terraces. A police commissioner who went into the "
        "Bataclan with a colleague described shooting one of the gunmen on the stage "
        "while hostages lay among the dead on the floor. Others told of the bombers "
        "at the Stade de France, who blew themselves up outside the stadium gates "
        "during a friendly between France and Germany after failing to get inside. "
        "The trial, held in a courtroom built for the purpose inside the old Palais "
        "de Justice, was the largest in modern French history. Abdeslam told the "
        "court he had decided not to detonate his explosive vest, an account the "
        "judges rejected. Many survivors hugged and wept in the specially built "
        'courtroom as presiding judge Jean-Louis Périès read the verdicts. "It does '
        'not bring anyone back, but it has been heard," said the president of one '
        "victims' association. Lawyers for Abdeslam have ten days to appeal.",
        "history",
    ),
    (
        "German court jails Syrian doctor for life over torture in Assad's military hospitals",
        "FRANKFURT (Reuters) - A German court on Monday sentenced a Syrian doctor to "
        "life in prison for crimes against humanity, including the killing of a "
        "detainee and the torture of others in military hospitals in Homs and "
        "Damascus in 2011 and 2012. The Frankfurt Higher Regional Court found that "
        "the doctor, who moved to Germany in 2015 and worked in hospitals there, had "
        "beaten prisoners, poured flammable liquid on the genitals of a teenager and "
        "set it alight, and given a lethal injection to a man who resisted. "
        "Witnesses, several of them former detainees now living in Europe, described "
        "the hospital wards as extensions of the intelligence services' prisons. The "
        "case was brought under the principle of universal jurisdiction, which "
        "allows German prosecutors to try serious crimes committed abroad. It is the "
        "second major trial in Germany over abuses by Bashar al-Assad's government, "
        "after a court in Koblenz convicted a former intelligence colonel in 2022. "
        "The defendant denied the charges and his lawyers said they would appeal. "
        "Syrian activists watching in the courtroom unfurled a banner with the faces "
        "of missing relatives after the verdict was read.",
        "history",
    ),
    (
        "Philippine court convicts Ampatuan brothers of 2009 Maguindanao massacre",
        "MANILA (AFP) - A Philippine court on Thursday found members of a powerful "
        "political clan guilty of the murder of 57 people in the 2009 Maguindanao "
        "massacre, the country's worst act of political violence, ending a trial "
        "that lasted a decade. Judge Jocelyn Solis-Reyes sentenced Datu Andal "
        "Ampatuan Jr and his brother Zaldy to life in prison without parole, along "
        "with 26 other defendants, most of them police officers and militiamen. "
        "Prosecutors proved that gunmen stopped a convoy carrying relatives of a "
        "rival candidate and 32 journalists on a highway, took them to a hilltop and "
        "shot them, before burying the bodies and vehicles with a government "
        "backhoe. The victims had been on their way to file the candidate's "
        "nomination papers for the provincial governor's race. A former employee of "
        "the clan told the court how the family's patriarch had planned the killings "
        "over dinner days earlier, saying the rival's convoy should be stopped. "
        "Forensic experts testified that several bodies were found buried under "
        "crushed vans, and a 58th victim, a photojournalist, is presumed dead "
        "although his body was never found. More than 50 other accused were "
        "acquitted for lack of evidence, and some 80 suspects have never been "
        "arrested. Relatives of the murdered journalists embraced outside the "
        'heavily guarded courtroom inside a Manila police camp. "We have waited ten '
        'years for this," said the widow of one reporter. Press freedom groups said '
        "the verdict was a milestone in a country where killers of journalists are "
        "rarely punished.",
        "history",
    ),
    (
        "1984 anti-Sikh riots: Delhi court gives Sajjan Kumar life term for killing "
        "of father and son",
        "A Delhi court on Tuesday sentenced former Congress MP Sajjan Kumar to life "
        "imprisonment for the murder of a father and son in the Saraswati Vihar area "
        "during the anti-Sikh riots that followed the assassination of Prime "
        "Minister Indira Gandhi in November 1984. Special Judge Kaveri Baweja held "
        "that Kumar had led a mob armed with iron rods and sticks that attacked the "
        "house of Jaswant Singh and his son Tarundeep Singh, set it on fire and "
        "looted it. The widow of Jaswant Singh, now in her seventies, had told the "
        "court how the mob dragged her husband and son out and beat them before "
        "setting them ablaze. Another witness, a neighbour, said she saw Kumar "
        "address the mob from a car and urge them to kill Sikhs and loot their "
        "property. The defence had argued that the witness identified Kumar only "
        "decades later, after seeing his photograph in newspapers. The prosecution "
        "had sought the death penalty, but the court said the case did not fall in "
        'the "rarest of rare" category, given Kumar\'s age and health. Kumar is '
        "already serving a life sentence in another riots case, in which the Delhi "
        "High Court convicted him in 2018. Nearly 3,000 Sikhs were killed in Delhi "
        "alone in three days of violence in 1984, according to official figures. "
        "Members of victims' families who gathered outside the Rouse Avenue court "
        "said they would appeal for a harsher sentence. Kumar's counsel said he "
        "would challenge the conviction.",
        "history",
    ),
    (
        "Dhaka war crimes tribunal condemns Hasina to death in absentia over 2024 "
        "killings of protesters",
        "Bangladesh's International Crimes Tribunal on Monday sentenced former prime "
        "minister Sheikh Hasina to death in absentia for crimes against humanity "
        "during the crackdown on the student-led uprising that ended her 15-year "
        "rule in August 2024. The three-judge panel found that Hasina had ordered "
        "security forces to use lethal force, including helicopters and drones, "
        "against protesters, and that she had failed to stop killings by police and "
        "members of her party's student wing. A United Nations fact-finding report "
        "cited by prosecutors estimated that up to 1,400 people were killed between "
        "July 15 and August 5 of last year. Witnesses told the tribunal how police "
        "fired on unarmed students in Dhaka, and parents described collecting the "
        "bodies of their children from morgues. Former home minister Asaduzzaman "
        "Khan was also sentenced to death, while a former police chief who turned "
        "state witness received five years. Hasina, who fled to India and lives in "
        'New Delhi, called the verdict "the decision of a rigged tribunal". Security '
        "was tight around the tribunal in central Dhaka, but the capital was calm. "
        "The interim government said it would ask India again to extradite her.",
        "history",
    ),
    (
        "MH17: Dutch court convicts three men of murder over downing of airliner",
        "A Dutch court has convicted two Russians and a Ukrainian of murder for "
        "their role in the shooting down of Malaysia Airlines flight MH17 over "
        "eastern Ukraine in July 2014, in which all 298 people on board were killed. "
        "The judges at the Schiphol judicial complex found that the Boeing 777 was "
        "hit by a Buk missile fired from a farm field near the village of "
        "Pervomaiskyi, then under the control of Russian-backed separatists. Igor "
        "Girkin, Sergei Dubinsky and Leonid Kharchenko were sentenced in absentia to "
        "life in prison; a fourth defendant, Oleg Pulatov, was acquitted. The court "
        "said Russia had overall control of the Donetsk People's Republic forces at "
        "the time, which it said made the conflict international. Relatives of the "
        "victims, most of whom were Dutch, listened in silence as presiding judge "
        "Hendrik Steenhuis described how the missile's warhead tore the cockpit "
        "apart at 33,000 feet. The court spent months examining intercepted phone "
        "calls in which separatist commanders discussed bringing the Buk launcher in "
        "from Russia and, after the crash, hurrying it back across the border. "
        "Villagers described seeing a white trail rise from the field and hearing a "
        "loud bang before wreckage and bodies fell across sunflower fields near "
        "Hrabove. Russia has always denied involvement and blamed Ukraine. The "
        "convicted men are not expected to serve their sentences, as Russia does not "
        'extradite its citizens. Moscow called the verdict "politically motivated". '
        'The Dutch prime minister said the ruling was "an important step" towards '
        "justice.",
        "history",
    ),
    (
        "Ben Roberts-Smith loses appeal over defamation ruling on Afghan killings",
        "Former soldier Ben Roberts-Smith has lost his appeal against a 2023 ruling "
        "that found newspaper reports accusing him of war crimes in Afghanistan were "
        "substantially true. Three Federal Court judges unanimously dismissed the "
        "appeal on Friday, upholding Justice Anthony Besanko's findings that the "
        "Victoria Cross recipient was complicit in or responsible for the murder of "
        "four unarmed Afghan prisoners between 2009 and 2012. At the original trial, "
        "former members of the Special Air Service Regiment testified that "
        "Roberts-Smith kicked a handcuffed farmer off a cliff in the village of "
        "Darwan in 2012 and that a soldier then shot the injured man. Other "
        "witnesses described a raid on a compound known as Whiskey 108, where a man "
        "with a prosthetic leg was shot and his leg later used as a drinking vessel. "
        "Roberts-Smith, who has never been charged with any criminal offence, has "
        "denied all wrongdoing. He now faces a legal bill estimated at $25m. The "
        "Office of the Special Investigator, set up after the 2020 Brereton report, "
        "is investigating alleged war crimes by Australian special forces. Nick "
        "McKenzie, one of the journalists he sued, said outside court that the "
        'ruling vindicated "brave soldiers who told the truth".',
        "history",
    ),
    (
        "Netherlands hands over two Rwandan genocide suspects to Kigali",
        "The Netherlands has extradited two Rwandan men accused of taking part in "
        "the 1994 genocide against the Tutsi, after the European Court of Human "
        "Rights rejected their final bid to block the transfer, the Dutch justice "
        "ministry said on Sunday. The men, who had lived in the Netherlands for more "
        "than 15 years, flew to Kigali on a chartered plane escorted by Dutch "
        "police. Rwandan prosecutors accuse one of them of leading Interahamwe "
        "militiamen who killed Tutsi at roadblocks in Kigali, and the other of "
        "taking part in massacres at a church in the former Gikongoro prefecture, "
        "where thousands of people who had sought shelter were killed with grenades "
        "and machetes in April 1994. Both deny the charges. Survivors told Dutch "
        "investigators who travelled to Rwanda that one of the men had carried a "
        "list of names at a roadblock and pointed out Tutsi to be killed. Dutch "
        "courts had ruled that Rwanda's judiciary could now guarantee a fair trial, "
        "a change from a decade ago, when European countries refused such requests. "
        "The prosecutor general in Kigali said the men would be tried by the High "
        "Court's chamber for international crimes. Survivors' association Ibuka "
        "welcomed the extradition. About 800,000 people were killed in 100 days of "
        "genocide in 1994.",
        "history",
    ),
    (
        "Christchurch inquest finds mosque attacks could not have been stopped but "
        "response had flaws",
        "The coroner investigating the Christchurch mosque attacks has found that no "
        "one could have prevented the 51 deaths once the gunman began shooting, but "
        "that police and ambulance responses on the day had serious shortcomings. In "
        "findings released on Tuesday, Deputy Chief Coroner Brigitte Windley said "
        "some of the victims at the Al Noor mosque died within minutes, and that "
        "delays in getting paramedics into the building did not change the outcome. "
        "The inquest heard evidence over several months last year, including from "
        "worshippers who hid under bodies as the Australian white supremacist fired, "
        "and from police officers who rammed his car and arrested him on a street 18 "
        "minutes after the first call. Families had pushed for the inquest to "
        "examine whether an emergency door at Al Noor was faulty and whether lessons "
        "from earlier attacks abroad had been ignored. The coroner made 10 "
        "recommendations, including better training for armed police and ambulance "
        "staff. The gunman is serving life without parole, the first such sentence "
        "in New Zealand. The coroner also examined how the gunman obtained his "
        "firearms licence and the military-style weapons he used, finding that "
        "police vetting at the time was inadequate. She said the security services "
        "could not reasonably have detected his plans from his online activity "
        "before the attack. New Zealand banned most semi-automatic weapons within "
        "weeks of the shootings and ran a buyback of more than 50,000 firearms. A "
        "royal commission reported in 2020 on the wider failures, but families said "
        "only an inquest could answer how their relatives died. Some relatives said "
        'the findings offered little comfort. "We needed to know, and now we know," '
        "said a man whose brother was killed at the Linwood mosque.",
        "history",
    ),
    (
        "US jury finds Chiquita liable for paramilitary killings in Colombia",
        "MIAMI (AP) — A federal jury in Florida on Monday found Chiquita Brands "
        "International liable for financing a Colombian paramilitary group that "
        "killed the husbands, fathers and sons of the plaintiffs during the "
        "country's civil war, and ordered the company to pay $38.3 million. The "
        "families argued that Chiquita paid the United Self-Defense Forces of "
        "Colombia, known by its Spanish initials AUC, about $1.7 million between "
        "1997 and 2004, while the group murdered trade unionists, farmers and "
        "suspected guerrilla sympathizers in the banana-growing regions of Urabá and "
        "Magdalena. Relatives testified about men taken from their homes at night "
        "and found days later with their hands tied and bullet wounds to the head. "
        "Chiquita admitted in 2007 that it had made the payments and paid a $25 "
        "million fine to the U.S. Justice Department, but said it had been extorted "
        "and had no choice. The plaintiffs' lawyers told jurors that the payments "
        'were recorded in the company\'s books as "security" and continued even after '
        "the U.S. government listed the AUC as a terrorist organization in 2001. A "
        "former paramilitary commander testified by video from Colombia that the "
        "money bought weapons and paid fighters. The jury considered eight "
        "bellwether cases out of thousands filed. One woman told jurors her husband, "
        "a banana worker, was pulled off a bus by gunmen and shot at the roadside in "
        "1997. The verdict is the first time a major American company has been held "
        "liable by a U.S. jury for human rights abuses in another country, the "
        "plaintiffs' lawyers said. Chiquita said it would appeal. Thousands of other "
        "claims against the company are pending.",
        "history",
    ),
]
