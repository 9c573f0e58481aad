"""dev107 negatives (1): the economy, politics and crime desks and a protest."""

# (title, text, kind code)
NEGATIVES = [
    (
        "National Bank of Ukraine cuts key rate to 15% as inflation slows to two-year low",
        "The National Bank of Ukraine lowered its key policy rate by one percentage point to "
        "15% on Thursday, its fifth cut since July, citing a faster than expected slowdown in "
        "inflation. Consumer prices rose 5.1% year on year in November, down from a peak of "
        "26.6% in late 2022, helped by a good harvest and stable supply of electricity in the "
        "autumn, the central bank said. Governor Andriy Pyshnyi told a press conference that "
        "the bank expected to keep the rate at 15% at least until the second quarter of next "
        "year, but warned that risks remained 'significant'. The main risks, according to the "
        "NBU, are delays in international financing for the wartime budget, a renewed deficit "
        "of electricity in winter and a rise in the need for spending on defence. Ukraine's "
        "budget for next year relies on about $37 billion in external financing, most of it "
        "still to be agreed with the European Union and the United States. The hryvnia has "
        "traded in a range of 36 to 38 per dollar since the bank moved to a managed float in "
        "October. Several banks said they would lower rates on hryvnia deposits within days. "
        "The next decision is due on January 25.",
        "economy",
    ),
    (
        "Chevron restarts Tamar gas field a month after wartime shutdown",
        "Chevron resumed production at the Tamar offshore gas field on Thursday, a month after "
        "the Energy Ministry ordered it shut on security grounds at the start of the war with "
        "Hamas, the company and Energy Minister Israel Katz said. The platform lies about 25 "
        "kilometres off the coast of Ashkelon, within range of rockets from the Gaza Strip, "
        "and its closure had cut Israel's gas exports to Egypt by about a fifth and forced the "
        "Israel Electric Corporation to burn more coal and diesel. 'The resumption of Tamar "
        "strengthens the Israeli economy and our energy security,' Katz said. Exports to "
        "Egypt, which liquefies part of the gas for sale to Europe, will gradually return to "
        "previous levels, Chevron said, though the company did not say when. The Bank of "
        "Israel estimates that the war has so far cost the economy about 2% of annual output, "
        "and the government's shekel bond issues have met strong demand.",
        "economy",
    ),
    (
        "Yemeni rial in Aden slides to record low as split between rival central banks deepens",
        "The Yemeni rial fell to a record 1,900 per dollar in Aden and other areas controlled "
        "by the internationally recognised government on Wednesday, money changers said, as a "
        "dispute between the country's two rival central banks escalated. The Central Bank in "
        "Aden has ordered six large banks to move their headquarters from Sana'a, which is "
        "controlled by the Houthis, within 60 days or lose their licences to use the SWIFT "
        "international transfer system. The Houthi-run central bank in Sana'a responded by "
        "banning dealings with 13 banks based in Aden. In Houthi-held areas, where old rial "
        "notes printed before 2016 are the only ones accepted, the currency has stayed at "
        "around 530 to the dollar, leaving Yemenis with two exchange rates and two sets of "
        "banknotes. Traders in Aden said prices of flour, sugar and cooking oil had risen by "
        "up to 20% in a month. The government has been unable to export crude oil since late "
        "2022, depriving it of its main source of hard currency. 'Salaries are not enough for "
        "a week,' said a teacher in Crater, whose monthly pay is now worth about $35. The UN "
        "envoy Hans Grundberg warned that the banking dispute risked undermining efforts to "
        "revive the peace process.",
        "economy",
    ),
    (
        "Ethiopia floats the birr, unlocking $3.4 billion IMF programme",
        "The National Bank of Ethiopia announced on Monday that it would let the birr's "
        "exchange rate be determined by the market, ending decades of tight control, and that "
        "banks would be free to trade foreign currency with customers at negotiated rates. The "
        "birr weakened by about 30% on the first day of trading, to around 74 per dollar, from "
        "an official rate of 57. Hours later, the International Monetary Fund approved a "
        "four-year $3.4 billion loan programme, and the World Bank said it would provide up to "
        "$1.5 billion in budget support. Governor Mamo Mihretu said the reform would bring the "
        "official rate closer to the parallel market, where the dollar has been selling for "
        "more than 110 birr, and ease shortages of foreign exchange that have left importers "
        "waiting months. The government raised fuel prices and said it would increase salaries "
        "of low-paid civil servants and expand a safety-net programme to cushion the impact. "
        "Ethiopia defaulted on a Eurobond coupon in December and is negotiating a "
        "restructuring with creditors. The economy has been weighed down by the cost of the "
        "two-year war in Tigray, which ended with the Pretoria agreement, and by drought. "
        "Traders at Addis Ababa's Merkato market said some importers had already raised prices "
        "by a quarter.",
        "economy",
    ),
    (
        "Ukraine's grain shipments through its own Black Sea corridor hit monthly record",
        "Ukraine exported 6.7 million tonnes of agricultural goods through the ports of Odesa, "
        "Chornomorsk and Pivdennyi in October, the most in a single month since the full-scale "
        "invasion, the Ukrainian Sea Ports Authority said on Friday. Most of the cargo was "
        "wheat, corn and sunflower oil bound for Spain, Egypt, Turkey and China. The shipments "
        "move through a corridor that runs along the coasts of Romania and Bulgaria, which "
        "Ukraine's navy set up after Russia withdrew from the UN-brokered Black Sea Grain "
        "Initiative in July last year. More than 2,000 vessels have used the corridor since it "
        "opened, according to the authority. Insurance costs for ships calling at Ukrainian "
        "ports have fallen since a state-backed scheme with Lloyd's of London insurers began "
        "covering war risks. Exports through Danube river ports and by rail through the "
        "European Union have fallen as a result. Agriculture Minister Vitaliy Koval said "
        "farmers had planted more winter wheat than a year ago despite lower prices. Grain "
        "traders said the corridor's capacity was now close to pre-war volumes.",
        "economy",
    ),
    (
        "Putin wins fifth term with record 87% as 'Noon Against Putin' queues form abroad",
        "Vladimir Putin won a fifth term as president with 87.28% of the vote, the Central "
        "Election Commission said on Monday, the highest share in post-Soviet Russia, on an "
        "official turnout of 77%. The three other candidates on the ballot, none of whom "
        "criticised the war in Ukraine, each got less than 5%. Vladislav Davankov of the New "
        "People party came second with 3.8%. Voting took place over three days for the first "
        "time, and also in the four Ukrainian regions Russia claims to have annexed. "
        "Independent observers from the Golos movement said the results were 'the least "
        "credible' in the country's history, citing pressure on state employees and the "
        "opacity of online voting. Online voting was available in 29 regions, and the "
        "commission said more than 4 million people had voted electronically. In the occupied "
        "regions of Ukraine, election officials went door to door with ballot boxes, sometimes "
        "accompanied by soldiers, according to Ukrainian officials and independent Russian "
        "media. At noon on Sunday, long queues formed outside polling stations in Moscow, St. "
        "Petersburg, Yekaterinburg and outside Russian embassies in Berlin, Tbilisi and "
        "Almaty, in response to a call by supporters of Alexei Navalny, who died in an Arctic "
        "prison last month. OVD-Info said about 80 people had been detained in Russia on "
        "election day, several of them for writing Navalny's name on their ballots. Putin told "
        "supporters in a late-night speech that the result showed that Russia was 'united'. "
        "Western governments called the vote neither free nor fair.",
        "politics",
    ),
    (
        "Parliament elects army chief Joseph Aoun as president, ending two-year vacancy",
        "Lebanon's parliament elected army commander General Joseph Aoun as president of the "
        "republic on Thursday, filling a post that had been vacant since October 2022 after 12 "
        "failed sessions. Aoun fell short of the required two-thirds majority in the first "
        "round, but won 99 of 128 votes in the second after Hezbollah and Amal lawmakers, who "
        "had cast blank ballots, backed him following a meeting with him in the afternoon. In "
        "his inaugural speech, Aoun promised that the state would have 'the monopoly on arms', "
        "pledged to rebuild what was destroyed by Israel and said he would work to get Israeli "
        "troops to withdraw from the south under the ceasefire agreement of November 27. The "
        "speech was interrupted several times by applause. Saudi Arabia, France and the United "
        "States had pressed for his election, which many lawmakers said would open the door to "
        "Gulf reconstruction funding. The Lebanese pound and Eurobonds rallied on the news. "
        "Aoun must now hold binding consultations with MPs to name a prime minister. He is the "
        "fifth army commander to become president of Lebanon.",
        "politics",
    ),
    (
        "Gustavo Petro, a former guerrilla, becomes Colombia's first leftist president",
        "Gustavo Petro won Colombia's presidential runoff on Sunday with 50.44% of the vote, "
        "defeating the businessman Rodolfo Hernández by about 700,000 votes and becoming the "
        "first leftist to govern the country, the National Civil Registry reported. Petro, 62, "
        "a former member of the M-19 guerrilla and a former mayor of Bogotá, will take office "
        "on August 7 with Francia Márquez, an environmental activist from Cauca, as the first "
        "Afro-Colombian vice president. 'Today we begin to write a new history,' Petro told "
        "thousands of supporters at the Movistar Arena. He has promised to raise taxes on the "
        "wealthiest, stop new oil exploration, and pursue what he calls 'total peace', opening "
        "negotiations with the ELN and other armed groups and fully implementing the 2016 "
        "agreement with the FARC. Hernández accepted the result within an hour.",
        "politics",
    ),
    (
        "Prosperity Party wins landslide in Ethiopia's delayed general election",
        "Prime Minister Abiy Ahmed's Prosperity Party won 410 of the 436 parliamentary seats "
        "contested in last month's general election, the National Election Board of Ethiopia "
        "announced on Saturday, securing him a new five-year term. The vote, postponed twice, "
        "first because of the COVID-19 pandemic and then for logistical reasons, was not held "
        "in the Tigray region, where war broke out in November, nor in about a fifth of "
        "constituencies in other regions because of insecurity, irregularities or problems "
        "with ballot papers. Board chairwoman Birtukan Mideksa said the election had been "
        "'credible' despite shortcomings, and that voting in the remaining constituencies "
        "would take place on September 6. Opposition parties, including the National Movement "
        "of Amhara and Ezema, won a handful of seats, and several filed complaints about "
        "intimidation of their observers. The Oromo Federalist Congress and the Oromo "
        "Liberation Front boycotted the vote, saying their leaders were in prison and their "
        "offices closed. Abiy called the election 'the first free and fair' in the country's "
        "history. A new government is expected to be formed in October.",
        "politics",
    ),
    (
        "Knesset passes first judicial overhaul law as opposition walks out",
        "The Knesset on Monday passed the first major law of the government's judicial "
        "overhaul, barring courts from reviewing government decisions on grounds of "
        "'reasonableness', by 64 votes to zero after the entire opposition walked out of the "
        "plenum shouting 'shame'. Last-minute talks brokered by President Isaac Herzog to "
        "reach a compromise collapsed in the morning. Justice Minister Yariv Levin said it was "
        "only 'the first step' in a wider battle to rebalance the branches of government. "
        "Opposition leader Yair Lapid said he would petition the High Court of Justice to "
        "strike down the law, and the Movement for Quality Government filed a petition within "
        "minutes. More than 10,000 reservists, including hundreds of air force pilots, have "
        "said they will stop volunteering for duty if the legislation passes, and military "
        "chief Herzi Halevi warned of damage to the army's readiness. The Histadrut labour "
        "federation said it would discuss calling a general strike. Outside the Knesset, tens "
        "of thousands of protesters who had marched from Tel Aviv over four days waved Israeli "
        "flags in a tent camp in Sacher Park. Prime Minister Benjamin Netanyahu, fitted with a "
        "pacemaker two days earlier, voted with the coalition and later said he would seek "
        "agreement with the opposition on the rest of the legislation by the end of November. "
        "Several hi-tech companies said they would let employees join protests. The shekel "
        "fell more than 1% against the dollar and the Tel Aviv 35 index dropped 2.5%. Moody's "
        "said the law posed risks to Israel's institutional strength.",
        "politics",
    ),
    (
        "Five men shot dead at car wash in Yafa an-Naseriyye, the deadliest crime attack in "
        "Arab community",
        "Five men were shot dead at a car wash in Yafa an-Naseriyye, near Nazareth, on "
        "Thursday afternoon in the deadliest single incident of criminal violence in Arab "
        "Israeli society, police said. Two gunmen arrived in a car, opened fire with automatic "
        "weapons and fled; the car was later found burned near the village. Police believe the "
        "shooting was part of a feud between two crime organisations over control of extortion "
        "and loan-sharking in the Nazareth area. The victims, aged between 18 and 38, included "
        "two brothers. The killings bring the number of Arab citizens murdered since the start "
        "of the year to 102, according to the Abraham Initiatives, more than twice the number "
        "in the same period last year. Arab leaders accused the police of neglect, and the "
        "mayor of Nazareth called a general strike in Arab towns for Friday. National Security "
        "Minister Itamar Ben-Gvir said the government was waging 'a war on crime' and repeated "
        "his call for administrative detention of crime bosses. Police Commissioner Kobi "
        "Shabtai said only a fraction of the murders in the Arab community were solved.",
        "crime",
    ),
    (
        "Deputy defence minister Timur Ivanov detained on bribery charges",
        "Russia's Deputy Defence Minister Timur Ivanov was detained on Tuesday on suspicion of "
        "taking a 'particularly large' bribe, the Investigative Committee said, the "
        "highest-ranking official arrested since the start of the full-scale war in Ukraine. A "
        "Moscow court ordered him held in pre-trial detention for two months; he faces up to "
        "15 years in prison. Investigators say Ivanov, who oversaw construction and property "
        "for the ministry, received more than 1 billion roubles' worth of services and "
        "property from contractors, among them companies rebuilding the occupied city of "
        "Mariupol. The Kremlin said Putin had been informed in advance. Ivanov, a long-time "
        "associate of Defence Minister Sergei Shoigu, was known for his lavish lifestyle, "
        "which was documented by the late Alexei Navalny's Anti-Corruption Foundation. His "
        "business associate Sergei Borodin was also detained. Pro-war bloggers welcomed the "
        "arrest, saying it showed that the fight against corruption in the army had finally "
        "begun. Within weeks, Shoigu himself was moved to the Security Council.",
        "crime",
    ),
    (
        "Thousands rally in Kyiv for a second night against law curbing anti-corruption bureau",
        "Several thousand people, many of them students, gathered near the Ivan Franko Theatre "
        "in central Kyiv for a second night on Wednesday to protest against a law that puts "
        "Ukraine's anti-corruption bureau NABU and the specialised anti-corruption "
        "prosecutor's office under the control of the prosecutor general. Protesters held up "
        "handwritten signs made from cardboard boxes, with slogans such as 'Veto the law' and "
        "'We did not choose this', and sang the national anthem. Similar gatherings took place "
        "in Lviv, Odesa, Dnipro and Kharkiv. Police said there had been no incidents. The "
        "rallies are the first large anti-government protests since the full-scale invasion, "
        "and organisers asked participants to avoid party symbols and to leave the square if "
        "an air-raid alert was declared. President Volodymyr Zelensky, who signed the law "
        "within hours of its passage by parliament, said on Wednesday evening that he would "
        "submit a new bill to guarantee the independence of anti-corruption bodies. The "
        "European Commission had said the law was a 'serious step back' for Ukraine's "
        "accession talks. Veterans in uniform and wounded soldiers joined the crowd.",
        "protest",
    ),
]
