"""eval/dev75 negatives: drills, freedom-of-navigation transits, missile tests into the sea,
procurement, air shows, coast guard water cannon and ramming with no one hurt, escorts.
"""

NEGATIVES = [
    (
        "NATO's Baltops exercise tests sea drones in the Baltic",
        "More than 50 ships, 45 aircraft and 9,000 personnel from 20 countries began NATO's "
        "annual Baltops exercise in the Baltic Sea on Thursday, practising amphibious landings, "
        "mine clearance and air defence, the alliance said. For the first time, uncrewed surface "
        "vessels took part alongside crewed warships. The exercise runs for two weeks.",
        "military",
    ),
    (
        "China stages drills simulating strikes around Taiwan",
        "China's military began large-scale drills around Taiwan on Tuesday, with warships, "
        "aircraft and coast guard vessels practising blockades and simulated strikes on key ports "
        "and energy facilities, the Eastern Theatre Command said. Taiwan's defence ministry "
        "tracked 71 aircraft and 13 navy ships and put its forces on alert. No live fire near the "
        "island was reported.",
        "military",
    ),
    (
        "Black Sea allies start joint mine-clearing patrols",
        "Romania, Bulgaria and Turkey launched a joint naval task force to clear drifting mines "
        "from their Black Sea waters, signing an agreement in Istanbul on Thursday. Each country "
        "will contribute minehunters and divers. Officials said the mines, which have washed up "
        "on their coasts since 2022, were a danger to fishing and merchant ships.",
        "military",
    ),
    (
        "British destroyer sails through Taiwan Strait, China tracks it",
        "A British Royal Navy destroyer sailed through the Taiwan Strait on Thursday on what "
        "London called a routine freedom-of-navigation transit, the first by a British warship in "
        "three years. China's military said it had tracked and monitored the ship throughout and "
        "accused Britain of deliberately stirring up trouble.",
        "military",
    ),
    (
        "US warship sails near Chinese-held reef in South China Sea",
        "A US guided-missile destroyer sailed within 12 nautical miles of Mischief Reef in the "
        "Spratly Islands on Monday in a freedom-of-navigation operation, the US Navy's Seventh "
        "Fleet said. China said its navy and air force had warned the ship away and called it a "
        "serious provocation. The operation passed without incident.",
        "military",
    ),
    (
        "North Korea fires ballistic missile into sea off east coast",
        "North Korea fired a short-range ballistic missile into the sea off its east coast on "
        "Thursday, South Korea's military said, the third launch this month. The missile flew "
        "about 600 km before landing outside Japan's exclusive economic zone. Tokyo said there "
        "was no damage to ships or aircraft.",
        "military",
    ),
    (
        "Ukraine's navy to buy 100 more sea drones",
        "Ukraine's navy chief said the country would buy 100 more uncrewed surface vessels next "
        "year, calling sea drones the cheapest way to keep the Black Sea fleet of a larger power "
        "at bay. The contract is being funded partly by a fundraising platform. He said drone "
        "boats would also be exported to allies once the war ends.",
        "military",
    ),
    (
        "Denmark buys air defence systems after drone scare",
        "Denmark will spend 58 billion crowns on long-range air defence systems from European "
        "suppliers, its defence ministry said on Monday, the largest arms purchase in its "
        "history. The decision follows weeks of drone sightings over Danish airports and military "
        "bases. The first batteries are to be delivered in 2028.",
        "military",
    ),
    (
        "Japan commissions first of new frigates built to counter drones",
        "Japan's navy commissioned a new frigate equipped with laser and electronic systems to "
        "defend against drone swarms at a ceremony in Nagasaki on Wednesday. The ship, the first "
        "of 12 planned, has a smaller crew than older destroyers thanks to automation. Officials "
        "said it would be based in the East China Sea.",
        "military",
    ),
    (
        "Taiwan test-fires missiles at sea in annual drill",
        "Taiwan's military test-fired Sky Bow air defence missiles and Harpoon anti-ship missiles "
        "at targets over the sea off the Pingtung coast on Tuesday as part of its largest annual "
        "exercise, the defence ministry said. Most of the targets were hit. The drills practised "
        "responses to a blockade of the island.",
        "military",
    ),
    (
        "Air show draws record crowds with drone swarm display",
        "The Royal International Air Tattoo at RAF Fairford drew a record 190,000 visitors over "
        "three days, with a display of 200 drones flying in formation and a flypast by fighter "
        "jets from 12 countries. Organisers said the Ukrainian air force's stand attracted long "
        "queues. The show raises money for a forces charity.",
        "other",
    ),
    (
        "Fighter jet misses air show display after bird strike",
        "A French Rafale fighter cancelled its display at the Paris air show after a bird strike "
        "damaged an engine intake during a rehearsal, organisers said. The pilot landed safely. "
        "Arms makers at the show signed orders for missiles and combat drones worth billions of "
        "euros.",
        "accident",
    ),
    (
        "EU extends Red Sea naval mission for another year",
        "European Union governments extended the mandate of Operation Aspides, the naval mission "
        "escorting merchant ships through the Red Sea, by a year, and kept its task strictly "
        "defensive, the Council said. Three frigates currently take part. The mission's commander "
        "said more ships were needed for the escorts.",
        "peace",
    ),
    (
        "Pentagon orders more interceptor missiles after Red Sea use",
        "The Pentagon awarded a contract worth $1.9 billion for more Standard Missile "
        "interceptors, saying stocks had to be replenished after months of use by warships in the "
        "Middle East. The manufacturer said it would double production by 2027. Congress is also "
        "considering money for cheaper weapons against drones.",
        "military",
    ),
    (
        "Royal Navy struggles to crew its frigates, report says",
        "Britain's parliamentary defence committee said the Royal Navy was short of engineers and "
        "could not crew all its frigates and destroyers, with two ships laid up for lack of "
        "sailors. The navy said recruitment had risen this year. The report also warned that "
        "stocks of missiles for ship air defence were too low.",
        "military",
    ),
    (
        "Philippines and Japan sign deal to train troops together",
        "The Philippines and Japan signed a reciprocal access agreement allowing their forces to "
        "hold exercises on each other's territory, officials said in Manila. The deal comes as "
        "both countries face territorial disputes with China. It must be ratified by Japan's "
        "parliament.",
        "military",
    ),
    (
        "Chinese water cannon damages Philippine coast guard ship",
        "A Chinese coast guard ship fired a water cannon at a Philippine coast guard vessel near "
        "Scarborough Shoal for several minutes, damaging its railings and mast, Manila said. No "
        "crew member was hurt. China said it had expelled the Philippine ship from its waters in "
        "accordance with the law.",
        "military",
    ),
    (
        "Chinese vessel rams Philippine supply boat, no injuries",
        "A Chinese coast guard ship blocked and bumped a Philippine supply boat on its way to "
        "Second Thomas Shoal, denting its hull, the Philippine military said, and the boat "
        "returned to port without completing its mission. No one aboard was hurt. Beijing accused "
        "Manila of trespassing.",
        "military",
    ),
    (
        "Russian warships sail past Scottish coast under escort",
        "A Royal Navy frigate shadowed a Russian destroyer and a tanker through the North Sea and "
        "the English Channel this week, the defence ministry said, the third such escort this "
        "month. The Russian ships sailed in international waters throughout. A navy helicopter "
        "monitored them as they passed.",
        "military",
    ),
    (
        "Army deploys anti-drone systems to protect ports",
        "Germany's army deployed mobile anti-drone systems and extra soldiers to the ports of "
        "Hamburg and Bremerhaven, where military cargo for NATO's eastern flank is loaded, the "
        "defence ministry said. The move follows reports of drones flying over the docks at "
        "night. No drone has been shot down.",
        "military",
    ),
]
