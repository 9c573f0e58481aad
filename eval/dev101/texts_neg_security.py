"""dev101 negatives: border security without armed conflict (seizures, smugglers and police,
walls and fences, troops sent for migration, drills, accidents and stampedes)."""

from wrap import w

# (title, text, kind code)
NEGATIVES = [
    (
        "Record 25 million meth pills seized in Chiang Rai near Mekong border",
        w("""
        Police and soldiers seized 25 million methamphetamine pills hidden in a truckload of
        cabbages in Chiang Rai's Chiang Saen district on Tuesday, the largest single haul this year,
        the Office of the Narcotics Control Board said. Two Thai men and a Myanmar national were
        arrested at a checkpoint near the Mekong river. Officials said the pills were made in
        Myanmar's Shan state and were bound for Malaysia. The board has urged neighbouring countries
        to tighten controls on chemicals used to make the drug.
        """),
        "crime",
    ),
    (
        "BSF recovers heroin dropped by drone in Tarn Taran fields",
        w("""
        The Border Security Force recovered two packets of heroin weighing about 1.1 kg from a
        wheat field in Tarn Taran district on Saturday after troops heard a drone near the border
        fence, officials said. The packets, tied with yellow tape and fitted with a glowing strip,
        were found during a search with Punjab Police. Officials said smugglers across the border
        have increasingly used small drones to drop narcotics and pistols into Punjab's border
        villages. More than 250 drones have been recovered this year, most of them made in China.
        A farmer who owns the field was questioned and let go.
        """),
        "crime",
    ),
    (
        "Guardia Civil seizes three tonnes of hashish on Guadalquivir speedboat",
        w("""
        Spain's Guardia Civil seized more than three tonnes of hashish from a speedboat on the
        Guadalquivir river near Isla Mayor and arrested four men, the force said on Thursday. The
        boat had crossed from Morocco and sailed upriver at night to unload at a riverside farm.
        Investigators said the gang used drones and lookouts to watch patrols. Seizures on the
        river have doubled in two years as smugglers avoid the coast of Cadiz.
        """),
        "crime",
    ),
    (
        "CBP officers find 4 million fentanyl pills in truck at Nogales",
        w("""
        US Customs and Border Protection officers found nearly 4 million fentanyl pills hidden in a
        tractor-trailer's floor at the Mariposa port of entry in Nogales, Arizona, officials said,
        one of the largest seizures of the drug at the southern border. The 29-year-old Mexican
        driver was arrested and charged with drug smuggling. A sniffer dog alerted officers during
        a secondary inspection, and an X-ray scan showed the packages under a load of cucumbers.
        The port processes about 1,500 commercial trucks a day during the winter produce season.
        """),
        "crime",
    ),
    (
        "Tajik drug agency seizes 300 kg of heroin on Panj river bank",
        w("""
        Tajikistan's Drug Control Agency said on Monday it had seized 300 kg of heroin and 150 kg of
        hashish hidden in a cave near the Panj river in the Shamsiddin Shohin district. Officials
        said the drugs had been ferried from Afghanistan in inflatable tyre tubes. Two Tajik
        residents were detained, while the couriers escaped back across the river before border
        guards arrived. It was the largest heroin seizure in the country in three years, the
        agency said. Officials believe the cargo was meant for Russia.
        """),
        "crime",
    ),
    (
        "Bulgarian police officer shoots driver of smuggler's car at Burgas checkpoint",
        w("""
        A Bulgarian police officer shot and wounded the driver of a car carrying 12 migrants after
        he tried to ram a checkpoint near Burgas on Thursday night, the interior ministry said. The
        driver, a 23-year-old Syrian national, was taken to hospital under guard and charged with
        people smuggling and attempted murder of a police officer. Prosecutors said the officer had
        fired at the tyres first. The migrants, all Moroccan men, were taken to a closed centre in
        Sofia. Police have stopped more than 40 such cars on the Burgas-Sofia motorway this year.
        """),
        "crime",
    ),
    (
        "Texas trooper shoots driver after human-smuggling chase near Uvalde",
        w("""
        A Texas Department of Public Safety trooper shot and killed the driver of a pickup truck
        carrying migrants after a chase near Uvalde on Saturday, the department said. The driver
        had fled a traffic stop, crashed into a fence and pointed a handgun at officers, according
        to a statement. Eight migrants in the back of the truck were detained by Border Patrol. The
        Texas Rangers are investigating the shooting, as is routine.
        """),
        "crime",
    ),
    (
        "Texas installs floating buoy barrier in Rio Grande at Eagle Pass",
        w("""
        Texas began installing a 1,000-foot line of large orange buoys in the Rio Grande near Eagle
        Pass on Friday, part of Governor Greg Abbott's border security drive. The buoys, anchored to
        the riverbed, are meant to stop migrants from wading across. Mexico's foreign ministry said
        the barrier violated water treaties, and environmental groups said they would sue. The
        federal government is considering legal action. A local canoe outfitter said the buoys had
        already cut off a stretch of river he used for tours.
        """),
        "politics",
    ),
    (
        "Poland completes 186-kilometre steel wall on Belarus border",
        w("""
        Poland has finished building a 5.5-metre steel barrier along 186 km of its border with
        Belarus, the border guard said on Thursday, eight months after construction began. The
        wall, topped with razor wire, will be fitted with cameras and motion sensors by the end of
        the year. Environmental groups say it cuts through the Bialowieza forest, one of Europe's
        last primeval woodlands, and blocks the movement of lynx and bison. The government says the
        cost of about 1.6 billion zlotys has been met from the state budget. Ladders and tunnels
        found near the wall are being studied by engineers.
        """),
        "politics",
    ),
    (
        "Finland closes last open crossing on Russian border",
        w("""
        Finland will close Raja-Jooseppi, its last open crossing point with Russia, from Thursday
        for two weeks, the government said, after more than 900 asylum seekers arrived at the
        northern frontier in a month. Helsinki accuses Moscow of deliberately sending migrants,
        mostly from the Middle East and Africa, to the border. Work on a 200-km fence along the
        frontier continues, with the first sections already completed in the south-east. Residents
        of Lapland with family in Murmansk said they would now have to travel through Norway.
        """),
        "politics",
    ),
    (
        "Contractors resume border wall work in Arizona's San Rafael Valley",
        w("""
        Construction crews resumed building steel bollard fencing in Arizona's San Rafael Valley
        this week after the Department of Homeland Security waived dozens of environmental laws to
        speed up the work. Conservation groups said the wall would cut off a corridor used by
        jaguars and black bears. Officials said about 27 miles would be built in the area this
        year. Ranchers in the valley were divided, with some welcoming the fence and others
        complaining about heavy trucks on the dirt roads.
        """),
        "politics",
    ),
    (
        "Spain sends army to Ceuta after 8,000 migrants swim in from Morocco",
        w("""
        Spain deployed soldiers and armoured vehicles to the beaches of its North African enclave of
        Ceuta on Tuesday after about 8,000 people swam or walked around the breakwaters from Morocco
        in two days as Moroccan border guards looked on. Troops and police formed lines on the sand
        and began returning adults to Morocco, while about 1,500 unaccompanied minors were taken to
        warehouses. Madrid accused Rabat of relaxing controls in retaliation for Spain's decision to
        give medical treatment to a Polisario Front leader.
        """),
        "military",
    ),
    (
        "Pentagon sends 1,500 more troops to southern border",
        w("""
        The Pentagon is sending 1,500 active-duty troops to the border with Mexico, officials said
        on Wednesday, to support Border Patrol with surveillance, logistics and the building of
        barriers. The soldiers will not take part in law enforcement or detain migrants, a defence
        official said. About 2,500 National Guard members are already deployed along the border.
        Military aircraft will also fly deportation flights. Helicopter crews and intelligence
        analysts will be part of the deployment, which is expected to last at least 90 days.
        """),
        "military",
    ),
    (
        "Mexico deploys National Guard along Suchiate river to curb migration",
        w("""
        Mexico deployed about 6,000 members of its new National Guard to its southern border with
        Guatemala this week, under an agreement with Washington to curb the number of migrants
        heading north. Guardsmen patrolled the banks of the Suchiate river, where rafts made of
        tractor tyres carry people and goods across, and set up checkpoints on the highways out of
        Tapachula. Raftsmen said business had slowed but not stopped.
        """),
        "military",
    ),
    (
        "CSTO border units hold joint exercise near Tajik-Afghan frontier",
        w("""
        Border units from Russia, Kazakhstan, Kyrgyzstan and Tajikistan began a five-day exercise
        in Tajikistan's Khatlon region on Monday, rehearsing the interception of armed groups and
        the search for smugglers in the mountains along the Afghan frontier. More than 1,500
        personnel, helicopters and armoured vehicles are taking part, the Collective Security
        Treaty Organisation said. Similar drills are held each autumn. Observers from Belarus and
        Armenia were invited to watch the final stage at the Harbmaidon range.
        """),
        "military",
    ),
    (
        "Thai army holds live-fire drill in Sa Kaeo, urges residents not to panic",
        w("""
        The Burapha Task Force will hold a live-fire exercise with artillery and tanks in Sa Kaeo's
        Ta Phraya district from Tuesday to Thursday, and residents should not be alarmed by the
        sound of explosions, the army said. The drill is part of annual training and has been
        notified to Cambodian authorities through the regional border committee. Farmland near
        the range will be closed to the public during firing hours.
        """),
        "military",
    ),
    (
        "BSF jawan killed as colleague's rifle goes off at Barmer post",
        w("""
        A Border Security Force constable was killed when a colleague's service rifle went off
        accidentally while it was being cleaned at a border outpost in Rajasthan's Barmer district
        on Sunday, officials said. The 31-year-old, from Bihar, was hit in the chest and died on
        the way to hospital. A court of inquiry has been ordered. His body will be sent home with
        full honours. He is survived by his wife and two daughters, his family said.
        """),
        "accident",
    ),
    (
        "Kyrgyz border guard dies in accidental shooting at Torugart post",
        w("""
        A serviceman of the Border Service of Kyrgyzstan died after an accidental discharge of a
        weapon at the Torugart border post in Naryn region on Wednesday, the service told 24.kg.
        According to preliminary information, the rifle of a fellow guard fired while the shift was
        being handed over. A criminal case has been opened for negligent handling of a weapon.
        """),
        "accident",
    ),
    (
        "Fifteen women killed in stampede for Pakistani visas in Jalalabad",
        w("""
        Fifteen people, 11 of them women, were killed in a stampede on Wednesday among thousands of
        Afghans waiting for visas outside Pakistan's consulate in Jalalabad, officials said. More
        than 3,000 people had gathered at a football stadium where tokens for visa applications
        were being handed out. Many were elderly and seeking medical treatment in Pakistan. Dozens
        were injured. Pakistan's embassy in Kabul expressed condolences and said it would change
        the token system.
        """),
        "accident",
    ),
    (
        "Elderly man dies in crush as Chaman crossing reopens after two weeks",
        w("""
        An elderly man died and several people were injured in a crush at the Friendship Gate in
        Chaman on Sunday when thousands of people rushed to cross after the border reopened
        following a two-week closure over the passport dispute, officials said. Levies personnel
        struggled to control the crowd as women and children were pushed against the gate. The
        deputy commissioner said separate queues would be set up.
        """),
        "accident",
    ),
    (
        "Driver charged after 53 migrants die in abandoned trailer in San Antonio",
        w("""
        Federal prosecutors charged the driver of a tractor-trailer in which 53 migrants died of
        heat in San Antonio, Texas, with people smuggling resulting in death, officials said on
        Thursday. The trailer was found abandoned on a remote road beside railway tracks, with no
        working air conditioning, on a day when temperatures reached 39C. Mexico said 27 of the dead
        were Mexican nationals. Investigators said the driver had tried to pass himself off as one
        of the survivors. Two other men were charged with illegal possession of weapons.
        """),
        "crime",
    ),
    (
        "Spain to remove razor wire from Ceuta and Melilla fences",
        w("""
        Spain will remove the razor wire from the border fences around its North African enclaves
        of Ceuta and Melilla and replace it with a higher, smoother barrier, the interior minister
        said on Friday. The blades, installed in 2005, have caused deep cuts to migrants trying to
        climb over. The project, costing 32 million euros, also includes new cameras and facial
        recognition at the crossings. The fence in Ceuta will be raised to ten metres in some
        places.
        """),
        "politics",
    ),
    (
        "Uzbek customs seize 60 kg of gold bars hidden in truck at Kyrgyz border",
        w("""
        Customs officers at the Dustlik checkpoint on the Uzbek-Kyrgyz border found 60 kg of gold
        bars hidden in the fuel tank of a truck carrying dried fruit, Uzbekistan's customs
        committee said. The driver, a citizen of Kyrgyzstan, was detained. The gold, worth about
        $4 million, was being taken to Osh, officials said.
        """),
        "crime",
    ),
    (
        "Thailand cuts power and fuel to Myanmar border towns to choke scam centres",
        w("""
        Thailand cut electricity, internet and fuel supplies to five areas across the border in
        Myanmar on Wednesday, including Myawaddy and Shwe Kokko, in a bid to shut down scam centres
        where thousands of foreigners are forced to defraud people online. Officials said some
        7,000 workers, many from China and Africa, were waiting to be released to Thailand. The
        Chinese vice minister of public security visited Mae Sot to coordinate their return.
        Thai banks have also been told to freeze accounts linked to the compounds.
        """),
        "crime",
    ),
]
