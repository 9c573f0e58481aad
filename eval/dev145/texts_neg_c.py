"""dev145 hard negatives (3 of 5): the politics and economy desks of the region's national press,
with the rhetoric of battle and war, sanctions, and the Red Sea attacks as background
(eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Knesset passes first reading of override clause as coalition presses on with "
        "judicial overhaul",
        "The Knesset on Monday night approved in a first reading a bill that would "
        "allow a bare majority of 61 lawmakers to override High Court of Justice "
        "rulings, as the coalition pressed ahead with its judicial overhaul despite "
        "mounting opposition at home and abroad. The bill passed by 61 votes to 52 "
        "after a stormy debate in which opposition leader Yair Lapid accused the "
        "government of waging war on Israeli democracy. Justice Minister Yariv Levin "
        "said the reform would restore the balance between the branches of government "
        "and vowed that the coalition would not back down. Outside the Knesset, tens of "
        "thousands of demonstrators waving Israeli flags rallied for the tenth "
        "consecutive week, and protest leaders announced a 'day of resistance' with "
        "marches in cities across the country on Thursday. Hundreds of reservists, "
        "including fighter pilots, have said they will not report for volunteer duty if "
        "the legislation passes, a move that the defense minister warned could harm the "
        "army's readiness. President Isaac Herzog called on the coalition to freeze the "
        "legislation and enter negotiations, warning that the country was on the brink "
        "of constitutional collapse. The shekel weakened further against the dollar on "
        "Tuesday morning. The Bank of Israel governor warned the prime minister last "
        "week that the legislation could harm the economy, and several international "
        "ratings agencies have expressed concern. Tech executives said some startups "
        "had begun moving their funds abroad. Netanyahu, who is on trial for "
        "corruption, has denied that the overhaul is linked to his legal situation.",
        "politics",
    ),
    (
        "Kuwait's Emir dissolves National Assembly, suspends some constitutional "
        "articles for up to four years",
        "Kuwait's Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah on Friday dissolved the "
        "National Assembly and suspended some articles of the constitution for a period "
        "not exceeding four years, during which all aspects of the democratic process "
        "will be studied. In a televised speech, the Emir said Kuwait had been going "
        "through difficult times that required decisive decisions to save the country "
        "and secure its higher interests. 'We will not allow democracy to be exploited "
        "to destroy the state,' he said, accusing some lawmakers of interfering in his "
        "prerogatives, including the choice of the crown prince. During the suspension, "
        "the Emir and the Cabinet will assume the powers of the National Assembly, "
        "according to the decree. The move follows years of political deadlock between "
        "elected lawmakers and governments appointed by the ruling family, which has "
        "stalled economic reforms and led to repeated dissolutions of parliament. "
        "Kuwait held its fourth parliamentary election in four years last month, and "
        "the new assembly had been due to convene next week.",
        "politics",
    ),
    (
        "Joseph Aoun elected Lebanon's president after two-year vacancy",
        "Parliament on Thursday elected army commander General Joseph Aoun as president "
        "of the republic, ending a vacancy that had lasted more than two years. Aoun "
        "won 99 votes out of 128 in the second round of voting, after falling short of "
        "the required two-thirds majority in the first round, when Hezbollah and Amal "
        "MPs cast blank ballots. In his inaugural speech, the new president pledged to "
        "affirm the state's right to a monopoly on arms, to rebuild what Israel "
        "destroyed in the South, the Bekaa and the southern suburbs of Beirut, and to "
        "respect the judiciary's independence. 'Today begins a new phase in the history "
        "of Lebanon,' he said, as MPs applauded. Aoun's election was backed by the "
        "United States, France and Saudi Arabia, whose envoys had intensified their "
        "contacts in Beirut in recent weeks. It comes six weeks after a ceasefire ended "
        "more than a year of war between Israel and Hezbollah, under which the Lebanese "
        "Army is to deploy along the border. The new president is expected to launch "
        "parliamentary consultations to name a prime minister in the coming days. "
        "Celebrations broke out in Aoun's hometown of Aishiyeh. Caretaker Prime "
        "Minister Najib Mikati congratulated Aoun and said the election opened the door "
        "to a government capable of carrying out the reforms demanded by the "
        "International Monetary Fund. Hezbollah MP Mohammad Raad said his bloc's votes "
        "in the second round were a message that no one could exclude the party.",
        "politics",
    ),
    (
        "CBE floats pound, raises rates by 600 basis points in bid to unlock IMF funding",
        "The Central Bank of Egypt (CBE) on Wednesday raised its key interest rates by "
        "600 basis points and allowed the exchange rate of the Egyptian pound to be "
        "determined by market forces, sending the currency down to about EGP 49.5 "
        "against the US dollar from a fixed 30.9. The overnight deposit rate now stands "
        "at 27.25% and the overnight lending rate at 28.25%, the bank said in a "
        "statement after an extraordinary meeting of its Monetary Policy Committee. The "
        "CBE said the unification of the exchange rate was critical to eliminate the "
        "backlog of foreign currency in the parallel market, which had driven the "
        "black-market rate above EGP 70 in recent months. Hours later, the "
        "International Monetary Fund announced a staff-level agreement to increase "
        "Egypt's loan programme to $8bn. The move follows the signing last month of a "
        "$35bn investment deal with the UAE to develop the Ras El-Hekma peninsula on "
        "the Mediterranean coast. Banks announced new savings certificates with annual "
        "returns of up to 30%, and the EGX30 index of the Egyptian Exchange rose by "
        "more than 7% during Wednesday's session. Analysts at several investment banks "
        "said the move was long overdue and would help restore the confidence of "
        "foreign investors, who pulled billions of dollars out of Egyptian debt in "
        "2022. Gold prices fell sharply on the local market after the decision, and "
        "traders said the parallel market rate had dropped to near the official rate. "
        "Prime Minister Mostafa Madbouly said the government would expand social "
        "protection programmes to shield low-income families from higher prices.",
        "economy",
    ),
    (
        "Central bank hikes policy rate to 25% in fight against stubborn inflation",
        "The Central Bank of the Republic of Türkiye (CBRT) raised its policy rate by "
        "750 basis points to 25% on Thursday, a much larger move than expected, as the "
        "new economic team stepped up its battle against inflation that is hovering "
        "near 50%. The bank's Monetary Policy Committee, chaired by Governor Hafize "
        "Gaye Erkan, said monetary tightening would be strengthened further as much as "
        "needed in a timely and gradual manner until a significant improvement in the "
        "inflation outlook is achieved. Economists polled by Reuters had expected an "
        "increase to 20%. The Turkish lira strengthened by around 2% against the dollar "
        "after the decision, while the Borsa Istanbul 100 index rose. Treasury and "
        "Finance Minister Mehmet Şimşek has said that disinflation will take time and "
        "that the government is determined to return to rational policies after years "
        "of unorthodox rate cuts. The central bank has now raised rates by a cumulative "
        "1,650 basis points since June.",
        "economy",
    ),
    (
        "Rial sinks past 1 million to the dollar as 'maximum pressure' returns",
        "The Iranian rial fell past 1,000,000 to the US dollar on Tehran's open market "
        "for the first time on Sunday, currency traders and exchange websites said, a "
        "loss of more than half its value since President Masoud Pezeshkian took office "
        "last summer. The slide accelerated after the United States announced new "
        "sanctions on Iran's oil exports and the shadow fleet of tankers that carries "
        "them, as part of the Trump administration's renewed campaign of 'maximum "
        "pressure'. Shopkeepers in Tehran's Grand Bazaar told IranWire that prices of "
        "imported goods, from mobile phones to spare parts, were changing several times "
        "a day, and that some traders had stopped selling altogether. Officials blamed "
        "the fall on what they called the enemy's economic war and on speculators, and "
        "the Central Bank said it would inject more currency into the market. "
        "Economists said years of sanctions, chronic budget deficits and the printing "
        "of money had fuelled inflation of more than 35%. Parliament is due to question "
        "the economy minister next week. The price of a gold coin also hit a record.",
        "economy",
    ),
    (
        "Suez Canal revenues fell by $7 billion in 2024 amid Red Sea disruption, Sisi says",
        "Egypt lost nearly $7 billion in Suez Canal revenues in 2024, a drop of more "
        "than 60% from the previous year, President Abdel-Fattah El-Sisi said on "
        "Thursday, blaming the regional tensions that have forced shipping companies to "
        "divert their vessels away from the Red Sea. The number of ships transiting the "
        "canal has fallen sharply since Yemen's Houthis began attacking commercial "
        "vessels in late 2023, and most major container lines have rerouted their ships "
        "around the Cape of Good Hope. Suez Canal Authority Chairman Osama Rabie said "
        "the authority had introduced discounts of up to 15% on transit fees for "
        "container ships and launched new services to attract vessels back. The canal "
        "is one of Egypt's main sources of foreign currency, alongside tourism, "
        "remittances and gas exports. Sisi said the losses added to the pressures on an "
        "economy still recovering from last year's foreign currency crisis. Shipping "
        "analysts said traffic was unlikely to return to normal before a lasting calm "
        "in the region. The authority reported revenues of $10.25 billion in the "
        "2022/2023 fiscal year, a record.",
        "economy",
    ),
    (
        "Kurdistan Region oil exports through Ceyhan resume after two-and-a-half-year halt",
        "Oil began flowing again on Saturday from the Kurdistan Region through the "
        "Iraq-Türkiye pipeline to the port of Ceyhan, ending a halt of two and a half "
        "years that cost Erbil and Baghdad billions of dollars in lost revenue. The "
        "Ministry of Natural Resources said around 180,000 barrels per day would be "
        "handed over to Iraq's state oil marketing company SOMO under a deal reached "
        "this week between the federal government, the Kurdistan Regional Government "
        "and the international oil companies operating in the Region. Exports stopped "
        "in March 2023 after an arbitration court in Paris ruled that Türkiye had "
        "breached a 1973 agreement by allowing the Region to export oil without "
        "Baghdad's approval. Under the new agreement, the companies will receive $16 "
        "per barrel to cover production and transport costs, while outstanding payments "
        "owed to them will be discussed later. KRG Prime Minister Masrour Barzani said "
        "the resumption would help secure public sector salaries, which have often been "
        "delayed. Production in the Region had also been disrupted by a wave of drone "
        "attacks on oil fields in Duhok and Zakho in July. Brent crude fell slightly on "
        "the news. Iraqi Oil Minister Hayan Abdul-Ghani said the resumption was a "
        "victory for the whole of Iraq and would increase the country's revenues. "
        "Türkiye's Energy Minister Alparslan Bayraktar said Ankara was ready to "
        "negotiate a new agreement with Baghdad on the pipeline, whose contract expires "
        "next year. The Association of the Petroleum Industry of Kurdistan (APIKUR) "
        "welcomed the deal but said several of its members had yet to sign it.",
        "economy",
    ),
]
