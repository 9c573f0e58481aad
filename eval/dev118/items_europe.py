"""Italy, France, Portugal, Ukraine and Russia as ANSA, the French and Portuguese services,
Ukrinform and TASS render them: landings, quakes and floods, shelling and drone attacks,
exchanges of prisoners, deportations, strikes (40 items, 3 without a figure)."""

from _wrap import item

item(
    "Lampedusa: 1.800 migrants landed in 24 hours",
    """[[Some 1.800 migrants|displaced;a=local sources]] landed in Lampedusa in the last {{24
    hours}} with [[42 boats|other]], make known local sources. In the hotspot of Contrada
    Imbriacola, built for [[400 persons|capacity]], there are at the moment [[more than 2 000
    guests|displaced;a=the Prefecture of Agrigento]], informed the Prefecture of Agrigento.""",
)

item(
    "Cutro shipwreck: toll rises to 94",
    """The balance of the shipwreck of Steccato di Cutro rose to [[94 victims|killed;a=the
    Prefecture of Crotone]], of which [[35 minors|killed;a=the Prefecture of Crotone]], informed
    the Prefecture of Crotone. The survivors are [[80|other]]. The boat had left from Turkey on
    {{22.02.2023}}.""",
)

item(
    "Emilia-Romagna flood: 36 thousand displaced",
    """They are [[36 thousand|displaced;a=the Civil Protection]] the displaced persons of the
    flood in Emilia-Romagna, communicates the Civil Protection. The victims are [[15|killed]].
    The rains fell for {{36 hours}} without interruption.""",
)

item(
    "Ischia landslide: eight dead, 230 evacuated",
    """Are [[eight|killed;a=the Prefect of Naples;alt=Claudio Palomba]] the victims of the
    landslide of Casamicciola, as indicated by the Prefect of Naples, Claudio Palomba, while
    [[four persons|missing;a=the Prefect of Naples;alt=Claudio Palomba]] are still dispersed.
    [[230 persons|displaced]] were evacuated and lodged in hotels of the island.""",
)

item(
    "Marseille: 49 dead by narcotrafficking in 2023",
    """The settlings of accounts linked to the drug trafficking caused [[49 dead|killed;a=the
    prosecutor of Marseille;alt=Nicolas Bessone]] in Marseille in {{2023}}, a record, announced
    the prosecutor of Marseille, Nicolas Bessone. [[118 persons|injured]] were wounded by
    bullets. The prosecutor spoke on {{10/01/2024}} at {{11.00}}.""",
)

item(
    "France: 1 311 persons interpellated in fourth night of riots",
    """[[1 311 persons|arrested;a=the Ministry of the Interior]] were interpellated during the
    fourth night of urban violences after the death of Nahel, {{17 years}}, announced the
    Ministry of the Interior. [[Some 45 000 police and gendarmes|combatants;n=police and
    gendarmes]] were mobilised and [[2 560 fires|other;u=other]] on the public way counted.""",
)

item(
    "Mayotte: cyclone Chido leaves 39 dead",
    """The provisional balance of the cyclone Chido in Mayotte is of [[39 dead|killed;a=the
    prefecture]] and [[more than 5 600 wounded|injured;a=the prefecture]], according to the
    prefecture. [[Some 1 200 gendarmes and firemen|combatants;n=gendarmes and firemen]] were
    sent from the Hexagon. The winds exceeded {{220 km/h}}.""",
)

item(
    "Portugal: wildfires in Aveiro consume dozens of houses",
    """The fires that burn since Sunday in the district of Aveiro destroyed [[dozens of
    houses|housing;a=the National Authority of Emergency and Civil Protection]] and caused
    [[seven dead|killed;a=the National Authority of Emergency and Civil Protection]], informed
    the National Authority of Emergency and Civil Protection. [[More than 5.000
    operationals|other]] fight the flames, supported by [[30 aerial means|other;u=other]].""",
)

item(
    "Mozambique: Portuguese sends 2,4 million euros in aid",
    """The Portuguese Government approved {{2,4 million euros}} for the victims of the cyclone
    Idai, by the Resolution of the Council of Ministers {{n.º 45/2019}}. The aid will arrive
    {{in the next 10 days}}, informed the Minister of Foreign Affairs on {{21.03.2019}}.""",
)

item(
    "Russian strike on Kharkiv: 7 killed, 50 wounded",
    """[[Seven persons|killed;a=the head of the Kharkiv Regional Military
    Administration;alt=Oleh Syniehubov]] were killed and [[more than 50|injured;a=the head of
    the Kharkiv Regional Military Administration;alt=Oleh Syniehubov]] injured as a result of
    the Russian strike on Kharkiv, reported the head of the Kharkiv Regional Military
    Administration Oleh Syniehubov. The enemy used [[two KAB-500 guided aerial
    bombs|other;v=2;u=other]].""",
)

item(
    "Ukraine returns 95 defenders from Russian captivity",
    """Ukraine returned home [[95 defenders|other;a=President Volodymyr Zelensky]] from Russian
    captivity, informed President Volodymyr Zelensky in Telegram. Among the freed are [[22
    fighters|other]] of the National Guard. It is the {{58th}} exchange since the beginning of
    the full-scale invasion.""",
)

item(
    "Air defence destroys 57 of 74 drones overnight",
    """During the night of {{12 of January}}, the enemy attacked Ukraine with [[74 attack
    drones|other;a=the Air Force of the Armed Forces of Ukraine]] of the Shahed type, informed
    the Air Force of the Armed Forces of Ukraine. The air defence destroyed [[57
    drones|other;a=the Air Force]], and [[15|other;u=other;a=the Air Force]] were locally lost,
    according to the Air Force.""",
)

item(
    "Russia's losses reach 600 thousand, General Staff says",
    """The total combat losses of the enemy from {{24.02.22}} to {{01.11.24}} amounted to
    [[approximately 697 110 persons|killed;a=the General Staff of the Armed Forces of Ukraine]],
    including [[1 230 persons|killed;a=the General Staff of the Armed Forces of Ukraine]] over
    the past day, informs the General Staff of the Armed Forces of Ukraine. Also destroyed: [[9
    244 tanks|other]] and [[20 000 artillery systems|other;u=other]].""",
)

item(
    "Kherson region: 2 thousand persons evacuated from flooded zone",
    """After the explosion of the Kakhovka dam, [[more than 2 thousand persons|displaced;a=the
    head of the Kherson Regional Military Administration;alt=Oleksandr Prokudin]] were evacuated
    from the flooded zone, said the head of the Kherson Regional Military Administration
    Oleksandr Prokudin. Under the water are [[some 80 settlements|other;u=other]].""",
)

item(
    "Ukrinform: 19 546 children deported to Russia",
    """According to the portal Children of War, [[19 546 Ukrainian children|displaced;a=the
    portal Children of War]] were deported to Russia. Only [[388|returned]] have been returned
    home. The law No. {{2155-IX}} was adopted in {{2022}}.""",
)

item(
    "TASS: Belgorod shelling leaves 14 dead",
    """As a result of the shelling of Belgorod by the Ukrainian Armed Forces [[14
    people|killed;a=the governor of the Belgorod region;alt=Vyacheslav Gladkov]] died, among
    them [[two children|killed;a=the governor of the Belgorod region;alt=Vyacheslav Gladkov]],
    the governor of the Belgorod region Vyacheslav Gladkov said. [[108 persons|injured;a=the
    regional health ministry]] requested medical help, it was informed by the regional health
    ministry.""",
)

item(
    "TASS: 1 500 residents of Kursk region lodged in temporary accommodation points",
    """[[Some 1 500 residents|displaced;a=the regional government]] of the border districts of
    the Kursk region are lodged in [[37 temporary accommodation points|capacity;a=the regional
    government]], reported the regional government. Each family receives {{10 thousand
    roubles}}. The curfew begins at {{22.00}}.""",
)

item(
    "Dagestan: 22 dead in attacks on churches and synagogue",
    """The number of dead in the terrorist attacks in Derbent and Makhachkala rose to
    [[22|killed;a=the Investigative Committee]], including [[15 police officers|killed;a=the
    Investigative Committee]], informed the Investigative Committee. [[Five attackers|killed]]
    were neutralised.""",
)

item(
    "Italy: 5 workers die in Brandizzo train accident",
    """[[Five workers|killed;a=ANSA]] died run over by a train in Brandizzo, near Turin, at
    {{23.50}} of Wednesday, according to ANSA. They were aged between {{22}} and {{52 years}}.
    The train ran at {{160 km/h}}.""",
)

item(
    "Italy: strike of transports, 60% of trains cancelled",
    """The national strike of {{24 hours}} of the transports stopped the {{60%}} of the regional
    trains, informs the Ministry of Infrastructures. The unions announced a new strike for the
    {{15/12}} and a demonstration at {{10.30}} in Piazza del Popolo.""",
)

item(
    "Turkey quake: Italian rescuers save 3",
    """The team of the Italian Firemen extracted alive from the rubble [[three
    persons|other;a=the Department of the Firemen]] in Antakya, informed the Department of the
    Firemen. In the mission participate [[some 50 operators|other]] and [[four
    dogs|other;u=other]].""",
)

item(
    "Moldova: 200 refugees cross each hour at Palanca",
    """The point of Palanca receives [[some 200 Ukrainian refugees per hour|displaced;a=the
    Border Police]], said the Border Police. In total, [[more than 300.000
    persons|displaced;a=the Border Police]] entered Moldova since {{24 February}}, of them
    [[some 100 thousand|displaced]] remain in the country.""",
)

item(
    "Zaporizhzhia: 1 killed, 5 wounded in guided bomb attack",
    """[[One person|killed;a=the head of the Regional Military Administration;alt=Ivan Fedorov]]
    was killed and [[five|injured;a=the head of the Regional Military Administration;alt=Ivan
    Fedorov]] injured in the attack on Zaporizhzhia at {{13.40}}, announced the head of the
    Regional Military Administration Ivan Fedorov. [[26 private houses|housing]] and a school
    were damaged.""",
)

item(
    "Ukraine: 1.2 million without electricity after massive attack",
    """After the combined attack of the night, [[more than 1,2 million
    consumers|civilians;v=1200000;a=the Ministry of Energy]] remain without power supply,
    informed the Ministry of Energy. The enemy launched [[127 missiles|other;a=the Air Force]]
    and [[109 drones|other;a=the Air Force]], according to the Air Force.""",
)

item(
    "Russia: fire in Kemerovo shopping mall, 60 dead",
    """The number of the dead of the fire in the trade centre Zimnyaya Vishnya in Kemerovo rose
    to [[60|killed;a=the Ministry of Emergencies]], informs the Ministry of Emergencies. Of
    them, [[41|killed]] are children. [[Some 660 rescuers|other]] worked on the site.""",
)

item(
    "Odesa: 12 dead after missile strike on port",
    """The number of dead from the Russian missile strike on the port infrastructure of Odesa
    increased to [[12 persons|killed;a=the Odesa Regional Military Administration]], informed
    the Odesa Regional Military Administration. [[Another 7|injured]] are in hospitals. The
    strike hit a civilian vessel under the flag of St. Kitts and Nevis at {{18.30}}.""",
)

item(
    "Sicily: 41 migrants missing after shipwreck off Lampedusa",
    """[[41 migrants|missing;a=the survivors]] are dispersed after the shipwreck of a boat
    departed from Sfax, told the survivors to the operators of UNHCR. [[Four survivors|other]],
    of them a boy of {{13 years}}, were saved by a merchant ship.""",
)

item(
    "Naples: evacuation plan for Campi Flegrei",
    """The Civil Protection prepared a plan to move [[some 500 thousand
    residents|displaced;p;a=The Civil Protection]] of the red zone of the Campi Flegrei in {{72
    hours}}. The earthquake of magnitude {{4.4}} of {{20/05/2024}} damaged [[some 30
    buildings|housing]].""",
)

item(
    "Paris: over a million demonstrators against pension reform",
    """The Ministry of the Interior counted [[1,28 million demonstrators|other;v=1280000;a=The
    Ministry of the Interior]] in France, of which [[93 000|other;a=The Ministry of the
    Interior]] in Paris, while the CGT claimed [[more than 3,5 million|other;v=3500000;a=the
    CGT]]. [[Some 457 persons|arrested;a=the minister Gérald Darmanin]] were interpellated, said
    the minister Gérald Darmanin.""",
)

item(
    "Kyiv: 43 thousand apartments without heating",
    """[[More than 43 thousand apartments|civilians;u=structure;a=Kyiv City Military
    Administration]] in the Darnytskyi district remain without heating after the attack on the
    thermal power plant, reports Kyiv City Military Administration. The temperature outside is
    of {{minus 10}} degrees.""",
)

item(
    "TASS: Crocus City Hall toll rises to 144",
    """The number of dead of the terrorist attack in Crocus City Hall rose to [[144|killed;a=the
    Ministry of Emergencies]], informed the Ministry of Emergencies. [[551 persons|injured;a=the
    Ministry of Health]] applied for medical help, as indicated by the Ministry of Health.
    [[Eleven persons|arrested]], among them [[the four direct
    perpetrators|arrested;n=perpetrators]], were detained.""",
)

item(
    "Kharkiv region: between 200 and 300 residents refuse to leave Kupiansk",
    """In Kupiansk there remain [[between 200 and 300 residents|civilians;a=the head of the city
    military administration]], who refuse to evacuate, said the head of the city military
    administration. The mandatory evacuation of families with children was announced for [[37
    settlements|other;u=other]] of the community.""",
)

item(
    "Ukrinform: hundreds of thousands of Odesa residents without water",
    """As a result of the night attack, [[hundreds of thousands of residents|civilians;a=the
    mayor]] of Odesa remain without water and heating, as indicated by the mayor. Rescuers
    pulled [[15-20 persons|other;a=the State Emergency Service]] from the rubble, according to
    the State Emergency Service.""",
)

item(
    "ANSA: Calabria, 60-70 migrants missing off Roccella Ionica",
    """[[Between 60 and 70 migrants|missing;a=the UNHCR]] are dispersed at sea after the
    shipwreck of a sailing boat off Roccella Ionica, the UNHCR said. The survivors,
    [[eleven|other]], were brought to the port at {{16.40}}.""",
)

item(
    "France: 3 000 to 4 000 persons evacuated in Pas-de-Calais",
    """The floods in the Pas-de-Calais forced the evacuation of [[3 000 to 4 000
    persons|displaced;a=the prefect]], estimated the prefect, and [[several hundreds of
    houses|housing]] are flooded. The Aa river rose {{2 metres}} in {{two days}}.""",
)

item(
    "Portugal: 1.500 migrants regularised a day",
    """The Agency for Integration, Migrations and Asylum (AIMA) regularises [[some 1.500
    migrants a day|other;a=The Agency for Integration, Migrations and Asylum (AIMA)]], with
    [[400 thousand|other;u=other;a=The Agency for Integration, Migrations and Asylum (AIMA)]]
    processes still pending. The President of the AIMA, of {{62 years}}, took office in
    {{2023}}.""",
)

item(
    "TASS: 32 servicemen returned from captivity",
    """As a result of the negotiation process, [[32 Russian servicemen|other;a=the Russian
    Defence Ministry]] were returned from the territory controlled by Kyiv, the Russian Defence
    Ministry said. In return, [[32 prisoners|other]] of war of the Armed Forces of Ukraine were
    handed over.""",
)

item(
    "Italy: 5 dead in Casteldaccia, workers poisoned in sewer",
    """[[Five workers|killed;a=the firemen]] died poisoned by hydrogen sulphide in a sewer in
    Casteldaccia, near Palermo, the firemen informed. [[One|injured]] is in serious conditions
    in the hospital of Palermo.""",
)

item(
    "Ukraine: 1 000 days of war",
    """On {{19 November 2024}} Ukraine marked {{1 000 days}} of the full-scale war. The
    Verkhovna Rada adopted the law No. {{3633}} on the same day, and the President signed the
    decree No. {{787/2024}} at {{10.00}}.""",
)

item(
    "Spain: 23 dead in Melilla border jump",
    """[[Some 2.000 migrants|other;a=the Government Delegation]] attempted to jump the fence of
    Melilla, of which [[133|other;a=the Government Delegation]] managed to enter, informed the
    Government Delegation. The Moroccan authorities reported [[23 dead|killed;a=The Moroccan
    authorities]] and [[several dozen|injured;a=The Moroccan authorities]] wounded.""",
)
