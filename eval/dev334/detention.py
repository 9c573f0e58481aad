"""dev334 items: ISIS detainees, prisons, trials and the repatriation of foreign nationals."""

from _wrap import item

item(
    "Death toll from Hasakah prison attack rises to 374",
    """The death toll from the Islamic State assault on Ghwayran prison in Hasakah has risen to
    [[374|killed;a=the Syrian Democratic Forces]], the Syrian Democratic Forces said on
    {{Monday}}, {{ten days}} after the attack began on {{January 20, 2022}}. The dead include
    [[268 militants|killed;a=the force;alt=the Syrian Democratic Forces]] and [[77 prison staff and SDF fighters|killed;n=prison staff and SDF fighters;a=the force;alt=the Syrian Democratic Forces]], as well as [[four civilians|killed;a=the force;alt=the Syrian Democratic Forces]], the force said. [[More than 60 people|injured]] were treated at
    hospitals in the city. The SDF said [[about 3,500 inmates|arrested;a=The SDF]] had been
    recaptured, while the Syrian Observatory for Human Rights estimated that
    [[between 300 and 400 prisoners|other;a=the Syrian Observatory for Human Rights]] escaped and
    remain at large. Fighting in the surrounding Ghwayran district forced
    [[some 45,000 residents|displaced;a=the UN]] from their homes, according to the UN. Among the
    inmates were [[about 700 boys|arrested]], some as young as {{12}}.""",
)

item(
    "SDF holds nearly 9,000 ISIS suspects in overcrowded jails",
    """The Kurdish-led SDF is holding [[nearly 9,000 Islamic State suspects|arrested;a=US
    officials]] in [[more than two dozen prisons|other;u=structure]]
    across north-east Syria, US officials told Congress in written testimony. [[About 2,000 of the detainees|arrested;n=detainees;a=the testimony]] are foreign nationals from across the world, and [[around 5,000|arrested;a=the testimony]] are Syrians,
    the testimony said. The largest site, at Panorama in Hasakah, was built to hold
    [[about 1,500 people|capacity;a=a US defence official]] but now houses [[over 4,000|arrested;a=a US defence official]], a US defence official
    said. The SDF has asked for funds to build [[two new prisons|other;u=structure;p;a=The SDF]] that would hold [[up to 3,000 inmates|capacity;p;a=The SDF]] each.""",
)

item(
    "First group of ISIS detainees moved from Syria to Iraq under new transfer plan",
    """[[One hundred and fifty Islamic State detainees|arrested]] were flown
    from north-east Syria to Iraq on {{Wednesday}}, the first of what US Central Command said would
    be [[up to 7,000|arrested;a=US Central Command;p]] to be transferred to Iraqi custody. The
    detainees, all men, were handed to Iraq's Counter-Terrorism Service at Baghdad airport. Iraq's
    justice ministry said it had prepared [[three prisons|other;u=structure;n=prisons;a=Iraq's
    justice ministry]] with space for [[about 9,000 inmates|capacity;a=Iraq's justice ministry]].
    [[Some 130 of the men|arrested;n=men]] are Iraqi citizens; the rest are from Syria and elsewhere. The SDF, which held them, said
    [[roughly 2,300 fighters|combatants;a=The SDF]] would be freed up for operations against IS
    cells once the transfers are done. The US deployed [[about 200 troops|combatants]] to secure
    the flights.""",
)

item(
    "Kazakhstan brings home 38 more from Syrian camps",
    """Kazakhstan has repatriated [[38 more citizens|returned;a=the foreign ministry]] from camps in north-east Syria, the foreign ministry said on
    {{Thursday}}, [[33 of them|returned;a=the foreign ministry;n=-]] children. The flight brings the total returned under Operation Jusan, which began in
    {{January 2019}}, to [[754 people|returned;a=ministry figures]]: [[about 520 children|returned;a=ministry figures]], [[191 women|returned;a=ministry figures]] and [[43 men|returned;a=ministry figures]], according to ministry figures. The women and
    children spend {{a month}} at a rehabilitation centre in Aktau before going to their home
    regions, while the men are taken into custody. Kazakh courts have so far convicted
    [[31 of the returned men|arrested;n=men]] of terrorism offences.""",
)

item(
    "France repatriates 15 women and 32 children from Roj",
    """France has brought home [[15 women|returned;a=the foreign ministry]] and
    [[32 children|returned;a=the foreign ministry]] from Roj camp in north-east Syria, the
    foreign ministry said on {{Tuesday}}, its {{third}} such operation since {{July 2022}}. The
    adults were handed to judicial authorities on landing, and [[eight of the women|arrested;
    a=prosecutors]] were placed under formal investigation, prosecutors said. The children will
    be placed in foster care. Lawyers for the families say [[about 100 French children|displaced;
    a=Lawyers for the families]] remain in the camps, with [[some 50 mothers|displaced;a=Lawyers
    for the families]]. France took back [[35 children|returned]] in {{2019}} and
    [[another 16|returned]] in {{2021}}, but resisted calls to repatriate adults for
    {{years}}.""",
)

item(
    "Tajikistan, Uzbekistan take back hundreds of women and children",
    """Uzbekistan says it has repatriated [[more than 530 citizens|returned;a=Uzbekistan]] from Syria,
    Iraq and Afghanistan in a series of flights since {{2019}}, nearly all of them women and
    children. Neighbouring Tajikistan brought back [[104 children|returned;a=the Tajik embassy in Kuwait]] and [[42 women|returned;a=the Tajik embassy in Kuwait]] in {{July}}, according to the Tajik embassy in Kuwait, which helped
    organise the flight. Officials in Dushanbe say [[hundreds more|displaced;a=Officials in
    Dushanbe;n=-]] are still in al-Hol and Roj. Kyrgyzstan flew home [[79 children|returned]] in
    {{March 2021}}. UNICEF said [[almost 1,500 children|returned;a=UNICEF]] had been repatriated
    to Central Asia in all, and that [[several dozen|missing;a=UNICEF]] were still unaccounted
    for.""",
)

item(
    "Iraqi courts sentence 92 in mass terrorism trial in Nineveh",
    """A court in Nineveh province sentenced [[92 defendants|arrested;a=the Supreme Judicial
    Council]] to prison terms for Islamic State membership on {{Sunday}}, the Supreme Judicial
    Council said, [[11 of them|arrested;a=the Supreme Judicial Council;n=-]] to life. The trials
    were held over {{two days}} under {{Article 4}} of the {{2005}} anti-terrorism law. Human Rights
    Watch has documented hearings lasting {{less than 10 minutes}}. Iraq holds
    [[about 20,000 people|arrested;a=rights groups]] on terrorism charges, rights groups estimate,
    including [[more than 1,000 foreigners|arrested;a=rights groups]]. The council said
    [[167 defendants|other;a=The council;alt=the Supreme Judicial Council]] had been acquitted
    and released this year for lack of evidence. Among those sentenced on {{Sunday}} were [[between 20 and 30 foreigners|arrested;a=lawyers]], lawyers said.""",
)

item(
    "Iraq hangs 21 convicted of terrorism at Nasiriyah prison",
    """Iraq executed [[21 men|killed;a=the justice ministry]] convicted of terrorism at the Nasiriyah
    central prison on {{Monday}}, the justice ministry said, the largest single batch of hangings
    this year. Amnesty International said [[at least 150 people|killed;a=Amnesty International]]
    had been executed in Iraq since {{January}}, and that [[more than 8,000|arrested;a=Amnesty
    International]] were on death row. The prison, known as al-Hout, holds
    [[around 14,000 inmates|arrested]] in facilities built for [[no more than 6,000|capacity]].
    [[Two of the men|killed;a=their lawyers;n=men]] hanged had been arrested as teenagers, their lawyers said.
    The UN human rights office called on Baghdad to halt the executions. Rights groups say [[at least 30 more prisoners|killed;p;a=Rights groups]] could be hanged before the end of the month.""",
)

item(
    "US forces kill senior IS leader in helicopter raid in Syria",
    """US forces killed a senior Islamic State leader and [[two of his armed associates|killed;
    a=US Central Command;n=associates]] in a helicopter raid in northern Syria early on
    {{Saturday}}, US Central Command said. The raid also wounded [[one of the associates|injured;n=associates;a=the command;alt=US Central Command]], and [[two women|civilians;a=the command;alt=US Central Command]] and [[four children|civilians;a=the command;alt=US Central Command]] at the compound were unharmed, the command said. No US troops were hurt. CENTCOM said the man had been responsible
    for planning attacks on the prisons where [[more than 9,000 fighters|arrested;a=CENTCOM]]
    are held. The operation involved [[about 50 special forces soldiers|combatants;a=a defence official]], a defence
    official told reporters.""",
)

item(
    "CENTCOM: 196 operations against IS in Iraq and Syria in six months",
    """US and partner forces carried out [[196 operations|other;u=other;n=operations;a=US
    Central Command]] against the Islamic State group in Iraq and Syria in the first half of the
    year, killing [[44 militants|killed;a=US Central Command]] and detaining
    [[166|arrested;a=US Central Command]], US Central Command said. In Iraq, [[137 operations|other;u=other;a=US Central Command]] killed [[30 IS fighters|killed;a=US Central Command]] and led to [[74 arrests|arrested;a=US Central Command]], it said. In Syria, operations by the SDF and US troops killed [[14|killed]] and led to [[92 detentions|arrested]]. The command estimated that the group still has
    [[about 2,500 fighters|combatants;a=The command;alt=US Central Command]] across the two
    countries, and that it was trying to double that number by freeing prisoners.""",
)

item(
    "Asayish arrest 'sleeper cell' in Raqqa after bombing",
    """Kurdish internal security forces arrested [[nine members|arrested;a=the Asayish]] of an
    Islamic State sleeper cell in Raqqa on {{Friday}}, the Asayish said, {{two days}} after a
    motorcycle bomb near a bakery killed [[five people|killed;a=the Asayish]] and wounded [[about 20|injured;a=the Asayish]]. Officers found [[three explosive belts|other;u=other;a=the statement]] and
    {{about 40 kilograms}} of explosives in a house in the city's al-Mashlab
    district, the statement said. The SDF said its forces had detained
    [[more than 120 suspects|arrested;a=The SDF]] in Raqqa province since the start of {{Ramadan}}. [[Two of the wounded|injured;n=-;a=doctors]] remained in critical condition at Raqqa National Hospital, doctors said.""",
)

item(
    "Russia flies home 25 children whose mothers are held in Iraq",
    """[[Twenty-five Russian children|returned;a=Russia's children's ombudsman]] whose mothers are
    serving sentences in Iraqi prisons were flown home on a government plane on {{Sunday}},
    Russia's children's ombudsman said. The children, aged {{between three and 14}}, were handed
    to relatives in Chechnya, Dagestan and Moscow. Since {{2017}}, Russia has brought back
    [[more than 340 children|returned;a=the ombudsman]] from Iraq and Syria, the ombudsman said,
    and [[about 200 more|displaced;a=the ombudsman;n=-]] remain in Syrian camps. Iraq holds [[at least 180 Russian women|arrested]], most convicted of IS membership. A further [[12 to 15 children|returned;a=officials in Moscow;p]] are due to be flown out next month, officials in Moscow said.""",
)

item(
    "Iraq's prisons at 300 percent of capacity, ministry says",
    """Iraq's prisons hold [[about 67,000 inmates|arrested;a=the justice ministry]], the justice
    ministry said on {{Wednesday}}, nearly {{three times}} what they were designed for. The
    country's [[31 prisons|other;u=structure;a=a parliamentary report]] have room for [[roughly 25,000 people|capacity;a=a parliamentary report]], according to a parliamentary report. The ministry said
    it planned to open [[four new prisons|other;u=structure;n=prisons;p;a=The ministry;alt=the
    justice ministry]] with [[12,000 places|capacity;p;a=The ministry;alt=the justice ministry]] by {{2026}}. Tuberculosis has spread in the most crowded blocks, where
    [[213 cases|other]] were recorded last year, and [[at least 17 inmates|killed]] died
    of the disease.""",
)

item(
    "Australia brings four women and 13 children home from Roj",
    """Australia has repatriated [[four women|returned;a=the home affairs minister]] and
    [[13 children|returned;a=the home affairs minister]] from Roj camp, the home affairs minister
    said on {{Saturday}}, the first such operation since {{2019}}, when
    [[eight orphans|returned]] were brought out. The group arrived in Sydney after a flight via
    Iraq. Save the Children Australia said [[about 40 Australian women and children|displaced;
    a=Save the Children Australia;n=women and children]] remained in the camps. The minister said
    the women would face security assessments and that
    [[dozens of officials|other;a=The minister;alt=the home affairs minister]] from police, intelligence and social services were involved. The government said it would bring back [[up to 20 more|returned;a=The government;p;n=-]] once security checks were complete.""",
)

item(
    "Court rules on British-born woman's citizenship appeal",
    """The Court of Appeal in London on {{Friday}} upheld the decision to strip a woman who left for
    Syria at {{15}} of her British citizenship. The judges ruled that the home secretary's
    decision in {{February 2019}} was lawful under {{Section 40}} of the {{1981}} British
    Nationality Act. The woman, now {{24}}, has lived in Roj camp for {{more than five years}}.
    Her lawyers said they would take the case to the Supreme Court, and that {{70 percent}} of the
    public supported a review in a poll last month.""",
)

item(
    "Analysis: the cost of keeping IS prisons running",
    """Running the prisons of north-east Syria costs the Kurdish-led administration an estimated
    {{$30 million}} a year, {{a third}} of it spent on food, according to a study by a Washington
    think-tank. Washington has spent {{$155 million}} since {{2019}} on prison upgrades, including
    a {{$50 million}} expansion of Panorama finished in {{2023}}. The study says detainees have
    been held for {{up to seven years}} without charge. Its authors estimate that {{two-thirds}} of
    the funding gap could be closed if Western states paid for their own nationals.""",
)
