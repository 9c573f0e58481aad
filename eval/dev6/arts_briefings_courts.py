"""dev6 items: press-conference transcripts, parliamentary and Senate answers,
court and tribunal summaries and political-prisoner tallies, then mixed government, mission and
agency statements (hostages freed, abductions, PoC sites, tolls, prisoner exchanges).

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (the keys are
listed in build.py's docstring).
"""

from figset import F

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
