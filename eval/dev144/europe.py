"""Britain, France and Sweden: the 2024 riots, county lines, a grooming trial, immigration
raids, the Nanterre riots, Marseille's drug killings, a prison van ambush, shooting deaths, a
school shooting and a sentencing law (10 items, 1 without a figure)."""

from _wrap import item

item(
    "More than 1,280 arrested over summer disorder, police chiefs say",
    """[[More than 1,280 people|arrested;a=the National Police Chiefs' Council]] have been
    arrested and [[796|arrested;n=-;a=the National Police Chiefs' Council]] charged in connection
    with the disorder that broke out across England after the Southport stabbings, the National
    Police Chiefs' Council said. The violence began after [[three girls|killed]], aged {{six,
    seven and nine}}, were killed at a Taylor Swift-themed dance class on {{29 July}}, and false
    claims about the attacker's identity spread online. The disorder spread to [[more than two
    dozen towns and cities|other;n=towns and cities;u=other]] in England and to Belfast in
    Northern Ireland. Rioters attacked mosques, looted shops and, in Rotherham, set fire to a
    hotel housing [[more than 200 asylum seekers|displaced]] while staff and residents were
    inside. Police said [[more than 300 officers|injured;a=Police]] were injured during a week of
    disorder. In Southport itself, a crowd attacked a mosque the day after the stabbings, and
    [[more than 50 officers|injured;a=Merseyside Police]] were hurt, Merseyside Police said.
    Courts sat into the night to process cases, and the first rioters jailed received terms of up
    to {{three years}}. Prime Minister Keir Starmer said a "standing army" of [[6,000 specialist
    public order officers|combatants;p;a=Prime Minister Keir Starmer]] would be available to deal
    with further unrest. The speed of the prosecutions has added to the pressure on prisons in
    England and Wales, which held a record [[88,521 people|arrested;a=Ministry of Justice
    figures]] last week, Ministry of Justice figures show. The suspect in the stabbings, Axel
    Rudakubana, {{17}}, has been charged with murder and remains in custody.""",
)

item(
    "County lines crackdown: 1,466 arrests in week of action",
    """Police in England and Wales arrested [[1,466 people|arrested;a=the National Police Chiefs'
    Council]] and shut down [[more than 400 county lines|other;u=other;a=the National Police
    Chiefs' Council]] during a week of coordinated action against the drug networks, the National
    Police Chiefs' Council said on Tuesday. Officers seized [[274 weapons|other]], including [[47
    firearms|other]] and [[dozens of knives and machetes|other;n=knives and machetes]], as well
    as {{£1.2m}} in cash. Drugs seized included [[1,950 wraps of crack cocaine and
    heroin|other;n=wraps;u=other]] and {{32kg}} of cannabis. Police said [[1,022 vulnerable
    people|other;a=Police]] had been safeguarded, [[386 of them|other;n=-;a=Police]] children,
    many of whom had been groomed to carry drugs from cities to coastal and rural towns. "County
    lines" refers to the mobile phone lines used to take orders from users. The number of lines
    operating has fallen by {{about a third}} since {{2019}}, the council said, but gangs are
    increasingly recruiting children online.""",
)

item(
    "Seven men guilty of abusing two girls in Rochdale",
    """[[Seven men|arrested]] have been found guilty of [[more than 30 sexual
    offences|other;u=other]] against [[two girls|other]] in Rochdale between {{2001}} and
    {{2006}}. The girls, who were aged {{13 to 15}} when the abuse began, were treated as "sex
    slaves", prosecutors told Manchester Minshull Street Crown Court. The men, now aged between
    {{39 and 65}}, abused the girls in flats, cars and a disused building. [[Two other
    defendants|arrested]] were cleared of all charges. Greater Manchester Police said the case
    was part of Operation Lytton, which has so far led to charges against [[32
    men|arrested;a=Greater Manchester Police]] and identified [[more than 100
    suspects|other;a=Greater Manchester Police]]. The force has apologised to the victims for
    failing to act on their complaints at the time. Det Ch Insp Jamie Daniels said the women had
    shown "incredible courage". Sentencing is expected on {{14 July}}.""",
)

item(
    "Illegal working raids up 48% as removals rise, Home Office says",
    """Immigration enforcement officers raided [[828 premises|other;u=structure;a=the Home
    Office]] in January, up {{48%}} on the same month a year earlier, and arrested [[609
    people|arrested;a=the Home Office]], the Home Office said. Nail bars, car washes, takeaways
    and convenience stores were among the businesses targeted. Employers found to be using
    illegal workers face fines of up to {{£60,000}} per worker. The government says [[almost
    19,000 people|returned;a=The government]] have been removed from the UK since the general
    election in July, including [[more than 5,000 foreign national offenders|returned;a=The
    government]]. Home Secretary Yvette Cooper said [[four returns flights|other;a=Home Secretary
    Yvette Cooper]] had left in the past week carrying [[more than 850 people|returned;a=Home
    Secretary Yvette Cooper]], the largest such flights on record. The Conservatives said the
    figures were "spin" and pointed out that [[more than 1,200 people|displaced;a=The
    Conservatives]] had crossed the Channel in small boats in January.""",
)

item(
    "France arrests 719 as riots over police shooting ease",
    """PARIS (AFP) - Police arrested [[719 people|arrested;a=the interior ministry]] overnight as
    rioting over the police killing of a {{17-year-old}} in the Paris suburb of Nanterre eased
    for a {{fifth}} night, the interior ministry said on Sunday. [[Some 45,000 police and
    gendarmes|combatants;n=police and gendarmes]] were again deployed across France, backed by
    armoured vehicles and elite units. Rioters burned [[577 vehicles|other;a=the ministry;alt=the
    interior ministry]] and set fire to [[74 buildings|housing;a=the ministry;alt=the interior
    ministry]], and [[45 police officers and gendarmes|injured;n=police officers and
    gendarmes;a=the ministry;alt=the interior ministry]] were injured, according to the ministry.
    The previous night had been far more violent, with [[1,311 arrests|arrested]] and [[more than
    2,500 fires|other;u=other]] in streets and buildings. Since Tuesday, [[more than 3,000
    people|arrested]] have been detained, many of them teenagers; the justice minister said their
    average age was {{17}}. The officer who fired the fatal shot has been charged with voluntary
    homicide and remains in custody. A fundraiser set up for his family had raised {{more than
    €1.5 million}} by Sunday.""",
)

item(
    "Marseille drug killings hit record as DZ Mafia expands",
    """MARSEILLE (AFP) - Drug-related shootings killed [[49 people|killed;a=the Marseille
    prosecutor's office]] in and around Marseille in {{2023}}, a record, the Marseille
    prosecutor's office said on Friday, and left [[118 others|injured;a=the Marseille
    prosecutor's office]] wounded. The youngest victim was a {{14-year-old}} boy shot dead as he
    walked home from football practice. Most of the killings were linked to a war between the DZ
    Mafia and the Yoda gang for control of the city's drug-dealing points, some of which take in
    {{up to €80,000}} a day. Prosecutor Nicolas Bessone said [[about 400
    people|arrested;a=Prosecutor Nicolas Bessone]] had been placed under formal investigation for
    drug trafficking during the year. Investigators believe the DZ Mafia has [[several hundred
    members|combatants;a=Investigators]], many of them recruited on social media as teenagers.
    Interior Minister Gérald Darmanin sent [[200 extra police officers|combatants]] to the city,
    along with a riot police unit, the {{CRS 8}}. Since January, police have carried out [[more
    than 1,700 raids|other;u=other]] on dealing points.""",
)

item(
    "Two prison officers killed as gunmen free inmate in Normandy ambush",
    """PARIS (AFP) - [[Two prison officers|killed]] were killed and [[three others|injured]]
    seriously wounded on Tuesday when gunmen ambushed a prison van at a motorway toll booth in
    Incarville, Normandy, and freed the inmate it was carrying, Mohamed Amra. The attackers
    rammed the van with a car and opened fire with assault rifles before fleeing in [[two
    vehicles|other]] that were later found burned. Amra, a {{30-year-old}} drug trafficker known
    as "La Mouche", had been sentenced the previous day for burglary. Paris prosecutor Laure
    Beccuau said [[more than 450 investigators|combatants;a=Paris prosecutor Laure Beccuau]] had
    been mobilised to hunt the attackers. Amra was arrested in Romania the following February
    after {{nine months}} on the run, and [[more than 20 people|arrested;a=Beccuau]] suspected of
    helping him have since been charged, Beccuau said. The attack revived the debate over prison
    overcrowding: France's prisons held [[80,669 inmates|arrested;a=the justice ministry]] on {{1
    February}} for [[62,358 places|capacity;u=other;a=the justice ministry]], according to the
    justice ministry.""",
)

item(
    "Swedish shooting deaths fall from record, police say",
    """STOCKHOLM, {{Jan 3}} (Reuters) - Shootings killed [[53 people|killed;a=police]] in Sweden
    in {{2023}}, police said on Wednesday, down from a record [[62|killed;n=-;a=police]] the year
    before but still among the highest rates in Europe. Police recorded [[363
    shootings|other;u=other;a=Police]] and [[149 explosions|other;u=other;a=Police]] during the
    year, most of them linked to feuds between criminal networks. In September alone, [[12
    people|killed]] were killed as a feud within the Foxtrot network spread from Uppsala to
    Stockholm, prompting Prime Minister Ulf Kristersson to call in the armed forces to support
    the police. [[Three of the dead|killed;n=dead]] were bystanders with no links to gangs.
    Police estimate that [[about 14,000 people|combatants;a=Police]] are active in or linked to
    criminal networks in Sweden, and that gangs increasingly hire teenagers to carry out killings
    because children under {{15}} cannot be prosecuted.""",
)

item(
    "Ten killed in shooting at Swedish adult education centre",
    """ÖREBRO, Sweden (AFP) - [[Ten people|killed;a=police]] were killed in a shooting at an
    adult education centre in the central Swedish city of Örebro on Tuesday, police said, the
    worst mass shooting in the country's history. The gunman, a {{35-year-old}} local man with no
    known links to gangs, was found dead at the scene, bringing the toll to [[11|killed;n=-]].
    [[Six people|injured;a=the regional health authority]] were taken to hospital, [[five of
    them|injured;n=-;a=the regional health authority]] with gunshot wounds, the regional health
    authority said. Police said [[about 100 officers|combatants;a=Police]] were sent to the
    school, where students hid in classrooms for hours. The centre has [[about 1,000
    students|other]], many of them immigrants learning Swedish. Police said the motive was
    unclear and that there was no indication of terrorism.""",
)

item(
    "Sweden to lower age of criminal responsibility for serious crimes",
    """STOCKHOLM (Reuters) - Sweden's parliament on Wednesday approved a law lowering the age of
    criminal responsibility from {{15 to 13}} for the most serious crimes, including murder and
    bombings, as the government tries to stop gangs from recruiting children as hitmen. The law,
    which passed by {{179-150}}, will take effect on {{1 July 2026}} and expire after {{five
    years}}. Children convicted under it could face {{up to four years}} in youth custody. The
    government has also set aside {{1.7 billion crowns}} over {{three years}} to build secure
    youth facilities. Critics, including the Swedish Bar Association, noted that {{more than
    80%}} of the bodies consulted had opposed the proposal.""",
)
