"""The Moscow and Kyiv wire services, ANSA, AFP's French desk and EFE: air raids, shelling,
front-line tallies, evacuations, a mine accident, a counter-terrorist operation, a prisoner
exchange, a drone on a bus, landings on Lampedusa and the Canaries, riots in France, floods
in Spain and a treason trial (13 dispatches with figures, 1 without)."""

from _wrap import item

item(
    "Air defence destroys 38 Ukrainian UAVs over three regions overnight",
    """Air defence systems on duty intercepted and destroyed [[38 Ukrainian unmanned aerial
    vehicles|other;a=the Russian Ministry of Defence]] over the territories of the Belgorod, Kursk
    and Bryansk regions during the past night, the Russian Ministry of Defence reported on Saturday.
    According to the Governor of the Belgorod Region, Vyacheslav Gladkikh, as a result of the attack
    on the village of Razumnoye [[two civilians|killed;a=the Governor of the Belgorod
    Region;alt=Vyacheslav Gladkikh]] were killed, and [[seven persons|injured;a=the Governor of the
    Belgorod Region;alt=Vyacheslav Gladkikh]], among them a {{12-year-old}} girl, received shrapnel
    wounds and were taken to the regional clinical hospital. In the village, [[11 private
    houses|housing;a=the governor;alt=Vyacheslav Gladkikh]], [[four cars|other;a=the
    governor;alt=Vyacheslav Gladkikh]] and a power line were damaged, the governor said. In total,
    [[more than 1,200 residents|displaced;a=the regional operational headquarters]] of the border
    Krasnaya Yaruga district have been moved to temporary accommodation points since the beginning
    of the month, [[340 of them|displaced;n=-;a=the regional operational headquarters]] children,
    the regional operational headquarters reported. The temporary accommodation points in Belgorod
    can receive [[up to 2.5 thousand persons|capacity]], and hot meals are organized there {{three
    times}} a day.""",
)

item(
    "Russians carried out 87 attacks on Kherson region over past day, two killed",
    """Over the past day, the Russian army carried out [[87 attacks|other;u=other;a=the head of the
    Kherson Regional Military Administration;alt=Oleksandr Prokopenko]] on [[27
    settlements|other;u=other;a=the head of the Kherson Regional Military
    Administration;alt=Oleksandr Prokopenko]] of the Kherson region, firing [[412 shells|other;a=the
    head of the Kherson Regional Military Administration;alt=Oleksandr Prokopenko]] from artillery,
    mortars, multiple rocket launchers, tanks and drones, the head of the Kherson Regional Military
    Administration, Oleksandr Prokopenko, reported on Telegram. As a result of Russian aggression,
    [[two persons|killed]] were killed and [[14 persons|injured]] were injured, including a
    {{nine-year-old}} boy. The occupiers hit residential quarters of the region's settlements,
    damaging [[more than a dozen private houses|housing]] and [[two high-rise buildings|housing]],
    as well as a gas pipeline and [[three private cars|other]]. In the city of Kherson, [[more than
    60 residents|displaced;a=the city military administration]] of the Korabelnyi district were
    evacuated to Mykolaiv over the past day, the city military administration said. As of {{08:00}}
    on {{3 December}}, [[about 17,000 consumers|civilians;a=the regional power company]] in the
    region remained without electricity supply, the regional power company added.""",
)

item(
    "General Staff: enemy lost another 1,530 soldiers over past day",
    """The total combat losses of the enemy from {{24.02.22}} to {{16.11.24}} amounted to
    [[approximately 719,490 personnel|killed;a=the General Staff of the Armed Forces of Ukraine]],
    including [[1,530|killed;a=the General Staff of the Armed Forces of Ukraine]] over the past day,
    the General Staff of the Armed Forces of Ukraine reports on Facebook. Over the same period,
    according to the General Staff, the Defence Forces destroyed [[9,431 tanks|other;a=the General
    Staff;alt=the General Staff of the Armed Forces of Ukraine]], [[19,318 armoured combat
    vehicles|other;a=the General Staff;alt=the General Staff of the Armed Forces of Ukraine]],
    [[20,633 artillery systems|other;u=other;a=the General Staff;alt=the General Staff of the Armed
    Forces of Ukraine]] and [[369 aircraft|other;a=the General Staff;alt=the General Staff of the
    Armed Forces of Ukraine]]. The data are being verified. Over the past day, [[153 combat
    engagements|other;u=other]] took place on the front line, the most intense on the Pokrovsk
    direction, where Ukrainian defenders repelled [[48 enemy assaults|other;u=other]].""",
)

item(
    "More than 121 thousand people resettled from border districts of Kursk Region",
    """[[More than 121 thousand people|displaced;a=the acting Governor of the Kursk
    Region;alt=Andrei Smirnitsky]] have been resettled from the border areas of the Kursk Region
    since the beginning of the incursion, the acting Governor of the Kursk Region, Andrei
    Smirnitsky, said at a meeting of the operational headquarters. According to him, [[about 28
    thousand residents|civilians;a=the acting Governor of the Kursk Region;alt=Andrei Smirnitsky]],
    mostly elderly people who refused to leave their homes, remain in the evacuation zone. In the
    region, [[190 temporary accommodation points|capacity]] have been deployed, where [[more than
    11,500 persons|displaced]] are living, among them [[about 3 thousand children|displaced]]. Each
    affected resident receives a one-time payment of {{10 thousand roubles}}, and [[over 60 thousand
    applications|other;u=other]] for compensation for lost property have already been submitted. The
    Ministry of Emergency Situations said that its humanitarian centre had distributed [[more than
    1,500 tonnes|aid;a=The Ministry of Emergency Situations]] of humanitarian aid to the affected
    districts. Over the past day, on the Kursk direction, the enemy lost [[up to 350
    servicemen|killed;a=the Russian Defence Ministry]] and [[11 armoured vehicles|other;a=the
    Russian Defence Ministry]], the Russian Defence Ministry said.""",
)

item(
    "Death toll in Kuzbass mine accident rises to 46",
    """The number of dead as a result of the accident at the Zapadnaya coal mine in the Kemerovo
    Region (Kuzbass) has risen to [[46 persons|killed;a=the press service of the regional
    government]], the press service of the regional government reported on Friday. At the moment of
    the emergency, which occurred at {{08:35}} local time ({{04:35}} Moscow time) at a depth of
    about {{250 metres}}, [[285 persons|other]] were in the mine; [[239 of them|other;n=-]] managed
    to come to the surface on their own or were brought out by rescuers. Among the dead are [[six
    mine rescuers|killed;a=a source in the emergency services]] who went down to search for
    survivors, a source in the emergency services told TASS. According to the Ministry of Health of
    Kuzbass, [[49 persons|injured;a=the Ministry of Health of Kuzbass]] sought medical help, [[38 of
    them|injured;n=-;a=the Ministry of Health of Kuzbass]] were hospitalized, and [[four
    persons|injured;a=the Ministry of Health of Kuzbass]] are in serious condition. [[More than 500
    rescuers|other;a=the Ministry of Emergency Situations]] and [[120 units of
    equipment|other;u=other;a=the Ministry of Emergency Situations]] are involved in the operation,
    the Ministry of Emergency Situations said. The Investigative Committee opened a criminal case
    under {{Part 3 of Article 217}} of the Criminal Code of the Russian Federation, and [[three
    persons|arrested]], among them the mine director and his deputy, were detained. According to
    preliminary information, the cause of the accident was an explosion of methane followed by a
    fire in a ventilation drift. The regional authorities announced that the families of the dead
    will receive compensation of {{1 million roubles}} from the regional budget, and the company
    promised a further {{3 million roubles}}. In {{April}}, the regional office of Rostekhnadzor had
    identified violations of industrial safety requirements at the mine and fined the company
    {{200,000 roubles}}, the regional prosecutor's office said. The President of the Russian
    Federation expressed condolences to the families of the victims and instructed the Ministry of
    Emergency Situations to provide all necessary assistance. The last major accident in the Kuzbass
    mines occurred in {{November 2021}}, when a rescue operation in a gassed mine lasted {{several
    days}}. A {{three-day}} mourning was declared in the region.""",
)

item(
    "Lampedusa: over a thousand landings since midnight, hotspot overcrowded",
    """Landings continue without pause on Lampedusa, where since midnight [[27 boats|other;a=the
    Prefecture of Agrigento]] carrying [[1,274 migrants|displaced;a=the Prefecture of Agrigento]]
    have arrived, according to figures of the Prefecture of Agrigento. In the first-reception centre
    of Contrada Imbriacola, which has [[389 places|capacity;u=other]], there are at the moment
    [[more than 6,300 persons|displaced]], among whom [[about 400 unaccompanied minors|displaced]].
    The Italian Red Cross, which manages the hotspot, said that [[1,200 guests|displaced;p;a=The
    Italian Red Cross]] will be transferred by evening to Porto Empedocle with the scheduled ferry.
    About {{12 miles}} south of the island, the patrol boats of the Coast Guard intercepted a metal
    boat with [[42 persons|other]] on board; the body of a {{five-month-old}} baby was recovered,
    while [[two women|missing;a=survivors]] are missing, according to survivors. Since the beginning
    of the year, [[127,207 migrants|displaced;a=the Ministry of the Interior]] have landed in Italy,
    against [[66,237|displaced;a=the Ministry of the Interior]] in the same period of {{2022}},
    according to data of the Ministry of the Interior.""",
)

item(
    "Fourth night of violence: 994 arrests across France",
    """Urban violence continued for a {{fourth}} consecutive night in France, where [[994
    persons|arrested;a=the Ministry of the Interior]] were arrested across the country, according to
    a provisional count of the Ministry of the Interior released on Saturday morning. [[Seventy-nine
    police officers and gendarmes|injured;n=police officers and gendarmes;a=the ministry;alt=the
    Ministry of the Interior]] were injured, [[1,350 vehicles|other;a=the ministry;alt=the Ministry
    of the Interior]] were burned, [[234 buildings|housing;a=the ministry;alt=the Ministry of the
    Interior]] set on fire or damaged and [[2,560 fires|other;u=other;a=the ministry;alt=the
    Ministry of the Interior]] on the public highway recorded, the ministry said. For the night from
    Saturday to Sunday, the government announced the mobilization of [[45,000 police officers and
    gendarmes|combatants;p;n=police officers and gendarmes;a=the government]], supported by armoured
    vehicles of the gendarmerie and units of the RAID and the GIGN. In Marseille, where [[some 80
    persons|arrested]] were arrested during the night, [[several dozen shops|housing]] were looted
    and vandalized in the city centre. The funeral of the {{17-year-old}} whose death at the hands
    of a police officer set off the riots is to take place on Saturday in Nanterre. Since the start
    of the riots, [[more than 2,400 persons|arrested;a=the Minister of Justice]] have been arrested,
    {{a third}} of them minors, the Minister of Justice said. The police officer who fired, {{aged
    38}}, was charged with voluntary homicide and placed in pre-trial detention on Thursday. The
    President of the Republic postponed a state visit to Germany that was scheduled to begin on {{2
    July}}, in order to follow the situation from Paris. The association of mayors estimated that
    the damage to public buildings, town halls, schools and police stations would exceed {{1 billion
    euros}}.""",
)

item(
    "Death toll from floods in Valencia rises to 211, dozens still missing",
    """The toll of the devastating floods in eastern Spain rose on Sunday to [[211 dead|killed;a=the
    emergency services of the Valencian region]], [[207 of them|killed;n=-;a=the emergency services
    of the Valencian region]] in the province of Valencia, the emergency services of the Valencian
    region reported. The Minister of Territorial Policy, Ángel Víctor Toledo, indicated that [[89
    persons|missing;a=The Minister of Territorial Policy;alt=Ángel Víctor Toledo]] are still listed
    as missing and that the figure could vary as the relatives' reports are verified. [[Some 7,500
    soldiers|combatants;a=the Ministry of Defence]] are already deployed in the affected
    municipalities, and the Government will send [[another 5,000 soldiers|combatants;p;a=the
    Ministry of Defence]] and [[10,000 police officers and civil guards|combatants;p;n=police
    officers and civil guards;a=the Ministry of Defence]] in the coming days, according to the
    Ministry of Defence. [[More than 4,500 persons|displaced]] had to be evacuated from their homes,
    and [[some 150,000 inhabitants|civilians]] of the towns of Horta Sud remain without drinking
    water. The Insurance Compensation Consortium estimates that [[about 120,000 vehicles|other;a=The
    Insurance Compensation Consortium]] were destroyed or damaged by the water. The storm dumped
    {{more than 490 litres per square metre}} in {{eight hours}} in some points of the province,
    according to the State Meteorological Agency. Most of the victims died on the afternoon and
    evening of {{29 October}}, when the Poyo ravine overflowed and the water swept through the towns
    of Paiporta, Catarroja, Alfafar and Massanassa. Paiporta, a town of [[some 27,000
    inhabitants|civilians]], is the municipality with the most victims. The alert message to mobile
    phones was sent by the Generalitat at {{20:11}}, when the water had already entered many homes,
    which has led to strong criticism of the regional government. The King and Queen and the
    President of the Government were received with insults and mud by residents on their visit to
    Paiporta on Sunday. The Council of Ministers approved a first package of aid of {{10.6 billion
    euros}}, which includes direct payments of {{between 20,000 and 60,000 euros}} to the affected
    businesses. It is the deadliest weather-related disaster in Spain since the floods of {{1973}}
    in Murcia and Almería. {{Three days}} of official mourning were declared throughout the
    country.""",
)

item(
    "Cayuco with 198 persons aboard reaches El Hierro, among them 43 women",
    """A cayuco with [[198 persons|displaced;a=Salvamento Marítimo]] of sub-Saharan origin aboard,
    among them [[43 women|displaced;a=Salvamento Marítimo]] and [[12 minors|displaced;a=Salvamento
    Marítimo]], arrived in the early hours of this Tuesday at the port of La Restinga, on El Hierro,
    Salvamento Marítimo reported. The occupants, [[three of them|injured;n=-;a=the Emergency
    Coordination Centre 112]] transferred to the hospital with symptoms of hypothermia, were
    attended on the dock by the Red Cross, the Emergency Coordination Centre {{112}} reported. The
    boat had left Nouadhibou (Mauritania) {{eight days}} ago, according to the survivors, who said
    that [[two companions|killed;a=the survivors]] had died during the crossing and were thrown into
    the sea. With this arrival, [[32.436 migrants|displaced;a=the Ministry of the Interior]] have
    reached the Canary Islands so far this year, {{126%}} more than in the same period of {{2023}},
    according to data of the Ministry of the Interior. The reception centres of El Hierro, an island
    of [[11,000 inhabitants|civilians]], have capacity for [[400 persons|capacity]] and currently
    host [[more than 1,100|displaced]]. The Canary Islands Government is responsible for [[5.500
    unaccompanied minors|displaced]], in centres that are at {{300%}} of their capacity.""",
)

item(
    "FSB: four militants neutralized in Nalchik during counter-terrorist operation",
    """In the course of a counter-terrorist operation in Nalchik, [[four militants|killed;a=the
    information centre of the National Anti-Terrorism Committee (NAC)]] of the international
    terrorist organization Islamic State, banned in Russia, who were planning armed attacks on law
    enforcement officers, were neutralized, the information centre of the National Anti-Terrorism
    Committee (NAC) reported on Monday. The bandits offered armed resistance to the proposal to
    surrender, and as a result of the exchange of fire [[two FSB officers|injured]] received wounds
    not dangerous to life. At the site, [[four automatic rifles|other]], a pistol, [[more than 600
    cartridges|other]] and [[two improvised explosive devices|other]] with a capacity of {{3 kg}} in
    TNT equivalent were found. During the operation, [[from 60 to 70 residents|displaced]] of nearby
    houses were temporarily evacuated; the CTO regime was lifted at {{18:40}}. Since the beginning
    of the year, [[28 militants|killed;a=the NAC;alt=the National Anti-Terrorism Committee]] have
    been neutralized in the North Caucasus and [[more than 120 accomplices|arrested;a=the
    NAC;alt=the National Anti-Terrorism Committee]] of the bandit underground detained, the NAC
    said.""",
)

item(
    "Dnipro: number of dead in strike on apartment block reaches 44",
    """In Dnipro, the number of persons killed as a result of the Russian missile strike on a
    multi-storey residential building has risen to [[44|killed;a=the State Emergency Service]],
    among them [[five children|killed;a=the State Emergency Service]], the State Emergency Service
    reported as of {{11:00}} on Monday. [[79 persons|injured]], among them [[16 children|injured]],
    were injured, and [[39 persons|other]], including [[six children|other]], were rescued from
    under the rubble. The fate of [[more than 20 residents|missing]] of the entrance that collapsed
    remains unknown. According to the head of the Dnipropetrovsk Regional Military Administration,
    Serhiy Lysenko, [[72 apartments|housing;a=the head of the Dnipropetrovsk Regional Military
    Administration;alt=Serhiy Lysenko]] were completely destroyed in the building, and [[more than
    230|housing;u=structure;a=the head of the Dnipropetrovsk Regional Military
    Administration;alt=Serhiy Lysenko]] were damaged. [[More than 1,300 rescuers|other]], police
    officers and volunteers have worked at the site around the clock. Mourning was declared in the
    city on {{16-17 January}}.""",
)

item(
    "Military court sentences resident of Rostov to 19 years for high treason",
    """The Southern District Military Court sentenced a {{34-year-old}} resident of Rostov-on-Don to
    {{19 years}} in a maximum security colony under {{Article 275}} of the Criminal Code of the
    Russian Federation (high treason), the court's press service told TASS on Thursday. According to
    the investigation, in {{March 2023}} the man transferred {{15,000 roubles}} to a fund that buys
    equipment for the Armed Forces of Ukraine, and in correspondence offered to pass on information
    about a military unit. The court also imposed a fine of {{300,000 roubles}} and restriction of
    freedom for {{one and a half years}} after the sentence is served. The verdict has not yet
    entered into legal force and may be appealed within {{15 days}}. Since {{2022}}, the number of
    treason cases examined by Russian courts has grown {{several times}}, according to the human
    rights project Perviy Otdel.""",
)

item(
    "Another exchange: 95 Ukrainian defenders return from captivity",
    """As a result of another exchange mediated by the United Arab Emirates, [[95
    Ukrainians|other;a=the Coordination Headquarters for the Treatment of Prisoners of War]] have
    returned home from Russian captivity, among them [[eight civilians|other;a=the Coordination
    Headquarters for the Treatment of Prisoners of War]], the Coordination Headquarters for the
    Treatment of Prisoners of War reported. The Russian Ministry of Defence, for its part, said that
    [[95 Russian servicemen|other;a=The Russian Ministry of Defence]] had been returned from
    territory controlled by Kyiv. According to the Ombudsman, [[more than 8,000
    Ukrainians|arrested;a=the Ombudsman]], soldiers and civilians, remain in Russian captivity.""",
)

item(
    "Three civilians killed as Ukrainian drone hits bus in Gorlovka",
    """[[Three civilians|killed;a=the head of the city]] were killed and [[seven|injured;a=the head
    of the city]] injured when a Ukrainian drone struck a passenger bus in the centre of Gorlovka on
    Thursday morning, the head of the city said on Telegram. Among the injured are [[two
    children|injured]], {{aged 8 and 11}}, who were taken to the city hospital. The bus, which was
    carrying [[about 20 passengers|other;a=the head of the city]], caught fire after the strike, he
    added.""",
)
