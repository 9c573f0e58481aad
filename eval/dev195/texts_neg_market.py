"""dev195 negatives (1 of 3): house prices, rents, mortgages, developers, housing politics and
peaceful tenants' protests, war words used loosely and wars in the background."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Bidding wars return to Toronto's suburbs as rate cuts lure buyers back",
        "Bidding wars are back in parts of the Greater Toronto Area, with detached "
        "homes in Mississauga and Markham drawing a dozen or more offers and selling "
        "well above asking, agents say. The Toronto Regional Real Estate Board said "
        "sales rose 18% in April from a year earlier, the third consecutive monthly "
        "increase. The average selling price of a detached house in the 905 region "
        "climbed to about C$1.4 million. Economists attribute the rebound to the Bank"
        " of Canada's rate cuts, which have brought five-year fixed mortgage rates "
        "below 5% for the first time in two years. The condo market tells a different"
        " story: investors are struggling to close on units bought before "
        "construction began, and resale listings are at a record. \"It's a battle for "
        'the family home and a fire sale for the shoebox," one broker said. '
        "First-time buyers say they are again being outbid by people with equity from"
        " previous sales.",
        "economy",
    ),
    (
        "Chinese developers slash prices in a price war for shrinking pool of buyers",
        "Chinese property developers are cutting prices on new flats by as much as "
        "30% in cities such as Kunming, Tianjin and Wuhan, as they compete for a "
        "shrinking pool of buyers in a price war that local governments have tried, "
        "and failed, to stop. Sales by the 100 largest developers fell 29% in the "
        "first half of the year, according to the China Real Estate Information "
        "Corporation. Some cities had told developers not to sell below a floor "
        "price, but agents say discounts are now offered through free parking spaces,"
        " furniture packages and cash rebates. Beijing has eased mortgage rules and "
        "allowed state-owned companies to buy unsold homes to turn them into "
        "affordable rentals. Analysts at Nomura said the measures were too small to "
        "absorb an inventory that would take almost two years to sell. Households, "
        "which hold much of their wealth in property, have become more cautious about"
        " spending.",
        "economy",
    ),
    (
        "Developers under siege: Evergrande liquidation leaves buyers waiting for keys",
        "A Hong Kong court's order to wind up China Evergrande has left more than a "
        "million buyers wondering whether they will ever get the flats they paid for."
        " The company, once China's top-selling developer, had liabilities of more "
        "than $300 billion when it defaulted in 2021. Liquidators appointed by the "
        "court said they would seek to seize offshore assets, but most of the group's"
        " projects are on the mainland, where local authorities have taken charge of "
        'completing them. Under a campaign to "guarantee the delivery of homes", '
        "state banks have lent to half-finished projects so that work can resume. In "
        "Zhengzhou, buyers who staged a mortgage boycott in 2022 said they had "
        "finally received keys, but with faulty plumbing and unfinished lifts. Other "
        "developers under siege, including Country Garden, are negotiating with "
        "creditors. Investors say the sector has become uninvestable for foreign "
        "funds.",
        "economy",
    ),
    (
        "Kyiv's new-build market revives as developers bet on the long haul",
        "Kyiv's developers are selling flats again, despite air-raid sirens and power"
        " cuts, as Ukrainians who had put off buying since the full-scale invasion "
        "decide they cannot wait any longer. The number of new residential projects "
        "launched in the capital rose by about a quarter last year, according to the "
        "analytics firm LUN. Most buyers pay in instalments directly to developers, "
        "because bank mortgages are expensive except under the state's subsidised "
        "eOselia programme, which lends at 3% to soldiers, teachers and doctors. "
        "Developers now advertise generators, bomb shelters in the basement and solar"
        " panels on the roof as standard. Prices for new flats in the city have risen"
        " by about 10% in hryvnia terms, partly because of the rising cost of labour,"
        ' since many builders have been mobilised. "People have understood that the '
        'war may last a long time and that they still need somewhere to live," said a'
        " sales director at a developer building in Obolon. Western Ukraine's cities,"
        " which received many displaced people, have seen the biggest price rises.",
        "economy",
    ),
    (
        "Tel Aviv house prices defy the war as mortgage-taking hits record",
        "Israeli home prices rose 6.3% in the 12 months to August, the Central Bureau"
        " of Statistics said on Tuesday, with Tel Aviv flats leading the increase "
        "despite the war and a slowdown in construction. Mortgage-taking reached a "
        "record of 10 billion shekels in a single month, the Bank of Israel said, as "
        "buyers took advantage of developer promotions that defer most payments until"
        ' the keys are handed over. The central bank has warned that these "80/20" '
        "deals shift risk to developers and to banks. Construction has been held back"
        " by a shortage of Palestinian workers, who have been barred from entering "
        "Israel since October 2023, and foreign labourers from India and Sri Lanka "
        "have only partly filled the gap. A three-room flat in central Tel Aviv now "
        "costs about 4 million shekels. Economists at Bank Hapoalim said the housing "
        "market was pricing in an end to the fighting that had not yet come.",
        "economy",
    ),
    (
        "Erbil's towers keep rising as Gulf and diaspora money pours in",
        "Cranes crowd the skyline of Erbil, capital of Iraq's Kurdistan Region, where"
        " developers are putting up dozens of residential towers and gated villa "
        "compounds on the road to the airport. Sales agents say buyers are mainly "
        "Iraqis from Baghdad, Mosul and the south who want a second home in what they"
        " see as a safer, cleaner city. Prices at one compound have doubled since "
        "2019, to about $1,500 per square metre. The region's economy has been hurt "
        "by the halt to oil exports through Turkey and by delays in public salaries, "
        "but property has remained a favoured store of value in a country with a weak"
        " banking system. Critics say the boom has left many local families priced "
        "out and has pushed construction onto farmland. The regional government has "
        "promised to build 20,000 low-cost homes for civil servants. A developer said"
        " he hoped to break ground on a 40-storey tower before the end of the year.",
        "economy",
    ),
    (
        "UK mortgage rates fall below 4% as lenders fight for borrowers",
        "Several major British lenders cut their fixed-rate mortgage deals below 4% "
        "this week, the first time in more than two years that such rates have been "
        "widely available, according to the data provider Moneyfacts. Barclays, HSBC "
        "and Nationwide all trimmed rates on two- and five-year fixes after swap "
        "rates fell on expectations that the Bank of England would lower borrowing "
        'costs. Brokers described a "mini rate war" among lenders trying to meet '
        "lending targets for the year. The average two-year fixed rate is now 4.6%, "
        "down from a peak of 6.9% in the summer of 2023. First-time buyers remain "
        "constrained by deposits, with the average buyer in London needing more than "
        "£100,000. House prices rose 3.2% in the year to October, the Halifax said. "
        "Estate agents said the rate cuts were bringing buyers back to the market "
        "ahead of changes to stamp duty in April.",
        "economy",
    ),
    (
        "Manila condo glut deepens as offshore gaming exodus empties towers",
        "Unsold condominium units in Metro Manila have reached a record, with one "
        "property consultancy estimating that it would take more than six years to "
        "clear the inventory at the current pace of sales. The glut has worsened "
        "since the government banned offshore gaming operators, whose mainly Chinese "
        "staff had filled thousands of rented units in Pasay, Makati and the Bay "
        "Area. Landlords who bought units as investments are cutting rents by a "
        "quarter to attract tenants, Rappler found in a survey of listings. "
        "Developers have shifted to the provinces, building horizontal subdivisions "
        "in Cavite, Laguna and Pampanga for overseas workers and their families. "
        "Banks have tightened lending for pre-sold units after a rise in buyers "
        'walking away from contracts. "We overbuilt for a market that disappeared '
        'almost overnight," said a broker in Bonifacio Global City. The central '
        "bank's property price index fell for the second quarter in a row.",
        "economy",
    ),
    (
        "São Paulo launches hit record as small flats flood the market",
        "Developers launched a record number of new homes in São Paulo last year, "
        "most of them studios of less than 30 square metres near metro stations, "
        "Folha reported, citing data from the city's housing industry association. "
        "The boom has been driven by a zoning plan that lets developers build taller "
        "near public transport and by the federal Minha Casa, Minha Vida programme, "
        "which subsidises homes for low-income families. Critics say many of the tiny"
        " units are bought by investors to let on short-term rental platforms rather "
        "than by families. Rents in central districts have risen faster than "
        "inflation for three straight years. The city council is debating limits on "
        "short lets in new buildings, an idea resisted by the industry. An urbanist "
        'at the University of São Paulo said the city was "building a lot of housing,'
        ' but not the housing it needs". Developers argue that every new unit eases '
        "pressure on prices.",
        "economy",
    ),
    (
        "Berlin's battle for affordable housing moves from the ballot box to the courts",
        "Three years after Berliners voted to expropriate large corporate landlords, "
        "the battle over affordable housing in the German capital has moved into the "
        "courts and the Senate's committee rooms. The referendum, backed by 59% of "
        "voters in 2021, was not binding, and the city government has since drafted a"
        " framework law that critics say is designed never to be used. Campaigners "
        "from the Deutsche Wohnen & Co. Enteignen initiative said they would launch a"
        " second vote on a binding law. Vonovia, the country's largest landlord, said"
        " expropriation would cost the city tens of billions of euros and scare off "
        "investors. Average asking rents for new contracts in Berlin have risen by "
        "more than 40% since 2019, according to listing data. The rent brake, which "
        "caps increases on new contracts, was extended by the federal government "
        "until 2029. A housing senator said the city would build 20,000 homes a year,"
        " a target it has not met since 2016.",
        "politics",
    ),
    (
        "New York's mayor-elect vows rent freeze; landlords call it a war on small owners",
        "New York City's mayor-elect has promised to freeze rents on the roughly one "
        "million rent-stabilised apartments in the city, a pledge that landlords' "
        "groups describe as a war on small property owners. The Rent Guidelines "
        "Board, whose members are appointed by the mayor, sets annual increases for "
        "stabilised units and approved rises of 2.75% and 3.25% for one- and two-year"
        " leases last year. Owners of older buildings say that rising insurance, "
        "taxes and repair costs mean a freeze would push many into default. Tenant "
        "groups argue that rents have outpaced wages for a decade. The mayor-elect "
        "also wants the city to build 200,000 subsidised homes over ten years on "
        'public land. Real estate executives met his transition team on Tuesday. "We '
        'are not going to war with anyone," a spokesman said, "but we will fight for '
        'tenants."',
        "politics",
    ),
    (
        "Spain declares war on tourist flats as Barcelona prepares to cancel licences",
        "Spain's housing minister said the government would \"fight speculation on "
        'every front" after Barcelona confirmed it would not renew the licences of '
        "its roughly 10,000 tourist apartments when they expire in 2028. The plan has"
        " been welcomed by tenant unions and condemned by owners' associations, who "
        "say it will cost thousands of jobs and push visitors to illegal lets. The "
        "central government has also ordered Airbnb to remove more than 65,000 "
        "listings that it says breach regional rules. Rents in Barcelona have risen "
        "by almost 70% in a decade, according to the city council. Economists warn "
        "that the effect on rents could be limited, because tourist flats make up a "
        "small share of the city's housing stock. The Catalan government has capped "
        "rents in more than 140 municipalities designated as stressed markets. The "
        "minister said new rules would also tax homes bought by non-EU buyers.",
        "politics",
    ),
    (
        'Occupation authorities in Mariupol list flats of displaced residents as "ownerless"',
        "Russian-installed authorities in occupied Mariupol have published lists of "
        'hundreds of flats they describe as "ownerless", giving owners 30 days to '
        "appear in person with Russian documents or lose their property, Ukrainian "
        "officials and rights groups said. Most of the owners fled the city in 2022 "
        "and now live in Ukrainian-controlled territory or abroad. Ukraine's "
        'ombudsman called the process a "legalised theft" and said it violated '
        "international law. The occupation administration says the flats will be "
        "given to people on waiting lists, including families of Russian soldiers and"
        " builders from other regions working on new housing estates. Several new "
        "blocks have been built by the Russian defence ministry's construction "
        "company and are advertised with subsidised mortgages at 2%. Former residents"
        " said they had watched online as strangers moved into their apartments. "
        "Lawyers in Kyiv are gathering documents for future claims.",
        "politics",
    ),
    (
        'Canada\'s housing minister calls shortage a "national emergency" as builders stall',
        "Canada's housing minister described the country's housing shortage as a "
        "national emergency on Monday and promised to double the pace of homebuilding"
        " through a new federal agency that will build on public land. The government"
        " wants 500,000 homes a year to be built over the next decade, against "
        "roughly 245,000 last year. Builders say high development charges, slow "
        "permitting and a shortage of trades make the target unrealistic. Housing "
        "starts in Toronto fell to their lowest level in more than a decade in the "
        "first half, as condo pre-sales dried up. The opposition accused the "
        'government of "waging war on the middle class" with taxes on new homes. '
        "Economists at the Canada Mortgage and Housing Corporation said prices would "
        "have to fall by about a fifth for average families to afford a home in "
        "Ontario and British Columbia. The new agency will also finance factory-built"
        " homes.",
        "politics",
    ),
    (
        "Tens of thousands march in Lisbon and Barcelona over rents and tourist flats",
        "Tens of thousands of people marched through the centres of Lisbon, Barcelona"
        " and several other Spanish and Portuguese cities on Saturday to protest "
        "against soaring rents and the spread of short-term tourist lets. In "
        'Barcelona, marchers carried keys and banners reading "Tourists go home" and '
        '"Housing is a right, not a business", and some sprayed water pistols at '
        "visitors on terraces. Organisers put the turnout at 150,000, the city police"
        " at 22,000. In Lisbon, tenants' groups called for a cap on rents and an end "
        "to the golden visa programme. The marches ended peacefully, police said. "
        "Average rents in Lisbon have more than doubled since 2015, while wages have "
        "barely moved. A rent strike organised by a tenants' union in Barcelona now "
        "covers several buildings owned by an investment fund.",
        "protest",
    ),
    (
        "Students pitch tents outside Milan university in protest over rents",
        "Students have been sleeping in tents outside the Politecnico di Milano for "
        "more than a week to protest against rents that they say swallow most of what"
        " their families can afford. The protest, begun by a 23-year-old engineering "
        "student, has spread to Rome, Bologna, Florence and Padua. Rooms in shared "
        "flats in Milan now cost an average of €620 a month, up by more than a third "
        "since 2019, according to the listing site Immobiliare. The government has "
        "promised €660 million for student housing, most of it through deals with "
        "private operators. The students say they want public halls of residence, not"
        " luxury campuses charging €900 a month for a studio. University rectors have"
        ' expressed support for the tents, and the city has allowed them to stay. "We'
        ' are not camping, we are protesting," one student said.',
        "protest",
    ),
    (
        "Seoul jeonse fraud victims stage sit-in outside National Assembly",
        "Hundreds of tenants who lost their deposits in South Korea's jeonse rental "
        "scams held a sit-in outside the National Assembly on Thursday, demanding "
        "that the state buy back their homes and repay them. Under the jeonse system,"
        " tenants pay a lump-sum deposit of up to 80% of a property's value instead "
        "of monthly rent, and are repaid at the end of the lease. Thousands of "
        "tenants in Seoul's Gangseo district and in Incheon lost their savings when "
        "landlords who owned hundreds of villas went bankrupt or disappeared. At "
        "least eight victims have taken their own lives since 2023, campaigners said."
        " The protesters carried photographs of them and laid white chrysanthemums on"
        " the steps. A special act passed last year offers low-interest loans and "
        "priority for public housing, but victims say it does not return their money."
        " The ruling party promised to amend the law before the end of the session.",
        "protest",
    ),
    (
        "Amsterdam housing activists set up tent camp on Museumplein",
        "Several hundred people set up tents on Amsterdam's Museumplein on Sunday in "
        "a protest against the Dutch housing shortage, which the government estimates"
        " at about 400,000 homes. The protest, organised by tenant groups and student"
        " unions, is the largest since 2021, when thousands marched through "
        "Rotterdam. Speakers called for a freeze on rents in the private sector and "
        "for housing corporations to build more social rentals. City officials said "
        "the protesters could stay until Monday evening. Police reported no "
        "incidents. Young people in the Netherlands are staying with their parents "
        "longer than in most of Western Europe, and waiting lists for social housing "
        "in Amsterdam run to more than ten years. The housing minister said the "
        "government was on track to build 100,000 homes a year, a claim the "
        "protesters disputed.",
        "protest",
    ),
    (
        "Raise the Roof marchers fill O'Connell Street demanding public homes",
        "Thousands of people marched through Dublin on Saturday to demand a state-led"
        " public housing programme and an extension of the ban on no-fault evictions."
        " The march, organised by the Raise the Roof coalition of trade unions, "
        "student groups and housing charities, moved from the Garden of Remembrance "
        "to Leinster House. The number of people in emergency accommodation in "
        "Ireland has passed 15,000, including more than 4,500 children, government "
        "figures show. Speakers accused the coalition of relying on private "
        "developers and investment funds to solve the crisis. A government spokesman "
        "said record numbers of social homes had been delivered last year. Gardaí "
        "said the march passed off without incident. Organisers said they would hold "
        "further protests ahead of the budget.",
        "protest",
    ),
    (
        "Nairobi's affordable housing estates fill slowly as buyers weigh the mortgage",
        "The first of Kenya's affordable housing blocks at Mukuru and Pangani in "
        "Nairobi are slowly filling, but many eligible buyers say the tenant-purchase"
        " scheme is out of their reach. Under the programme, buyers pay a 10% deposit"
        " and monthly instalments over 25 years, with one-bedroom units priced at "
        "about 1.5 million shillings. The state housing agency says more than 100,000"
        " units are under construction across the country. Critics point to the "
        "housing levy on salaries, which pays for the scheme and which has been "
        "challenged in court. Some residents of the Mukuru informal settlement, where"
        " many of the new blocks stand, say they were moved to make way for the "
        "project and cannot afford the homes built on their land. Contractors "
        "complain of late payments. The East African found that fewer than half the "
        "units completed so far have been handed over to buyers.",
        "other",
    ),
    (
        "Dubai's off-plan frenzy draws comparisons with 2008 as supply surges",
        "Dubai recorded more than 180,000 property transactions last year, a record, "
        "with off-plan sales making up about two-thirds of the total, according to "
        "the Dubai Land Department. Developers have launched towers and villa "
        "communities at a pace not seen since before the 2009 crash, when prices fell"
        " by half. Fitch Ratings has warned that a surge in completions over the next"
        " two years could lead to a correction of up to 15%. Buyers from Russia, "
        "India, Britain and, more recently, Israel and Lebanon have helped to fuel "
        "demand. Many are attracted by the absence of income tax and by ten-year "
        "golden visas for property investors. The National reported that some villa "
        "communities in Dubai Hills have seen prices rise by more than 60% in three "
        "years. Regulators say escrow accounts and stricter licensing make a repeat "
        "of 2008 less likely.",
        "economy",
    ),
]
