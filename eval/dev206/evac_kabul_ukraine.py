"""dev206 items, part 1: the Kabul airlift of 2021 and its aftermath, and the departures from
Ukraine in 2022 (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Last RAF flight leaves Kabul as British airlift ends",
    """The last Royal Air Force flight carrying British troops left Kabul late on {{28 August}},
    closing an airlift that the Ministry of Defence said had brought out
    [[more than 15,000 people|displaced;a=the Ministry of Defence]] in {{a fortnight}}. They
    included [[about 5,000 British nationals|displaced;a=the ministry;alt=the Ministry of Defence]]
    and [[more than 8,000 Afghans|displaced;a=the ministry;alt=the Ministry of Defence]] who had
    worked for the UK, together with their families, the ministry said. Defence Secretary Ben
    Wallace told the BBC that
    [[between 800 and 1,100 eligible Afghans|civilians;a=Defence Secretary Ben Wallace]] had been
    left behind, along with [[roughly 150 Britons|civilians;a=Defence Secretary Ben Wallace]].
    [[Around 1,000 troops|combatants]] from the {{16 Air Assault Brigade}} had held the
    processing centre at the Baron Hotel, a short walk from the airport's Abbey Gate. The RAF
    flew [[nearly 100 sorties|other;u=other]] between Kabul and the Al Minhad air base in Dubai, a
    leg of roughly {{four hours}}. "It has been a monumental effort," Wallace said.""",
)

item(
    "Pentagon: 122,000 flown out of Kabul, 'under 200' Americans left",
    """WASHINGTON (Reuters) - The United States and its allies flew
    [[more than 122,000 people|displaced;a=the Pentagon]] out of Kabul's airport in the
    {{17 days}} before the last American troops left, the Pentagon said on {{Tuesday}}. The
    evacuees included [[about 5,500 Americans|displaced]], most of them dual nationals and their
    relatives. Secretary of State Antony Blinken said
    [[fewer than 200 Americans|civilians;a=Secretary of State Antony Blinken]], and possibly
    [[closer to 100|civilians;a=Secretary of State Antony Blinken;q=approx]], were still in
    Afghanistan and wanted to leave. At the peak of the operation
    [[almost 6,000 US troops|combatants]] held the airfield, and a military transport took off
    roughly {{every 45 minutes}}. [[Thirteen US service members|killed]] and
    [[at least 170 Afghans|killed]] died in the suicide bombing at Abbey Gate on {{26 August}}.
    The last {{C-17}} lifted off at {{11:59pm}} Kabul time on {{30 August}}, ending a
    {{20-year}} military presence.""",
)

item(
    "Bundeswehr ends Kabul mission after flying out 5,347 people",
    """BERLIN - Germany's air force flew [[5,347 people|displaced;a=the Defence Ministry]] out of
    Kabul before ending its evacuation mission on {{Thursday}}, the Defence Ministry said, among
    them [[more than 4,100 Afghans|displaced;a=the Defence Ministry]] and
    [[505 Germans|displaced;a=the Defence Ministry]]. The rest were citizens of
    [[45 other countries|other;u=other]], including Austria, Belgium and the Netherlands. The
    {{A400M}} transports made [[37 flights|other]] to Tashkent in neighbouring Uzbekistan, a hop
    of about {{90 minutes}}, from where chartered airliners carried the evacuees on to Frankfurt.
    The Bundestag had authorised the deployment of [[up to 600 soldiers|combatants]] for the
    operation. [[One German civilian|injured;a=the ministry;alt=the Defence Ministry]] was shot and wounded on the way to the airport,
    the ministry said, and was flown out for treatment. Officials at the development ministry
    said [[about 40 local staff|civilians;a=Officials at the development ministry]] of the aid
    agency GIZ were still in Kabul with their families.""",
)

item(
    "France's Apagan airlift ends with 2,834 people evacuated",
    """PARIS - France ended its evacuation from Kabul on {{Friday}} evening after flying out
    [[2,834 people|displaced;a=Defence Minister Florence Parly]], Defence Minister Florence Parly
    said, including [[142 French nationals|displaced;a=Defence Minister Florence Parly]] and
    [[more than 2,600 Afghans|displaced;a=Defence Minister Florence Parly]]. The evacuees went
    first to the French base at Al Dhafra in Abu Dhabi, a flight of about
    {{three and a half hours}}, before being flown on to Roissy. Operation Apagan used
    [[two military transport planes|other;u=other]] shuttling night and day from {{15 August}}.
    [[Around 200 soldiers and police|combatants;n=soldiers and police]] from the special forces
    and the RAID unit secured the French embassy's makeshift gathering point near the airport.
    The Quai d'Orsay said [[several dozen French citizens|civilians;a=The Quai d'Orsay]] had
    chosen to remain in Afghanistan. Prime Minister Jean Castex told reporters that France would
    seek to bring out [[hundreds more Afghans|displaced;p;a=Prime Minister Jean Castex]] who
    had worked for French institutions.""",
)

item(
    "Nowzad charity flight lands at Heathrow with dogs and cats",
    """A privately chartered Airbus carrying [[94 dogs|other;u=other]] and
    [[68 cats|other;u=other]] from the Nowzad animal charity landed at Heathrow early on
    {{Sunday}} after leaving Kabul the previous night. The charity's founder, former Royal Marine
    Pen Farthing, travelled with the animals, but the [[71 Afghan staff|civilians]] of its Kabul
    clinic and their families had to stay behind after being turned away at the airport gates.
    The plane had room for [[about 250 passengers|capacity]], and Farthing said he had offered
    the empty seats to the Foreign Office. Ministry of Defence officials complained that
    [[dozens of troops|combatants;a=Ministry of Defence officials]] had been tied up escorting
    the [[four vans|other]] carrying the animals through the crowds. The animals face up to
    {{four months}} in quarantine, at a cost the charity put at {{£1,500}} each.""",
)

item(
    "Transit camps in Qatar strain as Kabul evacuees pour in",
    """DOHA - Qatar said [[more than 40,000 people|displaced;a=Qatar]] flown out of Kabul had now
    passed through its territory, making the Gulf state the busiest transit hub of the airlift.
    At the Al Udeid air base, US officials said
    [[about 8,000 evacuees|displaced;a=US officials]] were waiting in hangars and tents for
    onward flights, while a tent city built for [[5,000 people|capacity]] was already full.
    Caterers were delivering [[12,000 meals a day|aid]], and
    [[some 300 Qatari volunteers|other]] helped with registration and health checks. Evacuees
    described waiting for up to {{72 hours}} in temperatures that reached {{47C}}. The State
    Department said [[24 countries|other;u=other;a=The State Department]] had agreed to serve
    as transit points or to take in evacuees. A spokesman for the Qatari foreign ministry said
    [[about 200 Afghan children|displaced;a=A spokesman for the Qatari foreign ministry]]
    travelling without their parents were being cared for in a separate compound.""",
)

item(
    "Italy's last flight from Kabul lands in Rome",
    """ROME - The last Italian air force {{KC-767}} from Kabul landed at Rome's Fiumicino airport
    on {{Saturday}}, bringing the number of Afghans evacuated by Italy to
    [[4,890|displaced;a=Defence Minister Lorenzo Guerini]], Defence Minister Lorenzo Guerini
    said. They included [[1,301 women|displaced;a=Guerini]] and
    [[1,453 children|displaced;a=Guerini]], he said. [[About 120 Italian nationals|returned;a=the foreign ministry]]
    had been brought home on the same flights, the foreign ministry said separately. The
    operation, called Aquila Omnia, needed [[87 flights|other]] between Kabul and the staging
    base in Kuwait. On arrival the Afghans were taken to
    [[11 reception centres|capacity]] run by the Red Cross and the civil protection agency,
    where they were held for a {{ten-day}} quarantine against {{COVID-19}}. Guerini said the
    crew of the final flight had been airborne for almost {{14 hours}}.""",
)

item(
    "Britons among dead in Kabul airport bombing, Raab says",
    """[[Two British nationals|killed;a=Foreign Secretary Dominic Raab]] and the child of a
    third Briton were among those killed in {{Thursday}}'s suicide bombing at Kabul airport,
    Foreign Secretary Dominic Raab said, and
    [[two other Britons|injured;a=Foreign Secretary Dominic Raab]] were wounded. The blast tore
    through the crowd outside Abbey Gate, close to the Baron Hotel where
    [[about 1,000 people|displaced]] holding British papers were waiting to be processed for
    flights. Afghan health officials put the overall toll at
    [[at least 170 people|killed;a=Afghan health officials]]. The Italian charity Emergency
    said its surgical hospital in Kabul had taken in
    [[58 wounded|injured;a=The Italian charity Emergency]], [[16|killed]] of whom died on
    arrival. An RAF Voyager left hours later with [[about 400 evacuees|displaced]] on board,
    and the Ministry of Defence said the British processing centre would close within
    {{24 hours}}.""",
)

item(
    "UK has relocated 21,000 Afghans since the fall of Kabul",
    """Britain has relocated [[more than 21,000 Afghans|displaced;a=the Ministry of Defence]]
    under its schemes for former staff and vulnerable people, the Ministry of Defence said on
    {{Wednesday}}, [[about 16,000|displaced;a=the Ministry of Defence]] of them since the fall of
    Kabul in {{August 2021}}. [[Around 9,000 people|displaced]] are still living in bridging
    hotels, spread across [[59 hotels|capacity;u=structure]] in England, Scotland and Wales, at
    a cost officials put at {{£1.2m}} a day. The government has set aside
    [[some 2,000 former service family homes|capacity]] to move them into. Armed forces minister
    James Heappey told MPs that
    [[up to 3,000 eligible Afghans|civilians;a=Armed forces minister James Heappey]] were still
    in Afghanistan, and that [[around 1,000|displaced;a=Armed forces minister James Heappey]]
    were waiting in Pakistan for flights. Charities say the wait there has stretched to
    {{18 months}} for some families.""",
)

item(
    "Kabul evacuation: Foreign Office 'failed', committee says",
    """The Foreign Office's handling of the evacuation from Kabul in {{August 2021}} was a
    "disaster and a betrayal of our allies", the Foreign Affairs Committee said in a report
    published on {{24 May 2022}}. The committee found that the department's top civil servant
    had stayed on holiday until {{15 August}}, the day the Taliban entered the capital. A
    whistleblower told MPs that only about {{5%}} of the emails sent to a special inbox had been
    read in the {{last week of August}}. The crisis centre in London worked around the clock for
    {{ten days}}, the report said, but staff had been given {{two hours}} of training. The
    department had spent {{£2.7m}} on temporary staff by the end of the {{2021-22}} financial
    year. It was the committee's {{third}} report on Afghanistan since {{2019}}.""",
)

item(
    "Australia flew 4,100 out of Kabul, Morrison says",
    """CANBERRA - The Royal Australian Air Force flew
    [[4,100 people|displaced;a=Prime Minister Scott Morrison]] out of Kabul on
    [[32 flights|other;a=Prime Minister Scott Morrison]], Prime Minister Scott Morrison said
    on {{Friday}}, calling it the country's largest airlift since the fall of Saigon. They
    included [[more than 3,200 Afghan nationals|displaced]] holding Australian visas.
    [[About 250 Australian Defence Force personnel|combatants]] were sent to Kabul and to Al
    Minhad Air Base in the United Arab Emirates, where a hangar was fitted out with
    [[500 camp beds|capacity]]. Foreign Minister Marise Payne said
    [[about 140 Australians|civilians;a=Foreign Minister Marise Payne]] who had registered with
    her department were still in Afghanistan. [[The first 94 evacuees|displaced]] landed in
    Perth on {{Wednesday}} and went into hotel quarantine for {{14 days}}.""",
)

item(
    "Operation Ganga: India brings 18,000 students home from Ukraine",
    """NEW DELHI - India has brought [[more than 18,000 nationals|returned;a=the Ministry of
    External Affairs]] home from Ukraine on [[90 flights|other;a=the Ministry of External
    Affairs]], the Ministry of External Affairs said, [[14|other;u=other;n=-]] of them operated
    by the Indian Air Force. Most were medical students who crossed into Poland, Romania,
    Hungary, Slovakia and Moldova, some after walking for {{eight hours}} in the snow.
    [[About 20,000 Indians|civilians]] had registered with the embassy in Kyiv before the
    invasion. [[One Indian student|killed]], a {{21-year-old}} from Karnataka, was killed by
    shelling in Kharkiv on {{1 March}}. Officials said [[around 700 students|civilians;a=Officials]]
    were still trapped in the eastern city of Sumy, where fighting had cut the roads to the
    west. Queues at the Romanian crossing at Siret stretched for more than {{20 km}}.""",
)

item(
    "Two more flights bring Nigerians home from Ukraine",
    """ABUJA - [[Two more flights|other]] carrying Nigerians who fled Ukraine landed in Abuja on
    {{Sunday}}, bringing to [[1,476|returned;a=the Nigerians in Diaspora Commission (NiDCOM)]]
    the number brought home so far, the Nigerians in Diaspora Commission (NiDCOM) said. Air
    Peace, which flew the evacuees free of charge from Bucharest, said each of its
    {{Boeing 777}} jets had room for [[about 360 passengers|capacity;a=Air Peace]]. The
    commission said [[about 5,600 Nigerians|civilians;a=The commission;alt=the Nigerians in
    Diaspora Commission (NiDCOM)]], most of them students, had been living in Ukraine before the
    war. Returning students said [[hundreds of Africans|displaced;a=Returning students]] had
    been held back for hours at the Polish border while Ukrainian women and children were let
    through. The commission said it had lost contact with
    [[12 students|missing;a=The commission;alt=the Nigerians in Diaspora Commission (NiDCOM)]]
    in the besieged city of Sumy.""",
)

item(
    "Przemysl station becomes hub for foreigners fleeing Ukraine",
    """PRZEMYSL, Poland - Polish border guards said
    [[more than 377,000 people|displaced;a=Polish border guards]] had crossed from Ukraine in the
    {{four days}} since the invasion, including
    [[some 25,000 foreign nationals|displaced;a=Polish border guards]]. At Przemysl's railway
    station, where trains from Lviv arrive after a journey of up to {{12 hours}}, volunteers
    served [[5,000 hot meals a day|aid]] and a sports hall nearby held
    [[600 camp beds|capacity]]. The UN refugee agency said
    [[around 1,000 African and Asian students|displaced;a=The UN refugee agency;n=students]]
    were waiting at the station for onward transport. India, Nigeria and Morocco set up consular
    desks on the platforms, and Polish Railways laid on
    [[42 extra trains|other;u=other]] to Warsaw and Krakow. A {{70-year-old}} volunteer said the
    station had not been so busy since {{1945}}.""",
)

item(
    "US orders diplomats' families out of Kyiv",
    """The State Department said on {{Sunday}} it had ordered
    [[about 40 family members|displaced;p;a=The State Department]] of US embassy staff in Kyiv
    to leave Ukraine, and authorised the departure of non-emergency personnel.
    [[Roughly 6,000 Americans|civilians;a=officials]] were believed to be living in the
    country, officials said. The Pentagon has put [[8,500 troops|combatants;p;a=The Pentagon]]
    on heightened alert to deploy to eastern Europe, and withdrew
    [[160 Florida National Guard trainers|combatants]] from a base near Lviv.
    [[More than a dozen countries|other;u=other]], among them Canada, Germany and Israel, have
    told their nationals to leave. [[Three embassies|other;u=structure]] moved their staff to
    Lviv, about {{540 km}} west of the capital, in the {{second week of February}}.""",
)

item(
    "Airlines halt Ukraine flights as airspace closes",
    """Ukraine closed its airspace to civilian flights at {{02:45}} Kyiv time on
    {{24 February 2022}}, hours before the first missiles struck. Lufthansa had already
    suspended its service to Kyiv and Odesa from {{28 February}}, and insurers had cancelled war
    cover for jets parked in the country. A one-way bus ticket from Kyiv to the Polish border
    rose to {{€150}} within {{two days}}, and the train to Przemysl took up to {{20 hours}}.
    Ryanair shares fell {{7%}} on the day. The last scheduled passenger flight, a {{Boeing 737}}
    bound for Istanbul, left Boryspil at {{23:40}} the night before.""",
)

item(
    "Greek consul is last diplomat to leave Mariupol",
    """ATHENS - Greece's consul general in Mariupol, Manolis Androulakis, left the besieged city
    in a Red Cross convoy of [[about 30 vehicles|other]] on {{Tuesday}}, the last EU diplomat
    to go. Greece's foreign ministry said [[10 ethnic Greeks|killed;a=Greece's foreign ministry]]
    had been killed in air strikes on villages near Mariupol since the invasion.
    [[More than 100,000 ethnic Greeks|civilians]] lived in the region before the war. The
    ministry said [[about 150 Greek nationals|displaced;a=The ministry;alt=Greece's foreign
    ministry]] had been taken by bus to Zaporizhzhia, {{220 km}} to the north-west, and that
    [[several dozen|civilians;a=The ministry;alt=Greece's foreign ministry]] were still inside
    the city. "I have seen things I wish no one to see," Androulakis, {{58}}, said as he
    arrived at Athens airport, where [[a further 26 evacuees|returned]] who flew home with him were met by relatives.""",
)
