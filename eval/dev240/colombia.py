"""Colombia: Catatumbo, Cauca, Chocó, Arauca, Antioquia, Buenaventura, Nariño and the
Venezuelans the country hosts (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Ombudsman counts 48,000 displaced as Catatumbo fighting enters third week",
    """CÚCUTA, Colombia (Reuters) - [[More than 48,000 people|displaced;a=Ombudsman's Office]]
    have fled their homes in Colombia's Catatumbo region since fighting broke out between the
    ELN guerrilla and dissidents of the former FARC's {{Frente 33}} on {{January 16}}, the
    Ombudsman's Office said on Thursday. [[At least 80 people|killed;a=regional governor's office]]
    have been killed, among them [[seven signatories|killed;a=regional governor's office]] of
    the {{2016}} peace accord, according to the regional governor's office. OCHA estimated that
    [[another 11,000 people|civilians;a=OCHA]] remain confined in rural Tibú, Teorama and El
    Tarra, where armed men have barred movement along the rivers. The government has set up
    [[14 temporary shelters|capacity]] in Cúcuta and Ocaña, which hold
    [[about 6,300 people|displaced]]. [[Some 1,200 soldiers|combatants]] were airlifted into the
    region over the weekend. The army said it had rescued [[27 people|kidnapped;a=army]] held
    by the ELN near the Venezuelan border. Norte de Santander's education secretariat said
    [[312 schools|other;a=Norte de Santander's education secretariat]] would stay shut at
    least until {{February 10}}.""",
)

item(
    "Drone and explosive attacks in Cauca leave police dead, homes wrecked",
    """POPAYÁN - Dissidents of the Dagoberto Ramos front attacked the town of Morales in
    Cauca with explosive-laden drones and rifle fire over the weekend, killing
    [[two police officers|killed;a=Defence Ministry]] and wounding
    [[nine others|injured;a=Defence Ministry]], the Defence Ministry said. Mayor Nilson Yonda
    said [[at least 40 houses|housing;a=Mayor Nilson Yonda]] around the main square were
    damaged and that [[six|housing;u=structure;a=Mayor Nilson Yonda]] had collapsed entirely.
    Residents said [[as many as 300 families|displaced;a=Residents]] spent the night in a nearby
    Indigenous reserve. The army flew in [[a further 250 troops|combatants]] on Sunday.
    The Regional Indigenous Council of Cauca (CRIC) said its guard had detained
    [[four suspected dissidents|arrested;a=Regional Indigenous Council of Cauca (CRIC)]] and
    handed them to prosecutors. Indepaz, a Bogotá think tank, says
    [[39 social leaders|killed;a=Indepaz]] were murdered in Cauca in {{2024}}, more than in
    any other department.""",
)

item(
    "Thousands confined in Chocó as armed groups fight over river routes",
    """QUIBDÓ, Colombia - Fighting between the ELN and the Gaitanista Army (EGC), also known as
    the Clan del Golfo, has left [[some 9,400 people|civilians;a=OCHA]] confined along the Baudó
    and San Juan rivers, unable to fish, farm or reach health posts, OCHA said in a flash
    update. The UN office said
    [[22 Indigenous and Afro-Colombian communities|civilians;u=other;a=UN office;alt=OCHA]]
    were affected. Landmines laid near the villages have injured [[five people|injured]],
    most of them children. [[About 1,100 people|displaced]] have fled by boat
    to Istmina and Quibdó, where the mayor's office has opened
    [[two coliseums|capacity;u=structure]] as shelters. The ICRC said it had delivered
    [[4,500 food rations|aid;a=ICRC]] and [[600 hygiene kits|aid;a=ICRC]] by river. Classes
    have been suspended at [[31 rural schools|other;a=departmental education secretariat]],
    leaving [[about 2,700 pupils|civilians;a=departmental education secretariat]] without
    lessons, according to the departmental education secretariat.""",
)

item(
    "Colombia ends 2025 with 187 social leaders killed, Indepaz says",
    """BOGOTÁ - [[At least 187 social leaders and human rights defenders|killed;a=Indepaz;n=social leaders and human rights defenders]]
    were murdered in Colombia in {{2025}}, Indepaz said in its year-end report, up from the
    [[173|killed;a=Indepaz]] it counted in {{2024}}. Cauca was again the deadliest department,
    with [[42|killed]], followed by Antioquia with [[25|killed]] and Valle del Cauca with
    [[19|killed]]. The think tank also recorded
    [[76 massacres|other;u=other;a=think tank;alt=Indepaz]], in which
    [[268 people|killed;a=think tank;alt=Indepaz]] died. The UN Verification Mission counted
    [[31 former FARC combatants|killed;a=UN Verification Mission]] who signed the {{2016}}
    accord among the year's dead. Indigenous leaders made up about a quarter of the victims,
    and most were shot near their homes.""",
)

item(
    "First families go home to Tibú under army escort",
    """TIBÚ, Colombia - [[Some 320 families|returned;a=Victims' Unit]] who fled the January
    fighting in Catatumbo went back to rural Tibú this week, escorted by
    [[about 200 soldiers and police|combatants;n=soldiers and police;a=Victims' Unit]], the
    Victims' Unit said. The unit said
    [[another 1,900 families|returned;p;a=unit;alt=Victims' Unit]] had asked to return before
    the end of {{2025}}. Each household receives a kit of tools and seeds and a one-off payment
    of {{1.4 million pesos}} (about {{$340}}). But
    [[about 41,000 people|displaced;a=Norte de Santander governor's office]] remain in Cúcuta,
    Ocaña and Tibú town, according to the Norte de Santander governor's office, and
    [[eight shelters|capacity;a=Norte de Santander governor's office]] are still open.
    Farmers said [[at least 60 homes|housing;a=Farmers]] in the villages of Campo Dos and La
    Gabarra had been looted or burned. Community leaders reported that
    [[three returnees|killed;a=Community leaders]] had been killed by landmines since March.""",
)

item(
    "Arauca death toll rises as bodies found along Venezuelan border",
    """SARAVENA, Colombia, {{Jan 4}} - The bodies of
    [[27 people|killed;a=Defence Minister Diego Molano]] have been recovered in rural Tame,
    Fortul, Saravena and Arauquita since New Year's Day, Defence Minister Diego Molano said,
    blaming clashes between the ELN and FARC dissidents. Molano said
    [[1,600 additional troops|combatants;p;a=Molano]] would be deployed to the department.
    The Ombudsman's Office said [[at least 260 families|displaced;a=Ombudsman's Office]] had
    fled, many of them to the town of Tame, where
    [[two schools|capacity;a=Ombudsman's Office]] had been turned into shelters. Human rights
    groups reported [[12 people|missing;a=Human rights groups]] whose relatives have not heard
    from them since {{January 2}}. In a separate development, the ELN freed
    [[two soldiers|kidnapped]] it had held in Arauca since {{November 28}}.""",
)

item(
    "Briceño empties as dissidents and Clan del Golfo fight for coca routes",
    """MEDELLÍN - [[More than 2,300 people|displaced;a=Antioquia government]] have fled rural
    Briceño in northern Antioquia in the past fortnight, the Antioquia government said, as
    dissidents of the {{36th Front}} and the Gaitanista Army fight over coca routes. The town's
    sports hall and [[three schools|capacity]] are sheltering [[about 1,500|displaced]] of them;
    the rest are staying with relatives in Medellín and Yarumal. Governor Andrés Julián Rendón
    said [[600 soldiers|combatants;a=Governor Andrés Julián Rendón]] had arrived and asked the
    national government for [[another 1,000|combatants;p;a=Governor Andrés Julián Rendón]]. A
    landmine wounded [[two soldiers|injured]] near the village of Travesías on Sunday. The
    municipal ombudsman registered [[seven farmers|missing;a=municipal ombudsman]] who have not
    been seen since armed men took them from their homes. Classes are suspended for
    [[about 900 students|civilians]] in the rural area.""",
)

item(
    "Buenaventura truce frays as families flee gang frontier",
    """BUENAVENTURA, Colombia - [[Around 150 families|displaced;a=city's Personería]] have left
    the stilt-house neighbourhoods of the port's island district after gunfights between the
    Shottas and the Espartanos broke a truce brokered in {{2022}}, the city's Personería said.
    The office counted [[19 homicides|killed;a=office;alt=city's Personería]] in October alone.
    Police said they had arrested [[14 suspected gang members|arrested;a=Police]] and seized
    [[22 firearms|other;a=Police]] in raids on Tuesday. Mayor Ligia del Carmen Córdoba said
    [[about 4,000 residents|civilians;a=Mayor Ligia del Carmen Córdoba]] of the low-tide
    neighbourhoods were living under curfews imposed by the gangs. The Defence Ministry will send
    [[200 more police officers|combatants;p;a=Defence Ministry]], it said in a statement.
    The dismembered remains of [[three young men|killed]] were found in the estuary on
    Saturday.""",
)

item(
    "Court orders Victims' Law budget plan within six months",
    """BOGOTÁ - Colombia's Constitutional Court on {{14 March}} ordered the government to
    present, within six months, a financing plan for reparations under {{Law 1448}} of
    {{2011}}, whose validity Congress extended to {{2031}}. The Comptroller's Office estimates
    that completing the reparations would cost {{301 trillion pesos}}, about {{$75 billion}},
    and that at the current pace the task would take {{65 years}}. In {{2025}} the Victims'
    Unit spent {{2.1 trillion pesos}}, {{12%}} less than in {{2024}}, its director told a Senate
    committee. The ruling, {{SU-020}} of {{2026}}, was adopted by seven votes to two.""",
)

item(
    "Clan del Golfo armed strike: vehicles torched, municipalities paralysed",
    """MONTERÍA, Colombia - The four-day armed strike that the Clan del Golfo called after the
    extradition of its leader, alias Otoniel, paralysed
    [[178 municipalities|civilians;u=other;a=Ombudsman's Office]] in {{11}} of the country's
    {{32}} departments, the Ombudsman's Office said. Gunmen torched
    [[at least 190 vehicles|other;a=police]], police said. [[Four civilians|killed]] and
    [[two soldiers|killed]] were killed and [[six others|injured]] wounded, according to
    Defence Minister Diego Molano. Police said they had arrested
    [[63 people|arrested;a=Police]] accused of enforcing the stoppage. On the coastal highway
    between Montería and Cartagena, [[hundreds of lorries|other]] stood stranded for three
    days. The strike ended at dawn on {{May 9}}.""",
)

item(
    "Troops retake El Plateado; residents hold soldiers for two days",
    """EL PLATEADO, Colombia - The army said [[1,200 troops|combatants;a=army]] took part in the
    operation to retake El Plateado, a coca hub in the Micay canyon held for years by FARC
    dissidents. On Tuesday residents, who the army says were pressured by the dissidents,
    surrounded and held [[28 soldiers|kidnapped]] and [[two police officers|kidnapped]] in the
    town's square. [[All 30|kidnapped]] were released on Thursday after talks led by the
    Catholic Church. The Ombudsman's Office said [[about 700 people|displaced;a=Ombudsman's Office]]
    had left the area since the offensive began. The Defence Ministry said
    [[three soldiers|killed;a=Defence Ministry]] had been killed and
    [[11|injured;a=Defence Ministry]] wounded by drones and snipers in the first week. Troops
    also destroyed [[14 coca laboratories|other;u=other]], the ministry added.""",
)

item(
    "Colombia hosts 2.8 million Venezuelans as new arrivals slow",
    """BOGOTÁ - Colombia is home to [[about 2.8 million Venezuelans|displaced;a=Migración Colombia]],
    Migración Colombia said in its latest report, and [[more than 2 million|displaced;a=Migración Colombia]]
    of them hold temporary protection permits. The regional platform {{R4V}}, run by UNHCR and IOM,
    counts [[7.9 million Venezuelan refugees and migrants|displaced;a=R4V;n=refugees and migrants]]
    worldwide. Crossings at the Simón Bolívar bridge in Cúcuta average
    [[between 30,000 and 40,000 people a day|other]], most of them Venezuelans who shop or work on the
    Colombian side and go home at night. IOM said it had assisted
    [[410,000 people|aid;a=IOM]] in Colombia in {{2024}}. Venezuela's government says
    [[some 12,000 Venezuelans|returned;a=Venezuela's government]] came back from Colombia last
    year under its Return to the Homeland plan.""",
)

item(
    "Aid reaches Catatumbo's displaced as Cúcuta shelters overflow",
    """CÚCUTA - The World Food Programme said it had distributed
    [[more than 90,000 food rations|aid;a=World Food Programme]] to displaced families in
    Cúcuta, Ocaña and Tibú since January, and that cash transfers had reached
    [[11,500 households|aid;a=World Food Programme]]. The agency warned that it would need
    [[another 4,000 tonnes|aid;p;a=agency;alt=World Food Programme]] of food to keep going
    until June. Cúcuta's mayor, Jorge Acevedo, said the city's
    [[22 shelters|capacity;a=Cúcuta's mayor, Jorge Acevedo]], built for
    [[3,000 people|capacity;a=Cúcuta's mayor, Jorge Acevedo]], were holding
    [[nearly 7,000|displaced;a=Cúcuta's mayor, Jorge Acevedo]]. UNICEF said
    [[about 5,800 children|displaced;a=UNICEF]] were among the displaced. Médecins Sans
    Frontières said its teams had treated [[about 1,300 patients|aid;a=Médecins Sans Frontières]]
    in the shelters, most for respiratory infections and anxiety.""",
)

item(
    "Car bomb outside Jamundí police station wounds 15",
    """JAMUNDÍ, Colombia - A car bomb exploded outside the police station in Potrerito, in the
    municipality of Jamundí, on Tuesday night, wounding
    [[15 people|injured;a=Valle del Cauca governor Dilian Francisca Toro]], including
    [[four police officers|injured;a=Valle del Cauca governor Dilian Francisca Toro]], Valle del
    Cauca governor Dilian Francisca Toro said. The blast damaged [[about 30 houses|housing]]
    and [[a dozen shops|housing]]. Police blamed the Jaime Martínez front of the FARC
    dissidents, which they say has [[about 400 fighters|combatants;a=Police]] in the area.
    Toro offered a reward of {{200 million pesos}} for information on those responsible.
    [[Some 80 families|displaced;a=municipal government]] from Potrerito spent the night in a
    church in Jamundí, according to the municipal government.""",
)

item(
    "Search unit recovers remains of 46 people from Dabeiba cemetery",
    """DABEIBA, Colombia - Colombia's Unit for the Search for Persons Deemed Missing (UBPD) said
    it had recovered the remains of
    [[46 people|killed;a=Unit for the Search for Persons Deemed Missing (UBPD)]] from the
    cemetery of Dabeiba, in western Antioquia, after {{14 months}} of excavation.
    [[Nineteen|killed]] of them have been identified. The unit estimates that
    [[about 104,000 people|missing;a=unit;alt=Unit for the Search for Persons Deemed Missing (UBPD)]]
    disappeared during the armed conflict. The Special Jurisdiction for Peace (JEP) says
    [[6,402 civilians|killed;a=Special Jurisdiction for Peace (JEP)]] were killed by the army
    and presented as guerrillas between {{2002}} and {{2008}}. Relatives of
    [[more than 300 people|missing]] listed as missing in the region have given DNA samples. In
    the past year the UBPD recovered [[1,100 bodies|killed]] nationwide.""",
)

item(
    "Comuneros del Sur hand in arms in Nariño",
    """PASTO, Colombia - The Comuneros del Sur, a splinter of the ELN, handed over
    [[some 200 rifles and pistols|other;n=rifles and pistols]] and
    [[2 tonnes|other]] of explosives to a UN-verified commission in Samaniego on Saturday. The
    group, which the government says has [[about 350 members|combatants;a=government]],
    also released [[23 minors|combatants]] it had recruited, who were handed to the family
    welfare institute. Army engineers removed [[about 40 landmines|other;u=other]] around the
    hamlet where the ceremony was held. [[Some 1,500 families|aid;p;a=peace commissioner's office]]
    in Samaniego and Santacruz will receive land and farm projects under the deal, the peace
    commissioner's office said. The ELN called the group traitors.""",
)

item(
    "Petro suspends talks with ELN after Catatumbo attacks",
    """BOGOTÁ - President Gustavo Petro on {{January 17}} suspended peace talks with the ELN,
    {{26 months}} after they resumed in Caracas, saying the guerrilla had chosen "the path of
    war". The {{eighth round}} of talks, due in Havana in February, was cancelled. A bilateral
    ceasefire that began on {{3 August 2023}} had lapsed in {{August 2024}}. Petro, {{64}},
    also declared a state of internal commotion for {{90 days}}, the first since {{2008}}. An
    Invamer poll published in February found that {{61%}} of Colombians disapproved of his
    "total peace" policy, against {{48%}} a year earlier.""",
)
