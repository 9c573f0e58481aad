"""Asia, the Americas, Yemen and Libya: Myanmar, Papua, Mindanao, Kashmir, Manipur,
Balochistan, Colombia, Haiti, Yemen, Libya (11 conflict and humanitarian articles, all with
figures)."""

from _wrap import item

item(
    "Junta airstrike on Depayin village school kills students and teachers",
    """A junta airstrike on a school in Kinn Lel village in Depayin Township, Sagaing Region,
    killed [[at least 22 people|killed;a=local resistance officials]], among them [[16
    children|killed;a=local resistance officials]], local resistance officials told The
    Irrawaddy on Tuesday. A {{Y-12}} aircraft dropped [[two bombs|other;u=other]] on the
    compound at about {{10am}}, while classes were under way, villagers said. [[More than 30
    others|injured;a=a volunteer medic]] were wounded, some of them critically, a volunteer
    medic said. The school, run by the civilian National Unity Government (NUG), had [[about
    150 students|other]] and [[nine teachers|other]]. The NUG's education ministry said [[more
    than 170 schools|housing;a=The NUG's education ministry]] had been damaged or destroyed by
    airstrikes since the {{2021}} coup. The junta did not comment. Sagaing is home to [[over
    1.3 million displaced people|displaced;a=the UN;v=1300000]], according to the UN, the
    largest number of any region. The monitoring group Data for Myanmar recorded [[more than
    2,000 airstrikes|other;a=The monitoring group Data for Myanmar;u=other]] across the country
    in {{2024}}. The military, which has lost [[over 90 towns|other]] to resistance forces
    since late {{2023}}, has relied increasingly on air power.""",
)

item(
    "Rohingya flee to Bangladesh as Arakan Army takes Myanmar border",
    """COX'S BAZAR, Bangladesh (Reuters) - [[About 60,000 Rohingya|displaced;a=Bangladeshi
    officials]] have crossed into Bangladesh in the past {{two months}}, Bangladeshi officials
    said on Monday, after the Arakan Army captured Myanmar's Maungdaw township on the border.
    The AA said it had seized the junta's last outpost in the township, the base of Border
    Guard Police {{Battalion 5}}, and captured [[over 400 soldiers and police|arrested;a=The
    AA;n=soldiers and police]]. Rights groups said [[dozens of Rohingya|killed;a=Rights
    groups]] were killed by drones and artillery as they waited to cross the Naf river in
    {{August}}. The AA now controls [[14|other;n=-;u=other]] of Rakhine's [[17
    townships|other;u=other]]. Bangladesh already hosts [[about 1 million Rohingya
    refugees|displaced]] in [[33 camps|capacity]] in Cox's Bazar, most of whom fled a military
    crackdown in {{2017}}. The World Food Programme said last year it had to cut rations to
    {{$8}} per person a month for lack of funds. "There is no space left in the camps," said
    Mohammed Mizanur Rahman, Bangladesh's refugee relief commissioner. Dhaka has asked the UN
    to help send back [[at least 180,000 refugees|returned;p]] on a repatriation list agreed
    with Myanmar.""",
)

item(
    "New Zealand pilot freed after 19 months held by Papua rebels",
    """JAKARTA (Reuters) - Papuan separatist rebels have freed New Zealand pilot Phillip
    Mehrtens, {{38}}, more than {{19 months}} after taking him hostage in the Nduga highlands,
    Indonesian authorities said on Saturday. Fighters of the West Papua National Liberation
    Army (TPNPB) seized Mehrtens after setting his small passenger plane on fire when he landed
    in Paro in {{February 2023}}; they let [[five Papuan passengers|kidnapped]] go the same
    day. An army operation to free him in {{April 2023}} ended with [[at least six
    soldiers|killed;a=the military]] dead, according to the military. Sebby Sambom, a spokesman
    for the rebels, said the group had killed [[more than 20 soldiers and police|killed;a=Sebby
    Sambom;n=soldiers and police]] this year. Indonesia has sent [[around 1,000 additional
    troops|combatants]] to the highlands since {{2023}}. Human rights groups estimate that [[at
    least 60,000 Papuans|displaced;a=Human rights groups]] have been displaced since a rebel
    attack on a road project in Nduga in {{December 2018}} that killed [[19 workers|killed]].
    In {{March}}, rebels also killed [[six gold miners|killed;a=police]] in Yahukimo, police
    said. Papua, the resource-rich western half of New Guinea, was incorporated into Indonesia
    after a disputed vote in {{1969}}.""",
)

item(
    "MILF combatants, Dawlah Islamiyah members lay down arms in Maguindanao",
    """COTABATO CITY - [[Some 2,250 combatants|combatants;a=the Independent Decommissioning
    Body]] of the Moro Islamic Liberation Front (MILF) were decommissioned on Monday and turned
    over [[1,200 firearms|other;a=the Independent Decommissioning Body]], the Independent
    Decommissioning Body said. The ceremony in Sultan Kudarat town brings the total
    decommissioned to [[about 28,000|combatants;a=the body;alt=the Independent Decommissioning
    Body]] of [[the 40,000 fighters|combatants]] covered by the {{2014}} peace agreement, the
    body said. Each decommissioned combatant receives a transition package of {{P100,000}}. In
    a separate event, [[seven members|combatants;a=the Army's 6th Infantry Division]] of the
    Islamic State-inspired Dawlah Islamiyah surrendered to the military in Datu Saudi Ampatuan,
    bringing [[eight high-powered firearms|other;a=the Army's 6th Infantry Division]],
    according to the Army's {{6th Infantry Division}}. Major General Antonio Nafarrete said
    [[some 90 Dawlah Islamiyah members|combatants;a=Major General Antonio Nafarrete]] had
    surrendered in Central Mindanao since {{January}}. The Bangsamoro region, home to [[about
    4.4 million people|civilians;v=4400000]], will elect [[80 members|other;p]] of its first
    regular parliament in {{October}}.""",
)

item(
    "Two militants killed in Kupwara as Army foils infiltration bid",
    """SRINAGAR - [[Two militants|killed;a=officials]] were killed as the Army foiled an
    infiltration bid along the Line of Control (LoC) in Machil sector of north Kashmir's
    Kupwara district on Friday, officials said. A defence spokesman said troops noticed [[four
    to five militants|combatants;a=A defence spokesman]] trying to sneak in under cover of
    darkness at around {{2 am}} and challenged them. In the ensuing gunfight, [[one
    soldier|injured;a=the spokesman;alt=A defence spokesman]] was injured, the spokesman said.
    [[Two AK-47 rifles|other;v=2]], [[five magazines|other]] and [[two hand grenades|other]]
    were recovered from the site. Separately, police in Baramulla arrested [[three overground
    workers|arrested;a=police in Baramulla]] of the militants and recovered {{Rs 5 lakh}} in
    cash, police in Baramulla said. The Army's Srinagar-based {{15 Corps}} said [[over 60
    militants|killed;a=The Army's Srinagar-based 15 Corps]] had been killed in the Union
    Territory this year, including [[42 foreign militants|killed;a=The Army's Srinagar-based 15
    Corps]]. Officials say militancy-related violence has declined since the abrogation of
    {{Article 370}} in {{August 2019}}, though attacks have shifted to the Jammu region.""",
)

item(
    "Two years on, over 57,000 still in Manipur relief camps",
    """IMPHAL - [[Over 57,000 people|displaced;a=the state government]] are still living in
    [[nearly 300 relief camps|capacity;a=the state government]] across Manipur {{two years}}
    after ethnic violence broke out between the Meitei and Kuki-Zo communities, the state
    government told the High Court on Monday. The clashes that began on {{May 3, 2023}}, after
    a tribal solidarity march against a Meitei demand for Scheduled Tribe status, have killed
    [[over 260 people|killed]] and left [[around 4,800 houses|housing]] torched. Of the [[more
    than 6,000 weapons|other;a=officials]] looted from police armouries, [[about
    3,000|other;a=officials;u=other]] have been recovered, officials said, along with [[nearly
    1.5 lakh rounds|other;a=officials;v=150000]] of ammunition. [[Over 1,000 weapons|other]]
    were surrendered in a fortnight after Governor Ajay Kumar Bhalla's appeal in {{February}},
    days after President's Rule was imposed following the resignation of Chief Minister N Biren
    Singh. The Centre has sanctioned {{Rs 400 crore}} for rehabilitation, and [[3,000
    prefabricated houses|capacity]] have been built for the displaced in Imphal and
    Churachandpur. Camp residents say the monthly allowance of {{Rs 1,000}} per person barely
    covers soap and vegetables, and that rations of rice and dal often arrive late. Volunteers
    run makeshift classes for children in community halls. "My children have not seen our
    village in {{two years}}," said Chinneilhing Haokip, {{41}}, at a camp in Kangpokpi. The
    buffer zones patrolled by central forces between the valley and the hills still keep most
    families from returning to their fields. [[Around a lakh people|civilians;a=civil society
    groups;q=approx;v=100000]] are estimated to have been affected overall, according to civil
    society groups.""",
)

item(
    "Jaffar Express siege ends; 21 passengers, four FC men martyred",
    """QUETTA: Security forces on Wednesday evening ended the siege of the hijacked Jaffar
    Express in the Bolan area, rescuing [[346 passengers|kidnapped;a=the military's media
    wing]] and killing [[all 33 militants|killed;a=the military's media wing]], the military's
    media wing said. [[Twenty-one passengers|killed;a=ISPR]] and [[four FC
    personnel|killed;a=ISPR]] were martyred during the {{36-hour}} ordeal, ISPR said. The
    train, carrying [[over 400 passengers|other]] in [[nine coaches|other;u=other]] from Quetta
    to Peshawar, was stopped at about {{1pm}} on Tuesday when militants of the banned Baloch
    Liberation Army blew up the track near a tunnel and opened fire. Railway officials said
    [[more than 100 passengers|kidnapped;a=Railway officials]], among them women and children,
    were freed on the first day and walked to Panir station. "They checked our identity cards
    and took the soldiers aside," said Muhammad Ashraf, a railway employee who escaped on the
    first evening. The BLA had claimed it was holding [[214 hostages|kidnapped;a=The BLA]],
    mostly security personnel. [[At least 37 injured|injured;a=hospital officials]] were
    shifted to the Combined Military Hospital in Quetta, hospital officials said. Prime
    Minister Shehbaz Sharif, who visited Quetta on Thursday, said the attackers had been in
    contact with handlers across the border, a charge Kabul rejected. The provincial government
    announced {{Rs1 million}} for the family of each victim. Train services to and from Quetta
    remained suspended on Thursday. Militant attacks in Balochistan killed [[over 780
    people|killed;a=the Pakistan Institute for Conflict and Security Studies]] in {{2024}},
    according to the Pakistan Institute for Conflict and Security Studies, the deadliest year
    in a decade.""",
)

item(
    "Cauca: community holds 28 soldiers after operation against dissidents",
    """[[Twenty-eight soldiers|kidnapped;a=the Army]] were held for {{two days}} by a crowd of
    [[some 300 people|other]] in the village of El Plateado, in the south-western department of
    Cauca, after an operation against FARC dissidents, the Army said on Thursday. The military
    said the crowd had been pressured by the Carlos Patino front of the dissident Estado Mayor
    Central (EMC), which controls coca crops and mining in the Micay canyon. In the operation,
    troops killed [[two dissidents|killed;a=The military]] and seized [[14 rifles|other;a=The
    military]], it said. The soldiers were released unharmed on Saturday after mediation by the
    Ombudsman's Office and the Church. "Nobody wanted to hurt the boys, we wanted the army to
    leave," a community leader told El Tiempo. Defence Minister Ivan Velasquez said such
    "asonadas" had become a strategy of armed groups, and that [[more than 150
    incidents|other;a=Defence Minister Ivan Velasquez;u=other]] had been recorded so far this
    year. The Ombudsman's Office said [[at least 1,200 people|displaced;a=The Ombudsman's
    Office]] had fled El Plateado and neighbouring villages since {{October}}. The Micay canyon
    holds {{more than 12,000 hectares}} of coca, according to the UN Office on Drugs and Crime.
    The EMC factions have [[about 3,500 members|combatants;a=military intelligence]] in total,
    according to military intelligence. The government of Gustavo Petro began talks with the
    group in {{2023}}, but the Carlos Patino front withdrew in {{April 2024}}. [[Seven police
    officers|killed]] were killed in Cauca in the first {{four months}} of the year.""",
)

item(
    "Pont-Sonde massacre: death toll climbs to 115 as thousands flee to Saint-Marc",
    """SAINT-MARC - The death toll from the gang attack on Pont-Sonde in Haiti's Artibonite
    department has risen to [[at least 115 people|killed;a=the UN Human Rights Office]],
    according to the UN Human Rights Office. Members of the Gran Grif gang stormed the town
    before dawn on Thursday, shooting residents in their homes and in the streets. [[Sixteen
    people|injured;a=local authorities]] were seriously wounded, local authorities said, and
    [[45 houses|housing;a=local authorities]] and [[34 vehicles|other;a=local authorities]]
    were set on fire. The gang's leader, Luckson Elan, said in a voice message that the attack
    punished residents who had cooperated with a vigilante group. [[More than 6,270
    people|displaced;a=the International Organization for Migration]] have fled to Saint-Marc
    and other towns, the International Organization for Migration told The Haiti Times. Many
    sleep in [[four schools|capacity]] and a church in Saint-Marc. Police sent [[about 150
    officers|combatants]] to the area, backed by Kenyan officers of the Multinational Security
    Support mission. Gangs control {{about 85%}} of Port-au-Prince, and the violence has forced
    [[over 700,000 people|displaced;a=IOM]] from their homes across the country, IOM says. The
    Artibonite, Haiti's rice basket, produces {{80%}} of the country's rice.""",
)

item(
    "Taiz road reopens after nine years, but mines and snipers remain",
    """TAIZ, Yemen (AFP) - [[Hundreds of cars and trucks|other;n=cars and trucks]] crossed the
    front line in Taiz on Thursday after Yemen's Huthi rebels and government forces reopened
    the main road linking the city to the rebel-held Al-Hawban district, closed since {{2015}}.
    The journey, which had taken up to {{six hours}} along mountain tracks, now takes {{20
    minutes}}. Taiz, encircled by the Huthis for most of the war, has [[about 600,000
    residents|civilians;a=local authorities]] in its government-held centre, according to local
    authorities. Landmines and unexploded ordnance killed [[at least 45 civilians|killed;a=the
    Civilian Impact Monitoring Project]] in Taiz governorate last year and wounded [[over
    90|injured;a=the Civilian Impact Monitoring Project]], according to the Civilian Impact
    Monitoring Project. Masam, a Saudi-funded demining project, says it has removed [[more than
    450,000 mines|other;a=Masam]] and other explosives across Yemen since {{2018}}. Snipers
    still fire on the city's eastern neighbourhoods; a {{10-year-old}} boy was shot on Tuesday,
    medics said. The road opening follows a prisoner exchange in {{April 2023}} in which [[more
    than 880 detainees|other]] were freed. The UN says [[18.2 million people|civilians;a=The
    UN;v=18200000]] need humanitarian aid in Yemen this year, {{about half}} of them children.""",
)

item(
    "Tripoli clashes kill civilians as armed groups fight over capital",
    """TRIPOLI (Reuters) - Heavy fighting between armed groups in Tripoli killed [[at least
    eight civilians|killed;a=the UN mission]] this week, the UN mission said on Thursday, after
    the killing of a powerful militia leader, Abdulghani al-Kikli, on Monday night. The city's
    Emergency Medicine Centre said it had recovered [[six bodies|killed;a=The city's Emergency
    Medicine Centre]] from the streets of Abu Salim and treated [[more than 30
    people|injured;a=The city's Emergency Medicine Centre]] for wounds. [[Dozens of
    families|displaced]] fled the district, residents said, as forces aligned with the
    Government of National Unity took over its headquarters. Flights at Mitiga airport were
    suspended and [[over 30 flights|other;a=airport officials]] were diverted to Misrata,
    airport officials said. During the fighting, [[some 2,000 inmates|other;a=a security
    source]] escaped from Al-Jdeida prison, a security source told Reuters. Prime Minister
    Abdulhamid Dbeibah said on television that the government had arrested [[more than 50
    gunmen|arrested;a=Prime Minister Abdulhamid Dbeibah]] and would dissolve "all irregular
    formations". Aid groups are also concerned for [[about 4,000 migrants|arrested;a=Aid
    groups]] held in detention centres in the city. Libya has been split between rival
    administrations in the east and west since {{2014}}, {{three years}} after the uprising of
    {{2011}}.""",
)
