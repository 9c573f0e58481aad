"""dev147 hard negatives: crime, courts and policing with no political motive, and the sport
desk (kinds crime, sport)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Bondi Junction attacker was not motivated by ideology, NSW Police say",
        "NSW Police say there is no evidence the man who stabbed six people to death "
        "at Westfield Bondi Junction on Saturday was motivated by any ideology, and "
        "that his mental health is a key focus of the investigation. The 40-year-old "
        "man, who had been living in Queensland, was shot dead by a police inspector "
        "who confronted him alone inside the shopping centre. Five women and one man "
        "were killed, and a dozen other people, including a nine-month-old baby, were "
        "taken to hospital. Assistant Commissioner Anthony Cooke said it was "
        '"obvious" that the attacker had focused on women while avoiding men, and '
        'detectives were looking into whether that was deliberate. "At this stage, we '
        "don't have any information that suggests this was motivated by any ideology "
        "or otherwise,\" he told reporters. The man's family released a statement "
        "saying he had been diagnosed with schizophrenia as a teenager. Prime Minister "
        'Anthony Albanese praised the inspector, saying she was "a hero" who had '
        "saved many lives. Shoppers who sheltered in stores for hours described "
        "hearing screams and seeing people running towards the exits. The shopping "
        "centre will remain closed for several days while police examine the scene. "
        "Flags were flown at half-mast across the country on Monday.",
        "crime",
    ),
    (
        (
            "Zhuhai car attack: man who killed 35 at sports centre was unhappy over "
            "divorce settlement, police say"
        ),
        "A 62-year-old man who drove his car into people exercising at a sports centre "
        "in Zhuhai on Monday evening, killing 35 and injuring 43, was angry about the "
        "division of property in his divorce, police in the southern Chinese city said "
        "on Tuesday. The man, surnamed Fan, rammed through the gate of the Zhuhai "
        "Sports Centre in his SUV at about 7.48pm and drove around the running track "
        "and other areas where many elderly residents were walking, according to a "
        "police statement. He was stopped by police as he tried to flee and was found "
        "in the car with self-inflicted knife wounds to his neck. He remains in a coma "
        "in hospital. The statement, issued nearly 24 hours after the attack, did not "
        "explain the delay in releasing the death toll. Videos of people lying on the "
        "ground that circulated on Chinese social media on Monday night were quickly "
        "removed by censors. President Xi Jinping called for the attacker to be "
        '"severely punished in accordance with the law" and ordered local '
        "governments to strengthen risk prevention and resolve disputes early. The "
        "attack happened on the eve of the Zhuhai air show, the country's largest "
        "aerospace exhibition. It was the deadliest attack of its kind in China in a "
        "decade.",
        "crime",
    ),
    (
        "Four 'Luffy' robbery suspects flown back from Manila, arrested on arrival",
        "Four Japanese men suspected of directing a string of robberies across Japan "
        'under the alias "Luffy" were arrested on Wednesday after being deported '
        "from the Philippines, where they had been held in an immigration detention "
        "center. Police arrested the men aboard a Japan Airlines flight shortly after "
        "it took off from Manila for Narita airport, on suspicion of fraud linked to a "
        "phone scam operation, before investigating their role in the robberies. "
        "Investigators believe the group used the Telegram messaging app to recruit "
        'young people through online "part-time job" ads and sent them instructions '
        "to break into homes in at least 14 prefectures. In one case in Komae, Tokyo, "
        "a 90-year-old woman died after being beaten during a robbery at her house. "
        "Police said the men, aged between 38 and 45, had continued to give orders "
        "from inside the Philippine detention facility, apparently using smartphones "
        "smuggled in with the help of guards. The National Police Agency has set up a "
        "special team to trace the flow of money from the robberies and the scam "
        "calls. Some of the recruited robbers said they had been threatened with harm "
        "to their families if they tried to pull out. Justice Minister Ken Saito "
        "thanked the Philippine government for its cooperation. Prosecutors are "
        "expected to seek fresh arrest warrants over the robbery cases in the coming "
        "weeks.",
        "crime",
    ),
    (
        "PAOCC raids another POGO hub in Bamban, rescues 700 workers",
        "BAMBAN, Tarlac — Government agents raided a sprawling Philippine offshore "
        "gaming operator (POGO) compound behind the municipal hall of this town on "
        "Wednesday, rescuing nearly 700 workers, among them Chinese, Vietnamese and "
        "Malaysian nationals, who investigators said had been forced to run online "
        "scams. The Presidential Anti-Organized Crime Commission (PAOCC), backed by "
        "police and Army personnel, served a search warrant on Zun Yuan Technology "
        "Inc. after a Vietnamese worker escaped and sought help at the Bureau of "
        "Immigration. Inside the 7.9-hectare compound, agents found dormitories, a "
        "swimming pool, a wine cellar and rooms that allegedly served as detention "
        "cells for workers who failed to meet their quotas. Some of the rescued "
        "workers told investigators they had not been paid for months and that their "
        "passports had been confiscated. PAOCC spokesperson Winston Casio said the "
        "commission was looking into documents linking the compound's land to Bamban "
        "Mayor Alice Guo, who has denied any involvement. The Senate committee on "
        "women and children is investigating the mayor's background and her links to "
        "the POGO industry. Officials said the foreign workers would be processed for "
        "deportation while Filipino employees would be assisted by the Department of "
        "Social Welfare and Development. Lawmakers renewed calls for a total ban on "
        "POGOs, which the government says have become a front for fraud, trafficking "
        "and money laundering.",
        "crime",
    ),
    (
        "Najib guilty on all seven charges in SRC International case, jailed 12 years",
        "KUALA LUMPUR, July 28 — Former prime minister Datuk Seri Najib Razak was "
        "today found guilty of all seven charges of abuse of power, criminal breach of "
        "trust and money laundering involving RM42 million of funds from SRC "
        "International Sdn Bhd, and was sentenced to 12 years in prison and fined "
        "RM210 million. High Court judge Mohd Nazlan Mohd Ghazali said the prosecution "
        "had proven beyond reasonable doubt that Najib had abused his position to "
        "approve government guarantees for loans to the former 1MDB subsidiary and "
        "that money from the company had flowed into his personal bank accounts. The "
        "judge rejected the defence's argument that Najib believed the funds were a "
        "donation from the Saudi royal family and that he had been misled by fugitive "
        'financier Low Taek Jho. "The accused was at the apex of the chain of '
        'command," the judge said in reading his decision, which took more than two '
        "hours. Najib, the first former Malaysian prime minister to be convicted of a "
        "crime, told the court he would appeal. The court granted a stay of execution "
        "of the sentence pending appeal, and Najib's bail was raised by RM1 million. "
        "Hundreds of his supporters gathered outside the Kuala Lumpur Court Complex, "
        "chanting and waving banners. Prime Minister Tan Sri Muhyiddin Yassin said the "
        "government would respect the court's decision.",
        "crime",
    ),
    (
        "Fiji police seize over four tonnes of meth in country's biggest drug bust",
        "Police in Fiji have seized more than four tonnes of methamphetamine in what "
        "officials say is the largest drug haul in the country's history and one of "
        "the largest in the Pacific. The drugs were found in boxes stored at a "
        "property in Legalega, near Nadi, after officers followed up a tip-off about a "
        "suspicious shipment, acting Police Commissioner Juki Fong Chew told reporters "
        "in Suva. Police believe the drugs had arrived by sea and were meant to be "
        "shipped on to Australia and New Zealand. Several people, including local "
        "residents and foreign nationals, have been taken in for questioning and are "
        'expected to be charged. "This is a big blow to the transnational syndicates '
        'that are using Fiji as a transit point," Fong Chew said. The street value of '
        "the drugs has been estimated at around $2 billion. The Australian Federal "
        "Police and New Zealand Police said they were supporting the investigation.",
        "crime",
    ),
    (
        ("Shots fired at South Auckland homes as police warn of escalating gang tensions"),
        "Police in Counties Manukau have set up armed checkpoints after a series of "
        "shootings at homes in South Auckland over the weekend that they believe are "
        "linked to a feud between rival gangs. Shots were fired at four houses in "
        "Ōtara, Papatoetoe and Māngere between Friday night and Sunday morning, and a "
        "27-year-old man was taken to Middlemore Hospital with a gunshot wound to his "
        "leg. Detective Inspector Glenn Baldwin said police were concerned the "
        "tit-for-tat attacks could escalate and that innocent people could be hurt. "
        '"These people have no regard for their neighbours or for the children asleep '
        'in these homes," he said. Officers executed search warrants at several '
        "addresses on Monday, seizing three firearms, ammunition and a quantity of "
        "methamphetamine, and two men have been charged with unlawful possession of "
        "firearms. Police said the shootings were part of a dispute between members of "
        "two gangs over the local drug trade. The operation is being carried out under "
        "Operation Cobalt, the national crackdown on gang crime. Local community "
        "leaders said families were scared, and one Ōtara resident told Stuff that her "
        "children now slept in the lounge away from the windows. Police Minister Mark "
        "Mitchell said the Government's new laws banning gang patches in public would "
        "help police deal with intimidation.",
        "crime",
    ),
    (
        "Ohtani strikes out Trout as Japan beat US to win World Baseball Classic",
        "MIAMI - Shohei Ohtani struck out his Los Angeles Angels teammate Mike Trout "
        "to end the game as Japan beat the United States 3-2 in the final of the World "
        "Baseball Classic on Tuesday, winning the tournament for the third time. "
        "Ohtani, who also batted third as the designated hitter, came on to close the "
        "game in the ninth inning after pitching coach Masato Yoshii had kept him in "
        "reserve, and struck out Trout on a full-count sweeper to set off wild "
        "celebrations at loanDepot park. The Samurai Japan attack came from the bottom "
        "of the order, with Munetaka Murakami hitting a solo home run in the second "
        "inning to tie the game and Kazuma Okamoto adding another in the fourth. Seven "
        "Japanese pitchers combined to hold a powerful US line-up to two runs, both of "
        'them solo homers. "I think this is the best moment of my life," Ohtani said '
        "through an interpreter, after being named the tournament's most valuable "
        "player. Japan won all seven of their games in the tournament, including a "
        "dramatic come-from-behind win over Mexico in the semi-final. Crowds gathered "
        "in front of big screens in Tokyo and Osaka, where the final was shown live on "
        'Wednesday morning. Manager Hideki Kuriyama said the team had played "for all '
        'the children in Japan who love baseball."',
        "sport",
    ),
    (
        "Hwang Hee-chan stoppage-time winner sends S. Korea past Portugal into last 16",
        "South Korea reached the knockout stage of the World Cup for the first time in "
        "12 years on Friday after Hwang Hee-chan scored in stoppage time to give them "
        "a 2-1 win over Portugal in their final Group H match at Education City "
        "Stadium in Qatar. Needing a win and a favourable result in the other group "
        "game, South Korea went behind after five minutes when Ricardo Horta tapped in "
        "a cross from Diogo Dalot. Kim Young-gwon levelled in the 27th minute, "
        "bundling in from a corner that bounced off Cristiano Ronaldo's back. With the "
        "match heading for a draw, captain Son Heung-min led a counterattack from his "
        "own half in the first minute of stoppage time, and slipped the ball through "
        "the legs of a defender to Hwang, who fired in from the edge of the box. The "
        "South Korean players then waited on the pitch for several minutes until "
        "Uruguay's 2-0 win over Ghana was confirmed, sending them through ahead of the "
        'Uruguayans on goals scored. "We showed we could fight to the end," said '
        "Son, who has been playing with a protective mask after a facial fracture. "
        "Coach Paulo Bento watched from the stands after being sent off in the "
        "previous match against Ghana. South Korea will face Brazil in the round of 16 "
        "on Monday.",
        "sport",
    ),
    (
        "PNG wins the battle for 18th NRL licence, team to kick off in 2028",
        "Papua New Guinea will have its own team in the National Rugby League from "
        "2028 after the Australian and PNG governments signed an agreement yesterday "
        "that commits Canberra to funding of about A$600 million over ten years. Prime "
        'Minister James Marape described the deal as "a dream come true" for a '
        "country where rugby league is the national sport and the Kumuls are followed "
        "with passion in every province. The team will be based in Port Moresby and "
        "play home games at the Santos National Football Stadium, while the new club "
        "will run junior pathways and women's programmes across the country. PNG beat "
        "a rival bid from Perth and a second New Zealand team to secure the 18th "
        "licence, NRL chief executive Andrew Abdo said. The agreement includes a "
        "provision that the club must not enter into deals that conflict with "
        "Australia's strategic interests, which analysts say is aimed at limiting "
        "China's influence in the Pacific. Australian Prime Minister Anthony Albanese "
        "said the team would strengthen the bonds between the two countries' people. "
        "The club's name, colours and coach are yet to be announced. Former Kumuls "
        "players welcomed the news but said the Government must make sure local "
        "players make up a large part of the squad.",
        "sport",
    ),
    (
        "Fiji crush Britain to win sevens gold, nation's first Olympic medal",
        "RIO DE JANEIRO - Fiji won their first Olympic medal of any colour on Thursday "
        "night, demolishing Great Britain 43-7 in the final of the men's rugby sevens "
        "at Deodoro Stadium. Led by captain Osea Kolinisau, the Fijians ran in five "
        "tries in the first half alone, with Jerry Tuwai and Leone Nakarawa tearing "
        "through the British defence with offloads and sidesteps that left their "
        "opponents chasing shadows. Coach Ben Ryan, the Englishman who has led the "
        "team since 2013, was lifted on the shoulders of his players after the final "
        "whistle. In Suva, thousands of people poured onto the streets, singing and "
        "waving flags, and Prime Minister Frank Bainimarama declared Monday a public "
        'holiday so the country could welcome the team home. "This is for every '
        'village in Fiji," Kolinisau said. On the way to the final Fiji had beaten '
        "New Zealand in the quarter-finals and Japan in the semi-finals. South Africa "
        "beat Japan to take the bronze medal. The victory brought scenes of "
        "celebration across the Pacific diaspora, from Auckland to Sydney, where "
        "Fijian communities watched on big screens through the early hours.",
        "sport",
    ),
    (
        "Carlos Yulo wins second Olympic gold in vault after floor exercise triumph",
        "PARIS – Carlos Yulo became the first Filipino to win two Olympic gold medals, "
        "taking the men's vault title at the Bercy Arena on Sunday, August 4, a day "
        "after winning the floor exercise. The 24-year-old gymnast scored an average "
        "of 15.116 over his two vaults to finish ahead of Armenia's Artur Davtyan and "
        "Britain's Harry Hepworth. Yulo's gold on Saturday had already made him the "
        "Philippines' second Olympic champion after weightlifter Hidilyn Diaz, who won "
        "in Tokyo three years ago. \"I still can't believe it, I just wanted to enjoy "
        'every routine," Yulo told reporters after the medal ceremony. Under the '
        "Philippine Olympic athletes' incentives law, Yulo is set to receive P20 "
        "million for his two golds, and companies have offered him a condominium unit, "
        "a car and lifetime free buffets. Malacañang said President Ferdinand Marcos "
        "Jr. would welcome the gymnast at the palace when the team returns. Fans "
        "gathered at malls across Metro Manila to watch the final on giant screens. "
        "The win also brought renewed attention to a public dispute between Yulo and "
        "his mother, which had played out on social media in the days before the "
        "Games.",
        "sport",
    ),
]
