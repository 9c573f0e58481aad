"""Border clashes between Armenia and Azerbaijan (2014-2024), the villages under fire on both
sides, prisoners, hostages and the missing of three wars, mass graves, the exchanges and the
monitors, and the protests over the border (16 items, 2 without figures)."""

from _wrap import item

item(
    "Four days of fighting leave dozens dead on Karabakh line",
    """YEREVAN/BAKU (Reuters) - Armenia's Defence Ministry said on Tuesday that [[92 Armenian
    servicemen|killed;a=Armenia's Defence Ministry]] had been killed in {{four days}} of the worst
    fighting on the Nagorno-Karabakh line of contact since the {{1994}} ceasefire, and [[more than
    120|injured;a=Armenia's Defence Ministry]] wounded. Azerbaijan's Defence Ministry put its own
    losses at [[31 soldiers|killed;a=Azerbaijan's Defence Ministry]]. Separatist officials said
    [[about 400 residents|displaced;a=Separatist officials]] of the village of Talysh had fled to
    Martakert and Stepanakert, and that [[dozens of houses|housing;a=Separatist officials]] there
    were damaged. In Azerbaijan's Tartar district, [[six civilians|killed;a=the prosecutor's
    office]] were killed by shelling, the prosecutor's office said. Baku said it had moved [[about
    2,000 troops|combatants;a=Baku]] to the front before the truce brokered in Moscow on {{5
    April}}. [[Eighteen bodies|killed]] were exchanged under ICRC supervision on Saturday.""",
)

item(
    "Border clashes in Tovuz kill an Azerbaijani general, spark Baku protest",
    """BAKU (AP) - [[At least 16 people|killed;a=officials in both countries]], including an Azerbaijani major general and a
    civilian, have been killed in clashes on the northern section of the Armenia-Azerbaijan
    border since Sunday, officials in both countries said. Azerbaijan's Defence Ministry said [[11
    servicemen|killed;a=Azerbaijan's Defence Ministry]] had died, while Armenia said it had lost
    [[four soldiers|killed;a=Armenia]]. Armenian officials said [[about 30 houses|housing;
    a=Armenian officials]] in the village of Chinari were hit by shells and [[two
    residents|injured;a=Armenian officials]] were hurt. In Baku, [[tens of thousands of
    people|other]] marched to parliament overnight demanding war, and some broke into the
    building. The Interior Ministry said [[16 people|arrested;a=The Interior Ministry]] had been
    detained and [[seven police officers|injured;a=The Interior Ministry]] injured. The fighting
    is taking place about {{300 km}} north of Nagorno-Karabakh.""",
)

item(
    "Azerbaijani troops cross into Syunik, capture six Armenian soldiers",
    """YEREVAN (Azatutyun) - [[About 250 Azerbaijani soldiers|combatants;a=Armenia's acting Prime
    Minister Nikol Pashinyan]] crossed up to {{3.5 km}} into Armenia's Syunik and Gegharkunik
    provinces on Wednesday, Armenia's acting Prime Minister Nikol Pashinyan said. On Thursday
    Azerbaijani forces captured [[six Armenian soldiers|arrested;a=the Armenian Defence Ministry]]
    who were doing engineering work near the village of Verin Shorzha, the Armenian Defence
    Ministry said. Baku said the men were part of a sabotage group and would be tried. Armenia
    sent [[several hundred troops|combatants]] to the area around Lake Sev, which Armenians call
    Sev Lich. The Kremlin said Russian border guards, of whom there are [[about 4,500|combatants;
    a=The Kremlin]] in Armenia, were not involved. Villagers in Ishkhanasar said [[more than 1,000
    sheep|other;a=Villagers in Ishkhanasar]] could no longer be taken to summer pastures, and [[up to 100 villagers|civilians;a=Villagers in Ishkhanasar]] had lost their grazing land.""",
)

item(
    "Armenia says 207 soldiers killed in September border assault",
    """YEREVAN (Reuters) - Armenia's Defence Ministry said on Tuesday that [[207
    servicemen|killed;a=Armenia's Defence Ministry]] had been killed after
    Azerbaijan's attack on towns and positions inside Armenia on {{13 September}} and {{14
    September}}, and [[293|injured;a=Armenia's Defence Ministry]] wounded. [[Three
    civilians|killed]] were also killed. Azerbaijan said [[80 of its servicemen|killed;
    a=Azerbaijan]] had died and [[281|injured;a=Azerbaijan]] were wounded. Armenian officials
    said [[192 houses|housing;a=Armenian officials]] had been damaged in the resort town of Jermuk
    and in villages in Syunik and Gegharkunik. [[About 7,600 people|displaced;a=Armenia's
    human rights defender Kristinne Grigoryan]] were evacuated, Armenia's human rights defender
    Kristinne Grigoryan said, among them [[1,400 children|displaced;a=Kristinne Grigoryan]]. The
    CSTO sent a mission but no troops, and Russia kept [[about 3,000 soldiers|combatants]] at its base in Gyumri out of the fighting. A ceasefire took hold on the evening of {{14
    September}}.""",
)

item(
    "Jermuk's hotels empty as evacuated residents return",
    """JERMUK, Armenia (AFP) - [[About 2,000|returned;a=the mayor]] of [[the 4,000 people|displaced;a=the
    mayor]] evacuated from Jermuk during the September shelling have come back, the mayor said on
    Friday, but the spa town's hotels are empty. The town council said [[24 buildings|housing;
    a=The town council]] were damaged, [[six of them|housing;n=-;u=structure;a=The town council]] beyond
    repair. The government has paid compensation to [[about 340 families|aid]] in Syunik and Gegharkunik for damaged homes. In the village of Sotk, a
    gold mine that employs [[about 600 people|other]] has not reopened. Residents of Sotk say
    [[more than 60 families|displaced;a=Residents of Sotk]] are still staying with relatives in Vardenis. The
    regional governor said [[300 soldiers|combatants;a=The regional governor]] had been posted to
    the heights above the town.""",
)

item(
    "Three decades on, Azerbaijan lists nearly 4,000 missing from first war",
    """BAKU (Report) - [[Nearly 4,000 Azerbaijanis|missing;a=the State Commission on Prisoners of
    War, Hostages and Missing Persons]] are still missing from the first Karabakh war of the
    {{1990s}}, the State Commission on Prisoners of War, Hostages and Missing Persons said on
    Thursday. The commission said [[719 of them|missing;n=-;a=The commission;alt=the State Commission on Prisoners of War, Hostages and Missing Persons]] were civilians,
    including [[71 children|missing;a=The commission;alt=the State Commission on Prisoners of War, Hostages and Missing Persons]] and [[266 women|missing;a=The commission;alt=the State Commission on Prisoners of War, Hostages and Missing Persons]].
    The commission also lists [[more than 870 people|kidnapped;a=The commission;alt=the State Commission on Prisoners of War, Hostages and Missing Persons]] who were taken
    hostage and never released. During the war and the years after it, [[about 1,480
    hostages|kidnapped;a=the commission;alt=the State Commission on Prisoners of War, Hostages and Missing Persons]] were freed, the commission said. Armenia's commission on
    the missing says [[about 1,000 Armenians|missing;a=Armenia's commission on the missing]] from
    the same war are unaccounted for. Among those freed were [[224 children|kidnapped;a=the commission;alt=the State Commission on Prisoners of War, Hostages and Missing Persons]], the commission said. The ICRC collects DNA samples from families on both sides.""",
)

item(
    "Remains of 12 people found in mass grave in Kalbajar, Baku says",
    """BAKU (Reuters) - Azerbaijan's Prosecutor General's Office said on Monday investigators had
    found the remains of [[at least 12 people|killed;a=Azerbaijan's Prosecutor General's Office]]
    in a mass grave near the village of Edilli in the Kalbajar district. The office said they were
    believed to be among [[the 39 civilians|missing;a=The office;alt=Azerbaijan's Prosecutor General's Office]] who went missing from the
    village in {{1993}}. Since the {{2020}} war, investigators have found [[more than 20 mass
    graves|other;u=other;n=graves;a=investigators]] in the retaken districts and exhumed the
    remains of [[about 250 people|killed;a=investigators]], according to the office. Forensic
    teams have identified [[140|killed;n=-]] of them so far. [[Some 30 forensic experts|other]]
    from Turkey and Bosnia are helping with the work. Baku says [[about 700 people|missing;a=Baku]] from Kalbajar district are still missing. Armenia said it was ready to share archive
    material on the location of graves.""",
)

item(
    "Armenia frees two Azerbaijani soldiers, Baku releases 32 Armenians",
    """YEREVAN/BAKU (AFP) - Azerbaijan freed [[32 Armenian servicemen|other;a=the office of
    Armenian Prime Minister Nikol Pashinyan]] on Wednesday in exchange for [[two Azerbaijani
    soldiers|other;a=the office of Armenian Prime Minister Nikol Pashinyan]] held in Armenia, the
    office of Armenian Prime Minister Nikol Pashinyan said. The swap, agreed in a joint statement
    on {{7 December}}, took place on the border near Ijevan. The Azerbaijanis had crossed
    into Armenia in {{April}}, and one of them was convicted of murder, a conviction set aside
    for the swap. Armenia's human rights defender said [[at least 23 Armenians|arrested;a=Armenia's
    human rights defender]], including former Karabakh leaders, remained in Azerbaijani custody.
    Baku says it holds [[no more than 23|arrested;a=Baku]]. Since the {{2020}} war, Azerbaijan has handed back [[more than 150 Armenian detainees|other]] in [[about 10 exchanges|other;u=other]]. [[Some 80 relatives|other]] waited at
    the crossing with flowers.""",
)

item(
    "Police detain 151 as border protest blocks Yerevan streets",
    """YEREVAN (Reuters) - Armenian police detained [[151 people|arrested;a=the Interior
    Ministry]] on Monday as protesters blocked streets across Yerevan against the handing over of
    [[four villages|other;a=the Interior Ministry]] in Tavush province to Azerbaijan, the Interior Ministry said.
    [[Ninety-eight people|injured;a=the Health Ministry]], [[17 of them|injured;n=-;a=the Health
    Ministry]] police officers, were treated for injuries after clashes outside parliament on
    Sunday, the Health Ministry said. The movement led by Archbishop Bagrat Galstanyan said [[more
    than 30,000 people|other;a=The movement led by Archbishop Bagrat Galstanyan]] had joined the
    rally. Police said [[about 10,000|other;a=Police]] attended. The government deployed
    [[hundreds of police officers|combatants]] around government buildings. Under the border deal,
    Armenia will cede {{about 12 km}} of road and the land around the villages of Baghanis and
    Voskepar.""",
)

item(
    "EU monitors step up patrols along Armenia-Azerbaijan border",
    """YEREVAN (EUMA) - The European Union Mission in Armenia said on Wednesday it had conducted
    [[more than 5,000 patrols|other;u=other;a=The European Union Mission in Armenia]] since it
    deployed in {{February 2023}}, and that its [[209 monitors|other;a=The European Union Mission in Armenia]] would be increased to
    [[about 230|other;p;a=The European Union Mission in Armenia]] next year. The mission, which has [[four field offices|other;u=structure]] in
    Armenia, reported [[12 incidents of gunfire|other;u=other;n=incidents;a=The mission;
    alt=The European Union Mission in Armenia]] in the border areas in
    the last month, down from [[40|other;u=other;a=The mission;alt=The European Union Mission in Armenia]] in the same month of the previous year.
    Azerbaijan says the mission should not be in the region. The mandate runs until {{February
    2027}}.""",
)

item(
    "Baku says two civilians taken hostage in Kalbajar raid",
    """BAKU (APA) - [[Two Azerbaijani civilians|kidnapped;a=Azerbaijan's State Commission on
    Prisoners of War, Hostages and Missing Persons]] were taken hostage by Armenian forces in the
    occupied Kalbajar district, Azerbaijan's State Commission on Prisoners of War, Hostages and
    Missing Persons said. A {{third}} man was shot dead. The men had gone to visit the graves of
    relatives, Baku says. Karabakh's separatist authorities said they had detained [[two
    saboteurs|arrested;a=Karabakh's separatist authorities]] and killed [[one|killed;a=Karabakh's separatist authorities]].
    The commission said the men were among [[about 20 Azerbaijanis|kidnapped;a=The commission;alt=Azerbaijan's State Commission on Prisoners of War, Hostages and Missing Persons]]
    held hostage since the {{1994}} ceasefire. The ICRC visited them in
    custody in Stepanakert in {{August}}. Azerbaijan's ombudsman, Elmira Suleymanova, appealed to
    [[more than 40 international bodies|other;u=other;n=bodies]] for their release.""",
)

item(
    "Armenian villagers under fire in Syunik, ombudsman reports",
    """YEREVAN (Armenpress) - Azerbaijani fire on the village of Sotk on Friday injured [[two
    civilians|injured;a=Armenia's human rights defender Anahit Manasyan]], Armenia's human rights
    defender Anahit Manasyan said. She said [[three houses|housing;a=Anahit Manasyan]] and a
    school were damaged and [[more than 200 residents|civilians;a=Anahit Manasyan]] were now
    living without gas. In a separate incident near Tegh, [[two Armenian villagers|kidnapped;
    a=the village head]] collecting firewood were seized by Azerbaijani soldiers, the village head
    said. Both were handed back {{two days}} later through the ICRC. Since {{September 2022}},
    shelling has killed [[seven civilians|killed;a=the ombudsman;alt=Anahit Manasyan]] in
    Armenia's border villages, the ombudsman said. Azerbaijan's Defence Ministry said it had recorded
    [[11 attacks|other;u=other;a=Azerbaijan's Defence Ministry]] on its posts from Armenian positions the same week.""",
)

item(
    "Azerbaijani border village counts damage from sniper and mortar fire",
    """TOVUZ, Azerbaijan (Trend) - Shelling of the village of Aghdam in Tovuz district damaged
    [[17 houses|housing;a=Azerbaijan's ombudsman Sabina Aliyeva]] and a school, Azerbaijan's
    ombudsman Sabina Aliyeva said after visiting the village. She said [[one
    resident|injured;a=Sabina Aliyeva]] was hurt by shrapnel and [[more than 100 head of
    cattle|other;a=Sabina Aliyeva]] were killed. The village, home to [[about 2,500
    people|civilians]], lies within range of Armenian positions across the border. [[About 40
    families|displaced]] moved to the district centre after the July fighting. [[Twelve
    soldiers|combatants]] were posted to the village school, which has [[260 pupils|other]]. A
    {{67-year-old}} farmer said he had rebuilt his roof twice.""",
)

item(
    "Armenia and Azerbaijan initial peace agreement at White House",
    """WASHINGTON (AFP) - Armenia and Azerbaijan initialled a peace agreement at the White House
    on {{8 August 2025}}, ending a conflict that began in {{1988}}. The text commits both sides to recognise each other's borders and to withdraw cases from
    international courts within {{a month}}. A transit route across southern Armenia, about {{43
    km}} long, will be developed by a US company under a {{99-year}} lease, officials said. The
    OSCE Minsk Group, set up in {{1992}}, is to be dissolved. A final signing was expected in
    {{2026}}, after Armenia amends its constitution.""",
)

item(
    "European court rules on Armenians held after Karabakh war",
    """STRASBOURG (Reuters) - The European Court of Human Rights ruled on Tuesday that Azerbaijan
    had violated Article {{3}} of the Convention in the treatment of an Armenian soldier captured
    in {{November 2020}}. The court ordered Baku to pay {{€15,000}} in damages and {{€3,000}} in
    costs within {{three months}}. The application was lodged in {{2021}}. The judgment was unanimous. Azerbaijan said it would ask for the case to be referred to the
    Grand Chamber within the {{three-month}} period allowed.""",
)

item(
    "Shelling on Armenian side of border forces families out of Tavush villages",
    """IJEVAN, Armenia (CivilNet) - Azerbaijani mortar fire hit the village of Berdavan in Tavush
    province overnight, damaging [[four homes|housing;a=the regional administration]] and wounding
    [[two people|injured;a=the regional administration]], a man {{aged 40}} and his son, the regional
    administration said. [[About 25 families|displaced;a=the village head]] have left for Ijevan since the
    shelling resumed, the village head said. The village had [[roughly 3,000
    residents|civilians]] before the {{2020}} war. Police said [[30 officers|combatants;a=Police]]
    had been sent to help guard the school, which has [[180 pupils|other;a=Police]]. The Red Cross said
    it would distribute [[150 food parcels|aid;p;a=The Red Cross]] and [[200 sheets of plastic|aid;
    p;u=other;n=sheets;a=The Red Cross]] to cover windows.""",
)
