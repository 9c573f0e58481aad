"""Missiles, drones and strikes: what was fired, intercepted and hit, June 2025 (dev419)."""

from _wrap import item

item(
    "Iran fired about 550 ballistic missiles and 1,000 drones in 12 days, IDF says",
    """
    Iran fired [[about 550 ballistic missiles|other;a=the IDF]] and
    [[more than 1,000 drones|other;a=the IDF]] at Israel between {{June 13}} and {{June 24}}, the
    IDF said in its final tally of the war. The army said
    [[between 31 and 36 missiles|other;a=The army;alt=the IDF]] struck populated areas, and that
    [[only one drone|other;a=The army;alt=the IDF]] got through, hitting a house in Beit She'an.
    It put the interception rate at about {{86%}} for missiles and {{99%}} for drones. The Health
    Ministry said [[28 people|killed;a=The Health Ministry]] were killed in Israel and
    [[more than 3,000|injured;a=The Health Ministry]] treated in hospitals.
    [[About 15,000 Israelis|displaced]] were forced from their homes, most of them in Bat Yam,
    Ramat Gan, Tel Aviv, Rehovot, Beersheba and Haifa.
    """,
)

item(
    "Israeli air force says it struck more than 900 targets in Iran",
    """
    The Israeli Air Force said on {{June 26}} that it had struck
    [[more than 900 targets|other;u=other;a=The Israeli Air Force]] in Iran over {{12 days}},
    destroying or disabling [[about 250 missile launchers|other;a=The Israeli Air Force]],
    roughly half of what Iran had before the war. It said
    [[hundreds of pilots|combatants;a=The Israeli Air Force]] and
    [[some 4,000 ground crew|combatants;u=person;a=The Israeli Air Force]] took part. The military
    said it had killed [[11 nuclear scientists|killed;a=The military]] and
    [[at least 30 senior commanders|killed;a=The military]] of the Revolutionary Guards and the
    army. Iranian air defences shot down [[two Israeli drones|other;a=the air force;alt=The Israeli Air Force]] over Isfahan, the air force
    said, but no manned aircraft was lost. Flights to Iran took {{three to four hours}} and
    required refuelling in the air.
    """,
)

item(
    "Revolutionary Guards claim hundreds of missiles fired in 'True Promise 3'",
    """
    The Revolutionary Guards said on {{June 20}} that they had fired
    [[hundreds of ballistic missiles|other;a=The Revolutionary Guards]] at Israel in operation
    {{True Promise 3}}, and claimed that [[dozens of Israeli military personnel|killed;n=personnel;
    a=The Revolutionary Guards]] had been killed. Israel has reported no military deaths from the
    barrages. The Guards said the first salvo, on the night of {{June 13}}, included
    [[at least 100 missiles|other;a=The Guards;alt=The Revolutionary Guards]]. Iranian state
    television said air defences had shot down [[three Israeli warplanes|other;a=Iranian state
    television]], a claim Israel denied. Iran's army said it had sent
    [[more than 20,000 troops|combatants;a=Iran's army]] to its western provinces, and that
    [[as many as 40 drones|other;a=Iran's army]] had been launched at northern Israel overnight.
    """,
)

item(
    "Israel and US burned through interceptors as THAAD batteries joined the defence",
    """
    US officials said American THAAD batteries in Israel fired
    [[more than 100 interceptors|other;u=other;a=US officials]] during the war, a quarter of the
    Pentagon's stock, at a cost of about {{$12 million}} each. The United States had deployed
    [[two THAAD batteries|other;u=other]] to Israel, each operated by
    [[about 100 soldiers|combatants]]. Israel's {{Arrow 3}} and David's Sling systems did most of
    the work, and US fighter jets and navy destroyers shot down
    [[dozens of drones|other;a=the officials;alt=US officials]] over Jordan and Iraq, the officials said. Jordan's
    army said its air force had downed [[several dozen drones|other;a=Jordan's army]] that crossed
    its airspace, and that falling debris injured [[three people|injured;a=Jordan's army]] in
    Irbid.
    """,
)

item(
    "US bombers strike Fordow, Natanz and Isfahan; Iran fires at Qatar base",
    """
    The Pentagon said [[seven stealth bombers|other;u=other;a=The Pentagon]] flew from Missouri on
    {{June 21}} and dropped [[14 bunker-buster bombs|other;u=other;a=The Pentagon]] on Fordow and
    Natanz, while a submarine fired [[more than two dozen Tomahawk missiles|other;a=The Pentagon]]
    at Isfahan. General Dan Caine said [[125 aircraft|other;a=General Dan Caine]] took part in the
    operation, which lasted {{25 minutes}} over the targets. The bombs, known as {{GBU-57}}, weigh
    {{30,000 pounds}} each. Iran answered on {{June 23}} by firing
    [[14 missiles|other;a=Qatar]] at the Al Udeid air base in Qatar,
    [[13|other;u=other;a=Qatar]] of which were intercepted, Qatar said. The base, home to
    [[about 10,000 US troops|combatants]], had been largely evacuated in advance.
    """,
)

item(
    "Drone hits house in Beit She'an as dozens are downed over the Galilee",
    """
    The IDF said [[more than 50 drones|other;a=The IDF]] launched from Iran overnight were shot
    down over the Galilee and the Jordan Valley, but [[one|other;u=other;a=The IDF]] hit a house in
    Beit She'an. Magen David Adom said [[two people|injured;a=Magen David Adom]] were lightly hurt.
    The municipality said [[four homes|housing;a=The municipality]] on the street were damaged and
    [[about 20 residents|displaced;a=The municipality]] were moved to a hotel in Tiberias. Police
    sappers collected [[dozens of fragments|other;u=other]] from fields and roofs in the Jezreel
    Valley. Residents said the drones could be heard for {{10 minutes}} before they were hit.
    """,
)

item(
    "Fire rages at Tehran fuel depot after Israeli strike",
    """
    A fire burned through the night at the Shahran fuel depot in north-west Tehran after an Israeli
    strike on {{June 14}}, sending a column of smoke over the city. Iran's oil ministry said
    [[two firefighters|injured;a=Iran's oil ministry]] were hurt and that
    [[four storage tanks|other;u=other;a=Iran's oil ministry]] were destroyed. The Tehran fire
    department said [[about 120 firefighters|other;a=The Tehran fire department]] and
    [[40 fire engines|other;u=other;a=The Tehran fire department]] fought the blaze for
    {{more than 20 hours}}. [[Several thousand residents|displaced]] of nearby apartment blocks
    were told to leave. Israel also struck {{Phase 14}} of the South Pars gas field, and the oil
    ministry said [[one|other;u=other;a=the oil ministry;alt=Iran's oil ministry]] of its
    production units was shut.
    """,
)

item(
    "Iranian outlets claim far higher Israeli losses than Israel reports",
    """
    Iran's Tasnim news agency claimed on {{June 22}} that the missile barrages had killed
    [[hundreds of Israelis|killed;a=Iran's Tasnim news agency]], while Israel's Health Ministry
    put the toll at [[24|killed;a=Israel's Health Ministry]]. Israel's military censor bars
    reporting on strikes near bases, and analysts at Oregon State University who studied radar
    images said [[at least five missiles|other;a=analysts at Oregon State University]] hit military
    sites. The Revolutionary Guards claimed to have struck
    [[over 100 military sites|other;a=The Revolutionary Guards]]. Israeli police said they had
    detained [[about 12 people|arrested;a=Israeli police]] for sending footage of impacts to
    Iranian outlets. The IDF said [[eight soldiers|injured;a=The IDF]] were lightly hurt at bases
    during the war, the only military casualties it has acknowledged. Tasnim also claimed a female Israeli pilot had been captured, which Israel said
    was false.
    """,
)

item(
    "Ceasefire takes hold after 12 days of war",
    """
    A ceasefire between Israel and Iran announced by President Donald Trump took hold on
    {{June 24}} after {{12 days}} of war. Israel said Iran fired
    [[two missiles|other;a=Israel]] after the deadline of {{7am}}, and Israel struck
    [[one radar installation|other;u=other]] near Tehran in response before Trump ordered both
    sides to stop. Iran's health ministry put the Iranian toll at
    [[606 dead|killed;a=Iran's health ministry]] and
    [[5,332 wounded|injured;a=Iran's health ministry]]. In Israel,
    [[28 people|killed]] were killed. [[Thousands of families|returned]] began driving back to
    Tehran the same evening, and long queues formed at petrol stations.
    """,
)

item(
    "Missiles hit central Tel Aviv and Ramat Gan on the first night",
    """
    Iran fired [[about 100 ballistic missiles|other;a=the army]] at Israel in a series of barrages on the
    night of {{June 13}}, the army said, in its first retaliation for Israel's strikes. Magen David
    Adom said [[three people|killed;a=Magen David Adom]] were killed, [[two|killed;a=Magen David
    Adom]] of them in Rishon LeZion, and [[more than 70|injured;a=Magen David Adom]] were
    injured. In central Tel Aviv, a missile wrecked the lower floors of a tower on Kaplan Street.
    The Tel Aviv municipality said [[more than 250 residents|displaced;a=The Tel Aviv
    municipality]] had been evacuated from [[nine buildings|housing;a=The Tel Aviv municipality]]
    that were damaged. Police said [[some 900 police officers|combatants;a=Police]] had been
    deployed to impact sites. The sirens sounded for {{more than an hour}}.
    """,
)

item(
    "Home Front Command mobilises thousands of reservists to impact sites",
    """
    The Home Front Command said on {{June 22}} that it had called up
    [[about 8,000 reservists|combatants;a=The Home Front Command]] since the war began,
    [[some 1,500|combatants;a=The Home Front Command]] of them to search-and-rescue units. Its
    teams had pulled [[about 40 people|other;a=the command;alt=The Home Front Command]] alive from collapsed buildings, the command
    said. [[About 300 soldiers|combatants]] worked at the Bat Yam site alone. The command said
    [[about 10,500 people|displaced;a=The command;alt=The Home Front Command]] had been evacuated
    from damaged buildings and that its engineers had found
    [[2,300 apartments|housing;a=The command;alt=The Home Front Command]] unfit to live in. A
    further [[40 to 60 buildings|housing;p;a=the command;alt=The Home Front Command]] may have to
    be torn down, the command said.
    """,
)

item(
    "Debris falls in Jordan and Syria as missiles and drones cross the region",
    """
    Jordan's Public Security Directorate said it had dealt with
    [[more than 40 reports|other;u=other;a=Jordan's Public Security Directorate]] of falling debris
    in the war's first week. In Syria, a drone that fell on a house in the Tartus countryside
    killed [[one woman|killed;a=the state news agency SANA]] and wounded
    [[two children|injured;a=the state news agency SANA]], the state news agency SANA said. Iraq
    closed its airspace for {{11 days}}, and Iraq's civil aviation authority said
    [[about 800 flights|other;a=Iraq's civil aviation authority]] were rerouted or cancelled. In
    Lebanon, [[several hundred people|civilians]] gathered on rooftops in Beirut's southern suburbs
    to watch missiles pass overhead. Jordan's army said it had deployed
    [[about 2,000 troops|combatants;a=Jordan's army]] along its eastern border.
    """,
)

item(
    "Missile falls on West Bank village near Hebron, killing three women",
    """
    The Palestinian Red Crescent said [[three women|killed;a=The Palestinian Red Crescent]] from
    one family were killed when a missile fell on their home in a village near Hebron on
    {{June 14}}. It said [[11 people|injured;a=The Palestinian Red Crescent]] were hurt, among them
    [[four children|injured;a=The Palestinian Red Crescent]]. Palestinian civil defence said
    [[two homes|housing;a=Palestinian civil defence]] were destroyed and
    [[five|housing;u=structure;a=Palestinian civil defence]] damaged. The West Bank has no sirens
    or public shelters, and [[about 3 million Palestinians|civilians]] there have no warning
    system. The Israeli army said the missile was fired from Iran and fell short. In the Negev,
    [[at least two drone fragments|other;u=other]] landed near Bedouin villages.
    """,
)

item(
    "Cluster warhead scatters bomblets over Azor; one home hit",
    """
    The IDF said an Iranian missile fired on {{June 19}} in a barrage of
    [[about 25 missiles|other;a=The IDF]] carried a cluster warhead that released
    [[about 20 bomblets|other;u=other;a=The IDF]] over an area of {{8 km}} around Azor, east of Tel
    Aviv. A bomblet hit a house, and Magen David Adom said [[one man|injured;a=Magen David Adom]]
    was lightly hurt by shrapnel. Police said they had found
    [[up to 14 unexploded bomblets|other;u=other;a=Police]] in yards and on roads and asked
    residents not to touch them. [[About 40 residents|displaced]] of the neighbourhood were moved out
    while [[some 60 police sappers|combatants]] worked. Rights groups said the use of cluster munitions against cities broke
    international law.
    """,
)

item(
    "Explainer: Iran's ballistic missile families",
    """
    Iran's missile force relies mainly on solid-fuel and liquid-fuel ballistic missiles with ranges
    of about {{1,400 to 2,000 km}}, enough to reach Israel from western Iran. The {{Fattah-1}},
    which Iran calls hypersonic, was first shown in {{2023}}. The Kheibar Shekan carries a warhead
    of about {{500 kg}} and has a range of {{1,450 km}}. Flight time to Israel is about
    {{12 minutes}}. The Sejjil, first tested in {{2008}}, is a {{two-stage}} missile.
    """,
)

item(
    "Oil jumps as Israel strikes Iran, then falls after ceasefire",
    """
    Brent crude rose as much as {{13%}} to {{$78.50}} a barrel on {{June 13}}, the biggest daily
    jump since {{2022}}, as investors feared for shipping in the Strait of Hormuz. Prices climbed
    further to above {{$80}} after the US strikes on {{June 22}}, then fell {{7%}} on {{June 23}}
    when Iran's answer proved limited. By {{June 24}} Brent was back at {{$67}}. Tanker rates for
    the Gulf route doubled in {{a week}}.
    """,
)
