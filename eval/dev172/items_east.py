"""Ukraine, Chechnya, Sri Lanka and Cambodia: bodies repatriated, prisoners exchanged, children
deported and returned, graves and tribunals (13 texts with figures, 1 without)."""

from _wrap import item

item(
    "Ukraine receives 909 bodies in latest repatriation",
    """Ukraine on Friday brought home the bodies of [[909 people|killed;a=the Coordination
    Headquarters for the Treatment of Prisoners of War]] that Russia says are fallen Ukrainian
    soldiers, the Coordination Headquarters for the Treatment of Prisoners of War said. The
    headquarters said [[more than 600|killed;n=-;a=The headquarters;alt=the Coordination
    Headquarters for the Treatment of Prisoners of War]] of the bodies had been recovered in the
    Donetsk sector and [[about 150|killed;n=-;a=The headquarters;alt=the Coordination
    Headquarters for the Treatment of Prisoners of War]] in the Zaporizhzhia region. Russia
    received [[34 bodies|killed;a=Russian state media]] in return, Russian state media reported.
    In earlier repatriations, [[dozens of bodies|killed;a=officials]] handed over by Russia
    turned out to be those of Russian soldiers or could not be identified at all, officials say.
    Since Russia's full-scale invasion began in February {{2022}}, Ukraine has brought home
    [[more than 12,000 bodies|killed;a=the headquarters;alt=the Coordination Headquarters for
    the Treatment of Prisoners of War]], according to the headquarters.""",
)

item(
    "Russia and Ukraine swap 150 prisoners each in UAE-brokered deal",
    """Russia and Ukraine each released [[150 prisoners of war|other;n=prisoners;a=the defence
    ministries of both countries]] on Wednesday in an exchange mediated by the United Arab
    Emirates, the defence ministries of both countries said. Ukrainian President Volodymyr
    Zelenskiy said [[two civilians|other;a=Ukrainian President Volodymyr Zelenskiy]] had also
    been freed and that [[84 of the returning soldiers|other;n=soldiers;a=Ukrainian President
    Volodymyr Zelenskiy]] had been captured at the Azovstal steel works in Mariupol in {{2022}}.
    Footage released by Kyiv showed the men, many visibly thin, wrapped in national flags as
    they stepped off buses near the Belarusian border. It was the {{64th}} exchange of the war
    and brought the number of Ukrainians freed from Russian captivity to [[more than
    5,800|other; n=-;a=Ukraine's Coordination Headquarters]], according to Ukraine's
    Coordination Headquarters. Kyiv says Russia still holds [[thousands of Ukrainian
    servicemen|arrested; a=Kyiv]] and [[an estimated 16,000 civilians|arrested;a=Kyiv]]. Moscow
    has not published figures of its own.""",
)

item(
    "Izium's forest graves: what investigators found",
    """Ukrainian investigators finished exhuming a burial site in a pine forest outside Izium in
    late September {{2022}}, {{two weeks}} after the town was retaken, recovering [[436
    bodies|killed;a=the Kharkiv regional police]], the Kharkiv regional police said. Of the
    dead, [[401|killed;n=-]] were civilians, [[26|killed;n=-]] were soldiers and
    [[nine|killed;n=-]] have still not been identified. Investigators said [[at least 30|killed;
    n=-;a=Investigators]] bore signs of torture, including ropes around their necks and broken
    ribs. Residents said many of the dead had been killed by shelling or had died for lack of
    medicine during the {{six-month}} occupation, and had been buried by neighbours under wooden
    crosses bearing numbers instead of names. Prosecutors have since charged [[seven Russian
    servicemen|arrested]] in absentia over the detention and torture of [[11
    residents|arrested]] in a police station basement.""",
)

item(
    "Nine more Ukrainian children brought home from Russia",
    """Ukraine has verified the cases of [[more than 19,500 children|displaced;a=Bring Kids Back
    UA]] deported or forcibly transferred to Russia or to Russian-occupied territory, according
    to Bring Kids Back UA, the presidential initiative tracking them. So far [[about
    1,300|returned;n=-]] have been brought back, most through mediation by Qatar or by relatives
    who travelled to Russia to collect them. On Monday [[nine children|returned; a=Ukraine's
    human rights commissioner]], the youngest {{four years old}}, crossed back into Ukraine via
    Belarus, Ukraine's human rights commissioner said. The International Criminal Court issued
    arrest warrants in March {{2023}} for Russian President Vladimir Putin and his children's
    rights commissioner over the unlawful deportation of children. Moscow says it evacuated
    children for their own safety and has taken in [[more than 700,000|displaced;n=-; a=Moscow]]
    from Ukraine, most of them with their families. A Yale University research lab said it had
    identified [[at least 43 camps|capacity;a=A Yale University research lab]] in Russia and
    occupied Crimea where Ukrainian children had been held for what it called re-education.""",
)

item(
    "Families of missing soldiers rally in Kyiv",
    """[[Hundreds of relatives|other]] of Ukrainian soldiers missing in action rallied on Kyiv's
    Independence Square on Sunday, holding photographs and calling for faster prisoner
    exchanges. Ukraine's commissioner for missing persons says [[more than 70,000
    people|missing; a=Ukraine's commissioner for missing persons]], most of them servicemen, are
    registered as missing under special circumstances. Olena, {{47}}, whose son went missing
    near Bakhmut in {{2023}}, said she had given DNA samples to [[three different
    agencies|other;u=other; a=Olena]] and still had no answer. "Every time they bring bodies
    back, I wait for the phone call. Every time, nothing," she said. The interior ministry says
    its DNA database now holds [[more than 100,000 profiles|other;u=other;a=The interior
    ministry]] from relatives and from unidentified remains. Officials estimate that [[several
    thousand|arrested;n=-;a=Officials]] of the missing are held in Russian prisons, but Moscow
    has given the International Committee of the Red Cross the names of only [[about
    1,500|arrested;n=-]]. The ICRC said it had received [[more than 115,000
    requests|other;u=other;a=The ICRC]] from families on both sides since {{2022}}.""",
)

item(
    "Ukraine logs 150,000 war crimes, but few reach a verdict",
    """Ukraine's prosecutor general's office said on Monday it had registered [[more than
    150,000 alleged war crimes|other;u=other;a=Ukraine's prosecutor general's office]] since
    Russia launched its full-scale invasion in {{2022}}. Prosecutors have identified [[about 700
    suspects|other;a=the office;alt=Ukraine's prosecutor general's office]] and sent [[more than
    600 indictments|other;u=other;a=the office;alt=Ukraine's prosecutor general's office]] to
    court, the office said. Courts have convicted [[more than 170 Russian servicemen|arrested]],
    nearly all of them in absentia. In the first such trial, a {{21-year-old}} tank commander
    was sentenced to life in {{May 2022}} for shooting an unarmed civilian in the Sumy region;
    an appeals court later cut the term to {{15 years}}. The war crimes department now has
    [[about 300 prosecutors|other]], and investigators from [[more than 20
    countries|other;u=other]] are helping with the work.""",
)

item(
    "Bucha, three years on: names, trenches and one conviction",
    """When Russian troops pulled out of Bucha at the end of March {{2022}}, they left bodies in
    streets, yards and cellars. Local authorities later counted [[461 bodies|killed;a=Local
    authorities]] in the Bucha district, [[412 of them|killed;n=-;a=Local authorities]] with
    gunshot or stab wounds. Behind the Church of St Andrew, residents had buried [[more than 100
    people|killed]] in a trench because the cemetery was too dangerous to reach. Investigators
    have since named [[more than 100 Russian soldiers|other]] as suspects, but only [[one
    soldier|arrested]] has been convicted, in absentia. Anatoliy Fedoruk, the mayor, says
    [[about 20 residents|missing;a=Anatoliy Fedoruk]] are still missing. A memorial wall by the
    church now carries [[501 names|killed]].""",
)

item(
    "Ukraine and Council of Europe sign deal on aggression tribunal",
    """Ukraine and the Council of Europe signed an agreement on {{25 June 2025}} to set up a
    special tribunal for the crime of aggression against Ukraine, after {{more than two years}}
    of talks. The court will sit in The Hague and could begin work in {{2026}}, officials said.
    Under {{Article 23}} of its statute it may try suspects in absentia, but proceedings against
    a sitting head of state would be suspended until they leave office. The first year's budget
    is expected to be about {{€10 million}}. The International Criminal Court, whose Rome
    Statute took effect for Ukraine on {{1 January 2025}}, cannot prosecute the crime of
    aggression in Russia's case because Moscow is not a party to it.""",
)

item(
    "Chechnya's disappeared: a mother's folder of letters",
    """Zarema Bataeva, {{63}}, keeps a folder of letters from Russian prosecutors, each saying
    that the search for her son has been suspended. Aslan, then {{24}}, was taken from their
    home in Grozny by masked soldiers in January {{2001}} and never seen again. Rights defenders
    estimate that [[between 3,000 and 5,000 people|missing;a=Rights defenders]] disappeared in
    Chechnya during the second war, which Moscow launched in {{1999}}. Memorial, the rights
    group Russia ordered closed in {{2021}}, documented [[more than 50
    bodies|killed;a=Memorial]] dumped at a single site near the Russian army's main base at
    Khankala. The European Court of Human Rights ruled against Russia in [[more than 250
    cases|other]] of disappearances in Chechnya and ordered it to pay compensation to [[hundreds
    of families|aid;p]]. Russian investigators opened [[dozens of criminal cases|other]], but
    not a single soldier has been convicted. Bataeva is one of [[about 40 mothers|other]] who
    still meet every month in a Grozny flat to share news.""",
)

item(
    "Chemmani grave yields remains of 140, including children",
    """Excavations at a mass grave in Chemmani, on the outskirts of Jaffna in northern Sri
    Lanka, have uncovered the skeletal remains of [[at least 140 people|killed;a=lawyers for the
    families]], including [[about 40 children|killed;a=lawyers for the families]], lawyers for
    the families said on Thursday. The site first drew attention in {{1998}}, when a soldier
    sentenced to death for the rape and murder of an {{18-year-old}} schoolgirl told a court
    that [[300 to 400 bodies|killed;a=a soldier]] were buried there. A school bag, a baby's
    feeding bottle and toys were among [[more than 60 items|other]] recovered alongside the
    bones. Rights groups say [[tens of thousands of people|missing;a=Rights groups]] disappeared
    during the {{26-year}} civil war that ended in {{2009}}, and UN experts have said [[up to
    40,000 civilians|killed;a=UN experts]] may have been killed in its final months. Tamil
    mothers in the north have held a roadside protest for {{more than 3,000 days}} to demand
    answers. Sri Lanka's Office on Missing Persons has received [[more than 14,000
    complaints|other;u=other]] since it opened in {{2018}}.""",
)

item(
    "Sri Lanka extends relief payments to families of the missing",
    """Sri Lanka will pay interim relief of {{200,000 rupees}} ({{$670}}) each to [[another
    1,200 families|aid;p;a=the Ministry of Justice]] of people who went missing during the civil
    war, the Ministry of Justice said on Tuesday. Since the payments began in {{2021}}, [[about
    3,800 families|aid;a=the ministry;alt=the Ministry of Justice]] have received them, the
    ministry said. Families' groups say the money is no substitute for answers: of [[more than
    6,000 cases|other;a=Families' groups]] examined by the Office on Missing Persons, [[fewer
    than 20|other;n=-;a=Families' groups]] have been resolved. Amnesty International has
    estimated that [[between 60,000 and 100,000 people|missing;a=Amnesty International]]
    disappeared in Sri Lanka from the late {{1980s}}, including during a Marxist uprising in the
    south. Kumari, {{71}}, whose son vanished after surrendering to the army in May {{2009}},
    said she had refused the payment. "If I take it, they will close his file," she said.""",
)

item(
    "Khmer Rouge tribunal closes after 16 years and three convictions",
    """Cambodia's UN-backed Khmer Rouge tribunal held its final session on Thursday, rejecting
    the last appeal of former head of state Khieu Samphan and ending a process that lasted {{16
    years}} and cost {{more than $330 million}}. The court convicted just [[three
    people|arrested]]: Khieu Samphan, his fellow leader Nuon Chea, who died in {{2019}}, and
    Kaing Guek Eav, known as Duch, who ran the {{S-21}} prison in Phnom Penh. [[Two other
    defendants|arrested]] died or were declared unfit before judgment. Historians estimate that
    [[about 1.7 million people|killed;v=1700000;a=Historians]] died under the Khmer Rouge
    between {{1975}} and {{1979}} from execution, starvation and overwork. At {{S-21}} alone,
    [[at least 14,000 prisoners|killed]] were tortured and put to death. [[Nearly 4,000
    victims|other]] took part in the trials as civil parties, and the court heard [[more than
    200 witnesses|other]]. "Justice came late, but it came," said a survivor of the prison, now
    in his {{90s}}.""",
)

item(
    "Mapping Cambodia's killing fields, pit by pit",
    """Researchers at the Documentation Center of Cambodia have spent {{three decades}} mapping
    the Khmer Rouge's killing fields. The centre says it has located [[about 20,000 mass grave
    pits|other;u=other;a=The centre;alt=the Documentation Center of Cambodia]], [[196
    prisons|other;u=structure;a=The centre;alt=the Documentation Center of Cambodia]] and [[81
    memorials|other;u=structure;a=The centre;alt=the Documentation Center of Cambodia]] across
    the country. Many pits held [[dozens of bodies|killed]]; at Choeung Ek, outside Phnom Penh,
    [[nearly 9,000 bodies|killed]] were exhumed in {{1980}}. Monsoon rains and farming now
    expose bones every year, and the government has paid to preserve [[fewer than 30
    sites|other]]. "When the rain comes, children find teeth and pieces of cloth in the rice
    fields," the centre's director said. The regime, which ruled from {{1975}} to {{1979}}, is
    blamed for the deaths of {{about a quarter}} of the population.""",
)

item(
    "Three years after Olenivka, families still wait for answers",
    """Ukraine on Tuesday marked the {{third anniversary}} of the explosion at the Olenivka
    prison camp in the occupied Donetsk region, which killed [[more than 50 Ukrainian prisoners
    of war|killed;n=prisoners]] and wounded [[about 75|injured;n=-]] on the night of {{29 July
    2022}}. A UN monitoring mission later said the blast had not been caused by a Ukrainian
    rocket, as Moscow claimed. The UN human rights office said [[about 190 prisoners|arrested;
    a=The UN human rights office]] had been held in the barrack that was hit, most of them
    defenders of Mariupol who had surrendered in May. Ukraine's Coordination Headquarters says
    the bodies of [[about 50 victims|killed;a=Ukraine's Coordination Headquarters]] have since
    been returned, and that [[at least seven survivors|arrested;a=Ukraine's Coordination
    Headquarters]] remain in Russian captivity. Russia has never let the International Committee
    of the Red Cross visit the site. [[Several hundred people|other]] attended a vigil for the
    dead in Kyiv.""",
)
