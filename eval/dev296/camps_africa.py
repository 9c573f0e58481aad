"""Floods, fires, storms and evictions in camps and displacement sites in Somalia, Sudan, South
Sudan, Chad, Nigeria, Kenya, Ethiopia, Mozambique, Malawi, DR Congo and Haiti, 2014-2026."""

from _wrap import item

item(
    "El Nino floods displace more than a million Somalis",
    """
Floods brought by El Niño rains have displaced [[more than 1.2 million people|displaced;a=OCHA]]
across Somalia and killed [[at least 96|killed;a=OCHA]], OCHA said on {{November 28, 2023}},
with the town of Beledweyne almost entirely under water. In Baidoa, which hosts [[more than
500 camps|capacity;a=the CCCM cluster]] for people displaced by drought and conflict, the CCCM
cluster said [[about 280 sites|capacity;a=the CCCM cluster]] had flooded. The cluster said
[[some 2,100 latrines|other;a=The cluster;alt=the CCCM cluster]] had collapsed or overflowed,
raising fears of cholera. SoDMA said its boats had rescued [[about 1,300 people|other;a=SoDMA]]
from rooftops in Beledweyne and that [[at least 20 people|missing;a=SoDMA]] were missing in
Luuq. The UN said it needed {{$112 million}} to help [[1.5 million people|aid;p;a=The UN]]
through {{March}}.
""",
)

item(
    "Bulldozers flatten Mogadishu displacement site",
    """
Bulldozers escorted by police demolished [[about 600 makeshift shelters|housing;a=residents]] at
a displacement site in Mogadishu's Kahda district on Saturday, residents said. The Norwegian
Refugee Council said [[more than 5,000 people|displaced;a=The Norwegian Refugee Council]] had
been evicted from [[12 sites|capacity;a=The Norwegian Refugee Council]] in the capital in the
past {{two weeks}}. It said [[over 170,000|displaced;a=The Norwegian Refugee Council]] had been
evicted across Somalia in {{2024}}, most of them from private land in Mogadishu and Baidoa.
Witnesses said [[about 50 police officers|combatants;a=Witnesses]] guarded the demolition and
[[three residents|arrested;a=Witnesses]] were detained after throwing stones. "I have been
evicted {{three times}} since I came here," said Halima Abdi, a {{62-year-old}} widow. [[Dozens
of families|displaced]] spent the night in the open beside the Afgoye road.
""",
)

item(
    "Alau dam collapse floods Maiduguri camps and prison",
    """
The collapse of the Alau dam flooded large parts of Maiduguri on {{September 10, 2024}},
killing [[at least 37 people|killed;a=the Borno State Emergency Management Agency]] and forcing
[[about 414,000|displaced;a=the Borno State Emergency Management Agency]] from their homes,
according to the Borno State Emergency Management Agency. Officials said [[about 30
camps|capacity;a=Officials]] had been opened in schools and public buildings, and that [[dozens
of people|missing;a=Officials]] were unaccounted for. The Nigerian army said its troops had
evacuated [[more than 3,000 residents|displaced;a=The Nigerian army]] by truck and canoe. The
prison service said [[281 inmates|other;a=The prison service]] had escaped after floodwaters
breached the walls of the Maiduguri custodial centre, and that [[seven|arrested;a=The prison
service]] had been recaptured. UNHCR said [[tens of thousands of people|civilians;a=UNHCR]] in
camps for those displaced by the Boko Haram insurgency had been affected.
""",
)

item(
    "Fire at Muna Garage camp; women abducted near Ngala",
    """
A fire destroyed [[about 300 shelters|housing;a=the State Emergency Management Agency]] at the
Muna Garage camp in Maiduguri on Wednesday, killing [[two children|killed;a=the State Emergency
Management Agency]], the State Emergency Management Agency said. [[About 1,500
people|displaced;a=the agency;alt=the State Emergency Management Agency]] lost everything, the
agency said. Separately, jihadists abducted [[at least 12 women|kidnapped;a=residents]] who had
left the Ngala camp to collect firewood, residents said on Thursday. A local militia leader
said [[four of the women|kidnapped;a=A local militia leader]] had escaped and walked back to
the camp. The camp, which houses [[more than 44,000 people|displaced]], is ringed by a trench.
Residents said [[about 40 fighters|combatants;a=Residents]] on motorcycles took part in the
raid.
""",
)

item(
    "Arba'at dam bursts as floods hit Sudan's war-displaced",
    """
The collapse of the Arba'at dam north of Port Sudan on {{August 25, 2024}} killed [[at least 30
people|killed;a=local officials]] and left [[hundreds|missing;a=local officials]] missing, local
officials said. Across Sudan, floods since {{June}} had affected [[more than 317,000
people|civilians;a=the IOM]] and destroyed [[about 9,800 homes|housing;a=the IOM]], according to
the IOM. Aid workers said [[16 gathering sites|capacity;a=Aid workers]] sheltering people who
fled the war had flooded in Kassala. In Central Darfur, the Sudanese Red Crescent said [[about
1,500 households|displaced;a=the Sudanese Red Crescent]] in the Hasahisa camp had lost their
shelters. The UN said it had sent [[45 trucks|aid;a=The UN]] of relief supplies through the
Adre crossing in {{August}}.
""",
)

item(
    "Bentiu camp marooned behind its dykes",
    """
Floodwaters have surrounded the Bentiu displacement camp in South Sudan's Unity State for a
{{third}} year. The camp, a former UN protection-of-civilians site, now holds [[about 140,000
people|displaced;a=the IOM]], according to the IOM, whose crews maintain {{90 km}} of dykes
around it. [[More than 780,000 people|civilians;a=OCHA]] were affected by flooding in South
Sudan in {{2021}}, OCHA said. UNMISS said [[about 200 Pakistani peacekeepers|combatants;a=UNMISS]]
were helping to repair the dykes. [[Four children|killed;a=camp managers]] have drowned in
flooded borrow pits near the camp since {{July}}, camp managers said, and [[about 6,000
people|returned;a=camp managers]] have gone back to their villages where waters have receded.
[[Some 35,000 new arrivals|displaced]] from flooded villages have settled in [[four informal
sites|capacity]] on higher ground.
""",
)

item(
    "Dadaab camps flooded as Kenya rains intensify",
    """
Heavy rains flooded the Dadaab refugee complex in north-eastern Kenya, displacing [[more than
20,000 refugees|displaced;a=UNHCR]] within the camps, UNHCR said on {{November 22, 2023}}. In
Hagadera, [[about 3,000 latrines|other;a=the agency;alt=UNHCR]] collapsed, the agency said.
Médecins Sans Frontières said it had treated [[around 400 patients|other;a=Médecins Sans
Frontières]] for cholera in {{10 days}}. Dadaab hosts [[about 370,000 refugees|displaced]],
mostly Somalis. The Kenya Red Cross said it had evacuated [[2,300 families|displaced;a=The Kenya
Red Cross]] from low-lying parts of Garissa town. [[Up to 100,000 people|civilians;p;a=the county
government]] could be affected in Garissa county if the Tana River burst its banks, the county
government warned.
""",
)

item(
    "Cyclone Chido hits Cabo Delgado's displacement sites",
    """
Cyclone Chido tore through Cabo Delgado province on {{December 15, 2024}} with winds of up to
{{260 km/h}}, killing [[at least 94 people|killed;a=the National Institute for Disaster Risk
Management (INGD)]], the National Institute for Disaster Risk Management (INGD) said. [[About
155,000 homes|housing;a=the National Institute for Disaster Risk Management
(INGD)]] were destroyed or damaged, it said. Many of those hit were already displaced by the
insurgency: the IOM said [[60 to 70 displacement sites|capacity;a=the IOM]] in Mecufi, Chiure
and Metuge had been damaged, and that [[an estimated 90,000 displaced people|displaced;a=the
IOM]] had lost their shelters. The UN said it had pre-positioned [[5,000 shelter
kits|aid;a=The UN]] in Pemba. Health officials said [[768 people|injured;a=Health officials]]
had been injured.
""",
)

item(
    "M23 orders Goma's displaced out of the camps",
    """
The {{M23}} rebels who seized Goma in {{January 2025}} ordered the displaced people living in
camps around the city to leave within {{72 hours}}, aid agencies said. UNHCR said [[about
110,000 people|returned;a=UNHCR]] had left the camps for their home villages in Masisi and
Rutshuru in {{February}}. [[Some 650,000 people|displaced;a=OCHA]] had been living in [[about
70 sites|capacity;a=OCHA]] around the city before the offensive, according to OCHA. Camp
leaders said rebels had burned [[hundreds of shelters|housing;a=Camp leaders]] in Bulengo and
Lushagala. Residents said [[at least 15 displaced people|kidnapped;a=Residents]] had been
abducted at night. The {{M23}} said it had deployed [[300 fighters|combatants;a=The M23]] to
"secure" the sites.
""",
)

item(
    "Rains wash away shelters at Adre as refugees keep coming",
    """
Heavy rains flooded the makeshift refugee site at Adré on Chad's border with Sudan, washing away
[[about 3,600 shelters|housing;a=Médecins Sans Frontières]], Médecins Sans Frontières said.
[[About 230,000 Sudanese refugees|displaced;a=UNHCR]] are crowded into the site, according to
UNHCR. The agency said it planned to relocate [[20,000 refugees|displaced;p;a=The
agency;alt=UNHCR]] to new camps further inland by {{October}}, but that [[only 6,800|displaced;a=The
agency;alt=UNHCR]] had been moved so far. MSF said it had treated [[more than 1,000
children|other;a=MSF]] for malaria in {{two weeks}}. A fire in the Arkoum camp last month
burned [[150 shelters|housing]] and killed [[three people|killed]].
""",
)

item(
    "Floods swamp Port-au-Prince displacement sites",
    """
Heavy rains flooded [[at least 27 displacement sites|capacity;a=the IOM]] in Port-au-Prince
overnight, the IOM said on {{June 3, 2025}}. [[More than 1.3 million people|displaced;a=the
IOM]] are displaced in Haiti by gang violence, according to the IOM, [[about 200,000|displaced;a=the
IOM]] of them in [[over 240 sites|capacity;a=the IOM]] in the capital. Civil protection said
[[four people|killed;a=Civil protection]] drowned and [[nine|injured;a=Civil protection]] were
hurt. [[Some 1,100 families|displaced]] were moved from a flooded school in {{Delmas 33}} to a
sports hall.
""",
)

item(
    "Tigray town moves displaced out of schools",
    """
Authorities in Shire, in Ethiopia's Tigray region, began moving displaced families out of [[18
schools|capacity;a=the town's education office]] on Monday so that classes could resume after
nearly {{four years}}, the town's education office said. The schools have sheltered [[about
52,000 people|displaced]]. Officials said [[about 8,000 families|displaced;p;a=Officials]] would
be moved to a new site at Endabaguna, where [[2,000 emergency shelters|capacity;p;a=Officials]]
are planned. Tigray's interim administration said [[about 70,000 people|returned;a=Tigray's
interim administration]] had gone back to Tselemti and Tsegede since {{April}}. [[Several
hundred displaced people|other]] marched in Mekelle on Friday demanding to go home, and police
detained [[11 of them|arrested;n=-]].
""",
)

item(
    "Wind-driven fire razes three camps outside Baidoa",
    """
A fire fanned by strong winds swept through [[three camps|capacity;a=the district
commissioner]] for displaced people on the outskirts of Baidoa on Tuesday, burning [[between
1,200 and 1,500 makeshift huts|housing;a=the district commissioner]], the district commissioner
said. [[A dozen children|injured;a=a hospital official]] were treated for burns at Bay Regional
Hospital, and [[one woman|killed;a=a hospital official]] died, a hospital official said. The
camps were home to [[about 1,800 families|displaced]] who fled drought in {{2022}}. The Danish
Refugee Council said it would distribute emergency kits to [[all 1,800 families|aid;p;a=The
Danish Refugee Council]]. Camp leaders said [[dozens of goats|other;a=Camp leaders]] had also
died.
""",
)

item(
    "Freddy leaves 659,000 in Malawi's camps",
    """
Malawi's Department of Disaster Management Affairs said on {{March 22, 2023}} that Cyclone
Freddy had killed [[at least 676 people|killed;a=Malawi's Department of Disaster Management
Affairs]], with [[537|missing;a=Malawi's Department of Disaster Management Affairs]] still
missing, and that [[more than 659,000 people|displaced;a=Malawi's Department of Disaster
Management Affairs]] were sheltering in [[747 camps|capacity;a=Malawi's Department of Disaster
Management Affairs]]. The World Food Programme said it was feeding [[some 200,000
people|aid;a=The World Food Programme]] in the camps. [[About 1,000 soldiers|combatants]] were
deployed to search for survivors in Blantyre's Chilobwe township, where mudslides buried homes.
Health officials warned that crowding in the camps could spread cholera.
""",
)

item(
    "Gu rains outlook for Somalia",
    """
FAO's Somalia Water and Land Information Management unit expects {{150 mm}} to {{200 mm}} of
rain in the Juba and Shabelle basins between {{April}} and {{June}}. There is a {{60 per
cent}} chance of above-normal rainfall, the highest since {{2019}}. River levels at Beledweyne
rose to {{6.8 metres}} on {{April 22}}, close to the flood mark.
""",
)

item(
    "Borno sets aside money for camp closures",
    """
Borno State allocated {{N9 billion}} in its {{2025}} budget to close camps in Maiduguri and
resettle their residents, the state's finance commissioner said. Spending in {{fiscal year
2024}} on resettlement rose {{23 per cent}}. Governor Babagana Zulum, who announced the closure
plan in {{2021}}, said the last camps should shut by {{December 31}}.
""",
)
