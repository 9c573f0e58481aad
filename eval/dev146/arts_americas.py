"""The Americas: Chile, Colombia, Peru, Bolivia, Venezuela and the United States (15 items, 1
without a figure)."""

from _wrap import item

item(
    "INDH: more than 2,000 hospitalised since start of Chile's unrest",
    """SANTIAGO — Chile's National Human Rights Institute (INDH) reported on Monday that [[2,009
    people|injured;a=Chile's National Human Rights Institute]] had been hospitalised with
    injuries since the social unrest began on {{October 18}}, [[1,100|injured;a=Chile's National
    Human Rights Institute]] of them with gunshot or pellet wounds, and that [[197
    people|injured;a=Chile's National Human Rights Institute]] had suffered eye trauma. The
    Prosecutor's Office has opened investigations into [[23 deaths|killed]], [[five|killed]] of
    them attributed to state agents. The institute says [[6,362 people|arrested;a=The
    institute;alt=Chile's National Human Rights Institute]] have been detained, including [[759
    children and adolescents|arrested;n=children and adolescents;a=The institute;alt=Chile's
    National Human Rights Institute]]. The Carabineros say [[1,600 officers|injured;a=The
    Carabineros]] have been injured. The unrest, sparked by a {{30-peso}} rise in the metro fare,
    has left [[118 metro stations|housing;u=structure]] damaged, [[25|housing;u=structure]] of
    them burned. Ophthalmologists have called for an immediate ban on the riot shotguns used by
    the police, which the Carabineros say are fired only in self-defence. President Sebastián
    Piñera has announced a package of social measures, including a rise in the minimum pension,
    and a cabinet reshuffle. The protests, now in their {{fifth week}}, have widened into a movement
    against inequality, low wages and the cost of health care and education. A planned
    referendum on a new constitution is under discussion in Congress.""",
)

item(
    "More than a million march in Santiago as Piñera reshuffles cabinet",
    """[[More than 1.2 million people|other;a=Santiago's regional governor Karla Rubilar]] marched
    through Santiago on Friday in the largest demonstration since the return of democracy,
    Santiago's regional governor Karla Rubilar said. President Sebastián Piñera responded by
    asking his entire cabinet to resign, and the army said it would begin withdrawing the
    [[20,000 soldiers|combatants;a=the army]] it had deployed under the state of emergency. In
    Valparaíso, [[14 people|arrested]] were arrested after a fire at the El Mercurio newspaper
    building forced the evacuation of [[70 employees|displaced]]. Curfews had been imposed in
    [[15 cities|other;u=other]] during the first week of unrest.""",
)

item(
    "Paro nacional: Defensoría reports 42 deaths, 168 people missing",
    """BOGOTÁ (Infobae) — The Ombudsman's Office said on Tuesday that [[42 people|killed;a=The
    Ombudsman's Office]] have died in connection with the national strike that began on {{April
    28}}, [[41 civilians|killed;a=The Ombudsman's Office]] and a police officer, while the NGO
    Temblores says it has documented [[43 homicides|killed;a=the NGO Temblores]] allegedly
    committed by the security forces. The office said it was still searching for [[168
    people|missing;a=The office;alt=The Ombudsman's Office]] reported missing. The Defence
    Ministry said [[849 police officers and soldiers|injured;n=police officers and soldiers;
    a=The Defence Ministry]] had been injured and that protesters had set up [[more than 2,300
    roadblocks|other;u=other;a=The Defence Ministry]], cutting off supplies of food and fuel to
    Cali. In Cali, where President Iván Duque ordered the army onto the streets, [[2,100
    soldiers|combatants;a=the mayor's office]] and [[1,400 police|combatants;a=the mayor's
    office]] are now deployed, the mayor's office said. The protests began against a tax reform
    that would have raised VAT on public services; Duque withdrew the bill on {{May 2}} and his
    finance minister resigned the following day. [[Seven police stations|housing;u=structure]],
    known as CAIs, were burned in Bogotá on a single night.""",
)

item(
    "Bogotá under curfew for first time since 1977 after looting",
    """Bogotá imposed its first citywide curfew since {{1977}} on Friday night after looting in the
    south of the capital, a day after a national strike drew [[some 250,000 people|other;a=the
    government]] onto the streets, according to the government. Mayor Enrique Peñalosa said [[98
    people|arrested;a=Mayor Enrique Peñalosa]] had been arrested and that [[70 TransMilenio
    stations|housing;u=structure;a=Mayor Enrique Peñalosa]] had been damaged. On Saturday, an
    {{18-year-old}} student was critically wounded when a riot police officer fired a bean-bag
    round at his head; he died {{two days}} later. The Defence Ministry said [[4,000
    soldiers|combatants;p;a=The Defence Ministry]] would patrol the city alongside the police,
    and that [[another 1,500|combatants;p;a=The Defence Ministry]] were on standby.""",
)

item(
    "Seventeen die in Juliaca on deadliest day of Peru's protests",
    """JULIACA — [[Seventeen civilians|killed;a=the Ombudsman's Office]] died on Monday in clashes
    with the police near the Juliaca airport, the Ombudsman's Office reported, in the deadliest
    day since the protests began in December. The office said a police officer was later burned
    to death in his patrol car by a mob, and that the national death toll had risen to
    [[46|killed;a=The office;alt=the Ombudsman's Office]] since President Pedro Castillo was
    removed on {{December 7}}. Hospital director Carlos Quispe told El Comercio that the Carlos
    Monge Medrano hospital had received [[68 injured people|injured;a=Hospital director Carlos
    Quispe]], [[19|injured;a=Hospital director Carlos Quispe]] of them police officers. The
    Interior Ministry declared a curfew in Puno from {{8 p.m.}} to {{4 a.m.}} for {{three days}}.
    According to the Superintendency of Land Transport, there were [[102 roadblocks|other;
    u=other;a=the Superintendency of Land Transport]] in [[10 regions|other;u=other;a=the
    Superintendency of Land Transport]] of the country on Tuesday. Among the dead in Juliaca were
    a {{17-year-old}} and a doctor who was helping the wounded. The protesters demand the
    resignation of President Dina Boluarte, the closure of Congress and early elections. The
    government has flown [[300 additional police officers|combatants]] to Puno and said it
    would send [[another 500|combatants;p;a=The government]] next week.""",
)

item(
    "Two students killed, dozens missing after Lima march",
    """[[Two university students|killed;a=the Ombudsman's Office]], {{aged 22 and 24}}, were
    killed by police gunfire during Saturday night's march in central Lima against the government
    of Manuel Merino, the Ombudsman's Office confirmed. The Health Ministry reported [[94
    injured|injured;a=The Health Ministry]], [[63|injured;a=The Health Ministry]] of whom were
    taken to hospitals. The National Coordinator for Human Rights said [[41 people|missing;a=The
    National Coordinator for Human Rights]] remained unaccounted for on Sunday morning; by the
    evening, the coordinator said, the number had fallen to [[two|missing;a=the
    coordinator;alt=The National Coordinator for Human Rights]]. Police said [[27
    officers|injured;a=Police]] had been hurt. [[Thousands of people|other]] also took to the
    streets in Arequipa and Cusco. Merino, who had been sworn in on {{November 10}} after Congress
    removed Martín Vizcarra, resigned on Sunday afternoon.""",
)

item(
    "Eight killed as Bolivian forces clear fuel plant blockade",
    """LA PAZ, Bolivia (AP) — [[At least eight people|killed;a=Bolivia's human rights ombudsman]]
    were killed Tuesday when police and soldiers broke up a blockade by supporters of ousted
    President Evo Morales outside a state-run fuel plant in El Alto, Bolivia's human rights
    ombudsman said. The office said [[at least 30 others|injured;a=The office;alt=Bolivia's human
    rights ombudsman]] were injured, many with bullet wounds, and that the death toll since the
    disputed {{October 20}} election had risen to [[32|killed;a=The office;alt=Bolivia's human
    rights ombudsman]]. The government said soldiers had not fired a single shot and blamed
    "vandals" who tried to dynamite the plant's walls. The Senkata plant supplies about {{80%}}
    of the gas and fuel consumed in La Paz, where residents have faced shortages for days. {{Five
    days}} earlier, [[nine coca growers|killed]] were killed in Sacaba, near Cochabamba.
    Authorities said [[52 trucks|other;a=Authorities]] carrying gasoline and diesel left the plant
    under military escort after the clash. Morales, who resigned on {{November 10}} and flew to
    Mexico, called the killings a massacre.""",
)

item(
    "Bolivian forces clear Morales supporters' blockade, arrest 66",
    """Bolivian police and soldiers cleared a blockade on the highway linking Cochabamba with the
    west of the country on Friday, arresting [[66 people|arrested;a=Government Minister Eduardo
    del Castillo]], Government Minister Eduardo del Castillo said. He said [[30 police
    officers|injured;a=Government Minister Eduardo del Castillo]] had been injured, [[three|
    injured;a=Government Minister Eduardo del Castillo]] of them seriously, and that [[200 more
    officers|combatants;a=Government Minister Eduardo del Castillo]] had been sent to the Parotani
    bridge. Supporters of former president Evo Morales have blocked roads for {{24 days}} to
    prevent his arrest on a statutory rape warrant, which he calls political persecution. On Friday, Morales supporters seized a military barracks in
    Chapare and took [[more than 200 soldiers|kidnapped;a=the armed forces]] hostage, the armed
    forces said. The blockades have left [[hundreds of trucks|other]] stranded and pushed up food prices in La
    Paz.""",
)

item(
    "Venezuela says over 2,200 arrested in post-election protests",
    """CARACAS (Reuters) - Venezuelan authorities have arrested [[more than 2,200 people|arrested;
    a=Attorney General Tarek William Saab]] since protests broke out over the disputed {{July
    28}} presidential election, Attorney General Tarek William Saab said on Thursday. Foro Penal,
    a rights group, said it had confirmed [[1,503 of the arrests|arrested;a=Foro Penal]] as
    political, including [[114 teenagers|arrested;a=Foro Penal]], and that the number of
    political prisoners in the country had reached a record. [[At least 24 people|killed;
    a=Provea]] have been killed, most by gunfire, according to Provea, another rights
    organisation; the government says [[two soldiers|killed;a=the government]] were among the
    dead. President Nicolás Maduro, who was declared the winner by the electoral council without
    the publication of detailed results, has said the detainees will be sent to maximum-security
    prisons to be "re-educated". The opposition says its tallies, based on more than {{80%}} of
    voting machine receipts, show its candidate Edmundo González won by a wide margin. Colombia's
    migration agency said it was preparing for [[up to 1 million Venezuelans|displaced;p;
    a=Colombia's migration agency]] who could leave if Maduro stays in power. Maduro's
    government has expelled diplomats from [[seven Latin American countries|other;u=other]] that
    questioned the result.""",
)

item(
    "Teenager shot dead as Venezuela protest toll reaches 75",
    """A {{17-year-old}} protester was shot dead in the Caracas district of Chacao on Thursday,
    bringing to [[75|killed;a=the attorney general's office]] the number of people killed in {{two
    months}} of anti-government protests, the attorney general's office said. The office said
    [[1,315 people|injured;a=The office;alt=the attorney general's office]] had been injured
    since {{April 1}}. Foro Penal said [[3,000 people|arrested;a=Foro Penal]] had been detained,
    of whom [[1,351|arrested;a=Foro Penal]] remained in custody and [[315|arrested;a=Foro Penal]]
    had been brought before military courts.""",
)

item(
    "More than 10,000 arrested as Floyd protests sweep US cities",
    """MINNEAPOLIS (AP) — [[More than 10,000 people|arrested;a=The Associated Press]] have been
    arrested across the U.S. since protests over the death of George Floyd began, according to a
    tally by The Associated Press, and [[at least 12 people|killed;a=The Associated Press]] have
    died. Curfews were in place in [[dozens of cities|other;u=other]] on Tuesday. [[About 17,000
    National Guard members|combatants;a=the Guard]] had been activated in [[23 states|other;
    u=other;a=the Guard]] and Washington, D.C., the Guard said. Los Angeles accounted for about a
    quarter of the arrests. In New York, police said [[nearly 700 people|arrested;a=police]] were
    arrested overnight after stores along Fifth Avenue were looted, and that [[13
    officers|injured;a=police]] were hurt. In Minneapolis, the city said [[more than 220
    buildings|housing;a=the city]] had been damaged or destroyed by fire, looting and vandalism,
    including the {{3rd Precinct}} police station that protesters set ablaze last week. The Pentagon said [[about
    1,600 active-duty troops|combatants;p;a=The Pentagon]] were on standby near Washington
    and could be sent into the capital. Floyd, {{46}}, died {{May 25}} after a white police officer pressed his knee into his neck.""",
)

item(
    "Campus arrests top 2,100 as police clear UCLA encampment",
    """[[More than 2,100 people|arrested;a=The Associated Press]] have been arrested at
    pro-Palestinian demonstrations on U.S. college campuses since {{April 18}}, when New York
    police cleared an encampment at Columbia University, according to The Associated Press.
    Police in riot gear detained [[about 200 people|arrested]] at the University of California,
    Los Angeles, early Thursday after a night in which counter-protesters attacked the encampment
    with fireworks and metal poles. Students for Justice in Palestine said [[15
    protesters|injured;a=Students for Justice in Palestine]] were hurt in that attack, and
    university officials said [[three|arrested;a=university officials]] of the attackers had
    been identified and detained. Encampments remained at [[more than 40 universities|other;
    u=structure]] across the country.""",
)

item(
    "Marines head to Los Angeles as immigration protests enter fifth day",
    """LOS ANGELES, {{June 10}} (Reuters) - [[About 700 Marines|combatants;p;a=officials]] were
    expected to arrive in Los Angeles on Tuesday to reinforce the [[4,000 National Guard
    troops|combatants;a=officials]] already sent to the city by President Donald Trump over the
    objections of California Governor Gavin Newsom, officials said. Los Angeles police said they
    had arrested [[378 people|arrested;a=Los Angeles police]] since Saturday, most for failing to
    disperse, and that [[eight officers|injured;a=Los Angeles police]] had been injured.
    Protesters set fire to [[five self-driving Waymo taxis|other;u=other]] downtown on Sunday
    night. Mayor Karen Bass imposed a curfew from {{8 p.m.}} to {{6 a.m.}} across a
    {{1-square-mile}} area of downtown. The protests began after federal immigration agents
    detained [[44 people|arrested;a=the Department of Homeland Security]] in raids on workplaces
    across the city on Friday, according to the Department of Homeland Security.""",
)

item(
    "Colombia unveils tax reform as unions call national strike",
    """Colombia's Finance Ministry presented to Congress on {{April 15}} a tax reform that seeks to
    raise {{23.4 trillion pesos}} ({{$6.3 billion}}), or about {{2%}} of GDP, to cover a deficit
    widened by the pandemic. The bill would extend income tax to people earning more than {{2.4
    million pesos}} a month and apply a {{19%}} value-added tax to public utilities and funeral
    services. Unions and student groups have called a national strike for {{April 28}}, the
    third since {{2019}}. Finance Minister Alberto Carrasquilla drew ridicule this week when he
    put the price of a carton of eggs at {{1,800 pesos}}; supermarkets charge closer to
    {{5,000}}.""",
)
