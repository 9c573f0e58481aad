"""First-day stories of 6 to 12 sentences on floods, earthquakes, landslides, storms, fires
and crashes: tolls revised through the day, estimates that disagree (11 stories)."""

from _wrap import item

item(
    "Spain flash floods: Death toll climbs to 64, dozens missing",
    """MADRID, {{Oct 30}} (Reuters) - The death toll from flash floods in Spain's southeastern
    Murcia region rose to [[64|killed;a=regional authorities]] on Wednesday, regional authorities
    said, a day after more than a year's worth of rain fell in {{eight hours}}. Late on Tuesday,
    officials had confirmed [[at least 13 deaths|killed;a=officials]], and emergency services had
    warned the toll would rise as they reached villages cut off by the water. Regional president
    Andres Molina said [[at least 40 people|missing;a=Regional president Andres Molina]] were still
    unaccounted for. The Defence Ministry said [[about 1,000 soldiers|other;a=The Defence Ministry]]
    from the Military Emergencies Unit (UME) had been deployed, along with [[six
    helicopters|other;a=The Defence Ministry]], and that [[a further 500|other;p;a=The Defence
    Ministry]] would arrive on Thursday. Rescue teams airlifted [[more than 200 people|other]] from
    rooftops and cars overnight. In the town of Alcantarilla, [[hundreds of cars|other]] lay piled
    up in the streets. Grid operator Red Electrica said [[about 115,000 households|civilians;a=Grid
    operator Red Electrica]] were without electricity. The AEMET weather agency said {{491 litres
    per square metre}} fell on the town of Molina de Segura. Prime Minister Pedro Sanchez declared
    {{three days}} of national mourning. A hotline for relatives of the missing, {{900 365 112}},
    was opened on Wednesday morning.""",
)

item(
    "Myanmar quake toll passes 1,400 as rescuers dig by hand",
    """BANGKOK (AP) — The death toll from a powerful earthquake that struck central Myanmar rose to
    [[1,418|killed;a=the military government]] on Saturday, the military government said, as
    rescuers using their bare hands searched for survivors in the rubble of collapsed buildings. A
    day earlier the government had put the toll at [[144|killed;a=the government]]. The junta's
    information team said [[3,408 people|injured;a=The junta's information team]] had been injured
    and [[139|missing;a=The junta's information team]] were missing. The {{magnitude 7.7}} quake
    struck at midday Friday with its epicenter near Mandalay, Myanmar's second-largest city, and was
    followed by a {{6.4}} aftershock minutes later. In Mandalay, [[at least 90
    people|civilians;a=the Red Cross]] were believed trapped under a collapsed apartment building,
    according to the Red Cross. The opposition National Unity Government said [[more than 2,900
    buildings|housing;a=The opposition National Unity Government]] had collapsed in areas it
    controls. In neighboring Thailand, where the quake toppled a {{30-story}} tower under
    construction in Bangkok, [[10 people|killed;a=Bangkok city officials]] were killed and
    [[78|missing;a=Bangkok city officials]] remained missing, Bangkok city officials said. The
    United Nations said [[hundreds of thousands of people|displaced;a=The United Nations]] were
    sleeping in the open, afraid to return to cracked homes.""",
)

item(
    "Afghanistan earthquake: More than 600 killed in Kunar, Taliban says",
    """An earthquake of magnitude {{6.2}} has struck eastern Afghanistan, killing [[at least 622
    people|killed;a=Taliban officials]] and injuring [[more than 1,900|injured;a=Taliban
    officials]], Taliban officials say, as rescuers struggle to reach remote mountain villages. The
    quake hit at {{11:47pm}} local time ({{19:17 GMT}}) on Sunday at a depth of {{8km}}, the United
    States Geological Survey said. Taliban government spokesman Zabihullah Mujahid said [[598 of the
    dead|killed;a=Taliban government spokesman Zabihullah Mujahid]] were in Kunar province and
    [[12|killed;a=Taliban government spokesman Zabihullah Mujahid]] in neighbouring Nangarhar.
    Entire villages of mud-brick homes were flattened, and [[at least 5,400 houses|housing;a=the
    provincial disaster management department]] were destroyed in Kunar alone, according to the
    provincial disaster management department. Al Jazeera's Khalid Rahimi, reporting from Jalalabad,
    said [[dozens of helicopter flights|other;a=Al Jazeera's Khalid Rahimi]] had carried [[hundreds
    of injured|injured;a=Al Jazeera's Khalid Rahimi]] to hospitals in the city. The UN's
    humanitarian office, OCHA, estimated that [[more than 12,000 people|civilians;a=The UN's
    humanitarian office;alt=OCHA]] had been directly affected. Aid workers said [[at least 40
    villages|other;a=Aid workers]] remained cut off by landslides that blocked mountain roads. In
    {{2023}}, a series of earthquakes in Herat province killed [[about 1,500 people|killed]].""",
)

item(
    "Train Collision In Odisha: 17 Dead, Over 100 Injured; Helpline Numbers Issued",
    """Bhubaneswar: [[At least 17 people|killed;a=officials]] were killed and [[over
    100|injured;a=officials]] injured after a passenger train rammed into a stationary goods train
    near Balugaon station in Odisha's Khurda district on Friday night, officials said. The
    Puri-Howrah Express ({{12838}}) was running at around {{110 kmph}} when it hit the goods train
    at about {{9:40 pm}}, a senior East Coast Railway official told NDTV. [[Nine
    coaches|other;u=other;a=a senior East Coast Railway official]] of the passenger train derailed,
    and [[two of them|other;n=-;u=other;a=a senior East Coast Railway official]] overturned onto the
    adjacent track, he said. Rescue teams of the NDRF and the state's disaster response force pulled
    [[at least 40 people|other]] out of the mangled coaches through the night. The Chief Minister's
    Office said [[62 of the injured|injured;a=The Chief Minister's Office]] had been admitted to SCB
    Medical College in Cuttack, [[11 of them|injured;n=-;a=The Chief Minister's Office]] in critical
    condition. The Railway Ministry announced an ex gratia of {{Rs 10 lakh}} for the families of the
    deceased and {{Rs 2.5 lakh}} for the seriously injured. East Coast Railway said [[over 20
    trains|other;u=other;a=East Coast Railway]] had been cancelled or diverted. Helpline numbers:
    Bhubaneswar {{0674-2534027}}, Howrah {{033-26382217}}.""",
)

item(
    "Wind-driven wildfire forces 30,000 to evacuate in Southern California",
    """(CNN) — A fast-moving wildfire fueled by Santa Ana winds tore through foothill communities in
    Ventura County on Tuesday, destroying [[at least 340 structures|housing;a=fire officials]] and
    forcing [[more than 30,000 people|displaced;a=fire officials]] to evacuate, fire officials said.
    The Ridge Fire grew from {{200 acres}} to more than {{18,000 acres}} in under {{12 hours}} as
    gusts reached {{80 mph}}. [[Two people|killed;a=the Ventura County Sheriff's Office]] have been
    found dead in a burned home near Ojai, the Ventura County Sheriff's Office said. [[Another
    14,000 residents|displaced;p]] are under evacuation warnings, meaning they should be ready to
    leave at short notice. [[More than 1,800 firefighters|other;a=Cal Fire]] are battling the blaze,
    backed by [[14 water-dropping aircraft|other;a=Cal Fire]], Cal Fire said. Southern California
    Edison said it had cut power to [[about 95,000 customers|civilians;a=Southern California
    Edison]] to prevent new fires. The Red Cross said it had opened [[nine shelters|capacity;a=The
    Red Cross]], where [[about 2,300 people|displaced;a=The Red Cross]] spent the night.""",
)

item(
    "Typhoon kills 46 in Philippines, hundreds of thousands flee",
    """Manila (AFP) - [[At least 46 people|killed;a=the civil defence office]] were killed and
    [[26|missing;a=the civil defence office]] were missing after Typhoon Nando lashed the central
    Philippines, the civil defence office said Wednesday, as rescuers dug through mud in flattened
    villages. [[More than 400,000 people|displaced;a=the national disaster agency]] fled to
    evacuation centres before the storm made landfall on Tuesday, the national disaster agency said.
    Cebu provincial officials said [[29 of the dead|killed;a=Cebu provincial officials]] were in the
    province, most of them swept away by flash floods. "The water rose to the second floor in less
    than an hour," said Remedios Alcantara, {{58}}, who spent the night on her roof in Talisay city.
    The coast guard said [[more than 3,500 passengers|displaced;a=The coast guard]] were stranded at
    ports after sea travel was suspended. [[Nearly 1,200 houses|housing]] were damaged or destroyed.
    The storm packed maximum sustained winds of {{150 kilometres}} ({{93 miles}}) per hour. The
    military said it had sent [[six aircraft|other;a=The military]] to help with rescue and
    relief.""",
)

item(
    "PNG landslide: Government says over 1,500 buried, triple UN estimate",
    """SYDNEY, {{May 27}} (Reuters) - [[More than 1,500 people|killed;a=the country's national
    disaster centre]] were buried alive by a massive landslide in Papua New Guinea's remote Hela
    province, the country's national disaster centre said on Monday, almost triple the United
    Nations' estimate. The International Organization for Migration had estimated on Sunday that
    [[about 420 people|killed;a=The International Organization for Migration]] had died, up from an
    earlier estimate of [[100|killed;a=The International Organization for Migration]]. Khalid Noor,
    head of the IOM mission in the country, told Reuters that only [[six bodies|killed;a=Khalid
    Noor]] had been recovered and that [[more than 150 houses|housing;a=Khalid Noor]] lay under
    debris up to {{8 metres}} deep. [[About 1,250 people|displaced]] have been displaced, and [[a
    further 6,000|displaced;p]] living near the unstable slope may have to be evacuated. Local
    officials said the village at the foot of the slope had been home to [[3,000 to 4,000
    people|civilians;a=Local officials]]. Heavy machinery has yet to reach the site because the only
    road is blocked.""",
)

item(
    "Nightclub fire kills 41 in Bulgarian town",
    """[[At least 41 people|killed;a=the country's interior minister]] have died and [[more than
    120|injured;a=the country's interior minister]] were injured in a fire at a nightclub in the
    Bulgarian town of Dupnitsa, the country's interior minister has said. The blaze broke out at
    around {{2.30am}} local time during a concert attended by [[about 1,000 people|other]], most of
    them young. Interior Minister Georgi Stanev said sparklers had set the ceiling alight and that
    [[15 people|arrested;a=Interior Minister Georgi Stanev]] had been detained, including the club's
    manager. The health minister said [[18 of the injured|injured;a=The health minister]] were in a
    serious condition and [[22 patients|injured;a=The health minister]] had been flown to hospitals
    in Sofia. The youngest victim was {{aged 14}}. The club had a licence for only [[250
    people|capacity]], local media reported. The government declared {{three days}} of mourning.""",
)

item(
    "Bolivia: Two buses collide on Andean highway, 37 dead",
    """La Paz (AFP) - [[At least 37 people|killed;a=police]] were killed and [[39|injured;a=police]]
    injured when [[two buses|other;a=police]] collided head-on on a highway in Bolivia's
    southwestern Potosi department early Saturday, police said. One of the buses, carrying [[about
    45 passengers|other;a=a preliminary police report]], had swerved into the opposite lane,
    according to a preliminary police report. The crash happened at around {{6:30 am}} near Yocalla,
    about {{25 kilometres}} from the city of Potosi. The prosecutor's office said [[19 of the
    victims|killed;a=The prosecutor's office]] had been identified. The health department said [[14
    of the injured|injured;a=The health department]] had been transferred to hospitals in Sucre and
    La Paz. Road accidents killed [[more than 1,400 people|killed;a=police figures]] in Bolivia in
    {{2025}}, according to police figures.""",
)

item(
    "Flash floods kill 34 in Buner as cloudburst hits KP",
    """PESHAWAR: [[At least 34 people|killed;a=the Provincial Disaster Management Authority]] were
    killed and [[11 others|missing;a=the Provincial Disaster Management Authority]] went missing
    after a cloudburst triggered flash floods in Buner district on Friday, the Provincial Disaster
    Management Authority (PDMA) said. The PDMA said [[over 90 houses|housing;a=The PDMA]] were
    completely destroyed and [[203|housing;u=structure;a=The PDMA]] partially damaged. {{Rescue
    1122}} spokesman Asim Khan said [[over 250 people|other;a=Rescue 1122 spokesman Asim Khan]] had
    been rescued. In Pir Baba, residents said [[12 members|killed;a=residents]] of a family were
    buried when their house collapsed. The Met Office had forecast {{150mm}} of rain for the
    district. [[Around 3,000 people|displaced;a=district officials]] have moved to relief camps set
    up in [[14 government schools|capacity;a=district officials]], district officials said. The NDMA
    said the monsoon had killed [[at least 320 people|killed;a=The NDMA]] across Pakistan since
    {{June 26}}.""",
)

item(
    "Fire at ski resort hotel in Bursa kills 31",
    """A fire at a hotel in the Uludag ski resort in northwestern Turkiye's Bursa province killed
    [[31 people|killed;a=Interior Minister Mehmet Akin]] and injured [[47|injured;a=Interior
    Minister Mehmet Akin]], Interior Minister Mehmet Akin said on Tuesday. The fire broke out at
    around {{3.27 a.m.}} local time ({{0027GMT}}) in the restaurant of the {{12-storey}} hotel.
    There were [[238 guests|other;a=Akin]] registered at the hotel, many of them families on winter
    holiday, Akin said. [[Two of the victims|killed]] died after jumping from windows. A total of
    [[267 firefighters|other;a=the Bursa Governor's Office]] and [[30 fire
    engines|other;u=other;a=the Bursa Governor's Office]] were dispatched to the scene, according to
    the Bursa Governor's Office. Justice Minister Hasan Ekinci said [[nine people|arrested;a=Justice
    Minister Hasan Ekinci]], including the hotel owner, had been detained.""",
)
