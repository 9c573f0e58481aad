"""dev233 negatives: explainers on sanctions, state hacking and political fights (politics),
trade and tariff "wars" (economy) and elections (other)."""

NEGATIVES = [
    (
        "What are secondary sanctions and how do they work?",
        "The United States has threatened to impose “secondary sanctions” on countries that "
        "keep buying Russian oil, in an attempt to choke off the revenue that funds Moscow's war "
        "machine. But what are they, and do they work? Ordinary sanctions stop a country's own "
        "companies and citizens from dealing with a target. Secondary sanctions go further: they "
        "punish foreign firms and banks for doing business with that target, typically by "
        "cutting them off from the US financial system. Because most international trade is "
        "settled in dollars, few large banks can afford that risk. Washington has used the tool "
        "against Iran since 2018, when it withdrew from the nuclear deal, and Iranian oil exports "
        "collapsed at first, only to recover as sales shifted to small Chinese refiners. The "
        "biggest buyers of Russian crude are China, India and Turkey. Economists say targeting "
        "them could raise global oil prices, and New Delhi has called any such penalty "
        "“unjustified and unreasonable”.",
        "politics",
    ),
    (
        "Why is the US sanctioning International Criminal Court judges?",
        "The US Treasury has imposed sanctions on four judges of the International Criminal "
        "Court, freezing any assets they hold in the United States and barring them from "
        "entering the country. The move follows an executive order signed by President Donald "
        "Trump accusing the court of “illegitimate and baseless actions” against the US and "
        "its close ally Israel. What triggered it? Two of the judges sat on the panel that "
        "issued arrest warrants for Israeli Prime Minister Benjamin Netanyahu and his former "
        "defence minister last year; the other two authorised an inquiry into alleged abuses by "
        "US forces in Afghanistan. Neither the US nor Israel is a member of the court. What "
        "difference does it make? Judges say the sanctions make it hard for them to use bank "
        "cards, cloud email and other services run by American companies. The court, based in "
        "The Hague, called the measures a “flagrant attempt” to undermine its independence. "
        "The EU has said it regrets the decision.",
        "politics",
    ),
    (
        "Venezuela sanctions: what does Chevron's licence mean for oil?",
        "The US government has granted Chevron a licence to resume pumping oil in Venezuela, "
        "the biggest easing of sanctions on President Nicolás Maduro's government in years. The "
        "decision came hours after Maduro's representatives and the opposition signed a deal in "
        "Mexico City to unfreeze about $3bn of state funds for health, food and electricity "
        "projects. What are the sanctions? Since 2019 Washington has barred the state oil "
        "company PDVSA from selling crude in the US market and blocked its access to American "
        "finance. Output, which was already falling because of mismanagement, slumped to fewer "
        "than 400,000 barrels a day. What does the licence allow? Chevron can operate its joint "
        "ventures and export the oil to the US, but profits must go to paying down debts rather "
        "than to the government. Analysts say production could rise by about 200,000 barrels a "
        "day within a year. Opposition figures hope the move will encourage free elections in "
        "2024.",
        "economy",
    ),
    (
        "Salt Typhoon: how did Chinese hackers get inside US phone networks?",
        "US officials say a hacking group linked to China's Ministry of State Security has "
        "penetrated at least eight American telecoms companies, in what one senator called the "
        "worst telecoms hack in the nation's history. The group, which Microsoft calls Salt "
        "Typhoon, was able to read some text messages and listen to calls, including those of "
        "people involved in the presidential campaigns. How did they get in? Investigators "
        "believe the hackers exploited old routers and weak points in systems used to carry out "
        "court-ordered wiretaps. Officials say the intruders may still be inside some networks. "
        "Is this an act of war? No: security experts describe it as espionage, which all big "
        "powers carry out, rather than a “cyber attack” designed to destroy anything. China's "
        "embassy in Washington denied involvement and accused the US of spreading "
        "disinformation. The FBI has urged Americans to use encrypted messaging apps such as "
        "Signal and WhatsApp for sensitive conversations.",
        "politics",
    ),
    (
        "What was Duterte's drug war, and why has he been arrested?",
        "Rodrigo Duterte, the former president of the Philippines, has been flown to The Hague "
        "to face the International Criminal Court, hours after he was arrested on arrival at "
        "Manila airport from Hong Kong. The court's warrant accuses him of the crime against "
        "humanity of murder over his “war on drugs”. What was the drug war? When he took "
        "office in 2016, Duterte promised to kill tens of thousands of drug dealers and "
        "addicts. Police say about 6,200 suspects died in anti-drug operations during his "
        "six-year term; rights groups believe the real number is several times higher. The case "
        "also covers killings by the so-called Davao death squad while he was mayor of the "
        "southern city. Why now? His successor, Ferdinand Marcos Jr, had refused to co-operate "
        "with the court, but the two dynasties have since fallen out. Duterte's supporters say "
        "the arrest is a political “kidnapping”, while families of victims held candles outside "
        "churches in Manila.",
        "politics",
    ),
    (
        "The debt ceiling battle: why does Washington keep fighting over it?",
        "The United States could run out of money to pay its bills as soon as 1 June, the "
        "Treasury Secretary, Janet Yellen, has warned, as the White House and Republicans in "
        "Congress remain locked in a battle over the debt ceiling. What is the debt ceiling? It "
        "is a legal cap on how much the federal government can borrow, currently $31.4tn. It "
        "does not authorise new spending; it allows the Treasury to pay for spending Congress "
        "has already approved. Why the fight? House Speaker Kevin McCarthy says Republicans will "
        "only raise the limit if the president agrees to spending cuts. Joe Biden has said he "
        "will not negotiate with “a gun to the head of the economy”. What happens if they fail? "
        "The US has never defaulted, and economists warn that even a short default could send "
        "interest rates up and markets tumbling around the world. In 2011 a similar stand-off "
        "led to the first downgrade of the US credit rating.",
        "politics",
    ),
    (
        "What are Magnitsky sanctions and who do they target?",
        "Britain has imposed sanctions on 20 people under its new human rights regime, the first "
        "time it has acted alone since leaving the European Union. Those targeted include Saudi "
        "officials linked to the killing of the journalist Jamal Khashoggi and Russian "
        "officials involved in the mistreatment of the tax lawyer Sergei Magnitsky, after whom "
        "such laws are often named. What do the sanctions do? Anyone listed is barred from "
        "entering the UK, and any assets they hold in the country are frozen. How did the idea "
        "start? Magnitsky uncovered a $230m tax fraud involving Russian officials, was arrested "
        "and died in a Moscow prison in 2009. His former client, the investor Bill Browder, "
        "campaigned for the US Magnitsky Act, passed in 2012. Canada, the Baltic states and the "
        "EU have since adopted similar laws. Foreign Secretary Dominic Raab told MPs the "
        "measures would send “a very clear message” to those with “blood on their hands”. "
        "Moscow said it would respond.",
        "politics",
    ),
    (
        "US-China trade war: what are the tariffs and who will pay?",
        "The trade war between the world's two largest economies has escalated, with the US "
        "imposing tariffs of 25% on $34bn of Chinese goods and Beijing immediately retaliating "
        "with duties on the same value of American products, from soybeans to cars. What "
        "does the US want? President Donald Trump says China has stolen intellectual property "
        "and forced American companies to hand over technology, and wants to cut the $375bn "
        "trade deficit between the two countries. Which goods are hit? The US list is heavy "
        "with industrial machinery, electronic components and medical devices, while China "
        "targeted farm states that voted for Trump. Who pays? Tariffs are paid by importers, "
        "and economists expect much of the cost to be passed to consumers and businesses. "
        "Soybean prices in Chicago have already fallen to a nine-year low. The White House has "
        "threatened to target a further $200bn of goods. China says it will “fight back” "
        "against “the largest trade war in economic history”.",
        "economy",
    ),
    (
        "Why is there a 'chip war' between the US and China?",
        "The US has announced sweeping new restrictions on the export of advanced semiconductors "
        "and chipmaking equipment to China, in what analysts describe as the most significant "
        "escalation yet in a battle for technological supremacy. American companies will need "
        "a licence to sell China the most advanced chips used in artificial intelligence and "
        "supercomputers. US citizens are also barred from working on advanced chip production "
        "in Chinese factories without permission. Why do chips matter so much? They are the "
        "building blocks of everything from phones to missiles, and the most advanced ones are "
        "made almost entirely in Taiwan, South Korea and the US, using machines from the "
        "Netherlands and Japan. Washington argues that China could use cutting-edge processors "
        "to modernise its military. Beijing called the measures “sci-tech hegemony”. Shares "
        "in Chinese chipmakers such as SMIC fell sharply in Hong Kong, and Nvidia says it "
        "expects to lose about $400m in sales.",
        "economy",
    ),
    (
        "EU tariffs on Chinese electric cars: what you need to know",
        "The European Union will impose tariffs of up to 35.3% on electric cars made in China "
        "for the next five years, after member states failed to block the plan. The duties come "
        "on top of the standard 10% import tax. Why has Brussels done this? A year-long "
        "investigation concluded that Chinese carmakers benefit from unfair state subsidies, "
        "from cheap land to below-market loans, which let them undercut European rivals. "
        "Which companies are affected? The rate depends on how far each firm co-operated with "
        "the investigation: BYD faces 17%, Geely 18.8% and the state-owned SAIC 35.3%. Even "
        "Tesla, which exports cars from its Shanghai factory, will pay 7.8%. Germany, whose "
        "carmakers sell millions of vehicles in China, voted against, fearing a tariff war. "
        "Beijing has already opened investigations into European brandy, pork and dairy "
        "products, which many see as retaliation. Talks on a minimum price deal continue.",
        "economy",
    ),
    (
        "What is the Russian oil price cap and is it working?",
        "A price cap on Russian crude oil agreed by the G7, the European Union and Australia "
        "comes into force on Monday, alongside an EU ban on most imports of Russian oil by sea. "
        "The cap is set at $60 a barrel. How does it work? Western companies dominate the "
        "insurance and shipping of oil cargoes, so the cap bars them from handling Russian "
        "crude unless it is sold at or below the agreed price. The idea is to keep Russian oil "
        "flowing to avoid a spike in global prices, while cutting the Kremlin's income. Will it "
        "work? Russia has said it will not sell oil to countries that apply the cap, and "
        "analysts say it has assembled a “shadow fleet” of ageing tankers with opaque "
        "ownership to get round it. Urals crude is already trading close to the cap. Ukraine's "
        "president, Volodymyr Zelensky, said the level was too high and should be $30. The EU "
        "plans to review the cap every two months.",
        "economy",
    ),
    (
        "How does India's election work? The world's biggest vote explained",
        "Nearly a billion people are eligible to vote in India's general election, which "
        "begins on Friday and will be held in seven phases over six weeks. Results are due on 4 "
        "June. Why does it take so long? The sheer size of the exercise means security forces "
        "and election staff must be moved around the country in stages, and by law no voter "
        "should have to travel more than 2km to a polling station. In one case officials will "
        "trek into a forest in Gujarat to set up a booth for a single voter. What is at stake? "
        "Prime Minister Narendra Modi is seeking a third term, and his Bharatiya Janata Party "
        "(BJP) is hoping to win more than 370 of the 543 seats in the lower house. The "
        "opposition INDIA alliance, led by the Congress party, has struggled to agree on "
        "candidates. Voting takes place on about 5.5m electronic machines, which the opposition "
        "says are open to tampering, a claim the election commission rejects.",
        "other",
    ),
    (
        "Who is running in Iran's presidential election?",
        "Iranians will choose a new president on Friday in a snap election called after "
        "Ebrahim Raisi died in a helicopter crash in the country's north-west last month. The "
        "Guardian Council, a body of clerics and jurists, approved six candidates out of 80 who "
        "registered, and two have since withdrawn. Who is left? The front-runners are Mohammad "
        "Bagher Ghalibaf, the conservative speaker of parliament and a former commander of the "
        "Revolutionary Guards' air force, and Saeed Jalili, a hardline former nuclear "
        "negotiator. The only reformist allowed to stand is Masoud Pezeshkian, a heart surgeon "
        "and former health minister. Does the president matter? Ultimate power lies with the "
        "Supreme Leader, Ayatollah Ali Khamenei, but the president runs the economy and sets "
        "the tone of foreign policy. Turnout is the big question: only 41% voted in March's "
        "parliamentary election, a record low. If no one wins a majority, the top two go to a "
        "run-off in a week.",
        "other",
    ),
    (
        "Indonesia's election: why the world's third-largest democracy matters",
        "More than 200 million Indonesians are eligible to vote on Wednesday in one of the "
        "world's largest single-day elections, choosing a president, a parliament and "
        "thousands of regional representatives. There are three candidates to succeed the "
        "popular Joko Widodo, who has served the maximum two terms. The front-runner is "
        "Prabowo Subianto, the defence minister and a former special forces general, whose "
        "running mate is Widodo's 36-year-old son, Gibran Rakabuming Raka. His rivals are Anies "
        "Baswedan, the former governor of Jakarta, and Ganjar Pranowo of the ruling PDI-P "
        "party. Why does it matter? Indonesia is South-East Asia's biggest economy and the "
        "world's largest producer of nickel, used in electric vehicle batteries. Prabowo has "
        "softened his image with viral dance videos popular with young voters, who make up "
        "more than half the electorate. If no candidate wins more than 50%, a run-off will be "
        "held in June.",
        "other",
    ),
    (
        "What are the battleground states and why do they decide US elections?",
        "With a week to go before the US presidential election, both campaigns are pouring "
        "money and time into seven states: Pennsylvania, Michigan, Wisconsin, Georgia, North "
        "Carolina, Arizona and Nevada. Why these seven? Under the electoral college system, "
        "almost every state gives all its electoral votes to whoever wins the most votes there, "
        "and most states reliably vote for one party. That leaves a handful of swing states, "
        "sometimes called battleground states, where either candidate can win. A candidate "
        "needs 270 of the 538 electoral votes. Pennsylvania, with 19 votes, is the biggest prize, "
        "and both Kamala Harris and Donald Trump have held more than a dozen rallies there. "
        "Polls in all seven states are within the margin of error. The system means that a "
        "candidate can win the White House while losing the national popular vote, as happened "
        "in 2000 and 2016. Results in some states may take days to count.",
        "other",
    ),
]
