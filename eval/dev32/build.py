"""Build eval/dev32/figures.jsonl from the hand-written texts below.

A thirty-second evaluation set for the figure extractor, written blind: "a natural mix of news
with numbers". About 150 items as a world-news and humanitarian feed delivers them in an ordinary
week: attacks, strikes and battles with their tolls; displacement, returns and refugee flows;
floods, quakes and storms; aid deliveries; arrests, kidnappings and releases; troop deployments;
and some politics, economy and sport whose numbers are mostly not figures. About fifteen texts
have numbers but no figure.

The span parser, the unit helper and the validator are shared with the other new figure sets, in
eval/figset/ (grown from eval/dev24/build.py); this file holds the texts.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 32) with ids
"fd0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev32/build.py            # write figures.jsonl and validate it
    python eval/dev32/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/: the figset package

from figset import F, SetConfig, run

CONFIG = SetConfig("dev32", Path(__file__).resolve().parent, "fd", 32)

# ====================================================================== texts

# ====================================================================== texts


# ---------------------------------------------------------------- attacks, strikes and battles

F(
    "Gunmen kill villagers in Plateau state",
    "Gunmen killed [[at least 27 people|killed;a=police]] in overnight raids on [[two villages|other;a=police]] in Bokkos, in Nigeria's Plateau state, police said on Monday. "
    "[[Eight people|injured;a=police]] were taken to hospital in Jos with gunshot wounds, police spokesman Alabo Alfred said. "
    "Residents said [[more than 40 houses|housing;a=Residents]] were set on fire and [[hundreds of families|displaced;a=Residents]] had fled to the town of Mangu. "
    "It was the third attack in the area since {{December 2023}}.",
    ["third attack"],
)

F(
    "Car bomb hits Mogadishu checkpoint",
    "A car bomb exploded at a checkpoint near the Somali parliament on Saturday, killing [[nine people|killed;a=a police officer, Abdikadir Hassan;alt=Abdikadir Hassan]] and wounding [[14|injured;a=a police officer, Abdikadir Hassan;alt=Abdikadir Hassan]], a police officer, Abdikadir Hassan, told reporters. "
    "Al-Shabaab said it had carried out the attack. "
    "The blast came {{two days}} after the government announced a new offensive in Middle Shabelle.",
)

F(
    "Airstrike on market in Sagaing kills dozens",
    "A military airstrike on a crowded market in Myanmar's Sagaing region killed [[at least 32 people|killed;a=a local resistance group]], including [[six children|killed;a=a local resistance group]], a local resistance group said. "
    "The group said [[more than 50 people|injured;a=The group;alt=a local resistance group]] were wounded. "
    "The junta has not commented on the strike, which happened at about {{10 a.m.}} on Friday.",
)

F(
    "Ukraine says Russian missiles hit Dnipro apartment block",
    "A Russian missile struck a nine-storey apartment block in Dnipro on {{January 14, 2023}}, killing [[at least 40 people|killed;a=regional governor Serhiy Lysak]], regional governor Serhiy Lysak said. "
    "Rescuers pulled [[39 people|other]] from the rubble, and [[75 people|injured;a=regional governor Serhiy Lysak]] were injured, he said. "
    "[[About 30 residents|missing;a=officials]] were still unaccounted for, officials said on the third day of the search.",
    ["nine-storey", "third day"],
)

F(
    "Suicide bombing at mosque in Peshawar",
    "A suicide bomber blew himself up inside a mosque in a police compound in Peshawar during afternoon prayers, killing [[at least 84 people|killed;a=hospital officials]], most of them police officers, hospital officials said. "
    "[[More than 200 people|injured]] were wounded when the roof of the mosque collapsed. "
    "Provincial police chief Moazzam Jah Ansari said [[about 300 to 400 officers|civilians;a=Provincial police chief Moazzam Jah Ansari]] were in the mosque at the time.",
)

F(
    "Fighting in Tripoli leaves dozens dead",
    "Clashes between rival armed groups in the Libyan capital killed [[55 people|killed;a=the emergency medicine centre]] and injured [[146|injured;a=the emergency medicine centre]], the emergency medicine centre said on Wednesday. "
    "Fighting broke out late on Monday after the arrest of a commander of the 444 Brigade at Mitiga airport. "
    "Flights were diverted to Misrata, and [[234 families|displaced;a=the Red Crescent]] were evacuated from the area around the airport, the Red Crescent said.",
    ["444 Brigade"],
)

F(
    "Jihadists attack army post in northern Burkina Faso",
    "Suspected jihadists attacked an army post near Djibo in northern Burkina Faso, killing [[17 soldiers|killed;a=the army]] and [[36 volunteer fighters|killed;a=the army]], the army said in a statement. "
    "It said [[dozens of attackers|killed;a=the army]] were also killed in the fighting. "
    "A security source said the post held [[about 150 men|combatants;a=A security source]].",
)

F(
    "Israeli strike on school shelter in Gaza City",
    "An Israeli strike on a school used as a shelter in Gaza City killed [[at least 22 people|killed;a=the civil defence agency]], including [[13 children|killed;a=the civil defence agency]], the civil defence agency said. "
    "The Israeli military said it had targeted a Hamas command centre inside the school. "
    "[[About 2,000 displaced people|displaced]] had been sheltering in the building.",
)

F(
    "Attack on church in Ituri",
    "Fighters of the Allied Democratic Forces attacked a Catholic church in Komanda in Ituri during a night vigil, killing [[at least 38 worshippers|killed;a=a local civil society leader]], a local civil society leader said. "
    "The UN mission said [[more than 20 houses|housing;a=The UN mission]] and shops were burned.",
)

F(
    "Drone strikes hit Kharkiv overnight",
    "Russian drones struck residential areas of Kharkiv overnight, injuring [[12 people|injured;a=Mayor Ihor Terekhov]], including [[two children|injured;a=Mayor Ihor Terekhov]], Mayor Ihor Terekhov said. "
    "He said [[17 drones|other;a=Mayor Ihor Terekhov]] were launched at the city and [[five apartment buildings|housing;a=Mayor Ihor Terekhov]] were damaged.",
)

F(
    "Separatists kill bus passengers in Balochistan",
    "Gunmen stopped vehicles on a highway in Musakhel district and shot dead [[23 passengers|killed;a=a senior local official, Najibullah Kakar;alt=Najibullah Kakar]] after checking their identity cards, a senior local official, Najibullah Kakar, said. "
    "The attackers also set fire to [[10 vehicles|other;a=a senior local official, Najibullah Kakar;alt=Najibullah Kakar]], he said. "
    "The Balochistan Liberation Army said it was behind the attack.",
)

F(
    "Cattle raid in Jonglei",
    "Armed youths from a neighbouring county raided villages in South Sudan's Jonglei state, killing [[32 people|killed;a=the county commissioner]] and taking [[about 5,000 head of cattle|other;n=head;u=other;a=the county commissioner]], the county commissioner said. "
    "He said [[11 women and children|kidnapped;n=women and children;a=the county commissioner]] were abducted.",
)

F(
    "Houthi missile hits ship in Gulf of Aden",
    "A Houthi missile struck a bulk carrier in the Gulf of Aden, killing [[three crew members|killed;a=US Central Command]], US Central Command said, the first deaths since the group began attacking ships. "
    "An Indian navy warship rescued [[21 crew|other;a=the Indian navy]] from the vessel, the Indian navy said.",
    ["first deaths"],
)

F(
    "Clashes in Sweida",
    "Fighting between Druze gunmen and Bedouin tribes in Syria's Sweida province has killed [[more than 350 people|killed;a=the Syrian Observatory for Human Rights]] in a week, the Syrian Observatory for Human Rights said. "
    "The UN said [[about 80,000 people|displaced;a=The UN]] had fled their homes. "
    "Government troops withdrew from the city on Thursday under a ceasefire.",
)

F(
    "Gunmen attack wedding party in Zamfara",
    "Bandits opened fire on a wedding party in a village in Zamfara, killing [[at least 15 guests|killed]]. "
    "Police spokesman Yazid Abubakar said [[four suspects|arrested;a=Police spokesman Yazid Abubakar]] had been arrested. "
    "The bride, aged {{19}}, was among those wounded.",
)

F(
    "Kashmir: militants attack tourists near Pahalgam",
    "Militants opened fire on tourists in a meadow near Pahalgam in Indian-administered Kashmir, killing [[26 people|killed;a=police]], police said. "
    "It was the deadliest attack on civilians in the region since {{2000}}. "
    "Security forces launched a search operation, and [[more than 1,500 people|arrested;a=officials]] were detained for questioning across the valley, officials said.",
)

F(
    "Rebels seize town in eastern Congo",
    "M23 rebels took control of the town of Rubaya, with its coltan mines, after two days of fighting with the army and allied militias, residents said. "
    "The provincial government said [[at least 20 civilians|killed;a=The provincial government]] died in the shelling. "
    "Aid agencies said [[some 35,000 people|displaced;a=Aid agencies]] fled toward Minova.",
    ["two days", "M23"],
)

F(
    "Police kill suspected gang members in Port-au-Prince",
    "Haitian police and the Kenyan-led mission killed [[at least 12 gang members|killed;a=police spokesman Michel-Ange Louis-Jeune]] in an operation in Delmas, police spokesman Michel-Ange Louis-Jeune said. "
    "[[Two officers|injured;a=police spokesman Michel-Ange Louis-Jeune]] were wounded, he said.",
)

F(
    "Landmine kills children in Afghanistan",
    "An old mortar round exploded in a village in Ghazni province, killing [[nine children|killed;a=a provincial spokesman]] who were playing with it, a provincial spokesman said. "
    "The children were between {{six and 12 years}} old. "
    "[[Four others|injured;a=a provincial spokesman]] were hurt, he said.",
)

F(
    "Boko Haram raid on Borno farmers",
    "Boko Haram fighters killed [[at least 40 farmers|killed;a=Governor Babagana Zulum]] in rice fields near Zabarmari in Borno state, Governor Babagana Zulum said. "
    "He said [[dozens of others|missing;a=Governor Babagana Zulum]] were missing. "
    "The governor called for more civil defence fighters to be recruited.",
)

# ---------------------------------------------------------------- displacement, refugees and returns

F(
    "Sudanese refugees keep crossing into Chad",
    "[[More than 600,000 Sudanese refugees|displaced;a=UNHCR]] have arrived in eastern Chad since fighting began in {{April 2023}}, UNHCR said on Tuesday. "
    "The agency said [[about 1,500 people a day|displaced;a=The agency;alt=UNHCR]] were crossing at Adré, most of them women and children. "
    "It plans to open [[two new camps|capacity;p;a=UNHCR]] before the rainy season, each built for [[50,000 people|capacity;p;a=UNHCR]].",
)

F(
    "Thousands flee fighting in Rakhine",
    "[[Tens of thousands of people|displaced;a=local aid groups]] have fled Buthidaung township in Myanmar's Rakhine state as the Arakan Army advanced on the town, local aid groups said. "
    "Bangladesh border guards said they had pushed back [[about 200 Rohingya|returned;a=Bangladesh border guards]] who tried to cross the Naf river on Sunday.",
)

F(
    "Afghans return from Pakistan as deadline passes",
    "[[More than 170,000 Afghans|returned;a=Pakistan's interior ministry]] have left Pakistan since the government ordered undocumented foreigners to leave by {{November 1}}, Pakistan's interior ministry said. "
    "Officials at the Torkham crossing said [[about 10,000 people|returned;a=Officials at the Torkham crossing]] crossed on Thursday alone. "
    "The UN has warned that [[1.7 million Afghans|civilians;a=The UN]] in Pakistan are at risk of deportation.",
)

F(
    "Haiti gang violence drives new displacement",
    "Gang attacks on the town of Mirebalais forced [[more than 6,000 people|displaced;a=the International Organization for Migration]] from their homes in a single week, the International Organization for Migration said. "
    "The agency said [[1 million people|displaced;a=The agency;alt=the International Organization for Migration]] were now displaced across Haiti, the highest number on record. "
    "Gangs also freed [[about 500 inmates|other]] from the town's prison.",
)

F(
    "Families return to Mosul's old city",
    "[[About 4,000 families|returned;a=the city council]] have returned to Mosul's old city over the past year, the city council said. "
    "The council said [[more than 8,000 homes|housing;a=The council;alt=the city council]] in the area were destroyed during the battle against Islamic State in {{2017}}, and [[only 1,200|housing;u=structure;a=The council;alt=the city council]] had been rebuilt.",
)

F(
    "Ukrainians flee Vovchansk",
    "Police evacuated [[more than 8,000 people|displaced;a=Kharkiv governor Oleh Syniehubov]] from Vovchansk and nearby villages as Russian forces pushed across the border, Kharkiv governor Oleh Syniehubov said. "
    "He said [[about 200 residents|civilians;a=Kharkiv governor Oleh Syniehubov]] refused to leave the town.",
)

F(
    "Sahel: displacement in Burkina Faso passes two million",
    "[[More than 2 million people|displaced;a=the government's emergency relief council]] are internally displaced in Burkina Faso, the government's emergency relief council said in its latest count. "
    "[[Nearly 6,000 schools|other;a=the education ministry]] are closed because of insecurity, the education ministry said, leaving [[about 1 million children|other;a=the education ministry]] out of class.",
)

F(
    "Rohingya boat lands in Aceh",
    "A wooden boat carrying [[about 180 Rohingya refugees|displaced;a=a local fishermen's leader]] landed on a beach in Aceh on Sunday, a local fishermen's leader said. "
    "Residents refused to let them stay and pushed the boat back to sea. "
    "UNHCR said [[more than 1,500 Rohingya|displaced;a=UNHCR]] had reached Indonesia by boat since {{November}}.",
)

F(
    "Venezuelans stream through Darién",
    "[[More than 520,000 migrants|displaced;a=Panama's migration service]] crossed the Darién jungle into Panama last year, Panama's migration service said, {{about 60 percent}} of them Venezuelans. "
    "The service said it had recovered [[36 bodies|killed;a=The service;alt=Panama's migration service]] along the route.",
)

F(
    "Lebanese return south after truce",
    "Cars packed with mattresses jammed the road south from Beirut on Wednesday as displaced families headed home hours after a ceasefire between Israel and Hezbollah took effect. "
    "Lebanon's disaster management unit said [[more than 180,000 people|returned;a=Lebanon's disaster management unit]] had gone back on the first day, while [[about 30,000|displaced;a=Lebanon's disaster management unit]] were still in collective shelters. "
    "The Lebanese army said it would deploy [[10,000 more troops|combatants;p;a=The Lebanese army]] to the south.",
    ["first day"],
)

F(
    "Mozambique: insurgent attacks displace thousands in Cabo Delgado",
    "Insurgent attacks on villages in Chiure district displaced [[more than 67,000 people|displaced;a=the International Organization for Migration]] in two weeks, the International Organization for Migration said. "
    "Most went to Ocua and to neighbouring Nampula province. "
    "The insurgents also burned a school and a health centre.",
    ["two weeks"],
)

F(
    "Ethiopia: Tigrayan displaced return to Raya",
    "[[About 30,000 displaced Tigrayans|returned;a=the interim regional administration]] have gone back to their homes in southern Tigray under a plan agreed with the federal government, the interim regional administration said. "
    "The administration said [[more than 1 million people|displaced;a=The administration;alt=the interim regional administration]] remain in camps and host communities.",
)

F(
    "Syrians cross back from Lebanon",
    "[[About 400,000 people|displaced;a=Lebanon's government]] crossed from Lebanon into Syria during the {{first month}} of Israeli strikes, Lebanon's government said, {{about 70%}} of them Syrians. "
    "[[More than 500,000 people|displaced;a=the government;alt=Lebanon's government]] were staying in collective shelters inside Lebanon, the government said.",
)

F(
    "Ukrainian refugees in Europe",
    "[[About 4.3 million Ukrainians|displaced;a=Eurostat]] had temporary protection in the European Union at the end of {{March 2025}}, Eurostat said. "
    "Germany hosted [[about 1.2 million|displaced]], followed by Poland with [[nearly 1 million|displaced]].",
)

F(
    "Central African Republic refugees in Cameroon",
    "[[Some 4,000 refugees|displaced;a=the UN refugee agency]] from the Central African Republic crossed into eastern Cameroon last month after fighting around Bocaranga, the UN refugee agency said. "
    "The agency said it was registering [[about 150 new arrivals|displaced;a=The agency;alt=the UN refugee agency]] a day at Garoua-Boulaï.",
)

F(
    "Nagorno-Karabakh exodus",
    "Armenia's government said [[more than 100,000 people|displaced;a=Armenia's government]] had arrived from Nagorno-Karabakh, nearly the entire population of the enclave. "
    "Prime Minister Nikol Pashinyan said the government would provide housing for [[about 40,000 of them|capacity;n=-;p;a=Prime Minister Nikol Pashinyan]].",
)

F(
    "South Sudan returnees at Renk",
    "[[More than 800,000 people|returned;a=the UN refugee agency]] have crossed from Sudan into South Sudan since {{April 2023}}, most of them South Sudanese returning home, the UN refugee agency said. "
    "The transit centre at Renk, built for [[3,000 people|capacity]], is holding [[about 12,000|displaced;a=aid workers]], aid workers said.",
)

F(
    "Kenya: Dadaab camps take in Somalis",
    "[[About 135,000 new arrivals|displaced;a=the Kenyan government]] from Somalia have registered in the Dadaab camps since the drought began, the Kenyan government said. "
    "It said it would reopen the {{Ifo 2}} camp, closed in {{2018}}.",
)

F(
    "Colombia: Catatumbo violence forces mass displacement",
    "Fighting between the ELN and FARC dissidents in Catatumbo has displaced [[more than 50,000 people|displaced;a=the ombudsman's office]], the ombudsman's office said. "
    "The Defence Ministry said [[80 people|killed;a=The Defence Ministry]] had been killed. "
    "President Gustavo Petro declared a state of internal commotion and sent [[5,000 soldiers|combatants]] to the region.",
)

F(
    "Manipur: relief camps still full",
    "[[About 60,000 people|displaced;a=state officials]] remain in relief camps in Manipur {{a year}} after ethnic violence broke out, state officials said. "
    "There are [[more than 300 relief camps|capacity;a=state officials]] across the state, they said.",
)

# ---------------------------------------------------------------- floods, quakes, storms, fires

F(
    "Floods in Pakistan's Sindh",
    "Monsoon floods have killed [[at least 1,100 people|killed;a=the National Disaster Management Authority]] across Pakistan since {{mid-June}}, the National Disaster Management Authority said on Monday. "
    "The authority said [[more than 1 million homes|housing;a=The authority;alt=the National Disaster Management Authority]] had been damaged or destroyed. "
    "In Sindh, [[about 500,000 people|displaced;a=provincial officials]] were living in relief camps, provincial officials said.",
)

F(
    "Earthquake in Morocco's High Atlas",
    "A {{6.8-magnitude}} earthquake struck the High Atlas mountains late on Friday, killing [[2,946 people|killed;a=the interior ministry]] and injuring [[5,674|injured;a=the interior ministry]], the interior ministry said. "
    "[[More than 50,000 houses|housing;a=officials]] were damaged, officials said, many of them mud-brick homes in remote villages. "
    "The army set up field hospitals and dropped tents by helicopter.",
)

F(
    "Cyclone Freddy: Malawi toll rises",
    "The toll from Cyclone Freddy in southern Malawi rose to [[438|killed;a=the Department of Disaster Management Affairs]], the Department of Disaster Management Affairs said, with [[282 people|missing;a=the Department of Disaster Management Affairs]] still missing. "
    "[[More than 345,000 people|displaced]] were sheltering in [[534 camps|capacity]] across the region.",
)

F(
    "Flash floods in Valencia",
    "Flash floods in the Valencia region killed [[at least 95 people|killed;a=regional authorities]] after a year's worth of rain fell in {{eight hours}}, regional authorities said. "
    "The government sent [[more than 1,000 soldiers|combatants]] to help with the search. "
    "Rail services between Madrid and Valencia were suspended for {{two weeks}}.",
    ["a year's worth"],
)

F(
    "Typhoon hits northern Philippines",
    "Typhoon Doksuri forced [[more than 20,000 people|displaced;a=the civil defence office]] from their homes in northern Luzon, the civil defence office said. "
    "[[Two people|killed]] died when a tree fell on their house in Cagayan. "
    "Winds reached {{175 km/h}} as the storm made landfall.",
)

F(
    "Landslide buries village in Papua New Guinea",
    "A landslide buried the village of Yambali in Enga province, and the UN migration agency estimated that [[more than 670 people|killed;a=the UN migration agency]] had died. "
    "The national disaster centre put the number of people buried at [[more than 2,000|killed;a=The national disaster centre]]. "
    "[[About 1,250 people|displaced;a=officials]] were moved to safer ground, officials said.",
)

F(
    "Libya: Derna dams burst",
    "The dams above Derna burst during Storm Daniel, sweeping away whole neighbourhoods. "
    "The Libyan Red Crescent said [[at least 11,300 people|killed;a=The Libyan Red Crescent]] had died and [[10,100|missing;a=The Libyan Red Crescent]] were missing. "
    "The International Organization for Migration said [[more than 40,000 people|displaced;a=The International Organization for Migration]] had been displaced in the northeast.",
)

F(
    "Quake in Herat province",
    "A series of earthquakes in western Afghanistan killed [[more than 1,000 people|killed;a=the Taliban government]], the Taliban government said. "
    "The UN said [[about 1,300 homes|housing;a=The UN]] in Zindah Jan district had been destroyed, and that [[more than 11,000 people|civilians;a=The UN]] were affected.",
)

F(
    "Flooding in Rio Grande do Sul",
    "Floods in the Brazilian state of Rio Grande do Sul have killed [[at least 147 people|killed;a=the state civil defence]] and left [[127|missing;a=the state civil defence]] missing, the state civil defence said on Sunday. "
    "[[More than 538,000 people|displaced;a=the state civil defence]] have been forced from their homes, it said, and [[about 80,000|displaced;a=the state civil defence]] are in public shelters.",
)

F(
    "Wildfires in Los Angeles",
    "Wildfires around Los Angeles have destroyed [[more than 12,000 structures|housing;a=Cal Fire]], Cal Fire said on Sunday. "
    "[[About 150,000 people|displaced;a=the county sheriff]] remained under evacuation orders, the county sheriff said, and [[24 people|killed]] were confirmed dead. "
    "Wind gusts of up to {{80 mph}} were forecast.",
)

F(
    "Noto peninsula quake",
    "The New Year's Day earthquake on Japan's Noto peninsula killed [[at least 202 people|killed;a=officials in Ishikawa prefecture]], officials in Ishikawa prefecture said, and [[102|missing;a=officials in Ishikawa prefecture]] were still unaccounted for. "
    "[[More than 26,000 people|displaced]] were staying in evacuation centres.",
)

F(
    "Storm Yagi floods northern Vietnam",
    "Typhoon Yagi and the floods that followed killed [[at least 197 people|killed;a=the government]] in northern Vietnam, the government said, with [[128|missing;a=the government]] missing. "
    "A flash flood swept away the hamlet of Lang Nu, where [[about 40 people|missing]] are still being searched for.",
)

F(
    "Cyclone Idai: Beira under water",
    "Cyclone Idai made landfall near Beira on {{March 14}} with winds of {{about 170 km/h}}, and the Red Cross said {{90%}} of the city had been damaged or destroyed. "
    "Mozambique's government said [[at least 446 people|killed;a=Mozambique's government]] had died in the country and [[more than 128,000|displaced;a=Mozambique's government]] were in shelters. "
    "In neighbouring Zimbabwe, [[about 250 people|missing]] were still missing in Chimanimani.",
)

F(
    "Turkey quake: search ends",
    "The death toll in Turkey from the {{February 6}} earthquakes rose to [[45,089|killed;a=the disaster agency AFAD]], the disaster agency AFAD said. "
    "[[More than 1.5 million people|displaced;a=the agency;alt=AFAD]] were living in tents and container cities, the agency said, and [[about 300,000 buildings|housing;a=the agency;alt=AFAD]] had collapsed or were badly damaged.",
)

F(
    "Heatwave deaths in Pakistan",
    "Hospitals in Karachi treated [[more than 1,000 people|injured]] for heatstroke as temperatures reached {{42 C}}. "
    "The Edhi Foundation said it had collected [[568 bodies|killed;a=The Edhi Foundation]] in {{six days}}.",
)

F(
    "Floods in Nigeria's Maiduguri",
    "The collapse of the Alau dam flooded half of Maiduguri, killing [[at least 30 people|killed;a=the Borno state emergency agency]] and displacing [[more than 400,000|displaced;a=the Borno state emergency agency]], the Borno state emergency agency said. "
    "Officials said [[281 prisoners|other;a=Officials]] escaped when the flood knocked down the walls of a prison, and [[seven|arrested;a=Officials]] were recaptured.",
    ["half of Maiduguri"],
)

F(
    "Nepal floods",
    "Floods and landslides after record rain in Nepal killed [[at least 192 people|killed;a=police]], police said, and [[more than 30|missing;a=police]] were missing. "
    "Rescuers found [[35 bodies|killed]] in vehicles buried on a highway south of Kathmandu. "
    "Army helicopters rescued [[more than 4,000 people|other]].",
)

F(
    "Drought in southern Madagascar",
    "The World Food Programme said [[1.14 million people|civilians;a=The World Food Programme]] in southern Madagascar faced acute hunger after {{four years}} of drought. "
    "It said it would reach [[700,000 people|aid;p;a=The World Food Programme]] with food and cash by the end of {{March}}.",
)

F(
    "Bangladesh: Cox's Bazar camp fire",
    "A fire swept through a Rohingya camp in Cox's Bazar, destroying [[about 2,000 shelters|housing;a=officials]] and leaving [[some 12,000 people|displaced;a=officials]] homeless, officials said. "
    "No deaths were reported.",
)

F(
    "Indonesia: quake in West Java",
    "An earthquake of magnitude {{5.6}} struck near Cianjur in West Java, killing [[at least 268 people|killed;a=the national disaster agency]], many of them children at school, the national disaster agency said. "
    "[[151 people|missing;a=the national disaster agency]] were missing and [[more than 58,000|displaced;a=the national disaster agency]] were displaced, it said.",
)

# ---------------------------------------------------------------- aid

F(
    "Aid trucks enter Gaza through Kerem Shalom",
    "[[About 600 trucks|aid;a=COGAT]] of aid entered Gaza on Sunday, the first day of the ceasefire, according to COGAT, the Israeli body that oversees crossings. "
    "The UN said it aimed to bring in [[600 trucks a day|aid;p;a=The UN]] for the first six weeks. "
    "Before the truce, [[fewer than 100 trucks a day|aid;a=aid groups]] were getting in, aid groups said.",
    ["first day", "first six weeks"],
)

F(
    "WFP reaches besieged town in Darfur",
    "A WFP convoy of [[16 trucks|aid;a=the agency;alt=WFP]] reached Tawila in North Darfur on Wednesday, carrying food for [[about 40,000 people|aid;a=the agency;alt=WFP]], the agency said. "
    "It was the first convoy to reach the area in {{two months}}.",
    ["first convoy"],
)

F(
    "Airdrops over southern Sudan",
    "WFP said it had carried out [[22 airdrops|aid;a=WFP]] over Nasir and Ulang counties in South Sudan's Upper Nile state since {{March}}, dropping [[about 400 tonnes|aid;a=WFP]] of sorghum, beans and oil. "
    "Fighting has cut the road from Malakal for {{three months}}.",
)

F(
    "Food aid for Somali drought victims",
    "The World Food Programme said it reached [[4.3 million people|aid;a=The World Food Programme]] in Somalia with food, cash or nutrition support in {{October}}, up from [[3.5 million|aid;a=The World Food Programme]] in {{September}}. "
    "[[About 500,000 children|civilians;a=UNICEF]] {{under five}} are acutely malnourished, UNICEF said.",
)

F(
    "Jordan sends field hospital supplies",
    "A Jordanian military aircraft landed in El Arish with [[20 tonnes|aid;a=the army]] of medical supplies for Gaza, the army said. "
    "It was the {{fifth}} such flight this month.",
)

F(
    "Turkey quake: tents and containers",
    "The Turkish Red Crescent said it had set up [[more than 46,000 tents|aid;a=The Turkish Red Crescent]] in the quake zone and handed out [[1.2 million hot meals|aid;a=The Turkish Red Crescent]]. "
    "The government plans to build [[319,000 new homes|housing;p;a=The government]] within {{a year}}.",
)

F(
    "Cholera vaccines arrive in Yemen",
    "[[About 1 million doses|aid;a=the World Health Organization]] of oral cholera vaccine arrived in Aden, the World Health Organization said. "
    "Yemen has recorded [[more than 200,000 suspected cholera cases|other;a=the health ministry;n=cases]] this year, the health ministry said.",
)

F(
    "Ukraine: winter aid for front-line towns",
    "UNHCR said it had delivered [[12,000 blankets|aid;a=UNHCR]], [[3,000 solar lamps|aid;u=other;a=UNHCR]] and [[800 repair kits|aid;a=UNHCR]] to villages near the front line in Kharkiv and Donetsk. "
    "The agency plans to help [[up to 100,000 people|aid;p;a=The agency;alt=UNHCR]] repair their homes before winter.",
)

F(
    "Sudan: famine confirmed in Zamzam camp",
    "A famine review committee said famine conditions were present in Zamzam camp, where [[about 500,000 people|displaced;a=A famine review committee]] live. "
    "MSF said [[at least 13 children|killed;a=MSF]] had died of malnutrition in the camp in {{one week}}. "
    "The UN estimates that [[25 million people|civilians;a=The UN]] in Sudan need humanitarian aid.",
)

F(
    "Rohingya rations cut",
    "The World Food Programme cut monthly food vouchers for [[about 1 million Rohingya|aid;a=The World Food Programme]] in Bangladesh to {{$8}} a person from {{$12}}, blaming a funding shortfall of {{$56 million}}. "
    "It was the {{second}} cut in {{three months}}.",
)

# ---------------------------------------------------------------- arrests, kidnappings, releases

F(
    "Students abducted in Kuriga",
    "Gunmen abducted [[287 pupils|kidnapped;a=a teacher]] from a school in Kuriga, in Kaduna state, a teacher said. "
    "Police said [[more than 100 of them|kidnapped;n=-;a=Police]] were aged {{between eight and 15}}. "
    "[[Twenty-five pupils|kidnapped]] escaped on the way.",
)

F(
    "Hostages freed in exchange",
    "Hamas freed [[three Israeli hostages|kidnapped;a=the Israeli prime minister's office]] on Saturday, the Israeli prime minister's office said, and Israel released [[183 Palestinian prisoners|other;a=the Palestinian Prisoners' Club]], according to the Palestinian Prisoners' Club. "
    "[[Seventy-three hostages|kidnapped]] remain in Gaza.",
)

F(
    "Police arrest protesters in Nairobi",
    "Police arrested [[more than 270 people|arrested;a=Interior Minister Kipchumba Murkomen]] after protests over a finance bill turned violent in Nairobi, Interior Minister Kipchumba Murkomen said. "
    "A rights group said [[at least 19 protesters|killed;a=A rights group]] had been shot dead.",
)

F(
    "Abducted aid workers released in Mali",
    "[[Two aid workers|kidnapped;a=their organisation]] kidnapped near Ménaka in {{October}} have been released, their organisation said. "
    "The men, aged {{34}} and {{41}}, were held for {{almost four months}}.",
)

F(
    "Mexico: missing migrants found",
    "Mexican authorities rescued [[more than 100 migrants|kidnapped;a=the attorney general's office]] who had been held by kidnappers in a house in Reynosa, the attorney general's office said. "
    "[[Four suspects|arrested]] were detained.",
)

F(
    "Crackdown after Bangladesh protests",
    "Police have arrested [[more than 10,000 people|arrested;a=police officials]] across Bangladesh since protests over job quotas turned violent, police officials said. "
    "Hospitals counted [[at least 150 dead|killed;a=Hospitals;n=dead]].",
)

F(
    "Tunisia arrests opposition figures",
    "Tunisian police detained [[at least 12 opposition figures|arrested;a=lawyers]], including a former justice minister, lawyers said. "
    "President Kais Saied called them terrorists.",
)

F(
    "Philippine army frees kidnapped fishermen",
    "Philippine marines rescued [[four Indonesian fishermen|kidnapped;a=the military]] held by Abu Sayyaf militants on Sulu island after {{a year}} in captivity, the military said. "
    "[[Two militants|killed]] were killed in the operation.",
)

F(
    "Iran: thousands detained after protests",
    "The Human Rights Activists News Agency said [[at least 19,000 people|arrested;a=The Human Rights Activists News Agency]] had been arrested in the protests, and [[more than 500|killed;a=The Human Rights Activists News Agency]] killed, including [[69 children|killed;a=The Human Rights Activists News Agency]]. "
    "The protests began after the death in custody of Mahsa Amini, {{22}}, in {{September}}.",
)

F(
    "Niger junta frees detainees",
    "Niger's military government released [[more than 1,000 prisoners|arrested;a=the justice ministry]], including former ministers held since the coup, the justice ministry said. "
    "The junta has held the deposed president, Mohamed Bazoum, since {{July 2023}}.",
)

# ---------------------------------------------------------------- troops and police

F(
    "Kenyan police arrive in Haiti",
    "[[About 400 Kenyan police officers|combatants]] landed in Port-au-Prince on Tuesday, {{the first of}} a multinational force. "
    "The force is expected to number [[about 2,500|combatants;p]] when complete, with personnel from Jamaica, Belize, Bahamas and Chad.",
)

F(
    "US sends troops to the Middle East",
    "The Pentagon said it was sending [[about 3,000 more troops|combatants;a=The Pentagon]] to the Middle East, in addition to the [[40,000|combatants;a=The Pentagon]] already in the region. "
    "Defense Secretary Lloyd Austin also ordered [[a dozen fighter jets|other;u=other;a=Defense Secretary Lloyd Austin]] to Jordan.",
)

F(
    "Rwanda's troops in eastern Congo",
    "A UN experts' report said [[between 3,000 and 4,000 Rwandan soldiers|combatants;a=A UN experts' report]] were fighting alongside M23 rebels in North Kivu. "
    "Rwanda denies it backs the rebels.",
    ["M23"],
)

F(
    "Burundian troops leave Somalia",
    "Burundi has withdrawn [[about 1,000 soldiers|combatants;a=the African Union]] from Somalia under the drawdown of the African Union mission, the African Union said. "
    "The mission will keep [[about 12,000 troops|combatants;p;a=the African Union]] in the country until {{December}}, it said.",
)

F(
    "North Korean troops in Kursk",
    "South Korea's spy agency said [[about 11,000 North Korean troops|combatants;a=South Korea's spy agency]] had been sent to Russia's Kursk region, and that [[at least 100|killed;a=South Korea's spy agency]] had been killed and [[1,000|injured;a=South Korea's spy agency]] wounded. "
    "Moscow and Pyongyang did not confirm the deployment until {{April}}.",
)

F(
    "France pulls last troops from Niger",
    "The last of [[1,500 French troops|combatants]] stationed in Niger left the country on Friday, {{two months}} after the junta ordered them out. "
    "France still has troops in Chad and Côte d'Ivoire.",
)

# ---------------------------------------------------------------- longer reports

F(
    "El Fasher: RSF assault on Abu Shouk camp",
    "The Rapid Support Forces attacked Abu Shouk camp on the northern edge of El Fasher on Tuesday, shelling homes and storming the market. "
    "The Emergency Lawyers group said [[at least 40 people|killed;a=The Emergency Lawyers group]] were killed, among them [[several dozen women and children|killed;n=women and children;a=The Emergency Lawyers group]]. "
    "The local resistance committee said the attackers set fire to [[about 300 shelters|housing;a=The local resistance committee]]. "
    "The camp was home to [[some 450,000 displaced people|displaced]] before the siege of the city began in {{May 2024}}. "
    "The International Organization for Migration said [[around 2,000 families|displaced;a=The International Organization for Migration]] fled to Tawila, {{60 km}} to the west, in the two days after the attack. "
    "Many walked for {{three days}} without water. "
    "MSF said its clinic in Tawila treated [[37 people|injured;a=MSF]] for gunshot wounds on Thursday alone.",
    ["two days"],
)

F(
    "Bakhmut: a week on the front",
    "Ukraine's military said on Sunday that its forces had repelled [[more than 30 Russian attacks|other;u=other;a=Ukraine's military]] around Bakhmut in the past day. "
    "Donetsk regional governor Pavlo Kyrylenko said [[about 4,000 civilians|civilians;a=Donetsk regional governor Pavlo Kyrylenko]], including [[38 children|civilians;a=Donetsk regional governor Pavlo Kyrylenko]], were still living in the city, which had a population of [[about 70,000|civilians;a=Donetsk regional governor Pavlo Kyrylenko]] before the war. "
    "Police were evacuating residents daily, he said. "
    "Russia's Wagner group claimed to have taken [[two more villages|other;a=Russia's Wagner group]] north of the city. "
    "A Ukrainian commander told Reuters that his unit had lost [[eight men|killed;a=A Ukrainian commander]] in {{a week}}. "
    "Neither side's claims could be independently verified.",
)

F(
    "Floods sweep through eastern Libya and Benghazi outskirts",
    "Heavy rain caused flash floods in Al-Marj and Shahat overnight on Sunday. "
    "The eastern government's health minister said [[12 people|killed;a=The eastern government's health minister]] had died in Al-Marj. "
    "In Al-Bayda, [[about 7,000 residents|displaced;a=the mayor]] left their homes, the mayor said. "
    "Soldiers and volunteers rescued [[more than 300 people|other]] stuck on rooftops. "
    "The eastern army said [[six soldiers|missing;a=The eastern army]] were missing after their vehicle was swept away. "
    "Schools will stay closed for {{a week}}.",
)

F(
    "Kabul airport: a day of evacuation",
    "US and allied aircraft flew [[about 21,600 people|displaced;a=the White House]] out of Kabul in the 24 hours to Monday morning, the White House said. "
    "The Pentagon said [[5,800 US troops|combatants;a=The Pentagon]] were at the airport. "
    "Britain said it had evacuated [[more than 5,700 people|displaced;a=Britain]] since {{August 13}}, [[about 3,100|displaced;a=Britain]] of them Afghans. "
    "Crowds at the gates grew through the day, and [[seven people|killed;a=the British defence ministry]] died in the crush, the British defence ministry said. "
    "US officials said [[about 10,000 people|civilians;a=US officials]] were waiting inside the airport for flights.",
    ["24 hours"],
)

F(
    "Gaza: deadly day at aid distribution site",
    "Israeli troops opened fire near an aid distribution site in Rafah on Sunday, killing [[at least 31 people|killed;a=the Gaza health ministry]] and wounding [[more than 170|injured;a=the Gaza health ministry]], the Gaza health ministry said. "
    "The Israeli army said it had fired warning shots at suspects who approached its forces. "
    "The Red Cross said its field hospital in Rafah received [[179 patients|injured;a=The Red Cross]], [[21|killed;a=The Red Cross]] of whom were declared dead on arrival. "
    "The US-backed Gaza Humanitarian Foundation said it had handed out [[about 16,000 food boxes|aid;a=The US-backed Gaza Humanitarian Foundation;alt=Gaza Humanitarian Foundation]] that day without incident. "
    "The UN said [[2.1 million people|civilians;a=The UN]] in Gaza were at risk of famine.",
)

F(
    "Cameroon: separatist violence in the Northwest",
    "Separatist fighters attacked the village of Mamfe on Saturday, killing [[five civilians|killed;a=the army]] and a soldier, the army said. "
    "Soldiers killed [[three separatists|killed;a=the army]] in the fighting, it said. "
    "The Norwegian Refugee Council said [[more than 600,000 people|displaced;a=The Norwegian Refugee Council]] remain displaced by the conflict in the Northwest and Southwest regions, which began in {{2017}}. "
    "[[About 3,000 schools|other;a=UNICEF]] are closed, UNICEF said.",
)

F(
    "Syria: Idlib camps flooded",
    "Heavy rain and snow damaged or destroyed [[more than 2,800 tents|housing;u=other;a=the Syrian Civil Defence]] in camps across northwest Syria, the Syrian Civil Defence said. "
    "[[About 22,000 people|civilians;a=the group;alt=the Syrian Civil Defence]] in [[162 camps|capacity;a=the group;alt=the Syrian Civil Defence]] were affected, the group said. "
    "A child died when a tent collapsed near Atmeh.",
)

F(
    "Myanmar: Lashio falls to rebels",
    "The Myanmar National Democratic Alliance Army said it had captured Lashio, the first regional military command to fall since the coup. "
    "The group said it had taken [[more than 200 soldiers|arrested;a=The group;alt=Myanmar National Democratic Alliance Army]] prisoner, including a brigadier general. "
    "Residents said [[tens of thousands|displaced;a=Residents]] had fled the city toward Mandalay.",
    ["first regional"],
)

F(
    "Honduras: riot at women's prison",
    "[[Forty-six women|killed;a=Security Minister Ramón Sabillón]] were killed in a riot at the women's prison in Támara, Security Minister Ramón Sabillón said. "
    "Gang members set fire to cells and shot other inmates. "
    "[[At least seven inmates|injured]] were treated in hospital in Tegucigalpa. "
    "President Xiomara Castro ordered the army to take control of all prisons for {{a year}}.",
)

F(
    "Ecuador: prison clash in Guayaquil",
    "Fighting between gangs at the Litoral prison in Guayaquil left [[at least 118 inmates|killed;a=President Guillermo Lasso]] dead, President Guillermo Lasso said. "
    "Police said [[six|killed;a=Police]] of the dead had been beheaded. "
    "The government sent [[400 police officers|combatants]] to retake control of the prison, which holds [[more than 8,000 inmates|arrested]].",
)

F(
    "Jenin raid",
    "Israeli forces killed [[nine Palestinians|killed;a=the Palestinian health ministry]] in a raid on Jenin refugee camp, the Palestinian health ministry said, among them a woman aged {{61}}. "
    "The Israeli military said it had arrested [[three suspects|arrested;a=The Israeli military]] and [[about 20 people|injured]] were wounded.",
)

F(
    "Kidnapped Chibok girl found",
    "The Nigerian army said it had found a woman who was among the Chibok schoolgirls abducted by Boko Haram in {{2014}}. "
    "She is now aged {{26}} and was carrying a baby. "
    "[[Ninety-one of the girls|kidnapped;n=girls;a=Amnesty International]] are still missing, according to Amnesty International.",
)

# ---------------------------------------------------------------- politics, economy, sport

F(
    "Kenya's central bank cuts rate",
    "Kenya's central bank cut its benchmark rate by {{50 basis points}} to {{10.75%}} on Tuesday, its {{third}} cut this year. "
    "Inflation slowed to {{3.6%}} in {{September}}, the lowest since {{2010}}.",
)

F(
    "Nigeria's naira weakens",
    "The naira fell to {{1,600}} per dollar on the official market on Friday, down {{about 40%}} since {{January}}. "
    "The central bank sold {{$500 million}} to banks {{last week}} to support the currency.",
)

F(
    "Brazil wins in Santiago",
    "Brazil beat Chile {{2-1}} in Santiago on Thursday with a goal in the {{90th}} minute, moving {{three points}} clear at the top of the qualifying table. "
    "Vinícius Júnior, {{24}}, scored his {{fifth}} goal of the campaign.",
)

F(
    "Indian election: results day",
    "The Bharatiya Janata Party won {{240}} of the {{543}} seats in the lower house, short of the {{272}} needed for a majority, and will rely on allies to govern. "
    "Turnout was {{65.8%}}, the election commission said.",
)

F(
    "Ethiopia floats its currency",
    "Ethiopia let the birr float on {{July 29}}, and it lost {{nearly 30%}} of its value in a day. "
    "The IMF approved a {{$3.4 billion}} loan over {{four years}} the next day.",
)

F(
    "Cricket: Pakistan bowled out",
    "Pakistan were bowled out for {{162}} on the {{second}} day of the {{first}} Test in Rawalpindi, trailing England by {{285 runs}}. "
    "Joe Root made {{141}}.",
)

F(
    "Ghana election date set",
    "Ghana's electoral commission set the presidential and parliamentary elections for {{December 7, 2024}}. "
    "Candidates must file papers by {{September 13}} and pay a fee of {{100,000 cedis}}.",
)

F(
    "Oil prices rise after Red Sea attacks",
    "Brent crude rose {{2.3%}} to {{$79.40}} a barrel on Monday after shipping companies paused transits through the Red Sea. "
    "Freight rates from Asia to northern Europe have {{more than doubled}} since {{mid-December}}.",
)

F(
    "Senegal's president sworn in",
    "Bassirou Diomaye Faye, {{44}}, was sworn in as Senegal's {{fifth}} president on {{April 2}}, {{10 days}} after winning {{54%}} of the vote in the {{first}} round. "
    "He had been released from prison {{10 days}} before the vote.",
)

F(
    "Marathon record in Chicago",
    "Kenya's Kelvin Kiptum won the Chicago Marathon in {{2:00:35}}, breaking the world record by {{34 seconds}}. "
    "The {{23-year-old}} was running only his {{third}} marathon.",
)

F(
    "Argentina inflation slows",
    "Monthly inflation in Argentina slowed to {{2.7%}} in {{October}}, the lowest in {{nearly three years}}, the statistics agency said. "
    "Annual inflation was still {{193%}}.",
)

F(
    "South Africa load-shedding ends",
    "Eskom said it had gone {{100 days}} without power cuts, the longest run since {{2021}}, after bringing {{1,500 megawatts}} of capacity back online. "
    "Power cuts had lasted up to {{12 hours}} a day in {{2023}}.",
)

F(
    "Ukraine gets EU loan tranche",
    "The European Union paid Ukraine {{€4.2 billion}} on Tuesday, the {{first}} tranche of a {{€50 billion}} facility running until {{2027}}. "
    "The money will pay wages and pensions.",
)

F(
    "Rugby: South Africa retain World Cup",
    "South Africa beat New Zealand {{12-11}} in the final in Paris to win the World Cup for a {{fourth}} time. "
    "Handré Pollard kicked {{four}} penalties.",
)

F(
    "Nigeria minimum wage raised",
    "Nigeria's president signed a law raising the minimum wage to {{70,000 naira}} a month from {{30,000 naira}}, after a {{two-day}} general strike by unions that represent [[about 4 million workers|other]]. "
    "The new wage takes effect from {{July}}.",
)

F(
    "Strike shuts South Korean hospitals",
    "[[About 9,000 trainee doctors|other;a=the health ministry]] have walked off the job in South Korea in protest at a plan to raise medical school admissions by {{65%}}, the health ministry said. "
    "The government said it would suspend the licences of doctors who do not return by {{February 29}}.",
)

F(
    "Paris marathon crowds",
    "[[More than 54,000 runners|other;a=the organisers]] started the Paris marathon on Sunday, a record, the organisers said. "
    "Temperatures reached {{18 C}} by midday.",
)

F(
    "Mass protest in Belgrade",
    "[[Tens of thousands of people|other;a=independent monitors]] marched through Belgrade on Saturday against corruption, independent monitors said, while police put the crowd at [[about 107,000|other;a=police]]. "
    "The protest was the largest in Serbia in {{a decade}}.",
)

F(
    "Garment workers laid off in Bangladesh",
    "[[About 3,500 workers|other;a=the factory owners' association]] lost their jobs when garment factories near Dhaka closed, the factory owners' association said. "
    "Exports fell {{7%}} in the {{first quarter}}.",
)

F(
    "Election in Chad",
    "Chad's electoral agency declared Mahamat Idriss Déby the winner of the presidential election with {{61%}} of the vote. "
    "Security forces fired into the air in N'Djamena, and [[at least 10 people|injured;a=a hospital doctor]] were hurt by stray bullets, a hospital doctor said.",
)

F(
    "Tanzania opposition leader arrested",
    "Police in Tanzania arrested opposition leader Tundu Lissu and [[about 500 party members|arrested;a=his party]] before a youth rally in Mbeya, his party said. "
    "The rally was due to start at {{10 a.m.}} on {{August 12}}.",
)

F(
    "Peace talks on Sudan resume in Jeddah",
    "Delegations of the Sudanese army and the Rapid Support Forces met in Jeddah on {{October 26}} for the {{first}} talks in {{five months}}. "
    "A previous truce agreed in {{May 2023}} lasted {{less than a week}}. "
    "The war has forced [[more than 6 million people|displaced]] from their homes.",
)

F(
    "Mozambique election disputed",
    "Mozambique's election commission said Frelimo's Daniel Chapo won {{71%}} of the vote in the {{October 9}} election. "
    "The opposition candidate, Venâncio Mondlane, said he had won {{53%}} by his own count and called a general strike for {{seven days}}. "
    "The rights group Plataforma Decide said [[at least 30 people|killed;a=The rights group Plataforma Decide;alt=Plataforma Decide]] had been shot dead by police in protests since the vote.",
)

F(
    "Colombia and ELN sign ceasefire",
    "The Colombian government and the ELN signed a {{six-month}} ceasefire in Havana on {{June 9, 2023}}, to take effect on {{August 3}}. "
    "It is the longest truce agreed with the group since talks began in {{2016}}.",
)

F(
    "Syria's interim president names cabinet",
    "Syria's interim president named a new government on {{March 29}}, {{nearly four months}} after Bashar al-Assad was toppled. "
    "The constitutional declaration sets a transition of {{five years}}.",
)

F(
    "Pakistan budget raises defence spending",
    "Pakistan's budget for the year from {{July 1}} raises defence spending by {{20%}} to {{2.55 trillion rupees}}, the finance minister told parliament, after the {{four-day}} conflict with India in {{May}}. "
    "Spending on development falls by {{about 7%}}.",
)

# ---------------------------------------------------------------- more wire reports

F(
    "Iraq: families leave al-Hol camp",
    "[[About 150 Iraqi families|returned;a=Iraq's migration ministry]] left Syria's al-Hol camp on Monday for a rehabilitation centre in Nineveh province, Iraq's migration ministry said. "
    "It said [[more than 2,500 families|returned;a=Iraq's migration ministry]] had been repatriated from the camp since {{2021}}. "
    "The camp still holds [[about 40,000 people|displaced;a=the Kurdish-led administration]], most of them women and children, according to the Kurdish-led administration.",
)

F(
    "Burkina Faso: Barsalogho massacre",
    "Jihadists attacked residents of Barsalogho who were digging trenches around the town on the orders of the army, killing [[between 200 and 400 people|killed;a=security sources]], security sources said. "
    "JNIM said it had killed [[about 300 militiamen|killed;a=JNIM]]. "
    "The government did not give a toll.",
)

F(
    "Guinea: stampede at football match",
    "A stampede at a football match in Nzérékoré killed [[56 people|killed;a=the government]], the government said, though local doctors said the toll was [[more than 100|killed;a=local doctors]]. "
    "The crush began after fans protested a referee's decision in the {{second half}}.",
)

F(
    "Mediterranean: migrants rescued off Lampedusa",
    "The Italian coast guard rescued [[about 600 migrants|other;a=The Italian coast guard]] from [[nine boats|other;a=The Italian coast guard]] south of Lampedusa over the weekend. "
    "[[Two bodies|killed]] were recovered. "
    "The reception centre on the island, which has room for [[about 400 people|capacity]], was holding [[more than 1,800|displaced;a=the Red Cross]], the Red Cross said.",
)

F(
    "English Channel crossings",
    "[[More than 800 people|displaced;a=the Home Office]] crossed the English Channel in small boats on Saturday, the Home Office said, the highest daily number this year. "
    "[[Five people|killed;a=French authorities]], including a child, died in an attempt to cross from Wimereux, French authorities said.",
)

F(
    "Kidnappers seize bus passengers in Benue",
    "Gunmen stopped a bus on the Otukpo road and abducted [[18 passengers|kidnapped;a=the police commissioner]], the police commissioner said. "
    "[[Six of them|kidnapped;n=-;a=police]] were rescued the next day in a forest near Ugbokpo, police said. "
    "The kidnappers are demanding {{50 million naira}} for each of the others.",
)

F(
    "Gang leader arrested in Ecuador",
    "Ecuadorian police arrested [[68 suspected gang members|arrested;a=Interior Minister John Reimberg]] in raids across Guayaquil, Interior Minister John Reimberg said, and seized [[45 firearms|other;a=Interior Minister John Reimberg]]. "
    "The country has [[about 20,000 soldiers and police|combatants;n=soldiers and police]] on the streets under a state of emergency.",
)

F(
    "Rohingya camps: new arrivals from Myanmar",
    "[[About 150,000 Rohingya|displaced;a=the Bangladesh government]] have arrived in the camps in Cox's Bazar since fighting intensified in Rakhine {{18 months}} ago, the Bangladesh government said. "
    "The camps already held [[more than 1 million refugees|displaced]]. "
    "Aid agencies said they would need [[at least 20,000 more shelters|capacity;p;a=Aid agencies]] before the monsoon.",
)

F(
    "South Sudan: Nasir clashes",
    "Clashes between the army and the White Army militia in Nasir county have displaced [[about 63,000 people|displaced;a=the UN]], the UN said. "
    "[[Some 10,000|displaced;a=UNHCR]] crossed into Ethiopia's Gambella region, UNHCR said. "
    "An army general and [[27 soldiers|killed;a=the government]] were killed when the militia overran a base, the government said.",
)

F(
    "Iran deports Afghans",
    "Iran deported [[more than 500,000 Afghans|returned;a=the International Organization for Migration]] in the {{16 days}} after the war with Israel, the International Organization for Migration said. "
    "At the Islam Qala crossing, [[up to 40,000 people a day|returned;a=aid workers]] were arriving, aid workers said.",
)

F(
    "Mali: convoy attacked near Kayes",
    "Jihadists attacked a convoy of [[about 40 fuel tankers|other;a=a transport union official]] near Kayes and set [[more than 30|other;u=other;a=a transport union official]] on fire, a transport union official said. "
    "Several drivers were missing.",
)

F(
    "Gaza: evacuation orders in Khan Younis",
    "The Israeli military ordered residents of [[17 neighbourhoods|other;u=other]] in eastern Khan Younis to leave. "
    "The UN said [[about 250,000 people|civilians;a=The UN]] lived in the area and that [[tens of thousands|displaced;a=The UN]] had already left.",
)

F(
    "Chad: Boko Haram attack on army base",
    "Boko Haram fighters attacked an army base on the Barkaram peninsula in Lake Chad, killing [[about 40 soldiers|killed;a=the presidency]], the presidency said. "
    "President Mahamat Idriss Déby ordered a counter-offensive.",
)

F(
    "Yemen: Houthis detain UN staff",
    "The Houthis have detained [[13 UN staff members|arrested;a=the UN]], the UN said, bringing the number of UN personnel held by the group to [[more than 50|arrested;a=the UN]]. "
    "The UN suspended its operations in Saada province.",
)

F(
    "Haiti: gang attack in Pont-Sondé",
    "Gang members armed with automatic rifles attacked the town of Pont-Sondé, killing [[at least 115 people|killed;a=the UN]], the UN said. "
    "[[More than 6,270 people|displaced;a=the International Organization for Migration]] fled, the International Organization for Migration said, and [[45 houses|housing]] and [[34 vehicles|other]] were set on fire.",
)

F(
    "Pakistan: Kurram convoy attack",
    "Gunmen fired on a convoy of passenger vehicles in Kurram district, killing [[at least 42 people|killed;a=police]], including [[seven women|killed;a=police]], police said. "
    "Sectarian clashes that followed killed [[more than 80|killed;a=local officials]] in {{10 days}}, local officials said. "
    "[[About 300 families|displaced]] left for Hangu and Peshawar.",
)

F(
    "Ethiopia: Amhara drone strike",
    "A drone strike on a market in Amhara's Finote Selam killed [[about 30 people|killed;a=a health official]], a health official said. "
    "The Fano militia has fought the army in the region since {{August 2023}}.",
)

F(
    "Earthquake in Myanmar: toll climbs",
    "The toll from the {{7.7}} magnitude earthquake in central Myanmar rose to [[3,471|killed;a=the military government]], the military government said, with [[4,671|injured;a=the military government]] injured and [[214|missing;a=the military government]] missing. "
    "The UN said [[more than 48,000 homes|housing;a=The UN]] had been damaged or destroyed in Sagaing and Mandalay. "
    "Rescue teams from China and Russia arrived in Mandalay.",
)

F(
    "Somalia: al-Shabaab fighters killed",
    "The Somali army and local clan militias killed [[more than 100 al-Shabaab fighters|killed;a=the information ministry]] in fighting in Hiraan region, the information ministry said. "
    "The ministry said [[five soldiers|killed;a=The ministry;alt=the information ministry]] also died.",
)

F(
    "Philippines: Marawi residents still waiting",
    "[[About 17,000 families|displaced;a=the Marawi rehabilitation task force]] are still living in temporary shelters or with relatives {{five years}} after the battle for Marawi, the Marawi rehabilitation task force said. "
    "The task force said [[about 2,000 houses|housing;p;a=The task force;alt=the Marawi rehabilitation task force]] would be built by the end of {{2022}}.",
)

F(
    "Nigeria: freed Kaduna worshippers",
    "Kidnappers released [[62 worshippers|kidnapped;a=the Kaduna state government]] seized from a Baptist church, the Kaduna state government said. "
    "[[Four|killed]] died in captivity, and [[about 20|kidnapped]] are still being held.",
)

F(
    "DRC: Goma camps emptied",
    "The M23 rebels ordered the closure of displacement camps around Goma, and [[about 110,000 people|returned;a=UNHCR]] left the camps for their home villages in {{two weeks}}, UNHCR said. "
    "Many found their homes destroyed.",
    ["M23"],
)

F(
    "Sri Lanka: floods after Cyclone Ditwah",
    "Floods and landslides after Cyclone Ditwah killed [[at least 334 people|killed;a=the Disaster Management Centre]] in Sri Lanka, the Disaster Management Centre said, and [[about 370|missing;a=the Disaster Management Centre]] were missing. "
    "[[More than 147,000 people|displaced;a=the centre;alt=the Disaster Management Centre]] were staying in [[1,441 safety centres|capacity;a=the centre;alt=the Disaster Management Centre]], the centre said. "
    "India sent [[two navy ships|aid;u=other]] with relief supplies.",
)

F(
    "Rohingya returns plan stalls",
    "Bangladesh and Myanmar agreed on a pilot project to return [[about 1,100 Rohingya refugees|returned;p;a=Bangladeshi officials]] to Rakhine state by the end of the year, Bangladeshi officials said. "
    "Refugee leaders said [[fewer than 100 families|returned;a=Refugee leaders]] had agreed to go. "
    "Bangladesh hosts [[nearly 1 million Rohingya|displaced]], most of whom fled a military crackdown in {{2017}}.",
)

F(
    "Ukraine and Russia exchange prisoners",
    "Ukraine and Russia exchanged [[390 prisoners|other;a=President Volodymyr Zelensky]] each on Friday in the first stage of a swap agreed in Istanbul, President Volodymyr Zelensky said. "
    "He said [[another 307|other;a=President Volodymyr Zelensky]] would be exchanged on Saturday and more on Sunday. "
    "Russia's defence ministry said [[270 servicemen|other;a=Russia's defence ministry]] and [[120 civilians|other;a=Russia's defence ministry]] had been returned to Russia.",
    ["first stage"],
)

F(
    "Sudan: Wad Madani retaken",
    "The Sudanese army retook Wad Madani, the capital of Gezira state, from the Rapid Support Forces. "
    "The UN said [[more than 500,000 people|displaced;a=The UN]] had fled Gezira since the RSF seized it in {{December 2023}}, and that [[at least 120 villages|other;a=The UN]] had been attacked. "
    "Residents said soldiers and allied fighters killed [[dozens of people|killed;a=Residents]] they accused of helping the RSF.",
)

F(
    "Turkey: quake survivors moved to container homes",
    "[[About 200,000 people|displaced;a=the disaster agency]] are now living in container cities in the quake zone, the disaster agency said, down from [[more than 400,000|displaced;a=the disaster agency]] in tents last spring. "
    "The agency plans to move [[the remaining 50,000 people|displaced;p;a=The agency;alt=the disaster agency]] out of tents by {{June}}.",
)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
