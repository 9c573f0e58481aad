"""The Middle East: Gaza, Israel, Lebanon, Syria, Iraq and Yemen, 2013-2025, and the aid workers,
medics and journalists killed there and elsewhere (12 articles with figures, 1 without)."""

from _wrap import item

item(
    "Gaza death toll passes 40,000, health ministry says",
    """The number of Palestinians killed in Gaza since the war began has passed
    [[40,000|killed;q=at_least;a=Gaza's health ministry]], Gaza's health ministry said on
    Thursday, a milestone reached as mediators in Doha pressed Israel and Hamas for a ceasefire.
    The ministry said [[92,401 people|injured;a=The ministry;alt=Gaza's health ministry]] had been
    wounded in {{10 months}} of fighting. Its count does not distinguish between civilians and
    combatants. Of [[the 32,280 bodies|killed;a=the ministry;alt=Gaza's health ministry]] it has
    identified by name, the ministry said
    [[10,627|killed;n=-;a=the ministry;alt=Gaza's health ministry]] were children and
    [[5,956|killed;n=-;a=the ministry;alt=Gaza's health ministry]] were women. Israel's military
    says it has killed [[more than 17,000 militants|killed;a=Israel's military]], a figure it has
    not backed with evidence and that Hamas disputes. The war was triggered by the Hamas-led
    attack on southern Israel on {{October 7}}, in which Israel says
    [[about 1,200 people|killed;a=Israel]] were killed and [[some 250|kidnapped;a=Israel]] were
    taken hostage. The United Nations estimates that
    [[about 1.9 million people|displaced;a=The United Nations]], roughly {{nine in ten}} of
    Gaza's residents, have been forced from their homes, many of them several times. Health
    officials say the toll is incomplete because
    [[about 10,000 people|missing;a=Health officials]] are believed to be buried under the
    rubble of destroyed buildings. Researchers writing in The Lancet argued this summer that the
    true toll, once deaths from disease and hunger are counted, could be several times higher.""",
)

item(
    "Syria war killed more than 55,000 in 2015, monitor says",
    """Syria's war killed [[55,219 people|killed;a=the Syrian Observatory for Human Rights]] in
    {{2015}}, the Syrian Observatory for Human Rights said on Thursday, fewer than
    [[the 76,021|killed;a=the Syrian Observatory for Human Rights]] it recorded in {{2014}}, the
    deadliest year of the conflict so far. The Britain-based monitor, which relies on a network
    of doctors, activists and fighters inside the country, said the dead included
    [[13,249 civilians|killed;a=The Britain-based monitor;alt=the Syrian Observatory for Human Rights]],
    among them
    [[2,574 children|killed;a=The Britain-based monitor;alt=the Syrian Observatory for Human Rights]].
    It counted [[7,798 regime soldiers|killed;a=the Syrian Observatory for Human Rights]] and
    [[16,212 jihadists|killed;a=the Syrian Observatory for Human Rights]] from the Islamic State
    group and al-Qaeda's affiliate al-Nusra Front, many of them foreigners. Russian air strikes,
    which began on {{September 30}}, have killed
    [[2,371 people|killed;a=the monitor;alt=the Syrian Observatory for Human Rights]], a third
    of them civilians, according to the monitor. Moscow says its jets strike only "terrorists"
    and has rejected the figures as fabricated. The Observatory puts the toll since the uprising
    began in {{March 2011}} at
    [[more than 260,000|killed;a=The Observatory;alt=the Syrian Observatory for Human Rights]],
    while the United Nations, which stopped updating its own count in {{2014}}, last put it at
    [[191,369|killed;a=the United Nations]]. More than half of Syria's pre-war population has
    been forced from their homes, including [[4.6 million refugees|displaced;v=4600000]]
    registered in neighbouring countries.""",
)

item(
    "Yemen's war has killed 100,000 since 2015, conflict monitor finds",
    """[[More than 100,000 people|killed;a=the Armed Conflict Location and Event Data Project (ACLED)]]
    have been killed in Yemen since {{2015}}, according to the Armed Conflict Location and Event
    Data Project (ACLED), which tracks political violence around the world. The group says the
    figure includes
    [[more than 12,000 civilians|killed;a=The group;alt=the Armed Conflict Location and Event Data Project (ACLED)]]
    killed in direct attacks. ACLED's count stood at [[about 91,600|killed;a=ACLED]] in
    {{June}}; the jump reflects both new fighting around Hodeidah and the addition of data for
    {{2015}}, a year it had not previously covered. The Yemen Data Project, an independent
    monitor, has recorded [[more than 20,100 air raids|other;u=other;a=The Yemen Data Project]]
    by the Saudi-led coalition since {{March 2015}},
    [[roughly 12 a day|other;u=other;a=The Yemen Data Project]], nearly a third of which hit
    civilian sites such as markets, schools and hospitals. Beyond the fighting, the UN
    Development Programme has projected that the war's toll, including deaths from hunger and
    disease, will reach [[233,000|killed;p;a=the UN Development Programme]] by the end of
    {{2019}}. Save the Children estimated last year that
    [[85,000 children|killed;a=Save the Children]] under the age of {{five}} may have died of
    extreme hunger. [[Some 24 million people|civilians;a=the UN]], about {{80 percent}} of the
    population, need some form of aid, the UN says, and [[3.3m|displaced;v=3300000;a=the UN]]
    remain displaced. In {{August 2018}}, a coalition air strike on a school bus in the northern
    town of Dahyan killed [[40 boys|killed;a=Houthi health officials]], Houthi health officials
    said.""",
)

item(
    "Counting Mosul's dead",
    """How many civilians died in the battle for Mosul? A year after Iraqi forces declared
    victory over the Islamic State (IS) in {{July 2017}}, nobody can say with confidence. Haider
    al-Abadi, then Iraq's prime minister, put the civilian toll at
    [[1,260|killed;a=Haider al-Abadi]]. The American-led coalition, whose aircraft and artillery
    backed the {{nine-month}} offensive, has acknowledged
    [[326 civilian deaths|killed;a=The American-led coalition]] from its own strikes. The
    Associated Press, which cross-checked morgue lists with the records of aid groups, found
    that [[between 9,000 and 11,000 civilians|killed;a=The Associated Press]] died. The city
    morgue alone registered [[9,606 bodies|killed;a=The city morgue]]. Civil-defence teams were
    still pulling the dead from the rubble of the old city months later; by {{December}} they
    had recovered [[2,585|killed;a=one officer]], most of them civilians, one officer said.
    Airwars, a British monitor of air campaigns, estimates that coalition strikes alone killed
    [[as many as 6,000 civilians|killed;a=Airwars]]. IS, for its part, held
    [[tens of thousands of residents|civilians]] as human shields and shot
    [[hundreds|killed]] who tried to flee. Nor was Mosul the only killing ground. Iraq Body
    Count, which compiles deaths from media and official reports, recorded
    [[13,187 civilian deaths|killed;a=Iraq Body Count]] across Iraq in {{2017}}, down from
    [[16,393|killed;a=Iraq Body Count]] the year before. The difference between these numbers is
    not mere pedantry. Compensation claims, reconstruction money and any reckoning with the
    coalition's conduct all depend on them.""",
)

item(
    "Lebanon toll since October 2023 passes 3,500, ministry says",
    """Israeli attacks on Lebanon have killed
    [[at least 3,583 people|killed;a=Lebanon's health ministry]] and wounded
    [[15,244|injured;a=Lebanon's health ministry]] since {{October 2023}}, Lebanon's health
    ministry said on Monday, most of them in the {{seven weeks}} since Israel escalated its
    campaign against Hezbollah. The ministry's figures do not distinguish between civilians and
    fighters, but it said the dead included
    [[more than 200 children|killed;a=Lebanon's health ministry]]. Health Minister Firass Abiad
    told reporters that [[192 health workers|killed;a=Health Minister Firass Abiad]] had been
    killed and [[37 hospitals|housing;a=Health Minister Firass Abiad]] damaged. The government
    estimates that [[more than 1.2 million people|displaced;a=The government]] have fled their
    homes, and that [[about 190,000|displaced;a=The government]] are sleeping in schools and
    other collective shelters. The Israeli military says it has killed
    [[more than 2,000 Hezbollah fighters|killed;a=The Israeli military]], including most of the
    group's senior command; Hezbollah does not publish its losses. On the Israeli side,
    [[about 70 people|killed;a=the Israeli authorities]] have been killed by Hezbollah rockets
    and drones and in ground fighting in southern Lebanon, according to the Israeli
    authorities. [[More than 60,000 Israelis|displaced]] evacuated from border communities in
    {{October 2023}} have yet to return home. Strikes on Beirut's southern suburbs continued
    overnight, and residents said the explosions shook buildings across the capital.""",
)

item(
    "Syria's missing: a count with no end",
    """When opposition fighters broke open Saydnaya prison north of Damascus on
    {{December 8}}, relatives rushed through its corridors expecting to find their sons and
    brothers. The White Helmets, Syria's civil defence, said
    [[no more than 2,000 prisoners|arrested;a=The White Helmets]] were freed there, far fewer
    than families had hoped. The Syrian Network for Human Rights (SNHR), which has documented
    enforced disappearances since {{2011}}, says
    [[at least 112,414 people|missing;a=The Syrian Network for Human Rights (SNHR)]] remain
    forcibly disappeared, most of them taken by the security services of the toppled government.
    Other estimates are higher: the International Commission on Missing Persons (ICMP) puts the
    number of missing at
    [[more than 150,000|missing;a=the International Commission on Missing Persons (ICMP)]]. In the
    {{six weeks}} since Bashar al-Assad fled to Moscow, the White Helmets have recovered
    [[1,214 bodies|killed;a=the group;alt=the White Helmets]] from
    [[66 sites|other;a=the group;alt=the White Helmets]], including mass graves and the basements
    of intelligence branches, the group said. At al-Qutayfah, a mass grave north-east of the
    capital, a lawyer representing families said
    [[as many as 100,000 bodies|killed;a=a lawyer representing families]] may be buried, a figure
    no one has been able to verify. Human Rights Watch said in {{2015}} that photographs smuggled
    out by a military defector known as Caesar showed the bodies of
    [[at least 6,786 detainees|killed;a=Human Rights Watch]] who had died in custody.
    Identification will take years. The ICMP says it has collected DNA samples from just
    [[1,200 families|other;a=The ICMP;alt=the International Commission on Missing Persons (ICMP)]]
    so far, and that registrations have slowed since the spring. The new authorities have pledged
    to set up a national commission for the missing but have given no timetable.""",
)

item(
    "Coalition admits Raqqa deaths as monitors count far more",
    """The US-led coalition has acknowledged that its air and artillery strikes killed
    [[159 civilians|killed;a=The US-led coalition]] during the {{four-month}} battle to drive the
    Islamic State out of Raqqa in {{2017}}, a fraction of the toll documented by independent
    monitors. Airwars, a London-based group that tracks civilian harm from air campaigns, and
    Amnesty International said on Thursday that they had recorded
    [[more than 1,600 civilian deaths|killed;a=Airwars;alt=Amnesty International]] in the city,
    [[more than 1,000|killed;a=Airwars;alt=Amnesty International]] of which they linked directly
    to coalition strikes. Researchers visited
    [[more than 200 strike sites|other]] and interviewed survivors, rescuers and local officials
    over {{18 months}}. The US military has said it fired
    [[some 30,000 artillery rounds|other;a=The US military]] into Raqqa, more than in any
    other place since the Vietnam war. A local first-responder team says it has recovered
    [[more than 4,000 bodies|killed;a=A local first-responder team]] from mass graves and
    collapsed buildings since {{January 2018}}, most of them still unidentified. The UN
    satellite centre, UNOSAT, found
    [[12,781 buildings|housing;a=UNOSAT;alt=The UN satellite centre]] damaged or destroyed, about
    {{80 percent}} of the city. Across Iraq and Syria, the coalition now concedes
    [[1,257 civilian deaths|killed;a=the coalition;alt=The US-led coalition]] since {{2014}};
    Airwars puts the number at
    [[7,400 or more|killed;q=at_least;n=-;a=Airwars]]. A coalition spokesman said
    every allegation was assessed and that its forces went to "extraordinary lengths" to avoid
    harming civilians.""",
)

item(
    "Ceasefire deal would free 33 hostages in first phase",
    """Hamas is to release [[33 hostages|kidnapped;p;a=Israel's Justice Ministry]] during the
    first, {{42-day}} phase of the ceasefire that takes effect on Sunday, in exchange for
    [[about 1,900 Palestinian prisoners|other;p;a=Israel's Justice Ministry]] held by Israel,
    Israel's Justice Ministry said. Of [[the 251 people|kidnapped]] taken into Gaza on
    {{October 7, 2023}}, [[94|kidnapped]] remain there, and Israel believes
    [[at least 34|killed;a=Israel]] of them are dead. [[More than 100 hostages|kidnapped]] were
    freed during a {{week-long}} truce in {{November 2023}}, most of them in exchange for
    [[240 Palestinian prisoners|other]]. Palestinian rights groups say Israel is holding
    [[more than 10,000 Palestinians|arrested;a=Palestinian rights groups]], a figure that has
    doubled since the war began. Gaza's health ministry said on Friday that
    [[more than 46,800 people|killed;a=Gaza's health ministry]] had been killed in the territory
    since the war began. The first [[three hostages|kidnapped;p]], all women, are expected to be
    handed over on Sunday afternoon through the Red Cross. The second and third phases, which
    would see the remaining captives freed and Israeli forces withdraw, are still to be
    negotiated.""",
)

item(
    "Ten years after Sinjar, 2,600 Yazidis still missing",
    """A decade after the Islamic State group swept into Sinjar in {{August 2014}},
    [[more than 2,600 Yazidis|missing;a=the Kurdistan Regional Government's office for abductees]]
    remain missing, according to the Kurdistan Regional Government's office for abductees. The
    office says IS abducted
    [[6,417 Yazidis|kidnapped;a=The office;alt=the Kurdistan Regional Government's office for abductees]]
    in the assault, most of them women and children, and that
    [[3,576|kidnapped;a=The office;alt=the Kurdistan Regional Government's office for abductees]]
    have since been rescued or freed, often after relatives paid smugglers
    {{thousands of dollars}}. Iraqi officials estimate that
    [[at least 1,293 Yazidis|killed;a=Iraqi officials]] were killed in the first days of the
    attack, which UN investigators have since called a genocide. Iraqi teams have exhumed
    [[more than 80 mass graves|other;u=other;a=the Iraqi government's Martyrs Foundation]] in
    the Sinjar area since {{2019}} and have identified
    [[some 250 victims|killed;a=the Iraqi government's Martyrs Foundation]] through DNA
    matching, the Iraqi government's Martyrs Foundation said. Of
    [[the roughly 200,000 Yazidis|displaced;a=the International Organization for Migration]] who
    fled, [[about 120,000|displaced;a=the International Organization for Migration]] still live
    in camps in the Kurdistan region, according to the International Organization for Migration.
    Many say they cannot go home while rival armed groups hold Sinjar and houses lie in ruins.
    Last year, [[about 5,000 families|returned;a=local authorities]] went back, local
    authorities said, but some have already left again.""",
)

item(
    "Syria chemical attack: why the death tolls differ",
    """Estimates of how many people died in the chemical weapons attack on the Damascus suburbs
    of Ghouta on {{21 August}} vary widely. The US government says
    [[1,429 people|killed;a=The US government]] were killed, including
    [[426 children|killed;a=The US government]], a figure it says is based on intelligence and
    which it has not explained in detail. The UK government, citing its own assessment, has said
    [[at least 350|killed;a=The UK government]] died. The French government counted
    [[at least 281 deaths|killed;a=The French government]] in videos it says it has verified.
    The medical charity Medecins Sans Frontieres (MSF) said hospitals it supports in the area
    received
    [[about 3,600 patients|injured;a=The medical charity Medecins Sans Frontieres (MSF)]] with
    neurotoxic symptoms in {{less than three hours}} on the morning of the attack,
    [[355|killed;a=The medical charity Medecins Sans Frontieres (MSF)]] of whom died. The Syrian
    Observatory for Human Rights, which relies on activists on the ground, documented
    [[502 deaths|killed;a=The Syrian Observatory for Human Rights]], among them
    [[80 children|killed;a=The Syrian Observatory for Human Rights]], and said
    [[dozens of rebel fighters|killed;a=The Syrian Observatory for Human Rights]] were also among
    the dead. The opposition Syrian National Coalition put the toll at
    [[more than 1,300|killed;a=The opposition Syrian National Coalition]] within hours of the
    attack. The Syrian government denies using chemical weapons and blames the rebels. UN
    inspectors who visited the sites were asked to establish whether chemical weapons were used,
    not who used them or how many they killed.""",
)

item(
    "Whose numbers count in Gaza",
    """Wars are fought twice, once on the ground and once over the numbers. Last summer's
    {{50-day}} war in Gaza is no exception. Gaza's health ministry, run by Hamas, said
    [[2,310 Palestinians|killed;a=Gaza's health ministry]] were killed and
    [[10,626|injured;a=Gaza's health ministry]] wounded. The United Nations, which checks names
    against hospital records and news reports, counts
    [[2,251 dead|killed;a=The United Nations]], of whom it classed
    [[1,462|killed;a=The United Nations]] as civilians, including
    [[551 children|killed;a=The United Nations]]. Israel's army says that
    [[about 1,000|killed;a=Israel's army]] of the dead were militants, and an Israeli think-tank
    that went through the lists name by name claims the share of fighters was {{nearly half}}.
    On Israel's side [[67 soldiers|killed]] and [[six civilians|killed]] died. Each side has
    reasons to massage the figures: Hamas to show Israel's brutality, Israel to show its
    restraint. Yet the two sets of numbers are closer than the rhetoric suggests. The damage is
    harder to dispute. The UN's shelter cluster estimated that
    [[18,000 homes|housing;a=The UN's shelter cluster]] had been destroyed or made uninhabitable,
    leaving [[some 108,000 people|displaced;a=The UN's shelter cluster]] homeless. Rebuilding
    them at the current pace of cement imports would take more than {{20 years}}.""",
)

item(
    "Iraq seeks $88 billion to rebuild after war with Islamic State",
    """Iraq needs {{$88.2 billion}} to rebuild after its war against Islamic State, officials told
    a donor conference in Kuwait on Monday, with {{$22 billion}} of that required in the short
    term. Mustafa al-Hiti, who heads the country's reconstruction fund, said housing alone would
    cost more than {{$17 billion}}. The conference, which runs until {{February 14}}, is the first
    big attempt to pay for the damage done between {{2014}} and {{2017}}, when the militants
    held nearly a third of Iraq. Officials presented a {{10-year}} plan, but diplomats said
    pledges were likely to fall well short, and Washington was not expected to announce new
    money. Nineveh province, which includes Mosul, the country's second-largest city, accounts
    for about {{45 percent}} of the damage, according to the planning ministry's assessment.
    Iraq's economy shrank by {{0.8 percent}} last year as oil output was held down under an OPEC
    deal, the International Monetary Fund estimates. The government hopes private investors will
    cover a large part of the bill. Corruption is a worry: Iraq ranks {{169th}} on Transparency
    International's index, and donors want guarantees that the money will not vanish.""",
)

item(
    "2024 on course to be deadliest year yet for aid workers, UN says",
    """[[At least 280 aid workers|killed;a=the Aid Worker Security Database (AWSD)]] were killed
    in [[33 countries|other;u=other;a=the Aid Worker Security Database (AWSD)]] in {{2023}}, a
    {{137 percent}} rise on the year before and the highest since records began in {{1997}},
    according to the Aid Worker Security Database (AWSD). More than half of them,
    [[163|killed]], were killed in Gaza in the first {{three months}} of the war, most of them
    staff of Unrwa, the UN agency for Palestinian refugees. The UN said on Monday that
    [[172 aid workers|killed;a=The UN]] had been killed so far this year, putting {{2024}} on
    course to overtake {{2023}}. Unrwa says [[more than 220 of its staff|killed;a=Unrwa]] have
    been killed in Gaza since {{October 2023}}, the highest toll in the agency's history. The
    Committee to Protect Journalists (CPJ) counts
    [[116 journalists and media workers|killed;n=journalists and media workers;a=The Committee to Protect Journalists (CPJ)]]
    killed in Gaza, Israel and Lebanon, more than in any conflict since it began keeping
    records. Gaza's health ministry says [[885 medical staff|killed;a=Gaza's health ministry]]
    have been killed and [[310|arrested;a=Gaza's health ministry]] detained by Israeli forces.
    The wounded are a toll of their own: Unicef estimates that
    [[between 3,000 and 4,000 children|injured;a=Unicef]] in Gaza have lost one or more limbs.
    "Aid workers are not a target," said the UN's humanitarian chief, marking World Humanitarian
    Day. Sudan, South Sudan and Ukraine were the next deadliest places for humanitarian staff.""",
)
