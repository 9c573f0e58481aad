"""dev171 hard negatives: politics (culture wars, the war on drugs, budget battles,
sanctions, verdicts on leaders, elections, asylum) and economy (trade wars, market
bloodbaths, price caps, price wars, bailouts), with war words as metaphor or background."""

# (title, text, kind code)
NEGATIVES = [
    (
        "The Conservatives' culture war is a distraction from a government running out of ideas",
        "Another week, another front in the government's war on woke. Ministers have "
        "threatened museums that review their colonial collections, lectured the National "
        "Trust about its history and warned universities that they could be fined over free "
        "speech. The culture secretary has summoned heritage bodies to a meeting to tell them "
        "that statues, however contested, must stay. It is not hard to see why. Culture wars "
        "are cheap to fight, they keep the government's base engaged, and they fill front "
        "pages that might otherwise be devoted to NHS waiting lists or the cost of living. The "
        "strategy has worked before: Brexit was, among other things, a battle over identity, "
        "and Labour lost it. But voters are not as easily mobilised as the strategists think. "
        "Polls suggest most people care far more about whether they can see a GP than about "
        "the plaque on a country house. A government with an 80-seat majority has the power to "
        "change the country. Spending it on skirmishes with historians is a sign that it does "
        "not know what to do with it.",
        "politics",
    ),
    (
        "Oregon's retreat shows the war on drugs is easier to declare than to end",
        "When Oregon voters approved Measure 110 in 2020, they made the state the first in the "
        "nation to decriminalize possession of small amounts of hard drugs. This year, after a "
        "surge in overdose deaths and public drug use in Portland, the Legislature reversed "
        "course and made possession a misdemeanor again. Opponents of drug reform are treating "
        "the reversal as proof that the experiment failed and that the old war on drugs should "
        "resume in earnest. That is the wrong lesson. The measure's problems were largely of "
        "implementation: the treatment services it promised took years to arrive, and the "
        "arrival of fentanyl overwhelmed a system that was not ready for it. Meanwhile, five "
        "decades of arrests, mandatory minimums and mass incarceration did not make drugs "
        "scarcer or addiction rarer. They filled prisons, disproportionately with Black and "
        "Latino Americans, and left behind a generation of criminal records. The answer is "
        "neither surrender nor a return to the barricades. It is to pair decriminalization "
        "with the sustained investment in treatment, housing and outreach that Oregon never "
        "fully made. States considering reform should study Oregon carefully, not abandon the "
        "idea.",
        "politics",
    ),
    (
        "The debt ceiling standoff is hostage-taking. Both parties should disarm for good",
        "Once again, Washington is fighting a battle it invented. House Republicans are "
        "refusing to raise the federal debt limit unless President Biden agrees to deep "
        "spending cuts, and the Treasury Department warns that the government could run out of "
        "cash to pay its bills as early as June 1. If that happens, the United States could "
        "default for the first time in its history. Markets would tumble, interest rates would "
        "rise and Social Security checks could be delayed. Republicans call their demands a "
        "fight for fiscal responsibility; Democrats call it hostage-taking. Both descriptions "
        "contain some truth, but the tactic is the problem, not the side using it. The debt "
        "ceiling does nothing to control spending, which Congress has already approved; it "
        "only determines whether the country honors obligations it has already incurred. "
        "Democrats used similar brinkmanship when they were in the minority. The sensible "
        "course is to abolish the limit altogether, or to let the Treasury raise it "
        "automatically with each budget. Until that happens, the country will keep lurching "
        "from one self-inflicted crisis to the next, and the rest of the world will keep "
        "wondering why the richest nation on Earth keeps threatening to shoot itself in the "
        "foot.",
        "politics",
    ),
    (
        "Sanctions on Russia leak like a sieve. Here is how to plug the holes",
        "Two years into the full-scale war, the Russian economy has not collapsed, and it is "
        "worth asking why. Part of the answer is that Western sanctions were designed with "
        "loopholes big enough to sail a tanker through. Russian crude still reaches India and "
        "China on a shadow fleet of ageing vessels with opaque ownership and dubious "
        "insurance, and much of it is sold above the G7's $60 price cap. Components for drones "
        "and missiles, from microchips to ball bearings, are routed through Turkey, "
        "Kazakhstan, Armenia and the United Arab Emirates, where trade with Russia has "
        "ballooned. European companies that promised to leave the Russian market have found "
        "quiet ways to stay. None of this is a secret. What is missing is enforcement. The EU "
        "should sanction the shadow fleet's ships and their owners as a matter of routine, "
        "require banks to screen transactions with the transit hubs, and prosecute its own "
        "firms that break the rules. The United States should use secondary sanctions on the "
        "third-country banks that process these payments. Every dollar Moscow earns from "
        "evasion is a dollar it can spend on the war. Closing the loopholes is cheaper than "
        "paying for what they finance.",
        "politics",
    ),
    (
        "Abiy Ahmed's Nobel and the limits of reformist promise",
        "When Abiy Ahmed received the Nobel Peace Prize in 2019, he was hailed as the leader "
        "who had made peace with Eritrea, freed political prisoners and opened one of Africa's "
        "most closed economies. Six years later, his record looks very different. The war in "
        "Tigray, which he launched in November 2020 with the promise that it would be over in "
        "weeks, lasted two years and, by some estimates, cost hundreds of thousands of lives. "
        "Journalists have been jailed again, and the internet is switched off whenever a "
        "region becomes inconvenient. The election of 2021, postponed once because of the "
        "pandemic, was boycotted by much of the opposition and could not be held at all in "
        "several constituencies. His grand projects, from a new palace complex to a planned "
        "airport south of the capital, are financed by means that parliament barely "
        "scrutinises. The economy, despite a flurry of reforms and the floating of the birr, "
        "is weighed down by debt and inflation. Abiy's defenders point to the Pretoria "
        "agreement that ended the Tigray war and to the infrastructure projects that are "
        "transforming Addis Ababa. Both are real. But a leader's legacy is measured by the "
        "institutions he leaves behind, and Abiy has hollowed out the parliament, the courts "
        "and the federal system that were meant to restrain him. The Nobel committee cannot "
        "revoke its prize. It can, however, reflect on what it means to reward promises rather "
        "than results. Ethiopians, who have lived with the consequences, have drawn their own "
        "conclusions.",
        "politics",
    ),
    (
        "A mandate in question",
        "The results of the Feb 8 election, released in fits and starts over three days, have "
        "left the country more divided than it was before the polls. Independent candidates "
        "backed by the PTI, forced to contest without their party's symbol after the Supreme "
        "Court's ruling, have emerged as the largest bloc in the National Assembly. That they "
        "did so despite the imprisonment of their leader, the dismantling of their party and a "
        "campaign in which their candidates were hounded from pillar to post is remarkable. "
        "Yet the party whose supporters won the most seats will not form the government. The "
        "PML-N and the PPP are negotiating a coalition, and allegations of rigging based on "
        "Form 45 discrepancies in dozens of constituencies are piling up before the election "
        "tribunals. The suspension of mobile internet on polling day has only deepened "
        "suspicions. This is what happens when the political assassination of a party is "
        "attempted by administrative means: the voters respond, and the system is left without "
        "legitimacy. The new government, whoever leads it, should begin by allowing the "
        "tribunals to work without interference and the ECP to account for the delays. "
        "Otherwise it will govern in the shadow of a disputed mandate.",
        "politics",
    ),
    (
        "Ottawa and Quebec are fighting over asylum seekers. The real problem is a broken system",
        "Quebec Premier François Legault wants Ottawa to pay more and move more. His "
        "government says the province has taken in nearly half of the asylum claimants who "
        "arrived in Canada last year, and that its shelters, schools and French-language "
        "classes are at breaking point. He has asked the federal government to redistribute "
        "tens of thousands of claimants to other provinces, and to reimburse more than "
        "$1-billion. Ottawa replies that it has already paid generously and that it cannot "
        "force people to live where they do not want to. Both have a point, and both are "
        "missing the larger one. Canada's asylum system has a backlog of more than 250,000 "
        "claims, and the average wait for a hearing is now close to two years. Claimants spend "
        "that time in limbo, often unable to work legally for months. Some of them are fleeing "
        "real persecution and war; others arrived on visitor visas and are using the process "
        "as a back door. A fast and fair system would protect the first group and discourage "
        "the second. That means more decision-makers at the Immigration and Refugee Board, "
        "faster work permits and an honest conversation with the provinces about the costs.",
        "politics",
    ),
    (
        "The government's war on the courts has only one goal: unlimited power",
        "Justice Minister Yariv Levin calls it a reform. It is nothing of the sort. The "
        "package of bills the coalition is rushing through the Knesset would give the "
        "government control of the committee that appoints judges, allow a simple majority to "
        "override Supreme Court rulings and abolish the reasonableness standard by which "
        "courts review ministerial decisions. Together, these measures would remove the only "
        "meaningful check on executive power in a country with no written constitution and a "
        "single chamber of parliament. The coalition's leaders speak of restoring the will of "
        "the people. But the people are in the streets every Saturday night, hundreds of "
        "thousands of them, waving blue-and-white flags, and reservists in elite units are "
        "warning that they will not serve a dictatorship. Economists, the governor of the Bank "
        "of Israel and the country's leading tech companies have warned of the damage to "
        "investment. The prime minister, who is on trial for corruption, has an obvious "
        "interest in weakening the judiciary. That is all the more reason for him to step "
        "aside from this legislation. The President's offer to mediate is the last exit before "
        "the crash.",
        "politics",
    ),
    (
        "A chastening verdict: the 2024 mandate is a call for humility, not triumphalism",
        "The results of the election to the 18th Lok Sabha have confounded the exit polls and "
        "most commentators. The Bharatiya Janata Party, which sought 370 seats on its own, has "
        "fallen short of a majority with 240, and will depend on its allies in the National "
        "Democratic Alliance to govern. The battle for Uttar Pradesh, long considered the "
        "BJP's citadel, was lost to the Samajwadi Party, and even Faizabad, the constituency "
        "that includes Ayodhya and its newly consecrated Ram temple, went to the Opposition. "
        "The INDIA bloc, written off only months ago, will have a substantial presence in the "
        "House. Voters appear to have weighed unemployment, prices and anxieties over the "
        "Constitution more heavily than the campaign's themes of religious identity. For the "
        "Prime Minister, whose political style has centred on personal dominance, coalition "
        "government will be a new experience. The Telugu Desam Party and the Janata Dal "
        "(United) will expect to be consulted. This is not a weakness of democracy but its "
        "strength. A government that must persuade its partners is a government that must "
        "listen.",
        "politics",
    ),
    (
        "Donald Trump's trade war is a self-inflicted wound",
        "The bloodbath on the world's stockmarkets this week was no accident of the "
        "algorithms. It was the rational response of investors to the most radical change in "
        "American trade policy in nearly a century. On April 2nd President Donald Trump "
        'announced "reciprocal" tariffs on almost every country, calculated by a formula that '
        "divides a country's trade surplus with America by its exports to it. The S&P 500 lost "
        "a tenth of its value in two days; the dollar, normally a haven, fell too. China "
        "retaliated within hours, and the European Union is preparing its own list. Mr Trump "
        "says the pain is temporary and the tariffs will bring factories home. Few economists "
        "agree. Tariffs are taxes paid mostly by domestic consumers and firms, and they invite "
        "retaliation that hurts exporters, from Iowa's soyabean farmers to Boeing. The deeper "
        "damage is to trust: allies who built their supply chains around American rules now "
        "wonder what those rules are worth. A trade war has no winners, only degrees of loss. "
        "The sooner Congress reasserts its constitutional authority over tariffs, the smaller "
        "those losses will be.",
        "economy",
    ),
    (
        "The FTX collapse is the moment crypto's fairy tale met reality",
        "A week ago, Sam Bankman-Fried was the respectable face of cryptocurrency, a "
        "billionaire who lobbied Congress for regulation and pledged his fortune to effective "
        "altruism. Today his exchange, FTX, is bankrupt, up to a million customers cannot get "
        "their money back, and he faces questions about whether deposits were secretly "
        "funnelled to his trading firm, Alameda Research. The bloodbath has spread across the "
        "sector: bitcoin has lost a fifth of its value in days, other lenders have frozen "
        "withdrawals and the carnage in crypto-linked shares is still unfolding. Crypto "
        "enthusiasts insist that the technology is sound and that only one bad actor failed. "
        "That is what the defenders of every bubble say. The truth is that much of the "
        "industry was built on leverage, celebrity endorsements and the promise that the old "
        "rules did not apply. Regulators in Washington and London spent years being courted "
        "rather than asking basic questions. They should now apply the rules that govern banks "
        "and brokers: segregated customer funds, audited accounts and capital requirements. "
        "Anyone who still wants to gamble on digital tokens is free to do so. They should not "
        "be told it is safe.",
        "economy",
    ),
    (
        "Is the oil price cap on Russia working?",
        "A year after the G7 and the European Union imposed a $60-per-barrel cap on Russian "
        "seaborne crude, the verdict is mixed. For the first months the cap did what its "
        "designers hoped: Urals crude traded at a steep discount to Brent, and the Kremlin's "
        "oil and gas revenues fell by roughly a quarter. Western shipping and insurance, which "
        "dominated the trade, could only be used for cargoes sold below the cap. Since the "
        "summer, however, Russia has assembled a fleet of older tankers insured outside "
        "Western jurisdictions, and the discount has narrowed sharply. Much of the oil now "
        "goes to India and China at prices above the cap. Indian refiners, which bought almost "
        "no Russian crude before 2022, now take more than a third of their imports from "
        "Russia, and some of the resulting diesel finds its way back to Europe. Greek, Maltese "
        "and Cypriot shipowners, meanwhile, have sold dozens of older tankers to buyers of "
        "uncertain identity. The cap was never meant to stop Russian oil from reaching world "
        "markets; that would have sent prices soaring. Its aim was to reduce Moscow's revenues "
        "while keeping supply flowing, and on that narrow measure it has partly succeeded. But "
        "enforcement has been weak. Attestation rules that let traders self-certify the price "
        "they paid invite fraud, and only a handful of ships have been sanctioned. Tightening "
        "the paperwork, sanctioning the shadow fleet and lowering the cap as prices fall would "
        "restore its bite without tipping the market into crisis. The alternative, doing "
        "nothing, would simply hand Moscow a windfall every time oil prices rise.",
        "economy",
    ),
    (
        "The RBI's battle against inflation needs more than rate hikes",
        "The Reserve Bank of India's Monetary Policy Committee has raised the repo rate by 50 "
        "basis points, its third increase since May, taking it to 5.4%. The decision was "
        "widely expected. Retail inflation has stayed above the upper tolerance band of 6% for "
        "six consecutive months, driven by food and fuel prices that rose sharply after the "
        "conflict in Ukraine disrupted supplies of edible oil, wheat and fertilisers. The "
        "rupee has touched record lows against a strengthening dollar. Governor Shaktikanta "
        "Das has said the central bank will do whatever it takes to anchor inflation "
        "expectations. Monetary policy, however, can do little about supply shocks. A higher "
        "repo rate will not bring down the price of sunflower oil or diesel; it will raise "
        "borrowing costs for small businesses still recovering from the pandemic. The Centre "
        "has its own tools: cutting excise duty on fuel, easing import curbs on pulses and "
        "edible oils, and releasing buffer stocks of grain. The fight against inflation is a "
        "shared responsibility. The RBI has done its part; the Government must do more of its "
        "own.",
        "economy",
    ),
    (
        "Letters to the editor: Grocery boycotts won't bring prices down. Competition will",
        "Re: Shoppers take aim at Loblaw: I have joined the May boycott of Loblaw stores, and "
        "so have most of my neighbours in Scarborough. I have no illusion that it will bring "
        "the company to its knees. My weekly bill for a family of four has gone from $180 to "
        "almost $260 in three years, and I know where the money went. But three chains control "
        "most of what we buy, and when I skip one I simply pay another. What would help is a "
        "genuine price war, and that will only happen if Ottawa lets new competitors in and "
        "stops the big grocers from using property deals to keep them out of shopping centres. "
        "The Competition Bureau said as much two years ago. Until the government acts on it, "
        "our boycotts are a way of letting off steam, not a policy. Priya Raman, Toronto",
        "economy",
    ),
    (
        "An economy under siege",
        "The staff-level agreement with the International Monetary Fund, reached in the final "
        "hours before the previous programme expired, has pulled the country back from the "
        "edge of default. It has not pulled it out of the crisis. Foreign exchange reserves "
        "cover barely a month of imports, inflation is running at almost 38pc, and the rupee "
        "has lost a quarter of its value against the dollar this year. The $3bn stand-by "
        "arrangement comes with conditions that will hurt: higher electricity and gas tariffs, "
        "an end to subsidies for exporters and a budget that must raise more revenue from "
        "sectors that have long escaped the tax net. The government will be tempted to blame "
        "the Fund for the pain. It should resist. Successive governments, civilian and "
        "military, have run the economy on borrowed money and borrowed time, protecting real "
        "estate, retailers and agricultural landlords from taxation while squeezing the "
        "salaried class. Until that changes, every bailout will be a holding operation. The "
        "caretaker set-up that takes over next month must not be allowed to undo the "
        "commitments made this week.",
        "economy",
    ),
]
