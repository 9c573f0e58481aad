"""dev305 negatives: mining disputes in court and the economy, football, the armed forces without
violence, books and films, religion (title, text, kind code)."""

NEGATIVES = [
    (
        "Guinea's Supreme Court upholds revocation of GAC bauxite licence",
        "Guinea's Supreme Court on Thursday rejected an appeal by Guinea Alumina Corporation (GAC), a subsidiary of Emirates Global Aluminium, against the revocation of its mining licence in the Boké region, the company's lawyers said. The military government withdrew the licence in the summer after a long dispute over the company's failure to build an alumina refinery in Guinea, as required under its agreement. The court said the ministry of mines had followed the proper procedure. EGA, owned by Abu Dhabi's Mubadala and the Investment Corporation of Dubai, has launched arbitration proceedings at the International Chamber of Commerce, arguing that the decision amounts to expropriation. The government said the assets would be transferred to a new state-owned company. Guinea holds the world's largest bauxite reserves and supplies most of China's imports of the ore. Analysts said the case had raised concerns among foreign investors in the sector.",
        "economy",
    ),
    (
        "Senegal and Woodside take oil tax dispute to arbitration",
        "Australian oil company Woodside Energy said on Wednesday it had filed a request for arbitration against Senegal at the World Bank's International Centre for Settlement of Investment Disputes (ICSID) over a tax dispute involving the Sangomar offshore oil field. The move follows a tax adjustment notice from Senegalese authorities demanding tens of billions of CFA francs, which Woodside says contravenes the field's production sharing contract. Sangomar, Senegal's first oil project, began production last year and is expected to reach 100,000 barrels a day. President Bassirou Diomaye Faye's government has launched a review of oil, gas and mining contracts signed under the previous administration, promising to defend the “sovereign interests” of Senegal. The tax authority said its audit was routine. Woodside said it remained committed to Senegal and to an amicable solution. Analysts said the case was a test of the new government's promise to renegotiate without scaring off investors.",
        "economy",
    ),
    (
        "Gold Fields loses Damang lease as Ghana reviews mining contracts",
        "Ghana's government has declined to renew Gold Fields' mining lease for the Damang mine in the Western region, the South African company said on Friday, in a move analysts said reflected a tougher stance towards foreign miners. The Ministry of Lands and Natural Resources said the lease would expire in April and that the mine would be handed to a local company, subject to approval by parliament. Gold Fields said it was disappointed and would consider its legal options, including an appeal to the courts. The company, which has operated in Ghana for three decades, said it had invested heavily in the mine and its surrounding communities. Workers' unions at Damang expressed concern about jobs. Ghana, Africa's largest gold producer, is seeking a bigger share of revenues as gold prices hit record highs. The government says it will also review other leases due for renewal in the coming years.",
        "economy",
    ),
    (
        "Ivorian cocoa farmers caught in price war between exporters and regulator",
        "Ivorian cocoa farmers are selling beans below the official farmgate price as exporters and the regulator fight over contracts for the next season, farmers' groups said on Tuesday. The Conseil du Café-Cacao fixed the price at 1,800 CFA francs per kilogram for the main crop, but middlemen in the Soubré and Daloa regions are paying as little as 1,500, according to cooperatives. Exporters say they cannot buy at the official price because they have struggled to secure forward contracts after last year's poor harvest. “It is a war between big companies, and the farmers pay the price,” said the head of a cooperative in Méagui. The regulator warned that buyers paying below the official price would lose their licences. Côte d'Ivoire produces about 40% of the world's cocoa, and world prices have more than doubled since last year. Smuggling to Ghana and Guinea has also increased, traders said.",
        "economy",
    ),
    (
        "Court fight over Simandou iron ore blocks ends in settlement",
        "Guinea and a company owned by Israeli mining magnate Beny Steinmetz have agreed to end their long legal battle over the Simandou iron ore deposit, the government said on Wednesday, closing one of the most bitter mining disputes in Africa. BSG Resources had challenged the 2014 withdrawal of its rights to two blocks of Simandou at the International Centre for Settlement of Investment Disputes in Washington, while Guinea accused the company of obtaining them through bribery. Under the settlement, BSGR drops its claims in exchange for the government dropping the corruption allegations, a statement said. Steinmetz was convicted in Switzerland in 2021 of bribing officials to win the rights, a verdict he has appealed. The Simandou blocks are now being developed by a consortium that includes Rio Tinto and Chinese partners, with production due to begin in 2025. The deal was signed in Conakry in the presence of ministers.",
        "economy",
    ),
    (
        "Senegal beat Egypt on penalties to win first Africa Cup of Nations",
        "Senegal won the Africa Cup of Nations for the first time on Sunday, beating Egypt 4-2 on penalties after a goalless final in Yaoundé. Sadio Mané, who had missed a penalty in the seventh minute of the match, scored the decisive spot kick to end nearly 60 years of waiting for the Lions of Teranga. Goalkeeper Édouard Mendy saved from Mohanad Lasheen, and Egypt's Mohamed Salah did not get to take his kick. Senegal had lost the final in 2002 and 2019 and had dominated the match without being able to score. “This trophy is for the whole nation,” coach Aliou Cissé said. In Dakar, tens of thousands of fans poured into the streets, waving flags and honking horns until dawn. President Macky Sall declared Monday a public holiday. The team will be received at the presidential palace on Tuesday after a parade through the city.",
        "sport",
    ),
    (
        "Côte d'Ivoire crowned African champions after comeback win over Nigeria",
        "Côte d'Ivoire won the Africa Cup of Nations on home soil on Sunday, coming from a goal down to beat Nigeria 2-1 in the final at the Alassane Ouattara stadium in Ebimpé. Franck Kessié headed in the equaliser in the 62nd minute and Sébastien Haller, who overcame testicular cancer last year, volleyed in the winner with nine minutes left. The Elephants had almost been eliminated in the group stage after a 4-0 defeat by Equatorial Guinea and sacked their coach, Jean-Louis Gasset, before caretaker Emerse Faé led them to the title. The tournament was a “resurrection”, the Abidjan daily Fraternité Matin wrote on its front page. Celebrations lasted all night in the streets of Abidjan. Nigeria captain William Troost-Ekong was named player of the tournament. It is Côte d'Ivoire's third continental title, after 1992 and 2015.",
        "sport",
    ),
    (
        "Black Stars fail to qualify for Afcon as Ghana crisis deepens",
        "Ghana failed to qualify for the Africa Cup of Nations for the first time in 20 years after a 1-1 home draw with Angola in Kumasi on Friday, leaving the Black Stars bottom of their group. Coach Otto Addo, under fire after four games without a win, said he took responsibility but would not resign. Angry supporters at the Baba Yara stadium shouted for the sacking of the technical staff and the Ghana Football Association's president, Kurt Okraku. The Daily Graphic called it “a national disgrace” on its front page. Ghana has won the tournament four times, most recently in 1982, and reached the final in 2010 and 2015. Sports minister Mustapha Ussif said the government would review the funding of the national team. Former captain Asamoah Gyan said the team lacked leadership and fighting spirit. Ghana's next match is a World Cup qualifier in March.",
        "sport",
    ),
    (
        "Hearts of Oak and Kotoko share spoils in fiery Super Clash",
        "Accra Hearts of Oak and Asante Kotoko drew 1-1 in a hard-fought Ghana Premier League match at the Accra Sports Stadium on Sunday, with both teams finishing with ten men. Kotoko striker Steven Mukwala opened the scoring in the 23rd minute with a shot into the top corner, before Hearts' captain Gladson Awako equalised from the penalty spot after the break. The referee showed two red cards after a scuffle between players near the touchline, and stewards had to separate members of the technical benches. The match was played in front of a crowd of about 30,000, and police said there was no incident outside the stadium. Hearts coach Aboubakar Ouattara said his side had “fought like warriors” but lacked precision in attack. The result leaves Kotoko in third place, five points behind leaders Medeama. The two clubs meet again in the second round in April.",
        "sport",
    ),
    (
        "Gambia's Scorpions qualify for first Africa Cup of Nations",
        "Gambia qualified for the Africa Cup of Nations for the first time in their history on Tuesday after a 1-0 win over Angola in Bakau, sparking celebrations across the smallest country in mainland Africa. Striker Musa Barrow scored the only goal of the match with a header in the first half. Coach Tom Saintfiet, a Belgian who took over in 2018, said the team had written history. “Nobody believed in us, but these players fought for every ball,” he told reporters. Fans danced in the streets of Serrekunda and Banjul late into the night, and President Adama Barrow congratulated the team on social media. Gambia, ranked 150th in the world two years ago, had never won more than two qualifying matches in a row before this campaign. The draw for the finals in Cameroon will be held in June.",
        "sport",
    ),
    (
        "Liberia's Bong Range United in relegation battle after fifth defeat",
        "Liberian first division side Bong Range United are fighting to avoid relegation after a fifth consecutive defeat, 2-0 to LISCR FC at the Antoinette Tubman Stadium in Monrovia on Saturday. Two goals in the second half, from Ezekiel Doe and Abraham Kiyee, left the former champions second from bottom with six matches remaining. The club's president said the team was “under siege” from injuries and financial problems, and that players had not been paid for two months. Supporters in Gbarnga have called for the coach to resign. The Liberia Football Association has struggled to find sponsors for the league since the Covid-19 pandemic, and several clubs play in front of a few hundred spectators. LISCR, owned by the maritime registry, moved to the top of the table on goal difference. The league's top scorer, Kiyee, has ten goals this season.",
        "sport",
    ),
    (
        "Benin recruits 5,000 soldiers to strengthen northern border presence",
        "Benin's armed forces have launched the recruitment of 5,000 new soldiers to be deployed mainly in the north of the country, the defence ministry said on Monday. Candidates aged 18 to 25 with at least a secondary school certificate can register until the end of the month at recruitment centres in the twelve departments, the ministry said. The new soldiers will undergo six months of training before joining units stationed along the borders with Niger and Burkina Faso, where the army has been deployed since 2022 under Operation Mirador. The government has also increased the defence budget and ordered armoured vehicles and drones. Defence minister Fortunet Alain Nouatin said the recruitment would “reinforce the presence of the state” in border areas. The recruitment drew large crowds of young people in Parakou and Natitingou on its first day.",
        "military",
    ),
    (
        "Togo takes delivery of Turkish drones and armoured vehicles",
        "Togo has taken delivery of several Bayraktar TB2 drones and armoured vehicles from Turkey, a ceremony at the Niamtougou air base showed on Friday, as the country strengthens its armed forces. The chief of defence staff, General Dadja Maganawé, said the equipment would improve surveillance of the territory and the protection of the population. The ceremony was attended by the Turkish ambassador and senior officers, and the drones were displayed on the tarmac before a demonstration flight. Togo has increased its military spending in recent years and passed a law on military programming covering five years. Turkey has sold drones to several African countries, including Niger, Nigeria and Burkina Faso. Neither government disclosed the cost of the contract. The defence ministry said pilots had been trained in Turkey for several months.",
        "military",
    ),
    (
        "Senegal's navy commissions first offshore patrol vessel built in France",
        "Senegal's navy commissioned its first offshore patrol vessel, the Walo, at a ceremony in the port of Dakar on Saturday, the first of three ships ordered from the French shipyard Piriou. The 62-metre ship, armed with a 76-millimetre gun and equipped with missiles, will patrol Senegal's waters to fight illegal fishing, drug trafficking and migrant smuggling, and to protect new offshore oil and gas installations. President Macky Sall said the vessel marked “a new era” for the navy, which has long relied on small coastal boats. The ship was delivered after sea trials off Brittany and sailed to Dakar with a Senegalese crew trained in France. Two sister ships, the Niani and the Cayor, are due to be delivered in the coming years. The ceremony included a review of the fleet and a flypast by air force aircraft.",
        "military",
    ),
    (
        "David Diop's novel of Senegalese tirailleurs wins International Booker",
        "Senegalese-French writer David Diop won the International Booker Prize on Wednesday for “At Night All Blood Is Black”, a novel about a Senegalese soldier fighting for France in the trenches of the First World War. The book, translated from French by the American poet Anna Moschovakis, tells the story of Alfa Ndiaye, who descends into madness after the death of his childhood friend on the battlefield. The judges called it “a devastating story of war, love and madness”. Diop, who grew up in Senegal and teaches 18th-century literature at the University of Pau, shares the £50,000 prize with his translator. The novel has already won the Goncourt des lycéens and been translated into more than 30 languages. In Dakar, the news was celebrated by writers and students, and the culture ministry issued a statement of congratulations.",
        "entertainment",
    ),
    (
        "'Beasts of No Nation', shot in Ghana, premieres in Accra",
        "Netflix's film “Beasts of No Nation”, about a child soldier in an unnamed West African civil war, had its Ghanaian premiere in Accra on Saturday, with the Ghanaian cast and crew who worked on the production. The film, directed by Cary Fukunaga and starring Idris Elba as a ruthless rebel commander, was shot in the Eastern region over several months. Young actor Abraham Attah, who was discovered playing football in a street in Accra, drew cheers from the audience at the Silverbird cinema. Critics have praised the film's performances while some in Liberia and Sierra Leone have said it revives painful memories of their wars. “It is not our story, but it is a story many Africans know,” Attah said. The film premiered at the Venice Film Festival, where Attah won the Marcello Mastroianni award for best young actor.",
        "entertainment",
    ),
    (
        "Millions of pilgrims converge on Touba for the Grand Magal",
        "Millions of Mouride faithful converged on the holy city of Touba in central Senegal on Tuesday for the Grand Magal, the annual pilgrimage marking the departure into exile of the brotherhood's founder, Sheikh Ahmadou Bamba, in 1895. Pilgrims arrived from all over Senegal and abroad by bus, car and train, and the city's streets were filled with people praying and reciting Bamba's poems. The caliph general of the Mourides, Serigne Mountakha Mbacké, received government delegations led by the prime minister. The health ministry deployed thousands of workers and set up field hospitals, while firefighters and police were on duty along the roads. Traders said prices of sheep and food had risen sharply in the days before the event. The brotherhood runs its own services in the city, including water and waste collection. The Magal is one of the largest religious gatherings in West Africa.",
        "other",
    ),
    (
        "Ghana's cedi strengthens as IMF approves next loan tranche",
        "Ghana's cedi rose to its strongest level against the dollar in more than a year on Monday, after the International Monetary Fund approved a disbursement of about $370 million under the country's $3 billion programme. The currency has gained more than 20% since the start of the year, helped by record gold prices and the completion of the restructuring of Ghana's Eurobonds. Finance minister Cassiel Ato Forson said the government would maintain fiscal discipline and cut spending on goods and services. Inflation fell to 13.7% in July, its lowest level in four years, according to the Ghana Statistical Service. Importers welcomed the currency's strength, but exporters of cocoa and timber said it hurt their margins. The Bank of Ghana kept its policy rate at 28% at its last meeting. Analysts said the central bank could start cutting rates before the end of the year if the trend continues.",
        "other",
    ),
]
