"""The Middle East and North Africa (Iran, Iraq, Israel, Tunisia, Bahrain, Lebanon) and Europe
(Georgia, Serbia, France, the UK, Turkey, Belarus, Russia)."""

from _wrap import item

item(
    "Iran Human Rights says 448 killed in protest crackdown",
    """Security forces in Iran have killed [[at least 448 people|killed;a=Iran Human Rights]] in
    the crackdown on protests that followed the death of Mahsa Amini in September, including [[60
    children|killed;a=Iran Human Rights]] and [[29 women|killed;a=Iran Human Rights]], Iran Human
    Rights said on Tuesday. The Oslo-based group said the real toll was probably higher because of
    internet restrictions. The rights news agency HRANA estimated that [[more than 18,000
    people|arrested;a=The rights news agency HRANA]] had been detained and that [[61
    members|killed;a=The rights news agency HRANA]] of the security forces had been killed. Iran's
    judiciary has said [[more than 2,000 people|arrested;a=Iran's judiciary]] have been charged
    over the unrest. [[Eleven people|arrested]] have been sentenced to death and [[two|killed]] of
    them executed. Amini, a {{22-year-old}} Kurdish woman, died in custody {{three days}} after her
    arrest by the morality police.""",
)

item(
    "Iran gives first official count of banks burned in fuel protests",
    """Iran's interior minister Abdolreza Rahmani Fazli said on Wednesday that [[731
    banks|housing;u=structure;a=Iran's interior minister Abdolreza Rahmani Fazli]], [[140
    government buildings|housing;a=Iran's interior minister Abdolreza Rahmani Fazli]] and [[70
    petrol stations|housing;u=structure;a=Iran's interior minister Abdolreza Rahmani Fazli]] had
    been set on fire during the unrest that followed a rise in fuel prices last month. He said
    [[up to 200,000 people|other;a=Iran's interior minister Abdolreza Rahmani Fazli]] had taken
    part in protests in [[29 provinces|other;u=other;a=Iran's interior minister Abdolreza Rahmani
    Fazli]]. Amnesty International says [[at least 304 people|killed;a=Amnesty International]]
    were killed in {{three days}}, while Reuters, citing interior ministry officials, put the toll
    at [[about 1,500|killed;a=Reuters]]. The government has rejected both figures as 'utterly
    false'. Petrol prices rose by at least {{50%}} overnight on {{November 15}}, and the
    authorities shut off the internet for {{about a week}}.""",
)

item(
    "Iraqi inquiry says 149 civilians killed in first week of protests",
    """An Iraqi government inquiry found that [[149 civilians|killed;a=An Iraqi government
    inquiry]] and [[eight members|killed;a=An Iraqi government inquiry]] of the security forces
    were killed in the first week of anti-government protests this month, and that {{70%}} of the
    dead had been shot in the head or chest. The Iraqi High Commission for Human Rights said
    [[more than 6,000 people|injured;a=The Iraqi High Commission for Human Rights]] had been
    wounded and [[about 1,000|arrested;a=The Iraqi High Commission for Human Rights]] arrested in
    Baghdad and the southern provinces. Amnesty International said [[at least five
    protesters|killed;a=Amnesty International]] had died after being hit in the head by a
    military-grade tear-gas grenade up to {{10 times}} heavier than a standard canister.
    Protesters returned to Baghdad's Tahrir Square on {{October 25}}, defying a curfew. Medics
    said [[at least 42 people|killed;a=Medics]] were killed on the first day of the renewed
    protests.""",
)

item(
    "Israeli reservists threaten to quit as judicial overhaul vote nears",
    """[[More than 10,000 military reservists|other;a=the organisers]] have signed a letter saying
    they will stop volunteering for duty if the government passes the first part of its judicial
    overhaul, the organisers said on Friday. Organisers estimated that [[about 630,000
    people|other;a=Organisers]] demonstrated across Israel on Saturday night, in the {{12th}}
    straight week of protests. In Jerusalem, police estimated that [[about 80,000
    people|other;a=police]] gathered outside the Knesset. Police made [[39
    arrests|arrested]] in Tel Aviv, where demonstrators blocked the Ayalon highway and lit
    bonfires. The Histadrut, Israel's largest labour federation, which says it has [[about
    800,000 members|other;a=The Histadrut]], said [[hundreds of thousands of
    workers|other;p;a=The Histadrut]] would stop work on Monday. A bill limiting the courts'
    powers passed its first reading in the Knesset by {{61 votes to 52}} in February.""",
)

item(
    "UN team says 219 killed in Tunisia's uprising",
    """A UN human rights team said on Tuesday that [[219 people|killed;a=A UN human rights team]]
    had been killed and [[510|injured;a=A UN human rights team]] wounded during the uprising that
    toppled President Zine el-Abidine Ben Ali. [[Seventy-two|killed;a=the team;alt=A UN human
    rights team]] of the deaths occurred in prisons, including [[48|killed;a=the team;alt=A UN
    human rights team]] in a fire at a prison in Monastir, the team said. The justice ministry
    has said [[about 11,000 prisoners|other;a=The justice ministry]] escaped from jails during the
    unrest. The protests began on {{December 17}}, when Mohamed Bouazizi, a {{26-year-old}} fruit
    seller, set himself alight in Sidi Bouzid; he died on {{January 4}}. Ben Ali fled to Saudi
    Arabia on {{January 14}} after {{23 years}} in power.""",
)

item(
    "Bahrain prisoners end five-week hunger strike",
    """[[About 800 prisoners|other;a=the Bahrain Institute for Rights and Democracy (BIRD)]] at
    Bahrain's Jau prison ended a hunger strike on Monday after {{five weeks}}, the Bahrain
    Institute for Rights and Democracy (BIRD) said, after the authorities agreed to improve
    conditions. The London-based group said family visits would be extended from {{30 minutes}}
    to {{an hour}} and that inmates would be allowed more time outdoors. The interior ministry had
    said only [[121 inmates|other;a=The interior ministry]] were refusing food. Rights groups
    estimate that Bahrain holds [[more than 1,000 political prisoners|arrested;a=Rights
    groups]], many of them jailed after the {{2011}} uprising. [[About 35 people|killed]] were
    killed in the crackdown on that uprising, which Saudi-led troops helped to put down.""",
)

item(
    "Beirut protesters storm ministries after port blast",
    """The Lebanese Red Cross said it had treated [[238 people|injured;a=The Lebanese Red Cross]]
    at the scene and taken [[63|injured;a=The Lebanese Red Cross]] to hospital after security
    forces fired tear gas and rubber bullets at protesters in central Beirut on Saturday. The
    Internal Security Forces said [[one officer|killed;a=The Internal Security Forces]] had died
    after falling into a lift shaft while chasing protesters, and that [[70|injured;a=The
    Internal Security Forces]] of its members had been hurt. [[About 10,000 people|other]]
    gathered in Martyrs' Square under the slogan 'Hang the nooses', and some stormed the
    foreign, economy and energy ministries. The {{August 4}} explosion at the port killed [[more
    than 170 people|killed;a=officials]], injured [[about 6,000|injured;a=officials]] and left
    [[some 300,000|displaced;a=officials]] homeless, according to officials.""",
)

item(
    "Georgia says 402 detained as pro-EU protests enter second week",
    """Georgia's interior ministry said on Thursday that [[402 people|arrested;a=Georgia's interior
    ministry]] had been detained since protests began on {{November 28}}, when the government said
    it would put off talks on joining the European Union until {{2028}}. The ministry said [[more
    than 150 police officers|injured;a=The ministry;alt=Georgia's interior ministry]] had been
    hurt by fireworks and stones thrown outside parliament, and that criminal cases had been
    opened against [[37 people|arrested;a=The ministry;alt=Georgia's interior ministry]]. Public
    defender Levan Ioseliani said [[225 of the detainees|injured;a=Public defender Levan
    Ioseliani]] had visible injuries, most of them to the head and face. Georgian media unions
    said [[at least 50 journalists|injured;a=Georgian media unions]] had been hurt. Opposition
    parties, which have refused to take up their seats since the {{October 26}} election, said
    [[tens of thousands|other;a=Opposition parties]] had rallied on Rustaveli Avenue for a
    seventh night. The ruling Georgian Dream party officially won {{54%}} of the vote.""",
)

item(
    "Belgrade rally was Serbia's largest, independent monitor says",
    """The Archive of Public Gatherings, an independent monitor, estimated that [[between 275,000
    and 325,000 people|other;a=The Archive of Public Gatherings]] attended Saturday's rally in
    Belgrade, the largest in Serbia's modern history, while the interior ministry put the number
    at [[107,000|other;a=the interior ministry]]. Many students had walked {{more than 80 km}}
    from Novi Sad to join it. The protests began after the concrete canopy of Novi Sad's railway
    station collapsed on {{November 1}}, killing [[16 people|killed]]. Students have since
    blockaded [[more than 60 university faculties|other;u=structure]] across the country.
    Emergency services said [[56 people|injured;a=Emergency services]] had sought medical help
    in Belgrade, and police said [[22|arrested;a=police]] had been detained. Opposition groups
    accused the police of using a sound cannon against a crowd observing {{15 minutes}} of
    silence, which the government denied.""",
)

item(
    "French unions count 3.5 million marchers, ministry 1.28 million",
    """The CGT union said [[3.5 million people|other;a=The CGT union]] marched across France on
    Tuesday against a plan to raise the pension age from {{62 to 64}}, while the interior
    ministry counted [[1.28 million|other;a=the interior ministry]], including
    [[87,000|other;a=the interior ministry]] in Paris. Both figures were the highest since the
    movement began in January. The government forced the reform through the lower house without
    a vote on {{March 16}} under {{Article 49.3}} of the constitution. Interior minister Gérald
    Darmanin said [[13,000 police and gendarmes|combatants;n=police and gendarmes;p;a=Interior
    minister Gérald Darmanin]] would be deployed for the next day of action, [[5,500|combatants;p;a=Interior
    minister Gérald Darmanin]] of them in Paris. Police detained [[more than 450
    people|arrested;a=Darmanin]] nationwide on Thursday and [[441 officers|injured;a=Darmanin]]
    were hurt, Darmanin said. Paris firefighters were called to [[more than 900
    fires|other;u=other]] in the capital, many of them piles of rubbish left uncollected by
    striking refuse workers.""",
)

item(
    "France deploys 45,000 police after third night of riots",
    """[[Some 45,000 police and gendarmes|combatants;n=police and gendarmes;p;a=interior minister
    Gérald Darmanin]] will be deployed across France on Friday night, interior minister Gérald
    Darmanin said, after a third night of rioting over the fatal police shooting of a
    {{17-year-old}} at a traffic stop in Nanterre. The interior ministry said [[875
    people|arrested;a=The interior ministry]] had been arrested overnight, [[408|arrested;a=The
    interior ministry]] of them in the Paris region. [[249 police officers|injured;a=The interior
    ministry]] were injured, it said, while rioters set fire to [[1,350 vehicles|other;a=The
    interior ministry]] and attacked or burned [[234 buildings|housing;a=The interior ministry]].
    In Marseille, the authorities banned demonstrations and halted buses and trams from {{7pm}}.
    The officer who fired the shot has been charged with voluntary homicide and remanded in
    custody.""",
)

item(
    "Yellow vest blockades draw 282,000 as one protester is killed",
    """[[About 282,000 people|other;a=the interior ministry]] took part in Saturday's 'yellow vest'
    protests against fuel taxes at [[more than 2,000 sites|other;a=the interior ministry]] across
    France, the interior ministry said. A woman was killed when a driver panicked and drove into
    protesters at a roadblock in Savoie. Interior minister Christophe Castaner said [[409
    people|injured;a=Interior minister Christophe Castaner]] had been hurt, [[14|injured;a=Interior
    minister Christophe Castaner]] of them seriously, and that [[73|arrested;a=Interior minister
    Christophe Castaner]] had been detained. The movement began on social media over a rise in
    diesel tax of {{6.5 cents}} a litre, and an online petition calling for lower fuel prices has
    gathered [[more than 800,000 signatures|other;u=other]].""",
)

item(
    "UK riot arrests pass 1,000 as courts sit late",
    """Police forces in England and Northern Ireland have arrested [[1,024 people|arrested;a=the
    National Police Chiefs' Council]] over the riots of the past fortnight and charged
    [[575|arrested;a=the National Police Chiefs' Council]], the National Police Chiefs' Council
    said on Tuesday. The disorder began after [[three girls|killed]] were stabbed to death at a
    dance class in Southport on {{July 29}}, and false claims spread online about the suspect.
    The council said [[more than 100 officers|injured;a=The council;alt=the National Police
    Chiefs' Council]] had been injured. Courts have already jailed [[more than 100
    people|arrested]], some within a week of their arrest. In Rotherham, rioters tried to set
    fire to a hotel housing [[more than 200 asylum seekers|displaced;n=asylum seekers]]. Ministers
    have said [[about 6,000 specialist public order officers|combatants;a=Ministers]] are on
    standby.""",
)

item(
    "Turkish doctors count four dead and 8,000 hurt in Gezi protests",
    """The Turkish Medical Association said on Monday that [[four people|killed;a=The Turkish
    Medical Association]] had been killed and [[more than 8,000|injured;a=The Turkish Medical
    Association]] injured in {{three weeks}} of protests that began over plans to build on
    Istanbul's Gezi Park, and that [[11|injured;a=The Turkish Medical Association]] had lost an
    eye. Interior minister Muammer Güler told parliament that police had used [[130,000 tear gas
    canisters|other;a=Interior minister Muammer Güler]] in the first {{20 days}}. He said [[more
    than 4,900 people|arrested;a=Interior minister Muammer Güler]] had been detained in [[79
    provinces|other;u=other;a=Interior minister Muammer Güler]] and [[about 600 police
    officers|injured;a=Interior minister Muammer Güler]] injured. Prime Minister Recep Tayyip
    Erdoğan called the protesters 'looters' and said the park project would go ahead.""",
)

item(
    "Turkey detains journalists who covered Imamoglu protests",
    """Turkish police detained [[seven journalists|arrested;a=the Turkish Journalists'
    Association]] in dawn raids on Monday, among them an AFP photographer, after they covered
    protests against the jailing of Istanbul mayor Ekrem İmamoğlu, the Turkish Journalists'
    Association said. Interior minister Ali Yerlikaya said [[1,133 people|arrested;a=Interior
    minister Ali Yerlikaya]] had been detained since the protests began on {{March 19}}, [[301|arrested;a=Interior minister
    Ali Yerlikaya]] of them remanded in custody, and that [[123
    police officers|injured;a=Interior minister Ali Yerlikaya]] had been hurt. The main
    opposition Republican People's Party (CHP) said [[about 2.2 million people|other;a=The main
    opposition Republican People's Party (CHP)]] attended its rally in Istanbul on Saturday. The
    party said [[nearly 15 million people|other;a=The party;alt=The main opposition Republican
    People's Party (CHP)]] had cast symbolic ballots on Sunday to back İmamoğlu, {{53}}, as its
    presidential candidate.""",
)

item(
    "Belarus says 6,700 detained since disputed election",
    """Belarus's interior ministry said on Thursday that [[about 6,700 people|arrested;a=Belarus's
    interior ministry]] had been detained in the {{four days}} since the presidential election,
    which officials say Alexander Lukashenko won with {{80.1%}} of the vote. [[Two
    protesters|killed]] have died, in Minsk and in Gomel. Doctors at Minsk's emergency hospital
    said they had treated [[dozens of people|injured;a=Doctors at Minsk's emergency hospital]]
    for wounds from rubber bullets and stun grenades. Workers at [[at least 20 state
    plants|other;u=structure]], among them the Belaz truck factory, walked out on Thursday. On
    Sunday [[more than 200,000 people|other;a=independent media]] marched in Minsk, the largest
    protest in the country's history, according to independent media. Lukashenko has ruled
    Belarus since {{1994}}.""",
)

item(
    "OVD-Info says more than 4,300 detained at anti-war protests",
    """Russian police detained [[more than 4,300 people|arrested;a=OVD-Info]] at protests against
    the war in Ukraine in [[56 cities|other;u=other;a=OVD-Info]] on Sunday, OVD-Info, a
    monitoring group, said, bringing the number detained since the invasion began on {{February
    24}} to [[more than 13,000|arrested;a=OVD-Info]]. The interior ministry gave a figure of
    [[about 3,500|arrested;a=The interior ministry]] for the day, [[1,700|arrested;a=The interior
    ministry]] of them in Moscow. Among those detained in Moscow were [[at least 20
    journalists|arrested]]. [[Thousands of riot police|combatants]] lined Pushkin Square
    and the approaches to the Kremlin. Under a law passed on {{March 4}}, spreading 'false
    information' about the armed forces carries up to {{15 years}} in prison.""",
)
