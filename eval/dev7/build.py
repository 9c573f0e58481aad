"""Build eval/dev7/figures.jsonl from the hand-written texts below.

A seventh tuning set for the figure extractor, in the style of state-media and translated wire
copy and of non-native English: Xinhua, TASS, RIA, IRNA, SANA, WAFA, APS, MAP, SUNA, ENA,
Anadolu, Yonhap, Kyodo, Prensa Latina, Bernama, and copy translated from French, Arabic, Spanish
or Russian (long official titles as sources, "the source added", "martyrs", "terrorist
elements", numbers with spaces or dots as thousands separators, "15 thousand", ranges with "to"
and hyphens, day-month-year dates).

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; this file holds the texts.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 7) with ids
"p0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev7/build.py            # write figures.jsonl and validate it
    python eval/dev7/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/: the figset package

from figset import F, SetConfig, run

CONFIG = SetConfig("dev7", Path(__file__).resolve().parent, "p", 7)

# ====================================================================== texts

# ====================================================================== texts


# ====================================================================== texts

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

# ---------------------------------------------------------------- Arabic-language agencies, translated

F(
    "Saba: Sanaa health ministry on US-British aggression victims",
    "Sanaa - Saba: The Ministry of Public Health and Population announced that the toll of the American-British aggression on the port of Ras Isa has risen to [[80 martyrs|killed;a=The Ministry of Public Health and Population]] and [[150 wounded|injured;a=The Ministry of Public Health and Population;n=wounded]], the majority of them workers and employees of the port. "
    "The civil defence teams are continuing to search for a number of missing under the rubble.",
)

F(
    "INA: Iraqi Counter-Terrorism Service kills ISIS terrorists in Kirkuk desert",
    "Baghdad - INA: The Counter-Terrorism Service announced, on Sunday, the killing of [[5 terrorists|killed;a=The Counter-Terrorism Service]] of the ISIS terrorist gangs and the arrest of [[2 others|arrested;a=The Counter-Terrorism Service]] in an air-landing operation in the Wadi al-Shay area in Kirkuk, and the destruction of [[3 hideouts|other;u=structure;a=The Counter-Terrorism Service]] used by the gangs. "
    "[[12 explosive belts|other;u=other;a=a statement of the Service]] and a quantity of weapons were seized in the hideouts, according to a statement of the Service.",
)

F(
    "LANA: Libyan Red Crescent recovers bodies after clashes in Tripoli",
    "Tripoli - LANA: The Libyan Red Crescent announced that its volunteers recovered the bodies of [[9 persons|killed;a=The Libyan Red Crescent]] in the Abu Salim area following the armed clashes which erupted on Monday night between two armed formations, and evacuated [[more than 300 families|displaced;a=The Libyan Red Crescent]] trapped in the clashes areas. "
    "The Ministry of Health said [[no less than 23 persons|injured;a=The Ministry of Health]] were transferred to the hospitals of the capital.",
)

F(
    "MENA: Egypt receives wounded Palestinians through Rafah crossing",
    "CAIRO, (MENA) - The Governor of North Sinai said that the Rafah land port received on Wednesday [[45 wounded Palestinians|injured;a=The Governor of North Sinai]] and [[120 patients|other;a=The Governor of North Sinai]] with their companions, in addition to [[1 200 foreign passport holders|displaced;a=The Governor of North Sinai;n=holders]] who left the Gaza Strip. "
    "He said [[160 trucks|aid;a=The Governor of North Sinai]] of humanitarian aid entered the Strip through the crossing on the same day, while [[about 3 thousand trucks|aid;a=The Governor of North Sinai]] are waiting in Al-Arish.",
)

F(
    "Petra: Jordanian army airdrops aid over northern Gaza",
    "Amman, (Petra) - The Jordan Armed Forces - Arab Army carried out, in cooperation with brotherly and friendly countries, [[8 airdrops|aid;a=a statement of the General Command]] of humanitarian and food aid over the north of Gaza Strip on Saturday, according to a statement of the General Command. "
    "The statement said that this brings the number of airdrops carried out since the beginning of the war to [[102|aid;u=other;a=The statement;alt=a statement of the General Command]], in addition to [[378 airdrops|aid;a=The statement;alt=a statement of the General Command]] carried out jointly with other countries.",
)

F(
    "QNA: Qatar mediates release of hostages and prisoners",
    "Doha, (QNA) - The Official Spokesperson of the Ministry of Foreign Affairs announced that [[24 hostages|kidnapped;a=The Official Spokesperson of the Ministry of Foreign Affairs]] were released from Gaza on Friday, including [[13 Israeli citizens|kidnapped;a=The Official Spokesperson of the Ministry of Foreign Affairs]], [[10 Thai nationals|kidnapped;a=The Official Spokesperson of the Ministry of Foreign Affairs]] and [[one Filipino|kidnapped;a=The Official Spokesperson of the Ministry of Foreign Affairs]], in exchange for [[39 Palestinian women and children|other;n=women and children;a=The Official Spokesperson of the Ministry of Foreign Affairs]] from the occupation prisons. "
    "The humanitarian pause also allowed the entry of [[200 aid trucks|aid]] to the Strip.",
)

F(
    "KUNA: Kuwaiti relief airlift lands in Damascus",
    "DAMASCUS, (KUNA) - The Kuwaiti air bridge continued its flights to Syria, with the arrival on Tuesday of the twelfth aircraft carrying [[40 tons|aid;a=the Kuwait Red Crescent Society]] of food and medical supplies, the Kuwait Red Crescent Society said. "
    "The society added that the aid, which includes [[5,000 food baskets|aid;a=The society;alt=the Kuwait Red Crescent Society]] and [[3,000 winter blankets|aid;a=The society;alt=the Kuwait Red Crescent Society]], will be distributed to [[nearly 10 000 displaced|aid;p;n=displaced;a=The society;alt=the Kuwait Red Crescent Society]] in the camps of the north.",
)

F(
    "SPA: KSrelief distributes food baskets in Sudan's White Nile",
    "Kosti, (SPA) - The King Salman Humanitarian Aid and Relief Centre (KSrelief) distributed [[1,800 food baskets|aid;a=the centre;alt=The King Salman Humanitarian Aid and Relief Centre (KSrelief)]] to the families displaced from Khartoum in the White Nile State, benefiting [[10,800 individuals|aid;a=the centre;alt=The King Salman Humanitarian Aid and Relief Centre (KSrelief)]], the centre stated.",
)

F(
    "Saba: Houthi prisoners committee announces prisoners exchange",
    "Sanaa - Saba: The Head of the National Committee for Prisoners Affairs announced the completion of the release of [[887 prisoners|other;a=The Head of the National Committee for Prisoners Affairs]] of both sides, under the auspices of the International Committee of the Red Cross, including [[706 prisoners|other;a=The Head of the National Committee for Prisoners Affairs]] of the national army and [[181|other;a=The Head of the National Committee for Prisoners Affairs]] of the aggression forces, among them [[16 Saudis|other;a=The Head of the National Committee for Prisoners Affairs]] and [[3 Sudanese|other;a=The Head of the National Committee for Prisoners Affairs]].",
)

F(
    "SANA: terrorists target Aleppo neighbourhoods with rocket shells",
    "Aleppo, SANA - [[Four citizens|killed]] were martyred and [[11 others|injured]] were injured, among them children and women, when terrorist organizations positioned in the western countryside targeted Hamdaniya and New Aleppo neighborhoods with rocket shells on {{12 August 2019}}. "
    "A source at Aleppo Police Command told SANA that the shells caused material damage to [[7 houses|housing;a=A source at Aleppo Police Command]] and a number of cars.",
)

F(
    "INA: Ministry of Migration says displaced families return from Jeddah 1 camp",
    "Baghdad - INA: The Ministry of Migration and Displaced announced the return of a new batch of [[152 families|returned;a=The Ministry of Migration and Displaced]] from the al-Hol camp in Syria to the {{Jeddah 1}} rehabilitation centre in Nineveh, bringing the number of families returned since {{2021}} to [[about 3 400|returned;a=The Ministry of Migration and Displaced]]. "
    "The ministry indicated that [[more than 5,000 families|displaced;a=The ministry;alt=The Ministry of Migration and Displaced]] are still living in [[21 camps|capacity;a=The ministry;alt=The Ministry of Migration and Displaced]] in the Kurdistan Region, and that the camps will be closed gradually.",
    ["Jeddah 1"],
)

# ---------------------------------------------------------------- Asia

F(
    "Xinhua: Afghan returnees from Pakistan receive aid in Nangarhar",
    "KABUL, {{Nov. 5}} (Xinhua) -- [[Around 2,000 Afghan refugees|returned;a=local officials]] returned home from Pakistan through the Torkham crossing on Sunday, local officials said, as the deadline given by Islamabad to undocumented foreigners expired. "
    "[[Over 9,000 families|aid]] have received food packages and temporary shelter in the camps set up in the Momand Dara district since {{Oct. 1}}.",
)

F(
    "Bernama: southern Thailand bomb attack injures rangers",
    "BANGKOK, {{May 4}} (Bernama) -- [[Five paramilitary rangers|injured;a=Narathiwat police]] were injured when a bomb exploded near their patrol vehicle in Rueso district of Narathiwat province on Saturday morning, Narathiwat police said. "
    "The police said [[between 20 and 30 rangers|combatants;a=The police;alt=Narathiwat police]] have been deployed to search for [[3 suspects|other;a=The police;alt=Narathiwat police]] believed to be members of the insurgent group.",
)

F(
    "Xinhua: Philippine troops clash with communist rebels",
    "MANILA, {{Jan. 24}} (Xinhua) -- [[Nine New People's Army (NPA) rebels|killed;a=the Armed Forces of the Philippines (AFP)]] were killed in a clash with government troops in Balbalan town in Kalinga province, the Armed Forces of the Philippines (AFP) said on Wednesday. "
    "The military said [[some 30 rebels|combatants;a=The military;alt=the Armed Forces of the Philippines (AFP)]] were encountered by soldiers, and that [[12 high-powered firearms|other;a=The military;alt=the Armed Forces of the Philippines (AFP)]] were recovered.",
)

F(
    "Kyodo: Japanese aid worker among hostages freed in Afghanistan",
    "TOKYO, {{Feb. 2}} (Kyodo) -- A Japanese aid worker abducted in eastern Afghanistan has been freed along with [[four Afghan colleagues|kidnapped;a=the Foreign Ministry]], the Foreign Ministry said Friday.",
)

F(
    "Yonhap: North Korean defectors arrive in South Korea",
    "SEOUL, {{Jan. 18}} (Yonhap) -- [[A total of 236 North Korean defectors|displaced;a=the unification ministry]] arrived in South Korea last year, up from [[196|displaced;a=the unification ministry]] the previous year, the unification ministry said Thursday. "
    "[[Some 34,000 North Koreans|displaced;a=the ministry;alt=the unification ministry]] have resettled in the South since the late {{1990s}}, the ministry said.",
)

F(
    "Xinhua: India's Manipur violence displaces thousands, says chief minister",
    "NEW DELHI, {{May 8}} (Xinhua) -- [[At least 60 people|killed;a=the chief minister of Manipur]] have been killed and [[231|injured;a=the chief minister of Manipur]] injured in the ethnic clashes in India's northeastern state of Manipur, the chief minister of Manipur said on Monday. "
    "The chief minister said [[1,700 houses|housing;a=The chief minister;alt=the chief minister of Manipur]] were burned, and [[over 35,000 people|displaced;a=The chief minister;alt=the chief minister of Manipur]] are sheltering in [[more than 200 relief camps|capacity;a=The chief minister;alt=the chief minister of Manipur]].",
)

F(
    "Bernama: Rohingya refugees land in Aceh, locals refuse shelter",
    "JAKARTA, {{Nov. 20}} (Bernama) -- [[About 250 Rohingya refugees|displaced;a=UNHCR Indonesia]] landed on the coast of Bireuen in Aceh province on Sunday after local residents refused them, and [[more than 1,000|displaced;a=UNHCR Indonesia]] have arrived in the province in one week, according to UNHCR Indonesia.",
)

F(
    "Xinhua: Myanmar military says ethnic armed groups attacked Lashio",
    "YANGON, {{July 29}} (Xinhua) -- [[Less than 100 residents|civilians;a=the State Administration Council's information team]] remained in Lashio town after the fighting, while the others fled, the State Administration Council's information team said. "
    "It said [[14 civilians|killed;a=the State Administration Council's information team]] were killed and a hospital and [[3 schools|housing;a=the State Administration Council's information team]] were damaged.",
)

# ---------------------------------------------------------------- Sahel, Great Lakes, Horn, translated from French

F(
    "AFP-translated: attack on Barsalogho, volunteers and civilians killed",
    "According to concordant security sources, [[several hundred people|killed;a=concordant security sources]], mostly civilians requisitioned to dig trenches around the town, were killed on Saturday in the attack claimed by the JNIM, while [[more than 140 wounded|injured;a=a local health worker;n=wounded]] were evacuated to Kaya, a local health worker affirmed. "
    "The Government has not communicated an official toll.",
)

F(
    "Mali: armed forces communique on attack against Boulkessi camp",
    "The General Staff of the Armies informs the public opinion that the camp of Boulkessi was the object of a complex attack by [[about 100 terrorists|combatants;a=The General Staff of the Armies]] on board of [[some 30 motorcycles|other;a=The General Staff of the Armies]] and [[4 vehicles|other;a=The General Staff of the Armies]] packed with explosives. "
    "The provisional toll is [[30 terrorists|killed]] neutralized on the FAMa side and, unfortunately, [[11 soldiers|killed]] fallen on the field of honour and [[16 wounded|injured;n=wounded]].",
)

F(
    "MONUSCO: presumed ADF attack on village in Lubero territory",
    "The United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO) informs that [[no fewer than 35 civilians|killed;a=The United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO)]] were killed with machetes and firearms by presumed ADF elements in the village of Mayikengo during the night of {{12 to 13 June}}. "
    "[[Around twenty houses|housing;a=the civil society of Lubero]] were burned and an undetermined number of inhabitants were taken hostage, according to the civil society of Lubero.",
)

F(
    "UNHCR Chad: Central African refugees arrive in Logone Oriental",
    "The United Nations High Commissioner for Refugees (UNHCR) in Chad reports that [[more than 7,000 Central African refugees|displaced;a=The United Nations High Commissioner for Refugees (UNHCR) in Chad]] have arrived since {{1 January}} in the locality of Mbitoye, in the Logone Oriental province, fleeing the exactions of the armed groups. "
    "The new arrivals are hosted by [[5 host villages|other]], which already count [[3 000 inhabitants|civilians]].",
)

F(
    "AFP-translated: kidnapping of students in Kaduna state",
    "[[More than 280 pupils|kidnapped;a=the Government of Kaduna State]] were kidnapped on Thursday morning by armed men at the primary and secondary school of Kuriga, in the northwest of Nigeria, the Government of Kaduna State indicated, correcting a first toll of [[287|kidnapped;a=a teacher]] given by a teacher. "
    "A teacher was also taken, and [[one|killed;a=local sources]] of the people of the community who tried to resist was shot dead, according to local sources.",
)

F(
    "ENA: Ethiopian National Defense Force says Fano extremists surrendered",
    "Addis Ababa, (ENA) - The Head of the Northern Command of the Ethiopian National Defense Force (ENDF) said that [[over 1,300 members|combatants;a=The Head of the Northern Command of the Ethiopian National Defense Force (ENDF)]] of the extremist Fano group have surrendered with their weapons in the past {{two weeks}}, and that [[more than 400 extremists|killed;a=The Head of the Northern Command of the Ethiopian National Defense Force (ENDF)]] were killed in the operations. "
    "He said [[close to 800 AK-47 rifles|other;a=The Head of the Northern Command of the Ethiopian National Defense Force (ENDF)]] were collected.",
)

F(
    "SUNA: Sennar State receives displaced citizens from Sinja",
    "Sennar, (SUNA) - The Humanitarian Aid Commission in Sennar State said that [[about 57 thousand persons|displaced;a=The Humanitarian Aid Commission in Sennar State]] arrived in the localities of Sennar and Dinder after the attack of the terrorist militia on Sinja and Abu Hujar, and that [[no less than 150 citizens|kidnapped;a=The Humanitarian Aid Commission in Sennar State]] were abducted by the militia in the villages. "
    "The Commission indicated that it opened [[23 shelter centres|capacity;a=The Commission;alt=The Humanitarian Aid Commission in Sennar State]] in the schools and that the shelters need food, mattresses and mosquito nets.",
)

F(
    "SUNA: Sovereign Council member receives returnees from Egypt",
    "Port Sudan, (SUNA) - A Member of the Sovereignty Council received in Atbara the first train carrying [[about 1 200 returnees|returned;a=the Railway Corporation]] from Egypt via Wadi Halfa, and the Railway Corporation said [[3 more trains|other;p;u=other;a=the Railway Corporation]] will transport [[up to 4,000 citizens|returned;p;a=the Railway Corporation]] next week.",
)

F(
    "Xinhua: gunmen abduct passengers in northern Nigeria",
    "ABUJA, {{Feb. 14}} (Xinhua) -- Gunmen abducted [[at least 30 passengers|kidnapped;a=the state police spokesperson]] traveling on a highway in Nigeria's northwestern state of Zamfara, the state police spokesperson said Tuesday, adding that [[2 drivers|killed;a=the state police spokesperson]] were shot dead. "
    "Security forces rescued [[11|kidnapped]] of the abducted passengers on Wednesday.",
)

F(
    "Xinhua: Kenya police arrest suspects after Lamu attack",
    "NAIROBI, {{Jan. 6}} (Xinhua) -- Kenyan police arrested [[8 suspects|arrested;a=the regional police commander]] linked to the al-Shabaab attack on a village in Lamu County in which [[5 people|killed;a=the regional police commander]] were killed and [[6 houses|housing;a=the regional police commander]] were set on fire, the regional police commander said Saturday. "
    "He said [[about 200 security officers|combatants;a=the regional police commander]] were deployed to the Boni forest to pursue the attackers.",
)

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

# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Xinhua: Security Council extends sanctions on South Sudan",
    "UNITED NATIONS, {{May 30}} (Xinhua) -- The UN Security Council on Thursday adopted {{Resolution 2731}} with {{9 votes in favor}} and {{6 abstentions}}, extending the arms embargo on South Sudan until {{31 May 2025}}. "
    "The panel of experts will report within {{120 days}}.",
)

F(
    "TASS: Russian army receives new batch of Su-34 bombers",
    "MOSCOW, {{28 December}} /TASS/. The United Aircraft Corporation handed over a new batch of {{Su-34}} frontline bombers to the Defence Ministry, the corporation said, adding that the aircraft can fly at a speed of {{1,900 km/h}} and have a range of {{4,000 kilometres}}. "
    "The contract, signed in {{2020}}, is worth {{about 100 billion rubles}}.",
)

F(
    "SANA: anniversary of the October Liberation War commemorated",
    "Damascus, SANA - Syria marked on Friday the {{51st anniversary}} of the October Liberation War of {{1973}}, with ceremonies in all governorates at {{10:00}} am. "
    "A veteran, aged {{87}}, laid a wreath at the Tomb of the Unknown Soldier.",
)

F(
    "WAFA: Palestinian Cabinet approves budget for reconstruction",
    "RAMALLAH, {{10 June 2024}} (WAFA) - The Council of Ministers approved in its weekly session, chaired by the Prime Minister, a budget of {{$150 million}} for the emergency phase, noting that the deficit reached {{42 percent}} of revenues. "
    "The Prime Minister said the plan covers {{three years}} and will be reviewed every {{6 months}}.",
)

F(
    "Anadolu: Turkish court sentences suspect in Istanbul bombing",
    "ISTANBUL (AA) - A Turkish court on Wednesday sentenced the main suspect in the {{2022}} Istiklal Avenue bombing, a {{23-year-old}} Syrian woman, to {{7 aggravated life sentences}} and {{1,794 years}} in prison. "
    "The hearing began at {{09.30}} local time and lasted {{11 hours}}.",
)

F(
    "IRNA: Iran unveils new drone and missile systems",
    "Tehran, IRNA -- The Islamic Revolution Guards Corps unveiled on Tuesday the {{Shahed-149}} drone, which can stay airborne for {{24 hours}}, and the Kheibar Shekan missile, with a range of {{1,450 kilometers}}, during a ceremony marking Army Day on {{18 April}}.",
)

F(
    "ENA: Ethiopia to host regional peace conference",
    "Addis Ababa, (ENA) - The {{3rd}} regional peace and security conference will be held in Bahir Dar from {{14 to 16 October}}, the Ministry of Foreign Affairs said, adding that the conference hall, inaugurated in {{2019}}, covers {{5,000 square metres}}.",
)

F(
    "Yonhap: North Korea fires ballistic missile into East Sea",
    "SEOUL, {{Jan. 14}} (Yonhap) -- North Korea fired an intermediate-range ballistic missile into the East Sea at around {{2:55 p.m.}}, the Joint Chiefs of Staff said, adding that the missile flew about {{1,100 km}} at an altitude of {{100 km}} and a speed of {{Mach 12}}.",
)

F(
    "Kyodo: Japan approves record defense budget",
    "TOKYO, {{Dec. 27}} (Kyodo) -- The Cabinet approved a record {{8.7 trillion yen}} defense budget for fiscal {{2025}}, up {{9.4 percent}} from the previous year, including funds for the {{Type-12}} surface-to-ship missiles and {{F-35}} fighter jets.",
)

F(
    "Prensa Latina: Cuba beats Venezuela in Caribbean baseball series",
    "Havana, (Prensa Latina) The Cuban team beat Venezuela {{5-3}} in {{10 innings}} at the Caribbean Series, with the {{35-year-old}} starting pitcher throwing {{112 pitches}} over {{7 innings}}.",
)

F(
    "Bernama: Malaysia and Indonesia hold joint border exercise",
    "KUALA LUMPUR, {{Aug 9}} (Bernama) -- The Malaysian Armed Forces and the Indonesian National Armed Forces will hold the {{21st}} joint border exercise from {{14 to 25 August}} along the {{2,019-kilometre}} land border in Borneo, the ministry said.",
)

F(
    "MAP: King chairs Council of Ministers meeting",
    "Rabat - HM King Mohammed VI chaired on Monday at the Royal Palace in Rabat a Council of Ministers devoted to the {{2025}} finance bill, which projects growth of {{4.6 percent}} and allocates {{MAD 14 billion}} to the rebuilding programme in the Al Haouz region, struck by the {{6.8-magnitude}} earthquake of {{8 September 2023}}.",
)

F(
    "SUNA: Sudanese Pound exchange rate against dollar",
    "Port Sudan, (SUNA) - The Central Bank of Sudan set the indicative exchange rate at {{2,100 pounds}} per dollar on {{3 March 2025}}, compared with {{1,850 pounds}} a month earlier, while the inflation rate reached {{145 percent}} in {{January}}.",
)

F(
    "APS: Algeria commemorates Day of the Martyr",
    "ALGIERS - Algeria celebrated on {{18 February}} the National Day of the Martyr, commemorating the martyrs of the {{1954}}-{{1962}} Liberation War, with a ceremony at {{11:00}} at the Maqam Echahid, which stands {{92 metres}} high.",
)

F(
    "Xinhua: UN General Assembly votes on Gaza ceasefire resolution",
    "UNITED NATIONS, {{Dec. 12}} (Xinhua) -- The UN General Assembly adopted a resolution demanding an immediate ceasefire in Gaza by a recorded vote of {{153 in favor}} to {{10 against}}, with {{23 abstentions}}, at its {{10th}} emergency special session.",
)

F(
    "Anadolu: Galatasaray beat Fenerbahce in Istanbul derby",
    "ISTANBUL (AA) - Galatasaray defeated Fenerbahce {{3-1}} in the Turkish Super Lig derby on Saturday, with the striker scoring twice in the {{27th}} and {{64th minutes}}, to extend the lead to {{8 points}} after {{20 matches}}.",
)

F(
    "TASS: Russian court sentences journalist to prison",
    "MOSCOW, {{19 July}} /TASS/. The Sverdlovsk Regional Court sentenced the {{32-year-old}} American journalist to {{16 years}} in a strict regime colony under {{Article 276}} of the Criminal Code, the court's press service said.",
)

F(
    "Ukrinform: Ukraine receives new air defence systems",
    "The Minister of Defence of Ukraine informed that the country received the {{IRIS-T SLM}} system and NASAMS launchers, as well as the {{F-16}} aircraft, and that the Ramstein format meeting will take place on {{6 September}}, the {{24th}} of its kind, in Germany.",
)

F(
    "Saba: Sanaa currency and fuel prices",
    "Sanaa - Saba: The Yemen Petroleum Company announced that the price of a {{20-litre}} container of petrol is {{9,500 riyals}} from {{1 August}}, a decrease of {{5 percent}}, valid for {{30 days}}.",
)

F(
    "INA: Iraqi Parliament session on the budget law",
    "Baghdad - INA: The Council of Representatives held its {{14th}} session of the {{2nd}} legislative term on {{3 February 2025}}, and completed the first reading of the amendment to the {{2023}} budget law, the media department said, noting that the session lasted {{4 hours}} and was adjourned until {{11:00}} on Wednesday.",
)

# ---------------------------------------------------------------- mixed, part 3

F(
    "SANA: families leave Rukban camp towards state-controlled areas",
    "Homs, SANA - A new batch of [[420 citizens|displaced;a=a source in Homs Governorate]] left on {{17 March 2019}} the so-called Rukban camp, which is located in the area occupied by the American forces near al-Tanf, through the humanitarian corridor of Jleighem, and they were received in [[4 temporary shelter centres|capacity;a=a source in Homs Governorate]] in Homs city, a source in Homs Governorate told SANA, adding that the number of those who have left the camp since the opening of the corridor has reached [[about 12 500 citizens|displaced;a=a source in Homs Governorate]].",
)

F(
    "IRNA: Afghan refugees in Iran to be registered under new census",
    "Tehran, IRNA -- The Interior Minister said that the census of the unauthorized foreign nationals will cover [[about 2.6 million persons|civilians;p;a=The Interior Minister]], and that [[over 750 thousand Afghans|displaced;a=The Interior Minister]] holding the Amayesh card are living legally in the country, while [[120 thousand|returned;a=The Interior Minister]] of them returned voluntarily last year.",
)

F(
    "WAFA: occupation arrests citizens in Hebron and Bethlehem",
    "HEBRON, {{18 November 2024}} (WAFA) - The Israeli occupation forces arrested, at dawn today, [[no less than 20 citizens|arrested;a=the Palestinian Commission of Detainees' and Ex-Detainees' Affairs and the Palestinian Prisoner's Society]] from the governorates of Hebron and Bethlehem, among them [[3 children|arrested;a=the Palestinian Commission of Detainees' and Ex-Detainees' Affairs and the Palestinian Prisoner's Society]] and a former prisoner, the Palestinian Commission of Detainees' and Ex-Detainees' Affairs and the Palestinian Prisoner's Society said in a joint statement. "
    "The number of detainees in the occupation prisons exceeded [[10,000|arrested;q=at_least;a=the two institutions;alt=the Palestinian Commission of Detainees' and Ex-Detainees' Affairs and the Palestinian Prisoner's Society]], among them [[3,443 administrative detainees|arrested;a=the two institutions;alt=the Palestinian Commission of Detainees' and Ex-Detainees' Affairs and the Palestinian Prisoner's Society]], according to the two institutions.",
)

F(
    "Anadolu: Israeli army kills Palestinians waiting for aid in Gaza",
    "GAZA CITY (AA) - [[At least 31 Palestinians|killed;a=medical sources]] were killed and [[over 170|injured;a=medical sources]] others injured on Sunday when the Israeli army opened fire on crowds of civilians waiting for aid near a distribution center in Rafah, medical sources told Anadolu. "
    "Since the start of the operation of the so-called Gaza Humanitarian Foundation on {{27 May}}, [[more than 500 aid seekers|killed;a=the Health Ministry in Gaza]] have been killed and [[about 4,000|injured;a=the Health Ministry in Gaza]] injured, according to the Health Ministry in Gaza.",
)

F(
    "Xinhua: Libyan coast guard intercepts migrants off Tripoli",
    "TRIPOLI, {{Aug. 6}} (Xinhua) -- [[A total of 1,209 illegal migrants|other;a=the International Organization for Migration (IOM)]] were intercepted and returned to Libya last week, the International Organization for Migration (IOM) said, adding that [[18 bodies|killed;a=the International Organization for Migration (IOM)]] were recovered off the Libyan coast and [[48 migrants|missing;a=the International Organization for Migration (IOM)]] were reported missing.",
)

F(
    "ENA: Amhara region says schools and health facilities destroyed in conflict",
    "Bahir Dar, (ENA) - The Head of the Amhara Regional Education Bureau said that [[over 4,000 schools|housing;a=The Head of the Amhara Regional Education Bureau]] were partially or fully destroyed during the conflict, and that [[about 3.5 million students|other;a=The Head of the Amhara Regional Education Bureau]] are out of school, while [[from 15 to 20 thousand teachers|displaced;a=The Head of the Amhara Regional Education Bureau]] have been displaced from their workplaces.",
)

F(
    "Prensa Latina: Ecuador army deploys to prisons after riots",
    "Quito, (Prensa Latina) The Ecuadorian Armed Forces deployed [[more than 2 700 soldiers|combatants;a=the Joint Command of the Armed Forces]] to the prisons of Guayaquil after the riots in which [[at least 31 inmates|killed;a=the Joint Command of the Armed Forces]] lost their lives, reported the Joint Command of the Armed Forces. "
    "In the operation, [[178 guards and administrative staff|kidnapped;n=guards and administrative staff]] who were held hostage by the inmates were released, while [[39 prisoners|other]] who escaped were still sought.",
)

F(
    "Xinhua: Colombian army rescues kidnapped soldiers",
    "BOGOTA, {{March 25}} (Xinhua) -- [[28 soldiers|kidnapped;a=the Colombian Defense Ministry]] who had been held by residents under the influence of dissidents of the former FARC in the department of Cauca were released on Saturday, the Colombian Defense Ministry said. "
    "The ministry said [[around 600 people|other;a=The ministry;alt=the Colombian Defense Ministry]] had surrounded the soldiers, and that [[a further 57 soldiers|kidnapped;a=The ministry;alt=the Colombian Defense Ministry]] were held in a second village until Sunday.",
)

F(
    "Bernama: Southern Philippines clashes displace families in Maguindanao",
    "COTABATO, {{Oct 31}} (Bernama) -- Clashes between rival armed groups in Maguindanao del Sur have displaced [[about 2,500 families|displaced;a=the provincial disaster risk reduction and management office]], or [[12,000 individuals|displaced;a=the provincial disaster risk reduction and management office]], the provincial disaster risk reduction and management office said. "
    "The evacuees are sheltering in [[9 evacuation centres|capacity;a=the office;alt=the provincial disaster risk reduction and management office]] and will receive [[3 000 family food packs|aid;p;a=the office;alt=the provincial disaster risk reduction and management office]] from the Department of Social Welfare, the office said.",
)

F(
    "TASS: Russian Defence Ministry on exchange of prisoners of war",
    "MOSCOW, {{5 February}} /TASS/. [[150 Russian servicemen|other;a=the Russian Defence Ministry]] were returned from the territory controlled by the Kiev regime as a result of the negotiation process, the Russian Defence Ministry said, adding that in exchange [[150 prisoners of war|other;n=prisoners of war;a=the Russian Defence Ministry]] of the Ukrainian Armed Forces were handed over.",
)

F(
    "APS: Algeria sends humanitarian aid to Libya and Niger",
    "ALGIERS - Algeria sent, on Thursday, [[25 trucks|aid;a=a communique of the Ministry of National Defence]] carrying [[500 tonnes|aid;a=a communique of the Ministry of National Defence]] of foodstuffs and medicines to the Republic of Niger, in addition to [[2 aircraft|aid;u=other;a=a communique of the Ministry of National Defence]] loaded with tents and blankets, according to a communique of the Ministry of National Defence.",
)

F(
    "Ukrinform: mine victims in Kherson region",
    "Since the beginning of the full-scale invasion, [[132 civilians|killed;a=the Kherson Regional Prosecutor's Office]] were killed and [[more than 330|injured;a=the Kherson Regional Prosecutor's Office]] injured by mines and explosive remnants in the de-occupied territories of the Kherson region, the Kherson Regional Prosecutor's Office informed. "
    "Pyrotechnic units of the State Emergency Service have neutralized [[no less than 250 thousand explosive items|other;a=the State Emergency Service;u=other]], according to the State Emergency Service.",
)

F(
    "SUNA: Kordofan governor says militia attacks displaced thousands",
    "El Obeid, (SUNA) - The Governor of North Kordofan State said that the attacks of the terrorist militia on the villages of Bara locality have led to the martyrdom of [[about 300 citizens|killed;a=The Governor of North Kordofan State]] and the displacement of [[some 4.000 families|displaced;a=The Governor of North Kordofan State]] to El Obeid, where [[16 gathering centres|capacity;a=The Governor of North Kordofan State]] have been opened in schools and mosques.",
)

F(
    "Xinhua: Israel-Iran conflict, Iranian health ministry on casualties",
    "TEHRAN, {{June 23}} (Xinhua) -- [[At least 400 Iranians|killed;a=a spokesman for the Iranian Health Ministry]] have been killed and [[3,056 others|injured;a=a spokesman for the Iranian Health Ministry]] injured since Israel launched its attacks on Iran on {{June 13}}, a spokesman for the Iranian Health Ministry said Sunday. "
    "Meanwhile, Israeli authorities said [[24 people|killed;a=Israeli authorities]] were killed and [[more than 1,200|injured;a=Israeli authorities]] injured in Iranian missile strikes, and that [[about 9,000 Israelis|displaced;a=Israeli authorities]] have been evacuated from their damaged homes.",
)

F(
    "Anadolu: Pakistani police arrest protesters after Islamabad clashes",
    "ISLAMABAD (AA) - Pakistani police arrested [[nearly 1,000 supporters|arrested;a=Islamabad police chief]] of jailed former premier Imran Khan following violent clashes in the capital, Islamabad police chief said Wednesday, adding that [[one police officer|killed;a=Islamabad police chief]] was killed and [[over 100 policemen|injured;a=Islamabad police chief]] were wounded. "
    "The party claimed that [[dozens of its workers|killed;a=The party]] were shot dead and [[hundreds|missing;a=The party]] are missing.",
)

F(
    "Kyodo: Japan has accepted 2,600 Ukrainian evacuees since invasion",
    "TOKYO, {{Feb. 20}} (Kyodo) -- Japan has accepted [[a total of 2,600 Ukrainian evacuees|displaced;a=the Immigration Services Agency]] since the start of Russia's invasion, and [[about 2,000|displaced;a=the Immigration Services Agency]] of them remain in the country, the Immigration Services Agency said.",
)

# ---------------------------------------------------------------- mixed, part 4

F(
    "Xinhua: Sudan's RSF attack on Al-Jazirah village kills dozens",
    "KHARTOUM, {{June 6}} (Xinhua) -- [[More than 100 people|killed;a=the Wad Madani Resistance Committee]] were killed and [[over 200|injured;a=the Wad Madani Resistance Committee]] injured in an attack by the Rapid Support Forces (RSF) on Wad Al-Noura village in Sudan's Al-Jazirah State, the Wad Madani Resistance Committee said Thursday, adding that [[about 35 children|killed;a=the Wad Madani Resistance Committee]] were among the dead. "
    "[[Thousands of villagers|displaced]] fled to the nearby towns of Managil and Al-Hasaheisa, while an unknown number remained under siege.",
)

F(
    "IRNA: Iranian border guards repel terrorist attack in Sistan and Baluchestan",
    "Zahedan, IRNA -- The Deputy Governor for Security Affairs of Sistan and Baluchestan province said that [[4 border guards|killed;a=The Deputy Governor for Security Affairs of Sistan and Baluchestan province]] were martyred and [[2|injured;a=The Deputy Governor for Security Affairs of Sistan and Baluchestan province]] wounded in an attack by terrorist elements on a border post in Saravan, and that [[3 terrorists|killed;a=The Deputy Governor for Security Affairs of Sistan and Baluchestan province]] were killed in the clashes. "
    "[[Between 10 and 12 elements|combatants;a=informed sources]] took part in the attack, according to informed sources.",
)

F(
    "SANA: Civil Defence searches for missing after Idleb strikes",
    "Idleb, SANA - The Syrian Civil Defence teams continued on Tuesday the search for [[about 15 persons|missing;a=the Director of the Civil Defence in Idleb]] still missing under the rubble of [[3 residential buildings|housing;a=the Director of the Civil Defence in Idleb]] which collapsed in the strikes, the Director of the Civil Defence in Idleb said. "
    "He added that [[7 bodies|killed;a=the Director of the Civil Defence in Idleb]] were recovered, and that [[160 families|displaced;a=the Director of the Civil Defence in Idleb]] were moved to [[2 shelter centres|capacity;a=the Director of the Civil Defence in Idleb]] in the city.",
)

F(
    "Anadolu: ethnic Armenians leave Karabakh for Armenia",
    "BAKU (AA) - [[More than 100,000 ethnic Armenians|displaced;a=the Armenian government]] have left the Karabakh region for Armenia since {{24 September}}, according to the Armenian government, which said [[about 32,000|displaced;a=the Armenian government]] of them need accommodation.",
)

F(
    "Prensa Latina: displaced families return to Guerrero sierra communities",
    "Chilpancingo, (Prensa Latina) [[About 400 displaced persons|returned;a=the Guerrero State Government]] from the communities of the Sierra returned to their homes under the protection of [[300 elements|combatants;a=the Guerrero State Government]] of the National Guard and the army, the Guerrero State Government informed, while [[some 1 100 persons|displaced;a=the Guerrero State Government]] remain in shelters in Heliodoro Castillo.",
)

F(
    "Xinhua: Burkina Faso attack kills soldiers and civilians in Djibo",
    "OUAGADOUGOU, {{May 13}} (Xinhua) -- [[Dozens of soldiers and civilians|killed;a=local sources;n=soldiers and civilians]] were killed on Saturday in an attack by armed terrorist groups on military positions in Djibo, northern Burkina Faso, local sources told Xinhua. "
    "According to the sources, [[more than 1,000 assailants|combatants;a=the sources;alt=local sources]] took part in the attack, and [[hundreds of residents|displaced;a=the sources;alt=local sources]] fled toward the town centre.",
)

F(
    "ENA: Ethiopian government says displaced returned in Benishangul-Gumuz",
    "Assosa, (ENA) - The Deputy President of Benishangul-Gumuz Regional State said that [[over 600 thousand citizens|returned;a=The Deputy President of Benishangul-Gumuz Regional State]] displaced by the conflict in Metekel zone have been returned to their villages, and that [[1 250 armed members|combatants;a=The Deputy President of Benishangul-Gumuz Regional State]] of the Gumuz People's Democratic Movement have accepted the peace call. "
    "[[The remaining 40 thousand|displaced;p;a=The Deputy President of Benishangul-Gumuz Regional State]] will return before the end of the Ethiopian year, he said.",
)

F(
    "TASS: evacuation from Energodar announced by regional governor",
    "MELITOPOL, {{6 May 2023}} /TASS/. The acting governor of the Zaporozhye region announced the evacuation of residents from [[18 settlements|other;u=other;a=The acting governor of the Zaporozhye region]] in the frontline zone, and said that [[about 70 thousand people|displaced;p;a=The acting governor of the Zaporozhye region]] will be relocated, including [[over 3,000 patients|displaced;p;a=The acting governor of the Zaporozhye region]] of hospitals. "
    "By the evening, [[1 679 persons|displaced;a=the regional administration]] had already been moved to Berdyansk, according to the regional administration.",
)

F(
    "WAFA: UNRWA says its staff killed in Gaza",
    "GAZA, (WAFA) - The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) announced that the number of its staff members killed in the Gaza Strip since {{7 October 2023}} has risen to [[263|killed;a=The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)]], and that [[190 of its installations|housing;n=installations;u=structure;a=The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)]] were hit. "
    "The agency said [[about 1.9 million people|displaced;a=The agency;alt=The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)]] are displaced, and that [[563 people|killed;a=The agency;alt=The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)]] sheltering in its schools have been killed.",
)

F(
    "Xinhua: families return to Adan Yabaal after al-Shabaab retreat",
    "MOGADISHU, {{Dec. 9}} (Xinhua) -- [[Nearly 3,000 families|returned;a=the district commissioner]] who fled the fighting in Adan Yabaal district have returned home after government forces recaptured the town from al-Shabaab, the district commissioner told Xinhua, adding that [[17 houses|housing;a=the district commissioner]] and the district hospital were destroyed by the militants before their retreat.",
)

F(
    "Bernama: Thai authorities prepare shelters along Cambodian border",
    "BANGKOK, {{July 25}} (Bernama) -- Thai authorities have evacuated [[more than 138,000 residents|displaced;a=the Thai Interior Ministry]] from border districts in four provinces to [[about 300 temporary shelters|capacity;a=the Thai Interior Ministry]] following the armed clashes with Cambodian troops, the Thai Interior Ministry said. "
    "[[14 civilians|killed;a=the ministry;alt=the Thai Interior Ministry]] and [[one soldier|killed;a=the ministry;alt=the Thai Interior Ministry]] were killed and [[46 people|injured;a=the ministry;alt=the Thai Interior Ministry]] were injured, the ministry said.",
)

F(
    "Anadolu: Cambodian side says civilians fled border areas",
    "PHNOM PENH (AA) - [[Over 20,000 Cambodians|displaced;a=the spokesperson of the Cambodian Ministry of National Defence]] living near the border with Thailand were evacuated to safer areas, the spokesperson of the Cambodian Ministry of National Defence said on Friday, adding that [[1 civilian|killed;a=the spokesperson of the Cambodian Ministry of National Defence]] was killed and [[5|injured;a=the spokesperson of the Cambodian Ministry of National Defence]] were injured by the Thai shelling.",
)

F(
    "MAP: Moroccan Armed Forces aid convoys to Gaza via Allenby",
    "Rabat - A convoy of [[30 trucks|aid;a=the Moroccan Agency for International Cooperation]] carrying [[120 tons|aid;a=the Moroccan Agency for International Cooperation]] of food products crossed the Allenby bridge towards Gaza, the Moroccan Agency for International Cooperation said, adding that the aid will benefit [[about 15 thousand families|aid;p;a=the Moroccan Agency for International Cooperation]] in the north of the Strip.",
)

F(
    "Kyodo: Japan to accept injured Gaza children for treatment",
    "TOKYO, {{Aug. 22}} (Kyodo) -- Japan will accept [[up to 10 Palestinian children|other;p;a=government sources]] injured in Gaza and their family members for medical treatment, government sources said Thursday, while [[about 100 Palestinian students|displaced;p;a=government sources]] will be invited to study in the country over {{five years}}.",
)

F(
    "Xinhua: Pakistan's Kurram district clashes leave dozens dead",
    "PESHAWAR, {{Nov. 24}} (Xinhua) -- [[At least 82 people|killed;a=local officials]] have been killed and [[156 others|injured;a=local officials]] injured in sectarian clashes in the Kurram tribal district, local officials said Sunday, adding that [[hundreds of families|displaced;a=local officials]] have left the area and [[about 30 shops|housing;a=local officials]] were set on fire. "
    "A ceasefire was agreed after [[8 prisoners|other;a=the officials;alt=local officials]] held by both sides were exchanged, the officials said.",
)

F(
    "Saba: Marib displacement camps hit by shelling",
    "Marib - Saba: The Executive Unit for the Management of IDP Camps in Marib said that [[more than 1 200 families|displaced;a=The Executive Unit for the Management of IDP Camps in Marib]] have fled from [[7 camps|capacity;a=The Executive Unit for the Management of IDP Camps in Marib]] in the Raghwan and Sirwah districts because of the shelling, and that they are now sheltering in the open, while [[4 displaced persons|killed;a=The Executive Unit for the Management of IDP Camps in Marib]] were killed.",
)

F(
    "Xinhua: Mali conflict sends refugees into Mauritania",
    "NOUAKCHOTT, {{March 6}} (Xinhua) -- [[More than 55,000 Malian refugees|displaced;a=the Mauritanian Ministry of Interior]] have arrived in the Hodh Ech Chargui region since the beginning of the year, the Mauritanian Ministry of Interior said, bringing the number of refugees in the Mbera camp and surrounding villages to [[about 250,000|displaced;a=the Mauritanian Ministry of Interior]]. "
    "The ministry said [[from 500 to 700 people a day|displaced;a=The ministry;alt=the Mauritanian Ministry of Interior]] are crossing at the Fassala border point.",
)

F(
    "INA: Iraqi security forces arrest ISIS members in Anbar",
    "Baghdad - INA: The Security Media Cell announced, on Monday, the arrest of [[11 terrorists|arrested;a=The Security Media Cell]] in separate operations in Anbar and Salah al-Din, and the seizure of [[28 explosive devices|other;a=The Security Media Cell]] and [[4 rocket launchers|other;a=The Security Media Cell]] in a hideout in the desert of Rutba.",
)

# ---------------------------------------------------------------- displacement, part 3 (passive, no source)

F(
    "SUNA: citizens flee villages east of El Obeid after militia incursion",
    "El Obeid, (SUNA) - [[Around 7 thousand citizens|displaced]] were forced to leave their homes in [[12 villages|other;u=other]] east of El Obeid after the incursion of the terrorist militia on {{21.10.2024}}, and [[27 citizens|killed]] were martyred, among them [[9 women|killed]]. "
    "The displaced were received in [[5 schools|capacity]] and a mosque in the city.",
)

F(
    "WAFA: families forced to leave Nur Shams camp",
    "TULKARM, (WAFA) - [[More than 9,000 citizens|displaced]] have been forcibly displaced from Nur Shams camp since the beginning of the aggression, and [[about 400 housing units|housing]] were totally or partially destroyed, while [[dozens of families|displaced]] were hosted in the halls of the Tulkarm municipality. "
    "[[Between 3,000 and 4,000 residents|displaced;a=the Popular Services Committee]] of the neighbouring Tulkarm camp also left their houses, according to the Popular Services Committee.",
)

F(
    "Xinhua: Cameroon Anglophone crisis, villagers flee to Nigeria",
    "YAOUNDE, {{Feb. 27}} (Xinhua) -- [[Several thousand villagers|displaced]] fled to neighbouring Nigeria after separatist fighters and government troops clashed in the Akwaya subdivision of Cameroon's Southwest region, and [[no less than 8 persons|killed]] were killed, including a traditional chief. "
    "[[Over 60 houses|housing;a=a local administrative official]] were burned and [[15 civilians|kidnapped;a=a local administrative official]] were abducted by the separatists, a local administrative official told Xinhua by phone.",
)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
