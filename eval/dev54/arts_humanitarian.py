"""dev54 items: humanitarian needs and response (OCHA's appeals and response plans, WFP and the
IPC, UNRWA situation reports, UNICEF, MSF and Save the Children, shelters and sites, aid
trucks, airdrops, meals, kits, disasters' damage and evacuations) and five items whose numbers
are only money, percentages, rates and dates (economy, funding, vaccination coverage).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "UN seeks $46.2 billion for 2025 humanitarian appeal",
    "Humanitarian agencies are appealing for {{$46.2 billion}} to help [[183 million people|aid;a=the Office for the Coordination of Humanitarian Affairs (OCHA);p]] in {{2025}}, the Office for the Coordination of Humanitarian Affairs (OCHA) said on Wednesday. "
    "[[Nearly 300 million people|civilians;a=OCHA]] need humanitarian assistance, OCHA estimates, and last year's appeal was only {{43%}} funded. "
    "Aid groups reached [[116 million people|aid]] in {{2024}}.",
)

F(
    "Sudan plan seeks $4.1 billion as famine spreads",
    "[[About 29.7 million people|civilians;a=OCHA]] in Sudan, more than {{half}} the population, need humanitarian assistance in {{2025}}, OCHA said, launching a {{$4.1 billion}} plan to reach [[19.6 million|aid;a=OCHA;p]]. "
    "[[About 610,000 people|civilians]] in parts of North Darfur and the Nuba Mountains face famine, classified as {{IPC Phase 5}}.",
)

F(
    "IPC: half a million in Gaza face catastrophic hunger",
    "[[About 495,000 people|civilians;a=the Integrated Food Security Phase Classification (IPC)]] in Gaza face catastrophic hunger ({{IPC Phase 5}}), and the whole population of [[about 2.1 million|civilians;a=the Integrated Food Security Phase Classification (IPC)]] is in acute food insecurity, the Integrated Food Security Phase Classification (IPC) said. "
    "It projects that [[about 68,000 children|civilians;a=the Integrated Food Security Phase Classification (IPC);p]] will suffer acute malnutrition over the next {{11 months}}.",
)

F(
    "Acute hunger: 281.6 million people in 58 countries",
    "[[About 281.6 million people|civilians;a=the Global Report on Food Crises]] in [[58 countries|other;a=the Global Report on Food Crises;u=other]] faced acute food insecurity in {{2024}}, according to the Global Report on Food Crises. "
    "[[1.4 million|civilians;a=the report;alt=the Global Report on Food Crises]] of them were in catastrophe ({{Phase 5}}), the report said, and [[some 35.4 million children|civilians;a=the report;alt=the Global Report on Food Crises]] {{under five}} were acutely malnourished.",
)

F(
    "WFP cuts rations in Kenya's refugee camps",
    "The World Food Programme (WFP) said it had cut rations for [[about 720,000 refugees|aid;a=The World Food Programme (WFP)]] in Kenya's Kakuma and Dadaab camps to {{40%}} of the minimum daily requirement, citing a funding gap of {{$32 million}}. "
    "[[About 9,500 new arrivals|displaced]] registered in Kakuma in the {{first five months}} of the year, mostly from South Sudan.",
)

F(
    "UNRWA: 1.9 million displaced in Gaza",
    "UNRWA said [[about 1.9 million people|displaced;a=UNRWA]] in Gaza, or {{90%}} of the population, had been displaced {{at least once}}, many of them repeatedly. "
    "[[At least 296 UNRWA staff members|killed;a=the agency;alt=UNRWA;n=staff members]] have been killed since {{October 2023}}, and [[about 190 of its buildings|housing;a=the agency;alt=UNRWA]] damaged or destroyed, the agency said.",
)

F(
    "Fewer Gazans sheltering in UNRWA facilities",
    "Some [[131,000 displaced people|displaced;a=UNRWA]] were sheltering in [[98 UNRWA facilities|capacity;a=UNRWA]] in mid-May, UNRWA said, down from [[about 1.2 million|displaced;a=UNRWA]] at the peak in {{December 2023}}. "
    "Each shelter had on average {{one toilet for every 400 people}}.",
)

F(
    "Aid trucks into Gaza fall to 83 a day",
    "An average of [[83 aid trucks a day|aid;a=OCHA]] entered Gaza in April, compared with [[about 500 a day|aid;a=OCHA;u=other]] before the war, OCHA said. "
    "[[More than 2,400 trucks|aid;a=the Egyptian Red Crescent]] were waiting at El Arish in Egypt, the Egyptian Red Crescent said.",
)

F(
    "Jordan has carried out 125 airdrops over Gaza",
    "The Jordanian Armed Forces said they had carried out [[125 airdrops|aid;a=The Jordanian Armed Forces]] over Gaza since February, delivering [[about 1,900 tonnes of food|aid;a=The Jordanian Armed Forces;n=tonnes]]. "
    "[[Five people|killed]] were killed when a pallet's parachute failed to open in March.",
)

F(
    "Ukraine appeal aims to reach 5.8 million",
    "The UN and its partners aim to reach [[5.8 million people|aid;a=The UN and its partners;p]] in Ukraine with a {{$2.5 billion}} plan for {{2025}}, out of [[12.3 million|civilians;a=The UN and its partners]] who need help. "
    "Near the front line, [[about 1.5 million people|civilians]] live within {{20 km}} of the fighting.",
)

F(
    "Yemen: 18.9 million need aid, plan 9% funded",
    "[[About 18.9 million people|civilians;a=OCHA]] need humanitarian aid in Yemen, OCHA said, and [[4.6 million|displaced;a=OCHA]] remain displaced, many for {{nearly a decade}}. "
    "[[Some 2.4 million children|civilians]] {{under five}} are acutely malnourished, and the response plan is only {{9%}} funded.",
)

F(
    "Afghanistan: 22.1 million need assistance",
    "[[About 22.1 million people|civilians;a=OCHA]] in Afghanistan need humanitarian assistance this year, OCHA estimates, and humanitarian partners plan to reach [[15.4 million|aid;a=humanitarian partners;p]] with {{$2.4 billion}}. "
    "[[About 2.9 million people|civilians]] are at emergency levels of hunger ({{IPC Phase 4}}).",
)

F(
    "DRC: 7.8 million internally displaced",
    "[[About 7.8 million people|displaced;a=OCHA]] are internally displaced in the Democratic Republic of the Congo, OCHA said, [[5.2 million|displaced;a=OCHA]] of them in North Kivu, South Kivu and Ituri. "
    "Aid groups reached [[2.9 million people|aid]] with food, water or shelter in the {{first quarter}}, {{less than a third}} of their target.",
)

F(
    "Goma's camps empty after the city's capture",
    "[[Nearly 700,000 people|displaced;a=UNHCR]] were living in sites around Goma before the {{M23}} captured the city in January, UNHCR said. "
    "[[About 420,000|returned;a=the agency;alt=UNHCR]] of them have since gone back to their home areas in Masisi, Rutshuru and Nyiragongo, often to destroyed houses, the agency said, and [[at least 70 sites|capacity;a=the agency;alt=UNHCR]] have been dismantled.",
)

F(
    "Haiti: hot meals and cash for the displaced",
    "WFP and its partners distributed [[more than 1.1 million hot meals|aid]] to displaced people in Port-au-Prince in March, and [[about 26,000 households|aid]] received cash transfers. "
    "[[About 5.5 million people|civilians;a=the IPC]], nearly {{half}} the population, face acute food insecurity, [[5,600|civilians;a=the IPC]] of them at catastrophe levels, the IPC said.",
)

F(
    "Herat earthquakes: 20,000 homes destroyed",
    "The {{magnitude 6.3}} earthquakes in Herat province destroyed [[more than 20,000 homes|housing;a=IOM]] and affected [[about 114,000 people|civilians;a=IOM]], IOM said. "
    "The agency had distributed [[4,500 tents|aid;a=The agency;alt=IOM]] and [[9,000 blankets|aid;a=The agency;alt=IOM]] by the end of the {{second}} week, it said.",
)

F(
    "Evictions displace 185,000 in Mogadishu",
    "Evictions from informal sites in Mogadishu forced [[about 31,000 households|displaced;a=the Protection Cluster]] from their shelters in {{2024}}, according to the Protection Cluster. "
    "The city has [[about 2,300 displacement sites|capacity]], home to [[between 500,000 and 600,000 people|displaced]].",
)

F(
    "Save the Children: 52 million children in conflict zones out of school",
    "Save the Children said [[about 52 million children|civilians;a=Save the Children]] living in conflict zones were out of school. "
    "In Gaza, [[more than 600,000 children|civilians;a=the Education Cluster]] had missed a {{second}} full school year, and {{88%}} of school buildings needed rebuilding or major repair, according to the Education Cluster.",
)

F(
    "UNICEF: 740,000 children at risk of severe malnutrition in Sudan",
    "UNICEF expects [[about 740,000 children|civilians;a=UNICEF;p]] {{under five}} to suffer severe acute malnutrition in Sudan in {{2025}}. "
    "The agency treated [[more than 420,000 children|aid]] for severe acute malnutrition in {{2024}}. "
    "It plans to vaccinate [[3.4 million|aid;a=UNICEF;p]] against measles.",
)

F(
    "MSF: malnutrition admissions soar in Katsina",
    "Médecins Sans Frontières (MSF) said it had admitted [[more than 10,200 children|aid;a=Médecins Sans Frontières (MSF)]] with severe acute malnutrition to its feeding centres in Katsina State between January and August, {{a third}} more than in the same period of {{2023}}. "
    "[[At least 650|killed;a=the charity;alt=Médecins Sans Frontières (MSF)]] of them died, the charity said.",
)

F(
    "Adré transit site holds 195,000 refugees",
    "The Adré transit site on Chad's border with Sudan, set up for [[about 10,000 people|capacity]], now shelters [[more than 195,000 refugees|displaced]]. "
    "UNHCR said it had relocated [[about 105,000|displaced;a=UNHCR]] to [[four new camps|capacity;a=UNHCR]] further inland since January.",
)

F(
    "Northwest Syria camps: 1.6 million still displaced",
    "[[About 1.6 million people|displaced;a=the Camp Coordination and Camp Management Cluster]] still lived in [[more than 1,400 sites|capacity;a=the Camp Coordination and Camp Management Cluster]] in northwest Syria in May, according to the Camp Coordination and Camp Management Cluster, {{80%}} of them women and children. "
    "[[About 320,000 people|returned]] left the camps for their home areas in the {{first five months}} of the year.",
)

F(
    "Cyclone Chido: 35,000 houses destroyed in Mozambique",
    "Cyclone Chido destroyed [[more than 35,000 houses|housing;a=Mozambique's disaster management institute INGD;alt=INGD]] in Cabo Delgado and Niassa, killed [[94 people|killed;a=Mozambique's disaster management institute INGD;alt=INGD]] and affected [[about 410,000|civilians;a=Mozambique's disaster management institute INGD;alt=INGD]], Mozambique's disaster management institute INGD said. "
    "[[About 250 classrooms|housing]] were also damaged by winds of up to {{260 km/h}}.",
)

F(
    "Typhoon prompts evacuation of 1.2 million in the Philippines",
    "[[More than 1.2 million people|displaced;a=the National Disaster Risk Reduction and Management Council (NDRRMC)]] were evacuated ahead of the typhoon, the National Disaster Risk Reduction and Management Council (NDRRMC) said, [[about 480,000|displaced;a=the National Disaster Risk Reduction and Management Council (NDRRMC)]] of them to [[6,800 evacuation centres|capacity;a=the National Disaster Risk Reduction and Management Council (NDRRMC)]]. "
    "[[Eight people|killed]] were killed and [[hundreds of homes|housing]] buried by landslides in Benguet.",
)

F(
    "Storm Boris floods Central Europe",
    "Storm Boris forced [[between 30,000 and 40,000 people|displaced]] from their homes in Poland, Czechia, Romania and Austria and killed [[at least 23|killed]], after up to {{400 mm}} of rain fell in {{four days}}. "
    "[[More than 12,000 firefighters|other]] were deployed in Poland alone.",
)

F(
    "Tawila: latrines and hygiene kits, but not enough",
    "Aid groups installed [[420 emergency latrines|aid;a=the WASH Cluster]] and distributed [[12,600 hygiene kits|aid;a=the WASH Cluster]] at displacement sites in Tawila in June, the WASH Cluster said, but there is still only {{one latrine for every 180 people}}. "
    "People receive about {{15 litres}} of water a day, below the emergency minimum.",
)

F(
    "WFP warns 12.9 million could lose food aid",
    "WFP said [[12.9 million people|aid;a=WFP;p]] could be cut off from emergency food assistance in the coming months because of funding shortfalls. "
    "The agency assisted [[about 124 million people|aid]] in {{2024}}, down from [[160 million|aid]] in {{2022}}, when its funding peaked at {{$14.1 billion}}.",
)

F(
    "Remittances to Guatemala hit a record",
    "Remittances to Guatemala rose {{8.6%}} to {{$21.5 billion}} in {{2024}}, the central bank said, equal to about {{19%}} of GDP. "
    "Analysts expect growth to slow in {{2025}} if US deportations rise.",
)

F(
    "Humanitarian funding covers less than half of needs",
    "Donors provided {{$24.9 billion}} to UN-coordinated appeals in {{2024}}, covering {{46%}} of requirements, according to OCHA's Financial Tracking Service. "
    "The United States gave {{$10.4 billion}}, or about {{42%}} of the total, and Germany {{$2.1 billion}}.",
)

F(
    "Vaccine coverage stalls, WHO and UNICEF say",
    "Coverage of the {{third}} dose of diphtheria-tetanus-pertussis vaccine stood at {{85%}} in {{2024}}, unchanged from {{2023}}, WHO and UNICEF said. "
    "Measles {{first-dose}} coverage was {{84%}}, below the {{95%}} needed to prevent outbreaks.",
)

F(
    "Ukraine's reconstruction bill rises to $506 billion",
    "Rebuilding Ukraine will cost an estimated {{$506 billion}} over the next {{10 years}}, according to the {{fourth}} Rapid Damage and Needs Assessment by the World Bank, the EU, the UN and the Ukrainian government. "
    "Housing accounts for {{13%}} of the needs, and energy for {{12%}}.",
)

F(
    "Sudan's pound slides on the parallel market",
    "The Sudanese pound weakened to about {{2,600}} to the dollar on the parallel market in June, from {{570}} before the war began in {{April 2023}}, traders said. "
    "Annual inflation was estimated at {{145%}}.",
)
