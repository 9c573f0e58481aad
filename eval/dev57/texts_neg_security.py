"""dev57 negatives: the security desk of state media without armed conflict: anti-narcotics
seizures and campaigns, anti-corruption arrests and trials, police operations against ordinary
crime, treason and espionage cases, a counter-terrorism arrest with no violence, cyber attacks,
sanctions and counter-sanctions; kinds hard_negative_crime, hard_negative_politics and
hard_negative_economy.
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "NDLEA intercepts 5.2 million tramadol pills at Apapa port",
        "Operatives of the National Drug Law Enforcement Agency intercepted two containers holding "
        "5.2 million pills of tramadol 225mg and codeine syrup at the Apapa seaport in Lagos "
        "during a joint examination with customs and other security agencies, the agency's "
        "spokesman said. The consignment, shipped from India, was declared as household items, he "
        "said, and two clearing agents had been arrested. The Chairman of the agency commended the "
        "officers and urged them to sustain the war against drug cartels.",
        "crime",
    ),
    (
        "NCB seizes 700 kg of methamphetamine off Gujarat coast in 'Sagar Manthan'",
        "The Narcotics Control Bureau, with the Navy and the Gujarat Anti-Terrorism Squad, seized "
        "about 700 kg of methamphetamine from a boat off the Gujarat coast under Operation Sagar "
        "Manthan and arrested eight Iranian nationals, officials said. The Union Home Minister "
        "congratulated the agencies and said the government was committed to its vision of a "
        "drug-free India, adding that the battle against drugs would be fought with zero "
        "tolerance. The boat carried no identification and its automatic tracking system was "
        "switched off.",
        "crime",
    ),
    (
        "Anti-narcotics police seize 1.5 tonnes of opium in Sistan and Baluchestan",
        "Anti-narcotics police of Sistan and Baluchestan province seized 1.5 tonnes of opium "
        "hidden in a truck carrying watermelons on the Zahedan-Bam road, the provincial police "
        "chief told IRNA. The driver and an accomplice were arrested, he said, adding that police "
        "in the province had seized more than 60 tonnes of drugs since the start of the Iranian "
        "year. Iran is on the main trafficking route for opiates from Afghanistan to Europe.",
        "crime",
    ),
    (
        "Death sentence carried out on drug smuggler in Tabuk, Interior Ministry says",
        "The death sentence was carried out on Saturday in the Tabuk region on a Jordanian "
        "national convicted of smuggling amphetamine pills into the Kingdom, the Ministry of "
        "Interior said in a statement carried by the Saudi Press Agency. The ministry said the "
        "government was keen to combat drugs of all kinds because of the great harm they cause to "
        "individuals and society, and warned that the legal punishment would be applied to anyone "
        "who commits such crimes.",
        "crime",
    ),
    (
        "Suspect killed after firing at PDEA agents in Pasig buy-bust",
        "A suspected drug pusher was killed after he allegedly opened fire on agents of the "
        "Philippine Drug Enforcement Agency during a buy-bust operation in Barangay Pinagbuhatan, "
        "Pasig City, on Wednesday night, the agency said. The suspect drew a pistol when he "
        "noticed the agents and was shot in the exchange of fire, the PDEA regional director said. "
        "Agents recovered 50 grams of shabu worth 340,000 pesos and a .38 calibre revolver, and "
        "his companion was arrested. The agency said the suspect had been on its watch list for "
        "two years.",
        "crime",
    ),
    (
        "Navy seizes semi-submersible with 3.5 tonnes of cocaine off Narino",
        "The Colombian Navy seized a semi-submersible carrying about 3.5 tonnes of cocaine "
        "hydrochloride in the waters of the Pacific off Tumaco, Narino, and detained its three "
        "crew members, the Navy said. The vessel was detected by a maritime patrol aircraft about "
        "120 nautical miles from the coast, the statement said, and the cargo would have earned "
        "criminal organisations more than 100 million dollars. The navy has seized 24 such vessels "
        "so far this year.",
        "crime",
    ),
    (
        "Navy dismantles synthetic drug laboratory in the mountains of Sinaloa",
        "Personnel of the Secretariat of the Navy dismantled a clandestine laboratory for the "
        "production of synthetic drugs in the municipality of Cosala, Sinaloa, seizing 1,200 "
        "litres of chemical precursors, reactors and condensers, the secretariat said. No arrests "
        "were made because the site was abandoned when the marines arrived, it said. The material "
        "was handed over to the federal Attorney General's Office, and the laboratory was "
        "destroyed.",
        "crime",
    ),
    (
        "Former defence minister expelled from the Party over serious violations of discipline",
        "The Political Bureau of the CPC Central Committee decided to expel a former defence "
        "minister from the Party after an investigation found that he had accepted huge sums of "
        "money and property and sought benefits for others in personnel arrangements, Xinhua "
        "reported. His case has been transferred to the military procuratorate for review and "
        "prosecution. The investigation is part of the campaign to fight both tigers and flies and "
        "to build a clean military.",
        "crime",
    ),
    (
        "Death sentence for Van Thinh Phat chairwoman in fraud case",
        "The People's Court of Ho Chi Minh City sentenced the chairwoman of Van Thinh Phat Group "
        "to death for embezzlement in the largest financial fraud case in Viet Nam's history, the "
        "Vietnam News Agency reported. The court found that she had controlled Saigon Commercial "
        "Bank and siphoned off loans worth about 12.5 billion dollars. The trial is part of the "
        "Party's 'blazing furnace' campaign against corruption, under which more than 80 other "
        "defendants were convicted.",
        "crime",
    ),
    (
        "EFCC arraigns former governor on 80-count money laundering charge",
        "The Economic and Financial Crimes Commission arraigned a former state governor before the "
        "Federal High Court in Abuja on an 80-count charge of money laundering involving 80.2 "
        "billion naira, the commission's spokesman said. The former governor pleaded not guilty "
        "and was remanded in the custody of the commission pending the hearing of his bail "
        "application. The EFCC said the funds had been diverted from the state treasury through a "
        "bureau de change.",
        "crime",
    ),
    (
        "FSB detains Yekaterinburg resident on treason charge over donations",
        "The Federal Security Service detained a resident of Yekaterinburg on suspicion of high "
        "treason for transferring money to a Ukrainian organisation that buys equipment for the "
        "Armed Forces of Ukraine, the FSB's regional department said. A criminal case has been "
        "opened, the department said, and the suspect faces up to life imprisonment. A video "
        "released by the FSB showed the woman being led from her flat by officers in masks.",
        "crime",
    ),
    (
        "MSS says it has cracked case of military industry engineer spying for foreign agency",
        "The Ministry of State Security said it had cracked an espionage case involving an "
        "engineer at a military industry research institute who had been recruited by a foreign "
        "intelligence agency and passed on classified material in exchange for money, Xinhua "
        "reported. The engineer was sentenced to death by a court, the ministry said on its "
        "official WeChat account, urging the public to report suspicious activity on the hotline "
        "12339.",
        "crime",
    ),
    (
        "CTD arrests three terrorists with explosives in Lahore, foils plot",
        "The Counter-Terrorism Department of Punjab arrested three terrorists of a banned outfit "
        "in an intelligence-based operation in Lahore and recovered explosives, detonators, a hand "
        "grenade and safety fuse, a CTD spokesperson said. The suspects were planning to target "
        "sensitive installations during Muharram, the spokesperson said, and they were taken into "
        "custody without resistance. Cases were registered under the Anti-Terrorism Act.",
        "crime",
    ),
    (
        "Police cripple 'Geng Mamat' robbery gang with arrest of 11 suspects",
        "Police have crippled a robbery gang known as Geng Mamat with the arrest of 11 men, "
        "including its leader, in a series of raids in Selangor and Kuala Lumpur, the state police "
        "chief said, Bernama reported. The gang was believed to be involved in 27 armed robberies "
        "of convenience stores and petrol stations since January, using parangs and replica "
        "pistols, he said. Police seized two cars, cash and the weapons used in the robberies. No "
        "shots were fired during the raids, he said.",
        "crime",
    ),
    (
        "42 detained in operation against Daltonlar organised crime group",
        "Police detained 42 suspects in simultaneous dawn raids in Istanbul and five other "
        "provinces against the Daltonlar organised crime group, which is accused of extortion and "
        "of ordering shootings at businesses, Anadolu Agency reported. Firearms, ammunition and "
        "cash were seized, the Istanbul Chief Public Prosecutor's Office said. The group's leader "
        "is wanted on a red notice and is believed to be abroad.",
        "crime",
    ),
    (
        "Iran says it thwarted cyber attack on fuel distribution system",
        "A cyber attack on the smart fuel card system disrupted sales at petrol stations across "
        "the country on Monday, the spokesman of the Supreme National Security Council said, "
        "adding that the attack had been thwarted and that the system would return to normal "
        "within hours. The head of the Passive Defence Organisation said it was too early to "
        "identify the perpetrators, but the method resembled earlier attacks by a hostile state. "
        "Long queues formed at stations in Tehran.",
        "politics",
    ),
    (
        "China accuses US NSA of cyber attacks on Northwestern Polytechnical University",
        "The National Computer Virus Emergency Response Centre said the Office of Tailored Access "
        "Operations of the US National Security Agency had launched tens of thousands of malicious "
        "cyber attacks on Northwestern Polytechnical University, stealing core technical data, "
        "Xinhua reported. A Foreign Ministry spokesperson said China urged the United States to "
        "explain itself and to stop its unlawful conduct immediately.",
        "politics",
    ),
    (
        "Russia bars entry to 23 British officials in response to London's sanctions",
        "Russia has banned entry to 23 British citizens, among them members of parliament, "
        "military officials and journalists, in response to London's sanctions policy, the "
        "Ministry of Foreign Affairs said in a statement. The decision was taken in connection "
        "with the hostile actions of the British government aimed at isolating Russia, the "
        "ministry said, adding that the list would be expanded.",
        "politics",
    ),
    (
        "China imposes countermeasures on US defence firms over Taiwan arms sales",
        "China has decided to take countermeasures against ten US defence firms and four of their "
        "senior executives over the latest arms sales to China's Taiwan region, a Ministry of "
        "Foreign Affairs spokesperson announced. Their assets in China will be frozen, and they "
        "are barred from transactions with Chinese organisations and individuals, the spokesperson "
        "said. Arms sales to Taiwan seriously violate the one-China principle, the spokesperson "
        "said.",
        "politics",
    ),
    (
        "Central Bank governor: economy adapted to 16,000 sanctions and grows on",
        "The economy has adapted to more than 16,000 sanctions imposed by unfriendly countries, "
        "and GDP will grow by about 3.5 percent this year, the Governor of the Central Bank told "
        "the State Duma, TASS reported. Businesses have rebuilt their logistics and payment chains "
        "towards friendly countries, she said, but the labour shortage and high inflation remained "
        "the main constraints on growth. The key rate was kept at 16 percent.",
        "economy",
    ),
]
