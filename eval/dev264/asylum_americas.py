"""dev264 items: the United States, Canada, Mexico, Central and South America and the
Caribbean, 2014-2026."""

from _wrap import item

item(
    "Southwest border encounters hit record in fiscal 2023",
    """
US Customs and Border Protection recorded [[2,475,669 encounters|displaced;u=person;a=US Customs
and Border Protection]] at the southwest border in {{fiscal year 2023}}, which ended on
{{30 September}}, up from [[2.38 million|displaced;a=US Customs and Border Protection]] in
{{fiscal 2022}}. Border Patrol agents apprehended [[about 250,000 people|arrested;a=the
agency;alt=US Customs and Border Protection]] between ports of entry in {{December 2023}}
alone, the agency said later, the highest monthly total on record. Under Title {{42}}, the
pandemic-era health order that ended in {{May 2023}}, the United States carried out
[[more than 2.8 million expulsions|returned;u=person]]. Texas has deployed
[[some 10,000 National Guard troops and state police|combatants;n=National Guard troops and
state police;a=the governor's office]] to the Rio Grande under Operation Lone Star, according to the governor's
office. Officials in El Paso said [[about 2,000 migrants|displaced;a=Officials in El Paso]]
were sleeping on the streets near Sacred Heart church.
""",
)

item(
    "New York's shelter system strains under migrant arrivals",
    """
[[More than 180,000 migrants|displaced;a=City Hall]] have passed through New York City's care
since {{spring 2022}}, City Hall said in {{March 2024}}, and [[about 65,000|displaced;a=City
Hall]] remain in its shelters. The city has opened [[more than 200 emergency shelters|capacity;a=The
city]], it says, including [[14 large humanitarian relief centres|capacity;a=The city]] such as the one at
Randall's Island, with tents for [[2,000 single men|capacity;a=The city]]. [[About 15,000 families with
children|displaced;n=families]] are in city-run hotels. In {{summer 2023}},
[[hundreds of men|displaced]] slept on the pavement outside the Roosevelt Hotel intake centre
for several nights. The mayor says the city has spent {{$4.88 billion}} and has imposed a
{{60-day}} limit on shelter stays for families.
""",
)

item(
    "Chicago police stations fill with migrants sleeping on floors",
    """
[[More than 3,000 migrants|displaced;a=the city]] were sleeping on the floors of police stations
and at O'Hare airport in {{October 2023}}, the city said, waiting for a bed in
the city's [[26 shelters|capacity;a=the city]]. Texas Governor Greg Abbott's office says it has
bused [[more than 100,000 migrants|displaced;a=Texas Governor Greg Abbott's office]] to
Democratic-run cities since {{April 2022}}, [[over 25,000|displaced;a=Texas Governor Greg
Abbott's office]] of them to Chicago. The city plans to put up heated tents for [[2,000
people|capacity;p;a=The city]] in Brighton Park before winter. A {{five-year-old}} boy died
after falling ill in a park-district shelter holding [[about 2,300 people|displaced]]. City
officials said [[10 more buses|other;a=City officials]] arrived over the weekend. [[About 400 families|displaced]] were among those waiting at police
stations.
""",
)

item(
    "Fire in Ciudad Juárez migration centre kills dozens",
    """
[[Forty migrants|killed;a=Mexico's National Migration Institute]] died and
[[27 others|injured;n=-;a=Mexico's National Migration Institute]] were injured when a fire broke out
in a detention cell at a Ciudad Juárez migration centre late on {{27 March 2023}}, Mexico's
National Migration Institute said. [[Sixty-eight men|arrested]] from Guatemala, Venezuela,
Honduras and El Salvador were locked in the cell. Security video showed guards walking away as
smoke filled the room. Prosecutors said they had arrested [[five people|arrested;a=Prosecutors]],
including [[three officials of the institute|arrested;a=Prosecutors;n=officials]] and a private
security guard. The government later paid compensation to the families of the
dead.
""",
)

item(
    "Darién crossings top half a million in 2023",
    """
[[More than 520,000 people|displaced;a=Panama's migration service]] crossed the Darién jungle
from Colombia in {{2023}}, Panama's migration service said, [[about 113,000|displaced;a=Panama's
migration service]] of them children. At the Lajas Blancas reception station, built for
[[about 1,000 people|capacity;a=UNICEF]], [[more than 3,000|displaced;a=UNICEF]] were waiting to be bused
north on some days, UNICEF said. Médecins Sans Frontières said it treated
[[676 survivors of sexual violence|injured;n=survivors;a=Médecins Sans Frontières]] on the route during the
year. Survivors describe armed men stopping groups on the trail; MSF said
[[at least 70 people|kidnapped;a=MSF;alt=Médecins Sans Frontières]] told its teams they had been
held for ransom. The International Organization for Migration recorded
[[at least 55 deaths|killed;a=The International Organization for Migration]] in the jungle, and
Panama's forensic service said [[dozens of bodies|killed]] recovered on the route had never been
identified. Relatives have reported [[30 to 40 people|missing;a=Relatives]] to Panamanian
prosecutors.
""",
)

item(
    "Mexico: gunmen seize 31 migrants from bus near Reynosa",
    """
Gunmen took [[31 migrants|kidnapped;a=Mexican authorities]] off a bus near Reynosa, in
Tamaulipas state, on {{30 December 2023}}, Mexican authorities said. They included
[[five children|kidnapped;a=Mexican authorities]]. Security forces found and freed
[[all 31|kidnapped]] {{four days}} later. Tamaulipas prosecutors said they had arrested
[[two suspects|arrested;a=Tamaulipas prosecutors]]. Migrant shelters in the state say they
hear of [[hundreds of kidnappings|kidnapped;a=Migrant shelters in the state]] a year but few are reported. The
Mexican government deployed [[about 300 troops|combatants]] to patrol the highway after the
abduction.
""",
)

item(
    "Mexico's refugee agency swamped by record claims",
    """
Mexico's refugee commission COMAR received [[140,982 asylum applications|displaced;a=the commission;alt=Mexico's
refugee commission COMAR]] in {{2023}}, a record, the commission said, with Haitians lodging
[[about 44,000|displaced;a=the commission;alt=Mexico's refugee commission COMAR]] of them. More than {{60%}} were filed in Tapachula,
near the Guatemalan border. The commission has [[fewer than 300 staff|other;a=The
commission;alt=COMAR]], it said. In {{October}} a caravan of [[about 7,000 people|displaced;a=organisers]]
set off north from the city, organisers said. Mexico's migration institute said it had
returned [[more than 30,000 Central Americans|returned;n=Central Americans;a=Mexico's migration institute]] to
their countries by road in the {{first half}} of the year.
""",
)

item(
    "Venezuelans in Colombia: permits, returns and a border that never empties",
    """
Colombia hosts [[about 2.9 million Venezuelans|displaced;a=Migración Colombia]], according to
Migración Colombia, the largest population of any country. Under the temporary protection
statute introduced in {{2021}}, the agency has issued [[more than 1.8 million
permits|other;u=other;a=the agency;alt=Migración Colombia]], it said. The interagency platform
{{R4V}} puts the total number of Venezuelans abroad at [[7.7 million|displaced;a=The interagency
platform R4V]]. During the pandemic [[over 100,000|returned]] went home across the Simón
Bolívar bridge. Border officials said [[35,000 people a day|other;a=Border officials]]
crossed at Cúcuta in {{2019}}, most to buy food and go back.
""",
)

item(
    "Roraima shelters: Operation Welcome relocates Venezuelans",
    """
Brazil's Operation Welcome ran [[13 shelters|capacity;a=the army]] in Boa Vista and Pacaraima
in {{2022}}, the army said, housing [[about 7,000 Venezuelans|displaced;a=the army]], among
them [[hundreds of Warao indigenous people|displaced]]. The programme has flown or bused
[[more than 100,000 people|displaced;a=UNHCR]] to other Brazilian states since {{2018}},
UNHCR said. [[About 500 troops|combatants]] run the reception and screening post at the
border. In {{2018}} residents of Pacaraima burned the tents and belongings of migrants after a
robbery.
""",
)

item(
    "Chile expels migrants by air as Colchane crisis deepens",
    """
Chile flew [[138 migrants|returned;a=Chile's interior ministry]], most of them Venezuelans,
back to Caracas on air force planes on {{10 February 2021}}, Chile's interior ministry said.
The village of Colchane, with [[about 1,600 residents|civilians]], had seen
[[more than 1,800 people|displaced;a=local officials]] cross from Bolivia in
{{a week}}, local officials said. [[Two migrants|killed]] died of cold on the altiplano.
In {{September 2021}} marchers in Iquique burned [[dozens of tents|housing;u=other]] that
migrants had pitched on the seafront. The government sent
[[1,200 troops|combatants;a=The government]] to the northern border, it said.
""",
)

item(
    "US asylum backlog passes one million cases at USCIS",
    """
[[More than 1 million affirmative asylum applications|displaced;a=US Citizenship and
Immigration Services]] were pending at US Citizenship and Immigration Services at the end of
{{fiscal 2023}}, the agency reported. Syracuse University's TRAC data centre said the immigration courts had
[[about 1.5 million asylum cases|displaced;u=person;a=Syracuse University's TRAC data centre]] on
their dockets, and that judges granted asylum to [[about 38,000 people|displaced;a=Syracuse University's TRAC data centre]]
during the year and denied [[about 42,000|other;a=Syracuse University's TRAC data centre]].
USCIS has [[about 1,000 asylum officers|other]]. The administration wants to hire
[[800 more|other;n=-;p;a=The administration]].
""",
)

item(
    "ICE detention numbers at record as deportation flights rise",
    """
Immigration and Customs Enforcement was holding [[more than 59,000 people|arrested;a=Immigration
and Customs Enforcement]] in detention in {{June 2025}}, according to its own data, the most on
record. About {{70%}} had no criminal conviction. ICE
used [[more than 200 detention facilities|capacity;a=the agency]], from county jails to tent
camps, the agency said, and deportation flights to Venezuela carried
[[about 1,500 people|returned;a=the agency]] in {{February}}. ICE removed
[[271,484 people|returned;a=ICE]] in {{fiscal 2024}}, ICE said. Advocates counted
[[at least 12 deaths|killed;a=Advocates]] in ICE custody in the fiscal year. The agency wants
[[100,000 beds|capacity;p;a=The agency;alt=Immigration and Customs Enforcement]], it said.
""",
)

item(
    "Roxham Road: irregular crossings into Quebec",
    """
[[39,171 asylum seekers|displaced;a=the Royal Canadian Mounted Police]] crossed into Canada
between official ports of entry in {{2022}}, the Royal Canadian Mounted Police said, almost
all of them at Roxham Road south of Montreal. The crossing was closed under a deal with the
United States in {{March 2023}}. Quebec said it had moved [[more than 5,000 claimants|displaced;a=Quebec]]
to hotels in Ontario. In Toronto, [[about 200 refugee claimants|displaced;a=shelter
workers]] were sleeping on the pavement outside the shelter intake office on Peter Street in
{{July 2023}}, shelter workers said, and the city said [[2,800 beds|capacity;a=the city]] in
its shelter system were used by refugees. Immigration, Refugees and Citizenship Canada said
[[more than 144,000 asylum claims|displaced;a=Immigration, Refugees and Citizenship Canada]]
were made in Canada in {{2023}}, a record.
""",
)

item(
    "Dominican Republic steps up deportations of Haitians",
    """
The Dominican Republic deported [[276,000 Haitians|returned;a=the General Directorate of
Migration]] in {{2024}}, the General Directorate of Migration said, and the government set a
target of [[10,000 a week|returned;p;a=the government]] in {{October}}. The International
Organization for Migration said it assisted [[about 1,200 people a day|aid;a=The International
Organization for Migration]] at the Belladère and Ouanaminthe crossings. Haitian officials said
[[dozens of pregnant women|returned;a=Haitian officials]] had been taken from
hospitals and deported. The US Coast Guard repatriated [[65 Haitians|returned;a=The US Coast
Guard]] intercepted off the Bahamas, it said.
""",
)

item(
    "USCIS sets new fees for asylum applicants",
    """
US Citizenship and Immigration Services will charge a {{$100}} fee for each asylum
application from {{1 April 2024}}, the first time the country has charged for asylum. Work
permit fees rose to {{$470}} for online filings. Applicants may seek a work permit
{{150 days}} after filing, and the agency aims to decide claims within {{180 days}}. Its
budget for {{fiscal year 2025}} is {{$6.3 billion}}, of which fees cover about {{96%}}.
""",
)

item(
    "Costa Rica ends transit charge for migrants",
    """
Costa Rica will no longer charge migrants the {{$30}} fee for the bus ride from its border with
Panama to Nicaragua, officials said on {{7 July 2024}}. Panama's president, José Raúl Mulino,
sworn in on {{1 July}}, has promised to close the Darién route and signed a {{$6 million}}
deal with Washington to pay for deportation flights. Arrivals through the jungle fell by
{{94%}} in {{2025}}, according to Panama's government, and crossings in {{January}} were at
their lowest since {{2020}}.
""",
)
