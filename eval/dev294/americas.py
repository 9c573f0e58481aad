"""dev294 items: the Darien Gap, Mexico, the US border desert and the Caribbean (14 with
figures, 2 without)."""

from _wrap import item

item(
    "Record half a million crossed the Darien Gap in 2023, Panama says",
    """
    [[More than 520,000 people|displaced;a=Panama's National Migration Service]] crossed the
    Darien jungle from Colombia in {{2023}}, Panama's National Migration Service said, more than
    double the previous record. [[About 113,000|displaced;a=Unicef]] of them were children, Unicef
    said, many of them travelling alone. Panama's prosecutors said
    [[55 bodies|killed;a=Panama's prosecutors]] had been recovered from the trail, swept away by
    rivers or killed by falls, while the Red Cross registered [[more than 400|missing;a=the Red
    Cross]] reports of people who disappeared. Médecins Sans Frontières said it had treated
    [[676 survivors of sexual violence|injured;n=survivors;a=Médecins Sans Frontières]] at its
    posts in Bajo Chiquito and Lajas Blancas, often after armed men held up
    groups of [[100 or more people|displaced;q=at_least]]. Panama's border service, Senafront,
    said it had arrested [[41 suspected smugglers|arrested;a=Senafront]]. In Bajo Chiquito, a
    village of [[about 300 inhabitants|civilians]], a flash flood in October destroyed
    [[12 wooden shelters|housing]] used by migrants.
    """,
)

item(
    "Boat carrying migrants heading south capsizes off Panama's Caribbean coast",
    """
    An {{eight-year-old}} Venezuelan girl drowned when a boat carrying [[21 migrants|displaced;a=Panama's
    National Migration Service]] capsized in heavy swell off Guna Yala, Panama's National Migration
    Service said on Sunday. The migrants, who had given up on reaching the United States, were
    heading back south to Colombia. [[Twenty people|other]] were rescued by the border service.
    The agency said [[more than 2,200 migrants|displaced;a=The agency;alt=Panama's National Migration
    Service]] had taken boats south from Panama since January in the so-called reverse flow, as
    crossings northwards through the Darien fell by {{98%}}. Panama has flown
    [[about 1,900 people|returned;a=the government]] back to Colombia, Ecuador and India on flights
    paid for by the United States, the government says. [[About 150 people|civilians;a=the border service]] were trapped on
    the island of Cartí by bad weather, the border service said. Officials said they expected
    [[up to 5,000 more|displaced;p;n=-;a=Officials]] to travel south by sea before the end of the
    year.
    """,
)

item(
    "Pima County examiner records remains of 171 migrants in the Arizona desert",
    """
    The Pima County Office of the Medical Examiner said it had examined the remains of
    [[171 people|killed;a=The Pima County Office of the Medical Examiner]] believed to be
    migrants who died crossing the desert of southern Arizona last year, the highest since
    {{2010}}. [[Sixty-three|killed;a=The office;alt=The Pima County Office of the Medical
    Examiner]] of them were so decomposed that only bones were found, the office said. Heat
    exposure was the leading cause of death, with temperatures above {{43C}} for {{30 days}} in a
    row. The office has identified [[about 2,500|killed;a=its director]] of the
    [[more than 4,000 sets of remains|killed;n=sets;a=its director]] it has received since {{2000}}, its director
    said. Humane Borders, a charity, maintains [[60 water stations|aid;u=other;a=Humane
    Borders]] in the desert and said volunteers had left [[about 8,000 jugs of water|aid;n=jugs;
    u=other;a=Humane Borders]] on the trails.
    """,
)

item(
    "Border deaths hit record in fiscal 2022, Border Patrol data show",
    """
    [[At least 853 migrants|killed;a=US Customs and Border Protection]] died trying to cross the
    southwest border in {{fiscal year 2022}}, according to US Customs and Border Protection, the
    most since records began in {{1998}}. The agency said its agents carried out
    [[more than 19,000 rescues|other;u=other;a=The agency;alt=US Customs and Border Protection]]
    in the same period. A Government Accountability Office report said the Border Patrol had not
    recorded [[hundreds of deaths|killed;a=A Government Accountability Office report]] reported
    by local authorities. [[About 19,400 agents|combatants;a=the agency;alt=US Customs and Border
    Protection]] work on the southwest border, the agency said. The International Organization
    for Migration put the toll on the US-Mexico border at [[686|killed;a=The International
    Organization for Migration]] in {{2022}}, calling it the deadliest land route in the world.
    Agents apprehended [[2.2 million people|arrested]] at the border in {{fiscal 2022}}.
    """,
)

item(
    "53 migrants dead after being abandoned in trailer in San Antonio heat",
    """
    The death toll among migrants found in an abandoned tractor-trailer on the edge of San Antonio
    rose to [[53|killed;a=Bexar County officials]] on Wednesday, Bexar County officials said.
    [[Forty-eight people|killed;a=officials]] were found dead inside the trailer on Monday, when
    the temperature outside reached {{39C}}, and [[five more|killed;n=-;a=officials]] died in
    hospital, officials said. [[Sixteen people|injured]], among them [[four children|injured]],
    were taken to hospital with heatstroke. Mexico's foreign ministry said [[27 of the
    dead|killed;n=dead;a=Mexico's foreign ministry]] were Mexican nationals. Federal agents arrested
    [[four men|arrested;a=the Justice Department]], including the driver, the Justice Department
    said. The trailer had carried [[more than 60 people|displaced;a=investigators]] from Laredo,
    investigators believe.
    """,
)

item(
    "Fire at Ciudad Juárez migration centre kills 40 detained men",
    """
    [[Forty migrants|killed;a=Mexico's attorney general's office]] died and
    [[27|injured;a=Mexico's attorney general's office]] were injured in a fire at a National
    Migration Institute detention centre in Ciudad Juárez late on Monday, Mexico's attorney
    general's office said. Security video showed guards walking away from a locked cell where
    [[68 men|arrested]] from Guatemala, Venezuela, Honduras and El Salvador were held as smoke
    filled it. The men had been detained on the streets of the city earlier in the day.
    Prosecutors later charged [[six people|arrested;a=Prosecutors]], among them guards and
    officials, with homicide. Guatemala's foreign ministry said [[18 of the dead|killed;n=dead;
    a=Guatemala's foreign ministry]] were Guatemalans. The institute closed
    [[33 of its holding centres|capacity;n=centres;a=The institute]] after the fire, it said.
    """,
)

item(
    "At least 55 killed as truck packed with migrants overturns in Chiapas",
    """
    [[At least 55 people|killed;a=officials in Chiapas]], most of them from Guatemala, were killed
    when a tractor-trailer crammed with migrants overturned on a bend outside Tuxtla Gutiérrez on
    Thursday, officials in Chiapas said. [[More than 100|injured]] were
    injured. Survivors told reporters there had been [[about 160 people|displaced;a=Survivors]]
    in the trailer, each of whom had paid {{$2,500}} to {{$3,500}} for the trip to the US border.
    Mexico's National Migration Institute said [[several dozen migrants|other;a=Mexico's National
    Migration Institute]] who were unhurt had run from the scene. The Mexican Red Cross sent
    [[ten ambulances|other]]. Guatemala's president declared {{three days}} of mourning and said his
    government would fly the bodies of [[40 Guatemalans|killed;p;a=Guatemala's
    president]] home.
    """,
)

item(
    "Mother and two children drown near Eagle Pass as Texas blocks access",
    """
    [[Three migrants|killed;a=US Border Patrol]], a mother and her children from Mexico, drowned
    in the Rio Grande near Eagle Pass on Friday night, US Border Patrol said, after Texas National
    Guard soldiers barred federal agents from Shelby Park. The agency said [[two other
    people|other;a=The agency;alt=US Border Patrol]] were pulled from the water by Mexican authorities. Texas says it has deployed
    [[about 10,000 National Guard soldiers|combatants;a=Texas]] to the border under Operation Lone
    Star and strung {{1,000 feet}} of buoys in the river. The Texas Department of Public Safety
    said it had arrested [[more than 40,000 migrants|arrested;a=The Texas Department of Public
    Safety]] on state charges since {{2021}}. The International Boundary and Water Commission
    said it had recovered the bodies of [[77 people|killed;a=The International Boundary and Water Commission]] from the river in its
    district in {{2023}}.
    """,
)

item(
    "Mexican police officers charged in Camargo massacre of migrants",
    """
    Prosecutors in Tamaulipas said on Tuesday they had charged [[12 state police officers|arrested;
    a=Prosecutors in Tamaulipas]] over the killing of [[19 people|killed;a=Prosecutors in
    Tamaulipas]], most of them Guatemalan migrants, whose burned bodies were found in a pickup
    near Camargo in January. [[Sixteen of the victims|killed;a=Guatemala's foreign ministry]]
    were from Guatemala, Guatemala's foreign ministry said, and the
    [[other three|killed;n=-;a=Guatemala's foreign ministry]] were Mexican. Relatives in the village of Comitancillo
    said the migrants had paid a smuggler about {{$10,000}} each. The remains were flown home in
    March, after forensic experts identified [[17 of the dead|killed;n=dead]].
    """,
)

item(
    "Kidnappers seize migrants from bus in Tamaulipas; police free 49 in Matamoros",
    """
    [[Thirty-one migrants|kidnapped;a=Mexico's security ministry]] were abducted by armed men who
    stopped their bus on the highway between Reynosa and Matamoros on Saturday, Mexico's security
    ministry said. The kidnappers let the driver and [[three passengers|other]]
    go. In a separate operation, police in Matamoros freed [[49 migrants|kidnapped;a=police in
    Matamoros]] held in a house, among them [[three families|kidnapped]], and arrested
    [[four suspects|arrested]], the police said. Doctors Without Borders said it had treated
    [[more than 200 kidnapping survivors|injured;n=survivors;a=Doctors Without Borders]] in Reynosa
    and Matamoros in {{six months}}. Migrants said gangs demanded ransoms of {{$3,000}} to
    {{$5,000}} from relatives in the United States. Shelters in Reynosa, with room for
    [[about 2,000 people|capacity;a=shelter managers]], were full, shelter managers said.
    """,
)

item(
    "Seventeen Haitians drown as boat capsizes off Bahamas",
    """
    [[Seventeen Haitian migrants|killed;a=the Bahamas government]], [[15 of them women|killed;
    n=women;a=the Bahamas government]], drowned when their speedboat capsized off New Providence early on Sunday, the
    Bahamas government said. [[Twenty-five people|other]] were rescued. The boat was believed to
    have been carrying [[about 60 people|displaced;a=the prime minister]] on their way to Miami,
    the prime minister said, and [[two Bahamian men|arrested;a=police]] were arrested on suspicion
    of smuggling, according to police. The US Coast Guard said it had intercepted
    [[more than 7,000 Haitians|returned;a=The US Coast Guard]] at sea in {{fiscal 2022}} and
    returned them to Haiti. The International Organization for Migration said
    [[nearly 1,000 people|returned;a=The International Organization for Migration]] were sent back
    to Cap-Haïtien in a single week.
    """,
)

item(
    "Venezuela recovers bodies after boat to Trinidad sinks off Güiria",
    """
    Venezuelan authorities said on Sunday they had recovered [[28 bodies|killed;a=Venezuelan
    authorities]] from the sea off Güiria, where a boat carrying migrants to Trinidad sank
    {{a week}} earlier. The attorney general, Tarek William Saab, said the boat's owner and
    captain had been arrested. Relatives said the boat had left
    with [[between 25 and 30 people|displaced;a=Relatives]], and that [[at least 11|missing;
    a=Relatives]] were still unaccounted for. Trinidad and Tobago had turned away [[16 children|returned]]
    and [[11 adults|returned]] on the same boat days earlier. Trinidad
    deported [[about 160 Venezuelans|returned;a=the ministry]] in {{November}}, the ministry said.
    """,
)

item(
    "Texas anthropologists put names to migrants buried in county graves",
    """
    Forensic anthropologists at Texas State University said they had identified
    [[more than 120 people|killed;a=Forensic anthropologists at Texas State University]] among the
    [[about 400 sets of remains|killed;n=sets]] they have exhumed from unmarked graves in Brooks
    and Kenedy counties since {{2013}}. Many were buried without a name at the Sacred Heart
    cemetery in Falfurrias, where [[dozens of graves|other;u=other]] held only a plastic bag.
    Brooks County's sheriff said deputies had recovered the bodies of [[74 migrants|killed;a=Brooks County's sheriff]] in the ranch lands around the Falfurrias checkpoint in
    {{2022}}. The South Texas Human Rights Center maintains [[about 180 water drums|aid;u=other;
    a=The South Texas Human Rights Center]] on the ranches, it said.
    """,
)

item(
    "Caravan of thousands sets off from Tapachula as shelters overflow",
    """
    [[Between 3,000 and 4,000 migrants|displaced;a=Mexico's National Migration Institute]] left
    Tapachula on foot on Sunday, heading north, Mexico's National Migration Institute said. Most
    were from Venezuela, Honduras and Cuba, and [[hundreds of families|displaced]] pushed strollers
    along the highway. Mexico deployed [[about 800 National Guard troops|combatants;a=the
    government]] along the route, the government said. Shelters in Tapachula, which have room for
    [[about 1,500 people|capacity;a=the Catholic diocese]], were holding [[more than 4,000|displaced;
    a=the Catholic diocese]], the Catholic diocese said. Rains last week flooded [[two of the shelters|housing;n=shelters]]. A church kitchen served
    [[3,500 meals a day|aid]]. Officials said they would bus [[up to 2,000 people|displaced;p;
    a=Officials]] to other states to process their papers, and that [[two migrants|killed;a=Officials]] had
    been hit by a car the day before.
    """,
)

item(
    "Title 42 ends: what changes at the border",
    """
    The public-health order known as {{Title 42}}, used since {{March 2020}}, expired at
    {{11.59pm}} on {{May 11, 2023}}, and the United States returned to processing migrants under
    {{Title 8}}. Under the new rules, people who cross without using legal pathways are barred from
    asylum for {{five years}}. The administration said the order had been used in about
    {{60%}} of encounters, though many were repeat crossers. Appointments through the CBP
    One app can now be booked {{14 days}} ahead. The {{2024}} budget request included {{$4.7 billion}} for a
    border contingency fund.
    """,
)

item(
    "Appeals court orders Texas to move Rio Grande buoys to the bank",
    """
    A federal appeals court on {{Thursday}} upheld an order requiring Texas to move its
    {{1,000-foot}} line of buoys from the middle of the Rio Grande to the riverbank. The court's
    ruling, by a {{2-1}} vote, came {{four months}} after a district judge found the barrier
    likely violated the Rivers and Harbors Act of {{1899}}. Texas spent about {{$1 million}} on
    the buoys, which were installed in {{July 2023}}. The state said it would seek a rehearing
    within {{14 days}}.
    """,
)
