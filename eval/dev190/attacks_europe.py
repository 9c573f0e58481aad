"""Attacks, shootings, rampages and sieges in Europe, 2015-2026, as the wires and the European
press report them (12 texts, 1 without a figure)."""

from _wrap import item

item(
    "Lyon station knife attack leaves three hurt, assailant shot by police",
    """A man armed with a kitchen knife attacked travellers on a platform at Lyon's Part-Dieu
    station shortly after {{7:30am}} on Tuesday, {{October 8}}, wounding [[three
    people|injured;a=the Lyon prosecutor's office]], according to the Lyon prosecutor's office.
    [[One of them|injured;n=-]], a {{62-year-old}} woman, was still in critical condition on
    Tuesday evening. Railway police officers fired [[two shots|other;u=other]], hitting the
    assailant in the leg, and he was taken to hospital under guard. Around [[400
    passengers|displaced]] were evacuated from the concourse, and traffic was halted on [[five
    platforms|other;u=other]] for nearly {{three hours}}. The national anti-terrorism
    prosecutor's office said it was not taking up the case "at this stage". The interior
    minister announced that [[1,200 additional officers|combatants;p;a=The interior minister]]
    would patrol stations across France before the {{November 1}} holiday.""",
)

item(
    "Car driven into worshippers outside Birmingham mosque",
    """A man drove a car into a group of worshippers leaving evening prayers at a mosque in the
    Sparkhill area of Birmingham on Friday night, injuring [[nine people|injured;a=West Midlands
    Police]], West Midlands Police said. [[Two of them|injured;n=-]] remain in a serious
    condition in hospital. The {{38-year-old}} driver was held by members of the congregation
    until officers arrived about {{four minutes}} later, and has been arrested on suspicion of
    attempted murder. Counter Terrorism Policing West Midlands, which is leading the
    investigation, said [[two further men|arrested;a=Counter Terrorism Policing West Midlands]],
    aged {{41}} and {{19}}, had been arrested at an address in Small Heath. The force said
    [[more than 70 calls|other;u=other;a=The force;alt=West Midlands Police]] had been made to
    {{999}} within {{10 minutes}} of the crash. Chief Constable Helen Marsh said officers would
    be posted outside [[about 120 mosques|other;p;a=Chief Constable Helen Marsh]] across the
    region over the weekend.""",
)

item(
    "Salzburg gunman kills three in old town before police shoot him dead",
    """A gunman opened fire on passers-by and restaurant terraces in Salzburg's old town on
    Saturday evening, killing [[three people|killed;a=Austria's interior ministry]] and wounding
    [[14 others|injured;a=Austria's interior ministry]] before he was shot dead by police,
    Austria's interior ministry said. The attacker, a {{26-year-old}} Austrian with a previous
    conviction for trying to travel to Syria, fired [[more than 40
    rounds|other;a=investigators]] from an automatic rifle in about {{nine minutes}},
    investigators said. Police deployed [[around 600 officers|combatants]], including the Cobra
    special unit, and told residents across the city centre to stay indoors. [[Some 2,000
    people|displaced]] who could not get home spent the night in hotels, churches and the
    Grosses Festspielhaus concert hall. Prosecutors said [[four people|arrested;a=Prosecutors]]
    had been detained in Salzburg and Linz on suspicion of helping the gunman obtain the weapon.
    It was the deadliest attack in Austria since November {{2020}}, when a gunman killed [[four
    people|killed]] in central Vienna.""",
)

item(
    "Belgian police shoot dead man who stabbed commuters in Brussels metro",
    """Belgian police shot dead a man who stabbed commuters at the Maelbeek metro station in
    central Brussels during the morning rush hour on Wednesday, killing [[one
    person|killed;a=the federal prosecutor's office]] and wounding [[five|injured;a=the federal
    prosecutor's office]], the federal prosecutor's office said. The station, where a suicide
    bomber killed [[16 people|killed]] in the March {{2016}} attacks, was closed along with [[11
    others|other;u=structure]] on the east-west line. The attacker, a {{31-year-old}} man known
    to police for drug offences, had shouted religious slogans, prosecutors said. The national
    crisis centre raised the alert for the capital to its second-highest level, and the defence
    ministry said [[about 250 soldiers|combatants;p;a=the defence ministry]] would patrol
    stations and the airport from Thursday. Public transport operator STIB said [[some 30,000
    passengers|civilians;a=Public transport operator STIB]] had been affected by the
    closures.""",
)

item(
    "Death toll in Kassel Christmas market attack rises to five",
    """The number of people killed when a car was driven into a crowded Christmas market in the
    central German city of Kassel has risen to [[five|killed;a=police]], police said on Sunday,
    after a woman aged {{71}} died in hospital. Among the dead is a {{nine-year-old}} boy.
    [[More than 200 people|injured;a=the state interior ministry]] were hurt, [[41 of
    them|injured;n=-;a=the state interior ministry]] seriously, according to the state interior
    ministry. The suspect, a {{50-year-old}} doctor who had lived in Germany since {{2006}},
    drove a rented SUV about {{400 metres}} through the market at around {{7pm}} on Friday
    before he was arrested. The Federal Criminal Police Office (BKA) said it had received [[more
    than 1,800 videos and photos|other;u=other;n=videos and photos;a=The Federal Criminal Police
    Office (BKA)]] from witnesses. City officials said [[about 350 relatives and
    witnesses|aid;n=relatives and witnesses;a=City officials]] had been given psychological
    support at a crisis centre in the town hall. Germany has seen a string of such attacks since
    a Tunisian man drove a lorry into a Berlin market in December {{2016}}, killing [[13
    people|killed]].""",
)

item(
    "Gunman kills three at Aarhus shopping centre; police rule out terrorism",
    """A {{22-year-old}} Danish man opened fire inside the Bruuns Galleri shopping centre in
    Aarhus on Sunday afternoon, killing [[three people|killed;a=police]] and seriously wounding
    [[four|injured;a=police]], police said. Officers arrested him {{11 minutes}} after the first
    call and found a rifle and [[two pistols|other;a=East Jutland Police]] in his bag, East
    Jutland Police said, adding that there was nothing to suggest terrorism. [[Around 1,000
    shoppers and staff|civilians;n=shoppers and staff]] were inside the centre when the shooting
    began, and [[several hundred|civilians]] hid in storerooms and cinema screens for more than
    {{two hours}} before being escorted out. Aarhus University Hospital said it had treated
    [[nine people|injured;a=Aarhus University Hospital]], [[five of them|injured;n=-;a=Aarhus
    University Hospital]] for injuries sustained in the rush to get out. It was the country's
    worst shooting since July {{2022}}, when a gunman killed [[three people|killed]] at a mall
    in Copenhagen.""",
)

item(
    "Five arrested in counter-terror raids across northern England",
    """Counter-terrorism police have arrested [[five men|arrested]] aged between {{19}} and
    {{44}} in dawn raids in Leeds, Bradford and Sheffield on suspicion of preparing acts of
    terrorism. Officers searched [[eight addresses|other;u=structure;a=Counter Terrorism
    Policing North East]] and seized [[three imitation firearms|other;a=Counter Terrorism
    Policing North East]], a crossbow and a quantity of chemicals, Counter Terrorism Policing
    North East said on Wednesday. Deputy Assistant Commissioner Sarah Lyle said the number of
    late-stage attack plots disrupted in Britain since March {{2017}} had now reached
    [[43|other;u=other;a=Deputy Assistant Commissioner Sarah Lyle]]. She said police were
    running [[around 800 live investigations|other;u=other;a=Deputy Assistant Commissioner Sarah
    Lyle]], and that {{one in five}} people arrested for terrorism offences last year was under
    {{18}}.""",
)

item(
    "All hostages freed unharmed after Eindhoven nightclub siege",
    """Dutch police on Sunday arrested a man who had held [[four people|kidnapped]] hostage
    inside a nightclub in central Eindhoven for almost {{11 hours}}. [[Three of the
    hostages|kidnapped;n=hostages]] were released in the early hours, and the last, a barman,
    ran out of a side door shortly before noon. Police said the {{28-year-old}} suspect, who had
    claimed to be carrying explosives, was overpowered by special intervention officers and
    taken to hospital for a psychiatric assessment. [[Around 150 households|displaced;a=the
    municipality]] in surrounding streets were evacuated overnight and [[about 40
    residents|displaced;a=the municipality]] slept in a sports hall, the municipality said.
    [[More than 200 officers|combatants]] were deployed, along with armoured vehicles and a
    bomb-disposal robot. No explosives were found. In February {{2024}}, a man armed with a
    knife took [[four people|kidnapped]] hostage in a cafe in Ede; all were freed unhurt.""",
)

item(
    "Gardai arrest 41 after night of rioting in Dublin following school stabbing",
    """Gardai arrested [[41 people|arrested;a=the Garda commissioner]] after [[several hundred
    rioters|other;a=the Garda commissioner]] set fire to buses and looted shops in Dublin city
    centre on Thursday night, hours after a man stabbed [[three young children|injured;a=the
    Garda commissioner]] and a care worker outside a primary school on Parnell Square, the Garda
    commissioner said. A {{five-year-old}} girl remained in a critical condition in hospital on
    Friday. [[Eleven Garda cars|other]], [[three buses|other]] and a tram were burned, and [[13
    shops|housing]] were damaged or looted. [[More than 400 gardai|combatants]], many in riot
    gear, were deployed to clear the streets, and [[six officers|injured]] were hurt. The
    justice minister said [[about 1,000 gardai|combatants;p;a=The justice minister]] would be on
    duty in the city on Friday night.""",
)

item(
    "Machete attack on two churches in Andalusia treated as terrorism",
    """A man armed with a machete attacked clergy and worshippers in [[two
    churches|other;u=structure;a=Spain's interior ministry]] in the Andalusian port city of
    Algeciras on Wednesday evening, killing a sacristan and wounding [[four
    people|injured;a=Spain's interior ministry]], including a priest, Spain's interior ministry
    said. The suspect, a {{25-year-old}} Moroccan national under a deportation order, was
    arrested at the second church. The National Court opened a terrorism investigation, and
    police said they had detained [[two more people|arrested;a=police]] in Algeciras and Ceuta
    on Thursday. [[Some 300 residents|other]] gathered for a vigil outside the town hall. The
    last deadly jihadist attack in Spain was in August {{2017}}, when a van drove into crowds on
    Barcelona's Las Ramblas and a second attack followed in Cambrils, killing [[16
    people|killed]] in all.""",
)

item(
    "Two killed in shooting at Bergen bar on eve of Pride, police treat as terrorism",
    """A gunman opened fire outside a bar in central Bergen in the early hours of Saturday,
    killing [[two people|killed;a=police]] and wounding [[21 others|injured;a=police]], [[ten of
    them|injured;n=-;a=police]] seriously, police said. The suspect, a {{42-year-old}} Norwegian
    citizen known to the security service, fired [[at least nine shots|other;u=other]] from a
    pistol before bystanders overpowered him at around {{1.15am}}. The Police Security Service
    (PST) raised the national threat level to its highest and said it was treating the attack as
    an act of Islamist terrorism. Organisers cancelled Saturday's Pride march, which had been
    expected to draw [[as many as 30,000 people|other;p]]. Police said [[about 80
    officers|combatants;p;a=Police]] would guard venues across the city through the weekend, and
    that officers in Norway would carry firearms until further notice.""",
)

item(
    "Police name man shot dead after attacking officers in Hamburg",
    """Hamburg police have named the man shot dead after he attacked officers with a knife
    outside the main railway station at about {{2.15am}} on Sunday as Adem K., a {{32-year-old}}
    Afghan national. He had been released in {{2023}} after serving {{18 months}} of a
    {{three-year}} sentence for assault, and had lived at {{Steindamm 14}} in the St Georg
    district, prosecutors said. Investigators are examining whether the attack, which came on
    the {{eighth}} anniversary of the {{2017}} supermarket stabbing in Barmbek, was planned. The
    officer who fired, a {{27-year-old}} woman, was not hurt.""",
)
