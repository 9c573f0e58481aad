"""Negatives of eval/dev61: cricket and football, politics, markets (README.md)."""

NEGATIVES = [
    (
        "Left-arm pacer rips through Indian top order at Pallekele",
        (
            "A fiery opening spell by Pakistan's left-arm fast bowler rocked the Indian top order "
            "as Pakistan's pace attack bowled India out for 266 in the Asia Cup match at "
            "Pallekele on Saturday. The left-armer removed both openers in his first spell, and "
            "the fast bowlers shared all 10 wickets between them. Rain later washed out the "
            "chase."
        ),
        "sport",
    ),
    (
        "Bangladesh crush Sri Lanka by eight wickets in Mirpur",
        (
            "Bangladesh crushed Sri Lanka by eight wickets in the first ODI at the Sher-e-Bangla "
            "National Stadium on Tuesday, with the spinners strangling the visitors' batting "
            "after they had been put in. The hosts chased down the target of 187 with more than "
            "13 overs to spare."
        ),
        "sport",
    ),
    (
        "Afghanistan's spin attack destroys England in Delhi",
        (
            "Afghanistan stunned defending champions England by 69 runs in the World Cup at the "
            "Arun Jaitley Stadium on Sunday, as their spin attack destroyed the English batting. "
            "Chasing 285, England were bowled out for 215. The Afghan players did a lap of honour "
            "as the crowd in Delhi cheered them. The leg-spinner and the off-spinner took three "
            "wickets each, while the opener's 80 off 57 balls had set up the total. It was only "
            "Afghanistan's second win in World Cup matches since 2015, and the captain dedicated "
            "it to the victims of the earthquake in Herat. Refugees in Peshawar and fans in Kabul "
            "celebrated late into the night."
        ),
        "sport",
    ),
    (
        "Super Eagles attack misfires in goalless draw with Benin",
        (
            "The Super Eagles' attack misfired again as Nigeria were held to a goalless draw by "
            "Benin Republic in a World Cup qualifier in Uyo on Saturday. The coach said his "
            "strikers had created chances but lacked the killer instinct in front of goal. "
            "Nigeria remain third in the group."
        ),
        "sport",
    ),
    (
        "Rival fans clash after Mashemeji derby at Nyayo",
        (
            "Police used tear gas to disperse rival fans who hurled stones at each other outside "
            "Nyayo National Stadium after the Mashemeji derby between Gor Mahia and AFC Leopards "
            "on Sunday. Several fans were treated for minor injuries at Kenyatta National "
            "Hospital. The Football Kenya Federation said it would take action against both clubs "
            "over the conduct of their supporters. The match itself ended in a 1-1 draw. "
            "Witnesses said the trouble started when a group of fans tried to force their way "
            "through a gate after the final whistle, and several car windows were smashed on "
            "Mombasa Road."
        ),
        "sport",
    ),
    (
        "Patna Pirates raid their way into Pro Kabaddi final",
        (
            "Patna Pirates stormed into the Pro Kabaddi League final with a 38-32 win over Dabang "
            "Delhi in the semi-final on Wednesday, with their raider picking up 14 raid points. "
            "The defenders executed three super tackles in the second half as Delhi mounted a "
            "late fightback."
        ),
        "sport",
    ),
    (
        "Green Shirts under fire after shock loss to Zimbabwe",
        (
            "Pakistan's batsmen came under fire from former players after a shock one-run defeat "
            "to Zimbabwe in the T20 World Cup in Perth. Chasing 131, Pakistan needed three off "
            "the last over but lost two wickets in the final two balls. A former captain said the "
            "team's approach had been outdated."
        ),
        "sport",
    ),
    (
        "Black Stars shot down by Sudan in AFCON qualifier",
        (
            "Ghana's Black Stars were shot down 2-0 by Sudan in an Africa Cup of Nations "
            "qualifier played in Benghazi, leaving their hopes of qualifying in tatters. Sudan, "
            "who have been playing their home games abroad, climbed to second place in the group. "
            "The Ghana Football Association said it would review the technical team's "
            "performance."
        ),
        "sport",
    ),
    (
        "Nepal storm into T20 World Cup after beating UAE",
        (
            "Nepal stormed into the T20 World Cup with an emphatic win over the UAE in the Asia "
            "qualifier final in Kirtipur on Friday, setting off celebrations across the country. "
            "Thousands of fans packed the slopes of the Tribhuvan University ground, and the "
            "Prime Minister announced a cash reward for the team."
        ),
        "sport",
    ),
    (
        "Uganda Cranes hold Harambee Stars in Kampala",
        (
            "The Uganda Cranes and Kenya's Harambee Stars played out a 1-1 draw at Mandela "
            "National Stadium in Namboole on Sunday in a World Cup qualifier. Kenya's captain "
            "shot the visitors ahead from the penalty spot, but the Cranes equalised in the 78th "
            "minute after sustained pressure."
        ),
        "sport",
    ),
    (
        "Opposition attacks government over price rise in Lok Sabha",
        (
            "The Opposition on Tuesday launched a scathing attack on the government over rising "
            "prices of essential commodities, staging a walkout from the Lok Sabha after its "
            "demand for a discussion was turned down. Congress members said the government had "
            "declared war on the middle class. The Finance Minister said inflation was within the "
            "comfort zone. The House was adjourned twice before noon as Opposition members "
            "trooped into the well, raising slogans and holding placards. When proceedings "
            "resumed, the Minister said the Opposition was shedding crocodile tears and that "
            "prices of pulses had fallen over the past month. The Speaker warned members that "
            "placards would not be allowed in the House."
        ),
        "politics",
    ),
    (
        "War of words between PML-N and PTI over budget",
        (
            "Leaders of the PML-N and the PTI were engaged in a war of words on Sunday over the "
            "federal budget, with the information minister accusing the former ruling party of "
            "leaving behind an economic minefield. A PTI spokesman hit back, saying the "
            "government had fired a missile at the salaried class."
        ),
        "politics",
    ),
    (
        "Presidential campaigns trade blows over certificate",
        (
            "The campaign organisations of the two leading presidential candidates traded blows "
            "on Monday over the authenticity of a university certificate, with each accusing the "
            "other of lies. A spokesman for the ruling party's candidate said the opposition had "
            "launched a campaign of calumny."
        ),
        "politics",
    ),
    (
        "ODM declares war on cartels at City Hall",
        (
            "The Orange Democratic Movement has declared war on what it called cartels at Nairobi "
            "City Hall, saying its members of the County Assembly would block the budget until "
            "revenue collection was cleaned up. The party's secretary-general said the cartels "
            "had held the city hostage for too long."
        ),
        "politics",
    ),
    (
        "Battle lines drawn as Deputy President impeachment motion tabled",
        (
            "Battle lines were drawn in the National Assembly on Tuesday as a motion to impeach "
            "the Deputy President was tabled, with allies of the President saying they had the "
            "numbers. The Deputy President's allies said they would fight the motion in court and "
            "on the floor of the House."
        ),
        "politics",
    ),
    (
        "Indian, Pakistani PMs exchange pleasantries in brief encounter at SCO",
        (
            "The Indian Prime Minister and his Pakistani counterpart exchanged pleasantries in a "
            "brief encounter on the sidelines of the Shanghai Cooperation Organisation summit, "
            "officials said. The two leaders did not hold a bilateral meeting. Officials on both "
            "sides played down the significance of the handshake."
        ),
        "politics",
    ),
    (
        "UML, Maoist Centre fight over prime minister's post",
        (
            "The CPN-UML and the CPN (Maoist Centre) were locked in a fight on Wednesday over who "
            "should lead the next government, threatening the ruling coalition. The Maoist Centre "
            "chairman said his party would not accept a junior role, while UML leaders said the "
            "party with the most seats should head the government."
        ),
        "politics",
    ),
    (
        "President vows NRM will crush opposition at polls",
        (
            "The President told NRM delegates at Kololo on Saturday that the ruling party would "
            "crush the opposition at the polls, saying its candidates had nothing to offer "
            "voters. He urged party members to mobilise door to door in every village. The "
            "opposition said the remarks showed the ruling party's arrogance."
        ),
        "politics",
    ),
    (
        "Opposition storms out of Parliament over emergency regulations debate",
        (
            "Opposition members stormed out of Parliament on Wednesday after the Speaker refused "
            "to allow a debate on the emergency regulations before the vote. The chief opposition "
            "whip said the government was bulldozing Parliament. The regulations were approved by "
            "a majority of 40 votes."
        ),
        "politics",
    ),
    (
        "Telcos in tariff war as Jio slashes data prices",
        (
            "The telecom sector is bracing for a fresh tariff war after Jio slashed data prices "
            "by up to 40 per cent, analysts said on Thursday. Airtel and Vodafone Idea shares "
            "fell sharply on the stock exchanges. Analysts said the rivals would have to respond "
            "within weeks to protect their market share."
        ),
        "economy",
    ),
    (
        "Bloodbath at PSX as index sheds over 2,000 points",
        (
            "The Pakistan Stock Exchange witnessed a bloodbath on Monday as the benchmark KSE-100 "
            "index shed over 2,000 points amid political uncertainty and fears over the IMF "
            "programme. Trading was halted for an hour after the index fell by more than five per "
            "cent. Analysts said investors had panicked. The rupee also weakened against the "
            "dollar in the interbank market. Brokers said the sell-off was led by banks, cement "
            "and oil marketing companies, and that foreign investors had been net sellers for a "
            "week. The finance ministry said the fundamentals of the economy were sound and urged "
            "investors not to panic."
        ),
        "economy",
    ),
    (
        "Naira under siege as dollar hits N1,900 in parallel market",
        (
            "The naira came under renewed siege on Wednesday as the dollar traded at N1,900 in "
            "the parallel market, dealers said. The Central Bank of Nigeria said it would sell "
            "dollars to bureau de change operators to stabilise the market. Importers said the "
            "volatility was killing businesses. Traders at the Wuse Zone 4 market in Abuja said "
            "prices of imported goods had been changing daily, and some had stopped selling on "
            "credit. Economists said the pressure would ease only when oil output recovered and "
            "foreign portfolio investors returned."
        ),
        "economy",
    ),
    (
        "Dangote, marketers in petrol price war",
        (
            "A petrol price war broke out between the Dangote refinery and independent marketers "
            "on Monday as the refinery cut its ex-depot price by N60 per litre. Marketers said "
            "they would match the cut at their retail outlets in Lagos and Abuja."
        ),
        "economy",
    ),
    (
        "Safaricom, Airtel battle for mobile money market",
        (
            "Safaricom and Airtel Kenya are locked in a fierce battle for the mobile money market "
            "after Airtel slashed its transaction fees, analysts said. Safaricom still controls "
            "more than 90 per cent of mobile money subscriptions. The Competition Authority said "
            "it was monitoring the market."
        ),
        "economy",
    ),
    (
        "Cement makers' price war hits small players in Uganda",
        (
            "A price war among the big cement makers in Uganda has pushed small producers out of "
            "the market, the Uganda Manufacturers Association said. Prices of a 50kg bag fell by "
            "a fifth in three months in Kampala. The association asked the government to set a "
            "floor price."
        ),
        "economy",
    ),
]
