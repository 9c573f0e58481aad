"""Latin America and the Caribbean: earthquakes in Mexico, Ecuador and Haiti, a hurricane,
wildfires in Chile, mudslides in Brazil and Colombia, floods in southern Brazil, an eruption, a
dam burst, a hillside collapse and a heatwave, in the idiom of El Universal, Folha in English,
Reuters and AFP (11 texts with figures, 1 without)."""

from _wrap import item

item(
    "Death toll from September 19 quake rises to 225",
    """The number of people killed by Tuesday's {{7.1-magnitude}} earthquake rose to
    [[225|killed;a=the national Civil Protection coordinator]] on Wednesday, the national Civil
    Protection coordinator said, [[94 of them|killed;n=-;a=the national Civil Protection
    coordinator]] in Mexico City. In Morelos, [[71 people|killed]] died, and in Puebla,
    [[43|killed]]. In the capital, [[44 buildings|housing;a=the mayor]] collapsed, the mayor
    said, and marines, soldiers and volunteers have pulled [[52 people|other]]
    alive from the rubble. At the Enrique Rébsamen school in the southern borough of Coyoacán,
    [[19 children|killed]] and [[six adults|killed]] died when a wing of the building fell in.
    The Defense Secretariat said [[3,400 soldiers|combatants;a=The Defense Secretariat]] had
    been deployed under its emergency plan, alongside [[thousands of volunteers|other;a=The
    Defense Secretariat]] who
    formed human chains to pass rubble from hand to hand. The quake struck at {{1:14 p.m.}},
    {{32 years}} to the day after the {{1985}} earthquake that devastated the capital.""",
)

item(
    "Otis: 45 dead, 47 missing in Acapulco as troops deploy",
    """Hurricane Otis, which slammed into Acapulco as a {{Category 5}} storm with winds of
    {{270 km/h}}, has left [[45 people|killed;a=the Guerrero state government]] dead and
    [[47|missing;a=the Guerrero state government]] missing, the Guerrero state government said
    on Sunday. The Defense Secretariat said
    [[more than 10,000 elements|combatants;a=The Defense Secretariat]] of the Army and the
    National Guard had been deployed to the port, where looting broke out in the first days
    after the storm. The Federal Electricity Commission (CFE) said it had restored power to
    {{62%}} of the
    [[513,000 users|civilians;a=The Federal Electricity Commission (CFE)]] affected. Officials
    estimated that [[as many as 220,000 homes|housing;a=Officials]] had been damaged. The
    Welfare Secretariat has handed out [[47,000 despensas|aid;u=other]], or food packs, and
    [[about 1,300 people|displaced]] remain in [[15 shelters|capacity]] in Acapulco and
    Coyuca de Benítez. Otis made landfall shortly after midnight on {{October 25}}, and insurers
    put losses at up to {{$15 billion}}. Residents of the Renacimiento and Emiliano Zapata
    neighborhoods said they had received no aid {{five days}} after the storm. "We have nothing
    left, not even water," said a fisherwoman waiting for a despensa outside a shelter. The
    president defended the response at his morning press conference, saying forecasters had
    predicted only a tropical storm {{12 hours}} before landfall. The Navy said its ships had
    brought [[more than 500 tonnes|aid;a=The Navy]] of food and water to the port. Hotels along
    the Costera Miguel Alemán, the beachfront avenue, were left with their windows blown
    out.""",
)

item(
    "Ecuador quake toll rises to 654 as aftershocks rattle coast",
    """The death toll from Ecuador's {{7.8 magnitude}} earthquake rose to
    [[654|killed;a=the government]] on Friday, the government said, with
    [[58 people|missing;a=the government]] still missing and
    [[more than 16,600|injured;a=the government]] injured.
    [[Some 25,000 people|displaced;a=the president]] are living in shelters, the president
    said during a visit to Manta. The quake, the worst to hit the country since {{1979}},
    destroyed or damaged [[about 7,000 buildings|housing]] in the coastal provinces of Manabí and
    Esmeraldas. In Pedernales, a town of [[40,000 people|civilians]], {{80 percent}} of the
    buildings are unusable. [[About 10,000 soldiers|combatants]] and
    [[4,600 police officers|combatants]] have been deployed, and rescue teams from
    [[more than a dozen countries|other;u=other]] are helping. The Geophysics Institute has
    recorded [[more than 700 aftershocks|other;u=other;a=The Geophysics Institute]]. The
    government estimates reconstruction will cost {{$3 billion}}, or {{3 percent}} of gross
    domestic product.""",
)

item(
    "Haiti quake death toll climbs to 2,207 as Grace drenches survivors",
    """The toll from the {{7.2-magnitude}} earthquake that struck southwestern Haiti on Saturday
    has climbed to [[2,207|killed;a=Haiti's Civil Protection agency]], Haiti's Civil Protection
    agency said on Tuesday.
    [[At least 344 people|missing;a=the agency;alt=Haiti's Civil Protection agency]] are still
    missing and [[12,268|injured;a=the agency;alt=Haiti's Civil Protection agency]] injured,
    the agency said. [[More than 52,900 homes|housing]] were destroyed and
    [[77,000|housing;u=structure]] damaged, leaving [[some 30,000 families|displaced]] without
    shelter. Tropical Storm Grace dumped up to {{25 centimetres}} of rain on the southern
    peninsula on Monday night, flooding the fields and schoolyards where survivors slept under
    tarpaulins. The UN said [[about 650,000 people|civilians;a=The UN]] needed humanitarian
    assistance. The US Coast Guard flew [[more than 100 injured people|injured]] to hospitals
    in Port-au-Prince. The quake struck at {{8:29 am}} ({{1229 GMT}}), {{12 km}} from the town
    of Petit-Trou-de-Nippes.""",
)

item(
    "Chile wildfires: toll rises to 131, hundreds missing in Viña del Mar",
    """The death toll from the forest fires that swept through hillside neighbourhoods of Viña
    del Mar and Quilpué rose to [[131|killed;a=the Legal Medical Service]] on Tuesday, the Legal
    Medical Service said, with [[only 35|killed;a=the Legal Medical Service]] of the victims
    identified so far. The mayor of Viña del Mar said
    [[between 300 and 400 people|missing;a=The mayor of Viña del Mar]] remained unaccounted
    for. [[Some 15,000 homes|housing;a=the housing ministry]] were destroyed across the
    Valparaíso region, according to the housing ministry. The fires have burned more than
    {{8,000 hectares}}. [[More than 1,400 firefighters|other]] and
    [[1,300 soldiers|combatants]] are fighting the remaining blazes, and a curfew from
    {{9 p.m.}} to {{6 a.m.}} remains in force in the worst-hit areas. The government has begun
    paying an emergency bonus of {{1.5 million pesos}} to [[some 4,000 families|aid]] who lost
    their homes.""",
)

item(
    "Petrópolis: death toll reaches 176 as search goes on in Morro da Oficina",
    """The number of deaths from the rainstorm that hit Petrópolis, in the mountain region of Rio
    de Janeiro state, reached [[176|killed;a=the Civil Police]] on Saturday, according to the
    Civil Police. The victims include [[27 minors|killed]].
    [[At least 110 people|missing;a=the Public Defender's Office]] are still missing, according
    to the Public Defender's Office. The city's Civil Defense said
    [[967 people|displaced;a=The city's Civil Defense]] were homeless or displaced and
    sheltering in
    [[57 schools and churches|capacity;n=schools and churches;a=The city's Civil Defense]].
    Firefighters have rescued [[24 people|other]] alive from the mud, most of them in the Morro
    da Oficina, where [[around 80 houses|housing]] were buried.
    [[More than 500 firefighters|other]] and [[200 soldiers|combatants]] are working in the
    area. The rain on Tuesday afternoon reached {{258 millimeters}} in {{three hours}}, more
    than the average for the whole of February. The federal government has released
    {{R$1 billion}} for reconstruction.""",
)

item(
    "Floods in Rio Grande do Sul: 147 dead, more than 538,000 out of their homes",
    """The floods that have hit Rio Grande do Sul for more than {{two weeks}} have killed
    [[147 people|killed;a=the state Civil Defense]], left
    [[806|injured;a=the state Civil Defense]] injured and
    [[127|missing;a=the state Civil Defense]] missing, according to the state Civil Defense.
    The agency said [[more than 538,000 people|displaced;a=The agency;alt=the state Civil
    Defense]] had been forced from their homes, [[81,000 of them|displaced;n=-;a=The
    agency;alt=the state Civil Defense]] in public shelters. The waters have reached
    [[446|other;u=other]] of the state's [[497 municipalities|other;u=other]]. Rescue teams,
    many of them volunteers with their own boats, have saved [[over 76,000 people|other]] and
    [[10,000 animals|other;u=other]]. In Porto Alegre, the Guaíba reached {{5.35 meters}},
    above the record of {{4.76 meters}} set in {{1941}}. The federal government has announced
    a {{R$50.9 billion}} package for the state. Porto Alegre's international airport has been
    closed since {{May 3}} and will stay shut until at least the end of the month, its operator
    said. Forecasters expect another {{150 millimeters}} of rain in the south of the state over
    the weekend, and the governor has said reconstruction will need a "Marshall Plan".""",
)

item(
    "Colombia mudslide death toll rises to 254, many of them children",
    """The death toll from a wave of mud and debris that tore through the Colombian town of Mocoa
    rose to [[254|killed;a=the national disaster agency]] on Monday, including
    [[43 children|killed;a=the national disaster agency]], the national disaster agency said.
    [[About 400 people|injured;a=the Red Cross]] were injured and
    [[some 200|missing;a=the Red Cross]] remain missing, the Red Cross said. The Mocoa, Mulato
    and Sangoyaco rivers burst their banks after {{130 millimeters}} of rain fell overnight on
    Friday, {{a third}} of the town's usual monthly rainfall.
    [[Seventeen neighborhoods|other;u=other]] were wiped out.
    [[More than 1,100 soldiers and police|combatants;n=soldiers and police]] are clearing debris
    and searching for survivors, and the government said
    [[some 300 families|displaced;a=the government]] had been moved to shelters.""",
)

item(
    "Guatemala volcano toll hits 99; 197 missing, says disaster agency",
    """The number of people killed by the eruption of Guatemala's Fuego volcano rose to
    [[99|killed;a=the National Institute of Forensic Sciences]] on Thursday, the National
    Institute of Forensic Sciences said, while the disaster agency CONRED said
    [[197 people|missing;a=the disaster agency CONRED]] were missing. Pyroclastic flows of gas,
    ash and rock at temperatures of up to {{700 degrees Celsius}} buried the village of San
    Miguel Los Lotes and parts of a golf resort. [[More than 12,000 people|displaced]] have
    been evacuated, and [[about 3,600|displaced]] are staying in [[13 shelters|capacity]] in
    Escuintla and Alotenango. Rescuers suspended the search for {{48 hours}} as fresh flows came
    down the Las Lajas ravine. CONRED says the eruption has affected
    [[1.7 million people|civilians;v=1700000;a=CONRED]] in
    [[three departments|other;u=other;a=CONRED]].""",
)

item(
    "Brazil dam disaster: 65 dead, 279 missing as search resumes",
    """Firefighters in Brumadinho resumed the search on Monday for
    [[279 people|missing;a=Minas Gerais state's civil defense]] missing after the collapse of a
    Vale SA tailings dam, as the confirmed death toll rose to
    [[65|killed;a=Minas Gerais state's civil defense]], Minas Gerais state's civil defense said.
    Most of the missing are Vale employees who were eating lunch in the company's cafeteria when
    the dam gave way on Friday, releasing {{12 million cubic meters}} of mining waste.
    [[About 3,000 residents|displaced]] were evacuated early on Sunday after sirens warned that
    a second dam was at risk. [[Hundreds of firefighters|other]], some working waist-deep in
    mud, were joined by a team of [[136 Israeli soldiers|combatants]] with sonar equipment.
    Authorities said [[more than 390 people|other;a=Authorities]] had been found alive. Vale
    said it would donate {{100,000 reais}} to each family of the dead.""",
)

item(
    "Landslide on Chiquihuite hill buries homes in Tlalnepantla",
    """[[Four people|missing;a=State of Mexico Civil Protection]], including
    [[two children|missing;a=State of Mexico Civil Protection]], are missing after a section of
    the Cerro del Chiquihuite collapsed onto homes in the Lomas de San Juan Ixhuatepec
    neighborhood of Tlalnepantla on Friday afternoon, State of Mexico Civil Protection said.
    [[At least ten houses|housing]] were buried. Rescuers and soldiers worked with sniffer dogs
    through the night, and the National Guard sent [[80 elements|combatants]] to secure the
    area. [[About 90 families|displaced]] living on the slopes were evacuated to a shelter set
    up in a sports center. Civil Protection had warned in {{2019}} that a boulder weighing
    {{200 tonnes}} on the hill could fall.""",
)

item(
    "Mexico City breaks heat record as third heatwave grips the country",
    """Mexico City recorded a temperature of {{34.7 degrees Celsius}} at the Tacubaya observatory
    on Thursday, breaking the record of {{34.2 degrees}} set on {{May 9}}, the National
    Meteorological Service (SMN) said. The SMN said the {{third}} heatwave of the season would
    last at least until {{May 31}}, with maximum temperatures of {{40 to 45 degrees}} across
    much of the country. The Cutzamala system, which supplies about {{a quarter}} of the water
    used in the Valley of Mexico, stood at {{26.9%}} of its capacity, its lowest level for the
    date since {{1996}}. Electricity demand hit a record {{50,000 megawatts}} on Wednesday, the
    national grid operator Cenace said, after rolling blackouts of up to {{two hours}} earlier
    in the month.""",
)
