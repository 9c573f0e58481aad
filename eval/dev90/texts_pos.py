"""eval/dev90 positives: digests, briefings and roundups with at least one item that reports a
current event of armed conflict or political violence (eval/README.md, section 1).

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
    # last: the drone strike on the Khor Mor gas field; item 5 of 5, 2 conflict sentence(s)
    (
        (
            "Middle East roundup: Lebanon's new cabinet, Saudi tourism numbers, a drone strike on "
            "Kurdistan's Khor Mor gas field"
        ),
        (
            "Lebanon's new cabinet won a vote of confidence in parliament on Wednesday, with 95 "
            "of the 128 deputies backing a programme that promises to restructure the banks and "
            "bring all weapons under state control. Saudi Arabia said it received 30 million "
            "international visitors last year, ahead of its target, with religious tourism "
            "accounting for just over half. Egypt's annual urban inflation eased to 13.6%, the "
            "lowest in almost three years, raising expectations of a rate cut at the central "
            "bank's next meeting. In Jordan, the government extended the tender for the "
            "Aqaba-Amman water pipeline by three months. Late on Thursday, an explosive-laden "
            "drone struck a storage tank at the Khor Mor gas field in Iraq's Kurdistan region, "
            "starting a fire that cut gas supplies to power stations and left large parts of the "
            "region with only a few hours of electricity a day, the regional government said. "
            "Nobody has claimed the attack, the latest in a series on the field, which Kurdish "
            "officials have blamed on armed factions based elsewhere in Iraq."
        ),
        "E",
        "drone attack",
    ),
    # middle: the third night of rioting in Ballymena and Larne and the migrant families who fled;
    # item 3 of 4, 5 conflict sentence(s)
    (
        (
            "Europe briefing: EU migration pact deadlines, Spain's June heat, a third night of "
            "rioting in Ballymena"
        ),
        (
            "Brussels: interior ministers met to review how far member states have come in "
            "preparing for the migration and asylum pact, which takes effect next June; several "
            "countries said their border screening centres would not be ready. Spain: the state "
            "weather agency said last month was the hottest June on record, with an average "
            "temperature of 23.6C, and warned of more heat in July. Northern Ireland: rioting in "
            "Ballymena went into a third night on Wednesday, as masked crowds threw petrol bombs, "
            "bricks and fireworks at police lines and set fire to a leisure centre in nearby "
            "Larne that had housed families moved out of their homes. Police said 41 officers had "
            "been injured since Monday and 15 people arrested, and they used water cannon and "
            "baton rounds to push rioters back. Several families from Roma and other migrant "
            "communities fled the town after their front doors were attacked, and some have been "
            "put up in emergency accommodation. The disorder began after a protest over an "
            'alleged sexual assault in the town. The First Minister called the violence "racist '
            'thuggery". Poland: the central bank cut its main rate by 25 basis points to 5%.'
        ),
        "U V D",
        "riot",
    ),
    # whole: the storming of Kenya's parliament and the police's live fire across the country;
    # item 1 of 1, 9 conflict sentence(s)
    (
        "Kenya finance bill protests: what we know so far after parliament was breached",
        (
            "Thousands of protesters broke through police lines and into the grounds of Kenya's "
            "parliament in Nairobi on Tuesday, shortly after MPs voted to pass a finance bill "
            "that raises taxes on bread, mobile money and imported goods. Here is what we know. "
            "Part of the parliament building was set on fire, and the ceremonial mace was "
            "reported missing, while MPs were evacuated through a tunnel. Police fired tear gas, "
            "water cannon and then live rounds in the streets around parliament; the Kenya "
            "National Commission on Human Rights said at least 17 people were killed across the "
            "country and 160 injured, and rights groups counted dozens of arrests. The fire "
            "department said a wing of City Hall also caught fire. Protests spread to Mombasa, "
            'Kisumu, Eldoret and Nakuru. President William Ruto called the events "treasonous" '
            "and deployed the army to support the police, a decision the Law Society has "
            "challenged in court. The youth-led movement, which organised largely on social "
            "media, says it will return to the streets on Thursday. What we don't know: how many "
            "people remain in custody, and whether the president will sign the bill."
        ),
        "U",
        "crackdown",
    ),
    # first: the curfew after deadly clashes over job quotas in Bangladesh; item 1 of 4, 4
    # conflict sentence(s)
    (
        (
            "Dhaka morning headlines: curfew after deadly campus clashes, garment exports, Padma "
            "rail link"
        ),
        (
            "Bangladesh woke up under a nationwide curfew on Saturday after a fourth day of "
            "clashes between students protesting against quotas in government jobs and police and "
            "supporters of the ruling party. Hospitals in Dhaka reported dozens of dead since "
            "Tuesday, many with gunshot wounds, and the state broadcaster's building in Rampura "
            "was set on fire by a crowd on Thursday. Soldiers patrolled the capital's main roads "
            "overnight and mobile internet remained cut. The government said the curfew would be "
            "relaxed for two hours in the afternoon so people could buy food. In business news, "
            "garment exports rose 3% in the last fiscal year to $38 billion, the export promotion "
            "bureau said, though factory owners warned that the shutdown would delay shipments. "
            "Railway officials said the new rail link across the Padma bridge will carry its "
            "first freight train next month. Weather: light rain in Dhaka with a high of 31C."
        ),
        "U",
        "crackdown",
    ),
    # middle: arson, looting and tear gas in Indonesia's riots; item 4 of 8, 4 conflict
    # sentence(s)
    (
        (
            "The news at six: Canberra's housing bill, a record wheat harvest, riots in Jakarta "
            "after a delivery rider's death"
        ),
        (
            "Good evening. The government's housing bill has passed the Senate after a deal with "
            "the Greens that adds 3 billion dollars for public housing, and the first projects "
            "could be approved by Christmas. ABARES says this year's wheat harvest is on track "
            "for a record 36 million tonnes on the back of good winter rains in Western "
            "Australia. The Reserve Bank's governor says she is in no hurry to cut rates again. "
            "In Indonesia, protesters set fire to a regional parliament building in Makassar and "
            "looted the homes of several lawmakers in Jakarta as anger over MPs' housing "
            "allowances boiled over into a fourth day of riots. The unrest spread after a police "
            "armoured vehicle ran over and killed a motorcycle delivery rider during a protest in "
            "the capital on Thursday. Police have used tear gas and arrested more than 1,200 "
            "people, and at least three people died in the Makassar fire. The Foreign Affairs "
            "Department has updated its travel advice for Indonesia. In sport, the Matildas have "
            "named their squad for next month's friendlies in Europe. In the markets, the ASX 200 "
            "closed down 0.3%, and the Australian dollar is buying 65 US cents. And the weather: "
            "showers in Melbourne, fine in Sydney, with a top of 21."
        ),
        "U",
        "riot",
    ),
    # middle: the M23 push into Goma, its shelling, the wounded, the uprooted camps and the halted
    # aid; item 3 of 8, 5 conflict sentence(s)
    (
        ("East Africa week: Tanzania's tourist record, Uganda's pipeline, M23 fighters enter Goma"),
        (
            "Tanzania welcomed a record 2.1 million international tourists last year, the tourism "
            "ministry said, with Zanzibar's beaches and the northern safari circuit drawing most "
            "visitors. In Uganda, the East African Crude Oil Pipeline company said construction "
            "was about 60% complete and the first oil could flow next year. The week's biggest "
            "story came from eastern Congo, where M23 rebels, backed by Rwandan troops according "
            "to UN experts, pushed into Goma on Monday after days of fighting on the city's "
            "outskirts. Heavy gunfire and shelling were heard around the airport and the central "
            "market, bodies lay in several streets and hospitals were overwhelmed with wounded, "
            "the ICRC said. Hundreds of thousands of people who had already fled earlier fighting "
            "were uprooted again from camps around the city, and water and electricity were cut. "
            "The UN said peacekeepers from South Africa and Malawi were among those killed in the "
            "fighting. Aid agencies said they had suspended most of their operations in the city, "
            "and the World Food Programme said its warehouses near the airport had been looted, "
            "while thousands of people crossed into Gisenyi in Rwanda to escape the shelling. In "
            "Kenya, the shilling held steady and the central bank cut its benchmark rate for a "
            "third time, to 11.25%, citing slowing inflation and the need to support "
            "private-sector lending, which has barely grown in a year. Ethiopia's parliament "
            "approved a revised budget that raises spending on fertiliser imports and debt "
            "service, and the finance minister said the birr's float had narrowed the gap between "
            "the official and parallel exchange rates to under 5%. South Sudan's oil exports "
            "through Port Sudan resumed after a pipeline repair, the petroleum ministry said, "
            "bringing the country's output back to about 150,000 barrels a day. Burundi began "
            "distributing fuel rations to public transport operators after another month of "
            "shortages in Bujumbura. The presidents of Rwanda and Congo are due at an emergency "
            "summit of the East African Community in Dar es Salaam on Wednesday."
        ),
        "B E D H",
        "rebel offensive",
    ),
    # last: RSF shells on the Saudi Hospital in besieged El Fasher; item 4 of 4, 3 conflict
    # sentence(s)
    (
        (
            "Global health newsletter: a malaria vaccine milestone, mpox cases fall, shells hit "
            "El Fasher's last hospital"
        ),
        (
            "This week in global health. Nigeria became the 20th African country to roll out a "
            "malaria vaccine, beginning with children in Kebbi and Bayelsa states, and Gavi said "
            "10 million doses have now been delivered across the continent. WHO reported that new "
            "mpox cases in Central Africa fell for a sixth week, though testing remains patchy in "
            "rural areas. A study in The Lancet found that one in four antibiotic prescriptions "
            "in European primary care were unnecessary. And in Sudan, shells fired by the Rapid "
            "Support Forces struck the Saudi Hospital in El Fasher on Friday, killing nine "
            "patients and a nurse and forcing staff to move the remaining patients into "
            "corridors, the Sudan Doctors Network said. It is the last functioning public "
            "hospital in the besieged city, where the paramilitary force has been attacking army "
            "positions for more than a year. The World Health Organization said it had verified "
            "more than 150 attacks on health care in Sudan since the war began."
        ),
        "E V H",
        "shelling of hospital",
    ),
    # middle: the Druze-Bedouin fighting in Sweida, kidnappings and the army sent in; item 2 of 5,
    # 2 conflict sentence(s)
    (
        (
            "World in brief: Chile pension reform passes, Sweida clashes kill dozens, Ghana ends "
            "gold-for-oil"
        ),
        (
            "Chile's Congress approved a pension overhaul after two years of negotiations, "
            "raising employers' contributions by seven percentage points over nine years. In "
            "southern Syria, fighting between Druze gunmen and Bedouin tribal fighters in Sweida "
            "province killed at least 37 people on Sunday and Monday, the Syrian Observatory for "
            "Human Rights said, and the defence ministry sent army units and tanks into the area "
            'to "end the clashes". Residents described kidnappings on the Damascus road and said '
            "several families had fled their villages west of the provincial capital. Ghana said "
            "it will end its gold-for-oil barter scheme, which it started three years ago to save "
            "foreign currency, after the cedi's recovery. In Canada, the city of Ottawa said its "
            "light-rail line would reopen in stages. Norway's sovereign wealth fund reported a "
            "first-half return of 4.4%."
        ),
        "B M D V",
        "communal clashes",
    ),
    # whole: India's missile strikes in Pakistan and Pakistani shelling across the Line of
    # Control; item 1 of 1, 7 conflict sentence(s)
    (
        (
            "India-Pakistan live: what happened overnight after Indian missile strikes and "
            "shelling along the Line of Control"
        ),
        (
            "If you are just joining us, here is a summary of the main events. India said it had "
            "struck nine sites in Pakistan and Pakistan-administered Kashmir in the early hours "
            'of Wednesday, calling them "terrorist infrastructure" used to plan the attack on '
            "tourists in Pahalgam two weeks ago. Pakistan's military said 26 civilians, including "
            "children, were killed when missiles hit mosques and homes in Bahawalpur, Muridke and "
            "Muzaffarabad, and that it had shot down several Indian aircraft, a claim India has "
            "not confirmed. Across the Line of Control, Pakistani artillery shelled the Poonch "
            "and Tangdhar sectors through the morning, killing at least 12 civilians on the "
            "Indian side, including a family of four in Poonch town, officials said. Authorities "
            "on both sides moved thousands of residents from border villages to schools and "
            "community halls. Airports across northern India were closed and Pakistan suspended "
            "flights from Lahore and Islamabad. The United Nations Secretary-General urged "
            '"maximum military restraint".'
        ),
        "E M D",
        "missile strikes",
    ),
    # first: the Thai-Cambodian border fighting, rockets, air strikes and evacuations; item 1 of
    # 3, 5 conflict sentence(s)
    (
        (
            "Your Friday briefing: Thai and Cambodian forces fight on the border, a tariff "
            "deadline looms, Japan's vote"
        ),
        (
            "Good morning. We're covering deadly fighting on the Thailand-Cambodia border, the "
            "approaching US tariff deadline and a setback for Japan's governing coalition. Thai "
            "and Cambodian troops fought along several stretches of their disputed border on "
            "Thursday, in the worst clashes between the neighbours in more than a decade. "
            "Thailand said Cambodian rockets hit a petrol station and an area near a hospital in "
            "Sisaket province, killing at least 11 civilians, and its air force sent F-16 jets to "
            "bomb Cambodian military positions. Cambodia said Thai troops had attacked first near "
            "an ancient temple and that its forces were acting in self-defence. More than 40,000 "
            "people were evacuated from villages on the Thai side, and Cambodian officials said "
            "thousands had also left homes in Oddar Meanchey. The two governments have recalled "
            "their ambassadors. Elsewhere, the August 1 deadline for dozens of countries to reach "
            "trade deals with Washington is a week away, and officials in Seoul and Taipei said "
            "talks were going to the wire. In Japan, the governing coalition lost its majority in "
            "the upper house in Sunday's election; the prime minister said he would stay on."
        ),
        "B E M D",
        "border clashes",
    ),
    # last: troops retaking Guayaquil's Litoral prison after a night-long gun battle with gangs;
    # item 4 of 4, 3 conflict sentence(s)
    (
        (
            "Andes roundup: Peru's new mining code, Bolivia's fuel queues, troops retake "
            "Guayaquil prison after gun battle"
        ),
        (
            "Peru's congress passed a new mining code that gives small-scale miners two more "
            "years to formalise their claims, a move critics say will shield illegal gold "
            "operations in the Amazon. In Bolivia, lorry drivers waited up to three days for "
            "diesel in Santa Cruz as the state oil company struggled to import enough fuel with "
            "the country's dwindling dollars. Colombia's coffee growers' federation raised its "
            "harvest forecast to 14 million bags. In Ecuador, soldiers and police took back "
            "control of the Litoral penitentiary in Guayaquil on Wednesday after a gun battle "
            "with members of the Los Lobos and Los Choneros gangs that lasted through the night. "
            "The prison service said 15 inmates were killed, some of them by rival gangs before "
            "troops entered, and two soldiers were wounded by grenade fragments. President Daniel "
            "Noboa, who has declared the gangs terrorist organisations and the country in "
            '"internal armed conflict", said the military would remain in charge of the prison '
            "indefinitely."
        ),
        "B M E",
        "prison battle",
    ),
    # middle: a Russian missile on a Kyiv software office, killing two employees; item 5 of 10, 2
    # conflict sentence(s)
    (
        (
            "The tech week: Nvidia's chip export licence, a European AI act delay, and a missile "
            "hits a Kyiv software office"
        ),
        (
            "Nvidia said it had received a US licence to resume sales of a cut-down AI chip to "
            "China, sending its shares up 4% and reviving a debate in Washington about how far "
            "export controls should go. In Brussels, the European Commission proposed delaying "
            "parts of its AI Act covering high-risk systems by a year, after lobbying from "
            "companies that said the rules were still unclear. Apple's new phone went on sale, "
            "with analysts saying early orders for the thinner model were stronger than expected. "
            "Samsung reported its best quarterly chip profit in three years, helped by demand for "
            "high-bandwidth memory. In Ukraine, a Russian ballistic missile struck an office "
            "building in Kyiv's Podil district on Tuesday night that housed a software company's "
            "development team, killing two employees on a late shift and injuring 11, city "
            "officials said. The company, which builds banking apps for clients in Europe, said "
            "staff would work from home for the foreseeable future. Also in the news: a British "
            "chip design start-up raised 200 million dollars from investors led by a Japanese "
            "bank. Meta said it would start charging for an ad-free version of its apps in the "
            "UK. Spotify raised its prices in several European markets. The US Federal Trade "
            "Commission opened an inquiry into children's use of AI chatbots. And Amazon said its "
            "first batch of satellites for its internet service were working as planned."
        ),
        "E",
        "missile strike",
    ),
    # middle: FARC dissidents shooting dead two park rangers in Chiribiquete; item 3 of 5, 2
    # conflict sentence(s)
    (
        (
            "Climate and nature roundup: Bonn talks stall, a record glacier melt, two park "
            "rangers killed in Colombia's Amazon"
        ),
        (
            "Negotiators left the mid-year climate talks in Bonn without agreement on how to "
            "track progress toward the finance goal set last year, leaving the hardest questions "
            "for the next summit in Belém. Swiss glaciers lost 3% of their remaining volume this "
            "year, the second-worst melt on record after 2022, the monitoring network GLAMOS "
            "said. In Colombia, two park rangers were shot dead in Chiribiquete National Park by "
            "gunmen from a FARC dissident faction that controls the surrounding area, the "
            "national parks service said, and their colleagues have been withdrawn from two "
            "stations. The faction had warned rangers to stop reporting illegal clearings for "
            "cattle ranching. The European Union's deforestation law, which bars the import of "
            "products grown on land cleared after 2020, was delayed by another year. And in good "
            "news, researchers in Kenya counted 16,000 elephants in the Tsavo ecosystem, up from "
            "14,000 in 2021."
        ),
        "V",
        "killing of park rangers",
    ),
    # last: separatists burning a cocoa buying centre and shooting dead two buyers near Kumba;
    # item 4 of 4, 2 conflict sentence(s)
    (
        (
            "Soft commodities wrap: cocoa slips, coffee at a record, separatists torch a buying "
            "centre in Cameroon"
        ),
        (
            "Cocoa futures fell 3% in New York as rain in Ivory Coast's main growing regions "
            "improved the outlook for the mid-crop, though prices remain more than double their "
            "level of two years ago. Arabica coffee hit a record on dry weather in Brazil's Minas "
            "Gerais, and traders said roasters were drawing down stocks. Sugar was little "
            "changed, while cotton rose on strong export sales from the United States. In "
            "Cameroon's South-West region, armed separatists set fire to a cocoa buying centre "
            "near Kumba and shot dead two buyers on Monday, local officials and growers said, the "
            "second attack on the trade in the area this month. Farmers said they were now afraid "
            "to take their beans to market, and an exporters' association warned that shipments "
            "from the region could fall sharply."
        ),
        "V",
        "separatist attack",
    ),
    # first: the junta's bombing of a crowded market in Depayin and the flight into the forest;
    # item 1 of 3, 4 conflict sentence(s)
    (
        (
            "The Asia briefing: junta jets bomb a Sagaing market, Vietnam's export surge, Seoul's "
            "new budget"
        ),
        (
            "Good morning from Singapore. We begin in Myanmar, where military aircraft bombed a "
            "crowded market in Sagaing region's Depayin township on Tuesday, killing at least 32 "
            "people, according to residents and a local administrator of the opposition National "
            "Unity Government. Witnesses said two bombs fell at midday when the market was full "
            "of shoppers and traders from surrounding villages, and a nearby school was also "
            "damaged. Hundreds of people fled into the forest fearing more raids. The junta, "
            "which is fighting a range of armed groups across the country, did not comment. "
            "Vietnam's exports jumped 16% in the first half of the year, led by electronics "
            "shipments to the United States, as factories rushed orders ahead of new tariffs. And "
            "in Seoul, the government proposed a budget of 728 trillion won for next year, an 8% "
            "rise, with more money for artificial intelligence and childcare. That's it for "
            "today."
        ),
        "E V D",
        "air strike on market",
    ),
    # whole: the suicide bombing at Quetta railway station, claimed by the BLA; item 1 of 1, 9
    # conflict sentence(s)
    (
        "Quetta railway station blast: what we know so far",
        (
            "A suicide bomber blew himself up on a crowded platform at Quetta's main railway "
            "station on Saturday morning, as passengers waited for the Jaffar Express to "
            "Peshawar. Here is what we know so far. At least 26 people were killed and 62 "
            "wounded, according to the provincial health department, and more than half of the "
            "dead were soldiers returning from a training course. Police said the bomber had "
            "mingled with the passengers carrying a backpack, and CCTV footage showed a large "
            "blast near the ticket hall. The banned Balochistan Liberation Army claimed "
            "responsibility, saying it had targeted troops. The provincial government declared an "
            "emergency at hospitals and called the attack an act of terrorism. Train services to "
            "and from Quetta were suspended for four days. The BLA has stepped up attacks in "
            "Balochistan this year, including on Chinese nationals. What we don't know: how the "
            "bomber got through security at the station's entrance."
        ),
        "T E V",
        "suicide bombing",
    ),
    # last: IS-linked insurgents attacking Macomia and fighting Mozambican and Rwandan troops;
    # item 4 of 4, 1 conflict sentence(s)
    (
        (
            "Weekend world in brief: Iceland's election, Bolivia's lithium contract, insurgents "
            "attack Macomia"
        ),
        (
            "Iceland's centre-left Social Democratic Alliance won the most seats in a snap "
            "general election, and its leader said she would begin coalition talks on Monday. "
            "Bolivia's congress approved a lithium extraction contract with a Chinese consortium "
            "for the Uyuni salt flat. Portugal's minority government survived a confidence vote "
            "in parliament by a handful of votes. In Mozambique's Cabo Delgado province, Islamic "
            "State-linked insurgents attacked the town of Macomia on Friday, looting shops and "
            "fighting Mozambican and Rwandan troops for several hours before withdrawing, "
            "residents said."
        ),
        "B T",
        "insurgent attack",
    ),
    # middle: the riot at Southport's mosque, with worshippers trapped inside; item 2 of 5, 4
    # conflict sentence(s)
    (
        (
            "What the papers say: a budget black hole, riots at a Southport mosque, and a royal "
            "engagement"
        ),
        (
            'The Times leads on the Chancellor\'s warning of a "£22 billion black hole" in the '
            "public finances she inherited, and says she will announce spending cuts in a "
            "statement to MPs today. The Guardian splashes on last night's disorder in Southport, "
            "where a crowd of several hundred people threw bricks and bottles at the town's "
            "mosque and at police protecting it, a day after three girls were killed in a knife "
            "attack at a dance class. Merseyside Police said 53 officers were injured, some after "
            "being hit by masonry, and a police van was set on fire; worshippers were trapped "
            "inside the mosque for a time. The paper says the violence was fuelled by false "
            "claims online about the identity of the suspect, who was born in Cardiff. The Daily "
            'Mail has photographs of the disorder under the headline "Night of shame". The '
            "Telegraph's front page is the engagement of a minor royal, and the Financial Times "
            "reports that a Japanese bank is in talks to buy a British wealth manager."
        ),
        "U V",
        "riot",
    ),
    # whole: glide bombs on Kharkiv, fighting at Pokrovsk, shelling, drones on a Sumy evacuation
    # bus and on Kyiv (a prisoner swap, a pledge and diplomacy the other items); item 1 of 9, 8
    # conflict sentence(s)
    (
        (
            "Ukraine war live summary: glide bombs on Kharkiv, heavy fighting near Pokrovsk, a "
            "prisoner swap"
        ),
        (
            "Russian glide bombs hit a residential part of Kharkiv on Sunday afternoon, killing "
            "four people and wounding 28, among them a child, the regional governor said. Two of "
            "the bombs struck a nine-storey building, and rescuers were searching the rubble into "
            "the night. Ukraine's general staff reported 182 clashes along the front over the "
            "past day, the heaviest around Pokrovsk, where Russian units tried to infiltrate the "
            "southern outskirts of the town in small groups. In the Zaporizhzhia region, Russian "
            "shelling damaged an electricity substation, leaving about 9,000 households without "
            "power. Separately, Russia and Ukraine each returned 84 prisoners of war in a swap "
            "mediated by the United Arab Emirates. President Volodymyr Zelensky said the returned "
            "soldiers included defenders of Mariupol who had been held for more than three years. "
            "Norway pledged another 1.5 billion kroner for Ukraine's energy repairs. In the Black "
            "Sea, Ukraine's navy said Russian forces had fired a cruise missile at a civilian "
            "cargo ship leaving Odesa; it missed, and the ship continued to Istanbul. The defence "
            "ministry in Moscow said its air defences had downed 41 Ukrainian drones overnight "
            "over the Belgorod, Kursk and Bryansk regions. In Sumy, a Russian drone hit a bus "
            "carrying civilians out of a border village on Monday morning, killing two women and "
            "wounding nine passengers, the regional military administration said, and evacuations "
            "from the area were paused for the day. In Kyiv, air-raid sirens sounded for almost "
            "four hours overnight as air defences shot down drones approaching the capital, and "
            "falling debris damaged a kindergarten in the Obolon district. Diplomatically, "
            "European leaders are meeting in London to discuss a possible reassurance force for "
            "Ukraine after any ceasefire, and the US envoy is due in Moscow later this week. "
            "That's all for today; we'll be back tomorrow morning."
        ),
        "E B V D",
        "glide bomb strikes",
    ),
    # middle: the gun and bomb attack on Turkish Aerospace near Ankara and Turkey's strikes on the
    # PKK in response; item 2 of 4, 3 conflict sentence(s)
    (
        (
            "Evening briefing: lira steadies, attack on aerospace company near Ankara, Istanbul's "
            "new runway"
        ),
        (
            "Turkey's lira was little changed at 34.3 to the dollar after the central bank kept "
            "its main rate at 50% for a seventh month. Two assailants armed with rifles and "
            "explosives attacked the headquarters of Turkish Aerospace Industries in "
            "Kahramankazan, outside Ankara, on Wednesday afternoon, killing five people, "
            "including a taxi driver whose car they seized, and wounding 22, the interior "
            "minister said. Both attackers were killed by security forces, and one of them "
            "detonated explosives at the entrance, officials said. The government called the "
            "attack terrorism and blamed the PKK, and hours later the defence ministry said "
            "Turkish jets had struck 32 PKK targets in northern Iraq and Syria in response. "
            "Istanbul Airport opened a new runway and an extended terminal. And the football "
            "federation confirmed that the Turkish Cup final will be played in Izmir."
        ),
        "T E M",
        "militant attack and air strikes",
    ),
    # middle: US air strikes on Islamic State fighters in Puntland; item 3 of 5, 1 conflict
    # sentence(s)
    (
        (
            "Horn of Africa roundup: Djibouti port volumes, Ethiopia's floating birr, US air "
            "strikes in Puntland"
        ),
        (
            "Djibouti's container port handled a record volume in the first quarter as ships "
            "diverted from the Red Sea dropped cargo for onward transport to Ethiopia. Ethiopia's "
            "birr traded at around 135 to the dollar a year after the central bank let it float, "
            "and the IMF said the reform was on track. The US Africa Command said it carried out "
            "two air strikes against Islamic State fighters in the Cal Miskaad mountains of "
            "Somalia's Puntland region on Saturday, in support of a ground offensive by Puntland "
            "forces, and assessed that several fighters were killed. Kenya's Safaricom said its "
            "Ethiopian unit had reached 10 million subscribers. Eritrea held its first national "
            "census in three decades, the information ministry said."
        ),
        "E M",
        "air strikes",
    ),
    # last: ISWAP overrunning the Malam-Fatori base and the army retaking it; item 5 of 5, 3
    # conflict sentence(s)
    (
        (
            "Lagos morning digest: naira firms, petrol price cut, ISWAP fighters storm a base in "
            "Borno"
        ),
        (
            "The naira firmed to 1,530 to the dollar on the official window on Tuesday, its "
            "strongest in four months, as foreign portfolio inflows picked up. The Dangote "
            "refinery cut its petrol gantry price for the second time this month, and marketers "
            "said pump prices in Lagos should fall by the weekend. The Lagos State government "
            "said work on the Red Line rail extension would begin in the third quarter. The Super "
            "Eagles coach said he would name his squad for the World Cup qualifiers on Friday. In "
            "the north-east, fighters of the Islamic State West Africa Province overran a "
            "military base in Malam-Fatori, Borno State, before dawn on Monday after a gun battle "
            "of several hours, and set vehicles ablaze, military sources said. At least five "
            "soldiers were killed and others were missing, and residents said families fled "
            "across the border into Niger. The army said reinforcements supported by air strikes "
            "had retaken the base by the afternoon."
        ),
        "B T E D M",
        "jihadist attack on base",
    ),
    # first: the Kyrgyz-Tajik border fighting and the evacuation of Batken; item 1 of 3, 5
    # conflict sentence(s)
    (
        (
            "Central Asia week: deadly Kyrgyz-Tajik border fighting, Kazakhstan's grain, "
            "Tashkent's metro ring"
        ),
        (
            "Fighting between Kyrgyz and Tajik forces along their disputed border flared again "
            "this week, the worst since the two countries' armies clashed in 2021. Kyrgyz "
            "officials said Tajik troops used tanks, mortars and a drone to attack positions and "
            "villages in the Batken region on Wednesday and Thursday, and the health ministry "
            "reported 24 Kyrgyz dead, among them civilians. Tajikistan accused Kyrgyz forces of "
            "shelling a school and a mosque near Isfara and said 15 of its citizens had died. "
            "More than 130,000 residents were evacuated from Kyrgyz border districts, many of "
            "them to schools and relatives' homes in Osh region. A ceasefire agreed by the two "
            "countries' security chiefs on Friday appeared to be holding by the evening. In "
            "Kazakhstan, the agriculture ministry forecast a grain harvest of 22 million tonnes. "
            "Tashkent opened the last section of its overground metro ring, with 14 new stations."
        ),
        "B E D",
        "border clashes",
    ),
    # middle: the fourth night of rioting around Nouméa; item 2 of 4, 4 conflict sentence(s)
    (
        (
            "Pacific roundup: Samoa readies for Commonwealth leaders, New Caledonia unrest, "
            "Tonga's tsunami drill"
        ),
        (
            "Samoa is preparing to host Commonwealth heads of government in October, the first "
            "meeting of its kind in a Pacific island nation, and hotels in Apia are fully booked. "
            "In New Caledonia, a state of emergency remained in force on Friday after a fourth "
            "night of rioting in and around Nouméa over a French voting reform that Kanak "
            "independence supporters say will dilute their vote. Rioters have burned hundreds of "
            "homes, shops and factories, and five people have been killed, including two "
            "gendarmes, one of them shot by a rioter. France has flown in 1,000 extra police and "
            "gendarmes, and armoured vehicles were used to clear barricades on the road to the "
            "international airport, which remains closed. Several hundred tourists are stranded. "
            "Tonga held its first national tsunami evacuation drill since the 2022 Hunga Tonga "
            "eruption, with schools taking part across Tongatapu. And Fiji named its rugby sevens "
            "squad for the Olympics."
        ),
        "U",
        "riot",
    ),
    # first: the drone strikes on Port Sudan's fuel depots and naval base; item 1 of 4, 3 conflict
    # sentence(s)
    (
        (
            "Red Sea and Gulf daily: drones strike Port Sudan, Dubai property slows, an Egyptian "
            "port deal"
        ),
        (
            "Drones struck fuel depots at Port Sudan's southern port and a naval base near the "
            "city's airport for a third straight day on Tuesday, sending columns of black smoke "
            "over the Red Sea city that has served as the seat of Sudan's army-backed government "
            "since 2023. The army blamed the Rapid Support Forces, which have not commented. "
            "Flights into Port Sudan were suspended and the UN said the attacks threatened the "
            "main route for humanitarian supplies into the country. Dubai's property transactions "
            "fell 6% in the third quarter from a record a year earlier, the land department said, "
            "the first slowdown in two years. Egypt signed a deal with a Gulf investor to develop "
            "a logistics zone at Sokhna port. Qatar Airways announced new routes to two African "
            "capitals."
        ),
        "E H",
        "drone strikes",
    ),
]
