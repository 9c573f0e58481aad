"""Yemen, Syria, Gaza and the West Bank: appeals, needs overviews and the counts around them."""

from _wrap import item

item(
    "Yemen appeal opens with narrower target as donor support shrinks",
    """The United Nations and aid partners on {{15 January}} launched a {{$2.7 billion}} response
    plan for Yemen, saying [[18.2 million people|civilians;a=The United Nations and aid partners]]
    need assistance after more than {{nine years}} of war. The plan aims to reach
    [[11.2 million|aid;p]] of them, a narrower target than in any year since the fighting
    escalated. [[Some 4.5 million people|displaced;a=OCHA]] remain displaced, OCHA said, many of
    them in [[more than 2,300 displacement sites|capacity;a=OCHA]] with little access to clean
    water. The country recorded [[nearly 250,000 suspected cholera cases|other;a=the World Health
    Organization]] in the previous year, the World Health Organization said. Aid agencies plan to
    rehabilitate [[4,000 damaged homes|housing;p;a=Aid agencies]] and install
    [[6,500 latrines|aid;p;a=Aid agencies]] in the worst-hit districts of Hodeidah and Taiz. The
    appeal for {{2023}} ended the year only {{40 per cent}} funded.""",
)

item(
    "Houthi detentions of UN staff threaten Yemen operation, agencies warn",
    """[[At least 23 United Nations personnel|arrested;a=Secretary-General António Guterres]] are
    being held by the Houthi authorities, Secretary-General António Guterres said on {{Monday}},
    calling for their immediate release. Rights groups say [[dozens more staff|arrested;a=Rights
    groups]] of local NGOs, civil society groups and a former embassy have also been detained
    since {{June 2024}}. A World Food Programme employee, a {{49-year-old}} father of two, died in
    custody in {{February}}. The arrests forced agencies to pause work in Saada governorate, where
    [[about 1.2 million people|civilians]] need food assistance. The WFP had been reaching
    [[840,000 people a month|aid;a=WFP]] there, it said. In a separate case,
    [[five UN security staff|kidnapped;a=the UN]] abducted in Abyan in {{2022}} were freed only
    after {{18 months}}, the UN said.""",
)

item(
    "Cholera surge in Yemen outpaces treatment capacity, WHO says",
    """Yemen has reported [[more than 95,000 suspected cholera cases|other;a=the World Health
    Organization]] and [[258 associated deaths|killed;a=the World Health Organization]] since
    {{January}}, the World Health Organization said on {{Tuesday}}, the highest burden of any
    country this year. Children under {{five}} account for {{nearly a fifth}} of cases. Health
    partners say [[just 84 diarrhoea treatment centres|other;a=Health partners]] are operating,
    against [[the 160 needed|other;p;n=-;u=structure;a=Health partners]] to cover the worst-hit
    districts. WHO and UNICEF plan to deliver [[1.3 million oral cholera vaccine
    doses|aid;p;a=WHO and UNICEF]] to Hodeidah, Hajjah and Ibb by the end of {{March}}.
    [[About 120,000 hygiene kits|aid]] have been distributed since the spring, but the water,
    sanitation and hygiene cluster has received {{less than 10 per cent}} of its requirement.""",
)

item(
    "Syria needs remain vast as returns gather pace, OCHA says",
    """[[Some 16.7 million people|civilians;a=OCHA]] in Syria need humanitarian assistance, OCHA
    said in its overview for {{2025}}, the highest number since the conflict began in {{2011}}.
    [[More than 7.2 million|displaced]] remain internally displaced, many of them in
    [[about 1,500 camps|capacity]] across the northwest. Since the fall of the Assad government in
    {{December 2024}}, [[more than 500,000 refugees|returned;a=UNHCR]] have come back from
    neighbouring countries and [[1.2 million displaced people|returned;a=UNHCR]] have gone back to
    their areas of origin, UNHCR said. The agency said [[up to 1.5 million refugees|returned;p;a=The
    agency;alt=UNHCR]] could return in the course of the year if conditions allow. Many will find
    little to come back to: [[an estimated 328,000 houses|housing]] were destroyed or badly damaged
    during {{14 years}} of war. In Idlib alone, [[between 1,200 and 1,500 families
    every week|returned;a=camp managers]] are leaving the camps, camp managers estimate.""",
)

item(
    "Revised Gaza flash appeal seeks $4bn as toll climbs",
    """The revised flash appeal for the Occupied Palestinian Territory asks for {{$4 billion}} to
    help [[3.1 million people|aid;p]] through the end of {{2024}}, including the entire population
    of Gaza. The Ministry of Health in Gaza says [[more than 37,000 Palestinians|killed;a=The
    Ministry of Health in Gaza]] have been killed and [[84,000|injured;a=The Ministry of Health in
    Gaza]] injured since {{7 October}}. [[Some 10,000 people|missing;a=the Palestine Red Crescent
    Society]] are believed to lie under the rubble, according to the Palestine Red Crescent
    Society. UNRWA estimates that [[up to 1.7 million people|displaced;a=UNRWA]] have been
    displaced, many of them several times. UNOSAT, the UN satellite centre, counts [[more than
    55,000 structures|housing;a=UNOSAT]] destroyed across the Strip. Only [[about 100 trucks a
    day|aid]] have entered on average in recent weeks, against [[500 a day|aid;u=other]] before
    the war.""",
)

item(
    "Aid worker deaths in Gaza pass any previous conflict, UN says",
    """[[At least 280 aid workers|killed;a=the UN Office for the Coordination of Humanitarian
    Affairs]] have been killed in Gaza since {{October 2023}}, the UN Office for the Coordination of
    Humanitarian Affairs said, [[more than 200|killed;a=the UN Office for the Coordination of
    Humanitarian Affairs]] of them UNRWA staff. [[More than 50 UNRWA staff members|arrested;a=UNRWA]]
    have been detained by Israeli forces, UNRWA said, and some have described ill-treatment in
    custody. The agency says [[about 190 of its installations|housing;a=The
    agency;alt=UNRWA;u=structure]] have been hit, including schools used as shelters. In {{April
    2024}} an Israeli strike on a marked convoy killed [[seven World Central Kitchen
    workers|killed]] in Deir al-Balah. The killings have pushed several organisations to suspend
    movements, leaving [[an estimated 600,000 people|civilians]] in the north with only irregular
    deliveries.""",
)

item(
    "Shelter push as Gaza ceasefire opens the crossings",
    """Aid agencies said they planned to bring in [[60,000 temporary housing units|capacity;p;a=Aid
    agencies]] and [[200,000 tents|aid;p;a=Aid agencies]] during the first phase of the ceasefire
    that took effect on {{19 January}}. Since then [[more than 4,200 aid trucks|aid;a=the UN]] have
    entered the Strip, the UN said, and [[about 500,000 people|returned;a=the UN]] have gone back
    to northern Gaza. Many returnees found nothing left: [[some 245,000 homes|housing;a=the Shelter
    Cluster]] have been damaged or destroyed, according to the Shelter Cluster, which puts the share
    of housing units hit at {{92 per cent}}. [[About 135,000 more tents|aid;p]] are still needed
    before the winter rains. Families sheltering in schools have been asked to vacate them so that
    classes can resume by {{March}}.""",
)

item(
    "Cross-border lifeline to northwest Syria faces Security Council vote",
    """[[More than 4.1 million people|civilians;v=4100000;a=OCHA]] in northwest Syria depend on humanitarian
    aid, OCHA says, and [[2.9 million|displaced;a=OCHA]] of them are displaced. Under Security
    Council {{Resolution 2585}}, aid crosses from Türkiye through Bab al-Hawa, and [[about 800
    trucks a month|aid;a=the UN monitoring mechanism]] used the crossing in the first half of the
    year, according to the UN monitoring mechanism. Aid groups warn that [[1.7 million
    people|displaced;a=Aid groups]] living in [[some 1,400 camps|capacity;a=Aid groups]] would be cut
    off if the mandate lapsed on {{10 July}}. Storms damaged or destroyed [[more than 11,000
    tents|housing;a=the Syria Response Coordination Group]] in the camps last winter, the Syria
    Response Coordination Group said. The {{12-month}} renewal sought by aid agencies was vetoed in
    {{2023}}, and access now depends on permission from Damascus. [[Some 60,000 families|aid]] received
    winter kits through the crossing before the first snow.""",
)

item(
    "Syria overview counts families still searching for missing relatives",
    """The Syrian Network for Human Rights says [[at least 113,000 people|missing;a=The Syrian
    Network for Human Rights]] remain forcibly disappeared after more than {{a decade}} of war. The
    Independent Institution on Missing Persons, set up by the General Assembly in {{2023}}, puts the
    figure at [[up to 300,000|missing;a=The Independent Institution on Missing Persons]]. When the
    prisons of the former government were opened in {{December 2024}}, [[only a few thousand
    detainees|arrested]] walked free. Search teams of the Syria Civil Defence said they had found
    [[at least 60 mass graves|other;a=Search teams of the Syria Civil Defence;u=other]] since then.
    Relatives of the missing are among [[16.5 million people|civilians]] in need across the country.
    Psychosocial partners plan to support [[250,000 people|aid;p;a=Psychosocial partners]] in the
    coming year.""",
)

item(
    "UNICEF: war leaves Yemen's classrooms empty and children hungry",
    """[[About 4.5 million children|civilians;a=UNICEF]] are out of school in Yemen, UNICEF said on
    {{Wednesday}}, and [[2,916 schools|housing;a=UNICEF]] have been destroyed or partially damaged.
    The agency said [[2.7 million children|civilians;a=The agency;alt=UNICEF]] are acutely
    malnourished, including [[more than 600,000|civilians;a=The agency;alt=UNICEF]] with severe
    acute malnutrition. Since {{March 2015}}, [[3,904 children|killed;a=the UN]] have been killed and
    [[7,120|injured;a=the UN]] maimed, according to figures verified by the UN. The UN has also
    verified the recruitment of [[nearly 4,000 children|combatants;a=The UN]] by parties to the
    conflict, some as young as {{10}}. UNICEF plans to treat [[540,000 children|aid;p;a=UNICEF]] for
    severe acute malnutrition this year, but warned that its nutrition programme was {{60 per cent}}
    unfunded.""",
)

item(
    "Syria flash appeal covers arrivals fleeing strikes in Lebanon",
    """The UN launched a {{$324 million}} flash appeal on {{14 October}} for people crossing from
    Lebanon into Syria, saying [[more than 440,000 people|displaced;a=The UN]] had arrived in
    {{three weeks}}, {{70 per cent}} of them Syrians. The appeal aims to support [[480,000
    people|aid;p]] over {{six months}}. Syrian Arab Red Crescent volunteers at the Jdeidet Yabous
    crossing have given first aid to [[about 1,300 injured people|injured;a=the organisation;alt=Syrian Arab
    Red Crescent]], the organisation said. The authorities have opened [[21 collective
    shelters|capacity]] in Homs, Hama and rural Damascus, but [[only about 5,000 people|displaced]]
    are staying in them; most have moved in with relatives. An Israeli strike near the Masnaa
    crossing killed [[six people|killed;a=the state news agency SANA]] on the Syrian side, the state
    news agency SANA reported.""",
)

item(
    "Yemen's truce cut deaths but mines keep maiming, monitors say",
    """Civilian casualties fell sharply after the truce of {{April 2022}}, but landmines and explosive
    remnants of war killed [[166 civilians|killed;a=the Civilian Impact Monitoring Project]] and
    injured [[329|injured;a=the Civilian Impact Monitoring Project]] in {{2023}}, according to the
    Civilian Impact Monitoring Project. [[Nearly 5,000 people|injured;a=the medical charity;alt=MSF]]
    were treated for war wounds at MSF-supported hospitals in Taiz over the same period, the medical
    charity said. Project Masam says its teams have removed [[more than 450,000 mines|other;a=Project
    Masam]] and unexploded items since {{2018}}. The UN verified the recruitment and use of
    [[134 children|combatants;a=The UN]] by Yemeni parties last year. The response plan targets
    [[about 2.1 million people|aid;p]] with protection services, including victim assistance and
    mine-risk education.""",
)

item(
    "Marib camps strained as new displacement hits Yemen's oil province",
    """[[About 2,000 families|displaced;a=the IOM's Displacement Tracking Matrix]] were displaced in
    Marib in the first {{three months}} of the year, the IOM's Displacement Tracking Matrix said.
    The governorate already hosts [[roughly 1.3 million displaced people|displaced;a=local
    authorities]], local authorities say, in [[some 197 displacement sites|capacity;a=local
    authorities]]. The Camp Coordination and Camp Management cluster wants to build [[1,800
    emergency shelters|capacity;p;a=The Camp Coordination and Camp Management cluster]] and
    [[2,400 latrines|aid;p;a=The Camp Coordination and Camp Management cluster]], but has received
    only {{12 per cent}} of the money it needs. Heavy rains in {{August}} damaged [[more than 3,100
    shelters|housing]] across [[60 sites|capacity]]. Camp managers say [[between 300 and 400 families|displaced;a=Camp managers]] still
    arrive each month. Temperatures in the desert camps regularly pass {{45C}} in summer.""",
)

item(
    "Famine confirmed in Gaza governorate, IPC review finds",
    """The Integrated Food Security Phase Classification said on {{22 August}} that famine was
    occurring in Gaza governorate, where [[more than 514,000 people|civilians;a=The Integrated Food
    Security Phase Classification]] face catastrophic conditions. The number is expected to rise to
    [[641,000|civilians;p;a=the review;alt=The Integrated Food Security Phase Classification]] by the
    end of {{September}}, the review said. Across the Strip, [[about 1.07 million people|civilians]]
    are in {{Phase 4}}, or emergency. The Ministry of Health has recorded [[more than 300
    deaths|killed;a=The Ministry of Health]] from malnutrition, [[119|killed;a=The Ministry of
    Health]] of them children. UNICEF said [[132,000 children|civilians;a=UNICEF]] under {{five}}
    were at risk of death from acute malnutrition by the middle of next year.""",
)

item(
    "West Bank operations displace thousands, needs overview warns",
    """Israeli operations in the northern West Bank have displaced [[about 40,000
    Palestinians|displaced;a=UNRWA]] from the Jenin, Tulkarem and Nur Shams camps since {{January}},
    UNRWA said. Authorities have demolished [[more than 1,200 structures|housing;a=OCHA]] in Area C
    and East Jerusalem this year, OCHA says, displacing [[about 1,900 people|displaced;a=OCHA]]. The
    Palestinian Prisoners' Society says [[more than 10,000 Palestinians|arrested;a=The Palestinian
    Prisoners' Society]] are held in Israeli prisons, [[3,400|arrested;a=The Palestinian Prisoners'
    Society]] of them without charge under administrative detention. Settler attacks have injured
    [[more than 500 people|injured;a=OCHA]] since {{October 2023}}, according to OCHA. The response
    plan targets [[790,000 people|aid;p]] in the West Bank.""",
)

item(
    "Yemen plan funding falls to lowest mid-year level",
    """The {{2025}} humanitarian response plan for Yemen had received {{$612 million}} by {{30
    June}}, or {{25 per cent}} of the {{$2.47 billion}} requested, according to the UN's Financial
    Tracking Service. That is the lowest mid-year level since the war escalated in {{2015}}. The
    United States, historically the largest donor, cut its contribution by {{more than 80 per
    cent}} after a review of foreign aid in {{February}}. OCHA said it would publish a prioritised
    plan of {{$1.42 billion}} in {{July}}, covering the {{six months}} to the end of the year. Aid
    officials warned that without new money, food distributions in the north could pause within
    {{eight weeks}}.""",
)

item(
    "Syria cross-border fund opens first allocation of the year",
    """The Syria Cross-border Humanitarian Fund said it would release {{$38.5 million}} in its
    {{first}} standard allocation of {{2024}}, with {{60 per cent}} earmarked for health, water and
    shelter. Proposals are due by {{12 April}} at {{17:00}} Gaziantep time. The fund, managed by
    OCHA from Türkiye, allocated {{$152 million}} over the previous {{12 months}}, its largest
    annual total since it was set up in {{2014}}. Local organisations received {{48 per cent}} of
    the money, up from {{39 per cent}} a year earlier. Donors including Germany and the United
    Kingdom have pledged to top up the fund before the {{second}} allocation in {{September}}.""",
)
