"""dev332 positives, part A: weather stories that report current armed conflict or political
violence (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Winter rain floods tents in Deir al-Balah as strikes continue across Gaza",
        "Heavy overnight rain flooded hundreds of tents in Deir al-Balah and Khan Younis on Monday, "
        "soaking bedding and food supplies of families who had fled earlier bombardment in the north "
        "of the Gaza Strip. The civil defence service said it had received more than 400 calls for "
        "help by dawn, many from the coastal strip of al-Mawasi, where sand and plastic sheeting "
        "offered little protection from the water. Forecasters in the region expect two more days of "
        "unsettled weather, with gusts of up to 60 km/h off the sea. Israeli air strikes on a house "
        "in Nuseirat killed at least seven people overnight, according to medics at al-Awda hospital, "
        "and tank fire was reported east of Khan Younis. “We moved four times since the war started, "
        "and now the sea comes into the tent,” said Umm Mahmoud, a mother of five. UNRWA said it "
        "could not bring in enough tarpaulins and sandbags because only a fraction of the trucks "
        "requested had been allowed through the crossings in November. Aid groups warned that "
        "hypothermia and diarrhoeal disease would spread among children as temperatures drop."
        " Municipal workers tried to pump water from the lowest streets with a single working "
        "pump.",
        "E D H",
        "airstrike",
    ),
    (
        "Snow and freezing nights add to misery of Idlib's fleeing families",
        "Temperatures fell to minus seven degrees in parts of north-western Syria this week as tens "
        "of thousands of people fleeing a government offensive in southern Idlib slept in fields, "
        "cars and half-built houses near the Turkish border. The UN said some 900,000 people had been "
        "displaced since early December, the largest exodus of the nine-year war. Russian and Syrian "
        "aircraft kept striking towns along the M5 highway on Thursday, and rebels said they had "
        "repelled an attack near Saraqeb. Doctors in Atmeh reported that at least nine children had "
        "died of cold since the start of the month, including an infant whose family burned "
        "clothes to keep warm. Camps along the border were full, and many families pitched "
        "tents in olive groves where snow collapsed the sheeting overnight. Aid agencies appealed "
        "for fuel, blankets and stoves, saying their stocks were exhausted."
        " Turkey, which already hosts millions of Syrians, has kept its border closed to the new "
        "arrivals. The Syrian Response Coordination Group, a local monitor, said the cold had "
        "forced some families to return to villages within range of the shelling.",
        "B E M D H",
        "offensive",
    ),
    (
        "Kyiv swelters without air conditioning as strikes on grid bring daily blackouts",
        "Kyiv recorded 36.4C on Wednesday, its hottest July day since records began, while "
        "residents faced scheduled power cuts of up to 12 hours after months of Russian missile "
        "and drone attacks on Ukraine's power plants. Ukrenergo said the latest strike, on Sunday, "
        "had damaged two thermal plants in the centre of the country and cut generating capacity "
        "further just as demand for cooling peaked. In high-rise blocks, lifts and water pumps "
        "stopped with the electricity, leaving elderly residents on upper floors without running "
        "water. The city opened cooling points in metro stations and schools and urged people to "
        "avoid the midday sun. The Ukrainian Hydrometeorological Centre expects the heat to last "
        "until the weekend. Officials said repair crews were working around the clock, but some "
        "units destroyed in spring would not return before winter."
        " Shops selling portable power stations and fans reported queues. “In winter we were told"
        " to save power for heating, and now it is the heat,” said Iryna, 71, who lives on the "
        "16th floor of a block in Obolon.",
        "E M H",
        "missile_strike",
    ),
    (
        "Shelling sets dry fields ablaze near Kupiansk; fire crews cannot reach front-line villages",
        "Wildfires started by Russian shelling burned across more than 3,000 hectares of forest and "
        "farmland in the Kharkiv region over the weekend, the State Emergency Service said on Monday. "
        "After six weeks with almost no rain, grass and pine plantations caught fire within minutes "
        "of each artillery barrage, and strong easterly winds carried the flames towards villages "
        "along the Oskil river. Rescuers said they could not work in several areas because of "
        "repeated drone attacks, and one firefighter was wounded when a fire engine was hit near "
        "Kupiansk. Regional governor Oleh Syniehubov said at least 40 homes had burned. In "
        "areas closer to the front, local residents fought the flames with buckets and branches. "
        "Forecasters predict temperatures above 35C for the rest of the week, raising the risk of "
        "further blazes."
        " Satellite data from NASA's fire monitoring system showed hundreds of hot spots along "
        "the front line in the east in the past week. Ecologists say many burned forests cannot "
        "be cleared or replanted until they are demined.",
        "E",
        "shelling",
    ),
    (
        "Floodwaters from breached Kakhovka dam keep rising as shells fall on Kherson evacuees",
        "Water levels in Kherson continued to rise on Wednesday after the destruction of the Nova "
        "Kakhovka dam, flooding whole streets of the Korabel district and villages downstream along "
        "the Dnipro. Ukrainian officials said more than 1,800 people had been evacuated from the "
        "west bank by buses and trains. Russian forces shelled the city during the rescue, and "
        "police said a volunteer was wounded while loading residents into a boat near the river "
        "port. Kyiv blamed Moscow for blowing up the dam, which was under Russian control, "
        "while Russian-installed officials on the occupied east bank accused Ukraine. Hydrologists "
        "warned that the emptying reservoir would leave farms in the south without irrigation. "
        "The UN said drinking water was a priority for tens of thousands of people, and aid "
        "agencies sent bottled water and purification tablets."
        " Rescuers in boats pulled people and pets from the roofs of flooded houses in "
        "Afanasiivka. Officials also warned that the flood had washed landmines from the river "
        "banks into fields and gardens.",
        "E D H",
        "shelling",
    ),
    (
        "Rocket fire sparks fires across Upper Galilee in June heat",
        "Firefighters battled more than a dozen blazes across northern Israel on Monday after rockets "
        "and drones fired by Hezbollah from Lebanon fell in open areas around Kiryat Shmona and the "
        "Hula Valley. The Fire and Rescue Authority said the fires were fanned by temperatures "
        "approaching 38C and dry easterly winds. Several hundred hectares of woodland and "
        "grazing land burned, and ten people, including firefighters, were treated for smoke "
        "inhalation. Most of the towns along the border have stood almost empty since October, "
        "when some 60,000 residents were evacuated because of the cross-border fire. The Israeli "
        "army said it struck Hezbollah launchers in southern Lebanon in response. Officials "
        "warned that the summer heat would make every impact a potential wildfire."
        " Volunteers from kibbutzim that stayed partly inhabited helped crews dig firebreaks "
        "through the night. In Kiryat Shmona, residents who remained in the town were told to "
        "keep windows shut because of the smoke. The Israel Meteorological Service forecast a "
        "further rise in temperature on Wednesday.",
        "E D",
        "rocket_fire",
    ),
    (
        "Olive groves burn in south Lebanon as shelling meets a record dry spell",
        "Farmers in south Lebanon say Israeli shelling has set fire to thousands of olive trees "
        "along the border this autumn, after a summer with the lowest rainfall in decades left "
        "hillsides tinder-dry. The Lebanese civil defence said it had responded to more than 120 "
        "fires in the districts of Marjayoun and Bint Jbeil since October, many of them started by "
        "artillery and incendiary munitions. Crews often cannot approach because of continuing "
        "strikes, and two civil defence volunteers were killed in a strike on a village near "
        "Naqoura last week. Tens of thousands of residents have fled north to Tyre and Nabatieh. "
        "“The trees were older than my grandfather,” said Hassan, a farmer from Aita al-Shaab. The "
        "National Council for Scientific Research estimates that 800 hectares of farmland have "
        "burned."
        " UNIFIL peacekeepers have reported fires near several of their positions. Lebanon's "
        "agriculture ministry said it would seek compensation for farmers once the fighting "
        "stops, although many cannot reach their land to assess the losses.",
        "E D",
        "shelling",
    ),
    (
        "Sudan's rains turn roads to mud as fighting blocks aid to Darfur",
        "Seasonal rains have washed out roads across Darfur and Kordofan, while fighting between "
        "the army and the Rapid Support Forces is stopping aid from reaching areas where famine has "
        "been confirmed, UN agencies said on Friday. The World Food Programme said a convoy of 16 "
        "trucks had been stuck for nine days near the Chadian border after the only crossing "
        "road became impassable. Around El Fasher, RSF shelling of the Abu Shouk camp killed at "
        "least five people on Wednesday, according to local volunteers. The Sudan Meteorological "
        "Authority expects above-average rainfall until September, and officials in Kassala said "
        "floods had already destroyed some 2,000 homes. “We are fighting the weather and the war "
        "at the same time,” a WFP logistics officer said. Cholera cases have been reported in "
        "three states."
        " The Adré crossing was reopened to aid trucks this month after a long closure. Relief "
        "workers say the rainy season also makes it harder for displaced families to reach "
        "markets and clinics.",
        "B E H V",
        "aid_blocked",
    ),
    (
        "Flooding hits Adré camps as new arrivals flee attacks around El Fasher",
        "Torrential rain flooded parts of the refugee sites around Adré in eastern Chad this week, "
        "destroying shelters and latrines just as thousands of Sudanese kept arriving from North "
        "Darfur. UNHCR said 11,000 people had crossed in the first ten days of August, many of them "
        "women and children who described attacks by RSF fighters on villages west of El Fasher. "
        "“They burned the market and shot at people in the wadi,” said one woman, who walked for "
        "six days. Aid workers reported that the wadi separating Chad from Sudan had filled with "
        "water, forcing refugees to wade across with bundles on their heads. Médecins Sans "
        "Frontières said its clinic in Adré had seen a rise in malnutrition and malaria. The "
        "Chadian weather service forecast more storms over the Ouaddaï region."
        " UNHCR said it needed to move families from the flooded sites to a new camp further from"
        " the border before the peak of the rains. Chad already hosts more than 600,000 Sudanese "
        "refugees who arrived since the war began.",
        "V D H",
        "displacement",
    ),
    (
        "Shabelle floods cut Beledweyne as roadside bomb hits relief truck",
        "The Shabelle river burst its banks in Beledweyne for the second time this year, "
        "submerging much of the town and forcing residents onto higher ground, Somali officials "
        "said on Sunday. On the same day, a roadside bomb struck a truck carrying food aid on the "
        "road between Beledweyne and Mataban, killing the driver and wounding two others. Police "
        "blamed al-Shabaab, which has attacked supply routes in the Hiiraan region during a "
        "government offensive. The Somalia Water and Land Information Management service warned "
        "that more rain in the Ethiopian highlands would keep the river high for at least a week. "
        "Aid groups said boats and fuel were urgently needed. Local elders said some families "
        "had been cut off on rooftops since Friday."
        " Beledweyne has flooded almost every year for the past decade as rainfall in the basin "
        "becomes more erratic. The World Food Programme said it had pre-positioned food in the "
        "town, but that moving it to villages by road was now too dangerous. Military officials "
        "said troops were clearing the road of explosives.",
        "T E M H",
        "ied",
    ),
    (
        "After Cyclone Chido, insurgents raid villages in Cabo Delgado",
        "Insurgents linked to the Islamic State attacked two villages in Mozambique's Cabo "
        "Delgado province days after Cyclone Chido tore roofs off homes and schools in the "
        "region, local sources and aid workers said. Residents of a village in Macomia district "
        "said gunmen beheaded one man and looted food stored after the storm. Hundreds of people "
        "fled towards the coast, where many were already sleeping in the open after the cyclone "
        "hit on Saturday with winds of over 200 km/h. The National Institute for Disaster Risk "
        "Management said the storm had killed at least 94 people across three provinces. The "
        "government sent soldiers to secure the roads used for relief, but aid agencies said "
        "insecurity was slowing deliveries to the north."
        " The insurgency in Cabo Delgado has displaced hundreds of thousands of people since "
        "2017, and many live in host communities in Pemba and Metuge. Forecasters warned that "
        "another low-pressure system was forming in the Mozambique Channel. “We lost the roof to "
        "the wind and then we lost the food to the men with guns,” a woman in Mecufi told a local"
        " radio station.",
        "T V D H",
        "insurgent_attack",
    ),
    (
        "Typhoon Yagi floods swamp Myanmar, but air strikes do not stop",
        "Floods triggered by Typhoon Yagi have killed at least 226 people in Myanmar, state media "
        "said on Monday, as the military government appealed for foreign help for the first "
        "time. Rivers rose across Shan, Mandalay and Naypyitaw, and the Sittaung and Bago were "
        "above danger levels. Resistance groups and local media in Karenni state said the army "
        "carried out air strikes on villages near Demoso during the floods, killing a woman and "
        "two children in a displacement site. “People who fled bombing now have to flee the water,” "
        "said a volunteer in Loikaw. Relief groups said roadblocks and checkpoints were "
        "holding up supplies to areas held by the resistance. The UN said some 630,000 people "
        "needed aid."
        " The floods destroyed rice fields just before harvest, raising fears of food shortages "
        "next year. The junta has banned some relief groups from operating in areas it does not "
        "control. Rescuers in Taungoo used rafts made of plastic drums to reach stranded "
        "families.",
        "E V D H",
        "airstrike",
    ),
    (
        "Hodeidah flash floods follow strikes on Yemen's Red Sea port",
        "Flash floods swept through villages in Yemen's Hodeidah governorate overnight, killing "
        "at least 30 people and washing away homes and livestock, local officials said on "
        "Sunday. The floods came a week after Israeli air strikes set fuel tanks ablaze at "
        "Hodeidah port, the main entry point for food and fuel to the north of the country, and "
        "the fire had still not been fully put out on Thursday. The Houthi-run health "
        "ministry said the strikes killed six port workers. Aid groups said fuel shortages caused "
        "by the damage were hampering pumps and rescue vehicles. The International Organization "
        "for Migration said nearly 50,000 people had been affected by heavy rain since late "
        "July. Forecasters expect the rains to continue over the western highlands."
        " The Houthis have launched missiles and drones at ships in the Red Sea and at Israel, "
        "which said its strikes were a response. Residents of Hodeidah said the city was covered "
        "in black smoke for days. UN agencies have warned that damage to the port could push up "
        "food prices across northern Yemen.",
        "E H",
        "airstrike",
    ),
    (
        "Storm rains soak displacement sites as gangs push into Kenscoff",
        "Heavy rain from a tropical wave flooded makeshift camps in Port-au-Prince on Tuesday, where "
        "thousands of people live in schools and public squares after fleeing gang attacks on their "
        "neighbourhoods. At the same time, members of the Viv Ansanm coalition attacked the "
        "hillside commune of Kenscoff, burning houses and killing at least eight residents, "
        "according to local officials. Police and Kenyan-led mission officers exchanged fire with "
        "the gunmen for several hours. The IOM said more than 3,000 people fled Kenscoff over two "
        "days. Forecasters at Haiti's meteorological unit warned of landslides on the Massif de la "
        "Selle. “The rain gets into everything, and we cannot go home because of the bandits,” said "
        "a man sheltering in a lycée in Pétion-Ville."
        " More than a million Haitians have been displaced by gang violence, the UN says, many of"
        " them living in overcrowded sites without drainage. Hurricane season peaks in September."
        " Aid agencies said they were delivering water by helicopter because gangs control the "
        "roads.",
        "B V D H",
        "gang_attack",
    ),
    (
        "Basra protests over heat and power cuts turn deadly",
        "Protests over power cuts and polluted water in Iraq's southern city of Basra turned "
        "violent on Tuesday as temperatures topped 48C, with demonstrators setting fire to the "
        "provincial government building and the offices of several political parties. Security "
        "forces fired live rounds and tear gas, and health officials said three protesters were "
        "killed and dozens wounded. Hospitals have treated thousands of people for water-borne "
        "illness this summer, and the Shatt al-Arab is saltier than in any year on record. "
        "The government imposed a curfew on the city. Prime Minister Haider al-Abadi ordered "
        "an investigation and promised emergency funds for electricity. Residents say "
        "generators cannot run long enough to cool homes in the hottest weeks."
        " Iran, which supplies part of Iraq's electricity, cut its exports this month citing "
        "unpaid bills. Protesters also stormed the entrance of the Iranian consulate. The "
        "meteorological authority forecast temperatures near 50C for the rest of the week.",
        "U",
        "riot",
    ),
    (
        "Two killed in Khuzestan as water shortage protests enter second week",
        "At least two people were shot dead in Iran's south-western province of Khuzestan as "
        "protests over severe water shortages spread to new towns, according to rights groups and "
        "local officials. Videos shared online showed security forces firing at crowds in Shadegan "
        "and Susangerd, and demonstrators blocking roads with burning tyres. The province is "
        "suffering its worst drought in half a century, with the Karun and Karkheh rivers "
        "running low and buffalo herds dying in the marshes. Officials blamed the deaths on "
        "“rioters” and said a policeman was also killed. Mobile internet was cut in parts of the "
        "province. President Hassan Rouhani said the grievances were legitimate and ordered "
        "water tankers to the worst-hit villages."
        " Farmers in the province say upstream dams and transfers to other provinces have left "
        "them with too little water. Protests have spread to Tehran and Tabriz in solidarity, and"
        " riot police were deployed. Amnesty International said security forces had used "
        "“unlawful lethal force”.",
        "U",
        "crackdown",
    ),
]
