"""dev129 negatives, part e: refugees far from war, schools, music, prices, health and sport."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Three years on, Ukrainians in Ireland weigh leaving the hotels for the rental market",
        "When Olena Savchuk arrived in Ireland from Zaporizhzhia in the spring of 2022 with her "
        "two daughters, she expected to stay a few months. Three years later she works as a "
        "pharmacy assistant in Castlebar, her elder daughter is sitting the Leaving Cert, and "
        "the family is one of about 27,000 Ukrainians still living in state-provided "
        "accommodation. That is about to change. The Government has cut the weekly allowance "
        "for new arrivals living in state accommodation and limited their stay to 90 days, and "
        "it is reviewing contracts with hotels and guesthouses that have housed Ukrainians "
        "since the start of the war. Families like Olena's are being encouraged to move into "
        "private rentals, but in a county with almost no homes to let, she does not know where "
        "they would go. More than 110,000 Ukrainians have come to Ireland under the EU's "
        "temporary protection scheme, which has been extended to 2027. About half of those of "
        "working age are in employment, according to the Central Statistics Office, many in "
        "hospitality, healthcare and retail. Local businesses in the west say they rely on "
        "them: a hotel owner in Westport said a third of his staff were Ukrainian, and that "
        "his kitchen would close without them. Housing charities warn that moving thousands of "
        "families into an overstretched rental market at once could push some into "
        "homelessness, and that county councils have not been told how many people to expect. "
        "Olena has looked at eleven flats since the summer, and has been outbid or turned down "
        "for all of them. She says she has no home to go back to in Zaporizhzhia. 'My daughters think "
        "in English now,' she said. 'I am still thinking in both.'",
        "other",
    ),
    (
        "Banned from class, Afghan girls learn physics on WhatsApp",
        "At 7 in the evening in Mazar-i-Sharif, 16-year-old Mursal props her phone against a "
        "teapot and joins a physics lesson taught by a teacher in Canada. Since the Taliban "
        "banned girls from secondary school in 2022 and from universities later that year, "
        "tens of thousands of Afghan girls have turned to online classes run by volunteers, "
        "exile groups and a few international organisations, often through WhatsApp groups "
        "and recorded voice notes that use less data than video. Some platforms now offer "
        "accredited courses and exams recognised by foreign universities. The obstacles are "
        "considerable: internet access is expensive and unreliable, electricity comes and "
        "goes, and families fear being found out, since the authorities have closed some "
        "secret schools. Afghanistan is the only country in the world that bans girls from "
        "education beyond primary school, and the Taliban's leader has shown no sign of "
        "lifting the ban despite pressure from some of his own ministers. UNESCO estimates that "
        "1.4 million girls have been deprived of secondary education. Mursal wants to study "
        "engineering abroad. Her mother, who was a teacher before 2021, listens in from the "
        "kitchen and sometimes helps with the maths.",
        "other",
    ),
    (
        "Tinariwen's heirs: a Malian desert blues band on the road in Europe",
        "The four members of Imarhan Tenere, a band from the Malian town of Kidal, spent most "
        "of last year on tour buses between festivals in France, Germany and Scandinavia, "
        "playing the hypnotic guitar music the Tuareg call assouf, or longing. Their second "
        "album, recorded in a studio outside Bamako and mixed in London, reached the top of the "
        "world music charts in October. The band's singer, Ahmed ag Mohamed, 34, learned to "
        "play on a guitar made from a tin can, listening to cassettes of Tinariwen, the group "
        "that brought desert blues to the world in the early 2000s. Like many musicians from "
        "northern Mali, the band lives in exile: its members have not been able to perform in "
        "Kidal for years, and they now live in Niamey and in Paris. Their songs are about "
        "camels, lovers and the open desert, and, more obliquely, about a homeland they cannot "
        "visit. 'We sing about what we miss,' Ahmed said before a concert in Berlin, where the "
        "crowd of 2,000 danced for two hours. The band plays Glastonbury in June. They hope, "
        "one day, to play a concert at home.",
        "other",
    ),
    (
        "Why Nigerians are paying five times more for tomatoes",
        "A basket of tomatoes that cost 15,000 naira at Lagos's Mile 12 market a year ago now "
        "sells for more than 75,000, and cooks across Nigeria are improvising. Some make stew "
        "with tinned paste, others with red peppers, and one popular food blogger has published "
        "a recipe for 'jollof without tomatoes'. The price spike has several causes. A pest, "
        "the tomato leaf miner, has ravaged farms in the north, where most of the country's "
        "tomatoes are grown. A heatwave cut yields. And the removal of the fuel subsidy and the "
        "devaluation of the naira have made it far more expensive to truck produce south and "
        "to import fertiliser and seeds. Food inflation reached 40% in the year to June, the "
        "highest in almost three decades, and the government has suspended import duties on "
        "some staples. Farmers say they need cold storage and processing plants, since about "
        "half the harvest rots before it reaches a market in a normal year. Economists warn "
        "that the cost of food is eroding support for President Bola Tinubu's reforms. At Mile "
        "12, traders say customers now buy tomatoes by the piece.",
        "other",
    ),
    (
        "Cameroon starts the world's first routine malaria vaccinations",
        "Cameroon on Monday became the first country to add a malaria vaccine to its routine "
        "childhood immunisation programme, in a campaign that health officials hope will save "
        "thousands of young lives a year. At a health centre in Soa, near the capital, "
        "Yaoundé, mothers queued with babies aged six months to receive the first of four "
        "doses of the RTS,S vaccine. The government plans to vaccinate about 250,000 children in "
        "42 districts this year. Malaria kills more than 600,000 people a year, most of them "
        "children under five in Africa. The vaccine prevents about a third of severe cases in "
        "young children, a modest effect that experts say adds up to many lives when combined "
        "with bed nets. About 20 more African countries plan to follow this year.",
        "health",
    ),
    (
        "The refugee boxer who won a medal for a team without a country",
        "When Cindy Ngamba's arm was raised after her quarter-final in Paris, the Refugee "
        "Olympic Team had its first Olympic medal, and the arena at Roland-Garros, where the "
        "boxing was held, shook with cheers for a fighter without a flag. Ngamba, who was born "
        "in Cameroon and moved to Britain at the age of 11, has lived in Bolton for most of her "
        "life. She was granted refugee status after years of immigration battles, during which "
        "she was once detained and told she faced deportation, because she is gay and "
        "same-sex relationships are illegal in Cameroon. She could not represent Britain "
        "because she does not have a British passport. The Refugee Olympic Team, created for "
        "the Rio Games in 2016, had 37 athletes in Paris from countries including Afghanistan, "
        "Syria, Iran and South Sudan. Ngamba lost her semi-final in the 75kg division and took "
        "bronze. 'This is for every refugee who has been told they cannot,' she said, draped in "
        "the team's flag. Her coaches in Bolton say she will go for gold in Los Angeles, "
        "whatever flag she fights under.",
        "sport",
    ),
    (
        "Graffiti tours in Comuna 13: Medellín sells its past, carefully",
        "The escalators were installed in 2011 on a hillside of Medellín that was once among the "
        "most dangerous neighbourhoods in Colombia, and today they carry thousands of tourists "
        "a day up past murals, hip-hop dancers and stalls selling mango ice lollies. Comuna "
        "13's history is told on every tour: the urban militias of the guerrillas and the "
        "paramilitaries, and the military operation of October 2002, Orion, in which soldiers "
        "and helicopters stormed the district and after which dozens of residents disappeared. "
        "Investigators have recovered human remains at a landfill on the edge of the comuna in "
        "recent years. Many guides are young residents who grew up in the neighbourhood and "
        "speak about it with a mixture of pride and weariness. Some locals complain that the "
        "tours have become a theme park of violence, with selfies in front of memorials; others "
        "point out that tourism has brought jobs and investment that the state never did. The "
        "city has tried to regulate the tours and spread visitors to other districts. At the "
        "top of the escalators, a mural of a woman with a dove reads 'Memory is not for sale'. "
        "A few metres away, a stall sells it on T-shirts.",
        "history",
    ),
    (
        "The Kharkiv seed bank that had to start again",
        "In a rented laboratory on the campus of an agricultural university outside Kharkiv, "
        "scientists are sorting envelopes of seeds flown in from gene banks in Germany, Poland "
        "and the United States, rebuilding a collection they thought had been lost. Ukraine's "
        "national gene bank of plants, one of the largest in Europe, held about 160,000 samples "
        "of wheat, barley, maize and sunflower varieties, many of them found nowhere else. Part "
        "of its research building was destroyed by Russian shelling in May 2022, along with "
        "thousands of samples stored there. The main collection survived in a basement, but its "
        "staff spent the following two years duplicating it abroad, sending copies to the "
        "Svalbard Global Seed Vault in Norway. Now researchers are requesting back varieties "
        "that Ukrainian scientists shared with foreign institutions decades ago. The "
        "director, a plant geneticist who has worked at the bank since 1991, says the "
        "collection is now insured against anything. 'Seeds are patient,' she said. 'They "
        "have waited in vaults for a hundred years. They can wait for us to rebuild.' The "
        "institute plans to plant test fields of old wheat varieties next spring.",
        "other",
    ),
    (
        "AI weather models are beating the forecasters at their own game",
        "For half a century, weather forecasting has meant solving the equations of atmospheric "
        "physics on some of the world's biggest supercomputers. Machine learning is changing "
        "that. Models trained on decades of past weather data, from Google DeepMind, Huawei "
        "and Nvidia among others, now produce ten-day global forecasts in a minute on a single "
        "chip, and on many measures they are as accurate as the best traditional models. The "
        "European Centre for Medium-Range Weather Forecasts, in Reading, began running its own "
        "AI model operationally this year alongside its physics-based one. The new models are "
        "particularly good at predicting the tracks of tropical cyclones days in advance, "
        "which could help countries with weak meteorological services. They still struggle "
        "with extremes that lie outside the historical record, which climate change makes more "
        "frequent, and they depend on the data produced by the physical models they are "
        "starting to replace. Meteorologists expect hybrid systems to win out. For national "
        "weather services in poor countries, the prize is a forecast that costs almost nothing "
        "to run.",
        "other",
    ),
    (
        "Argentina's inflation falls below 3%, and Milei's chainsaw faces its next test",
        "Argentina's monthly inflation rate fell to 2.4% in October, the lowest in almost four "
        "years, the national statistics institute said on Tuesday, handing President Javier "
        "Milei his best economic news since he took office last December promising to take a "
        "chainsaw to the state. Annual inflation, which peaked at almost 300% in April, is "
        "still above 190%, but it is falling fast, and the peso has been stable against the "
        "dollar on the parallel market. The government has achieved its first budget surpluses "
        "in more than a decade by cutting public works, transfers to the provinces and the real "
        "value of pensions and public salaries. The cost has been a deep recession and a jump "
        "in poverty, which reached 53% of the population in the first half of the year before "
        "easing. Retailers in Buenos Aires report that sales are still depressed, though "
        "mortgage lending has returned for the first time in years. Milei's approval ratings "
        "have held up better than many expected, and investors have bid up Argentine bonds. "
        "The next test is lifting currency controls without setting off another run on the "
        "peso.",
        "other",
    ),
]
