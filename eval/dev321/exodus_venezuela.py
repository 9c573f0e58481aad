"""Venezuelans leaving, and the countries that take them in: Colombia, Peru, Ecuador, Chile,
Brazil, Trinidad and Tobago, the Dutch Caribbean (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Venezuelans abroad top 7.9 million, regional platform says",
    """
[[More than 7.9 million Venezuelans|displaced;a=R4V inter-agency platform]] now live outside
their country, the {{R4V}} inter-agency platform said on Tuesday, up from
[[about 700,000|displaced;a=R4V inter-agency platform]] in {{2015}}.
[[Some 6.7 million|displaced]] of them are in Latin America and the Caribbean. Colombia hosts
[[roughly 2.8 million|displaced]], Peru [[1.66 million|displaced]] and Brazil
[[nearly 600,000|displaced]], while the United States and Spain are the main destinations
outside the region. The platform's partners estimate that
[[8.4 million people|civilians;p;a=The platform's partners;alt=R4V inter-agency platform]],
refugees, migrants and members of host communities alike, will need some form of assistance in
{{2025}}. Its appeal of {{$1.4 billion}} was {{12%}} funded at the end of June.
""",
)

item(
    "Colombia's protection permit reaches 1.9 million Venezuelans",
    """
Migración Colombia said on Thursday that [[1.91 million Venezuelans|displaced;a=Migración
Colombia]] have now received the Temporary Protection Permit, which grants {{10 years}} of legal
residence. [[A further 280,000 applicants|displaced;a=the agency;alt=Migración Colombia]] are
still waiting for their card, the agency said. The statute was created by {{Decree 216}} of
{{March 1, 2021}}. At the Simón Bolívar bridge in Cúcuta, officials counted
[[some 35,000 people a day|displaced;a=officials]] crossing in both directions, most of them
to work, shop or see a doctor. In La Guajira, the Norwegian Refugee Council said it had given
[[3,400 families|aid;a=the Norwegian Refugee Council]] cash to pay rent and had repaired
[[120 homes|housing;a=the Norwegian Refugee Council]] in Maicao with new roofs and water tanks.
In Maicao, [[150-200 families|displaced;a=the
mayor's office]] arrive each month, the
mayor's office says. "Papers change everything," said Yusmary, {{34}}, who sells coffee near the bridge.
""",
)

item(
    "Peru sends troops to Tumbes as it tightens rules for Venezuelans",
    """
Peru's Defence Ministry said it had sent [[1,200 soldiers|combatants;a=Peru's Defence
Ministry]] to back up police on the northern border with Ecuador, after the government declared
a {{60-day}} state of emergency in Tumbes. Migraciones, the migration authority, says
[[about 1.5 million Venezuelans|displaced;a=Migraciones]] live in Peru, and
[[more than 420,000|displaced;a=Migraciones]] of them have applied for the temporary
permanence card. In a raid in San Juan de Lurigancho on Saturday, police detained
[[43 foreigners|arrested]] without papers, most of them Venezuelans. The authority said it
expelled [[2,641 foreign nationals|returned;a=The authority;alt=Migraciones]] in {{2023}}, up
from [[1,078|returned;a=The authority;alt=Migraciones]] a year earlier. Rights groups said
[[hundreds of families|displaced;a=Rights groups]] had left Lima for Chile since the decree was
published, fearing deportation.
""",
)

item(
    "Hundreds stranded at Chile-Peru border as Lima refuses entry",
    """
[[Several hundred migrants|displaced]], most of them Venezuelans, spent a {{fifth}} night in the
open at the Chacalluta crossing between Chile and Peru on Wednesday, unable to go forward or
back. Peru's government said it had deployed
[[about 400 police officers and soldiers|combatants;a=Peru's government;n=police officers and
soldiers]] to the frontier near Tacna and would let no one in without documents. Chile's
interior ministry counted [[532 people|displaced;a=Chile's interior ministry]] at the makeshift
camp on Tuesday evening, [[151 children|displaced;a=Chile's interior ministry]] among them. A
humanitarian flight arranged by Caracas took [[118 Venezuelans|returned]] home from Arica on
Thursday, and officials said [[up to three more flights|other;p;a=officials]] could follow.
The bishop of Arica said the parish hall could take in
[[no more than 80 people|capacity;a=The bishop of Arica]] at a time.
""",
)

item(
    "Ecuador registers 201,000 Venezuelans in regularisation drive",
    """
Ecuador's government said [[201,000 Venezuelans|displaced;a=Ecuador's government]] had
signed up for the migration census that opened its regularisation process, and
[[some 95,000|displaced;a=Ecuador's government]] had since been granted the {{two-year}}
humanitarian visa. UNHCR estimates that [[about 475,000 Venezuelans|displaced;a=UNHCR]] live in
Ecuador. At the Rumichaca bridge, the main crossing from Colombia, the agency's teams counted
[[about 1,300 arrivals a day|displaced;a=the agency's teams;alt=UNHCR]] in August, many of them
heading on to Peru and Chile. In Huaquillas, a town of [[about 58,000 people|civilians]] on the
Peruvian border, [[roughly 2,000 people|displaced]] were stranded after Lima closed the crossing.
The municipality opened [[two shelters|capacity]] with [[400 beds|capacity]] in a school and a
sports hall.
""",
)

item(
    "Brazil's relocation drive has moved 130,000 Venezuelans out of Roraima",
    """
Operação Acolhida, the army-led reception programme in Roraima, has flown or bused
[[more than 130,000 Venezuelans|displaced;a=the Casa Civil]] from the border state to other
Brazilian cities since {{April 2018}}, the Casa Civil said on Monday. The programme runs
[[eight shelters|capacity]] in Boa Vista and Pacaraima, which house
[[about 6,200 people|displaced]]; a new one on the edge of Boa Vista will hold
[[1,000 more|capacity;p;n=-]]. [[Some 700 soldiers|combatants;a=the army]] are assigned to the
operation, the army said. At the Pacaraima post, federal police registered
[[about 400 entries a day|displaced;a=federal police]] in July, half the rate of {{2019}}.
UNHCR said [[2,300 Indigenous Warao|displaced;a=UNHCR]] live in shelters set aside for them,
and that [[around 450 Warao families|aid;a=UNHCR]] receive monthly cash cards.
""",
)

item(
    "Venezuela says return flights and US deportations have brought tens of thousands home",
    """
Venezuela's government said on Sunday that its "Return to the Homeland" plan had brought
[[35,460 people|returned;a=Venezuela's government]] home since {{2018}}, on
[[more than 150 flights|other;a=Venezuela's government]] and by road from Brazil and
Colombia. Deportation flights from the United States resumed in {{February 2025}}. By the end
of May, [[about 6,800 Venezuelans|returned;a=the interior ministry]] had landed at Maiquetía
airport on [[38 flights|other;a=the interior ministry]], according to the interior ministry.
In July, [[252 men|returned]] who had been held in El Salvador's CECOT prison were flown to
Caracas in a swap in which Venezuela freed [[10 Americans|other]]. Rights groups say
[[at least 40|missing;a=Rights groups]] of the deportees have not been heard from since.
""",
)

item(
    "Bodies of 19 recovered after migrant boat sinks on way to Trinidad",
    """
Venezuela's attorney general said on Saturday that [[19 bodies|killed;a=Venezuela's attorney
general]] had been pulled from the sea off Güiria, {{five days}} after a boat carrying
migrants to Trinidad sank in the Gulf of Paria. Relatives say
[[at least 12 others|missing;a=Relatives]] are still missing. The same week, Trinidad and
Tobago deported [[160 Venezuelans|returned]] on a ferry, despite appeals by UNHCR.
[[About 16,500 Venezuelans|displaced]] registered in Trinidad's {{2019}} amnesty. UNHCR puts the
number now living on the islands at [[around 40,000|displaced;a=UNHCR]]. The coast guard said
it had intercepted [[27 boats|other;a=The coast guard]] and detained
[[more than 300 people|arrested;a=The coast guard]] trying to land on the southern coast since
January.
""",
)

item(
    "Venezuelan children cross into Colombia alone, some recruited by armed groups",
    """
UNICEF said [[more than 1,100 unaccompanied Venezuelan children|displaced;a=UNICEF]] were
identified crossing into Colombia last year, most of them {{aged 13 to 17}}. Colombia's child
welfare agency, ICBF, said it took [[about 640|displaced;a=ICBF]] of them into its care. The
Ombudsman's Office warned that armed groups, among them the ELN, had recruited
[[at least 85 Venezuelan children|combatants;a=The Ombudsman's Office]] in Arauca and Norte de
Santander in {{2023}}. [[Twenty-three girls|kidnapped;a=police]] were rescued from a
trafficking ring in Cúcuta in March, police said; the youngest was {{11}}. UNICEF said it had
given psychosocial support to [[9,700 children|aid;a=UNICEF]] in border towns.
[[Around 600,000 Venezuelan pupils|displaced]] are now enrolled in Colombian schools.
""",
)

item(
    "Fire destroys shacks in Cúcuta settlement of Venezuelan migrants",
    """
A fire that broke out before dawn on Sunday destroyed
[[48 shacks|housing;u=structure;a=the city's disaster management office]] in the Villa
Esperanza settlement on the edge of Cúcuta, home to
[[about 300 Venezuelan families|displaced;a=the city's disaster management office]], the
city's disaster management office said. [[Two children|injured]] were treated for burns, and
[[about 190 people|displaced]] were left without a roof. [[Between 20 and 30 more shacks|housing;u=structure]] were damaged by heat and smoke. The Colombian Red Cross handed out
[[250 hygiene kits|aid]] and [[140 tents|aid]]. The mayor's office said
[[the city's 11 shelters|capacity;a=The mayor's office]] were already full and asked the
national government for help. Most of the shacks were built of wood and plastic sheeting
after {{2018}}.
""",
)

item(
    "Armed groups hold migrants on Colombia's border trails, ombudsman says",
    """
Colombia's Ombudsman's Office said armed groups that control the informal trails from
Venezuela had kidnapped [[at least 64 migrants|kidnapped;a=Colombia's Ombudsman's Office]] in
Norte de Santander in the first {{nine months}} of the year. The bodies of
[[11 migrants|killed;a=police]] were found near Villa del Rosario over the same period, police
said. The army said it had sent [[3,000 more troops|combatants;a=The army]] to the border. In a
single raid on {{June 14}}, soldiers freed [[nine hostages|kidnapped]], among them a
{{15-year-old}} girl. [[Three soldiers|injured]] were wounded in the gunfight and
[[two suspected kidnappers|arrested]] were detained. Families told investigators they had been
asked for ransoms of up to {{$2,000}}.
""",
)

item(
    "WFP to cut food aid to Venezuelans in Colombia as funding dries up",
    """
The World Food Programme said it would reduce the number of people it helps in Colombia to
[[about 450,000|aid;p;a=The World Food Programme]] from
[[1.1 million|aid;a=The World Food Programme]] this year. Its community kitchens in Riohacha
and Cúcuta served [[2.4 million meals|aid]] last year, and the cut will close
[[38 kitchens|other;p;u=other]]. The agency said
[[about 30,000 families|aid;p;a=The agency;alt=The World Food Programme]] who arrived within
the past {{six months}} would keep their vouchers. A survey found that {{seven in 10}}
Venezuelan households in the country skip meals. {{R4V}} says
[[2.9 million people|civilians;a=R4V]] in Colombia, refugees and host communities alike, need
food assistance.
""",
)

item(
    "Chile sends troops to Colchane as migrants cross the Altiplano",
    """
Chile deployed [[about 500 soldiers|combatants]] to Colchane, a village of
[[1,700 inhabitants|civilians]] on the Bolivian border, after a surge of crossings on foot.
The National Institute of Human Rights said
[[at least 27 migrants|killed;a=The National Institute of Human Rights]] had died of cold or
exhaustion crossing the high plateau since {{2021}}, at altitudes above {{3,600 metres}}. The
investigative police said they had detected
[[more than 9,000 irregular entries|displaced;a=The investigative police]] in the region in
the first half of the year. [[Dozens of families|displaced]] were camped in the village
square. On Wednesday, Chile expelled [[138 foreigners|returned]] on an air force flight from
Iquique. In the same city in {{September 2021}}, anti-migrant protesters burned
[[about 30 tents|housing]] and the belongings of families camped in a plaza.
""",
)

item(
    "Curaçao's detention of Venezuelans criticised in Amnesty report",
    """
Amnesty International said Curaçao had detained
[[more than 1,500 Venezuelans|arrested;a=Amnesty International]] and deported
[[about 1,200|returned;a=Amnesty International]] in {{2019}} without assessing their asylum
claims. The island's government says [[about 17,000 Venezuelans|displaced;a=The island's
government]] live there, most without papers. The immigration detention centre, built for
[[96 inmates|capacity]], held [[about 200 people|arrested;a=the report;alt=Amnesty
International]] in October, the report said. Aruba's immigration service reported
[[2,347 removals|returned;a=Aruba's immigration service]] the same year. Curaçao, an island of [[about 150,000 people|civilians]], has no refugee law. The islands lie
less than {{30 km}} from the Venezuelan coast.
""",
)

item(
    "UN plan for Venezuela seeks to reach 5.2 million people",
    """
The United Nations estimates that [[7.6 million people|civilians;a=The United Nations]] inside
Venezuela need humanitarian assistance, [[2.2 million|civilians;a=The United Nations]] of them
children. OCHA said its partners aimed to reach [[5.2 million people|aid;p;a=OCHA]] this year
with food, water and health care, but had so far reached
[[1.9 million|aid;a=OCHA]]. [[About 180 organisations|other;u=other]] take part in the plan,
which is {{18%}} funded. The government says
[[more than 1.2 million emigrants|returned;a=The government]] have come home since {{2018}}, a
number the opposition and independent researchers dispute.
""",
)

item(
    "Funding for Venezuelan migrants falls to lowest share in years",
    """
The regional response plan for refugees and migrants from Venezuela received
{{$398 million}} of the {{$1.59 billion}} it sought in {{2024}}, or {{25%}}, according to the
UN's financial tracking service. That compares with {{56%}} in {{2019}}, the plan's {{first}}
year. Donors pointed to competing crises, and the freeze on US foreign aid announced on
{{January 20, 2025}} took away a further {{$160 million}}. A lunch at a community kitchen in
Riohacha costs about {{4,000 pesos}} to prepare. Some programmes were suspended for
{{three months}} while agencies looked for money.
""",
)

item(
    "Explainer: what Peru's temporary residence card means for Venezuelans",
    """
Peru's temporary permanence card, known by its Spanish initials CPP, lasts {{two years}} and
costs {{49.90 soles}}. Applicants must have entered the country before {{October 22, 2022}}.
Those who miss the deadline of {{May 10, 2024}} face a fine equal to {{0.5%}} of a tax unit for
each day they stay without papers. Minors under {{18}} apply through a parent or guardian. The
card can be renewed once, for {{one year}}, and lets its holder work, open a bank account and
join the public health system. Officials say processing takes {{30 to 60 days}}.
""",
)
