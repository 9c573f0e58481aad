"""Latin America, the Caribbean and the United States: gangs, cartels and guerrillas counted by
prosecutors, ombudsmen and collectives of searching mothers, prisoners counted by attorneys
general and rights groups, migrants counted by governments at both ends of a flight (20 items
with figures, 2 without)."""

from _wrap import item

item(
    "Haiti's displaced top 1 million, IOM says",
    """PORT-AU-PRINCE (Reuters) - [[More than 1 million people|displaced;a=the International
    Organization for Migration]] are now displaced in Haiti, the International Organization for
    Migration said on Wednesday, three times as many as a year ago. Most live with host families,
    but [[about 240 sites|capacity;a=the agency;alt=the International Organization for Migration]]
    in the capital area are crowded with people who fled gang attacks, the agency said. Gangs
    control about {{90%}} of Port-au-Prince, according to the UN.""",
    ["three times"],
)

item(
    "Haiti kidnappings: rights group counts more than police",
    """The Centre for Analysis and Research in Human Rights, a Port-au-Prince group that tracks
    abductions, said [[at least 45 people|kidnapped;a=The Centre for Analysis and Research in Human
    Rights]] were kidnapped in April, among them [[five foreigners|kidnapped;a=The Centre for
    Analysis and Research in Human Rights]]. The police's anti-kidnapping unit recorded [[about
    30|kidnapped;a=The police's anti-kidnapping unit]]. Many families pay ransoms without reporting
    the crime, the centre said.""",
)

item(
    "Kenyan police in Haiti: mission still short of planned strength",
    """[[About 400 Kenyan police officers|combatants]] are deployed with the UN-backed security
    mission in Haiti, which was meant to reach [[2,500 personnel|combatants;p]]. UN experts estimate
    the gangs have [[about 12,000 members|combatants;a=UN experts]], many of them children. Kenya's
    president, William Ruto, said another [[600 officers|combatants;p;a=William Ruto;alt=Kenya's
    president]] would arrive by {{November}}.""",
)

item(
    "Catatumbo fighting displaces tens of thousands, ombudsman says",
    """BOGOTA (Reuters) - Colombia's ombudsman's office said [[more than 50,000
    people|displaced;a=Colombia's ombudsman's office]] had fled fighting between the ELN guerrilla
    and FARC dissidents in the Catatumbo region, the largest displacement recorded in the country in
    decades. The government said [[80 people|killed;a=The government]] had been killed, and ordered
    [[about 5,000 soldiers|combatants;a=The government]] to the area. The ELN said in a statement
    that it was not targeting civilians.""",
)

item(
    "Colombian army says soldiers 'retained' by residents in Cauca",
    """Colombia's army said [[28 soldiers|kidnapped;a=Colombia's army]] were being held by residents
    in El Plateado, in Cauca province, who it said were acting under pressure from FARC dissidents.
    Defence Minister Pedro Sanchez said [[57 soldiers and police|kidnapped;n=soldiers and
    police;a=Pedro Sanchez;alt=Defence Minister Pedro Sanchez]] had been "kidnapped" by communities
    in the region over the past {{month}}, of whom [[53|kidnapped;a=Pedro Sanchez;alt=Defence
    Minister Pedro Sanchez]] had since been freed.""",
)

item(
    "Colombia tribunal raises 'false positives' count",
    """Colombia's special peace tribunal, the JEP, said [[6,402 people|killed;a=the
    JEP;alt=Colombia's special peace tribunal]] were killed by soldiers and falsely presented as
    guerrillas killed in combat between {{2002}} and {{2008}}, far more than the army had
    acknowledged. Prosecutors had earlier documented [[about 2,250
    cases|killed;u=person;a=Prosecutors]].""",
)

item(
    "Mexico's missing: registry and government audit clash",
    """MEXICO CITY (AP) - Mexico's national registry of missing people lists [[more than 115,000
    people|missing;a=Mexico's national registry of missing people]]. The government said in a report
    that an audit found only [[about 12,000|missing;a=The government]] with enough information to
    open a search, a finding collectives of searching mothers rejected as an attempt to shrink the
    figure. The collectives say they have found [[more than 5,000 clandestine
    graves|other;u=other;a=The collectives]] since {{2006}}.""",
)

item(
    "Searchers say they found shoes and bone fragments at Jalisco ranch",
    """The Guerreros Buscadores collective said it found [[more than 200 pairs of
    shoes|other;u=other;a=The Guerreros Buscadores collective]] and [[three crematory
    ovens|other;u=other;a=The Guerreros Buscadores collective]] at a ranch in Teuchitlan, in Jalisco
    state. State prosecutors said [[10 people|arrested;a=State prosecutors]] had been detained and
    that the ranch had been used by the Jalisco New Generation Cartel as a training camp.""",
)

item(
    "Culiacan violence: prosecutors count dead and missing",
    """CULIACAN, Mexico (Reuters) - Sinaloa state prosecutors said [[more than 1,200
    people|killed;a=Sinaloa state prosecutors]] had been killed in the state since fighting between
    factions of the Sinaloa Cartel erupted in {{September}}, and that [[about
    1,400|missing;a=Sinaloa state prosecutors]] had been reported missing. The army has sent [[2,000
    more troops|combatants]] to the state.""",
)

item(
    "Ecuador prison riot: agency and government figures",
    """GUAYAQUIL (AFP) - Ecuador's prison agency SNAI said [[31 inmates|killed;a=SNAI;alt=Ecuador's
    prison agency SNAI]] were killed in a riot at the Litoral penitentiary. The government said
    [[about 2,000 soldiers|combatants;a=The government]] and police had retaken the prison, and that
    [[39 prisoners|other;a=The government]] had escaped during the fighting, of whom
    [[12|arrested;a=The government]] were recaptured.""",
)

item(
    "Ecuador military says thousands detained under state of emergency",
    """Ecuador's joint command said the armed forces had arrested [[more than 3,000
    people|arrested;a=Ecuador's joint command]] since President Daniel Noboa declared an "internal
    armed conflict" against [[22 gangs|other;u=other;a=Ecuador's joint command]], including [[158
    people|arrested;a=Ecuador's joint command]] it described as terrorists. Rights groups say
    [[dozens|arrested;a=Rights groups]] were held without charge.""",
)

item(
    "Venezuela's post-election detentions: attorney general and Foro Penal",
    """CARACAS (Reuters) - Attorney General Tarek William Saab said [[more than 2,200
    people|arrested;a=Tarek William Saab;alt=Attorney General Tarek William Saab]] had been arrested
    for taking part in protests after the disputed presidential election. Foro Penal, a rights group
    that provides legal aid to detainees, said it had verified [[1,581 political
    prisoners|arrested;a=Foro Penal]], [[114 of them|arrested;n=-;a=Foro Penal]] teenagers. [[At
    least 25 people|killed]] died in the protests.""",
)

item(
    "Venezuelans abroad: regional platform's count",
    """[[About 7.7 million Venezuelans|displaced;a=the R4V platform]] now live outside their
    country, according to the {{R4V}} platform run by UNHCR and IOM, [[2.8
    million|displaced;a=Colombia's migration agency]] of them in Colombia, according to Colombia's
    migration agency. Peru hosts [[1.5 million|displaced]].""",
)

item(
    "Darien crossings hit record, Panama says",
    """PANAMA CITY (AP) - [[More than 520,000 people|displaced;a=Panama's migration service]]
    crossed the Darien Gap from Colombia last year, Panama's migration service said, more than
    double the total for {{2022}}. UNICEF said [[113,000|displaced;a=UNICEF]] of them were children,
    and that [[several hundred|displaced;a=UNICEF]] crossed alone.""",
)

item(
    "Guatemala counts US deportation flights",
    """GUATEMALA CITY (Reuters) - Guatemala's migration institute said [[more than 30,000
    Guatemalans|returned;a=Guatemala's migration institute]] had been deported from the United
    States this year on [[about 300 flights|other;a=Guatemala's migration institute]], and [[about
    20,000|returned;a=Guatemala's migration institute]] by land from Mexico. The US Department of
    Homeland Security said it expected the pace to rise.""",
)

item(
    "Peru protest deaths: ombudsman and health ministry",
    """LIMA (AFP) - Peru's ombudsman's office said [[49 people|killed;a=Peru's ombudsman's office]]
    had died in clashes with security forces since protests against President Dina Boluarte began in
    {{December}}, and [[one police officer|killed;a=Peru's ombudsman's office]]. The health ministry
    said [[more than 1,200|injured;a=The health ministry]] had been treated for injuries, [[about
    350 of them|injured;n=-;a=The health ministry]] police officers.""",
)

item(
    "Nicaragua frees and expels political prisoners",
    """MANAGUA (AP) - Nicaragua released [[222 political prisoners|arrested;a=the US State
    Department]] and put them on a flight to Washington, the US State Department said. The Mechanism
    for the Recognition of Political Prisoners, a group of rights organisations, said [[about
    40|arrested;a=The Mechanism for the Recognition of Political Prisoners]] remained in Nicaraguan
    jails, among them Bishop Rolando Alvarez, {{56}}, who refused to board the plane.""",
)

item(
    "Rio police raid: state and defender's office count differently",
    """RIO DE JANEIRO (Reuters) - Rio de Janeiro state's government said [[2,500 police
    officers|combatants;a=Rio de Janeiro state's government]] took part in Tuesday's raid on the
    Alemao and Penha favelas, and that [[113 suspects|arrested;a=Rio de Janeiro state's government]]
    were arrested and [[118 rifles|other;a=Rio de Janeiro state's government]] seized. The state
    public defender's office said [[more than 120 people|killed;a=The state public defender's
    office]] had been killed, far above the police figure.""",
)

item(
    "Chile's rights institute counts eye injuries",
    """SANTIAGO (Reuters) - Chile's National Human Rights Institute said [[more than 3,400
    people|injured;a=Chile's National Human Rights Institute]] had been treated in hospitals since
    protests began in {{October}}, [[about 350|injured;a=Chile's National Human Rights Institute]]
    of them for eye injuries from pellets. The government said [[over 2,000 police
    officers|injured;a=The government]] had also been hurt.""",
)

item(
    "WFP scales up meals in Port-au-Prince sites",
    """The World Food Programme said it was serving [[120,000 hot meals a day|aid;a=The World Food
    Programme]] in displacement sites in Port-au-Prince, and that [[about 5.7 million
    Haitians|civilians;a=The World Food Programme]], nearly half the population, face acute hunger.
    Its funding covers less than {{a third}} of needs until {{June}}.""",
)

item(
    "Colombia and ELN agree to resume talks in Caracas",
    """BOGOTA (AFP) - Colombia's government and the ELN agreed on {{March 14}} to resume peace talks
    in Caracas in {{April}}, after a {{three-month}} pause. The {{180-day}} ceasefire signed in
    {{2023}} expired in {{August 2024}} and was not renewed. It was the {{sixth}} round since
    {{2022}}.""",
)

item(
    "Mexico's remittances fall for first time in a decade",
    """MEXICO CITY (Reuters) - Remittances to Mexico fell {{4.6%}} in {{2025}} to {{$61.8 billion}},
    the central bank said on {{February 3}}, the first annual decline since {{2013}}. Economists
    blamed a {{1%}} US tax on cash transfers and fewer jobs.""",
)
