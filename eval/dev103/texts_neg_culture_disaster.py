"""dev103 negatives from the culture, weather and disaster desks: films, books and series about
war, floods, storms, landslides and fires with troops and evacuations, and accidents, none of
them armed conflict."""


def _t(body: str) -> str:
    """A body written across lines, joined by single spaces (the builder refuses newlines)."""
    return " ".join(body.split())


# (title, text, kind code)
NEGATIVES = [
    (
        "'Sky Force' review: a dogfight drama that soars in the air and sags on the ground",
        _t("""
        Set against the 1965 war between India and Pakistan, Sky Force tells the story of an
        Indian Air Force squadron leader who leads a daring raid on the Sargodha airbase and of
        the young pilot who goes missing in the attack. Akshay Kumar plays the commander with
        his usual swagger, while newcomer Veer Pahariya is earnest, if a little stiff, as the
        missing flier. The aerial sequences, shot with a mix of practical effects and computer
        graphics, are the film's strongest asset, and the bombing run over the enemy base in the
        first half is thrillingly staged. The second half, which follows the officer's
        decades-long search for the truth about his comrade, is slower and leans heavily on
        sentiment. The directors, Sandeep Kewlani and Abhishek Anil Kapur, mostly avoid the
        chest-thumping that has become common in recent war films, though the background score
        does much of the emotional work. Nimrat Kaur and Sara Ali Khan are wasted in thin roles
        as the wives who wait at home. At two hours and 15 minutes, the film is tighter than
        most of its genre.
        """),
        "entertainment",
    ),
    (
        "Partition novel by Lahore writer wins regional fiction prize",
        _t("""
        The Lahore-based novelist Sadia Ashraf on Saturday won the South Asia Fiction Prize for
        Salt on the Platform, a novel about two families, one Muslim and one Sikh, who swap
        houses in Amritsar and Lahore during the Partition of 1947. The jury, chaired by the Sri
        Lankan writer Nihal de Mel, said the book dealt with the massacres and forced migrations
        of that summer without ever turning them into spectacle, and praised its use of Punjabi
        songs and letters. The award, which carries a prize of $25,000, was presented at a
        ceremony at the Karachi Literature Festival. Ashraf, a former schoolteacher, told Dawn
        that she had spent eight years interviewing survivors in villages on both sides of the
        border, most of whom have since died. Her grandmother, who crossed the border on foot,
        was the inspiration for one of the main characters. The novel, her second, has been
        translated into Urdu and Hindi and is due to be published in Britain in the autumn.
        Indian publishers said it had been among the year's best-selling literary novels in
        Punjab.
        """),
        "entertainment",
    ),
    (
        "New season of border-unit drama films in Galilee with reservist actors",
        _t("""
        Filming of the third season of the Israeli drama series Northern Line resumed this week
        in the Galilee, after a delay of almost a year caused by the war and the call-up of
        several cast members to reserve duty, the show's producers said. The series, which
        follows a special forces unit on the border with Lebanon, was a hit on Kan 11 and was
        bought by a global streaming service in 2022. Two of its lead actors served in the
        reserves for months, and the writers said they had rewritten much of the new season to
        reflect what they called a changed country. Co-creator Dana Shaked told The Times of
        Israel that the new episodes would deal less with firefights and more with soldiers
        coming home, families who were evacuated from the north and the strain of long tours on
        marriages. The producers said the series would continue to feature Arabic-speaking
        characters played by Arab Israeli actors, who had faced criticism from some viewers on
        social media. Filming is expected to last until the end of the year, with the season due
        to air next spring.
        """),
        "entertainment",
    ),
    (
        "Okinawa battle film by first-time director wins top prize in Tokyo",
        _t("""
        A film about schoolgirls conscripted as nurses during the 1945 Battle of Okinawa won the
        top prize at the Tokyo International Film Festival on Wednesday, the first time a debut
        feature has taken the Tokyo Grand Prix in more than a decade. The film, titled The Cave
        of Lilies, follows a group of teenage students from a girls' school in Naha who tended
        wounded soldiers in caves as American troops advanced across the island. Its director,
        Okinawa-born Mai Higa, said in her acceptance speech that she had made the film for her
        great-aunt, one of the few survivors of the student nurse corps. The jury praised the
        film's restraint in depicting the violence of the battle, in which around 200,000
        people, roughly half of them civilians, died. The film has drawn attention in Japan as
        the 80th anniversary of the end of the Pacific War approaches and as debate continues
        over the large US military presence in the prefecture. Distributors said it would open
        in cinemas nationwide in December, and it has been picked up for release in South Korea
        and Taiwan.
        """),
        "entertainment",
    ),
    (
        "Army called in as floods submerge villages in south Punjab; 40,000 evacuated",
        _t("""
        Army troops and boats of Rescue 1122 evacuated more than 40,000 people from villages
        along the Chenab and Sutlej rivers in south Punjab over the weekend, as floodwaters from
        heavy monsoon rains and releases from Indian dams submerged crops and homes, the
        Provincial Disaster Management Authority said on Monday. At least 14 people have died in
        Punjab since Thursday, most of them drowned or killed when roofs collapsed. Relief camps
        were set up in schools in Multan, Muzaffargarh and Bahawalnagar districts, where
        families arrived with their cattle on tractor trolleys. The National Disaster Management
        Authority warned that a second flood wave would reach the Panjnad headworks by
        Wednesday. Farmers said cotton and rice crops on thousands of acres had been destroyed.
        The Chief Minister, Maryam Nawaz, visited a relief camp in Multan and announced
        compensation for families who lost their homes. The monsoon has killed more than 700
        people across Pakistan since late June, according to the NDMA, with Khyber Pakhtunkhwa
        hit hardest by flash floods. In Jalalpur Pirwala, a town ringed by water, residents
        refused to leave until soldiers agreed to ferry their goats and buffaloes as well. "Our
        animals are all we have," a farmer said as he waded through chest-high water. The Met
        Office forecast more rain in the upper catchments over the next 48 hours. The federal
        government announced an emergency relief package and asked international partners for
        help with fodder and tents.
        """),
        "disaster",
    ),
    (
        "Nepal Army, APF rescue 35 as landslides sweep buses off Prithvi Highway",
        _t("""
        Teams of the Nepal Army, the Armed Police Force and Nepal Police rescued 35 people and
        recovered 11 bodies on Tuesday after landslides triggered by overnight rain swept two
        buses off the Prithvi Highway in Dhading district, officials said. The buses, one
        heading to Kathmandu and the other to Pokhara, were travelling through the Simaltal area
        when a section of hillside collapsed at around 3 in the morning, pushing both into the
        swollen Trishuli river. Divers from the Armed Police Force were searching the river with
        rubber boats, and a helicopter was on standby, said the Chief District Officer. Around
        50 people are believed to have been on board the two buses, according to ticket
        counters. Traffic on the highway, the main link between the capital and the rest of the
        country, remained blocked at several points. The Department of Hydrology and Meteorology
        forecast more heavy rain in Gandaki and Bagmati provinces over the next three days. More
        than 120 people have been killed in monsoon-related disasters across the country since
        the season began.
        """),
        "disaster",
    ),
    (
        "Typhoon Kristine: 80,000 evacuated in Bicol as military planes fly in relief goods",
        _t("""
        More than 80,000 people were in evacuation centres in the Bicol region on Thursday after
        Severe Tropical Storm Kristine brought record rain that flooded towns across Camarines
        Sur and Albay, the Office of Civil Defense said. At least 26 people have been killed by
        floods and landslides, most of them in Albay, and 13 others are missing. In Naga City,
        residents climbed onto rooftops as floodwaters rose to the second floor of houses, and
        the coast guard used rubber boats to reach families trapped in subdivisions. The Armed
        Forces of the Philippines deployed C-130 aircraft and helicopters to bring food packs
        and water to isolated communities, and soldiers joined rescue operations. President
        Ferdinand Marcos Jr said he had ordered all agencies to concentrate their resources on
        the region. Classes and government work were suspended in most of Luzon, and dozens of
        domestic flights were cancelled. PAGASA said the storm was expected to leave the
        Philippine area of responsibility on Saturday. It is the 11th tropical cyclone to hit
        the country this year.
        """),
        "disaster",
    ),
    (
        "Wildfires force evacuation of villages near Izmir as winds fan flames",
        _t("""
        Firefighters battled wildfires on three fronts in Türkiye's western province of Izmir
        on Monday, as strong winds drove the flames toward residential areas and forced the
        evacuation of more than 1,500 people from villages in the Seferihisar and Ödemiş
        districts, officials said. Agriculture and Forestry Minister Ibrahim Yumakli said 14
        firefighting planes and 41 helicopters were attacking the blazes, supported by hundreds
        of vehicles and thousands of personnel, including soldiers from nearby units. At least
        20 homes were damaged, and livestock were moved to safer areas. The coastal road between
        Izmir and Çeşme was closed for several hours as smoke reduced visibility. Temperatures
        in the province were above 40 degrees Celsius, and the Meteorology Directorate warned of
        more heat and wind later in the week. Authorities detained a suspect over a fire that
        broke out in a forest near Ödemiş, and said a power line was being examined as the
        cause of another. Hundreds of wildfires have broken out across Türkiye since the start
        of the summer.
        """),
        "disaster",
    ),
    (
        "Gofa landslide death toll rises to 257 as search continues in Kencho Shacha",
        _t("""
        The death toll from landslides in Gofa Zone of the South Ethiopia Regional State rose to
        257 on Friday, officials said, as rescuers and residents dug through mud with shovels
        and bare hands in the search for more victims. The first landslide buried several homes
        in Kencho Shacha Gozdi kebele on Monday morning after heavy rains, and a second one
        swept away many of the people who had gathered to help, according to the zone's
        communication affairs department. The United Nations humanitarian office said more than
        15,000 people needed to be evacuated because of the risk of further landslides, among
        them pregnant women and children under five. Prime Minister Abiy Ahmed visited the area
        and said the federal government would support the affected families. The Ethiopian Red
        Cross Society sent food and blankets, and the army provided trucks to move people to
        temporary shelters in a nearby school. Residents told Addis Standard that many of the
        dead were women and children. It is the deadliest landslide recorded in Ethiopia.
        """),
        "disaster",
    ),
    (
        "Cyclone Remal: 800,000 in shelters as storm surge floods coastal Bangladesh",
        _t("""
        Around 800,000 people spent Sunday night in cyclone shelters across 19 coastal districts
        as Cyclone Remal made landfall near Mongla, bringing a storm surge of up to 12 feet and
        winds of more than 110 kilometres per hour, the disaster management ministry said. At
        least ten people were killed, most by falling trees and walls, and embankments were
        breached in Khulna, Satkhira, Patuakhali and Barguna. Thousands of homes made of mud and
        tin were flattened, and shrimp farms were washed away. The Bangladesh Navy and the army
        deployed ships and soldiers to help with rescue and relief, while the Coast Guard's
        boats reached isolated islands. Volunteers of the Cyclone Preparedness Programme went
        door to door on Saturday urging people to leave their homes, and many refused at first,
        fearing theft. The Sundarbans mangrove forest absorbed much of the storm's force,
        forestry officials said, but deer carcasses were found floating in its channels. Power
        supply was cut off to about three crore people as a precaution. Chittagong and Cox's
        Bazar airports were closed for the day.
        """),
        "disaster",
    ),
    (
        "Fire in Rohingya camp leaves thousands homeless in Cox's Bazar",
        _t("""
        A fire swept through a Rohingya refugee camp in Ukhiya upazila of Cox's Bazar on Sunday
        afternoon, burning down around 2,000 shelters and leaving more than 12,000 people
        without a roof, officials said. The fire broke out at around 2:45 in Camp 11 and spread
        quickly through the densely packed bamboo and tarpaulin shelters, fanned by dry winds,
        the Refugee Relief and Repatriation Commissioner's office said. Firefighters from
        Ukhiya, Teknaf and Cox's Bazar brought the blaze under control after about three hours,
        and no deaths were reported, though several people were treated for burns. Health
        centres, learning centres and mosques were also destroyed. The refugees, who fled a
        military crackdown in Myanmar in 2017, spent the night in the open or with relatives in
        nearby camps, and aid agencies began distributing food and tarpaulins on Monday. A
        committee was formed to find the cause, which officials said could be a gas cylinder
        explosion. Fires are frequent in the camps, which house more than a million refugees.
        """),
        "accident",
    ),
    (
        "Coromandel Express derails after collision near Balasore; over 250 dead",
        _t("""
        More than 250 people were killed and over 900 injured when the Chennai-bound Coromandel
        Express derailed after hitting a stationary goods train near Bahanaga Bazar station in
        Odisha's Balasore district on Friday evening, and several of its coaches were then
        struck by a passing train, officials said. Rescue teams of the National Disaster
        Response Force, the Odisha Disaster Rapid Action Force and the Army worked through the
        night with gas cutters to pull passengers from mangled coaches. Hundreds of local
        residents queued to donate blood at hospitals in Balasore and Soro. Railway Minister
        Ashwini Vaishnaw said a change in the electronic interlocking system was the likely
        cause, and the Central Bureau of Investigation was asked to take over the probe. Prime
        Minister Narendra Modi visited the site on Saturday and said those found guilty would be
        punished severely. Opposition leaders demanded the Minister's resignation and questioned
        the rollout of the anti-collision system Kavach. The railways cancelled or diverted
        dozens of trains on the route. At a school building in Bahanaga used as a temporary
        morgue, families walked between rows of bodies trying to identify relatives. Many of the
        passengers in the general coaches were migrant workers travelling from West Bengal to
        Chennai for jobs. The Odisha government declared a day of mourning and set up helplines
        for families. Restoration work on the tracks was completed within 51 hours.
        """),
        "accident",
    ),
    (
        "Ferry sinks in Bali Strait; search for missing passengers enters third day",
        _t("""
        The National Search and Rescue Agency (Basarnas) said on Saturday that six people had
        died and 29 were still missing after a ferry sank in the Bali Strait late on Wednesday,
        as rescuers widened their search and a navy ship joined the operation. The KMP Tunu
        Pratama Jaya was carrying 65 people and 22 vehicles, including trucks, on the short
        crossing from Ketapang port in East Java to Gilimanuk in Bali when it capsized in rough
        seas around 30 minutes after departure. Thirty survivors were found, some of them
        clinging to life rafts after hours in the water. Officials said the number of passengers
        on board could be higher than the manifest showed, as the names of truck drivers'
        assistants were often not recorded. Transportation Minister Dudy Purwagandhi said the
        ministry would audit ferry operators on the route, and police have questioned the
        captain's employer. Accidents involving overloaded or poorly maintained ferries are
        common in Indonesia, an archipelago of more than 17,000 islands. Divers from the navy
        and the police were searching the sunken hull.
        """),
        "accident",
    ),
    (
        "Jigawa tanker explosion: death toll rises to 170 as burial held in Majiya",
        _t("""
        The death toll from a petrol tanker explosion in Majiya, Taura Local Government Area of
        Jigawa State, rose to 170 on Thursday, police said, as residents buried victims in a
        mass grave. The tanker, travelling from Kano to Yobe, lost control and overturned on the
        highway late on Tuesday night, and hundreds of residents rushed to scoop the spilled
        fuel, Police spokesperson Lawan Adam said. The fuel caught fire and exploded as the
        crowd grew, killing many instantly and burning dozens beyond recognition. Doctors at the
        Ringim General Hospital and the Federal Medical Centre in Birnin Kudu said they were
        treating more than 80 people, most of them for severe burns. Governor Umar Namadi
        declared three days of mourning and visited the injured. The Federal Road Safety Corps
        urged people to stay away from crashed tankers, warning that scooping fuel was a deadly
        practice. Such explosions are frequent in Nigeria, where petrol prices have more than
        tripled since the removal of the fuel subsidy last year.
        """),
        "accident",
    ),
]
