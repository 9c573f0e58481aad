"""Negatives of eval/dev65: hurricanes, quakes, floods, fires and droughts with troops deployed,
accidents, epidemics (README.md)."""

NEGATIVES = [
    (
        "Army and navy deploy to Acapulco after hurricane devastates resort",
        (
            "Mexico sent about 10,000 soldiers, marines and National Guard troops to Acapulco on "
            "Thursday after Hurricane Otis struck the Pacific resort as a category 5 storm, "
            "killing at least 27 people and leaving much of the city without power, water or phone "
            "lines. Residents queued for hours for water as food ran short, and the troops set up "
            "kitchens and distribution points. The president said the storm had grown faster than "
            "forecasters expected. Hotels along the bay lost their windows and many of their "
            "roofs. The government said it would give cash to each affected household."
        ),
        "disaster",
    ),
    (
        "Brazil sends troops to flooded Rio Grande do Sul as hundreds of thousands displaced",
        (
            "Brazil's armed forces sent more than 15,000 troops, helicopters and boats to Rio "
            "Grande do Sul, where floods have killed at least 100 people and driven more than "
            "400,000 from their homes, officials said on Thursday. In Porto Alegre soldiers "
            "ferried residents from rooftops and set up field hospitals. The governor called it "
            "the worst disaster in the state's history."
        ),
        "disaster",
    ),
    (
        "Hurricane Melissa leaves Jamaica's west in ruins",
        (
            "Hurricane Melissa struck south-western Jamaica on Tuesday with winds of up to 295 "
            "km/h, destroying homes, roads and hospitals in St Elizabeth and Westmoreland, the "
            "government said. At least 19 people were killed in Jamaica, and more in Haiti from "
            "floods. The Jamaica Defence Force cleared roads to reach cut-off communities, and "
            "thousands of people were in shelters."
        ),
        "disaster",
    ),
    (
        "Quake in southern Haiti kills more than 2,000",
        (
            "A magnitude 7.2 earthquake struck southwestern Haiti on Saturday, killing more than "
            "2,000 people and destroying about 50,000 homes, the civil protection agency said. "
            "Hospitals in Les Cayes and Jérémie were overwhelmed. Aid lorries from Port-au-Prince "
            "travelled under police escort along the southern highway, and rescuers searched for "
            "survivors in the rubble of a hotel."
        ),
        "disaster",
    ),
    (
        "Chile declares curfew in Viña del Mar as wildfires kill dozens",
        (
            "Chile's president declared a state of emergency and a night curfew in parts of the "
            "Valparaíso region on Sunday as forest fires that swept into hillside neighbourhoods "
            "of Viña del Mar killed at least 112 people. Soldiers were deployed to help "
            "firefighters and prevent looting. Thousands of homes were burned and hundreds of "
            "people were missing."
        ),
        "disaster",
    ),
    (
        "Landslides and floods kill dozens in Peru's north after heavy rain",
        (
            "Floods and landslides caused by heavy rains have killed at least 60 people in "
            "northern Peru and left thousands homeless, the civil defence institute said on "
            "Tuesday. The army flew food and water to towns in Piura cut off by collapsed bridges. "
            "Schools in several regions were turned into shelters."
        ),
        "disaster",
    ),
    (
        "Ecuador earthquake kills hundreds on Pacific coast",
        (
            "A magnitude 7.8 earthquake struck Ecuador's Pacific coast on Saturday night, killing "
            "at least 272 people and destroying buildings in Pedernales, Manta and Portoviejo, the "
            "government said. Soldiers and police patrolled the ruins to deter looting, and the "
            "president declared a state of emergency in six provinces. Rescue teams arrived from "
            "Colombia, Mexico and Spain."
        ),
        "disaster",
    ),
    (
        "Guatemala's Fuego volcano erupts, burying villages",
        (
            "The Fuego volcano erupted on Sunday, sending rivers of hot ash and gas down its "
            "slopes and burying parts of the village of San Miguel Los Lotes, Guatemalan officials "
            "said. At least 69 people were killed and thousands were evacuated. Soldiers helped "
            "rescuers search for survivors. Many of the missing lived in villages at the foot of "
            "the volcano. The president declared three days of national mourning."
        ),
        "disaster",
    ),
    (
        "Fuel pipeline blast kills dozens as villagers collect leaking petrol in Hidalgo",
        (
            "An explosion at a fuel pipeline tapped by thieves in Tlahuelilpan, Hidalgo, killed at "
            "least 66 people on Friday evening as hundreds of residents collected petrol in "
            "buckets from the leak, officials said. Soldiers guarding the site had told people to "
            "leave but were outnumbered. The government has been fighting fuel theft, and said the "
            "pipeline had been punctured illegally."
        ),
        "accident",
    ),
    (
        "Mexico City metro overpass collapses, killing 26",
        (
            "An elevated section of Mexico City's Line 12 metro collapsed on Monday night as a "
            "train passed over it, sending two carriages onto the road below and killing 26 "
            "people, officials said. Dozens were taken to hospital. The mayor said an independent "
            "investigation would determine the cause. The line opened less than a decade ago and "
            "was closed for repairs for more than a year soon after."
        ),
        "accident",
    ),
    (
        "Brazilian mining dam collapse buries workers and homes",
        (
            "A dam holding back mining waste collapsed at an iron ore mine near Brumadinho, in "
            "Minas Gerais, on Friday, burying the company's canteen and offices and homes "
            "downstream under mud, officials said. Hundreds of people were missing. Firefighters "
            "used helicopters to pull survivors from the mud. The company's chief executive said "
            "the dam had passed a safety inspection months earlier. More than 270 people were "
            "eventually found to have died."
        ),
        "accident",
    ),
    (
        "Plane carrying Brazilian football team crashes in Colombia",
        (
            "A chartered plane carrying the Chapecoense football team to the final of the Copa "
            "Sudamericana crashed into a mountain near Medellín on Monday night, killing 71 "
            "people, Colombian officials said. Six survived. Investigators later said the plane "
            "had run out of fuel. Colombian fans filled Medellín's stadium on the night the final "
            "was due to be played, dressed in white, to honour the victims."
        ),
        "accident",
    ),
    (
        "Bus carrying migrants plunges into ravine in Oaxaca",
        (
            "A bus carrying migrants from Venezuela, Haiti and other countries went off a mountain "
            "road and fell into a ravine in Oaxaca on Thursday, killing 18 people, including two "
            "children, Mexico's migration institute said. Twenty-seven people were injured. The "
            "driver fled the scene."
        ),
        "accident",
    ),
    (
        "Brazil sends soldiers to fight dengue as cases soar",
        (
            "Brazil's armed forces sent soldiers to help health workers in Brasília's satellite "
            "cities fight a dengue outbreak, the defence ministry said on Tuesday, as the country "
            "recorded more than a million cases in the first two months of the year. Troops are "
            "visiting homes to remove standing water where mosquitoes breed. The capital declared "
            "a health emergency."
        ),
        "health",
    ),
    (
        "Mexico launches mass measles vaccination in Chihuahua",
        (
            "Mexican health authorities began a door-to-door measles vaccination campaign in "
            "Chihuahua on Monday after an outbreak among Mennonite and Rarámuri communities "
            "sickened more than 1,000 people. Health workers travelled to remote mountain villages "
            "with vaccines kept in cool boxes."
        ),
        "health",
    ),
    (
        "Zika cases spread across Latin America, WHO warns",
        (
            'The World Health Organization said on Thursday that the Zika virus was "spreading '
            'explosively" in the Americas and could infect up to 4 million people this year. '
            "Brazil has reported thousands of babies born with microcephaly. Colombia and El "
            "Salvador advised women to avoid getting pregnant."
        ),
        "health",
    ),
    (
        "Oil spill fouls beaches near Lima after tanker unloading accident",
        (
            "About 6,000 barrels of crude spilled into the sea near Lima while a tanker was "
            "unloading at a refinery, Peru's environment ministry said, closing beaches and "
            "fishing grounds north of the capital. Waves from a volcanic eruption in Tonga were "
            "blamed by the company. Fishermen protested peacefully outside the refinery."
        ),
        "accident",
    ),
    (
        "Drought lowers Panama Canal, forcing shipping limits",
        (
            "The Panama Canal Authority cut the number of daily transits after a drought left "
            "Gatun Lake at its lowest level in decades, forcing ships to wait or take longer "
            "routes. The authority said it would take rain and new reservoirs to restore normal "
            "traffic."
        ),
        "disaster",
    ),
    (
        "Mine collapse traps gold miners in Peru",
        (
            "Rescuers in southern Peru were searching on Sunday for miners trapped after a tunnel "
            "collapsed at a gold mine in Arequipa, a day after a short circuit set off a fire. "
            "Officials said 27 miners had died. The company said it was cooperating with "
            "investigators."
        ),
        "accident",
    ),
]
