"""Demolitions in Area C and East Jerusalem, Masafer Yatta, checkpoints, gates and closures
(2022-2026)."""

from _wrap import item

item(
    "Demolitions in West Bank and East Jerusalem hit new high",
    """
Israeli authorities demolished, seized or forced the demolition of [[1,768 Palestinian-owned structures|housing;a=OCHA]] in the West Bank,
including East Jerusalem, in {{2024}}, according to OCHA. The office said the demolitions displaced
[[4,527 people|displaced;a=office;alt=OCHA]], nearly half of them children.
About {{39%}} of the structures were homes. In East Jerusalem alone, [[at least 240 structures|housing;a=Ir Amim]] were knocked down,
[[91 of them|housing;a=Ir Amim;n=-;u=structure]] by their owners to avoid municipal fines, the Israeli group Ir Amim said.
OCHA said [[more than 300 of the structures|housing;a=OCHA]] had been funded by donors, among them the EU. The EU
said it had protested the demolition of [[32 donor-funded homes|housing;a=EU]] in a single month.
""",
)

item(
    "Bulldozers flatten Masafer Yatta hamlet",
    """
Israeli forces demolished [[22 structures|housing;a=OCHA]] in the hamlet of Khallet a-Dabe' in Masafer Yatta on
{{Wednesday}}, leaving [[12 families|displaced;a=OCHA]] without shelter, OCHA said. Among the buildings were
[[eight homes|housing]], [[five animal pens|housing;u=structure]] and a clinic. Residents said
[[about 40 soldiers|combatants;a=Residents]] and [[four bulldozers|other;a=Residents;u=other]] arrived before dawn. The Palestinian Red Crescent
said it had delivered [[16 tents|aid;a=Palestinian Red Crescent]] and [[30 hygiene kits|aid;a=Palestinian Red Crescent]] by nightfall.
The area lies inside {{Firing Zone 918}}, where Israel's High Court allowed the eviction of [[about 1,150 residents|civilians;a=Israel's High Court]] in {{May 2022}}.
""",
)

item(
    "Silwan families demolish own homes to avoid fines",
    """
Palestinian families in the al-Bustan area of Silwan tore down [[six of their own homes|housing;a=Wadi Hilweh Information Center]] this month rather than pay
the costs of municipal crews, the Wadi Hilweh Information Center said. The centre said
[[about 40 people|displaced;a=centre;alt=Wadi Hilweh Information Center]], [[23 of them|displaced;a=centre;alt=Wadi Hilweh Information Center;n=-]] children, were left homeless.
The Jerusalem municipality plans to replace [[about 90 homes|housing;a=municipality;alt=Jerusalem municipality;p]] in the neighbourhood with a biblical-themed park,
and [[some 1,500 residents|civilians;a=residents' committee]] are at risk of eviction, the residents' committee says.
Fines can reach {{NIS 300,000}}. Police deployed [[dozens of officers|combatants]] to escort the
demolition crews during the {{2024}} wave, when [[11 buildings|housing]] were razed.
""",
)

item(
    "Displaced from demolitions housed in prefab caravans",
    """
The Palestinian Authority has set up [[24 caravans|capacity;a=Palestinian Authority]] near Yatta for families whose homes were demolished in
Masafer Yatta, local officials said on {{Saturday}}. Each can house [[up to six people|capacity;a=local officials]], they said.
[[About 110 people|displaced;a=officials;alt=local officials]] are staying in the units, the officials said. The Italian consulate funded
[[another 10 caravans|capacity;a=Italian consulate;p]] it expects to install by the end of the month. The Israeli
Civil Administration has issued stop-work orders against [[four of them|other;a=residents;n=-;u=structure]], the residents said.
[[Nine families|returned;a=residents]] have gone back to rebuild on their land despite the orders, the residents said.
""",
)

item(
    "Punitive demolition of attackers' homes in Jenin and Hebron",
    """
Israeli troops blew up the family homes of [[two Palestinian gunmen|killed;a=army]] who were shot dead after an attack in Tel Aviv, the army
said on {{Tuesday}}. [[Seven people|killed;a=army]] were killed in that attack, the army said. Palestinian residents said the blasts in
Jenin damaged [[at least nine neighbouring flats|housing;a=Palestinian residents]]. The Palestinian Red Crescent said
[[14 people|injured;a=Palestinian Red Crescent]] were hurt in clashes during the demolition and that
[[three of them|injured;a=Palestinian Red Crescent;n=-]] were hit by live ammunition. The army said it had detained
[[five relatives|arrested;a=army]] of the attackers. HaMoked says Israel has carried out
[[more than 70 punitive demolitions|housing;a=HaMoked;u=structure]] since {{2022}}.
""",
)

item(
    "OCHA counts nearly 900 movement obstacles",
    """
OCHA counted [[849 movement obstacles|other;a=OCHA;u=other]] across the West Bank in {{early 2025}}, including
[[some 100 checkpoints|other;a=OCHA]] staffed around the clock and [[288 road gates|other;a=OCHA;u=other]], {{about 60%}} of them usually closed.
The office said [[146|other;a=office;alt=OCHA;u=other]] of the gates had been installed since {{October 2023}}. It said
[[roughly 3.3 million Palestinians|civilians;a=OCHA]] live in the West Bank and that
[[more than 200,000|civilians;a=OCHA]] live in communities whose main road is blocked. An ambulance from Salfit to
Nablus now takes {{two hours}} instead of {{30 minutes}}, the Palestinian Red Crescent said.
""",
)

item(
    "Gates shut on villages around Ramallah after attack",
    """
The Israeli army closed the iron gates at the entrances of [[at least 14 villages|civilians;a=Ramallah governorate;u=other]]
west of Ramallah after a shooting near Atarot, the Ramallah governorate said on {{Monday}}. It said
[[about 60,000 residents|civilians;a=Ramallah governorate]] were cut off from the city. Drivers said they waited up to
{{four hours}} at the Atara checkpoint. The army said it had deployed [[hundreds of extra troops|combatants;a=army]] and
arrested [[six suspects|arrested;a=army]] in searches. Palestinian officials said [[some 1,200 workers|civilians;a=Palestinian officials]] could not reach
their jobs and [[three patients|missing]] who set out for dialysis had not been heard from by night.
""",
)

item(
    "East Jerusalem: demolition orders pile up in Sur Baher",
    """
The Jerusalem municipality has issued [[about 70 demolition orders|other;a=Ir Amim;u=other]] in Sur Baher since {{January}}, Ir Amim said,
threatening [[roughly 450 residents|civilians;a=Ir Amim]]. It said [[16 buildings|housing;a=Ir Amim]] had already been razed. Israeli police
deployed [[hundreds of officers|combatants;a=police]] for the largest operation, in which [[ten apartments|housing;a=police]] were destroyed in one building,
the police said. UN officials said [[17 people|displaced;a=UN officials]] were left homeless. The families' lawyers said
[[fewer than five|other;u=other;a=families' lawyers]] of the building permits they applied for since {{2016}} were granted.
""",
)

item(
    "Umm al-Kheir demolitions leave dozens homeless",
    """
Israeli authorities demolished [[nine homes|housing;a=B'Tselem]] and [[a dozen animal shelters|housing;a=B'Tselem]] in Umm al-Kheir in
the south Hebron hills on {{Tuesday}}, B'Tselem said, leaving [[about 45 people|displaced;a=B'Tselem]] without a roof.
B'Tselem said [[about 25 of them|displaced;a=B'Tselem;n=-]] were children. The Norwegian Refugee Council said it had delivered
[[nine tents|aid;a=Norwegian Refugee Council]] and [[45 mattresses|aid;a=Norwegian Refugee Council]] to the families.
Villagers said [[three men|arrested;a=Villagers]] were detained when they tried to stop the bulldozers, and [[one|injured;a=Villagers]] was beaten.
""",
)

item(
    "Schools in Area C under demolition threat",
    """
[[More than 60 Palestinian schools|other;a=Save the Children]] in Area C and East Jerusalem face full or partial demolition orders, Save the Children
said on {{Thursday}}, affecting [[over 6,500 pupils|civilians;a=Save the Children]]. The charity said
[[three schools|housing;a=charity;alt=Save the Children]] had been demolished so far this year. One of them, in Ein Samiya, was meant for
[[about 50 children|capacity;a=charity;alt=Save the Children]] from the surrounding herding communities. It said
[[some 20 families|displaced;a=Save the Children]] from Ein Samiya had moved away since the school was razed and that
[[only four households|returned;a=Save the Children]] had returned. The EU said it would fund [[two replacement schools|housing;a=EU;p]].
""",
)

item(
    "Nablus villages: army razes homes near Route 60",
    """
Israeli army bulldozers demolished [[seven houses|housing;a=Palestinian news agency WAFA;alt=WAFA]] and [[four shops|housing;a=Palestinian news agency WAFA;alt=WAFA]] along
{{Route 60}} near Huwara on {{Sunday}}, the Palestinian news agency WAFA said. WAFA said [[more than 35 people|displaced;a=WAFA]]
lost their homes. The bulldozers also uprooted [[up to 40 olive trees|other;a=WAFA;u=other]], WAFA said.
The army said the buildings were built without permits and stood too close to the road. Residents said
[[around 150 troops|combatants;a=Residents]] sealed the area and a Palestinian man was arrested.
The Palestinian Authority said it would pay rent for [[the seven families|aid;a=Palestinian Authority;p]] for {{six months}}.
""",
)

item(
    "Families return to rebuilt homes in Beita",
    """
[[About 20 families|returned;a=Beita municipality]] returned on {{Saturday}} to homes in Beita that were rebuilt after Israeli demolitions last year,
the Beita municipality said. It said [[14 homes|housing;a=Beita municipality]] had been rebuilt with Qatari funding and that
[[six more|housing;a=Beita municipality;p;u=structure;n=-]] would be finished in {{spring}}. The municipality said
[[roughly 100 residents|returned;a=municipality;alt=Beita municipality]] had moved back in. Settlers from the Evyatar outpost on nearby
Mount Sabih have clashed with villagers repeatedly; [[at least eight Beita residents|killed]] have been shot dead in protests
there since {{2021}}. [[Dozens of Israeli soldiers|combatants]] were posted at the village entrance during the return.
""",
)

item(
    "Checkpoints and permits: what changed after October 2023",
    """
Israel revoked the work permits of Palestinians from the West Bank after {{7 October 2023}}. Before then, about {{one in five}}
West Bank workers held jobs in Israel or the settlements, earning about {{NIS 1.4 billion}} a month between them. The
Palestinian economy shrank by more than {{20%}} in {{2024}}, the World Bank said in {{June 2025}}.
""",
)

item(
    "Masafer Yatta ruling: the key dates",
    """
{{1981}}: Israel declares the area a firing zone. {{1999}}: the army expels residents; a court order lets them return in {{2000}}.
{{4 May 2022}}: the High Court rejects the villagers' petition after {{22 years}}. {{2023}}: the Oscar-winning film "No Other Land" is
shot in the {{first}} year of the demolitions that followed.
""",
)

item(
    "Shuafat camp sealed after soldier killed at checkpoint",
    """
Israeli forces sealed off Shuafat refugee camp in East Jerusalem on {{9 October 2022}} after a gunman killed
[[one Israeli soldier|killed;a=police]] and wounded [[two other people|injured;a=police]] at the camp's checkpoint, police said.
The camp and its surrounding neighbourhoods are home to [[as many as 130,000 Palestinians|civilians;a=Ir Amim]], Ir Amim said.
Police said [[more than 1,000 officers|combatants;a=Police]] took part in the search and that [[14 Palestinians|arrested;a=Police]]
were detained. The Palestinian Red Crescent said it had treated [[about 40 people|injured;a=Palestinian Red Crescent]] for tear gas
and rubber bullets. The camp committee said [[all 12 schools|other;a=camp committee]] were shut and [[some 3,000 pupils|civilians;a=camp committee]]
kept at home, and that [[dozens of dialysis patients|civilians;a=camp committee]] could not reach hospital. The closure lasted {{five days}}.
""",
)

item(
    "Army blows up residential blocks in Jenin camp",
    """
The Israeli army blew up [[23 buildings|housing;a=Jenin municipality]] in the Hawashin and Damaj quarters of Jenin refugee camp on
{{Sunday}}, Jenin municipality said, destroying [[about 120 apartments|housing;a=Jenin municipality]]. The army said it had found
[[hundreds of explosive devices|other;a=army]] in the camp since {{January}}. The families of [[two elderly residents|missing;a=families]] who stayed behind
when the operation began say they have not heard from them since. The municipality said it still runs [[11 shelters|capacity;a=municipality;alt=Jenin municipality]]
in the city, built to hold [[up to 800 people|capacity;a=municipality;alt=Jenin municipality]], and housing [[about 2,600|displaced;a=municipality;alt=Jenin municipality]].
UNRWA said it had put [[some 1,300 displaced families|aid;a=UNRWA]] on monthly cash assistance. The municipality said
[[fewer than 100 families|returned;a=municipality;alt=Jenin municipality]] had gone back to the camp's edges.
""",
)
