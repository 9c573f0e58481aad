"""Headlines and standfirsts of disasters and accidents: quakes, floods, storms, heat, fires,
crashes, crushes and sinkings (25 cards with figures, 2 without)."""

from _wrap import card

card(
    "Wayanad Landslides: Death Toll Rises To [[308|killed]], [[Over 200|missing]] Still Missing",
    """Rescue teams recovered [[37 more bodies|killed;a=officials]] from the Chaliyar river on
    Saturday, officials said, as the search entered its {{sixth day}}. More than [[9,000
    people|displaced;a=the state government]] are staying in [[91 relief camps|capacity;a=the
    state government]], the state government said.""",
    stop=False,
)

card(
    "Turkey-Syria quake toll passes [[41,000|killed;q=at_least]] as hopes fade for survivors",
    """Deaths in Turkey rose to [[35,418|killed;a=disaster agency AFAD]], disaster agency AFAD said
    on Thursday, while Syria has reported [[more than 5,800|killed;a=Syria]]. The combined toll
    stands at [[41,218|killed]]. The UN says [[some 5.3 million people|displaced;v=5300000;a=The
    UN]] in Syria may have been left homeless.""",
)

card(
    "Libya floods: Derna toll could reach [[20,000|killed;p;a=mayor]], says mayor",
    """Eastern Libya's health minister said [[5,300 people|killed;a=Eastern Libya's health
    minister]] had been confirmed dead, and the Libyan Red Crescent said [[10,100|missing;a=the
    Libyan Red Crescent]] were still missing after [[two dams|housing;u=structure;a=the Libyan
    Red Crescent]] burst above the city. The IOM said [[at least 30,000 people|displaced;a=The
    IOM]] had been displaced.""",
)

card(
    "Pakistan floods: [[1,000|killed]] dead and [[33m|civilians]] affected",
    """The National Disaster Management Authority says [[1,033 people|killed;a=The National
    Disaster Management Authority]], including [[348 children|killed;a=The National Disaster
    Management Authority]], have died since mid-June. Officials say {{one third}} of the country
    is under water and [[nearly a million homes|housing;v=1000000;q=approx;a=Officials]] have
    been damaged or destroyed.""",
)

card(
    "Kenya floods: [[267|killed]] dead, [[188,000|displaced]] displaced as rains persist",
    """Interior minister Kithure Kindiki told senators that [[267 people|killed;a=Interior minister
    Kithure Kindiki]] had died since March, with [[188,000|displaced;a=Interior minister Kithure
    Kindiki]] forced from their homes. Schools will reopen a week late, on {{May 13}}.""",
)

card(
    "Morocco earthquake: toll nears [[3,000|killed;q=approx]] as aid reaches Atlas villages",
    """The interior ministry said [[2,946 people|killed;a=The interior ministry]] had died and
    [[5,674|injured;a=The interior ministry]] were injured by the {{6.8}}-magnitude quake.
    Villagers in Amizmiz said they had slept outside for {{four nights}}.""",
)

card(
    "Maui wildfires: [[97|killed]] dead, [[2,200 structures|housing]] destroyed in Lahaina",
    """Governor Josh Green said [[2,207 structures|housing;a=Governor Josh Green]] were damaged or
    destroyed, {{86%}} of them homes. Officials put the cost of rebuilding at {{$5.5bn}}.""",
)

card(
    "Odisha Train Crash: [[288|killed]] Dead, [[Over 1,000|injured]] Injured; Rescue Ops End",
    """The collision in Balasore involved [[three trains|other;u=other;a=railway officials]],
    including the Coromandel Express, railway officials said. [[Over 200
    ambulances|other;u=other]] and [[1,200 personnel|other]] were deployed to the site
    overnight.""",
    stop=False,
)

card(
    "Karachi heatwave: Edhi says [[568 bodies|killed;a=Edhi]] received in {{4 days}}",
    """The Edhi Foundation's morgue received [[568 bodies|killed;a=the charity's head Faisal Edhi]]
    between Saturday and Tuesday, the charity's head Faisal Edhi said, as temperatures hit
    {{42C}}. Hospitals treated [[hundreds of people|injured]] for heatstroke.""",
)

card(
    "Hajj heat: [[1,301 pilgrims|killed;a=Saudi Arabia]] died, {{83%}} unregistered – Saudi Arabia",
    """The kingdom's health minister said {{83%}} of the dead were not authorised to perform the
    pilgrimage and had walked long distances in temperatures above {{51C}}. Egypt said [[658 of
    its citizens|killed;a=Egypt]] were among them.""",
)

card(
    "Tibet earthquake kills [[126|killed]], injures [[188|injured]]; [[3,600 homes|housing]] "
    "collapse",
    """State broadcaster CCTV said [[more than 400 people|other;a=State broadcaster CCTV]] had been
    pulled from the rubble in Dingri county and that [[46,500 residents|displaced;a=State
    broadcaster CCTV]] had been relocated to [[1,000 tents|capacity;u=other;a=State broadcaster
    CCTV]] in temperatures of {{minus 16C}}.""",
)

card(
    "Valencia floods: 'We lost everything,' say residents as toll hits [[217|killed]]",
    """Spanish officials say [[217 people|killed;a=Spanish officials]] have died, all but
    [[seven|killed;a=Spanish officials]] in the Valencia region, and [[dozens|missing;a=Spanish
    officials]] remain missing. [[Some 2,500 soldiers|combatants]] were helping to clear mud
    from Paiporta and Sedaví.""",
    stop=False,
)

card(
    "Cyclone Remal: [[800,000|displaced]] evacuated in Bangladesh, [[10|killed]] dead",
    """Disaster minister Mohibur Rahman said [[about 800,000 people|displaced;a=Disaster minister
    Mohibur Rahman]] had been moved to [[9,000 cyclone shelters|capacity;a=Disaster minister
    Mohibur Rahman]] before landfall. The storm's winds reached {{111 km/h}}.""",
)

card(
    "Brazil floods: [[147|killed]] dead, [[538,000|displaced]] forced from homes in Rio Grande do"
    " Sul",
    """The state's civil defence agency said [[127 people|missing;a=The state's civil defence
    agency]] were still missing on Friday and [[81,000|displaced;a=The state's civil defence
    agency]] were in public shelters. Porto Alegre airport will stay shut until {{May 30}}.""",
)

card(
    "Gold mine collapse in Mali kills [[48|killed]], most of them women",
    """The president of the local gold miners' association said [[48 people|killed;a=The president
    of the local gold miners' association]] died when the walls of an artisanal pit caved in
    near Kéniéba on Saturday. It was the {{second}} deadly collapse in {{a month}}.""",
)

card(
    "Kumbh stampede: [[30|killed;a=UP police]] dead, [[60|injured;a=UP police]] injured, "
    "UP police say",
    """Police said [[30 devotees|killed;a=Police]] were killed and [[60|injured;a=Police]] hurt as
    crowds surged towards the Sangam before dawn. Officials had expected [[about 100 million
    pilgrims|other;p;a=Officials]] on the day, one of the festival's holiest.""",
    stop=False,
)

card(
    "Ferry fire off Basilan: [[31|killed]] dead, [[230|other]] rescued",
    """The coast guard said [[31 passengers|killed;a=The coast guard]], among them [[three
    children|killed;a=The coast guard]], died after fire broke out on the {{Lady Mary Joy 3}}
    late on Wednesday.""",
)

card(
    "North Macedonia nightclub fire kills [[59|killed]]; [[155|injured]] treated in hospital",
    """Interior minister Pance Toskovski said [[59 people|killed;a=Interior minister Pance
    Toskovski]] died when pyrotechnics set the ceiling alight during a concert in Kočani.
    [[About 500 people|other]] had crowded into a venue licensed for {{half}} that.""",
)

card(
    "Lagos: [[5|killed]] dead, [[15|civilians]] trapped as {{three-storey}} building collapses",
    """The Lagos State Emergency Management Agency said it had pulled [[12 people|other;a=The Lagos
    State Emergency Management Agency]] alive from the rubble in Ojodu. [[Five|killed;a=The
    Lagos State Emergency Management Agency]] were confirmed dead, it said.""",
)

card(
    "Nepal: bus plunges into Trishuli river; [[14|killed]] dead, [[16|other]] rescued",
    """The bus was carrying [[41 people|other;a=police]], most of them Indian pilgrims returning
    from Pokhara, police said. Rescuers recovered [[14 bodies|killed]] by nightfall.""",
    stop=False,
)

card(
    "Philippines: Storm Kristine leaves [[126|killed]] dead; [[7m|civilians]] affected",
    """The civil defence office said [[more than 7 million people|civilians;a=The civil defence
    office]] had been affected and [[320,000|displaced;a=The civil defence office]] were in
    evacuation centres. Batangas recorded {{a month's}} rain in {{24 hours}}.""",
)

card(
    "Jigawa tanker blast toll rises to [[170|killed]]",
    """Residents had rushed to scoop fuel from the overturned tanker when it exploded, police said.
    [[About 100 others|injured]] were being treated for burns in Hadejia and Kano, and [[over 90
    victims|killed]] were buried in a mass grave.""",
)

card(
    "Heatwave in India: [[110 heatstroke deaths|killed;a=health ministry]], [[40,000 "
    "suspected cases|other;a=health ministry]], health ministry says",
    """Uttar Pradesh and Bihar accounted for [[68 of the deaths|killed]] as Delhi logged {{45.6C}}.
    Polling staff were among the dead.""",
)

card(
    "Storm Daniel: Greece counts [[15|killed]] dead as Thessaly plain lies under water",
    """Farmers in the region lost [[tens of thousands of animals|killed;u=other;a=officials]],
    officials said, and [[about 1,000 people|displaced;a=officials]] were evacuated from Larissa
    and Volos by helicopter and boat.""",
)

card(
    "Sindh: [[1,200 families|displaced]] moved as Indus breaches embankment near Sukkur",
    """District officials said [[between 1,200 and 1,500 families|displaced;a=District officials]]
    from [[14 villages|other;a=District officials]] had been shifted to [[six relief
    camps|capacity;a=District officials]] after the river broke through on Tuesday night.
    Standing crops on {{3,000 acres}} were under water.""",
    stop=False,
)

card(
    "Snowstorm in Hubei strands travellers at start of Lunar New Year rush",
    """Temperatures fell to {{minus 10C}} and {{30cm}} of snow closed the {{G4}} expressway for
    {{18 hours}}. The {{40-day}} travel season began on {{January 14}}.""",
)

card(
    "Scorching {{2023}} hottest year on record, says EU monitor",
    """Global temperatures were {{1.48C}} above pre-industrial levels, Copernicus said, close to
    the {{1.5C}} limit set in Paris in {{2015}}. Every month from June to December broke its
    record.""",
)
