"""dev291 negatives: the economy under sanctions, accidents, disasters, health, sport and the rest (written blind)."""

NEGATIVES = [
    (
        "Central bank lifts key rate to 21% in battle against runaway inflation",
        """Russia's central bank raised its key interest rate by 200 basis points to 21% on Friday, the highest level since the early 2000s, and said further increases were possible as it struggles to bring down inflation driven by military spending and labour shortages. Governor Elvira Nabiullina said the economy was "overheated" and that inflation, which reached 8.6% in September, was well above the bank's 4% target. Business leaders have attacked the bank's policy, and Sergei Chemezov, head of the state conglomerate Rostec, warned that many companies would go bankrupt if rates stayed this high. Mortgage lending has slumped since the end of subsidised loan programmes in July. The rouble weakened slightly after the decision. Analysts at Sberbank's investment arm said they expected the rate to peak at 23% in December.""",
        "economy",
    ),
    (
        "Rouble slides past 100 to the dollar as Kremlin aide blames 'loose' monetary policy",
        """The rouble fell past 100 to the US dollar on Monday for the first time in 17 months, prompting the central bank to call an emergency meeting for Tuesday. The Russian currency has lost about a third of its value since the start of the year as export revenues fell under Western sanctions and the price cap on oil, while imports recovered. Maxim Oreshkin, Putin's economic adviser, wrote in an article for the TASS news agency that a weak rouble was caused by "loose monetary policy" and that the central bank had the tools to fix it. Shoppers in Moscow said prices of imported electronics and cars had already begun to rise. Travel agencies reported a fall in bookings for foreign holidays. The central bank has stopped buying foreign currency on the market until the end of the year.""",
        "economy",
    ),
    (
        "Oil revenues fall by a third as sanctions bite on shadow fleet",
        """Russia's oil and gas revenues fell by 33% in the first eight months of the year compared with a year earlier, Finance Ministry data showed on Wednesday, as lower prices, a stronger rouble and Western sanctions on tankers weighed on exports. The discount on Russia's flagship Urals crude to Brent widened to more than $20 a barrel after the United States imposed sanctions on Rosneft and Lukoil and on dozens of vessels of the so-called shadow fleet. Indian refiners, the largest buyers of Russian seaborne crude, have cut purchases, according to ship-tracking data. The federal budget deficit reached 4.2 trillion roubles, more than the full-year plan, and the government has proposed raising VAT to 22% from January to cover defence spending. "The economy is moving from overheating to cooling," Economy Minister Maxim Reshetnikov told a forum in Vladivostok. The ministry expects oil and gas to bring in less than a quarter of budget revenue next year, down from nearly half a decade ago.""",
        "economy",
    ),
    (
        "Factories short of workers as unemployment hits record low of 2.2%",
        """Russia's unemployment rate fell to a record low of 2.2% in October, the statistics service Rosstat said, as factories struggle to find workers after the departure of hundreds of thousands of men to the army or abroad. A survey by the central bank found that the shortage of staff was the main constraint on growth for more than half of manufacturers. The Avtovaz car plant in Togliatti has moved to a six-day week for some staff and hired workers from Central Asia, while metallurgical plants in the Urals are training prisoners from nearby colonies. Wages rose by more than 18% in nominal terms over the year, fuelling inflation. Employers in the defence industry offer salaries that other sectors cannot match, economists say. "We are fighting for every welder," the director of a shipyard in Nizhny Novgorod told RBC.""",
        "economy",
    ),
    (
        "Wildberries and Ozon in price war as marketplaces fight for sellers",
        """Russia's two largest online marketplaces, Wildberries and Ozon, have launched a price war for the loyalty of sellers, cutting commissions on some categories to as little as 5% and offering free storage in their warehouses for new traders. The battle comes as Western brands that left Russia after 2022 are replaced by Chinese and domestic products, and as parallel imports of goods such as iPhones and sportswear make up a growing share of the marketplaces' turnover. Wildberries, which merged with the outdoor advertising company Russ last year, has been involved in a bitter corporate dispute, and its founder Tatyana Kim divorced her husband Vladislav Bakalchuk amid a fight for control of the company. The Duma has passed a law regulating platforms, which takes effect next year. Sellers say the price cuts are welcome but that fines for late deliveries remain a burden. Analysts at Data Insight estimate that online sales grew by about a third last year, to more than 11 trillion roubles.""",
        "economy",
    ),
    (
        "An-24 passenger plane crashes in Amur region, all 48 on board killed",
        """An Angara Airlines An-24 passenger plane crashed on Thursday while approaching the town of Tynda in the Amur region, killing all 48 people on board, including five children, regional officials said. The plane, built in 1976, disappeared from radar during its second landing attempt, and its burning fuselage was found by a Mi-8 rescue helicopter on a forested slope about 15 km from the town. The Investigative Committee opened a case of violating air safety rules and said pilot error in poor visibility and technical failure were among the possible causes. Regional governor Vasily Orlov declared three days of mourning. Dozens of Soviet-era An-24s are still in service with Russian regional airlines, which have struggled to obtain spare parts for foreign aircraft because of sanctions. The crash was the worst in Russia since a Superjet caught fire at Sheremetyevo in 2019.""",
        "accident",
    ),
    (
        "Gas blast tears through apartment block in Nizhny Tagil; 10 dead",
        """Ten people, including two children, were killed when a gas explosion caused the partial collapse of a five-storey apartment block in Nizhny Tagil in the Sverdlovsk region, emergency officials said on Saturday. Rescuers worked through the night to search the rubble in freezing temperatures, and pulled out two survivors. The blast destroyed an entrance of the building, built in 1964, and left about 40 apartments uninhabitable. The Investigative Committee said it was investigating possible violations in the maintenance of gas equipment, and detained the head of the management company. Residents said they had complained about the smell of gas for weeks. Gas explosions in ageing Soviet apartment blocks kill dozens of people in Russia every year. Regional governor Yevgeny Kuyvashev said families would be moved to temporary accommodation and receive compensation.""",
        "accident",
    ),
    (
        "Tankers break apart in Kerch Strait storm, spilling fuel oil onto Anapa beaches",
        """Two ageing oil tankers broke apart in a storm in the Kerch Strait on Sunday, spilling thousands of tonnes of fuel oil that has since washed up on beaches near the resort town of Anapa, officials said. One crew member of the Volgoneft-239 died and the rest of both crews were rescued. The vessels, built more than 50 years ago, were carrying about 9,200 tonnes of heavy fuel oil between them. Thousands of volunteers have joined emergency workers to shovel black sludge from the sand, and several hundred dead seabirds and dolphins have been found. Anapa has declared a regional emergency, and the Emergencies Ministry said the clean-up could take years. Prosecutors have opened criminal cases against the shipowners. Putin called the spill "one of the most serious environmental challenges we have faced in recent years".""",
        "accident",
    ),
    (
        "Magnitude 8.8 earthquake off Kamchatka triggers tsunami, evacuations along Pacific",
        """One of the strongest earthquakes ever recorded struck off the coast of Kamchatka early on Wednesday, generating tsunami waves that flooded parts of the port of Severo-Kurilsk in the Kuril Islands and prompting evacuations as far away as Japan and Hawaii. The magnitude 8.8 quake hit about 120 km from Petropavlovsk-Kamchatsky, where residents ran into the streets as buildings shook and cupboards fell. Several people were injured, including one who jumped from a window, health officials said, but no deaths were reported. In Severo-Kurilsk, waves up to four metres high swept into the port and a fish processing plant, and about 2,700 residents were moved to higher ground. The Emergencies Ministry said a kindergarten in Petropavlovsk-Kamchatsky had been damaged. Aftershocks continued throughout the day, and the Klyuchevskaya volcano began erupting hours later.""",
        "disaster",
    ),
    (
        "Wildfires burn through villages in Zabaikalye as strong winds fan flames",
        """Wildfires fanned by strong winds destroyed dozens of houses in several villages of the Zabaikalsky region on Monday, and regional officials declared a state of emergency. Governor Alexander Osipov said more than 100 homes had burned in the villages of Tankhoy and Kyra, and that about 600 people had been evacuated to schools and a sports hall. One man died trying to save his livestock. The army sent helicopters and soldiers to help fight the fires, which covered more than 20,000 hectares. The fires are believed to have been caused by grass burning, which is banned during the dry season but remains common. Volunteer firefighters said the Forestry Agency had too few planes and staff to cover the huge territory. Smoke from the fires reached the regional capital Chita, where residents were told to keep windows shut.""",
        "disaster",
    ),
    (
        "Record snowfall paralyses Moscow, flights cancelled",
        """Moscow saw its heaviest snowfall in decades on Wednesday, as more than half of the monthly norm fell in 24 hours, leaving cars buried and roads jammed, the city's weather service said. Sheremetyevo and Vnukovo airports cancelled or delayed more than 200 flights, and traffic jams reached ten points, the maximum on the Yandex scale. The city deployed 120,000 snow clearers and about 15,000 snowplough vehicles, Mayor Sergei Sobyanin said, and urged residents to use public transport. Several people were injured by falling icicles and trees, and a man died when a tree fell on his car in the New Moscow district, emergency services said. Schools remained open, but some offices let staff work from home. Forecasters expect more snow over the weekend, followed by a sharp frost.""",
        "disaster",
    ),
    (
        "Measles cases jump fourfold as vaccination rates slip",
        """Russia recorded more than 12,000 cases of measles in the first nine months of the year, four times as many as in the same period last year, the consumer protection agency Rospotrebnadzor said. Most cases were in Moscow, the Moscow region and Dagestan, where vaccination rates among children have fallen below the 95% needed to prevent outbreaks. Health officials have launched a catch-up campaign in schools and kindergartens and opened mobile vaccination points at railway stations. Doctors say growing distrust of vaccines, fuelled by social media, and shortages of some imported vaccines have contributed to the rise. Several children have died, according to regional health departments. The agency said it was also monitoring outbreaks of whooping cough, which have reached their highest level in two decades.""",
        "health",
    ),
    (
        "Dozens poisoned by bootleg alcohol in Leningrad region",
        """At least 36 people have died in the Leningrad region after drinking bootleg alcohol containing methanol, and more than 70 have been taken to hospital, regional health officials said on Tuesday. The drinks were sold in shops and kiosks in the towns of Gatchina, Kingisepp and Kirovsk under the label of a "herbal balm", investigators said. Seven people have been detained, including the owner of a small distillery. Rospotrebnadzor banned the sale of the product across the country and ordered checks of retailers. Doctors said many of the victims came to hospital too late to save their sight. Deaths from methanol poisoning have risen in recent years as the price of legal vodka has climbed, according to the health ministry.""",
        "health",
    ),
    (
        "Zenit win battle for the title as Krasnodar collapse on final day",
        """Zenit St Petersburg won the Russian Premier League on Saturday for the sixth season in a row, beating Akhmat Grozny 2-1 on the final day while Krasnodar, level on points before kick-off, lost 1-0 to Krylia Sovetov in Samara. Zenit's Brazilian striker Claudinho scored the winner in the 82nd minute, sparking wild celebrations at the Gazprom Arena in front of 55,000 fans. Krasnodar, who had led the table for much of the season, were under siege from the first whistle in Samara and conceded from a corner. "We fought to the last minute, but it was not enough," their coach Murad Musaev said. Russian clubs remain banned from European competitions, and Zenit's players will not play in the Champions League next season. The club's supporters lit flares and marched on Nevsky Prospekt late into the night, and police reported no incidents.""",
        "sport",
    ),
    (
        "Russian athletes barred from Milan-Cortina opening ceremony, IOC confirms",
        """Russian athletes who qualify for the Milan-Cortina Winter Olympics will compete as neutrals and will not be allowed to take part in the opening ceremony, the International Olympic Committee said on Friday. Athletes who have publicly supported the war in Ukraine or who are contracted to the military or security agencies, such as the army club CSKA, will not be eligible. Russia's sports minister Mikhail Degtyarev called the decision "discrimination" and said Moscow would hold its own winter games. Only a handful of Russian figure skaters and skiers are expected to take part, compared with 212 athletes at the Beijing Games in 2022. Russia's hockey team, which won gold in 2018, remains banned from international competition. The Court of Arbitration for Sport rejected an appeal by Russian skiing officials last month.""",
        "sport",
    ),
    (
        "Moscow opens Big Circle Line, the world's longest metro ring",
        """Moscow completed its Big Circle Line on Wednesday, opening the final stretch of what the city says is now the longest metro ring in the world at 70 km and 31 stations. Mayor Sergei Sobyanin said the line, whose construction began in 2011, would cut travel times for millions of people living outside the centre and ease pressure on the old Circle Line. The Moscow metro carries about 9 million passengers on a working day. Two new depots were built to serve the line, and the trains, made by Metrowagonmash, have USB ports and wider doors. Critics say the project cost far more than planned and that some stations were opened before they were fully finished. The city plans to build another 40 stations by 2030.""",
        "other",
    ),
    (
        "United Russia sweeps regional elections as turnout stays low",
        """The ruling United Russia party won every governor's race and most seats in regional parliaments in elections held over three days that ended on Sunday, the Central Election Commission said. Turnout was about 40%, and electronic voting, used in 20 regions, accounted for a growing share of the vote. The independent monitoring group Golos reported cases of pressure on public sector workers to vote and said the absence of real opposition candidates made the elections "a formality". Many of the winning candidates were veterans of the war, promoted under the Kremlin's "Time of Heroes" programme, which trains former soldiers for jobs in government. In Moscow, the city Duma election was won by candidates backed by Mayor Sergei Sobyanin. The Communist Party said its observers had recorded violations in several regions.""",
        "other",
    ),
]
