"""Mexico (Sinaloa, Chiapas, Michoacán, Guerrero, Jalisco, Zacatecas), Honduras and El
Salvador (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Hundreds of Mexicans flee cartel fighting in Chiapas into Guatemala",
    """GUATEMALA CITY - [[About 580 Mexicans|displaced;a=Guatemala's government]] from
    Amatenango de la Frontera, in Chiapas, have crossed into Cuilco, in Guatemala's
    Huehuetenango department, fleeing fighting between the Sinaloa and Jalisco cartels,
    Guatemala's government said. Guatemalan authorities set up
    [[two shelters|capacity;a=Guatemalan authorities]] in school buildings and are handing out
    food and blankets, they said. [[Around 200|returned]] have since gone back across the
    border with Mexican officials. The Fray Bartolomé de las Casas human rights centre said
    [[at least 2,000 people|displaced;a=Fray Bartolomé de las Casas human rights centre]]
    had fled villages in the border region since May. Guatemala sent [[150 soldiers|combatants]] to patrol the crossing points. Mexican police
    found [[19 bodies|killed]] in a lorry in nearby Frontera Comalapa in May. Mexico's defence
    ministry said it would send [[1,000 more soldiers|combatants;p;a=Mexico's defence ministry]] to the area.""",
)

item(
    "A year of war between Chapitos and Mayos leaves Sinaloa reeling",
    """CULIACÁN, Mexico - [[More than 1,700 people|killed;a=Sinaloa state prosecutor's office]]
    have been killed in Sinaloa since the factions of the cartel went to war on
    {{9 September 2024}}, according to the Sinaloa state prosecutor's office, and
    [[over 2,000|missing;a=Sinaloa state prosecutor's office]] have been reported missing.
    The state government says [[about 2,500 families|displaced;a=state government]] have left
    the highlands of Culiacán, Concordia and Elota. The federal government has sent
    [[some 11,000 soldiers and National Guard troops|combatants;n=soldiers and National Guard troops]]
    to the state, and officials said [[more than 1,500 people|arrested;a=officials]] had been
    arrested. Gunmen have stolen [[more than 1,900 vehicles|other]] in the city in a year.
    Classes were suspended at [[hundreds of schools|other]] for weeks at a time, and
    restaurants close at {{8 pm}}.""",
)

item(
    "Mine blast kills eight soldiers in Michoacán's Tierra Caliente",
    """APATZINGÁN, Mexico - [[Eight soldiers|killed;a=defence ministry]] were killed when their
    vehicle hit a landmine on a dirt road near Los Reyes, in Michoacán, the defence ministry
    said, blaming the Jalisco New Generation cartel. [[Two others|injured]]
    were wounded. Soldiers have defused [[some 40 explosive devices|other]] in the area since
    January and seized [[six drones|other]] fitted to drop bombs. [[About 300 families|displaced]]
    from El Aguaje fled to Apatzingán last year after drone attacks on their homes, according
    to the local parish. Police said they had arrested [[three suspects|arrested;a=Police]] in
    a raid in Buenavista on Friday.""",
)

item(
    "Drones and roadblocks empty Guerrero's mountain villages",
    """CHILPANCINGO, Mexico - [[About 4,000 people|displaced;a=Tlachinollan Mountain Human Rights Centre]]
    have fled mountain villages of Heliodoro Castillo and San Miguel Totolapan in Guerrero since
    the Familia Michoacana began attacking them with explosive-laden drones, the Tlachinollan
    Mountain Human Rights Centre said. Residents of
    [[35 communities|civilians;u=other;a=centre;alt=Tlachinollan Mountain Human Rights Centre]]
    are cut off by roadblocks and cannot reach markets, the centre said.
    [[Forty schools|other]] are closed. The state government has opened
    [[three shelters|capacity]] in Chilpancingo and Tlacotepec, which take in
    [[up to 600 people|capacity]]. [[Hundreds of families|displaced]] are staying with
    relatives in Iguala and Acapulco.""",
)

item(
    "Ten years on, Ayotzinapa families still wait for the 43",
    """MEXICO CITY - Ten years after [[43 students|missing]] of the Ayotzinapa teacher-training
    college disappeared in Iguala on the night of {{26 September 2014}}, the remains of only
    [[three|killed]] have been identified. [[More than 120 people|arrested;a=attorney general's office]]
    have been detained over the case, among them
    [[16 soldiers|arrested;a=attorney general's office]], according to the attorney general's
    office, but [[about 50|arrested]] have since been released. [[Six people|killed]] were
    killed that night, including [[three students|killed]] shot by police. The parents'
    lawyer, Isidoro Vicario, {{58}}, said [[800 military documents|other;u=other;a=parents' lawyer, Isidoro Vicario]] were still being withheld.""",
)

item(
    "Mexico's register of the missing passes 127,000",
    """MEXICO CITY - [[More than 127,000 people|missing;a=National Search Commission]] are
    registered as missing in Mexico, the National Search Commission said, most of them since
    {{2006}}. The forensic crisis is as large: a civil society study found
    [[some 72,000 unidentified bodies|killed;a=civil society study]] in morgues and common
    graves. In Teuchitlán, Jalisco, searchers found [[more than 200 pairs of shoes|other;u=other]]
    and [[three crematory ovens|other;u=other]] at a ranch used by the Jalisco New Generation
    cartel. The Jalisco prosecutor said [[10 people|arrested;a=Jalisco prosecutor]] had been
    detained. At least [[six searching mothers|killed]] have been murdered since {{2024}}.""",
)

item(
    "46 women killed in Honduran prison riot",
    """TÁMARA, Honduras - [[Forty-six women|killed;a=Security Minister Ramón Sabillón]] were
    killed when members of the {{Barrio 18}} gang attacked a rival wing of the women's prison in
    Támara, shooting and burning inmates, Security Minister Ramón Sabillón said.
    [[Seven|injured]] were taken to hospital with gunshot and
    burn wounds. President Xiomara Castro handed control of the prisons to the military police,
    which sent [[some 1,000 officers|combatants]] into the jails. Prison authorities transferred
    [[23 inmates|other;a=Prison authorities]] they called leaders of the attack to the Island
    of Pigs prison, they said. The prison held [[about 900 women|arrested]]. Under the state of exception declared in December,
    [[more than 6,000 people|arrested]] have been detained.""",
)

item(
    "Deportations from US strain Honduras reception centres",
    """SAN PEDRO SULA, Honduras - [[About 40,000 Hondurans|returned;a=National Migration Institute]]
    were deported from the United States and Mexico in {{2025}}, the National Migration Institute
    said, about {{35%}} more than the year before. Most arrive on charter flights in San Pedro
    Sula, where [[three reception centres|capacity]] process them. Among them were
    [[1,200 unaccompanied children|returned;a=UNICEF]], UNICEF said. Many had fled gang
    violence: a government study found that [[247,000 people|displaced;a=government study]]
    were displaced inside Honduras by violence between {{2004}} and {{2018}}. The
    Norwegian Refugee Council said [[at least 900 deportees|displaced;a=Norwegian Refugee Council]]
    could not go back to their neighbourhoods because of gang threats.""",
)

item(
    "El Salvador's state of exception: 85,000 arrests in three years",
    """SAN SALVADOR - [[More than 85,000 people|arrested;a=Justice and Security Ministry]]
    have been detained under El Salvador's state of exception since {{March 2022}}, the Justice
    and Security Ministry said, [[about 8,000|arrested]] of whom have been released. The rights
    group Cristosal said [[at least 375 detainees|killed;a=Cristosal]] had died in custody.
    The Terrorism Confinement Centre (CECOT), opened in {{2023}}, was built to hold
    [[40,000 inmates|capacity]]. In March the United States sent
    [[238 Venezuelans|arrested]] it accused of gang membership to CECOT. In July
    [[252 Venezuelans|returned]] held there were flown on to Caracas.""",
)

item(
    "Mexico reports fall in homicide rate",
    """MEXICO CITY - Mexico's homicide rate fell by {{25%}} between {{September 2024}} and
    {{June 2025}}, the security cabinet said on {{8 July}}, citing figures from state
    prosecutors. The national rate stood at {{24 per 100,000}} inhabitants, below the peak of
    {{29}} in {{2019}}. Analysts at México Evalúa said the decline was real but uneven: in
    Sinaloa the rate more than doubled, and in Guanajuato it remained above {{60}}. The
    government's security budget for {{2026}} is {{$7.4 billion}}, up {{4%}}.""",
)

item(
    "Chenalhó displaced return after a decade of shooting",
    """SAN CRISTÓBAL DE LAS CASAS, Mexico - [[About 600 Tsotsil villagers|returned;a=Chiapas government]]
    went back this month to homes in Chenalhó they fled amid a land dispute with neighbouring
    Aldama, the Chiapas government said. Armed men have killed
    [[at least 27 people|killed;a=Fray Bartolomé de las Casas centre]] in the dispute since
    {{2016}}, according to the Fray Bartolomé de las Casas centre, and
    [[3,000 people|displaced;a=Fray Bartolomé de las Casas centre]] were displaced at its
    height. Returnees found [[115 houses|housing]] burned or in ruins. The state has promised to
    rebuild [[all 115|housing;p;u=structure]] by December. [[About 100 National Guard troops|combatants]]
    are stationed in the area.""",
)

item(
    "Migrants abducted from bus near Reynosa; 16 rescued",
    """REYNOSA, Mexico - Gunmen pulled [[more than 30 migrants|kidnapped;a=Tamaulipas prosecutor's office]]
    off a bus on the highway to Reynosa on Saturday, the Tamaulipas prosecutor's office said.
    Soldiers rescued [[16|kidnapped]] of them in a safe house on Monday. [[At least 15|missing]] are still
    missing, and [[two suspects|arrested]] have been detained. [[Some 80,000 migrants|displaced;a=aid groups]] are waiting in Tapachula, on the Guatemalan
    border, for papers to travel north, according to aid groups. The Mexican army said it had
    [[1,500 troops|combatants;a=Mexican army]] on the highways of Tamaulipas.""",
)

item(
    "Concordia families shelter in Mazatlán as Sinaloa war spreads south",
    """MAZATLÁN, Mexico - [[About 600 people|displaced;a=civil protection]] from the highlands of
    Concordia are staying in [[two shelters|capacity;a=civil protection]] in Mazatlán and the
    town of Concordia, civil protection said. The state family welfare agency said it had
    delivered [[2,000 food baskets|aid;a=state family welfare agency]] and
    [[1,200 blankets|aid;a=state family welfare agency]]. Residents said gunmen had burned
    [[20 houses|housing;a=Residents]] in the village of Chirimoyos and that
    [[three men|missing;a=Residents]] were taken away. The army sent
    [[150 soldiers|combatants]] to escort families back to collect their belongings.""",
)

item(
    "Bajo Aguán: five more peasants killed in land war",
    """TOCOA, Honduras - Gunmen killed [[five members|killed;a=police]] of a peasant
    cooperative in the Bajo Aguán valley on Sunday, police said, the latest deaths in a conflict
    over palm oil land that rights groups say has claimed
    [[more than 150 lives|killed;a=rights groups]] since {{2009}}. [[About 200 families|displaced]]
    fled the cooperative's settlement after the attack. In March, police and soldiers evicted
    [[300 families|displaced]] from another farm and bulldozed [[about 40 houses|housing]]. The government said it would send
    [[a special unit of 400 police|combatants;p;a=government;n=police]] to the valley.""",
)

item(
    "Ghost towns in Zacatecas as cartels fight over the sierra",
    """JEREZ, Mexico - [[About 2,700 people|displaced;a=Zacatecas government]] have left
    [[17 communities|civilians;u=other;a=Zacatecas government]] in the sierra of Jerez,
    Valparaíso and Jiménez del Teul, the Zacatecas government said. The schools of the area,
    [[26 in all|other;n=-;u=structure]], are closed. [[Between 15 and 20 people|killed]] have
    been killed there this year, according to local officials. Soldiers found
    [[several dozen abandoned houses|housing]] looted and used as lookout posts. The governor
    said the state would pay rent for [[up to 500 families|aid;p;a=governor]].""",
)

item(
    "Gunmen seize 14 state workers in Chilpancingo",
    """CHILPANCINGO, Mexico - Gunmen seized [[14 state government employees|kidnapped;a=Guerrero prosecutor's office]]
    on a road outside Chilpancingo on Monday, the Guerrero prosecutor's office said.
    [[Ten|kidnapped]] were released on Wednesday and
    [[the other four|kidnapped]] remain in the hands of their captors. The bodies of
    [[two men|killed]] were found by a roadside the same day. The state has sent
    [[200 police officers|combatants;p]] to the area this week, officials said. Guerrero's
    transport unions halted [[some 800 buses and taxis|other;n=buses and taxis;u=other]] in protest.""",
)

item(
    "Honduras extends state of exception for 45 more days",
    """TEGUCIGALPA - Honduras's Congress on Tuesday extended the state of exception for
    another {{45 days}}, the {{twenty-second}} extension since it was first declared on
    {{6 December 2022}}. The measure suspends some constitutional guarantees in {{226}} of the
    country's {{298}} municipalities. The homicide rate fell to {{26.8 per 100,000}} in {{2025}},
    from {{38.9}} in {{2022}}, the police said. The security budget for the year is
    {{13.5 billion lempiras}}.""",
)
