"""Gaza, Yemen, Ukraine and Myanmar again: aid trucks and warehouses, fishermen, factory shelters
and jade mines on the business, labour and economy desks (texts with figures only)."""

from _wrap import item

item(
    "Gaza's commercial trucks dwindle as warehouses are looted",
    """CAIRO (AP) - Only [[about 2,400 aid trucks|aid;a=the UN]] entered Gaza in {{October}}, the
    lowest monthly number of the war, the UN said, against [[500 a day|aid;u=other;a=the UN]]
    before {{October 2023}}. Commercial deliveries, which had brought eggs, fruit and cooking
    gas to shops, stopped altogether after Israel halted [[about 150 private trucks|other]] at
    Kerem Shalom. Armed gangs looted [[98 trucks|aid;a=UNRWA]] from a convoy of
    [[109|aid;u=other;a=UNRWA]] near Rafah on Saturday, UNRWA said. The agency said [[more than
    240 of its staff|killed;a=The agency;alt=UNRWA]] had been killed since the war began. In
    Deir al-Balah, [[only five bakeries|other;u=structure; a=the World Food Programme]] are
    still working, down from [[19|other;u=structure;a=the World Food Programme]], the World
    Food Programme said, and a sack of flour costs {{$300}}.""",
)

item(
    "Hodeidah fishermen missing as strikes hit the Red Sea coast",
    """HODEIDAH, Yemen - [[Eleven fishermen|missing;a=the Hodeidah fishermen's union]] have been
    missing since their boats were hit near Kamaran island on Thursday, the Hodeidah
    fishermen's union said, and the bodies of [[three others|killed;a=the Hodeidah fishermen's
    union]] were recovered. The union says the war has destroyed [[more than 400 fishing
    boats|other;a=The union]] along the coast and left [[about 30,000 fishermen|other;a=The
    union]] without work. Fish landings at Hodeidah fell to [[about 600 tonnes a month|other]],
    from [[2,000|other;u=other]] before {{2015}}. The World Food Programme now delivers food to
    [[about 4,500 fishing families|aid;a=The World Food Programme]] in Al-Khokha and
    Al-Tuhayta, it said. The coast guard detained [[two Eritrean fishing
    crews|arrested;u=other]] for fishing in Yemeni waters.""",
)

item(
    "Kharkiv plant turns its bomb shelter into workers' home",
    """KHARKIV (Kyiv Independent) - When Russian glide bombs hit Saltivka in {{May}}, the Turboatom
    plant opened its basement shelter, built for [[about 2,000 people|capacity]], to workers
    who had lost their flats. [[Some 160 employees and their families|displaced; n=employees
    and their families;a=the company]] have lived there since, the company said. The plant,
    which makes turbines for power stations, has been hit {{at least 10 times}} since {{2022}}
    and still employs [[about 3,000 people|other]]. Across Kharkiv, the city council says
    [[more than 2,700 high-rise buildings|housing;a=the city council]] have been damaged and
    [[about 130 industrial enterprises|housing;u=other;a=the city council]] hit. The regional
    military administration says [[more than 5,000 civilians|killed;a=The regional military
    administration]] have been killed in the region since the invasion. Turboatom is hiring: it
    advertised [[250 vacancies|other;u=other]] this month.""",
)

item(
    "Jade miners missing after landslide in Hpakant",
    """HPAKANT, Myanmar (Myanmar Now) - [[At least 32 miners|missing;a=a rescue worker]] were
    missing after a landslide buried a jade mine dump in Hpakant township on Sunday, a rescue
    worker said, and [[eight bodies|killed;a=a rescue worker]] had been recovered. The
    landslide also swept away [[about 20 huts|housing]] of migrant workers. Since the coup,
    jade mining has boomed under the control of the Kachin Independence Army and
    military-linked firms, drawing [[tens of thousands of migrant labourers|other]] from across
    Myanmar. A {{2020}} landslide in the same area killed [[more than 170 people|killed]].
    Local volunteers said [[about 300 rescuers|other;a=Local volunteers]] and [[15
    excavators|other;u=other;a=Local volunteers]] were searching the site.""",
)
