"""Myanmar's shadow government and monitors, Colombian and Mexican state officials, 2019-2025, as
the wires relay their statements, posts and tallies."""

from _wrap import item

item(
    "NUG says junta airstrike on Sagaing village kills 38",
    """A military airstrike on a village in Myanmar's Sagaing region killed
    [[38 people|killed;a=the National Unity Government]], including
    [[11 children|killed;a=the National Unity Government]], the National Unity Government (NUG), the
    shadow administration formed by ousted lawmakers, said on Wednesday. A fighter jet dropped
    [[two bombs|other;u=other;a=the NUG's human rights ministry]] on a monastery where
    [[about 200 villagers|displaced;a=the NUG's human rights ministry]] had taken shelter, the NUG's
    human rights ministry said in a post on X. The ministry said
    [[at least 25 people|injured;a=The ministry;alt=the NUG's human rights ministry]] were wounded.
    The junta's information team did not respond to requests for comment. According to the NUG,
    military air strikes have killed [[more than 1,600 civilians|killed;a=the NUG]] since the
    {{2021}} coup.""",
)

item(
    "Junta detains 51 in conscription sweeps, prisoners' group says",
    """Myanmar's military authorities detained
    [[51 young men|arrested;a=the Assistance Association for Political Prisoners (AAPP)]] in raids on
    teashops and bus stations in Yangon and Mandalay over the past week to enforce the conscription
    law, the Assistance Association for Political Prisoners (AAPP) said on Monday. The group said
    [[27,492 people|arrested;a=The group;alt=the Assistance Association for Political Prisoners (AAPP)]]
    had been arrested since the {{February 2021}} coup and that
    [[21,230|arrested;n=-;a=The group;alt=the Assistance Association for Political Prisoners (AAPP)]]
    remained in detention. The NUG's defence ministry said the military planned to call up
    [[5,000 people a month|combatants;p;a=The NUG's defence ministry]]. [[Hundreds of young men|displaced]]
    have fled to areas held by resistance groups or across the border to Thailand.""",
)

item(
    "Karenni interim council says 200,000 displaced as fighting nears Loikaw",
    """Fighting around Loikaw has driven
    [[more than 200,000 people|displaced;a=the Karenni State Interim Executive Council]] from their
    homes, about {{80%}} of the state's population, the Karenni State Interim Executive Council said
    on Saturday. The council said [[about 120 displacement sites|capacity;a=The council;alt=the Karenni State Interim Executive Council]]
    had sprung up in the forests and hills. The NUG's humanitarian and disaster management ministry
    said it had delivered rice to [[7,400 households|aid;a=The NUG's humanitarian and disaster management ministry]].
    A junta airstrike on a camp near Demoso killed
    [[five displaced people|killed;a=local aid workers]], local aid workers said. The military, which
    calls the resistance forces terrorists, said it had killed
    [[14 fighters|killed;a=The military]] in the area.""",
)

item(
    "Resistance forces say 47 soldiers captured as junta base falls in Magway",
    """Resistance forces overran a junta base near Pauk in Magway region and captured
    [[47 soldiers|arrested;a=the NUG's defence ministry]], the NUG's defence ministry said in a
    statement on Saturday. [[About 30 soldiers|killed;a=the NUG's defence ministry]] were
    killed and [[12 others|other;a=the NUG's defence ministry]] surrendered with their
    families, it said. The fighters seized [[120 rifles|other;a=the ministry;alt=the NUG's defence ministry]]
    and [[three artillery pieces|other;a=the ministry;alt=the NUG's defence ministry]], according to
    the ministry. Junta aircraft bombed [[four villages|other;a=residents]] in the area the following
    day, forcing [[5,000 to 6,000 people|displaced;a=residents]] to flee, residents said.""",
)

item(
    "Catatumbo fighting displaces 32,000, Norte de Santander governor says",
    """Clashes between the ELN guerrilla group and FARC dissidents in Colombia's Catatumbo region have
    killed [[at least 80 people|killed;a=Norte de Santander governor William Villamizar;alt=William Villamizar]]
    and displaced [[more than 32,000|displaced;n=-;a=Norte de Santander governor William Villamizar;alt=William Villamizar]],
    Norte de Santander governor William Villamizar said on X on Monday. Villamizar said
    [[about 11,000 displaced people|displaced;a=Villamizar]] were in Cúcuta, where the city had
    opened [[nine shelters|capacity;a=Villamizar]] in sports halls and schools. The ombudsman's
    office said [[at least 20 people|kidnapped;a=The ombudsman's office]] had been abducted by the
    ELN. The defence ministry said it was sending
    [[5,000 troops|combatants;p;a=The defence ministry]] to the region.""",
)

item(
    "Wave of bomb and rifle attacks in Cauca and Valle kills seven",
    """A wave of [[24 attacks|other;u=other;a=the National Police]] with explosives and rifle fire on
    police stations and town halls in the Cauca and Valle del Cauca departments killed
    [[seven people|killed;a=the National Police]], including
    [[five police officers|killed;a=the National Police]], the National Police said on Tuesday.
    Cauca governor Octavio Guzmán wrote on X that
    [[28 people|injured;a=Cauca governor Octavio Guzmán;alt=Octavio Guzmán]] had been wounded and
    that [[dozens of homes|housing;a=Cauca governor Octavio Guzmán;alt=Octavio Guzmán]] had been
    damaged. [[Two suspects|arrested]] were detained, one of them a {{17-year-old}}. The defence
    minister blamed the Estado Mayor Central, a FARC dissident faction that the army estimates has
    [[about 3,500 fighters|combatants;a=the army]].""",
)

item(
    "ELN frees six hostages in Arauca, ombudsman says",
    """The ELN guerrilla group released [[six people|kidnapped;a=Colombia's ombudsman's office]] it
    had held in Arauca department, among them [[two soldiers|kidnapped;a=Colombia's ombudsman's office]],
    to a humanitarian commission on Saturday, Colombia's ombudsman's office said. The office said
    the ELN still held [[at least 38 people|kidnapped;a=The office;alt=Colombia's ombudsman's office]].
    The defence ministry recorded [[294 kidnappings|kidnapped;a=The defence ministry]] in {{2023}},
    a rise of {{70%}} on the year before. Arauca's governor, Renson Martínez, said
    [[about 1,500 families|displaced;a=Renson Martínez]] had fled fighting between the ELN and FARC
    dissidents this year.""",
)

item(
    "Armed groups confine 4,000 in Chocó, ombudsman warns",
    """[[About 4,000 people|civilians;a=Colombia's ombudsman's office]] in
    [[12 Indigenous and Afro-Colombian communities|civilians;u=other;a=Colombia's ombudsman's office]]
    along the San Juan river in Chocó are confined by fighting between the ELN and the Gulf Clan,
    Colombia's ombudsman's office said on Friday. The office said
    [[at least 600 people|displaced;a=The office;alt=Colombia's ombudsman's office]] had fled to
    Istmina, where [[two school buildings|capacity;a=The office;alt=Colombia's ombudsman's office]]
    had been turned into shelters. Chocó's government secretary, Luis Palacios, said
    [[40 tonnes|aid;p;a=Luis Palacios]] of food would be sent by boat this week. The Gulf Clan,
    which the government says has [[more than 9,000 members|combatants;a=the government]], has not
    commented.""",
)

item(
    "Two Colombian air force flights bring back 201 deportees from US",
    """[[Two Colombian air force planes|other;u=other;a=Migración Colombia]] carrying
    [[201 Colombians|returned;a=Migración Colombia]] deported from the United States landed in Bogotá
    on Tuesday, Migración Colombia said. Among the passengers were [[21 children|returned]].
    Foreign Minister Luis Gilberto Murillo said
    [[about 475 more Colombians|returned;p;a=Foreign Minister Luis Gilberto Murillo;alt=Luis Gilberto Murillo]]
    would be flown back in the coming days. Migración Colombia said
    [[14,000 Colombians|returned;a=Migración Colombia]] were deported from the United States in
    {{2024}} on [[124 flights|other;a=Migración Colombia]].""",
)

item(
    "Sinaloa tallies more than 1,100 killings since cartel war began",
    """[[More than 1,100 people|killed;a=the Sinaloa state prosecutor's office]] have been killed in
    Sinaloa since a war between factions of the Sinaloa Cartel broke out on {{September 9, 2024}},
    according to the Sinaloa state prosecutor's office. The office has also received reports of
    [[about 1,400 people|missing;a=The office;alt=the Sinaloa state prosecutor's office]] missing in
    the same period. Security forces have detained
    [[more than 1,300 suspects|arrested;a=Security Minister Omar García Harfuch;alt=Omar García Harfuch]]
    and seized [[2,100 firearms|other;a=Security Minister Omar García Harfuch;alt=Omar García Harfuch]]
    in the state, Security Minister Omar García Harfuch said at the president's morning news
    conference. He said [[about 11,000 soldiers|combatants;a=Omar García Harfuch]] had been deployed
    to Sinaloa. The state government said
    [[about 600 families|displaced;a=The state government]] had left their homes in the mountains of
    Concordia.""",
)

item(
    "Guerrero says 1,500 flee drone attacks in the Sierra",
    """[[About 1,500 people|displaced;a=Guerrero's state government]] have fled
    [[14 communities|displaced;u=other;a=Guerrero's state government]] in the mountains of Heliodoro
    Castillo municipality after attacks with explosive-laden drones by a criminal group, Guerrero's
    state government said on Sunday. The government said
    [[about 800|displaced;n=-;a=The government;alt=Guerrero's state government]] of them were being
    housed in [[three shelters|capacity;a=The government;alt=Guerrero's state government]] in
    Tlacotepec. State security spokesman Roberto Álvarez Heredia said
    [[two people|killed;a=State security spokesman Roberto Álvarez Heredia;alt=Roberto Álvarez Heredia]]
    had been killed. The army has sent [[250 soldiers|combatants]] to the area. Local church leaders
    said [[more than 30 homes|housing;a=Local church leaders]] were burned.""",
)

item(
    "Michoacán prosecutors recover 23 bodies from clandestine graves near Uruapan",
    """Forensic teams have recovered [[23 bodies|killed;a=Michoacán's state prosecutor's office]] from
    [[11 clandestine graves|other;u=other;a=Michoacán's state prosecutor's office]] on a ranch outside
    Uruapan, Michoacán's state prosecutor's office said on Thursday. The Madres Buscadoras de Uruapan
    collective, which found the site, said it was looking for
    [[more than 200 people|missing;a=The Madres Buscadoras de Uruapan collective]] reported missing
    in the area. Mexico's national registry lists
    [[more than 127,000 people|missing;a=Mexico's national registry]] as missing. Police detained
    [[four men|arrested]] who were guarding the ranch.""",
)

item(
    "Chiapas residents who fled to Guatemala begin returning",
    """[[About 380 people|returned;a=Chiapas state officials]] who fled cartel fighting in Chiapas to
    neighbouring Guatemala have returned to Amatenango de la Frontera, Chiapas state officials said
    on Monday. Guatemala's migration institute said it had registered
    [[580 Mexicans|displaced;a=Guatemala's migration institute]] who crossed into Cuilco in {{July}}.
    [[The remaining 200|displaced;n=-]] are still housed in [[two schools|capacity]] in Cuilco.
    Mexico's defence ministry said it had deployed
    [[600 soldiers|combatants;a=Mexico's defence ministry]] to the area and that
    [[as many as 400 National Guard troops|combatants;p;a=Mexico's defence ministry]] would arrive this
    week.""",
)

item(
    "Gunmen kill 11 at Salamanca street party; Guanajuato prosecutors announce arrests",
    """Gunmen opened fire on a street party in Salamanca, Guanajuato, late on Saturday, killing
    [[11 people|killed;a=the Guanajuato state prosecutor's office]] and wounding
    [[14|injured;n=-;a=the Guanajuato state prosecutor's office]], the Guanajuato state prosecutor's
    office said. Salamanca's mayor, César Prieto, said
    [[about 150 people|civilians;a=César Prieto]] were at the party. On Tuesday, state prosecutor
    Gerardo Vázquez Alatriste said
    [[three suspects|arrested;a=state prosecutor Gerardo Vázquez Alatriste;alt=Gerardo Vázquez Alatriste]]
    had been arrested and [[two rifles|other;a=state prosecutor Gerardo Vázquez Alatriste;alt=Gerardo Vázquez Alatriste]]
    seized. Guanajuato recorded [[more than 2,500 murders|killed;a=the national public security system]]
    in {{2024}}, the most of any Mexican state, according to the national public security system.""",
)

item(
    "NUG marks coup anniversary, says bond sales passed $150 million",
    """The National Unity Government marked the {{fourth}} anniversary of the {{February 1, 2021}} coup
    with a statement on X saying its Spring Revolution bonds had raised more than
    {{$150 million}} since {{2021}}. Resistance forces now control about {{60%}} of the country's
    territory, it claimed, a figure analysts say is hard to verify. The statement called for a
    silent strike from {{10 a.m.}} to {{4 p.m.}} on Saturday. The NUG's foreign ministry said it would
    hold talks in Bangkok on {{February 12}}.""",
)

item(
    "Mexico's security cabinet reports drop in homicides",
    """Mexico's security cabinet said on Tuesday that homicides in the first {{nine months}} of the
    year were down {{25.3%}} on the same period of {{2024}}. Security Minister Omar García Harfuch
    said the daily rate in {{September}} was the lowest since {{2016}}. The government will spend
    {{42 billion pesos}} on the National Guard next year, and the new strategy will run until
    {{2030}}, he said. The figures were presented at the morning news conference, which began at
    {{7:30 a.m.}}""",
)
