"""Items of dev284: Myanmar and Bangladesh, Afghanistan, India, Haiti, Colombia, Guatemala, the
international courts and the UN's global counts."""

from _wrap import item

item(
    "Rohingya survivors still seeking care years after the 2017 exodus",
    """Médecins Sans Frontières said its clinics in the Rohingya camps of Cox's Bazar treated
    [[1,040 survivors|injured;a=Médecins Sans Frontières]] of sexual violence last year,
    {{about a third}} of whom said they had been attacked inside the camps rather than in
    Myanmar. [[More than 1 million Rohingya refugees|displaced;a=UNHCR]] live in the camps,
    UNHCR says, [[about 740,000|displaced;n=-]] of them arrivals from the army's campaign of
    {{August 2017}}. Aid agencies run [[about 30 women-friendly spaces|other;u=structure]] in
    the camps. The UN Population Fund said it had helped [[between 15,000 and 20,000
    women|aid;a=The UN Population Fund]] a year with counselling and legal advice. In {{2018}},
    aid workers estimated that [[hundreds of babies|other;a=aid workers]] conceived in rape
    would be born in the camps. Bangladesh police said they had arrested [[37
    people|arrested;a=Bangladesh police]] on trafficking charges in the camps this year.""",
)

item(
    "Myanmar soldiers accused of rape during Sagaing village raids",
    """Myanmar soldiers raped [[at least eight women|other;a=Myanmar Witness]] and killed [[17
    villagers|killed;a=Myanmar Witness]] during raids on villages in Sagaing region in {{May}},
    according to Myanmar Witness, which verified photographs and testimony. The troops burned
    [[about 450 houses|housing;a=the group;alt=Myanmar Witness]] in [[four villages|other]],
    the group said. Local resistance fighters said [[some 150 soldiers|combatants;a=Local
    resistance fighters]] took part in the operation. [[Roughly 6,000 villagers|displaced]]
    fled into the forest. The UN's human rights office says [[more than 3.5 million
    people|displaced;a=The UN's human rights office]] are displaced across Myanmar. The
    military government denied the allegations and said its troops had killed [[32
    fighters|killed;a=The military government]] of the People's Defence Force.""",
)

item(
    "UN mission says Taliban detained women over dress and travel rules",
    """The UN Assistance Mission in Afghanistan said Taliban authorities arbitrarily detained [[at
    least 95 women and girls|arrested;n=women and girls;a=The UN Assistance Mission in
    Afghanistan]] over their dress or for travelling without a male guardian in the {{three
    months}} to {{March}}. Some were beaten in custody, and [[two|other;n=-;a=the
    mission;alt=The UN Assistance Mission in Afghanistan]] reported being sexually assaulted,
    the mission said. Before the Taliban took power in {{August 2021}}, women's groups ran
    [[about 27 shelters|capacity;a=women's rights advocates]] for survivors of violence,
    according to women's rights advocates. All have since closed, and [[some 400
    residents|displaced]] were either sent back to their families or moved to women's prisons.
    UN Women said [[more than 9.7 million women and girls|civilians;n=women and girls;a=UN
    Women]] in Afghanistan needed humanitarian assistance this year.""",
)

item(
    "MSF says sexual violence by gangs surges in Port-au-Prince",
    """Médecins Sans Frontières said its Pran Men'm clinic in Port-au-Prince treated [[4,011
    survivors|injured;a=Médecins Sans Frontières]] of sexual violence in {{2024}}, up from
    [[about 2,000|injured;n=-;a=Médecins Sans Frontières]] the year before. [[Nearly 200
    patients|injured;a=the charity;alt=Médecins Sans Frontières]] were children {{under 15}},
    the charity said. Many of the women said they had been attacked by several men at a time,
    often during gang incursions into their neighbourhoods. Haiti's gangs have [[an estimated
    12,000 members|combatants;a=UN officials]], UN officials say. [[More than 1 million
    people|displaced;a=the International Organization for Migration]] have been forced from
    their homes, the International Organization for Migration said, [[about
    200,000|displaced;n=-]] of them living in [[more than 140 makeshift
    sites|capacity;u=other]] in the capital. Gangs kidnapped [[at least 170
    people|kidnapped;a=the UN]] in the {{first quarter}}, according to the UN.""",
)

item(
    "UN office documents gang rapes as Kenyan-led force expands in Haiti",
    """The UN Integrated Office in Haiti said it had documented [[at least 1,200 cases|other;a=The
    UN Integrated Office in Haiti]] of sexual violence in areas under gang control in the
    {{first half}} of the year, many of them gang rapes. The office said gangs killed [[2,680
    people|killed;a=The office;alt=The UN Integrated Office in Haiti]] and wounded
    [[957|injured;n=-;a=The office;alt=The UN Integrated Office in Haiti]] over the same
    period. The Kenyan-led multinational security support mission now has [[about 1,000 police
    officers|combatants]] in the country, against [[the 2,500 promised|combatants;n=-;p]].
    Haitian police said they had arrested [[14 gang members|arrested;a=Haitian police]] accused
    of rape in the Solino neighbourhood. The gangs burned [[more than 300 homes|housing]] in
    Mirebalais during an attack in {{March}}, and freed [[more than 500 inmates|other]] from
    its prison.""",
)

item(
    "Colombia's peace tribunal opens case on sexual violence in the war",
    """Colombia's Special Jurisdiction for Peace said it had accredited [[more than 3,700
    victims|other;a=Colombia's Special Jurisdiction for Peace]] in its case on sexual and
    gender-based violence during the armed conflict, [[about 90|other;n=-]] of them men. The
    tribunal has called [[12 former FARC commanders|other]] and [[21 army officers|other]] to
    give versions of the crimes. The national victims' registry lists [[more than 38,000
    people|other;a=The national victims' registry]] as victims of crimes against sexual freedom
    in the conflict. Under the {{2016}} peace accord, [[some 13,000 FARC
    members|combatants;a=the UN verification mission]] laid down their arms, according to the
    UN verification mission. The tribunal said it expected to hear [[between 300 and 400
    witnesses|other;a=The tribunal;alt=Colombia's Special Jurisdiction for Peace;p]] over the
    next {{two years}}.""",
)

item(
    "Catatumbo fighting leaves displaced women exposed, ombudsman warns",
    """Colombia's ombudsman's office said fighting between the National Liberation Army and FARC
    dissidents in the Catatumbo region had displaced [[more than 56,000
    people|displaced;a=Colombia's ombudsman's office]] since {{January 16}}. The office said it
    had received reports of [[at least 19 women|other;a=The office;alt=Colombia's ombudsman's
    office]] raped by armed men and of girls recruited by the guerrillas. [[At least 80
    people|killed]] were killed in the {{first week}} of fighting. The government sent [[5,000
    soldiers|combatants;a=The government]] to the region, it said. In Cúcuta, [[around 18,000
    displaced people|displaced;a=city officials]] were staying in [[27 shelters|capacity;a=city
    officials]] set up in sports halls and schools, city officials said. [[About 1,200
    families|aid;a=the World Food Programme]] received food rations in the first {{10 days}},
    the World Food Programme said. [[Some 2,000 people|civilians;a=the Red Cross]] remained
    confined in rural areas without access to health care, the Red Cross said.""",
)

item(
    "Guatemalan court convicts former paramilitaries of raping Achi women",
    """A court in Guatemala City convicted [[five former civil defence patrollers|arrested]] on
    {{Monday}} of the rape of [[36 Maya Achi women|other;n=women]] during the civil war, and
    sentenced each to {{30 years}} in prison. The women, now in their {{60s and 70s}}, were
    attacked in and around Rabinal between {{1981 and 1985}}. [[Three more former
    patrollers|arrested]] were convicted in a first trial in {{2022}}. Prosecutors said [[at
    least 100 women|other;a=Prosecutors]] in the area were raped at the time. The truth
    commission counted [[more than 200,000 people|killed;a=The truth commission]] killed or
    disappeared in the war. [[Two defendants|other]] were acquitted for lack of evidence.""",
)

item(
    "ICC orders reparations for victims of Ongwen's crimes",
    """Judges at the International Criminal Court ordered reparations worth {{52 million euros}}
    for [[49,772 victims|aid;a=Judges at the International Criminal Court]] of the crimes of
    Dominic Ongwen, the former Lord's Resistance Army commander convicted of murder, rape,
    forced marriage and the use of child soldiers. The victims include [[about 7,000 former
    child soldiers|other;a=the court;alt=International Criminal Court]] and [[at least 1,500
    children|other;a=the court;alt=International Criminal Court]] born of rape and forced
    marriage, the court said. Ongwen, who was himself abducted as a child, was sentenced to
    {{25 years}} in {{2021}}. The Lord's Resistance Army abducted [[tens of thousands of
    children|kidnapped]] in northern Uganda during the war. [[Fewer than 100
    fighters|combatants;a=Ugandan officials]] are believed to remain with its leader, Joseph
    Kony, Ugandan officials say. The court has also sentenced Bosco Ntaganda, convicted of
    rapes in Ituri, whose case covers [[2,121 victims|other]].""",
)

item(
    "UN chief's report verifies rise in conflict-related sexual violence",
    """The United Nations verified [[4,600 cases|other;a=The United Nations]] of conflict-related
    sexual violence last year, an increase of {{25 percent}} on the year before, according to
    the secretary-general's annual report to the Security Council. {{Ninety-five per cent}} of
    victims were women and girls, and [[more than 1,000|other;n=-;a=the report]] were children,
    the report said. The report lists [[58 parties|other;u=other;a=The report]] to conflicts
    that are credibly suspected of committing rape or other sexual violence, {{more than 70
    percent}} of them for {{five years}} or more. It said [[about 1,200 survivors|aid;a=The
    report]] had received help from the UN's trust fund for victims. The UN deployed [[30
    women's protection advisers|other;a=The UN]] to its missions and offices, it said, against
    [[the 47|other;n=-;p;a=The UN]] it says are needed.""",
)

item(
    "Manipur violence: investigators charge men over assault of two women",
    """India's Central Bureau of Investigation has charged [[seven men|other;a=India's Central
    Bureau of Investigation]] over the assault of [[two women|other]] who were paraded naked by
    a mob in Manipur in {{May 2023}}, the agency said. [[Six|arrested;n=-]] are in custody. The
    ethnic violence between Meitei and Kuki-Zo communities has killed [[more than 250
    people|killed;a=state officials]] since then, according to state officials, and driven
    [[about 60,000|displaced;n=-]] from their homes. [[More than 4,700 houses|housing;a=the
    state government]] were burned, the state government said. [[Some 36,000 security
    personnel|combatants;n=personnel]] have been deployed in the state. Relief camps, which
    hold [[between 300 and 500 people|capacity]] each, have few separate facilities for women.""",
)

item(
    "UN records fewer abuse allegations against its peacekeepers",
    """The United Nations received [[100 allegations|other;u=other;a=The United Nations]] of
    sexual exploitation and abuse against personnel of its peacekeeping and political missions
    last year, down from [[110|other;n=-;u=other;a=The United Nations]], it said in its annual
    report. The allegations involved [[117 victims|other]], [[up to 20|other;n=-]] of them
    children. Most concerned the missions in the Central African Republic and the Democratic
    Republic of the Congo. Troop-contributing countries repatriated [[34
    soldiers|returned;a=the report]] on disciplinary grounds, the report said. [[More than
    60,000 uniformed personnel|combatants;n=personnel]] serve in UN peacekeeping operations
    worldwide. The UN said [[about 40 children|other;a=The UN]] born of exploitation had had
    paternity claims registered.""",
)

item(
    "Bangladesh police rescue Rohingya girls from traffickers",
    """Bangladesh police said they had rescued [[23 Rohingya girls|kidnapped;a=Bangladesh police]]
    from a house in Teknaf where traffickers were holding them before taking them by boat to
    Malaysia, and arrested [[four suspects|arrested;a=Bangladesh police]]. The girls, {{aged 14
    to 17}}, were returned to their families in the Kutupalong camp. [[Three boats|other]] were
    seized. UNHCR said [[more than 4,500 Rohingya|other;a=UNHCR]] set out on the Andaman Sea in
    {{2023}}, the highest number in years, and [[569|killed;n=-;a=UNHCR]] died or went missing.
    [[About 40|returned;n=-;p]] of the girls' relatives have since applied to return to
    Myanmar.""",
)

item(
    "Women's shelters in Kabul province closed, residents moved",
    """The last [[two women's shelters|capacity;u=structure;n=shelters]] still working in Kabul
    province after the Taliban takeover were closed in {{2022}}, UN Women said, and [[about 85
    residents|displaced;a=UN Women]] were moved elsewhere. Before the closures the shelters
    could house [[about 600 women|capacity]] at once across the country. Human Rights Watch
    said [[some 30 women|arrested;a=Human Rights Watch]] who had fled abuse were later held in
    prison "for their protection". [[Up to 2 million girls|civilians;a=UNESCO]] are barred from
    secondary school, UNESCO said. [[Several dozen women|other]] who ran shelters have since
    left Afghanistan.""",
)

item(
    "Security Council marks anniversary of women, peace and security agenda",
    """The Security Council held an open debate on {{October 24}} to mark the {{25th}} anniversary
    of {{Resolution 1325}} on women, peace and security. Speakers noted that {{Resolution
    2467}}, adopted in {{2019}}, called for a survivor-centred approach to sexual violence in
    conflict. Women made up {{about 10 percent}} of negotiators in peace processes in {{2024}},
    according to UN Women, and received {{less than 1 percent}} of aid to fragile countries.
    The debate ran for {{more than nine hours}}. The next report on the agenda is due in
    {{2026}}.""",
)

item(
    "ICC upholds Al Hassan sentence for Timbuktu crimes",
    """The appeals chamber of the International Criminal Court on {{Tuesday}} upheld the
    {{10-year}} sentence of Al Hassan Ag Abdoul Aziz, the former head of the Islamic police in
    Timbuktu, for war crimes and crimes against humanity committed in {{2012 and 2013}}. The
    trial chamber had convicted him in {{June 2024}}, but acquitted him of forced marriage and
    sexual slavery. The {{47-year-old}} will receive credit for the time he has spent in
    custody since {{2018}}. Judges will rule on reparations, estimated by the trust fund at
    {{about 3 million euros}}, next year.""",
)
