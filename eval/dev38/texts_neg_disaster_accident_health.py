"""dev38 negatives: disasters, accidents and health. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Mokwa flood: death toll rises to 151, over 3,000 displaced",
        "The death toll from the flood that swept through Mokwa town in Niger State has risen to 151, the State Emergency Management Agency said on Monday, with more than 3,000 residents displaced. Soldiers of the Nigerian Army and volunteers are still searching for bodies along the river channel. The Federal Government has approved relief materials for the victims.",
        "disaster",
    ),
    (
        "NDMA: monsoon rains claim 45 lives in Khyber Pakhtunkhwa",
        "At least 45 people have lost their lives and 120 were injured in rain-related incidents across Khyber Pakhtunkhwa over the past week, the Provincial Disaster Management Authority said. Roof collapses and flash floods damaged over 600 houses, mostly in Swat and Shangla districts. Army troops have been called in to assist the civil administration in rescue work.",
        "disaster",
    ),
    (
        "Floods displace 2,000 families in Tana River County",
        "More than 2,000 families have been displaced after the Tana River burst its banks, submerging villages in Garsen and Bura, the County Commissioner said. The Kenya Red Cross has set up camps at higher ground and is distributing food and mosquito nets. Residents have been urged to move away from riparian areas.",
        "disaster",
    ),
    (
        "Floods destroy over 3,000 houses in Maradi region",
        "Torrential rains have destroyed more than 3,000 houses and killed 12 people in the Maradi region since the beginning of the rainy season, the Minister of Humanitarian Action said during a visit to the affected localities. The government has released food aid and tents for the disaster victims, ANP reported.",
        "disaster",
    ),
    (
        "Fire razes 500 shelters in Maiduguri IDP camp",
        "A fire razed about 500 shelters at the Muna El-Badawy camp for internally displaced persons in Maiduguri on Sunday afternoon, the Borno State Emergency Management Agency said. The fire started from a cooking point and was fanned by strong winds, destroying food and household items. No life was lost, the agency said.",
        "disaster",
    ),
    (
        "Magnitude 5.6 earthquake jolts Razavi Khorasan, 40 injured",
        "An earthquake measuring 5.6 on the Richter scale shook the city of Kashmar in Razavi Khorasan province on Tuesday, injuring 40 people and damaging several rural houses, the provincial crisis management headquarters said. Red Crescent rescue teams were dispatched to the affected villages. Most of the injured were treated on the spot and released. Aftershocks continued through the night, and residents of several villages slept in tents.",
        "disaster",
    ),
    (
        "Flash floods kill dozens in Baghlan, hundreds of houses destroyed",
        "Flash floods caused by heavy rain have killed dozens of people and destroyed hundreds of houses in several districts of Baghlan province, the provincial spokesman of the Islamic Emirate said. The Ministry of Defence sent helicopters to evacuate people stranded in the valleys, Bakhtar reported.",
        "disaster",
    ),
    (
        "Landslide buries houses in Chamoli village, seven missing",
        "Seven people are missing after a landslide triggered by a cloudburst buried four houses in a village in Chamoli district of Uttarakhand early on Wednesday, officials said. Teams of the SDRF, NDRF and the Indo-Tibetan Border Police are carrying out rescue operations. The Badrinath highway remains blocked at several points.",
        "disaster",
    ),
    (
        "Flood evacuees in Kelantan rise to over 40,000",
        "The number of flood evacuees in Kelantan rose to 40,212 this morning from 31,500 last night, with 210 relief centres opened in eight districts, according to the Social Welfare Department. Tumpat and Pasir Mas are the worst-hit districts, Bernama reported. The Malaysian Meteorological Department has issued a continuous heavy rain warning.",
        "disaster",
    ),
    (
        "Torrential rains collapse hundreds of houses in Kassala",
        "Torrential rains and floods have collapsed more than 700 houses in Kassala state and cut the road to Halfa al-Jadida, the state's civil defence said. Families whose homes were destroyed are being sheltered in schools, SUNA reported. The governor appealed for tents and food supplies.",
        "disaster",
    ),
    (
        "Civil Defence evacuates 60,000 as hurricane approaches eastern Cuba",
        "The Civil Defence has evacuated more than 60,000 people in the provinces of Guantánamo and Holguín as the hurricane approaches the eastern coast of Cuba, the National Staff said. Most evacuees are staying in the homes of relatives and neighbours, and the rest in state facilities, Prensa Latina reported.",
        "disaster",
    ),
    (
        "Wildfire in Izmir forces evacuation of four villages",
        "A forest fire that broke out in the Menderes district of Izmir forced the evacuation of four villages as strong winds spread the flames, the provincial governor said. Firefighting planes and helicopters were deployed, and 15 people were treated for smoke inhalation, Anadolu reported.",
        "disaster",
    ),
    (
        "Drought drives thousands of pastoralists to Gedo towns",
        "Thousands of pastoralist families have moved to the outskirts of Luuq and Doolow after four failed rainy seasons killed their livestock, the Ministry of Humanitarian Affairs and Disaster Management said. The ministry called on partners to scale up water trucking and nutrition services.",
        "disaster",
    ),
    (
        "Twenty-seven farmers drown as boat capsizes in Niger State",
        "Twenty-seven farmers drowned when a wooden boat carrying about 60 passengers capsized on the river near Gbajibo in Mokwa Local Government Area of Niger State, the emergency agency said. The boat was overloaded with passengers and bags of farm produce. Local divers have so far rescued 22 people alive.",
        "accident",
    ),
    (
        "Tanker explosion kills 18 on Enugu-Onitsha expressway",
        "Eighteen people were burnt to death when a petrol tanker lost control, rammed into vehicles and exploded on the Enugu-Onitsha expressway on Saturday, the Federal Road Safety Corps said. The sector commander blamed brake failure and said 17 vehicles were razed in the inferno.",
        "accident",
    ),
    (
        "Coaster plunges into ravine on Karakoram Highway, 11 dead",
        "Eleven passengers were killed and nine injured when a coaster plunged into a ravine on the Karakoram Highway near Chilas, Rescue 1122 said. The vehicle was on its way from Rawalpindi to Gilgit when the driver lost control on a sharp turn, APP reported.",
        "accident",
    ),
    (
        "Eleven killed in matatu crash on Nakuru-Eldoret highway",
        "Eleven people were killed on the spot when a 14-seater matatu collided head-on with a trailer at Salgaa on the Nakuru-Eldoret highway on Sunday night, police said. The injured were rushed to the Nakuru Level Five Hospital. The traffic commandant urged motorists to avoid overtaking on the stretch.",
        "accident",
    ),
    (
        "Eight workers killed in blast at firecracker unit near Sivakasi",
        "Eight workers were killed and six others injured in an explosion at a firecracker manufacturing unit near Sivakasi in Virudhunagar district on Saturday, police said. The blast occurred while chemicals were being mixed, and fire tenders took two hours to douse the flames. The Chief Minister announced ex gratia for the families of the deceased.",
        "accident",
    ),
    (
        "Canoe capsizes on Lake Kivu, 34 passengers missing",
        "Thirty-four passengers are missing after an overloaded canoe capsized on Lake Kivu near the island of Idjwi on Thursday evening, the provincial transport ministry said. The vessel was travelling from Kalehe to Goma with goods and travellers when it was hit by strong winds. Rescuers have recovered six bodies.",
        "accident",
    ),
    (
        "Gas explosion destroys residential building in Mashhad",
        "A gas explosion destroyed a four-storey residential building in Mashhad on Wednesday morning, killing three people and injuring 11, the city's fire department said. Rescue teams pulled two people alive from the rubble. Initial investigations pointed to a leak in the building's gas pipes, IRNA reported.",
        "accident",
    ),
    (
        "Miners trapped after collapse at Yakutia gold mine",
        "Thirteen miners were trapped underground after a rock collapse at a gold mine in the Republic of Sakha (Yakutia), the regional branch of the Emergencies Ministry said. Rescuers have established contact with the miners and are clearing the shaft, TASS reported. Fifty rescuers are working at the site, and the Investigative Committee has opened a criminal case over violations of safety rules.",
        "accident",
    ),
    (
        "Launch capsizes in Meghna after collision with cargo vessel",
        "At least nine passengers died when a launch carrying around 150 people capsized in the Meghna river near Chandpur after colliding with a sand-laden cargo vessel, fire service officials said. Divers of the navy and the coast guard are searching for the missing, BSS reported.",
        "accident",
    ),
    (
        "Artisanal gold mine collapse in Kéniéba kills 42",
        "At least 42 people, many of them women, were killed when a gallery of an artisanal gold mine collapsed near Kéniéba in the Kayes region, the Ministry of Mines said. The site had been closed for the rainy season, and the authorities urged gold panners to respect the ban.",
        "accident",
    ),
    (
        "Stampede at charity event in Ibadan kills 35 children",
        "Thirty-five children were killed in a stampede at a funfair organised for pupils at a secondary school in Ibadan on Wednesday, the Oyo State Police Command said. Thousands of children had gathered at the gate of the venue before it opened. The governor ordered an investigation.",
        "accident",
    ),
    (
        "Diphtheria outbreak: Kano records 70 deaths, vaccination intensified",
        "The Kano State Ministry of Health has recorded 70 deaths from diphtheria out of over 1,000 suspected cases in 22 local government areas, the commissioner said. The state has intensified routine immunisation and deployed rapid response teams to the affected communities.",
        "health",
    ),
    (
        "Cholera outbreak: 300 cases reported in Migori",
        "More than 300 cholera cases and four deaths have been reported in Migori County, the county health department said, with most patients from fishing communities along Lake Victoria. Health officials urged residents to boil drinking water and said the county had set up treatment centres. The Ministry of Health has dispatched oral vaccines to the county.",
        "health",
    ),
    (
        "Anti-polio drive to vaccinate 45 million children begins",
        "A nationwide anti-polio campaign to vaccinate more than 45 million children under the age of five began on Monday, the Prime Minister's Focal Person on Polio Eradication said. Over 400,000 frontline workers will go door to door during the seven-day campaign, APP reported.",
        "health",
    ),
    (
        "Mpox cases rise in Equateur province, health ministry says",
        "The number of suspected mpox cases in Equateur province has risen to 1,400 since the start of the year, with 40 deaths, the Ministry of Public Health said. Vaccination of contacts and health workers began in Mbandaka last week, Radio Okapi reported.",
        "health",
    ),
    (
        "Meningitis vaccination campaign launched in Hauts-Bassins",
        "The Ministry of Health launched a meningitis vaccination campaign targeting more than 800,000 people aged one to 29 in the Hauts-Bassins region on Monday, the Burkinabe Information Agency reported. The campaign follows an increase in suspected cases since the start of the dry season.",
        "health",
    ),
    (
        "Measles vaccination campaign reaches 1.2 million Afghan children",
        "More than 1.2 million children were vaccinated against measles in the first week of a nationwide campaign, the Ministry of Public Health of the Islamic Emirate said. The ministry thanked religious scholars for encouraging families to take part in the campaign. The campaign is supported by the World Health Organisation and UNICEF.",
        "health",
    ),
    (
        "Two pilots killed as army helicopter crashes during training flight",
        "Two pilots were killed when a helicopter of the Army Aviation crashed during a routine training flight near Mangla on Tuesday, the ISPR said. A technical fault is suspected, and an inquiry has been ordered to determine the cause of the crash, APP reported.",
        "accident",
    ),
    (
        "Malaria vaccine rollout expanded to eight more counties",
        "The Ministry of Health has expanded the rollout of the malaria vaccine to eight more counties in the Lake Victoria region, targeting children aged six months to two years, the director general of health said. The vaccine was first introduced in Siaya, Homa Bay and Migori under a pilot programme.",
        "health",
    ),
]
