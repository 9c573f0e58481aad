"""dev259 negatives, quotas and markets: quota rows and "fish wars" (politics), prices, fleets
idled by fuel costs and trade rows (economy), releases, deals and truces at sea (peace).

NEGATIVES = [(title, text, kind code), ...]; kind codes of eval/conflictset.
"""

NEGATIVES = [
    (
        "Mackerel war flares again as Norway and Faroes set own quotas",
        "The long-running mackerel war in the north-east Atlantic flared again on Thursday after Norway and the Faroe Islands announced catch limits that together exceed the scientific advice by more than 40%, prompting the European Commission to threaten trade measures. The International Council for the Exploration of the Sea had recommended a total catch of about 740,000 tonnes for the coming year, but coastal states have failed to agree how to divide it for more than a decade. Each side accuses the others of grabbing a bigger share of a stock that has moved north and west as the sea has warmed. Scottish pelagic skippers said they were furious. “We are watching the stock being fished into the ground while politicians argue,” said the chief executive of the Scottish Pelagic Fishermen's Association. The Marine Stewardship Council suspended the certification of north-east Atlantic mackerel in 2019 because of the overfishing. Norwegian officials said they had set a responsible quota and blamed the UK for refusing a fair deal.",
        "politics",
    ),
    (
        "Jersey fishing row: French boats lift blockade as patrol vessels withdraw",
        "French fishing boats ended their protest off St Helier on Thursday afternoon, hours after about 60 vessels had gathered outside the harbour in a row over post-Brexit fishing licences. The UK had sent two Royal Navy offshore patrol vessels, HMS Severn and HMS Tamar, to monitor the situation, and France sent two police boats; both governments withdrew them in the evening. There were no reports of violence, though some boats let off flares and smoke. The dispute centres on new licences issued by Jersey that French fishermen say impose conditions never agreed. Jersey's external relations minister said talks with the French fishermen had been constructive. The French maritime minister, Annick Girardin, had earlier threatened to cut electricity supplies to the island, 95% of which comes from France through undersea cables. Tabloids in London called it a new “fish war” and printed maps of the island's waters.",
        "politics",
    ),
    (
        "Brussels and London clash over sandeel ban at arbitration tribunal",
        "The European Union and the United Kingdom faced each other at an arbitration tribunal on Tuesday in the first formal dispute under their post-Brexit trade agreement, over Britain's ban on fishing for sandeels in English and Scottish waters. The EU says the ban, which the UK government introduced to protect puffins and other seabirds that feed on the small fish, discriminates against Danish vessels, which take almost all of the catch. Britain says the measure is grounded in science and allowed under the deal. Lawyers for the Commission told the three arbitrators that the UK had failed to consider less restrictive measures. Conservation groups, including the RSPB, have campaigned for years for the ban, which they say is vital for breeding colonies on the east coast. Danish fishing organisations said the industry was losing about 40% of its sandeel grounds. The ruling is expected later this year.",
        "politics",
    ),
    (
        "Minister declares 'war on illegal fishing' as Ghana unveils new law",
        "Ghana's fisheries minister declared “war on illegal fishing” on Wednesday as parliament passed a new law that raises fines for industrial trawlers caught fishing in the inshore exclusion zone and bans the practice of saiko, in which trawlers sell frozen fish to canoes at sea. The minister said the country had lost more than half of its small pelagic stocks in two decades and that canoe fishermen's catches were at their lowest since records began. The new law also creates a fisheries court and requires every trawler to carry an observer. Environmental Justice Foundation, which has documented saiko for years, welcomed the vote but said enforcement would be the real test. Several of the trawlers operating in Ghana are beneficially owned by Chinese companies through local front companies, the foundation says. Canoe fishermen's associations urged the government to act quickly, saying the closed season alone would not save the stocks.",
        "politics",
    ),
    (
        "Pacific states fight for tuna share at Manila commission meeting",
        "Pacific island nations are fighting hard to keep control of the world's largest tuna fishery as the Western and Central Pacific Fisheries Commission meets in Manila this week. The Parties to the Nauru Agreement, eight countries whose waters hold about half of the region's skipjack, want distant-water fleets from Japan, China, Taiwan and the United States to accept tighter limits on fishing days. The fleets argue that the stocks are healthy and that more restrictions would drive up costs. At stake is a catch worth about $6bn a year and the licence fees that make up most of the government revenue of countries such as Kiribati and Tuvalu. Delegates said the debate over a new harvest strategy for bigeye tuna had become a “battle of attrition” and could run into the final night. Conservation groups want the commission to require electronic monitoring on all longliners. The meeting closes on Friday.",
        "politics",
    ),
    (
        "Fukushima water: China bans Japanese seafood as release begins",
        "China announced an immediate ban on all seafood imports from Japan on Thursday as the operator of the wrecked Fukushima nuclear plant began releasing treated radioactive water into the Pacific. China's customs agency said it was acting to protect the health of consumers, and Hong Kong and Macau imposed bans on products from ten Japanese prefectures. Prime Minister Fumio Kishida called the ban scientifically unfounded and urged Beijing to lift it. The International Atomic Energy Agency has said the release, which will take decades, meets international standards. Japanese scallop exporters in Hokkaido, who sold most of their catch to China, said they had lost their biggest market overnight. Fishermen's cooperatives in Fukushima, who had opposed the release for years, said they feared another collapse in prices. Tokyo set up a fund of tens of billions of yen to help the industry find new buyers.",
        "politics",
    ),
    (
        "Ecuador's lawmakers grill officials over Chinese 'dark fleet' off Galapagos",
        "Members of Ecuador's National Assembly questioned defence and fisheries officials for five hours on Monday over the arrival of a fleet of about 300 mostly Chinese fishing vessels on the edge of the Galapagos marine reserve. Legislators said the navy was not doing enough to monitor the squid jiggers, some of which switch off their tracking transponders. The navy commander said his ships and aircraft had tracked the fleet continuously and that it had stayed in international waters. The Chinese embassy in Quito said Beijing had introduced a moratorium on squid fishing in parts of the high seas and had zero tolerance for illegal fishing. Ecuador has asked neighbouring Peru, Chile and Colombia to coordinate their surveillance. Scientists warn that the fleet's catch of Humboldt squid could affect sharks, sea lions and other species in the reserve. The government said it would seek support from the United States for more patrols.",
        "politics",
    ),
    (
        "Diesel price spike leaves half of Spain's fleet tied up in port",
        "About half of Spain's fishing fleet stayed in port on Monday because skippers said they could no longer pay for fuel, the national federation of fishing associations, Cepesca, said. The price of marine diesel has almost doubled in a few weeks, reaching about €1.20 a litre, and fuel can account for more than half of the cost of a trawl trip. In Vigo, Europe's largest fishing port, dozens of trawlers were tied up side by side and the fish market was half empty. The federation wants Madrid to extend to fishermen the fuel subsidy granted to hauliers and farmers. The agriculture and fisheries minister, Luis Planas, said aid of €50m had been approved and that Brussels had allowed member states to compensate fishermen for lost income. Fishmongers in Madrid said the price of hake had risen by a quarter in a week. French and Italian fleets have also reported tie-ups.",
        "economy",
    ),
    (
        "Bluefin tuna fetches record price at first auction of the year in Tokyo",
        "A 276-kilogram bluefin tuna sold for 207 million yen, or about $1.3m, at the first auction of the year at Tokyo's Toyosu fish market on Sunday, the second-highest price on record. The fish, caught off Oma in Aomori prefecture, was bought by a partnership of a sushi chain and a Michelin-starred restaurant operator. The first auction of the new year is a publicity event, and the winning bidders traditionally pay far above the going price. Kiyoshi Kimura, the sushi chain owner who dominated the auction for years, was outbid at the last moment, buyers said. Prices for most tuna sold on the same morning were in line with last year. Wholesalers said demand for high-quality fish had returned with the recovery in tourism. The Oma fishermen's cooperative said the catch would help the town's reputation.",
        "economy",
    ),
    (
        "Shrimp exporters brace for price war as US tariffs hit India",
        "Indian shrimp exporters warned on Tuesday of a price war in the Chinese and European markets after the United States raised tariffs on Indian goods to 50%, pricing most farmed shrimp from Andhra Pradesh out of its biggest market. The Seafood Exporters Association of India said orders worth more than $2bn were at risk and that several processing plants had already cut shifts. Competitors in Ecuador and Vietnam, which face lower tariffs, are expected to take share in the US, analysts said. Prices paid to shrimp farmers in the Godavari delta have fallen by about a fifth in a month, according to farmers' groups. The commerce ministry said it was talking to exporters about support measures, including cheaper credit. “It is a trade war, and we are in the middle of it,” said the head of a processing company in Visakhapatnam. Exporters said they would look to markets in the Middle East and Japan.",
        "economy",
    ),
    (
        "Mowi makes hostile bid for Norwegian rival Grieg Seafood",
        "Mowi, the world's largest salmon farmer, launched a hostile takeover bid for Grieg Seafood on Wednesday, offering about 10bn Norwegian crowns for the smaller rival after its board rejected a friendly approach. Mowi said a combination would cut costs and give it more licences in northern Norway, where licences are scarce and expensive. Grieg's board called the offer opportunistic and urged shareholders to reject it, saying it undervalued the company's farms in Finnmark and Canada. Shares in Grieg jumped 18% in Oslo trading. Analysts at DNB said competition regulators in Norway and the EU were likely to scrutinise the deal closely. The Norwegian salmon industry has been hit by a new resource rent tax and by high mortality from lice and disease. The offer runs until the end of next month.",
        "economy",
    ),
    (
        "Mauritania's fishmeal boom squeezes Senegalese fish traders",
        "Women who smoke and dry fish in the Senegalese town of Joal-Fadiouth say they can no longer afford the sardinella that has sustained their trade for generations, as factories along the coast buy up the catch to turn it into fishmeal. The number of fishmeal plants in Mauritania, Senegal and The Gambia has grown to more than 50 in a decade, according to a report by the Changing Markets Foundation, and they export most of their output to feed farmed salmon and shrimp in Europe and Asia. A crate of sardinella now costs three times what it did five years ago, traders said. “The factory pays cash, we cannot compete,” said Ndèye Fatou Diop, who employs six women at her smoking ovens. The Food and Agriculture Organization has warned that small pelagic stocks in the region are overexploited. Senegal's new fisheries minister said he would review the licences of the plants.",
        "economy",
    ),
    (
        "Russian ban on Norwegian fish hits Murmansk processors",
        "Fish processors in Murmansk say they are running short of raw material after Moscow extended its ban on food imports from Norway and the European Union for another year. The ban, introduced in 2014 in response to Western sanctions over Crimea, cut off Russian buyers from Norwegian salmon and herring, which were among their largest imports. Russian fishing companies have benefited from higher prices for cod and pollock at home, but processors say they cannot get enough herring for canning. Norway's seafood council said exports had found other markets, chiefly in Asia and the EU, and that the value of Norwegian seafood exports reached a record last year. Russian and Norwegian officials still meet every autumn to set quotas for the Barents Sea cod stock, which the two countries manage jointly. Economists in Moscow said consumers were paying about a third more for fish than before the ban.",
        "economy",
    ),
    (
        "Pakistan frees 200 Indian fishermen in goodwill gesture",
        "Pakistan released 200 Indian fishermen from a jail in Karachi on Thursday and sent them by train to Lahore, from where they are to cross the Wagah border into India, officials said. The fishermen had been arrested over the past few years for straying into Pakistani waters off the coast of Sindh, a frequent occurrence because the maritime boundary near Sir Creek is disputed and unmarked. The foreign ministry in Islamabad called the release a humanitarian gesture. Relatives waited at the Wagah border post in Amritsar with flowers. Rights groups say several hundred Indian and Pakistani fishermen remain in each other's jails, some long after completing their sentences, and that their boats are rarely returned. Both countries exchange lists of prisoners twice a year under an agreement signed in 2008. Fishermen's unions in Gujarat have asked New Delhi to press for the return of more than 1,000 boats held in Pakistan.",
        "peace",
    ),
    (
        "India and Sri Lanka agree to set up joint patrols to end fishing dispute",
        "India and Sri Lanka agreed on Saturday to set up a hotline between their coastguards and to hold regular meetings of fishermen's associations, in an attempt to end a decades-old dispute over fishing in the Palk Strait. The agreement came at talks in Colombo between fisheries ministers of the two countries. Tamil fishermen from northern Sri Lanka say bottom trawlers from Tamil Nadu cross the maritime boundary almost every night and destroy their nets and catch. The Sri Lankan navy arrests hundreds of Indian fishermen each year, and their boats are confiscated. India has promised to help its fishermen switch from bottom trawling to deep-sea fishing and to fund new vessels. A joint working group will meet every three months. Fishermen's leaders in Jaffna said they would wait to see whether the trawlers stopped coming before believing in the deal.",
        "peace",
    ),
    (
        "Manila and Beijing agree arrangement for fishermen at Second Thomas Shoal",
        "The Philippines and China reached a provisional arrangement on Sunday that both sides said would ease tensions around the Second Thomas Shoal in the South China Sea, where Filipino fishermen have long complained of being chased away. The Philippine foreign ministry said the deal covered resupply missions to the grounded warship BRP Sierra Madre and would not affect the country's claims. Beijing's foreign ministry said it would manage the situation in accordance with the arrangement. Fishermen's groups in Palawan said they hoped the agreement would let them return to fishing grounds they had avoided for months. The shoal lies within the Philippines' exclusive economic zone, as recognised by an international tribunal ruling in 2016 that Beijing rejects. Analysts said the deal was fragile but a step back from confrontation. Neither government released the text.",
        "peace",
    ),
    (
        "Former guerrillas turn to trout farming under Colombia peace accord",
        "A cooperative of former FARC fighters in the department of Huila sold its first harvest of farmed trout this week, seven years after its members laid down their weapons under the 2016 peace agreement. The 43 members built ponds on land bought with state support for productive projects and learned aquaculture from technicians of the national training service. They now supply restaurants in Neiva and plan to open a processing unit. “We spent twenty years in the mountains with rifles. Now we count fish,” said the cooperative's president, a former commander. The UN verification mission in Colombia said around 60% of former combatants were involved in such collective or individual projects. Many cooperatives struggle with access to markets and with land titles, the mission's latest report says. The government said it would buy part of the production for school meals.",
        "peace",
    ),
    (
        "Scallop truce holds as French and British boats share Baie de Seine",
        "French and British scallop dredgers worked side by side in the Baie de Seine on Monday as the scallop season opened under an agreement that ended years of friction over the rich grounds off Normandy. Under the deal, brokered by the two governments and fishing industry bodies, larger British boats stay out of the bay until French fishermen, who are bound by a shorter season, have started. In past years French fishermen had accused British vessels of pillaging the stocks before the French season began, and tensions ran high. A spokesman for the Normandy regional fisheries committee said the season had started calmly and the arrangement was working. British producers' organisations said they would keep to the agreement as long as their fishermen were compensated. Prices for Normandy scallops at the auction in Port-en-Bessin were stable on the first morning.",
        "peace",
    ),
]
