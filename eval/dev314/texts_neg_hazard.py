"""Negatives: advisories and alerts over crime, storms, fires, quakes, accidents, disease and
military drills, with no armed conflict."""

NEGATIVES = [
    (
        "Sunbathers flee as man is shot dead on beach in Cancun hotel zone",
        (
            "Tourists ran for cover on a beach in Cancun's hotel zone on Thursday afternoon after "
            "two gunmen arrived on jet skis and shot a man dead in front of a resort, Quintana "
            "Roo's state prosecutor said. Witnesses said hotel staff ushered guests into the "
            "lobby as the gunmen escaped along the shore. The victim, who prosecutors said was "
            "involved in selling drugs to tourists on the beach, died at the scene, and no "
            "visitors were hurt. The state government said it would send more National Guard "
            "officers and tourist police to patrol the beaches of Cancun, Playa del Carmen and "
            "Tulum. Quintana Roo received about 21 million visitors last year, and the Caribbean "
            "coast is Mexico's biggest tourism earner. The US State Department urges travellers "
            "to 'exercise increased caution' in the state because of crime, while advising "
            "against travel to six other Mexican states. Hoteliers said it was an isolated "
            "incident and that bookings for the winter season were strong. Police later arrested "
            "two suspects in a car with a rifle and several bags of cocaine."
        ),
        "crime",
    ),
    (
        "US keeps 'do not travel' warning for six Mexican states over crime and kidnapping",
        (
            "The US State Department has kept its highest 'do not travel' warning for six Mexican "
            "states, including Sinaloa, Guerrero and Tamaulipas, citing crime and kidnapping, in "
            "its latest advisory for Mexico. The advisory, which is updated every few months, "
            "lists the risk state by state, and recommends 'increased caution' for popular "
            "destinations such as Quintana Roo, home to Cancun and Tulum, and Baja California "
            "Sur, home to Los Cabos. It warns that 'violent crime, such as homicide, kidnapping, "
            "carjacking and robbery, is widespread and common', and that US government employees "
            "are barred from travelling to parts of several states. Mexico's tourism ministry "
            "said the advisory did not reflect the reality of most destinations. About 42 million "
            "international tourists visited Mexico last year, about a third of them from the "
            "United States. Travel experts say the warnings have had little effect on bookings "
            "for beach resorts. Visitors are advised to use toll roads, avoid travelling at night "
            "and use registered taxis."
        ),
        "crime",
    ),
    (
        ("Jamaica warns of crime as Britain and Canada update advice on Kingston and Montego Bay"),
        (
            "Britain and Canada updated their travel advice for Jamaica this week, warning "
            "visitors about violent crime in parts of Kingston and Montego Bay after a rise in "
            "murders in the first months of the year. The Canadian government advised a 'high "
            "degree of caution' and listed neighbourhoods such as Spanish Town and Trench Town "
            "where tourists should not go. Jamaica's government declared states of emergency in "
            "several parishes, allowing soldiers to support police in searches and arrests. "
            "Tourism minister Edmund Bartlett said the island remained one of the safest "
            "destinations in the Caribbean for visitors, who rarely fall victim to violent crime. "
            "Jamaica welcomed about 4.1 million visitors last year, including cruise passengers, "
            "and tourism accounts for about a third of its economy. The US State Department's "
            "advisory for Jamaica, at level three, warns that violent crimes, including sexual "
            "assaults, occur frequently, including at all-inclusive resorts. Hoteliers say most "
            "visitors stay within resorts and rarely see the problem areas."
        ),
        "crime",
    ),
    (
        "Tourists warned after spate of car hijackings on Cape Town airport highway",
        (
            "Police in Cape Town have stepped up patrols on the N2 highway near the international "
            "airport after a series of robberies targeting tourists in hire cars, including one "
            "in which a German visitor was shot in the leg. Police said robbers had been throwing "
            "rocks at windscreens or laying obstacles on the road to force cars to stop. The "
            "Western Cape government said it had put more traffic officers on the route and that "
            "car hire companies would give visitors safety leaflets. Cape Town received about 1.7 "
            "million international visitors last year, and tourism officials said crime against "
            "tourists was 'rare but unacceptable'. Three men were arrested in Nyanga on Sunday "
            "and charged with armed robbery. The German tourist was released from hospital after "
            "treatment. Britain's Foreign Office advises travellers to stay on main roads and to "
            "keep car doors locked and windows closed at traffic lights. Tour operators said "
            "bookings for the summer season were at record levels."
        ),
        "crime",
    ),
    (
        "Gatwick reopens after drone sightings ground 1,000 flights over Christmas",
        (
            "Gatwick airport reopened on Friday after drone sightings near the runway forced the "
            "airport to halt flights for more than 30 hours, disrupting about 1,000 flights and "
            "140,000 passengers at the start of the Christmas holidays. The army was called in to "
            "help police with specialist equipment to detect and disable drones. Sussex police "
            "said the disruption was a deliberate act, but that there was no suggestion it was "
            "terrorism. A man and a woman from Crawley were arrested but later released without "
            "charge. Passengers slept on terminal floors, and many flights were diverted to "
            "Manchester, Birmingham and Paris. Easyjet, Gatwick's biggest airline, said it had "
            "cancelled about 400 flights. The government said it would extend the exclusion zone "
            "around airports and give police new powers to tackle drones. Gatwick said it had "
            "since spent 5 million pounds on anti-drone equipment. Police later admitted that "
            "some sightings may have been their own drone, and no one has ever been charged."
        ),
        "crime",
    ),
    (
        "Tour operators evacuate thousands of holidaymakers as wildfires sweep Rhodes",
        (
            "About 19,000 people were evacuated from hotels and villages on the Greek island of "
            "Rhodes as wildfires raged for a sixth day, in what officials called the largest "
            "evacuation in Greece's history. Holidaymakers described walking for hours along "
            "roads choked with smoke before being picked up by buses and boats, with some "
            "sleeping on the floors of schools and sports halls in Rhodes town. Jet2 and TUI "
            "cancelled flights to the island and sent aircraft to bring home customers whose "
            "hotels had been damaged. Greece's civil protection ministry said about 40 "
            "firefighting aircraft and helicopters had been deployed, with help from Turkey, "
            "Slovakia and Israel. The fires broke out amid a heatwave that saw temperatures reach "
            "45C. Britain's Foreign Office said about 10,000 British nationals were on the "
            "island. The Greek government offered free holidays next year to those whose trips "
            "were cut short. Tourism accounts for about a fifth of the Greek economy."
        ),
        "disaster",
    ),
    (
        "Bali flights cancelled as Lewotobi volcano spews ash cloud",
        (
            "Airlines cancelled dozens of flights to and from Bali on Wednesday as an ash cloud "
            "from the erupting Lewotobi Laki-laki volcano on the island of Flores drifted across "
            "the region, leaving thousands of travellers stranded. Jetstar, Virgin Australia and "
            "Qantas suspended flights between Australia and Bali, and AirAsia cancelled services "
            "to Singapore, Kuala Lumpur and Jakarta. Indonesia's volcanology agency raised the "
            "alert level to the highest after an eruption sent a column of ash about 10 "
            "kilometres into the air. The eruption last week killed nine people in villages on "
            "Flores, where thousands of residents were moved to evacuation centres. Bali's "
            "airport remained open, but airlines decided not to fly through the ash. Hotels in "
            "Bali offered discounts to stranded guests, and some travellers took ferries to Java "
            "to catch flights from Surabaya. Bali received about 5.3 million foreign visitors "
            "last year. Airlines said flights would resume once the ash cleared."
        ),
        "disaster",
    ),
    (
        ("Hurricane Melissa: Jamaica's resorts count damage as stranded tourists wait for flights"),
        (
            "Thousands of tourists remained stranded in Jamaica on Friday after Hurricane "
            "Melissa, a category 5 storm, tore across the west of the island, damaging hotels in "
            "Montego Bay and Negril and closing the airport for three days. The government said "
            "at least 28 people had been killed in Jamaica, and power was out for about three "
            "quarters of the island. Hotels said guests had sheltered in ballrooms and conference "
            "halls while the storm passed, and that staff were working to restore water and "
            "power. Sangster International Airport reopened for relief and repatriation flights "
            "on Thursday, and airlines began adding flights to Miami, Toronto and London. The "
            "tourism ministry said about 25,000 visitors were on the island when the storm "
            "struck. Several resorts said they would stay closed for months while repairs are "
            "made. Britain and the United States raised their travel advice for Jamaica, advising "
            "against non-essential travel for now."
        ),
        "disaster",
    ),
    (
        "Marrakech riad owners urge tourists to keep coming after Atlas earthquake",
        (
            "Hotel and riad owners in Marrakech urged tourists not to cancel their trips after "
            "the earthquake that struck the High Atlas mountains on Friday night, killing nearly "
            "3,000 people and destroying villages south of the city. The magnitude 6.8 quake "
            "damaged parts of the old medina, including the minaret of the Kharbouchi mosque, and "
            "sent residents and tourists running into the streets. Most hotels in the city were "
            "undamaged, and flights continued to operate normally at Marrakech airport. Morocco's "
            "tourism ministry said the country remained open to visitors, and that tourism would "
            "help rebuild the economy of affected areas. Tour operators cancelled trekking trips "
            "in the Atlas, where roads were blocked by landslides, and some travellers "
            "volunteered with relief groups. Morocco received a record 14.5 million visitors last "
            "year. Rescue teams from Spain, Britain, Qatar and the United Arab Emirates joined "
            "Moroccan soldiers searching for survivors in the mountain villages."
        ),
        "disaster",
    ),
    (
        "Avalanche hits Everest base camp as Nepal quake strands hundreds of climbers",
        (
            "An avalanche triggered by Saturday's earthquake in Nepal swept through Everest base "
            "camp, killing at least 18 climbers and guides and injuring dozens more, "
            "mountaineering officials said. Helicopters began ferrying the injured to Lukla and "
            "Kathmandu on Sunday, while hundreds of climbers were stranded at camps higher on the "
            "mountain after the route through the Khumbu icefall was destroyed. The magnitude 7.8 "
            "quake has killed more than 4,000 people across Nepal, and historic temples in "
            "Kathmandu's Durbar Square were flattened. Tourism officials said the spring climbing "
            "season on Everest was effectively over. Trekking agencies said they were trying to "
            "locate clients in the Langtang valley, where a village was buried by a landslide. "
            "Foreign governments sent planes to evacuate their nationals from Kathmandu, where "
            "the airport was struggling to cope. About 800,000 tourists visited Nepal last year, "
            "many of them trekkers."
        ),
        "disaster",
    ),
    (
        "Hot-air balloon crashes in Cappadocia, killing a Spanish tourist",
        (
            "A hot-air balloon carrying tourists made a hard landing in Turkey's Cappadocia "
            "region on Saturday morning, killing a Spanish tourist and injuring three others, the "
            "local governor said. The balloon was one of about 100 that take off over the rock "
            "formations every morning in the tourist season. Officials said the balloon hit the "
            "ground hard after a sudden change in the wind, and the basket was dragged for some "
            "distance. The injured were taken to hospital in Nevsehir. Turkey's civil aviation "
            "authority suspended the operator's licence pending an investigation. Balloon flights "
            "are one of the most popular tourist activities in Cappadocia, with more than 500,000 "
            "passengers a year. Flights are cancelled when winds are too strong. A similar "
            "accident in 2021 killed two Spanish tourists, and regulators have since required "
            "pilots to log wind readings before every take-off. Operators say the industry's "
            "safety record is good given the numbers involved, and that most mornings pass "
            "without incident. Cappadocia received more than 4 million visitors last year, and a "
            "seat in a balloon now costs between 150 and 350 euros depending on the season."
        ),
        "accident",
    ),
    (
        "Viking Sky passengers winched to safety after cruise ship loses power off Norway",
        (
            "Rescue helicopters winched hundreds of passengers off the cruise ship Viking Sky on "
            "Saturday after it lost engine power in a storm off the coast of Norway and drifted "
            "dangerously close to rocks. The ship, with 1,373 passengers and crew on board, sent "
            "a mayday call in the Hustadvika area, one of the most dangerous stretches of the "
            "Norwegian coast. Five helicopters airlifted about 460 people to shore during the "
            "night, while others stayed on board as the crew restarted three of the four engines. "
            "Twenty people were taken to hospital with injuries. Passengers described furniture "
            "sliding across lounges and water pouring into cabins. The ship was later towed to "
            "Molde. Norway's maritime authority said the engines had shut down because of low oil "
            "levels. Viking Ocean Cruises said passengers would receive a full refund and an "
            "invitation to sail again, and flew most of them home from Molde and Kristiansund. "
            "Most of those on board were American and British pensioners on a 12-day voyage from "
            "Bergen to Tilbury. Norway's accident investigation board later recommended new rules "
            "on oil levels for ships sailing along the coast in winter."
        ),
        "accident",
    ),
    (
        "One dead and dozens hurt as Singapore Airlines jet drops in severe turbulence",
        (
            "A 73-year-old British man died and more than 70 passengers were injured when a "
            "Singapore Airlines flight from London hit severe turbulence over Myanmar and made an "
            "emergency landing in Bangkok on Tuesday. Passengers said people who were not wearing "
            "seatbelts were thrown into the ceiling as the Boeing 777 dropped sharply during "
            "breakfast service. The plane, with 211 passengers and 18 crew on board, diverted to "
            "Suvarnabhumi airport, where ambulances were waiting. The British man is thought to "
            "have had a heart attack. Singapore Airlines apologised and said it was cooperating "
            "with the investigation. Preliminary data showed the plane had dropped about 54 "
            "metres in less than five seconds. The airline later changed its policy on serving "
            "hot drinks and meals when the seatbelt sign is on, and offered 10,000 dollars to "
            "passengers with minor injuries and an advance of 25,000 dollars to those more "
            "seriously hurt. Aviation experts say deaths from turbulence are extremely rare, "
            "though studies suggest severe clear-air turbulence is becoming more common over some "
            "routes as the climate warms."
        ),
        "accident",
    ),
    (
        "Search for missing Titanic tourist submersible ends with debris found on seabed",
        (
            "The search for the Titan submersible, which disappeared on a dive to the wreck of "
            "the Titanic with five people on board, ended on Thursday when debris was found on "
            "the seabed about 500 metres from the ship's bow, the US Coast Guard said. The pieces "
            "were consistent with a 'catastrophic implosion' of the vessel, officials said. The "
            "five on board, including the chief executive of OceanGate, the company that ran the "
            "dives, and a British billionaire, were killed. Passengers had paid 250,000 dollars "
            "each for the trip. Experts had raised concerns about the design of the submersible, "
            "which was not certified by an independent agency. The search had involved ships, "
            "planes and underwater vehicles from the United States, Canada, France and Britain. "
            "Canadian and American investigators said they would examine how the carbon-fibre "
            "hull was designed and tested, and whether warnings from former employees had been "
            "ignored. OceanGate later suspended all its operations. The disaster has renewed "
            "questions about extreme adventure tourism, from private space flights to guided "
            "climbs of the world's highest peaks, and about how far operators can rely on waivers "
            "signed by paying customers."
        ),
        "accident",
    ),
    (
        "Norovirus outbreak sickens hundreds on Caribbean cruise",
        (
            "More than 300 passengers and crew fell ill with norovirus on a Royal Caribbean "
            "cruise to the Caribbean, the US Centers for Disease Control and Prevention said on "
            "Tuesday. The outbreak on the Icon of the Seas is one of the largest on a cruise ship "
            "this year. Passengers reported vomiting and diarrhoea, and the ship's crew stepped "
            "up cleaning and isolated those who were sick. The CDC said a sanitation team would "
            "board the ship when it returned to Miami. Norovirus spreads easily in confined "
            "spaces and through contaminated food and surfaces. Royal Caribbean said the illness "
            "was mild and short-lived, and that the ship would leave on its next voyage as "
            "planned. There have been more than 15 outbreaks on cruise ships so far this year. "
            "Passengers were advised to wash their hands often and to avoid buffets if they felt "
            "unwell. Some passengers said they had spent most of their week-long holiday in their "
            "cabins, and asked for partial refunds. Cruise industry groups say outbreaks affect a "
            "tiny share of the more than 30 million people who sail each year, and that ships "
            "report cases far more carefully than hotels or restaurants on land."
        ),
        "health",
    ),
    (
        "Travel advisories updated as mpox spreads; WHO declares global emergency",
        (
            "Several countries updated travel advice on Thursday after the World Health "
            "Organization declared the spread of a new strain of mpox in Africa a public health "
            "emergency of international concern. The WHO said more than 15,000 cases and over 500 "
            "deaths had been reported in Congo this year, with cases spreading to Burundi, Kenya, "
            "Rwanda and Uganda. The US Centers for Disease Control and Prevention advised "
            "travellers to the affected countries to avoid contact with sick people and animals. "
            "Sweden confirmed the first case of the new strain outside Africa in a traveller "
            "returning from the region. Airlines said they were not changing schedules. Health "
            "officials stressed that the risk to tourists was low. Vaccine makers said they were "
            "increasing production of mpox vaccines. Some Asian airports, including those in "
            "Manila and Bangkok, introduced temperature checks and health declarations for "
            "passengers arriving from Africa. Safari operators in Kenya and Uganda said they had "
            "received only a handful of cancellations, and that lodges in national parks were far "
            "from the areas with most cases. Tourism officials in East Africa warned against "
            "blanket restrictions, recalling how the Ebola outbreak in West Africa in 2014 had "
            "hit bookings even in countries with no cases."
        ),
        "health",
    ),
    (
        "Dengue cases rise in Bali, prompting warnings for holidaymakers",
        (
            "Health officials in Bali have warned tourists to protect themselves against mosquito "
            "bites after a sharp rise in dengue fever cases on the island this year. Bali's "
            "health agency said more than 9,000 cases had been reported in the first five months "
            "of the year, up from about 2,000 a year earlier. Australian health authorities said "
            "the number of travellers returning with dengue from Bali had increased, and urged "
            "them to use insect repellent and wear long sleeves. Dengue is spread by mosquitoes "
            "and causes fever, headache and pain. A vaccine is available but not widely used. The "
            "Indonesian government said the rise was linked to the rainy season and warmer "
            "temperatures. Hotels in Kuta, Seminyak and Ubud said they were fogging their grounds "
            "more often and draining standing water. Bali receives more than 1 million Australian "
            "visitors a year, and Smartraveller, the Australian government's advice service, now "
            "lists dengue among the main health risks for the island. Doctors advise travellers "
            "who develop a fever within two weeks of returning home to see a doctor and avoid "
            "aspirin."
        ),
        "health",
    ),
    (
        ("Taiwan's Han Kuang drills close airspace and streets as air raid exercise grips Taipei"),
        (
            "Streets in Taipei emptied for 30 minutes on Wednesday as sirens sounded for an air "
            "raid drill, part of Taiwan's annual Han Kuang military exercises, which this year "
            "are the largest ever. Residents and tourists were told to go indoors or into "
            "underground shelters, and traffic was halted. Taiwan's military held live-fire "
            "drills on the coast and practised defending against a landing, and some airspace "
            "around Taoyuan airport was closed for short periods. Several flights were delayed. "
            "The exercises run for ten days and involve about 22,000 reservists. China's defence "
            "ministry criticised the drills. Taiwan's tourism administration said the exercises "
            "would not affect visitors, who were advised to follow instructions. Foreign tourists "
            "filmed the empty streets and shared the clips on social media, and some hotels in "
            "Ximending handed guests leaflets explaining the drill in several languages. The "
            "tourism administration said Taiwan expected about 8 million visitors this year, "
            "still short of the 11.8 million recorded in 2019. Officials said the drills had been "
            "rescheduled to avoid the peak of the summer holiday season."
        ),
        "military",
    ),
    (
        "North Korean missile test triggers J-Alert, halting bullet trains in Hokkaido",
        (
            "Japan's government issued a J-Alert warning on Thursday morning telling residents of "
            "Hokkaido to take shelter after North Korea fired a ballistic missile towards the Sea "
            "of Japan, halting bullet trains and local trains for about an hour. The missile fell "
            "into the sea outside Japan's exclusive economic zone, the defence ministry said. "
            "Tourists at ski resorts in Niseko described receiving the alert on their phones and "
            "being told to stay indoors. Flights at New Chitose airport were briefly delayed. It "
            "was the latest in a series of tests by North Korea this year. Japan and South Korea "
            "condemned the launch, and the US military said it posed no immediate threat to US "
            "territory. The government later said the warning for Hokkaido had been issued in "
            "error because the missile's trajectory had been miscalculated. Hokkaido received a "
            "record number of foreign visitors last winter, many of them from Australia, Hong "
            "Kong and South Korea, drawn by its powder snow and a weak yen. Hotel managers in "
            "Niseko said guests had asked what to do if the alert was repeated, and that several "
            "had checked out early to travel to Tokyo. JR Hokkaido said services were running "
            "normally by mid-morning."
        ),
        "military",
    ),
    (
        "Red Arrows and F-35s draw record crowds to Royal International Air Tattoo",
        (
            "The Royal International Air Tattoo at RAF Fairford drew about 190,000 spectators "
            "over three days, a record, as military aircraft from more than 20 countries took "
            "part in flying displays. The Red Arrows opened the show, and the US Air Force flew "
            "B-52 bombers and F-35 fighters over the Gloucestershire airfield. Visitors queued "
            "for hours in hot weather to get in. Organisers said the show raised money for the "
            "RAF Charitable Trust. Hotels in the Cotswolds were full for the weekend. The event "
            "is one of the largest military air shows in the world. Some residents complained "
            "about noise and traffic. The Ukrainian air force did not take part this year. Next "
            "year's show will mark the 75th anniversary of the charity. Traffic queues stretched "
            "for several miles on the approach roads on the Saturday, and organisers said they "
            "would add park-and-ride sites. The show is estimated to bring about 40 million "
            "pounds a year to the local economy, according to a study commissioned by the county "
            "council."
        ),
        "military",
    ),
    (
        ("US Navy carrier's port call brings 5,000 sailors and a welcome boost to Da Nang's bars"),
        (
            "The US aircraft carrier Theodore Roosevelt docked off Da Nang on Monday, bringing "
            "about 5,000 sailors to the Vietnamese city for a five-day port call marking the "
            "anniversary of diplomatic relations between the two countries. Sailors visited "
            "orphanages, played football with local teams and explored the beaches and the old "
            "town of Hoi An. Local businesses said the visit was good for trade. It is the third "
            "visit by a US carrier to Vietnam since the war ended in 1975. The ship's commander "
            "said the visit showed the strength of the partnership. China has criticised US naval "
            "visits in the region, though Vietnamese officials stressed that the visit was a "
            "goodwill call. Da Nang received about 8 million visitors last year, and bar owners "
            "on the riverfront said they had ordered extra beer for the week. The city's tourism "
            "department said it hoped the visit would encourage more American tourists, who make "
            "up a small share of its arrivals compared with South Koreans."
        ),
        "military",
    ),
]
