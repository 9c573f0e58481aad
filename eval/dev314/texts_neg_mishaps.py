"""Negatives: accidents, disease and military drills that reach travellers, with no armed conflict."""

NEGATIVES = [
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
