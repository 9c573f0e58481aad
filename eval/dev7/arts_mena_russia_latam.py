"""dev7 items: Middle East and North Africa state agencies (WAFA, SANA, IRNA,
Anadolu, SUNA, APS, MAP, ENA, with Yonhap, Kyodo, TASS and Xinhua items), Russian and
Ukrainian sources in translation, Latin American copy translated from Spanish, and
French-speaking missions and Sahel governments in translation.

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (the keys are
listed in build.py's docstring).
"""

from figset import F

# ---------------------------------------------------------------- Middle East and North Africa state agencies

F(
    "WAFA: Health Ministry updates toll of Israeli aggression on Gaza",
    "GAZA, {{14 November 2023}} (WAFA) - The Ministry of Health in the Gaza Strip announced on Tuesday that the number of martyrs since {{7 October}} has risen to [[11,320|killed;a=The Ministry of Health in the Gaza Strip]], including [[4,650 children|killed;a=The Ministry of Health in the Gaza Strip]] and [[3,145 women|killed;a=The Ministry of Health in the Gaza Strip]], while the number of injured has exceeded [[29,200 citizens|injured;q=at_least;a=The Ministry of Health in the Gaza Strip]]. "
    "The ministry added that [[about 2,700 citizens|missing;a=The ministry;alt=The Ministry of Health in the Gaza Strip]], among them [[1,500 children|missing;a=The ministry;alt=The Ministry of Health in the Gaza Strip]], are still missing under the rubble.",
)

F(
    "SANA: army units repel terrorist attack in Idleb countryside",
    "Damascus, SANA - Units of the Syrian Arab Army continued their operations against the terrorist organizations in Idleb countryside, killing [[no less than 40 terrorists|killed;a=a military source]] and destroying [[6 vehicles|other]] equipped with heavy machineguns, a military source told SANA's reporter on {{3 March 2020}}. "
    "The source added that the terrorists targeted the neighborhoods of Saraqeb with rocket shells, which caused the martyrdom of [[3 citizens|killed;a=The source;alt=a military source]] and the injury of [[9 others|injured;a=The source;alt=a military source]], among them [[4 children|injured;a=The source;alt=a military source]].",
)

F(
    "IRNA: official says over one million unauthorized Afghans left Iran",
    "Tehran, IRNA - The Head of the Bureau for Aliens and Foreign Immigrants Affairs of the Interior Ministry said on Saturday that [[more than 1.2 million unauthorized Afghan nationals|returned;a=The Head of the Bureau for Aliens and Foreign Immigrants Affairs of the Interior Ministry]] have left the country since {{21 March 2025}}, and that [[up to 30 thousand people a day|returned;a=The Head of the Bureau for Aliens and Foreign Immigrants Affairs of the Interior Ministry]] are crossing through the Dogharoun border point. "
    "He added that [[450 thousand|returned;a=The Head of the Bureau for Aliens and Foreign Immigrants Affairs of the Interior Ministry]] of them were deported by the police.",
)

F(
    "Anadolu: Turkish forces neutralize PKK terrorists in northern Iraq",
    'ANKARA (AA) - Turkish security forces "neutralized" [[17 PKK terrorists|killed;a=the National Defence Ministry]] in northern Iraq and northern Syria over the past week, the National Defence Ministry said on Thursday. '
    "In separate operations in Istanbul and Mersin, [[4 suspects|arrested;a=security sources]] with alleged links to the terror group were detained, according to security sources.",
)

F(
    "SUNA: West Darfur governor says rebel militia committed violations in El Geneina",
    "Port Sudan, {{12 July 2023}} (SUNA) - The Acting Governor of West Darfur State said that the rebel militia has committed horrific violations in El Geneina, which led to the death of [[more than 1.100 citizens|killed;a=The Acting Governor of West Darfur State]] and the displacement of [[tens of thousands|displaced;a=The Acting Governor of West Darfur State]], adding that [[about 80 thousand citizens|displaced;a=The Acting Governor of West Darfur State]] crossed to neighboring Chad. "
    "The Governor stated that [[46 government buildings|housing;a=The Governor;alt=The Acting Governor of West Darfur State]] and [[3 hospitals|housing;a=The Governor;alt=The Acting Governor of West Darfur State]] were looted and burned by the militia.",
)

F(
    "APS: ANP detachments neutralize terrorists and intercept migrants",
    "ALGIERS - Detachments of the People's National Army (ANP) neutralized [[2 terrorists|killed;a=the National Defence Ministry (MDN)]] and arrested [[9 support elements|arrested;a=the National Defence Ministry (MDN)]] of the terrorist groups during operations carried out from {{5 to 11 July 2023}}, the National Defence Ministry (MDN) said in a statement on Wednesday. "
    "ANP detachments also intercepted [[1 276 illegal migrants|other;a=the same source;alt=the National Defence Ministry (MDN)]] of different nationalities in In Amenas, Tamanrasset and Djanet, the same source added.",
)

F(
    "MAP: Morocco sends humanitarian aid to Gaza population",
    "Rabat - Upon High Instructions of HM King Mohammed VI, Morocco sent on Tuesday [[40 tons|aid;a=the Ministry of Foreign Affairs]] of humanitarian aid for the Palestinian population in Gaza, the Ministry of Foreign Affairs said in a communique. "
    "The aid, which will be transported by [[12 trucks|aid;p;a=the ministry;alt=the Ministry of Foreign Affairs]], includes basic food products, medicines and [[2 000 blankets|aid;a=the ministry;alt=the Ministry of Foreign Affairs]], the ministry added, noting that it will benefit [[approximately 5,000 families|aid;p;a=the ministry;alt=the Ministry of Foreign Affairs]].",
)

F(
    "ENA: Amhara commission says displaced people returning to their homes",
    "Bahir Dar, {{20 April 2022}} (ENA) - The Amhara Regional State Disaster Prevention and Food Security Program Commission said that [[over 1.5 million people|returned;a=The Amhara Regional State Disaster Prevention and Food Security Program Commission]] displaced by the invasion of the terrorist TPLF group have returned to their homes, while humanitarian support has been provided to [[7.2 million needy citizens|aid;a=The Amhara Regional State Disaster Prevention and Food Security Program Commission]]. "
    "The commission stated that [[465 thousand IDPs|displaced;a=The commission;alt=The Amhara Regional State Disaster Prevention and Food Security Program Commission]] are still sheltering in [[18 camps|capacity;a=The commission;alt=The Amhara Regional State Disaster Prevention and Food Security Program Commission]] in North Wollo and Wag Hemra zones.",
)

F(
    "Yonhap: JCS says North Korean troops suffer casualties in Kursk",
    "SEOUL, {{Jan. 13}} (Yonhap) -- [[Around 11,000 North Korean soldiers|combatants;a=the Joint Chiefs of Staff (JCS)]] have been deployed to Russia's Kursk region, and [[some 300|killed;a=the Joint Chiefs of Staff (JCS)]] of them have been killed and [[2,700|injured;a=the Joint Chiefs of Staff (JCS)]] wounded in fighting against Ukrainian forces, the Joint Chiefs of Staff (JCS) said Monday. "
    "The JCS also said Pyongyang is expected to send additional troops in the coming months.",
)

F(
    "Kyodo: SDF aircraft evacuate Japanese nationals from Sudan",
    "TOKYO, {{April 25}} (Kyodo) -- A Self-Defense Forces transport aircraft evacuated [[45 Japanese nationals and their family members|displaced;n=nationals and their family members;a=the Foreign Ministry]] from Sudan to neighboring Djibouti, the Foreign Ministry said Tuesday, as fighting between the army and a paramilitary group entered its {{second week}}. "
    "[[About 60 Japanese|civilians;a=the ministry;alt=the Foreign Ministry]] had been in Sudan before the fighting started, according to the ministry.",
)

F(
    "TASS: residents of Shebekino evacuated after shelling",
    "BELGOROD, {{13 May 2024}} /TASS/. [[More than 1,000 residents|displaced;a=the Belgorod Region Governor]] of the Shebekino urban district have been evacuated to temporary accommodation centres in Belgorod and Stary Oskol, where [[23 such centres|capacity;a=the Belgorod Region Governor]] were opened, the Belgorod Region Governor said on his Telegram channel. "
    "According to him, as a result of the shelling by the Ukrainian Armed Forces [[2 civilians|killed;a=the Belgorod Region Governor]] were killed and [[14|injured;a=the Belgorod Region Governor]] injured, and [[36 private houses|housing;a=the Belgorod Region Governor]] and [[5 apartment buildings|housing;a=the Belgorod Region Governor]] were damaged.",
)

F(
    "Xinhua: Chinese citizens evacuated from Israel via Egypt",
    "BEIJING, {{Oct. 22}} (Xinhua) -- With the help of the Chinese Embassy, [[1,063 Chinese citizens|displaced;a=the Chinese Foreign Ministry spokesperson]] have been evacuated from Israel and [[over 190|displaced;a=the Chinese Foreign Ministry spokesperson]] from the Gaza Strip and the West Bank, the Chinese Foreign Ministry spokesperson said at a regular press briefing on Sunday. "
    "The spokesperson said that a further [[400|displaced;p;a=The spokesperson;alt=the Chinese Foreign Ministry spokesperson]] will leave Israel on chartered flights in the coming days.",
)

F(
    "Xinhua: Israeli strikes kill dozens in Gaza, says health authority",
    "GAZA, {{March 18}} (Xinhua) -- Israeli airstrikes across the Gaza Strip killed [[at least 404 Palestinians|killed;a=the Gaza-based Health Ministry]] and injured [[562 others|injured;a=the Gaza-based Health Ministry]] since the early hours of Tuesday, the Gaza-based Health Ministry said in a statement, adding that [[dozens of victims|missing;a=the Gaza-based Health Ministry]] are still under the rubble. "
    "The Israeli army ordered residents of Beit Hanoun and eastern Khan Younis to move westward, forcing [[thousands of families|displaced]] to leave their homes again, local sources told Xinhua.",
)

F(
    "Anadolu: Israeli army detains Palestinians in West Bank raids",
    "RAMALLAH, Palestine (AA) - The Israeli army detained [[at least 25 Palestinians|arrested;a=the Palestinian Prisoners' Society]], including a former prisoner, in overnight raids across the occupied West Bank, the Palestinian Prisoners' Society said on Monday. "
    "The new arrests raised the number of Palestinians detained in the West Bank since {{7 October 2023}} to [[about 9,400|arrested;a=the society;alt=the Palestinian Prisoners' Society]], according to the society.",
)

F(
    "IRNA: Iranian Red Crescent dispatches aid to Lebanon",
    "Tehran, IRNA -- The Head of the Iranian Red Crescent Society (IRCS) announced that the second consignment of aid including [[10 tons|aid;a=The Head of the Iranian Red Crescent Society (IRCS)]] of medicines and [[3 000 food packages|aid;a=The Head of the Iranian Red Crescent Society (IRCS)]] was dispatched to Beirut on {{5 October 2024}}. "
    "He noted that according to the Lebanese officials, [[more than 1 million people|displaced;a=the Lebanese officials]] have been forced to leave their homes in southern Lebanon and the southern suburb of Beirut.",
)

F(
    "SANA: displaced families return to their villages in Hama countryside",
    "Hama, SANA - [[About 300 families|returned;a=Hama Governor]] who had been displaced by the terrorism returned on Saturday to their homes in the villages of Kafr Nabouda and Qalaat al-Madiq in the northern countryside of Hama, after the army cleaned the area from terrorists, Hama Governor told SANA's reporter. "
    "The Governor said the government services teams are rehabilitating [[14 schools|housing;a=The Governor;alt=Hama Governor]] and the water station, noting that [[1.500 other families|returned;p;a=The Governor;alt=Hama Governor]] are expected to return in the coming weeks.",
)

F(
    "WAFA: colonists set fire to homes and vehicles in Huwwara",
    "NABLUS, {{26 February 2023}} (WAFA) - [[Hundreds of colonists|other]], protected by the occupation forces, stormed the town of Huwwara, south of Nablus, and set fire to [[more than 30 houses|housing;a=the head of Huwwara municipality]] and [[about 100 vehicles|other;a=the head of Huwwara municipality]], according to the head of Huwwara municipality. "
    "The Palestine Red Crescent Society said its crews dealt with [[390 injuries|injured;a=The Palestine Red Crescent Society]], including [[4 citizens|injured;a=The Palestine Red Crescent Society]] who were shot by live ammunition, and that [[one young man|killed;a=The Palestine Red Crescent Society]] was martyred by the occupation bullets.",
)

F(
    "Anadolu: Sudanese refugees arrive in Chad's Adre",
    "ADRE, Chad (AA) - [[More than 15 000 Sudanese refugees|displaced;a=local officials]] arrived in the border town of Adre in the past three days, fleeing the attacks of the Rapid Support Forces (RSF) on El Fasher and the Zamzam camp, local officials told Anadolu. "
    "According to the officials, the new arrivals are hosted in [[2 transit sites|capacity;a=the officials;alt=local officials]] which were built to receive [[not more than 8,000 persons|capacity;a=the officials;alt=local officials]].",
    ["three days"],
)

# ---------------------------------------------------------------- Russian and Ukrainian sources, translated

F(
    "Kharkiv regional administration: evacuation from Kupiansk district continues",
    "The Head of the Kharkiv Regional State Administration informed that during the past day [[257 persons|displaced;a=The Head of the Kharkiv Regional State Administration]], among them [[41 children|displaced;a=The Head of the Kharkiv Regional State Administration]], were evacuated from the settlements of Kupiansk district, and that in total since {{August}} [[more than 12 thousand residents|displaced;a=The Head of the Kharkiv Regional State Administration]] have left the district. "
    "According to him, [[about 2 thousand civilians|civilians;a=The Head of the Kharkiv Regional State Administration]] still remain in the territorial community of Kupiansk, including [[73 children|civilians;a=The Head of the Kharkiv Regional State Administration]], and the mandatory evacuation will cover [[another 7 settlements|other;u=other;p;a=The Head of the Kharkiv Regional State Administration]].",
)

F(
    "Ukrinform: Russian strike on Zaporizhzhia damages residential buildings",
    "As a result of the massive enemy attack on Zaporizhzhia on the night of {{6 April}}, [[3 persons|killed;a=the Head of the Zaporizhzhia Regional Military Administration]] were killed and [[27|injured;a=the Head of the Zaporizhzhia Regional Military Administration]] were wounded, the Head of the Zaporizhzhia Regional Military Administration reported on Telegram. "
    "He specified that [[14 high-rise buildings|housing;a=the Head of the Zaporizhzhia Regional Military Administration]] and [[more than 40 private houses|housing;a=the Head of the Zaporizhzhia Regional Military Administration]] were damaged, and that [[up to 120 rescuers|other;a=the Head of the Zaporizhzhia Regional Military Administration]] were involved in the liquidation of consequences.",
)

F(
    "TASS: Kursk region acting governor on residents in temporary accommodation centres",
    "KURSK, {{15 August 2024}} /TASS/. [[Over 121 thousand people|displaced;a=the acting governor of the Kursk Region]] have been resettled from the border districts, and [[about 60 thousand|displaced;p;a=the acting governor of the Kursk Region]] more are to be relocated from the Glushkovo district, the acting governor of the Kursk Region said at a government meeting. "
    "He said that [[19 thousand|displaced;a=the acting governor of the Kursk Region]] of the evacuated residents are staying in [[102 temporary accommodation centres|capacity;a=the acting governor of the Kursk Region]], while the rest are living with relatives.",
)

F(
    "RIA: Russian Defence Ministry says air defence downed Ukrainian drones",
    "MOSCOW, {{21 August}} (RIA Novosti) - On-duty air defence systems intercepted and destroyed [[45 Ukrainian unmanned aerial vehicles|other;a=the Russian Defence Ministry;n=vehicles]] overnight over the territory of the Bryansk, Kursk, Belgorod and Moscow regions, the Russian Defence Ministry reported. "
    "The Mayor of Moscow wrote in his Telegram channel that according to preliminary data there were no casualties, while in the Bryansk region [[one civilian|injured;a=the regional governor]] was wounded, according to the regional governor.",
)

F(
    "Ombudsman: children returned to Ukraine from occupied territories",
    "The Ukrainian Parliament Commissioner for Human Rights stated that thanks to the joint work with international partners, [[more than 1 200 children|returned;a=The Ukrainian Parliament Commissioner for Human Rights]] illegally deported by the aggressor state have been returned to Ukraine, while [[19 546 children|displaced;a=The Ukrainian Parliament Commissioner for Human Rights]] are registered as deported or forcibly displaced. "
    "In {{2024}} alone, [[481 prisoners of war|other;n=prisoners of war;a=the Coordination Headquarters for the Treatment of Prisoners of War]] were released in exchanges, according to the Coordination Headquarters for the Treatment of Prisoners of War.",
)

F(
    "Donetsk regional administration: mandatory evacuation of children from front-line towns",
    "The Head of the Donetsk Regional Military Administration announced the mandatory evacuation of families with children from [[11 settlements|other;u=other;a=The Head of the Donetsk Regional Military Administration]] of the Pokrovsk and Kostiantynivka communities, where [[1 091 children|civilians;a=The Head of the Donetsk Regional Military Administration]] still remain. "
    "He said that [[approximately 90 families|displaced;a=The Head of the Donetsk Regional Military Administration]] left on the first day, and that the evacuees will be placed in [[3 transit centres|capacity;p;a=The Head of the Donetsk Regional Military Administration]] in Pavlohrad and Dnipro.",
)

# ---------------------------------------------------------------- Latin America, Spanish translated

F(
    "Prensa Latina: armed group confinement in Colombia's Catatumbo",
    "Bogota, {{Jan 24}} (Prensa Latina) The Ombudsman's Office of Colombia reported that the confrontations between the National Liberation Army (ELN) and dissidents of the former FARC in the Catatumbo region have caused the forced displacement of [[more than 36 000 persons|displaced;a=The Ombudsman's Office of Colombia]], while [[some 23,000|civilians;a=The Ombudsman's Office of Colombia]] remain confined in their rural communities. "
    "The entity also confirmed the murder of [[80 persons|killed;a=The entity;alt=The Ombudsman's Office of Colombia]], among them [[7 signatories|killed;a=The entity;alt=The Ombudsman's Office of Colombia]] of the peace agreement, and registered [[20 persons|missing;a=The entity;alt=The Ombudsman's Office of Colombia]] as missing.",
)

F(
    "Prensa Latina: Mexican families displaced by violence in Chiapas cross to Guatemala",
    "Mexico City, (Prensa Latina) [[Between 580 and 600 Mexican citizens|displaced;a=the Guatemalan Institute of Migration]], mostly women and children, crossed the border into the Guatemalan department of Huehuetenango fleeing the clashes between criminal groups in the municipality of Amatenango de la Frontera, according to the Guatemalan Institute of Migration. "
    "The Guatemalan authorities installed [[4 shelters|capacity;a=the source;alt=the Guatemalan Institute of Migration]] in Cuilco and distributed [[some 2,000 rations|aid;a=the source;alt=the Guatemalan Institute of Migration]] of food, the source added.",
)

F(
    "Venezuela: National Guard reports detentions after disturbances in Caracas",
    "The Minister of Interior, Justice and Peace informed in a televised address that [[2,229 persons|arrested;a=The Minister of Interior, Justice and Peace]] were detained for acts of violence after the election, and that [[a total of 25|killed;a=The Minister of Interior, Justice and Peace]] have died in the disturbances, among them [[2 effectives|killed;a=The Minister of Interior, Justice and Peace]] of the Bolivarian National Guard. "
    'He added that [[more than 190 officials|injured;a=The Minister of Interior, Justice and Peace]] were wounded by the so-called "comanditos".',
)

F(
    "EFE-translated: Haitian police say gang attacks in Artibonite forced thousands to flee",
    'The attacks of the gang "Gran Grif" against the commune of Petite-Riviere de l\'Artibonite caused the death of [[at least 115 people|killed;a=the National Human Rights Defense Network (RNDDH)]], according to the National Human Rights Defense Network (RNDDH), which also denounced that [[from 5.000 to 6.000 residents|displaced;a=the National Human Rights Defense Network (RNDDH)]] had to abandon their homes. '
    "In addition, [[more than 50 houses|housing;a=the organization;alt=the National Human Rights Defense Network (RNDDH)]] were burned and [[about 20 women|kidnapped;a=the organization;alt=the National Human Rights Defense Network (RNDDH)]] were kidnapped by the bandits, the organization indicated.",
)

# ---------------------------------------------------------------- French-speaking missions and Sahel, translated

F(
    "MINUSCA communique on attack in Haut-Mbomou prefecture",
    "The United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA) strongly condemns the attack perpetrated on {{23 March}} by elements of the armed group Azande Ani Kpi Gbe against the population of Mboki, which caused the death of [[at least 9 civilians|killed;a=The United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA)]]. "
    "According to the Mission, [[approximately 3 000 persons|displaced;a=the Mission;alt=The United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA)]] took refuge near the base of its peacekeepers, where [[150 blue helmets|combatants;a=the Mission;alt=The United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA)]] have been deployed to ensure their protection.",
)

F(
    "MONUSCO: displaced persons sheltering at base in Djugu territory",
    "Following the attack of CODECO militiamen against the site of displaced persons of Plaine Savo on the night of {{1 to 2 February}}, [[no fewer than 60 bodies|killed;a=the MONUSCO spokesperson]] have been counted, the MONUSCO spokesperson declared in Kinshasa. "
    "She added that [[some 3,500 displaced|displaced;a=the MONUSCO spokesperson;n=displaced]] have found refuge near the base of the blue helmets of Bule, and that [[2 villages|other;a=the MONUSCO spokesperson]] and [[more than 200 shelters|housing;a=the MONUSCO spokesperson]] were set on fire by the assailants.",
)

F(
    "AFP-translated: Burkina army says terrorists neutralized in the East",
    "The Armed Forces of Burkina Faso indicated in a communique that [[several dozen terrorists|killed;a=The Armed Forces of Burkina Faso]] were neutralized during an offensive in the zone of Diapaga, where [[8 soldiers|killed;a=The Armed Forces of Burkina Faso]] and [[3 auxiliaries|killed;a=The Armed Forces of Burkina Faso]] of the Volunteers for the Defence of the Homeland (VDP) lost their lives. "
    "The General Staff also announced the recovery of [[18 motorcycles|other;a=The General Staff]] and [[a dozen weapons|other;a=The General Staff]].",
)

F(
    "AFP-translated: Malian transition government says hostages freed",
    "The Government of the Transition informs the national and international opinion that [[22 hostages|kidnapped;a=The Government of the Transition]] held by the armed terrorist groups since {{December 2022}} were freed on {{4 February 2024}} in the region of Timbuktu, following an operation of the Malian Armed Forces (FAMa). "
    "Among the freed persons are [[7 women|kidnapped;a=the communique]] and [[3 children|kidnapped;a=the communique]], the communique specifies.",
)

F(
    "Niger: Ministry of Defence communique on attack in Tillaberi",
    "According to the communique of the Ministry of National Defence read on the national television, the attack perpetrated by [[hundreds of terrorists|combatants;a=the communique of the Ministry of National Defence]] on motorcycles caused [[29 dead|killed;a=the communique of the Ministry of National Defence;n=dead]] and [[2 wounded|injured;a=the communique of the Ministry of National Defence;n=wounded]] among the soldiers. "
    "The riposte of the army made it possible to neutralize [[more than 50 terrorists|killed;a=the communique;alt=the communique of the Ministry of National Defence]], the communique indicates.",
)

F(
    "Cameroon: Far North governor on Boko Haram incursion",
    "The Governor of the Far North Region declared to the press that [[14 civilians|killed;a=The Governor of the Far North Region]] were assassinated and [[about 20 houses|housing;a=The Governor of the Far North Region]] were burned during the incursion of the Boko Haram terrorists in the locality of Mozogo on the night from Saturday to Sunday. "
    "[[Close to 1 500 inhabitants|displaced;a=local authorities]] have fled towards Mokolo, according to local authorities.",
)
