"""Live-blog entries and ticker items from disasters: earthquakes, floods, landslides,
cyclones, hurricanes, wildfires, a port explosion and a plane crash (16 entries with figures, 1
without)."""

from _wrap import item

item(
    "Turkey-Syria earthquake: toll passes 5,000",
    """Posted at {{06:41}} — The combined death toll from the two earthquakes in Turkey and Syria
    has passed [[5,000|killed;q=at_least]]. Afad, Turkey's disaster agency, says [[3,419
    people|killed;a=Afad]] have died there and [[20,534|injured;a=Afad]] have been injured. In
    Syria, [[at least 1,602 people|killed;a=the health ministry and the White Helmets rescue
    group]] have been killed in government- and rebel-held areas combined, according to the
    health ministry and the White Helmets rescue group. Afad says [[5,775
    buildings|housing;a=Afad]] have collapsed and [[more than 24,400 emergency
    workers|other;a=Afad]] are now on the ground. [[Around 380,000 people|displaced;
    a=Afad]] have taken refuge in government shelters or hotels, it added. The first quake, of
    magnitude {{7.8}}, struck
    at {{04:17}} local time at a depth of {{17.9km}}.""",
)

item(
    "Derna floods: officials give conflicting tolls",
    """The latest: Officials in eastern Libya are giving sharply different figures for the dead in
    Derna. Othman Abduljaleel, the eastern administration's health minister, said [[3,166
    bodies|killed;a=Othman Abduljaleel]] had been buried, while Mayor Abdulmenam al-Ghaithi told
    Al Arabiya the toll could reach [[18,000 to 20,000|killed;p;a=Mayor Abdulmenam al-Ghaithi]].
    [[About 10,000 people|missing;a=the Libyan Red Crescent]] are still missing, the Libyan Red
    Crescent said. The International Organization for Migration says [[more than 43,000
    people|displaced;a=The International Organization for Migration]] have been displaced across
    the north-east. [[891 buildings|housing;a=a preliminary satellite assessment]] in Derna were
    destroyed, according to a preliminary satellite assessment. [[Three Turkish
    aircraft|aid]] landed in Benghazi overnight with [[168 rescue workers|other]] and
    equipment. The city's two dams were built
    in the {{1970s}}.""",
)

item(
    "Ex-Tropical Cyclone Alfred: live updates",
    """By {{7:15am}}: Energex says [[more than 240,000 customers|civilians;a=Energex]] are without
    power in south-east Queensland this morning. Premier David Crisafulli says [[about 1,000
    people|displaced;a=Premier David Crisafulli]] spent the night in [[13 evacuation
    centres|capacity;a=Premier David Crisafulli]] across Brisbane and the Gold Coast. Wind gusts
    of {{110km/h}} were recorded at Cape Moreton overnight, and [[more than 300
    schools|other]] remain closed. By {{8:02am}}: [[Two hundred ADF personnel|combatants]] have
    been sent to help with the clean-up. [[Thirteen soldiers|injured;a=Defence]] were taken to
    hospital after [[two army trucks|other;a=Defence]] rolled over near Lismore on Saturday,
    Defence said.""",
)

item(
    "LA fires: structures lost climb past 12,000",
    """From CNN staff: The Eaton and Palisades fires have now destroyed or damaged [[more than
    12,000 structures|housing;a=Cal Fire]], according to Cal Fire. The Los Angeles County
    medical examiner has confirmed [[24 deaths|killed;a=The Los Angeles County medical
    examiner]], up from [[16|killed;a=The Los Angeles County medical examiner]] on Saturday.
    [[Sixteen people|missing;a=Sheriff Robert Luna]] are still missing, Sheriff Robert Luna said
    Sunday. [[About 150,000 people|displaced;p]] remain under evacuation orders as forecasters
    warn of winds of {{50 to 70 mph}}. The Palisades fire has burned {{23,700 acres}} and is
    {{13%}} contained; [[more than 14,000 firefighters|other;a=Cal Fire]] are on the lines
    statewide, Cal Fire said. Police have arrested [[at least 29 people|arrested;a=Police]]
    for looting in evacuation zones, they said.""",
)

item(
    "Wayanad Landslide LIVE Updates",
    """{{10:35 am}}: The death toll in the Wayanad landslides has risen to
    [[167|killed;a=officials]], officials said, with [[191 people|missing;a=officials]] still
    missing. Chief Minister Pinarayi Vijayan said [[8,017 people|displaced;a=Chief Minister
    Pinarayi Vijayan]] from [[2,300 families|displaced;a=Chief Minister Pinarayi Vijayan]] have
    been shifted to [[82 relief camps|capacity;a=Chief Minister Pinarayi Vijayan]] in the
    district. The Army has rescued [[over 1,000 people|other]] from Mundakkai and Chooralmala
    and is building a {{190-foot}} Bailey bridge across the swollen river. {{11:10 am}}:
    [[Two more bodies|killed]] have been found downstream in Malappuram.""",
)

item(
    "Valencia floods live: toll rises to 202",
    """{{12.30 CET}} The regional government of Valencia says the confirmed death toll from the
    floods has risen to [[202|killed;a=The regional government of Valencia]], all but
    [[three of them|killed;n=-;a=The regional government of Valencia]] in the province of Valencia.
    {{13.05 CET}} Fernando Grande-Marlaska, the interior minister, says [[7,500 troops and police
    officers|combatants;n=troops and police officers;a=Fernando Grande-Marlaska]] are now
    deployed, with [[a further 5,000|combatants;p;a=Fernando Grande-Marlaska]] to arrive over the
    weekend. [[Around 1,800 people|missing;a=a government hotline]] are still reported missing,
    according to a government hotline, though officials say that number will fall. Emergency
    services said they had towed [[more than 3,000 cars|other;a=Emergency services]] from the
    streets of Paiporta alone.""",
)

item(
    "Myanmar earthquake: toll passes 1,600",
    """BREAKING: Myanmar's military government says the death toll from {{Friday}}'s
    magnitude-{{7.7}} earthquake has risen to [[1,644|killed;a=Myanmar's military government]],
    with [[3,408|injured;a=Myanmar's military government]] injured and
    [[139|missing;a=Myanmar's military government]] missing. In Bangkok, [[at least 10
    people|killed;a=Bangkok's governor]] were killed when a {{30-storey}} tower under
    construction collapsed, and [[78 workers|missing;a=Bangkok's governor]] are unaccounted for,
    Bangkok's governor said. The US Geological Survey's modelling suggests the toll could exceed
    [[10,000|killed;p;q=at_least;a=The US Geological Survey's modelling]]. In Mandalay, [[more
    than 1,500 buildings|housing;a=state media]] collapsed, state media reported.""",
)

item(
    "Hurricane Milton makes landfall",
    """Update {{3.10pm}} UK time: Hurricane Milton has made landfall near Siesta Key as a
    {{Category 3}} storm with winds of {{120mph}}. Power outages have hit [[more than 3.2 million
    customers|civilians;v=3200000]] across Florida. Kevin Guthrie, the state's emergency
    management director, said [[at least 125 homes|housing;a=Kevin Guthrie]] were destroyed by
    tornadoes that struck before landfall, most of them in mobile-home parks. [[Around 90,000
    people|displaced]] spent the night in shelters. Governor Ron DeSantis said [[9,000 National
    Guard troops|combatants;a=Governor Ron DeSantis]] had been activated and [[50,000 utility
    workers|other;a=Governor Ron DeSantis]] were staged to restore power. The National
    Hurricane Center said [[at least 19 tornadoes|other;u=other;a=The National Hurricane
    Center]] had been reported across the state.""",
)

item(
    "Pakistan floods: NDMA updates toll",
    """Pakistan's National Disaster Management Authority (NDMA) says [[1,136 people|killed;
    a=Pakistan's National Disaster Management Authority (NDMA)]] have been killed since
    mid-June, including [[348 children|killed;a=Pakistan's National Disaster Management
    Authority (NDMA)]], and [[more than 1,600|injured;a=Pakistan's National Disaster Management
    Authority (NDMA)]] injured. [[About 33 million people|civilians]] have been affected and
    [[nearly 1 million homes|housing]] damaged or destroyed, the authority said in its latest
    report. Sindh's provincial government says [[more than 500,000 people|displaced;a=Sindh's
    provincial government]] are living in relief camps. Planning minister Ahsan Iqbal put the
    damage at {{$10bn}}.""",
)

item(
    "Japan earthquake: Noto peninsula live",
    """{{07.55 GMT}} Authorities in Ishikawa prefecture say [[at least 62 people|killed;
    a=Authorities in Ishikawa prefecture]] have died after {{Monday}}'s earthquake, up from
    [[48|killed;a=Authorities in Ishikawa prefecture]] this morning. [[More than 300
    people|injured]] have been hurt, [[20 of them|injured;n=-]] seriously. {{08.20 GMT}} NHK
    reports that [[about 31,800 people|displaced;a=NHK]] are staying in [[357
    shelters|capacity;a=NHK]], and [[about 33,000 households|civilians;a=NHK]] are without
    power. The {{7.5}} magnitude quake was followed by [[dozens of aftershocks|other;u=other]]
    overnight.""",
)

item(
    "Cyclone Chido: Mayotte live",
    """{{4:45pm}}: Mayotte's prefecture has confirmed [[31 deaths|killed;a=Mayotte's prefecture]]
    so far, but officials fear the final toll could run to [[several hundred|killed;p;
    a=officials]]. [[More than 1,400 people|injured]] have been treated for injuries. {{5:20pm}}:
    Interior Minister Bruno Retailleau says [[some 1,600 police and
    gendarmes|combatants;n=police and gendarmes;a=Interior Minister Bruno Retailleau]] have been
    deployed to the archipelago, and [[about 120 tonnes|aid;a=Interior Minister Bruno
    Retailleau]] of food and water have been flown in from Réunion. Winds of more than
    {{220km/h}} tore through the shantytowns of Mamoudzou, where [[thousands of
    homes|housing]] were flattened. The government plans to send [[a further 800
    soldiers|combatants;p;a=The government]] by the weekend.""",
)

item(
    "Maui wildfires: toll at 114, missing list revised",
    """Update: Maui County says the death toll from the Lahaina fire now stands at
    [[114|killed;a=Maui County]]. Correction: An earlier version of this post gave the number
    of missing as [[1,100|missing]]; officials have since said [[about 850 people|missing;
    a=officials]] remain unaccounted for. Officials say [[2,207 structures|housing;a=Officials]]
    were damaged or destroyed, {{86%}} of them residential. [[More than 6,000
    evacuees|displaced]] are being housed in hotels across the island, and the Red Cross says
    it has served [[more than 31,000 meals|aid;a=the Red Cross]] since the fire.""",
)

item(
    "Morocco earthquake toll passes 2,000",
    """BREAKING: Morocco's interior ministry says the death toll from {{Friday}} night's
    earthquake has risen to [[2,012|killed;a=Morocco's interior ministry]], with [[2,059
    people|injured;a=Morocco's interior ministry]] injured, [[1,404 of them|injured;n=-;
    a=Morocco's interior ministry]] critically. The {{6.8}}-magnitude quake struck at {{23:11}}
    local time, {{72km}} south-west of Marrakesh.""",
)

item(
    "Afghanistan quake: helicopters reach Kunar",
    """KABUL — Afghanistan's Taliban government says [[at least 800 people|killed;
    a=Afghanistan's Taliban government]] have been killed and [[2,800|injured;a=Afghanistan's
    Taliban government]] injured in the earthquake that hit Kunar province late on Sunday. The
    UN humanitarian office says [[more than 5,400 homes|housing;a=The UN humanitarian office]]
    have been destroyed, and that [[12,000 people|civilians;a=The UN humanitarian office]] are
    directly affected. Defence ministry helicopters have flown [[40 flights|other]] into the
    valleys, evacuating [[about 420 injured|injured]] to hospitals in Jalalabad. The
    {{6.0}}-magnitude quake struck at a depth of {{8km}}, about {{27km}} from Jalalabad.""",
)

item(
    "Gabrielle live: state of emergency declared",
    """{{4.12pm}} New Zealand has declared a national state of emergency, only the {{third}} in
    its history, as Cyclone Gabrielle brings gusts of up to {{140km/h}} to the North Island.
    {{4.30pm}} {{State Highway 25}} is closed between Thames and Coromandel, and {{SH2}} is shut
    at the Napier-Taupō road. The government has released {{NZ$11.5m}} in emergency funding;
    Air New Zealand has cancelled flight {{NZ5}} to Los Angeles and all regional services until
    {{9am}} tomorrow.""",
)

item(
    "Ahmedabad plane crash LIVE",
    """{{6:05 PM}}: Air India flight {{AI171}}, a Boeing {{787}} bound for London Gatwick, crashed
    into a doctors' hostel {{minutes}} after take-off at {{1:39 pm}}. The airline says
    [[241|killed;n=-;a=The airline]] of the [[242 people|other;a=The airline]] on board were
    killed; [[one passenger|other;a=The airline]] survived. Ahmedabad's police commissioner said
    [[at least 24 people|killed;a=Ahmedabad's police commissioner]] were killed on the ground,
    among them [[five medical students|killed;a=Ahmedabad's police commissioner]]. [[Over
    50|injured]] injured are being treated at the Civil Hospital. {{6:40 PM}}: The DNA
    identification of victims is expected to take {{72 hours}}.""",
)

item(
    "Beirut port explosion: the latest",
    """Update, {{9.05pm}}: Beirut port explosion, the latest. Dead: [[at least 135|killed]].
    Injured: [[about 5,000|injured]]. Missing: [[dozens|missing;a=the health ministry]], according
    to the health ministry. Governor Marwan Abboud told local TV that [[up to 300,000
    people|displaced;a=Governor Marwan Abboud]] have been left homeless, and that the damage
    could reach {{$5bn}}. The army says [[16 port employees|arrested;a=The army]] have been
    detained pending an investigation. [[Two hospitals|housing]] near the port were too badly
    damaged to take patients. The blast, at {{18:08}} local time, tore through {{Warehouse 12}},
    where ammonium nitrate had been stored for {{six years}}.""",
)
