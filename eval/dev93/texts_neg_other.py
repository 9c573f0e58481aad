"""dev93 plain negatives (negative_other): the ordinary news of the day, no conflict words."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Reserve Bank cuts cash rate for the first time in four years",
        "The Reserve Bank of Australia cut its cash rate by a quarter of a percentage point to 4.1% "
        "on Tuesday, the first reduction since November 2020, saying inflation was falling faster "
        "than it had expected. Governor Michele Bullock told reporters the board remained cautious "
        "about further cuts and that markets should not assume a series of them. The big four "
        "banks said they would pass the cut on to mortgage holders in full within days. For a "
        "typical borrower with a $600,000 loan, repayments will fall by about $90 a month. The "
        "Australian dollar slipped slightly after the decision. Treasurer Jim Chalmers welcomed "
        "the news as a relief for households.",
        "other",
    ),
    (
        "Bank of Canada holds rate steady, citing uncertainty",
        "The Bank of Canada kept its key interest rate at 2.75% on Wednesday, pausing after seven "
        "consecutive cuts, as it waited for clearer signs of how the economy was coping. Governor "
        "Tiff Macklem said the bank was ready to act if the outlook worsened, but that inflation "
        "excluding energy had been firmer than expected. The bank published two scenarios instead "
        "of a single forecast, one of them with a recession this year. Economists had been split "
        "on the decision. The Canadian dollar was little changed. The next announcement is due in "
        "early June.",
        "other",
    ),
    (
        "Albanese returns with a landslide as Dutton loses his seat",
        "Anthony Albanese's Labor government was returned with an increased majority in Saturday's "
        "federal election, winning seats across the suburbs of Brisbane, Melbourne and Perth that "
        "it had never held. Opposition leader Peter Dutton conceded defeat shortly after 9.30pm "
        "and later lost his own seat of Dickson to Labor's Ali France. It is the first time an "
        "Australian prime minister has won a second consecutive term since John Howard in 2004. "
        "The Greens' leader, Adam Bandt, was also in danger of losing his Melbourne seat, with "
        "counting continuing. In his victory speech in Canterbury-Hurlstone Park, Albanese "
        "promised a government that would be 'disciplined and orderly'. The Liberal Party will "
        "choose a new leader in the coming weeks.",
        "other",
    ),
    (
        "Willis unveils 'zero budget' with cuts to pay equity claims",
        "Finance Minister Nicola Willis delivered what she called a 'zero budget' on Thursday, "
        "with no new net spending and changes to KiwiSaver and pay equity claims that opposition "
        "parties said would leave women worse off. The government will halve its contribution to "
        "KiwiSaver accounts and raise the default saving rate for workers to 4% over three years. "
        "A new tax incentive will let businesses deduct 20% of the cost of new equipment straight "
        "away. Treasury forecast a return to surplus in 2029. Willis said the budget was about "
        "growth and restraint. Labour leader Chris Hipkins called it a budget of broken promises, "
        "RNZ reported.",
        "other",
    ),
    (
        "Argentina's monthly inflation slows to lowest in nearly five years",
        "Argentina's consumer prices rose 1.5% in May, the lowest monthly rate since 2020, the "
        "national statistics agency INDEC said on Thursday. Annual inflation fell to 43.5%, down "
        "from almost 300% a year earlier. Economy Minister Luis Caputo said on social media that "
        "the figure confirmed the success of the government's plan. Economists noted that prices "
        "of food and beverages had risen less than expected, while housing and utility costs kept "
        "climbing after subsidies were reduced. The peso has been trading within a band since "
        "controls on buying dollars were lifted in April. Wages, however, have not recovered "
        "their losses, unions said.",
        "other",
    ),
    (
        "Chile's Kast wins presidential run-off",
        "José Antonio Kast won Chile's presidential run-off on Sunday with about 58% of the vote, "
        "defeating the left's candidate, Jeannette Jara, and completing a swing to the right in "
        "the country. Kast, a conservative lawyer who lost the 2021 election to Gabriel Boric, "
        "campaigned on public order, migration and cutting public spending. Jara conceded shortly "
        "after the first results and called on her supporters to respect the outcome. Markets "
        "were expected to react positively, with the peso and copper-related stocks likely to "
        "rise on Monday. Kast will take office on 11 March. Turnout was high in the first election "
        "with compulsory voting for a run-off.",
        "other",
    ),
    (
        "Belém climate summit ends with deal on adaptation finance but no fossil fuel roadmap",
        "The COP30 climate summit in the Brazilian city of Belém ended on Saturday with an "
        "agreement to triple finance for adaptation to climate change by 2035, but without the "
        "roadmap for moving away from fossil fuels that more than 80 countries had pushed for. "
        "The talks ran into an extra day as oil-producing nations resisted any mention of coal, "
        "oil and gas. Brazil's presidency said the deal kept the Paris agreement alive. European "
        "negotiators said they had accepted a weak text so as not to leave with nothing. Small "
        "island states called the outcome a disappointment. A fund for tropical forests launched "
        "by Brazil drew pledges of about $6 billion.",
        "other",
    ),
    (
        "House prices in Ireland rise 9% as supply falls short",
        "Residential property prices in Ireland rose by 9.1% in the year to March, with the "
        "biggest increases outside Dublin, the Central Statistics Office said on Wednesday. The "
        "median price paid for a home was 350,000 euro, and in Dún Laoghaire-Rathdown it was "
        "above 700,000 euro. Economists said the rise reflected a chronic shortage of homes for "
        "sale, with completions falling short of the government's target again last year. The "
        "Minister for Housing said planning reforms would speed up building. First-time buyers "
        "accounted for more than a third of purchases. Rents also continued to climb.",
        "other",
    ),
    (
        "Vera Rubin Observatory releases first images of the southern sky",
        "The Vera C Rubin Observatory in Chile released its first images on Monday, including a "
        "detailed view of the Trifid and Lagoon nebulae and a field of about 10 million galaxies, "
        "assembled from a few hours of observations. The telescope, on Cerro Pachón in the Andes, "
        "has the largest digital camera ever built, with 3,200 megapixels. Over the next ten years "
        "it will scan the whole southern sky every few nights, tracking asteroids, exploding stars "
        "and changes in distant galaxies. Scientists said the observatory had found more than "
        "2,100 previously unknown asteroids in its first few nights. The project is funded by the "
        "US National Science Foundation and the Department of Energy.",
        "other",
    ),
    (
        "Kākāpō breeding season could be the biggest on record",
        "Conservation staff are preparing for what could be the biggest kākāpō breeding season on "
        "record after a heavy fruiting of rimu trees on the islands where the flightless parrots "
        "live. The Department of Conservation said all 83 adult females could nest this summer. "
        "There are currently 236 kākāpō, up from 51 in the 1990s. Rangers will monitor nests day "
        "and night with cameras, and eggs at risk will be taken to an incubation unit. The birds "
        "breed only every two to four years, when rimu trees produce large crops. Ngāi Tahu, the "
        "iwi that shares guardianship of the birds, will help name the chicks.",
        "other",
    ),
    (
        "Irish writer wins the Booker Prize with novel about a Dublin family",
        "An Irish novelist won the Booker Prize on Tuesday evening for a novel about three "
        "generations of a Dublin family living above a chemist's shop. The chair of the judges "
        "said the book was 'funny, humane and formally daring' and had been the unanimous choice. "
        "The winner receives 50,000 pounds and can expect a large rise in sales. It is the third "
        "time in seven years that the prize has gone to a writer from Ireland. Speaking at the "
        "ceremony in London, the author thanked her late father, who ran a pharmacy in Phibsborough "
        "for forty years. Bookshops in Dublin said copies had sold out within an hour.",
        "other",
    ),
    (
        "Oasis open reunion tour in Cardiff",
        "Oasis played their first concert in almost 16 years at Cardiff's Principality Stadium on "
        "Friday night, opening a reunion tour that has sold more than a million tickets across "
        "the UK and Ireland. Liam and Noel Gallagher walked on stage holding hands to a roar from "
        "a crowd of 74,000, and opened with 'Hello'. The set of 23 songs ended with 'Champagne "
        "Supernova' and fireworks. Reviewers said the band sounded tighter than they had in the "
        "2000s. The tour moves to Manchester's Heaton Park next week and to Croke Park in Dublin "
        "in August. Resale tickets were changing hands for hundreds of pounds.",
        "other",
    ),
    (
        "UK records its hottest summer since records began",
        "This summer was the hottest on record in the UK, with a mean temperature of 16.1C, the "
        "Met Office said on Monday. It beat the previous record, set in 2018, by 0.3C. Four "
        "heatwaves brought temperatures above 33C in parts of England, and a hosepipe ban is still "
        "in place for millions of households in Yorkshire and the south-east. Scientists at the Met "
        "Office said climate change had made such a summer about 70 times more likely. Farmers "
        "reported poor harvests of potatoes and onions. The autumn is forecast to be wetter than "
        "average.",
        "other",
    ),
    (
        "EU and Mercosur conclude trade talks after 25 years",
        "The European Union and the Mercosur bloc of Argentina, Brazil, Paraguay and Uruguay "
        "concluded negotiations on a free trade agreement on Friday at a summit in Montevideo, "
        "after 25 years of on-and-off talks. European Commission President Ursula von der Leyen "
        "said the deal would create a market of more than 700 million people. The agreement will "
        "remove most tariffs on European cars, machinery and wine and allow more South American "
        "beef, sugar and poultry into the EU. French farmers and the government in Paris oppose it, "
        "and it still needs the approval of EU member states and the European Parliament. "
        "Uruguay's president said the deal showed that the region was open for business, "
        "MercoPress reported.",
        "other",
    ),
    (
        "Vaca Muerta pushes Argentina to record oil output",
        "Argentina produced a record 735,000 barrels of oil a day in July, driven by the Vaca "
        "Muerta shale formation in Neuquén, the energy secretariat said. Shale now accounts for "
        "more than 60% of the country's crude output. State-controlled YPF and its partners are "
        "building a pipeline to a new export terminal on the Atlantic coast at Punta Colorada, due "
        "to start operating in 2027. Analysts said Argentina could become a major exporter if "
        "investment continued. The country recorded an energy trade surplus for the first time in "
        "over a decade last year. Environmental groups have raised concerns about water use and "
        "earthquakes linked to fracking.",
        "other",
    ),
    (
        "EU's AI Act: rules for general-purpose models take effect",
        "Obligations for developers of general-purpose artificial intelligence models under the "
        "EU's AI Act took effect on Saturday, requiring companies to publish summaries of the data "
        "used to train their systems and to respect copyright rules. Most large developers have "
        "signed a voluntary code of practice drawn up by the European Commission, although one "
        "major US company declined. The Commission will be able to fine companies up to 3% of "
        "their global turnover once enforcement begins next year. Some European start-ups have "
        "asked for a delay, saying the rules are too complex. Consumer groups said the law was "
        "being watered down.",
        "other",
    ),
    (
        "Ireland to receive 13 billion euro from Apple after court ruling",
        "The European Court of Justice ruled on Tuesday that Apple must pay about 13 billion euro "
        "in back taxes to Ireland, ending a legal dispute with the European Commission that lasted "
        "eight years. The court found that Ireland had granted the company illegal state aid "
        "through favourable tax rulings. The money, held in an escrow fund, has grown to about 14 "
        "billion euro with interest. Taoiseach Simon Harris said the government would respect the "
        "ruling, although Dublin had argued against it throughout. Opposition parties called for "
        "the windfall to be spent on housing. Apple said it was disappointed.",
        "other",
    ),
    (
        "Melbourne's Flinders Street upgrade to close station for weekends",
        "Parts of Flinders Street Station will close on six weekends from next month while workers "
        "connect the new Metro Tunnel to the city loop, the Victorian government said on Friday. "
        "Replacement buses will run between Southern Cross and Richmond. The Metro Tunnel, which "
        "opens five new underground stations, is expected to carry its first passengers before the "
        "end of the year, earlier than planned. Transport groups welcomed the progress but said "
        "commuters needed clearer information. The project has cost about $13.5 billion. Trams "
        "will not be affected.",
        "other",
    ),
    (
        "Brazil's top court orders platforms to remove illegal posts without a court order",
        "Brazil's Supreme Federal Court ruled on Thursday that social media companies can be held "
        "liable for illegal content posted by users if they fail to remove it after being "
        "notified, even without a court order. The majority of the justices said the existing law "
        "gave platforms too much protection. The ruling applies to posts involving hate speech, "
        "child abuse and anti-democratic acts, among others. Technology companies said the "
        "decision would create legal uncertainty and could lead to censorship. Press freedom "
        "groups were divided. The government said the ruling would protect users.",
        "other",
    ),
    (
        "Montreal's summer of road works frustrates drivers and cyclists",
        "More than 600 construction sites are open across Montreal this summer, the city said, "
        "and drivers and cyclists say getting anywhere has become an ordeal. Orange traffic cones "
        "line many of the main arteries, and the Ville-Marie expressway is partly closed for "
        "repairs until October. City officials said much of the work was needed to replace water "
        "mains more than a century old. A survey by the Quebec automobile association found that "
        "commuting times had risen by a fifth. Businesses on Saint-Denis Street said they had lost "
        "customers. The mayor promised better coordination next year.",
        "other",
    ),
]
