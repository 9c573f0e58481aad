"""eval/dev75 negatives: Black Sea and Red Sea talks and truces, a crew freed, a boundary ruling,
anniversaries of naval battles and wrecks, films, games, books, an exhibition, sport, peaceful
protests at sea and in ports, rules for drone boats.
"""

NEGATIVES = [
    (
        "Russia and Ukraine agree in principle on Black Sea ceasefire",
        "Russia and Ukraine agreed in separate talks with US officials in Riyadh to ensure safe "
        "navigation and end the use of force in the Black Sea, the White House said, but Moscow "
        "said the deal would take effect only after some Western sanctions on its agricultural "
        "bank were lifted. Kyiv said any movement of Russian warships outside the eastern Black "
        "Sea would be a violation.",
        "peace",
    ),
    (
        "Grain deal extended for 60 days after talks in Istanbul",
        "Russia agreed to extend the deal allowing Ukraine to export grain through its Black Sea "
        "ports for another 60 days, Turkey's president said, after talks mediated by Ankara and "
        "the United Nations. Ships will continue to be inspected at the joint centre in Istanbul. "
        "The UN said the deal had helped bring down world food prices.",
        "peace",
    ),
    (
        "Oman brokers truce between US and Houthis on shipping",
        "Oman said the United States and Yemen's Houthis had agreed to stop targeting each other, "
        "with the group pledging not to attack American ships in the Red Sea and Washington "
        "halting its bombing campaign. The agreement does not cover Israel, the Houthis said. "
        "Shipping companies said it was too early to send ships back through the Bab el-Mandeb.",
        "peace",
    ),
    (
        "Houthis free crew of seized car carrier after 14 months",
        "The 25 crew members of a car carrier seized by Yemen's Houthis in November 2023 were "
        "released and flown to Oman, the group said, calling it a gesture linked to the ceasefire "
        "in Gaza. Families of the Filipino sailors gathered at Manila airport to welcome them "
        "home. The ship remains in Hodeidah.",
        "peace",
    ),
    (
        "Tribunal rules on maritime border between Guyana and Suriname",
        "An international tribunal set the maritime boundary between Guyana and Suriname, ending "
        "a dispute that had flared when Surinamese gunboats ordered an oil rig out of contested "
        "waters in 2000. Both governments said they accepted the ruling. Oil companies said "
        "exploration in the area could resume.",
        "peace",
    ),
    (
        "Moskva's sinking marked by Ukrainian postage stamp collectors",
        "Collectors queued at Kyiv's main post office to buy a new stamp marking the second "
        "anniversary of the sinking of the Russian cruiser Moskva, showing a Ukrainian soldier "
        "gesturing at the ship. The post office printed a million copies. The original stamp, "
        "issued weeks after the sinking, became one of the country's best known images.",
        "history",
    ),
    (
        "Navies gather at Jutland for battle centenary",
        "British and German naval officers laid wreaths at sea and in the Danish port of Skagen "
        "to mark the 100th anniversary of the Battle of Jutland, the largest naval battle of the "
        "First World War, in which more than 8,500 sailors died. Descendants of sailors on both "
        "sides attended a service in Kirkwall.",
        "history",
    ),
    (
        "Argentina remembers sailors of the General Belgrano",
        "Relatives of the 323 sailors killed when a British submarine sank the Argentine cruiser "
        "General Belgrano during the Falklands war gathered in Ushuaia for a ceremony on the "
        "anniversary. A navy ship dropped a wreath at sea. Veterans called again for the wreck to "
        "be protected as a war grave.",
        "history",
    ),
    (
        "Wreck of carrier sunk at Midway found deep in the Pacific",
        "Ocean explorers said they had found the wreck of a US aircraft carrier sunk by Japanese "
        "torpedoes and bombs at the Battle of Midway in 1942, more than 5,000 metres down. Images "
        "showed anti-aircraft guns still in place. The Navy said the site would be left "
        "undisturbed as a war grave.",
        "history",
    ),
    (
        "Russia marks anniversary of Kursk submarine disaster",
        "Relatives and navy officers laid flowers at memorials in Murmansk and Vidyayevo to mark "
        "25 years since the nuclear submarine Kursk sank in the Barents Sea after a torpedo "
        "explosion, killing all 118 men aboard. Some families still blame the navy for turning "
        "down foreign help in the first days.",
        "history",
    ),
    (
        "Gallipoli commemorated with dawn service on Turkish coast",
        "Thousands of Australians and New Zealanders attended a dawn service at Anzac Cove on "
        "Turkey's Gallipoli peninsula to mark the landing of their troops in 1915. Turkish "
        "officials joined the ceremony. Organisers said numbers were higher than last year.",
        "history",
    ),
    (
        "Film about Red Sea convoy escort premieres at Venice",
        "A drama about a young navy officer on a frigate escorting merchant ships through the Red "
        "Sea had its premiere at the Venice film festival, with its director saying he wanted to "
        "show the boredom and fear of sailors waiting for missile attacks. Critics praised the "
        "lead's performance but found the script thin.",
        "entertainment",
    ),
    (
        "Naval combat game adds drone boats in update",
        "The online naval combat game World of Warships added uncrewed attack boats and anti-ship "
        "drones in its latest update, its developer said, and players can now launch drone swarms "
        "at enemy fleets. The update also adds a Ukrainian-made patrol ship. The game has more "
        "than 40 million registered players.",
        "entertainment",
    ),
    (
        "Documentary on Black Sea grain captains wins award",
        "A documentary following two merchant captains who took grain ships out of Odesa under "
        "the threat of missiles won the best documentary prize at a festival in Rotterdam. The "
        "director spent four months on board the ships. The film will be streamed later this "
        "year.",
        "entertainment",
    ),
    (
        "Novel about Baltic cable saboteurs tops bestseller list",
        "A Danish thriller about a shipping executive who uncovers a plot to sabotage undersea "
        "cables in the Baltic has topped the bestseller list in Scandinavia, its publisher said. "
        "TV rights have been sold to a streaming service. The author used to work as a naval "
        "intelligence officer.",
        "entertainment",
    ),
    (
        "Museum opens exhibition of sea drones and missile debris",
        "The National Military History Museum in Kyiv opened an exhibition on the war at sea, "
        "displaying a Ukrainian sea drone, fragments of Russian missiles and the flag of a ship "
        "sunk off Odesa. Curators said the aim was to show how a country without a large navy "
        "fought at sea. Entry is free for soldiers.",
        "entertainment",
    ),
    (
        "Navy's option attack beats Army for third straight year",
        "Navy's triple-option attack rushed for 290 yards as the Midshipmen beat Army 31-13 in "
        "Baltimore on Saturday for their third consecutive win in the rivalry game. The "
        "quarterback scored twice. The president watched the first half from the Army side.",
        "sport",
    ),
    (
        "Ukrainian sailor wins round-the-world race leg",
        "A Ukrainian skipper won the third leg of a solo round-the-world sailing race, launching "
        "a late attack through a storm off Cape Horn to overtake the French leader, organisers "
        "said. She dedicated the win to her home port of Odesa. The race resumes in March.",
        "sport",
    ),
    (
        "Drone racing world championship held in Korea",
        "Pilots from 34 countries raced first-person-view drones through a course of gates at 150 "
        "km/h at the world championship in Hwaseong, South Korea. A 15-year-old from Thailand won "
        "the individual title. Organisers hope to include drone racing in future Asian Games.",
        "sport",
    ),
    (
        "Okinawa residents protest in kayaks against new US base",
        "Dozens of protesters paddled kayaks into Oura Bay off Okinawa to oppose land reclamation "
        "work for a new US Marine Corps airbase, waving banners and chanting slogans, local media "
        "reported. The coast guard escorted several kayaks back to shore. Construction continued.",
        "protest",
    ),
    (
        "Dockworkers in Genoa refuse to load arms ship, hold sit-in",
        "Dockworkers at the Italian port of Genoa refused to load weapons onto a Saudi cargo ship "
        "and held a sit-in at the quay with activists, their union said, and the ship left "
        "without the cargo. Police watched the protest, which ended peacefully in the evening.",
        "protest",
    ),
    (
        "Fishermen block Marseille port with boats over fuel prices",
        "About 100 fishing boats blocked the entrance to the port of Marseille for a day to "
        "protest against rising diesel prices, forcing ferries to Corsica to wait offshore, "
        "fishermen's representatives said. The protest ended when the fisheries minister agreed "
        "to meet them. No incidents were reported.",
        "protest",
    ),
    (
        "Climate activists in kayaks block tanker in Oslo fjord",
        "Greenpeace activists in kayaks and a small boat blocked an oil tanker from leaving a "
        "terminal in the Oslo fjord for several hours, the group said. Police removed eight "
        "activists from the water and fined them. The tanker sailed in the afternoon.",
        "protest",
    ),
    (
        "Shipowners say sea drones pose new legal questions",
        "The International Chamber of Shipping asked the UN's maritime agency to set rules for "
        "uncrewed surface vessels, arguing that collision regulations written for crewed ships "
        "did not cover drone boats. Several navies and commercial firms are testing autonomous "
        "vessels. Delegates at the IMO in London agreed to discuss a code next year.",
        "other",
    ),
]
