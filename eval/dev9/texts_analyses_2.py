"""dev9 texts: analyses, reports, explainers and features, all with figures; part 2 of 3
of the section headed "texts with numbers but no figures".

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(marks.py). Split from build.py, unchanged.
"""

from marks import F

F(
    "Report: how Syria's detention system made people disappear",
    "Since the fall of the Assad government in {{December 2024}}, families have searched prisons, morgues and mass graves for relatives who disappeared over {{13 years}} of war. "
    "The Syrian Network for Human Rights (SNHR) estimates that [[more than 112,000 people|missing;a=The Syrian Network for Human Rights (SNHR)]] remain forcibly disappeared, the overwhelming majority of them by the former government's security services. "
    "When rebels opened Sednaya prison on {{8 December}}, they freed [[about 4,000 detainees|arrested;a=the White Helmets]], according to the White Helmets, far fewer than families had hoped to find. "
    "Across the country, the rebel advance freed [[tens of thousands of prisoners|arrested;a=rebel commanders]], rebel commanders said. "
    "A report by the UN Commission of Inquiry on Syria says [[at least 66 mass grave sites|other;a=A report by the UN Commission of Inquiry on Syria]] have been identified, some of which may hold [[thousands of bodies|killed;a=A report by the UN Commission of Inquiry on Syria]]. "
    "The largest, at al-Qutayfah north of Damascus, is believed by local investigators to contain [[up to 100,000 bodies|killed;a=local investigators]]. "
    "In {{2014}}, a military photographer known as Caesar smuggled out photographs of [[about 6,700 detainees|killed;a=Human Rights Watch]] who died in custody, Human Rights Watch said. "
    "The Observatory for Human Rights estimated in {{2022}} that [[about 105,000 people|killed;a=The Observatory for Human Rights]] had died in government detention. "
    "The new authorities created a National Commission for Missing Persons in {{May 2025}}. The commission plans to collect DNA samples from [[more than 40,000 families|other;p;a=The commission;alt=a National Commission for Missing Persons]] of the missing. "
    "Until that work is done, the families of the disappeared live in uncertainty.",
)

F(
    "Feature: rebuilding Mosul's old city, house by house",
    "The old city of Mosul, on the west bank of the Tigris, was the last stand of the Islamic State group in {{2017}}, and it took the brunt of the battle. "
    "UN-Habitat estimated that [[about 8,000 houses|housing;a=UN-Habitat]] in the old city were damaged or destroyed, out of [[some 138,000|housing;u=structure;a=UN-Habitat]] damaged across the whole of Mosul. "
    "The rebuilding has been slow. "
    "UNESCO's Revive the Spirit of Mosul programme restored [[124 heritage houses|housing;a=UNESCO's Revive the Spirit of Mosul programme]], the programme says, and the city's municipality says [[between 3,000 and 4,000 homes|housing;a=the city's municipality]] have been repaired by their owners. "
    "Families who could not afford repairs stayed away: the International Organization for Migration says [[about 1,900 families|displaced;a=the International Organization for Migration]] from the old city were still displaced in {{2023}}. "
    "Others came back to damaged houses. "
    "In {{2019}} alone, [[some 4,500 families|returned;a=local officials]] returned to the west bank, local officials said, many to homes with no roofs. "
    "The battle itself killed [[between 9,000 and 11,000 civilians|killed;a=an Associated Press investigation]], according to an Associated Press investigation, a toll far higher than the [[1,260|killed;a=the Iraqi government]] acknowledged by the Iraqi government. "
    "Civil defence teams recovered [[more than 2,500 bodies|killed;a=Civil defence teams]] from the rubble of the old city in the year after the battle, Civil defence teams said. "
    "Some [[200 families|displaced;a=aid groups]] are still living in tents in the courtyards of ruined houses, aid groups say. "
    "A compensation scheme promised in {{2018}} was meant to pay [[up to 80,000 claimants|aid;p]], but by {{2023}} it had paid [[about 20,000|aid;a=the provincial compensation committee]], according to the provincial compensation committee.",
)

F(
    "Explainer: how many people are missing in the Gaza war",
    "Counting the missing in Gaza is one of the hardest parts of the war's record. "
    "The Palestinian Civil Defence estimates that [[about 10,000 people|missing;a=The Palestinian Civil Defence]] are buried under the rubble of destroyed buildings, a figure it has repeated since {{mid-2024}}. "
    "Those people are not included in the Gaza Health Ministry's death toll, which passed [[50,000|killed;a=the Gaza Health Ministry]] in {{March 2025}}, the Gaza Health Ministry said. "
    "The ministry's count includes only bodies registered at hospitals and morgues; it lists [[more than 15,000 children|killed;a=The ministry's count;alt=the Gaza Health Ministry]] among the dead. "
    "A study published in The Lancet in {{January 2025}} estimated that the ministry had undercounted traumatic deaths in the first {{nine months}} by {{about 41%}}. "
    "Families also search for people detained by the Israeli army. "
    "The Israeli rights group HaMoked says [[about 1,800 Gazans|arrested;a=The Israeli rights group HaMoked]] are held under the Unlawful Combatants Law, and that the army has not told families where [[several hundred others|missing;a=The Israeli rights group HaMoked]] are. "
    "The International Committee of the Red Cross says it has received [[more than 8,700 requests|other;u=other;a=The International Committee of the Red Cross]] from families looking for relatives in Gaza. "
    "On the Israeli side, [[251 hostages|kidnapped]] were taken on {{7 October 2023}}. "
    "During the ceasefire of {{January 2025}}, Hamas released [[33 Israeli hostages|kidnapped;a=Israeli officials]], [[eight|killed;a=Israeli officials]] of whom were dead, Israeli officials said, in exchange for [[about 1,800 Palestinian prisoners|other]]. "
    "Israel estimates that [[59 hostages|kidnapped;a=Israel]] remained in Gaza afterwards, of whom [[fewer than 25|kidnapped;a=Israel]] were believed to be alive.",
)

F(
    "Monitoring report: attacks on health care in Ukraine",
    "Attacks on health facilities in Ukraine have become a defining feature of the war, according to a report by Physicians for Human Rights and a coalition of Ukrainian groups. "
    "The coalition documented [[more than 1,700 attacks|other;a=The coalition;alt=Physicians for Human Rights]] on health care between {{February 2022}} and {{December 2024}}, among them strikes on [[about 520 hospitals and clinics|housing;n=hospitals and clinics;a=The coalition;alt=Physicians for Human Rights]]. "
    "The World Health Organization, which uses a narrower definition, verified [[2,254 attacks|other;a=The World Health Organization]] over the same period, and said they killed [[212 health workers and patients|killed;n=health workers and patients;a=The World Health Organization]]. "
    "The largest single strike hit the Okhmatdyt children's hospital in Kyiv on {{8 July 2024}}, killing [[two adults|killed]] and wounding [[dozens of people|injured]]. "
    "At the time, [[627 children|civilians;a=hospital staff]] were being treated in the hospital, hospital staff said; [[94|displaced;a=the health ministry]] of them were evacuated to other hospitals, the health ministry said. "
    "Near the front, [[about 120 health facilities|housing;a=regional health officials]] in the Kharkiv, Donetsk and Zaporizhzhia regions are out of service, regional health officials say. "
    "Ambulances are targeted too: [[more than 200 ambulances|other;a=the coalition;alt=Physicians for Human Rights]] have been damaged or destroyed, the coalition says. "
    "Ukraine's health ministry plans to rebuild [[160 facilities|housing;p;a=Ukraine's health ministry]] with World Bank funding by {{2027}}. "
    "The report also notes that [[at least 65 health workers|arrested;a=The report;alt=Physicians for Human Rights]] have been detained by Russian forces in occupied areas, and that [[some 30|missing;a=The report;alt=Physicians for Human Rights]] are unaccounted for.",
)

F(
    "Afghanistan's returnees: a year of forced returns from Iran and Pakistan",
    "The year {{2025}} saw the largest movement of Afghans back into their country since the Taliban returned to power in {{August 2021}}. "
    "The UN refugee agency says [[more than 2.6 million Afghans|returned;a=The UN refugee agency]] returned or were forced back from Iran and Pakistan during the year, compared with [[about 1.2 million|returned]] in {{2024}}. "
    "Iran accounted for most of them, [[about 1.8 million|returned;a=Iranian officials]], according to Iranian officials, after it set a deadline of {{6 July}} for undocumented Afghans to leave. "
    "At the peak, in the first week of July, [[up to 40,000 people a day|returned;a=the International Organization for Migration]] crossed at Islam Qala, the International Organization for Migration said. "
    "Pakistan deported or pushed out [[more than 800,000|returned;a=Pakistani officials]], Pakistani officials said, including [[some 130,000 holders|returned;a=Pakistani officials]] of Proof of Registration cards, who had long been protected. "
    "Many returnees had never lived in Afghanistan; UNICEF says {{about 40%}} of them are children. "
    "At Islam Qala, the authorities set up a reception centre that can hold [[about 10,000 people|capacity;a=the authorities]], the authorities said, and [[four transit camps|capacity]] opened near Herat. "
    "Aid agencies gave cash to [[about 350,000 returnee families|aid;a=OCHA]], according to OCHA, but said funding would run out for [[the remaining 200,000 households|aid;p]] expected by the end of the year. "
    "Women face particular hardship, as the Taliban bar them from most jobs. "
    "Among those deported from Iran were [[more than 3,000 former soldiers and officials|returned;n=soldiers and officials;a=Amnesty International]] of the previous government, Amnesty International said, who risk reprisals. "
    "The UN Assistance Mission in Afghanistan documented [[at least 100 cases|arrested;u=other;a=The UN Assistance Mission in Afghanistan]] of returnees detained by the Taliban on arrival. "
    "The World Food Programme says [[9.5 million Afghans|civilians;a=The World Food Programme]] face acute food insecurity, a number it expects to grow to [[about 12 million|civilians;p;a=The World Food Programme]] as returns continue.",
)

F(
    "Report: Kenya's Gen Z protests and the police response",
    "The protests against a finance bill that began in Nairobi in {{June 2024}} turned into the largest youth-led movement in Kenya's history, and the police response into one of its deadliest crackdowns. "
    "The Kenya National Commission on Human Rights (KNCHR) said [[60 people|killed;a=The Kenya National Commission on Human Rights (KNCHR)]] were killed during the protests between {{18 June}} and {{1 August}}, most of them shot by police. "
    "The commission also recorded [[more than 600 people|injured;a=The commission;alt=The Kenya National Commission on Human Rights (KNCHR)]] injured and [[1,376 arrests|arrested;u=person;a=The commission;alt=The Kenya National Commission on Human Rights (KNCHR)]]. "
    "On {{25 June}}, when protesters stormed Parliament, police killed [[at least 19 people|killed]] across the country. "
    "Abductions followed. "
    "The Law Society of Kenya said [[82 people|kidnapped;a=The Law Society of Kenya]] were abducted between {{June}} and {{December}}, many of them critics of the government on social media, and that [[29|missing;a=The Law Society of Kenya]] were still missing at the end of the year. "
    "The commission put the number of abductions at [[74|kidnapped;a=The commission;alt=The Kenya National Commission on Human Rights (KNCHR)]]. "
    "A year later, the anniversary protests of {{25 June 2025}} left [[16 people|killed;a=Amnesty Kenya]] dead, Amnesty Kenya said, and [[about 400|injured;a=Amnesty Kenya]] injured. "
    "During protests on {{7 July 2025}}, police arrested [[567 people|arrested;a=the Interior Ministry]], the Interior Ministry said. "
    "Shops in central Nairobi were looted and [[dozens of businesses|housing;u=structure]] burned.",
)

F(
    "Think-tank brief: Islamic State's resilience in Syria's desert",
    "The Islamic State group lost the last piece of its territorial caliphate at Baghouz in {{March 2019}}, but it has never been defeated in the Syrian desert. "
    "The UN Security Council's monitoring team estimates that the group has [[between 1,500 and 3,000 fighters|combatants;a=The UN Security Council's monitoring team]] in Syria and Iraq, down from [[about 10,000|combatants;a=The UN Security Council's monitoring team]] in {{2020}}. "
    "US Central Command said it carried out [[196 operations|other;u=other;a=US Central Command]] against the group in Syria and Iraq in the first half of {{2024}}, compared with [[191|other;u=other]] in the whole of {{2023}}. "
    "Those operations killed [[44 members|killed]] of the group and led to the detention of [[166 others|arrested]], according to the command. "
    "The biggest concern is the detention system run by the Kurdish-led SDF. "
    "[[About 9,000 suspected fighters|arrested;a=The Center for Operational Analysis and Research]] are held in [[more than 20 prisons|capacity;u=structure]] in northeast Syria, according to The Center for Operational Analysis and Research. "
    "In al-Hol camp, the SDF holds [[about 40,000 women and children|displaced;n=women and children;a=the SDF]] linked to the group, down from [[more than 73,000|displaced]] at the camp's peak in {{2019}}. "
    "Iraq has repatriated [[about 10,000 of its citizens|returned;n=citizens;a=Iraqi officials]] from al-Hol, Iraqi officials say, and plans to bring back [[the remaining 3,000 Iraqis|returned;p;a=Iraqi officials]] by the end of the year. "
    "In {{January 2022}}, an IS attack on the Ghwayran prison in Hasakah freed [[several hundred inmates|other;a=the SDF]], the SDF said, and the fighting killed [[more than 500 people|killed]]. "
    "The authors warn that a sudden US withdrawal could let [[thousands of detainees|other;p;a=The authors]] escape.",
)

F(
    "Year in review: the Sahel's displacement crisis spreads south",
    "For years, the humanitarian map of the central Sahel was drawn around Burkina Faso, Mali and Niger. "
    "In {{2024}}, the violence spilled further south, into the coastal states of Benin, Togo and Ghana, according to a year-end analysis by the Norwegian Refugee Council (NRC). "
    "The NRC counts [[about 3 million people|displaced;a=The NRC;alt=the Norwegian Refugee Council (NRC)]] displaced inside the three central Sahel countries, and [[more than 500,000 refugees|displaced;a=The NRC;alt=the Norwegian Refugee Council (NRC)]] who have fled across their borders. "
    "In northern Ghana, the number of Burkinabè asylum seekers rose to [[about 14,000|displaced;a=Ghanaian officials]], Ghanaian officials said, compared with [[fewer than 5,000|displaced]] at the start of {{2023}}. "
    "In Togo's Savanes region, the government says [[more than 40,000 people|displaced;a=the government]] have been displaced by attacks since {{2022}}. "
    "Mauritania hosts the largest single group: the Mbera camp and the villages around it shelter [[about 260,000 Malian refugees|displaced;a=UNHCR]], according to UNHCR, twice as many as two years earlier. "
    "The camp was designed for [[70,000 people|capacity]]. "
    "In Benin, jihadist attacks killed [[at least 28 soldiers|killed;a=the army]] in a single raid near the Niger border in {{January 2025}}, the army said. "
    "Schools have closed across the region: UNICEF says [[more than 14,000 schools|other;a=UNICEF]] were shut in the central Sahel by the end of the year, affecting [[2.8 million children|civilians;a=UNICEF]]. "
    "Aid groups reached [[about 1.9 million people|aid;a=Aid groups]] with food assistance in Burkina Faso, aid groups said, but the NRC warns that [[hundreds of thousands|civilians;a=the NRC;alt=the Norwegian Refugee Council (NRC)]] in blockaded towns remain out of reach. "
    "In Mali, the NRC says [[about 1,500 families|aid;a=the NRC;alt=the Norwegian Refugee Council (NRC)]] in Léré received emergency shelter kits after the town was cut off for {{eight months}}. "
    "The organisation expects displacement in the coastal states to double in {{2025}}, to [[about 100,000 people|displaced;p;a=The organisation;alt=the Norwegian Refugee Council (NRC)]].",
)

F(
    "Investigation: the Tadamon massacre and the men who filmed it",
    "In {{April 2022}}, The Guardian and New Lines magazine published footage, leaked from a Syrian military intelligence branch, showing the execution of [[41 people|killed]] in the Damascus district of Tadamon in {{April 2013}}. "
    "The researchers who obtained the video, Annsar Shahhoud and Ugur Umit Ungor, spent {{two years}} identifying the perpetrators and victims. "
    "They said the victims, blindfolded and with their hands tied, were shot one by one and pushed into a pit, and that [[at least 288 people|killed;a=Annsar Shahhoud and Ugur Umit Ungor]] were killed in Tadamon by the same unit over several months. "
    "Before the war, Tadamon had [[about 200,000 residents|civilians]], many of them from the Golan Heights and their descendants. "
    "By {{2014}}, the district was largely empty, and a UN survey counted [[fewer than 20,000 residents|civilians;a=a UN survey]] still living there. "
    "The Syrian government retook the area from rebels in {{2018}}, after which [[about 3,000 families|returned;a=local officials]] came back, local officials said. "
    "Many found their houses had been demolished: satellite images analysed by the researchers show that [[more than 400 buildings|housing;a=satellite images analysed by the researchers]] were razed between {{2015}} and {{2021}}. "
    "After the fall of Assad in {{December 2024}}, residents uncovered human remains near the site of the massacre, and the new authorities said they had arrested [[two members|arrested;a=the new authorities]] of the unit seen in the video. "
    "A third suspect was detained in the Netherlands, one of [[about 40 suspected perpetrators|arrested;a=the Syria Justice and Accountability Centre]] of Syrian war crimes held in Europe, according to the Syria Justice and Accountability Centre. "
    "The families of the Tadamon victims have asked the transitional government to exhume the pit, which they believe holds [[dozens of bodies|killed;a=The families of the Tadamon victims]]. "
    "The government says it plans to open [[15 forensic centres|other;p;a=The government;u=structure]] across the country to identify the remains of the disappeared.",
)

F(
    "Explainer: Ukraine's displaced, three years on",
    "Russia's full-scale invasion set off the largest refugee movement in Europe since the Second World War. "
    "At its peak, in {{spring 2022}}, UNHCR counted [[more than 8 million Ukrainian refugees|displaced;a=UNHCR]] across Europe, and the International Organization for Migration estimated that [[about 8 million others|displaced;a=the International Organization for Migration]] were displaced inside Ukraine. "
    "Three years later, UNHCR says [[about 6.9 million refugees|displaced;a=UNHCR]] from Ukraine are recorded worldwide, [[6.3 million|displaced;a=UNHCR]] of them in Europe. "
    "Germany hosts the most, [[about 1.2 million|displaced;a=German authorities]], according to German authorities, followed by Poland with [[close to 1 million|displaced;a=Polish officials]], Polish officials say. "
    "Inside the country, the number of internally displaced people has fallen to [[about 3.7 million|displaced;a=IOM]], IOM says, while [[4.5 million people|returned;a=the agency;alt=IOM]] have returned to their homes after a period of displacement, the agency says. "
    "Many of those who returned live near the front, where shelling continues. "
    "Evacuations from the Donetsk region became mandatory for families with children in {{2024}}; the regional administration said [[about 1,900 children|civilians;a=the regional administration]] were still living in front-line towns in {{March 2025}}. "
    "Ukraine runs [[more than 1,200 collective centres|capacity;a=the Ministry of Social Policy]] for displaced people, according to the Ministry of Social Policy, which house [[about 90,000 people|displaced;a=the Ministry of Social Policy]]. "
    "The ministry plans to build [[5,000 modular homes|housing;p;a=The ministry;alt=the Ministry of Social Policy]] for families who have lived in the centres for more than {{two years}}. "
    "Meanwhile, [[about 300,000 people|displaced;a=the Kharkiv regional administration]] from the Kharkiv region alone remain displaced, the Kharkiv regional administration says, and [[between 150 and 200 people a day|displaced;a=volunteers]] are still evacuated from the Kupiansk district, according to volunteers. "
    "The government says its housing compensation scheme has paid out to [[more than 95,000 families|aid;a=The government]] whose homes were damaged or destroyed. "
    "The Kyiv School of Economics estimates that [[about 236,000 residential buildings|housing;a=The Kyiv School of Economics]] have been damaged or destroyed since {{2022}}, including [[more than 209,000 private houses|housing;a=The Kyiv School of Economics]]. "
    "Surveys by UNHCR show that {{about 60%}} of refugees hope to return one day, down from {{77 percent}} in {{2023}}.",
)

F(
    "What we know about the exodus from Nagorno-Karabakh",
    "Within a week of Azerbaijan's military offensive of {{19 September 2023}}, almost the entire Armenian population of Nagorno-Karabakh had left for Armenia. "
    "The Armenian government said [[100,617 people|displaced;a=The Armenian government]] had crossed the Hakari bridge by {{1 October}}, out of an estimated pre-war population of [[about 120,000|civilians]]. "
    "That means [[fewer than 1,000|civilians;a=UN officials]] remained in the region, according to UN officials who visited Stepanakert, which Azerbaijan calls Khankendi, and found it nearly deserted. "
    "The offensive itself lasted only a day, but Armenian officials said [[more than 200 people|killed;a=Armenian officials]] were killed, including [[10 civilians|killed;a=Armenian officials]], and Azerbaijan said it lost [[192 soldiers|killed;a=Azerbaijan]]. "
    "A fuel depot explosion on {{25 September}}, as people queued for petrol to flee, killed [[218 people|killed]] and injured [[about 290|injured]]. "
    "Before the offensive, the region had been under a blockade of the Lachin corridor for more than {{nine months}}, during which the ICRC was the only organisation allowed to bring in food and move patients. "
    "The ICRC evacuated [[more than 600 patients|other;a=The ICRC]] to Armenia during the blockade, it said. "
    "In Armenia, the government registered [[about 30,000 families|aid;a=the government]] for a housing programme, the government said, and [[some 15,000 refugees|displaced]] were still living in temporary accommodation a year later. "
    "Armenia set up [[more than 300 reception points|capacity;a=Armenian officials]] in schools, hotels and community centres, Armenian officials said. "
    "Azerbaijan arrested [[eight former leaders|arrested;a=Azerbaijan]] of the region as they tried to leave, and Baku says they will be tried for terrorism. "
    "The Azerbaijani government plans to resettle [[about 140,000 Azerbaijanis|returned;p;a=The Azerbaijani government]] displaced in the {{1990s}} to Karabakh and the surrounding districts by {{2026}}, and says [[about 10,000|returned;a=The Azerbaijani government]] have already moved back. "
    "Armenians who left say they see no prospect of going back.",
)

F(
    "Human Rights Watch: ethnic killings in West Darfur",
    "Human Rights Watch has published a {{186-page}} report on the killings of ethnic Massalit and other non-Arab communities in El Geneina, West Darfur, by the Rapid Support Forces and allied Arab militias in {{2023}}. "
    "The group says [[thousands of people|killed;a=The group;alt=Human Rights Watch]] were killed between April and November, and a UN panel of experts put the toll in El Geneina at [[between 10,000 and 15,000|killed;a=a UN panel of experts]]. "
    "The worst violence came on {{15 June}}, when fighters opened fire on a convoy of residents trying to flee to Chad, killing [[hundreds of people|killed;a=survivors]], survivors said. "
    "In Adre, the Chadian border town, Médecins Sans Frontières treated [[more than 850 wounded|injured;a=Médecins Sans Frontières]] in just three days that week, the charity said. "
    "A second wave of killings in Ardamata, in {{November}}, left [[more than 1,300 people|killed;a=local monitors]] dead, local monitors said, and [[about 700 people|missing]] were unaccounted for. "
    "The violence emptied the city: UNHCR says [[about 500,000 refugees|displaced;a=UNHCR]] fled from West Darfur to Chad in {{2023}}, most of them Massalit. "
    "Camps in eastern Chad were quickly overwhelmed; the Adre settlement, set up for [[about 50,000 people|capacity]], held [[more than 150,000|displaced;a=aid groups]] by the end of the year, aid groups said. "
    "Human Rights Watch interviewed [[more than 220 people|other]] for the report. "
    "It also found that [[at least 45 neighbourhoods|other;u=other]] of El Geneina were looted and burned, and that [[dozens of women and girls|other;n=women and girls;a=Human Rights Watch]] were raped. "
    "The RSF denies targeting civilians and says [[its 2,000 fighters|combatants;n=fighters;a=The RSF]] in the city were protecting residents. "
    "The group calls for an arms embargo and for the International Criminal Court to investigate.",
)

F(
    "Analysis: the war in Tigray and its aftermath in numbers",
    "The war in Ethiopia's Tigray region, fought between {{November 2020}} and the Pretoria agreement of {{2 November 2022}}, is among the deadliest conflicts of the century, yet its toll is still disputed. "
    "Researchers at Ghent University estimate that [[between 300,000 and 600,000 people|killed;a=Researchers at Ghent University]] died from violence, famine and lack of health care. "
    "The African Union's envoy, Olusegun Obasanjo, has cited a figure of [[about 600,000|killed;a=The African Union's envoy, Olusegun Obasanjo]]. "
    "At the height of the war, the UN counted [[2.1 million displaced people|displaced;a=the UN]] in Tigray and [[more than 60,000 refugees|displaced]] in Sudan. "
    "In the neighbouring Amhara and Afar regions, the advance of Tigrayan forces in {{2021}} displaced [[hundreds of thousands of people|displaced]]. "
    "Since the peace deal, the interim administration says [[about 700,000 people|returned;a=the interim administration]] have gone home, but [[about 1 million|displaced;a=the interim administration]] remain in camps and host communities, mainly from Western Tigray, which Amhara forces still hold. "
    "In Mekelle and Shire, displaced families live in [[more than 600 schools|capacity;a=local education officials]], according to local education officials, which has kept [[about 1.4 million children|civilians;a=local education officials]] out of class. "
    "The Tigray Defence Forces had [[more than 250,000 fighters|combatants;a=Tigrayan leaders]] at their peak, Tigrayan leaders said. "
    "Under the agreement, [[about 270,000 former fighters|combatants;p;a=the National Rehabilitation Commission]] are to be disarmed and demobilised, the National Rehabilitation Commission says; the first phase, in {{2024}}, covered [[75,000|combatants;a=the commission;alt=the National Rehabilitation Commission]], the commission said. "
    "Sexual violence was widespread: health facilities treated [[more than 10,000 survivors|other;a=the regional health bureau]] of rape during the war, according to the regional health bureau. "
    "The Ethiopian Human Rights Commission and the UN human rights office documented the destruction of [[hundreds of health centres|housing;a=The Ethiopian Human Rights Commission and the UN human rights office]] and the looting of {{about 80%}} of hospitals in the region.",
)

F(
    "Monitoring overview: Gaza's displacement orders, month by month",
    "Since {{October 2023}}, the Israeli army has issued [[dozens of evacuation orders|other;u=other]] covering most of the Gaza Strip, and displacement has become the defining experience of the war for its [[2.1 million residents|civilians]]. "
    "UNRWA estimates that [[about 1.9 million people|displaced;a=UNRWA]], roughly nine in ten Gazans, have been displaced at least once, many of them repeatedly. "
    "The first order, on {{13 October 2023}}, told [[about 1.1 million people|displaced;a=the UN]] in the north to move south of Wadi Gaza within {{24 hours}}, according to the UN. "
    "When the army entered Rafah in {{May 2024}}, [[about 1 million people|displaced;a=UNRWA]] fled the city in less than {{three weeks}}, UNRWA said, compared with [[some 250,000|civilians]] who lived there before the war. "
    "Most went to the coastal strip of al-Mawasi, which the army designated a humanitarian zone; by {{August 2024}} the zone held [[about 1.7 million people|displaced;a=OCHA]] on about {{41 square kilometres}}, OCHA said. "
    "UNRWA schools served as the main shelters: [[about 190 UNRWA schools|capacity;a=the agency;alt=UNRWA]] housed displaced families at the height of the war, the agency said, and [[more than 500 people|killed;a=the agency;alt=UNRWA]] were killed in strikes on them. "
    "During the ceasefire of {{January 2025}}, [[more than 500,000 people|returned;a=the UN]] crossed back to the north within a week, the UN said, many to find their homes destroyed. "
    "UN satellite analysis shows that [[about 174,000 structures|housing;a=UN satellite analysis]] in Gaza had been damaged or destroyed by {{early 2025}}, {{69%}} of all structures. "
    "Aid agencies say they need [[about 120,000 tents|aid;p;a=Aid agencies]] to shelter people who have nothing to return to, and that [[fewer than 30,000|aid;a=Aid agencies]] had entered by {{February}}. "
    "In {{March 2025}}, when fighting resumed, new orders displaced [[about 142,000 people|displaced;a=OCHA]] in {{a week}}, OCHA said. "
    "The army says the orders are meant to protect civilians; rights groups argue they amount to forcible transfer.",
)
