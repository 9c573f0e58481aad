"""dev143 hard negatives: crime (kidnapping for ransom, cult clashes, mob justice, heists,
vigilante arrests, machete gangs, a cult trial), disasters and accidents."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Police rescue three kidnapped travellers on Lagos-Ibadan expressway, arrest two suspects",
        "Operatives of the Ogun State Police Command have rescued three travellers who "
        "were abducted by gunmen on the Lagos-Ibadan Expressway on Friday evening, and "
        "arrested two suspected members of the kidnap gang. The victims, a "
        "businesswoman, her driver and a student, were travelling to Ibadan when the "
        "gunmen, who had blocked the road near the Ogunmakin area with logs of wood, "
        "shot at their Toyota Camry and whisked them into the bush, our correspondent "
        "learnt. The kidnappers later contacted the family of the businesswoman and "
        "demanded a ransom of N50m. The command's spokesperson, Abimbola Oyeyemi, said "
        "in a statement on Sunday that tactical teams, working with local hunters and "
        "the Amotekun Corps, combed the forest and rescued the victims unhurt on "
        'Saturday night. "Two of the suspects were arrested while the others escaped '
        "with gunshot injuries. An AK-47 rifle, a locally made pistol and 21 rounds of "
        'ammunition were recovered," he said. Oyeyemi said no ransom was paid and that '
        "efforts were ongoing to arrest the fleeing members of the gang. Motorists who "
        "spoke to PUNCH said the stretch between Ogere and Ogunmakin had become "
        "notorious for kidnapping and robbery at night. The Commissioner of Police, "
        "Kenneth Ebrimson, urged travellers to avoid the road after dark until more "
        "patrol teams were deployed.",
        "crime",
    ),
    (
        "Edo: Four killed as rival cult groups clash in Benin, 17 arrested",
        "Four persons were killed on Tuesday in renewed clashes between two rival cult "
        "groups in Benin City, the Edo State capital, the police have said. Vanguard "
        "gathered that the violence started in the Ugbowo area on Monday night when "
        "suspected members of the Eiye confraternity shot dead a member of the rival "
        "Black Axe group at a drinking joint near Uselu market. A reprisal attack "
        "followed on Tuesday afternoon in Ikpoba Hill and Oregbeni, where three young "
        "men were shot at close range, according to residents. The Police Public "
        "Relations Officer in the state, SP Chidi Nwabuzor, said 17 suspects had been "
        "arrested and that locally made pistols, cartridges and charms were recovered "
        "from them. He said the Commissioner of Police had ordered the deployment of "
        "tactical teams to flashpoints in the city and warned parents to caution their "
        "wards. Traders around Uselu market closed their shops early on Wednesday for "
        "fear of further attacks. Cult-related killings have been on the rise in Edo "
        "State since the beginning of the year, with the police attributing more than "
        "30 deaths to supremacy battles between confraternities. The state government "
        "recently signed into law a bill prescribing stiffer penalties for cultism.",
        "crime",
    ),
    (
        "Two suspected thieves lynched by irate residents in Kisii",
        "Two men suspected to be part of a gang that has been terrorising residents of "
        "Nyanchwa in Kisii town were lynched by a mob on Sunday morning. Residents said "
        "the two were caught breaking into a shop at about 4am and were chased down by "
        "boda boda riders who had been alerted by the night guard. The mob beat them "
        "with clubs and stones before setting them on fire near the Nyanchwa Adventist "
        "church, despite pleas from a local pastor. Kisii Central Police Commander Amos "
        "Ambasa said officers arrived at the scene too late to save the men and that "
        "the bodies were taken to the Kisii Teaching and Referral Hospital mortuary. "
        '"We condemn mob justice in the strongest terms. Anyone with information about '
        'a crime should report it to the police," he said, adding that investigations '
        "had been launched to identify those involved in the killing. Residents however "
        "accused the police of releasing suspects arrested for burglary, saying they "
        "had lost confidence in the justice system. The incident is the third case of "
        "mob justice in the county this month. Human rights groups have repeatedly "
        "warned that the practice often leads to innocent people being killed.",
        "crime",
    ),
    (
        "Eight suspected cash-in-transit robbers killed in shootout with police in Ekurhuleni",
        "Eight suspected cash-in-transit robbers were shot dead in a shootout with "
        "police in Boksburg, Ekurhuleni, early on Thursday morning, the police said. "
        "Police spokesperson Brigadier Athlenda Mathe said a multidisciplinary team had "
        "been following up on intelligence about a gang planning to rob a cash van in "
        "the area when the suspects opened fire on officers at a house in Windmill "
        'Park. "The police returned fire, and when the shooting stopped, eight suspects '
        'were found with gunshot wounds. They were certified dead on the scene," Mathe '
        "said. Five rifles, including R5 and AK-47 rifles, three handguns and "
        "explosives believed to be used to blow up cash vans were found in the house, "
        "along with two hijacked vehicles. No police officers were injured. The "
        "Independent Police Investigative Directorate (IPID) said it would investigate "
        "the shooting, as it does in all cases of deaths involving police. "
        "Cash-in-transit heists have surged in Gauteng, with the security industry "
        "reporting more than 150 attacks in the first half of the year. Residents said "
        "they were woken by sustained gunfire that lasted for almost 20 minutes.",
        "crime",
    ),
    (
        "Shakahola: Mackenzie, 94 co-accused plead not guilty to terrorism charges",
        "Controversial preacher Paul Mackenzie and 94 co-accused on Tuesday pleaded not "
        "guilty to charges of terrorism, radicalisation and facilitating the commission "
        "of a terrorist act over the deaths of hundreds of his followers in Shakahola "
        "forest. The accused, who appeared before Principal Magistrate Leah Juma in "
        "Mombasa, also face separate charges of murder, manslaughter and child cruelty "
        "before the High Court. The prosecution told the court that more than 400 "
        "bodies had been exhumed from shallow graves in the forest in Kilifi County, "
        "most of them of people who died of starvation after being told to fast to "
        '"meet Jesus". Senior Assistant Director of Public Prosecutions Jami Yamina '
        "said the State intended to call more than 90 witnesses, some of them survivors "
        "who will testify under the witness protection programme. Defence lawyers asked "
        "for more time to go through the evidence, saying they had received thousands "
        "of pages only last week. The magistrate directed that the accused remain in "
        "custody and set the hearing for next month. Relatives of the victims, some of "
        "whom travelled from as far as Nairobi and Busia, followed the proceedings from "
        "the back of the courtroom. The government has since announced plans to turn "
        "part of the forest into a national memorial site. Pathologists told an earlier "
        "hearing that some of the exhumed bodies, including those of children, showed "
        "signs of strangulation and blunt force trauma. The case has prompted calls in "
        "Parliament for the regulation of churches and religious organisations.",
        "crime",
    ),
    (
        "Amotekun parades 23 suspects, says forest reserves no longer safe haven for criminals",
        "The Ondo State Security Network Agency, also known as Amotekun Corps, on "
        "Wednesday paraded 23 suspects arrested for offences ranging from kidnapping "
        "and armed robbery to cattle rustling and destruction of farmland. The "
        "Commander of the corps, Adetunji Adeleye, told journalists in Akure that the "
        "suspects were arrested during a two-week operation in the Owo, Ose and Akoko "
        "forest reserves, where farmers had complained of attacks. He said four of the "
        "suspects confessed to being members of a gang that kidnapped a farmer in Ifon "
        "and collected N5m as ransom last month. Adeleye added that 120 cows were "
        "recovered from suspected rustlers and returned to their owners after proper "
        'identification. "Our men are now permanently stationed in the forests, and we '
        'are working with the police, the DSS and local hunters," he said. Some of the '
        "suspects, who spoke with journalists, denied the allegations, while one "
        "admitted to acting as an informant for the kidnappers. Adeleye said all the "
        "suspects would be handed over to the police for prosecution. The corps was "
        "established in 2020 by governors of the South-West states in response to "
        "rising insecurity in the region.",
        "crime",
    ),
    (
        "Machete gang terrorises Kwekwe gold panners, police arrest 31",
        "Police in Kwekwe have arrested 31 suspected members of a machete-wielding gang "
        "that has been terrorising artisanal miners at Gaika and Globe and Phoenix "
        "mines, NewsDay has learnt. The gang, popularly known as MaShurugwi, is accused "
        "of attacking miners at night, robbing them of gold ore and cash, and leaving "
        "several with deep cuts. Police national spokesperson Assistant Commissioner "
        "Paul Nyathi said the suspects were arrested in a sweep carried out between "
        "Thursday and Sunday, during which 14 machetes, axes, knives and unlicensed "
        "firearms were recovered. He said one miner died at Kwekwe General Hospital "
        'after he was attacked on Friday, and that a murder docket had been opened. "We '
        "want to assure the public that the police will not tolerate violent crimes at "
        'mining sites," Nyathi said. Miners at Gaika told this publication that the '
        "gangs also force them to pay protection fees to work on claims. Machete gangs "
        "first came to national attention in 2019, when they killed several people in "
        "Shurugwi, Kadoma and Mazowe. Government has since banned the carrying of "
        "machetes in mining areas.",
        "crime",
    ),
    (
        "Maiduguri floods: Thousands in camps as Alau Dam collapse submerges half of city",
        "Thousands of residents of Maiduguri, the Borno State capital, spent the night "
        "in camps, schools and mosques on Tuesday after the collapse of the Alau Dam "
        "submerged large parts of the city, including the Shehu's palace, the state "
        "secretariat and the Maiduguri zoo. The dam, about 20 kilometres from the city "
        "on the Ngadda River, gave way in the early hours after days of heavy rain, "
        "sending floodwater into Fori, Gwange, Bulabulin and Custom areas. The Borno "
        "State Emergency Management Agency (SEMA) said at least 30 people had died and "
        "that more than 400,000 residents had been displaced. Soldiers and rescuers in "
        "boats evacuated families trapped on rooftops, while others waded through "
        "chest-deep water with their belongings on their heads. Governor Babagana "
        "Zulum, who toured the affected areas in a military truck, said the flood was "
        "the worst the city had seen in three decades. About 80 animals in the zoo, "
        "including crocodiles and snakes, were swept away, and residents were warned to "
        "be careful. Humanitarian agencies working in the North-east said the disaster "
        "would stretch resources already committed to people displaced by the "
        "insurgency. The Federal Government announced the release of relief materials "
        "and said the dam would be rehabilitated. The Nigerian Correctional Service "
        "said 281 inmates escaped from the Maiduguri custodial centre after the flood "
        "brought down its walls, and that 7 had been recaptured. Prices of food and "
        "drinking water doubled in the markets that remained open, traders said.",
        "disaster",
    ),
    (
        "Cyclone Idai: Chimanimani death toll rises as army airlifts survivors",
        "The death toll from Cyclone Idai in Chimanimani and Chipinge districts has "
        "risen to 98, Local Government minister July Moyo said yesterday, as the army "
        "and air force continued to airlift stranded survivors. Hundreds of people "
        "remain unaccounted for after flash floods and mudslides swept through Ngangu "
        "township and Kopa growth point on Friday night, burying homes and washing away "
        "bridges. Soldiers from the Zimbabwe National Army, working with the Civil "
        "Protection Unit, have been using helicopters to reach areas cut off since the "
        'roads to Chimanimani were destroyed. "We are moving food, tents and medicines, '
        'and we are bringing out the injured," an army officer at the Chimanimani '
        "command post said. More than 3,000 people are sheltering in schools and "
        "churches, according to the International Organisation for Migration. President "
        "Emmerson Mnangagwa, who cut short a visit to the United Arab Emirates, "
        "declared the cyclone a national disaster and appealed for international "
        "assistance. Villagers in Ngangu told NewsDay that whole families had been "
        "swept away in the night. Across the border in Mozambique, officials in Beira "
        "said the city had been almost completely destroyed.",
        "disaster",
    ),
    (
        "Mai Mahiu tragedy: 45 dead as flash floods sweep through Kamuchiri village",
        "At least 45 people died and dozens others are missing after flash floods swept "
        "through Kamuchiri village in Mai Mahiu, Nakuru County, in the early hours of "
        "Monday. The water, believed to have burst through a blocked railway tunnel "
        "after days of heavy rain, destroyed homes and washed away vehicles along the "
        "Mai Mahiu-Narok road. Nakuru County Commissioner Loyford Kibaara said rescue "
        "teams from the Kenya Red Cross, the National Youth Service and the Kenya "
        'Defence Forces were searching for survivors in mud and debris. "We have so far '
        'recovered 45 bodies, among them 17 children," he said at the scene. Survivors '
        "said they heard a loud bang shortly after 2am before the water rushed in. "
        "Interior Cabinet Secretary Kithure Kindiki ordered a review of all dams and "
        "water reservoirs in the country, while the Kenya Railways Corporation said the "
        "tunnel was not a dam. More than 200 people have died across the country since "
        "the long rains began in March, according to the government, with tens of "
        "thousands displaced. The Kenya Meteorological Department has warned of more "
        "heavy rain in the coming week.",
        "disaster",
    ),
    (
        "Derna: Rescue teams search for thousands missing as eastern Libya counts cost of floods",
        "Rescue teams from Egypt, Turkey, the UAE and Tunisia joined Libyan volunteers "
        "in Derna on Wednesday in the search for thousands of people still missing "
        "after two dams burst during Storm Daniel, sweeping entire neighbourhoods into "
        "the sea. The eastern-based Ministry of Health said more than 5,300 bodies had "
        "been recovered, while the mayor of Derna, Abdulmenam al-Ghaithi, warned that "
        "the toll could rise to as many as 20,000. Bodies were being buried in mass "
        "graves on the outskirts of the city, and rescuers said many more had washed up "
        "on beaches to the east. The Libyan National Army (LNA) of Khalifa Haftar, "
        "which controls the east, deployed soldiers and engineering units to clear "
        "roads and set up field hospitals. In Tripoli, the rival Government of National "
        "Unity sent aid convoys and medical teams, in a rare show of cooperation "
        "between the two administrations. The International Organization for Migration "
        "said at least 30,000 people had been displaced from Derna. Experts have "
        "pointed to years of neglect of the dams, built in the 1970s, after the country "
        "descended into chaos following the fall of Muammar Gaddafi in 2011. The UN has "
        "launched a flash appeal for $71 million to help the survivors. The World "
        "Health Organization urged the authorities to stop burying victims in mass "
        "graves, saying bodies of disaster victims rarely pose a health risk. The "
        "eastern authorities declared Derna a disaster zone and restricted access to "
        "the city to rescue teams. Residents who lost their homes have moved in with "
        "relatives in Benghazi, al-Bayda and Tobruk. The Libyan Meteorological Centre "
        "said it had issued warnings 72 hours before the storm reached the coast. The "
        "Attorney General opened an investigation into the collapse of the dams and the "
        "use of maintenance funds.",
        "disaster",
    ),
    (
        "Drought: Over one million Somalis displaced as rains fail for a fifth season",
        "More than one million Somalis have been displaced by the drought since January "
        "last year, the UN refugee agency and the Norwegian Refugee Council said on "
        "Tuesday, as the country faces a fifth consecutive failed rainy season. Most of "
        "the displaced have moved to overcrowded camps on the outskirts of Baidoa, "
        "Dollow and Mogadishu, where aid groups say water, food and shelter are in "
        'short supply. "We lost all our goats and camels, there was nothing left, so we '
        'walked for six days to reach here," said Halima Adan, a mother of seven who '
        "arrived in Baidoa from Burhakaba district. The Food and Agriculture "
        "Organization warned that famine was projected in Baidoa and Burhakaba "
        "districts between October and December unless assistance was scaled up. Cases "
        "of cholera and measles have risen sharply among children in the camps, "
        "according to UNICEF. The government's special envoy for drought response, "
        "Abdirahman Abdishakur Warsame, called on donors to release funds quickly, "
        "saying the window to prevent mass deaths was closing. Aid agencies say "
        "insecurity on roads in some rural areas makes it hard to reach pastoralists "
        "who stayed behind with their livestock. The 2011 famine in Somalia killed more "
        "than 250,000 people, half of them children.",
        "disaster",
    ),
    (
        "Majiya tanker explosion: Death toll hits 170 as families bury victims",
        "The death toll from Tuesday night's petrol tanker explosion in Majiya town, "
        "Taura Local Government Area of Jigawa State, has risen to 170, the police said "
        "on Thursday. The tanker, which was travelling from Kano to Yobe, overturned "
        "after the driver lost control while trying to avoid a collision, and residents "
        "rushed to scoop the spilling fuel. The Jigawa State Police spokesman, Lawan "
        "Shiisu Adam, said the fire broke out while hundreds of people were gathered "
        "around the vehicle, and many victims were burnt beyond recognition. A Daily "
        "Trust correspondent who visited Majiya on Wednesday saw mass graves being dug "
        "behind the Juma'at mosque, as relatives wailed. More than 100 injured persons "
        "are receiving treatment at the Rasheed Shekoni Teaching Hospital in Dutse and "
        "the General Hospital in Ringim. Governor Umar Namadi declared three days of "
        "mourning and said the state would bear the cost of treating the victims. The "
        "Federal Road Safety Corps said the driver and his assistant survived. The "
        "incident has renewed calls for stricter enforcement of safety rules for fuel "
        "tankers and public enlightenment on the dangers of scooping fuel.",
        "accident",
    ),
    (
        "Lake Kivu: at least 78 dead in the sinking of a passenger boat near Kituku port",
        "At least 78 people died on Thursday when a boat carrying passengers from "
        "Minova sank a few metres from the port of Kituku in Goma, according to a "
        "provisional toll from the governor of North Kivu. The vessel, which was "
        "overloaded with passengers and goods, capsized as it was preparing to dock, in "
        "front of dozens of relatives waiting on the shore, witnesses said. Around 10 "
        "people were rescued by fishermen and the Naval Forces and taken to hospitals "
        "in the city. The governor, General Peter Cirimwami, said an investigation had "
        "been opened and that the owners of the boat would be prosecuted. Many "
        "passengers had taken the lake to avoid the road between Minova and Goma, which "
        "has been cut by the fighting between the army and M23 rebels for several "
        "months. The boat's manifest listed 278 passengers, according to a port "
        "official, raising fears that the toll could be much higher. The government "
        "spokesperson announced that the state would cover the funeral costs. "
        "Shipwrecks are frequent on the lakes of eastern Congo, where boats are often "
        "overloaded and passengers rarely wear life jackets.",
        "accident",
    ),
    (
        "Embakasi gas blast: Toll rises to six as NEMA faults licensing of refilling plant",
        "The number of people killed in Thursday night's gas explosion in Embakasi, "
        "Nairobi, rose to six on Saturday, while more than 280 others were treated for "
        "burns and other injuries, the government said. Government spokesman Isaac "
        "Mwaura said a truck loaded with cooking gas exploded at an illegal refilling "
        "site in Mradi area at about 11.30pm, sending a huge fireball through the "
        "neighbourhood. The fire destroyed dozens of houses, vehicles and a garment "
        "warehouse, and residents said they were woken by a deafening bang. The "
        "National Environment Management Authority (NEMA) said it had rejected the "
        "site's application for a licence three times, saying it was located in a "
        "residential area. The Energy and Petroleum Regulatory Authority (EPRA) "
        "suspended three officers over the licensing of the plant. Kenya Red Cross said "
        "it had set up a tracing desk for families looking for missing relatives. "
        "Residents have accused the authorities of ignoring their complaints about the "
        "refilling of gas cylinders in the area for years. President William Ruto, who "
        "visited the injured at Kenyatta National Hospital, ordered a crackdown on "
        "illegal gas refilling businesses across the country.",
        "accident",
    ),
    (
        "Kéniéba: dozens of women among 48 dead in artisanal gold mine collapse",
        "At least 48 people, most of them women, were killed on Saturday when an "
        "artisanal gold mine collapsed in Bilalikoto, in the Kéniéba district of the "
        "Kayes region, local officials said. The women were washing ore at the bottom "
        "of a former industrial pit abandoned by a Chinese-operated company when the "
        "walls gave way, the president of the local gold panners' association told the "
        "press. Some of the victims were carrying their children on their backs, "
        "witnesses said. Rescuers from the civil protection and volunteers worked until "
        "late at night with shovels and their bare hands to pull out the bodies. The "
        "Ministry of Mines said in a statement that it had suspended activities at the "
        "site and reminded miners that digging in former industrial pits was "
        "prohibited. It was the second deadly collapse in less than a month, after an "
        "accident near Koulikoro killed at least 10 people in January. Artisanal gold "
        "mining employs more than two million people in Mali, one of Africa's largest "
        "gold producers. The government has recently stepped up controls on mining "
        "sites, which it says are used by criminals and to finance armed groups.",
        "accident",
    ),
]
