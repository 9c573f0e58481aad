"""Items of dev258: Kenya's Gen Z protests, Tanzania after the 2025 election, Madagascar."""

from _wrap import item

item(
    "Kenya rights commission raises finance bill protest toll",
    """The Kenya National Commission on Human Rights (KNCHR) said on Monday that
    [[39 people|killed;a=The Kenya National Commission on Human Rights (KNCHR)]] had been killed
    and [[361|injured;a=The Kenya National Commission on Human Rights (KNCHR)]] injured in
    connection with the protests against the Finance Bill since {{June 18}}. The commission said
    it had also documented [[627 arrests|arrested;a=it;alt=The Kenya National Commission on Human
    Rights (KNCHR)]] and [[32 cases|missing;a=it;alt=The Kenya National Commission on Human Rights
    (KNCHR);u=person]] of enforced or involuntary disappearance. Most of the dead were shot in
    Nairobi on {{June 25}}, when protesters briefly forced their way into parliament and set part
    of the building alight. Police have not published a toll of their own. An interior ministry
    official said [[about 4,000 officers|combatants;a=An interior ministry official]] had been
    deployed in the capital for {{Tuesday}}'s planned march, with the army on standby. The
    commission urged the government to account for the missing before any talks with the young
    organisers. The Kenya Red Cross said it had treated [[about 160 people|injured;a=The Kenya Red Cross]] at its Nairobi first-aid posts.""",
)

item(
    "Saba Saba day ends with dozens dead across Kenya",
    """Police in Kenya fired live rounds and tear gas at crowds in [[at
    least 17 counties|other]] during the
    Saba Saba anniversary protests on {{July 7}}, the {{35th}} since the {{1990}} pro-democracy
    rallies. The KNCHR said [[31 people|killed;a=The KNCHR]] were killed, among them a
    {{12-year-old}} boy in Kiambu, and [[107|injured;a=The KNCHR]] were wounded. Interior
    Minister Kipchumba Murkomen said [[52 police officers|injured;a=Interior Minister Kipchumba
    Murkomen]] had been hurt and [[567 people|arrested;a=Interior Minister Kipchumba Murkomen]]
    arrested, and that [[two police stations|housing;a=Interior Minister Kipchumba
    Murkomen;u=structure]] had been torched. Amnesty Kenya put the death toll at
    [[38|killed;a=Amnesty Kenya]]. Roads into central Nairobi were sealed off by dawn.""",
)

item(
    "Abducted Kenyan activists resurface as families count the missing",
    """[[Seven young men|kidnapped;a=the Law Society of Kenya (LSK)]] abducted after posting cartoons of President William Ruto online were
    freed overnight, the Law Society of Kenya (LSK) said on Monday, dumped on roadsides in
    Kiambu and Embu. The LSK said [[seven|kidnapped;a=The LSK;n=-]] of the
    [[13 abductees|kidnapped;a=The LSK]] on its list had been released since {{December 16}}, while
    [[six|missing;a=The LSK]] remained unaccounted for. The society put the number of abductions recorded since June at
    [[82|kidnapped;a=The society;alt=the Law Society of Kenya (LSK)]], a tally the police dispute. Police spokeswoman Resila Onyango said officers had received
    [[no more than 29 missing-person reports|missing;a=Police spokeswoman Resila Onyango]] linked
    to the protests. One freed student, aged {{24}}, told reporters he had been held in a dark
    room for {{nine days}} and fed once a day.""",
)

item(
    "Nairobi traders count losses after anniversary march turns violent",
    """Shop owners in Nairobi's central business district were sweeping up glass on Thursday after
    the {{June 25}} anniversary march, when [[more than 100 shops|housing;a=the Kenya Private Sector Alliance]] were looted
    and [[at least 14 vehicles|other;a=the Kenya Private Sector Alliance]] set on fire, according to the Kenya Private Sector Alliance.
    The Nairobi Central Business District Association said traders had lost goods worth
    {{KSh1.2bn}} and that [[some 2,300 workers|other;a=The Nairobi Central Business District
    Association]] had been sent home unpaid. The health ministry said [[16 people|killed;a=The
    health ministry]] died of gunshot wounds across the country and [[about 400|injured;a=The health
    ministry]] were treated in public hospitals, Kenyatta National Hospital alone admitting
    [[73|injured;a=The health ministry]]. Police said [[485 suspects|arrested;a=Police]] had been
    arrested, some of them caught carrying stolen goods.""",
)

item(
    "Kenya charges protesters with terrorism, rights groups object",
    """Prosecutors in Kenya have charged [[at least 76 people|arrested;a=Prosecutors in Kenya]]
    with terrorism-related offences over the {{June 25}} protests, lawyers' groups said on
    Wednesday, a move they called an abuse of the Prevention of Terrorism Act. The Police Reforms
    Working Group said [[22|arrested;a=The Police Reforms Working Group]] of the accused were
    students and [[four|arrested;a=The Police Reforms Working Group;n=-]] were under {{18}}.
    Magistrates in Kahawa released [[41 suspects|arrested;a=the group;alt=The Police Reforms Working Group]] on cash bail of {{KSh50,000}} each, the group said. The offences carry sentences of up
    to {{30 years}}. In Kitengela, where a police post was burned, [[nine people|arrested]]
    face arson charges. The Director of Public Prosecutions said [[another 200 files|other;a=The
    Director of Public Prosecutions;u=other]] were under review and that more charges could follow.""",
)

item(
    "Kenyan police officer killed as funeral protest spills into Migori",
    """A police constable was killed and [[11 officers|injured;a=police]] were hurt when a crowd
    attacked a police station in Migori on Sunday, police said, after the burial of a teacher
    who died in custody in Nairobi. Police said [[about 300 people|other;a=Police]] took part in
    the attack and that [[three vehicles|other;a=Police]] and the station's records office
    were set on fire. Reinforcements numbering [[roughly 150 General Service Unit officers|combatants]]
    were flown in from Kisumu. The Independent Policing Oversight Authority (IPOA) said it was
    investigating the teacher's death, the {{fourth}} in police custody it has opened since
    {{January}}. Residents said [[dozens of families|displaced;u=household]] had fled to relatives in
    nearby villages for fear of reprisal raids. Police said [[17 people|arrested;a=Police]] had been arrested.""",
)

item(
    "Kenya: one year on, families of protest dead still wait for answers",
    """A year after the storming of parliament, the families of those shot dead in the protests
    against the Finance Bill gathered outside Parliament Buildings on {{June 25}} with
    photographs and candles. The government's compensation scheme, announced in {{March}}, offers
    up to {{KSh2m}} per family, though fewer than {{one in five}} claims had been paid by {{May}},
    the Treasury said. A public inquiry promised in {{2024}} has sat for {{11 months}} without
    naming a single officer. The youngest victim was {{17}}; the oldest was {{52}}. The rally's
    organisers, most of them in their {{20s}}, said they would return on {{July 7}}.""",
)

item(
    "Kenya deploys army as Gen Z protests spread to 40 counties",
    """Kenya's defence ministry said it had deployed [[about 2,500 soldiers|combatants;a=Kenya's
    defence ministry]] to support the police after protests spread to
    [[40 of the country's counties|other;n=counties]] on Tuesday. The gazette notice, challenged
    in court by the Law Society of Kenya, allows the deployment for {{30 days}}. The Kenya Medical
    Association said its volunteers had treated [[more than 210 people|injured;a=The Kenya Medical
    Association]] in Nairobi alone, [[18|injured;a=The Kenya Medical Association]] of them with
    gunshot wounds. Red Cross teams evacuated [[dozens of wounded|injured]] from the Holy Family
    Basilica, where medics had set up a field clinic, after police fired tear gas into its
    compound. By evening the National Police Service said [[1,100 officers|combatants;a=the National
    Police Service;p]] would be added to the capital's deployment on Thursday, when a
    "million-strong march" has been called.""",
)

item(
    "Tanzania opposition says hundreds killed in post-election crackdown",
    """Tanzania's main opposition party Chadema said on Friday that [[about 700 people|killed;a=Tanzania's
    main opposition party Chadema]] had been killed by security forces in the {{three days}} of
    protests that followed the {{October 29}} election, a figure the government rejected as
    "grossly exaggerated". A security source told AFP that [[more than 500 bodies|killed;a=A security
    source]] had been counted in Dar es Salaam, Mwanza and Arusha. The government has
    given no toll. President Samia Suluhu Hassan was declared the winner with {{97.66%}} of the
    vote after her two main challengers were barred. A church network in Mwanza said it was
    sheltering [[some 350 people|displaced;a=A church network in Mwanza]] who had fled police
    sweeps through the Igoma and Buhongwa neighbourhoods, and that [[two of its parish
    halls|capacity;a=A church network in Mwanza;u=structure;n=halls]] were full. An internet blackout
    entered its {{fifth day}}. Doctors at Muhimbili National Hospital said [[more than 900 wounded|injured;a=Doctors at Muhimbili National Hospital]] had been treated since polling day. Chadema said [[about 1,500 of its members|arrested;a=Chadema]] had been arrested and [[several dozen|missing;a=Chadema]] were unaccounted for.""",
)

item(
    "Tanzania charges scores of protesters with treason",
    """Prosecutors in Dar es Salaam charged [[98 people|arrested]] with treason on Friday over the
    election-day unrest, court officials said, an offence that carries the death penalty in
    Tanzania. Among them were [[11 women|arrested]] and a {{19-year-old}} university student. The
    Tanganyika Law Society said [[more than 240 detainees|arrested;a=The Tanganyika Law Society]]
    had been held for over {{two weeks}} without charge at Oysterbay and Central police stations,
    and that [[at least 30|missing;a=The Tanganyika Law Society]] could not be traced by their
    families. Police said [[1,052 people|arrested;a=Police]] had been detained nationwide and
    [[612|arrested;a=Police]] released on reporting conditions. Police also reported
    [[87 vehicles|other;a=Police]], [[14 petrol stations|housing;a=Police;u=structure]] and
    a regional tax office torched in the riots.""",
)

item(
    "Tanzanians flee into Kenya after election crackdown",
    """Kenyan officials in Migori and Kuria said on Tuesday that [[more than 1,800 Tanzanians|displaced;a=Kenyan
    officials in Migori and Kuria]] had crossed the border since the {{October 29}} vote, most of
    them young men from Tarime and Rorya fleeing night raids by police. The Kenya Red Cross said it
    had registered [[412 households|displaced;a=The Kenya Red Cross]] at a reception point in Isebania
    and handed out [[1,500 blankets|aid;a=The Kenya Red Cross]] and [[600 food parcels|aid;a=The Kenya
    Red Cross]]. UNHCR said it was preparing space for [[up to 5,000 people|capacity;a=UNHCR;p]] at a
    transit site near Migori town. Local officials said [[about 200|returned;a=Local officials]] had
    gone back across the border after the internet was restored, but that [[at least 40
    families|missing;a=Local officials]] were still searching for relatives.""",
)

item(
    "Tanzania releases detainees after presidential clemency",
    """Tanzania freed [[1,787 people|arrested;a=the Director of Public Prosecutions]] held over the
    post-election protests, the Director of Public Prosecutions said on Monday, after President
    Samia Suluhu Hassan urged clemency for young people who had been "misled". The DPP's office
    said charges against [[another 640|arrested;a=The DPP's office]] would be dropped by the end of
    the month, while [[about 300 suspects|arrested;a=The DPP's office]] accused of arson and
    looting would still stand trial. Chadema said [[at least 120 of its members|arrested;a=Chadema]]
    remained in detention. The opposition party says [[hundreds of people|missing;a=The opposition
    party;alt=Chadema]] are still missing. The Catholic bishops' conference said it had buried
    [[63 unidentified bodies|killed;a=The Catholic bishops' conference]] released from mortuaries in
    Dar es Salaam.""",
)

item(
    "Tanzania: court jails opposition figure for seven years",
    """A court in Dar es Salaam sentenced Chadema's deputy chairman to {{seven years}} in prison on
    Thursday on sedition charges dating from {{2025}}, and fined him {{TSh10m}}. The {{61-year-old}}
    was arrested in {{April 2025}}, {{six months}} before the election, and has been held since.
    His lawyers said they would appeal within {{30 days}}. The ruling party holds {{97%}} of the
    seats in parliament after the vote, in which turnout was officially put at {{87%}}.""",
)

item(
    "Madagascar: UN says 22 killed as Gen Z water protests spread",
    """At least [[22 people|killed;a=the UN human rights office]] have been killed and
    [[more than 100|injured;a=the UN human rights office]] injured in protests over water and power
    cuts in Madagascar, the UN human rights office said on Monday, some of them shot by security
    forces and others killed by looters. The government disputed the toll, saying
    [[12|killed;a=The government]] had died, all of them "looters and vandals". In Antananarivo,
    [[about 30 shops|housing]], [[a dozen homes of politicians|housing;n=homes]] and
    [[three cable-car stations|housing;u=structure]] were burned or looted on the {{first night}}.
    The gendarmerie said it had arrested [[more than 500 people|arrested;a=The gendarmerie]] and
    imposed a dusk-to-dawn curfew from {{7pm}} to {{5am}}.""",
)

item(
    "Madagascar soldiers join protesters as president flees",
    """Soldiers of the CAPSAT unit, which helped bring Andry Rajoelina to power in {{2009}}, joined
    [[thousands of protesters|other]] in Antananarivo's {{May 13}} square on Saturday, refusing
    orders to fire on them. The unit's commander said [[about 1,000 of his men|combatants;a=The
    unit's commander]] had been ordered to stay in barracks and that [[one soldier|killed;a=The
    unit's commander]] had been shot dead in an exchange with gendarmes. The gendarmerie said
    [[two gendarmes|injured;a=The gendarmerie]] were wounded. Health officials at the HJRA hospital
    said they had received [[nine people|injured;a=Health officials at the HJRA hospital]] with
    gunshot wounds. Rajoelina left the country on a French military aircraft, a diplomatic source
    said, and addressed the nation on Facebook from an undisclosed location. By evening, [[hundreds of soldiers|combatants]] were guarding the square.""",
)

item(
    "Madagascar junta frees protesters, says exiles may come home",
    """Madagascar's new military authorities released [[263 people|arrested;a=the presidency]] held
    since the start of the Gen Z protests, the presidency said on Wednesday, and promised that the
    [[40 to 50 still in custody|arrested;a=the presidency;n=-]] would appear before a judge within
    {{48 hours}}. Colonel Michael Randrianirina, sworn in as president on {{October 17}}, said
    [[about 60 political exiles|returned;a=Colonel Michael Randrianirina;p]] would be allowed to
    return from France and Mauritius "in the coming weeks". Families of [[11 young men|missing]]
    last seen at a police post in Ambohipo marched to the ministry of justice. The World Food
    Programme said it was feeding [[18,000 people|aid;a=The World Food Programme]] in the capital's
    poorest districts, where water cuts had left [[an estimated 1.2 million residents|civilians;a=The
    World Food Programme]] without piped supply for part of each day. Jirama, the state utility,
    said [[14 of its substations|housing;a=Jirama;u=structure;n=substations]] had been damaged
    in the unrest.""",
)

item(
    "Kenya: Githurai residents count the cost of a night of police raids",
    """[[Some 5,000 residents|civilians;a=local leaders]] of {{Githurai 45}}, on Nairobi's northern edge,
    were caught up in a night of police raids after protesters blocked the Thika superhighway, local
    leaders said. Amnesty Kenya said [[at least six people|killed;a=Amnesty Kenya]] were shot dead in
    the estate and [[dozens|injured;a=Amnesty Kenya]] wounded, while officers fired tear gas into
    homes. Residents said [[about 70 families|displaced;a=Residents]] had spent the night with
    relatives in Ruiru. The Kenya Red Cross said it had evacuated [[23 injured people|injured;a=The
    Kenya Red Cross]] to hospitals in Kiambu and handed out [[300 blankets|aid;a=The Kenya Red Cross]].
    Police said [[44 suspects|arrested;a=Police]] were detained and that a police vehicle
    was set alight. Residents said [[two teenagers|missing;a=Residents]] had not come home.""",
)
