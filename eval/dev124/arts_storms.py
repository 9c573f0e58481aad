"""Floods, cyclones, typhoons and hurricanes: Pakistan, Derna, Malawi, the Philippines,
Bangladesh, Kenya, southern Brazil, Grenada, Sri Lanka and Jamaica; relief camps, evacuation
centres, rescues, food packs and damaged homes (9 articles with figures, 1 without)."""

from _wrap import item

item(
    "Pakistan flood toll reaches 1,391 as Sindh runs thousands of relief camps",
    """ISLAMABAD: The death toll from the floods that have submerged {{a third}} of the country
    rose to [[1,391|killed;a=the National Disaster Management Authority (NDMA)]] on Thursday, the
    National Disaster Management Authority (NDMA) said, including [[458 children|killed;a=the
    National Disaster Management Authority (NDMA)]]. According to the NDMA, [[more than 1.7
    million houses|housing;a=the NDMA;alt=the National Disaster Management Authority (NDMA)]] have
    been damaged or destroyed and [[over 750,000 livestock|killed;a=the NDMA;alt=the National
    Disaster Management Authority (NDMA)]] have perished since the monsoon rains began in
    mid-June. The floods have affected [[about 33 million people|civilians;a=the UN]], and
    [[about 7.9 million|displaced;a=the UN]] have been displaced, the UN estimates. In Sindh, the
    worst-hit province, the provincial government said it had set up [[more than 5,000 relief
    camps|capacity;a=the provincial government]] in schools and government buildings, housing
    [[about 600,000 people|displaced;a=the provincial government]]. The army said it had
    evacuated [[more than 50,000 people|displaced;a=The army]] by helicopter and boat. Floodwater
    has washed away {{13,000 km}} of roads. The UN launched a flash appeal for {{$160 million}}
    on Tuesday, and Prime Minister Shehbaz Sharif put the losses at more than {{$10 billion}}.""",
)

item(
    "Derna counts its dead and missing after the dams gave way",
    """DERNA, Libya (Al Jazeera) – [[At least 4,300 people|killed;a=the World Health
    Organization]] have been confirmed dead and [[more than 8,500|missing;a=the World Health
    Organization]] are still missing after the dams above the eastern city of Derna burst, the
    World Health Organization said on Sunday. Storm Daniel dumped {{414 mm}} of rain in {{24
    hours}} on {{10 September}}, and the floodwater swept whole neighbourhoods into the sea. The
    International Organization for Migration said [[more than 43,000
    people|displaced;a=The International Organization for Migration]] had been displaced in the
    north-east, [[about 30,000 of them|displaced;n=-;a=The International Organization for
    Migration]] from Derna. The city's municipality said [[about 1,500 buildings|housing;a=The
    city's municipality]] had been damaged, [[891 of them|housing;n=-;u=structure;a=The city's
    municipality]] completely destroyed. [[More than 400 rescuers|other]] from Egypt, Turkey,
    the United Arab Emirates, Italy and other countries have joined the search. Teams have
    recovered [[about 3,000 bodies|killed]] from the ruins and the sea, many of them buried in
    mass graves. WHO said it had delivered [[29 tonnes|aid;a=WHO;alt=the World Health
    Organization]] of medical supplies and body bags to Benghazi. Residents are angry that
    warnings about the dams, built in the {{1970s}}, were ignored for years.""",
)

item(
    "Freddy's toll in Malawi passes 500 as camps fill and cholera looms",
    """BLANTYRE, Malawi (AFP) - Cyclone Freddy has killed [[at least 511 people|killed;a=the
    Department of Disaster Management Affairs]] in Malawi and [[533|missing;a=the Department of
    Disaster Management Affairs]] are still missing, the Department of Disaster Management Affairs
    said on Sunday. [[More than 563,000 people|displaced;a=the department;alt=the Department of
    Disaster Management Affairs]] are sheltering in [[576 camps|capacity;a=the department;alt=the
    Department of Disaster Management Affairs]], most of them schools and churches, the department
    said. UNICEF warned that crowded camps could fuel a cholera outbreak that has killed [[more
    than 1,600 people|killed;a=UNICEF]] since {{March 2022}}. The Malawi Red Cross said its
    volunteers had handed out [[8,000 buckets|aid;u=other;a=The Malawi Red Cross]] and [[3,500
    tarpaulins|aid;a=The Malawi Red Cross]]. Freddy, which hit Malawi on {{12 March}} after a
    {{second}} landfall in Mozambique, is one of the longest-lasting cyclones on record, having
    crossed the Indian Ocean over {{five weeks}}. In Blantyre's Chilobwe township, mudslides
    buried [[dozens of homes|housing]]. The World Food Programme said it planned to reach [[about
    650,000 people|aid;p;a=The World Food Programme]] with food over the next {{three
    months}}.""",
)

item(
    "Odette death toll climbs to 375 as 630,000 remain in evacuation centers",
    """MANILA, Philippines – The death toll from Typhoon Odette (Rai) climbed to [[375|killed;a=the
    Philippine National Police]] on Monday, according to the Philippine National Police, while
    [[56 people|missing;a=the Philippine National Police]] remain missing. The National Disaster
    Risk Reduction and Management Council (NDRRMC) said [[more than 630,000 people|displaced;a=The
    National Disaster Risk Reduction and Management Council (NDRRMC)]] were still staying in
    [[about 2,400 evacuation centers|capacity;a=The National Disaster Risk Reduction and
    Management Council (NDRRMC)]] or with relatives. The council said [[about 400,000
    houses|housing;a=The council;alt=The National Disaster Risk Reduction and Management Council
    (NDRRMC)]] were damaged, [[more than 100,000 of them|housing;n=-;u=structure;a=The
    council;alt=The National Disaster Risk Reduction and Management Council (NDRRMC)]] totally. In
    Siargao, where the typhoon made its first landfall on {{December 16}}, residents said they
    had gone {{five days}} without food deliveries. The Department of Social Welfare and
    Development said it had distributed [[more than 500,000 family food packs|aid;a=The Department
    of Social Welfare and Development]]. The Philippine Red Cross sent [[12 water tankers|aid]] to
    Surigao and Dinagat and asked families looking for relatives to call its hotline, {{143}}.""",
)

item(
    "Remal leaves 16 dead, lakhs of houses damaged in coastal districts",
    """Cyclone Remal, which made landfall near Mongla on Sunday night, has killed [[at least 16
    people|killed;a=the disaster management ministry]] in Bangladesh, the disaster management
    ministry said yesterday. [[Nearly 800,000 people|displaced;a=State Minister for Disaster
    Management and Relief Mohibbur Rahman]] were evacuated to [[9,424 cyclone
    shelters|capacity;a=State Minister for Disaster Management and Relief Mohibbur Rahman]] before
    the storm hit, State Minister for Disaster Management and Relief Mohibbur Rahman told
    reporters. [[Around 35,000 houses|housing]] were completely destroyed and [[1.15 lakh
    houses|housing;v=115000]] partially damaged. A storm surge of {{8 to 12 feet}} breached
    embankments in Khulna, Satkhira and Bagerhat. [[About 3.75 million people|civilians;a=the
    ministry;alt=the disaster management ministry]] were affected in [[19 districts|other;a=the
    ministry;alt=the disaster management ministry]], the ministry said. It has allocated
    [[5,500 tonnes|aid]] of rice and {{Tk 3.5 crore}} in cash
    for relief. People in the affected areas can call the national emergency number {{999}} or
    the disaster early warning line {{1090}} for help. Power was restored to most of Khulna city
    by Tuesday evening, {{48 hours}} after the storm.""",
)

item(
    "Kenya floods: death toll rises to 238 as schools reopening is pushed back",
    """NAIROBI – The death toll from the floods that have swept Kenya since {{March}} has risen to
    [[238|killed;a=government spokesperson Isaac Mwaura]], government spokesperson Isaac Mwaura
    said on Monday. [[More than 235,000 people|displaced;a=government spokesperson Isaac
    Mwaura]] have been displaced and [[75 people|missing;a=government spokesperson Isaac Mwaura]]
    are missing, he said. The government has opened [[115 camps|capacity]] for displaced
    families, most of them in schools and churches. Education Cabinet Secretary Ezekiel Machogu
    postponed the reopening of schools by {{a week}}, saying [[more than 1,900
    schools|housing;a=Education Cabinet Secretary Ezekiel Machogu]] had been damaged. In Mai
    Mahiu, a flash flood killed [[at least 48 people|killed]] last week when a blocked culvert
    gave way. The Kenya Red Cross said its teams had rescued [[more than 500 people|other;a=The
    Kenya Red Cross]] from rooftops and trees, and urged residents to call its toll-free line,
    {{1199}}. The government said it would give {{Sh10,000}} each to [[up to 40,000
    households|aid;p;a=The government]] in Nairobi's informal settlements to help them rent new
    homes. Forecasters expect more heavy rain in the coming {{two weeks}}.""",
)

item(
    "Southern Brazil floods: 538,000 out of their homes, 76,000 rescued",
    """PORTO ALEGRE, Brazil (Reuters) - The floods in southern Brazil's Rio Grande do Sul state have
    killed [[at least 147 people|killed;a=the state civil defence agency]], the state civil
    defence agency said on Monday, with [[127|missing;a=the state civil defence agency]] still
    missing and [[806 injured|injured;a=the state civil defence agency]]. [[More than 538,000
    people|displaced]] have been forced from their homes, [[about 81,000 of them|displaced;n=-]]
    in [[more than 800 shelters|capacity]] set up in gyms, schools and churches. Rescuers have
    pulled [[about 76,000 people|other]] and [[10,500 animals|other;u=other]] from flooded homes
    by boat and helicopter. The Guaíba river in Porto Alegre peaked at a record {{5.35 metres}},
    well above the {{1941}} mark. The federal government announced {{50.9 billion reais}} in
    emergency spending, including direct payments to flooded families. Porto Alegre's airport will
    stay closed until at least the end of May. Governor Eduardo Leite said rebuilding the state
    would require "a kind of Marshall Plan".""",
)

item(
    "Beryl flattens Carriacou as Grenada opens emergency shelters",
    """ST GEORGE'S, Grenada (AP) — Hurricane Beryl damaged or destroyed {{98 percent}} of the
    buildings on Carriacou and Petite Martinique, Prime Minister Dickon Mitchell said Tuesday,
    and killed [[three people|killed;a=Prime Minister Dickon Mitchell]] in the country. The
    {{Category 4}} storm hit Carriacou with winds of {{240 km/h}} on Monday, cutting power and
    water to the island's [[about 6,000 residents|civilians]]. Ferries carried [[about 1,000
    residents|displaced]] to the main island, where the government opened [[14 emergency
    shelters|capacity]] housing [[about 700 people|displaced]]. On the main island, [[about 400
    homes|housing;a=officials]] were damaged, officials said. The World Food Programme said it had
    shipped [[4,000 food kits|aid;a=The World Food Programme]] from its hub in Barbados. The
    Caribbean Disaster Emergency Management Agency deployed [[40 personnel|other]] to help assess
    the damage. "There is no power, no water, no food," said Mitchell, who flew over the island
    on Tuesday.""",
)

item(
    "Ditwah floods kill 334 in Sri Lanka as welfare centres fill",
    """COLOMBO (AFP) - Floods and landslides triggered by Cyclone Ditwah have killed [[at least 334
    people|killed;a=the Disaster Management Centre]] in Sri Lanka and [[370 people|missing;a=the
    Disaster Management Centre]] are still missing, the Disaster Management Centre said on
    Tuesday. [[More than 200,000 people|displaced;a=the centre;alt=the Disaster Management
    Centre]] are staying in [[1,275 welfare centres|capacity;a=the centre;alt=the Disaster
    Management Centre]], most of them schools and temples, the centre said. [[About 1.1 million
    people|civilians]] have been affected across the island. Landslides in the central hills
    around Kandy, where more than {{300 mm}} of rain fell in {{a day}}, buried whole hamlets.
    Navy personnel rescued [[more than 1,000 people|other]] by boat in Colombo's northern suburbs
    as the Kelani river burst its banks. The government said [[some 20,000 houses|housing;a=The
    government]] had been damaged. India said it had sent [[53 tonnes|aid;a=India]] of relief
    supplies aboard [[two naval ships|aid]]. President Anura Kumara Dissanayake declared a state
    of emergency and appealed for international help.""",
)

item(
    "Insurance payout of $92 million heads to Jamaica after Hurricane Melissa",
    """KINGSTON, Jamaica (Reuters) - The Caribbean Catastrophe Risk Insurance Facility (CCRIF) will
    pay Jamaica about {{$92 million}} after Hurricane Melissa, the largest payout in its history,
    the facility said on Monday. The payment comes on top of a {{$150 million}} catastrophe bond
    that is expected to pay out in full, the World Bank said. Melissa made landfall on {{28
    October}} as a {{Category 5}} storm with sustained winds of {{295 km/h}}, one of the strongest
    Atlantic landfalls on record. Finance Minister Fayval Williams said early estimates put
    losses at up to {{30 percent}} of gross domestic product. The government took out the bond
    in {{2024}} and renewed its parametric insurance policies in June, paying premiums of about
    {{$25 million}} a year. CCRIF payouts are triggered by wind speed and rainfall models rather
    than by loss assessments and are usually made within {{14 days}}. The facility has paid out
    more than {{$390 million}} since it was founded in {{2007}}.""",
)
