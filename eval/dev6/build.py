"""Build eval/dev6/figures.jsonl from the hand-written texts below.

A sixth tuning set for the figure extractor, in the style of official and institutional documents
as they reach news feeds: NGO press releases, UN agency statements and Security Council briefings,
IOM displacement-tracking updates, government, police and military communiques, court and
human-rights report summaries, parliamentary answers and press-conference transcripts.

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
record against eval/README.md (section 2) and writes shuffled records (fixed seed) with ids
"n0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev6/build.py            # write figures.jsonl and validate it
    python eval/dev6/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/: the figset package

from figset import F, SetConfig, run

CONFIG = SetConfig("dev6", Path(__file__).resolve().parent, "n", 6)

# ====================================================================== texts

# ====================================================================== texts

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

# ---------------------------------------------------------------- military and police communiques

F(
    "ISPR: intelligence-based operation in North Waziristan",
    "According to the Inter Services Public Relations (ISPR), security forces conducted an intelligence-based operation in the Datta Khel area on the night of {{12/13 March}}, during which [[11 khwarij|killed;a=the Inter Services Public Relations (ISPR)]] were sent to hell and [[four|arrested;a=the Inter Services Public Relations (ISPR)]] were apprehended. "
    "[[Two soldiers|killed;a=the ISPR;alt=the Inter Services Public Relations (ISPR)]] embraced shahadat during the exchange of fire, the ISPR added. "
    "Weapons and ammunition were also recovered.",
)

F(
    "Burkina Faso army communique on operations in the Boucle du Mouhoun",
    "The general staff of the armed forces reports that an offensive operation conducted from {{4 to 9 June}} in the Boucle du Mouhoun region enabled the neutralisation of [[more than 120 terrorists|killed;a=The general staff of the armed forces]]. "
    "[[Some 500 elements|combatants]] of the VDP and the army took part in the operation, which also led to the seizure of [[37 motorcycles|other]] and [[a dozen rifles|other]]. "
    "The general staff regrets the loss of [[seven soldiers|killed;a=The general staff;alt=The general staff of the armed forces]] and [[three VDP|killed;a=The general staff;alt=The general staff of the armed forces]].",
)

F(
    "Niger: defence ministry statement after Tahoua region ambush",
    "The Ministry of National Defence announces that a unit of the armed forces was ambushed on {{Tuesday}} near Tassia by [[several hundred terrorists|combatants;a=The Ministry of National Defence]] on motorcycles. "
    "The provisional toll is [[29 soldiers|killed]] killed and [[two|injured]] wounded on our side; on the enemy side, [[dozens of terrorists|killed]] were neutralised. "
    "A search and pursuit operation involving air assets and [[300 personnel|combatants]] is under way.",
)

F(
    "Colombian army press bulletin: operation against Clan del Golfo in Antioquia",
    "In a bulletin, the Seventh Division reported that its troops, with support from the Air Force, captured [[14 members|arrested;a=the Seventh Division]] of the Clan del Golfo and demobilised [[six minors|combatants;a=the Seventh Division]] who had been recruited by the group. "
    "[[Three criminals|killed;a=the division;alt=the Seventh Division]] died in combat, and [[42 rifles|other;a=the division;alt=the Seventh Division]], [[9,600 cartridges|other;a=the division;alt=the Seventh Division]] and [[two boats|other;a=the division;alt=the Seventh Division]] were seized, the division said.",
)

F(
    "Police spokesperson: suspects arrested after Nairobi protest violence",
    "National Police Service spokesperson Muchiri Nyaga told a news conference that [[485 suspects|arrested;a=National Police Service spokesperson Muchiri Nyaga]] had been arrested in connection with looting and arson during {{Tuesday}}'s protests, and that [[at least 64 police officers|injured;a=National Police Service spokesperson Muchiri Nyaga]] had been hurt. "
    "He said [[over 10,000 officers|combatants;a=National Police Service spokesperson Muchiri Nyaga]] would remain deployed in Nairobi through the weekend. "
    "The Independent Policing Oversight Authority said it was investigating [[16 deaths|killed;a=The Independent Policing Oversight Authority]].",
)

F(
    "Belgorod governor on Telegram: shelling of Shebekino",
    "Belgorod region governor Vyacheslav Gladkov wrote on Telegram that [[two civilians|killed;a=Belgorod region governor Vyacheslav Gladkov]] were killed and [[11|injured;a=Belgorod region governor Vyacheslav Gladkov]] wounded in the shelling of Shebekino overnight. "
    "[[Twenty-three private houses|housing;a=Belgorod region governor Vyacheslav Gladkov]] and [[nine cars|other;a=Belgorod region governor Vyacheslav Gladkov]] were damaged, he wrote. "
    "In a later post, Gladkov said [[about 2,500 residents|displaced;a=Gladkov]] had been moved to temporary accommodation centres in Belgorod and Stary Oskol.",
)

F(
    "Kharkiv regional military administration: morning summary",
    "Over the past day, the enemy shelled [[17 localities|other;a=Oleh Syniehubov;alt=the head of the regional military administration]] of the Kharkiv region, the head of the regional military administration, Oleh Syniehubov, reported. "
    "A {{67-year-old}} man was killed in Kupiansk, and [[six people|injured;a=Oleh Syniehubov]], including a child, were injured, he said. "
    "Since {{August}}, [[1,874 people|displaced;a=the regional military administration]] including [[412 children|displaced;a=the regional military administration]] have been evacuated from the Kupiansk district, according to the regional military administration.",
)

F(
    "Nigerian Army: troops rescue abducted students in Kaduna",
    "The Director of Army Public Relations said troops of Operation Whirl Punch had rescued [[137 abducted students|kidnapped;a=The Director of Army Public Relations]] and [[one staff member|kidnapped;a=The Director of Army Public Relations]] of LEA Primary and Secondary School, Kuriga, in a forest in Zamfara state. "
    "He said the operation, which involved [[over 1,200 troops|combatants;a=The Director of Army Public Relations]], was conducted in collaboration with the Department of State Services. "
    "Parents had earlier said [[287 pupils|kidnapped;a=Parents]] were taken, a figure the state government later revised.",
)

F(
    "Philippines: AFP Western Mindanao Command on Abu Sayyaf surrenders",
    "The Western Mindanao Command said [[23 Abu Sayyaf members|combatants;a=The Western Mindanao Command]] surrendered to the 11th Infantry Division in Sulu with [[19 high-powered firearms|other;a=The Western Mindanao Command]] on {{Thursday}}. "
    "This brings to [[over 900|combatants;a=the command;alt=The Western Mindanao Command]] the number of former Abu Sayyaf fighters who have surrendered since {{2016}}, the command said. "
    "It estimates that [[fewer than 20 members|combatants;a=The Western Mindanao Command]] of the group remain active in the province.",
    ["11th Infantry Division"],
)

# ---------------------------------------------------------------- NGO press releases

F(
    "MSF press release: mass casualty influx at Nasser Hospital",
    "Médecins Sans Frontières (MSF) teams at Nasser Hospital received [[74 wounded patients|injured]] within {{two hours}} of the strike, including [[22 children|injured]]. "
    "[[Nine|killed;a=MSF staff]] were dead on arrival, according to MSF staff. "
    "MSF has treated [[more than 1,300 people|injured]] for blast and burn injuries in the hospital since {{May}}.",
)

F(
    "ICRC: detention visits and family news in Ukraine-related armed conflict",
    "The ICRC said it had visited [[more than 3,500 prisoners of war|arrested;n=prisoners of war;a=The ICRC]] held by both parties since {{February 2022}} and had facilitated the exchange of [[over 6,000 messages|other;a=The ICRC;u=other]] between detainees and their families. "
    "Its Central Tracing Agency bureau has received requests concerning [[more than 23,000 persons|missing;a=the organisation;alt=The ICRC]] whose fate remains unknown, the organisation added.",
)

F(
    "IRC statement on the Zamzam camp attack",
    "The International Rescue Committee (IRC) condemns the attack on Zamzam camp, where its mobile health units had been serving [[about 400,000 displaced people|displaced;a=The International Rescue Committee (IRC)]]. "
    "[[Nine IRC staff members|killed]] were killed along with [[an estimated 100 civilians|killed]], while [[thousands of families|displaced]] fled on foot toward Tawila. "
    "The IRC is calling for safe passage for [[some 250,000 people|civilians;a=The IRC]] it believes remain trapped in the camp.",
)

F(
    "Save the Children: children crossing into Chad alone",
    "Save the Children said its teams at the Adre border had identified [[1,150 unaccompanied and separated children|displaced;a=Save the Children]] among new arrivals in {{three months}}, [[about 300|displaced;a=Save the Children]] of whom had walked for more than {{a week}}. "
    "The organisation has reunited [[418 children|other;a=The organisation;alt=Save the Children]] with family members so far, it said.",
)

F(
    "Amnesty International: findings on detention after the 2022 protests",
    "Amnesty International has documented the cases of [[45 protesters|arrested;a=Amnesty International]] subjected to torture in detention, among them [[12 children|arrested;a=Amnesty International]]. "
    "The organisation estimates that [[more than 22,000 people|arrested;a=The organisation;alt=Amnesty International]] were arrested in the crackdown and that [[at least 25 people|arrested;a=The organisation;alt=Amnesty International]] have been sentenced to death.",
)

F(
    "HRW report summary: expulsions from Western Tigray",
    "Human Rights Watch found that Amhara security forces and militias expelled [[tens of thousands of Tigrayans|displaced;a=Human Rights Watch]] from Western Tigray through killings, mass detention and forced transfers. "
    "Researchers interviewed [[more than 400 people|other]] and identified [[at least 60 people|killed;a=Researchers]] killed at the Tekeze river bridge. "
    "[[Thousands of Tigrayans|arrested;a=the report]] were held in overcrowded detention sites, the report says.",
)

F(
    "Security Council briefing excerpt: OCHA on Gaza evacuation orders",
    "The Assistant Secretary-General told the Council that Israeli evacuation orders now cover some {{86 per cent}} of Gaza. "
    "She said [[about 1.9 million people|displaced;a=The Assistant Secretary-General]] had been displaced, many of them repeatedly, and that [[fewer than 60 trucks a day|aid;a=The Assistant Secretary-General]] were entering, against a need of [[500|aid;p;u=other;a=The Assistant Secretary-General]]. "
    "Since the last briefing, [[17 aid workers|killed]] have been killed.",
)

F(
    "UNICEF statement: children killed and maimed in eastern DRC",
    "UNICEF said it had verified [[more than 1,500 grave violations|other;a=UNICEF;u=other]] against children in North Kivu in the first half of the year, including the recruitment of [[about 300 children|combatants;a=UNICEF]] by armed groups and the abduction of [[213|kidnapped;a=UNICEF]]. "
    "The agency is supporting [[2,700 children|aid]] released from armed groups.",
)

F(
    "WFP: food distributions in Tigray resume",
    "WFP said it had reached [[1.2 million beneficiaries|aid;a=WFP]] in Tigray in the latest distribution cycle, delivering food through [[412 trucks|aid;a=WFP]]. "
    "The agency plans to scale up to [[2.4 million people a month|aid;p;a=The agency;alt=WFP]] once fuel stocks allow.",
)

F(
    "OHCHR: verified civilian casualties in Ukraine, monthly update",
    "The UN Human Rights Monitoring Mission in Ukraine verified [[164 civilian deaths|killed;a=The UN Human Rights Monitoring Mission in Ukraine]] and [[1,017 injured|injured;a=The UN Human Rights Monitoring Mission in Ukraine]] in {{April}}, the highest monthly total since {{September 2022}}. "
    "The Mission believes the actual figures are considerably higher, as information from some locations is still being corroborated. "
    "Since {{24 February 2022}}, it has verified [[12,910 civilians|killed;a=The UN Human Rights Monitoring Mission in Ukraine]] killed.",
)

F(
    "UNHCR Poland-Ukraine border: arrivals and onward movement",
    "Polish border guards recorded [[28,300 arrivals|displaced;a=Polish border guards]] from Ukraine on {{Monday}}, while [[about 19,000 people|returned;a=Polish border guards]] crossed in the other direction. "
    "UNHCR said [[some 960,000 refugees|displaced;a=UNHCR]] from Ukraine had registered for temporary protection in Poland.",
)

F(
    "Mediterranean: Ocean Viking rescue and disembarkation",
    "SOS Mediterranee said the Ocean Viking had rescued [[234 people|other;a=SOS Mediterranee]] in three operations in the central Mediterranean, including [[57 unaccompanied minors|other;a=SOS Mediterranee]]. "
    "The Italian authorities assigned the port of Ancona, {{more than 1,500 kilometres}} away. "
    "Survivors reported that [[at least eight people|missing;a=Survivors]] had fallen overboard.",
)

F(
    "Libyan coast guard interceptions: IOM weekly figures",
    "From {{1 to 7 June}}, [[1,104 migrants|other;a=IOM]] were intercepted at sea and returned to Libya, according to IOM. "
    "Since the beginning of the year, [[10,592 migrants|other]] have been intercepted and [[593|killed]] have died on the Central Mediterranean route, while [[840|missing]] remain missing.",
)

F(
    "Greek coast guard: search after shipwreck off Pylos",
    "The Hellenic Coast Guard said [[104 survivors|other;a=The Hellenic Coast Guard]] had been rescued and [[78 bodies|killed;a=The Hellenic Coast Guard]] recovered after the fishing boat capsized. "
    "Survivors told UNHCR that [[as many as 750 people|other;a=Survivors]] had been on board. "
    "[[Nine Egyptian men|arrested;a=police]] were arrested on suspicion of people smuggling, police said.",
)

# ---------------------------------------------------------------- press conferences, parliament, courts

F(
    "Transcript: OCHA press briefing on Sudan, Geneva",
    "The following exchange is from the OCHA spokesperson\u2019s briefing in Geneva. Q: How many people are still in El Fasher? "
    "A: We estimate [[about 260,000 civilians|civilians;a=OCHA]] remain in the city, including [[some 130,000 children|civilians;a=OCHA]]. "
    "Q: And the people who left? "
    "A: [[More than 400,000|displaced]] have reached Tawila, and [[thousands more|displaced;n=-]] are on the roads. "
    "Q: Is aid getting in? "
    "A: [[Only 26 trucks|aid]] reached the area last month.",
)

F(
    "Transcript excerpt: Ministry of Defence briefing, Kyiv",
    "Question: How many people have been evacuated from Pokrovsk? "
    "Spokesperson Dmytro Lykhovii: Since {{August}}, [[over 26,000 residents|displaced;a=Spokesperson Dmytro Lykhovii]] have been evacuated, among them [[2,100 children|displaced;a=Spokesperson Dmytro Lykhovii]]. "
    "Question: And how many remain? "
    "Lykhovii: According to the city administration, [[about 7,000 people|civilians;a=the city administration]] are still in the town.",
)

F(
    "House of Commons written answer: Afghan relocations",
    "The Minister of State for the Armed Forces replied that [[24,600 individuals|displaced;a=The Minister of State for the Armed Forces]] had been relocated to the UK under the Afghan Relocations and Assistance Policy and the Afghan Citizens Resettlement Scheme. "
    "He added that [[around 3,000 eligible persons|displaced;a=The Minister of State for the Armed Forces]] remained in Pakistan awaiting relocation and that [[1,700 people|displaced;a=The Minister of State for the Armed Forces]] were staying in [[12 bridging hotels|capacity;u=structure;a=The Minister of State for the Armed Forces]].",
)

F(
    "ICC summary: confirmation of charges hearing, Central African Republic",
    "According to the Prosecutor's document containing the charges, the Anti-balaka group under the suspect's command comprised [[about 3,000 fighters|combatants;a=the Prosecutor's document containing the charges]] and attacked Bangui on {{5 December 2013}}, killing [[at least 60 Muslim civilians|killed;a=the Prosecutor's document containing the charges]]. "
    "The Chamber heard that [[more than 100 homes|housing]] were looted and burned in the PK12 neighbourhood.",
    ["PK12"],
)

F(
    "Bangladesh tribunal: verdict summary on the July uprising",
    "The tribunal found that security forces killed [[about 1,400 people|killed;a=The tribunal]] during the protests of {{July and August 2024}}, citing the UN fact-finding report. "
    "[[More than 11,700 people|arrested;a=the court;alt=The tribunal]] were detained in the same period, the court said, and [[at least 12,000|injured;a=the court;alt=The tribunal]] were treated for gunshot and pellet wounds.",
)

F(
    "Senate hearing: Border Patrol chief on encounters and removals",
    "The Border Patrol chief told senators that agents had recorded [[about 250,000 encounters|other;u=other;a=The Border Patrol chief]] at the southwest border in {{December}}. "
    "He said [[some 40,000 migrants|arrested;a=The Border Patrol chief]] were in custody at the end of the month and that [[more than 3,000|returned;a=The Border Patrol chief]] had been returned to Mexico under the new rules.",
)

F(
    "Myanmar: AAPP weekly political prisoners tally",
    "The Assistance Association for Political Prisoners (AAPP) said that, as of {{30 June}}, [[22,173 people|arrested;a=The Assistance Association for Political Prisoners (AAPP)]] were still detained, of whom [[4,117|arrested;a=The Assistance Association for Political Prisoners (AAPP)]] are women. "
    "The group has verified [[6,344 deaths|killed;a=The group;alt=The Assistance Association for Political Prisoners (AAPP)]] at the hands of the junta since {{1 February 2021}}.",
)

F(
    "Belarus: Viasna human rights centre list of political prisoners",
    "Viasna human rights centre recognises [[1,265 people|arrested;a=Viasna human rights centre]] as political prisoners, including [[167 women|arrested;a=Viasna human rights centre]]. "
    "[[Eighteen political prisoners|arrested;a=the centre;alt=Viasna human rights centre]] were pardoned and released this week, the centre said.",
)

F(
    "Venezuela: Foro Penal figures after post-election crackdown",
    "The NGO Foro Penal said it had registered [[1,848 political prisoners|arrested;a=The NGO Foro Penal]] as of {{Monday}}, the highest number it has ever recorded, including [[129 adolescents|arrested;a=The NGO Foro Penal]]. "
    "Attorney General Tarek William Saab said [[2,229 people|arrested;a=Attorney General Tarek William Saab]] had been detained for violent acts after the vote.",
)

F(
    "Ethiopian Human Rights Commission: detentions under the state of emergency",
    "The Ethiopian Human Rights Commission (EHRC) said it had visited [[11 places of detention|other;u=structure;n=places;a=The Ethiopian Human Rights Commission (EHRC)]] in Addis Ababa holding [[several thousand ethnic Tigrayans|arrested;a=The Ethiopian Human Rights Commission (EHRC)]], among them elderly people and mothers with children. "
    "[[At least 300 detainees|arrested;a=the commission;alt=The Ethiopian Human Rights Commission (EHRC)]] had been released on bail by the end of {{November}}, the commission said.",
)

# ---------------------------------------------------------------- mixed statements

F(
    "Haiti National Police communique: hostages freed in Croix-des-Bouquets",
    "The Haitian National Police (PNH) announces that its specialised units freed [[17 hostages|kidnapped;a=The Haitian National Police (PNH)]], including [[five minors|kidnapped;a=The Haitian National Police (PNH)]], during an operation in Croix-des-Bouquets on {{Saturday}}. "
    "[[Three bandits|killed]] were neutralised and [[two others|arrested]] apprehended. "
    "The BINUH human rights unit recorded [[1,280 kidnappings|kidnapped;u=person;a=The BINUH human rights unit]] in the first half of the year.",
)

F(
    "Borno State government statement on Gwoza abductions",
    "The Borno State Emergency Management Agency said suspected female suicide bombers killed [[32 persons|killed;a=The Borno State Emergency Management Agency]] and injured [[42|injured;a=The Borno State Emergency Management Agency]] in Gwoza, and that [[over 200 women and girls|kidnapped;a=The Borno State Emergency Management Agency;n=women and girls]] were abducted from IDP camps in the area the same week. "
    "The state governor ordered the deployment of [[an additional 1,500 Civilian JTF members|combatants;p;a=The state governor]] to the camps.",
)

F(
    "Burkina Faso: CONASUR displaced persons registry update",
    "The National Council for Emergency Relief and Rehabilitation (CONASUR) has registered [[2,062,534 internally displaced persons|displaced;a=The National Council for Emergency Relief and Rehabilitation (CONASUR)]] as of {{31 March}}, of whom {{58.5 per cent}} are children. "
    "[[More than 6,100 schools|other;a=the council;alt=The National Council for Emergency Relief and Rehabilitation (CONASUR)]] remain closed because of insecurity, the council said.",
)

F(
    "DRC: MONUSCO statement on Djugu camp attack",
    "MONUSCO condemns the attack by CODECO elements on the Plaine Savo displacement site, which killed [[at least 18 IDPs|killed;a=MONUSCO]] and wounded [[about 30|injured;a=MONUSCO]]. "
    "[[Some 150 peacekeepers|combatants;a=the mission;alt=MONUSCO]] have been deployed to protect the [[8,000 residents|displaced;a=the mission;alt=MONUSCO]] of the site, the mission said. "
    "[[About 1,200 shelters|housing]] were burned.",
)

F(
    "South Sudan: UNMISS protection of civilians sites, quarterly figures",
    "UNMISS reported that [[about 34,000 civilians|displaced;a=UNMISS]] were sheltering in its protection of civilians site in Malakal, well above the [[18,000|capacity;a=UNMISS]] it was designed for. "
    "[[Another 2,400 PoCs|displaced;a=the mission;alt=UNMISS]] arrived from Upper Nile's Nasir county in {{March}}, the mission said.",
)

F(
    "Cameroon: Ministry of Territorial Administration on Far North returns",
    "The Minister of Territorial Administration said [[over 21,000 displaced persons|returned;a=The Minister of Territorial Administration]] had returned to their villages in Mayo-Tsanaga since {{January}}, and that the state had rebuilt [[340 houses|housing]] and [[12 classrooms|housing]]. "
    "Boko Haram elements abducted [[seven people|kidnapped]] in Mozogo the same week.",
)

F(
    "Mali: MINUSMA withdrawal and transfer of camps",
    "The mission said [[about 12,900 military personnel|combatants;p;a=The mission]] and [[1,600 police|combatants;p;a=The mission]] would leave Mali by {{31 December}} and that [[13 camps|other;u=structure;a=The mission]] had already been handed over to the Malian authorities.",
    [],
)

F(
    "Lebanon Ministry of Public Health: cumulative toll",
    "The Ministry of Public Health announced in a statement that Israeli strikes over the past {{24 hours}} killed [[52 people|killed;a=The Ministry of Public Health]] and wounded [[264|injured;a=The Ministry of Public Health]], bringing the total since {{8 October 2023}} to [[3,287 killed|killed;a=The Ministry of Public Health]] and [[14,222 wounded|injured;a=The Ministry of Public Health]]. "
    "The ministry said [[39 hospitals|housing;a=The ministry;alt=The Ministry of Public Health]] had been damaged and [[eight|other;u=structure;a=The ministry;alt=The Ministry of Public Health]] were out of service.",
)

F(
    "Lebanon: government disaster risk management unit shelter report",
    "The Disaster Risk Management Unit reported [[1,020 collective shelters|capacity;a=The Disaster Risk Management Unit]] open across the country, [[846|capacity;u=structure;a=The Disaster Risk Management Unit]] of them at full capacity, hosting [[189,000 displaced people|displaced;a=The Disaster Risk Management Unit]]. "
    "[[A further 400,000 people|displaced]] have crossed into Syria, including [[about 160,000 Lebanese|displaced]].",
)

F(
    "Gaza: UNRWA situation report key figures",
    "Key figures: [[up to 1.9 million people|displaced]] displaced across the Gaza Strip; [[about 1 million|displaced]] sheltering in or near [[154 UNRWA installations|capacity;u=structure]]; [[263 UNRWA team members|killed]] killed since the start of the war.",
)

F(
    "Yemen: UN Panel of Experts on Houthi recruitment",
    "The Panel of Experts estimates that the Houthis have recruited [[some 1,400 children|combatants;a=The Panel of Experts]] in {{2023}} and that [[around 200,000 fighters|combatants;a=The Panel of Experts]] are now under arms. "
    "It also documented the detention of [[11 UN staff members|arrested;a=The Panel of Experts]].",
)

F(
    "Nagorno-Karabakh: Armenian government figures on arrivals",
    "The Armenian government said [[100,632 people|displaced;a=The Armenian government]] had crossed from Nagorno-Karabakh into Armenia by {{Sunday}} evening, including [[30,000 children|displaced;a=The Armenian government]]. "
    "[[About 12,000 of the refugees|displaced;a=The Armenian government]] were being housed in government accommodation, it said, while the rest had found shelter with relatives.",
)

F(
    "Azerbaijan-Armenia: prisoners handed over under agreement",
    "Azerbaijan handed over [[32 Armenian servicemen|other]] and Armenia returned [[two Azerbaijani soldiers|other]] under an agreement announced by the two governments. "
    "Baku said [[23 Armenian prisoners|arrested;a=Baku]] remain in its custody.",
)

F(
    "Russia-Ukraine exchange: Coordination Headquarters statement",
    "The Coordination Headquarters for the Treatment of Prisoners of War said [[95 Ukrainian defenders|other;a=The Coordination Headquarters for the Treatment of Prisoners of War]] had returned home in the latest exchange, the {{58th}}, bringing to [[4,552|other;a=The Coordination Headquarters for the Treatment of Prisoners of War]] the number freed since {{2022}}. "
    "The Russian defence ministry said [[95 Russian servicemen|other;a=The Russian defence ministry]] were released in return.",
)

F(
    "Gaza hostages: Prime Minister's Office statement",
    "The Prime Minister's Office said [[33 hostages|kidnapped;p;a=The Prime Minister's Office]] would be released during the first phase of the agreement, in exchange for [[up to 1,900 Palestinian prisoners|other;p;a=The Prime Minister's Office]]. "
    "[[Ninety-eight hostages|kidnapped]] are still held in Gaza, of whom [[at least 35|killed]] are believed to be dead.",
)

F(
    "Colombia Ombudsman: early warning on Catatumbo",
    "The Ombudsman's Office said [[more than 54,000 people|displaced;a=The Ombudsman's Office]] had been displaced by fighting between the ELN and FARC dissidents in Catatumbo, and [[23,000|civilians;a=The Ombudsman's Office]] were confined to their communities. "
    "[[Eighty people|killed]] have been killed, among them [[seven signatories|killed]] of the peace agreement, and [[about 20 social leaders|kidnapped]] are being held by the ELN.",
)

F(
    "Ecuador: presidency communique on prison security operation",
    "The presidency said [[3,000 soldiers and police officers|combatants;a=The presidency;n=soldiers and police officers]] took part in the operation in the Litoral penitentiary, where [[about 6,000 inmates|arrested;a=The presidency]] are held. "
    "[[Forty-four inmates|other]] who escaped in {{January}} remain at large, while [[27|arrested]] have been recaptured.",
)

F(
    "Sudan: Emergency Response Room statement from Khartoum",
    "The Emergency Response Room in Omdurman said [[11 volunteers|arrested;a=The Emergency Response Room in Omdurman]] had been detained by the RSF, and that its communal kitchens were now feeding [[about 14,000 families a day|aid;a=The Emergency Response Room in Omdurman]], down from [[26,000|aid;u=household;a=The Emergency Response Room in Omdurman]] in {{May}}.",
    [],
)

F(
    "Somalia: Federal Government press statement on al-Shabaab offensive",
    "The Federal Government of Somalia said the national army and allied forces had liberated [[47 villages|other;a=The Federal Government of Somalia]] in Middle Shabelle and Hiiraan, killing [[more than 300 al-Shabaab militants|killed;a=The Federal Government of Somalia]]. "
    "It said [[about 70 militants|combatants;a=The Federal Government of Somalia]] had defected to the government since the start of the offensive.",
)

# ---------------------------------------------------------------- short agency statements

F(
    "UNHCR Sudan: arrivals in South Sudan through Joda",
    "UNHCR said [[more than 1,000 people a day|displaced;a=UNHCR]] were crossing into South Sudan at Joda, {{about 70 per cent}} of them South Sudanese returnees. "
    "[[Some 4,500 people|displaced]] are waiting at the Renk transit centre, built for [[3,000|capacity]].",
)

F(
    "South Sudan RRC: returnees from Sudan in Renk",
    "The Relief and Rehabilitation Commission said [[over 600,000 South Sudanese returnees|returned;a=The Relief and Rehabilitation Commission]] had crossed back from Sudan since the war began, along with [[190,000 Sudanese refugees|displaced;a=The Relief and Rehabilitation Commission]]. "
    "IOM has transported [[about 85,000 returnees|returned]] onward by boat and road to Malakal and Juba.",
)

F(
    "Pakistan interior ministry: second phase of repatriation",
    "The interior ministry said [[over 800,000 Afghan Citizen Card holders|returned;p;a=The interior ministry]] would be repatriated in the second phase, after [[some 541,000 undocumented Afghans|returned;a=The interior ministry]] left in the first. "
    "Police in Islamabad detained [[1,100 Afghans|arrested;a=the ministry;alt=The interior ministry]] in a week of raids, the ministry said.",
)

F(
    "Iran: Ministry of Interior on Afghan departures",
    "Iran's Ministry of Interior announced that [[more than 1.2 million undocumented Afghan nationals|returned;a=Iran's Ministry of Interior]] had left the country since {{March}}, {{about half}} of them deported. "
    "UNHCR said [[around 30,000 people a day|returned;a=UNHCR]] crossed at Islam Qala at the peak in {{July}}.",
)

F(
    "Myanmar: UNHCR regional update on Rakhine displacement",
    "UNHCR estimates that [[over 3.5 million people|displaced;a=UNHCR]] are internally displaced in Myanmar, including [[about 600,000|displaced;a=UNHCR]] in Rakhine State. "
    "Bangladesh authorities said [[some 70,000 Rohingya|displaced;a=Bangladesh authorities]] had arrived in Cox's Bazar since {{November}}, and that border guards had pushed back [[about 1,000|returned;a=Bangladesh authorities]].",
)

F(
    "Haiti: IOM statement on deportations from the Dominican Republic",
    "IOM said Dominican authorities deported [[more than 276,000 Haitians|returned;a=IOM]] in {{2024}}, including [[some 10,000 unaccompanied children|returned;a=IOM]]. "
    "The organization provided reception assistance to [[67,000 returnees|aid]] at the Belladère and Ouanaminthe border points.",
)

F(
    "Ukraine: Ministry of Reintegration on evacuations from Donetsk oblast",
    "The Ministry for the Reintegration of the Temporarily Occupied Territories reported that [[1,346 people|displaced;a=The Ministry for the Reintegration of the Temporarily Occupied Territories]] were evacuated from frontline communities of Donetsk oblast over the past week, [[176|displaced;a=The Ministry for the Reintegration of the Temporarily Occupied Territories]] of them children. "
    "The mandatory evacuation now covers [[about 15,000 people|displaced;p;a=officials]], officials said.",
)

F(
    "Israel: Home Front Command and municipal evacuation figures",
    "The Ministry of Defense said [[some 60,000 residents|displaced;a=The Ministry of Defense]] of communities near the northern border remained evacuated and were staying in [[about 200 hotels|capacity;u=structure;a=The Ministry of Defense]] and guesthouses. "
    "The government extended state-funded accommodation for [[18,000 households|aid;p]] until the end of {{February}}.",
)

F(
    "Kenya: Interior ministry update on Lamu attacks",
    "The Ministry of Interior said [[about 500 KDF soldiers|combatants;a=The Ministry of Interior]] had been deployed to Boni forest after al-Shabaab militants killed [[six people|killed;a=The Ministry of Interior]] and torched [[18 houses|housing;a=The Ministry of Interior]] in Lamu county. "
    "The Kenya Red Cross said [[238 households|displaced;a=The Kenya Red Cross]] were sheltering at Witu primary school.",
)

F(
    "Mozambique: Cabo Delgado provincial government on insurgent attacks",
    "The Cabo Delgado provincial government reported that insurgents attacked [[12 villages|other;a=The Cabo Delgado provincial government]] in Chiure district, forcing [[over 67,000 people|displaced;a=The Cabo Delgado provincial government]] to flee. "
    "[[Seventy schools|other;a=The Cabo Delgado provincial government]] were closed, it said, affecting [[some 45,000 pupils|civilians;a=The Cabo Delgado provincial government]].",
)

F(
    "Sahel: ICRC statement on detention visits in Mali",
    "In Mali, the ICRC visited [[2,860 detainees|arrested]] in [[19 places of detention|other;u=structure;n=places]] last year, and helped [[437 people|other]] restore contact with their families. "
    "It also distributed seeds and tools to [[about 30,000 households|aid]].",
)

F(
    "Nigeria: NEMA statement on arrivals in Maiduguri",
    "The National Emergency Management Agency (NEMA) said it had received [[5,200 new arrivals|displaced;a=The National Emergency Management Agency (NEMA)]] from Marte and Dikwa at the Muna Garage camp, bringing its population to [[over 48,000|displaced;a=The National Emergency Management Agency (NEMA)]]. "
    "The agency distributed [[3,000 bags of rice|aid;n=bags]] and [[1,500 mats|aid;u=other]].",
)

F(
    "UN Security Council briefing: Special Representative on Libya",
    "The Special Representative told the Council that clashes in Tripoli in {{May}} had killed [[at least 40 civilians|killed;a=The Special Representative]] and forced [[some 3,000 families|displaced;a=The Special Representative]] from their homes. "
    "She said [[more than 4,000 migrants|arrested;a=The Special Representative]] were held in official detention centres.",
)

F(
    "UN Security Council briefing: Special Envoy for Yemen",
    "The Special Envoy informed the Council that [[more than 4.5 million Yemenis|displaced;a=The Special Envoy]] remain displaced and that [[17.6 million|civilians;a=The Special Envoy]] need food assistance. "
    "Houthi authorities continue to detain [[13 UN personnel|arrested]].",
)

F(
    "UN Security Council briefing: Emergency Relief Coordinator on Haiti",
    "The Emergency Relief Coordinator said [[over 1 million people|displaced;a=The Emergency Relief Coordinator]] were now internally displaced in Haiti, triple the number a year ago, and that [[about 5.7 million|civilians;a=The Emergency Relief Coordinator]] faced acute food insecurity. "
    "Gangs control {{about 90 per cent}} of the capital.",
)

# ---------------------------------------------------------------- mixed communiques, part 2

F(
    "Mexico: Sinaloa state prosecutor's office on disappearances",
    "The Sinaloa State Prosecutor's Office said it had opened files on [[1,187 people|missing;a=The Sinaloa State Prosecutor's Office]] reported missing since the split within the cartel began, while [[about 1,200 homicides|killed;a=The Sinaloa State Prosecutor's Office]] were recorded in the same period. "
    "The Defence Ministry sent [[an additional 600 soldiers|combatants;a=The Defence Ministry]] to Culiacan, it said.",
)

F(
    "Syria: Ministry of Interior on coastal violence",
    "The Syrian Network for Human Rights documented [[at least 803 extrajudicial killings|killed;u=person;a=The Syrian Network for Human Rights]] in the coastal governorates between {{6 and 10 March}}. "
    "The Ministry of Interior said [[over 200 security personnel|killed;a=The Ministry of Interior]] had been killed by armed remnants and that [[more than 21,000 people|displaced;a=The Ministry of Interior]] had fled to the Hmeimim base and to Lebanon.",
)

F(
    "Lebanon: UNHCR on Syrian arrivals after coastal violence",
    "UNHCR said [[nearly 10,000 Syrians|displaced;a=UNHCR]] had crossed into northern Lebanon through informal crossings, most of them women and children, and were being hosted in [[about 20 villages|other;a=UNHCR]] in Akkar.",
)

F(
    "Ukraine: Coordination Centre on missing persons",
    "According to the Commissioner for Persons Missing under Special Circumstances, [[more than 63,000 people|missing;a=the Commissioner for Persons Missing under Special Circumstances]] are registered as missing, including civilians and servicemen. "
    "The ICRC Central Tracing Agency has clarified the fate of [[over 8,000 persons|other;a=The ICRC Central Tracing Agency]], the agency said.",
)

F(
    "Gaza Civil Defence statement on bodies under rubble",
    "The Civil Defence said its crews had recovered [[112 bodies|killed;a=The Civil Defence]] from the rubble in Rafah since the ceasefire, and that [[an estimated 10,000 people|missing;a=The Civil Defence]] were still missing under destroyed buildings. "
    "[[More than 60,000 housing units|housing;a=the Civil Defence]] were destroyed in the governorate, according to the Civil Defence.",
)

F(
    "UN-Habitat damage assessment: Gaza",
    "The UN satellite centre UNOSAT identified [[163,778 damaged structures|housing;a=The UN satellite centre UNOSAT]] in the Gaza Strip, of which [[52,564|housing;u=structure;a=The UN satellite centre UNOSAT]] were destroyed. "
    "This corresponds to around {{66 per cent}} of all structures.",
)

F(
    "Turkey-Syria border: Kilis governor's office on camp consolidation",
    "The Kilis governor's office said the [[two container camps|capacity;a=The Kilis governor's office]] in the province, built for [[up to 16,000 people|capacity;a=The Kilis governor's office]], would be merged and that [[about 4,000 residents|displaced;p;a=The Kilis governor's office]] would move to the Elbeyli camp. "
    "[[Some 1,800 Syrians|returned;a=the office;alt=The Kilis governor's office]] went back through the Oncupinar crossing last month, the office said.",
)

F(
    "Chad: CNARR registration in Ouaddai",
    "The National Commission for the Reception and Reintegration of Refugees and Returnees (CNARR) said [[48,000 Chadian returnees|returned;a=The National Commission for the Reception and Reintegration of Refugees and Returnees (CNARR)]] from Sudan had been registered in Ouaddai, in addition to the refugees. "
    "A new camp with room for [[50,000 people|capacity;p]] is planned at Dougui.",
)

F(
    "Burundi: Interior ministry on Congolese arrivals at Gatumba",
    "Burundi's interior ministry said [[some 40,000 Congolese|displaced;a=Burundi's interior ministry]] had crossed at Gatumba and through the Rusizi river in {{two weeks}} after the fall of Bukavu, and that [[at least 3|killed;a=Burundi's interior ministry]] drowned during the crossing. "
    "[[About 9,000|displaced]] were being relocated to Musenyi site, which has space for [[10,000|capacity]].",
)

F(
    "Rwanda: government statement on Goma combatants handed over",
    "The Government of Rwanda said it had received [[about 280 mercenaries|other;a=The Government of Rwanda]] who surrendered in Goma and would repatriate them to Europe. "
    "It said [[more than 2,000 FARDC soldiers|arrested;a=The Government of Rwanda]] had surrendered to {{M23}} with their weapons and were being held in the city stadium.",
    [],
)

F(
    "DRC: Health ministry toll from the fighting in Goma",
    "The Ministry of Public Health said [[at least 2,900 bodies|killed;a=The Ministry of Public Health]] had been collected in Goma, while [[about 2,880 people|injured;a=The Ministry of Public Health]] were being treated in hospitals in the city. "
    "[[Some 4,000 inmates|other]] escaped from Munzenze prison during the fighting.",
)

F(
    "Nigeria: Kebbi police command on Lakurawa attacks",
    "The Kebbi State Police Command said [[15 persons|killed;a=The Kebbi State Police Command]] were killed and [[over 2,000 head|other;u=other;a=The Kebbi State Police Command]] of cattle rustled when Lakurawa elements attacked Mera village. "
    "[[Two hundred mobile police|combatants;a=the command;alt=The Kebbi State Police Command]] have been deployed, the command said.",
)

# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Security Council extends UNMISS mandate",
    "The Security Council adopted {{resolution 2729 (2024)}} by {{13 votes in favour}}, none against, with {{two abstentions}}, extending the mandate of the mission until {{30 April 2025}}. "
    "The text asks the Secretary-General to report every {{90 days}}.",
)

F(
    "Ministry of Foreign Affairs: consular hotline for nationals in Lebanon",
    "The Ministry of Foreign Affairs has opened a consular hotline, {{+961 1 987 654}}, available {{24 hours a day}}, and advises nationals to register online before {{15 October}}. "
    "Flights on {{Route 3}} remain suspended for {{72 hours}}.",
)

F(
    "OCHA: humanitarian response plan funding update for Sudan",
    "The {{2025}} Humanitarian Response Plan for Sudan seeks {{$4.2 billion}} and is {{13.7 per cent}} funded as of {{3 June}}, OCHA said. "
    "The Central Emergency Response Fund released {{$25 million}} on {{Monday}}.",
)

F(
    "Court summary: appeal hearing in war crimes case adjourned",
    "The Appeals Chamber adjourned the hearing to {{12 September}} at {{10:00}}. "
    "The accused, now {{71}}, was sentenced in {{2021}} to {{25 years}} of imprisonment under {{Article 8(2)(c)}} of the Statute.",
)

F(
    "Parliamentary answer: defence spending on drones",
    "The Minister replied that the Department had spent {{£126 million}} on uncrewed systems in {{2023-24}}, up {{18%}} on the previous year, and that the {{Protector RG Mk1}} fleet would be fully operational by {{2026}}.",
)

F(
    "ICRC statement on the anniversary of the Geneva Conventions",
    "On {{12 August}}, the ICRC marked the {{75th anniversary}} of the {{1949}} Geneva Conventions, which have been ratified universally. "
    "The President said the rules were as relevant today as they were {{seven decades}} ago.",
)

F(
    "Army public relations: passing-out parade at the military academy",
    "The Chief of Army Staff reviewed the passing-out parade of the {{147th Long Course}} at the academy on {{Saturday}}, the army's public relations office said. "
    "The ceremony, held in temperatures of {{38C}}, lasted {{two hours}}.",
)

F(
    "Regional governor: power restored after strike on substation",
    "The governor wrote on Telegram at {{06:40}} that power had been restored to {{90%}} of consumers after the strike on the {{110 kV}} substation. "
    "Repairs to the second line will take {{three to five days}}.",
)

F(
    "UNHCR: Nansen Refugee Award laureate announced",
    "UNHCR announced on {{Tuesday}} that the {{2024}} Nansen Refugee Award goes to a {{63-year-old}} teacher who has run a school in the camp since {{2015}}. "
    "The prize of {{$150,000}} will be presented in Geneva on {{14 October}}.",
)

F(
    "Police spokesperson: road closures for the Independence Day march",
    "Police said the {{A4}} and {{Route 21}} will be closed from {{7 a.m.}} to {{4 p.m.}} on {{Sunday}}, and that drones may not fly within {{5 km}} of the route. "
    "Enquiries can be made on {{0800 123 456}}.",
)

F(
    "Human rights report: methodology note",
    "The report covers the period from {{1 November 2023}} to {{31 October 2024}} and is based on interviews conducted over {{11 months}}. "
    "Incidents are recorded only when independent sources corroborate them, and {{about a third}} of allegations remain unverified.",
)

F(
    "NRC: statement on funding cuts",
    "NRC warned that a {{40 per cent}} cut in its budget for Afghanistan, some {{$27 million}}, would force it to close offices in Nangarhar and Kunar by {{March 2025}}. "
    "The Secretary General, {{59}}, called the decision shortsighted.",
)

F(
    "Defence ministry: procurement of air-defence systems",
    "The Ministry of Defence signed a {{€1.4 billion}} contract for {{IRIS-T SLM}} systems with a range of {{40 km}}, to be delivered from {{2026}} over {{four years}}.",
)

F(
    "ICC Prosecutor: warrant applications timeline",
    "The Prosecutor filed applications on {{20 May 2024}}, and Pre-Trial Chamber I issued its decision {{six months}} later, on {{21 November}}. "
    "The applications were made under {{Article 58}} of the Rome Statute.",
)

F(
    "IOM: statement on World Refugee Day",
    "On {{20 June}}, IOM's Director General said that {{one in every 67 people}} on earth is now forcibly displaced, against {{one in 159}} in {{2012}}. "
    "She spoke at {{11:30}} in Geneva.",
)

F(
    "Interior ministry: new asylum procedure takes effect",
    "The new procedure under {{Law No. 14/2024}} takes effect on {{1 July}} and sets a maximum of {{12 weeks}} for a first decision, the interior ministry said. "
    "Appeals must be lodged within {{30 days}}.",
)

F(
    "Military court: officer's sentence reduced on appeal",
    "The military appeals court reduced the sentence of a {{44-year-old}} captain of the {{3rd Brigade}} from {{ten years}} to {{six years}} and fined him {{500,000 CFA francs}}.",
)

F(
    "UNICEF: vaccination campaign in conflict-affected districts",
    "UNICEF said the campaign, which began at {{8 a.m.}} on {{Monday}}, aims to cover {{95 per cent}} of children under {{five years}} of age in {{District 7}} and {{District 11}} within {{ten days}}.",
)

F(
    "Ministry of Defence: annual budget statement",
    "Defence spending will rise to {{2.5% of GDP}} by {{2027}}, the Ministry of Defence said, with {{$3.1 billion}} set aside for the {{F-35}} programme and {{S-400}} countermeasures.",
)

F(
    "Police: football match security operation",
    "Police said the derby, which ended {{2-1}}, passed without incident, and that the stadium was cleared by {{11 p.m.}} on {{Saturday}}.",
)

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


if __name__ == "__main__":
    sys.exit(run(CONFIG))
