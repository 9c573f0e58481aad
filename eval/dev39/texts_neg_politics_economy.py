"""dev39 negatives: politics and economy, many with words of war. NEGATIVES = [(title, text,
kind code), ...]."""

NEGATIVES = [
    (
        "US Senate battle over spending bill drags into a second week",
        "Senate Democrats and Republicans traded attacks over a stopgap spending bill for a second week as a government shutdown dragged on, with neither side able to muster the 60 votes needed to end debate.",
        "politics",
    ),
    (
        "Opposition accuses Hungarian government of waging war on the press",
        "Hungary's main opposition party accused the government of waging war on independent media after parliament approved a bill allowing authorities to cut foreign funding for news outlets deemed a threat to sovereignty.",
        "politics",
    ),
    (
        "Marcos declares war on rice smugglers and hoarders",
        "Philippine President Ferdinand Marcos said his government was at war with rice smugglers and hoarders, ordering customs officials to raid warehouses and file charges within a month as retail prices stay high.",
        "politics",
    ),
    (
        "EU interior ministers clash over sharing of asylum seekers",
        "European Union interior ministers clashed in Brussels over how to share responsibility for asylum seekers under the bloc's new migration pact, with several countries refusing to take in people or pay into a common fund.",
        "politics",
    ),
    (
        "Mexico's president rejects idea of US troops fighting cartels",
        "Mexico's President Claudia Sheinbaum said she would never accept US troops on Mexican soil to fight drug cartels, after a US senator suggested military action. She said cooperation on security would continue with respect for sovereignty.",
        "politics",
    ),
    (
        "Poland extends buffer zone along Belarus border for 90 days",
        "Poland's government extended a restricted zone along parts of its border with Belarus for another 90 days, saying it was needed to stop migrants crossing illegally with the help of Belarusian services. Rights groups said the rule kept aid workers away.",
        "politics",
    ),
    (
        "South Korea's former president goes on trial over martial law decree",
        "South Korea's former president went on trial in Seoul on charges of leading an insurrection by declaring martial law last December, a decree that lasted six hours before lawmakers voted it down. He denies the charges.",
        "politics",
    ),
    (
        "Thai court removes prime minister over leaked phone call",
        "Thailand's Constitutional Court removed the prime minister from office for breaching ethical standards in a leaked phone call with Cambodia's former leader during a border dispute, and parliament will vote on a successor next week.",
        "politics",
    ),
    (
        "Pakistan's parliament passes amendment creating new military post",
        "Pakistan's parliament passed a constitutional amendment creating the post of chief of defence forces and setting up a new constitutional court, which opposition parties said would weaken the judiciary. The vote was boycotted by the main opposition party.",
        "politics",
    ),
    (
        "Israeli coalition shaken by dispute over military draft law",
        "An ultra-Orthodox party threatened to leave Israel's governing coalition over a bill on military conscription for religious students, which the opposition says gives them a blanket exemption. Parliament's foreign affairs and defence committee is to vote next week.",
        "politics",
    ),
    (
        "Nigerian Senate confirms new service chiefs",
        "Nigeria's Senate confirmed the new chief of defence staff and the heads of the army, navy and air force after a screening session in Abuja, a week after President Bola Tinubu replaced the previous commanders.",
        "politics",
    ),
    (
        "Lula attacks central bank over high interest rates",
        "Brazilian President Luiz Inácio Lula da Silva attacked the central bank for keeping its benchmark rate at 15%, saying the policy was killing investment. The bank said inflation expectations remained too high.",
        "politics",
    ),
    (
        "Chinese electric carmakers' price war squeezes profits",
        "A price war among Chinese electric carmakers cut the combined profits of the industry's biggest listed companies by a third in the third quarter, according to company filings, as regulators urged firms to stop selling below cost.",
        "economy",
    ),
    (
        "China hits back with tariffs on US farm goods as trade war escalates",
        "China said it would impose extra tariffs of up to 15% on US soybeans, pork and chicken from next week in retaliation for new US duties, the latest round in a trade war that has rattled global markets.",
        "economy",
    ),
    (
        "Indian airlines launch fare war on Gulf routes",
        "Indian carriers cut fares on routes to Dubai and Doha by up to a third for the winter season, as new low-cost entrants fight for market share, travel agents said.",
        "economy",
    ),
    (
        "Ukraine's grain exports through Black Sea ports rise 15%",
        "Ukraine exported 3.9 million tonnes of grain in October, 15% more than a year earlier, mostly through its Black Sea ports, the agriculture ministry said. Farmers have brought in a larger maize harvest than expected despite the war.",
        "economy",
    ),
    (
        "Russian central bank holds rate as military spending keeps inflation high",
        "Russia's central bank kept its key rate at 16.5% on Friday, saying high state spending, including on the military, and a tight labour market were still pushing up prices. The rouble was little changed.",
        "economy",
    ),
    (
        "Italian bank launches hostile bid for rival",
        "An Italian bank launched a hostile takeover bid worth 6 billion euros for a smaller rival, whose board called the offer inadequate and urged shareholders to reject it.",
        "economy",
    ),
    (
        "European defence stocks surge on higher spending plans",
        "Shares in European defence companies rose to record highs after NATO members agreed to raise military spending, with tank and ammunition makers leading gains on the Frankfurt and Stockholm exchanges.",
        "economy",
    ),
    (
        "British supermarkets step up battle for shoppers with price cuts",
        "Britain's biggest supermarkets cut prices on hundreds of staple products ahead of Christmas, as the battle for shoppers squeezed by high food inflation intensified, industry data showed.",
        "economy",
    ),
    (
        "Streaming wars: Netflix raises prices after subscriber jump",
        "Netflix raised subscription prices in the United States and Canada after adding more subscribers than expected in the third quarter, as it fights rivals for viewers with live sport and games.",
        "economy",
    ),
    (
        "Israel's economy rebounds in third quarter as consumers spend",
        "Israel's economy grew at an annualised rate of 12% in the third quarter after contracting in the spring, the statistics bureau said, as household spending recovered. The shekel hit its strongest level against the dollar in three years.",
        "economy",
    ),
]
