"""dev149 positives (2 of 3): Pakistan, from Balochistan, Khyber Pakhtunkhwa, Kurram, the
riverine kacha, the Afghan border, Lahore, Karachi and Faisalabad (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "26 civilians martyred as India fires missiles at six locations in Punjab, AJK",
        "At least 26 civilians, including women and children, were martyred and 46 others "
        "injured when India fired missiles at six locations in Punjab and Azad Jammu and "
        "Kashmir late on Tuesday night, the military's media wing said on Wednesday. The ISPR "
        "director general told a press conference in Rawalpindi that the strikes hit a mosque "
        "complex in Bahawalpur, a mosque and adjoining seminary in Muridke, and sites in "
        "Muzaffarabad, Kotli and Bagh. He said Pakistan Air Force jets had shot down five "
        "Indian aircraft in response, a claim New Delhi did not confirm. India said it had "
        'struck "terrorist infrastructure" and that no Pakistani military facilities had been '
        "targeted. In Muzaffarabad, residents said they were woken by a series of loud "
        "explosions shortly after 1am, and a mosque on the outskirts of the city was badly "
        "damaged. Artillery exchanges along the Line of Control continued through the night, "
        "killing civilians on both sides, officials said. Prime Minister Shehbaz Sharif, "
        "chairing a meeting of the National Security Committee, said Pakistan had the right to "
        'respond "at a time, place and manner of its choosing". Educational institutions were '
        "closed across Punjab and in the federal capital, and several airports suspended "
        "flights.",
        "E M",
        "missile strikes",
    ),
    (
        "Gunmen offload 23 passengers from vehicles, shoot them dead in Musakhel",
        "QUETTA: At least 23 people were shot dead after armed men blocked a highway in "
        "Balochistan's Musakhel district, offloaded passengers from trucks and buses and killed"
        " them after checking their identity cards, officials said on Monday. The assistant "
        "commissioner of Musakhel told Dawn that some 30 to 40 gunmen had set up a roadblock on"
        " the inter-provincial highway in the early hours and singled out passengers from "
        "Punjab. Most of the victims were from southern Punjab, he said, and the attackers also"
        " set fire to at least 35 vehicles before fleeing into the mountains. The attack was "
        "one of several coordinated assaults across the province overnight, including on a "
        "Levies station in Kalat and a railway bridge in Bolan, which the proscribed "
        "Balochistan Liberation Army claimed in a statement. Chief Minister Sarfraz Bugti said "
        'the "terrorists" would be hunted down and that security forces had launched operations'
        " in several districts. Interior Minister Mohsin Naqvi condemned the killings, saying "
        "the terrorists had targeted innocent labourers. The bodies of the victims were being "
        "shifted to their home towns, officials said. Traffic on the highway linking Punjab and"
        " Balochistan remained suspended for most of the day.",
        "V T",
        "massacre",
    ),
    (
        "Suicide blast at JUI-F workers' convention in Bajaur kills 44",
        "At least 44 people were killed and more than 100 injured when a suicide bomber blew "
        "himself up at a workers' convention of the Jamiat Ulema-e-Islam-Fazl (JUI-F) in "
        "Bajaur's Khar tehsil on Sunday afternoon, officials said. The blast occurred in a tent"
        " where around 500 party workers had gathered to hear local leaders ahead of the "
        "general elections, police said. Among the dead was the party's tehsil emir. Khyber "
        "Pakhtunkhwa's police chief told The Express Tribune that the bomber had been carrying "
        "around 10 kilograms of explosives and that the banned Islamic State Khorasan Province "
        "was suspected. No group immediately claimed responsibility, while the "
        "Tehreek-e-Taliban Pakistan distanced itself from the attack. The injured were shifted "
        "to the District Headquarters Hospital in Khar, and critical patients were airlifted to"
        " Peshawar, where an emergency was declared at the Lady Reading Hospital. JUI-F chief "
        "Maulana Fazlur Rehman demanded that the federal and provincial governments provide "
        '"answers" and asked his workers to remain calm. Bajaur, which borders Afghanistan, has'
        " witnessed a surge in militant attacks in recent months.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Kurram clashes continue for fifth day as medicine shortage hits Parachinar",
        "PESHAWAR: Sporadic exchanges of fire between rival tribes continued in Kurram district"
        " for a fifth day on Wednesday, raising the death toll since last week's attack on a "
        "passenger convoy to 82, officials said, while residents of Parachinar said the closure"
        " of the main road had left hospitals and pharmacies short of medicines. Heavy and "
        "light weapons were being used in Balishkhel, Khar Kalay, Pir Qayyum and Bagan, a "
        "district administration official said, adding that efforts by a jirga to broker a "
        "ceasefire had yet to bear fruit. The violence erupted after gunmen opened fire on a "
        "convoy of passenger vehicles travelling under police escort near Mandori on Thursday, "
        "killing more than 40 people, most of them Shia. The medical superintendent of the "
        "District Headquarters Hospital in Parachinar told Dawn that the hospital had run out "
        'of several life-saving medicines and that surgeries were being postponed. "We have no '
        'way to send critical patients to Peshawar," he said. Mobile internet has been '
        "suspended and educational institutions closed across the district. The provincial "
        "government said it had arranged helicopter flights to send medicines to Parachinar and"
        " was in contact with tribal elders from both sides. Traders in Parachinar said flour, "
        "cooking oil and fuel were running short and prices had doubled since the road was "
        "closed. A convoy of trucks carrying food and medicines was stopped at Thall on Tuesday"
        " because of the fighting, officials said. In Bagan, several shops and houses were set "
        "on fire on Friday, and residents of a number of villages have moved to safer areas in "
        "Hangu and Kohat, a local elder said. Kurram has a long history of sectarian and land "
        "disputes between Sunni and Shia tribes, and the main road has been closed repeatedly "
        "since clashes last year.",
        "B V H D",
        "sectarian clashes",
    ),
    (
        "12 policemen martyred as dacoits attack police vehicles with rockets in Rahim Yar Khan"
        " kacha",
        "RAHIM YAR KHAN: Twelve policemen were martyred and seven others injured when dacoits "
        "attacked two police vehicles with rocket launchers and automatic weapons in the "
        "riverine kacha area of Machka on Thursday night, officials said. According to police, "
        "the personnel were returning to their camp after a change of shift when their vehicles"
        " got stuck in the mud near the embankment and came under attack from scores of armed "
        "men who had taken positions in the crops. Police said the attackers belonged to two "
        "gangs that have operated from the riverine belt between Punjab and Sindh for years and"
        " are involved in kidnappings for ransom and attacks on law enforcers. The Punjab "
        "police chief said a large-scale operation backed by armoured personnel carriers and "
        "drones had been launched to clear the area. The bodies were shifted to Sheikh Zayed "
        "Hospital, where funeral prayers were offered on Friday in the presence of senior "
        'officers. Chief Minister Maryam Nawaz vowed that the "network of dacoits" would be '
        "eliminated. Residents said gangs in the area openly carry anti-aircraft guns and have "
        "fortified hideouts on islands in the Indus. It was the deadliest attack on police in "
        "the kacha area since 2016, when a gang held 24 policemen hostage during an operation.",
        "B E M",
        "attack on police",
    ),
    (
        "Heavy exchange of fire on Chaman border; residents of frontier villages flee",
        "CHAMAN: Pakistani and Afghan forces exchanged heavy fire at several points along the "
        "border near the Friendship Gate on Wednesday morning, killing at least four civilians "
        "on the Pakistani side and wounding more than a dozen, officials said. The firing began"
        " before dawn and continued for several hours, with mortar shells landing in the Kili "
        "Haji Hassan and Boghra Road areas of Chaman, a district administration official said. "
        'The military\'s media wing said Afghan Taliban forces and "Fitna al-Khawarij" had '
        "attacked Pakistani posts and that the attacks had been repulsed, with heavy losses "
        "inflicted on the attackers. Taliban officials in Kandahar said Pakistani forces had "
        "started the fighting and that civilians in Spin Boldak had been killed and injured by "
        "Pakistani shells. Residents of villages close to the border loaded their belongings "
        "onto tractors and pickups and moved to relatives' houses in the city and in Qila "
        "Abdullah. The Friendship Gate was closed to traffic, and hundreds of trucks were "
        "stranded on both sides. Later on Wednesday, the Foreign Office said a 48-hour "
        "temporary ceasefire had been agreed at the Taliban's request. The clashes are the "
        "worst between the two neighbours in years.",
        "B E D",
        "border clash",
    ),
    (
        "Corps commander's house in Lahore torched as PTI workers go on rampage after Imran's "
        "arrest",
        "LAHORE: Angry supporters of the Pakistan Tehreek-i-Insaf stormed the residence of the "
        "Lahore corps commander in the Cantonment on Tuesday evening, ransacking and setting it"
        " on fire hours after party chairman Imran Khan was arrested from the premises of the "
        "Islamabad High Court. Protesters also attacked the gate of the General Headquarters in"
        " Rawalpindi and set fire to vehicles, police posts and a Radio Pakistan building in "
        "Peshawar, while clashes with police were reported from Karachi, Quetta, Faisalabad and"
        " Gujranwala. Police fired tear gas and used batons in several cities, and at least "
        "four people were killed in Peshawar and Quetta, hospital officials said. The Punjab "
        "government requested the deployment of the army under Article 245 of the Constitution,"
        " while the interior ministry suspended mobile internet services across the country and"
        " blocked access to social media platforms. Hundreds of PTI workers were arrested "
        "overnight, according to police. The military's media wing later called the day a "
        '"black chapter" and said those who attacked military installations would face the full'
        " force of the law. Imran Khan was arrested by the paramilitary Rangers on the orders "
        "of the National Accountability Bureau in the Al-Qadir Trust case.",
        "U",
        "riot",
    ),
    (
        "Eight terrorists killed, two soldiers martyred in North Waziristan operation: ISPR",
        "Security forces killed eight terrorists in an intelligence-based operation in North "
        "Waziristan's Mir Ali area, the military's media wing said on Saturday, adding that two"
        " soldiers, including a captain, were martyred in the exchange of fire. The operation "
        "was conducted on the night between Friday and Saturday on the reported presence of "
        '"khwarij", the term the state uses for members of the banned Tehreek-e-Taliban '
        'Pakistan, the Inter-Services Public Relations (ISPR) said in a statement. "During the '
        "conduct of the operation, own troops effectively engaged the khwarij location, and "
        'after an intense exchange of fire, eight khwarij were sent to hell," the statement '
        "said. Weapons and ammunition were also recovered from the terrorists, who were "
        "involved in attacks on security forces and the target killing of civilians, it added. "
        "A sanitisation operation was under way to eliminate any other terrorists found in the "
        "area. Residents of Mir Ali said a curfew had been imposed in several villages and that"
        " gunfire could be heard for hours. The operation comes a week after a suicide attack "
        "on a check post in nearby Datta Khel killed seven soldiers. Khyber Pakhtunkhwa has "
        "seen a sharp rise in militant violence since the TTP ended its ceasefire with the "
        "government in November 2022.",
        "B M",
        "counter-insurgency operation",
    ),
    (
        "Two Chinese nationals killed in blast near Karachi airport; BLA claims attack",
        "KARACHI: Two Chinese nationals were killed and at least 10 people injured when an "
        "explosion targeted a convoy carrying Chinese engineers near Karachi's Jinnah "
        "International Airport late on Sunday night, officials said. The blast, which was heard"
        " across several neighbourhoods, set several vehicles ablaze on the road outside the "
        "airport, and thick smoke could be seen rising from the area. Sindh's home minister "
        "said the convoy, which was escorted by police, was carrying engineers of a power "
        "project when it was targeted by a vehicle-borne explosive device. The banned "
        "Balochistan Liberation Army claimed responsibility for the attack, saying its Majeed "
        'Brigade had carried out a suicide attack on "a high-level convoy of Chinese engineers '
        'and investors". The Chinese embassy in Islamabad condemned what it called a terrorist '
        "attack and asked Pakistan to punish the perpetrators and take measures to protect "
        "Chinese citizens. Police and Rangers cordoned off the area, and the injured, among "
        "them policemen and security guards, were shifted to the Jinnah Postgraduate Medical "
        "Centre.",
        "E T V",
        "suicide car bombing",
    ),
    (
        "Churches, Christian homes torched in Jaranwala over blasphemy allegation",
        "FAISALABAD: A mob set fire to at least five churches and ransacked dozens of homes "
        "belonging to Christians in Jaranwala on Wednesday after two Christian men were accused"
        " of desecrating the Holy Quran, police and residents said. The violence began in the "
        "morning when torn pages of the Quran, with allegedly blasphemous remarks written on "
        "them, were found near the Cinema Chowk area and announcements were made from mosques "
        "calling on people to gather. Hundreds of people armed with sticks and iron rods then "
        "attacked a Christian colony, smashing furniture, burning Bibles and setting houses on "
        "fire, witnesses said. Many Christian families had already fled to nearby fields and "
        'villages as news of the accusation spread, and some spent the night in the open. "We '
        'saw our church burn from across the canal," said Naseem Masih, a labourer who fled '
        "with his wife and four children. Police said they had registered cases against more "
        "than 600 people and had arrested over 100 suspects. The caretaker prime minister "
        "condemned the attacks and ordered that the culprits be brought to justice, while the "
        "Punjab government deployed Rangers in the town. Christian leaders said police had "
        "failed to stop the mob despite being present.",
        "V U D",
        "mob attack",
    ),
]
