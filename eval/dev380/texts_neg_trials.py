"""dev380 negatives: verdicts and trials about past atrocities, arrests, warrants and extraditions."""

NEGATIVES = [
    (
        "Appeals judges uphold Mladic life sentence for Srebrenica genocide",
        "UN appeals judges on Tuesday upheld the genocide conviction and life sentence of Ratko Mladic, the Bosnian Serb wartime commander, bringing to an end a case that began more than a quarter of a century ago. "
        "The five-judge panel of the International Residual Mechanism for Criminal Tribunals in The Hague rejected almost all of his appeal, with only the presiding judge dissenting on some points. "
        "Mladic, 78, was convicted in 2017 of genocide over the killing of about 8,000 Muslim men and boys at Srebrenica in July 1995 and of terrorising Sarajevo during a 43-month siege. "
        "He sat expressionless as the ruling was read out. "
        "“This historic judgment shows that those who commit horrific crimes will be held accountable,” said Serge Brammertz, the chief prosecutor. "
        "In Srebrenica, women whose husbands and sons were killed watched the ruling on a screen at the memorial centre in Potočari. "
        "In Serbia and in the Serb-run half of Bosnia, many still regard Mladic as a hero. "
        "He will serve the sentence in a country yet to be chosen. "
        "His lawyers had argued that he was not in control of the troops who carried out the killings and that his health was too poor for him to follow the proceedings. "
        "The judges said the evidence showed he had “significant and decisive” involvement in the crimes. "
        "Bosnia's wartime Serb political leader, Radovan Karadzic, is serving a life sentence for the same crimes in a British prison. "
        "The tribunal that tried both men, the ICTY, closed in 2017 after indicting 161 people. "
        "Munira Subasic, who heads an association of Srebrenica mothers, said she wished the judges had been at the graves with her. "
        "Remains of more than 6,900 people have been identified in mass graves around the town.",
        "history",
    ),
    (
        "Paris court jails Rwandan doctor for 24 years over 1994 genocide",
        "A Paris court on Wednesday sentenced Sosthène Munyemana, a Rwandan doctor who lived in south-west France for nearly three decades, to 24 years in prison for genocide and crimes against humanity. "
        "The jury found that Munyemana, now 68, helped draw up a motion supporting the interim government in 1994 and held the keys to a local government office in Butare where Tutsi were locked up before being killed. "
        "He had denied the charges and said he had sheltered Tutsi neighbours. "
        "The trial, which lasted five weeks, heard more than 60 witnesses, some of whom travelled from Rwanda. "
        "A complaint was first filed against him in Bordeaux in 1995, and victims' groups criticised the length of the proceedings. "
        "It was the sixth trial in France linked to the genocide, in which about 800,000 people, mostly Tutsi, were killed. "
        "His lawyers said they would appeal.",
        "history",
    ),
    (
        "Former rebel commander gets life in Paris for Liberian civil war crimes",
        "A Paris court on Wednesday sentenced Kunti Kamara, a former commander of the ULIMO rebel group, to life in prison for complicity in crimes against humanity and acts of torture during Liberia's first civil war. "
        "It was the first trial in France over the Liberian conflict, held under the principle of universal jurisdiction. "
        "Witnesses told the court that Kamara's fighters raped women, forced villagers to carry loads and killed civilians in Lofa County in 1993 and 1994. "
        "Kamara, 47, denied the charges and said he had only been a frontline fighter. "
        "The case was brought by the Swiss-based group Civitas Maxima, which has documented Liberian war crimes for more than a decade. "
        "Liberia itself has never tried anyone for the two civil wars, which killed about 250,000 people between 1989 and 2003. "
        "The Liberian government has since announced plans for a war-crimes court.",
        "history",
    ),
    (
        "Koblenz court convicts Syrian colonel of crimes against humanity in landmark torture trial",
        "A German court on Thursday sentenced a former Syrian intelligence officer to life in prison for crimes against humanity, in the first criminal trial anywhere over state torture in Syria. "
        "The higher regional court in Koblenz found Anwar Raslan guilty of overseeing the torture of at least 4,000 people at the Al-Khatib detention centre in Damascus in 2011 and 2012, 27 of whom died. "
        "Survivors told the court of beatings, electric shocks and sexual violence during interrogations. "
        "Raslan, who defected and came to Germany as a refugee in 2014, said he had never ordered torture. "
        "Germany's universal jurisdiction law allows its courts to try crimes against humanity committed anywhere. "
        "“This is a day we waited for for ten years,” said Wassim Mukdad, a survivor who testified. "
        "A second defendant was convicted last year of aiding and abetting the crimes. "
        "Prosecutors used thousands of photographs smuggled out of Syria by a military photographer known as Caesar. "
        "The trial lasted almost two years and heard more than 80 witnesses, several of whom testified with their faces hidden. "
        "Raslan's lawyers said they would appeal and that he had helped detainees where he could. "
        "The German foreign minister said the verdict was a signal that no one should feel safe from prosecution.",
        "history",
    ),
    (
        "Frankfurt court jails Syrian doctor for life over torture in military hospitals",
        "A Frankfurt court on Monday sentenced a Syrian doctor to life in prison for torturing and killing detainees in military hospitals and a prison in Homs and Damascus in 2011 and 2012. "
        "The judges found that Alaa M., who worked as an orthopaedic surgeon in Germany after arriving in 2015, had beaten prisoners, set fire to a teenager's genitals and killed a man with a lethal injection. "
        "The court also found the particular gravity of guilt, which makes early release after 15 years unlikely. "
        "The defendant, whose surname is withheld under German privacy rules, denied the charges throughout the three-year trial. "
        "Several witnesses testified anonymously, fearing for relatives still in Syria at the time. "
        "Rights groups say the case shows how universal jurisdiction can fill the gap left by the absence of an international court for Syria. "
        "His lawyer said he would appeal to the Federal Court of Justice.",
        "history",
    ),
    (
        "ICC appeals chamber upholds Ongwen conviction and 25-year sentence",
        "The International Criminal Court's appeals chamber on Thursday upheld the conviction of Dominic Ongwen, a former commander of Uganda's Lord's Resistance Army, on 61 counts of war crimes and crimes against humanity. "
        "Ongwen was himself abducted by the LRA as a boy, and his defence argued that he suffered from mental illness and acted under duress. "
        "The five appeals judges unanimously rejected those arguments and confirmed his 25-year sentence. "
        "The charges related to attacks on camps for displaced people in northern Uganda in 2003 and 2004 and to forced marriages, the first such conviction by the court. "
        "The LRA's founder, Joseph Kony, remains at large. "
        "A separate hearing on reparations for victims is expected next year.",
        "history",
    ),
    (
        "Timbuktu jihadist police chief sentenced to 10 years by ICC",
        "The International Criminal Court on Wednesday sentenced Al Hassan Ag Abdoul Aziz, a former member of the Islamic police set up by jihadists in Timbuktu, to 10 years in prison for war crimes and crimes against humanity. "
        "Judges found that he took part in the torture of prisoners and the enforcement of floggings and amputations during the armed groups' rule of the Malian city in 2012 and 2013. "
        "He was acquitted of charges of rape and sexual slavery, a decision criticised by women's rights groups. "
        "His lawyers had argued that he was a minor figure who joined the police to earn a living. "
        "The years he has spent in detention since 2018 will be deducted from the sentence. "
        "It is the court's second case concerning Timbuktu, after a former jihadist pleaded guilty in 2016 to destroying the city's mausoleums. "
        "Both sides have 30 days to appeal.",
        "history",
    ),
    (
        "Darfur militia leader Ali Kushayb found guilty at ICC",
        "Judges at the International Criminal Court on Monday found Ali Muhammad Ali Abd-Al-Rahman, a Janjaweed militia leader known as Ali Kushayb, guilty of 27 counts of war crimes and crimes against humanity committed in Darfur in 2003 and 2004. "
        "It is the first conviction for crimes in Darfur, more than 20 years after the UN Security Council referred the situation to the court. "
        "The judges found that he personally took part in the killing of detained men in the town of Mukjar and ordered attacks on villages in West Darfur. "
        "Abd-Al-Rahman, who surrendered in the Central African Republic in 2020, had said he was a victim of mistaken identity. "
        "Sentencing will take place at a later hearing. "
        "Former president Omar al-Bashir, also wanted by the court, has never been handed over. "
        "Sudan has been at war again since April 2023, and Darfuri exiles in Chad followed the ruling on their phones.",
        "history",
    ),
    (
        "Finnish court gives life sentence to Russian Rusich fighter for 2014 ambush",
        "A Finnish court on Friday sentenced Yan Petrovsky, a Russian citizen who fought with the Rusich paramilitary group in eastern Ukraine, to life in prison for war crimes committed in 2014. "
        "The Helsinki district court found that he took part in an ambush near the village of Shchastia in the Luhansk region in September 2014 in which 22 Ukrainian soldiers were killed. "
        "He was also convicted of mutilating the bodies of the dead, an act that fighters filmed and posted online. "
        "Petrovsky, who denied the charges, was arrested at Helsinki airport in 2023 while travelling under a false name. "
        "Finland refused Ukraine's request to extradite him and tried him under universal jurisdiction instead. "
        "Judges and prosecutors travelled to Ukraine to hear witnesses during the trial. "
        "He can appeal to the Helsinki court of appeal.",
        "history",
    ),
    (
        "Khmer Rouge tribunal ends work after upholding Khieu Samphan verdict",
        "The UN-backed tribunal in Cambodia on Thursday upheld the genocide conviction of Khieu Samphan, the last surviving leader of the Khmer Rouge, in its final ruling after 16 years of work. "
        "The 91-year-old former head of state was sentenced to life in prison in 2018 for genocide against ethnic Vietnamese and crimes against humanity. "
        "He sat in a wheelchair as the judges rejected nearly all of his grounds of appeal. "
        "The Extraordinary Chambers in the Courts of Cambodia cost more than $330m and convicted only three people, a record critics say reflects political interference. "
        "About 1.7 million people died from execution, starvation and overwork under the regime between 1975 and 1979. "
        "Survivors who attended the hearing said they were relieved. "
        "The court will now move into a residual phase to preserve its archives.",
        "history",
    ),
    (
        "Guatemalan ex-paramilitaries sentenced to 30 years over rapes of Achi women",
        "A Guatemalan court on Monday sentenced five former civil patrol members to 30 years in prison each for the rape of Maya Achi women in the 1980s during the country's civil war. "
        "The court in Guatemala City found the men guilty of crimes against humanity committed against 36 women in Rabinal, in the department of Baja Verapaz, between 1981 and 1985. "
        "The women, many of them now elderly, sat in the courtroom wearing traditional clothing and covered their faces during the reading of the verdict. "
        "Judge Yassmín Barrios said the crimes were part of a strategy to destroy the community. "
        "The case took more than a decade to reach trial after the women filed their complaint in 2011. "
        "Defence lawyers said they would appeal and called the testimony inconsistent. "
        "A truth commission found that about 200,000 people were killed or disappeared during the 36-year conflict, which ended in 1996.",
        "history",
    ),
    (
        "Duterte flown to The Hague after arrest on ICC warrant in Manila",
        "Former Philippine president Rodrigo Duterte was flown to the Netherlands on Tuesday night, hours after police arrested him at Manila's airport on a warrant from the International Criminal Court. "
        "The court accuses Duterte, 79, of the crime against humanity of murder over killings during his anti-drugs campaign, first as mayor of Davao City and then as president. "
        "Police records say more than 6,000 people were killed in anti-drug operations, while rights groups put the number far higher. "
        "Duterte's lawyers filed a petition at the Supreme Court arguing that the arrest was illegal because the Philippines left the court in 2019. "
        "President Ferdinand Marcos Jr said the government had acted on its commitments to Interpol. "
        "Duterte's daughter, Vice-President Sara Duterte, called the arrest a kidnapping. "
        "He is expected to make his first appearance before judges later this week. "
        "Supporters gathered outside the air base in Manila where his plane was held for several hours before taking off, some holding his portrait. "
        "Relatives of people killed in the crackdown welcomed the arrest, with one mother saying she had waited nine years. "
        "The ICC opened its investigation in 2021, and judges ruled that the court kept jurisdiction over the period when the country was a member. "
        "Duterte had said in a speech in Hong Kong days earlier that he was ready to be arrested. "
        "He remains popular in the south of the country, and his allies are standing in midterm elections in May.",
        "crime",
    ),
    (
        "South Africa arrests Rwandan genocide fugitive Kayishema after 22 years on the run",
        "One of the last four fugitives indicted by the UN tribunal for Rwanda has been arrested on a vineyard near Cape Town, prosecutors said on Thursday. "
        "Fulgence Kayishema, a former police inspector, is accused of organising the killing of more than 2,000 Tutsi refugees who sheltered in the Nyange Catholic church in April 1994, including by having the church bulldozed. "
        "He was arrested in Paarl in a joint operation by South African police and the tribunal's fugitive-tracking team. "
        "Kayishema had lived under false names in several countries and used fake papers to claim asylum, the prosecutors said. "
        "He appeared in the Cape Town magistrates' court on Friday, where the case was postponed. "
        "Rwanda has asked that he be tried in Kigali. "
        "“Genocide is the most serious crime known to humankind, and justice will be done however long it takes,” chief prosecutor Serge Brammertz said. "
        "Survivors of Nyange, where a new church now stands beside a memorial, said they had given up hope of seeing him in court. "
        "His extradition hearing could take months because of appeals available under South African law.",
        "crime",
    ),
    (
        "Argentine court orders arrest of Myanmar junta chief over Rohingya crimes",
        "A court in Buenos Aires has issued arrest warrants for Myanmar's military leader Min Aung Hlaing and two dozen other officials over crimes against the Rohingya, in a case brought under universal jurisdiction. "
        "The case was filed in 2019 by the Burmese Rohingya Organisation UK, which argued that no court in Myanmar would hear it. "
        "The warrants cover the military's 2017 operations in Rakhine State, which drove about 740,000 Rohingya into Bangladesh. "
        "Argentina's courts have previously used universal jurisdiction in cases concerning Franco-era Spain. "
        "The court asked Interpol to issue red notices. "
        "Tun Khin, the group's president, said the ruling showed that “the doors of justice can be opened even when they seem closed”. "
        "Myanmar's military government has not commented.",
        "crime",
    ),
    (
        "French judges issue arrest warrant for Assad over 2013 chemical attacks",
        "French investigating judges have issued an international arrest warrant for Syrian President Bashar al-Assad over chemical attacks near Damascus in 2013, lawyers for the plaintiffs said on Wednesday. "
        "Warrants were also issued for his brother Maher, commander of the Fourth Division, and two generals. "
        "The case concerns the sarin attacks on Eastern Ghouta in August 2013, which killed more than 1,000 people according to US intelligence, and an attack on Douma and Adra earlier that month. "
        "The investigation was opened in 2021 after a complaint by the Syrian Center for Media and Freedom of Expression and survivors. "
        "It is the first time a sitting head of state has been the subject of such a warrant from a national court, lawyers said. "
        "Prosecutors have said they will ask the court to decide whether Assad's immunity applies. "
        "Syria has always denied using chemical weapons.",
        "crime",
    ),
    (
        "ICC convicts Kenyan lawyer Gicheru of bribing witnesses",
        "The International Criminal Court on Monday convicted Paul Gicheru, a Kenyan lawyer, of bribing and trying to bribe witnesses in the case against William Ruto, now Kenya's deputy president. "
        "Judges found that Gicheru led a scheme that offered money and jobs to prosecution witnesses to withdraw their testimony, and that at least eight witnesses had been approached. "
        "The case against Ruto over violence after Kenya's 2007 election collapsed in 2016, with judges citing witness interference and political meddling. "
        "Gicheru surrendered to Dutch authorities in 2020 and had pleaded not guilty. "
        "“This conduct went to the very heart of the court's ability to do justice,” the presiding judge said. "
        "Sentencing will take place at a later date.",
        "crime",
    ),
    (
        "Dutch hand two Rwandan genocide suspects to Kigali after long legal fight",
        "The Netherlands on Saturday extradited two men wanted in Rwanda for their alleged role in the 1994 genocide, after they lost a legal battle that went to the European Court of Human Rights. "
        "Jean-Baptiste Mugimba and Jean-Claude Iyamuremye were flown to Kigali on a chartered plane and handed to Rwandan police. "
        "Both had lived in the Netherlands for years and had argued that they would not receive a fair trial in Rwanda. "
        "Dutch courts ruled that the Rwandan justice system now met international standards. "
        "Mugimba is accused of planning killings in Kigali, and Iyamuremye of leading militias in the Kicukiro district. "
        "Rwanda's prosecutor general said they would be tried in the high court's international crimes chamber. "
        "Several other European countries have extradited suspects to Rwanda in recent years.",
        "crime",
    ),
    (
        "Germany arrests five Syrians over 2012 killings of protesters in Yarmouk",
        "German police on Wednesday arrested five men suspected of taking part in the killing of civilians in the Yarmouk district of Damascus in 2012, the federal prosecutor's office said. "
        "The men are believed to have belonged to a pro-government militia and to the Syrian intelligence service, and are accused of firing on a peaceful protest in July 2012 in which at least six people were killed. "
        "Investigators also accuse them of detaining and torturing people at checkpoints. "
        "The arrests were made in Berlin, Lower Saxony and Rhineland-Palatinate. "
        "All five came to Germany as refugees after 2015, prosecutors said. "
        "Germany has become the main venue for trials over crimes committed in Syria. "
        "A judge will decide whether they remain in custody.",
        "crime",
    ),
    (
        "Abdeslam gets whole-life term as Paris attacks trial ends",
        "A special court in Paris on Wednesday sentenced Salah Abdeslam, the only surviving member of the group that carried out the November 2015 attacks, to life in prison without parole. "
        "It is the heaviest sentence in French law and has been imposed only a handful of times. "
        "The 19 other defendants were all convicted of various charges, some in absentia, and received sentences ranging from two years to life. "
        "The trial, in a courtroom built for the purpose inside the Paris law courts, lasted ten months and heard from about 400 survivors and relatives of the 130 people killed. "
        "Abdeslam told the court he had decided not to detonate his explosive vest, which judges did not accept. "
        "“The verdict does not bring back our dead, but it is a page that is turned,” said a spokesman for a victims' association. "
        "Lawyers for several defendants said they were considering appeals.",
        "crime",
    ),
    (
        "Peru's Toledo extradited from US to face bribery charges",
        "Former Peruvian president Alejandro Toledo was handed over to Peruvian authorities on Sunday after a four-year legal battle against extradition from the United States. "
        "Toledo, 77, is accused of taking millions of dollars in bribes from the Brazilian construction company Odebrecht in exchange for contracts on a highway linking Peru and Brazil. "
        "He surrendered at a federal courthouse in San Jose, California, on Friday, after an appeals court rejected his last bid to stay in the country, and was flown to Lima on a police plane bound for the Barbadillo prison, where two other former presidents are held. "
        "Toledo denies wrongdoing and says the case is politically motivated. "
        "Prosecutors are seeking a sentence of more than 20 years. "
        "His wife, an Israeli-born anthropologist, also faces charges.",
        "crime",
    ),
    (
        "Spain hands Venezuela's former spy chief to the US after supreme court fight",
        "Spain extradited Hugo Carvajal, Venezuela's former military intelligence chief, to the United States on Wednesday to face drug-trafficking and narco-terrorism charges, Spanish police said. "
        "Carvajal, a close ally of the late Hugo Chávez, is accused by US prosecutors of helping to send tonnes of cocaine to the United States. "
        "He was first arrested in Madrid in 2019, went into hiding after a court briefly refused his extradition, and was found in a Madrid flat in 2021. "
        "His lawyers fought the handover all the way to Spain's supreme court and the European Court of Human Rights. "
        "Carvajal, known as “El Pollo”, broke with President Nicolás Maduro in 2019. "
        "He is expected to appear in a federal court in New York. "
        "A lawyer for Carvajal said he would plead not guilty.",
        "crime",
    ),
]
