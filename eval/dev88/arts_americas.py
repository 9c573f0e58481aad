"""dev88 items: the Americas (Haiti, Mexico, Peru, the United States, Panama, Nicaragua, Brazil,
Canada), and one item without a figure."""

from _wrap import item

item(
    "UN says gang violence killed more than 5,600 in Haiti last year",
    """
[[More than 5,600 people|killed;a=the UN human rights office]] were killed in gang violence across
Haiti in {{2024}}, up from [[4,789|killed;a=the UN human rights office]] in {{2023}}, the UN human
rights office said on Tuesday. [[A further 2,212|injured;a=the office;alt=the UN human rights
office]] were injured and [[1,494|kidnapped;a=the office;alt=the UN human rights office]]
kidnapped, the office said. The International Organization for Migration says [[over a million
people|displaced;a=The International Organization for Migration;v=1000000;q=at_least]] are now
displaced. A Kenyan-led security mission that was meant to reach [[2,500 officers|combatants;p]]
had [[about 1,000|combatants]] on the ground by January, [[roughly 400 of
them|combatants;n=-]] from Kenya.
""",
)

item(
    "Fire at Mexican migrant detention centre kills 39",
    """
A fire at an immigration detention centre in Ciudad Juárez, across the border from El Paso,
killed [[39 men|killed;a=Mexico's National Migration Institute]] late on Monday, Mexico's
National Migration Institute said, and [[at least 28|injured;a=Mexico's National Migration
Institute]] were taken to hospital in serious condition. The centre was holding [[68 adult
men|arrested;a=the institute;alt=Mexico's National Migration Institute]] from Central and South
America at the time, the institute said. The toll rose to [[40|killed]] when a Guatemalan man
died in hospital. Prosecutors later arrested [[five people|arrested]], including [[two federal
agents|arrested]]. The city's shelters, with space for [[about 3,000 people|capacity;a=local
officials]], were full, local officials said.
""",
)

item(
    "Peru protest toll rises to 60 after clashes in Juliaca",
    """
The number of people killed in {{six weeks}} of protests against Peru's government rose to
[[60|killed;a=the ombudsman's office]] from [[48|killed;a=the ombudsman's office]] at the start of
the month, the ombudsman's office said, including [[17|killed;a=the ombudsman's office]] in a
single day of clashes near the airport in Juliaca. The health ministry said [[more than 1,300
people|injured;a=The health ministry]], among them [[about 580 police officers|injured;a=The
health ministry]], had been treated for injuries. Police used an armoured vehicle to break into
the campus of San Marcos University in Lima on Saturday and detained [[192 people|arrested]] who
had been housing protesters there. [[Thousands of people|other]] from the southern Andes have
travelled to the capital to join the marches.
""",
)

item(
    "Helene death toll passes 200 as searches continue in North Carolina",
    """
The death toll from Hurricane Helene across the US Southeast rose to [[more than
200|killed;a=state officials]] on Tuesday, including [[95|killed;a=state officials]] in North
Carolina, state officials said. Buncombe County officials said [[about 600
people|missing;a=Buncombe County officials]] remained unaccounted for, although many were thought
to be safe but out of phone contact. FEMA said it had shipped [[more than 11 million
meals|aid;a=FEMA]] and [[some 150 generators|aid;a=FEMA]] to the region and deployed [[over
7,000 federal workers|other;a=FEMA]]. In Asheville, [[a handful of shelters|capacity]] were
housing [[several hundred residents|displaced]] whose homes had been destroyed. The storm came
ashore in Florida's Big Bend as a {{Category 4}} hurricane with winds of {{140 mph}}.
""",
)

item(
    "Record number of migrants cross Darien Gap",
    """
[[More than 520,000 people|displaced;a=Panama's migration service]] crossed the Darien jungle
between Colombia and Panama in {{2023}}, Panama's migration service said, {{more than double}} the
previous year's record. At the peak in August, [[some 3,000 migrants a day|displaced]] were
arriving at reception stations in Lajas Blancas and San Vicente, which were built for [[about
500 people|capacity]] each and often held [[several thousand|displaced]]. UNICEF said [[about
113,000|displaced;a=UNICEF]] of those crossing were children. Boats from the Colombian port of
Necoclí carry [[from 30 to 50 migrants|other]] at a time across the gulf to the jungle's edge.
Médecins Sans Frontières said it had treated [[676 survivors|other;a=Médecins Sans Frontières]]
of sexual violence along the route.
""",
)

item(
    "Nicaragua frees and expels 222 political prisoners",
    """
Nicaragua released [[222 political prisoners|arrested]] on Thursday and put them on a chartered
flight to Washington, stripping them of their citizenship. Bishop Rolando Álvarez, who refused to
board, was sentenced the next day to {{26 years}} in prison. In September, [[a further
135|arrested]] were freed and flown to Guatemala. Rights groups say [[upwards of 70
people|arrested;a=Rights groups]] remain jailed for political reasons. The crackdown on protests
in {{2018}} killed [[more than 300 people|killed]]. Since then [[over 100,000
Nicaraguans|displaced;a=the UN refugee agency]] have fled to Costa Rica, according to the UN
refugee agency.
""",
)

item(
    "Rio police raid becomes the deadliest in Brazil's history",
    """
The toll from Tuesday's police operation against the Comando Vermelho gang in Rio de Janeiro's
Alemão and Penha favelas stood at [[121|killed;a=the state government]] on Wednesday, [[four of
them|killed;a=the state government;n=-]] police officers, the state government said. Residents
laid out [[more than 60 bodies|killed;a=Residents]] in a square in Penha overnight, saying they
had recovered them from the forest above the neighbourhood. The operation involved [[some 2,500
police|combatants]] backed by armoured vehicles and helicopters. Officials said [[113
people|arrested;a=Officials]] had been arrested and [[93 rifles|other;a=Officials]] seized.
[[About 45 schools|other;a=the education department]] in the area closed, leaving [[some 17,000
pupils|civilians;a=the education department]] without classes, the education department said.
""",
)

item(
    "Yellowknife ordered to evacuate as wildfire nears",
    """
All [[20,000 residents|displaced;p;a=territorial officials]] of Yellowknife, the capital of
Canada's Northwest Territories, have been ordered to leave by {{12pm}} on Friday as a wildfire
burned {{15 km}} from the city, territorial officials said. [[Some 1,500 people|displaced]] were
flown out on Thursday on military and commercial flights, and [[hundreds of cars|other]] queued
on the only highway south. The Canadian Interagency Forest Fire Centre said [[more than 1,000
wildfires|other;u=other;a=The Canadian Interagency Forest Fire Centre]] were burning across the
country, [[about 230 of them|other;u=other;n=-;a=The Canadian Interagency Forest Fire Centre]]
out of control. [[Roughly 168,000 people|displaced]] have been forced from their homes by fires
this year, a record.
""",
)

item(
    "Argentina's monthly inflation slows to 2.7%",
    """
Argentina's monthly inflation slowed to {{2.7%}} in October from {{3.5%}} in September, the
statistics agency INDEC said on Wednesday, the lowest reading since {{November 2021}}. Annual
inflation eased to {{193%}}. President Javier Milei, who took office on {{10 December}} last
year, devalued the peso by {{54%}} in his {{first}} week and has cut public spending by about
{{30%}} in real terms. The official exchange rate stood at {{970}} pesos to the dollar, while the
parallel rate was near {{1,200}}. Argentina owes the IMF about {{$44 billion}} under a programme
agreed in {{2022}}.
""",
)
