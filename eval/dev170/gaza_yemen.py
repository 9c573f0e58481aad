"""Gaza and Yemen: famine findings, convoys and crossings, killings around food, malnourished
children, kitchens and bakeries, ration cuts (16 texts with figures, 1 without)."""

from _wrap import item

item(
    "Dozens killed as crowds surge toward Gaza flour convoy",
    """Israeli troops opened fire as crowds surged toward an aid convoy on the southwestern edge
    of Gaza City before dawn on Thursday, and [[more than 100 people|killed;a=Gaza's Health
    Ministry]] were killed, according to Gaza's Health Ministry. The ministry said [[over 700
    others|injured;a=The ministry;alt=Gaza's Health Ministry]] were wounded. The Israeli military
    said most of the dead had been trampled or run over as people mobbed [[some 30
    trucks|aid;a=The Israeli military]] carrying flour, and that troops fired only at those who
    came toward them. Doctors at Al-Awda hospital said they had received [[dozens of
    bodies|killed;a=Doctors at Al-Awda hospital]] with gunshot wounds. It was the deadliest
    incident around an aid delivery since the war began on {{October 7}}, {{2023}}. The UN says
    [[at least 576,000 people|civilians;a=The UN]] in Gaza, about {{a quarter}} of the
    population, are one step away from famine. The ministry says the war's death toll has passed
    [[30,000|killed;a=The ministry;alt=Gaza's Health Ministry]].""",
)

item(
    "Hunger monitor confirms famine in Gaza City for first time",
    """Famine is taking hold in Gaza City and the area around it, the Integrated Food Security
    Phase Classification (IPC) said on Friday, the first time the global hunger monitor has
    confirmed a famine in the Middle East. The IPC said [[more than half a million
    people|civilians;a=The IPC;q=at_least;v=500000]] across the Gaza Strip faced catastrophic
    conditions, or {{Phase 5}}, the top of its {{five-point}} scale, and that the number was
    expected to rise to [[about 641,000|civilians;a=The IPC;p]] by the end of September. A famine
    is confirmed when {{20%}} of households face an extreme lack of food, {{30%}} of children are
    acutely malnourished and {{two people in every 10,000}} die each day of starvation or of
    malnutrition and disease. Israel's COGAT agency rejected the finding, saying [[more than
    100,000 trucks|aid;a=Israel's COGAT agency]] of aid had entered Gaza since the war began. The
    Health Ministry in Gaza says [[271 people|killed;a=The Health Ministry in Gaza]], among them
    [[112 children|killed;a=The Health Ministry in Gaza]], have died of malnutrition since
    {{October 2023}}. The IPC also expects [[132,000 children|civilians;p;a=The IPC]] under five
    to be acutely malnourished by mid-{{2026}}.""",
)

item(
    "Palestinians killed near US-backed aid site in Rafah",
    """Israeli forces opened fire on Palestinians gathering near a food distribution point run by
    the US-backed Gaza Humanitarian Foundation (GHF) in Rafah early on Sunday, killing [[at least
    31 people|killed;a=Gaza's civil defence agency]] and wounding [[about 170|injured;a=Gaza's
    civil defence agency]], Gaza's civil defence agency said. Witnesses told Al Jazeera that
    [[thousands of people|civilians;a=Witnesses]] had walked through the night to reach the site,
    which was due to open at {{6am}}. "They shot at us from the hill while we were lying on the
    sand," said Ahmed Abu Hilal, {{34}}, who had come to collect food for his family. The GHF
    began operating in late May with [[four distribution sites|aid]] in southern and central
    Gaza, replacing a UN-led system that had run [[some 400 distribution points|aid]] across the
    territory. GHF says it has handed out [[more than 7 million meals|aid;a=GHF]]. The UN human
    rights office said on Friday that [[more than 400 Palestinians|killed;a=The UN human rights
    office]] had been killed while trying to reach food since the sites opened.""",
)

item(
    "Aid trucks into Gaza fell in February, UN agency says",
    """An average of [[98 trucks a day|aid;a=UNRWA]] crossed into Gaza in February, down from
    [[about 150|aid;u=other;a=UNRWA]] in January, UNRWA said on Friday. Aid groups say [[at least
    500 trucks a day|aid;p;a=Aid groups]] are needed, about as many as crossed before the war.
    [[About 300,000 people|civilians]] are believed to remain in northern Gaza, cut off from the
    south by an Israeli military checkpoint. The World Food Programme said a convoy of [[14
    trucks|aid;a=The World Food Programme]] had been turned back at that checkpoint on Tuesday
    and then stripped by hungry crowds, the first it had sent north since {{January 23}}.
    Israel's COGAT, which runs the crossings, said it had cleared [[more than 250
    trucks|aid;a=Israel's COGAT]] on some days and blamed the UN for failing to pick up loads
    waiting on the Gaza side. At Kamal Adwan hospital in Beit Lahiya, doctors said [[16
    children|killed;a=doctors]] had died of malnutrition and dehydration.""",
)

item(
    "Record number of Gaza children found acutely malnourished in July",
    """[[More than 12,000 children|civilians;a=Unicef]] under the age of five were found to be
    acutely malnourished in Gaza in July, the highest monthly figure yet recorded, Unicef said on
    Tuesday. Of those, [[nearly 2,500|civilians;a=the agency;alt=Unicef]] had severe acute
    malnutrition, the most dangerous form, the agency said. Its teams and partners screened
    [[some 56,000 children|aid]] during the month. Only [[four stabilisation centres|capacity]]
    were still able to treat children with medical complications, [[two of
    them|capacity;n=-;u=structure]] in Gaza City, and they were running at more than twice their
    capacity. Gaza's Health Ministry said [[seven more people|killed;a=Gaza's Health Ministry]]
    had died of hunger in the previous {{24 hours}}, bringing the toll from malnutrition since
    the war began to [[147|killed;a=Gaza's Health Ministry]], including [[88
    children|killed;a=Gaza's Health Ministry]].""",
)

item(
    "Five killed as airdropped aid falls on Gaza crowd",
    """[[At least five people|killed;a=medics]] were killed and [[10 others|injured;a=medics]]
    injured in northern Gaza on Friday when a parachute carrying aid failed to open and a pallet
    fell on people waiting below, medics said. Footage showed [[dozens of
    parachutes|aid;u=other]] drifting over the Shati refugee camp. Jordan, the United States,
    France and Egypt have carried out [[more than 40 airdrops|aid]] since early March, dropping
    [[some 800 pallets|aid]] of food. Aid agencies say airdrops are expensive and no substitute
    for land routes: the {{C-130}} planes used by most air forces carry only a fraction of what a
    convoy brings in. The UN says [[about 300,000 people|civilians;a=The UN]] remain in the
    north, where [[at least 20 people|killed;a=The UN]] have died of malnutrition. A US military
    official said [[three more drops|aid;u=other;p;a=A US military official]] were planned for
    the weekend.""",
)

item(
    "World Central Kitchen pauses Gaza work after strike kills staff",
    """World Central Kitchen suspended its operations in Gaza on Tuesday after an Israeli strike
    on its convoy in Deir al-Balah killed [[seven of its workers|killed]], among them citizens of
    Britain, Australia and Poland. The charity said its team had been travelling in [[three
    vehicles|other;a=The charity;alt=World Central Kitchen]] through a deconflicted zone after
    unloading [[more than 100 tonnes|aid;a=The charity;alt=World Central Kitchen]] of food
    brought in by sea. The group said it had served [[43 million meals|aid;a=The group;alt=World
    Central Kitchen]] in Gaza since the war began in {{October 2023}} and was running [[68
    community kitchens|aid;u=structure;a=The group;alt=World Central Kitchen]]. Israel's military
    chief called the strike a grave mistake. The UN says [[at least 196 humanitarian
    workers|killed;a=The UN]] have been killed in Gaza since the war began, including [[more than
    170 UNRWA staff|killed;a=The UN]].""",
)

item(
    "Gaza's community kitchens run dry as blockade drags on",
    """The World Food Programme said on Friday that it had sent its last stocks to community
    kitchens in Gaza, {{nine weeks}} after Israel stopped all goods from entering the territory
    on {{March 2}}. The kitchens, run by local groups and charities, had been serving [[about 1
    million meals a day|aid;a=the agency;alt=The World Food Programme]], according to the agency.
    All [[25 bakeries|other;u=structure]] it supported shut on {{March 31}} when flour and
    cooking gas ran out. Aid groups say [[more than 116,000 tonnes|aid;a=Aid groups]] of food,
    enough to feed [[1 million people|capacity;a=Aid groups]] for {{four months}}, is waiting at
    the crossings. Unicef said [[at least 9,000 children|injured;a=Unicef]] had been admitted for
    treatment of acute malnutrition since the start of the year. At one kitchen in Khan Younis,
    volunteers said they had turned away [[some 2,000 families|civilians;a=volunteers]] on
    Thursday.""",
)

item(
    "Aid trucks stream into Gaza as truce holds, but UN says not enough",
    """[[More than 1,200 trucks|aid;a=the UN]] carrying food, fuel and medicine entered Gaza in
    the first {{five days}} of the ceasefire, the UN said on Thursday. The deal provides for
    [[600 trucks a day|aid;p]]. The World Food Programme said it had brought in [[about 6,700
    tonnes|aid;a=The World Food Programme]] of food and was supporting [[26 bakeries|aid;
    u=structure;a=The World Food Programme]] that now bake bread for [[some 150,000 people every
    day|aid;a=The World Food Programme]]. In Gaza City, families returning to the ruins of their
    homes queued for hours for a bundle of bread. [[Up to 100 trucks|aid;a=the UN]] were held at
    Kerem Shalom on Wednesday over paperwork, the UN said. The Gaza health ministry said [[four
    more people|killed;a=The Gaza health ministry]] had died of malnutrition, bringing the toll
    to [[461|killed;a=The Gaza health ministry]].""",
)

item(
    "No food reached north Gaza for two weeks, UN says",
    """No food aid entered northern Gaza from {{October 1}} to {{October 15}}, the World Food
    Programme said, as Israeli forces pressed an offensive around Jabalia. The UN estimates
    [[about 400,000 people|civilians;a=The UN]] are still in the north. The Israeli military has
    ordered residents to move south, and [[some 50,000|displaced;a=the UN's humanitarian office]]
    have done so, according to the UN's humanitarian office. Residents said troops had ordered
    [[about 200 families|displaced;a=Residents]] sheltering in a school in Jabalia to leave. In
    Jabalia, civil defence workers said they had recovered [[17 bodies|killed;a=civil defence
    workers]] from homes hit overnight. Washington gave Israel {{30 days}} to improve the flow of
    aid, saying [[at least 350 trucks a day|aid;p;a=Washington]] should enter Gaza. COGAT said
    [[about 30 trucks|aid;a=COGAT]] had reached the north on Monday, the first in {{two
    weeks}}.""",
)

item(
    "Yemen war: 85,000 children may have died from hunger, charity says",
    """[[An estimated 85,000 children|killed;a=Save the Children]] under the age of five may have
    died from extreme hunger or disease in Yemen since the Saudi-led coalition entered the war in
    {{March 2015}}, Save the Children said on Wednesday. The charity based its estimate on UN
    mortality data and said the figure was conservative. Aid agencies say [[as many as 14 million
    people|civilians;a=Aid agencies]], {{half the population}}, are at risk of famine. In
    Hodeidah, where the coalition is fighting Houthi rebels for control of the port that handles
    {{70%}} of Yemen's imports, [[about 400,000 children|civilians;a=Unicef]] are severely
    malnourished, Unicef says. At al-Thawra hospital in the city, doctors said [[11
    children|killed;a=doctors]] had died on the malnutrition ward in October. The coalition has
    carried out [[more than 18,000 air raids|other;u=other;a=the Yemen Data Project]] since
    {{2015}}, according to the Yemen Data Project. Fighting near the city has forced
    [[more than 425,000 people|displaced;a=the International Organization for Migration]] to
    flee since June, according to the International Organization for Migration.""",
)

item(
    "WFP pauses food aid in Houthi-held Yemen amid funding gap",
    """The World Food Programme said on Tuesday it was pausing general food distributions in
    areas of northern Yemen controlled by the Houthis, where it had been feeding [[about 9.5
    million people|aid;a=The World Food Programme]]. The agency said it had failed to agree with
    the authorities in Sanaa on a smaller programme that would reach [[6.5 million
    people|aid;p;a=The agency;alt=The World Food Programme]], and that its stocks would run out
    within {{four weeks}}. WFP said it would keep giving aid to [[about 3 million
    people|aid;p;a=WFP]] in government-held areas of the south. It had been handing out food
    through [[about 1,300 distribution points|aid]] in the north. Yemen's war has killed [[more
    than 150,000 people|killed]] and pushed the country to the edge of famine. The UN estimates
    [[21.6 million people|civilians;p;a=The UN;v=21600000]] will need aid in {{2024}}.""",
)

item(
    "In Yemen's Abs, a hospital ward overflows with starving children",
    """The therapeutic feeding centre at the hospital in Abs, in Yemen's Hajjah province, has
    [[24 beds|capacity]]. On Sunday it was treating [[61 children|injured]], some sharing a
    mattress with their mother and a sibling. One boy, Hussein, aged {{18 months}}, weighed
    {{4.2kg}}, about half what a healthy child his age should. Médecins Sans Frontières, which
    supports the hospital, said it had admitted [[more than 1,100 children|injured;a=Médecins
    Sans Frontières]] with severe acute malnutrition since January, nearly double the number in
    the same period of {{2018}}. [[Thirty-four of them|injured;n=-;q=exact]] were admitted in the
    past week alone. Many families travel for {{two days}} to reach Abs, which also hosts [[about
    90,000 people|displaced]] who fled fighting along the Saudi border. "We see the children when
    it is already very late. Yesterday I lost [[two|killed;a=Hana Murshed]]," said Hana Murshed,
    a nurse on the ward.""",
)

item(
    "Yemen blockade: ships with food and fuel wait off Hodeidah",
    """[[At least 29 ships|other;a=UN officials]] carrying food, fuel and medicine were waiting
    off Yemen's Red Sea coast on Sunday, unable to dock after the Saudi-led coalition closed the
    country's ports and airports, UN officials said. Their cargo included [[about 300,000
    tonnes|other]] of food. Yemen imports {{90%}} of its staple food. The heads of the World Food
    Programme, Unicef and the World Health Organization said in a joint statement that [[some 7
    million people|civilians;a=The heads of the World Food Programme, Unicef and the World Health
    Organization]] were on the brink of famine and that [[thousands|killed;p;a=The heads of the
    World Food Programme, Unicef and the World Health Organization]] could die. A UN-chartered
    vessel carrying [[25,000 tonnes|aid]] of wheat flour was among those turned away. The
    coalition said it had acted after Houthi rebels fired a ballistic missile at Riyadh. A
    cholera outbreak has killed [[more than 2,100 people|killed;a=the World Health Organization]]
    since April, the World Health Organization says.""",
)

item(
    "Yemen nutrition centres close as donors pull back",
    """[[More than 400 nutrition centres|other;a=the UN's humanitarian coordinator]] in Yemen
    have closed or scaled back since the start of the year as donors cut funding, the UN's
    humanitarian coordinator said on Monday, leaving [[about 600,000 children|civilians;a=the
    UN's humanitarian coordinator]] without treatment for malnutrition. The {{2026}} humanitarian
    response plan for Yemen, which seeks {{$2.5 billion}}, was {{9%}} funded by the end of March.
    Save the Children said it had let go [[about 350 local staff|other;a=Save the Children]] and
    shut [[18 mobile clinics|other;u=other;a=Save the Children]] in Taiz and Lahj. The IPC
    estimates [[18.1 million people|civilians;a=The IPC;v=18100000]] in Yemen face crisis levels
    of hunger or worse, {{Phase 3}} and above, among them [[some 41,000 people|civilians;a=The
    IPC]] in catastrophic conditions in parts of Hajjah and Hodeidah.""",
)

item(
    "WFP halts work in Yemen's Saada after staff detained",
    """The World Food Programme said on Tuesday it had paused its operations in Yemen's northern
    Saada province after Houthi authorities detained [[eight of its staff|arrested;a=The World
    Food Programme]] there. A WFP employee held by the Houthis died in custody in February. The
    UN says the group is holding [[at least 23 UN employees|arrested;a=The UN]], some of them
    since {{June 2024}}. Saada, on the Saudi border, is home to [[about 900,000
    people|civilians]], and WFP had been feeding [[some 540,000|aid]] of them each month.
    Malnutrition among children in northern Yemen is at the highest level recorded, with [[about
    1.4 million children|civilians;a=Unicef;v=1400000]] acutely malnourished, Unicef said.""",
)

item(
    "Gaza flour prices soar as crossings stay shut",
    """A {{25kg}} sack of flour sold for as much as {{$500}} in Gaza City markets on Monday, up
    from about {{$10}} before the war, traders said. Sugar cost {{180 shekels}} a kilogram and a
    single onion {{15 shekels}}. Food prices have risen more than {{4,000%}} since {{October
    2023}}, according to the Palestinian Central Bureau of Statistics. The World Food Programme
    said the last of its flour had been handed out on {{April 25}}, {{53 days}} after Israel
    halted all deliveries. A survey by aid groups found that {{one in three}} people had gone
    whole days without eating.""",
)
