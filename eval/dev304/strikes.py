"""dev304 items, part 1: civilian tolls and missile, drone and glide-bomb strikes on cities."""

from _wrap import item

HRMMU = "UN Human Rights Monitoring Mission in Ukraine"

item(
    "UN monitors record deadliest month for civilians in three years",
    f"""
    Long-range attacks on Ukrainian cities killed [[at least 232 civilians|killed;a={HRMMU}]]
    and injured [[1,343|injured;a={HRMMU}]] in {{{{June 2025}}}}, the {HRMMU} said on {{{{July
    10}}}}. That was the highest monthly toll since {{{{May 2022}}}}, it said. [[Twenty-three
    children|killed;a=the mission;alt={HRMMU}]] were among the dead, the mission said. In Kyiv,
    a single missile strike on an apartment block in the Sviatoshynskyi district on {{{{June
    17}}}} killed [[28 people|killed]] and wounded [[142|injured]]. Nearly all of the
    casualties, {{{{97 per cent}}}}, occurred in territory held by the government. The mission
    has verified [[13,580 civilian deaths|killed;a=The mission;alt={HRMMU}]] since the
    full-scale invasion began in {{{{February 2022}}}}, and says the real figure is likely
    considerably higher.
    """,
)

item(
    "Glide bombs hit Kharkiv for second night",
    """
    Russian forces struck Kharkiv with guided aerial bombs on Saturday, killing [[three
    people|killed;a=Oleh Syniehubov]] and wounding [[at least 41|injured;a=Oleh Syniehubov]],
    Oleh Syniehubov, the regional governor, said. Among the injured were [[five
    children|injured;a=Oleh Syniehubov]], the youngest {{aged 3}}, he said on Telegram. Ihor
    Terekhov, the city's mayor, said [[14 apartment buildings|housing;a=Ihor Terekhov]], a
    kindergarten and [[dozens of cars|other;a=Ihor Terekhov]] were damaged in the Kyivskyi and
    Saltivskyi districts. Emergency workers moved [[about 60 residents|displaced;a=the State
    Emergency Service]] out of the damaged blocks, the State Emergency Service said. Kharkiv,
    about {{30 km}} from the Russian border, has been hit almost daily since the spring. The
    attack came a day after a drone strike on the Shevchenkivskyi district injured [[nine
    people|injured]].
    """,
)

item(
    "Death toll from Ternopil strike rises to 34",
    """
    Rescuers recovered more bodies from a collapsed apartment block in Ternopil on Friday,
    raising the death toll from Wednesday's missile and drone attack to [[34|killed;a=Ihor
    Klymenko]], Ihor Klymenko, the interior minister, said. He said [[six children|killed;a=Ihor
    Klymenko]] were among the dead and [[at least 12 people|missing;a=Ihor Klymenko]] were still
    unaccounted for. Regional authorities said [[94 people|injured;a=Regional authorities]] had
    sought medical help, [[18 children|injured;a=Regional authorities]] among them. Ukraine's
    air force said Russia launched [[476 drones|other;a=Ukraine's air force]] and [[48
    missiles|other;a=Ukraine's air force]] overnight, and that air defences downed [[442
    drones|other;a=Ukraine's air force]] and [[41 missiles|other;a=Ukraine's air force]].
    Russia's defence ministry said it had struck military-industrial facilities with {{Kh-101}}
    cruise missiles. Ternopil, in the west, lies more than {{1,000 km}} from the front.
    """,
)

item(
    "Ballistic missile kills eight at Odesa port",
    """
    A Russian ballistic missile strike on Odesa's port killed [[eight people|killed;a=Oleh
    Kiper]] and injured [[27|injured;a=Oleh Kiper]], Oleh Kiper, the regional governor, said on
    Tuesday. The dead included [[four port workers|killed;a=Oleh Kiper]] and a {{62-year-old}}
    truck driver, he said. The strike damaged [[two civilian ships|other;a=the port authority]]
    flying the flags of Panama and Liberia and [[about 20 lorries|other;a=the port authority]]
    waiting at the grain terminal, the port authority said. Kiper said [[more than 30 apartment
    buildings|housing;a=Kiper]] in the nearby Peresyp district had their windows blown out.
    [[Three sailors|injured]] on one of the ships were among the injured. It was the {{fourth}}
    attack on the Odesa ports in {{10 days}}.
    """,
)

item(
    "Belgorod governor reports weekend casualties from Ukrainian shelling",
    """
    Ukrainian shelling and drone attacks killed [[two civilians|killed;a=Vyacheslav Gladkov]]
    and wounded [[11|injured;a=Vyacheslav Gladkov]] in Russia's Belgorod region over the
    weekend, Vyacheslav Gladkov, the regional governor, said on Monday. He said [[more than 50
    private houses|housing;a=Vyacheslav Gladkov]] and [[38 cars|other;a=Vyacheslav Gladkov]] had
    been damaged in the Shebekino and Graivoron districts. Russia's defence ministry said its
    air defences had destroyed [[127 Ukrainian drones|other;a=Russia's defence ministry]]
    overnight, including [[43|other;u=other;a=Russia's defence ministry]] over the Belgorod
    region. Gladkov said [[some 1,200 children|displaced;a=Gladkov]] from border villages would
    spend the summer in camps in other regions. Shebekino lies about {{6 km}} from the border.
    """,
)

item(
    "Ballistic missiles strike Sumy city centre on church holiday",
    """
    [[Two Russian ballistic missiles|other]] struck the centre of Sumy on Sunday morning as
    people gathered for a church holiday, killing [[35 people|killed;a=the State Emergency
    Service]], among them [[two children|killed;a=the State Emergency Service]], and injuring
    [[117|injured;a=the State Emergency Service]], the State Emergency Service said. A
    trolleybus was hit as it stopped outside the university. Sumy State University said [[11 of
    its buildings|housing;a=Sumy State University]] were damaged. Medics treated [[about 30
    people|injured]] for shock and cuts from flying glass. Rescuers said [[four
    people|missing;a=Rescuers]] were still missing on Monday. Artem Kobzar, the acting mayor,
    declared {{three days}} of mourning.
    """,
)

item(
    "Kyiv counts its dead after the war's largest air attack",
    """
    Russia fired [[more than 500 drones and missiles|other;n=drones and missiles;a=Ukraine's air
    force]] at Ukraine overnight, Ukraine's air force said, in an attack aimed mainly at the
    capital. In Kyiv, [[23 people|killed;a=Tymur Tkachenko]] were killed, among them a
    {{two-month-old}} baby, and [[at least 130|injured;a=Tymur Tkachenko]] were injured, said
    Tymur Tkachenko, head of the city military administration. The city's emergency services
    said [[hundreds of apartments|housing;a=The city's emergency services]] were damaged, most
    of them in the Darnytskyi and Solomianskyi districts. [[Some 40 residents|displaced]] whose
    flats were destroyed were moved to temporary accommodation. Vitali Klitschko, the mayor,
    said [[1,400 households|civilians;a=Vitali Klitschko]] on the left bank were without heating
    on Tuesday morning. Air raid alerts lasted {{more than eight hours}}.
    """,
)

item(
    "Guided bombs hit Zaporizhzhia in afternoon raid",
    """
    Russian guided bombs struck Zaporizhzhia on Thursday afternoon. Ivan Fedorov, head of the
    regional military administration, said the attack at {{2:40 p.m.}} killed [[four
    people|killed;a=Ivan Fedorov]] and wounded [[22|injured;a=Ivan Fedorov]]. Among the wounded
    were [[three children|injured]], including a {{16-year-old}} girl in serious condition. The
    bombs damaged [[17 private houses|housing]] and [[two high-rise buildings|housing]] in the
    Komunarskyi district. Over the previous {{24 hours}}, Russian forces carried out [[426
    strikes|other;u=other;a=Fedorov]] on [[17 settlements|other;u=other;a=Fedorov]] in the
    region, Fedorov said. The front line runs about {{35 km}} south of the city.
    """,
)

item(
    "UN: at least 669 children killed since the invasion",
    f"""
    [[At least 669 children|killed;a={HRMMU}]] have been killed and [[2,046|injured;a={HRMMU}]]
    injured in Ukraine since {{{{February 24, 2022}}}}, according to the {HRMMU}. UNICEF, which
    cited the figures on Thursday, said [[about 1.5 million children|civilians;a=UNICEF]] were
    at risk of depression, anxiety and other mental health problems. In the first {{{{six
    months}}}} of {{{{2025}}}}, the mission recorded [[100 child deaths|killed;a=the
    mission;alt={HRMMU}]], more than in the whole of {{{{2024}}}}. Ukraine's prosecutor
    general's office, which keeps its own tally, puts the number of children killed at [[more
    than 620|killed;a=Ukraine's prosecutor general's office]]. Most child casualties were caused
    by explosive weapons used in populated areas, the mission said. In Kryvyi Rih, a missile
    that hit near a playground in {{{{April 2025}}}} killed [[nine children|killed]].
    """,
)

item(
    "Russia says it downed 337 drones; debris injures three near Moscow",
    """
    Russia's defence ministry said on Sunday its air defences had intercepted and destroyed
    [[337 Ukrainian drones|other;a=Russia's defence ministry]] overnight,
    [[91|other;u=other;a=Russia's defence ministry]] of them over the Moscow region. Sergei
    Sobyanin, Moscow's mayor, said [[three people|injured;a=Sergei Sobyanin]] were hurt when
    debris fell on a house in the Ramenskoye district. Flights at the capital's airports were
    suspended for {{several hours}}. The ministry also claimed its forces had killed [[up to 240
    Ukrainian servicemen|killed;a=The ministry;alt=Russia's defence ministry]] in fighting in
    the Donetsk region over the past {{24 hours}}. In Ryazan, where a refinery was hit, Pavel
    Malkov, the regional governor, said [[one person|injured;a=Pavel Malkov]] was injured and
    [[about a dozen homes|housing;a=Pavel Malkov]] were damaged.
    """,
)

item(
    "Ballistic missile hits Kryvyi Rih neighbourhood",
    """
    A Russian ballistic missile struck a residential neighbourhood of Kryvyi Rih on Friday
    evening, killing [[five people|killed;a=Serhiy Lysak]] and injuring [[at least
    50|injured;a=Serhiy Lysak]], said Serhiy Lysak, head of the Dnipropetrovsk regional military
    administration. The victims included a {{72-year-old}} woman and her {{10-year-old}}
    grandson. Oleksandr Vilkul, head of the city's military administration, said [[about 40
    private houses|housing;a=Oleksandr Vilkul]] and [[six apartment
    blocks|housing;u=structure;a=Oleksandr Vilkul]] were damaged, and that [[120
    residents|displaced;a=Oleksandr Vilkul]] had been given temporary shelter in a school gym.
    Separately, Ukraine's air force said it had shot down [[57 drones|other;a=Ukraine's air
    force]] out of [[79|other;u=other;a=Ukraine's air force]] launched at the country overnight.
    Kryvyi Rih, President Volodymyr Zelenskiy's home town, is about {{70 km}} from the front.
    """,
)

item(
    "UN inquiry says drone attacks on Kherson residents are crimes against humanity",
    """
    Russian short-range drones hunting people in the streets of Kherson killed [[at least 150
    civilians|killed;a=the UN Commission of Inquiry on Ukraine]] and injured
    [[hundreds|injured;a=the UN Commission of Inquiry on Ukraine]] over {{10 months}}, the UN
    Commission of Inquiry on Ukraine said in a report on Tuesday. Pedestrians, cyclists, buses
    and ambulances were among the targets. Roman Mrochko, head of the city military
    administration, said [[about 55,000 people|civilians;a=Roman Mrochko]] still lived in the
    city, down from [[some 280,000|civilians;a=Roman Mrochko]] before the war. In the riverside
    Dniprovskyi district alone, [[more than 2,000 residents|displaced;a=the authorities]] have
    been evacuated this year, the authorities said. Oleksandr Prokudin, the regional governor,
    said Russian artillery and drones had struck [[35 settlements|other;u=other;a=Oleksandr
    Prokudin]] in the region over the past day, wounding [[11 people|injured;a=Oleksandr
    Prokudin]].
    """,
)

item(
    "Missiles hit military institute in Poltava",
    """
    [[Two ballistic missiles|other]] hit a military communications institute and a nearby
    hospital in Poltava, killing [[at least 51 people|killed;a=Volodymyr Zelenskiy]] and
    wounding [[more than 200|injured;a=Volodymyr Zelenskiy]], Volodymyr Zelenskiy said. The
    missiles struck minutes after the air raid alert sounded, leaving cadets little time to
    reach shelters. Rescuers pulled [[25 people|other;a=the emergency service]] alive from the
    rubble, the emergency service said. Filip Pronin, the governor of the Poltava region, said
    [[as many as 18 people|missing;a=Filip Pronin]] might still be under the debris. It was the
    deadliest single strike since [[at least 59 people|killed]] were killed at a wake in the
    village of Hroza, in the Kharkiv region, in {{October 2023}}. The region declared {{three
    days}} of mourning.
    """,
)

item(
    "Moscow-installed officials say strike on Lysychansk bakery killed 28",
    """
    Russian-installed officials in the occupied part of the Luhansk region said [[28
    people|killed;a=Russian-installed officials]] were killed when a Ukrainian strike brought
    down a bakery in Lysychansk, and that rescuers had pulled [[10
    survivors|other;a=Russian-installed officials]] from the rubble. Russia's Emergencies
    Ministry said the search for [[at least 12 more people|missing;a=Russia's Emergencies
    Ministry]] went on overnight. Moscow said the strike was carried out with rockets fired from
    US-made launchers. Leonid Pasechnik, the Moscow-installed head of the region, said [[30 to
    40 homes|housing;a=Leonid Pasechnik]] nearby were damaged and [[15
    families|displaced;a=Leonid Pasechnik]] had been moved to a dormitory. Ukraine's general
    staff did not comment. He said [[about 45 people|civilians;a=Leonid Pasechnik]] had been
    inside the building when it collapsed. The UN monitoring mission said it could not verify
    the toll.
    """,
)

item(
    "Drone hits passenger train at Shostka station",
    """
    A Russian drone struck a passenger train at the station in Shostka, in the Sumy region, on
    Saturday, injuring [[at least 30 people|injured;a=Oleh Hryhorov]], said Oleh Hryhorov, the
    regional governor. Ukrzaliznytsia, the state railway, said [[about 200
    passengers|civilians;a=Ukrzaliznytsia]] were on board the Kyiv-bound train when it was hit
    at {{9:15}} in the morning. Hryhorov later said [[one person|killed;a=Hryhorov]] had died in
    hospital. The railway said [[14 locomotives|other;u=other;a=The railway;alt=Ukrzaliznytsia]]
    had been damaged in drone attacks over the past {{week}}. In nearby Hlukhiv, [[1,600
    families|civilians;a=the local council]] were left without power after drones hit a
    substation, the local council said. Ukrzaliznytsia said [[three
    carriages|other;u=other;a=Ukrzaliznytsia]] were burned out. The injured included [[eight
    children|injured]].
    """,
)

item(
    "Kyiv sits through its longest air raid alert",
    """
    Air raid sirens sounded across Kyiv for {{nine hours and 47 minutes}} overnight, the longest
    alert since the start of the full-scale invasion, the city military administration said. The
    alert began at {{11:47 p.m.}} and ended shortly before {{10 a.m.}} on Wednesday. Explosions
    were heard from about {{2:10 a.m.}} as air defences engaged targets over the left bank. It
    was the {{third}} alert of more than {{six hours}} this month and the {{1,250th}} in the
    capital since {{February 2022}}. Metro stations were open as shelters for the whole of the
    night.
    """,
)

item(
    "World Bank raises estimate of Ukraine's rebuilding bill",
    """
    Ukraine's reconstruction and recovery needs have risen to {{$524 billion}} over the next
    decade, the World Bank, the European Commission, the UN and the Ukrainian government said in
    their {{fourth}} joint assessment, published on {{February 25}}. That is about {{2.8 times}}
    the country's economic output in {{2024}}. Housing accounts for the largest share, at {{$84
    billion}}, or {{16%}} of the total, followed by transport at {{$78 billion}} and energy at
    {{$68 billion}}. The energy bill has risen by almost {{a third}} since the {{2024}}
    assessment, after a year of attacks on power plants and the grid. The report covers damage
    up to {{December 31, 2024}}.
    """,
)
