"""dev111 hard negatives, part a: wrecks, fires and crashes, smugglers, storms and quakes."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Hundreds feared missing after fishing boat packed with migrants sinks off Greece",
        "At least 78 people drowned and hundreds more were feared missing after a fishing boat "
        "packed with migrants capsized and sank off southern Greece early on Wednesday, in one of "
        "the worst disasters in the Mediterranean in years. The Greek coast guard said 104 people "
        "had been rescued, most of them men from Egypt, Syria, Pakistan and Afghanistan, and taken "
        "to the port of Kalamata. Survivors told aid workers there had been as many as 750 people "
        "on board, including women and children in the hold. The vessel had set off from Tobruk in "
        "eastern Libya bound for Italy, and had been spotted by a Frontex aircraft and shadowed by "
        "a coast guard patrol boat for several hours before it overturned about 47 nautical miles "
        "south-west of Pylos. Greek officials said the passengers had refused offers of help and "
        "wanted to continue to Italy, an account some survivors and rights groups have disputed. "
        "The sea at the spot is among the deepest in the Mediterranean, and coast guard officials "
        "said there was little hope of raising the hull. Greece declared three days of national "
        "mourning. In Kalamata, relatives who had travelled from Germany and the Netherlands waited "
        "outside a warehouse where survivors were being held, showing photos of brothers and "
        "cousins on their phones. Many of the Syrians on board had fled their country's civil war "
        "as children and spent years in Lebanon or Jordan, relatives said.",
        "accident",
    ),
    (
        "Five die in crush on overcrowded small boat off French coast",
        "Five people, including a seven-year-old girl, died in a crush on an overcrowded small boat "
        "trying to cross the Channel early on Tuesday, French authorities said. The inflatable had "
        "set off from a beach near Wimereux with about 110 people on board, and some were trampled "
        "when it ran into difficulty shortly after launching, the maritime prefecture for the "
        "Channel and North Sea said. A French navy patrol vessel picked up 47 people from the water, "
        "while the rest of the passengers refused to get off and carried on towards England. The "
        "deaths came hours after the UK Parliament passed a law to send some asylum seekers to "
        "Rwanda. French police said they had arrested two men suspected of steering the boat. "
        "Survivors were taken to Boulogne-sur-Mer, where firefighters and medical teams set up a "
        "reception point in the port. The girl was from Iraq and was travelling with her father, "
        "her aunt and three siblings, local officials said. More than 6,000 people have crossed the "
        "Channel in small boats so far this year, according to UK government figures, a record for "
        "the period. A charity worker in Calais said smugglers were now putting up to twice as many "
        "people into each boat as two years ago.",
        "accident",
    ),
    (
        "Fire tears through Rohingya camp in Bangladesh, leaving 12,000 without shelter",
        "A huge fire swept through a Rohingya refugee camp in southern Bangladesh on Sunday, "
        "destroying about 2,000 shelters and leaving some 12,000 people without a roof, officials "
        "said. The blaze broke out in the afternoon in Camp 11 at Balukhali, in Cox's Bazar "
        "district, and spread quickly through the tightly packed bamboo and tarpaulin homes, fanned "
        "by dry weather. Firefighters brought it under control after about three hours, and no "
        "deaths were reported. Dozens of learning centres, health posts and mosques were also "
        "burnt, the UN refugee agency said. The fire service said it was investigating the cause; "
        "a refugee leader said some residents suspected it had been started on purpose, but "
        "officials said there was no evidence of that. Families spent the night in the open or with "
        "relatives in neighbouring blocks, and aid groups handed out food, water and tarpaulins on "
        "Monday. More than a million Rohingya live in the camps, most of whom fled a military "
        "crackdown in Myanmar's Rakhine state in 2017. The camps have seen hundreds of fires in "
        "recent years, and the United Nations says many are caused by cooking stoves and faulty "
        "electrical connections.",
        "accident",
    ),
    (
        "Fire at migrant detention center in Ciudad Juárez kills 39",
        "A fire at a Mexican immigration detention center in Ciudad Juárez, across the border from "
        "El Paso, Texas, killed 39 men and injured 29 late Monday, officials said. Mexico's "
        "president said the fire had been started by migrants who set mattresses alight in protest "
        "after learning they would be deported. Security camera video that circulated on Tuesday "
        "showed two uniformed guards walking away from a locked cell as smoke filled it, without "
        'trying to open the door. "They left them to die," said a Venezuelan woman waiting outside '
        "the building for news of her husband. Most of the victims were from Guatemala, Honduras, "
        "Venezuela and El Salvador, Mexico's National Migration Institute said, and had been picked "
        "up on the streets of the city that day. The federal attorney general's office said it had "
        "opened a homicide investigation into the actions of the guards, a private security "
        "contractor and migration officials. Ciudad Juárez has filled up with migrants waiting to "
        "cross into the United States, and city officials had complained of people begging at "
        "intersections. The United Nations called for a full inquiry, and the victims' home "
        "countries asked for their bodies to be sent back.",
        "accident",
    ),
    (
        "Truck crash in southern Mexico kills dozens of migrants packed in trailer",
        "At least 54 people were killed and more than 100 injured when a tractor-trailer packed with "
        "migrants from Central America overturned on a curve near Tuxtla Gutiérrez, the capital of "
        "the southern state of Chiapas, on Thursday, authorities said. Survivors said about 160 "
        "people had been crammed into the trailer, which hit the base of a pedestrian bridge at "
        "high speed when the driver lost control. Images showed bodies lying beside the overturned "
        "white container, covered with sheets. Most of the passengers were from Guatemala, and "
        "others came from Honduras, Ecuador and the Dominican Republic, the Chiapas civil "
        "protection office said. The driver fled the scene. 'We felt it going too fast, and then "
        "everything turned over,' a young Guatemalan man with a bandaged arm told local television "
        "from a hospital bed. Migrants often pay smugglers thousands of dollars to travel hidden in "
        "trucks across Mexico to avoid immigration checkpoints. Guatemala's president declared "
        "three days of mourning and said his government would help repatriate the bodies. Local "
        "media said it was the deadliest road accident involving migrants in Mexico in more than a "
        "decade.",
        "accident",
    ),
    (
        "Boat carrying migrants to Yemen capsizes off Djibouti, IOM says",
        "At least 45 people drowned when a boat carrying migrants from Djibouti towards Yemen "
        "capsized in strong winds shortly after setting off, the International Organization for "
        "Migration said on Tuesday. The boat, with about 310 people on board, most of them "
        "Ethiopians, overturned near the coastal town of Khor Angar on Monday, the UN agency said. "
        "Djibouti's coast guard and local fishermen rescued 115 survivors, who were taken to a "
        "centre in Obock. 'The weather was very bad and the captain did not want to stop,' one "
        "survivor told IOM staff. The route across the Bab el-Mandeb strait to Yemen, and on by "
        "land towards Saudi Arabia, is known as the Eastern Route and is one of the busiest "
        "migration corridors in the world. Most of those who take it are young men and boys from "
        "Ethiopia's Oromia and Amhara regions looking for work in the Gulf, and many travel despite "
        "the war in Yemen, which has gone on for a decade. IOM said deaths on the route had risen "
        "sharply and called for more search and rescue capacity in the Gulf of Aden. The agency "
        "said it was giving food, water and medical care to the survivors, some of them children.",
        "accident",
    ),
    (
        "MSF says sexual violence against migrants in Darién jungle has surged",
        "Doctors Without Borders (MSF) said on Thursday that it had treated more than 200 migrants "
        "for sexual violence in Panama's Darién jungle in a single month, the highest figure since "
        "it began working on the route. Women told the charity's staff that groups of armed men had "
        "stopped them on the trail near the Colombian border, robbed them of money and phones and "
        "raped them, sometimes in front of their children. 'They made everyone undress to look for "
        "money, and then they took the women aside,' a Venezuelan woman said in testimony released "
        "by the group. MSF said the attacks happened mostly on a stretch of the trail between the "
        "border and the first Panamanian villages, where there is no police presence. Panama's "
        "border service said it had stepped up patrols and arrested several suspected robbers this "
        "year. Researchers say the Clan del Golfo, Colombia's largest drug trafficking group, "
        "controls the smuggling business on the Colombian side, charging migrants a fee to pass. "
        "More than 500,000 people crossed the Darién last year, most of them Venezuelans, Ecuadorans "
        "and Haitians heading for the United States.",
        "crime",
    ),
    (
        "Migrants held for ransom in Reynosa describe weeks in stash houses",
        "Migrants kidnapped in the Mexican border city of Reynosa were held for weeks in crowded "
        "houses and released only when relatives in the United States paid ransoms of up to "
        "$5,000, according to testimony gathered by a shelter run by a local church. Several "
        "Honduran and Haitian men told the Associated Press they were seized by armed men outside "
        "the bus station shortly after arriving in the city, and that their captors called their "
        'families in front of them to demand payment. "They showed us a video of what happens to '
        "people who don't pay,\" said a 26-year-old from San Pedro Sula, who was released after his "
        "brother in Houston sent money. Human Rights First, a US advocacy group, said it had "
        "documented more than 1,500 kidnappings and other attacks on migrants returned to or "
        "blocked in Mexico last year. Tamaulipas state prosecutors said they had freed 34 migrants "
        "from a house in a Reynosa suburb in a raid last week and arrested two men. Many migrants "
        "in the city are waiting for appointments to ask for asylum at the Hidalgo bridge. The "
        "church shelter said it had stopped letting people out after dark.",
        "crime",
    ),
    (
        "Smuggling ring jailed over deaths of 39 Vietnamese found in lorry in Essex",
        "Four men were jailed on Friday for their part in the deaths of 39 Vietnamese people who "
        "suffocated in a refrigerated lorry container found on an industrial estate in Grays, "
        "Essex. The ringleader, a haulier from Northern Ireland, was sentenced to 27 years, and the "
        "driver who collected the container at Purfleet was jailed for 13 years and four months. "
        "The victims, who included two 15-year-old boys, had paid smugglers up to £13,000 each for "
        "what they were told was a safe journey, the Old Bailey heard. They died in temperatures of "
        "up to 38.5C after the container was loaded on a ferry in Zeebrugge. Several of them sent "
        "farewell messages to their families, including a young woman who wrote that she was sorry "
        "she had failed and could not breathe. The judge said the men had treated the victims as "
        "cargo to be moved for profit. Most of the victims came from the provinces of Nghe An and Ha "
        "Tinh, where families borrow heavily to send relatives to work in Britain. Police in "
        "Vietnam, Belgium and France have arrested more than a dozen others linked to the network.",
        "crime",
    ),
    (
        "Smugglers sentenced in San Antonio tractor-trailer deaths",
        "Two men were sentenced to life in prison on Friday for their roles in smuggling migrants in "
        "a tractor-trailer that was found abandoned in San Antonio in 2022, where 53 people died "
        "of heat. A federal jury had found the pair guilty of conspiracy to transport migrants "
        "resulting in death. Prosecutors said the men were part of a network that moved people "
        "from Guatemala, Honduras and Mexico across the border and packed them into trailers in "
        "Laredo for the trip north. The trailer had no working air conditioning, and temperatures "
        'inside rose far above 40C on the day of the deaths, investigators testified. "These '
        'defendants knew the risks and chose profit anyway," the US attorney for the Western '
        "District of Texas said in a statement. Relatives of the victims who attended the hearing "
        "held photographs of their loved ones. The driver, who was found hiding nearby, had "
        "pleaded guilty earlier and is awaiting sentencing. The case was one of the deadliest "
        "smuggling incidents in the country's history.",
        "crime",
    ),
    (
        "Five shot dead near migrant camp at Loon-Plage, suspect hands himself in",
        "A man shot dead five people, two of them Kurdish migrants and three of them security "
        "guards, around the migrant camp at Loon-Plage near Dunkirk on Saturday afternoon, before "
        "turning himself in to police, prosecutors said. The 22-year-old French suspect first "
        "killed a man he knew in the nearby town of Wormhout, then drove to the camp area, where he "
        "shot two guards at an industrial site and two Kurdish men who were walking nearby, "
        "according to the Dunkirk prosecutor. He later walked into a police station and handed "
        "over his weapons. Investigators said they had found no link to any group and that the "
        "motive was still unclear. About 1,500 people, most of them Kurds from Iraq and Iran and "
        "Afghans, live in tents in the woods and fields around Loon-Plage while they wait to try "
        "to cross to Britain. Several people have been killed in the camp in recent years in "
        "shootings police attribute to rival smuggling networks. Aid groups said the camp's "
        "residents were shocked and frightened, and asked for shelter to be opened in the town.",
        "crime",
    ),
    (
        "Gang that sold boats and engines for Channel crossings jailed",
        "Eleven members of a gang that supplied inflatable boats and engines for hundreds of small "
        "boat crossings of the Channel were jailed for a total of 63 years on Wednesday, the "
        "National Crime Agency said. The group bought boats in Bulgaria and Turkey, stored them in "
        "warehouses in Germany and drove them to the beaches of northern France in vans, "
        "investigators told Ipswich Crown Court. The NCA said the network had supplied enough "
        "equipment to carry at least 10,000 people. Its leader, an Iraqi Kurd living in Essex, "
        "organised the deliveries by phone and was paid in cash through money couriers, the court "
        "heard. He was sentenced to 12 years. The investigation, run with German and French police, "
        "began after officers stopped a van near Calais with four boats and engines inside. 'This "
        "was a business that made money from putting people in danger,' an NCA branch commander "
        "said. The government has said that breaking the smuggling gangs is its main tool for "
        "cutting the number of crossings, which rose to more than 36,000 last year.",
        "crime",
    ),
    (
        "Cyclone Mocha tears through Rohingya camps as Bangladesh evacuates coast",
        "Cyclone Mocha battered the Rohingya refugee camps in southern Bangladesh on Sunday, "
        "damaging or destroying more than 1,300 shelters and tearing the roofs off clinics and "
        "learning centres, aid agencies said. The storm made landfall near the border with Myanmar "
        "with winds of about 200km an hour, but swung east of Cox's Bazar, sparing the district the "
        "worst of its surge. Bangladeshi authorities moved about 750,000 people on the coast to "
        "storm shelters before it hit, and army units were on standby with boats and rescue "
        "equipment. Refugees had spent the previous day tying down tarpaulins with ropes and "
        "sandbags, and volunteers went from block to block with megaphones warning of landslides on "
        "the steep slopes of the camps. No deaths were reported in the camps, though several people "
        "were injured by falling trees. The nearly one million Rohingya in Cox's Bazar live in "
        "bamboo shelters that are not built to withstand strong winds. Across the border in "
        "Rakhine state, where the storm hit hardest, local media reported heavy damage in the "
        "town of Sittwe.",
        "disaster",
    ),
    (
        "Floods swamp Dadaab camps, forcing thousands of refugees to move",
        "Heavy rains have flooded large parts of the Dadaab refugee camps in north-eastern Kenya, "
        "washing away latrines and forcing more than 20,000 refugees to move to higher ground, the "
        "Kenya Red Cross said on Wednesday. Water rose waist-high in parts of the Ifo and Dagahaley "
        "camps after the Ewaso Ng'iro river burst its banks, and families waded through the water "
        "carrying mattresses and cooking pots. Aid workers said they were worried about cholera, as "
        "flooded latrines had overflowed into the water in which children were playing. The rains "
        "are linked to the El Niño weather pattern, which has brought floods across the Horn of "
        "Africa after a drought that lasted three years. Roads between Garissa and the camps were "
        "cut, and food trucks were waiting for the water to recede. The camps, which hold more "
        "than 350,000 people, most of them from Somalia, were built on flat, clay-rich land that "
        "drains poorly. Kenya's government said it had sent soldiers with boats to help with the "
        "relocation and distribution of food.",
        "disaster",
    ),
    (
        "Syrian refugees who fled war left homeless again by Türkiye earthquake",
        "Syrian refugees in the southern Turkish province of Hatay say they have lost everything for "
        "a second time after last week's earthquakes destroyed the apartments where they had "
        "rebuilt their lives. 'We came here in 2013 with nothing, and now again we have nothing,' "
        "said Mahmoud, a tailor from Aleppo who has been sleeping in a tent in a park in Antakya "
        "with his wife and four children. Hatay, which borders Syria, was home to about 350,000 "
        "registered Syrians before the quakes, one of the largest refugee populations in any "
        "Turkish province. Thousands of Syrians have crossed back into Syria's north-west to stay "
        "with relatives, using a special permit that lets them return to Türkiye within six months. "
        "Some said they had faced hostility in queues for aid, where a few residents blamed "
        "refugees for looting. More than 44,000 people were killed in Türkiye by the two "
        "earthquakes on 6 February, and millions remain without proper housing. Aid groups working "
        "with Syrians said many had trouble getting help because their registered addresses were "
        "in buildings that no longer existed.",
        "disaster",
    ),
]
