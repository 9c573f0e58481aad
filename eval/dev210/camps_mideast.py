"""dev210 items: Jordan's Zaatari and Azraq camps, al-Hol and Roj, the tent camps of Idlib and
Rukban, and Iraq's camps in Nineveh, Duhok and the Kurdistan Region (17 items, 2 of them
without a figure)."""

from _wrap import item

item(
    "A decade on, Zaatari is a town of caravans",
    """Zaatari refugee camp, opened in {{July 2012}} on a windswept plain near the Syrian border,
    is now home to [[about 80,000 Syrians|displaced;a=UNHCR]], UNHCR said on the camp's
    anniversary. At its peak in {{2013}} it held [[more than 200,000 people|displaced]], with [[as
    many as 4,000 new arrivals a night|displaced]] crossing the border on foot. Tents have long
    since given way to [[some 26,000 prefabricated caravans|capacity]] laid out in numbered
    districts. The camp has [[32 schools|other;a=the agency;alt=UNHCR]] and [[eight health
    facilities|other;a=the agency;alt=UNHCR]], the agency said, and [[more than 20,000
    children|aid;a=the agency;alt=UNHCR]] attend classes in double shifts. [[More than 40,000
    babies|other;a=Jordanian health officials]] have been born in Zaatari since it opened,
    according to Jordanian health officials. "People have stopped asking when they will go home,"
    said Hassan Mahmoud, {{54}}, who runs a bicycle repair stall on the camp's main market
    street.""",
)

item(
    "Azraq camp, built for 130,000, stands half empty",
    """When Jordan opened Azraq camp in {{April 2014}}, it was laid out to take [[up to 130,000
    refugees|capacity]] in [[four villages|capacity]] of steel shelters. Today it holds [[about
    40,000|displaced;a=UNHCR]], according to UNHCR, and [[some 10,000 shelters|capacity]] stand
    empty in the desert. In {{Village 5}}, a fenced section for people who arrived from the
    berm, [[about 8,000 people|displaced]] lived under restricted movement until {{2018}}. The
    camp became the first in the world to run on solar power when a {{2-megawatt}} plant opened
    in {{2017}}. The Norwegian Refugee Council said [[about 1,500 families|returned;a=The
    Norwegian Refugee Council]] had gone back to Syria from the camp since the fall of the Assad
    government in {{December 2024}}, and expected [[a further 600|returned;p;u=household;a=The
    Norwegian Refugee Council]] to leave by the summer.""",
)

item(
    "Al-Hol camp swells as thousands flee last IS enclave",
    """The population of al-Hol camp in northeast Syria has swelled to [[more than
    72,000|displaced;a=the UN's humanitarian office]], the UN's humanitarian office said, in a
    site that held [[about 10,000 people|displaced;a=the UN's humanitarian office]] in December.
    Trucks bring the new arrivals from the front at Baghouz, {{300 km}} to the south. The
    International Rescue Committee said [[at least 140 children|killed;a=The International Rescue
    Committee]] had died on the way to the camp or soon after arriving, most of them from
    hypothermia and malnutrition. Kurdish-led authorities said [[about 11,000 foreign women and
    children|displaced;n=women and children;a=Kurdish-led authorities]] were being kept in a
    separate guarded annex, and that they had posted [[400 more guards|combatants;a=Kurdish-led
    authorities]] around it. Aid groups have put up [[some 3,000 additional tents|capacity]] and
    [[120 latrines|aid]] in the past {{three weeks}}. [[Hundreds of wounded|injured]] wait each
    day outside the camp's only field hospital.""",
)

item(
    "Kurdish forces end al-Hol sweep with scores of arrests",
    """Kurdish-led forces said on Saturday they had arrested [[226 suspected Islamic State
    members|arrested;n=members;a=Kurdish-led forces]] during a {{24-day}} security operation in
    al-Hol camp. They said they had also freed [[four Yazidi women|kidnapped;a=Kurdish-led
    forces]] who had been held by IS supporters inside the camp. [[Some 6,000 fighters|combatants]]
    from the Syrian Democratic Forces and the Asayish security police took part, searching tents
    block by block. The bodies of [[two women|killed]] were found in a sewage channel in the
    camp's {{Phase 5}} section. In {{2021}}, [[more than 90 residents|killed;a=the UN]] were
    killed inside the camp, according to the UN. The camp holds [[about 53,000 people|displaced]],
    {{two-thirds}} of them children.""",
)

item(
    "Iraq brings back another convoy of families from al-Hol",
    """[[Another 158 Iraqi families|returned;a=Iraq's migration ministry]], or [[about 650
    people|returned;a=Iraq's migration ministry]], crossed from al-Hol camp in Syria into Iraq on
    Monday, Iraq's migration ministry said. They were taken to the {{Jeddah-1}} rehabilitation
    centre south of Mosul, where families usually spend {{four months}} before going home. Since
    {{2021}}, Iraq has repatriated [[more than 13,000 of its citizens|returned]] from the camp.
    [[Roughly 2,000 families|returned;a=the IOM]] have left {{Jeddah-1}} for their home areas,
    the IOM said, though many met hostility from neighbours. An Iraqi official said [[about
    18,000 Iraqis|displaced;a=An Iraqi official]] remained in al-Hol and that Baghdad planned to
    bring back [[another 3,000|returned;p;a=An Iraqi official]] before the end of the year.""",
)

item(
    "Snow collapses tents in Idlib displacement camps",
    """Snow and freezing rain have damaged or destroyed [[more than 1,000 tents|housing;a=the UN
    humanitarian office]] in camps across northwest Syria and affected [[about 200,000
    people|civilians;a=the UN humanitarian office]] in [[around 360 sites|capacity;a=the UN
    humanitarian office]], the UN humanitarian office said on Thursday. The Syria Civil Defence,
    known as the White Helmets, said [[two children|killed;a=The Syria Civil Defence]] died when
    a tent collapsed on them near Atmeh, and that its teams had cleared snow from [[4,000
    tents|other;a=The Syria Civil Defence]]. [[About 1.7 million people|displaced]] live in camps
    in the northwest, many of them in tents that are {{five years}} old. Camp managers in Atmeh
    said [[dozens of families|displaced;a=Camp managers in Atmeh]] had moved into mosques and
    schools. Overnight temperatures fell to {{minus 7C}}.""",
)

item(
    "Cholera spreads to camps in northwest Syria",
    """Health authorities in northwest Syria have recorded [[more than 12,000 suspected cholera
    cases|other;a=Health authorities in northwest Syria]] and [[18 deaths|killed;a=Health
    authorities in northwest Syria]] since the outbreak reached the region in {{September}}. Cases
    have been found in [[some 200 camps|capacity;a=the Early Warning Alert and Response
    Network]], the Early Warning Alert and Response Network said. The World Health Organization
    said it had delivered [[1,700 cholera kits|aid;a=The World Health Organization]] to health
    facilities in Idlib and northern Aleppo. UNICEF said it was trucking water to [[about 570,000
    people|aid;a=UNICEF]] in camps and that local partners had chlorinated [[more than 3,000
    water tanks|aid;a=UNICEF]]. Each person needs at least {{15 litres}} of safe water a day, the
    agency said.""",
)

item(
    "Iraq's sudden camp closures leave families with nowhere to go",
    """Iraq's migration ministry has closed [[16 camps|capacity]] since mid-October, forcing
    [[more than 34,000 people|displaced]] to leave with as little as {{24 hours}}' notice. The
    IOM said [[some 9,000|returned;a=The IOM]] had gone back to their areas of origin, while
    [[about 4,800|displaced;a=The IOM]] ended up in informal settlements or unfinished
    buildings. The Norwegian Refugee Council said [[more than 100,000 displaced
    Iraqis|displaced;a=The Norwegian Refugee Council]] still lived in [[29 camps|capacity;a=The
    Norwegian Refugee Council]] in the Kurdistan Region. [[Eight camps|capacity;p]] in federal
    Iraq are due to close by the end of the year. Families leaving receive a one-off grant of
    {{1.5 million dinars}}, about {{$1,000}}.""",
)

item(
    "Fire destroys hundreds of tents in Yazidi camp in Duhok",
    """A fire ripped through the Sharya camp for displaced Yazidis in Iraq's Duhok province on
    Friday, burning [[about 400 tents|housing;a=the camp's director]], the camp's director said.
    Nobody was killed, but [[12 people|injured;a=the camp's director]] were treated for burns, he
    said. The camp is one of [[15 camps|capacity]] in Duhok that house Yazidis who fled Sinjar in
    {{August 2014}}, and it is home to [[some 16,000 people|displaced]]. [[More than 2,000
    people|displaced]] lost their tents in the blaze. The Barzani Charity Foundation said it
    would supply [[400 new tents|aid;p;a=The Barzani Charity Foundation]] within {{a week}}. [[About
    2,700 Yazidis|missing]] are still missing since IS overran Sinjar.""",
)

item(
    "Aid convoy reaches Rukban after months without supplies",
    """A UN and Syrian Arab Red Crescent convoy of [[118 trucks|aid;a=the UN]] reached the Rukban
    settlement near the Jordanian border on Sunday, carrying food for [[about 40,000
    people|aid;a=the UN]], the UN said. The settlement, in a no man's land by the berm, holds
    [[about 41,000 people|displaced]]. The UN said [[at least 12 people|killed;a=The UN]] had
    died in the camp in recent weeks for lack of medical care, [[eight|killed;a=The UN]] of them
    children. [[Forty health workers|other]] travelled with the convoy and vaccinated [[about 5,000
    children|aid]] against measles and polio. The Syrian Arab Red Crescent said [[more than 7,000
    people|displaced;a=The Syrian Arab Red Crescent]] had left Rukban for shelters in Homs since
    {{March}}.""",
)

item(
    "Families start leaving Idlib's tent camps after Assad's fall",
    """[[More than 250,000 people|returned;a=the UN's humanitarian office]] have left camps in
    northwest Syria and gone home since December, the UN's humanitarian office said, but [[about
    1.5 million|displaced;a=the UN's humanitarian office]] remain in the camps. Many who went back
    found their houses in ruins: the Syria Response Coordination Group estimates [[about 180,000
    homes|housing;a=the Syria Response Coordination Group]] in Idlib and Hama were destroyed
    during the war. Camp managers in Atmeh told AFP that [[about 300 families|returned;a=Camp
    managers in Atmeh]] had dismantled their tents and loaded them on to lorries in the past
    month. The IOM expects [[up to 1 million|returned;p;a=The IOM]] displaced Syrians to go home
    in {{2025}}. UNHCR said [[about 500,000 Syrian refugees|returned;a=UNHCR]] had come back from
    neighbouring countries.""",
)

item(
    "Camps south of Mosul fill as west side offensive intensifies",
    """[[About 8,000 people|displaced;a=the IOM]] arrived at the Hammam al-Alil screening site on
    Sunday alone, the IOM said. The camp there, designed for [[30,000 people|capacity]], now holds
    [[more than 40,000|displaced]]. Iraqi security forces detained [[about 500 men|arrested;a=an
    Iraqi intelligence officer]] suspected of links to Islamic State during screening, an Iraqi
    intelligence officer said, and families said [[hundreds of men|missing;a=families]] taken
    for questioning had not been heard from. The UN said it was building [[two new
    camps|capacity;p;a=The UN]] with space for [[another 60,000|capacity;p;a=The UN]] near Qayyarah.
    The migration ministry said [[between 180,000 and 200,000 people|displaced;a=The migration
    ministry]] had fled the western half of the city since {{February 19}}.""",
)

item(
    "Syrian refugees in Jordan's camps among first to get COVID-19 jabs",
    """Jordan's health ministry has vaccinated [[about 7,500 refugees|aid;a=Jordan's health
    ministry]] in Zaatari and Azraq since the campaign reached the camps in {{February}}, the
    ministry said. The first [[two cases|other]] of {{COVID-19}} in the camps were confirmed in
    Azraq in {{September 2020}}, and the camps were locked down for {{two weeks}}. UNHCR said
    [[about 2,000 refugees|other;a=UNHCR]] in the camps had tested positive and [[fewer than
    30|killed;a=UNHCR]] had died. [[Some 130 refugee health volunteers|other]] go from caravan to
    caravan to register people for the jab. The clinic in Zaatari's {{District 8}} is giving
    [[up to 1,200 doses a day|aid]].""",
)

item(
    "Germany, Denmark and Sweden repatriate women and children from Roj camp",
    """Germany, Denmark and Sweden flew home [[eight women|returned;a=the Kurdish-led
    administration]] and [[23 children|returned;a=the Kurdish-led administration]] from the Roj
    camp in northeast Syria, the Kurdish-led administration said on Thursday. The camp holds
    [[about 2,600 people|displaced]], most of them the wives and children of foreign IS fighters.
    Kazakhstan took back [[some 40 children|returned]] in a separate operation last month. Human
    Rights Watch says [[about 2,000 foreign children|displaced;a=Human Rights Watch]] remain in
    Roj and al-Hol, most of them {{under 12}}. [[Around 10,000 IS suspects|arrested]] are held
    in prisons run by the Syrian Democratic Forces, among them [[2,000 foreigners|arrested]].""",
)

item(
    "Domiz camp gets piped water after years of trucking",
    """[[About 32,000 Syrian Kurds|displaced]] live in Domiz camp outside Duhok, the largest
    camp for Syrian refugees in Iraq. UNICEF said [[1,850 new household connections|aid;u=other;a=UNICEF]]
    had been laid to the camp's water network, replacing the [[40 water trucks|aid;a=UNICEF]]
    that used to serve it. The system draws on [[12 boreholes|aid]] and delivers up to {{90
    litres}} per person a day. Camp management said [[some 1,100 families|civilians;a=Camp
    management]] in the newer extension were still waiting to be connected. The upgrade cost
    {{$6.5 million}}, paid for by Germany.""",
)

item(
    "Zaatari's market street turns over millions as work permits spread",
    """The shops along Zaatari's main street, nicknamed the Champs-Elysees, turn over about
    {{$13 million}} a month, according to a {{2023}} survey. Unemployment among refugees in the
    camps stands at {{52 percent}}, against {{22 percent}} for Jordanians. Jordan began issuing
    work permits to Syrians in {{2016}} under the Jordan Compact, and cut their cost to {{10
    dinars}} in {{2021}}. Electricity from the solar plant runs for about {{12 hours}} a day.""",
)

item(
    "How al-Hol became a prison in all but name",
    """Al-Hol was first opened in {{1991}} for Iraqis fleeing the Gulf war, and reopened in {{April
    2016}} for people escaping fighting around Shaddadi. It lies about {{45 km}} east of Hasakah,
    where summer temperatures reach {{47C}}. Boys are usually taken from the camp to rehabilitation
    centres when they turn {{12}} or {{13}}, rights groups say. The Kurdish-led administration has
    asked for foreign governments to take back their nationals every year since {{2019}}. In
    {{January 2026}} the Syrian government took over the camp's outer perimeter.""",
)
