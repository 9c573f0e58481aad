"""dev131 hard negatives (4 of 4): sport, politics and elections, economy, prices and sanctions.

Whole articles with war words and no current violent event of their own (eval/README.md, section 1).
"""

# (title, text, kind code)
NEGATIVES = [
    (
        "Nashama storm into World Cup for the first time with 3-0 win in Muscat",
        "Jordan qualified for the FIFA World Cup for the first time in the country's history on "
        "Thursday night after a 3-0 win over Oman in Muscat, sparking celebrations from Aqaba to "
        "Irbid. Striker Ali Olwan scored a hat-trick, opening the scoring from the penalty spot in "
        "the 21st minute, doubling the lead with a header before half-time and sealing the win "
        "with a low shot after a swift counter-attack in the 75th minute. The Nashama, who reached "
        "the final of the Asian Cup last year, finished second in their group behind South Korea "
        "and will travel to North America next summer. 'This is for every Jordanian who stayed "
        "up at night dreaming of this moment, and for the players who battled for years without "
        "ever getting this close,' coach Jamal Sellami said after the final whistle. His Majesty "
        "King Abdullah II congratulated the team on social media, and Crown Prince Al Hussein bin "
        "Abdullah II, who watched the match in the stadium, celebrated with the players in the "
        "dressing room. "
        "Olwan, who plays his club football in Qatar, dedicated the goals to his late father "
        "and said he had dreamt of this night since he was a boy kicking a ball in the streets "
        "of Zarqa. Jordan's qualification crowns a rise that began two decades ago under the "
        "Egyptian coach Mahmoud El-Gohary, who took the team to the Asian Cup quarter-finals "
        "in 2004. 'We are a small country with limited resources, but these players showed "
        "what discipline and belief can do,' Jordan Football Association president Prince Ali "
        "bin Al Hussein said. Sellami, a Moroccan who took over after the Asian Cup, kept most "
        "of the squad that beat South Korea in the semi-final and added several young players "
        "from the domestic league. The draw for the finals will be held in December. "
        "Thousands of fans poured onto the streets of Amman, honking car horns and "
        "waving flags until the early hours, and the government declared Sunday a public "
        "holiday. The team will be welcomed at Queen Alia International Airport on Friday.",
        "sport",
    ),
    (
        "Georgia stun Portugal 2-0 to reach Euro 2024 knockout stage in debut tournament",
        "Georgia's national team wrote the greatest page in the country's football history on "
        "Wednesday night, beating Portugal 2-0 in Gelsenkirchen to qualify for the last 16 of "
        "Euro 2024 at their first major tournament. Khvicha Kvaratskhelia put the Crusaders ahead "
        "after only two minutes, running onto a mistake in the Portuguese defence and firing past "
        "Diogo Costa, and Georges Mikautadze doubled the lead from the penalty spot in the second "
        "half. Goalkeeper Giorgi Mamardashvili then survived a late siege of the Georgian goal, "
        "making a string of saves to deny Cristiano Ronaldo and João Félix. 'We came here as the "
        "smallest team and we fought like lions for every ball, and now the whole of Georgia is "
        "celebrating,' head coach Willy Sagnol said. Tens of thousands of people gathered on "
        "Rustaveli Avenue and in Freedom Square in Tbilisi to watch the match on big screens, and "
        "celebrations with flags, songs and fireworks continued until morning. Billionaire former "
        "prime minister Bidzina Ivanishvili promised the team a bonus of 30 million lari. Georgia "
        "will face Spain in Cologne on Sunday.",
        "sport",
    ),
    (
        "Hridoy's maiden century in vain as Gill guides India to six-wicket win",
        "Towhid Hridoy's maiden ODI century could not save Bangladesh from a six-wicket defeat "
        "against India in their Champions Trophy opener in Dubai yesterday, as Shubman Gill's "
        "unbeaten hundred took India home with 21 balls to spare. Put in to bat, Bangladesh were "
        "reduced to 35 for five inside ten overs after Mohammed Shami and Harshit Rana attacked "
        "the stumps with the new ball and Axar Patel took two wickets in two deliveries. Hridoy "
        "and Jaker Ali then rebuilt the innings with a 154-run partnership, the highest for the "
        "sixth wicket for Bangladesh in ODIs, before the side was bowled out for 228 in the last "
        "over. 'We fought back well after a terrible start, but 228 was at least 40 runs short on "
        "this pitch,' captain Najmul Hossain Shanto said at the post-match press conference. "
        "Bangladesh had a chance to put India under pressure when Jaker dropped Rohit Sharma at "
        "slip early in the chase, but Gill anchored the innings while KL Rahul finished the match "
        "with a six. The Tigers will face New Zealand in Rawalpindi on Monday in a must-win "
        "match. Hridoy was taken off the field with cramps after reaching his hundred but "
        "returned to bat.",
        "sport",
    ),
    (
        "Ten-man Harambee Stars hold on to beat Morocco and top CHAN group",
        "Harambee Stars survived a second-half siege at a packed Kasarani on Sunday to beat "
        "Morocco 1-0 and move to the top of Group A of the African Nations Championship, putting "
        "one foot in the quarter-finals. Ryan Ogam scored the only goal in the 42nd minute, "
        "sliding in to finish Austin Odhiambo's low cross, before defender Chrispine Erambo was "
        "sent off shortly after the break for a second bookable offence. Morocco, the defending "
        "champions, then laid siege to the Kenyan goal, but goalkeeper Byrne Omondi made a string "
        "of saves and the back line blocked shot after shot in front of 48,000 fans. 'The boys "
        "fought like soldiers today, every one of them, and the crowd gave us the energy when our "
        "legs were gone,' coach Benni McCarthy said. Kenya, co-hosting the tournament with Uganda "
        "and Tanzania, need only a draw against Zambia on Sunday to qualify for the last eight. "
        "The Confederation of African Football praised the atmosphere but asked the organisers "
        "to tighten controls at the gates after fans without tickets tried to enter. The match "
        "was watched by President William Ruto and several Cabinet secretaries.",
        "sport",
    ),
    (
        "Christodoulides: Cyprus 'not involved in any way' after Nasrallah threat",
        "President Nikos Christodoulides said on Thursday that Cyprus was 'not involved in any way' "
        "in military operations in the region and would not allow its territory to be used for "
        "them, after Hezbollah leader Hassan Nasrallah warned that the island could become 'part "
        "of the war' if it let Israel use its airports and bases. In a televised speech on "
        "Wednesday, Nasrallah said Hezbollah had information that Israel had held exercises in "
        "Cyprus simulating an attack on Lebanon, and that any help from Nicosia would make it a "
        "target. 'Cyprus is part of the solution, not part of the problem, and our role is "
        "exclusively humanitarian, as we showed with the Amalthea sea corridor to Gaza,' "
        "Christodoulides told reporters in Nicosia. Government spokesman Konstantinos Letymbiotis "
        "said the republic was in contact with the Lebanese government, which also sought to "
        "reassure Nicosia, and that there was no reason for alarm among residents or tourists. "
        "Cyprus, which lies about 260 kilometres from the Lebanese coast, took in large "
        "numbers of Lebanese during the civil war, and thousands of Lebanese live and work on "
        "the island today. Israeli forces have trained in the Troodos mountains in the past "
        "under a defence cooperation agreement, which Christodoulides said had nothing to do "
        "with the current situation. Lebanon's caretaker foreign minister called his Cypriot "
        "counterpart on Thursday morning to say that Beirut valued its relations with Nicosia "
        "and did not see the island as an adversary. Travel agents in Larnaca and Paphos said "
        "they had received calls from worried holidaymakers but very few cancellations. "
        "The European Commission said any threat against an EU member state was a threat against "
        "the EU. Opposition party Akel said the government should ask for clarifications on the "
        "use of the British bases, while the National Guard said it was not on a higher state of "
        "alert.",
        "politics",
    ),
    (
        "Georgian Dream asks Constitutional Court to ban three main opposition parties",
        "The ruling Georgian Dream party on Tuesday filed a lawsuit with the Constitutional Court "
        "seeking to ban the United National Movement, the Coalition for Change and Strong Georgia "
        "- Lelo, accusing them of acting against the constitutional order and of being 'the "
        "political successors of a criminal regime'. Party leader Irakli Kobakhidze said the "
        "claim was based on the findings of a parliamentary commission that investigated the "
        "rule of the United National Movement between 2003 and 2012, including the 2008 war with "
        "Russia, which the commission blamed on then-president Mikheil Saakashvili. 'This is not "
        "an attack on the opposition, it is the defence of the state against those who sabotage "
        "it from within and serve foreign interests,' Kobakhidze told a briefing. Opposition "
        "leaders described the move as the final step towards a one-party system and said they "
        "would continue their struggle by peaceful means. The EU's foreign policy chief said the "
        "lawsuit was incompatible with democratic standards and with Georgia's aspiration to join "
        "the bloc. Several opposition figures are already in prison after refusing to appear "
        "before the commission. The court has nine months to rule.",
        "politics",
    ),
    (
        "Sejm passes law allowing temporary suspension of asylum at Belarus border",
        "The Sejm on Friday passed a law allowing the government to temporarily suspend the right "
        "to apply for asylum on parts of the border with Belarus, in what ministers describe as "
        "a response to the 'weaponisation' of migration by Minsk and Moscow. Under the law, the "
        "suspension can be introduced for up to 60 days and extended with the consent of the "
        "Sejm, and it will not apply to unaccompanied children, pregnant women, people who need "
        "special care or those deemed at real risk of harm if returned to Belarus. 'This is not "
        "about migrants, it is about a hybrid war being waged against Poland, and in a war you "
        "do not hand the initiative to the enemy,' Interior Minister Tomasz Siemoniak told MPs. "
        "The Border Guard recorded around 30,000 attempts to cross the border illegally last year, "
        "most of them by people from Africa and the Middle East who had flown to Russia or "
        "Belarus. "
        "Since last summer the army and the Border Guard have reinforced the 186-kilometre "
        "steel barrier with a second line of fortifications, watchtowers and thermal cameras, "
        "and a buffer zone closed to the public has been reintroduced on parts of the "
        "frontier. Residents of villages such as Białowieża and Czeremcha say the zone has "
        "hurt tourism, and the government has promised compensation to local businesses. Prime "
        "Minister Donald Tusk has argued that European asylum rules were written for a "
        "different era and has sought support from other EU states with long eastern borders, "
        "including Finland and the Baltic states. Activists who help migrants in the forest "
        "said they would go on providing water, food and first aid to the people they find. "
        "Human rights organisations and the UN refugee agency criticised the law as "
        "contrary to the Geneva Convention, while the Helsinki Foundation said it would support "
        "legal challenges. The bill was backed by the ruling coalition and by most of the "
        "opposition, with only the Left and a few Civic Coalition MPs voting against. It now goes "
        "to the Senate.",
        "politics",
    ),
    (
        "Isan remains the main battleground as parties race to woo northeast voters",
        "With less than a month to go before the general election, the vote-rich northeast has "
        "once again become the main battleground between the People's Party, Pheu Thai and "
        "Bhumjaithai, with each claiming it can win a majority of the region's seats. Pheu Thai, "
        "which has dominated Isan for two decades, is campaigning on rural debt relief and "
        "higher crop prices, while Bhumjaithai is banking on its network of local political "
        "families and on Prime Minister Anutin Charnvirakul's record on flood relief. The "
        "People's Party, which won the most seats nationwide in the last election, is targeting "
        "young voters in provincial towns such as Khon Kaen and Udon Thani with promises of "
        "military reform and an end to conscription. 'Every party is fighting for the same "
        "constituencies, and in many of them the winner will be decided by a few thousand "
        "votes,' a political scientist at Khon Kaen University told the Bangkok Post. Candidates "
        "have been crisscrossing the region in pickups and on motorcycles, attending temple fairs "
        "and funerals. "
        "In Buriram, the stronghold of Bhumjaithai's patron Newin Chidchob, the party expects "
        "to win every seat, but in neighbouring provinces such as Surin and Si Sa Ket the "
        "contest is expected to be close. The People's Party has been drawing large crowds in "
        "Nakhon Ratchasima, the biggest province in the region, where its leader Natthaphong "
        "Ruengpanyawut told supporters that 'the era of political dynasties is over'. Pheu "
        "Thai, weakened by the removal of Paetongtarn Shinawatra as prime minister last year, "
        "has brought back veteran campaigners and is stressing its record on the 30-baht "
        "health scheme. Local canvassers say many voters, especially older people, remain "
        "loyal to families that have represented them for decades. "
        "The Election Commission warned candidates against vote buying and said "
        "it had received 130 complaints since the campaign began. Advance voting will be held "
        "one week before polling day.",
        "politics",
    ),
    (
        "EC declares Museveni winner of January polls; NUP to challenge result in court",
        "The Electoral Commission on Saturday declared President Yoweri Museveni the winner of "
        "Thursday's presidential election with 71.6% of the vote, extending his rule into a fifth "
        "decade, while National Unity Platform candidate Robert Kyagulanyi, alias Bobi Wine, "
        "came second with 24.7%. Electoral Commission chairperson Justice Simon Byabakama said "
        "turnout was about 54% and that the commission had received complaints from several "
        "candidates, which it had referred to the relevant bodies. Kyagulanyi rejected the "
        "result, saying his agents had been blocked from polling stations in several districts "
        "and that the internet shutdown imposed two days before the vote had made it impossible "
        "to transmit tally forms. 'We will use every legal means available to us, starting with "
        "the Supreme Court, to defend the will of the people,' NUP secretary-general David Lewis "
        "Rubongoya told journalists at the party's headquarters in Makerere Kavule. The "
        "government restored internet access on Saturday afternoon, and most businesses in "
        "Kampala reopened. Observers from the African Union described the election as largely "
        "peaceful but raised concerns about the shutdown and the heavy deployment of soldiers "
        "in the capital. Museveni, in power since 1986, thanked voters in a televised address.",
        "politics",
    ),
    (
        "Suez Canal revenue halves as Red Sea attacks keep ships on the Cape route",
        "Suez Canal revenues fell to about $4 billion last year from a record $10.25 billion in "
        "2023, as attacks on merchant shipping by Yemen's Houthis since late 2023 pushed many of "
        "the world's largest shipping lines to send their vessels around the Cape of Good Hope, "
        "Suez Canal Authority chairman Osama Rabie said. The number of ships transiting the canal "
        "fell by about half, with container traffic hit hardest, while some bulk carriers and "
        "tankers continued to use the route. President Abdel Fattah El-Sisi said earlier this "
        "month that the country had lost almost $7 billion in canal income because of the "
        "regional tensions, putting further pressure on foreign currency reserves. 'The canal is "
        "ready and safe on the Egyptian side, and we are offering discounts of up to 15% to bring "
        "the lines back,' Rabie told a conference in Ismailia. Shipping executives said they "
        "would return only once the threat in the Bab el-Mandeb strait had ended for good, and "
        "insurers still rate the southern Red Sea as a high-risk area. Economists said the loss "
        "of canal revenue had been partly offset by remittances from Egyptians abroad, which "
        "rose to a record. "
        "Hotel operators in Hurghada and Sharm El-Sheikh also reported a drop in European "
        "bookings, although overall tourist arrivals in Egypt reached a record last year. The "
        "International Monetary Fund, which expanded its loan programme with Egypt to $8 "
        "billion, said in its latest review that canal revenues were unlikely to recover fully "
        "before next year. A few shipping lines have begun trial transits, sending single "
        "vessels through the canal and the Red Sea to test insurers' and crews' appetite for "
        "the route. The Suez Canal Economic Zone has meanwhile signed new contracts with "
        "Chinese and Turkish manufacturers, which the government hopes will reduce the "
        "economy's dependence on transit fees. "
        "The authority is continuing work to widen and deepen the southern "
        "sector of the canal.",
        "economy",
    ),
    (
        "ANRE approves higher heating, electricity tariffs as Transnistria gas crisis bites",
        "The National Agency for Energy Regulation on Friday approved increases of up to 75% in "
        "heating tariffs for Chișinău and Bălți and of about 50% in electricity prices for "
        "households, after Moldova lost access to cheap power from the Cuciurgan plant in the "
        "Transnistrian region. The plant stopped supplying the right bank on 1 January, when "
        "Gazprom halted gas deliveries to Transnistria after the end of transit through Ukraine, "
        "and Moldova has since bought electricity from Romania at market prices. 'We are paying "
        "the price of our energy independence, but we will not let families freeze,' Energy "
        "Minister Dorin Junghietu said, announcing compensation for vulnerable households. "
        "Opposition parties said the government had failed to prepare for the crisis and called "
        "the tariffs an attack on pensioners. On the left bank, factories stopped work and "
        "residents were living with rolling blackouts and without heating or hot water, the "
        "Bureau for Reintegration Policies said, and Chișinău offered to help buy gas through "
        "Moldovagaz. Economists warned that inflation, which had slowed to around 5%, would rise "
        "again in the spring. The new tariffs take effect on Saturday.",
        "economy",
    ),
    (
        "Thai rice exporters locked in price war with Vietnam and India",
        "Thai white rice prices have fallen to their lowest level in more than two years as "
        "exporters fight a price war with Vietnam and India for shrinking orders from the "
        "Philippines, Indonesia and Africa, the Thai Rice Exporters Association said on Tuesday. "
        "The benchmark 5% broken white rice was quoted at about $380 a tonne, down from more "
        "than $650 a year ago, after India lifted the export restrictions it imposed in 2023 and "
        "Indonesia scaled back imports on the back of a bumper domestic harvest. 'It is a price "
        "war, and we are on the losing side because our costs are higher and our varieties are "
        "less competitive,' the association's honorary president, Chookiat Ophaswongse, told the "
        "Bangkok Post. Exports are expected to fall to around 7.5 million tonnes this year from "
        "almost 10 million last year, and Thailand could lose its place as the world's second "
        "largest exporter to Vietnam. Farmers in the Central Plains and the northeast say paddy "
        "prices no longer cover the cost of fertiliser and fuel, and some have called on the "
        "government to reintroduce price guarantees. The Commerce Ministry said it would step up "
        "government-to-government deals and promote premium jasmine rice in new markets.",
        "economy",
    ),
    (
        "Armenia's car re-exports to Russia plunge after EU sanctions package",
        "Armenia's exports of passenger cars fell by more than 80% in the first quarter compared "
        "with a year earlier, according to data released by the Statistical Committee, after the "
        "European Union's latest sanctions package tightened rules on the re-export of vehicles "
        "and machinery to Russia. Car exports, almost all of them to Russia, had become one of "
        "Armenia's largest export items after the start of the war in Ukraine, as dealers bought "
        "vehicles in the United States, Europe and the Gulf and shipped them north through "
        "Georgia's Upper Lars crossing. 'The business was built on a window that everyone knew "
        "would close, and now several hundred people in the sector are looking for work,' said a "
        "car importer in Yerevan's Sovetashen market. The government has insisted that Armenia "
        "complies with the sanctions regime and has introduced stricter customs checks on "
        "dual-use goods after warnings from Washington and Brussels. Economists said the fall in "
        "re-exports would slow GDP growth, which reached double digits in 2022 and 2023 partly "
        "because of trade with Russia and the arrival of Russian migrants and their money. The "
        "Central Bank kept its growth forecast unchanged at 5.1%.",
        "economy",
    ),
]
