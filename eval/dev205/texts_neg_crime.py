"""dev205 negatives: mayors arrested and tried, crime near city hall, floods, fires and
accidents that councils manage."""

NEGATIVES = [
    (
        "Ligurian mayor placed under house arrest in port contracts bribery probe",
        "The mayor of a coastal town in Liguria was placed under house arrest on Tuesday as part "
        "of a corruption investigation into contracts for the redevelopment of its marina, "
        "prosecutors in Genoa said. Finance police officers searched the town hall and the homes "
        "of two municipal officials and a businessman at dawn. Investigators allege that the "
        "mayor promised favourable planning decisions and an extension of a berth concession in "
        "exchange for about 180,000 euros in campaign contributions and paid holidays. The "
        'mayor\'s lawyer said his client had always acted "in the interest of the town" and '
        "would answer the magistrates' questions. Opposition councillors called for the council "
        "to be dissolved and for a prefect-appointed commissioner to take over. Under Italian "
        "law, a mayor under house arrest is automatically suspended from office, and the deputy "
        "mayor takes over his functions. The investigation, which began after a tip-off from a "
        "rival bidder, involves wiretaps recorded over nearly two years. A hearing before the "
        "preliminary investigations judge is set for Friday.",
        "crime",
    ),
    (
        "Former Veracruz mayor arrested on embezzlement charges at Mexico City airport",
        "A former mayor of a municipality in Veracruz was arrested at Mexico City's international "
        "airport on Monday as he stepped off a flight from Houston, the state attorney general's "
        "office said. He is accused of diverting about 95 million pesos in federal funds meant "
        "for drainage and road works during his three-year term. Prosecutors say the money was "
        "paid to shell companies that never carried out the works, some of them registered to "
        "relatives of municipal employees. The arrest warrant had been issued eight months ago, "
        "and the former mayor had not been seen in the state since. His party said it had "
        "suspended his membership and would cooperate with investigators. Federal auditors have "
        "flagged irregularities worth billions of pesos in Veracruz municipalities over the "
        "past decade. The suspect was flown to Xalapa, where a judge will decide whether he "
        "should be held in pre-trial detention. Residents of the municipality say the drainage "
        "works were never finished and that streets still flood every rainy season.",
        "crime",
    ),
    (
        "Philippine mayor accused of running scam hub arrested after months on the run",
        "A small-town mayor in the Philippines who fled the country after being accused of "
        "protecting an online gambling and scam compound has been arrested in Indonesia and "
        "flown back to Manila, officials said. The Senate had ordered her arrest after she "
        "failed to attend hearings into the compound, which was raided by police in March. "
        "Investigators found hundreds of foreign workers inside, some of whom said they had "
        "been trafficked and forced to defraud victims online. Questions about the mayor's "
        "identity, including claims that she was a Chinese national who had obtained Filipino "
        "documents by fraud, made her case a national sensation. The Ombudsman had already "
        "dismissed her from office for grave misconduct. She faces charges of human "
        "trafficking and money laundering, which she denies. The interior secretary said she "
        "would be questioned by police before being brought to court. Lawmakers have since "
        "moved to ban the offshore gaming industry entirely.",
        "crime",
    ),
    (
        "Busan ex-mayor jailed for three years for sexually assaulting employees",
        "A South Korean court sentenced the former mayor of Busan to three years in prison on "
        "Tuesday for sexually assaulting two female employees of the city government. The "
        "Busan District Court said the former mayor had abused his position of power and "
        "caused the victims lasting distress. He resigned in April 2020, weeks before "
        "parliamentary elections, after admitting to one of the assaults. Prosecutors had "
        "sought seven years. The court also ordered him to complete 40 hours of a sexual "
        "violence treatment programme. Women's groups welcomed the verdict but said the "
        "sentence was too light and criticised the ruling party for delaying the case. His "
        "resignation triggered a by-election in which the opposition won the mayoralty. The "
        "former mayor, who was taken into custody in court, can appeal within a week.",
        "crime",
    ),
    (
        "Nairobi's former governor charged over 357m-shilling garbage tender",
        "Kenya's anti-corruption court on Wednesday charged a former governor of Nairobi with "
        "abuse of office and conflict of interest over a garbage collection tender worth 357 "
        "million shillings. Prosecutors allege that the contract was awarded to a company "
        "linked to his associates without competitive bidding and that part of the money was "
        "routed to his personal accounts. The former governor, who was impeached by the county "
        "assembly and removed from office, denied the charges and was released on a cash bail "
        "of 15 million shillings. Dressed in a bright suit, he told reporters outside the "
        'Milimani law courts that he was the victim of "a political witch-hunt". Several '
        "county officials and company directors were charged alongside him. The Ethics and "
        "Anti-Corruption Commission said it had frozen assets including houses in Nairobi and "
        "Mombasa. Nairobi residents have long complained that garbage contracts change hands "
        "while rubbish piles up in the city's estates. The trial is due to begin in March.",
        "crime",
    ),
    (
        "Veracruz court jails three men for 2016 murder of mayor-elect",
        "A court in Veracruz has sentenced three men to 50 years in prison each for the 2016 "
        "murder of a mayor-elect, nearly nine years after she was shot dead at her home on the "
        "day after her election victory. The judge ruled that the men had acted on the orders "
        "of a criminal group that wanted to control the municipality's public works contracts. "
        "A fourth suspect, believed to have planned the killing, remains at large. The victim's "
        'family said the sentences were a relief but that "the intellectual authors" had '
        "never been identified. Her murder was one of dozens of killings of local politicians "
        "in Mexico that year, and it prompted calls for protection for incoming mayors. Rights "
        "groups say fewer than one in ten such cases ever reaches a verdict. The state "
        "attorney general's office said the investigation into the wider network remained "
        "open. The men's lawyers said they would appeal.",
        "crime",
    ),
    (
        "Councillor found dead after row with neighbour over boundary hedge, police say",
        "A district councillor in Lincolnshire was found dead at his home on Saturday, and a "
        "62-year-old man has been charged with his murder, police said. Officers were called to "
        "a property in a village near Boston shortly after 7am by a relative who found the "
        "councillor with head injuries. Detectives said the victim and the accused, his "
        "neighbour, had been in a long-running dispute over a boundary hedge and a shared "
        "driveway. Lincolnshire Police said there was no evidence that the killing was linked "
        "to the councillor's political work and that no one else was being sought. Colleagues "
        "on the district council described him as a hard-working member who had represented "
        "the ward for 14 years. Flags at the council offices were lowered to half-mast, and a "
        "book of condolence has been opened. The accused is due to appear before magistrates "
        "in Lincoln on Monday.",
        "crime",
    ),
    (
        "Paiporta's mayor: 'We were alone for three days' as DANA death toll climbs",
        "The mayor of Paiporta, the town near Valencia worst hit by last week's flash floods, "
        "said residents had been left to fend for themselves for days before emergency help "
        "arrived in force. At least 62 people died in the town of about 27,000 after the "
        "Poyo ravine burst its banks on the evening of October 29, sweeping cars and furniture "
        "through the streets. The town hall has become a distribution centre for water, food "
        "and cleaning products brought by thousands of volunteers from Valencia. Soldiers from "
        "the military emergencies unit are pumping water from underground car parks, where "
        'bodies are still being found. "This looked like a war zone, but the enemy was the '
        'water," the mayor told Spanish television. He criticised the regional government for '
        "sending phone alerts only after the water had reached the town. The regional leader "
        "said the alerts system would be reviewed. Rubbish collection teams from other "
        "municipalities have removed more than 20,000 tonnes of mud-soaked waste. Many "
        "ground-floor homes were wrecked, and families are sleeping with relatives in upper-floor "
        "flats. The town's health centre is closed, and doctors are seeing patients in a tent on "
        "the main square. Schools will remain shut until at least the end of the month.",
        "disaster",
    ),
    (
        "Porto Alegre's mayor defends flood defences as Guaíba reaches record level",
        "The mayor of Porto Alegre defended the city's handling of its flood defences on "
        "Tuesday as the Guaíba reached its highest level on record, submerging the historic "
        "centre and the bus station. The city's pumping stations, which drain water from "
        "low-lying districts, failed after they were flooded, leaving neighbourhoods such as "
        "Sarandi under more than two metres of water. Critics said maintenance budgets had been "
        "cut for years and that floodgates in the protective wall did not seal properly. The "
        "mayor said the system had been designed for a lower flood level and that the rains "
        'had been "beyond anything anyone predicted". Across Rio Grande do Sul, more than 140 '
        "people have died and about 600,000 have been forced from their homes. Shelters in "
        "schools and gymnasiums are full, and the city hall has appealed for donations of "
        "drinking water. The federal government has announced emergency funds for the state. "
        "Forecasters expect the water to recede only slowly over the coming weeks.",
        "disaster",
    ),
    (
        "Council leaders demand flood funds as Storm Babet leaves towns underwater",
        "Council leaders in the East Midlands and Scotland called on the government on Monday to "
        "release emergency funds after Storm Babet flooded hundreds of homes and businesses. "
        "In Brechin, Angus Council evacuated about 400 properties after the River South Esk "
        "breached new flood defences, while Chesterfield and Retford were among the English "
        "towns worst affected. Council staff worked through the weekend handing out sandbags "
        "and opening rest centres in leisure halls and schools. At least seven people died "
        'across Britain during the storm. "Our resources are stretched to the limit," the '
        "leader of Bassetlaw District Council said, adding that the clean-up would cost "
        "millions. The government activated its Flood Recovery Framework, which gives "
        "households up to £500 in hardship payments and businesses up to £2,500. Insurers "
        "said claims would run into the tens of millions of pounds. The Environment Agency "
        "warned that river levels would remain high for several days.",
        "disaster",
    ),
    (
        "Viña del Mar fire: mayor asks residents to stay away as search for missing continues",
        "The mayor of Viña del Mar urged residents on Sunday to stay out of the burned hillside "
        "neighbourhoods while rescue teams searched for people still unaccounted for after the "
        "deadliest wildfire in Chile's history. At least 112 people have died in the Valparaíso "
        "region, many of them in the districts of El Olivar and Villa Independencia, where "
        "whole streets of wooden houses were reduced to ash. The municipality said about 6,000 "
        "homes had been destroyed or damaged in Viña del Mar alone. The city's stadium was "
        "turned into a collection centre for food, water and clothes. The president declared a "
        "state of emergency and a curfew to allow emergency vehicles to move freely. "
        "Prosecutors are investigating whether some of the fires were started deliberately. "
        "The mayor said the city would need years to rebuild and appealed for patience with "
        "the demolition of unsafe structures.",
        "disaster",
    ),
    (
        "Bogotá begins water rationing as drought drains Chingaza reservoirs",
        "Bogotá began rationing drinking water on Thursday for the first time in decades, "
        "cutting supply to each of nine zones of the city for 24 hours on a rotating basis. "
        "The mayor said the reservoirs of the Chingaza system, which supply about 70% of the "
        "capital's water, had fallen to below 16% of capacity after months of drought linked "
        "to El Niño. Residents were urged to take shorter showers and to avoid washing cars, "
        "and the city said it would fine households that waste water. Hospitals, schools and "
        "prisons are exempt from the cuts. The water utility said the rationing could last "
        "several months unless rainfall returned to normal. Some neighbourhoods in the south "
        "complained that they had already been without water for days before the scheme "
        "began. The city council called the mayor to a debate on long-term water security. "
        "Officials said consumption had fallen by about 10% in the first week.",
        "disaster",
    ),
    (
        "Hatay's mayor under fire as survivors wait for container homes a year after quake",
        "A year after the earthquakes that flattened much of Antakya, thousands of survivors "
        "are still living in tents in Hatay province as they wait for container homes or "
        "permanent flats, residents and local officials said. The twin quakes of February "
        "2023 killed more than 50,000 people in Türkiye, and Hatay was the worst hit province. "
        "The metropolitan mayor, who faces a tough re-election fight, has been criticised for "
        "the slow removal of debris and for the state of the city's water network. He blames "
        "the central government for withholding funds and for taking control of reconstruction "
        "through a state housing agency. Construction of tens of thousands of new flats is "
        "under way on the edge of the city, but many residents fear the historic centre will "
        "never be rebuilt. Dust from demolition sites has raised concern about respiratory "
        'illness. "We are tired of promises from both sides," a shopkeeper said near the ruins '
        "of the Habib-i Neccar mosque.",
        "disaster",
    ),
    (
        "Inquiry finds Glasgow bin lorry driver hid blackouts before fatal crash",
        "A fatal accident inquiry into the Glasgow bin lorry crash that killed six people in "
        "the city centre has found that the driver had concealed a history of blackouts from "
        "his employer and his doctors. The council-owned refuse truck careered along Queen "
        "Street and into George Square after the driver lost consciousness at the wheel in "
        "December 2014, striking shoppers during the Christmas season. The sheriff said the "
        "crash might have been avoided if the driver had told the truth about a previous "
        "episode in which he collapsed while driving a bus. Glasgow City Council said it had "
        "already tightened its medical checks for drivers and fitted its fleet with new "
        "safety systems. Relatives of the victims said they were angry that no one had faced "
        "prosecution. The council's leader offered an apology to the families for the pain "
        "they had endured. The Crown Office had decided not to prosecute the driver, a "
        "decision that families are challenging.",
        "accident",
    ),
    (
        "Yongsan district chief acquitted over Itaewon crowd crush",
        "A Seoul court on Thursday acquitted the head of Yongsan district of professional "
        "negligence over the Itaewon crowd crush of October 2022, in which 159 people were "
        "killed during Halloween festivities. Judges said the district office had no legal duty "
        "to manage crowds at an event with no organiser and that it could not be held "
        "responsible for the deaths. Relatives of the victims shouted at the judges and wept "
        "in the courtroom as the verdict was read. The district chief had been accused of "
        "failing to prepare safety measures despite warnings of large crowds in the narrow "
        "alleys near Hamilton Hotel. A former head of the local police station was convicted "
        "in a separate ruling earlier this month and sentenced to three years in prison. "
        "Families' groups have long demanded that senior officials, including the interior "
        "minister, be held accountable. Prosecutors said they would review the ruling before "
        "deciding whether to appeal.",
        "accident",
    ),
]
