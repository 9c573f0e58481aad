"""dev235 negatives, part C: past wars, apologies, recognitions, inquiries into old killings,
and peace deals, ratifications and de-listings with no current violence reported.
(title, text, kind code)."""

NEGATIVES = [
    (
        "Bundestag recognises Armenian genocide, angering Ankara",
        "The German parliament passed a resolution on Thursday describing the mass killing of "
        "Armenians by Ottoman forces in 1915 as genocide, prompting Turkey to recall its "
        "ambassador from Berlin. The resolution was approved by a show of hands with one vote "
        "against and one abstention. It also acknowledged the German Empire's role as an ally "
        "of the Ottomans that did nothing to stop the killings, in which historians estimate "
        "up to 1.5 million Armenians died. Members of the Armenian community watched from the "
        "gallery and applauded. President Recep Tayyip Erdoğan said the vote would seriously "
        "affect relations. Chancellor Angela Merkel, who did not attend, said ties with Turkey "
        "remained strong. Turkey accepts that many Armenians died but rejects the term "
        "genocide.",
        "history",
    ),
    (
        "Rutte apologises to Indonesia for 'extreme violence' of colonial war",
        "Prime Minister Mark Rutte offered Indonesia a formal apology on Thursday for the "
        "systematic and widespread extreme violence used by Dutch forces during the war of "
        "independence from 1945 to 1949, after the publication of a long study by three "
        "research institutes. The researchers found that Dutch troops had carried out "
        "executions, torture and the burning of villages, and that successive governments had "
        "looked away. Rutte told reporters in The Hague that the cabinet accepted full "
        "responsibility. The report will be debated in the Tweede Kamer next month, where "
        "several parties have asked for compensation for victims' relatives. Veterans' "
        "organisations said soldiers had been sent into an impossible war. About 100,000 "
        "Indonesians are estimated to have died in the conflict.",
        "history",
    ),
    (
        "Abe expresses 'remorse' in war anniversary statement but no fresh apology",
        "Prime Minister Shinzo Abe said on Friday that Japan had repeatedly expressed feelings "
        "of deep remorse and heartfelt apology for its actions in the second world war, but "
        "that future generations should not have to go on apologising. The statement, marking "
        "the 70th anniversary of the war's end, was approved by the cabinet and had been "
        "closely watched in Beijing and Seoul. Abe referred to the suffering of women whose "
        "honour and dignity were severely injured, an allusion to the so-called comfort women. "
        "Opposition lawmakers in the Diet said the statement was evasive. China's foreign "
        "ministry said Japan should make a sincere apology. Abe did not visit the Yasukuni "
        "shrine but sent an offering. About 3.1 million Japanese died in the war.",
        "history",
    ),
    (
        "Troubles legacy law passes despite opposition from all Northern Ireland parties",
        "A law ending most prosecutions and inquests for killings during the Troubles cleared "
        "its final stage in the House of Lords on Tuesday, despite opposition from every "
        "political party in Northern Ireland and the Irish government. The Northern Ireland "
        "Troubles (Legacy and Reconciliation) Act offers conditional immunity to people who "
        "cooperate with a new commission. Ministers said it would give veterans certainty and "
        "families more information. Relatives of some of the more than 3,500 people killed "
        "during the conflict watched from the public gallery and said they would challenge "
        "it in the courts. The Irish government has said it is considering a case at the "
        "European Court of Human Rights. Labour said it would repeal the law if it won power.",
        "history",
    ),
    (
        "Speaker resigns after Commons ovation for Ukrainian veteran who served in SS unit",
        "The Speaker of Canada's House of Commons, Anthony Rota, resigned on Tuesday after he "
        "invited and honoured a 98-year-old Ukrainian-Canadian veteran who had served in a "
        "Waffen-SS division in the second world war. Members of all parties gave Yaroslav "
        "Hunka two standing ovations on Friday during a visit by President Volodymyr Zelensky, "
        "after Rota introduced him as a hero who had fought against the Russians. Jewish groups "
        "pointed out that the unit he served in was under Nazi command. Rota said he had not "
        "known and took full responsibility. Prime Minister Justin Trudeau called the episode "
        "deeply embarrassing. Russia's foreign ministry seized on the incident. Rota's deputy "
        "will chair the house until an election.",
        "history",
    ),
    (
        "Marine wounded at Abbey Gate tells hearing evacuation was a catastrophe",
        "A former Marine sergeant who lost an arm and a leg in the suicide bombing at Kabul "
        "airport's Abbey Gate told the House Foreign Affairs Committee on Wednesday that the "
        "US withdrawal from Afghanistan had been a catastrophe and that no one had been held "
        "accountable. Tyler Vargas-Andrews said snipers had identified a man matching the "
        "description of the bomber hours before the attack but had been refused permission "
        "to engage. Thirteen US service members and about 170 Afghans were killed in the "
        "August 2021 blast. The hearing was the first of a series the new Republican majority "
        "has promised into the chaotic evacuation. Democrats said the withdrawal was the "
        "result of a deal struck by the previous administration. The Pentagon said it stood "
        "by its earlier investigation.",
        "history",
    ),
    (
        "Belgian Congo commission ends without agreement on apology",
        "A special committee of Belgium's federal parliament set up to examine the country's "
        "colonial past in Congo, Rwanda and Burundi ended its work on Monday without agreeing "
        "on a text, after the parties split over whether to offer a formal apology. The "
        "committee heard more than 300 hours of testimony from historians and descendants over "
        "two and a half years. Its chair, Wouter De Vriendt, said he was deeply disappointed. "
        "Liberal parties feared an apology would open the door to claims for reparations. "
        "Millions of Congolese are estimated to have died under King Leopold II's rule, through "
        "forced labour, violence and disease. King Philippe expressed his deepest regrets in a "
        "letter to the Congolese president in 2020. Campaigners said they would keep pressing.",
        "history",
    ),
    (
        "Senators told Brereton war crimes cases will take years",
        "Australia's special investigator told a Senate estimates committee on Thursday that "
        "cases arising from the Brereton report into alleged war crimes by special forces in "
        "Afghanistan could take years to reach court. The 2020 report found credible "
        "information that 39 Afghan prisoners and civilians had been unlawfully killed by "
        "Australian soldiers between 2009 and 2013. The investigator said about 40 matters were "
        "under investigation and one former soldier had been charged with murder. Greens "
        "senators asked why senior officers had not been held to account. Defence officials "
        "said the army had cancelled some unit citations. Families of the dead in Uruzgan "
        "have yet to receive compensation, the committee heard. The hearing ran late into the "
        "night.",
        "history",
    ),
    (
        "Colombia's Congress approves revised peace deal with FARC",
        "Colombia's House of Representatives voted on Wednesday to approve a revised peace "
        "agreement with the Revolutionary Armed Forces of Colombia, a day after the Senate did "
        "the same, clearing the way for thousands of guerrillas to move to disarmament zones. "
        "The vote was 130 to none, after lawmakers from former president Álvaro Uribe's "
        "Democratic Centre party walked out in protest. The deal was renegotiated after voters "
        "narrowly rejected the original version in a referendum in October. Uribe's party "
        "argued that the new text still allowed rebel leaders to avoid prison and run for "
        "office. President Juan Manuel Santos, who won the Nobel peace prize this year, said "
        "the implementation would begin at once. The conflict has killed more than 220,000 "
        "people over five decades.",
        "peace",
    ),
    (
        "Ethiopian MPs remove TPLF from list of terrorist organisations",
        "Ethiopia's parliament voted on Wednesday to remove the Tigray People's Liberation "
        "Front from its list of terrorist organisations, a key step in implementing the peace "
        "agreement signed in Pretoria in November. The motion passed with 61 votes against "
        "and five abstentions. The decision opens the way for an interim administration in "
        "Tigray, to be chosen by the federal government from nominees put forward by the "
        "TPLF. Flights and banking services to the regional capital, Mekelle, resumed in "
        "recent months. Some members from the Amhara region voted against, saying the "
        "agreement had not settled disputed territory. The African Union welcomed the vote. "
        "The TPLF has handed over heavy weapons to the federal army under the deal.",
        "peace",
    ),
    (
        "Philippine Congress passes Bangsamoro law, ending decades-long wait",
        "The Philippine Congress on Tuesday ratified the Bangsamoro Organic Law, which will "
        "create an autonomous region with its own parliament in the Muslim south, the final "
        "step in a peace deal with the Moro Islamic Liberation Front. The law, which will be "
        "put to a plebiscite in the region, gives the new entity a larger share of tax revenue "
        "and a block grant from Manila. MILF leader Murad Ebrahim said the group would "
        "decommission its fighters in phases. Senators said the law would isolate extremists "
        "who rejected the peace process. President Rodrigo Duterte is expected to sign it "
        "within days. The ratification was delayed by a leadership fight in the House, where "
        "Gloria Macapagal Arroyo was elected speaker in a dramatic coup on Monday.",
        "peace",
    ),
    (
        "Armenian MPs back new talks on constitution as peace treaty text agreed",
        "Armenia's parliament on Thursday backed a government plan to hold a referendum on a "
        "new constitution, a condition Azerbaijan has set for signing the peace treaty whose "
        "text the two countries agreed last month. Prime Minister Nikol Pashinyan told "
        "deputies that the treaty would open a new era for the South Caucasus. Opposition "
        "members walked out, accusing him of giving in to pressure from Baku, which wants "
        "Armenia to remove a reference to Nagorno-Karabakh in the preamble. Foreign ministers "
        "of the two countries met in Abu Dhabi this week. Pashinyan has said a referendum "
        "could be held after elections next June. The border between the countries has been "
        "calm for months, officials said. The speaker adjourned the session after a "
        "shouting match between deputies.",
        "peace",
    ),
]
