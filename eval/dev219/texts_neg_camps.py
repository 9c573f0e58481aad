"""dev219 negatives, border and route desk, continued: camp fires, cyclones and climate
migration, peaceful protests for and against migrants, and health in reception centres."""

NEGATIVES = [
    # disaster
    (
        "Fire destroys 2,000 shelters in Rohingya camp, leaving 12,000 homeless",
        "COX'S BAZAR, Bangladesh - A fire swept through a Rohingya refugee camp in southeastern "
        "Bangladesh on Sunday, destroying about 2,000 bamboo and tarpaulin shelters and leaving "
        "some 12,000 people without a home, officials said. The fire started in the afternoon in "
        "Camp 11 at Balukhali and spread quickly in dry, windy weather, firefighters said. No one "
        "was reported killed, but several people were treated for burns. Two health centres and "
        "dozens of learning centres were also destroyed. The cause was under investigation; the "
        "camps have suffered hundreds of fires in recent years, many started by cooking stoves "
        "or gas cylinders. Families spent the night in mosques and schools nearby. The UN refugee "
        "agency and aid groups handed out food, blankets and plastic sheeting on Monday. About "
        "one million Rohingya live in the crowded camps around Cox's Bazar, most of them having "
        "fled Myanmar in 2017.",
        "disaster",
    ),
    (
        "Cyclone Mocha tears through Rohingya camps and Rakhine coast",
        "Cyclone Mocha, one of the most powerful storms to hit the Bay of Bengal in more than a "
        "decade, battered the Rakhine coast of Myanmar and the Rohingya camps in Bangladesh on "
        "Sunday, tearing roofs from buildings and flattening flimsy shelters. Bangladeshi "
        "officials said about 1,300 shelters were damaged in the camps near Cox's Bazar, but no "
        "deaths were reported after volunteers moved families to sturdier community centres. In "
        "Myanmar, the storm surge flooded low-lying neighbourhoods of Sittwe, and state media "
        "said at least 145 people were killed, many of them Rohingya living in camps for "
        "displaced people near the coast. Telephone lines and power were cut across much of "
        "the area. The UN said it was working with local partners to reach those affected and "
        "that clean water was a priority. Mocha made landfall with winds of about 210 km/h. "
        "Meteorologists said warmer seas were making cyclones in the region more intense.",
        "disaster",
    ),
    (
        "Climate migrants swell Dhaka slums as rivers swallow farmland",
        "DHAKA - About 2,000 people arrive in Dhaka every day, many of them from coastal and "
        "riverside districts where floods, salt water and erosion have destroyed their land, "
        "according to a study by the International Centre for Climate Change and Development. "
        "In the Korail slum, rickshaw puller Abdul Kader said the Meghna had taken his family's "
        "house three times before they gave up and moved to the capital. “The river eats a "
        "little every year, and then one monsoon it takes everything,” he said. The World Bank "
        "has estimated that as many as 13 million Bangladeshis could be forced to move within "
        "the country by 2050 because of climate change. Researchers said most of those who "
        "leave stay inside Bangladesh, and that few cross borders. The government has built "
        "cyclone-resistant housing in some coastal districts and promotes jobs in smaller "
        "towns to ease the pressure on Dhaka. Aid groups said migrants in the slums often end up "
        "in flood-prone areas again. Some of the newcomers find work in garment factories on "
        "the edge of the city, where wages start at about 12,500 taka a month. Others drive "
        "rickshaws, carry bricks or work as domestic helpers in middle-class apartments. Kader "
        "said he sends money home to his mother, who still lives on a char, a shifting sandbank "
        "in the river, and who refuses to move. Planners said the city, already one of the most "
        "densely populated in the world, could not keep absorbing so many people without more "
        "investment in drainage and housing. The government's Delta Plan 2100 sets aside billions "
        "of dollars for embankments and dredging.",
        "disaster",
    ),
    (
        "Thousands of Tuvaluans apply for Australia's first climate visa",
        "FUNAFUTI, Tuvalu - More than 8,700 Tuvaluans, about a third of the country's population, "
        "have entered a ballot for a new Australian visa that will let up to 280 of them move to "
        "Australia each year, citing the threat of rising seas. The visa, created under the "
        "Falepili Union treaty signed in 2023, gives winners the right to live, work and study "
        "in Australia and to use its health care. Tuvalu's nine atolls rise on average less "
        "than two metres above sea level, and NASA scientists have projected that much of the "
        "capital's land could be flooded at high tide by 2050. Officials in Funafuti said they "
        "did not want the scheme to empty the islands but to give families a choice. “We are "
        "not running away, we are making sure our people have somewhere to go,” a government "
        "minister said. Australia said the visa was the first of its kind in the world. The "
        "winners of the first ballot are due to be announced this month.",
        "disaster",
    ),
    (
        "Storms drive new Honduran caravan north after Eta and Iota",
        "SAN PEDRO SULA, Honduras - Several thousand Hondurans set off on foot from San Pedro "
        "Sula on Friday in a caravan heading for the United States, many of them saying they "
        "had lost homes and jobs to hurricanes Eta and Iota, which flooded the Sula valley "
        "two months ago. “The water took the house, the furniture and the job at the maquila,” "
        "said a mother of three carrying a backpack. The two storms killed about 100 people in "
        "Honduras and affected nearly four million, according to the government, and tens of "
        "thousands are still living in shelters and under bridges. Guatemala said it would not "
        "let anyone without documents and a negative coronavirus test enter, and sent police "
        "and soldiers to the border. Mexico deployed its National Guard in the south. Aid "
        "agencies said the storms had come on top of a year of pandemic lockdowns and job "
        "losses. The caravan's organisers urged US President-elect Joe Biden to offer "
        "temporary protection to hurricane victims.",
        "disaster",
    ),
    # protest
    (
        "Thousands march in Dublin against immigration, three arrested",
        "DUBLIN - Several thousand people marched through central Dublin on Saturday in a protest "
        "against immigration and the housing of asylum seekers, carrying Irish flags and "
        "banners reading “Ireland is full” and “Irish lives matter.” The march from the "
        "Garden of Remembrance to the Custom House passed off largely peacefully, Gardai said, "
        "with three people arrested for public order offences. A counter-demonstration of "
        "several hundred people, organised by anti-racism groups and trade unions, was kept "
        "apart by a line of officers on O'Connell Bridge. Speakers at the rally called for "
        "an end to what they described as an invasion and demanded that the government stop "
        "opening new accommodation centres in towns and villages. Ireland has taken in more than "
        "100,000 Ukrainians and about 30,000 other international protection applicants since "
        "2022. Justice Minister Helen McEntee said people had the right to protest but warned "
        "against language that could stoke hatred. Traffic in the city centre was disrupted for "
        "several hours.",
        "protest",
    ),
    (
        "Undocumented migrants end 60-day hunger strike in Brussels church",
        "BRUSSELS - About 400 undocumented migrants who had been on hunger strike for 60 days in "
        "a church and two university buildings in Brussels ended their protest on Wednesday "
        "after the government promised to examine their cases individually, their lawyers said. "
        "Many of the strikers, most of them from Morocco, Algeria and Pakistan, had lived and "
        "worked in Belgium for more than a decade without papers. Several had sewn their lips "
        "together and dozens were taken to hospital in recent days. The Socialist and Green "
        "parties had threatened to leave the coalition if any of the hunger strikers died. "
        "State secretary for asylum Sammy Mahdi said there would be no collective "
        "regularisation. “We are not criminals, we are cleaners, builders and cooks,” a "
        "spokesman for the strikers said outside the Beguinage church. Doctors said it could "
        "take weeks for some of them to recover. Supporters held a small vigil outside the "
        "church with candles and flowers.",
        "protest",
    ),
    (
        "Counter-protesters outnumber far right as planned riots fail to materialise",
        "LONDON - Thousands of anti-racism campaigners gathered outside immigration centres, "
        "asylum lawyers' offices and refugee charities in towns and cities across England on "
        "Wednesday evening, after online posts had called for attacks on more than 100 sites. "
        "In Walthamstow, in east London, a crowd of several thousand filled a street outside an "
        "immigration advice centre, chanting and holding placards reading “Refugees welcome.” "
        "Similar peaceful gatherings were held in Brighton, Bristol, Birmingham, Liverpool and "
        "Newcastle. Police had deployed about 6,000 specialist public order officers, but the "
        "far-right protests they had prepared for largely failed to appear. A few small groups "
        "of anti-immigration protesters were kept apart from the crowds, and police reported "
        "only a handful of arrests. Home Secretary Yvette Cooper thanked communities for their "
        "response. Shops that had boarded up their windows reopened on Thursday morning, and "
        "some staff at advice centres said they had been overwhelmed by messages of support.",
        "protest",
    ),
    (
        "Tens of thousands rally across Poland against EU migration pact",
        "WARSAW - Tens of thousands of people rallied in about 80 Polish towns and cities on "
        "Saturday against illegal immigration and the European Union's migration pact, in "
        "protests called by the right-wing Konfederacja party. In Warsaw, marchers filled the "
        "square in front of the Palace of Culture, waving red and white flags and chanting "
        "“Stop immigration.” Speakers accused the government of Prime Minister Donald Tusk of "
        "allowing Germany to send back migrants across the border. Police said the protests "
        "were peaceful. Tusk said Poland would not implement the relocation rules of the pact "
        "and that the government had reintroduced checks on the borders with Germany and "
        "Lithuania. Anti-racism groups held smaller counter-rallies in Krakow and Poznan. "
        "Immigration has become a central issue in Polish politics, with polls showing strong "
        "support for tighter controls even as the country employs about a million foreign "
        "workers, many from Ukraine, Belarus and Asia.",
        "protest",
    ),
    (
        "Kurdish community in Kawaguchi faces street protests over asylum claims",
        "KAWAGUCHI, Japan - About 150 people rallied outside Kawaguchi station north of Tokyo on "
        "Sunday, demanding the deportation of Kurds who have claimed asylum in the city, while a "
        "larger group of counter-protesters held signs reading “No hate” across the street. "
        "Police officers stood between the two groups, and the rally ended without incident. "
        "Kawaguchi and neighbouring Warabi are home to about 2,000 Kurds from Turkey, many of "
        "whom work in demolition and construction and have lived in Japan for years on "
        "provisional release while their asylum claims are rejected and resubmitted. Online "
        "campaigns accusing the community of crime and reckless driving have grown since a "
        "fight outside a hospital last year. A new law that took effect in June lets the "
        "government deport people who have applied for asylum three or more times. Local Kurdish "
        "leaders said children born in Japan were being bullied at school. The city's mayor "
        "asked the national government for clearer rules on people on provisional release.",
        "protest",
    ),
    # health
    (
        "Diphtheria cases at Manston asylum centre rise as overcrowding grows",
        "Health officials confirmed further cases of diphtheria among asylum seekers held at the "
        "Manston processing centre in Kent on Monday, as the number of people at the former "
        "RAF base rose to about 4,000, more than twice its intended capacity. The UK Health "
        "Security Agency said it was offering vaccines and antibiotics to everyone at the site "
        "and to people moved from there to hotels. A man who had been held at Manston died in "
        "hospital at the weekend, and officials said diphtheria had not been ruled out. Some "
        "people said they had slept on mats for more than three weeks in marquees designed for "
        "stays of 24 hours. Doctors of the World said conditions were ideal for the spread of "
        "disease, including scabies, which is common among people arriving by small boat. Home "
        "Secretary Suella Braverman denied ignoring legal advice and said the government was "
        "working to move people out quickly. The local MP described the situation as "
        "“wretched.”",
        "health",
    ),
    (
        "Poland races to vaccinate Ukrainian refugee children against measles and polio",
        "WARSAW - Polish health authorities have launched a campaign to vaccinate Ukrainian "
        "refugee children against measles, polio and diphtheria, after data showed that "
        "vaccination rates in Ukraine were well below the levels needed to prevent outbreaks. "
        "Health Minister Adam Niedzielski said about 200,000 Ukrainian children were now enrolled "
        "in Polish schools and that the vaccines would be free. The World Health Organization "
        "said only about 80% of children in Ukraine had received two doses of the measles "
        "vaccine, and that Ukraine had a polio outbreak last year. Clinics in Warsaw, Krakow and "
        "Wroclaw have hired Ukrainian-speaking nurses and printed leaflets in Ukrainian. Some "
        "parents were wary because of distrust of vaccines that is common in parts of Ukraine, "
        "doctors said. UNICEF is paying for part of the programme and for catch-up doses of "
        "routine vaccines for younger children. No outbreaks linked to refugees have been "
        "recorded so far.",
        "health",
    ),
    (
        "Study finds high rates of self-harm among refugees held on Nauru",
        "SYDNEY - Refugees and asylum seekers held on Nauru under Australia's offshore "
        "processing policy suffered some of the highest rates of mental illness ever recorded, "
        "according to a study by Medecins Sans Frontieres published on Monday. The charity's "
        "psychologists, who worked on the island for 11 months before being ordered out by the "
        "Nauruan government, said 30% of their patients had attempted suicide and 60% had "
        "thought about it. Several children showed signs of resignation syndrome, in which they "
        "stop eating, drinking and speaking. “Nauru is a place of despair,” said the head of "
        "the MSF mission. Australia's home affairs minister said the government had moved most "
        "children off the island and that medical care was provided by contractors. About 900 "
        "people remain on Nauru and Manus Island in Papua New Guinea. The Australian Medical "
        "Association called for all of them to be brought to Australia for treatment.",
        "health",
    ),
]
