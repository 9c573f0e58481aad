"""Europe and the Pacific territory of France: Georgia, Serbia, France and New Caledonia (7
items, all with figures)."""

from _wrap import item

item(
    "MIA: 402 detained since start of pro-EU protests",
    """The Ministry of Internal Affairs said on Thursday that [[402 people|arrested;a=The Ministry of
    Internal Affairs]] have been detained since protests began on {{November 28}}, including
    [[78|arrested;a=The Ministry of Internal Affairs]] charged with criminal offences, as
    demonstrators gathered outside Parliament on Rustaveli Avenue for a {{14th}} consecutive
    night. Interior Minister Vakhtang Gomelauri said [[156 police officers|injured;a=Interior
    Minister Vakhtang Gomelauri]] had been injured over the period, [[17|injured;a=Interior
    Minister Vakhtang Gomelauri]] of them seriously. The Public Defender's Office said its
    representatives had visited [[290 detainees|arrested;a=The Public Defender's Office]],
    [[225|injured;a=The Public Defender's Office]] of whom had visible injuries, most of them to
    the head and face. The Georgian Young Lawyers' Association said [[at least 50
    journalists|injured;a=The Georgian Young Lawyers' Association]] had been hurt while covering
    the rallies. [[Tens of thousands of people|other]] have joined the protests in Tbilisi,
    Batumi, Kutaisi and Zugdidi since Prime Minister Irakli Kobakhidze announced that Georgia
    would not seek to open EU accession talks until the end of {{2028}}. Tbilisi City Court has since released [[about 240|arrested]]
    of those detained, most of them with fines of {{2,000 lari}}. Police used water
    cannon, tear gas and rubber bullets to clear the avenue on most nights; on Wednesday, masked
    men in plain clothes beat protesters and journalists near the parliament building.""",
)

item(
    "Georgia detains 63 as protests against 'foreign agents' bill swell",
    """[[Tens of thousands of Georgians|other]] rallied outside parliament in Tbilisi for a {{third
    night}} on Tuesday against the "foreign agents" bill, which lawmakers passed in its {{second
    reading}} by {{83 votes to 23}}. Riot police detained [[63 people|arrested;a=the interior
    ministry]] overnight, the interior ministry said on Wednesday, adding that [[six
    officers|injured;a=the interior ministry]] had been injured. Opposition leader Levan
    Khabeishvili was taken to hospital with a broken nose and other injuries that his party said
    were inflicted by police, and the Georgian Young Lawyers' Association said [[at least 20
    protesters|injured;a=the Georgian Young Lawyers' Association]] had needed medical help. The
    bill would require organisations that receive more than {{20%}} of their funding from abroad
    to register as "pursuing the interests of a foreign power". [[More than 400 civil society
    groups|other;u=other]] have said they will not comply.""",
)

item(
    "Up to 325,000 join Belgrade protest, independent monitor says",
    """BELGRADE (Reuters) - [[Between 275,000 and 325,000 people|other;a=the Public Assembly
    Archive]] joined Saturday's anti-government rally in Belgrade, the largest in Serbia's
    history, according to the Public Assembly Archive, an independent monitoring group. Police
    put the crowd at [[107,000|other;a=Police]]. The rally capped {{four months}} of student-led
    protests sparked by the collapse of a concrete canopy at Novi Sad railway station that killed
    [[16 people|killed]] in November. Emergency services said [[56 people|injured;a=Emergency
    services]] had sought medical help, [[three|injured;a=Emergency services]] of whom were taken
    to hospital. Interior Minister Ivica Dacic said [[22 people|arrested;a=Interior Minister
    Ivica Dacic]] had been detained, most for minor offences. During a {{15-minute}} silence for
    the victims, part of the crowd suddenly scattered in panic; opposition groups accused the
    authorities of using an acoustic weapon, which the government denied. Students have
    blockaded [[more than 60 university faculties|other;u=structure]] since December. President
    Aleksandar Vucic has dismissed the protests as a foreign-backed "colour revolution" but said
    he was open to an early election.""",
)

item(
    "Serbia: 47 police hurt, 143 detained in third night of clashes",
    """Serbian police said on Thursday that [[47 officers|injured;a=Serbian police]] had been
    injured and [[143 people|arrested;a=Serbian police]] detained in a {{third night}} of clashes
    between anti-government protesters and supporters of the ruling Serbian Progressive Party in
    Novi Sad, Belgrade and Vrbas. Protesters ransacked the party's offices in Novi Sad and
    Valjevo, smashing windows and throwing furniture into the street. A student organisation said
    [[dozens of demonstrators|injured;a=A student organisation]] had been beaten by masked men
    who emerged from the party buildings. Health officials in Novi Sad said [[19 people|injured;
    a=Health officials in Novi Sad]] had been admitted to hospital, and prosecutors opened
    proceedings against [[37 of the detainees|arrested]] for violent behaviour.""",
)

item(
    "France arrests 719 as riots over teenager's killing ease",
    """PARIS (AFP) - French police arrested [[719 people|arrested;a=the interior ministry]]
    overnight as rioting over the police killing of a {{17-year-old}} at a traffic stop in
    Nanterre eased for a {{fifth night}}, the interior ministry said on Sunday. [[Forty-five thousand
    police and gendarmes|combatants;n=police and gendarmes]], backed by armoured vehicles and
    elite units, were again deployed across the country. Interior Minister Gerald Darmanin said
    [[45 officers|injured;a=Interior Minister Gerald Darmanin]] had been injured and that [[577
    vehicles|other;a=Interior Minister Gerald Darmanin]] and [[74 buildings|housing;a=Interior
    Minister Gerald Darmanin]] had been set on fire. The night before, [[1,311 people|arrested]]
    had been arrested. Since the start of the unrest, [[more than 3,000 people|arrested;
    a=Darmanin]] have been detained, many of them teenagers; the average age of those arrested is
    {{17}}, Darmanin said. The mayor of L'Haÿ-les-Roses said his wife and a child were injured
    when rioters rammed a burning car into the family home. In Marseille, [[56 people|arrested]]
    were arrested as looters targeted shops on the Canebière, and police said a hunting rifle had
    been stolen from a gun shop. President Emmanuel Macron postponed a state visit to Germany to deal with the
    crisis. Buses and trams stopped running after {{9pm}} in several cities, and shops in central
    Paris boarded up their windows. Nahel's grandmother appealed for calm, saying rioters were
    using his death as a pretext. The teenager, named as Nahel M., was shot at point-blank range on
    Tuesday; the officer has been charged with voluntary homicide.""",
)

item(
    "Unions claim 3.5 million marchers as pension protests swell",
    """[[Some 1.28 million people|other;v=1280000;a=the interior ministry]] marched across France on
    Thursday against President Emmanuel Macron's plan to raise the pension age from {{62 to 64}},
    according to the interior ministry, while the CGT union said [[3.5 million|other;a=the CGT
    union]] had taken part. In Paris, police counted [[119,000 marchers|other;a=police]]; the
    union claimed [[800,000|other;a=the union;alt=the CGT union]]. Police said they had detained
    [[457 people|arrested;a=Police]] nationwide after bins were set alight and shop windows
    smashed, and Interior Minister Gérald Darmanin said [[441 officers|injured;a=Interior
    Minister Gérald Darmanin]] had been injured. The protests, the {{ninth}} since January, followed
    the government's decision to push the reform through parliament without a vote using
    {{Article 49.3}} of the constitution. Rubbish piled up in Paris streets as refuse collectors
    extended their strike, leaving [[an estimated 10,000 tonnes|other]] of waste
    uncollected.""",
)

item(
    "France sends reinforcements as New Caledonia riots leave four dead",
    """NOUMEA (AFP) - France declared a state of emergency in New Caledonia on Wednesday and said it
    was sending [[1,000 more police and gendarmes|combatants;p;n=police and gendarmes;a=France]]
    to the Pacific territory. [[Four people|killed]], including a gendarme, have been killed in
    {{two nights}} of rioting over an electoral reform. High Commissioner Louis Le Franc said
    [[hundreds of people|injured;a=High Commissioner Louis Le Franc]] had been hurt, including
    [[64 police officers|injured;a=High Commissioner Louis Le Franc]], and that [[130
    people|arrested;a=High Commissioner Louis Le Franc]] had been arrested. Rioters torched
    [[dozens of homes and businesses|housing;u=structure;n=homes and businesses]] in the capital
    Noumea and looted supermarkets; the local chamber of commerce estimated that [[150
    companies|housing;u=structure;a=the local chamber of commerce]] had been burned or looted.
    Residents of some neighbourhoods formed self-defence groups and manned barricades,
    and the town hall of Dumbéa said [[some 500 residents|displaced;a=the town hall of
    Dumbéa]] had fled to [[three gymnasiums|capacity;u=structure;a=the town hall of Dumbéa]]
    turned into shelters. The
    authorities banned TikTok and imposed a curfew from {{6pm}} to {{6am}}. The international
    airport remained closed, stranding [[about 3,200 travellers|other]]. The reform, passed by
    the National Assembly in Paris by {{351 votes to 153}}, would allow residents who have lived
    in the territory for {{10 years}} to vote in provincial elections, which Indigenous Kanak
    leaders say would dilute their vote.""",
)
