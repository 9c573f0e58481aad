"""Negatives, part A: the politics, economy and corruption desks, with their war words used
loosely (title, text, kind code)."""

NEGATIVES = [
    (
        "Battle for the budget: Rada passes 2026 budget in first reading after all-night "
        "fight over teachers' pay",
        "The Verkhovna Rada adopted the draft state budget for 2026 in the first reading on "
        "Thursday, with 257 votes in favour. The vote followed a battle in the budget "
        "committee that lasted until four in the morning, Ukrainska Pravda reports. "
        "Opposition factions attacked the government over teachers' salaries, which the draft "
        "raises by only 10%, and tabled more than 1,900 amendments. 'This is not a budget, it "
        "is a declaration of surrender to the Finance Ministry,' one deputy from "
        "Batkivshchyna said from the rostrum. Finance Minister Serhii Marchenko defended the "
        "document, saying that almost all domestic revenues would go to defence and security. "
        "Social spending will be financed mainly through international aid, including the "
        "EU's Ukraine Facility. The committee now has two weeks to process the amendments "
        "before the second reading. Speaker Ruslan Stefanchuk said he expected the final vote "
        "by the end of November.",
        "politics",
    ),
    (
        "EU accession: Ukraine submits roadmaps on the rule of law and public administration",
        "Ukraine has submitted to the European Commission three roadmaps needed to open the "
        "first cluster of accession negotiations, Deputy Prime Minister for European "
        "Integration Taras Kachka said. They cover the rule of law, the functioning of "
        "democratic institutions and public administration reform, Ukrinform reports. The "
        "documents were prepared with the participation of more than 200 experts and civil "
        "society groups. According to Kachka, the government hopes that the first cluster can "
        "be formally opened at an intergovernmental conference before the end of the Polish "
        "presidency. Hungary continues to block the decision, citing the rights of its "
        "minority in Zakarpattia. The European Commission's enlargement report praised "
        "Ukraine's progress on anti-corruption institutions, but called for a stronger reform "
        "of the Constitutional Court. 'We are ready to run a marathon at the speed of a "
        "sprint,' Kachka said.",
        "politics",
    ),
    (
        "Mobilisation bill: committee reviews 4,000 amendments, demobilisation clause dropped",
        "The Verkhovna Rada's National Security Committee has finished reviewing more than "
        "4,000 amendments to the government's mobilisation bill, committee head Oleksandr "
        "Zavitnevych said. The most heated dispute concerned the demobilisation of soldiers "
        "who have served for 36 months, which the committee removed from the bill at the "
        "request of the Commander-in-Chief. Several deputies said the decision would "
        "undermine trust in the state. The bill also introduces electronic military "
        "registration, requires men aged 18 to 60 to carry their registration documents, and "
        "restricts consular services for men abroad who have not updated their data. Human "
        "rights ombudsman Dmytro Lubinets warned that some of the provisions may violate the "
        "Constitution. The bill could be put to the vote next week, Zavitnevych told the Kyiv "
        "Independent. The debate has dragged on since December, when the first version was "
        "withdrawn.",
        "politics",
    ),
    (
        "War of words between Klitschko and Presidential Office heats up over Kyiv's shelters",
        "The conflict between Kyiv Mayor Vitali Klitschko and the Office of the President has "
        "flared up again, this time over inspections of the capital's bomb shelters. "
        "Klitschko accused the head of the Kyiv City Military Administration of 'a political "
        "attack' and said the city was being used as a testing ground for the government's "
        "campaign against him. The Presidential Office replied that responsibility for the "
        "shelters lies with the municipal services and that the mayor should stop 'firing in "
        "all directions'. According to the inspection, 77 shelters in the capital were locked "
        "or unusable. Kyiv City Council deputies from several factions called for a special "
        "session to discuss the findings. Political analyst Volodymyr Fesenko told NV that "
        "the feud has lasted since 2019 and is unlikely to end before the next elections.",
        "politics",
    ),
    (
        "Rada allows multiple citizenship for foreigners who defend Ukraine and for the diaspora",
        "The Verkhovna Rada has adopted a law allowing multiple citizenship, which was "
        "submitted by President Volodymyr Zelensky, Suspilne reports. The law lets Ukrainians "
        "hold the citizenship of countries that do not threaten Ukraine's sovereignty, and "
        "foreigners who served in the Ukrainian army can obtain Ukrainian citizenship in a "
        "simplified procedure. It passed with 243 votes. Citizens of Russia cannot benefit "
        "from the new rules. Applicants will have to pass an exam on the Constitution, the "
        "history of Ukraine and the Ukrainian language. The Foreign Ministry says the law "
        "will help millions of Ukrainians abroad keep their ties with the country. Critics in "
        "parliament warned that it could create loopholes for people evading military "
        "service. The law enters into force six months after its publication.",
        "politics",
    ),
    (
        "Government reshuffle: Rada appoints Svyrydenko as Prime Minister",
        "The Verkhovna Rada has appointed Yuliia Svyrydenko as Prime Minister of Ukraine, "
        "with 262 deputies voting in favour. She replaces Denys Shmyhal, who was moved to "
        "head the Ministry of Defence. In her speech to parliament, Svyrydenko promised to "
        "focus on domestic arms production, deregulation and support for small business "
        "within the first six months. Several ministries will be merged, reducing the number "
        "of ministers, Ukrainska Pravda writes. The opposition criticised the reshuffle as a "
        "'game of musical chairs' and said the same team was staying in power. European "
        "Solidarity voted against. The new cabinet must present its action programme within a "
        "month. Svyrydenko, 39, previously served as first deputy prime minister and minister "
        "of economy. Ukrainska Pravda reported that the reshuffle had been discussed for "
        "months.",
        "politics",
    ),
    (
        "NSDC sanctions against former officials spark fight in parliament",
        "The decision of the National Security and Defence Council to impose sanctions on a "
        "group of former high-ranking officials has split the Verkhovna Rada. The sanctions "
        "freeze their assets and ban them from taking part in privatisation for ten years. "
        "Opposition deputies called the move 'a political execution without a court' and "
        "blocked the rostrum for about an hour on Wednesday. The Presidential Office said the "
        "decision was based on materials from the Security Service about threats to national "
        "security. Lawyers quoted by the Kyiv Independent note that the NSDC sanctions "
        "procedure does not require a court verdict and can be challenged only at the Supreme "
        "Court. The US and EU embassies called for respect for due process. The sanctioned "
        "officials deny any wrongdoing. The opposition has promised to challenge the decision "
        "in court.",
        "politics",
    ),
    (
        "Electricity tariff for households to stay at UAH 4.32 until spring",
        "The Cabinet of Ministers has decided to keep the electricity price for households at "
        "UAH 4.32 per kilowatt-hour until April 30, Ukrinform reports. Economy Minister "
        "Oleksii Sobolev said the government considered it impossible to raise the tariff "
        "during the heating season. Energy companies have long argued that the fixed price "
        "does not cover the cost of production and transmission. According to Ukrenergo, the "
        "gap between the market price and the household tariff is financed by the state "
        "companies Energoatom and Ukrhydroenergo. The IMF has urged Ukraine to move gradually "
        "to market prices, while protecting vulnerable households with subsidies. Experts at "
        "the DiXi Group estimate that a cost-reflective tariff would be at least UAH 7 per "
        "kWh. The gas price for households also stays frozen until the end of the heating "
        "season.",
        "economy",
    ),
    (
        "Outage schedules cost the economy: businesses spent $1.4bn on generators",
        "Ukrainian businesses have spent about $1.4 billion on generators, batteries and "
        "solar panels since the start of the energy crisis, according to estimates by the "
        "European Business Association. The National Bank of Ukraine said in its inflation "
        "report that outage schedules had cut GDP growth by 0.8 percentage points this year. "
        "Small shops and cafes were hit hardest, as many could not afford to keep diesel "
        "generators running for several hours a day. Imports of generating equipment reached "
        "record levels in October, the State Customs Service reported. The government has "
        "introduced tax breaks for companies that install their own generation. DTEK warned "
        "that the deficit in the system may reach 2 GW during cold spells. 'Energy "
        "independence has become a matter of survival for business,' an economist at the Kyiv "
        "School of Economics told Forbes Ukraine.",
        "economy",
    ),
    (
        "Price war among supermarkets: ATB and Silpo cut prices on 1,500 goods",
        "A price war has broken out among Ukraine's largest supermarket chains. ATB announced "
        "that it would cut prices on 1,500 everyday goods, and Silpo responded within a day "
        "with discounts on dairy, bread and vegetables, NV Business writes. Analysts say the "
        "chains are fighting for customers whose incomes have fallen. Novus and Varus are "
        "expected to join the offensive in the coming weeks. The Antimonopoly Committee said "
        "it was watching the market but saw no signs of collusion. Suppliers complain that "
        "they are bearing the cost of the discounts. According to the State Statistics "
        "Service, food prices rose by 12.6% year on year in September. 'Buyers are the only "
        "winners in this battle,' a retail consultant said. ATB operates more than 1,200 "
        "stores across the country.",
        "economy",
    ),
    (
        "NBU keeps key rate at 15.5%, warns of inflation risks",
        "The National Bank of Ukraine has kept its key policy rate at 15.5%, Governor Andrii "
        "Pyshnyi announced at a press conference on Thursday. Inflation slowed to 11.9% in "
        "October, but the NBU warned that the labour shortage and the growing budget deficit "
        "remain serious risks. According to the regulator's forecast, inflation will return "
        "to the 5% target only in 2027. The hryvnia has been relatively stable this autumn "
        "thanks to international aid, which keeps reserves at about $46 billion. Pyshnyi said "
        "the NBU would continue to ease currency restrictions step by step. Bankers quoted by "
        "Ekonomichna Pravda expect the rate to start falling in the spring. The next meeting "
        "of the board on monetary policy is scheduled for December 11. Most analysts had "
        "expected the decision.",
        "economy",
    ),
    (
        "Record grain exports through Ukraine's sea ports in October",
        "Ukraine exported 5.8 million tonnes of grain and oilseeds through its sea ports in "
        "October, the highest figure since the full-scale invasion began, the Ukrainian Grain "
        "Association said. Most of the cargo went through the ports of Greater Odesa, "
        "including Pivdennyi and Chornomorsk. The main buyers were Egypt, Spain, China and "
        "Turkey. The Ministry of Agrarian Policy said freight and insurance rates for ships "
        "going to Ukrainian ports had fallen by almost a third over the year. Farmers, "
        "however, complain that low purchase prices make the harvest barely profitable. "
        "Ukrinform writes that about 2,800 vessels have used the Ukrainian corridor since it "
        "was opened. The association expects exports of about 40 million tonnes in the "
        "current marketing year. Corn accounted for more than half of the exports.",
        "economy",
    ),
    (
        "Ukrzaliznytsia raises fares on Intercity trains, passengers fight for cheap tickets",
        "Ukrzaliznytsia will raise fares on Intercity+ trains by an average of 15% from "
        "December 1, the company's board chairman, Oleksandr Pertsovskyi, said. The increase "
        "will not affect night trains and suburban services. According to him, the money is "
        "needed to repair rolling stock and to pay higher salaries to drivers and conductors. "
        "Passengers already complain that tickets to Lviv, Uzhhorod and the Polish border "
        "sell out within minutes, and the railway has introduced a queue system in its app to "
        "fight bots. Pertsovskyi said the company carried 19 million passengers on "
        "long-distance routes this year. Consumer groups called the increase unjustified. The "
        "company has also introduced dynamic pricing on some routes, meaning tickets become "
        "more expensive as the train fills up. Pertsovskyi promised to add more carriages to "
        "the most popular trains in the summer.",
        "economy",
    ),
    (
        "NABU raids Energoatom: $100m kickback scheme exposed",
        "The National Anti-Corruption Bureau and the Specialised Anti-Corruption Prosecutor's "
        "Office have exposed a scheme to collect kickbacks from Energoatom's contractors, "
        "NABU announced on Monday. According to the investigators, a group of people close to "
        "the company's management demanded 10-15% of the value of contracts from suppliers "
        "for the construction of protective structures at energy facilities. The scheme "
        "allegedly laundered about $100 million through an office in the centre of Kyiv. NABU "
        "carried out more than 70 searches, and five people have been detained. The "
        "investigation, code-named Midas, lasted 15 months and involved more than 1,000 hours "
        "of audio recordings. Energoatom said it was cooperating with the investigators. The "
        "Justice Minister was suspended from his duties pending the investigation, Ukrainska "
        "Pravda reports.",
        "crime",
    ),
    (
        "Defence procurement: suspicion for officials who bought 100,000 mortar shells that "
        "never arrived",
        "The Security Service of Ukraine has served notices of suspicion to five former "
        "officials of the Ministry of Defence and the heads of the Lviv Arsenal company. "
        "According to the investigation, in 2022 the ministry paid almost UAH 1.5 billion in "
        "advance for 100,000 mortar shells, but the shells were never delivered. Part of the "
        "money was transferred abroad, the SBU says. The suspects face up to 12 years in "
        "prison for embezzlement on a particularly large scale. Court orders have been "
        "obtained to seize their property. The Ministry of Defence said it had changed its "
        "procurement procedures since then and now works through the Defence Procurement "
        "Agency. The case was first reported by journalists of Ukrainska Pravda. The defence "
        "ministry has since filed a lawsuit to recover the money.",
        "crime",
    ),
    (
        "Border guards expose scheme to smuggle men across the Tisa for $10,000",
        "The State Border Guard Service has exposed a scheme to smuggle men of military age "
        "across the Tisa River into Romania, its spokesperson Andrii Demchenko said. The "
        "organisers charged each client between $8,000 and $10,000 and guided them through "
        "the mountains at night. Four organisers have been detained in Zakarpattia Oblast, "
        "among them a former policeman. Since the beginning of the year border guards have "
        "recovered the bodies of six men who drowned while trying to swim across the river. "
        "'The river does not forgive mistakes, especially in the flood season,' Demchenko "
        "said. The detainees face up to nine years in prison. A court has remanded them in "
        "custody without bail. Since the start of the year, border guards have detained about "
        "11,000 men trying to cross the border illegally, the service says.",
        "crime",
    ),
    (
        "Obolon: man shoots at neighbours after quarrel over parking, police detain him",
        "Police in Kyiv have detained a 46-year-old man who opened fire at his neighbours in "
        "the Obolonskyi district after a quarrel over a parking space. One man was wounded in "
        "the leg and taken to hospital, the capital's police reported. According to the "
        "investigation, the suspect used an unregistered hunting rifle. Officers of the rapid "
        "response unit arrived within minutes and detained him in his flat. He has been "
        "charged with attempted murder and illegal possession of weapons. Neighbours told "
        "Suspilne that the man had long been in conflict with other residents. The police say "
        "he had no previous convictions. According to the National Police, the number of "
        "crimes involving firearms in Kyiv has grown this year. Officers say many weapons are "
        "bought illegally. The man faces up to 15 years in prison.",
        "crime",
    ),
    (
        "Cyber police shut down call centres that robbed pensioners in 'bank security' scam",
        "The cyber police of Ukraine have shut down a network of call centres in Dnipro and "
        "Kyiv that posed as bank security services to rob elderly people. According to the "
        "investigation, operators persuaded victims to transfer their savings to 'safe "
        "accounts'. The damage exceeds UAH 30 million, and more than 400 victims have been "
        "identified so far. Police carried out 27 searches and seized computers, phones and "
        "cash. Eleven people have been served notices of suspicion of fraud. The National "
        "Bank reminded citizens that bank employees never ask for card details by phone. The "
        "suspects face up to 12 years in prison. Investigators say the call centres employed "
        "about 60 operators who worked in shifts around the clock. Some of the victims lost "
        "all their savings, including money for medical treatment. The police advise "
        "relatives to talk to elderly people about such scams.",
        "crime",
    ),
]
