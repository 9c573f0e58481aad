"""Train collisions and derailments, plane and helicopter crashes (13 texts with figures, 2
without)."""

from _wrap import item

item(
    "Three-train collision in Odisha kills hundreds",
    """BHUBANESWAR: The toll in the collision of the Coromandel Express with a goods train and
    the Yesvantpur-Howrah Express near Bahanaga Bazar station rose to
    [[288|killed;a=the Railway Board]] on Sunday, the Railway Board said, making it the deadliest
    rail accident in the country in {{two decades}}. [[More than 1,100 passengers|injured;a=the
    State government]] were injured, according to the State government, and
    [[about 200|injured;a=Chief Secretary Pradeep Jena]] of them were still in hospital, Chief
    Secretary Pradeep Jena said. The Coromandel Express was running at {{128 kmph}} when it
    entered the loop line at {{6.55 pm}} and hit the stationary goods train. [[Seventeen
    coaches|other;u=other]] derailed. The National Disaster Response Force deployed
    [[nine teams|other;u=other]], and [[over 1,200 personnel|other;a=officials]] worked through
    the night, officials said. [[Eighty-three bodies|killed;a=the district administration]] were
    yet to be identified, the district administration said.""",
)

item(
    "Greece mourns after trains collide in Tempi valley",
    """A passenger train carrying [[more than 350 people|other]] collided head-on with a freight
    train near Larissa late on Tuesday, killing [[at least 57 people|killed;a=the fire
    service]], the fire service said, in Greece's deadliest rail crash. The trains had been
    running on the same track for several kilometres, and the front carriages of the passenger
    train caught fire, reaching temperatures of {{1,300C}}. Health officials said
    [[48 people|injured;a=Health officials]] remained in hospital on Wednesday,
    [[six of them|injured;n=-;a=Health officials]] in intensive care. Many of the passengers were
    students returning to Thessaloniki after a carnival weekend. The Larissa station master,
    {{59}}, was arrested and charged, and the transport minister resigned. Crowds of
    [[tens of thousands|other]] protested in Athens over years of underinvestment in the
    railways.""",
)

item(
    "Egypt train collision in Sohag",
    """CAIRO (Al Jazeera) - Two passenger trains collided in the southern province of Sohag on
    Friday, killing [[32 people|killed;a=the health ministry]] and injuring
    [[165|injured;a=the health ministry]], the health ministry said. An unidentified person had
    activated the emergency brakes on one train near Tahta, and the second train rammed into its
    rear, the railway authority said. The ministry said it had sent
    [[more than 100 ambulances|other;a=The ministry]] to the scene. Public prosecutor Hamada
    el-Sawy ordered the arrest of [[eight railway workers|arrested]], including the drivers of both
    trains. President Abdel Fattah el-Sisi said those
    responsible would be punished. [[Three coaches|other;u=other]] overturned in the crash.
    Compensation of {{100,000 Egyptian pounds}} was announced for
    each victim's family.""",
)

item(
    "Two trains collide at Bhairab junction",
    """[[At least 17 people|killed;a=police]] were killed and [[over 100|injured;a=police]]
    injured as a goods train rammed into the rear carriages of the Dhaka-bound Egarosindhur
    Godhuli at Bhairab Bazar junction in Kishoreganj yesterday afternoon, police said. Bhairab
    Fire Service and Civil Defence officials said they had recovered
    [[15 bodies|killed;a=Bhairab Fire Service and Civil Defence officials]] from under the
    overturned coaches. The container train had been given a signal to stop but crossed it at
    around {{3:27pm}}, railway officials said. Bangladesh Railway formed [[two probe
    committees|other;u=other]] and asked them to submit reports within {{three working days}}.
    The government will give {{Tk 25,000}} to each family of the dead for funeral costs.""",
)

item(
    "Goods train carrying stowaways derails in Katanga",
    """LUBUMBASHI (AFP) - [[At least 61 people|killed;a=local officials]] died when a goods
    train carrying [[hundreds of illegal passengers|other]] derailed and fell into a ravine in
    Congo's
    southeastern Haut-Lomami province, local officials said on Friday. "We have
    [[52 wounded|injured;a=Gabriel Kyungu]] at the general hospital and we are still searching
    the wagons," provincial governor spokesman Gabriel Kyungu told AFP. Many of the victims were
    traders who had climbed onto [[the 15 wagons|other;u=other]] because no passenger train had
    run on the line for {{weeks}}. The train had left Lubumbashi at {{9 am}} on Thursday. Congo's
    rail network, much of it built before {{1960}}, suffers frequent derailments.""",
)

item(
    "Mexico City metro overpass collapses onto road",
    """MEXICO CITY (Reuters) - An elevated section of Mexico City's metro collapsed onto a busy
    road late on Monday, sending train carriages plunging and killing
    [[at least 23 people|killed;a=Mayor Claudia Sheinbaum]], Mayor Claudia Sheinbaum said. The
    overpass on Line 12 gave way at about {{10:25 p.m}}. local time as a train passed over it,
    some {{5 meters}} above Tlahuac avenue. Sheinbaum said
    [[79 people|injured;a=Sheinbaum]] had been taken to hospital and
    [[49|injured;a=Sheinbaum]] were still being treated on Tuesday morning. [[About 150
    residents|displaced;a=the city's civil protection office]] of nearby homes were
    evacuated as a precaution, the city's civil protection office said. A car was trapped under
    the wreckage, and rescuers pulled [[one man|other;a=the city's civil protection office]] alive
    from it, the
    city's civil protection office said. The line, opened in {{2012}} at a cost of more than
    {{$1.5 billion}}, had been closed for {{20 months}} after a {{2017}} earthquake.""",
    ["Line 12"],
)

item(
    "Derailment on Santiago approach: driver detained",
    """Spanish police detained the driver of a high-speed train that derailed on a bend outside
    Santiago de Compostela, killing [[79 people|killed;a=officials]], officials said on Friday.
    The train was travelling at {{190 km/h}} on a section limited to {{80 km/h}}, according to
    the data recorders. Of the [[218 passengers|other]] and [[four crew|other]] on board,
    [[about 140|injured;a=the regional health service]] were injured, the regional health
    service said, and [[36 of them|injured;n=-;a=the regional health service]] remained in a
    serious condition. Forensic teams had identified [[72 of the bodies|killed;n=-;a=Forensic
    teams]] by Friday evening.""",
)

item(
    "Yeti Airlines plane crashes on approach to Pokhara",
    """KATHMANDU (Reuters) - A Yeti Airlines ATR 72 plane with [[72 people|other]] on board
    crashed into a gorge while approaching the tourist city of Pokhara on Sunday, and rescuers
    had recovered [[68 bodies|killed;a=an official of the Civil Aviation Authority of Nepal]],
    an official of the Civil Aviation Authority of Nepal said. The flight from Kathmandu was
    carrying [[68 passengers|other]], [[15 of them|other;n=-]] foreigners, and
    [[four crew members|other]]. It went down at {{10.50 am}} between the old airport and the new
    one, opened only {{two weeks}} earlier. [[Hundreds of soldiers|combatants;a=army spokesman
    Krishna Prasad Bhandari]] and police were at the site, army spokesman Krishna Prasad
    Bhandari said. Officials said the chance of finding [[the remaining four|missing;n=-]] alive
    was slim.""",
    ["ATR 72"],
)

item(
    "PIA plane crashes into Karachi homes",
    """KARACHI: [[Ninety-seven people|killed;a=the Sindh health department]] were killed when a
    PIA Airbus A320 crashed into a crowded residential area near Jinnah International Airport
    on Friday, the Sindh health department said. [[Two passengers|other]] survived the crash of
    flight {{PK-8303}}, which was carrying [[91 passengers|other]] and
    [[eight crew members|other]] from Lahore. The aircraft came down on Model Colony shortly
    before {{2.40pm}}, damaging [[at least 25 houses|housing;a=Karachi Commissioner Iftikhar
    Shallwani]], according to Karachi Commissioner Iftikhar Shallwani. He said
    [[eight residents|injured;a=Karachi Commissioner Iftikhar Shallwani]] on the ground were
    injured. The plane had made a first landing attempt with its landing gear up, investigators
    later found.""",
    ["A320"],
)

item(
    "Ethiopian jet crashes minutes after take-off",
    """An Ethiopian Airlines Boeing 737 MAX 8 bound for Nairobi crashed six minutes after taking
    off from Addis Ababa on Sunday, killing all [[157 people|killed;a=the airline]] on board,
    the airline said. The dead included [[32 Kenyans|killed]], [[18 Canadians|killed]] and
    [[nine Ethiopians|killed]], as well as [[at least 19 UN staff|killed;a=the UN]], the UN
    said. Flight {{ET302}} took off at {{8.38am}} and lost contact at {{8.44am}}. The pilot had
    reported difficulties and asked to return. The crash came less than {{five months}} after
    a Lion Air jet of the same model crashed in Indonesia.""",
    ["737 MAX 8"],
)

item(
    "Sriwijaya Air jet plunges into Java Sea",
    """JAKARTA - Navy divers retrieved body parts and debris from the Java Sea on Sunday after
    a Sriwijaya Air Boeing 737-500 with [[62 people|other]] on board crashed minutes after
    take-off from Jakarta. The plane, carrying [[50 passengers|other]], including
    [[seven children|other]] and [[three babies|other]], and [[12 crew|other]], disappeared from
    radar four minutes into the flight to Pontianak, after dropping more than
    {{10,000 feet}} in less than a minute. The National Search and Rescue Agency said it had
    deployed [[more than 2,600 personnel|other;a=The National Search and Rescue Agency]],
    [[53 ships|other;a=The National Search and Rescue Agency]] and
    [[13 aircraft|other;a=The National Search and Rescue Agency]]. The wreck was found at a
    depth of {{23 metres}} off the Thousand Islands.""",
    ["737-500"],
)

item(
    "Turboprop falls on Vinhedo condominium",
    """SÃO PAULO - A Voepass turboprop flying from Cascavel to Guarulhos spun and crashed in the
    grounds of a condominium in Vinhedo on Friday afternoon, killing all
    [[62 people|killed;a=the airline]] on board, the airline said. The aircraft, with
    [[58 passengers|other]] and [[four crew|other]], lost altitude from {{17,000 feet}} in about
    {{one minute}}. [[One house|housing;v=1]] in the condominium was hit, but no residents were
    hurt, the São Paulo state government said. [[Sixty-two bodies|killed]] were taken to the
    forensic institute in the capital, some {{80 km}} away.""",
)

item(
    "Military helicopter crashes in Antioquia",
    """MEDELLÍN (AP) - [[Nine soldiers|killed;a=the army]] were killed when a military
    helicopter crashed in a rural area of the northwestern department of Antioquia on Thursday,
    the army said. The Black Hawk was carrying [[nine soldiers|other]] and
    [[four crew|other]] when it went down near the town of Anorí at about {{11 a.m}}. local
    time. [[Four survivors|other]] were airlifted to Medellín, [[two of them|injured;n=-]] in
    critical
    condition. The army said the cause was under
    investigation and that there were no reports of hostile fire.""",
)

item(
    "Safety board faults altimeter in runway excursion report",
    """The Transport Safety Board's final report into last year's runway excursion at the
    regional airport found that the aircraft touched down {{1,200 metres}} beyond the threshold
    at a ground speed of {{165 knots}}, in a tailwind of {{12 knots}}. A faulty radio altimeter
    had given readings {{40 feet}} too high on the approach, the report said. The board made
    several recommendations, including a {{240-metre}} safety area at the end of the runway, which
    the airport operator said would cost about {{$18 million}} and be built by {{2027}}.""",
)

item(
    "Five years on, rail inquiry families still wait",
    """Families of the victims of the {{2020}} derailment gathered at the station on Saturday to
    mark {{five years}} since the crash, which happened at {{7.14 am}} on a curve where the
    limit was {{60 km/h}}. The inquiry, which sat for {{143 days}}, found the train had entered
    the bend at {{112 km/h}}. Only {{38%}} of its recommendations have been implemented,
    campaigners said, and a {{€2.1 billion}} signalling upgrade is not due until {{2031}}.""",
)
