"""dev6 items: IOM DTM and other displacement-tracking updates (Sudan, Haiti,
Ethiopia, Mozambique, Yemen, Lebanon, Burkina Faso, Chad), and statements on returns,
repatriation convoys, camp closures and deportation flights.

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (the keys are
listed in build.py's docstring).
"""

from figset import F

# ---------------------------------------------------------------- IOM DTM and displacement updates

F(
    "DTM Sudan flash alert: movements out of El Fasher and Abu Shouk",
    "DTM field teams estimated that [[approximately 72,000 individuals|displaced;a=DTM field teams]] ([[14,400 households|displaced;a=DTM field teams]]) were displaced from El Fasher town and Abu Shouk camp between {{10 and 13 April 2025}}. "
    "Of these, [[about 40,000|displaced]] arrived in Tawila locality, bringing the total displaced population hosted there to [[over 640,000|displaced]]. "
    "Field teams also reported that [[at least 12 sites|capacity;a=Field teams]] in Tawila were at full capacity and that [[2,100 households|displaced;a=Field teams]] were sleeping in the open.",
)

F(
    "IOM Haiti: displacement tracking round in the metropolitan area",
    "According to the latest DTM round, [[703,000 persons|displaced;a=the latest DTM round]] are currently internally displaced across Haiti, an increase of {{22 per cent}} since {{June}}. "
    "Key figures: [[108 spontaneous sites|capacity;a=IOM]] host [[about 110,000 IDPs|displaced;a=IOM]] in the metropolitan area; [[an additional 12,500 individuals|displaced;a=IOM]] fled Solino and Nazon in the past {{two weeks}}; and [[1,240 unaccompanied minors|displaced;a=IOM]] were identified in sites, IOM said.",
)

F(
    "Ethiopia DTM site assessment, Tigray and Afar border",
    "The Displacement Tracking Matrix (DTM) recorded [[26,870 newly displaced individuals|displaced;a=The Displacement Tracking Matrix (DTM)]] in {{Zone 2}} of Afar during the reporting period. "
    "Most arrived at [[three collective centres|capacity;u=structure]] in Abala, which were built to accommodate [[no more than 4,000 people|capacity]]. "
    "[[Some 5,600 households|civilians;a=site managers]] were in urgent need of water and shelter, site managers told assessment teams.",
)

F(
    "Mozambique: IOM records movements after attacks in Macomia district",
    "IOM's Displacement Tracking Matrix has recorded the movement of [[15,312 individuals|displaced;a=IOM's Displacement Tracking Matrix]] from Macomia district since {{28 May}}, of whom [[7,944|displaced;a=IOM's Displacement Tracking Matrix]] are children. "
    "Displaced families are sheltering with host communities in Mucojo and Quiterajo, and [[roughly 1,100 people|displaced]] are staying in [[two schools|capacity]] in Macomia town. "
    "Following attacks on [[five villages|other;u=other]], [[at least 43 houses|housing]] were reported burned.",
)

F(
    "DTM Yemen: rapid displacement tracking weekly update, Marib",
    "Between {{7 and 13 January}}, DTM tracked [[582 households|displaced;a=DTM]] ([[3,492 individuals|displaced;a=DTM]]) who experienced displacement at least once. "
    "The majority ([[411 households|displaced]]) moved within Marib governorate, while [[93 households|displaced]] arrived from Al Bayda. "
    "Since the start of the year, DTM has tracked [[1,374 households|displaced;a=DTM]] in total.",
)

F(
    "Lebanon: IOM mobility snapshot after the ceasefire",
    "IOM estimates that [[approximately 560,000 individuals|returned;a=IOM]] have returned to their areas of origin in the south and the Bekaa since the ceasefire took effect on {{27 November}}. "
    "[[Around 125,000 people|displaced;a=the organization;alt=IOM]] remain displaced, including [[some 9,000|displaced;a=the organization;alt=IOM]] still hosted in [[144 collective shelters|capacity;a=the organization;alt=IOM]], the organization said.",
)

F(
    "NRC statement: Sahel displacement doubles in Burkina Faso's Est region",
    "The Norwegian Refugee Council (NRC) said [[more than 2 million people|displaced;a=The Norwegian Refugee Council (NRC)]] are now internally displaced in Burkina Faso, and that [[an estimated 1 million|civilians;a=The Norwegian Refugee Council (NRC)]] live in towns under blockade by armed groups. "
    "In Fada N'Gourma alone, the organisation registered [[4,300 newly arrived households|displaced;a=the organisation;alt=The Norwegian Refugee Council (NRC)]] in {{March}}, it said. "
    "NRC has distributed emergency shelter kits to [[1,850 families|aid]] and plans to reach [[a further 3,000 households|aid;p;a=NRC]] by the end of {{June}}.",
)

F(
    "UNHCR Chad: arrivals from West Darfur through Adre crossing",
    "UNHCR and partners have registered [[more than 630,000 new arrivals|displaced;a=UNHCR and partners]] in eastern Chad since {{April 2023}}, of whom {{about 88 per cent}} are women and children. "
    "[[Some 1,200 people a day|displaced;a=border monitors]] crossed at Adre during the first week of {{May}}, border monitors said. "
    "Relocation from the border to [[seven camps|capacity]] continues, with [[94,000 refugees|displaced]] relocated so far.",
)

# ---------------------------------------------------------------- returns, repatriation, deportation

F(
    "UNHCR-IOM joint statement on returns from Pakistan through Torkham",
    "UNHCR and IOM said in a joint statement that [[more than 541,000 Afghans|returned;a=UNHCR and IOM]] had returned from Pakistan since {{15 September 2023}}, [[about 23,000|returned;a=UNHCR and IOM]] of them deported. "
    "At the Torkham crossing, [[an average of 3,500 people a day|returned;q=approx]] were processed in {{November}}, compared with [[300 a day|returned]] before the announcement of the deportation plan. "
    "Returnees are received at [[two transit centres|capacity]] run by the de facto authorities.",
)

F(
    "Syria: UNHCR update on returns one month after the fall of the government",
    "UNHCR estimates that [[some 125,000 Syrian refugees|returned;a=UNHCR]] have returned from neighbouring countries since {{8 December}}, in addition to [[around 420,000 internally displaced persons|returned;a=UNHCR]] who have gone back to their areas of origin. "
    "The agency said it expects [[up to 1 million refugees|returned;p;a=The agency;alt=UNHCR]] to return in the first {{six months}} of the year, and has registered [[2,300 returnee households|returned;a=The agency;alt=UNHCR]] in Homs whose homes were destroyed.",
)

F(
    "Bangladesh-Myanmar repatriation pilot: government communique",
    "The Refugee Relief and Repatriation Commissioner's office announced that a first group of [[176 Rohingya refugees|returned;p;a=The Refugee Relief and Repatriation Commissioner's office]] would be repatriated to Maungdaw under the pilot project, out of [[1,140 individuals|returned;p;a=The Refugee Relief and Repatriation Commissioner's office]] verified by Myanmar authorities. "
    "Bangladesh currently hosts [[more than 960,000 Rohingya|displaced]] in [[33 camps|capacity]] in Cox's Bazar and on Bhasan Char.",
)

F(
    "Dadaab: voluntary repatriation convoys to Somalia resume",
    "UNHCR has facilitated the voluntary return of [[1,452 Somali refugees|returned]] from Dadaab since {{January}}, including [[318 households|returned]] that travelled by road to Kismayo. "
    "[[About 380,000 refugees|displaced;a=the agency;alt=UNHCR]] remain in the camps, the agency said, and [[another 2,000|returned;p;a=the agency;alt=UNHCR]] have applied to return before the rains.",
)

F(
    "Iraq: Ministry of Migration announces closure of Jeddah 5 camp",
    "The Ministry of Migration and Displacement said [[412 families|returned;a=The Ministry of Migration and Displacement]] left {{Jeddah 5}} camp for their areas of origin in Anbar and Salahuddin on {{Sunday}}, bringing the number of families returned from the camp this year to [[1,987|returned;u=household;a=The Ministry of Migration and Displacement]]. "
    "Each returning family received a grant of {{1.5 million dinars}}, the ministry said. "
    "[[An estimated 4,800 families|displaced]] are still in camps in Nineveh.",
)

F(
    "Libya: Department for Combating Illegal Migration announces deportation flights",
    "The Department for Combating Illegal Migration said it deported [[311 Nigerien nationals|returned;a=The Department for Combating Illegal Migration]] and [[146 Egyptians|returned;a=The Department for Combating Illegal Migration]] from Tripoli's Mitiga airport this week. "
    "It said [[about 5,000 migrants|arrested;a=The Department for Combating Illegal Migration]] were being held in its detention centres awaiting deportation.",
)

F(
    "DHS: repatriation flights to Guatemala and Honduras in fiscal year figures",
    "Immigration and Customs Enforcement said it conducted [[1,322 removal flights|other;a=Immigration and Customs Enforcement]] in the fiscal year and removed [[271,484 noncitizens|returned;a=Immigration and Customs Enforcement]], most of them to Mexico and Central America. "
    "Guatemalan authorities said [[54,000 of their nationals|returned;a=Guatemalan authorities]] had been received at La Aurora air base over the same period, among them [[2,600 unaccompanied minors|returned;a=Guatemalan authorities]].",
)

F(
    "Kurdistan Region: Sinjar returns, monthly JCC report",
    "According to the Joint Crisis Coordination Centre, [[1,296 IDPs|returned;a=the Joint Crisis Coordination Centre]] ([[241 families|returned;a=the Joint Crisis Coordination Centre]]) returned to Sinjar from camps in Duhok in {{October}}. "
    "The total number of returns to Sinjar since the return process began in {{June 2020}} now stands at [[about 194,000|returned]]. "
    "The centre said [[more than 2,700 Yazidis|missing;a=The centre;alt=the Joint Crisis Coordination Centre]] remain missing.",
)

F(
    "Sudan: returns to Wad Madani after army retakes Gezira capital",
    "IOM's DTM estimates that [[over 410,000 individuals|returned;a=IOM's DTM]] have returned to Aj Jazirah state since the Sudanese Armed Forces regained control of Wad Madani in {{January}}. "
    "Most are spontaneous returns from Kassala, Gedaref and River Nile. "
    "Partners reported that [[some 180 schools|capacity;a=Partners]] used as shelters in Kassala had been vacated as families left.",
)
