"""dev7 items: displacement, part 2: refugees, evacuees and returnees across the
agencies (DR Congo, Belgorod, Kharkiv, Rafah, Masafer Yatta, Haiti, Cauca, Mae Sot, El Fasher,
Sinjar, Lebanon, Rakhine, Zamfara), evacuations of nationals, exhumations.

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (the keys are
listed in build.py's docstring).
"""

from figset import F

# ---------------------------------------------------------------- displacement, part 2

F(
    "Xinhua: flare-up in eastern DR Congo sends refugees into Burundi",
    "BUJUMBURA, {{Feb. 19}} (Xinhua) -- [[More than 40,000 Congolese|displaced;a=the Burundian Ministry of Interior]] have crossed into Burundi in the past {{week}}, fleeing the advance of the {{M23}} rebels toward Uvira, the Burundian Ministry of Interior said Wednesday. "
    "The ministry said [[about 9,000|displaced;a=The ministry;alt=the Burundian Ministry of Interior]] of them were transferred to a stadium in Rugombo, which is able to receive [[not more than 3 000 persons|capacity;a=The ministry;alt=the Burundian Ministry of Interior]], while [[some 200 Burundian soldiers|returned;a=The ministry;alt=the Burundian Ministry of Interior]] who fought alongside the Congolese army returned home.",
)

F(
    "TASS: residents of Belgorod border villages relocated",
    "BELGOROD, {{22 March 2024}} /TASS/. The Belgorod Region Governor announced that [[about 9,000 children|displaced;p;a=The Belgorod Region Governor]] from Belgorod and the border districts will be moved to other regions of Russia, and that [[1 300|displaced;a=The Belgorod Region Governor]] have already left for summer camps in Kaluga and Yaroslavl. "
    "He added that in the border villages, [[from 200 to 300 residents|civilians;a=The Belgorod Region Governor]] refuse to leave their homes despite the shelling.",
)

F(
    "Ukrinform: civilians evacuated from Vovchansk direction",
    "Since the beginning of the enemy offensive in the Kharkiv region, [[11 thousand 300 persons|displaced;v=11300;a=the Head of the Kharkiv Regional State Administration]] have been evacuated from the Vovchansk and Lyptsi directions, the Head of the Kharkiv Regional State Administration reported. "
    "He said [[no less than 400 civilians|civilians;a=the Head of the Kharkiv Regional State Administration]] remain in Vovchansk, and that [[2 persons|missing;a=the Head of the Kharkiv Regional State Administration]] are considered missing after the shelling of a humanitarian convoy.",
)

F(
    "Anadolu: Palestinians flee Rafah as Israeli army expands ground operation",
    "RAFAH, Gaza (AA) - [[Nearly 800,000 Palestinians|displaced;a=the UN agency for Palestinian refugees (UNRWA)]] have been forced to flee Rafah since the Israeli army began its ground operation in the southern city on {{6 May}}, the UN agency for Palestinian refugees (UNRWA) said. "
    "The agency said [[at least 4 of its shelters|capacity;n=shelters;a=The agency;alt=the UN agency for Palestinian refugees (UNRWA)]] were hit during the week, and that only [[around 100,000 people|civilians;a=The agency;alt=the UN agency for Palestinian refugees (UNRWA)]] remain in the city.",
)

F(
    "WAFA: occupation demolitions in Masafer Yatta displace families",
    "HEBRON, (WAFA) - The occupation forces demolished [[14 residential structures|housing;a=the coordinator of the Protection and Steadfastness Committees]], [[6 animal barns|housing;u=structure;a=the coordinator of the Protection and Steadfastness Committees]] and [[2 water wells|other;a=the coordinator of the Protection and Steadfastness Committees]] in Masafer Yatta, south of Hebron, the coordinator of the Protection and Steadfastness Committees said. "
    "As a result, [[11 families|displaced]] comprising [[72 persons|displaced]], including [[35 children|displaced]], became homeless.",
)

F(
    "Xinhua: Haiti gang violence forces residents out of Port-au-Prince neighbourhood",
    "PORT-AU-PRINCE, {{Oct. 25}} (Xinhua) -- Gang attacks in the Solino neighbourhood of Port-au-Prince forced [[over 10,000 people|displaced;a=the International Organization for Migration (IOM)]] to leave their homes within a week, the International Organization for Migration (IOM) said Friday. "
    "The IOM said most of the displaced moved to [[15 spontaneous sites|capacity;a=The IOM]], including schools and churches, and [[several thousand|displaced;a=The IOM]] are staying with host families.",
)

F(
    "Prensa Latina: Colombia army says families confined in Cauca",
    "Popayan, (Prensa Latina) The Governor of Cauca denounced that [[some 1 700 persons|civilians;a=The Governor of Cauca]] are confined in the rural zone of Argelia due to the combats between the dissidents of the FARC, and that [[no less than 300 families|displaced;a=The Governor of Cauca]] arrived in the municipal seat in the last {{72 hours}}. "
    "The army announced the deployment of [[600 soldiers|combatants;a=The army]] to the area.",
)

F(
    "Bernama: Myanmar refugees cross into Thailand's Mae Sot",
    "BANGKOK, {{April 11}} (Bernama) -- [[About 3,000 Myanmar nationals|displaced;a=the Tak provincial governor]] have crossed into Mae Sot district of Thailand's Tak province after fighting erupted in Myawaddy, the Tak provincial governor said, adding that the province can accommodate [[up to 100,000 people|capacity;a=the Tak provincial governor]] in temporary shelters. "
    "[[Some 200 Myanmar soldiers|displaced;a=the governor;alt=the Tak provincial governor]] who fled the fighting are sheltering near the Friendship Bridge, the governor said.",
)

F(
    "Anadolu: Sudanese civilians flee El Fasher for Tawila",
    "KHARTOUM (AA) - [[Some 36,000 people|displaced;a=local sources]] arrived in the town of Tawila in North Darfur in the past {{10 days}} after fleeing the siege of El Fasher by the Rapid Support Forces, local sources told Anadolu. "
    "The sources added that [[dozens of children|killed;a=The sources;alt=local sources]] died of hunger and thirst on the road, and that [[from 100 to 150 people|kidnapped;a=The sources;alt=local sources]] were abducted at checkpoints.",
)

F(
    "Xinhua: Iraqi families return to Sinjar from camps in Kurdistan",
    "BAGHDAD, {{June 3}} (Xinhua) -- [[A total of 200 displaced families|returned;a=the Iraqi Ministry of Migration and Displacement]] returned on Monday from camps in the Kurdistan region to their homes in Sinjar district, the Iraqi Ministry of Migration and Displacement said. "
    "The ministry said [[about 180,000 displaced people|displaced;a=The ministry;alt=the Iraqi Ministry of Migration and Displacement]] are still living in [[23 camps|capacity;a=The ministry;alt=the Iraqi Ministry of Migration and Displacement]] in the region, most of them Yazidis, while [[2,600 Yazidis|missing;a=The ministry;alt=the Iraqi Ministry of Migration and Displacement]] are still missing.",
)

F(
    "SANA: Lebanese and Syrians cross Jdeidet Yabous fleeing Israeli aggression",
    "Damascus, SANA - The General Authority for Land and Sea Ports stated that [[about 5 thousand people|displaced;a=The General Authority for Land and Sea Ports]] crossed from Lebanon into Syria through the Jdeidet Yabous border crossing on Tuesday, among them [[3 thousand Lebanese|displaced;a=The General Authority for Land and Sea Ports]] and [[2 thousand Syrians|returned;a=The General Authority for Land and Sea Ports]] returning to their country. "
    "The Syrian Arab Red Crescent set up [[4 reception points|capacity;a=the director of its branch in Rif Dimashq]] at the crossing and distributed [[3,500 meals|aid;a=the director of its branch in Rif Dimashq]], the director of its branch in Rif Dimashq said.",
)

F(
    "Kyodo: Japanese evacuees from Gaza reach Egypt",
    "CAIRO, {{Nov. 2}} (Kyodo) -- [[Ten Japanese nationals|displaced;a=the Japanese Foreign Ministry]] who had been stranded in the Gaza Strip crossed into Egypt through the Rafah crossing on Wednesday, the Japanese Foreign Ministry said, along with [[8 Palestinian family members|displaced;a=the Japanese Foreign Ministry;n=members]].",
)

F(
    "ENA: Tigray interim administration on IDP return plan",
    "Mekelle, (ENA) - The President of the Tigray Interim Administration said that the return of [[more than 500,000 internally displaced persons|returned;p;a=The President of the Tigray Interim Administration]] to their original places will begin in {{April}}, and that [[about 1 million IDPs|displaced;a=The President of the Tigray Interim Administration]] are currently in [[over 80 camps|capacity;a=The President of the Tigray Interim Administration]] and host communities in the region.",
)

F(
    "Xinhua: Lebanese displaced exceed one million amid Israeli strikes",
    "BEIRUT, {{Oct. 5}} (Xinhua) -- Lebanon's caretaker Minister of Environment, who coordinates the government's emergency committee, said Saturday that [[more than 1.2 million people|displaced;a=Lebanon's caretaker Minister of Environment]] have been displaced in Lebanon, of whom [[about 180,000|displaced;a=Lebanon's caretaker Minister of Environment]] are in [[973 official shelters|capacity;a=Lebanon's caretaker Minister of Environment]], including [[around 800 schools|capacity;a=Lebanon's caretaker Minister of Environment]]. "
    "He said [[between 300,000 and 400,000 people|displaced;a=Lebanon's caretaker Minister of Environment]] crossed into Syria.",
)

F(
    "Anadolu: Rohingya flee fighting in Myanmar's Rakhine to Bangladesh",
    "DHAKA (AA) - [[Around 8,000 Rohingya|displaced;a=Bangladesh's Refugee Relief and Repatriation Commissioner]] have entered Bangladesh in the past two months to escape fighting between the Myanmar junta and the Arakan Army, Bangladesh's Refugee Relief and Repatriation Commissioner told Anadolu. "
    "He said the new arrivals joined [[more than 1 million Rohingya refugees|displaced;a=Bangladesh's Refugee Relief and Repatriation Commissioner]] living in [[33 camps|capacity;a=Bangladesh's Refugee Relief and Repatriation Commissioner]] in Cox's Bazar, and that [[over 60 Rohingya|returned;a=Bangladesh's Refugee Relief and Repatriation Commissioner]] were pushed back by the border guards.",
    ["two months"],
)

F(
    "Xinhua: Ethiopia-Sudan border sees influx of refugees from Sudan's Blue Nile",
    "ADDIS ABABA, {{Jan. 23}} (Xinhua) -- The Ethiopian Refugees and Returnees Service (RRS) said [[more than 12,000 Sudanese refugees|displaced;a=The Ethiopian Refugees and Returnees Service (RRS)]] and [[some 4,000 returning Ethiopians|returned;a=The Ethiopian Refugees and Returnees Service (RRS)]] have entered the Kurmuk crossing since the start of the year, and that a new camp with space for [[20,000 refugees|capacity;p;a=The Ethiopian Refugees and Returnees Service (RRS)]] is being built in Assosa.",
)

F(
    "IRNA: Iranian nationals evacuated from Lebanon by air",
    "Tehran, IRNA -- The Director General of the Consular Affairs of the Foreign Ministry announced that [[around 400 Iranian nationals|displaced;a=The Director General of the Consular Affairs of the Foreign Ministry]] were evacuated from Lebanon by [[2 flights|other;a=The Director General of the Consular Affairs of the Foreign Ministry]] on Friday, and that [[the remaining 1 500|displaced;p;a=The Director General of the Consular Affairs of the Foreign Ministry]] who registered at the embassy will be transferred by land through Syria.",
)

F(
    "Anadolu: Türkiye evacuates citizens from Lebanon by sea",
    "ANKARA (AA) - Türkiye evacuated [[2,015 people|displaced;a=the Foreign Ministry]], including [[1,750 Turkish citizens|displaced;a=the Foreign Ministry]] and [[265 foreign nationals|displaced;a=the Foreign Ministry]], from Lebanon aboard [[2 naval ships|other;a=the Foreign Ministry]], the Foreign Ministry said on Thursday.",
)

F(
    "Xinhua: bandit raids displace villagers in Nigeria's Zamfara",
    "LAGOS, {{Sept. 2}} (Xinhua) -- Bandit raids on [[at least 7 villages|other;u=other;a=a local council official]] in Nigeria's northwestern state of Zamfara have displaced [[over 6,000 residents|displaced;a=a local council official]], a local council official said. "
    "[[About 40 people|kidnapped;a=the official;alt=a local council official]] were abducted, and the residents who fled are taking refuge in [[three primary schools|capacity;a=the official;alt=a local council official]] in Gusau, the official said.",
)

F(
    "SANA: Internal Security forces deploy after Latakia countryside clashes",
    "Latakia, SANA - The Director of the Internal Security in Latakia governorate said that [[more than 4 000 elements|combatants;a=The Director of the Internal Security in Latakia governorate]] of the security forces were deployed in the coastal countryside, and that [[no less than 70 remnants|arrested;a=The Director of the Internal Security in Latakia governorate]] of the former regime were arrested. "
    "[[Hundreds of families|displaced]] who had fled to the Hmeimim base began to return to their villages on Sunday.",
)

F(
    "Yonhap: South Korea deploys troops for evacuation from Sudan",
    "SEOUL, {{April 21}} (Yonhap) -- South Korea will dispatch a military transport aircraft and [[about 50 troops|combatants;p;a=the defense ministry]] to a U.N. base in Djibouti to evacuate [[some 25 South Korean nationals|displaced;p;a=the defense ministry]] stranded in Sudan, the defense ministry said Friday.",
)

F(
    "Xinhua: Yemen's Houthis say Saudi-led strikes destroyed houses",
    "SANAA, {{Jan. 18}} (Xinhua) -- [[At least 14 people|killed;a=the Houthi-run Saba news agency]] were killed and [[dozens|injured;a=the Houthi-run Saba news agency]] injured when Saudi-led coalition airstrikes hit a residential neighbourhood in Sanaa, the Houthi-run Saba news agency reported. "
    "The airstrikes destroyed [[5 houses|housing;a=the agency;alt=the Houthi-run Saba news agency]] in the neighbourhood, the agency said, adding that several families are trapped under the rubble.",
)

F(
    "Kharkiv: bodies exhumed in Izium mass burial site",
    "The Head of the Kharkiv Regional State Administration said that the exhumation works in Izium were completed, and [[447 bodies|killed;a=The Head of the Kharkiv Regional State Administration]] were exhumed, among them [[425 civilians|killed;a=The Head of the Kharkiv Regional State Administration]], [[5 children|killed;a=The Head of the Kharkiv Regional State Administration]] and [[22 servicemen|killed;a=The Head of the Kharkiv Regional State Administration]]. "
    "Most of the dead bear signs of violent death, and [[30 bodies|killed;a=the Head;alt=The Head of the Kharkiv Regional State Administration]] bear traces of torture, the Head specified.",
)

F(
    "Bernama: Malaysian volunteers in Gaza safe, says Wisma Putra",
    "PUTRAJAYA, {{Nov 16}} (Bernama) -- [[All 23 Malaysians|civilians;a=Wisma Putra]] in the Gaza Strip are safe and [[16|displaced;a=Wisma Putra]] of them have been moved to Rafah, Wisma Putra said in a statement, adding that [[the other 7|civilians;a=Wisma Putra]] have chosen to stay with their Palestinian families.",
)
