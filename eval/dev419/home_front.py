"""Israel's home front under Iran's missiles, June 2025 and the months after (dev419)."""

from _wrap import item

item(
    "Bat Yam toll rises to nine as rescuers dig through collapsed tower",
    """
    The death toll from an Iranian ballistic missile that hit a residential tower in Bat Yam
    rose to [[nine|killed;a=Magen David Adom]] on {{June 15}}, Magen David Adom said, after
    rescuers searched the rubble overnight.
    [[About 200 people|injured;a=the service;alt=Magen David Adom]] were hurt,
    [[seven|injured;a=the service;alt=Magen David Adom]] of them seriously, the service said.
    Among the dead were a woman {{aged 82}} and [[two sisters|killed]] aged {{eight and 10}}. Police said
    [[four residents|missing;a=Police]] were still unaccounted for as search teams worked through
    the night with sniffer dogs. The city's mayor, Tzvika Brot, said
    [[more than 60 buildings|housing;a=Tzvika Brot]] within {{500 metres}} of the impact had been
    damaged and that [[22|housing;u=structure;p;a=Tzvika Brot]] would probably have to be
    demolished. The municipality said [[some 1,500 residents|displaced;a=The municipality]] had
    been evacuated and put up in [[11 hotels|capacity;u=structure;a=The municipality]] in Tel
    Aviv, Jerusalem and Eilat.
    """,
)

item(
    "Rehovot counts the damage after strike hits homes and Weizmann campus",
    """
    An Iranian missile hit Rehovot shortly after {{3am}} on {{June 15}}, striking a residential
    street and the campus of the Weizmann Institute of Science. Magen David Adom said
    [[42 people|injured;a=Magen David Adom]] were treated, most of them for light wounds and
    shock. The institute said [[two laboratory buildings|housing;a=The institute;alt=the Weizmann
    Institute of Science]] were badly damaged and that research going back {{20 years}} had been
    lost. The municipality said [[about 90 homes|housing;a=The municipality]] in the surrounding
    streets had shattered windows or structural damage, and that
    [[140 families|displaced;a=The municipality]] had moved to hotels or to relatives. City
    engineers declared [[six buildings|housing]] unsafe to enter. [[One man|missing]] was still
    missing by evening. [[Two people|arrested]] were detained for filming the impact site and
    posting the footage online in breach of military censorship rules.
    """,
)

item(
    "Missile hits Soroka hospital in Beersheba; patients moved south and north",
    """
    An Iranian missile struck the Soroka Medical Center in Beersheba on the morning of
    {{June 19}}, hitting an old surgical building that had been emptied days earlier. The
    hospital said [[about 40 people|injured;a=The hospital]], most of them staff and patients,
    were lightly hurt, and no one was killed. The hospital's director, Shlomi Codish, said the
    hospital had already moved [[some 1,100 patients|displaced;a=Shlomi Codish]] into protected
    underground wards when the war began. After the strike
    [[more than 200 patients|displaced;a=the Health Ministry]] were transferred to other hospitals
    across the south and the centre, the Health Ministry said. Soroka is the only major hospital
    in the Negev and serves [[around a million residents|civilians]]. The IDF said Iran fired
    [[about 30 ballistic missiles|other;a=The IDF]] in the morning barrage, and Magen David Adom
    said [[a further 32 people|injured;a=Magen David Adom]] were hurt in Ramat Gan, Holon and Tel
    Aviv.
    """,
)

item(
    "Three killed at Haifa refinery; four women of one family killed in Tamra",
    """
    Bazan Group said [[three employees|killed;a=Bazan Group]] were killed when an Iranian missile
    struck a power station at its Haifa Bay refinery on {{June 16}}, and the complex shut down all
    its units. Rambam Health Care Campus said it treated [[about two dozen people|injured;a=Rambam
    Health Care Campus]] from across the city, [[one|injured;a=Rambam Health Care Campus]] of them
    in serious condition. The Haifa municipality said [[more than 30 buildings|housing;a=The Haifa
    municipality]] in the lower city and in Kiryat Haim were damaged and that
    [[about 120 residents|displaced;a=The Haifa municipality]] had been moved to hotels on the
    Carmel. {{Two days}} earlier, in the Galilee town of Tamra, a missile fired towards Haifa killed
    [[four women|killed]] of one family in their home. The head of Tamra's local council said the
    town of [[about 37,000 people|civilians;a=The head of Tamra's local council]] had
    [[only two public shelters|capacity;a=The head of Tamra's local council]].
    """,
)

item(
    "Evacuees settle into Dead Sea hotels for a long stay",
    """
    [[More than 9,000 Israelis|displaced;a=the Tourism Ministry]] whose homes were damaged by
    Iranian missiles were living in hotels at the end of June, according to the Tourism Ministry.
    The ministry said [[72 hotels|capacity;u=structure;a=The ministry;alt=the Tourism Ministry]]
    across the country had taken in evacuees, [[18|capacity;u=structure;a=The ministry;alt=the
    Tourism Ministry]] of them at the Dead Sea and in Eilat. At one hotel in Ein Bokek,
    [[about 400 evacuees|displaced]] from Bat Yam and Ramat Gan share the dining room with a
    handful of tourists, and the kitchen serves [[some 1,200 meals a day|aid]]. "We came with
    what we were wearing and we are still here," said Dalia Cohen, {{67}}. The Finance Ministry said it
    expected [[about 4,000 people|displaced;p;a=The Finance Ministry]] to remain in hotels for at
    least {{six months}} while [[some 2,500 damaged apartments|housing;a=The Finance Ministry]] are
    repaired. The ministry said [[about 600 evacuees|returned;a=The ministry;alt=The Finance
    Ministry]] had already gone home.
    """,
)

item(
    "Tel Aviv opens light rail stations as shelters; thousands sleep on platforms",
    """
    Tel Aviv municipality said it had opened [[more than 240 public shelters|capacity;a=Tel Aviv
    municipality]] and [[five underground light rail stations|capacity;u=structure;a=Tel Aviv
    municipality]] around the clock after Iran's barrages began on {{June 13}}.
    [[Thousands of residents|civilians]] spent the first nights of the war on the platforms, many
    with children, pets and mattresses. The municipality said
    [[about 3,000 people|civilians;a=The municipality;alt=Tel Aviv municipality]] slept in
    Carlebach station alone on the second night. Residents of the centre have {{90 seconds}} from
    the first alert to reach a protected space, and the Home Front Command has said
    [[roughly 1.2 million Israelis|civilians;a=the Home Front Command]] have no protected room at
    home. Magen David Adom said [[17 people|injured;a=Magen David Adom]] had been hurt on their way
    to shelters in the first {{48 hours}}, and an {{80-year-old}} woman died after collapsing on a
    staircase in Holon. [[Dozens|injured]] more were treated for anxiety.
    """,
)

item(
    "Four killed in Petah Tikva as overnight barrage hits central Israel",
    """
    Iran fired [[about 40 ballistic missiles|other;a=the Israeli military]] at central Israel
    overnight, the Israeli military said, adding that
    [[five|other;u=other;a=the Israeli military]] had struck populated areas. Magen David Adom
    said [[four people|killed;a=Magen David Adom]] were killed when a missile hit a residential
    building in Petah Tikva, and [[more than 100|injured;a=Magen David Adom]] were wounded across
    the region. In Ramat Gan, Mayor Carmel Shama-Hacohen said
    [[dozens of apartments|housing;a=Carmel Shama-Hacohen;alt=Mayor Carmel Shama-Hacohen]] had
    been wrecked on a street hit for the {{second}} time in {{three days}}. Police said
    [[three people|missing;a=Police]] were missing in Petah Tikva. The Health Ministry said
    hospitals had received [[1,864 people|injured;a=The Health Ministry]] since {{June 13}},
    [[23|injured;a=The Health Ministry]] of them in serious condition.
    """,
)

item(
    "Four killed in Beersheba hours before the ceasefire",
    """
    [[Four people|killed;a=Magen David Adom]] were killed when an Iranian missile struck a
    residential building in Beersheba at about {{6am}} on {{June 24}}, Magen David Adom said,
    less than {{two hours}} before the ceasefire was due to take effect. Soroka Medical Center
    said it treated [[22 people|injured;a=Soroka Medical Center]]. The army said Iran fired
    [[six missiles|other;a=The army]] in the last barrage of the war. Rescuers were still searching
    for [[one more resident|missing]] who was believed to have been at home. Mayor Ruvik
    Danilovich said [[12 buildings|housing;a=Ruvik Danilovich;alt=Mayor Ruvik Danilovich]] on the
    street had been damaged and [[about 80 residents|displaced;a=Ruvik Danilovich;alt=Mayor Ruvik
    Danilovich]] evacuated. [[Some 250 soldiers|combatants]] of the Home Front Command worked at
    the site.
    """,
)

item(
    "Property tax fund faces record claims after Iranian missile strikes",
    """
    The Israel Tax Authority said on {{July 20}} that it had received
    [[more than 41,000 claims|other;u=other;a=The Israel Tax Authority]] for damage caused by the
    {{12-day}} war with Iran, more than in any conflict since the fund was set up in {{1961}}. The
    claims cover [[about 33,000 apartments|housing;a=the authority;alt=The Israel Tax Authority]],
    [[4,000 vehicles|other;a=the authority;alt=The Israel Tax Authority]] and
    [[2,700 businesses|other;u=other;a=the authority;alt=The Israel Tax Authority]], the authority
    said, estimating the bill at
    {{5 billion shekels}}. Officials said [[some 600 buildings|housing;a=Officials]] need structural
    repairs and [[about 30|housing;u=structure;p;a=Officials]] will have to be demolished.
    [[About 2,200 families|displaced]] are still in hotels or in flats rented by the state, which
    pays up to {{8,000 shekels}} a month per family.
    """,
)

item(
    "Hostage families fear Iran war has pushed Gaza captives off the agenda",
    """
    Relatives of [[the 50 hostages|kidnapped]] still held in Gaza gathered in Tel Aviv on
    {{June 21}} despite Home Front Command limits on public gatherings. The Hostages and Missing
    Families Forum said [[at least 20|kidnapped;a=The Hostages and Missing Families Forum]] of the
    captives are believed to be alive. Police said
    [[about 2,000 people|other;a=Police]] attended. Hamas and its allies took
    [[251 people|kidnapped]] into Gaza in the attack of {{October 7, 2023}}, in which
    [[about 1,200 people|killed]] were killed. [[148 hostages|kidnapped;a=the forum;alt=The Hostages
    and Missing Families Forum]] have since come home alive, the forum said. "Every day of this
    war is a day they do not have," said Einav Zangauker, whose son has been held for
    {{more than 600 days}}.
    """,
)

item(
    "Shin Bet says Iran recruited Israelis to photograph impact sites",
    """
    Israel's Shin Bet security service said on {{June 30}} that police had arrested
    [[two residents|arrested;a=Israel's Shin Bet security service]] of Bnei Brak suspected of
    sending Iranian handlers footage of [[about 15 impact sites|other;a=Israel's Shin Bet security
    service]] during the war. The agency said it had opened [[more than 25 investigations|other;u=other;a=The
    agency;alt=Israel's Shin Bet security service]] into contacts with Iranian agents
    since the start of the year. [[At least 30 Israelis|arrested]] have been charged with spying
    for Iran since {{2023}}, among them [[seven residents|arrested]] of Haifa and
    [[three soldiers|arrested]] from an Iron Dome battery. Prosecutors said one suspect, aged
    {{19}}, was paid {{$1,500}} in cryptocurrency.
    """,
)

item(
    "First rescue flights bring stranded Israelis home",
    """
    [[About 100,000 Israelis|displaced;a=the Transportation Ministry]] were stranded abroad when
    Israel closed its airspace on {{June 13}}, according to the Transportation Ministry. El Al
    said its first [[two rescue flights|other;a=El Al]] landed at Ben Gurion from Larnaca and
    Athens on {{June 18}} carrying [[about 280 passengers|returned;a=El Al]]. The ministry said it
    planned [[about 30 flights a day|other;p;a=The ministry;alt=the Transportation Ministry]] once
    the airport reopened. The cruise ship Crown Iris brought
    [[1,600 Israelis|returned]] from Limassol to Ashdod over [[two sailings|other;u=other]], while
    [[some 4,000|displaced]] were still waiting in Cyprus on Thursday. Travellers were limited to
    one person per family on the first flights, and airlines capped fares at {{$800}}.
    """,
)

item(
    "Health Ministry: more than 3,000 treated in hospitals during the war",
    """
    Israel's Health Ministry said on {{June 25}} that hospitals had treated
    [[3,238 people|injured;a=Israel's Health Ministry]] wounded in Iranian missile attacks between
    {{June 13}} and {{June 24}}. The ministry said [[23 people|injured;a=The ministry;alt=Israel's
    Health Ministry]] had been seriously hurt and [[about 110|injured;a=The ministry;alt=Israel's
    Health Ministry]] moderately, while most of the rest suffered light wounds or acute stress.
    Magen David Adom said [[28 people|killed;a=Magen David Adom]] were killed across Israel, among
    them [[four children|killed;a=Magen David Adom]]. It said it had deployed
    [[about 1,300 paramedics|other;a=Magen David Adom]] to impact sites. The ministry's mental
    health hotline took [[over 4,000 calls|other;u=other]] in the final week.
    """,
)

item(
    "Arab towns say they were left without shelters as missiles fell",
    """
    Leaders of Arab towns in Israel said the war with Iran exposed a shortage of public shelters
    that has been known for {{two decades}}. The National Committee of Arab Mayors said
    [[about 1 million Arab citizens|civilians;a=The National Committee of Arab Mayors]] live in
    towns with few or no public shelters. In Tamra, where [[four women|killed]] of one family were
    killed on {{June 14}}, there are [[11 public shelters|capacity]] for
    [[37,000 residents|civilians]]. In the Negev, [[some 90,000 Bedouin|civilians]] live in
    unrecognised villages with neither sirens nor shelters, a rights group said. The Defence
    Ministry said it would place [[60 mobile shelters|capacity;p;a=The Defence Ministry]] in Arab
    towns within {{two weeks}}, each with room for
    [[about 20 people|capacity;p;a=The Defence Ministry]].
    """,
)

item(
    "Volunteers cook and pack food for evacuees as state help lags",
    """
    The aid group Latet said it had delivered [[12,000 food parcels|aid;a=The aid group Latet]] to
    families evacuated from damaged buildings. The Welfare Ministry said
    [[about 6,000 evacuee families|aid;a=The Welfare Ministry]] had received an emergency grant of
    {{1,000 shekels}} a person. In Holon, [[more than 500 volunteers|other]] at a community kitchen
    cook [[about 3,000 meals a day|aid]] for evacuees housed in hotels around Tel Aviv. Leket Israel
    said it distributed [[40 tonnes|aid;a=Leket Israel]] of fruit and vegetables in the war's second
    week. The Education Ministry handed out [[1,800 school kits|aid]] to children whose homes were
    destroyed, {{two weeks}} before the end of the school year, and volunteers ran day camps for
    [[about 450 evacuee children|aid]] in the hotels.
    """,
)

item(
    "Ben Gurion returns to full schedule after two weeks of closure",
    """
    Ben Gurion Airport returned to its full schedule on {{June 29}}, {{16 days}} after Israel shut
    its airspace at the start of the war with Iran. The Israel Airports Authority said traffic
    was at {{85%}} of its normal level on the first day and should recover fully by mid-July.
    Foreign carriers were slower to return: Lufthansa said it would not resume flights before
    {{July 31}}, and Ryanair cancelled its Tel Aviv routes until late {{October}}. El Al fares on
    European routes were up {{40%}} on a year earlier, and a return ticket to London cost about
    {{$1,200}}. The first departure left at {{5.40am}}.
    """,
)

item(
    "Weizmann Institute puts damage from Iranian missile in the hundreds of millions",
    """
    The Weizmann Institute of Science estimated on {{July 8}} that the Iranian missile that hit
    its campus on {{June 15}} caused damage of about {{$570 million}}. The institute, founded in
    {{1934}}, said some research lines going back {{more than 20 years}} were lost, including
    frozen tissue samples kept at {{minus 80 degrees}}. A life sciences building of
    {{14,000 square metres}} will have to be rebuilt, which could take {{three to four years}}.
    Professor Oren Schuldiner, {{54}}, said his lab had lost {{20 years}} of work in {{a night}}.
    """,
)
