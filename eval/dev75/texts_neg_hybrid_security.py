"""eval/dev75 negatives: GPS jamming, drone sightings over airports and bases, airspace violations,
undersea cables damaged, espionage arrests, cyberattacks, warnings of sabotage.
"""

NEGATIVES = [
    (
        "GPS jamming forces Finnair to suspend flights to Tartu",
        "Finnair suspended its flights to the Estonian city of Tartu for a month after two of its "
        "planes had to turn back because GPS interference prevented an approach to the airport, "
        "which lacks a ground-based landing system. Estonia's foreign minister blamed Russia for "
        "the jamming over the Baltic, calling it a hybrid attack on civilian aviation. No "
        "aircraft was in danger, the airline said.",
        "politics",
    ),
    (
        "Commission president's plane lands by paper maps after GPS jamming",
        "An aircraft carrying the European Commission president landed safely at Plovdiv in "
        "Bulgaria after GPS navigation was jammed over the airport, the Commission said, and "
        "Bulgarian authorities suspected Russian interference. The pilots circled for an hour and "
        "used paper maps for the landing. The Kremlin dismissed the reports as paranoia.",
        "politics",
    ),
    (
        "Thousands of flights hit by satellite jamming over Baltic, study finds",
        "More than 46,000 aircraft flying over the Baltic Sea reported GPS interference in eight "
        "months, a study by Lithuanian and Polish aviation authorities found, with signals jammed "
        "or spoofed from Kaliningrad. Ships in the Gulf of Finland also reported their positions "
        "jumping to inland airports. Regulators said pilots were trained to fall back on other "
        "navigation aids.",
        "other",
    ),
    (
        "Drone sightings close Copenhagen airport for four hours",
        "Copenhagen airport halted all take-offs and landings for nearly four hours late on "
        "Monday after several large drones were seen over the airfield, diverting 31 flights and "
        "stranding 20,000 passengers. Police said the drones had been flown by a capable operator "
        "but no one was caught and nothing was shot down. Denmark's prime minister called it the "
        "most serious attack on the country's critical infrastructure so far.",
        "politics",
    ),
    (
        "Munich airport shuts twice in two days over drones",
        "Munich airport suspended flights for several hours on Thursday and again on Friday night "
        "after drones were reported near its runways, leaving about 6,500 passengers stranded, "
        "the German air traffic control agency said. Police helicopters searched the area but "
        "found nothing. The interior minister promised a law allowing police to shoot down "
        "drones.",
        "politics",
    ),
    (
        "Gatwick drone chaos ends after 33 hours, no arrests",
        "Flights resumed at London's Gatwick airport after 33 hours of disruption caused by "
        "reported drone sightings over the runway, which grounded about 1,000 flights just before "
        "Christmas. The army deployed an anti-drone system at the airport. Two people arrested in "
        "the case were released without charge and police later said they could not rule out that "
        "no drone had been there.",
        "military",
    ),
    (
        "Belgian military bases report unexplained drones at night",
        "Belgium's defence minister said drones had been seen over the Kleine-Brogel airbase, "
        "which hosts US nuclear weapons, on three consecutive nights, calling the flights a clear "
        "operation to spy on the base. Soldiers tried to jam the drones but they flew away. "
        "Police in Liege also reported drones over the city's cargo airport.",
        "military",
    ),
    (
        "Russian jets breach Estonian airspace for 12 minutes",
        "Three Russian MiG-31 fighters flew into Estonian airspace over the Gulf of Finland for "
        "12 minutes on Friday without flight plans and with their transponders off, Estonia's "
        "military said, before Italian F-35s on NATO's Baltic air policing mission escorted them "
        "out. No shots were fired. Estonia requested consultations under Article 4 of the NATO "
        "treaty.",
        "military",
    ),
    (
        "Chinese balloons cross Taiwan Strait, island's defence ministry says",
        "Taiwan's defence ministry said it had detected seven Chinese balloons crossing the "
        "median line of the Taiwan Strait in a day, the highest number since it began reporting "
        "them, along with 20 military aircraft. Some balloons flew over the island before "
        "disappearing. The ministry called it grey-zone harassment and said they posed no threat "
        "to flight safety.",
        "military",
    ),
    (
        "Romania finds drone fragments in Danube delta field",
        "Romanian authorities found fragments of a drone in a field in the Danube delta, and the "
        "defence ministry said it was investigating whether they came from a Russian drone that "
        "had strayed across the border. Residents were told to report any suspicious objects. The "
        "ministry said no one was hurt and there was no threat to the population.",
        "military",
    ),
    (
        "Finnish police seize tanker after undersea cable damaged",
        "Finnish police boarded and took control of an oil tanker suspected of damaging an "
        "undersea power cable and four telecoms cables between Finland and Estonia by dragging "
        "its anchor along the sea floor. Investigators said they were treating it as aggravated "
        "criminal mischief, and customs said the ship belonged to Russia's shadow fleet. No "
        "sabotage charge has been brought.",
        "crime",
    ),
    (
        "Two Baltic data cables cut, Germany suspects sabotage",
        "Two fibre-optic data cables in the Baltic Sea, one linking Finland and Germany and the "
        "other Lithuania and Sweden, were severed within 24 hours, operators said. Germany's "
        "defence minister said no one believed they had been cut by accident and that sabotage "
        "had to be assumed, though investigators had not identified a ship. Repairs were expected "
        "to take two weeks.",
        "crime",
    ),
    (
        "Taiwan detains Chinese crew after cable to outlying island is cut",
        "Taiwan's coast guard detained a Togo-flagged cargo ship crewed by Chinese nationals "
        "after an undersea cable linking Taiwan and the Penghu islands was cut, officials said. "
        "Prosecutors are investigating the captain for damaging the cable. Internet links to "
        "Penghu switched to a backup system and service was not interrupted.",
        "crime",
    ),
    (
        "Germany arrests two men suspected of spying on US bases for Russia",
        "German police arrested two German-Russian men in Bavaria on suspicion of spying for "
        "Russia and plotting sabotage attacks on military infrastructure, including US "
        "facilities, federal prosecutors said. One of the suspects is accused of having gathered "
        "information on possible targets and photographed military goods transports. The arrests "
        "followed months of surveillance.",
        "crime",
    ),
    (
        "Polish man charged with planning attack on Zelensky's plane",
        "Polish prosecutors charged a man with offering to help Russian military intelligence "
        "plan a possible attack on the Ukrainian president's plane at Rzeszow airport, where he "
        "had sought access. He was detained before any plan was carried out, and faces up to "
        "eight years in prison.",
        "crime",
    ),
    (
        "British man convicted of spying on ships for Moscow",
        "A British man was convicted at the Old Bailey of passing photographs of Royal Navy "
        "warships and a submarine base to a handler he believed worked for Russian intelligence. "
        "Prosecutors said he had offered to help with sabotage at ports. He will be sentenced "
        "next month.",
        "crime",
    ),
    (
        "Cyberattack cripples London hospitals' blood testing",
        "A ransomware attack on a pathology services provider forced several major London "
        "hospitals to cancel operations and blood transfusions, with more than 1,000 procedures "
        "postponed in the first week, the health service said. A Russian-speaking criminal gang "
        "claimed the attack and published stolen patient data after a ransom was not paid.",
        "crime",
    ),
    (
        "Ministries in Montenegro knocked offline by cyberattack",
        "Montenegro's government said a sustained cyberattack had taken offline websites and "
        "internal systems at several ministries, the state's tax and treasury services among "
        "them, and blamed a criminal group while saying Russia could be behind it. Officials "
        "disconnected key servers as a precaution, and the United States and France sent cyber "
        "experts to help.",
        "politics",
    ),
    (
        "Shipping software hacked, hundreds of vessels lose connectivity",
        "A cyberattack on a maritime software provider disrupted communications and navigation "
        "updates on about 1,000 merchant ships for several days, the company said. Vessels "
        "switched to backup systems and no ship was put in danger. The company said it had paid "
        "no ransom and was working with national cyber security agencies.",
        "crime",
    ),
    (
        "NATO says Russia preparing wave of sabotage, urges vigilance",
        "NATO's secretary general said Russia was preparing a campaign of sabotage, cyberattacks "
        "and arson against European infrastructure and urged allies to share more intelligence, "
        "in a speech in Prague. He said the alliance would increase patrols around undersea "
        "cables and pipelines. Moscow called the warning hysteria.",
        "politics",
    ),
    (
        "Ukrainian diver arrested in Poland over Nord Stream blasts",
        "Polish police arrested a Ukrainian diving instructor wanted by Germany on suspicion of "
        "taking part in the 2022 explosions that destroyed the Nord Stream gas pipelines, "
        "prosecutors said. A court will decide whether to hand him over to Germany. His lawyer "
        "said he had done nothing wrong.",
        "crime",
    ),
    (
        "Lithuania shuts border crossings over smugglers' balloons",
        "Lithuania closed its border crossings with Belarus for a month after dozens of helium "
        "balloons carrying contraband cigarettes drifted into its airspace, forcing Vilnius "
        "airport to close several times. The prime minister called the balloons a hybrid attack "
        "by Minsk. Belarus said it was not responsible for smugglers.",
        "politics",
    ),
]
