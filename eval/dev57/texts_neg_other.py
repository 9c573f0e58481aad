"""dev57 negatives: ordinary state-media copy (economy, trade, weather, space, pilgrims, a climate
conference) and accidents of armed forces and ports; kinds negative_other and
hard_negative_accident.
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Shenzhou-19 crewed spaceship launched to Tiangong space station",
        "China launched the Shenzhou-19 crewed spaceship from the Jiuquan Satellite Launch Centre "
        "in northwest China early on Wednesday, sending three astronauts to the Tiangong space "
        "station for a six-month mission, the China Manned Space Agency said. The crew includes "
        "the country's first female space engineer, CGTN reported. The spaceship docked with the "
        "station about six and a half hours after launch.",
        "other",
    ),
    (
        "China's GDP grows 4.6 percent in third quarter",
        "China's gross domestic product grew 4.6 percent year on year in the third quarter, the "
        "National Bureau of Statistics said on Friday, Xinhua reported. Retail sales and "
        "industrial output picked up in September, and a spokesperson said the package of "
        "incremental policies would help the economy reach its annual target of around 5 percent.",
        "other",
    ),
    (
        "Moscow records heaviest snowfall in a century",
        "Moscow recorded its heaviest snowfall for the date in more than a hundred years on "
        "Wednesday, with the snow cover at the VDNKh weather station reaching 52 centimetres, the "
        "Hydrometeorological Centre said, TASS reported. City services deployed 17,000 "
        "snow-clearing machines, and several flights were delayed at Sheremetyevo airport. "
        "Forecasters expect frost down to minus 20 degrees by the weekend.",
        "other",
    ),
    (
        "Over 1.8 million pilgrims perform Hajj this year",
        "The total number of pilgrims who performed Hajj this year reached 1,833,164, the General "
        "Authority for Statistics said, the Saudi Press Agency reported. Pilgrims from abroad "
        "numbered 1,611,310, arriving through air, land and sea ports, while domestic pilgrims "
        "numbered 221,854. The Minister of Hajj and Umrah said the season had been a success.",
        "other",
    ),
    (
        "Palm oil exports rise 12 percent on strong demand from India",
        "Malaysia's palm oil exports rose 12 percent in October from a month earlier, driven by "
        "strong demand from India and China, cargo surveyor data showed, Bernama reported. "
        "Benchmark crude palm oil futures on Bursa Malaysia Derivatives closed higher at 4,890 "
        "ringgit a tonne, and the ringgit strengthened against the US dollar.",
        "other",
    ),
    (
        "South Korea's chip exports hit record high in September",
        "South Korea's semiconductor exports rose 37 percent on-year to a record 13.6 billion "
        "dollars in September, the Ministry of Trade, Industry and Energy said, Yonhap News Agency "
        "reported. Overall exports grew for a 12th straight month, and the trade balance posted a "
        "surplus for the fourth consecutive month.",
        "other",
    ),
    (
        "IMD forecasts above-normal monsoon rainfall this year",
        "The India Meteorological Department forecast above-normal rainfall during the southwest "
        "monsoon season this year, at 106 percent of the long-period average, PTI reported. The La "
        "Nina conditions expected by August would favour good rains across most of the country, "
        "except parts of the northeast and the east, the department's director general said.",
        "other",
    ),
    (
        "QatarEnergy signs 27-year LNG supply agreement with Sinopec",
        "QatarEnergy signed a 27-year agreement to supply four million tonnes of liquefied natural "
        "gas a year to China's Sinopec from the North Field East expansion project, QNA reported. "
        "The Minister of State for Energy Affairs said it was the longest LNG supply deal in the "
        "history of the industry. Deliveries are expected to start in 2026.",
        "other",
    ),
    (
        "Rice exports earn record sums as prices stay high",
        "Viet Nam exported 7.8 million tonnes of rice in the first ten months of the year, earning "
        "4.3 billion dollars, up 23 percent on a year earlier, the Ministry of Agriculture and "
        "Rural Development said, according to the Vietnam News Agency. The Philippines remained "
        "the largest buyer, followed by Indonesia and Malaysia.",
        "other",
    ),
    (
        "Ethiopian Airlines launches Addis Ababa-Lome-Sao Paulo route",
        "Ethiopian Airlines launched a new route connecting Addis Ababa with Sao Paulo via Lome, "
        "the carrier's Group CEO said at a ceremony, ENA reported. The airline now serves more "
        "than 140 international destinations, and will add six new Boeing 787 aircraft to its "
        "fleet this year, he said.",
        "other",
    ),
    (
        "COP29 opens in Baku with call to agree new climate finance goal",
        "The 29th session of the Conference of the Parties to the UN Framework Convention on "
        "Climate Change opened at Baku Olympic Stadium on Monday, AZERTAC reported. The COP29 "
        "President said the conference must agree a new collective quantified goal on climate "
        "finance, and called on developed countries to meet their commitments. More than 70,000 "
        "participants registered for the two-week conference.",
        "other",
    ),
    (
        "Ten killed as two navy helicopters collide during parade rehearsal in Lumut",
        "Ten crew members were killed when two Royal Malaysian Navy helicopters, an AW139 and a "
        "Fennec, collided in mid-air and crashed during a rehearsal for the navy's 90th "
        "anniversary celebration at the Lumut naval base on Tuesday morning, the navy said, "
        "Bernama reported. A board of inquiry has been set up to investigate the cause of the "
        "crash, and the celebration was cancelled.",
        "accident",
    ),
    (
        "Fire at Arys ammunition depot triggers blasts; 44,000 evacuated",
        "A fire at an ammunition depot of a military unit in Arys, Turkestan region, set off a "
        "series of explosions on Monday morning, killing one person and injuring more than 40, the "
        "Ministry of Defence said, Kazinform reported. All 44,000 residents of the town were "
        "evacuated by bus and train to neighbouring districts, and a state of emergency was "
        "declared. Preliminary findings point to a violation of storage rules, the ministry said.",
        "accident",
    ),
    (
        "Explosion at Shahid Rajaee port kills dozens; chemical cargo blamed",
        "A massive explosion at the Shahid Rajaee port near Bandar Abbas on Saturday killed at "
        "least 57 people and injured more than 1,200, the head of Hormozgan's crisis management "
        "department told IRNA. The blast appears to have originated in containers of chemical "
        "materials that had been improperly stored, the Interior Minister said, ruling out "
        "sabotage for now. Schools and offices in Bandar Abbas were closed as smoke spread over "
        "the city.",
        "accident",
    ),
    (
        "Nine soldiers killed as Army truck skids into gorge in Ladakh",
        "Nine Army personnel were killed and one injured when their truck skidded off the road and "
        "fell into a deep gorge near Kyari, about 150 km from Leh, on Saturday evening, officials "
        "said, PTI reported. The vehicle was part of a convoy moving from Karu garrison to Leh, "
        "and the driver lost control at a sharp bend, an officer said.",
        "accident",
    ),
]
