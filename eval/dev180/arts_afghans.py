"""Afghans expelled, deported and returning from Pakistan, Iran and Turkey, and the returnees
in Afghanistan (14 texts with figures, 1 without)."""

from _wrap import item

item(
    "Over 25,000 Afghans cross back via Torkham in a week as deadline lapses",
    """PESHAWAR: [[More than 25,000 Afghan nationals|returned;a=officials]] crossed back into
    Afghanistan through the Torkham border in the past week, officials said on Saturday, as the
    government's deadline for undocumented foreigners to leave the country lapsed. According to
    the Khyber district administration, [[8,340 people|returned;a=the Khyber district
    administration]] left on Friday alone, travelling in [[612 trucks|other;a=the Khyber district
    administration]] and pick-ups piled with charpoys, fans and livestock. A home department
    official told Dawn that [[1,206 undocumented Afghans|arrested;a=A home department official]]
    had been picked up in Peshawar and shifted to holding centres since {{November 1}}, and that
    [[three more holding centres|capacity;p;a=A home department official]] would be set up in
    Landi Kotal and Nowshera. He said [[around 1.7 million Afghans|displaced;a=A home department
    official;v=1700000]] were believed to be living in Pakistan without valid papers. At the
    border, a World Food Programme team was serving [[4,000 hot meals a day|aid]] to families
    waiting in queues that stretched for about {{5km}}. The crossing, which normally closes at
    {{7pm}}, was kept open round the clock.""",
)

item(
    "Iran sending back thousands of Afghans daily via Islam Qala, ministry says",
    """HERAT — Iranian authorities have forced [[more than 3,000 Afghan migrants a
    day|returned;a=the Ministry of Refugees and Repatriation]] back across the Islam Qala
    crossing over the past month, the Ministry of Refugees and Repatriation said on Sunday.
    Officials at the crossing told TOLOnews that [[1,870 families|returned;a=Officials at the
    crossing]] arrived on Saturday along with [[412 unaccompanied children|returned;a=Officials at
    the crossing]]. Returnees said they had been held for up to {{two weeks}} in camps near
    Mashhad before being put on buses to the border. "They loaded [[300 of us|returned;n=-;a=Abdul
    Qadir]] onto [[six buses|other;a=Abdul Qadir]] and drove through the night," said Abdul Qadir,
    {{34}}, who had worked on building sites in Tehran for {{eight years}}. The UN refugee agency
    says [[more than 1.5 million people|returned;a=The UN refugee agency;v=1500000]] have returned
    or been forced back from Iran since {{January 2025}}. Aid groups at the zero point give each
    family a hot meal, a SIM card and {{2,000 afghanis}} for the journey home.
    IOM staff at the crossing said [[about 9,300 returnees|aid;a=IOM staff at the crossing]] had
    received cash grants in the past week.""",
)

item(
    "Returnees from Pakistan face winter in tents in Nangarhar",
    """[[Thousands of families|displaced]] sent back from Pakistan are spending the winter in
    tents at the Omarkhail camp in Nangarhar, where night temperatures fall to {{minus 8C}}. Camp
    managers told Amu TV that [[about 2,600 families|displaced;a=Camp managers]] now live there,
    [[some 700 of them|displaced;n=-;u=household;a=Camp managers]] in tents meant to last
    {{three months}}. The International Organization for Migration said [[more than 240,000
    returnees|civilians;a=The International Organization for Migration]] in the eastern region
    needed winter help, but that it had so far handed out only [[18,500 blankets|aid;a=The
    International Organization for Migration]] and [[3,200 heating kits|aid;a=The International
    Organization for Migration]]. [[Two children|killed;a=residents]] died of cold in the camp
    last week, residents said. Zarmina, {{29}}, said her family had lived in Peshawar for {{40
    years}} and owned nothing in Afghanistan. "My children have never seen this country," she
    said.""",
)

item(
    "Pakistan orders Afghan card holders out of Islamabad and Rawalpindi",
    """ISLAMABAD, {{March 7}} (Reuters) - [[About 800,000 Afghans|returned;p;a=the interior
    ministry]] holding Afghan Citizen Cards must leave Islamabad and Rawalpindi by {{March 31}} or
    face deportation, the interior ministry said on Friday, widening a crackdown that began in
    {{2023}}. Holders of Proof of Registration cards, [[some 1.3 million
    refugees|displaced;v=1300000]], may stay until {{June 30}}. Since the campaign started, [[more
    than 836,000 Afghans|returned;a=the ministry;alt=the interior ministry]] have left or been
    deported, the ministry said. Rights groups say police have raided homes in the capital's
    outskirts and detained [[hundreds of people|arrested;a=Rights groups]], including registered
    refugees. Amnesty International said it had documented the arrests of [[at least 147
    Afghans|arrested;a=Amnesty International]] in {{February}}, [[39 of them|arrested;n=-;a=Amnesty
    International]] women. The Taliban administration said it had set up [[two transit
    camps|capacity;a=The Taliban administration]] at Torkham with space for [[10,000
    people|capacity;a=The Taliban administration]].""",
)

item(
    "At Chaman, a one-way road for Afghans who knew no other home",
    """The queue at the Chaman crossing forms before dawn. In a fenced compound on the edge of
    town, one of [[nine holding centres|capacity;a=Balochistan's home department]] Balochistan's
    home department says it has opened, [[some 1,100 people|arrested;a=staff]] were waiting on a
    recent morning to be processed for removal, staff said. Most had been picked up in Quetta in
    the previous {{48 hours}}. Abdul Wahid, a {{62-year-old}} tailor, said police had taken him
    from his shop along with [[his two sons|arrested;a=Abdul Wahid]], both born in Pakistan. The
    New Humanitarian counted [[38 lorries|other;a=The New Humanitarian]] crossing in an hour,
    loaded with bedding, doors and window frames. On the Afghan side, the Taliban's refugee
    department gives each family {{4,000 afghanis}}; [[about 450 families|aid]] were paid on the
    day of the visit. According to UNHCR, {{60 percent}} of those crossing are children, and [[more
    than 3 million Afghans|displaced;a=UNHCR]] remain in Pakistan.
    Since {{January}}, [[more than 160,000 people|returned;a=UNHCR]] have crossed at Chaman,
    UNHCR says.""",
)

item(
    "Iran expels Afghans en masse after war with Israel",
    """TEHRAN (AFP) - Iran has expelled [[more than 500,000 Afghans|returned;a=the United
    Nations]] in just {{16 days}} since its war with Israel ended on {{June 24}}, the United
    Nations said on Tuesday, as Tehran accused some migrants of spying. On a single day, {{July
    4}}, [[over 51,000 people|returned;a=the International Organization for Migration (IOM)]]
    crossed at Islam Qala, said the International Organization for Migration (IOM). The
    reception centre there was designed to handle [[7,000 people a day|capacity;a=aid workers]],
    aid workers said. Iranian police said they had arrested [[21 Afghan nationals|arrested;a=Iranian
    police]] on suspicion of working for Israel's intelligence services. UNHCR says Iran hosts
    [[about 3.5 million Afghans|displaced;a=UNHCR;v=3500000]], and Tehran has said it wants [[2
    million of them|returned;p;n=-;a=Tehran]] out by {{March 2026}}.""",
)

item(
    "Afghan migrants killed by Iranian border guards, survivors say",
    """Iranian border guards opened fire on [[about 250 Afghan migrants|displaced;a=survivors]]
    as they tried to cross into Sistan-Baluchestan province near Saravan late on Sunday,
    survivors told Amu TV. A health official in Nimroz said the bodies of [[11 men|killed;a=A health
    official in Nimroz]] had been brought back across the border and that [[at least 17
    others|injured;a=A health official in Nimroz]] were being treated in Zaranj. Survivors said
    [[dozens of people|missing;a=Survivors]] were still unaccounted for. Those who were not shot
    were detained and pushed back into Afghanistan the next morning; [[some 90 of
    them|returned;n=-;a=border officials]] were registered at the Pul-e Abrisham crossing, border
    officials said. Iran's border police denied the account, saying guards had fired warning
    shots. The Taliban's foreign ministry said it had summoned Iran's charge d'affaires.
    A Kabul-based rights group said [[at least 23 Afghans|killed;a=A Kabul-based rights group]]
    had been shot dead at the border in {{2024}}.""",
)

item(
    "In Kabul, deportees from Iran queue for flour and oil",
    """At a World Food Programme distribution point on the western edge of Kabul, [[hundreds of
    women|aid]] queue from early morning for flour and cooking oil. Most come from [[some 40,000
    families|returned;a=the Ministry of Refugees and Repatriation]] that have settled in the
    capital after being deported from Iran this year, according to the Ministry of Refugees and
    Repatriation. The WFP said it had reached [[1.2 million returnees|aid;a=The
    WFP;v=1200000]] since April but would have to cut assistance to [[about 300,000
    people|aid;p;a=The WFP]] from next month because of funding shortfalls. Deportees get a
    one-off payment of {{$150}}, which rarely covers more than {{a month}} of rent. Rights groups
    warn that [[thousands of returnees|civilians;a=Rights groups]] who served in the former army
    or police face reprisals. The city's [[two reception centres|capacity]] have been full since
    {{May}}.""",
)

item(
    "Karachi police detain hundreds of Afghans in overnight raids",
    """KARACHI: Police detained [[more than 400 Afghan nationals|arrested;a=police officials]] in
    raids on Sohrab Goth and Al-Asif Square overnight, police officials said on Thursday. Of them,
    [[312 people|arrested]] had no documents and were moved to the Sultanabad holding centre; the
    rest were freed after their cards were checked. A senior official said [[1,974
    Afghans|returned;a=A senior official]] had been sent from Karachi to the Chaman border in [[47
    buses|other;a=A senior official]] since the start of the month. Traders in the Afghan Basti
    market said [[around 3,000 shops|other;a=Traders in the Afghan Basti market]] had stayed shut
    for {{a week}} for fear of arrest. Sindh's home minister told reporters the province expected
    to send back [[another 20,000|returned;p;a=Sindh's home minister]] by the end of
    {{December}}.""",
)

item(
    "Over 2 million returned from Iran and Pakistan in 1403, ministry says",
    """KABUL — [[More than 2.1 million Afghans|returned;a=the Ministry of Refugees and
    Repatriation;v=2100000]] came back from Iran and Pakistan in the solar year {{1403}}, the
    Ministry of Refugees and Repatriation said on Wednesday, [[1.4 million of
    them|returned;n=-;a=the Ministry of Refugees and Repatriation;v=1400000]] from Iran. Mohammad
    Zaman Samim, a ministry spokesman, told TOLOnews that {{70 percent}} had been forcibly
    deported. He said the ministry had distributed aid to [[412,000 families|aid;a=Mohammad Zaman
    Samim]] and built [[3,500 homes|housing;a=Mohammad Zaman Samim]] for returnees in Nangarhar
    and Kandahar. The ministry expects [[up to 1 million more|returned;p;n=-;a=The ministry]] in
    the current year, as Pakistan's deportation drive enters its {{third phase}}.
    Of those who came from Pakistan, [[about 270,000|returned]] crossed at Torkham and
    [[190,000|returned]] at Spin Boldak.""",
)

item(
    "UNHCR warns Afghanistan cannot absorb returns at this pace",
    """GENEVA (Reuters) - Afghanistan is struggling to absorb [[some 2.6 million
    people|returned;a=the UN refugee agency;v=2600000]] who have come back from Iran and Pakistan
    this year, the UN refugee agency said on Friday, warning that [[another 1
    million|returned;p;a=the UN refugee agency]] could be pushed back before the end of {{2025}}.
    Leila Haddad, UNHCR's deputy representative in Kabul, told a briefing that in some districts
    of Herat the population had grown by {{30 percent}} in {{six months}}, and that [[more than
    9,000 families|returned;a=Leila Haddad]] had arrived in Injil district alone. The agency said
    its appeal of {{$216 million}} for the returns was only {{23 percent}} funded, so it could help
    just {{one in five}} returnee households. Among the returnees are [[some 18,000 unaccompanied
    children|returned]], who are kept at the [[four reception centres|capacity]] along the
    borders until relatives can be traced.
    WFP said it had served hot meals to [[more than 700,000 people|aid;a=WFP]] at the crossings
    since {{June}}. [[Between 150 and 200 trucks a day|other]] loaded with returnees' belongings
    cross at Islam Qala.""",
)

item(
    "Pakistan extends stay of Afghan refugees with PoR cards",
    """ISLAMABAD: The federal cabinet on Tuesday extended the validity of Proof of Registration
    cards held by Afghan refugees until {{June 30, 2025}}, the {{third}} extension since the
    deportation drive began in {{October 2023}}. The cards, first issued in {{2006}}, had expired
    on {{December 31}}. A cabinet member said the meeting lasted {{four hours}} and that the
    decision followed a request from Kabul and the UN refugee agency. Officials are to review the
    plan within {{90 days}}, he said, adding that this would be "the last extension".""",
)

item(
    "Born in Iran, deported to a country they never knew",
    """Nearly {{a third}} of the Afghans who crossed back from Iran this year were children, many of
    them born in Iran, according to Save the Children. The charity said [[at least 480,000
    children|returned;a=The charity;alt=Save the Children]] had arrived at Islam Qala and Milak
    since January, [[about 9,000 of them|returned;n=-;a=The charity;alt=Save the Children]]
    without a parent. At the peak in July, [[more than 5,000 children a day|returned;a=the IOM]]
    crossed at Islam Qala, the IOM said. In Herat, Sima, {{14}}, sat with [[her four
    siblings|returned]] at a reception centre where [[1,200 people|displaced]] sleep each night.
    Her father was deported in June; the family followed {{two weeks}} later. In Afghanistan,
    girls above {{the age of 12}} cannot go to school.
    At Milak, the charity's staff counted [[312 children|returned;a=the charity's staff;alt=Save
    the Children]] arriving alone on a single day in {{August}}.""",
)

item(
    "Afghans awaiting resettlement in Germany detained in Islamabad",
    """ISLAMABAD (Reuters) - Pakistani police have detained [[more than 200
    Afghans|arrested;a=lawyers and relatives]] who were waiting in Islamabad for resettlement in
    Germany, lawyers and relatives said, and [[at least 34 of them|returned;n=-;a=lawyers and
    relatives]] have already been deported. Germany's foreign office said [[about 2,000
    people|displaced;a=Germany's foreign office]] with admission approvals were still in Pakistan
    waiting to travel. Since {{2021}}, Germany has taken in [[more than 36,000
    Afghans|displaced;a=the foreign office;alt=Germany's foreign office]] under its programmes,
    according to the foreign office. The new government in Berlin suspended the programmes in
    {{May}}, halting [[two charter flights|other;p]] that had been due to leave Islamabad.
    Britain and the United States have also left [[thousands of Afghans|displaced]] waiting in
    Pakistan for visas that may never come.""",
)

item(
    "Turkey steps up charter deportations of Afghans",
    """ANKARA (AP) — Turkey deported [[more than 44,000 Afghans|returned;a=the Presidency of
    Migration Management]] last year, most of them on charter flights from Istanbul and Erzurum
    to Kabul, according to the Presidency of Migration Management. The agency said it had operated
    [[212 charter flights|other;a=The agency;alt=the Presidency of Migration Management]] in
    {{2022}}, each carrying [[about 220 people|returned;a=The agency;alt=the Presidency of
    Migration Management]]. Lawyers in Van said [[dozens of Afghans|returned;a=Lawyers in Van]]
    had been pushed back into Iran without being registered. Turkey holds [[about 13,000
    people|arrested]] in its [[30 removal centres|capacity]], where detainees can wait up to
    {{a year}} for a flight. The Van centre, the largest, has space for [[750
    people|capacity]].""",
)
