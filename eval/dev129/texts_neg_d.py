"""dev129 negatives, part d: food, travel, science, technology, health, elections, obituaries."""

# (title, text, kind code)
NEGATIVES = [
    (
        "From Aleppo to Neukölln: the shawarma king of Sonnenallee",
        "When Mohammad Kanaan opened his first restaurant on Berlin's Sonnenallee in 2017, he had "
        "four tables, a rented grill and a German vocabulary of about 200 words. Today he runs "
        "three restaurants, a bakery and a catering business with 64 employees, and his "
        "shawarma, marinated for 24 hours in a recipe from his father's shop in Aleppo, has "
        "queues outside at midnight. Kanaan, 38, arrived in Germany in 2015, one of almost a "
        "million people who came that year, most of them fleeing the war in Syria. He worked in "
        "a kitchen in Spandau while learning the language and sleeping in a shelter. The street "
        "where he opened, in the Neukölln district, has since become known as Berlin's 'Arab "
        "street', with Syrian sweet shops, Lebanese grocers and Iraqi barbers. Ten years after "
        "Angela Merkel's 'Wir schaffen das', studies show that most Syrians who came in 2015 "
        "are in work, though many in jobs below their qualifications. Kanaan became a German "
        "citizen last year. He says he has no plans to move back to Syria, despite the change "
        "of government there, but would like to open a branch in Aleppo one day. 'My children "
        "are from Berlin,' he said. 'But the recipe is from Aleppo.'",
        "other",
    ),
    (
        "A weekend in Lviv: coffee, cobbles and the air-raid app",
        "The first thing you download in Lviv is not a map but an air-raid alert app. Ours went "
        "off at 2am on the first night, a robotic voice announcing a threat in the region, and "
        "we followed the hotel's instructions to the shelter in the basement, where a few other "
        "guests sat in pyjamas scrolling their phones. The all-clear came 40 minutes later, and "
        "by breakfast nobody mentioned it. Lviv, in western Ukraine, has stayed open to "
        "visitors throughout the war, and its cafés, theatres and cobbled squares are busy with "
        "Ukrainians on short breaks from the east and a trickle of foreigners. The city has not "
        "been spared entirely: a missile strike in July 2023 destroyed part of a residential "
        "block near the centre, and memorials to soldiers line the walk to the Lychakiv "
        "cemetery. But the old town, a Unesco world heritage site, is intact, and the coffee, "
        "roasted in a dozen small roasteries, is some of the best in Europe. Start at the "
        "Rynok square, climb the town hall tower, and eat varenyky at one of the cellars on "
        "Virmenska street, where the dumplings come with fried onions and sour cream. In the "
        "afternoon, walk up to the High Castle hill for the view over the roofs and church "
        "domes, or take a tram to the Shevchenkivskyi Hai open-air museum, a forest of wooden "
        "churches and farmhouses brought from villages across the Carpathians. In the evening, "
        "the opera house still stages full productions, with the performance paused and the "
        "audience led downstairs if an alert sounds. Prices are low by European standards, a "
        "three-course dinner with wine costing less than a cinema ticket in London, and "
        "Ukrainians say visitors are welcome, provided they remember where they are. Many "
        "restaurants give a share of their takings to hospitals or to the army, and a few have "
        "menus written by veterans who trained as chefs after leaving the army. Trains from Przemyśl in Poland take about "
        "two hours. Check your "
        "government's travel advice before going, and remember that your travel insurance may "
        "not cover you.",
        "other",
    ),
    (
        "An ice core from Antarctica reaches back 1.2 million years",
        "A team of European scientists has drilled an ice core reaching 2.8 kilometres into the "
        "Antarctic ice sheet, recovering ice that they believe is at least 1.2 million years "
        "old, the longest continuous record of Earth's climate ever obtained. The project, "
        "called Beyond EPICA, drilled at a site known as Little Dome C, about 40 kilometres "
        "from the French-Italian Concordia research station, over four southern summers in "
        "temperatures of minus 35C. Air bubbles trapped in the ice preserve samples of the "
        "ancient atmosphere, allowing researchers to measure carbon dioxide and methane "
        "levels at the time. The scientists hope to understand a puzzle known as the "
        "mid-Pleistocene transition, when the rhythm of ice ages changed from cycles of about "
        "41,000 years to cycles of about 100,000 years, for reasons that are still unclear. "
        "The core has been cut into one-metre sections and will be shipped to laboratories in "
        "Europe in refrigerated containers. 'This is a historic moment for climate science,' "
        "said the project's coordinator. Results are expected within two to three years.",
        "other",
    ),
    (
        "The Nairobi workers who teach AI what not to say",
        "In a shared office in Nairobi's Upper Hill district, rows of young Kenyans spend their "
        "days reading text that most people would rather not see, labelling it so that AI "
        "chatbots learn to refuse it. Grace, 27, a graduate in economics, earns about $2 an "
        "hour and says the work has given her nightmares. Kenya has become one of the biggest "
        "hubs of the global data-labelling industry, thanks to its young, educated, "
        "English-speaking workforce and its fast internet, and the government sees it as a "
        "path to a million digital jobs. But workers say the pay is low, the contracts are "
        "short and the psychological support is thin. A group of former content moderators is "
        "suing a subcontractor of a large American tech company in Kenyan courts, alleging "
        "unfair dismissal and trauma, and last year some of them formed a union. The companies "
        "say they pay above the local average and offer counselling. Researchers at the "
        "University of Nairobi argue that Kenya risks being stuck at the bottom of the AI "
        "supply chain. Grace says she would like to become a data scientist. For now, she "
        "labels 800 items a day.",
        "other",
    ),
    (
        "India's generic weight-loss drugs are about to arrive",
        "When the patent on semaglutide, the active ingredient in Ozempic and Wegovy, expires in "
        "India in March, at least a dozen Indian drugmakers are ready to launch copies, and the "
        "price of a month's supply is expected to fall by more than half. India has the "
        "world's second-largest number of adults with diabetes, about 100 million, and obesity "
        "is rising fast in its cities. Doctors welcome cheaper access but worry about misuse: "
        "the drugs are already sold without prescription in some pharmacies, and social-media "
        "influencers promote them for quick weight loss. The drug regulator has promised to "
        "tighten oversight. For the generic industry, which supplies much of the world's "
        "medicines, the drugs are an enormous opportunity, since patents expire in Brazil, "
        "Canada and China around the same time. Novo Nordisk, the Danish maker of the original, "
        "has cut its own prices in India and signed a distribution deal with a local firm. "
        "Analysts expect the Indian market for such drugs to grow tenfold by the end of the "
        "decade. Nutritionists say that without changes in diet, the effect may not last.",
        "other",
    ),
    (
        "Pakistan's accidental solar revolution",
        "Nobody planned it. In the space of three years, Pakistanis have bought more than 40 "
        "gigawatts' worth of Chinese solar panels, roughly equal to the country's entire "
        "installed grid capacity, and bolted them to roofs, tube-wells and shopfronts. The "
        "boom was driven by two things: a collapse in the price of panels, as Chinese "
        "manufacturers cut prices to shift surplus stock, and a rise in electricity tariffs, "
        "which have roughly tripled since 2021 as the state tried to pay for expensive power "
        "plants under an IMF programme. For households in Lahore or Karachi, a rooftop system "
        "now pays for itself in two years. For the grid, the result is a spiral: as better-off "
        "customers leave, the remaining ones pay more, and more of them are tempted to leave "
        "too. The government has floated taxes on panels and cuts to the rates paid for "
        "surplus power, then backed off after protests from traders. Farmers in Punjab now run "
        "their water pumps on solar, raising fears about groundwater. Energy analysts say "
        "Pakistan offers a preview of what cheap solar will do to other poor countries with "
        "indebted utilities. The country's power planners are still catching up.",
        "other",
    ),
    (
        "In Kakheti, a winemaker buries her qvevri and waits",
        "Every autumn, Nino Gelashvili pours the juice, skins and stems of her Rkatsiteli "
        "grapes into clay vessels buried up to their necks in the floor of her cellar in "
        "Kakheti, in eastern Georgia, seals them with beeswax and leaves them for six months. "
        "The method, using egg-shaped jars called qvevri, is at least 8,000 years old, and "
        "Unesco has listed it as part of humanity's intangible heritage. Nino's amber wines, "
        "tannic and dry, are now sold in natural-wine bars from Copenhagen to Brooklyn. She "
        "took over the family vineyard in 2016, after her father died, and makes about 6,000 "
        "bottles a year, each with a label drawn by her daughter. Georgia's wine exports have "
        "grown steadily, although Russia is still the biggest market, which makes many small "
        "producers uneasy. Nino sells almost nothing there. Tourists come to the village of "
        "Velistsikhe for tastings, and she cooks them lunch: khinkali, grilled trout, "
        "cucumbers from the garden. The qvevri themselves are made by only a handful of "
        "craftsmen, and the best of them is 84. 'When he stops,' Nino said, 'I don't know what "
        "we will do.'",
        "other",
    ),
    (
        "Sri Lanka's new president promised to clean up. Voters took him at his word",
        "Anura Kumara Dissanayake, a Marxist-leaning outsider whose party won only 3% of the "
        "vote at the last general election, was sworn in as Sri Lanka's president on Monday "
        "after winning an election dominated by anger at the political class. The 55-year-old "
        "leader of the National People's Power alliance won 42% of first-preference votes and "
        "beat the opposition leader, Sajith Premadasa, in a second count, the first time a "
        "presidential election in Sri Lanka has needed one. His party's roots lie in the "
        "Janatha Vimukthi Peramuna, which led two failed armed uprisings in 1971 and the late "
        "1980s, but it has since become a parliamentary party, and Dissanayake campaigned on "
        "ending corruption and helping the poor. Voters still remember the economic collapse "
        "of 2022, when the country ran out of fuel and medicine, and the protests that drove "
        "out President Gotabaya Rajapaksa. Dissanayake has promised to renegotiate parts of "
        "the country's IMF bailout, which investors will watch closely. He dissolved "
        "parliament on Tuesday and called a snap election for November. Markets fell on the "
        "news of his victory, then recovered.",
        "other",
    ),
    (
        "Adaeze Okonkwo obituary",
        "The Nigerian novelist Adaeze Okonkwo, who has died aged 79, wrote books about women "
        "who run things: markets, households, churches, and in her most famous novel, a whole "
        "town in the Niger delta. 'The Market Queens of Onitsha' (1983) followed three "
        "generations of female traders and sold more than a million copies across Africa, "
        "becoming a set text in West African schools. Born in Enugu in 1946, the daughter of a "
        "headmaster, she studied English at the University of Ibadan and worked as a radio "
        "producer in Lagos before publishing her first novel at 33. She wrote eleven more, "
        "along with plays for radio and a long-running newspaper column on marriage, money and "
        "manners that was read, she liked to say, by more men than would admit it. Her prose "
        "was plain and very funny. She turned down a national honour in 1995, in protest at "
        "the military government's execution of writers and activists, and accepted it in "
        "2011. In later years she taught creative writing in Nsukka, where her students "
        "included several of today's best-known Nigerian writers. She is survived by her "
        "husband, Chukwuma, four children and nine grandchildren.",
        "other",
    ),
    (
        "The Great Barrier Reef's fifth mass bleaching in eight years",
        "Marine scientists flying over the Great Barrier Reef this month have recorded "
        "widespread coral bleaching across all three of its regions, the fifth mass bleaching "
        "since 2016, the Great Barrier Reef Marine Park Authority said on Friday. Aerial "
        "surveys of more than 1,000 reefs found bleaching on about three-quarters of them, "
        "with the most severe damage in the south, which had escaped earlier events. "
        "Bleaching happens when water temperatures stay too high for too long and corals "
        "expel the algae that live in their tissue and give them colour; bleached corals can "
        "recover if temperatures fall, but many die. Sea surface temperatures this summer were "
        "the highest on record for the reef, driven by global warming and an El Niño. "
        "Scientists say the gaps between bleaching events are now too short for the slower "
        "growing corals to recover. The federal government, which has approved new coal and "
        "gas projects, says it is spending billions on reef protection and cutting emissions. "
        "Tourism operators in Cairns say visitors are still coming. 'It is not dead,' said one "
        "dive instructor, 'but it is not well.'",
        "other",
    ),
]
