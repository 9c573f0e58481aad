"""Live-blog entries and ticker items from unrest: protests met with force, riots, a storming
of parliament, two prison breaks and a coup attempt (15 entries with figures, 1 without)."""

from _wrap import item

item(
    "Kenya finance bill protests: live",
    """{{5:12pm}} (Nairobi): The Kenya National Commission on Human Rights says [[at least 22
    people|killed;a=The Kenya National Commission on Human Rights]] were killed in {{Tuesday}}'s
    protests against the finance bill, [[19 of them|killed;n=-;a=The Kenya National Commission on
    Human Rights]] in Nairobi. Police had earlier put the number of dead at [[five|killed;
    a=Police]]. The commission says [[300 people|arrested;a=The commission;alt=The Kenya National
    Commission on Human Rights]] were arrested and [[more than 200|injured;a=The commission;
    alt=The Kenya National Commission on Human Rights]] hurt, and that [[at least 50
    people|kidnapped;a=The commission;alt=The Kenya National Commission on Human Rights]] have
    been abducted by men in plain clothes since last week. Part of the parliament building was
    set on fire after [[tens of thousands of protesters|other]] marched on the city centre.""",
)

item(
    "Bangladesh: Sheikh Hasina resigns, flees country",
    """Posted at {{10:15}} Bangladesh's Prime Minister Sheikh Hasina has resigned and left the
    country, army chief General Waker-Uz-Zaman said in a televised address. Posted at {{10:40}}
    [[At least 300 people|killed;a=an AFP tally]] have been killed since the protests began in July,
    according to an AFP tally based on figures from police, officials and doctors. [[Nearly
    100|killed]] died on Sunday alone, including [[14 police officers|killed]], the deadliest day
    of the unrest. Police say [[11,000 people|arrested;a=Police]] have been arrested in the past
    {{three weeks}}. Posted at {{11:05}} [[Hundreds|other]] have stormed the prime minister's
    residence in Dhaka, live television pictures show. The curfew imposed from {{6pm}} yesterday
    appears to have collapsed, and [[hundreds of thousands of people|other]] are on the streets
    of the capital.""",
)

item(
    "New Caledonia unrest: reinforcements arrive",
    """{{11:35am}}: Louis Le Franc, France's high commissioner in New Caledonia, says [[more than
    200 people|arrested;a=Louis Le Franc]] have been arrested since the rioting began. [[Five
    people|killed]], including [[two gendarmes|killed]], have died in {{three nights}} of
    violence. [[1,000 more police and gendarmes|combatants;n=police and gendarmes;p]] are due
    to arrive from mainland France by {{Thursday}}. {{12:10pm}}: Australia and New Zealand have
    sent military planes to evacuate [[about 300 of their nationals|displaced]] stuck in
    Nouméa. The local chamber of commerce says [[more than 150 shops|housing;a=The local
    chamber of commerce]] and warehouses have been looted or burned.""",
)

item(
    "UK disorder: arrests pass 400",
    """{{21.40 BST}} Merseyside police say [[22 officers|injured;a=Merseyside police]] were hurt
    in Southport this evening, [[eight of them|injured;n=-;a=Merseyside police]] seriously, after
    bricks and bottles were thrown outside a mosque. [[Four people|arrested]] have been arrested.
    {{09.05 BST}} The National Police Chiefs' Council says [[more than 400 people|arrested;a=The
    National Police Chiefs' Council]] have now been arrested across England since the disorder
    began, and [[about 100|arrested;a=The National Police Chiefs' Council]] charged. Yvette
    Cooper, the home secretary, says forces have [[6,000 specialist public order
    officers|combatants;p;a=Yvette Cooper]] ready to deploy.""",
)

item(
    "US Capitol stormed: four dead, curfew in DC",
    """BREAKING: Washington DC police chief Robert Contee says [[four people|killed;a=Washington
    DC police chief Robert Contee]] died during the storming of the US Capitol, including a woman
    shot by Capitol Police. [[52 people|arrested;a=Washington DC police chief Robert Contee]] have
    been arrested, [[26 of them|arrested;n=-;a=Washington DC police chief Robert Contee]] on
    Capitol grounds, and [[14 police officers|injured;a=Washington DC police chief Robert
    Contee]] were hurt, he said. [[Two pipe bombs|other;u=other]] were found near the party
    headquarters. The city is under curfew from {{6pm}}, and [[1,100 National Guard
    troops|combatants]] have been mobilised.""",
)

item(
    "Brasília riots: 1,500 detained",
    """BRASÍLIA — Flávio Dino, the justice minister, said [[about 1,500 people|arrested;a=Flávio
    Dino]] had been detained after {{Sunday}}'s invasion of Congress, the Supreme Court and the
    presidential palace, [[about 1,200 of them|arrested;n=-;a=Flávio Dino]] at a pro-Bolsonaro
    camp outside army headquarters. Police seized [[more than 40 buses|other]] that had brought
    protesters to the capital. The Federal District's health department said [[44
    people|injured;a=The Federal District's health department]], including [[six police
    officers|injured;a=The Federal District's health department]], were treated in hospital.
    Police later released [[599 of the detainees|arrested]], mostly elderly people and mothers
    with children, on humanitarian grounds.
    President Lula has placed the district's security under federal control until {{31
    January}}.""",
)

item(
    "Iran protests: rights group raises toll to 185",
    """Iran Human Rights, a Norway-based group, says [[at least 185 people|killed;a=Iran Human
    Rights]], including [[19 children|killed;a=Iran Human Rights]], have been killed in the
    crackdown on protests that began after the death of Mahsa Amini, {{22}}, in morality police
    custody. Iranian state TV has put the number of dead at [[around 60|killed;a=Iranian state
    TV]], among them [[12 security personnel|killed;a=Iranian state TV]]. In Zahedan, [[at least
    66 people|killed;a=Amnesty International]] were killed on a single day, Amnesty International
    said. Rights groups say [[thousands of people|arrested;a=Rights groups]] have been
    arrested.""",
)

item(
    "Manipur violence LIVE: toll rises to 54",
    """{{8:25 AM}}: The death toll in the ethnic violence in Manipur has risen to
    [[54|killed;a=officials]], officials said, and [[more than 100|injured;a=officials]] people
    are in hospital. [[About 23,000 people|displaced;a=the Army]] have been rescued and moved to
    military garrisons and relief camps, the Army said. [[10,000 Army and Assam Rifles
    personnel|combatants;a=the Army]] are now deployed in the state, it added. [[Dozens of
    houses|housing]] and [[at least 15 churches|housing]] were set on fire in Imphal and
    Churachandpur. Curfew will be relaxed from {{5 am to 8 am}} to let people buy essentials;
    mobile internet remains suspended for {{five days}}.""",
)

item(
    "Tbilisi protests: 224 detained, ministry says",
    """TBILISI — Georgia's Interior Ministry says [[224 people|arrested;a=Georgia's Interior
    Ministry]] have been detained since protests over the suspension of EU accession talks began
    on {{Thursday}}, and that [[113 police officers|injured;a=Georgia's Interior Ministry]] have
    been hurt. Levan Ioseliani, the public defender, said [[more than 150
    protesters|injured;a=Levan Ioseliani]] had needed medical help. [[Thousands of
    demonstrators|other]] gathered outside parliament on Rustaveli Avenue for a {{sixth}}
    night, firing fireworks at riot police. The ministry said [[about 30 of those
    detained|arrested;n=-;a=The ministry;alt=Georgia's Interior Ministry]] face criminal
    charges.""",
)

item(
    "Port Moresby unrest: PM confirms 22 dead",
    """By {{2:30pm}}: Prime Minister James Marape says [[15 people|killed;a=Prime Minister James
    Marape]] have been killed in Port Moresby and [[seven|killed;a=Prime Minister James Marape]]
    in Lae. [[Around 180 soldiers|combatants]] have been deployed to the capital, and police say
    [[28 people|arrested;a=police]] are in custody. [[Dozens of shops|housing]] were looted and
    set alight in the city centre on {{Wednesday}}, after police walked off the job in a dispute
    over a pay cut. Mr Marape has declared a {{14-day}} state of emergency.""",
)

item(
    "Nepal Gen Z protests: live updates",
    """Posted at {{09:05}} Nepal's health ministry says the death toll from {{Monday}}'s protests
    has risen to [[19|killed;a=Nepal's health ministry]], up from [[17|killed;a=Nepal's health
    ministry]] last night. [[More than 400 people|injured;a=Nepal's health ministry]] are being
    treated, [[over 100 of them|injured;n=-;a=Nepal's health ministry]] police officers, it
    said. Posted at {{09:40}} Protesters have set fire to the parliament building and [[dozens of
    other government buildings|housing]] in Kathmandu. The army has deployed [[thousands of
    soldiers|combatants]], and [[more than 20 flights|other]] have been cancelled at Tribhuvan
    airport.""",
)

item(
    "France riots: fourth night of unrest",
    """{{07:55}} The interior ministry says [[875 people|arrested;a=The interior ministry]] were
    arrested overnight, [[408 of them|arrested;n=-;a=The interior ministry]] in the Paris region.
    [[249 police officers|injured;a=The interior ministry]] were injured, [[2,000
    vehicles|other;a=The interior ministry]] burned and [[492 buildings|housing;a=The interior
    ministry]] damaged, it said. {{08:30}} Gérald Darmanin, the interior minister, says [[45,000
    police officers|combatants;p;a=Gérald Darmanin]] will be deployed tonight, backed by armoured
    vehicles. The {{17-year-old}}'s funeral is due to be held in Nanterre on {{Saturday}}.""",
)

item(
    "Mozambique: mass escape from Maputo prison",
    """{{2:15pm}}: Bernardino Rafael, Mozambique's police chief, says [[1,534 inmates|other;
    a=Bernardino Rafael]] escaped from Maputo's central prison on {{Christmas Day}}, and that
    [[33|killed;a=Bernardino Rafael]] were killed and [[15|injured;a=Bernardino Rafael]] injured
    in clashes with guards. [[150|arrested]] have since been recaptured. Among those who fled
    are [[29 convicted terrorists|other]]. [[More than 250 people|killed;a=the civil society
    group Plataforma Decide]] have been killed in post-election unrest since October, according
    to the civil society group Plataforma Decide.""",
)

item(
    "Indonesia protests: rights commission counts the cost",
    """JAKARTA — Indonesia's national human rights commission says [[at least 10
    people|killed;a=Indonesia's national human rights commission]] have died in a week of
    protests over lawmakers' perks, among them a motorcycle-taxi driver run over by a police
    armoured car. Jakarta police say [[1,240 people|arrested;a=Jakarta police]] were detained in
    the capital alone, and [[more than 3,000|arrested;a=Jakarta police]] nationwide. [[Over 1,000
    people|injured]] have been treated in hospitals, and protesters torched [[at least five
    regional parliament buildings|housing]].""",
)

item(
    "Bolivia: troops pull back from La Paz square",
    """{{18.32 GMT}} Bolivia: armoured vehicles have pulled back from Plaza Murillo in La Paz after
    a standoff of about {{three hours}}. Gen Juan José Zúñiga, who led the troops, has been
    detained, the government says; he had been removed as army chief on {{Tuesday}}. {{18.50
    GMT}} President Luis Arce has sworn in a new army commander. The boliviano slid {{4%}} on
    the parallel market, and the central bank says reserves stand at {{$1.8bn}}, down from
    {{$15bn}} in {{2014}}.""",
)

item(
    "Haiti: gangs storm national penitentiary",
    """BREAKING: Armed gangs stormed Haiti's National Penitentiary in Port-au-Prince overnight,
    and [[about 3,700 inmates|other;a=prison officials]] have escaped, prison officials say. [[At
    least 12 people|killed]] were killed in the assault, including [[three guards|killed]].
    [[Fewer than 100 of the prison's inmates|arrested]] chose to stay behind, and gunfire could
    still be heard around the building for a {{third hour}} after dawn. The International
    Organization for Migration says [[more than 15,000 people|displaced;a=The International
    Organization for Migration]] have fled their homes in the capital this week, on top of the
    [[362,000|displaced;a=The International Organization for Migration]] already displaced
    across Haiti. Kenya has pledged [[1,000 police officers|combatants;p]] to a UN-backed
    security mission.""",
)
