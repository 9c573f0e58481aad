"""Ecuador, Peru, Venezuela's border and Brazil's favelas (14 texts with figures, 2
without)."""

from _wrap import item

item(
    "Guayaquil prison massacre: 118 inmates dead after gang battle",
    """GUAYAQUIL, Ecuador - [[At least 118 inmates|killed;a=President Guillermo Lasso]] were
    killed and [[79|injured;a=President Guillermo Lasso]] wounded in a battle between rival
    gangs at the Litoral Penitentiary, President Guillermo Lasso said, the worst prison
    massacre in Ecuador's history. [[Six|killed]] of the dead were beheaded. Police said it
    took [[some 400 officers|combatants;a=Police]] and [[about 900 soldiers|combatants;a=Police]]
    to regain control of the cellblocks. The prison holds
    [[8,500 inmates|arrested;a=prison service SNAI]], well above its capacity of
    [[5,300|capacity;a=prison service SNAI]], according to the prison service SNAI. The
    government declared a {{60-day}} state of emergency in the prison system.""",
)

item(
    "Ecuador declares 'internal armed conflict' after gunmen storm TV studio",
    """QUITO - President Daniel Noboa declared an "internal armed conflict" on {{9 January 2024}}
    and ordered the armed forces to "neutralise" [[22 criminal groups|other;u=other]], which
    the decree calls terrorist organisations. Hours earlier
    [[13 hooded gunmen|arrested]] who burst into a studio of TC Televisión in Guayaquil during a
    live broadcast were arrested. In the prisons, inmates held
    [[178 guards and administrative staff|kidnapped;a=prison service;n=guards and administrative staff]]
    hostage, the prison service said. [[At least 10 people|killed;a=police]] were killed in
    Guayaquil in a day of attacks, police said. By the end of the month the armed forces
    reported [[more than 3,000 arrests|arrested;a=armed forces]], said
    [[seven police officers|kidnapped;a=armed forces]] abducted in Machala had been freed, and said
    [[some 22,400 soldiers|combatants;a=armed forces]] were on the streets.""",
)

item(
    "Extortion gangs empty Guayaquil's northern districts",
    """GUAYAQUIL, Ecuador - [[About 1,200 families|displaced;a=city's social welfare directorate]]
    have abandoned their homes in Nueva Prosperina and Monte Sinaí in the past year after
    threats from extortion gangs, according to the city's social welfare directorate. Education
    officials said [[46 schools|other;a=Education officials]] had switched to online classes and
    that [[about 19,000 pupils|civilians;a=Education officials]] were affected. Ecuador recorded
    [[more than 9,000 violent deaths|killed;a=Interior Ministry]] in {{2025}}, the Interior
    Ministry said, the highest figure in its history. The municipality has opened
    [[three community centres|capacity]] for displaced families. [[Some 60,000 Ecuadorians|displaced;a=Panama's migration service]]
    crossed the Darién jungle northwards last year, Panama's migration service said, many of
    them fleeing gangs.""",
)

item(
    "Gunmen kill 17 at a party in El Empalme",
    """EL EMPALME, Ecuador - Gunmen in [[two vehicles|other]] opened fire on a birthday party in
    El Empalme, in Guayas province, on Saturday night, killing
    [[17 people|killed;a=police]], including [[two children|killed;a=police]], police said.
    [[Twelve|injured]] others were taken to hospital in Quevedo. Police arrested
    [[six suspects|arrested]] linked to Los Lobos on Monday. [[About 80 families|displaced;a=residents]]
    have left the neighbourhood since the attack, residents said. The government deployed
    [[500 soldiers|combatants;a=government]] to the canton, it said, and imposed a curfew from
    {{10 pm}} to {{5 am}}.""",
)

item(
    "Bodies of 13 kidnapped mine guards found in Pataz",
    """TRUJILLO, Peru - Police found the bodies of [[13 security guards|killed;a=police]] in a
    mine shaft in Pataz, in La Libertad region, a week after gunmen abducted them from a gold
    concession, police said. The men had been held for a ransom of about {{$80,000}}. The
    government declared a state of emergency and sent [[1,500 troops|combatants]] to the
    province. Local officials say [[more than 40 people|killed;a=Local officials]] have been
    killed in Pataz since {{2024}} in fighting over the veins between illegal miners and the
    gangs that protect them. Police said they had arrested
    [[three suspects|arrested;a=Police]], one aged {{19}}. The local priest said
    [[some 200 families|displaced;a=local priest]] had left the mining town of Vijus. Informal miners number
    [[between 10,000 and 20,000|other;a=mining officials]] in the province, mining officials
    say.""",
)

item(
    "Peru protest toll rises to 49 as Juliaca clashes worsen",
    """LIMA - The number of civilians killed in clashes with security forces since
    {{7 December}} has risen to [[49|killed;a=Ombudsman's Office]], the Ombudsman's Office said,
    [[17|killed;a=Ombudsman's Office]] of them in Juliaca in a single day. A police officer was
    burned to death by protesters in Juliaca. The office counted
    [[more than 1,300 injured|injured;a=office;alt=Ombudsman's Office]], among them
    [[about 500 police officers|injured;a=office;alt=Ombudsman's Office]]. Police detained
    [[192 people|arrested]] when they entered San Marcos University, where protesters from the
    south were staying, and freed [[191|arrested]] of them within two days. Transport officials
    counted [[some 100 roadblocks|other;u=other;a=Transport officials]] across the south.""",
)

item(
    "Ambush in the VRAEM kills seven soldiers",
    """AYACUCHO, Peru - [[Seven soldiers|killed;a=Joint Command of the Armed Forces]] were
    killed and [[four|injured;a=Joint Command of the Armed Forces]] wounded in an ambush by the
    Militarised Communist Party of Peru in the Valley of the Apurímac, Ene and Mantaro Rivers
    (VRAEM), the Joint Command of the Armed Forces said. The group, a remnant of the Shining
    Path, has [[some 300 fighters|combatants;a=Joint Command]], according to the Joint Command.
    [[About 60 families|displaced]] from the hamlet of Natividad walked to Pichari after the
    attack. The valley is home to [[about 500,000 people|civilians]] and produces most of
    Peru's coca. Army patrols found [[dozens of abandoned camps|other]] in the following week.""",
)

item(
    "Thousands flee Apure fighting into Colombia's Arauquita",
    """ARAUQUITA, Colombia - [[More than 5,800 Venezuelans|displaced;a=Arauca governor's office]]
    have crossed the Arauca river into Arauquita since Venezuelan troops launched an offensive
    against FARC dissidents in Apure state, the Arauca governor's office said. The town has
    set up [[21 shelters|capacity]] in schools, churches and sports halls. Venezuela's defence
    ministry said [[eight soldiers|killed;a=Venezuela's defence ministry]] had died and that
    [[eight more|kidnapped;n=-;a=Venezuela's defence ministry]] were being held by the
    dissidents. [[Some 3,000|returned;a=UNHCR]] have since gone back to La Victoria, UNHCR said,
    but [[up to 1,500|displaced;a=UNHCR]] say they will not return while the fighting lasts.""",
)

item(
    "Venezuela retakes Tocorón prison from Tren de Aragua",
    """CARACAS - [[Some 11,000 troops and police|combatants;n=troops and police;a=Interior Minister Remigio Ceballos]]
    took part in the operation to retake Tocorón prison in Aragua state, the stronghold of the
    Tren de Aragua gang, Interior Minister Remigio Ceballos said. Inside, they found a zoo, a
    nightclub and a swimming pool. The prison, built for [[750 inmates|capacity]], held
    [[about 1,600|arrested]]; all were moved to other jails. [[One soldier|killed]] was
    killed. Troops also seized [[between 30 and 40 motorcycles|other]]. Prosecutors said [[88 people|arrested;a=Prosecutors]] had been charged with
    helping the gang, including [[11 prison officials|arrested;a=Prosecutors]]. The gang's
    leader escaped.""",
)

item(
    "Colombians fleeing Catatumbo find shelter across the border in Zulia",
    """MARACAIBO, Venezuela - [[About 3,000 Colombians|displaced;a=Venezuela's government]]
    fleeing fighting in Catatumbo have crossed into Zulia and Táchira states, Venezuela's
    government said. It has opened [[four shelters|capacity;a=Venezuela's government]] in
    Machiques and Casigua el Cubo. [[Some 700|returned]] have since returned to Colombia by the
    Tienditas bridge, Colombian migration officials said, with
    [[another 400|returned;p;a=Colombian migration officials]] expected this week. Venezuela
    said it had sent [[2,000 troops|combatants]] to the border, and the ICRC said it had
    delivered [[1,100 hygiene kits|aid;a=ICRC]] in Zulia.""",
)

item(
    "Rio police raid on Alemão and Penha kills at least 121",
    """RIO DE JANEIRO - [[At least 121 people|killed;a=Rio de Janeiro state government]] were
    killed, among them [[four police officers|killed;a=Rio de Janeiro state government]], in a
    raid on the Alemão and Penha favela complexes against the Comando Vermelho gang, the Rio de
    Janeiro state government said. About [[2,500 police|combatants]] took part, backed by
    helicopters and armoured vehicles. Police said they had arrested
    [[113 people|arrested;a=Police]] and seized [[93 rifles|other;a=Police]]. Residents laid
    out [[more than 60 bodies|killed;a=Residents]] in a square in Penha on Wednesday morning.
    The city closed [[46 schools|other]], and [[about 280,000 residents|civilians]] of the
    two complexes were told to stay indoors.""",
)

item(
    "Stray bullets and closed schools: a year of gunfire in Rio",
    """RIO DE JANEIRO - The Fogo Cruzado institute counted
    [[2,430 people|injured;a=Fogo Cruzado institute]] hit by gunfire in greater Rio in {{2024}},
    [[1,100|killed;a=Fogo Cruzado institute]] of whom died. Stray bullets hit
    [[52 children|injured;a=institute;alt=Fogo Cruzado institute]], the institute said. In
    Maré, [[about 17,000 pupils|civilians;a=Redes da Maré]] missed at least {{20}} school days
    because of police operations, according to Redes da Maré. Health posts in the complex closed
    on {{38}} days. The state police carried out
    [[1,600 operations|other;u=other]] in the metropolitan area last year.""",
)

item(
    "Comando Vermelho drives families from Rio housing estates",
    """RIO DE JANEIRO - [[About 300 families|displaced;a=public defender's office]] have been
    forced out of government housing estates in Rio's west zone by Comando Vermelho
    gunmen who took over their flats, the public defender's office said. The gang seized
    [[at least 40 apartments|housing;a=public defender's office]] in Campo Grande alone and
    rented them to its own people. [[Twelve residents|missing]] who refused to leave have
    disappeared. The city has offered rent support to [[up to 200 families|aid;p;a=city]], it
    said. Police said they had arrested [[eight gang members|arrested;a=Police]] and
    seized [[five rifles|other;a=Police]] in an operation on Tuesday involving
    [[800 to 1,000 officers|combatants]].""",
)

item(
    "Ecuador sends Colombian prisoners home across Rumichaca bridge",
    """TULCÁN, Ecuador - Ecuador expelled [[about 1,500 Colombian prisoners|returned]] across
    the Rumichaca bridge in a week, saying it could not afford to keep them in its crowded
    jails. Colombia's foreign ministry said it had received
    [[1,100|returned;a=Colombia's foreign ministry]] of them and protested that it had not been
    consulted. Colombian police detained [[about 90|arrested;a=Colombian police]] with pending
    sentences on arrival, they said. Ecuador's prisons hold
    [[some 33,000 inmates|arrested;a=SNAI]], about {{10%}} of them foreigners, according to SNAI.
    [[Another 2,000|returned;p]] are due to be sent back. The first group crossed in [[40 buses|other]] under police escort.""",
)

item(
    "Ecuadorians reject foreign bases in referendum",
    """QUITO - Ecuadorians rejected a proposal to allow foreign military bases on their soil in
    the referendum of {{16 November 2025}}, with {{60.6%}} voting no, the National Electoral
    Council said. Turnout was {{82%}}. The {{2008}} constitution bans foreign bases; the United
    States left the Manta air base in {{2009}}, after {{10 years}}. President Daniel Noboa,
    {{37}}, had campaigned for a yes. The defeat follows a tax rise on diesel to {{$2.80}} a
    gallon.""",
)

item(
    "Supreme Court sets rules for Rio favela raids",
    """BRASÍLIA - Brazil's Supreme Federal Court on {{3 April 2025}} concluded its ruling on
    {{ADPF 635}}, the case known as the favela case, five years after it first restricted
    police operations in Rio de Janeiro during the pandemic. The court ordered body cameras for
    all officers within {{180 days}} and required ambulances on every raid. Police killings in
    Rio state fell by {{42%}} between {{2019}} and {{2024}}, according to the Institute of
    Public Security. The state spends about {{R$16 billion}} a year on security.""",
)
