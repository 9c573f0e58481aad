"""Forced evictions and demolitions in the Americas, 2014-2026: Brazil's favelas before the
World Cup and the Olympics, militia land in Rio, Port-au-Prince's camps and displacement sites,
the Dominican border and Buenos Aires province."""

from _wrap import item

item(
    "Vila Autodromo holdouts face bulldozers weeks before Olympics",
    """Rio de Janeiro's city hall sent bulldozers back into Vila Autodromo, the favela beside the
    Olympic Park, on {{8 March 2016}}, tearing down homes of residents who had refused to leave.
    Of the [[roughly 600 families|civilians;a=the residents' association]] who lived there
    when the Games were awarded in {{2009}}, [[only about 20|civilians;a=the residents'
    association;u=household]] remained, the residents' association said. City officials said
    [[more than 500 families|aid;a=City officials]] had accepted compensation or flats in the
    nearby Parque Carioca housing complex, which has [[900 apartments|capacity;a=City
    officials]]. Residents said municipal guards used pepper spray and rubber bullets during an
    earlier eviction, injuring [[at least eight people|injured;a=Residents]], including Maria
    da Penha Macena, whose nose was broken. Amnesty International said [[about 100 municipal
    guards|combatants;a=Amnesty International]] had been deployed on Tuesday. The city promised
    to build [[20 new houses|capacity;p;a=The city]] on the site for the last families.""",
)

item(
    "Study counts 22,000 families removed from homes in Rio's Olympic years",
    """Rio de Janeiro removed [[22,059 families|displaced;a=a study]] from their homes between
    {{2009}} and {{2015}}, according to a study of city hall's own records by an urban
    planner at the Federal University of Rio de Janeiro. That is [[about 77,000
    people|displaced;a=the Popular
    Committee on the World Cup and Olympics]], the Popular
    Committee on the World Cup and Olympics said in its final report, which linked [[at least
    4,120 families|displaced;a=the Popular Committee on the World Cup and Olympics]] directly to
    Olympic works. The city says most were moved for flood control and road projects and that
    [[between 3,000 and 4,000 families|aid;a=The city]] were given flats under the Minha Casa
    Minha Vida programme in Campo Grande and Santa Cruz, up to {{60 km}} from where they had
    lived. The report said [[more than 40 favelas|other;u=other;a=The report;alt=the Popular Committee on the World Cup and Olympics]] had been wholly or
    partly cleared and that [[dozens of residents|injured;a=The report;alt=the Popular Committee on the World Cup and Olympics]] were hurt by police during
    evictions. Researchers said [[some 2,400 families|displaced;a=Researchers]] were evicted
    from the Morro da Providencia and Vila Uniao areas alone.""",
)

item(
    "Police clear occupied telecoms site in Rio; buses torched",
    """Military police used tear gas, stun grenades and rubber bullets on {{11 April 2014}} to
    evict [[about 5,000 people|displaced;a=organisers of the occupation]] who had occupied a
    disused Oi telecoms site in the Engenho Novo area of Rio's North Zone, organisers of the
    occupation said. The state security department said [[1,600 officers|combatants;a=The state
    security department]] took part and that [[26 people|arrested;a=The state security
    department]] were arrested. In the clashes that followed, protesters set fire to [[at least
    eight buses|other;a=the bus operators' association]], the bus operators' association said.
    The Public Defender's Office said [[dozens of people|injured;a=The Public Defender's
    Office]] were treated for injuries, among them children, and that [[around 300
    families|displaced;a=The Public Defender's Office]] spent the night on the steps of the
    city cathedral. The state said [[700 families|aid;p;a=The state]] would be registered for social rent
    of {{R$400}} a month. Reporters covering the eviction were held for {{four hours}}.""",
)

item(
    "Wall collapses on Cracolandia residents during demolition",
    """[[Three people|injured]] were injured in Sao Paulo on {{23 May 2017}} when a wall of a building being
    demolished by city crews collapsed onto a boarding house that was still occupied, in the
    Cracolandia area where police had raided an open-air drug market {{two days}} earlier. The
    fire department said [[three people|injured;a=The fire department]] were pulled from the
    rubble with minor injuries. City hall said [[about 900 police officers|combatants;a=City
    hall]] had taken part in Sunday's raid, in which [[38 people|arrested;a=City hall]] were
    arrested, and that [[some 40 buildings|housing;p;a=City hall]] in the area would be
    demolished for a housing project. The Public Defender's Office said [[more than 200
    residents|displaced;a=The Public Defender's Office]] of the boarding houses had been given
    no alternative accommodation, and that [[dozens of drug users|displaced;a=The Public
    Defender's Office]] had scattered to nearby squares. The city said its shelters had room
    for [[1,200 people|capacity;a=The city]], and that [[about 450|displaced;a=The city]] had
    accepted a place.""",
)

item(
    "Militia expels families from Rio's West Zone to sell their land",
    """A militia that controls parts of Rio de Janeiro's West Zone has forced [[at least 150
    families|displaced;a=prosecutors]] out of their homes in Muzema and Rio das Pedras to build
    and sell apartment blocks on the land, prosecutors said on {{14 October 2021}}. The state
    prosecutor's office said militia members abducted [[two residents|kidnapped;a=The state
    prosecutor's office]] who refused to sell, holding them for {{two days}}, and that [[one man|missing;a=The state
    prosecutor's office]] had disappeared. City hall said its crews, escorted by [[about 250
    police officers|combatants;a=City hall]], demolished [[17 buildings|housing;a=City hall]]
    that the militia had put up without permits, [[nine of them|housing;a=City hall;n=-;u=structure]]
    occupied. Police said [[11 suspected militiamen|arrested;a=Police]] were arrested. Residents of the demolished blocks said [[about 60 families|displaced;a=Residents]]
    had paid the militia up to {{R$150,000}} for flats they have now lost.""",
)

item(
    "Port-au-Prince camp residents evicted as landowners reclaim sites",
    """Armed men hired by landowners have forcibly evicted [[more than 60,000 people|displaced;a=the
    International Organization for Migration]] from camps set up in Port-au-Prince after the
    {{2010}} earthquake, according to the International Organization for Migration. In its
    latest count, in {{March 2014}}, the agency said [[about 146,000 people|displaced;a=the
    agency;alt=International Organization for Migration]] were still living in [[271
    camps|capacity;a=the agency;alt=International Organization for Migration]]. At Camp Acra in Petion-Ville, residents said [[dozens of tents|housing;u=other;a=residents]]
    were set on fire overnight on Sunday and [[a man|killed;v=1;a=residents]] died in the blaze.
    Haitian police said they had detained [[four people|arrested;a=Haitian police]] and that
    [[two officers|injured;a=Haitian police]] were hurt by stones. The government's
    rental subsidy programme has paid [[around 65,000 families|aid;a=officials]] to leave the
    camps, officials say, but [[more than 20,000 families|civilians;a=rights groups]] still face
    eviction threats, according to rights groups.""",
)

item(
    "Displaced families told to leave Port-au-Prince schools as classes resume",
    """Haitian authorities have begun clearing displaced families out of schools in
    Port-au-Prince so that classes can restart, leaving many with nowhere to go in a capital
    largely controlled by gangs, aid agencies said on {{2 October 2024}}. The International
    Organization for Migration said [[about 700,000 people|displaced;a=The International
    Organization for Migration]] were now displaced across Haiti, and that [[more than 110,000
    of them|displaced;a=The International
    Organization for Migration;n=-]] lived in [[96 sites|capacity;a=The International Organization for Migration]] in the capital, about half
    of them schools. The education ministry said [[between 25
    and 30 schools|other;a=The education ministry]] would be emptied by the end of the month.
    At the Lycee Marie-Jeanne, where [[some 3,000 people|displaced;a=site committee members]]
    had sheltered, site committee members said police arrived without notice and that [[19
    people|arrested;a=site committee members]] who refused to leave were taken away. Residents
    said gunmen from the Viv Ansanm coalition then abducted [[five people|kidnapped;a=Residents]]
    from a new site in Delmas, including [[two girls|kidnapped;a=Residents]] aged {{14}} and
    {{16}}; [[one woman|missing;a=Residents]] has not been found.""",
)

item(
    "Gangs burn homes in Solino, driving out thousands",
    """Gunmen burned [[at least 120 homes|housing;a=local officials]] in the Solino
    neighbourhood of Port-au-Prince over the weekend, local officials said on {{17 March 2025}},
    forcing [[thousands of residents|displaced;a=local officials]] to flee with what they could
    carry. The UN's migration agency said [[nearly 4,000 people|displaced;a=The UN's migration
    agency]] from Solino had arrived at [[three makeshift sites|capacity;a=The UN's migration
    agency]] in Delmas, and that [[more than 1,000|displaced;a=The UN's migration
    agency]] were sleeping in the open. The National Human Rights Defense Network said [[at
    least 14 people|killed;a=The National Human Rights Defense Network]] were killed, [[eight
    residents|kidnapped;a=The National Human Rights Defense Network]] were taken hostage
    and [[about 20 people|missing;a=The National Human Rights Defense Network]] were unaccounted
    for. Police said [[dozens of officers|combatants;a=Police]] backed by armoured vehicles had
    tried to retake the area.""",
)

item(
    "Dominican crews raze Haitian settlements before deportations",
    """Dominican authorities demolished [[about 300 shacks|housing;u=structure;a=rights groups]]
    in settlements of Haitian migrants near Santo Domingo and in the border province of
    Dajabon in early {{November 2024}}, rights groups said, as the government stepped up a drive
    to deport [[up to 10,000 people|returned;p;a=the government]] a week, a target the government
    announced in {{October}}. The General Directorate of Migration said it had deported [[more than
    276,000 Haitians|returned;a=The General Directorate of Migration]] in {{2024}} and detained
    [[1,643 people|arrested;a=The General Directorate of Migration]] in {{a single day}} of
    raids. The Jesuit Migrant Service said [[around 1,200 people|displaced;a=The Jesuit Migrant
    Service]] were left homeless by the demolitions, among them [[about 400
    children|displaced;a=The Jesuit Migrant Service]], and that [[at least 30
    pregnant women|returned;a=The Jesuit Migrant Service]] had been sent back across the
    border from hospitals. Army spokesmen said [[1,500 additional soldiers|combatants;a=Army
    spokesmen]] had been sent to the border. On the Haitian side, the IOM said it had received
    [[some 5,000 deportees|aid;a=the IOM]] at Ouanaminthe in {{a week}}.""",
)

item(
    "Police evict 1,400 families from Guernica land occupation",
    """[[Around 4,000 police officers|combatants;a=the Buenos Aires provincial government]] evicted
    families from a land occupation in Guernica, south of Buenos Aires, at dawn on {{29 October
    2020}}, the Buenos Aires provincial government said. The government said [[about 1,400
    families|displaced;a=The government;alt=the Buenos Aires provincial government]] had lived
    in the camp, where [[some 600|aid;a=The government;alt=the Buenos Aires provincial
    government;u=household]] had accepted housing subsidies before the operation. Police set fire
    to [[hundreds of shacks|housing;u=structure;a=witnesses]] made of wood and plastic, witnesses
    said. The provincial security ministry said [[34 people|arrested;a=The provincial security
    ministry]] were arrested and [[a dozen officers|injured;a=The provincial security
    ministry]] were injured. Occupation leaders said [[at least 40 residents|injured;a=Occupation
    leaders]] were hurt by rubber bullets. The land, about {{100 hectares}}, is claimed by a
    developer that plans a gated golf community.""",
)

item(
    "Bulldozers return to Favela do Metro as World Cup nears",
    """City crews backed by military police resumed demolitions at the Favela do Metro, a
    community beside the Maracana stadium, on {{7 January 2014}}, {{five months}} before the World
    Cup. Residents said [[about 40 homes|housing;a=Residents]] that had been left standing were
    knocked down and that [[some 25 families|civilians;a=Residents]] still living
    there were given {{48 hours}} to leave. Of the [[roughly 700 families|displaced;a=city
    hall]] who lived there in {{2010}}, [[more than 600|aid;u=household;a=city hall]] have
    been moved to flats in Mangueira and Triagem, city hall said. Military police said [[three
    people|arrested;a=Military police]] were arrested after youths threw stones and set tyres
    alight, and that [[one officer|injured;a=Military police]] was hurt. [[Dozens of
    traders|other]] who ran car repair workshops in the empty houses lost their businesses,
    according to the Popular Committee.""",
)

item(
    "Soldiers evict Laguna Larga villagers into border strip",
    """[[More than 1,000 soldiers and police|combatants;a=the Guatemalan government;n=soldiers and police]]
    evicted the community of Laguna Larga from the Laguna del Tigre national park in Guatemala's
    Peten region on {{2 June 2017}}, the Guatemalan government said. Rights groups said [[about
    450 people|displaced;a=Rights groups]], [[more than 100 of them|displaced;a=Rights groups;n=-]]
    children, fled across the border and set up camp on a strip of land on the Mexican side.
    Troops burned or pulled down [[around 80 houses|housing;a=residents]], [[a school|housing;v=1;u=structure;a=residents]] and [[a church|housing;v=1;u=structure;a=residents]],
    residents said. Mexico's National Human Rights Commission said it had delivered food to
    [[111 families|aid;a=Mexico's National Human Rights Commission]] in the camp and that [[at
    least two people|killed;a=Mexico's National Human Rights Commission]] had died of
    illness there. By {{2018}}, a few families had gone back to Guatemala.""",
)

item(
    "Riot police demolish homes in Bogota's Ciudad Bolivar during lockdown",
    """Riot police and municipal crews demolished [[between 60 and 80 homes|housing;a=community
    leaders]] in Altos de la Estancia, in Bogota's Ciudad Bolivar district, on {{28 April
    2020}}, community leaders said, even though the city had promised to suspend evictions during
    the coronavirus lockdown. The city government said the shacks stood in a landslide risk zone
    and had been built in the previous {{two weeks}}. The city's government secretary said
    [[about 120 families|aid;a=The city's government secretary]] would receive emergency rent
    support and that [[250 officers|combatants;a=The city's government secretary]] had been
    assigned to prevent new occupations. Residents said officers fired tear gas at people who
    tried to save their belongings and that [[at least 15 residents|injured;a=Residents]] were
    hurt, [[two of them|injured;a=Residents;n=-]] by rubber bullets. Bogota's ombudsman said
    [[four people|arrested;a=Bogota's ombudsman]] were detained and [[some 500 people|displaced;a=Bogota's
    ombudsman]], many of them Venezuelan migrants, had spent the night in the open. The city said
    [[a sports hall|capacity;v=1;u=structure;a=The city]] in the district would take in [[up to 200
    people|capacity;a=The city]].""",
)

item(
    "Canaan families driven out by gang that seized their land",
    """Families in Canaan, the sprawling settlement north of Port-au-Prince built by people who
    lost their homes in the {{2010}} earthquake, are being driven out by a gang that has taken
    over much of the area, residents said on {{9 August 2023}}. Local leaders said [[about 800
    families|displaced;a=Local leaders]] had fled since {{June}} and that gunmen had burned [[at
    least 90 houses|housing;a=Local leaders]] of people who refused to pay them. The Centre for
    Analysis and Research on Human Rights said the gang had kidnapped [[23 people|kidnapped;a=The
    Centre for Analysis and Research on Human Rights]] in Canaan in {{July}} alone, and that
    [[17 of them|kidnapped;a=The Centre for Analysis and Research on Human Rights;n=-]] had been
    freed after ransoms were paid. [[Six|missing;a=The Centre for Analysis and Research on Human
    Rights]] were still unaccounted for, it said. Canaan is home to [[an
    estimated 300,000 people|civilians]]. The police said [[12 officers|combatants;a=The
    police]] were posted to the area's only station.""",
)

item(
    "Audit puts Rio's Olympic housing bill at R$1.2 billion",
    """Rio de Janeiro's municipal audit court said on {{20 June 2017}} that the city spent {{R$1.2
    billion}} on resettlement and compensation linked to works for the {{2016}} Games, about
    {{35 per cent}} more than budgeted. Payments for demolished homes averaged {{R$110,000}},
    the court found, against {{R$45,000}} in the {{2012}} plan. The report, the court's {{third}}
    on the Olympic works, runs to {{212 pages}}. The Transolimpica expressway, {{26 km}} long,
    accounted for the largest share.""",
)

item(
    "Haiti's court of cassation rules on camp land title",
    """Haiti's Court of Cassation on {{14 April 2015}} upheld the title of a private owner to the
    land under a former displacement camp in Delmas {{33}}, ending a case begun in {{2011}}. The
    ruling, issued {{five years}} after the earthquake, awarded the owner {{50,000 gourdes}} in
    costs. The plot, {{1.8 hectares}}, lies about {{3 km}} from the National Palace. Lawyers for
    the former residents said they would take the case to the Inter-American Commission within
    {{six months}}.""",
)
