"""dev147 hard negatives: typhoons, quakes, volcanoes and landslides, air crashes and fires,
outbreaks and vaccination campaigns (kinds disaster, accident, health)."""

# (title, text, kind code)
NEGATIVES = [
    (
        (
            "Soldiers, volunteers race to reach cut-off Siargao, Dinagat towns as "
            "Odette death toll climbs"
        ),
        "SURIGAO CITY — Soldiers, coast guard personnel and volunteers on Sunday "
        "struggled to bring food and water to island towns in Siargao and Dinagat that "
        "were cut off by Typhoon Odette (international name: Rai), as the death toll "
        "from the storm rose to 208, according to the Philippine National Police. "
        "Odette made landfall in Siargao on Thursday afternoon as a super typhoon with "
        "sustained winds of 195 kilometers per hour, tearing the roofs off houses, "
        "toppling power pylons and uprooting coconut trees across the Caraga region. "
        '"It looks like a war zone here, there are no houses left standing in some '
        'barangays," said Dinagat Islands Governor Arlene Bag-ao in a radio '
        "interview, appealing for drinking water and tarpaulins. More than 300,000 "
        "people fled their homes before the typhoon hit and many are still in "
        "evacuation centers because their houses were destroyed, the National Disaster "
        "Risk Reduction and Management Council said. The Philippine Air Force flew "
        "C-130 planes loaded with relief goods to Siargao, where the airport terminal "
        "was badly damaged. Telecommunications remained down in many towns, leaving "
        "families unable to reach relatives. In Cebu and Bohol, long lines formed at "
        "the few gas stations and water refilling stations still operating. President "
        "Rodrigo Duterte, who visited the region on Saturday, promised P2 billion in "
        "additional funds for relief and rehabilitation. Officials said the battle now "
        "was to prevent disease in crowded evacuation centers as the rains continued.",
        "disaster",
    ),
    (
        ("SDF steps up Noto quake relief as rescuers race against time to reach the buried"),
        "WAJIMA, Ishikawa Pref. - The Self-Defense Forces on Wednesday doubled the "
        "number of personnel involved in relief efforts on the Noto Peninsula to "
        "around 2,000, as rescuers raced to reach people trapped under collapsed "
        "houses three days after a magnitude 7.6 earthquake struck central Japan on "
        "New Year's Day. The confirmed death toll rose to 73, most of them in the "
        "cities of Wajima and Suzu, the Ishikawa Prefectural Government said, and more "
        "than 33,000 people were staying in evacuation centers. Landslides and cracked "
        "roads have cut off many coastal communities, and SDF helicopters were "
        "airlifting food, water and blankets to isolated districts. In Wajima, where a "
        "fire swept through the famous morning market area after the quake, "
        "firefighters and police continued to search the ashes. Rescuers said the "
        "first 72 hours after a disaster were crucial for survival, and they were "
        "working through aftershocks and freezing rain. Prime Minister Fumio Kishida "
        "told reporters the government would do everything it could to save lives, "
        'describing the situation as "a battle against time." Water supplies '
        "remained cut in much of the peninsula, and many evacuees were sleeping in "
        "cars or in crowded school gymnasiums. Doctors warned of the risk of "
        "hypothermia and pneumonia among elderly evacuees, and at least two people "
        "died in shelters from illnesses believed to be linked to the harsh "
        "conditions. Volunteers were asked to stay away for now because the few roads "
        "into the peninsula were needed for relief trucks. The Japan Meteorological "
        "Agency warned that strong aftershocks could continue for about a week.",
        "disaster",
    ),
    (
        "Hualien quake: 9 dead, hundreds trapped as rockfalls block Taroko roads",
        "Taipei, April 3 (CNA) A magnitude 7.2 earthquake struck off Hualien County on "
        "Wednesday morning, killing at least nine people, injuring more than 900 and "
        "leaving hundreds of people trapped by landslides in the Taroko Gorge area, "
        "according to the Central Emergency Operation Center. The quake, the strongest "
        "to hit Taiwan in 25 years, struck at 7:58 a.m. at a depth of 15.5 kilometers, "
        "the Central Weather Administration said. Three hikers were killed by falling "
        "rocks on a trail in Taroko National Park, and a truck driver died when his "
        "vehicle was crushed by boulders at the entrance of a tunnel on the Suhua "
        "Highway. In Hualien City, a nine-story building tilted at a sharp angle after "
        "its lower floors collapsed, and firefighters used ladders to bring out "
        "residents. More than 600 people, including hotel guests and workers at a "
        "cement plant, were cut off by rockfalls, and the Ministry of National Defense "
        "sent military helicopters to drop supplies and airlift the injured. President "
        "Tsai Ing-wen said she had instructed all agencies to prioritize rescue work, "
        "while President-elect Lai Ching-te visited the damaged building in the "
        "afternoon. Aftershocks continued throughout the day, with more than 100 "
        "recorded by the evening. Railway services on the east coast were suspended "
        "and several schools in Hualien were closed for inspection. Semiconductor "
        "makers said their fabs in northern Taiwan had been briefly evacuated but that "
        "operations were returning to normal.",
        "disaster",
    ),
    (
        ("Port Vila quake: death toll rises to 14 as Australian and NZ rescue teams arrive"),
        "The death toll from Tuesday's 7.3 magnitude earthquake in Vanuatu has risen "
        "to 14, the National Disaster Management Office says, as urban search and "
        "rescue teams from Australia and New Zealand began work in the capital, Port "
        "Vila. The quake struck at lunchtime about 30 kilometres west of the city, "
        "bringing down buildings in the central business district, including one that "
        "housed several foreign embassies. Landslides killed people travelling in "
        "vehicles on the road near the city's main wharf. Australian Defence Force and "
        "New Zealand Defence Force aircraft landed on Wednesday carrying rescuers, "
        "sniffer dogs and medical supplies, after the runway at Bauerfield "
        "International Airport was inspected for damage. The Government has declared a "
        "seven-day state of emergency and a night-time curfew. Vila Central Hospital "
        "was treating more than 200 injured people and has moved some patients into "
        "tents outside because of cracks in the building. Water supplies were cut "
        "across much of Port Vila, and the Red Cross was handing out water containers "
        'and hygiene kits. "Our first priority is finding anyone still trapped," '
        "said Abraham Nasak, the director of the disaster office. Mobile phone "
        "networks were only partly restored, making it hard for people in the outer "
        "islands to contact family in the capital. Vanuatu's Prime Minister Charlot "
        "Salwai thanked Pacific neighbours for their support.",
        "disaster",
    ),
    (
        "Marapi Eruption Kills 11 Climbers, Search Continues for Missing Hikers",
        "TEMPO.CO, Padang - Rescue teams have found the bodies of 11 climbers on the "
        "slopes of Mount Marapi in West Sumatra after the volcano erupted on Sunday "
        "afternoon, sending an ash column three kilometres into the sky, the local "
        "search and rescue agency said on Monday. Twelve other climbers were still "
        "missing, while 49 had been evacuated from the mountain, many with burns, said "
        "Abdul Malik, head of the Padang Search and Rescue Office. Most of the victims "
        "were students and young hikers who had been near the crater when the eruption "
        "began. Rescuers were forced to halt the search several times because of "
        "continuing explosions and falling hot ash, he said. The Volcanology and "
        "Geological Hazard Mitigation Center (PVMBG) has kept Marapi at alert level "
        "II, the second-lowest of four levels, and barred people from approaching "
        "within three kilometres of the crater. Officials are facing questions over "
        "why climbers had been allowed up the mountain despite a series of smaller "
        "eruptions since January. Villages around the volcano were covered in grey "
        "ash, and residents were advised to wear masks. Marapi is one of the most "
        "active of Indonesia's 127 active volcanoes and is popular among climbers for "
        "its views of the highlands around Bukittinggi.",
        "disaster",
    ),
    (
        "Enga landslide: Relief convoys reach Yambali as thousands feared buried",
        "Relief convoys carrying food, water and tents reached Yambali village in Enga "
        "Province yesterday, four days after a massive landslide buried part of the "
        "community under debris up to eight metres deep. The National Disaster Centre "
        "told the United Nations that more than 2,000 people may have been buried "
        "alive, although provincial officials said the number was still being "
        "verified. Only a handful of bodies have been recovered so far, as the ground "
        "remains unstable and water is running beneath the debris. Soldiers from the "
        "PNG Defence Force escorted the trucks along the damaged Highlands Highway, "
        "which was blocked for several kilometres by the slide. Families who survived "
        "are sheltering with relatives in nearby villages, and about 7,800 people may "
        "need to be relocated because of the risk of further slides, according to the "
        "International Organization for Migration. Prime Minister James Marape said "
        "the Government would send heavy equipment and engineers, and thanked "
        "Australia, New Zealand and other partners for offers of help. Mining "
        'companies operating in the province have also sent excavators. "We are '
        'digging with shovels and our bare hands," said one villager who lost six '
        "relatives. The landslide also cut road access to the Porgera gold mine, "
        "raising concerns about fuel supplies in the region.",
        "disaster",
    ),
    (
        (
            "All 379 on board escape as JAL jet bursts into flames after Haneda "
            "collision; 5 coast guard crew die"
        ),
        "All 379 passengers and crew on a Japan Airlines plane escaped on Tuesday "
        "evening after the aircraft collided with a Japan Coast Guard plane on a "
        "runway at Tokyo's Haneda Airport and burst into flames, but five of the six "
        "crew members on the smaller aircraft were killed. The JAL Airbus A350, which "
        "was arriving from New Chitose Airport in Hokkaido, struck the coast guard's "
        "Bombardier Dash 8 as it landed shortly before 6 p.m., the transport ministry "
        "said. The coast guard plane had been preparing to take off to deliver relief "
        "supplies to areas hit by the Noto Peninsula earthquake on New Year's Day. Its "
        "captain escaped with serious injuries. Videos posted on social media showed "
        "the JAL plane sliding down the runway in a ball of fire, and passengers "
        "leaving the aircraft by emergency slides as the fuselage was engulfed by "
        "flames. Fourteen passengers were treated for minor injuries. Transcripts of "
        "communications released by the ministry suggested that the coast guard plane "
        "had not been given permission to enter the runway. The Japan Transport Safety "
        "Board and police have launched investigations into the cause of the accident. "
        "All of Haneda's runways were closed for several hours, and many domestic "
        "flights were canceled on one of the busiest travel days of the year.",
        "accident",
    ),
    (
        "Jeju Air plane crashes at Muan airport, killing 179 of 181 on board",
        "A Jeju Air passenger plane carrying 181 people from Bangkok crashed while "
        "landing at Muan International Airport on Sunday morning, killing 179 people "
        "in the deadliest air disaster on South Korean soil, officials said. The "
        "Boeing 737-800 skidded down the runway on its belly with its landing gear "
        "apparently not deployed, slammed into a concrete embankment housing "
        "navigation equipment at the end of the runway and burst into flames, "
        "according to witnesses and video footage. Two flight attendants, found in the "
        "tail section of the plane, were rescued and are being treated in hospital. "
        "Most of the passengers were South Koreans returning from Christmas holidays "
        "in Thailand. Officials said the control tower had warned the pilots of a bird "
        "strike shortly before the pilot issued a mayday call and tried to land from "
        "the opposite direction. Acting President Choi Sang-mok declared Muan a "
        "special disaster zone and announced a seven-day period of national mourning. "
        "Family members waiting at the airport wept as officials read out the names of "
        "victims who had been identified. The transport ministry said it would carry "
        "out an emergency inspection of all Boeing 737-800 aircraft operated by "
        "domestic airlines. Investigators recovered the flight data and cockpit voice "
        "recorders, though the data recorder was damaged.",
        "accident",
    ),
    (
        (
            "Tai Po blaze: death toll rises as police arrest three construction firm "
            "bosses for manslaughter"
        ),
        "The death toll from the fire that engulfed seven tower blocks at Wang Fuk "
        "Court in Tai Po rose on Thursday, as police arrested three men from a "
        "construction company on suspicion of manslaughter over the use of flammable "
        "materials in renovation works at the estate. Firefighters were still battling "
        "flames in parts of the housing estate more than 24 hours after the blaze "
        "broke out on Wednesday afternoon, spreading rapidly along bamboo scaffolding "
        "and protective netting that covered the buildings. Police said they had found "
        "polystyrene boards sealing the windows of some flats, which they believed had "
        "helped the fire spread between floors. The arrested men, two directors and an "
        'engineering consultant, were "grossly negligent," a police superintendent '
        "said. Hundreds of residents, many of them elderly, were still unaccounted "
        "for, and relatives waited at community centres for news. The government "
        "opened emergency shelters and said more than 900 people had registered for "
        "temporary accommodation. Chief Executive John Lee Ka-chiu said an independent "
        "investigation would be carried out and that all housing estates under major "
        "renovation would be inspected. The fire is the deadliest in Hong Kong in "
        "decades, surpassing the Garley Building fire in 1996. Donations poured in "
        "from residents across the city, and the Jockey Club pledged HK$100 million in "
        "relief.",
        "accident",
    ),
    (
        (
            "Polio outbreak: Health department launches mass vaccination in Morobe, "
            "Madang, Eastern Highlands"
        ),
        "The National Department of Health, with the support of the World Health "
        "Organization and UNICEF, will launch a mass polio vaccination campaign next "
        "week targeting all children under the age of five in Morobe, Madang and "
        "Eastern Highlands provinces after a polio outbreak was confirmed in Lae. "
        "Health Secretary Pascoe Kase said a six-year-old boy in Lae had been "
        "paralysed by the disease, the first case in PNG since the country was "
        "declared polio-free in 2000, and tests had since found the virus in two other "
        "children in the city. The strain is a vaccine-derived poliovirus, which can "
        "spread in communities where not enough children have been immunised, "
        "according to WHO. Only about 60 per cent of children in PNG have received the "
        'recommended three doses of polio vaccine. "We are in a race against time to '
        'stop this virus before it spreads to other provinces," Mr Kase said. Health '
        "workers will go from house to house and set up vaccination posts at markets, "
        "churches and schools, and parents are being urged to bring their children "
        "even if they have been vaccinated before. The campaign will later be extended "
        "to the whole country. Australia has pledged funding to support the response, "
        "including cold-chain equipment for remote health centres.",
        "health",
    ),
    (
        "Fiji declares HIV outbreak as cases soar, driven by drug injecting",
        "Fiji's Health Ministry has declared an HIV outbreak after new infections rose "
        "more than tenfold in five years, driven largely by people sharing needles to "
        "inject methamphetamine. Health Minister Dr Atonio Lalabalavu said 552 new "
        "cases were recorded in 2024, compared with 53 in 2019, and that nearly half "
        "of those newly diagnosed who had injected drugs said they had shared needles. "
        "A growing number of young people, including teenagers, were among the new "
        "cases, he said. In some cases, users had been taking part in a practice known "
        'as "bluetoothing," in which one person injects blood drawn from another who '
        'has just used the drug. "This is a crisis, and we need every sector to come '
        'together to respond," Dr Lalabalavu said at the launch of the national '
        "response plan in Suva. The ministry plans to expand testing, provide free "
        "needles and syringes at health centres, and increase access to antiretroviral "
        "treatment, which is available free of charge. UNAIDS said Fiji's HIV epidemic "
        "was one of the fastest-growing in the Asia-Pacific region. Health workers "
        "said stigma was stopping many people from getting tested, especially in rural "
        "areas and the outer islands. The Government has asked Australia and New "
        "Zealand for support in funding the response.",
        "health",
    ),
    (
        ("DOH declares measles outbreak in Metro Manila, 4 other regions as deaths climb"),
        "MANILA, Philippines — The Department of Health (DOH) on Wednesday declared a "
        "measles outbreak in Metro Manila and four other regions, after reporting a "
        "sharp rise in cases and deaths, most of them among young children who had not "
        "been vaccinated. Health Secretary Francisco Duque III said 4,302 measles "
        "cases and 70 deaths had been recorded nationwide since January, up from 1,248 "
        "cases in the same period last year. The San Lazaro Hospital in Manila, the "
        "country's main infectious disease hospital, has set up tents to handle the "
        'overflow of patients. "We are fighting this battle on several fronts, but '
        'our best weapon is still vaccination," Duque said at a press briefing. '
        "Health officials blamed the outbreak partly on public distrust of vaccines "
        "after the controversy over the dengue vaccine Dengvaxia, which the government "
        "suspended in 2017 after its maker said it could cause severe disease in some "
        "people who had never had dengue. The DOH said it would hold catch-up "
        "vaccination drives in schools, barangay health centers and malls, and urged "
        "parents to have children aged six months to five years immunized. Local "
        "government units in Central Luzon and Calabarzon were also asked to report "
        "new cases daily. The World Health Organization said it was sending vaccines "
        "and staff to support the response.",
        "health",
    ),
]
