"""dev95 plain negatives (negative_other): the ordinary news of a feed day: economy, elections,
science, tech, weather, culture, obituaries, transport, education."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Fed leaves rates at 5.25%-5.5%, pencils in two cuts for the year",
        "The Federal Reserve left interest rates unchanged at 5.25%-5.5% on Wednesday and "
        "officials pencilled in two quarter-point cuts before the end of the year, as "
        "inflation continued to cool more slowly than expected.",
        "other",
    ),
    (
        "Modi's BJP loses majority as INDIA bloc makes big gains",
        "Prime Minister Narendra Modi's Bharatiya Janata Party lost its outright majority in "
        "the Lok Sabha, winning 240 seats, and will depend on allies to form a government for "
        "a third term, results published on Wednesday showed.",
        "other",
    ),
    (
        "Claudia Sheinbaum wins Mexican presidency in landslide",
        "Claudia Sheinbaum wins Mexico's presidential election, becoming the first woman to "
        "lead the country.",
        "other",
    ),
    (
        "SpaceX catches Starship booster with 'chopsticks' on first attempt",
        "SpaceX caught the returning first stage of its Starship rocket with the mechanical "
        "arms of its launch tower in Texas on Sunday, a feat that the company says brings it "
        "closer to fully reusable rockets.",
        "other",
    ),
    (
        "Chandrayaan-3 lands near the Moon's south pole",
        "BENGALURU: India became the first country to land a spacecraft near the Moon's south "
        "pole on Wednesday evening, as the Vikram lander of Chandrayaan-3 touched down at "
        "6.04 p.m., setting off celebrations at ISRO's mission control.",
        "other",
    ),
    (
        "Apple unveils its first mixed-reality headset at $3,499",
        "Apple on Monday unveiled the Vision Pro, a mixed-reality headset priced at $3,499, "
        "its first major new product category since the Apple Watch, which will go on sale in "
        "the United States early next year.",
        "other",
    ),
    (
        "UK records 40C for first time as heat records tumble",
        "Temperatures in England passed 40C for the first time on record on Tuesday, with "
        "40.3C measured at Coningsby in Lincolnshire, the Met Office said, as train services "
        "were cancelled and schools closed early.",
        "other",
    ),
    (
        "Ozone layer on track to recover within decades, UN report finds",
        "The ozone layer is on track to recover to its 1980 levels over most of the world by "
        "2040, a UN-backed panel of scientists said on Monday, crediting the phase-out of "
        "ozone-depleting chemicals under the Montreal Protocol.",
        "other",
    ),
    (
        "COP29 ends with $300bn climate finance deal that poor nations call inadequate",
        "Negotiators in Baku agreed early on Sunday that rich countries should provide at "
        "least $300 billion a year in climate finance to developing nations by 2035, a deal "
        'that India\'s delegate called "a paltry sum" ...',
        "other",
    ),
    (
        "White smoke: Robert Prevost elected pope, takes the name Leo XIV",
        "Cardinal Robert Prevost, a Chicago-born missionary who spent decades in Peru, was "
        "elected pope on Thursday and took the name Leo XIV, becoming the first American to "
        "lead the Catholic Church.",
        "other",
    ),
    (
        "Queen Elizabeth II dies at Balmoral aged 96",
        "Queen Elizabeth II, Britain's longest-reigning monarch, died peacefully at Balmoral "
        "on Thursday afternoon, Buckingham Palace said. Her eldest son becomes King Charles "
        "III. Flags were lowered to half-mast across the country.",
        "other",
    ),
    (
        "South Korea's Han Kang wins Nobel Prize in Literature",
        'South Korean author Han Kang has won the 2024 Nobel Prize in Literature for "her '
        "intense poetic prose that confronts historical traumas and exposes the fragility of "
        'human life", the Swedish Academy said on Thursday.',
        "other",
    ),
    (
        "Taylor Swift's Eras Tour becomes first to gross more than $1 billion",
        "Taylor Swift's Eras Tour is the first to gross more than $1bn, Pollstar says.",
        "other",
    ),
    (
        "From a tent in Kakuma to a PhD at Oxford: a former refugee's journey",
        "Twenty years after arriving in Kakuma camp as a ten-year-old, South Sudanese "
        "scientist Deng Majok is graduating with a doctorate in engineering from Oxford, and "
        "he plans to go back to teach in Juba. Read more.",
        "other",
    ),
    (
        "Safaricom profit rises on M-Pesa growth, Ethiopia losses narrow",
        "Safaricom reported a 7% rise in full-year net profit on Thursday, driven by mobile "
        "money service M-Pesa, while losses at its Ethiopian unit narrowed as it added more "
        "than four million customers there. Shares rose 3% in Nairobi.",
        "other",
    ),
    (
        "Dangote refinery begins petrol production, ending decades of import dependence",
        "The Dangote Petroleum Refinery in Lagos has begun producing petrol, the company said "
        "on Tuesday, and expects to supply the domestic market within weeks, a milestone for "
        "Africa's biggest oil producer, which has relied on imported fuel for decades.",
        "other",
    ),
    (
        "Argentina's monthly inflation slows to 2.7%, lowest since 2020",
        "Argentina's monthly inflation rate slowed to 2.7% in October, the lowest in nearly "
        "four years, the INDEC statistics agency said on Tuesday, handing President Javier "
        "Milei a boost ahead of the anniversary of his election.",
        "other",
    ),
    (
        "Chileans reject proposed new constitution by wide margin",
        "Chilean voters overwhelmingly rejected a proposed new constitution in a referendum "
        "on Sunday, with nearly 62% voting against the text drafted by an elected convention, "
        "official results showed, a major setback for President Gabriel Boric.",
        "other",
    ),
    (
        "Marcos Jr wins Philippine presidency by landslide, unofficial count shows",
        'Ferdinand "Bongbong" Marcos Jr won the Philippine presidential election by a '
        "landslide, with more than 31 million votes in an unofficial count on Tuesday, 36 "
        "years after his father was ousted in a popular uprising.",
        "other",
    ),
    (
        "Australians vote No to Indigenous Voice to Parliament",
        "Australians voted down a proposal to recognise Indigenous people in the constitution "
        "through an advisory body to parliament, with every state returning a majority No "
        "vote in Saturday's referendum, the ABC projected.",
        "other",
    ),
    (
        "Sanae Takaichi becomes Japan's first female prime minister",
        "TOKYO (AP) — Sanae Takaichi was elected Japan's first female prime minister by "
        "parliament on Tuesday, after her Liberal Democratic Party formed a new coalition to "
        "replace its longtime partner, Komeito.",
        "other",
    ),
    (
        "DeepSeek wipes $600bn off Nvidia as Chinese AI model rattles markets",
        "Nvidia lost almost $600 billion in market value on Monday, the biggest one-day loss "
        "in US stock market history, after Chinese start-up DeepSeek released an AI model it "
        "said was built at a fraction of the cost of American rivals.",
        "other",
    ),
    (
        "James Webb telescope's first full-colour images reveal ancient galaxies",
        "NASA released the first full-colour images from the James Webb Space Telescope on "
        "Tuesday, including a deep field showing thousands of galaxies whose light set out "
        "more than 13 billion years ago.",
        "other",
    ),
    (
        "KCSE results: number of top grades rises as ministry changes grading system",
        "Education Cabinet Secretary Julius Ogamba on Thursday released the results of the "
        "Kenya Certificate of Secondary Education exams, with 1,693 candidates scoring a mean "
        "grade of A, up from 1,216 last year.",
        "other",
    ),
    (
        "Lagos Blue Line rail begins commercial operations",
        "The first phase of the Lagos Blue Line light rail began commercial operations on "
        "Monday, carrying passengers between Marina and Mile 2 in about 15 minutes, a journey "
        "that can take two hours by road, the state government said.",
        "other",
    ),
    (
        "Amazon deforestation falls by half in Lula's first year",
        "Deforestation in Brazil's Amazon fell by 50% in 2023 compared with the previous "
        "year, according to satellite data from the space research institute INPE, as "
        "President Luiz Inácio Lula da Silva's government stepped up environmental "
        "enforcement.",
        "other",
    ),
    (
        "Pakistan reaches staff-level agreement with IMF on $7bn loan",
        "ISLAMABAD: Pakistan has reached a staff-level agreement with the International "
        "Monetary Fund for a 37-month, $7 billion loan programme, the lender said on Friday, "
        "subject to approval by its executive board.",
        "other",
    ),
    (
        "EU fines Apple €500m and Meta €200m under digital markets law",
        "The European Commission fined Apple €500 million and Meta €200 million on Wednesday, "
        "the first penalties under the Digital Markets Act, for breaching rules intended to "
        "curb the power of big tech platforms. Apple said it would appeal. Meta called the "
        'decision "a tariff on American companies".',
        "other",
    ),
    (
        "Met Office issues snow and ice warnings as cold snap grips Scotland",
        "The Met Office has issued amber warnings for snow and ice across much of northern "
        "Scotland for Thursday, with up to 30cm of snow possible on higher ground and drivers "
        "advised to avoid unnecessary journeys.",
        "other",
    ),
    (
        "Switzerland's Nemo wins Eurovision with 'The Code'",
        "Switzerland's Nemo won the Eurovision Song Contest in Malmö on Saturday night with "
        '"The Code", a song about embracing a non-binary identity, becoming the first '
        "non-binary winner of the contest.",
        "other",
    ),
    (
        "Desmond Tutu, anti-apartheid hero and Nobel laureate, dies aged 90",
        "Archbishop Desmond Tutu, the Nobel peace laureate whose voice helped end apartheid "
        "in South Africa, has died in Cape Town at the age of 90, President Cyril Ramaphosa "
        "said on Sunday.",
        "other",
    ),
    (
        "Padma Bridge opens, linking Bangladesh's southwest to Dhaka by road",
        "Prime Minister Sheikh Hasina on Saturday opened the 6.15km Padma Bridge, the "
        "country's longest, cutting travel time between Dhaka and the southwestern districts "
        "from many hours to about three.",
        "other",
    ),
    (
        "Spain's economy grew 3.2% last year, outpacing euro zone peers",
        "Spain's economy grew 3.2% in 2024, the statistics institute said on Wednesday, well "
        "ahead of the euro zone average, driven by record tourism, immigration and strong "
        "public spending.",
        "other",
    ),
]
