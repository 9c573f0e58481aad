"""Europe and the Caucasus: Ukraine, Russia and Nagorno-Karabakh, 2015-2025 (11 articles with
figures, 1 without)."""

from _wrap import item

item(
    "UN monitors record highest monthly civilian toll in Ukraine since 2022",
    """Russian attacks killed
    [[at least 219 civilians|killed;a=the UN Human Rights Monitoring Mission in Ukraine (HRMMU)]]
    and injured [[1,018|injured;a=the UN Human Rights Monitoring Mission in Ukraine (HRMMU)]] in
    Ukraine in July, the highest monthly toll since {{October 2022}}, the UN Human Rights
    Monitoring Mission in Ukraine (HRMMU) said on Friday. Most of the casualties were caused by
    missiles, glide bombs and artillery fired into cities near the front line and far behind it.
    A missile barrage on {{July 8}} that hit Kyiv's Okhmatdyt children's hospital killed
    [[at least 33 civilians|killed]] in the capital alone. The monitors have verified
    [[11,520 civilian deaths|killed;a=The monitors;alt=the UN Human Rights Monitoring Mission in Ukraine (HRMMU)]]
    since Russia launched its full-scale invasion in {{February 2022}}, as well as
    [[23,640 people|injured;a=The monitors;alt=the UN Human Rights Monitoring Mission in Ukraine (HRMMU)]]
    injured. The mission said the actual numbers are likely significantly higher, because
    information from occupied areas such as Mariupol is hard to obtain and many reports have yet
    to be corroborated. Ukraine's own count of children is higher than the UN's: the Prosecutor
    General's Office says [[at least 570 children|killed;a=the Prosecutor General's Office]]
    have been killed and [[more than 1,600|injured;a=the Prosecutor General's Office]] injured.
    In Kharkiv on Thursday, rescuers pulled
    [[eight bodies|killed;a=the State Emergency Service]] from the rubble of a five-storey
    building hit by a guided bomb, the State Emergency Service said. About {{88 percent}} of
    civilian casualties in July occurred in territory controlled by the Ukrainian government,
    the monitors said.""",
)

item(
    "On the war's 1,000th day, Kyiv puts Russian losses above 700,000",
    """Russia has lost
    [[about 719,000 troops|killed;a=the General Staff of Ukraine's Armed Forces]] killed or
    wounded since the start of its full-scale invasion in {{February 2022}}, the General Staff
    of Ukraine's Armed Forces said on Tuesday, the {{1,000th day}} of the war, including
    [[1,530|killed;a=the General Staff of Ukraine's Armed Forces]] over the past day. The
    General Staff said Russian forces had also lost
    [[9,367 tanks|other;a=The General Staff;alt=the General Staff of Ukraine's Armed Forces]]
    and
    [[20,510 artillery systems|other;u=other;a=The General Staff;alt=the General Staff of Ukraine's Armed Forces]].
    The figures cannot be independently verified, and Moscow does not publish its own
    casualties. Britain's Defence Intelligence estimated that Russia suffered an average of
    [[1,523 casualties a day|killed;a=Britain's Defence Intelligence]] in {{October}}, its
    highest rate of the war. Ukraine is even more guarded about its own losses. President
    Volodymyr Zelensky said in {{February}} that
    [[31,000 Ukrainian soldiers|killed;a=President Volodymyr Zelensky]] had been killed, a
    figure Western officials consider too low. The Wall Street Journal, citing Ukrainian
    estimates, reported in {{September}} that [[80,000|killed;a=The Wall Street Journal]] had
    been killed and [[400,000|injured;a=The Wall Street Journal]] wounded. Russia's defence
    ministry claims Ukraine has lost
    [[nearly a million men|killed;v=1000000;q=approx;a=Russia's defence ministry]], a number
    Kyiv dismisses as propaganda. The UN has verified
    [[more than 12,000 civilian deaths|killed;a=The UN]], most of them in areas under Ukrainian
    control.""",
)

item(
    "Names of the dead: confirmed Russian war losses pass 100,000",
    """Journalists at Mediazona and BBC News Russian have now established the names of
    [[106,745 Russian servicemen|killed;a=Journalists at Mediazona and BBC News Russian]] killed
    in the war against Ukraine, drawing on obituaries, posts by relatives on social media and
    announcements by regional governors. The true number is far higher. By comparing inheritance
    records with normal mortality, Mediazona and Meduza estimated that
    [[about 165,000|killed;a=Mediazona;alt=Meduza]] Russian soldiers had died by the end of
    {{June 2024}}. The confirmed list includes [[more than 17,000 prisoners|killed]] recruited
    from penal colonies, first by the Wagner group and later by the Defence Ministry's Storm-Z
    units, who were sent into the deadliest assaults around Bakhmut. Officers account for
    [[just over 5,000|killed]] of the dead, among them [[seven generals|killed]]. The Kremlin
    has not updated its own figure since {{September 2022}}, when Defence Minister Sergei Shoigu
    said [[5,937 soldiers|killed;a=Defence Minister Sergei Shoigu]] had died. The
    self-proclaimed Donetsk People's Republic stopped publishing its losses the same year, after
    reporting [[4,163 deaths|killed;a=The self-proclaimed Donetsk People's Republic]] among its
    militia. The missing are not in any count: relatives' groups say
    [[tens of thousands of soldiers|missing;a=relatives' groups]] are unaccounted for, and many
    families learn of a death only months later. Ukraine says it is holding
    [[thousands of Russian prisoners of war|arrested;n=prisoners of war;a=Ukraine]], whom it
    hopes to trade for its own.""",
)

item(
    "Russia and Ukraine complete largest prisoner swap of the war",
    """Russia and Ukraine each handed over [[303 soldiers|other;a=officials on both sides]] on
    Sunday, completing a {{three-day}} exchange of
    [[1,000 prisoners|other;a=officials on both sides]] apiece agreed at talks in Istanbul,
    officials on both sides said. It was the largest swap since the full-scale invasion began in
    {{February 2022}}. On Friday, [[390 Ukrainians|other]], among them [[270 soldiers|other]]
    and [[120 civilians|other]], were brought home across the border with Belarus, where
    relatives waited with flags and photographs. Ukraine's Coordination Headquarters for the
    Treatment of Prisoners of War said
    [[more than 5,000 Ukrainians|other;a=Ukraine's Coordination Headquarters for the Treatment of Prisoners of War]]
    had been freed in
    [[64 exchanges|other;u=other;a=Ukraine's Coordination Headquarters for the Treatment of Prisoners of War]]
    since {{2022}}. Officials estimate that [[at least 8,000|arrested;a=Officials]] remain in
    Russian captivity, including [[hundreds of civilians|arrested;a=Officials]] taken from
    occupied towns. Many of those freed had lost {{20 kilograms}} or more and spoke of beatings
    and hunger. The UN human rights office has documented the executions of
    [[at least 79 Ukrainian prisoners of war|killed;n=prisoners of war;a=The UN human rights office]]
    since {{August 2024}}, and says it has received credible reports of many more. Russia's
    defence ministry said its returning soldiers were receiving medical and psychological care
    in Belarus before being flown to Moscow.""",
)

item(
    "Ukraine receives 909 bodies as families wait for news of the missing",
    """Ukraine has received the bodies of
    [[909 people|killed;a=the Coordination Headquarters for the Treatment of Prisoners of War]]
    that Russia says are those of Ukrainian soldiers, the Coordination Headquarters for the
    Treatment of Prisoners of War said on Friday. [[Forty-three bodies|killed]] of Russian
    servicemen were handed back in return. Since {{2022}},
    [[more than 7,000 bodies|killed;a=the headquarters;alt=the Coordination Headquarters for the Treatment of Prisoners of War]]
    have been repatriated to Ukraine in such exchanges, the vast majority of them soldiers,
    according to the headquarters. [[About 1,500|killed]] are still held in morgues awaiting
    identification. Artur Dobroserdov, the commissioner for the missing, said in {{March}} that
    [[more than 63,000 people|missing;a=Artur Dobroserdov]] were listed as missing under special
    circumstances, including [[about 2,000 civilians|missing;a=Artur Dobroserdov]]. Relatives
    have submitted [[more than 120,000 DNA samples|other;u=other;a=the Interior Ministry]] to a
    national database, the Interior Ministry said, but matches are slow because many bodies are
    returned with no documents. In {{2022}}, after Russian forces withdrew from Izium,
    investigators exhumed [[447 bodies|killed]] from a burial site in a pine forest on the edge
    of town. For families, uncertainty is the hardest part. "Every exchange, I read the lists,"
    said Olena, whose son has been missing near Bakhmut since {{May 2023}}.""",
)

item(
    "Mariupol theater strike killed close to 600, AP investigation finds",
    """The Russian airstrike on a theater in Mariupol in {{March}} killed
    [[close to 600 people|killed;a=an Associated Press investigation]] inside and outside the
    building, twice the number most previously estimated, an Associated Press investigation has
    found. City officials had put the toll at [[about 300|killed;a=City officials]] soon after
    the {{March 16}} attack. The AP spoke to [[23 survivors|other]], rescuers and people
    familiar with the shelter, and used a floor plan of the building to reconstruct where people
    had been. Witnesses estimated that
    [[between 1,000 and 1,200 people|displaced;a=Witnesses]] had been sheltering inside, many of
    them families who had lost their homes to shelling. The word "children" was painted in
    Russian in huge letters on the pavement outside. Mariupol's mayor, Vadym Boychenko, says
    [[more than 21,000 civilians|killed;a=Vadym Boychenko]] were killed in the {{86-day}} siege.
    Satellite images show [[more than 10,000 new graves|other;u=other]] dug in and around the
    city since the invasion. Before the war, the port city had
    [[about 430,000 residents|civilians;a=Ukrainian officials]];
    [[about 100,000|civilians;a=Ukrainian officials]] remained when Russian forces took full
    control in {{May}}, according to Ukrainian officials. Russia denies targeting civilians and
    claims, without evidence, that the theater was used as a base by Ukrainian fighters.""",
)

item(
    "Armenia raises Karabakh war toll as search for remains goes on",
    """Armenia has raised the toll of its soldiers killed in last year's {{six-week}} war with
    Azerbaijan over Nagorno-Karabakh to [[3,825|killed;a=the health ministry]], up from
    [[2,425|killed;a=the health ministry]] announced when the fighting ended in {{November}},
    the health ministry said on Wednesday. Search teams are still recovering remains from areas
    now under Azerbaijani control: [[1,617 bodies|killed;a=officials]] have been found since the
    ceasefire, and [[around 240 soldiers|missing;a=officials]] remain unaccounted for, officials
    said. Azerbaijan's defence ministry says
    [[2,906 servicemen|killed;a=Azerbaijan's defence ministry]] were killed and
    [[six|missing;a=Azerbaijan's defence ministry]] remain missing. Armenia's human rights
    ombudsman counted [[85 civilians|killed;a=Armenia's human rights ombudsman]] killed on the
    Armenian side, while Azerbaijan's prosecutor general said
    [[100 Azerbaijani civilians|killed;a=Azerbaijan's prosecutor general]] died, many of them in
    missile strikes on the city of Ganja, far from the front. Baku is holding
    [[at least 40 Armenians|arrested]] it describes as saboteurs captured after the truce;
    Yerevan says they are prisoners of war who must be returned under the ceasefire terms.
    Under the Russian-brokered deal, [[about 2,000 Russian peacekeepers|combatants]] deployed to
    the region for an initial {{five years}}. The war ended {{26 years}} of Armenian control
    over much of the territory.""",
)

item(
    "UN puts eastern Ukraine conflict toll at up to 13,200",
    """The conflict in eastern Ukraine has killed
    [[between 13,000 and 13,200 people|killed;a=the UN human rights office]] since it began in
    {{April 2014}}, including [[3,350 civilians|killed;a=the UN human rights office]], the UN
    human rights office said on Friday.
    [[Between 29,000 and 31,000 people|injured;a=the UN human rights office]] were injured,
    among them [[7,000 to 9,000 civilians|injured;a=the UN human rights office]], it said. The
    office had put the toll at
    [[between 12,800 and 13,000|killed;a=The office;alt=the UN human rights office]] in its
    previous report, and revised it after new information from both sides of the contact line.
    It includes [[the 298 people|killed]] on board Malaysia Airlines flight {{MH17}}, which was
    shot down over territory held by Russian-backed separatists in {{July 2014}}. The deadliest
    period came early: civilian deaths fell from [[2,084|killed]] in {{2014}} to [[27|killed]]
    in {{2019}}, the lowest annual figure since the war began. Ukraine's social policy ministry
    says [[more than 1.4 million people|displaced;a=Ukraine's social policy ministry]] are
    registered as internally displaced, many of them pensioners who cross the line every few
    months to collect their payments. The Minsk agreements of {{2015}} have reduced the fighting
    but not ended it, and ceasefire violations are reported almost daily.""",
)

item(
    "Ukraine says it has taken hundreds of prisoners in Kursk push",
    """Ukraine's top commander, Oleksandr Syrskyi, said on Tuesday that his troops had captured
    [[594 Russian soldiers|arrested;a=Oleksandr Syrskyi]] and taken control of
    [[92 settlements|other;u=other;a=Oleksandr Syrskyi]] since crossing into Russia's Kursk
    region {{two weeks}} ago, an area of {{1,250 square kilometres}}. Russia's defence ministry
    said Ukraine had lost [[more than 4,100 troops|killed;a=Russia's defence ministry]] and
    [[61 tanks|other;a=Russia's defence ministry]] in the region, figures Kyiv dismissed. Neither
    side's claims could be independently verified. Russian military bloggers said
    [[hundreds of conscripts|arrested;a=Russian military bloggers]] were among those captured,
    a sensitive issue for the Kremlin, which had promised that conscripts would not be sent into
    combat. Alexei Smirnov, the acting governor of Kursk, said
    [[12 civilians|killed;a=Alexei Smirnov]] had been killed and
    [[121|injured;a=Alexei Smirnov]] wounded, including [[10 children|injured;a=Alexei Smirnov]].
    [[More than 121,000 people|displaced;a=Alexei Smirnov]] have been evacuated from border
    districts, he said, and many are living with relatives or in temporary accommodation in the
    city of Kursk. It is the largest foreign incursion into Russian territory since the Second
    World War. Ukrainian officials say the operation is meant to create a buffer zone and
    stretch Russian forces, not to hold territory indefinitely.""",
)

item(
    "Ukraine has brought home only a fraction of children taken to Russia",
    """Ukraine's government says Russia has deported or forcibly transferred
    [[19,546 children|kidnapped;a=Ukraine's government]] from occupied territories since the
    full-scale invasion, and that
    only [[388|returned;a=Ukraine's government]] have been brought back. Some were taken from
    orphanages and boarding schools, others separated from their parents at so-called
    filtration camps. Russia's commissioner for children's rights, Maria Lvova-Belova, has
    presented the transfers as a humanitarian rescue and says
    [[more than 700,000 Ukrainian children|displaced;a=Maria Lvova-Belova]] have "found refuge"
    in Russia. Researchers at Yale University's Humanitarian Research Lab identified
    [[314 children|kidnapped;a=Researchers at Yale University's Humanitarian Research Lab]] who
    were taken to Russia and placed in foster families or put up for adoption. The International
    Criminal Court issued arrest warrants for Lvova-Belova and President Vladimir Putin in
    {{March 2023}} over the deportations. Qatar, which mediates between the two sides, says it
    has helped reunite [[more than 80 children|returned;a=Qatar]] with their families. A group of
    [[13 children|returned;a=the presidential office]] arrived in Kyiv on Tuesday via Belarus,
    the presidential office said. The war has also killed
    [[at least 589 children|killed;a=Ukraine's prosecutors]] and injured
    [[more than 1,700|injured;a=Ukraine's prosecutors]], according to Ukraine's prosecutors.""",
)

item(
    "Housing takes heaviest hit as Ukraine's war damage reaches $176 billion",
    """Russia's full-scale invasion has damaged or destroyed
    [[more than 236,000 homes|housing;a=the Kyiv School of Economics (KSE)]], including
    [[about 210,000 private houses|housing;a=the Kyiv School of Economics (KSE)]] and
    [[27,000 apartment buildings|housing;a=the Kyiv School of Economics (KSE)]], the Kyiv School
    of Economics (KSE) said in its latest assessment. Direct damage to infrastructure has
    reached {{$176 billion}}, up from {{$155 billion}} a year earlier, with housing accounting
    for {{$60 billion}}, the KSE said. The World Health Organization has verified
    [[more than 2,250 attacks on health care|other;u=other;n=attacks;a=The World Health Organization]]
    since {{February 2022}}, killing
    [[about 200 health workers and patients|killed;n=health workers and patients;a=The World Health Organization]].
    The Health Ministry says
    [[about 1,500 hospitals and clinics|housing;n=hospitals and clinics;a=The Health Ministry]]
    have been damaged and [[218|housing;u=structure;a=The Health Ministry]] destroyed outright.
    Education officials say [[3,798 schools|housing;a=Education officials]] have been damaged
    and [[365|housing;u=structure;a=Education officials]] completely destroyed, forcing many
    children into online lessons for a {{fourth}} consecutive year. The World Bank estimates
    that rebuilding will cost {{$524 billion}} over the next {{decade}}, {{2.8 times}} Ukraine's
    economic output last year. Energy facilities remain the main target of Russian strikes as
    winter approaches.""",
)

item(
    "Ukraine's parliament approves 2025 budget with record defence spending",
    """Ukraine's parliament on Tuesday approved the {{2025}} state budget, allocating
    {{2.23 trillion hryvnias}} ({{$53.7 billion}}) to defence and security, about
    {{26 percent}} of gross domestic product. The deficit is projected at {{19.4 percent}} of GDP
    and will again be covered largely by Western loans and grants. Finance Minister Serhii
    Marchenko told lawmakers that external financing needs for next year stood at about
    {{$35 billion}}, part of which will come from a {{$50 billion}} loan backed by frozen Russian
    assets. To fund the army, parliament in {{October}} raised the military levy on wages from
    {{1.5 percent}} to {{5 percent}}, with effect from {{December 1}}. Banks will also pay a
    one-off profit tax of {{50 percent}} for {{2024}}. "Every hryvnia we collect at home is a
    hryvnia we do not have to ask for," Marchenko said. Spending on social programmes has been
    frozen at {{2024}} levels in nominal terms, while inflation is running at about
    {{10 percent}}. The budget now goes to President Volodymyr Zelensky for his signature, which
    is expected before the end of the month. The war is approaching its {{third anniversary}}
    in {{February}}.""",
)
