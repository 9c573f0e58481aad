"""Costa Rica, Honduras, Guatemala and Mexico: the buses from Paso Canoas, the Honduran count,
the caravans, Tapachula and COMAR, the Ciudad Juárez fire, the Chiapas truck crash, kidnappings
in Tamaulipas, the National Guard and Mexico's detentions and deportations."""

from _wrap import item

item(
    "Costa Rica buses thousands a day from Panama to Nicaragua border",
    """
PASO CANOAS, Costa Rica - Costa Rica is moving [[2,000-2,500 migrants a day|displaced;a=Costa Rica's
migration agency]] from its southern border with Panama to the Nicaraguan frontier on [[some 50
buses|other;a=Costa Rica's migration agency]], Costa Rica's migration agency said on Tuesday. Paso Canoas, a border town of [[about 25,000
people|civilians]], has no shelter of its own. Each
passenger pays {{$30}} for the trip, which takes about {{eight hours}}. The temporary migrant
attention centre at Los Planes, built for [[400 people|capacity;a=the Red Cross]], was holding
[[1,100|displaced;a=the Red Cross]] on Monday night, and [[some 80 families|displaced;a=the Red
Cross]] slept outside, the Red Cross said. Security Minister Mario Zamora said [[200 police
officers|combatants;a=Security Minister Mario Zamora]] had been sent to keep order. A fire in
October destroyed [[12 tents|housing]] at the centre. Costa Rica declared a migration emergency on
{{September 22, 2023}}.
""",
)

item(
    "Costa Rica takes in 200 deportees from the United States",
    """
SAN JOSÉ - A flight carrying [[135 migrants|returned;a=Costa Rica's government]] deported from the
United States landed in San José on Thursday, and [[another 65|returned;p;a=Costa Rica's
government]] were due the next day, Costa Rica's government said. Among them were [[81
children|returned]], many from Afghanistan, China, Russia and Uzbekistan. They were taken by bus to
a centre near the Panamanian border, where the IOM said it expected to repatriate [[about
80|returned;p;a=the IOM]] to their home countries. Human rights lawyers said [[more than 30
Afghans|returned;a=Human rights lawyers]] in the group feared persecution if sent home. In June, a
court ordered the release of [[the remaining 28 migrants|arrested]] still held at the centre. The
United States paid for the operation, which the government said would last {{six weeks}}, under an
agreement signed on {{February 18, 2025}}.
""",
)

item(
    "Honduras counted 545,000 irregular migrants in 2023",
    """
TEGUCIGALPA (AP) - Honduras registered [[545,043 irregular migrants|displaced;a=Honduras' National
Migration Institute]] crossing its territory in {{2023}}, more than {{three times}} the figure for
{{2022}}, Honduras' National Migration Institute said. At the peak, [[more than 3,000 people a
day|displaced]] entered at Trojes and Danlí, near the Nicaraguan border. The institute said it
issued [[about 270,000 transit permits|other;u=other;a=The institute;alt=Honduras' National
Migration Institute]] after Congress waived the {{$240}} fine for irregular entry. Churches run [[12
shelters|capacity]] along the route to the Guatemalan border. The Honduran Red Cross said it gave
water, food or first aid to [[38,000 people|aid;a=The Honduran Red Cross]]. [[Four
migrants|killed;a=police]] died and [[22|injured;a=police]] were hurt when a bus overturned near
Danlí in October, police said.
""",
)

item(
    "Guatemalan forces break up Honduran caravan with tear gas",
    """
GUATEMALA CITY (Reuters) - Guatemalan police and soldiers broke up a caravan of [[about 7,000
Honduran migrants|displaced;a=Guatemala's migration institute]] near Vado Hondo on Sunday, firing
tear gas and beating people with batons, Guatemala's migration institute said. The government had
deployed [[about 2,000 police and soldiers|combatants;n=police and soldiers]] under a state of
emergency declared over {{COVID-19}}. [[At least 40 people|injured;a=the Guatemalan Red Cross]] were
hurt, the Guatemalan Red Cross said. The institute said [[about 4,000|returned;a=The
institute;alt=Guatemala's migration institute]] had been sent back to Honduras on [[more than 100
buses|other;a=The institute;alt=Guatemala's migration institute]] by {{January 19}}. [[Between 800
and 1,000|displaced]] slipped past the cordon and walked on towards Mexico. The caravan had left
San Pedro Sula on {{January 15, 2021}}.
""",
)

item(
    "In Tapachula, asylum seekers wait months for papers",
    """
TAPACHULA, Mexico (AFP) - Mexico's refugee agency, COMAR, said on Tuesday it had received asylum
claims from [[more than 140,000 people|displaced;a=COMAR;alt=Mexico's refugee agency]] in {{2023}},
a record. [[About 40,000 migrants|displaced;a=local officials]] are waiting in Tapachula, a city of
[[350,000 residents|civilians;a=local officials]], for papers that let them travel north, local
officials estimate. Each morning [[about 500 people|displaced]] queue outside COMAR's office before
it opens at {{8 am}}, and [[some 300 families|displaced]] sleep in the central square. The Siglo XXI immigration detention centre, built for [[960
people|capacity;a=the Fray Matías de Córdova Human Rights Centre]], was holding [[more than
2,000|arrested;a=the Fray Matías de Córdova Human Rights Centre]] in April, according to the Fray
Matías de Córdova Human Rights Centre. The wait for a first interview is now {{nine months}}.
""",
)

item(
    "Fire at Ciudad Juárez detention centre kills 40 migrants",
    """
CIUDAD JUÁREZ, Mexico (Reuters) - [[Forty migrants|killed;a=Mexico's National Migration Institute]]
died and [[27 others|injured;a=Mexico's National Migration Institute]] were injured when a fire
swept through an immigration detention centre in Ciudad Juárez on {{March 27, 2023}}, Mexico's
National Migration Institute (INM) said. [[68 men|arrested;a=the institute;alt=Mexico's National
Migration Institute]] from Central and South America were locked in the cell, the institute said.
Security footage showed guards walking away without opening the door. Guatemala's foreign ministry
said [[18 of the dead|killed;a=Guatemala's foreign ministry]] were Guatemalan. Prosecutors later
arrested [[six people|arrested]], including [[three guards|arrested]] and a migration official. The
INM closed [[33 of its holding stations|other;u=structure;n=stations]] for review in the weeks after
the fire.
""",
)

item(
    "Truck crash in Chiapas kills 55 migrants",
    """
TUXTLA GUTIÉRREZ, Mexico - [[At least 55 migrants|killed;a=Chiapas officials]] were killed when the
truck carrying them overturned on a curve outside Tuxtla Gutiérrez on {{December 9, 2021}}, and
[[105 others|injured;a=Chiapas officials]] were hurt, Chiapas officials said. The trailer was packed
with [[more than 160 people|displaced;a=survivors]], survivors said. Guatemala's government said
[[40|killed;a=Guatemala's government]] of the dead were Guatemalan citizens. [[Twenty-one of the
injured|injured;a=the state health department]] were still in hospital on Monday, the state health
department said. Mexican police later arrested [[two suspected smugglers|arrested]]. Each passenger
had paid between {{$2,500}} and {{$3,500}} for the trip to the US border.
""",
)

item(
    "Kidnappings of migrants soar in Mexico's northeast",
    """
REYNOSA, Mexico - Gunmen stopped a bus on the highway to Reynosa and took [[31
migrants|kidnapped;a=Tamaulipas authorities]] off it on {{December 30}}; they were found alive {{five
days}} later, Tamaulipas authorities said. MSF said its teams in Reynosa and Matamoros treated [[more
than 1,200 patients|kidnapped;a=MSF]] who had been kidnapped in {{2023}}. Ransoms of {{$3,000}} to
{{$5,000}} are typically collected from relatives in the United States. [[Some 2,000
migrants|displaced;a=pastor Héctor Silva]] live in the Senda de Vida shelter in Reynosa, pastor
Héctor Silva said. Police freed [[more than 100 migrants|kidnapped;a=the state prosecutor's
office]] from safe houses in the city in {{2024}} and arrested [[17 suspected
kidnappers|arrested;a=the state prosecutor's office]], the state prosecutor's office said.
""",
)

item(
    "Mexico sends National Guard to southern border under US pressure",
    """
MEXICO CITY (Reuters) - Mexico will deploy [[6,000 National Guard troops|combatants;p;a=Foreign
Minister Marcelo Ebrard]] to its southern border with Guatemala, Foreign Minister Marcelo Ebrard said
on Friday, after Washington threatened tariffs of {{5%}} on Mexican goods. [[Another 15,000
troops|combatants;a=the defence ministry]] have been sent to the northern border, the defence
ministry said. The National Migration Institute said it had detained [[more than 3,000
migrants|arrested;a=The National Migration Institute]] in the past week and deported [[about
1,000|returned;a=The National Migration Institute]] to Central America. Shelter workers in Tapachula
said [[several hundred people|displaced;a=Shelter workers]] had arrived in {{48 hours}}. Troops have
set up [[21 checkpoints|other]] on highways leading north from Chiapas. The deal was signed on {{June
7, 2019}}.
""",
)

item(
    "Caravan of 3,000 leaves Tapachula on Christmas Eve",
    """
TAPACHULA, Mexico (AP) - [[About 3,000 migrants|displaced;a=organisers]] set out on foot from
Tapachula on {{December 24}}, among them [[hundreds of children|displaced;a=organisers]], organisers
said. By the following week the caravan had grown to [[some 6,000 people|displaced;a=organisers]],
they said. [[Twelve people|injured]] were treated for heat exhaustion on the first day, when
temperatures reached {{35C}}. The National Migration Institute dissolved the caravan in Oaxaca,
moving [[1,400 migrants|displaced;a=the institute;alt=The National Migration Institute]] on [[30
buses|other;a=the institute;alt=The National Migration Institute]] to other states, the institute
said. Mexico's foreign minister met US Secretary of State Antony Blinken in Mexico City on
{{December 27}} to discuss the flow.
""",
)

item(
    "US-Mexico border is world's deadliest land route, IOM says",
    """
GENEVA - [[At least 686 migrants|missing;a=the International Organization for Migration]] died or
disappeared on the US-Mexico border in {{2022}}, making it the deadliest land route in the world,
the International Organization for Migration said on Tuesday. Heat, drowning and vehicle crashes
were the main causes, and [[at least 33 migrants|killed;a=the agency;alt=the International
Organization for Migration]] died in road accidents in Chiapas and Oaxaca alone, the agency said.
In one case in {{January 2021}}, [[19 bodies|killed]] were found in a burned-out pickup in Camargo,
Tamaulipas, and [[16 of the victims|killed]] were later identified as Guatemalans. [[Twelve state
police officers|arrested]] were arrested over the killings. The IOM recorded [[1,457
people|missing;a=The IOM]] dead or missing on all routes across the Americas that year.
""",
)

item(
    "Southbound migrants cross Costa Rica as the flow reverses",
    """
PEÑAS BLANCAS, Costa Rica - [[About 2,200 migrants|returned;a=Costa Rica's migration agency]]
travelling south crossed from Nicaragua at Peñas Blancas in February, Costa Rica's migration agency
said, most of them Venezuelans who had waited in Mexico for CBP One appointments that never came.
The agency said it ran [[ten buses a week|other;a=The agency;alt=Costa Rica's migration agency]] to
the Panamanian border, charging {{$40}} a seat. [[About 500|returned]] were waiting at the border
post on Monday for places on them. Churches have opened [[two shelters|capacity]] in La Cruz, near
the border, for [[around 60 families|displaced]]. In Mexico, the National Migration Institute said
[[more than 14,000 migrants|returned;a=the National Migration Institute]] had left the country heading
south since {{January 20}}. Costa Rica deployed [[300 police officers|combatants]] along the route.
""",
)

item(
    "Mexico detained a record 782,000 migrants in 2023",
    """
MEXICO CITY - Mexican authorities detained [[782,176 migrants|arrested;a=Mexico's Interior
Ministry]] in {{2023}}, an all-time high, according to figures published by Mexico's Interior
Ministry. They included [[113,000 minors|arrested;a=the ministry;alt=Mexico's Interior Ministry]],
the ministry said. The National Migration Institute deported or returned [[just over 100,000
people|returned]] to their countries over the year. [[About 8,500 National Guard
troops|combatants]] were assigned to migration duties. The INM said it had issued [[9,000
humanitarian visas|other;u=other;a=The INM]] and freed [[about 2,400 migrants|kidnapped;a=The INM]]
from kidnappers. The number of detentions rose {{77%}} from {{2022}}.
""",
)

item(
    "Matamoros camp cleared, tents burned",
    """
MATAMOROS, Mexico (Reuters) - Mexican authorities cleared a riverside camp in Matamoros on Tuesday
where [[about 2,000 migrants|displaced;a=Tamaulipas officials]] had lived for months, burning [[more
than 300 tents|housing;a=Tamaulipas officials]] and [[dozens of makeshift
shelters|housing;a=Tamaulipas officials]], Tamaulipas officials said. Officials said [[about 800
people|displaced;a=Officials]] were moved to a shelter in the city, and that [[four more
shelters|capacity;p;a=Officials]] would open within {{two weeks}}. Police arrested [[17
people|arrested]] who refused to leave. At its height in {{2023}}, the camp held [[as many as 3,500
people|displaced]], among them [[some 400 families|displaced]] with small children.
""",
)

item(
    "Mexico's migration rules: a timeline",
    """
Mexico's {{2011}} Migration Law gave irregular migrants the right to seek asylum and limited
detention to {{36 hours}} before a hearing, a limit the Supreme Court reaffirmed in {{2021}}. The
National Guard was created in {{March 2019}}. In {{April 2023}}, after the Ciudad Juárez fire, the
head of the National Migration Institute was charged with failing to protect detainees. Officials
found to have extorted migrants face fines of up to {{100,000 pesos}} and {{six years}} in prison
under {{Article 159}} of the law. Mexico's presidential term is {{six years}}.
""",
)

item(
    "A girl's drawings of the jungle",
    """
TAPACHULA, Mexico - Valentina was {{eight}} when she crossed the Darién with her mother in {{October
2022}}. Now {{10}}, she draws the jungle in crayon at a church shelter in Tapachula: brown rivers, a
black mud slope, a tent under rain. The crossing took {{six days}}. "She did not speak for {{a
month}} afterwards," her mother, {{31}}, said. A psychologist who visits the shelter {{twice a
week}} said the drawings were a good sign. The family left Maracaibo on {{September 12, 2022}}.
""",
)
