"""dev425 items: Cambodia, Laos, Vietnam, Myanmar, Thailand, Afghanistan, Sri Lanka and Kashmir.

Fifteen texts with figures and two with numbers but no figure (the last two)."""

from _wrap import item

item(
    "Cambodia's mine toll falls, but the old K5 belt still takes legs",
    """
Landmines and explosive remnants of war killed [[14 people|killed;a=the Cambodian Mine Action
and Victim Assistance Authority]] and wounded [[63 others|injured;a=the Cambodian Mine Action and
Victim Assistance Authority]] in Cambodia in {{2019}}, the Cambodian Mine Action and Victim
Assistance Authority said on Tuesday. Most of the blasts were in Battambang, Banteay Meanchey and
Pailin, along the {{K5}} barrier of mines that Vietnamese-backed forces laid across the north-west
in the {{1980s}}. Among the wounded were [[17 children|injured]], several of them hurt while
handling cluster bomblets in Preah Vihear and Stung Treng. Clearance teams released {{91 square
kilometres}} of land last year and destroyed [[21,542 anti-personnel mines|other;a=the
authority;alt=the Cambodian Mine Action and Victim Assistance Authority]], [[476 anti-tank
mines|other;a=the authority;alt=the Cambodian Mine Action and Victim Assistance Authority]] and
[[more than 29,000 items|other;a=the authority;alt=the Cambodian Mine Action and Victim
Assistance Authority]] of unexploded ordnance, the authority said. Cambodia has recorded [[more
than 64,800 casualties|injured;a=Cambodia]] since {{1979}}. An estimated [[25,000
amputees|injured]] live in the country, one of the highest rates in the world.
""",
)

item(
    "Half a century on, Laos still digs up America's bombies",
    """
American aircraft dropped [[more than 270 million cluster submunitions|other;u=other;a=the
National Regulatory Authority (NRA)]] on Laos between {{1964}} and {{1973}}, and [[as many as 80
million|other;u=other;a=the National Regulatory Authority (NRA)]] failed to explode, according to the
National Regulatory Authority (NRA). Since the war ended, unexploded ordnance has killed or
injured [[more than 50,000 people|injured;a=the NRA]], the NRA says. In {{2022}} the authority
recorded [[24 casualties|injured;a=the authority;alt=the National Regulatory Authority (NRA)]],
including [[nine deaths|killed;a=the authority;alt=the National Regulatory Authority (NRA)]].
Barack Obama, the first sitting US president to visit Laos, pledged {{$90 million}} over {{three
years}} in {{2016}}. UXO Lao, the national clearance operator, says its [[1,100 staff|other;a=UXO
Lao]] destroyed [[some 62,000 items|other;a=UXO Lao]] last year, most of them the
tennis-ball-sized {{BLU-26}} bomblets known locally as bombies. Farmers in Xieng Khouang still hit
them when they plough, and [[dozens of families|civilians]] in Sepon district live on land that
has never been surveyed.
""",
)

item(
    "Gunmen kill HALO deminers at camp in northern Afghanistan",
    """
Gunmen stormed a HALO Trust compound in Baghlan province late on Tuesday and opened fire on
deminers resting after a day's work, killing [[10|killed;a=the British charity;alt=HALO Trust]]
and wounding [[16|injured;a=the British charity;alt=HALO Trust]], the British charity said.
[[Four|injured;a=a doctor at the provincial hospital]] were in a critical condition, a doctor at
the provincial hospital said. [[About 110 deminers|other;a=a provincial official]] were based at
the camp, a provincial official told AFP, and survivors said the attackers went from room to room
asking which of the men were Hazaras. The Taliban denied involvement. Police said they had
detained [[three suspects|arrested;a=Police]]. HALO, which has worked in Afghanistan since
{{1988}}, says it employs [[some 2,600 Afghans|other;a=HALO]], and its chief executive, James
Cowan, called the killings "an attack on people who were there to save lives".
""",
)

item(
    "Children make up most of Afghanistan's ordnance victims, UN agencies say",
    """
Unexploded ordnance killed [[186 Afghan children|killed;a=UNICEF]] and maimed
[[436|injured;a=UNICEF]] in {{2022}}, UNICEF said, more than in any other country it monitors. In
one blast in Ghazni province in {{April}}, [[nine children|killed;a=local officials]] died when a
mortar round they had found near a stream exploded, local officials said. Most victims are boys
collecting scrap metal, which sells for about {{50 afghanis}} a kilogram. The UN Mine Action
Service says [[about 4.5 million people|civilians;a=The UN Mine Action Service]] live within {{one
kilometre}} of a known hazard. Funding cuts since the Taliban takeover forced clearance groups to
lay off [[more than 3,000 deminers|other;a=the agency;alt=The UN Mine Action Service]], the agency
added. Risk education teams reached [[1.2m people|aid]] last year, and the agency plans to reach
[[2 million|aid;p;a=the agency;alt=The UN Mine Action Service]] this year if donors pay.
""",
)

item(
    "Taliban free nine abducted deminers in Farah; two found dead",
    """
Gunmen abducted [[14 deminers|kidnapped;a=provincial officials]] from a clearance site on the
road between Farah city and Bala Buluk on Sunday, provincial officials said. Tribal elders
secured the release of [[nine|kidnapped;a=Naser Mehri]] late on Thursday, said Naser Mehri, the
governor's spokesman. The bodies of [[two others|killed;a=police]] were found in a dry riverbed
on Friday, police said. [[Three|missing;a=Naser Mehri]] remain unaccounted for, he added. The men
worked for the Mine Detection Center, an Afghan group that employs [[around 1,500
people|other]]. The UN said [[31 mine action workers|killed;a=The UN]] were killed and
[[64|kidnapped;a=The UN]] abducted across Afghanistan in {{2016}}, most of them in the west and
south.
""",
)

item(
    "Myanmar overtakes Syria as deadliest country for landmines",
    """
Myanmar recorded [[1,003 casualties|injured;a=the Landmine Monitor]] from landmines and explosive
remnants of war in {{2023}}, more than any other country, the Landmine Monitor said in its annual
report. It was the first time in nearly a decade that Syria had not topped the list. UNICEF,
which keeps its own count, documented [[1,052 civilian casualties|injured;a=UNICEF]] in the same
year, {{20%}} of them children. Villagers told the monitor that soldiers had seized [[at least 40
men|kidnapped;a=Villagers]] from their homes in Sagaing and forced them to walk ahead of
columns as human minesweepers. Fighting has displaced [[more than 3 million
people|displaced;a=the UN]] since the {{2021}} coup, according to the UN. The ICRC said [[2,600
survivors|aid;a=The ICRC]] received prosthetics or physiotherapy at the centres it supports,
but the country has [[just 12 rehabilitation centres|other]] to serve them.
""",
)

item(
    "Rohingya fleeing Rakhine fighting lose limbs on mined border",
    """
Landmines along the Myanmar side of the Naf river wounded [[at least 11
Rohingya|injured;a=Medecins Sans Frontieres]] trying to cross into Bangladesh last week,
Medecins Sans Frontieres said on Monday. [[Two|killed;a=the charity;alt=Medecins Sans
Frontieres]] later died of their wounds at its hospital in Kutupalong, the charity said. Border
Guard Bangladesh said [[about 1,200 Rohingya|displaced;a=Border Guard Bangladesh]] had crossed
since the Arakan Army took Maungdaw in December. Guards had also detained [[64 people|arrested;a=Border
Guard Bangladesh]] suspected of smuggling, it said. The camps of Cox's Bazar already shelter
[[more than 1 million Rohingya|displaced]], spread across [[33 camps|capacity]]. The Arakan Army
and the military accuse each other of laying the mines.
""",
)

item(
    "Thai soldiers maimed by new mines as border dispute flares",
    """
[[Three Thai soldiers|injured;a=the Royal Thai Army]] were wounded when their patrol stepped on
a landmine near Chong Bok on {{July 16}}, the Royal Thai Army said. It was the {{second}} such
blast in a week: on {{July 23}}, [[five soldiers|injured]] were hurt in Ubon Ratchathani, and a
sergeant lost a leg. Thai army engineers said they had found [[at least 10 freshly laid
mines|other;a=Thai army engineers]] of the Russian-made {{PMN-2}} type, which Bangkok says
Cambodia has planted in breach of the Ottawa Convention. Phnom Penh denies laying new mines. The
clashes that followed killed [[at least 43 people|killed;a=officials]] on both sides and forced
[[more than 300,000|displaced;a=officials]] to flee border districts, officials said. Thailand
moved [[about 2,000 additional troops|combatants;a=the army]] to the frontier, the army said.
Cambodia said it would send [[150 deminers|other;p;a=Cambodia]] to survey the disputed zone if
Thailand agreed.
""",
)

item(
    "Bomb found under Quang Tri schoolyard as Vietnam's clear-up grinds on",
    """
Bomb disposal experts in Vietnam's Quang Tri province removed a {{340-kilogram}} US bomb from
beneath a primary school on Friday after [[some 120 households|displaced;a=provincial
officials]] were evacuated, provincial officials said. Project RENEW, a Norwegian-backed
programme, said [[14 technicians|other;a=Project RENEW]] worked through the night to defuse it.
Since the war ended in {{1975}}, ordnance has killed [[more than 3,400 people|killed;a=provincial
records]] in Quang Tri and injured [[about 5,100|injured;a=provincial records]], according to
provincial records. Teams destroyed [[more than 16,000 items|other]] across the province last
year. Surveys have found cluster munition contamination in [[nearly 400 villages|other]]. The
blast of an old shell near Cam Lo in {{March}} damaged [[three houses|housing]] and wounded [[two
farmers|injured]].
""",
)

item(
    "Sri Lanka's north edges towards mine-free as last welfare centres empty",
    """
The HALO Trust said on Thursday it had cleared [[more than 280,000 mines|other;a=The HALO
Trust]] in northern Sri Lanka since {{2002}}, allowing [[some 1,500 families|returned;a=The HALO
Trust]] to go back to land on the old Muhamalai front line this year alone. The charity says it
employs [[more than 800 deminers|other;a=The charity;alt=The HALO Trust]], {{two in five}} of
them women. The government says the [[16 welfare centres|capacity;a=The government]] still open
in Jaffna house [[about 4,000 people|displaced;a=The government]] who lost their land to the war.
Colombo has set {{2028}} as its deadline to finish clearance. Accidents are now rare: [[two
deminers|injured]] were hurt in {{2021}}, the last recorded casualties.
""",
)

item(
    "Afghans forced home from Iran cross into mine-strewn land",
    """
[[More than 1.5 million Afghans|returned;a=the International Organization for Migration]]
returned or were deported from Iran and Pakistan in {{2025}}, according to the International
Organization for Migration, many of them to districts littered with ordnance from {{four
decades}} of war. UNMAS said its partners had given risk-education sessions to [[about 430,000
returnees|aid;a=UNMAS]] at the Islam Qala and Torkham crossings. In Herat, [[four
children|killed;a=the provincial police]] from a returnee family were killed when an old rocket
they were playing with exploded, the provincial police said. Aid groups recorded [[at least 190
casualties|injured;a=Aid groups]] among returnees in the first half of the year. [[Some 70,000
returnees|displaced]] are living in tents around Islam Qala. The Directorate of Mine Action
Coordination says it needs [[another 3,500 deminers|other;p;a=The Directorate of Mine Action
Coordination]] to clear the areas where they are settling.
""",
)

item(
    "Unexploded shells keep Poonch families in relief camps",
    """
Army bomb disposal squads have destroyed [[more than 40 unexploded shells|other;a=officials]] in
Poonch and Rajouri since the {{May 10}} ceasefire, officials said. [[Two brothers|killed;a=police]],
{{aged 12 and 14}}, were killed on Saturday when a shell they found in a field exploded, police
said. [[About 2,000 residents|displaced;a=the district administration]] of border villages are
still in [[11 relief camps|capacity;a=the district administration]], the district
administration said. The army said [[about 120 sappers|combatants;a=The army]] had been deployed
to comb fields before the sowing season. Pakistani shelling during the {{four-day}} conflict
damaged [[more than 1,000 homes|housing;a=officials]] in the district, officials estimate.
""",
)

item(
    "Cambodia's mine-sniffing rats pass a milestone",
    """
APOPO's giant pouched rats have helped find [[more than 1,000 landmines|other;u=other;a=the Belgian
charity;alt=APOPO]] in Cambodia, the Belgian charity said on Wednesday. The best known, Magawa,
sniffed out [[71 landmines|other;u=other]] and [[38 items|other]] of unexploded ordnance over {{five
years}} before retiring in {{2021}}; he died the next year, {{aged eight}}. APOPO says [[about 100
rats|other;u=other;a=APOPO]] now work in Cambodia alongside [[some 150 handlers|other;a=APOPO]].
A rat can search {{200 square metres}} in {{30 minutes}}, a job that takes a deminer with a metal
detector up to {{four days}}. Cambodia's mine action authority estimates [[some 1 million
people|civilians;a=Cambodia's mine action authority]] live in villages with contamination.
""",
)

item(
    "Karenni villagers go home to harvest, and to mined fields",
    """
[[Dozens of families|returned]] have gone back to villages around Demoso in Myanmar's Karenni
state since resistance forces pushed the army out in {{2024}}. But mines killed [[seven
returnees|killed;a=the Karenni Human Rights Group]] and wounded [[between 15 and 20|injured;a=the
Karenni Human Rights Group]] between {{January}} and {{June}}, the Karenni Human Rights Group
says. The group said soldiers had planted mines in [[at least 30 villages|other;a=The
group;alt=the Karenni Human Rights Group]] before retreating, in rice paddies, churchyards and
homes. The Karenni Nationalities Defence Force said it had detained [[two men|arrested;a=The
Karenni Nationalities Defence Force]] accused of selling mines to both sides. [[Around 100,000
people|displaced]] from the state are still sheltering in forest camps, and many say they will
not go home until the fields are surveyed.
""",
)

item(
    "Vientiane limb centre fits thousands, but survivors in the south wait",
    """
The COPE centre in Vientiane fitted [[1,120 artificial limbs|aid;u=other;a=the centre;alt=COPE]]
in {{2018}} and treated [[about 2,300 patients|aid;a=the centre;alt=COPE]], the centre said in its
annual report. Laos's National Regulatory Authority estimates the country has [[roughly 20,000
survivors|injured;a=Laos's National Regulatory Authority]] of ordnance accidents, most of them men
hurt while farming or collecting scrap. The government's victim assistance fund paid grants to
[[some 3,100 survivors|aid]] in {{2019}}. A new dormitory at the centre, opened in November, has
room for [[30 patients|capacity]] from distant provinces and their families. A prosthetic leg
costs about {{$300}}, and many survivors in Savannakhet and Attapeu live {{two days}} by bus from
the nearest workshop.
""",
)

item(
    "Cambodia asks for more time to clear its minefields",
    """
Cambodia has asked the states parties to the Ottawa Convention to extend its clearance deadline
from {{2025}} to {{2030}}, the government said on Monday. The request, under {{Article 5}} of the
treaty, is the country's {{third}}. Officials said about {{1,970 square kilometres}} remained to
be cleared at the end of {{2024}} and that the work would cost {{$350 million}}, {{60%}} of which
donors have yet to pledge. Prime Minister Hun Manet's government has set aside {{$10 million}} a
year from the national budget. The extension will be decided at the meeting of states parties in
Geneva in {{November}}.
""",
)

item(
    "Laos's bomb survey runs years behind schedule",
    """
Laos's national survey of cluster munition contamination, begun in {{2017}}, has covered only
{{55%}} of the country's most affected provinces, the National Regulatory Authority said on
Tuesday. Clearance teams released {{3,580 hectares}} last year, up {{12%}} on {{2022}}, at a cost
of about {{$1,100}} a hectare. The government's target, set in {{2019}}, is to clear all priority
farmland by {{2030}}. At the current pace, officials concede, that would take {{well over a
decade}} longer. Donor funding fell to {{$38 million}} in {{2023}}, down from {{$52 million}} {{five
years}} earlier.
""",
)
