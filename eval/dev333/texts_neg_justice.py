"""dev333 negatives: police brutality and custody cases as crime, murdered journalists and
defenders, historical abuses and truth commissions, peace deals and mandates."""

NEGATIVES = [
    (
        "Former Memphis officers convicted of witness tampering in Tyre Nichols beating",
        "A federal jury on Thursday convicted three former Memphis police officers of witness "
        "tampering in the fatal beating of Tyre Nichols, but acquitted them of the more serious "
        "charge of violating his civil rights by causing his death. Nichols, 29, was pulled from "
        "his car after a traffic stop in January 2023, pepper-sprayed and struck with a Taser, "
        "then kicked and punched near his mother's home, and died three days later. Video of the "
        "beating, released weeks later, prompted peaceful protests in several cities. Two other "
        "officers pleaded guilty before the trial and testified against their former colleagues. "
        "Ben Crump, the family's lawyer, said the verdict was bittersweet. The officers were "
        "members of a specialised street crime unit that the city disbanded after Nichols's "
        "death. Sentencing is scheduled for later this year, and the officers still face "
        "second-degree murder charges in state court. During the three-week trial, prosecutors "
        "showed jurors footage from street cameras and body cameras in which officers could be "
        "heard laughing after the beating. Defence lawyers argued that Nichols had resisted "
        "arrest and that the officers had followed their training. The Justice Department also "
        "published a report finding that Memphis police routinely used excessive force against "
        "Black residents. The city has disputed the findings.",
        "crime",
    ),
    (
        "Kenya: six charged with murder over blogger's death in police cell",
        "Six people, including three police officers, were charged with murder on Tuesday over "
        "the death of blogger and teacher Albert Ojwang in a police cell in central Nairobi. "
        "Ojwang, 31, was arrested in his home town of Homa Bay after a senior police official "
        "complained about a post on X, and was found dead hours after arriving at the Central "
        "police station. Police initially said he had hit his head against a wall, but an "
        "independent autopsy found injuries consistent with assault, including head trauma and "
        "neck compression. The Independent Police Oversight Authority said CCTV cameras at the "
        "station had been tampered with. Deputy Inspector-General Eliud Lagat, who filed the "
        "original complaint, has stepped aside pending investigations. Ojwang's father, Meshack "
        "Opiyo, told reporters outside the court that he wanted the truth about his son's final "
        "hours. Rights groups say at least 20 people have died in police custody in Kenya this "
        "year. The accused pleaded not guilty and were remanded in custody. The case has drawn "
        "wide attention on social media, where young Kenyans shared his photograph under the "
        "hashtag JusticeForAlbert.",
        "crime",
    ),
    (
        "Cristosal: 261 inmates have died in custody under El Salvador's state of exception",
        "At least 261 people have died in El Salvador's prisons since the government suspended "
        "civil liberties to fight gangs two years ago, the human rights group Cristosal said on "
        "Tuesday, and many of the deaths show signs of torture or denial of medical care. The "
        "group based its findings on autopsies, interviews with relatives and former detainees, "
        "and the bodies of inmates exhumed from common graves. None of those who died had been "
        "convicted, it said. More than 80,000 people have been arrested under the state of "
        "exception, which President Nayib Bukele's supporters credit with bringing the murder "
        "rate to historic lows. Cristosal said thousands of those arrested had no gang ties and "
        "were detained on anonymous tips or because of tattoos. The government rejects the report "
        "and says the prisons meet international standards. Bukele has called rights groups "
        "defenders of criminals in his war on gangs. Cristosal said in several cases relatives "
        "learned of a death only when they were called to collect a body from a morgue. Former "
        "inmates described beatings on arrival, overcrowded cells and a lack of food and water. "
        "The group itself moved some of its staff out of the country this year, citing "
        "harassment. Bukele's government has built a mega-prison, CECOT, that can hold 40,000 "
        "inmates. The United States has since sent deported Venezuelans there, a move challenged "
        "in American courts.",
        "crime",
    ),
    (
        "Mexican reporter shot dead outside his home in Veracruz",
        "A Mexican journalist who covered local politics and crime was shot dead outside his home "
        "in the state of Veracruz on Wednesday, state prosecutors said, the third reporter killed "
        "in the country this year. Two men on a motorcycle fired several times at the journalist "
        "as he got out of his car in the town of Tuxpan, according to a statement from the "
        "prosecutor's office. He ran a news page on Facebook with about 40,000 followers and had "
        "recently reported on a dispute over a municipal water contract. Reporters Without "
        "Borders said Mexico remained one of the most dangerous countries in the world for the "
        "press outside a war zone. The federal mechanism for the protection of journalists said "
        "he had not been enrolled in its programme. Prosecutors said they had not ruled out any "
        "line of inquiry. Colleagues held a silent vigil in the town's main square in the "
        "evening. Veracruz has been the deadliest state for reporters for more than a decade, "
        "according to the press freedom group Article 19. Press groups say nine in ten killings "
        "of journalists in Mexico go unpunished.",
        "crime",
    ),
    (
        "Malta businessman to stand trial over Caruana Galizia car bomb",
        "A Maltese court has ordered businessman Yorgen Fenech to stand trial for complicity in "
        "the murder of journalist Daphne Caruana Galizia, who was killed by a car bomb near her "
        "home in 2017. Fenech, who denies the charges, is accused of commissioning and financing "
        "the killing. Three men who planted and detonated the bomb were convicted earlier, and a "
        "middleman who turned state's witness was pardoned. Caruana Galizia had been "
        "investigating corruption linked to a power station contract awarded to a consortium that "
        "included a company owned by Fenech. A public inquiry found in 2021 that the state bore "
        "responsibility for failing to protect her. Her sons said on Thursday they hoped the "
        "trial would take place without further delay. The Council of Europe's commissioner for "
        "human rights welcomed the decision but noted it had taken more than six years.",
        "crime",
    ),
    (
        "Japan acquits Iwao Hakamada, world's longest-serving death row inmate",
        "A Japanese court on Thursday acquitted Iwao Hakamada, an 88-year-old former boxer who "
        "spent more than 45 years on death row, of a 1966 quadruple murder, ruling that police "
        "had fabricated evidence against him. Hakamada was sentenced to death in 1968 after a "
        "confession he said had been extracted through beatings and interrogations lasting up to "
        "12 hours a day. He was released in 2014 when a court granted him a retrial, but "
        "prosecutors fought the decision for almost a decade. His sister Hideko, 91, who "
        "campaigned for his release for decades, bowed to the judges as the ruling was read. "
        "Hakamada, whose mental health deteriorated in solitary confinement, did not attend. "
        "Amnesty International said the case showed the need to abolish the death penalty in "
        "Japan. Prosecutors have two weeks to decide whether to appeal. Investigators had said "
        "that blood-stained clothes found in a tank of miso more than a year after the murders "
        "belonged to Hakamada. The court found the clothes had been planted. Japan has more than "
        "100 prisoners on death row and carried out its last execution in 2022.",
        "crime",
    ),
    (
        "Brazil: three men to face jury over Bruno Pereira and Dom Phillips killings",
        "A federal judge in Brazil ruled on Monday that three men accused of killing Indigenous "
        "expert Bruno Pereira and British journalist Dom Phillips in the Amazon will face a jury "
        "trial. The two men were shot dead in the Javari Valley, near the border with Peru and "
        "Colombia, in June 2022 while returning by boat from a reporting trip, and their bodies "
        "were dismembered and buried in the forest. Prosecutors say the killing was ordered by a "
        "man who financed illegal fishing in Indigenous territories and had been targeted by "
        "Pereira's work with local patrols. Phillips, a longtime contributor to the Guardian, was "
        "researching a book on sustainable development. Indigenous groups in the region said "
        "fishermen and poachers continued to threaten their monitors. The defendants deny the "
        "charges. A date for the trial has not yet been set.",
        "crime",
    ),
    (
        "Officer who shot Nahel Merzouk to stand trial for murder",
        "French investigating judges have ordered the police officer who shot dead 17-year-old "
        "Nahel Merzouk during a traffic stop in Nanterre in June 2023 to stand trial for murder, "
        "lawyers for the family said on Monday. The officer, who has said he fired because he "
        "feared the car would hit his colleague, will be tried before a criminal court in the "
        "Hauts-de-Seine department. A video filmed by a passer-by contradicted the first police "
        "account of the shooting. The teenager's death set off nights of rioting in suburbs "
        "across France that summer. Nahel's mother, Mounia, said she had waited two years to hear "
        'the word murder. A police union called the decision "a disgrace" and said officers '
        "were being made scapegoats. Rights groups say the case has renewed debate over a 2017 "
        "law that loosened the rules on when officers can shoot at moving vehicles.",
        "crime",
    ),
    (
        "Colombia's peace court convicts 12 soldiers over 'false positives' killings",
        "Colombia's Special Jurisdiction for Peace on Tuesday issued its first sentences over the "
        "so-called false positives scandal, convicting 12 former soldiers of murdering civilians "
        "and presenting them as guerrillas killed in combat. The court found that the men, who "
        "served in a battalion on the Caribbean coast, had taken part in the killing of 135 "
        "people between 2002 and 2005. Under the transitional justice system created by the 2016 "
        "peace deal with the FARC, the soldiers admitted responsibility and will serve "
        "restorative sentences of up to eight years, which can include building memorials and "
        "clearing landmines. The court estimates that at least 6,402 people were killed in this "
        "way across the country during the conflict. Mothers of the victims, who have campaigned "
        "for years, said the sentences were too lenient. Some wore T-shirts printed with their "
        "sons' photographs.",
        "history",
    ),
    (
        "ECOWAS approves special tribunal to try Jammeh-era crimes in Gambia",
        "West African leaders on Sunday approved the creation of a special tribunal to try crimes "
        "committed during Yahya Jammeh's 22-year rule in Gambia, including killings, torture and "
        "enforced disappearances by a paramilitary unit known as the Junglers. The court will sit "
        "in Banjul and have international judges, and is expected to start work next year. "
        "Gambia's Truth, Reconciliation and Reparations Commission found that state agents killed "
        "between 240 and 250 people under Jammeh, including dozens of Ghanaian migrants in 2005. "
        'Jammeh has lived in exile in Equatorial Guinea since 2017. "This is a day we did not '
        "think we would see,\" said the founder of a victims' centre in Banjul. Justice Minister "
        "Dawda Jallow said the tribunal would try those who bear the greatest responsibility. "
        "Human Rights Watch said funding remained the main obstacle. Jammeh's party, which "
        "remains a political force, said the tribunal was politically motivated. Several former "
        "Junglers have testified about killings they say Jammeh ordered, and one was convicted by "
        "a court in Germany in 2023.",
        "history",
    ),
    (
        "Forensic teams begin exhuming Civil War victims at Spain's Cuelgamuros",
        "Forensic experts began work on Monday to recover the remains of people killed during "
        "Spain's Civil War and buried in the crypts of the Valley of Cuelgamuros, the vast "
        "monument built by Francisco Franco outside Madrid. The government says more than 33,000 "
        "people are buried in the complex, many of them Republicans whose bodies were moved there "
        "without their families' consent. About 160 families have asked for the remains of their "
        "relatives to be identified through DNA and returned. The crypts are damaged by damp and "
        "many of the boxes have collapsed, making the work slow. Franco's remains were moved out "
        "of the basilica in 2019. Silvia Navarro, whose grandfather was shot in 1936, said she "
        "hoped to bury him at last next to her grandmother. Conservative groups have criticised "
        "the government's democratic memory law as divisive. The work is being carried out under "
        "a 2022 law that commits the state to search for about 114,000 people who are believed to "
        "lie in unmarked graves across Spain. Teams will use a laboratory built inside the "
        "monument to examine the remains. The government plans to turn the site into a place of "
        "remembrance for all the victims, while the Benedictine community that runs the basilica "
        "will stay. A first group of 12 victims has already been identified and returned to their "
        "families.",
        "history",
    ),
    (
        "Sri Lanka reopens Chemmani mass grave as bones of children found",
        "Excavators at a mass grave in Chemmani, on the Jaffna peninsula in northern Sri Lanka, "
        "have recovered the skeletal remains of at least 65 people, including infants, since "
        "digging resumed in May, a court-appointed forensic team said on Friday. The site was "
        "first identified in 1998 when a soldier on trial for rape and murder said hundreds of "
        "Tamils detained by the army in 1996 had been buried there. Only 15 bodies were exhumed "
        "at the time. The remains of a child's school bag and a feeding bottle were found in one "
        "of the pits, according to lawyers for the families. The UN human rights chief, visiting "
        "Jaffna, laid flowers at the site. Tamil groups say about 20,000 people remain "
        "unaccounted for from the decades of civil war. The government says it will set up an "
        "independent truth commission. The excavation is being carried out under the supervision "
        "of a magistrate in Jaffna, and forensic archaeologists say they expect to find more "
        "remains. Human rights lawyers said the families had waited almost three decades. The "
        "site is one of several mass graves found in the north and east in recent years, "
        "including one at Kokkuthoduvai. Tamil politicians have called for international "
        "observers.",
        "history",
    ),
    (
        "UN fact-finding: Bangladesh's former government behind crackdown that killed up to 1,400",
        "Bangladesh's former government, its security forces and members of the ruling party's "
        "student wing were responsible for a systematic crackdown on last year's student-led "
        "protests that may have killed as many as 1,400 people, the UN human rights office said "
        "in a report on Wednesday. Investigators found that senior officials had directed "
        "operations, including the use of lethal force against unarmed protesters, and that about "
        "12% to 13% of those killed were children. The report said the abuses may amount to "
        "crimes against humanity. It also documented revenge attacks on Hindus and supporters of "
        "the former ruling party after Sheikh Hasina fled to India in August. The interim "
        "government led by Muhammad Yunus requested the investigation and said it would use the "
        "findings in trials at the International Crimes Tribunal in Dhaka. Hasina has denied "
        "ordering any killings.",
        "history",
    ),
    (
        "South Korea's truth commission finds rights violations in overseas adoptions",
        "South Korea's Truth and Reconciliation Commission said on Wednesday that the government "
        "had violated the rights of children sent abroad for adoption from the 1960s to the "
        "1990s, as agencies falsified records and treated babies as commodities to meet demand "
        "from families in Europe and the United States. The commission examined the cases of 56 "
        "adoptees who had found their files contained false names, false dates of birth or claims "
        "that they were orphans when their parents were alive. About 170,000 South Korean "
        "children were adopted overseas during the period. The commission recommended a formal "
        "apology from the state. Adoptees in Denmark, who first petitioned the commission, said "
        "the findings were a milestone but came too late for many who had died looking for their "
        "mothers. The commission's mandate expires in May. The agencies named in the findings, "
        "including Holt Children's Services, said they would cooperate with the government's "
        "follow-up. Some adoptees have used DNA tests to find relatives after agencies told them "
        "their records had been lost.",
        "history",
    ),
    (
        "Srebrenica marks 30 years since genocide as seven more victims are buried",
        "Tens of thousands of people gathered at the memorial centre in Potocari on Friday to "
        "mark 30 years since Bosnian Serb forces killed more than 8,000 Muslim men and boys after "
        "overrunning the UN-protected enclave of Srebrenica. The remains of seven victims "
        "identified over the past year were buried in the cemetery, among them a 19-year-old "
        "whose bones were found in two separate mass graves. Thousands of marchers arrived after "
        "a three-day walk along the route that men fleeing the town took through the forest in "
        "July 1995. The UN General Assembly designated July 11 as an international day of "
        "remembrance last year, a decision Bosnian Serb leaders reject. Mothers of Srebrenica "
        "said denial of the genocide was growing. About 1,000 victims are still missing, the "
        "International Commission on Missing Persons said. The UN war crimes tribunal for the "
        "former Yugoslavia convicted the wartime Bosnian Serb leaders Radovan Karadzic and Ratko "
        "Mladic of genocide over the killings. Several European leaders attended the ceremony.",
        "history",
    ),
    (
        "Ethiopia adopts transitional justice policy for Tigray war abuses",
        "Ethiopia's Council of Ministers has adopted a national transitional justice policy, a "
        "key commitment under the Pretoria agreement that ended the war in Tigray in November "
        "2022. The policy provides for a special bench to try serious crimes, a truth commission "
        "and a reparations programme, and allows for amnesty in some cases. The Ethiopian Human "
        "Rights Commission welcomed the step but said victims of sexual violence must be "
        "consulted before the new institutions are set up. Rights groups including Amnesty "
        "International said the policy lacked independent oversight and questioned whether the "
        "government could investigate abuses by its own forces and those of Eritrea. The African "
        "Union panel overseeing the peace deal said it would support implementation. Officials "
        "said the truth commission would begin hearings within a year.",
        "peace",
    ),
    (
        "Belarus frees 52 political prisoners in US-brokered deal",
        "Belarus released 52 prisoners, including journalists, opposition activists and foreign "
        "nationals, on Thursday after a visit to Minsk by a US envoy, who announced that "
        "sanctions on the national airline Belavia would be lifted. The prisoners were driven to "
        "the border with Lithuania, where some said they had not known they were being freed "
        "until they boarded the bus. Among them was Ihar Karnei, a journalist who had served "
        'three years for "extremism". The rights group Viasna said more than 1,100 political '
        "prisoners remained behind bars, including its founder Ales Bialiatski. Opposition leader "
        "Sviatlana Tsikhanouskaya welcomed the releases but warned that the authorities were "
        "still making new arrests every week. President Alexander Lukashenko has sought to "
        "improve ties with Washington since January.",
        "peace",
    ),
    (
        "Armenia and Azerbaijan agreement commits both sides to account for the missing",
        "The peace agreement initialled by Armenia and Azerbaijan at the White House commits the "
        "two countries to exchange information on people missing from decades of conflict and to "
        "return remains, according to the text published on Monday by both foreign ministries. "
        "About 4,000 Azerbaijanis and 1,000 Armenians are still listed as missing since the first "
        "Karabakh war in the 1990s, according to the International Committee of the Red Cross. "
        "The 17-article agreement also commits both sides to refrain from hostile rhetoric and to "
        "withdraw interstate claims from international courts within a month of signing. Armenian "
        "rights groups said the text said nothing about the 23 Armenians held in Baku, including "
        "former leaders of Nagorno-Karabakh who are on trial. The agreement still needs to be "
        "signed and ratified. The ICRC has facilitated the exchange of some remains in recent "
        "years. Yerevan and Baku have both said they will set up joint working groups to handle "
        "the search.",
        "peace",
    ),
    (
        "UN Human Rights Council renews mandates on Afghanistan and sexual orientation",
        "The UN Human Rights Council on Friday renewed the mandate of its special rapporteur on "
        "Afghanistan and of its independent expert on violence and discrimination based on sexual "
        "orientation and gender identity, at the close of its session in Geneva. The resolution "
        "on sexual orientation passed by 29 votes to 15, with three abstentions, after a group of "
        "states led by Pakistan tabled amendments that were rejected. The council also created an "
        "independent investigative mechanism to collect evidence of abuses by the Taliban "
        "authorities, a step Afghan women's groups had campaigned for. The United States did not "
        "take part after withdrawing from the council earlier this year. Rights groups said the "
        "votes showed that the body could still act despite a funding crisis that has forced it "
        "to cut meetings. Diplomats said the council would hold a shorter session in June.",
        "peace",
    ),
]
