"""dev285 negatives: GPS jamming, drones, fly-pasts, air shows and drills with no violence. (title,
text, kind code).
"""

NEGATIVES = [
    (
        "Von der Leyen's plane lands with paper maps after GPS jamming over Bulgaria",
        (
            "An aircraft carrying European Commission President Ursula von der Leyen landed "
            "safely at Plovdiv airport in Bulgaria on Sunday after its satellite navigation was "
            "disrupted on approach, the Commission said, adding that it suspected Russian "
            "interference. The pilots circled the airport for about an hour before landing with "
            "the help of paper maps and ground-based instrument landing aids, the Financial Times "
            "reported, citing officials. Bulgaria's government said the GPS signal in the area "
            'had been jammed. A Commission spokesperson said "threats and intimidation" were a '
            "regular feature of Russia's behaviour and that the EU would respond by stepping up "
            "defence spending. The Kremlin dismissed the accusation. Interference with satellite "
            "navigation has increased sharply around the Baltic and Black Sea since 2022, with "
            "airlines reporting thousands of incidents a month. Flight-tracking data published "
            "later by an independent researcher suggested the plane's signal had been normal and "
            "the delay shorter than reported. Von der Leyen was on a tour of countries bordering "
            "Russia and Belarus."
        ),
        "military",
    ),
    (
        "Finnair suspends Tartu route for a month over GPS interference",
        (
            "Finnair said on Monday it would suspend its flights between Helsinki and the "
            "Estonian city of Tartu for a month after two of its aircraft were forced to abort "
            "landings and return to Helsinki because of interference with their satellite "
            "navigation signals. The airline said Tartu airport relies on a GPS-based approach "
            "and has no alternative ground equipment to guide pilots in poor visibility. "
            "Estonia's foreign minister said Russia was responsible for the jamming, calling it "
            "part of a wider hybrid campaign against the country, and summoned a senior Russian "
            "diplomat. Estonia's transport authority said the airport would install a "
            "distance-measuring system to allow landings without satellite navigation. Finnish "
            "and Baltic aviation officials have reported a surge in jamming since 2022, much of "
            "it believed to come from the Russian exclave of Kaliningrad and the area around St "
            "Petersburg. Pilots say they are trained to switch to other navigation systems when "
            "the signal is lost. The Helsinki-Tartu route carries about 1,000 passengers a month."
        ),
        "military",
    ),
    (
        "Rafales, Tejas and a Dakota fly over Kartavya Path in Republic Day flypast",
        (
            "Forty-one aircraft of the Indian Air Force, Navy and Army roared over New Delhi's "
            "Kartavya Path on Friday in the flypast that closes the Republic Day parade, watched "
            "by French President Emmanuel Macron, this year's chief guest. Rafale jets drew a "
            '"vertical charlie" in the sky over the saluting base, and a formation of three Tejas '
            "light combat aircraft flew past in an arrowhead. A vintage Dakota transport, "
            "restored by the air force, led a formation of Dornier aircraft. For the first time, "
            "the marching contingents of all three services were led by women officers. Parts of "
            "central Delhi were closed to traffic from early morning, and flights at Indira "
            "Gandhi International Airport were restricted for about two hours while the airspace "
            "was cleared. Schoolchildren waved flags from the stands as the aircraft passed. The "
            "Ministry of Defence said the parade showcased weapons built in India, including the "
            "Akash missile system and the Pinaka rocket launcher."
        ),
        "military",
    ),
    (
        "China shows off J-35A stealth fighter at Zhuhai air show",
        (
            "China's new J-35A stealth fighter made its public debut at the Zhuhai air show on "
            "Tuesday, performing rolls and a steep climb in front of crowds and foreign military "
            "delegations, in what analysts said was a signal of the air force's fast "
            "modernisation. The twin-engine jet, built by Shenyang Aircraft Corporation, makes "
            "China only the second country after the United States to operate two types of "
            "stealth fighter. Russia's Su-57 also flew at the show, its first appearance outside "
            "Russia in years. Exhibitors displayed large unmanned aircraft, air defence systems "
            'and a drone "mothership" designed to release swarms of smaller drones. The biennial '
            "China International Aviation and Aerospace Exhibition is also a showcase for the "
            "civilian industry, and Comac used it to announce orders for its C919 narrow-body "
            'jet. "The pace of Chinese development is remarkable," a Western defence attache said '
            "on the sidelines. The Pentagon has estimated that China's air force will field "
            "several hundred fifth-generation fighters by the end of the decade."
        ),
        "military",
    ),
    (
        "Taiwan fighters land on highway in Han Kuang drills as flights rescheduled",
        (
            "Taiwanese F-16 and Mirage 2000 fighter jets landed on a stretch of highway in the "
            "southern county of Pingtung on Wednesday as part of the annual Han Kuang military "
            "exercises, which simulate the response to a Chinese invasion. The jets were "
            "refuelled and loaded with dummy missiles before taking off again within minutes, "
            "while soldiers with rifles guarded the road. Several domestic flights from Kaohsiung "
            "and Taichung were rescheduled as airspace was temporarily restricted, the Civil "
            "Aeronautics Administration said. President Lai Ching-te watched part of the drill "
            "and said the island must be ready to defend itself. This year's exercises run for "
            "ten days, the longest ever, and involve 22,000 reservists. China's defence ministry "
            "called the drills provocative. Air raid sirens sounded across the island in the "
            "afternoon as part of a civil defence exercise, and residents were told to stay "
            "indoors for 30 minutes."
        ),
        "military",
    ),
    (
        "RAF Typhoons scrambled to shadow Russian aircraft near Estonian airspace",
        (
            "Royal Air Force Typhoon jets based in Estonia were scrambled twice on Tuesday to "
            "intercept Russian military aircraft flying near NATO airspace over the Baltic Sea, "
            "Britain's Ministry of Defence said. The jets identified an Il-20 Coot surveillance "
            "plane and, later, a Su-30 fighter escorting it, both of which were flying without "
            'transponders or flight plans. "Our pilots escorted the aircraft until they left our '
            'area of interest," a spokesperson said. No shots were fired, and the encounter was '
            "described as safe and professional. The RAF is in Estonia as part of NATO's Baltic "
            "air policing mission, which the alliance has run since the three countries joined in "
            "2004. Civilian air traffic controllers in Tallinn said the Russian planes were a "
            "hazard because they could not be seen on secondary radar. Russia's defence ministry "
            "said its aircraft had flown over neutral waters in line with international rules. "
            "Intercepts of this kind happen dozens of times a year."
        ),
        "military",
    ),
    (
        "Copenhagen airport shut for hours after large drones circle over runways",
        (
            "Copenhagen Airport halted all take-offs and landings for nearly four hours on Monday "
            "night after police received reports of two or three large drones flying over the "
            "airfield, diverting dozens of flights to Aarhus, Billund and Gothenburg. Oslo's "
            "Gardermoen airport closed its airspace for several hours on the same night after "
            'similar sightings. Danish police said the drones had been flown by a "capable actor" '
            "in what appeared to be a show of strength, but they had not been able to identify "
            "the operator or bring the drones down. Prime Minister Mette Frederiksen called it "
            "the most serious attack on Danish critical infrastructure so far, and said she could "
            "not rule out Russian involvement. The Kremlin rejected the suggestion. About 20,000 "
            "passengers were affected, the airport said. Later in the week drones were seen near "
            "several Danish military bases and Aalborg airport, and the government banned all "
            "civilian drone flights in the country for several days. Nobody was injured. The "
            "Danish defence ministry said it had no capability to shoot down drones over a "
            "built-up area such as Kastrup without risking harm to people on the ground. Denmark "
            "later said it would buy new detection equipment and asked the European Union to "
            'speed up plans for a "drone wall" along its eastern flank. Airline executives said '
            "the closures showed how vulnerable Europe's busiest airports were to cheap aircraft. "
            "Police asked anyone who had filmed the drones to send their footage."
        ),
        "military",
    ),
    (
        "Red Arrows lead King's Birthday flypast as F-35s join for the first time",
        (
            "More than 70 military aircraft flew over central London on Saturday in the flypast "
            "that closes Trooping the Colour, the annual ceremony marking the King's official "
            "birthday, the Ministry of Defence said. The Red Arrows trailed red, white and blue "
            "smoke over Buckingham Palace as the royal family watched from the balcony, followed "
            "by formations of Typhoons, a Voyager tanker, Chinook helicopters and, for the first "
            "time, F-35B Lightning jets. Crowds on the Mall cheered as the aircraft passed at "
            "about 1,000 feet. Heathrow and London City adjusted arrival routes for about 20 "
            "minutes while the airspace was closed. The flypast was cut short two years ago "
            "because of low cloud, to the disappointment of spectators. RAF planners spend months "
            "working out timings so that aircraft from bases as far away as Lossiemouth arrive "
            'over the palace within seconds of each other. "It never gets old," said a retired '
            "engineer who has watched every year since 1977."
        ),
        "military",
    ),
]
