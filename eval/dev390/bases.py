"""The evacuees after the airlift, 2021-2023: the transit sites in Qatar, Germany, Uganda,
Albania, Kosovo and the UAE, the US bases of Operation Allies Welcome, resettlement in the US
and Canada, and the visa backlogs (17 texts, 2 of them without a figure)."""

from _wrap import item

item(
    "Eight US bases now house 53,000 Afghan evacuees",
    """[[About 53,000 Afghan evacuees|displaced;a=the Department of Homeland Security]] are living
    on [[eight military bases|capacity;u=structure;a=the Department of Homeland Security]] in the
    United States while they are vaccinated and processed, the Department of Homeland Security said
    on {{15 October}}. Fort Bliss in Texas holds the largest group, [[nearly 10,000
    people|displaced]], followed by Fort McCoy in Wisconsin with [[about 9,500|displaced;n=-]].
    Officials said Fort McCoy could take [[up to 13,000|capacity;n=-;a=Officials]] if needed. A
    further [[14,000 Afghans|displaced;a=the department;alt=the Department of Homeland Security]]
    have already left the bases to join family or resettlement agencies, the department said.
    [[Roughly 2,000 more|displaced;n=-]] remain at transit sites in Europe and the Middle East.
    [[More than 6,000 service members|combatants]] have been assigned to support the mission,
    known as Operation Allies Welcome.""",
)

item(
    "Measles cases halt evacuee flights to the US",
    """The United States paused flights of Afghan evacuees for {{about a week}} after [[four
    cases|other;u=other;a=the White House]] of measles were found among new arrivals, the White
    House said on {{10 September}}. By the end of the month health officials had counted [[24
    measles cases|other;a=health officials]] at Fort McCoy and other sites. The Centers for Disease
    Control and Prevention said [[more than 49,000 evacuees|aid;a=The Centers for Disease Control
    and Prevention]] had been vaccinated against measles, mumps and rubella on the bases or at
    the transit hubs. [[About 1,000 people|other]] who had been in contact with the infected
    were quarantined at Fort McCoy, which sits on {{60,000 acres}} of central Wisconsin. Health workers gave [[about 9,000 doses|aid]] of vaccine at Fort McCoy in a single week. Flights resumed once [[the roughly 13,000 evacuees|displaced;a=officials]] still waiting in Qatar and
    Germany had been vaccinated, officials said.""",
)

item(
    "Ramstein's tent city took in 34,000 Afghans, US Air Force says",
    """[[Some 34,000 evacuees|displaced;a=the US Air Force]] passed through Ramstein Air Base in
    {{five weeks}}, the US Air Force said as the last of them left for the United States on {{7
    October}}. Airmen put up [[more than 300 tents|capacity]] on the flight line
    and in hangars, with space for [[about 12,000 people|capacity]] at any one time. Volunteers
    served [[up to 30,000 meals a day|aid]] at the peak, and [[22 babies|other]] were born to
    evacuee mothers on or near the base. A German official said [[about 2,000 of the
    evacuees|displaced;a=A German official]] had been taken on to Rhine Ordnance Barracks when
    Ramstein ran out of room. The base is about {{120 km}} from Frankfurt.""",
)

item(
    "Qatar says 58,000 passed through Doha, a fifth of all evacuees",
    """Qatar said on {{1 September}} that [[about 58,000 people|displaced;a=Qatar]] evacuated from
    Kabul had transited through its territory, roughly {{a fifth}} of all those flown out.
    [[More than 15,000|displaced;n=-]] were at Al Udeid Air Base on a single night in late
    August, sleeping in hangars and on the floors of aircraft shelters. Qatari caterers delivered
    [[48,000 meals|aid]] a day at the height of the operation, the foreign ministry said. Doha
    later set up [[four compounds|capacity;u=structure;a=officials]] in the capital for evacuees
    awaiting onward flights, including the Park View villas built for the World Cup, officials
    said. By {{mid-October}} [[fewer than 3,000 evacuees|displaced;a=the US embassy]] remained in
    the country, according to the US embassy. Qatar's mediation also secured the release of
    [[two Americans|kidnapped;a=Qatar's foreign ministry]] held by the Taliban, Qatar's foreign
    ministry said.""",
)

item(
    "Uganda takes in first 51 Afghan evacuees at US request",
    """[[Fifty-one Afghans|displaced;a=Uganda's state minister for refugees]] landed at Entebbe on
    a chartered flight on {{25 August}}, Uganda's state minister for refugees said, the first of
    [[up to 2,000|capacity;p;n=-;a=Uganda's state minister for refugees]] the country has agreed to
    host temporarily at Washington's request. They were taken to [[two hotels|capacity;u=structure]]
    near the lakeshore, where they will stay for {{up to three months}}. A second flight brought
    [[another 130|displaced;n=-;a=the ministry]] a week later, the ministry said. UNHCR said Uganda already hosts [[more than 1.5 million refugees|displaced;a=UNHCR]], most of them from South Sudan and Congo, and that it was ready to support
    [[the 2,000 expected|capacity;p;n=-;a=UNHCR]]. Police deployed [[about 50
    officers|combatants]] to guard the hotels.""",
)

item(
    "Albania's seaside hotels still house 700 Afghans a year on",
    """[[About 700 Afghans|displaced;a=Albanian officials]] evacuated in {{2021}} were still living
    in hotels and student dormitories in Shëngjin and Durrës in {{August 2022}}, Albanian officials
    said, awaiting US visas that had not come. At the peak, Albania sheltered [[about 2,400
    evacuees|displaced]] in [[11 hotels|capacity;u=structure]] along the Adriatic, among them [[about 140 children|displaced]], paid for by the
    Soros-funded Open Society Foundations and others. [[More than 1,600|displaced;n=-;a=the
    government]] have since left for the United States, Canada and Britain, the government said.
    Prime Minister Edi Rama said Albania would keep [[the remaining 700|displaced;p;n=-;a=Prime
    Minister Edi Rama]] for as long as they needed, and that [[about 20 families|displaced;a=Prime
    Minister Edi Rama]] had asked to stay for good.""",
)

item(
    "Camp Bondsteel holds Afghans flagged in vetting",
    """Kosovo agreed to host [[up to 2,000 Afghans|capacity;a=Kosovo]] who could not be flown
    straight to the United States, and [[about 1,900|displaced;n=-]] passed through Camp
    Bondsteel, the main US base there, in {{2021-22}}. A State Department official said [[42
    Afghans|other;a=A State Department official]] had been held at the camp for months because of
    derogatory information found in screening. Their lawyers said [[at least 10 of
    them|other;n=-;a=Their lawyers]] had been cleared and that [[two|arrested;n=-;a=Their lawyers]]
    had been detained by Kosovo police. The last [[eight evacuees|displaced;a=the embassy]] left for
    Virginia in {{June 2022}}, the embassy said. The camp housed [[about 7,000 NATO
    troops|combatants]] at the height of the Kosovo mission of {{1999}}.""",
)

item(
    "Afghans held in UAE humanitarian city protest over delays",
    """[[Hundreds of Afghans|other;a=residents]] staged a protest at the Emirates Humanitarian City
    in Abu Dhabi on Thursday over delays in processing their cases, residents said. The compound,
    built to house migrant workers, has held [[about 2,700 evacuees|displaced;a=Human Rights
    Watch]] since {{August 2021}}, according to Human Rights Watch. Security guards detained [[at
    least 12 protesters|arrested;a=the group;alt=Human Rights Watch]], the group said. The State
    Department said it had moved [[more than 1,000|displaced;n=-;a=The State Department]] on to the
    US in recent months and would process [[the remaining 1,700|displaced;p;n=-;a=The State
    Department]] by the spring. [[About 500 children|displaced]] in the compound, some as young as {{six}}, have missed
    {{more than a year}} of school.""",
)

item(
    "Resettlement agencies scramble to place 76,000 Afghans",
    """The nine national resettlement agencies are placing [[some 76,000 Afghans|displaced;a=the State
    Department]] who arrived under Operation Allies Welcome, according to the State Department,
    the largest such effort since the Vietnam war. The International Rescue Committee said it had
    resettled [[more than 10,000 evacuees|displaced;a=The International Rescue Committee]] in
    cities from Sacramento to Baltimore and had hired [[about 300 extra staff|other;a=The International Rescue Committee]]. Church World Service said [[4,500 volunteers|other;a=Church World Service]] had
    signed up to help furnish apartments and enrol children in school. Agencies said [[fewer than
    20 Afghans|displaced;a=Agencies]] had been placed in some states and [[as many as 4,000|displaced;n=-;a=Agencies]]
    in California. Catholic Charities said it had found apartments for [[about 900 families|displaced;a=Catholic Charities]]. Each arrival receives {{$1,225}} in one-time aid from the federal
    government.""",
)

item(
    "Canada reaches 40,000 Afghan arrivals target",
    """Canada has welcomed [[40,000 Afghans|displaced;a=Immigration Minister Sean Fraser]] since
    {{August 2021}}, meeting the target it set after the fall of Kabul, Immigration Minister Sean
    Fraser said on {{24 October 2023}}. [[About 18,000 of them|displaced;n=-]] came through a
    special programme for former employees of the Canadian government and their families, and
    [[more than 21,000|displaced;n=-]] as refugees referred by UNHCR and private sponsors. The
    department said it still had [[about 5,000 applications|other;u=other;a=The department]] in
    its queue. Advocates said [[at least 3,000 interpreters and their relatives|civilians;a=Advocates;n=interpreters and their relatives]]
    who had helped Canadian troops in Kandahar remained in Afghanistan or Pakistan. Canada had
    deployed [[some 40,000 troops|combatants]] to Afghanistan over {{13 years}}; [[158|killed;n=-]] were
    killed.""",
)

item(
    "Two evacuees charged after Fort McCoy assaults",
    """Federal prosecutors in Wisconsin charged [[two Afghan evacuees|arrested;a=Federal prosecutors
    in Wisconsin]] housed at Fort McCoy with assault and sexual offences, the Justice Department
    said on {{22 September}}. One, {{aged 20}}, is accused of abusing minors; the other, {{32}}, of
    strangling his wife. An Army spokesman said [[about 12,600 evacuees|displaced;a=An Army
    spokesman]] were then living at the base, in barracks built for [[the 13,000|capacity;n=-]] the
    post could accommodate. Military police had made [[15 arrests|arrested;u=person;a=the
    spokesman;alt=An Army spokesman]] on the base since evacuees began arriving, the spokesman
    said. [[More than 200 soldiers|combatants]] patrol the housing area, where [[about 3,000 children|displaced]] live.""",
)

item(
    "Special immigrant visa backlog still tops 60,000 applicants",
    """The State Department said on {{3 April 2024}} that [[about 60,000 principal
    applicants|other;a=The State Department]] for Special Immigrant Visas were somewhere in the
    pipeline, with [[some 140,000 family members|other]] behind them. It issued [[more than 18,000
    visas|other;u=other;a=The State Department]] to Afghans in fiscal {{2023}}, a record, but
    processing still takes {{an average of 18 months}}. Congress authorised [[another 12,000
    visas|other;u=other;p]] in the spending bill, enough to cover applicants expected through {{2025}}. No
    One Left Behind, a charity founded by veterans, says [[more than 300 interpreters or their
    relatives|killed;a=No One Left Behind;n=interpreters or their relatives]] have been killed by
    the Taliban since {{2014}} while waiting. The group said [[at least 1,500 applicants|civilians;a=The
    group;alt=No One Left Behind]] it is in touch with are in hiding inside Afghanistan.""",
)

item(
    "Dulles expo centre becomes front door for Afghan evacuees",
    """[[More than 50,000 evacuees|displaced;a=Virginia officials]] have been processed at the Dulles
    Expo Center since {{late August}}, Virginia officials said, making a convention hall in
    Chantilly the main entry point for the airlift into the United States. At the peak the hall
    received [[about 2,000 people a day|displaced]] from [[roughly 130 flights|other]] landing at
    Washington Dulles and Philadelphia. Volunteers set up [[1,000 cots|aid]] and handed out [[more
    than 20,000 hygiene kits|aid;a=the Red Cross]], the Red Cross said. [[About 600 volunteers|other]] worked each
    shift. Customs and Border Protection said [[44 evacuees|other;a=Customs and Border
    Protection]] had been referred for further screening on arrival.""",
)

item(
    "Afghan parolees face cliff edge as status runs out",
    """[[About 77,000 Afghans|displaced]] were admitted to the United States on humanitarian parole
    after the fall of Kabul, a status that lasts {{two years}}. The Department of Homeland Security
    said [[more than 36,000|other;n=-;a=The Department of Homeland Security]] had applied for
    asylum and [[about 7,800|other;n=-;a=The Department of Homeland Security]] had been granted it.
    Advocates warned that [[up to 40,000 people|civilians;p;a=Advocates]] could lose the right to
    work if parole was not extended and Congress failed to pass the Afghan Adjustment Act, which
    has stalled since {{2022}}. [[Between 15,000 and 20,000 asylum cases|other;u=other;a=lawyers]] are still pending, lawyers say. Evacuees in Texas said [[at least 60 relatives|missing;a=Evacuees in
    Texas]] left behind in Kabul had not been heard from since the takeover.""",
)

item(
    "Afghan girls' boarding school reopens in Rwanda",
    """The School of Leadership, Afghanistan, Kabul's only girls' boarding school, has moved [[about
    250 students, staff and relatives|displaced;n=students, staff and relatives;a=Shabana Basij-Rasikh]] to Kigali, its founder, Shabana Basij-Rasikh, said. Rwanda's government gave
    the school a campus with dormitories for [[300|capacity;n=-]]. [[Another 100 students|displaced;p;a=Shabana Basij-Rasikh]]
    are due to join them next year, she said. Basij-Rasikh said [[about 40 students|civilians;a=Basij-Rasikh]] and [[between 20 and 30 teachers|civilians;a=Basij-Rasikh]] were still in Afghanistan, where girls over {{12}} have been barred from secondary school since
    {{March 2022}}. Rwanda has also agreed to host [[up to 1,000 Afghans|capacity;p;a=officials in Kigali]] under
    a separate deal with Washington, officials in Kigali said.""",
)

item(
    "Congress puts price on Operation Allies Welcome",
    """Congress approved {{$6.3 billion}} for Operation Allies Welcome in {{September 2021}}, and a
    further {{$1.2 billion}} followed in {{2022}}. The Government Accountability Office said in
    {{2023}} that about {{40%}} of the money had gone to the Defense Department for housing and
    feeding evacuees on the bases, and {{about a quarter}} to resettlement grants. The operation
    ended in {{July 2022}}, {{11 months}} after the first flights landed at Dulles.""",
)

item(
    "Kabul evacuee opens bakery in Sacramento",
    """Mahmood Sultani, {{34}}, worked as an interpreter for US special forces for {{nine years}}
    before he was flown out of Kabul on {{22 August 2021}} with his wife and daughter, then aged
    {{three}}. He opened a bakery in Sacramento in {{May 2024}} with a {{$50,000}} loan, and says
    sales have grown {{30%}} since the autumn. "We came with nothing," he said. His naan sells for
    {{$4}}, and he opens at {{5 a.m.}} every day.""",
)
