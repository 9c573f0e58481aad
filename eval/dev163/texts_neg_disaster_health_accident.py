"""dev163 hard negatives: disasters (floods, a cyclone, drought, a quake, a camp
fire, wildfires, a dam collapse), epidemics and vaccination campaigns, and accidents."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Kenya: Floods Flash Update No. 3 (3 May 2024)",
        "HIGHLIGHTS: Heavy rains continued across most parts of Kenya over the past "
        "week, with flash floods and riverine flooding affecting 41 of the country's "
        "47 counties. According to the Government, at least 210 people have died since "
        "mid-March, including 48 people killed when a temporary dam burst at Old "
        "Kijabe in Nakuru County in the early hours of 29 April. More than 165,000 "
        "people have been displaced, the majority of them in Nairobi's informal "
        "settlements along the Mathare and Nairobi rivers, and are sheltering in 115 "
        "evacuation camps, schools and churches. The Kenya Defence Forces and the "
        "Kenya Red Cross Society have rescued hundreds of people by boat and "
        "helicopter in Garissa, Tana River and Kisumu counties. More than 1,900 "
        "schools have been damaged, and some 60 schools are hosting displaced "
        "families. Major roads, including sections of the Nairobi-Mombasa highway, "
        "have been cut, and at least 24 bridges have been washed away. In Garissa and "
        "Tana River counties, the Tana River has burst its banks, submerging farms and "
        "cutting off villages that can now only be reached by boat. The Government has "
        "ordered people living within 30 metres of rivers in Nairobi to move to higher "
        "ground, and demolitions of riverside structures have begun. Schools across "
        "the country will remain closed for an additional week, and the Kenya "
        "Meteorological Department forecasts further heavy rainfall over the Highlands "
        "and the Lake Victoria Basin. Humanitarian partners are supporting "
        "government-led efforts to provide food, water, sanitation and shelter, with a "
        "particular focus on preventing outbreaks of cholera. Funding remains a major "
        "constraint, and partners have mobilised only a fraction of the resources "
        "required.",
        "disaster",
    ),
    (
        "Bangladesh: Cyclone Remal – IFRC launches Emergency Appeal to support 150,000 people",
        "The International Federation of Red Cross and Red Crescent Societies (IFRC) "
        "has launched an Emergency Appeal for 12 million Swiss francs to support the "
        "Bangladesh Red Crescent Society (BDRCS) in assisting 150,000 people affected "
        "by Cyclone Remal. The cyclone made landfall near Mongla on the night of 26 "
        "May with wind speeds of up to 111 kilometres per hour, bringing a storm surge "
        "of up to 3 metres that breached embankments and flooded villages in Khulna, "
        "Satkhira and Patuakhali districts. According to the Government, 16 people "
        "have died and more than 173,000 houses have been damaged or destroyed. Ahead "
        "of landfall, more than 800,000 people were evacuated to cyclone shelters, "
        "helped by 78,000 volunteers of the Cyclone Preparedness Programme, who went "
        'door to door with megaphones and warning flags. "Our volunteers have been on '
        'the frontline since before the storm arrived, and they are still there," '
        "said the Secretary General of the BDRCS. The appeal will fund cash "
        "assistance, shelter repair kits, safe drinking water and the restoration of "
        "livelihoods, with targeted support for fishing and farming families who lost "
        "their boats, ponds and crops. The IFRC calls on partners to mobilise "
        "resources quickly so that recovery can begin before the monsoon.",
        "disaster",
    ),
    (
        "WFP scales up assistance as El Niño-induced drought leaves millions hungry in "
        "southern Africa",
        "JOHANNESBURG – The World Food Programme (WFP) is scaling up its emergency "
        "response in southern Africa, where the worst drought in a century has "
        "destroyed crops and left more than 27 million people struggling to feed "
        "themselves. Zambia, Zimbabwe and Malawi have declared national disasters "
        "after the El Niño weather pattern brought the driest February in decades, "
        "wiping out more than half of the maize harvest in some areas. WFP aims to "
        "reach 6 million people with food and cash assistance in the coming months, "
        'but the response is only 30 percent funded. "Families are eating one meal a '
        "day and pulling their children out of school,\" said WFP's Regional Director "
        "for Southern Africa. Livestock deaths, rising maize prices and water "
        "shortages in towns have deepened the crisis, and hydroelectric power "
        "generation at the Kariba Dam has fallen sharply, leading to long daily power "
        "cuts. WFP is also working with governments on anticipatory action and "
        "drought-resistant crops, so that communities are better prepared for the next "
        "shock. The agency urges donors to act now to prevent the crisis from turning "
        "into a catastrophe before the next harvest in April.",
        "disaster",
    ),
    (
        "Ministry of the Interior: Earthquake death toll rises, Royal Armed Forces "
        "deploy field hospitals",
        "The Ministry of the Interior announced on Sunday that the earthquake that "
        "struck the Al Haouz region late on Friday night had killed 2,012 people and "
        "injured 2,059, 1,404 of them seriously, according to a provisional toll. Most "
        "of the victims were recorded in the provinces of Al Haouz, Taroudant, "
        "Chichaoua and Ouarzazate, where entire villages built of mud brick collapsed. "
        "On the instructions of His Majesty the King, the Royal Armed Forces have "
        "deployed search and rescue teams, helicopters and a field medical-surgical "
        "hospital in the commune of Asni to treat the injured. Public authorities, "
        "civil protection and the Royal Gendarmerie continue to clear mountain roads "
        "blocked by landslides in order to reach isolated douars. Teams from Spain, "
        "the United Kingdom, Qatar and the United Arab Emirates have joined the search "
        "operations at the request of the Moroccan authorities. Blood donation centres "
        "across the Kingdom have received thousands of volunteers since Saturday "
        "morning. Tents, blankets and food rations are being distributed to families "
        "whose homes were destroyed, many of whom spent a second night in the open. A "
        "national mourning of three days has been declared, and flags will fly at "
        "half-mast on all public buildings. The Ministry calls on citizens to remain "
        "vigilant in the event of aftershocks and to follow the instructions of the "
        "authorities. A special account has been opened at the central bank to receive "
        "voluntary contributions for the management of the effects of the earthquake.",
        "disaster",
    ),
    (
        "UNHCR statement on the fire in Camp 11, Cox's Bazar",
        "UNHCR is deeply saddened by the fire which broke out on Sunday afternoon in "
        "Camp 11 in Cox's Bazar, destroying some 2,800 shelters and leaving an "
        "estimated 12,000 Rohingya refugees without a roof over their heads. The fire "
        "spread rapidly through the densely populated camp, fanned by strong winds, "
        "and was brought under control after about three hours by the fire service, "
        "the Bangladeshi authorities and refugee volunteers trained by humanitarian "
        "agencies. No deaths have been reported, but several people were treated for "
        "burns and smoke inhalation. Some 35 facilities, including health centres, "
        "learning centres and mosques, were also destroyed. UNHCR and partners are "
        "working with the Refugee Relief and Repatriation Commissioner to provide "
        "emergency shelter kits, hot meals, water and blankets, and to reunite "
        'children separated from their families. "This is a devastating blow for '
        "refugees who have already lost so much,\" said UNHCR's Representative in "
        "Bangladesh. The cause of the fire is under investigation by the authorities.",
        "disaster",
    ),
    (
        "SENAPRED orders evacuation of sectors of Viña del Mar and Quilpué as wildfires advance",
        "The National Disaster Prevention and Response Service (SENAPRED) informs "
        "that, due to the advance of the wildfires in the Valparaíso Region, an "
        "evacuation order has been issued for residents of the sectors of Villa "
        "Independencia, El Olivar and Achupallas in Viña del Mar, and Los Pinos in "
        "Quilpué. Residents must move immediately to the designated safe areas and "
        "follow the instructions of Carabineros and the fire brigades. According to "
        "the National Forestry Corporation (CONAF), the fires have consumed more than "
        "8,000 hectares, and strong winds and temperatures above 35 degrees are "
        "hampering the work of brigades and aircraft. The Government has declared a "
        "constitutional state of exception of catastrophe in the affected communes, "
        "allowing the Armed Forces to support the control of the fires and the "
        "protection of the population. A curfew will apply from 21:00 in the affected "
        "sectors to facilitate the movement of emergency vehicles. Citizens are asked "
        "to avoid travelling to the area and to keep routes free for emergency "
        "services. The public can follow the official channels of SENAPRED for updates "
        "and alerts sent to mobile phones.",
        "disaster",
    ),
    (
        "NEMA: Maiduguri flood victims relocated to camps as Alau Dam breach submerges "
        "half of the city",
        "The National Emergency Management Agency (NEMA) says more than 400,000 people "
        "have been displaced in Maiduguri, the Borno State capital, after the Alau Dam "
        "collapsed under the pressure of heavy rains in the early hours of Tuesday, "
        "submerging about half of the city. The Director General of NEMA said at least "
        "30 people were confirmed dead, while search and rescue teams of the Nigerian "
        "Army, the Navy and the Nigeria Security and Civil Defence Corps continued to "
        "evacuate residents trapped on rooftops. Among the worst affected areas are "
        "Fori, Gwange and Bulabulin, as well as several camps that had for years "
        "sheltered people displaced by the insurgency. The Borno State Government has "
        "opened 30 temporary camps in schools and public buildings, where NEMA is "
        "distributing food, mats, blankets and hygiene kits. The Maiduguri zoo was "
        "also flooded, and residents were warned about crocodiles and snakes swept "
        "into the streets. Health authorities have begun a cholera vaccination "
        "campaign in the camps to prevent an outbreak. The Federal Government has "
        "approved an emergency intervention fund to rehabilitate the dam and support "
        "affected families.",
        "disaster",
    ),
    (
        "WHO Director-General declares mpox upsurge a public health emergency of "
        "international concern",
        "The WHO Director-General has declared that the upsurge of mpox in the "
        "Democratic Republic of the Congo and a growing number of countries in Africa "
        "constitutes a public health emergency of international concern under the "
        "International Health Regulations. The decision follows the advice of an "
        "Emergency Committee of independent experts, which met earlier today to review "
        "data presented by WHO and affected countries. The emergence of a new clade of "
        "the virus, its rapid spread in eastern DRC and reports of cases in "
        "neighbouring countries that had not previously reported mpox are very "
        "worrying, the Director-General said. More than 15,600 cases and 537 deaths "
        "have been reported this year in the DRC alone. WHO has released US$1.5 "
        "million from its Contingency Fund for Emergencies to scale up the response "
        'and is working with countries and partners to secure vaccines. "A '
        "coordinated international response is essential to stop these outbreaks and "
        'save lives," the Director-General said, thanking the frontline health '
        "workers who are leading the fight against the virus. A regional response plan "
        "requiring an initial US$15 million will be published in the coming days.",
        "health",
    ),
    (
        "Nationwide polio campaign to vaccinate 40 million children begins on Monday",
        "ISLAMABAD: The National Emergency Operations Centre (NEOC) for polio "
        "eradication has announced that a five-day nationwide vaccination campaign "
        "will begin on Monday, targeting more than 40 million children under the age "
        "of five in all provinces and regions. Some 285,000 frontline health workers "
        "will go from door to door to administer oral polio vaccine drops, and "
        "children between six months and five years will also receive vitamin A "
        "supplements. The campaign comes after environmental samples from 28 districts "
        "tested positive for wild poliovirus in recent months, indicating that the "
        "virus is still circulating widely. The Prime Minister's Focal Person for "
        "Polio Eradication urged parents to open their doors to vaccinators and to "
        'make sure that every child is vaccinated during every campaign. "Each missed '
        'child is a gap in the wall we are building around our children," she said. '
        "Special teams will be stationed at transit points, bus terminals, railway "
        "stations and border crossings to vaccinate children on the move. Parents can "
        "call the polio helpline 1166 for information about the campaign.",
        "health",
    ),
    (
        "Ministry of Health: Heroes Stadium cholera treatment centre to close as cases decline",
        "The Ministry of Health wishes to inform the public that the cholera treatment "
        "centre set up at the National Heroes Stadium in Lusaka will close at the end "
        "of this week, following a sustained decline in new cases across the country. "
        "The centre, which at its peak accommodated more than 1,000 patients, was "
        "established in January when the outbreak overwhelmed health facilities in the "
        "capital. Since the start of the outbreak in October, Zambia has recorded "
        "22,000 cases and more than 700 deaths in 9 of the 10 provinces. The Minister "
        "of Health commended frontline health workers, the Zambia National Service, "
        "the Defence Force Medical Services and cooperating partners for their role in "
        "the fight against cholera. More than 1.7 million people have been vaccinated "
        "in the oral cholera vaccine campaign, and chlorine has been distributed to "
        "households in hotspot areas. Schools reopened last month after additional "
        "water and sanitation measures were put in place. The Ministry urges the "
        "public to continue to drink safe water, wash their hands with soap and report "
        "any symptoms early.",
        "health",
    ),
    (
        "Africa CDC congratulates Rwanda on the end of the Marburg virus disease outbreak",
        "The Africa Centres for Disease Control and Prevention (Africa CDC) "
        "congratulates the Government and people of Rwanda on the declaration today of "
        "the end of the Marburg virus disease outbreak, 42 days after the last "
        "confirmed patient tested negative twice. Since the outbreak was confirmed in "
        "late September, Rwanda recorded 66 cases and 15 deaths, most of them among "
        "health workers in two hospitals in Kigali who cared for the first patients. "
        "The country's case fatality rate of 23 percent is the lowest ever recorded "
        "for a Marburg outbreak, a result of early detection, intensive care and the "
        "use of experimental treatments. Rwanda was also the first country to "
        "vaccinate health workers and contacts with an investigational vaccine within "
        "ten days of the outbreak being declared. More than 1,600 doses were "
        "administered to health workers and high-risk contacts in the first weeks of "
        "the response. Contact tracing teams followed up more than 1,700 contacts, and "
        "the country's borders remained open throughout the outbreak. Africa CDC "
        "advised against travel and trade restrictions, which it said would harm the "
        'economy without stopping the virus. "Rwanda has shown what strong leadership '
        'and a well-prepared health system can achieve," the Director General of '
        "Africa CDC said. Africa CDC deployed epidemiologists and laboratory experts "
        "to support contact tracing and testing throughout the response. The agency "
        "will continue to support surveillance to detect any new cases early.",
        "health",
    ),
    (
        "Ministry of Health launches dengue vaccination in the public health system "
        "and national mobilisation against the mosquito",
        "The Ministry of Health launched on Friday the vaccination against dengue in "
        "the Unified Health System (SUS), making Brazil the first country in the world "
        "to offer the vaccine in its public health system. In this first phase, the "
        "vaccine will be given to children and adolescents aged 10 to 14 in 521 "
        "municipalities with high transmission of the disease, where more than 3 "
        "million doses will be distributed. The Minister of Health also announced a "
        "national mobilisation day against the Aedes aegypti mosquito, with health "
        "agents, soldiers and volunteers visiting homes to eliminate breeding sites. "
        '"The vaccine is an important tool, but the fight against dengue is won in '
        'every backyard, every water tank and every flower pot," the Minister said. '
        "Since the start of the year, the country has recorded more than 1 million "
        "probable cases of dengue, and several states have declared emergencies. The "
        "Ministry has also released additional funds to states to set up hydration "
        "centres and expand the opening hours of health units. The population is asked "
        "to seek care at the first symptoms, such as high fever, headache and pain "
        "behind the eyes.",
        "health",
    ),
    (
        "Statement on the conveyance accident at Shaft 11, Tshwala Platinum Mine",
        "Tshwala Platinum Limited regrets to announce that 13 employees lost their "
        "lives and 75 others were injured when a personnel conveyance carrying "
        "employees descending into Shaft 11 at its mine near Rustenburg, North West "
        "province, malfunctioned at the end of the afternoon shift on Monday. The "
        "conveyance, which was carrying 88 employees, descended unexpectedly over a "
        "distance of about 200 metres before coming to a stop. Mine rescue teams "
        "brought all the employees to surface within hours, and the injured were taken "
        "to hospitals in Rustenburg and Johannesburg, where several remain in a "
        "critical condition. All operations at the mine have been suspended, and the "
        "Department of Mineral Resources has launched an investigation. The Chief "
        'Executive Officer said: "This is the darkest day in the history of our '
        "company, and our thoughts are with the families, friends and colleagues of "
        'those who died." Counsellors and chaplains are supporting employees and '
        "families at the mine, and the company will cover funeral costs. The Company "
        "is cooperating fully with the inspectors and with organised labour to "
        "establish the cause of the accident.",
        "accident",
    ),
    (
        "Statement on flight SHA 209, Pokhara",
        "Summit Himalaya Airlines deeply regrets to confirm that its ATR 72-500 "
        "aircraft operating flight SHA 209 from Kathmandu to Pokhara crashed into the "
        "gorge of the Seti River while on approach to Pokhara International Airport at "
        "10:57 local time today. There were 68 passengers, including 15 foreign "
        "nationals, and four crew members on board. Rescue teams from the Nepal Army, "
        "the Nepal Police and the Armed Police Force reached the site within minutes, "
        "and the bodies of 64 people have so far been recovered. The search for the "
        "remaining people continues, but the chances of finding survivors are "
        "extremely low. The airline has set up a help desk for families at Tribhuvan "
        "International Airport and in Pokhara, and is working with the embassies of "
        "the foreign nationals on board. The Government of Nepal has formed a "
        "five-member commission to investigate the cause of the accident and has "
        "declared a national day of mourning. All of the airline's scheduled flights "
        "for tomorrow have been cancelled.",
        "accident",
    ),
    (
        "BASARNAS: Search continues for 164 missing after passenger boat sinks on Lake Toba",
        "The National Search and Rescue Agency (BASARNAS) reports that the search for "
        "164 passengers missing after the sinking of the passenger boat KM Sinar Danau "
        "on Lake Toba, North Sumatra, entered its fourth day on Thursday. The wooden "
        "boat, which had an official capacity of 43 passengers, sank in bad weather "
        "and high waves on Monday evening about 1 kilometre from Tigaras port, shortly "
        "after leaving Simanindo on Samosir Island. Eighteen passengers were rescued "
        "and three bodies have been recovered. The search involves more than 400 "
        "personnel from BASARNAS, the Indonesian Navy, the police and local "
        "volunteers, supported by sonar equipment, divers and a helicopter. The depth "
        "of the lake, which reaches more than 450 metres in the area, is complicating "
        "the search. The Minister of Transport has ordered an inspection of all "
        "passenger boats operating on Lake Toba and announced that operators would be "
        "required to issue manifests and life jackets. The boat's captain has been "
        "named a suspect by the North Sumatra police.",
        "accident",
    ),
]
