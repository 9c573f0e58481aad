"""dev175 hard negatives (1 of 4): storms, floods, heat and eruptions that disrupt travel, air and
rail accidents and a stampede, and crimes against travellers (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Beryl flattens Carriacou as cruise lines skip storm-hit ports",
        "Hurricane Beryl tore across the Grenadine islands on Monday as a Category 4 storm, "
        "destroying or damaging almost every home on Carriacou and Petite Martinique and "
        "cutting communications with the mainland, Grenada's prime minister said. At least "
        "three people were killed in Grenada and one in St Vincent and the Grenadines, where "
        'Union Island was described as "flattened". It was the earliest Category 5 hurricane '
        "on record in the Atlantic when it strengthened later that night. The airport on "
        "Union Island, which serves yacht charters and the luxury resorts of Mustique and "
        "Palm Island, suffered heavy damage to its terminal. Carnival, Royal Caribbean and "
        "Norwegian Cruise Line changed the routes of several ships, swapping calls at Grenada "
        "and St Vincent for ports further south and west. Boutique hotels on Carriacou said "
        "roofs had been torn off and guests had sheltered in bathrooms. Travellers with "
        "bookings in the southern Caribbean over the coming weeks were advised to contact "
        "their operators. The storm was expected to pass south of Jamaica midweek before "
        "heading towards Mexico's Yucatán Peninsula, where resorts in Tulum and Cancún were "
        "preparing. Grenada's Maurice Bishop International Airport reopened on Tuesday "
        "afternoon. Sandals, which runs a resort on the main island, said guests had been "
        "moved to an inner ballroom during the storm and that none were hurt. Jamaica's "
        "tourism minister urged visitors already on the island to follow instructions from "
        "their hotels. Forecasters at the US National Hurricane Center said unusually warm "
        "sea temperatures had fuelled Beryl's rapid intensification. Insurers said losses "
        "would be limited for the large resort chains but could be heavy for small "
        "guesthouses, many of which are uninsured. Cruise passengers were told that "
        "itineraries could change at short notice until the storm had passed.",
        "disaster",
    ),
    (
        "Acropolis closes in the afternoons as heatwave grips Greece",
        "Greek authorities closed the Acropolis from noon until 5pm on Thursday as "
        "temperatures in Athens were forecast to reach 43C, the second such closure in a "
        "week. Visitors who had bought timed tickets for the midday slots were offered "
        "refunds or the option to come back at dawn. Red Cross volunteers handed out bottles "
        "of water to tourists queueing on the marble steps, and at least two visitors fainted "
        "in the heat on Wednesday, the culture ministry said. Greece's civil protection "
        "agency warned of a very high risk of wildfires in Attica, Evia and several islands, "
        "and fire crews were on standby. The meteorological service said the heatwave, the "
        "third of the summer, would ease only at the weekend. Tour operators said they had "
        "rescheduled walking tours to the early morning and evening, and some cruise lines "
        "shortened shore excursions in Piraeus. Visitors were told to avoid strenuous outdoor "
        "activity during the hottest hours and to use public transport's air-conditioned "
        "carriages. Climate scientists say Mediterranean summers are becoming hotter and "
        "longer.",
        "disaster",
    ),
    (
        "Hajj heat deaths pass 1,000 as pilgrims recount walks in 51C sun",
        "More than 1,000 pilgrims died during this year's Hajj as temperatures in Mecca rose "
        "above 51C, according to a tally by foreign governments and news agencies, with Egypt "
        "alone reporting hundreds of deaths. Many of those who died were unregistered "
        "pilgrims who had travelled without official permits and so lacked access to "
        "air-conditioned tents and buses, officials from several countries said. Pilgrims "
        "described walking for hours between the holy sites of Mina and Arafat, passing "
        "people who had collapsed by the road. Saudi Arabia's health ministry said it had "
        "treated more than 2,700 cases of heat exhaustion on a single day. Egypt revoked the "
        "licences of 16 travel companies that it said had sold trips without permits. Jordan "
        "and Tunisia also said they would investigate. The annual pilgrimage, which moves "
        "through the calendar with the lunar year, will fall in the hottest months until the "
        "early 2030s. Researchers have warned that rising temperatures will make the rituals "
        "increasingly dangerous for older pilgrims. Some families said they learned of deaths "
        "only days later, after searching hospitals and scrolling through photos posted "
        "online. Indonesia, Malaysia and India also reported deaths among their pilgrims. "
        "Saudi officials said misting fans and shaded walkways had been expanded, and that "
        "most of those who died had walked long distances in direct sun.",
        "disaster",
    ),
    (
        "Blue Lagoon shuts and Grindavík evacuated again as lava erupts near the town",
        "Iceland's Blue Lagoon closed on Thursday and the fishing town of Grindavík was "
        "evacuated for the fourth time in three months after a volcanic eruption began on the "
        "Reykjanes peninsula. Lava spurted from a fissure about 3 km long north of the town, "
        "and a lava flow crossed the road leading to the spa, according to Iceland's "
        "Meteorological Office. Guests at the Blue Lagoon's hotels were taken by bus to "
        "Reykjavik. Keflavik airport, 20 km away, remained open and flights were operating "
        "normally, Isavia said. The Met Office said the eruption posed no threat to aviation, "
        "because it was not producing ash. Hot water supplies to some 20,000 people in the "
        "area were cut after lava damaged a pipeline. Civil protection officials said the "
        "town's remaining residents had been told to leave in the middle of the night. "
        "Visitors hoping to see the eruption were warned to stay away from the closed roads. "
        "Tour companies in Reykjavik reported brisk demand for helicopter flights over the "
        "site.",
        "disaster",
    ),
    (
        "Army airlifts stranded tourists out of Acapulco after Hurricane Otis",
        "Mexico's air force began flying stranded tourists out of Acapulco on Thursday after "
        "Hurricane Otis smashed into the Pacific resort as a Category 5 storm, killing at "
        "least 27 people and wrecking most of its high-rise hotels. The storm intensified "
        "from a tropical storm to a major hurricane in less than a day, leaving residents and "
        "visitors little time to prepare. Soldiers and National Guard troops cleared roads "
        "and set up field kitchens, President Andrés Manuel López Obrador said, as he "
        "announced that 10,000 troops had been deployed. Acapulco's airport terminal was "
        "damaged and commercial flights were suspended. Aeroméxico and Volaris said they "
        "would run humanitarian flights to bring passengers to Mexico City free of charge. "
        "Guests at seafront hotels described windows shattering and water pouring through "
        "corridors as they sheltered in stairwells. Hundreds of thousands of residents were "
        "without power or running water. The Guerrero state tourism office said it was too "
        "early to say when hotels would reopen.",
        "disaster",
    ),
    (
        "Valencia floods: trains cancelled and airport cut off as DANA kills scores",
        "Spain's high-speed train link between Madrid and Valencia was suspended for at least "
        "two weeks after torrential rain from a storm known as a DANA washed away tracks and "
        "flooded tunnels, rail operator Adif said. At least 200 people have died in the "
        "floods, most of them in towns south of Valencia, where a month's rain fell in a few "
        "hours. Valencia airport was briefly closed and many flights were diverted to "
        "Alicante, while roads into the city were blocked by piled-up cars. Holidaymakers who "
        "had booked autumn breaks in the city were told to check with airlines and hotels, "
        "many of which offered free cancellation. The army's emergency unit and thousands of "
        "soldiers were deployed to search for the missing and clear mud from streets. The "
        "Spanish meteorological agency said more heavy rain was possible later in the week in "
        "Catalonia and Andalusia. Renfe said it would lay on extra buses between Valencia and "
        "Cuenca while the line was rebuilt.",
        "disaster",
    ),
    (
        "Marrakech's riads reopen as tourists return after the earthquake",
        "A month after the strongest earthquake in Morocco in more than a century killed "
        "nearly 3,000 people in the High Atlas mountains, Marrakech's riads and restaurants "
        "say tourists are coming back. The quake damaged parts of the city's medina, "
        "including a minaret in the old Jewish quarter, and cracked the walls of some "
        "guesthouses, but most hotels reopened within days. The worst damage was in remote "
        "mountain villages south of the city, where entire communities were flattened and "
        "families are still living in tents. Tour operators said cancellations had been "
        "limited, and the Moroccan National Tourist Office reported that visitor numbers in "
        "September were only slightly below last year's. Some trekking companies have resumed "
        "trips to the Atlas and promise that part of the price goes to rebuilding villages. "
        '"People feel that coming here is a way to help," said the owner of a riad near Jemaa '
        "el-Fnaa. The IMF and World Bank meetings went ahead in Marrakech in October as "
        "planned.",
        "disaster",
    ),
    (
        "Jeju Air 737 crash at Muan kills 179; bird strike and runway wall in focus",
        "A Jeju Air Boeing 737-800 carrying 181 people skidded off the runway at Muan "
        "International Airport in South Korea on Sunday and burst into flames after hitting a "
        "concrete embankment, killing all but two people on board, officials said. The flight "
        "from Bangkok was landing without its landing gear deployed after the pilots reported "
        "a bird strike and declared a mayday, according to the transport ministry. The two "
        "survivors, both flight attendants seated in the tail, were pulled from the wreckage. "
        "Most passengers were South Koreans returning from Christmas holidays in Thailand. It "
        "is the deadliest air disaster on South Korean soil. Investigators are examining the "
        "flight recorders and the concrete structure housing navigation antennas at the end "
        "of the runway, which experts say should not have been so rigid. The government "
        "ordered inspections of all 101 Boeing 737-800s operated by Korean airlines. Jeju "
        "Air, the country's largest low-cost carrier, said it had received a wave of "
        "cancellations.",
        "accident",
    ),
    (
        "Airliner and Army helicopter collide over the Potomac near Reagan National",
        "An American Eagle regional jet carrying 64 people collided with a US Army Black Hawk "
        "helicopter as it approached Ronald Reagan Washington National Airport on Wednesday "
        "night, sending both aircraft into the Potomac River, officials said. No survivors "
        "were expected, the capital's fire chief said the next morning. The helicopter, with "
        "three soldiers on board, was on a training flight. Air traffic controllers had asked "
        "the helicopter crew whether they had the jet in sight shortly before the collision, "
        "according to recordings. Among the passengers were figure skaters, coaches and "
        "parents returning from a training camp in Kansas. The airport was closed until "
        "Thursday morning, and hundreds of flights were cancelled. The National "
        "Transportation Safety Board said it would look at the helicopter routes along the "
        "river, which pass close to the approach paths. It was the deadliest American air "
        "crash in more than two decades. Airlines said travellers due to fly through "
        "Washington could rebook without charge.",
        "accident",
    ),
    (
        "Stampede at Maha Kumbh: devotees crushed before dawn dip at Sangam",
        "At least 30 people were killed and dozens injured in a stampede at the Maha Kumbh in "
        "Prayagraj early on Wednesday as crowds surged towards the Sangam, the confluence of "
        "the Ganga and Yamuna, for a holy dip on Mauni Amavasya, the festival's most "
        "auspicious bathing day, police said. Witnesses said barricades gave way under the "
        "pressure of pilgrims who had been waiting overnight on the banks, and people who had "
        "lain down to rest were trampled. Officials said close to eight crore devotees were "
        "expected at the festival site on the day. The Uttar Pradesh government ordered a "
        "judicial inquiry and announced compensation of Rs 25 lakh for the families of each "
        "of the dead. Railways ran special trains from Prayagraj to clear the crowds, and "
        "several stations were closed to incoming passengers. Airlines added flights but "
        "fares from Delhi rose sharply. The festival, held every 12 years, is described by "
        "organisers as the largest gathering of people on earth. Opposition leaders accused "
        "the state government of putting VIP visits ahead of crowd safety. Videos shared "
        "online showed clothes, shoes and bags strewn across the sand after the crush. "
        "Bathing resumed within hours, officials said, and the akharas, the orders of "
        "ascetics, held their processions later in the day.",
        "accident",
    ),
    (
        "Japan Airlines jet burns after hitting coast guard plane on Haneda runway",
        "All 379 passengers and crew escaped from a Japan Airlines Airbus A350 that burst "
        "into flames after colliding with a coast guard aircraft on landing at Tokyo's Haneda "
        "airport on Tuesday evening, the airline said. Five of the six crew on the smaller "
        "plane, a Dash 8 that was due to fly relief supplies to areas hit by the New Year's "
        "Day earthquake on the Noto peninsula, were killed. The captain survived with serious "
        "injuries. Video showed the Airbus sliding down the runway trailing fire before "
        "coming to a halt. Cabin crew evacuated passengers through three slides within 18 "
        "minutes, and the plane was then engulfed. Transcripts released by the transport "
        "ministry suggested that the coast guard aircraft had not been cleared to enter the "
        "runway. Haneda closed all runways for several hours, and dozens of domestic flights "
        "were cancelled during the busy holiday period. Safety experts praised the crew for "
        "the evacuation, saying the aircraft's composite fuselage had held back the fire long "
        "enough.",
        "accident",
    ),
    (
        "Heathrow shuts for a day after substation fire cuts power",
        "Heathrow closed for the whole of Friday after a fire at a nearby electricity "
        "substation knocked out power to Europe's busiest airport, disrupting travel for some "
        "200,000 passengers. More than 1,300 flights were cancelled and aircraft already in "
        "the air were diverted to Gatwick, Shannon, Paris and Amsterdam, according to flight "
        "tracking data. Firefighters worked through the night to put out the blaze at the "
        "substation in Hayes, west London, which also left thousands of homes without "
        "electricity. Counter-terrorism police led the investigation at first because of the "
        "site's importance, but said later they had found no sign of foul play. The airport's "
        "backup generators kept safety systems running but were not enough to operate the "
        "terminals. Airlines said it would take several days to clear the backlog. The chief "
        "executive of British Airways said the airline had lost tens of millions of pounds. "
        "The government asked the National Energy System Operator to review the resilience of "
        "the grid serving critical sites.",
        "accident",
    ),
    (
        "Two tourists killed in crossfire at Tulum restaurant, prosecutors say",
        "Two foreign tourists were killed and three others wounded when gunmen opened fire at "
        "a restaurant in Tulum on Wednesday night, prosecutors in Quintana Roo said, in what "
        "they described as a dispute between drug dealers. The dead were a travel blogger "
        "from California born in India and a woman from Germany, the state attorney general "
        "said. Diners at the restaurant, in the town's busy La Veleta district, dived for "
        "cover as several men exchanged fire with another group at a nearby table, according "
        "to witnesses. Police arrested a suspect who had been injured, and the state deployed "
        "extra officers to the hotel zone. Tulum, once a quiet beach village, has boomed in "
        "recent years with boutique hotels and clubs, and local drug sales have grown "
        "alongside. The Caribbean coast has seen several shootings in tourist areas, "
        "including a killing on a beach in Puerto Morelos that involved men posing as hotel "
        "guests. The US State Department advises travellers to exercise increased caution in "
        "Quintana Roo because of crime. Hotel occupancy in Tulum was above 80% over the "
        "weekend.",
        "crime",
    ),
    (
        "Hoax bomb threats hit more than 70 Indian flights in a week",
        "Bomb threats sent over social media forced more than 70 Indian flights to divert, "
        "return or land for security checks in a week, the civil aviation ministry said, with "
        "none of the threats found to be genuine. An Air India flight from Mumbai to New York "
        "was diverted to Delhi, and an Akasa Air service was escorted by fighter jets over "
        "Singapore after a threatening post. Airlines said passengers had been held for hours "
        "while bomb disposal teams searched aircraft and baggage. Police in Mumbai said they "
        "had detained a 17-year-old who had posted threats after a quarrel with a friend, and "
        "were tracing other accounts. The aviation minister said the government would put "
        "those responsible on a no-fly list and could amend the law to raise penalties. "
        "Industry estimates put the cost of each diversion at up to several crore rupees. "
        "Airports have stepped up screening and asked passengers to arrive early.",
        "crime",
    ),
    (
        "Kidnapped US tourists found dead in Matamoros; cartel hands over suspects",
        "Two of four Americans kidnapped at gunpoint in the Mexican border city of Matamoros "
        "last week were found dead and the other two were rescued, one with a gunshot wound, "
        "Tamaulipas officials said. The four had crossed from Texas so that one of them could "
        "undergo a cosmetic medical procedure when their car was fired on and they were "
        "bundled into a pickup truck, in a scene captured on video. A Mexican woman was "
        "killed by a stray bullet during the abduction. Investigators believe a faction of "
        "the Gulf Cartel mistook them for rival drug smugglers. Days later, five men were "
        "found tied up in a vehicle with a letter, purportedly from the cartel, apologising "
        "for the kidnapping and saying it had handed over those responsible. The state "
        "prosecutor said the men were detained and would be charged. The US State Department "
        'classes Tamaulipas as "do not travel" because of crime and kidnapping. Medical '
        "tourism from the US to Mexico is worth billions of dollars a year.",
        "crime",
    ),
    (
        "Hiker stabbed to death in robbery on Table Mountain trail",
        "A foreign tourist died after being stabbed by robbers on a hiking trail on Table "
        "Mountain in Cape Town on Saturday, South African National Parks said. The man, who "
        "was hiking with a friend, was attacked by three men who demanded their phones and "
        "backpacks near the Devil's Peak route, police said. His friend escaped with minor "
        "injuries and raised the alarm. Paramedics were unable to save him. SANParks said it "
        "would increase ranger patrols and deploy drones to watch the busiest routes, and "
        "advised visitors to hike in groups and to avoid quieter trails early or late in the "
        "day. Police said they had arrested two suspects on Monday and were searching for a "
        "third. Cape Town's tourism body said the city remained safe for the great majority "
        "of visitors.",
        "crime",
    ),
    (
        "JFK terminals emptied after false reports of gunfire; police say no shots were fired",
        "Hundreds of passengers ran onto the tarmac and through emergency exits at John F. "
        "Kennedy International Airport on Sunday night after reports of gunfire in Terminal 8 "
        "that turned out to be false, the Port Authority said. Police said loud noises, "
        "possibly from people cheering or banging on barriers, were mistaken for shots, "
        "triggering a stampede through the departures hall and into neighbouring Terminal 1. "
        "No weapons were found and no shots were fired. Several people were treated for minor "
        "injuries suffered in the rush. Flights were grounded for more than two hours as "
        "officers searched the terminals and rescreened passengers, and some arriving "
        "aircraft waited on taxiways. Travellers described abandoned luggage, shoes and "
        "phones strewn across the floor. \"Everyone was yelling 'shooter' and we just ran,\" "
        "said one woman on her way to Lisbon. Hours later, a second scare at Los Angeles "
        "International Airport also proved unfounded. New York's governor ordered a review of "
        "how the airport handled the evacuation.",
        "crime",
    ),
]
