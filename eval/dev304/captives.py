"""dev304 items, part 3: prisoners of war and their exchange, bodies returned, civilians held,
children deported to Russia and brought back, troops."""

from _wrap import item

HQ = "Coordination Headquarters for the Treatment of Prisoners of War"
YALE = "Researchers at Yale University's Humanitarian Research Lab"
HRMMU = "UN Human Rights Monitoring Mission in Ukraine"

item(
    "Ukraine and Russia swap prisoners in first stage of largest exchange",
    f"""
    Ukraine brought home [[270 soldiers|other;a=Volodymyr Zelenskiy]] and [[120
    civilians|other;a=Volodymyr Zelenskiy]] on Friday in the first stage of the largest prisoner
    exchange of the war, Volodymyr Zelenskiy said. Russia's defence ministry said [[390 Russian
    servicemen and civilians|other;n=servicemen and civilians;a=Russia's defence ministry]] had
    been returned from territory controlled by Kyiv. The two sides agreed at talks in Istanbul
    to swap [[1,000 prisoners|other;p]] each over {{{{three days}}}}. Ukraine's {HQ} said [[more
    than 8,000 Ukrainians|arrested;a=Ukraine's {HQ}]] were still held in Russian captivity. Of
    those freed on Friday, [[22|injured;a=the headquarters;alt={HQ}]] were seriously wounded,
    the headquarters said. The freed civilians included [[four women|other]] held since
    {{{{2022}}}}.
    """,
)

item(
    "Ukraine receives 1,000 bodies from Russia",
    f"""
    Ukraine received [[1,000 bodies|killed;a=the {HQ}]] from Russia on Thursday that Moscow says
    are those of Ukrainian soldiers, the {HQ} said. Russia received [[19
    bodies|killed;a=Vladimir Medinsky]] of its servicemen in return, said Vladimir Medinsky, the
    Kremlin aide who led Russia's delegation at the talks. Forensic experts will work to
    identify the remains, which can take {{{{months}}}}. Since {{{{2022}}}}, Ukraine has
    recovered [[more than 11,000 bodies|killed;a=the headquarters;alt={HQ}]], the headquarters
    says. Ukraine's interior ministry lists [[more than 60,000 people|missing;a=Ukraine's
    interior ministry]] as missing in special circumstances, most of them soldiers. Relatives
    have given [[over 40,000 DNA samples|other;u=other;a=the interior ministry;alt=Ukraine's
    interior ministry]] to help identify them, according to the interior ministry. The bodies
    arrived in [[eight refrigerated trucks|other]] at a crossing in the Sumy region.
    """,
)

item(
    "Yale researchers trace children placed with Russian families",
    f"""
    {YALE} said they had identified [[at least 314 Ukrainian children|displaced;a={YALE}]] who
    were taken to Russia and placed in a government-run adoption and fostering programme. Kyiv
    says [[19,546 children|displaced;a=Kyiv]] have been deported or forcibly transferred since
    {{{{February 2022}}}}, a figure Russia disputes. Moscow says it has taken in [[more than
    700,000 children|displaced;a=Moscow]] from Ukraine, describing it as evacuation from a war
    zone. Under the Bring Kids Back UA initiative, Ukraine has brought back [[1,366
    children|returned;a=the presidential office]], according to the presidential office. Qatar,
    which mediates between the two sides, said [[nine children|returned;a=Qatar]] were reunited
    with their families in Kyiv on Monday, the youngest {{{{aged 2}}}}. The International
    Criminal Court issued an arrest warrant for Vladimir Putin over the deportations in
    {{{{March 2023}}}}. The ombudsman's office said [[41 children|returned;a=The ombudsman's
    office]] came back in {{{{August}}}} alone.
    """,
)

item(
    "Eleven children reunited with families after Qatar-brokered return",
    """
    [[Eleven Ukrainian children|returned;a=Daria Herasymchuk]] who had been held in Russia or in
    occupied territory have returned home, Daria Herasymchuk, the president's adviser on
    children's rights, said on Tuesday. The children are {{aged between 6 and 17}}. Among them
    were [[three siblings|returned]] from Mariupol whose mother was killed in {{2022}}.
    Herasymchuk said [[more than 1,200 children|returned;a=Herasymchuk]] had been brought back
    so far, out of [[the 19,546|displaced;a=Herasymchuk]] that Ukraine has registered as
    deported. Dmytro Lubinets, the parliament's human rights commissioner, said [[about 2,000
    children|missing;a=Dmytro Lubinets]] were listed as missing. Maria Lvova-Belova, Russia's
    children's rights commissioner, said Moscow had handed [[89 children|returned;a=Maria
    Lvova-Belova]] back to relatives in Ukraine and third countries this year.
    """,
)

item(
    "UN: freed Ukrainian prisoners describe torture",
    f"""
    The {HRMMU} interviewed [[205 Ukrainian prisoners of war|other;n=prisoners]] after their
    release in exchanges over the past {{{{year}}}}. Of those, [[197|other;a=the
    mission;alt={HRMMU}]] described torture or ill-treatment, the mission said in a report on
    Tuesday. The mission said it was investigating reports that [[at least 79 Ukrainian
    prisoners of war|killed;n=prisoners;a=The mission;alt={HRMMU}]] had been executed after
    capture since {{{{August 2024}}}}. It also interviewed [[38 Russian prisoners|other]] held
    by Ukraine, who described beatings during the first {{{{hours}}}} after capture. According
    to Ukrainian officials, Russia holds [[about 8,000 Ukrainians|arrested;a=Ukrainian
    officials]], including [[an estimated 1,800 civilians|arrested;a=Ukrainian officials]].
    """,
)

item(
    "Ombudsman says Russia holds 16,000 Ukrainian civilians",
    """
    Dmytro Lubinets, Ukraine's human rights commissioner, said Russia was holding [[about 16,000
    Ukrainian civilians|arrested;a=Dmytro Lubinets]] in prisons and detention centres in Russia
    and the occupied territories. In occupied Melitopol, [[at least 40 people|arrested;a=Ivan
    Fedorov]] were detained in a {{two-day}} sweep last week, according to Ivan Fedorov, the
    city's exiled mayor. Human rights groups say [[more than 200 local officials, journalists
    and activists|kidnapped;n=local officials, journalists and activists;a=Human rights groups]]
    have been abducted in the occupied south since {{2022}}. The Ukrainian Helsinki Human Rights
    Union said [[at least 23 detained civilians|killed;a=The Ukrainian Helsinki Human Rights
    Union]] had died in Russian custody. The International Committee of the Red Cross said it
    was tracing [[more than 50,000 people|missing;a=The International Committee of the Red
    Cross]] reported missing by relatives on both sides. Lubinets said [[only 168
    civilians|other;a=Lubinets]] had been freed in exchanges this year.
    """,
)

item(
    "Ukraine captures two North Korean soldiers in Kursk",
    """
    Ukraine's SBU security service said it had captured [[two North Korean
    soldiers|arrested;a=Ukraine's SBU security service]] in Russia's Kursk region, one of them
    wounded. South Korea's spy agency estimated that [[about 11,000 North Korean
    troops|combatants;a=South Korea's spy agency]] had been deployed to Kursk, and that [[some
    300|killed;a=South Korea's spy agency]] had been killed and [[2,700|injured;a=South Korea's
    spy agency]] wounded. Zelenskiy said Russia had also recruited [[thousands of foreign
    fighters|combatants;a=Zelenskiy]] from Asia and Africa. Ukraine's military intelligence said
    it held [[more than 1,000 foreign nationals|arrested;a=Ukraine's military intelligence]]
    from [[48 countries|other;u=other;a=Ukraine's military intelligence]] who had fought for
    Russia. The soldiers, {{aged 20}} and {{26}}, were taken to Kyiv for questioning.
    """,
)

item(
    "Families of Azovstal defenders rally in Kyiv",
    """
    Relatives of soldiers captured after the siege of the Azovstal steelworks in Mariupol
    rallied in Kyiv on Sunday, {{three years}} after the garrison surrendered. Of [[the roughly
    2,500 defenders|arrested;a=the Association of Families of Azovstal Defenders]] who left the
    plant in {{May 2022}}, [[more than 1,000|other;a=the Association of Families of Azovstal
    Defenders]] have been freed in exchanges, according to the Association of Families of
    Azovstal Defenders. [[At least 900|arrested;a=the association;alt=the Association of
    Families of Azovstal Defenders]] remain in captivity, the association said. An explosion at
    the Olenivka prison camp in {{July 2022}} killed [[at least 50|killed]] of them. Protesters
    held up [[hundreds of portraits|other;u=other]] on the Maidan. Among those who surrendered
    were [[about 700 wounded fighters|injured]]. Since then, [[about 40 Azovstal
    defenders|killed;a=the association;alt=the Association of Families of Azovstal Defenders]]
    have died in Russian captivity, the association says.
    """,
)

item(
    "Russian soldiers keep calling Ukraine's surrender hotline",
    """
    Ukraine's 'I Want to Live' project, which helps Russian soldiers surrender, has received
    [[more than 40,000 appeals|other;u=other;a=Vitaliy Matviienko]] since {{September 2022}},
    its spokesman, Vitaliy Matviienko, said. He said [[about 150 Russian
    troops|arrested;a=Vitaliy Matviienko]] had given themselves up through the hotline last
    month. Ukrainian intelligence says Russia recruits [[up to 35,000 men a
    month|combatants;a=Ukrainian intelligence]] to replace its losses. Ukraine's military says
    Russia has [[about 620,000 troops|combatants;a=Ukraine's military]] in Ukraine, up from
    [[some 190,000|combatants;a=Ukraine's military]] at the start of the invasion. The
    Coordination Headquarters said [[6,000 Russian prisoners|arrested;a=The Coordination
    Headquarters]] were held in [[five camps|other;a=The Coordination Headquarters]] in western
    and central Ukraine.
    """,
)

item(
    "Zelenskiy says Russia massing troops near Sumy",
    """
    Russia has massed [[about 50,000 troops|combatants;a=Volodymyr Zelenskiy]] near the Sumy
    region, Volodymyr Zelenskiy said on Wednesday. Ukraine's army has [[about 880,000 service
    members|combatants;a=Volodymyr Zelenskiy]], he said. Ukraine's border guard service said
    sabotage groups of [[10 to 15 fighters|combatants;a=Ukraine's border guard service]] had
    tried to cross the border several times this week. [[Two Ukrainian border
    guards|killed;a=the service;alt=Ukraine's border guard service]] were killed in a raid near
    the village of Yunakivka, the service said. Russia's defence ministry said its forces had
    captured [[three villages|other;a=Russia's defence ministry]] in the region. Oleh Hryhorov,
    the Sumy governor, said [[about 1,500 residents|displaced;a=Oleh Hryhorov]] of border
    communities had been evacuated in {{a week}}. Sergei Shoigu, the head of Russia's Security
    Council, said North Korea would send [[6,000 military engineers and
    builders|combatants;p;n=military engineers and builders;a=Sergei Shoigu]] to the Kursk
    region.
    """,
)

item(
    "Ukraine repatriates 757 bodies, including civilians",
    f"""
    Officials in Kyiv said [[757 bodies|killed;a=Officials in Kyiv]] were repatriated from
    Russia on Friday, the {{{{14th}}}} such handover this year. Among them were [[the remains of
    26 civilians|killed;n=civilians;a=prosecutors]], prosecutors said. Russia received [[34
    bodies|killed;a=the Russian side]] of its soldiers, the Russian side said. Since
    {{{{2022}}}}, Ukraine has repatriated [[more than 14,000 bodies|killed;a=Ukraine's {HQ}]],
    according to Ukraine's {HQ}. [[About 4,000|killed;a=Ukraine's {HQ}]] of them remain
    unidentified, it said. DNA analysis of each body takes up to {{{{three months}}}}. Kyiv
    believes Russia still holds [[thousands of bodies|killed;a=Kyiv]] of Ukrainian soldiers.
    [[At least 12|killed;n=-;a=prosecutors]] of the civilians' bodies bore signs of torture,
    prosecutors said.
    """,
)

item(
    "Rights group documents abductions in occupied south",
    """
    The Kharkiv Human Rights Protection Group said it had documented [[at least 1,014
    abductions|kidnapped;a=The Kharkiv Human Rights Protection Group]] of civilians in occupied
    parts of the Kherson and Zaporizhzhia regions since {{2022}}. [[Ninety-four
    teachers|kidnapped;a=The Kharkiv Human Rights Protection Group]] were among those seized, it
    said, many for refusing to teach the Russian curriculum. [[About 300|kidnapped;a=the
    group;alt=The Kharkiv Human Rights Protection Group]] have since been released, the group
    said, while [[at least 60|killed;a=the group;alt=The Kharkiv Human Rights Protection Group]]
    died in captivity. Families say [[dozens|kidnapped;a=Families]] were taken from their homes
    at night in {{2025}} alone. The Moscow-installed authorities call those detained saboteurs.
    In the Kherson region alone, [[412 people|kidnapped;a=The Kharkiv Human Rights Protection
    Group]] were seized, it said. The fate of [[between 150 and 200 people|missing;a=the
    group;alt=The Kharkiv Human Rights Protection Group]] whose abduction was reported is
    unknown, the group said.
    """,
)

item(
    "Ten civilians freed after Vatican mediation",
    """
    [[Ten Ukrainian civilians|kidnapped;a=Dmytro Lubinets]] who had been abducted by Russian
    forces in the occupied Zaporizhzhia region were freed on Saturday after Vatican mediation,
    Dmytro Lubinets, Ukraine's human rights commissioner, said. They included [[two village
    heads|kidnapped;u=person;a=Dmytro Lubinets]], he said. Among those still held are [[three
    priests|kidnapped;a=Lubinets]] seized in Berdiansk in {{2022}}, Lubinets said. The Institute
    of Mass Information says [[at least 26 Ukrainian journalists|kidnapped;a=The Institute of
    Mass Information]] are held by Russia. Lubinets said [[at least 28 local
    officials|kidnapped;a=Lubinets]] were still held. The Vatican's envoy, Cardinal Matteo
    Zuppi, has also helped return [[dozens of children|returned]] from Russia. Since {{2022}},
    the Ukrainian side says, [[about 170 civilians|other;a=the Ukrainian side]] have been freed
    in prisoner exchanges.
    """,
)

item(
    "Russia held Ukrainian children in 43 camps, report says",
    f"""
    {YALE} said Russia had held Ukrainian children in [[at least 43 camps|capacity;a={YALE}]]
    stretching from Crimea to Siberia since {{{{2022}}}}. [[More than 6,000
    children|displaced;a=the researchers;alt={YALE}]], some as young as {{{{four months}}}},
    passed through them, the researchers said. Save Ukraine, a charity that retrieves children,
    said it had brought back [[more than 600 children and teenagers|returned;n=children and
    teenagers;a=Save Ukraine]]. Maria Lvova-Belova, Russia's children's commissioner, has said
    [[about 2,000 children|displaced;a=Maria Lvova-Belova]] from Ukrainian orphanages were
    brought to Russia. Ukraine has brought home [[1,625 children|returned;a=the presidential
    office]] under its Bring Kids Back UA plan, the presidential office said in {{September}}.
    In the Crimean camp of Artek alone, [[about 2,500 Ukrainian children|displaced;a=Ukrainian
    officials]] spent the summer, Ukrainian officials said.
    """,
)

item(
    "What the Istanbul memorandums say",
    """
    The Russian and Ukrainian delegations exchanged draft memorandums at their {{second}} round
    of talks in Istanbul on {{June 2}}, which lasted just over {{an hour}}. Kyiv's draft calls
    for a {{30-day}} ceasefire on land, at sea and in the air, followed by talks at leaders'
    level. Moscow's draft offers a {{two-day}} pause to collect bodies and demands that Ukraine
    withdraw from the regions Russia claims. The next round was pencilled in for {{late June}}.
    The {{1994}} Budapest Memorandum was cited by Ukraine's delegation.
    """,
)

item(
    "Three years on, no answers over Olenivka blast",
    """
    Relatives marked the {{third}} anniversary of the explosion at the Olenivka prison camp on
    {{July 29}} with a vigil in Kyiv. The blast, which Ukraine blames on Russia and Moscow
    blames on a Ukrainian rocket, happened at about {{11 p.m.}} on {{July 28, 2022}}. A UN
    fact-finding mission was disbanded in {{January 2023}} after {{five months}} without access.
    The International Committee of the Red Cross said in {{2025}} that it had still not been
    allowed to visit. A memorial service was held at {{7 p.m.}} in St Michael's Monastery.
    """,
)
