"""Protests, riots and crackdowns and who counts them: rights commissions, police chiefs,
interior ministries, hospitals, organisers and rival crowd estimates (12 articles with
figures, 1 without)."""

from _wrap import item

item(
    "KNCHR: 39 killed, 361 injured in anti-Finance Bill protests",
    """The Kenya National Commission on Human Rights (KNCHR) says
    [[39 people|killed;a=The Kenya National Commission on Human Rights (KNCHR)]] were killed
    and [[361|injured;a=The Kenya National Commission on Human Rights (KNCHR)]] injured during
    the anti-Finance Bill protests that swept the country over the past {{two weeks}}. In a
    statement on Monday, KNCHR chairperson Miriam Wekesa said the commission had recorded
    [[627 arrests|arrested;a=KNCHR chairperson Miriam Wekesa]] and that
    [[32 people|missing;a=KNCHR chairperson Miriam Wekesa]] had been reported missing after
    being picked up by men believed to be police officers. The figures are higher than those
    given by the government. Interior Cabinet Secretary Peter Mwangi told the Senate on
    Thursday that [[19 deaths|killed;a=Interior Cabinet Secretary Peter Mwangi]] had been
    recorded across the country. National Police Service spokesperson Dr Muchiri Nyaga said
    [[over 50 officers|injured;a=National Police Service spokesperson Dr Muchiri Nyaga]] were
    hurt, some by stones and others by petrol bombs. At Kenyatta National Hospital,
    [[over 160 patients|injured;a=a hospital official]] were treated for gunshot wounds and
    tear gas injuries, a hospital official who declined to be named told the Nation. Amnesty
    International Kenya, which has been tracking the deaths with other rights groups, put the
    toll in Nairobi alone at [[at least 17|killed;a=Amnesty International Kenya]]. President
    William Ruto has since withdrawn the Bill, which sought to raise {{Sh346 billion}} in new
    taxes. The protests, largely organised by young people on social media,
    peaked on {{June 25}}, when demonstrators briefly stormed Parliament and police opened
    fire outside the building. Rights groups have called for an independent inquiry into the
    killings. The Independent Policing Oversight Authority said it had opened investigations
    into the conduct of officers in Nairobi, Nakuru and Mombasa.""",
)

item(
    "Iran protest death toll passes 300, rights groups say",
    """Iranian security forces have killed [[at least 326 people|killed;a=Iran Human Rights]],
    including [[43 children|killed;a=Iran Human Rights]] and
    [[25 women|killed;a=Iran Human Rights]], in the crackdown on protests sparked by the death
    of Mahsa Amini, Iran Human Rights said on Saturday. The Oslo-based group said the toll
    included [[123 people|killed;a=The Oslo-based group;alt=Iran Human Rights]] killed in
    Sistan-Baluchistan province, where the deadliest single day of the unrest took place in
    Zahedan on {{September 30}}. The US-based Human Rights Activists News Agency (HRANA) gave a
    toll of [[318|killed;a=The US-based Human Rights Activists News Agency (HRANA)]],
    including [[38 members|killed;a=The US-based Human Rights Activists News Agency (HRANA)]]
    of the security forces. HRANA said
    [[14,825 people|arrested;a=HRANA]] had been arrested across the country. Iranian officials have given no overall toll, but state media said
    on Thursday that [[more than 40 security personnel|killed;a=state media]] had been
    "martyred" by "rioters". Tehran's prosecutor said indictments had been issued against
    [[around 1,000 people|arrested;a=Tehran's prosecutor]] in the capital alone. The
    {{22-year-old}} Kurdish woman died in the custody of the morality police on
    {{September 16}}. AFP could not independently verify the tolls. Authorities blame the unrest on Iran's foreign
    enemies, including the United States and Israel.""",
)

item(
    "Dozens killed as Bangladesh quota protests spread; internet cut",
    """Clashes between police and students protesting government job quotas killed
    [[at least 39 people|killed;a=hospital officials and local media reports]] across
    Bangladesh on Thursday, according to hospital officials and local media reports. At Dhaka
    Medical College Hospital, an official who spoke on condition of anonymity because he was
    not authorized to brief reporters said [[22 bodies|killed;a=an official]] had been brought
    to the morgue since the afternoon. Police said
    [[more than 100 officers|injured;a=Police]] had been injured and that protesters had set
    fire to [[dozens of vehicles|other;a=Police]] and
    [[two police stations|housing;u=structure;a=Police]]. Dhaka Metropolitan Police
    spokesman Rezaul Karim said [[about 500 people|arrested;a=Dhaka Metropolitan Police
    spokesman Rezaul Karim]] had been detained in the capital. The government shut down mobile
    internet nationwide and ordered schools and universities closed indefinitely. A
    coordinator of the Students Against Discrimination movement, speaking by phone from
    hiding, said [[hundreds of students|injured;a=A coordinator of the Students Against
    Discrimination movement]] had been wounded by rubber bullets and pellets. An AP tally
    based on figures from hospitals counted [[32 deaths|killed;a=AP]] on Thursday alone. The
    quota system reserves {{30%}} of government jobs for relatives of veterans of the
    country's {{1971}} independence war. Students say the system favors supporters of Prime Minister
    Sheikh Hasina's Awami League party and want government jobs awarded on merit. Hasina
    defended the quotas, saying veterans deserved the highest respect for their contribution
    to the war "regardless of their political affiliation." The country's top court
    suspended a lower court order reinstating the quotas earlier this month and is due to
    rule on the case on {{August 7}}. Authorities also deployed paramilitary Border Guard
    Bangladesh forces in Dhaka and other major cities.""",
)

item(
    "Mozambique police say 3 officers killed as post-election unrest spreads",
    """Mozambique's police said on Wednesday that [[three officers|killed;a=Mozambique's
    police]] had been killed and [[25 police officers|injured;a=Mozambique's police]] injured
    since protests against the results of the {{October 9}} election began. Police
    commander-general Lino Massingue told a news conference in Maputo that
    [[14 police stations|housing;u=structure;a=Police commander-general Lino Massingue]] had
    been torched. He put the number of civilian deaths at
    [[33|killed;a=Police commander-general Lino Massingue]]. Plataforma Decide, a civil
    society electoral monitoring group, gives a far higher figure: it says
    [[at least 110 people|killed;a=Plataforma Decide]] have been killed by police since the
    unrest began. It also said [[over 3,500 people|arrested;a=Plataforma Decide]] had been
    detained. The main hospital in Maputo, Hospital Central, said it had treated
    [[over 70 people|injured;a=Hospital Central]] for gunshot wounds in the past week. Shops
    and warehouses were looted in the capital and in Matola. [[Some 2,000 Mozambicans|displaced;a=Malawi's
    Department of Disaster Management Affairs]] have crossed into Malawi to escape the
    violence, Malawi's Department of Disaster Management Affairs said. Opposition candidate
    Venâncio Mondlane, who says he won the vote, has called for a further {{three days}} of
    protests.""",
)

item(
    "Georgia detains over 100 as pro-EU protests enter fourth night",
    """Georgia's Interior Ministry said on Sunday it had detained
    [[107 people|arrested;a=Georgia's Interior Ministry]] overnight in Tbilisi, as pro-EU
    demonstrators rallied outside parliament for a {{fourth}} night. It said
    [[32 police officers|injured;a=Georgia's Interior Ministry]] had been hurt,
    [[three of them|injured;n=-;a=Georgia's Interior Ministry]] seriously, by fireworks and
    stones thrown by protesters. The country's public defender, Nino Lomidze, said her staff
    had visited [[about 80 detainees|arrested;a=Nino Lomidze]], most of whom showed signs of
    beatings. The opposition Coalition for Change said
    [[more than 150 protesters|injured;a=The opposition Coalition for Change]] had needed
    medical treatment. Health Ministry figures showed
    [[44 people|injured;a=Health Ministry]] were hospitalised on Saturday night. Police used
    water cannon and tear gas to clear Rustaveli Avenue shortly after {{2am}}. Organisers put
    the crowd at [[tens of thousands|other;a=Organisers]]. The protests began after Prime
    Minister Irakli Kobakhidze said the government would suspend talks on joining the
    European Union until {{2028}}.""",
)

item(
    "French police arrest 719 on fifth night of riots",
    """Police in France arrested [[719 people|arrested;a=the interior ministry]] on the
    {{fifth}} night of unrest over the police killing of a teenager, the interior ministry
    said on Sunday morning, fewer than [[the 1,311|arrested;a=the interior ministry]] held the
    night before. [[Forty-five police officers and gendarmes|injured;n=police officers and
    gendarmes;a=the interior ministry]] were injured, it said. [[577 vehicles|other;a=the ministry;alt=the interior
    ministry]] were torched and [[74 buildings|housing;a=the ministry;alt=the interior
    ministry]] damaged, according to the ministry's figures. In Marseille,
    [[56 people|arrested;a=the city's police chief]] were arrested, the city's police chief
    said. The government kept [[45,000 police and gendarmes|combatants;n=police and
    gendarmes]] on the streets for a {{second}} night running, backed by armoured vehicles.
    Nahel M, {{17}}, was shot dead at point-blank range during a traffic stop in the Paris
    suburb of Nanterre on Tuesday. Since then,
    [[more than 3,000 people|arrested;a=French media]] have been detained, French media
    reported, citing police sources. His grandmother has appealed for calm.""",
)

item(
    "PTI claims 12 workers killed in Islamabad crackdown; govt denies",
    """Pakistan Tehreek-i-Insaf (PTI) leaders claimed on Wednesday that
    [[at least 12 party workers|killed;a=Pakistan Tehreek-i-Insaf (PTI) leaders]] were killed
    when security forces cleared the party's sit-in at D-Chowk, a claim the government
    rejected as "propaganda". Information Minister Imran Zaidi told a press conference that no
    protester had been killed by live fire and that
    [[four security personnel|killed;a=Information Minister Imran Zaidi]] had died after
    being hit by a vehicle driven by protesters. He said
    [[more than 100 law enforcers|injured;a=Information Minister Imran Zaidi]] had been
    injured. Islamabad police said [[954 people|arrested;a=Islamabad police]] were arrested
    in the capital. A Pims official, requesting anonymity, told Dawn the hospital had received
    [[two bodies|killed;a=A Pims official]] and [[over 60 injured people|injured;a=A Pims
    official]] overnight. PTI's information secretary, in a post on X, later put the number of
    dead at [[20|killed;a=PTI's information secretary]] and said
    [[hundreds of workers|missing;a=PTI's information secretary]] were missing. The government
    had deployed [[some 20,000 police and Rangers|combatants;n=police and Rangers]] in the
    capital and sealed its entry points with containers. Dawn could not verify either side's
    figures.""",
)

item(
    "Indonesian police arrest 3,195 after week of protests over lawmakers' perks",
    """Indonesian police said Monday they had arrested
    [[3,195 people|arrested;a=Indonesian police]] during a week of protests over lawmakers'
    allowances that turned violent in Jakarta and other cities. National Police spokesman
    Brigadier General Arif Santoso told reporters the detainees included
    [[583 minors|arrested;a=National Police spokesman Brigadier General Arif Santoso]], most
    of whom had been released to their parents. The National Commission on Human Rights
    (Komnas HAM) said [[10 people|killed;a=The National Commission on Human Rights (Komnas
    HAM)]] had died in the unrest, including a motorcycle taxi driver run over by a police
    armored vehicle. The Indonesian Legal Aid Foundation (YLBHI) put the number of people still
    missing at [[20|missing;a=The Indonesian Legal Aid Foundation (YLBHI)]]. According to the
    Jakarta provincial administration, [[22 bus shelters|housing;a=the Jakarta provincial
    administration]] and [[six police posts|housing;u=structure;a=the Jakarta provincial
    administration]] were burned. The Health Ministry said
    [[more than 300 people|injured;a=The Health Ministry]] had been treated at hospitals in
    the capital. The military deployed [[1,500 troops|combatants;a=a military spokesman]] to
    guard government buildings, a military spokesman said.""",
)

item(
    "#EndBadGovernance: Amnesty says 13 killed, police say 7",
    """[[At least 13 protesters|killed;a=Amnesty International Nigeria]] were
    killed on the first day of the #EndBadGovernance protests, Amnesty International Nigeria
    said in a statement on Thursday. It said [[six|killed;a=Amnesty International Nigeria]]
    of the victims were shot in Kano. But the Inspector-General of Police, Adamu Bello, told
    journalists in Abuja that [[seven people|killed;a=Adamu Bello]] had died nationwide and
    that [[681 suspects|arrested;a=Adamu Bello]] had been arrested for looting and arson. He
    added that [[eight police stations|housing;u=structure;a=Adamu Bello]] had been vandalised
    and that [[4,200 officers|combatants;a=Adamu Bello]] had been deployed in the Federal
    Capital Territory alone. In Kano, where a {{24-hour}} curfew was imposed, the state
    government said [[over 40 shops|housing;a=the state government]] had been burned. At the
    Murtala Muhammad Specialist Hospital, [[17 people|injured;a=a nurse]] were admitted with
    gunshot wounds, a nurse who declined to be named told PREMIUM TIMES. Residents said
    soldiers fired tear gas at crowds near the Kofar Nassarawa roundabout.""",
)

item(
    "Organizers say 200,000 rallied in Tel Aviv; police, TV give lower numbers",
    """Organizers said [[some 200,000 people|other;a=Organizers]] rallied in Tel Aviv on
    Saturday night against the government's judicial overhaul, while {{Channel 12}} estimated the
    crowd at [[about 145,000|other;a=Channel 12]]. Crowd-estimating firm CrowdSolutions put
    the Tel Aviv turnout at [[155,000|other;a=Crowd-estimating firm CrowdSolutions]]. Police
    said [[22 people|arrested;a=Police]] were arrested after demonstrators blocked the Ayalon
    Highway and lit bonfires. [[Three officers|injured;a=Police]] were lightly hurt, they
    added. Magen David Adom said its medics treated
    [[four protesters|injured;a=Magen David Adom]], including a woman who was hit by a car
    that drove into the crowd near the Kaplan junction. Nationwide, protests were held in
    [[more than 150 locations|other;u=other;a=the organizers]], according to the organizers.
    In Jerusalem, [[about 10,000 people|other]] demonstrated outside the President's
    Residence. It was the {{10th}} straight week of protests.""",
)

item(
    "16 farmers injured as Haryana Police fire tear gas at Shambhu border",
    """[[At least 16 farmers|injured;a=farm union leaders]] were injured when the Haryana
    Police fired tear gas shells and rubber bullets at protesters trying to march towards
    Delhi from the Shambhu border on Wednesday, farm union leaders said. Kisan Mazdoor Morcha
    leader Gurmeet Singh Sandhu said [[four|injured;a=Kisan Mazdoor Morcha leader Gurmeet
    Singh Sandhu]] of the injured were referred to the Government Rajindra Hospital in
    Patiala. A senior Haryana Police officer said [[12 personnel|injured;a=A senior Haryana
    Police officer]] were also hurt in stone-pelting. Doctors at the Rajpura Civil Hospital
    said they had treated [[about 40 people|injured;a=Doctors at the Rajpura Civil
    Hospital]], mostly for breathing difficulties. The police estimated
    [[around 10,000 farmers|other;a=The police]] with
    [[1,200 tractor-trolleys|other;u=other;a=The police]] were at the border; the unions put
    the number at [[over 25,000|other;a=the unions]]. [[56 farmers|arrested]] were detained
    near Ambala. The farmers are demanding a legal guarantee of minimum support prices for
    all crops.""",
)

item(
    "Seventeen die in Juliaca as Peru's protests turn deadliest yet",
    """[[Seventeen people|killed;a=Peru's Ombudsman's Office]] died in clashes between
    protesters and security forces around the airport of Juliaca, in the southern region of
    Puno, Peru's Ombudsman's Office said on Tuesday. The office, which keeps a daily count of
    social conflicts, said [[68 people|injured;a=The office;alt=Peru's Ombudsman's Office]]
    were wounded. The regional health directorate of Puno put the number of injured at
    [[more than 100|injured;a=The regional health directorate of Puno]]. Police said
    [[75 officers|injured;a=Police]] had been hurt and that [[one police officer|killed;a=Police]]
    was burned to death inside his patrol car. Since the protests began in December,
    [[46 people|killed;a=the Ombudsman]] have died, according to the Ombudsman. The Prime
    Minister told Congress that [[about 10,000 police officers|combatants;a=The Prime
    Minister]] had been sent to the south. The Ombudsman's Office counted
    [[113 roadblocks|other;u=other;a=The Ombudsman's Office]] across the country on Monday.
    Protesters are demanding the resignation of President Dina Boluarte, who took office on
    {{December 7}}, and early elections.""",
)

item(
    "Section 144 imposed in Lahore ahead of opposition rally",
    """The Punjab government on Friday imposed {{Section 144}} in Lahore for {{seven days}},
    banning all gatherings, rallies and sit-ins ahead of an opposition rally planned for
    Sunday. A notification issued by the Punjab Home Department said the order would remain
    in force until {{11:59pm}} on {{September 28}}. The department cited "credible threat
    alerts" but did not give details. The rally's organisers said they had applied for
    permission on {{September 15}} and had not received a reply. Under the {{1898}} Code of
    Criminal Procedure, a violation of the order is punishable by up to {{six months}} in
    prison. A spokesperson for the party said the ban violated {{Article 16}} of the
    Constitution, which guarantees the right of peaceful assembly. Last year the Lahore High
    Court struck down a similar order issued {{48 hours}} before a rally.""",
)
