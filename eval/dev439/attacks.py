"""dev439 items: militant attacks in Balochistan and Khyber Pakhtunkhwa (the Jaffar Express
hijacking, the TTP and the BLA, bombings at police stations, mosques, rallies and stations,
kidnappings), 18 texts, 2 without a figure."""

from _wrap import item

item(
    "Separatists hold train passengers in Bolan Pass tunnel",
    """QUETTA, Pakistan, {{March 12}} (Reuters) - Separatist gunmen who stopped a passenger train
    in a tunnel in Pakistan's southwestern Balochistan province were still holding
    [[dozens of passengers|kidnapped;a=security officials]] on Wednesday after troops freed
    [[155 hostages|kidnapped;a=security officials]] overnight, security officials said. The
    Jaffar Express was carrying [[about 440 passengers|other;a=railway officials]] in
    [[nine coaches|other;u=other;a=railway officials]] when the attackers blew up the track and
    opened fire, railway officials told Reuters. The Baloch Liberation Army, which claimed the
    attack, said it had killed [[30 soldiers|killed;a=The Baloch Liberation Army]] who were
    travelling on the train, a claim the army did not confirm. At the hospital in Sibi, a doctor
    said [[27 wounded people|injured;a=a doctor]] had been brought in since Tuesday night,
    [[six|injured;a=a doctor]] of them in a critical condition. Relatives waited at Quetta
    railway station, where the train had left at {{9am}} on Tuesday for its {{1,600-km}} journey
    to Peshawar.""",
)

item(
    "Military says train siege over",
    """ISLAMABAD - Pakistan's military said on Wednesday evening it had ended a {{36-hour}} siege
    of a hijacked train in Balochistan, killing [[all 33 attackers|killed;a=Pakistan's military]]
    and freeing [[346 hostages|kidnapped;a=Pakistan's military]].
    [[Twenty-one hostages|killed;a=the military's spokesman]] were killed by the militants before
    the rescue began, [[18 of them security personnel|killed;a=the military's spokesman]]
    travelling on leave, the military's spokesman told a news conference in Rawalpindi. He said
    [[four paramilitary soldiers|killed;a=the military's spokesman]] had died in the operation and
    [[37 passengers|injured;a=the military's spokesman]] had been wounded. On Thursday a railway
    spokesman said [[five more bodies|killed;a=a railway spokesman]] had been recovered from the
    coaches, bringing the toll among passengers, crew and troops to
    [[30|killed;a=a railway spokesman]]. The army said the rescue had involved
    [[more than 300 commandos|combatants;a=The army;alt=Pakistan's military]] backed by
    helicopters and drones. Security officials said
    [[as many as 50 passengers|missing;a=Security officials]] who fled into the surrounding hills
    during the siege had not yet been accounted for.""",
)

item(
    "Militants storm police station in Dera Ismail Khan",
    """PESHAWAR: [[Ten policemen|killed;a=police]] were martyred and
    [[six others|injured;a=police]] injured when militants armed with rifles and rocket-propelled
    grenades stormed the Chodhwan police station in Dera Ismail Khan district late on Sunday,
    police said. The attack, the {{third}} on a police station in the district this month, began
    at about {{11.30pm}} and lasted for nearly {{three hours}}. Police said the attackers numbered
    [[between 25 and 30|combatants;a=Police]] and used night-vision goggles. The
    Tehreek-e-Taliban Pakistan (TTP) claimed responsibility in a message to reporters. It was the
    deadliest attack on the province's police since {{January 2023}}, when a suicide bomber killed
    [[84 people|killed]], most of them policemen, at a mosque inside the Peshawar police lines.
    Provincial police chief Saleem Durrani said
    [[1,200 additional personnel|combatants;p;a=Provincial police chief Saleem Durrani]] would be
    sent to the southern districts by the end of the month. Since January,
    [[137 police officers|killed;a=police data]] have been killed in Khyber Pakhtunkhwa,
    according to police data.""",
)

item(
    "Suicide bomber strikes Mawlid procession in Mastung",
    """MASTUNG, Pakistan - A suicide bomber blew himself up among worshippers gathering for a
    procession marking the birthday of the Prophet Muhammad in Mastung on Friday, killing
    [[at least 52 people|killed;a=officials]] and wounding
    [[more than 70|injured;a=officials]], officials said. Among the dead were
    [[nine children|killed;a=Abdul Razzaq Kakar]], the youngest a {{six-year-old}} boy, said Abdul
    Razzaq Kakar, a health official in Quetta. A deputy superintendent of police and
    [[two constables|killed;a=police]] guarding the route were among those killed, police said.
    Balochistan's information minister said
    [[about 500 people|other;a=Balochistan's information minister]] had gathered outside the
    Madina mosque when the bomber struck at about {{11am}}. Hours later, a second blast at a
    mosque in Hangu, in Khyber Pakhtunkhwa, killed [[five worshippers|killed;a=police]] and
    injured [[12|injured;a=police]], police said. No group claimed either attack, and the
    Pakistani Taliban denied involvement. The provincial government announced compensation of
    {{Rs1 million}} for the family of each person killed and declared {{three days}} of
    mourning.""",
)

item(
    "Toll from Bajaur convention bombing rises",
    """KHAR, Bajaur: The death toll from Sunday's suicide bombing at a workers' convention of the
    Jamiat Ulema-e-Islam-Fazl (JUI-F) in Bajaur rose to [[63|killed;a=district health officials]]
    on Tuesday, district health officials said, after
    [[seven of the wounded|killed;a=district health officials]] died overnight in Peshawar's Lady
    Reading Hospital. {{Rescue 1122}}, the provincial emergency service, had earlier put the
    number of dead at [[54|killed;a=Rescue 1122;alt=the provincial emergency service]].
    [[More than 120 people|injured;a=the hospital's spokesman]] were still being treated,
    [[17|injured;a=the hospital's spokesman]] of them in intensive care, the hospital's spokesman
    said. Police said [[about 400 party workers|other;a=Police]] had crowded into a tent in the
    town of Khar when the bomber struck. The Islamic State's Khorasan branch claimed the bombing,
    calling the party's members apostates. The Counter-Terrorism Department said on Tuesday it had
    arrested [[three suspected facilitators|arrested;a=The Counter-Terrorism Department]] in
    Bajaur and Peshawar. It was the deadliest attack in the district since {{2008}}.""",
)

item(
    "Gunmen pull passengers off buses on Balochistan highway",
    """QUETTA - Gunmen blocked a highway in Balochistan's Musakhel district overnight, checked
    the identity cards of travellers and shot dead
    [[23 passengers|killed;a=the district's deputy commissioner]], most of them labourers from
    Punjab, the district's deputy commissioner said on Monday. He said the attackers also set
    fire to [[10 vehicles|other;a=the district's deputy commissioner]],
    [[four of them trucks|other;a=the district's deputy commissioner]]. The killings on the
    {{N-70}} highway were part of a wave of coordinated assaults that the Baloch Liberation Army
    said it had launched across the province, hitting police stations, railway lines and a
    paramilitary camp in Bela. By Monday evening the military put the toll from the night's
    violence at [[14 security personnel|killed;a=the military]] and
    [[at least 38 civilians|killed;a=the military]], and said
    [[21 militants|killed;a=the military]] had been killed in the operations that followed. The
    BLA said its fighters had killed [[more than 100 soldiers|killed;a=The BLA]], a figure that
    could not be independently verified. The attacks came on the anniversary of the death of the
    Baloch nationalist leader Akbar Bugti, killed in a military operation in {{2006}}.""",
)

item(
    "Twin car bombs hit Bannu cantonment",
    """BANNU, Pakistan - Suicide bombers drove
    [[two explosives-laden vehicles|other;a=the military]] into the wall of the Bannu cantonment
    on Tuesday evening, and [[more than a dozen gunmen|combatants;a=the military]] tried to
    storm the compound through the breach, the military said. [[Five soldiers|killed;a=the ISPR]]
    and [[13 civilians|killed;a=the ISPR]] were killed, among them
    [[four children|killed;a=the ISPR]] at a nearby mosque whose roof collapsed in the blast, the
    ISPR said, adding that [[all 16 attackers|killed;a=the ISPR]] had been shot dead. A district
    hospital official said [[32 people|injured;a=A district hospital official]] were being
    treated, [[five of them women|injured;a=A district hospital official]]. Police said the
    blasts damaged [[eight houses|housing;a=Police]] and [[14 shops|housing;a=Police]] in the
    bazaar next to the cantonment. A faction of the Pakistani Taliban loyal to Hafiz Gul Bahadur
    claimed the attack. It was the {{second}} assault on the cantonment in {{two years}}.""",
)

item(
    "Suicide blast on Quetta railway platform",
    """QUETTA - A suicide bomber blew himself up on a crowded platform at Quetta railway station
    on Saturday morning as [[about 100 soldiers|combatants;a=police]] waited to board a train,
    killing [[at least 26 people|killed;a=police]], [[14 of them soldiers|killed;a=police]],
    police said. Railway police said [[about 250 passengers|other;a=Railway police]] were on the
    platform at the time. The provincial government's spokesman, Naseer Lango, said
    [[62 people|injured;a=Naseer Lango;alt=The provincial government's spokesman]] had been taken to the Civil Hospital, of whom
    [[seven|injured;a=Naseer Lango;alt=The provincial government's spokesman]] were in a critical condition. The Jaffar Express had been due
    to leave for Peshawar at {{9am}}. The BLA claimed the bombing in a statement to reporters.
    Train services to and from Quetta were suspended for {{four days}}; the station had reopened
    to passengers only {{three months}} earlier after repairs.""",
)

item(
    "Suicide car bomber kills Chinese engineers in Shangla",
    """SHANGLA, Pakistan - [[Six people|killed;a=police]] were killed on Tuesday when a suicide
    bomber rammed an explosives-laden car into a convoy carrying Chinese engineers near Besham,
    [[five of them Chinese nationals|killed;a=police]] and the {{sixth}} their Pakistani driver,
    police said. The engineers were travelling in a convoy of [[six vehicles|other]] from
    Islamabad to the Dasu hydropower project when the car struck, and their bus fell into a ravine
    about {{50 metres}} deep. Regional police chief Mohammad Ali Khattak said
    [[12 suspects|arrested;a=Regional police chief Mohammad Ali Khattak]] had been detained in
    Shangla and Kohistan. China's foreign ministry demanded a thorough investigation, and the
    Chinese contractor suspended work at the site, sending home
    [[more than 2,000 Pakistani workers|other]]. It was the {{third}} major attack on Chinese
    interests in Pakistan in a week, and the deadliest on Chinese workers since {{July 2021}},
    when a bus bombing on the same road killed [[nine Chinese workers|killed]] and
    [[four Pakistanis|killed]].""",
)

item(
    "Police guarding vaccinators shot dead in Bajaur",
    """KHAR, Bajaur - Gunmen on a motorcycle shot dead
    [[two policemen|killed;a=district police officials]] escorting a polio vaccination team in
    Bajaur's Mamund tehsil on Wednesday morning, district police officials said. The vaccinators
    they were guarding escaped unhurt. The campaign in Bajaur, part of a national drive to
    vaccinate [[about 45 million children|aid;p]] under the {{age of five}}, was suspended for
    {{three days}}. Police said [[3,000 officers|combatants;a=Police]] had been deployed to guard
    vaccination teams in the district. It was the {{fourth}} attack on polio teams in Bajaur this
    year. Since {{2012}},
    [[more than 100 polio workers and police escorts|killed;n=polio workers and police escorts;a=the health ministry]]
    have been killed in Pakistan, according to the health ministry. The national polio programme
    has recorded [[74 cases|other;a=The national polio programme]] of wild poliovirus this year,
    [[22|other;u=other;a=The national polio programme]] of them in Khyber Pakhtunkhwa.""",
)

item(
    "Frontier Corps soldiers killed in Kalat attack",
    """[[Eighteen paramilitary soldiers|killed;a=Inter-Services Public Relations (ISPR)]] were
    killed when militants attacked their post in the Mangochar area of Kalat district late on
    Saturday, Inter-Services Public Relations (ISPR) said on Sunday.
    [[Twelve attackers|killed;a=the military's media wing;alt=Inter-Services Public Relations (ISPR)]]
    were killed in the clearance operation that followed, the military's media wing added,
    putting the number of militants involved at
    [[between 40 and 50|combatants;a=the military's media wing;alt=Inter-Services Public Relations (ISPR)]].
    A local Levies official told Dawn that
    [[at least 25 soldiers|injured;a=A local Levies official]] had been wounded and flown to the
    Combined Military Hospital in Quetta. Residents of Mangochar said
    [[two civilians|killed;a=Residents of Mangochar]] had been killed by stray fire. The BLA,
    which claimed the attack, said in a statement that it had killed
    [[more than 30|killed;a=The BLA]]. The post guards the Quetta-Karachi highway, the {{N-25}},
    which was closed to traffic for {{nine hours}}.""",
)

item(
    "Think tank counts deadliest month in a decade",
    """ISLAMABAD: Militant attacks in Pakistan killed
    [[245 people|killed;a=the Pakistan Institute for Conflict and Security Studies (PICSS)]] in
    January, the highest monthly toll in a decade, according to the Pakistan Institute for
    Conflict and Security Studies (PICSS). Of those killed,
    [[91|killed;a=the Islamabad-based think tank;alt=Pakistan Institute for Conflict and Security Studies]]
    were security personnel,
    [[72|killed;a=the Islamabad-based think tank;alt=Pakistan Institute for Conflict and Security Studies]]
    civilians and
    [[82|killed;a=the Islamabad-based think tank;alt=Pakistan Institute for Conflict and Security Studies]]
    militants, the Islamabad-based think tank said in its monthly report. It recorded
    [[74 attacks|other;u=other;a=Pakistan Institute for Conflict and Security Studies]] during
    the month, up {{42 percent}} from December,
    [[58|other;u=other;a=Pakistan Institute for Conflict and Security Studies]] of them in Khyber
    Pakhtunkhwa. In Balochistan, [[14 attacks|other;u=other]] killed [[61 people|killed]], most
    of them on the highways. The think tank said
    [[48 suspected militants|arrested;a=The think tank;alt=Pakistan Institute for Conflict and Security Studies]]
    had been arrested during the month, against
    [[29|arrested;a=The think tank;alt=Pakistan Institute for Conflict and Security Studies]] in
    December.""",
)

item(
    "Police revise toll in Peshawar mosque bombing",
    """PESHAWAR - Police in Khyber Pakhtunkhwa on Thursday lowered the death toll from Monday's
    suicide bombing at a mosque inside the city's police headquarters to
    [[84|killed;a=Police in Khyber Pakhtunkhwa]], saying some victims had been counted twice by
    different hospitals. Lady Reading Hospital had earlier reported
    [[101 dead|killed;a=Lady Reading Hospital]]. Provincial police chief Iftikhar Hussain Shah
    said [[about 300 police officers|other;a=Provincial police chief Iftikhar Hussain Shah]] were
    praying in the mosque when the bomber, wearing a police uniform, blew himself up in the
    {{second}} row. He said
    [[more than 150|injured;a=Provincial police chief Iftikhar Hussain Shah]] had been injured,
    most of them when the roof collapsed. Police said they had detained
    [[23 people|arrested;a=Police]], including [[four police constables|arrested;a=Police]]
    suspected of helping the bomber enter the compound. The mosque, built in the {{1990s}}, will
    be rebuilt at the government's expense.""",
)

item(
    "Gunmen fire on passenger convoy in Kurram",
    """PARACHINAR, Pakistan - Gunmen ambushed a convoy of [[about 200 vehicles|other;a=officials]]
    travelling under police escort from Parachinar to Peshawar on Thursday, killing
    [[at least 42 people|killed;a=officials]], including [[seven women|killed;a=officials]] and
    [[three children|killed;a=officials]], officials said. Deputy Commissioner Javedullah Khan
    told AFP that
    [[more than 30 others|injured;a=Deputy Commissioner Javedullah Khan]] had been wounded. The
    ambush set off a week of fighting between Sunni and Shia tribes in which
    [[at least 130 people|killed;a=the district administration]] were killed before a ceasefire
    took hold, according to the district administration. Authorities said
    [[more than 300 shops|housing;a=Authorities]] and [[dozens of homes|housing;a=Authorities]]
    had been burned in the Bagan bazaar, and [[several hundred families|displaced;a=Authorities]] fled towards
    Hangu. The road, the only link between upper Kurram and the rest of the country, was closed
    and stayed shut for {{nearly four months}}.""",
)

item(
    "Quadcopter attacks on police rise in southern districts",
    """BANNU - Militants in Khyber Pakhtunkhwa's southern districts have carried out
    [[at least 43 quadcopter attacks|other;u=other;a=a police report]] on police stations and
    posts since January, killing [[nine policemen|killed;a=a police report]] and
    [[two civilians|killed;a=a police report]], according to a police report seen by Dawn. In
    Bannu alone, [[14 police stations|other;u=structure]] have been hit. The report says that
    [[17 of the drones|other;a=The report;alt=a police report]] were shot down by police
    marksmen. Police in Bannu told Reuters they had received
    [[just four anti-drone systems|other;u=other;a=Police in Bannu]] for
    [[more than 30 police stations|other;u=structure;a=Police in Bannu]] and posts in the
    district. Constable Gul Nawaz, {{45}}, who was wounded in the leg when a drone dropped a
    mortar round on his post in Domel, said the men now sleep in trenches. "We hear the buzzing at
    {{2am}} and we run," he said.""",
)

item(
    "Atomic energy workers abducted in Lakki Marwat",
    """LAKKI MARWAT - Militants abducted [[16 workers|kidnapped;a=police]] of the Pakistan Atomic
    Energy Commission from a mining site in Qabul Khel on Thursday and set fire to
    [[two vehicles|other;a=police]], police said. Police said
    [[20 to 25 militants|combatants;a=Police]] had taken part in the raid on the site. Security
    forces rescued [[eight of the hostages|kidnapped;a=the district police officer]] in an
    operation overnight, the district police officer said on Friday, but
    [[the remaining eight|kidnapped;a=the district police officer]] were still being held. The
    Pakistani Taliban later released a video showing [[five of the captives|kidnapped]] pleading
    with the government to meet the group's demands, which include the release of
    [[two dozen prisoners|arrested]]. A jirga of [[about 60 elders|other]] from the area has
    offered to mediate. The HRCP says
    [[at least 112 people|kidnapped;a=The HRCP]] were abducted by militants in Khyber Pakhtunkhwa
    last year, up from [[80|kidnapped;a=The HRCP]] in {{2023}}.""",
)

item(
    "Army Public School victims remembered ten years on",
    """PESHAWAR - Parents gathered at the Army Public School in Peshawar on Monday to mark
    {{10 years}} since the attack of {{December 16, 2014}}, the deadliest militant assault in the
    country's history. Shahana Bibi, whose {{15-year-old}} son was killed in the school's
    auditorium, said the years had not dulled the pain: she still sets his place at the table at
    {{8pm}}. At {{10.30am}}, the time the gunmen entered the school, a siren sounded and students
    stood in silence for {{two minutes}}. The provincial government marked the {{tenth}}
    anniversary with a public holiday. The Supreme Court ordered a judicial inquiry in {{2018}},
    and the commission's report, made public in {{September 2020}}, blamed a security lapse. "We
    were promised justice in {{2015}}, and again in {{2020}}," said Ajoon Khan, {{61}}, whose son
    was {{14}}.""",
)

item(
    "Jaffar Express returns to the tracks",
    """QUETTA: The Jaffar Express resumed service between Quetta and Peshawar on Saturday after a
    suspension of {{19 days}}, Pakistan Railways said, with the train now leaving Quetta at
    {{9am}} and reaching Peshawar about {{34 hours}} later. Fares were raised by {{12 percent}},
    to {{Rs 6,150}} for an economy berth. The line through the Bolan Pass, which climbs to about
    {{1,700 metres}} above sea level, will be patrolled by the Frontier Corps, and the train will
    travel at no more than {{40km an hour}} through the tunnels. The northbound service, numbered
    {{39 Up}}, was first run in {{1973}}. A railway official said the {{March 11}} hijacking had cut
    bookings by {{70 percent}} in the {{first week}} after the attack.""",
)
