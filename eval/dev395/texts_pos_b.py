"""dev395 positives, part B: Yemen, the region's wars and violence at home, as the Gulf press reports them."""

POSITIVES = [
    (
        "Marib families flee again as Houthi offensive nears the city",
        "Thousands of families have fled camps on the western edge of Marib this week as Houthi "
        "fighters pushed closer to the city in the heaviest fighting since the start of the year, aid "
        "agencies said. The International Organization for Migration said more than 1,600 households "
        "had been displaced from the Al Raweek and Al Sowayda sites since Saturday, many of them for "
        "the second or third time. Government forces backed by coalition air strikes were holding "
        "positions in the Sirwah district, military sources told Arab News, and dozens of fighters on "
        "both sides were reported killed. A Houthi ballistic missile struck a petrol station in the city "
        "on Sunday, killing at least 14 people including a child, local officials said. The camp "
        "managers said shells had landed near tents where families had been living for three years. "
        "Marib, the government's last stronghold in the north, hosts close to a million people who "
        "escaped fighting elsewhere in Yemen. UN envoy Martin Griffiths called for an immediate halt to "
        "the assault.",
        "B E D V",
        "offensive",
    ),
    (
        "UAE-backed forces close in on Hodeidah as aid agencies warn of catastrophe",
        "Yemeni forces backed by the Saudi-led coalition pushed into the southern outskirts of "
        "Hodeidah on Wednesday and took control of the city's airport compound after days of heavy "
        "fighting with the Houthis, officials said. Emirati Minister of State for Foreign Affairs "
        "Anwar Gargash said the operation aimed to free the port and cut off the militia's supply "
        "line, and that humanitarian corridors would be kept open. Coalition warplanes carried out "
        "more than a dozen strikes on Houthi positions around the Kilo 16 junction. The UN said "
        "about 26,000 families had fled the Hodeidah governorate in a fortnight. Aid groups warned that "
        "fighting in the port, through which most of Yemen's food imports pass, could tip millions into "
        "famine. The UAE said ships carrying food and medicine were waiting offshore. Residents said "
        "Houthi fighters had dug trenches in the streets and placed snipers on rooftops near the "
        "university.",
        "B E M D H",
        "offensive",
    ),
    (
        "Separatists seize Aden presidential palace after four days of fighting",
        "Southern separatist forces took control of the presidential palace and most military camps "
        "in Aden on Saturday after four days of street fighting with troops loyal to President Abdrabu "
        "Mansour Hadi, residents and officials said. The International Committee of the Red Cross said "
        "at least 40 people were killed and 260 wounded in the clashes, which pitted two nominal allies "
        "of the Saudi-led coalition against each other. Families in the Crater and Khor Maksar districts "
        "said they had been trapped at home without power or water as tanks moved through the streets. "
        "The coalition called for an immediate ceasefire and said it would use force against anyone "
        "who did not comply. Overnight, coalition aircraft struck a position held by the Southern "
        "Transitional Council, officials said. The government accused the UAE of backing what it "
        "called a coup, a charge Abu Dhabi rejected. Saudi Arabia invited both sides to talks in "
        "Jeddah.",
        "B E M",
        "battle",
    ),
    (
        "Coalition says Saada strike hit missile launchers; Houthis say bus was struck",
        "The Saudi-led coalition said on Thursday that an air strike in Yemen's northern Saada province "
        "had targeted launchers used to fire a missile at the city of Jazan the previous night, and "
        "that it had been a legitimate military action. Houthi-run media said the strike hit a bus "
        "carrying children in the market town of Dahyan, killing dozens. The International Committee "
        "of the Red Cross said a hospital it supports had received 29 bodies of children, all under "
        "the age of 15, and 48 wounded people. Coalition spokesman Col Turki Al Maliki said the "
        "operation conformed with international humanitarian law and accused the rebels of using "
        "children as human shields. The UN Secretary-General called for an independent investigation. "
        "Saudi Arabia later said the incident would be referred to the coalition's Joint Incidents "
        "Assessment Team. Crowds gathered at the funerals in Saada on Friday.",
        "E M V",
        "airstrike",
    ),
    (
        "RSF storm El Fasher after 18-month siege as families flee to Tawila",
        "Sudan's paramilitary Rapid Support Forces said on Sunday they had taken the army's last base in "
        "El Fasher, the capital of North Darfur, after an 18-month siege that left the city starving. "
        "Residents who escaped told of summary killings in the streets and of fighters going house to "
        "house, and the World Health Organization said more than 460 patients and companions were "
        "reported killed at the Saudi Maternity Hospital. The IOM said over 26,000 people had fled "
        "the city in two days, most of them on foot to Tawila, 60 kilometres away. Aid groups at "
        "Tawila said many arrivals were malnourished children. Saudi Arabia's Foreign Ministry "
        "condemned the violations against civilians and called on both sides to protect them. The "
        "army's commander said his forces had withdrawn to a safer place. Satellite images analysed by "
        "Yale researchers showed what appeared to be bodies near the city's earthen berm.",
        "B V D H",
        "massacre",
    ),
    (
        "UAE planes drop 46 tonnes of aid over northern Gaza",
        "Emirati aircraft dropped 46 tonnes of food and relief supplies over northern Gaza on Tuesday, "
        "the UAE's Joint Operations Command said, in the latest run of Operation Birds of Goodness. The "
        "parcels, packed in Al Arish, included flour, dates, rice and baby formula. UN agencies say "
        "hunger in the north of the enclave has reached famine levels after months of war and severe "
        "limits on the trucks allowed in through the crossings. Witnesses in Jabalia said crowds ran "
        "towards the pallets as they landed, and medics said several people were hurt in the crush. "
        "Aid officials have called airdrops a last resort, saying a single convoy can carry far more. "
        "Gaza's Health Ministry said a further 31 people had been killed in Israeli strikes in the "
        "previous 24 hours. The Emirati mission has so far delivered more than 3,700 tonnes of aid by "
        "air, officials said.",
        "E H",
        "aid_airdrop",
    ),
    (
        "Gulf carriers cancel flights as Israel and Iran trade strikes",
        "Emirates, flydubai, Qatar Airways and Etihad cancelled or rerouted dozens of flights on "
        "Friday after Israel launched air strikes on Iranian nuclear and military sites and Tehran "
        "answered with waves of drones and ballistic missiles. Iran's state media said senior "
        "commanders of the Revolutionary Guards and several nuclear scientists were among those killed "
        "in the Israeli raids, while Israeli emergency services reported wounded in Tel Aviv and Ramat "
        "Gan. Iraq, Jordan and Iran closed their airspace, squeezing traffic through a narrow corridor "
        "over Saudi Arabia. Dubai Airports said passengers should check their flight status before "
        "heading to the terminal. The UAE and Saudi Arabia condemned the Israeli strikes and called for "
        "restraint. Travel agents in Dubai said hundreds of Iranian residents were stranded after "
        "flights to Tehran, Shiraz and Mashhad were scrapped. Oil prices jumped by more than 7 per cent "
        "in early trading.",
        "E M",
        "airstrike",
    ),
    (
        "Security forces move into Awamiya's old quarter after weeks of gunfire",
        "Saudi security forces backed by armoured vehicles entered the walled Al Musawara quarter of "
        "Awamiya on Wednesday after weeks of exchanges of fire with gunmen who had holed up in the "
        "district, the Interior Ministry said. The ministry said a soldier and at least two gunmen were "
        "killed in the latest clashes, and that families in the area had been moved to furnished "
        "apartments in Dammam and Qatif at government expense. Authorities had started demolishing the "
        "centuries-old quarter in May as part of a redevelopment plan, which they said would end its "
        "use as a hideout for wanted men. Residents told reporters that they heard gunfire and "
        "explosions at night and that many shops on the main street were closed. The ministry said "
        "the gunmen had used rocket-propelled grenades against construction workers. Local activists "
        "said several civilians, including a child, had been killed by stray fire.",
        "B M D",
        "security_operation",
    ),
    (
        "Suicide bomber kills 27 at Kuwait City mosque during Friday prayers",
        "A suicide bomber blew himself up inside the Imam Sadiq Mosque in Kuwait City during Friday "
        "prayers, killing 27 worshippers and wounding more than 220, the Interior Ministry said. It was "
        "the deadliest attack in the country's history. An affiliate of ISIL calling itself Najd "
        "Province claimed the bombing, saying it had targeted a temple of the rejectionists, a "
        "derogatory term for Shiites. The Amir, Sheikh Sabah Al Ahmad, visited the site within hours "
        "and called the attack a heinous and cowardly act. Hospitals appealed for blood donors, and "
        "long queues formed outside the central blood bank. The cabinet declared a day of mourning. "
        "Within days, police arrested the driver who had taken the bomber to the mosque, as well as "
        "the owner of the car. The bombing came on the same day as attacks in Tunisia and France.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Qatif mosque blast: 21 worshippers killed in Al Qadeeh village",
        "A suicide bomber attacked a Shiite mosque in the village of Al Qadeeh in Saudi Arabia's "
        "Eastern Province during Friday prayers, killing 21 people and injuring more than 80, the "
        "Interior Ministry said. Witnesses said the explosion ripped through the Imam Ali bin Abi "
        "Taleb Mosque as about 150 people were praying. ISIL claimed responsibility in an online "
        "statement. The ministry identified the bomber as a Saudi national and said he was wanted in "
        "connection with a cell linked to the group. King Salman vowed that those responsible would be "
        "brought to justice. Residents of Qatif formed volunteer committees to guard mosques in the "
        "following weeks. The Grand Mufti condemned the attack as a crime aimed at stirring sectarian "
        "strife. It was the first attack of its kind inside a mosque in the kingdom in years.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Drone strike halts production at Kurdistan's Khor Mor gas field",
        "A drone strike hit the Khor Mor gas field in Iraq's Kurdistan region on Friday, killing four "
        "Yemeni workers and forcing a halt to production, the UAE-based operator Dana Gas said. The "
        "attack set a storage facility on fire and caused power cuts across the region, which relies "
        "on the field's gas for its power stations. Kurdish officials said the drone was launched by an "
        "outlaw group and called on Baghdad to find those responsible. The field, operated by Dana Gas "
        "and Crescent Petroleum of Sharjah, has been targeted by rockets and drones repeatedly in recent "
        "years. Iraqi Prime Minister Mohammed Shia Al Sudani ordered an investigation. Shares in Dana "
        "Gas fell 3 per cent in Abu Dhabi trading on Monday. The UAE condemned the attack and expressed "
        "solidarity with Iraq. The company said its staff and contractors were safe except for the "
        "four workers who died.",
        "E",
        "drone_attack",
    ),
    (
        "Security forces fire on protesters in Zahedan as Iran unrest spreads",
        "Iranian security forces opened fire on protesters in the south-eastern city of Zahedan after "
        "Friday prayers, killing dozens of people, rights groups said. Amnesty International said at "
        "least 66 people, including children, were killed in what residents have called Bloody "
        "Friday. State media said members of the Revolutionary Guards were also killed when gunmen "
        "attacked a police station. Protests have spread across Iran since the death in custody of "
        "Mahsa Amini, a 22-year-old Kurdish woman arrested by the morality police. Videos shared from "
        "Tehran, Mashhad and Sanandaj showed crowds setting fire to police vehicles and security forces "
        "firing tear gas. Iranian authorities have restricted mobile internet and blocked Instagram "
        "and WhatsApp. Officials in Tehran accused foreign media, including Persian-language channels "
        "based in London, of fanning the unrest.",
        "U",
        "crackdown",
    ),
    (
        "Gunmen open fire at Muscat mosque, killing six",
        "Three gunmen opened fire at a mosque in the Wadi Al Kabir area of Muscat on Monday night, "
        "killing six people including a policeman and wounding dozens, Royal Oman Police said. Security "
        "forces killed the three attackers in an operation that continued into the early hours of "
        "Tuesday. Worshippers had gathered at the Imam Ali mosque to mark Ashura. ISIL claimed the "
        "attack through its Amaq agency, in a rare claim of an operation in the sultanate. Police later "
        "said the attackers were three Omani brothers who had been influenced by extremist ideas. "
        "Oman, known for its neutrality and for largely avoiding such violence, had not seen a "
        "comparable attack in decades. Pakistan said four of the dead were its nationals and an Indian "
        "national was also among those killed. The US Embassy urged its citizens to stay alert.",
        "T V",
        "shooting",
    ),
    (
        "Four Emirati soldiers killed in attack at Mogadishu military base",
        "Three UAE Armed Forces members and a Bahraini officer were killed when a gunman opened fire at "
        "the General Gordon military base in Mogadishu on Saturday, the UAE Ministry of Defence said. "
        "Two other Emirati soldiers were injured in what the ministry described as a terrorist act. The "
        "victims had been part of a mission training the Somali army. Al-Shabaab claimed "
        "responsibility, saying its operative had killed several members of the foreign forces. Somali "
        "officials said the attacker, a recently recruited soldier, was killed at the scene. The bodies "
        "of the soldiers were flown to Abu Dhabi, where they were received by senior officials at Al "
        "Bateen airport. The UAE said it would continue its support for Somalia's fight against "
        "terrorism. Bahrain declared three days of mourning.",
        "T",
        "insider_attack",
    ),
    (
        "Gulf states fly citizens out of Beirut as Israeli strikes widen",
        "Kuwait, Qatar and Saudi Arabia began evacuating citizens from Lebanon on Wednesday after "
        "Israeli air strikes spread from the south to Beirut's southern suburbs and the Bekaa Valley. "
        "Lebanon's Health Ministry said more than 550 people had been killed in two days, including "
        "dozens of children, the deadliest days in the country since the 2006 war. Hundreds of "
        "thousands of people fled north, jamming the coastal highway from Tyre and Sidon for hours. "
        "Schools in Beirut were turned into shelters. Israeli officials said they were targeting "
        "Hezbollah rocket launchers and weapons depots. Kuwait Airways added extra flights, and the "
        "Saudi embassy said it was arranging seats for nationals who wanted to leave. The UAE sent an "
        "aid plane carrying medical supplies and food for displaced families. Hezbollah fired dozens "
        "of rockets at northern Israel.",
        "E M D H",
        "airstrike",
    ),
    (
        "Houthis storm UN offices in Sanaa and detain staff",
        "Houthi security forces stormed the offices of UN agencies in Sanaa on Sunday and detained at "
        "least 11 staff, the UN said, bringing the number of its personnel held by the group to more "
        "than 50. The raids hit the compounds of the World Food Programme and Unicef, officials said, "
        "and communications equipment was seized. UN Secretary-General Antonio Guterres condemned the "
        "detentions and demanded the immediate release of all staff. The Houthis accused some of those "
        "held of spying for Israel and the United States. The UN said it was relocating its resident "
        "coordinator's office from Sanaa to Aden. The detentions have forced aid agencies to scale back "
        "operations in the north, where most of Yemen's 19.5 million people in need live. Saudi "
        "Arabia's Foreign Ministry described the raids as a violation of international law. Families "
        "of local staff said they had not been told where their relatives were being held.",
        "V H",
        "abduction",
    ),
]
