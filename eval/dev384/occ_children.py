"""dev384 items: children deported to Russia and those brought back, 2022-2026."""

from _wrap import item

item(
    "Ukraine's tally of deported children passes 19,500",
    """Ukraine's Ministry of Reintegration said on Thursday that [[19,546 children|displaced;a=Ukraine's
    Ministry of Reintegration]] had been deported or forcibly transferred by Russia since {{February
    24, 2022}}. Of those, [[1,605|returned;a=the ministry;alt=Ukraine's Ministry of Reintegration]]
    have been brought back, the ministry said, a number officials admit covers only the cases they
    have verified. Russian officials have spoken of [[more than 700,000 children|displaced;a=Russian
    officials]] "moved" from Ukraine since {{2022}}, a figure Kyiv says includes those who left with
    their parents. The Yale Humanitarian Research Lab has identified [[at least 43
    facilities|capacity;a=The Yale Humanitarian Research Lab]] in Russia and Belarus where Ukrainian
    children were held for what it calls re-education. Ministry officials said [[about 2,000
    children|returned;a=Ministry officials;p]] could be returned this year if the Qatari channel
    holds. Kyiv counts [[599 children|killed;a=Kyiv]] killed and [[more than 1,900|injured;a=Kyiv]]
    wounded across the country since the invasion began.""",
)

item(
    "Qatar-brokered return brings nine more children home",
    """[[Nine children and teenagers|returned;a=Ukraine's presidential office;n=children and
    teenagers]] were returned to Ukraine from Russia and occupied Crimea on Tuesday under a
    Qatari-mediated process, Ukraine's presidential office said. The youngest is {{four years old}};
    the oldest, a {{17-year-old}} from Oleshky, had spent {{eight months}} in a boarding school in
    Krasnodar region where, according to Bring Kids Back UA, [[about 30 other Ukrainian
    children|displaced;a=Bring Kids Back UA]] are still living. Doha's foreign ministry said Qatar had
    helped bring home [[more than 120 children|returned;a=Doha's foreign ministry]] since mediation
    began in {{2023}}. Kyiv officials said the families of [[eleven more children|returned;a=Kyiv
    officials;p]] are waiting to hear whether they will be in the next group. [[Five|aid]] of those
    who arrived on Tuesday were taken straight to a rehabilitation centre near Kyiv for medical and
    psychological care. A mother from Kupiansk told reporters her son was one of [[13
    boys|displaced;a=A mother from Kupiansk]] taken from the town's orphanage in {{September
    2022}}.""",
)

item(
    "Yale lab maps camps holding Ukrainian children",
    """Researchers at Yale's Humanitarian Research Lab say they have found [[at least 210
    sites|capacity;a=Researchers at Yale's Humanitarian Research Lab]] across Russia and
    occupied Ukraine used to hold, re-educate or militarise children taken from Ukraine. The sites
    include summer camps, cadet schools, sanatoriums and [[21 military facilities|capacity;u=structure]].
    The lab said in its report that it could identify by name [[314 children|displaced;a=The lab;alt=Yale's
    Humanitarian Research Lab]] who had been placed with Russian families or put up for adoption through
    a federal database. Another [[several thousand children|displaced]] passed through the camps on
    trips that were billed as holidays of {{two to three weeks}} but stretched to months. The
    report, which used satellite imagery and Russian social media, counted [[at least 67 cases|other;a=The
    report]] in which children were given Russian citizenship before they were moved. Nathaniel
    Raymond, the lab's executive director, told a US congressional hearing that [[up to 35,000
    children|displaced;a=Nathaniel Raymond]] may have been taken in total.""",
)

item(
    "Children from Kherson camp return after ten months",
    """[[Twenty-two schoolchildren|returned;a=the regional administration]] who were sent from Kherson region to a camp in Crimea in
    {{October 2022}} and never brought back have been returned to their families, the regional
    administration said on Friday. The children, aged {{9 to 15}}, crossed through Belarus and Poland
    with [[14 mothers and grandmothers|other;n=mothers and
    grandmothers]] who had travelled to collect them. Save Ukraine, the charity that organised the
    trip, said it had now completed [[17 such rescue missions|other;a=Save Ukraine;u=other]] and
    brought back [[more than 400 children|returned;a=Save Ukraine]]. Olha, a mother from
    Novokakhovka, said she had spent {{10 months}} trying to reach her {{12-year-old}} son. "There
    were [[hundreds of children|displaced;a=Olha]] in that camp when he was taken, and the
    counsellors said the rest would go home soon," she told AFP. The charity estimated that [[about
    1,100 children|displaced;a=The charity;alt=Save Ukraine]] from Kherson region alone are still
    in Crimea or Russia.""",
)

item(
    "Lubinets: Russia holds children in 'patriotic' cadet classes",
    """Ukraine's human rights commissioner Dmytro Lubinets said on Wednesday that Russia was enrolling
    children from occupied Zaporizhzhia and Kherson regions in cadet classes run by the Yunarmiya
    youth army. His office has identified [[at least 1,400 teenagers|civilians;a=Dmytro Lubinets]] from the occupied territories who joined such classes in the {{2024-2025}} school year,
    he told a news conference in Kyiv. Of those, [[around 120|combatants;a=Lubinets]]
    later signed contracts with Russian volunteer units after turning {{18}}, according to
    Lubinets. The ombudsman said his staff had sent [[38 formal requests|other;a=The ombudsman;alt=Dmytro
    Lubinets;u=other]] about named children to his Russian counterpart, Tatyana Moskalkova, and had
    received answers on [[nine|other;a=The ombudsman;alt=Dmytro Lubinets;u=other]]. Moskalkova's
    office has said it returned [[a dozen children|returned;a=Moskalkova's office]] to relatives in
    Ukraine over the past year. Lubinets called that number "a drop in the sea" and said [[tens of
    thousands of children|civilians;a=Lubinets]] still live in occupied towns without access to
    Ukrainian schooling.""",
)

item(
    "Boy returned from Russian foster family after two years",
    """A {{14-year-old}} boy from Mariupol who was placed with a foster family near Moscow has been
    returned to his grandmother in Zaporizhzhia, Bring Kids Back UA said on Sunday. He was among [[31
    children|displaced;a=Bring Kids Back UA]] taken from a Mariupol hospital and a children's home in
    {{spring 2022}} and moved first to Donetsk and then to the Moscow region. The initiative said
    [[19 of them|displaced;a=The initiative;alt=Bring Kids Back UA;n=-]] were still believed to be in
    Russian foster care. Another [[four|returned]] were returned in {{2023}} after their relatives
    travelled through {{three countries}} to reach them. Russia's children's rights commissioner,
    Maria Lvova-Belova, has said [[about 380 children|displaced;a=Maria Lvova-Belova]] from Donbas were
    placed with families in Russia. The International Criminal Court issued arrest warrants for her
    and President Vladimir Putin in {{March 2023}} over the unlawful deportation of children.
    Ukrainian prosecutors have opened [[more than 2,600 criminal cases|other;a=Ukrainian
    prosecutors]] on deported children, and Lvova-Belova's office says it has reunited [[some 120
    families|returned;a=Lvova-Belova's office]] with children in Ukraine.""",
)

item(
    "Children of Oleshky: a town's count of the missing",
    """In Oleshky, a town on the occupied left bank of the Dnipro, teachers who fled say they have
    lost track of [[about 90 pupils|missing;a=teachers who fled]] since the town was occupied in
    {{March 2022}}. The town had [[4,700 children|civilians]] before the invasion, the municipal
    council, now working from Odesa, said. It believes [[up to 600|displaced;a=the municipal council]] were taken to Crimea or Russia, some with parents and some alone. The council has
    recorded [[11 children|killed;a=The council;alt=the municipal council]] killed in the town since
    the Kakhovka dam was destroyed in {{June 2023}}, and [[at least 25|injured;a=The council;alt=the
    municipal council]] wounded by shelling and drones. Volunteers have helped [[63 families|displaced;a=Volunteers]] with
    children leave through Russia and the Baltic states, said Iryna Kovalenko, who coordinates the
    group from Odesa. "Each family has to pass filtration, and some are held for days," she
    said.""",
)

item(
    "Kherson orphanage children sent to Crimea, monitors say",
    """The UN human rights monitoring mission in Ukraine said on Friday it had documented the transfer
    of [[46 children|displaced;a=The UN human rights monitoring mission in Ukraine]] from a Kherson
    children's home to occupied Crimea in {{November 2022}}, shortly before Russian forces withdrew
    from the city. The children, the youngest under {{one year old}}, were moved by bus to a
    facility in Henichesk and then to Simferopol, the mission said. It found that [[15 staff
    members|other;a=The UN human rights monitoring mission in Ukraine]] went with them, and
    that [[two|other;a=The UN human rights monitoring mission in Ukraine]] who refused were
    detained and questioned for {{several hours}}. Ukrainian police have identified [[nine of the
    children|returned;a=Ukrainian police;n=children]] as having since been returned to relatives.
    The mission said [[at least 200 children|displaced;a=The mission;alt=The UN human rights
    monitoring mission in Ukraine]] from institutions in occupied areas had been moved to Russia or
    Crimea by the end of {{2023}}. [[Four|missing]] of the Kherson children have not been located.""",
)

item(
    "Ukraine and Russia swap lists of children to be reunited",
    """Ukraine and Russia exchanged lists naming [[339 children|returned;p;a=Ukraine's presidential office]] to
    be reunited with families across the front line, Ukraine's presidential office said after talks
    in Istanbul. Kyiv said its list covered children deported to Russia, while Moscow's named [[about
    20|returned;p;a=Moscow]] it said had been separated from parents living in Russia. Andriy
    Yermak, then head of the presidential office, said [[at least 94|returned;a=Andriy Yermak]] had
    been returned under earlier lists. Russian negotiator Vladimir Medinsky said Moscow was ready to
    hand over [[all 22 children|returned;p;a=Russian negotiator Vladimir Medinsky;n=children]] whose
    relatives had been located. Bring Kids Back UA said it was working on [[more than 1,000
    files|other;a=Bring Kids Back UA;u=other]] in which a parent or grandparent had been identified. Ukrainian police list [[about 2,200
    children|missing;a=Ukrainian police]] as missing.""",
)

item(
    "Teenagers describe months in Crimean 'rest camp'",
    """[[Three teenagers|returned]] from Kharkiv region who were returned last week described {{five months}} in a
    camp in Yevpatoriya where, they said, Ukrainian songs were banned and the day began with the
    Russian anthem. [[About 50 Ukrainian children|displaced;a=the teenagers]] were still at the camp when they
    left, the teenagers told the Kharkiv regional prosecutor's office. Their return was organised by
    Save Ukraine, which said it had brought [[73 children|returned;a=Save Ukraine]] and [[29
    accompanying adults|other;a=Save Ukraine]] back through Belarus this year. [[Six|injured]] of the
    returned children needed hospital treatment for untreated injuries and infections, the charity
    said. Ukraine's Children of War platform lists [[2,189 children|missing;a=Ukraine's Children of War
    platform]] as missing, a separate category from the deported. Prosecutors have charged [[18
    Russian officials and camp managers|other;a=Prosecutors;n=officials and camp managers]] in
    absentia with deporting children.""",
)

item(
    "Grandmother's 3,000-km journey to bring home two grandsons",
    """Valentyna, {{67}}, travelled {{3,000 km}} through Poland, Belarus and Russia to collect her
    grandsons, aged {{eight and 11}}, from a social institution in Rostov-on-Don. The boys
    were taken there after their mother was detained at a checkpoint near Vasylivka in {{August
    2023}}; she remains in custody. Volunteers who helped with the trip say they have assisted [[more
    than 230 relatives|other;a=Volunteers who helped with the trip]] on similar journeys. Bring Kids Back UA
    said [[48 children|returned;a=Bring Kids Back UA]] had been returned through relatives' trips
    in the {{first half}} of the year, and that [[roughly 300 more children|returned;p;a=Bring Kids Back UA]]
    could come home this way. Russian authorities have placed [[dozens of children|displaced;a=the initiative;alt=Bring Kids Back UA]]
    under temporary guardianship in Rostov region alone, the initiative said. Ukraine's ombudsman said
    [[more than 500 children|displaced;a=Ukraine's ombudsman]] are in Russian institutions or foster
    care awaiting identification, and [[about 90 relatives|other;a=Ukraine's ombudsman]] are preparing
    similar journeys. Belarusian border guards detained [[two volunteers|arrested]] who were escorting
    a family last winter.""",
)

item(
    "Rehabilitation centre for returned children opens in Kyiv region",
    """A centre for children returned from Russia and the occupied territories opened near Bila
    Tserkva on Monday with room for [[60 children|capacity]] and their relatives. The Ministry of
    Social Policy said the centre had cost {{UAH 48 million}}, about {{$1.2 million}}, and would
    take in [[about 400 children|aid;p;a=The Ministry of Social Policy]] a year for stays of up to
    {{six weeks}}. Since {{2023}}, [[more than 1,100 returned children|aid;a=Bring Kids Back UA]]
    have received psychological support, medical checks or housing help, Bring Kids Back UA said.
    [[Some 170 families|aid]] were given temporary flats through a state programme, and [[42 new
    apartments|housing;p]] are being built for them in Irpin. According to the ministry,
    {{roughly one in five}} returned teenagers needs long-term trauma care, and {{38%}} of
    returned children have a parent who is dead, missing or detained. [[Two more centres|capacity;p;a=the
    ministry;alt=The Ministry of Social Policy;u=structure]] are planned in Lviv and Dnipro, the ministry
    said.""",
)

item(
    "Occupation authorities detain teacher who hid Ukrainian textbooks",
    """Russian-installed authorities in Melitopol detained a primary school teacher who taught
    Ukrainian lessons online, her family said, the latest of [[at least 27 educators|arrested;a=the
    Ukrainian Ministry of Education]] detained in occupied areas since {{2022}}, according to the
    Ukrainian Ministry of Education. The ministry said [[about 90,000 pupils|civilians;a=The
    ministry;alt=the Ukrainian Ministry of Education]] in occupied territories were still secretly
    following Ukrainian online classes, down from [[nearly 160,000|civilians;a=The ministry;alt=the
    Ukrainian Ministry of Education]] in {{2023}}. Occupation officials have searched [[dozens of
    homes|other;u=structure]] looking for Ukrainian textbooks and laptops, and parents say children
    have been questioned at school about what they watch. Russia's Zaporizhzhia proxy governor
    Yevgeny Balitsky said [[more than 50,000 children|civilians;a=Russia's Zaporizhzhia proxy
    governor Yevgeny Balitsky]] were enrolled in Russian-curriculum schools in the region this
    year. Rights groups say [[four teachers|kidnapped;a=Rights groups]] who were abducted in {{2022}} have never been
    seen again.""",
)

item(
    "Russia says it 'evacuated' children from front-line towns",
    """Russian officials say children moved from occupied Ukrainian towns to Russia were evacuated for
    their own safety. Russia's Defence Ministry said in {{2023}} it had evacuated [[more than 5,000
    children|displaced;a=Russia's Defence Ministry]] from front-line parts of Zaporizhzhia region to
    camps and sanatoriums further east. Ukrainian officials call those transfers deportations and
    say [[fewer than 300|returned;a=Ukrainian officials]] have come back. Moscow's Kherson proxy
    administration said it had sent [[about 1,500 children|displaced;a=Moscow's Kherson proxy
    administration]] from the Dnipro riverbank towns to "rest camps" in Crimea before the Russian
    withdrawal from Kherson city, and [[nearly 400 others|displaced;a=Moscow's Kherson proxy
    administration]] to Krasnodar. The UN monitoring mission said it had found [[no fewer than 11
    cases|other;a=The UN monitoring mission]] in which parents were not asked for consent. Russia's
    Investigative Committee said it had opened [[three cases|other;a=Russia's Investigative
    Committee]] against Ukrainian "saboteurs" it accused of trying to smuggle children out.""",
)

item(
    "Abducted from Kakhovka: the children's home that emptied overnight",
    """Russian soldiers arrived at the Kakhovka children's home on the night of {{October 14,
    2022}}, staff told investigators, and by morning [[48 children|kidnapped;a=staff]] were gone. The
    Kherson regional prosecutor's office, which calls the case an abduction, has identified [[27 of
    the children|kidnapped;a=The Kherson regional prosecutor's office;n=children]] by name; [[15|returned;a=The Kherson
    regional prosecutor's office]] have since been traced and brought back. [[Six
    staff members|arrested]] who tried to stop the removal were held for {{three days}} at a police
    station in Nova Kakhovka. One caregiver said that [[at least eight|missing;a=One caregiver]]
    of the children, all under {{10}}, have not been found on any Russian database. Ukraine's
    Coordination Headquarters for the Treatment of Prisoners of War has added the home's former
    director to its list of [[more than 1,700 missing civilians|missing;a=Ukraine's Coordination
    Headquarters for the Treatment of Prisoners of War]] from Kherson region.""",
)

item(
    "ICC marks anniversary of Lvova-Belova warrant",
    """The International Criminal Court marked on {{March 17}} the {{second}} anniversary of the arrest
    warrants it issued for Vladimir Putin and Maria Lvova-Belova in {{2023}} over the deportation of
    Ukrainian children. Under Article {{58}} of the Rome Statute, every member state of the court
    is obliged to arrest them on its territory. Lvova-Belova, {{40}}, has visited several
    countries since the warrant, none of them a member of the court. Ukraine's prosecutor general
    said the case was a priority and that a {{third}} warrant request was pending. Kyiv has budgeted
    {{UAH 1.1 billion}} for the {{2025}} return programme, about {{0.03%}} of state spending.""",
)

item(
    "Parliament extends deadline for returned children's documents",
    """Ukraine's parliament on Tuesday extended until {{December 31, 2026}} the period in which
    children returned from occupied territories can obtain Ukrainian birth certificates and
    passports without proof of residence. The law, passed at its {{second reading}}, also allows children aged {{14 to 17}} to apply without a parent present.
    Officials said documents would be issued within {{10 working days}}, against {{30 days}} now, and
    that the state fee of {{UAH 85}} would be waived. The change applies to children born after
    {{February 2014}} in Crimea and parts of Donetsk and Luhansk regions, as well as in areas occupied
    since {{2022}}. It takes effect on the {{first}} day of next month.""",
)
