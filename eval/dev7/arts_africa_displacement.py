"""dev7 items: Xinhua and national agencies on Africa and beyond (clashes,
returns, aid, evacuations of nationals, deportations), then displacement-heavy items from mixed
agencies (evacuation orders, shelters targeted, evacuees, arrivals, expulsions).

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (the keys are
listed in build.py's docstring).
"""

from figset import F

# ---------------------------------------------------------------- Africa, Xinhua and national agencies

F(
    "Xinhua: clashes in South Sudan's Upper Nile displace thousands",
    "JUBA, {{March 20}} (Xinhua) -- Fighting between the South Sudan People's Defence Forces (SSPDF) and the armed youth known as the White Army in Nasir county of Upper Nile State has displaced [[an estimated 50,000 people|displaced;a=a local official]], a local official told Xinhua on Thursday, adding that [[about 10,000|displaced;a=a local official]] of them crossed to Ethiopia's Gambella region. "
    "The official said [[from 20 to 25 people|killed;a=The official;alt=a local official]] were killed in the attack on the army garrison, including [[one general|killed;a=The official;alt=a local official]].",
)

F(
    "SUNA: Gezira State government on return of citizens after liberation of Wad Madani",
    "Wad Madani, {{15 February 2025}} (SUNA) - The Director General of the Ministry of Social Development in Gezira State stated that [[more than 300 thousand citizens|returned;a=The Director General of the Ministry of Social Development in Gezira State]] returned to Wad Madani and the localities of the state after its liberation from the terrorist rebel militia, and that [[the remaining 150 thousand|displaced;a=The Director General of the Ministry of Social Development in Gezira State]] are still sheltering in Sennar, Kassala and Gedaref. "
    "He pointed out that the state received [[45 trucks|aid;a=The Director General of the Ministry of Social Development in Gezira State]] of food supplies from the Humanitarian Aid Commission, and that [[200 thousand families|aid;p;a=The Director General of the Ministry of Social Development in Gezira State]] will benefit from the distribution.",
)

F(
    "ENA: Somali Region says displaced pastoralists relocated to new sites",
    "Jigjiga, (ENA) - The Somali Regional State Disaster Risk Management Bureau announced that [[close to 18 thousand households|displaced;a=The Somali Regional State Disaster Risk Management Bureau]] displaced by the conflict on the border with Oromia have been relocated to [[6 new sites|capacity;a=The Somali Regional State Disaster Risk Management Bureau]] in Fafan and Jarar zones. "
    "[[Some 4 500 households|displaced;p;a=the bureau;alt=The Somali Regional State Disaster Risk Management Bureau]] are planned to be moved in the next phase, the bureau said.",
)

F(
    "Xinhua: gunmen kill villagers in Nigeria's Plateau State",
    "ABUJA, {{April 15}} (Xinhua) -- [[At least 51 people|killed;a=the state police]] were killed when gunmen attacked Zike village in the Bassa local government area of Nigeria's central Plateau State on Monday morning, the state police said. "
    "A police spokesperson said [[dozens of houses|housing;a=A police spokesperson]] were also burned and [[several hundreds of villagers|displaced;a=A police spokesperson]] fled to neighboring communities, adding that [[6 suspects|arrested;a=A police spokesperson]] had been arrested.",
)

F(
    "Xinhua: Somali forces kill al-Shabaab militants in central Somalia",
    "MOGADISHU, {{Aug. 2}} (Xinhua) -- The Somali National Army (SNA), with the support of local militia known as Macawisley, killed [[more than 70 al-Shabaab militants|killed;a=the Ministry of Information]] and wounded [[dozens of others|injured;a=the Ministry of Information]] in an operation in the Middle Shabelle region, the Ministry of Information said in a statement on Wednesday. "
    "[[Two soldiers|killed;a=the ministry;alt=the Ministry of Information]] died in the fighting, the ministry added.",
)

F(
    "MAP: Moroccan field hospital in Rafah treats Palestinians",
    "Rabat - The Moroccan field military hospital set up by the Royal Armed Forces in Rafah has provided medical care to [[more than 26.000 patients|aid;a=a communique of the General Staff of the Royal Armed Forces]] since its opening, including [[1.260 injured persons|injured;a=a communique of the General Staff of the Royal Armed Forces]], according to a communique of the General Staff of the Royal Armed Forces. "
    "The hospital, which is staffed by [[130 military doctors and nurses|other;n=doctors and nurses]], has performed [[about 950 surgical operations|other;u=other]].",
)

F(
    "APS: Sahrawi refugees in Tindouf camps receive Algerian aid",
    "ALGIERS - The Algerian Red Crescent (CRA) sent on Sunday a convoy of [[30 trucks|aid;a=the President of the CRA]] loaded with [[600 tons|aid;a=the President of the CRA]] of foodstuffs and [[4,000 tents|aid;a=the President of the CRA]] for the Sahrawi refugees in the camps of Tindouf, affected by the torrential rains, the President of the CRA said. "
    "The aid is intended for [[approximately 173,600 refugees|aid;p;a=the President of the CRA]], she added.",
)

F(
    "Xinhua: DR Congo says M23 rebels seized Goma, thousands flee",
    "KINSHASA, {{Jan. 30}} (Xinhua) -- [[More than 700 people|killed;a=the Congolese government spokesman]] were killed and [[2,800|injured;a=the Congolese government spokesman]] injured in clashes between the Congolese army and the {{M23}} rebels in and around Goma since Sunday, the Congolese government spokesman said on Thursday. "
    "According to the United Nations, [[hundreds of thousands of people|displaced;a=the United Nations]] have been displaced in North Kivu since the beginning of the year, while [[at least 4,000 inmates|other;a=the United Nations]] escaped from the Munzenze central prison.",
)

F(
    "Anadolu: Syrians return home from Türkiye after fall of Assad regime",
    "ANKARA (AA) - [[Over 145,000 Syrians|returned;a=Türkiye's interior minister]] have voluntarily returned to their country from Türkiye since {{8 December 2024}}, Türkiye's interior minister announced on Thursday. "
    "The minister said the capacity of the Cilvegozu and Yayladagi border gates has been increased to receive [[up to 3,000 people a day|returned;p;a=The minister;alt=Türkiye's interior minister]], and that [[nearly 2.9 million Syrians|displaced;a=The minister;alt=Türkiye's interior minister]] remain under temporary protection in Türkiye.",
)

F(
    "SANA: Displaced families return to Qusayr countryside camps",
    "Homs, SANA - The Governor of Homs announced that [[more than 2,800 families|returned;a=The Governor of Homs]] have returned from the displacement camps in northern Syria and from Lebanon to their towns in Qusayr countryside since the beginning of {{January}}, and that [[1 300 houses|housing;a=The Governor of Homs]] were found totally destroyed. "
    "The governorate prepared [[between 400 and 500 prefabricated housing units|capacity;p;a=the governorate;alt=The Governor of Homs]] which will receive the returning families, according to the governorate.",
)

F(
    "WAFA: Occupation forces displace families from Jenin refugee camp",
    "JENIN, {{2 February 2025}} (WAFA) - The occupation forces continued their aggression on the city of Jenin and its camp for the twelfth consecutive day, forcing [[about 15,000 citizens|displaced;a=the Governor of Jenin]] to leave the camp, the Governor of Jenin said. "
    "He added that the occupation blew up [[more than 20 residential buildings|housing;a=the Governor of Jenin]] in the camp, and that the toll of martyrs since the beginning of the aggression rose to [[25|killed;a=the Governor of Jenin]], including a child.",
)

F(
    "Bernama: Malaysia receives Rohingya refugees rescued at sea",
    "KUALA LUMPUR, {{Jan 8}} (Bernama) -- The Malaysian Maritime Enforcement Agency (MMEA) detained a boat carrying [[196 Rohingya refugees|other;a=the MMEA Director-General]] off the coast of Langkawi, and [[3 boat handlers|arrested;a=the MMEA Director-General]] were also detained, the MMEA Director-General said in a statement. "
    "He said [[all 196|other;a=the MMEA Director-General]] were handed over to the Immigration Department, adding that [[5 children|injured;a=the MMEA Director-General]] were sent to the hospital for treatment for dehydration.",
)

F(
    "Bernama: Humanitarian mission delivers aid to Rakhine displaced",
    "KUALA LUMPUR, {{Sept 12}} (Bernama) -- The Malaysian humanitarian mission delivered [[1,200 food packs|aid;u=other;a=the mission coordinator]] and [[500 hygiene kits|aid;a=the mission coordinator]] to displaced communities in Sittwe, the mission coordinator said. "
    "The aid reached [[about 8,000 internally displaced persons|aid;a=the mission coordinator]] living in [[12 camps|capacity;a=the mission coordinator]] around the town, he said, adding that [[more than 1,000 tonnes|aid;p;a=the mission coordinator]] of rice will be sent next month.",
)

F(
    "Xinhua: Pakistan security forces kill terrorists in Khyber Pakhtunkhwa",
    "ISLAMABAD, {{Oct. 27}} (Xinhua) -- Pakistani security forces killed [[8 terrorists|killed;a=the Inter-Services Public Relations (ISPR)]] in an intelligence-based operation in the North Waziristan district, the Inter-Services Public Relations (ISPR), the media wing of the Pakistani military, said on Sunday. "
    "During the intense exchange of fire, [[4 soldiers|killed;a=the ISPR]] were martyred, said the ISPR, adding that weapons and ammunition were recovered.",
)

F(
    "Xinhua: Myanmar clashes force thousands to take refuge in China border town",
    "YANGON, {{Nov. 9}} (Xinhua) -- Clashes in northern Shan State have forced [[more than 50,000 people|displaced;a=Myanmar's State Administration Council]] to leave their homes, Myanmar's State Administration Council said in a statement Thursday. "
    "The council said [[16 civilians|killed;a=The council;alt=Myanmar's State Administration Council]] were killed and [[42|injured;a=The council;alt=Myanmar's State Administration Council]] were injured, and that [[over 180 houses|housing;a=The council;alt=Myanmar's State Administration Council]] and [[3 bridges|other;u=other;a=The council;alt=Myanmar's State Administration Council]] were destroyed.",
)

F(
    "Kyodo: Japan to evacuate nationals from Lebanon by SDF plane",
    "TOKYO, {{Oct. 3}} (Kyodo) -- Japan will dispatch a Self-Defense Forces aircraft to evacuate [[up to 60 Japanese nationals|displaced;p;a=Chief Cabinet Secretary]] from Lebanon as Israeli strikes intensify, Chief Cabinet Secretary said Thursday. "
    "[[About 50 Japanese|civilians;a=the Foreign Ministry]] are believed to remain in Lebanon, according to the Foreign Ministry.",
)

F(
    "Yonhap: South Korean nationals evacuated from Israel arrive in Seoul",
    "SEOUL, {{Oct. 14}} (Yonhap) -- [[A total of 163 South Korean nationals|displaced;a=the foreign ministry]] evacuated from Israel aboard a military transport plane arrived at Seoul Air Base on Saturday, the foreign ministry said. "
    "The plane also carried [[51 Japanese nationals and their family members|displaced;n=nationals and their family members;a=the foreign ministry]] at the request of Tokyo, it said.",
)

F(
    "IRNA: Afghan nationals deported from Iran at Islam Qala",
    "Herat, IRNA -- Informed sources at the Islam Qala border crossing told IRNA that [[some 15 000 Afghan migrants|returned;a=Informed sources at the Islam Qala border crossing]] returned from Iran on Tuesday alone, {{70 percent}} of them forcibly.",
)

# ---------------------------------------------------------------- displacement-heavy, mixed agencies

F(
    "Xinhua: Mozambique insurgent attacks in Cabo Delgado displace residents",
    "MAPUTO, {{June 10}} (Xinhua) -- A wave of insurgent attacks in Mozambique's northern province of Cabo Delgado has forced [[approximately 99,000 people|displaced;a=the provincial authorities]] to flee their homes since late {{May}}, the provincial authorities said, noting that {{over 60 percent}} of them are children.",
)

F(
    "ENA: federal government says displaced persons in Oromia's West Guji returning",
    "Addis Ababa, (ENA) - The State Minister of Peace stated that [[no less than 650,000 citizens|returned;a=The State Minister of Peace]] displaced from West Guji and Gedeo zones have been returned to their original places, while [[4 to 5 thousand|displaced;a=The State Minister of Peace]] are still in [[7 collective centres|capacity;a=The State Minister of Peace]] in Dilla town. "
    "The State Minister indicated that the government has constructed [[3,200 houses|housing;a=The State Minister;alt=The State Minister of Peace]] for the returnees and will build [[1,800 more|housing;n=-;u=structure;p;a=The State Minister;alt=The State Minister of Peace]] before the rainy season.",
)

F(
    "Anadolu: Israeli army orders evacuation of northern Gaza neighbourhoods",
    "GAZA CITY (AA) - The Israeli army ordered residents of [[20 neighbourhoods|other;u=other;a=the Gaza Civil Defence]] in northern Gaza to leave their homes, forcing [[tens of thousands of Palestinians|displaced;a=the Gaza Civil Defence]] to move south under fire, the Gaza Civil Defence said. "
    "The agency said its teams recovered the bodies of [[14 martyrs|killed;a=The agency;alt=the Gaza Civil Defence]] from under the rubble of a house in Jabalia, while [[between 10 and 15 others|missing;a=The agency;alt=the Gaza Civil Defence]] remain missing.",
)

F(
    "WAFA: Gaza Government Media Office on displacement shelters targeted",
    "GAZA, (WAFA) - The Government Media Office in Gaza said in a statement that the occupation has targeted [[186 shelters|capacity;a=The Government Media Office in Gaza]] housing displaced persons since the beginning of the genocide war, and that [[about 2 million displaced|displaced;n=displaced;a=The Government Media Office in Gaza]] live in extremely difficult conditions in tents and shelters. "
    "It said [[more than 110 thousand tents|other;a=The Government Media Office in Gaza]] have become worn out and unfit for living, and that the Strip needs [[no less than 250,000 caravans|aid;p;u=structure;a=The Government Media Office in Gaza]].",
)

F(
    "SANA: Interior Ministry says displaced residents return to Sweida after clashes",
    "Sweida, SANA - The Ministry of Interior announced that [[more than 1,200 families|returned;a=The Ministry of Interior]] returned to their homes in the villages of the western countryside of Sweida after the ceasefire, while [[around 4 thousand families|displaced;a=The Ministry of Interior]] are still hosted in [[37 shelter centers|capacity;a=The Ministry of Interior]] in Daraa governorate. "
    "The ministry affirmed that [[about 600 elements|combatants;a=The ministry;alt=The Ministry of Interior]] of the internal security forces were deployed to secure the return.",
)

F(
    "TASS: Ministry of Emergency Situations on evacuees from Kherson bank",
    "MOSCOW, {{2 November}} /TASS/. [[More than 70 thousand people|displaced;a=the head of the Kherson Region administration]] have left the right bank of the Dnieper river as part of the organized departure, the head of the Kherson Region administration said. "
    "According to him, [[up to 5,000 residents a day|displaced;a=the head of the Kherson Region administration]] were crossing the river in the first days, and [[about 1,800 people|displaced;a=the head of the Kherson Region administration]] were accommodated in the Crimea and other regions.",
)

F(
    "Prensa Latina: Honduran rights commission registers displacement by gangs",
    "Tegucigalpa, (Prensa Latina) The National Commission of Human Rights of Honduras (CONADEH) registered [[2 450 persons|displaced;a=The National Commission of Human Rights of Honduras (CONADEH)]] internally displaced by the violence of the criminal gangs in the first half of the year, and assisted [[some 640 families|aid;a=The National Commission of Human Rights of Honduras (CONADEH)]] with temporary shelter. "
    "The commissioner said that [[between 300 and 400 families|displaced;a=The commissioner;alt=The National Commission of Human Rights of Honduras (CONADEH)]] abandoned their homes in the neighborhoods of San Pedro Sula after threats.",
)

F(
    "AFP-translated: Chadian authorities count new arrivals in Ouaddai",
    "The Governor of the Ouaddai province affirmed to the press that [[from 1 500 to 2 000 persons|displaced;a=The Governor of the Ouaddai province]] arrive each day in Adre since the resumption of fighting in El Geneina, and that the province now counts [[more than 600.000 refugees|displaced;a=The Governor of the Ouaddai province]]. "
    "He called on the partners to accelerate the transfer of the refugees towards [[2 new camps|capacity;p;a=The Governor of the Ouaddai province]] which will be able to accommodate [[50.000 persons|capacity;p;a=The Governor of the Ouaddai province]] each.",
)

F(
    "Anadolu: Lebanese displaced return to southern villages after truce",
    "BEIRUT (AA) - [[Thousands of displaced Lebanese|returned;a=Lebanon's Disaster Risk Management Unit]] headed back to their towns in southern Lebanon on Wednesday after the ceasefire between Israel and Hezbollah took effect, while [[around 180,000 people|displaced;a=Lebanon's Disaster Risk Management Unit]] were still registered in [[1,000 shelters|capacity;a=Lebanon's Disaster Risk Management Unit]], according to Lebanon's Disaster Risk Management Unit.",
)

F(
    "Xinhua: Sudan's paramilitary attack on Zamzam camp forces exodus",
    "KHARTOUM, {{April 14}} (Xinhua) -- [[As many as 400,000 people|displaced;a=the International Organization for Migration (IOM)]] have fled the Zamzam displacement camp in North Darfur following an attack by the Rapid Support Forces (RSF), the International Organization for Migration (IOM) said. "
    "The Sudanese government said [[more than 300 civilians|killed;a=The Sudanese government]] were killed in the attack, including [[10 health workers|killed;a=The Sudanese government]] of the Relief International.",
)

F(
    "IRNA: Pakistan expels Afghan refugees through Torkham border",
    "Kabul, IRNA -- The Taliban-run Ministry of Refugees and Repatriation announced that [[1,647 Afghan families|returned;a=The Taliban-run Ministry of Refugees and Repatriation]], consisting of [[8,230 individuals|returned;a=The Taliban-run Ministry of Refugees and Repatriation]], returned from Pakistan via the Torkham and Spin Boldak crossings on Sunday. "
    "Each returning family received cash assistance and a {{50-kilogram}} bag of flour, the ministry said.",
)
