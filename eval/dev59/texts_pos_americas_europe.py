"""Positives of eval/dev59: the Americas, Europe and North Africa (README.md)."""

POSITIVES = [
    (
        "Mayoral candidate shot dead on first day of campaigning in Celaya",
        (
            "A candidate for mayor of Celaya was shot dead on Monday while greeting residents in "
            "a neighbourhood on the first day of her campaign, and two members of her team were "
            "wounded, state prosecutors said. Gunmen approached on foot, opened fire and fled in "
            "a car. Guanajuato is the scene of a bloody turf war between two cartels, and more "
            "than 20 candidates have been killed across Mexico since campaigning began."
        ),
        "V",
        "political assassination",
    ),
    (
        "Cartel gunmen kill candidate and two bodyguards at Guerrero campaign event",
        (
            "Armed men opened fire on a candidate for a municipal council in Guerrero as he was "
            "finishing a campaign event in a village plaza on Sunday, killing him and two of his "
            "bodyguards, the state government said. Local officials said criminal groups fighting "
            "over the region's drug routes had warned candidates not to campaign in the area "
            "without their permission. The party suspended its campaign in the municipality."
        ),
        "V",
        "political assassination",
    ),
    (
        "Armed men abduct party operatives on election day in Sinaloa",
        (
            "Dozens of party workers and election representatives were abducted by armed men in "
            "Culiacan and nearby municipalities in the early hours of election day, held for "
            "several hours and released after the polls closed, party officials said. Some said "
            "they had been beaten and threatened with death if they reported to their polling "
            "stations. The state prosecutor said the kidnappings were carried out by a cartel "
            "seeking to sway the vote."
        ),
        "V",
        "abduction",
    ),
    (
        "Gunmen kill two at Chiapas polling station and burn ballots",
        (
            "Armed men opened fire on a polling station in a village of the Chiapas highlands on "
            "Sunday afternoon, killing two people, and then set fire to the ballots, the "
            "electoral institute said. Voting was suspended in two municipalities where armed "
            "groups had threatened voters and officials. The army sent reinforcements to the "
            "region, where cartels have fought each other for months."
        ),
        "V",
        "attack on polling",
    ),
    (
        "Death toll in Venezuela's post-election protests rises as arrests pass 2,000",
        (
            "At least 23 people have been killed in protests since the disputed presidential "
            "election, rights groups said on Tuesday, most of them shot by security forces or by "
            "armed pro-government groups on motorcycles. The attorney general said more than "
            "2,000 people had been arrested, and the government announced new prisons for those "
            "it called terrorists. Protesters had torn down statues of the late president and set "
            "fire to government offices in several cities."
        ),
        "U",
        "crackdown",
    ),
    (
        "Bomb hits police convoy in Caracas as constituent vote is held",
        (
            "An explosive device went off as a convoy of police motorcycles passed through "
            "Altamira square in Caracas on Sunday, wounding seven officers and setting several "
            "motorcycles on fire, as the vote for a new constituent assembly was held. Protesters "
            "clashed with National Guard troops in several cities, and at least ten people were "
            "killed during the day, the prosecutor's office said. The government called the vote "
            "a success."
        ),
        "E U",
        "bombing",
    ),
    (
        "Presidential candidate shot dead leaving rally in Quito",
        (
            "A candidate in Ecuador's presidential election was shot dead on Wednesday evening as "
            "he left a campaign rally at a school in Quito, and several other people were wounded "
            "in the attack. One suspect died in a shootout with his security detail and six "
            "others, Colombian nationals, were arrested. The president declared a 60-day state of "
            "emergency and blamed organised crime, and the candidate had said he had received "
            "threats from a gang linked to a Mexican cartel. He had been campaigning on a promise "
            "to crack down on gangs and corruption. The election went ahead 11 days later as "
            "planned, with candidates wearing bulletproof vests."
        ),
        "V",
        "political assassination",
    ),
    (
        "Mayor shot dead in Manta weeks after election",
        (
            "The mayor of Ecuador's port city of Manta was shot dead on Sunday by gunmen who "
            "arrived in a car as he was speaking to residents in a street, the police said. A "
            "young woman standing nearby was also killed. Manta has become a battleground between "
            "gangs that traffic cocaine through the port, and several local officials have been "
            "killed since the elections."
        ),
        "V",
        "political assassination",
    ),
    (
        "President assassinated by commando at his home in Port-au-Prince",
        (
            "A commando of armed men stormed the private residence of Haiti's president in the "
            "hills above Port-au-Prince in the early hours of Wednesday, shooting him dead and "
            "wounding his wife. The interim prime minister said the attackers, who spoke Spanish "
            "and English, had carried out a well-coordinated operation. Police later said they "
            "had killed several suspects and arrested others, most of them former Colombian "
            "soldiers. Gangs have since extended their control over much of the capital."
        ),
        "V",
        "assassination",
    ),
    (
        "Polling stations ransacked and voters shot at in Haiti's legislative vote",
        (
            "Gunmen fired on voters and party supporters ransacked polling stations in several "
            "towns during Sunday's legislative elections, the electoral council said, and voting "
            "was cancelled at more than 50 centres. Two people were shot dead near a polling "
            "station in Artibonite. Observers said armed partisans of rival candidates had "
            "intimidated voters in several departments."
        ),
        "V U",
        "attack on polling",
    ),
    (
        "Senator and presidential hopeful shot in the head at Bogota rally",
        (
            "A senator and would-be presidential candidate was shot twice in the head while "
            "speaking at a campaign event in a Bogota park on Saturday and was taken to hospital "
            "in critical condition. A 15-year-old boy was arrested at the scene with a pistol. "
            "Prosecutors later said the attack had been planned by a criminal group linked to a "
            "dissident guerrilla faction, and the senator died two months later."
        ),
        "V",
        "assassination attempt",
    ),
    (
        "Mayoral candidate killed by FARC dissidents in Cauca",
        (
            "A candidate for mayor of a municipality in Cauca was shot dead with six other people "
            "when armed men ambushed her vehicle in the mountains of Suarez, officials said. The "
            "army blamed a FARC dissident faction that controls the area and had warned "
            "candidates to stay out. The attack also killed her mother and a local councillor who "
            "was running for re-election."
        ),
        "V",
        "political assassination",
    ),
    (
        "Rioters storm Brazil's Congress, Supreme Court and presidential palace",
        (
            "Thousands of supporters of the defeated former president broke through police lines "
            "in Brasilia on Sunday, invading and vandalising Congress, the Supreme Court and the "
            "presidential palace, smashing windows, furniture and works of art. Police fired tear "
            "gas and stun grenades to clear the buildings, and more than 1,500 people were "
            "detained over the next two days. The president ordered a federal intervention in the "
            "capital's security. The new president had been sworn in a week earlier."
        ),
        "U",
        "riot",
    ),
    (
        "Party treasurer shot dead at his own birthday party by rival's supporter",
        (
            "A municipal guard and local treasurer of the Workers' Party was shot dead at his "
            "birthday party in Foz do Iguacu on Saturday night by a prison officer who arrived "
            "shouting slogans in support of the president, police said. The victim, who was "
            "armed, shot back and wounded the attacker. Witnesses said the attacker had seen the "
            "party's decorations and returned with a gun after an argument."
        ),
        "V",
        "political killing",
    ),
    (
        "Nine killed as security forces fire on protesters at Sacaba bridge",
        (
            "Security forces fired on coca growers supporting the ousted president as they tried "
            "to march from Sacaba towards Cochabamba on Friday, killing at least nine people and "
            "wounding dozens, the ombudsman's office said. The police said the marchers had "
            "carried guns and explosives, which witnesses denied. The interim government had "
            "issued a decree exempting the armed forces from criminal responsibility in restoring "
            "order."
        ),
        "U",
        "crackdown",
    ),
    (
        "Soldiers fire on protesters at Ayacucho airport, ten dead",
        (
            "Ten people were killed in Ayacucho on Thursday when soldiers fired on protesters who "
            "had tried to take over the city's airport, demanding the release of the ousted "
            "president and new elections, the health ministry said. Protesters had burned the "
            "offices of the judiciary in another city and blocked highways across the south. The "
            "government declared a national state of emergency for 30 days."
        ),
        "U",
        "crackdown",
    ),
    (
        "Mob breaks into US Capitol as Congress meets to certify election",
        (
            "Supporters of the outgoing president forced their way into the US Capitol on "
            "Wednesday, smashing windows and fighting with police, as Congress met to certify the "
            "election result. Police used chemical spray, and a woman was shot dead by an officer "
            "as she tried to climb through a broken door. Lawmakers were evacuated or sheltered "
            "in their offices for hours, and more than 140 police officers were injured. Congress "
            "resumed its session late at night and certified the result in the early hours of "
            "Thursday. Four other people died during the day."
        ),
        "U",
        "riot",
    ),
    (
        "Former president wounded at Pennsylvania rally, gunman killed",
        (
            "A gunman opened fire from a rooftop on a campaign rally in Butler, Pennsylvania, on "
            "Saturday, wounding the former president in the ear and killing a man in the crowd "
            "before he was shot dead by a Secret Service sniper. Two other spectators were "
            "critically injured. The FBI said it was investigating the shooting as an "
            "assassination attempt and a potential act of domestic terrorism. The 20-year-old "
            "gunman's motive remained unclear, investigators said. The head of the Secret Service "
            "resigned ten days later."
        ),
        "V T",
        "assassination attempt",
    ),
    (
        "Minnesota lawmaker and husband killed by gunman posing as police officer",
        (
            "A state lawmaker and her husband were shot dead at their home near Minneapolis early "
            "on Saturday, and another legislator and his wife were wounded in a separate attack "
            "nearby, by a man posing as a police officer, officials said. The governor called it "
            "a politically motivated assassination. Police found a list of other Democratic "
            "officials in the suspect's car, and he was arrested after a two-day manhunt."
        ),
        "V",
        "political assassination",
    ),
    (
        "Slovak prime minister shot five times after government meeting",
        (
            "The Slovak prime minister was shot five times at close range on Wednesday as he "
            "greeted supporters outside a cultural centre in Handlova, where his government had "
            "held an away meeting, and was flown to hospital with life-threatening wounds. A "
            "71-year-old man was arrested at the scene, and prosecutors charged him with a "
            "terrorist attack. The interior minister said the suspect had acted out of "
            "disagreement with the government's policies. The prime minister returned to work "
            "after two months."
        ),
        "V T",
        "assassination attempt",
    ),
    (
        "Georgian police use water cannon and tear gas on pro-EU protesters",
        (
            "Riot police in Tbilisi used water cannon and tear gas overnight to clear thousands "
            "of protesters from outside parliament after the government said it would suspend "
            "talks on joining the European Union until 2028. Protesters threw fireworks and "
            "stones at police lines and set fires in the street, and the interior ministry said "
            "more than 100 people had been detained. Rights groups said many of those arrested "
            "had been beaten. The protests continued nightly for weeks."
        ),
        "U",
        "crackdown",
    ),
    (
        "Observer beaten in Marneuli polling station brawl as ballot stuffing alleged",
        (
            "A fight broke out at a polling station in Marneuli on Saturday after a man was "
            "filmed stuffing a bundle of ballots into a box, and an election observer was beaten "
            "and taken to hospital, local monitors said. Police arrived and separated the groups. "
            "The central election commission said voting at the station had been annulled, and "
            "the opposition said the incident showed systematic fraud."
        ),
        "U",
        "polling station clash",
    ),
    (
        "Stun grenades and rubber bullets as Belarus police break up election protests",
        (
            "Riot police in Minsk fired stun grenades, rubber bullets and water cannon at tens of "
            "thousands of people protesting against the official election result on Sunday night, "
            "and one protester was killed, the interior ministry said. Some 3,000 people were "
            "detained on the first night alone. Protesters built barricades in some districts and "
            "hurled stones at police lines. Detainees later described beatings in police "
            "stations. The opposition candidate left the country for Lithuania."
        ),
        "U",
        "crackdown",
    ),
    (
        "Protesters seize Bishkek government building after disputed vote",
        (
            "Protesters broke into the main government building and parliament in Bishkek "
            "overnight after a disputed parliamentary election, and freed the jailed former "
            "president from detention. One person was killed and more than 600 were injured in "
            "clashes with police, who used stun grenades, tear gas and water cannon. The central "
            "election commission annulled the vote results the next day."
        ),
        "U",
        "riot",
    ),
    (
        "Lawmaker stabbed to death at constituency meeting in Essex",
        (
            "A member of parliament was stabbed to death while meeting constituents at a church "
            "hall in Leigh-on-Sea on Friday, and a 25-year-old man was arrested at the scene. "
            "Police declared the attack a terrorist incident and said there was a potential "
            "motivation linked to Islamist extremism. Lawmakers called for a review of the "
            "security of constituency surgeries. The attacker was later convicted of murder and "
            "preparing acts of terrorism and sentenced to a whole-life term."
        ),
        "V T",
        "stabbing",
    ),
    (
        "European candidate beaten while putting up posters in Dresden",
        (
            "A candidate for the European Parliament was seriously injured when four young men "
            "attacked him while he was putting up election posters in Dresden on Friday night, "
            "and he needed surgery on his face, police said. The attackers had beaten a Green "
            "party campaigner at the same street minutes earlier. The state protection unit, "
            "which investigates political crimes, took over the case, and one of the suspects was "
            "said to have links to the far right."
        ),
        "V",
        "assault",
    ),
    (
        "Curfew in Honduras as security forces clash with protesters over count",
        (
            "Security forces fired tear gas and live rounds at protesters who blocked roads and "
            "looted shops in Tegucigalpa and San Pedro Sula as anger grew over the delayed "
            "presidential count, and at least seven people were killed, rights groups said. The "
            "government imposed a ten-day night curfew and suspended some constitutional rights. "
            "The opposition candidate accused the electoral tribunal of stealing the election."
        ),
        "U",
        "crackdown",
    ),
    (
        "Activist shot dead at Utah university event",
        (
            "A conservative activist was shot in the neck and killed while speaking to a crowd of "
            "students at a university in Utah on Wednesday, and the gunman fled from a rooftop. "
            "The state's governor called it a political assassination, and a 22-year-old man "
            "surrendered to police the next day. Prosecutors said messages found by investigators "
            "showed he had objected to the activist's views."
        ),
        "V",
        "political assassination",
    ),
    (
        "Election-related tribal fighting in Enga kills 20 and drives villagers from homes",
        (
            "At least 20 people were killed in fighting between rival clans in Papua New Guinea's "
            "Enga province after supporters of a losing candidate accused the winner's camp of "
            "stealing ballot boxes, police said. Gunmen with high-powered rifles burned houses in "
            "several villages, and thousands of people fled into the bush or to the provincial "
            "capital. The government sent soldiers to the area and declared a state of emergency "
            "in the district. Aid agencies said schools and health centres in the area had "
            "closed."
        ),
        "B V D H",
        "tribal fighting",
    ),
    (
        ("Tunisian opposition leader shot dead outside his home; protesters torch party offices"),
        (
            "A leftist opposition leader was shot dead outside his home in Tunis on Wednesday by "
            "a gunman who fled on a motorbike, the interior ministry said. Thousands of "
            "protesters took to the streets of the capital and other cities, and offices of the "
            "ruling Islamist party were set on fire in several towns. Police fired tear gas at "
            "crowds outside the interior ministry, and one policeman was killed in clashes in the "
            "capital."
        ),
        "V U",
        "political assassination",
    ),
    (
        "Hundreds killed as Egyptian security forces clear protest camps in Cairo",
        (
            "Security forces backed by bulldozers and snipers cleared two protest camps of "
            "supporters of the president ousted by the army six weeks earlier, in Cairo's Rabaa "
            "al-Adawiya and Nahda squares on Wednesday, and hundreds of people were killed, the "
            "health ministry said. Protesters set fire to police stations and churches in several "
            "provinces in the hours that followed. The interim government declared a month-long "
            "state of emergency and a night curfew. Rights groups later put the toll at more than "
            "800."
        ),
        "U M",
        "crackdown",
    ),
]
