"""dev53 negatives: politics and economy with the war words of the desks ("nuclear option",
"battle over the budget", "civil war" in a party, "war room", "arms race", "trade war",
"bloodbath", "price war", "hostile takeover", "chip war") and security subjects with no current
violence (sanctions, the Legacy Act, accession talks, a court and the National Guard).
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Senate Republicans move toward 'nuclear option' to confirm nominees en bloc",
        "Senate Republicans are preparing to use the so-called nuclear option to change the chamber's rules so that dozens of the president's lower-level nominees can be confirmed in batches, the majority leader told reporters on Tuesday. Democrats accused them of blowing up decades of precedent, and the minority leader warned that the move would come back to haunt Republicans when they are next in the minority.",
        "politics",
    ),
    (
        "French prime minister braces for budget battle as Socialists threaten censure",
        "France's prime minister heads into a week of trench warfare over the 2026 budget, with the Socialists threatening to back a no-confidence motion unless the government drops plans to freeze pensions and welfare benefits. Ministers have warned that without a deal France could start the year without a budget for the second time in two years.",
        "politics",
    ),
    (
        "Conservatives descend into open warfare after council election rout",
        "Senior Conservatives turned their fire on the party leader on Friday after the Tories lost more than 600 council seats in England, with one former cabinet minister describing the mood among MPs as 'open civil war'. Allies of the leader said she would not be ambushed by colleagues plotting in WhatsApp groups.",
        "politics",
    ),
    (
        "EU adopts 18th sanctions package against Russia after Slovakia lifts veto",
        "EU ambassadors approved an 18th package of sanctions against Russia on Friday after Slovakia dropped its veto, lowering the price cap on Russian crude oil and adding 105 more shadow fleet tankers to the bloc's blacklist. The EU foreign policy chief said the package was one of the strongest yet and that work had begun on the next one.",
        "politics",
    ),
    (
        "White House widens battle with Harvard with new grant freeze",
        "The administration froze a further $450 million in federal grants to Harvard University on Tuesday, escalating a months-long battle over admissions, campus protests and diversity programmes. The university called the move an unlawful attack on academic freedom and said it would add it to its lawsuit in federal court in Boston.",
        "politics",
    ),
    (
        "Conservatives open election 'war room' in downtown Ottawa",
        "The federal Conservatives opened a rapid-response war room in downtown Ottawa on Monday, with about 60 staff who will monitor rivals' campaigns and fact-check debates around the clock until the April 28 vote. The Liberals said their own digital team had been preparing for months and accused the Conservatives of importing American-style attack ads.",
        "politics",
    ),
    (
        "Government to repeal Legacy Act and restore Troubles inquests",
        "The Northern Ireland secretary set out plans on Tuesday to repeal and replace the Legacy Act, reopening inquests and civil cases over killings during the Troubles that the previous government had halted. Veterans' groups warned that elderly former soldiers would face a new wave of 'lawfare', while victims' families welcomed the move.",
        "politics",
    ),
    (
        "Hungary blocks first cluster of Ukraine's EU accession talks",
        "Hungary blocked the opening of the first negotiating cluster in Ukraine's EU accession talks at a meeting of European affairs ministers in Luxembourg on Tuesday, leaving Kyiv's bid stalled despite the backing of the other 26 member states. Budapest said the farming and minority rights concerns it has raised for two years had not been addressed.",
        "politics",
    ),
    (
        "Redistricting arms race spreads as California answers Texas map",
        "California Democrats unveiled a new congressional map on Friday designed to flip five Republican-held seats, in direct retaliation for a Texas redrawing pushed by the White House, escalating what strategists now call a redistricting arms race. Republicans in Missouri and Indiana said they were weighing their own mid-decade maps.",
        "politics",
    ),
    (
        "Judge blocks National Guard deployment to Portland",
        "A federal judge on Saturday temporarily blocked the administration from deploying 200 Oregon National Guard troops to Portland, ruling that small protests outside an immigration facility there did not amount to a rebellion. The White House said it would appeal the decision, which it called an attack on the president's authority to protect federal property.",
        "politics",
    ),
    (
        "Bloodbath on Wall Street as tariff fears wipe trillions off stocks",
        "US stocks suffered their worst day since 2020 on Thursday, with the S&P 500 falling 4.8% and the Nasdaq 6%, as investors dumped shares after the president announced sweeping tariffs on imports from almost every country. Traders described the session as a bloodbath, and Apple and Nike were among the biggest losers.",
        "economy",
    ),
    (
        "EU and US step back from trade war with 15% tariff deal",
        "The European Union and the United States agreed on Sunday to a 15% tariff on most EU exports, averting a threatened 30% levy and an all-out trade war days before the deadline. European carmakers and drugmakers welcomed the clarity, but France's trade minister said Europe had been too quick to give ground.",
        "economy",
    ),
    (
        "Supermarket price war squeezes British grocers",
        "Britain's biggest supermarkets are locked in a price war for the first time in a decade as discounters gain market share, with the two largest chains cutting prices on hundreds of staples this week, analysts said. Shares in the grocers fell between 4% and 7% on fears that margins would be hit.",
        "economy",
    ),
    (
        "UniCredit raises Commerzbank stake as Berlin resists hostile takeover",
        "UniCredit raised its stake in Commerzbank to about 29%, just below the threshold for a mandatory bid, the Italian bank said on Monday, as the German government repeated that it opposed a hostile takeover of the lender. Commerzbank's works council called the move an attack on German jobs.",
        "economy",
    ),
    (
        "Maersk keeps ships away from Red Sea despite calls to return",
        "Maersk will keep routing its container ships around the Cape of Good Hope until passage through the Bab al-Mandab strait is safe over a longer period, the Danish company said on Thursday, adding that the detour adds up to two weeks to Asia-Europe voyages. Freight rates on the route have fallen 40% since January as new vessels enter service.",
        "economy",
    ),
    (
        "Dutch government takes control of chipmaker Nexperia",
        "The Dutch government has taken control of Nexperia, a Chinese-owned chipmaker based in Nijmegen, using a Cold War-era emergency law for the first time to protect what it called crucial technological knowledge. The move opens a new front in the chip war between Washington and Beijing, and Nexperia's Chinese parent said it would challenge the decision.",
        "economy",
    ),
    (
        "Transatlantic fare war heats up as airlines add seats",
        "Airlines have launched a fare war on transatlantic routes this winter, with return tickets from London to New York selling for less than 300 pounds, as carriers add capacity faster than demand grows, an industry analysis showed. Executives at two European airlines warned investors that the discounting would hit fourth-quarter profits.",
        "economy",
    ),
    (
        "Canada hits back in trade war with counter-tariffs on US steel",
        "Ottawa will impose 25% counter-tariffs on C$30 billion of US goods including steel, orange juice and motorcycles from midnight, the finance minister said on Tuesday, in response to Washington's levies on Canadian metals. Provincial premiers said they would pull American liquor from store shelves, and business groups urged both sides to return to talks.",
        "economy",
    ),
    (
        "Ukraine's bonds rally after deal with GDP warrant holders",
        "Ukraine's dollar bonds rose on Wednesday after the government reached an agreement in principle with holders of its GDP-linked warrants, clearing one of the last hurdles in the country's debt restructuring. The finance ministry said the deal would save the budget about $3 billion over the next decade.",
        "economy",
    ),
]
