"""dev404 negatives, markets: bidding wars, price wars, mortgage battles, developers' battles
for buyers."""

NEGATIVES = [
    (
        "Bidding wars return to Toronto suburbs as rate cuts lure buyers back",
        "Bidding wars have returned to the suburbs west of Toronto, with some semi-detached "
        "houses in Mississauga and Oakville drawing more than 20 offers, agents said this week. "
        "Sales in the Greater Toronto Area rose 18% in the month from a year earlier, the "
        "Toronto Regional Real Estate Board said on Wednesday. The average selling price "
        "climbed to about C$1.16m. The Bank of Canada has cut its key rate four times since "
        "June, bringing variable mortgage costs down for buyers who had been sitting on the "
        'sidelines. "We had a war on our hands for a three-bedroom on a quiet crescent, and it '
        'went C$190,000 over asking," said a broker in Etobicoke. Condominium prices, however, '
        "kept falling as a record supply of units bought by investors during the boom "
        "reached completion. Economists at one bank warned that affordability remains "
        "stretched and that the spring rebound may prove short-lived."
        " New listings rose 9% in the month, the board said, but not enough to meet demand for "
        "detached houses.",
        "economy",
    ),
    (
        "UK lenders reignite mortgage price war with sub-4% deals",
        "Britain's biggest lenders have launched a fresh mortgage price war, with Barclays, HSBC "
        "and Nationwide all cutting fixed rates below 4% in the past week, according to data "
        "from Moneyfacts. The average two-year fixed deal fell to 5.2%, its lowest since last "
        "summer. Brokers said lenders were fighting for market share after a slow first "
        "quarter, as swap rates, which underpin fixed-rate pricing, eased on expectations of "
        'Bank of England cuts. "It\'s a battle for the best borrowers with big deposits," '
        "said a London broker. First-time buyers with small deposits have seen smaller "
        "reductions. About 1.6 million fixed-rate deals are due to expire this year, the "
        "trade body UK Finance estimates, many of them taken out when rates were below 2%. "
        "Those homeowners face a sharp rise in monthly payments even with the latest cuts."
        " Moneyfacts counted more than 6,700 residential mortgage products on offer, the most "
        "since 2008. Some lenders have also cut product fees to zero for remortgage customers.",
        "economy",
    ),
    (
        "China's developers slash prices in war for buyers as new-home sales slump",
        "Chinese property developers are cutting prices of new flats by as much as 30% in some "
        "cities, triggering what local media call a price war that has angered earlier buyers. "
        "In Hangzhou, homeowners who bought at full price last year protested in a sales office "
        "after the same developer offered discounts on a neighbouring tower. Sales by the top "
        "100 developers fell by a third in the first half, according to China Real Estate "
        'Information Corp. Several city governments have warned developers against "malicious" '
        "price cuts and set floors on discounts. The slump, now in its fourth year, has pushed "
        "dozens of developers into default, including Evergrande and Country Garden. Beijing "
        "has eased mortgage rules and urged state-owned firms to buy unsold homes for use as "
        "affordable rentals. Analysts say the measures have slowed the decline but not "
        "reversed it."
        " In Shanghai, a state-owned developer cut the price of a riverside project by a fifth "
        "within a month of its launch. Buyers who paid the earlier price demanded refunds, and"
        " several posted videos of their complaints online before they were removed.",
        "economy",
    ),
    (
        "Evergrande liquidation: creditors' battle over the wreckage shifts to Hong Kong court",
        "A Hong Kong judge ordered the liquidation of China Evergrande Group on Monday, ending "
        "two years of failed talks with offshore creditors over the developer's more than "
        '$300bn of liabilities. "Enough is enough," Justice Linda Chan said in her ruling. '
        "Shares in the company, once China's biggest developer by sales, were suspended. "
        "Liquidators from Alvarez and Marsal now face a long fight to seize assets, most of "
        "which sit in mainland China, where Hong Kong rulings are not automatically "
        "recognised. Evergrande's collapse has left hundreds of thousands of buyers waiting for "
        "flats they paid for years ago. Bondholders have been at war with the company over "
        "its restructuring plan since 2022. Analysts said the case would test how far "
        "mainland courts honour the liquidators' claims."
        " The developer's founder, Hui Ka Yan, was placed under police control in 2023. "
        "Evergrande's onshore unit has continued to deliver some flats with the help of local "
        "governments.",
        "economy",
    ),
    (
        "Sydney auction clearance rate hits 80% as buyers fight over scarce stock",
        "Sydney's preliminary auction clearance rate rose above 80% at the weekend, the highest "
        "in two years, as buyers battled for a limited number of homes, data from CoreLogic "
        "showed. About 700 homes went under the hammer in the city, fewer than the same weekend "
        "last year. A four-bedroom house in Marrickville drew 14 registered bidders and sold "
        'for A$2.6m, A$410,000 above the reserve. "It was carnage," said the auctioneer. "The '
        'first bid killed half the room." Economists expect the Reserve Bank of Australia to '
        "keep cutting rates this year, which would add fuel to prices already at records in "
        "most capitals. Housing groups say the market is shutting out younger buyers and "
        "renters whose wages have not kept up. The federal government's 5% deposit scheme for "
        "first-home buyers has drawn criticism for pushing prices higher."
        " In Melbourne the clearance rate was lower, at about 70%, as more investors sell to "
        "avoid the state's higher land taxes.",
        "economy",
    ),
    (
        "Blackstone wins battle for Tricon with $3.5bn takeover of rental homes landlord",
        "Blackstone has agreed to buy Tricon Residential, the Toronto-based owner of more than "
        "38,000 single-family rental homes in the US Sun Belt, in a deal valuing the company at "
        "about $3.5bn, the companies said on Tuesday. Tricon's board recommended the offer, "
        "which represents a premium of 30% to the previous close. A rival investor had been "
        "building a stake in the company, and analysts had expected a hostile bid. Blackstone "
        "is already the largest private landlord in several US cities and has faced criticism "
        "from tenant groups over rent increases. The firm said it would invest $1bn to "
        "complete Tricon's development pipeline in Canada. Shares in Tricon jumped 35% in "
        "Toronto trading. The deal still needs approval from shareholders and Canadian "
        "regulators."
        " Tenant advocates in Georgia and Arizona said they would watch closely for changes to "
        "fees and rents. Blackstone said rents at its existing single-family homes had risen "
        "in line with the market.",
        "economy",
    ),
    (
        "Hong Kong property bloodbath: home prices sink to eight-year low",
        "Hong Kong home prices fell for a fourth straight month in May, taking the city's "
        "benchmark index to its lowest level since 2016, data from the Rating and Valuation "
        "Department showed. Prices are now down about 28% from their 2021 peak. Agents describe "
        "a bloodbath in the secondary market, with sellers accepting losses of several million "
        "Hong Kong dollars on flats bought at the top. Higher interest rates, following the US "
        "Federal Reserve because of the currency peg, and an exodus of residents have weighed on "
        "demand. The government scrapped all property cooling measures in its February "
        "budget, but sales jumped only briefly. Developers are cutting launch prices of new "
        "projects in Tseung Kwan O and Kai Tak to clear inventory. Centaline's index shows "
        "negative equity cases at their highest since 2003."
        " Rents, by contrast, have risen as mainland students and professionals arrive under "
        "new talent schemes. Some investors say that could eventually put a floor under "
        "prices.",
        "economy",
    ),
    (
        "Landlords in retreat: buy-to-let sell-off accelerates as tax squeeze bites",
        "Small landlords in England are selling up at the fastest rate in a decade, according "
        "to estate agent Hamptons, as higher mortgage costs, tax changes and new tenant "
        "protections eat into returns. Landlords sold about 12% of homes listed for sale last "
        "year, up from 9% in 2019. The National Residential Landlords Association accuses the "
        "government of waging war on the private rented sector with its Renters' Rights Bill, "
        "which abolishes no-fault evictions. Tenant campaigners reply that the exodus is "
        "exaggerated and that the homes sold are usually bought by first-time buyers or other "
        "landlords. Rents rose 8% on new lets across Great Britain in the year, the Office for "
        "National Statistics said. Agents say the shortage of rental homes means more than "
        "20 applicants for some flats in London and Manchester."
        " Mortgage lenders say buy-to-let remortgaging has held up, suggesting most landlords "
        "are staying put. The Treasury said the new rules would give tenants security without "
        "driving good landlords away.",
        "economy",
    ),
    (
        "Dubai off-plan frenzy: developers battle for buyers with 1% monthly payment plans",
        "Dubai developers are offering payment plans of as little as 1% a month and free "
        "service charges to win buyers, as a record pipeline of off-plan towers competes for "
        "investors. Transactions in the emirate rose 20% in the first quarter to more than "
        "40,000 deals, according to the Dubai Land Department. Property Finder, a listings "
        "portal, said buyers from India, Britain and Russia remained the most active. Fitch "
        "Ratings warned that about 210,000 units are due for completion by 2026, which could "
        "push prices down by up to 15%. Emaar, the developer of the Burj Khalifa, reported a "
        "jump in quarterly profit and said its order book was sold out for the next three "
        "years. Brokers say the assault on the market by first-time foreign investors has "
        "brought back memories of the 2008 bubble."
        " Villa prices in areas such as Palm Jumeirah rose more than 20% last year. Some buyers"
        " flip contracts before completion, a practice regulators are watching.",
        "economy",
    ),
]
