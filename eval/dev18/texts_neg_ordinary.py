"""dev18 texts: negatives: ordinary news, batch 1; negatives: ordinary news, batch 2.

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: ordinary news, batch 1
    (
        "Fed holds rates steady, signals cuts later this year",
        "The US Federal Reserve kept its benchmark interest rate unchanged on Wednesday and said it still expected to cut rates later in the year if inflation continued to ease. The chair said the labour market remained strong. Stocks rose after the announcement.",
        "other",
    ),
    (
        "Japan's economy returns to growth in second quarter",
        "Japan's economy grew at an annualised rate of 3.1% in the April-June quarter, helped by stronger consumer spending and car exports, government data showed. Economists had expected slower growth.",
        "other",
    ),
    (
        "India's election results: ruling party loses majority",
        "India's ruling party won the most seats in the general election but lost its majority in parliament, results showed, and will need coalition partners to form a government. The opposition gained seats in Uttar Pradesh.",
        "other",
    ),
    (
        "Mexico elects first woman president",
        "Mexicans elected Claudia Sheinbaum as their first woman president, preliminary results showed, with about 59% of the vote. The former Mexico City mayor will take office in October.",
        "other",
    ),
    (
        "South Africa's ANC loses majority for first time",
        "The African National Congress lost its parliamentary majority for the first time since 1994, final results showed, winning about 40% of the vote. The party will need to form a coalition.",
        "other",
    ),
    (
        "Apple unveils AI features for iPhone",
        "Apple announced a set of artificial intelligence features for the iPhone at its annual developers' conference, including a new version of its Siri assistant. The features will be available in English first.",
        "other",
    ),
    (
        "Heatwave sends temperatures above 45C in Delhi",
        "Temperatures in Delhi rose above 45C for the fifth day in a row, and the weather office issued a red alert. Schools closed early for the summer and water shortages were reported in several areas.",
        "other",
    ),
    (
        "Kenyan runner's former refugee camp celebrates her medal",
        "Residents of the Kakuma refugee camp in Kenya gathered around a television to watch a runner who grew up in the camp win a medal at the world championships. She left South Sudan as a child.",
        "other",
    ),
    (
        "Orange-spotted frog found in Ecuador's cloud forest is new to science",
        "Scientists have discovered a new species of frog in the cloud forests of southern Ecuador, they said in a study. The frog, about 2 cm long, has bright orange spots.",
        "other",
    ),
    (
        "China's Chang'e-6 brings back samples from far side of the moon",
        "China's Chang'e-6 probe returned to Earth with the first samples from the far side of the moon, landing in Inner Mongolia, the space agency said. Scientists will study the samples for clues about the moon's history.",
        "other",
    ),
    (
        "Nigeria's naira steadies after central bank measures",
        "Nigeria's naira strengthened against the dollar after the central bank sold dollars to banks and raised interest rates, traders said. The currency has lost more than half its value in a year.",
        "other",
    ),
    (
        "Ghana's president-elect sworn in",
        "John Mahama was sworn in as Ghana's president in Accra, returning to power eight years after losing office. He promised to fix the economy and fight corruption.",
        "other",
    ),
    (
        "EU agrees new rules on artificial intelligence",
        "European Union negotiators agreed on the world's first comprehensive rules on artificial intelligence, setting limits on the use of facial recognition and requiring transparency from developers of large models. The rules still need formal approval by member states and the European Parliament. Tech companies said they were studying the details.",
        "other",
    ),
    (
        "Taylor Swift concerts boost Singapore's economy",
        "Taylor Swift's six concerts in Singapore brought in hundreds of millions of dollars in spending on hotels, flights and shopping, economists said. Fans travelled from across Southeast Asia.",
        "other",
    ),
    (
        "Australia bans social media for under-16s",
        "Australia's parliament passed a law banning children under 16 from social media platforms, one of the strictest such laws in the world. Companies face fines if they fail to keep children off their platforms.",
        "other",
    ),
    (
        "Pope Francis dies at 88",
        "Pope Francis died at the age of 88 at his residence in the Vatican, the Vatican said. The first pope from Latin America led the Roman Catholic Church for 12 years. Cardinals will gather in Rome to elect his successor.",
        "other",
    ),
    (
        "New pope elected: first American to lead Catholic Church",
        "White smoke rose from the Sistine Chapel chimney and the cardinals elected Robert Prevost, from Chicago, as the new pope. He took the name Leo XIV.",
        "other",
    ),
    (
        "Coronation of King Charles III at Westminster Abbey",
        "King Charles III was crowned at Westminster Abbey in a ceremony attended by leaders from around the world. Thousands of people lined the streets of London despite rain.",
        "other",
    ),
    (
        "Egypt opens Grand Egyptian Museum",
        "Egypt opened the Grand Egyptian Museum near the pyramids of Giza, displaying the full collection of Tutankhamun's treasures for the first time. Officials hope it will attract millions of tourists.",
        "other",
    ),
    (
        "Brazil's deforestation in Amazon falls",
        "Deforestation in the Brazilian Amazon fell by a third in the year to July, government data showed, the lowest level in nine years. The environment minister credited stronger enforcement.",
        "other",
    ),
    (
        "Indonesia moves capital to Nusantara",
        "Indonesia's president held the country's independence day ceremony in the new capital, Nusantara, in Borneo, though most government offices have not yet moved. Critics say the project is behind schedule.",
        "other",
    ),
    (
        "Chile's copper production rises",
        "Chile's copper output rose 5% in the first half of the year, the state copper commission said, as new mines came on line. Copper prices are near a record high.",
        "other",
    ),
    (
        "Sri Lanka's new president pledges debt relief",
        "Sri Lanka's new president said he would seek better terms for the country's debt restructuring agreed with the IMF. He was elected on a promise to fight corruption.",
        "other",
    ),
    (
        "UK inflation falls to 2%",
        "UK inflation fell to the Bank of England's 2% target in May for the first time in nearly three years, official figures showed. Food prices rose more slowly.",
        "other",
    ),
    (
        "Norway's wealth fund reports record profit",
        "Norway's sovereign wealth fund, the largest in the world, reported a record profit for the first half of the year, driven by technology shares. The fund owns about 1.5% of all listed shares in the world. Its chief executive warned that returns would not always be this high.",
        "other",
    ),
    (
        "World Bank approves loan for Kenya roads",
        "The World Bank approved a loan to Kenya to build rural roads in the north of the country. The government said the roads would help farmers reach markets.",
        "other",
    ),
    (
        "Microsoft outage grounds flights worldwide",
        "A faulty software update from a cybersecurity firm caused Microsoft systems to crash worldwide, grounding flights, disrupting banks and taking broadcasters off air. The firm said it had fixed the problem.",
        "other",
    ),
    (
        "Record number of tourists visit Japan",
        "Japan received a record 3.9 million foreign visitors in March, official data showed, helped by the weak yen. Cherry blossom season drew crowds to Kyoto.",
        "other",
    ),
    (
        "Former refugee elected mayor in German town",
        "A man who fled Syria in 2015 was elected mayor of a small town in the Black Forest, the first former Syrian refugee to hold such a post in Germany. He said he wanted to improve local transport.",
        "other",
    ),
    (
        "Nobel Peace Prize awarded to Japanese atomic bomb survivors' group",
        "The Nobel Peace Prize was awarded to Nihon Hidankyo, a group of survivors of the atomic bombings of Hiroshima and Nagasaki, for its efforts to achieve a world free of nuclear weapons. The committee said the group's testimonies had helped build a taboo against the use of such weapons. Members of the group said they were surprised and moved.",
        "other",
    ),
    (
        "Saudi Arabia to host 2034 World Cup",
        "FIFA confirmed that Saudi Arabia will host the 2034 men's World Cup. Rights groups criticised the decision, citing the treatment of migrant workers.",
        "other",
    ),
    (
        "Ethiopia opens Grand Renaissance Dam",
        "Ethiopia officially inaugurated the Grand Ethiopian Renaissance Dam on the Blue Nile, Africa's largest hydropower project. Egypt said it was still concerned about water supplies.",
        "other",
    ),
    (
        "Kenya's tea exports rise",
        "Kenya's tea exports rose 10% last year, the tea board said, helped by higher demand from Pakistan and Egypt. Earnings rose even faster because of a weaker shilling. Growers in Kericho said the rains had been good.",
        "other",
    ),
    (
        "Canada's wildfire smoke sends New York air quality to worst level",
        "Smoke from Canadian wildfires turned New York's sky orange and sent air quality to its worst level on record. Residents were advised to stay indoors.",
        "other",
    ),
    (
        "Solar power overtakes coal in EU",
        "Solar power generated more electricity than coal in the European Union for the first time last year, a think tank said. Coal's share fell to about a tenth of the total. Wind power also reached a record.",
        "other",
    ),
    (
        "Argentina's inflation slows",
        "Argentina's monthly inflation rate fell to its lowest level in three years, official data showed, as the government cut spending. Prices rose 2.7% in the month, down from more than 25% a year earlier. Poverty remains high, and pensioners have protested against cuts to their benefits.",
        "other",
    ),
    # ---------------------------------------------------------------- negatives: ordinary news, batch 2
    (
        "Vietnam's exports surge as factories relocate from China",
        "Vietnam's exports rose 14% in the first nine months of the year, customs data showed, as electronics makers moved production from China. Shipments to the United States grew fastest. Economists raised their growth forecasts for the year.",
        "other",
    ),
    (
        "Kenya and Ethiopia sign power trade deal",
        "Kenya and Ethiopia signed an agreement to expand electricity trade over a new transmission line linking the two countries. Kenya will import more hydropower from Ethiopia at a lower price. Officials said the deal would cut Kenya's reliance on diesel generators.",
        "other",
    ),
    (
        "Record heat in the Mediterranean sea, scientists say",
        "Sea surface temperatures in the Mediterranean reached a record 28.7C in late July, Spanish scientists said. Marine biologists warned that the heat could kill seagrass and coral. Fishermen reported fewer catches of some species.",
        "other",
    ),
    (
        "Bolivia holds presidential run-off",
        "Bolivians voted in a presidential run-off on Sunday between two centre-right candidates, after the left-wing party that had ruled for most of two decades was knocked out in the first round. Voting was calm and results are expected overnight.",
        "other",
    ),
    (
        "Chinese EV maker opens first European factory in Hungary",
        "BYD opened its first European car factory in Szeged, Hungary, which will produce up to 150,000 vehicles a year at first. The Hungarian government said the plant would create thousands of jobs. The EU has raised tariffs on Chinese-built electric cars.",
        "other",
    ),
    (
        "Rwanda's capital hosts African climate summit",
        "Leaders from across Africa gathered in Kigali for a climate summit focused on finance for adaptation. Speakers called on rich countries to meet their pledges. The summit ended with a joint declaration on carbon markets.",
        "other",
    ),
    (
        "Philippines reopens schools after summer break with new curriculum",
        "About 27 million pupils returned to school in the Philippines as the new academic year began with a revised curriculum. Teachers said many classrooms were still overcrowded. The education secretary promised to hire more staff.",
        "other",
    ),
    (
        "Colombia's coffee harvest recovers",
        "Colombia's coffee production rose 20% in the first half of the year, the growers' federation said, after favourable weather. Higher global prices have increased farmers' incomes.",
        "other",
    ),
    (
        "Peru's Machu Picchu ticket system changes after protests by guides",
        "Peru changed the ticket sales system for Machu Picchu after local guides and tour operators complained that a new private platform was leaving them out. The culture ministry said tickets would again be sold in Cusco. Visitor numbers are near their pre-pandemic level.",
        "other",
    ),
    (
        "Mongolia's herders face harsh winter",
        "Heavy snow and extreme cold have killed more than a million livestock in Mongolia this winter, the government said, and herders are running out of fodder. The Red Cross launched an appeal.",
        "disaster",
    ),
    (
        "Jordan opens new desalination project",
        "Jordan signed a contract for a large desalination plant on the Red Sea at Aqaba, which will pump drinking water to Amman. The country is one of the most water-scarce in the world. The plant is expected to start working in 2029.",
        "other",
    ),
    (
        "Moroccan high-speed rail line extended to Marrakech",
        "Morocco announced the extension of its high-speed railway from Kenitra to Marrakech, to be finished before the 2030 World Cup. The government said journey times between Tangier and Marrakech would fall to under three hours.",
        "other",
    ),
    (
        "Pakistan secures IMF bailout",
        "Pakistan reached a staff-level agreement with the International Monetary Fund for a $7 billion loan, the IMF said. The deal requires Pakistan to raise taxes and energy prices. The central bank's reserves have fallen to a few weeks of imports.",
        "other",
    ),
    (
        "Thai parliament elects new prime minister",
        "Thailand's parliament elected Paetongtarn Shinawatra as prime minister, making her the country's youngest leader and the third member of her family to hold the post. She promised to revive the economy.",
        "other",
    ),
    (
        "Iceland volcano erupts near Grindavík; town already empty",
        "A volcano erupted again on Iceland's Reykjanes peninsula, sending lava towards the town of Grindavík, which had been evacuated weeks earlier. The Blue Lagoon spa closed. Flights were not affected.",
        "disaster",
    ),
    (
        "Tunisian olive oil exports hit record",
        "Tunisia's olive oil exports reached a record value last season, the agriculture ministry said, as poor harvests in Spain pushed up prices. Most of the oil goes to Italy and Spain.",
        "other",
    ),
    (
        "Greek government approves same-sex marriage",
        "Greece's parliament passed a law allowing same-sex couples to marry and adopt children, the first Orthodox Christian country to do so. The prime minister said the law would end discrimination.",
        "other",
    ),
    (
        "Uganda's oil pipeline project gets financing",
        "The companies building an oil pipeline from Uganda to Tanzania's coast said they had secured the first part of financing from regional banks. Environmental groups have campaigned against the project.",
        "other",
    ),
    (
        "Antarctic sea ice falls to record low",
        "Sea ice around Antarctica fell to its lowest winter level on record, US scientists said. The ice covered about 2 million square km less than the average. Scientists said it was too early to say whether the decline would continue.",
        "other",
    ),
    (
        "Singapore Airlines turbulence: passenger dies",
        "A passenger died and dozens were injured when a Singapore Airlines flight from London hit severe turbulence over Myanmar and diverted to Bangkok, the airline said. The man, 73, is believed to have had a heart attack.",
        "accident",
    ),
    (
        "Ukraine's grain exports rise through Black Sea corridor",
        "Ukraine exported more grain through its own Black Sea corridor in October than in any month since the start of the full-scale war, the agriculture ministry said. Ships sail close to the coasts of Romania and Bulgaria.",
        "other",
    ),
    (
        "Syrian refugees in Turkey start returning after Assad's fall",
        "More than 30,000 Syrians have returned home from Turkey since the fall of Bashar al-Assad, Turkey's interior minister said. Border crossings have extended their opening hours. Many returnees said they wanted to see what was left of their homes first.",
        "other",
    ),
    (
        "South Korea's birth rate rises for first time in nine years",
        "South Korea's birth rate rose slightly last year, the first increase in nine years, official data showed. The government has offered cash incentives to families. The rate remains the lowest in the world.",
        "other",
    ),
    (
        "Bangladesh's garment exports slow",
        "Bangladesh's garment exports fell in the last quarter, the exporters' association said, as orders from Europe slowed. Factory owners blamed higher energy costs and a wage increase.",
        "other",
    ),
    (
        "Kenya's central bank cuts interest rates",
        "Kenya's central bank cut its main interest rate by half a percentage point, saying inflation was under control and the shilling was stable. It was the third cut this year.",
        "other",
    ),
    (
        "New Zealand's Maori king dies",
        "New Zealand's Maori king, Kiingi Tuheitia, died at 69, days after celebrating 18 years on the throne. His daughter was chosen to succeed him.",
        "other",
    ),
    (
        "Cambodia opens new Chinese-built airport",
        "Cambodia opened a new international airport near Phnom Penh, built with Chinese investment. The government hopes the airport will bring in more tourists. The old airport will close to passenger traffic.",
        "other",
    ),
    (
        "Zimbabwe launches new gold-backed currency",
        "Zimbabwe's central bank launched a new currency backed by gold and foreign reserves, the country's sixth attempt at a functioning currency in 15 years. Traders in Harare said they would continue to use US dollars.",
        "other",
    ),
    (
        "Lagos opens new rail line",
        "The Nigerian city of Lagos opened the first phase of a new light rail line connecting the mainland with the island. Officials said the line would carry 250,000 passengers a day when finished.",
        "other",
    ),
    (
        "Dutch court orders Shell to cut emissions, ruling overturned on appeal",
        "A Dutch appeals court overturned a landmark ruling that had ordered Shell to cut its carbon emissions by 45%. Environmental groups said they would take the case to the Supreme Court.",
        "other",
    ),
    (
        "Astronauts return after nine months on space station",
        "Two NASA astronauts whose eight-day mission turned into more than nine months on the International Space Station returned to Earth, splashing down off Florida. Their capsule had developed problems on the way up.",
        "other",
    ),
    (
        "Kenya's Ruto signs finance bill after revisions",
        "Kenya's president signed a revised finance bill into law, dropping several unpopular taxes. Opposition lawmakers said the bill still placed too much burden on ordinary people.",
        "other",
    ),
    (
        "Gulf states agree on single tourist visa",
        "The six countries of the Gulf Cooperation Council agreed to create a single tourist visa, allowing visitors to travel between them more easily. Officials did not say when it would be introduced.",
        "other",
    ),
    (
        "Vatican hosts climate summit for mayors",
        "Mayors and governors from around the world gathered at the Vatican for a climate summit. Pope Francis urged them to act on climate change.",
        "other",
    ),
    (
        "Georgian parliament passes 'foreign agents' law",
        "Georgia's parliament passed a law requiring organisations that receive more than a fifth of their funding from abroad to register as foreign agents. The EU said the law was incompatible with Georgia's membership bid.",
        "other",
    ),
    (
        "Mali's junta extends transition",
        "Mali's military government extended its transition period by five years, naming its leader as president without elections. Political parties had been dissolved earlier this year.",
        "other",
    ),
    (
        "Tanzania's opposition leader charged with treason",
        "Tanzania's main opposition leader was charged with treason after calling for election reforms, his party said. He was arrested after a rally in the south of the country.",
        "other",
    ),
    (
        "Guatemala's new president takes office after delay",
        "Bernardo Arévalo was sworn in as Guatemala's president after midnight, following hours of delays in Congress. He promised to fight corruption.",
        "other",
    ),
]
