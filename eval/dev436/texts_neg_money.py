"""dev436 negatives: the pound and the IMF, the Suez Canal and the Red Sea slump told as economics,
tourism, the Grand Egyptian Museum, water, health campaigns, the royal family and a former
refugee's business. (title, text, kind code); the text is written wrapped and joined with single
spaces."""

_RAW = [
    (
        "Pound plunges past 49 to the dollar as central bank lets currency float; IMF deal raised to $8bn",
        """The Egyptian pound lost more than a third of its value on Wednesday after the Central Bank of
        Egypt allowed it to float freely and raised interest rates by 600 basis points, in a move
        bankers described as the opening shot of a long-awaited reform push. The currency traded at
        around 49.5 to the dollar by the afternoon, compared with an official rate of 30.9 that had held
        for a year while the black market price climbed above 60. Hours later the International
        Monetary Fund said it had reached a staff-level agreement to expand Egypt's loan programme from
        $3bn to $8bn. "This closes the gap between the parallel and official markets in one stroke,"
        an economist at a Cairo investment bank said. The central bank said its priority was the battle
        against inflation, which stood at 35.7 percent in January. Egypt's finances have been hit hard
        by the loss of Suez Canal income and tourism since the war in Gaza began, and by the flight of
        portfolio investors in 2022. Importers said they expected goods held at the ports for months to
        be released within days. Shares on the EGX30 index rose almost 8 percent. In downtown Cairo, exchange bureaus were
        crowded with customers checking the new rates, while some shopkeepers said they had stopped
        pricing goods until the market settles. Bread subsidies will not be affected, the supply
        minister said. Economists expect inflation to jump again in the coming months as the weaker
        pound feeds through to prices, before easing later in the year. The IMF board is expected to
        approve the new programme within weeks, unlocking further loans from the World Bank and the
        European Union.""",
        "economy",
    ),
    (
        "Suez Canal revenues slump 60% as ships divert around the Cape",
        """Suez Canal revenues fell by around 60 percent in 2024 compared with the previous year, costing
        Egypt some $7bn in lost income, President Abdel-Fattah El-Sisi said on Thursday, as shipping
        lines continued to avoid the Red Sea route. The number of vessels using the waterway dropped
        to about 13,200 from more than 26,000 in 2023, according to figures from the Suez Canal
        Authority. Most container lines have rerouted their ships around the Cape of Good Hope since
        Yemen's Houthis began targeting vessels they link to Israel in late 2023, adding around 10 days
        to journeys between Asia and Europe. Canal chief Osama Rabie told a press conference that the
        authority was offering discounts of up to 15 percent to container ships and was working on
        plans to win back lines once the Red Sea calms. "The canal is not the problem; the region is,"
        he said. Analysts at a Cairo brokerage said a full recovery was unlikely before 2026 even if
        the route reopens, as insurers and shippers wait for clear guarantees. The canal earned a record $10.25bn in the 2022/2023 fiscal year. The shortfall has worsened a
        foreign currency crunch and forced the government to lean more heavily on Gulf investment and
        the IMF. Egypt's budget for the coming year assumes only a partial recovery in transit fees.
        Meanwhile, shipping lines say the longer route has pushed up freight rates and insurance costs
        on Asia-Europe trades, and the canal authority has started offering maintenance and bunkering
        services at its ports to win back business.""",
        "economy",
    ),
    (
        "IMF mission praises Jordan's fight against tax evasion, urges electricity reform",
        """An International Monetary Fund mission wrapped up a two-week visit to Amman on Thursday,
        saying Jordan had made "strong progress" under its four-year programme despite the shock from
        the regional conflict. The mission chief said the government's campaign against tax evasion
        and a wider tax base had raised revenues faster than expected, and that the staff-level
        agreement would release about $130m once approved by the Fund's board. She urged faster reform
        of the electricity sector, where the state-owned National Electric Power Company still
        loses money on every kilowatt-hour it sells. Growth is forecast at 2.5 percent this year,
        held back by weak tourism and lower investment, the Fund said. Unemployment remains above 21
        percent and is much higher among young people and women. Finance Minister Mohammad Al-Ississ
        told reporters the government would not raise taxes on basic goods. "We are fighting on two
        fronts, debt and jobs," he said. Public debt stood at around 89 percent of gross domestic
        product at the end of last year, the ministry said.""",
        "economy",
    ),
    (
        "Ras El-Hekma deal: UAE's ADQ to pay $35bn in biggest foreign investment in Egypt's history",
        """Egypt signed a deal on Friday with Abu Dhabi's sovereign fund ADQ to develop the Ras El-Hekma
        peninsula on the Mediterranean coast, bringing in $35bn in what Prime Minister Moustafa
        Madbouly called the largest direct investment in the country's history. Under the agreement,
        $24bn will be paid in cash within two months, while $11bn of Emirati deposits already held at
        the central bank will be converted into Egyptian pounds to fund other projects. Egypt will
        keep a 35 percent stake in the project, which aims to build a new city with hotels, a marina,
        an international airport and a business district on about 170 million square metres. "Today
        we are at war with the foreign currency crisis, and this deal is a decisive blow," Madbouly
        told a news conference at the cabinet headquarters. The black market rate for the dollar fell
        sharply within hours of the announcement, traders said. Bondholders welcomed the news and
        Egypt's dollar bonds rallied. Critics questioned the lack of public information on the
        valuation of the land and on how the revenues will be spent.""",
        "economy",
    ),
    (
        "Petra's hotels count the cost as regional war empties tour buses",
        """Hotel occupancy in Petra fell to around 10 percent in the first quarter of the year, leaving
        many of the town's 95 hotels closed or running with skeleton staff, the Jordan Hotels
        Association said on Monday. Visitor numbers to the ancient Nabataean city dropped by more than
        70 percent compared with the same period last year, according to the Petra Development and
        Tourism Region Authority. European tour operators cancelled group bookings after the war in
        Gaza began, though Jordan itself has been safe for visitors, industry officials said. "Our
        guests saw the word 'Middle East' and that was enough," said the owner of a family hotel in
        Wadi Musa, who has laid off 14 of his 20 employees. Hundreds of horse and camel handlers at the
        site say they have had no income for months. The government announced a support package
        including deferred social security payments for tourism companies and a campaign targeting
        Gulf and domestic tourists. The Tourism Ministry said domestic visits had risen and that
        bookings for the spring were improving. Tourism accounts for about 14 percent of Jordan's GDP.""",
        "economy",
    ),
    (
        "Grand Egyptian Museum opens its doors with Tutankhamun's full collection on show",
        """The Grand Egyptian Museum opened to the public on Tuesday, two decades after construction began,
        with the complete treasures of Tutankhamun displayed together for the first time since the
        tomb was discovered in 1922. More than 5,000 objects from the boy king's burial, including his
        golden mask, chariots and shields, fill two galleries on the museum's upper floor, which looks
        out over the Giza pyramids. The $1bn museum, built with Japanese loans, holds more than 50,000
        artefacts in all and is the largest archaeological museum devoted to a single civilisation,
        officials said. Tickets sold out for the first week within hours, Tourism and Antiquities
        Minister Sherif Fathy said. Visitors queued from early morning to see the 11-metre statue of
        Ramesses II that stands in the atrium. "It is worth the wait of twenty years," said a teacher
        from Alexandria who came with her daughters. The government hopes the museum will help bring
        in 30 million tourists a year by 2031. Hotels near the museum reported full bookings for
        November.""",
        "other",
    ),
    (
        "Jordan signs Aqaba-Amman desalination deal as water shortage deepens",
        """Jordan signed an agreement on Sunday to build a plant in Aqaba that will desalinate Red Sea water
        and pump it 450 kilometres north to Amman, a project officials say is vital for one of the
        world's most water-scarce countries. The Aqaba-Amman Water Desalination and Conveyance Project
        will supply around 300 million cubic metres of drinking water a year once it is completed in
        2029, the Water Ministry said. Households in parts of the capital currently receive piped water
        once a week and store it in rooftop tanks, and the annual share per person has fallen below 61
        cubic metres, far under the UN's threshold for absolute scarcity. Population growth, the
        arrival of hundreds of thousands of refugees over the past decade and successive dry winters
        have drained aquifers, ministry officials say. "This is a matter of national security," Water
        Minister Raed Abu Saud said at the signing. The project, estimated at about $5bn, will be
        financed by international lenders and a private consortium. Environmental groups have raised
        concerns about the brine that will be returned to the sea.""",
        "other",
    ),
    (
        "Crown Prince Hussein marries Saudi architect Rajwa Al Saif at Zahran Palace",
        """Crown Prince Hussein bin Abdullah married Rajwa Al Saif in a ceremony at Zahran Palace in Amman
        on Thursday, in celebrations attended by royals and dignitaries from around the world. Guests
        included the Prince and Princess of Wales, Jill Biden, a Saudi delegation
        and members of European royal families, according to the Royal Hashemite
        Court. After the religious ceremony, the couple were driven through the streets of the capital
        in a convoy of red Land Rovers escorted by the Royal Guard motorcycle unit, as crowds waved
        flags and held up portraits. Thousands gathered at free public concerts and screenings held in
        cities across the kingdom. The government declared Thursday a public holiday. The bride, who
        studied architecture in New York, is from a prominent Saudi family from Sudair. "It is a day of
        joy for every Jordanian home," Queen Rania wrote on social media. A reception at Al Husseiniya
        Palace was held in the evening with some 1,700 guests.""",
        "other",
    ),
    (
        "From a Khartoum kitchen to an Aswan favourite: the Sudanese cook who started over",
        """When Amna Osman arrived in Aswan with her two sons and a single suitcase in the summer of 2023,
        she had never worked outside her home. Two years later the 46-year-old runs one of the most
        popular small restaurants on the corniche, serving ful, kisra and slow-cooked lamb to queues of
        Sudanese and Egyptian customers every evening. She started by selling food from her rented
        flat to other families who had fled the war in Khartoum, then borrowed from a women's savings
        group to rent a shopfront. "People here told me Aswan and Sudan are one kitchen," she said,
        laughing. She now employs five people, three of them Egyptians from the neighbourhood. A
        micro-loan programme run by a local NGO helped her obtain a licence and buy a second stove.
        Her elder son has enrolled at Aswan University to study engineering. Osman says she sometimes
        thinks of going home but wants to see her sons finish their studies first. "A restaurant is
        like a child; you cannot leave it," she said.""",
        "other",
    ),
    (
        "WHO certifies Egypt malaria-free after century-long campaign",
        """The World Health Organization certified Egypt as free of malaria on Sunday, crowning nearly a
        hundred years of efforts against a disease that has been present in the Nile Valley since the
        time of the pharaohs. WHO Director-General Tedros Adhanom Ghebreyesus said the certification
        was "truly historic" and a testament to the commitment of generations of Egyptians. Egypt is
        the third country in the WHO's Eastern Mediterranean region to receive the status, after the
        United Arab Emirates and Morocco. A country is certified when it shows that the chain of local
        transmission has been interrupted for at least three consecutive years. Health Minister Khaled
        Abdel Ghaffar said the ministry would keep up surveillance, particularly in the south, where
        travellers and refugees arrive from countries where the disease is still common. Egypt
        recorded a serious outbreak in 1942, when the disease spread after an invasion of mosquitoes
        in Upper Egypt, according to WHO. The country also carried out large campaigns against
        hepatitis C in recent years.""",
        "health",
    ),
    (
        "Egypt declares victory in its war on hepatitis C after screening 60 million",
        """Egypt has screened more than 60 million adults and treated over four million people for
        hepatitis C since 2018, bringing what officials call the "war" on the virus close to its end,
        the health ministry said on Monday. The 100 Million Healthy Lives campaign set up screening
        tents in squares, schools and metro stations, and offered free treatment with locally made
        antiviral tablets costing a fraction of their price abroad. A decade ago Egypt had one of the
        world's highest rates of infection, largely the legacy of mass campaigns against bilharzia in
        the 1950s to 1980s that reused needles. "We fought village by village," said the head of the
        national committee for viral hepatitis. The WHO awarded Egypt "gold tier" status on the path to
        elimination in 2023, the first country to reach it. Doctors say the challenge now is to find
        the remaining patients in remote villages and to prevent new infections in clinics and
        dental surgeries. The ministry said the same model would be used for diabetes and
        hypertension screening.""",
        "health",
    ),
]

NEGATIVES = [(title, " ".join(text.split()), kind) for title, text, kind in _RAW]
