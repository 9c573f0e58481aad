"""dev238 items: Gaza, its crossings (Kerem Shalom, Rafah, Zikim, Erez), airdrops, the pier,
convoys, bakeries, shelters and aid workers, 2014-2026."""

from _wrap import item

item(
    "Trucks pile up at Kerem Shalom as UN and COGAT trade figures",
    """
    Aid trucks queued on both sides of the Kerem Shalom crossing on Tuesday as Israeli and UN
    officials gave sharply different counts of what had reached Gaza. COGAT, the Israeli defence
    body that coordinates civilian affairs in the territory, said [[more than 250 trucks|aid;a=COGAT]]
    had been inspected and cleared on Monday alone. The UN Office for the Coordination of
    Humanitarian Affairs said its teams had been able to collect cargo from only
    [[87 trucks|aid;a=UN Office for the Coordination of Humanitarian Affairs]], blaming
    insecurity on the {{4 km}} road from the crossing and looting near Rafah. Some
    [[1,100 truckloads|aid;u=other]] were sitting in the holding area on the Gaza side, a UN
    logistics officer told Reuters. Aid groups say [[at least 500 trucks a day|aid;a=Aid groups;p]]
    are needed to feed a population of [[2.2 million|civilians]]. "The food is there, {{200
    metres}} away, and people are eating grass," one driver said.
    """,
)

item(
    "Pallet kills five as airdrops resume over northern Gaza",
    """
    [[Five people|killed;a=medics at al-Shifa hospital]] were killed and [[at least 10 others|injured;a=medics at al-Shifa hospital]] hurt
    when a parachute failed to open and a pallet fell on a crowd near the Shati camp on
    Friday, medics at al-Shifa hospital said. The drop was one of
    [[12 airdrops|aid]] carried out over the northern Gaza Strip that day by Jordanian, Egyptian,
    French and US aircraft. The US military said its {{C-130s}} had released
    [[38,000 meals|aid;a=The US military]] in [[66 bundles|aid;a=The US military]] along the
    coastline. Aid officials said a single drop carries the load of roughly
    {{one truck}} at many times the cost, and that the [[300,000 people|civilians;a=Aid officials]]
    believed to remain in the north needed road access instead. It was the {{third}} death
    from falling aid in {{two weeks}}.
    """,
)

item(
    "Health ministry says 112 killed in crowd around flour convoy",
    """
    The Gaza health ministry said [[112 people|killed;a=The Gaza health ministry]] were killed
    and [[760|injured;a=The Gaza health ministry]] wounded on {{29 February 2024}} when Israeli
    troops opened fire as thousands of people rushed a convoy of
    [[about 30 trucks|aid]] carrying flour at the Nabulsi roundabout in Gaza City. The
    Israeli military said most of the victims were trampled or run over and that its
    soldiers had fired only at people who approached them. A UN team that visited al-Shifa
    hospital a day later said it had seen "a large number of gunshot wounds" among the
    [[more than 200 patients|injured;a=A UN team]] still there. The convoy had been the
    first to reach the north in more than {{a week}}. Residents said [[dozens of people|missing]]
    were still unaccounted for on Friday.
    """,
)

item(
    "Seven World Central Kitchen workers killed in strike on marked convoy",
    """
    [[Seven aid workers|killed;a=World Central Kitchen]] with World Central Kitchen were
    killed when an Israeli drone struck their three-car convoy in Deir al-Balah on {{1 April
    2024}}, the charity said. They included [[three British security contractors|killed]], a
    Polish national, an Australian, a US-Canadian dual citizen and their Palestinian driver. The
    team had just unloaded [[more than 100 tonnes|aid;a=the charity;alt=World Central Kitchen]]
    of food that arrived by sea from Cyprus, the charity added. World Central Kitchen paused its
    operations, and a ship carrying [[about 240 tonnes|aid]] of supplies turned back to
    Larnaca. The Israeli military later dismissed [[two officers|other;a=The Israeli military]]
    and reprimanded [[three others|other;a=The Israeli military]] over what it called a grave
    mistake.
    """,
)

item(
    "UNRWA schools overflow as shelters take in the displaced",
    """
    UNRWA said on Thursday that [[more than 1.4 million people|displaced;a=UNRWA]] were now
    sheltering in or around [[155 of its facilities|capacity;a=UNRWA;u=structure]] across the
    Gaza Strip, most of them schools. Shelters built to hold
    [[about 1,500 people|capacity]] each were taking in four or five times as many, the agency
    said. In one school in Khan Younis, [[a single toilet|other;v=1;n=toilet;u=other]] was shared
    by [[about 700 people|displaced;n=people]], its staff said. The agency said
    [[146 of its staff|killed;a=The agency;alt=UNRWA]] had been killed since {{7 October}}, the highest toll of
    UN personnel in any conflict. Its warehouses in Rafah held food for {{fewer than
    five days}}, it added.
    """,
)

item(
    "Palestinians stream north as ceasefire opens Netzarim road",
    """
    [[Hundreds of thousands of Palestinians|returned;a=the Gaza government media office]]
    walked or drove north along the coastal road on Monday, the Gaza government media office
    said, as the ceasefire that took effect on {{19 January 2025}} allowed people back across the
    Netzarim corridor for the first time in {{15 months}}. Under the deal, Israel is to let
    in [[600 trucks a day|aid;p]], [[50 of them|aid;p;n=-;u=other]] carrying fuel. Hamas is to free
    [[33 Israeli hostages|kidnapped]] in the first phase in exchange for
    [[about 1,900 Palestinian prisoners|other]], mediators in Qatar said. OCHA said
    [[more than 900 trucks|aid;a=OCHA]] had entered on the first day, the most since the war
    began. Many of those returning found their homes gone: the UN Satellite Centre counts
    [[about 160,000 buildings|housing;a=the UN Satellite Centre]] damaged or destroyed, {{69
    percent}} of all structures in the Strip.
    """,
)

item(
    "Gangs loot most of a 109-truck convoy near Kerem Shalom",
    """
    Armed men stopped a UN convoy after it left Kerem Shalom on Saturday night and looted
    [[98 of its 109 trucks|aid;a=UNRWA]], UNRWA said, in one of the worst such attacks of the
    war. [[Three drivers|injured]] were beaten and
    [[four|missing;a=the Palestinian Trucking Association;n=-]] were still unaccounted for on
    Sunday, according to the Palestinian Trucking Association. Hamas-run police said their
    officers had killed [[more than 20 gang members|killed;a=Hamas-run police]] in a raid on the
    looters east of Rafah and had deployed [[about 3,000 officers|combatants;a=Hamas-run police]]
    to guard aid routes. An internal UN memo seen by The Washington Post said the gangs operated
    "under the passive, if not active, benevolence" of Israeli forces, a claim Israel
    rejected. Flour prices in Deir al-Balah rose {{40 percent}} overnight.
    """,
)

item(
    "Bakeries shut again in Gaza City as flour runs out",
    """
    [[All 19 bakeries|other;a=the World Food Programme;u=structure]] supported by the World Food
    Programme in northern Gaza had closed by Wednesday for lack of flour and cooking gas, the
    agency said. At their peak in March, the bakeries were turning out
    [[about 500,000 bundles|aid]] of bread a
    day, with each bundle of {{2 kg}} feeding a family of five. The Gaza municipality said
    [[11 bakeries|housing;a=The Gaza municipality;u=structure]] in the city had been destroyed
    or badly damaged since the start of the war. "People queue from {{4 am}} and go home with
    nothing," said Abu Khaled, a {{52-year-old}} baker in the Rimal district. WFP said it hoped
    to reopen [[eight of them|other;a=WFP;p;n=-;u=structure]] if [[30 trucks|aid;a=WFP;p]] of flour were
    cleared through Zikim this week.
    """,
)

item(
    "Temporary pier delivers first aid, then breaks apart in heavy seas",
    """
    The first trucks rolled off the US-built floating pier on Gaza's coast on Friday, carrying
    what the Pentagon said was [[about 500 tonnes|aid;a=the Pentagon]] of aid on its first
    full day. [[Around 1,000 US troops|combatants;a=the Pentagon]] were involved in building
    and operating the pier, though none set foot in Gaza, the Pentagon said. The project cost
    {{$320 million}}. Within {{two weeks}} heavy seas broke it apart, and
    [[four Army vessels|other;u=other;n=vessels]] ran aground near Ashdod. By the time it was
    dismantled in July, the pier had moved [[some 8,100 tonnes|aid;a=US Central Command]],
    US Central Command said, enough for a large city for {{a month}}. UN agencies stopped collecting from it after [[a warehouse|housing;v=1;u=structure;n=warehouse]]
    near the beachhead was hit by rockets in June.
    """,
)

item(
    "UN staff detained at checkpoint on Salah al-Din road",
    """
    Israeli forces detained [[two UN staff members|arrested;a=the UN;n=staff members]] and
    [[a Palestinian driver|arrested;v=1;n=driver]] at the Wadi Gaza checkpoint on Tuesday as
    their convoy waited to move north, the UN said. The convoy of
    [[eight trucks|aid]], carrying fuel for hospitals and water wells in Gaza City, was held for
    {{seven hours}} and then turned back. The UN has said [[at least 32 of its personnel|arrested;a=The UN]]
    have been detained in Gaza since the start of the war, [[18 of them|arrested;a=The UN;n=-]]
    still in custody. COGAT said the detentions were "routine security checks" and that the driver had
    since been released. Aid agencies say such stops have cut convoy movements in the north to
    [[fewer than three a day|aid;a=Aid agencies;n=-;u=other]].
    """,
)

item(
    "Schools fill as Kerem Shalom closes after mortar fire (2014)",
    """
    The UN agency for Palestinian refugees said on Sunday that
    [[some 270,000 people|displaced;a=The UN agency for Palestinian refugees]] were now
    sheltering in [[90 of its schools|capacity;a=The UN agency for Palestinian refugees;u=structure]]
    across Gaza, three times the number it housed at the height of the {{2009}} war. Each school
    was designed for [[about 1,000 pupils|capacity]] and now held up to three times that. The
    Kerem Shalom crossing was closed for a {{second}} day after mortar rounds landed near the
    terminal, leaving [[around 150 trucks|aid]] of food and medicine stuck on the Israeli side, Israeli
    officials said. A Palestinian contractors' union estimated that
    [[more than 10,000 homes|housing;a=A Palestinian contractors' union]] had been destroyed or
    made uninhabitable since {{8 July}}. Power was available for {{about four hours}} a day.
    """,
)

item(
    "Dozens killed near food hubs as new distribution system begins",
    """
    [[At least 31 people|killed;a=the Gaza civil defence agency]] were killed and
    [[more than 170|injured;a=the Gaza civil defence agency]] wounded on Sunday as crowds
    converged on a food distribution site run by the Gaza Humanitarian Foundation in Rafah,
    according to the Gaza civil defence agency. The US- and Israeli-backed foundation, which
    operates [[four hubs|other;a=The US- and Israeli-backed foundation;u=structure]] in southern
    and central Gaza, denied there had been any shooting at its site. It said it had handed out
    [[about 16,000 boxes|aid;a=It;alt=the Gaza Humanitarian Foundation]] of food, each meant to
    feed {{5.5 people}} for {{3.5 days}}. The sites are guarded by
    [[several dozen American contractors|combatants]] carrying firearms. Relatives said
    [[at least nine men|missing;a=Relatives]] who had set off before dawn had not come home.
    UN agencies, which ran [[some 400 distribution points|other]] before the system changed,
    refused to take part.
    """,
)

item(
    "Truce frees hostages as fuel and aid trucks move into Gaza",
    """
    [[Thirteen Israeli hostages|kidnapped;a=Qatar]] were freed on the first day of the truce,
    Qatar said, along with [[10 Thais|kidnapped;a=Qatar]] and a Filipino held outside the
    deal. Israel released [[39 Palestinian women and teenagers|other]] from its prisons in
    return. Egypt said [[200 trucks|aid;a=Egypt]] of aid and
    [[four fuel tankers|aid;a=Egypt]] had crossed at Rafah, the largest convoy since {{7 October}}.
    Under the {{four-day}} pause, [[50 hostages|kidnapped;p]] are to be exchanged for
    [[150 Palestinian prisoners|other;p]]. The Palestine Red Crescent said its teams had reached
    [[more than 60 families|aid;a=The Palestine Red Crescent]] in northern Gaza for the first
    time in {{six weeks}}.
    """,
)

item(
    "Rafah empties as offensive cuts the crossing",
    """
    [[Nearly 800,000 people|displaced;a=UNRWA]] have fled Rafah since Israeli forces moved into
    the city on {{6 May}}, UNRWA said, many of them for the {{fourth}} or {{fifth}} time. With
    the Rafah crossing shut and Kerem Shalom largely cut off by fighting,
    [[some 2,000 trucks|aid;a=the Egyptian Red Crescent]] were waiting on the Egyptian side at
    al-Arish, according to the Egyptian Red Crescent. Drivers said food in [[hundreds of them|aid;n=-;u=other]] had
    begun to rot in {{40 C}} heat. The agency said only
    [[about 20 trucks|aid;a=The agency;alt=UNRWA]] had reached its warehouses in Deir al-Balah in
    the past week. The Israeli army said it had sent
    [[two more brigades|combatants;u=other;n=brigades]] into the city's eastern districts.
    """,
)

item(
    "Residents return to ruined Khan Younis after troops pull out",
    """
    [[Thousands of Palestinians|returned]] walked back into Khan Younis on Monday after the
    Israeli army withdrew its last division from southern Gaza, finding whole neighbourhoods
    flattened. The municipality said [[at least 55,000 housing units|housing;a=The municipality]]
    had been destroyed or damaged, along with [[23 of the city's 26 water wells|other;a=The municipality;n=water wells]].
    Civil defence crews said they had recovered [[about 60 bodies|killed;a=Civil defence crews]]
    from the rubble in {{two days}} and that [[hundreds more|missing;a=Civil defence crews;n=-]] were believed buried.
    UNICEF said [[12 water trucks|aid;a=UNICEF]] had begun daily runs from Rafah, bringing
    {{15 litres}} per person per day, a third of the emergency minimum.
    """,
)

item(
    "Jabalia under siege: UN says food has not entered in weeks",
    """
    No food has entered northern Gaza for {{two weeks}}, the World Food Programme said on
    Tuesday, leaving [[an estimated 400,000 people|civilians;a=the World Food Programme]] cut
    off as Israeli forces besieged Jabalia. Of [[54 planned missions|aid;a=OCHA]] to the north
    in October, [[only four|aid;a=OCHA;n=-;u=other]] were facilitated, OCHA said. The Israeli army said it had let
    [[about 20,000 people|displaced;a=The Israeli army]] leave the camp through a corridor to
    Gaza City and had detained [[hundreds of men|arrested;a=The Israeli army]] it suspected of
    belonging to armed groups. Civil defence officials said [[more than 100 people|civilians;a=Civil defence officials]]
    were trapped under buildings they could not reach. [[At least two shelters|housing;a=the agency;alt=UNRWA]]
    run by UNRWA in the camp were hit, the agency said, without giving a toll.
    """,
)

item(
    "UNRWA warns it can pay salaries only until the end of the month",
    """
    UNRWA said on {{Thursday, 8 February 2024}}, that it would be unable to continue operations in
    Gaza and the wider region beyond the end of February if donors did not restore funding.
    Donors including the United States, Germany and Sweden had suspended contributions worth
    about {{$450 million}} after Israel alleged that staff took part in the {{7 October}} attack. The
    agency's {{2024}} budget was {{$1.6 billion}}, and the United States alone provided close
    to {{a third}} of its income in {{2022}}. Commissioner-General Philippe Lazzarini, {{60}},
    said the agency had been "a lifeline" since {{1949}} and that its food pipeline in Gaza
    depended on cash arriving within {{three to four weeks}}.
    """,
)

item(
    "Explainer: how aid gets into Gaza, and why it is so slow",
    """
    Before {{October 2023}}, goods entered Gaza mainly through Kerem Shalom, a crossing at the
    point where Gaza, Israel and Egypt meet, about {{3.5 km}} from the Rafah terminal. Cargo
    bound for Gaza through Egypt must first be driven some {{40 km}} south to Nitzana or to
    Kerem Shalom for Israeli inspection, a round trip that can take {{two to three days}}.
    Crossings typically open from {{8 am}} to {{4 pm}} and close on Saturdays. The UN
    emergency standard is {{2,100 kilocalories}} and {{15 litres}} of water per person per day;
    in {{2024}} the WFP said households in the north were getting less than {{40 percent}} of
    that. Israel's Route {{96}} and the Zikim crossing, opened in {{May 2024}}, were meant to
    shorten the trip to the north.
    """,
)
