"""dev149 hard negatives: disasters, accidents and health (floods, a cyclone, a quake, a camp
fire, a train collision, an air crash, a restaurant fire, a stampede, dengue, polio, malaria)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Flood toll crosses 1,000 as Sindh, Balochistan reel under 'monsoon on steroids'",
        "ISLAMABAD: The death toll from the floods that have swept across the country since "
        "mid-June crossed 1,000 on Sunday, the National Disaster Management Authority (NDMA) "
        "said, as rescue teams struggled to reach villages cut off by the swollen Indus and its"
        " tributaries. According to the NDMA's daily situation report, 119 people died in the "
        "past 24 hours alone, most of them in Sindh, where entire districts lie under water. "
        "More than 33 million people have been affected, nearly a million houses damaged or "
        "destroyed and around 3,000 kilometres of roads washed away, the authority said. Army "
        "and Navy personnel have been deployed in Dadu, Khairpur, Naushahro Feroze and "
        "Jaffarabad, where boats and helicopters are being used to evacuate families stranded "
        'on rooftops and embankments. "We have lost everything, our crops, our cattle, our '
        'home," said Ghulam Rasool, who has been living under a plastic sheet on the Indus '
        "Highway with his family for a week. Climate Change Minister Sherry Rehman described "
        'the disaster as a "climate-induced humanitarian catastrophe" and said the rains this '
        "year were far above the 30-year average in Sindh and Balochistan. Prime Minister "
        "Shehbaz Sharif has declared a national emergency and appealed to the international "
        "community for help. The United Nations launched a flash appeal for $160 million, and "
        "the first relief flights from the UAE and Turkey landed in Islamabad and Karachi. In "
        "Balochistan, the collapse of bridges on the national highways has cut off Quetta from "
        "the rest of the country by road for a fourth day. Health officials warned of outbreaks"
        " of diarrhoea, malaria and skin infections in relief camps, where tens of thousands of"
        " people are living in cramped conditions. The Met Office has forecast more rain in the"
        " coming week.",
        "disaster",
    ),
    (
        "Death toll in Kathmandu Valley floods reaches 148 as rescuers dig through landslide "
        "debris",
        "The death toll from the floods and landslides triggered by two days of incessant rain "
        "has reached 148, with 59 people still missing, the Home Ministry said on Monday, as "
        "security personnel continued to search for bodies buried under the debris along the "
        "Tribhuvan Highway. Kathmandu Valley alone accounted for 56 deaths, the highest for the"
        " capital in decades, after the Nakkhu, Bagmati and Balkhu rivers burst their banks and"
        " inundated settlements along their banks on Saturday. At Jhyaple Khola in Dhading, "
        "where a landslide buried three buses and several other vehicles on Friday night, Nepal"
        " Army personnel recovered 35 bodies. The Nepal Army, Nepal Police and Armed Police "
        "Force have deployed more than 20,000 personnel for search and rescue, and helicopters "
        "have rescued hundreds of people stranded on rooftops and on highways, according to the"
        ' ministry. "The water came into our house within minutes. We climbed onto the roof and'
        ' waited there the whole night," said Sita Maharjan, a resident of Balkhu. Experts said'
        " unplanned settlements on floodplains and encroachment of riverbanks had worsened the "
        "damage. The government has announced a three-day closure of schools in the valley and "
        "the suspension of all classes at universities. Traffic on most highways connecting the"
        " capital with the rest of the country remains disrupted.",
        "disaster",
    ),
    (
        "Cyclone Remal: 10 dead, lakhs without power as storm batters coast",
        "At least 10 people were killed and hundreds of thousands left without electricity as "
        "Cyclone Remal battered the coastal districts with winds of up to 111 kilometres an "
        "hour overnight before weakening over land yesterday, officials said. Most of the "
        "deaths were caused by falling trees and walls, and by drowning, in Khulna, Satkhira, "
        "Barishal, Patuakhali, Bhola and Chattogram, according to the disaster management and "
        "relief ministry. Around 8 lakh people had been evacuated to some 9,000 cyclone "
        "shelters before the storm made landfall near Mongla port on Sunday night, the ministry"
        " said. A tidal surge of up to 12 feet above normal flooded low-lying areas and "
        "breached embankments in several places, inundating shrimp enclosures and croplands. "
        "The Meteorological Department lowered the danger signal to a local cautionary signal "
        "yesterday afternoon. Power supply to nearly three crore people was disrupted, and the "
        "Rural Electrification Board said it would take several days to fully restore lines in "
        "the worst-hit areas. Forest officials said they were assessing the damage in the "
        "Sundarbans, where the storm surge had submerged freshwater ponds that wild animals "
        "depend on. Cox's Bazar and Chattogram airports, closed on Sunday, resumed operations "
        "yesterday.",
        "disaster",
    ),
    (
        "Massive fire in Rohingya camp leaves 12,000 homeless",
        "Some 12,000 Rohingya refugees were left without shelter after a fire tore through Camp"
        " 11 in Cox's Bazar's Ukhiya on Sunday afternoon, destroying around 2,000 shelters, as "
        "well as learning centres and mosques, officials said. No deaths were reported, "
        "although several people were treated for burns and smoke inhalation. The fire, which "
        "started around 2:45pm, spread quickly through the densely packed bamboo-and-tarpaulin "
        "shelters, fanned by dry weather and strong winds, fire service officials said. It took"
        ' nine fire units around three hours to bring it under control. "I took my children and'
        ' ran. We could not bring anything out," said Noor Kamal, 35, who lost his shelter. The'
        " Refugee Relief and Repatriation Commissioner said a probe committee had been formed "
        "to find out the cause of the fire, and that affected families were being temporarily "
        "accommodated in learning centres and with relatives in neighbouring camps. UNHCR and "
        "its partners distributed food, water and emergency shelter kits to the affected "
        "families. Fires are common in the camps, home to more than a million Rohingyas who "
        "fled Myanmar, particularly in the dry season.",
        "disaster",
    ),
    (
        "Death toll from Kunar earthquake rises to over 1,400, relief efforts hampered by "
        "landslides",
        "The death toll from the earthquake that struck eastern Afghanistan on Sunday night has"
        " risen to more than 1,400, with over 3,100 people injured, the Islamic Emirate's "
        "spokesman said on Tuesday. Most of the casualties were in Kunar province, where entire"
        " villages of mud and stone houses collapsed in the districts of Nurgal, Chawkay and "
        "Dara-e-Pech. The 6.0-magnitude quake struck shortly before midnight at a depth of only"
        " 8 kilometres, according to the US Geological Survey, and was followed by several "
        "strong aftershocks. Rescue efforts have been hampered by landslides that blocked "
        "mountain roads, and the Ministry of Defence said its helicopters had carried out "
        'dozens of flights to evacuate the injured to hospitals in Jalalabad and Kabul. "Our '
        'whole village is destroyed; we are pulling people out with our hands," a resident of '
        "Nurgal told TOLOnews. Aid agencies have warned that they lack funds to respond at "
        "scale after steep cuts in foreign assistance this year. The World Health Organization "
        "said hospitals in Nangarhar were overwhelmed and that it had sent medical supplies. "
        "Many survivors spent the night in the open, fearing further aftershocks.",
        "disaster",
    ),
    (
        "Ditwah leaves trail of destruction: 56 dead, over 200,000 affected as floods, "
        "landslides hit several districts",
        "At least 56 people have been killed and 21 others reported missing as Cyclone Ditwah "
        "brought torrential rains and strong winds to several districts over the past three "
        "days, triggering floods and landslides, the Disaster Management Centre (DMC) said "
        "yesterday. Badulla and Nuwara Eliya districts accounted for most of the deaths, where "
        "landslides buried houses and line rooms in plantation areas, the DMC said. More than "
        "200,000 people from over 60,000 families have been affected, and nearly 15,000 have "
        "been moved to 300 safety centres, mainly schools and temples. The Kelani, Kalu and "
        "Mahaweli rivers have breached their banks in several places, and the Irrigation "
        "Department warned that the flood situation in low-lying areas of Colombo and Gampaha "
        "could worsen over the next 24 hours. The Army, Navy and Air Force have been deployed "
        "for rescue operations, and Air Force helicopters airlifted people stranded in Kotmale "
        "and Hanguranketha. Train services on the upcountry line were suspended after a rock "
        "fell onto the tracks near Ella. The Government declared a holiday for all schools "
        "until Monday. The Meteorology Department said the cyclone was moving away from the "
        "island but that heavy showers would continue in the central and Uva provinces.",
        "disaster",
    ),
    (
        "Balasore train tragedy: 288 dead as Coromandel Express rams goods train, derailed "
        "coaches hit Yesvantpur express",
        "The death toll in the collision of three trains near Bahanaga Bazar station in "
        "Odisha's Balasore district rose to 288 on Saturday, with over 1,000 people injured, "
        "officials said, making it one of the worst rail accidents in the country's history. "
        "The Chennai-bound Coromandel Express crashed into a goods train standing on the loop "
        "line on Friday evening, and several of its derailed coaches fell onto the adjacent "
        "track, where they were hit by the Yesvantpur-Howrah Superfast Express. NDRF and Odisha"
        " Disaster Rapid Action Force teams, along with local residents, worked through the "
        "night to pull people out of the mangled coaches, and Army and Air Force personnel "
        "joined the rescue operation on Saturday. Railway Minister Ashwini Vaishnaw said the "
        "root cause of the accident had been identified as a change in electronic interlocking,"
        " and that the Commissioner of Railway Safety would submit a report. Prime Minister "
        "Narendra Modi visited the site and the hospital in Balasore and said the guilty would "
        "be punished severely. Hundreds of people queued outside hospitals in Balasore and "
        "Cuttack to donate blood. More than 90 trains were cancelled and several diverted. "
        "Odisha Chief Minister Naveen Patnaik declared a day of State mourning. Many of the "
        "dead were migrant workers travelling from West Bengal to the south in the unreserved "
        "general coaches, which were the most crowded, officials said. Identifying the bodies "
        "has proved difficult, and photographs of the dead were displayed on screens at a "
        "school in Bahanaga where they had been kept. The Congress demanded the resignation of "
        "the Railway Minister.",
        "accident",
    ),
    (
        "All 72 on board feared dead as Yeti Airlines plane crashes in Pokhara",
        "A Yeti Airlines plane carrying 72 people, including four crew members, crashed into "
        "the Seti river gorge while approaching the new Pokhara International Airport on Sunday"
        " morning, and there are no known survivors, officials said. The ATR 72 aircraft, "
        "flight YT 691, had taken off from Kathmandu at 10:33am and lost contact with the "
        "control tower minutes before it was due to land. Sixty-eight bodies had been recovered"
        " by evening, according to the Kaski District Police Office, and search operations "
        "would resume on Monday for the remaining four. Among the passengers were five Indians,"
        " four Russians, two South Koreans and one national each from Australia, Argentina, "
        "Ireland and France. Video footage shot by a resident and widely shared online showed "
        "the plane banking sharply to the left before plunging. Prime Minister Pushpa Kamal "
        "Dahal convened an emergency meeting of the Cabinet, which formed a five-member "
        "commission to investigate the crash and declared Monday a national day of mourning. "
        "The airport, built with a loan from China, had been inaugurated only two weeks "
        "earlier. It is the deadliest air crash in Nepal since 1992.",
        "accident",
    ),
    (
        "Bailey Road fire: 46 killed as blaze engulfs seven-storey building housing restaurants",
        "At least 46 people were killed and 22 others injured when a fire broke out in a "
        "seven-storey building housing restaurants and shops on the capital's Bailey Road on "
        "Thursday night, officials said. The fire started at a cafe on the ground floor at "
        "around 9:50pm and quickly spread through the building, where diners had gathered on "
        "the upper floors, according to Fire Service and Civil Defence. Many of the victims "
        "died of suffocation as smoke filled the narrow stairwell, the only way out, officials "
        "said. Firefighters rescued 75 people alive, some of them from the roof, using ladders."
        " \"We were celebrating my friend's birthday on the fourth floor. Suddenly everything "
        'went dark and smoke came in," said one survivor at the Dhaka Medical College Hospital '
        "burn unit. The fire service said gas cylinders had been stored on the staircase and "
        "that the building had no emergency exit or fire safety plan. Rajuk had never approved "
        "the use of the building for restaurants, an official of the capital development "
        "authority said. Police have arrested the owners of two restaurants, and a probe "
        "committee has been formed. Health Minister Samanta Lal Sen visited the burn institute,"
        " where doctors said the condition of several of the injured was critical.",
        "accident",
    ),
    (
        "Hathras stampede: 121 dead at 'satsang' as devotees rush to collect soil from godman's"
        " feet",
        "At least 121 people, most of them women, were killed in a stampede at a religious "
        "congregation in Uttar Pradesh's Hathras district on Tuesday afternoon, officials said."
        " The stampede occurred as the 'satsang' of self-styled godman Suraj Pal, known as "
        "Bhole Baba, ended and devotees rushed towards his vehicle to collect soil from the "
        "ground where he had walked, according to the preliminary report submitted by the "
        "sub-divisional magistrate. Officials said permission had been sought for 80,000 "
        "people, but more than 2.5 lakh had gathered in a field beside the highway in Phulrai "
        "village. Many of those who fell were trampled in a muddy ditch beside the road. Bodies"
        " were brought to the community health centre in Sikandra Rao and to hospitals in Etah "
        "and Aligarh, where distraught relatives waited outside mortuaries through the night. "
        "Chief Minister Yogi Adityanath announced an ex gratia of Rs 2 lakh for the next of kin"
        " of each victim and ordered a judicial inquiry. The police have registered an FIR "
        "against the organisers, though the preacher himself was not named. Opposition leaders "
        "accused the administration of failing to manage the crowd.",
        "accident",
    ),
    (
        "Dengue deaths cross 1,000 as hospitals struggle with patient load",
        "Dengue deaths this year crossed 1,000 yesterday, the highest since the country started"
        " recording them in 2000, the Directorate General of Health Services (DGHS) said. "
        "Fourteen more people died and 2,553 were hospitalised in the 24 hours till 8:00am "
        "yesterday, taking the year's toll to 1,006, according to a press release of the "
        "directorate. Hospitals in the capital, including Mugda Medical College Hospital and "
        "Dhaka Medical College Hospital, have been treating patients on floors and in corridors"
        " as wards overflow. Public health experts said the outbreak had spread well beyond "
        "Dhaka this year, with more than half of the hospitalisations reported from outside the"
        ' capital. "We have won small battles but we are losing the war against Aedes," an '
        "entomologist at Jahangirnagar University said, criticising the city corporations' "
        "mosquito control drives as erratic. The health ministry said it had sent IV saline and"
        " dengue testing kits to district hospitals, where shortages have been reported. "
        "Doctors urged people to seek treatment early, as most deaths occur within three days "
        "of hospitalisation. The DGHS said the monsoon season, which has been prolonged this "
        "year, would likely keep case numbers high until November.",
        "health",
    ),
    (
        "Anti-polio drive begins amid boycotts, with 45,000 police deployed for security of teams",
        "ISLAMABAD: A week-long nationwide anti-polio campaign began on Monday with the aim of "
        "vaccinating over 44 million children under the age of five, the Pakistan Polio "
        "Eradication Programme said, as officials acknowledged that refusals remained a major "
        "hurdle in Karachi and parts of Khyber Pakhtunkhwa. More than 400,000 frontline workers"
        " will go door to door in all provinces, and some 45,000 police and levies personnel "
        "have been deployed to protect them, the programme said. Pakistan has reported 22 cases"
        " of wild poliovirus this year, most of them from Balochistan, Sindh and Khyber "
        "Pakhtunkhwa. The prime minister's focal person on polio eradication said the country "
        'was in a "decisive battle" against the virus and urged parents to cooperate with the '
        "vaccinators. In parts of Bannu and Lakki Marwat, local elders have announced a boycott"
        " of the campaign, linking it to demands for roads, electricity and gas, officials "
        "said. Environmental samples collected from dozens of cities have tested positive for "
        "the virus this year, indicating widespread transmission, according to the National "
        "Institute of Health. Pakistan and Afghanistan are the last two countries where polio "
        "remains endemic.",
        "health",
    ),
    (
        "Bhutan on track to eliminate malaria, but dengue cases climb in southern dzongkhags",
        "Bhutan is on course to be certified malaria-free by the World Health Organization, "
        "with no locally acquired case reported for the third consecutive year, the health "
        "ministry said on Thursday, even as dengue cases continued to rise in the southern "
        "districts bordering India. The ministry's vector-borne disease control programme said "
        "all the cases detected this year had been imported, mainly among labourers and "
        "travellers returning from across the border. Officials credited the country's success "
        "to indoor residual spraying, free distribution of long-lasting insecticidal nets and a"
        " network of village health workers who test and treat fevers within days. Dengue, "
        "however, has emerged as a growing concern, with more than 1,200 cases reported so far "
        "this year from Phuentsholing, Samtse, Gelephu and Samdrup Jongkhar. The Phuentsholing "
        "General Hospital has opened an additional ward to cope with the patient load, a health"
        " official said. Entomologists said rising temperatures were allowing Aedes mosquitoes "
        "to breed at higher altitudes than before. The ministry has urged residents to destroy "
        "breeding sites around their homes and to seek treatment early.",
        "health",
    ),
]
