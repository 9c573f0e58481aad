"""dev117 negatives, UN votes, courts, accusations, envoys and host politics: whole articles around current wars (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "ICJ orders Israel to prevent genocidal acts in Gaza but stops short of ceasefire order",
        "The International Court of Justice has ordered Israel to take all measures within "
        "its power to prevent acts of genocide in Gaza, in a ruling on South Africa's request "
        "for provisional measures delivered at The Hague on Friday. By 15 votes to two, the "
        "17-judge panel found that at least some of the rights claimed by South Africa under "
        "the Genocide Convention were plausible. The court also ordered Israel to allow basic "
        "services and humanitarian aid into the enclave and to report back within a month. It "
        "did not order a halt to Israel's military operations, as South Africa had requested. "
        "The ruling does not decide whether Israel has committed genocide, a question that "
        "could take years to resolve. South Africa's foreign minister, Naledi Pandor, said "
        "she had hoped for a ceasefire order but welcomed the decision. Israeli Prime "
        'Minister Benjamin Netanyahu called the genocide accusation "outrageous" and said '
        "Israel would continue to defend itself. Hamas welcomed the ruling and called for it "
        "to be enforced.",
        "politics",
    ),
    (
        "Hague court issues Putin arrest warrant, citing unlawful transfer of Ukrainian children",
        "The International Criminal Court in The Hague issued an arrest warrant on Friday for "
        "Russian President Vladimir Putin, accusing him of the war crime of unlawfully "
        "deporting children from occupied areas of Ukraine to Russia. The court also issued a "
        "warrant for Maria Lvova-Belova, Russia's commissioner for children's rights. ICC "
        'President Piotr Hofmanski said the judges had found "reasonable grounds" to believe '
        "the two bore responsibility. Russia, which is not a member of the court, said the "
        'decision was "null and void" from a legal point of view. Ukraine says more than '
        "16,000 children have been taken to Russia since the full-scale invasion in February "
        "2022, and only a few hundred have been brought back. Lvova-Belova has defended the "
        "transfers as a humanitarian effort to protect children from the war. The warrant "
        "means Putin could be arrested if he travels to any of the court's 123 member states. "
        "German Justice Minister Marco Buschmann said Putin would be arrested if he came to "
        "Germany.",
        "politics",
    ),
    (
        "European governments split over ICC warrants for Netanyahu and Gallant",
        "European governments have given sharply different responses to the International "
        "Criminal Court's arrest warrants for the Israeli prime minister, Benjamin Netanyahu, "
        "and his former defence minister Yoav Gallant, exposing divisions over how far to "
        "back the court. The Netherlands, Ireland and Spain said they would comply with the "
        "warrants, while Hungary's prime minister, Viktor Orbán, invited Netanyahu to visit "
        "Budapest and said the warrant would not be observed there. France said the question "
        'of Netanyahu\'s immunity needed to be examined, and Germany said it would "check" its '
        "obligations. Pre-trial judges found reasonable grounds to believe the two men bore "
        "criminal responsibility for the war crime of starvation as a method of warfare and "
        "for crimes against humanity. The court also issued a warrant for the Hamas military "
        "commander Mohammed Deif, whom Israel says it has killed. Netanyahu's office called "
        "the decision antisemitic. The EU's foreign policy chief, Josep Borrell, said the "
        "warrants were binding on all member states.",
        "politics",
    ),
    (
        "US sides with Russia as UN General Assembly votes on Ukraine war anniversary",
        "The United States voted against a European-backed resolution at the UN General "
        "Assembly on Monday that condemned Russia's aggression against Ukraine, siding with "
        "Moscow on the third anniversary of the full-scale invasion. The resolution, drafted "
        "by Ukraine and European countries, passed with 93 votes in favor, 18 against and 65 "
        "abstentions, a markedly lower margin of support than previous texts on the war. "
        "Hours later, the Security Council adopted a rival US resolution that called for a "
        "swift end to the conflict but did not name Russia as the aggressor, with European "
        "members abstaining. Deputy US Ambassador Dorothy Shea said repeated resolutions had "
        "failed to stop the war. Ukraine's deputy foreign minister, Mariana Betsa, told the "
        'assembly that aggression "must be condemned and discredited". The votes reflected '
        "the Trump administration's sharp shift in policy as it pursues direct talks with "
        "Moscow. French President Emmanuel Macron met Trump at the White House the same day.",
        "politics",
    ),
    (
        "UN Security Council demands Gaza ceasefire as US abstains",
        "The UN Security Council on Monday demanded an immediate ceasefire in Gaza for the "
        "Muslim holy month of Ramadan and the unconditional release of all hostages, after "
        "the United States abstained rather than use its veto. The remaining 14 council "
        "members voted in favour of the resolution, which was proposed by the 10 elected "
        "members, and the chamber broke into applause after the vote. Israeli Prime Minister "
        "Benjamin Netanyahu cancelled a planned visit by a high-level delegation to "
        "Washington in response. US Ambassador Linda Thomas-Greenfield said the resolution "
        'was "non-binding", a view disputed by other members and by UN legal experts. It was '
        "the first time the council had demanded a halt to the fighting since the war began "
        "in October. Washington had vetoed three earlier draft resolutions. Algeria's "
        "ambassador said the vote sent a signal to the people of Gaza that they had not been "
        "forgotten. Hamas welcomed the resolution and said it was ready to engage in an "
        "exchange of prisoners.",
        "politics",
    ),
    (
        "US determines Sudan's RSF committed genocide, sanctions its leader",
        "The United States has determined that members of Sudan's Rapid Support Forces and "
        "allied militias committed genocide, Secretary of State Antony Blinken said on "
        "Tuesday, and imposed sanctions on the paramilitary group's leader, Mohamed Hamdan "
        "Dagalo. Blinken said the RSF had systematically murdered men and boys, including "
        "infants, on an ethnic basis, and deliberately targeted women and girls from certain "
        "ethnic groups for rape. The Treasury also sanctioned seven companies based in the "
        "United Arab Emirates that it said had supplied the RSF with weapons or handled its "
        "gold revenue. Dagalo, widely known as Hemedti, and his immediate family are barred "
        "from entering the United States and any assets they hold there are frozen. The RSF "
        "called the decision unjust and said it lacked evidence. Washington had found in 2023 "
        "that both the RSF and the army had committed war crimes. Rights groups welcomed the "
        "determination but said it came late, less than a week before the end of President "
        "Joe Biden's term. The army's leader, Abdel Fattah al-Burhan, is expected to be "
        "targeted by separate sanctions.",
        "politics",
    ),
    (
        "Argentine court issues arrest warrant for Min Aung Hlaing over Rohingya crimes",
        "A federal court in Argentina has issued an arrest warrant for Myanmar junta chief "
        "Min Aung Hlaing and 24 other officials over crimes committed against the Rohingya, "
        "in a case brought under the principle of universal jurisdiction. The case was filed "
        'in 2019 by the Burmese Rohingya Organisation UK, which welcomed the decision as "a '
        'historic step". Rohingya women who fled to Bangladesh testified to the court by '
        "video link about killings, rape and the burning of villages during the military's "
        '2017 "clearance operations" in Rakhine State. The warrants also name several senior '
        "generals and civilian officials. The junta dismissed the ruling as interference in "
        "Myanmar's internal affairs. Separately, the prosecutor of the International Criminal "
        "Court requested an arrest warrant for Min Aung Hlaing in November. The International "
        "Court of Justice is hearing a genocide case brought by The Gambia against Myanmar. "
        "More than 700,000 Rohingya fled to Bangladesh in 2017.",
        "politics",
    ),
    (
        "Lebanese parliament urges return of Syrian refugees weeks after EU unveils €1bn package",
        "Lebanon's parliament adopted a set of recommendations on Wednesday calling on the "
        "government to organise the return of Syrian refugees and to ask UNHCR to hand over "
        "its data on them, weeks after the European Union pledged €1 billion in aid to the "
        'country. Speaker Nabih Berri said the recommendations reflected "a national '
        'consensus" that Lebanon could no longer bear the burden. Lebanon says it hosts about '
        "1.5 million Syrians, around 780,000 of them registered with the UN refugee agency. "
        "Several municipalities have imposed curfews on Syrians and ordered the closure of "
        "shops run by them. Rights groups say conditions in Syria do not allow safe returns "
        "and have documented arbitrary detention of returnees. Caretaker Prime Minister Najib "
        'Mikati said the EU money was "not a bribe" to keep refugees in Lebanon. The EU '
        "package, announced during a visit by Commission President Ursula von der Leyen and "
        "Cyprus's president, includes funds for the Lebanese army to control borders and "
        "migration. Cyprus has seen a sharp rise in boat arrivals from Lebanon.",
        "politics",
    ),
    (
        "Germany to move newly arrived Ukrainians off citizens' income, coalition agrees",
        "Ukrainian refugees who arrive in Germany after April 1, 2025, will receive benefits "
        "under the asylum seekers law rather than the more generous citizens' income, under "
        "plans agreed by the new coalition of conservatives and Social Democrats. Labor "
        "Minister Bärbel Bas said the change would save money and encourage more Ukrainians "
        "to take up work. About 1.2 million people who fled the war in Ukraine live in "
        "Germany, and around 700,000 of them receive citizens' income, according to the "
        "Federal Employment Agency. The share of Ukrainians in employment in Germany is lower "
        "than in Poland, the Netherlands or Denmark, a comparison frequently raised by "
        "conservative politicians. Refugee organisations criticised the plan, saying it would "
        "push families into poverty and bureaucracy. The Ukrainian embassy said it was in "
        "contact with the German authorities. Municipalities, which pay for housing under the "
        "asylum law, warned the change would shift costs onto them. The bill is expected to "
        "be debated in the Bundestag in the autumn.",
        "politics",
    ),
    (
        "Donors pledge $96m for Rohingya at UN conference as ration cuts loom",
        "Donors pledged about $96 million for Rohingya refugees at a high-level UN conference "
        "in New York on Tuesday, as agencies warned that food rations in the camps in "
        "Bangladesh could be cut to $6 a month per person by November. The United States "
        "announced $60 million and Britain about $5 million, officials said. Bangladesh's "
        "chief adviser, Muhammad Yunus, told delegates that the country could no longer bear "
        "the cost of hosting more than 1.1 million Rohingya and that their return to "
        'Myanmar\'s Rakhine State was "the only solution". About 150,000 Rohingya have been '
        "registered in the Cox's Bazar camps since the start of 2024, according to UNHCR. The "
        "World Food Programme said it needed $15 million a month to maintain rations at "
        "current levels. Rohingya activists at the conference called for safe zones and for "
        "the Arakan Army, which now controls most of northern Rakhine, to be involved in any "
        "talks. The Arakan Army said it was open to cooperating on returns. The 2025 joint "
        "response plan for the Rohingya is less than 60% funded.",
        "politics",
    ),
    (
        "Mali, Burkina Faso and Niger formally leave ECOWAS",
        "Mali, Burkina Faso and Niger formally left the Economic Community of West African "
        "States on Wednesday, a year after the three military-led governments announced their "
        "withdrawal from the regional bloc. ECOWAS said its doors remained open and that "
        "citizens of the three countries would keep the right to travel without visas and to "
        "reside in member states until further notice. The three countries, grouped since "
        "2024 in the Alliance of Sahel States, have introduced a common passport and "
        "announced plans for a joint force of 5,000 troops. Their leaders accuse ECOWAS of "
        "being manipulated by France and of failing to help them against jihadist groups. The "
        "bloc had imposed sanctions on Niger after the July 2023 coup and threatened military "
        "intervention to restore President Mohamed Bazoum, who remains in detention. Traders "
        "in Niamey and Ouagadougou said they feared new customs barriers. The withdrawal "
        "reduces ECOWAS to 12 members. Senegal's president, Bassirou Diomaye Faye, has been "
        "acting as a mediator.",
        "politics",
    ),
    (
        "Colombia's peace tribunal sentences former FARC leaders over kidnappings",
        "Colombia's special peace tribunal on Tuesday sentenced seven former commanders of "
        "the FARC guerrilla group, including its last leader Rodrigo Londoño, to eight years "
        'of "restorative" sanctions for the kidnapping of more than 21,000 people during the '
        "armed conflict. The sentences, the first handed down by the Special Jurisdiction for "
        "Peace since it was created under the 2016 peace agreement, do not involve prison. "
        "Instead, the former commanders will carry out work such as searching for the "
        "missing, removing landmines and building memorials, under the supervision of the "
        "tribunal. Londoño, known during the war as Timochenko, asked victims for "
        "forgiveness. Some victims' groups said the punishment was too lenient. Ingrid "
        "Betancourt, the former presidential candidate held by the FARC for more than six "
        "years, called the ruling a mockery. The tribunal, known as the JEP, is also "
        "investigating army officers over the killing of civilians falsely presented as "
        "guerrillas killed in combat.",
        "politics",
    ),
    (
        "UN inquiry says Israel has committed genocide in Gaza, Israel rejects report",
        "A UN commission of inquiry has concluded that Israel has committed genocide against "
        "Palestinians in Gaza, the first such finding by a UN-mandated body. The three-member "
        "Independent International Commission of Inquiry on the Occupied Palestinian "
        "Territory said in a 72-page report published on Tuesday that Israel had committed "
        "four of the five acts defined in the 1948 Genocide Convention, including killing "
        "members of a group and deliberately inflicting conditions of life calculated to "
        "bring about its destruction. The commission, chaired by the former UN human rights "
        "chief Navi Pillay, said statements by Israeli leaders were direct evidence of "
        "genocidal intent. Israel's foreign ministry rejected the report as \"distorted and "
        'false" and called for the commission to be abolished. The commission has no power to '
        "prosecute, but its findings could be used by the International Court of Justice, "
        "where South Africa has brought a genocide case against Israel. Pillay said states "
        "had an obligation to act to prevent genocide. The US ambassador to the UN said the "
        "report was one-sided.",
        "politics",
    ),
    (
        "US Sudan envoy tours Gulf and Egypt to revive stalled peace push",
        "The US special envoy for Sudan, Tom Perriello, began a week-long tour of Saudi "
        "Arabia, the United Arab Emirates and Egypt on Monday, seeking to revive efforts to "
        "end the war between Sudan's army and the Rapid Support Forces, the State Department "
        'said. Perriello will discuss humanitarian access, the protection of civilians and "a '
        'path toward a civilian-led transition", a spokesperson said. Talks in Jeddah, '
        "co-hosted by Saudi Arabia and Washington, have been suspended since December. Egypt, "
        "which backs the army, and the UAE, which is accused by UN experts and US lawmakers "
        "of arming the RSF, are seen as key to any deal. The UAE denies supplying weapons to "
        "either side. Perriello, a former congressman appointed in February, has said he "
        "wants the talks expanded to include the African Union and the regional bloc IGAD. "
        "Diplomats said a new round could begin before the start of Ramadan. More than 8 "
        "million people have been displaced since the war began in April 2023.",
        "politics",
    ),
    (
        "Haiti's transitional council fires prime minister, names businessman Fils-Aimé",
        "Haiti's transitional presidential council fired Prime Minister Garry Conille on "
        "Sunday and named businessman Alix Didier Fils-Aimé to replace him, deepening a power "
        "struggle at the top of the country's interim government. The decree was signed by "
        "eight of the council's nine members and published in the official gazette, Le "
        "Moniteur. Conille, a former UN official appointed in late May, had clashed with the "
        "council over cabinet appointments and corruption allegations against three council "
        "members. Fils-Aimé, who ran for the Senate in 2015, is a former president of the "
        "Haitian Chamber of Commerce and Industry. The council was created in April to "
        "restore democratic order and pave the way for elections, which have not been held "
        "since 2016. The United States and the Caribbean Community said they were concerned "
        "about the instability. Gangs control about 80% of Port-au-Prince, and the Kenyan-led "
        "mission that arrived in June has yet to reach full strength.",
        "politics",
    ),
]
