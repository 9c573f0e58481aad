"""dev71 negatives: earthquakes, cyclones, typhoons, floods, landslides and a camp fire (some with
troops deployed), and accidents (capsizes, collapses, crashes, blasts, stampedes)."""

NEGATIVES = [
    (
        "Rescuers dig by hand in Mandalay as quake toll passes 1,600",
        "Rescuers were digging through collapsed apartment blocks in Mandalay with their bare "
        "hands on Saturday, a day after a 7.7-magnitude earthquake struck near Sagaing, as the "
        "death toll in Myanmar rose above 1,600. The Ava bridge over the Irrawaddy collapsed, "
        "and hospitals treated the injured in car parks. In Bangkok, a 30-storey building under "
        "construction collapsed, trapping dozens of workers. The junta chief made a rare appeal "
        "for international aid.",
        "disaster",
    ),
    (
        "Cyclone Mocha tears through Sittwe and Rohingya camps",
        "Cyclone Mocha slammed into the coast near Sittwe on Sunday with winds of up to 210 "
        "km/h, ripping roofs off houses and flooding low-lying areas of Rakhine State. Bamboo "
        "shelters in camps housing Rohingya were flattened, and communications with the town "
        "were cut for hours. In Cox's Bazar, about 750,000 people had been evacuated before the "
        "storm, which weakened before reaching Bangladesh.",
        "disaster",
    ),
    (
        "Hundreds feared buried as landslide hits Enga village",
        "A massive landslide buried Yambali village in Enga Province before dawn on Friday, and "
        "more than 670 people are feared dead under the rubble, the UN migration agency said. "
        "Soldiers and rescuers from Wabag struggled to reach the site because the highway was "
        "blocked. Survivors were digging with spades and sticks, and about 1,250 people have "
        "been moved to safer ground. The government said it would move other families living "
        "under the unstable slope.",
        "disaster",
    ),
    (
        "One-third of Pakistan under water; army joins rescue",
        "The Pakistan Army deployed troops and helicopters in Sindh, Balochistan and Khyber "
        "Pakhtunkhwa on Monday to rescue people stranded by floods that have killed more than "
        "1,000 people since June, the NDMA said. The climate change minister said a third of the "
        "country was under water. Tent cities have sprung up along the embankments, and the "
        "government has appealed for international aid. Schools in the worst-hit districts have "
        "been turned into shelters.",
        "disaster",
    ),
    (
        "Army builds Bailey bridge to reach Wayanad landslide survivors",
        "Army engineers completed a 190-foot Bailey bridge to Mundakkai on Thursday, allowing "
        "rescuers and earth-movers to reach villages buried by the landslides in Wayanad, where "
        "more than 200 people have been killed. About 9,000 people are staying in 90 relief "
        "camps, the Kerala government said. Teams with sniffer dogs were searching for the "
        "missing in the Chaliyar river. The Prime Minister is expected to visit on Saturday.",
        "disaster",
    ),
    (
        "Jajarkot quake kills over 150 as mud houses collapse",
        "A 6.4-magnitude earthquake struck Jajarkot and Rukum West districts in western Nepal "
        "late on Friday, killing more than 150 people as they slept in mud and stone houses. "
        "Nepal Army helicopters flew the injured to Surkhet and Nepalgunj. Survivors spent the "
        "night in the open in near-freezing temperatures.",
        "disaster",
    ),
    (
        "Palu tsunami: bodies line streets as troops bring aid",
        "Bodies lay along the beach in Palu on Sunday, two days after an earthquake and tsunami "
        "struck Central Sulawesi, and the death toll rose to 832. Military transport planes flew "
        "in food and water to the damaged airport. Residents queued for fuel for hours, and the "
        "government allowed shops to be emptied for survivors, promising to pay the owners.",
        "disaster",
    ),
    (
        "Soldiers patrol Tacloban as Haiyan survivors wait for food",
        "Soldiers and police patrolled the streets of Tacloban on Tuesday as survivors of "
        "Typhoon Haiyan waited for food and water four days after the storm surge flattened the "
        "city. The government estimated the death toll at more than 2,000. C-130 aircraft "
        "shuttled between Manila and the damaged airport, and the President declared a state of "
        "national calamity. A night curfew has been imposed in the city while power is out.",
        "disaster",
    ),
    (
        "Kristine floods: thousands on rooftops in Bicol",
        "Floodwaters brought by Severe Tropical Storm Kristine rose to the rooftops in parts of "
        "Naga City and Camarines Sur on Wednesday, the Office of Civil Defense said, and "
        "thousands of residents were calling for rescue. Army trucks and Coast Guard rubber "
        "boats were deployed. More than 300,000 people were in evacuation centres across the "
        "Bicol region.",
        "disaster",
    ),
    (
        "Fire razes thousands of shelters in Balukhali Rohingya camp",
        "A fire swept through the Balukhali refugee camp in Cox's Bazar on Monday, destroying "
        "about 10,000 shelters and leaving some 45,000 Rohingya homeless, the UN refugee agency "
        "said. At least 15 people died. Refugees said barbed-wire fences around the camp had "
        "trapped some of those fleeing the flames. Fire service officials said the cause was "
        "being investigated.",
        "disaster",
    ),
    (
        "Feni floods leave villages cut off; navy boats join rescue",
        "Flash floods have cut off hundreds of villages in Feni, Noakhali and Cumilla, and about "
        "5 million people are stranded or affected, officials said on Friday. Navy and army "
        "boats are rescuing people from rooftops, and volunteers from Dhaka have arrived with "
        "dry food. Mobile networks are down in most of Feni.",
        "disaster",
    ),
    (
        "Herat earthquakes flatten villages in Zindajan",
        "A series of earthquakes flattened whole villages in Zindajan district of Herat province "
        "on Saturday, killing more than 1,000 people, Taliban officials said. Survivors dug "
        "through the mud-brick rubble with shovels, and Taliban fighters helped carry the "
        "injured to the regional hospital. Aid agencies set up tents for families who lost their "
        "homes.",
        "disaster",
    ),
    (
        "Port Vila quake: buildings collapse, embassies damaged",
        "A 7.3-magnitude earthquake struck near Port Vila on Tuesday, collapsing buildings in "
        "the capital of Vanuatu, damaging the building that houses several embassies and "
        "triggering landslides on the main wharf road. At least 14 people were killed, the "
        "government said. Australian and New Zealand defence aircraft brought in search and "
        "rescue teams.",
        "disaster",
    ),
    (
        "At least 39 dead as launch catches fire on Sugandha river",
        "At least 39 people were killed when fire broke out in the engine room of the "
        "three-storey launch Abhijan-10 on the Sugandha river near Jhalakathi in the early hours "
        "of Friday, fire service officials said. Many passengers jumped into the cold river. The "
        "vessel was travelling from Dhaka to Barguna with hundreds of passengers on board.",
        "accident",
    ),
    (
        "Rana Plaza collapse: toll passes 1,000 as rescuers pull out survivor",
        "The death toll from the collapse of the Rana Plaza garment factory building in Savar "
        "passed 1,000 on Friday, more than two weeks after the eight-storey building came down, "
        "the army said. Rescuers pulled a woman out alive from the rubble on the same day. The "
        "building owner had ignored warnings about cracks in the walls.",
        "accident",
    ),
    (
        "Ferry capsizes on Lake Toba; scores missing",
        "An overloaded wooden ferry carrying about 190 people capsized in high waves on Lake "
        "Toba in North Sumatra on Monday evening, the national search and rescue agency said. "
        "Only 18 people have been rescued. The ferry had a permit for 43 passengers and also "
        "carried dozens of motorcycles.",
        "accident",
    ),
    (
        "Coromandel Express rams goods train near Balasore",
        "More than 280 people were killed when the Coromandel Express rammed a stationary goods "
        "train near Bahanaga Bazar station in Odisha's Balasore district on Friday evening, and "
        "derailed coaches were hit by another express train. The Railway Minister said the cause "
        "was a change in electronic interlocking. Army and NDRF teams joined the rescue.",
        "accident",
    ),
    (
        "Landslide at Hpakant jade mine buries scores of miners",
        "A heap of mining waste collapsed into a lake at a jade mine in Hpakant, Kachin State, "
        "after heavy rain on Thursday, burying more than 160 miners under a wave of mud and "
        "water, the fire services department said. Most were informal jade pickers searching "
        "waste dumps. Rescuers recovered bodies from the lake.",
        "accident",
    ),
    (
        "Container depot blaze in Sitakunda kills firefighters",
        "A fire and a series of explosions at a private container depot in Sitakunda, "
        "Chattogram, killed at least 41 people, including nine firefighters, officials said on "
        "Sunday. Containers of hydrogen peroxide exploded as fire crews tried to put out the "
        "blaze. Soldiers were deployed to prevent chemicals from flowing into the sea.",
        "accident",
    ),
    (
        "Yeti Airlines plane crashes near Pokhara, 72 aboard",
        "A Yeti Airlines ATR 72 carrying 72 people crashed into a gorge on approach to the new "
        "Pokhara International Airport on Sunday, killing everyone on board, officials said. "
        "Investigators later said the pilots had mistakenly cut power to the engines.",
        "accident",
    ),
    (
        "Air Force C-130 crashes in Sulu, 50 dead",
        "A Philippine Air Force C-130 transport plane carrying troops overshot the runway and "
        "crashed while landing at Jolo airport on Sunday, killing at least 50 people, including "
        "three civilians on the ground, the military said. Most on board were soldiers fresh "
        "from training. The military chief said there was no sign of hostile fire.",
        "accident",
    ),
    (
        "121 dead in stampede at Hathras religious congregation",
        "At least 121 people, most of them women, were killed in a stampede at a religious "
        "congregation in Hathras district of Uttar Pradesh on Tuesday, officials said. Devotees "
        "rushed to collect soil from the path of a self-styled godman as he left the venue, "
        "which had permission for 80,000 people.",
        "accident",
    ),
    (
        "Cyclone Ditwah: floods and landslides across Sri Lanka, air force joins rescue",
        "Cyclone Ditwah brought days of torrential rain to Sri Lanka, triggering floods and "
        "landslides in almost every district and killing more than 300 people, the Disaster "
        "Management Centre said on Sunday, with hundreds still missing in the central hills. Air "
        "Force helicopters plucked people from rooftops in the Kelani valley and dropped dry "
        "rations to villages in Kandy and Badulla cut off by landslides. Navy and army teams "
        "with boats were deployed in Colombo's suburbs, where the Kelani river burst its banks. "
        "More than 200,000 people were staying in schools, temples and other relief centres. The "
        "government declared a state of emergency and appealed for international help, and India "
        "sent a navy ship with relief supplies. Railway services in the hill country were "
        "suspended, and the tea estates of Nuwara Eliya were cut off for days.",
        "disaster",
    ),
]
