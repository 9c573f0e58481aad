"""dev335 items: the North-West region (Bamenda, Bui, Ngoketunjia, Menchum, Donga-Mantung, Mezam)."""

from _wrap import item

item(
    "Homes torched in Kumbo as separatists enforce lockdown",
    """Suspected separatist fighters burned [[at least 47 houses|housing;a=residents]] in the
    Tobin and Mbve neighbourhoods of Kumbo overnight on {{March 3}}, residents said.
    [[Four civilians|killed;a=a local priest]], among them a {{72-year-old}} retired teacher,
    were shot dead and [[two others|injured;a=a local priest]] were wounded, a local priest told
    AFP by telephone. The fighters accuse residents of defying a {{10-day}} lockdown declared
    ahead of the {{February 11}} Youth Day celebrations. "[[More than 300 people|displaced;a=a
    local priest]] slept in the cathedral compound last night, and [[two young men|missing;a=a
    local priest]] have not come home," he said. The army said [[three assailants|killed;a=The
    army]] had been "neutralised" in a follow-up operation and [[two assault rifles|other;a=The
    army]] seized, one of them an {{AK-47}}. The Catholic Diocese of Kumbo said [[some 1,200
    families|displaced;a=The Catholic Diocese of Kumbo]] had fled the town's outskirts since
    January.""",
)

item(
    "Gunmen seize pupils from Bamenda boarding school",
    """Gunmen stormed a Presbyterian secondary school in Nkwen, a suburb of Bamenda, before dawn
    on {{November 5}} and took away [[23 students|kidnapped;a=church officials]] and [[three
    staff members|kidnapped;a=church officials]], church officials said. The students are
    {{aged 11 to 17}}. [[30 to 40 armed men|combatants;a=witnesses]] took part in the raid,
    witnesses said. The Presbyterian Church in Cameroon said it would close the school and
    send [[its remaining 640 boarders|other;p;a=The Presbyterian Church in Cameroon]] home. On
    Thursday the army said soldiers had freed [[11 of the students|kidnapped;a=the army]] in a
    raid on a separatist camp near Bafut, killing [[two separatist fighters|killed;a=the
    army]]. It was the third mass abduction from a school in the region since {{2018}}. UNICEF
    says [[more than 700,000 children|other;a=UNICEF]] in the North-West and South-West are out
    of school.""",
)

item(
    "North-West displacement tops 350,000, OCHA says",
    """[[An estimated 356,000 people|displaced;a=the UN Office for the Coordination of
    Humanitarian Affairs (OCHA)]] are internally displaced in the North-West region, according
    to the UN Office for the Coordination of Humanitarian Affairs (OCHA). [[Another
    277,000|displaced;n=-;a=the agency;alt=OCHA]] are displaced in the South-West, while [[about
    71,000 Cameroonians|displaced;a=the agency;alt=OCHA]] are registered as refugees in
    Nigeria's Cross River, Benue, Taraba and Akwa Ibom states, the agency said in its monthly
    snapshot. [[Some 1.7 million people|civilians;a=OCHA]] in the two regions need humanitarian
    assistance this year, up from [[1.3 million|civilians;a=OCHA]] in {{2019}}, it said.
    Humanitarian partners plan to reach [[825,000 people|aid;p;a=Humanitarian partners]] with
    food, shelter and health care, but the {{2021}} appeal of {{$361 million}} was only {{28
    per cent}} funded by June. Since {{2017}}, [[more than 6,000 people|killed;a=the
    International Crisis Group]] have been killed in the conflict, the International Crisis
    Group estimates.""",
)

item(
    "Rights group says troops and armed herders killed villagers in Ngarbuh",
    """Human Rights Watch said on Tuesday that soldiers and armed ethnic Fulani killed [[at least
    21 civilians|killed;a=Human Rights Watch]], [[13 of them children|killed;a=Human Rights
    Watch;n=children]], in Ngarbuh, a village in Donga-Mantung division, on {{February 14,
    2020}}. The group said the attackers also burned [[five homes|housing;a=The group;alt=Human
    Rights Watch]] and shot dead a {{32-year-old}} woman as she tried to flee. Residents told
    the rights group that [[about 600 villagers|displaced;a=Residents]] fled into the bush and
    that [[four people|missing;a=Residents]] were still unaccounted for. The government
    initially said [[five civilians|killed;a=The government]] died when fuel containers
    exploded during a gunfight in which [[seven separatists|killed;a=The government]] were
    killed. A commission of inquiry later led to the arrest of [[three soldiers|arrested]].""",
)

item(
    "Military court jails separatist leaders for life",
    """A military court in Yaoundé sentenced separatist leader Julius Ayuk Tabe and [[nine
    co-defendants|arrested]] to life in prison early on Tuesday after a hearing that lasted
    {{17 hours}}. The group, known as the {{Nera 10}} after the Abuja hotel where they were
    seized in {{January 2018}}, were also ordered to pay {{250 billion CFA francs}} in damages.
    Their lawyers said [[at least 1,000 Anglophone detainees|arrested;a=Their lawyers]] remain
    in Kondengui prison in Yaoundé and in Buea. Amnesty International said in a report that
    [[more than 160 people|arrested;a=Amnesty International]] were picked up in Bamenda in a
    single sweep in {{September 2019}} and that [[at least 20|missing;n=-;a=Amnesty
    International]] had not been heard from since. [[A dozen lawyers|arrested]] were briefly
    detained outside the court. Government spokesman René Emmanuel Sadi said [[333
    detainees|arrested;a=Government spokesman René Emmanuel Sadi]] had been freed under a
    presidential pardon in {{2018}}.""",
)

item(
    "MSF halts North-West work as attacks on clinics mount",
    """Médecins Sans Frontières (MSF) said on Wednesday it was suspending its activities in the
    North-West after the authorities accused its staff of colluding with separatists. The
    charity said its ambulances had carried [[some 4,200 patients|aid;a=The charity;alt=MSF]]
    to hospital in the past year, [[more than 180|injured;n=-;a=The charity;alt=MSF]] of them
    with gunshot wounds. Health officials in Bamenda said [[12 health centres|housing;a=Health
    officials in Bamenda]] had been burned or looted in the region since {{2018}} and [[34
    more|other;n=-;u=structure;a=Health officials in Bamenda]] had closed because staff fled.
    [[Two nurses|killed]] were shot dead at a clinic near Ndop in July. The World Health
    Organization recorded [[27 attacks on health care|other;u=other;n=attacks;a=The World
    Health Organization]] in Cameroon in {{2021}}. [[Around 440,000 people|civilians;a=OCHA]]
    in the North-West live more than {{5 km}} from a working health facility, OCHA says.""",
)

item(
    "How the Anglophone protests became a war",
    """Lawyers in Bamenda and Buea went on strike in {{October 2016}} over the posting of
    French-speaking magistrates to common-law courts, and teachers followed in {{November
    2016}}. The government cut the internet in the two regions for {{93 days}} from {{January
    2017}}. On {{October 1, 2017}}, separatist leaders symbolically declared the independence of
    "Ambazonia". President Paul Biya, now {{91}}, has ruled since {{1982}} and rejected any
    return to the federation abolished in {{1972}}. A national dialogue held from {{September
    30 to October 4, 2019}} granted the regions a special status. The reconstruction plan that
    followed was costed at {{CFA 89.6 billion}}, about {{$150 million}}, and by {{2022}} less
    than {{30 percent}} of it had been spent.""",
)

item(
    "Soldiers killed by roadside bomb near Ndop",
    """[[Six soldiers|killed;a=military sources]] were killed and [[four others|injured;a=military
    sources]] wounded when their armoured vehicle hit a homemade bomb near Bamessing in
    Ngoketunjia division on Sunday, military sources told Reuters. The Ambazonia Defence Forces
    (ADF) claimed the attack in a video posted online, saying its fighters had "taken out" [[11
    soldiers|killed;a=The Ambazonia Defence Forces (ADF)]]. Local officials said [[at least
    2,000 residents|displaced;a=Local officials]] of Bamessing fled after troops began
    house-to-house searches, and that [[around 30 homes|housing;a=Local officials]] were burned.
    Security sources said [[17 suspects|arrested;a=Security sources]] had been detained. The
    military has sent [[about 1,500 extra troops|combatants;a=a senior officer]] to the division
    since January, according to a senior officer.""",
)

item(
    "Cameroon again tops list of neglected displacement crises",
    """The Norwegian Refugee Council (NRC) ranked Cameroon first on its annual list of neglected
    displacement crises for the third year running. The NRC said [[nearly a million
    people|displaced;a=The NRC;q=approx;v=1000000]] had been forced from their homes by three
    separate conflicts, in the Anglophone regions, in the Far North and along the border with
    the Central African Republic. Of the {{$362 million}} sought in the country's appeal, only
    {{44%}} was received. In the Far North alone, [[more than 340,000 people|displaced;a=the
    council;alt=NRC]] are displaced, the council said, and in the two Anglophone regions [[some 4,400
    schools|other;a=the council;alt=NRC]] remain shut, leaving [[over 600,000 children|other;a=the
    council;alt=NRC]] without classes. "[[Hundreds of thousands of people|civilians;a=NRC Secretary
    General Jan Egeland]] are trapped between armed groups and the army, and hardly anyone is
    paying attention," NRC Secretary General Jan Egeland said. [[About 3.9 million
    people|civilians]] in the country need some form of aid.""",
)

item(
    "Army says it killed separatist commander in Bafut raid",
    """The army said on Friday it had killed a separatist commander known as "General Weapon"
    and [[eight of his fighters|killed;a=The army]] in a dawn raid on a camp near Bafut. Army
    spokesman Colonel Cyrille Atonfack Guemo said troops had freed [[five
    hostages|kidnapped;a=Army spokesman Colonel Cyrille Atonfack Guemo]], among them [[two civil
    servants|kidnapped;a=Army spokesman Colonel Cyrille Atonfack Guemo]], and seized [[12
    homemade guns|other;a=Army spokesman Colonel Cyrille Atonfack Guemo]] and [[a dozen
    motorcycles|other;a=Army spokesman Colonel Cyrille Atonfack Guemo]]. Residents of Bafut
    disputed the account, saying [[four of the dead|killed;a=Residents of Bafut]] were young
    farmers taken from their homes. The commander's group, thought to number [[about 80
    fighters|combatants]], had blocked the Bamenda-Bafut road for weeks. His deputy, a
    {{24-year-old}} former taxi driver, escaped.""",
)

item(
    "Few schools reopen in the North-West as boycott holds",
    """Education officials in Bamenda said [[just 312 schools|other;a=Education officials in
    Bamenda]] out of [[more than 2,200|other;n=-;u=structure;a=Education officials in Bamenda]]
    in the region opened their doors on {{September 6}}, the first day of the school year.
    Separatists have enforced a boycott of classes since {{2017}}, and [[at least 170 school
    buildings|housing;a=UNICEF]] have been burned, according to UNICEF. The agency says [[some
    700,000 children|other;a=The agency;alt=UNICEF]] in the two Anglophone regions are still out
    of school. [[Five teachers|kidnapped;a=the teachers' union]] were abducted in Bui in the
    week before term began and [[one|killed;n=-;a=the teachers' union]] was later found dead,
    the teachers' union said. The government plans to send [[2,500 contract
    teachers|other;p;a=The government]] to schools in the region by {{January}}, each paid
    {{CFA 75,000}} a month.""",
)

item(
    "Bamenda traders count the cost of Monday 'ghost towns'",
    """Since {{January 2017}}, shops, markets and offices in Bamenda have stayed shut every
    Monday under a separatist order, and traders say their takings have fallen by {{60
    percent}}. A bag of rice now costs {{CFA 22,000}} in Bamenda's main market, up from {{CFA
    16,500}} before the crisis. The local chamber of commerce put the region's losses at {{269
    billion CFA francs}} in {{2018}}. "We open on Tuesday and pray," said Comfort Ngwa, {{45}},
    who sells fabric near Commercial Avenue. Lockdowns usually last {{24 hours}} but sometimes
    run for {{10 days}}, as they did before the {{May 20}} national day.""",
)

item(
    "Archbishop says nearly 100 killed in Bamenda archdiocese in six months",
    """Archbishop Andrew Nkea of Bamenda said [[at least 96 people|killed;a=Archbishop Andrew Nkea
    of Bamenda]] had been killed in the archdiocese in the past six months, by soldiers and
    separatists alike. He said [[three priests|kidnapped;a=Archbishop Andrew Nkea]] had been
    abducted in that time and [[two catechists|killed;a=Archbishop Andrew Nkea]] were among the
    dead. "[[Eleven parishes|other;u=other;a=Archbishop Andrew Nkea]] are closed because the
    faithful have fled," he said in a homily on {{Easter Sunday}}, his {{sixth}} as archbishop.
    The archdiocese is sheltering [[about 2,000 displaced people|displaced]] in church
    buildings, and its Caritas office gave food to [[1,350 households|aid]] in March.""",
)

item(
    "WFP reaches 200,000 in Anglophone regions despite access curbs",
    """The World Food Programme said it delivered food to [[about 212,000 people|aid;a=The World
    Food Programme]] in the North-West and South-West in August. [[Four trucks|aid]] carrying
    [[80 tonnes|aid]] of maize and beans were held for {{three days}} at a checkpoint near Bali.
    The agency plans to scale up to [[350,000 people a month|aid;p;a=The agency;alt=The World Food
    Programme]] by December. A WFP spokeswoman said [[two contracted drivers|kidnapped;a=A
    WFP spokeswoman]] were abducted at {{Mile 4}} Nkwen in Bamenda on {{August 17}}. [[One of
    them|kidnapped;n=-]] was released two days later. Cash transfers of {{CFA 30,000}} went to
    [[4,500 households|aid]] in Mezam division. Aid groups say checkpoints let through [[no
    more than 15 trucks a week|aid;a=Aid groups]] on the Bamenda-Bali road.""",
)

item(
    "Gunmen seize university students in Bambili",
    """Gunmen abducted [[at least nine students|kidnapped;a=university authorities]] from their
    hostels near the University of Bamenda in Bambili, university authorities said on Monday.
    The kidnappers are demanding {{CFA 5 million}}, about {{$8,300}}, for each of them. Police
    said [[four suspects|arrested;a=Police]] had been arrested and [[three of the
    students|kidnapped;a=Police]] freed. [[Two lecturers|kidnapped]] were abducted on the same
    campus in April. Human Rights Watch has documented [[more than 300 people|kidnapped;a=Human
    Rights Watch]] taken by separatists in the region since {{2018}}. [[Hundreds of
    students|displaced;a=the students' union]] have moved out of Bambili's private hostels to
    Bamenda town since the attack, the students' union said. One of those seized, a
    {{21-year-old}} nursing student, is a diabetic.""",
)

item(
    "Separatists and Mbororo herders clash in Menchum",
    """[[At least 20 people|killed;a=Menchum's senior divisional officer]] were killed and [[more
    than 50 houses|housing;a=Menchum's senior divisional officer]] burned in clashes between
    separatists and Mbororo herders near Wum, Menchum's senior divisional officer said. The
    Mbororo Social and Cultural Development Association (MBOSCUDA) said [[14
    herders|killed;a=The Mbororo Social and Cultural Development Association (MBOSCUDA)]] were
    among the dead and [[about 400 head of cattle|other;a=The Mbororo Social and Cultural
    Development Association (MBOSCUDA)]] had been stolen. [[Around 3,000 people|displaced;a=the
    UN refugee agency (UNHCR)]] fled to Wum town, the UN refugee agency (UNHCR) said, where
    [[two schools|capacity]] now serve as shelters. Troops arrested [[11 suspected
    separatists|arrested]] on Saturday.""",
)

item(
    "Some displaced families trickle back to Bamenda",
    """[[About 16,000 people|returned;a=the International Organization for Migration (IOM)]] have
    returned to their homes in Mezam division in the past six months, the International
    Organization for Migration (IOM) said on Thursday. In Bamenda's Nkwen and Mankon quarters
    alone, IOM counted [[2,100 returning households|returned;a=IOM]]. The reconstruction plan, worth {{CFA 89 billion}}, has rebuilt
    [[112 houses|housing;a=coordinator Paul Tasong]] in the region so far, coordinator Paul
    Tasong told reporters. [[About 38,000 people|displaced]] remain
    displaced in Bamenda town. The agency expects [[a further 10,000|returned;p;n=-;a=The
    agency;alt=IOM]] to come back before the {{2024}} school year if security holds. Returnees
    in Bali told the agency [[more than 200 homes|housing;a=Returnees in Bali]] in their quarter
    were still in ruins.""",
)
