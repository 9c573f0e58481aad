"""Ukraine's regional governors and military administrations, 2015-2025, as the wires relay their
daily posts: shelling and drone tallies, evacuations, damage, power cuts, running tolls."""

from _wrap import item

item(
    "Kharkiv governor reports three dead as evacuation from Vovchansk area goes on",
    """Russian shelling and guided aerial bombs killed [[three civilians|killed;a=Oleh Syniehubov]]
    and wounded [[11 others|injured;a=Oleh Syniehubov]] in the Kharkiv region over the past day,
    Oleh Syniehubov, the regional governor, wrote on Telegram on Tuesday. Police and volunteers
    evacuated [[another 422 people|displaced;a=Oleh Syniehubov]] from Vovchansk and nearby
    villages, he said, bringing the number moved out of the border districts since Friday to
    [[5,762|displaced;a=Oleh Syniehubov;n=-]]. [[About 1,300 residents|civilians;a=the governor;alt=Oleh Syniehubov]]
    are still believed to be in Vovchansk, most of them elderly, the governor added. A
    {{64-year-old}} woman was killed when a bomb hit her home in Lyptsi, and [[two men|injured]]
    were pulled from the rubble of a neighbouring house with shrapnel wounds. Russian troops
    shelled [[32 settlements|other;u=other;a=the regional police]] across the region, damaging
    [[18 private houses|housing;a=the regional police]] and [[nine cars|other;a=the regional police]],
    according to the regional police.""",
)

item(
    "Zaporizhzhia: one killed, 42,000 households lose power after overnight drone attack",
    """Russian forces carried out [[412 strikes|other;u=other;a=Ivan Fedorov]] on
    [[14 settlements|other;u=other;a=Ivan Fedorov]] of the Zaporizhzhia region over the past day,
    Ivan Fedorov, head of the Zaporizhzhia Regional Military Administration, wrote on Telegram.
    [[One person|killed]] was killed and [[seven|injured;n=-]] were wounded in the regional capital,
    where drones hit an energy facility shortly after {{3 a.m.}} The strike left
    [[about 42,000 households|civilians;a=Fedorov]] without electricity, Fedorov said. Damage was
    reported to [[27 homes|housing]], [[11 cars|other]] and an administrative building in Vilniansk
    and Zaporizhzhia district. The administration said it had evacuated
    [[a further 68 people|displaced;a=The administration;alt=the Zaporizhzhia Regional Military Administration]],
    including [[12 children|displaced;a=The administration;alt=the Zaporizhzhia Regional Military Administration]],
    from Huliaipole and Orikhiv, where shelling is now almost constant.""",
)

item(
    "Kherson region: Russian drones and artillery kill two, wound 19",
    """Over the past day, Russian troops shelled [[46 settlements|other;u=other;a=Oleksandr Prokudin]]
    in the Kherson region, including the city of Kherson, Oleksandr Prokudin, the head of the
    regional military administration, said on Telegram on Saturday. [[Two people|killed;a=Oleksandr Prokudin]] were
    killed and [[19 others|injured;a=Oleksandr Prokudin]] wounded, among them a {{12-year-old}} boy, he said, and
    corrected a Friday count that had put the number of wounded at [[14|injured;n=-;a=Oleksandr Prokudin]]. Shells and
    drones hit residential quarters, damaging [[nine high-rise buildings|housing]] and
    [[23 private houses|housing]] as well as a bus in the Dniprovskyi district. In the past week the
    authorities have moved [[around 160 residents|displaced]], including [[38 children|displaced]],
    out of the riverside neighbourhoods. [[An estimated 1,200 people|civilians;a=officials]] still
    live in villages within {{15 kilometres}} of the Dnipro, officials said.""",
)

item(
    "Nikopol shelled again; two dozen homes damaged, Lysak says",
    """Russian forces hit the Nikopol district with artillery and kamikaze drones throughout
    Sunday, Serhiy Lysak, the Dnipropetrovsk regional governor, wrote on Telegram late in the
    evening. A {{57-year-old}} man was killed in Marhanets and [[five people|injured;a=Serhiy Lysak]]
    were hurt in Nikopol and Pokrovske, he said. In all, [[between 40 and 50 shells|other;a=Lysak]]
    landed on the district, which lies across the reservoir from the occupied Zaporizhzhia nuclear
    plant, Lysak said, damaging [[two dozen private houses|housing;a=Lysak]],
    [[14 outbuildings|housing;u=structure;a=Lysak]] and [[four power lines|other;u=other;a=Lysak]].
    Air defence units shot down [[11 drones|other;a=the governor;alt=Serhiy Lysak]] over the region
    overnight, the governor added. In Nikopol, [[around 3,000 households|civilians]] were left
    without water after a pumping station lost power. Local officials say
    [[more than 70,000 residents|displaced;a=Local officials]] have left the town since the start of
    the full-scale invasion.""",
)

item(
    "Donetsk governor urges families to leave Pokrovsk as Russian forces close in",
    """Russian attacks on the Donetsk region killed [[four civilians|killed;a=Vadym Kyrylenko]] and
    wounded [[nine|injured;n=-;a=Vadym Kyrylenko]] on Monday, Vadym Kyrylenko, the regional governor,
    said in his daily update. Kyrylenko said [[1,934 people|displaced;a=Kyrylenko]], among them
    [[312 children|displaced;a=Kyrylenko]], had been evacuated from frontline communities over the
    past week. Authorities have ordered families with children to leave
    [[27 settlements|displaced;u=other;p]] in the Pokrovsk district. Officials estimate that
    [[about 4,000 children|civilians;a=Officials]] still live in the towns and villages covered by
    the order. In Pokrovsk itself, [[some 48,000 residents|civilians;a=the city military administration]]
    remained as of {{August 19}}, according to the city military administration, down from
    [[60,000|civilians;n=-;a=the city military administration]] before the invasion.""",
)

item(
    "Sumy region orders evacuation of 11 more villages as drone attacks intensify",
    """Oleh Hryhorov, head of the Sumy regional military administration, said on Telegram on Thursday
    that residents of [[11 more villages|displaced;p;a=Oleh Hryhorov]] near the Russian border must
    leave. [[About 1,700 residents|displaced;p;a=Hryhorov]], including
    [[250 children|displaced;p;a=Hryhorov]], are to be taken out of the new zone over the coming
    days, Hryhorov said. Over the past day, Russian forces fired on
    [[36 settlements|other;u=other;a=the administration;alt=the Sumy regional military administration]] in
    [[seven border communities|other;u=other;a=the administration;alt=the Sumy regional military administration]], recording
    [[143 attacks|other;u=other;a=the administration;alt=the Sumy regional military administration]], according to the administration.
    [[Two men|killed]] were killed when a drone hit their car near Krasnopillia, and
    [[six people|injured]] were wounded in Sumy, where a guided bomb damaged
    [[14 apartment buildings|housing]].""",
)

item(
    "Izium exhumations: 436 bodies recovered, governor says",
    """Investigators have exhumed [[436 bodies|killed;a=Kharkiv governor Oleh Syniehubov;alt=Oleh Syniehubov]] from the mass burial site in
    the pine forest outside Izium, Kharkiv governor Oleh Syniehubov said on {{September 23}} as the
    work there ended. [[Thirty|killed;n=-;a=Syniehubov]] of them bore signs of torture, Syniehubov
    said, and among the dead were [[22 children|killed;a=Syniehubov]]. Police said
    [[about 1,000 people|missing;a=Police]] remain missing in the areas of the region retaken in
    {{September}}. Deminers have cleared [[2,100 explosive objects|other;u=other]] in the town, where
    power and water have been restored to {{40%}} of homes. [[Some 9,000 residents|civilians]]
    remain in Izium, which stood on the front line for {{six months}}.""",
)

item(
    "Russian-installed Zaporizhzhia chief orders evacuation of 18 frontline towns",
    """Yevgeny Balitsky, the Moscow-installed head of the occupied part of the Zaporizhzhia region,
    said on Telegram on Friday that residents of [[18 frontline settlements|displaced;u=other;p;a=Yevgeny Balitsky]],
    among them Vasylivka, Kamianka-Dniprovska and Enerhodar, would be moved deeper into occupied
    territory. Children, the elderly, disabled people and hospital patients would go first, he said.
    Balitsky's administration said later that [[1,679 people|displaced;a=Balitsky's administration]],
    including [[660 children|displaced;a=Balitsky's administration]], had been moved by evening and
    were being housed in [[12 temporary accommodation centres|capacity;a=Balitsky's administration]]
    in Berdiansk. Ivan Fedorov, the Ukrainian governor of the region, said on Telegram that queues of
    [[up to 5,000 cars|other;a=Ivan Fedorov]] had formed at checkpoints on the road to Crimea.
    Ukrainian officials said Russia also planned to take
    [[about 3,100 employees|displaced;p;a=Ukrainian officials]] of the Zaporizhzhia nuclear plant
    out of Enerhodar.""",
)

item(
    "Air force says 58 of 73 drones downed; Odesa port hit",
    """Russia launched [[73 Shahed-type attack drones|other;a=Ukraine's air force]] and
    [[three Iskander-M ballistic missiles|other;a=Ukraine's air force]] at Ukraine overnight,
    Ukraine's air force said on Telegram on Wednesday morning. Air defences shot down or jammed
    [[58|other;u=other;n=-;a=Ukraine's air force]] of the drones, it said, while hits were recorded
    in [[six regions|other;u=other;a=Ukraine's air force]]. In Odesa, drones struck port
    infrastructure and a residential area, wounding [[eight people|injured;a=Oleh Kiper]], among
    them a {{two-year-old}} girl, Oleh Kiper, the regional governor, said. Fires broke out in
    [[two warehouses|housing;u=structure;a=Oleh Kiper]] and at a grain terminal, he said.
    [[Between 25 and 30 firefighters|other;a=the State Emergency Service]] and
    [[12 fire engines|other;u=other;a=the State Emergency Service]] were sent to put them out, the
    State Emergency Service said.""",
)

item(
    "Donetsk administration: shelling of Avdiivka kills two, cuts heating to 16,000",
    """Shelling of Avdiivka killed [[two civilians|killed;a=Pavlo Zhebrivskyi]] and wounded
    [[five|injured;n=-;a=Pavlo Zhebrivskyi]] overnight, Pavlo Zhebrivskyi, head of the Donetsk regional
    military-civil administration, wrote on Facebook on {{January 31}}. The town's coke plant, which
    heats most of Avdiivka, lost power, leaving [[about 16,000 residents|civilians;a=Zhebrivskyi]]
    without heat at temperatures of {{minus 18 degrees Celsius}}, Zhebrivskyi said. The
    administration was preparing to evacuate [[up to 12,000 people|displaced;p;a=Pavlo Zhebrivskyi]], among them
    [[2,500 children|displaced;p;a=Pavlo Zhebrivskyi]], if the power was not restored, he added.
    [[Seventy-five children|displaced]] were taken to a holiday camp in Sviatohirsk on Tuesday. The
    emergency service set up [[six heated tents|aid;a=The emergency service]] in the town centre and
    brought in [[40 tonnes|aid;a=The emergency service]] of drinking water, it said.""",
)

item(
    "Toll from Kharkiv missile strike rises to nine as rescuers end search",
    """The number of people killed in Thursday's missile strike on a residential district of Kharkiv
    has risen to [[nine|killed;n=-;a=Oleh Syniehubov]], Oleh Syniehubov, the regional governor, said on
    Saturday, after rescuers recovered [[two more bodies|killed;a=Oleh Syniehubov]] from the rubble of
    a five-storey building. The toll had stood at [[seven|killed;n=-]] on Friday evening.
    [[Forty-two people|injured;a=Mayor Ihor Terekhov;alt=Ihor Terekhov]] were wounded and
    [[16|injured;n=-;a=Mayor Ihor Terekhov;alt=Ihor Terekhov]] of them remain in hospital, said Mayor
    Ihor Terekhov. The strike damaged [[34 apartment buildings|housing;a=city officials]], a
    kindergarten and [[dozens of cars|other;a=city officials]], city officials said.
    [[About 120 residents|displaced]] whose flats were destroyed are being housed in
    [[two temporary shelters|capacity]] run by the city.""",
)

item(
    "Kherson flood evacuations go on under Russian shelling",
    """Rescuers have evacuated [[2,412 people|displaced;a=Oleksandr Prokudin]] from flooded areas on the
    right bank of the Dnipro since the Kakhovka dam was destroyed, Oleksandr Prokudin, head of the
    Kherson regional military administration, said on {{June 8}}. [[More than 3,600 homes|housing]]
    remain under water in [[29 settlements|other;u=other]], most of them on the outskirts of Kherson
    and in the Bilozerka community. Russian forces shelled evacuation points where [[hundreds of people|displaced]] were waiting on
    Wednesday, wounding [[nine people|injured]], among them [[two police officers|injured]].
    [[Three people|killed;a=Prokudin]] have drowned and [[seven|missing;n=-;a=Prokudin]] are
    reported missing, Prokudin said. Ukraine's interior ministry said
    [[about 40 boats|other;a=Ukraine's interior ministry]] were taking part in the rescue.""",
)

item(
    "Dnipro apartment block toll climbs to 40; 25 still missing",
    """Rescuers pulled [[four more bodies|killed;a=Serhiy Lysak]] from the ruins of the nine-storey
    apartment block in Dnipro overnight, taking the death toll to [[40|killed;n=-;a=Serhiy Lysak]],
    Serhiy Lysak, the Dnipropetrovsk governor, said on Monday morning. [[Three|killed;n=-]] of the dead
    were children. The fate of [[25 residents|missing;a=Serhiy Lysak]] remains unknown, he said.
    [[Seventy-five people|injured]], including [[14 children|injured]], were wounded. [[About 400 people|displaced;a=the city council]] have
    been left homeless and [[72 flats|housing;a=the city council]] were destroyed, according to the
    city council.""",
)

item(
    "Lubinets: 20 more children returned from occupied areas",
    """[[Twenty children and teenagers|returned;n=children and teenagers;a=Dmytro Lubinets]] taken from
    occupied parts of the Kherson and Zaporizhzhia regions have been brought back to
    Ukrainian-controlled territory, Dmytro Lubinets, Ukraine's human rights commissioner, wrote on
    Telegram. The youngest is {{four years old}}. That brings the number returned under the Bring
    Kids Back UA programme to [[1,366|returned;n=-;a=the presidential office]], according to the
    presidential office. Kyiv says [[19,546 children|displaced;a=Kyiv]] have been deported or forcibly
    moved to Russia or to occupied territory since {{February 2022}}. Separately,
    [[84 residents|returned;a=the regional administration]] of the Kharkiv region who had been taken
    to Russia during the occupation came home through the Sumy region, the regional administration
    said. Among them were [[11 people|returned]] {{aged over 80}}.""",
)

item(
    "Donetsk region: 11,900 children remain in frontline towns, governor says",
    """As of {{8 a.m.}} on Friday, [[about 204,000 people|civilians;a=Vadym Filashkin]] remained in
    the government-held part of the Donetsk region, among them [[11,900 children|civilians;a=Vadym Filashkin]],
    Vadym Filashkin, the regional governor, said on Telegram. Over the past day, Russian forces
    attacked [[16 settlements|other;u=other;a=Vadym Filashkin]], killing [[two residents|killed;a=Vadym Filashkin]] of
    Kostiantynivka and wounding [[five people|injured;a=Vadym Filashkin]] in Druzhkivka and Sloviansk, he said.
    [[A further 413 people|displaced;a=the regional police]], including
    [[67 children|displaced;a=the regional police]], were evacuated by police officers and the White
    Angels unit, according to the regional police. In Kramatorsk,
    [[six high-rises|housing;u=structure]] and [[10 houses|housing]] were damaged.""",
)

item(
    "Kharkiv shortens curfew and sets winter outage schedule",
    """Kharkiv's city military administration said on {{November 3}} that the curfew would run from
    {{00:00}} to {{05:00}} from {{November 5}}, an hour shorter than before. Scheduled power outages
    will last up to {{four hours}} at a time, the grid operator said, and demand in the region is
    {{12%}} higher than a year ago. Residents who are left without power for more than {{72 hours}}
    can claim compensation of {{1,500 hryvnias}}, the city council said. Invincibility points will
    stay open around the clock, the administration added. Monday's alert, the {{53rd}} of the month,
    lasted {{three hours}} and {{40 minutes}}.""",
)

item(
    "Zaporizhzhia air alert lasts more than seven hours as guided bombs hit outskirts",
    """Guided aerial bombs of the {{KAB-500}} type struck the outskirts of Zaporizhzhia on Saturday,
    Ivan Fedorov wrote on Telegram, without reporting casualties. The air raid alert in the city began
    at {{2:15 a.m.}} and lasted {{seven hours}} and {{40 minutes}}, the longest since {{2022}}.
    Russian aircraft launched the bombs from about {{60 kilometres}} away, Ukraine's air force said.
    Trams on {{route 3}} were suspended until {{noon}}, and classes moved online for {{two days}}.""",
)
