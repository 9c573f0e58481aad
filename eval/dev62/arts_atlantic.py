"""dev62 items: the Atlantic route to the Canaries (Senegal, Gambia, Mauritania, Morocco) and
the Gulf of Aden and Yemen route (Somalia, Djibouti, Ethiopians into Saudi Arabia).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Largest cayuco yet reaches El Hierro",
    "A wooden cayuco carrying [[280 people|displaced;a=Spain's maritime rescue service]] reached the port of La Restinga on El Hierro, Spain's maritime rescue service said, the largest boat to arrive on the island. "
    "[[Three|killed;a=Red Cross volunteers]] had died during the {{nine-day}} crossing from Kafountine, in southern Senegal, and [[14 people|injured;a=Red Cross volunteers]] were taken to hospital with hypothermia and dehydration, Red Cross volunteers said. "
    "The island, home to [[about 11,000 people|civilians]], received [[more than 1,000 migrants|displaced]] in {{48 hours}}.",
)

F(
    "Canaries record year as NGO counts Atlantic dead",
    "[[46,843 migrants|displaced;a=Spain's interior ministry]] reached the Canary Islands in {{2024}}, a record, Spain's interior ministry said. "
    "Caminando Fronteras, a Spanish NGO, said [[10,457 people|killed;a=Caminando Fronteras]] had died trying to reach Spain by sea that year, [[9,757 of them|killed;n=-;a=Caminando Fronteras]] on the Atlantic route, or [[about 30 a day|killed;a=Caminando Fronteras]]. "
    "The group counted [[131 boats|other;a=The group;alt=Caminando Fronteras]] that vanished with everyone on board.",
)

F(
    "Mauritania recovers bodies after pirogue capsizes off Nouakchott",
    "Mauritania's coastguard said it had recovered [[89 bodies|killed;a=Mauritania's coastguard]] after a large fishing pirogue capsized about {{4 kilometres}} off Nouakchott. "
    "The boat had left the Senegal-Gambia border {{six days}} earlier with [[about 170 people|displaced]] aboard, and [[nine|other]] were rescued, among them a {{five-year-old}} girl. "
    "The coastguard says it has intercepted [[about 3,500 migrants|other;a=The coastguard]] since {{January}}.",
)

F(
    "Mauritania deports thousands under EU-backed crackdown",
    "Human rights groups said Mauritania had deported [[more than 10,000 migrants|returned;a=Human rights groups]] to Senegal and Mali in the first {{three months}} of {{2025}}, a year after the EU pledged {{€210 million}} to help it curb departures. "
    "Police in Nouadhibou arrested [[47 suspected smugglers|arrested;a=the interior ministry]] and seized [[23 pirogues|other;u=other;a=the interior ministry]] in the same period, the interior ministry said.",
)

F(
    "Senegal's navy intercepts large pirogue off Dakar",
    "Senegal's navy said it had intercepted a {{22-metre}} pirogue carrying [[203 people|other;a=Senegal's navy]] about {{110 nautical miles}} off Dakar. "
    "Among them were [[17 women|other]] and [[a dozen children|other]], and [[two|injured]] needed treatment for dehydration. "
    "The navy has stopped [[more than 8,000 would-be migrants|other;a=Senegal's navy]] so far this year, it said.",
)

F(
    "Bodies recovered after pirogue capsizes off Mbour",
    "Rescuers have recovered [[at least 26 bodies|killed;a=Senegal's interior minister]] after a pirogue carrying migrants capsized about {{300 metres}} off Mbour, Senegal's interior minister said on {{September 9}}. "
    "Local fishermen said the boat had carried [[more than 150 people|displaced;a=Local fishermen]], leaving [[dozens|missing;a=Local fishermen]] unaccounted for. "
    "Relatives said each passenger had paid {{400,000 CFA francs}}, about {{$650}}.",
)

F(
    "Dozens dead as boat from Somalia capsizes off Yemen",
    "[[At least 49 migrants|killed;a=IOM]] died and [[140|missing;a=IOM]] are missing after a boat carrying [[260 people|displaced;a=IOM]] from Somalia capsized off Yemen's Shabwa coast, IOM said. "
    "[[Seventy-one survivors|other]] were pulled from the water by local fishermen. "
    "Yemen received [[more than 97,000 migrants|displaced;a=the agency;alt=IOM]] in {{2023}}, most of them Ethiopians hoping to reach Saudi Arabia, according to the agency.",
)

F(
    "Smugglers force migrants overboard off Djibouti",
    "Smugglers forced [[about 310 migrants|other;a=IOM]] into the sea off Obock, Djibouti, IOM said, and [[45 bodies|killed;a=IOM]] had been found on the shore by Tuesday. "
    "[[Thirty-two|missing;a=the agency;alt=IOM]] remain missing, the agency said. "
    "Survivors said they had each paid {{$600}} for the {{30-kilometre}} crossing from Yemen, which took about {{nine hours}}.",
)

F(
    "Ethiopians stranded in Yemen flown home",
    "IOM said it had helped [[2,410 Ethiopians|returned;a=IOM]] stranded in Yemen return home on [[eight charter flights|other;a=IOM]] from Aden to Addis Ababa since {{March}}. "
    "[[About 43,000 migrants|displaced;a=the agency;alt=IOM]] remain stranded in Yemen, many sleeping rough in Aden and Marib, the agency estimates. "
    "Saudi Arabia has been deporting [[about 3,000 Ethiopians a week|returned]] by air.",
)

F(
    "Rights group says Saudi border guards killed migrants",
    "Human Rights Watch said Saudi border guards had killed [[hundreds of Ethiopian migrants|killed;a=Human Rights Watch]] trying to cross from Yemen between {{March 2022}} and {{June 2023}}, some of them with mortars. "
    "Survivors interviewed by the group described [[dozens of bodies|killed;a=Survivors interviewed by the group]] left on the mountain paths. "
    "Saudi Arabia rejected the report.",
)

F(
    "Canary Islands shelters overflowing with unaccompanied minors",
    "The Canary Islands are caring for [[about 5,500 unaccompanied minors|displaced;a=the regional government]] in [[82 centres|capacity;a=the regional government]], the regional government said, in a system built for [[2,000|capacity]]. "
    "Madrid agreed to relocate [[4,400 children|displaced;p]] to the mainland over the coming year. "
    "Minors stay in the centres until they turn {{18}}.",
)

F(
    "Dinghy reaches Lanzarote with dead on board",
    "A rubber dinghy with [[52 people|displaced;a=Salvamento Marítimo]] reached Órzola, in the north of Lanzarote, after {{three days}} at sea from Tarfaya, Salvamento Marítimo said. "
    "Rescuers found [[seven|killed]] dead in the bottom of the boat, and [[two women|injured]] were taken to hospital in Arrecife. "
    "The dinghy was about {{eight metres}} long.",
)

F(
    "Dozens dead off Gambian coast",
    "[[At least 40 people|killed;a=Gambia's government]] died when a boat carrying [[about 300 people|displaced;a=Gambia's government]] ran aground off Barra and broke apart, Gambia's government said. "
    "The navy rescued [[150|other]], and search teams were looking for [[more than 100 others|missing]]. "
    "It was the {{second}} deadly wreck off the coast in {{a month}}.",
)

F(
    "Drifting pirogue found off Cape Verde weeks after leaving Senegal",
    "A pirogue that left Fass Boye in Senegal {{five weeks}} earlier was found drifting off the island of Sal with [[38 survivors|other;a=survivors]] on board, and [[more than 60 people|missing;a=survivors]] are believed to have been lost at sea, according to survivors. "
    "Its fuel ran out after {{10 days}}, they said. "
    "Cape Verde said it would fly the survivors home within {{a week}}.",
)

F(
    "Spain orders new rescue vessels for Atlantic route",
    "Spain's cabinet approved {{€42 million}} on Tuesday for new {{40-metre}} rescue vessels for Salvamento Marítimo, to be delivered by {{2026}}. "
    "It is the {{third}} such order since {{2018}}, when arrivals along the route began to rise again. "
    "The ships will reach {{25 knots}}.",
)

F(
    "Puntland police free migrants held by smugglers in Bosaso",
    "Police in Puntland said they had freed [[about 200 Ethiopian migrants|kidnapped;a=Police in Puntland]] held in warehouses in Bosaso by smugglers demanding ransoms, and arrested [[13 suspected smugglers|arrested;a=Police in Puntland]]. "
    "Some of the migrants had been held for {{two months}}. "
    "[[Six|injured]] were treated for beatings.",
)

F(
    "Fire at Sanaa detention facility kills migrants",
    "[[At least 45 migrants|killed;a=IOM]] were killed and [[more than 200|injured;a=IOM]] injured when a fire broke out at an overcrowded holding facility for migrants in Sanaa, IOM said. "
    "The facility was holding [[about 900 migrants|arrested]], most of them Ethiopians, in a hangar built for [[fewer than 350|capacity]]. "
    "The fire started at about {{2 p.m.}}",
)

F(
    "Moroccan navy intercepts boats bound for Canaries",
    "Morocco's navy said it had intercepted [[about 4,000 migrants|other;a=Morocco's navy]] off the coast of Western Sahara and southern Morocco in {{October}}, in [[96 boats|other;a=Morocco's navy]]. "
    "It recovered [[16 bodies|killed;a=Morocco's navy]] from the sea near Dakhla, it said.",
)

F(
    "Migrants arrive on Gran Canaria after rescue far out at sea",
    "Salvamento Marítimo's ship Guardamar Polimnia brought [[186 people|displaced]] ashore at Arguineguín after taking them off a cayuco {{270 nautical miles}} south of Gran Canaria. "
    "About {{a third}} of them were from Mali. "
    "[[Twenty-three|injured]] were treated for dehydration by the Red Cross on the quay.",
)

F(
    "Families in Thiaroye wait for news of missing pirogue",
    "Relatives in Thiaroye-sur-Mer said a pirogue carrying [[between 150 and 200 people|missing;a=Relatives in Thiaroye-sur-Mer]] had not been heard from since it left on {{June 27}}, {{12 days}} ago. "
    "The navy said it had sent [[two patrol boats|other;a=The navy]] to search an area of {{about 40,000 square kilometres}}. "
    "[[Several hundred young men|displaced;a=residents]] from the town have left by sea since {{2023}}, residents said.",
)
