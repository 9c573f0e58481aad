"""Disasters and accidents as the feeds give them: quakes, floods, storms, fires, crashes,
capsizes, collapses, heat (32 items with figures, 5 without)."""

from _wrap import item

item(
    "Quake in Malatya damages 60 buildings, injures 23",
    """ANKARA (Reuters) - A {{magnitude 5.9}} earthquake struck Turkey's Malatya province on
    Thursday, damaging [[at least 60 buildings|housing;a=disaster agency AFAD]] and injuring [[23
    people|injured;a=disaster agency AFAD]], disaster agency AFAD said. There were no reports of
    deaths.""",
)

item(
    "Monsoon toll rises to 322, NDMA says",
    """ISLAMABAD: [[At least 322 people|killed;a=the National Disaster Management Authority]] have
    died in rain-related incidents across the country since {{June 26}}, including [[126
    children|killed;a=the National Disaster Management Authority]], the National Disaster
    Management Authority said on Sunday. [[Over 1,200 houses|housing;a=it;alt=the National Disaster
    Management Authority]] have been damaged, it added.""",
)

item(
    "Wayanad landslides: toll rises to 276, 180 missing",
    """The death toll in the Wayanad landslides rose to [[276|killed;a=officials]] on Friday, with
    [[about 180 people|missing;a=officials]] still unaccounted for, officials said. [[Over 8,300
    people|displaced]] are staying in [[82 relief camps|capacity]] across the district ...""",
)

item(
    "Floods destroy 15,000 houses in Nigeria, NEMA says",
    """Flooding has affected [[over 1.2 million people|civilians;v=1200000;a=the National Emergency
    Management Agency (NEMA)]] and destroyed [[more than 15,000 houses|housing;a=the National
    Emergency Management Agency (NEMA)]] since {{July}}, the National Emergency Management Agency
    (NEMA) said, as the Lagdo dam in Cameroon began releasing water ...""",
)

item(
    "Helene: death toll passes 200, a million without power",
    """The death toll from Hurricane Helene climbed [[past 200|killed;q=at_least]] on Tuesday,
    making it the deadliest mainland storm since Katrina in {{2005}}. [[More than 1 million
    customers|civilians;a=PowerOutage.us]] across the Southeast were still without power, according
    to PowerOutage.us.""",
)

item(
    "Kristine leaves 81 dead, 300,000 in evacuation centers",
    """Severe Tropical Storm Kristine left [[at least 81 dead|killed;n=-;a=the NDRRMC]] and [[34
    missing|missing;n=-;a=the NDRRMC]] as it battered Luzon, the NDRRMC said on Saturday, while
    [[more than 300,000 people|displaced;a=the NDRRMC]] remained in [[6,400 evacuation
    centers|capacity;u=structure;a=the NDRRMC]].""",
)

item(
    "Derna: thousands dead, 10,000 missing after dams burst",
    """BENGHAZI, Libya (AP) — [[More than 5,000 people|killed;a=officials in eastern Libya]] were
    killed and [[about 10,000 others|missing;a=officials in eastern Libya]] were missing after the
    Wadi Derna dams burst and sent a wall of water through Derna, officials in eastern Libya said
    Wednesday ...""",
)

item(
    "Morocco quake death toll nears 2,900",
    """MARRAKECH (Reuters) - The death toll from Morocco's {{magnitude 6.8}} earthquake rose to
    [[nearly 2,900|killed;a=the interior ministry]] on Monday, the interior ministry said, with
    [[about 2,500 people|injured;a=the interior ministry]] injured. In the High Atlas, whole
    villages were flattened.""",
)

item(
    "Rio Grande do Sul floods: 580,000 forced from homes",
    """PORTO ALEGRE, Brazil (Reuters) - [[More than 580,000 people|displaced;a=state civil
    defense]] have been forced from their homes by floods in Rio Grande do Sul, state civil defense
    said on Friday, and [[at least 147|killed;a=state civil defense]] have died. [[Some 125
    people|missing]] are still missing.""",
)

item(
    "Valencia flash floods: at least 205 dead",
    """MADRID (Reuters) - [[At least 205 people|killed;a=regional authorities]] have died in flash
    floods in Valencia province, regional authorities said on Friday, and Spain sent [[another 500
    soldiers|other;a=regional authorities]] to help search for the missing in garages and
    underground car parks.""",
)

item(
    "Nearly 800,000 evacuated as Cyclone Remal nears Bangladesh coast",
    """DHAKA: [[Nearly 800,000 people|displaced;a=the disaster management ministry]] were moved to
    [[some 9,000 cyclone shelters|capacity;a=the disaster management ministry]] as Cyclone Remal
    approached the coast with winds of up to {{120 kph}}, the disaster management ministry said on
    Sunday.""",
)

item(
    "Two buses swept into Trishuli river by landslide",
    """KATHMANDU (AFP) - A landslide swept [[two buses|other;a=police]] carrying [[more than 60
    passengers|other;a=police]] into the swollen Trishuli river in central Nepal before dawn on
    Friday, police said, and rescuers were searching for [[at least 63 people|missing;a=police]]
    ...""",
)

item(
    "Kangchenjunga Express collision kills 15",
    """KOLKATA: [[Fifteen people|killed;a=railway officials]] were killed and [[about
    60|injured;a=railway officials]] injured when a goods train rammed into the rear of the
    Kangchenjunga Express (train number {{13174}}) near New Jalpaiguri on Monday morning, railway
    officials said.""",
)

item(
    "Plane crashes on approach to Goroka, 14 dead",
    """PORT MORESBY (Reuters) - A {{Dash 8}} turboprop crashed on approach to Goroka in Papua New
    Guinea's highlands on Saturday, killing [[all 14 people|killed;a=the country's accident
    investigation commission]] on board, among them [[three crew|killed;a=the country's accident
    investigation commission]], the country's accident investigation commission said.""",
)

item(
    "Boat capsizes on Niger River, 103 dead",
    """A boat carrying [[more than 250 passengers|other;a=police]], most of them returning from a
    wedding, capsized on the Niger River in Kwara State, killing [[at least 103|killed;a=police]],
    police said. [[About 100 people|other]] were rescued by local divers ...""",
)

item(
    "Rescuers recover 20 bodies from collapsed gold mine in Mali",
    """BAMAKO (AFP) - Rescuers have recovered [[20 bodies|killed;a=a local official]] from an
    artisanal gold mine that collapsed near Kéniéba, and [[over 70 miners|civilians;a=a local
    official]] are still trapped underground, a local official said on Sunday ...""",
)

item(
    "Camp 5 fire leaves 12,000 Rohingya homeless",
    """A fire swept through {{Camp 5}} in Cox's Bazar on Sunday, destroying [[some 2,000
    shelters|housing;a=the Refugee Relief and Repatriation Commissioner]] and leaving [[about
    12,000 Rohingya|displaced;a=the Refugee Relief and Repatriation Commissioner]] homeless, the
    Refugee Relief and Repatriation Commissioner said.""",
)

item(
    "Heat kills at least 900 pilgrims during hajj",
    """[[At least 900 pilgrims|killed;a=diplomats]] died during this year's hajj as temperatures in
    Mecca reached {{51.8C}}, diplomats told AFP, {{more than half}} of them unregistered ...""",
)

item(
    "Chile wildfires: 122 dead, 12,000 homes lost",
    """VIÑA DEL MAR, Chile (AP) — Forest fires that swept into hillside neighborhoods of Viña del
    Mar have killed [[at least 122 people|killed;a=the national forensic service]], the national
    forensic service said Monday, and officials estimate [[about 12,000 homes|housing;a=officials]]
    were destroyed ...""",
)

item(
    "Kunar earthquake kills more than 2,200",
    """KABUL (Reuters) - The death toll from a {{magnitude 6.0}} earthquake in eastern
    Afghanistan's Kunar province has risen to [[more than 2,200|killed;a=the Taliban
    administration]], the Taliban administration said on Thursday, with [[over 5,000
    homes|housing;a=the Taliban administration]] destroyed in remote mountain villages.""",
)

item(
    "Mayotte: Chido kills at least 39, minister fears hundreds",
    """MAMOUDZOU (AFP) - [[At least 39 people|killed;a=the prefecture]] were killed when Cyclone
    Chido tore through Mayotte, the prefecture said on Thursday, but France's interior minister has
    warned that [[several hundred|killed;p;a=France's interior minister]] could have died in the
    shantytowns, where many undocumented migrants did not go to shelters.""",
)

item(
    "Flash flood buries Lang Nu hamlet, dozens missing",
    """HANOI (Reuters) - A flash flood triggered by Typhoon Yagi swept through a hamlet in Lao Cai
    province, burying [[37 houses|housing;a=state media]] under mud and leaving [[more than 40
    residents|missing;a=state media]] missing, state media said on Wednesday. [[Fourteen
    bodies|killed]] have been recovered.""",
)

item(
    "Hundreds feared buried by Enga landslide",
    """[[About 670 people|missing;a=the International Organization for Migration]] are feared
    buried by a massive landslide in Papua New Guinea's Enga province, the International
    Organization for Migration estimated on Sunday, raising its figure from [[300|missing;a=the
    International Organization for Migration]]. [[More than 150 houses|housing]] were buried
    ...""",
)

item(
    "Dam burst near Mai Mahiu kills 52",
    """[[At least 52 people|killed;a=Nakuru County Commissioner Loyford Kibaara]] died when a dam
    burst near Mai Mahiu in the early hours of Monday, Nakuru County Commissioner Loyford Kibaara
    said, and [[over 110|injured;a=Nakuru County Commissioner Loyford Kibaara]] were taken to
    hospital. Search teams are still looking for [[17 people|missing]] ...""",
)

item(
    "Chad floods affect 1.9 million",
    """N'DJAMENA (Reuters) - Floods across Chad have affected [[nearly 1.9 million
    people|civilians;v=1900000;a=the United Nations]] and killed [[576|killed;a=the United
    Nations]] since {{July}}, the United Nations said on Tuesday, destroying [[more than 70,000
    homes|housing;a=the United Nations]] ...""",
)

item(
    "UAE sends relief flights to quake-hit areas",
    """The United Arab Emirates sent [[three aircraft|aid;a=the state news agency WAM]] carrying
    [[120 tonnes|aid;a=the state news agency WAM]] of food, shelter materials and medical supplies
    to earthquake survivors, the state news agency WAM said on Wednesday, and pledged to build
    [[1,000 prefabricated homes|housing;p;a=the state news agency WAM]].""",
)

item(
    "Bihar floods: 150,000 in relief camps",
    """PATNA: [[More than 150,000 people|displaced;a=the state disaster management department]]
    have taken shelter in [[318 relief camps|capacity;a=the state disaster management department]]
    after the Kosi breached embankments in {{six places}}, the state disaster management department
    said on Sunday.""",
)

item(
    "Bus plunges into gorge in Kullu, nine dead",
    """SHIMLA: [[Nine people|killed;a=police]] were killed and [[33|injured;a=police]] injured when
    a private bus skidded off the road and plunged {{200 metres}} into a gorge in Kullu district on
    Thursday evening, police said. The bus was carrying [[42 passengers|other]] ...""",
)

item(
    "Petrol tanker explosion kills 86 in Niger State",
    """[[At least 86 people|killed;a=the Niger State Emergency Management Agency]] were killed when
    a petrol tanker overturned and exploded as residents scooped fuel near Essa, the Niger State
    Emergency Management Agency said, and [[55 others|injured;a=the Niger State Emergency
    Management Agency]] were taken to hospital with burns.""",
)

item(
    "Building collapse in Lagos traps workers",
    """A {{seven-storey}} building under construction collapsed in Lagos's Banana Island area on
    Saturday, trapping [[at least 10 workers|civilians;a=LASEMA]], LASEMA said. [[Four|other]] were
    pulled out alive ...""",
)

item(
    "Marapi eruption: nine climbers dead, 14 missing",
    """PADANG, Indonesia (AP) — [[Nine climbers|killed;a=rescue officials]] were found dead and
    [[14|missing;a=rescue officials]] were missing after Mount Marapi erupted on Sunday, rescue
    officials said. [[Sixty-eight climbers|other]] had registered to hike the volcano.""",
)

item(
    "Avalanche on Manaslu kills two",
    """KATHMANDU (Reuters) - An avalanche swept through a camp on Mount Manaslu, the world's
    {{eighth-highest}} mountain, killing [[two people|killed]] and injuring [[more than a dozen
    climbers and guides|injured;n=climbers and guides]] ...""",
)

item(
    "Jacobabad hits 51C as heatwave grips Sindh",
    """KARACHI: Jacobabad recorded a maximum temperature of {{51C}} on Sunday, the highest in the
    country this year and {{6 degrees}} above normal, the Met Office said, forecasting that the
    heatwave would persist for {{another week}}.""",
)

item(
    "Strong quake off Hokkaido, no tsunami warning",
    """TOKYO (Reuters) - An earthquake of {{magnitude 6.1}} struck off Hokkaido at {{10:42 p.m.}}
    ({{1342 GMT}}) on Friday at a depth of {{40 km}}, the Japan Meteorological Agency said. No
    tsunami warning was issued.""",
)

item(
    "Monsoon sets in over Kerala two days early",
    """THIRUVANANTHAPURAM: The southwest monsoon set in over Kerala on {{May 30}}, {{two days}}
    ahead of its normal onset date of {{June 1}}, and the IMD forecast rainfall at {{106 per cent}}
    of the long-period average ...""",
)

item(
    "2024 confirmed as hottest year on record",
    """Last year was the hottest on record, about {{1.55C}} above the pre-industrial average, the
    World Meteorological Organization said on {{Jan. 10}}, the first calendar year to breach the
    {{1.5C}} threshold set in Paris in {{2015}}.""",
)

item(
    "Kanlaon alert raised to Level 3",
    """Phivolcs raised the alert over Kanlaon Volcano to {{Alert Level 3}} on Monday after an
    explosive eruption sent a plume {{4,000 meters}} high, and extended the danger zone to a
    {{6-kilometer}} radius ...""",
)
