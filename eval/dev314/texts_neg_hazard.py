"""Negatives: advisories and alerts over crime, storms, fires and quakes, with no armed conflict."""

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
]
