"""Latin America and Spain as EFE, Prensa Latina, Agencia Brasil and the region's English
services render them: floods and landslides, prison riots, gang violence, migrants, evictions,
protests, aid (35 items, 3 without a figure)."""

from _wrap import item

item(
    "Floods in Rio Grande do Sul leave 1.500 persons homeless",
    """The rains that fell since Monday on the state of Rio Grande do Sul have left [[some 1.500
    persons|displaced;a=the Civil Defence]] without home, informed the Civil Defence on
    {{03/05/2024}}. According to the same body, [[12 persons|killed;a=the same body;alt=the
    Civil Defence]] died and [[21|missing;a=the same body;alt=the Civil Defence]] continue
    missing. The governor declared calamity for {{90 days}}.""",
)

item(
    "Landslide in Petrópolis: toll rises to 178",
    """The number of dead by the landslides in Petrópolis rose to [[178|killed;a=the Civil
    Police]], as indicated by the Civil Police this Sunday. [[Another 1 100
    persons|displaced;a=the municipal government]] are lodged in schools and churches, according
    to what was reported by the municipal government. The city opened [[38 support
    points|capacity;u=structure]].""",
)

item(
    "Ecuador: prison riot in Guayaquil leaves more than a hundred dead",
    """[[More than a hundred inmates|killed;a=the SNAI]] lost their life in the clashes between
    gangs in the Penitentiary of the Littoral, according to the SNAI, the body that administers
    the prisons. President Guillermo Lasso decreed a state of exception in the prison system for
    {{60 days}} through Decree {{1.167}}. [[Some 400 police and soldiers|combatants;n=police and
    soldiers]] took the control of the pavilions.""",
)

item(
    "Venezuela delivers 30 thousand food bags in Zulia",
    """The Local Committees of Supply and Production (CLAP) delivered [[30 thousand food
    bags|aid;a=the governor of the state;alt=Manuel Rosales;u=other]] in the parishes of
    Maracaibo, said the governor of the state, Manuel Rosales. Each bag has {{18 kilos}} of
    products and benefits [[some 120.000 persons|aid]].""",
)

item(
    "Migrants rescued in the Darién jungle",
    """Panamanian border agents rescued [[some forty migrants|other;a=the National Border
    Service (Senafront)]] who were lost in the Darién jungle, reported the National Border
    Service (Senafront). Among them were [[11 minors|other;a=the National Border Service
    (Senafront)]]. In {{2023}}, [[more than 520.000 persons|other]] crossed the jungle towards
    the north.""",
)

item(
    "Clashes in Haitian capital leave a dozen dead",
    """[[A dozen dead|killed;a=local media;n=dead]] and [[tens of wounded|injured;a=local
    media]] left the confrontations between armed gangs in the Carrefour-Feuilles neighbourhood,
    informed local media. The International Organization for Migrations estimated that [[some
    5.000 persons|displaced;a=The International Organization for Migrations]] abandoned their
    homes in the zone since {{12/08/2023}}.""",
)

item(
    "Colombia: 2,5 million Venezuelans regularised",
    """Colombia has granted the Temporary Protection Permit to [[2,5 million Venezuelan
    migrants|other;v=2500000;a=the director of Migration Colombia;alt=Carlos Fernando García]],
    declared the director of Migration Colombia, Carlos Fernando García. The measure, created by
    Decree {{216}} of {{2021}}, has a validity of {{ten years}}.""",
)

item(
    "Chilean wildfires: 131 dead in Valparaíso",
    """The balance of the forest fires in the region of Valparaíso rose to [[131
    deceased|killed;a=the Legal Medical Service]], informed the Legal Medical Service on
    {{07.02.2024}}. In Viña del Mar [[no fewer than 7.000 homes|housing;a=the Ministry of
    Housing]] were affected, according to the Ministry of Housing. The temperatures reached {{40
    degrees}}.""",
)

item(
    "Peru: protests leave 18 dead in Juliaca",
    """[[18 persons|killed;a=the Ombudsman's Office]] died in the clashes between protesters and
    police in Juliaca, in the Puno region, according to the Ombudsman's Office. The health
    authorities reported [[more than 100 wounded|injured;a=The health authorities]], among them
    [[some 30 agents|injured;a=The health authorities]]. The protesters demand the resignation
    of President Dina Boluarte and elections in {{2023}}.""",
)

item(
    "Mexico: 300 migrants found abandoned in trailer",
    """Agents of the National Institute of Migration located [[343 migrants|other;a=the
    institute;alt=the National Institute of Migration]] in the box of a trailer abandoned on the
    highway Veracruz-Puebla, informed the institute in a communiqué. Of them, [[103|other;a=the
    institute;alt=the National Institute of Migration]] were unaccompanied minors. The driver
    was not located.""",
)

item(
    "Cuba sends medical brigade to Honduras",
    """Cuba sent a brigade of [[some 50 health collaborators|other;a=Prensa Latina]] to attend
    the victims of the storm Sara in Honduras, according to what was reported by Prensa Latina.
    In Honduras the rains left [[more than 134 thousand persons|civilians;a=the Permanent
    Commission of Contingencies (Copeco)]] affected, as indicated by the Permanent Commission of
    Contingencies (Copeco), and [[3 200 persons|displaced;a=the Permanent Commission of
    Contingencies (Copeco)]] in [[95 shelters|capacity;a=the Permanent Commission of
    Contingencies (Copeco)]].""",
)

item(
    "Bolivia: road blockades enter third week",
    """The blockades of roads called by the followers of Evo Morales completed {{three weeks}}
    this Monday. The Government estimated the losses in {{USD 1.700 million}} and said that
    [[more than 3.000 trucks|other;a=The Government]] are stranded on the routes. The police
    detained [[66 persons|arrested;a=the Minister of Government;alt=Eduardo del Castillo]] in
    the operation of clearing, declared the Minister of Government, Eduardo del Castillo.""",
)

item(
    "Argentina: inflation closes 2023 at 211,4%",
    """The inflation in Argentina closed {{2023}} with an interannual rise of {{211,4%}}, the
    highest since {{1990}}, informed the INDEC on {{11/01/2024}}. In December alone the prices
    rose {{25,5%}}. The Minister of Economy Luis Caputo announced measures for {{the next six
    months}}.""",
)

item(
    "Spain: rescue of 1.216 migrants in Canary Islands in one weekend",
    """Maritime Rescue assisted [[1.216 persons|other;a=Maritime Rescue]] who arrived to the
    Canary Islands in [[23 cayucos|other;u=other]] between Friday and Sunday, informed Maritime
    Rescue. [[Nine|killed]] were found dead in one of the boats at {{04.30}} of Sunday near El
    Hierro.""",
)

item(
    "DANA in Valencia: toll reaches 216",
    """The number of dead by the DANA in the province of Valencia reached [[216|killed;a=the
    Integrated Coordination Centre]], according to the last balance of the Integrated
    Coordination Centre published at {{20.00}}. [[Some 1.900 military|combatants;a=the Ministry
    of Defence]] participate in the works, according to the Ministry of Defence, and [[more than
    78.000 persons|other;a=the volunteer platform]] signed up as volunteers, as indicated by the
    volunteer platform.""",
)

item(
    "Guatemala: eruption of Volcán de Fuego forces evacuation",
    """The National Coordinator for Disaster Reduction (Conred) evacuated [[more than 1 000
    persons|displaced;a=The National Coordinator for Disaster Reduction (Conred)]] of [[seven
    communities|other;u=other]] near the Volcán de Fuego. The volcano, of {{3.763 metres}} of
    height, launched columns of ash of {{up to 4.800 metres}}.""",
)

item(
    "Honduras: 46 women die in prison fire",
    """[[46 inmates|killed;a=the Public Ministry]] died in the fire and the shooting in the
    Women's Centre of Social Adaptation in Támara, confirmed the Public Ministry.
    [[Seven|injured]] more were transferred to the Hospital Escuela. The President Xiomara
    Castro announced the intervention of the prison system for {{one year}}.""",
)

item(
    "Brazil: operation in Complexo da Penha leaves 23 dead",
    """A police operation in the Complexo da Penha, in the north zone of Rio de Janeiro, left
    [[at least 23 dead|killed;a=the Military Police]], informed the Military Police. [[Seven
    persons|injured;a=the Health Secretariat]] were wounded, one of them a {{41-year-old}}
    woman, according to the Health Secretariat. In the action [[13 rifles|other;a=the
    corporation]] were seized, said the corporation.""",
)

item(
    "Nicaragua releases 222 political prisoners to the United States",
    """The regime of Daniel Ortega deported [[222 political prisoners|arrested]] to the United
    States on {{09/02/2023}}, among them [[seven former presidential candidates|arrested]]. A
    court ordered the loss of nationality of all of them under Law {{1145}}, approved the same
    day.""",
)

item(
    "Paraguay: Pilcomayo drought affects indigenous communities",
    """The National Emergency Secretariat (SEN) delivered [[4.500 kits|aid;a=The National
    Emergency Secretariat (SEN)]] of food and [[180.000 litres|aid]] of water to [[some 2.000
    indigenous families|aid;a=The National Emergency Secretariat (SEN)]] of the Chaco. The river
    Pilcomayo registers its lowest level in {{50 years}}.""",
)

item(
    "Colombia: 32.000 displaced by clashes in Catatumbo",
    """The confrontations between the ELN and dissidents of the FARC in the Catatumbo have
    forced the displacement of [[more than 32.000 persons|displaced;a=the Ombudsman's Office]],
    informed the Ombudsman's Office on {{20/01/2025}}. [[About 80 persons|killed;a=the governor
    of Norte de Santander;alt=William Villamizar]] were assassinated, as indicated by the
    governor of Norte de Santander, William Villamizar.""",
)

item(
    "Ecuador: soldiers retake Litoral prison",
    """The Armed Forces entered the Regional Prison of Guayaquil with [[2 700
    military|combatants;a=the Joint Command]] and [[300 police|combatants;a=the Joint Command]],
    informed the Joint Command. They seized [[1 185 cartridges|other]] and [[24
    firearms|other]].""",
)

item(
    "Mexico: Ayotzinapa parents march ten years on",
    """Parents of the students of Ayotzinapa marched this {{26 of September}} in Mexico City,
    {{ten years}} after the disappearance of their sons in Iguala on {{26/09/2014}}. The mother
    of one of them, of {{63 years}}, said that the families have met {{eight times}} with the
    President. The special prosecutor was named in {{2019}}.""",
)

item(
    "Chile: CONAF fights 300 fires simultaneously",
    """Brigades of the CONAF fought [[over 300 forest fires|other;u=other;a=the Minister of
    Agriculture]] simultaneously this Saturday, informed the Minister of Agriculture. The fires
    consumed {{some 270.000 hectares}} and destroyed [[1 300 houses|housing]].""",
)

item(
    "Venezuela: Las Tejerías mudslide toll rises",
    """The vice-president Delcy Rodríguez informed that the mudslide in Las Tejerías left [[54
    dead|killed;a=The vice-president Delcy Rodríguez]] and [[eight disappeared|missing;a=The
    vice-president Delcy Rodríguez]]. [[765 houses|housing;a=the vice-president;alt=Delcy
    Rodríguez]] were damaged, of which [[317|housing;u=structure;a=the vice-president;alt=Delcy
    Rodríguez]] must be demolished, added the vice-president.""",
)

item(
    "Haiti: gangs kill 70 in Pont-Sondé",
    """Members of the gang Gran Grif assassinated [[at least 70 persons|killed;a=the United
    Nations]] in Pont-Sondé, among them [[10 women|killed;a=the United Nations]] and [[three
    babies|killed;a=the United Nations]], according to the United Nations. [[Some 6 270
    persons|displaced;a=the IOM]] fled the commune, informed the IOM.""",
)

item(
    "Brazil: Yanomami receive 5 thousand food baskets",
    """The Federal Government delivered [[5 thousand food baskets|aid;a=the Ministry of
    Indigenous Peoples]] to the Yanomami territory in the last {{15 days}}, informed the
    Ministry of Indigenous Peoples. [[More than 1 000 indigenous|aid]] were attended by health
    teams, of them [[some 700 children|aid]].""",
)

item(
    "Colombia: ELN frees 8 kidnapped in Arauca",
    """The guerrilla of the ELN released [[eight persons|kidnapped;a=the Ombudsman's Office]]
    that it held in Arauca, among them [[two soldiers|kidnapped;a=the Ombudsman's Office]],
    according to the Ombudsman's Office. The release was done in a humanitarian mission at
    {{10.15}} of the morning.""",
)

item(
    "Mexico: 20 bodies found in Culiacán",
    """The Prosecutor's Office of Sinaloa found [[20 bodies|killed;a=The Prosecutor's Office of
    Sinaloa]] in different points of Culiacán, amid the dispute between factions of the Sinaloa
    Cartel that began on {{9/9/2024}}. Since then, [[more than 600 persons|killed;a=local
    media]] have been assassinated and [[some 700|missing;a=local media]] reported disappeared,
    according to count of local media.""",
)

item(
    "Ecuador: 900 families affected by rains in Manabí",
    """The winter rains have affected [[some 900 families|civilians;a=the Secretariat of Risk
    Management]] in the province of Manabí, and [[47 homes|housing;a=the Secretariat of Risk
    Management]] were destroyed, informed the Secretariat of Risk Management. Rainfall exceeded
    {{120 millimetres}} in {{24 hours}}.""",
)

item(
    "Uruguay: Montevideo without drinking water",
    """The state company OSE mixes water from the Río de la Plata since {{May 2023}}, with
    sodium levels of {{440 milligrams}} per litre. The Government exonerated bottled water from
    taxes for {{90 days}} and allocated {{USD 40 million}} to the new plant of Arazatí, which
    will open in {{2027}}.""",
)

item(
    "Cuba: Hurricane Ian leaves 2 dead and island without power",
    """Hurricane Ian left [[two dead|killed;a=the Cuban Presidency]] in Pinar del Río, informed
    the Cuban Presidency. [[More than 50 thousand persons|displaced;a=the Civil Defence]] were
    evacuated in the province, as indicated by the Civil Defence. The winds reached {{205 km/h}}
    at {{4.30}} of the morning.""",
)

item(
    "Peru: 27 miners dead in Yanaquihua mine fire",
    """[[At least 27 miners|killed;a=the prosecutor Giovanni Matos]] died in a fire inside the
    mine Yanaquihua, in Arequipa, informed the prosecutor Giovanni Matos. The fire started by a
    short-circuit at {{100 metres}} of depth. Only one worker escaped alive.""",
)

item(
    "Spain: 4 thousand evictions in Madrid in 2023",
    """The courts of the Community of Madrid executed [[4 thousand evictions|other;u=other;a=the
    General Council of the Judiciary]] in {{2023}}, informed the General Council of the
    Judiciary. The {{70%}} were for non-payment of rent. [[Some 200 persons|other]] concentrated
    in front of the Assembly on {{15/03/2024}}.""",
)

item(
    "Argentina: 38 detained after riots in Jujuy",
    """The police of Jujuy detained [[38 persons|arrested;a=the provincial Government]] after
    the incidents in front of the Legislature, informed the provincial Government. [[About
    twenty agents and protesters|injured;n=agents and protesters]] were wounded by stones and
    rubber bullets.""",
)
