"""dev9 texts: the section headed "texts with numbers but no figures" (its first three
texts have none; the analyses, reviews and explainers after them do), part 1 of 3.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(marks.py). Split from build.py, unchanged.
"""

from marks import F

# ---------------------------------------------------------------- texts with numbers but no figures

F(
    "Analysis: Europe's defence spending after the invasion of Ukraine",
    "When Russia launched its full-scale invasion of Ukraine on {{24 February 2022}}, only a handful of European NATO members met the alliance's target of spending {{2%}} of GDP on defence. "
    "By {{2024}}, according to the Stockholm International Peace Research Institute (SIPRI), a clear majority of members had reached it. "
    "Poland now spends about {{4.1%}} of its GDP on its armed forces, the highest share in the alliance and more than the United States ({{3.4%}}). "
    "Germany created a special fund of {{100 billion euros}} in {{2022}} and finally met the {{2%}} target in {{2024}} for the first time since the {{1990s}}. "
    "Global military spending reached {{$2.72 trillion}} in {{2024}}, SIPRI says, an increase of {{9.4%}} on the previous year and the steepest rise since at least the end of the Cold War. "
    "European spending alone grew by {{17%}} to {{$693 billion}}. "
    "Much of the new money is going into air defence, artillery shells and long-range missiles, such as the {{155mm}} rounds Ukraine fires in huge quantities. "
    "At the summit in The Hague in {{June 2025}}, allies agreed to raise the target to {{5%}} of GDP by {{2035}}, of which {{3.5%}} would go to core defence. "
    "Spain, which spent {{1.28%}} in {{2024}}, negotiated an exemption. "
    "Critics point out that the {{5%}} figure is far above the {{2.6%}} average of the Cold War years, and that many governments already run deficits above {{3%}} of GDP. "
    "Economists at the Kiel Institute estimate that meeting the new target would take until the {{2030s}} for most members.",
)

F(
    "Anniversary: ten years since the fall of Mosul",
    "It is {{10 years}} since the Islamic State group seized Mosul, Iraq's {{second}}-largest city, in a lightning offensive in {{June 2014}}. "
    "The city fell in less than {{a week}}, on {{10 June}}, and from the pulpit of the al-Nuri mosque the group's leader proclaimed a caliphate {{19 days}} later. "
    "The battle to retake it began in {{October 2016}} and lasted almost {{nine months}}, ending in {{July 2017}}. "
    "The al-Nuri mosque and its leaning minaret, known as al-Hadba and built in the {{12th century}}, were blown up by the militants in {{June 2017}}. "
    "UNESCO has led a reconstruction project since {{2018}}, funded with about {{$50 million}} from the United Arab Emirates. "
    "The rebuilt minaret, {{45 metres}} high, was unveiled this spring, with the original tilt of about {{1.5 degrees}} preserved. "
    "Mosul University, founded in {{1967}}, reopened its central library in {{2022}}. "
    "The old city along the west bank of the Tigris is still scarred, but rents have risen by {{30 to 40 percent}} since {{2021}}, local estate agents say. "
    "For many residents, the anniversary is a time for quiet remembrance rather than celebration. "
    "A memorial ceremony is planned for {{3 p.m.}} on Monday at the university.",
)

F(
    "Review: Sudan's war economy in figures",
    "Sudan's economy shrank by {{about 20%}} in {{2023}}, the first year of the war between the army and the Rapid Support Forces, according to the International Monetary Fund. "
    "The IMF expects a further contraction of {{18 percent}} in {{2024}}. "
    "The Sudanese pound, which traded at about {{570}} to the dollar before {{15 April 2023}}, fell to more than {{2,500}} on the parallel market by late {{2024}}. "
    "Inflation was running at over {{200%}} a year, and the price of sorghum in Darfur markets had tripled. "
    "Gold, the country's main export, has become a source of financing for both sides; official exports fell to {{$1.5 billion}} in {{2024}}, from {{$2.02 billion}} in {{2022}}. "
    "The central bank moved its headquarters to Port Sudan, about {{800 km}} from the capital, and printed new {{500-pound}} and {{1,000-pound}} notes in {{December 2024}}. "
    "Farmers in Gezira, the breadbasket south of Khartoum, planted on only a fraction of the {{2.2 million feddans}} of the irrigation scheme. "
    "The UN's humanitarian appeal for {{2025}} asks for {{$4.2 billion}}, of which {{less than 10 percent}} had been funded by April. "
    "Economists at the University of Khartoum warn that rebuilding the country will take at least {{a decade}}. "
    "The World Bank ranked Sudan {{172nd}} in the world on its business indicators, a measure it stopped updating in {{2021}}.",
)

F(
    "Commission of inquiry on Ukraine: deported children and returns",
    "The Independent International Commission of Inquiry on Ukraine, set up by the UN Human Rights Council in {{March 2022}}, has devoted a large part of its latest report to children taken to Russia. "
    "The commission said it had verified the transfer of [[at least 164 children|displaced;a=The commission;alt=The Independent International Commission of Inquiry on Ukraine]] from the Kherson and Kharkiv regions to Russia or to occupied Crimea, and concluded that the transfers amounted to a war crime. "
    "Ukrainian authorities put the total much higher. "
    "The Ukrainian government's Children of War platform lists [[19,546 children|displaced;a=The Ukrainian government's Children of War platform]] as deported or forcibly displaced since {{February 2022}}. "
    "Of those, only [[388|returned;a=officials in Kyiv]] had been brought back by {{September 2023}}, officials in Kyiv said, mostly through mediation by Qatar. "
    "By mid-{{2025}}, the number of children returned had risen to [[about 1,300|returned;a=the Bring Kids Back UA initiative]], according to the Bring Kids Back UA initiative. "
    "Russia describes the transfers as evacuations, and its children's rights commissioner, Maria Lvova-Belova, has said [[more than 700,000 children|displaced;a=its children's rights commissioner, Maria Lvova-Belova]] from Ukraine have moved to Russia with their families. "
    "The commission also looked at prisoners of war. "
    "It interviewed [[more than 200 former Ukrainian prisoners|other]], almost all of whom described torture. "
    "Exchanges have continued throughout the war: in the largest, in {{May 2025}}, each side released [[1,000 prisoners|other]]. "
    "Kyiv says [[more than 8,000 Ukrainians|arrested;a=Kyiv]], soldiers and civilians, are still held in Russia, and that [[tens of thousands|missing;a=Kyiv]] are listed as missing.",
)

F(
    "Think-tank analysis: Pakistan's deadliest year for militant violence in a decade",
    "Militant violence in Pakistan rose for a third year in a row in {{2024}}, according to the annual security report of the Islamabad-based Pakistan Institute for Conflict and Security Studies (PICSS). "
    "The institute recorded [[856 militant attacks|other;a=The institute;alt=the Islamabad-based Pakistan Institute for Conflict and Security Studies (PICSS)]] during the year, up from [[645|other;u=other;a=The institute;alt=the Islamabad-based Pakistan Institute for Conflict and Security Studies (PICSS)]] in {{2023}}, a rise of {{33%}}. "
    "Those attacks killed [[1,081 people|killed]], among them [[685 members|killed]] of the security forces, the highest toll for soldiers and police in a decade. "
    "Khyber Pakhtunkhwa, where the Pakistani Taliban (TTP) are most active, saw more than two-thirds of the attacks. "
    "In Balochistan, separatists of the Balochistan Liberation Army killed [[at least 39 people|killed;a=provincial officials]] in coordinated attacks in {{August}}, provincial officials said, many of them labourers from Punjab pulled off buses. "
    "The security forces say they killed [[925 militants|killed;a=The security forces]] in operations during the year and arrested [[more than 1,300 suspects|arrested;a=The security forces]]. "
    "The government estimates the TTP has [[between 6,000 and 6,500 fighters|combatants;a=The government]] based in Afghanistan, a figure that a UN monitoring team puts at [[about 6,500|combatants;a=a UN monitoring team]]. "
    "Tension with the Taliban government in Kabul over those fighters has fed Pakistan's expulsion campaign. "
    "Since {{October 2023}}, [[more than 800,000 Afghans|returned;a=UNHCR]] have been deported or have left Pakistan under pressure, UNHCR says. "
    "The institute expects violence to keep rising in {{2025}} unless talks with Kabul resume.",
)

F(
    "Report: Amnesty on mass detention of Uyghurs in Xinjiang",
    "Amnesty International's report on Xinjiang, based on interviews with [[55 former detainees|other]], describes a system of internment camps designed to erase the religious and cultural identity of Uyghurs, Kazakhs and other Muslim minorities. "
    "Researchers and UN experts estimate that [[up to 1 million people|arrested;a=Researchers and UN experts]] were held in the camps at their peak around {{2018}}. "
    "The Australian Strategic Policy Institute has identified [[more than 380 suspected detention facilities|capacity;a=The Australian Strategic Policy Institute]] in the region using satellite imagery, including [[at least 61|capacity;u=structure;a=The Australian Strategic Policy Institute]] that were expanded after {{2019}}. "
    "Beijing says the camps were vocational training centres and that all trainees have graduated. "
    "Amnesty says many former detainees were moved into the formal prison system, where the number of people sentenced rose sharply; the Xinjiang Victims Database has documented [[more than 12,000 cases|arrested;u=other;a=the Xinjiang Victims Database]] of imprisonment. "
    "The report also documents the destruction of religious sites. "
    "An earlier study found that [[about 16,000 mosques|housing;a=An earlier study]] had been damaged or destroyed, {{65%}} of the total. "
    "Families abroad remain cut off: the Uyghur Human Rights Project says it has collected reports of [[several thousand Uyghurs|missing;a=the Uyghur Human Rights Project]] in Xinjiang whose relatives abroad cannot locate them. "
    "In {{2022}}, the UN human rights office concluded that the detentions may amount to crimes against humanity. "
    "China rejects the findings.",
)

F(
    "What we know about the displacement crisis in eastern Congo",
    "The M23 rebellion in North Kivu, revived in late {{2021}}, has driven the largest wave of displacement in eastern Congo in years. "
    "The UN says [[about 7 million people|displaced;a=The UN]] are internally displaced across the country, [[more than 2.5 million|displaced]] of them in North Kivu alone. "
    "Around Goma, displacement camps grew from a few clusters to a ring of sites that held [[about 650,000 people|displaced;a=the UN refugee agency]] by early {{2025}}, according to the UN refugee agency. "
    "When the M23 and Rwandan troops took Goma in {{January 2025}}, the rebels ordered the camps closed. "
    "Aid agencies said most of [[the 650,000 residents|displaced;a=Aid agencies]] left within weeks, many of them for villages that had been destroyed. "
    "The International Organization for Migration counted [[more than 1,100 sites|capacity;a=The International Organization for Migration]] hosting displaced people in the two Kivu provinces before the offensive. "
    "In the battle for Goma itself, [[about 3,000 people|killed;a=the UN]] were killed, the UN said, and hospitals treated [[more than 2,800 wounded|injured;a=hospitals]], hospitals reported. "
    "The fighting also emptied the city's prisons: [[more than 4,000 inmates|other]] escaped from Munzenze prison during the assault. "
    "Humanitarian groups estimate [[25.6 million people|civilians;a=Humanitarian groups]] in Congo need food aid, one of the highest numbers in the world.",
    ["M23"],
)

F(
    "Year in review: Myanmar after the coup",
    "Four years after the military seized power on {{1 February 2021}}, Myanmar is fractured among the junta, ethnic armed organisations and the People's Defence Forces. "
    "The Assistance Association for Political Prisoners (AAPP) says [[more than 6,000 civilians|killed;a=The Assistance Association for Political Prisoners (AAPP)]] have been killed by the military since the coup, and that [[over 28,000 people|arrested;a=The Assistance Association for Political Prisoners (AAPP)]] have been arrested. "
    "Of those arrested, [[about 21,000|arrested;a=the group;alt=The Assistance Association for Political Prisoners (AAPP)]] remain in detention, the group says. "
    "The UN counts [[3.5 million internally displaced people|displaced;a=The UN]], up from [[about 370,000|displaced]] before the coup. "
    "Operation 1027, launched by an alliance of three ethnic armed groups in {{October 2023}}, pushed the army out of [[more than 30 towns|other;a=analysts]] in the north, analysts say. "
    "The junta responded with air strikes; the Myanmar Witness project documented [[more than 1,200 air strikes|other;a=the Myanmar Witness project]] in {{2024}}, and [[at least 80,000 houses|housing;a=Data for Myanmar]] have been burned since the coup, according to Data for Myanmar. "
    "The junta introduced conscription in {{February 2024}}, with plans to call up [[5,000 men a month|combatants;p;a=the junta]], the junta said. "
    "[[Thousands of young men|displaced]] fled the draft across the Thai border. "
    "The March {{2025}} earthquake added to the toll, but that disaster is not part of these figures.",
    ["Operation 1027"],
)

F(
    "Analysis: the hidden cost of Yemen's landmines",
    "Yemen is one of the most heavily mined countries in the world, and the casualties keep rising long after the front lines stopped moving. "
    "The Civilian Impact Monitoring Project recorded [[499 civilian casualties|injured;a=The Civilian Impact Monitoring Project]] from landmines and unexploded ordnance in {{2022}}, compared with [[319|injured;a=The Civilian Impact Monitoring Project]] in {{2021}}. "
    "Children are disproportionately hit: [[more than 1,500 children|injured;a=UNICEF]] have been killed or maimed by mines and explosive remnants since {{2018}}, UNICEF says. "
    "The Saudi-funded demining project Masam says it has cleared [[more than 450,000 mines and explosive devices|other;n=mines and explosive devices;a=The Saudi-funded demining project Masam]] since {{2018}}. "
    "Of those, [[about 146,000|other;u=other;a=Masam]] were anti-tank mines, according to Masam. "
    "Mines also keep people from going home. "
    "In Hodeidah governorate, [[about 20,000 families|displaced;a=local authorities]] cannot return to their villages because their fields are mined, local authorities say. "
    "Where land has been cleared, [[some 3,500 families|returned;a=the International Organization for Migration]] have gone back, the International Organization for Migration said. "
    "Rehabilitation centres are overwhelmed: the one in Aden, run by the ICRC, can fit [[up to 60 amputees a month|capacity;a=the ICRC]] with prosthetic limbs, the ICRC says, against a long waiting list. "
    "The Houthis, who control the north, have not allowed independent surveys of the areas they hold.",
)

F(
    "Investigation: who was killed in the strikes on Gaza's Nuseirat camp",
    "An investigation by a group of news organisations and the research agency Forensic Architecture reconstructed the Israeli raid on Nuseirat refugee camp of {{8 June 2024}}, in which Israeli special forces rescued [[four hostages|kidnapped]] held by Hamas. "
    "The operation was accompanied by heavy air and ground fire. "
    "Gaza's Health Ministry said [[274 Palestinians|killed;a=Gaza's Health Ministry]] were killed and [[698|injured;a=Gaza's Health Ministry]] injured, including [[64 children|killed;a=Gaza's Health Ministry]] among the dead. "
    "The Israeli military said it estimated the number of Palestinian casualties at [[fewer than 100|killed;a=The Israeli military]]. "
    "The investigation found that [[at least 17 residential buildings|housing;a=The investigation]] were struck during the raid, and identified [[more than 60 victims|killed;a=The investigation]] by name. "
    "Nuseirat was built in the {{1940s}} for Palestinian refugees and, before the war, had [[about 85,000 residents|civilians;a=UNRWA]], according to UNRWA. "
    "By mid-{{2024}} its population had swollen with people displaced from the north, and [[more than 250,000 people|displaced;a=UN officials]] were sheltering in and around it, UN officials estimated. "
    "Hamas said [[three other hostages|killed;a=Hamas]], including an American citizen, were killed in the strikes; Israel disputed the claim. "
    "The hostages freed in Nuseirat brought the number rescued alive by military operations to [[seven|kidnapped]]. "
    "At the time, Israel said [[120 hostages|kidnapped;a=Israel]] were still held in Gaza, about a third of whom it believed to be dead.",
)

F(
    "Explainer: Lebanon's displaced after the 2024 war",
    "The war between Israel and Hezbollah, which escalated sharply in {{September 2024}}, caused the largest displacement in Lebanon since the {{2006}} war. "
    "At the peak, in late October, the Lebanese government counted [[about 1.2 million displaced people|displaced;a=the Lebanese government]], nearly a quarter of the population. "
    "Of those, [[more than 190,000|displaced;a=the government's disaster response unit]] were living in [[1,000 collective shelters|capacity;a=the government's disaster response unit]], mostly public schools, according to the government's disaster response unit. "
    "[[Hundreds of thousands|displaced]] crossed into Syria. "
    "Lebanese authorities recorded [[more than 550,000 people|displaced;a=Lebanese authorities]] entering Syria by the end of November, {{about 60%}} of them Syrians who had once fled the other way. "
    "The ceasefire of {{27 November}} reversed the flow within days. "
    "By mid-December, the International Organization for Migration said [[about 800,000 people|returned;a=the International Organization for Migration]] had gone back to their areas of origin, while [[some 125,000|displaced;a=the International Organization for Migration]] remained displaced. "
    "Many found nothing to return to: the World Bank estimated that [[about 99,000 housing units|housing;a=the World Bank]] had been partially or fully damaged. "
    "In the south, the Israeli army barred residents from [[more than 60 villages|other;a=the Israeli army]] near the border, and the army said it would shoot anyone who approached. "
    "The Lebanese health ministry said the war killed [[more than 4,000 people|killed;a=The Lebanese health ministry]] in Lebanon, among them [[about 300 children|killed;a=The Lebanese health ministry]], and wounded [[16,500|injured;a=The Lebanese health ministry]]. "
    "On the Israeli side, [[about 60,000 residents|displaced]] of the north had been evacuated since {{October 2023}}, and Israeli officials said the return would not begin before the schools reopened.",
)

F(
    "Colombia: the Catatumbo crisis in numbers",
    "The offensive launched by the National Liberation Army (ELN) against a dissident faction of the former FARC in the Catatumbo region in {{January 2025}} caused the worst single displacement emergency in Colombia in decades. "
    "The Ombudsman's Office said [[more than 52,000 people|displaced;a=The Ombudsman's Office]] were displaced in the first {{six weeks}}, compared with [[about 17,000|displaced]] for the whole of {{2024}} in the region. "
    "Most went to Cúcuta, where the city government opened [[14 temporary shelters|capacity;a=the city government]] and a sports stadium that could take [[up to 3,000 people|capacity;a=the city government]], the city government said. "
    "The government of Gustavo Petro declared a state of internal commotion and sent [[about 5,000 soldiers|combatants;a=The government of Gustavo Petro]] to the region, the government said. "
    "The ELN is thought to have [[between 5,000 and 6,000 members|combatants;a=military intelligence]] nationwide, according to military intelligence, and the dissident 33rd Front [[several hundred|combatants]]. "
    "At least [[80 people|killed;a=local authorities]] were killed in the first days, among them former FARC fighters who had signed the {{2016}} peace agreement, local authorities said. "
    "Another [[32 people|kidnapped;a=the Ombudsman's Office]] were abducted by the ELN, the Ombudsman's Office said, and [[19|kidnapped]] of them were later released. "
    "By April, [[about 9,000 people|returned;a=the Victims Unit]] had returned to their villages under military escort, according to the Victims Unit. "
    "Aid groups distributed [[25,000 food parcels|aid]], but the UN humanitarian office warned that [[more than 80,000 people|civilians;a=the UN humanitarian office]] in the region were confined by fighting and landmines.",
    ["33rd"],
)

F(
    "Burkina Faso: reconstructing the Barsalogho massacre",
    "On {{24 August 2024}}, militants of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked residents of Barsalogho, a town in Burkina Faso's Centre-Nord region, who had been ordered by the army to dig defensive trenches around it. "
    "The death toll remains disputed. "
    "JNIM itself claimed to have killed [[about 300 people|killed;a=JNIM itself]], describing them as militiamen. "
    "A security assessment shared with the French government, reported by CNN, put the toll at [[up to 600 people|killed;a=A security assessment shared with the French government]]. "
    "The UN said [[at least 133 civilians|killed;a=The UN]] had been killed, and that the real figure was likely to be much higher. "
    "Barsalogho itself had [[about 25,000 inhabitants|civilians]] before the attack, a population swollen by [[tens of thousands of displaced people|displaced]] from surrounding villages. "
    "Survivors told Human Rights Watch that the army had conscripted [[hundreds of men|combatants;a=Survivors]] from the town, including boys, to dig the trenches. "
    "The government denied using forced labour and said [[nearly 2,000 soldiers and VDP auxiliaries|combatants;n=soldiers and VDP auxiliaries;a=The government]] had been sent to secure the area after the attack. "
    "Burkina Faso's armed conflict has displaced [[more than 2 million people|displaced;a=the last official count]], according to the last official count, published in {{March 2023}}. "
    "The government has stopped publishing displacement data since then, and aid groups estimate the number has grown.",
)

F(
    "Humanitarian review: Sudan's refugee crisis in its third year",
    "More than two years into Sudan's war, the UN refugee agency describes the country as the world's largest displacement crisis. "
    "UNHCR says [[about 12 million people|displaced;a=UNHCR]] have been forced from their homes since {{April 2023}}, of whom [[more than 8.5 million|displaced;a=UNHCR]] are displaced inside Sudan and [[about 4 million|displaced;a=UNHCR]] have crossed into neighbouring countries. "
    "Chad has taken in the most refugees, [[more than 800,000|displaced;a=the Chadian government]], according to the Chadian government, on top of the [[400,000 Sudanese refugees|displaced]] it already hosted from the Darfur wars of the {{2000s}}. "
    "Egypt says it has received [[1.5 million Sudanese|displaced;a=Egypt]]. "
    "In South Sudan, the Renk transit centre, built for [[3,000 people|capacity]], held [[between 10,000 and 15,000|displaced;a=aid workers]] at times in {{2024}}, aid workers said. "
    "Many arrivals in South Sudan are South Sudanese who had lived in Sudan as refugees: [[about 770,000 returnees|returned;a=the International Organization for Migration]] have crossed back since the war began, the International Organization for Migration says. "
    "Some Sudanese are also going home. "
    "After the army retook Wad Madani and then Khartoum in early {{2025}}, IOM recorded [[more than 1 million returns|returned;a=IOM]] to Al Jazirah, Sennar and Khartoum states. "
    "The agency expects [[up to 2 million more|returned;n=-;p;a=The agency;alt=IOM]] to return by the end of the year if the front lines hold. "
    "Aid remains scarce: the World Food Programme reached [[about 4 million people|aid;a=the World Food Programme]] a month in {{2025}}, the World Food Programme said, against [[7 million|aid;p;a=the World Food Programme]] it planned to reach. "
    "Convoys must cross front lines; [[about 150 trucks|aid;a=OCHA]] entered Darfur through the Adre crossing in a typical month, OCHA said. "
    "The UN also says [[at least 30.4 million people|civilians;a=The UN]] in Sudan need humanitarian assistance, up from [[15.8 million|civilians]] before the war.",
)
