"""Indonesia and Vietnam as Antara and VNA render them: quakes, floods, landslides and
typhoons, Rohingya landings, Papua, evacuations, aid and rebuilding (34 items, 3 without a
figure)."""

from _wrap import item

item(
    "Cianjur earthquake: death toll reaches 602",
    """The National Disaster Mitigation Agency (BNPB) noted that the number of fatalities of the
    Cianjur earthquake reached [[602 people|killed;a=The National Disaster Mitigation Agency
    (BNPB)]], while [[eight people|missing;a=The National Disaster Mitigation Agency (BNPB)]]
    are still missing. [[As many as 114.683 persons|displaced;a=the BNPB head;alt=Suharyanto]]
    are displaced, said the BNPB head Suharyanto.""",
)

item(
    "Semeru eruption: 2.970 houses affected",
    """The eruption of Mount Semeru affected [[2.970 houses|housing;a=the BNPB]] and [[some
    5.205 residents|civilians;a=the BNPB]] in Lumajang district, the BNPB informed. [[As many as
    51 people|killed]] lost their lives. The status of the volcano was raised to level {{IV}} at
    {{12.00}} local time.""",
)

item(
    "Rohingya refugees land in Aceh",
    """[[As many as 249 Rohingya refugees|displaced;a=the head of the Pidie Regency Social
    Service]] landed in the coast of Pidie, Aceh province, on Sunday, according to what was
    reported by the head of the Pidie Regency Social Service. Among them are [[some 60
    children|displaced]]. It is the {{fifth}} landing in one week.""",
)

item(
    "Aceh residents refuse Rohingya landing",
    """The local residents refused the landing of [[more than 200 Rohingya|displaced;a=the
    village chief]], as indicated by the village chief, and asked the government to relocate
    them within {{three days}}. The refugees have been at sea for {{almost a month}}.""",
)

item(
    "Papua: armed criminal group kills 4 workers",
    """The Papuan armed criminal group (KKB) shot dead [[four workers|killed;a=the Papua
    Regional Police spokesperson;alt=Senior Commissioner Ignatius Benny Ady Prabowo]] of a
    telecommunication tower construction in Puncak, said the Papua Regional Police spokesperson,
    Senior Commissioner Ignatius Benny Ady Prabowo. [[Two others|injured]] were evacuated to
    Timika with a helicopter at {{09.15}} WIT.""",
)

item(
    "Pilot Philip Mehrtens freed after 19 months",
    """The New Zealand pilot of Susi Air was freed by the armed group after {{19 months}} of
    captivity, said the Cartenz Peace Task Force. The operation involved no shooting, the task
    force added. The pilot, {{38 years}} old, was held since {{07/02/2023}}.""",
)

item(
    "Floods in Demak: 25 thousand people evacuated",
    """The floods in Demak, Central Java, forced [[some 25 thousand people|displaced;a=the
    Regional Disaster Mitigation Agency (BPBD)]] to evacuate, informed the Regional Disaster
    Mitigation Agency (BPBD). The water inundated [[11 sub-districts|other;u=other]], with a
    height of {{up to 2 metres}}.""",
)

item(
    "West Sumatra cold lava floods: 67 dead",
    """The death toll of the cold lava flood of Mount Marapi in West Sumatra increased to [[67
    people|killed;a=BNPB]], while [[20 people|missing;a=BNPB]] are still being searched, BNPB
    said. [[As many as 3.396 people|displaced]] took refuge in [[six evacuation
    posts|capacity;u=structure]].""",
)

item(
    "Kanjuruhan stadium tragedy: 135 dead",
    """The number of victims of the Kanjuruhan stadium tragedy in Malang rose to [[135
    people|killed;a=the East Java Governor;alt=Khofifah Indar Parawansa]], as indicated by the
    East Java Governor Khofifah Indar Parawansa. [[More than 500|injured]] were injured. Police
    fired [[11 tear gas shots|other;u=other;a=the National Commission on Human Rights]] into the
    stands, the National Commission on Human Rights said.""",
)

item(
    "Antara: 1 200 police deployed to secure Jakarta rally",
    """[[As many as 1 200 personnel|combatants;a=the Central Jakarta Police chief]] were
    deployed to secure the rally in front of the House of Representatives (DPR), said the
    Central Jakarta Police chief. The police arrested [[94 people|arrested;a=The police]], of
    them [[some 20 minors|arrested;a=The police]], the police said. The rally began at
    {{13.00}}.""",
)

item(
    "Social Ministry distributes 200 tons of rice to flood victims",
    """The Social Affairs Ministry distributed [[200 tons|aid;a=the minister;alt=Tri
    Rismaharini]] of rice and [[5.000 packages|aid;a=the minister;alt=Tri Rismaharini]] of food
    to victims of the flood in South Kalimantan, said the minister Tri Rismaharini. Assistance
    worth {{Rp2,5 billion}} was handed over.""",
)

item(
    "Central Sulawesi quake: 4 thousand houses damaged",
    """The earthquake of magnitude {{6,2}} in Poso damaged [[some 4 thousand
    houses|housing;a=the BPBD of Central Sulawesi]], according to the BPBD of Central Sulawesi.
    [[1.250 families|displaced]] are in tents. The quake occurred at {{02.25}} WITA at a depth
    of {{10 kilometres}}.""",
)

item(
    "Indonesia: 2024 budget deficit at 2,29 percent",
    """The state budget deficit reached {{Rp507,8 trillion}} or {{2,29 percent}} of GDP in
    {{2024}}, the Finance Minister Sri Mulyani Indrawati said on {{06/01/2025}}. The revenue
    grew {{2,1 percent}} year-on-year.""",
)

item(
    "Lewotobi eruption: 10 dead, 2 734 evacuated",
    """The eruption of Mount Lewotobi Laki-Laki in East Flores killed [[10 people|killed;a=the
    head of the BNPB Data Center;alt=Abdul Muhari]], said the head of the BNPB Data Center,
    Abdul Muhari. [[2 734 residents|displaced;a=the head of the BNPB Data Center;alt=Abdul
    Muhari]] of [[seven villages|other]] were evacuated to [[the nine shelters|capacity;a=the
    head of the BNPB Data Center;alt=Abdul Muhari]] prepared by the local government, he
    added.""",
)

item(
    "Typhoon Yagi: 299 dead and missing in northern Vietnam",
    """Typhoon Yagi and the floods and landslides following it left [[233 dead|killed;a=the
    Ministry of Agriculture and Rural Development]] and [[66 missing|missing;a=the Ministry of
    Agriculture and Rural Development]] in northern provinces, according to the Ministry of
    Agriculture and Rural Development. [[807 people|injured;a=the ministry;alt=the Ministry of
    Agriculture and Rural Development]] were injured, the ministry said.""",
)

item(
    "Lang Nu village: 37 bodies found after flash flood",
    """Rescuers found [[37 bodies|killed;a=the Lao Cai provincial People's Committee]] in the
    Lang Nu village, Bao Yen district, after the flash flood, reported the Lao Cai provincial
    People's Committee. [[More than 40 people|missing]] are still missing. The village had been
    home to [[35 households|civilians]].""",
)

item(
    "Vietnam evacuates 58,000 people ahead of Typhoon Noru",
    """Central provinces evacuated [[more than 58 000 people|displaced;a=the National Steering
    Committee for Natural Disaster Prevention and Control]] to safe places, informed the
    National Steering Committee for Natural Disaster Prevention and Control. [[Some 40 000
    soldiers|combatants;p;a=the Ministry of National Defence]] are ready to be mobilised, the
    Ministry of National Defence said.""",
)

item(
    "Vietnamese citizens repatriated from Myanmar scam centres",
    """[[As many as 200 Vietnamese citizens|returned;a=the Consular Department]] rescued from
    online scam compounds in Myawaddy were brought home via the Thai border on {{18/03/2025}},
    the Consular Department said. Among them were [[17 women|returned]]. The ministry expects to
    receive [[another 400 citizens|returned;p;a=The ministry]] in {{the coming weeks}}.""",
)

item(
    "Hanoi: fire in mini apartment kills 56",
    """The fire of the mini apartment building in Khuong Dinh ward killed [[56
    people|killed;a=the Ministry of Public Security]] and injured [[37|injured;a=the Ministry of
    Public Security]], the Ministry of Public Security informed. The building, of {{nine
    floors}}, had [[45 flats|other;u=structure]] and housed [[about 150 residents|other]].""",
)

item(
    "Mekong Delta: 68 thousand hectares of rice affected by salinity",
    """The saltwater intrusion affects [[some 80.000 households|civilians;a=the Ministry of
    Agriculture and Rural Development]] without fresh water, according to the Ministry of
    Agriculture and Rural Development. The salinity entered {{50 to 60 kilometres}} inland, and
    {{68.000 hectares}} of rice are affected.""",
)

item(
    "VNA: Vietnam sends 24 tonnes of aid to Myanmar",
    """Vietnam sent [[24 tonnes|aid;a=the Ministry of National Defence]] of relief goods and a
    rescue team of [[80 members|other]] to Myanmar after the earthquake of magnitude {{7,7}},
    informed the Ministry of National Defence. The aid flight left Noi Bai at {{6.00}} on
    {{30/3}}.""",
)

item(
    "Quang Nam landslide: 13 soldiers buried",
    """A landslide buried [[13 officers and soldiers|missing;a=the Military Region 5
    Command;n=officers and soldiers]] of the Economic-Defence Group {{207}} in Phuoc Loc,
    according to the Military {{Region 5}} Command. [[Two bodies|killed]] have been
    recovered.""",
)

item(
    "Hue floods: 3.000 households relocated",
    """The city of Hue relocated [[3.000 households|displaced;a=the city's Steering Committee]]
    from low-lying areas, and [[more than 12 thousand houses|housing;a=the city's Steering
    Committee]] are submerged, the city's Steering Committee reported. Water of the Huong River
    rose {{4,5 metres}}.""",
)

item(
    "Lombok quake: 436 dead, 352 thousand displaced",
    """The earthquake of {{5 August}} in Lombok killed [[436 people|killed;a=BNPB
    spokesman;alt=Sutopo Purwo Nugroho]] and displaced [[352.793 people|displaced;a=BNPB
    spokesman;alt=Sutopo Purwo Nugroho]], BNPB spokesman Sutopo Purwo Nugroho said. [[More than
    71 thousand houses|housing]] were damaged.""",
)

item(
    "Sulawesi tsunami: 2.256 bodies buried",
    """A total of [[2.256 bodies|killed;a=the BNPB]] were buried in Palu, Sigi and Donggala,
    according to the BNPB. [[Some 1.309 people|missing]] are still missing and [[223
    thousand|displaced]] live in [[122 evacuation points|capacity]].""",
)

item(
    "Jakarta: 1.000 firefighters to battle market blaze",
    """[[As many as 1.000 firefighters|other;a=the Jakarta Fire Department]] and [[120 fire
    engines|other;u=other;a=the Jakarta Fire Department]] were mobilised to extinguish the fire
    at Pasar Senen, the Jakarta Fire Department said. The fire destroyed [[some 400
    kiosks|housing;u=structure]].""",
)

item(
    "Aceh floods: 40 thousand residents displaced",
    """The floods in North Aceh forced [[40.211 residents|displaced;a=the Aceh BPBA]] to take
    refuge in [[139 evacuation points|capacity;a=the Aceh BPBA]], the Aceh BPBA stated on
    {{08/01/2025}}. The flood inundated [[around 9 thousand houses|housing]].""",
)

item(
    "Garut: Ministry to build 200 temporary houses",
    """The Public Works Ministry will build [[200 units|capacity;p;a=the Ministry's director
    general]] of temporary houses for the victims of the quake in Garut within {{two months}},
    said the Ministry's director general. Every unit measures {{36 square metres}}.""",
)

item(
    "Vietnam: 1.000 people evacuated as Son La hit by landslide",
    """Authorities of Son La province evacuated [[1.024 people|displaced;a=the provincial
    authorities]] of [[257 households|displaced;a=the provincial authorities]] from zones at
    risk of landslide, the provincial authorities said. [[Four houses|housing]] were swept
    away.""",
)

item(
    "Vietnam Airlines adds 1.500 flights for Tet",
    """Vietnam Airlines will add [[1.500 flights|other;p;a=the carrier]] during the Lunar New
    Year holiday, equivalent to [[more than 300 thousand seats|other;p;u=other;a=the carrier]],
    the carrier said. The peak period runs from {{15/01}} to {{15/02/2025}}.""",
)

item(
    "Indonesia: inflation at 2,84 percent in September",
    """The annual inflation in September was {{2,84 percent}}, the Central Statistics Agency
    (BPS) said on {{01/10/2024}}. The price of rice rose {{0,2 percent}} month-to-month, the
    agency's deputy added at {{11.00}} WIB.""",
)

item(
    "Mentawai quake: 3 dead, 1.000 residents flee to hills",
    """[[Three people|killed;a=the head of the BPBD of Mentawai]] died and [[around 1.000
    residents|displaced;a=the head of the BPBD of Mentawai]] fled to higher grounds fearing a
    tsunami, the head of the BPBD of Mentawai said. The quake of magnitude {{6,1}} occurred at
    {{03.00}}.""",
)

item(
    "Hanoi: 123 thousand people affected by Red River flood",
    """The flood of the Red River affected [[over 123 thousand people|civilians;a=the Hanoi
    People's Committee]] in [[20 districts|other;a=the Hanoi People's Committee]], the Hanoi
    People's Committee reported. The water level at Long Bien bridge reached {{9,6 metres}}.""",
)

item(
    "Rohingya boat: 15 bodies retrieved off Aceh",
    """Search teams retrieved [[15 bodies|killed;a=the head of the Aceh SAR Agency]] of Rohingya
    refugees after a boat capsized off West Aceh, the head of the Aceh SAR Agency said. [[Around
    70 people|missing]] are believed to be still missing, while [[69|other]] were rescued.""",
)
