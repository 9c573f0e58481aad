"""The Russia-Ukraine war's claims: daily loss tallies, drones downed, prisoner exchanges,
desertions and the monitors who count the dead (7 articles, all with figures)."""

from _wrap import item

item(
    "General Staff: Russia has lost 719,860 troops in Ukraine since start of full-scale war",
    """Russia has lost [[719,860 troops|killed;a=the General Staff of Ukraine's Armed Forces]] in
    Ukraine since the beginning of its full-scale invasion in {{February 2022}}, the General Staff
    of Ukraine's Armed Forces reported on Thursday. This number includes [[1,500 casualties|killed]]
    that Russian forces suffered over the past day. Russia has also lost [[9,463 tanks|other;a=the
    General Staff;alt=the General Staff of Ukraine's Armed Forces]], [[19,353 armored fighting
    vehicles|other;a=the General Staff;alt=the General Staff of Ukraine's Armed Forces]], [[20,740
    artillery systems|other;u=other;a=the General Staff; alt=the General Staff of Ukraine's Armed
    Forces]], [[1,256 multiple launch rocket systems|other;u=other;a=the General Staff;alt=the
    General Staff of Ukraine's Armed Forces]], [[369 airplanes|other;u=other;a=the General
    Staff;alt=the General Staff of Ukraine's Armed Forces]], [[329 helicopters|other;a=the General
    Staff;alt=the General Staff of Ukraine's Armed Forces]] and [[28 ships and boats|other;n=ships
    and boats;a=the General Staff;alt=the General Staff of Ukraine's Armed Forces]], the General
    Staff said. The figures cannot be independently verified. Britain's Defence Ministry estimated
    in October that [[more than 600,000 Russian personnel|killed;a=Britain's Defence Ministry]] had
    been killed or wounded.""",
)

item(
    "Russia fires 64 drones, three ballistic missiles at Ukraine overnight",
    """KYIV, {{Jan 8}} (Reuters) - Russia launched [[64 drones|other;a=Ukraine's air force]] and
    [[three ballistic missiles|other;a=Ukraine's air force]] at Ukraine overnight, Ukraine's air
    force said on Wednesday, adding that air defences had shot down [[41 of the
    drones|other;a=Ukraine's air force]]. It said [[another 22|other;u=other;a=Ukraine's air force]]
    had been "lost" on radar, a term the military uses for drones downed by electronic jamming.
    Russia's defence ministry said its air defence units had destroyed [[47 Ukrainian
    drones|other;a=Russia's defence ministry]] over the Bryansk and Kursk regions and the Sea of
    Azov. A drone attack on Engels airbase, home to {{Tu-95}} and {{Tu-160}} strategic bombers, set
    off a fire at an oil depot that burned through the day, the Saratov regional governor said. In
    Kyiv region, [[one man|injured;a=the regional governor]] was hurt by falling debris, the
    regional governor said. A Russian glide bomb killed [[two people|killed;a=Zaporizhzhia governor
    Ivan Fedorov]] in Zaporizhzhia, Zaporizhzhia governor Ivan Fedorov said.""",
)

item(
    "Russia and Ukraine each free 390 in first stage of biggest swap of the war",
    """KYIV, Ukraine (AP) — Russia and Ukraine each freed [[390 prisoners|other]] on Friday in the
    first stage of what is set to be the largest prisoner exchange of the war. Among the Ukrainians
    returned were [[270 soldiers|other;a=Ukraine's Coordination Headquarters for the Treatment of
    Prisoners of War]] and [[120 civilians|other;a=Ukraine's Coordination Headquarters for the
    Treatment of Prisoners of War]], Ukraine's Coordination Headquarters for the Treatment of
    Prisoners of War said. The two sides agreed at talks in Istanbul last week to trade [[1,000
    prisoners each|other;p;n=prisoners]], and further releases were expected over the weekend.
    President Volodymyr Zelenskyy said [[more than 4,500 Ukrainians|other;a=President Volodymyr
    Zelenskyy]] had been brought home from captivity since {{2022}}. Kyiv estimates Russia still
    holds [[about 8,000 Ukrainians|arrested;a=Kyiv]]. The sides also regularly hand over the bodies
    of fallen soldiers; in the latest such handover, Ukraine received [[909 bodies|killed]] and
    returned [[34|killed]] to Russia.""",
)

item(
    "Desertion cases top 110,000 as Ukraine struggles to fill ranks",
    """Ukraine's Prosecutor General's Office has registered [[more than 110,000 criminal
    cases|other;a=Ukraine's Prosecutor General's Office]] for desertion and absence without leave
    since {{February 2022}}. [[Nearly 60,000|other;u=other]] of those were opened in the first {{10
    months}} of {{2024}}. A law that took effect in November allows first-time deserters to return
    to their units without prosecution, and [[about 9,000 soldiers|combatants;a=the Defense
    Ministry]] have since gone back to duty, the Defense Ministry said. Commanders say desertion is
    worst among newly mobilized men. The {{155th}} Mechanized Brigade, equipped and trained in
    France, lost [[about 1,700 soldiers|other;a=Ukrainian media reports]] to desertion before it
    reached the front, according to Ukrainian media reports, [[about 50|other;a=Ukrainian media
    reports]] of them while still training in France. Military police detained [[about 40
    soldiers|arrested]] in Kyiv region last month alone on desertion charges.""",
)

item(
    "Prigozhin says 20,000 Wagner fighters killed in Bakhmut",
    """Yevgeny Prigozhin, the founder of the Wagner mercenary group, said on Wednesday that [[about
    20,000 of his fighters|killed;a=Yevgeny Prigozhin]] had been killed in the battle for Bakhmut,
    roughly half of them convicts recruited from Russian prisons. He said Wagner had recruited
    [[about 50,000 prisoners|combatants;a=Yevgeny Prigozhin]] since the start of the war and still
    had [[about 25,000 men|combatants;a=Yevgeny Prigozhin]] under arms. The White House estimated
    this month that Russia had suffered [[more than 100,000 casualties|killed;a=The White House]]
    since December alone, including [[20,000 dead|killed;n=dead;a=The White House]]. Kyiv does not
    disclose its own losses around the city, but Ukraine's eastern command said [[more than 400
    Russian soldiers|killed;a=Ukraine's eastern command]] had been killed around Bakhmut in the past
    day alone. Prigozhin said his men would hand their positions to the regular army by {{June
    1}}.""",
)

item(
    "Named Russian war dead pass 106,000, Mediazona and BBC say",
    """Mediazona and the BBC's Russian service said on Friday they had confirmed the names of
    [[106,745 Russian soldiers|killed;a=Mediazona and the BBC's Russian service]] killed in Ukraine
    since {{February 2022}}, including [[more than 17,000 volunteers|killed;a=Mediazona and the
    BBC's Russian service]] and [[about 14,000 former prisoners|killed;a=Mediazona and the BBC's
    Russian service]]. The outlets compile the list from obituaries, social media posts and local
    news. Using inheritance records, they estimated that the true toll is [[between 164,000 and
    237,000|killed;a=Mediazona and the BBC's Russian service]]. Russia's defence ministry last
    updated its own figure in {{September 2022}}, when it reported [[5,937
    dead|killed;n=dead;a=Russia's defence ministry]]. President Volodymyr Zelenskiy said in February
    that [[more than 46,000 Ukrainian soldiers|killed;a=President Volodymyr Zelenskiy]] had been
    killed and [[about 380,000|injured;a=President Volodymyr Zelenskiy]] wounded.""",
)

item(
    "Ukraine, Russia swap 157 captives in first exchange of 2026",
    """Ukraine and Russia exchanged [[157 prisoners of war each|other;n=prisoners;a=Ukraine's
    Coordination Headquarters]] on Friday in the first swap of the year, mediated by the United Arab
    Emirates, Ukraine's Coordination Headquarters reported. Among the Ukrainians freed were
    defenders of Mariupol who had been held since {{2022}}, [[11 of them|other;n=-]] seriously ill.
    The headquarters said [[more than 6,000 Ukrainians|other;a=The headquarters;alt=Ukraine's
    Coordination Headquarters]] had returned home in [[69 exchanges|other;u=other;a=The
    headquarters;alt=Ukraine's Coordination Headquarters]] since the start of the full-scale
    invasion. Ukraine's ombudsman Dmytro Lubinets said Russia had refused to include [[about 1,800
    civilians|arrested;a=Ukraine's ombudsman Dmytro Lubinets]] it was holding. Russia's defence
    ministry said [[157 Russian servicemen|other;a=Russia's defence ministry]] had been returned and
    would be flown to Moscow.""",
)
