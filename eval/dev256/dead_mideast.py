"""Gaza, Israel, the West Bank and Lebanon: the dead listed by name, hostages, detainees, the
wounded and the displaced."""

from _wrap import item

item(
    "Gaza ministry publishes list of the dead by name",
    """The health ministry in Gaza on {{Monday}} published a list of [[34,344 names|killed;a=The
    health ministry in Gaza]] with identity numbers, ages and sex, the first full release since
    {{October 2023}}. The ministry said the list covered only identified bodies, and that
    [[another 7,613 dead|killed;a=The ministry;alt=The health ministry in Gaza]] were still
    being traced through hospital records and reports from relatives. Those named include
    [[11,355 children|killed;a=The health ministry in Gaza]] and
    [[6,297 women|killed;a=The health ministry in Gaza]], it said. Independent
    researchers who checked the list against the population register found [[fewer than 300
    entries|other;a=Independent researchers;n=entries]] with errors such as a wrong identity
    number. The oldest person on the list was {{101}}; [[more than 700|killed;n=-]] were babies
    under {{a year}} old. The ministry said it would add [[about 3,000 names|killed;a=The ministry;alt=The health ministry in Gaza;p]]
    once relatives' reports had been verified.""",
)

item(
    "Study puts Gaza's violent deaths far above official count",
    """A study published in The Lancet estimated that [[64,260 people|killed;a=A study published in The Lancet]] died of
    traumatic injuries in Gaza between {{October 2023}} and {{the end of June 2024}}, {{41%}}
    more than the health ministry had recorded. Using three lists, the hospital morgue records,
    an online survey of relatives and obituaries on social media, the authors put the toll in a
    range of [[55,298 to 78,525 deaths|killed;a=the authors]]. The online survey reached [[about
    2,400 households|other]]. The researchers found that {{59%}} of the identified dead were women, children or
    older people. The ministry's own total for that period was [[37,877 deaths|killed]]. The authors
    said [[thousands more|killed;a=The authors;n=-]] had likely died of disease and hunger.""",
)

item(
    "Hostages taken on October 7: the count",
    """Hamas-led gunmen took [[251 people|kidnapped;a=the Israeli prime minister's office]] into
    Gaza on {{7 October 2023}}, according to the Israeli prime minister's office. During the
    truce of {{November 2023}}, [[105 hostages|kidnapped]] were freed in return for [[240
    Palestinian prisoners|other]]. Israeli forces rescued [[eight hostages|kidnapped]] alive in
    raids and recovered [[37 bodies|killed]] in Gaza. Under the ceasefire of
    {{January 2025}}, [[33 hostages|kidnapped;p]] were to be released in a first phase, in
    exchange for [[about 1,900 Palestinian prisoners and detainees|other;p;n=prisoners and
    detainees]]. By {{March}} the Hostages and Missing Families Forum said [[59 hostages|kidnapped;a=the
    Hostages and Missing Families Forum]] remained in Gaza, and that [[at least 35|killed;n=-;a=the
    Hostages and Missing Families Forum]] of them were believed dead.""",
)

item(
    "Verified list of those killed in the October 7 attack",
    """Israel's National Insurance Institute has confirmed the names of [[1,163 people|killed;a=Israel's
    National Insurance Institute]] killed in the attack of {{7 October 2023}}, after months of
    checks against hospital, police and army records. They include [[695 Israeli
    civilians|killed]], among them [[36 children|killed]], and [[373 members of
    the security forces|killed;n=members]]. [[Seventy-one foreign nationals|killed]] also died,
    among them farm workers from Thailand and Nepal. Israeli officials have said [[about 3,000
    militants|combatants;a=Israeli officials]] crossed the border that morning. The army said
    [[some 1,600|killed;n=-;a=The army]] of the attackers were killed inside Israel. Forensic
    teams took {{several months}} to identify [[the last 14 victims|killed]], the institute
    said. Payments have been approved for [[about 1,500 bereaved families|aid;a=the
    institute;alt=Israel's National Insurance Institute]], the institute said.""",
)

item(
    "Thousands still under the rubble, Gaza civil defence says",
    """Gaza's Civil Defence said on {{Thursday}} that [[about 10,000 people|missing;a=Gaza's Civil
    Defence]] were believed to be buried under the rubble of destroyed homes. Since the
    ceasefire began its crews have recovered [[more than 3,100 bodies|killed]], many of them identified only through clothing or belongings. "We have [[nine
    working bulldozers|other;u=other;a=a spokesman]] for the whole strip," a spokesman
    said. The agency said it needed [[at least 500 excavators|aid;u=other;p;a=The agency;alt=Gaza's Civil
    Defence]] and [[120 trucks|aid;p;a=The agency;alt=Gaza's Civil Defence]] to clear the
    debris. The UN estimates there are [[about 50 million tonnes|other;a=The UN]] of rubble in
    Gaza, some of it holding unexploded ordnance. [[Fourteen rescue workers|killed;a=the civil
    defence;alt=Gaza's Civil Defence]] have been killed during recovery work since {{January}}, the civil defence
    said.""",
)

item(
    "Hundreds of thousands walk back to northern Gaza",
    """[[More than 500,000 people|returned;a=the UN's humanitarian office]] have returned to
    northern Gaza since the Netzarim corridor reopened on {{27 January}}, the UN's humanitarian
    office said. [[Some 300,000|returned;n=-]] crossed in the first {{48 hours}}, many on foot
    along the coastal road. Before the truce [[about 1.9 million people|displaced;a=the UN]],
    {{90%}} of the population, had been displaced, many of them {{ten times}} or more, the UN
    said. Satellite analysis by UNOSAT found [[about 174,000 structures|housing;a=UNOSAT]] had
    been damaged or destroyed. Aid agencies said they planned to bring in [[135,000
    tents|aid;a=Aid agencies;p]] and [[60,000 caravans|aid;a=Aid agencies;p]] during the
    first phase of the ceasefire, but only [[a few thousand tents|aid]] had arrived by
    mid-{{February}}.""",
)

item(
    "UNRWA's schools, shelters and staff losses",
    """UNRWA said [[about 1 million people|displaced;a=UNRWA]] were sheltering in or near [[some
    90 of its schools|capacity;a=UNRWA;n=schools]] across Gaza at the height of the war. Many of
    the buildings, designed for [[1,000 pupils|capacity;u=person]] each, held [[up to 12,000
    people|displaced;a=the agency;alt=UNRWA]], the agency said. It said [[more than 270 of its
    staff|killed;a=UNRWA;n=staff]] had been killed since {{October 2023}}, the highest toll
    of any UN body in its history. The UN secretary-general's office said [[more than 190
    UNRWA installations|housing;u=structure;a=The UN secretary-general's office]] had been hit.
    [[At least 500 people|killed;a=the agency;alt=UNRWA]] were killed while sheltering in UNRWA premises,
    the agency said.""",
)

item(
    "Gaza detainees held under 'unlawful combatants' law",
    """Israel's prison service said it was holding [[1,772 people|arrested;a=Israel's prison
    service]] from Gaza under the unlawful combatants law, in figures released to the rights
    group HaMoked. [[At least 60 Palestinian detainees|killed;a=Physicians for Human
    Rights-Israel]] have died in Israeli custody since {{October 2023}}, according to
    Physicians for Human Rights-Israel. Palestinian groups say [[more than 10,000
    Palestinians|arrested;a=Palestinian groups]] are held in Israeli jails in total, including
    [[about 3,400|arrested;n=-;a=Palestinian groups]] in administrative detention without
    charge. The International Committee of the Red Cross said it had not been allowed to visit
    detainees for {{more than a year}}. [[Hundreds of detainees|other]] released in the
    exchanges told rights groups of beatings and hunger.""",
)

item(
    "Gaza's amputees and the wounded awaiting evacuation",
    """The World Health Organization estimates that [[22,500 people|injured;a=The World Health
    Organization]] in Gaza have suffered life-changing injuries, including [[between 3,000 and
    4,000 amputees|injured;a=The World Health Organization]]. UNICEF said [[more than 1,000
    children|injured;a=UNICEF]] had lost one or both legs. [[Some 5,300 patients|displaced;a=the
    WHO]] have been evacuated abroad for treatment since {{October 2023}}, but [[more than 12,000
    patients|civilians;a=the WHO]] still need medical evacuation, the WHO said. The Nasser
    Medical Complex said it had [[only 22 beds|capacity;u=other]] left for surgical cases. A
    field hospital run by the International Medical Corps can treat [[up to 300 patients a
    day|capacity;a=the charity;alt=the International Medical Corps]], the charity said.""",
)

item(
    "Lebanon's health ministry counts toll of the war with Israel",
    """Lebanon's health ministry said Israeli strikes had killed [[4,047 people|killed;a=Lebanon's
    health ministry]] and wounded [[16,638|injured;a=Lebanon's health ministry]] between {{October
    2023}} and the ceasefire of {{27 November 2024}}. The ministry does not separate civilians
    from fighters. Reuters counted death notices for [[at least 500 Hezbollah fighters|killed;a=Reuters]]
    published by the group before it stopped issuing them in {{September}}. The pager explosions
    of {{17 September}} wounded [[about 3,000 people|injured]]. At the peak [[1.2 million
    people|displaced;a=the government]] were displaced, the government said, [[more than
    560,000|displaced;n=-;a=the government]] of them fleeing into Syria. The International
    Organization for Migration said [[about 900,000|returned;n=-;a=The International Organization
    for Migration]] had gone back by {{January}}. The
    World Bank estimated that [[99,209 housing units|housing;a=The World Bank]] were damaged.""",
)

item(
    "West Bank toll rises as camps are emptied",
    """The UN's humanitarian office said Israeli forces and settlers had killed [[more than 900
    Palestinians|killed;a=The UN's humanitarian office]] in the West Bank since {{October 2023}},
    including [[about 190 children|killed;a=The UN's humanitarian office]]. [[About 40,000
    Palestinians|displaced]] were forced out of the Jenin, Tulkarem and Nur Shams refugee camps in
    {{early 2025}}, in the largest displacement in the territory since {{1967}}. OCHA recorded
    [[1,260 structures|housing;a=OCHA]] demolished in {{2024}}. The Palestinian Prisoners' Society
    said Israeli forces had arrested [[over 14,000 people|arrested;a=The Palestinian Prisoners'
    Society]] since the start of the war. In the same period [[34 Israelis|killed]], soldiers
    and civilians, were killed in attacks by Palestinians. [[About 1,100 families|displaced;a=UNRWA]]
    from Jenin camp are staying with relatives or in rented rooms, UNRWA said.""",
)

item(
    "Israeli army's losses since October 7",
    """The Israeli army said [[846 soldiers|killed;a=The Israeli army]] had been killed since {{7
    October 2023}}, [[405|killed;n=-;a=The Israeli army]] of them during the ground operation in Gaza. Military
    figures show [[about 5,500 soldiers|injured]] wounded in combat. The defence ministry's
    rehabilitation department said it had taken in [[more than 16,000 wounded
    troops|injured;a=The defence ministry's rehabilitation department]], {{about 40%}} of them with mental health conditions. At the
    start of the war the army called up [[360,000 reservists|combatants]]. The ministry expects
    [[up to 100,000 disabled veterans|injured;a=The ministry;alt=defence ministry;p]] to be in its care by
    {{2030}}.""",
)

item(
    "Aid trucks and the dead near distribution points",
    """[[About 4,200 aid trucks|aid;a=the UN]] entered Gaza in the first {{three weeks}} of the
    ceasefire, the UN said, against a target of [[600 trucks a day|aid;p]]. After the truce
    collapsed, the Gaza Humanitarian Foundation opened [[four distribution sites|aid;u=other]] in
    the south. The UN human rights office said [[at least 798 people|killed;a=The UN human rights
    office]] had been killed near the sites or along aid convoy routes in {{six weeks}}, and
    [[more than 4,000|injured;n=-;a=The UN human rights office]] injured. The foundation said it
    had handed out [[more than 2 million meals|aid;a=The foundation;alt=the Gaza Humanitarian Foundation]] in its first {{week}}. The
    World Food Programme said [[nearly 500,000 people|civilians;a=The World Food Programme]]
    faced catastrophic hunger.""",
)

item(
    "Media watchdog tallies journalists killed in Gaza",
    """The Committee to Protect Journalists said [[at least 178 journalists and media
    workers|killed;a=The Committee to Protect Journalists;n=journalists and media workers]] had
    been killed in Gaza, Israel and Lebanon since {{October 2023}}, the deadliest period for
    the press since it began keeping records in {{1992}}. CPJ counted [[at least 49
    journalists|arrested;a=CPJ]] arrested by Israeli forces, [[two|missing;n=-;a=CPJ]] missing and
    [[dozens|injured;a=CPJ]] injured. The International Federation of Journalists, which counts
    differently, put the number of media workers killed at [[more than 190|killed;n=-;a=The
    International Federation of Journalists]]. Reporters Without Borders said [[more than 200
    journalists|displaced;a=Reporters Without Borders]] had been evacuated from Gaza with its
    help.""",
)

item(
    "How Gaza's casualty lists are compiled",
    """The ministry's data unit draws on hospital morgue registers, a web form launched in
    {{January 2024}} and reports from families. Each entry carries a {{nine-digit}} identity
    number, a name, the sex and the age. An analysis of the {{March 2025}} release found that
    {{59%}} of identified victims were women, children or people over {{60}}. Independent
    demographers said the proportion of men {{aged 18 to 59}} had risen from {{about 24%}} in
    {{2023}} to {{about 36%}} in {{2025}}, in line with changing patterns of fighting.""",
)

item(
    "Israel budgets for the war's rehabilitation costs",
    """Israel's finance ministry set aside {{6.4 billion shekels}} in the {{2025}} budget for
    disabled veterans and bereaved families, up {{45%}} on {{2023}}. Rehabilitation grants rise
    by {{12%}} from {{1 July}}. The defence ministry said the average stay in its rehabilitation
    programme had grown to {{14 months}}. Officials expect the bill to keep rising until at least
    {{2030}}.""",
)

item(
    "Gaza's dead by age: researchers revisit the figures",
    """Researchers at the London School of Hygiene and Tropical Medicine said life expectancy in
    Gaza fell by {{almost half}} in the first year of the war, from {{75.5 years}} to about
    {{40.5}}. Their team reviewed [[28,257 records|killed]] of identified dead and
    found [[fewer than 100|other;n=-]] duplicates. They said [[some 12,000 bodies|killed;a=Researchers at the London School of Hygiene and Tropical Medicine]]
    remained unidentified. A household survey by the Palestinian Central Bureau of Statistics
    covered [[2,000 households|other]] in Deir al-Balah and Khan Younis. It found that {{one in 35}} households had lost a member to violence. Gaza's health ministry
    says [[1,410 families|killed;a=Gaza's health ministry]] have been wiped out entirely.""",
)
