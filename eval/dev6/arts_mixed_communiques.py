"""dev6 items: mixed communiques, parts 3 to 5 (shelters, returns, attacks, prison
massacres, detainees, aid trucks, evictions, camp populations, political prisoners,
abductions, missing persons, demolitions, airstrikes), and displacement, part 2 (DTM DRC,
UNHCR Egypt, Lebanese General Security).

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (the keys are
listed in build.py's docstring).
"""

from figset import F

# ---------------------------------------------------------------- mixed communiques, part 3

F(
    "Save the Children: schools used as shelters in Khan Younis",
    "Save the Children said [[about 14,000 displaced people|displaced;a=Save the Children]] were sheltering in [[nine schools|capacity;a=Save the Children]] in Khan Younis, each built for [[fewer than 1,000 pupils|capacity;a=Save the Children]]. "
    "Its teams distributed [[4,500 hygiene kits|aid]] and reached [[some 2,300 children|aid]] with psychosocial support.",
)

F(
    "IRC press release: Ethiopia, Amhara region",
    "The IRC has provided health services to [[over 120,000 people|aid]] in Amhara this year. "
    "It estimates that [[1.5 million people|displaced;a=The IRC]] have been displaced in the region and that [[about 420,000|civilians;a=The IRC]] cannot be reached because of fighting between Fano militias and the federal army.",
)

F(
    "NRC: Gaza shelter response",
    "NRC and its partners have distributed [[12,000 tents|aid]] and [[35,000 tarpaulins|aid]] in Gaza since {{January}}, but the organisation estimates that [[about 1.1 million people|civilians;a=the organisation;alt=NRC]] still need emergency shelter. "
    "{{Around 92 per cent}} of housing units are damaged or destroyed, according to the UN.",
)

F(
    "Sudan: Sovereign Council statement on Khartoum returns",
    "The Sovereign Council's media office said [[more than 1 million citizens|returned;a=The Sovereign Council's media office]] had returned to Khartoum state since the army regained control of the capital, and that [[2,400 police officers|combatants;a=The Sovereign Council's media office]] had been redeployed to the city. "
    "Engineers have cleared [[over 6,000 unexploded munitions|other;a=the office;alt=The Sovereign Council's media office]], the office added.",
)

F(
    "Chad: government communique after Boko Haram attack on Barkaram island",
    "The government announces with regret the death of [[40 soldiers|killed;a=The government]] in the attack on the Barkaram military base on the night of {{27 to 28 October}}. "
    "The President has ordered the deployment of [[1,000 additional troops|combatants;p;a=The President]] to the Lake Chad province.",
)

F(
    "Ghana Immigration Service: influx from Burkina Faso",
    "The Ghana Immigration Service said [[over 8,000 Burkinabe asylum seekers|displaced;n=asylum seekers;a=The Ghana Immigration Service]] had crossed into the Upper East region, and that [[about 1,500|displaced;a=The Ghana Immigration Service]] were staying at the Tarikom reception centre, which can take in [[3,000|capacity;a=The Ghana Immigration Service]].",
)

F(
    "Ecuador: SNAI report on prison massacres",
    "The SNAI prison authority said [[at least 68 inmates|killed;a=The SNAI prison authority]] were killed and [[25|injured;a=The SNAI prison authority]] injured in clashes between gangs in Guayaquil's Penitenciaria del Litoral. "
    "[[About 900 police and soldiers|combatants;a=the authority;alt=The SNAI prison authority;n=police and soldiers]] retook control of the wings, the authority said.",
)

F(
    "Armed Forces of Ukraine General Staff: morning update",
    "The General Staff reported [[132 combat engagements|other;u=other;a=The General Staff]] along the front over the past day, [[46|other;u=other;a=The General Staff]] of them in the Pokrovsk direction. "
    "It also said Ukrainian forces had taken [[27 Russian servicemen|arrested;a=The General Staff]] prisoner.",
)

F(
    "Yemen: Saudi-led coalition statement on released detainees",
    "The coalition said it had released [[163 Houthi detainees|arrested;a=The coalition]] and flown them to Sanaa on an ICRC aircraft, as a humanitarian initiative. "
    "The ICRC said [[more than 1,000 detainees|other;a=The ICRC]] had been released by both sides in the exchange agreed in Switzerland.",
)

F(
    "Pakistan: Balochistan home department on Jaffar Express hijacking",
    "The Balochistan home department said [[354 passengers|kidnapped;a=The Balochistan home department]] had been rescued from the Jaffar Express after security forces ended the siege, and that [[33 BLA terrorists|killed;a=The Balochistan home department]] had been killed. "
    "[[Twenty-six hostages|killed]], including [[18 security personnel|killed]], died in the attack.",
)

F(
    "Mali: armed forces communique on Kidal region operation",
    "The General Staff of the Armed Forces informs public opinion that FAMa units destroyed [[five terrorist vehicles|other;a=The General Staff of the Armed Forces]] and neutralised [[about 20 terrorists|killed;a=The General Staff of the Armed Forces]] near Tinzaouatene. "
    "[[Three soldiers|injured]] were slightly wounded.",
)

F(
    "Israel Prison Service: administrative detainees count",
    "The Israel Prison Service said it was holding [[3,327 administrative detainees|arrested;a=The Israel Prison Service]] and [[over 10,000 security prisoners|arrested;a=The Israel Prison Service]] in total. "
    "HaMoked, an Israeli rights group, said [[at least 1,400 Gazans|arrested;a=HaMoked, an Israeli rights group]] were held as unlawful combatants.",
)

F(
    "Ministry of Social Development: Gaza aid trucks and airdrops",
    "The Ministry of Social Development said [[3,200 aid trucks|aid;a=The Ministry of Social Development]] had entered Gaza through the Kerem Shalom crossing in {{January}} and that [[1,600 food parcels|aid;a=The Ministry of Social Development]] were airdropped in the north. "
    "[[Eleven trucks|other]] were looted near Rafah.",
)

F(
    "Somalia: Banadir Regional Administration on Mogadishu evictions",
    "The Banadir Regional Administration said [[over 3,500 households|displaced;a=The Banadir Regional Administration]] had been evicted from settlements in Kahda district in {{February}}, and that [[41 IDP sites|capacity;a=The Banadir Regional Administration]] were demolished. "
    "The Norwegian Refugee Council said [[about 200,000 people|displaced;a=The Norwegian Refugee Council]] were evicted in Mogadishu last year.",
)

# ---------------------------------------------------------------- mixed communiques, part 4

F(
    "Burkina Faso: MSF statement after attack on Djibo",
    "MSF teams in Djibo treated [[64 wounded people|injured]] after the attack on {{Sunday}}, and the organisation said [[at least 40 bodies|killed;a=the organisation;alt=MSF]] were brought to the hospital. "
    "The town, under blockade since {{2022}}, hosts [[about 270,000 people|civilians;a=MSF]], most of them displaced, according to MSF.",
)

F(
    "Niger: Tillaberi regional directorate on displaced households",
    "The regional directorate for humanitarian action said [[1,437 households|displaced;a=The regional directorate for humanitarian action]], or [[10,248 people|displaced;a=The regional directorate for humanitarian action]], had arrived in Ayorou from [[16 villages|other;a=The regional directorate for humanitarian action]] after threats from armed men. "
    "[[Six hundred of the displaced|displaced]] were sleeping in the open.",
)

F(
    "Afghanistan: UNAMA human rights update",
    "UNAMA documented [[at least 218 instances|other;u=other;a=UNAMA]] of arbitrary arrest and detention of former government officials and security force members in the quarter, and [[14 extrajudicial killings|killed;u=person;a=UNAMA]]. "
    "The mission also recorded [[more than 140 people|arrested;a=The mission;alt=UNAMA]] detained for alleged moral offences.",
)

F(
    "Nicaragua: Mechanism for the Recognition of Political Prisoners",
    "The Mechanism for the Recognition of Political Prisoners reported that [[73 people|arrested;a=The Mechanism for the Recognition of Political Prisoners]] remain in prison for political reasons, [[11|arrested;a=The Mechanism for the Recognition of Political Prisoners]] of them women. "
    "The government released and expelled [[135 political prisoners|other]] to Guatemala in {{September}}.",
)

F(
    "Iraq: Kurdistan Region Interior Ministry on camp population",
    "The Kurdistan Region's Joint Crisis Coordination Centre said [[some 22 camps|capacity;a=The Kurdistan Region's Joint Crisis Coordination Centre]] in Duhok still host [[about 150,000 IDPs|displaced;a=The Kurdistan Region's Joint Crisis Coordination Centre]], most of them Yazidis from Sinjar. "
    "The federal government wants all camps closed, but [[only 6,000 families|returned;a=the centre;alt=The Kurdistan Region's Joint Crisis Coordination Centre]] have gone back this year, the centre said.",
)

F(
    "Kenya: Dadaab and Kakuma population statistics",
    "The Department of Refugee Services said Kenya hosts [[820,000 refugees and asylum seekers|displaced;a=The Department of Refugee Services;n=refugees and asylum seekers]], of whom [[about 420,000|displaced;a=The Department of Refugee Services]] live in Dadaab. "
    "[[Some 3,500 new arrivals|displaced]] from Somalia were registered in {{January}} and [[1,100|returned]] repatriated.",
)

F(
    "Mali: Governor of Mopti on the Ogossagou attack",
    "The Governor of Mopti region said [[37 civilians|killed;a=The Governor of Mopti region]] were killed and [[about 80 houses|housing;a=The Governor of Mopti region]] burned when gunmen attacked Ogossagou, and that [[around 50 people|missing;a=The Governor of Mopti region]] were still unaccounted for. "
    "Troops have been sent to the village, he said.",
)

F(
    "India: Manipur government relief camp update",
    "The Manipur government said [[59,414 people|displaced;a=The Manipur government]] were living in [[349 relief camps|capacity;a=The Manipur government]] across the state, and that [[4,786 houses|housing;a=The Manipur government]] had been burned since {{3 May}}. "
    "[[About 40,000 central security personnel|combatants;a=The Manipur government]] are deployed in the state, it said.",
)

F(
    "Thailand: Second Army Region on Cambodian border evacuations",
    "The Second Army Region said [[more than 138,000 people|displaced;a=The Second Army Region]] had been evacuated from border districts of Surin, Sisaket and Buriram to [[over 300 temporary shelters|capacity;a=The Second Army Region]]. "
    "[[Fourteen civilians|killed;a=The Second Army Region]] and [[one soldier|killed;a=The Second Army Region]] have been killed, it said.",
)

F(
    "Cambodia: Ministry of National Defence spokesperson on displaced families",
    "Ministry of National Defence spokesperson Maly Socheata said [[35,829 families|displaced;a=Ministry of National Defence spokesperson Maly Socheata]] had been moved away from the border in Oddar Meanchey and Preah Vihear, and that [[eight civilians|killed;a=Ministry of National Defence spokesperson Maly Socheata]] had died.",
)

F(
    "Tigray Interim Administration: IDP returns to Tselemti",
    "The Tigray Interim Administration said [[12,500 IDPs|returned;a=The Tigray Interim Administration]] had returned to Tselemti in the first round, and that [[a further 20,000|returned;p;a=The Tigray Interim Administration]] would follow. "
    "[[About 1 million displaced Tigrayans|displaced]] are still in camps and host communities in the region.",
)

F(
    "UN Security Council briefing: Special Representative for Children and Armed Conflict",
    "The Special Representative told the Council that the United Nations verified [[32,990 grave violations|other;u=other;a=the United Nations]] in {{2023}}, including the recruitment and use of [[8,655 children|combatants;a=the United Nations]] and the abduction of [[4,356|kidnapped;a=the United Nations]]. "
    "She said [[10,582 children|aid]] formerly associated with armed groups received reintegration support.",
)

F(
    "Syria: White Helmets statement on Idlib strikes",
    "The Syria Civil Defence (White Helmets) said its teams had responded to [[87 attacks|other;u=other;a=The Syria Civil Defence (White Helmets)]] in Idlib and western Aleppo in a week, recovering [[23 bodies|killed;a=The Syria Civil Defence (White Helmets)]] and rescuing [[over 110 injured people|injured;a=The Syria Civil Defence (White Helmets)]]. "
    "[[More than 5,000 families|displaced;a=the group;alt=The Syria Civil Defence (White Helmets)]] fled northwards, the group said.",
)

F(
    "Mozambique: Rwanda Defence Force statement on Mocimboa da Praia",
    "The Rwanda Defence Force said its [[1,000 soldiers|combatants;a=The Rwanda Defence Force]] and Mozambican troops had killed [[14 insurgents|killed;a=The Rwanda Defence Force]] and recovered [[a dozen rifles|other;a=The Rwanda Defence Force]] near Mocimboa da Praia, where [[some 20,000 residents|returned;a=The Rwanda Defence Force]] have returned.",
)

F(
    "Lebanon: UNIFIL statement on peacekeepers injured",
    "UNIFIL said [[four peacekeepers|injured;a=UNIFIL]] were injured when a rocket struck its headquarters in Naqoura, and that it had [[about 10,000 troops|combatants;a=UNIFIL]] in southern Lebanon.",
)

# ---------------------------------------------------------------- mixed communiques, part 5

F(
    "Nigeria: Zamfara State government on Kaura Namoda abductions",
    "The Zamfara State Government said [[53 persons|kidnapped;a=The Zamfara State Government]], mostly women and children, were abducted from Kaura Namoda, and that [[23 of the victims|kidnapped;a=The Zamfara State Government]] have since regained their freedom. "
    "Community leaders said the bandits demanded a ransom of {{30 million naira}} and that [[four farmers|killed;a=Community leaders]] were shot dead during the raid.",
)

F(
    "Cameroon: Human Rights Watch on the Anglophone regions",
    "Human Rights Watch said separatist fighters abducted [[at least 40 people|kidnapped;a=Human Rights Watch]] in the North-West region in {{two months}}, including [[11 teachers|kidnapped;a=Human Rights Watch]], and burned [[three schools|housing;a=Human Rights Watch]]. "
    "[[About 600,000 children|civilians;a=UNICEF]] are out of school in the Anglophone regions, according to UNICEF.",
)

F(
    "Colombia: Unit for the Search for Persons Deemed Missing",
    "The Unit for the Search for Persons Deemed Missing said it had recovered [[1,400 bodies|killed;a=The Unit for the Search for Persons Deemed Missing]] since {{2018}} and returned [[about 560|killed;a=The Unit for the Search for Persons Deemed Missing]] to their families, out of a universe of [[more than 111,000 people|missing;a=The Unit for the Search for Persons Deemed Missing]] who disappeared during the armed conflict.",
)

F(
    "Syria: UN Commission of Inquiry on detention",
    "The Commission of Inquiry estimates that [[over 100,000 people|missing;a=The Commission of Inquiry]] remain missing or forcibly disappeared in Syria, and that [[tens of thousands|killed;a=The Commission of Inquiry]] died in government detention. "
    "After the fall of the government, [[several thousand prisoners|arrested;a=the Commission;alt=The Commission of Inquiry]] were freed from Saydnaya and other prisons, the Commission said.",
)

F(
    "Armenia: Foreign Ministry on missing servicemen",
    "The Armenian Foreign Ministry said [[about 200 servicemen|missing;a=The Armenian Foreign Ministry]] were still missing after the {{September 2022}} fighting, and that the remains of [[96|killed;a=The Armenian Foreign Ministry]] had been handed over by Azerbaijan.",
)

F(
    "Sudan: WHO statement on attacks on health care",
    "WHO said it had verified [[more than 120 attacks|other;u=other;a=WHO]] on health care in Sudan since {{April 2023}}, which killed [[at least 88 health workers and patients|killed;a=WHO;n=health workers and patients]]. "
    "{{Over 70 per cent}} of hospitals in conflict-affected states are out of service, and [[an estimated 15 million people|civilians;a=the organisation;alt=WHO]] need health assistance, the organisation said.",
)

F(
    "Nigeria: NEMA and Borno government on Maiduguri flood and camp arrivals",
    "The Borno State Government said [[over 400,000 people|displaced;a=The Borno State Government]] were sheltering in [[30 relief camps|capacity;a=The Borno State Government]] after the Alau dam collapsed, some of them IDPs displaced for the second time. "
    "[[Over 280 inmates|other;a=prison officials]] escaped from the Maiduguri custodial centre when its walls collapsed, prison officials said.",
)

F(
    "Ukraine: Zaporizhzhia regional administration on damaged housing",
    "Ivan Fedorov, head of the Zaporizhzhia regional military administration, said Russian strikes on the city had damaged [[48 apartment buildings|housing;a=Ivan Fedorov]] and [[about 200 private houses|housing;a=Ivan Fedorov]] over the weekend, and wounded [[29 people|injured;a=Ivan Fedorov]]. "
    "[[Some 1,100 residents|aid]] received construction materials for repairs.",
)

F(
    "West Bank: OCHA on demolitions and displacement",
    "OCHA recorded the demolition or seizure of [[1,177 Palestinian-owned structures|housing;a=OCHA]] in the West Bank, including East Jerusalem, in {{2024}}, displacing [[1,668 people|displaced;a=OCHA]], among them [[about 700 children|displaced;a=OCHA]]. "
    "Israeli forces also conducted operations in Jenin and Tulkarm refugee camps, where [[some 40,000 residents|displaced]] have been forced out.",
)

F(
    "Myanmar: National Unity Government statement on airstrikes",
    "The National Unity Government said junta airstrikes on Pazigyi village killed [[at least 165 people|killed;a=The National Unity Government]], including [[27 children|killed;a=The National Unity Government]], and wounded [[more than 30|injured;a=The National Unity Government]]. "
    "[[About 3,000 villagers|displaced]] from [[nine neighbouring villages|other]] fled into the forest.",
)

F(
    "Sri Lanka: parliamentary answer on detainees under anti-terror law",
    "The Minister of Public Security informed Parliament that [[46 persons|arrested;a=The Minister of Public Security]] were currently held under the Prevention of Terrorism Act, [[12|arrested;a=The Minister of Public Security]] of them for more than {{five years}} without trial, and that [[217|arrested;a=The Minister of Public Security]] had been released on bail since {{2022}}.",
)

F(
    "South Sudan: Jonglei state government on cattle raid",
    "The Jonglei state information minister said armed youth from Pibor killed [[32 people|killed;a=The Jonglei state information minister]], abducted [[17 women and children|kidnapped;a=The Jonglei state information minister;n=women and children]] and took [[about 4,000 head|other;u=other;a=The Jonglei state information minister]] of cattle in Duk county. "
    "[[About 2,000 SSPDF soldiers|combatants;a=The Jonglei state information minister]] are being sent to the area, he said.",
)

F(
    "Ethiopia: Oromia regional government statement on Shashemene",
    "The Oromia regional government said [[over 240 OLA members|combatants;a=The Oromia regional government]] had accepted the government's peace call and that [[1,200 households|aid;a=The Oromia regional government]] affected by the fighting received food and seed.",
)

# ---------------------------------------------------------------- displacement, part 2

F(
    "DTM DRC: North Kivu displacement flash report, Masisi and Rutshuru",
    "Key figures: [[178,000 newly displaced individuals|displaced]] in Masisi territory; [[an additional 42,000|displaced]] in Rutshuru; [[31 spontaneous sites|capacity]] opened around Sake; [[about 6,500 households|displaced]] hosted by families in Goma. "
    "The DTM said [[some 60,000 people|displaced;a=The DTM]] had moved on from Sake toward Goma and that [[22,000 individuals|displaced;a=The DTM]] were in transit at Mugunga.",
)

F(
    "Sudan: UNHCR Egypt registration of new arrivals",
    "UNHCR Egypt has registered [[over 600,000 Sudanese refugees|displaced;a=UNHCR Egypt]] since the war began, [[about 26,000|displaced;a=UNHCR Egypt]] of them in the past month, bringing the total number of registered refugees and asylum seekers in Egypt to [[932,000|displaced;a=UNHCR Egypt]]. "
    "[[Some 3,000 people a week|returned]] are now travelling back to Khartoum and Gezira by bus.",
)

F(
    "Lebanon: General Directorate of General Security border figures",
    "General Security said [[more than 310,000 Syrians|returned;a=General Security]] and [[about 100,000 Lebanese|displaced;a=General Security]] had crossed into Syria at Masnaa and other points since {{23 September}}, fleeing Israeli strikes. "
    "[[Nearly 40,000 displaced people|displaced]] were relocated from schools in Beirut to [[12 new shelters|capacity]] in Mount Lebanon.",
)
