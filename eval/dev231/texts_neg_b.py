"""dev231 negatives, part B: briefings with war films and books, war anniversaries and old bombs,
trials of old attacks and crime, and epidemics, none of them reporting current armed conflict."""

NEGATIVES = [
    (
        "Morning briefing: D-Day at 80, a Bank of England hold and Glastonbury's line-up",
        "Good morning. It is Thursday, June 6. "
        "Veterans, most of them now over 98, gathered on the beaches of Normandy for the 80th anniversary of the D-Day landings, with King Charles and President Macron among the leaders at the ceremonies at Ver-sur-Mer and Omaha Beach. "
        "Fewer than 200 British veterans of the landings are thought to be alive. "
        "The Bank of England is expected to keep rates at 5.25% at its meeting next week, economists say, with the election campaign under way. "
        "Glastonbury organisers confirmed Dua Lipa, Coldplay and SZA as this year's headliners. "
        "In Bristol, police are appealing for witnesses after a cash machine was ripped out of a wall with a digger. "
        "And the weather: a cooler weekend, with showers in the north and highs of 18C in London.",
        "history",
    ),
    (
        "What the papers say: a war film sweeps the Baftas, rail strikes and a lottery win",
        "The Sunday papers lead with the Baftas, where the German war film All Quiet on the Western Front won seven awards including best film, a record for a foreign-language picture. "
        "The Observer's critic calls its trench battle scenes 'the most harrowing put on screen in a generation'. "
        "The Sunday Times reports that rail unions will announce new strike dates this week over pay. "
        "The Mail on Sunday splashes on a couple from Wolverhampton who won £61m on the EuroMillions and say they will keep their jobs. "
        "The Sunday Telegraph's business pages say the Treasury is considering a windfall tax on banks. "
        "And the forecast: an Arctic blast will bring snow to the Pennines by Tuesday. Gritters are on standby in Cumbria and North Yorkshire.",
        "entertainment",
    ),
    (
        "Five things to know: a WWII bomb in Cologne, Lufthansa's profit and Euro 2024 tickets",
        "1. About 20,000 people were evacuated from the centre of Cologne after workers found a 1,000kg American bomb from the Second World War near the Deutz bridge. "
        "Experts defused the device in the evening, and trains through the main station were halted for four hours. "
        "2. Lufthansa reported a quarterly profit, its first in three years, on strong summer bookings. "
        "3. Euro 2024 organisers say more than 20m people applied for tickets in the first round. "
        "4. Police in Hamburg seized 2.5 tonnes of cocaine hidden in banana crates at the port. "
        "5. The German weather service warns of a heatwave in the south-west, with 35C in Freiburg by Sunday. Cities in Baden-Württemberg are opening public swimming pools late into the evening, and farmers warn that maize yields could suffer if the heat lasts into August.",
        "history",
    ),
    (
        "The culture newsletter: a novel about the Spanish civil war, a Turner Prize and opera cuts",
        "Welcome to this week's culture newsletter. "
        "The book everyone is talking about is a debut novel set in the last weeks of the Spanish civil war, following a teenage nurse through the retreat to the French border, which has been sold in 25 countries. "
        "Its author says she drew on her grandmother's letters. "
        "The Turner Prize went to a Glasgow-based artist for a sound installation about shipyards. "
        "English National Opera announced it would cut its season by a third after losing its Arts Council grant. "
        "The box office was led by a superhero sequel that took $180m worldwide in its first weekend. "
        "And the Hay Festival has announced dates for its winter weekend, with tickets on sale from Monday. Our critics' pick of the week is a revival of Pinter's Betrayal at the Harold Pinter Theatre.",
        "entertainment",
    ),
    (
        "What the papers say: the 13 November verdict, a Ligue 1 row and pension reform",
        "Every French front page this Thursday carries the verdict in the trial over the November 13, 2015 attacks in Paris. "
        "The special criminal court sentenced Salah Abdeslam, the only surviving member of the commando, to life without parole, and convicted 19 other defendants. "
        "Le Monde devotes eight pages to the ten-month trial, in which survivors and relatives of the 130 people killed gave evidence. "
        "Les Échos leads on the government's plan to raise the retirement age to 64, and the unions' warning of strikes. "
        "L'Équipe reports on a row between the league and broadcasters over TV rights. "
        "And Météo-France expects temperatures to reach 38C in the south-west. Bordeaux has opened its town hall as a cool room for elderly residents, and Le Figaro reports that vineyards are starting the harvest two weeks early.",
        "crime",
    ),
    (
        "The Sunday briefing: Rwanda remembers, a mining deal and the Kigali marathon",
        "Good morning from Kigali. "
        "Rwanda began a week of mourning on Sunday to mark 30 years since the 1994 genocide against the Tutsi, in which more than 800,000 people were killed in 100 days. "
        "President Paul Kagame lit a flame at the Kigali Genocide Memorial, where 250,000 victims are buried, in front of foreign leaders including Bill Clinton, who has called his failure to act his biggest regret. "
        "Rwanda signed an agreement with a Canadian company to develop a lithium mine in the Western Province. "
        "The Kigali International Peace Marathon will be held next month, with 6,000 runners expected. "
        "RwandAir announced new flights to Paris from March. "
        "And the Rwanda Meteorology Agency forecasts heavy rains in the north for the coming week.",
        "history",
    ),
    (
        "Evening roundup: a Christchurch sentence, a dairy payout and the Black Caps",
        "Here are today's stories from New Zealand. "
        "The man who murdered 51 worshippers at two Christchurch mosques in 2019 was sentenced to life in prison without the possibility of parole, the first such sentence in New Zealand's history. "
        "The judge said his crimes were 'so wicked' that a lifetime of imprisonment could not exhaust them. "
        "Survivors and relatives spoke for four days at the sentencing hearing. "
        "Fonterra raised its forecast payout to farmers to NZ$7.60 per kilogram of milk solids. "
        "The Black Caps won the Test series against the West Indies. "
        "And a severe thunderstorm watch is in place for Auckland and Northland tonight. MetService says hail and gusts of up to 110km/h are possible, and Auckland Transport has warned of delays on the harbour bridge. Air New Zealand said some regional flights could be cancelled.",
        "crime",
    ),
    (
        "The health newsletter: mpox cases rise, a measles warning and a Lancet study",
        "Welcome to this week's health newsletter. "
        "The World Health Organization declared the spread of a new mpox strain a public health emergency of international concern, after cases were confirmed in Kenya, Uganda and Sweden. "
        "The agency said 15,600 cases had been recorded in Africa this year. "
        "In England, health officials warned parents about measles after 127 cases were confirmed in the West Midlands, most in children who had not been vaccinated. "
        "A study in the Lancet found that regular walking cut the risk of type 2 diabetes by a fifth. "
        "Pharma shares rose after Novo Nordisk's weight-loss drug was approved for heart patients. "
        "And the Premier League says clubs will have to employ a concussion specialist from next season.",
        "health",
    ),
    (
        "Five things to know today: a Hollywood war epic, the Fed minutes and a bear in Aspen",
        "1. Christopher Nolan's next film will be a war epic shot in Jordan and Morocco, his studio confirmed, with a $250m budget. "
        "2. Minutes from the Fed's last meeting show officials split on how soon to cut rates. "
        "3. A black bear wandered into a hotel lobby in Aspen and was guided out by wildlife officers. "
        "4. A Texas jury convicted a man of murdering three neighbours in a dispute over a fence. "
        "5. Forecasters expect the first snow of the season in Denver on Friday, several weeks early. 6. The Smithsonian's National Air and Space Museum will reopen its last renovated galleries in July, with the Wright Flyer back on display. 7. And Taylor Swift's concert film passed $250m at the global box office, a record for the genre.",
        "entertainment",
    ),
    (
        "The Balkans letter: Srebrenica's 30th, Serbia's lithium and a Partizan win",
        "Welcome to the Balkans letter. "
        "Tens of thousands of people gathered in Potočari on Friday to mark 30 years since the Srebrenica genocide, and seven newly identified victims were buried at the memorial cemetery. "
        "More than 8,000 Bosniak men and boys were killed by Bosnian Serb forces in July 1995. "
        "In Belgrade, the government gave the go-ahead to Rio Tinto's lithium mine in the Jadar valley. "
        "Partizan beat Real Madrid in the Euroleague, the club's first win against the Spanish side in a decade. "
        "Croatia's tourism board says bookings are up 6% on last summer. "
        "And a heatwave is expected across the region, with Mostar forecast to reach 41C. Firefighters in Dalmatia are on alert after a dry spring, and Montenegro has banned open fires in national parks until September.",
        "history",
    ),
    (
        "What the papers say: a drug lord's sentencing, Colombia's peso and a Vallenato fest",
        "The Colombian press this Tuesday leads on the sentencing in New York of the former head of the Clan del Golfo, Dairo Antonio Úsuga, known as Otoniel, to 45 years in prison for drug trafficking. "
        "El Tiempo recalls his years as one of the country's most wanted men, and the $5m reward that was on his head. "
        "El Espectador reports that the peso weakened after the central bank cut rates by a quarter point. "
        "Semana has an interview with the finance minister about the tax reform. "
        "In Valledupar, the Vallenato Legend Festival opens on Thursday. "
        "And Ideam warns of landslides in Antioquia after days of rain. In Bogotá, the mayor extended water rationing for another month because the Chingaza reservoir is still below 50%, and residents are being asked to shower for no longer than five minutes. Avianca, meanwhile, announced new direct flights from Medellín to Madrid.",
        "crime",
    ),
    (
        "Morning briefing: a dengue surge, Argentina's peso and a Boca-River night",
        "Good morning from Buenos Aires. "
        "Argentina has recorded more than 180,000 dengue cases since the start of the season, the health ministry said, and hospitals in Buenos Aires province have set up fever units. "
        "Pharmacies have run out of insect repellent in several cities. "
        "The peso held steady in the official market after the government lifted some currency controls. "
        "Boca Juniors and River Plate meet tonight at La Bombonera, with no away fans allowed. "
        "A court in Rosario convicted six men of running a car theft ring. "
        "And the weather service expects a cooler week after record heat. Temperatures should fall to about 24C by Thursday, and rain is forecast for Córdoba and Santa Fe, good news for soybean farmers after a dry summer. In culture, the Teatro Colón opens its season on Friday with Verdi's Otello.",
        "health",
    ),
    (
        "The weekend letter: a war museum reopens, a Tokyo marathon and a yen low",
        "Welcome to the weekend letter from Japan. "
        "The Hiroshima Peace Memorial Museum reopened its east building after renovation, with new exhibits on the city's rebuilding after the atomic bombing of August 1945. "
        "Survivors, whose average age is now over 85, spoke to school groups on opening day. "
        "The yen fell to 160 against the dollar, its weakest level in 34 years, and the finance ministry hinted at intervention. "
        "The Tokyo Marathon drew 38,000 runners, and an Ethiopian won the women's race in a course record. "
        "Police in Osaka arrested a man over a wave of bicycle thefts. "
        "And the Meteorological Agency says cherry blossoms will open in Tokyo next week. Parks in Ueno and Shinjuku Gyoen expect record crowds, and the city has set up extra toilets and rubbish bins.",
        "history",
    ),
    (
        "Your evening briefing: Oslo's parole hearing, a krone slump and a ski jumper",
        "Here is your evening briefing from Scandinavia. "
        "Anders Behring Breivik, who killed 77 people in a bombing in Oslo and a shooting on Utøya island in 2011, lost his bid for parole, a Norwegian court ruled. "
        "The judges said he had shown no sign of remorse and was still dangerous. "
        "The Norwegian krone slid to its weakest level against the euro since 2020. "
        "A Norwegian ski jumper won the opening World Cup event in Lillehammer. "
        "Sweden's central bank cut its rate by a quarter point. "
        "And Copenhagen is preparing for the first snow of the winter, with up to 15cm forecast in Zealand on Wednesday and the bridge to Malmö likely to see delays. In culture, the Nobel Prize for Literature went to a Norwegian playwright, and the Oslo bookshops sold out of his plays by lunchtime.",
        "crime",
    ),
    (
        "The streaming newsletter: a war drama's finale, Netflix prices and a K-drama hit",
        "Welcome to our streaming newsletter. "
        "The final season of the Second World War drama about the bomber crews of the 100th Bomb Group arrives this week, with an episode set during the raid on Berlin that critics call the series' best. "
        "Netflix raised its prices in the US and Canada for the second time in a year. "
        "A South Korean thriller about a survival game topped the charts in 80 countries. "
        "Disney's theatrical release of a musical remake is pushed back to next summer. "
        "And a documentary about the 1970 Ohio State football team is earning strong reviews. It is streaming on Max from Friday. We also recommend the second season of a Danish political drama set in a Copenhagen newsroom, which has finally reached British screens, and a French crime series filmed in Marseille's old port.",
        "entertainment",
    ),
    (
        "Newsletter: cholera vaccine shortage, a Zambian copper rebound and a Chipolopolo win",
        "Here is this week's Southern Africa newsletter. "
        "Zambia has launched an oral cholera vaccination campaign in Lusaka after more than 400 deaths in an outbreak linked to contaminated wells, the health ministry said. "
        "Schools reopened late and the army was sent to help clean up markets and drains. "
        "Global stocks of the vaccine are so low that the WHO has moved to single doses. "
        "Copper output rebounded as new mines came online in the North-Western Province. "
        "The Chipolopolo beat Tanzania in an Afcon qualifier. "
        "And the Zambia Meteorological Department forecasts normal rains for the south. That would be a relief after last year's drought cut the maize harvest by half and forced power rationing because of low water at the Kariba dam. Zesco says load-shedding should ease from January.",
        "health",
    ),
    (
        "The Sunday review: a Gallipoli documentary, a Turkish rate cut and a Fenerbahçe win",
        "Welcome to the Sunday review from Istanbul. "
        "A new documentary about the Gallipoli campaign of 1915 opens in cinemas, told through the letters of Turkish, Australian and New Zealand soldiers who fought there. "
        "Its premiere was held at Çanakkale, where the anniversary of the landings is marked each April. "
        "The central bank cut its policy rate by 250 basis points, its first cut in nearly two years. "
        "Fenerbahçe won the derby at Kadıköy, and Galatasaray's lead is down to two points. "
        "Istanbul police detained 12 suspects in a fraud ring that sold fake concert tickets. "
        "And snow is forecast for Ankara and central Anatolia midweek. Schools in some provinces may close, and the highways directorate has put snowploughs on the Ankara-Istanbul motorway.",
        "entertainment",
    ),
    (
        "Five things to know: a Munich attack trial, Oktoberfest numbers and Bayern's keeper",
        "1. A court in Munich began hearing the case against a man accused of driving a car into a union rally last year, in an attack that killed a mother and her two-year-old daughter. "
        "Prosecutors say he had an Islamist motive, and he faces charges of murder and attempted murder in 44 cases. "
        "2. Oktoberfest organisers say 6.7m visitors came to the Theresienwiese this year. "
        "3. Bayern Munich signed a new contract with their goalkeeper until 2027. "
        "4. BMW cut its outlook because of weak demand in China. "
        "5. The German weather service warns of fog on the A9 motorway on Tuesday morning. 6. And the Deutsches Museum has reopened its aviation hall after six years, with a Junkers Ju 52 hanging from the ceiling.",
        "crime",
    ),
    (
        "The Asia-Pacific briefing: a Korean War anniversary, Jakarta's new capital and a typhoon",
        "Good morning. This is your Asia-Pacific briefing. "
        "South Korea marked 75 years since the start of the Korean War with a ceremony at the War Memorial in Seoul, where President Lee Jae-myung called for dialogue with the North. "
        "About 3,000 veterans and their families attended. "
        "In Indonesia, the government moved several ministries to the new capital Nusantara in Borneo, though most civil servants remain in Jakarta. "
        "A typhoon passed south of Taiwan, bringing 400mm of rain to Pingtung. "
        "Australia's Matildas beat Japan in a friendly in Melbourne. "
        "And the Reserve Bank of India kept rates unchanged at 5.5%, saying the monsoon had been good for food prices. In Sydney, a new production of Madama Butterfly opened on the harbour to strong reviews.",
        "history",
    ),
]
