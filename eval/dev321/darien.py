"""The Darién Gap and the route through Colombia, Panama and Costa Rica, the flow north and,
from 2025, the flow back south (14 texts with figures, 2 without)."""

from _wrap import item

item(
    "Record 520,000 crossed the Darién in 2023, Panama says",
    """
[[A record 520,085 people|displaced;a=Panama's National Migration Service]] crossed the Darién
jungle from Colombia in {{2023}}, Panama's National Migration Service said, more than double
the [[248,284|displaced;a=Panama's National Migration Service]] of {{2022}}. Venezuelans made up
[[328,650|displaced]] of the total, followed by [[57,222 Ecuadorians|displaced]] and
[[46,558 Haitians|displaced]]. Children and adolescents accounted for
[[113,180|displaced;a=the service;alt=Panama's National Migration Service]] of the crossings,
the service said. In August alone, [[about 2,700 people a day|displaced]] came out of the
jungle at Bajo Chiquito, an Emberá village of [[about 300 people|civilians]], and at Canaán
Membrillo.
""",
)

item(
    "IOM records deadliest year on the Darién route",
    """
The International Organization for Migration recorded
[[at least 99 deaths|killed;a=The International Organization for Migration]] and
[[42 disappearances|missing;a=The International Organization for Migration]] of migrants in the
Darién last year, the highest toll since it began counting in {{2014}}. The real number is
likely far higher, the agency said, because many bodies are never found. Panama's Public
Ministry said its forensic teams had recovered [[36 bodies|killed;a=Panama's Public
Ministry]] along the trail. Senafront, the border police, said
[[two Haitian women|killed;a=Senafront]] drowned when the Tuquesa river rose on Tuesday, and
[[three other migrants|missing;a=Senafront]] were swept away. Doctors Without Borders said its
team in Bajo Chiquito had treated
[[more than 30 people|injured;a=Doctors Without Borders]] that week for injuries from falls on
the steep Cerro del Chivo.
""",
)

item(
    "MSF reports surge in sexual violence against migrants in the Darién",
    """
Doctors Without Borders said it treated [[397 survivors|injured;a=Doctors Without Borders]] of
sexual violence at its posts in the Darién in {{2023}}, and [[107|injured;a=Doctors Without
Borders]] in January alone. Most had been attacked by armed men on the Panamanian side of the
jungle, the charity said. In one attack in February, [[at least 40 women|injured]] were
assaulted in a single group. The charity said [[a further 38 people|kidnapped;a=The
charity;alt=Doctors Without Borders]] told its staff they had been held for ransom on the
trail. The Panamanian government said [[only 12 complaints|other;u=other;a=The Panamanian
government]] had been filed with prosecutors. After Panama suspended its agreement in
{{March 2024}}, the group said it had been forced to stop caring for
[[about 1,000 patients a week|aid;a=the group;alt=Doctors Without Borders]].
""",
)

item(
    "Thousands wait in Necoclí for boats to the Darién",
    """
[[Thousands of migrants|displaced]] were waiting in the Colombian beach town of Necoclí on
Friday for a place on the boats that cross the Gulf of Urabá to Capurganá, the {{first}} leg of
the route. Local authorities said [[about 9,000 people|displaced;a=Local authorities]] were in
the town, which has [[20,000 residents|civilians;a=Local authorities]]. The ferry companies
licensed to make the trip sell [[about 1,300 tickets a day|other;u=other]]. The Colombian
Family Welfare Institute said it had registered
[[1,412 children|displaced;a=The Colombian Family Welfare Institute]] in the town in a week,
[[86|displaced;a=The Colombian Family Welfare Institute]] of them travelling without an adult.
The mayor said [[about 400 people|displaced;a=The mayor]] were sleeping on the beach, and that
the town's [[three shelters|capacity;a=The mayor]] had room for
[[350 people|capacity;a=The mayor]].
""",
)

item(
    "Panama expands Lajas Blancas reception station as arrivals climb",
    """
Panama's government said it would expand the Lajas Blancas migrant reception station so it can
hold [[up to 4,000 people|capacity;p;a=Panama's government]], from
[[about 1,500|capacity;a=Panama's government]] now. On Monday the station held
[[more than 6,000 people|displaced;a=officials]], officials said. UNICEF and the Red Cross
served [[9,800 hot meals|aid]] over the weekend and set up [[24 latrines|aid]]. Under the
"controlled flow" policy, migrants pay {{$60}} for a seat on the buses that take them to the
Costa Rican border. Panama said [[42 buses|other;a=Panama]] left for Paso Canoas on Sunday.
[[Two new shelters|capacity;p]] will be built at San Vicente.
""",
)

item(
    "Panama begins US-funded deportation flights from the Darién",
    """
Panama deported [[29 Colombians|returned]] on a charter flight from Albrook airport on Tuesday,
the {{first}} under an agreement with Washington, which is paying {{$6 million}} to cover the
cost. President José Raúl Mulino said the government had closed
[[five unofficial crossings|other;a=President José Raúl Mulino]] in the jungle with barbed
wire. The migration service said [[130 people|arrested;a=The migration service]] were being
held at San Vicente pending removal and that
[[up to 18 flights|other;p;a=The migration service]] were planned before the end of the year.
Crossings fell to [[about 800 a day|displaced]] in July from
[[2,000|displaced]] a year earlier.
""",
)

item(
    "Migrants head south as boat capsizes off Panama's Caribbean coast",
    """
Panama's National Migration Service said
[[more than 2,200 migrants|displaced;a=Panama's National Migration Service]] had travelled
south through the country since January, most of them Venezuelans who had given up on reaching
the United States. On Saturday a boat carrying migrants from Miramar to Necoclí capsized near
the San Blas islands. The coast guard rescued [[20 passengers|other;a=officials]] and an
{{8-year-old}} Venezuelan girl drowned, officials said. Relatives said
[[two men|missing;a=Relatives]] on the boat were unaccounted for. The migration service said
it had laid on [[14 buses|other;a=The migration service;alt=Panama's National Migration
Service]] to carry people from Paso Canoas to the Caribbean coast. In Necoclí, Colombian
officials counted [[about 1,000 people|displaced;a=Colombian officials]] arriving by sea in
February. Costa Rica said [[about 500 southbound migrants a week|displaced;a=Costa Rica]] were
crossing its territory.
""",
)

item(
    "Costa Rica holds migrants deported from the US at border centre",
    """
A flight from Texas landed in San José on Thursday with [[135 people|returned]] deported by the
United States, including [[65 children|returned]], most from China, Uzbekistan, India and
Afghanistan. They were taken by bus to the CATEM centre near the Panamanian border, which was
built for [[500 people|capacity]] and now houses [[about 200|displaced]]. Costa Rica's
vice-minister of the presidency said the country would take
[[up to 200 more|returned;p;n=-;a=Costa Rica's vice-minister of the presidency]]. The IOM said
[[18|returned;p;a=The IOM]] had agreed to go home. In {{2023}},
[[about 1,400 people a day|displaced]] crossed Paso Canoas heading north.
""",
)

item(
    "UNICEF: more children than ever are crossing the Darién",
    """
[[More than 30,000 children|displaced;a=UNICEF]] crossed the Darién in the first
{{four months}} of {{2024}}, UNICEF said, [[about 2,000|displaced;a=UNICEF]] of them
unaccompanied or separated from their families. The agency said it had provided
[[45,000 children|aid;a=The agency;alt=UNICEF]] with water, vaccinations and psychosocial care
at reception stations in Darién province. [[At least 18 children|killed;a=the agency;alt=UNICEF]]
died on the route in {{2023}} and [[13|missing;a=the agency;alt=UNICEF]] were reported
missing, the agency said. Panama's child protection body, SENNIAF, said it was caring for
[[74 unaccompanied children|displaced;a=SENNIAF]] at a shelter in Metetí built for
[[40|capacity;a=SENNIAF]].
""",
)

item(
    "Panama arrests smugglers and reinforces border police in the Darién",
    """
Senafront said on Wednesday it had arrested
[[27 suspected smugglers|arrested;a=Senafront]] in an operation in the Darién and seized
[[11 boats|other;a=Senafront]] and [[nine rifles|other;a=Senafront]]. The operation involved
[[about 1,200 officers|combatants]]. The public security minister said
[[the 3,600 agents|combatants;a=The public security minister]] assigned to the province would
be reinforced by [[another 500|combatants;p;a=The public security minister]] in {{2025}}.
Senafront said it had rescued [[63 migrants|other;a=Senafront]] abandoned by guides near the
Tuquesa river. Each guide charges about {{$150}} a person.
""",
)

item(
    "Migrants describe being held for ransom on the Colombian side of the Darién",
    """
Human Rights Watch said it had documented the cases of
[[at least 60 migrants|kidnapped;a=Human Rights Watch]] held for ransom near Acandí. The Clan
del Golfo, Colombia's largest armed group, with [[an estimated 9,000 members|combatants]],
charges each migrant {{$125}} to pass. A Venezuelan man, {{41}}, told the group he had been held
for {{six days}} with [[14 others|kidnapped;a=A Venezuelan man]] until relatives paid
{{$1,000}}. Colombian police said they had freed [[22 hostages|kidnapped;a=Colombian police]] in
Unguía in May and arrested [[four men|arrested;a=Colombian police]]. Panama's prosecutors said
[[1,280 migrants|other;a=Panama's prosecutors]] reported being robbed on the trail last year.
""",
)

item(
    "Panama holds US deportees at a hotel and a jungle camp",
    """
Panama said it was holding [[299 migrants|arrested;a=Panama]] deported from the United States
at the Decápolis hotel in the capital. [[Ninety-seven|arrested]] who refused to return to
their countries were later moved under guard to the San Vicente camp in the Darién, which has room for
[[about 800 people|capacity]]. Security minister Frank Ábrego said
[[171|returned;p;a=Security minister Frank Ábrego]] had agreed to go home voluntarily. The IOM
and UNHCR said they had helped [[13|returned;a=The IOM and UNHCR]] fly home so far. Lawyers
said [[at least four|displaced;a=Lawyers]] had applied for asylum in Panama. Most of the
deportees are from China, India, Iran, Afghanistan and Nepal.
""",
)

item(
    "Bus carrying migrants plunges into ravine in western Panama",
    """
[[At least 39 migrants|killed;a=Panama's migration service]] were killed and
[[20|injured;a=Panama's migration service]] injured when a bus taking them from the Darién to a
reception centre near the Costa Rican border plunged into a ravine near Gualaca, Panama's
migration service said. Hospital officials in David said
[[11|injured;a=Hospital officials in David]] of the injured were in serious condition.
Rescuers pulled [[17 survivors|other]] from the wreck during the night. [[Five children|killed]] were among the dead. It was the worst
accident on the route since [[55 migrants|killed]] died when a lorry overturned in Chiapas in
{{December 2021}}. Panama bused [[more than 270,000 migrants|displaced;a=officials]] from the
Darién to the Costa Rican border in {{2023}}, officials said.
""",
)

item(
    "Floods damage Darién reception station; migrants swept away",
    """
Heavy rains flooded the Lajas Blancas station on Sunday, damaging
[[14 shelters|housing]] and the kitchen. Senafront said
[[five migrants|missing;a=Senafront]] were swept away by the Chucunaque river while crossing
and that [[one body|killed;a=Senafront]] had been recovered.
[[30 to 40 tents|housing]] were washed away. [[About 1,100 people|displaced]] were moved to the San Vicente station by bus. The Red Cross
handed out [[600 blankets|aid]] and [[400 mattresses|aid]]. The river rose more than
{{3 metres}} in {{12 hours}}, the meteorological service said.
""",
)

item(
    "Explainer: the Darién Gap, the jungle between the Americas",
    """
The Darién Gap is the only break in the Pan-American Highway, a stretch of roadless rainforest
about {{100 km}} wide between Colombia and Panama. The walk takes from {{four to 10 days}},
depending on the weather and the route. Temperatures often pass {{35C}} and humidity is close
to {{100%}}. Smugglers' packages, with boats and guides, cost from {{$300}} to more than
{{$1,500}}. Until {{2021}} the crossing was made mostly by Cubans, Haitians and Africans; from
{{2022}} Venezuelans dominated it.
""",
)

item(
    "Panama and the United States sign agreement on removals from the Darién",
    """
Panama and the United States signed a memorandum of understanding on {{July 1, 2024}}, the day
José Raúl Mulino took office as president. Washington will pay {{$6 million}} in the {{first}}
year for flights, equipment and staff training. The agreement runs for {{three years}} and
can be extended. Panama's migration budget for {{2025}} rose {{12%}} to {{$43 million}}. The
government said the {{first}} flights would leave within {{eight weeks}}.
""",
)
