"""dev224 items: Brazil, Haiti, Mexico, Ecuador, Guatemala, Jamaica, the United States, Germany,
Belgium, Spain, Greece, Poland, the Czech Republic, Italy and Slovenia (floods, hurricanes,
landslides, earthquakes), 2016-2025."""

from _wrap import item

item(
    "Rio Grande do Sul floods: 147 dead, half a million forced out",
    """
    PORTO ALEGRE, Brazil - Floods in Rio Grande do Sul have killed
    [[at least 147 people|killed;a=the state civil defence agency]], and
    [[127|missing;a=the state civil defence agency]] are still missing, the state civil defence
    agency said on Monday, as the Guaiba lake stayed above {{5 metres}} for a {{second}} week.
    [[More than 538,000 people|displaced;a=the agency;alt=the state civil defence agency]] have
    been forced from their homes,
    [[81,000|displaced;a=the agency;alt=the state civil defence agency]] of them into public
    shelters, the agency said. Rescuers, many of them volunteers on jet skis and fishing boats,
    have saved [[more than 76,000 people|other]]. Police in Porto Alegre said they had arrested
    [[about 30 people|arrested;a=Police in Porto Alegre]] for looting empty homes. The defence
    ministry said
    [[more than 15,000 soldiers, sailors and airmen|combatants;n=soldiers, sailors and airmen;a=The defence ministry]]
    were taking part in the rescue.
    """,
)

item(
    "A month on, Rio Grande do Sul's shelters begin to empty",
    """
    CANOAS, Brazil - {{A month}} after the floods, state civil defence officials said
    [[about 20,000 people|displaced;a=state civil defence officials]] were still in shelters,
    down from [[more than 81,000|displaced;a=state civil defence officials]] at the peak.
    [[Some 400,000 people|returned]] have gone home across the state, many to scrape mud from
    houses that were under water for weeks. The federal government said
    [[more than 300,000 families|aid;a=The federal government]] had received a one-off
    reconstruction payment of {{5,100 reais}}. The state plans to build temporary housing
    estates with room for [[about 2,000 families|capacity;p;a=The state]] whose
    neighbourhoods will not be rebuilt. In Canoas, {{90%}} of the Mathias Velho district was
    flooded. Across the state [[more than 600 schools|other]] were still closed on Monday.
    """,
)

item(
    "Haiti quake toll passes 2,200; doctors kidnapped on way south",
    """
    LES CAYES, Haiti - The death toll from Saturday's {{7.2-magnitude}} earthquake in Haiti's
    southwest rose to [[2,207|killed;a=the Civil Protection Agency]] on Wednesday, the Civil
    Protection Agency said, with [[12,268 people|injured;a=the Civil Protection Agency]] injured
    and [[344|missing;a=the Civil Protection Agency]] still missing. The agency said
    [[more than 130,000 homes|housing;a=The agency;alt=the Civil Protection Agency]] had been
    destroyed or damaged, and Tropical Storm Grace brought heavy rain overnight to survivors
    sleeping in the open. In Port-au-Prince, gunmen kidnapped
    [[two doctors|kidnapped;a=the Haitian Medical Association]] who were on their way to help
    in the south, the Haitian Medical Association said. UN officials said gangs had hijacked
    [[at least four trucks|aid;a=UN officials]] of relief supplies on the road through
    Martissant. The World Food Programme said it had delivered food to
    [[about 11,000 people|aid;a=The World Food Programme]] so far.
    """,
)

item(
    "Otis: Acapulco counts the dead as troops pour in",
    """
    ACAPULCO, Mexico - Hurricane Otis, which grew from a tropical storm into a {{Category 5}}
    hurricane in {{12 hours}}, killed [[at least 48 people|killed;a=the Guerrero state government]]
    in Acapulco and nearby towns, and [[36|missing;a=the Guerrero state government]] are
    missing, the Guerrero state government said on Sunday. President Andres Manuel Lopez
    Obrador said
    [[about 17,000 soldiers and National Guard members|combatants;n=soldiers and National Guard members;a=President Andres Manuel Lopez Obrador]]
    had been sent to distribute food and stop looting. The welfare ministry said its census
    had counted [[about 273,000 homes|housing;a=The welfare ministry]] damaged. Guerrero
    prosecutors said armed men had abducted
    [[two truck drivers|kidnapped;a=Guerrero prosecutors]] delivering bottled water to the
    Renacimiento neighbourhood, and that both had since been freed. The state security ministry
    said [[about 40 people|arrested;a=The state security ministry]] had been arrested for
    looting supermarkets.
    """,
)

item(
    "Ecuador quake toll rises to 413 as rescuers search coastal towns",
    """
    PORTOVIEJO, Ecuador - The death toll from Saturday's earthquake, Ecuador's strongest in
    decades, rose to [[413|killed;a=President Rafael Correa]], President Rafael Correa said on
    Tuesday, and [[more than 2,500 people|injured;a=President Rafael Correa]] were hurt.
    [[231 people|missing]] are still missing, most of them in Pedernales and Manta. Security
    Minister Cesar Navas said [[more than 23,500 people|displaced;a=Security Minister Cesar Navas]]
    were sleeping in shelters and that [[10,000 soldiers|combatants;a=Security Minister Cesar Navas]]
    and [[4,600 police officers|combatants;a=Security Minister Cesar Navas]] had been deployed.
    Rescuers have pulled [[113 people|other]] alive from the rubble. Correa estimated that
    rebuilding would cost about {{$3 billion}}, or {{3 percent}} of GDP.
    """,
)

item(
    "Ahr valley: 98 dead in one district as Germany counts flood toll",
    """
    BAD NEUENAHR-AHRWEILER, Germany - [[At least 98 people|killed;a=police in Koblenz]] died in
    the Ahrweiler district when the Ahr river tore through its valley, police in Koblenz said
    on Saturday, and [[618|injured;a=police in Koblenz]] were injured. District officials said
    they had still not reached [[about 1,300 people|missing;a=District officials]], though
    mobile networks were down and many were likely safe. In neighbouring North Rhine-Westphalia
    [[43|killed]] have died. The Bundeswehr has deployed [[about 850 soldiers|combatants]] with
    armoured recovery vehicles, and army and police helicopters lifted
    [[between 700 and 800 people|other]] from rooftops. In Belgium, Interior Minister Annelies
    Verlinden said [[at least 27 people|killed;a=Interior Minister Annelies Verlinden]] had died.
    """,
)

item(
    "Valencia flood toll reaches 217; Spain sends 5,000 more troops",
    """
    VALENCIA, Spain - The death toll from the flash floods in Valencia rose to
    [[217|killed;a=regional authorities]] on Monday, regional authorities said, and
    [[dozens of people|missing]] remain missing. In the town of Paiporta alone
    [[62|killed]] died. Prime Minister Pedro Sanchez said
    [[5,000 more soldiers|combatants;p;a=Prime Minister Pedro Sanchez]] would join the
    [[2,100|combatants;a=Prime Minister Pedro Sanchez]] already deployed, the largest peacetime
    deployment of the armed forces in Spain. The Guardia Civil said it had arrested
    [[39 people|arrested;a=The Guardia Civil]] for looting shops in Paiporta and Alfafar.
    [[More than 120,000 cars|other;a=insurers]] were wrecked, according to insurers. Volunteers
    with brooms and shovels streamed across the bridges from the city for a {{fifth}} day.
    """,
)

item(
    "Storm Daniel: villages in Thessaly cut off by floodwater",
    """
    VOLOS, Greece - Storm Daniel has killed [[at least 15 people|killed]] in central Greece and
    [[four|missing]] are missing. Civil Protection Minister Vassilis Kikilias said firefighters
    and the army had rescued
    [[more than 3,500 people|other;a=Civil Protection Minister Vassilis Kikilias]] since Tuesday.
    [[Hundreds of people|civilians]] remain trapped in villages around Palamas and Karditsa, cut
    off by water up to {{2 metres}} deep. Officials said
    [[about 800 people|displaced;a=Officials]] were sheltering in hotels in Volos and Larissa.
    Farmers' unions said [[more than 20,000 sheep and goats|other;n=sheep and goats;a=Farmers' unions]]
    had drowned on the Thessaly plain, which produces {{a quarter}} of Greece's farm output.
    """,
)

item(
    "Storm Boris: Nysa told to evacuate as dam overflows",
    """
    NYSA, Poland - Authorities in the Polish town of Nysa ordered
    [[about 44,000 residents|displaced;p]] to evacuate on Sunday after the river overflowed a
    dyke. Prime Minister Donald Tusk said [[four people|killed;a=Prime Minister Donald Tusk]] had
    died in Poland. Defence Minister Wladyslaw Kosiniak-Kamysz said
    [[more than 3,000 soldiers|combatants;a=Defence Minister Wladyslaw Kosiniak-Kamysz]] were
    helping with evacuations. In the Czech Republic,
    [[about 10,000 people|displaced;a=Interior Minister Vit Rakusan]] were evacuated and
    [[seven|missing;a=Interior Minister Vit Rakusan]] were missing, Interior Minister Vit
    Rakusan said. The utility CEZ said
    [[260,000 households|civilians;a=The utility CEZ]] were without power. Some towns in the
    Jeseniky mountains recorded more than {{400 mm}} of rain in {{three days}}.
    """,
)

item(
    "Emilia-Romagna: evacuees begin to return after floods",
    """
    FAENZA, Italy - [[More than 36,000 people|displaced;a=regional officials]] were forced from
    their homes by last week's floods in Emilia-Romagna, regional officials said, and
    [[14|killed]] died. By Sunday
    [[about 23,000|returned;a=the region's civil protection agency]] had gone back, according to
    the region's civil protection agency, while
    [[the remaining 13,000|displaced;a=the region's civil protection agency]] were in hotels,
    sports halls or with relatives. The army sent [[about 400 soldiers|combatants]] with pumps
    and earth-movers. [[Tens of thousands of volunteers|other]], many of them students, have
    come to shovel mud out of homes and shops. Prime Minister Giorgia Meloni promised
    {{2 billion euros}} in aid. The region received {{half}} its annual rainfall in
    {{36 hours}}.
    """,
)

item(
    "Melissa kills dozens in Jamaica and Haiti, Cuba evacuees go home",
    """
    KINGSTON, Jamaica - Hurricane Melissa, which made landfall as a {{Category 5}} storm with
    sustained winds of {{295 km/h}}, killed
    [[at least 32 people|killed;a=Information Minister Dana Morris Dixon]] in Jamaica,
    Information Minister Dana Morris Dixon said on Saturday. She said
    [[more than 25,000 people|displaced;a=Information Minister Dana Morris Dixon]] were in
    [[as many as 880 shelters|capacity;a=Information Minister Dana Morris Dixon]]. In Haiti,
    [[at least 23 people|killed;a=the civil protection agency]] died when a river overflowed in
    Petit-Goave, the civil protection agency said. Cuba evacuated
    [[735,000 people|displaced]] before the storm struck its east. State media said
    [[about 600,000|returned;a=State media]] had gone home by Friday. In western Jamaica
    {{77%}} of electricity customers were still without power.
    """,
)

item(
    "Helene: North Carolina toll passes 100 as hundreds remain unaccounted for",
    """
    ASHEVILLE, North Carolina - [[At least 100 people|killed;a=Governor Roy Cooper]] have died in
    North Carolina after Hurricane Helene, Governor Roy Cooper said on Wednesday, and officials
    said [[hundreds|missing;a=officials]] were still unaccounted for in mountain communities
    where roads and phone lines were washed away. FEMA said it had deployed
    [[more than 6,000 personnel|other;a=FEMA]] across the south-east and had shipped
    [[more than 2 million meals|aid;a=FEMA]] to the region. The Pentagon said
    [[up to 1,000 active-duty soldiers|combatants;p;a=The Pentagon]] would be sent to help
    deliver supplies. Helicopter crews have rescued [[more than 3,200 people|other]] in the
    western part of the state.
    """,
)

item(
    "Petropolis mudslides: 176 dead, children among victims",
    """
    PETROPOLIS, Brazil - The death toll from Tuesday's mudslides and floods in Petropolis rose
    to [[176|killed;a=Rio de Janeiro state authorities]], among them
    [[at least 27 children|killed;a=Rio de Janeiro state authorities]], Rio de Janeiro state
    authorities said on Sunday, and [[110 people|missing]] are still missing.
    [[More than 800 people|displaced;a=city hall]] were sheltering in
    [[37 schools|capacity;a=city hall]], city hall said. Firefighters have pulled
    [[24 people|other]] out alive. [[Some 500 firefighters|other]], backed by soldiers and
    volunteers, are digging through the Morro da Oficina hillside, where
    [[about 80 houses|housing]] were buried. The city received {{258 mm}} of rain in
    {{three hours}}, more than in any day since {{1932}}.
    """,
)

item(
    "Eta: Guatemala fears up to 150 buried in Queja",
    """
    SAN CRISTOBAL VERAPAZ, Guatemala - President Alejandro Giammattei said
    [[between 100 and 150 people|killed;a=President Alejandro Giammattei]] may have died when a
    hillside collapsed on the village of Queja, though only
    [[eight bodies|killed]] had been recovered. [[About 150 soldiers|combatants]] reached the
    village on foot after roads were cut. The disaster agency CONRED said
    [[more than 3,000 people|displaced;a=The disaster agency CONRED]] were in shelters across the
    country. In neighbouring Honduras,
    [[more than 80,000 people|displaced;a=the Permanent Contingency Commission]] were in shelters
    and [[1.7 million|civilians;a=the Permanent Contingency Commission]] had been affected, the
    Permanent Contingency Commission said. Eta came ashore in Nicaragua on Tuesday as a
    {{Category 4}} hurricane.
    """,
)

item(
    "Slovenia puts flood damage at 10 billion euros",
    """
    LJUBLJANA - Slovenia's government estimated the damage from the {{August 4}} floods at
    more than {{10 billion euros}}, about {{16%}} of the country's annual output. Prime Minister
    Robert Golob called it the worst natural disaster since independence in {{1991}}. Some
    areas received more than {{200 mm}} of rain in {{24 hours}}, and {{two-thirds}} of the
    country was affected. The European Commission said Slovenia could receive up to
    {{400 million euros}} from the EU Solidarity Fund, paid out over {{two years}}. Parliament
    will vote in September on a reconstruction law.
    """,
)

item(
    "Climate change made Valencia downpour heavier, scientists say",
    """
    MADRID - Climate change made the rainfall that caused the Valencia floods about {{12%}}
    heavier and roughly {{twice}} as likely, World Weather Attribution said in a study published
    on Thursday. A weather station in Turis recorded {{771 mm}} in {{24 hours}} on
    {{October 29}}, close to a year's rain. Spain's state insurance consortium expects claims of
    about {{3.5 billion euros}}, the largest in its history. The Turia was diverted south of the
    city after the flood of {{1957}}. Spain's weather agency AEMET said sea temperatures in the
    western Mediterranean had been {{2C}} above the {{1991-2020}} average.
    """,
)
