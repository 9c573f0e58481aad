"""dev45 negatives: exercises, war games, weapons tests, intercepts and alerts. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "China stages 'Strait Thunder' drills simulating blockade of Taiwan",
        "China's Eastern Theatre Command said it held large-scale drills around Taiwan code-named Strait Thunder, practising the blockade of key ports and precision strikes on simulated energy facilities. Taiwan's defence ministry said it tracked 76 aircraft and 15 warships and put its forces on alert. 'The drills are a stern warning to separatist forces,' a Chinese spokesman said. Taipei called them reckless provocation.",
        "military",
    ),
    (
        "North Korea fires short-range ballistic missiles into the sea",
        "North Korea fired several short-range ballistic missiles from the Wonsan area into the sea off its east coast on Thursday, South Korea's Joint Chiefs of Staff said. The missiles flew about 350 km before splashing down outside Japan's exclusive economic zone. Japan's defence ministry said there was no damage to ships or aircraft.",
        "military",
    ),
    (
        "Pyongyang says it tested new solid-fuel ICBM",
        "North Korea said it had tested a new solid-fuel intercontinental ballistic missile, the Hwasong-19, calling it the final version of its strategic missile, state media reported. The missile flew for 86 minutes on a lofted trajectory and fell into the sea west of Hokkaido. Kim Jong Un watched the launch with his daughter, KCNA said.",
        "military",
    ),
    (
        "Russia says it has tested nuclear-powered cruise missile",
        "Russia's chief of the general staff told President Vladimir Putin that the nuclear-powered Burevestnik cruise missile had flown 14,000 km for about 15 hours in a test, the Kremlin said. Western analysts said the claims could not be verified.",
        "military",
    ),
    (
        "IRGC drill simulates strikes on mock enemy bases in the Gulf",
        "Iran's Revolutionary Guards fired ballistic missiles and drones at mock targets on an island in the Gulf during the final stage of the 'Great Prophet' exercise, state television reported. Footage showed missiles striking a mock-up of a warship. A commander said the drill had rehearsed 'a crushing response to any aggression'.",
        "military",
    ),
    (
        "NATO opens its largest exercise since the Cold War",
        "NATO began Steadfast Defender, its largest exercise in decades, with about 90,000 troops from all 31 allies and Sweden practising the reinforcement of Europe's eastern flank against a near-peer adversary. The drills run until May. The alliance's top commander said they would show NATO could defend 'every inch' of its territory. Russia called the exercise a provocation.",
        "military",
    ),
    (
        "Baltic exercise rehearses full-scale amphibious assault",
        "Marines from nine NATO countries stormed a beach on Sweden's Ravlunda range under smoke and covering fire as BALTOPS reached its final phase. The drill simulated a full-scale amphibious assault on a defended coast, with landing craft, attack helicopters and mine-clearance divers. The covering fire was blank ammunition.",
        "military",
    ),
    (
        "Russia and Belarus hold Zapad exercise with nuclear planning element",
        "Russia and Belarus began the Zapad-2025 joint strategic exercise, which Minsk said would include planning for the use of non-strategic nuclear weapons and the Oreshnik missile. Poland closed its border with Belarus for the duration and raised its readiness. Russian state television showed tanks and helicopters on ranges near Borisov. NATO said it was watching closely.",
        "military",
    ),
    (
        "Allies fire rockets and artillery in Freedom Shield live-fire drill",
        "South Korean and US troops fired multiple rocket launchers, K9 howitzers and Apache gunships at the Seungjin range near the border during a combined live-fire drill, part of the annual Freedom Shield exercise, the Joint Chiefs of Staff said. North Korea called the exercise a rehearsal for invasion.",
        "military",
    ),
    (
        "India tests Agni-5 with multiple warheads",
        "India's Defence Research and Development Organisation said it had successfully flight-tested an Agni-5 missile with multiple independently targetable re-entry vehicles from Dr APJ Abdul Kalam Island off Odisha. Tracking ships monitored the warheads' impact in the Bay of Bengal. Prime Minister Narendra Modi congratulated the scientists on social media.",
        "military",
    ),
    (
        "Pakistan carries out training launch of Fatah-series rocket",
        "Pakistan's army said it had conducted a training launch of its Fatah-series guided rocket system with a range of 120 km, aimed at 'enhancing the operational readiness of troops'.",
        "military",
    ),
    (
        "Talisman Sabre drills see HIMARS fired from Australian soil for first time",
        "A US Army HIMARS launcher fired a precision missile into the Coral Sea from a range in Queensland during Talisman Sabre, the first such launch from Australian soil, defence officials said. The missile hit a floating target about 70 km offshore. About 35,000 troops from 19 nations are taking part in the exercise. Australia's defence minister watched from the beach.",
        "military",
    ),
    (
        "Sirens sound across Israel in Home Front Command drill",
        "Air-raid sirens sounded in towns across northern Israel on Tuesday morning as part of a national drill simulating a multi-front war with heavy rocket fire, the Home Front Command said, urging the public not to panic. Schools held shelter drills and hospitals practised receiving mass casualties.",
        "military",
    ),
    (
        "Finland hosts Western Europe's largest artillery exercise",
        "About 3,600 troops from Finland and seven NATO allies fired artillery and rocket launchers at ranges in Lapland in Dynamic Front, which the Finnish army called the largest artillery exercise in Western Europe.",
        "military",
    ),
    (
        "War game: US could defeat invasion of Taiwan, but at heavy cost",
        "In 24 runs of a war game simulating a Chinese amphibious invasion of Taiwan in 2026, the US, Taiwan and Japan defeated the assault in most scenarios, a Washington think tank said. The simulated defenders lost dozens of ships and hundreds of aircraft. The report urged faster purchases of long-range anti-ship missiles.",
        "military",
    ),
    (
        "Taiwan's Han Kuang drills test response to surprise attack",
        "Taiwan's annual Han Kuang exercises began with troops deploying to beaches and reservists called up for ten days, as the military practised repelling a surprise attack that begins as a drill. Civil defence drills in Taipei cleared streets during a simulated air raid. Residents were told to stay indoors for 30 minutes while sirens sounded.",
        "military",
    ),
    (
        "South Africa hosts naval drills with Russia and China",
        "Warships from South Africa, Russia and China began a ten-day naval exercise off Richards Bay, with air-defence drills and search-and-rescue serials. Opposition parties said the drills undermined South Africa's stated neutrality on the war in Ukraine. The navy said the exercise was routine and had been planned for two years.",
        "military",
    ),
    (
        "Special forces from 30 nations begin Flintlock in Côte d'Ivoire",
        "Special operations forces from about 30 African and Western countries began the Flintlock exercise in Côte d'Ivoire and Ghana, training in counter-insurgency raids, casualty evacuation and border security, AFRICOM said. The exercise ends with a simulated hostage rescue in the port of San Pedro.",
        "military",
    ),
    (
        "Chinese carrier group sails through Miyako Strait, Japan says",
        "The Chinese aircraft carrier Liaoning and three escort ships sailed through the Miyako Strait into the Pacific, Japan's Joint Staff said, and fighter jets and helicopters carried out take-offs and landings from the carrier. Japanese destroyers shadowed the group. Beijing said the deployment was routine training.",
        "military",
    ),
    (
        "NORAD intercepts Russian bombers near Alaska",
        "NORAD said US and Canadian fighter jets intercepted four Russian Tu-95 bombers and escort fighters in the Alaska air defence identification zone on Wednesday. The aircraft stayed in international airspace and were not seen as a threat. NORAD said it tracks such flights several times a year.",
        "military",
    ),
    (
        "RAF Typhoons scrambled to shadow Russian aircraft over Baltic",
        "Royal Air Force Typhoons based in Estonia were scrambled three times in two days to intercept Russian aircraft flying near NATO airspace without transponders, the Ministry of Defence said. The jets escorted an Il-20 spy plane until it left the area.",
        "military",
    ),
    (
        "Chinese coast guard fires water cannon at Philippine supply boat",
        "A Chinese coast guard ship fired water cannon at a Philippine supply boat near Second Thomas Shoal, damaging its mast, the Philippine coast guard said. No one was injured. Beijing said the boat had intruded into Chinese waters.",
        "military",
    ),
    (
        "South Korean troops fire warning shots as North Korean soldiers cross border line",
        "South Korean troops fired warning shots after about 20 North Korean soldiers working on the northern side of the DMZ briefly crossed the military demarcation line, the Joint Chiefs of Staff said. The soldiers returned north and no one was hurt. It was the third such crossing this month.",
        "military",
    ),
    (
        "Missile alert sent to Hokkaido phones was an error, Japan says",
        "An emergency alert telling people in Hokkaido to take shelter from a North Korean missile was sent by mistake, Japan's government said, after the missile was found to have fallen into the sea outside Japanese territory. Trains were halted briefly in Sapporo. The chief cabinet secretary apologised for the confusion.",
        "military",
    ),
    (
        "Drone sightings shut Copenhagen airport for hours",
        "Copenhagen airport halted take-offs and landings for almost four hours after several large drones were seen near the runways, police said. Flights were diverted to Billund and Aarhus. Denmark's prime minister said she could not rule out Russian involvement. No drones were brought down.",
        "military",
    ),
    (
        "Poland deploys extra troops to Belarus border for exercise",
        "Poland sent about 17,000 additional soldiers to its eastern border for a two-week exercise with the border guard, the army said, as Russian and Belarusian forces prepared for their own drills nearby. No incidents were reported.",
        "military",
    ),
    (
        "Air raid drill in Seoul for first time in six years",
        "Sirens wailed across Seoul on Wednesday afternoon and traffic stopped for 20 minutes as South Korea held its first nationwide civil defence air raid drill in six years, practising a response to North Korean missile and artillery attacks. Citizens were guided into subway stations and underground car parks.",
        "military",
    ),
    (
        "Iran test-launches satellite carrier, worrying Western capitals",
        "Iran's Revolutionary Guards said they had launched a solid-fuel satellite carrier from Shahroud and put an imaging satellite into orbit, technology that Western capitals say could help Tehran's ballistic missile programme.",
        "military",
    ),
]
