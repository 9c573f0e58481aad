"""dev163 hard negatives: peace (agreements, a ceasefire taking effect, releases and
exchanges, a mandate renewal, disarmament, mediation) and history (commemorations, war graves,
a wartime bomb, an anniversary, a verdict on a past massacre)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "The Chairperson of the AU Commission welcomes the signing of the Agreement "
        "for Lasting Peace through a Permanent Cessation of Hostilities",
        "The Chairperson of the African Union Commission warmly welcomes the signing "
        "today in Pretoria, South Africa, of the Agreement for Lasting Peace through a "
        "Permanent Cessation of Hostilities between the Government of the Federal "
        "Democratic Republic of Ethiopia and the Tigray People's Liberation Front "
        "(TPLF). The agreement was reached after ten days of intensive negotiations "
        "facilitated by the African Union High-Level Panel, with the support of the "
        "Government of South Africa, IGAD, the United Nations and the United States. "
        "The Chairperson commends both parties for their courage and for the spirit of "
        "compromise that made this milestone possible, and calls on them to implement "
        "the agreement in good faith. Under its terms, the parties commit to silence "
        "the guns, to the orderly disarmament of combatants, to the restoration of "
        "federal services in Tigray and to unhindered humanitarian access. The "
        "Chairperson reaffirms that African solutions to African problems remain the "
        "surest path to durable peace on the continent. The African Union stands ready "
        "to deploy a monitoring, verification and compliance mechanism and calls on "
        "partners to mobilise resources in support of the implementation.",
        "peace",
    ),
    (
        "Yemen: ICRC facilitates release and transfer of nearly 870 former detainees",
        "SANAA/RIYADH – The International Committee of the Red Cross (ICRC) today "
        "completed the second day of an operation to release and transport 869 former "
        "detainees between Sanaa, Aden, Marib, Saudi Arabia and Mokha, in fulfilment "
        "of the agreement reached by the parties in Switzerland last month. Over the "
        "two days, 15 flights operated by the ICRC carried the released detainees "
        "home, where many of them were greeted by families who had not seen them for "
        "years. Before boarding, ICRC staff conducted private interviews with each "
        "person to confirm their identity and their wish to be transferred, and "
        "medical teams checked that they were fit to travel. \"Today's operation "
        'brings joy to hundreds of families across Yemen and beyond," said the head '
        'of the ICRC delegation in Yemen. "We hope that it will serve as a building '
        'block for broader dialogue." The ICRC acted as a neutral intermediary at the '
        "request of the parties and did not take part in the negotiations that led to "
        "the agreement. It stands ready to facilitate further releases whenever the "
        "parties agree to them.",
        "peace",
    ),
    (
        "Security Council extends mandate of United Nations Mission in South Sudan for "
        "one year, adopting resolution by recorded vote",
        "The Security Council today decided to extend the mandate of the United "
        "Nations Mission in South Sudan (UNMISS) until 30 April 2026, adopting a "
        "resolution by a vote of 12 in favour to none against, with 3 abstentions. "
        "Explaining their abstentions, the representatives of the Russian Federation "
        "and China said that the text placed excessive emphasis on human rights "
        "reporting and failed to reflect the Government's progress. The representative "
        "of the United States, the penholder, said that the Mission remained vital as "
        "the country prepared for its first elections since independence. The "
        "resolution also requests the Secretary-General to report to the Council every "
        "90 days on the implementation of the mandate. By the text, the Council "
        "maintained the Mission's overall force levels of up to 17,000 troops and "
        "2,101 police personnel, including 88 justice and corrections officers. The "
        "Council reaffirmed that the Mission's priorities are the protection of "
        "civilians, creating conditions conducive to the safe delivery of humanitarian "
        "assistance, supporting the implementation of the Revitalized Agreement and "
        "the peace process, and monitoring and investigating human rights violations. "
        "It called on the Government and all parties to engage in an inclusive "
        "dialogue and to create the conditions for free, fair and peaceful elections "
        "scheduled for December 2026. Speaking after the vote, several delegations "
        "welcomed the renewal while urging South Sudanese leaders to show the "
        "political will needed to complete the transition. The representative of South "
        "Sudan said that his Government would continue to cooperate with the Mission, "
        "and called for the lifting of the arms embargo, which he described as an "
        "obstacle to the professionalization of the country's security forces.",
        "peace",
    ),
    (
        "Bilateral, national and temporary ceasefire with the ELN enters into force",
        "The Office of the High Commissioner for Peace informs that the bilateral, "
        "national and temporary ceasefire agreed between the Government of Colombia "
        "and the National Liberation Army (ELN) entered into force at 00:00 today, 3 "
        "August, for a period of 180 days. The ceasefire, agreed at the third cycle of "
        "the peace dialogues in Havana, commits both parties to cease offensive "
        "actions against each other and to refrain from actions that affect the "
        "civilian population. A National Monitoring and Verification Mechanism, made "
        "up of representatives of the Government, the ELN, the United Nations "
        "Verification Mission and the Catholic Church, will monitor compliance through "
        "12 regional and local verification bodies. The head of the Government's "
        'negotiating delegation described the day as "a historic step towards ending '
        'six decades of armed conflict." The Ministry of National Defence has issued '
        "the corresponding instructions to the Military Forces and the National "
        "Police, which will maintain their constitutional duties against other armed "
        "structures and criminal economies. Communities in Arauca, Chocó and Catatumbo "
        "held vigils and cultural events to welcome the start of the ceasefire. The "
        "fourth cycle of dialogues will begin in Caracas on 14 August.",
        "peace",
    ),
    (
        "MINUSCA welcomes the disarmament of 240 former combatants in Ouham-Pendé",
        "The United Nations Multidimensional Integrated Stabilization Mission in the "
        "Central African Republic (MINUSCA) welcomes the completion on Friday of a "
        "disarmament and demobilisation operation in Paoua, Ouham-Pendé prefecture, "
        "during which 240 former combatants of an armed group signatory to the "
        "Political Agreement for Peace and Reconciliation handed over their weapons. "
        "The combatants surrendered 187 weapons of war, hundreds of rounds of "
        "ammunition and a number of artisanal rifles, which will be destroyed in the "
        "presence of local authorities. The operation was carried out by the National "
        "Disarmament, Demobilisation, Reintegration and Repatriation Unit with "
        "logistical and security support from MINUSCA. After registration and medical "
        "check-ups, the demobilised combatants will benefit from a reintegration "
        "programme including vocational training in agriculture, carpentry and "
        "mechanics. The Special Representative of the Secretary-General hailed the "
        "step as a sign of the growing confidence of communities in the peace process. "
        "A ceremony attended by the Prefect, religious leaders and women's "
        "associations marked the end of the operation at Paoua town hall.",
        "peace",
    ),
    (
        "Kenya hosts the launch of the Tumaini Initiative high-level mediation for South Sudan",
        "The Ministry of Foreign and Diaspora Affairs is pleased to announce the "
        "launch today in Nairobi of the high-level mediation for South Sudan, known as "
        "the Tumaini Initiative, bringing together the Transitional Government of "
        "National Unity and opposition groups that were not party to the 2018 "
        "Revitalized Agreement. The opening session was presided over by His "
        "Excellency the President of the Republic of Kenya, who urged the parties to "
        "seize the moment and to place the interests of the people of South Sudan "
        "above all else. Delegations will meet over the coming weeks in closed "
        "sessions on security arrangements, governance and the permanent "
        "constitution-making process. The mediation is supported by the guarantors of "
        "the peace agreement, the African Union, IGAD, the Troika and the United "
        "Nations. The Ministry reiterates Kenya's long-standing commitment to regional "
        "peace and stability, and its conviction that dialogue remains the only path "
        "to a durable settlement. Members of the media are advised that accreditation "
        "for the closing ceremony will open next week.",
        "peace",
    ),
    (
        "UAE mediation succeeds in exchange of 300 captives between Russia and Ukraine",
        "The Ministry of Foreign Affairs announced the success of new mediation "
        "efforts by the United Arab Emirates between the Russian Federation and "
        "Ukraine, resulting in the exchange of 300 captives, 150 from each side. This "
        "brings the total number of captives exchanged in UAE-mediated efforts since "
        "the beginning of the crisis to 2,744. The Ministry expressed the UAE's "
        "appreciation to both countries for their cooperation with its mediation "
        "efforts, which reflects the deep friendship between the UAE and both nations. "
        "The Ministry affirmed that the UAE will continue its efforts aimed at finding "
        "a peaceful solution to the conflict and alleviating the humanitarian "
        "repercussions arising from the crisis, including those affecting refugees and "
        "captives. The released captives underwent medical checks before being handed "
        "over at the border with Belarus, where they were received by representatives "
        "of their respective governments. The UAE has now mediated 13 such exchanges "
        "since December 2022.",
        "peace",
    ),
    (
        "Secretary-General's message on the International Day of Reflection on the "
        "1994 Genocide against the Tutsi in Rwanda",
        "Thirty years ago, more than 800,000 people were systematically killed in "
        "Rwanda in just 100 days – overwhelmingly Tutsi, as well as moderate Hutu, Twa "
        "and others who opposed the genocide. Today, we honour their memory and stand "
        "in solidarity with the survivors, whose courage and resilience continue to "
        "inspire the world. We also remember with shame the failure of the "
        "international community to act. The genocide did not happen by chance: it was "
        "the culmination of years of hate speech, dehumanization and impunity that "
        "went unchallenged. Around the world, we see the same warning signs today in "
        "the spread of disinformation and hate speech online, and in rising "
        "intolerance against minorities, migrants and refugees. We must be vigilant "
        "and act early, with all the tools of prevention at our disposal. I urge all "
        "Member States to become party to the Convention on the Prevention and "
        "Punishment of the Crime of Genocide, and to bring to justice all those "
        "suspected of genocide who remain at large. Let us honour the victims by "
        "building a world where such horrors never happen again.",
        "history",
    ),
    (
        "Statement by the Embassy of Canada on the 29th anniversary of the Srebrenica genocide",
        "Today, the Embassy joins the people of Bosnia and Herzegovina in remembering "
        "the more than 8,000 Bosniak men and boys killed in and around Srebrenica in "
        "July 1995. The Ambassador laid a wreath at the Srebrenica-Potočari Memorial "
        "Centre, where the remains of 14 newly identified victims were laid to rest "
        "this year alongside more than 6,700 others. The genocide in Srebrenica has "
        "been established beyond doubt by international and national courts, and we "
        "firmly condemn any attempt to deny it or to glorify its perpetrators. Denial "
        "deepens the suffering of survivors and of the Mothers of Srebrenica, who have "
        "waited decades for truth and justice. We commend the tireless work of the "
        "International Commission on Missing Persons and of local forensic experts, "
        "who continue to search for and identify the missing. Reconciliation can only "
        "be built on the acknowledgement of facts and respect for the victims. We "
        "stand with the survivors and with all citizens of Bosnia and Herzegovina who "
        "work for a future of peace and mutual respect.",
        "history",
    ),
    (
        "Fourteen soldiers of the Battle of the Somme laid to rest with full military "
        "honours near Pozières",
        "The remains of 14 soldiers of the Royal Warwickshire Regiment who fell during "
        "the Battle of the Somme in 1916 were buried with full military honours at a "
        "Commonwealth War Graves Commission cemetery near Pozières on Wednesday. The "
        "soldiers were discovered in 2021 by workers laying a water pipe, and "
        "painstaking work by the Ministry of Defence's Joint Casualty and "
        "Compassionate Centre (JCCC), known as the 'MOD War Detectives', has since "
        "identified five of them by name. Relatives of the identified men travelled "
        "from across the United Kingdom and Australia to attend the service, which was "
        "conducted by the Chaplain to the Forces. A bugler from the regiment's "
        "successor battalion played the Last Post, and soldiers of the Royal Regiment "
        'of Fusiliers acted as bearers. "Today, these men have finally been given the '
        'dignified burial they deserve," said the JCCC case lead. Nine of the '
        "soldiers could not be identified and were buried as 'Known unto God'. The "
        "Ministry of Defence thanks the French authorities and the Commonwealth War "
        "Graves Commission for their support.",
        "history",
    ),
    (
        "Police Osnabrück: Second World War bomb successfully defused, evacuation lifted",
        "The Osnabrück police report that the 500-kilogram aerial bomb found on "
        "Tuesday during construction work near the main railway station was "
        "successfully defused by the explosive ordnance disposal service of Lower "
        "Saxony on Sunday afternoon. The American bomb from the Second World War had "
        "two detonators and was lying at a depth of about four metres. Around 13,000 "
        "residents within a radius of 1,000 metres had to leave their homes early on "
        "Sunday morning, and the railway station was closed to all traffic for six "
        "hours. Police and fire brigade officers went from door to door to check that "
        "the evacuation area was clear, and an emergency shelter for residents was set "
        "up in a school sports hall. The evacuation was lifted at 15:40, and trains "
        "have resumed running. The police thank residents for their patience and "
        "cooperation. Further suspected ordnance sites in the area are to be "
        "investigated in the coming months.",
        "history",
    ),
    (
        "Mexico: 10 Years On, Families of Ayotzinapa Students Still Denied Justice",
        "(Mexico City, September 26, 2024) – Ten years after 43 students from the "
        "Ayotzinapa teachers' college were forcibly disappeared in Iguala, Guerrero, "
        "the Mexican government has failed to deliver truth and justice to their "
        "families, Human Rights Watch said today. On the night of September 26, 2014, "
        "municipal police and members of a criminal group attacked buses carrying the "
        "students, killing six people and taking the 43 students away. The remains of "
        "only three of them have been identified. A truth commission established in "
        "2018 found that federal officials and the military were aware of the attack "
        "as it happened and did nothing to stop it, and that earlier investigators had "
        "tortured suspects and fabricated evidence. Yet many of the soldiers and "
        "officials charged have been released, and the army has refused to hand over "
        'hundreds of documents requested by investigators. "The families have spent a '
        "decade marching, knocking on doors and demanding answers, and they are still "
        'waiting," said the Americas director at Human Rights Watch. The government '
        "should ensure that the armed forces hand over all relevant information and "
        "that those responsible for the disappearances, and for the cover-up, are "
        "prosecuted.",
        "history",
    ),
    (
        "Special Criminal Court sentences militia members for the 2019 killings in "
        "Koundjili and Lemouna",
        "The Special Criminal Court (SCC) of the Central African Republic today "
        "delivered its verdict in the case concerning the killings committed on 21 May "
        "2019 in the villages of Koundjili and Lemouna, in Ouham-Pendé prefecture, in "
        "which at least 40 civilians were killed. The Court sentenced three members of "
        "the 3R armed group to life imprisonment for crimes against humanity and war "
        "crimes, including murder, inhuman treatment and attacks against the civilian "
        "population. A fourth defendant was sentenced to 20 years of imprisonment for "
        "complicity. The Court also ordered the convicted men to pay reparations to "
        "the families of the victims, and ruled that a fund would be set up with the "
        "support of international partners. This is the first judgment handed down by "
        "the SCC, a hybrid court of national and international judges created in 2015 "
        "to try the most serious crimes committed in the country since 2003. The "
        "United Nations and civil society organisations welcomed the verdict as a "
        'milestone in the fight against impunity. "After years of waiting, the '
        'families of Koundjili and Lemouna have finally been heard," said a lawyer '
        "representing the victims. The defence has 15 days to appeal.",
        "history",
    ),
]
