"""dev336 items, 2023: the outbreak of May, the armouries, the camps and the first tolls."""

from _wrap import item

item(
    "Army and Assam Rifles fan out as Manipur toll passes 50",
    """Clashes that erupted across Manipur after a tribal solidarity march on {{May 3}} have left
    [[at least 54 people|killed;a=officials]] dead, officials said on Saturday, as the army and the
    Assam Rifles fanned out through the valley and the hills. Of the dead,
    [[16|killed;a=a police officer]] were taken to the district hospital in Churachandpur and
    [[15|killed;a=a police officer]] to the Regional Institute of Medical Sciences in Imphal, a
    police officer said. [[Around 23,000 civilians|displaced;a=a defence spokesperson]] have been
    rescued and moved to military garrisons and operating bases, a defence spokesperson said. The
    Union Home Ministry has flown in [[some 10,000 army, Assam Rifles and central paramilitary
    personnel|combatants]] and more are on the way. Residents of Imphal said
    [[dozens of houses|housing;a=Residents of Imphal]] and [[at least nine churches|housing;a=Residents of Imphal]]
    had been set on fire on Thursday night. Mobile internet has been suspended for
    {{five days}} and a curfew is in force in the worst-hit districts.""",
)

item(
    "Over 35,000 in Manipur relief camps, government says",
    """The number of people sheltering in relief camps across Manipur has risen to
    [[35,655|displaced;a=the Manipur government]], the Manipur government said on Monday,
    {{nine days}} after the violence began. The government said they were housed in
    [[272 relief camps|capacity;a=The government;alt=Manipur government]] in the valley and the
    hill districts. In Churachandpur district alone, [[more than 11,000 people|displaced;a=district officials]]
    are staying in [[93 camps|capacity;a=district officials]] run by churches and village
    authorities, district officials said. Another [[5,800|displaced;a=the Mizoram home department]]
    have crossed into neighbouring Mizoram, according to the Mizoram home department. Relief
    officials said [[1,250 tonnes of rice|aid;a=Relief officials;n=tonnes;u=other]] had been sent to the camps by
    road and air since {{May 6}}. They estimate that [[another 4,000 mattresses|aid;a=Relief officials;p]]
    will be needed before the monsoon.""",
)

item(
    "Thousands of weapons still missing from Manipur armouries",
    """Mobs that stormed police armouries in Imphal East, Bishnupur and Churachandpur since
    {{May 3}} carried off [[more than 4,000 weapons|other;a=police]] and
    [[roughly 500,000 rounds of ammunition|other;a=police]], police said on Wednesday. Only
    [[about 1,100|other;a=security adviser Kuldiep Singh;u=other]] of the weapons have been
    recovered, security adviser Kuldiep Singh told reporters, along with
    [[13,000-odd rounds|other;a=security adviser Kuldiep Singh;q=approx]]. Among the stolen arms
    are AK-series rifles, {{5.56 mm}} INSAS rifles and {{51 mm}} mortars taken from the
    {{7th}} Battalion of the Manipur Rifles. Drop boxes for the surrender of looted arms have
    been placed at [[14 police stations|other;u=structure]] in the valley. In the first
    {{48 hours}} after the home minister's appeal, [[140 weapons|other;a=the police]] were handed
    in, according to the police. Security forces have separately arrested
    [[11 people|arrested]] found carrying looted guns at checkpoints on the Imphal-Dimapur
    highway.""",
)

item(
    "Tribal forum says 250 churches burned in Manipur",
    """The Indigenous Tribal Leaders' Forum (ITLF) said on Sunday that
    [[more than 250 churches|housing;a=The Indigenous Tribal Leaders' Forum (ITLF)]] had been
    burned or vandalised since the violence began in early May. The forum said
    [[at least 3,500 homes|housing;a=The forum;alt=Indigenous Tribal Leaders' Forum]] belonging
    to Kuki-Zo families had been destroyed and [[over 160 villages|housing;a=The forum;alt=Indigenous Tribal Leaders' Forum]]
    attacked. Meitei groups, for their part, say [[around 1,700 Meitei houses|housing;a=Meitei groups]]
    were torched in Churachandpur, Moreh and Kangpokpi. In an affidavit to the Supreme Court, the
    Manipur government put the number of houses burned at [[4,786|housing;a=the Manipur government;u=structure]]
    and of religious structures damaged at [[386|housing;a=the Manipur government;u=structure]].
    The Archbishop of Imphal, Dominic Lumon, said the destruction of places of worship had
    "wounded every community".""",
)

item(
    "Mizoram registers 12,000 from Manipur as camps fill",
    """Mizoram has registered [[over 12,000 people|displaced;a=the Mizoram home department]] who fled the violence in
    neighbouring Manipur, the Mizoram home department said on Tuesday, most of them Kuki-Zo
    families from Churachandpur and Kangpokpi. The department said
    [[about 2,600|displaced;a=The department;alt=Mizoram home department]] were in
    [[35 relief camps|capacity;a=The department;alt=Mizoram home department]] and the rest with
    relatives or host families in Aizawl, Kolasib and Saitual. Chief Minister Zoramthanga has
    asked the Centre for {{Rs 10 crore}} in interim relief. Church bodies in Aizawl said they had
    distributed [[some 8,000 food packets|aid;a=Church bodies in Aizawl]] in a {{fortnight}}.
    [[Nearly 1,500 children|displaced;a=officials]] from the displaced families have been admitted to
    local schools, officials said. The Young Mizo Association said
    [[another 300 families|displaced;a=The Young Mizo Association]] were expected to cross over
    this week.""",
)

item(
    "Manipur extends mobile internet ban again",
    """The Manipur home department on Saturday extended the suspension of mobile internet till
    {{3 pm}} on {{June 25}}, the {{53rd day}} of the shutdown. The order, issued under Section
    {{5(2)}} of the Indian Telegraph Act, {{1885}}, cited "rumours and false propaganda" on social
    media. Broadband had been partly restored on {{June 20}} for government offices and
    hospitals. The Manipur Chamber of Commerce estimates that traders have lost about
    {{Rs 1,500 crore}} since {{early May}}, and a survey it ran found that {{78%}} of small
    businesses in Imphal had cut staff. Students due to sit the Class {{12}} compartment exams
    have been given {{two extra weeks}} to register. The Internet Freedom Foundation called it the
    longest shutdown in India since {{2019}}.""",
)

item(
    "Mob of up to 1,000 attacked village, complaint says",
    """A mob of [[800 to 1,000 people|other;a=the complaint]] armed with rifles attacked the
    village of B Phainom in Kangpokpi district on {{May 4}}, according to the complaint lodged at
    Saikul police station. The complaint says [[two men|killed;a=The complaint]] were killed and
    [[three women|kidnapped;a=The complaint]] dragged away by the attackers. Manipur Police said on
    Saturday they had arrested [[seven men|arrested;a=Manipur Police]] after a video of the attack
    circulated online. The Central Bureau of Investigation, which took over the case, later
    charged [[six accused|arrested;a=The Central Bureau of Investigation]] and a juvenile. Villagers
    said [[about 60 houses|housing;a=Villagers]] were burned that afternoon, and the
    [[65 residents|displaced;a=Villagers]] who escaped are still in a camp at Motbung.""",
)

item(
    "Three killed in firing near Bishnupur buffer zone",
    """[[Three people|killed;a=police]] were killed and [[five others|injured;a=police]] wounded when gunmen opened fire on a Meitei
    locality at Kwakta in Bishnupur district early on Saturday, police said. The dead were a
    father and son and a {{62-year-old}} neighbour. Hours later, in retaliation, armed men
    torched [[a dozen houses|housing;a=officials]] at Langza village across the buffer zone in
    Churachandpur, officials said. Security forces said [[two more villagers|killed;a=Security forces]]
    were shot dead there. [[Around 300 residents|displaced;a=a police officer]] of Kwakta have moved
    to relief camps in Moirang, a police officer said. The army has sent
    [[two more columns|combatants;u=other]] into the area, each at company strength.""",
)

item(
    "Moreh traders flee as houses torched in border town",
    """[[More than 2,000 residents|displaced;a=district officials]] of Moreh, the border town on the
    Myanmar frontier, have left for Imphal and other towns since the weekend, district officials
    said. Officials in Tengnoupal said [[about 40 houses and shops|housing;a=Officials in Tengnoupal;n=houses and shops]]
    in the Meitei part of the town had been burned. [[At least 30 houses|housing;a=Kuki Inpi Tengnoupal]]
    in the tribal colonies were also torched, according to Kuki Inpi Tengnoupal. The Assam Rifles,
    which guards the frontier, said it had escorted [[1,400 people|displaced;a=The Assam Rifles]]
    in a convoy of [[48 vehicles|other;a=The Assam Rifles]] up the Indo-Myanmar road. Moreh's market
    once handled trade worth {{Rs 600 crore}} a year. [[Two policemen|injured;a=police]] were hurt
    when snipers fired on a patrol on Tuesday, police said.""",
)

item(
    "170 bodies still unclaimed in Manipur morgues",
    """[[About 170 bodies|killed;a=the state government]] of people killed in the ethnic violence
    remain unclaimed in hospital morgues in Imphal and Churachandpur, the state government told the
    Supreme Court on Tuesday. Of these, [[88|killed;a=the state government]] have been identified
    but not claimed by their families, it said. The court-appointed committee led by former judge Gita Mittal said
    [[at least 30 people|missing;a=The court-appointed committee led by former judge Gita Mittal]] were still missing. The families
    of [[six young Meitei men|missing;a=the police]] who disappeared near the foothills in
    {{September}} have yet to receive any news, according to the police. Kuki-Zo groups say
    [[another 11 tribal villagers|missing;a=Kuki-Zo groups]] have not been traced since they were
    taken from a bus in Imphal. The government said [[28 of the bodies|killed;a=The government;n=bodies]] were of people whose families live in relief camps. The court ordered that unclaimed bodies be buried within
    {{two weeks}}.""",
)

item(
    "Panel finds 14,000 children in Manipur relief camps",
    """[[Close to 14,000 children|displaced;a=a committee appointed by the Supreme Court]] are
    living in relief camps in Manipur, a committee appointed by the Supreme Court said in its
    report. Of them, [[about 1,200|displaced;a=the report;n=-]] are under {{three years}} old,
    according to the report. The committee found that [[only 61 of the camps|capacity;a=The committee;alt=a committee appointed by the Supreme Court;n=camps]]
    had a doctor visiting at least once a week. It recorded [[more than 50,000 people|displaced;a=The committee;alt=a committee appointed by the Supreme Court]]
    in camps across the state in all. The state's social welfare department said it had given
    [[9,300 children|aid;a=The state's social welfare department]] school kits and uniforms and
    planned to reach [[another 4,000|aid;a=The state's social welfare department;p]] by December.""",
)

item(
    "Dozens hurt as students clash with forces in Imphal",
    """[[More than 45 people|injured;a=hospital officials]], most of them students, were hurt when
    security forces fired tear gas and rubber bullets at protesters marching towards the Chief
    Minister's bungalow in Imphal, hospital officials said. The protest followed the circulation
    of photographs of [[two missing students|missing]], a girl of {{17}} and a boy of {{20}}.
    Police said [[six members of the Rapid Action Force|injured;a=Police;n=members]] had also been injured.
    [[At least 12 protesters|arrested;a=the police]] were detained and later released, according to the
    police. Doctors said [[seven of the injured|injured;a=Doctors;n=-]] had pellet wounds. The Rapid Action Force had deployed [[about 400 personnel|combatants;a=officials]] around the bungalow, officials said. Authorities reimposed a curfew in both Imphal districts and shut mobile internet for
    {{five days}}.""",
)

item(
    "Churachandpur buries 87 victims in mass funeral",
    """[[Thousands of mourners|other;a=the Indigenous Tribal Leaders' Forum]] gathered in Churachandpur on Wednesday for the burial of
    [[87 victims|killed;a=the Indigenous Tribal Leaders' Forum]] of the ethnic violence, whose
    bodies had lain in morgues in Imphal for {{seven months}}, according to the Indigenous Tribal
    Leaders' Forum. The bodies were flown from Imphal in [[two air force helicopters|other]] on
    Monday and kept at the district hospital. [[About 2,000 security personnel|combatants;a=a district official]]
    were deployed along the route of the funeral procession, a district official said. The forum
    said [[19 bodies|killed;a=The forum;alt=Indigenous Tribal Leaders' Forum]] were still in
    Imphal. Mourners carried [[87 wooden coffins|other;u=other]] draped in white to the Phaitol burial
    ground.""",
)

item(
    "Central forces in Manipur doubled, Home Ministry says",
    """The Union Home Ministry has deployed [[198 companies of central armed police forces|combatants;n=companies;u=other]]
    in Manipur, roughly double the strength of {{June}}. Home Ministry officials said
    [[about 40,000 security personnel|combatants;a=Home Ministry officials]], including the army
    and Assam Rifles, were now in the state. The ministry said [[another 20 companies|combatants;a=The ministry;alt=Union Home Ministry;p;u=other]]
    would arrive next week to secure the national highways. The buffer zones are manned by [[around 3,500 CRPF and BSF personnel|combatants]]. Officials said
    [[129 checkpoints|other;a=Officials]] had been set up along the Imphal-Jiribam and
    Imphal-Dimapur highways. Since {{May}}, security forces have arrested
    [[1,100 people|arrested;a=the ministry;alt=Union Home Ministry]] for violence and looting, the
    ministry told a parliamentary panel.""",
)

item(
    "Food kits for 30,000 displaced as relief stocks run low",
    """The Manipur Relief and Disaster Management department said it was distributing
    [[26,000 food kits|aid;a=The Manipur Relief and Disaster Management department]] this month to
    [[more than 30,000 displaced people|aid;a=The Manipur Relief and Disaster Management department]].
    Each kit holds {{25 kg}} of rice, lentils, oil and salt, meant to last a family for
    {{about two weeks}}. Officials said [[around 3,000 families|displaced;a=Officials]] in camps in
    the hill districts received no kits in {{October}} because of road blockades. The Red Cross
    said its volunteers had handed out [[5,400 blankets|aid;a=The Red Cross]] in Kangpokpi and
    Churachandpur. The department said it expected the number of displaced people needing monthly
    rations to stay [[above 50,000|aid;a=The department;alt=Manipur Relief and Disaster Management department;p;q=at_least]] through winter.""",
)

item(
    "Manipur inquiry commission given more time",
    """The Centre has extended the term of the {{three-member}} commission of inquiry into the
    Manipur violence by {{six months}}, to {{May 20, 2024}}, a notification said. The commission,
    headed by a former chief justice of the Gauhati High Court, was set up on {{June 4}} under the
    Commissions of Inquiry Act, {{1952}}. It was originally to report within {{six months}}. Its
    budget for the year is about {{Rs 4 crore}}. The commission has so far held hearings in Imphal
    on {{23 days}}, its secretary said, and plans its first sitting in Churachandpur in
    {{January}}.""",
)
