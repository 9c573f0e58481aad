"""dev58 items: Colombia, Venezuela, Ecuador, Peru, Mexico and Haiti as defence ministries,
joint commands, police and ombudsmen report them; foreign ministries evacuating and
repatriating their nationals; exchanges of prisoners and bodies; aid convoys and ships;
returns organised by governments; with one item that holds numbers but no figure.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Colombian defence ministry says 17 dissidents killed in Guaviare bombing",
    "A military bombing in Guaviare on {{10 October}} killed [[17 members of the Central General Staff|killed;n=members;a=Colombia's Ministry of Defence]], the largest faction of FARC dissidents, Colombia's Ministry of Defence said. "
    "Troops recovered [[22 rifles|other]], [[three machine guns|other]] and [[more than 9,000 cartridges|other]] at the camp. "
    "Among the dead were [[four minors|killed;a=the Ombudsman's Office]] recruited by the group, the Ombudsman's Office said, calling for an end to bombings of camps where children are held.",
)

F(
    "Catatumbo: ombudsman counts more than 38,700 displaced",
    "[[More than 38,700 people|displaced;a=Colombia's Ombudsman's Office]] have been displaced by fighting between the ELN and FARC dissidents in Catatumbo, Colombia's Ombudsman's Office said. "
    "The government said [[at least 64 people|killed;a=The government]] had been killed, among them [[seven signatories of the peace agreement|killed;n=signatories;a=The government]]. "
    "The defence minister said [[about 5,000 troops|combatants;a=The defence minister]] had been sent to reinforce the {{30th Brigade}}. Cúcuta has opened [[nine shelters|capacity]] with room for [[about 2,400 people|capacity]].",
)

F(
    "ELN frees six captives in Arauca",
    "The ELN freed [[six people|kidnapped;a=the Ombudsman's Office]] it had held in Arauca, handing them to a humanitarian commission on Sunday, the Ombudsman's Office said; [[two of them|kidnapped;n=-;a=the Ombudsman's Office]] were police officers captured in {{March}}. "
    "The anti-kidnapping unit Gaula says [[at least 29 people|kidnapped;a=The anti-kidnapping unit Gaula]] are still held by the group.",
)

F(
    "Mexico's security cabinet reports more than 1,400 arrests in Sinaloa",
    "Since {{September}}, security forces in Sinaloa have detained [[more than 1,400 people|arrested;a=the Security Cabinet]] and seized [[about 1,900 weapons|other;a=the Security Cabinet]], among them [[seven .50-calibre rifles|other;a=the Security Cabinet]], and [[240 vehicles|other;a=the Security Cabinet]], the Security Cabinet said in its weekly report. "
    "On Monday alone, soldiers arrested [[nine suspects|arrested;a=the Defence Ministry]] and freed [[three kidnapping victims|kidnapped;a=the Defence Ministry]] in Culiacán, the Defence Ministry said. "
    "The state prosecutor's office has recorded [[1,096 murders|killed;a=The state prosecutor's office]] since the war between the cartel's factions began.",
)

F(
    "Two soldiers killed by explosive device in Michoacán, Defence Ministry says",
    "[[Two soldiers|killed;a=Mexico's Defence Ministry]] were killed and [[five|injured;a=Mexico's Defence Ministry]] injured when an improvised explosive device hit their vehicle on Highway {{37D}} near Apatzingán, Mexico's Defence Ministry said. "
    "Cartels in the region have laid [[hundreds of landmines|other;u=other;a=officials]] and used drones to drop explosives on troops, officials say. "
    "The ministry said [[more than 8,500 soldiers and National Guard personnel|combatants;n=soldiers and National Guard personnel;a=The ministry;alt=Mexico's Defence Ministry]] are deployed in Michoacán.",
)

F(
    "Ecuador's armed forces report 2,683 detentions under conflict decree",
    "Since the president declared an internal armed conflict under {{Executive Decree 111}}, the armed forces and police have detained [[2,683 people|arrested;a=the Joint Command of the Armed Forces]], [[186 of them|arrested;n=-;a=the Joint Command of the Armed Forces]] accused of terrorism, the Joint Command of the Armed Forces said. "
    "They have also seized [[about 900 firearms|other;a=the Joint Command of the Armed Forces]], it said. "
    "[[About 1,200 soldiers|combatants]] are now deployed inside the country's largest prisons.",
)

F(
    "Haitian police say about 30 gang members killed in Bel Air operation",
    "An operation by the Haitian National Police and the Kenyan-led Multinational Security Support mission involving [[about 400 police officers|combatants;a=the police spokesman]] killed [[about 30 gang members|killed;a=the police spokesman]] in Bel Air and destroyed [[two armoured vehicles|other;a=the police spokesman]] used by the Viv Ansanm coalition, the police spokesman said. "
    "Haiti's Civil Protection Directorate said [[about 5,800 people|displaced;a=Haiti's Civil Protection Directorate]] had fled the neighbourhood. "
    "Gangs control about {{85%}} of the capital, according to the UN.",
)

F(
    "Peru's joint command says four 'narcoterrorists' killed in VRAEM",
    "[[Four narcoterrorists|killed;a=Peru's Joint Command of the Armed Forces (CCFFAA)]] were killed in a clash with a patrol in the valley of the Apurímac, Ene and Mantaro rivers, Peru's Joint Command of the Armed Forces (CCFFAA) said. "
    "Soldiers recovered [[three FAL rifles|other]] and [[a dozen backpacks|other;u=other]] at the camp, at an altitude of {{2,400 metres}}. "
    "[[One soldier|injured]] was wounded and evacuated by helicopter.",
)

F(
    "China moves 916 citizens out of Lebanon by land and sea",
    "China has evacuated [[916 Chinese nationals|displaced;a=China's foreign ministry]] from Lebanon since {{23 September}}, [[about 200 of them|displaced;n=-;a=China's foreign ministry]] overland to Syria and the rest by ship to Cyprus, China's foreign ministry said, according to Xinhua. "
    "The embassy in Beirut said [[fewer than 100 Chinese citizens|civilians;a=The embassy in Beirut]] remained in the country.",
)

F(
    "Indonesia evacuates 97 citizens from Iran via Azerbaijan",
    "A {{fourth}} group of [[97 Indonesian citizens|displaced;a=the Foreign Ministry]] evacuated from Iran overland through Azerbaijan arrived in Jakarta on Wednesday, bringing the total evacuated to [[386|displaced;a=the Foreign Ministry]], the Foreign Ministry said. "
    "[[About 380 Indonesians|civilians;a=the ministry;alt=the Foreign Ministry]], most of them students in Qom, have chosen to stay, the ministry said.",
)

F(
    "DMW: 1,207 Filipino workers repatriated from Lebanon",
    "[[1,207 overseas Filipino workers|returned;a=the Department of Migrant Workers]] and [[43 of their dependants|returned;a=the Department of Migrant Workers]] have been repatriated from Lebanon since {{October}}, the Department of Migrant Workers said. "
    "[[Another 160|returned;p;a=the department;alt=the Department of Migrant Workers]] are booked on [[two chartered flights|other;p;a=the department;alt=the Department of Migrant Workers]] next week, the department said. "
    "[[About 14,600 Filipinos|civilians]] are still in Lebanon, most of them domestic workers.",
)

F(
    "More than 3,400 Pakistanis return from Iran through Taftan",
    "[[3,426 Pakistani nationals|returned;a=the Balochistan home department]], including [[about 700 pilgrims|returned;a=the Balochistan home department]] and [[212 students|returned;a=the Balochistan home department]], have returned home from Iran through the Taftan crossing since the Israeli strikes began on {{13 June}}, the Balochistan home department said. "
    "The Foreign Office expects [[about 1,200 more|returned;p;n=-;a=The Foreign Office]] in the coming days.",
)

F(
    "Remains of 19 coalition soldiers and 31 Houthi fighters exchanged",
    "The International Committee of the Red Cross (ICRC) said it had facilitated the transfer of the remains of [[19 soldiers|killed;a=The International Committee of the Red Cross (ICRC)]] of the Saudi-led coalition from Sanaa to Riyadh and of [[31 Houthi fighters|killed;a=The International Committee of the Red Cross (ICRC)]] in the other direction. "
    "The operation took {{two days}} and used a chartered aircraft, it said.",
)

F(
    "Armenia and Azerbaijan exchange detained servicemen",
    "Azerbaijan released [[26 Armenian servicemen|other;a=the office of Armenia's prime minister and Azerbaijan's presidential administration]] in exchange for [[three Azerbaijani servicemen|other;a=the office of Armenia's prime minister and Azerbaijan's presidential administration]], the office of Armenia's prime minister and Azerbaijan's presidential administration said in a joint statement. "
    "The Armenians had been held since a clash in {{November 2021}}. "
    "Armenia says [[23 Armenians|arrested;a=Armenia]] remain in detention in Baku.",
)

F(
    "Venezuela's armed forces say eight soldiers killed in Apure clashes",
    "[[Eight soldiers|killed;a=the FANB's strategic operational commander]] were killed and [[32 suspected members of an irregular armed group|arrested;n=members;a=the FANB's strategic operational commander]] detained in {{Operation Bolivarian Shield 2021}} in Apure state, the FANB's strategic operational commander said. "
    "Colombia's migration agency said [[about 4,700 Venezuelans|displaced;a=Colombia's migration agency]] had crossed into Arauquita, where [[11 shelters|capacity;a=Colombia's migration agency]] had been set up.",
)

F(
    "Comuneros del Sur fighters begin handing in weapons",
    "[[About 120 members of the Comuneros del Sur|combatants;n=members;a=the Office of the Peace Commissioner]] began handing in [[more than 200 weapons|other;a=the Office of the Peace Commissioner]] and [[about 3,000 rounds|other;a=the Office of the Peace Commissioner]] in Nariño, the Office of the Peace Commissioner said. "
    "The United Nations Verification Mission in Colombia said [[more than 420 former FARC combatants|killed;n=combatants;a=The United Nations Verification Mission in Colombia]] had been killed since the {{2016}} peace agreement.",
)

F(
    "Thailand plans evacuation flights for workers in Israel",
    "Thailand's foreign ministry plans to evacuate [[about 4,200 Thai workers|displaced;p;a=Thailand's foreign ministry]] from Israel on [[15 flights|other;p;a=Thailand's foreign ministry]] over the next {{ten days}}. "
    "[[About 26,000 Thais|civilians;a=the ministry;alt=Thailand's foreign ministry]] work in Israel, most of them on farms, the ministry said. "
    "[[Thirty-two|killed;a=Thailand's foreign ministry]] have been killed and [[18|kidnapped;a=Thailand's foreign ministry]] are believed held in Gaza, it said.",
)

F(
    "Ethiopia's disaster commission says 86 trucks of wheat will leave for Mekele",
    "A convoy of [[86 trucks|aid;p;a=Ethiopia's Disaster Risk Management Commission]] carrying [[about 1,900 tonnes of wheat|aid;p;n=tonnes;a=Ethiopia's Disaster Risk Management Commission]] will leave Semera for Mekele on Thursday, the {{fourth}} convoy this month, Ethiopia's Disaster Risk Management Commission said. "
    "[[About 2.3 million people|civilians;a=the commission;alt=Ethiopia's Disaster Risk Management Commission]] in Tigray need food aid, the commission said.",
)

F(
    "Tigray interim administration says 27,000 displaced have returned to Tselemti",
    "[[About 27,000 internally displaced people|returned;a=the Tigray Interim Administration]] have returned to their homes in Tselemti, north-western Tigray, in the {{first}} phase of a government-organised return, the Tigray Interim Administration said. "
    "A {{second}} phase is expected to take [[about 100,000|returned;p;a=the Tigray Interim Administration]] back to Raya and Tsegede, it said. "
    "The returnees receive food rations for {{three months}}.",
)

F(
    "Libya's displaced affairs ministry says 3,500 families back in Tawergha",
    "[[About 3,500 families|returned;a=the Ministry of State for Displaced Affairs]] have returned to Tawergha since {{2018}}, [[about 900 of them|returned;n=-;u=household;a=the Ministry of State for Displaced Affairs]] this year, the Ministry of State for Displaced Affairs said. "
    "[[1,200 homes|housing;a=the Ministry of State for Displaced Affairs]] have been rebuilt and a school reopened, it said, but [[about 1,400 families|displaced;a=the Ministry of State for Displaced Affairs]] from the town still live in camps in Tripoli and Benghazi.",
)

F(
    "Türkiye's aid ship docks at El Arish with 2,810 tonnes",
    "Türkiye's {{11th}} aid ship for Gaza docked at El Arish carrying [[2,810 tonnes of humanitarian aid|aid;n=tonnes;a=the Disaster and Emergency Management Authority (AFAD)]], including [[1,200 tents|aid;a=the Disaster and Emergency Management Authority (AFAD)]] and [[about 40,000 food parcels|aid;a=the Disaster and Emergency Management Authority (AFAD)]], the Disaster and Emergency Management Authority (AFAD) said, according to Anadolu. "
    "The cargo will be taken to Rafah on [[about 100 trucks|aid;p]].",
)

F(
    "NEMA receives 162 Nigerians returned from Libya",
    "[[162 Nigerians|returned;a=the National Emergency Management Agency (NEMA)]] who had been stranded in Libya arrived at the Lagos airport on a chartered flight on Tuesday, the {{third}} such flight this month, the National Emergency Management Agency (NEMA) said. "
    "[[Seventy-nine of them|returned;n=-;a=the agency;alt=the National Emergency Management Agency (NEMA)]] were women and [[14|returned;a=the agency;alt=the National Emergency Management Agency (NEMA)]] children, the agency said. "
    "[[About 4,000 more|returned;p;n=-]] have registered to return.",
)

F(
    "Russia and Ukraine swap prisoners 84 for 84",
    "Russia and Ukraine exchanged prisoners of war [[84|other;a=Russia's Defence Ministry]] for [[84|other;a=Russia's Defence Ministry]] on {{19 April}}, Russia's Defence Ministry said, TASS reported. "
    "The Ukrainian side also handed over [[22 civilians|other]] from the Kursk region. "
    "Ukraine's Coordination Headquarters said [[six of the Ukrainians|other;a=Ukraine's Coordination Headquarters]] returned home were seriously ill or wounded.",
)

F(
    "Ecuador declares state of emergency in coastal provinces",
    "Ecuador's government declared a state of emergency in Guayas, El Oro and Los Ríos for {{60 days}} under {{Executive Decree 275}}, citing internal armed conflict, the Interior Ministry said. "
    "A curfew will run from {{23:00}} to {{05:00}}, and the government said homicides in the provinces had risen {{30%}} since {{January}}.",
)

F(
    "More Kenyan police arrive in Haiti as Security Council backs larger force",
    "[[A further 144 police officers|combatants;a=Kenya's interior ministry]] from Kenya arrived in Port-au-Prince on Friday, bringing the Multinational Security Support mission to [[about 930 personnel|combatants;a=Kenya's interior ministry]], Kenya's interior ministry said. "
    "Under {{Resolution 2793}}, the Security Council authorised a Gang Suppression Force of [[up to 4,800 personnel|combatants;p]]. "
    "Haiti's national police said gangs had abducted [[eight nurses|kidnapped;a=Haiti's national police]] from a clinic in Pétion-Ville on Wednesday.",
)
