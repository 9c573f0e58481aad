"""dev141 hard negatives (hard_negative_military, 1 of 2): procurement, budgets, exercises and
drills, missile tests into the sea and deployments, without violence."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Defence commits $12 billion to Henderson precinct as AUKUS submarine support hub takes "
        "shape",
        "The federal government will spend about $12 billion over the next decade to turn the "
        "Henderson maritime precinct south of Perth into the main base for building and "
        "maintaining the Navy's surface fleet and for supporting nuclear-powered submarines "
        "under AUKUS, Defence Minister Richard Marles announced on Sunday. The package includes "
        "new dry docks, a large vessel shiplift, wharf upgrades and workforce housing, and will "
        "be delivered in partnership with the West Australian government. Marles said Henderson "
        "would sit alongside HMAS Stirling on Garden Island, where US and UK submarines are due "
        "to begin rotating from 2027 under the Submarine Rotational Force-West arrangement. "
        '"This is about giving the Navy the industrial base it needs for the next half '
        'century," he said. Industry groups welcomed the commitment but warned that the real '
        "constraint would be skilled labour, with shipyards in Adelaide and Perth already "
        "competing for welders, electricians and naval architects. The opposition said it "
        "supported the investment in principle but questioned whether the timeline was realistic "
        "given delays to the Hunter class frigate program. The Australian Strategic Policy "
        "Institute estimates the total cost of AUKUS at up to $368 billion to the mid-2050s. "
        "Defence Connect understands that early works contracts are expected to be released to "
        "market in the first half of next year.",
        "military",
    ),
    (
        "DAC clears Rafale-M deal for Navy, Rs 63,000 crore contract to be signed with France",
        "New Delhi: India will sign an inter-governmental agreement with France this month for "
        "26 Rafale Marine fighter jets for the Navy, after the Cabinet Committee on Security "
        "cleared the deal worth around Rs 63,000 crore, sources in the defence establishment "
        "told ThePrint. The package includes 22 single-seat and four twin-seat trainer aircraft, "
        "along with weapons, simulators, spares and a five-year performance-based logistics "
        "support contract. The jets will operate from the indigenous aircraft carrier INS "
        "Vikrant, replacing the ageing MiG-29K fleet, whose serviceability has been a concern "
        "for the Navy for years. Deliveries are expected to start about three and a half years "
        "after the contract is signed, with all aircraft in service by 2031. Dassault Aviation "
        "beat Boeing's F/A-18 Super Hornet in trials held in Goa in 2022. Officials said the "
        "deal would also include some India-specific enhancements and the integration of "
        "indigenous weapons such as the Astra beyond-visual-range missile. A senior officer said "
        "commonality with the Indian Air Force's 36 Rafales would cut training and maintenance "
        "costs. The Navy is separately pursuing a twin-engine deck-based fighter being designed "
        "by the Aeronautical Development Agency, which is not expected before the mid-2030s.",
        "military",
    ),
    (
        "Poland signs second K2 tank contract with Hyundai Rotem, with 81 to be built in Poland",
        "Poland has signed a second executive contract with South Korea's Hyundai Rotem for 180 "
        "K2 main battle tanks worth about $6.5 billion, the Polish Ministry of National Defence "
        "announced on Tuesday, the largest South Korean arms export deal ever. The contract "
        "covers 116 tanks built in Korea and 64 of a Polish variant, the K2PL, to be produced at "
        "Bumar-Łabędy in Gliwice under licence from 2026. It also includes 81 engineering and "
        "support vehicles based on the K2 chassis, training packages and ammunition. Deputy "
        'Prime Minister and Defence Minister Władysław Kosiniak-Kamysz called the deal "a great '
        'day for the Polish army and Polish industry." Poland ordered 180 K2s in a first '
        "executive contract in 2022, shortly after Russia's full-scale invasion of Ukraine, and "
        "has already received more than 100 of them. The K2PL will feature a locally developed "
        "active protection system and a reinforced armour package, according to Army Recognition "
        "sources. Together with the 366 M1A1 and M1A2 SEPv3 Abrams tanks bought from the United "
        "States, the purchases are meant to give Poland one of the largest armoured forces in "
        "Europe.",
        "military",
    ),
    (
        "Japan's cabinet approves record defence budget as counterstrike missile purchases ramp up",
        "TOKYO, Dec 27 (Reuters) - Japan's cabinet approved a record 8.7 trillion yen ($55 "
        "billion) defence budget for the coming fiscal year on Friday, the third year of a "
        "five-year plan to double security spending to about 2% of gross domestic product. The "
        "budget sets aside funds for long-range missiles that can strike targets in China or "
        "North Korea, including upgraded Type-12 surface-to-ship missiles and US-made Tomahawk "
        "cruise missiles, as well as for new destroyers equipped with the Aegis combat system. "
        "It also includes money for drones, satellite constellations and a new integrated "
        "command to coordinate the army, navy and air force with US forces in Japan. Prime "
        "Minister Shigeru Ishiba's government faces a challenge in paying for the build-up, "
        "which it plans to fund partly through higher corporate and tobacco taxes. The defence "
        "ministry said it would also raise pay and improve barracks to attract recruits, after "
        "the Self-Defense Forces missed their recruiting target by about half last year. China's "
        'foreign ministry said Japan should "learn lessons from history" and act cautiously on '
        "military and security matters. The budget still needs approval by parliament, where the "
        "ruling coalition lost its majority in the lower house in October.",
        "military",
    ),
    (
        "Talisman Sabre kicks off with 35,000 troops from 19 nations and first-ever live fire of "
        "US Typhon system in Australia",
        "More than 35,000 military personnel from 19 countries have begun the largest Talisman "
        "Sabre exercise yet, with training spread across Queensland, the Northern Territory, "
        "Western Australia, New South Wales and, for the first time, Papua New Guinea. The "
        "biennial exercise, co-hosted by the Australian Defence Force and US Indo-Pacific "
        "Command, runs for three weeks and includes amphibious landings at Shoalwater Bay, "
        "airborne drops and a sinking exercise in which a decommissioned vessel will be targeted "
        "at sea. The US Army will fire an SM-6 missile from its Typhon mid-range capability "
        "launcher for the first time on Australian soil, and the ADF will conduct its own live "
        "fire of a HIMARS-launched Precision Strike Missile. India, Germany, the Netherlands and "
        "Norway are among the nations taking part for the first time. Chief of Joint Operations "
        'Vice Admiral Justin Jones said the exercise was about "demonstrating that we can '
        'operate together at scale across a very large theatre." Residents near Townsville and '
        "Rockhampton have been warned to expect increased military aircraft noise and convoys on "
        "major roads. A Chinese navy intelligence-gathering ship is expected to shadow the "
        "exercise off the Queensland coast, as it has in previous years. Canada, Japan, New "
        "Zealand, South Korea and the United Kingdom are also sending ships, aircraft and ground "
        "troops. The ADF said the exercise would test logistics across long distances, with "
        "fuel, ammunition and spare parts moved by sea and air from southern bases to the north. "
        "Papua New Guinea's Defence Minister Billy Joseph said hosting part of the exercise "
        "would help his country's forces train alongside larger partners. A contingent of Fijian "
        "and Tongan soldiers will take part in the amphibious phase for the first time. "
        "Organisers said safety was a priority after a helicopter ditched during the previous "
        "exercise.",
        "military",
    ),
    (
        "PLA wraps up 'Strait Thunder' drills around Taiwan after simulated blockade of key ports",
        "China's military said on Wednesday it had completed two days of large-scale exercises "
        "around Taiwan, code-named Strait Thunder-2025A, which it said had tested the ability of "
        "its forces to blockade the island, seize control of the surrounding seas and strike key "
        "targets. The Eastern Theater Command released video and posters showing warships and "
        "aircraft encircling the island, and state media said long-range rocket artillery had "
        "fired live rounds into an area of the East China Sea. Taiwan's defence ministry said it "
        "had tracked 76 Chinese aircraft, 15 navy ships and 4 coast guard vessels on Tuesday "
        "alone, and that a group led by the aircraft carrier Shandong had operated to the "
        "island's east. Taiwan set up a response centre and sent its own ships and aircraft to "
        "monitor the drills, but no shots were fired and no incidents were reported. Beijing "
        'said the exercises were a "stern warning" to what it called separatist forces, after '
        'President Lai Ching-te described China as a "foreign hostile force." Analysts writing '
        "in The Diplomat noted that the drills were announced without a name or warning on the "
        "first day, in what they described as an effort to shorten the time Taiwan would have to "
        "prepare for a real attack. The United States condemned the exercises as intimidation. "
        "Taiwan's stock market fell slightly on the first day of the drills but recovered by the "
        "close. In Kinmen, the Taiwan-held islands close to the Chinese coast, residents said "
        "daily life carried on as usual, with ferries to Xiamen running on schedule. The Chinese "
        'coast guard said it had carried out "law enforcement patrols" in the waters around '
        "Taiwan, including inspections and the simulated interception of vessels. Taiwan's coast "
        "guard said its ships had shadowed the Chinese vessels at close range throughout.",
        "military",
    ),
    (
        "North Korea test-fires new Hwasong-19 solid-fuel ICBM into sea off its east coast",
        "SEOUL, Oct 31 (Reuters) - North Korea test-fired a new intercontinental ballistic "
        "missile on Thursday, which flew for a record 86 minutes and reached an altitude of more "
        "than 7,000 km before falling into the sea off its east coast, South Korean and Japanese "
        "officials said. State media KCNA said on Friday the missile was the Hwasong-19, a "
        'solid-fuel ICBM that it described as the "final version" of its long-range missiles, '
        "and that leader Kim Jong Un had watched the launch. The missile was fired on a lofted "
        "trajectory and landed outside Japan's exclusive economic zone, Japan's defence ministry "
        "said. No damage to ships or aircraft was reported. The test was the first ICBM launch "
        "in nearly a year and came days before the US presidential election. South Korea's Joint "
        "Chiefs of Staff said the missile appeared to be a new type with a larger launch "
        "vehicle, and the United States, South Korea and Japan held a joint air exercise "
        "involving a B-1B bomber in response. Analysts said solid-fuel missiles are harder to "
        "detect before launch because they can be fired quickly from mobile launchers. The UN "
        "Security Council has banned North Korea from developing ballistic missiles.",
        "military",
    ),
    (
        "North Korean missile flies over Japan for first time in five years, triggering J-Alert "
        "warnings",
        "TOKYO - North Korea fired an intermediate-range ballistic missile over Japan on Tuesday "
        "morning for the first time since 2017, prompting the government to issue J-Alert "
        "warnings and urge residents in the northern prefectures of Hokkaido and Aomori to take "
        "shelter. Train services were suspended in parts of northern Japan for about half an "
        "hour. The missile flew about 4,600 kilometres, the longest distance yet for a North "
        "Korean test, and fell into the Pacific Ocean some 3,200 kilometres east of Japan, "
        "outside its exclusive economic zone, Chief Cabinet Secretary Hirokazu Matsuno said. No "
        'damage was reported. Prime Minister Fumio Kishida called the launch "an act of '
        'violence" and said Japan would not rule out any option to strengthen its defences. '
        "South Korea's military said it was likely a Hwasong-12. The United States and South "
        "Korea responded with a joint bombing drill in which F-15K fighters dropped "
        "precision-guided bombs on a target island in the Yellow Sea. The launch was North "
        "Korea's fifth in ten days, and came as South Korea, Japan and the United States held "
        "anti-submarine drills in the Sea of Japan.",
        "military",
    ),
    (
        "Russia and Belarus begin Zapad-2025 drills as NATO neighbours watch closely",
        "MINSK/VILNIUS (Reuters) - Russia and Belarus began their joint Zapad-2025 military "
        "exercises on Friday, with drills at training grounds in Belarus and western Russia and "
        "in the Baltic and Barents Seas that Minsk said would include planning for the use of "
        "nuclear weapons and of the new Oreshnik intermediate-range missile. Belarus had said "
        "earlier it would move the main part of the exercises away from its western border and "
        "cut the number of troops to around 7,000 in Belarus, in what officials in Minsk "
        "described as a gesture to reduce tension. Poland closed its border with Belarus for the "
        "duration of the drills, citing security concerns, and Lithuania and Latvia restricted "
        "airspace along their borders. NATO officials said they were monitoring the exercises "
        "but saw no immediate threat to allied territory. Zapad 2021, held months before "
        "Russia's full-scale invasion of Ukraine, involved about 200,000 troops according to "
        "Moscow. US military observers were invited to watch part of this year's exercise, "
        "Belarusian defence officials said, a first in years. Janes said satellite imagery "
        "showed no significant build-up of Russian equipment in Belarus ahead of the drills.",
        "military",
    ),
    (
        "HMS Prince of Wales leads UK Carrier Strike Group out of Portsmouth on eight-month "
        "Indo-Pacific deployment",
        "HMS Prince of Wales has sailed from Portsmouth at the head of the UK Carrier Strike "
        "Group for an eight-month deployment to the Indo-Pacific, the largest British naval "
        "deployment to the region since 2021. Operation Highmast will see the carrier and her "
        "escorts, including the Type 45 destroyer HMS Dauntless and the Type 23 frigate HMS "
        "Richmond, operate with Norwegian, Canadian and Spanish warships and take part in "
        "exercises with partners including Japan, Australia and India. The air wing will "
        "eventually number 24 F-35B Lightning jets, the most ever embarked on a British carrier, "
        "Defence Secretary John Healey said. The group is expected to visit ports including "
        "Singapore, Tokyo and Darwin, and the carrier will take part in Talisman Sabre off "
        "Australia. Around 2,500 UK personnel will be involved at the peak of the deployment, "
        "rising to more than 4,000 when allied ships are included. The Royal Navy said the group "
        "would sail through the Mediterranean and Red Sea, where it will conduct training with "
        "regional partners. Critics have questioned whether the Royal Navy can sustain such "
        "deployments, given shortages of sailors and escort ships, a point UK Defence Journal "
        "readers raised repeatedly after the 2021 deployment.",
        "military",
    ),
]
