"""Ukraine: the UN Human Rights Monitoring Mission's monthly updates and the other monitors'
counts (OHCHR, UNICEF, IOM, ICRC, ACLED), 2014-2026."""

from _wrap import item

item(
    "UN monitors report highest monthly civilian toll in Ukraine in three years",
    """[[At least 286 civilians|killed;a=the UN Human Rights Monitoring Mission in Ukraine]]
    were killed and [[1,388|injured;a=the UN Human Rights Monitoring Mission in Ukraine]]
    injured in Ukraine in {{July 2025}}, the UN Human Rights Monitoring Mission in Ukraine said
    on Thursday, the highest monthly toll since {{May 2022}}. Long-range missiles and
    loitering munitions launched at cities accounted for {{71 per cent}} of the casualties,
    the mission said. Among the dead were [[22 children|killed]]. In {{June}} the monitors
    had verified [[232 civilian deaths|killed;a=the monitors;alt=UN Human Rights Monitoring
    Mission in Ukraine]] and [[1,343 injuries|injured;a=the monitors;alt=UN Human Rights
    Monitoring Mission in Ukraine]]. Kyiv was the worst-hit city, the mission said, with
    [[31 people|killed;a=the mission;alt=UN Human Rights Monitoring Mission in Ukraine]]
    killed in a single strike on an apartment block on {{31 July}}. Danielle Bell, who heads
    the mission, said the real numbers were likely considerably higher because reports from
    areas under Russian occupation could not be checked.""",
)

item(
    "Civilian deaths in Ukraine up by a third in 2024, UN says",
    """The UN human rights office said on Friday that it had verified the deaths of
    [[2,088 civilians|killed;a=The UN human rights office]] in Ukraine in {{2024}}, about
    {{30 per cent}} more than in {{2023}}, and the injury of
    [[9,138 others|injured;a=The UN human rights office]]. Children made up
    [[177|killed;n=-]] of the dead. Almost all the casualties were on territory held by the
    government, the office said. Since the full-scale invasion began in {{February 2022}},
    monitors have recorded [[at least 12,340 civilians|killed;a=monitors]] killed and
    [[more than 28,000|injured;a=monitors]] injured, figures the office has repeatedly said
    are an undercount. Explosive weapons with a wide impact area caused
    {{nine in 10}} civilian casualties in the year, it said. The office said
    [[hundreds of bodies|killed;a=The office;alt=The UN human rights office]] from Mariupol,
    where fighting in {{2022}} left much of the city in ruins, had still not been
    identified.""",
)

item(
    "UNICEF: more than 2,500 children killed or injured in Ukraine since invasion",
    """[[At least 659 children|killed;a=UNICEF]] have been killed and
    [[1,747|injured;a=UNICEF]] injured in Ukraine since {{24 February 2022}}, UNICEF said in
    a statement marking {{1,000 days}} of the full-scale war, figures it said were verified
    by the United Nations. The agency said [[more than 1,600 schools|housing;a=The agency;
    alt=UNICEF]] had been damaged and [[about 200|housing;a=The agency;alt=UNICEF;u=structure]] destroyed,
    leaving {{only a third}} of children able to attend classes fully
    in person. {{One in three}} pupils in frontline regions now learns entirely online. In
    the east, [[roughly 1,100 children|civilians;a=regional officials]] still live in
    communities within {{20 kilometres}} of the front line, regional officials said. UNICEF
    said it planned to reach [[250,000 children|aid;a=UNICEF;p]] with winter
    clothing and heating support before {{December}}.""",
)

item(
    "Monitors document detention of civilians in occupied Ukraine",
    """The UN human rights monitors in Ukraine said they had documented the arbitrary
    detention of [[1,850 civilians|arrested;a=The UN human rights monitors in Ukraine]] by
    Russian forces and authorities in occupied areas between {{February 2022}} and
    {{May 2025}}. Of those, [[at least 186|arrested;a=the monitors;alt=The UN human rights monitors in
    Ukraine]] are believed to remain in custody in Russia, the monitors said, while
    [[22|killed;a=the monitors;alt=The UN human rights monitors in Ukraine]] died in
    detention. Over the same period the mission recorded the detention of
    [[131 people|arrested;a=the mission;alt=The UN human rights monitors in Ukraine]] by
    Ukrainian law enforcement on suspicion of collaboration. Families of
    [[more than 400 others|missing;a=the report]] told investigators they had no information
    on their relatives' whereabouts, the report said. [[Some 170 civilians|returned;a=Ukraine's ombudsman]] have come home in exchanges since {{2023}}, according to Ukraine's
    ombudsman. The monitors interviewed former detainees in {{14}} regions; {{nine out of 10}}
    described torture or ill-treatment.""",
)

item(
    "Red Cross tracing agency holds 50,000 missing files on Ukraine war",
    """The Central Tracing Agency of the International Committee of the Red Cross said it was
    handling [[more than 50,000|missing;a=The Central Tracing Agency of the International
    Committee of the Red Cross]] requests from families looking for relatives who went missing
    in the war between Russia and Ukraine. The figure covers soldiers and civilians on both
    sides. Since {{2022}}, its staff have been able to give news to
    [[about 11,000 families|other;a=the agency;alt=The Central Tracing Agency of the
    International Committee of the Red Cross]], the agency said, often confirming that a
    relative was held as a prisoner of war. Ukraine's commissioner for missing persons said
    separately that [[some 63,000 people|missing;a=Ukraine's commissioner for missing
    persons]] were listed as missing in special circumstances as of {{October 2025}}, among
    them [[roughly 2,000 civilians|missing;a=Ukraine's commissioner for missing persons]].
    The agency has also registered [[about 9,000 prisoners of war|arrested;a=The agency;alt=The
    Central Tracing Agency of the International Committee of the Red Cross;n=prisoners]] held
    by the two sides, it said. "Every file is a family that cannot grieve," the head of the agency's Moscow and Kyiv
    delegations said.""",
)

item(
    "IOM: 3.7 million internally displaced in Ukraine as returns slow",
    """[[An estimated 3.7 million people|displaced;a=the International Organization for
    Migration]] remain internally displaced in Ukraine, the International Organization for
    Migration said on Tuesday in its latest general population survey, down from
    [[3.9 million|displaced;a=the International Organization for Migration]] in
    {{December}}. The survey, carried out over {{three weeks}} in {{September 2024}},
    estimated that [[4.5 million people|returned;a=The survey]] had returned to their homes
    after a period of displacement, [[about 70,000|returned;a=The survey]] of them in the
    previous quarter. Some {{59 per cent}} of the displaced said they wanted to go home
    eventually. Housing remains the main obstacle: IOM estimates that
    [[more than 2 million housing units|housing;a=IOM]] have been damaged or destroyed since
    {{2022}}. A further [[270,000 people|displaced;a=the agency;alt=IOM;p]] could be
    displaced this winter if the attacks on the power grid continue, the agency warned.""",
)

item(
    "Kharkiv region: monthly tally shows rising damage from guided bombs",
    """Russian guided aerial bombs damaged [[1,214 residential buildings|housing;a=Oleh
    Syniehubov]] in Kharkiv region in {{May}}, the regional governor Oleh Syniehubov said,
    nearly double the figure for {{April}}. The strikes killed
    [[47 civilians|killed;a=Syniehubov]] and wounded [[312|injured;a=Syniehubov]], he wrote on
    Telegram. In the border town of Vovchansk, [[about 200 residents|civilians]] were still
    refusing to leave. Since the start of the month, [[11,230 people|displaced;a=regional
    authorities]] have been evacuated from frontline districts, regional authorities said,
    including [[1,622 children|displaced;a=regional authorities]]. The city of Kharkiv runs
    [[86 collective centres|capacity;a=the city council]] for evacuees, which together have
    [[space for 9,400 people|capacity;a=the city council]], according to the city council.
    The governor said {{KAB-500}} and {{KAB-1500}} bombs were being dropped from more than
    {{60 kilometres}} away.""",
)

item(
    "ACLED records spike in Russian drone strikes on Ukrainian towns",
    """The Armed Conflict Location and Event Data project recorded
    [[more than 4,100 drone strikes|other;a=The Armed Conflict Location and Event Data
    project;u=other]] by Russian forces on Ukrainian-held territory in {{March 2025}}, the
    highest monthly count since it began tracking the war. Shelling and artillery accounted
    for [[another 9,800 events|other;a=ACLED;u=other]], ACLED said in its monthly overview.
    The group's data show strikes killing [[164 civilians|killed;a=The group's data;alt=ACLED]] in the
    month. ACLED's analysts estimated that Russia had concentrated
    [[up to 110,000 troops|combatants;a=ACLED's analysts]] around Pokrovsk. Ukrainian
    drone attacks inside Russia were recorded in [[19 regions|other;a=ACLED;u=other]], ACLED
    said, a record. The report also counted [[312 attacks|other;u=other;a=The report;alt=ACLED]] on energy
    infrastructure on both sides since {{January}}.""",
)

item(
    "UN report on prisoners of war details executions at capture",
    """The UN Human Rights Monitoring Mission in Ukraine said it had recorded
    [[79 executions|killed;a=The UN Human Rights Monitoring Mission in Ukraine;u=person]] of
    Ukrainian servicemen at the moment of capture or shortly after since
    {{August 2024}}, in {{24}} separate incidents. The mission's report was based on
    interviews with [[205 prisoners of war|other;a=The mission's report;n=prisoners]] released in
    exchanges. Of those, [[197|other]] described torture or
    ill-treatment in Russian captivity. It estimated that Russia was holding
    [[several thousand Ukrainian prisoners of war|arrested;a=The UN Human Rights Monitoring Mission in Ukraine;n=prisoners]]. Ukraine's coordination headquarters for prisoners said
    [[5,857 people|returned;a=Ukraine's coordination headquarters for prisoners]] had been
    brought home since the start of the invasion, among them [[146 civilians|returned;a=Ukraine's
    coordination headquarters for prisoners]]. The mission also interviewed
    [[87 Russian prisoners|arrested;a=The mission]] held by Ukraine.""",
)

item(
    "UN tallies civilian toll of eight years of war in eastern Ukraine",
    """Between {{14 April 2014}} and {{31 December 2021}}, the conflict in eastern Ukraine
    killed [[3,404 civilians|killed;a=the UN human rights office]], the UN human rights office
    said in its final count before the full-scale invasion. Another
    [[7,000 to 9,000 civilians|injured;a=the office;alt=the UN human rights office]] were
    injured, the office estimated. The toll includes the
    [[298 people|killed]] on board Malaysia Airlines flight {{MH17}}, shot down over Donetsk
    region in {{July 2014}}. Most civilian deaths occurred in {{2014}} and {{2015}}; in
    {{2021}} the monitors recorded [[25 civilians|killed;a=the monitors;alt=the UN human rights
    office]] killed, the lowest annual figure of the conflict. Mines and unexploded ordnance
    caused {{42 per cent}} of civilian casualties in {{2021}}. Over the eight years,
    [[between 4,100 and 4,400 Ukrainian servicemen|killed;a=the office;alt=the UN human rights
    office]] and [[5,700 to 5,900 members of armed groups|killed;n=members;a=the office;alt=the UN human
    rights office]] were also killed, it said. At the peak of the fighting,
    [[about 1.5 million people|displaced]] were registered as internally displaced.""",
)

item(
    "Energy strikes left 12 Ukrainian regions without power, UN monitors say",
    """Russia's attacks on Ukraine's power system in {{November}} killed
    [[18 civilians|killed;a=the UN Human Rights Monitoring Mission in Ukraine]] and injured
    [[93|injured;a=the UN Human Rights Monitoring Mission in Ukraine]], the UN Human Rights
    Monitoring Mission in Ukraine said in its monthly update. The mission counted
    [[six large-scale combined attacks|other;a=The mission;alt=the UN Human Rights Monitoring Mission in Ukraine;u=other]] on energy facilities
    during the month, each involving [[more than 100 missiles and drones|other;a=The
    mission;alt=the UN Human Rights Monitoring Mission in Ukraine;n=missiles and drones]]. Blackouts of up to {{16 hours}} a day affected
    [[hundreds of thousands of households|civilians]] as temperatures
    fell below {{minus 10C}}. The monitors said [[at least 42 hospitals|housing;a=The
    monitors;alt=the UN Human Rights Monitoring Mission in Ukraine]] had been damaged since
    the start of the winter campaign. In {{October}} the mission had documented
    [[four|other;a=the mission;alt=the UN Human Rights Monitoring Mission in Ukraine;u=other]]
    such attacks.""",
)

item(
    "Pokrovsk evacuation: fewer than 2,000 civilians remain, officials say",
    """[[Fewer than 1,900 residents|civilians;a=Donetsk regional military
    administration]] remain in Pokrovsk, once a city of [[60,000|civilians;a=Donetsk regional military
    administration]], the Donetsk
    regional military administration said on Monday, as Russian forces pressed in from the
    south and east. Among them are [[16 children|civilians]]. Since {{August}}, the authorities
    have evacuated [[more than 52,000 people|displaced;a=the authorities;alt=Donetsk regional
    military administration]] from the Pokrovsk district, including
    [[about 8,000 children|displaced;a=the authorities;alt=Donetsk regional military
    administration]]. Evacuees are taken first to a transit centre in Pavlohrad, which can
    hold [[up to 500 people|capacity]] at a time, and then on by train to western regions. Aid
    groups said [[two or three trains a week|other;a=Aid groups;u=other;n=trains;q=range;lo=2;hi=3]] were leaving.
    Officials said they expected to move [[another 3,000 people|displaced;a=Officials;p]] from
    villages near Myrnohrad before the roads are cut. The UN monitoring mission said
    [[11 civilians|killed;a=The UN monitoring mission]] were killed during evacuations in
    {{2024}}, most of them by drones.""",
)

item(
    "UN mission counts Kherson civilians killed by short-range drones",
    """Short-range drones killed [[at least 150 civilians|killed;a=the UN Human Rights
    Monitoring Mission in Ukraine]] and injured [[more than 1,200|injured;a=the UN Human
    Rights Monitoring Mission in Ukraine]] in Kherson region between {{July 2024}} and
    {{May 2025}}, according to a report by the UN Human Rights Monitoring Mission in Ukraine.
    The monitors documented [[more than 1,900 drone attacks|other;a=The monitors;alt=the UN
    Human Rights Monitoring Mission in Ukraine;u=other]] on people on foot, on bicycles, in
    cars and on public buses. Residents describe the hunting of pedestrians as a "human
    safari". The mission said [[nine ambulances|other;a=The mission;alt=the UN Human Rights
    Monitoring Mission in Ukraine]] and [[12 buses|other;a=The mission;alt=the UN Human Rights
    Monitoring Mission in Ukraine]] were hit. Kherson's city administration said
    [[about 60,000 people|civilians;a=Kherson's city administration]] still live in the
    city, down from [[280,000|civilians;a=Kherson's city administration]] before {{2022}}. Drones now fly up to
    {{20 km}} into the city from across the Dnipro river.""",
)

item(
    "Kyiv says 1,600 abducted children returned from Russia",
    """Ukraine has brought back [[1,605 children|returned;a=the Bring Kids Back UA
    initiative]] taken to Russia or to occupied territory, the Bring Kids Back UA initiative
    said on {{1 June}}, Children's Day. Kyiv says [[19,546 children|kidnapped;a=Kyiv]] have
    been abducted since {{2022}}, a figure Moscow disputes. Researchers at Yale's
    Humanitarian Research Lab said they had identified [[at least 8,400 children|kidnapped;a=Researchers at Yale's Humanitarian Research Lab]] held in a network of
    [[43 facilities|other;a=Researchers at Yale's Humanitarian Research Lab]] in
    Russia and Belarus used for "re-education". The UN has verified far fewer
    cases because it has no access to the children. Ukraine's ombudsman said separately that
    [[some 1,300 children|missing;a=Ukraine's ombudsman]] were listed as missing.""",
)

item(
    "Mines and unexploded ordnance: Ukraine's monthly casualty count",
    """Landmines and explosive remnants of war killed [[14 civilians|killed;a=the HALO
    Trust]] and injured [[39|injured;a=the HALO Trust]] in Ukraine in {{September}},
    according to the HALO Trust, which compiles the figures from police and mission
    reports. Most of the victims were farmers and men collecting firewood. The charity said
    its teams had cleared [[2,317 mines and other items|other;a=The charity;alt=the HALO
    Trust;n=mines and other items]] in the month and handed back
    {{1,100 hectares}} of farmland. Ukraine's
    government estimates that {{139,000 square kilometres}}, an area about the size of
    England, may be contaminated. [[Some 1,400 deminers|other;a=the State Emergency
    Service]] are now working in Kharkiv and Kherson regions, the State Emergency Service
    said, and it plans to train [[another 600|other;a=the State Emergency Service;p]] by
    spring.""",
)

item(
    "UN rights mission explains how it counts Ukraine's civilian dead",
    """The UN Human Rights Monitoring Mission in Ukraine publishes its civilian casualty
    update on or around the {{10th}} of each month, covering the previous calendar month.
    Each death is corroborated by independent sources before it enters the count, a process that can take {{weeks}} or, for occupied areas, {{years}}. Casualties
    are broken down by weapon, region and sex; in {{2024}}, explosive weapons accounted for
    {{93 per cent}} of the total and women for {{34 per cent}} of the dead. The mission has
    had a team in Ukraine since {{March 2014}} and its mandate was extended in
    {{2025}} for another {{12 months}}. Its budget for the year is {{$9.6 million}}.""",
)

item(
    "Donors pledge $2.3bn for Ukraine mine clearance",
    """Donors meeting in Lausanne on {{17 October 2024}} pledged {{$2.3 billion}} over
    {{five years}} for humanitarian demining in Ukraine, the Swiss foreign ministry said. The
    conference, the second of its kind, was attended by delegations from Europe, Asia and the Gulf.
    Ukraine aims to return {{80 per cent}} of contaminated farmland to use within
    {{10 years}}, officials said, a goal experts call ambitious. The World Bank puts the cost
    of full clearance at {{$34.6 billion}}. The third conference is planned for
    {{2026}} in Tokyo.""",
)
