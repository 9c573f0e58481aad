"""The US-Mexico border: encounters and apprehensions, expulsions and removals, detention,
deaths, children travelling alone, Mexico's shelters, camps and kidnappings (15 texts with
figures, 2 without)."""

from _wrap import item

item(
    "Border encounters hit monthly record of 302,000 in December",
    """
US Customs and Border Protection recorded
[[302,034 encounters|arrested;a=US Customs and Border Protection]] at the southwest border in
{{December 2023}}, the highest monthly figure on record. Border Patrol agents apprehended
[[249,785 people|arrested]] between ports of entry, while [[about 52,000|arrested]] were
processed at official crossings, many with appointments made on a phone app. On several days
agents made [[more than 10,000 arrests|arrested]]. In Eagle Pass, Texas, a city of [[about 28,000 people|civilians;a=local officials]],
[[about 4,000 migrants|displaced;a=local officials]] waited under the international bridge to
be processed on {{December 18}}, local officials said. CBP said it had reassigned
[[hundreds of officers|combatants;a=CBP]] to help agents and temporarily closed
[[two rail crossings|other;a=CBP]]. The total for {{fiscal year 2023}} was
[[2.48 million|arrested]].
""",
)

item(
    "Title 42 ends after 2.8 million expulsions",
    """
The pandemic-era order known as {{Title 42}} expired at {{11:59pm}} on {{May 11, 2023}}, after
US authorities had carried out [[about 2.8 million expulsions|returned]] under it. CBP said
{{27%}} of those caught in the last year of the order had crossed before. In its final days,
[[about 10,000 people a day|arrested]] were stopped by agents, and the Pentagon had ordered
[[1,500 active-duty troops|combatants;p]] to the border. In Matamoros, across from
Brownsville, [[about 3,000 migrants|displaced;a=Mexican officials]] camped along the Rio
Grande, Mexican officials said. Mexico agreed to take back
[[up to 30,000 people a month|returned;p]] from Venezuela, Cuba, Haiti and Nicaragua. The
CBP One app, the only way to ask for an appointment at a port of entry, offered
[[1,000 appointments a day|other;u=other]].
""",
)

item(
    "Migrant deaths at the border reach a record, Border Patrol says",
    """
The Border Patrol recorded [[853 migrant deaths|killed;a=The Border Patrol]] along the
southwest border in {{fiscal 2022}}, the deadliest year since it began counting in {{1998}}.
Most died of heat or drowned in the Rio Grande. Maverick County's sheriff said deputies had
recovered [[17 bodies|killed;a=Maverick County's sheriff]] from the river near Eagle Pass since
October. The agency said its agents had carried out
[[more than 22,000 rescues|other;a=The agency;alt=The Border Patrol]] in the same period. The
Colibrí Center for Human Rights said families had reported
[[more than 3,500 people|missing;a=The Colibrí Center for Human Rights]] missing on the border
since {{2006}}. In San Antonio, [[53 people|killed]] died in an abandoned tractor-trailer in
{{June 2022}}; [[16 survivors|injured]] were taken to hospital.
""",
)

item(
    "Fire at Ciudad Juárez migrant detention centre kills 40",
    """
[[Forty men|killed;a=Mexico's government]] died and [[27|injured;a=Mexico's government]] were
injured when a fire broke out at a National Migration Institute (INM) detention centre in
Ciudad Juárez late on Monday, Mexico's government said. The INM said
[[68 men|arrested;a=The INM]] were being held in the cell block, most from Guatemala, Honduras,
Venezuela and El Salvador, after being rounded up in the streets that day. Prosecutors said
they had arrested [[five people|arrested;a=Prosecutors]], [[two guards|arrested;a=Prosecutors]]
among them. Guatemala's foreign ministry said
[[18|killed;a=Guatemala's foreign ministry]] of the dead were Guatemalan. The site, which had
space for [[about 100 people|capacity]], was closed {{two days}} later.
""",
)

item(
    "ICE detention population reaches a record",
    """
ICE said it was holding [[59,762 people|arrested;a=ICE]] in immigration detention on
{{June 29}}, the most since it began publishing figures, and that {{71%}} had no criminal
conviction. Congress had funded [[41,500 beds|capacity]] for the year, and the administration
plans to expand capacity to [[100,000 beds|capacity;p;a=the administration]]. The agency said
it removed [[271,484 people|returned;a=The agency;alt=ICE]] in {{fiscal year 2024}}, to
[[192 countries|other;u=other;a=The agency;alt=ICE]]. Witness at the Border, which tracks the
agency's charter planes, counted [[1,565 removal flights|other;a=Witness at the Border]] in the
{{first}} {{five months}} of the year.
""",
)

item(
    "Pentagon sends more troops as border arrests fall to decades low",
    """
Border Patrol agents made [[about 8,400 apprehensions|arrested;a=CBP]] at the southern border
in March, the lowest monthly total since the {{1960s}}, CBP said. The Pentagon said
[[about 9,600 troops|combatants;a=The Pentagon]] were now deployed and that
[[3,000 more|combatants;p;n=-;a=The Pentagon]] would follow. In New Mexico, where the army took
control of a strip of federal land, soldiers have detained
[[more than 80 migrants|arrested]] for trespassing. At the naval base at Guantánamo Bay,
[[about 500 migrants|arrested]] have been held since February. The administration has said the
base could hold [[up to 30,000|capacity;p;a=The administration]].
""",
)

item(
    "Record 152,000 children crossed the border alone in fiscal 2022",
    """
CBP said border agents encountered [[152,057 unaccompanied children|arrested;a=CBP]] in
{{fiscal 2022}}, a record. The Office of Refugee Resettlement, which must take them into its
care within {{72 hours}}, said it had
[[about 10,300 children|displaced;a=The Office of Refugee Resettlement]] in its shelters on
Friday. The office runs [[about 200 shelters|capacity]] in
[[more than 20 states|other;u=other]], and emergency sites at Fort Bliss can hold
[[up to 10,000 children|capacity]]. About {{70%}} of the children are {{aged 15}} or older. A
government audit found the office could not reach
[[more than 32,000 children|missing;a=A government audit]] after they had been released to
sponsors.
""",
)

item(
    "Tijuana shelters full as thousands wait in Mexico",
    """
[[About 30 shelters|capacity;a=the city's migrant affairs office]] in Tijuana were full this
week, housing [[some 6,000 people|displaced;a=the city's migrant affairs office]], the city's
migrant affairs office said. [[Thousands more|displaced;n=-]] rent rooms or sleep in the
street. In Matamoros, a camp on the banks of the Rio Grande that once held
[[about 2,500 people|displaced]] has been cleared, and Mexican authorities took down
[[about 800 tents|housing]]. Under the "Remain in Mexico" programme,
[[about 71,000 asylum seekers|displaced]] were sent to wait in Mexico between {{2019}} and
{{2022}}. Human Rights First documented
[[at least 1,500 kidnappings|kidnapped;a=Human Rights First]] and other attacks on them.
""",
)

item(
    "Gunmen abduct migrants from bus in Tamaulipas",
    """
Armed men stopped a bus near Reynosa on Saturday and took
[[31 migrants|kidnapped;a=Mexico's National Migration Institute]] from it, Mexico's National
Migration Institute said. [[Two women|injured]] on the bus were taken to hospital. The state's
prosecutor said [[three suspects|arrested;a=The state's prosecutor]] had been detained, and
the National Guard said it had sent [[300 troops|combatants;a=the National Guard]] to patrol
the highway. Médecins Sans Frontières said
[[more than 400 migrants|kidnapped;a=Médecins Sans Frontières]] it treated in Reynosa and
Matamoros last year had been kidnapped. The Senda de Vida shelters in Reynosa house
[[about 4,500 people|displaced]]. Relatives often receive ransom demands of {{$5,000}} or more.
""",
)

item(
    "Texas has bused more than 100,000 migrants to other cities, Abbott says",
    """
Texas Governor Greg Abbott said the state had bused
[[more than 102,000 migrants|displaced;a=Texas Governor Greg Abbott]] to cities including New
York, Chicago, Denver and Washington since {{April 2022}}, at a cost of {{$148 million}}. New
York City said it had taken in [[more than 200,000 migrants|displaced;a=New York City]] and was
sheltering [[about 58,000|displaced;a=New York City]] in
[[more than 210 sites|capacity;a=New York City]]. Under Operation Lone Star, the state has
deployed [[up to 10,000 National Guard soldiers|combatants]] and state troopers to the border.
The city's shelter system peaked at [[about 69,000 migrants|displaced]] in {{January 2024}}. The Texas Department of Public Safety said it had arrested
[[more than 40,000 people|arrested;a=The Texas Department of Public Safety]] in the operation.
""",
)

item(
    "CBP One app gave appointments to more than 936,000",
    """
CBP said [[more than 936,500 people|displaced;a=CBP]] had been let in at ports of entry with
appointments made through the CBP One app before it was shut down on {{January 20}}. The app
offered [[1,450 appointments a day|other;u=other]]. In Ciudad Juárez,
[[hundreds of migrants|displaced]] who had waited months for a slot learned that their
appointments had been cancelled. The federal shelter there, Leona Vicario, built for
[[about 1,000 people|capacity]], held [[fewer than 100|displaced]] at the end of the month.
Separately, DHS said the parole programme for Cubans, Haitians, Nicaraguans and Venezuelans
had admitted [[about 531,000 people|displaced;a=DHS]]. Officials said
[[between 25,000 and 30,000|displaced;a=Officials]] a month had arrived by air under it.
""",
)

item(
    "Mexico sends Guard troops north as detentions reach record",
    """
Mexico began deploying [[10,000 National Guard troops|combatants]] to its northern border on
{{February 4}}. The interior ministry said the National Migration Institute had detained
[[about 925,000 migrants|arrested;a=The interior ministry]] in {{2024}} and deported
[[about 25,000|returned;a=The interior ministry]]. In Tapachula, near the border with
Guatemala, [[about 3,500 migrants|displaced]] wait for papers. Mexico's refugee commission
received [[78,975 asylum applications|displaced]] in {{2024}}, down from
[[140,982|displaced]] in {{2023}}. The government said it had received
[[4,000 Mexicans|returned;a=The government]] deported by the United States in the {{first}}
week of the new US administration.
""",
)

item(
    "Truck crash in Chiapas kills 55 migrants",
    """
[[At least 55 people|killed;a=Chiapas civil protection officials]] were killed and
[[more than 100|injured;a=Chiapas civil protection officials]] injured when a tractor-trailer
packed with migrants overturned on a curve near Tuxtla Gutiérrez on Thursday, Chiapas civil
protection officials said. The truck was carrying [[about 160 people|other]]. Guatemala's
foreign ministry later said that [[37 Guatemalans|killed;a=Guatemala's foreign ministry]] were
among the dead. Survivors said they had paid smugglers {{$3,500}} each. Mexican prosecutors
said they had arrested [[two suspected smugglers|arrested;a=Mexican prosecutors]].
[[Fifteen|injured]] remained in hospital a week later.
""",
)

item(
    "El Paso releases migrants to the street as shelters fill",
    """
The Border Patrol released [[about 1,100 migrants|displaced]] onto El Paso's streets on Sunday.
City officials said the shelters run by Annunciation House and the city could take
[[about 1,900 people|capacity;a=City officials]] between them. The agency said
[[more than 2,500 people|arrested;a=The agency;alt=The Border Patrol]] were in its custody in
the El Paso sector. The city declared a state of emergency for {{30 days}} and opened
[[two schools|capacity]] as temporary shelters. Volunteers served
[[3,000 meals a day|aid]]. Texas sent [[400 National Guard soldiers|combatants]] to the
city.
""",
)

item(
    "ICE arrests average 1,100 a day as administration sets higher target",
    """
ICE made [[an average of 1,100 arrests a day|arrested;q=approx;a=officials]] in the summer,
officials told Reuters. In a raid at a battery plant in Georgia, agents detained
[[475 people|arrested]], [[more than 300|arrested]] of them South Korean nationals. The
administration has set a target of [[3,000 arrests a day|arrested;p;a=The administration]]
and plans to hire [[10,000 more officers|combatants;p;a=The administration]]. DHS said agents
had arrested [[about 1,500 people|arrested;a=DHS]] in the Chicago area during its operation
there. [[Four people|injured]] were hurt when protesters clashed with agents outside the
Broadview processing centre.
""",
)

item(
    "Congress approves border wall money in spending bill",
    """
The bill provides {{$46.5 billion}} for wall construction and related technology along the
southern border, to be spent by {{September 30, 2029}}. Officials said about {{700 miles}} of
new or replacement barrier could be built, with steel bollards up to {{30 feet}} tall. The
measure also raises the fee for an asylum application to {{$100}}. Opponents said {{15%}} of
the money had no clear purpose. The last stretch of wall built under the {{first}} Trump
administration was finished in {{January 2021}}.
""",
)

item(
    "Appeals court lets asylum restrictions stand for now",
    """
The {{9th Circuit}} Court of Appeals ruled {{2-1}} on {{August 1}} that the administration's
asylum restrictions could stay in force while the case goes on. The rule, issued under Section
{{212(f)}} of the Immigration and Nationality Act, took effect at {{12:01am}} on
{{June 5, 2024}}. Lawyers for the plaintiffs said they had {{14 days}} to ask for a rehearing.
The judge who wrote the dissent, {{71}}, said the rule was "contrary to the plain text" of the
law.
""",
)
