"""Negatives of eval/dev30, economy and politics: (title, text, kind code)."""

NEGATIVES = [
    (
        "Ukraine's central bank holds key rate, sees inflation easing as harvest improves",
        "KYIV — Ukraine's central bank kept its key interest rate unchanged at 15.5 percent on "
        "Thursday, saying inflation had probably peaked and would slow in the second half of the "
        "year as a better harvest and a stable hryvnia eased price pressures. Consumer prices "
        "rose 15.9 percent in the year to May, driven by food costs after last year's poor crop "
        "and by higher electricity tariffs. The National Bank of Ukraine said it expected "
        "inflation to fall to about 9 percent by the end of next year, provided international "
        'financing continued to arrive on time. "We see the first signs of a turn in price '
        'dynamics," deputy governor Serhiy Nikolaychuk told a news conference. The bank said the '
        "main risks to its forecast were the course of the war, damage to energy infrastructure "
        "and a possible shortage of workers as men are mobilised into the army. Ukraine's "
        "economy grew 2.9 percent last year, slower than in 2023, and the government relies on "
        "loans and grants from the European Union, the International Monetary Fund and other "
        "partners to cover a budget deficit driven by military spending. The IMF is expected to "
        "complete its next review of Ukraine's $15.5 billion loan programme next month. "
        "Economists said the decision was in line with expectations. Bankers in Kyiv said demand "
        "for mortgages under a state subsidy programme had risen, and the hryvnia was little "
        "changed against the dollar after the announcement. The bank also kept in place most of "
        "the currency controls introduced after the invasion, though it has gradually allowed "
        "companies to repay foreign loans and pay dividends abroad. Governor Andriy Pyshnyi said "
        "the banking system remained stable and profitable, and that deposits had continued to "
        "grow. Ukrainian exporters of grain and metals have benefited from the reopening of "
        "Black Sea shipping routes, which has cut transport costs. The government plans to raise "
        "some taxes next year to reduce its reliance on foreign aid. Economists at Kyiv's "
        "largest banks said they expected the next rate cut in the autumn if inflation slowed as "
        "forecast.",
        "economy",
    ),
    (
        "Russia's central bank raises rate to 21%, citing war-driven spending",
        "MOSCOW — Russia's central bank raised its key interest rate by two percentage points to "
        "21 percent on Friday, the highest level since the early 2000s, saying inflation was "
        "running well above its forecast because of strong consumer demand, a tight labour "
        "market and record government spending. Governor Elvira Nabiullina told a news "
        "conference that the economy was overheating and that the bank could raise rates again "
        "in December. Defence and security spending are set to reach about 40 percent of federal "
        "budget outlays next year, according to the draft budget, and factories producing for "
        "the military are offering high wages that have drawn workers from other sectors. "
        '"Unemployment is at a historic low, which is good for people, but it means the economy '
        'has run out of free resources," Nabiullina said. Business leaders have complained that '
        "the high cost of borrowing is making investment impossible, and the head of the state "
        "conglomerate Rostec said many companies would go bankrupt if rates stayed so high. "
        "Western sanctions imposed over the war in Ukraine have cut Russia off from most Western "
        "markets and technology, though oil exports to China and India have helped keep revenues "
        "flowing. The rouble weakened slightly after the decision. Analysts polled before the "
        "meeting had expected a smaller increase. The central bank now expects inflation of 8 to "
        "8.5 percent this year. Mortgage rates for ordinary borrowers have risen above 25 "
        "percent, and demand for car loans has fallen sharply, according to banking data. The "
        "government has extended subsidised mortgage schemes for families with children and for "
        "some regions, but ended a broader programme in July. Some Russian companies have "
        "reported delays in payments from foreign customers, as banks in China, Turkey and the "
        "United Arab Emirates tighten compliance to avoid US secondary sanctions. The finance "
        "ministry said it was confident that the budget would be balanced over the next three "
        "years, helped by higher taxes on companies and on high earners that take effect in "
        "January. Economists expect growth to slow sharply next year.",
        "economy",
    ),
    (
        "Syrian pound rallies as traders bet on end of sanctions",
        "DAMASCUS — The Syrian pound strengthened sharply against the dollar on Damascus's black "
        "market this week, traders said, as businessmen bet that the lifting of Western "
        "sanctions would bring investment and aid money into the country. Money changers in the "
        "capital's Hamidiyeh market said the pound was trading at about 9,500 to the dollar, up "
        "from more than 14,000 in December, and that supermarkets were filling with imported "
        'goods that had been scarce for years. "For the first time in years people are selling '
        'dollars, not buying them," said a money changer who gave only his first name, Samer. '
        "The new authorities have lifted restrictions on holding foreign currency and allowed "
        "private imports, and fuel prices have fallen. But economists warned that the rally "
        "reflected a shortage of pounds in circulation more than real growth, and that public "
        "sector salaries, paid irregularly, were still worth less than $40 a month. The World "
        "Bank estimates that Syria's economy shrank by more than half during the civil war that "
        "began in 2011, and that the cost of reconstruction could reach hundreds of billions of "
        "dollars. Gulf states have said they will pay off Syria's arrears to the World Bank, "
        "opening the way for new grants. A delegation of Saudi investors visited Damascus on "
        "Tuesday to discuss projects in energy, telecommunications and real estate. Traders said "
        "rents in central Damascus had doubled since the start of the year. Syria's new central "
        "bank governor said the bank was preparing to issue new banknotes and to remove two "
        "zeros from the currency, which lost more than 99 percent of its value against the "
        "dollar during the war. Traders said the rally had hurt exporters and families who "
        "receive money from relatives abroad, as the dollars they receive buy fewer goods. Some "
        "economists also warned that the new government's decision to cut subsidies on bread and "
        "fuel could push up prices for the poorest families. Businesses in Aleppo, the country's "
        "former industrial capital, said they were waiting for electricity supplies to improve "
        "before reopening factories. The finance ministry has promised to raise public sector "
        "salaries by 400 percent.",
        "economy",
    ),
    (
        "Moody's downgrades Israel, citing costs and risks of war",
        "TEL AVIV — Moody's cut Israel's credit rating by one notch to A2 on Friday, the first "
        "downgrade in the country's history, saying the war with Hamas and its wider "
        "consequences posed material risks to Israel's political institutions and public "
        "finances for the foreseeable future. The agency kept a negative outlook, meaning "
        "further cuts are possible. Moody's said it expected Israel's debt burden to be "
        '"materially higher" than before the war and that government institutions had been '
        "weakened by the conflict and by the government's earlier attempt to curb the powers of "
        "the judiciary. Prime Minister Benjamin Netanyahu said the downgrade was not connected "
        "to the economy but was due solely to the fact that the country was at war, and that the "
        "rating would go back up when Israel won. Finance Minister Bezalel Smotrich called the "
        'report a "political manifesto". The shekel was little changed in early trading on '
        "Sunday and Tel Aviv shares fell slightly. Bank of Israel figures show the economy "
        "shrank by nearly 20 percent on an annualised basis in the last quarter of 2023 as "
        "hundreds of thousands of reservists were called up and consumers stayed home, before "
        "recovering partly in early 2024. The government has raised defence spending and "
        "approved a supplementary budget, and the deficit is expected to reach about 6.6 percent "
        "of gross domestic product this year. Economists said the downgrade could raise "
        "borrowing costs. Bank of Israel Governor Amir Yaron said the economy was strong and "
        "resilient and that the government needed to take responsible budget decisions to "
        "reassure markets. Fitch and S&P Global, the two other major rating agencies, have put "
        "Israel on watch for a possible downgrade but had not acted by Friday. Israel's tech "
        "sector, which accounts for a large share of exports and tax revenue, has continued to "
        "attract investment despite the war, but some start-ups have moved staff abroad. Tourism "
        "has collapsed, and farms in the south and the north have struggled with a shortage of "
        "workers. Finance ministry officials said the government would issue more bonds in "
        "international markets this year.",
        "economy",
    ),
    (
        "Sri Lanka secures IMF bailout after historic default",
        "COLOMBO — The International Monetary Fund approved a $2.9 billion bailout for Sri Lanka "
        "on Monday, releasing an immediate payment of about $330 million and opening the way for "
        "financing from other lenders after the island's first sovereign default last year. "
        "President Ranil Wickremesinghe said in a televised address that the country would no "
        'longer be regarded as bankrupt. "We can now begin the task of restructuring our debt '
        'and rebuilding trust," he said. The programme requires Sri Lanka to raise taxes, remove '
        "energy subsidies and strengthen its central bank's independence. Sri Lanka ran out of "
        "foreign exchange in 2022, leading to long queues for fuel, cooking gas and medicines "
        "and to months of protests that forced former president Gotabaya Rajapaksa to flee the "
        "country and resign. Rajapaksa, a former defence secretary, was credited by his "
        "supporters with ending the country's 26-year civil war against Tamil Tiger separatists "
        "in 2009, but critics blamed his government's tax cuts and a sudden ban on chemical "
        "fertilisers for the economic collapse. Inflation, which peaked at nearly 70 percent "
        "last year, has begun to slow. The rupee rose sharply after the announcement. Creditors "
        "including China, Japan and India had to give assurances on debt relief before the IMF "
        "board could approve the loan. Economists said Sri Lanka faced years of austerity before "
        "living standards returned to pre-crisis levels.",
        "economy",
    ),
    (
        "Ukraine's parliament extends martial law, postponing elections again",
        "KYIV — Ukraine's parliament voted on Tuesday to extend martial law and general "
        "mobilisation for another 90 days, meaning presidential and parliamentary elections will "
        "not be held while the war with Russia continues. The Verkhovna Rada approved the "
        "extension by 357 votes, well above the required majority, with one lawmaker voting "
        "against. Ukrainian law forbids elections under martial law, which was introduced when "
        "Russia launched its full-scale invasion in February 2022 and has been extended every "
        "three months since. President Volodymyr Zelensky's five-year term would have ended in "
        "May 2024, and Russian officials have repeatedly claimed that he is no longer a "
        "legitimate leader. Ukraine's constitutional experts and Western governments have "
        "rejected the claim, saying the constitution allows the president to stay in office "
        "until a successor is elected. Opposition lawmakers, including members of former "
        "president Petro Poroshenko's party, supported the extension but said the government "
        'must start preparing for a vote as soon as security allows. "Nobody in this hall wants '
        'elections under shelling, with millions of voters abroad and soldiers in the trenches," '
        "said one opposition deputy. A survey by the Kyiv International Institute of Sociology "
        "found that most Ukrainians opposed holding elections before the end of the war. The "
        "Central Election Commission has said it would need at least six months to organise a "
        "vote after martial law ends. Parliament also voted to extend the mandate of local "
        "councils.",
        "politics",
    ),
    (
        "Sri Lanka elects leftist Dissanayake, whose party once led armed uprisings",
        "COLOMBO — Anura Kumura Dissanayake, the leader of a Marxist-rooted coalition, was sworn "
        "in as Sri Lanka's president on Monday after winning an election dominated by anger over "
        "the economic crisis and corruption. Dissanayake, 55, won after a second count of "
        "preferential votes, the first time in the country's history that the result had been "
        "decided that way, the election commission said. His National People's Power coalition "
        "is built around the Janatha Vimukthi Peramuna, a party that led two failed armed "
        "uprisings against the state in 1971 and in the late 1980s, in which tens of thousands "
        "of people died. The party later renounced violence and entered parliamentary politics, "
        'and Dissanayake has apologised for its past. "I know I am not a magician. There are '
        "things I know and things I don't know,\" he said at the swearing-in ceremony in "
        "Colombo. He promised to fight corruption, cut taxes for the poor and renegotiate parts "
        "of the country's bailout programme with the International Monetary Fund, while keeping "
        "its broad targets. The outgoing president, Ranil Wickremesinghe, conceded defeat and "
        "congratulated his rival. Voting on Saturday was peaceful, according to election "
        "monitors, who reported only minor violations. Investors were cautious, and the rupee "
        "was little changed. Dissanayake is expected to dissolve parliament and call a general "
        "election within weeks. Supporters gathered outside the election commission in Colombo "
        "and in the party's strongholds in the south, setting off firecrackers and dancing. Many "
        'voters said they had chosen Dissanayake because he had no record in government. "The '
        'old parties had their chance. They took the country to bankruptcy," said a '
        "three-wheeler driver in Colombo. Dissanayake also won a significant share of votes in "
        "the Tamil-majority north, where many people still seek answers about relatives who "
        "disappeared during the civil war that ended in 2009. He has said he will support "
        "reconciliation but has not committed to the international investigations sought by "
        "Tamil groups. India and China, which compete for influence in Sri Lanka, both "
        "congratulated the new president.",
        "politics",
    ),
    (
        "EU adopts new sanctions against Russia, targeting LNG and shadow fleet",
        "BRUSSELS — European Union governments formally adopted a 14th package of sanctions "
        "against Russia on Monday, for the first time targeting the country's lucrative "
        "liquefied natural gas trade by banning the re-export of Russian LNG through EU ports. "
        "The package also adds 27 ships of Russia's so-called shadow fleet of ageing tankers to "
        "a list of vessels barred from EU ports and services, and imposes asset freezes and "
        "travel bans on 116 more individuals and entities, the EU's foreign policy chief said. "
        "The measures had been held up for weeks by Germany, which sought changes to a clause "
        "making EU parent companies responsible for ensuring that their subsidiaries abroad do "
        "not help Moscow evade sanctions. Hungary, which has often delayed previous packages, "
        "did not block the decision. \"Russia's war machine relies on revenues from energy "
        "exports, and we are cutting them,\" the EU's foreign policy chief told reporters after "
        "a meeting of foreign ministers in Luxembourg. The ban on re-exports will take effect "
        "after a nine-month transition. Russia's foreign ministry said the sanctions were "
        "illegal and would harm Europe more than Russia. EU imports of Russian pipeline gas have "
        "fallen sharply since 2022, but LNG shipments to Belgium, France and Spain have "
        "continued. Diplomats said work on a 15th package would start in the autumn. The package "
        "also bans EU ports from being used for transhipment of Russian liquefied natural gas to "
        "third countries and prohibits new investment in LNG projects under construction in "
        "Russia, such as the Arctic LNG 2 and Murmansk projects. For the first time, the EU "
        "listed vessels that it says have helped transport North Korean military equipment and "
        "ammunition to Russia. Several Chinese companies accused of supplying Russia with "
        "components for drones and missiles were also added to the list, which China said it "
        "firmly opposed. The EU has also been discussing how to use windfall profits from "
        "immobilised Russian central bank assets to support Ukraine, and G7 leaders agreed this "
        "month on a $50 billion loan backed by those profits.",
        "politics",
    ),
    (
        "US lifts most sanctions on Syria after meeting with new president",
        "WASHINGTON — The United States lifted most of its sanctions on Syria on Monday, issuing "
        "a general licence that allows transactions with the new government and the central "
        "bank, days after President Donald Trump met Syria's interim president Ahmed al-Sharaa "
        "in Riyadh. The Treasury said the move was intended to help Syria rebuild after more "
        "than a decade of civil war and to give its new leaders a chance to stabilise the "
        'country. "Syria must continue to work to become a stable country at peace," Treasury '
        "Secretary Scott Bessent said. The State Department also issued a waiver under the "
        "Caesar Act, which had imposed penalties on foreign companies doing business with the "
        "government of former president Bashar al-Assad. Sharaa, who led the rebel offensive "
        "that toppled Assad in December, was once a commander in an al-Qaeda affiliate, and the "
        "US had offered a $10 million reward for information about him until last year. Syrian "
        "officials welcomed the decision and said they hoped it would encourage investment in "
        "electricity, water and housing. Some members of Congress said sanctions relief should "
        "be tied to the protection of minorities and to progress towards elections. Several "
        "sanctions remain in place, including on Assad and his associates and on people accused "
        "of drug trafficking. The European Union has also announced that it would lift economic "
        "sanctions on Syria. Syrians in Damascus celebrated the announcement of the end of "
        "sanctions in the streets, honking car horns and waving the new national flag. "
        "Businessmen said the decision would allow them to import machinery and spare parts and "
        "to use international banking networks. The World Bank said it was preparing a programme "
        "to repair Syria's electricity grid, which it said was one of the most urgent priorities "
        "for reconstruction. Aid groups welcomed the move, saying sanctions had made it harder "
        "to deliver humanitarian assistance. The Treasury said it would continue to monitor "
        "Syria's progress, and that sanctions could be reimposed if the government failed to "
        "meet its commitments.",
        "politics",
    ),
    (
        "Former guerrilla Petro wins Colombia presidency, promising change",
        "BOGOTÁ — Gustavo Petro, a former member of the M-19 guerrilla group, won Colombia's "
        "presidential run-off on Sunday, becoming the country's first leftist president after "
        "decades of conservative and centrist governments. Petro, 62, took 50.4 percent of the "
        "vote against 47.3 percent for the populist businessman Rodolfo Hernández, according to "
        "official results. His running mate, environmental activist Francia Márquez, will be the "
        "country's first Black vice-president. In a victory speech in Bogotá, Petro called for "
        "national unity and promised to fight inequality, expand social programmes and move the "
        "economy away from oil and coal. He also pledged to fully implement the 2016 peace "
        "agreement with the FARC and to seek talks with the remaining armed groups, a policy he "
        'calls "total peace". Petro joined the M-19 as a teenager and spent time in prison in '
        "the 1980s for illegal possession of weapons; the group signed a peace deal with the "
        "government in 1990 and became a political party. He later served as a senator and as "
        "mayor of Bogotá. Hernández conceded defeat on social media. Turnout was about 58 "
        "percent. Markets had feared a Petro victory, and the peso weakened on Monday morning. "
        "Business groups said they were ready to work with the new government but urged it to "
        "maintain fiscal discipline. Petro takes office on August 7. In Bogotá's Movistar Arena, "
        "supporters waved flags and chanted as the results came in, and some cried when Petro "
        'took the stage with Márquez. "I never thought I would see this. A president who comes '
        "from the people,\" said a retired teacher from the city of Cali. Petro's opponents in "
        "Congress said they would act as a responsible opposition. The new president will face a "
        "divided Congress, high inflation and a large budget deficit, and he has said he will "
        "propose a tax reform aimed at the wealthiest Colombians. He has also promised to halt "
        "new oil exploration contracts, worrying investors in the country's largest export "
        "industry.",
        "politics",
    ),
    (
        "Knesset passes wartime budget after coalition battle over draft exemptions",
        "JERUSALEM — Israel's parliament approved the 2025 state budget on Tuesday by 66 votes "
        "to 52, ending weeks of political battles within Prime Minister Benjamin Netanyahu's "
        "coalition and averting an early election that would have been triggered if the budget "
        "had not passed by the end of the month. The budget of about 620 billion shekels "
        "includes record defence spending and cuts to ministries to finance the costs of the "
        "war, as well as higher value-added tax and a freeze on tax brackets. Ultra-Orthodox "
        "parties had threatened to vote against it unless the government passed a law exempting "
        "yeshiva students from military service, an issue that has deeply divided Israelis after "
        "more than a year of reservist call-ups. Coalition whips secured their support after "
        "promises that the bill would be brought forward in the coming months. Opposition leader "
        'Yair Lapid called it "the worst budget in the country\'s history" and accused the '
        "government of buying coalition loyalty with funds for religious institutions while "
        'reservists\' businesses collapsed. "This is a budget for political survival," he said '
        "in the plenum. Finance Minister Bezalel Smotrich said the budget was responsible and "
        "would bring the deficit down. The Bank of Israel has warned that the government must "
        "address the long-term costs of higher defence spending. The opposition said it would "
        "challenge some coalition funds in the Supreme Court.",
        "politics",
    ),
]
