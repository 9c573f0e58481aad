"""dev22 texts: negatives: ordinary news.

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: ordinary news
    (
        "Fed raises rates by three-quarters of a point",
        "The US central bank made its biggest move since 1994 and signalled more increases to come, as inflation runs at a 40-year high.",
        "other",
    ),
    (
        "India's ruling party loses majority but Modi set for third term",
        "The BJP will need its allies to form a government after falling short of the 272 seats needed in the lower house.",
        "other",
    ),
    (
        "Senegal's opposition candidate Faye wins presidency",
        "The 44-year-old former tax inspector, released from prison ten days before the vote, won in the first round. He will be Africa's youngest elected leader.",
        "other",
    ),
    (
        "Sheinbaum wins Mexican presidency by a landslide",
        "The former Mexico City mayor will be the country's first woman president, according to a quick count by the electoral institute.",
        "other",
    ),
    (
        "Labour wins UK election by a landslide",
        "Keir Starmer will become prime minister after his party won more than 400 seats, ending 14 years of Conservative government.",
        "other",
    ),
    (
        "Indonesia's Prabowo sworn in as president",
        "The former general, who won in a single round, promised free school meals and faster economic growth in his first speech as president.",
        "other",
    ),
    (
        "Chile's voters reject new constitution",
        "The draft, written by an elected convention, was rejected by 62% of voters in a compulsory referendum. The president said the process would start again.",
        "other",
    ),
    (
        "Milei's austerity brings monthly inflation down to 4.2%",
        "Consumer prices in Argentina rose at the slowest pace in more than two years, the statistics agency said. Wages are still falling in real terms.",
        "other",
    ),
    (
        "Nigeria lets the naira float",
        "The currency fell sharply against the dollar after the central bank unified the exchange rates, a change investors had long called for.",
        "other",
    ),
    (
        "Kenya's shilling recovers after Eurobond sale",
        "The government raised $1.5bn to pay off a bond maturing in June, easing fears of a default, and the currency had its best week in a decade.",
        "other",
    ),
    (
        "China's economy grows 5.2% as reopening lifts spending",
        "The property sector remained weak, and youth unemployment hit a record, official data showed. Economists expect more stimulus this year.",
        "other",
    ),
    (
        "Ghana reaches deal with bondholders",
        "The agreement on restructuring $13bn of debt is a key step in the country's IMF programme, the finance ministry said.",
        "other",
    ),
    (
        "Apple unveils its first mixed-reality headset",
        "The Vision Pro will go on sale early next year for $3,499. Analysts doubt that many people will buy one.",
        "other",
    ),
    (
        "OpenAI releases ChatGPT to the public",
        "Millions of people signed up in the first week to try the chatbot, which can write essays and computer code.",
        "other",
    ),
    (
        "Chandrayaan-3 touches down near the lunar south pole",
        "India became the fourth country to land a spacecraft on the moon, and scientists in Bengaluru cheered as the lander sent back its first pictures.",
        "other",
    ),
    (
        "James Webb telescope sends first full-colour images",
        "NASA released a picture of a galaxy cluster showing thousands of galaxies, the deepest image of the universe yet.",
        "other",
    ),
    (
        "Scientists report nuclear fusion breakthrough",
        "Researchers at a US laboratory produced more energy from a fusion reaction than the lasers put in, for the first time. Power plants are still decades away.",
        "other",
    ),
    (
        "2023 confirmed as hottest year on record",
        "The EU's climate service said global temperatures were close to 1.5C above pre-industrial levels. Every month from June to December set a record.",
        "other",
    ),
    (
        "Heatwave: Italy puts 16 cities on red alert",
        "Temperatures are expected to reach 43C in Rome. The health ministry advised people to stay indoors in the afternoon.",
        "other",
    ),
    (
        "Crowds line wet London streets for coronation",
        "King Charles and Queen Camilla were crowned at Westminster Abbey in the first such ceremony in 70 years.",
        "other",
    ),
    (
        "Vatican announces death of Pope Francis",
        "The first Latin American pope died at his residence a day after Easter, aged 88, weeks after leaving hospital with pneumonia.",
        "other",
    ),
    (
        "Cardinals elect first American pope",
        "Robert Prevost, who spent years as a missionary in Peru, took the name Leo XIV. Crowds in St Peter's Square cheered as white smoke rose.",
        "other",
    ),
    (
        "Former refugee elected to Norway's parliament",
        "She arrived from Somalia as a child and studied law in Oslo. She says she wants to work on housing and schools.",
        "other",
    ),
    (
        "Syrian refugee wins Olympic medal for team of refugees",
        "The boxer, who trains in Germany, took bronze in Paris, the first medal ever won by the refugee team since it was created in 2016.",
        "other",
    ),
    (
        "EU agrees migration pact after years of talks",
        "Member states will share responsibility for asylum seekers or pay into a common fund, under the deal reached in Brussels.",
        "other",
    ),
    (
        "UK's Rwanda asylum plan ruled unlawful",
        "The Supreme Court said asylum seekers sent to Rwanda would risk being returned to countries where they could face harm.",
        "other",
    ),
    (
        "Taylor Swift's Eras tour breaks box office record",
        "The tour is the first to pass $1bn in ticket sales, according to a trade magazine, and it still has dates in Europe to come.",
        "other",
    ),
    (
        "Nigerian singer Tems wins first solo Grammy",
        "She won best African music performance, a category created this year, and dedicated the award to her mother in Lagos.",
        "other",
    ),
    (
        "Tutankhamun's treasures displayed together at new Giza museum",
        "The Grand Egyptian Museum, two decades in the making, opened next to the pyramids with a ceremony attended by world leaders.",
        "other",
    ),
    (
        "Notre-Dame reopens five years after fire",
        "The Paris cathedral held its first Mass since the blaze, attended by world leaders and the firefighters who saved it.",
        "other",
    ),
    (
        "Brazil's Lula pledges to end Amazon deforestation by 2030",
        "He told the climate summit in Egypt that Brazil was back and that the forest would be protected. Delegates gave him a standing ovation.",
        "other",
    ),
    (
        "COP28 deal calls for transition away from fossil fuels",
        "Nearly 200 countries agreed on the text in Dubai after talks ran into an extra day, though small island states said it did not go far enough.",
        "other",
    ),
    (
        "Ethiopia fills Grand Renaissance Dam reservoir",
        "The prime minister said the fourth and final filling was complete. Egypt said it was a violation of international law.",
        "other",
    ),
    (
        "Only bidder Saudi Arabia handed 2034 World Cup",
        "FIFA confirmed the kingdom at an online congress, and human rights groups criticised the decision. The 2030 tournament will be shared by six countries on three continents.",
        "other",
    ),
    (
        "Vietnam's top leader Nguyen Phu Trong dies",
        "The Communist Party general secretary, who led a sweeping anti-corruption campaign, had been ill for months. The party has not named a successor.",
        "other",
    ),
    (
        "Japan's Ishiba becomes prime minister",
        "Parliament elected the former defence minister after he won the governing party's leadership race at his fifth attempt.",
        "other",
    ),
    (
        "Under-16s to be kept off social media under new Australian law",
        "Platforms have a year to find ways to check users' ages, or face fines of up to A$49.5m, and parents' groups have welcomed the law.",
        "other",
    ),
    (
        "Dubai airport remains world's busiest for international travel",
        "It handled 92 million passengers last year, above its level before the pandemic, with India and Saudi Arabia the busiest routes.",
        "other",
    ),
    (
        "Sri Lanka's new president dissolves parliament",
        "Anura Kumara Dissanayake called snap elections for November. He said he needed a fresh mandate for his reforms.",
        "other",
    ),
    (
        "Botswana's ruling party loses power after 58 years",
        "The opposition Umbrella for Democratic Change won a majority, and President Masisi conceded defeat, promising a smooth handover.",
        "other",
    ),
    (
        "Greece legalises same-sex marriage",
        "It is the first Orthodox Christian country to do so, after parliament passed the bill by 176 votes to 76.",
        "other",
    ),
    (
        "Giant panda cubs born at Berlin zoo",
        "The twins are the first pandas ever born in Germany. The zoo said they were doing well and would not be shown to visitors for several months.",
        "other",
    ),
    (
        "New Zealand's Ardern announces resignation",
        "She said she no longer had enough in the tank to do the job justice, and will step down within weeks.",
        "other",
    ),
    (
        "Canada legalises recreational cannabis",
        "It is the second country after Uruguay to do so, and the first shops opened at midnight in Newfoundland.",
        "other",
    ),
    (
        "Kenyan tea earnings climb as shilling weakens",
        "Buyers from Pakistan and Egypt paid more at the Mombasa auction, and the tea board expects another good year.",
        "other",
    ),
    (
        "Philippines opens its first subway line for testing",
        "Trains will run on a short stretch of the Manila line before the full route opens, the transport department said.",
        "other",
    ),
]
