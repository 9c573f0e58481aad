"""Colombia's side: Necoclí, Turbo, Capurganá, Acandí and the Gulf of Urabá, the Clan del Golfo,
the San Andrés route, Colombia's migration agency, ombudsman, navy and police, and the
Venezuelans and Ecuadoreans who went north and, from 2025, came back."""

from _wrap import item

item(
    "Ten thousand migrants stranded in Necoclí as boats run short",
    """
NECOCLÍ, Colombia (Reuters) - [[More than 10,000 migrants|displaced;a=Mayor Jorge Tobón]], most of
them Haitians, are stranded in this Caribbean beach town waiting for boats across the Gulf of
Urabá, Mayor Jorge Tobón said on Thursday. The town has [[about 20,000 residents|civilians;a=Colombia's
migration agency]], and its ferry operators can carry only [[about 500 people a
day|capacity;a=Colombia's migration agency]], according to Colombia's migration agency. [[Hundreds of
families|displaced]] are camping on the beach under plastic sheeting, cooking on wood fires. The
Colombian Red Cross said it had served [[6,000 meals|aid;a=The Colombian Red Cross]] in a week and
that [[at least 1,500 children|displaced;a=The Colombian Red Cross]] were among those waiting.
Police took down [[40 tents|housing]] pitched on the town's main square on {{July 28}}. A boat ticket to
Acandí costs {{$45}}, and many families have run out of money.
""",
)

item(
    "Colombia and Panama set daily quota for Urabá crossings",
    """
BOGOTÁ - Colombia and Panama said on Friday that Panama would accept [[up to 650 migrants a
day|capacity;p;a=Colombia and Panama]] from the Urabá coast, to ease a bottleneck that has left
[[about 19,000 people|displaced;a=Colombia and Panama]], [[some 3,000 families|displaced;a=Colombia and
Panama]] among them, waiting in Necoclí and Turbo. Under the deal
the ferry companies will run [[14 boats a day|other;p]] to Acandí and Capurganá, and no more tickets
will be sold than Panama can take. Colombia's navy said it had sent [[two patrol boats|other;a=Colombia's
navy]] and [[120 marines|combatants;a=Colombia's navy]] to the gulf. Police in Necoclí have
arrested [[eight people|arrested]] for selling fake tickets since {{August 2021}}. The agreement will
be reviewed after {{30 days}}.
""",
)

item(
    "Clan del Golfo runs the migrant route, Crisis Group says",
    """
BOGOTÁ (AP) - The Clan del Golfo, Colombia's largest armed group with [[an estimated 7,000
members|combatants;a=the International Crisis Group]], controls every stage of the migrant route
through Urabá, the International Crisis Group said in a report on Tuesday. The group charges each
migrant about {{$125}} to enter the jungle and earned some {{$57 million}} from the trade in
{{2023}}, the report said. According to Colombian military intelligence, [[about 600
fighters|combatants;a=Colombian military intelligence]] operate in the Darién border area. The army
has deployed [[3,000 soldiers|combatants]] to Urabá since {{2022}}. Prosecutors said they had
arrested [[59 members|arrested;a=Prosecutors]] of the group's smuggling wing. Soldiers freed [[17
migrants|kidnapped;a=the army]] held for ransom near Acandí in March, the army said. [[Two
guides|killed;a=local media]] were shot dead in a dispute over payments in April, local media
reported.
""",
)

item(
    "Migrant boat capsizes off Acandí; eight drown",
    """
ACANDÍ, Colombia - [[At least eight migrants|killed;a=Colombia's navy]] drowned when their boat
capsized off Acandí before dawn on Sunday, and [[five people|missing;a=Colombia's navy]] were still
missing, Colombia's navy said. Rescuers pulled [[16 others|other]] from the water, and [[three
survivors|injured]] were taken to hospital in Turbo with hypothermia. The dead included [[two
children|killed]] and a woman {{aged 23}}. The wooden boat, built for [[12
passengers|capacity;a=survivors]], was carrying [[between 25 and 30 people|displaced;a=survivors]],
survivors said. Police arrested the boat's {{34-year-old}} captain, who they said had set out
despite a storm warning. Waves of up to {{2.5 metres}} were reported in the gulf that night.
""",
)

item(
    "Necoclí's migrant economy: hostels, boats and boots",
    """
NECOCLÍ, Colombia (AFP) - Necoclí now has [[more than 40 hostels|capacity;u=structure;a=the mayor's
office]], and its ferry firms sold [[more than 240,000 tickets|other;u=other;a=the mayor's office]]
to migrants in {{2023}}, the mayor's office said. The office estimates that [[about 1,200
residents|other;a=The office;alt=the mayor's office]] make a living from the trade, as guides,
porters, vendors and boat crews. [[Dozens of street vendors|other]] sell tents, rubber boots and
plastic bags for phones along the pier. At the peak, in {{September 2023}}, Colombian Migration
registered [[2,500 migrants|displaced;a=Colombian Migration]] in the town in a single day. By
{{March 2025}} the flow had fallen to [[fewer than 50 a day|displaced]], and [[a dozen
boats|other]] lay idle at the pier. "We lived off this for {{four years}}," said one hostel owner.
""",
)

item(
    "Colombian police dismantle Urabá smuggling ring",
    """
APARTADÓ, Colombia - Colombian police said on Wednesday they had arrested [[14 people|arrested;a=Colombian
police]], including [[three army soldiers|arrested;a=Colombian police]], accused of running a network
that smuggled [[about 4,000 migrants|displaced;a=Colombian police]], most of them Haitians and
Africans, to the Panamanian border. In raids in Turbo, investigators rescued [[23
migrants|other;a=police]] from a safe house, among them [[seven children|other;a=police]], police said.
They also seized [[six speedboats|other;u=other]] and {{$180,000}} in cash. The network charged each
migrant up to {{$2,500}} for a package from Ecuador to Panama, the attorney general's office said.
The investigation began in {{2022}}.
""",
)

item(
    "Venezuelans heading home land in Necoclí",
    """
NECOCLÍ, Colombia (Reuters) - Colombia's migration agency said on Tuesday that [[3,400
migrants|returned;a=Colombia's migration agency]] had landed in Necoclí and Capurganá from Panama by
sea since February, the reverse of the route that once led north. [[Roughly 700|returned]] were
waiting at the bus terminal in Necoclí on Wednesday for buses to Medellín and the Venezuelan border.
The IOM said it had paid bus fares for [[about 1,100 people|aid;a=The IOM]] and given food to [[about 250
families|aid;a=The IOM]]. The town's only shelter,
run by the Catholic Church, has [[60 beds|capacity]]. Colombia's Foreign Ministry said it would
organise humanitarian flights for [[about 2,000 Venezuelans|returned;p;a=Colombia's Foreign
Ministry]] stranded on the coast. [[Three migrants|killed]] drowned on the journey south in
{{February 2025}} when their boat sank off Guna Yala.
""",
)

item(
    "In Necoclí, Haitians wait for a boat: 'We sold everything'",
    """
NECOCLÍ, Colombia - Wilner Joseph, a {{29-year-old}} mechanic from Les Cayes, has been waiting
{{nine days}} for a ticket across the gulf. He shares a hostel room with [[11 other
people|displaced]], while his wife and [[two daughters|displaced]] sleep on the terrace with [[four
other families|displaced]]. "We sold everything in Chile to come here," he said. The hostel, which
has [[eight rooms|capacity;u=structure]], charges {{$5}} a night. Colombia's migration agency says
[[more than 70,000 Haitians|displaced;a=Colombia's migration agency]] have passed through Necoclí
this year, and that [[some 4,200|displaced;a=Colombia's migration agency]] are in the town now. The
Colombian Red Cross said it was treating [[about 300 people a week|injured;a=The Colombian Red
Cross]] for dehydration and diarrhoea.
""",
)

item(
    "Ombudsman documents sexual violence against migrants in Urabá",
    """
BOGOTÁ - Colombia's Ombudsman's Office said on Monday it had documented [[87 cases|injured;u=other;a=Colombia's
Ombudsman's Office]] of sexual violence against migrant women and girls in the Urabá region in
{{2023}}, including [[at least 12 girls|injured;a=Colombia's Ombudsman's Office]] {{under 14}}. The
office said armed men had held [[41 migrants|kidnapped;a=The office;alt=Colombia's Ombudsman's
Office]] for ransom in Acandí and Unguía over the year. [[About 5,000 unaccompanied
children|displaced;a=the office;alt=Colombia's Ombudsman's Office]] passed through Necoclí and Turbo,
the office said. The Catholic Church runs [[three shelters|capacity]] for women and children in the
region. Police arrested [[four men|arrested]] in October over the rape of a Venezuelan teenager.
Fewer than {{10%}} of cases are ever reported to prosecutors, the office added.
""",
)

item(
    "Cubans take the San Andrés route to avoid the Darién",
    """
SAN ANDRÉS, Colombia - [[More than 2,000 Cubans|displaced;a=Colombian Migration]] flew to the
Caribbean island of San Andrés in {{the first half of 2022}} hoping to reach Nicaragua by boat,
Colombian Migration said. [[Twenty-two migrants|missing;a=the navy]] have been missing since a boat
left the island's east coast on {{November 18}}, the navy said. Navy patrols rescued [[124
migrants|other]] from [[three boats|other]] adrift in December. [[Nine bodies|killed]] later washed
ashore on the Nicaraguan coast. Colombia's migration agency said it had refused entry to [[3,100
travellers|returned;a=Colombia's migration agency]] at the island's airport and sent them back on
the next flight. The crossing to Corn Island is about {{200 km}}.
""",
)

item(
    "Venezuelans stream back over the Simón Bolívar bridge",
    """
CÚCUTA, Colombia - [[About 18,000 Venezuelans|returned;a=Colombia's migration agency]] crossed back
into Venezuela over the Simón Bolívar bridge in March, Colombia's migration agency said. The UN's
{{R4V}} platform estimates that [[up to 30,000|returned;p;a=The UN's R4V platform]] more could
return by June. At the peak, [[some 600 a day|returned]] were crossing. Among them were [[about 140 unaccompanied
children|returned;a=UNICEF]], UNICEF said.
[[Between 40 and 45 buses|other]] arrived from Necoclí and Medellín in a single week. UNHCR said it
had given cash to [[2,300 families|aid;a=UNHCR]] heading home, at {{$120}} each. Venezuela's
government says [[more than 900,000 people|returned;a=Venezuela's government]] have come home under
its Vuelta a la Patria plan since {{2018}}, a figure independent researchers dispute.
""",
)

item(
    "Police and soldiers tear down migrant camp in Capurganá",
    """
ACANDÍ, Colombia - Police and soldiers tore down [[more than 150 makeshift shelters|housing;a=local
officials]] on the beach at Capurganá on Thursday, clearing a camp where [[about 800
migrants|displaced;a=local officials]] had been living, local officials said. [[About 400 police
officers|combatants]] took part in the operation. Acandí's mayor said it was needed to protect [[the
town's 11,000 residents|civilians;a=Acandí's mayor]] from disease. Police said they arrested [[32
people|arrested;a=Police]], including [[nine suspected smugglers|arrested;a=Police]]. [[Sixteen
huts|housing]] were set on fire as the camp was cleared. The camp had stood since {{2021}}.
""",
)

item(
    "Colombian forensic teams identify 42 Darién dead",
    """
MEDELLÍN - Colombia's Legal Medicine Institute said on Friday it had identified [[42
migrants|killed;a=Colombia's Legal Medicine Institute]] whose bodies were recovered in the Darién
since {{2021}}, including [[19 Colombians|killed;a=Colombia's Legal Medicine Institute]]. [[Twenty-three
bodies|killed]] remain unidentified in a plot at the cemetery in Metetí, in Panama. Families have
reported [[more than 130 people|missing;a=Families]] missing on the route. So far [[250
relatives|other;a=the institute;alt=Colombia's Legal Medicine Institute]] have given DNA samples, the
institute said. Ecuador's government says [[about 60 of its citizens|missing;a=Ecuador's
government]] are unaccounted for after crossing the jungle. Identification can take up to {{18
months}}.
""",
)

item(
    "Police free 28 Chinese migrants held for ransom in Turbo",
    """
TURBO, Colombia - Colombian police freed [[28 Chinese migrants|kidnapped;a=the national police]] who
had been held for {{five days}} in a house in Turbo and arrested [[five
suspects|arrested;a=the national police]], the national police said on Sunday. The kidnappers had
demanded {{$2,000}} per person from relatives in China, police said, and [[four of the
captives|injured;a=police]] had been beaten. [[Two other migrants|missing]] who were held with the
group are still unaccounted for. [[A dozen officers|combatants]] took part in the raid. Police say
they have freed [[more than 90 migrants|kidnapped;a=Police]] in similar operations in Urabá since
{{January 2024}}.
""",
)

item(
    "Ecuadoreans join the Darién flow as gang violence grows",
    """
QUITO (Reuters) - [[More than 44,000 Ecuadoreans|displaced;a=Panama's migration service]] crossed
the Darién in {{the first half of 2023}}, according to Panama's migration service, as gang violence
and extortion pushed [[at least 5,000 families|displaced;a=Panama's migration service]] out of
Guayaquil alone. Ecuador's Foreign Ministry said [[about 1,400 Ecuadoreans|returned;a=Ecuador's
Foreign Ministry]] were deported from the United States on [[12 flights|other;a=Ecuador's Foreign
Ministry]] in June. UNICEF said [[more than 300 Ecuadorean children|displaced;a=UNICEF]] had crossed
the jungle alone. [[Fourteen Ecuadoreans|killed;a=the ministry;alt=Ecuador's Foreign Ministry]] have
died in the Darién this year, the ministry said. Ecuador's murder rate rose to {{46 per 100,000}}
in {{2023}}.
""",
)

item(
    "Necoclí ferry fares rise again",
    """
NECOCLÍ - The firms that run boats across the Gulf of Urabá raised the fare to Acandí to {{$45}}
from {{$35}} on Monday, blaming fuel costs, which they said had risen {{18%}} since {{January
2022}}. The crossing takes about {{two hours}} in calm water. Boats leave at {{6:30 am}} and return
in the early afternoon. The mayor's office capped the price of a hammock on the beach at {{15,000
pesos}}, about {{$4}}. The companies' licences expire on {{December 31}}.
""",
)

item(
    "Rains swell the rivers of the Darién",
    """
The Tuquesa river rose {{2.5 metres}} in {{48 hours}} after {{180 mm}} of rain fell on {{October
3}}, Colombia's weather service said. The rainy season on both sides of the border runs from May
to November, and the wettest weeks are usually in {{mid-October}}. Temperatures in the jungle stay
between {{24C}} and {{32C}}, with humidity above {{90%}}. Forecasters expect rainfall {{20%}} above
normal in {{2024}} because of La Niña.
""",
)
