"""dev403 negatives, public life: economy and politics."""

NEGATIVES = [
    # economy
    (
        "Olive oil prices soar to record as poor harvest hits West Bank farmers",
        "RAMALLAH, November 6, 2023 (WAFA) - The price of a tin of olive oil has climbed to between 650 "
        "and 750 shekels in West Bank markets, the highest on record, as farmers gather one of the "
        "weakest harvests in years, the Ministry of Agriculture said. "
        "Ministry officials said the season's production was expected at about 9,000 tonnes of oil, "
        "compared with more than 23,000 tonnes last year, owing to the natural biennial cycle of the "
        "trees and a hot, dry spring. "
        "Presses in the Salfit and Jenin areas, which normally run around the clock in November, are "
        "working only a few hours a day, owners said. "
        "“People are buying half a tin instead of two, and some families who used to sell are now "
        "buying,” said Mahmoud Saleh, who runs a press in Kafr ad-Dik. "
        "The Palestinian Olive Council urged consumers not to be tempted by cheap oil of unknown origin, "
        "warning that some sellers were mixing it with vegetable oils. "
        "Exports to the Gulf and Europe are expected to fall sharply, traders said. "
        "The ministry said it would distribute seedlings to farmers next spring to replace old and "
        "damaged trees.",
        "economy",
    ),
    (
        "Government to pay 70 percent of salaries for third month as clearance funds withheld",
        "RAMALLAH, March 14, 2024 (Al-Quds) - Public servants will receive 70 percent of their salaries "
        "for February, with a minimum of 2,000 shekels, the Ministry of Finance announced on Thursday. "
        "The ministry said Israel was still deducting large sums from the clearance revenues it collects "
        "on behalf of the Palestinian Authority, which make up about two-thirds of the government's "
        "income. "
        "Finance Minister Shukri Bishara described the deductions as “financial piracy” and a war on the "
        "livelihoods of Palestinian families. "
        "About 145,000 civil servants and members of the security services depend on government salaries, "
        "and their spending drives much of the economy in Ramallah, Nablus and Hebron. "
        "Shop owners in Ramallah said sales had fallen by about half since the cuts began, and banks "
        "have agreed to defer loan instalments for employees. "
        "The teachers' union said it would meet next week to discuss its response. "
        "The government said it was in contact with donor countries to secure emergency budget support.",
        "economy",
    ),
    (
        "Paltel posts higher profit despite tough year, plans fibre rollout in Nablus and Jenin",
        "NABLUS, March 28, 2019 (Ma'an) - The Palestine Telecommunications Group (Paltel) reported a net "
        "profit of 52.6 million Jordanian dinars for 2018, up 4 percent on the previous year, the company "
        "said in a statement to the Palestine Exchange. "
        "Chief executive Ammar Aker said the group had fought a hard battle against Israeli operators "
        "that sell SIM cards illegally in West Bank markets and against restrictions on importing "
        "equipment. "
        "He said the company would invest about $40 million over two years to bring fibre to homes in "
        "Nablus, Jenin and Tulkarm. "
        "Jawwal, the group's mobile arm, has about 3 million subscribers, while its rival Ooredoo "
        "Palestine has been gaining market share with cheaper data packages, analysts said. "
        "The board recommended a cash dividend of 20 percent. "
        "Paltel shares rose 1.8 percent on Thursday, leading the Al-Quds index higher. "
        "The company employs about 3,000 people in the West Bank and Gaza.",
        "economy",
    ),
    (
        "Bethlehem hotels report full bookings for Christmas for first time in years",
        "BETHLEHEM, December 20, 2019 (WAFA) - Hotels in Bethlehem, Beit Jala and Beit Sahour are almost "
        "fully booked for the Christmas season, the Ministry of Tourism and Antiquities said on Friday. "
        "Minister Rula Maayah said about 3.5 million visitors had come to Palestine this year, most of "
        "them to Bethlehem, Jericho and Jerusalem. "
        "The city now has more than 5,000 hotel rooms, double the number a decade ago, she said. "
        "Souvenir makers who carve olive wood in Beit Sahour said they had struggled to keep up with "
        "orders from tour operators. "
        "The Manger Square Christmas tree, lit earlier this month, draws crowds every evening, and "
        "scouts' bands will lead the traditional procession on December 24. "
        "Hotel owners complained, however, that Israeli tour companies still take groups back to "
        "Jerusalem to sleep, leaving Bethlehem only a few hours of visits. "
        "The ministry said it was promoting longer stays through packages that combine pilgrimage with "
        "hiking and food tours.",
        "economy",
    ),
    (
        "Unemployment in Gaza hits 45 percent, statistics bureau says",
        "RAMALLAH, February 12, 2020 (Ma'an) - Unemployment in the Gaza Strip rose to 45 percent in the "
        "fourth quarter of last year, compared with 14 percent in the West Bank, the Palestinian Central "
        "Bureau of Statistics (PCBS) said in its labour force survey. "
        "Youth unemployment was even higher, at about 64 percent among graduates aged 20 to 29, the bureau "
        "said. "
        "Some 133,000 Palestinians from the West Bank worked in Israel and the settlements, earning on "
        "average more than twice the daily wage paid in the local market. "
        "The bureau said the number of Gaza residents holding Israeli work permits had risen to about "
        "5,000 after the easing of some restrictions. "
        "Economists said the siege on Gaza, in place since 2007, and the split between the Palestinian "
        "Authority and Hamas continued to strangle investment. "
        "The Federation of Palestinian Chambers of Commerce called for a plan to create jobs for "
        "graduates in technology and outsourcing. "
        "The survey was carried out on a sample of 7,500 households.",
        "economy",
    ),
    (
        "Fuel prices up for April as finance ministry cites global market",
        "RAMALLAH, March 31, 2022 (Palestine TV) - The General Petroleum Authority announced an increase "
        "in fuel prices for April, with a litre of 95-octane petrol rising to 7.18 shekels and diesel to "
        "6.79 shekels. "
        "The authority said the rise reflected the jump in global oil prices since the war in Ukraine "
        "began, and the higher price at which the Palestinian Authority buys fuel from Israeli "
        "suppliers. "
        "The price of a 12-kilogramme cooking gas cylinder was left unchanged at 65 shekels after the "
        "government decided to subsidise it. "
        "Taxi drivers in Hebron and Nablus said they would ask the Ministry of Transport to approve a "
        "rise in fares, which have not changed since 2018. "
        "The Consumer Protection Association said the increases would hit poor families hardest, "
        "coming on top of a steep rise in the price of flour and vegetable oil. "
        "The Ministry of National Economy said inspection teams would be sent to markets to prevent "
        "traders from raising prices beyond what was justified.",
        "economy",
    ),
    (
        "Bank of Palestine launches fund for women-led small businesses",
        "RAMALLAH, October 8, 2025 (Al-Quds) - Bank of Palestine has launched a $15 million lending "
        "programme for small businesses run by women, with loans of up to $30,000 at reduced interest "
        "and a one-year grace period, the bank said. "
        "The programme, backed by a guarantee from a European development bank, targets women who run "
        "food processing, embroidery, tailoring and technology start-ups in the West Bank. "
        "The bank's general manager said women owned fewer than one in ten registered businesses in "
        "Palestine and faced a tougher battle than men to obtain credit. "
        "Training in bookkeeping and online marketing will be offered to borrowers in partnership with "
        "the chambers of commerce in Hebron, Nablus and Ramallah. "
        "Samar Khalil, who runs a maftoul and freekeh business from her home in Sinjil, said a small loan "
        "would let her buy a second drying machine and hire two neighbours. "
        "The Palestine Monetary Authority welcomed the step, noting that bank deposits had held steady "
        "despite the economic slowdown. "
        "Applications open at the bank's 70 branches next month.",
        "economy",
    ),
    # politics
    (
        "President issues decree setting date for legislative elections; first vote in 15 years",
        "RAMALLAH, January 15, 2021 (WAFA) - President Mahmoud Abbas issued a decree on Friday setting "
        "legislative elections for May 22 and a presidential election for July 31, the first national "
        "votes since 2006. "
        "Elections for the Palestinian National Council would follow on August 31, the decree said. "
        "The Central Elections Commission said it was ready to begin updating the voters' register next "
        "month and that about 2.8 million Palestinians in the West Bank, Gaza and East Jerusalem were "
        "eligible to vote. "
        "Hamas welcomed the decree and said it had received guarantees that the results would be "
        "respected. "
        "Analysts said the battle within Fatah over its list of candidates could prove as difficult as "
        "the rivalry with Hamas, with Marwan Barghouti and Nasser al-Qudwa both weighing their options. "
        "The European Union said it was ready to send observers. "
        "It remained unclear whether Israel would allow voting in occupied East Jerusalem, as it did "
        "under past agreements.",
        "politics",
    ),
    (
        "Abbas postpones elections, citing Israel's refusal on Jerusalem",
        "RAMALLAH, April 30, 2021 (Ma'an) - President Mahmoud Abbas announced late on Thursday that the "
        "legislative elections planned for May 22 would be postponed until the participation of "
        "Jerusalemites could be guaranteed. "
        "Speaking at a meeting of the Palestinian leadership, Abbas said there would be no elections "
        "without Jerusalem, its candidates and its voters. "
        "Hamas described the decision as a coup against the national consensus, and several of the 36 "
        "registered lists said they would challenge it. "
        "The Freedom list, backed by Marwan Barghouti and Nasser al-Qudwa, said the postponement was a "
        "pretext to avoid defeat. "
        "Small demonstrations against the decision were held in Ramallah and Gaza City on Friday, and "
        "passed without incident. "
        "The European Union expressed deep disappointment and urged the setting of a new date as soon "
        "as possible. "
        "The Central Elections Commission said it had suspended all electoral procedures.",
        "politics",
    ),
    (
        "Local council elections go ahead in West Bank amid low turnout in cities",
        "RAMALLAH, March 26, 2022 (Palestine TV) - Polls closed on Saturday evening in the second phase "
        "of local elections in 50 West Bank municipalities, with turnout of about 53 percent, the Central "
        "Elections Commission said. "
        "Turnout was lower in the big cities, where many voters said they saw little point in voting "
        "while national elections remain frozen. "
        "Independent lists dominated by professionals and former mayors fought a fierce battle against "
        "lists backed by Fatah in Hebron, Nablus and al-Bireh. "
        "Hamas boycotted the vote but some candidates close to the movement ran on independent lists. "
        "Commission chairman Hanna Nasser said voting had passed smoothly and that no major violations "
        "were reported. "
        "Gaza did not take part, as Hamas authorities refused to allow the elections there. "
        "Final results are expected on Sunday evening. "
        "Observers from civil society groups said they had recorded minor complaints about campaigning near "
        "polling stations.",
        "politics",
    ),
    (
        "Mustafa sworn in as prime minister of reform government",
        "RAMALLAH, March 31, 2024 (WAFA) - Mohammad Mustafa and his new cabinet were sworn in before "
        "President Mahmoud Abbas at the presidential headquarters in Ramallah on Sunday. "
        "Mustafa, a US-educated economist and former head of the Palestine Investment Fund, also holds "
        "the foreign affairs portfolio in the 23-member government. "
        "In his first statement, he said priorities would be relief for Gaza, reform of the institutions "
        "and stabilising public finances. "
        "Western and Arab governments had pressed for a revitalised authority that could eventually "
        "govern Gaza after the war. "
        "Hamas and other factions criticised the appointment, saying it had been made without national "
        "consensus. "
        "Several ministers are from Gaza, including the minister of the interior. "
        "The outgoing prime minister, Mohammad Shtayyeh, had resigned in February. "
        "The government will present its programme to the president within a month, officials said.",
        "politics",
    ),
    (
        "PLO Central Council votes to suspend recognition of Israel; implementation left to committee",
        "RAMALLAH, February 8, 2022 (Al-Quds) - The PLO Central Council ended a two-day session on "
        "Tuesday with a decision to suspend recognition of Israel until it recognises a Palestinian "
        "state on the 1967 borders, and to halt security coordination. "
        "The council, which met in the Ahmad Shukeiri hall in Ramallah, also elected Rawhi Fattouh as "
        "speaker of the National Council and Hussein al-Sheikh as a member of the executive committee. "
        "Similar decisions taken in 2015 and 2018 were never implemented, and the council again left it "
        "to the executive committee to decide when and how to act. "
        "The Popular Front for the Liberation of Palestine and several independent members boycotted "
        "the session, saying it was held without national agreement. "
        "Critics said the meeting was more about shaping the succession to President Abbas than about "
        "confronting the occupation. "
        "Al-Sheikh is expected to take over the post of secretary of the executive committee.",
        "politics",
    ),
    (
        "Constitutional court ruling dissolves Legislative Council, elections ordered within six months",
        "RAMALLAH, December 22, 2018 (Ma'an) - President Mahmoud Abbas said on Saturday that the "
        "Constitutional Court had ruled to dissolve the Palestinian Legislative Council and call "
        "legislative elections within six months. "
        "The council, in which Hamas won a majority in 2006, has not met in full session since the "
        "movement took control of Gaza in 2007. "
        "Hamas rejected the ruling as politically motivated and said the court had no legitimacy, while "
        "its deputies in Gaza held a session in protest. "
        "Legal experts were divided over whether the court had the power to dissolve the elected body. "
        "Abbas made the announcement during a meeting of the Fatah leadership, in a speech in which he "
        "also attacked the United States' handling of the peace process. "
        "No date for the elections was set. "
        "The Independent Commission for Human Rights called for a national dialogue to avoid deepening "
        "the split.",
        "politics",
    ),
    (
        "Hebron municipal council sworn in as new mayor promises war on traffic jams",
        "HEBRON, January 3, 2023 (Palestine TV) - The new Hebron municipal council was sworn in at the "
        "governorate building on Tuesday, and its head promised to wage war on traffic chaos and "
        "uncollected rubbish in the West Bank's biggest city. "
        "Mayor Tayseer Abu Sneineh said the council would build two multi-storey car parks and move the "
        "central bus station out of the city centre within three years. "
        "The council is also seeking funding to repair the water network, which loses about a third of "
        "its supply to leaks. "
        "Abu Sneineh, a former prisoner, has previously headed the municipality, and his list won eight "
        "of the council's 15 seats in the local elections. "
        "Merchants in the Bab al-Zawiya area, the city's commercial heart, asked the council to ease "
        "licensing fees. "
        "The council's first session will be held next week. "
        "Outgoing council members handed over files on unfinished projects, including a new slaughterhouse "
        "and a park in the Ras al-Jora area.",
        "politics",
    ),
    # peace
]
