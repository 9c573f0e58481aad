"""Russia and Belarus: the 2022 mobilisation and the exodus it set off, arson at enlistment
offices, the war dead, prison and contract recruitment, foreigners in the army, desertion
trials and round-ups of migrants (12 texts with figures, 1 without)."""

from _wrap import item

item(
    "Putin orders partial mobilisation of reservists",
    """MOSCOW, {{Sept 21}} (Reuters) - President Vladimir Putin on Wednesday ordered Russia's
    first mobilisation since {{World War Two}}, and Defence Minister Sergei Shoigu said
    [[300,000 reservists|combatants;p;a=Defence Minister Sergei Shoigu]] would be called up. He
    said that amounted to just over {{1%}} of a mobilisation reserve of [[about 25 million
    people|civilians;a=Defence Minister Sergei Shoigu]]. Within a week police had detained
    [[more than 2,400 people|arrested;a=OVD-Info]] at protests against the call-up, according to
    the rights group OVD-Info. It said [[at least 80 detainees|combatants;p;a=OVD-Info]] had
    been handed summonses at police stations. On {{October 28}}, Shoigu reported that the
    call-up was over, with [[300,000 men|combatants;a=Shoigu]] mobilised and [[82,000 of
    them|combatants;n=-;a=Shoigu]] already in the combat zone. Putin later put the total at
    [[318,000|combatants;a=Putin]], saying volunteers had swelled the ranks.""",
)

item(
    "Russian men queue at borders to escape call-up",
    """In the {{two weeks}} after the mobilisation was announced, [[more than 200,000
    Russians|displaced;a=Kazakhstan's interior ministry]] entered Kazakhstan, Kazakhstan's
    interior ministry said, though [[about 147,000 of them|displaced;n=-;a=Kazakhstan's interior
    ministry]] had since moved on. Georgia's interior ministry recorded [[some 10,000 arrivals a
    day|displaced;a=Georgia's interior ministry]] at the peak, while at the Upper Lars crossing
    a queue of [[about 5,500 vehicles|displaced]] stretched for {{20 km}}. A mobile enlistment
    office set up at the checkpoint served summonses on [[at least 100
    men|combatants;p;a=Meduza]] in its first {{two days}}, Meduza reported. Finland counted
    [[66,000 Russian citizens|displaced;a=Finland]] arriving over the land border before it
    closed the crossings to Russian tourists on {{Sept 30}}. Independent demographers estimate
    that [[between 500,000 and 700,000 people|displaced;a=Independent demographers]] left Russia
    in {{2022}}.""",
)

item(
    "Molotov cocktails and phone scams: the arson war on Russia's draft offices",
    """Russians have carried out [[at least 220 arson attacks|other;u=other;a=Novaya Gazeta
    Europe]] on enlistment offices and local administrations since February {{2022}}, according
    to a count by Novaya Gazeta Europe. [[Seventeen offices|housing;u=structure]] were gutted,
    among them the one in Nizhnevartovsk, where a {{21-year-old}} threw petrol bombs through a
    window. Courts have convicted [[more than 150 people|arrested]] of terrorism or vandalism
    over such attacks, with sentences of up to {{19 years}}. Many attackers were pensioners
    duped by phone scammers: police in St Petersburg detained [[a dozen
    pensioners|arrested;a=the police;alt=police in St Petersburg]] in {{one week}} of December,
    the police said. In Ufa, [[three teenagers|arrested]] were detained last month after
    throwing a firebomb at an enlistment office. In Ust-Ilimsk, a {{25-year-old}} man shot the
    military commissar at point-blank range during a send-off for [[about 20
    recruits|combatants]] in {{2022}}.""",
)

item(
    "Counting Russia's war dead, name by name",
    """Mediazona and the BBC's Russian service have identified [[more than 111,000 Russian
    soldiers|killed;a=Mediazona and the BBC's Russian service]] killed in Ukraine by name, using
    obituaries, social media and cemetery photographs. [[About 12,000 of them|killed;n=-;a=the
    outlets;alt=Mediazona and the BBC's Russian service]] were mobilised men and [[more than
    17,000|killed;a=the outlets;alt=Mediazona and the BBC's Russian service]] were prisoners
    recruited by Wagner or the defence ministry, the outlets said. Volunteers who signed
    contracts after {{2023}} are now the largest group, at [[about 40,000|killed]]. Using
    probate records, Meduza and Mediazona estimated that [[about 165,000 men|killed;a=Meduza and
    Mediazona]] had died by the end of {{2024}}. Ukraine's "I Want to Live" project says
    relatives have asked it about [[more than 48,000 Russian soldiers|missing;a=Ukraine's "I
    Want to Live" project]] listed as missing. Among the identified dead are [[more than 4,000
    men|killed]] {{aged over 50}} and [[at least 250|killed]] who had been conscripts serving
    their {{12 months}} of compulsory service.""",
)

item(
    "Wagner's prison recruits: pardons and new crimes",
    """Yevgeny Prigozhin said in June {{2023}} that Wagner had recruited [[50,000
    prisoners|combatants;a=Yevgeny Prigozhin]] and that [[about 20,000 of
    them|killed;n=-;a=Yevgeny Prigozhin]] had been killed, most of them near Bakhmut. He said
    [[32,000|arrested;a=Yevgeny Prigozhin]] had been pardoned and freed after serving
    {{six-month}} contracts. The defence ministry took over prison recruitment in early
    {{2023}}, and Olga Romanova of the group Russia Behind Bars estimated that [[about 180,000
    prisoners|combatants;a=Olga Romanova]] had been recruited by {{2024}}. Russia's prison
    population fell to [[about 266,000 inmates|arrested;a=the Federal Penitentiary Service]],
    the lowest in its modern history, according to the Federal Penitentiary Service. The
    independent outlet Verstka counted [[at least 107 people|killed;a=The independent outlet
    Verstka]] killed and [[about 100|injured;a=The independent outlet Verstka]] injured by
    returning fighters.""",
)

item(
    "Russia calls up 160,000 in largest spring draft in years",
    """MOSCOW (AP) — President Vladimir Putin signed a decree on Monday calling up [[160,000
    men|combatants;p]] aged {{18 to 30}} for {{12 months}} of compulsory service between {{April
    1}} and {{July 15}}, the largest spring draft since {{2011}}. Vice Admiral Vladimir
    Tsimlyansky of the General Staff said conscripts would not be sent to the war zone. The
    autumn draft brought in [[133,000 conscripts|combatants;a=the General Staff]], according to
    the General Staff. Rights groups say [[at least 16 conscripts|killed;a=Rights groups]] died
    and [[more than 100|arrested;a=Rights groups]] were taken prisoner when Ukrainian troops
    crossed into the Kursk region in August {{2024}}. [[About 3,000
    conscripts|combatants;a=Verstka]] were serving in border units there at the time, according
    to Verstka. The Movement of Conscientious Objectors said it had helped [[about 2,500 young
    men|other;a=The Movement of Conscientious Objectors]] apply for alternative civilian
    service, which lasts {{21 months}}.""",
)

item(
    "Russian military courts flooded with AWOL cases",
    """Russian military courts convicted [[more than 7,300 soldiers|arrested;a=Mediazona]] of
    going absent without leave in {{2024}}, according to a count by Mediazona, up from [[about
    5,000|arrested;a=Mediazona]] in {{2023}}. [[Only about 90|arrested]] were convicted of
    desertion proper, which carries up to {{15 years}}. Most received suspended sentences of
    {{five to seven years}} and were sent back to their units. The Idite Lesom project, which
    advises soldiers who want out, says it has helped [[more than 1,000 servicemen|other;a=The
    Idite Lesom project]] desert, and that [[about 400 of them|displaced;n=-;a=The Idite Lesom
    project]] have left Russia. In Armenia and Kazakhstan, [[at least six deserters|returned]]
    have been detained and handed back to Russian authorities since {{2023}}.""",
)

item(
    "Raids on migrants in Moscow end with summonses",
    """Police and investigators raided dormitories, markets and construction sites in the Moscow
    region on Sunday, detaining [[more than 1,500 migrants|arrested;a=the Investigative
    Committee]], the Investigative Committee said. [[About 200 naturalised
    citizens|combatants;p;a=the committee;alt=the Investigative Committee]] among them were
    handed summonses and driven to enlistment offices, the committee said. Its head, Alexander
    Bastrykin, said in {{2024}} that investigators had found [[more than 30,000 naturalised
    citizens|other;a=Alexander Bastrykin]] who had not registered for military service, and that
    [[about 10,000 of them|combatants;n=-;a=Alexander Bastrykin]] had been sent to the front.
    Tajikistan's embassy said [[at least 40 Tajik citizens|arrested;a=Tajikistan's embassy]]
    were among those held on Sunday. Migrants are offered fast-track citizenship in exchange for
    a {{one-year}} contract and a bonus of up to {{1.9 million roubles}}.""",
)

item(
    "Belarus checks its reservists and pursues men who fight for Kyiv",
    """VILNIUS (AFP) - Belarus called up [[about 1,500 reservists|combatants;a=the defence
    ministry in Minsk]] on Tuesday for a snap inspection of its western command, the defence
    ministry in Minsk said. President Alexander Lukashenko has said the country could muster
    [[up to 500,000 reservists|combatants;p;a=President Alexander Lukashenko]] if attacked. The
    Belarusian Association of Servicemen, an exiled group, says [[more than 12,000
    men|other;a=The Belarusian Association of Servicemen]] have ignored call-up papers since
    {{2022}}. The Kalinouski Regiment, made up of Belarusian volunteers fighting for Ukraine,
    says [[several hundred Belarusians|combatants;a=The Kalinouski Regiment]] have served in its
    ranks and [[at least 30|killed;a=The Kalinouski Regiment]] have been killed. Belarusian
    courts have sentenced [[more than 100 volunteers|arrested;a=rights group Viasna]] in
    absentia to up to {{25 years}}, and [[at least 12 men|arrested;a=rights group Viasna]] who
    came home were arrested at the border, rights group Viasna said.""",
)

item(
    "Russia's contract soldiers: bonuses rise as recruitment holds up",
    """Former president Dmitry Medvedev said [[about 450,000 people|combatants;a=Former
    president Dmitry Medvedev]] signed contracts with the armed forces in {{2024}}, and [[some
    190,000|combatants;a=Former president Dmitry Medvedev]] in the {{first half}} of {{2025}}.
    Regions have raised sign-up bonuses, in some cases to more than {{2 million roubles}}, about
    {{20 times}} the average monthly wage in poorer areas. Analysts at the Royal United Services
    Institute estimate the army recruits [[about 30,000 men a month|combatants;a=Analysts at the
    Royal United Services Institute]], roughly matching its losses. A decree signed by Putin in
    September orders the armed forces to grow to [[1.5 million active troops|combatants;p]],
    from [[about 1.3 million|combatants]]. Recruiters have also signed up [[hundreds of
    students|combatants]], offering debt write-offs of up to {{10 million roubles}}.""",
)

item(
    "Nepal and India press Moscow over citizens in its army",
    """KATHMANDU (Al Jazeera) - Nepal's government says [[at least 200 Nepali
    citizens|combatants;a=Nepal's government]] have been recruited into the Russian army, and
    that [[33 of them|killed;n=-;a=Nepal's government]] have been killed. [[Five
    Nepalis|arrested]] are held by Ukraine as prisoners of war. Police in Kathmandu arrested
    [[18 people|arrested;a=the police;alt=Police in Kathmandu]] accused of sending young men to
    Russia with promises of jobs, for fees of up to {{$9,000}}, the police said. In New Delhi,
    India's foreign ministry said [[127 Indian nationals|combatants;a=India's foreign ministry]]
    had served in the Russian army, that [[12|killed;a=India's foreign ministry]] had been
    killed and [[96|returned;a=India's foreign ministry]] had been discharged and returned home.
    Recruits were promised salaries of about {{$2,300}} a month.""",
)

item(
    "Wives of mobilised men rally in Moscow",
    """MOSCOW (Novaya Gazeta Europe) - Police detained [[about 30 women|arrested;a=OVD-Info]]
    who laid flowers at the Tomb of the Unknown Soldier on Saturday to demand that their
    husbands be brought home, OVD-Info said. The women's group Put Domoi says [[more than
    300,000 mobilised men|combatants;a=The women's group Put Domoi]] are still serving with no
    end date, more than {{two years}} after the call-up. [[At least 8,000 of
    them|killed;n=-;a=Mediazona]] have been killed, according to the count by Mediazona. The
    Kremlin says mobilised men will serve until the war ends. Officials say [[about 9,000
    families|aid;a=Officials]] of mobilised men in the Moscow region received food parcels and
    firewood last winter. A petition launched by the group in {{2023}} gathered [[over 50,000
    signatures|other;u=other]] before it was blocked.""",
)

item(
    "Russia raises the upper conscription age",
    """Russia's new conscription rules, in force from {{January 1, 2024}}, raise the upper age
    for compulsory service from {{27 to 30}}, while the lower age stays at {{18}}. Service still
    lasts {{12 months}}. Lawmakers had first proposed raising the lower age to {{21}} too, but
    dropped the idea in {{July 2023}}. Fines for ignoring a summons rose to {{30,000 roubles}},
    and in a Levada Center poll {{47%}} of Russians said they backed the change.""",
)
