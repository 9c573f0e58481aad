"""dev365 negatives: football, the economy desk, parliaments and ordinary news (texts, kinds)."""

NEGATIVES = [
    (
        "Algeria beat Tunisia in extra time to lift the Arab Cup",
        "Algeria won the Arab Cup on Saturday night, beating Tunisia 2-0 after extra time in a "
        "tense final at the Al Bayt Stadium in Al Khor, Al Jazeera reported. Amir Sayoud broke "
        "the deadlock in the 99th minute with a shot from the edge of the box, and Yacine "
        "Brahimi sealed the win deep into stoppage time. The Tunisians dominated the first half "
        "and hit the post twice, but their attack ran out of ideas after the break. Coach Madjid "
        "Bougherra, who led his team through a bruising semi-final against the hosts, said his "
        "players had fought like warriors for every ball. More than 60,000 fans filled the "
        "stadium, the organisers said, and thousands of Algerians celebrated in the streets of "
        "Doha until dawn. In Algiers, car horns sounded through the night. The tournament was "
        "seen as a dress rehearsal for the World Cup the following year.",
        "sport",
    ),
    (
        "Atlas Lions storm into World Cup semi-final",
        "Morocco became the first Arab and African team to reach a World Cup semi-final on "
        "Saturday, beating Portugal 1-0 at Al Thumama Stadium with a header from Youssef "
        "En-Nesyri just before half-time. Asharq Al-Awsat described the win as a historic "
        "conquest, and the Moroccan press spoke of the Atlas Lions laying siege to the "
        "Portuguese goal in the first half. In the second half, Walid Regragui's men defended "
        "deep and survived a late barrage, with goalkeeper Yassine Bounou making two key saves. "
        "Cristiano Ronaldo came off the bench but could not break through the Moroccan wall. "
        "Hundreds of thousands took to the streets of Rabat, Casablanca and Marrakech, and "
        "celebrations spread from Gaza to Paris. King Mohammed VI telephoned the coach and the "
        "players to congratulate them, the royal palace said.",
        "sport",
    ),
    (
        "Ahly and Zamalek renew Cairo derby battle in empty stadium",
        "Al Ahly and Zamalek meet on Friday at Cairo International Stadium in the 127th league "
        "derby, a clash that Al-Ahram called the battle of the season. The match will be played "
        "without fans, as the Egyptian league has been since the deadly stadium events of the "
        "past decade, with only a limited number of club guests admitted. Ahly lead the table "
        "by four points and a win would put them close to a fifth straight title. Zamalek's "
        "Portuguese coach said his side would attack from the first minute and would not settle "
        "for a draw. The Red Devils will be without their captain, who picked up a knee injury "
        "in the African Champions League. Egyptian referees will officiate after the clubs "
        "rejected a foreign crew, a decision the football association accepted on Wednesday. "
        "Police said about 4,000 officers would be deployed around the stadium and the roads "
        "leading to it.",
        "sport",
    ),
    (
        "Sudan's national team keeps its World Cup hopes alive far from home",
        "Sudan's national football team beat Togo 1-0 in Benghazi on Tuesday to stay top of its "
        "World Cup qualifying group, Al-Quds Al-Arabi reported, in a campaign played entirely "
        "away from the country since the war broke out in 2023. The team, known as the Falcons "
        "of Jediane, trains in Egypt and Saudi Arabia, and many of its players have not been "
        "home for two years. Coach James Kwesi Appiah said the players carried the pain of "
        "their people on their shoulders and wanted to give them a moment of joy. The domestic "
        "league has been suspended, and Sudan's two biggest clubs, Al Hilal and Al Merrikh, "
        "play in the Mauritanian and Rwandan leagues as guests. Sudanese living in Libya filled "
        "one stand of the Martyrs of Benina stadium. A draw in the next match, against Senegal, "
        "would keep the Falcons in contention for the playoffs.",
        "sport",
    ),
    (
        "Palestine's footballers hold Jordan to a draw in Amman",
        "The Palestinian national team drew 1-1 with Jordan in Amman on Thursday in the third "
        "round of Asian qualifying for the World Cup, a result that Al Jazeera described as a "
        "moral victory. Palestine has not played a home match in the West Bank since 2019 and "
        "has used Amman, Kuwait and Doha as home venues. Oday Dabbagh put the visitors ahead "
        "with a header before Jordan equalised through Mousa Al-Tamari in the second half. "
        "Several players come from Gaza clubs whose league has not been played for two years, "
        "and the coach dedicated the point to the people of the Strip. The Jordanian crowd, "
        "many of them of Palestinian origin, applauded both teams at the final whistle. "
        "Palestine need to win their last two matches to have a chance of reaching the "
        "playoffs.",
        "sport",
    ),
    (
        "Saudi Pro League raid on Europe continues with record signing",
        "Al Hilal completed the signing of a Brazilian forward from Paris Saint-Germain for a "
        "fee that Asharq Al-Awsat put at 90 million euros, the latest in a summer of big "
        "transfers to the Saudi Pro League. The Riyadh club has spent more than any other Saudi "
        "side this window, after adding a Serbian striker and a Portuguese midfielder. League "
        "officials said the invasion of European stars was part of a plan to make the "
        "competition one of the top ten in the world. Critics in Europe have accused the "
        "kingdom of sportswashing, a charge Saudi officials reject. The player is expected to "
        "make his debut against Al Riyadh next week, and the club said 40,000 tickets had "
        "already been sold. His contract runs for two seasons, with an option for a third, "
        "the newspaper said.",
        "sport",
    ),
    (
        "Qatar defend Arab Cup crown in front of home crowd",
        "Qatar retained the Arab Cup on Thursday, beating Jordan 2-1 in a final at Lusail "
        "Stadium that Al Jazeera said was watched by a crowd of 82,000. Almoez Ali scored twice "
        "in the first half, both from counter-attacks that cut through the Jordanian defence. "
        "Jordan pulled one back from a penalty and pressed for an equaliser in the final 20 "
        "minutes, but their shots were blocked or flew over. Jordan's coach said his team had "
        "gone down fighting and that the tournament had shown the quality of the new "
        "generation. The Qatari players lifted the trophy as fireworks lit the sky over the "
        "stadium. FIFA, which organised the tournament for the second time, said it had drawn "
        "record television audiences across the region. "
        "Qatari fans began arriving at the stadium hours before kick-off, and metro trains "
        "ran every few minutes. Jordan's fans, who had travelled in their thousands, sang "
        "throughout the match and stayed to applaud their players. Jordan reached the final "
        "for the first time after beating Morocco in a dramatic semi-final decided by "
        "penalties.",
        "sport",
    ),
    (
        "Egypt raises price of subsidised bread for the first time in decades",
        "Egypt raised the price of subsidised bread fourfold on Saturday, to 20 piastres a loaf, "
        "the first increase since the late 1980s, Al-Ahram reported. Prime Minister Mostafa "
        "Madbouly said the cost of a loaf had reached 1.25 pounds and that the state could no "
        "longer bear the difference alone. About 70 million Egyptians hold ration cards that "
        "give them five loaves a day. Economists told the newspaper the move was part of the "
        "government's battle against a ballooning subsidy bill under its loan programme with "
        "the International Monetary Fund. Some families said they would cut back on other "
        "foods to absorb the increase. The supply minister said the weight and quality of the "
        "loaf would not change. Opposition MPs called the decision an attack on the poorest "
        "and demanded a debate in parliament.",
        "economy",
    ),
    (
        "Egypt lets the pound float as IMF deal is expanded",
        "The Central Bank of Egypt let the pound fall by nearly 40% on Wednesday and raised "
        "interest rates by six percentage points, moving to a flexible exchange rate as it "
        "agreed an expanded loan programme with the International Monetary Fund. The pound "
        "traded at about 49 to the dollar by the afternoon, close to the black market rate, "
        "Asharq Al-Awsat said. The Fund said the programme would grow to 8 billion dollars. "
        "The move followed a deal with the United Arab Emirates to develop the Ras El-Hekma "
        "peninsula, which brought in 35 billion dollars. Bankers described the decision as "
        "the opening shot in the central bank's war on the parallel market. Shoppers in Cairo "
        "said prices of cooking oil and sugar had already jumped. The finance minister said "
        "the government would expand cash support for poor families.",
        "economy",
    ),
    (
        "Lebanon's depositors lose another round in the war with the banks",
        "Lebanon's parliament again postponed a vote on a law to restructure the banking "
        "sector on Monday, in what Annahar called the latest round in a six-year war between "
        "depositors and the banks. Since the collapse of 2019, savers have been allowed to "
        "withdraw only small sums each month, and dollar deposits are worth a fraction of "
        "their value. The government's plan would protect deposits of up to 100,000 dollars "
        "over several years, but the banks' association says it would wipe out their capital. "
        "The IMF has made the law a condition of any programme with the country. Depositors' "
        "associations said they would escalate their campaign through the courts. The "
        "finance minister told the newspaper he hoped for a vote before the summer.",
        "economy",
    ),
    (
        "Ramadan prices: Cairo shoppers hunt for bargains as dates soar",
        "Shoppers crowded the markets of Cairo's Sayeda Zeinab and Attaba districts on Sunday "
        "as families prepared for the holy month of Ramadan, with prices of dates, dried fruit "
        "and nuts up by a third on last year, Al-Ahram reported. The government opened 1,500 "
        "outlets selling food at reduced prices under its Ahlan Ramadan initiative. Traders "
        "said demand for the cheaper Egyptian dates had risen as imported varieties became "
        "too expensive for many households. A mother of four said she had cut the number of "
        "dishes on her iftar table from five to three. The supply ministry said stocks of "
        "sugar, rice and oil were sufficient for several months. Charities began handing out "
        "Ramadan bags of staple foods to poor families in villages of Upper Egypt.",
        "economy",
    ),
    (
        "OPEC+ price war fears ease as Riyadh and Moscow agree cuts",
        "Saudi Arabia and Russia agreed on Sunday to lead record production cuts of nearly 10 "
        "million barrels a day, ending a month-long price war that sent crude to its lowest "
        "level in two decades, Asharq Al-Awsat reported. The deal, reached in a video "
        "conference of the OPEC+ group, followed days of haggling over Mexico's share. Brent "
        "crude rose 4% in early Asian trading on Monday. The Saudi energy minister said the "
        "agreement showed that the group could act together in the face of the pandemic. "
        "Analysts said the cuts would not fully offset the collapse in demand as airlines "
        "grounded their fleets. Gulf stock markets rose on the news, led by banks and "
        "petrochemical companies. "
        "Aramco said it would cut its official selling prices for Asian buyers less than "
        "traders had expected. The newspaper said the agreement would be reviewed at a "
        "meeting in June.",
        "economy",
    ),
    (
        "Iraq's parliament fails again in battle over speaker",
        "Iraq's parliament failed for the third time on Saturday to elect a new speaker, after "
        "a session that Al-Quds Al-Arabi said turned into a battle of quorums and walkouts. "
        "None of the candidates won the 165 votes needed in the second round, and the session "
        "was adjourned amid shouting between MPs. The Sunni parties have been divided over the "
        "post since the federal court removed the previous speaker. Leaders of the Shiite "
        "Coordination Framework accused their rivals of blocking the vote to extract "
        "concessions. One MP told the newspaper that the political war over the seat could drag "
        "on for months. The deputy speaker set a new session for the following week. "
        "The vacancy has delayed the approval of the federal budget and several laws awaited "
        "by investors. Analysts said the deadlock reflected the weakness of the Sunni blocs "
        "rather than any crisis of the system itself.",
        "politics",
    ),
    (
        "Kuwait's emir dissolves parliament in new chapter of political battle",
        "Kuwait's emir dissolved the National Assembly on Friday and suspended some articles of "
        "the constitution for up to four years, in a televised speech that Asharq Al-Awsat "
        "called a turning point in the country's long political battle. Sheikh Meshal al-Ahmad "
        "said disputes between the government and parliament had paralysed decision-making "
        "and that he would not allow democracy to be exploited to destroy the state. The "
        "assembly had been elected only weeks earlier, the fourth election in as many years. "
        "Opposition figures said they would respect the decision but hoped for a return to "
        "parliamentary life. The emir and the cabinet will take over the assembly's powers in "
        "the meantime. Business groups said they hoped for faster approval of delayed projects.",
        "politics",
    ),
    (
        "Battle for Baabda: parliament fails to elect a president for the twelfth time",
        "Lebanon's parliament failed on Wednesday for the twelfth time to elect a president, "
        "Annahar reported, as the two main candidates fell short of the 86 votes required in "
        "the first round. MPs loyal to Hezbollah and Amal then left the chamber, breaking the "
        "quorum for a second round. Speaker Nabih Berri said the session was closed and set no "
        "date for another. The country has been without a head of state since the previous "
        "president's term ended more than seven months ago. Opposition MPs accused the two "
        "Shiite parties of holding the presidency hostage, while their rivals said no "
        "candidate of confrontation could be imposed. Foreign envoys have stepped up visits to "
        "Beirut to push for a compromise. "
        "Business leaders said the vacuum was deepening the economic crisis and scaring away "
        "investors. The French presidential envoy was due in Beirut the following week, the "
        "newspaper said.",
        "politics",
    ),
    (
        "Tunisian MPs clash verbally over budget in stormy session",
        "A session of Tunisia's Assembly of People's Representatives on the 2025 budget ended "
        "in uproar on Tuesday as MPs traded accusations over taxes on professionals, La Presse "
        "and Al-Quds Al-Arabi reported. The finance minister defended the bill as a weapon in "
        "the fight against tax evasion and said the state would not borrow from the IMF. "
        "Several MPs accused the government of declaring war on the middle class. The speaker "
        "suspended the sitting for an hour after a heated exchange between two deputies. The "
        "assembly later approved the first part of the bill by 98 votes to 13. Business "
        "associations said the new tax brackets would push more workers into the informal "
        "economy. "
        "The second part of the bill, on spending, is due to be debated next week. Under the "
        "2022 constitution, the assembly must adopt the budget before December 10.",
        "politics",
    ),
    (
        "Egypt's parliament passes law in 'war on corruption'",
        "Egypt's House of Representatives approved amendments to the illicit gains law on "
        "Sunday, which the government presented as a new front in its war on corruption, "
        "Al-Ahram reported. The amendments allow officials accused of illicit enrichment to "
        "settle their cases by returning the money, and extend the powers of the "
        "Administrative Control Authority. The justice minister told MPs that the state had "
        "recovered billions of pounds through such settlements. Opposition members objected "
        "that the law would let the corrupt escape prison. The bill passed with a two-thirds "
        "majority after a debate that lasted several hours. It will take effect once published "
        "in the official gazette. "
        "Anti-corruption campaigners said the authority's caseload had grown sharply in "
        "recent years. Egypt ranked 108th of 180 countries in Transparency International's "
        "latest index.",
        "politics",
    ),
    (
        "Beirut's Ramadan cannon sounds again after a silent year",
        "The Ramadan cannon fired again from the hills above Beirut on Sunday evening to "
        "announce the end of the fast, after a year in which the tradition was suspended, "
        "Annahar reported. The cannon, operated by the Lebanese army, is fired at sunset each "
        "day of the holy month and twice to mark the start of Eid. Older residents told the "
        "newspaper they remembered children running to the rooftops to hear the shot. The "
        "army said the gun used was a ceremonial piece loaded with blanks. Mosques in the "
        "capital were full for the first tarawih prayers, and families crowded the cafes of "
        "the corniche after iftar. Shopkeepers in the Tariq al-Jadida district said the "
        "lanterns and lights had brought back some of the spirit of the old days.",
        "other",
    ),
    (
        "Riyadh Season opens with drone show and concerts",
        "Riyadh Season opened on Saturday with a show of more than 2,000 drones over the "
        "Boulevard City district, Asharq Al-Awsat reported, marking the start of five months "
        "of concerts, boxing nights and exhibitions. The General Entertainment Authority said "
        "it expected more than 15 million visitors this year, a quarter of them from abroad. "
        "New zones include a winter wonderland and a market of traditional crafts. The "
        "authority's chairman said the season had created tens of thousands of seasonal jobs "
        "for young Saudis. Tickets for the opening concert sold out within minutes, and "
        "traffic on the northern ring road was jammed for hours. Organisers said a world "
        "heavyweight title fight would be held in the city in December. "
        "Hotel occupancy in the capital reached nearly 90% on the opening weekend, according "
        "to tourism ministry figures. The season is part of the kingdom's plan to raise the "
        "share of entertainment and tourism in the economy. Local restaurants said they had "
        "hired extra staff for the winter months. A new metro line will run late into the "
        "night to serve the main zones.",
        "other",
    ),
]
