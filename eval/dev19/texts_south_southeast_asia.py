"""dev19 texts: Pakistan, Afghanistan; India; Bangladesh, Nepal; Myanmar; Philippines, Thailand, Indonesia, Cambodia.

TEXTS = [(title, marked text[, extra negatives]), ...]
"""

TEXTS = [
    # ---------------------------------------------------------------- Pakistan, Afghanistan
    (
        "Bannu cantonment attack: ISPR says 16 khwarij sent to hell, five soldiers martyred",
        "The ISPR said [[16 khwarij|killed;a=The ISPR]] were sent to hell in the ensuing clearance operation, while [[five soldiers|killed;a=The ISPR]] embraced shahadat. "
        "[[Thirteen innocent civilians|killed;a=the military's media wing;alt=The ISPR]] were martyred and [[32|injured;a=the military's media wing;alt=The ISPR]] injured when suicide bombers rammed explosive-laden vehicles into the cantonment wall at iftar time, the military's media wing said.",
    ),
    (
        "Jaffar Express: all 33 terrorists killed, 354 hostages rescued, DG ISPR says",
        "Director General ISPR Lieutenant General Ahmed Sharif Chaudhry said [[all 33 terrorists|killed;a=Director General ISPR Lieutenant General Ahmed Sharif Chaudhry;alt=Ahmed Sharif Chaudhry]] were killed and [[354 hostages|kidnapped;a=Director General ISPR Lieutenant General Ahmed Sharif Chaudhry;alt=Ahmed Sharif Chaudhry]] rescued, [[37|injured;a=Director General ISPR Lieutenant General Ahmed Sharif Chaudhry;alt=Ahmed Sharif Chaudhry]] of them injured. "
        "[[Twenty-one passengers|killed;a=Director General ISPR Lieutenant General Ahmed Sharif Chaudhry;alt=Ahmed Sharif Chaudhry]] and [[four FC personnel|killed;a=Director General ISPR Lieutenant General Ahmed Sharif Chaudhry;alt=Ahmed Sharif Chaudhry]] lost their lives, he said. "
        "The attackers seized the train, which was carrying [[about 440 passengers|kidnapped]] from Quetta to Peshawar.",
    ),
    (
        "Kurram: gunmen fire on convoy near Parachinar, 42 killed",
        "[[At least 42 people|killed;a=Deputy Commissioner Javedullah Mehsud;alt=Javedullah Mehsud]] were killed when gunmen opened fire on a convoy of [[about 200 vehicles|other;a=Deputy Commissioner Javedullah Mehsud;alt=Javedullah Mehsud]] near Parachinar, Deputy Commissioner Javedullah Mehsud said. "
        "In the sectarian clashes that followed, [[several hundred families|displaced]] migrated to Hangu and Peshawar.",
    ),
    (
        "Musakhel: gunmen offload and kill 23 passengers on highway",
        "Armed men blocked the inter-provincial highway in Musakhel district, offloaded passengers from trucks and buses and shot dead [[23 of them|killed;n=-;a=Assistant Commissioner Najeeb Kakar;alt=Najeeb Kakar]] after checking their identity cards, Assistant Commissioner Najeeb Kakar said. "
        "The attackers set on fire [[35 vehicles|other;a=Assistant Commissioner Najeeb Kakar;alt=Najeeb Kakar]], he said.",
    ),
    (
        "Islamabad march: nearly 1,000 PTI workers arrested, minister says",
        "Interior Minister Mohsin Naqvi said [[nearly 1,000 protesters|arrested;a=Interior Minister Mohsin Naqvi;alt=Mohsin Naqvi]] were arrested and [[four Rangers personnel|killed;a=Interior Minister Mohsin Naqvi;alt=Mohsin Naqvi]] were killed when a vehicle ran into them on Srinagar Highway. "
        "The PTI claimed [[at least 12 of its workers|killed;a=The PTI]] died in firing by security forces.",
    ),
    (
        "Afghan returns from Iran and Pakistan reach new record",
        "[[More than 19,500 Afghans|returned;a=the Taliban's refugee ministry]] returned from Iran and Pakistan on {{Tuesday}} alone, the Taliban's refugee ministry said. "
        "In {{2025}} [[over 1.8 million|returned;a=the UN]] have come back from Iran, most of them deported, the UN says. "
        "At the Islam Qala crossing, [[about 2,000 families a day|aid]] receive hot meals and cash.",
    ),
    (
        "Paktika: Pakistani airstrikes kill 46, Taliban spokesman says",
        "Taliban spokesman Zabihullah Mujahid said [[46 people|killed;a=Taliban spokesman Zabihullah Mujahid;alt=Zabihullah Mujahid]], most of them women and children, were killed and [[six|injured;a=Taliban spokesman Zabihullah Mujahid;alt=Zabihullah Mujahid]] wounded in Pakistani airstrikes on [[four villages|other;a=Taliban spokesman Zabihullah Mujahid;alt=Zabihullah Mujahid]] of Barmal district. "
        "Pakistan did not confirm the strikes.",
    ),
    (
        "Herat earthquakes: death toll passes 1,480",
        "[[More than 1,480 people|killed;a=the Afghan National Disaster Management Authority]] were killed and [[about 2,100|injured;a=the Afghan National Disaster Management Authority]] injured in the earthquakes of magnitude {{6.3}} in Herat province, according to the Afghan National Disaster Management Authority. "
        "[[Some 10,000 houses|housing]] in Zinda Jan district were destroyed.",
    ),
    # ---------------------------------------------------------------- India
    (
        "Manipur: over 250 killed, 60,000 displaced since May 2023",
        "[[Over 250 people|killed;a=Chief Minister N Biren Singh;alt=N Biren Singh]] have been killed and [[about 60,000|displaced;a=Chief Minister N Biren Singh;alt=N Biren Singh]] displaced since ethnic violence broke out in {{May 2023}}, Chief Minister N Biren Singh told the Assembly. "
        "The displaced live in [[around 350 relief camps|capacity]]. "
        "[[More than 5,600 weapons|other]] were looted from police armouries, and [[about 1,500|other;u=other]] have been recovered.",
    ),
    (
        "Bijapur: 31 Maoists killed in encounter, two jawans martyred",
        "[[Thirty-one Maoists|killed;a=Inspector General of Police (Bastar) P Sundarraj;alt=P Sundarraj]] were killed in an encounter in the forests of the Indravati National Park area, Inspector General of Police (Bastar) P Sundarraj said. "
        "[[Two jawans|killed;a=Sundarraj;alt=P Sundarraj]] of the District Reserve Guard were martyred and [[two|injured;a=Sundarraj;alt=P Sundarraj]] injured, Sundarraj said. "
        "The killed Maoists carried rewards totalling {{Rs 1.1 crore}}.",
    ),
    (
        "Pahalgam attack: 26 killed, 1,500 detained for questioning",
        "Terrorists opened fire on tourists in the Baisaran meadow near Pahalgam, killing [[26 people|killed;a=police]], [[25 of them|killed;n=-;a=police]] tourists, police said. "
        "[[Around 1,500 persons|arrested;a=officials]] have been detained for questioning in the Valley, officials said, and authorities demolished [[10 houses|housing;a=officials]] of suspected militants.",
    ),
    (
        "Jiribam: bodies of six abducted women and children found",
        "The bodies of [[six abducted women and children|killed;n=women and children]] were found in the Jiri river, days after militants took them from a relief camp in Jiribam. "
        "Two days earlier, the CRPF killed [[10 suspected militants|killed;a=police]] in an encounter in the same district, police said.",
        ["Two days"],
    ),
    # ---------------------------------------------------------------- Bangladesh, Nepal
    (
        "Cox's Bazar: 150,000 new Rohingya arrivals since early 2024",
        "Refugee Relief and Repatriation Commissioner Mohammed Mizanur Rahman said [[about 150,000 Rohingya|displaced;a=Refugee Relief and Repatriation Commissioner Mohammed Mizanur Rahman;alt=Mohammed Mizanur Rahman]] have arrived from Rakhine since the start of {{2024}}. "
        "[[The 33 camps|capacity]] of Ukhiya and Teknaf now host [[over one million|displaced]] refugees.",
    ),
    (
        "OHCHR: as many as 1,400 killed in Bangladesh crackdown on protests",
        "[[As many as 1,400 people|killed;a=the UN human rights office]] may have been killed during the protests of {{July and August}} {{2024}}, the UN human rights office said in a fact-finding report, {{12 to 13 percent}} of them children. "
        "Police and the RAB arrested [[more than 11,700 people|arrested;a=the report;alt=the UN human rights office]], according to the report.",
    ),
    (
        "Kathmandu: police fire on Gen Z protesters, 19 killed",
        "[[At least 19 people|killed;a=police]] were killed and [[more than 300|injured;a=police]] injured when police opened fire on young protesters outside the parliament in Kathmandu, police said. "
        "[[A few thousand young people|other]] had gathered in front of the building since the morning. "
        "The Civil Service Hospital alone received [[around 100|injured;a=the Civil Service Hospital]], according to the Civil Service Hospital.",
    ),
    # ---------------------------------------------------------------- Myanmar
    (
        "Sagaing: junta airstrike on monastery kills 23",
        "[[Twenty-three people|killed;a=residents and a local resistance group]], among them [[four children|killed;a=residents and a local resistance group]], were killed when a junta jet bombed a monastery where displaced villagers were sheltering in Sagaing Region, residents and a local resistance group said. "
        "[[About 150 people|displaced]] had taken refuge in the monastery.",
    ),
    (
        "Maungdaw: drone attacks on fleeing Rohingya kill dozens, witnesses say",
        "Drone attacks on Rohingya families waiting to cross the Naf river near Maungdaw killed [[dozens of people|killed;a=witnesses]], witnesses told our correspondent. "
        "Médecins Sans Frontières said its teams in Bangladesh treated [[39 people|injured;a=Médecins Sans Frontières]] with violence-related injuries in {{two days}}.",
    ),
    (
        "Myanmar junta to call up 5,000 conscripts a month",
        "Junta spokesman Zaw Min Tun said [[5,000 conscripts a month|combatants;p;a=Junta spokesman Zaw Min Tun;alt=Zaw Min Tun]] will be called up from {{April}}, under a law that applies to men aged {{18 to 35}}. "
        "[[Thousands of young men|displaced]] have since crossed into Thailand.",
    ),
    (
        "Mae Sot: 3,000 Myanmar nationals cross border after Myawaddy fighting",
        "[[About 3,000 Myanmar nationals|displaced;a=the Tak provincial governor]] crossed into Mae Sot as fighting reached Myawaddy, the Tak provincial governor said. "
        "[[Some 1,200|returned]] went back the next day, once the shooting stopped.",
    ),
    (
        "Mandalay earthquake: junta gives toll of 3,600 dead",
        "The State Administration Council said [[3,600 people|killed;a=The State Administration Council]] were killed, [[more than 5,000|injured;a=The State Administration Council]] injured and [[about 160|missing;a=The State Administration Council]] are missing after the {{7.7}}-magnitude earthquake. "
        "[[Over 1,000 buildings|housing]] collapsed in Mandalay, and [[several thousand residents|displaced]] slept in the streets for fear of aftershocks.",
    ),
    # ---------------------------------------------------------------- Philippines, Thailand, Indonesia, Cambodia
    (
        "Marawi: bomb during Mass kills four, police say",
        "[[Four people|killed;a=regional police director Brigadier General Allan Nobleza;alt=Allan Nobleza]] were killed and [[over 40|injured;a=regional police director Brigadier General Allan Nobleza;alt=Allan Nobleza]] injured when a bomb went off during a Catholic Mass in the gymnasium of Mindanao State University, regional police director Brigadier General Allan Nobleza said. "
        "[[Six suspects|arrested]] were later arrested.",
    ),
    (
        "Negros: eight NPA rebels killed in encounter with army",
        "[[Eight NPA rebels|killed;a=the spokesman of the 3rd Infantry Division]] were killed in an encounter with troops in the mountains of Himamaylan City, the spokesman of the {{3rd Infantry Division}} said. "
        "Soldiers recovered [[12 high-powered firearms|other]].",
    ),
    (
        "Sulu: 32 Abu Sayyaf members surrender with firearms",
        "[[Thirty-two Abu Sayyaf members|combatants;a=the Joint Task Force Orion]] surrendered with [[20 firearms|other;a=the Joint Task Force Orion]] in Patikul, the Joint Task Force Orion said. "
        "Each will receive {{50,000 pesos}} under the government's reintegration programme.",
    ),
    (
        "Narathiwat: roadside bomb kills two rangers",
        "[[Two paramilitary rangers|killed;a=Pol Col Somkiat Thongsuk;alt=Somkiat Thongsuk]] were killed and [[three villagers|injured;a=Pol Col Somkiat Thongsuk;alt=Somkiat Thongsuk]] injured by a roadside bomb in Rueso district, Pol Col Somkiat Thongsuk said. "
        "The insurgency in the {{three southern provinces}} has killed [[more than 7,000 people|killed;a=Deep South Watch]] since {{2004}}, according to Deep South Watch.",
    ),
    (
        "Yahukimo: Papuan rebels kill five gold miners",
        "The TPNPB spokesman, Sebby Sambom, said his fighters killed [[five gold miners|killed;a=Sebby Sambom;alt=The TPNPB spokesman]] whom they accused of being spies. "
        "Police evacuated [[over 100 miners|displaced;a=police]] to Dekai, police said.",
    ),
    (
        "Thai-Cambodian border clashes: 130,000 evacuated on Thai side",
        "[[More than 130,000 people|displaced;a=the Thai Health Ministry]] have been evacuated from border districts to [[nearly 300 shelters|capacity;a=the Thai Health Ministry]], and [[13 civilians|killed;a=the Thai Health Ministry]] and [[one soldier|killed;a=the Thai Health Ministry]] have been killed, the Thai Health Ministry said. "
        "Cambodia said [[over 35,000|displaced;a=Cambodia]] people fled on its side.",
    ),
]
