"""dev206 items, part 2: the evacuations from Sudan in 2023 (the Wadi Saeedna airlift, Port
Sudan, the convoys to the Egyptian and Ethiopian borders) and from Niger after the coup of
2023 (16 texts with figures, 2 without)."""

from _wrap import item

item(
    "UK airlift from Sudan ends after 28 flights",
    """The last British evacuation flight left the Wadi Saeedna airfield north of Khartoum on
    {{Saturday}} night, ending an operation that the Foreign Office said had flown
    [[2,450 people|displaced;a=the Foreign Office]] to safety on
    [[28 flights|other;a=the Foreign Office]]. [[More than 1,200|displaced]] of them were
    British nationals, and the rest came from over [[20 other countries|other;u=other]], among
    them Ireland, Canada and Australia. [[About 600 military personnel|combatants]], most of them
    stationed at the Cyprus base of Akrotiri, took part in the operation. The evacuees were
    flown to Larnaca, a flight of about {{five hours}}, where a hangar with space for
    [[800 people|capacity]] had been turned into a reception centre. Foreign Secretary James
    Cleverly said [[fewer than 100 British nationals|civilians;a=Foreign Secretary James
    Cleverly]] who had registered with the embassy were still in Sudan and that he would not
    rule out further flights from Port Sudan.""",
)

item(
    "US-organised convoy reaches Port Sudan with Americans on board",
    """PORT SUDAN - A convoy of [[16 buses|other]] carrying
    [[about 300 US citizens|displaced;a=the State Department]] and their relatives reached Port
    Sudan on {{Saturday}} after a journey of some {{850 km}} from Khartoum, the State Department
    said, watched over by American drones. From the port, a Saudi navy ship took them across the
    Red Sea to Jeddah, a crossing of about {{12 hours}}. The department estimates that
    [[about 16,000 Americans|civilians;a=The department;alt=the State Department]], most of them
    dual nationals, were living in Sudan when fighting broke out on {{15 April}}. Only
    [[about 5,000|civilians]] had contacted the embassy to ask for help. A week earlier
    [[about 100 special operations troops|combatants]] had flown in on
    [[three Chinook helicopters|other]] and lifted out the embassy's
    [[nearly 90 staff|displaced]], who had been sheltering in the compound.
    [[Two US citizens|killed;a=Secretary of State Antony Blinken]] have been killed in the
    fighting, Secretary of State Antony Blinken said.""",
)

item(
    "Saudi Arabia says it has ferried 8,455 people out of Sudan",
    """JEDDAH - Saudi Arabia has evacuated [[8,455 people|displaced;a=the foreign ministry]] from
    Sudan through Port Sudan, among them [[404 Saudi citizens|displaced;a=the foreign ministry]]
    and [[8,051 foreigners|displaced;a=the foreign ministry]] from
    [[110 countries|other;u=other;a=the foreign ministry]], the foreign ministry said on
    {{Wednesday}}. Navy ships and chartered ferries make the crossing to King Faisal naval base
    in about {{ten hours}}; the largest, the ferry Amanah, can carry
    [[up to 2,000 passengers|capacity]]. On arrival the evacuees are housed in
    [[12 hotels|capacity;u=structure]] in Jeddah until their governments fly them home. The
    ministry said [[nearly 1,800 Pakistanis|displaced;a=The ministry;alt=the foreign ministry]]
    had come through the port, more than any other nationality, followed by Indians and
    Egyptians. Volunteers from the Saudi Red Crescent handed out
    [[more than 9,000 meals|aid]] on the quayside during the {{first week}}.""",
)

item(
    "France evacuates 538 people, one soldier wounded in convoy",
    """PARIS - France has evacuated [[538 people|displaced;a=the armed forces ministry]] of
    [[41 nationalities|other;u=other;a=the armed forces ministry]] from Khartoum, the armed
    forces ministry said on {{Monday}}, [[209|displaced;a=the armed forces ministry]] of them
    French. [[Five military flights|other]] carried the evacuees to the French base in Djibouti,
    {{1,200 km}} to the south-east. [[One French soldier|injured;a=the ministry;alt=the armed forces ministry]] was wounded by gunfire when
    a convoy came under attack on its way to the airstrip, the ministry said, and was in a
    stable condition. The Quai d'Orsay said
    [[several dozen French nationals|civilians;a=The Quai d'Orsay]] had chosen to stay,
    many of them married to Sudanese, and that the embassy had been closed "until further
    notice". The ministry said [[up to 200 more people|displaced;p;a=The ministry;alt=the armed
    forces ministry]] could be flown out if the truce held.""",
)

item(
    "Thousands stranded at Egypt's Argeen crossing as Sudan convoys arrive",
    """WADI HALFA, Sudan - [[Thousands of people|displaced]] were stranded on {{Tuesday}} at the
    Argeen crossing into Egypt, some after waiting for {{four days}} in the open with little
    water. Egypt's foreign ministry said
    [[more than 16,000 people|displaced;a=Egypt's foreign ministry]] had crossed since the
    fighting began, including [[about 1,100 foreign nationals|displaced;a=Egypt's foreign
    ministry]] from [[50 countries|other;u=other;a=Egypt's foreign ministry]]. Bus operators in
    Khartoum were charging up to {{$500}} a seat for the {{1,000 km}} drive north.
    [[About 300 families|displaced;a=a Syrian community leader]] of Syrian refugees who had settled in Khartoum were among
    those waiting, a Syrian community leader said. The Egyptian Red Crescent said it had handed
    out [[3,000 food parcels|aid;a=The Egyptian Red Crescent]] and
    [[12,000 bottles of water|aid;a=The Egyptian Red Crescent;n=bottles;u=other]] on its side
    of the border.""",
)

item(
    "Egyptian soldiers held at Merowe flown home",
    """CAIRO - Egypt's army said on {{Thursday}} that
    [[177 soldiers|returned;a=Egypt's army]] who had been stranded at the Merowe air base in
    northern Sudan had been flown home on [[three military transport aircraft|other]]. The
    Rapid Support Forces had detained [[27 Egyptian troops|arrested]] at the base when the
    fighting began, and paraded some of them in a video. The International Committee of the Red
    Cross said the [[27 detainees|returned;a=The International Committee of the Red Cross]]
    had been released into its care after talks with the paramilitary force and flown to Cairo
    separately.
    Egypt's foreign ministry said separately that
    [[more than 10,000 Egyptians|returned;a=Egypt's foreign ministry]] had come home through the
    land crossings, and that [[one Egyptian diplomat|killed;a=Egypt's foreign ministry]], an
    assistant administrative attaché, had been shot dead on his way to the embassy. Egyptian
    engineers working at the Merowe dam, [[about 40|civilians]] in all, were still at the site.""",
)

item(
    "Army Ranger Wing team helps Irish citizens leave Sudan",
    """DUBLIN - [[Twelve members|combatants]] of the Army Ranger Wing flew to Djibouti on
    {{Monday}} to help bring Irish citizens out of Sudan, Tánaiste Micheál Martin said.
    [[More than 130 Irish citizens|displaced;a=the Department of Foreign Affairs]] and their
    dependants have left on French, British and Spanish flights, the Department of Foreign
    Affairs said, and [[about 70|civilians;a=the Department of Foreign Affairs]] were still in
    the country. [[Around 200 Irish passport holders|civilians]] had registered with the embassy
    in Nairobi, which covers Sudan. Martin said [[15 to 20 citizens|displaced;p;a=Martin]]
    might be flown out on the next French rotation from Wadi Saeedna. An Irish doctor who reached
    Larnaca said she had spent {{nine days}} sheltering in a hospital basement in Omdurman.
    The EU's ambassador, the Irish diplomat Aidan O'Hara, was assaulted in his residence on
    {{17 April}}.""",
)

item(
    "UN moves hundreds of staff to Port Sudan in 35-hour convoy",
    """PORT SUDAN - [[About 700 staff|displaced;a=the UN]] of UN agencies, aid groups and
    embassies reached Port Sudan on {{Monday}} after a {{35-hour}} drive from Khartoum, the UN
    said, in a convoy of [[more than 70 vehicles|other]]. The journey of {{850 km}} was
    "harrowing", the UN's humanitarian chief Martin Griffiths said.
    [[At least five aid workers|killed]] have been killed since the fighting began, [[three|killed]] of
    them from the World Food Programme. The WFP said looters had taken
    [[17,000 tonnes|aid;a=The WFP]] of food from its warehouses in Khartoum and Darfur and
    stolen [[dozens of its trucks|other;a=The WFP]]. [[About 800 international aid staff|displaced;p;a=officials]]
    were expected to be relocated out of Sudan over the coming weeks, officials said, while
    [[hundreds of national staff|civilians]] stayed behind.""",
)

item(
    "Turkish evacuation plane hit by gunfire at Wadi Saeedna",
    """ANKARA - A Turkish air force {{C-130}} was hit by small-arms fire as it came in to land
    at Wadi Saeedna on {{Friday}}, Turkey's defence ministry said, but it landed safely and
    no one on board was hurt. Foreign Minister Mevlut Cavusoglu said Turkey had so far evacuated
    [[1,834 people|displaced;a=Foreign Minister Mevlut Cavusoglu]] from Sudan, most of them by
    road. Convoys of [[about 30 buses|other]] have been making the {{14-hour}} drive from
    Khartoum to the Ethiopian border at Gallabat, from where Turkish Airlines flies evacuees home
    from Gondar. A bus in one convoy was hit by gunfire south of the capital on {{Sunday}},
    wounding [[two passengers|injured;a=the foreign ministry]], the foreign ministry said.
    [[More than 300 Turkish citizens|returned]] arrived home in Istanbul on {{Saturday}} aboard
    [[two Turkish Airlines flights|other]]. [[About 200 Turkish citizens|civilians;a=the
    ministry;alt=the foreign ministry]] were still in Khartoum, the ministry said.""",
)

item(
    "Operation Kaveri ends with 3,862 Indians evacuated from Sudan",
    """NEW DELHI - India ended Operation Kaveri on {{Friday}} after evacuating
    [[3,862 people|displaced;a=External Affairs Minister Subrahmanyam Jaishankar]] from Sudan, External
    Affairs Minister Subrahmanyam Jaishankar said. The evacuees were taken to Jeddah on
    [[17 Indian Air Force flights|other]] and [[five naval sailings|other;u=other]] from Port
    Sudan before being flown on to Delhi, Mumbai, Kochi and Bengaluru. In one night-time rescue,
    a {{C-130J}} landed without runway lights at Wadi Saeedna to pick up
    [[121 people|displaced]] who had no way of reaching the coast. The ministry said
    [[86 people|displaced;a=The ministry;alt=the Ministry of External Affairs]] of Indian origin
    holding other passports had also been brought out. [[One Indian national|killed]], a
    {{48-year-old}} from Kerala, was killed by a stray bullet in Khartoum in the first days of
    the fighting. Officials at the Ministry of External Affairs said
    [[about 40 Indians|missing;a=Officials at the Ministry of External Affairs]] in Darfur had
    not been heard from since mobile networks went down.""",
)

item(
    "Sudan's airspace, fares and the road to Port Sudan",
    """Khartoum International Airport has been closed since {{15 April}}, when fighting between
    the army and the Rapid Support Forces broke out on its runways and destroyed a parked
    {{Airbus A320}}. The road to Port Sudan runs for about {{850 km}} and takes
    {{14 hours}} or more in a bus, passing through checkpoint after checkpoint. Seats that cost {{$30}}
    before the war were selling for {{$400}} by the end of April. A {{72-hour}} truce announced
    on {{24 April}} was the {{third}} since the fighting began and was extended twice. About
    {{two-thirds}} of the hospitals in the capital were out of service, doctors' unions said.
    The Red Sea crossing to Jeddah takes {{ten to 12 hours}} by ferry.""",
)

item(
    "Embassies in Khartoum looted as diplomats leave",
    """KHARTOUM - [[At least five embassy buildings|housing;a=Sudan's foreign ministry]] in Khartoum have been looted or
    damaged since Western diplomats left the capital, according to Sudan's foreign ministry,
    which blamed the Rapid Support Forces. [[More than 20 embassies|other;u=structure]] have
    suspended their work in the city, and several have moved skeleton staff to Port Sudan.
    Jordan said its ambassador's residence had been hit by a shell, and Qatar said gunmen had
    ransacked [[two staff houses|housing]] as well as its chancery. The
    Norwegian embassy said [[14 of its local staff|civilians;a=The Norwegian embassy]] remained
    in Khartoum and that it was trying to get them to the Egyptian border.
    [[Two embassy guards|killed;a=diplomats]] were killed when fighters stormed a compound in the Amarat
    district, diplomats said.""",
)

item(
    "Chinese navy ships take 1,300 citizens out of Port Sudan",
    """BEIJING - China has evacuated [[more than 1,300 Chinese citizens|displaced;a=the foreign
    ministry]] from Sudan, the foreign ministry said on {{Friday}}, most of them by sea from Port
    Sudan to Jeddah. [[Two navy ships|other]], the destroyer Nanning and the supply ship
    Weishanhu, also carried [[about 230 people|displaced]] from
    [[five other countries|other;u=other]], including Pakistan and Brazil. Each ship has berths
    for [[about 700 passengers|capacity]], the navy said. In Islamabad, the foreign office said
    [[about 1,000 Pakistanis|returned;a=the foreign office]] had been flown home from Jeddah,
    [[around 100 families|returned;a=the foreign office]] among them, and that
    [[three Pakistani nationals|missing;a=the foreign office]] were still unaccounted for in
    Khartoum. [[One Pakistani|killed]] had been killed in the crossfire in the capital's
    Bahri district in the first week of fighting.""",
)

item(
    "France flies 1,079 people out of Niger after embassy attacked",
    """PARIS - France completed its evacuation from Niger on {{Thursday}} after
    [[four flights|other]] carried [[1,079 people|displaced;a=the foreign ministry]] to Paris,
    including [[577 French nationals|displaced;a=the foreign ministry]], the foreign ministry
    said. The first flight, an {{Airbus A330}}, landed at Roissy shortly before {{1:30am}} on
    {{Wednesday}}. [[About 1,200 French nationals|civilians;a=ministry officials]] had been
    registered with the embassy in Niamey before the coup, ministry officials said. The
    decision followed a protest on {{Sunday}} in which
    [[several thousand|other]] supporters of the junta gathered outside the embassy and some
    tried to force its gates and set fire to a door. Niger's interior ministry said
    [[21 people|arrested;a=Niger's interior ministry]] had been arrested and that
    [[six people|injured;a=Niger's interior ministry]] were hurt when security forces fired tear
    gas. [[About 1,500 French soldiers|combatants]] remain at their base near Niamey airport.""",
)

item(
    "Italy, Spain and Germany bring citizens out of Niamey",
    """ROME - An Italian air force plane that evacuated [[99 people|displaced;a=Foreign
    Minister Antonio Tajani]] from Niamey, including [[36 Italians|displaced;a=Foreign Minister Antonio Tajani]],
    landed at Ciampino on {{Wednesday}} morning, Foreign Minister Antonio Tajani said. Defence
    Minister Guido Crosetto said the [[about 350 soldiers|combatants;a=Defence Minister Guido
    Crosetto]] on Italy's training mission in Niger would stay for now. Spain's defence ministry
    said an air force {{A400M}} had brought [[73 people|displaced;a=Spain's defence ministry]]
    to Torrejón, [[21|displaced;a=Spain's defence ministry]] of them Spanish. Berlin said
    [[about 60 Germans|displaced;a=Berlin]] had left on French flights, while the Bundeswehr's
    [[roughly 100 soldiers|combatants]] at its air transport base in Niamey were staying. The
    flight from Niamey to Rome takes about {{five hours}}.""",
)

item(
    "Governments urge nationals to leave Niger after wave of kidnappings",
    """NIAMEY - [[At least five foreigners|kidnapped;a=a tally by AFP]] have been abducted in
    Niger since {{January}}, according to a tally by AFP, prompting several governments to tell
    their citizens to leave. They include an Austrian woman, {{73}}, seized from her home in
    Agadez, and a Swiss woman taken in the same city in {{April}}. In {{July}}, gunmen attacked
    a power line site near Dosso, killing [[two Indian workers|killed]] and abducting
    [[one other|kidnapped;n=-]]. India's embassy said
    [[about 560 Indian nationals|civilians;a=India's embassy]] were living in the country.
    Diplomats estimate that [[more than 2,000 foreign nationals|displaced;a=Diplomats]] have left
    since the coup of {{July 2023}}. The junta has also expelled
    [[three Chinese oil executives|returned]] in a dispute over local jobs.""",
)

item(
    "Last French troops leave Niger as embassy closes",
    """NIAMEY - The last of [[about 1,500 French troops|combatants]] who were based in Niger
    left on {{Friday}}, ending a decade of counter-insurgency operations in the country. Most
    went by road through Chad in convoys of [[more than 100 vehicles|other]], the French army
    said, escorted by Nigerien forces over a route of {{1,700 km}}. France closed its embassy in
    Niamey "until further notice", and its [[last 13 diplomats|displaced]] were flown to Paris.
    Germany plans to withdraw [[its 100 soldiers|combatants;p;a=Germany]] by {{31 August}},
    and the Pentagon said [[about 1,000 US troops|combatants;p;a=the Pentagon]] would leave by
    {{15 September}}. The junta says [[about 300 Russian instructors|combatants;a=The
    junta]] have arrived since {{April}}.""",
)

item(
    "Flights to Niamey suspended as ECOWAS deadline passes",
    """Niger closed its airspace on the evening of {{6 August 2023}} as a {{seven-day}}
    ultimatum from the West African bloc ECOWAS expired. Air France suspended its flights to
    Niamey and Ouagadougou until {{18 August}}, and the flight from Paris to Niamey, normally
    about {{five and a half hours}}, had to be rerouted around the country. Fares to Abidjan
    rose by {{40%}} in a week, travel agents said. The airspace reopened to commercial flights
    on {{4 September}}, {{29 days}} later.""",
)
