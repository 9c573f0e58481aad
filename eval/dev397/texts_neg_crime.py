"""Negatives of dev397: the crime desk (gang murders, states of emergency, seizures at sea,
guns, trials), the military without violence and the peace and transition talks, as the
Caribbean press wrote them. (title, text, kind code)."""

NEGATIVES = [
    (
        "SOE extended in St Catherine North as murders fall by a third",
        "The House of Representatives on Tuesday voted to extend the state of emergency in "
        "the St Catherine North Police Division for another ninety days, after the "
        "government told MPs that murders in the area had fallen by 34 per cent since soldiers "
        "joined police on the streets. National Security Minister Horace Chang said the "
        "security forces had detained 212 people and seized 41 illegal guns under the "
        'emergency powers. "The war against the gangs is being won street by street," he '
        "told the House. Opposition MPs voted against the extension, arguing that detaining "
        "young men for weeks without charge violated the Constitution and did nothing to "
        "dismantle the gangs' finances. Residents of Spanish Town interviewed by the Gleaner "
        "were divided, with some welcoming the checkpoints and others complaining of "
        "harassment. The Jamaica Defence Force said its soldiers would remain deployed until "
        "the end of the extension. Jamaica recorded 1,393 murders last year.",
        "crime",
    ),
    (
        "Five killed in Spanish Town as Klansman factions trade reprisals",
        "Five men were shot dead in Spanish Town in four days as rival factions of the Klansman "
        "gang exchanged reprisal killings, the police said on Thursday. The latest victim, a "
        "32-year-old taxi operator, was killed outside a shop on Burke Road on Wednesday night. "
        "Detectives believe the violence was triggered by a dispute over extortion money "
        "collected from vendors at the bus park. Superintendent Carlos Russell, who heads the "
        "St Catherine South Police Division, said additional teams had been sent to the area "
        'and that two men had been taken into custody. "These are criminals fighting over '
        'money, nothing more," he said. Vendors said they had closed early all week. The '
        "Klansman gang has split into at least two factions since its leaders were jailed "
        "under anti-gang legislation in a landmark trial. Police appealed to residents to "
        "share information through Crime Stop.",
        "crime",
    ),
    (
        "Government declares state of emergency after record 624 murders",
        "Prime Minister Keith Rowley declared a state of emergency across Trinidad and Tobago "
        "on Monday, two days after the country closed the year with a record 624 murders. "
        "Police will be able to search premises and arrest people without a warrant, and "
        "people detained can be held for up to 48 hours before being brought before a "
        "magistrate, the Attorney General said. The decision followed a weekend in which "
        "five people were killed in separate shootings in Port of Spain and San Juan, which "
        "police blamed on gang retaliation. Commissioner of Police Erla Harewood-Christopher "
        "said the emergency would help the service in its war against gang leaders, some of "
        "whom direct killings from prison. The Opposition Leader said the measure was an "
        "admission of failure. The Law Association called for clear rules on detention. "
        "Business groups welcomed the move but asked that it not affect the Carnival "
        "season.",
        "crime",
    ),
    (
        "Second SOE declared after police foil alleged plot by jailed gang leaders",
        "Trinidad and Tobago is under a new state of emergency after intelligence showed that "
        "gang leaders held at the Maximum Security Prison were planning to kill senior "
        "officials and stage attacks on prisons, the Prime Minister said on Friday. The "
        "Commissioner of Police said several prisoners had been moved to separate facilities "
        "and that phones and money had been found in cells during searches. No one has been "
        "hurt. The Guardian understands that the alleged plot was uncovered through "
        "intercepted messages. Opposition senators questioned why the public had not been "
        "given more details and said the emergency must not be used to silence critics. "
        "Prison officers said they had been warning for years that cell phones were reaching "
        "inmates. The Minister of Homeland Security said the emergency would last three "
        "months unless extended by Parliament.",
        "crime",
    ),
    (
        "JDF Coast Guard seizes 1.2 tonnes of cocaine on go-fast off Pedro Bank",
        "The Jamaica Defence Force Coast Guard intercepted a go-fast boat south of Pedro Bank "
        "early on Saturday and seized more than 1.2 tonnes of cocaine with an estimated "
        "street value of 3.6 billion Jamaican dollars, the security forces said. Four men, "
        "two Jamaicans and two Colombians, were taken into custody after the vessel was "
        "stopped by the coast guard cutter HMJS Cornwall. The boat had been tracked from the "
        "Colombian coast with help from international partners, the JDF said. The haul, in "
        "42 bales, was brought ashore at the Port Royal base. Police said the cocaine was "
        "probably destined for the United States and Europe. It is the largest single seizure "
        "in Jamaican waters in five years. The men are to appear in court next week on charges "
        "of possession of and dealing in cocaine. Their lawyer said they would plead not "
        "guilty.",
        "crime",
    ),
    (
        "Bahamian and US crews intercept drug boat near the Exumas, four arrested",
        "A joint operation by the Royal Bahamas Defence Force and the US Coast Guard ended "
        "with the interception of a speedboat carrying 480 kilograms of cocaine east of "
        "the Exumas on Wednesday, the Nassau Guardian reports. Four men, including a "
        "Colombian national, were arrested without resistance after a helicopter crew "
        "spotted the boat jettisoning packages. Officers recovered most of the packages from "
        "the water. The Minister of National Security said the seizure showed the value of "
        "Operation Bahamas, Turks and Caicos, the long-running counter-narcotics partnership "
        "with Washington. He said that, unlike other countries in the region, The Bahamas "
        "would continue to treat smugglers as criminals to be brought before its courts. The "
        "suspects were flown to New Providence and will be arraigned on Friday. The boat "
        "was handed over to the Defence Force, which said it would be used for training.",
        "crime",
    ),
    (
        "Moïse assassination trial opens in Miami with five defendants",
        "The federal trial of five men accused of plotting the 2021 assassination of Haitian "
        "President Jovenel Moïse opened in Miami on Monday, nearly four years after the "
        "killing. Prosecutors told the jury that the defendants, among them a Venezuelan-born "
        "businessman and a Haitian-American former informant, had planned a coup from "
        "South Florida to install a friendly leader and win lucrative contracts. Defence "
        "lawyers argued that their clients believed they were supporting a lawful change of "
        "government. Six other people have already pleaded guilty and been sentenced to life "
        "in prison. The trial is expected to last up to three months. In Port-au-Prince, the "
        "Haitian investigation has stalled, with several judges having stepped down from the "
        "case. Martine Moïse, the late president's widow, was indicted in Haiti last year, "
        "charges she denies.",
        "crime",
    ),
    (
        "Three men killed in shootout with police in May Pen, INDECOM probes",
        "Three men were shot and killed by police in what the Constabulary Communication "
        "Network described as a confrontation in Sandy Bay, Clarendon, early on Tuesday. "
        "According to the police, a team on operations was fired upon as it approached a "
        "house where wanted men were believed to be hiding, and returned fire. Two pistols "
        "and a rifle were recovered. The Independent Commission of Investigations said it had "
        "sent a team to the scene and that the officers' weapons had been taken for "
        "forensic testing. Relatives of one of the dead disputed the police account and said "
        "he was unarmed. INDECOM figures show that police fatal shootings rose last year to "
        "their highest level since 2013. Rights group Jamaicans for Justice said the rise in "
        "killings by police deserved the same attention as the murder rate.",
        "crime",
    ),
    (
        "Chaguanas businessman freed after family pays ransom, police say",
        "A Chaguanas hardware store owner kidnapped from outside his home on Friday night was "
        "released on Sunday after his family paid a ransom, the police said. The 58-year-old "
        "man was found walking along a road in Caroni with minor injuries to his hands. "
        "Officers of the Anti-Kidnapping Unit said three masked men had forced him into a car "
        "and demanded two million dollars. Relatives would not say how much they paid. Police "
        "said they had identified a vehicle used in the abduction and were searching for "
        "the men. The Chaguanas Chamber of Industry and Commerce said members were afraid "
        "and called for more patrols in the borough. It is the fourth kidnapping for ransom "
        "reported in central Trinidad this year. Detectives asked anyone who saw a grey "
        "sedan in the Caroni area over the weekend to call the Anti-Kidnapping Unit.",
        "crime",
    ),
    (
        "Rifles and 4,000 rounds found hidden in barrels at Kingston wharf",
        "Customs officers and police found eleven rifles, six pistols and more than 4,000 "
        "rounds of ammunition hidden in three barrels shipped from Florida to the Kingston "
        "Wharves, the Jamaica Constabulary Force said on Monday. The weapons, among them "
        "AR-15 and AK-47 type rifles, were packed among clothing, canned food and toiletries "
        "declared as personal effects. The consignee, a man from St James, was arrested when he "
        "came to clear the barrels. Police said the guns were almost certainly meant for "
        "criminal gangs in western Jamaica. The Gleaner understands that US Homeland Security "
        "Investigations is tracing the shipper. The Prime Minister has repeatedly said that "
        "most of the guns used in murders in Jamaica come from the United States. Customs "
        "said it would add scanners at the wharves before the end of the year.",
        "crime",
    ),
    (
        "Tradewinds opens in Trinidad with 1,500 troops from 24 countries",
        "The annual Tradewinds military exercise opened at Camp Cumuto on Monday with some "
        "1,500 soldiers, sailors and police from 24 countries taking part, the Trinidad and "
        "Tobago Defence Force said. Over the next two weeks troops will train in jungle "
        "operations, maritime interdiction, disaster response and cyber defence, with "
        "activities in Trinidad, Tobago and the waters between them. The exercise is "
        "sponsored by the US Southern Command, whose deputy commander attended the opening "
        "ceremony. The Chief of Defence Staff said the drills would help regional forces "
        "work together in the face of hurricanes and transnational crime. Residents of "
        "Cumuto were warned to expect helicopter flights and blank rounds at night. The "
        "closing ceremony is set for the Chaguaramas Heliport.",
        "military",
    ),
    (
        "USS Gravely docks in Port of Spain for joint training, Caracas protests",
        "The guided-missile destroyer USS Gravely arrived in Port of Spain on Sunday for a "
        "five-day visit, during which US Marines will conduct joint training with the Trinidad "
        "and Tobago Defence Force, the US Embassy said. The embassy described the visit as "
        "part of long-standing cooperation on regional security. Venezuela's vice president "
        "called the visit a provocation and said Caracas would suspend a gas agreement with "
        "Port of Spain. Prime Minister Kamla Persad-Bissessar said the country would not be "
        "bullied and that the training had been planned for months. Several members of the "
        "opposition questioned the timing, with US warships massed off the Venezuelan coast. "
        "The destroyer was open to invited guests on Tuesday. Fishermen in Cedros said they "
        "were watching the situation nervously.",
        "military",
    ),
    (
        "Jamaican soldiers and police leave for Haiti mission after months of training",
        "A second contingent of Jamaica Defence Force soldiers and police officers left "
        "Norman Manley International Airport on Thursday to join the multinational mission "
        "in Haiti, the Ministry of National Security said. The 24 members had completed "
        "months of training at Up Park Camp and in the Moneague training area, including "
        "urban patrols, first aid and French and Haitian Creole lessons. Their families "
        "gathered at the airport to see them off. The Chief of Defence Staff said the team "
        "would be based in Port-au-Prince and would support the Haitian police with "
        "logistics and security at key sites. Jamaica was one of the first countries to "
        "pledge personnel to the Kenyan-led mission. The Opposition said it supported the "
        "deployment but asked for regular briefings to Parliament.",
        "military",
    ),
    (
        "GDF commissions offshore patrol vessel and two surveillance aircraft",
        "President Irfaan Ali on Saturday commissioned the Guyana Defence Force's new "
        "offshore patrol vessel and two maritime surveillance aircraft at a ceremony at the "
        "Coast Guard base in Ruimveldt. The vessel, built in the United Kingdom, will patrol "
        "Guyana's exclusive economic zone, where oil production now tops 900,000 barrels a "
        "day. Ali said the new equipment was part of the largest modernisation of the force "
        'since independence and that defence spending would rise again next year. "We are '
        'a peaceful country, but we will defend every inch of our territory," he said, in a '
        "reference to Venezuela's claim to the Essequibo. Officers from the United States, "
        "Brazil and the United Kingdom attended. The GDF said it would also recruit 500 "
        "more soldiers this year.",
        "military",
    ),
    (
        "Ali and Maduro pledge not to use force in Argyle Declaration",
        "The presidents of Guyana and Venezuela agreed in Argyle on Thursday that neither "
        'country would threaten or use force against the other "directly or indirectly" '
        "over the Essequibo dispute, after talks brokered by Caricom and Brazil in St Vincent "
        "and the Grenadines. The 11-point joint declaration also creates a commission of "
        "foreign ministers to address matters agreed between the two countries. Guyana's "
        "Irfaan Ali insisted that the border controversy remained before the International "
        "Court of Justice, while Nicolás Maduro repeated that Caracas did not recognise the "
        "court's jurisdiction. Prime Minister Ralph Gonsalves, who hosted the meeting, said "
        "the region had shown that it could keep the peace. The talks followed weeks of "
        "tension after Venezuela held a referendum on creating a new state in the territory. "
        "The two leaders agreed to meet again in Brazil within three months.",
        "peace",
    ),
    (
        "Transitional council sworn in at National Palace under Kingston accord",
        "Haiti's nine-member Presidential Transitional Council was sworn in on Thursday in a "
        "brief ceremony at the National Palace, opening a new chapter under the agreement "
        "reached by Caricom and Haitian parties in Kingston last month. Prime Minister Ariel "
        "Henry's resignation letter, signed in Los Angeles, was read out by his interim "
        "successor. The council, which has seven voting members, is to name a new prime "
        "minister and prepare elections by early 2026. Caricom's Secretary General said the "
        "region would stand by the Haitian people throughout the transition. Several "
        "parties that were left out of the council said they would not recognise it. Members "
        "are due to choose their president next week. Diplomats said the priority was to "
        "prepare the arrival of the Kenyan-led security mission.",
        "peace",
    ),
    (
        "Security Council renews BINUH mandate for another year",
        "The UN Security Council on Monday unanimously renewed the mandate of the United "
        "Nations Integrated Office in Haiti, known as BINUH, for twelve months. The "
        "resolution, drafted by the United States and Ecuador, asks the office to continue "
        "supporting political dialogue, elections and the reform of the justice system, and "
        "to strengthen its human rights monitoring. Haiti's ambassador to the UN thanked "
        "members and said his government was committed to holding elections as soon as "
        "conditions allowed. Caricom's representative welcomed the vote and called on donors "
        "to fund the police. The Secretary-General's next report on Haiti is due in "
        "October. The office, based in Port-au-Prince, has about 150 staff. Several "
        "members said they hoped the next renewal would come with a clear timetable for "
        "elections.",
        "peace",
    ),
]
