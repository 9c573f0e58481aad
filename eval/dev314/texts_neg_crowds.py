"""Negatives: overtourism, strikes and peaceful protests, sport and screen tourism, and one
more visa story."""

NEGATIVES = [
    (
        "Water pistols and banners as thousands march against mass tourism in Barcelona",
        (
            "Thousands of people marched through Barcelona on Saturday to protest against mass "
            "tourism, some of them squirting water pistols at diners on restaurant terraces and "
            "taping off hotel entrances with warning tape. Organisers, the Assemblea de Barris "
            "pel Decreixement Turistic, said 20,000 people took part, while police put the figure "
            "at about 2,800. Marchers carried banners reading 'Tourists go home' and 'Barcelona "
            "is not for sale', and chanted against rising rents and holiday flats. The city "
            "expects about 26 million visitors this year. Barcelona's mayor, Jaume Collboni, has "
            "promised to end the 10,000 licences for tourist flats by 2028 and to raise the "
            "tourist tax. The demonstration passed off peacefully and police reported no arrests. "
            "Visitors caught up in the march said they understood the residents' anger. 'They "
            "have a point,' said a couple from Manchester as a protester aimed a water pistol at "
            "their table. Similar marches took place in Malaga, Palma and the Canary Islands."
        ),
        "protest",
    ),
    (
        (
            "French air traffic controllers' strike grounds thousands of flights at the start of "
            "summer"
        ),
        (
            "Airlines cancelled more than 1,500 flights on Thursday and Friday after French air "
            "traffic controllers walked out in a dispute over staffing and working conditions, "
            "disrupting travel across Europe at the start of the summer holidays. The civil "
            "aviation authority, DGAC, asked airlines to cut schedules at Nice, Marseille, Lyon "
            "and the Paris airports by up to half. Ryanair said it had been forced to cancel 400 "
            "flights affecting 70,000 passengers, many of them overflying France, and called on "
            "the European Commission to protect overflights during strikes. The UNSA-ICNA union "
            "said controllers were overworked and that new equipment had been promised for years. "
            "Passengers queued for hours at Nice airport, where some flights to Corsica were "
            "cancelled. The strike passed off without incident and unions said they would meet "
            "the transport minister next week. Under EU rules, passengers are entitled to refunds "
            "but not compensation when flights are cancelled because of a strike by controllers."
        ),
        "protest",
    ),
    (
        "Lufthansa ground staff strike cancels 1,000 flights as pay talks stall",
        (
            "Lufthansa cancelled more than 1,000 flights at Frankfurt and Munich on Wednesday, "
            "affecting about 134,000 passengers, after the Verdi union called ground staff out on "
            "a one-day strike over pay. Striking workers gathered outside the terminals with "
            "whistles and union flags, and the airline advised passengers not to come to the "
            "airports. Verdi is demanding a 12.5% pay rise over one year, while Lufthansa has "
            "offered about 10% over a longer period. The airline's spokesperson said the strike "
            "was 'disproportionate' and would cost tens of millions of euros. Passengers "
            "travelling on domestic routes were offered train tickets, and several long-haul "
            "flights were rerouted through Zurich and Vienna. It was the third walkout by "
            "Lufthansa staff in a month, after earlier strikes by flight attendants and pilots of "
            "its regional arm. Verdi said more strikes could follow if the airline did not "
            "improve its offer at the next round of talks."
        ),
        "protest",
    ),
    (
        ("Canary Islands hunger strikers end protest against hotel building as marches continue"),
        (
            "Activists who had been on hunger strike for 20 days to protest against new hotel "
            "developments in Tenerife have ended their protest, saying they had drawn attention "
            "to a model of tourism that they say is exhausting the islands. The protest took "
            "place in a church in La Laguna, and the group, Canarias tiene un limite, said two of "
            "the eight strikers had been admitted to hospital. Tens of thousands of people "
            "marched in Santa Cruz de Tenerife, Las Palmas and other towns last month under "
            "slogans such as 'Canarias has a limit' and 'My misery, your paradise'. The Canary "
            "Islands received 16 million foreign visitors last year, about seven times the local "
            "population. The regional government has promised a law to restrict holiday rentals "
            "and said it would consider an ecotax. Protesters are demanding a halt to two hotel "
            "projects on the south coast of Tenerife, one of them near a protected beach. The "
            "protests have so far been peaceful."
        ),
        "protest",
    ),
    (
        "Louvre stays closed for hours as staff walk out over crowds and pickpockets",
        (
            "The Louvre in Paris stayed closed for several hours on Monday after guards, ticket "
            "agents and other staff refused to open the doors in protest at overcrowding and "
            "understaffing, leaving thousands of visitors queueing outside the glass pyramid. "
            "Employees said they were overwhelmed by visitor numbers and by organised gangs of "
            "pickpockets working the crowds around the Mona Lisa. The museum received 8.7 million "
            "visitors last year, and its president has warned that the building is in a poor "
            "state. The museum reopened in the afternoon after a general meeting of staff, and "
            "visitors who had tickets for the morning were let in. President Emmanuel Macron has "
            "announced a plan called 'Louvre New Renaissance' to build a new entrance and give "
            "the Mona Lisa her own room. Unions said the walkout was spontaneous, and no "
            "incidents were reported. Tourists in the queue said they had booked weeks in "
            "advance. Similar walkouts have hit the Eiffel Tower, where staff struck over its "
            "management."
        ),
        "protest",
    ),
    (
        ("Travellers warned of road blockades as Bolivia's truckers and farmers dig in over fuel"),
        (
            "Travellers to Bolivia should expect road blockades and delays on routes to Lake "
            "Titicaca and the Uyuni salt flats, foreign governments said on Wednesday, as "
            "truckers and farmers continued protests over fuel shortages and the cost of living. "
            "Britain's Foreign Office said protesters had blocked main roads between La Paz, "
            "Oruro and Cochabamba, and that flights were the most reliable way to travel between "
            "cities. The US embassy told travellers to avoid demonstrations, which 'can become "
            "confrontational', and to carry extra food and water on long journeys. Tour operators "
            "said several groups heading for Uyuni had been rerouted through Chile. Fuel queues "
            "stretching several blocks have become common in La Paz and Santa Cruz, and the "
            "government has blamed a lack of dollars to pay for imports. Bolivia received about "
            "1.1 million foreign visitors in 2019, and the tourism ministry says numbers have not "
            "yet recovered. The blockades have so far been peaceful, the ombudsman's office said."
        ),
        "protest",
    ),
    (
        "Scotland fans' good-natured invasion of Munich fills hotels and bars for Euro 2024",
        (
            "An estimated 200,000 Scotland fans descended on Munich for the opening match of Euro "
            "2024, filling hotels, bars and squares in what German newspapers called a 'friendly "
            "invasion'. Pipers played on the Marienplatz and kilted supporters drank the "
            "Hofbrauhaus dry of some beers by the afternoon, according to staff. Hotel rooms in "
            "Munich were selling for more than 500 euros a night, and campsites outside the city "
            "were full. Scotland lost 5-1 to Germany, but police said the atmosphere had been "
            "'peaceful and joyous', and Munich's mayor praised the visitors. Germany's tourism "
            "board said the tournament was expected to bring about 2.7 million foreign visitors "
            "and extra spending of more than a billion euros. Deutsche Bahn struggled with delays "
            "and overcrowded trains, and some fans took to cycling between stadiums. Scotland's "
            "supporters collected litter after their final group game in Stuttgart. The Tartan "
            "Army has won awards from Uefa for its behaviour at past tournaments."
        ),
        "sport",
    ),
    (
        "Hotels in World Cup host cities brace for fan surge as the fight for rooms begins",
        (
            "Hotels in the 16 host cities of the 2026 World Cup are preparing for one of the "
            "largest influxes of foreign visitors in North America's history, with rooms already "
            "selling at several times normal rates for the tournament. The draw in Washington "
            "last month set off a race for rooms in cities such as Kansas City, Dallas and "
            "Monterrey, where demand is expected to outstrip supply. Fifa has said it expects "
            "about 6.5 million spectators across 104 matches. In Mexico City, where the Azteca "
            "stadium hosts the opening game, Airbnb listings for the first week have jumped by "
            "about 40%. Hotel groups in Toronto and Vancouver say they are still waiting for "
            "ticket allocations to firm up. Airlines have added flights on routes between Europe "
            "and the United States, and American Airlines said it was planning extra capacity to "
            "Miami and Dallas. US travel groups warn that visa waiting times and tougher rules "
            "could keep some fans away. Fans of some teams will play three group games in cities "
            "thousands of kilometres apart."
        ),
        "sport",
    ),
    (
        "Game of Thrones fans storm Dubrovnik's walls as the city limits cruise arrivals",
        (
            "Dubrovnik has had to limit the number of cruise ships in port after Game of Thrones "
            "fans flocked to see the locations of the series' battles and walk of shame, turning "
            "the old town into one of Europe's busiest destinations. Tour guides lead groups up "
            "the Jesuit staircase where Cersei Lannister was forced to walk naked, and to Fort "
            "Lovrijenac, which stood in for the Red Keep. The city council now allows no more "
            "than two cruise ships a day and 4,000 passengers at a time. About 1.5 million "
            "tourists visited Dubrovnik last year, up about 7% from 2018. The city has also "
            "restricted souvenir stalls and restaurant tables in the old town. Operators offer "
            "'King's Landing' tours for about 40 euros, and a museum devoted to the series has "
            "opened inside the walls. The mayor, Mato Frankovic, said the city wanted 'quality, "
            "not quantity'. Actors from the series have said they were surprised by the crowds."
        ),
        "entertainment",
    ),
    (
        "Oppenheimer effect: Los Alamos and Trinity site tours sell out after the blockbuster",
        (
            "Christopher Nolan's film Oppenheimer has brought a surge of visitors to the New "
            "Mexico town of Los Alamos, where the atomic bomb was designed during the Second "
            "World War, and to the Trinity test site, which opens to the public only twice a "
            "year. The Los Alamos Historical Museum said visitor numbers doubled in the months "
            "after the film's release, and the Bradbury Science Museum reported record crowds. "
            "Tours of the town's historic district, including the house where Robert Oppenheimer "
            "lived, sold out through the autumn. At the Trinity site, within the White Sands "
            "Missile Range, about 5,000 people queued to see the obelisk marking the spot of the "
            "first nuclear test. The state tourism department said the film had generated more "
            "interest than any marketing campaign. Local businesses sell 'Oppenheimer' cocktails "
            "and T-shirts. Some residents, descendants of the Hispanic and Native families "
            "displaced when the laboratory was built, have complained that their story is left "
            "out of the film."
        ),
        "entertainment",
    ),
    (
        "Sunbed wars: holidaymakers storm pools at dawn to claim loungers with towels",
        (
            "Holidaymakers at resorts in Spain, Greece and Turkey have been filmed sprinting to "
            "pools at dawn to claim sunbeds with towels, in the latest round of Europe's "
            "so-called sunbed wars. A video from a hotel in Tenerife, viewed more than 5 million "
            "times, showed dozens of guests storming through a gate as soon as it opened at 7am. "
            "Several tour operators have introduced paid reservation systems for loungers, and "
            "one Spanish chain said it would remove towels left unattended for more than 30 "
            "minutes. A survey by a travel website found that about a third of British "
            "holidaymakers had reserved a sunbed with a towel before breakfast. Some Greek "
            "beaches now limit how much of the sand can be covered with rented loungers. Hotel "
            "managers say the practice causes more complaints than anything else. 'You see grown "
            "men running in their flip-flops,' said a guest from Liverpool who had given up and "
            "used a towel on the grass."
        ),
        "other",
    ),
    (
        "Antarctic expedition cruises hit record as adventure travellers head south",
        (
            "More than 120,000 people are expected to visit Antarctica this season, a record, as "
            "expedition cruise lines add new ships and the price of a trip to the continent falls "
            "for some. The International Association of Antarctica Tour Operators said visitor "
            "numbers had more than doubled in a decade, with most travellers sailing from Ushuaia "
            "in Argentina across the Drake Passage. New ships from Lindblad, Ponant and "
            "Hurtigruten carry fewer than 200 passengers each, and offer kayaking, camping on the "
            "ice and helicopter flights. Scientists have raised concerns about the environmental "
            "impact of the growing number of visitors and the risk of bringing in invasive "
            "species. Under the association's rules, no more than 100 people can be ashore at one "
            "landing site at a time. Prices start at about 8,000 dollars for a ten-day voyage. "
            "Some operators are now offering fly-cruise trips from Punta Arenas, avoiding the "
            "rough crossing."
        ),
        "other",
    ),
    (
        "Nigeria and UAE end 'visa war' as Emirates flights to Lagos set to resume",
        (
            "Nigeria and the United Arab Emirates have agreed to end a two-year visa row that "
            "halted Emirates flights to Lagos and left Nigerian travellers unable to obtain Dubai "
            "visas, the presidency in Abuja said on Tuesday. The dispute began when Emirates "
            "suspended flights to Nigeria over about 85 million dollars of ticket revenue trapped "
            "in the country by currency controls, and the UAE then stopped issuing visas to "
            "Nigerians. Traders who used to fly to Dubai to buy electronics and clothing switched "
            "to Istanbul and Cairo, and travel agents in Lagos said some of their businesses had "
            "collapsed. Under the agreement, the UAE will lift the visa ban, Emirates and Etihad "
            "will resume flights, and Nigeria's central bank has cleared most of the backlog of "
            "blocked airline funds. Nigeria's foreign minister called the deal 'a new chapter' in "
            "the relationship between the two countries. Travel agents said they expected a rush "
            "of bookings ahead of the Christmas shopping season. The UAE has not said when the "
            "first visas will be issued."
        ),
        "politics",
    ),
]
