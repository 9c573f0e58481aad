"""dev26 texts: negatives: films, books, music and exhibitions; negatives: the military without
fighting; negatives: disasters in the same regions.

NEGATIVES = [(title, text, kind code), ...], in the order they were written.
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: films, books, music and exhibitions
    (
        "Bayreuth opens with a new Ring cycle",
        "The Bayreuth Festival opened with a new production of Wagner's Ring cycle, and the premiere of Das Rheingold drew both cheers and boos from the audience. The production runs for four evenings.",
        "entertainment",
    ),
    (
        "Lagos orchestra takes on Wagner",
        "The MUSON orchestra in Lagos performed excerpts from Wagner's Tristan and Isolde, in what organisers called the first full Wagner programme in West Africa. The concert was sold out.",
        "entertainment",
    ),
    (
        "Restored 'Bandit Queen' screens at Cannes Classics",
        "A 4K restoration of Shekhar Kapur's Bandit Queen, about the dacoit turned politician Phoolan Devi, screened in the Cannes Classics section. The director said the restoration used the original negative.",
        "entertainment",
    ),
    (
        "'Dacoit' trailer sets box office buzz in Hyderabad",
        "The trailer of the Telugu action film Dacoit, starring Adivi Sesh, drew 20 million views in a day, and the film opens in theatres next month. The film is a revenge drama shot in Andhra Pradesh, its producers said.",
        "entertainment",
    ),
    (
        "Kannywood drama about bandits premieres in Kano",
        "A Hausa-language film about a young herder lured into a bandit gang premiered in Kano, and its director said he wanted to show the roots of the crisis. The censorship board approved it after some cuts.",
        "entertainment",
    ),
    (
        "Netflix series on the Sinaloa cartel renewed",
        "Netflix renewed a drama series about the Sinaloa cartel's rise for a second season, and filming will take place in Mexico City and Durango. The first season was the platform's most watched Spanish-language show of the year.",
        "entertainment",
    ),
    (
        "Novel about Naxal insurgency wins JCB Prize",
        "A novel following a schoolteacher caught between Maoists and police in the forests of Bastar won the JCB Prize for Literature. The jury praised its portrait of village life, and the author, a former journalist, will receive 25 lakh rupees.",
        "entertainment",
    ),
    (
        "Tamil film on 'encounter specialist' cop tops box office",
        "A Tamil thriller about a police 'encounter specialist' who begins to doubt his killings topped the box office in its first weekend. Critics praised the lead actor, though some said the film glamorised police killings.",
        "entertainment",
    ),
    (
        "Memoir of former Boko Haram captive published",
        "A woman held by Boko Haram for three years has published a memoir about her captivity and release, which will be launched in Abuja. She said she wrote it to help other survivors speak about their experience.",
        "entertainment",
    ),
    (
        "Bangkok gallery shows art of Myanmar's resistance",
        "A gallery in Bangkok opened an exhibition of paintings and posters by Myanmar artists who fled after the coup, including portraits of PDF volunteers. Proceeds from sales will go to artists living in exile.",
        "entertainment",
    ),
    (
        "Play about Tigray war opens in Addis Ababa",
        "A play about a family divided by the Tigray war opened at the National Theatre in Addis Ababa, and critics praised its restraint. Its author, who grew up in Mekelle, said it was about grief rather than politics.",
        "entertainment",
    ),
    (
        "'Cartel Land' documentary returns to theatres",
        "The documentary Cartel Land, about vigilantes fighting the Knights Templar cartel in Michoacan, returned to theatres for its tenth anniversary. Its director will take part in question-and-answer sessions in Los Angeles and New York.",
        "entertainment",
    ),
    (
        "Video game set in Sahel draws criticism in Mali",
        "A military shooter video game set in an imaginary Sahel country drew criticism from Malian officials, who said it caricatured the region. The studio said the country was fictional and any resemblance was unintended.",
        "entertainment",
    ),
    # ---------------------------------------------------------------- negatives: the military without fighting
    (
        "SDF and US Marines drill on Okinawa island",
        "Japan's Self-Defense Forces and US Marines held a joint exercise on islands in Okinawa prefecture, practising amphibious landings and missile deployment. The exercise runs for two weeks.",
        "military",
    ),
    (
        "ADF joins Talisman Sabre exercise in Queensland",
        "The Australian Defence Force and US troops began the Talisman Sabre exercise in Queensland, with 30,000 personnel from 19 countries taking part. Live firing of a HIMARS rocket system is planned for the final week.",
        "military",
    ),
    (
        "SAF conducts live-firing exercise in Australia",
        "The Singapore Armed Forces completed an annual live-firing exercise at Shoalwater Bay in Australia, involving tanks and howitzers. About 2,000 soldiers took part, and the exercise ended with a combined arms demonstration for officials.",
        "military",
    ),
    (
        "Tatmadaw holds Armed Forces Day parade in Naypyitaw",
        "Myanmar's military held its Armed Forces Day parade in Naypyitaw, with fighter jets flying over and its chief giving a speech. Delegations from Russia and China attended, state television showed.",
        "military",
    ),
    (
        "Burkina launches recruitment drive for VDP volunteers",
        "Burkina Faso's government launched a recruitment drive for 50,000 Volunteers for the Defence of the Homeland, the VDP, who will receive two weeks' training. Registration centres opened in town halls across the country.",
        "military",
    ),
    (
        "Russian Africa Corps instructors arrive in Niamey",
        "A plane carrying Russian military instructors of the Africa Corps and an air defence system landed in Niamey, state TV said, to train Niger's army. Niger's junta has been strengthening ties with Moscow since it seized power.",
        "military",
    ),
    (
        "Nigerian Air Force takes delivery of new helicopters",
        "The Nigerian Air Force took delivery of two attack helicopters from Italy at a ceremony in Abuja, bringing its fleet to 40, the service said. Pilots trained in Italy will fly them, the service said.",
        "military",
    ),
    (
        "Amotekun passes out 1,500 new recruits in Oyo",
        "The Western Nigeria Security Network, known as Amotekun, passed out 1,500 new recruits in Oyo state after a three-month training programme. The governor said they would be deployed to rural communities and forest reserves.",
        "military",
    ),
    (
        "CRPF raises new CoBRA battalion",
        "India's Central Reserve Police Force raised a new CoBRA commando battalion for jungle warfare, officials said, bringing the total to 11. Recruits will train for 18 months before deployment, a CRPF spokesman said.",
        "military",
    ),
    (
        "Bogota picks Saab jets to retire ageing Kfirs",
        "Colombia's air force will replace its Israeli-built Kfirs with 17 Swedish Gripens under a contract with Saab, the defence ministry announced. The first aircraft are expected next year at the Barranquilla base.",
        "military",
    ),
    (
        "Balikatan drills begin in northern Philippines",
        "Thousands of Philippine and US troops began the annual Balikatan exercises in northern Luzon, including a sinking drill against a decommissioned ship. Japan and Australia sent observers.",
        "military",
    ),
    (
        "Pakistan test-fires Fatah missile into Arabian Sea",
        "Pakistan's army said it had successfully test-fired a Fatah-series missile with a range of 400 km into the Arabian Sea. The launch was part of a training exercise to test navigation and accuracy, the ISPR said.",
        "military",
    ),
    (
        "Rwanda Defence Force graduates officer cadets in Gako",
        "The Rwanda Defence Force graduated 600 officer cadets at its military academy in Gako, in a ceremony attended by the president. The new second lieutenants include 90 women, the RDF said.",
        "military",
    ),
    (
        "Sudan's army inaugurates new naval base in Port Sudan",
        "Sudan's army inaugurated a new naval base in Port Sudan, with its chief inspecting patrol boats donated by a Gulf ally, the military said. Officers said the base would host training and maintenance facilities.",
        "military",
    ),
    # ---------------------------------------------------------------- negatives: disasters in the same regions
    (
        "Alau dam collapse floods Maiduguri",
        "Floodwater from the collapsed Alau dam submerged large parts of Maiduguri, forcing hundreds of thousands from their homes, Borno's emergency agency said, and the zoo's animals escaped.",
        "disaster",
    ),
    (
        "Mountain collapses onto Yambali village in PNG highlands",
        "A hillside gave way before dawn and buried much of Yambali village in Enga province, and UN officials estimated that hundreds of people were under the debris. Rescuers dug with spades and bare hands as the ground continued to shift.",
        "disaster",
    ),
    (
        "Landslide wipes out village in Jebel Marra",
        "A landslide after days of heavy rain destroyed the village of Tarasin in Darfur's Jebel Marra mountains, killing hundreds, the Sudan Liberation Movement, which controls the area, said.",
        "disaster",
    ),
    (
        "Cyclone Chido tears through Cabo Delgado",
        "Cyclone Chido struck northern Mozambique with winds of 260 km/h, destroying tens of thousands of homes in Cabo Delgado, the disaster management institute said. Pemba's hospital lost its roof, and power was cut across the province.",
        "disaster",
    ),
    (
        "Imphal flooded as rivers burst banks",
        "Rivers burst their banks in Imphal after torrential rain, flooding thousands of homes, and the army and state disaster response force evacuated residents by boat, Manipur officials said.",
        "disaster",
    ),
    (
        "Balochistan floods cut highway to Quetta",
        "Flash floods washed away bridges on the highway linking Quetta to Karachi, and the provincial disaster authority said hundreds of families had moved to relief camps.",
        "disaster",
    ),
    (
        "Hurricane Melissa floods southern Haiti",
        "Hurricane Melissa brought flooding to Haiti's southern peninsula, killing at least 25 people and destroying homes in Petit-Goave, the civil protection agency said.",
        "disaster",
    ),
    (
        "Jonglei floods displace tens of thousands",
        "Floods in South Sudan's Jonglei state displaced tens of thousands of people and drowned cattle, and aid agencies said boats were the only way to reach many villages.",
        "disaster",
    ),
    (
        "Cyclone Mocha tears roofs off Sittwe homes",
        "Cyclone Mocha made landfall near Sittwe in Rakhine state, tearing roofs off houses and flooding camps, Myanmar's state media said. Winds of up to 210 km/h cut power and telephone lines across the coast.",
        "disaster",
    ),
    (
        "Niger floods kill hundreds in rainy season",
        "Floods during Niger's rainy season have killed more than 300 people and affected over a million, the humanitarian affairs ministry said. The government postponed the start of the school year because many schools were flooded or used as shelters.",
        "disaster",
    ),
    (
        "Taliban authorities dig for survivors after Herat quake",
        "Taliban officials said more than 2,000 people were killed by an earthquake in Herat province, and their soldiers joined villagers digging through rubble. Aid agencies sent tents and medicine.",
        "disaster",
    ),
    (
        "SDF trucks bring water to quake-hit Noto",
        "Japan's Self-Defense Forces delivered water and food to villages on the Noto peninsula cut off by the earthquake, and set up baths for evacuees. Many roads on the peninsula remain blocked by landslides.",
        "disaster",
    ),
    (
        "ADF soldiers sandbag Lismore as river rises",
        "Australian Defence Force soldiers helped residents sandbag homes in Lismore as the Wilsons River rose, and emergency services ordered evacuations. The Bureau of Meteorology said the river would peak overnight.",
        "disaster",
    ),
    (
        "Landslide buries homes in Kerio Valley",
        "A landslide after heavy rain buried homes in Elgeyo Marakwet's Kerio Valley, killing at least 21 people, Kenya's interior ministry said. Rescuers with sniffer dogs searched for people still missing.",
        "disaster",
    ),
    (
        "Turkana herders lose livestock as drought bites",
        "Pastoralists in Kenya's Turkana county have lost half their goats and camels to drought, and some families have moved towards Lake Turkana in search of water. The county government began trucking water to several villages.",
        "disaster",
    ),
    (
        "Mokwa flood sweeps away market town",
        "A flash flood swept through Mokwa in Niger state before dawn, killing more than 150 people and destroying homes, the state emergency agency said. Officials blamed heavy rain and a collapsed dam upstream.",
        "disaster",
    ),
]
