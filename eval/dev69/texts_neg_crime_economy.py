"""Negatives of dev69: ordinary crime and trials of old crimes (crime), the economy, and ordinary
news (other).

Each item: (title, text, kind code); kind codes from eval/conflictset KIND_CODES.
"""

NEGATIVES = [
    (
        "Road bandits kidnap herders for ransom in Cameroon's Adamaoua",
        'A gang of road bandits, known locally as "coupeurs de route", kidnapped four herders '
        "and a child near Meiganga, in Cameroon's Adamaoua region, and are demanding 10 million "
        "CFA francs for their release, relatives said. Police said the gang had carried out "
        "several such abductions in recent months, targeting families who had sold cattle at "
        "the market. Investigators said there was no sign of a link to any armed group.",
        "crime",
    ),
    (
        "Cattle thieves make off with 300 head in Tahoua region",
        "Armed thieves stole about 300 head of cattle from herders near Tahoua on Sunday night "
        "and drove them towards the Nigerian border, the gendarmerie said. Part of the herd was "
        "recovered two days later in a market where the thieves were trying to sell it, and four "
        "suspects were arrested. Herders' associations complained that the number of cattle "
        "thefts had tripled this year.",
        "crime",
    ),
    (
        "Armed robbers raid exchange bureau in Cotonou's Dantokpa market",
        "Armed robbers raided an exchange bureau in Cotonou's Dantokpa market on Tuesday, "
        "wounding a security guard and making off with a large sum in CFA francs and naira, "
        'police said. The three men fled on motorbikes. One of the robbers was "neutralised" in '
        "a shootout with police in Porto-Novo the next day and two accomplices were arrested, "
        "the police said.",
        "crime",
    ),
    (
        "ICC convicts two former anti-balaka leaders of war crimes",
        "The International Criminal Court convicted two former leaders of the anti-balaka "
        "militias on Thursday of war crimes and crimes against humanity committed in the Central "
        "African Republic in 2013 and 2014, including murder and attacks on Muslim civilians. One "
        "was sentenced to 15 years in prison and the other to 12 years. Victims' associations in "
        "Bangui welcomed the verdict but said others responsible had never been charged. The two "
        "men had been transferred to The Hague in 2018 and 2019. The trial heard more than 100 "
        "witnesses over four years.",
        "crime",
    ),
    (
        "Special Criminal Court in Bangui sentences 3R fighters for 2019 massacre",
        "The Special Criminal Court in Bangui sentenced three members of the 3R armed group to "
        "life imprisonment on Monday for the killing of 46 civilians in the villages of Koundjili "
        "and Lemouna in 2019, the first verdict handed down by the UN-backed court. The judges "
        "found them guilty of crimes against humanity and war crimes. Lawyers for the defence "
        "said they would appeal.",
        "crime",
    ),
    (
        "ICC sentences former Ansar Dine police chief of Timbuktu to ten years",
        "The International Criminal Court sentenced a former chief of the Islamic police in "
        "Timbuktu to ten years in prison on Wednesday for war crimes and crimes against humanity "
        "committed while the city was under the control of Ansar Dine in 2012 and 2013, including "
        "torture and floggings. The judges said he had taken part in the persecution of the "
        "city's inhabitants. His lawyers said the sentence was too harsh.",
        "crime",
    ),
    (
        'Police round up "kuluna" gang members in Kinshasa',
        "Kinshasa police arrested more than 200 suspected members of the street gangs known as "
        '"kuluna" in an operation in the districts of Kimbanseke and Masina over the weekend, a '
        "police spokesman said. The young men are accused of robbing passers-by with machetes. "
        "Some of those arrested will be sent to a re-education centre in the Kasai, the "
        "authorities said. Residents of Kimbanseke welcomed the operation but complained that "
        "many of those arrested in earlier sweeps were soon back on the streets.",
        "crime",
    ),
    (
        "Money transfer agent shot dead in Bamako robbery",
        "A money transfer agent was shot dead in Bamako's Kalaban Coura district on Thursday "
        "evening by two men on a motorbike who took his bag containing the day's takings, police "
        "said. Witnesses said the robbers fired once before fleeing. The police said it was the "
        "third robbery of a money transfer kiosk in the district this month.",
        "crime",
    ),
    (
        "Unidentified armed men rob fuel station in Kisangani",
        "Unidentified armed men robbed a fuel station in Kisangani's Makiso commune on Sunday "
        "night, shooting a watchman in the leg and taking the cash box, police told Radio Okapi. "
        "The attackers fled in a taxi that was later found abandoned. The provincial police "
        "commissioner said the gang was also behind a robbery at a pharmacy last week.",
        "crime",
    ),
    (
        "Niger seizes 17 tonnes of cannabis resin near Agadez",
        "Niger's anti-drug office seized more than 17 tonnes of cannabis resin hidden in a lorry "
        "carrying cement near Agadez, the largest haul in the country's history, officials said. "
        "Three drivers were arrested. The drugs had arrived by sea and were being taken north "
        "towards Libya, the office said.",
        "crime",
    ),
    (
        "Highway robbers stop bus in Mayo-Kebbi and rob passengers",
        "Highway robbers stopped a bus on the road between Pala and Léré in Chad's Mayo-Kebbi "
        "Ouest province on Saturday, robbing passengers of money and phones and shooting dead a "
        "traveller who resisted, the governor said. Gendarmes tracked the gang to a nearby hill "
        "and arrested three men. The governor said armed robbery on the roads of the province had "
        "increased.",
        "crime",
    ),
    (
        "Businessman kidnapped in Maputo freed after ransom, police say",
        "A Mozambican businessman of Asian origin was released on Tuesday, three weeks after he "
        "was kidnapped outside his shop in central Maputo, police said, adding that his family "
        "had paid a ransom. He is one of more than a dozen business people abducted in the "
        "capital this year. Investigators said two police officers were among the suspects "
        "arrested.",
        "crime",
    ),
    (
        "Togo police seize fake medicines worth millions at Lomé port",
        "Togolese police and customs seized 12 containers of counterfeit medicines at the port of "
        "Lomé, including antibiotics and antimalarials, the health ministry said. The goods, "
        "declared as household items, were found after a tip-off, and five people, including a "
        "pharmacist, were arrested.",
        "crime",
    ),
    (
        "Former Burundi president sentenced in absentia for 1993 assassination",
        "Burundi's supreme court sentenced former president Pierre Buyoya to life in prison in "
        "absentia for his role in the 1993 assassination of president Melchior Ndadaye, the first "
        "democratically elected Hutu president. Eighteen other former officers were also "
        "convicted. Buyoya's lawyers called the trial a political settling of scores.",
        "crime",
    ),
    (
        'Mali\'s government declares "war on prices" as rice and sugar soar',
        'Mali\'s government announced a "war on high prices" on Tuesday, capping the price of '
        "rice, sugar and cooking oil and suspending import duties on them until the end of the "
        "year. The commerce minister said price brigades would inspect shops in Bamako and the "
        "regions. Traders said the caps would not hold as long as import costs remained high.",
        "economy",
    ),
    (
        "Orange and MTN in price war over mobile data in Cameroon",
        "Cameroon's two main mobile operators are engaged in a price war over mobile data, with "
        "Orange halving the price of its monthly bundles on Monday, a day after MTN launched "
        "unlimited night-time offers. The telecoms regulator said it was watching the prices "
        "closely to make sure they remained above cost. Customers in Douala welcomed the cuts. "
        "Analysts expect the state-owned operator Camtel to follow.",
        "economy",
    ),
    (
        "Niger-Benin oil pipeline halted in border dispute",
        "Exports of crude oil from Niger through the pipeline to Benin's port of Sèmè were halted "
        "after Niger's junta refused to reopen its border with Benin, the Chinese operator said. "
        'Niger blamed Benin for the closure, accusing its neighbour of hosting "hostile bases". '
        "The pipeline, nearly 2,000 kilometres long, was to multiply Niger's oil revenue.",
        "economy",
    ),
    (
        "Burkina Faso nationalises two gold mines sold by foreign owner",
        "Burkina Faso's government said it had completed the nationalisation of two industrial "
        "gold mines, Wahgnion and Bomboré, bought from their London-listed owner, and transferred "
        "them to a state-owned mining company. The junta says it wants to keep more of the "
        "country's gold wealth at home. Gold accounts for most of the country's export earnings.",
        "economy",
    ),
    (
        "DRC suspends cobalt exports to lift prices",
        "The Democratic Republic of Congo suspended cobalt exports for four months on Saturday to "
        "curb an oversupply that has pushed prices to their lowest level in nine years, the "
        "regulator said. The country produces about three quarters of the world's cobalt. Mining "
        "companies said they would keep producing and store their output.",
        "economy",
    ),
    (
        "Central African Republic sets date for presidential and local elections",
        "The Central African Republic's electoral authority set the presidential, legislative and "
        "local elections for 28 December, the first local polls since 1988. Voter registration "
        "will run for two months from April. The opposition coalition said the calendar was "
        "unrealistic and that the electoral roll should be audited.",
        "other",
    ),
    (
        "Mahamat Déby declared winner of Chad's presidential election",
        "Chad's electoral agency declared transitional president Mahamat Déby the winner of the "
        "presidential election with 61% of the vote, ahead of his prime minister Succès Masra, "
        "who claimed victory. The Constitutional Council is to proclaim the final results. The "
        "vote ends the transition that began three years ago.",
        "other",
    ),
    (
        "Former refugee from Goma wins medal at Paralympic Games",
        "A former refugee from Goma who arrived in Belgium as a teenager won a silver medal in "
        "the 400 metres at the Paralympic Games in Paris on Friday. He told journalists he had "
        "learned to run on the roads of his adoptive town and dedicated the medal to his mother "
        "in Kinshasa. Congolese fans followed the race on giant screens.",
        "other",
    ),
    (
        "Mali inaugurates solar power plant at Kita",
        "Mali's authorities inaugurated a 50-megawatt solar power plant at Kita, west of Bamako, "
        "on Saturday, which they say will increase the country's electricity supply by a tenth. "
        "The plant was built by a Chinese company. Bamako has suffered from long power cuts for "
        "more than a year.",
        "other",
    ),
]
