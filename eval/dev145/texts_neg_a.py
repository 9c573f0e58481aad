"""dev145 hard negatives (1 of 4): disasters, accidents and crime in the national press of the
region, with soldiers, camps, rumours of sabotage and gunfire among them (eval/README.md,
section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Derna flood death toll passes 4,000 as search teams comb the sea",
        "The death toll from the floods that swept through the city of Derna after "
        "Storm Daniel has risen to 4,352, the Ministry of Health of the eastern-based "
        "government said on Sunday, while more than 8,000 people remain missing. Search "
        "and rescue teams from Egypt, Turkey, Algeria, Tunisia and Italy have joined "
        "Libyan crews in recovering bodies from the rubble and from the sea, where many "
        "were swept when two dams upstream burst on the night of September 10. The "
        "torrent destroyed entire neighbourhoods on both banks of Wadi Derna, and the "
        "International Organization for Migration estimates that more than 43,000 "
        "people have been displaced across the northeast. The Attorney General, "
        "Al-Siddiq Al-Sour, said an investigation had been opened into the collapse of "
        "the dams, which had not been maintained for years despite repeated warnings "
        "from engineers. Forces loyal to Khalifa Haftar sealed off parts of the city "
        "and restricted access for journalists, citing the need to facilitate relief "
        "work. Protesters gathered outside the Sahaba Mosque on Monday to demand "
        "accountability and the dismissal of local officials. The Presidential Council "
        "in Tripoli declared three days of mourning and called for a unified national "
        "response despite the division between the country's rival governments. The "
        "World Health Organization warned of the risk of disease from contaminated "
        "water, and the National Centre for Disease Control said it had recorded dozens "
        "of cases of diarrhoea among residents who drank from wells. Volunteers from "
        "across Libya, including from the west, have arrived in the city with food, "
        "medicine and clothes, in a rare display of national solidarity. The UN "
        "launched a flash appeal for $71 million to help some 250,000 people in need. "
        "Many of the city's survivors have moved in with relatives in Benghazi, "
        "Al-Bayda and Tobruk, while others are sheltering in schools on the outskirts "
        "of the city. Telecommunications were partially restored on Saturday, allowing "
        "families to contact relatives for the first time in days. Engineers warned "
        "that a third dam in the area was also at risk and needed urgent inspection.",
        "disaster",
    ),
    (
        "Rescuers pull woman alive from Hatay rubble 104 hours after twin quakes",
        "Rescue teams on Friday pulled a 40-year-old woman alive from the rubble of a "
        "collapsed apartment building in Antakya, the center of Hatay province, 104 "
        "hours after the twin earthquakes that struck southern Türkiye on Monday. The "
        "death toll in Türkiye rose to 19,388, the Disaster and Emergency Management "
        "Authority (AFAD) said, while more than 77,000 people have been injured across "
        "the 10 provinces in the disaster zone. More than 110,000 search and rescue "
        "personnel, including soldiers from the Turkish Armed Forces and teams from "
        "over 60 countries, are working in freezing temperatures, the authority said. "
        "Naval ships have been deployed to Iskenderun to serve as floating hospitals "
        "and to evacuate the injured. Tent cities have been set up in Kahramanmaraş, "
        "Adıyaman and Hatay, and more than 1 million people have been placed in "
        "temporary shelters, including student dormitories and hotels in other "
        "provinces. In neighbouring Syria, the quakes killed more than 3,000 people, "
        "many of them in the opposition-held northwest, where aid enters through the "
        "Bab al-Hawa crossing. President Recep Tayyip Erdoğan, visiting the disaster "
        "area, promised that the state would rebuild destroyed homes within a year. In "
        "Kahramanmaraş, the epicenter of the first quake, rescuers used listening "
        "devices and thermal cameras to search for signs of life under the ruins of "
        "collapsed apartment blocks. Justice Minister Bekir Bozdağ said prosecutors had "
        "launched investigations into contractors whose buildings collapsed and that "
        "113 detention warrants had been issued. Volunteers from across the country "
        "have donated blankets, heaters and food, which are being distributed by AFAD "
        "and the Turkish Red Crescent (Kızılay). Schools across the country will remain "
        "closed until February 20.",
        "disaster",
    ),
    (
        "Al Haouz earthquake: Royal Armed Forces set up field hospital in Asni as toll rises",
        "The Royal Armed Forces have set up a field surgical hospital in the village of "
        "Asni, in Al Haouz province, as the death toll from Friday night's earthquake "
        "rose to 2,946, the Ministry of Interior said on Tuesday. The military "
        "hospital, which includes an operating theatre, a resuscitation unit and a "
        "radiology department, has treated more than 300 people since it opened, "
        "according to the Royal Armed Forces General Staff. Helicopters have been "
        "ferrying food, water and blankets to villages cut off by landslides in the "
        "High Atlas mountains, while army engineers work to reopen the road to Talat "
        "N'Yacoub. The 6.8-magnitude quake destroyed or damaged more than 50,000 homes, "
        "and thousands of families are sleeping in tents provided by the authorities or "
        "in makeshift shelters along the roads. King Mohammed VI visited the injured at "
        "the Mohammed VI University Hospital in Marrakech and donated blood. Morocco "
        "has accepted offers of search and rescue teams from Spain, the United Kingdom, "
        "Qatar and the United Arab Emirates. Moroccans across the country have queued "
        "at blood donation centers and sent convoys of aid to the affected provinces. "
        "In the village of Tafeghaghte, almost every house built of mud brick and stone "
        "collapsed, and survivors told Morocco World News they had buried dozens of "
        "neighbors in a single day. The government announced a program to rebuild or "
        "repair the damaged homes, with direct aid of MAD 2,500 a month for affected "
        "households for a year. The Ministry of National Education said classes for "
        "pupils in the worst-hit areas would resume in tents and in schools in "
        "Marrakech.",
        "disaster",
    ),
    (
        "UAE records heaviest rainfall in 75 years as floods swamp Dubai roads and airport",
        "The UAE recorded its heaviest rainfall since records began in 1949 on Tuesday, "
        "with 254.8mm falling in Khatm Al Shakla in Al Ain in less than 24 hours, the "
        "National Centre of Meteorology said. Floodwater swamped roads across Dubai and "
        "Sharjah, stranding motorists overnight on Sheikh Zayed Road, while residents "
        "of several communities were left without power or drinking water. Dubai "
        "International Airport, one of the world's busiest, diverted more than 50 "
        "incoming flights and asked passengers not to come to the airport unless "
        "absolutely necessary. Schools will continue with distance learning until the "
        "end of the week, and government employees have been told to work from home. In "
        "Oman, the National Committee for Emergency Management said 18 people had died, "
        "including schoolchildren swept away in a vehicle in Samad Al Shan. Civil "
        "defence teams and volunteers have been pumping water from residential areas, "
        "and the Ministry of Interior said it was working with municipalities to assess "
        "the damage.",
        "disaster",
    ),
    (
        "Torrential rains sweep away tents in Marib displacement camps",
        "Torrential rains and flash floods have damaged or destroyed the shelters of "
        "more than 4,000 displaced families in camps across Marib governorate over the "
        "past three days, the Executive Unit for IDP Camps said on Wednesday. "
        "Floodwater swept away tents, food stocks and water tanks in the Al-Jufainah, "
        "Al-Sowayda and Al-Khair camps, and families were forced to move to higher "
        "ground or sleep in the open, the unit said. Most of the camps' residents had "
        "fled the war in Sanaa, Hodeidah and Al-Bayda, and many have been displaced "
        "more than once. No deaths were reported in Marib, but floods killed at least "
        "30 people in Hodeidah and Al-Mahwit governorates last week, according to local "
        "authorities. The International Organization for Migration said its teams had "
        "distributed emergency shelter kits and hygiene items to 1,200 families and "
        "were assessing needs in the worst-affected sites. The Yemeni Meteorological "
        "Centre has warned of further heavy rain over the highlands and eastern "
        "governorates until the end of the month. Camp managers said drainage channels "
        "dug last year had been overwhelmed within hours, and appealed for permanent "
        "shelters to replace the tents.",
        "disaster",
    ),
    (
        "32 killed, 165 injured as two trains collide near Tahta in Sohag",
        "At least 32 people were killed and 165 injured on Friday when an express train "
        "ploughed into the rear of another passenger train near the town of Tahta in "
        "Sohag governorate, the Health Ministry said. The Egyptian National Railways "
        "said that unknown persons had activated the emergency brakes of the first "
        "train, which stopped between the Maragha and Tahta stations, before the second "
        "train, travelling from Luxor to Alexandria, crashed into it. Several carriages "
        "overturned and TV footage showed passengers being pulled from the twisted "
        "wreckage. The health ministry dispatched 58 ambulances to the scene, and the "
        "injured were taken to hospitals in Tahta, Maragha and Sohag. President "
        "Abdel-Fattah El-Sisi vowed that those responsible would be punished, and "
        "Transport Minister Kamel El-Wazir formed a committee to investigate. The "
        "Public Prosecution ordered the arrest of the two train drivers, their "
        "assistants and the controller of the Maragha station. Egypt's railway network "
        "has suffered a series of deadly accidents in recent years, and the government "
        "has launched a multi-billion-pound plan to modernise signalling and rolling "
        "stock. Survivors said the first train had been standing still for several "
        "minutes before the collision, and that some passengers had got off to see what "
        "had happened. Hundreds of people answered calls to donate blood at hospitals "
        "in Sohag. The collision was the deadliest on Egypt's railways since 2017, when "
        "two trains collided near Alexandria, killing 43 people.",
        "accident",
    ),
    (
        "Fire tears through COVID isolation ward at Nasiriyah's Al-Hussein hospital",
        "At least 60 people were killed and dozens injured when a fire swept through "
        "the COVID-19 isolation ward of Al-Hussein Teaching Hospital in Nasiriyah late "
        "on Monday, health officials in Dhi Qar province told Shafaq News Agency. The "
        "fire broke out after an oxygen cylinder exploded, and spread quickly through "
        "the ward, which had been built of prefabricated panels three months ago, a "
        "civil defence officer said. Civil defence teams rescued dozens of patients, "
        "but many of the victims were bedridden and could not escape. Angry relatives "
        "gathered outside the hospital through the night, searching for their loved "
        "ones and accusing the authorities of negligence. Prime Minister Mustafa "
        "Al-Kadhimi held an emergency meeting with ministers and ordered the suspension "
        "and arrest of the province's health director, the hospital director and its "
        "civil defence chief. The disaster came less than three months after a fire at "
        "Baghdad's Ibn Al-Khatib hospital, also caused by an oxygen cylinder, killed "
        "more than 80 people. Dhi Qar's governor declared three days of mourning, and "
        "parliament called for a review of safety standards in the country's hospitals. "
        "Civil defence officials said the building lacked fire alarms and sprinklers, "
        "and that the prefabricated panels had acted as fuel. Staff at the hospital had "
        "warned in the spring about poor maintenance of the oxygen lines, according to "
        "a letter seen by Shafaq News Agency. The bodies were taken to the forensic "
        "medicine department, where relatives waited for DNA tests to identify those "
        "who were badly burned.",
        "accident",
    ),
    (
        "Shahid Rajaee port explosion: Death toll rises to 57 as fire still burning",
        "The death toll from Saturday's massive explosion at Shahid Rajaee port near "
        "Bandar Abbas has risen to 57, and more than 1,200 people have been injured, "
        "the head of the Hormozgan provincial crisis management department said on "
        "Monday. Firefighters were still battling flames at the container yard where "
        "the blast occurred, and helicopters from the Army and the IRGC dropped water "
        "on the burning containers. A spokesperson for the crisis management "
        "organization said the explosion was caused by a fire in a container holding "
        "hazardous chemical materials that had not been properly stored. The Minister "
        "of Interior said initial investigations showed negligence, including failure "
        "to observe safety principles, and that those at fault would be held "
        "accountable. Officials dismissed speculation on foreign media and social "
        "networks that the blast had been caused by sabotage, saying there was no "
        "evidence of an attack. Customs operations were suspended and trucks were "
        "diverted to other ports, while President Masoud Pezeshkian visited the injured "
        "in hospitals in Bandar Abbas. The explosion coincided with a third round of "
        "indirect talks between Iran and the United States in Muscat.",
        "accident",
    ),
    (
        "Death toll in Amasra mine explosion rises to 41",
        "The death toll from an explosion at a state-owned coal mine in the Black Sea "
        "province of Bartın rose to 41 on Saturday, as rescue teams recovered the last "
        "bodies from the pit, officials said. The blast occurred late Friday at a depth "
        "of around 300 meters in the mine run by the state-owned Turkish Hard Coal "
        "Enterprises (TTK) in the town of Amasra, trapping more than 100 workers. "
        "Energy Minister Fatih Dönmez said the explosion was believed to have been "
        "caused by firedamp, a flammable gas found in coal mines. Miners from nearby "
        "Zonguldak rushed to the scene to help with the rescue, and 11 injured workers "
        "were taken to hospitals in Bartın and Istanbul. President Recep Tayyip Erdoğan "
        "visited the site and offered his condolences to the families. The prosecutor's "
        "office in Bartın launched an investigation and detained a number of officials, "
        "while opposition parties and miners' unions said warnings about the mine's "
        "safety had been ignored. The disaster brought back memories of the 2014 "
        "explosion in Soma, Türkiye's worst mining accident, in which 301 miners died. "
        "Families waited through the night outside the mine's entrance as rescuers "
        "brought out the bodies one by one. Funerals were held in Amasra and nearby "
        "villages on Sunday, attended by thousands. Turkish Hard Coal Enterprises said "
        "production at the mine had been suspended pending the results of the "
        "investigation.",
        "accident",
    ),
    (
        "Court sentences student to death for killing university classmate in Mansoura",
        "The Mansoura Criminal Court on Wednesday referred the case of a 21-year-old "
        "student accused of murdering his classmate outside the gates of Mansoura "
        "University to the Grand Mufti, a step that precedes the issuance of a death "
        "sentence. The defendant stabbed the 20-year-old woman more than a dozen times "
        "in front of other students last month after she repeatedly rejected his "
        "marriage proposals, according to the prosecution's investigations. Footage of "
        "the killing, filmed by passers-by, spread widely on social media and sparked "
        "public outrage across Egypt. The prosecution said the defendant had planned "
        "the crime for months and had threatened the victim and her family. In court, "
        "the victim's mother wept as the judge read the verdict, and relatives chanted "
        "outside the courthouse that justice had been served. The court set a session "
        "next month to announce the final verdict after receiving the Mufti's opinion. "
        "The National Council for Women welcomed the speed of the trial and called for "
        "tougher penalties for harassment and stalking. Lawyers for the defendant "
        "argued that he suffered from psychological problems and asked for a medical "
        "examination, a request the court rejected. The victim's father told reporters "
        "outside the court that his daughter had been 'a dreamer who wanted to become a "
        "judge'.",
        "crime",
    ),
    (
        "ZATCA foils attempt to smuggle 12 million amphetamine pills through Jeddah Islamic Port",
        "The Zakat, Tax and Customs Authority (ZATCA) has foiled an attempt to smuggle "
        "more than 12 million amphetamine pills hidden in a shipment of ceramic tiles "
        "arriving at Jeddah Islamic Port, the authority said on Sunday. Customs "
        "inspectors found the pills, commonly known as captagon, concealed inside the "
        "tiles after the shipment was flagged by the port's security systems. In "
        "coordination with the General Directorate of Narcotics Control, four people "
        "who were due to receive the shipment inside the Kingdom were arrested, the "
        "authority said. The seizure comes as the Ministry of Interior presses ahead "
        "with a nationwide campaign against drug dealers and smugglers, described by "
        "officials as a war on drugs. Saudi Arabia is one of the largest markets for "
        "captagon in the region, and much of the drug is produced in Syria and smuggled "
        "through Jordan, Lebanon and Iraq. ZATCA urged the public to report smuggling "
        "attempts through its hotline, offering financial rewards for information that "
        "leads to seizures. The authority said it would continue to tighten customs "
        "controls on imports and exports through all land, sea and air ports.",
        "crime",
    ),
    (
        "Armed depositor holds up Sodeco bank branch to recover her own savings",
        "A woman armed with what later turned out to be a toy pistol stormed a bank "
        "branch in Beirut's Sodeco neighborhood on Wednesday morning, accompanied by "
        "several activists, and forced employees to hand over around $13,000 of her "
        "trapped savings. The 28-year-old told reporters outside the branch that she "
        "needed the money to pay for her sister's cancer treatment and had been begging "
        "the bank for months to release it. Videos broadcast live on social media "
        "showed her standing on a desk, the pistol in her hand, while one of the "
        "activists poured gasoline on the floor and threatened to set it alight. She "
        "left through a back window before security forces arrived, and was not "
        "arrested by Wednesday evening, though the Internal Security Forces said they "
        "had identified her. The Depositors' Outcry association, which supported the "
        "action, said more hold-ups would follow as long as the banks refused to return "
        "people's money. The Association of Banks in Lebanon announced that banks would "
        "close for three days in protest at the growing number of incidents. Lebanese "
        "banks have blocked most depositors from accessing their dollar savings since "
        "the financial collapse of 2019.",
        "crime",
    ),
    (
        "Five men shot dead at car wash in Yafa an-Naseriyye as Arab community's murder "
        "toll passes 100",
        "Five men were shot dead on Thursday at a car wash in the Arab town of Yafa "
        "an-Naseriyye, near Nazareth, in the deadliest incident this year in a wave of "
        "crime that has swept Arab communities in Israel. Police said two gunmen "
        "wearing masks opened fire with automatic weapons and fled in a car that was "
        "later found torched. The victims, aged 20 to 36, included two brothers, and "
        "the police said they were investigating a possible link to a feud between "
        "criminal organizations in the area. The killings bring the number of Arab "
        "citizens murdered since the start of the year to 102, according to the Abraham "
        "Initiatives, more than double the figure for the same period last year. Arab "
        "community leaders accused the government and National Security Minister Itamar "
        "Ben-Gvir of abandoning them to the crime families, and called for a general "
        "strike on Friday. Ben-Gvir said he had ordered police to reinforce their "
        "presence in the north and called for the Shin Bet to be involved in fighting "
        "crime in Arab communities. Police data show that fewer than a fifth of this "
        "year's murders in Arab towns have been solved.",
        "crime",
    ),
    (
        "Baghdad police free kidnapped merchant's son, arrest four-member gang",
        "Baghdad police have freed a 14-year-old boy abducted by a kidnapping gang in "
        "the Al-Mansour district and arrested four suspects, the Interior Ministry said "
        "on Saturday. A security source told Shafaq News Agency that the boy, the son "
        "of a well-known textile merchant, was seized on his way home from school on "
        "Wednesday by men who bundled him into a car without licence plates. The "
        "kidnappers demanded a ransom of $200,000 from the family, and the merchant "
        "informed the police, who traced the calls to a house in the Abu Ghraib area on "
        "the western outskirts of the capital. An intelligence unit raided the house at "
        "dawn on Saturday and freed the boy unharmed, the source said. The gang "
        "members, who include a former employee of the merchant, confessed during "
        "preliminary interrogation to two previous kidnappings, according to the "
        "ministry. Police also seized two pistols, several mobile phones and fake "
        "identity cards. The ministry urged citizens to report such crimes immediately, "
        "saying that paying ransoms only encouraged the gangs.",
        "crime",
    ),
]
