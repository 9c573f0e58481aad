"""Aid and hunger: trucks, airdrops, the pier, kitchens and bakeries, the IPC, malnutrition."""

from _wrap import item

item(
    "Aid trucks into Gaza fall to lowest level of the war",
    """[[An average of 69 aid trucks a day|aid;a=UNRWA]] entered Gaza in April, against [[about 500|aid;u=other;n=-]]
    before the war, UNRWA said on Wednesday. COGAT, the Israeli defence body that oversees crossings,
    said [[more than 3,000 trucks|aid;a=COGAT]] were waiting on the Gaza side of Kerem Shalom for the
    UN to collect them. The UN says it needs [[at least 500 trucks a day|aid;a=The UN;p]] to meet basic
    needs. On Saturday, armed men looted [[97 of 109 trucks|other;a=UNRWA]] in a convoy near Kerem Shalom,
    UNRWA said, and [[two drivers|injured;a=UNRWA]] were hurt, it added. [[More than 2 million
    people|civilians]] in Gaza now depend almost entirely on aid. Commercial goods, which Israel
    allowed in from {{December}}, are sold at up to {{ten times}} their pre-war price.""",
)

item(
    "Airdrops over Gaza: dozens of bundles, and a deadly failure",
    """Jordanian, Egyptian, Emirati and French aircraft dropped [[66 bundles|aid;a=Jordan's army]] of food over northern
    Gaza on Friday, Jordan's army said, while a {{C-17}} of the US Air Force dropped [[about 38,000
    meals|aid;a=US Central Command]], according to US Central Command. Jordan said it had now carried
    out [[more than 100 airdrops|aid;a=Jordan]] since {{November}}. Gaza's government media office said
    [[five people|killed;a=Gaza's government media office]] were killed and [[10 others|injured;a=Gaza's government media office]]
    hurt when a parachute failed to open and a pallet fell on them near Shati camp. Later in the month,
    [[12 people|killed;a=the office;alt=Gaza's government media office]] drowned trying to reach aid
    that landed in the sea, the office said. Aid agencies say a plane carries about as much as {{one
    or two}} trucks and that airdrops cannot replace road access. The Jordanian army plans [[another 20 drops|aid;a=The Jordanian army;p;u=other]]
    next week.""",
)

item(
    "US pier ends mission after delivering a fraction of planned aid",
    """The US military's floating pier off Gaza, built at a cost of about {{$230 million}}, delivered
    [[about 8,800 tonnes|aid;a=the Pentagon]] of aid in the roughly {{20 days}} it operated, the Pentagon
    said on Wednesday. The Pentagon had said the pier could bring in [[up to 2 million meals a
    day|aid;a=The Pentagon;p]] at full capacity. [[Some 1,000 US troops|combatants;a=officials]] took
    part in building and running it, officials said, none of them on Gaza soil. [[Three service
    members|injured]] were hurt in the first week, [[one|injured;n=-]] critically, and [[four vessels|other;u=other]]
    were beached in heavy seas in {{May}}. The UN's World Food Programme paused distribution from the pier
    after crowds stormed [[16 trucks|other;a=the agency;alt=The UN's World Food Programme]]
    leaving the beach, the agency said.""",
)

item(
    "Famine confirmed in Gaza governorate, IPC says",
    """Famine is occurring in Gaza governorate, the Integrated Food Security Phase Classification said on
    Friday, the first time it has confirmed famine in the Middle East. [[Some 514,000 people|civilians;a=the Integrated Food Security Phase Classification]],
    nearly a quarter of Gazans, are in catastrophic conditions, known as {{Phase 5}}, it said, and that
    number is projected to rise to [[641,000|civilians;a=the Integrated Food Security Phase Classification;p;n=-]]
    by the end of {{September}}. A further [[1.07 million people|civilians;a=the IPC;alt=the Integrated Food Security Phase Classification]]
    are in {{Phase 4}}, or emergency, the IPC said. It expects [[at least 132,000 children|civilians;a=the Integrated Food Security Phase Classification;p]]
    {{under 5}} to suffer acute malnutrition by {{June 2026}}, [[41,000|civilians;a=the Integrated Food Security Phase Classification;p;n=-]]
    of them severely. Famine is also projected to spread to Deir al-Balah and Khan Younis, where [[about
    400,000 people|civilians;a=the IPC;alt=the Integrated Food Security Phase Classification]] live, the
    IPC said. UNICEF said [[some 320,000 children|civilians;a=UNICEF]] were at risk of acute
    malnutrition. Israel's foreign ministry rejected the findings as "based on Hamas lies".""",
)

item(
    "Hunger deaths climb as children fill Gaza nutrition wards",
    """[[At least 154 people|killed;a=Gaza's health ministry]], [[89 of them children|killed;a=Gaza's health ministry;n=children]],
    have died of malnutrition and starvation since the war began, Gaza's health ministry said on Sunday,
    [[six|killed;a=Gaza's health ministry;n=-]] of them in the previous {{24 hours}}. UNICEF said
    [[more than 5,000 children|aid;a=UNICEF]] had been admitted for treatment of acute malnutrition in
    July alone, up from [[about 2,000|aid;a=UNICEF;n=-]] in {{February}}. Screening by its partners found
    that {{one in five}} children in Gaza City was acutely malnourished, it said. At the Patient's Friends
    hospital, the only stabilisation centre in the north, doctors said there were beds for [[no more
    than 40 children|capacity;a=doctors]]. "We are turning mothers away," said Dr Rana Soboh, a
    paediatrician, {{39}}. The Israeli military says there is no famine and that [[more than 2,000 aid
    trucks|aid;a=The Israeli military]] entered in the past month.""",
)

item(
    "Dozens killed near US-backed aid sites, health officials say",
    """[[At least 31 people|killed;a=Gaza's health ministry]] were killed and [[176 wounded|injured;a=Gaza's health ministry]]
    near an aid distribution site run by the Gaza Humanitarian Foundation in Rafah on Sunday, Gaza's
    health ministry said. The foundation, backed by the US and Israel, operates [[four distribution
    sites|aid]], all in areas held by the Israeli
    army, and said it had handed out [[more than 2.1 million meals|aid;a=The foundation;alt=the Gaza Humanitarian Foundation]]
    in its first week. The UN human rights office said it had recorded [[at least 798 killings|killed;a=The UN human rights office]]
    near aid sites and convoys in {{six weeks}}, [[615|killed;a=The UN human rights office;n=-]] of them
    around the foundation's sites. Witnesses said [[between 7,000 and 10,000 people|civilians;a=Witnesses]]
    gathered before dawn at each site. The Israeli military said soldiers had fired warning shots at
    "suspects" who approached its forces.""",
)

item(
    "WFP bakeries shut in Gaza as flour runs out",
    """All [[25 bakeries|other;a=the World Food Programme;u=structure]] supported by the World Food
    Programme in Gaza have closed because flour and cooking gas have run out, the agency said on
    Monday. At their peak they produced [[about 2 million loaves a day|aid;a=the agency;alt=the World Food Programme]].
    WFP said it had distributed its last [[4,200 tonnes|aid;a=WFP]] of food parcels to kitchens,
    and that [[more than 116,000 tonnes|aid;a=WFP]] of food was waiting outside Gaza, enough to feed
    [[1 million people|aid;a=WFP;p]] for {{four months}}. Before the closure, the agency was
    reaching [[about 800,000 people|aid;a=the agency;alt=the World Food Programme]] a day with bread.
    The price of a {{25-kg}} sack of flour has risen to more than {{$500}}, traders said. WFP said [[about 30,000 families|aid;a=WFP]] had received flour in the last
    distribution.""",
)

item(
    "Community kitchens feed Gaza as markets empty",
    """[[Some 170 community kitchens|aid;a=OCHA;u=other]] were serving hot meals across Gaza last week,
    OCHA said, down from [[more than 250|aid;a=OCHA;u=other;n=-]] in {{March}}. Together they cooked
    [[about 1 million meals a day|aid;a=the office;alt=OCHA]], the office said, for a population of
    [[2.1 million|civilians;n=-]]. World Central Kitchen said it alone was serving [[400,000 to
    500,000 meals a day|aid;a=World Central Kitchen]] before it had to shut [[15 of its
    kitchens|other;a=World Central Kitchen;u=other]] for lack of supplies. [[Around 2,000 local
    staff|other;a=the charity;alt=World Central Kitchen]] work in its kitchens, the charity said. In
    Deir al-Balah, [[dozens of children|civilians]] queued with pots from {{7 a.m.}} for lentils.""",
)

item(
    "Ceasefire brings surge of aid into Gaza, UN says",
    """[[More than 4,200 aid trucks|aid;a=the UN]] entered Gaza in the first week of the ceasefire, the UN
    said, well above the [[600 trucks a day|aid;p]] set out in the agreement between Israel and Hamas.
    The deal also provides for [[50 fuel trucks|aid;p]] daily and for [[200,000 tents|aid;p]] and
    [[60,000 caravans|aid;p;u=other]] to be brought in. OCHA said [[about 1 million people|aid;a=OCHA]]
    had received food parcels in the {{ten days}} after the truce began. The World Health Organization
    said [[44 trucks|aid;a=The World Health Organization]] of medical supplies had crossed. Egyptian
    officials said [[about 3,000 trucks|aid;a=Egyptian officials]] were still queued at al-Arish.""",
)

item(
    "Crowds waiting for aid at Zikim crossing come under fire",
    """[[At least 79 people|killed;a=Gaza's health ministry]] were killed on Sunday while waiting for aid
    trucks near the Zikim crossing in northern Gaza, Gaza's health ministry said, and [[more than
    150|injured;a=Gaza's health ministry;n=-]] wounded. The World Food Programme said a convoy of [[25
    trucks|aid;a=The World Food Programme]] carrying food had been met by "enormous crowds" of
    [[thousands of hungry civilians|civilians;a=The World Food Programme]], who came under fire from tanks, snipers and other
    gunfire. The Israeli army said troops had fired warning shots at a gathering of [[thousands of
    Gazans|civilians;a=The Israeli army]] that posed a threat, and disputed the toll. "People are
    dying trying to get a bag of flour," said a WFP official. Hospitals in Gaza City said they
    had run out of beds and were treating [[dozens of patients|injured;a=Hospitals in Gaza City]] on the
    floor.""",
)

item(
    "UNRWA says Israeli ban leaves Gaza operations hanging by a thread",
    """UNRWA, which employs [[about 13,000 staff|other;a=UNRWA]] in Gaza, says it will keep working there
    despite two Israeli laws that took effect on {{30 January}} and bar contact with the agency. Its
    Commissioner-General, Philippe Lazzarini, said [[more than 270 UNRWA staff|killed;a=Philippe Lazzarini]]
    had been killed since {{October 2023}} and [[some 200 of its buildings|housing;a=Philippe Lazzarini]]
    damaged or destroyed. Before the war, the agency ran [[183 schools|other]] in Gaza for [[about
    300,000 pupils|civilians]]. Israel has accused [[19 employees|other;a=Israel]] of taking part in the
    attack of {{7 October}}; a UN investigation found that [[nine|other;a=a UN investigation;n=-]] may
    have been involved and they were dismissed. Donors have since restored most of the funding they
    froze, though the US, once the largest donor at {{$422 million}} in {{2023}}, has not.""",
)

item(
    "Polio vaccination drive reaches most Gaza children",
    """Health workers vaccinated [[about 560,000 children|aid;a=the World Health Organization]] {{under
    10}} against polio in the first round of a campaign in Gaza, the World Health Organization said,
    around {{87%}} of the target. The campaign was launched after a {{10-month-old}} boy in Deir al-Balah
    was paralysed by the first case of polio in the territory in {{25 years}}. [[More than 1.2 million
    doses|aid;a=UNICEF]] of the novel oral vaccine had been delivered, UNICEF said, and [[some 2,100
    health workers|other;a=UNICEF]] took part. Israel agreed to daily pauses of {{eight hours}} in
    fighting, zone by zone. [[Around 7,000 children|civilians;a=the WHO]] in northern Gaza could not be
    reached because of evacuation orders, the WHO said. [[Between 140 and 160 vaccination sites|aid;u=other]] opened across the strip. A
    second round is planned for [[some 590,000
    children|aid;p]].""",
)

item(
    "Gaza water output falls as wells and plants go dark",
    """Only [[83 of Gaza's 300 water wells|other;a=Oxfam;u=other;n=wells]] are still working, Oxfam said in
    a report on Thursday, and output has fallen to about {{5.7 litres}} per person a day, far below the
    {{15 litres}} needed in emergencies. The charity said [[all five wastewater treatment plants|other;a=The charity;alt=Oxfam;u=other;n=plants]]
    had stopped working. It counted [[at least 88 incidents|other;a=The charity;alt=Oxfam;u=other]] of damage
    to water infrastructure. UNICEF said it had trucked water to [[more than 600,000 people|aid;a=UNICEF]]
    in the south with a fleet of [[38 water trucks|aid;a=UNICEF]]. The Gaza municipality said it needed
    at least {{20,000 litres}} of fuel a day to run its
    pumps. UNICEF plans to bring in [[another 15 trucks|aid;a=UNICEF;p]] and said it had handed
    hygiene kits to [[1,300 families|aid;a=UNICEF]] last week.""",
)

item(
    "First ship of Cyprus sea corridor unloads food in Gaza",
    """The Open Arms, the first vessel to use a maritime corridor from Cyprus, unloaded [[about 200
    tonnes|aid;a=World Central Kitchen]] of food off Gaza on Friday, World Central Kitchen said. The
    cargo, rice, flour, lentils and tinned tuna, amounted to [[roughly 300,000 meals|aid;a=the charity;alt=World Central Kitchen]],
    the charity said. A second ship carrying [[240 tonnes|aid;p]] is due to sail from Larnaca next
    week. The European Commission said it would contribute {{€68 million}} to the corridor. [[Hundreds
    of people|civilians]] gathered on the beach to watch. Aid groups said a single ship carried about as much
    as {{a dozen trucks}}, against [[around 300 trucks|aid;a=Aid groups;p]] needed each day. [[Seven aid workers|killed]] of World Central Kitchen were killed in a strike weeks later.""",
)

item(
    "Most UN aid missions to northern Gaza denied or impeded",
    """Of [[87 humanitarian missions|other;a=OCHA;u=other]] planned to northern Gaza in {{October}},
    Israeli authorities facilitated [[only 24|other;a=OCHA;u=other;n=-]], OCHA said on Friday. A further
    [[41|other;a=OCHA;u=other;n=-]] were denied outright and [[14|other;a=OCHA;u=other;n=-]] impeded, it
    said. Convoys waited for up to {{12 hours}} at the Wadi Gaza checkpoint. The office said that
    [[about 75,000 people|civilians;a=The office;alt=OCHA]] were believed to remain in Beit Lahia, Beit
    Hanoun and Jabalia. The Israeli military said it had let [[30 trucks|aid;a=The Israeli military]] of
    food and water into the area on Sunday and accused Hamas of diverting aid. Troops briefly detained [[two UN staff|arrested;a=OCHA]] at the
    checkpoint, OCHA said, and [[two convoys|other;a=OCHA;u=other]] were stopped at gunpoint by armed men.""",
)

item(
    "UNRWA appeal seeks $1.7 billion as donors hesitate",
    """UNRWA launched a flash appeal on Tuesday for {{$1.7 billion}} to cover its work in Gaza and the
    West Bank through {{December 2025}}. By the end of the {{2024}} fiscal year only about {{40%}} of its
    previous appeal had been funded. Sweden, once a leading donor, said it would channel its {{2025}}
    contribution through other agencies. Japan pledged {{$35 million}}. The agency's budget year runs
    from {{1 January}}, and its cash reserves would last until the end of the {{first quarter}},
    officials said.""",
)

item(
    "How the IPC measures hunger in Gaza",
    """The Integrated Food Security Phase Classification sorts areas into phases numbered {{1 to 5}}, the
    highest being famine. For an area to be classified in {{Phase 5}}, at least {{20%}} of households must face
    an extreme lack of food, at least {{30%}} of children must be acutely malnourished, and deaths must
    exceed a set daily threshold. An adult needs about {{2,100 kilocalories}} a day. The review
    committee's findings in {{August 2025}} drew on surveys taken between {{1 July}} and {{15 August}}.
    In {{2024}}, the committee had judged famine "plausible" but could not confirm it for lack of data.""",
)
