"""dev243 negatives: satellite images of floods, fires, quakes and glaciers, launch failures,
falling debris, and crime and disease seen from orbit. (title, text, kind code)."""

NEGATIVES = [
    (
        "Satellite images show a third of Pakistan under water",
        "Images from the European Space Agency's Sentinel satellites show vast lakes where "
        "villages and cotton fields stood in Sindh province, as Pakistan's worst floods in "
        "decades continued to spread on Tuesday. The Indus river has burst its banks, "
        "creating a body of water roughly 100km wide in places, the agency said. Pakistan's "
        "climate minister Sherry Rehman said about a third of the country was under water. "
        "More than 1,100 people have died since June, and about 33 million have been "
        "affected, the National Disaster Management Authority said. The army has deployed "
        "helicopters to rescue stranded families and drop food. “It's literally one big "
        "ocean,” Rehman told reporters. Scientists said the monsoon rains had been made "
        "heavier by climate change. The UN launched an appeal for $160 million. Images from "
        "NASA's Terra satellite also show Lake Manchar swelling far beyond its banks.",
        "disaster",
    ),
    (
        "Derna from space: satellite pictures show neighbourhoods swept into the sea",
        "Satellite images of Derna taken on Wednesday show entire city blocks on both banks "
        "of the Wadi Derna missing, after two dams upstream burst during Storm Daniel on "
        "Sunday night. Comparisons with images from before the storm show a brown scar where "
        "roads, bridges and apartment buildings once stood, and mud spreading far out into "
        "the Mediterranean. Libya's eastern authorities said more than 5,000 people were "
        "dead and about 10,000 missing. Rescue teams from Egypt, Turkey and the United Arab "
        "Emirates arrived on Wednesday. The UN said at least 30,000 people in Derna had been "
        "displaced. Experts said the dams, built in the 1970s, had not been maintained for "
        "years despite warnings. Maps drawn from the images by the European Copernicus "
        "emergency service are being used by rescuers. Many bodies were washed out to sea, "
        "and divers were searching the coastline. The World Meteorological Organization said "
        "many deaths could have been avoided with better warnings.",
        "disaster",
    ),
    (
        "Canada's wildfire smoke seen from orbit as it drifts over New York",
        "Satellite images from NASA and NOAA on Wednesday showed a vast plume of smoke from "
        "hundreds of wildfires in Quebec and Ontario streaming south across the "
        "north-eastern United States, turning the sky over New York an eerie orange. The "
        "city's air quality index reached levels not seen since records began, and officials "
        "urged residents to stay indoors. More than 400 fires were burning across Canada, "
        "about half of them out of control, the Canadian Interagency Forest Fire Centre "
        "said. About 20,000 people had been evacuated in Quebec alone. Flights at LaGuardia "
        "airport were delayed because of poor visibility. Canada's prime minister said the "
        "country was facing its worst fire season on record. Within days the smoke had "
        "spread as far as Norway, satellite data showed. Schools in several cities cancelled "
        "outdoor activities. Firefighters from Australia, South Africa and the United States "
        "were flown in to help.",
        "disaster",
    ),
    (
        "Radar satellites map how Turkey earthquake tore the ground apart",
        "Radar images from the Sentinel-1 satellites show the ground along the East "
        "Anatolian Fault shifted by up to six metres in Monday's earthquakes in southern "
        "Turkey and northern Syria, scientists at Britain's Centre for the Observation and "
        "Modelling of Earthquakes said. The rupture runs for about 300km. The images help "
        "rescue teams and engineers decide where damage is worst. Turkey's disaster agency "
        "AFAD said the death toll in the country had passed 12,000, and the number of deaths "
        "in Syria rose above 2,600. Aid groups said rescue efforts in opposition-held "
        "north-west Syria were hampered by the lack of heavy equipment. Temperatures below "
        "freezing have added to the suffering of survivors sleeping in cars and tents. The "
        "European Copernicus service has mapped damaged buildings in more than a dozen "
        "cities for search teams.",
        "disaster",
    ),
    (
        "Swiss village buried as glacier collapses, satellite images show",
        "A huge part of the Birch glacier above the Swiss village of Blatten collapsed on "
        "Wednesday afternoon, sending ice, mud and rock crashing down the valley and burying "
        "most of the village, which had been evacuated ten days earlier. Satellite images "
        "from before and after the collapse show a debris field about 2km long covering "
        "houses and the Lonza river. One man was missing. About 300 residents had been moved "
        "out after geologists warned that the mountainside was unstable. Authorities said "
        "the debris was damming the river and that a lake was forming behind it, raising the "
        "risk of flooding downstream. “We have lost our village, but not our heart,” the "
        "mayor said. Images from the Sentinel-2 satellites had shown the glacier moving "
        "faster in the days before the collapse. Army helicopters and specialist teams were "
        "standing by. Scientists said thawing permafrost was weakening mountainsides across "
        "the Alps.",
        "disaster",
    ),
    (
        "Glacial lake burst in Sikkim: satellite images show lake shrank by two-thirds",
        "Satellite images analysed by India's space agency show that South Lhonak Lake in "
        "northern Sikkim lost about 60% of its area when part of its moraine gave way early "
        "on Wednesday, sending a wall of water down the Teesta valley. The flood swept away "
        "the Chungthang dam and several bridges, and left at least 40 people dead and more "
        "than 100 missing, including army personnel whose camp was flooded near Singtam. "
        "About 2,000 people were being sheltered in relief camps. The army said it had "
        "launched a search for 22 soldiers. Scientists have warned for years that the lake, "
        "fed by a retreating glacier, posed a risk. Tourists stranded in northern Sikkim "
        "were being flown out by helicopter. The Teesta also flooded low-lying areas "
        "downstream in West Bengal and Bangladesh. The state government declared a disaster.",
        "disaster",
    ),
    (
        "World's biggest iceberg heads for South Georgia, raising fears for penguins",
        "The world's largest iceberg, A23a, is drifting toward the remote island of South "
        "Georgia in the South Atlantic, satellite images from the European Space Agency "
        "show, and could run aground on the island's shelf within weeks. The iceberg, about "
        "3,500 square kilometres in size, broke away from Antarctica's Filchner ice shelf in "
        "1986 and was stuck on the seabed for more than 30 years. Scientists fear it could "
        "block the routes that penguins and seals use to reach their feeding grounds. The "
        "British Antarctic Survey said it was watching closely. Previous icebergs that "
        "grounded near the island led to the deaths of large numbers of penguin chicks. The "
        "iceberg is about twice the size of Greater London. Researchers aboard the British "
        "ship RRS Sir David Attenborough took water samples near it last year. Icebergs this "
        "large can take years to break up.",
        "disaster",
    ),
    (
        "SpaceX Starship explodes over Caribbean, debris forces flights to divert",
        "SpaceX's Starship rocket broke apart minutes after launch from Texas on Thursday, "
        "raining burning debris over the Caribbean and forcing the Federal Aviation "
        "Administration to halt flights at several Florida airports. Videos posted by "
        "residents of the Turks and Caicos Islands showed streaks of fire across the evening "
        "sky. The upper stage lost contact about eight minutes into its seventh test flight, "
        "though the Super Heavy booster was caught by the launch tower's mechanical arms. "
        "Elon Musk said a fuel leak had probably caused a fire. No injuries were reported, "
        "but debris washed up on beaches in the islands, and the territory's government "
        "urged people not to touch it. The FAA ordered an investigation. It was the first "
        "flight of an upgraded version of the upper stage. Airlines said some aircraft ran "
        "low on fuel while waiting to land.",
        "accident",
    ),
    (
        "Chinese rocket booster crashes near village in Guizhou",
        "Part of a Chinese Long March rocket fell near a village in Guizhou province on "
        "Saturday, minutes after launching satellites from Xichang, video posted on social "
        "media shows. The footage shows the booster crashing into a wooded hillside and "
        "exploding in a ball of orange flame, with a cloud of toxic yellow smoke rising from "
        "the wreckage. Villagers had been warned of the launch and told to stay away, local "
        "officials said. No injuries were reported. China launches many of its rockets from "
        "inland sites, so that spent stages regularly fall on populated areas, and residents "
        "sometimes collect the scrap. The China Aerospace Science and Technology Corporation "
        "said the mission was a success. The launch put three remote-sensing satellites into "
        "orbit, the state news agency Xinhua said. Local authorities cordoned off the crash "
        "site and sent teams to clear the remaining fuel. Videos of such crashes are "
        "regularly removed from Chinese social media.",
        "accident",
    ),
    (
        "Florida family sues NASA after space station debris crashes through roof",
        "A Florida family whose house was hit by a piece of debris from the International "
        "Space Station has filed a claim against NASA seeking more than $80,000 in damages. "
        "The object, a metal cylinder weighing about 700 grams, tore through the roof and "
        "two floors of Alejandro Otero's home in Naples in March, narrowly missing his son. "
        "NASA confirmed it was part of a pallet of old batteries discarded from the station "
        "in 2021 that was expected to burn up completely on re-entry. The family's lawyer "
        "said the case would set a precedent for how space debris victims are compensated. "
        "Space debris experts said such strikes were rare but would become more common as "
        "launches increase. NASA said it was reviewing the claim under federal law. "
        "Engineers at the Kennedy Space Center examined the cylinder and confirmed its "
        "origin. The family's lawyer said the object could have killed someone.",
        "accident",
    ),
    (
        "Antares rocket explodes seconds after launch at Wallops",
        "An unmanned Antares rocket carrying supplies to the International Space Station "
        "exploded seconds after lift-off from NASA's Wallops Flight Facility in Virginia on "
        "Tuesday evening, sending a huge fireball into the sky. No one was hurt, NASA said. "
        "The rocket, built by Orbital Sciences, was carrying more than 2,200kg of food, "
        "equipment and experiments. Debris fell around the launch pad and in the Atlantic, "
        "and officials warned residents not to touch any pieces they found. Orbital said it "
        "was too early to know the cause, though the rocket's Soviet-era engines have been "
        "questioned. Crew aboard the station have enough supplies for months, NASA said. The "
        "launch was the third of eight planned under a $1.9bn contract between Orbital and "
        "NASA. The company's shares fell by about 15% in after-hours trading. Investigators "
        "from the Federal Aviation Administration joined NASA at the site.",
        "accident",
    ),
    (
        "Falcon 9 blows up on launch pad, destroying Israeli satellite",
        "A SpaceX Falcon 9 rocket exploded on its launch pad at Cape Canaveral on Thursday "
        "during a routine engine test, destroying the Amos-6 communications satellite it was "
        "due to carry into orbit next week. Windows rattled miles away, and plumes of black "
        "smoke rose over the coast. No one was injured, the US Air Force said. The "
        "satellite, built by Israel Aerospace Industries for Spacecom, was meant to provide "
        "internet access across sub-Saharan Africa under a deal with Facebook. Spacecom's "
        "shares fell sharply in Tel Aviv. SpaceX said it was looking into an anomaly in the "
        "fuelling of the upper stage. It was SpaceX's second failure in just over a year, "
        "after a Falcon 9 broke apart on the way to the space station in June 2015. "
        "Facebook's Mark Zuckerberg said he was “deeply disappointed”. Launches from the "
        "Cape were suspended while investigators examined the damage to the pad.",
        "accident",
    ),
    (
        "Intelsat satellite breaks apart in orbit, cutting customers' service",
        "An Intelsat communications satellite broke up in geostationary orbit on Saturday, "
        "cutting service to customers in Europe, Africa and parts of Asia, the company said. "
        "US Space Forces-Space said it was tracking about 20 pieces of debris from the "
        "Intelsat 33e, and Russia's space agency put the figure higher. The satellite had "
        "suffered a propulsion problem soon after launch in 2016 that shortened its life. "
        "Intelsat said it was working with its manufacturer, Boeing, to find out what went "
        "wrong. Astronomers said the break-up was a reminder of the growing danger of debris "
        "in the orbit where the world's largest communications satellites sit. Intelsat told "
        "customers it had declared the satellite a total loss. The company had expected it "
        "to operate until 2031. Tracking firms said they would keep watching the debris for "
        "possible collisions.",
        "accident",
    ),
    (
        "Satellite data gives Brazil early warning of dengue surge",
        "Brazilian health officials are using satellite measurements of rainfall and surface "
        "temperature to forecast dengue outbreaks weeks before they hit, in a country that "
        "has recorded more than 6 million probable cases this year. A model developed by the "
        "Oswaldo Cruz Foundation with data from NASA and the European Copernicus programme "
        "flags municipalities where conditions favour the Aedes mosquito. The health "
        "ministry said the forecasts helped it decide where to send vaccines and insecticide "
        "teams first. Dengue has killed more than 5,000 people in Brazil in 2024, a record. "
        "Researchers said the same approach could help other countries in Latin America. Rio "
        "de Janeiro declared a health emergency in February as hospitals filled with "
        "patients. The forecasts are published weekly on a public website. Officials said "
        "mosquito populations surge after heavy rains followed by heat.",
        "health",
    ),
    (
        "Satellite images lead police to illegal gold mines in Yanomami territory",
        "Brazilian federal police arrested 23 people and destroyed dozens of mining rafts in "
        "the Yanomami indigenous territory this week after satellite images showed new "
        "clearings along the Uraricoera river, the police said on Friday. The operation, "
        "carried out with the environmental agency Ibama, also seized two aircraft, fuel and "
        "mercury. Satellite monitoring by the Amazon research institute Imazon shows illegal "
        "mining has spread across thousands of hectares of the territory in recent years, "
        "polluting rivers and bringing malaria. Police said most of the miners had fled into "
        "the forest when helicopters arrived. Indigenous leaders said the miners would "
        "return unless the raids continued. The government declared a health emergency in "
        "the territory last year after reports of malnutrition among children. A senior "
        "officer said satellites had made it much harder for miners to hide. Some clearings "
        "were found within days of appearing, he said.",
        "crime",
    ),
    (
        "Gang used GPS jammers to steal luxury cars, court hears",
        "A gang stole more than 100 luxury cars across southern England using devices that "
        "blocked the vehicles' GPS trackers, a court heard on Tuesday. Prosecutors at "
        "Southwark Crown Court said the five men bought jammers online for about 50 pounds "
        "each and used them to hide the cars from owners and insurers while they were driven "
        "to shipping containers in Felixstowe. Many of the cars were later found in Dubai "
        "and Cyprus. Police said the jammers, which are illegal to use in Britain, also "
        "interfered with satellite navigation for other drivers nearby. The defendants deny "
        "conspiracy to steal. The trial continues. One defendant's phone contained messages "
        "about orders for particular models, the jury was told. The cars included Range "
        "Rovers, Mercedes and BMWs worth up to 120,000 pounds each. Police recovered some of "
        "them at the port before they were shipped.",
        "crime",
    ),
    (
        "Narco-submarine seized off Colombia carried Starlink antenna",
        "Colombia's navy seized a semi-submersible vessel carrying more than three tonnes of "
        "cocaine off the Pacific coast on Monday, and found a Starlink satellite antenna "
        "installed on its deck, officials said. It was the first time the navy had found "
        "such equipment on a drug submarine, which traffickers use to move cocaine toward "
        "Central America. Officials said the antenna could allow smugglers to guide the "
        "vessels remotely, without crew. Three men aboard were arrested. The navy said it "
        "had seized more than 20 semi-submersibles so far this year. SpaceX did not respond "
        "to a request for comment. The vessel was intercepted off Nariño department, close "
        "to the border with Ecuador. Authorities said the drugs were worth about $80 "
        "million. Semi-submersibles from South America have been found as far away as the "
        "Solomon Islands.",
        "crime",
    ),
]
