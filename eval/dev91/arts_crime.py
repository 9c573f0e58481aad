"""Crime and courts: a cocaine seizure, a raid on a scam compound, football fans, shoplifting
statistics, a prison system, a kidnapping for ransom, and indictments over an exam leak."""

from _wrap import item

item(
    "Spanish police seize 8 tonnes of cocaine hidden in banana shipment",
    """
    Spanish police seized [[8.3 tonnes|other;a=the interior ministry]] of cocaine hidden among
    boxes of bananas from Ecuador at the port of Algeciras, the interior ministry said on
    Wednesday, the largest single haul in the country this year. The drugs were found in
    [[seven containers|other]] unloaded over {{two days}}.
    [[Fourteen people|arrested]] were arrested in Cádiz, Málaga and Madrid, among them
    [[two port workers|arrested]] accused of moving the containers out of the inspection area,
    and officers searched [[22 homes and warehouses|other;u=structure;n=homes and warehouses]].
    The cocaine would have fetched about {{€260 million}} on the street. Spain's police seized
    [[more than 58 tonnes|other]] of cocaine in {{2023}}.
    """,
)

item(
    "Police raid scam compound north of Manila",
    """
    Police raided a compound of [[36 buildings|other;a=the Presidential Anti-Organized Crime Commission]] in Porac, Pampanga, on Tuesday and
    detained [[about 700 foreign nationals|arrested;a=the Presidential Anti-Organized Crime Commission]],
    most of them from China and Vietnam, the Presidential Anti-Organized Crime Commission said.
    [[More than 150 Filipino workers|other;a=the commission;alt=the Presidential Anti-Organized Crime Commission]]
    were rescued, some of whom said they had been forced to run online romance and investment
    scams for up to {{18 hours}} a day, the commission said. Officers seized
    [[over 1,000 mobile phones|other;u=other]] and [[about 400 computers|other;u=other]]. The
    Bureau of Immigration said it planned to deport
    [[more than 500 of the detainees|returned;p;a=The Bureau of Immigration]] within
    {{a month}}. The government banned offshore gaming operators in {{2024}}, an industry that
    officials estimate employed [[about 40,000 people|other;a=officials]].
    """,
)

item(
    "Five arrested as England fans gather in Gelsenkirchen",
    """
    Gelsenkirchen police said they had arrested [[five people|arrested;a=Gelsenkirchen police]]
    after England's {{1-0}} win over Serbia on Sunday, and
    [[two officers|injured;a=Gelsenkirchen police]] were slightly hurt when bottles were thrown
    in the old town before kick-off. [[About 1,000 police officers|combatants]] were on duty
    for the match, which was decided by a {{13th-minute}} header.
    [[As many as 40,000 England supporters|other;a=British police]] travelled to the city, British
    police estimated, many of them without tickets for the {{50,000-capacity}} stadium. Before
    the tournament, [[about 1,600 fans|other]] under football banning orders had to surrender
    their passports. Fans complained of waits of up to {{two hours}} for trams after the final
    whistle.
    """,
)

item(
    "Shoplifting in England and Wales at highest level on record",
    """
    Shoplifting offences recorded by police in England and Wales rose to
    [[469,788|other;u=other;a=the Office for National Statistics]] in the year to March, up
    {{23%}} and the highest since current records began in {{2003}},
    according to the Office for National Statistics. The British Retail Consortium, which
    surveys large retailers, estimates there were
    [[more than 20 million incidents|other;u=other;a=The British Retail Consortium]] of
    customer theft last year, costing {{£2.2 billion}}. Staff faced
    [[about 2,000 violent or abusive incidents a day|other;u=other;n=incidents;a=The British Retail Consortium]],
    it said. Police charged a suspect in fewer than {{one in five}} cases. The government has
    promised to put [[13,000 more neighbourhood officers|combatants;p;a=The government]] on the streets by
    {{2029}}.
    """,
)

item(
    "El Salvador's state of emergency: 81,000 detained in two years",
    """
    [[More than 81,000 people|arrested;a=the justice minister]] have been detained since El
    Salvador declared a state of emergency in {{March 2022}}, the justice minister said on
    Monday. [[About 7,000 of them|arrested;n=-;a=the justice minister]] have been released for
    lack of evidence, he said. The Terrorism Confinement Centre, which opened in {{2023}}, was
    built to hold [[40,000 inmates|capacity]] and now holds
    [[about 15,000|arrested]]. The rights group Cristosal has documented
    [[at least 261 deaths|killed;a=The rights group Cristosal]] in custody. At
    [[about 110,000|arrested]], the country's prison population is the highest in the world
    relative to its size, at about {{1,600 per 100,000 residents}}.
    """,
)

item(
    "Three businessmen freed after nine days held in Ecatepec",
    """
    Police in the State of Mexico freed [[three businessmen|kidnapped;a=state prosecutors]] who
    had been held for {{nine days}} in a house in Ecatepec and arrested
    [[five suspects|arrested;a=state prosecutors]], [[two of them|arrested;n=-;a=state prosecutors]]
    women, state prosecutors said on Saturday. The kidnappers had demanded
    {{10 million pesos}} ({{$560,000}}) from the men's families and had received a first
    payment of {{1.5 million pesos}}. [[About 120 officers|combatants]] took part in the dawn
    raid. The anti-kidnapping group Alto al Secuestro counted
    [[about 480 victims|kidnapped;a=The anti-kidnapping group Alto al Secuestro]] of kidnapping
    nationwide in {{2023}}.
    """,
)

item(
    "Seventeen indicted over bar exam leak in Seoul",
    """
    [[Seventeen people|arrested;a=Seoul prosecutors]], among them
    [[four university lecturers|arrested;a=Seoul prosecutors]], have been indicted over the leak
    of questions from the {{2023}} national bar exam, Seoul prosecutors said on Thursday. They
    said the questions had reached [[about 230 candidates|other;a=Seoul prosecutors]], whose
    results have been cancelled. The lecturers face up to {{five years}} in prison and fines of
    up to {{50 million won}}.
    """,
)
