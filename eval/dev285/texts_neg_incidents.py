"""dev285 negatives: crashes, emergency landings, storms and volcanoes that close airports,
and crime at airports. (title, text, kind code), labels by eval/README.md section 1.
"""

NEGATIVES = [
    (
        "Jeju Air jet skids off runway and explodes at Muan, killing 179",
        (
            "A Jeju Air Boeing 737-800 carrying 181 people from Bangkok belly-landed at Muan "
            "International Airport in South Korea on Sunday, skidded off the end of the runway "
            "and burst into flames after hitting a concrete embankment, killing all but two "
            "people on board. The two survivors, both flight attendants, were pulled from the "
            "tail section, the fire service said. Air traffic controllers had warned the crew of "
            "a bird strike shortly before the pilots declared a mayday and attempted to land from "
            "the opposite direction, transport ministry officials said. Footage broadcast by "
            "local television showed the aircraft sliding along the tarmac without its landing "
            "gear deployed before a huge fireball erupted. It was the deadliest air disaster on "
            "South Korean soil. Acting President Choi Sang-mok declared a seven-day period of "
            "national mourning. Investigators from the US National Transportation Safety Board "
            "and Boeing were due to join the Korean inquiry, which will examine the embankment "
            "that housed the runway's localiser antennas. Relatives waiting at the airport wept "
            "as officials read out the names of the identified dead. Muan, a regional airport in "
            "South Jeolla province, was closed to flights for more than a week. Jeju Air's chief "
            "executive bowed deeply at a news conference in Seoul and apologised to the families. "
            "Shares in the low-cost carrier fell by as much as 15% on Monday. The ministry "
            "ordered an emergency inspection of all 101 Boeing 737-800 jets operated by South "
            "Korean airlines."
        ),
        "accident",
    ),
    (
        "Air India Dreamliner crashes into medical college hostel after Ahmedabad take-off",
        (
            "An Air India Boeing 787-8 bound for London Gatwick crashed into a residential area "
            "moments after take-off from Ahmedabad on Thursday, killing 241 of the 242 people on "
            "board and at least 19 people on the ground, officials said. The aircraft came down "
            "on a hostel of the BJ Medical College, where junior doctors were having lunch, and a "
            "thick column of black smoke rose over the city. The sole survivor, a British "
            "national seated in 11A, walked out of the wreckage and was treated in hospital. The "
            "pilots issued a mayday call seconds after becoming airborne, the Directorate General "
            "of Civil Aviation said. It was the first fatal crash of a 787 since the model "
            "entered service in 2011. India's Aircraft Accident Investigation Bureau recovered "
            "both flight recorders from the site within days. The government ordered extra safety "
            "checks on Air India's entire Dreamliner fleet. Air India's parent, the Tata Group, "
            "pledged 10m rupees to the family of each victim."
        ),
        "accident",
    ),
    (
        "Ethiopian Airlines 737 MAX crash kills 157; China and Indonesia ground the jet",
        (
            "China, Indonesia and Ethiopia grounded their fleets of Boeing 737 MAX 8 aircraft on "
            "Monday, a day after an Ethiopian Airlines flight to Nairobi crashed six minutes "
            "after take-off from Addis Ababa, killing all 157 people on board. It was the second "
            "fatal accident involving the model in less than five months, after a Lion Air jet "
            "plunged into the Java Sea in October. The victims came from more than 30 countries "
            "and included staff of UN agencies travelling to an environmental assembly in "
            "Nairobi. Ethiopian Airlines' chief executive Tewolde GebreMariam said the pilot had "
            "reported difficulties and asked to return. Investigators recovered the flight data "
            "and cockpit voice recorders from a crater near the town of Bishoftu. Boeing shares "
            'fell sharply in New York. "We are deeply saddened," the US manufacturer said in a '
            "statement, adding that it was sending a technical team to the crash site. Aviation "
            "analysts said attention would focus on the MAX's new flight-control software, known "
            "as MCAS."
        ),
        "accident",
    ),
    (
        "Nepal plane crash in Pokhara gorge leaves 72 dead, the worst in three decades",
        (
            "A Yeti Airlines ATR 72 turboprop crashed into a river gorge while approaching the "
            "newly opened airport in the Nepali tourist city of Pokhara on Sunday, killing all 72 "
            "people on board, officials said. Rescuers from the army and police rappelled into "
            "the gorge of the Seti river to recover bodies from the burning wreckage. A video "
            "filmed by a passenger on Facebook Live showed the cabin moments before impact, as "
            "the aircraft banked sharply over rooftops. The passengers included 15 foreigners, "
            "among them five Indians, four Russians and a South Korean, the airline said. The "
            "weather was clear at the time of the crash. Nepal declared a national day of "
            "mourning and set up a five-member panel to investigate. The country has one of the "
            "worst air safety records in the world, and the European Union bans Nepali carriers "
            "from its airspace. Experts said early footage suggested the aircraft had stalled at "
            "low altitude."
        ),
        "accident",
    ),
    (
        ("JAL passengers escape burning A350 after Haneda runway collision with coast guard plane"),
        (
            "All 379 passengers and crew escaped from a Japan Airlines Airbus A350 that burst "
            "into flames after colliding with a coast guard aircraft on landing at Tokyo's Haneda "
            "Airport on Tuesday evening, in what aviation experts described as a remarkable "
            "evacuation. Five of the six crew on the smaller Dash 8 turboprop, which was "
            "preparing to fly relief supplies to areas hit by the New Year's Day earthquake on "
            "the Noto peninsula, were killed, and its captain was seriously injured. Television "
            "footage showed the airliner sliding down the runway with flames pouring from its "
            "underside. Passengers left through three emergency slides as smoke filled the cabin, "
            "some of them said, and the aircraft was engulfed within minutes. Transcripts "
            "released by the transport ministry suggested the coast guard plane had not been "
            "cleared to enter the runway. Haneda, one of the world's busiest airports, closed all "
            "four runways for several hours, and more than 100 flights were cancelled. Police "
            "opened an investigation into possible professional negligence."
        ),
        "accident",
    ),
    (
        "Army Black Hawk and regional jet collide over Potomac; no survivors, officials say",
        (
            "An American Eagle regional jet carrying 64 people collided with a US Army Black Hawk "
            "helicopter on approach to Ronald Reagan Washington National Airport on Wednesday "
            "night and both aircraft plunged into the icy Potomac River, killing everyone on "
            "board, officials said. The CRJ700, operated by PSA Airlines, was flying from "
            "Wichita, Kansas, and carried several young figure skaters and their coaches "
            "returning from a training camp. The helicopter, with three soldiers aboard, was on a "
            "training flight, the Army said. Divers worked through the night in near-freezing "
            "water amid chunks of ice, and the District of Columbia's fire chief said by morning "
            "that the operation had become a recovery mission. It was the deadliest US air crash "
            "since 2001. Air traffic control audio captured a controller asking the helicopter "
            "crew whether they had the jet in sight seconds before the collision. The National "
            "Transportation Safety Board said it would examine the helicopter's altitude and "
            "staffing in the control tower that night. Reagan National reopened on Thursday "
            "morning."
        ),
        "accident",
    ),
    (
        ("Singapore Airlines passenger dies as severe turbulence throws people into cabin ceiling"),
        (
            "A British man died and more than 70 people were injured when a Singapore Airlines "
            "flight from London hit severe turbulence over Myanmar on Tuesday and made an "
            "emergency landing in Bangkok, the airline and Thai officials said. The Boeing "
            "777-300ER dropped about 6,000 feet in around three minutes, according to "
            "flight-tracking data, and passengers who were not wearing seatbelts were thrown "
            "against the overhead bins. Photos taken inside the cabin showed gashes in the "
            "ceiling panels, oxygen masks hanging down and food strewn across the aisles. The "
            "73-year-old passenger is believed to have suffered a heart attack, a Bangkok "
            "hospital director said. Seven people were critically injured, most of them with head "
            'and spinal injuries. "Suddenly the plane starts tilting up and there was shaking," a '
            "28-year-old student told Reuters. Singapore's Transport Safety Investigation Bureau "
            "said it had sent investigators to Bangkok. The airline said it would review its "
            "policy on serving meals when the seatbelt sign is on."
        ),
        "accident",
    ),
    (
        "Delta jet flips onto its roof landing in Toronto; all 80 on board survive",
        (
            "A Delta Connection jet arriving from Minneapolis flipped upside down while landing "
            "in gusty winds at Toronto Pearson International Airport on Monday afternoon, "
            "injuring 21 people but killing no one, the airline and airport authorities said. The "
            "Bombardier CRJ900, operated by Endeavor Air, came to rest on its roof on a "
            "snow-covered runway with one wing torn off, and emergency crews quickly put out a "
            "fire. Passengers described hanging upside down by their seatbelts before unclipping "
            'and dropping onto the ceiling. "Everybody was helping each other," one passenger '
            "told CBC News. Three people, including a child, were taken to hospital with critical "
            "injuries. Pearson closed two of its runways for more than two days as investigators "
            "from the Transportation Safety Board of Canada examined the wreckage, disrupting "
            "hundreds of flights over a holiday weekend. Winds were gusting at about 65 km/h at "
            "the time. The board said it would look at the aircraft's rate of descent in the "
            "final seconds before touchdown."
        ),
        "accident",
    ),
    (
        "Air force training jet crashes into Dhaka school, killing children",
        (
            "A Bangladesh Air Force F-7 training jet crashed into a school building in Dhaka's "
            "Uttara district shortly after take-off on Monday, killing at least 27 people, most "
            "of them pupils, and injuring more than 170, officials said. The Chinese-built "
            "aircraft came down on the campus of Milestone School and College as classes were "
            "ending, setting fire to a two-storey building. The pilot, a flight lieutenant on a "
            "solo training sortie, was killed. The military's public relations office said the "
            "aircraft had suffered a mechanical failure and that the pilot had tried to steer it "
            "away from densely populated areas. Parents crowded around the burn unit of the "
            "national hospital as doctors appealed for blood donations. The interim government "
            "declared a day of national mourning and ordered an inquiry. Students gathered at the "
            "school on Tuesday to demand accurate casualty figures and the grounding of ageing "
            "training aircraft over the capital. Bangladesh's air force has flown the F-7, a "
            "version of the Soviet MiG-21, since the late 1980s."
        ),
        "accident",
    ),
    (
        "Iranian president killed as helicopter crashes in fog in mountainous north-west",
        (
            "Iran's President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian were "
            "killed when their helicopter crashed in fog in mountainous terrain in East "
            "Azerbaijan province on Sunday, state media reported after rescuers reached the "
            "wreckage on Monday morning. The Bell 212 was one of three helicopters returning from "
            "the inauguration of a dam on the border with Azerbaijan, and lost contact in heavy "
            "cloud near the town of Varzaqan. Rescue teams, helped by a Turkish drone with "
            "thermal imaging, searched through the night in rain and snow. Iranian officials said "
            "there was no sign of foul play, and the armed forces' general staff ordered an "
            "investigation. Iran's fleet of helicopters is decades old, and sanctions have made "
            "spare parts difficult to obtain. First Vice President Mohammad Mokhber was named "
            "interim president, and an election must be held within 50 days. Crowds gathered in "
            "mosques across the country to pray for the dead."
        ),
        "accident",
    ),
    (
        "Voepass turboprop falls into São Paulo suburb, killing all 62 on board",
        (
            "A Voepass ATR 72-500 flying from Cascavel to São Paulo's Guarulhos airport crashed "
            "in a residential area of Vinhedo on Friday afternoon, killing all 58 passengers and "
            "four crew, Brazilian authorities said. Videos posted on social media showed the "
            "aircraft spinning flat as it fell from the sky before disappearing behind trees, "
            "followed by a plume of smoke. Nobody on the ground was hurt, although one house in "
            "the gated community was damaged. Meteorologists said icing conditions had been "
            "forecast at the aircraft's cruising altitude. It was Brazil's deadliest air crash "
            "since 2007. President Luiz Inácio Lula da Silva asked for a minute's silence at an "
            "event in Paraná. The aviation accident investigation centre Cenipa, part of the air "
            "force, recovered both flight recorders. Relatives of the victims gathered at a hotel "
            "near Guarulhos, where the airline had set up a support centre."
        ),
        "accident",
    ),
    (
        "Vintage jet crashes onto A27 during Shoreham Airshow display",
        (
            "A Hawker Hunter jet taking part in the Shoreham Airshow in West Sussex crashed onto "
            "the busy A27 road during a loop on Saturday afternoon, hitting several cars and "
            "killing at least seven people, Sussex Police said. Spectators watched as the Cold "
            "War-era aircraft failed to pull out of its manoeuvre and exploded in a fireball on "
            "the carriageway next to the airfield. The pilot was pulled from the wreckage and "
            "taken to hospital in a critical condition. Police said the death toll was likely to "
            'rise as the search of the site continued. "It was a huge ball of fire and black '
            'smoke, and then the sirens," one witness told the BBC. The Civil Aviation Authority '
            "said it was restricting displays by vintage jets over land while the Air Accidents "
            "Investigation Branch carried out its inquiry. The second day of the show was "
            "cancelled, and the A27 was expected to stay closed for several days."
        ),
        "accident",
    ),
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
