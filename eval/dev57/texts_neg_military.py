"""dev57 negatives: the armed forces without a current violent event, in state-media idiom:
exercises and drills, live-fire drills near a border, naval patrols and port calls, parades,
cadets' graduation, arms procurement and exports, missile tests and military launches, a border
incident with warning shots, a coast guard's water cannon, demining and war-long loss tallies;
kind hard_negative_military.
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Eastern Theater Command stages 'Strait Thunder' drills around Taiwan island",
        "The Eastern Theater Command of the Chinese People's Liberation Army organised joint "
        "exercises code-named Strait Thunder-2025A in the central and southern parts of the Taiwan "
        "Strait on Wednesday, focusing on identification and verification, blockade and control, "
        "and precision strikes on key targets, a spokesperson said. The drills are a stern warning "
        "and powerful deterrent against separatist forces seeking 'Taiwan independence', he said. "
        "Destroyers, frigates and the Shandong aircraft carrier group took part, and long-range "
        "live-fire rounds were fired into designated sea areas. Taiwan's defence ministry said it "
        "had tracked 76 aircraft and 15 warships and dispatched its own forces to monitor them.",
        "military",
    ),
    (
        "Zapad-2021 strategic exercise enters active phase in Russia and Belarus",
        "MOSCOW, September 13 (TASS) -- The active phase of the joint Russian-Belarusian strategic "
        "exercise Zapad-2021 has begun at nine training grounds in Russia and five in Belarus, the "
        "Defence Ministry said. Some 200,000 servicemen, up to 80 aircraft and helicopters, 760 "
        "pieces of equipment including 290 tanks, and 15 warships are taking part, the ministry "
        "said. The troops are practising the repulse of an attack by a conventional enemy and a "
        "transition to the counteroffensive. Observers from 12 countries attended the main episode "
        "at the Mulino range. The ministry said the exercise was purely defensive in nature and "
        "not directed against any other state. NATO said it was monitoring the drills closely and "
        "that the number of troops involved was much higher than the figure Moscow had notified "
        "under the Vienna Document.",
        "military",
    ),
    (
        "IRGC navy fires cruise missiles at mock target in 'Great Prophet 19' drill",
        "Naval units of the Islamic Revolutionary Guard Corps fired anti-ship cruise missiles and "
        "launched suicide drones at a mock-up of an enemy aircraft carrier in the Strait of Hormuz "
        "on the second day of the Great Prophet 19 exercise, Tasnim reported. The commander of the "
        "IRGC Navy said the drill sent a message of power to extra-regional forces whose presence "
        "is the source of insecurity in the region. Speedboats, submarines and the IRGC Aerospace "
        "Force took part. Tasnim said the mock carrier was hit by several missiles and sank within "
        "minutes.",
        "military",
    ),
    (
        "Passing out parade at PMA Kakul: 148th Long Course commissioned",
        "The passing out parade of the 148th PMA Long Course, the 67th Integrated Course and the "
        "22nd Lady Cadet Course was held at the Pakistan Military Academy, Kakul, with the Chief "
        "of Army Staff as reviewing officer, ISPR said. Addressing the cadets, he said the "
        "nation's armed forces were fully capable of responding to any misadventure by the enemy "
        "and that the sacrifices of the shuhada would never be forgotten. The Sword of Honour went "
        "to Battalion Senior Under Officer Ahmed Raza, and cadets from friendly countries, "
        "including Iraq, Palestine, Qatar and Sri Lanka, were also commissioned. The President's "
        "Gold Medal was awarded to the cadet who secured first position in academics, and parents "
        "of the passing-out cadets watched from the stands. The ceremony ended with a flypast by "
        "JF-17 Thunder aircraft and a demonstration by the paratroopers of the Special Service "
        "Group.",
        "military",
    ),
    (
        "India conducts first flight test of Agni-5 with MIRV technology under Mission Divyastra",
        "India successfully carried out the first flight test of the indigenously developed Agni-5 "
        "missile with Multiple Independently Targetable Re-entry Vehicle technology from Dr APJ "
        "Abdul Kalam Island off the Odisha coast, the Defence Research and Development "
        "Organisation said. Telemetry and radar stations tracked the re-entry vehicles, and the "
        "mission met its parameters, the organisation said. The Prime Minister congratulated the "
        "scientists on what he called Mission Divyastra. The missile, with a range of more than "
        "5,000 kilometres, can carry several warheads to different targets. A notice to airmen had "
        "closed a corridor over the Bay of Bengal for the test.",
        "military",
    ),
    (
        "DPRK test-fires new-type Hwasong-18 ICBM, which falls into waters off east coast",
        "The Missile General Bureau of the DPRK test-fired a new-type intercontinental ballistic "
        "missile, Hwasong-18, on Thursday to verify the reliability of its solid-fuel engines, "
        "KCNA said, adding that the test had no negative impact on the security of neighbouring "
        "countries. The missile flew 1,000 kilometres on a lofted trajectory and landed in waters "
        "outside Japan's exclusive economic zone, according to South Korea's Joint Chiefs of "
        "Staff. Japan lodged a protest through diplomatic channels in Beijing. The leader of the "
        "DPRK, who oversaw the launch with his daughter, said the test would make the enemy feel "
        "ever-greater uneasiness and horror.",
        "military",
    ),
    (
        "North Korean soldiers briefly cross MDL; South Korean army fires warning shots",
        "About 20 North Korean soldiers working on the northern side of the DMZ briefly crossed "
        "the Military Demarcation Line in the central front on Sunday, and retreated after the "
        "South Korean army issued warning broadcasts and fired warning shots, the Joint Chiefs of "
        "Staff said. The soldiers, carrying tools and some of them armed, appeared to have strayed "
        "while doing construction work in a forested area where the line is not clearly marked, "
        "the JCS said. No shots were fired from the North, and nobody was hurt.",
        "military",
    ),
    (
        "China Coast Guard water cannons Philippine resupply boat near Ayungin Shoal",
        "China Coast Guard vessels fired water cannons at the Philippine supply boat Unaizah May 4 "
        "near Ayungin Shoal on Saturday, damaging its engine, the National Task Force for the West "
        "Philippine Sea said. The boat, on a rotation and resupply mission to BRP Sierra Madre, "
        "was towed back to Palawan, and no crew member was hurt, the task force said. The "
        "Department of Foreign Affairs summoned the Chinese envoy, while the China Coast Guard "
        "said it had taken control measures in accordance with the law against vessels that "
        "intruded into waters adjacent to Ren'ai Jiao.",
        "military",
    ),
    (
        "Baykar signs Akinci export deal, its largest order from a Gulf state",
        "Turkish drone maker Baykar has signed an export contract for Akinci unmanned combat "
        "aerial vehicles with a Gulf country, its chief technology officer announced, calling it "
        "the largest defence export contract in the history of the Turkish defence and aerospace "
        "industry. The agreement also covers training and the local production of some components, "
        "Anadolu Agency reported. Baykar's drones are now exported to more than 30 countries, the "
        "company said. Akinci can carry cruise missiles and smart munitions and stay in the air "
        "for 24 hours.",
        "military",
    ),
    (
        "Poland signs second executive contract for K2 tanks, Yonhap says",
        "Hyundai Rotem signed a second executive contract with Poland's Armament Agency for 180 K2 "
        "Black Panther tanks worth about 6.5 billion dollars, Yonhap News Agency reported, citing "
        "the Defence Acquisition Program Administration. Some 64 of the tanks will be assembled in "
        "Poland at the Bumar-Labedy plant, the agency said, describing the deal as the largest "
        "single export of South Korean weapons. Deliveries are to run from 2026 to 2029.",
        "military",
    ),
    (
        "Philippine Navy receives first BrahMos batteries from India",
        "The Philippine Navy received the first batteries of the BrahMos supersonic cruise missile "
        "system from India at Clark Air Base on Friday, part of a 375-million-dollar deal signed "
        "in 2022, the Philippine News Agency reported. The shore-based anti-ship missiles will be "
        "operated by the Navy's Coastal Defence Regiment to protect the country's maritime "
        "territory, the Department of National Defence said. Indian Air Force transport aircraft "
        "flew in the systems. The missiles can hit targets up to 290 kilometres away at nearly "
        "three times the speed of sound.",
        "military",
    ),
    (
        "EDGE signs contracts worth billions at IDEX with UAE Armed Forces",
        "EDGE Group signed contracts worth more than 20 billion dirhams with the UAE Armed Forces "
        "and Tawazun Council on the first day of the International Defence Exhibition and "
        "Conference in Abu Dhabi, WAM reported. The deals cover precision-guided munitions, "
        "loitering munitions and naval vessels, the group said. More than 1,500 companies from 65 "
        "countries are taking part in this year's exhibition.",
        "military",
    ),
    (
        "Main Naval Parade held in St Petersburg on Navy Day",
        "The Main Naval Parade marking Navy Day was held in St Petersburg and Kronstadt on Sunday, "
        "with more than 40 ships, boats and submarines and about 3,000 servicemen taking part, the "
        "Defence Ministry said. The Supreme Commander-in-Chief inspected the ships from a boat and "
        "said the fleet was receiving hypersonic Zircon missiles, which had no equivalent in the "
        "world. Naval parades were also held in Baltiysk, Severomorsk, Vladivostok and at the "
        "Tartus naval base in Syria.",
        "military",
    ),
    (
        "Iranian navy's 86th flotilla returns after circumnavigating globe",
        "The 86th flotilla of the Islamic Republic of Iran Army's Navy, made up of the destroyer "
        "Dena and the helicopter carrier Makran, returned to Bandar Abbas on Saturday after an "
        "eight-month voyage around the globe, IRNA reported. The Army Commander said the flotilla "
        "had sailed 65,000 kilometres through three oceans without refuelling in foreign ports, "
        "breaking the enemy's illusion of isolation. Families, officials and a naval band welcomed "
        "the 300 sailors at the port.",
        "military",
    ),
    (
        "Frigate Admiral Gorshkov arrives in Havana on official visit",
        "A detachment of Northern Fleet ships led by the frigate Admiral Gorshkov, with the "
        "nuclear-powered submarine Kazan, arrived in Havana on an official visit, the Russian "
        "Defence Ministry said. During a long-range voyage in the Atlantic the crews practised the "
        "use of high-precision missile weapons against simulated targets using computer modelling, "
        "the ministry said. The Cuban Revolutionary Armed Forces fired a 21-gun salute, and the "
        "visit will last five days.",
        "military",
    ),
    (
        "China Coast Guard conducts law enforcement patrols around Huangyan Dao",
        "The China Coast Guard carried out law enforcement patrols in the territorial waters "
        "around Huangyan Dao on Wednesday in accordance with the law, a spokesperson said, to "
        "safeguard national sovereignty and maritime rights and interests. The patrols focused on "
        "strengthening control and expelling illegally intruding vessels, the spokesperson said, "
        "adding that the Philippine side should stop provocations immediately. The Philippine "
        "Coast Guard said its vessel Teresa Magbanua had monitored four Chinese ships in the area.",
        "military",
    ),
    (
        "Azerbaijani and Turkish troops hold joint live-fire exercise",
        "Joint live-fire tactical exercises of the Azerbaijani and Turkish armed forces named "
        "Mustafa Kemal Ataturk-2023 began at training grounds in Baku and Nakhchivan, the Ministry "
        "of Defence of Azerbaijan said. Up to 3,000 servicemen, tanks, artillery, combat "
        "helicopters and drones are involved in the exercises, which will last ten days, the "
        "ministry said. The troops will practise planning and conducting combat operations to "
        "liberate territories from a conditional enemy.",
        "military",
    ),
    (
        "Armed Forces Day parade in Nay Pyi Taw; Senior General vows to annihilate terrorists",
        "The 79th Armed Forces Day parade was held on the parade ground in Nay Pyi Taw on "
        "Wednesday with the participation of 8,000 troops and a flypast of fighter jets and "
        "helicopters, the Global New Light of Myanmar reported. In his address, the Senior General "
        "said the Tatmadaw would continue to annihilate the terrorist groups and their supporters, "
        "who were destroying the peace and stability of the Union, and would hold elections as "
        "pledged. Delegations from Russia, China and India attended. Tanks, missile launchers and "
        "newly acquired drones rolled past the saluting dais.",
        "military",
    ),
    (
        "DPRK's reconnaissance satellite launch fails as rocket explodes in first stage",
        "A new-type satellite carrier rocket carrying the military reconnaissance satellite "
        "Malligyong-1-1 exploded during first-stage flight shortly after lift-off from the Sohae "
        "Satellite Launching Ground on Monday night, KCNA said, citing the National Aerospace "
        "Technology Administration. Preliminary analysis pointed to the reliability of the newly "
        "developed liquid oxygen and petroleum engine, it said. South Korea's Joint Chiefs of "
        "Staff said debris had fallen into the sea north of the border.",
        "military",
    ),
    (
        "Deminers return 1,200 hectares of Kharkiv farmland to farmers",
        "Pyrotechnic units of the State Emergency Service and humanitarian demining operators have "
        "surveyed and cleared 1,200 hectares of agricultural land in the Izium and Balakliia "
        "communities since the spring, the Kharkiv Regional Military Administration said. More "
        "than 3,400 explosive items, including anti-tank mines and cluster submunitions, were "
        "found and destroyed, it said. Farmers will be compensated for the cost of demining under "
        "a government programme, and sowing is to begin on the cleared fields in the autumn. No "
        "one was hurt during the clearance work, the administration said.",
        "military",
    ),
    (
        "Enemy's total personnel losses pass one million, General Staff says",
        "The total combat losses of the enemy in personnel since the start of the full-scale "
        "invasion have passed one million, the General Staff of the Armed Forces of Ukraine said "
        "on Thursday. The figure includes killed and wounded servicemen, the General Staff said, "
        "and the enemy has also lost more than 11,000 tanks and 23,000 artillery systems over the "
        "period. The Russian Defence Ministry does not publish its losses and dismisses Ukrainian "
        "figures as propaganda.",
        "military",
    ),
    (
        "Moscow raises one-time payment for contract servicemen to 1.9 million roubles",
        "The Mayor of Moscow announced that the one-time payment to residents who sign a contract "
        "with the Defence Ministry to take part in the special military operation would be raised "
        "to 1.9 million roubles, in addition to federal payments and monthly allowances. "
        "Recruitment points at the Unified Recruitment Centre on Yasnogorskaya Street are open "
        "seven days a week, the city's press service said. Contract servicemen and their families "
        "are also entitled to tax relief and priority places in kindergartens.",
        "military",
    ),
    (
        "President attends 'Hazm 2024' tactical exercise with live ammunition in Djanet",
        "The President of the Republic, Supreme Commander of the Armed Forces and Minister of "
        "National Defence, attended a tactical exercise with live ammunition code-named Hazm 2024 "
        "carried out by units of the 4th Military Region, APS reported. The exercise simulated the "
        "repulse of an armed incursion by a hostile force across the southern borders and included "
        "air strikes by Su-30 aircraft on simulated targets. The Chief of Staff of the National "
        "People's Army said the army remained vigilant against any threat to national sovereignty.",
        "military",
    ),
    (
        "All 410 members of 22nd Chinese peacekeeping batch to Lebanon receive UN medals",
        "All 410 members of the 22nd batch of Chinese peacekeeping forces to Lebanon were awarded "
        "the UN Peace Medal of Honour for their outstanding contributions to peace and stability "
        "in southern Lebanon, Xinhua reported. The engineering and medical contingents have "
        "cleared more than 2,000 square metres of minefields along the Blue Line, built roads and "
        "treated over 6,000 patients since their deployment, the contingent commander said.",
        "military",
    ),
    (
        "Islanders sent to shelters as North Korea fires 200 artillery rounds near Yeonpyeong",
        "North Korea fired about 200 artillery rounds into the sea north of the Northern Limit "
        "Line from its coastal areas near Yeonpyeong and Baengnyeong islands on Friday morning, "
        "the Joint Chiefs of Staff said, and the shells fell inside the maritime buffer zone. "
        "Residents of the two islands were ordered into shelters for about two hours, and the "
        "South Korean marines held a maritime live-fire drill in response in the afternoon. No "
        "damage to the islands or injuries were reported, the JCS said. Pyongyang said its shells "
        "had had no direct impact on the islands and called the drill a natural response to the "
        "South's provocations.",
        "military",
    ),
]
