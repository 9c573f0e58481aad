"""dev223 negatives, part one: the markets and policy side of the industry desk (price wars,
trade wars, takeover battles, plant closures, tariffs, sanctions, export controls), with its war
words used loosely. None reports a current violent event."""

NEGATIVES = [
    (
        "BYD slashes prices again as China's EV price war claims more casualties",
        "SHANGHAI, May 26 (Reuters) - BYD cut prices on 22 electric and hybrid models by as much "
        "as 34% on Friday, escalating a price war in the world's biggest car market that "
        "analysts say will push more smaller manufacturers out of business. Shares in the "
        "company fell 8% in Hong Kong, dragging down rivals Geely, Leapmotor and Xpeng, as "
        'investors braced for another round of margin cuts. "This is a war of attrition and '
        'only the ones with the deepest pockets will survive," said an analyst at a Shanghai '
        "brokerage. More than 20 Chinese EV brands have collapsed or stopped production since "
        "2023, and dealers complain of being forced to take cars they cannot sell. The China "
        'Association of Automobile Manufacturers warned that "disorderly competition" was '
        "hurting the whole industry and called on carmakers to stop selling below cost. Great "
        'Wall Motor\'s chairman said the sector had an "Evergrande" lurking within it. BYD said '
        "the discounts were a limited-time promotion and that its costs were the lowest in the "
        "sector. The company sold more than 380,000 vehicles last month.",
        "economy",
    ),
    (
        "Chinese steel flood triggers price war across Southeast Asia",
        "Chinese mills are shipping steel to Southeast Asia at prices below the cost of "
        "production for many local producers, setting off a price war that has forced plants in "
        "Vietnam, Thailand and Indonesia to cut output and lay off workers. China's steel exports "
        "reached 118 million tonnes last year, the highest since 2015, as a property slump at "
        "home left its mills with nowhere else to send their product. Hot-rolled coil from China "
        "was offered in Ho Chi Minh City this month at about $470 a tonne, traders said, "
        "undercutting Hoa Phat, Vietnam's largest steelmaker. Thailand's Iron and Steel "
        'Institute said capacity use among its members had fallen below 30%. "We are fighting '
        'for our lives against a tide we cannot stop," the head of a Thai rebar maker said. '
        "Vietnam has opened an anti-dumping investigation into Chinese coil and Indonesia is "
        "weighing safeguard duties. Beijing says its exports reflect market demand and has "
        "warned against protectionism.",
        "economy",
    ),
    (
        "US Steel rejects Cleveland-Cliffs bid, putting iconic company in play",
        "United States Steel said on Sunday it had rejected an unsolicited cash-and-stock offer "
        "from Cleveland-Cliffs worth about $7.3 billion and was launching a formal review of "
        "strategic alternatives, opening the way for a battle over the 122-year-old Pittsburgh "
        "steelmaker. Cleveland-Cliffs chief executive Lourenco Goncalves went public with the "
        "offer after what he described as months of fruitless private approaches, and said he "
        'had the backing of the United Steelworkers union. "We are not going away," he told '
        "analysts. US Steel said the proposal was unreasonable and that it had received other "
        "approaches from several parties, which people familiar with the matter said included "
        "foreign steelmakers. The union said it would fight any sale to a buyer that did not "
        "honour its labour agreements. Shares of US Steel jumped more than 30% in early trading. "
        "Analysts said a combination with Cliffs would create a near-monopoly in flat-rolled "
        "steel for American carmakers and would draw close antitrust scrutiny.",
        "economy",
    ),
    (
        "SK Hynix widens lead over Samsung in battle for AI memory",
        "SEOUL, Jan 23 - SK Hynix reported record quarterly profit on Thursday on booming demand "
        "for the high-bandwidth memory chips used in Nvidia's AI processors, widening its lead "
        "over Samsung Electronics in what has become the fiercest battle for market share in "
        "the memory industry in a decade. Operating profit rose to 8.1 trillion won in the "
        "October-December quarter, and the company said HBM now accounted for more than 40% of "
        "its DRAM revenue. Samsung, long the world's biggest memory maker, has struggled to get "
        "its latest HBM chips certified by Nvidia and has lost ground to its smaller rival. "
        '"Samsung is fighting back, but it is fighting on ground that Hynix has already '
        'taken," said an analyst at a Seoul brokerage. Micron is also ramping up production '
        "and expects its share of the HBM market to match its roughly 20% share of DRAM. SK "
        "Hynix said it would raise capital spending this year and start building a new fab in "
        "Yongin. Its shares rose 3.4%.",
        "economy",
    ),
    (
        "Pakistan's textile mills shut in droves as energy costs bite",
        "KARACHI - More than a hundred textile mills in Pakistan have closed over the past year, "
        "throwing hundreds of thousands of people out of work, as the industry struggles with "
        "some of the highest electricity and gas prices in the region, the All Pakistan Textile "
        "Mills Association said on Monday. The group said the mills that are still open are "
        "running at around 60% of capacity and losing orders to rivals in Bangladesh, Vietnam "
        "and India. Under a loan programme with the International Monetary Fund, the government "
        "has ended subsidised energy tariffs for exporters and raised gas prices for the "
        "factories' captive power plants. \"We are not competing with Bangladesh any more, we "
        'are surviving," said a spinning mill owner in Faisalabad who has laid off two-thirds '
        "of his 900 workers. Textiles make up about 60% of Pakistan's exports. The finance "
        "ministry said it was working on a package for export industries but had limited room "
        "under the IMF deal.",
        "economy",
    ),
    (
        "Volkswagen prepares to close German plants for the first time in its history",
        "WOLFSBURG, Germany - Volkswagen said on Monday it could no longer rule out closing car "
        "and component factories in Germany and would end a job-security agreement that has "
        "protected its workers from compulsory layoffs since 1994. Chief executive Oliver Blume "
        'said the European car industry was in a "very demanding and serious situation" as '
        "demand stalled and Chinese competitors entered the market. The announcement caused "
        "uproar among the company's 120,000 German employees. \"We will fight this with "
        'everything we have," said works council chief Daniela Cavallo, who accused management '
        "of failing to deliver affordable electric cars. The IG Metall union said the plans "
        "were an attack on jobs and on the industrial heart of the country. Analysts said "
        "plants in Osnabruck and Dresden, which make few cars, were most at risk. The "
        "government, which owns no stake but has long protected the group, said it expected "
        "Volkswagen to keep its sites open. Shares in the carmaker rose 1.5%.",
        "economy",
    ),
    (
        "Carmakers set up war rooms as chip shortage idles plants",
        "DETROIT - General Motors will halt production at three North American assembly plants "
        "next week, and Ford is cutting shifts at its Louisville plant, as a global shortage of "
        "semiconductors worsens, the companies said on Wednesday. Automakers cut chip orders "
        "when the pandemic shut their factories last year and now find themselves behind "
        "smartphone and laptop makers in the queue for supply. Ford said it had set up a "
        '"war room" of engineers and buyers who were working around the clock with suppliers '
        "to find parts. Consultancy AlixPartners estimated the shortage would cost the industry "
        "about $61 billion in lost revenue this year. A fire at a Renesas Electronics plant in "
        "Japan last weekend has made the situation worse, cutting supplies of microcontrollers "
        'used in braking and steering systems. "Every chip is a battle," a purchasing manager '
        "at a European parts maker said. GM said it would prioritise production of its most "
        "profitable pickup trucks and sport utility vehicles.",
        "economy",
    ),
    (
        "Melrose wins hostile battle for GKN after bitter four-month fight",
        "LONDON - Melrose Industries has won its hostile takeover of engineering group GKN after "
        "securing the support of just over half of GKN's shareholders, ending one of the most "
        "bitterly fought bids in British corporate history. Melrose, a turnaround specialist "
        'whose motto is "buy, improve, sell", said on Thursday it had acceptances for 52.4% of '
        "GKN's shares, valuing the company at about 8.1 billion pounds. GKN, which makes car "
        "driveshafts and parts for Airbus and Lockheed Martin fighter jets, had mounted a fierce "
        "defence, including a plan to merge its automotive arm with Dana of the United States. "
        "Unions and some lawmakers had opposed the deal, saying a short-term owner should not "
        "control a company with defence contracts. The government said it had obtained "
        "legally binding commitments from Melrose on GKN's aerospace business and its "
        "headquarters. GKN chairman Mike Turner said he was disappointed but wished the new "
        "owners well. Melrose shares rose 2%.",
        "economy",
    ),
    (
        "China's solar makers bleed cash as 'involution' price war deepens",
        "Shares in China's biggest solar manufacturers fell on Wednesday after Longi Green Energy, "
        "JinkoSolar, Trina Solar and JA Solar reported combined losses of more than 20 billion "
        "yuan for the first nine months of the year, as a brutal price war in the industry shows "
        "no sign of ending. Module prices have fallen by more than half since 2023 to about 0.7 "
        "yuan per watt, below what analysts estimate is the cost of production for most "
        'companies. Chinese leaders have criticised what they call "involution", the cutthroat '
        "competition that drives prices down without improving products, and officials have met "
        'industry executives to discuss cuts in capacity. "Everyone is waiting for someone '
        'else to die first," said a consultant who works with polysilicon makers. The China '
        "Photovoltaic Industry Association said tens of thousands of jobs had been cut in the "
        "sector. Exports continue to rise, fuelling trade tensions with India, Europe and the "
        "United States.",
        "economy",
    ),
    (
        "EU bans imports of Russian steel slabs in new sanctions package",
        "BRUSSELS - European Union governments on Friday approved a ban on imports of "
        "semi-finished steel slabs from Russia as part of a new package of sanctions over the "
        "war in Ukraine, ending an exemption that had allowed steelmakers in Belgium, Italy and "
        "the Czech Republic to keep buying Russian feedstock. The ban will be phased in over "
        "four years to give companies time to find other suppliers, diplomats said. The package "
        "also adds dozens of companies in China, Turkey and the United Arab Emirates that the "
        "EU says help Russia obtain machine tools and electronic components for its arms "
        "industry. NLMK's Belgian subsidiary, which rolls slabs shipped from Russia, said it "
        "was studying the decision. Ukraine's foreign minister welcomed the measures but urged "
        "the bloc to go further and target Russian aluminium. The Kremlin said the sanctions "
        "were illegal and would hurt European industry more than Russia.",
        "politics",
    ),
    (
        "Washington blacklists Chinese and Indian firms over drone parts for Russia",
        "WASHINGTON - The United States on Wednesday imposed sanctions on more than 30 companies "
        "in China, India, Turkey and the United Arab Emirates that it said had supplied engines, "
        "microelectronics and machine tools used in Russian military drones and missiles. The "
        "Treasury Department said the firms had shipped millions of dollars' worth of "
        "components to Russian defence manufacturers, including the makers of Geran attack "
        'drones. "We will continue to target every link in the supply chain that feeds '
        "Russia's war machine,\" Deputy Treasury Secretary Wally Adeyemo said. The Commerce "
        "Department added several of the companies to its entity list, barring them from buying "
        "American technology without a licence. China's foreign ministry said it firmly opposed "
        "what it called illegal unilateral sanctions and would protect the rights of Chinese "
        "firms. An Indian company named in the action said it had sold only civilian products "
        "to a distributor and had not known they would reach Russia.",
        "politics",
    ),
    (
        "Canada vows to fight back as Trump's auto tariffs hit Ontario plants",
        "OTTAWA - Canada will impose 25% counter-tariffs on US-made vehicles that do not comply "
        "with the North American trade agreement, Prime Minister Mark Carney said on Thursday, "
        "in response to President Donald Trump's tariffs on imported cars and parts. \"We will "
        'fight these tariffs with purpose and with force," Carney told reporters, calling the '
        "US measures a direct attack on Canadian workers. Stellantis said it would pause "
        "production at its Windsor assembly plant for two weeks, and Ontario's premier Doug Ford "
        "warned that tens of thousands of jobs in the province's auto sector were at risk. "
        "The White House said the tariffs would bring factories back to the United States. "
        "Economists said the trade war would raise car prices on both sides of the border, "
        "where parts can cross several times before a vehicle is finished. Carney said money "
        "raised by the counter-tariffs would go to support affected workers.",
        "politics",
    ),
    (
        "EU slaps duties of up to 35% on Chinese electric cars, Beijing retaliates",
        "The European Commission will impose tariffs of up to 35.3% on electric vehicles made in "
        "China for five years after member states failed to block the measure in a vote on "
        "Friday, escalating a trade dispute with Beijing. Ten countries, including France and "
        "Italy, voted in favour, while Germany, whose carmakers depend heavily on the Chinese "
        "market, was among five that voted against. The commission says Chinese EV makers "
        "benefit from unfair subsidies that allow them to undercut European rivals. China's "
        'commerce ministry said it would take "all necessary measures" to defend its companies '
        "and announced provisional anti-dumping deposits on European brandy. BYD faces the "
        "lowest rate, 17%, while SAIC, which owns the MG brand, faces the highest. Talks on a "
        "possible deal to replace the duties with minimum import prices would continue, both "
        "sides said. German carmakers called the vote a step backwards for free trade.",
        "politics",
    ),
    (
        "Netherlands tightens chip equipment export rules in tech war with China",
        "THE HAGUE - The Dutch government on Friday widened its export controls on "
        "semiconductor equipment, requiring ASML to seek licences for shipments of some older "
        "deep ultraviolet lithography machines to China, in a move that aligns it more closely "
        "with Washington's campaign to slow Beijing's advances in chipmaking. Trade minister "
        "Reinette Klever said the measures were taken for national security reasons and were "
        '"country-neutral". ASML said it did not expect a material effect on its financial '
        "outlook this year. China accounted for almost half of the company's sales in the "
        "second quarter as Chinese chipmakers stockpiled tools ahead of the restrictions. "
        "Beijing's commerce ministry accused the Netherlands of abusing export controls and "
        "said it would defend the interests of Chinese companies. Analysts said the rules were "
        "the latest front in a tech war that has already cut off China's access to the most "
        "advanced extreme ultraviolet machines.",
        "politics",
    ),
]
