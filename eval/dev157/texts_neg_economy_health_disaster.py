"""dev157 negatives: business, health and weather desks (a bakery reopening, rates, prices,
veterans' rehabilitation, vaccination, floods and a cyclone), no current violent event."""

# (title, text, kind code)
NEGATIVES = [
    (
        "In Irpin, the bakery that fed the town's defenders reopens in a rebuilt building",
        "A bakery in Irpin that was destroyed in the first weeks of the full-scale "
        "invasion reopened on Saturday in a rebuilt two-story building on "
        "Universytetska Street, with a line of customers stretching around the block "
        "before the doors opened. Owner Natalia Hrytsenko, who started the business "
        "in 2016 with two ovens, told Ukrainska Pravda that she had spent a year and "
        "a half raising money from a state grant program, a bank loan and donations "
        "from former customers abroad. The new bakery employs 14 people, including "
        "four women who moved to Irpin from Donetsk Oblast, and will produce around "
        "2,000 loaves and pastries a day. The equipment was partly financed by the "
        "eRobota program, which offers grants of up to 1 million hryvnias to small "
        "businesses. Irpin, a commuter town northwest of Kyiv, was occupied for a "
        "month in the spring of 2022 and about a fifth of its buildings were "
        "damaged. Since then, most of the town's shops and cafés have reopened, and "
        "the population has returned to near pre-war levels, according to the city "
        "council. Hrytsenko said the most popular item on the first day was a honey "
        'cake her grandmother used to make. "People came not just for bread, but to '
        'see that the place is alive again," she said. The bakery plans to open a '
        "second outlet in neighboring Bucha next year. Two of her former bakers, who "
        "had left for Poland in 2022, came back to work for her.",
        "economy",
    ),
    (
        "Central bank raises key rate to 21% as war spending keeps inflation high",
        "The Bank of Russia raised its key interest rate by 200 basis points to 21% "
        "on Friday, the highest level since 2003, saying that inflation was running "
        "well above its forecast and that demand in the economy continued to "
        "outstrip supply. Governor Elvira Nabiullina told a press conference that "
        "the labor market remained extremely tight and that companies were "
        "struggling to find workers, as record wages in the defense industry drew "
        "people from other sectors. Annual inflation reached 8.6% in September, "
        "nearly double the bank's 4% target. Economists say government spending, "
        "with about a third of the federal budget going to defense and security, is "
        "the main driver of price growth. The decision drew criticism from business "
        "leaders, including the head of state conglomerate Rostec, who said "
        "companies could not invest at such borrowing costs. Mortgage rates without "
        "state subsidies have risen above 25%, and new home sales have dropped "
        "sharply since subsidized mortgages were scaled back in July. The ruble "
        "weakened slightly against the yuan after the announcement. The bank "
        "signaled that further tightening was possible at its December meeting. "
        "Analysts polled by The Moscow Times expect growth to slow to around 1% next "
        "year.",
        "economy",
    ),
    (
        "Syrian pound firms and investors flock to Damascus as US lifts sanctions",
        "The Syrian pound strengthened on the parallel market in Damascus on Sunday, "
        "trading at around 9,500 to the dollar compared to 11,000 a week earlier, "
        "after the United States announced the lifting of most of its sanctions on "
        "Syria, exchange dealers told Enab Baladi. Business delegations from Gulf "
        "countries and Turkey have arrived in the capital over the past days, and "
        "the Ministry of Economy said it had received requests to invest in energy, "
        "real estate and telecommunications. Syrian banks are expected to be "
        "reconnected to the SWIFT international payments system in the coming weeks, "
        "the governor of the Central Bank said. Traders in the Hamidiyeh market said "
        "prices of imported goods had already fallen, although demand remained weak "
        "because of low salaries. The average monthly wage in the public sector is "
        "still equivalent to about 30 dollars, despite a raise announced by the "
        "government in February. Economists warned that the country's "
        "infrastructure, destroyed over more than a decade of war, would need tens "
        "of billions of dollars of investment before growth could be felt. The "
        "European Union has also eased its restrictions on Syria's banking and "
        "energy sectors. Syrian expatriates in Germany and the Gulf said they were "
        "considering sending more money home through official channels now that "
        "transfers would be legal.",
        "economy",
    ),
    (
        "Prices fall in Taiz as main road reopens after nine years",
        "Prices of vegetables, flour and cooking gas fell in Taiz city this week "
        "after the reopening of the main road linking the city with al-Hawban, which "
        "had been closed for nine years, traders and residents said. Trucks carrying "
        "goods from Sanaa and al-Hudaydah can now reach the city's markets in less "
        "than an hour, instead of the six to eight hours they needed to travel "
        "through the mountain roads around it. The price of a cylinder of cooking "
        "gas dropped from 12,000 to about 9,000 rials within days, according to shop "
        "owners in the Bab Musa market. The road was reopened last month after an "
        "agreement between the two sides, part of a UN-backed effort to ease "
        "movement in the governorate. Families separated by the closure were "
        "reunited at the crossing point, where buses now run regularly. Transport "
        "companies said fares between the city and Aden and Sanaa had fallen by "
        "nearly half. Local economists said the reopening would also lower the cost "
        "of medicine, most of which is imported through Aden. The Taiz chamber of "
        "commerce called for other roads around the city to be opened. Residents "
        "said they were still waiting for the reopening of the Jawlat al-Qasr road, "
        "which would shorten the journey to the eastern districts.",
        "economy",
    ),
    (
        "Rice, oil and transport: how the closed roads are driving up prices in Port-au-Prince",
        "The price of a 50-kilogram bag of imported rice has risen by nearly 40% in "
        "Port-au-Prince markets since the beginning of the year, according to "
        "traders at the Croix-des-Bossales market and data from the Coordination "
        "nationale de la sécurité alimentaire (CNSA). Importers and wholesalers say "
        "the main reason is the cost of moving goods out of the capital's port and "
        "onto the roads to the provinces, which are controlled by armed groups at "
        'several points. Truck drivers pay "tolls" at checkpoints on the national '
        "roads 1 and 2, which can add several thousand gourdes per trip, a trader "
        "told Le Nouvelliste. Some companies now ship goods by boat from "
        "Port-au-Prince to Miragoâne, Jérémie and Cap-Haïtien, which lengthens "
        "delivery times. Local producers in the Artibonite and the South are also "
        "struggling to bring their rice, vegetables and plantains to the capital. "
        "The gourde has remained relatively stable against the dollar, so economists "
        "say the price increases are driven by transport costs and shortages. "
        "Inflation reached 26% year-on-year in June, according to the Haitian "
        "Institute of Statistics. The Ministry of Commerce announced talks with "
        "importers to set up a price monitoring committee. For many families, the "
        "increases mean fewer meals a day, according to a CNSA survey. At the "
        "Salomon market, a vendor said she now buys smaller quantities of rice from "
        "wholesalers and sells it by the cup. Bakers have raised the price of bread "
        "twice since January, blaming the cost of flour and diesel. Transport "
        "companies say they have reduced the number of trips to the South and the "
        "Grand'Anse. Importers have called on the government to secure a corridor "
        "for goods between the port and the main national roads.",
        "economy",
    ),
    (
        "At a Lviv rehabilitation center, veterans learn to walk, type and drive "
        "again with new prosthetics",
        "A rehabilitation center for wounded service members in Lviv said on Tuesday "
        "it had fitted its 3,000th prosthesis since opening in 2023, as Ukraine "
        "tries to cope with a growing number of veterans who need long-term care. "
        "The center, financed by private donors and the state, makes prosthetic arms "
        "and legs in its own workshop and offers physical therapy, psychological "
        "support and training in daily tasks. Its director told Ukrainska Pravda "
        "that the average patient stays between two and six months and that the "
        "waiting list had grown to more than 600 people. The Health Ministry "
        "estimates that tens of thousands of Ukrainians have had amputations since "
        'the start of the full-scale war, most of them soldiers. "The first step '
        'with the new leg was harder than anything I did at the front," said a '
        "28-year-old former infantryman from Zhytomyr who lost his left leg. "
        "Patients also learn to drive adapted cars on a training ground behind the "
        "hospital. The government has promised to fund prosthetics with the latest "
        "technology from the state budget, but veterans' groups complain about "
        "delays in payments. A second center is due to open in Kyiv next year. The "
        "center also trains prosthetists from other regions of Ukraine.",
        "health",
    ),
    (
        "Polio vaccination campaign reaches 1.2 million children in government-held governorates",
        "A three-day polio vaccination campaign reached more than 1.2 million "
        "children under five in 13 governorates under the control of the "
        "internationally recognized government, the Ministry of Public Health and "
        "Population said in Aden on Wednesday. Some 9,000 health workers went door "
        "to door in Aden, Lahj, Taiz, Marib, Hadramout and other governorates, and "
        "set up vaccination points in markets and mosques. The campaign was launched "
        "after new cases of circulating vaccine-derived poliovirus type 2 were "
        "detected in the country this year, the ministry said. UNICEF and the World "
        "Health Organization, which supported the campaign, said immunization "
        "coverage in Yemen was among the lowest in the region. In the northern "
        "governorates, where most cases have been recorded, the authorities in Sanaa "
        "have not allowed house-to-house campaigns since 2021. Measles and cholera "
        "outbreaks have also strained Yemen's health system, which has been weakened "
        "by years of war and economic collapse.",
        "health",
    ),
    (
        "Kinshasa launches mpox vaccination with first doses for health workers and contacts",
        "The Ministry of Public Health launched the mpox vaccination campaign in "
        "Kinshasa on Saturday, with the first doses given to health workers at the "
        "Kinkole general hospital and to contacts of confirmed cases in the N'Sele "
        "health zone. The DRC received 265,000 doses of the MVA-BN vaccine this "
        "month, donated by the European Union and the United States, the minister "
        "said. The first phase targets health workers, contacts of cases, and the "
        "provinces with the highest number of cases, including Équateur, Sud-Kivu "
        "and Sankuru. More than 30,000 suspected cases and nearly 900 deaths have "
        "been recorded in the country since the beginning of the year, according to "
        "the ministry. Health officials said the vaccines would also be given to "
        "people living in the crowded neighbourhoods of the capital where the new "
        "clade Ib has been detected. The national coordinator of the response told "
        "Radio Okapi that vaccine supplies remained far below needs. The World "
        "Health Organization declared mpox a public health emergency of "
        "international concern in August.",
        "health",
    ),
    (
        "Floods in Jonglei cut off Bor and displace thousands for the fifth year in a row",
        "Floodwaters from the White Nile have cut the road between Bor and Juba and "
        "displaced thousands of families in Jonglei State, local officials said on "
        "Tuesday, as South Sudan faces another year of severe flooding. The Bor "
        "County commissioner said more than 8,000 households had left their homes in "
        "Bor South, Twic East and Duk counties, many of them moving to higher ground "
        "along the dykes. Humanitarian agencies said the floods had destroyed crops "
        "ready for harvest and drowned thousands of cattle, the main source of "
        "wealth in the region. Water levels in Lake Victoria remain high, and the "
        "release of water from Ugandan dams has increased flows downstream, the "
        "Ministry of Water Resources said. Schools in several payams have closed "
        "because classrooms are under water or are being used as shelters. UN "
        "agencies warned of a rise in cases of malaria and waterborne diseases. Some "
        "families from Twic East said it was the fifth year in a row that they had "
        "been forced to move because of the floods. The state government appealed "
        "for boats, tarpaulins and mosquito nets. Jonglei was one of the areas worst "
        "affected by the 2021 and 2022 floods, when parts of the state remained "
        "under water for more than a year.",
        "disaster",
    ),
    (
        "Cyclone Mocha tears through Sittwe, levelling homes and camps along the coast",
        "Cyclone Mocha made landfall near Sittwe in Rakhine State on Sunday "
        "afternoon with winds of up to 210 kilometres per hour, tearing off roofs, "
        "toppling telecommunications towers and flooding low-lying parts of the "
        "town, residents and aid workers said. The storm surge flooded "
        "neighbourhoods near the coast, and many residents spent the night on the "
        "upper floors of monasteries and schools. Camps for displaced Rohingya on "
        "the outskirts of Sittwe were among the worst affected, with most bamboo "
        "shelters destroyed, community leaders told Frontier. The military regime "
        "said several people had been killed but did not give a full toll, while "
        "Rohingya community groups said dozens had died in the camps alone. Phone "
        "and internet lines to Sittwe were down for most of Monday, making it "
        "difficult to assess the damage. Aid agencies said they were waiting for "
        "authorization from the regime to send relief supplies to the affected "
        "areas. The Arakan Army, which controls large parts of rural Rakhine, said "
        "its own teams were helping people in the townships near the coast. The "
        "cyclone also hit Cox's Bazar in Bangladesh, where the refugee camps escaped "
        "the worst of the storm. Meteorologists said Mocha was one of the strongest "
        "cyclones to hit Myanmar in over a decade.",
        "disaster",
    ),
    (
        "Shabelle river bursts its banks in Beledweyne, forcing most of the town to move",
        "The Shabelle river burst its banks in Beledweyne on Sunday night, flooding "
        "most of the town and forcing tens of thousands of residents to flee to "
        "higher ground, local officials said. The Hiiraan regional administration "
        "said about 200,000 people had been affected by the floods, and that many "
        "families were staying in makeshift shelters on the hills outside the town. "
        "The river rose after heavy rains in the Ethiopian highlands, where the "
        "Shabelle begins, and continued rising on Monday. Residents waded through "
        "chest-high water carrying children and belongings, while boats from the "
        "regional authorities and volunteers ferried the elderly to safety. The "
        "Somali Disaster Management Agency said floods had also hit parts of Jowhar "
        "and Balcad along the river. Aid agencies warned that the floods came after "
        "a drought that had already killed livestock and left many families "
        "dependent on assistance. The deputy governor of Hiiraan told Hiiraan Online "
        "that food, clean water and medicines were urgently needed. Beledweyne has "
        "flooded repeatedly in recent years, and residents say the river embankments "
        "have never been properly repaired. The government declared a state of "
        "emergency in the affected areas and appealed for international assistance.",
        "disaster",
    ),
]
