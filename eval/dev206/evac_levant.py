"""dev206 items, part 3: foreign nationals in Israel after 7 October 2023, the evacuations from
Lebanon in 2024 and from Israel and Iran in 2025, and the dual nationals who left Gaza through
the Rafah crossing (14 texts with figures, 2 without)."""

from _wrap import item

item(
    "Thailand brings home farm workers from Israel",
    """BANGKOK - Thailand's foreign ministry said on {{Tuesday}} that
    [[39 Thai nationals|killed;a=Thailand's foreign ministry]] had been killed in the Hamas
    attack of {{7 October}}, [[19|injured;a=Thailand's foreign ministry]] wounded and
    [[32|kidnapped;a=Thailand's foreign ministry]] taken hostage into Gaza. [[About
    30,000 Thais|civilians]] were working in Israel before the war, most of them on
    farms near the Gaza border. [[More than 8,600 workers|returned;a=the labour ministry]] have
    since been flown home on government-chartered and air force flights, the labour ministry
    said, and each is entitled to compensation of {{50,000 baht}}. Officials said
    [[about 1,000 Thais|civilians;a=Officials]] had chosen to stay on with their employers,
    despite the risk. [[Twenty-three Thai hostages|kidnapped]] were freed during the
    {{week-long}} truce in {{November}}, and the bodies of others have been recovered since.""",
)

item(
    "US charters ship from Haifa as Americans seek to leave Israel",
    """A cruise ship chartered by the State Department left the port of Haifa for Limassol on
    {{Monday}} with [[about 360 US citizens|displaced;a=the department;alt=the State Department]] and their relatives on
    board, the department said, although it had room for
    [[up to 1,000 passengers|capacity]]. The crossing to Cyprus takes about {{12 hours}}. By
    {{Friday}}, [[more than 1,500 Americans|displaced]] had left on charter flights to Athens and Frankfurt. President Joe Biden said
    [[at least 30 Americans|killed;a=President Joe Biden]] had been killed in the {{7 October}}
    attack and that [[13|missing;a=President Joe Biden]] were still unaccounted for.
    [[About 20,000|civilians]] had contacted the embassy in Jerusalem for help, out of
    [[an estimated 600,000 US citizens|civilians]] living in Israel. Passengers were asked
    to sign a promissory note to repay the cost of the trip.""",
)

item(
    "Foreign ministries count their dead, missing and hostages",
    """Nationals of countries from Argentina to Thailand were among the dead,
    missing or kidnapped after the Hamas attack on southern Israel, according to a Reuters
    tally of government statements. France said
    [[35 of its citizens|killed;a=France]] had been killed and that
    [[nine|missing;a=France]] were missing, some of them believed to be held in Gaza. Britain
    said [[at least 12 Britons|killed;a=Britain]] were dead and
    [[five|missing;a=Britain]] unaccounted for. Argentina's foreign ministry said
    [[21 Argentines|missing;a=Argentina's foreign ministry]] were missing or being held.
    Nepal said [[10 students|killed;a=Nepal]] on a farm-training programme at Kibbutz Alumim
    had been killed and [[one|kidnapped;a=Nepal]] abducted. In all, Israeli officials say
    [[about 240 people|kidnapped;a=Israeli officials]] were taken into Gaza, among them
    [[more than 130 foreign and dual nationals|kidnapped;a=Israeli officials;n=nationals]].""",
)

item(
    "Airlines cancel Tel Aviv flights after Hamas attack",
    """Airlines including Lufthansa, Air France, Delta and United cancelled flights to Tel Aviv
    within {{48 hours}} of the attack on {{7 October 2023}}, leaving Israel's flag carrier El
    Al and a few others on the route. El Al added flights over the {{Sukkot}} holiday and said
    it would fly on the {{Sabbath}} for the {{first}} time since {{1982}}. Fares from Tel Aviv
    to Larnaca, usually under {{€200}}, were selling for more than {{€1,000}}. The flight takes
    about {{50 minutes}}. Ben Gurion airport's traffic fell by {{80%}} in October, the airports
    authority said.""",
)

item(
    "Turkish navy ships bring 2,000 out of Beirut to Mersin",
    """ANKARA - [[Two Turkish navy ships|other]] carrying
    [[about 2,000 people|displaced;a=the defence ministry]] from Lebanon docked at the
    Mediterranean port of Mersin on {{Thursday}}, the defence ministry said, in the largest
    evacuation Turkey has carried out since {{2006}}. The landing ships TCG Bayraktar and TCG
    Sancaktar can each carry [[up to 1,000 passengers|capacity]], and a frigate escorted them on
    the {{17-hour}} crossing. The ministry said [[1,782|displaced;a=The ministry;alt=the defence
    ministry]] of those on board were Turkish citizens and the rest came from
    [[23 countries|other;u=other;a=The ministry;alt=the defence ministry]]. Foreign Minister
    Hakan Fidan said [[about 14,000 Turks|civilians;a=Foreign Minister Hakan Fidan]] lived in
    Lebanon, and that more ships would sail if needed. [[Three children|injured]] among the
    evacuees were taken to hospital on arrival with minor injuries from the bombardment of
    Beirut's southern suburbs.""",
)

item(
    "Two Australians killed in Lebanon as Canberra books flights",
    """CANBERRA - Foreign Minister Penny Wong said
    [[two Australians|killed;a=Foreign Minister Penny Wong]] had been killed in an Israeli strike
    in southern Lebanon, and urged the [[about 15,000 Australians|civilians;a=Foreign Minister
    Penny Wong]] registered as being in the country to leave while commercial flights were still
    running. The government has booked [[about 1,000 seats|capacity;u=other]] on
    [[two charter flights|other]] from Beirut to Cyprus on {{Saturday}}, and will offer seats to
    permanent residents and their families. By {{Friday}},
    [[more than 3,000 Australians|displaced;a=the department]] had left on commercial flights,
    the department said. [[About 500 Australian Defence Force personnel|combatants]] and
    [[two RAAF aircraft|other]] have been pre-positioned in Cyprus in case a military
    evacuation is needed. A seat on a Middle East Airlines flight to Dubai was selling for
    {{$3,500}}.""",
)

item(
    "Bint Jbeil, 'Little Michigan', watches its homes destroyed",
    """DEARBORN, Michigan - Lebanese Americans in Dearborn say Israeli strikes have destroyed
    [[hundreds of homes|housing]] in Bint Jbeil, the southern Lebanese town where many of them
    were born or spend their summers. Lebanon's national council for scientific research says
    [[about 3,000 buildings|housing;a=Lebanon's national council for scientific research]] have
    been destroyed in the south since {{October 2023}}. The State Department said
    [[two US citizens|killed;a=The State Department]] had been killed in Lebanon in the past
    {{month}}, and that [[about 86,000 Americans|civilians;a=The State Department]] were in the
    country, many with Lebanese passports too. It has arranged
    [[eight flights|other;a=The State Department]] to Istanbul for
    [[more than 1,800 Americans|displaced;a=The State Department]]. In Dearborn, the
    local mosque said it was helping [[about 120 families|displaced;a=the local mosque]] who had
    arrived from Lebanon in the past {{three weeks}}.""",
)

item(
    "Cyprus braces for up to 40,000 people fleeing Lebanon",
    """NICOSIA - Cyprus activated its Estia plan for mass evacuations on {{Tuesday}} and said it
    could receive [[up to 40,000 third-country nationals|displaced;p;a=Cyprus]] fleeing
    Lebanon, {{264 km}} away. The plan can process
    [[about 5,000 people a day|capacity;a=officials]] at Larnaca airport and the port of Limassol, officials
    said. A reception centre in Larnaca has [[600 beds|capacity]], and the government has
    reserved rooms in [[14 hotels|capacity;u=structure]] for people waiting for onward flights.
    Government spokesman Konstantinos Letymbiotis said
    [[more than 1,000 people|displaced;a=Government spokesman Konstantinos Letymbiotis]] had
    arrived on {{Monday}}, on ferries and military flights. Britain has sent
    [[about 700 troops|combatants;a=the Ministry of Defence]] to its bases at Akrotiri and
    Dhekelia to help, the Ministry of Defence said.""",
)

item(
    "Filipino and Sri Lankan domestic workers stranded in Beirut",
    """BEIRUT - [[Hundreds of migrant domestic workers|displaced;a=the International
    Organization for Migration]] have been sleeping in parks and on the seafront in Beirut after
    their employers fled the bombing and left them behind, the International Organization for
    Migration said. Many have no passports, which employers often keep. The Philippine embassy
    said [[about 11,000 Filipinos|civilians;a=The Philippine embassy]] were in Lebanon and that
    [[more than 600|returned;a=The Philippine embassy]] had been repatriated since {{September}};
    it is sheltering [[about 100 women|displaced]] in [[three rented buildings|capacity]]
    in the Christian suburbs. Sri Lanka's labour ministry said it would fly home
    [[up to 400 workers|returned;p;a=Sri Lanka's labour ministry]] whose employers had
    abandoned them. General Security detained [[14 Sudanese and Ethiopian workers|arrested;n=workers;a=a rights group]]
    without papers at a checkpoint near Jounieh on {{Sunday}}, a rights group said. Aid groups
    have handed out [[about 2,500 hygiene kits|aid]] to workers in the shelters.""",
)

item(
    "Israelis stranded abroad and foreigners leave Iran as airspace shuts",
    """Israel closed its airspace on {{13 June}} when it began striking Iran, leaving
    [[more than 100,000 Israelis|displaced;a=the transport ministry]] stranded abroad, the
    transport ministry said. Under Operation Safe Return, El Al and other carriers began flying
    them home from Larnaca, Athens and Rome on [[about 24 flights a day|other]], each limited to
    [[50 passengers|capacity]] for safety reasons. [[Thousands of foreigners|displaced]] left Israel by land
    through the Allenby and Taba crossings. India's Operation Sindhu brought
    [[1,117 Indian nationals|returned;a=the Ministry of External Affairs]] home from Iran by way
    of Armenia and Turkmenistan, the Ministry of External Affairs said, most of them students in
    Tehran. Iranian missiles hit a residential area of Bat Yam, where
    [[more than 60 buildings|housing;a=municipal engineers]] were damaged, municipal engineers
    said. [[Nine people|killed]] were killed there and
    [[about 200|injured]] wounded.""",
)

item(
    "First foreign passport holders leave Gaza through Rafah",
    """RAFAH, Egypt - [[More than 320 foreign passport holders|displaced;a=Egyptian officials]]
    crossed from Gaza into Egypt on {{Wednesday}}, Egyptian officials said, the first to be let
    out since the war began {{25 days}} earlier. Ambulances also brought across
    [[76 wounded Palestinians|injured]], who were taken to hospitals in El Arish, where a field
    hospital with [[300 beds|capacity]] had been set up. Doctors Without Borders said
    [[22 of its international staff|displaced;a=Doctors Without Borders]] were among those who
    left. Egypt's foreign ministry said it would help
    [[about 7,000 foreign nationals|displaced;p;a=Egypt's foreign ministry]] from
    [[more than 60 countries|other;u=other;a=Egypt's foreign ministry]] to leave the strip in
    the coming days. The first buses left for Cairo, about {{350 km}} away, in the evening.""",
)

item(
    "Britons and Americans named on list to leave Gaza",
    """A list published on {{Thursday}} by Gaza's General Authority for Crossings and Borders
    named [[596 foreign passport holders|displaced;p]] allowed to cross into Egypt the next day,
    among them [[127 British nationals|displaced;p]]. The Foreign Office said it believed
    [[about 200 Britons|civilians;a=The Foreign Office]] were still in Gaza, many of them with
    relatives who had no right to leave. In Washington, officials said
    [[about 400 Americans|civilians;a=officials]] and [[600 family members|civilians;a=officials]]
    had asked for help getting out. Canada said [[75 Canadians|displaced;a=Canada]] had crossed
    on {{Tuesday}} and that [[more than 400|displaced;a=Canada]] were still waiting. Names are
    added to the lists only after Israel and Egypt have cleared them, a process that can take
    {{several days}}.""",
)

item(
    "Egyptian firm's fees to leave Gaza soar",
    """CAIRO - An Egyptian travel company with ties to the security services is charging
    {{$5,000}} for each adult and {{$2,500}} for each child under {{16}} to put Palestinians
    from Gaza on its lists to cross at Rafah, families who have paid said. The Palestinian
    ambassador in Cairo said [[about 100,000 Palestinians|displaced;a=The Palestinian ambassador
    in Cairo]] had crossed into Egypt since {{November}}, many of them with dual nationality or
    medical referrals. The firm says it moves [[about 400 people a day|displaced;a=The firm]]
    in its own fleet of [[eight air-conditioned buses|other]] when the crossing is open. Egyptian prosecutors have detained
    [[eight people|arrested;a=Egyptian prosecutors]] accused of selling fake places on the
    lists, the state-run Al-Ahram reported. [[Dozens of families|displaced]] in Britain and
    Canada have raised money online to pay the fees, some of them more than {{$40,000}} for a
    household. The crossing was shut after Israeli troops seized its Gaza side on
    {{7 May}}.""",
)

item(
    "World Central Kitchen pauses Gaza work after strike kills seven staff",
    """[[Seven World Central Kitchen workers|killed]] were killed when Israeli strikes hit their
    convoy of [[three cars|other]] in Deir al-Balah on {{Monday}} night, the charity said,
    although the vehicles were marked with its logo and the army had been told of their route.
    The dead included [[three British security advisers|killed]], an Australian, a Pole, a
    US-Canadian dual national and their Palestinian driver. The charity paused its operations
    and a ship carrying [[about 240 tonnes|aid;a=officials in Cyprus]] of food turned back to
    Larnaca, officials in Cyprus said. The UN said
    [[more than 200 aid workers|killed;a=The UN]] had been killed in Gaza since {{October}}.
    WCK said its [[remaining 32 foreign volunteers|displaced;a=WCK]] had been moved out of the
    strip through the Kerem Shalom crossing, while its
    [[more than 280 Palestinian staff|civilians;a=WCK]] stayed.""",
)

item(
    "American doctors trapped after Rafah crossing shuts",
    """[[Seventeen American doctors|civilians;a=the aid groups]] who went to Gaza with medical
    charities are trapped at the European Hospital in Khan Younis since Israel closed the Rafah
    crossing, the aid groups that sent them said. The closure also stranded
    [[about 1,000 dual nationals|displaced]] who had been cleared to leave before {{7 May}}.
    UNRWA said [[about 800,000 people|displaced;a=UNRWA]] had fled Rafah in the {{two weeks}}
    after the assault began. The World Health Organization said
    [[about 4,900 wounded|injured;a=The World Health Organization]] had been taken out of Gaza
    for treatment before the closure, and that
    [[more than 10,000|injured;a=The World Health Organization]] were still waiting for
    medical evacuation. The State Department said [[about 20 US citizens|civilians;a=The State
    Department]] were in contact with the embassy and wanted to leave. The crossing had been
    Gaza's main route for [[about 150 aid trucks a day|aid]].""",
)

item(
    "Rafah crossing: how the lists work",
    """The Rafah terminal, on Egypt's border with the southern Gaza Strip, normally opens from
    {{9am}} to {{3pm}}, {{five days}} a week. It lies about {{14 km}} from Khan Younis and about
    {{350 km}} from Cairo by road. Under an agreement of {{2005}}, EU monitors were stationed at
    the crossing until {{2007}}. Names of those allowed to leave are published the night before,
    usually after {{10pm}}. Travellers must arrive by {{7am}} and may wait for up to
    {{12 hours}}. A fee of {{$5,000}} has been reported for a place on a private list, and
    {{40%}} of Gaza's residents are under the age of {{15}}.""",
)
