"""dev437 negatives from the crisis, economy and politics pages: fuel queues and the IMF, price
wars, remittances and tourism, the peaceful days of the Aragalaya and of Gen Z, strikes and
sit-ins, election campaigns, party feuds, diplomacy and peace processes. (title, text, kind)."""


def _t(s: str) -> str:
    return " ".join(s.split())


NEGATIVES = [
    # economy
    (
        "Man dies in fuel queue in Kalutara after waiting 30 hours; 16th such death, police say",
        _t("""A 62-year-old three-wheeler driver died while waiting in a fuel queue at a filling
        station in Kalutara North this morning, police said, the 16th person to die in a fuel or
        gas queue since the crisis began. The man, a father of three from Nagoda, had joined the
        queue at around 4am yesterday and collapsed in his vehicle shortly before the station was
        due to receive a bowser, other drivers said. He was pronounced dead on admission to the
        Nagoda Hospital, and a post-mortem examination found that he had died of a heart attack.
        Queues stretching for more than two kilometres have formed at filling stations across the
        country since the Ceylon Petroleum Corporation restricted fuel to essential services.
        Energy Minister Kanchana Wijesekera said a shipment of 40,000 metric tonnes of diesel was
        expected next week under an Indian credit line, and that a QR code system would be
        introduced to ration purchases. Police and troops have been stationed at filling stations
        to manage the queues and issue tokens."""),
        "economy",
    ),
    (
        "IMF approves $3bn bailout; President says Sri Lanka 'no longer a bankrupt nation'",
        _t("""The International Monetary Fund's Executive Board has approved a 48-month Extended Fund
        Facility of about $3 billion for Sri Lanka, with an immediate disbursement of around $333
        million, the Fund said last night. President Ranil Wickremesinghe, addressing Parliament
        this morning, said the approval would unlock financing of up to $7 billion from the World
        Bank, the Asian Development Bank and other partners. 'We have won the first battle, but
        the war against poverty is far from over,' he said, adding that the island was no longer
        officially a bankrupt nation. The programme requires the government to raise tax revenue,
        reform loss-making state enterprises and restructure its external debt, on which it
        defaulted in April last year. The IMF said inflation, which peaked at almost 70 percent in
        September, was expected to fall to single digits by the end of the year. Trade unions
        said they would press on with their campaign against the new income tax rates. The rupee
        strengthened to around 320 against the dollar in early trading."""),
        "economy",
    ),
    (
        "Data price war: operators slash packages as Airtel merger nears completion",
        _t("""Sri Lanka's mobile operators have launched a fresh round of price cuts on data
        packages, sparking what industry insiders describe as the fiercest price war in the
        sector since 2019. Dialog Axiata last week introduced a Rs 799 unlimited night-time data
        plan, and SLT-Mobitel hit back within 48 hours with a similar offer at Rs 749, while
        Hutch cut the price of its 30-day anytime bundle by a fifth. Analysts said the moves came
        as Dialog prepares to complete its acquisition of Bharti Airtel Lanka, which will reduce
        the number of mobile operators to three. 'Operators are fighting for market share before
        consolidation changes the landscape,' said an analyst at a Colombo brokerage. The
        Telecommunications Regulatory Commission said it was monitoring prices to make sure that
        floor tariffs were respected and the sector remained sustainable. Telecom companies have
        been squeezed by higher taxes and the rupee's depreciation, which pushed up the cost of
        imported network equipment. Dialog's shares rose 2.4 percent on the Colombo Stock
        Exchange on Tuesday."""),
        "economy",
    ),
    (
        "Remittance inflows hit record Rs 1.72 trillion as labour migration keeps rising",
        _t("""Nepal received a record Rs 1.72 trillion in remittances in the last fiscal year, up 19.2
        percent from a year earlier, according to Nepal Rastra Bank. The central bank said the
        inflows, equivalent to about a quarter of gross domestic product, had helped push foreign
        exchange reserves to an all-time high. The Department of Foreign Employment issued more
        than 839,000 labour permits during the year, with Malaysia, Saudi Arabia, the United Arab
        Emirates and Qatar remaining the top destinations. Economists warned that the economy's
        heavy reliance on money sent home by young workers was unsustainable. 'Villages in the
        hills are now home mostly to the elderly and to children,' said a former central bank
        official. The bodies of 1,147 migrant workers were brought back to Nepal during the year,
        the Foreign Employment Board said, with heart attacks, road accidents and suicides among
        the most common causes of death. Successive governments have promised to create jobs at
        home, but critics say little has changed."""),
        "economy",
    ),
    (
        "Tourist arrivals cross two million for first time since 2018; India, Russia top markets",
        _t("""Sri Lanka welcomed its two millionth tourist of the year on Sunday, the first time
        annual arrivals have crossed the mark since the Easter Sunday attacks of 2019, the Sri
        Lanka Tourism Development Authority said. A family from the United Kingdom was greeted at
        Bandaranaike International Airport with traditional drummers and dancers and presented
        with gifts. India remained the largest source market with 416,000 arrivals, followed by
        Russia, the United Kingdom, Germany and China. Hoteliers said occupancy along the southern
        coast had reached 80 percent in December and that room rates were finally recovering.
        'After the pandemic and the crisis, the industry is back on its feet,' said the president
        of the Tourist Hotels Association. The government is targeting earnings of $3.2 billion
        this year. Operators in Ella and Arugam Bay, however, said a shortage of trained staff,
        many of whom had left for jobs in the Middle East, was hurting service standards."""),
        "economy",
    ),
    # peaceful protest
    (
        "GotaGoGama celebrates Avurudu as protest enters fifth day",
        _t("""Thousands of people, including families with small children, gathered at Galle Face
        Green yesterday to celebrate the Sinhala and Tamil New Year at the protest site dubbed
        'GotaGoGama', as the demonstration calling for the resignation of President Gotabaya
        Rajapaksa entered its fifth day. Protesters lit a traditional hearth and boiled milk rice
        at the auspicious time, while volunteers handed out kavum and kokis to passers-by. Young
        people, Buddhist monks, Catholic priests and Muslim clerics took part in the
        celebrations, waving the national flag and chanting 'Gota go home'. The site now has a
        library, a first-aid tent, a legal aid desk and mobile toilets, organisers said. Police
        were present in large numbers but did not intervene, and no incidents were reported. The
        protesters say they will stay until the President and the Rajapaksa family leave office
        and stolen assets are returned to the people. Opposition Leader Sajith Premadasa visited
        the site in the evening but was not allowed to address the crowd."""),
        "protest",
    ),
    (
        "Gen Z youths hold candlelight march a month after deadly protests",
        _t("""Hundreds of young people marched silently from Maitighar Mandala to New Baneshwor on
        Wednesday evening, carrying candles and portraits of those killed during the Gen Z
        protests a month ago. The march, called by student groups and the families of the
        victims, passed off peacefully, and police only managed traffic along the route.
        Participants laid flowers at the gate of the Federal Parliament building, where many of
        the protesters were shot on September 8, and observed a minute's silence. 'We are not here
        to break anything; we are here to remind the government of its promises,' said Sumina
        Rai, a 21-year-old student from Lalitpur. The families demanded that the commission
        investigating the killings make its findings public and that those who gave the orders
        to shoot be prosecuted. The interim government has declared the dead martyrs and
        announced compensation of Rs 1.5 million for each family. Organisers said similar vigils
        were held in Itahari, Pokhara and Butwal."""),
        "protest",
    ),
    (
        "Teachers report sick island-wide over salary anomalies; online classes halted",
        _t("""Thousands of teachers and principals reported sick today in an island-wide trade union
        action demanding a solution to salary anomalies that have persisted for 24 years,
        bringing to a halt the online classes held since schools closed due to Covid-19. The
        Ceylon Teachers' Union said more than 250,000 teachers had joined the action, which was
        organised by a coalition of some 30 unions. Teachers also held sit-ins in front of zonal
        education offices in Colombo, Kandy, Galle and Jaffna, holding placards and chanting
        slogans against the government. CTU General Secretary Joseph Stalin, who was arrested last
        month over a protest near Parliament and later released on bail, said the action would
        continue until the recommendations of the Subasinghe committee were implemented. The
        Education Ministry said the government could not afford the salary increases during the
        pandemic and urged teachers to return to work in the interest of students. The
        demonstrations ended without incident."""),
        "protest",
    ),
    (
        "MDP marches in Malé against media bill; rally ends peacefully",
        _t("""Thousands of supporters of the opposition Maldivian Democratic Party marched through
        the streets of Malé on Friday night against the government's media regulation bill,
        which critics say would allow the state to silence journalists. The march began at the
        Artificial Beach and ended near the Dharubaaruge convention centre, where party leaders
        addressed the crowd. Protesters carried banners reading 'Hands off our press' and chanted
        slogans against President Dr Mohamed Muizzu. The Maldives Police Service said the
        gathering ended peacefully at around midnight and that no arrests were made. Police had
        set up barricades near the President's Office and the People's Majlis, where the ruling
        People's National Congress holds a supermajority. The MDP chairperson said the party would
        take its protest to every atoll until the bill was withdrawn. The Maldives Journalists
        Association said it would challenge the law in the Supreme Court if it was ratified."""),
        "protest",
    ),
    (
        "Sugarcane farmers block highway in Sarlahi demanding unpaid dues",
        _t("""Hundreds of sugarcane farmers blocked the East-West Highway at Nawalpur in Sarlahi for
        six hours on Monday, parking tractors across the road to demand payment of dues worth Rs
        860 million from sugar mills. Long lines of buses and trucks formed on both sides of the
        blockade, leaving passengers stranded in the heat, until the Chief District Officer
        reached an agreement with the farmers' leaders in the afternoon. The farmers say three
        mills in Sarlahi, Rautahat and Bara have failed to pay for cane supplied more than two
        years ago, forcing many to borrow from moneylenders at steep interest. 'We come to the
        road because nobody listens to us in Kathmandu,' said Ramchandra Sah, a farmer from
        Haripur. The protest was peaceful, and police said no one was detained. The Ministry of
        Agriculture has promised to release the payments within a month, but farmers said they
        had heard such promises before and warned of an indefinite strike. Traffic on the highway returned to normal by
        evening."""),
        "protest",
    ),
    (
        "Mothers of the disappeared mark 3,000 days of roadside protest in Kilinochchi",
        _t("""Tamil mothers whose children went missing during and after the war marked the 3,000th
        day of their continuous roadside protest in Kilinochchi today, marching to the District
        Secretariat with photographs of their loved ones. Hundreds of people, including Northern
        Province parliamentarians, religious leaders and civil society activists, joined the
        march, which ended with a petition handed to the District Secretary. The Association for
        Relatives of the Enforced Disappeared said more than 200 parents who took part in the
        protest since it began in February 2017 have died without learning what happened to their
        children. 'We only want to know whether they are alive or dead,' said a 68-year-old
        mother from Mullaitivu whose son surrendered to the Army in May 2009. The protesters have
        rejected the Office on Missing Persons, saying it has failed to give answers, and are
        calling for an international investigation. Police were present, but the march was
        peaceful. Similar protests were held in Vavuniya, Mullaitivu and Trincomalee."""),
        "protest",
    ),
    # politics
    (
        "'Battle for the middle class': NPP, SJB trade barbs as campaign enters final week",
        _t("""With less than a week to go before the presidential election, the campaigns of National
        People's Power candidate Anura Kumara Dissanayake and Samagi Jana Balawegaya leader Sajith
        Premadasa have turned their fire on each other in what analysts describe as a battle for
        the urban middle class. Speaking at a rally in Maharagama last night, Dissanayake accused
        the SJB of being a branch of the old system, while Premadasa told supporters in Colombo
        that the NPP's economic plans would sink the IMF deal. President Ranil Wickremesinghe,
        contesting as an independent, warned voters against experimenting with the economy. The
        Election Commission said campaigning had been largely peaceful, with about 1,200
        complaints of election law violations, most of them over posters and the misuse of state
        property. An election monitoring group said it had recorded no incidents of serious
        violence so far. More than 17.1 million people are eligible to vote on September 21.
        Campaigning ends at midnight on Wednesday."""),
        "politics",
    ),
    (
        "Election Commission sets up 'war room' as parties race to file candidacies for March 5 polls",
        _t("""The Election Commission has set up a round-the-clock monitoring centre, which officials
        have dubbed the 'war room', to oversee preparations for the House of Representatives
        elections on March 5, the first since September's Gen Z uprising. Commission officials
        said ballot papers for all 165 constituencies had been printed and that more than 18,000
        polling centres had been identified. New parties formed by young activists are fielding
        candidates in more than 100 constituencies, challenging the Nepali Congress, the CPN-UML
        and the Maoist Centre. The interim government led by Sushila Karki has promised to hand
        over power to an elected government and said the army would be mobilised to provide
        security on polling day. Political analysts say the vote will test whether the anger seen
        on the streets turns into ballots. The commission has also introduced a code of conduct
        that bars candidates from using social media to spread hate speech or misinformation."""),
        "politics",
    ),
    (
        "Muizzu sets March deadline for Indian troops to leave; New Delhi calls talks 'constructive'",
        _t("""President Dr Mohamed Muizzu has formally asked India to withdraw its military personnel
        from the Maldives by March 15, the President's Office said on Sunday, after the first
        meeting of a high-level core group set up by the two countries. About 80 Indian military
        personnel are stationed in the Maldives to operate two helicopters and a Dornier aircraft
        used for medical evacuations and maritime surveillance. Muizzu, who won the presidency
        last year on an 'India Out' campaign, said Maldivians had given him a strong mandate to
        remove foreign troops. India's Ministry of External Affairs said the talks had been
        constructive and that both sides had agreed on mutually workable solutions to keep the
        aviation platforms running. The diplomatic row deepened this month after three deputy
        ministers were suspended over derogatory posts about Indian Prime Minister Narendra Modi,
        prompting calls in India to boycott the Maldives as a holiday destination. The opposition
        MDP accused the government of damaging relations with the country's closest neighbour."""),
        "politics",
    ),
    (
        "Oli, Dahal camps trade charges as ruling party feud reaches 'point of no return'",
        _t("""The rift in the ruling Nepal Communist Party deepened on Sunday as the factions led by
        Prime Minister KP Sharma Oli and co-chair Pushpa Kamal Dahal held separate meetings and
        accused each other of violating the party statute. Dahal's faction, which commands a
        majority in the Standing Committee, has submitted a 19-page political document accusing
        the prime minister of running the government single-handedly, and Oli responded with a
        38-page rebuttal. 'This is no longer a battle of documents; it is a fight for the survival
        of the party,' said a Standing Committee member close to Dahal. Oli's aides said the prime
        minister would not resign under pressure and accused the rival camp of conspiring to
        topple an elected government. Senior leader Madhav Kumar Nepal, who has sided with Dahal,
        urged both leaders to settle the dispute through dialogue. The Standing Committee meeting
        has been postponed three times this month. Analysts say a formal split could plunge the
        country into a constitutional crisis."""),
        "politics",
    ),
    # peace
    (
        "Parliament passes transitional justice bill, 18 years after peace accord",
        _t("""The House of Representatives on Wednesday unanimously passed the bill to amend the
        Enforced Disappearances Enquiry, Truth and Reconciliation Commission Act, clearing the way
        for the long-stalled transitional justice process, 18 years after the Comprehensive Peace
        Accord ended the decade-long Maoist insurgency. The bill lists rape and serious torture
        among the serious human rights violations that will not be eligible for amnesty, and
        provides for a special court to hear such cases. More than 63,000 complaints have been
        filed with the Truth and Reconciliation Commission, and about 3,200 with the commission on
        disappearances. Prime Minister KP Sharma Oli called the law a historic achievement that
        would bring closure to victims. Conflict victims' groups welcomed its passage but said
        some provisions, including reduced sentences for perpetrators, fell short of
        international standards. The UN human rights office said it hoped the law would be
        implemented in good faith. The bill now goes to the National Assembly."""),
        "peace",
    ),
    (
        "Nepal welcomes Gaza ceasefire, hopes for Bipin Joshi's return",
        _t("""The government has welcomed the ceasefire agreement between Israel and Hamas that took
        effect on Friday, and said it hoped the deal would lead to the return of Bipin Joshi, the
        Nepali student held in Gaza since October 2023. In a statement, the Ministry of Foreign
        Affairs said Nepal supported all efforts for lasting peace in the Middle East and called
        on the parties to implement the agreement in full. Under the first phase of the deal,
        brokered by the United States, Egypt, Qatar and Turkey, Hamas is to release all living
        hostages within 72 hours in exchange for nearly 2,000 Palestinian prisoners and detainees.
        Joshi's mother and sister, who travelled to Israel and the United States this year to
        campaign for his release, said they were waiting by the phone at their home in
        Kanchanpur. 'We have waited two years; every hour of this week feels like a month,' his
        sister told the Post. Israeli officials have not said whether Joshi is believed to be
        alive. Nepal's ambassador in Tel Aviv said the embassy was in constant touch with the
        Israeli authorities."""),
        "peace",
    ),
    (
        "Ukraine agrees to hand over two Sri Lankans captured fighting for Russia",
        _t("""Ukraine has agreed to hand over two Sri Lankan nationals taken prisoner while fighting
        for the Russian army, the Foreign Ministry said today, following talks between Foreign
        Minister Vijitha Herath and his Ukrainian counterpart on the sidelines of the UN General
        Assembly in New York. The two men, both former Sri Lanka Army soldiers from Kurunegala and
        Matara, have been held in a prisoner-of-war camp in western Ukraine since last year. The
        handover is expected to take place in Poland within weeks with the help of the
        International Committee of the Red Cross, the ministry said. Herath thanked Ukraine for
        what he called a humanitarian gesture and reiterated Sri Lanka's call for a negotiated end
        to the war. The ministry says 59 Sri Lankans are still serving with the Russian forces
        and 17 are unaccounted for, and that it continues to press Moscow for their release.
        Families of the missing men held a silent protest outside the ministry last month. Police
        have so far filed cases against 11 people accused of trafficking former soldiers to
        Russia."""),
        "peace",
    ),
]
