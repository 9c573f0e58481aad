"""dev285 negatives: storms and volcanoes that close airports, and crime at airports. (title, text,
kind code), labels by eval/README.md section 1.
"""

NEGATIVES = [
    (
        ("Volcanic ash from Lewotobi grounds Bali flights, stranding thousands of holidaymakers"),
        (
            "Jetstar, Virgin Australia and Qantas cancelled flights to and from Bali on Wednesday "
            "as an ash cloud from Mount Lewotobi Laki-Laki on the island of Flores drifted west "
            "across the Indonesian archipelago. Bali's Ngurah Rai International Airport remained "
            "open, but at least 80 international and domestic flights were scrapped, an airport "
            "spokesperson said, and long queues formed at airline counters. The volcano erupted "
            "violently last week, killing at least nine people in nearby villages and forcing "
            "thousands to flee to evacuation centres. Indonesia's volcanology agency kept its "
            "alert at the highest level after a fresh eruption sent a column of ash up to 9 km "
            'into the sky. "We\'re just trying to find anywhere to stay, everything is booked," an '
            "Australian tourist told the ABC. Airlines rely on advisories from the Volcanic Ash "
            "Advisory Centre in Darwin, which tracks ash that can melt inside jet engines. "
            "Flores' Frans Seda airport in Maumere was closed for a week."
        ),
        "disaster",
    ),
    (
        "Tampa and Orlando airports close as Hurricane Milton bears down on Florida",
        (
            "Tampa International Airport suspended all flights on Tuesday morning and Orlando "
            "International followed a day later as Hurricane Milton, one of the most powerful "
            "Atlantic storms on record, approached Florida's Gulf coast. More than 2,000 flights "
            "in and out of Florida were cancelled on Wednesday, according to tracking service "
            "FlightAware. Airlines added extra departures on Monday to help residents flee, and "
            "capped fares after complaints about price gouging during previous storms. Millions "
            "of people were ordered to evacuate from coastal counties, and fuel stations along "
            "the main highways ran dry. The National Hurricane Center warned of a storm surge of "
            "up to 15 feet in Tampa Bay. Tampa's airport, which sits a few feet above sea level, "
            "said it would reopen only after damage assessments were completed. Southwest, "
            "Florida's largest carrier by passengers, said it would halt operations at six "
            "airports in the state. The storm came less than two weeks after Hurricane Helene "
            "killed more than 200 people across the south-east."
        ),
        "disaster",
    ),
    (
        "Dubai airport diverts flights as record rain floods runways and roads",
        (
            "Dubai International Airport, the world's busiest hub for international passengers, "
            "diverted dozens of incoming flights and suspended check-in for departing travellers "
            "on Tuesday night after the heaviest rainfall in the United Arab Emirates since "
            "records began in 1949. Videos showed aircraft taxiing through water that covered the "
            "apron, and roads to the terminals were so flooded that some passengers waded through "
            "knee-deep water. Emirates said it would stop checking in passengers departing from "
            "Dubai, and flydubai cancelled most of its flights. Al Ain, near the border with "
            "Oman, recorded more than 250 mm of rain in less than 24 hours. The airport warned it "
            "could take days to clear the backlog, and by Friday more than 1,200 flights had been "
            "cancelled. In neighbouring Oman, at least 18 people, including schoolchildren, were "
            "killed in flash floods. Climate scientists said warming was making such extreme "
            "rainfall more likely in the region."
        ),
        "disaster",
    ),
    (
        "Etna eruption shuts Catania airport as ash blankets eastern Sicily",
        (
            "Catania's Fontanarossa airport suspended all flights on Monday after Mount Etna sent "
            "a column of ash several kilometres into the sky overnight, covering runways, cars "
            "and balconies in black grit. Operator SAC said the airport would remain closed at "
            "least until Tuesday morning, and some flights were diverted to Palermo and Comiso. "
            "The eruption, the latest in a series of lava fountains from the volcano's south-east "
            "crater, lit up the night sky over the Sicilian coast. Italy's National Institute of "
            "Geophysics and Volcanology said there was no danger to nearby villages, but mayors "
            "ordered streets cleaned and asked motorcyclists to stay off the roads. Etna, "
            "Europe's most active volcano, erupts several times a year, and its eruptions "
            "regularly disrupt air traffic at Catania, which handles more than 10 million "
            'passengers a year. "We\'re used to it, but I have never seen this much ash," said a '
            "taxi driver at the airport. Airlines advised passengers to check with them before "
            "travelling."
        ),
        "disaster",
    ),
    (
        "Chennai airport under water as floods strand passengers and aircraft",
        (
            "Chennai's airport was closed on Wednesday with its runway and aprons under water "
            "after the heaviest rainfall in more than a century flooded India's fifth-largest "
            "city, leaving hundreds of passengers stranded and more than 30 aircraft marooned. "
            "The Airports Authority of India said operations would remain suspended until at "
            "least Sunday. Some flights were diverted to Bengaluru, Hyderabad and "
            "Tiruchirappalli, and Air India began relief flights from the naval air station at "
            "Arakkonam, about 70 km west of the city. Across Tamil Nadu, more than 260 people "
            "have died in floods since November, state officials said. The army, navy and "
            "National Disaster Response Force deployed boats and helicopters to rescue residents "
            "from rooftops. The airport, built partly on the flood plain of the Adyar river, has "
            'been criticised by urban planners for blocking natural drainage. "We have not seen '
            'such rain in our lifetime," said a cab driver waiting outside the terminal with '
            "water up to his knees."
        ),
        "disaster",
    ),
    (
        "Keflavík flights continue as fresh eruption forces Grindavík evacuation",
        (
            "Flights to and from Iceland's Keflavík International Airport continued as normal on "
            "Wednesday despite a new volcanic eruption on the Reykjanes peninsula, about 20 km "
            "from the airport, the operator Isavia said. Lava fountains burst from a fissure "
            "north of the fishing town of Grindavík early in the morning, and the town's "
            "remaining residents and guests at the nearby Blue Lagoon spa were evacuated for the "
            "third time this year. The Icelandic Meteorological Office said the eruption was not "
            "expected to produce ash that would threaten aviation, unlike the 2010 eruption of "
            "Eyjafjallajökull, which grounded flights across Europe for days. Icelandair said it "
            "was monitoring the situation closely. Footage showed orange lava advancing towards "
            "defensive walls built to protect a geothermal power plant. Some tourists drove out "
            "along the Reykjanesbraut highway at night to watch the glow in the sky. Grindavík's "
            "3,700 inhabitants have been largely unable to live in their homes since seismic "
            "activity tore fissures through the town in November."
        ),
        "disaster",
    ),
    (
        "Gatwick runway closed for second day as drones defy police search",
        (
            "Flights at London's Gatwick Airport remained suspended on Thursday evening, nearly a "
            "day after two drones were spotted over the airfield, leaving tens of thousands of "
            "passengers stranded days before Christmas. Sussex Police said they were hunting for "
            "the operator and believed the disruption was deliberate but not terrorism-related. "
            "Each time the runway reopened, another sighting forced it to close again, the "
            "airport's chief operating officer said. The army was called in to help with "
            "specialist equipment, and the transport secretary said those responsible could face "
            "five years in prison. About 110,000 passengers on some 760 flights had been due to "
            "fly on Thursday, and many aircraft were diverted to Manchester, Paris and Amsterdam. "
            '"It\'s carnage, people are sleeping on the floor," one stranded traveller said. '
            "Police said they were considering shooting the drones down as a last resort. Airline "
            "bosses called for tougher rules on the sale and registration of drones. Gatwick, "
            "Britain's second-busiest airport, has a single main runway, so any closure halts its "
            "operations entirely. Drone sightings near airports have more than tripled in five "
            "years, according to the UK Airprox Board. Flying a drone within 1 km of an airport "
            "boundary has been illegal since July. Passengers were handed foil blankets as they "
            "slept in the South Terminal."
        ),
        "crime",
    ),
    (
        "Hijacked EgyptAir plane lands in Cyprus; passengers freed and man arrested",
        (
            "A man who claimed to be wearing an explosive belt hijacked an EgyptAir domestic "
            "flight from Alexandria to Cairo on Tuesday and forced it to land in Larnaca, Cyprus, "
            "before releasing all the passengers and surrendering after a six-hour standoff, "
            "officials said. The belt turned out to be fake, made of mobile phone cases wrapped "
            "in cloth, Cypriot police said. Cypriot President Nicos Anastasiades said the "
            'incident was "not something that has to do with terrorism", and the hijacker, an '
            "Egyptian man, was reported to be seeking to contact his former wife, who lives on "
            "the island. Photographs showed a passenger posing for a selfie with the hijacker in "
            "the cabin. A crew member climbed out through a cockpit window shortly before the man "
            "gave himself up. The Airbus A320 had 55 passengers and seven crew on board. The "
            "incident renewed questions about security at Egyptian airports, which have been "
            "under scrutiny since a Russian airliner crashed over Sinai five months ago."
        ),
        "crime",
    ),
    (
        "Police charge nine over C$20m gold heist from Toronto Pearson cargo facility",
        (
            "Canadian police have charged nine people, including two current and former Air "
            "Canada employees, over the theft of nearly C$20m worth of gold bars and foreign "
            "currency from a cargo warehouse at Toronto Pearson International Airport last year, "
            "investigators said on Wednesday. The shipment of 6,600 bars of pure gold arrived on "
            "a flight from Zurich in April 2023 and was removed from the airline's storage "
            "facility the same night using a fraudulent waybill, Peel Regional Police said. "
            "Detectives said some of the gold had been melted down and sold, and the proceeds "
            'used to buy firearms that were smuggled into Canada. "This was a very elaborate '
            'plan," a police inspector told reporters, standing beside a table of seized cash and '
            "jewellery. One suspect remains wanted on a Canada-wide warrant. It is one of the "
            "largest thefts in Canadian history. Air Canada said it was co-operating fully with "
            "the investigation. Security experts said the case exposed weaknesses in cargo "
            "handling at major hubs."
        ),
        "crime",
    ),
    (
        ("Laser attacks on pilots hit record in Australia, prompting calls for tougher penalties"),
        (
            "Pilots in Australia reported more than 900 incidents of laser beams being pointed at "
            "aircraft last year, the highest number on record, the Civil Aviation Safety "
            "Authority said on Monday. Airline pilots say the beams can cause temporary blindness "
            "during the critical phases of take-off and landing. Most incidents were reported "
            "around Sydney, Melbourne and Brisbane, and police helicopters were targeted dozens "
            "of times. Under federal law, shining a laser at an aircraft carries a penalty of up "
            "to two years in prison, but prosecutions are rare because offenders are hard to "
            'trace. "It takes one strike at the wrong moment to put hundreds of lives at risk," '
            "said the president of the Australian and International Pilots Association. Police in "
            "Western Australia arrested a 45-year-old man in Perth last month after a laser was "
            "shone at a Qantas jet on approach. Handheld lasers capable of reaching several "
            "kilometres sell online for less than A$50. The authority wants high-powered laser "
            "pointers classed as prohibited weapons in every state."
        ),
        "crime",
    ),
    (
        ("Baggage handlers charged after police uncover cocaine pipeline through Sydney Airport"),
        (
            "Australian Federal Police have charged four baggage handlers and a ramp supervisor "
            "with importing more than 300 kg of cocaine through Sydney Airport in suitcases that "
            "were pulled off international flights before they reached customs, officials said on "
            "Thursday. Investigators said the syndicate had used its members' security clearances "
            "to retrieve bags tagged with coloured markers on the tarmac and carry them out "
            "through staff exits. The arrests followed a year-long operation involving the "
            "Australian Border Force and New South Wales Police, in which officers secretly "
            'filmed the workers in the baggage hall. "Criminals will always look for trusted '
            'insiders," an AFP commander told reporters. Detectives seized A$1.4m in cash, two '
            "luxury cars and an encrypted phone used to arrange the pick-ups. The drugs, which "
            "police said came from South America through Los Angeles and Santiago, had an "
            "estimated street value of about A$100m. The men face life imprisonment if convicted. "
            "Sydney Airport said it had suspended the workers' access passes and would review its "
            "screening of airside staff."
        ),
        "crime",
    ),
]
