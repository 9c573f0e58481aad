"""eval/dev75 negatives: groundings, ship fires and explosions, ferry sinkings, plane crashes and
near misses, storms at sea, migrants rescued and drowned, disease on ships.
"""

NEGATIVES = [
    (
        "Container ship runs aground off Sri Lanka, channel blocked",
        "A 14,000-container ship ran aground near the entrance to Colombo port on Sunday after "
        "losing engine power in heavy swell, the Sri Lanka Ports Authority said. Tugs were trying "
        "to refloat it at high tide and no pollution was reported. The 22 crew were safe.",
        "accident",
    ),
    (
        "Fire on car carrier in North Sea kills one crew member",
        "A fire broke out on a car carrier transporting nearly 4,000 vehicles off the Dutch "
        "island of Ameland overnight, killing one crew member and injuring several others who "
        "jumped overboard, the Dutch coast guard said. The fire may have started in an electric "
        "car. The ship was left burning for a week before it could be towed.",
        "accident",
    ),
    (
        "Container ship hits Baltimore bridge, six workers killed",
        "A container ship lost power and struck a support of Baltimore's Francis Scott Key Bridge "
        "early on Tuesday, bringing most of the span down into the Patapsco River, officials "
        "said. Six road workers fixing potholes on the bridge were killed. The ship's crew had "
        "sent a mayday call minutes earlier, allowing police to stop traffic.",
        "accident",
    ),
    (
        "Ferry sinks off Indonesia's Bali, dozens missing",
        "A ferry carrying 65 people and 22 vehicles sank in the Bali Strait late on Wednesday, "
        "shortly after leaving the port of Ketapang in Java, Indonesia's search and rescue agency "
        "said. Twenty-nine people were rescued and four bodies recovered. Rescuers said strong "
        "currents and high waves were hampering the search.",
        "accident",
    ),
    (
        "Overloaded ferry capsizes on Congo lake",
        "More than 70 people drowned when an overloaded boat capsized on Lake Kivu near Goma on "
        "Thursday, provincial officials said. The boat had been carrying about 280 passengers, "
        "several times its capacity, and had set off in bad weather. Rescuers pulled 40 people "
        "from the water.",
        "accident",
    ),
    (
        "Airliner crashes after bird strike at South Korean airport",
        "A passenger jet belly-landed and slammed into a concrete barrier at the end of the "
        "runway at Muan airport in South Korea on Sunday, killing 179 of the 181 people aboard, "
        "officials said. The pilots had reported a bird strike and declared an emergency minutes "
        "before. Investigators recovered the flight recorders.",
        "accident",
    ),
    (
        "Military helicopter collides with airliner over Potomac",
        "An army Black Hawk helicopter on a training flight collided with a regional passenger "
        "jet approaching Washington's Reagan National Airport, sending both into the Potomac "
        "River and killing all 67 people aboard the two aircraft, officials said. Investigators "
        "were examining whether the helicopter was flying above its permitted altitude.",
        "accident",
    ),
    (
        "Airliner and coast guard plane collide on Tokyo runway",
        "A Japan Airlines jet collided with a coast guard plane on the runway at Tokyo's Haneda "
        "airport on Tuesday evening, engulfing both aircraft in flames. All 379 people on the "
        "airliner escaped, but five of the six crew on the coast guard aircraft, which was due to "
        "carry aid to a quake zone, were killed.",
        "accident",
    ),
    (
        "Airliners come within 50 metres of each other over Baltic",
        "Two passenger planes came within about 50 metres of each other vertically over the "
        "Baltic Sea after an air traffic control error, Swedish investigators said, classing it "
        "as a serious incident. Neither crew had to take evasive action until a collision warning "
        "sounded. No one was injured.",
        "accident",
    ),
    (
        "Explosion in tanker engine room injures three off Malta",
        "An explosion in the engine room of an oil tanker anchored off Malta injured three crew "
        "members, one seriously, the Armed Forces of Malta said. The blast was caused by a fault "
        "in a boiler, the ship's manager said. The tanker was not carrying cargo and there was no "
        "pollution.",
        "accident",
    ),
    (
        "Storm splits two tankers in Kerch Strait, oil spills onto beaches",
        "Two ageing Russian tankers carrying fuel oil broke up in a storm in the Kerch Strait on "
        "Sunday, killing one sailor and spilling thousands of tonnes of oil that washed up on "
        "beaches near Anapa, Russian officials said. Volunteers scooped oil from the sand for "
        "weeks. The ships had been built in the late 1960s for river use.",
        "disaster",
    ),
    (
        "Typhoon sinks cargo ships off Hong Kong",
        "Typhoon Ma-on sank a cargo ship with 30 crew off Hong Kong and left at least five "
        "vessels adrift, rescuers said, with winds of up to 185 km/h. A helicopter winched three "
        "sailors to safety. The typhoon also flooded coastal towns in southern China.",
        "disaster",
    ),
    (
        "Superyacht sinks in sudden storm off Sicily",
        "A British-flagged sailing yacht sank within minutes when a violent storm hit its "
        "anchorage off Porticello in Sicily before dawn, killing seven of the 22 people aboard, "
        "Italian officials said. Fifteen were rescued, including a baby. Divers spent days "
        "recovering the bodies from the wreck at a depth of 50 metres.",
        "disaster",
    ),
    (
        "Cyclone churns up Arabian Sea, ports in Oman close",
        "Cyclone Shaheen forced Oman to close its ports of Sohar and Muscat and evacuate about "
        "3,000 residents from coastal areas on Sunday, as winds of 120 km/h and heavy rain hit "
        "the coast. Ships at anchor were told to head out to sea. At least 11 people were killed "
        "by floods.",
        "disaster",
    ),
    (
        "Italian coast guard rescues 400 migrants from fishing boat",
        "The Italian coast guard rescued about 400 people from an overcrowded fishing boat "
        "drifting south of Sicily in rough seas, taking them to the port of Augusta, officials "
        "said. The boat had left eastern Libya five days earlier. Most of those aboard came from "
        "Pakistan, Bangladesh and Egypt.",
        "accident",
    ),
    (
        "Dozens dead as migrant boat capsizes off Djibouti",
        "At least 45 migrants drowned when two overloaded boats capsized off the coast of "
        "Djibouti, the International Organization for Migration said. Smugglers had forced some "
        "passengers into the sea. Most of the victims were Ethiopians trying to reach Yemen and "
        "the Gulf states to find work.",
        "accident",
    ),
    (
        "Canary Islands rescuers bring in record number of boats",
        "Spain's sea rescue service picked up more than 1,000 people from 19 boats in a single "
        "weekend near the Canary Islands, the most in years, officials said. One baby died of "
        "dehydration. The regional government said its reception centres for unaccompanied "
        "children were full.",
        "other",
    ),
    (
        "Cruise ship passengers fall ill with norovirus",
        "More than 200 passengers and crew on a cruise ship in the Caribbean fell ill with "
        "norovirus, the US Centers for Disease Control said, reporting vomiting and diarrhoea. "
        "The ship's operator said it had stepped up cleaning and disinfection. The ship returned "
        "to Florida a day early.",
        "health",
    ),
    (
        "Crew quarantined on bulk carrier over suspected Ebola case",
        "Health officials quarantined a bulk carrier off the Guinean coast after a crew member "
        "fell ill with symptoms resembling Ebola, the port authority said. Tests later came back "
        "negative and the quarantine was lifted. The ship had called at Sierra Leone.",
        "health",
    ),
    (
        "Airliner struck by lightning makes emergency landing",
        "A passenger jet made an emergency landing in Istanbul after being struck by lightning "
        "shortly after take-off, the airline said, and passengers described a loud bang and a "
        "flash on the wing. No one was injured. Engineers found a hole in the plane's nose cone.",
        "accident",
    ),
    (
        "Gas carrier explosion kills workers at Chinese shipyard",
        "An explosion during welding work on a liquefied gas carrier at a shipyard in Dalian "
        "killed four workers and injured ten, local officials said. The blast set off a fire that "
        "took three hours to put out. Authorities ordered a safety inspection of all yards in the "
        "city.",
        "accident",
    ),
    (
        "Ship fire in Jebel Ali port lights up Dubai skyline",
        "A fire on a container ship carrying flammable goods caused a loud explosion at Dubai's "
        "Jebel Ali port late on Wednesday, shaking buildings kilometres away, officials said. "
        "Civil defence teams brought the fire under control and no injuries were reported. "
        "Shipping operations resumed within hours.",
        "accident",
    ),
    (
        "Fishing boat sinks in Bering Sea storm, five missing",
        "A US crab fishing boat sank in a storm in the Bering Sea, and the coast guard found one "
        "life raft empty, officials said. Five crew members were missing and the search was "
        "suspended after three days because of freezing conditions. The boat had sent an "
        "emergency beacon signal at dawn.",
        "disaster",
    ),
]
