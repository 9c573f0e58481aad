"""dev54 items: casualty recording and rights monitoring (OHCHR and its missions in Ukraine,
Sudan and Haiti, ACLED, the UN's report on children and armed conflict, health ministries,
WHO, the Aid Worker Security Database, Landmine Monitor, rights groups counting killings,
abductions, detentions, political prisoners and the missing, force strengths).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Ukraine: civilian toll in June highest in three years",
    "[[At least 219 civilians|killed;a=the UN Human Rights Monitoring Mission in Ukraine (HRMMU)]] were killed and [[at least 1,270|injured;a=the UN Human Rights Monitoring Mission in Ukraine (HRMMU)]] injured in Ukraine in June, the UN Human Rights Monitoring Mission in Ukraine (HRMMU) said, the highest monthly toll in {{three years}}. "
    "Since {{February 2022}}, the mission has verified [[13,480 civilian deaths|killed;a=the mission;alt=the UN Human Rights Monitoring Mission in Ukraine (HRMMU)]], including [[more than 700 children|killed;a=the mission;alt=the UN Human Rights Monitoring Mission in Ukraine (HRMMU)]], and says the actual figures are likely considerably higher.",
)

F(
    "Short-range drones a growing killer of Ukrainian civilians",
    "Short-range drones killed [[61 civilians|killed;a=the UN human rights office (OHCHR)]] and injured [[412|injured;a=the UN human rights office (OHCHR)]] in frontline areas of Ukraine in May, the UN human rights office (OHCHR) said, while missiles and loitering munitions accounted for {{42%}} of all civilian casualties. "
    "[[Nine children|killed]] were among the dead. "
    "In Kharkiv, a single strike damaged [[more than 40 apartments|housing]].",
)

F(
    "ACLED: Burkina Faso fatalities climb",
    "The Armed Conflict Location & Event Data project (ACLED) recorded [[more than 1,140 reported fatalities|killed;a=The Armed Conflict Location & Event Data project (ACLED)]] in Burkina Faso in March, up from [[about 760|killed;a=The Armed Conflict Location & Event Data project (ACLED)]] in February. "
    "JNIM was involved in nearly {{two-thirds}} of the [[318 political violence events|other;a=ACLED;u=other]] in the month, ACLED said.",
)

F(
    "Myanmar: rights group counts 6,700 civilians killed since coup",
    "Myanmar's military has killed [[at least 6,700 civilians|killed;a=the Assistance Association for Political Prisoners (AAPP)]] since the {{2021}} coup, according to the Assistance Association for Political Prisoners (AAPP). "
    "[[More than 21,000 political prisoners|arrested;a=the group;alt=the Assistance Association for Political Prisoners (AAPP)]] remain in detention, the group said, [[about 4,000|arrested;a=the group;alt=the Assistance Association for Political Prisoners (AAPP)]] of them women.",
)

F(
    "Violations against children in war at record, UN says",
    "The United Nations verified that [[4,360 children|killed;a=The United Nations]] were killed and [[7,100|injured;a=The United Nations]] maimed in armed conflicts in {{2024}}, the highest numbers since monitoring began {{three decades}} ago. "
    "It also verified the recruitment and use of [[more than 7,400 children|combatants;a=The United Nations]] by armed forces and groups and the abduction of [[about 4,100|kidnapped;a=The United Nations]].",
)

F(
    "Gaza health ministry: death toll passes 51,000",
    "The Gaza health ministry said on Sunday that [[51,266 Palestinians|killed;a=The Gaza health ministry]] had been killed and [[116,991|injured;a=The Gaza health ministry]] wounded since {{7 October 2023}}. "
    "[[About 11,000 people|missing;a=the ministry;alt=The Gaza health ministry]] are missing, many believed to be under rubble, the ministry said.",
)

F(
    "WHO verifies 156 attacks on health care in Sudan",
    "The World Health Organization (WHO) has verified [[156 attacks on health care|other;a=The World Health Organization (WHO);u=other;n=attacks]] in Sudan since {{April 2023}}, which killed [[at least 1,270 people|killed;a=The World Health Organization (WHO)]] and injured [[about 400|injured;a=The World Health Organization (WHO)]]. "
    "{{Between 70% and 80%}} of health facilities in the worst-affected states are not functioning, the agency said.",
)

F(
    "Aid worker deaths hit a record in 2024",
    "[[371 aid workers|killed;a=the Aid Worker Security Database]] were killed in {{2024}}, the highest number since records began in {{1997}}, according to the Aid Worker Security Database. "
    "[[Another 308|injured;a=the database;alt=the Aid Worker Security Database]] were wounded and [[125|kidnapped;a=the database;alt=the Aid Worker Security Database]] kidnapped, the database said, and {{nine in 10}} of the victims were national staff.",
)

F(
    "UN documents 3,380 civilian killings in Sudan in six months",
    "The UN human rights office said it had documented the killing of [[at least 3,380 civilians|killed;a=The UN human rights office]] in Sudan in the {{first six months}} of {{2025}}, [[more than 2,000|killed;a=The UN human rights office]] of them in Darfur. "
    "In El Fasher, [[about 260,000 civilians|civilians]] remained trapped by the siege, {{half}} of them children.",
)

F(
    "Zamzam attack: up to 340,000 fled",
    "The assault on Zamzam camp in North Darfur killed [[at least 300 civilians|killed;a=the UN human rights office]], the UN human rights office said. "
    "[[Between 280,000 and 340,000 people|displaced;a=IOM]] fled the camp in the following {{10 days}}, most of them to Tawila, IOM estimated. "
    "Tawila now hosts [[more than 650,000 displaced people|displaced]].",
)

F(
    "Haiti: 1,520 killed in first quarter, UN says",
    "Gang violence killed [[1,520 people|killed;a=the UN Integrated Office in Haiti (BINUH)]] and injured [[609|injured;a=the UN Integrated Office in Haiti (BINUH)]] in Haiti between {{1 January}} and {{31 March}}, the UN Integrated Office in Haiti (BINUH) said in its quarterly report. "
    "[[At least 185 people|kidnapped;a=the office;alt=the UN Integrated Office in Haiti (BINUH)]] were abducted for ransom, {{more than half}} of them in Artibonite, the office said.",
)

F(
    "Mexico's missing persons registry passes 124,600",
    "[[More than 124,600 people|missing;a=Mexico's National Search Commission]] are listed as missing or disappeared, according to Mexico's National Search Commission, [[about 13,500|missing;a=Mexico's National Search Commission]] of them reported in {{2024}} alone. "
    "In March, a search collective found [[38 bodies|killed]] in clandestine graves on a ranch in Jalisco.",
)

F(
    "Colombia: 167 social leaders killed in 2024",
    "[[167 social leaders and human rights defenders|killed;a=the think-tank Indepaz;alt=Indepaz;n=social leaders and human rights defenders]] were killed in Colombia in {{2024}}, according to the think-tank Indepaz, along with [[31 former FARC fighters|killed;a=the think-tank Indepaz;alt=Indepaz]] who had signed the {{2016}} peace deal. "
    "In Catatumbo, fighting between the ELN and FARC dissidents has displaced [[more than 58,000 people|displaced;a=the Ombudsman's Office]] since January, the Ombudsman's Office said.",
)

F(
    "Nigeria kidnappings: 4,720 abducted in a year",
    "SBM Intelligence, a Lagos-based consultancy, counted [[at least 4,720 people|kidnapped;a=SBM Intelligence]] abducted in Nigeria between {{July 2024}} and {{June 2025}}, and [[614|killed;a=SBM Intelligence]] killed in kidnapping incidents. "
    "Ransom demands totalled about {{N2.56 billion}}, or roughly {{$1.66 million}}, it said.",
)

F(
    "ADF killed 1,200 civilians in 2024, MONUSCO says",
    "MONUSCO said the Allied Democratic Forces (ADF) killed [[at least 1,200 civilians|killed;a=MONUSCO]] in Ituri and North Kivu in {{2024}} and abducted [[more than 500|kidnapped;a=MONUSCO]], many of them children. "
    "The mission has [[about 11,000 peacekeepers|combatants]] in the east.",
)

F(
    "How big are Sudan's warring forces?",
    "Western diplomats estimate the Rapid Support Forces have [[about 100,000 fighters|combatants;a=Western diplomats]], against [[some 120,000 soldiers|combatants;a=Western diplomats]] in the Sudanese army and its allied militias. "
    "The RSF also holds [[at least 10,000 detainees|arrested;a=the Sudan Doctors Network]] in facilities around Khartoum and Darfur, according to the Sudan Doctors Network.",
)

F(
    "Kenya protests: rights commission counts 38 dead",
    "The Kenya National Commission on Human Rights (KNCHR) said [[38 people|killed;a=The Kenya National Commission on Human Rights (KNCHR)]] had been killed and [[more than 130|injured;a=The Kenya National Commission on Human Rights (KNCHR)]] injured in protests since {{25 June}}. "
    "[[About 270 people|arrested;a=the commission;alt=The Kenya National Commission on Human Rights (KNCHR)]] were arrested and [[32|missing;a=the commission;alt=The Kenya National Commission on Human Rights (KNCHR)]] remained missing, the commission said.",
)

F(
    "Georgia: more than 460 detained at pro-EU protests",
    "Police detained [[more than 460 people|arrested;a=Georgia's Public Defender]] during pro-EU protests in Tbilisi between {{28 November}} and {{15 December}}, Georgia's Public Defender said. "
    "[[More than 300|injured;a=the office;alt=Georgia's Public Defender]] of them had visible injuries, the office said.",
)

F(
    "Iran's executions highest since 2015",
    "Iran executed [[at least 952 people|killed;a=the Norway-based group Iran Human Rights;alt=Iran Human Rights]] in {{2024}}, the most since {{2015}}, according to the Norway-based group Iran Human Rights. "
    "[[Twenty-eight|killed;a=the group;alt=Iran Human Rights]] of them were women, the group said.",
)

F(
    "MSF treated 9,600 war-wounded in Sudan",
    "Médecins Sans Frontières (MSF) said its teams in Sudan treated [[more than 9,600 patients|injured;a=Médecins Sans Frontières (MSF)]] for war wounds in {{2024}}, [[about 1,100|injured;a=Médecins Sans Frontières (MSF)]] of them children {{under 15}}. "
    "[[213 patients|killed;a=the charity;alt=Médecins Sans Frontières (MSF)]] died of their injuries in the hospitals it supports, the charity said.",
)

F(
    "Save the Children: 28 children a day killed in Gaza",
    "Save the Children said an average of [[28 children a day|killed;a=Save the Children]] were killed in Gaza in the {{first 100 days}} of the year. "
    "The charity estimated that [[as many as 17,000 children|civilians;a=The charity;alt=Save the Children]] in the territory were unaccompanied or separated from their families.",
)

F(
    "Mine casualties: Myanmar tops the list again",
    "Landmine Monitor recorded [[1,870 people|killed;a=Landmine Monitor]] killed and [[3,590|injured;a=Landmine Monitor]] injured by mines and explosive remnants of war in {{2024}}, {{84%}} of them civilians. "
    "Myanmar had the most casualties for a {{second}} year running, followed by Syria and Afghanistan.",
)

F(
    "Russia and Ukraine swap 270 prisoners each",
    "Russia and Ukraine each freed [[270 prisoners of war|other;a=Ukraine's Coordination Headquarters for the Treatment of Prisoners of War;n=prisoners]] on Friday, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said. "
    "[[More than 5,800 Ukrainians|other;a=the headquarters;alt=Ukraine's Coordination Headquarters for the Treatment of Prisoners of War]] have been freed in [[64 exchanges|other;a=the headquarters;alt=Ukraine's Coordination Headquarters for the Treatment of Prisoners of War;u=other]] since {{February 2022}}, the headquarters said.",
)

F(
    "Syria's coast: rights group documents 1,480 killings",
    "The Syrian Network for Human Rights (SNHR) documented the killing of [[at least 1,480 people|killed;a=The Syrian Network for Human Rights (SNHR)]] in Latakia, Tartus and Hama provinces from {{6 March}} to {{10 March}}, including [[130 women and children|killed;a=The Syrian Network for Human Rights (SNHR);n=women and children]]. "
    "[[Thousands of families|displaced]] fled into the mountains. "
    "[[About 14,000 people|displaced;a=UNHCR]] crossed the border into Lebanon, UNHCR said.",
)

F(
    "Sudan cholera: 97,000 suspected cases",
    "Sudan's health ministry has reported [[more than 97,000 suspected cholera cases|other;a=Sudan's health ministry]] and [[2,400 deaths|killed;a=Sudan's health ministry]] since {{August 2024}}. "
    "WHO said [[1.4 million doses|aid;a=WHO]] of oral cholera vaccine had arrived in Port Sudan for a campaign in Khartoum State.",
)

F(
    "UNAMA: unexploded ordnance the main killer of Afghan children",
    "The UN Assistance Mission in Afghanistan (UNAMA) recorded [[155 civilians|killed;a=The UN Assistance Mission in Afghanistan (UNAMA)]] killed and [[415|injured;a=The UN Assistance Mission in Afghanistan (UNAMA)]] injured between {{1 January}} and {{30 June}}, most of them by unexploded ordnance, and {{60%}} of them children.",
)

F(
    "Niger: 34 soldiers killed in attack near Banibangou",
    "[[Thirty-four soldiers|killed;a=Niger's defence ministry]] were killed and [[14|injured;a=Niger's defence ministry]] wounded when [[several hundred jihadists|combatants;a=Niger's defence ministry]] on motorbikes attacked a post near Banibangou on Thursday, Niger's defence ministry said. "
    "[[Dozens of the attackers|killed;a=the ministry;alt=Niger's defence ministry]] were killed, the ministry said.",
)

F(
    "Amnesty: 9,800 killed in attacks on Nigeria's Middle Belt",
    "Gunmen killed [[at least 9,800 people|killed;a=Amnesty International]] in attacks on villages in Benue, Plateau and other states between {{January 2023}} and {{May 2025}}, Amnesty International said. "
    "[[As many as 500,000 people|displaced;a=the state emergency management agency]] live in camps and host communities in Benue, according to the state emergency management agency.",
)

F(
    "Nicaragua still holds 73 political prisoners",
    "[[At least 73 people|arrested;a=the Mechanism for the Recognition of Political Prisoners]] are held as political prisoners in Nicaragua, according to the Mechanism for the Recognition of Political Prisoners, down from [[about 150|arrested;a=the Mechanism for the Recognition of Political Prisoners]] a year earlier after [[121|arrested;a=the Mechanism for the Recognition of Political Prisoners]] were released and flown to Guatemala.",
)

F(
    "Belarus: Viasna counts 1,150 political prisoners",
    "The rights group Viasna counts [[1,150 political prisoners|arrested;a=The rights group Viasna;alt=Viasna]] in Belarus. "
    "[[More than 300|arrested]] have been pardoned and released since {{July 2024}}. Viasna says [[about 40 people a month|arrested;a=Viasna]] are still being jailed for political reasons.",
)

F(
    "ICRC: record number of missing people registered",
    "The International Committee of the Red Cross (ICRC) said its Central Tracing Agency had registered [[more than 255,000 people|missing;a=The International Committee of the Red Cross (ICRC)]] as missing worldwide by the end of {{2024}}, [[about 50,000|missing;a=The International Committee of the Red Cross (ICRC)]] of them in connection with the war in Ukraine. "
    "In Sudan, [[more than 8,000 people|missing;a=the organisation;alt=The International Committee of the Red Cross (ICRC)]] have been reported missing since {{April 2023}}, the organisation said.",
)

F(
    "Ecuador police rescued 312 kidnap victims in 2024",
    "Ecuador's National Police said they rescued [[312 people|kidnapped;a=Ecuador's National Police]] held by kidnappers in {{2024}} and arrested [[about 1,050 suspects|arrested;a=Ecuador's National Police]]. "
    "Extortion complaints rose {{40%}} on the year before, to the highest level on record.",
)

F(
    "Haiti security mission at under half strength",
    "The Kenya-led Multinational Security Support mission had [[about 1,000 police officers|combatants]] in Haiti in June, {{less than half}} of the [[2,500|combatants;p]] authorised by the UN Security Council. "
    "The mission said [[another 230 Kenyan officers|combatants;a=The mission;p]] would arrive by August.",
)

F(
    "Chibok: about 90 girls still held",
    "Of the [[276 schoolgirls|kidnapped;a=Amnesty International Nigeria]] abducted from their school in Chibok in {{April 2014}}, [[about 90|kidnapped;a=Amnesty International Nigeria]] are still believed to be held by Boko Haram factions, Amnesty International Nigeria said. "
    "[[Two more|kidnapped;a=the army;n=-]] were rescued in Sambisa Forest in June, the army said, both with children born in captivity.",
)
