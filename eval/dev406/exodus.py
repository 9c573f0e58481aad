"""Items of eval/dev406: the Karabakh Armenians in Armenia and beyond, 2023-2026 (registration,
shelters, housing certificates, cash aid, schools, onward migration, the depot blast's dead and
missing, the peacekeepers' exit)."""

from _wrap import item

item(
    "Armenia has registered 101,848 people displaced from Karabakh",
    """YEREVAN, {{December 8, 2023}} - The social affairs ministry said on Friday that [[101,848
    forcibly displaced persons|displaced;a=The social affairs ministry]] from Nagorno-Karabakh had
    been registered in Armenia, [[30,772|displaced;a=The social affairs ministry]] of them children.
    Narek Mkrtchyan, the minister, told parliament that [[about 18,900 pensioners|displaced;a=Narek
    Mkrtchyan]] were among them and that [[some 21,000 people|displaced;a=Narek Mkrtchyan]] were
    still living in hotels, dormitories and other temporary shelters paid for by the state. [[About
    86,000 people|aid]] have received a {{one-off}} grant of {{100,000 drams}} ({{$250}}), and
    [[some 93,000|aid]] the monthly {{50,000-dram}} payment for rent and food. Border guards say
    [[about 7,000|displaced;a=Border guards]] have left Armenia for Russia and other countries since
    {{October}}.""",
)

item(
    "Armenia approves $1.1 billion housing plan for Karabakh refugees",
    """YEREVAN, {{February 29, 2024}} (Reuters) - Armenia's government on Thursday approved a
    housing programme under which [[about 25,000 families|aid;p]] displaced from Nagorno-Karabakh
    could receive certificates worth {{2 million}} to {{5 million drams}} per family member towards
    buying a home. Deputy Prime Minister Tigran Khachatryan said the scheme would cost {{$1.1
    billion}} over {{five years}} and that [[the first 4,000 families|aid;p;a=Deputy Prime Minister
    Tigran Khachatryan]] would receive certificates this year. Families that settle in border
    provinces such as Syunik, Tavush and Vayots Dzor will get larger certificates. The social
    affairs ministry says [[about 18,000 families|displaced;a=The social affairs ministry]] are
    renting flats across Armenia, [[3,200|displaced;u=household;a=The social affairs ministry]] of
    them in Yerevan alone, while [[some 3,900 people|displaced;a=The social affairs ministry]]
    remain in collective centres. [[Only about 700 families|aid;a=officials]] have bought homes so
    far under a smaller pilot scheme, officials said.""",
)

item(
    "Karabakh refugees protest as Armenia narrows monthly aid",
    """YEREVAN, {{March 20, 2024}} - [[Several hundred people|other]] displaced from
    Nagorno-Karabakh rallied outside the government building in Yerevan on Wednesday against a
    decision to narrow the state's monthly {{50,000-dram}} support payment. From {{April}}, the
    payment will go only to [[about 60,000 people|aid;p;a=the social affairs ministry]] - children,
    pensioners, people with disabilities and students - instead of [[all 98,000 current
    recipients|aid;a=the social affairs ministry]], the social affairs ministry said. Narek
    Mkrtchyan, the minister, said [[more than 14,000 refugees|other;a=Narek Mkrtchyan]] had found
    jobs and that [[about 1,200 households|aid;a=Narek Mkrtchyan]] with no working member would keep
    receiving rent support. [[Dozens of police officers|combatants]] lined Baghramyan Avenue, and
    police briefly detained [[five protesters|arrested]] who tried to block it.""",
)

item(
    "UNHCR counts 115,204 Karabakh refugees in Armenia",
    """YEREVAN, {{June 20, 2024}} - UNHCR said in its latest update for Armenia that [[115,204
    refugees|displaced;a=UNHCR]] from Nagorno-Karabakh were registered in the country, including
    [[some 14,000|displaced;a=UNHCR]] who had left the region before the offensive of {{September
    2023}}. The agency said [[about 4,300 people|displaced;a=The agency;alt=UNHCR]] still lived in
    [[62 collective centres|capacity;a=The agency;alt=UNHCR]], down from
    [[134|capacity;u=structure;a=The agency;alt=UNHCR]] in {{October}}. Cash assistance from UN
    agencies reached [[31,000 people|aid]] in the first {{five months}} of the year, and [[2,400
    households|aid]] received winter fuel grants. Armenian schools have enrolled [[about 17,500
    refugee children|other;a=UNHCR]], it said. About {{45%}} of working-age refugees have found
    jobs.""",
)

item(
    "'We left with two bags': a Karabakh family starts again in Masis",
    """MASIS, Armenia - Armine Sargsyan keeps the key to her house in Chartar on a nail by the door
    of the flat she now shares with [[six relatives|displaced]]. "We left with what the car could
    carry," said Sargsyan, {{41}}, who drove out of Nagorno-Karabakh in {{September 2023}} with her
    husband, their children and his parents. Chartar, a village of [[about 4,000 people|civilians]]
    before the war, emptied in a day. Her cousin was among [[the 218 people|killed]] killed when the
    fuel depot near Stepanakert exploded. The Sargsyans are among [[some 2,300
    refugees|displaced;a=the mayor's office]] who have settled in Masis, according to the mayor's
    office. The office says [[about 600 refugee children|other;a=The office;alt=the mayor's office]]
    are now enrolled in the town's schools. Her husband earns {{180,000 drams}} a month at a
    cannery, and the family still receives the state payment for [[three children|aid]].""",
)

item(
    "About 18,000 Karabakh refugees have left Armenia, officials say",
    """YEREVAN, {{January 15, 2025}} - [[About 18,000|displaced;a=the Migration and Citizenship
    Service]] of the [[roughly 115,000 people|displaced;a=the Migration and Citizenship Service]]
    who fled Nagorno-Karabakh to Armenia have since left the country, the Migration and Citizenship
    Service said. [[Some 11,000|displaced;a=the service;alt=the Migration and Citizenship Service]]
    went to Russia, the service said, and most of the rest to France, the United States and Georgia.
    In Krasnodar, in southern Russia, [[close to 2,000 Karabakh Armenians|displaced;a=community
    leaders]] have settled, community leaders said. French officials said [[about 600 Karabakh
    Armenians|displaced;a=French officials]] had applied for asylum in France in {{2024}}. In
    Glendale, California, the Armenian Relief Society said it had helped [[about 150
    families|aid;a=the Armenian Relief Society]] from Karabakh with rent and furniture. In Armenia
    itself, [[about 9,700 refugees|other]] have taken citizenship since the rules were eased in
    {{2024}}, a step that makes them eligible for housing certificates.""",
)

item(
    "Schools across Armenia make room for Karabakh pupils",
    """YEREVAN, {{October 2, 2023}} - [[About 120 schools|capacity;a=the education ministry]] and
    [[some 40 kindergartens|capacity;u=structure;a=the education ministry]] across Armenia served as
    temporary shelters for refugees from Nagorno-Karabakh last week, the education ministry said, as
    classes resumed. The ministry said [[some 17,000 displaced children|other;a=The ministry;alt=the
    education ministry]] had already enrolled. Zhanna Andreasyan, the education minister, said
    [[1,100 teachers|other;a=Zhanna Andreasyan]] who themselves fled the region had been hired, and
    that [[about 850 students|aid;p;a=Zhanna Andreasyan]] from Karabakh universities would have
    their fees waived. In Goris alone, [[some 2,500 new pupils|other]] joined classes in a week.
    UNICEF said [[about 30,000 children|displaced;a=UNICEF]] had arrived in Armenia since
    {{September 24}}.""",
)

item(
    "Refugees told to leave hotels as Armenia closes collective centres",
    """YEREVAN, {{April 10, 2025}} - [[About 3,100 people|displaced;a=the social affairs ministry]]
    displaced from Nagorno-Karabakh still live in [[48 collective centres|capacity;a=the social
    affairs ministry]] across Armenia, the social affairs ministry said, as it began closing the
    sites. [[Some 600 residents|displaced;p]] of [[two hotels|capacity;u=structure]] in Tsaghkadzor
    have been told they must move out by {{May 31}}. Families moving out will receive {{six months}}
    of rent support at {{40,000 drams}} a person. [[About 900 families|aid;a=the ministry;alt=the
    social affairs ministry]] have so far received housing certificates, [[310|aid;u=household;a=the
    ministry;alt=the social affairs ministry]] of them for homes in Syunik and Tavush, the ministry
    said.""",
)

item(
    "Armenia to build 2,000 flats for displaced families",
    """YEREVAN, {{July 3, 2025}} - Armenia will build [[2,000 apartments|housing;p;a=the urban
    development committee]] for families displaced from Nagorno-Karabakh in the towns of Abovyan,
    Charentsavan and Hrazdan, the urban development committee said on Thursday. The blocks are meant
    for [[7,000 to 8,000 people|capacity;p]]. [[The first 480 flats|housing;p]] are due to be
    finished in {{2026}}. Under the housing certificate programme, [[1,340 families|aid;a=the
    committee;alt=the urban development committee]] have bought homes so far and [[another
    2,600|aid;u=household;a=the committee;alt=the urban development committee]] have been issued
    certificates, the committee said. [[About 11,000 families|displaced]] are still renting, many of
    them in flats with {{two rooms}} or fewer.""",
)

item(
    "A year after the depot blast, Karabakh families wait for the missing",
    """YEREVAN, {{September 25, 2024}} - A year after a fuel depot exploded outside Stepanakert as
    people queued for petrol to flee, [[218 people|killed;a=Armenia's Investigative Committee]] are
    confirmed dead and [[20|missing;a=Armenia's Investigative Committee]] remain missing, Armenia's
    Investigative Committee said on Wednesday. Forensic experts have identified [[181
    bodies|killed]] through DNA testing. [[More than 290 people|injured;a=the health ministry]] were
    hurt in the blast; [[about 40|injured;a=the health ministry]] still need regular treatment for
    burns, the health ministry said. The government has paid compensation to [[149 families|aid]] of
    the dead. Relatives of [[the missing 20|missing]] gathered at the Yerablur cemetery to mark the
    anniversary.""",
)

item(
    "Russian peacekeepers complete withdrawal from Karabakh",
    """BAKU, {{June 12, 2024}} (Reuters) - Russia's peacekeeping contingent has completed its
    withdrawal from Karabakh, Azerbaijan's defence ministry said on Wednesday, {{17 months}} before
    its mandate was due to expire. The ministry said [[the last 94 vehicles|other;a=The
    ministry;alt=Azerbaijan's defence ministry]] and [[about 400 servicemen|combatants;a=The
    ministry;alt=Azerbaijan's defence ministry]] had left the contingent's base near Khojaly. At its
    peak the force numbered [[about 2,000 troops|combatants]], with [[90 armoured vehicles|other]]
    and [[380 other vehicles|other]]. The peacekeepers lost [[seven soldiers|killed]] during their
    deployment, [[five|killed]] of them in {{September 2023}}. A joint Russian-Turkish monitoring
    centre in Aghdam, staffed by [[about 60 officers|combatants]], closed in {{April}}.""",
)

item(
    "WFP extends cash aid to Karabakh refugees in Armenia",
    """YEREVAN, {{May 14, 2024}} - The World Food Programme said on Tuesday it would provide monthly
    cash transfers to [[up to 60,000 refugees|aid;p;a=The World Food Programme]] from
    Nagorno-Karabakh until the end of the year. The agency said it had so far distributed [[about
    2,800 tonnes|aid;a=The agency;alt=The World Food Programme]] of food and [[36,000 hot
    meals|aid;a=The agency;alt=The World Food Programme]]. A survey it carried out found that {{one
    in four}} refugee households were cutting meals. [[About 5,200 households|aid]] headed by women
    get an extra {{10,000 drams}} a month. In Syunik, [[between 3,500 and 4,000 people|aid]] receive
    food parcels from the Armenian Red Cross, which has deployed [[about 300 volunteers|other]] to
    help with distribution.""",
)

item(
    "EU and donors step up help as refugees face second winter",
    """BRUSSELS, {{November 19, 2024}} - The European Union said on Tuesday it would give {{€10
    million}} in humanitarian aid to refugees from Nagorno-Karabakh in Armenia, bringing its total
    support since {{2023}} to {{€42.5 million}}. The European Commission said the money would pay
    for heating and winter clothing for [[about 30,000 people|aid;p;a=The European Commission]].
    France has sent [[23 tonnes|aid]] of medical equipment and [[two mobile clinics|aid]] to Syunik.
    The Armenian General Benevolent Union said it had supported [[some 4,500 families|aid;a=The
    Armenian General Benevolent Union]] since {{October 2023}} and would hand out [[1,200
    heaters|aid;p;u=other;a=The Armenian General Benevolent Union]] in December. The UN says [[about
    22,000 refugees|civilians;a=The UN]] still need help to get through the winter.""",
)

item(
    "Karabakh families revive Armenia's emptying villages",
    """VAYK, Armenia, {{August 2025}} - [[About 1,900 refugee families|displaced;a=the territorial
    administration ministry]] have settled in villages of Vayots Dzor, Syunik and Tavush, the
    territorial administration ministry said, drawn by larger housing certificates and cheap houses.
    The ministry said the state had paid for [[640 village houses|aid;a=The ministry;alt=the
    territorial administration ministry]] and that [[about 60 villages|other;a=The ministry;alt=the
    territorial administration ministry]] had taken in refugees. [[Some 120 houses|housing]] have
    been renovated with money from the diaspora. In Gndevaz, [[a dozen families|displaced]] arrived
    last year, and the school, which had [[only 38 pupils|other]], opened a second class. "We are
    bringing the village back to life," said the mayor, Hovhannes Sahakyan.""",
)

item(
    "Armenia's economy slows as wartime boom fades",
    """YEREVAN, {{February 14, 2025}} - Armenia's economy grew {{5.9%}} in {{2024}}, down from
    {{8.3%}} in {{2023}} and {{12.6%}} in {{2022}}, the statistics committee said on Friday.
    Spending on housing and support for refugees from Nagorno-Karabakh added about {{0.4 percentage
    points}} to growth, economists estimated. The central bank cut its key rate to {{6.75%}} in
    {{December}}, and the dram traded at about {{395}} to the dollar. The government expects growth
    of {{5.6%}} this year.""",
)

item(
    "Yerevan rents climb as certificate buyers enter market",
    """YEREVAN, {{March 18, 2025}} - Average asking rents for a {{two-room}} flat in central Yerevan
    reached {{310,000 drams}} ({{$790}}) a month in {{February}}, up {{14%}} from a year earlier,
    property portal data show. Prices of new-build flats rose {{9%}} to about {{720,000 drams}} per
    {{square metre}}. Estate agents say demand from refugees using state housing certificates, worth
    up to {{5 million drams}} per person, has pushed up prices in the suburbs since the scheme began
    in {{2024}}. A certificate of that size buys about {{seven square metres}} in the centre,
    against {{14 square metres}} in Abovyan.""",
)
