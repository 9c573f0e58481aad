"""Mine collapses, building and bridge collapses, factory and market fires and gas explosions
(16 texts with figures, 1 without)."""

from _wrap import item

item(
    "Soma mine fire: rescuers lose hope for trapped miners",
    """SOMA, Turkey (Reuters) - The death toll from a fire at a coal mine in western Turkey rose
    to [[274|killed;a=Energy Minister Taner Yildiz]] on Wednesday, Energy Minister Taner Yildiz
    said, as rescuers battled smoke and carbon monoxide to reach
    [[scores of miners|civilians]] still trapped underground. [[Some 787 workers|other;a=the
    minister;alt=Energy Minister Taner Yildiz]] were in the mine at the time of the explosion, which
    happened during a shift
    change at around {{3 p.m}}. on Tuesday, the minister said.
    [[Around 450|other;a=Yildiz]] had been rescued, [[80 of them|injured;n=-;a=Yildiz]] with
    injuries, Yildiz said. Fire burned at a depth of {{2 km}}, and temperatures near the
    blaze reached {{70 degrees Celsius}}. Police used tear gas on Wednesday against
    [[about 3,000 protesters|other]] in the town. Prosecutors later detained
    [[25 people|arrested]], including company executives.""",
)

item(
    "Gold mine collapse in Sudan's River Nile state",
    """KHARTOUM (AFP) - [[At least 38 people|killed;a=the state-run Sudanese Mineral Resources
    Company]] were killed when a disused gold mine collapsed in Sudan's northern River Nile
    state, the state-run Sudanese Mineral Resources Company said on Tuesday. The mine, in the
    village of Kirsh al-Fil about {{700 kilometres}} north of Khartoum, had been declared
    unusable, but [[more than 100 miners|other;a=the company;alt=the state-run Sudanese Mineral
    Resources Company]] were working there when it caved in, the company said.
    [[Eight|injured;a=the company;alt=the state-run Sudanese Mineral Resources Company]] were
    pulled out injured, it added. Sudan has [[around two million artisanal gold
    miners|other;v=2000000;a=industry
    estimates]], according to industry estimates.""",
)

item(
    "Landslide buries jade miners in Hpakant",
    """YANGON (Reuters) - Rescuers in northern Myanmar recovered [[166 bodies|killed;a=the fire
    services department]] from a landslide at a jade mining site in Hpakant on Thursday, the
    fire services department said. A heap of mining waste collapsed into a lake after heavy
    rain, creating a mud wave that engulfed [[scores of people|civilians]] scavenging for jade
    at around {{8 a.m}}. local time. A local official said [[54 people|injured;a=A local
    official]] had been taken to hospital and that [[about 100|missing;a=A local official]] were
    still missing. [[About 200 families|displaced;a=the Kachin State government]] living in
    shacks near the waste heaps were moved to a monastery, the Kachin State government said,
    and [[around 70 huts|housing]] were buried. Jade mining in Kachin state is a business worth
    {{tens of billions of dollars}},
    mostly exported to China.""",
)

item(
    "Artisanal miners buried as gold pit caves in",
    """BAMAKO (Al Jazeera) - [[More than 70 people|killed;a=the mines ministry]] have been killed
    after an artisanal gold mine collapsed in Mali's southwestern Koulikoro region, the mines
    ministry said on Saturday. The pit, near the village of Kangaba, gave way on Friday when
    [[hundreds of miners|other]] were digging in a {{40-metre}} shaft. Local civil protection
    official Moussa Coulibaly said [[32 people|other;a=Moussa Coulibaly]] had been rescued alive
    and [[14|injured;a=Moussa Coulibaly]] taken to hospital in Kangaba. Many of the miners were
    women. Authorities had suspended mining at [[more than 40 sites|other]] in
    the region after a similar collapse {{a month}} earlier.""",
)

item(
    "Rana Plaza toll crosses 1,100 as search ends",
    """The army yesterday ended its rescue and recovery operation at the collapsed Rana Plaza in
    Savar after {{19 days}}, with the death toll standing at [[1,127|killed;a=the army]],
    according to the army. Army officials said [[2,438 people|other;a=Army officials]] had been
    rescued alive from the rubble of the {{eight-storey}} building, which housed garment
    factories employing [[some 5,000 workers|other]]. The last survivor, a seamstress, was
    pulled out on the {{17th day}}. [[Around 300|missing;a=relatives]] are still missing,
    relatives claim. Police have arrested [[12 people|arrested;a=police]], including the
    building's owner, Sohel Rana, and [[four factory owners|arrested;a=police]], police said. Cracks
    had
    appeared in the walls on {{April 23}}, a day before the collapse.""",
)

item(
    "Ikoyi high-rise collapse: rescuers pull out more bodies",
    """LAGOS (Premium Times) - Emergency workers on Wednesday recovered
    [[six more bodies|killed;a=the Lagos State Emergency Management Agency]] from the rubble of
    the {{21-storey}} building that collapsed on Gerrard Road, Ikoyi, bringing the death toll
    to [[42|killed;a=the Lagos State Emergency Management Agency]], the Lagos State Emergency
    Management Agency said. Its director-general, Olufemi Oke-Osanyintolu, said
    [[nine people|other;a=Olufemi Oke-Osanyintolu]] had been rescued alive since Monday
    afternoon. Construction workers said [[more than 50 people|other;a=Construction workers]]
    were on site when the structure came down at about {{2.45pm}}. Residents of neighbouring
    buildings were evacuated, and
    [[about 30 families|displaced;a=the agency;alt=the Lagos State Emergency Management Agency]]
    were staying with relatives, the agency said. Governor Babajide Sanwo-Olu set up a
    {{six-member}} panel and suspended the general manager of the Lagos State Building
    Control Agency.""",
)

item(
    "Morbi suspension bridge gives way under Sunday crowd",
    """RAJKOT: The toll in the Morbi suspension bridge collapse rose to
    [[135|killed;a=the State government]] on Monday, the State government said, with
    [[47 children|killed;a=the State government]] among the dead. The {{140-year-old}} bridge over
    the Machchhu river,
    reopened only {{five days}} earlier after repairs, snapped at around {{6.30 p.m}}. on Sunday
    while [[nearly 500 people|other;a=officials]] were on it, officials said. It was designed
    to hold [[about 125 people|capacity]]. [[Over 170 people|other;a=District Collector Girish
    Pandya]] were rescued, District Collector Girish Pandya said. Police arrested
    [[nine people|arrested]], including [[two managers|arrested]] of the company that
    maintained the bridge.""",
)

item(
    "Genoa motorway bridge collapses in storm",
    """GENOA, Italy - A large section of the Morandi motorway bridge collapsed in Genoa during a
    violent storm on Tuesday, sending [[about 35 cars|other]] and [[three trucks|other]]
    plunging some {{45 metres}} onto railway tracks and warehouses below. Interior Minister
    Matteo Salvini said [[39 people|killed;a=Interior Minister Matteo Salvini]] had died,
    including [[three children|killed;a=Interior Minister Matteo Salvini]], and
    [[16|injured;a=Interior Minister Matteo Salvini]] were injured. The civil protection agency
    said [[between 10 and 20 people|missing;a=The civil protection agency]] were still
    unaccounted for. [[More than 600 people|displaced;a=the city council]] were evacuated from
    [[11 apartment blocks|housing;u=structure]] beneath the remaining span, the city council
    said, and [[up to 400 families|displaced;p;a=officials]] could lose their homes for good
    if the blocks have to be demolished, officials warned. [[About 1,000 rescuers|other]], soldiers
    and firefighters worked through the night with sniffer dogs. The bridge, built in
    the {{1960s}}, was {{1.1 km}} long.""",
)

item(
    "Bailey Road building fire: 46 dead",
    """[[At least 46 people|killed;a=Health Minister Samanta Lal Sen]] were killed after a fire
    broke out in a {{seven-storey}} building housing several restaurants on Dhaka's
    Bailey Road on Thursday night, Health Minister Samanta Lal Sen said. [[Twenty-two people|
    injured;a=Samanta Lal Sen]] are undergoing treatment at Dhaka Medical College Hospital and
    the burn institute, [[10 of them|injured;n=-]] in critical condition, he said. The fire
    started at a tea stall on the ground floor at around {{9:50pm}}. Firefighters rescued
    [[75 people|other;a=Fire Service and Civil Defence]] from the building, including
    [[42 unconscious|other]], according to Fire Service and Civil Defence. [[Thirteen fire
    units|other;u=other]] took {{two hours}} to bring the blaze under control. Police arrested
    [[four people|arrested;a=police]], including the owners of two restaurants,
    police said. The building had only one staircase, officials said.""",
)

item(
    "Baldia factory fire: toll rises as families wait at morgue",
    """KARACHI: The death toll from the fire at a garment factory in Baldia Town rose to
    [[259|killed;a=Edhi Foundation officials]] on Thursday, Edhi Foundation officials said,
    making it the worst industrial disaster in the country's history. [[About 600 workers|other;
    a=survivors]] were inside when the blaze broke out on Tuesday evening, survivors said, and
    most exits were locked. [[More than 50 injured|injured;a=Dr Seemi Jamali]] were brought to
    Jinnah Postgraduate Medical Centre, Dr Seemi Jamali said. Fire officials said
    [[16 fire tenders|other;u=other;a=Fire officials]] and [[at least 40 firefighters|other;a=Fire
    officials]] battled the flames for more than {{14 hours}}. [[Ninety bodies|killed]] were
    burnt beyond recognition and DNA samples were taken from [[some 150 relatives|other]]. Police
    registered a case against the owners and detained [[three managers|arrested]]. The factory
    had been certified as safe {{weeks}} earlier by an auditor in Italy.""",
)

item(
    "Kantamanto market fire leaves traders counting losses",
    """ACCRA (AFP) - A fire that raged through Kantamanto, one of the world's largest
    second-hand clothing markets, destroyed [[more than 1,000 stalls|housing;u=structure;a=the
    Ghana National Fire Service]] and [[about 250 shops|housing;a=the Ghana National Fire
    Service]], the Ghana National Fire Service said on Friday. The fire broke out at around
    {{midnight}} and burned for {{more than 10 hours}}. No deaths were reported, but
    [[eight people|injured;a=the service;alt=the Ghana National Fire Service]], including
    [[three firefighters|injured;a=the service;alt=the Ghana National Fire Service]], were
    treated for burns and smoke inhalation, the service said. The market traders' association
    said [[roughly 30,000 traders|civilians;a=The market traders' association]] and their
    workers had lost their livelihoods. [[Twelve fire tenders|other;u=other]] were deployed,
    and [[two suspects|arrested;a=police]] were later arrested, police said. The government
    promised relief packages to [[5,000 affected traders|aid;p;a=The government]].""",
)

item(
    "Gas truck explosion rocks Embakasi estate",
    """NAIROBI (Nation Africa) - [[Three people|killed;a=Government spokesperson Isaac
    Mwaura]] were killed and [[at least 280|injured;a=Government spokesperson Isaac Mwaura]]
    injured when a truck loaded with liquefied petroleum gas exploded in Mradi, Embakasi, just
    before {{midnight}} on Thursday, Government spokesperson Isaac Mwaura said. The fireball
    engulfed several residential buildings and a warehouse. The Kenya Red Cross said
    [[27 people|injured;a=The Kenya Red Cross]] were in critical condition at Kenyatta National
    Hospital, and that [[more than 300 families|displaced;a=The Kenya Red Cross]] had spent the
    night in the open. [[At least 50 homes|housing;a=the county government]],
    [[20 vehicles|other;a=the county government]] and [[over 100 market stalls|housing;u=structure;
    a=the county government]] were destroyed, according to the county government. The
    regulator said [[four officials|other;a=The regulator]] of the energy authority had been
    suspended and [[the site's two operators|arrested;a=The regulator]] arrested. Residents
    said the illegal refilling plant had operated for {{more than three years}}.""",
)

item(
    "Gas blast at Yinchuan barbecue restaurant",
    """BEIJING (Reuters) - A gas explosion at a barbecue restaurant in the northwestern Chinese
    city of Yinchuan killed [[31 people|killed;a=state media]] on Wednesday evening, state media
    reported, on the eve of the Dragon Boat Festival holiday. [[Seven people|injured;a=Xinhua]]
    were in hospital, [[one of them|injured;n=-;a=Xinhua]] seriously, Xinhua said. The blast, at
    about {{8.40 pm}}, was caused by a leak from a liquefied petroleum gas tank, officials
    said. [[More than 100 firefighters|other;a=the city's fire department]] and
    [[20 fire engines|other;u=other;a=the city's fire department]] were sent to the scene, the
    city's fire department said. Police detained [[nine people|arrested;a=police]], including
    the restaurant's manager, police said. [[About 40 diners|displaced]] were evacuated from
    neighbouring restaurants. President Xi
    Jinping ordered safety inspections nationwide.""",
)

item(
    "Chemical warehouse blasts flatten port district",
    """TIANJIN, China (AP) - The death toll from two huge explosions at a chemical warehouse in
    the port city of Tianjin rose to [[112|killed;a=officials]] on Saturday, officials said,
    with [[95 people|missing;a=officials]] still missing, [[85 of them|missing;n=-;a=officials]]
    firefighters. [[More than 720 people|injured]] were in hospital. The blasts on Wednesday
    night damaged [[17,000 homes|housing;a=the city government]] and
    [[about 8,000 new cars|other;a=the city government]] parked at the port, the city government
    said, and [[more than 6,300 residents|displaced;a=the city government]] were staying in
    [[10 temporary shelters|capacity]]. Authorities evacuated everyone within
    {{3 kilometers}} after sodium cyanide was found at the site. The second explosion was
    equal to {{21 tons}} of TNT, according to the China Earthquake Networks Center.
    [[Twelve officials|arrested;a=state media]] were later detained, state media said.""",
)

item(
    "Inquiry hears collapse warnings were ignored",
    """The public inquiry into the collapse of the {{12-storey}} tower heard on Tuesday that
    engineers had flagged cracks {{wider than 5 mm}} in load-bearing columns {{18 months}}
    before it fell. A structural engineer, {{61}}, told the panel that the developer added
    {{four floors}} beyond the approved plan in {{2019}}, raising the load by about {{35%}}. The
    inquiry, due to report by {{June 2026}}, has a budget of {{£4.2 million}}.""",
)

item(
    "Mine waste dam bursts over Brumadinho",
    """BELO HORIZONTE - The death toll from the collapse of a mining waste dam owned by Vale in
    Brumadinho rose to [[99|killed;a=the Minas Gerais civil defence]] on Saturday, the Minas
    Gerais civil defence said, with [[259 people|missing;a=the Minas Gerais civil defence]]
    still missing. Most of the victims were Vale employees eating lunch in the company
    cafeteria when a wave of mud swept through at {{12.28 pm}}. Rescuers have pulled
    [[192 people|other]] alive from the mud. [[About 3,000 residents|displaced;a=firefighters]]
    were evacuated from low-lying areas overnight after sirens warned of a risk at a second
    dam, firefighters said. The civil defence said [[at least 135 people|displaced;a=The civil
    defence;alt=the Minas Gerais civil defence]] were homeless and
    [[more than 40 houses|housing;a=The civil defence;alt=the Minas Gerais civil defence]] had
    been destroyed. Israel sent [[136 soldiers|combatants]] to help in the search. Police
    arrested [[five people|arrested]], [[three of them|arrested;n=-]] Vale employees. The
    company has paid {{R$ 11 billion}} in fines and compensation so far.""",
)

item(
    "Bhiwandi building collapse: families recall night of terror",
    """THANE: [[Thirty-nine people|killed;a=the National Disaster Response Force]] were killed
    when a {{43-year-old}} three-storey residential building collapsed in Bhiwandi in the early
    hours of Monday, the National Disaster Response Force said after ending its search on
    Thursday. [[Eighteen of the dead|killed;n=-]] were children. The NDRF pulled
    [[25 people|other;a=The NDRF]] out alive from the debris, it said. The building, declared
    dangerous in {{2019}}, had [[40 flats|housing;u=structure]] housing
    [[about 150 residents|other]]. [[Twenty-one families|displaced;a=the Bhiwandi civic body]]
    from the adjoining buildings were moved to a municipal school as a
    precaution, said the Bhiwandi civic body, which has identified
    [[over 100 dangerous buildings|other;a=the Bhiwandi civic body]] in the town. The police
    arrested the building's owner.""",
)
