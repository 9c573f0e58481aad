"""Crackdowns: mass arrests after protests and riots, detention without charge, the counts of
police, governments, rights groups and lawyers, and the contested tolls around them (14
articles, all with figures)."""

from _wrap import item

item(
    "Kenyan police hold hundreds after parliament stormed",
    """Kenyan police arrested [[more than 270 people|arrested;a=the Interior Ministry]] across
    the country after protests against proposed tax rises turned violent on Tuesday, the
    Interior Ministry said on Wednesday. Demonstrators overran barricades in Nairobi and set
    part of the parliament building alight before police opened fire with live rounds. The Kenya
    National Commission on Human Rights said [[at least 22 people|killed;a=The Kenya National
    Commission on Human Rights]] were killed nationwide and [[300 others|injured;a=The Kenya
    National Commission on Human Rights]] wounded. The commission also said it had recorded [[32
    people|missing;a=The commission;alt=The Kenya National Commission on Human Rights]] as
    missing, among them [[seven|missing;a=The commission;alt=The Kenya National Commission on
    Human Rights]] who were last seen being pushed into unmarked cars. Lawyers for the detainees
    said [[about 150 of them|arrested;n=-;a=Lawyers]] were still in police cells on Wednesday,
    most without charge. A magistrate in Milimani released [[64 protesters|arrested]] on cash
    bail of {{10,000 shillings}} each. Police spokeswoman Resila Onyango said [[1,200
    officers|combatants;p;a=Resila Onyango]] would be deployed around parliament and State House
    before further marches planned for Thursday. The Law Society of Kenya said its members were
    representing [[more than 90 detainees|arrested;a=The Law Society of Kenya]] free of charge.
    President William Ruto, who called the storming of parliament treasonous, later withdrew the
    bill, which aimed to raise about {{$2.7 billion}} in new taxes. Its measures included a
    {{16%}} value-added tax on bread and a new levy on motor vehicles. The protests were
    organised largely on social media by young people with no formal leaders. In a televised
    address on Wednesday night, Ruto said he would not sign the bill and called for dialogue
    with the young people behind the demonstrations.""",
)

item(
    "Georgia says 448 detained in week of pro-EU protests, dozens of police hurt",
    """Georgian authorities have detained [[448 people|arrested;a=the Interior Ministry]] during
    a week of nightly protests in Tbilisi against the government's decision to suspend talks on
    joining the European Union, the Interior Ministry said Thursday. Most were held on
    administrative charges that carry fines or up to {{15 days}} in jail. The ministry said [[26
    people|arrested;a=The ministry;alt=the Interior Ministry]] had been charged with organizing
    or taking part in group violence, an offense under {{Article 225}} of the criminal code
    punishable by up to {{nine years}} in prison. It said [[156 police officers|injured;a=the
    Interior Ministry;alt=The ministry]] had been hurt since the protests began, [[11 of
    them|injured;n=-;a=the Interior Ministry;alt=The ministry]] seriously. The Georgian Young
    Lawyers' Association said [[more than 300 detainees|arrested;a=The Georgian Young Lawyers'
    Association]] had sought its legal help and that [[at least 80 of them|injured;n=-;a=The
    Georgian Young Lawyers' Association]] bore visible injuries. Public Defender Levan Ioseliani
    said his office had been denied access to [[dozens of people|arrested;a=Levan Ioseliani]]
    held at a detention center on the outskirts of the capital. Crowds of [[tens of
    thousands|other]] again filled Rustaveli Avenue on Wednesday night, some protesters firing
    fireworks at riot police, who answered with water cannon and tear gas. Prime Minister Irakli
    Kobakhidze has said there will be no new election and that talks with Brussels are off the
    table until the end of {{2028}}. The ruling Georgian Dream party won {{54%}} of the vote in
    an October election that the opposition says was rigged. The Media Advocacy Coalition said
    [[at least 50 journalists|injured;a=The Media Advocacy Coalition]] had been injured while
    covering the protests. Officials say the protests are being organised from abroad, a claim
    the organisers deny. President Salome Zourabichvili, who has sided with the protesters, says
    she will not leave office when her term ends this month. The United States and the European
    Union have condemned what they called disproportionate force against demonstrators and
    journalists.""",
)

item(
    "Bangladesh police arrest thousands as curfew stays",
    """Bangladeshi police have arrested [[at least 2,500 people|arrested;a=police officials]]
    since clashes over civil service job quotas erupted last week, police officials told AFP on
    Sunday. In Dhaka alone, [[1,758 people|arrested;a=Faruk Hossain]] have been held, Dhaka
    Metropolitan Police spokesman Faruk Hossain said. The Bangladesh Nationalist Party (BNP),
    the main opposition, said [[more than 5,000 of its activists|arrested;a=The Bangladesh
    Nationalist Party (BNP)]] had been rounded up, including [[three senior
    leaders|arrested;a=The Bangladesh Nationalist Party (BNP)]] picked up from their homes
    before dawn. Hospital officials say [[at least 150 people|killed;a=Hospital officials]] have
    died in the violence, most of them from gunshot wounds. The army said [[some 27,000
    soldiers|combatants;a=The army]] were patrolling Dhaka and other cities under a curfew that
    is now lifted for {{seven hours}} a day, while a mobile internet blackout entered its
    {{ninth day}}. Home Minister Asaduzzaman Khan told reporters that only people involved in
    arson and vandalism were being detained, and that [[more than 200 police stations and
    government offices|housing;u=structure;n=police stations and government
    offices;a=Asaduzzaman Khan]] had been torched or vandalised. The Supreme Court on Sunday
    scaled back the quotas, ordering that {{93%}} of government jobs be allocated on merit.""",
)

item(
    "Maduro says more than 2,000 detained after disputed vote as rights groups count prisoners",
    """Nicolás Maduro said on Friday that [[2,229 people|arrested;a=Nicolás Maduro]] had been
    detained over the protests that followed the {{July 28}} presidential election, and promised
    that all of them would be sent to maximum-security prisons. The Venezuelan leader,
    proclaimed the winner by the National Electoral Council without any breakdown of the
    results, described the detainees as "terrorists" trained abroad. Foro Penal, the NGO that
    has tracked political detentions in the country for {{two decades}}, puts the figure lower:
    it has verified [[1,303 arrests|arrested;a=Foro Penal]] since election day, including [[129
    adolescents|arrested;a=Foro Penal]] and [[183 women|arrested;a=Foro Penal]]. With those
    arrests, the organization says, the number of political prisoners in Venezuela has reached
    [[1,581|arrested;a=the organization;alt=Foro Penal]], the highest it has recorded this
    century. [[At least 24 people|killed;a=human rights groups]] were killed in the first days
    of protests, according to human rights groups, most of them in poor neighbourhoods of
    Caracas that had once been strongholds of chavismo. Relatives gathered on Thursday outside
    the Tocorón prison in Aragua state, to which, they said, [[about 600 of the
    detainees|arrested;a=Relatives]] had been transferred last week. Attorney General Tarek
    William Saab said prosecutors had charged [[1,060 people|arrested;a=Tarek William Saab]]
    with terrorism and incitement to hatred, offences that carry sentences of up to {{30
    years}}. The opposition, which published tallies from more than {{80%}} of voting machines
    showing a clear win for Edmundo González, says [[11 of its regional campaign
    coordinators|arrested;a=The opposition]] are among those held. The Inter-American Commission
    on Human Rights has called the arrests "state terrorism", and UN investigators say detainees
    have been denied lawyers of their choice. Many families say they learned where their
    relatives were being held only from videos posted by the police on social media. Maduro, who
    has governed since {{2013}}, is due to begin a new {{six-year}} term in January.""",
)

item(
    "Iran protests: Rights group says nearly 20,000 arrested",
    """[[Nearly 20,000 people|arrested;a=the Human Rights Activists News Agency (HRANA)]] have
    been arrested in Iran since protests erupted in mid-September, according to the Human Rights
    Activists News Agency (HRANA). The US-based group, which relies on a network of activists
    inside the country, says [[at least 481 protesters|killed;a=The US-based group;alt=the Human
    Rights Activists News Agency (HRANA)]] have been killed by security forces, among them [[64
    children|killed;a=The US-based group;alt=the Human Rights Activists News Agency (HRANA)]].
    Iranian officials have given no overall figure, but the judiciary said last month that it
    had charged [[more than 2,000 people|arrested;a=the judiciary]] over what it calls "riots",
    [[around 1,000 of them|arrested;n=-;a=the judiciary]] in Tehran province. [[Two
    men|killed;a=Amnesty International]] have already been hanged over the unrest and [[at least
    11 others|arrested;a=Amnesty International]] sentenced to death, according to Amnesty
    International, which says some were convicted after trials lasting as little as {{15
    minutes}}. Among those detained are [[at least 70 journalists|arrested;a=the Committee to
    Protect Journalists]], says the Committee to Protect Journalists. The protests began after
    Mahsa Amini, a {{22-year-old}} Kurdish woman, died in the custody of the morality police on
    {{16 September}}, {{three days}} after her arrest for allegedly wearing her headscarf
    improperly. Officials put the death toll among the security forces at [[more than
    60|killed;a=Officials]].""",
)

item(
    "Over 4,000 held in Punjab crackdown after May 9 violence",
    """LAHORE: The Punjab police have so far arrested [[3,944 suspects|arrested;a=Usman Anwar]]
    allegedly involved in attacks on military installations and government buildings on {{May
    9}}, Inspector General of Police Usman Anwar said on Saturday. Addressing a press conference
    at the Central Police Office, the IGP said [[1,847 of them|arrested;n=-;a=the IGP;alt=Usman
    Anwar]] were held in Lahore alone, while [[2,097|arrested;a=the IGP;alt=Usman Anwar]] were
    arrested in other districts of the province. He said [[around 500 people|arrested;a=Usman
    Anwar;alt=the IGP]] had been released after their identities were verified, and that [[174
    policemen|injured;a=Usman Anwar;alt=the IGP]] were injured and [[98 police
    vehicles|other;a=Usman Anwar;alt=the IGP]] torched during the violence. The PTI, however,
    claims [[more than 7,500 of its workers|arrested;a=The PTI]] have been picked up across the
    country, including [[dozens of women|arrested;a=The PTI]]. The provincial government has
    extended {{Section 144}} in Lahore, Rawalpindi and Faisalabad for another {{seven days}}. On
    Monday, the corps commanders' conference resolved that those accused of attacking army
    installations would be tried under the Pakistan Army Act of {{1952}}, a decision rights
    groups said would deny civilians a fair trial.""",
)

item(
    "France: 719 arrests on fifth night of riots",
    """French police arrested [[719 people|arrested;a=the interior ministry]] overnight as
    rioting over the police killing of a teenager in a Paris suburb eased for a {{second}}
    night, the interior ministry said on Sunday. That brings to [[more than 3,000|arrested]] the
    number of people detained since the unrest began on Tuesday. [[Some 45,000 police and
    gendarmes|combatants;n=police and gendarmes]] were again deployed across France, backed by
    armoured vehicles and elite units. The ministry said [[45 officers|injured;a=The
    ministry;alt=the interior ministry]] were hurt overnight and [[577 vehicles|other;a=The
    ministry;alt=the interior ministry]] set on fire, along with [[74 buildings|housing;a=The
    ministry;alt=the interior ministry]].""",
)

item(
    "More than 1,000 arrested after riots in England, police chiefs say",
    """[[More than 1,000 people|arrested;a=the National Police Chiefs' Council (NPCC)]] have now
    been arrested in connection with the disorder that spread across England after the Southport
    stabbings, according to the National Police Chiefs' Council (NPCC). Of those,
    [[575|arrested;a=the council;alt=the National Police Chiefs' Council (NPCC)]] have been
    charged, the council said on Friday. Among those charged are [[a dozen children|arrested]],
    the youngest {{aged 13}}. Courts have been sitting into the evening to deal with the cases,
    and [[more than 100 people|arrested]] have already been jailed, some for up to {{three
    years}}. The NPCC chair, Chief Constable Gavin Stephens, said forces had [[6,000 specialist
    public order officers|combatants;a=Gavin Stephens]] ready for the weekend. The Ministry of
    Justice said it had freed up space for [[567 more prisoners|capacity;a=The Ministry of
    Justice]] in jails in England. [[More than 50 officers|injured;a=Merseyside Police]] were
    injured in a single night of rioting in Southport on {{30 July}}, Merseyside Police said.""",
)

item(
    "Turkey remands over 10,000 FETO suspects after defeated coup",
    """ANKARA: Turkish courts have ordered [[10,012 suspects|arrested;a=Binali Yildirim]] held
    in pretrial detention over the defeated {{July 15}} coup attempt, Prime Minister Binali
    Yildirim said on Friday. Speaking to reporters in Ankara, Yildirim said [[15,846
    people|arrested;a=Yildirim]] had been detained in total, including [[8,113
    soldiers|arrested;a=Yildirim]], [[1,481 judges and prosecutors|arrested;n=judges and
    prosecutors;a=Yildirim]] and [[1,329 police officers|arrested;a=Yildirim]]. He said [[4,060
    of the detainees|arrested;a=Binali Yildirim]] had been released after questioning. The coup
    attempt, which the government blames on the Fetullah Terrorist Organization (FETO), left
    [[246 people|killed]] dead, most of them civilians, and [[more than 2,100|injured]] injured.
    Separately, the Education Ministry suspended [[15,200 employees|other]] and asked all
    university deans to resign. The government has declared a {{three-month}} state of
    emergency, allowing it to rule by decree.""",
)

item(
    "State Security court renews detention of hundreds in single sitting, lawyers say",
    """A Cairo terrorism circuit court renewed the pretrial detention of [[more than 700
    defendants|arrested;a=lawyers]] in a single session held by video link on Sunday, lawyers
    told Mada Masr. The detainees did not appear in the courtroom but on screens relayed from
    Badr prison, and defence lawyers were given little time to speak. Under {{Article 143}} of
    the Code of Criminal Procedure, pretrial detention may not exceed {{two years}} for serious
    crimes, but rights groups have documented [[hundreds of detainees|arrested;a=rights groups]]
    held beyond that limit through "rotation", in which a detainee is added to a new case on the
    eve of release. The Egyptian Initiative for Personal Rights (EIPR) says [[at least 1,500
    people|arrested;a=The Egyptian Initiative for Personal Rights (EIPR)]] were brought before
    the Supreme State Security Prosecution for the first time in the first half of {{2024}},
    [[72 of them|arrested;n=-;a=The Egyptian Initiative for Personal Rights (EIPR)]] women. The
    Presidential Pardon Committee says [[more than 1,800 people|arrested;a=The Presidential
    Pardon Committee]] have been freed since the National Dialogue began in {{2022}}, but rights
    groups estimate that [[at least 4,000 others|arrested;a=rights groups]] were arrested over
    the same period. Lawyer Mahmoud Abdel Latif said [[three of his clients|arrested;a=Mahmoud
    Abdel Latif]] had now spent more than {{five years}} in detention without trial. In one
    session in January, the same court renewed detention for [[1,263 detainees|arrested;a=the
    Egyptian Front for Human Rights]] in {{under four hours}}, according to the Egyptian Front
    for Human Rights. Lawyers said the judge spent barely a minute on each case and rejected
    every request for release. The Supreme State Security Prosecution did not respond to a
    request for comment.""",
)

item(
    "Morocco says 409 held as youth protests turn deadly",
    """Moroccan authorities have arrested [[409 people|arrested;a=the interior ministry]] after
    youth-led protests over the state of public hospitals and schools turned violent in several
    cities, the interior ministry said. Ministry spokesman Rachid El Khalfi told a news
    conference in Rabat that [[263 security officers|injured;a=Rachid El Khalfi]] and [[23
    civilians|injured;a=Rachid El Khalfi]] had been hurt, and that [[142 police
    vehicles|other;a=Rachid El Khalfi]] and [[20 private cars|other;a=Rachid El Khalfi]] were
    damaged. [[Three people|killed;a=the ministry;alt=the interior ministry]] were shot dead
    when gendarmes opened fire on a crowd trying to storm a gendarmerie post in Lqliaa, near
    Agadir, the ministry said. The {{GenZ 212}} movement, which organises its protests on the
    Discord platform, says [[more than 1,000 of its supporters|arrested;a=The GenZ 212
    movement]] have been detained, many of them minors. Prosecutors have charged [[193
    people|arrested]], [[37 of them|arrested;n=-]] with offences carrying sentences of up to
    {{20 years}}. The protests, the largest since the Arab Spring of {{2011}}, were called after
    [[eight women|killed]] died in childbirth at a public hospital in Agadir.""",
)

item(
    "Kazakhstan says nearly 8,000 detained after unrest",
    """Kazakh authorities have detained [[7,939 people|arrested;a=the interior ministry]]
    following last week's unrest, the interior ministry said on Monday, as President
    Kassym-Jomart Tokayev called the violence an attempted coup. The health ministry said [[164
    people|killed;a=The health ministry]] had been killed, including [[three
    children|killed;a=The health ministry]], but state television later withdrew the figure,
    saying it had been published in error. Prosecutors on Saturday put the death toll at
    [[225|killed;a=Prosecutors]], including [[19 police officers and soldiers|killed;n=police
    officers and soldiers;a=Prosecutors]]. [[More than 2,200 people|injured;a=the health
    ministry]] sought medical help, the health ministry said. Tokayev told parliament that
    [[some 20,000 bandits|combatants;a=Tokayev]] had attacked Almaty, the largest city, where
    crowds set fire to the mayor's office and briefly seized the airport. The Russia-led
    Collective Security Treaty Organization flew in [[more than 2,000 troops|combatants]] at his
    request, the first time the alliance has deployed under its mutual defence clause. Rights
    activists in Almaty said [[dozens of detainees|arrested;a=Rights activists]] were still
    being held incommunicado, and that relatives had been turned away from police stations.""",
)

item(
    "Mozambique: Amnesty says thousands arrested in post-election crackdown, including children",
    """Mozambican security forces arrested [[at least 4,000 people|arrested;a=Amnesty
    International]] between October and January during protests over disputed election results,
    Amnesty International said on Wednesday, accusing police of holding [[hundreds of
    children|arrested;a=Amnesty International]] alongside adults in overcrowded cells. The
    rights group said it had interviewed [[48 former detainees|arrested;a=The rights
    group;alt=Amnesty International]], as well as lawyers and relatives, in Maputo, Nampula and
    Zambezia. Local monitor Plataforma Decide says [[at least 315 people|killed;a=Plataforma
    Decide]] were killed during the unrest, [[35 of them|killed;n=-;a=Plataforma Decide]]
    children, and [[more than 750|injured;a=Plataforma Decide]] injured by gunfire. Amnesty's
    regional director, Tigere Chagutah, said children {{as young as 12}} had been held for weeks
    without being brought before a judge. Police spokesman Orlando Mudumane said the arrests
    were lawful and that [[more than 80 police officers|injured;a=Orlando Mudumane]] had been
    injured by protesters, [[17 of them|injured;n=-;a=Orlando Mudumane]] by gunfire. He said
    [[1,600 detainees|arrested;a=Orlando Mudumane]] had since been released. The protests began
    after Daniel Chapo of Frelimo, the party in power since independence in {{1975}}, was
    declared the winner of the {{9 October}} vote with {{71%}}. Opposition candidate Venâncio
    Mondlane, who says he won, called the protests from exile. Amnesty urged the authorities to
    free everyone held for peaceful protest and to investigate the killings.""",
)

item(
    "Ethiopia: Thousands held under state of emergency, HRW says",
    """Ethiopian authorities have detained [[thousands of people|arrested;a=Human Rights
    Watch]], most of them ethnic Amhara, in Addis Ababa and the Amhara region since declaring a
    state of emergency in early August, Human Rights Watch said in a report published on
    Thursday. The group said it had documented [[more than 1,000 people|arrested;a=The
    group;alt=Human Rights Watch]] held without charge in makeshift detention sites, including
    [[at least 30 journalists and media workers|arrested;n=journalists and media workers;a=The
    group;alt=Human Rights Watch]]. Former detainees described being held at a police training
    camp in Awash Arba, where, they said, [[about 4,000 people|arrested;a=Former detainees]]
    were crammed into warehouses with little food or water. The Ethiopian Human Rights
    Commission, a state-appointed body, said in October that its monitors had visited [[50
    detention facilities|other;a=The Ethiopian Human Rights Commission]] and that [[at least 200
    detainees|arrested;a=The Ethiopian Human Rights Commission]] had been released after it
    intervened. Government spokesman Legesse Tulu said the emergency decree, which allows
    arrests without a court warrant for {{six months}}, was needed to restore order after Fano
    militia fighters briefly seized several towns in the region. The army says it has killed
    [[hundreds of Fano fighters|killed;a=The army]] since the fighting began.""",
)
