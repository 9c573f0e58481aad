"""dev429 negatives from the disaster, accident and health pages: floods, landslides, cloudbursts,
the monsoon and cyclones, rail and air crashes, stampedes, factory blasts and epidemics."""

NEGATIVES = [
    (
        "Wayanad landslides: Toll crosses 150 as Army builds bailey bridge; hundreds still missing",
        "The death toll in the landslides that flattened Mundakkai and Chooralmala villages in "
        "Kerala's Wayanad district rose to 156 on Wednesday, as rescuers from the Army, the NDRF "
        "and the Fire and Rescue Services dug through slush and boulders for survivors. Officials "
        "said nearly 200 people were still missing. The landslides struck in the early hours of "
        "Tuesday after extremely heavy rain, sweeping away homes, a school and a temple along the "
        "Iruvazhinji river. The Army's Madras Engineer Group began building a 190-foot bailey "
        "bridge to reach Mundakkai after the only bridge was washed away. More than 3,000 people "
        "have been moved to 45 relief camps in Meppadi and nearby areas, the district collector "
        "said. “The whole village is gone; there is nothing left to go back to,” said a tea estate "
        "worker at a camp in Meppadi. Chief Minister Pinarayi Vijayan called it one of the worst "
        "disasters the State has seen. Kerala has declared two days of official mourning.",
        "disaster",
    ),
    (
        "Assam floods: Over 21 lakh affected in 29 districts, 52 dead; Kaziranga animals move to highlands",
        "The flood situation in Assam worsened on Thursday, with more than 21 lakh people affected "
        "in 29 districts and the death toll this year rising to 52, the Assam State Disaster "
        "Management Authority said. The Brahmaputra was flowing above the danger mark at "
        "Neamatighat, Tezpur and Dhubri, and several embankments were breached in Dhemaji and "
        "Lakhimpur. Nearly 54,000 people have taken shelter in 612 relief camps, officials said. "
        "In Kaziranga National Park, 95% of the anti-poaching camps were under water and six "
        "hog deer drowned, park authorities said, as rhinos and elephants crossed National Highway "
        "715 towards the Karbi hills. Chief Minister Himanta Biswa Sarma visited relief camps in "
        "Dibrugarh and said the State would seek additional funds from the Centre. Army and SDRF "
        "teams rescued stranded villagers in boats in Morigaon and Nagaon. The India Meteorological "
        "Department has forecast more heavy rain in upper Assam over the next three days.",
        "disaster",
    ),
    (
        "Himachal monsoon fury: Cloudbursts in Mandi leave 11 dead, 34 missing; roads cut off",
        "At least 11 people were killed and 34 are missing after a series of cloudbursts and flash "
        "floods hit Mandi district of Himachal Pradesh overnight, officials said on Wednesday. "
        "Seraj, Karsog and Gohar subdivisions were the worst hit, with houses, cowsheds and "
        "vehicles washed away in swollen streams. The State Emergency Operation Centre said 406 "
        "roads, including the Chandigarh-Manali highway at places, were closed and more than 1,500 "
        "power transformers were disrupted. Teams of the NDRF, SDRF, police and Home Guards were "
        "searching for the missing, and an Indian Air Force helicopter was kept on standby to drop "
        "rations in cut-off villages. In Thunag, residents said they had to walk for hours to "
        "reach the nearest road. Chief Minister Sukhvinder Singh Sukhu said the State had suffered "
        "losses of over Rs 500 crore since the monsoon arrived on June 20. The IMD has issued a "
        "red alert for heavy rain in six districts till Saturday.",
        "disaster",
    ),
    (
        "Cyclone Biparjoy: Over 1 lakh evacuated in Gujarat as storm nears landfall near Jakhau",
        "More than one lakh people living along Gujarat's coast were moved to safer places on "
        "Wednesday as Cyclone Biparjoy, classified as a very severe cyclonic storm, headed towards "
        "landfall near Jakhau port in Kutch district, officials said. The India Meteorological "
        "Department said the cyclone was expected to cross the coast on Thursday evening with wind "
        "speeds of 125-135 kmph, gusting to 150 kmph. Nearly 46,800 people in Kutch alone have "
        "been moved to temporary shelters, Relief Commissioner Alok Pandey said. Eighteen NDRF "
        "teams, 12 SDRF teams and Army and Navy columns have been deployed, and the Coast Guard "
        "has pulled fishing boats back to harbour. The Western Railway has cancelled or "
        "short-terminated 95 trains. Kandla and Mundra ports have suspended operations. Chief "
        "Minister Bhupendra Patel reviewed the preparations at the State Emergency Operation "
        "Centre in Gandhinagar. “We have set a target of zero casualties,” he said.",
        "disaster",
    ),
    (
        "Kishtwar cloudburst: 46 dead, over 100 injured at Chasoti on Machail Mata yatra route",
        "At least 46 people, including two CISF personnel, were killed and more than 100 injured "
        "when a cloudburst triggered flash floods at Chasoti village on the route of the Machail "
        "Mata yatra in Jammu and Kashmir's Kishtwar district on Thursday afternoon. The village, "
        "the last motorable point on the route, was packed with pilgrims, and a langar serving "
        "food was washed away along with shops, vehicles and a security post, officials said. "
        "The Army, the police, the NDRF and the SDRF were carrying out rescue operations, and "
        "around 160 people had been pulled out of the debris by evening. Officials fear the toll "
        "could rise as many people remain missing. The yatra has been suspended. Chief Minister "
        "Omar Abdullah cancelled the at-home event on Independence Day and rushed ministers to "
        "the district. Survivors said they heard a loud roar before a wall of water and boulders "
        "came down the nallah. Injured pilgrims were airlifted to Jammu.",
        "disaster",
    ),
    (
        "Sikkim flash floods: 23 Army personnel missing after Teesta surge hits camp; Chungthang dam washed away",
        "Twenty-three Army personnel were reported missing and several vehicles submerged after "
        "a sudden surge in the Teesta river swept through an Army camp at Bardang in north Sikkim "
        "early on Wednesday, the Army said. The flash flood was triggered by a glacial lake outburst "
        "at South Lhonak Lake after a cloudburst, officials said. The surge also washed away the "
        "Chungthang dam of the Teesta Stage III hydropower project, and the Sikkim government said "
        "at least 14 people had died and 102 were missing across four districts. Thousands of "
        "tourists were stranded in Lachung and Lachen after bridges on the North Sikkim Highway "
        "were destroyed. The Army's Trishakti Corps launched search operations along the river "
        "and recovered some of the missing soldiers' vehicles downstream in West Bengal. Relief "
        "camps have been set up in Singtam and Rangpo. Chief Minister Prem Singh Tamang called it "
        "a disaster and sought central assistance.",
        "disaster",
    ),
    (
        "Balasore train tragedy: Toll rises to 288 as rescue ends; signalling error suspected",
        "The death toll in the triple train accident near Bahanaga Bazar station in Odisha's "
        "Balasore district rose to 288 on Saturday, and more than 1,100 people were injured, "
        "railway officials said, as rescue operations were called off after 17 hours. The "
        "Coromandel Express, running at about 128 kmph, entered a loop line and crashed into a "
        "stationary goods train on Friday evening, and its derailed coaches hit the rear of the "
        "Bengaluru-Howrah Superfast Express passing on the adjoining track. Railway Minister "
        "Ashwini Vaishnaw said a change in the electronic interlocking had been identified as the "
        "cause and ordered a probe by the Commissioner of Railway Safety. Local residents were the "
        "first to reach the mangled coaches and pulled out passengers before NDRF and Odisha Fire "
        "Service teams arrived. Hundreds of people queued outside hospitals in Balasore to donate "
        "blood. Prime Minister Narendra Modi visited the site and the hospital.",
        "accident",
    ),
    (
        "Stampede outside Chinnaswamy stadium during RCB victory celebrations kills 11",
        "Eleven people were killed and over 50 injured in a stampede outside the M. Chinnaswamy "
        "Stadium in Bengaluru on Wednesday evening as huge crowds gathered to celebrate Royal "
        "Challengers Bengaluru's first IPL title, police said. Lakhs of fans had converged on the "
        "stadium and the Vidhana Soudha, where the team was felicitated, and many tried to push "
        "through the gates of the stadium, which can hold about 35,000 people. Several people "
        "fell in the crush near Gate 7 and were trampled, witnesses said. The dead include a "
        "14-year-old girl and several college students. Chief Minister Siddaramaiah announced "
        "compensation of Rs 10 lakh for each of the families and ordered a magisterial inquiry. "
        "The celebrations inside the stadium went ahead, drawing criticism from opposition "
        "parties. The Karnataka High Court took suo motu cognisance of the incident on Thursday. "
        "Police said no one had expected such a crowd.",
        "accident",
    ),
    (
        "Maha Kumbh stampede: 30 dead in early-morning crush at Sangam on Mauni Amavasya",
        "Thirty people were killed and 60 injured in a stampede at the Sangam in Prayagraj in the "
        "early hours of Wednesday, as crores of devotees converged for a holy dip on Mauni "
        "Amavasya, the most important bathing day of the Maha Kumbh, the Uttar Pradesh Police "
        "said. The crush began around 1.30 a.m. when a surge of pilgrims broke through barricades "
        "on the Akhara Marg and fell on people sleeping near the ghat, Deputy Inspector General "
        "Vaibhav Krishna said. Twenty-five of the dead had been identified by evening. Shoes, "
        "bags and blankets lay strewn near the barricades hours after the incident. The akharas "
        "postponed their Amrit Snan by several hours and then went ahead with a scaled-down "
        "procession. Chief Minister Yogi Adityanath ordered a judicial inquiry. Officials said "
        "more than seven crore people had taken a dip by the end of the day.",
        "accident",
    ),
    (
        "Air India flight to London crashes after take-off in Ahmedabad; 241 on board killed",
        "An Air India Boeing 787 Dreamliner bound for London's Gatwick crashed into a medical "
        "college hostel in Ahmedabad's Meghaninagar moments after take-off on Thursday afternoon, "
        "killing 241 of the 242 people on board, the airline said. One passenger, a British "
        "national seated in 11A, survived and was being treated in hospital. Flight AI171 had "
        "taken off from the Sardar Vallabhbhai Patel International Airport at 1.39 p.m. and the "
        "pilots sent a mayday call before the aircraft lost height and crashed, the DGCA said. "
        "Several people on the ground, including students having lunch in the mess of the B.J. "
        "Medical College, were also killed. Former Gujarat Chief Minister Vijay Rupani was among "
        "the passengers. The Aircraft Accident Investigation Bureau has begun a probe and the "
        "black boxes are being searched for. Civil Aviation Minister Ram Mohan Naidu said the "
        "government would look into every aspect of the crash.",
        "accident",
    ),
    (
        "Sigachi pharma plant blast: Toll rises to 42 in Sangareddy; dryer explosion suspected",
        "The death toll in the explosion at Sigachi Industries' pharmaceutical plant at "
        "Pashamylaram in Telangana's Sangareddy district rose to 42 on Wednesday, as rescue "
        "workers removed more bodies from the debris of the collapsed building, officials said. "
        "The blast on Monday morning ripped through the three-storey production block where around "
        "140 workers were on duty, flinging some of them dozens of metres away. Officials said an "
        "explosion in a spray dryer was suspected, though the company said the cause was still "
        "being investigated. Most of the dead were migrant workers from Bihar, Odisha and Uttar "
        "Pradesh, and several bodies were charred beyond recognition and sent for DNA "
        "identification. Relatives waited outside the Patancheru government hospital for news. "
        "The company announced compensation of Rs 1 crore for the family of each deceased worker. "
        "The Telangana government has set up an expert committee to inquire into the accident.",
        "accident",
    ),
    (
        "Nipah confirmed in Kozhikode, containment zones declared in nine panchayats",
        "The Kerala government declared containment zones in nine panchayats of Kozhikode district "
        "on Wednesday after two deaths in the district were confirmed to be caused by the Nipah "
        "virus, Health Minister Veena George said. Samples sent to the National Institute of "
        "Virology in Pune tested positive, and two more people, including a nine-year-old boy, "
        "are under treatment. The health department has traced 706 contacts, of whom 77 are in "
        "the high-risk category, the minister said. Schools, offices and shops in the containment "
        "zones will stay closed, and people have been told to wear masks. A central team will "
        "reach Kozhikode on Thursday and a mobile BSL-3 laboratory is being set up. It is the "
        "fourth Nipah outbreak in Kozhikode since 2018. Officials said fruit bats in the area "
        "were being sampled. Health workers went door to door in Maruthonkara asking about "
        "fevers.",
        "health",
    ),
    (
        "TB Mukt Bharat: Health Ministry launches 100-day campaign in 347 districts",
        "Union Health Minister J.P. Nadda on Saturday launched an intensified 100-day campaign "
        "against tuberculosis in 347 high-burden districts, calling it a “jan andolan” to wipe "
        "out the disease. Health workers will screen vulnerable groups, including people with "
        "diabetes, smokers, malnourished people and those living with HIV, using hand-held X-ray "
        "machines and molecular tests, the Ministry said. India accounts for over a quarter of "
        "the world's TB cases, although incidence has fallen by 17.7% since 2015, according to "
        "the WHO. “We are at war with TB, and we will win this war with the people's "
        "participation,” Mr. Nadda said. Ni-kshay Mitras, or volunteers, will provide nutrition "
        "kits to patients under treatment. The campaign will end on March 24, World TB Day. "
        "Public health experts welcomed the push but said shortages of some drugs at district "
        "level needed to be fixed.",
        "health",
    ),
]
