"""dev179 hard negatives: crime (ransomware gangs, police operations, trials, espionage and
sabotage-plot arrests, a kidnapping for ransom, a non-political shooting)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Ransomware attack on pathology firm forces London hospitals to cancel operations",
        (
            "Several major London hospitals declared a critical incident on Tuesday after a "
            "ransomware attack on Synnovis, the pathology services provider that processes their "
            "blood tests, forced them to cancel operations and divert emergency patients. King's "
            "College Hospital and Guy's and St Thomas' said the attack had hit their ability to "
            "carry out transfusions, and that they were prioritising the most urgent cases. GP "
            "practices in six south-east London boroughs were told they could only request blood "
            "tests in emergencies. A former head of the National Cyber Security Centre told the "
            "BBC that the Russian-speaking criminal group Qilin was believed to be behind the "
            "attack and called it one of the more serious cyber incidents the country had seen. "
            "NHS England appealed for O-negative blood donors because hospitals could not "
            "quickly match patients' blood types. Synnovis, a partnership between a private "
            "laboratory company and two NHS trusts, said it was working with the NCSC and that "
            "it was too early to say when systems would be restored. The gang later published "
            "what it said was stolen patient data on its leak site. Qilin has demanded a ransom "
            "of about $50 million, according to people familiar with the negotiations. Hospital "
            "staff said they had gone back to handwritten request forms and phoned results "
            "through to wards. More than 1,000 planned operations and 2,000 outpatient "
            "appointments were postponed in the first two weeks, NHS England said later. The "
            "Information Commissioner's Office said it was making enquiries."
        ),
        "crime",
    ),
    (
        "US recovers most of Colonial Pipeline's bitcoin ransom from DarkSide hackers",
        (
            "The US Justice Department said on Monday it had seized 63.7 bitcoin, worth about "
            "$2.3 million, of the ransom that Colonial Pipeline paid to hackers last month after "
            "an attack that shut down the largest fuel pipeline in the United States. "
            "Investigators traced the payment through a series of transfers to a digital wallet "
            "for which the FBI had obtained the private key, officials said. The ransomware "
            "attack, which the FBI attributed to DarkSide, a criminal group believed to operate "
            "from Russia, forced Colonial to halt the 5,500-mile system for five days in May. "
            "Petrol stations across the Southeast ran dry as drivers rushed to fill up. "
            "Colonial's chief executive has said he authorised the $4.4 million payment because "
            'the company did not know how badly its systems had been breached. "Following the '
            'money is still one of the best tools we have," a senior Justice Department official '
            "told reporters. The value of bitcoin has fallen since the payment was made, which "
            "is why the amount recovered is lower in dollars. DarkSide announced it was shutting "
            "down after the attack drew the attention of the White House."
        ),
        "crime",
    ),
    (
        ("LockBit ransomware gang disrupted in international police operation, leak site seized"),
        (
            "Law enforcement agencies from ten countries have disrupted the LockBit ransomware "
            "operation, seizing its infrastructure and taking over the dark web site the gang "
            "used to leak data stolen from victims. The UK's National Crime Agency, which led "
            "Operation Cronos with the FBI and Europol, said it had taken control of LockBit's "
            "administration environment and obtained more than 1,000 decryption keys. Visitors "
            "to the leak site on Tuesday found a seizure banner and a countdown mocking the "
            "group's own layout, with posts promising to reveal details about its leader, who "
            "uses the handle LockBitSupp. Two people were arrested in Poland and Ukraine, and "
            "the United States unsealed indictments against two Russian nationals accused of "
            "deploying the ransomware. LockBit was the most prolific ransomware operation of the "
            "past two years, hitting more than 2,000 victims, including Royal Mail, Boeing and "
            "the US arm of the Industrial and Commercial Bank of China. The NCA said it had, in "
            "effect, hacked the hackers. BleepingComputer was told by the gang's operator that "
            "backup servers not running PHP had not been seized. Security researchers expect "
            "LockBit's affiliates to move to rival operations."
        ),
        "crime",
    ),
    (
        (
            "Former Google engineer charged with stealing AI chip secrets while secretly working "
            "for Chinese firms"
        ),
        (
            "A former Google software engineer has been arrested in California and charged with "
            "stealing trade secrets about the company's artificial intelligence infrastructure "
            "while secretly working for two companies in China, the Justice Department said on "
            "Wednesday. The engineer, a Chinese national, is accused of uploading more than 500 "
            "confidential files, including details of the chips and software Google uses in its "
            "supercomputing data centres, to a personal cloud account over about a year. "
            "Prosecutors said that while still employed at Google he had been in talks to become "
            "chief technology officer of a Chinese start-up and had founded his own AI company "
            "in China. He allegedly asked a colleague to scan his badge at a Google office to "
            "make it look as if he was working from the United States while he was in Beijing. "
            "Each of the four counts of theft of trade secrets carries a maximum sentence of ten "
            "years in prison. The attorney general said the department would not tolerate the "
            "theft of AI technology that could put national security at risk. Google said it had "
            "strict safeguards to prevent theft and had referred the case to law enforcement."
        ),
        "crime",
    ),
    (
        "French police free crypto entrepreneur's father after kidnappers cut off his finger",
        (
            "French police on Saturday freed the father of a cryptocurrency entrepreneur who had "
            "been kidnapped in Paris and held for several days in a house in Essonne, where his "
            "captors cut off one of his fingers to pressure his son into paying a ransom, "
            "prosecutors said. Five people were arrested in the raid, carried out by an elite "
            "police unit, and the man was taken to hospital. The kidnappers had demanded several "
            "million euros in cryptocurrency and sent a video of the mutilation to the family, "
            "according to a police source. It was the latest in a series of abductions targeting "
            "people in the crypto industry or their relatives in France, after the co-founder of "
            "a hardware wallet maker was kidnapped in central France in January and also had a "
            "finger severed. Investigators believe the attacks are organised by criminal "
            "networks that recruit young men on social media to carry out the abductions for a "
            "fee. The interior minister said he would meet representatives of the industry to "
            "discuss security measures, including keeping home addresses out of company "
            "registers. Prosecutors have opened an investigation for kidnapping by an organised "
            "gang and extortion."
        ),
        "crime",
    ),
    (
        "Man jailed for setting fire to phone mast after 5G coronavirus conspiracy videos",
        (
            "A man who set fire to a mobile phone mast in Merseyside after watching videos "
            "claiming that 5G spread the coronavirus has been jailed for three years, police "
            "said. The 47-year-old admitted arson after the blaze at the mast in Kirkby in "
            "April, which knocked out coverage for thousands of customers, including calls to "
            "the emergency services. Liverpool Crown Court heard that he had shared several "
            "posts on social media linking 5G networks to the pandemic in the weeks before the "
            "attack. More than 70 masts have been set on fire or vandalised across the UK since "
            "March, according to the industry body Mobile UK, and engineers have been abused and "
            "threatened while working. Many of the masts targeted did not carry 5G equipment at "
            "all. Facebook and YouTube have said they are removing videos that make the false "
            'link. "These were mindless acts of vandalism on infrastructure that we all rely '
            'on," the judge said in sentencing. Mobile operators say some repairs have taken '
            "weeks because of shortages of parts."
        ),
        "crime",
    ),
    (
        (
            "Men jailed for Wagner-ordered arson on London warehouse storing Starlink kit for "
            "Ukraine"
        ),
        (
            "A 21-year-old man who organised an arson attack on a London warehouse holding aid "
            "and Starlink satellite equipment destined for Ukraine, on the orders of Russia's "
            "Wagner Group, was jailed for 17 years on Friday. The man, from Leicestershire, had "
            "admitted an offence under the National Security Act, among the first convictions "
            "under the law that came into force in 2023. The Old Bailey heard that he was "
            "recruited on Telegram and paid in cryptocurrency, and that he hired other young men "
            "to set fire to the Ukrainian-owned business in Leyton in March 2024. No one was "
            "hurt in the fire, which caused about £1 million of damage. Five other defendants "
            "were jailed for between eight and 23 years. Prosecutors said the Wagner handlers "
            "had also discussed plans to kidnap a Russian dissident in London. A senior "
            "counter-terrorism officer said the case showed how hostile states were using "
            "criminal proxies recruited online. The organiser told the court he had not "
            "understood who he was working for until after his arrest."
        ),
        "crime",
    ),
    (
        (
            "Germany arrests two German-Russians suspected of plotting sabotage on military "
            "sites for Moscow"
        ),
        (
            "German police arrested two German-Russian dual nationals in the Bavarian town of "
            "Bayreuth on Thursday on suspicion of plotting bomb and arson attacks on military "
            "installations and infrastructure on behalf of Russian intelligence, federal "
            "prosecutors said. The main suspect had since October been discussing possible acts "
            "of sabotage with a person linked to a Russian intelligence service, prosecutors "
            "said. He had scouted potential targets, including facilities of the US armed forces "
            "in Grafenwöhr, where Ukrainian soldiers are trained on Abrams tanks, and had taken "
            "photos and videos of military transports, they said. The attacks were meant to "
            "undermine Germany's military support for Ukraine. The second suspect is accused of "
            "helping him from March. The interior minister said Germany would not let itself be "
            "intimidated by Putin's agents. The foreign ministry summoned Russia's ambassador. "
            "Prosecutors said the main suspect had also been a member of an armed unit of the "
            "pro-Russian separatist forces in Donbas between 2014 and 2016."
        ),
        "crime",
    ),
    (
        (
            "German prosecutors investigate hackers over patient's death after hospital "
            "ransomware attack"
        ),
        (
            "German prosecutors have opened a negligent homicide investigation after a woman "
            "died when a ransomware attack forced the University Hospital Düsseldorf to turn "
            "away emergency patients, in what may be the first death directly linked to a "
            "cyberattack on a hospital. The woman, who needed urgent treatment, was taken to a "
            "hospital in Wuppertal, about 32 kilometres away, and died after the delay of about "
            "an hour, authorities said. The hackers had encrypted 30 servers at the hospital and "
            "left a ransom note addressed to the university to which the hospital is attached. "
            "When police contacted them and told them a hospital had been hit, the attackers "
            "withdrew the demand and handed over a decryption key, according to a report to the "
            "state parliament. The hospital said the attack exploited a vulnerability in widely "
            "used Citrix software that had been public since January. It has not accepted new "
            "emergency patients for almost two weeks. Germany's cybersecurity agency, the BSI, "
            "urged companies to patch the flaw immediately."
        ),
        "crime",
    ),
    (
        "Woman shoots three at YouTube headquarters before killing herself, police say",
        (
            "SAN BRUNO, California (AP) — A woman opened fire with a handgun at YouTube's "
            "headquarters in Northern California on Tuesday, wounding three people before "
            "fatally shooting herself, police said. Officers arriving at the campus in San Bruno "
            "found one victim with a gunshot wound at the front of the building and the suspect "
            "dead inside, the city's police chief said. Employees described hiding in conference "
            "rooms and fleeing across the parking lot as the shots rang out at lunchtime. Police "
            "identified the shooter as a 39-year-old woman from San Diego who had posted videos "
            "accusing YouTube of censoring her channels and cutting her advertising revenue. "
            "Investigators said there was no evidence she knew any of the victims, and that she "
            "appeared to have been upset with the company's policies. One victim was in critical "
            "condition and two others in serious and fair condition, a San Francisco hospital "
            "said. Google's chief executive said the company would work to heal as a community. "
            "About 1,700 people work at the site."
        ),
        "crime",
    ),
    (
        "Italy arrests Ukrainian suspected of coordinating Nord Stream pipeline sabotage",
        (
            "Italian police have arrested a Ukrainian man suspected of coordinating the 2022 "
            "explosions that ruptured the Nord Stream gas pipelines under the Baltic Sea, German "
            "federal prosecutors said on Thursday. The man was detained overnight near Rimini, "
            "where he was on holiday with his family, on a European arrest warrant. Prosecutors "
            "accuse him of being one of a group of people who sailed from Rostock on a rented "
            "yacht in September 2022 and placed explosive charges on the pipelines near the "
            "Danish island of Bornholm. They charged him with causing an explosion, "
            "anti-constitutional sabotage and destruction of structures. The blasts damaged "
            "three of the four strands of Nord Stream 1 and 2, which were built to carry Russian "
            "gas to Germany but were not delivering gas at the time. Sweden and Denmark closed "
            "their own investigations without naming suspects. Ukraine has denied any "
            "involvement. Lawyers for the suspect said he would contest his extradition."
        ),
        "crime",
    ),
]
