"""dev387 positives, part B: riots and attacks on institutions in Brasília, election and political
violence, and Brazilians caught in wars abroad (current political violence and armed conflict,
eval/README.md section 1)."""

POSITIVES = [
    (
        "Bolsonaro supporters invade Congress, Planalto and Supreme Court in Brasília",
        "Thousands of supporters of former president Jair Bolsonaro broke through police lines "
        "on the Esplanada dos Ministérios on Sunday afternoon and invaded the National "
        "Congress, the Planalto Palace and the Supreme Federal Court. Inside the buildings they "
        "smashed windows, furniture and works of art, set fire to a carpet in the Congress and "
        "flooded part of the court's plenary, according to images broadcast live. Military "
        "police of the Federal District used tear gas, stun grenades and rubber bullets to "
        "retake the Praça dos Três Poderes, and at least 400 people had been arrested by "
        "nightfall. President Lula, who was in Araraquara, decreed federal intervention in the "
        "security of the Federal District until 31 January. “These vandals, who we could call "
        "fanatical fascists, will be found and punished,” he said. The governor, Ibaneis Rocha, "
        "dismissed his security secretary, Anderson Torres. Police officers and journalists "
        "were among those beaten by the crowd, and at least six officers were taken to "
        "hospital.",
        "U",
        "riot",
    ),
    (
        "Army camp outside headquarters dismantled; 1,200 taken to Federal Police",
        "About 1,200 people were detained on Monday morning when the camp of Bolsonaro "
        "supporters outside the Army headquarters in Brasília was dismantled, a day after the "
        "attack on the Three Powers. The campers were put on some 40 buses and taken to the "
        "Federal Police academy, where they were to be identified and questioned, the Ministry "
        "of Justice said. Troops surrounded the area while military police removed tents, "
        "kitchens and a stage that had stood there since November. Minister Flávio Dino said "
        "the camp had been the “incubator” of the invasion and that those who financed the "
        "buses would also be held to account. Elderly people and mothers with children were "
        "released after being identified, according to the Federal Police. In several state "
        "capitals, similar camps were removed by the police during the day, and the Federal "
        "Highway Police cleared blockades on roads in Mato Grosso and Paraná. Supreme Court "
        "minister Alexandre de Moraes removed Governor Ibaneis Rocha from office for 90 days.",
        "U",
        "crackdown",
    ),
    (
        "Night of vandalism in Brasília: buses burned and Federal Police headquarters attacked",
        "Supporters of President Jair Bolsonaro set fire to at least five buses and eight cars "
        "and tried to invade the headquarters of the Federal Police in Brasília on Monday "
        "night, hours after the electoral court certified Luiz Inácio Lula da Silva as the "
        "winner of the election. The violence started after the arrest of the indigenous leader "
        "José Acácio Serere Xavante, accused of anti-democratic acts, according to the police. "
        "Officers fired tear gas and stun grenades from the roof of the building as the group "
        "threw stones and tried to break down the gates. A bus was pushed off a viaduct near "
        "the Brasília Shopping, and petrol stations in the area were closed. Lula, who was at a "
        "hotel a few hundred metres away, was moved for security reasons, his team said. No one "
        "had been arrested by midnight, which drew criticism of the Federal District's "
        "government. The acting president of the Chamber said those responsible must be "
        "punished.",
        "U",
        "riot",
    ),
    (
        "Ministries set on fire in Brasília; Temer calls in the Armed Forces",
        "President Michel Temer signed a decree on Wednesday authorising the use of the Armed "
        "Forces to guard federal buildings in Brasília after demonstrators set fire to the "
        "Ministry of Agriculture and damaged at least six other ministries during a protest "
        "against the government and its reforms. The march, called by unions and social "
        "movements, brought tens of thousands of people to the Esplanada. Military police used "
        "tear gas, pepper spray and rubber bullets, and at least one officer fired a pistol at "
        "protesters, images showed. The Federal District health department said 49 people were "
        "treated in hospitals, one of them with a gunshot wound. Civil servants were ordered to "
        "leave the ministries, and the Esplanada was closed to traffic. Opposition leaders "
        "called the decree an exaggeration and said the violence had been caused by a small "
        "group. The decree was revoked the next day after criticism from Congress.",
        "U",
        "riot",
    ),
    (
        "Police fire tear gas and rubber bullets at indigenous protest outside Chamber",
        "Military police of the Federal District fired tear gas, pepper spray and rubber "
        "bullets at hundreds of indigenous people protesting on Tuesday outside the Chamber of "
        "Deputies against a bill that would change the rules for the demarcation of their "
        "lands. At least three indigenous people were injured and were treated at the site, "
        "according to the Articulation of Indigenous Peoples of Brazil (Apib). The police said "
        "protesters had thrown arrows and stones and that three officers were hurt. The "
        "confrontation began when the group tried to reach the entrance of the annex where the "
        "Constitution and Justice Committee was to vote on the bill. The session was suspended "
        "for two hours. Apib said the response was disproportionate and that a pregnant woman "
        "had been hit, and announced that the camp in Brasília would continue until the vote. "
        "Deputies from the opposition went to the lawn to try to calm the situation.",
        "U",
        "crackdown",
    ),
    (
        "Highway police use tear gas to clear post-election blockades as clashes spread",
        "The Federal Highway Police fired tear gas and used armoured vehicles on Wednesday to "
        "clear blockades set up by supporters of Jair Bolsonaro who refuse to accept the result "
        "of Sunday's election, Estadão reported. The force said it had dismantled more than 600 "
        "blockades in three days, but that 146 were still in place across 15 states. In "
        "Mirassol, in the interior of São Paulo, a driver ran his car into demonstrators and "
        "injured several people, including children. In Palhoça, Santa Catarina, protesters "
        "threw stones and set tyres on fire as military police advanced, and a number of trucks "
        "were left blocking the BR-101. Fuel shortages were reported in Mato Grosso, and the "
        "association of supermarkets warned of missing products. The Supreme Court ordered "
        "state police to act wherever the federal force did not.",
        "U",
        "clashes",
    ),
    (
        "Bolsonaro stabbed in the abdomen during campaign event in Juiz de Fora",
        "The presidential candidate Jair Bolsonaro of the PSL was stabbed in the abdomen on "
        "Thursday afternoon while being carried on supporters' shoulders through the centre of "
        "Juiz de Fora, in Minas Gerais. He was taken to the Santa Casa de Misericórdia and had "
        "emergency surgery for injuries to the intestine, the hospital said. The attacker, "
        "Adélio Bispo de Oliveira, 40, was detained at the scene and told police he had acted "
        "“on the orders of God”. Videos show the candidate doubling over as the crowd closes "
        "in. The Federal Police opened an inquiry under the National Security Law. Candidates "
        "from all parties condemned the attack, and some suspended their campaign activities "
        "for the day. “We've entered a very dangerous phase,” the candidate's son Flávio "
        "Bolsonaro said on social media. Doctors said on Friday that his condition was stable "
        "but that he would need weeks to recover. The Federal Police said the attacker had "
        "acted alone.",
        "V",
        "assassination_attempt",
    ),
    (
        "PT treasurer shot dead at his birthday party by Bolsonaro supporter in Foz do Iguaçu",
        "The municipal guard Marcelo Arruda, treasurer of the Workers' Party in Foz do Iguaçu, "
        "Paraná, was shot dead on Saturday night at his own 50th birthday party, which had Lula "
        "and the PT as its theme. According to the Civil Police, a federal prison officer, "
        "Jorge Guaranho, arrived at the association where the party was being held shouting "
        "slogans in favour of President Bolsonaro, left, and came back with a gun minutes "
        "later. Arruda, who was armed, fired back and wounded the attacker, who was taken to "
        "hospital in serious condition. Arruda leaves a wife and four children. Lula said on "
        "social media that the killing was the result of “hatred” spread in the country, and "
        "President Bolsonaro said he rejected the support of those who practise violence "
        "against opponents. The Superior Electoral Court said it was concerned about the "
        "climate of the campaign.",
        "V",
        "political_killing",
    ),
    (
        "Mayoral candidate shot dead in Baixada Fluminense weeks before the vote",
        "A candidate for mayor of Belford Roxo, in the Baixada Fluminense, was shot dead on "
        "Tuesday evening as he left a campaign meeting in the Santa Maria neighbourhood, the "
        "Civil Police of Rio de Janeiro said. Two men on a motorcycle fired several times at "
        "his car; his driver was wounded and is in hospital. It was the third killing of a "
        "candidate or pre-candidate in the Baixada this year, according to a survey by the "
        "Observatório da Violência Política e Eleitoral of the Federal University of Rio de "
        "Janeiro. Investigators are looking at links between the crime and militias that "
        "control parts of the municipality, the newspaper O Dia reported. The Regional "
        "Electoral Court asked for federal troops to be present on election day in five towns "
        "of the region. The candidate's party said he had received threats and had asked for "
        "police protection. Police found the motorcycle abandoned in a neighbouring town.",
        "V",
        "political_killing",
    ),
    (
        "Man blows himself up outside Supreme Court after setting off explosives in car",
        "A man died on Wednesday night after setting off explosives in front of the Supreme "
        "Federal Court, in Brasília, minutes after a car registered in his name blew up in a "
        "car park of the Chamber of Deputies, the Federal District police said. The court's "
        "session had ended shortly before and the ministers were taken out of the building "
        "unharmed. The bomb squad found more explosive devices in the car and at a house the "
        "man had rented in Ceilândia. The man, a former candidate for councillor in Santa "
        "Catarina, had posted messages on social media attacking the court and threatening to "
        "“blow up” ministers, investigators said. The Federal Police opened an inquiry into an "
        "attack against the democratic rule of law and said it was treating the case as a "
        "terrorist act. The Praça dos Três Poderes was cordoned off and the Planalto was "
        "evacuated as a precaution. Investigators said the man had spent weeks in Brasília and "
        "had been seen near the court several times. The session of the Chamber was suspended.",
        "E T",
        "bombing",
    ),
    (
        "Brazilians leave Gaza through Rafah after a month under bombing",
        "Thirty-two people on the Brazilian government's list, among them Brazilians and "
        "Palestinian relatives, crossed the Rafah border into Egypt on Sunday after more than a "
        "month trapped in the south of the Gaza Strip, Itamaraty said. The group had been "
        "staying in Khan Younis and Rafah, where Israeli air strikes continued while they "
        "waited, and several of them said they had gone days without drinking water. “We slept "
        "in a school with hundreds of families and the bombs fell every night,” one woman told "
        "G1 by message. The group travelled by bus to Cairo, where an Air Force VC-2 was "
        "waiting to fly them to Brasília. President Lula was to receive them at the air base. "
        "The Foreign Ministry said it would keep working for the departure of other Brazilians "
        "still in the enclave, where the United Nations says most of the population has been "
        "displaced. The group included 17 children. They were due to arrive in Brasília on "
        "Monday night.",
        "D E H",
        "evacuation",
    ),
    (
        "First Air Force flight lands with 211 Brazilians rescued from Israel",
        "The first Air Force plane of Operation Voltando em Paz landed at Brasília air base "
        "early on Wednesday with 211 Brazilians who left Israel after the attack by Hamas and "
        "the start of the war in Gaza. Many of the passengers were tourists and students who "
        "had been in Tel Aviv and Jerusalem when the rockets began to fall on Saturday. “We "
        "spent hours in a shelter in the basement of the hotel, hearing the sirens,” a student "
        "from Goiânia told Agência Brasil. Itamaraty said about 2,700 people had registered to "
        "leave and that five more flights were planned. Two Brazilians who had been at the "
        "music festival near the border with Gaza were still missing, the ministry said. The "
        "operation uses a KC-30 and smaller planes that will also go to Egypt to wait for those "
        "trapped in Gaza. Among the passengers were pilgrims who had gone to the Holy Land on "
        "tour.",
        "D E",
        "evacuation",
    ),
    (
        "Brazilian killed in Hamas attack on music festival; family confirms death",
        "The family of Ranani Glazer, 24, a Brazilian who lived in Israel, confirmed on Tuesday "
        "that he was killed in the Hamas attack on the music festival near Kibbutz Re'im, close "
        "to the Gaza border, on Saturday. Glazer, who was born in Porto Alegre, had sent a "
        "message to friends saying he was hiding in a roadside shelter with others as gunmen "
        "fired at people running from the site. More than 260 people were killed at the "
        "festival, according to Israeli authorities. Another Brazilian, Bruna Valeanu, was also "
        "confirmed dead, and a third, who was at the festival with his girlfriend, was being "
        "searched for. The Brazilian government, which condemned what it called terrorist "
        "attacks, sent condolences to the families. A vigil was held in a synagogue in Porto "
        "Alegre on Tuesday night. His body was identified with the help of Israeli forensic "
        "teams. Hamas also took more than 200 people hostage during the attacks. Glazer's "
        "mother said he had moved to Israel to study.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Brazilian volunteer killed in Russian shelling in Kharkiv region",
        "A Brazilian who had joined Ukraine's International Legion was killed in Russian "
        "artillery fire near Kupiansk, in the Kharkiv region, his family and friends told Folha "
        "on Thursday. The man, 31, from Curitiba, had served in the Brazilian Army before "
        "travelling to Ukraine in 2023, and was hit when his unit's position came under "
        "shelling during a Russian assault on Monday, according to a fellow volunteer. His body "
        "had not yet been recovered because of the fighting in the area, the friend said. At "
        "least a dozen Brazilians have been killed fighting for Ukraine since the invasion, "
        "according to a count by the newspaper. Itamaraty said it was in contact with the "
        "family and with the Ukrainian authorities but recalled that it advises Brazilians not "
        "to travel to the country. Russian forces have been trying for months to retake the "
        "town, which Ukraine recaptured in 2022. The family said it wanted to bring the body "
        "back to Paraná. A memorial service was held at a church in Curitiba on Sunday.",
        "B E",
        "shelling",
    ),
    (
        "Air Force flight brings 229 Brazilians out of Lebanon as Israeli strikes intensify",
        "An Air Force KC-30 landed in São Paulo on Sunday with 229 Brazilians and relatives "
        "evacuated from Beirut, the first flight of an operation to remove people fleeing the "
        "Israeli strikes on Lebanon. Many of the passengers came from the Bekaa valley and from "
        "southern Lebanon, where a large part of the Brazilian community of Lebanese origin "
        "lives and where Israeli bombing has been heaviest. “Our house in the south is gone, "
        "the whole street,” said a woman from Foz do Iguaçu who had gone to visit her parents. "
        "Two Brazilian teenagers were killed in an Israeli strike in the Bekaa last month, "
        "according to Itamaraty. The ministry said more than 3,000 people had asked to be "
        "repatriated and that flights would continue as long as Beirut airport stayed open. The "
        "plane also carried 2.5 tonnes of medicines donated by Brazil to Lebanese hospitals. "
        "About 21,000 Brazilians live in Lebanon, according to the Foreign Ministry.",
        "D E",
        "evacuation",
    ),
    (
        "Brazilian troops in Haiti exchange fire with gangs in Cité Soleil operation",
        "Brazilian soldiers of the United Nations Stabilisation Mission in Haiti exchanged fire "
        "with armed gangs in Cité Soleil, in Port-au-Prince, during an operation to retake "
        "positions in the Boston neighbourhood on Friday, the Army said. According to the "
        "Brazilian contingent, the troops were fired on from rooftops as they advanced with "
        "armoured vehicles and returned fire, and no soldier was hurt. Haitian police said two "
        "gang members were killed and several residents wounded. The operation came after a "
        "week of clashes between rival gangs that forced hundreds of families to leave their "
        "homes for the nearby Drouillard area. Brazil has led the military component of the "
        "mission since 2004 and is due to withdraw its last troops this year. The commander "
        "said the aim was to let schools and a health post in the area reopen. UN officials "
        "said humanitarian groups had suspended their work in the area during the clashes.",
        "B M D",
        "peacekeeping_operation",
    ),
]
