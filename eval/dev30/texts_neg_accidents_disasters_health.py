"""Negatives of eval/dev30, accidents, disasters and health: (title, text, kind code)."""

NEGATIVES = [
    (
        "Massive explosion at Beirut port kills scores, devastates city",
        "BEIRUT — A massive explosion at Beirut's port on Tuesday evening killed at least 100 "
        "people, wounded about 4,000 and caused destruction across much of the Lebanese capital, "
        "officials said. The blast sent a mushroom cloud into the sky and a shockwave that "
        "shattered windows kilometres away and was felt in Cyprus, about 240 kilometres away. "
        "Lebanon's prime minister said the explosion was caused by about 2,750 tonnes of "
        "ammonium nitrate that had been stored in a warehouse at the port for six years without "
        "safety measures. Officials said a fire in a nearby warehouse appeared to have ignited "
        "the chemicals. Lebanon's Supreme Defence Council declared Beirut a disaster zone and "
        "ordered an investigation. Hospitals, several of them damaged, were quickly overwhelmed, "
        'and the Red Cross set up triage centres in car parks. "It was like an earthquake. The '
        'whole building moved, then everything fell," said a resident of the Gemmayzeh district, '
        "her face cut by glass. The governor of Beirut said up to 300,000 people had been left "
        "without homes, and that the damage could cost billions of dollars. Israel, which has "
        "fought several wars with Lebanon, denied any involvement, and Lebanese officials said "
        "there was no sign of an attack. Countries including France, Qatar and Iran sent field "
        "hospitals, rescue teams and medical supplies. Lebanon was already in the grip of its "
        "worst economic crisis in decades. The ammonium nitrate had been unloaded from a cargo "
        "ship, the Rhosus, that was impounded in Beirut in 2013, and customs officials had "
        "written to the courts several times asking for it to be removed or sold, documents "
        "later published online showed. On Wednesday, rescuers were still searching the rubble "
        "of the port for missing workers, and relatives posted photos of missing people on "
        "social media. The grain silos at the port, which held most of the country's wheat "
        "reserves, were badly damaged, raising fears of bread shortages. Angry residents blamed "
        "decades of corruption and mismanagement by the political class. The government "
        "announced that port officials had been placed under house arrest pending the "
        "investigation.",
        "accident",
    ),
    (
        "Hundreds feared drowned as fishing boat carrying migrants sinks off Greece",
        "KALAMATA, Greece — A fishing boat packed with migrants capsized and sank in "
        "international waters off southern Greece early on Wednesday, and at least 78 people "
        "were confirmed dead, with hundreds more feared missing, the Greek coastguard said. "
        "Rescuers pulled 104 survivors from the sea, all men, most of them from Egypt, Syria, "
        "Pakistan and the Palestinian territories, and took them to the port of Kalamata. "
        "Survivors told aid workers that between 400 and 750 people had been on board, including "
        "women and children in the hold, and that the boat had set out from eastern Libya for "
        "Italy. The coastguard said it had monitored the vessel for hours and that those on "
        "board had repeatedly refused help and insisted on continuing to Italy, an account "
        "disputed by rights groups and some survivors, who said the boat capsized while a "
        "coastguard vessel was trying to tow it. The waters in the area are among the deepest in "
        'the Mediterranean, making recovery of the wreck unlikely. "My brother was downstairs. '
        'He did not come up," a Syrian survivor told relatives outside a warehouse where '
        "survivors were housed. Greece declared three days of national mourning. The UN refugee "
        "agency and the International Organization for Migration called for an urgent "
        "investigation and for safe routes for migrants. It is one of the deadliest shipwrecks "
        "in the Mediterranean in a decade.",
        "accident",
    ),
    (
        "Plane crashes into gorge in Nepal's Pokhara, killing all 72 on board",
        "POKHARA, Nepal — A passenger plane crashed into a river gorge as it approached the "
        "newly opened airport in the tourist city of Pokhara on Sunday, killing all 72 people on "
        "board in Nepal's deadliest air accident in three decades, officials said. The Yeti "
        "Airlines ATR 72 turboprop was flying from Kathmandu with 68 passengers, including 15 "
        "foreigners, and four crew members. Video filmed from a rooftop showed the plane banking "
        "sharply to the left at low altitude before plunging out of sight, followed by a large "
        "explosion. Soldiers and police rescue teams lowered themselves into the gorge of the "
        'Seti river with ropes to recover bodies from the burning wreckage. "We saw the plane '
        'shaking in the air, then it went down," said a woman who lives near the crash site. The '
        "government set up a commission to investigate and declared a national day of mourning. "
        "Investigators later said the pilots had mistakenly cut power to the engines by moving "
        "the wrong levers during the approach. Nepal, home to eight of the world's 14 highest "
        "mountains, has a poor air safety record, and the European Union bans Nepali airlines "
        "from its airspace. Pokhara, the starting point for treks in the Annapurna region, had "
        "opened its international airport only two weeks earlier. Relatives gathered at the "
        "hospital in Pokhara to identify the dead, and the airline cancelled its flights the "
        "next day.",
        "accident",
    ),
    (
        "Fire sweeps through Rohingya refugee camp, leaving thousands homeless",
        "COX'S BAZAR, Bangladesh — A huge fire swept through a Rohingya refugee camp in southern "
        "Bangladesh on Monday, destroying about 10,000 shelters and leaving more than 45,000 "
        "people without a home, the UN refugee agency said. At least 15 people were killed and "
        "hundreds are missing, officials said. The blaze began in the afternoon in the Balukhali "
        "camp and spread quickly through the bamboo and tarpaulin shelters, fanned by wind and "
        "by exploding gas cylinders used for cooking. Firefighters took about ten hours to bring "
        "it under control. Refugees said barbed-wire fences around the camps had made it harder "
        'to escape. "We ran with the children. We could not take anything. Everything is ash," '
        "said Mohammad Rafiq, 43, who was looking for his elderly mother. Aid agencies set up "
        "temporary shelters and distributed food and water, and a hospital run by an aid group "
        "was destroyed. The cause of the fire was not known, and the authorities ordered an "
        "investigation. Fires are common in the crowded camps, which are home to nearly a "
        "million Rohingya who fled persecution and violence in neighbouring Myanmar, most of "
        "them in 2017. Bangladesh's disaster management ministry said it would rebuild the "
        "shelters as quickly as possible. Aid groups have called for a review of fire safety in "
        "the camps, including the fences.",
        "accident",
    ),
    (
        "Earthquake death toll in Turkey and Syria passes 20,000 as aid trickles into rebel-held "
        "north-west",
        "ANTAKYA, Turkey — The death toll from the earthquake that struck southern Turkey and "
        "northern Syria on Monday passed 20,000 on Thursday, as rescuers raced to pull survivors "
        "from the rubble in freezing temperatures and the first UN aid convoy crossed into the "
        "opposition-held north-west of Syria. The magnitude 7.8 quake and a powerful aftershock "
        "flattened thousands of buildings across ten Turkish provinces and in the Syrian "
        "provinces of Idlib, Aleppo and Hama. The six trucks carried tents, blankets and hygiene "
        "kits through the Bab al-Hawa crossing, the only route approved by the UN Security "
        "Council for cross-border aid to the region, which is home to about 4 million people, "
        "many of them displaced during years of civil war. Rescue workers from the White "
        "Helmets, a volunteer civil defence group, said they had been digging with little heavy "
        'equipment and appealed for international help. "We hear voices under the rubble, and we '
        'cannot reach them," one volunteer said in Jindires. In Turkey, President Recep Tayyip '
        "Erdogan visited the worst-hit areas and acknowledged shortcomings in the initial "
        "response. Tens of thousands of rescuers from Turkey and abroad were working in the "
        "region, and Turkish soldiers set up tent cities in stadiums and parks. Survivors slept "
        "in cars and around fires in the streets. Experts said that poor construction and lax "
        "enforcement of building codes had contributed to the scale of the disaster.",
        "disaster",
    ),
    (
        "Dams burst in Libya's Derna as storm Daniel floods city, thousands dead",
        "DERNA, Libya — Thousands of people were killed and thousands more are missing after two "
        "dams burst during a powerful Mediterranean storm and sent a wall of water through the "
        "eastern Libyan city of Derna, washing entire neighbourhoods into the sea, officials "
        "said on Tuesday. Storm Daniel dumped torrential rain on eastern Libya on Sunday, and "
        "the dams above the city collapsed during the night, when most residents were asleep. "
        "The health minister of the eastern-based administration said more than 5,000 bodies had "
        "been recovered, and the Red Crescent said about 10,000 people were missing. Bodies lay "
        'in the streets and on the beach, and mass graves were dug outside the city. "The water '
        "came like a tsunami. We climbed to the roof and watched the buildings next to us "
        'disappear," a survivor said. More than 30,000 people were displaced, according to the '
        "International Organization for Migration. Libya is divided between rival governments in "
        "the east and west, and experts said years of neglect and political chaos had left the "
        "dams without maintenance, despite warnings by engineers. Rescue teams from Egypt, "
        "Turkey, the United Arab Emirates and Italy arrived to help, and the government in "
        "Tripoli sent aid planes to the east in a rare gesture of cooperation. The eastern "
        "authorities declared Derna a disaster zone and restricted access to the city. UN "
        "agencies warned of the risk of disease from contaminated water. On Wednesday, rescue "
        "workers were still pulling bodies from the mud and from the sea, where divers searched "
        "the bay for victims carried away by the flood. The main bridges linking the two halves "
        'of the city had been washed away, and residents crossed the riverbed on foot. "I lost '
        'my mother, my father, my two brothers. I do not know where their bodies are," said a '
        "young man searching the streets near the river. The World Health Organization urged the "
        "authorities not to bury victims in mass graves without identification, and said bodies "
        "of flood victims do not usually pose a health risk. The UN launched an appeal for $71 "
        "million to help about 250,000 people affected by the floods. Libyan prosecutors later "
        "ordered the arrest of several officials over the failure to maintain the dams.",
        "disaster",
    ),
    (
        "Earthquakes flatten villages in Afghanistan's Herat province",
        "HERAT, Afghanistan — A series of powerful earthquakes struck western Afghanistan on "
        "Saturday, killing more than 1,000 people and destroying hundreds of mud-brick houses in "
        "villages in Herat province, officials of the Taliban government and the UN said. The "
        "strongest of the quakes had a magnitude of 6.3, and the epicentre was about 40 "
        "kilometres north-west of the city of Herat, the US Geological Survey said. Most of the "
        "victims were women and children, who were at home when the quakes struck in the late "
        "morning, aid workers said. In the worst-hit district, Zinda Jan, entire villages were "
        "reduced to rubble, and residents dug with shovels and bare hands to find survivors. "
        '"Thirteen members of my family are under the rubble. Only I am left," said a man in the '
        "village of Sarbuland. The Taliban's defence ministry sent soldiers and helicopters to "
        "carry the injured to hospitals in Herat, where patients were treated in corridors and "
        "in the courtyard. Aid agencies said they were sending medical supplies, tents and food, "
        "but warned that funding for Afghanistan had fallen sharply since the Taliban took power "
        "in 2021 and many donors halted development aid. Aftershocks continued for days, and "
        "many families slept outside in the cold. Afghanistan is frequently hit by earthquakes, "
        "especially in the Hindu Kush mountains. The World Health Organization said hospitals "
        "were running short of blood and medicine.",
        "disaster",
    ),
    (
        "Cyclone Mocha slams into Myanmar's Rakhine, damaging camps and homes",
        "SITTWE, Myanmar — Cyclone Mocha made landfall on the coast of Myanmar's Rakhine state "
        "on Sunday with winds of up to 210 kilometres an hour, tearing roofs off buildings, "
        "toppling communication towers and flooding low-lying areas of the state capital Sittwe, "
        "officials and aid workers said. At least 145 people were killed, many of them in camps "
        "for Rohingya Muslims near Sittwe, where bamboo shelters were swept away by the storm "
        "surge, community leaders said. The military government put the toll lower. Hundreds of "
        "thousands of people had been moved to shelters in monasteries, schools and higher "
        "ground before the storm hit, and in neighbouring Bangladesh, authorities evacuated more "
        "than 750,000 people from coastal areas. The storm weakened as it moved inland, but the "
        'UN said 5.4 million people were in its path. "The water came up to our necks. We held '
        'on to the trees," a man from a village near Sittwe said. The UN humanitarian office '
        "said it was seeking permission from the military government to send aid to the "
        "worst-hit areas, where roads were blocked by fallen trees and power was cut. The World "
        "Food Programme said it had supplies ready in Sittwe for 400,000 people. Cox's Bazar in "
        "Bangladesh, home to about a million Rohingya refugees, was spared a direct hit. Mocha "
        "was one of the strongest cyclones to hit the region in over a decade.",
        "disaster",
    ),
    (
        "Pakistan launches nationwide polio vaccination drive targeting 45 million children",
        "ISLAMABAD — Pakistan began a week-long polio vaccination campaign on Monday aiming to "
        "reach more than 45 million children under the age of five, after the number of cases in "
        "the country rose sharply this year. About 400,000 health workers will go from door to "
        "door in every district, giving drops of oral vaccine and vitamin A, the national "
        "emergency operations centre said. Pakistan and neighbouring Afghanistan are the only "
        "countries where wild poliovirus is still endemic, and Pakistan has recorded 52 cases so "
        "far this year, compared with six last year, most of them in the provinces of "
        "Balochistan, Sindh and Khyber Pakhtunkhwa. The virus has also been found in sewage "
        'samples in dozens of cities, including Lahore and Karachi. "Every missed child is a '
        "risk for all children,\" said the prime minister's focal person for polio eradication, "
        "who launched the campaign by giving drops to children at a health centre in Islamabad. "
        "Health officials said refusals by parents, often driven by rumours that the vaccine "
        "causes infertility, remained one of the biggest obstacles. Religious scholars recorded "
        "messages in support of vaccination, and mosques made announcements. The campaign is "
        "being coordinated with Afghanistan, where the authorities are running a similar drive, "
        "to cover families who cross the border. The World Health Organization said it was "
        "confident that transmission could be interrupted within two years. In Karachi, "
        "vaccinators marked the doors of houses they had visited with chalk, and supervisors "
        "checked children's fingers for the ink mark that shows they have received drops. Health "
        "workers said they had been trained to talk to hesitant parents and to return to houses "
        "where children had been missed. Mobile teams were stationed at bus stations, railway "
        "stations and border crossings to vaccinate children travelling with their families. The "
        "campaign is funded by the government and by international donors, including the Bill "
        "and Melinda Gates Foundation. Pakistan hopes to stop transmission of the virus by the "
        "end of next year.",
        "health",
    ),
    (
        "Cameroon becomes first country to roll out malaria vaccine in routine immunisation",
        "YAOUNDÉ, Cameroon — Cameroon began giving children a malaria vaccine as part of its "
        "routine immunisation programme on Monday, becoming the first country to do so outside a "
        "pilot programme, in what health officials called a historic step against a disease that "
        "kills hundreds of thousands of African children every year. The RTS,S vaccine will be "
        "offered free to children from the age of six months in 42 of the country's districts "
        "most affected by malaria, the health ministry said. Cameroon received more than 330,000 "
        'doses through Gavi, the vaccine alliance. "This vaccine will save lives. It does not '
        'replace bed nets, but it adds to them," Health Minister Manaouda Malachie said at the '
        "launch in Soa, near the capital, where mothers queued with their babies outside a "
        "health centre. Malaria causes about 30 percent of deaths among children under five in "
        "Cameroon, according to the ministry. The vaccine, which requires four doses, cut deaths "
        "among young children by 13 percent in pilot programmes in Ghana, Kenya and Malawi, the "
        "World Health Organization said. Twenty African countries plan to introduce malaria "
        "vaccines this year. Health workers said they expected demand to be high but warned that "
        "the schedule of four doses could be hard for families in rural areas to complete. A "
        "second vaccine, R21, developed by the University of Oxford, is expected to be rolled "
        "out in other countries soon. Community health workers will visit villages to register "
        "eligible children. Gavi's chief executive said the vaccine would be a game changer for "
        "child survival in Africa, and that the alliance planned to support the rollout in other "
        "countries this year. Mothers in Soa said they had lost children and relatives to "
        'malaria and were relieved to see the vaccine arrive. "My first son died of malaria when '
        "he was two. I don't want that for this one,\" said a woman who brought her "
        "six-month-old daughter. The health ministry said it would monitor the rollout closely "
        "and expand it to other districts if supplies allowed.",
        "health",
    ),
]
