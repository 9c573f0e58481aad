"""dev358 items: the TTP's return and the attacks on police and soldiers in Khyber Pakhtunkhwa."""

from _wrap import item

item(
    "Bannu cantonment attack: civilians and soldiers killed as bombers breach wall",
    """Suicide bombers drove two explosives-laden vehicles into the perimeter wall of the Bannu
    cantonment on {{March 4}}, and gunmen who followed them inside fought troops for
    {{more than six hours}}. [[Thirteen civilians|killed;a=officials]], among them
    [[four children|killed;a=officials]], and [[five soldiers|killed;a=officials]] died,
    officials said. The Inter-Services Public Relations (ISPR) said
    [[all 16 attackers|killed;a=The Inter-Services Public Relations (ISPR)]] had been killed, some
    of them wearing suicide vests. Doctors at the district hospital said they had treated
    [[at least 32 people|injured;a=Doctors at the district hospital]] for blast and gunshot
    wounds. A mosque next to the wall collapsed and [[eight houses|housing;a=the deputy
    commissioner]] were badly damaged, the deputy commissioner said. A group linked to the
    Hafiz Gul Bahadur faction claimed the attack. Police later detained
    [[nine suspects|arrested]] in raids on nearby villages.""",
)

item(
    "Death toll from Peshawar police mosque bombing rises to 101",
    """The death toll from the suicide bombing at the mosque inside Peshawar's Police Lines rose to
    [[101|killed;a=the provincial police chief]] on {{Tuesday}}, the provincial police chief told
    reporters, after rescuers pulled more bodies from the rubble of the collapsed hall. Almost all
    of the dead were policemen who had gathered for afternoon prayers shortly after
    {{1pm}}. Lady Reading Hospital said [[217 people|injured;a=Lady Reading Hospital]] had been
    brought in, and [[27 of them|injured;a=Lady Reading Hospital;n=-]] remained in intensive care. [[Between
    300 and 400 police officers|civilians;a=officials]] were inside the compound when the
    bomber struck, officials estimated. Investigators believe the bomber entered in police uniform
    and have taken [[23 people|arrested;a=Investigators]] into custody, among them
    [[four policemen|arrested;a=Investigators]] on duty at the gates. A spokesman for the TTP
    denied involvement, while a breakaway faction, Jamaat-ul-Ahrar, claimed it.""",
)

item(
    "Police deaths in Khyber Pakhtunkhwa highest in a decade",
    """Militants killed [[148 police officers|killed;a=the Khyber Pakhtunkhwa police]] in the
    province in {{2024}}, the Khyber Pakhtunkhwa police said in their annual report, the highest
    toll since {{2013}}. Another [[291 personnel|injured;a=the report;alt=the Khyber Pakhtunkhwa police]] were wounded, the report said, most
    of them in Bannu, Lakki Marwat and Dera Ismail Khan. In Bannu alone, [[26 officers|killed;a=the report;alt=the Khyber Pakhtunkhwa police]] were killed, the report said. The
    report counted
    [[671 attacks|other;a=The report;alt=the Khyber Pakhtunkhwa police;u=other]] on police stations, checkposts and patrols, up
    {{41 per cent}} on the year before. Officers in the southern districts say they are
    outgunned: militants use night-vision sights and American rifles left behind in Afghanistan.
    The provincial government has promised to recruit [[4,000 more constables|combatants;p;a=The
    provincial government]] and to buy armoured vehicles. Police also arrested
    [[1,128 suspected militants|arrested]] and their facilitators over the {{12 months}}.""",
)

item(
    "UN monitors say thousands of TTP fighters are based in Afghanistan",
    """The Tehreek-e-Taliban Pakistan has [[between 6,000 and 6,500 fighters|combatants;a=UN
    sanctions monitors]] in Afghanistan, UN sanctions monitors said in their latest report to the
    Security Council, making it the largest foreign group in the country. The monitors estimated that [[15,000 to 20,000 relatives|civilians;a=The monitors;alt=UN sanctions monitors]] of
    the fighters lived with them in Khost, Paktika and Kunar. The monitors said the group had
    grown since the Taliban took Kabul in {{August 2021}}, when
    [[hundreds of its members|other;a=The monitors;alt=UN sanctions monitors]] were freed from Afghan prisons. Some
    [[2,000 TTP fighters|combatants;a=Pakistani officials]] had already crossed back into
    Khyber Pakhtunkhwa by late {{2022}}, Pakistani officials estimated. The report noted that the
    Taliban authorities had moved [[about 50 TTP families|displaced;a=The report]] away from the
    border to provinces further west, a step Islamabad dismissed as cosmetic. Pakistan says the
    group carried out [[more than 600 attacks|other;a=Pakistan;u=other]] in the
    first {{nine months}} of the year.""",
)

item(
    "Soldiers killed in attack on Daraban police station",
    """[[Twenty-three soldiers|killed;a=the military]] were killed when militants rammed an
    explosives-laden truck into a building used as a base by the army in Daraban, in Dera Ismail
    Khan district, before dawn on {{Tuesday}}, the military said. The troops had moved into the
    former police station only weeks earlier. [[All six attackers|killed;a=the military]] were killed, it
    said. [[Two civilians|killed]] passing the building also died. Officials at the district hospital said [[at least 30 people|injured;a=Officials at the
    district hospital]] were wounded, several of them critically. [[Three|housing;a=police;u=structure]]
    of the station's buildings collapsed, police said. Tehreek-e-Jihad Pakistan, a group
    officials regard as a front for the TTP, claimed responsibility. Security forces later said
    they had killed [[17 militants|killed;a=Security forces]] in follow-up operations in the district.""",
)

item(
    "Abducted Lakki Marwat policemen freed after tribal jirga",
    """[[Eleven policemen|kidnapped;a=the district police officer]] abducted from a checkpost in
    Lakki Marwat were freed late on {{Sunday}} after elders of the Marwat tribe negotiated with
    their captors, the district police officer said. The men had been held for {{four days}} in
    the hills along the Kurram river. [[Two others|killed;a=Police]] seized in the same raid were
    found shot dead on {{Friday}}, Police said. The jirga of [[about 40 elders|other;a=residents]]
    met the militants' commanders twice, residents said, and no ransom was paid. In the week
    before the raid, [[some 300 police officers|other]] in the district had staged a sit-in on
    the Indus Highway, demanding that the army leave the policing of the area to them. Since {{January}},
    [[at least 19 policemen|killed;a=the district police officer]] have been killed in the
    district, the district police officer said. Their protest ended after the provincial government agreed to hire [[500 more
    constables|combatants;p;a=the provincial government]] for the district.""",
)

item(
    "Four Chinese engineers among six killed in Besham convoy bombing",
    """A suicide bomber rammed a car packed with explosives into a bus carrying Chinese engineers
    near Besham in Shangla district on {{Tuesday}}, killing
    [[five Chinese nationals|killed;a=police]] and their Pakistani driver, police said. The
    engineers were travelling from Islamabad to the Dasu hydropower project, where
    [[about 1,200 Chinese workers|civilians;a=the project company]] are employed, according to
    the project company. The bus plunged into a ravine and caught fire. It was the second attack
    on the Dasu project: in {{July 2021}} a similar bombing killed
    [[nine Chinese workers|killed]] and [[four Pakistanis|killed]]. Counter-terrorism police
    said they had arrested [[11 suspects|arrested;a=Counter-terrorism police]], among them the
    man they say provided the car. China asked Islamabad to "hunt down the perpetrators", and
    [[several hundred Chinese staff|displaced;a=company officials]] at Dasu and Tarbela were
    moved to secure camps and ordered not to travel by road, company officials said.""",
)

item(
    "Bomb at JUI-F rally in Bajaur kills dozens",
    """A suicide bomber blew himself up at a rally of the Jamiat Ulema-e-Islam-Fazl in Khar, the
    main town of Bajaur district, on {{Sunday}}, killing [[at least 54 people|killed;a=the
    provincial health minister]], the provincial health minister said. [[Twenty-three|killed;a=the provincial health minister]]
    of the dead were children or teenagers, he said, the youngest {{aged 12}}. [[More than
    200 people|injured;a=doctors]] were wounded, doctors said.
    [[Sixty-four of the most seriously injured|injured;n=injured]] were flown by helicopter to Peshawar.
    Organisers said [[about 500 party workers|civilians;a=Organisers]] had crowded under the tent
    when the bomb went off shortly after {{4pm}}. The Islamic State's Khorasan affiliate claimed
    the attack. Police said they had detained [[seven men|arrested;a=Police]] suspected of helping
    the bomber.""",
)

item(
    "Militants attack Chitral border posts from Afghanistan",
    """[[Four soldiers|killed;a=the ISPR]] were killed when [[hundreds of TTP fighters|combatants;a=the
    ISPR]] crossed from Afghanistan's Nuristan and Kunar provinces and attacked
    [[two military posts|other;a=the ISPR;u=structure]] in the Kalash valleys of Chitral, the ISPR
    said on {{Wednesday}}. The military's media wing said troops had killed
    [[12 of the attackers|killed;a=The military's media wing;alt=ISPR;n=attackers]] in fighting
    that lasted through the night. Local officials said [[some 80 families|displaced;a=Local
    officials]] from the border villages of Urtsun and Jinjiret Koh had moved down to Drosh,
    where the district administration opened [[two schools|capacity;a=the district
    administration]] to house them. The TTP said it had taken the posts, a claim the army denied.
    Residents said mobile signals had been cut across the district since the attack began at
    about {{3am}}.""",
)

item(
    "Thousands march in Swat against return of Taliban",
    """[[Tens of thousands of people|other;a=organisers]] marched through Mingora on {{Friday}},
    organisers said, to protest against the reappearance of armed Taliban in the Swat valley
    {{13 years}} after an army offensive drove them out. Police put the crowd at
    [[about 15,000|other;a=Police]]. The protest followed the kidnapping of
    [[seven people|kidnapped;a=police]], among them [[two soldiers|kidnapped;a=police]] and a
    police officer, in the Matta area in {{August}}; police said all of them had since been freed.
    "We will not let our children live through {{2009}} again," said a teacher who addressed the
    rally. Some [[1,000 residents|other;a=the district administration]] had taken part in a first
    protest a week earlier, the district administration said. The army said only
    [[several dozen militants|combatants;a=The army]] had come back from
    Afghanistan and that they were confined to the mountains.""",
)

item(
    "CTD says hundreds of militants killed and arrested in Khyber Pakhtunkhwa",
    """The counter-terrorism department of the Khyber Pakhtunkhwa police said on {{Monday}} it had
    carried out [[1,847 operations|other;a=The counter-terrorism department of the Khyber
    Pakhtunkhwa police;u=other]] across the province in {{2025}}. Its officers killed
    [[212 militants|killed;a=the department;alt=The counter-terrorism department of the Khyber Pakhtunkhwa
    police]] and arrested [[684|arrested;a=the department;alt=The counter-terrorism department of the Khyber Pakhtunkhwa
    police]],
    the department said, and [[31 of those held|arrested;a=the department;alt=The counter-terrorism department of the
    Khyber Pakhtunkhwa police;n=-]] were
    wanted on bounties of up to {{Rs 5 million}}. The CTD seized [[1,390 weapons|other;a=The
    CTD]], among them [[216 rifles|other;a=The CTD]], and
    [[over 400 hand grenades|other;a=The CTD]], it said. [[Forty-one of its own officers|killed]]
    were killed during the year. The department's budget rose by {{22 per cent}}.""",
)

item(
    "Government freed TTP prisoners during failed talks, officials admit",
    """Pakistan released [[more than 100 TTP prisoners|other;a=two senior officials]] during
    peace talks with the group brokered by the Afghan Taliban in {{2021}} and {{2022}}, two senior
    officials told a parliamentary committee on {{Thursday}}. The officials also said that
    [[about 5,000 of the group's fighters and relatives|returned;a=The officials;n=fighters
    and relatives]] had been allowed to return to Khyber Pakhtunkhwa from Afghanistan under
    the arrangement. Members of the committee accused the former government of having opened the
    door to the violence that followed. The TTP had asked for the release of [[some 300 of its
    members|other;n=members]] held in Pakistani jails. One official said
    [[between 30 and 40 of those freed|combatants;a=One official;n=-]] had since rejoined the
    group's fighters. The TTP ended its ceasefire in {{November 2022}}. Since
    then, [[at least 1,600 soldiers and police|killed;a=figures presented to the committee;n=soldiers
    and police]] have been killed, according to figures presented to the committee.""",
)

item(
    "Peshawar: grenade attack on police van wounds seven",
    """Two men on a motorcycle threw a hand grenade at a police van on the Ring Road in Peshawar
    on {{Saturday night}}, wounding [[five policemen|injured;a=a police spokesman]] and
    [[two passers-by|injured;a=a police spokesman]], a police spokesman said. The attackers fled towards the Khyber district border. Police later raided the nearby Hazar Khwani area and
    detained [[14 suspects|arrested]], among them [[three Afghan nationals|arrested]] without
    papers. It was the city's fourth attack on police in {{two weeks}}. The capital city police
    officer said [[an extra 600 personnel|combatants;a=The capital city police officer]] would
    be posted at entry points to Peshawar from {{Monday}}, along with
    [[eight armoured vehicles|other;a=The capital city police officer]].""",
)

item(
    "Census staff and teachers abducted in Tank freed in army raid",
    """Security forces freed [[eight government employees|kidnapped;a=officials]] abducted by
    militants in Tank district, officials said on {{Saturday}}, among them
    [[five census staff|kidnapped;a=officials]] and [[three schoolteachers|kidnapped;a=officials]]
    seized on the Gomal road {{nine days}} earlier. [[One more hostage|kidnapped]], a clerk,
    is still being held. The army said troops had killed [[four militants|killed;a=The army]] and detained
    [[two others|arrested;a=The army]] in the operation near the South Waziristan boundary.
    Kidnappings of officials have become common in Tank and Dera Ismail Khan: the district
    police counted [[37 officials and contractors|kidnapped;a=the district police;n=officials and contractors]] abducted in the
    first half of {{2025}}. Teachers' unions said [[about 120 schools|other;a=Teachers' unions]] in the district
    had been shut because staff were afraid to travel.""",
)

item(
    "Families flee Lower Dir valley after militants kill police",
    """[[Three policemen|killed;a=Police]] and a member of a peace committee were shot dead when
    militants attacked a police post in the Maidan valley of Lower Dir late on {{Thursday}},
    Police said. [[Two more officers|injured]] were wounded. By {{Saturday}},
    [[more than 250 families|displaced;a=the Provincial Disaster Management Authority (PDMA)]]
    had left the valley for Timergara and Chakdara, according to the Provincial Disaster
    Management Authority (PDMA). The authority said it had sent
    [[400 food packs|aid;a=The authority;alt=the Provincial Disaster Management Authority
    (PDMA)]] and [[150 tents|aid;a=The authority;alt=the Provincial Disaster Management Authority
    (PDMA)]] for them. Residents said [[a dozen militants|combatants;a=Residents]] had been
    seen moving between hamlets at night. Elders demanded that the army not launch a full-scale
    operation, saying [[about 6,000 people|civilians;a=Elders]] still live in the valley.""",
)

item(
    "Anniversary of Army Public School attack marked in Peshawar",
    """Parents, teachers and former pupils gathered at the Army Public School on Warsak Road on
    {{December 16}} to mark the {{11th anniversary}} of the attack. Candles were lit at
    {{10.30am}}, the time the gunmen scaled the back wall in {{2014}}. Some of the former pupils,
    now in their {{mid-twenties}}, read out the names of classmates. A mother whose son was
    {{14 years old}} at the time said the families were still waiting for the full judicial commission
    report to be acted upon. The provincial government declared a holiday in schools across
    Peshawar, and flags flew at half mast.""",
)

item(
    "Khyber Pakhtunkhwa raises police risk allowance",
    """The Khyber Pakhtunkhwa cabinet on {{Wednesday}} approved a {{50 per cent}} increase in the
    risk allowance of police officers posted in the southern districts, at a cost of
    {{Rs 6.2 billion}} a year. The compensation paid to the families of officers killed on duty
    will rise to {{Rs 10 million}}, from {{Rs 7.5 million}} since {{2019}}. The cabinet also set
    aside {{Rs 1.4 billion}} for night-vision equipment and bulletproof jackets in the
    {{2025-26}} budget. Officials said the measures would take effect from {{July 1}}. Police
    unions welcomed the decision but said pay in Bannu and Dera Ismail Khan still lagged
    {{20 per cent}} behind that of the Punjab police.""",
)
