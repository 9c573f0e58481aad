"""dev377 items: onward transport from Renk by boat and road to Malakal, Aweil, Bentiu, Wau and
Juba, the transit centres on the way and the returnees' arrival home (2023-2026)."""

from _wrap import item

item(
    "First IOM boat leaves Renk for Malakal with returnees",
    """
    MALAKAL, {{May 30}} (AP) - A boat chartered by the International Organization for Migration
    arrived in Malakal on Tuesday carrying [[1,047 returnees|displaced;a=IOM]] from Renk, the
    first of a planned shuttle up the White Nile, IOM said. The journey of about {{310 km}} took
    {{three days}}. The agency said it hoped to move [[around 5,000 people|displaced;p;a=The
    agency;alt=IOM]] a week once [[two more boats|other;p;a=The agency;alt=IOM]] were leased. In
    Malakal, returnees are housed at the Bulukat transit centre, which has space for [[2,000
    people|capacity;a=camp managers]] but already held [[about 3,400|displaced;a=camp managers]], camp managers
    said. From there, [[412 people|returned;a=IOM]] have so far been flown home to Aweil and
    Wau, IOM said. "We want people to spend days in transit, not months," said IOM's chief of
    mission, who asked that the {{2,000-tonne}} barge be given priority at the Malakal port.
    """,
)

item(
    "Boat carrying returnees capsizes near Kaka",
    """
    At least [[23 people|killed;a=Upper Nile state officials]] drowned when an overloaded boat
    carrying returnees from Renk capsized on the White Nile near Kaka on Saturday night, Upper
    Nile state officials said. The private boat had [[about 180 passengers|other;a=survivors]] on
    board, survivors said, nearly {{three times}} its licensed load. Fishermen and a UN patrol
    pulled [[94 survivors|other;a=UNMISS]] from the water, UNMISS said, and [[17|injured;
    a=UNMISS]] were taken to Melut hospital. [[More than 60|missing;a=the state information
    minister]] were still missing on Sunday, the state information minister said, including
    [[at least 20 children|missing;a=the state information minister]]. Returnees who cannot wait
    weeks for a free IOM boat pay {{30,000}} to {{50,000}} South Sudanese pounds for a place on a
    private vessel. The governor banned private passenger boats on the Renk-Malakal stretch for
    {{two weeks}}.
    """,
)

item(
    "Bulukat transit centre in Malakal fills as onward flights stall",
    """
    The Bulukat transit centre in Malakal, meant for stays of a few days, was sheltering [[about
    8,700 people|displaced;a=OCHA]] on {{Friday}}, OCHA said in its weekly update. [[Roughly
    3,100|displaced]] of them had been there for more than {{a month}}, waiting for flights
    or road transport to their home areas. OCHA said [[1,200 households|displaced;a=OCHA]] had
    no plastic sheeting and slept in the open. In the neighbouring UN protection site, population
    [[around 37,000|civilians]], leaders complained that new arrivals were straining water and
    latrines. The World Health Organization said [[42 cases|other;a=World Health Organization]]
    of acute watery diarrhoea were seen at the centre in a week. IOM said it had flown [[more than
    9,800 people|displaced;a=IOM]] from Malakal and Paloich since {{June}} and planned [[another
    1,500|displaced;p;a=IOM]] seats this month.
    """,
)

item(
    "Convoys carry returnees from Renk to Aweil by road for first time",
    """
    A convoy of [[18 buses|other;a=the Northern Bahr el Ghazal RRC]] and [[six trucks|other;a=the
    Northern Bahr el Ghazal RRC]] arrived in Aweil on Wednesday with [[1,116 returnees|returned;
    a=the Northern Bahr el Ghazal RRC]] from Renk, the Northern Bahr el Ghazal RRC said. The road
    journey, through Malakal, Bentiu and Wau, covers more than {{1,300 km}} and took {{eight
    days}}. Returnees were given a {{three-month}} food ration and [[640 hygiene kits|aid;a=the
    commission]] in Aweil, the commission said. [[Forty-three of the passengers|injured;
    a=Convoy staff;n=passengers]] were treated for injuries after a bus overturned near Wau, Convoy
    staff said. The RRC said [[about 9,000 more returnees|returned;p;a=The RRC]] had registered in
    Renk for the Aweil route and would travel in convoys of [[about 1,000 people|displaced;p;a=The
    RRC]] every {{two weeks}}.
    """,
)

item(
    "Aweil absorbs a wave of returnees from Khartoum",
    """
    AWEIL, {{Aug 14}} - Northern Bahr el Ghazal has received [[more than 110,000
    returnees|returned;a=the state's relief commissioner]] since the war in Sudan began, the
    state's relief commissioner said on Monday, making it the main destination for South
    Sudanese coming home. Most arrive by road from Renk via Malakal or cross directly at Kiir
    Adem. The commissioner said [[about 18,000 households|civilians;a=The commissioner]] were
    living with relatives and [[some 4,500|displaced;a=The commissioner]] in collective sites.
    World Vision said it had given [[9,300 families|aid;a=World Vision]] seeds and tools ahead
    of the planting season and built [[1,240 emergency shelters|aid;a=World Vision]]. Land for
    [[2,000 plots|capacity;a=local officials;u=other]] has been set aside at Malek-Alel, local
    officials said, but [[only 300 houses|housing;a=local officials]] have been built so far. "People come with
    nothing," said a returnee leader, Mary Akuol, {{61}}.
    """,
)

item(
    "IOM suspends onward transport after funding cut",
    """
    JUBA, {{March 3}} (Reuters) - The International Organization for Migration said on Monday it
    had suspended onward transport from Renk after United States funding was frozen, leaving
    [[some 14,000 people|displaced;a=International Organization for Migration]] stranded at the
    transit centre. The agency had been moving [[about 1,000 people a day|displaced;a=The
    agency;alt=International Organization for Migration]] by boat and road. An IOM spokesperson
    said [[at least 600 new arrivals|displaced;a=An IOM spokesperson]] were reaching Renk every
    day, so numbers at the centre could pass [[30,000|displaced;p;a=An IOM spokesperson]] within
    {{a month}}. The freeze affected programmes worth about {{$84 million}} in South Sudan, aid
    officials said. [[Twenty-two IOM staff|other;a=aid officials]] in Renk have been put on
    unpaid leave, aid officials added. UNHCR said it would try to fund [[four boat trips|other;
    p;a=UNHCR]] a week for refugees but could not cover returnees.
    """,
)

item(
    "Barges replace the road as rains cut Upper Nile",
    """
    With roads between Renk and Malakal closed by rain from {{July}}, the humanitarian logistics
    cluster said it would rely on [[five barges|other;p;a=the humanitarian logistics cluster;
    u=other;n=barges]] and [[two passenger boats|other;p;a=the humanitarian logistics cluster]]
    through {{November}}. Each barge can carry [[about 800 people|capacity;a=the cluster;alt=the humanitarian logistics cluster]]
    on a round trip of roughly {{ten days}}, the cluster said. That limits onward movement to
    [[fewer than 3,000 people a week|displaced;p]], against arrivals of [[about
    7,000 a week|displaced]] at the border. WFP said it had pre-positioned [[3,600 tonnes|aid;a=WFP]]
    of food in Renk and Malakal before the rains. The cluster warned that fuel prices in Renk had
    risen by {{70 per cent}}.
    """,
)

item(
    "Returnees head for Bentiu as Panakuach crossing opens",
    """
    BENTIU, {{Feb 21}} (Radio Miraya) - [[Nearly 6,000 returnees|returned;a=IOM]] have crossed
    into Unity state at Panakuach since the border point reopened in {{January}}, IOM said. Most
    are Nuer families from Khartoum's outskirts heading for Rubkona and Guit. The Bentiu
    displacement camp, already home to [[about 110,000 people|displaced;a=camp authorities]] after
    years of war and floods, has taken in [[1,450 of the new arrivals|displaced;a=camp
    authorities]], camp authorities said. Medair said it was screening every child {{under five}}
    and had found [[212 malnourished children|civilians;a=Medair]]. IOM said [[200 to 250 people a day|returned;a=IOM]] were now crossing at Panakuach. The
    Unity state government said [[a few thousand|returned;p;a=The Unity state government]] more could arrive before the
    road floods in {{June}}.
    """,
)

item(
    "Sudanese refugees relocated from Renk to Wedweil settlement",
    """
    UNHCR said on Thursday it had relocated [[2,870 Sudanese refugees|displaced;a=UNHCR]] from
    the Renk transit centre to the Wedweil settlement in Northern Bahr el Ghazal in the past {{two
    months}}, by road and charter flight. Wedweil now hosts [[about 14,000 refugees|displaced]], most from Darfur and Kordofan. The agency said it had marked out [[600 new
    plots|capacity;a=The agency;alt=UNHCR;u=other]] and built [[350 transitional shelters|capacity;
    a=The agency;alt=UNHCR]], and that the settlement could take [[up to 20,000|capacity;a=The
    agency;alt=UNHCR]] once a {{second}} borehole field is drilled. [[About 1,100
    refugees|displaced]] are still waiting in Renk to be moved. A {{45-year-old}} teacher
    from Nyala said the settlement school had {{one teacher for every 120 pupils}}.
    """,
)

item(
    "Gorom settlement near Juba takes refugees flown from Renk",
    """
    Humanitarian flights have carried [[1,380 Sudanese refugees|displaced;a=the Commission for
    Refugee Affairs]] from Renk to Juba since {{October}}, the Commission for Refugee Affairs
    said, most of them onward to the Gorom settlement {{20 km}} west of the capital. Gorom, set
    up in {{2009}} for Ethiopian refugees, had [[about 2,500 residents|civilians;a=the
    commission]] before the Sudan war, the commission said, and now has [[more than 9,000|displaced;
    a=the commission]]. Samaritan's Purse said it had built [[120 latrines|aid;a=Samaritan's
    Purse]] and distributed [[1,700 hygiene kits|aid;a=Samaritan's Purse]]. [[Forty-five
    refugees|arrested;a=police]] were detained by police in Juba in {{September}} for lacking
    papers, police said, and later released to the commission. The commission expects [[between 300 and 400
    refugees a week|displaced;p;a=The commission]] to be flown south until {{March}}.
    """,
)

item(
    "Fuel at Renk port: what it takes to move a boat up the Nile",
    """
    A {{100-tonne}} river boat burns about {{1,200 litres}} of diesel on the {{four-day}} trip
    from Renk to Malakal and back, boat owners in Renk say. Diesel cost about {{2,500}} South
    Sudanese pounds a litre in {{May 2024}}, and more than {{4,000}} a year later. The river is
    navigable all year, but sandbanks near Melut slow traffic between {{February}} and {{April}},
    when the water is lowest. Owners say a round trip now costs {{$6,000}} in fuel alone, up
    from {{$2,800}} in {{2023}}.
    """,
)

item(
    "How onward transport from Renk works",
    """
    Q&A: Onward transport is offered to returnees who have registered at the border and have
    been in Renk for at least {{48 hours}}. Boats leave the Renk port on Mondays and Thursdays at
    about {{7am}}, and the trip to Malakal takes {{two to four days}}. From Malakal, the road
    to Wau and Aweil is open from {{December}} to {{May}}; flights run year-round. Refugees are
    moved separately, by UNHCR, to settlements in Maban, Wedweil and Gorom. The service was
    started in {{May 2023}} and paused twice, in {{2024}} and {{2025}}, for lack of money.
    """,
)

item(
    "Returnees rebuild in Twic and Gogrial as land disputes rise",
    """
    Local officials in Warrap state say [[about 26,000 returnees|returned;a=Local officials in
    Warrap state]] have settled in Twic and Gogrial counties since {{2023}}, many on land that
    relatives had claimed in their absence. Twic's commissioner said [[at least 140 land
    disputes|other;a=Twic's commissioner;u=other;n=disputes]] had been brought to chiefs' courts
    this year and [[four people|killed;a=Twic's commissioner]] had been killed in fights over
    plots. The Norwegian Refugee Council said it had helped [[830 families|aid;a=Norwegian Refugee
    Council]] with legal aid and rebuilt [[215 homes|housing;a=Norwegian Refugee Council]]. It
    plans to build [[500 more|housing;p;a=Norwegian Refugee Council;u=structure;n=-]] by
    {{2026}}. "We came home to find strangers in our compound," said a {{50-year-old}} woman who
    lived in Omdurman for {{30 years}}.
    """,
)

item(
    "Clashes in Malakal protection site kill 13",
    """
    MALAKAL, {{June 9}} (AFP) - Fighting between young men from rival communities in the
    Malakal protection of civilians site killed [[at least 13 people|killed;a=UNMISS]] and
    wounded [[about 40|injured;a=UNMISS]], UNMISS said on Friday. The clashes began late on
    Wednesday after a dispute over the allocation of space to newly arrived returnees from
    Renk. Peacekeepers fired warning shots and [[about 2,000 residents|displaced;a=the mission;alt=UNMISS]] fled
    to the mission's base, the mission said. [[Over 100 shelters|housing;a=Médecins Sans
    Frontières]] were burned, Médecins Sans Frontières said; its hospital in the site treated
    [[34 wounded people|injured;a=Médecins Sans Frontières]]. The mission said
    [[18 suspects|arrested;a=The mission;alt=UNMISS]] had been handed to South Sudanese
    police. The site holds [[about 37,000 people|displaced]], most of them displaced by the {{2013}} war.
    """,
)

item(
    "Gunmen seize boat on the Nile and abduct passengers",
    """
    Armed men stopped a passenger boat near Tonga on the White Nile on Tuesday and took [[at
    least 11 passengers|kidnapped;a=Upper Nile officials]] ashore, Upper Nile officials said.
    The boat, carrying [[about 70 returnees|displaced;a=the county commissioner]] from Renk to
    Fangak, was allowed to continue after the gunmen took cash and phones, the county
    commissioner said. [[Two passengers|killed]] were shot dead when
    they resisted. A local youth leader said [[six of the captives|kidnapped;a=A local youth
    leader;n=captives]] had been released on Thursday after relatives paid. The remaining [[five
    hostages|kidnapped]] include [[two women|kidnapped;n=women]] and a boy {{aged nine}}. River
    traffic on the Tonga stretch has been attacked {{three times}} since {{April}}.
    """,
)

item(
    "Returnees stranded in Paloich as flights halt",
    """
    PALOICH, {{Oct 2}} - [[Around 3,800 returnees|displaced;a=humanitarian workers]] are
    stranded at Paloich airstrip after humanitarian flights to Aweil and Wau were halted,
    humanitarian workers said. They were moved from Renk by road over {{three weeks}} in
    {{September}}. The Humanitarian Air Service said it had flown [[more than 21,000
    passengers|displaced;a=Humanitarian Air Service;n=passengers]] from Paloich since {{2024}}.
    WFP is feeding [[about 3,800 people|aid;a=WFP]] with a daily hot meal, it said, and has
    handed out [[950 sleeping mats|aid;a=WFP;u=other;n=mats]]. The RRC said [[at least
    seven|killed;a=The RRC]] people had died at the site, mostly from malaria. [[Some 600
    children|civilians;a=UNICEF]] at the airstrip are {{under five}}, UNICEF said, and humanitarian
    workers expect [[as many as 400 more a week|displaced;p;a=humanitarian workers;n=-]] if the
    flights do not resume.
    """,
)
