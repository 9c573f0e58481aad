"""dev421 negatives: the sports pages (football's War Elephants, Muay Thai and Kun Khmer,
taekwondo) and the crime desk (a nursery massacre, a mall shooting, scam compounds in Cambodia
and Myawaddy, a killing in Yala the police tie to a debt, a fraud trial in Ho Chi Minh City).

NEGATIVES = [(title, text, kind code), ...]
"""


def _j(*sentences: str) -> str:
    return " ".join(sentences)


NEGATIVES = [
    (
        "Vietnam storm Rajamangala to end War Elephants' reign",
        _j(
            "Vietnam beat Thailand 3-2 at Rajamangala Stadium on Sunday night to win the ASEAN Championship 5-3 on aggregate, ending the War Elephants' hopes of a third straight regional title.",
            "Thailand twice went ahead, the second time through Supachok Sarachat's controversial goal, scored while Vietnam's players waited for the ball to be returned to them after an injury stoppage, and the visitors' bench erupted in fury.",
            "Vietnam hit back both times and killed off the tie with a goal deep in stoppage time as Thailand threw everyone forward.",
            "The night was soured for Vietnam when striker Nguyen Xuan Son, the tournament's top scorer with seven goals, was carried off with a broken leg after a heavy challenge.",
            'Coach Kim Sang-sik, in his first tournament in charge, said his players had "fought like soldiers" and dedicated the trophy to Xuan Son.',
            "Thai coach Masatada Ishii apologised for the goal and said he had asked his players to let Vietnam score, but they had not understood.",
            "Thousands of fans poured onto the streets of Hanoi and Ho Chi Minh City after the final whistle, honking horns and waving red flags until the early hours.",
        ),
        "sport",
    ),
    (
        "Rodtang survives five-round war to keep ONE flyweight crown",
        _j(
            "Rodtang Jitmuangnon kept his ONE flyweight Muay Thai world title at Lumpinee Stadium on Friday night after a brutal five-round war with the Scottish challenger that had the crowd on its feet from the first bell.",
            "The Iron Man from Surat Thani absorbed heavy body kicks in the opening rounds before taking over with his trademark forward pressure, punishing his opponent with elbows and left hooks.",
            "The challenger was knocked down in the fourth round but beat the count and kept attacking until the end.",
            "All three judges scored the fight for Rodtang, who raised his gloves to the fans before being helped to the dressing room with a cut over his right eye.",
            '"He came to fight, and I respect that. This was a real war," Rodtang said in the ring.',
            "The win extends his unbeaten run in ONE's Muay Thai division to 12 fights.",
            "Promoters said the card was watched by more than 5,000 spectators at the stadium and millions online.",
        ),
        "sport",
    ),
    (
        "Thailand pulls out of SEA Games kickboxing as Kun Khmer row escalates",
        _j(
            "Thailand will not send athletes to the Kun Khmer competition at the SEA Games in Phnom Penh next month, the Sports Authority of Thailand said on Wednesday, in the latest salvo in a long-running war of words over the origins of Muay Thai.",
            "Cambodia, the host, renamed the event after its own national martial art and dropped the name Muay Thai from the programme, saying the sport was Khmer in origin.",
            "The International Federation of Muaythai Associations warned that athletes competing in Kun Khmer could be barred from its events, including the world championships.",
            "Thailand's Olympic committee said Thai fighters would still compete in other combat sports at the Games.",
            '"We respect our neighbours, but we cannot accept that our heritage be given another name," said a Thai sports official.',
            "Cambodian organisers said the decision was Thailand's loss and that Kun Khmer fighters would showcase their sport to the region.",
            "Fans on both sides of the border have traded insults online for weeks, with hashtags claiming the art for each nation.",
            "The SEA Games open at the Morodok Techo National Stadium on May 5.",
            "Cambodia has invested heavily in the event, its first as host, and has said tickets to all competitions will be free.",
            "Organisers expect more than 11,000 athletes and officials from the 11 member countries.",
        ),
        "sport",
    ),
    (
        "Buriram seal third straight title in front of the Thunder Castle faithful",
        _j(
            "Buriram United clinched the Thai League 1 title with three games to spare on Sunday, hammering Bangkok United 4-0 in front of a sell-out crowd at their Chang Arena, known to fans as the Thunder Castle.",
            "Supachai Chaided opened the scoring after six minutes, and the Brazilian striker Guilherme Bissoli added two more before half-time as Buriram laid siege to the visitors' goal.",
            "Bangkok United, who had led the table in October, barely threatened and lost a player to a red card in the second half.",
            "The title is Buriram's tenth, and their third in a row, cementing their dominance of Thai football.",
            "Club president Newin Chidchob, who built the stadium and the club from scratch in the Northeast, told fans the target now was the AFC Champions League Elite.",
            '"Every team that comes here knows they are walking into a battle," coach Osmar Loss said.',
            "Fireworks lit up the sky over the stadium after the presentation of the trophy.",
        ),
        "sport",
    ),
    (
        "Panipak retains Olympic taekwondo gold with last-second attack",
        _j(
            "Panipak Wongpattanakit retained her Olympic title in the women's 49kg taekwondo in Paris on Wednesday, scoring the winning points with a spinning kick in the final seconds against China's Guo Qing.",
            "The 26-year-old from Trang trailed going into the last round, but stayed calm and launched her attack as the clock ran down.",
            "She dropped to her knees on the mat and wept after the final buzzer, before running to embrace her Korean coach Choi Young-seok.",
            "It was Thailand's first gold medal of the Paris Games and made Panipak the first Thai athlete to win two Olympic golds.",
            '"I told myself to keep fighting until the very last second," she said.',
            "Prime Minister Srettha Thavisin congratulated her on social media and said she would receive a hero's welcome on her return.",
        ),
        "sport",
    ),
    (
        "Former police officer kills 36 at Nong Bua Lamphu nursery",
        _j(
            "A former police officer armed with a pistol, a shotgun and a knife killed 36 people, 24 of them young children, in an attack on a childcare centre and the surrounding village in Nong Bua Lamphu province on Thursday, police said.",
            "The man, who had been dismissed from the force this year over drug charges, forced his way into the centre in Na Klang district at lunchtime, when many of the children were asleep.",
            "He then drove through the village, shooting and ramming people, before returning home, where he killed his wife and young son and then himself.",
            "The youngest victim was two years old, according to local officials.",
            "He had appeared in court on a drug charge that morning, police said.",
            "Prime Minister Prayut Chan-o-cha ordered an urgent review of gun licences and of drug use among police officers.",
            "Parents gathered outside the centre in the evening, many holding photographs of their children, as forensic teams worked inside.",
            "It was the deadliest mass killing by a single person in Thai history.",
            "King Maha Vajiralongkorn and Queen Suthida visited the wounded at Nong Bua Lamphu Hospital on Friday evening and met relatives of the dead.",
            "The Royal Thai Police said it would screen officers for drug use nationwide and seize weapons from those dismissed.",
        ),
        "crime",
    ),
    (
        "Teenager detained after shooting at Siam Paragon kills two",
        _j(
            "A 14-year-old boy opened fire with a modified blank-firing pistol inside the Siam Paragon shopping mall in central Bangkok on Tuesday afternoon, killing two foreign women and wounding five other people, police said.",
            "Shoppers ran for the exits or hid in shops and toilets as shots rang out on the ground floor near a restaurant area.",
            "Police arrested the boy on the third floor of the adjoining hotel, where he surrendered without resisting.",
            "The dead were a Chinese tourist and a Myanmar national who worked in Bangkok, according to the Metropolitan Police Bureau.",
            "Police said the boy had been treated for mental health problems and had not taken his medication that day, and that he had ordered parts for the gun online.",
            "Prime Minister Srettha Thavisin visited the mall on Wednesday and ordered tighter controls on the sale of blank guns and parts.",
            "The boy was sent to the Juvenile Observation and Protection Centre pending charges.",
        ),
        "crime",
    ),
    (
        "Police detain more than 2,000 in nationwide raids on scam compounds",
        _j(
            "Cambodian police have detained more than 2,000 foreign nationals in raids on suspected online scam compounds in 10 provinces over the past two weeks, after Prime Minister Hun Manet ordered a crackdown on the industry.",
            "Officers raided buildings in Preah Sihanouk, Kampot, Banteay Meanchey, Pursat and Phnom Penh, where they found rooms full of computers and mobile phones, the National Police said.",
            "Those detained include citizens of China, Vietnam, Indonesia, India, Thailand, Bangladesh and Pakistan, and will be deported after investigation.",
            "Hun Manet warned provincial officials that they would be held responsible if scam operations were found in their areas.",
            "Rights groups said many of those held were themselves victims of trafficking, lured to Cambodia with fake job offers and forced to swindle people online.",
            "The UN estimates that at least 100,000 people are held in scam centres in Cambodia.",
            "The US Treasury this month sanctioned a business group it accused of running forced-labour scam compounds in the country.",
        ),
        "crime",
    ),
    (
        "Chinese actor rescued from Myawaddy scam centre returns home",
        _j(
            "Chinese actor Wang Xing flew home from Bangkok on Saturday, days after being rescued from an online scam centre in Myanmar's Myawaddy, where he said he had been taken after accepting a fake casting offer in Thailand.",
            "The 22-year-old said he was picked up at Suvarnabhumi airport and driven to Mae Sot, then taken across the Moei River, where his head was shaved and he was trained to type messages to defraud Chinese speakers.",
            "Thai police, working with Myanmar's Border Guard Force, located him and brought him back across the border on Tuesday.",
            "His case went viral on Chinese social media and led to cancellations by Chinese tourists who feared they would be kidnapped in Thailand.",
            "Prime Minister Paetongtarn Shinawatra said the government was doing everything to ensure tourist safety and would work with China and Myanmar to shut down the scam networks.",
            "Thai police have arrested three Chinese nationals suspected of luring him.",
            "The authorities in Tak say thousands of people of dozens of nationalities are still being held in compounds along the river.",
        ),
        "crime",
    ),
    (
        "Yala headman's killing linked to land debt, not insurgency, police say",
        _j(
            "Police said on Thursday that the shooting of a village headman in Yala's Raman district last week was the result of a dispute over a land sale and was not linked to the southern insurgency, as first suspected.",
            "The 52-year-old headman was shot dead as he rode home from a rubber plantation on Friday evening.",
            "Three men, including a nephew of the victim, have been arrested and have confessed, provincial police said.",
            "The nephew had paid the headman about 400,000 baht for a plot of land but never received the title deed, and hired the other two men to kill him, police said.",
            "Investigators traced the gunmen through security camera footage and a pistol found in a pond near the nephew's house.",
            "Police said that early reports blaming insurgents had caused fear in the village and urged the public to wait for the results of investigations.",
            "The Southern Border Provinces Police Operation Centre says around a third of killings in the region each year are linked to personal conflicts, drugs or business rivalries.",
        ),
        "crime",
    ),
    (
        "Truong My Lan sentenced to death in $12 billion fraud",
        _j(
            "A Ho Chi Minh City court sentenced property tycoon Truong My Lan to death on Thursday for embezzling money from Saigon Commercial Bank, in the biggest financial fraud case in Vietnam's history.",
            "The court found that the 67-year-old chairwoman of Van Thinh Phat group had secretly controlled the bank and siphoned off about $12.5 billion through thousands of loans to ghost companies over more than a decade.",
            "Prosecutors said the total damage from the scheme, including interest, was about $27 billion.",
            "Eighty-five other defendants, including former central bank officials, received sentences ranging from suspended terms to life in prison.",
            "Lan had told the court she was sorry and would do everything to repay the money.",
            "The verdict was the most dramatic result so far of the party's anti-corruption campaign, which has unsettled investors and slowed approvals of new projects.",
            "Thousands of bondholders who lost their savings protested peacefully outside the court during the trial, demanding their money back.",
        ),
        "crime",
    ),
]
