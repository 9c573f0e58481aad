"""eval/dev90 plain negatives (negative_other): digests and roundups with no conflict word at all.
NEGATIVES = [(title, text, "other"), ...].
"""

NEGATIVES = [
    (
        (
            "Wednesday morning briefing: the Fed's decision, a heatwave in Paris, and a new James "
            "Webb image"
        ),
        (
            "Good morning. The Federal Reserve announces its rate decision at 2pm Washington "
            "time, and futures markets put the odds of a quarter-point cut at about 90%. The "
            "chair's press conference half an hour later will be watched for hints about the pace "
            "of further cuts. Paris is bracing for temperatures of 39C, and the city has opened "
            "cool rooms in town halls and extended the opening hours of parks and swimming pools. "
            "Astronomers released a new image from the James Webb Space Telescope showing a disc "
            "of dust and gas around a young star 500 light years away, where planets appear to be "
            "forming. In business, a British chip designer unveiled its first processor built "
            "in-house. And in tennis, the US Open draw is out, with the defending women's "
            "champion facing a qualifier in the first round. Closer to home, the average price of "
            "a first home in England rose 1% in July to a record, the Halifax said. Ofgem will "
            "announce the new energy price cap on Friday, and analysts expect a small increase "
            "from October. Drivers on the M25 face weekend closures between junctions 10 and 11 "
            "for bridge works. The Premier League confirmed its fixtures for the opening weekend "
            "of the new season. The weather is set to stay dry, with highs of 26C in the "
            "south-east. That's all for now; the evening briefing lands at 6pm."
        ),
        "other",
    ),
    (
        (
            "The tech newsletter: a new open-weight model from Hangzhou, Europe's first app store "
            "fines, and the return of the flip phone"
        ),
        (
            "A Chinese start-up released an open-weight language model that it says matches "
            "leading American systems on maths and coding benchmarks while costing a fraction as "
            "much to train, and its app topped download charts in several countries within days. "
            "In Brussels, regulators fined Apple 500 million euros and Meta 200 million euros "
            "under the Digital Markets Act, the first penalties under the law. Sales of flip "
            "phones and basic handsets rose in Britain and the United States last year, driven by "
            "parents looking for simpler devices for children. Microsoft said it would invest 80 "
            "billion dollars in data centres this year. Finally, a Japanese company demonstrated "
            "a robot that can fold a basket of laundry in under a minute."
        ),
        "other",
    ),
    (
        ("Science roundup: a giant sea scorpion, bees that tell time, and a new moon for Uranus"),
        (
            "Palaeontologists in Wales described a fossil sea scorpion about 1.5 metres long from "
            "rocks 430 million years old, one of the largest arthropods ever found. A study in "
            "Science showed that bumblebees can learn to tell apart short and long flashes of "
            "light, an ability previously known only in vertebrates. The Webb telescope found a "
            "small, previously unknown moon orbiting Uranus, bringing the planet's tally to 29. "
            "Researchers in Japan grew human tooth tissue in the laboratory, a step toward "
            "replacing lost teeth. And an international team said the surface of Earth's inner "
            "core appears to have changed shape over the past two decades. Also this week: a team "
            "in Argentina reported the oldest known egg of a long-necked dinosaur, still "
            "containing traces of the embryo's bones. Astronomers using the Vera Rubin "
            "Observatory released its first images, showing millions of galaxies in a single "
            "frame. And a report from the World Meteorological Organization found that the past "
            "ten years were the warmest decade in the instrumental record."
        ),
        "other",
    ),
    (
        (
            "Markets wrap: Nikkei hits a record, Treasuries rally, sterling slips after weak "
            "retail sales"
        ),
        (
            "Japan's Nikkei 225 closed at a record high above 42,000 on Thursday as exporters "
            "gained on a weaker yen and investors bet the Bank of Japan would wait until the "
            "autumn before raising rates again. US Treasury yields fell to a two-month low after "
            "weekly jobless claims rose more than expected, and the 10-year note yielded 4.21%. "
            "In London, the pound slipped 0.4% to $1.34 after retail sales fell for a second "
            "month, and the FTSE 100 edged up, helped by mining companies. Copper climbed to "
            "$9,800 a tonne. Bitcoin traded near $118,000. Earnings from two big American "
            "retailers are due before the opening bell on Friday. In company news, a Danish "
            "drugmaker fell 6% after cutting its sales outlook for a weight-loss drug, while a "
            "German software group rose 5% on strong cloud bookings. Australia's dollar firmed "
            "after employment figures beat forecasts. Emerging-market currencies were mixed, with "
            "the Indian rupee at a record low and the South African rand at a two-year high. "
            "Brent crude settled at $69.20 a barrel, little changed on the day."
        ),
        "other",
    ),
    (
        (
            "Culture roundup: the Mercury Prize, the Grand Egyptian Museum opens, and a record "
            "price for a Klimt"
        ),
        (
            "A Mancunian singer-songwriter won the Mercury Prize for an album recorded in her "
            "grandmother's front room, beating the bookmakers' favourite. Egypt formally opened "
            "the Grand Egyptian Museum near the pyramids of Giza, two decades after construction "
            "began, with Tutankhamun's full burial collection displayed together for the first "
            "time. In New York, a portrait by Gustav Klimt sold for $236 million at auction, the "
            "most ever paid for a modern artwork. The Edinburgh Fringe reported record ticket "
            "sales. The shortlist for the Turner Prize is announced next week."
        ),
        "other",
    ),
    (
        (
            "Five things to know this Monday: Chile goes to a run-off, Tokyo's new stimulus, a "
            "record for online shopping"
        ),
        (
            "Chile's presidential election goes to a second round next month after neither of the "
            "two front-runners, a communist former labour minister and a hardline conservative, "
            "won half the vote on Sunday. In Tokyo, the new prime minister, the first woman to "
            "hold the job, is expected to unveil her first economic package this afternoon, with "
            "subsidies for electricity bills. American shoppers spent a record $11.8 billion "
            "online on Black Friday, Adobe said, and Cyber Monday is forecast to top $14 billion. "
            "Britain's chancellor faces questions from a parliamentary committee about last "
            "week's budget. And the Netherlands' new coalition talks enter their second month."
        ),
        "other",
    ),
    (
        (
            "The travel newsletter: Europe's new entry checks, a night train to Prague, and "
            "Kyoto's hotel tax"
        ),
        (
            "The European Union's new Entry/Exit System begins operating in October, and "
            "travellers from outside the bloc will have their fingerprints and photographs taken "
            "the first time they cross a Schengen border; the UK Foreign Office warns of queues "
            "at Dover and the Eurostar terminal. A new night train between Brussels, Berlin and "
            "Prague starts running three times a week in spring. Kyoto will raise its hotel tax "
            "for rooms costing more than 100,000 yen a night to 10,000 yen per guest, to ease "
            "overtourism. Ryanair said it would cut capacity at regional Spanish airports over "
            "landing fees. Italy's rail operator will add high-speed trains between Rome and the "
            "Dolomites for the ski season. Thailand extended visa-free stays for visitors from 93 "
            "countries to 60 days. Iceland's tourist tax, charged per night on hotel stays, rises "
            "by a third from January. And a survey named Copenhagen the best city in Europe for "
            "cycling."
        ),
        "other",
    ),
    (
        (
            "Africa business brief: Ethiopian Airlines orders jets, Kenya's tea auction, "
            "Dangote's first petrol export"
        ),
        (
            "Ethiopian Airlines ordered 11 Boeing 737 MAX jets with options for 20 more, as "
            "Africa's largest carrier expands its network to Asia and South America. Prices at "
            "the Mombasa tea auction rose for a third week, averaging $2.43 a kilogramme, on "
            "demand from Pakistan and Egypt. The Dangote refinery in Lagos shipped its first "
            "cargo of petrol to Cameroon, a step toward the group's aim of supplying West African "
            "markets. Morocco's central bank cut its main rate to 2.25%. South Africa's mining "
            "output rose 2% in August."
        ),
        "other",
    ),
    (
        (
            "The weather week: a record-warm October in Europe, Brazil's drought easing, and a "
            "quiet Atlantic season"
        ),
        (
            "Europe had its warmest October on record, the Copernicus climate service said, with "
            "temperatures 1.2C above the 1991-2020 average and particularly mild weather in "
            "Scandinavia. Rain returned to Brazil's Amazon basin after months of drought, and "
            "river levels at Manaus began to rise from their lowest in a century. The Atlantic "
            "hurricane season is on course to end with fewer storms than forecast, which "
            "scientists attributed to dust from the Sahara and cooler water in parts of the "
            "tropics. Snow fell early in the Alps, and several ski resorts in Austria opened a "
            "month ahead of schedule."
        ),
        "other",
    ),
    (
        (
            "Your Bristol weekly: a new harbour bridge, bin collection changes, and the city's "
            "oldest pub for sale"
        ),
        (
            "Bristol City Council approved plans for a pedestrian and cycle bridge across the "
            "Floating Harbour near Castle Park, with work due to start next spring and the bridge "
            "to open in 2027. Bin collections will move to a three-week cycle for general waste "
            "in the east of the city from September, and residents will get a larger recycling "
            "box. The owners of a pub that claims to be the city's oldest, dating from the 17th "
            "century, have put it up for sale. A new express bus route between Temple Meads and "
            "the airport starts on Monday, running every 20 minutes. And Bristol City beat "
            "Coventry 1-0 on Saturday to move into the play-off places."
        ),
        "other",
    ),
]
