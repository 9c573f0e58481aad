"""dev141 negatives of the desk's other news: peaceful protests, veterans' affairs, cyber and
jamming (negative_other), military health, disasters, a war film and military sport."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Okinawa residents keep up sit-in at Henoko gate as landfill work for US base resumes",
        "NAGO, Okinawa - About 150 residents and activists held a sit-in at the gate of Camp "
        "Schwab on Monday as construction trucks resumed carrying soil to the landfill site off "
        "Henoko, where the Japanese government is building a runway to replace US Marine Corps "
        "Air Station Futenma. Riot police carried protesters away one by one and placed them "
        "behind fences so the trucks could pass, a scene that has been repeated several times a "
        "day for years. No one was injured or arrested, local media reported. Many of the "
        "protesters were elderly, and some had come every weekday for more than a decade. "
        "Okinawa Governor Denny Tamaki said the central government was ignoring the will of the "
        "people, after more than 70% of voters rejected the landfill in a 2019 prefectural "
        "referendum. The defence ministry says the relocation is the only solution to remove "
        "Futenma from the centre of crowded Ginowan city. Engineers have found soft seabed on "
        "the eastern side of the site, and the project is now expected to cost at least 930 "
        "billion yen and be completed in the mid-2030s at the earliest.",
        "protest",
    ),
    (
        "Thousands of veterans ride and march through London against prosecutions over Northern "
        "Ireland Troubles",
        "LONDON - Thousands of military veterans and supporters rode motorbikes and marched "
        "through central London on Saturday to protest against the prosecution of former "
        "soldiers over killings during the Troubles in Northern Ireland. The procession, "
        "organised by the campaign group Justice for Northern Ireland Veterans, travelled from "
        "Hyde Park along Whitehall to Parliament Square, where speakers called on the government "
        "to honour its promise of legal protections for those who served in Operation Banner. "
        "Many wore medals and regimental berets, and some carried placards with the names of "
        "veterans who have faced charges. The Metropolitan Police said the event passed off "
        "peacefully with no arrests. The government has said it will repeal parts of the "
        "previous administration's Legacy Act, which ended most prosecutions relating to the "
        "conflict, after the law was found to breach human rights obligations. Families of "
        "people killed by soldiers in the Troubles say they are entitled to justice, and several "
        "of them held a small vigil near Downing Street on the same day. A former paratrooper "
        'who spoke at the rally said veterans felt "hunted for doing their duty."',
        "protest",
    ),
    (
        "VA disability claims backlog climbs past 250,000 as PACT Act filings surge",
        "WASHINGTON - The number of veterans' disability claims waiting more than 125 days for a "
        "decision has climbed above 250,000, the Department of Veterans Affairs said this week, "
        "as a surge of applications under the PACT Act continues to strain its workforce. The "
        "department processed a record 1.9 million claims in the last fiscal year and has hired "
        "thousands of claims processors, but new filings have grown even faster, officials told "
        "the House Veterans' Affairs Committee. Under Secretary for Benefits Joshua Jacobs said "
        "the backlog would start falling in the spring as new staff become fully trained and as "
        "automation tools take over some steps of the review process. Veterans' groups said "
        "delays were causing hardship for older veterans and families waiting for survivors' "
        "benefits. Lawmakers from both parties questioned whether the department's plans to "
        "reduce staff elsewhere would undermine progress. The VA says the average time to "
        "complete a claim has risen to about 140 days. Military Times reported last month that "
        "some regional offices were processing claims in more than twice the national average "
        "time.",
        "other",
    ),
    (
        "Veteran suicide royal commission delivers final report with 122 recommendations",
        "CANBERRA - The Royal Commission into Defence and Veteran Suicide has called for a new "
        "independent entity to oversee veterans' wellbeing and for the Department of Veterans' "
        "Affairs to be abolished and replaced, in a final report handed to the Governor-General "
        "on Monday. The 122 recommendations also include simplifying compensation laws, "
        "improving the transition of personnel out of the Australian Defence Force and tackling "
        "bullying, sexual violence and a culture that discourages people from seeking help. The "
        "commission, which held hearings over three years and received more than 6,000 "
        "submissions, said at least 1,677 serving and ex-serving members had died by suicide "
        'between 1997 and 2021. "Systemic failures have cost lives," Commissioner Nick Kaldas '
        "said. Veterans' Affairs Minister Matt Keogh said the government would respond in detail "
        "within six months and had already begun work on legislative reform. Advocates for "
        "bereaved families welcomed the report but warned that previous reviews had been left on "
        "the shelf. Defence Connect understands that Defence will set up a dedicated taskforce "
        "to implement the recommendations that fall to the ADF.",
        "other",
    ),
    (
        "Chinese state hackers 'pre-positioned' in US water and power networks, agencies warn",
        "WASHINGTON - Chinese state-sponsored hackers have gained access to the networks of US "
        "water utilities, power grids and transport systems and maintained it for years in some "
        "cases, in preparation for possible disruptive attacks in a future crisis, US and allied "
        "cybersecurity agencies warned on Wednesday. The advisory from the Cybersecurity and "
        "Infrastructure Security Agency, the NSA and the FBI, joined by agencies from Australia, "
        "Britain, Canada and New Zealand, said the group known as Volt Typhoon used stolen "
        'credentials and "living off the land" techniques that made its activity hard to '
        "detect. Officials said they had found no evidence that the hackers had disrupted "
        "services so far. FBI Director Christopher Wray told a House committee that the hackers "
        'could "wreak havoc" on Americans\' daily lives if China ever decided to strike, for '
        "example in a conflict over Taiwan. China's foreign ministry rejected the allegations as "
        "disinformation. The advisory urged operators of critical infrastructure to apply "
        "security patches, check logs and strengthen monitoring. Cyber Command said it had also "
        'sent "hunt forward" teams to work with partners abroad.',
        "other",
    ),
    (
        "GPS jamming over the Baltic disrupts thousands of flights, aviation regulators say",
        "HELSINKI - Interference with satellite navigation signals over the Baltic Sea has "
        "affected thousands of flights in recent months, forcing pilots to switch to backup "
        "systems and, in some cases, to divert, aviation authorities in Finland, Estonia, Latvia "
        "and Lithuania said. Finnair suspended flights to the Estonian city of Tartu for a month "
        "after two of its aircraft had to turn back when GPS interference prevented them from "
        "using the airport's satellite-based approach. Estonian officials said the jamming "
        "appeared to come from Russian territory, including the Kaliningrad exclave, and "
        "described it as a hybrid attack. Russia has not commented. The European Union Aviation "
        "Safety Agency said incidents of GNSS interference had risen sharply since 2022 and "
        "issued guidance to airlines on how to detect and handle them. The four countries asked "
        "the International Telecommunication Union to address the issue. Ships in the Gulf of "
        "Finland have also reported their positions being displayed far inland, according to "
        'tracking data. The Estonian defence minister said the interference was "a clear '
        'attempt to create confusion" but posed no direct risk to aircraft, which are equipped '
        "with other navigation systems.",
        "other",
    ),
    (
        "Coronavirus outbreak on carrier Theodore Roosevelt grows to more than 500 sailors",
        "The number of sailors aboard the aircraft carrier USS Theodore Roosevelt who have "
        "tested positive for the coronavirus has risen to more than 500, the Navy said on "
        "Thursday, as the ship remains docked in Guam with most of its crew moved ashore. About "
        "92% of the 4,800-strong crew had been tested, and nearly 4,000 sailors had been moved "
        "to hotels and other quarters on the island to be quarantined, officials said. One "
        "sailor was admitted to the intensive care unit at the naval hospital in Guam after "
        "being found unresponsive during isolation. The outbreak has already cost the carrier's "
        "commanding officer, Capt. Brett Crozier, his job after a letter he wrote asking for "
        "faster help for his crew was leaked to the media. Acting Navy Secretary Thomas Modly "
        'resigned this week after flying to Guam and calling Crozier "stupid" in a speech to '
        "the crew. Defense Secretary Mark Esper said the Pentagon was studying how the virus had "
        "spread through the ship so quickly and what it meant for readiness. The Navy said a "
        "small crew would remain aboard to keep the ship's reactors and fire systems running.",
        "health",
    ),
    (
        "Burn pit exposure: Pentagon study links deployment to higher risk of lung disease",
        "Service members who deployed to Iraq and Afghanistan and were exposed to open-air burn "
        "pits are significantly more likely to develop constrictive bronchiolitis and other "
        "chronic lung diseases, according to a study published on Monday by researchers at the "
        "Department of Veterans Affairs and the Uniformed Services University. The study "
        "followed more than 300,000 veterans and compared them with service members who had not "
        "deployed. It found a 41% higher rate of chronic obstructive pulmonary disease among "
        "those stationed near large burn pits, such as the one at Joint Base Balad in Iraq. The "
        "findings support the list of presumptive conditions in the PACT Act, which expanded "
        "health care and benefits for veterans exposed to toxic substances, said the study's "
        "lead author. Veterans' organisations said many of their members had waited years for "
        "recognition that their illnesses were connected to service. More than 1 million "
        "veterans have now had toxic exposure screenings at VA facilities, the department said. "
        "The Defense Health Agency said it would use the results to improve air monitoring on "
        "current deployments.",
        "health",
    ),
    (
        "Hurricane Michael leaves Tyndall Air Force Base 'catastrophically' damaged, F-22s moved "
        "out in time",
        "PANAMA CITY, Fla. - Hurricane Michael caused catastrophic damage to Tyndall Air Force "
        "Base on the Florida Panhandle, destroying hangars, tearing roofs off nearly every "
        "building and tossing aircraft parts across the flight line, the Air Force said on "
        "Friday. The Category 4 storm made landfall on Wednesday near Mexico Beach, just east of "
        "the base, with winds of about 155 mph. The base's roughly 3,600 personnel had been "
        "ordered to evacuate beforehand, and most of its F-22 Raptor stealth fighters were flown "
        "to Ohio, though several that were undergoing maintenance could not be moved and were "
        'left in damaged hangars. "The base is closed until further notice," wing commander '
        "Col. Brian Laidlaw said in a message to airmen. The storm killed at least 17 people "
        "across four states, many of them in Mexico Beach, where whole blocks of homes were "
        "washed away. National Guard troops from Florida and neighbouring states were deployed "
        "for search and rescue and to clear roads. Defense officials said it could take years "
        "and billions of dollars to rebuild Tyndall.",
        "disaster",
    ),
    (
        "Spain deploys 7,800 troops to Valencia as flood death toll passes 200",
        "MADRID (Reuters) - Spain sent 7,800 soldiers and police officers to the Valencia region "
        "on Saturday, the largest peacetime deployment of its armed forces, as rescuers searched "
        "flooded garages and cars for bodies after the country's worst flash floods in decades "
        "killed at least 211 people. Prime Minister Pedro Sánchez said 5,000 troops from the "
        "army and the Military Emergencies Unit (UME) would join 2,500 already on the ground, "
        "bringing heavy machinery, amphibious vehicles and helicopters. Residents of hard-hit "
        "towns such as Paiporta and Catarroja had complained that help had been slow to arrive, "
        "and thousands of volunteers with shovels and brooms had joined the clean-up. Navy ships "
        "were sent to the port of Valencia with food and water, and army engineers began "
        "building temporary bridges to replace those swept away. The regional government has "
        "been criticised for sending mobile phone alerts only hours after the rains began. "
        "Dozens of people remain missing, officials said.",
        "disaster",
    ),
    (
        "'Warfare' review: Alex Garland and a former SEAL put the audience inside a Ramadi "
        "firefight",
        '"Warfare," co-directed by Alex Garland and Ray Mendoza, a former Navy SEAL who served '
        "in Iraq, recreates a 2006 mission in Ramadi in which a SEAL platoon's overwatch "
        "position in a family's house came under attack. The film, released in cinemas on "
        "Friday, unfolds almost entirely in real time and is based on the memories of the men "
        "who were there, several of whom worked as consultants. There is no score and little "
        "backstory; the tension comes from radio chatter, long silences and the roar of a "
        "Bradley fighting vehicle arriving to evacuate the wounded. Veterans who saw early "
        "screenings told Military Times the film's depiction of the chaos after an IED blast was "
        "among the most accurate they had seen. D'Pharaoh Woon-A-Tai plays Mendoza, and Will "
        "Poulter, Joseph Quinn and Cosmo Jarvis play the other members of the platoon. Some "
        "critics have argued that the film shows the Iraqi family only as bystanders. At 95 "
        "minutes, it is shorter than most war films, and Garland has said that was deliberate. "
        "It opens in 2,500 theatres in the United States and Canada.",
        "entertainment",
    ),
    (
        "Army ends Navy's streak in 125th Army-Navy game as Black Knights run for 300 yards",
        "LANDOVER, Md. - Army beat Navy 31-13 on Saturday to win the 125th Army-Navy game, "
        "rushing for 303 yards and taking back the Commander-in-Chief's Trophy for the first "
        "time since 2020. Quarterback Bryson Daily ran for two touchdowns and threw for another "
        "as the Black Knights' triple-option offence controlled the ball for nearly 38 minutes "
        "at Northwest Stadium. Navy's defence held Army to a field goal in the first quarter, "
        "but the Midshipmen fumbled twice in their own territory in the second. President-elect "
        "Donald Trump attended the game and sat on both sides of the field, continuing a "
        "tradition of presidents switching sides at halftime. Before kickoff, cadets and "
        "midshipmen marched onto the field and a flyover by Navy F/A-18s drew loud cheers. "
        '"These guys will go on to lead soldiers," Army coach Jeff Monken said. "That\'s what '
        'makes this game different." Army finished the regular season 11-1, its best record in '
        "decades, and will play in a bowl game later this month.",
        "sport",
    ),
    (
        "Invictus Games open in Vancouver and Whistler with first winter sports for wounded "
        "veterans",
        "VANCOUVER - The Invictus Games opened on Saturday with a ceremony in Vancouver attended "
        "by Prince Harry, bringing together more than 500 wounded, injured and sick service "
        "members and veterans from 23 nations for the first edition to include winter sports. "
        "Over nine days, competitors will take part in alpine skiing, Nordic skiing, skeleton "
        "and wheelchair curling in Whistler, alongside indoor sports such as wheelchair "
        "basketball, swimming and indoor rowing in Vancouver. Colombia, Israel and Nigeria are "
        "among the nations competing for the first time. Prince Harry, who founded the games in "
        "2014 after serving two tours in Afghanistan, told the crowd that sport had helped many "
        "veterans rebuild their lives after physical and psychological injuries. Organisers said "
        "thousands of spectators had bought tickets and that family members of competitors were "
        "attending free. Canada's team, with 60 members, is the largest. The 2027 games will be "
        "held in Birmingham, England.",
        "sport",
    ),
]
