"""Positives: missile and drone attacks on Ukrainian cities and energy, strikes, sabotage and
attacks inside Russia, 2022 to 2025.

Labels follow eval/README.md, section 1; see eval/dev67/README.md."""

POSITIVES = [
    (
        "Missile hits Kyiv children's hospital in daytime attack",
        "A Russian missile struck Okhmatdyt, Ukraine's largest children's hospital, in Kyiv "
        "on Monday morning during one of the heaviest attacks on the capital in months, "
        "damaging the toxicology and intensive care wards. Doctors and parents carried "
        "children out as rescuers searched the rubble of one building. City officials said at "
        "least 27 people were killed across Kyiv. The air force said it shot down 30 of 38 "
        "missiles.",
        "E V H",
        "missile attack",
    ),
    (
        "Air defences down 40 of 52 drones; debris damages houses near Kyiv",
        "Russia attacked Ukraine overnight with 52 Shahed-type drones and decoys, the air "
        "force said on Thursday, adding that air defences had shot down 40 and another nine "
        "were lost to electronic warfare. Falling debris damaged two private houses and a car "
        "in the Obukhiv district, the regional governor wrote on Telegram. No one was hurt.",
        "E",
        "drone attack",
    ),
    (
        "Massive strike on power grid leaves millions without electricity",
        "Russia fired more than 90 missiles and about 200 drones at Ukraine's energy system "
        "early on Sunday, hitting thermal power plants, substations and gas production sites "
        "in at least eight regions, the energy minister said. Grid operator Ukrenergo ordered "
        "emergency blackouts in Kyiv, Odesa and Dnipro regions. The private energy company "
        "DTEK said one of its plants had been seriously damaged for the ninth time since "
        "March. In Lviv, water pumps stopped and trams stood still for several hours. The "
        "president appealed to allies for more air defence systems.",
        "E",
        "strike on energy infrastructure",
    ),
    (
        "Drones hit grain terminals in Izmail port on the Danube",
        "Russian drones struck port and grain infrastructure in Izmail on the Danube "
        "overnight, damaging warehouses and a grain elevator and injuring six people, the "
        "Odesa regional governor said. About 40,000 tonnes of grain meant for Africa, China "
        "and Israel was destroyed. The port lies across the river from Romania.",
        "E",
        "drone attack",
    ),
    (
        "Ballistic missiles hit Sumy city centre on Palm Sunday",
        "Two Russian ballistic missiles hit the centre of Sumy on Sunday morning as people "
        "were going to church for Palm Sunday, killing 35 people, including two children, and "
        "wounding 117, officials said. One missile struck near a university conference centre "
        "and the other exploded over a street, hitting a trolleybus. Russia's defence "
        "ministry said it had targeted a meeting of Ukrainian commanders.",
        "E V",
        "missile strike",
    ),
    (
        "Rescuers search rubble of Dnipro apartment block after Kh-22 strike",
        "Rescuers pulled a young woman alive from the rubble of a nine-storey apartment block "
        "in Dnipro on Sunday, a day after a Russian Kh-22 missile destroyed an entire section "
        "of the building. The death toll rose to 40, with more than 30 people still missing, "
        "the regional governor said. About 400 residents were left without homes.",
        "E D",
        "missile strike",
    ),
    (
        "Drone attack sets fire to refinery in Russia's Krasnodar region",
        "A Ukrainian drone attack caused a fire at the Afipsky oil refinery in Russia's "
        "Krasnodar region early on Saturday, regional authorities said, adding that debris "
        "from a downed drone had fallen on a processing unit. The fire was put out by morning "
        "and no one was hurt. Russia's defence ministry said air defences destroyed 41 "
        "Ukrainian drones overnight, 20 of them over Krasnodar and Crimea. A source in "
        "Ukraine's SBU security service said it was behind the attack.",
        "E",
        "drone attack inside Russia",
    ),
    (
        "Shelling of Belgorod city centre kills 25",
        "Shelling and cluster munitions hit the centre of the Russian city of Belgorod on "
        "Saturday afternoon, killing 25 people, including five children, and injuring more "
        "than 100 near a skating rink and a shopping centre, the regional governor said. "
        "Russia blamed Ukraine and said most of the incoming missiles had been shot down over "
        "the city. Dozens of parked cars caught fire. Ukraine's military did not comment. A "
        "day earlier Russia had launched one of its largest air attacks of the war on "
        "Ukrainian cities.",
        "E V",
        "shelling",
    ),
    (
        "SBU drones launched from lorries hit bombers at Russian air bases",
        "Ukraine's SBU security service said on Sunday it had hit 41 Russian military "
        "aircraft, including strategic bombers, at four air bases, among them Olenya in the "
        "Murmansk region and Belaya in Irkutsk, more than 4,000 km from Ukraine. The drones "
        "had been smuggled into Russia and were launched from the roofs of wooden cabins "
        "loaded on lorries parked near the bases. The operation, called Spiderweb, had been "
        "prepared for a year and a half, the SBU said. Russia's defence ministry confirmed "
        "that several aircraft had caught fire and said some suspects had been detained.",
        "E M",
        "drone attack inside Russia",
    ),
    (
        "Russian general killed by bomb hidden in scooter outside Moscow home",
        "Lieutenant General Igor Kirillov, head of Russia's radiological, chemical and "
        "biological defence troops, was killed on Tuesday morning when a bomb hidden in an "
        "electric scooter exploded as he left his apartment building in southeast Moscow, the "
        "Investigative Committee said. His aide was also killed. The committee opened a "
        "terrorism case. A source in Ukraine's SBU said the service was behind the killing.",
        "E T",
        "assassination",
    ),
    (
        "Gunmen open fire at Crocus City Hall concert and set building ablaze",
        "Gunmen in camouflage opened fire on people gathering for a rock concert at the "
        "Crocus City Hall venue outside Moscow on Friday evening and set the building on "
        "fire, killing at least 60 people, Russia's Investigative Committee said, calling it "
        "a terrorist attack. The Islamic State group claimed responsibility through its Amaq "
        "news agency. The FSB said 11 people had been detained, four of them directly "
        "involved. Video showed people hiding behind seats as shots rang out. The roof of the "
        "concert hall collapsed in the fire, and rescuers were searching for people trapped "
        "inside.",
        "T V",
        "terrorist attack",
    ),
    (
        "Freight train derails after blast on railway in Bryansk region",
        "A locomotive and about 20 wagons of a freight train came off the tracks in Russia's "
        "Bryansk region on Monday after an unidentified explosive device went off under the "
        "rails, the regional governor said. No one was hurt. It was the second blast on the "
        "region's railways in two days. Ukrainian media, citing sources in military "
        "intelligence, said both targeted trains carrying supplies to Russian forces.",
        "E",
        "sabotage",
    ),
    (
        "Missile hits pizza restaurant in Kramatorsk as diners eat",
        "A Russian Iskander missile hit a popular pizza restaurant in central Kramatorsk on "
        "Tuesday evening, killing 13 people, among them teenage twin sisters, and wounding "
        "60, the National Police said. Among the dead was the Ukrainian writer Victoria "
        "Amelina, who was dining with a group of Colombian writers and journalists. Police "
        "detained a man suspected of filming the restaurant for the Russians.",
        "E V",
        "missile strike",
    ),
    (
        "Drone hits reactor dome at Zaporizhzhia nuclear plant, IAEA says",
        "A drone struck the dome of reactor unit 6 at the Russian-held Zaporizhzhia nuclear "
        "power plant on Sunday, the International Atomic Energy Agency said, the first direct "
        "hit on a reactor containment since 2022. Damage was superficial and radiation levels "
        "stayed normal. The plant's Russian management blamed Ukraine, which denied it.",
        "E",
        "drone attack",
    ),
    (
        "Drone hits Odesa apartment building, killing 12 including a baby",
        "A Russian drone hit a nine-storey apartment building in Odesa on Saturday, killing "
        "12 people, among them a four-month-old girl and her mother, the regional governor "
        "said. Rescuers worked through the night to reach the upper floors, and the city "
        "declared two days of mourning.",
        "E",
        "drone strike",
    ),
    (
        "Blast on Crimean Bridge sets fuel train ablaze, drops road spans",
        "A powerful blast hit the road-and-rail bridge linking Russia to annexed Crimea early "
        "on Saturday, bringing down two spans of the road section and setting fire to seven "
        "fuel tank wagons on the parallel railway, Russian authorities said. Three people in "
        "a car were killed. Russian investigators said a lorry packed with explosives had "
        "blown up. Ukraine did not claim responsibility. Rail traffic across the bridge "
        "resumed the same evening.",
        "E",
        "bombing",
    ),
    (
        "Mob storms Makhachkala airport hunting for passengers from Israel",
        "Hundreds of men stormed the airport in Makhachkala, the capital of Russia's Dagestan "
        "region, on Sunday evening after a flight from Tel Aviv landed, breaking through "
        "doors, running onto the runway and checking passengers' passports, videos showed. "
        "Some shouted antisemitic slogans. Riot police cleared the airport after several "
        "hours. The regional health ministry said 20 people were hurt, including police "
        "officers, and 60 people were detained.",
        "U V",
        "mob violence",
    ),
]
