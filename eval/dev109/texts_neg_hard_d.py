"""dev109 hard negatives: politics and the economy with their war rhetoric."""

# (title, text, kind code)
NEGATIVES = [
    (
        "EU leaders agree €50 billion Ukraine aid package after Orban drops veto",
        "BRUSSELS, Feb 1 (Reuters) - European Union leaders agreed on Thursday on a 50 "
        "billion euro ($54 billion) package of support for Ukraine from the bloc's budget, "
        "after Hungarian Prime Minister Viktor Orban dropped his veto within an hour of the "
        'start of an emergency summit. "We have a deal," European Council President Charles '
        'Michel wrote on X. "This locks in steadfast, long-term, predictable funding for '
        'Ukraine." The money, a mix of grants and loans over four years, is meant to keep '
        "Ukraine's state running as it fights Russia's invasion, paying for salaries, "
        "pensions and public services. Diplomats said Orban was persuaded in a meeting with "
        "German Chancellor Olaf Scholz, French President Emmanuel Macron and Italian Prime "
        "Minister Giorgia Meloni before the summit opened, in exchange for an annual debate "
        "on how the money is spent. Orban had blocked the deal in December, arguing that the "
        "EU should not give Ukraine money over several years. Ukrainian President Volodymyr "
        "Zelensky, who addressed the summit by video, thanked the leaders and said the funds "
        'would strengthen "long-term economic and financial stability". EU leaders also '
        "discussed how to speed up deliveries of artillery ammunition, after the bloc "
        "acknowledged it would miss its target of sending one million shells by March. "
        "(Reporting by Lucia Ferrand, Jakob Madsen and Pieter de Groot; Editing by Keith "
        "Danvers) Advertisement · Scroll to continue",
        "politics",
    ),
    (
        "PML-N, PPP in talks as PTI-backed independents lead tally in tight election",
        "ISLAMABAD: Independent candidates backed by the Pakistan Tehreek-i-Insaf (PTI) had "
        "won the largest number of National Assembly seats by Saturday evening, according to "
        "results released by the Election Commission of Pakistan, setting off a scramble "
        "among the other parties to form a coalition. Of the 253 general seats whose results "
        "had been announced, independents had won 101, the PML-N 75 and the PPP 54, with the "
        "MQM-P a distant fourth. PML-N supremo Nawaz Sharif, speaking at his party's Lahore "
        "office, claimed victory as the single largest party and invited other parties to "
        'join a "unity government". His brother Shehbaz Sharif later met PPP chairman Bilawal '
        "Bhutto-Zardari and Asif Ali Zardari to discuss the numbers. The PTI, whose leader "
        "Imran Khan is in jail and whose candidates contested without the party's cricket bat "
        "symbol, accused the authorities of rigging results in dozens of constituencies and "
        "said it would challenge them in court. The delay in announcing results, which the "
        "ECP blamed on the suspension of mobile phone services on polling day, has been "
        "criticised by observers. The battle for Punjab, where the PML-N is ahead, is likely "
        "to decide who forms the next government. Published in Dawn, February 11th, 2024 Read "
        "more PSX sheds 1,500 points amid political uncertainty",
        "politics",
    ),
    (
        "Trump digs in on wall as shutdown fight heads into fourth week",
        "WASHINGTON (AP) — President Donald Trump on Friday dug in on his demand for $5.7 "
        "billion to build a wall on the U.S.-Mexico border, telling reporters at the White "
        "House that he would not sign any spending bill without it and that he was prepared "
        'to keep parts of the government closed "for a long time". The partial government '
        "shutdown, which began Dec. 22, is set to become the longest in U.S. history on "
        "Saturday. About 800,000 federal workers missed their first paycheck on Friday, and "
        "some lined up at food banks in Washington and other cities. House Speaker Nancy "
        "Pelosi said Democrats would not give in to what she called the president's "
        '"hostage-taking" and that the House would keep passing bills to reopen the '
        "government. Senate Majority Leader Mitch McConnell said he would not bring any "
        "measure to the floor that Trump would not sign. Trump repeated that he could declare "
        'a national emergency to build the wall without Congress, but said he was in "no '
        'hurry" to do so. Airport security screeners and air traffic controllers said the '
        'shutdown was beginning to affect safety. "This is a battle we\'re going to win," '
        "Trump said. Associated Press writers Carla Benning and Jordan Reyes contributed to "
        "this report.",
        "politics",
    ),
    (
        "Zelensky replaces six ministers in biggest government reshuffle since invasion",
        "Updated: September 5, 2024 6:31 PM 3 min read Author: Olena Savchuk Ukraine's "
        "parliament on Sept. 5 approved a sweeping reshuffle of the Cabinet of Ministers, "
        "replacing six ministers, including Foreign Minister Dmytro Kuleba, in the biggest "
        "overhaul of the government since Russia's full-scale invasion began. Kuleba, who had "
        "led the Foreign Ministry since 2020, was replaced by his first deputy, Andrii "
        "Sybiha, a career diplomat. Parliament also approved new ministers of strategic "
        "industries, justice, environment, sports and reintegration, while Deputy Prime "
        "Minister Olha Stefanishyna was given additional responsibility for European "
        "integration. President Volodymyr Zelensky said the changes were needed to give the "
        'government "new energy" before a difficult autumn. Critics said the reshuffle '
        "further concentrated power in the President's Office and its head, Andriy Yermak. "
        "Lawmakers from the opposition European Solidarity party accused the government of "
        "using the changes to hide failures in preparing the country's energy system for "
        "winter. The new strategic industries minister, Herman Smetanin, previously headed "
        "the state arms company Ukroboronprom. Read also: Ukraine's cabinet approves draft "
        "2025 budget with record defense spending We've been working hard to bring you "
        "independent, locally-sourced news from Ukraine. Consider supporting the Kyiv "
        "Independent.",
        "politics",
    ),
    (
        "Reeves’s inheritance tax raid is ‘an attack on family farms’, says NFU",
        "Farmers’ union accuses chancellor of ‘betrayal’ as budget ends relief on "
        "agricultural land over £1m Harriet Shaw Political correspondent Wed 30 Oct 2024 "
        "21.14 GMT The National Farmers’ Union has accused Rachel Reeves of launching “an "
        "attack on family farms” after the budget ended the full inheritance tax exemption "
        "for agricultural land worth more than £1m. From April 2026, farms above that "
        "threshold will pay inheritance tax at an effective rate of 20%, half the usual rate, "
        "the Treasury said. The NFU president, Tom Bradshaw, said the change would force "
        "families to sell land to pay tax bills when a parent died. “This is a betrayal of "
        "the promises made to rural Britain,” he said. The chancellor said the reform would "
        "affect only about 500 estates a year and was needed to “fix the foundations” of "
        "the public finances. The Conservatives said they would fight the measure in "
        "parliament, and the shadow environment secretary called it “a war on the "
        "countryside”. Related: Budget 2024: the key points at a glance Farmers in several "
        "counties said they would drive tractors to Westminster for a protest next month. "
        "Treasury officials said most smaller farms would not be affected. Sign up to First "
        "Edition, our free daily newsletter – every weekday morning at 7am BST",
        "politics",
    ),
    (
        "Oil plunges 25% as Saudi Arabia launches price war with Russia",
        "LONDON, March 9 (Reuters) - Oil prices suffered their biggest daily fall since the "
        "1991 Gulf war on Monday, with Brent crude plunging 25% after Saudi Arabia slashed "
        "its official selling prices and signalled it would raise output in a price war with "
        "Russia. Brent crude futures fell $11.28, or 25%, to $33.99 a barrel, having earlier "
        "dropped as low as $31.02. U.S. West Texas Intermediate crude was down $10.31, or "
        "25%, at $30.97. The collapse came after talks between OPEC and other producers led "
        "by Russia broke down on Friday, when Moscow refused to support deeper cuts to cope "
        "with the drop in demand caused by the coronavirus outbreak. Saudi Aramco on Saturday "
        "cut its April prices to Asia by $4 to $6 a barrel and to the United States by $7, "
        "and Riyadh told some buyers it planned to raise production to above 10 million "
        'barrels per day. "This is an all-out market share war," said one analyst at a Swiss '
        "bank. Shares in energy companies tumbled across Europe and Asia, and stock markets "
        "suffered their worst day since the 2008 financial crisis. Russia said it could cope "
        "with oil prices of $25 to $30 a barrel for six to ten years. (Reporting by Anna "
        "Petrova in London and Keiko Tanaka in Tokyo; Editing by Martin Hollis)",
        "economy",
    ),
    (
        "Bloodbath on Dalal Street: Sensex crashes 4,000 points as election results disappoint",
        "TOI Business Desk / Updated: Jun 4, 2024, 16:05 IST MUMBAI: Indian stocks suffered "
        "their biggest single-day fall in four years on Tuesday as early election counting "
        "showed the ruling BJP falling short of a majority on its own, wiping out nearly Rs "
        "31 lakh crore in investor wealth. The BSE Sensex closed 4,390 points, or 5.7%, lower "
        "at 72,079, while the Nifty fell 1,379 points to 21,884. Public sector stocks, seen "
        "as the biggest beneficiaries of government policy, bore the brunt of the selling, "
        'with shares of state-owned banks and defence companies falling up to 20%. "The '
        "market had priced in a landslide and bears went on the attack as soon as the trends "
        'changed," said a fund manager at a Mumbai brokerage. Analysts said markets would '
        "watch closely whether the BJP's allies stayed with the coalition. Most Read Manipur: "
        "Two killed as gunmen open fire on village in Jiribam Exit polls got it wrong? Here's "
        "what experts say Heatwave: Delhi records its highest power demand ever The India VIX "
        "volatility index jumped 28%, its biggest rise since the pandemic. Brokers said "
        "retail investors who had bought on Monday's rally were hit hardest.",
        "economy",
    ),
    (
        "CBN unifies exchange rates as naira falls 36% in a day",
        "By Tunde Adeyemi June 15, 2023 The naira fell to N664 against the dollar at the "
        "official Investors and Exporters window on Wednesday, a drop of about 36 per cent, "
        "after the Central Bank of Nigeria said it would let the currency trade more freely "
        "and unify its multiple exchange rates. The move, one of the biggest changes to "
        "Nigeria's economic policy in years, was welcomed by foreign investors and analysts "
        "who had long called for an end to the CBN's battle to hold the naira at an "
        "artificial level. In a circular, the central bank said all restrictions on trading "
        "in the official market had been removed and that banks could buy and sell dollars at "
        "rates determined by the market. The Nigerian Exchange All-Share Index rose 1.9 per "
        "cent, led by banking stocks. President Bola Tinubu, who took office last month, had "
        "promised to end the multiple exchange rate system in his inauguration speech. "
        "Analysts warned that inflation, already at 22.4 per cent, could rise further as "
        "importers passed on higher costs. Don't miss: Dangote refinery to begin production "
        "in July, says company Follow BusinessDay on WhatsApp for the latest business news",
        "economy",
    ),
    (
        "Japan tightens chip equipment export curbs, joining US in tech war with China",
        "By Kenji Watanabe, Nikkei staff writer May 23, 2023 15:20 JST TOKYO -- Japan will "
        "restrict exports of 23 types of advanced chipmaking equipment from July, the "
        "Ministry of Economy, Trade and Industry said on Tuesday, aligning itself with U.S. "
        "efforts to curb China's ability to make cutting-edge semiconductors. The list covers "
        "equipment for cleaning, deposition, lithography and etching, made by companies such "
        "as Tokyo Electron, Screen Holdings and Nikon. The rules do not name China, but "
        "exporters will need individual licences to ship the items to most countries other "
        'than 42 "friendly" nations. China\'s commerce ministry said the move was "an abuse of '
        'export control measures" and warned that it would take steps to protect its '
        "interests. Industry analysts said the impact on Japanese equipment makers would be "
        "limited because they had already cut shipments of the most advanced tools. The "
        "Semiconductor Industry Association of Japan said it would monitor the situation "
        "closely. The measures come as Washington has been lobbying allies to join its battle "
        "to keep China at least a generation behind in chip technology. Nikkei Asia Read next "
        "Toyota to build new battery plant in North Carolina",
        "economy",
    ),
    (
        "German economy slips into recession as inflation weighs on consumers",
        "05/25/2023 May 25, 2023 Germany's economy shrank in the first three months of the "
        "year after contracting at the end of 2022, meaning Europe's largest economy is now "
        "in a technical recession, revised official data showed on Thursday. Gross domestic "
        "product fell by 0.3% in the first quarter compared with the previous three months, "
        "the Federal Statistical Office said, revising an earlier estimate of zero growth. It "
        "had shrunk by 0.5% in the fourth quarter. High inflation weighed on household "
        "spending, which fell 1.2% as Germans bought less food, clothing and furniture and "
        "fewer new cars. The economy was hit hard by the loss of cheap Russian gas after the "
        "invasion of Ukraine, which sent energy prices soaring last year. Economists said the "
        "government's support measures had prevented a deeper downturn and expected modest "
        "growth in the second half. Finance Minister Christian Lindner said Germany's growth "
        'was "not presentable" and called for tax relief for companies. The euro slipped '
        "against the dollar after the data were released. Skip next section Related topics "
        "Related topics German economy Recession Edited by: Clara Weiss",
        "economy",
    ),
]
