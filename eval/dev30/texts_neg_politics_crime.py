"""Negatives of eval/dev30, peace, economy, politics and crime: (title, text, kind code)."""

NEGATIVES = [
    (
        "Israel-Hezbollah ceasefire takes effect after cabinet approval",
        "BEIRUT — A ceasefire between Israel and Hezbollah took effect at 4 a.m. on Wednesday "
        "under a deal brokered by the United States and France, after Israel's security cabinet "
        "approved the agreement late on Tuesday by ten votes to one. Under the terms published "
        "by the Lebanese government, Israeli forces are to withdraw gradually from southern "
        "Lebanon over 60 days, while the Lebanese army deploys thousands of soldiers south of "
        "the Litani river and Hezbollah removes its fighters and weapons from the area. A "
        "committee chaired by the United States and including France, the UN peacekeeping force "
        'and the two parties will monitor compliance. "This is a moment of hope," said the UN '
        "special coordinator for Lebanon. US President Joe Biden said in a statement from the "
        'White House Rose Garden that the agreement was "designed to be a permanent cessation of '
        "hostilities\". Israel's prime minister said Israel would retain full freedom of action "
        "if Hezbollah violated the deal. Lebanon's caretaker prime minister, Najib Mikati, "
        "welcomed the ceasefire and called on Israel to respect it fully. Lebanese army "
        "officials said recruitment of 1,500 additional soldiers would begin within days. "
        "Analysts in Beirut said the most difficult questions, including the future of "
        "Hezbollah's arsenal north of the Litani and the demarcation of the land border, had "
        "been left for later talks. The 14-month conflict, which escalated into full-scale war "
        "in September, killed more than 3,800 people in Lebanon according to the health "
        "ministry, and dozens in Israel. By Wednesday evening the morning had passed without "
        "incidents reported by either army, and France's foreign minister said the two countries "
        "would help fund the reconstruction of the south.",
        "peace",
    ),
    (
        "Colombia and FARC sign peace accord, ending half a century of war",
        "CARTAGENA, Colombia — Colombian President Juan Manuel Santos and the leader of the FARC "
        "guerrillas, Rodrigo Londoño, known as Timochenko, signed a peace agreement on Monday in "
        "the Caribbean city of Cartagena, formally ending a 52-year conflict that killed more "
        "than 220,000 people. The two men used a pen made from a bullet to sign the 297-page "
        "accord before 15 heads of state, the UN secretary-general and some 2,500 guests, most "
        'of them dressed in white. "I ask forgiveness for all the pain we may have caused in '
        'this war," Londoño said in a speech that drew applause. Santos said the agreement meant '
        "the start of a new Colombia. Under the deal, negotiated over four years in Havana, "
        "about 7,000 FARC fighters are to gather in 23 zones and hand over their weapons to UN "
        "monitors within six months, and the group is to become a political party guaranteed ten "
        "seats in Congress until 2026. A special tribunal will try crimes committed during the "
        "conflict, with reduced sentences for those who confess. The agreement must still be "
        'approved by voters in a referendum on October 2. Opinion polls show the "yes" side '
        "ahead, but former president Álvaro Uribe has campaigned against the deal, arguing it "
        "lets guerrilla commanders escape prison. Outside the ceremony, a few hundred opponents "
        "marched peacefully with banners. The conflict, which began in 1964 as a peasant "
        "uprising, has displaced more than 6 million Colombians. In the streets of Cartagena, "
        "thousands of people watched the ceremony on giant screens, some waving white "
        "handkerchiefs. In rural areas once controlled by the guerrillas, villagers gathered "
        'around television sets in community halls. "We have lived with this war our whole '
        'lives. Today we are allowed to hope," said a woman in a village in Meta department who '
        "lost two brothers in the conflict. The government has promised investment in roads, "
        "schools and land titles in areas that were most affected by the conflict, and a "
        "programme to help farmers replace coca crops with legal ones. The European Union "
        "announced that it was suspending the FARC from its list of terrorist organisations. A "
        "UN mission of unarmed observers from Latin American countries will monitor the "
        "disarmament process.",
        "peace",
    ),
    (
        "Ethiopia and Tigray leaders agree to cessation of hostilities in Pretoria",
        "PRETORIA — Ethiopia's federal government and the Tigray People's Liberation Front "
        "agreed on Wednesday to a permanent cessation of hostilities, the African Union said, "
        "after ten days of talks in South Africa aimed at ending two years of war in the "
        "country's north. Former Nigerian president Olusegun Obasanjo, the AU's lead mediator, "
        "said the two sides had agreed to systematic, orderly and coordinated disarmament, the "
        "restoration of law and order and of services, and unhindered access for humanitarian "
        'supplies. "This moment is not the end of the peace process, but the beginning of it," '
        "Obasanjo told reporters. Redwan Hussein, the Ethiopian government's representative, "
        "said the agreement recognised the country's constitutional order, while Getachew Reda, "
        "for the Tigrayan side, said his delegation had made painful concessions to end the "
        "suffering of its people. The text does not mention the role of Eritrean troops, who "
        "fought alongside federal forces during the war. Senior military commanders from both "
        "sides are to meet within days to work out the details of disarmament. UN "
        'Secretary-General António Guterres welcomed the deal as a "welcome first step". The '
        "war, which began in November 2020, has killed tens of thousands of people, though "
        "researchers say the true figure could be far higher, and left millions in need of food "
        "aid. Diplomats in Addis Ababa said the real test would be whether the agreement was "
        "implemented on the ground. In Mekelle, the Tigrayan capital, residents who were able to "
        "follow the news despite a communications blackout said they hoped the deal would bring "
        "back electricity, banking and telephone services, which had been cut for more than a "
        'year. "We want to see our relatives, to send money, to buy medicine. That is what peace '
        'means for us," said a teacher reached through a satellite connection. Aid agencies said '
        "they were ready to send food and medicine as soon as roads were opened and asked for "
        "guarantees of safe passage. The United States, which took part in the talks as an "
        "observer, said it would support implementation of the agreement. The deal includes a "
        "commitment to set up a transitional justice policy and to stop hostile propaganda.",
        "peace",
    ),
    (
        "Congo and Rwanda sign US-brokered peace agreement in Washington",
        "WASHINGTON — The foreign ministers of the Democratic Republic of Congo and Rwanda "
        "signed a peace agreement at the State Department on Friday, committing their countries "
        "to end support for armed groups in eastern Congo and to set up a joint security "
        "mechanism within 30 days. The deal, brokered by the United States with help from Qatar, "
        'calls for the "disengagement, disarmament and conditional integration" of non-state '
        "armed groups, and for Rwanda to lift what it calls defensive measures on Congolese "
        'territory. US Secretary of State Marco Rubio said it was "an important moment after 30 '
        "years of war\". Congo's foreign minister, Thérèse Kayikwamba Wagner, said the agreement "
        "had to be followed by respect for Congo's sovereignty, and asked for a moment of "
        "silence for the victims of the conflict. Her Rwandan counterpart, Olivier Nduhungirehe, "
        "said there was a lot of uncertainty about the deal because previous agreements had not "
        "been implemented. The agreement also sets out a framework for regional economic "
        "integration, with projects in mining, hydropower and infrastructure, which US officials "
        "said would bring Western investment to a region rich in tantalum, gold and cobalt. The "
        "M23 rebel group, which controls the cities of Goma and Bukavu, was not a party to the "
        "agreement and is holding separate talks with Kinshasa in Doha. President Donald Trump "
        "later received the two ministers in the Oval Office. Analysts in Kinshasa said the real "
        "test would come in the months ahead. The agreement follows a declaration of principles "
        "signed by the two countries in April, in which they committed to respect each other's "
        "sovereignty and to draft a peace deal. Under its terms, Congo commits to address the "
        "presence of the Democratic Forces for the Liberation of Rwanda, a Hutu armed group "
        "founded by people linked to the 1994 genocide, which Kigali regards as a threat. A "
        "joint oversight committee including representatives of the African Union, Qatar and the "
        "United States will monitor implementation. Diplomats said the economic side of the deal "
        "would be negotiated separately, and that US companies had already expressed interest in "
        "investing in Congolese mines. Civil society groups in Goma said they would judge the "
        "agreement by whether the people who fled their homes could return.",
        "peace",
    ),
    (
        "UN Security Council renews peacekeeping mission in South Sudan for another year",
        "NEW YORK — The UN Security Council voted on Friday to extend the mandate of its "
        "peacekeeping mission in South Sudan for another year, keeping the ceiling of about "
        "17,000 troops and 2,100 police and asking the mission to help prepare the country for "
        "its first elections. The resolution, drafted by the United States, was adopted by 13 "
        "votes, with Russia and China abstaining. The two countries said the text contained "
        "language on human rights and on the arms embargo that amounted to interference in South "
        "Sudan's internal affairs. The mission, known as UNMISS, was set up in 2011 when South "
        "Sudan became independent and has since been one of the UN's largest. Its bases "
        "sheltered tens of thousands of civilians during the civil war that broke out in 2013, "
        "and most of those protection sites have since been handed over to the government as "
        "displacement camps. The head of the mission, Nicholas Haysom, told the council last "
        "month that the country was running out of time to carry out the 2018 peace agreement, "
        "including the unification of rival armed forces and the drafting of a permanent "
        "constitution. South Sudan's ambassador said the government was committed to holding "
        "elections and thanked the peacekeepers for their service. Diplomats said negotiations "
        "over the text had focused on the mission's role in supporting the electoral process "
        "rather than on protection of civilians. The mission's annual budget is about $1.2 "
        "billion. Donor countries have expressed growing frustration with the slow pace of "
        "reforms. In Juba, a government spokesman welcomed the renewal and said the country was "
        "working to hold elections, which have been postponed several times, in December next "
        "year. Civil society groups said the mission played an important role in monitoring the "
        "human rights situation and urged the council to keep the focus on protecting civilians. "
        "The mission's troops come mainly from India, Rwanda, Nepal, Bangladesh, China and "
        "Ghana. The resolution also asks the secretary-general to report on options for adapting "
        "the mission to the changing situation in the country, including the return of refugees "
        "from neighbouring countries and the reduction of the mission's footprint in areas that "
        "have become stable.",
        "peace",
    ),
    (
        "PKK announces it will dissolve and end armed struggle against Turkey",
        "ISTANBUL — The Kurdistan Workers' Party, or PKK, said on Monday it had decided to "
        "dissolve itself and end its four-decade armed struggle against the Turkish state, "
        "following a call by its imprisoned founder Abdullah Öcalan. In a statement published by "
        "a news agency close to the group, the PKK said its congress, held last week in northern "
        'Iraq, had concluded that the organisation had "completed its historic mission" and that '
        "the Kurdish question could now be resolved through democratic politics. The statement "
        "said the practical steps of disarmament would be carried out under the leadership of "
        "Öcalan, who has been held on an island prison near Istanbul since 1999. A spokesman for "
        "President Recep Tayyip Erdogan's ruling party welcomed the decision as an important "
        'step towards a "terror-free Turkey" and said the state would closely monitor the '
        "handover of weapons. The pro-Kurdish DEM Party, which has acted as a go-between in the "
        "process, called on the government to make legal changes to allow fighters to return to "
        "civilian life. Markets rose on the news, with the Istanbul stock exchange gaining 2 "
        "percent. The PKK took up arms in 1984 with the aim of creating a Kurdish state, later "
        "moderating its demands to autonomy and rights for Kurds, who make up about a fifth of "
        "Turkey's population. The conflict has killed more than 40,000 people. Analysts said "
        "questions remained over the fate of the group's commanders and of allied Kurdish forces "
        "in Syria.",
        "peace",
    ),
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
    (
        "Paris attacks trial ends with life sentence for Salah Abdeslam",
        "PARIS — A special Paris court on Wednesday sentenced Salah Abdeslam, the only surviving "
        "member of the group that carried out the November 2015 attacks on the French capital, "
        "to life in prison without the possibility of parole, the most severe penalty under "
        "French law. The court found Abdeslam, 32, guilty of murder and attempted murder in "
        "connection with a terrorist enterprise. Nineteen other defendants were convicted of "
        "charges ranging from logistical support to terrorism-related conspiracy; six of them "
        "were tried in absentia and are presumed dead. The verdict ended a ten-month trial, the "
        "largest in modern French history, during which hundreds of survivors and relatives of "
        "victims testified about the night of the attacks at the Bataclan concert hall, outside "
        "the Stade de France and on café terraces, in which 130 people were killed. Abdeslam had "
        "told the court that he decided not to detonate his explosive vest and apologised to the "
        "victims, though he also said he belonged to the Islamic State group. Survivors gathered "
        'outside the courthouse after the verdict. "It is not a relief, but it is a step. Now we '
        'can try to live," said a man who was wounded at the Bataclan. The court was built '
        "inside the historic Palais de Justice on the Île de la Cité for the trial, which was "
        "recorded for the national archives. Defence lawyers said they would consider an appeal. "
        "During the trial, the court heard from investigators about how the attackers had "
        "travelled to Europe from Syria along the migrant route through Greece and the Balkans, "
        "and how they had been directed by commanders of the Islamic State in Raqqa. Many "
        "survivors said that testifying had helped them, and some formed friendships with "
        "lawyers and other victims over the months of hearings. One of the defendants, Mohamed "
        "Abrini, who had taken part in the preparation of the attacks, was also sentenced to "
        "life, with a minimum of 22 years. The court rejected the argument of Abdeslam's lawyers "
        "that he had renounced violence. A separate trial for the 2016 Brussels bombings is due "
        "to open in Belgium in the autumn.",
        "crime",
    ),
    (
        "Former LRA commander Ongwen sentenced to 25 years by ICC",
        "THE HAGUE — The International Criminal Court sentenced Dominic Ongwen, a former "
        "commander of Uganda's Lord's Resistance Army, to 25 years in prison on Thursday for war "
        "crimes and crimes against humanity committed in northern Uganda in the early 2000s. "
        "Ongwen was convicted in February of 61 counts, including murder, rape, sexual slavery, "
        "forced marriage and the conscription of child soldiers, in connection with attacks on "
        "camps for displaced people between 2002 and 2005. Presiding judge Bertram Schmitt said "
        "the court had taken into account that Ongwen himself had been abducted by the LRA at "
        "the age of about nine on his way to school, but that this did not excuse his crimes as "
        'an adult. "He chose to commit them," the judge said. Prosecutors had asked for 20 '
        "years, while the defence argued for a sentence of ten years at most because of his "
        "childhood experience. Ongwen is the first former child soldier to be convicted by the "
        "court. Victims' groups in the northern Ugandan town of Gulu followed the hearing on a "
        "screen set up in a community hall, and some said the sentence was too lenient. The LRA, "
        "led by Joseph Kony, terrorised northern Uganda for two decades before moving into "
        "neighbouring countries. Kony remains at large. Ongwen's lawyers have appealed against "
        "the conviction. The time he has spent in detention since 2015 will be deducted from his "
        "sentence. The court will decide at a later date on reparations for the victims, who "
        "number in the thousands and include former residents of the camps at Pajule, Odek, "
        "Lukodi and Abok, as well as women who were forced to marry LRA commanders and the "
        "children born of those marriages. The ICC's Trust Fund for Victims has already run "
        "programmes in northern Uganda, providing medical care and psychological support. Some "
        "survivors said the trial had been too far away, and that they had learned of the "
        "sentence only from the radio. Others said they had forgiven Ongwen because he had been "
        "abducted as a child, and some traditional leaders had called for him to be returned "
        "home to take part in a reconciliation ceremony. Northern Uganda has been at peace since "
        "the LRA left the country in 2006.",
        "crime",
    ),
    (
        "German court convicts Syrian ex-officer of crimes against humanity",
        "KOBLENZ, Germany — A German court on Thursday sentenced a former Syrian intelligence "
        "officer to life in prison for crimes against humanity, in the first trial in the world "
        "over state-sponsored torture in Syria. The Koblenz higher regional court found Anwar "
        "Raslan, 58, guilty of 27 murders and of overseeing the torture of at least 4,000 people "
        "at the Al-Khatib detention centre in Damascus, known as Branch 251, in 2011 and 2012. "
        "Raslan, who defected and came to Germany as an asylum seeker in 2014, had denied the "
        "charges. Judges relied on testimony from dozens of survivors and on photographs "
        "smuggled out of Syria by a military photographer known as Caesar. The case was brought "
        "under the principle of universal jurisdiction, which allows courts to try serious "
        'crimes regardless of where they were committed. "This verdict gives hope to all '
        'survivors that justice is possible," said Wassim Mukdad, a survivor who testified in '
        "the trial. Relatives of detainees who disappeared in Syrian prisons held photographs of "
        "their loved ones outside the courthouse. A junior officer from the same branch was "
        "convicted last year of aiding and abetting crimes against humanity. Human rights "
        "lawyers said the verdict was a warning to officials who believed they could escape "
        "justice by leaving Syria. Raslan's lawyers said they would appeal. The trial, which "
        "lasted nearly two years, heard from more than 80 witnesses, many of them Syrians living "
        "in Germany and other European countries, who described beatings, electric shocks and "
        "being hung from the ceiling in the basement of the detention centre. Several witnesses "
        "testified anonymously because they feared for relatives still in Syria. Germany has "
        "become a centre for such prosecutions because of the large number of Syrian refugees "
        "who live there and because its law allows the prosecution of crimes against humanity "
        "committed abroad. Prosecutors in France, Sweden and the Netherlands have brought "
        "similar cases.",
        "crime",
    ),
    (
        "Manchester Arena inquiry finds MI5 missed chance to stop bomber",
        "LONDON — Britain's MI5 security service missed a significant opportunity to take action "
        "that might have prevented the 2017 Manchester Arena bombing, a public inquiry concluded "
        "on Thursday, prompting the agency's chief to apologise to the families of the 22 people "
        "who were killed. Inquiry chairman John Saunders said MI5 had received two pieces of "
        "intelligence about the bomber, Salman Abedi, in the months before the attack, but that "
        'officers had not shared them quickly enough or assessed them properly. "There was a '
        'significant missed opportunity to take action that might have prevented the attack," '
        "Saunders said in his report, the third and final volume of the inquiry. MI5 Director "
        'General Ken McCallum said he was "profoundly sorry" that the agency had not prevented '
        "the attack. The families' lawyers said the report confirmed their worst fears. Earlier "
        "volumes criticised security arrangements at the venue and the slow response of the "
        "emergency services on the night of the Ariana Grande concert. The inquiry also found "
        "that Abedi had been radicalised by people in Manchester and in Libya. His brother, "
        "Hashem Abedi, was jailed for at least 55 years in 2020 for helping to plan the attack. "
        '"Nothing will bring our children back, but we hope lessons are learned," said the '
        "mother of one of the victims. The government said it would study the recommendations "
        "carefully. The chairman also found that Abedi's parents bore some responsibility for "
        "his radicalisation, and criticised the failure to refer him to the government's "
        "anti-radicalisation programme when he was a teenager. His older brother Ismail left the "
        "country before giving evidence and has been charged in his absence with failing to "
        "comply with a witness summons. MI5 said it had made more than 100 improvements to the "
        "way it handled intelligence since the attack. Figen Murray, whose son Martyn Hett was "
        "killed, has campaigned for a law requiring venues to prepare for terrorist attacks, "
        "which the government has promised to introduce.",
        "crime",
    ),
    (
        "Sinaloa cartel co-founder 'El Mayo' Zambada pleads guilty in New York",
        'NEW YORK — Ismael "El Mayo" Zambada, the co-founder of Mexico\'s Sinaloa cartel, '
        "pleaded guilty on Monday in a federal court in Brooklyn to drug trafficking and "
        "racketeering charges, admitting to decades of smuggling cocaine and other drugs into "
        "the United States. Zambada, 77, who appeared in a wheelchair, told the judge that he "
        "had run a criminal organisation that paid bribes to Mexican police, military officers "
        "and politicians, and apologised to the victims of drug addiction. He faces a mandatory "
        "sentence of life in prison when he is sentenced in January. Prosecutors agreed not to "
        "seek the death penalty. Zambada was arrested in July last year after landing in a small "
        "plane near El Paso, Texas, with Joaquín Guzmán López, a son of the imprisoned cartel "
        'leader Joaquín "El Chapo" Guzmán. Zambada has said he was kidnapped and brought to the '
        "United States against his will. US Attorney General Pam Bondi called the plea a "
        "historic victory in the fight against cartels. The cartel is accused of supplying large "
        "quantities of fentanyl to the US market. As part of the plea, Zambada agreed to forfeit "
        "$15 billion in drug proceeds, although prosecutors acknowledged that most of the money "
        "was unlikely ever to be recovered. His lawyer said his client had taken responsibility "
        "for his actions. Mexico's government said it would follow the case. Zambada co-founded "
        "the Sinaloa cartel in the late 1980s and was never arrested during decades in which he "
        "ran its operations from the mountains of Sinaloa state, while partners such as Guzmán "
        "were captured and extradited. Prosecutors said he had personally arranged shipments of "
        "tonnes of cocaine from Colombia through Central America and Mexico to the United "
        "States, using aircraft, trucks, boats and tunnels. Guzmán was sentenced to life in "
        "prison in 2019 after a three-month trial in the same court. Two of his sons have "
        "pleaded guilty to drug charges in Chicago. The judge set a sentencing date for January.",
        "crime",
    ),
    (
        "Thieves steal crown jewels from Louvre in seven-minute raid",
        "PARIS — Thieves stole eight pieces of jewellery from the Louvre's Apollo Gallery on "
        "Sunday morning in a raid that lasted about seven minutes, using a furniture lift "
        "mounted on a truck to reach a first-floor window, France's culture minister said. The "
        "four men, wearing high-visibility vests, cut through the window with a disc cutter, "
        "smashed two display cases and fled on scooters, police said. Among the items taken were "
        "a necklace and earrings from a set that belonged to Queen Marie-Amélie and a diadem of "
        "Empress Eugénie. A crown belonging to the empress was dropped during the getaway and "
        "recovered damaged near the museum. No one was injured. The museum was evacuated and "
        'closed for the day, and tourists queuing at the glass pyramid were turned away. "It is '
        "a wound for all of France,\" the interior minister said. The Paris prosecutor's office "
        "said an organised crime unit specialising in high-value thefts was leading the "
        "investigation, and that investigators were examining the possibility that the robbers "
        "were working for a collector or wanted to resell the gems. Art crime experts said the "
        "jewels, which are of immense historical value, might be broken up and the stones recut. "
        "The theft renewed criticism of security at the world's most visited museum, whose staff "
        "had gone on strike earlier in the year to protest against overcrowding and "
        "understaffing. Insurers were assessing the loss. Investigators said the thieves had "
        "parked the truck with the lift beside the museum on the embankment of the Seine, "
        "pretending to be workers, and had threatened guards before escaping. Security cameras "
        "covered only part of the gallery, according to a report by the national audit office "
        "that had been leaked to the press. The Louvre's director told a Senate committee that "
        "the museum's security systems needed modernising and that a plan to install new cameras "
        "had been delayed. Police arrested two suspects a week later, one of them at Charles de "
        "Gaulle airport as he tried to board a flight to Algeria. The jewels had not been "
        "recovered.",
        "crime",
    ),
    (
        "Twelve-year-old opens fire at Finnish school, killing a classmate",
        "HELSINKI — A 12-year-old boy opened fire at a secondary school in Vantaa, near "
        "Helsinki, on Tuesday morning, killing one pupil and seriously wounding two others, "
        "police said. The suspect, who was a pupil at the school, was arrested in Helsinki "
        "shortly afterwards with a revolver, which belonged to a relative and was licensed, "
        "police said. All three victims were also 12 years old. Police said the boy had told "
        "investigators that he had been bullied, and that there was no indication of any "
        'political or ideological motive. "This is a tragedy for the whole country," Prime '
        "Minister Petteri Orpo wrote on social media, and flags flew at half-mast on public "
        "buildings on Wednesday. Because he is under 15, the age of criminal responsibility in "
        "Finland, the boy cannot be charged and will be handed over to child welfare services. "
        "About 800 pupils attend the Viertola school, which covers grades one to nine. Parents "
        "gathered outside the building to collect their children, and the city opened a crisis "
        "centre for families. Finland has strict gun laws but high rates of gun ownership, "
        "mainly for hunting. The country was shaken by two school shootings in 2007 and 2008, in "
        "Jokela and Kauhajoki, in which 20 people were killed, after which the government "
        "tightened the licensing of handguns. The interior minister said the government would "
        "consider further changes. Pupils were taken to a nearby sports hall, where "
        "psychologists and teachers met them, and the school was closed for the rest of the "
        "week. Neighbours placed candles and flowers at the school gates. The Finnish National "
        "Agency for Education said it would review safety procedures in schools, and the "
        "government said it would consider raising the minimum age for access to firearms at "
        "home. Police said the boy had planned the attack and had filmed part of it on his "
        "phone, and that he had also carried a knife. Finland's president said the country had "
        "to make sure no child felt so alone.",
        "crime",
    ),
]
