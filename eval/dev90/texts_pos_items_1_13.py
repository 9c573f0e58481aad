"""eval/dev90 positives, items 1 to 13: digests, briefings and roundups with at least one item that
reports a current event of armed conflict or political violence (eval/README.md, section 1).

POSITIVES = [(title, text, tag codes, kind), ...]; the comment above each item says which item
makes it positive, where it sits (first, middle, last, or the whole text), how many items the
digest tells and how many sentences the conflict item takes.
"""

POSITIVES = [
    # first: the gangs' capture of Mirebalais (prison freed, police station burned, residents
    # killed, 5,000 fled); item 1 of 8, 3 conflict sentence(s)
    (
        (
            "World News in Brief: gangs overrun Haitian town, food prices edge up, polio drive in "
            "Pakistan"
        ),
        (
            "Armed gangs of the Viv Ansanm coalition overran the central Haitian town of "
            "Mirebalais on Monday, freeing more than 500 inmates from the local prison and "
            "setting fire to the police station, the UN Integrated Office in Haiti said. At least "
            "10 residents were killed, according to local officials, and the International "
            "Organization for Migration said more than 5,000 people fled toward Saut-d'Eau and "
            'the hills around Lascahobas within 48 hours. "Every new town the gangs take is '
            'another road cut for the aid we bring in," a UN spokesperson told reporters in New '
            "York. In other news, the FAO Food Price Index averaged 127.1 points in March, up "
            "marginally from February, as higher vegetable oil and dairy prices offset a fall in "
            "cereals. Sugar prices slipped for a second month on better crop prospects in Brazil. "
            "And in Pakistan, health workers began a week-long campaign to vaccinate 45 million "
            "children under five against polio, the third nationwide drive this year. WHO said "
            "the country has recorded six cases of wild poliovirus so far in 2025, against 74 in "
            "all of last year. Also today, the UN's weather agency said the past three months "
            "were the second-warmest March to May period on record, and it warned of a higher "
            "than usual risk of heatwaves in South Asia before the monsoon. The International "
            "Labour Organization reported that global unemployment held at 5% last year, although "
            "youth unemployment rose in North Africa. In Geneva, the Human Rights Council opened "
            "its summer session with a debate on the rights of older persons. UNESCO added a "
            "Guatemalan weaving tradition and a Kazakh horse game to its list of intangible "
            "cultural heritage. And the UN Secretary-General named a former Chilean health "
            "minister to lead a review of the organisation's aid agencies, part of a plan to save "
            "about 20% of their running costs."
        ),
        "B V D H",
        "gang offensive",
    ),
    # middle: Russian drones on Odesa's port, injuring three dock workers; item 3 of 11, 1
    # conflict sentence(s)
    (
        (
            "Morning briefing: Bank of England decision day, rail talks resume, drones hit Odesa "
            "port"
        ),
        (
            "Good morning. Here is what you need to know to start your Thursday. The Bank of "
            "England announces its interest rate decision at noon, and most economists expect the "
            "Monetary Policy Committee to hold Bank Rate at 4.25% after inflation came in "
            "slightly above forecast last week. Talks between the RMT union and train operators "
            "resume in London today, with both sides saying they hope to avoid another round of "
            "walkouts before the summer holidays. Overseas, Russian drones struck the port of "
            "Odesa overnight, damaging two grain silos and a warehouse and injuring three dock "
            "workers, Ukraine's regional governor said. In the weather, a band of heavy rain "
            "moves across Wales and the south-west this morning, clearing to sunshine by "
            "mid-afternoon, with highs of 22C in London. And at Wimbledon, the order of play on "
            "Centre Court starts with the defending men's champion, who faces a qualifier ranked "
            "188th in the world. In business, the supermarket chain Tesco reports first-quarter "
            "sales this morning, and the energy regulator publishes its plan for standing "
            "charges. House prices rose 0.3% in June, the Nationwide said, less than expected. "
            "The government is expected to announce the winners of its first round of funding for "
            "small nuclear reactors. Scientists in Cambridge say they have grown a patch of heart "
            "muscle from stem cells that beats on its own. In culture, the shortlist for the "
            "Women's Prize for Fiction is announced tonight. Glastonbury tickets for next year go "
            "on sale at 9am on Sunday. We'll be back with the evening briefing at 6pm."
        ),
        "E",
        "drone strike",
    ),
    # last: the Fada N'Gourma convoy ambush and the Burkinabe army's air and ground operations;
    # item 4 of 4, 2 conflict sentence(s)
    (
        (
            "Africa in brief: cedi rally, Kenyan lecturers march, Burkina army says dozens of "
            "militants killed"
        ),
        (
            "Ghana's cedi extended its rally for a fourth week, trading at 10.4 to the dollar on "
            "Friday, its strongest level in more than two years, as gold export receipts flowed "
            "in and the central bank held its policy rate. In Kenya, lecturers at public "
            "universities marched through Nairobi's central business district to the Treasury to "
            "deliver a petition over unpaid salary arrears; the union said the strike that has "
            "shut lecture halls since September would continue. Police escorted the march and no "
            "incidents were reported. Zambia's copper output rose 6% in the first half of the "
            "year, the mines ministry said, helped by the restart of the Mufulira smelter. In "
            'Burkina Faso, the army said it had killed "several dozen terrorists" in air and '
            "ground operations in the Est region after militants ambushed a supply convoy near "
            "Fada N'Gourma on Wednesday. The statement, read on state television, did not say how "
            "many soldiers died in the ambush; a security source told our correspondent that at "
            "least 11 soldiers and volunteer fighters were killed and several trucks were burned."
        ),
        "B M E T",
        "ambush and counter-offensive",
    ),
    # whole: the gun and arson attack on the concert hall at Krasnogorsk, claimed by IS; item 1 of
    # 1, 9 conflict sentence(s)
    (
        "What we know so far about the attack on the concert hall outside Moscow",
        (
            "Gunmen in camouflage opened fire on concertgoers at a large music venue in "
            "Krasnogorsk, on the north-western edge of Moscow, on Friday evening, shortly before "
            "a rock band was due on stage. Here is what we know so far. The attackers moved "
            "through the lobby and into the auditorium shooting at people with automatic rifles, "
            "then set the building alight with an incendiary liquid, according to Russia's "
            "Investigative Committee, which has opened a terrorism case. The death toll stood at "
            "133 on Sunday, including three children, and more than 180 people were being treated "
            "in hospital, many for burns and smoke inhalation. The Islamic State group claimed "
            "responsibility through its Amaq outlet and later posted footage it said was filmed "
            "by the attackers. Four suspects, all citizens of Tajikistan, were detained in the "
            "Bryansk region on Saturday and appeared in a Moscow court with visible injuries; "
            "they were remanded in custody for two months. President Vladimir Putin declared "
            "Sunday a national day of mourning and said all those behind the attack would be "
            "punished. What we don't know: who organised and paid the gunmen, and how they were "
            "able to leave the area before roads were closed. Ukraine has denied any involvement."
        ),
        "T V",
        "terrorist attack",
    ),
    # middle: the Houthi missiles that set a tanker on fire in the Red Sea; item 3 of 5, 2
    # conflict sentence(s)
    (
        (
            "Five things to know before the market opens: jobs data, chip earnings, a tanker hit "
            "in the Red Sea"
        ),
        (
            "Payrolls first: economists expect Friday's report to show the US economy added about "
            "160,000 jobs in May, with unemployment steady at 4.1%, and a weak number would "
            "revive bets on a rate cut in September. Chips: Broadcom reports after the bell, and "
            "investors will be listening for any change in its forecast for AI-related revenue, "
            "which has doubled in a year. Oil: Brent crude rose 1.8% in Asian trading after "
            "Yemen's Houthi movement fired two anti-ship missiles at a Greek-owned tanker in the "
            "Red Sea, setting it on fire; the 23 crew abandoned ship and were picked up by a "
            "passing vessel, the British maritime agency UKMTO said. The Houthis said they "
            "targeted the ship because its owner's other vessels had called at Israeli ports. "
            "Housing: mortgage rates fell for a third week, to 6.85% on a 30-year fixed loan, "
            "according to Freddie Mac. And finally, the Nasdaq is within 1% of its record close "
            "after a four-day winning streak."
        ),
        "E",
        "missile attack on shipping",
    ),
    # first: Israel's overnight air strikes on Iran and Iran's drones, given as the cause of the
    # market moves; item 1 of 6, 2 conflict sentence(s)
    (
        (
            "Markets wrap: oil jumps, stocks slide and gold hits a record after Israeli strikes "
            "on Iran"
        ),
        (
            "Oil prices jumped as much as 9% on Friday and stocks fell across Asia and Europe "
            "after Israel launched waves of air strikes on Iranian nuclear and military sites "
            "overnight, and Iran answered with a barrage of drones toward Israel. Iranian state "
            "media said several senior commanders were killed in the strikes, which hit the "
            "enrichment site at Natanz and targets in Tehran, and the Israeli military said its "
            'operation would continue "for as many days as it takes". Brent crude was up 7.4% at '
            "$74.80 a barrel by the London afternoon, its biggest one-day gain since 2022, as "
            "traders weighed the risk to shipping through the Strait of Hormuz. Gold rose to a "
            "record above $3,440 an ounce and the Swiss franc and yen gained. The Stoxx 600 "
            "closed 1.1% lower, with airlines and travel stocks hardest hit, while defence "
            "contractors rose. On Wall Street, S&P 500 futures pointed to a drop of about 1% at "
            "the open. Treasury yields fell as investors sought safety, and the dollar edged up "
            "against most currencies."
        ),
        "E M",
        "air strikes",
    ),
    # last: the suicide bombing at a police checkpoint outside a cricket ground in Bannu; item 4
    # of 4, 3 conflict sentence(s)
    (
        (
            "Sports roundup: Real edge the derby, a quick win in Rome, bomber strikes outside "
            "Bannu cricket ground"
        ),
        (
            "Real Madrid moved four points clear at the top of La Liga with a 2-1 win over "
            "Atletico in a bruising Madrid derby, the winner coming from a header in stoppage "
            "time after Atletico had laid siege to the Real goal for most of the second half. In "
            "Rome, the world number one needed only 68 minutes to beat an Argentine qualifier "
            "6-2, 6-1 and set up a third-round meeting with a former champion. England's "
            "cricketers named an unchanged squad for the second Test against the West Indies at "
            'Edgbaston, with the captain saying his bowlers had "attacked the stumps beautifully" '
            "at Lord's. In Pakistan, a suicide bomber blew himself up at a police checkpoint "
            "outside a cricket ground in Bannu on Saturday where a local inter-district "
            "tournament was under way, killing four policemen and a spectator, district police "
            "said. Play was abandoned and the tournament suspended. No group has yet claimed the "
            "attack, but police blamed the Pakistani Taliban, who have attacked security forces "
            "in the district repeatedly this year."
        ),
        "T E",
        "suicide bombing",
    ),
    # middle: the army-RSF fighting in Omdurman and the shell that killed a guard at the Khalifa
    # House museum; item 3 of 4, 3 conflict sentence(s)
    (
        (
            "Culture roundup: Venice pavilions, a Booker longlist, and fighting reaches "
            "Omdurman's Khalifa House museum"
        ),
        (
            "The Venice Biennale announced its list of national pavilions on Tuesday, with five "
            "countries taking part for the first time, among them Ethiopia and Tanzania. The "
            "Booker Prize longlist, unveiled in London, includes two debut novels and a 700-page "
            "family saga set in Kerala, and the judges said they had read 153 submissions. In "
            "Sudan, fighting between the army and the paramilitary Rapid Support Forces in old "
            "Omdurman this week reached the Khalifa House, a museum of the Mahdist era, its "
            "caretakers said. A shell struck the courtyard on Wednesday, killing a guard and "
            "damaging the roof of the main hall, and manuscripts were moved to a basement. UNESCO "
            'said it was "alarmed" and urged both sides to spare cultural sites. Meanwhile in '
            "Paris, the Louvre said visitor numbers fell 2% last year, which it blamed on "
            "overcrowding and long queues, and it set out plans for a new entrance."
        ),
        "B E",
        "fighting hits museum",
    ),
    # whole: air strikes on the al-Mawasi tent camp, an overwhelmed hospital, stalled aid convoys
    # and tank fire in Rafah (talks in Doha the one other item); item 1 of 5, 5 conflict
    # sentence(s)
    (
        (
            "Gaza live: key developments as strikes hit Khan Younis tents and aid trucks wait at "
            "Kerem Shalom"
        ),
        (
            "Here are the main developments from today. Israeli air strikes on a tent camp for "
            "displaced families in the al-Mawasi area west of Khan Younis killed at least 19 "
            "people overnight, among them eight children, according to the civil defence agency "
            "in Gaza. The Israeli military said it had struck a Hamas command centre operating "
            "from the area and that it took steps to limit harm to civilians. At Nasser Hospital, "
            "doctors said the emergency ward was treating patients on the floor and running short "
            "of fuel for its generators. The UN agency for Palestinian refugees said more than "
            "400 aid trucks were waiting on the Egyptian side and at Kerem Shalom because convoys "
            "could not move safely inside the territory. In Rafah, residents reported tank fire "
            "and heavy gunfire near the Tal al-Sultan neighbourhood. Talks on a ceasefire and "
            'hostage release continue in Doha, a Qatari official said, with negotiators "working '
            "through the details\". We're closing this live page now; thank you for following."
        ),
        "E V H D",
        "air strikes on tent camp",
    ),
    # middle: the ELN drone and rifle attack on an army base in Arauca; item 3 of 10, 2 conflict
    # sentence(s)
    (
        (
            "Latin America this week: Brazil holds rates, Argentina's inflation cools, ELN drones "
            "hit an army base in Arauca"
        ),
        (
            "Welcome to this week's Latin America newsletter. Brazil's central bank kept its "
            'Selic rate at 15% for a second meeting and signalled it would hold it there "for a '
            'very prolonged period" to pull inflation back toward target. In Argentina, monthly '
            "inflation slowed to 1.6% in August, the lowest reading in five years, a figure the "
            "government hailed as proof that its austerity plan was working ahead of midterm "
            "elections. In Colombia, ELN guerrillas attacked an army base in Puerto Jordán, in "
            "Arauca department, with explosive-laden drones and rifle fire before dawn on Sunday, "
            "killing two soldiers and wounding seven, the defence ministry said. Troops returned "
            "fire for more than an hour and the army sent helicopters to evacuate the wounded. "
            "Mexico's Senate approved a reform of the water law after a long debate; farm groups "
            "said it did not go far enough. Peru's congress named a new head of the electoral "
            "authority. Chile's copper exports hit a monthly record on higher prices, and the "
            "state miner Codelco said output at its El Teniente mine was back to normal after an "
            "accident in July. In Ecuador, the national assembly approved a referendum on "
            "allowing foreign military bases, which the president says will help the fight "
            "against drug trafficking. Uruguay's new government presented its first budget, with "
            "more spending on childhood poverty. Paraguay and Brazil agreed on a new tariff for "
            "the Itaipú hydroelectric dam. In Venezuela, the opposition leader said she would not "
            "stand in regional elections. We'll be back next Friday."
        ),
        "B E",
        "guerrilla attack",
    ),
    # first: gunfire between Meitei and Kuki-Zo villages, houses torched and residents fled in
    # Manipur; item 1 of 4, 3 conflict sentence(s)
    (
        "Evening briefing: Manipur clashes, Pakistan's budget vote, monsoon reaches Kerala",
        (
            "Manipur: Gunfire broke out again in the foothills of Bishnupur district on Tuesday "
            "as armed men from Meitei and Kuki-Zo villages exchanged fire across the buffer zone, "
            "and at least four people were killed, including a farmer working his paddy field, "
            "police said. Mobs later set fire to around a dozen houses in Moirang Turel, and some "
            "200 residents fled to relief camps in Moirang town. The state government ordered a "
            "curfew across two districts and suspended mobile internet for five days, and the "
            "Assam Rifles moved additional columns into the area. Islamabad: The National "
            "Assembly passed the federal budget for the coming year by a simple majority after "
            "the finance minister agreed to trim a proposed tax on solar panels. Kerala: The "
            "southwest monsoon set in over the state two days early, the India Meteorological "
            "Department said, and is expected to advance across Karnataka by the weekend. "
            "Markets: The Sensex closed 0.4% higher, led by banks."
        ),
        "B V D",
        "ethnic clashes",
    ),
    # first: JNIM's attack on Bamako's gendarmerie school and airport; item 1 of 4, 4 conflict
    # sentence(s)
    (
        (
            "The Sahel this week: JNIM strikes Bamako, Niger's uranium dispute, Burkina's exam "
            "season"
        ),
        (
            "Mali's capital woke to gunfire before dawn on Tuesday as fighters of the "
            "al-Qaeda-linked JNIM attacked the gendarmerie training school in the Faladié "
            "district and then the military section of Bamako's airport, where they set fire to "
            "the presidential aircraft. The army said the attack was repelled by midday, but "
            "people who lived near the school described hours of shooting and explosions. "
            "Security sources put the death toll at more than 70, most of them gendarmerie "
            "cadets, while the authorities gave no figure; it was the first large attack in the "
            'capital in years. JNIM said in a statement that its fighters had "inflicted huge '
            'losses". In Niger, the military government and the French group Orano remain '
            "deadlocked over the Somair uranium mine, which the state took over earlier this "
            "year; Orano has gone to international arbitration. In Burkina Faso, 600,000 pupils "
            "sat their primary-school exam this week, a figure the education ministry called a "
            "sign of progress even as 5,300 schools remain closed across the country. Next week: "
            "the Economic Community of West African States holds its summit in Abuja."
        ),
        "T B E",
        "jihadist attack",
    ),
    # middle: a firefight between soldiers and NPA rebels on Negros; item 2 of 11, 1 conflict
    # sentence(s)
    (
        (
            "Asia-Pacific in brief: Japan's rice prices, Philippine troops clash with NPA on "
            "Negros, Fiji budget"
        ),
        (
            "Japan's average retail rice price fell for a third straight week to 4,176 yen per 5 "
            "kilogrammes as government stockpiles reached supermarket shelves, the farm ministry "
            "said. In the Philippines, soldiers clashed with a band of about 20 New People's Army "
            "rebels in the hills above Kabankalan on Negros island on Thursday, and three rebels "
            "were killed in a 40-minute firefight, the army said. Fiji's finance minister "
            "presented a budget that cuts the value-added tax on basic food items and raises "
            "spending on hospitals. South Korea's exports rose for a fourth month as "
            "semiconductor shipments hit a record. Australia's central bank left its cash rate "
            "unchanged and said it would wait for more data on household spending before moving "
            "again. In New Zealand, the government confirmed that the Interislander's oldest "
            "ferry will be retired next year. Thailand's cabinet approved a plan to legalise "
            "casinos in integrated resorts, subject to a vote in parliament. Vietnam's central "
            "bank said credit growth had reached 9% since January. Malaysia's prime minister "
            "inaugurated a semiconductor design park in Selangor. Taiwan's export orders rose 15% "
            "from a year earlier on demand for AI servers. In Indonesia, the capital move to "
            "Nusantara was pushed back again, with ministries now expected to relocate after "
            "2028."
        ),
        "B",
        "clash",
    ),
]
