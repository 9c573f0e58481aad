"""dev3 figures items: wire style, OCHA, UNHCR and IOM DTM reports, sitrep bullets. Marks: eval/figset/marks.py; see build.py."""

from items import F

# ====================================================================== figures: wire style

F(
    "Ituri militia attacks uproot thousands around Djugu",
    "Fighting between CODECO militiamen and a rival armed group has forced [[some 40,000 people|displaced;a=OCHA]], most of them women and children, to flee their homes since {{Tuesday}}, bringing the total displaced in the province to [[1.7 million|displaced;a=OCHA]], OCHA said on {{Friday}}. "
    "The UN agency said [[at least 23 civilians|killed;a=The UN agency;alt=OCHA]] had been killed in raids on villages north of Bunia and that [[more than 600 homes|housing;a=The UN agency;alt=OCHA]] had been set on fire. "
    "Many of the newly displaced are sheltering in [[11 schools|capacity;a=a local aid coordinator]] in Bunia, where [[about 9,000 people|displaced;a=a local aid coordinator]] share [[40 latrines|other;a=a local aid coordinator]], according to a local aid coordinator.",
)

F(
    "Shelling kills 19 in Kharkiv border villages, governor says",
    "Russian shelling of villages along the border killed [[19 people|killed;a=regional governor Oleh Syniehubov]], among them [[three children|killed;a=regional governor Oleh Syniehubov]], the youngest a {{9-year-old}} boy, and wounded [[34|injured;a=regional governor Oleh Syniehubov]] over the weekend, regional governor Oleh Syniehubov said on {{Monday}}. "
    "Authorities have ordered the evacuation of [[another 1,400 residents|displaced;p;a=officials]] from settlements within {{10 kilometres}} of the frontier, adding to the [[more than 11,000|displaced;a=officials]] moved out since {{May}}, officials said.",
)

F(
    "Darfur: people walk for days to reach Tawila after Zamzam assault",
    "[[Tens of thousands of people|displaced;a=the International Organization for Migration]], many walking for {{two days}} without water, have reached Tawila after the Rapid Support Forces overran the Zamzam camp, the International Organization for Migration said, estimating that [[up to 400,000|displaced;a=the International Organization for Migration]] had been forced out of the camp in total. "
    "Médecins Sans Frontières, which runs a clinic in Tawila, said it had treated [[more than 150 wounded patients|injured;a=Médecins Sans Frontières]] since the weekend, [[64|injured;a=Médecins Sans Frontières]] of them children.",
)

F(
    "Only a few residents left in shelled Sumy village",
    "In the small town of Yunakivka, where [[about 2,000 people|civilians;a=the head of the village council]] lived before the war, only [[some 80 residents|civilians;a=the head of the village council]] remain, the head of the village council said, after drone strikes destroyed [[a further 37 houses|housing;a=the head of the village council]] this month. "
    "He said the last [[14 children|displaced]] in the village were evacuated to Sumy city on {{Thursday}}.",
)

F(
    "Gunmen kill villagers, burn homes in Plateau raid",
    "Gunmen who stormed [[three farming villages|other;a=the local government chairman]] in Bokkos district on {{Christmas Eve}} killed [[at least 113 people|killed;a=the local government chairman]], the local government chairman told reporters, raising an earlier toll of [[16|killed;a=the army]] given by the army, and set fire to [[more than 220 houses|housing;a=the local government chairman]]. "
    "The Red Cross said [[around 300 wounded|injured;a=The Red Cross]] had been taken to hospitals in Jos and Bokkos, while [[nearly 10,000 residents|displaced;a=the state emergency agency]] had fled to the town of Mushere, according to the state emergency agency, which said it had opened [[six camps|capacity;a=the state emergency agency]].",
    ["Christmas Eve"],
)

F(
    "Haiti gangs overrun Mirebalais, thousands flee",
    "Armed gangs of the Viv Ansanm coalition seized the central town of Mirebalais after a prison break that freed [[some 530 inmates|other;a=the ministry of justice]], the ministry of justice said, prompting [[more than 5,900 people|displaced;a=the International Organization for Migration]] to flee in the following {{48 hours}}, according to the International Organization for Migration. "
    "The IOM said the number of internally displaced in Haiti had reached [[more than 1 million|displaced;a=The IOM]] for the first time, {{three times}} the level of a year earlier.",
    [],
)

F(
    "Somalia: al-Shabaab attack on beach hotel kills dozens",
    "Al-Shabaab gunmen and a suicide bomber attacked a hotel on Lido beach in Mogadishu late on {{Friday}}, killing [[at least 32 people|killed;a=police]] and wounding [[63 others|injured;a=police]] before security forces ended the siege early on {{Saturday}}, police said. "
    "Among the dead were [[seven attackers|killed;a=a police spokesman]], a police spokesman said, and [[about 30 guests|kidnapped;a=a police spokesman]] held inside were freed.",
)

F(
    "Yemen: fighting around Marib forces families to move again",
    "Renewed fighting on the edges of Marib has displaced [[some 4,200 families|displaced;a=the government-run Executive Unit for IDP Camps]], many for the second or third time, the government-run Executive Unit for IDP Camps said on {{Sunday}}, adding that [[12 camps|capacity;a=the government-run Executive Unit for IDP Camps]] in the governorate were now within range of artillery. "
    "[[Two children|killed;a=camp residents]] were killed when a shell hit a tent in the al-Jufainah camp, which hosts [[more than 10,000 families|displaced;a=camp residents]], camp residents said.",
    ["second", "third"],
)

F(
    "Burkina Faso: jihadists kill soldiers and volunteers near Djibo",
    "Militants linked to al-Qaeda killed [[around 50 soldiers|killed;a=security sources]] and [[dozens of army auxiliaries|killed;a=security sources]] in a pre-dawn assault on a military base outside Djibo on {{Sunday}}, security sources said, in one of the deadliest attacks on the army this year. "
    "The attackers, estimated at [[several hundred|combatants;a=a local official;n=-]] by a local official who spoke on condition of anonymity, also looted [[more than 20 vehicles|other;a=a local official]].",
)

F(
    "Myanmar air strike on monastery kills villagers sheltering inside",
    "A military air strike on a Buddhist monastery in Sagaing region where villagers had taken refuge killed [[at least 23 people|killed;a=a local resistance group]], including [[four children|killed;a=a local resistance group]], and wounded [[about 30|injured;a=a local resistance group]], a local resistance group said on {{Friday}}. "
    "[[Some 150 people|displaced;a=residents]] from nearby villages had been sleeping in the monastery compound since fighting reached the area in {{March}}, residents said.",
)

F(
    "South Sudan: clashes in Upper Nile push thousands into Ethiopia",
    "Clashes between the army and the White Army militia around Nasir have driven [[more than 10,000 people|displaced;a=the UN refugee agency]] across the border into Ethiopia's Gambella region since early {{March}}, the UN refugee agency said, while [[an estimated 50,000|displaced;a=the UN refugee agency]] have been displaced inside Upper Nile state. "
    "The agency said {{nearly 8 in 10}} of the new arrivals were women and children and that a transit centre at Burbiey, built for [[3,000 people|capacity;a=The agency;alt=the UN refugee agency]], was holding [[more than 6,500|displaced;a=The agency;alt=the UN refugee agency]].",
)

F(
    "Mexico: cartel battles empty mountain villages in Guerrero",
    "Gunfights between the Familia Michoacana and a rival cartel, which has used explosive-laden drones against communities in the Tierra Caliente region, have forced [[about 1,200 residents|displaced;a=the state government]] of [[nine villages|other;a=the state government]] to abandon their homes, the state government said on {{Wednesday}}, and [[more than 300|displaced;a=the state government]] are staying in a sports hall in Heliodoro Castillo. "
    "The army has sent [[500 additional soldiers|combatants;a=the defence ministry]] to the area, the defence ministry said.",
)

F(
    "Cameroon: separatist attack on village leaves 20 dead",
    "Armed men suspected of being anglophone separatists attacked the village of Mamfe Ayukaba in Cameroon's South-West region before dawn, killing [[20 people|killed;a=two local officials]], including a pregnant woman, and burning [[dozens of houses|housing;a=two local officials]], two local officials told AFP.",
)

F(
    "Libya: Tripoli militia fighting traps families in their homes",
    "[[Hundreds of families|civilians;a=the Libyan Red Crescent]] remained trapped in the Abu Salim district on {{Tuesday}} as fighting between rival armed groups entered its {{second day}}, the Libyan Red Crescent said, after its teams evacuated [[236 people|displaced;a=the Libyan Red Crescent]] and recovered [[nine bodies|killed;a=the Libyan Red Crescent]] overnight. "
    "The emergency medicine centre said it had recorded [[27 dead|killed;a=The emergency medicine centre]] and [[106 wounded|injured;a=The emergency medicine centre]] since fighting began.",
)

F(
    "Gaza: 'no safe place' as new evacuation orders cover Khan Younis",
    "The Israeli military's latest evacuation orders, covering about {{20%}} of the Gaza Strip, have forced [[some 250,000 people|displaced;a=the UN's humanitarian office]] to move again in less than a week, many of them for the fifth or sixth time, the UN's humanitarian office said on {{Thursday}}. "
    "The Hamas-run health ministry said [[at least 70 people|killed;a=The Hamas-run health ministry]] had been killed in strikes across the territory in the previous {{24 hours}}, bringing the total death toll since {{October 7}} to [[39,006|killed;a=The Hamas-run health ministry]].",
    ["fifth", "sixth"],
)

F(
    "Colombia: ELN offensive in Catatumbo displaces record numbers",
    "An offensive by the National Liberation Army against former FARC dissidents in the Catatumbo region has killed [[at least 80 people|killed;a=the ombudsman's office]] and displaced [[more than 48,000|displaced;a=the ombudsman's office]], the largest displacement recorded in Colombia in {{three decades}}, the ombudsman's office said on {{Monday}}. "
    "[[About 32 people|kidnapped;a=local authorities]], among them a social leader and his family, were abducted, and [[five signatories|killed;a=local authorities]] of the {{2016}} peace deal were killed, according to local authorities.",
    [],
)

F(
    "Ethiopia: drone strike on Amhara market kills civilians",
    "A drone strike on a busy market in the town of Finote Selam killed [[at least 30 civilians|killed;a=witnesses and a health worker]] and wounded [[more than 55|injured;a=witnesses and a health worker]], witnesses and a health worker told Reuters, in the latest attack blamed on government forces fighting Fano militias. "
    "The health worker said [[17 of the wounded|injured;n=wounded;a=The health worker]] were in critical condition.",
)

F(
    "Pakistan: militants storm train in Balochistan, hundreds of passengers held",
    "Separatist militants blew up a railway track and seized the Jaffar Express in a remote area of Balochistan on {{Tuesday}}, taking [[more than 400 passengers|kidnapped;a=railway officials]] hostage, railway officials said. "
    "By {{Wednesday}} evening security forces had freed [[346 hostages|kidnapped;a=the military]] and killed [[33 militants|killed;a=the military]], the military said, adding that [[21 passengers|killed;a=the military]] and [[four soldiers|killed;a=the military]] had died.",
)

F(
    "Niger: gunmen strike worshippers at Friday prayers",
    "Gunmen from the Islamic State Sahel Province surrounded a mosque in the village of Fambita in Tillaberi region during {{Friday}} prayers and opened fire, killing [[44 worshippers|killed;a=the interior ministry]] and wounding [[13|injured;a=the interior ministry]], the interior ministry said in a statement read on state television, which declared {{three days}} of national mourning.",
)

# ====================================================================== figures: OCHA / UNHCR / IOM DTM

F(
    "Flash Update: Escalation of hostilities in North Kivu",
    "HIGHLIGHTS. Since {{26 January}}, hostilities between the {{M23}} and the Congolese armed forces (FARDC) around Minova and Sake have displaced [[an estimated 178,000 people|displaced]]. "
    "Partners report that [[at least 65 civilians|killed;a=Partners]] have been killed and [[more than 400|injured;a=Partners]] injured, with health facilities in Goma receiving [[an average of 80 wounded patients a day|injured;n=patients;q=approx;a=Partners]]. "
    "Humanitarian access along the Goma-Sake road is suspended, leaving [[some 300,000 people|civilians]] in Masisi territory cut off from assistance. "
    "Humanitarian partners have distributed [[12,500 non-food item kits|aid;n=kits]] and are trucking water to [[five spontaneous sites|capacity;n=sites;u=other]] around Goma.",
    ["26 January"],
)

F(
    "UNHCR briefing note: new arrivals from Sudan in eastern Chad",
    "This is a summary of what was said by the UNHCR spokesperson at today's press briefing at the Palais des Nations in Geneva. "
    "UNHCR is alarmed by a sharp increase in arrivals in eastern Chad, where [[more than 20,000 Sudanese refugees|displaced;a=our teams;alt=UNHCR]] crossed the border in the past week alone, our teams report. "
    "Most are women and children who fled renewed attacks in El Fasher and surrounding villages, and many arrive with gunshot wounds: our partners referred [[212 injured refugees|injured]] to the hospital in Adré last week. "
    "Chad now hosts [[over 1.2 million refugees|displaced]], [[roughly 770,000|displaced]] of whom arrived since the war in Sudan began in {{April 2023}}. "
    "UNHCR is relocating new arrivals away from the border to [[four new camps|capacity]], which can accommodate [[up to 50,000 people each|capacity;n=people]]. "
    "The 2025 response plan is only {{14 per cent}} funded.",
    ["2025"],
)

F(
    "IOM DTM: Mobility tracking round 14, Ethiopia",
    "The Displacement Tracking Matrix identified [[3,282,094 internally displaced persons|displaced;a=The Displacement Tracking Matrix]] (IDPs) in [[2,746 sites|capacity;a=The Displacement Tracking Matrix]] across Ethiopia during round 14 of its site assessments. "
    "Conflict was the primary cause of displacement for [[2.2 million IDPs|displaced]], followed by drought, which displaced [[about 600,000|displaced]]. "
    "The DTM also recorded [[1,470,000 returning IDPs|returned;a=The DTM;alt=The Displacement Tracking Matrix]], mostly in Tigray and Amhara regions.",
    ["round 14"],
)

F(
    "OCHA: Sudan, Kordofan situation update",
    "Fighting in and around El Obeid has displaced [[about 17,000 people|displaced;a=the International Organization for Migration]] since {{5 June}}, according to the International Organization for Migration, while [[at least 46 civilians|killed;a=local sources]] were killed when shells hit a market and a displacement site in Kadugli, local sources report. "
    "[[An estimated 1.3 million people|civilians]] in South Kordofan are facing emergency levels of hunger. "
    "On {{9 June}}, a WFP convoy of [[15 trucks|aid]] carrying [[420 tonnes|aid;u=other]] of food reached Dilling for the first time in {{four months}}.",
    ["5 June", "9 June"],
)

F(
    "UNHCR: Myanmar refugees arrive in Bangladesh despite border closure",
    "UNHCR estimates that [[some 60,000 Rohingya refugees|displaced;a=UNHCR]] have arrived in Cox's Bazar since the start of the year, fleeing fighting between the Arakan Army and the Myanmar military in Rakhine State, joining the [[nearly one million|displaced;a=UNHCR;v=1000000]] already in the camps. "
    "The new arrivals are not registered, and [[about 11,000|displaced;a=camp authorities]] are staying with relatives in overcrowded shelters, camp authorities said. "
    "The agency has recorded [[at least 90 people|missing;a=The agency;alt=UNHCR]] missing after a boat carrying refugees sank in the Naf river in {{August}}.",
    ["August"],
)

F(
    "IOM: displacement in Haiti's Centre department",
    "Between {{27 March}} and {{3 April}}, DTM teams tracked the movement of [[51,913 people|displaced;a=DTM teams]] who fled violence in Mirebalais and Saut-d'Eau. "
    "Of these, [[25,634|displaced]] are staying in [[eleven spontaneous sites|capacity;u=other;n=sites]] in Hinche, and the rest with host families. "
    "According to local authorities, [[at least 2,000 households|displaced;a=local authorities]] lost all their belongings, and [[seven schools|capacity;a=local authorities]] are currently used as shelters.",
    ["27 March", "3 April"],
)

F(
    "OCHA Flash Update #3: Chiure attacks displace tens of thousands",
    "Non-state armed group attacks in Chiure district between {{8 and 14 February}} triggered the displacement of [[more than 67,000 people|displaced;a=the IOM]], about {{60 per cent}} of them children, according to the IOM. "
    "[[Two accommodation centres|capacity]] in Chiure Sede are hosting [[about 9,500 people|displaced]], {{three times}} their capacity. "
    "Insurgents burned [[at least 470 houses|housing;a=local sources]] and [[two health centres|housing;a=local sources]], and beheaded [[three men|killed;a=local sources]] in Mazeze, local sources said.",
    [],
)

F(
    "UNHCR: Lebanon arrivals in Syria pass 400,000",
    "Since {{23 September}}, [[more than 400,000 people|displaced;a=the Syrian authorities and UNHCR]] have crossed from Lebanon into Syria to escape Israeli air strikes, according to the Syrian authorities and UNHCR, {{around 60 per cent}} of them Syrians returning to their own country. "
    "UNHCR teams at the Jdaidet Yabous crossing are receiving [[up to 8,000 people a day|displaced;n=people;a=UNHCR teams]], UNHCR teams said, and have handed out [[22,000 blankets|aid]] and [[9,000 mattresses|aid]]. "
    "Inside Lebanon, [[some 190,000 people|displaced;a=the government]] are sheltering in [[973 collective shelters|capacity;a=the government]], most of them schools, the government said, [[over 800|capacity;u=structure;a=the government]] of which are already full.",
    ["23 September"],
)

F(
    "DTM Yemen rapid displacement tracking, weekly update",
    "From {{9 to 15 March}}, DTM Yemen tracked [[174 households|displaced;a=DTM Yemen]] ([[1,044 individuals|displaced;a=DTM Yemen]]) who experienced displacement at least once. "
    "The majority moved because of increased conflict in Al Hodeidah ([[61 households|displaced]]), Marib ([[44 households|displaced]]) and Taiz ([[38 households|displaced]]). "
    "Since the start of the year, DTM has tracked [[2,910 households|displaced;a=DTM]] displaced, and [[329 households|returned;a=DTM]] who returned to their area of origin.",
    ["9 to 15 March"],
)

F(
    "OCHA: Occupied West Bank humanitarian update",
    "Between {{21 January}} and {{4 February}}, Israeli forces killed [[38 Palestinians|killed;a=OCHA]] in the northern West Bank, including [[seven children|killed;a=OCHA]], during an operation focused on Jenin and Tulkarm refugee camps, according to OCHA. "
    "[[About 40,000 Palestinians|displaced]] have been displaced from the Jenin, Tulkarm and Nur Shams camps, the largest displacement in the West Bank since {{1967}}. "
    "In the same period, [[52 Palestinian-owned structures|housing]] were demolished, and settlers injured [[23 Palestinians|injured]] in a series of attacks.",
    [],
)

F(
    "Lake Chad Basin: UNHCR records new returns and new displacement",
    "In Borno State, [[some 36,000 refugees|returned;a=UNHCR]] have returned from Cameroon and Niger since January under a state government programme, UNHCR said, but the agency warned that many could not go back to their villages and ended up in camps in garrison towns. "
    "At the same time, attacks by ISWAP and Boko Haram displaced [[an estimated 12,400|displaced]] in Borno in the first quarter, and [[at least 180 civilians|kidnapped]] were abducted, mostly women collecting firewood. "
    "The government plans to close [[all 24 remaining camps|capacity;p;a=The government;n=camps]] in Maiduguri, home to [[roughly 200,000 IDPs|displaced;a=The government]], by the end of the year.",
    ["first quarter"],
)

F(
    "IOM: returns to Khartoum state accelerate",
    "The International Organization for Migration estimates that [[over 1 million people|returned;a=The International Organization for Migration]] have returned to their homes in Sudan since the army retook much of Gezira and Khartoum states, {{71 per cent}} of them to Gezira. "
    "Returnees find damaged homes, no electricity and looted hospitals; IOM teams assessed [[1,480 houses|housing;a=IOM teams]] in Bahri and found {{roughly half}} destroyed or badly damaged, IOM teams reported. "
    "[[Some 11.3 million people|displaced]] remain displaced inside Sudan.",
    [],
)

# ====================================================================== figures: sitrep bullets

F(
    "Sitrep: Tigray western zone, key figures",
    "KEY FIGURES\n"
    "- [[1,034,000 IDPs|displaced;a=IOM DTM]] in Tigray (IOM DTM)\n"
    "- [[About 70,000 returnees|returned;a=regional authorities]] since {{November}} (regional authorities)\n"
    "- [[186 schools|capacity;a=education bureau]] still occupied by displaced families (education bureau)\n"
    "- [[3.1 million people|civilians;a=HNO 2025]] in need of humanitarian assistance ({{HNO 2025}})\n"
    "- [[412 trucks|aid]] of food entered the region this month",
)

F(
    "Situation report: Kassala state, eastern Sudan",
    "Situation overview: Kassala continues to receive people fleeing fighting in Gezira and Sennar. "
    "New arrivals this week: [[4,610 people|displaced]] ([[922 households|displaced]]). "
    "Total IDPs in Kassala: [[approximately 260,000|displaced]], of whom [[some 38,000|displaced]] live in [[41 gathering points|capacity;u=structure;n=points]], mostly schools. "
    "Returns: [[about 1,200 people|returned]] went back to Wad Madani in {{the last ten days}}. "
    "Protection: [[14 unaccompanied children|other]] were identified and referred to case management.",
)

F(
    "Sitrep: Rakhine and Chin states, humanitarian snapshot",
    "Displacement: [[Over 580,000 people|displaced;a=UNHCR]] displaced in Rakhine and southern Chin since {{November 2023}} (UNHCR).\n"
    "Casualties: [[26 civilians|killed;a=local media]] killed and [[41 injured|injured;a=local media]] in air strikes on Kyauktaw and Mrauk-U townships this month (local media).\n"
    "Arrests: [[at least 60 men|arrested;a=community sources]] detained at checkpoints in Sittwe (community sources).\n"
    "Shelter: [[1,450 houses|housing;a=Shelter Cluster]] burned in Buthidaung town (Shelter Cluster).\n"
    "Aid: [[about 15,000 people|aid]] received rice and cooking oil in Pauktaw.",
    ["November 2023"],
)

F(
    "ReliefWeb: Burkina Faso, Djibo blockade brief",
    "* The population of Djibo, estimated at [[more than 300,000|civilians;n=-]], has been under blockade by armed groups since {{February 2022}}.\n"
    "* [[Three helicopter airlifts|aid;n=airlifts;u=other]] delivered [[18 tonnes|aid;u=other]] of medicines and food in {{May}}.\n"
    "* [[At least 11 people|killed;a=medical staff]] died of malnutrition in the town's hospital in {{April}}, according to medical staff.\n"
    "* [[62 schools|other]] in the commune remain closed.",
    ["February 2022", "May", "April"],
)

F(
    "Sitrep #22: Gaza, key figures from the health ministry and UNRWA",
    "- Killed since {{7 October 2023}}: [[48,405|killed;a=MoH Gaza]] (MoH Gaza)\n"
    "- Injured: [[111,835|injured;a=MoH Gaza]] (MoH Gaza)\n"
    "- Missing under rubble: [[an estimated 10,000|missing;a=Civil Defence]] (Civil Defence)\n"
    "- People sheltering in UNRWA facilities: [[about 145,000|displaced;a=UNRWA]] in [[96 installations|capacity;u=structure;a=UNRWA]] (UNRWA)\n"
    "- UNRWA staff killed: [[280|killed;a=UNRWA]] (UNRWA)",
    ["7 October 2023"],
)

F(
    "Sitrep: Lebanon south, displacement and returns after ceasefire",
    "Returns: Since the ceasefire took effect on {{27 November}}, [[over 870,000 people|returned;a=IOM]] have returned to their areas of origin in the south and Bekaa (IOM). "
    "Still displaced: [[roughly 120,000|displaced;a=IOM]] (IOM). [[Some 9,000|displaced]] of them are in [[45 collective shelters|capacity]]. "
    "Housing: [[99,209 housing units|housing;a=World Bank]] damaged or destroyed (World Bank estimate). "
    "Deaths: the health ministry puts the death toll of the war at [[4,047|killed;a=the health ministry]], with [[16,638|injured;a=the health ministry]] injured.",
    ["27 November"],
)

F(
    "Sitrep: Sahel region, Niger, Tillaberi incidents this week",
    "Incidents this week: [[five villages|other]] attacked in Ouallam department; [[17 civilians|killed]] killed; [[9 people|kidnapped]] abducted; [[about 400 head of cattle|other;n=cattle;u=other]] stolen. "
    "Movements: [[2,300 people|displaced]] arrived in Ouallam town, hosted by families; [[120 households|returned]] returned to Tingara after the army deployed [[about 150 soldiers|combatants]].",
)
