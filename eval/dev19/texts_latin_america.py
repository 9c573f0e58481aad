"""dev19 texts: Latin America: Colombia; Mexico, Central America, Caribbean; South America.

TEXTS = [(title, marked text[, extra negatives]), ...]
"""

TEXTS = [
    # ---------------------------------------------------------------- Latin America: Colombia
    (
        "Cauca: dissident attack on Suárez police station leaves three agents dead",
        "[[Three police agents|killed;a=the Cauca Police Department]] were assassinated and [[two more|injured;n=-;a=the Cauca Police Department]] resulted injured in an attack with explosives and rifles against the police station of Suárez, informed the Cauca Police Department. "
        "The attack, attributed to the Jaime Martínez front of the FARC dissidents, happened at {{4:40 a.m.}} of this {{Tuesday}}. "
        "Governor Octavio Guzmán said that [[more than 80 families|displaced;a=Governor Octavio Guzmán;alt=Octavio Guzmán]] left the rural zone toward the urban centre after the explosions.",
    ),
    (
        "Catatumbo crisis: displaced persons already pass 52,000, says Ombudsman",
        "The persons displaced by the confrontations between the ELN and the dissidents of the {{33rd Front}} in the Catatumbo region are already [[52,000|displaced;a=the Ombudsman's Office]], according to the Ombudsman's Office. "
        "In Cúcuta [[some 18,000|displaced]] are lodged in the General Santander stadium and in [[14 shelters|capacity]] enabled by the mayoralty. "
        "The fights have left [[at least 80 dead|killed;a=the regional authorities]] since {{16 January}}, the regional authorities said.",
    ),
    (
        "Guaviare: 20 dissidents die in combats between rival factions",
        "[[At least 20 members|killed;a=the Army]] of the FARC dissidents died in combats between the factions of alias Mordisco and alias Calarcá in the rural zone of Calamar, Guaviare, the Army reported on {{Friday}}. "
        "Among the bodies there were [[five minors|killed;a=the Ombudsman's Office]] who had been recruited, according to the Ombudsman's Office. "
        "[[About 300 peasants|displaced]] moved to the municipal seat fearing new fights.",
    ),
    (
        "ELN liberates eight soldiers held in Arauca after humanitarian mission",
        "The ELN guerrilla liberated [[eight soldiers|kidnapped]] and [[two police officers|kidnapped]] who had been kidnapped in Arauca, in a humanitarian mission of the Catholic Church and the Ombudsman's Office. "
        "According to the Ombudsman, the guerrilla still holds [[at least 30 persons|kidnapped;a=the Ombudsman;alt=the Ombudsman's Office]] in captivity in the department, among them [[six|kidnapped;a=the Ombudsman;alt=the Ombudsman's Office]] members of the security forces.",
    ),
    (
        "First families return to Tibú farms with army escort",
        "[[Some 120 families|returned;a=the Tibú mayor's office]] returned to their farms in the rural zone of Tibú with accompaniment of the army and the Ombudsman's Office, informed the Tibú mayor's office. "
        "[[Another 3,000 people|displaced]] remain in shelters of Cúcuta and Ocaña. "
        "The Ministry of Defence said [[1,500 soldiers|combatants;a=The Ministry of Defence]] stay deployed in the zone.",
    ),
    (
        "Antioquia: Clan del Golfo 'pistol plan' kills seven police in two weeks",
        "[[Seven police officers|killed;a=General William Rincón;alt=the director of the National Police]] have been assassinated in Antioquia and Córdoba in {{two weeks}} under the so-called pistol plan of the Clan del Golfo, which pays {{2 million pesos}} for each agent killed, said the director of the National Police, General William Rincón. "
        "[[Twenty-three suspects|arrested]] were captured in operations this week.",
    ),
    (
        "Indigenous guard holds 28 soldiers for two days in Cauca",
        "A group of [[around 200 people|other;a=the Army]] of the indigenous guard retained [[28 soldiers|kidnapped;a=the Army]] of the {{Third Division}} in the rural zone of El Plateado for {{two days}}, the Army denounced. "
        "The soldiers were liberated on {{Sunday}} after a dialogue with the Defence Ministry and the Ombudsman's Office.",
    ),
    # ---------------------------------------------------------------- Mexico, Central America, Caribbean
    (
        "Culiacán: bodies of nine men found on highway",
        "The bodies of [[nine men|killed;a=the Sinaloa State Prosecutor's Office]] were found on the Culiacán–Mazatlán highway this {{Sunday}}, informed the Sinaloa State Prosecutor's Office. "
        "Since the war between factions of the Sinaloa Cartel started on {{9 September}}, the state has registered [[more than 1,200 homicides|killed;a=official figures]] and [[some 1,400 persons|missing;a=official figures]] reported as disappeared, according to official figures.",
    ),
    (
        "Chiapas villagers cross to Guatemala escaping cartel fights",
        "[[Around 580 Mexicans|displaced;a=Guatemala's Institute of Migration]], among them [[some 200 children|displaced;a=Guatemala's Institute of Migration]], crossed to Cuilco, in Huehuetenango, escaping the fights between the Sinaloa and Jalisco cartels in Amatenango de la Frontera, reported Guatemala's Institute of Migration. "
        "The refugees are lodged in [[three schools|capacity]] and the municipal hall. "
        "Guatemalan authorities sent [[12 tonnes|aid]] of food and [[800 blankets|aid]].",
    ),
    (
        "Michoacán: cartel drones empty communities of Tierra Caliente",
        "[[Some 1,500 inhabitants|displaced;a=the Diocese of Apatzingán]] of [[14 communities|other;u=other;a=the Diocese of Apatzingán]] of the Tierra Caliente have abandoned their homes because of the attacks with explosive drones, denounced the Diocese of Apatzingán. "
        "In {{2024}} the army deactivated [[more than 200 explosive devices|other;a=the Defence Secretariat]] in the region, the Defence Secretariat said.",
    ),
    (
        "Search mothers find clandestine grave with 14 bodies near Chilpancingo",
        "A collective of searching mothers located a clandestine grave with the remains of [[at least 14 persons|killed;a=the Guerrero Prosecutor's Office]] in the outskirts of Chilpancingo, confirmed the Guerrero Prosecutor's Office. "
        "In Guerrero [[more than 4,000 persons|missing;a=the National Registry of Disappeared Persons]] are registered as disappeared, according to the National Registry of Disappeared Persons.",
    ),
    (
        "Honduras: 46 women dead in riot at Támara prison",
        "[[Forty-six women|killed;a=the Public Ministry]] died in the riot of the women's prison of Támara, according to the Public Ministry, most of them burned in their cells. "
        "[[Seven|injured]] were taken to the Escuela hospital in Tegucigalpa with burns and gunshot wounds. "
        "In the search that followed, the military police found [[three pistols|other]] and [[two machetes|other]].",
    ),
    (
        "El Salvador: captures under state of exception pass 81,000",
        "Minister of Security Gustavo Villatoro said that [[81,110 gang members|arrested;a=Minister of Security Gustavo Villatoro;alt=Gustavo Villatoro]] have been captured since the state of exception began in {{March 2022}}. "
        "The government says [[some 8,000 persons|arrested;a=The government]] were freed for lack of evidence. "
        "The human rights organisation Cristosal has documented [[more than 260 deaths|killed;a=The human rights organisation Cristosal;alt=Cristosal]] of detainees in prisons.",
    ),
    (
        "Nicaragua frees 135 political prisoners and sends them to Guatemala",
        "The government of Daniel Ortega released [[135 political prisoners|arrested;a=the US State Department]] and sent them on a flight to Guatemala, the US State Department said. "
        "Among them are [[13 members|arrested]] of the evangelical organisation Mountain Gateway. "
        "Human rights groups say [[more than 70|arrested;a=Human rights groups]] remain in prison.",
    ),
    (
        "Haiti: Gran Grif attack on Pont-Sondé leaves 115 dead",
        "[[At least 115 people|killed;a=the UN human rights office]] were killed when members of the Gran Grif gang attacked the town of Pont-Sondé in the Artibonite, the UN human rights office said. "
        "[[Another 16|injured;a=the office;alt=the UN human rights office]] were gravely wounded, the office added, and [[more than 6,270 people|displaced;a=the office;alt=the UN human rights office]] fled to Saint-Marc. "
        "[[Forty-five houses|housing;a=local authorities]] and [[34 vehicles|other;a=local authorities]] were set on fire, according to local authorities.",
    ),
    (
        "IOM: displaced people in Haiti pass one million",
        "The number of internally displaced persons in Haiti has tripled in {{one year}} to [[1,041,000|displaced;a=the International Organization for Migration]], the International Organization for Migration said on {{Wednesday}}. "
        "In the capital they live in [[142 sites|capacity]], up from [[96|capacity;u=other]] in {{March}}. "
        "[[Nearly 40 thousand|displaced;a=the agency;alt=the International Organization for Migration]] fled Mirebalais and Saut-d'Eau alone after the gangs took both towns, the agency said.",
    ),
    (
        "Kenyan-led mission receives new contingent in Port-au-Prince",
        "[[Another 217 Kenyan police officers|combatants;a=the Multinational Security Support mission]] arrived at Toussaint Louverture airport on {{Saturday}}, bringing the force to [[about 1,000 personnel|combatants;a=the Multinational Security Support mission]], the Multinational Security Support mission said. "
        "The mission is authorised to reach [[2,500|combatants;p]].",
    ),
    (
        "Haiti: passengers kidnapped from bus on national road",
        "Members of the Gran Grif gang kidnapped [[between 15 and 20 passengers|kidnapped]] of a bus on {{National Road 1}} near Saint-Marc on {{Tuesday}}. "
        "Police freed [[four of them|kidnapped;n=-;a=police spokesman Garry Desrosiers;alt=Garry Desrosiers]] on {{Thursday}}, said police spokesman Garry Desrosiers, and [[two gang members|killed;a=police spokesman Garry Desrosiers;alt=Garry Desrosiers]] died in the operation.",
    ),
    # ---------------------------------------------------------------- South America
    (
        "Ecuador: 17 inmates die in Machala prison riot",
        "[[Seventeen prisoners|killed;a=the SNAI prison agency]] died and [[14|injured;a=the SNAI prison agency]] were injured during a riot in the Machala prison, informed the SNAI prison agency on {{Monday}}. "
        "[[Fifteen inmates|other;a=the agency;alt=the SNAI prison agency]] escaped, of whom [[13|arrested;a=the agency;alt=the SNAI prison agency]] were recaptured in the following hours, the agency added. "
        "[[About 200 soldiers and police officers|combatants;n=soldiers and police officers]] retook control of the prison at {{7 p.m.}}",
    ),
    (
        "Guayaquil: armed men kill eight in billiard hall",
        "Armed men killed [[eight persons|killed;a=the National Police]] and injured [[three|injured;a=the National Police]] in a billiard hall of the {{Socio Vivienda 2}} neighbourhood, in the north of Guayaquil, informed the National Police. "
        "In {{2023}} Ecuador registered [[8,008 violent deaths|killed;a=the Interior Ministry]], according to the Interior Ministry.",
    ),
    (
        "Venezuela: Foro Penal registers 1,794 political prisoners",
        "The NGO Foro Penal registered [[1,794 political prisoners|arrested;a=The NGO Foro Penal;alt=Foro Penal]] in Venezuela until {{4 November}}, among them [[114 adolescents|arrested;a=The NGO Foro Penal;alt=Foro Penal]]. "
        "The protests after the {{28 July}} vote left [[25 dead|killed;a=human rights organisations]], according to human rights organisations.",
    ),
    (
        "Repatriation flight brings 190 Venezuelans from El Paso",
        "A Conviasa aircraft landed in Maiquetía with [[190 Venezuelan migrants|returned;a=Interior Minister Diosdado Cabello;alt=Diosdado Cabello]] repatriated from El Paso, Texas, informed Interior Minister Diosdado Cabello. "
        "With this flight the Vuelta a la Patria plan has brought back [[more than 1,300 compatriots|returned;a=Interior Minister Diosdado Cabello;alt=Diosdado Cabello]] this year, he said.",
    ),
    (
        "VRAEM: four soldiers die in ambush attributed to Shining Path remnants",
        "[[Four soldiers|killed;a=the Joint Command of the Armed Forces]] died and [[two others|injured;n=-;a=the Joint Command of the Armed Forces]] were wounded in an ambush in the district of Pichari, Cusco, informed the Joint Command of the Armed Forces. "
        "The patrol of [[22 effectives|combatants]] was returning to its base at {{6 p.m.}} when it was attacked with rifles and explosives.",
    ),
    (
        "Rio: police operation in Complexo da Maré leaves six dead",
        "[[Six suspects|killed;a=the Military Police]] died in a confrontation with agents during an operation in the Complexo da Maré, in the North Zone of Rio de Janeiro, this {{Thursday (14)}}, informed the Military Police. "
        "[[Two residents|injured]] were hit by stray bullets. "
        "[[Forty-five schools|other]] stayed closed, leaving [[15,000 students|civilians]] without classes.",
    ),
    (
        "Brazil: federal police remove illegal miners from Yanomami land",
        "An operation of the federal police and the environmental agency Ibama destroyed [[32 mining camps|other;a=Ibama]] and [[11 boats|other;a=Ibama]] on the Uraricoera river, Ibama said. "
        "[[More than 2,000 garimpeiros|other;a=the federal government]] have left the territory since {{February}}, according to the federal government.",
    ),
]
