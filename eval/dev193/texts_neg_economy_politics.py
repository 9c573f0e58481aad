"""dev193 hard negatives: the economy (price wars, burger battles, takeovers, tariffs) and
politics (sugar tax, pastry names, school meals, meat adverts) of the food desks (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "China's coffee price war: Luckin and Cotti push a latte below nine yuan, and the "
        "small roasters feel the heat",
        "The cheapest cup of coffee in Shanghai no longer comes from a street cart. Luckin "
        "Coffee, the country's largest chain by outlets, and its fast-growing rival Cotti "
        "Coffee, founded by two of Luckin's former executives, have spent the summer "
        "undercutting each other with coupons that bring a latte down to 9 yuan, and in some "
        "cities to 8.8. Analysts describe it as a classic price war, financed by investors "
        "who believe that whoever ends up with the most stores will be able to raise prices "
        "later. Cotti opened its 5,000th shop in under a year; Luckin says it now has more "
        "than 13,000 in mainland China. Starbucks, which long dominated the market with a cup "
        "costing more than 30 yuan, has responded with its own discounts and a push into "
        "smaller cities. Then there are the newcomers: tea chains such as Mixue have opened "
        "coffee brands of their own, selling an Americano for 5 yuan in county towns where a "
        "café was unheard of five years ago. For independent cafés, the fight has been "
        'brutal. "Customers come in, look at the menu and ask why my flat white is three '
        'times the price of Luckin," said Zhou Min, who runs a speciality roastery in '
        "Hangzhou's old town. She has cut her opening hours, let one of her three baristas go "
        "and started selling beans online, where her customers are collectors rather than "
        "commuters. Others have gone the opposite way, leaning into pour-overs from single "
        "farms in Yunnan that cost 60 yuan a cup and come with a tasting card. Some analysts "
        "expect the discounting to ease next year as the chains turn to profits, but few "
        'think prices will return to where they were. "The Chinese consumer has learned that '
        'coffee can cost nine yuan," one analyst in Shanghai said. "You cannot unteach that."',
        "economy",
    ),
    (
        "The battle of the burgers: how London's smash-patty chains went to war for the high "
        "street",
        "Five years ago, a smashed burger in London meant a queue outside a railway arch in "
        "Peckham. Now three chains founded in that era, each with a cult following and a "
        "private-equity backer, are fighting for the same corners of the capital's high "
        "streets. Each is opening a new site every few weeks, and each claims its patty, "
        "crisped on a scorching flat-top and pressed thin with a steel spatula, is the "
        "original. The sharpest salvo came last month, when one of them cut the price of its "
        "double cheeseburger to £7.50 on the same day a rival opened next door in Soho. "
        "Industry analysts say the burger battle reflects a wider fight for diners squeezed "
        "by the cost of living, who still want a treat but will not pay £20 for it. Rents, "
        "energy and staff costs have risen sharply, and several smaller burger restaurants "
        "have closed this year. One founder, asked whether the market could bear three "
        'national chains, laughed. "It\'ll be a bloodbath," he said. "But a delicious one."',
        "economy",
    ),
    (
        "Chocolatiers under siege as cocoa prices triple after West African harvest fails",
        "For Belgian chocolatier Anne Vervoort, the Easter eggs in her Ghent shop window cost "
        "nearly three times as much to make this year as last. Cocoa futures in New York and "
        "London have more than tripled since January, hitting record highs after poor "
        "weather, disease and ageing trees cut harvests in Côte d'Ivoire and Ghana, which "
        "together grow about 60% of the world's cocoa. Large manufacturers have shrunk bars, "
        "raised prices and added more fillings and wafers to stretch the chocolate. Small "
        "makers, who buy in smaller lots and have no hedging desk, say they are being hit "
        'hardest. "We are under siege from every direction: cocoa, butter, sugar, energy," '
        "Vervoort said. She has dropped two of her single-origin bars and raised the price of "
        "a box of pralines by a fifth. In Ghana, farmers complain that the state cocoa "
        "board's fixed price has not kept up with the market, and that smuggling across the "
        "border to Côte d'Ivoire has risen. Analysts expect prices to stay high into next "
        "year, as new trees take years to bear fruit.",
        "economy",
    ),
    (
        'Maison Varenne rejects "hostile" takeover bid from Italian luxury group',
        "The Parisian fashion house Maison Varenne said on Tuesday that its board had "
        "unanimously rejected a takeover offer from the Italian group Corso Holding, calling "
        "the unsolicited bid hostile and opportunistic. Corso, which owns three leather-goods "
        "brands and a cashmere mill in Biella, offered €52 a share in cash, a premium of "
        "about 30% on Friday's closing price, and said it had already built a stake of just "
        "under 10%. Varenne's founding family, which controls about 40% of the voting rights, "
        "said it would not sell. The house, best known for its sculptural tailoring and the "
        "bombshell evening gowns worn by several actresses at Cannes this year, has struggled "
        "with falling sales in China and a costly expansion of its boutiques. Corso's chief "
        'executive said the brand was "a sleeping beauty" that needed investment and '
        "discipline. Analysts said the Italian group might try to win over minority "
        "shareholders directly, setting up a fight that could run into the autumn. Varenne's "
        "shares rose 24% on the news.",
        "economy",
    ),
    (
        "Darjeeling tea growers brace for trade war as US tariffs hit Indian exports",
        "The first flush of Darjeeling tea, picked in March and April, is normally the most "
        "lucrative weeks of the year for the 87 gardens in the hills of north Bengal. This "
        "year, planters say, the mood is sombre. New US tariffs on a range of Indian goods, "
        "announced as part of a widening trade war, have left American importers hesitating "
        "over orders, and some have asked for discounts to absorb the extra cost. The United "
        "States is not the largest market for Darjeeling, which sells mostly to Germany, "
        'Japan and Britain, but it is one of the fastest-growing for premium teas. "A buyer '
        'in California cancelled a container last week," said the manager of a garden near '
        "Kurseong. Production has already fallen by almost half over two decades, as ageing "
        "bushes, climate change and labour shortages take their toll. The Darjeeling Tea "
        "Association has asked the central government to negotiate an exemption for tea. "
        "Industry officials say they will look harder at markets in the Gulf and in China. "
        "For now, the estates are picking and drying as usual, and hoping the tariff fight is "
        "resolved before the second flush in June.",
        "economy",
    ),
    (
        "Champagne and prosecco in a bubbly battle for Britain's Christmas tables",
        "Britain drinks more sparkling wine than almost any other country, and the fight over "
        "what goes into its glasses this Christmas is fierce. Prosecco, which overtook "
        "champagne in British supermarkets a decade ago, is facing a counter-attack from the "
        "Champagne houses, which have cut prices on their entry-level bottles as sales in the "
        "United States and France have slowed. At the same time, English sparkling wine, made "
        "with the same grapes as champagne in the chalky soils of Kent and Sussex, is pushing "
        "into the supermarkets with its own Christmas offers. \"It's a three-way war for the "
        'fizz pound," said one wine buyer for a supermarket chain. Champagne shipments '
        "worldwide fell by about 8% last year, according to the Comité Champagne, after "
        "record sales during the post-pandemic boom. Italian producers say prosecco sales in "
        "Britain have been steady but that duty increases have squeezed margins. For "
        "shoppers, at least, the rivalry means bargains: some supermarkets are selling "
        "non-vintage champagne for under £20.",
        "economy",
    ),
    (
        'MPs battle over sugar tax as soft-drink makers attack "nanny state" levy',
        "The government's plan for a tax on sugary drinks survived its first test in the "
        "Commons on Tuesday, after a heated debate in which Conservative backbenchers "
        "attacked the levy as a nanny-state assault on family budgets. The levy, to come into "
        "force in two years, would add about 18p to 24p a litre to drinks with more than five "
        "grams of sugar per 100ml, and the money would go to school sports and breakfast "
        "clubs. Health campaigners, backed by several celebrity chefs, have called it the "
        "most important step yet in the war on childhood obesity. The British Soft Drinks "
        "Association said it would hurt small shops and low-income families and cost jobs. "
        "Several manufacturers have already said they will cut the sugar in their recipes "
        "before the tax arrives. Ministers are braced for a longer fight over the bill in the "
        "Lords, where a group of peers has tabled amendments to exempt fruit juices. The "
        "chancellor insisted there would be no climbdown.",
        "politics",
    ),
    (
        "Pain au chocolat or chocolatine? The pastry war reaches the National Assembly",
        "It is the oldest quarrel in French baking, and this week it landed in parliament. A "
        "group of deputies from the south-west has tabled an amendment asking for the word "
        "chocolatine, used in Toulouse, Bordeaux and much of the region, to be recognised "
        "alongside pain au chocolat as the official name of the pastry. The rest of France, "
        "and Paris in particular, has long mocked the southern term. The amendment, attached "
        "to a bill on regional heritage, has almost no chance of passing, and its authors "
        "admit it is as much a joke as a campaign. But it set off a lively exchange in the "
        "chamber, with one deputy from the north accusing the south-western bloc of "
        '"declaring war on the croissant". The culture minister said she would not take '
        'sides. Bakers contacted in both camps said they were happy for the publicity. "Call '
        'it what you want, just buy two," said a boulanger in Bordeaux.',
        "politics",
    ),
    (
        "School lunch funds face cuts as lawmakers spar over farm bill",
        "A proposal to cut federal money for school meals has set off a fierce fight in "
        "Congress, with Democrats accusing Republicans of an attack on children's nutrition "
        "and Republicans saying states must take on more of the cost. The plan, part of a "
        "budget package moving through the House agriculture committee, would tighten the "
        "rules that let schools in poor districts serve free breakfast and lunch to every "
        "pupil without collecting applications. Advocacy groups estimate that thousands of "
        "schools could lose the provision, which covers millions of children. School "
        "nutrition directors say the change would mean more paperwork and more children going "
        "hungry before lunchtime. \"It's the difference between a kid eating and a kid not "
        'eating," said the head of meals for a district in rural Mississippi. Supporters say '
        "the scheme has grown too costly and that families who can pay should do so. The "
        "committee is expected to vote next week, and the bill's fate in the Senate is "
        "unclear.",
        "politics",
    ),
    (
        "Haarlem's meat advertising ban sparks a culture war over the barbecue",
        "Haarlem, a city of 160,000 west of Amsterdam, will become the first in the world to "
        "ban advertisements for meat in public spaces from 2024, after its council voted for "
        "the measure as part of its climate policy. The ban covers billboards, bus shelters "
        "and screens, and will apply to cheap factory-farmed meat as well as to flights, "
        "holidays and cars running on fossil fuels. The councillor who proposed it, from the "
        "GreenLeft party, said the city could not tell people to cut emissions while renting "
        "out its bus shelters to adverts for burgers. The decision has been attacked by "
        "farmers' groups and by the right-wing parties, who accuse the council of waging war "
        "on the barbecue and on the Dutch way of life. Butchers in the city say they are not "
        "worried, because they do not advertise on billboards anyway. Legal experts say the "
        "ban could be challenged as a restriction on free expression. Similar proposals have "
        "been discussed in Amsterdam and Utrecht.",
        "politics",
    ),
]
