"""dev384 items: homes and property seized, forced passportisation and the conscription of
residents in the occupied territories, 2022-2026."""

from _wrap import item

item(
    "Mariupol: 'ownerless' flats handed to newcomers",
    """Occupation authorities in Mariupol have added [[more than 5,700 apartments|housing;a=Petro
    Andriushchenko]] to a register of "ownerless" property since {{2023}}, said Petro Andriushchenko,
    an adviser to the city's exiled mayor. Owners have {{30 days}} to appear in person with Russian
    documents, or the flats pass to the city. [[About 1,100|housing;u=structure;a=Petro Andriushchenko]] have already
    been given to Russian officials, military families and builders brought from Russia, he said.
    Ukraine's ombudsman Dmytro Lubinets said [[tens of thousands of families|displaced;a=Ukraine's
    ombudsman Dmytro Lubinets]] who fled the city risk losing their homes. The UN monitoring mission
    said the Russian-installed administration had demolished [[at least 460 damaged
    buildings|housing;a=The UN monitoring mission]] since the siege, many without notice to owners.
    Russia's Construction Ministry says it has built [[90 new apartment blocks|housing;a=Russia's
    Construction Ministry;u=structure]] in the city, with room for [[about 12,000
    residents|capacity;a=Russia's Construction Ministry]], and plans [[40 more|housing;p;n=-;u=structure;a=Russia's
    Construction Ministry]] by {{2027}}. Residents who lost homes in the siege say they were offered
    [[fewer than 2,000|housing;u=structure;a=Residents who lost homes in the siege]] of the new flats.""",
)

item(
    "Passports or pensions: Russia's deadline for residents",
    """A decree signed by Vladimir Putin in {{April 2023}} gave residents of occupied Ukraine until
    {{July 1, 2024}} to take Russian citizenship or be treated as foreigners, liable to deportation.
    Russia's Interior Ministry said [[more than 3.5 million Russian passports|other;a=Russia's
    Interior Ministry;u=other]] had been issued in the annexed regions by the deadline. Kyiv
    called the figure inflated, saying [[about 2.3 million people|civilians;a=Kyiv]] remain in the
    occupied parts of Zaporizhzhia, Kherson, Donetsk and Luhansk regions. The UN monitoring mission
    said it had documented [[63 cases|other;a=The UN monitoring mission]] in which people were denied
    medical care or pensions for refusing a Russian passport, and [[at least 19|arrested;a=The UN
    monitoring mission]] in which refusers were detained. [[Some 40 residents|returned;a=Ukrainian
    border guards]] of occupied Kherson region who refused were deported to Ukraine through Georgia,
    Ukrainian border guards said. In Crimea, occupied since {{2014}}, [[about 2 million
    passports|other;u=other;a=Russian
    officials]] were issued in the {{first years}}, according to Russian
    officials. Men who took passports became liable for call-up, and Ukrainian intelligence says
    [[about 25,000|combatants;a=Ukrainian intelligence]] have since been drafted.""",
)

item(
    "Residents of occupied Kherson region called up for Russian army",
    """Russia has conscripted [[at least 3,000 men|combatants;a=Ukraine's military intelligence]] from
    occupied Kherson and Zaporizhzhia regions into its army since {{autumn 2024}}, Ukraine's military
    intelligence said on Monday. The agency said [[about 800|combatants;a=The agency;alt=Ukraine's
    military intelligence]] of them had been sent to units fighting in Donetsk region. Conscription
    of residents of occupied territory is banned under the {{Fourth Geneva Convention}}. A Russian
    enlistment office in Henichesk said [[1,450 men|combatants;a=A Russian enlistment office in
    Henichesk]] had reported for service in the spring draft, and that [[between 200 and 300|other;a=A
    Russian enlistment office in Henichesk]] were given deferrals. Ukrainian officials say [[at least
    47 residents|killed;a=Ukrainian officials]] of both regions who were mobilised have died. The
    Centre of National Resistance said [[dozens of young men|displaced;a=The Centre of National
    Resistance]] had fled to avoid the call-up, and that [[12|arrested;a=The Centre of National
    Resistance]] had been caught trying to cross into Crimea.""",
)

item(
    "Crimean Tatar conscripts: 'sent to fight their own country'",
    """Crimean Tatar organisations say Russia has drafted [[more than 6,000 Crimean Tatars|combatants;a=Crimean
    Tatar organisations]] since {{2022}}, a disproportionate share of the peninsula's call-up. The
    Mejlis, the Tatars' representative body, said [[at least 150|killed;a=The Mejlis]] had been killed
    in Ukraine and [[some 400|injured;a=The Mejlis]] wounded. Ukraine's mission of the president in
    Crimea estimates that [[up to 50,000 Crimeans|displaced;a=Ukraine's mission of the president in
    Crimea]] have left the peninsula to avoid mobilisation, many of them to Turkey, Kazakhstan and
    Georgia. Crimea's Moscow-installed head Sergei Aksyonov said [[12,000 volunteers|combatants;a=Crimea's
    Moscow-installed head Sergei Aksyonov]] had signed contracts in {{2024}}. Russian police detained
    [[eight activists|arrested;a=their lawyer]] who handed out leaflets explaining how to refuse service, and [[two|kidnapped;a=their lawyer]]
    were abducted from their homes, their lawyer said.""",
)

item(
    "Farmland seized in occupied Zaporizhzhia, Ukrainian growers say",
    """Ukrainian agricultural companies say occupation authorities in Zaporizhzhia region have seized
    [[about 400,000 hectares|other;a=Ukrainian agricultural companies]] of farmland, along with grain
    elevators, machinery and livestock. The Ukrainian Agrarian Council said [[more than 90 farming
    businesses|other;a=The Ukrainian Agrarian Council;u=other]] had lost their land and that [[at least
    1,700 tractors and combines|other;u=other;a=The Ukrainian Agrarian Council;n=tractors and combines]] had
    been taken to Crimea or Russia. Farmers who refused to re-register with Russian authorities were
    threatened, and [[17|arrested;a=the council;alt=The Ukrainian Agrarian Council]] were detained,
    the council said. Russia's proxy governor said the land belonged to "enemies" and that [[about 130
    Russian companies|other;u=other;a=Russia's proxy governor]] had been given leases. [[Some 5,000 farm
    workers|civilians;a=the council's estimates;alt=The Ukrainian Agrarian Council]] remain in the region's occupied districts, according to the council's
    estimates. The Food and Agriculture Organization estimated damage to Ukrainian farms at
    {{$10.3 billion}}.""",
)

item(
    "Luhansk: homes of those who left put up for auction",
    """Russian-installed authorities in occupied Luhansk region have put up for auction [[about 2,300
    homes|housing;a=Ukraine's Luhansk regional administration]] belonging to people who fled, Ukraine's
    Luhansk regional administration, now based in Dnipro, said. In Sievierodonetsk alone, [[more than 800
    apartments|housing;a=the administration;alt=Ukraine's Luhansk regional administration]] were
    listed as "ownerless" this year, the administration said. It estimated that [[around 60,000
    residents|displaced;a=Ukraine's Luhansk regional administration]] of the city had left since
    {{2022}}, and that [[only about 10,000|civilians;a=Ukraine's Luhansk regional administration]]
    remain. The occupation authorities said [[417 houses|housing;a=The occupation authorities]] had been
    rebuilt and [[1,200 families|aid;a=The occupation authorities]] given new flats. Lawyers helping
    displaced owners said they had filed [[more than 300 complaints|other;a=Lawyers helping displaced
    owners;u=other]] with the European Court of Human Rights. [[Hundreds of houses|housing]] in the
    city were destroyed in the fighting of {{2022}}.""",
)

item(
    "Melitopol businesses 'nationalised' by occupation authorities",
    """Occupation authorities in Melitopol have seized [[more than 250 businesses|other;a=the
    exiled mayor Ivan Fedorov;u=other]] since {{2022}}, from bakeries to the city's largest engineering plant, the
    exiled mayor Ivan Fedorov said. [[At least 40 owners|arrested;a=the exiled mayor Ivan Fedorov]]
    were detained before their property was taken, and [[six|missing;a=the exiled mayor Ivan
    Fedorov]] are still missing, he said. Fedorov said [[some 30 homes|housing;a=Fedorov]] of
    businessmen and local officials were occupied by Russian officers. A Russian-appointed official
    said [[about 1,000 workers|other;a=A Russian-appointed official]] had kept their jobs at the
    nationalised firms. Before the invasion, Melitopol had [[about 150,000 residents|civilians]].""",
)

item(
    "Russia moves settlers into occupied Mariupol, Kyiv says",
    """Ukraine's National Resistance Centre says Russia has resettled [[about 30,000 people|other;a=Ukraine's
    National Resistance Centre]] from Russia and Central Asia into occupied Mariupol, Melitopol and
    Berdiansk since {{2023}}, many of them construction workers and their families. The centre said
    [[roughly 4,000 families|other;a=The centre;alt=Ukraine's National Resistance Centre]] were given
    apartments in Mariupol through a subsidised mortgage scheme at {{2%}} interest. Russian officials
    said [[7,000 mortgages|other;a=Russian officials;u=other]] had been issued in the annexed regions
    last year. Petro Andriushchenko said [[several hundred Ukrainian residents|displaced;a=Petro
    Andriushchenko]] of Mariupol had been evicted from damaged buildings to make way for new blocks.
    The UN monitoring mission said it had received [[more than 80 complaints|other;a=The UN monitoring
    mission;u=other]] about forced evictions and had verified [[21|other;u=other;a=The UN monitoring
    mission]]. Under international law, an occupying power may not transfer its own civilian population
    into the territory it occupies.""",
)

item(
    "Kherson left bank villages emptied by shelling and evictions",
    """Russian forces have ordered residents out of a {{15-km}} strip along the left bank of the
    Dnipro, saying they need the area for military positions. The Kherson regional administration
    said [[about 30 villages|other;a=The Kherson regional administration]] had been emptied and that
    [[some 4,500 residents|displaced;a=The Kherson regional administration]] were moved inland to
    Skadovsk and Henichesk. [[Hundreds of houses|housing;a=residents]] were taken over by soldiers,
    residents said. The UN monitoring mission documented [[at least 26 civilians|killed;a=The UN
    monitoring mission]] killed and [[more than 70|injured;a=The UN monitoring mission]] wounded by
    shelling and drones in the strip this year. Russian-installed officials said [[1,900
    people|displaced;a=Russian-installed officials]] had been "evacuated" for their safety and given
    temporary housing in [[11 dormitories|capacity;a=Russian-installed officials;u=structure]].
    Ukrainian officials say [[up to 200 residents|arrested;a=Ukrainian officials]] who refused to
    leave were detained.""",
)

item(
    "Occupied Donetsk: men detained at checkpoints sent to front",
    """Men from occupied Donetsk region who are stopped at checkpoints without mobilisation papers are
    sent straight to the front, relatives and rights groups say. Eastern Human Rights Group said it
    had documented [[2,347 cases|other;a=Eastern Human Rights Group]] of forced conscription in Donetsk
    and Luhansk regions since {{2022}}. The group estimated that [[about 140,000 men|combatants;a=The
    group;alt=Eastern Human Rights Group]] from the self-proclaimed republics were mobilised in
    {{2022}} alone, and that [[at least 20,000|killed;a=The group;alt=Eastern Human Rights Group]]
    had been killed by {{2024}}. Denis Pushilin, the Russian-installed head of Donetsk region, has
    said [[about 50,000 volunteers|combatants;a=Denis Pushilin]] from the region are serving. [[Dozens of
    men|arrested;a=a witness]] were rounded up outside a Donetsk market in a single day in {{March}}, a witness
    told Radio Free Europe. [[At least 15 students|kidnapped;a=Eastern Human Rights Group]] were
    seized from dormitories, Eastern Human Rights Group said.""",
)

item(
    "Berdiansk port town: who is left",
    """Berdiansk had [[about 110,000 residents|civilians]] before the invasion. The city's exiled
    council says [[roughly 45,000|civilians;a=The city's exiled council]] remain, most of them
    pensioners, and that [[some 20,000 Russian passports|other;a=The city's exiled council;u=other]]
    have been issued there. Council officials said [[about 1,400 apartments|housing;a=Council
    officials]] and [[260 private houses|housing;a=Council officials]] had been declared "ownerless"
    since {{2023}}. Occupation police detained [[at least 70 residents|arrested;a=the council;alt=The
    city's exiled council]] last year for pro-Ukrainian posts, the council said, and [[nine|kidnapped;a=the
    council;alt=The city's exiled council]] were abducted and have not been heard from. The
    Russian-installed administration says [[3,200 people|combatants;a=The Russian-installed
    administration]] from the district signed military contracts. Ukraine's navy said [[two Russian
    landing ships|other;a=Ukraine's navy]] had been hit in the port in {{2022}} and {{2024}}.""",
)

item(
    "Yale lab: satellite images show demolition across occupied Mariupol",
    """Satellite images analysed by Yale's Humanitarian Research Lab show that [[at least 1,100
    residential buildings|housing;a=Yale's Humanitarian Research Lab]] in Mariupol have been demolished
    since {{May 2022}}. The lab said [[about 350|housing;u=structure;a=The lab;alt=Yale's Humanitarian Research
    Lab]] of them appeared to have been repairable. It also identified [[four mass burial
    sites|other;a=Yale's Humanitarian Research Lab]] around the city holding [[an estimated 10,000
    bodies|killed;a=Yale's Humanitarian Research Lab]]. Russian officials say [[more than 4,000
    flats|housing;a=Russian officials]] in new buildings have been handed to residents whose homes were
    destroyed, and that [[some 900 families|aid;a=Russian officials]] received compensation. Mariupol
    city council in exile said {{roughly 90%}} of high-rise buildings were damaged in the siege, and
    that [[about 50,000 people|displaced;a=Mariupol city council in exile]] who fled were still
    waiting to learn what happened to their homes.""",
)

item(
    "Schools in occupied Luhansk get teachers from Russia",
    """Russia has sent [[more than 1,300 teachers|other;a=Russia's Education Ministry]] from its regions
    to schools in occupied Ukraine since {{2022}}, Russia's Education Ministry said, offering them
    bonuses of up to {{1 million roubles}}. The ministry said [[about 260 schools|housing;a=The
    ministry;alt=Russia's Education Ministry]] had been repaired in the annexed regions last year.
    Ukraine's Ministry of Education said [[at least 3,800 schools|housing;a=Ukraine's Ministry of
    Education]] across Ukraine had been damaged and [[some 370|housing;u=structure;a=Ukraine's Ministry of
    Education]] destroyed since the invasion. In occupied Luhansk region, [[about 40 Ukrainian
    teachers|arrested;a=Ukrainian officials]] who refused to work under the Russian curriculum were
    detained or questioned, Ukrainian officials said. Of the region's [[roughly 60,000 pupils|civilians]]
    before {{2022}}, [[only about 15,000|displaced;a=Ukraine's Luhansk regional administration]] were
    enrolled in Ukrainian online schools from abroad or from government-held areas, according to
    Ukraine's Luhansk regional administration.""",
)

item(
    "Families from occupied Kherson region win first property case",
    """A court in Odesa has recognised the ownership rights of [[14 families|other]] from occupied
    Oleshky whose homes were seized by Russian-installed authorities, their lawyers said on Friday, in
    what they called the {{first}} such ruling. The lawyers said they were preparing [[about 300
    more claims|other;p;a=The lawyers;u=other]] on behalf of [[some 450 households|other;a=The
    lawyers]]. Ukraine's State Property Fund has a register of [[more than 19,000 properties|housing;a=a spokeswoman;u=structure]] reported seized in occupied areas, a spokeswoman said. The
    Ministry of Justice said [[2,700 owners|other;a=The Ministry of Justice]] had filed claims with the
    Register of Damage set up by the Council of Europe in {{2023}}. [[Hundreds of displaced
    families|displaced;a=aid groups]] are still living in rented rooms in Odesa and Mykolaiv, aid
    groups say.""",
)

item(
    "Occupation 'elections' set for September, Kyiv calls them void",
    """Russian-installed authorities in occupied Zaporizhzhia and Kherson regions have set local
    'elections' for {{September 8-10}}, with voting spread over {{three days}} and early voting from
    {{August 29}}. Ukraine's foreign ministry said the vote breached Resolution {{ES-11/4}} of the UN
    General Assembly and would be void. In {{2023}}, Moscow reported turnout of {{66%}} in similar
    polls, a figure Kyiv called invented. Candidates must hold Russian passports and be at least
    {{21 years old}}.""",
)

item(
    "Cost of Mariupol rebuilding: Moscow's figures",
    """Russia's Construction Ministry said on Tuesday that it had spent {{280 billion roubles}},
    about {{$3.1 billion}}, on rebuilding in the annexed regions since {{2022}}, {{40%}} of it in
    Mariupol. The ministry said works would run to {{2030}}, with the {{third}} phase to start in
    {{2026}}. Heating in the city failed for {{11 days}} last winter, when temperatures fell to
    {{-18C}}. Ukrainian officials say the rebuilding is a cover for erasing evidence of the siege.""",
)
