"""dev11 negatives, batch 1: politics, economy, protest.

NEGATIVES = [(title, text, kind code), ...].
"""

NEGATIVES = [
    (
        "Opposition launches attack on chancellor's budget",
        "The opposition launched a fierce attack on the chancellor's budget in the Commons on Thursday, calling it 'a raid on pensioners'. The battle over the bill is expected to last weeks. The government insisted it had no choice but to cut spending.",
        "politics",
    ),
    (
        "President declares war on corruption in inaugural speech",
        "The new president of Kenya declared 'war on corruption' in his inaugural speech and promised to fight cartels in the sugar and maize industries. He said his government would take no prisoners. Opposition leaders said they would wait for action.",
        "politics",
    ),
    (
        "Culture war over school books reaches state senate",
        "A bill to remove 'divisive' books from school libraries became the latest front in Florida's culture war, with Republicans and Democrats trading fire in a six-hour debate. The bill passed 27 to 12. Teachers' unions said they would challenge it in court.",
        "politics",
    ),
    (
        "Minister resigns after coup against party leader fails",
        "The deputy prime minister resigned after his attempt to topple the party leader in a leadership vote failed by six votes. He had said the government was under siege and needed a new captain. Colleagues said the plotters had been ambushed by the leader's loyalists.",
        "politics",
    ),
    (
        "Bundestag votes to end Germany's Mali mission",
        "The Bundestag voted to extend Germany's military mission in Mali one last time, until May next year, when the last troops will leave. The government said the cooperation of Mali's military rulers with Russian mercenaries made the mission impossible. Opposition parties said the withdrawal was coming too late.",
        "politics",
    ),
    (
        "EU agrees new sanctions package on Russia",
        "EU ambassadors agreed a 14th package of sanctions against Russia over its war in Ukraine, targeting liquefied natural gas and vessels of the 'shadow fleet'. Hungary dropped its objections after a guarantee on its own energy supplies. The package is expected to be formally adopted on Monday.",
        "politics",
    ),
    (
        "Lords defeat government on Rwanda asylum bill",
        "The House of Lords voted for amendments to the government's Rwanda bill, which would send some asylum seekers who arrive on small boats to Rwanda. Ministers accused peers of trying to sabotage the policy. The bill returns to the Commons next week in a game of parliamentary ping-pong.",
        "politics",
    ),
    (
        "Campaign's ground war moves to swing states",
        "Both campaigns have moved their ground war to Pennsylvania and Michigan, sending thousands of volunteers door to door. Strategists say the battle for suburban voters will decide the election. The candidates hold rallies in Philadelphia on Saturday.",
        "politics",
    ),
    (
        "Speaker survives no-confidence vote after 'friendly fire' from own party",
        "The speaker of Nepal's parliament survived a no-confidence motion after several members of his own party voted against him. He said he had been hit by friendly fire. The motion needed a two-thirds majority.",
        "politics",
    ),
    (
        "Senator calls for military strikes on cartels in heated hearing",
        "A US senator called for the military to strike Mexican drug cartels during a heated hearing on fentanyl, and accused the administration of losing the war on drugs. Officials said cooperation with Mexico had increased seizures at the border. Mexico's foreign minister rejected the idea as an attack on its sovereignty.",
        "politics",
    ),
    (
        "Coalition talks collapse in Belgium",
        "Talks to form a government in Belgium collapsed after 200 days when the francophone socialists walked out, the negotiator said. Party leaders traded attacks on television. The king will meet party leaders on Monday.",
        "politics",
    ),
    (
        "Parliament votes to set up commission on Northern Ireland legacy cases",
        "Parliament voted to set up a commission to examine killings during the Troubles, replacing civil cases and inquests. Victims' groups said the law would deny families justice. The government said it would help Northern Ireland move on.",
        "politics",
    ),
    (
        "Price war breaks out among Chinese electric carmakers",
        "BYD cut prices on 22 models by up to 34%, setting off a price war among Chinese electric carmakers. Shares in rivals fell sharply in Hong Kong. Analysts said smaller brands would not survive the battle for market share.",
        "economy",
    ),
    (
        "Trade war fears hit markets as tariffs take effect",
        "Global stock markets fell on Monday as new US tariffs on Chinese goods took effect and Beijing vowed to retaliate, raising fears of an all-out trade war. The dollar rose and oil slipped. Economists cut their growth forecasts for next year.",
        "economy",
    ),
    (
        "Lender rejects hostile bid as attack on its independence",
        "UniCredit launched a hostile takeover bid for Banco BPM, valued at €10 billion. BPM's board said the offer did not reflect the bank's value and called it an attack on its independence. The government said it would examine the bid.",
        "economy",
    ),
    (
        "Defence stocks rally after NATO spending pledge",
        "Shares in European defence companies such as Rheinmetall, BAE Systems and Leonardo rose after NATO members agreed to raise defence spending to 5% of GDP by 2035. Rheinmetall said it expected more orders for shells and armoured vehicles. Analysts said the sector was the best performer on European markets this year.",
        "economy",
    ),
    (
        "Ukraine grain exports through Black Sea corridor reach record",
        "Ukraine exported a record amount of grain through its Black Sea corridor last month, the agriculture ministry said, as ships sailed from Odesa ports along the western coast. Exports of corn and wheat rose by a third. Traders said insurance costs had fallen.",
        "economy",
    ),
    (
        "Airlines' fare war on transatlantic routes",
        "A fare war has broken out on routes between Europe and North America, with low-cost carriers offering seats for under $100. Legacy airlines said they would fight back with cheaper basic fares. Analysts warned that some carriers might not survive the winter.",
        "economy",
    ),
    (
        "Tech giants build war chests for AI arms race",
        "Microsoft, Google and Meta said they would spend more than $200 billion this year on data centres, as the arms race in artificial intelligence intensifies. Investors are questioning when the spending will pay off. Chipmaker shares hit new highs.",
        "economy",
    ),
    (
        "Reconstruction conference pledges billions for Ukraine",
        "Governments and companies pledged more than €16 billion for the reconstruction of Ukraine at a conference in Berlin. The World Bank estimates that rebuilding will cost $486 billion. Ukraine's prime minister said energy and housing were the priorities.",
        "economy",
    ),
    (
        "Rouble under siege as oil revenue falls",
        "The rouble fell past 110 to the dollar, and the central bank raised its key rate to 18%. Analysts said the currency was under siege from falling oil revenue and heavy spending on the war. Russia's finance ministry said it would sell more foreign currency.",
        "economy",
    ),
    (
        "Shares bombed after profit warning",
        "Shares in the British retailer bombed on Tuesday, falling 40% after it issued its third profit warning this year. The chief executive blamed a price war with discounters. The company said it would close 50 stores.",
        "economy",
    ),
    (
        "Shipping firms avoid Red Sea despite lull",
        "Container lines are still sending ships around Africa rather than through the Red Sea, even though there have been no reports of Houthi attacks for two months, analysts said. Freight rates have eased from their peak. Egypt's Suez Canal revenue has fallen by more than half.",
        "economy",
    ),
    (
        "Gaza reconstruction estimate put at $53 billion",
        "Rebuilding Gaza will cost an estimated $53 billion over ten years, according to an assessment by the UN, the EU and the World Bank. Housing accounts for the largest share. Donors will meet in Cairo next month to discuss funding.",
        "economy",
    ),
    (
        "Farmers block Brussels with tractors",
        "Thousands of farmers drove tractors into Brussels and blocked the streets around the European Parliament, sounding horns and spreading manure on the road, in protest at EU rules and cheap imports. Police said the protest was peaceful. EU leaders were meeting nearby.",
        "protest",
    ),
    (
        "Climate activists glue themselves to motorway",
        "Police in Berlin arrested 20 climate activists who had glued their hands to the A100 motorway during the morning rush hour. Traffic was held up for two hours. The group said it would continue its campaign until the government acted.",
        "protest",
    ),
    (
        "Hundreds of thousands march in London calling for Gaza ceasefire",
        "Hundreds of thousands of people marched through central London on Saturday calling for a ceasefire in Gaza, in one of the largest demonstrations in the capital for years. Police said the march was largely peaceful, and made a handful of arrests for placards. A counter-protest was kept apart.",
        "protest",
    ),
    (
        "Jailed activist on hunger strike for 40th day",
        "A jailed Bahraini activist has been on hunger strike for 40 days in protest at being denied medical care, his family said. Supporters held a vigil outside the Bahraini embassy in London. The government said he was receiving treatment.",
        "protest",
    ),
    (
        "Human chain stretches across Baltic states",
        "Tens of thousands of people joined hands in a human chain across Estonia, Latvia and Lithuania to mark solidarity with Ukraine. Organisers said the chain was more than 600 kilometres long. Church bells rang at noon.",
        "protest",
    ),
    (
        "Teachers strike across France over school cuts",
        "Teachers across France walked out on Tuesday in protest at job cuts and changes to the school calendar. Unions said more than half of primary school teachers were on strike. Marches in Paris and Lyon passed off without incident.",
        "protest",
    ),
    (
        "Taxi drivers block Lisbon roads in protest at ride-hailing apps",
        "Hundreds of taxi drivers blocked main roads in Lisbon and Porto, driving slowly in convoy to protest against ride-hailing apps. Traffic was at a standstill for hours. Police escorted the convoys and reported no incidents.",
        "protest",
    ),
    (
        "Serbian students march to Novi Sad for silent vigil",
        "Thousands of students who walked for days from Belgrade arrived in Novi Sad, where residents welcomed them with food and flowers. They held 15 minutes of silence for the victims of the railway station canopy collapse. The protest ended peacefully in the evening.",
        "protest",
    ),
    (
        "Families of hostages hold weekly rally in Tel Aviv",
        "Thousands of people gathered in Hostages Square in Tel Aviv for the weekly rally calling on the government to reach a deal to bring home the hostages held in Gaza. Relatives of the captives spoke from the stage. The rally ended with a march to the defence ministry.",
        "protest",
    ),
    (
        "Students' encampment ends peacefully after university agreement",
        "Students who had camped on the lawn of Trinity College Dublin for five days in protest at the university's ties to Israeli companies took down their tents after the university agreed to divest. The protest had been peaceful. Students said it showed what non-violent action could achieve.",
        "protest",
    ),
    (
        "Sit-in outside ministry by Sudanese refugees in Cairo",
        "Several hundred Sudanese refugees held a sit-in outside the office of the UN refugee agency in Cairo, demanding faster registration and school places for their children. They carried banners saying 'We fled the war, not the law'. The protest was peaceful and ended in the evening.",
        "protest",
    ),
    (
        "Armenians march to protest border agreement",
        "Thousands of people led by an archbishop marched through Yerevan to protest against the handover of border villages to Azerbaijan. The archbishop called for the prime minister to resign. Police blocked access to government buildings and the march passed without clashes.",
        "protest",
    ),
]
