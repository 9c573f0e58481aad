"""dev55 negatives: arms deals, defence budgets, exercises and tests, conscription, summits,
peace talks and agreements, ceasefires holding, mission mandates and reconstruction conferences,
with no current violent event reported; kinds military, peace and economy.
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Poland signs deal for 96 Apache helicopters as it builds Europe's biggest army",
        "Poland's defence ministry signed a contract worth about $10 billion on Tuesday for 96 AH-64E Apache attack helicopters, the largest order of the type outside the United States. The first aircraft are due in 2028, and Polish crews will start training on American machines next year. Poland now spends more than 4% of its economic output on defence, the highest share in NATO.",
        "military",
    ),
    (
        "US approves sale of bombs and guidance kits to Israel",
        "The State Department approved the possible sale to Israel of nearly $7 billion of munitions, including thousands of 500-pound and 2,000-pound bombs and guidance kits that turn them into precision weapons, the Pentagon said on Friday. The bombs are of the kind Israel has used in Gaza and Lebanon. Several Democratic senators said they would try to block the sale in Congress. Deliveries would begin next year.",
        "military",
    ),
    (
        "Japan's cabinet approves record defence budget",
        "Japan's cabinet approved a defence budget of 8.7 trillion yen for next year on Friday, the largest ever, as the country moves towards spending 2% of its output on defence. The money will pay for long-range cruise missiles, a fleet of submarines and drones, and housing to attract recruits. Officials cited China's growing military activity near Taiwan and North Korea's missile programme. Parliament is expected to pass the budget in March. The government will fund part of the increase with higher taxes on tobacco and corporate profits.",
        "military",
    ),
    (
        "Ukraine's 2026 budget puts more than half of spending into defence",
        "Ukraine's parliament passed next year's budget on Wednesday, with about 2.8 trillion hryvnias, more than half of all spending, going to defence and security. The deficit is to be covered mainly by Western loans, including the proceeds of frozen Russian assets. The finance minister said soldiers' pay and drone production were the top priorities.",
        "military",
    ),
    (
        "NATO leaders agree 5% spending target at The Hague",
        "NATO leaders agreed at their summit in The Hague on Wednesday to raise spending on defence and security to 5% of economic output by 2035, with 3.5% going on core defence. Spain secured language that it says exempts it from the target. The summit statement described Russia as a long-term threat, but did not mention the war in Ukraine by name. The secretary general called it a quantum leap.",
        "military",
    ),
    (
        "Rheinmetall opens Europe's largest ammunition plant in Lower Saxony",
        "Rheinmetall opened a new factory in Unterluess on Wednesday that it says will produce 350,000 artillery shells a year by 2027, making it the largest such plant in Europe. The German chancellor and NATO's secretary general attended the opening. The company's order book has tripled since 2022, and its share price has risen more than tenfold. The plant will also make rocket motors. Local officials have welcomed the jobs.",
        "military",
    ),
    (
        "China's coast guard and navy hold 'Strait Thunder' drills around Taiwan",
        "China's military said on Wednesday it had carried out a second day of exercises around Taiwan, practising blockades of key ports and strikes on energy facilities, while coast guard ships sailed inside Taiwan's contiguous zone. Taiwan's defence ministry said it tracked 76 aircraft and 15 warships. The exercises ended in the evening without any shots fired.",
        "military",
    ),
    (
        "North Korea fires ballistic missiles into the sea off its east coast",
        "North Korea fired several short-range ballistic missiles into the sea off its east coast on Thursday morning, South Korea's joint chiefs of staff said, in its first launch in two months. The missiles flew about 350 kilometres before landing outside Japan's exclusive economic zone. Analysts said the test may have been linked to joint exercises by South Korean and US forces. No damage was reported.",
        "military",
    ),
    (
        "Alaska summit ends without a deal on Ukraine",
        "The US and Russian presidents met for nearly three hours at a military base in Anchorage on Friday, but emerged without the ceasefire agreement the American side had said it wanted. At a short press appearance, both spoke of progress and took no questions. The Russian president invited his host to Moscow for a second meeting. European leaders, who were not present, said any deal must involve Ukraine. Ukraine's president is due in Washington on Monday. Markets barely reacted.",
        "peace",
    ),
    (
        "Russia and Ukraine agree at Istanbul talks to return the bodies of fallen soldiers",
        "Delegations from Russia and Ukraine agreed on Monday at their second round of direct talks in Istanbul to exchange the bodies of 6,000 soldiers on each side and to swap all seriously wounded and young prisoners of war. The meeting lasted a little over an hour. The two sides exchanged written memorandums setting out their conditions for a ceasefire, which remain far apart.",
        "peace",
    ),
    (
        "Gaza ceasefire takes effect as Israeli troops pull back to agreed lines",
        "The ceasefire in Gaza took effect at noon on Friday after Israel's cabinet approved the first phase of the agreement, and the Israeli military said its troops had withdrawn to the agreed lines inside the territory. Crowds of displaced people began walking north along the coastal road towards Gaza City. Under the deal, Hamas is to release the living hostages within 72 hours, and Israel will free about 2,000 Palestinian prisoners. Mediators from Egypt, Qatar and Turkey are to monitor the truce. Celebrations broke out in Khan Younis and in Tel Aviv's Hostages Square.",
        "peace",
    ),
    (
        "India-Pakistan ceasefire holds for a third night",
        "The ceasefire between India and Pakistan held for a third night on Tuesday, with no firing reported along the Line of Control, the Indian army said. Shops and schools reopened in border towns on both sides, and some families who had left began returning home. The two countries' military operations chiefs spoke by hotline on Monday and agreed to reduce troops along the border. Airports closed during the crisis have reopened.",
        "peace",
    ),
    (
        "Congo and M23 sign a framework for peace in Doha",
        "Congo's government and the M23 rebel group signed a framework agreement in Doha on Saturday that sets out the steps towards a final peace deal, including a permanent ceasefire, the exchange of prisoners and the return of refugees. Qatar's mediators said the details of each step would be negotiated in separate protocols over the coming weeks. The agreement does not settle who will run the cities the rebels hold.",
        "peace",
    ),
    (
        "Ukraine Recovery Conference in Rome raises 10 billion euros in pledges",
        "Governments, development banks and companies pledged more than 10 billion euros for Ukraine's reconstruction at a two-day conference in Rome that ended on Friday. The pledges included guarantees for private investors in energy and housing, and a new fund for defence industry start-ups. The World Bank estimates Ukraine's reconstruction needs at more than $500 billion over a decade. Ukraine's prime minister urged investors not to wait for the end of the war.",
        "economy",
    ),
    (
        "Cairo hosts conference on rebuilding Gaza",
        "Egypt hosted a conference on Gaza's reconstruction on Sunday, presenting a five-year plan costed at $53 billion that would clear tens of millions of tonnes of rubble and rebuild homes, hospitals and schools without moving the population out. Gulf donors said they would contribute once the ceasefire is firmly in place. Israel did not attend. The plan would put a committee of Palestinian technocrats in charge of the territory for six months. The Arab League endorsed the plan at a summit the following day.",
        "economy",
    ),
    (
        "World Bank puts the cost of rebuilding Syria at $216 billion",
        "Rebuilding Syria's homes, roads, power plants and other infrastructure damaged during the civil war will cost about $216 billion, the World Bank said in its first full assessment since the fall of the Assad government. Aleppo, rural Damascus and Homs account for most of the damage. The bank said the lifting of Western sanctions had made investment possible, but that the country still lacked functioning banks.",
        "economy",
    ),
    (
        "Syria's president addresses the UN General Assembly for the first time",
        "Syria's president addressed the UN General Assembly in New York on Wednesday, the first Syrian head of state to do so in nearly six decades. He asked for the remaining sanctions to be lifted and for Israel to withdraw from the buffer zone it occupied in December. He met the US president on the sidelines and promised elections within five years. Syrian Americans held a welcome rally outside the UN headquarters.",
        "politics",
    ),
    (
        "Armenia and Azerbaijan agree on a transit route across southern Armenia",
        "Armenia and Azerbaijan agreed at the White House on Friday to open a road and rail route across Armenia's southern province of Syunik, linking Azerbaijan with its Nakhchivan exclave, with a US company given development rights for 99 years. The leaders of the two countries also initialled the text of a peace treaty. Iran and Russia expressed concern about an American presence on their borders. Armenian officials said the route would remain under Armenian sovereignty and law. The treaty still has to be signed and ratified.",
        "peace",
    ),
    (
        "Knesset advances bill to exempt ultra-Orthodox students from the draft",
        "A Knesset committee approved on Monday the main articles of a bill that would exempt most ultra-Orthodox yeshiva students from military service, setting targets for their enlistment that critics say are too low to matter. The army says it is short of about 12,000 soldiers. Reservists' organisations protested outside parliament.",
        "military",
    ),
    (
        "Russia calls up 160,000 conscripts in its biggest spring draft in years",
        "The Russian president signed a decree on Monday calling up 160,000 men aged 18 to 30 for a year of military service, the largest spring call-up since 2011. The defence ministry said conscripts would not be sent to fight in Ukraine, though they can sign contracts after a few months of service. The draft runs from April to July. Rights groups say young men face increasing pressure to sign.",
        "military",
    ),
    (
        "Sweden sends households a new leaflet on what to do if war comes",
        "Every household in Sweden will receive a new edition of the civil defence booklet 'If Crisis or War Comes' this week, the civil contingencies agency said. The leaflet, last updated in 2018, now includes advice on digital security, drone threats and how to find the nearest shelter, and tells people to keep water and food for a week. Finland and Norway have published similar guides. The booklet will be available in 15 languages. Officials stressed that the update did not reflect any specific threat.",
        "military",
    ),
    (
        "Colombian armed group hands over its first weapons under a peace deal",
        "Members of the Comuneros del Sur, a former ELN faction in Narino, handed over 400 rifles, grenades and explosives to a UN mission on Wednesday, the first weapons given up by any group under the government's peace policy. The weapons will be melted down and turned into a monument. The group's fighters are to move into a transition zone while they prepare to return to civilian life.",
        "peace",
    ),
    (
        "UN peacekeeping mission completes its withdrawal from Mali",
        "The last UN peacekeepers left Mali on Monday, ending a mission that began in 2013 and lost more than 300 members, the deadliest in the world. The mission handed its final base, in Gao, to Malian authorities. The military government had demanded the withdrawal in June, accusing the mission of failing to stop jihadist violence. UN officials said the departure leaves a gap in monitoring of human rights.",
        "peace",
    ),
    (
        "US and Philippine forces begin their largest Balikatan exercises",
        "More than 17,000 American and Filipino troops began their annual Balikatan exercises on Monday, with live-fire drills planned in the Batanes islands close to Taiwan and along the coast facing the South China Sea. For the first time, the exercises include a US anti-ship missile system. China's foreign ministry warned the two countries not to stir up trouble.",
        "military",
    ),
]
