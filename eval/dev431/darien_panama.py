"""Panama's side of the Darién: the trails and rivers, the Emberá villages, the reception
stations at Lajas Blancas and San Vicente, SENAFRONT, the deportation flights paid for by
Washington, and the boats that carried the reverse flow south in 2025."""

from _wrap import item

item(
    "Panama says a record 520,000 crossed the Darién in 2023",
    """
PANAMA CITY (Reuters) - [[More than 520,000 migrants|displaced;a=Panama's National Migration
Service]] crossed the Darién jungle on foot in {{2023}}, Panama's National Migration Service (SNM)
said on Monday, more than double the record set the year before. Venezuelans were by far the
largest group, with [[328,650|displaced;a=the service;alt=Panama's National Migration Service]],
followed by [[57,250 Ecuadoreans|displaced;a=the service;alt=Panama's National Migration
Service]] and [[46,558 Haitians|displaced;a=the service;alt=Panama's National Migration
Service]], the service said. The total included [[113,180 children and adolescents|displaced;n=children
and adolescents]], roughly {{one in five}} of all those who made the trek. Border police recovered
[[22 bodies|killed]] from the trails and rivers during the year, and [[at least 36 people|missing]]
who set out on the route are still unaccounted for. "The Darién is not a route, it is a trap,"
Foreign Minister Janaina Tewaney told reporters.
""",
)

item(
    "MSF reports surge in sexual violence on the Darién trail",
    """
Doctors Without Borders (MSF) said on Thursday that its teams at the Lajas Blancas and San
Vicente reception stations treated [[397 survivors|injured;a=Doctors Without Borders]] of sexual
violence in {{2023}}. The charity said it recorded [[another 233 cases|injured;a=The
charity;alt=Doctors Without Borders]] in {{January 2024}} alone, a rise it linked to armed gangs
operating on the Panamanian side of the border. Survivors told MSF staff that masked men had
assaulted [[at least 30 women and girls|injured;a=Survivors;n=women and girls]] in a single attack
near Cañas Blancas in February. Medical teams saw [[up to 300 patients a day|injured;a=MSF]] at San
Vicente during the peak months, most for blisters, diarrhoea and respiratory infections, and
carried out [[more than 45,000 consultations|aid;u=other;a=MSF]] over the year, MSF said. Panama
ordered the group to halt its work in Darién in {{March 2024}}, saying its agreement had lapsed.
"Women arrive and tell us the same story, the same place, the same men," said Marta Villalobos,
the charity's emergency coordinator.
""",
)

item(
    "Emberá village of Bajo Chiquito swamped as arrivals top 3,000 a day",
    """
BAJO CHIQUITO, Panama (AP) - The Emberá village of Bajo Chiquito, home to [[about 300
people|civilians;a=Panamanian officials]], has been receiving [[more than 3,000 migrants a
day|displaced;a=Panamanian officials]] as they stumble out of the jungle, Panamanian officials
said. Families have turned [[dozens of stilt houses|capacity]] into paid dormitories, charging
{{$10}} a night for a hammock. Canoe operators ferry the new arrivals downriver to the Lajas Blancas
station for {{$25}} a head, and the community council said [[42 motor canoes|other;a=the community
council]] now work the route. UNICEF said [[1,100 children|displaced;a=UNICEF]] passed through the
village over a single weekend in August, among them [[some 60 unaccompanied minors|displaced;a=UNICEF]].
The agency said it had installed [[18 latrines|aid;a=The agency;alt=UNICEF]] and [[two water
tanks|aid;a=The agency;alt=UNICEF]], but that both were overwhelmed within days. Heavy rain last
month damaged [[11 houses|housing;a=residents]] along the riverbank, residents said.
""",
)

item(
    "Panama shuts Lajas Blancas station as northbound flow dries up",
    """
PANAMA CITY - Panama has closed the Lajas Blancas migrant reception station in Darién after
northbound crossings all but stopped, the National Migration Service said on Tuesday. [[Only 2,831
migrants|displaced;a=the National Migration Service]] crossed the jungle in {{the first two months of
2025}}, against [[36,841|displaced;a=the National Migration Service]] in the same period of
{{2024}}, according to the National Migration Service. The station, built to hold [[up to 1,200
people|capacity]], at times sheltered {{four times}} that number at the height of the flow in {{2023}}.
[[The roughly 90 migrants|displaced;p;a=officials]] still at the site will be moved to San Vicente,
officials said. SENAFRONT, the border police, said it would redeploy [[about 600
officers|combatants;p;a=SENAFRONT]] from the jungle to the Caribbean coast of Guna Yala, where
boats now carry migrants south. Panama has run [[three reception stations|capacity;u=structure]]
in Darién and Chiriquí since {{2021}}; only San Vicente, which can house [[about 1,500
people|capacity]], will stay open.
""",
)

item(
    "Boats carry Venezuelans south from Panama's Caribbean coast",
    """
MIRAMAR, Panama (Reuters) - [[About 2,200 people|returned;a=Panama's migration service]] have
passed through the Guna Yala region, home to [[some 33,000 Guna|civilians;a=Panama's migration service]], heading south in the past {{three weeks}}, most of them
Venezuelans who gave up on reaching the United States, Panama's migration service said. Boats
leave the small port of Miramar for the Colombian border village of La Miel, and local Guna
authorities said [[as many as 15 boats a day|other;a=local Guna authorities]] had made the trip in
recent days. Each passenger pays about {{$260}} for the crossing. On {{February 22}}, a boat
capsized in rough seas, killing [[one child|killed]], a Venezuelan girl {{aged 8}}. The coastguard
pulled [[20 other passengers|other]] from the water, and the National Aeronaval Service (SENAN)
said it had detained [[three crew members|arrested;a=the National Aeronaval Service]]. In Necoclí,
on the Colombian side, migration officials said they had registered [[at least 1,800
arrivals|returned;a=migration officials]] from Panama by sea since January.
""",
)

item(
    "US-funded flight deports Colombians from Panama",
    """
PANAMA CITY (AFP) - A charter flight carrying [[29 Colombian nationals|returned;a=Panama's
Public Security Ministry]] left Albrook airport for Medellín on Tuesday, the first under a deal in
which Washington pays for the removal of people who cross the Darién, Panama's Public Security
Ministry said. The men had criminal records in Colombia and were flown out in handcuffs, the
ministry said. The United States has committed {{$6 million}} to the programme, signed on {{July 1,
2024}}. By December, Panama had run [[18 such flights|other;a=officials]] and removed [[more than
700 people|returned;a=officials]], among them [[about 40 families|returned;a=officials]], to Colombia,
Ecuador, India and Vietnam, officials said.
[[Another 130 migrants|arrested;a=the ministry;alt=Panama's Public Security Ministry]] were being
held at the San Vicente station awaiting removal, the ministry said. President José Raúl Mulino
said he expected to deport [[about 1,000 others|returned;p;a=President José Raúl Mulino]] by the end
of March.
""",
)

item(
    "Deportees from the US held at Darién camp, lawyers say",
    """
PANAMA CITY - Panama received [[299 migrants|returned;a=Panamanian officials]] deported from the
United States on [[three US military flights|other;a=Panamanian officials]] in February, Panamanian
officials said, most of them from Asian countries with no easy route home. Of those, [[171|returned;a=Security
Minister Frank Ábrego]] have since flown home under a voluntary return programme paid for by the
International Organization for Migration, Security Minister Frank Ábrego said on Thursday. The
[[112|arrested;a=lawyers]] who refused to go were taken by bus to the San Vicente station in
Darién, where lawyers say they were held without access to counsel. Human Rights Watch said [[at
least 24 children|arrested;a=Human Rights Watch]] were among those held. In early March the
government released the last [[65 detainees|arrested]] with {{30-day}} humanitarian permits and told
them to leave the country. Several said they had paid smugglers more than {{$20,000}} to reach the
US border.
""",
)

item(
    "IOM: Darién toll highest since records began",
    """
GENEVA - The International Organization for Migration (IOM) said on Friday that [[at least 229
people|missing;a=The International Organization for Migration]] died or disappeared crossing the
Darién in {{2023}}, the highest toll since its Missing Migrants Project began counting in {{2014}}.
Panama's Institute of Legal Medicine and Forensic Sciences said it had recovered [[71
bodies|killed;a=Panama's Institute of Legal Medicine and Forensic Sciences]] from the jungle,
including those of [[nine children|killed;a=Panama's Institute of Legal Medicine and Forensic
Sciences]]. The agency said the real number was far higher, because [[hundreds of
people|missing;a=The agency;alt=The International Organization for Migration]] who vanish in the
forest are never reported. Across the Americas, the IOM recorded [[1,275 deaths and
disappearances|missing;a=the IOM;n=deaths and disappearances]] that year. Prosecutors in Darién
have taken DNA samples from [[32 families|other]] searching for relatives, some of whom were last
heard from more than {{two years}} ago.
""",
)

item(
    "SENAFRONT sends reinforcements as Mulino vows to 'close' the jungle",
    """
METETÍ, Panama (Reuters) - Panama's border police, SENAFRONT, said on Wednesday it had sent [[an
additional 300 officers|combatants;a=SENAFRONT]] to Darién, days after President José Raúl Mulino
took office vowing to close the jungle route. Crews have strung about {{5 km}} of barbed wire
across [[five of the main trails|other;u=other;n=trails]], funnelling migrants into a single
corridor through Bajo Chiquito. [[Between 1,200 and 1,500 people a day|displaced;a=the National
Migration Service]] were still crossing, down from [[more than 2,500 a day|displaced;a=the National
Migration Service]] in May, the National Migration Service said. SENAFRONT said its patrols had
detained [[46 suspected smugglers|arrested;a=SENAFRONT]] since January and rescued [[213
migrants|other;a=SENAFRONT]] cut off by flooding on the Chucunaque river. The force now has [[some
4,000 officers|combatants]] in Darién, a province of [[about 60,000 people|civilians]] that is
Panama's poorest.
""",
)

item(
    "San Vicente station holds five times its capacity, ombudsman says",
    """
METETÍ, Panama - The San Vicente migrant reception station, built for [[500
people|capacity;a=Panama's Ombudsman's Office]], was housing [[more than
2,600|displaced;a=Panama's Ombudsman's Office]] on Sunday, Panama's Ombudsman's Office said after a
visit. [[About 900 people|displaced;a=the office;alt=Panama's Ombudsman's Office]] were sleeping on
bare ground without tarpaulins, the office said. The IOM said it had handed out [[3,200 hygiene
kits|aid;a=The IOM]] and [[1,800 blankets|aid;a=The IOM]] in the past week. UNHCR has put up [[14
Refugee Housing Units|capacity]] at the site, each meant for a family. A fire on Saturday night
destroyed [[eight tents|housing;a=station staff]] but caused no injuries, station staff said.
Temperatures inside the tents reach {{38C}} by midday.
""",
)

item(
    "Chinese and Afghans join record Darién flow in August",
    """
PANAMA CITY - Panama's migration service said [[82,100 crossings|displaced;u=person;a=Panama's
migration service]] were recorded in {{August 2023}}, the highest monthly total since it began
keeping figures. Venezuelans accounted for [[nearly 63,000|displaced;a=the service;alt=Panama's
migration service]], while [[3,900 Chinese nationals|displaced;a=the service;alt=Panama's
migration service]] and [[roughly 2,000 Afghans|displaced;a=the service;alt=Panama's migration
service]] also made the trip, according to the service's monthly bulletin. Arrivals from Ecuador
fell to [[about 4,700|displaced]], and people from [[more than 40 countries|other;u=other]] were
registered at the stations. UNICEF said [[about 11,000 children|displaced;a=UNICEF]] crossed during
the month. The government said it spent {{$3.5 million}} in August on buses, food and medical care
at the stations.
""",
)

item(
    "UNICEF: 30,000 children crossed the Darién in four months",
    """
[[More than 30,000 children|displaced;a=UNICEF]] crossed the Darién jungle in {{the first four
months of 2024}}, UNICEF said on Tuesday, including [[some 2,000 unaccompanied or separated
children|displaced;a=UNICEF]]. The agency said it had vaccinated [[4,600 children|aid;a=The
agency;alt=UNICEF]] at the reception stations, and that [[at least 19 children|killed;a=The
agency;alt=UNICEF]] had died on the route since {{2021}}. [[At least 1,200 pregnant
women|displaced;a=Panama's Health Ministry]] also made the crossing, according to Panama's Health
Ministry. In the Emberá and Wounaan villages along the route, [[around 1,700
children|civilians;a=the agency;alt=UNICEF]] also need support, the agency said, as it appealed for
{{$7.6 million}}. Children {{under five}} are the most exposed to diarrhoea and dehydration on a
trek that can last {{a week}}.
""",
)

item(
    "Panama charges 11 over Tuquesa river drownings",
    """
PANAMA CITY - Panama's Public Ministry said on Friday it had charged [[11 people|arrested;a=Panama's
Public Ministry]] with migrant smuggling and manslaughter after [[seven migrants|killed;a=Panama's
Public Ministry]], including [[two toddlers|killed;a=Panama's Public Ministry]], drowned when a guide
led them across the swollen Tuquesa river. Prosecutors said the network moved [[as many as 600
migrants a week|displaced;a=Prosecutors]] from Colombia through the jungle, charging {{$300}}
each. Police seized [[nine vehicles|other]] and [[four boats|other]] in raids in Yaviza and Metetí.
The suspects, aged between {{19 and 52}}, face up to {{15 years}} in prison if convicted.
""",
)

item(
    "Floods cut off Darién towns and strand migrants upriver",
    """
YAVIZA, Panama - Days of heavy rain have flooded [[about 120 homes|housing;a=the National Civil
Protection System]] in Yaviza and Metetí and forced [[some 450 residents|displaced;a=the National
Civil Protection System]] from their houses, the National Civil Protection System (Sinaproc) said
on Sunday. In Canaán Membrillo, [[15 houses|housing]] were swept away by the Turquesa river.
Upstream, [[about 1,300 migrants|displaced;a=the National Migration Service]] were stranded at Bajo
Chiquito waiting for the water to drop, the National Migration Service said. SENAFRONT helicopters
lifted [[38 migrants|other]], among them [[11 children|other]], from a sandbank where they had been
trapped for {{two days}}. The Red Cross handed out [[700 food parcels|aid]] in Yaviza, a town of
[[about 4,000 people|civilians]] at the end of the Pan-American Highway. More than {{300 mm}} of
rain fell in {{72 hours}}.
""",
)

item(
    "'The flow has reversed,' says Panama's migration chief",
    """
PANAMA CITY (EFE) - Panama's migration director, Roger Mojica, said on Monday that [[more than
11,000 migrants|returned;a=Roger Mojica;alt=Panama's migration director]] had travelled south through
the country since January, most of them Venezuelans. He said they included [[some 2,600
Colombians|returned;a=Roger Mojica]] and [[about 900 Ecuadoreans|returned;a=Roger Mojica]]. The
government now runs [[four buses a day|other]] from Paso Canoas, on the Costa Rican border, to the
Caribbean port of Miramar. A repatriation flight to Caracas carried [[211 Venezuelans|returned]] on
{{March 14}}. Northbound, [[only 408 people|displaced]] entered through the Darién in March,
compared with [[37,166|displaced]] a year earlier, official figures show.
""",
)

item(
    "What the Darién crossing costs",
    """
The trek from the Colombian coast to Panama's first reception station takes {{three to 10 days}}
on foot and covers about {{97 km}} of mountain and swamp. A boat ticket from Necoclí to Acandí costs
around {{$40}}, and the guides who work under the Clan del Golfo's watch charge between {{$170}} and
{{$400}} a person, depending on the route. Migrants interviewed by Reuters in {{2023}} said they had
spent on average {{$1,200}} to reach Panama, about {{40%}} of it on the Colombian side. At Lajas
Blancas, a bus ticket to the Costa Rican border costs {{$60}}, with a lower fare for
{{children under 12}}. Rain falls on more than {{200 days a year}}, and the rivers can rise by
{{two metres}} in an afternoon.
""",
)

item(
    "Panama's Mulino sworn in vowing to shut the Darién",
    """
José Raúl Mulino, {{65}}, was sworn in as Panama's president on {{July 1, 2024}}, after winning the
{{May 5}} election with {{34%}} of the vote. Hours later his government signed a memorandum with
the United States under which Washington will pay {{$6 million}} towards flights removing people
who cross the jungle. "The Darién is not a transit route, it is our border," Mulino said in his
inaugural speech, which lasted {{45 minutes}}. The agreement runs for {{three years}} and can be
extended. The province of Darién covers {{11,896 square kilometres}}, about {{16%}} of Panama's
territory.
""",
)
