"""dev348 negatives, the other desks: sport, film, television and games about war, peaceful strikes
and protests, disasters and accidents, health, the economy and ordinary news."""

NEGATIVES = [
    (
        "Finland edge Sweden in semi-final battle to reach world championship final",
        "Finland beat Sweden 2-1 in a tense semi-final at the Nokia Arena in Tampere on Saturday to reach the final of the ice hockey world championship, sending a sell-out crowd of more than 12,000 into raptures. Sweden opened the scoring in the first period when a shot from the blue line deflected in off a defender's skate, but Finland levelled through a power-play goal early in the second. The winner came with just under six minutes left, when the Finnish captain pounced on a rebound after Sweden's goalkeeper had made a double save. Sweden pulled their goalkeeper for an extra attacker in the final two minutes and laid siege to the Finnish goal, but could not find the equaliser. 'It was a war out there, both teams gave everything,' Finland's coach said. Thousands of fans poured into the square in central Tampere after the match. Finland will face Canada in the final on Sunday, while Sweden play the United States for bronze.",
        "sport",
    ),
    (
        "Police separate rival fans before Stockholm derby as flares halt match for ten minutes",
        "Police used dogs and mounted officers to keep rival supporters apart before the Allsvenskan derby between AIK and Hammarby in Solna on Sunday, and the match was halted for ten minutes in the second half after flares and smoke bombs were thrown onto the pitch. Stockholm police said seven people were detained, mostly for public order offences and for carrying pyrotechnics, and that a small group of supporters had fought briefly outside a pub near Råsunda before officers intervened. No one was seriously injured. The match at Strawberry Arena, attended by about 45,000 people, ended 1-1. The Swedish Football Association said it would examine the referee's report and could fine both clubs. Hammarby's chairman called on supporters to 'respect the game and each other'. Police said they had deployed more than 200 officers for the fixture, which is rated as a high-risk match.",
        "sport",
    ),
    (
        "Riga celebrates into the night after Latvia stun Spain at basketball World Cup",
        "Thousands of Latvians filled the streets of Riga's old town in the early hours of Saturday after the national basketball team beat world champions Spain 74-69 in Jakarta to reach the quarter-finals of the World Cup for the first time. Fans who had watched the match on big screens in the Dome Square sang and waved flags, and the celebrations went on until dawn. Latvia, playing in their first World Cup, had trailed by 11 points in the third quarter before a fightback led by their point guard, who scored 24 points. 'This is the greatest day in our basketball history,' coach Luca Banchi said. Police in Riga said the celebrations had been peaceful. President Edgars Rinkēvičs posted a video congratulating the team. Latvia will meet Germany in the quarter-finals on Wednesday. The national airline airBaltic said it was adding flights to Manila for supporters.",
        "sport",
    ),
    (
        "Finnish action film 'Sisu' set in Lapland in 1944 takes box office by storm",
        "The Finnish action film 'Sisu', in which a lone gold prospector takes on a unit of retreating German soldiers in Lapland in the last months of the Second World War, topped the Finnish box office on its opening weekend and has been sold to distributors in more than 100 countries. Directed by Jalmari Helander, the film is extremely violent, with the prospector killing dozens of soldiers with a pickaxe and landmines. Critics in Helsingin Sanomat praised its 'blood-soaked humour', though some historians pointed out that its Lapland bears little resemblance to the real one. The film cost about €6 million to make, a large budget by Finnish standards. The lead actor, Jorma Tommila, barely speaks a line. A sequel set in the Soviet Union is already being planned. The producers said they had chosen the title, a Finnish word for stubborn courage, because it was hard to translate.",
        "entertainment",
    ),
    (
        "Russian embassy protests as Norwegian series 'Occupied' imagines Russian takeover",
        "The Russian embassy in Oslo has criticised the Norwegian television series 'Occupied', which begins on the public broadcaster NRK on Sunday, saying it is 'regrettable' that a Norwegian production should try to scare viewers with 'a non-existent threat from the East'. The drama, based on an idea by crime writer Jo Nesbø and with a budget of about 90 million kroner, imagines Russia occupying Norway's oil fields with the backing of the European Union after a Green government shuts down oil and gas production. The series is among the most expensive ever made in Norway and has been sold to broadcasters in several countries. The director said the series was 'a political thriller, not a prediction'. Nesbø told Dagbladet he had not expected the embassy's reaction. The first episodes were shown at a preview in Oslo last week, where critics praised the acting but called the plot implausible.",
        "entertainment",
    ),
    (
        "Stockholm studio's new Battlefield sells millions in first three days",
        "The latest instalment of the Battlefield series, developed mainly by Electronic Arts' studio DICE in Stockholm, sold more than seven million copies in its first three days, making it the fastest-selling game in the franchise, the publisher said on Thursday. The first-person shooter, set in a near-future war between NATO and a private military force, lets up to 64 players fight in destructible cities, with tanks, jets and helicopters. Players praised the return of large-scale battles after a poorly received previous release. DICE employs about 700 people in Stockholm, and the studio had been under pressure after a difficult launch four years ago. Swedish game developers together reported sales of about 30 billion kronor last year, according to the industry body Dataspelsbranschen. Reviewers said the campaign mode was short but the online maps were the best in years. The game's servers struggled with the number of players on the first weekend.",
        "entertainment",
    ),
    (
        "Hundreds of thousands walk out in Finland's biggest strike in decades",
        "Hundreds of thousands of workers in Finland stopped work on Friday in a political strike against the government's plans to restrict the right to strike and cut unemployment benefits, bringing trains, buses, ports and many day care centres to a standstill. The Central Organisation of Finnish Trade Unions said about 300,000 people took part, and tens of thousands gathered for a rally in Helsinki's Senate Square. Finnair cancelled almost all its domestic flights, and ships waited outside the ports of Kotka and Hamina. Prime Minister Petteri Orpo said the government would not back down, arguing the reforms were needed to increase employment. Employers' groups said the strikes were costing the economy tens of millions of euros a day. Police said the rally passed off peacefully. Unions have said further walkouts will follow in the spring if there are no negotiations.",
        "protest",
    ),
    (
        "Greta Thunberg carried away by police after blocking Malmö oil port",
        "Police carried the climate activist Greta Thunberg away from the entrance to the oil port in Malmö on Monday after she and other members of the group Ta tillbaka framtiden refused to leave the road, where they had been sitting for several hours. Thunberg, 20, was fined last month for disobeying police at a similar protest at the same site, and could face a new charge. The activists say the port should stop handling fossil fuels, and they have blocked tanker lorries from entering several times since June. Police said the action was peaceful and that nobody was arrested. Thunberg told reporters that she would continue as long as the fossil fuel industry expanded. Port operator Copenhagen Malmö Port said the blockade had delayed a few deliveries. A spokesman for the Malmö police said the force had been 'patient' with the protesters and that removing them was routine.",
        "protest",
    ),
    (
        "Malmö march against Israel's Eurovision entry draws up to 12,000, police say",
        "Thousands of people marched through central Malmö on Thursday to protest against Israel's participation in the Eurovision Song Contest, hours before the second semi-final in which the Israeli singer was due to perform. Police estimated the crowd at between 10,000 and 12,000, among them Greta Thunberg, and said the demonstration was calm. Protesters waved Palestinian flags and chanted slogans on their way from Stortorget to Mölleplatsen, while the area around the Malmö Arena was fenced off and guarded by officers from Denmark and Norway as well as Sweden. Several hundred people also gathered outside the arena during the broadcast, and police removed a small group who refused to leave the entrance. Organisers of the march said they wanted to show that Malmö 'stands with Palestine'. The European Broadcasting Union said the contest was a non-political event. Swedish police said it was one of their largest operations in decades.",
        "protest",
    ),
    (
        "Iceland's women and non-binary people strike for a day to demand equal pay",
        "Tens of thousands of women and non-binary people in Iceland stopped work on Tuesday in a day-long strike against the gender pay gap and gender-based violence, closing schools, swimming pools and shops and reducing hospital services to emergencies. Prime Minister Katrín Jakobsdóttir said she would not work either and stayed home in solidarity. Organisers said about 100,000 people took part, and more than 70,000 gathered at a rally in Arnarhóll in Reykjavík, one of the largest ever in the country. The strike, known as Kvennafrí, was the first full-day women's strike since the historic walkout of 1975. Iceland has topped the World Economic Forum's gender gap index for 14 years, but women still earn on average about a fifth less than men in some occupations. Men were left to look after children and run kindergartens. Police reported no incidents.",
        "protest",
    ),
    (
        "Grindavík evacuated again as lava breaches defensive walls",
        "The entire population of the Icelandic fishing town of Grindavík was evacuated overnight on Sunday after a fissure opened just north of the town and lava flowed through a gap in the earth walls built to protect it, the Icelandic Meteorological Office said. Three houses on the northern edge of the town caught fire as the lava reached them. The town's roughly 3,700 residents had already been living elsewhere for most of the past two months, after a series of earthquakes in November, and only about 100 people had returned. Iceland's civil protection agency said there was no danger to flights from Keflavík airport. President Guðni Jóhannesson said in a televised address that 'a daunting period of upheaval' lay ahead for the town. The Blue Lagoon spa nearby was closed again. Scientists say the Reykjanes peninsula may have entered a period of eruptions that could last decades. The government said it would consider buying out homeowners.",
        "disaster",
    ),
    (
        "Hundreds evacuated as storm Hans breaks river banks in southern Norway",
        "Hundreds of people were evacuated from their homes in southern Norway on Wednesday after storm Hans brought days of heavy rain that caused rivers to burst their banks and part of a hydroelectric dam at Braskereidfoss to collapse. The Norwegian Water Resources and Energy Directorate issued a red warning for floods in the Glomma valley, where the water level reached the highest in decades. Soldiers from the Home Guard helped police close roads and evacuate residents in Hønefoss, where the Begna and Ådalselva rivers flooded the town centre. Trains between Oslo and Trondheim were halted after landslides blocked the line. Prime Minister Jonas Gahr Støre, who visited the area, called the storm 'an extreme weather event' and promised help for affected municipalities. Insurance companies said damage could run into billions of kroner. In Sweden, a train derailed near Hudiksvall after the embankment was washed away, injuring three people.",
        "disaster",
    ),
    (
        "Sweden asks EU for help as more than 60 wildfires burn from Jämtland to Lapland",
        "Sweden asked its European partners for help on Wednesday as more than 60 forest fires burned across the country, many of them north of the Arctic Circle, after the hottest and driest summer in more than a century. Italy sent two water-bombing aircraft, and Norway, Denmark, Germany and Poland sent helicopters and fire crews. The Swedish Civil Contingencies Agency said four villages in Jämtland had been evacuated, and hundreds of people had left holiday homes in the forests. The armed forces used a Gripen fighter jet to drop a laser-guided bomb on one fire at a firing range near Älvdalen, where unexploded ammunition made it too dangerous for firefighters to approach, in an attempt to starve the blaze of oxygen. The army also sent soldiers and vehicles to help. The fires had burned about 25,000 hectares by Wednesday. A total fire ban was introduced in most of the country.",
        "disaster",
    ),
    (
        "Two workers killed in explosion at ammunition plant in Vingåker",
        "Two workers were killed and one seriously injured in an explosion at an ammunition factory in Vingåker, in central Sweden, on Tuesday morning, police and the company said. The blast happened in a building where explosive charges are filled, and was heard several kilometres away. Rescue services cordoned off the area for several hours because of the risk of further explosions, and residents of nearby houses were told to keep their windows shut. The company said production had been increased this year to meet demand from European armed forces and that it would cooperate fully with the investigation. The Swedish Work Environment Authority and the police have opened an inquiry into possible workplace manslaughter, as is standard in such cases. The plant employs about 160 people. The local union representative said staff were in shock. Police said there was no indication that the explosion was deliberate.",
        "accident",
    ),
    (
        "Thirteen killed as helicopter from North Sea platform crashes on island near Bergen",
        "A helicopter carrying workers from a North Sea oil platform crashed on the small island of Turøy near Bergen on Friday, killing all 13 people on board, Norwegian police said. Witnesses said the main rotor came off in flight before the Super Puma helicopter fell onto rocks and exploded, with parts landing in the sea. The helicopter, operated by CHC Helikopter Service, was flying from the Gullfaks B platform to Bergen airport. The dead included 11 Norwegians, a Briton and an Italian. Rescue boats and divers searched the waters around the island into the evening. Norway and Britain grounded helicopters of the same type while the Accident Investigation Board examines the wreckage. The platform's operator, Statoil, said it was 'a very sad day'. Oil workers' unions have long raised concerns about the safety of helicopter transport to offshore installations.",
        "accident",
    ),
    (
        "Sweden confirms Europe's first case of new mpox strain",
        "Sweden's Public Health Agency said on Thursday it had confirmed a case of the more dangerous clade I variant of mpox, the first diagnosed outside Africa, a day after the World Health Organization declared a global public health emergency. The patient was infected while staying in an area of Africa where the outbreak is spreading and received care at a hospital in the Stockholm region, the agency said. State epidemiologist Magnus Gisslén said the case did not affect the risk to the general population, which remained very low. The new variant has spread from the Democratic Republic of Congo to neighbouring countries, where more than 450 people have died. The agency said people who had been in close contact with the patient would be offered vaccination. Health Minister Jakob Forssmed said Sweden was well prepared to handle individual cases. The European Centre for Disease Prevention and Control, based in Solna, raised its risk assessment slightly.",
        "health",
    ),
    (
        "Price war on Finnish grocery shelves as chains cut thousands of prices",
        "Finland's two largest grocery chains, S Group and Kesko, announced on Monday that they were cutting prices on thousands of everyday products, in what analysts described as the fiercest price war in the Finnish food market in two decades. S Group said it would lower prices on about 1,500 products by an average of 10%, while Kesko's K-Citymarket said it had cut prices on more than 2,000 items and would match discount offers from Lidl. The two chains control about four-fifths of the market, and have faced criticism for high food prices after inflation peaked in 2022. Shares in Kesko fell about 4% in Helsinki. Consumer groups welcomed the cuts but said they would watch whether prices rose again. The Finnish Competition and Consumer Authority said it was following the market closely. Farmers' union MTK warned that producers could end up paying for the discounts.",
        "economy",
    ),
    (
        "Baltic states cut ties with Russian power grid and join Europe's",
        "Estonia, Latvia and Lithuania disconnected their electricity networks from the Russian-controlled grid on Saturday morning and synchronised with the continental European system a day later, ending a dependence that dated back to the Soviet era. Grid operators said the switch went smoothly, with no power cuts for consumers. The three states had been part of the BRELL ring linking them to Belarus and Russia, which controlled the frequency of their networks. European Commission President Ursula von der Leyen attended a ceremony in Vilnius, calling it 'a historic moment of freedom'. The project cost about €1.6 billion, much of it paid by the EU. Cables and power lines near the borders were guarded by soldiers, drones and helicopters during the changeover, after damage to undersea cables in the Baltic in recent months. Electricity prices in the region rose briefly on the exchange. Engineers in Tallinn cheered as the frequency settled.",
        "economy",
    ),
    (
        "Iceland's Social Democrats win snap election as government parties slump",
        "Iceland's Social Democratic Alliance won the most seats in Saturday's snap election, becoming the largest party for the first time in more than a decade, while all three parties of the outgoing coalition lost ground. The Social Democrats, led by economist Kristrún Frostadóttir, took 15 of the 63 seats in the Althing, ahead of the conservative Independence Party with 14. The Left-Green Movement of former prime minister Katrín Jakobsdóttir failed to win any seats. Turnout was about 80%, despite a snowstorm that delayed the counting of ballots in the east of the country. Frostadóttir said voters wanted the new government to bring down inflation and interest rates, which have made housing unaffordable for many young Icelanders. Coalition talks are expected to begin next week. The election was called after the previous government collapsed over disagreements on energy, immigration and asylum policy.",
        "other",
    ),
    (
        "From refugee to baker: Kharkiv family's pastry shop wins Tallinn award",
        "A bakery opened by a family from Kharkiv in Tallinn's Kalamaja district has been named the best new cafe in the city by the Estonian restaurant guide, just two years after the family arrived in Estonia as refugees. The owner, a former engineer, said she had started by baking honey cakes at home for neighbours and selling them at a weekend market. The shop now employs eight people, half of them Ukrainians, and sells about 400 pastries a day. Estonia has taken in more than 40,000 Ukrainian refugees, one of the highest numbers relative to population in Europe, and many have found work in services. The owner said learning Estonian had been harder than starting a business. Her daughter, who is 15, helps at the counter in the summer. The guide praised the shop's poppy seed rolls and its 'warm, unpretentious' atmosphere. The family plans to open a second shop in Tartu next year.",
        "other",
    ),
]
