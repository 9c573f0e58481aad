"""dev23 texts: negatives, batch 1 (disasters, health).

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives, batch 1 (disasters, health)
    (
        "OCHA Flash Update: earthquakes in south-eastern Türkiye and north-west Syria",
        "Two earthquakes of magnitude 7.8 and 7.5 struck south-eastern Türkiye and north-west Syria on 6 February 2023. Thousands of buildings have collapsed and the death toll exceeds 20,000. Temperatures are below freezing and many survivors are sleeping in cars and tents. UN search and rescue teams have been deployed.",
        "disaster",
    ),
    (
        "UNICEF: children among thousands dead in Derna floods",
        "Storm Daniel caused two dams above Derna to collapse on 11 September 2023, sweeping away entire neighbourhoods, UNICEF said. Thousands of people have died and at least 30,000 are displaced. Children are at risk from contaminated water and the loss of their homes. UNICEF is sending medical supplies and water purification tablets.",
        "disaster",
    ),
    (
        "WFP scales up as Cyclone Idai leaves Beira under water",
        "Cyclone Idai made landfall near Beira on the night of 14 March 2019, and large areas of central Mozambique are flooded, the World Food Programme said. Hundreds of thousands of people need food assistance. WFP helicopters are dropping high-energy biscuits to people stranded on rooftops and in trees.",
        "disaster",
    ),
    (
        "IFRC: a third of Pakistan under water",
        "The monsoon floods that began in June 2022 have affected 33 million people in Pakistan and destroyed or damaged more than a million homes, the International Federation of Red Cross and Red Crescent Societies said. The Pakistan Red Crescent is distributing tents, hygiene kits and food. We are launching an emergency appeal.",
        "disaster",
    ),
    (
        "Japan Ministry of Defense: Self-Defense Forces dispatched to Noto Peninsula",
        "Following the earthquake on the Noto Peninsula on 1 January 2024, the Ministry of Defense has dispatched about 1,000 Self-Defense Force personnel to Ishikawa Prefecture, the ministry said. Troops are searching collapsed houses and clearing roads cut off by landslides. Helicopters are transporting water and food to isolated communities.",
        "disaster",
    ),
    (
        "Moroccan Interior Ministry: earthquake death toll rises",
        "The toll of the earthquake that struck the province of Al Haouz on the night of 8 September 2023 has risen to 2,497 dead and 2,476 injured, the Ministry of the Interior said. Mountain villages have been destroyed. The Royal Armed Forces have set up field hospitals and are opening roads to the affected communes.",
        "disaster",
    ),
    (
        "Government of Nepal: relief for Jajarkot earthquake survivors",
        "The magnitude 6.4 earthquake that struck Jajarkot and West Rukum on the night of 3 November 2023 killed 153 people, the Ministry of Home Affairs said. Thousands of families are living in tents in the cold. The Nepal Army and Armed Police Force are carrying out rescue operations and distributing relief.",
        "disaster",
    ),
    (
        "OCHA: earthquake in Paktika and Khost kills over 1,000",
        "An earthquake of magnitude 5.9 struck south-eastern Afghanistan on 22 June 2022, OCHA said. More than 1,000 people were killed and 1,500 injured in Gayan and Barmal districts. Mud-brick houses collapsed on families while they slept. Humanitarian partners are sending tents, food and medical teams.",
        "disaster",
    ),
    (
        "WFP: Horn of Africa faces fifth failed rainy season",
        "The Horn of Africa is facing its fifth consecutive failed rainy season, WFP warned in November 2022. Around 22 million people are acutely food insecure in Ethiopia, Kenya and Somalia. Millions of livestock have died, and families are walking for days to find water and food. WFP urgently needs funds to keep assistance going.",
        "disaster",
    ),
    (
        "WFP: southern Madagascar on the brink of famine due to drought",
        "Four years of drought have pushed more than a million people in southern Madagascar into severe hunger, the World Food Programme said in June 2021. Families are eating locusts, raw cactus fruit and wild leaves. This is a climate-driven crisis: these people have done nothing to contribute to climate change.",
        "disaster",
    ),
    (
        "Malawi Department of Disaster Management Affairs: Cyclone Freddy toll",
        "The death toll from Cyclone Freddy has risen to 499, with 427 people missing, the Department of Disaster Management Affairs said on 19 March 2023. More than 500,000 people have been displaced and are in 534 camps. Blantyre was hit hardest by mudslides. The Malawi Defence Force is helping to rescue stranded people.",
        "disaster",
    ),
    (
        "Travel advisory: Hurricane Dorian, Bahamas",
        "Hurricane Dorian made landfall on the Abaco Islands as a Category 5 hurricane on 1 September 2019, the Embassy said. Airports in Abaco and Grand Bahama are closed, and there is severe flooding. US citizens should monitor local media and follow the instructions of local authorities.",
        "disaster",
    ),
    (
        "Government of Dominica: Hurricane Maria has devastated the island",
        "Hurricane Maria passed over Dominica on the night of 18 September 2017, the Prime Minister said. The roofs of almost every house were torn off, and communications are down across the island. We have lost all that money can buy and replace. We need help of all kinds.",
        "disaster",
    ),
    (
        "UNHCR: fire destroys shelters in Cox's Bazar camps",
        "A large fire broke out in the Balukhali camps on the afternoon of 22 March 2021, destroying about 10,000 shelters, UNHCR said. At least 11 people died and 45,000 Rohingya refugees lost their homes. Refugee volunteers helped put out the blaze. Health facilities and a distribution point were also destroyed.",
        "disaster",
    ),
    (
        "Kenya Ministry of Interior: flood toll rises as long rains continue",
        "The death toll from the floods since the start of the long rains has risen to 228, the Ministry of Interior and National Administration said on 3 May 2024. More than 212,000 people have been displaced. Residents living along rivers and near dams have been ordered to leave. The National Youth Service and the Kenya Defence Forces are supporting evacuations.",
        "disaster",
    ),
    (
        "Rio Grande do Sul Civil Defence: floods leave 580,000 displaced",
        "The floods in Rio Grande do Sul have affected 461 municipalities, the state Civil Defence said on 13 May 2024. There are 147 deaths and 580,000 people displaced, of whom 80,000 are in shelters. The armed forces have rescued thousands of people by boat and helicopter in Porto Alegre.",
        "disaster",
    ),
    (
        "NDRRMC: Typhoon Odette affects more than a million families",
        "Typhoon Rai, known locally as Odette, made nine landfalls from 16 December 2021, the National Disaster Risk Reduction and Management Council said. More than 400 people have died. Siargao, Dinagat and Bohol were badly hit, and power and water supplies were cut. The armed forces are flying food packs to the islands.",
        "disaster",
    ),
    (
        "BNPB: death toll in Central Sulawesi earthquake and tsunami passes 1,400",
        "The earthquake and tsunami that struck Palu and Donggala on 28 September 2018 have killed 1,424 people, the National Disaster Management Agency said. Liquefaction swallowed entire neighbourhoods in Petobo and Balaroa. More than 70,000 people are displaced. Heavy equipment is being sent to reach people buried under the rubble.",
        "disaster",
    ),
    (
        "Greek Civil Protection: evacuations as wildfires burn on Rhodes",
        "Civil Protection has ordered the evacuation of several villages and hotels on Rhodes as wildfires spread on 22 July 2023. Around 19,000 people, many of them tourists, have been moved by land and by sea. Firefighters, supported by aircraft and the army, are fighting the fires on several fronts.",
        "disaster",
    ),
    (
        "Government of the Northwest Territories: Yellowknife evacuation order",
        "An evacuation order is in effect for the city of Yellowknife as wildfires approach, the government said on 16 August 2023. All residents must leave by noon on Friday, by road or by air. The Canadian Armed Forces are supporting the evacuation flights.",
        "disaster",
    ),
    (
        "OCHA: Gu floods in Beledweyne displace 250,000",
        "The Shabelle river broke its banks in Beledweyne, Hiraan region, on 14 May 2023, OCHA said. Some 250,000 people fled their homes in a few days and are sheltering on higher ground outside the town. Latrines are flooded and the risk of cholera is high. Partners are using boats to deliver food and water.",
        "disaster",
    ),
    (
        "Government of Chad: state of emergency over floods",
        "The floods caused by heavy rains since July 2024 have killed 487 people and affected almost two million across the country's 23 provinces, the Ministry of Social Action said. The Chari and Logone rivers have risen to record levels in N'Djamena. Government has declared a state of emergency and calls on its partners for support.",
        "disaster",
    ),
    (
        "IOM: hundreds buried by landslide in Enga Province",
        "A massive landslide hit the village of Yambali in Enga Province, Papua New Guinea, in the early hours of 24 May 2024, the International Organization for Migration said. More than 150 houses were buried. IOM estimates that over 670 people may have died. The ground is still shifting, making rescue work dangerous.",
        "disaster",
    ),
    (
        "Ethiopian Disaster Risk Management Commission: landslide in Gofa zone",
        "Landslides in Kencho Shacha Gozdi district, Gofa zone, on 21 and 22 July 2024 killed at least 257 people, the commission said. Many of the victims were villagers who had rushed to help after the first slide. About 15,000 people must be evacuated because of the danger of further landslides.",
        "disaster",
    ),
    (
        "Government of Tonga: volcanic eruption and tsunami cut the islands off",
        "The eruption of the Hunga Tonga-Hunga Ha'apai volcano on 15 January 2022 generated a tsunami that destroyed all houses on Mango island, the government said. Three people died. Ash has contaminated water supplies, and the undersea cable has been cut. His Majesty's Armed Forces are delivering water to the outer islands.",
        "disaster",
    ),
    (
        "WHO: cholera outbreak in Malawi is the deadliest in its history",
        "Malawi has reported more than 36,000 cholera cases and 1,210 deaths since March 2022, WHO said in February 2023. All 29 districts are affected. The outbreak spread after floods and storms damaged water systems. WHO and partners are supporting the vaccination of millions of people.",
        "health",
    ),
    (
        "UNICEF: measles vaccination campaign in Madagascar",
        "A measles outbreak in Madagascar has caused more than 1,200 deaths since September 2018, UNICEF said in April 2019. With the Ministry of Public Health, we are supporting a third round of vaccination targeting 7 million children. Only 58% of children were vaccinated against measles before the outbreak.",
        "health",
    ),
    (
        "Uganda Ministry of Health confirms Ebola outbreak in Mubende",
        "The Ministry of Health has confirmed an outbreak of Sudan ebolavirus in Mubende district, the ministry said on 20 September 2022. A 24-year-old man died after showing symptoms. Contacts are being traced and health workers in the district have been given protective equipment. The public is advised to report any suspected case.",
        "health",
    ),
    (
        "Rwanda Biomedical Centre: Marburg virus disease outbreak",
        "Rwanda has confirmed 26 cases of Marburg virus disease, including eight deaths, the Ministry of Health said on 30 September 2024. Most cases are health workers in intensive care units. Visits to patients in hospitals have been suspended. Vaccine trials have begun for health workers.",
        "health",
    ),
    (
        "Brazilian Ministry of Health: dengue emergency in the Federal District",
        "The Ministry of Health has recorded more than a million probable dengue cases in the first two months of 2024, a record. The Federal District has declared a public health emergency. The armed forces are setting up field hospitals to handle patients. Vaccination of children aged 10 to 14 has begun in the worst-hit municipalities.",
        "health",
    ),
    (
        "Nigeria introduces HPV vaccine to protect girls against cervical cancer",
        "Nigeria has introduced the HPV vaccine into its routine immunisation schedule, aiming to reach 7.7 million girls aged 9 to 14, the Federal Ministry of Health said on 24 October 2023. Cervical cancer is the third most common cancer in Nigeria. The first phase covers 16 states and the Federal Capital Territory.",
        "health",
    ),
    (
        "Gavi and UNICEF: Yaoundé adds RTS,S shots to child immunisation schedule",
        "Cameroon has become the first country to introduce the RTS,S malaria vaccine in its routine immunisation programme, Gavi and UNICEF said on 22 January 2024. Children will receive four doses from the age of six months. Malaria is one of the main causes of death among children under five in the country.",
        "health",
    ),
    (
        "Ministry of Home Affairs: nationwide lockdown for 21 days",
        "To fight the spread of COVID-19, a complete lockdown will be in force across the country for 21 days from midnight on 24 March 2020, the Ministry of Home Affairs said. All shops except those selling essential goods will remain closed. People must stay at home. Police have been asked to enforce the order.",
        "health",
    ),
    (
        "Kerala Health Department: Nipah containment zones in Kozhikode",
        "Two deaths in Kozhikode district have been confirmed as Nipah virus infections, the state Health Minister said on 12 September 2023. Seven panchayats have been declared containment zones and schools are closed. A list of 700 contacts has been drawn up and high-risk contacts are being isolated.",
        "health",
    ),
    (
        "National Department of Health: polio outbreak in Papua New Guinea",
        "A case of polio caused by a vaccine-derived virus has been confirmed in a child in Lae, Morobe Province, the National Department of Health said on 26 June 2018. This is the first case in the country since 2000. A vaccination campaign targeting all children under five will start in Morobe, Madang and Eastern Highlands.",
        "health",
    ),
    (
        "MSF: diphtheria outbreak overwhelms Kano",
        "Médecins Sans Frontières is treating hundreds of diphtheria patients a week in Kano State, the organisation said in October 2023. Most of them are children who have not been vaccinated. Our treatment centre is full, and the shortage of antitoxin means some patients cannot be treated. Vaccination coverage must increase urgently.",
        "health",
    ),
    (
        "Travel health notice: Zika virus in the Caribbean",
        "Pregnant women should not travel to areas with risk of Zika, the Centers for Disease Control and Prevention said in its travel notice of February 2016. Local mosquito transmission has been reported in Puerto Rico, the Dominican Republic, Haiti and Jamaica. Travellers should use insect repellent and wear long sleeves.",
        "health",
    ),
    (
        "WHO: yellow fever vaccination campaign in Luanda",
        "More than 6 million people have been vaccinated against yellow fever in Luanda since the outbreak was declared, WHO said in May 2016. The outbreak has caused 2,267 suspected cases and 293 deaths in Angola. Cases have been exported to DRC and Kenya. Global vaccine stocks are running low.",
        "health",
    ),
    (
        "NCDC: Lassa fever cases rise across 21 states",
        "The Nigeria Centre for Disease Control has recorded 1,069 confirmed cases of Lassa fever and 184 deaths since the start of 2023. Most cases are in Ondo, Edo and Bauchi states. Nigerians are advised to store food in rodent-proof containers and to report to a health facility if they have a fever.",
        "health",
    ),
    (
        "Ministry of Health and Child Care: cholera outbreak declared in Harare",
        "The Government has declared a state of emergency in Harare after cholera cases rose to more than 7,000 across the country, the Ministry of Health and Child Care said on 17 November 2023. Public gatherings in the city have been restricted. Residents are urged to boil drinking water and wash their hands.",
        "health",
    ),
    (
        "Cambodian Ministry of Health: girl dies of H5N1 bird flu",
        "An 11-year-old girl from Prey Veng province has died of H5N1 avian influenza, the Ministry of Health said on 23 February 2023. Her father also tested positive. Rapid response teams are investigating, and sick poultry in the village have been culled. Villagers are advised not to touch dead birds.",
        "health",
    ),
    (
        "Government of Samoa: state of emergency over measles",
        "The Government has declared a state of emergency after a measles epidemic killed 53 people, most of them children under five, the Prime Minister said on 2 December 2019. Schools are closed and vaccination is compulsory. Households whose members are not vaccinated must hang a red flag outside their homes.",
        "health",
    ),
]
