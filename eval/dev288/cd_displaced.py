"""dev288 items: people displaced, hosted, pushed back and returning, 2019-2026."""

from _wrap import item

item(
    "IOM: displacement in northern Mozambique passes 900,000",
    """
The number of people displaced by the conflict in northern Mozambique has risen to
[[946,500|displaced;a=the International Organization for Migration]], the International Organization
for Migration said on {{Thursday}}, up from [[about 670,000|displaced;a=the International
Organization for Migration]] at the end of {{2020}}. In its {{13th}} round of surveys, the agency
counted [[196,000 households|displaced;a=the agency;alt=the International Organization for
Migration]] in Cabo Delgado, Niassa and Nampula provinces. [[Some 80,000 people|displaced;a=the
agency;alt=the International Organization for Migration]] were living in [[more than 100
displacement sites|capacity;a=the agency;alt=the International Organization for Migration]], the
agency said, while the rest were staying with host families. Pemba alone hosted [[an estimated
152,000 displaced people|displaced;a=IOM]], IOM said. Women and children make up {{nearly 80%}} of
those displaced. The report covered the period from {{June to August 2021}}.
""",
)

item(
    "Returnees outnumber the displaced in Cabo Delgado for first time",
    """
[[More than 540,000 people|returned;a=the International Organization for Migration]] have returned
to their home areas in Cabo Delgado since {{2022}}, the International Organization for Migration
said on {{Tuesday}}, overtaking the [[roughly 520,000|displaced;a=the International Organization for
Migration]] still displaced. Mocímboa da Praia district received the largest share, [[about 172,000
returnees|returned;a=the agency's tracking;alt=the International Organization for Migration]],
according to the agency's tracking, followed by Palma with [[118,000|returned;a=the agency's
tracking;alt=the International Organization for Migration]]. Aid workers said many returnees found
their homes stripped of doors and roofs. "People come back to nothing," said a Caritas worker in
Mocímboa. Provincial authorities said [[3,200 houses|housing;a=Provincial authorities]] had been
rebuilt in the two districts, against [[some 14,000|housing;a=Provincial
authorities;n=-;u=structure]] recorded as destroyed.
""",
)

item(
    "Families return to Palma as shops reopen",
    """
Families who fled the {{March 2021}} attack on Palma have been returning by road and by boat since
security improved, district officials said. The district administrator told Lusa that [[about 11,000
families|returned;a=The district administrator]] had come back to the town and surrounding villages
by {{July 2023}}, and that [[between 300 and 400 people|returned;a=The district administrator]] were
arriving each week. Only [[62|other;n=-;u=structure;a=a traders' association]] of the [[240
shops|other;a=a traders' association]] in the town centre had reopened, a traders' association said.
Electricity was restored to [[1,900 homes|other;a=the utility EDM]], according to the utility EDM.
In Quitunda, the resettlement village built for the gas project, [[550
houses|capacity;a=TotalEnergies]] were occupied by families who had been moved from the Afungi
peninsula, TotalEnergies said. The company plans to build [[a further 120 houses|capacity;p;a=The
company;alt=TotalEnergies]] by {{2026}}.
""",
)

item(
    "UNHCR says Tanzania pushed back thousands of Mozambicans at Negomano",
    """
Tanzania forcibly returned [[more than 9,600 Mozambicans|returned;a=the UN refugee
agency;alt=UNHCR]] who had crossed the Ruvuma river seeking asylum between {{January and August
2021}}, the UN refugee agency said. UNHCR said [[about 1,500|returned;a=UNHCR]] had been sent back
in the {{first two weeks of August}} alone through the Negomano border post. Many of those returned
were held for {{several days}} in a transit camp, where the agency's staff met [[hundreds of
families|displaced]] sleeping in the open. Mozambican officials in Mueda said [[some 3,000
people|displaced;a=Mozambican officials in Mueda]] were stranded at Negomano waiting to cross.
[[About 400|returned;a=UNHCR;n=-]] of those pushed back were unaccompanied children, UNHCR said.
Tanzania's government denied expelling anyone, saying it had screened [[1,068
people|other;a=Tanzania's government]] under an agreement signed in {{2019}}. "Asylum seekers must
never be turned away," a UNHCR spokesperson told journalists in Geneva.
""",
)

item(
    "Corrane site in Metuge strains under new arrivals",
    """
The Corrane resettlement site in Metuge district, built for [[10,000 people|capacity;a=aid
workers]], now holds [[close to 21,000|displaced;a=aid workers]], aid workers said. [[More than
1,200 new arrivals|displaced;a=IOM's site managers]] were registered in {{June}} after attacks in
Macomia, according to IOM's site managers. The site has [[340 latrines|aid;a=aid workers]], aid
workers said, about a third of what humanitarian standards require. Site managers said [[30 to 40
families|displaced;a=Site managers]] were arriving each week. The provincial government says it is
preparing plots for [[1,500 families|capacity;p;a=The provincial government]] at a new site in
Ntokota. [[At least 23 residents|injured;a=the district health office]] were treated for injuries
after a fire swept [[87 shelters|housing;a=the district health office]] on {{21 June}}, the district
health office said.
""",
)

item(
    "Pemba's host families carry the weight of the displaced",
    """
In Pemba's Paquitequete and Natite neighbourhoods, a single house often shelters [[15 to 20
people|displaced]]. [[About 150,000 displaced people|displaced;a=the municipal council]] were living
with host families in the city in {{early 2022}}, the municipal council estimated, in a city of
[[roughly 200,000 residents|civilians;a=the municipal council]]. Amina Saide, {{52}}, has taken in
[[11 relatives|displaced;a=Amina Saide]] from Quissanga since {{2020}}, she said. "We share the same
pot," she said. The council said [[about 23,000 households|civilians;a=The council]] in the city
were hosting relatives, and that [[about 4,000|returned;a=The council;n=-]] displaced people had
gone home to Mocímboa da Praia since {{January}}. The World Food Programme said it was supporting
[[about 38,000 host households|aid;a=The World Food Programme]] in Pemba with cash transfers of
{{1,500 meticais}} a month. A survey by the Norwegian Refugee Council found that {{seven in ten}}
host families had sold assets to cope.
""",
)

item(
    "Nampula's Eráti district absorbs families fleeing across the Lúrio",
    """
Eráti district in Nampula province was hosting [[about 29,500 displaced people|displaced;a=local
authorities]] from neighbouring Chiúre in {{March 2024}}, local authorities said, more than {{a
month}} after the attacks that drove them across the Lúrio river. [[Around 11,000|displaced]] were
in [[four reception centres|capacity]] in Namapa, and the others with relatives. By mid-month [[some
6,800|returned]] had gone back to Chiúre. The National Institute for Disaster Risk Management and
Reduction (INGD) said it had distributed [[2,400 shelter kits|aid;a=The National Institute for
Disaster Risk Management and Reduction (INGD)]] and planned to send [[1,000 more|aid;p;a=The
National Institute for Disaster Risk Management and Reduction (INGD);n=-;u=other]]. Health workers
reported [[63 cases|other;a=Health workers]] of acute watery diarrhoea among children in the
centres.
""",
)

item(
    "Chiúre families return weeks after flight",
    """
Most of the people who fled insurgent attacks in Chiúre district in {{February 2024}} have returned
to their villages, the International Organization for Migration said, estimating that [[about
52,000|returned;a=the International Organization for Migration]] had gone back by {{mid-April}}.
[[Another 15,000|displaced;a=the International Organization for Migration]] remained displaced, it
said, many of them in Ocua and in Eráti across the provincial border. The World Food Programme said
it would distribute food to [[18,000 returnee households|aid;p;a=The World Food Programme]] in
{{May}}. [[Two farmers|killed;a=local officials]] were killed in their fields near Ocua in
{{April}}, local officials said. Returning farmers found [[dozens of granaries|housing;u=structure]]
burned and the cassava harvest lost. "We came back because there was nothing to eat where we were,"
a man from Mazeze told the agency. The government said [[four schools|other;a=The government]] in
the district had reopened and [[26|other;a=The government;n=-;u=structure]] remained closed.
""",
)

item(
    "Displaced return to Macomia as market reopens",
    """
The Macomia market reopened on {{Monday}} for the first time since the insurgent raid of {{May
2024}}, as [[several thousand people|returned;a=officials]] who had fled to Pemba and Metuge began
to return, officials said. The district administrator said [[4,200 households|returned;a=The
district administrator]] had registered with the authorities on their return, and [[up to 2,000
more|returned;p;a=The district administrator;u=household;n=-]] were expected before the rains.
[[About 180 traders|other;a=the traders' association]] set up stalls, the traders' association said.
Rwandan and Mozambican forces patrol the town, which had [[an estimated 36,000 residents|civilians]]
before the conflict. MSF said it had reopened its clinic, which saw [[412 patients|other;a=MSF]] in
its {{first}} week.
""",
)

item(
    "UNHCR report: Mozambique's displaced fall but new flight continues",
    """
Mozambique had [[582,000 internally displaced people|displaced;a=UNHCR]] at the end of {{2024}},
down from [[850,000|displaced;a=UNHCR]] a year earlier, UNHCR said in its annual Global Trends
report. But the agency said [[at least 110,000 people|displaced;a=the agency;alt=UNHCR]] had been
newly displaced during the year, most of them in Chiúre, Macomia and Ancuabe. [[Nearly
60,000|displaced]] of the displaced were in Niassa and Nampula. [[Some 620,000|returned;a=the
report]] had returned home since {{2022}}, the report said, although it cautioned that returns were
"not always voluntary or sustainable." Mozambique also hosts [[about 25,000 refugees|displaced]] and
asylum-seekers, mainly from the Great Lakes, in Maratane camp in Nampula. The agency's appeal for
Mozambique in {{2025}} was {{$47.8 million}}, of which {{38%}} was funded.
""",
)

item(
    "Ibo island swells as displaced arrive by dhow",
    """
The island of Ibo, home to [[about 6,000 people|civilians;a=the island's administrator]] before the
war, was sheltering [[more than 30,000 displaced|displaced;a=the island's administrator]] in
{{December 2020}}, the island's administrator said. Dhows carrying [[40 to 60 people|displaced;a=the
island's administrator]] each arrived every day from Quissanga and Macomia, he said. [[At least 13
people|killed;a=local officials]] drowned when a dhow capsized off Quirimba on {{Saturday}}, local
officials said, and [[nine|missing;n=-;a=local officials]] were missing. The World Food Programme
delivered [[45 tonnes|aid;a=the agency;alt=The World Food Programme]] of maize and beans to the
island by boat, the agency said, enough for {{a month}}. Save the Children said [[some 200
children|displaced;a=Save the Children]] had arrived without their parents.
""",
)

item(
    "Government builds resettlement villages for the displaced",
    """
Mozambique's government said on {{Wednesday}} it had set up [[73 resettlement
centres|capacity;a=Mozambique's government]] in Cabo Delgado, Niassa and Nampula, where [[about
214,000 people|displaced;a=Mozambique's government]] were living on plots of land. The Agency for
the Integrated Development of the North (ADIN) said it had built [[2,860 houses|capacity;a=The
Agency for the Integrated Development of the North (ADIN)]] for displaced families and planned
[[6,000|capacity;p;a=The Agency for the Integrated Development of the North (ADIN);n=-;u=structure]]
more. Critics said many plots lacked water: a survey by Human Rights Watch found [[38
centres|other;a=a survey by Human Rights Watch]] had no working borehole. The government said
[[12,000 households|aid;a=The government]] had received seeds and tools since {{2021}}.
""",
)

item(
    "Mecula displaced shelter in schools after Niassa attacks",
    """
[[About 9,000 people|displaced;a=the provincial government]] fled villages in Mecula district of
Niassa province after insurgent attacks in {{May 2025}}, the provincial government said. [[Some
2,400|displaced;a=the provincial government;n=-]] were sheltering in [[six schools|capacity;a=the
provincial government]] in Mecula town, it said, forcing classes to stop for [[about 3,100
pupils|other;a=the provincial education directorate]], the provincial education directorate said.
[[Four villages|other;a=local sources]] were burned, local sources told Cabo Ligado. The insurgents
also abducted [[at least seven people|kidnapped;a=Cabo Ligado]], Cabo Ligado said. Officials warned
that [[as many as 1,500 more|displaced;p;a=Officials;n=-]] could arrive if attacks continued. Aid
agencies said [[two trucks|aid;a=Aid agencies]] of food had reached the town by {{4 June}}, after
{{a 180 km}} drive on dirt roads.
""",
)

item(
    "Displaced again: Mocímboa returnees flee new attacks",
    """
[[Hundreds of families|displaced;a=residents]] who had returned to villages south of Mocímboa da
Praia fled again this week after insurgents killed [[five people|killed;a=residents]] in Chinda and
Mbau, residents said. Some of those fleeing had been displaced {{three times}} since {{2020}}. The
IOM's emergency tracking recorded [[2,870 people|displaced;a=The IOM's emergency tracking]] moving
towards Mocímboa town between {{Sunday}} and {{Thursday}}, and [[at least 400|displaced;a=The IOM's
emergency tracking]] heading for Awasse. Rwandan troops said they had deployed [[an additional 150
soldiers|combatants;a=Rwandan troops]] to the area. [[About 96,000 returnees|returned]] had come
back to the district by the end of {{2024}}.
""",
)

item(
    "Explainer: where is Cabo Delgado?",
    """
Cabo Delgado is Mozambique's northernmost province, bordering Tanzania along the Ruvuma river and
covering {{about 82,600 square kilometres}}. Its capital, Pemba, lies on one of the largest natural
bays in the world, {{some 2,600 km}} by road from Maputo. The province holds large reserves of
natural gas discovered offshore in {{2010}}, as well as rubies at Montepuez and graphite at Balama.
Poverty rates are among the country's highest, at {{about 50%}} in {{2022}}, and literacy is {{under
40%}}. The insurgency began on {{5 October 2017}}, and attacks have since reached every district.
The {{Rovuma Area 4}} and {{Area 1}} gas projects lie off the Afungi peninsula.
""",
)

item(
    "Reconstruction plan for Cabo Delgado seeks more funds in 2025/26",
    """
Mozambique's government said its reconstruction plan for Cabo Delgado needed {{$300 million}} in the
{{2025/26}} fiscal year, up from {{$210 million}} in {{2024/25}}, as it presented the budget in
Maputo on {{Tuesday}}. The World Bank's {{$100 million}} grant under its Northern Crisis Recovery
Project runs until {{June 2027}}, and the African Development Bank added {{$25 million}} in
{{2024}}. Officials said spending had reached {{61%}} of the allocation in the {{first}} half of the
year. The plan, launched in {{2021}}, was due to end in {{2024}} but has been extended by {{two
years}}. Economists said the state's debt service consumed {{around 30 percent}} of revenue.
""",
)

item(
    "Families go back to Quissanga after four years away",
    """
[[About 2,700 families|returned;a=the district administration]] have returned to Quissanga district
since {{January}}, most of them by boat from Ibo and Pemba, the district administration said. The
district, home to [[some 46,000 people|civilians]] before the war, emptied after insurgents occupied
its seat in {{March 2020}}. ADIN said it had rebuilt [[310 houses|housing;a=ADIN]] and [[two health
centres|housing;a=ADIN]] and handed [[1,200 families|aid;a=ADIN]] kits of seeds and hoes. The IOM
said [[some 800 people|displaced;a=The IOM]] from Quissanga were still living on Ibo, and that
[[between 500 and 1,000|returned;p;a=The IOM;n=-]] more were expected to return before the fishing
season opens in {{April}}. [[About 120 soldiers|combatants;a=officials]] guard the town, officials
said. A returnee, {{63}}, said [[14 of her neighbours|missing;a=A returnee]] had never been found.
"The mango trees are still here," she said.
""",
)
