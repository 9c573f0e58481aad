"""Anadolu, IRNA, SANA, WAFA, APS, MAP and AFP's French desk on North Africa: cross-border
operations, migrants in the Aegean and off the Atlantic coast, earthquakes, a shrine attack,
rockets and returns in Syria, the Gaza toll, a Jenin raid and settlers in Huwwara, the
Algerian army's weekly report, forest fires, the Derna floods and an IAEA resolution (15
dispatches with figures, 1 without)."""

from _wrap import item

item(
    "Turkish army neutralizes 14 PKK terrorists in northern Iraq",
    """The Turkish Armed Forces neutralized [[14 PKK terrorists|killed;a=the National Defence
    Ministry]] in northern Iraq, the National Defence Ministry said on Sunday. In a statement, the
    ministry said that [[eight terrorists|killed;a=the ministry;alt=the National Defence Ministry]]
    were neutralized in the Claw-Lock Operation zone and [[six|killed;a=the ministry;alt=the
    National Defence Ministry]] in the Hakurk region after they were detected by reconnaissance
    drones. Turkish authorities use the word "neutralized" to imply the terrorists in question
    surrendered or were killed or captured. Since the beginning of the year, the number of
    neutralized terrorists has reached [[1,146|killed;a=the ministry;alt=the National Defence
    Ministry]], according to the ministry. In its {{40-year}} terror campaign against Türkiye, the
    PKK, listed as a terrorist organization by Türkiye, the US and the EU, has been responsible for
    the deaths of [[more than 40,000 people|killed]], including women, children and infants.""",
)

item(
    "57 irregular migrants held, 23 rescued off Türkiye's Aegean coast",
    """Turkish Coast Guard Command teams caught [[57 irregular migrants|arrested;a=security
    sources]] and rescued [[23 others|other;a=security sources]] off the Aegean coast, according to
    security sources. Acting on a tip, the teams stopped a rubber boat off Ayvalik district in
    Balikesir province and held [[39 Afghan nationals|arrested;a=the sources;alt=security sources]],
    the sources said, asking not to be named due to restrictions on speaking to the media. In
    Izmir's Dikili district, the teams rescued [[23 migrants|other]] whose boat had been pushed back
    into Turkish waters by Greek elements. In a separate operation, land forces held [[18 irregular
    migrants|arrested]] in Edirne, near the Greek border. Türkiye has been a key transit point for
    irregular migrants who want to cross to Europe to start new lives, especially those fleeing war
    and persecution. Last year, Turkish security forces held [[over 122,000 irregular
    migrants|arrested]] and [[more than 5,000 organizers|arrested]] across the country.""",
)

item(
    "Quake death toll in Türkiye climbs to 44,218, AFAD says",
    """The death toll from the magnitude {{7.7}} and {{7.6}} earthquakes that struck southern
    Türkiye on {{6 February}} has risen to [[44,218|killed;a=the Disaster and Emergency Management
    Authority (AFAD)]], the Disaster and Emergency Management Authority (AFAD) said on Wednesday.
    [[More than 10,000 aftershocks|other;u=other;a=AFAD]] have been recorded in the region since
    then, AFAD added. [[More than 1.9 million people|displaced;a=AFAD]] are currently being housed
    in tents, container cities, guesthouses and public dormitories in the quake zone, while [[around
    530,000 people|displaced;a=AFAD]] have been evacuated from the region, according to AFAD. The
    Environment and Urbanization Ministry said [[over 173,000 buildings|housing;a=The Environment
    and Urbanization Ministry]] with [[520,000 housing units|housing;a=The Environment and
    Urbanization Ministry]] were either destroyed or heavily damaged in [[11
    provinces|other;u=other;a=The Environment and Urbanization Ministry]]. Türkiye has also received
    [[11,488 international search and rescue personnel|other]] from [[90 countries|other;u=other]]
    since the disaster.""",
)

item(
    "Khoy earthquake: 3 dead, 816 injured as relief operations continue",
    """According to the head of the Red Crescent Society of West Azarbaijan province, [[three
    persons|killed;a=the head of the Red Crescent Society of West Azarbaijan province]] lost their
    lives and [[816 others|injured;a=the head of the Red Crescent Society of West Azarbaijan
    province]] were injured in the {{5.9}}-magnitude earthquake that struck the city of Khoy on
    Saturday night. He said [[143 of the injured|injured;n=-;a=the head of the Red Crescent Society
    of West Azarbaijan province]] were hospitalized, while the rest were treated as outpatients.
    Relief teams have so far distributed [[1,200 tents|aid;a=the Red Crescent]], [[4,500
    blankets|aid;a=the Red Crescent]] and [[3,000 food packages|aid;a=the Red Crescent]] among the
    affected people, and [[over 6,000 people|displaced;a=the Red Crescent]] were accommodated in
    emergency shelters, the Red Crescent said. The earthquake, which struck at {{21:44}} local time
    at a depth of {{10 kilometres}}, damaged [[more than 70 villages|other]] around the city. The
    governor-general of West Azarbaijan said that [[about 4,000 residential units|housing;a=The
    governor-general of West Azarbaijan]] in Khoy need reconstruction or repair. Khoy, with a
    population of [[some 200,000|civilians]], was hit by a {{5.4}}-magnitude quake only {{four
    days}} earlier.""",
)

item(
    "Takfiri terrorist attack on holy shrine in Shiraz leaves 13 martyrs",
    """[[Thirteen pilgrims|killed;a=the deputy governor-general of Fars province]] were martyred and
    [[40 others|injured;a=the deputy governor-general of Fars province]] injured when a takfiri
    terrorist opened fire on worshippers at the holy shrine of Shah Cheragh in the southern city of
    Shiraz at the time of the evening prayer, the deputy governor-general of Fars province said.
    Among the martyrs are [[two children|killed]], {{aged seven and 12}}. The Intelligence Ministry
    announced that [[26 members|arrested;a=The Intelligence Ministry]] of the terrorist team linked
    to the ISIS terrorist group had been arrested in several provinces, including [[nine foreign
    nationals|arrested;a=The Intelligence Ministry]]. According to the head of Shiraz University of
    Medical Sciences, [[13 of the wounded|injured;n=-;a=the head of Shiraz University of Medical
    Sciences]] are in critical condition. [[Hundreds of thousands of people|other]] attended the
    funeral of the martyrs in Shiraz on Friday, chanting slogans against the United States and the
    Zionist regime.""",
)

item(
    "Three civilians martyred in terrorist rocket attack on al-Suqaylabiyah",
    """[[Three civilians|killed;a=SANA reporter]] were martyred and [[eight others|injured;a=SANA
    reporter]] were injured, [[two of them|injured;n=-;a=SANA reporter]] children, in a rocket
    attack launched by terrorist organizations positioned in Idlib countryside on al-Suqaylabiyah
    city in the northern countryside of Hama, SANA reporter said. The reporter added that the
    terrorists fired [[five rockets|other;a=The reporter;alt=SANA reporter]] on the residential
    neighbourhoods, causing material damage to houses and public property. Army units responded to
    the sources of the fire with appropriate weapons, killing [[scores of terrorists|killed]] and
    destroying [[four vehicles|other]] equipped with heavy machineguns. Meanwhile, [[1,200 displaced
    families|returned;a=the Governor of Idlib]] have returned to their villages in the southern
    countryside of Idlib after the army liberated them from terrorism, according to the Governor of
    Idlib, who said that [[tens of teachers|other;a=the Governor of Idlib]] had resumed work in the
    reopened schools.""",
)

item(
    "More than 312,000 Syrians returned from Lebanon and Türkiye since December",
    """The General Authority for Land and Sea Ports announced that [[more than 312,000
    Syrians|returned;a=The General Authority for Land and Sea Ports]] have returned to the country
    through the land crossings with Türkiye and Lebanon since {{8 December 2024}}, with [[around 1.5
    thousand people a day|returned;a=The General Authority for Land and Sea Ports]] still entering.
    The director of the Jdeidet Yabous crossing, Mr. Ahmad Khalil, told SANA that [[4,320
    persons|returned;a=The director of the Jdeidet Yabous crossing;alt=Ahmad Khalil;alt=Mr. Ahmad
    Khalil]] crossed on Thursday alone. According to UNHCR, [[some 1.2 million internally displaced
    persons|returned;a=UNHCR]] have also returned to their areas of origin. The Ministry of Local
    Administration estimates that [[more than 300 thousand housing units|housing;a=The Ministry of
    Local Administration]] in the Damascus countryside alone need rehabilitation, while UNHCR said
    it had provided [[16,000 returnee families|aid;a=UNHCR]] with cash assistance. The ministry
    expects the return of [[up to 2,5 million refugees|returned;p;v=2500000;a=The ministry;alt=The
    Ministry of Local Administration]] by the end of the year, in line with {{Resolution 2254}}.""",
)

item(
    "Death toll of Israeli aggression on Gaza rises to 34,535 martyrs",
    """The Ministry of Health in Gaza said, on Sunday, that the death toll of the ongoing Israeli
    aggression on the Gaza Strip since {{7 October}} has risen to [[34,535 martyrs|killed;a=The
    Ministry of Health in Gaza]], in addition to [[77,704 injuries|injured;a=The Ministry of Health
    in Gaza]]. The Ministry added in a statement that the Israeli occupation committed [[three
    massacres|other;u=other;a=The Ministry;alt=The Ministry of Health in Gaza]] against families in
    the Strip during the past {{24 hours}}, leaving [[43 martyrs|killed;a=The Ministry;alt=The
    Ministry of Health in Gaza]] and [[62 injuries|injured;a=The Ministry;alt=The Ministry of Health
    in Gaza]]. It noted that a number of victims are still under the rubble and on the roads, as the
    occupation prevents ambulance and civil defence crews from reaching them. Meanwhile, the
    occupation forces arrested [[at least 25 citizens|arrested;a=the Commission of Detainees'
    Affairs and the Palestinian Prisoner's Society]] from the West Bank since yesterday evening,
    including a child and former prisoners, the Commission of Detainees' Affairs and the Palestinian
    Prisoner's Society said in a joint statement. This raises the number of arrests since {{7
    October}} to [[about 8,455|arrested;a=the two institutions;alt=the Commission of Detainees'
    Affairs;alt=the Palestinian Prisoner's Society]], the two institutions said. Among the detainees
    are {{a 15-year-old}} boy from Beit Ummar and {{a 70-year-old}} man from Hebron, according to
    the joint statement. The Ministry of Health reiterated its appeal to international institutions
    to protect the health system, noting that only [[12|other;u=structure;a=The Ministry of
    Health;alt=The Ministry of Health in Gaza]] of the Strip's [[36 hospitals|other;a=The Ministry
    of Health;alt=The Ministry of Health in Gaza]] are still partially functioning. It warned that
    the restrictions on the entry of fuel threaten to stop the remaining generators within days. The
    two institutions noted that the arrest campaigns are accompanied by field interrogations, house
    demolitions and the seizure of money, gold and vehicles.""",
)

item(
    "Three martyrs, 20 injured as occupation forces storm Jenin and its camp",
    """[[Three young men|killed;a=the Ministry of Health]] were martyred and [[20
    citizens|injured;a=the Ministry of Health]] were injured, [[four of them|injured;n=-;a=the
    Ministry of Health]] seriously, by the occupation's bullets during its storming of Jenin city
    and its camp at dawn today, the Ministry of Health said. WAFA correspondent reported that large
    occupation forces, backed by [[more than 100 military vehicles|other;a=WAFA correspondent]] and
    bulldozers, stormed the camp from several directions amid heavy gunfire and the flight of drones
    in the sky of the city. He added that the occupation bulldozers demolished [[two
    houses|housing;a=WAFA correspondent]] in the Al-Hawashin neighbourhood, destroyed the
    infrastructure and damaged [[dozens of vehicles|other;a=WAFA correspondent]] parked in the
    streets. [[Tens of citizens|injured]] suffered suffocation from the tear gas fired by the
    occupation soldiers, and were treated in the field. The occupation forces also arrested [[eight
    citizens|arrested]] after raiding their homes and interrogated [[dozens of others|arrested]] in
    the field. The Jenin Municipality said that [[about 3,000 residents|displaced;a=The Jenin
    Municipality]] of the camp were forced to leave their homes under the threat of weapons.""",
)

item(
    "Colonists set fire to four vehicles and a house in Huwwara",
    """Colonists, under the protection of the occupation army, set fire to [[four
    vehicles|other;a=local sources]] and a house in the town of Huwwara, south of Nablus, at dawn
    today, local sources told WAFA. The Palestine Red Crescent Society said its crews treated [[five
    citizens|injured;a=The Palestine Red Crescent Society]] for suffocation from the smoke and tear
    gas. The colonists also uprooted [[some 40 olive trees|other;u=other]] in the lands of the
    town.""",
)

item(
    "ANP: 9 terrorist supporters arrested, 312 persons rescued at sea in one week",
    """Within the framework of the fight against terrorism, detachments of the People's National
    Army (ANP) arrested [[9 support elements|arrested;a=the Ministry of National Defence (MDN)]] for
    terrorist groups during various operations carried out across the national territory in the
    period from {{2 to 8 November 2022}}, according to a weekly operational report released on
    Wednesday by the Ministry of National Defence (MDN). In the framework of the fight against
    organized crime, ANP detachments in coordination with the various security services arrested
    [[37 drug traffickers|arrested;a=the same source;alt=the Ministry of National Defence (MDN)]]
    and foiled attempts to bring in [[14 quintals|other;u=other;a=the same source;alt=the Ministry
    of National Defence (MDN)]] of processed cannabis coming from the Moroccan borders, the same
    source specified. Likewise, [[197 individuals|arrested;a=the report;alt=the Ministry of National
    Defence (MDN)]] were arrested and [[63 vehicles|other;a=the report;alt=the Ministry of National
    Defence (MDN)]], [[187 power generators|other;a=the report;alt=the Ministry of National Defence
    (MDN)]] and [[142 jackhammers|other;u=other;a=the report;alt=the Ministry of National Defence
    (MDN)]] used in illegal gold prospecting were seized in Tamanrasset, Bordj Badji Mokhtar and
    Djanet, the report added. In another context, Coast Guard units foiled attempts at illegal
    emigration on our national coasts and rescued [[312 individuals|other]] aboard handmade boats,
    while [[148 illegal immigrants|arrested]] of various nationalities were arrested in Tlemcen,
    Ouargla and Adrar. The suspects will be brought before the courts under {{Article 87}} bis of
    the Penal Code.""",
)

item(
    "Forest fires: toll rises to 34 dead, including 10 soldiers",
    """The toll of the forest fires that broke out in several wilayas of the country has risen to
    [[34 dead|killed;a=the Ministry of the Interior, Local Authorities and Regional Planning]],
    including [[10 soldiers|killed;a=the Ministry of the Interior, Local Authorities and Regional
    Planning]] of the People's National Army, the Ministry of the Interior, Local Authorities and
    Regional Planning announced on Tuesday. According to the General Directorate of Civil
    Protection, [[97 fires|other;u=other;a=the General Directorate of Civil Protection]] are still
    active across [[16 wilayas|other;u=other;a=the General Directorate of Civil Protection]],
    notably in Béjaïa, Jijel and Bouira, where [[more than 1.500 people|displaced;a=the General
    Directorate of Civil Protection]] have been evacuated. The Minister of the Interior, Mr. Brahim
    Mekki, who travelled to the scene, said that [[more than 8,000 firefighters|other;a=The Minister
    of the Interior;alt=Brahim Mekki;alt=Mr. Brahim Mekki]] and [[529 trucks|other;a=The Minister of
    the Interior;alt=Brahim Mekki;alt=Mr. Brahim Mekki]] had been mobilized, as well as [[two
    water-bombing aircraft|other;a=The Minister of the Interior;alt=Brahim Mekki;alt=Mr. Brahim
    Mekki]] rented from abroad. In the village of Aït Mansour, [[between 40 and 50 homes|housing]]
    were completely burned. The State will grant an allowance of {{1 million dinars}} to each of
    [[the 1,240 affected families|aid;p]], in application of the instructions of the President of
    the Republic.""",
)

item(
    "Al Haouz earthquake: provisional toll rises to 2,946 dead and 5,674 injured",
    """The provisional toll of the earthquake that struck several provinces and prefectures of the
    Kingdom on Friday evening has risen to [[2,946 dead|killed;a=the Ministry of the Interior]] and
    [[5,674 injured|injured;a=the Ministry of the Interior]], the Ministry of the Interior announced
    on Tuesday. According to the same source, the most affected provinces are Al Haouz, with [[1,643
    deaths|killed;a=the same source;alt=the Ministry of the Interior]], and Taroudant, with [[976
    deaths|killed;a=the same source;alt=the Ministry of the Interior]]. Units of the Royal Armed
    Forces have set up [[three field hospitals|other]] in the affected areas, in application of the
    High Instructions of His Majesty King Mohammed VI. An interministerial commission established
    that [[some 50,000 dwellings|housing;a=An interministerial commission]] collapsed totally or
    partially in [[2,930 douars|other;u=other;a=An interministerial commission]] of the provinces
    concerned. An emergency aid of {{30,000 dirhams}} will be granted to [[about 59,600
    households|aid;p]], and a monthly aid of {{2,500 dirhams}} for {{one year}}. [[More than 400,000
    persons|civilians;a=the ministry;alt=the Ministry of the Interior]] were affected by the
    earthquake, according to the ministry. Volunteers of the Moroccan Red Crescent distributed
    [[3,500 tents|aid]] and blankets in the douars of the High Atlas. The earthquake, of magnitude
    {{6.8}} according to the National Institute of Geophysics, struck at {{23:11}} local time at a
    depth of {{about 8 kilometres}}, with its epicentre in the commune of Ighil, some {{70 km}}
    south-west of Marrakech. It is the most powerful earthquake recorded in the Kingdom since the
    Agadir earthquake of {{29 February 1960}}. A special fund for the management of the effects of
    the earthquake has been created, to which the State contributed {{10 billion dirhams}}. The
    roads leading to the douars of the High Atlas, cut by rockfalls, have been gradually reopened by
    the services of the Ministry of Equipment and Water.""",
)

item(
    "Royal Navy rescues 141 candidates for irregular migration off Tan-Tan",
    """A patrol vessel of the Royal Navy rescued, on Monday, [[141 candidates|other;a=a military
    source]] for irregular migration, mostly from sub-Saharan countries, a military source said. The
    candidates, among them [[21 women|other;a=the same source;alt=a military source]] and [[four
    minors|other;a=the same source;alt=a military source]], were aboard a makeshift boat in
    difficulty some {{110 km}} south-west of Tan-Tan, the same source specified. Since the beginning
    of the year, the Moroccan authorities have aborted [[more than 45,000 irregular migration
    attempts|other;u=other;a=the Ministry of the Interior]] and dismantled [[256 criminal
    networks|other;u=other;a=the Ministry of the Interior]] involved in human trafficking, according
    to the Ministry of the Interior.""",
)

item(
    "Floods in Libya: thousands dead in Derna, more than 10,000 missing",
    """The toll of the floods that devastated the city of Derna, in eastern Libya, stood on
    Wednesday at [[more than 3,800 dead|killed;a=an official of the government based in the east]],
    according to an official of the government based in the east, while [[more than 10,000
    persons|missing;a=the Libyan Red Crescent]] were still being sought, according to the Libyan Red
    Crescent. The dams upstream of the city gave way on the night of Sunday to Monday under the
    pressure of Storm Daniel, sweeping away entire neighbourhoods on both banks of the wadi.
    According to the International Organization for Migration (IOM), [[at least 30,000
    persons|displaced;a=the International Organization for Migration (IOM)]] were displaced in
    Derna, and [[some 6,000|displaced;a=the International Organization for Migration (IOM)]] in
    other towns of the east. The mayor of Derna, Abdelmoneim al-Ghirani, estimated that the toll
    could reach [[18,000 to 20,000 dead|killed;p;a=The mayor of Derna;alt=Abdelmoneim al-Ghirani]],
    given the number of districts swept away. «[[Several hundred bodies|killed;a=an official of the
    World Health Organization]] have been buried in mass graves, which is not recommended», said an
    official of the World Health Organization, who called on the authorities to stop the
    practice.""",
)

item(
    "Foreign Ministry spokesman condemns IAEA Board resolution as political",
    """The spokesman for the Ministry of Foreign Affairs condemned on Thursday the resolution
    adopted by the Board of Governors of the International Atomic Energy Agency (IAEA) against the
    Islamic Republic of Iran, describing it as a political move devoid of any legal basis. He said
    that Iran had enriched uranium up to {{60 percent}} in full accordance with its rights under the
    Nuclear Non-Proliferation Treaty (NPT), and that the Western countries had failed to honour
    their commitments under the {{2015}} agreement and {{Resolution 2231}} of the Security Council.
    The spokesman recalled that the Agency had carried out inspections in Iran for {{more than two
    decades}} and that Iran accounted for {{about a fifth}} of all inspections conducted by the
    Agency worldwide. The Board's meeting, which began on {{12 June}}, will continue until the end
    of the week in Vienna.""",
)
