"""dev35 negatives: politics, migration policy, economy, health, culture and other news. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Mexican senate battle over judicial overhaul heads to final vote",
        "Mexico's ruling party and the opposition traded attacks in the senate over a constitutional overhaul of the judiciary, with the opposition vowing to fight it in the courts. A final vote is expected on Tuesday.",
        "politics",
    ),
    (
        "Nigerian governors wage war on tax reform bills",
        "Northern governors in Nigeria declared war on the federal government's tax reform bills, saying the plan to share value-added tax by consumption would starve their states of revenue. The National Assembly postponed the debate.",
        "politics",
    ),
    (
        "Kenya's treasury chief declares war on tax cheats",
        "Kenya's treasury secretary said the government would go on the offensive against tax evasion, targeting landlords and online traders who do not declare their income. He told lawmakers the aim was to raise revenue without new taxes.",
        "politics",
    ),
    (
        "Pakistan sets deadline for undocumented Afghans to leave",
        "Pakistan's interior ministry set a deadline of the end of the month for undocumented Afghans to leave the country, after which they will be deported. Rights groups said many of them had lived in Pakistan for decades.",
        "politics",
    ),
    (
        "Chile sends troops to help police northern border against irregular crossings",
        "Chile's government ordered soldiers to help police guard the border with Peru and Bolivia against irregular crossings, and said migrants without papers would be expelled. Officials said the troops would have powers to check identity documents.",
        "politics",
    ),
    (
        "Moldova blames Russia-linked hackers for attack on election website",
        "Moldova's government said a group of hackers linked to Russia had attacked the website of the central election commission, taking it offline for several hours on the eve of the vote. Moscow denied the accusation.",
        "politics",
    ),
    (
        "Georgia's parliament passes foreign agents law",
        "Georgia's parliament passed a law requiring organisations that receive more than a fifth of their funding from abroad to register as foreign agents, despite criticism from the European Union. The president said she would veto it.",
        "politics",
    ),
    (
        "Thai prime minister survives no-confidence vote",
        "Thailand's prime minister survived a no-confidence vote in parliament on Saturday after coalition partners stayed loyal, despite opposition attacks over the handling of the economy and a border dispute with Cambodia.",
        "politics",
    ),
    (
        "Colombia's Petro reshuffles cabinet for third time this year",
        "Colombian President Gustavo Petro replaced his finance and interior ministers in a cabinet reshuffle, the third this year, as he battles to pass a labour reform before the end of his term.",
        "politics",
    ),
    (
        "EU and Jordan sign migration partnership",
        "The European Union and Jordan signed a partnership worth several hundred million euros to support Syrian refugees in Jordan and strengthen border management, the European Commission said.",
        "politics",
    ),
    (
        "Sri Lanka's new president dissolves parliament, calls snap election",
        "Sri Lanka's new president dissolved parliament and called a snap general election for November, seeking a majority to push through anti-corruption measures. He was sworn in last week after winning the presidential vote.",
        "other",
    ),
    (
        "Armenia's opposition bloc picks candidate for prime minister",
        "Armenia's main opposition bloc named a former foreign minister as its candidate for prime minister ahead of next year's parliamentary election, promising to reopen negotiations with Azerbaijan on a firmer footing.",
        "politics",
    ),
    (
        "Price war erupts among Nigerian mobile operators",
        "Nigeria's biggest mobile operators slashed data prices in a price war after the regulator approved new tariffs, and analysts said margins would come under pressure.",
        "economy",
    ),
    (
        "Argentina's monthly inflation falls to lowest in four years",
        "Argentina's consumer prices rose 1.9% in October, the slowest monthly pace in four years, the statistics agency said, as the government kept up its battle against inflation with spending cuts.",
        "economy",
    ),
    (
        "Ukraine's grain exports via Danube ports rise",
        "Ukraine exported 3.1 million tonnes of grain through its Danube ports last month, up a fifth from a year earlier, the agriculture ministry said, as shipping insurance costs fell.",
        "economy",
    ),
    (
        "Suez Canal revenue falls as ships avoid Red Sea",
        "Egypt's Suez Canal revenue fell by more than half in the fiscal year, the canal authority said, as shipping lines kept diverting vessels around the Cape of Good Hope after attacks by Yemen's Houthis since late 2023.",
        "economy",
    ),
    (
        "Ghana's cedi slides against dollar as import demand rises",
        "Ghana's cedi fell 3% against the dollar this week as importers stocked up before the holiday season, traders in Accra said. The central bank said it would intervene to defend the currency.",
        "economy",
    ),
    (
        "Vietnam's exports hold up despite trade war fears",
        "Vietnam's exports rose 12% in the first ten months of the year, the statistics office said, as electronics makers shifted production from China to avoid the trade war between Washington and Beijing.",
        "economy",
    ),
    (
        "Indian smartphone makers' price war squeezes margins",
        "India's smartphone market has become a battlefield for Chinese and local brands, with prices of entry-level phones cut by up to a quarter in six months, an industry report said.",
        "economy",
    ),
    (
        "Russian rouble weakens after central bank cuts rate",
        "The rouble fell to its weakest level in three months after Russia's central bank cut its key interest rate by one percentage point, citing slowing inflation. Military spending has kept the budget deficit high.",
        "economy",
    ),
    (
        "Turkey's central bank holds rates, lira steady",
        "Turkey's central bank left its main interest rate unchanged at 46%, saying it would keep monetary policy tight until inflation fell further. The lira was little changed.",
        "economy",
    ),
    (
        "Nigeria records rise in Lassa fever cases",
        "Nigeria's Centre for Disease Control reported 52 new cases of Lassa fever in a week, most in Ondo, Edo and Bauchi states, and urged people to keep food stores free of rats.",
        "health",
    ),
    (
        "Dengue cases break record in Bangladesh",
        "Bangladesh recorded more than 1,200 dengue hospitalisations in a single day, a record, and hospitals in Dhaka put extra beds in corridors, the health directorate said.",
        "health",
    ),
    (
        "Uganda declares end of Ebola outbreak",
        "Uganda declared its Ebola outbreak over after 42 days without a new case, the health ministry said, thanking health workers and the WHO for contact tracing and a trial vaccine.",
        "health",
    ),
    (
        "Brazil begins dengue vaccination for children in 500 cities",
        "Brazil began vaccinating children aged 10 to 14 against dengue in 500 cities with the highest number of cases, the health ministry said.",
        "health",
    ),
    (
        "Kerala confirms Nipah virus case, contacts quarantined",
        "Health officials in India's Kerala state confirmed a case of Nipah virus in a 24-year-old man from Malappuram and placed 150 of his contacts under observation.",
        "health",
    ),
    (
        "Ukrainian film about siege of Mariupol wins festival prize",
        "A Ukrainian feature film about a family trapped during the siege of Mariupol won the top prize at the Tallinn Black Nights festival. The director said the actors included people who had lived through the siege.",
        "entertainment",
    ),
    (
        "Colombian streaming series revisits Medellín cartel wars",
        "A new Colombian series about the cartel wars of the 1980s and 1990s became the most-watched show on a streaming platform in Latin America in its first week, though some victims' groups criticised it for glamorising drug lords.",
        "entertainment",
    ),
    (
        "Indian war film breaks box office records",
        "A Hindi war drama about the 1971 battle of Longewala earned more than 3 billion rupees in its first ten days, making it the year's biggest hit, trade analysts said.",
        "entertainment",
    ),
    (
        "Novel about Lebanon's civil war wins Arabic fiction prize",
        "A novel set in Beirut during the civil war of the 1970s and 1980s won the International Prize for Arabic Fiction, with judges praising its portrayal of a family divided by the front line.",
        "entertainment",
    ),
    (
        "India's space agency launches Earth observation satellite",
        "India's space agency launched an Earth observation satellite from Sriharikota on Monday that will monitor crops, forests and floods, the agency said.",
        "other",
    ),
    (
        "Chile signs lithium deal with Chinese battery maker",
        "Chile's state copper company signed an agreement with a Chinese battery maker to build a lithium refinery in the Antofagasta region, the mining ministry said.",
        "other",
    ),
    (
        "Kenya's elephant population grows, census finds",
        "Kenya's elephant population has risen to more than 36,000, a national wildlife census found, thanks to a sharp fall in poaching over the past decade.",
        "other",
    ),
    (
        "Amazon deforestation falls for second year in Brazil",
        "Deforestation in Brazil's Amazon fell 30% in the 12 months to July, the space research institute said, the lowest level since 2015.",
        "other",
    ),
    (
        "Former Syrian refugee's bakery becomes Amman landmark",
        "A baker who fled Aleppo as a teenager has turned a small shop in Amman's Jabal al-Weibdeh district into one of the city's most popular bakeries, with queues forming before dawn. He now employs 20 people, half of them Jordanians.",
        "other",
    ),
    (
        "Ethiopian Airlines adds flights to Lagos and Accra",
        "Ethiopian Airlines will add daily flights from Addis Ababa to Lagos and Accra from January, the carrier said, as demand for travel within Africa grows.",
        "other",
    ),
    (
        "Peru moves Machu Picchu ticket sales online after protests by guides",
        "Peru's culture ministry said all tickets for Machu Picchu would be sold online from next month, after complaints about queues and resale. Tour guides had staged a strike over the previous system.",
        "other",
    ),
    (
        "Georgian wine exports reach record",
        "Georgia exported a record 110 million bottles of wine this year, the national wine agency said, with China and Poland among the fastest-growing markets.",
        "other",
    ),
]
