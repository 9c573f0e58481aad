"""dev195 positives (2 of 2): Pakistan, India, Kenya, Lagos, Syria, Colombia, Israel, Iraq,
Ukraine, Somalia, Mozambique, Burkina Faso, Bangladesh, Mexico, France and Ireland;
eval/README.md, section 1."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Kurram clashes leave market and homes in ashes, families flee to Peshawar",
        "Tribal fighting in Pakistan's Kurram district has left at least 42 people "
        "dead over five days, officials said on Sunday, as armed men from rival sects"
        " exchanged fire with heavy weapons across several villages near Parachinar. "
        "Dawn reported that a market of more than 100 shops and about 150 houses were"
        " set on fire in Bagan on Saturday. Hundreds of families have left for Hangu,"
        " Kohat and Peshawar, where relatives have taken them in. The roads to "
        "Parachinar have been closed for weeks, and residents say fuel, flour and "
        "medicine are running short. The provincial government said a jirga was "
        "trying to broker a truce and that paramilitary troops had been deployed. A "
        "schoolteacher from Bagan said his family had lost the house his grandfather "
        'built. "We will not go back until the guns are taken away," he said.',
        "B V D H",
        "sectarian clashes",
    ),
    (
        "Houses torched in Manipur's Jiribam as violence spreads",
        "Mobs set fire to at least 16 houses and a church in Manipur's Jiribam "
        "district on Saturday night, police said, as communal violence that has "
        "gripped the state returned to an area that had largely been spared. Armed "
        "men also fired at police posts, and security forces said they had exchanged "
        "fire with them for more than an hour. More than 600 people fled to relief "
        "camps run in school buildings and community halls. Internet services were "
        "suspended and a curfew was imposed across the district. Since May 2023, "
        "clashes between Meitei and Kuki-Zo communities have killed more than 250 "
        "people and destroyed thousands of homes, according to official figures. The "
        "state government says it is building prefabricated houses for displaced "
        "families, but only a few hundred have been finished. Residents of the camps "
        "complain that the units are far from their fields.",
        "U B V D",
        "communal violence",
    ),
    (
        "Police fire tear gas at Nairobi protesters over housing levy and taxes",
        "Kenyan police fired tear gas and water cannon at thousands of protesters in "
        "central Nairobi on Tuesday as demonstrators tried to march on Parliament to "
        "oppose a finance bill that includes a 1.5% housing levy on salaries. "
        "Witnesses said officers also fired live rounds near the Central Business "
        "District, and the Kenya National Commission on Human Rights said at least "
        "two people had been shot dead. Protesters threw stones and set fire to tyres"
        " on Moi Avenue. The government says the levy will fund 200,000 affordable "
        "homes a year under President Ruto's housing programme. Critics argue that "
        "workers are being taxed for houses most of them will never be able to buy. "
        "The protests, organised largely online by young Kenyans, spread to Mombasa, "
        "Kisumu and Nakuru. Dozens of people were arrested, police said.",
        "U",
        "crackdown",
    ),
    (
        "Police fire tear gas as Lagos waterfront community is demolished",
        "Nigerian police fired tear gas and shot into the air on Thursday as "
        "residents of a waterfront settlement in Lagos tried to stop bulldozers "
        "demolishing their homes, witnesses and rights groups said. Several residents"
        " were injured, and young men set fire to tyres and threw stones at the "
        "officers, who arrested at least 20 people. The state government said the "
        "shacks and houses were illegal structures on land reserved for a coastal "
        "road and luxury housing project. Residents said they had lived on the site "
        "for decades and had received only seven days' notice. By evening, hundreds "
        "of families were sitting with their belongings on the shoreline, with "
        "nowhere to go. Amnesty International said the demolition defied a court "
        "order and called for compensation. Lagos authorities have cleared several "
        "informal settlements along the lagoon in recent years, saying they pose "
        "environmental and security risks.",
        "U",
        "forced eviction",
    ),
    (
        "Homes burned in Sweida villages as clashes spread in southern Syria",
        "Clashes between Druze fighters and Bedouin tribal gunmen backed by "
        "government security forces spread to villages west of Sweida on Wednesday, "
        "with witnesses reporting homes looted and burned on both sides. The Syrian "
        "Observatory for Human Rights said more than 300 people had been killed in "
        "four days of fighting, including civilians shot in their homes. Israel "
        "carried out airstrikes on government forces near the city, saying it was "
        "acting to protect the Druze. Thousands of Bedouin families fled villages in "
        "the province toward Daraa, while Druze residents sheltered in the city. A "
        "local engineer said stone houses built by emigrants with money earned in "
        'Venezuela had been set alight in his village. "It took them 30 years to '
        'build and an hour to burn," he said. The interim government announced a '
        "ceasefire that collapsed within hours.",
        "B E V D",
        "clashes",
    ),
    (
        "Sheikh Maqsoud residents flee as Aleppo clashes turn neighbourhood into front line",
        "Fighting between government forces and Kurdish-led units in Aleppo's Sheikh "
        "Maqsoud and Ashrafieh neighbourhoods killed at least seven people on Monday,"
        " a war monitor and local officials said. Mortar rounds and drone strikes hit"
        " residential buildings on both sides of the line, and residents fled on foot"
        " towards the city centre. The Kurdish-led administration said government "
        "shelling had struck a bakery and an apartment block. The defence ministry in"
        " Damascus accused the Kurdish units of firing on army positions and on "
        "civilians. The clashes come as Aleppo's governorate launches a plan to "
        "rebuild the Old City and areas destroyed in the war, and property prices in "
        "western districts have risen with returning expatriates. Real estate agents "
        "said several sales in the area were cancelled within hours. A truce brokered"
        " by the United States was announced late on Monday.",
        "B E D",
        "clashes",
    ),
    (
        "Catatumbo fighting fills Cúcuta's hostels and pushes up rents",
        "Clashes between the ELN guerrilla and dissidents of the former FARC in "
        "Colombia's Catatumbo region have displaced more than 50,000 people in three "
        "weeks, the ombudsman's office said, the largest displacement in the country "
        "in decades. Families arrived in Cúcuta on trucks and buses, many after "
        "fleeing their farms with only what they could carry. The city has filled its"
        " stadium, hostels and schools, and the mayor's office said more than 5,000 "
        "people were sleeping in temporary shelters. Local estate agents said rents "
        "for small flats had risen by about 30% since the fighting began. The "
        "government declared a state of internal commotion and sent troops to the "
        "region. At least 80 people have been killed, including signatories of the "
        "2016 peace deal. The World Food Programme said it was distributing food "
        "rations at the shelters.",
        "B M D H",
        "clashes",
    ),
    (
        "Iranian missile hits Bat Yam tower; residents moved to hotels as claims pile up",
        "An Iranian ballistic missile struck a residential tower in Bat Yam "
        "overnight, killing six people and injuring more than 100, Israeli emergency "
        "services said. Dozens of flats were destroyed and the municipality said at "
        "least 60 surrounding buildings had been damaged by the blast. About 1,200 "
        "residents were moved to hotels along the coast. The Property Tax Authority's"
        " compensation fund, which pays for war damage, said it had received more "
        "than 20,000 claims since the exchange of fire with Iran began. Engineers "
        "told Haaretz that at least two of the damaged towers would have to be "
        "demolished. Many of the buildings in the area were built in the 1960s and "
        "have no reinforced safe rooms. Developers said the strikes would add "
        "pressure for urban renewal projects that replace old blocks with towers that"
        " include shelters.",
        "E D",
        "missile strike",
    ),
    (
        "Missile strike destroys Erbil villa of Kurdish property developer",
        "Ballistic missiles struck a residential area near Erbil's airport late on "
        "Monday, destroying the home of a prominent Kurdish real estate developer and"
        " killing him and members of his family, Kurdistan Region officials said. "
        "Iran's Revolutionary Guards said they had targeted an \"espionage "
        'headquarters". The Kurdistan Regional Government rejected the claim, saying '
        "the dead were civilians. Neighbours said the blasts shattered windows in a "
        "gated housing compound built by the developer's company. The developer had "
        "built several high-rise towers and a luxury villa project that changed "
        "Erbil's skyline over the past decade. Iraq's foreign ministry recalled its "
        "ambassador from Tehran. Agents said some buyers in Erbil's new compounds had"
        " put purchases on hold.",
        "E",
        "missile strike",
    ),
    (
        "Kherson residents leave riverside blocks as shelling intensifies",
        "Russian shelling and drone attacks on Kherson killed three civilians and "
        "damaged 14 apartment buildings on Monday, the regional administration said. "
        "Drones hunting cars and pedestrians have made parts of the riverside "
        "districts almost impossible to live in. The city is organising evacuations "
        "from blocks near the Dnipro, and volunteers said they had taken more than 70"
        " elderly residents out last week. Some of them had refused to leave for two "
        "years. Housing officials said that about a third of the city's pre-war "
        "population still lives there. Those who leave can apply for temporary "
        "housing in Mykolaiv or Odesa, but rents there have climbed as people have "
        "arrived from the south. Ukraine's eRecovery scheme has so far paid for "
        "windows and roofs for thousands of Kherson flats, but not for new homes.",
        "E D",
        "shelling",
    ),
    (
        "Al-Shabaab car bomb wrecks Mogadishu building site near ministries",
        "A car bomb exploded outside a construction site near Mogadishu's ministries "
        "district on Thursday, killing at least nine people, most of them labourers, "
        "police said. The al-Shabaab militant group said it had carried out the "
        "attack, claiming it targeted government officials. The blast collapsed part "
        "of a six-storey office and apartment building that a Somali diaspora "
        "investor had been putting up since last year, and shattered windows across "
        "the street. Witnesses said the workers had been mixing concrete on the "
        "ground floor when the explosion went off. Mogadishu has seen a building boom"
        " in recent years, financed largely by money sent home from abroad, with new "
        "hotels and apartment blocks rising along the main roads. Investors say the "
        "attacks have not stopped construction, but insurance is unavailable and "
        "guards now cost more than cement. The government vowed to step up its "
        "offensive against the group.",
        "E T",
        "car bomb",
    ),
    (
        "Insurgents burn homes in Macomia as Cabo Delgado violence flares again",
        "Islamic State-linked insurgents attacked Macomia town in Mozambique's Cabo "
        "Delgado province on Friday, burning houses, looting shops and the district "
        "hospital and exchanging fire with soldiers for several hours, residents and "
        "security sources said. Several hundred fighters entered the town early in "
        "the morning, witnesses told AFP. Thousands of residents fled into the bush "
        "and towards the coast, according to the International Organization for "
        "Migration. A local official said about 200 homes had been burned, many of "
        "them rebuilt with aid money after a previous attack in 2020. Rwandan troops "
        "deployed in the province were sent to the area. The conflict, which began in"
        " 2017, has displaced more than a million people at its peak. The "
        "TotalEnergies-led gas project on the Afungi peninsula has been on hold since"
        " an attack on Palma in 2021.",
        "T B V D",
        "insurgent attack",
    ),
    (
        "JNIM fighters burn town in northern Burkina Faso, survivors reach Kaya",
        "Fighters from the al-Qaeda-linked JNIM group attacked the town of Djibo's "
        "outskirts and two nearby villages in northern Burkina Faso at the weekend, "
        "setting fire to houses and the market and killing dozens of civilians and "
        "volunteer auxiliaries, local sources said. Survivors who reached Kaya on "
        "Tuesday said the attackers had ordered residents out of their homes before "
        "burning them. The junta has not released a toll. Kaya, once a market town of"
        " about 60,000 people, now hosts several times that number of displaced "
        "people in camps and rented rooms. Aid groups say the construction of "
        'shelters has stalled because the roads are cut. "We are sleeping ten to a '
        'room," said a woman who fled with six children. Burkina Faso has more than '
        "two million internally displaced people, one of the largest such populations"
        " in Africa.",
        "T V D H",
        "jihadist attack",
    ),
    (
        "Mobs torch homes of Awami League leaders and Hindu families after Hasina's fall",
        "Mobs attacked and set fire to homes belonging to leaders of Sheikh Hasina's "
        "Awami League in several districts of Bangladesh on Tuesday, a day after the "
        "prime minister fled the country, police and local media said. In Dhaka, the "
        "house of a former minister in Dhanmondi was looted and burned, and the "
        "party's office was ransacked. Hindu community groups said dozens of homes "
        "and shops owned by Hindu families had been attacked in the north and "
        "south-west. Police officers had largely disappeared from the streets after "
        "stations were attacked during weeks of violent protests. Students formed "
        "volunteer groups to guard temples and neighbourhoods. Property lawyers said "
        "they expected a wave of disputes over houses and land seized during the "
        "unrest. The army chief said an interim government would be formed soon.",
        "U V",
        "mob violence",
    ),
    (
        "Culiacán's property market freezes as cartel factions fight in the streets",
        "Gun battles between rival factions of the Sinaloa cartel have turned parts "
        "of Culiacán into no-go areas, with residents of gated estates in the city's "
        "south reporting gunmen setting up roadblocks and burning vehicles. At least "
        "14 people were killed over the weekend, state prosecutors said, as the feud "
        'between the "Chapitos" and the followers of Ismael "El Mayo" Zambada entered'
        " its fifth month. Soldiers exchanged fire with gunmen on the road to the "
        "airport. Estate agents said sales had collapsed, and a developer that had "
        "launched a tower of 90 flats in 2023 said it had paused construction. "
        "Families from the outlying hamlets of Elota and Cosalá have moved into "
        "rented rooms in the city after gunmen occupied their villages. Schools held "
        'classes online for several weeks. "Nobody is buying, everybody is trying to '
        'sell," an agent said.',
        "B D",
        "cartel war",
    ),
    (
        "Social housing offices burned as riots spread across French suburbs",
        "Rioters set fire to town halls, police stations and the offices of a social "
        "housing landlord in several Paris suburbs on a third night of unrest after "
        "police shot dead a 17-year-old at a traffic stop in Nanterre. The interior "
        "ministry said 667 people had been arrested nationwide and that 249 officers "
        "had been injured. In Nanterre, youths fired fireworks at riot police, who "
        "responded with tear gas and stun grenades. The local landlord said its "
        "agency on the Pablo Picasso estate had been gutted and its records "
        "destroyed. Residents of the estate, where about 12,000 people live in "
        "high-rise blocks built in the 1970s, said anger over policing had mixed with"
        " years of complaints about broken lifts and delayed renovation. The "
        "government said it would deploy 40,000 officers on Friday night.",
        "U",
        "riot",
    ),
    (
        "Former factory earmarked for asylum seekers set ablaze in Dublin riot",
        "A disused factory in Coolock that the Irish government planned to use to "
        "house asylum seekers was set on fire on Monday night, as protesters threw "
        "petrol bombs and bricks at gardaí guarding the site. Police said six "
        "officers were injured and a security guard's car was burned. Fire crews "
        "fought the blaze for several hours. The garda commissioner said the violence"
        ' had been "orchestrated" and that a number of arrests had been made. The '
        "site, which the state bought last year, was meant to hold about 500 "
        "international protection applicants in converted units. The protests began "
        "weeks ago as peaceful gatherings outside the gates. Housing campaigners say "
        "the shortage of homes in Dublin has fed anger that far-right groups have "
        "exploited.",
        "U",
        "arson",
    ),
]
