"""Brazil, Colombia and Ecuador: a police raid in Rio, the yearly violence report, a prison
massacre, slave labour, kidnapping figures, a cocaine haul, a sentence, Ecuador's prison
crisis, a massacre, a prison riot and a trial of soldiers (11 items, 1 without a figure)."""

from _wrap import item

item(
    "Rio police raid on Alemão and Penha complexes is deadliest in city's history",
    """RIO DE JANEIRO — A police operation against the Comando Vermelho in the Alemão and Penha
    favela complexes, in Rio de Janeiro's North Zone, left [[at least 64 people|killed;a=the
    state government]] dead on Tuesday, including [[four police officers|killed;a=the state
    government]], according to the state government. [[About 2,500 civil and military police
    officers|combatants;n=civil and military police officers;a=the Civil Police]] took part in
    the operation, which had been planned for {{60 days}}, the Civil Police said. The raid began
    at about {{5am}}, with armoured vehicles and drones, and gunfire could be heard across the
    North Zone for more than {{12 hours}}. Officers arrested [[81 suspects|arrested]] and seized
    [[93 rifles|other]] and more than half a tonne of drugs. In response, gang members hijacked
    [[71 buses|other;a=the Rio Ônibus union]] to use as barricades across the city, according to
    the Rio Ônibus union. [[Forty-six schools|other]] in the area closed their doors. On
    Wednesday morning, residents of Penha carried [[more than 50 bodies|killed]] to a square in
    the neighbourhood, saying they had recovered them from a wooded area of the Serra da
    Misericórdia where the fiercest fighting took place. With those bodies, the toll rose to
    [[121|killed;n=-;a=the Public Defender's Office]], the Public Defender's Office said. [[Three
    residents|injured;a=the hospital;alt=the Getúlio Vargas state hospital]] were treated for
    gunshot wounds at the Getúlio Vargas state hospital, the hospital said. Relatives said many
    of the dead had been shot in the back or the head, and some bodies had stab wounds. Governor
    Cláudio Castro called the operation a success against "narco-terrorists", while the UN human
    rights office said it was "horrified" and called for swift investigations. The raid came days
    before the city was due to host a gathering of mayors linked to the {{COP30}} climate summit.
    Castro said the state had asked the federal government for armoured vehicles three times and
    been refused, a claim Brasília denied. Rights groups noted that the Supreme Court had
    restricted police raids in favelas in a case known as {{ADPF 635}}, and asked the court to
    investigate.""",
)

item(
    "Brazil's violent deaths fall, police killings stay near record",
    """SAO PAULO, {{July 18}} (Reuters) - Brazil recorded [[46,328 intentional violent
    deaths|killed;n=deaths;a=the Brazilian Public Security Forum]] in {{2023}}, down {{3.4%}}
    from a year earlier, the Brazilian Public Security Forum said in its annual yearbook on
    Thursday. Police killed [[6,393 people|killed;a=the report;alt=the Brazilian Public Security
    Forum]], about {{13.8%}} of all violent deaths, the report said. Bahia was the state where
    police killed the most, with [[1,699 deaths|killed]], ahead of Rio de Janeiro with
    [[871|killed;n=-]]. [[One hundred and twenty-seven police officers|killed]] were killed, most
    of them while off duty. The number of women killed because of their gender, classed as
    femicide, rose {{0.8%}} to [[1,467|killed;n=-]], the highest since the crime was written into
    law in {{2015}}. Police registered a record [[83,988 rapes|other;u=other]], and {{61.6%}} of
    the victims were aged {{13 or younger}}. Thieves and robbers took [[937,294 mobile
    phones|other;u=other]] during the year. The murder rate fell to {{22.8 per 100,000}} people,
    the lowest since the series began in {{2012}}.""",
)

item(
    "Dozens killed in Brazil prison gang fight, many beheaded",
    """BELEM, Brazil (AFP) - [[At least 57 inmates|killed;a=prison authorities in Para state]]
    were killed in a fight between rival gangs at a prison in the northern Brazilian city of
    Altamira on Monday, [[16 of them|killed;n=-;a=prison authorities in Para state]] decapitated,
    prison authorities in Para state said. Members of the Comando Classe A set fire to a
    cellblock holding members of the rival Comando Vermelho, and most of the other victims died
    of asphyxiation. [[Two prison officers|kidnapped]] were taken hostage during the riot and
    released after {{five hours}} of negotiations. The prison held [[343 inmates|arrested;a=the
    National Council of Justice]], more than twice its capacity of [[163|capacity;n=-;a=the
    National Council of Justice]], according to the National Council of Justice. Authorities said
    [[46 inmates|arrested;p;a=Authorities]] identified as leaders of the riot would be
    transferred to federal prisons.""",
)

item(
    "Brazil frees 207 workers from slave-like conditions at wine harvest",
    """BENTO GONÇALVES, Brazil — Labour inspectors and Federal Highway Police rescued [[207
    workers|kidnapped;a=the Labour Ministry]] held in conditions analogous to slavery at lodgings
    used by a contractor that supplied harvest labour to some of the country's best-known
    wineries, the Labour Ministry said on Thursday. Most of the men had been recruited in Bahia,
    {{more than 2,000 km}} away, with promises of {{R$4,000}} a month. Inspectors said [[12 of
    the men|injured;a=Inspectors]] showed injuries from beatings with clubs and electric shocks,
    and that the workers were forced to buy food from the contractor at inflated prices. [[One
    man|arrested]], the owner of the contracting firm, was arrested and later released on bail of
    {{R$40,000}}. The company paid for buses to take [[194 of the workers|returned;n=workers]]
    back to Bahia on Saturday. According to the ministry, inspectors freed [[2,575
    people|kidnapped;a=the ministry;alt=the Labour Ministry]] from slave-like labour across
    Brazil in {{2022}}, the highest number in a decade.""",
)

item(
    "Kidnappings in Colombia rose sharply in 2023, Defence Ministry says",
    """BOGOTÁ — Colombia recorded [[292 kidnappings|kidnapped;a=the Ministry of Defence]] in
    {{2023}}, up from [[165|kidnapped;n=-;a=the Ministry of Defence]] the previous year, the
    Ministry of Defence said on Monday. Extortion complaints rose to
    [[10,215|other;n=-;u=other]], the highest since records began in {{1996}}. The Gaula, the
    anti-kidnapping units of the police and the army, said they had freed [[147
    hostages|kidnapped;a=The Gaula]] and arrested [[1,920 people|arrested;a=The Gaula]] for
    kidnapping and extortion during the year. Most kidnappings are carried out by the ELN
    guerrilla and by criminal gangs that sell their victims on to armed groups, the ministry
    said. The most notorious case was the abduction of Luis Manuel Díaz, father of the Liverpool
    forward Luis Díaz, who was held for {{12 days}} by the ELN. In the department of Arauca
    alone, [[41 people|kidnapped]] were abducted, and [[23 of them|kidnapped;n=-]] remain in
    captivity. The Fundación Ideas para la Paz said {{almost 40%}} of kidnappings now last less
    than {{48 hours}}, as gangs increasingly carry out "express" abductions, driving victims from
    one cash machine to the next.""",
)

item(
    "Colombian police seize 14 tonnes of cocaine in biggest haul in a decade",
    """BOGOTA, {{Nov 9}} (Reuters) - Colombian police seized {{more than 14 tonnes}} of cocaine
    in and around the Pacific port of Buenaventura, the largest single haul in a decade,
    President Gustavo Petro said on Saturday. Most of the drugs were hidden in [[three shipping
    containers|other;a=police]] of bananas bound for Europe and in a warehouse near the docks,
    police said, and belonged to the Clan del Golfo, the country's largest drug trafficking
    group. [[Twelve people|arrested;a=police chief William Salamanca]] were arrested, including
    [[two port employees|arrested;a=police chief William Salamanca]] and a customs inspector,
    police chief William Salamanca told reporters. [[More than 1,200 police officers|combatants]]
    took part in the operation, which followed {{eight months}} of investigation with help from
    US and British agencies. In a separate operation, the navy intercepted [[two
    semi-submersibles|other;u=other]] off the coast of Nariño carrying {{3.1 tonnes}} of cocaine
    and detained [[four crew members|arrested]]. The Clan del Golfo has [[about 9,000
    members|combatants;a=military intelligence]], according to military intelligence. The drugs
    seized in Buenaventura would have been worth {{$392 million}} on the streets of the United
    States, police said.""",
)

item(
    "Former police officer jailed for killing student during 2021 protests",
    """MEDELLÍN — A judge in Medellín sentenced a former police patrolman to {{37 years}} in
    prison on Wednesday for the aggravated homicide of a {{22-year-old}} university student who
    was shot during the protests of {{May 2021}}, the prosecutor's office said. The judge found
    that the officer fired his service weapon from {{less than three metres}} away and applied
    the aggravating circumstances of {{Article 104}} of the Penal Code. He must also pay the
    victim's family {{1,200 million pesos}} in damages. The case, registered under number
    {{05001-60-00-206-2021-00345}}, took {{more than two years}} to reach trial. The defence said
    it would appeal within the {{10 days}} allowed by law.""",
)

item(
    "Ecuador frees prison hostages as crackdown on gangs widens",
    """QUITO — [[All 178 guards and administrative staff|kidnapped;n=guards and administrative
    staff;a=Ecuador's prison service (SNAI)]] who had been held hostage by inmates in [[seven
    prisons|other;u=structure;a=Ecuador's prison service (SNAI)]] have been freed, Ecuador's
    prison service (SNAI) said on Sunday. The riots began on {{8 January}}, a day after
    authorities found that José Adolfo Macías, alias Fito, the leader of Los Choneros, had
    escaped from the Regional prison in Guayaquil, where he was serving a {{34-year}} sentence.
    [[Two guards|killed;a=SNAI]] were killed during the crisis, SNAI said. President Daniel Noboa
    then declared an "internal armed conflict" and named [[22 criminal groups|other;u=other]] as
    terrorist organisations. Noboa, who took office in {{November 2023}} at the age of {{35}},
    has promised to build new maximum-security prisons on the coast and in the Amazon. Since the
    declaration, the armed forces and police have arrested [[3,240 people|arrested;a=the Joint
    Command of the Armed Forces]], [[158 of them|arrested;n=-;a=the Joint Command of the Armed
    Forces]] on terrorism charges, according to the Joint Command of the Armed Forces. Soldiers
    have taken control of the Litoral Penitentiary in Guayaquil, where [[more than 6,000
    inmates|arrested]] are held, and released images of prisoners stripped to their underwear
    sitting in rows. On {{9 January}}, gunmen stormed the studios of TC Televisión in Guayaquil
    during a live broadcast; police arrested [[13 attackers|arrested]] within the hour. Police
    estimate that Los Choneros and their main rivals, Los Lobos, together have [[more than 20,000
    members|combatants;a=Police]]. The violence has sent homicides soaring: Ecuador recorded
    [[8,008|killed;n=-]] in {{2023}}, a rate of {{46.5 per 100,000}}, up from {{6 per 100,000}}
    in {{2018}}.""",
)

item(
    "Twenty-two killed in attack on cockfighting pit in Guayas",
    """GUAYAQUIL — [[Twenty-two people|killed;a=the National Police]] were killed and
    [[three|injured;n=-;a=the National Police]] wounded in an armed attack on a cockfighting pit
    in Santa Lucía, in the province of Guayas, the National Police reported on Sunday. According
    to police, [[about 15 attackers|combatants;a=police]] arrived in [[four
    vehicles|other;a=police]] shortly after {{9pm}} and opened fire with rifles on the
    spectators. Among the dead were [[two minors|killed]]. Soldiers detained [[five
    suspects|arrested]] at a checkpoint on the road to Daule hours later. Guayas has registered
    [[more than 1,600 violent deaths|killed;a=police data]] in the first {{five months}} of the
    year, according to police data.""",
)

item(
    "Ecuador prison riot death toll rises to 118",
    """GUAYAQUIL, Ecuador (AP) — The death toll from a battle between gangs inside a prison in
    the Ecuadorian port city of Guayaquil rose to [[118|killed;n=-;a=officials]] on Wednesday,
    officials said, making it the worst prison massacre in the country's history. [[At least six
    inmates|killed]] were beheaded, and [[79 others|injured]] were wounded, some by grenades
    thrown across the cellblocks. Police commander Fausto Buenaño said it took [[about 900 police
    officers|combatants;a=Police commander Fausto Buenaño]] {{five hours}} to regain control of
    {{pavilions 9 and 10}}. Relatives gathered outside the morgue, where officials said only
    [[about 40 bodies|killed;a=officials]] had been identified by Wednesday evening. President
    Guillermo Lasso declared a {{60-day}} state of emergency in the prison system. Ecuador's
    prisons hold [[about 39,000 inmates|arrested;a=the Ombudsman's office]] in facilities built
    for [[29,000|capacity;n=-;a=the Ombudsman's office]], according to the Ombudsman's office.""",
)

item(
    "Ecuador court jails 11 soldiers over disappearance of four boys",
    """GUAYAQUIL — A court in Guayaquil on Monday sentenced [[11 soldiers|arrested]] to {{34
    years and eight months}} in prison for the forced disappearance of [[four boys|killed]] from
    the Las Malvinas neighbourhood, whose burned bodies were found near the Taura air base in
    {{December 2024}}. The boys, aged {{11 to 15}}, were detained by an air force patrol on the
    night of {{8 December}} after a robbery complaint and were never seen alive again. [[Five
    other soldiers|arrested]] who cooperated with prosecutors received sentences of {{30
    months}}, and a {{17th}} was acquitted. During the {{29-day}} trial, the prosecution
    presented [[more than 70 witnesses and experts|other;n=witnesses and experts]]. [[More than
    200 relatives and neighbours|other;n=relatives and neighbours]], who had kept vigil outside
    the court, embraced as the verdict was read. Human rights groups say [[at least 43
    people|missing;a=Human rights groups]] have disappeared after being detained by security
    forces since President Daniel Noboa declared an internal armed conflict in {{January 2024}}.""",
)
