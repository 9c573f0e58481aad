"""Haiti, Ecuador, Honduras, Brazil, Mexico, El Salvador, Venezuela, Colombia, Guatemala,
Paraguay and Peru: gangs storming prisons, massacres and fires inside, guards held hostage,
mega-prisons and states of emergency (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Haiti: gangs overrun the National Penitentiary, most inmates flee",
    """Armed gangs overran Haiti's National Penitentiary in downtown Port-au-Prince on the night of
    {{2 March}}, hours before the government declared a {{72-hour}} state of emergency. The prison,
    built for [[about 800 inmates|capacity]], held [[3,687|arrested;a=the human rights network
    RNDDH]] on the eve of the attack, according to the human rights network RNDDH. [[Nearly 3,600
    prisoners|other;a=a prison official]] escaped, a prison official told AFP, and [[fewer than
    100|arrested;a=a prison official]] chose to stay in their cells. Among those who stayed were
    [[18 former Colombian soldiers|arrested]] held over the {{2021}} assassination of President
    Jovenel Moïse, who pleaded in a video not to be killed. Journalists who entered the compound
    on Sunday counted [[at least a dozen bodies|killed;a=Journalists]] in the courtyard. A second
    jail in Croix-des-Bouquets was emptied the same night, with [[about 1,400
    detainees|other;a=police]] breaking out, police said. The International Organization for Migration said
    [[some 15,000 people|displaced;a=The International Organization for Migration]] had fled the
    surrounding neighbourhoods in the {{five days}} that followed.""",
)

item(
    "Gang coalition storms Mirebalais and empties its prison",
    """Gunmen from the Viv Ansanm gang coalition stormed the town of Mirebalais in Haiti's Centre
    department before dawn on {{31 March}} and broke open its civil prison. [[529 inmates|other; a=the Directorate of Prison Administration (DAP)]] escaped, the Directorate of Prison
    Administration (DAP) said, out of a population of [[532|arrested;a=the Directorate of Prison
    Administration (DAP)]]. [[Three inmates|arrested]] who stayed behind were taken to the police
    station in Hinche. Residents said the attackers set fire to the police station and to [[about
    30 houses|housing;a=Residents]]. [[At least 10 people|killed;a=local authorities]] were killed,
    among them [[two police officers|killed;a=local authorities]] and a nun, local authorities
    said. The International Organization for Migration said [[more than 6,000 people|displaced;a=The International Organization for Migration]] had fled Mirebalais towards the Dominican
    border. The transitional government said it would send [[between 150 and 200 soldiers and
    police|combatants;p;a=The transitional government;n=soldiers and police]] to retake the town,
    which has a population of [[roughly 50,000|civilians]].""",
)

item(
    "Ecuador prison massacre toll rises to 118",
    """The death toll from Tuesday's gang battle inside the Litoral penitentiary in Guayaquil has
    risen to [[118|killed;a=Ecuador's prison service SNAI]], Ecuador's prison service SNAI said on
    Thursday, making it the worst prison massacre in the country's history. [[At least six of the
    victims|killed]] were beheaded. [[Another 79 inmates|injured;a=the agency;alt=SNAI]] were
    wounded, the agency said. Members of Los Lobos and Los Choneros fought with rifles, grenades
    and machetes in {{pavilions 5 and 6}}, police commanders said. The Litoral complex, designed
    for [[around 5,300 prisoners|capacity]], held [[more than 8,500|arrested;a=the government]] at
    the time, according to the government. [[Some 900 police officers and soldiers|combatants;a=the Interior Ministry;n=police officers and soldiers]] were sent in to retake the wings, the
    Interior Ministry said. Forensic staff had identified [[only 40 bodies|killed;a=Forensic staff]]
    by Thursday evening, as relatives waited outside the morgue. During a search of the cells on
    Friday, officers seized [[three rifles|other]] along with knives and ammunition.""",
)

item(
    "Ecuador says all hostage guards freed as army takes over prisons",
    """Inmates have released all [[178 guards and administrative staff|kidnapped;a=Ecuador's prison
    authority SNAI;n=guards and administrative staff]] they had held hostage in [[seven
    prisons|other;u=structure;a=Ecuador's prison authority SNAI]], Ecuador's prison authority SNAI
    said on Sunday. The hostages were seized as riots spread after gang leader Adolfo Macías, alias
    Fito, vanished from the Regional prison in Guayaquil on {{7 January}}. The authority said [[two
    of the guards|killed;a=The authority;alt=SNAI]] had been killed in the unrest. Since President
    Daniel Noboa declared an internal armed conflict, soldiers have arrested [[more than 1,100
    people|arrested;a=the armed forces]] and killed [[five suspected gang members|killed;a=the
    armed forces]], the armed forces said. [[Some 3,000 soldiers|combatants;a=the Defence
    Ministry]] now guard the country's [[36 prisons|other;u=structure;a=the Defence Ministry]], the
    Defence Ministry said. The government also said it planned to expel [[about 1,500 Colombian
    prisoners|returned;p;a=The government]] to ease overcrowding.""",
)

item(
    "Riot at Machala prison leaves 31 dead, most asphyxiated",
    """Ecuador's prison service SNAI said [[31 inmates|killed;a=Ecuador's prison service SNAI]]
    died in a riot at the Machala prison on Sunday, [[27|killed;a=Ecuador's prison service SNAI]]
    of them by asphyxiation after mattresses were set alight in a cell block. [[Four others|killed; a=the agency;alt=SNAI]] were shot dead in a clash between rival gangs hours earlier, and [[33
    inmates|injured;a=the agency;alt=SNAI]] and [[one police officer|injured;a=the agency;alt=SNAI]]
    were wounded, the agency said. [[Thirteen inmates|other;a=police]] escaped during the chaos and
    [[eleven|arrested;a=police]] were recaptured within hours, police said. The riot came {{two
    months}} after [[14 inmates|killed]] died in a fight between the same factions at the prison.
    Rights groups say [[more than 400 prisoners|killed;a=Rights groups]] have died in Ecuador's
    jails since {{2021}}, many of them in massacres and a growing number from tuberculosis and
    hunger.""",
)

item(
    "Forty-six women killed in Honduras prison riot",
    """Members of the {{Barrio 18}} gang stormed a rival wing of the women's prison in Támara,
    north of Tegucigalpa, on Tuesday, shooting inmates and setting fire to their cells. The public
    prosecutor's office said [[46 women|killed;a=The public prosecutor's office]] died, and a
    forensics spokesperson said [[23 of the victims|killed;a=a forensics spokesperson]] had been
    burned beyond recognition. [[Seven injured women|injured]] were taken to the Hospital Escuela
    in the capital. The Centro Femenino de Adaptación Social holds [[roughly 900 women|arrested; a=the National Penitentiary Institute]], according to the National Penitentiary Institute.
    [[Five inmates|missing]] were still unaccounted for on Wednesday night. Police said they had
    found [[two pistols|other;a=Police]] and [[eight machetes|other;a=Police]] in a search of the
    wing after the fire was put out. The government said it would put the military police in
    charge of the prison system and deploy [[some 2,500 officers|combatants;p;a=The government]]
    to its facilities within {{two weeks}}.""",
)

item(
    "Brazil prison massacre in Manaus leaves 56 dead",
    """A {{17-hour}} riot at the Anísio Jobim penitentiary complex in Manaus ended on Monday with
    [[56 inmates|killed;a=the Amazonas state security secretariat]] dead, many of them beheaded,
    the Amazonas state security secretariat said. Members of the Família do Norte gang, allied
    with the Comando Vermelho, attacked inmates linked to São Paulo's PCC, officials said. Inmates
    took [[12 prison guards|kidnapped;a=officials]] hostage, officials said, and released them
    unharmed after negotiations. During the chaos [[184 prisoners|other]] escaped from the complex
    and a neighbouring jail; by Tuesday [[40|arrested;a=police]] had been recaptured, police said.
    The complex was built for [[454 inmates|capacity;a=the National Council of Justice]] but held
    [[1,224|arrested;a=the National Council of Justice]], according to the National Council of
    Justice. The justice minister said he would send [[100 National Force officers|combatants;p; a=The justice minister]] to Amazonas within {{48 hours}}.""",
)

item(
    "Gang fight at Altamira jail kills 58",
    """[[Fifty-eight inmates|killed;a=the Pará state prison authority Susipe]] were killed in a
    fight between rival gangs at the regional prison in Altamira on Monday, [[16|killed;a=the Pará
    state prison authority Susipe]] of them beheaded, the Pará state prison authority Susipe said.
    Members of the Comando Classe A set fire to a cell block made of shipping containers, where
    members of the Comando Vermelho were held. [[Two prison officers|kidnapped]] were held hostage
    for {{five hours}} before being released. The jail was built for [[208 prisoners|capacity]] and
    held [[343|arrested]]. The state said it would transfer [[46 inmates|arrested;p;a=The state]]
    considered gang leaders to federal prisons. [[Four|killed;a=officials]] of them were strangled
    in a prison van during the transfer on Wednesday, officials said.""",
)

item(
    "Gunmen attack Ciudad Juárez prison; 30 inmates escape",
    """Gunmen in armoured vehicles attacked State Prison {{Number 3}} in Ciudad Juárez on New
    Year's Day, killing [[10 guards and police officers|killed;a=Chihuahua state prosecutors;n=guards and police officers]] and helping [[30 inmates|other;a=Chihuahua state
    prosecutors]] escape, Chihuahua state prosecutors said. [[Seven inmates|killed;a=the state
    security ministry]] also died and [[13 people|injured;a=the state security ministry]] were
    wounded, the state security ministry said. Witnesses described [[between 25 and 30
    gunmen|combatants;a=Witnesses]]. Among the escapees was Ernesto Piñón, alias El Neto, leader of
    the Mexicles gang. [[About 3,000 soldiers and police|combatants;n=soldiers and police]] were
    searching the city on Monday. Troops found [[four armoured vehicles|other]] abandoned near the
    prison, and the prosecutor's office said [[four of the escapees|arrested;a=the prosecutor's
    office]] had been recaptured.""",
)

item(
    "Forty-nine dead in fight between Zetas factions at Monterrey prison",
    """[[Forty-nine inmates|killed;a=Nuevo León state officials]] died in a fight between rival
    factions of the Zetas cartel inside Monterrey's Topo Chico prison overnight, Nuevo León state
    officials said on Thursday. Most were beaten or stabbed, but [[five of the dead|killed;a=state
    prosecutors]] had gunshot wounds, state prosecutors said. [[Twelve inmates|injured]] were
    treated in hospital. Fires were set in [[two cell blocks|housing;u=structure]] and a
    storeroom. The prison held [[about 3,800 inmates|arrested]] in space built for
    [[2,500|capacity]], according to the National Human Rights Commission, which has rated it one
    of the worst in Mexico for {{three years}} running. The state has said it will move [[some 400
    inmates|arrested;p;a=The state]] to federal prisons in other states.""",
)

item(
    "El Salvador moves first 2,000 gang suspects into its mega-prison",
    """El Salvador's government said it had transferred [[2,000 suspected gang members|arrested; a=El Salvador's government]] to its new Terrorism Confinement Centre (CECOT) in a single
    overnight operation. The prison, in Tecoluca, about {{74 km}} south-east of San Salvador, has
    space for [[40,000 inmates|capacity;a=the government]], according to the government. Each cell
    of about {{100 square metres}} will hold [[more than 100 prisoners|capacity;p]]. Since the
    state of exception began in {{March 2022}}, police and soldiers have arrested [[more than
    64,000 people|arrested;a=the Justice and Security Ministry]] and [[about 5,000|arrested;a=the
    Justice and Security Ministry]] have been released for lack of evidence, the Justice and
    Security Ministry says. Cristosal, a rights group, says [[at least 153 detainees|killed;a=Cristosal]] have died in custody. The prison is guarded by [[600 soldiers|combatants]] and
    [[250 police officers|combatants]].""",
)

item(
    "Venezuela retakes gang-run Tocorón prison",
    """Venezuela's government said on Wednesday it had retaken the Tocorón prison in Aragua state,
    the base of the Tren de Aragua gang, after an operation involving [[some 11,000 soldiers and
    police officers|combatants;a=Venezuela's government;n=soldiers and police officers]]. Inside,
    troops found a swimming pool, a nightclub, a small zoo and an arsenal including [[dozens of
    rifles|other]]. The prison, built for [[750 inmates|capacity;a=the Venezuelan Prison
    Observatory]], held [[about 1,600|arrested;a=the Venezuelan Prison Observatory]] when the
    operation began, according to the Venezuelan Prison Observatory. The observatory said
    [[several dozen gang leaders|other;a=The observatory;alt=the Venezuelan Prison Observatory]]
    had escaped before the raid. [[About 2,000 relatives|civilians;a=the observatory;alt=the
    Venezuelan Prison Observatory]] had been living inside with inmates, the observatory added.
    Officials said [[one soldier|killed;a=Officials]] was killed. Relatives said the inmates were
    being moved to [[five other prisons|other;u=structure;a=Relatives]].""",
)

item(
    "Fire during riot at Colombian prison kills 51",
    """A fire started during a riot at the Tuluá prison in Colombia's Valle del Cauca province
    killed [[51 inmates|killed;a=the prison agency INPEC]] early on Tuesday, the prison agency
    INPEC said. [[Another 24 people|injured;a=the agency;alt=INPEC]] were hurt, among them [[two
    guards|injured;a=the agency;alt=INPEC]], the agency said. Inmates set mattresses alight during
    a fight in {{Block 8}}, and the flames spread before firefighters could reach them. The prison
    held [[1,267 inmates|arrested]] in space for [[about 970|capacity]]. Relatives blocked the road
    outside for hours, and police said [[14 of them|arrested;a=police;n=-]] were detained. [[Two
    cell blocks|housing;u=structure]] were destroyed. The government said it would move [[180
    inmates|arrested;p;a=The government]] out of the damaged prison by the weekend.""",
)

item(
    "Guatemala hunts Barrio 18 members who walked out of Fraijanes II",
    """Guatemala's interior ministry said [[20 inmates|other;a=Guatemala's interior ministry]]
    belonging to the {{Barrio 18}} gang had escaped from the Fraijanes II maximum-security prison,
    some of them weeks before the escape was detected. By Friday police said [[three|arrested;a=police]] had been recaptured and [[one|killed;a=police]] had been killed in a shootout. The
    government offered a reward of {{150,000 quetzales}} for each of the [[17 fugitives|other]]
    still at large. The prison director was among [[eight officials|arrested;a=prosecutors]]
    detained on suspicion of helping the escape, prosecutors said. The prison, designed for [[about
    400 inmates|capacity]], held [[roughly 600|arrested;a=the prison system]], according to the
    prison system. The government said it would deploy [[up to 300 soldiers|combatants;p;a=The
    government]] to guard the perimeter.""",
)

item(
    "Paraguayan police retake Tacumbú prison from Rotela clan",
    """[[About 2,000 police and soldiers|combatants;a=the interior ministry;n=police and soldiers]]
    stormed the Tacumbú prison in Asunción on Tuesday to retake it from the Clan Rotela, the
    interior ministry said. [[One inmate|killed]] was killed and [[eight people|injured]] were
    injured, among them [[three officers|injured]]. Inmates had held [[a dozen guards|kidnapped]]
    hostage for a week earlier this month before freeing them. Tacumbú, built for [[1,500
    inmates|capacity]], held [[more than 2,700|arrested]]. [[About 700 inmates|arrested;p;a=the
    justice ministry]] will be transferred to other prisons, the justice ministry said. The
    operation recalled a {{2020}} escape from the Pedro Juan Caballero prison, where [[75
    members|other]] of the Brazilian PCC gang walked out through a tunnel.""",
)

item(
    "Ecuador jails former prison director over Fito escape",
    """A court in Guayaquil sentenced the former director of the Regional prison to {{eight years}}
    in prison on {{14 November 2024}} for helping gang leader Adolfo Macías, alias Fito, escape in
    {{January 2024}}. The {{47-year-old}} former official was also fined {{$46,000}}, the
    equivalent of {{100}} basic monthly wages, and barred from public office for {{10 years}}.
    Prosecutors had asked for the maximum of {{12 years}}. Macías, who had been serving a
    {{34-year}} sentence for drug trafficking, organised crime and murder, was recaptured in Manta
    in {{June 2025}} and extradited to the United States the following month. The ruling can be
    appealed within {{three days}}, the court said.""",
)

item(
    "Peru extends emergency in its prisons as overcrowding tops 150%",
    """Peru's government extended the state of emergency in its prison system for another {{60
    days}} on Saturday, citing an occupancy rate of {{153%}} nationally and of more than {{400%}}
    at Lurigancho. Supreme Decree {{012-2025-JUS}}, published in the official gazette El Peruano,
    lets the armed forces patrol prison perimeters and block mobile phone signals. The measure was
    first imposed in {{January 2023}} and this is its {{ninth}} extension. The budget of the
    National Penitentiary Institute rose by {{11%}} this year to {{1.9 billion soles}}, the
    economy ministry said. In some wings, inmates spend up to {{23 hours}} a day in cells of
    {{12 square metres}}.""",
)
