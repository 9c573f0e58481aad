"""dev39 negatives: ordinary news (economy, business, technology, science, culture, elections,
weather). NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Bank of Japan keeps rates on hold, signals patience on next hike",
        "The Bank of Japan left its short-term policy rate unchanged at 0.5% on Wednesday, as expected, and said it would watch the effect of US tariffs on exporters before raising borrowing costs again. The yen weakened slightly after the decision. Governor Kazuo Ueda said wage growth was on track.",
        "other",
    ),
    (
        "Euro zone inflation eases to 2.1% in October",
        "Consumer price inflation in the euro zone slowed to 2.1% in October from 2.2% a month earlier, Eurostat said, as energy prices fell. Core inflation was unchanged, keeping the European Central Bank on course to hold rates in December.",
        "other",
    ),
    (
        "Oil rises after OPEC+ agrees smaller output increase",
        "Brent crude rose more than 1% to $66 a barrel after OPEC+ agreed to raise output by a smaller amount than traders had expected in December. Analysts said the group was trying to avoid a glut early next year.",
        "other",
    ),
    (
        "Samsung profit beats forecasts on demand for AI memory chips",
        "Samsung Electronics reported a higher-than-expected operating profit for the third quarter, helped by strong sales of high-bandwidth memory chips used in artificial intelligence servers. Its shares rose 4% in Seoul.",
        "other",
    ),
    (
        "EU opens investigation into cloud computing contracts",
        "The European Commission opened an investigation into whether licensing terms used by large cloud providers make it harder for customers to switch to rivals, the bloc's competition chief said on Monday.",
        "other",
    ),
    (
        "Chile heads to presidential runoff between left and right",
        "Chile will hold a presidential runoff next month between a Communist Party candidate and a hard-right former congressman after neither won a majority in Sunday's first round, the electoral service said. Turnout was high under the country's compulsory voting rules. The runoff is scheduled for mid-December.",
        "other",
    ),
    (
        "Malawi's electoral commission declares former president winner of vote",
        "Malawi's electoral commission declared former president Peter Mutharika the winner of last week's election with 56% of the vote, and the incumbent conceded defeat in a televised address. Observers described the count as orderly.",
        "other",
    ),
    (
        "Japan's ruling party elects new leader, set to become prime minister",
        "Japan's Liberal Democratic Party chose a new leader in a runoff vote on Saturday, putting the winner on course to be confirmed as prime minister by parliament next week. The party lost its majority in both houses over the past year.",
        "other",
    ),
    (
        "Germany's coalition agrees on pension reform after weeks of talks",
        "Germany's governing parties agreed on a pension package that keeps the state pension at 48% of average wages until 2031, Chancellor Friedrich Merz said, ending weeks of disputes with younger lawmakers over its cost.",
        "other",
    ),
    (
        "Copernicus: this September was third-warmest on record",
        "Last month was the third-warmest September globally since records began, the EU's Copernicus climate service said, with sea surface temperatures remaining well above average in the North Atlantic and the Mediterranean.",
        "other",
    ),
    (
        "Heavy snow disrupts flights and trains across southern Sweden",
        "Heavy snowfall closed runways at Stockholm's Arlanda airport for several hours and delayed trains across southern Sweden on Tuesday, the transport agency said. Forecasters expect more snow on Thursday.",
        "other",
    ),
    (
        "Scientists sequence genome of man who lived in Egypt's Old Kingdom",
        "Researchers have sequenced the full genome of a man buried in a pottery vessel south of Cairo about 4,500 years ago, finding that a fifth of his ancestry came from ancient Mesopotamia, according to a study published in Nature.",
        "other",
    ),
    (
        "European probe sends back first close images of Jupiter's moon Ganymede",
        "The European Space Agency's Juice spacecraft sent back its first close images of Ganymede after a flyby at an altitude of about 2,000 km, showing grooved terrain and bright impact craters, mission scientists said.",
        "other",
    ),
    (
        "India launches navigation satellite from Sriharikota",
        "The Indian Space Research Organisation launched a navigation satellite from Sriharikota on Thursday, restoring coverage of the country's regional positioning system after the failure of an older spacecraft.",
        "other",
    ),
    (
        "Kenyan novelist wins Booker Prize for debut about Nairobi family",
        "A Kenyan writer won the Booker Prize on Tuesday for her debut novel about three generations of a Nairobi family, the first African woman to win the award in more than a decade. The judges praised its humour and restraint.",
        "other",
    ),
    (
        "Iranian director wins Palme d'Or at Cannes",
        "An Iranian filmmaker won the Palme d'Or at the Cannes Film Festival for a drama shot secretly in Tehran about a family torn apart by a car accident, the jury announced on Saturday night.",
        "other",
    ),
    (
        "K-pop group announces 34-date world tour",
        "South Korean boy band Seventeen announced a 34-date world tour starting in Seoul in March and taking in stadiums in Japan, Brazil, the United States and Europe. Tickets go on sale next week.",
        "other",
    ),
    (
        "BYD outsells Tesla in Europe for a second month",
        "Chinese carmaker BYD sold more battery electric cars in Europe than Tesla for a second month in a row in October, according to data from the research firm JATO Dynamics. Tesla's registrations fell in France, Sweden and the Netherlands.",
        "other",
    ),
    (
        "Airbus delivers record number of jets in October",
        "Airbus delivered 76 aircraft in October, its best month this year, the planemaker said, keeping it on track to meet its annual target despite shortages of engines from suppliers.",
        "other",
    ),
    (
        "Former Syrian refugee elected mayor of German town",
        "A man who arrived in Germany as a refugee from Syria in 2015 was elected mayor of the town of Ostelsheim in Baden-Württemberg on Sunday, winning more than half the vote. He said he wanted to improve bus links and childcare.",
        "other",
    ),
    (
        "South Korea grounds flights as students sit university entrance exam",
        "More than half a million South Korean students sat the national university entrance exam on Thursday, with offices opening late and flights grounded during the English listening test to keep noise down.",
        "other",
    ),
    (
        "Roman shipwreck with amphorae found off Sardinia",
        "Divers from Italy's culture ministry found a Roman merchant ship off the coast of Sardinia, still carrying hundreds of amphorae that probably held fish sauce, the ministry said. It dates from the first century BC.",
        "other",
    ),
    (
        "Pope names 21 new cardinals from five continents",
        "Pope Leo XIV named 21 new cardinals on Sunday, including churchmen from Peru, the Philippines, Nigeria and Sweden, and said they would be installed at a ceremony in Rome in December.",
        "other",
    ),
    (
        "China's exports grow faster than expected despite US tariffs",
        "China's exports rose 8% in October from a year earlier, beating forecasts, as shipments to Southeast Asia, Africa and the European Union made up for a sharp fall in sales to the United States, customs data showed.",
        "other",
    ),
    (
        "US employers add fewer jobs than expected in October",
        "US employers added 73,000 jobs in October, fewer than economists had forecast, and the unemployment rate rose to 4.2%, the Labor Department said. Markets now expect the Federal Reserve to cut rates again in December.",
        "other",
    ),
    (
        "Sumatran rhino calf born in Indonesian sanctuary",
        "A critically endangered Sumatran rhinoceros gave birth to a healthy female calf at a sanctuary in Way Kambas National Park, Indonesia's environment ministry said. Fewer than 50 of the animals are thought to survive in the wild.",
        "other",
    ),
    (
        "Congo extends cobalt export quotas to support prices",
        "The Democratic Republic of Congo will keep limits on cobalt exports for another year to support prices that fell to a nine-year low, the strategic minerals regulator said. Congo produces about three-quarters of the world's cobalt.",
        "other",
    ),
    (
        "Venice extends entry fee for day-trippers to more days",
        "Venice will charge day-trippers a 5-euro entry fee on 60 days next year, up from 54, the city council said, as it tries to reduce crowds in the historic centre during spring and summer weekends.",
        "other",
    ),
    (
        "Brazil and China sign deals on agriculture and satellites",
        "Brazil and China signed 20 agreements on agricultural exports, satellite cooperation and infrastructure investment during a visit by Brazil's president to Beijing, the two governments said.",
        "other",
    ),
    (
        "Weight-loss drug cuts risk of heart attack in large trial",
        "A weekly weight-loss injection cut the risk of heart attack, stroke or death from heart disease by a fifth in people with obesity but no diabetes, according to results of a five-year trial presented at a cardiology meeting in Madrid.",
        "other",
    ),
]
