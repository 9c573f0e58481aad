"""dev336 items, 2025: President's Rule, the surrender of looted arms, free movement and the
first returns."""

from _wrap import item

item(
    "Over 300 looted weapons handed in after Governor's appeal",
    """[[More than 300 weapons|other;a=police]] were surrendered in the valley and hill districts in
    the {{seven days}} after Governor Ajay Kumar Bhalla's appeal to return looted and illegally
    held arms, police said on Friday. The haul included [[87 AK-series and INSAS rifles|other;n=rifles;a=a senior officer]],
    [[nearly 2,000 rounds|other;a=a senior officer]] and [[34 grenades|other;a=a senior officer]],
    a senior officer said. On Thursday the Arambai Tenggol, a Meitei armed group, handed over
    [[246 firearms|other;a=officials]] at a ceremony at Raj Bhavan, officials said. The Governor
    said those who surrendered within the deadline would face no action, and that [[fewer than 500|other;a=The Governor;u=other]] of the guns taken from
    armouries were now unaccounted for in the valley. Security officials disputed that and put the
    number still missing at [[up to 3,000|other;a=Security officials;u=other]]. The deadline has been
    extended to {{March 6}}.""",
)

item(
    "One killed, 40 hurt as free movement push meets protest",
    """[[One protester|killed;a=officials]] was killed and [[at least 40 people|injured;a=officials]]
    were injured, [[27 of them security personnel|injured;a=officials;n=personnel]], when Kuki-Zo
    protesters clashed with forces in Kangpokpi district on Saturday, the first day of the
    Centre's plan to allow free movement on all roads, officials said. Protesters set fire to
    [[at least eight vehicles|other;a=police]], including a state bus, and blocked the
    Imphal-Dimapur highway, police said. The Kuki-Zo Council called an indefinite shutdown in
    Kuki-Zo areas. Security forces fired tear gas and, according to residents,
    [[some 30 rounds|other;a=residents;n=rounds]] of live ammunition. The Governor's office said
    [[16 buses|other;a=The Governor's office]] had been scheduled to run from Imphal to
    Churachandpur, Senapati and Kangpokpi, but [[only two|other;a=The Governor's office;u=other]]
    made it past Gamghiphai. [[Five people|arrested;a=police]] were detained, police said.""",
)

item(
    "Arrest of Arambai Tenggol leader sets off valley protests",
    """The Central Bureau of Investigation arrested an Arambai Tenggol commander in Imphal on
    Saturday in connection with the killing of a Kuki-Zo man in {{2023}}, setting off protests in
    the valley. [[Hundreds of supporters|other;a=witnesses]] blocked roads and burned tyres,
    witnesses said, and [[two buses|other]] were set on fire in Imphal East. Police said
    [[at least 12 people|injured;a=Police]] had been injured in clashes, including
    [[three journalists|injured;a=Police]]. The administration imposed prohibitory orders under
    Section {{163}} of the BNSS and suspended internet services for {{five days}}. [[Four more people|arrested;a=the CBI]]
    had been arrested in the case since {{May}}, the CBI said. [[About 1,200 additional personnel|combatants;a=the police]]
    were deployed in the valley districts, according to the police.""",
)

item(
    "Plan aims to resettle 2,000 displaced families by December",
    """The Manipur government plans to resettle [[up to 2,000 displaced families|returned;a=The Manipur government;p]]
    in their home villages by December, officials said. In the first phase,
    [[around 400 families|returned;a=officials]] have already gone back to Sugnu, Serou and
    Phubala in Kakching and Bishnupur, officials said. Each family is entitled to {{Rs 3 lakh}} to
    rebuild a damaged house and {{Rs 10 lakh}} for one that was destroyed. The chief secretary said
    [[1,170 houses|housing;a=The chief secretary]] had been repaired or rebuilt so far and
    [[another 900|housing;a=The chief secretary;p;u=structure]] would be finished by the winter.
    [[More than 60 security posts|other;a=The chief secretary;u=structure;n=posts]] had been set up
    near the resettled villages, he said. Kuki-Zo groups said [[fewer than 100 Kuki-Zo families|returned;a=Kuki-Zo groups]]
    had been able to return to their villages.""",
)

item(
    "Missing people's families demand answers, two years on",
    """Families of [[at least 21 people|missing;a=the Joint Action Committee]] still listed as
    missing in Manipur held a sit-in in Imphal on Monday, according to the Joint Action Committee
    that represents them. They include [[nine Meitei men|missing]]
    who vanished in the foothills and a woman last seen near Jiribam in {{November 2024}}.
    [[About 200 people|other;a=the Joint Action Committee]] joined the sit-in, the Joint Action Committee said. The Kuki-Zo Council says [[another 12 people|missing;a=The Kuki-Zo Council]] from its community
    have not been traced. Police said DNA samples had been taken from
    [[about 40 relatives|other;a=Police]]. The remains of [[two men|killed;a=police]] were exhumed
    from a field near Kangchup last month, police said, and identified as men reported missing in {{2023}}.""",
)

item(
    "Assam Rifles kill 10 militants near Myanmar border",
    """The Assam Rifles said [[10 militants|killed;a=The Assam Rifles]] were killed in a gunfight
    with its troops near New Samtal village in Chandel district, close to the Myanmar border. The
    force said a patrol came under fire from [[about 20 armed cadres|combatants;a=The force;alt=The Assam Rifles]]
    before dawn on Wednesday. It recovered [[seven AK-47 rifles|other;a=The Assam Rifles;v=7]],
    [[an M-16 rifle|other;a=The Assam Rifles;v=1]] and [[a rocket-propelled grenade launcher|other;a=The Assam Rifles;v=1;u=other]],
    the statement said. No soldiers were hurt. The Eastern Command said the group had
    crossed from Sagaing region. [[Over 1,600 troops|combatants;a=the Eastern Command]] are guarding
    the {{398-km}} stretch of the border in Manipur, the Eastern Command said.""",
)

item(
    "Two Assam Rifles soldiers killed in Bishnupur ambush",
    """[[Two Assam Rifles soldiers|killed;a=officials]] were killed and [[five|injured;a=officials]]
    were wounded when gunmen ambushed their vehicle on the Imphal-Churachandpur road near
    Nambol Sabal Leikai on Friday evening, officials said. The soldiers were returning from
    Imphal to their base in Bishnupur in a convoy of [[two trucks|other]]. The army said the
    attackers, [[eight to ten men|combatants;a=The army]], fled in a white van. Police said
    [[three suspects|arrested;a=Police]] had been detained on Saturday. [[Around 500 residents|civilians]] of Nambol Sabal Leikai were confined to their homes during the search. It was the first deadly
    attack on the force in the valley since President's Rule was imposed in {{February}}.""",
)

item(
    "Prime Minister promises 7,000 homes on first visit",
    """Prime Minister Narendra Modi, on his first visit to Manipur since the violence began in
    {{2023}}, said on Saturday that [[7,000 new houses|capacity;a=Prime Minister Narendra Modi;p]]
    would be built for displaced families. He met [[about 300 displaced people|displaced;a=officials]]
    at the Peace Ground in Churachandpur and at the Kangla in Imphal, officials said. The Centre
    has approved projects worth {{Rs 8,500 crore}} for the state. Mr Modi said
    [[some 50,000 people|displaced;a=Mr Modi]] were still in camps. Kuki-Zo groups put the dead
    from their community at [[over 180|killed;a=Kuki-Zo groups]]. [[Roughly 10,000 security personnel|combatants;a=police]]
    were on duty during the {{four-hour}} visit, police said. Protesters in Imphal said
    [[around 5,000 people|other;a=Protesters in Imphal]] joined a rally demanding the state's
    territorial integrity.""",
)

item(
    "Farmers return to foothill fields under escort",
    """[[About 2,500 farmers|other;a=the agriculture department]] returned to paddy fields along the
    foothills of Bishnupur and Kakching this week under armed escort, the agriculture department
    said. Their land had lain fallow for {{two seasons}}. [[About 1,200 security personnel|combatants;a=officials]]
    have been deployed along the edge of the buffer zone for the sowing season, officials said.
    Farmers said they had lost [[dozens of livestock|other;a=Farmers]] and [[several dozen farm huts|housing;a=Farmers]]
    to arson since {{2023}}. The department has distributed [[18,000 packets of seed|aid;a=The department;alt=the agriculture department;n=packets;u=other]]
    and [[400 power tillers|aid;a=The department;alt=the agriculture department;u=other]]. In
    Churachandpur, Kuki-Zo farmers said [[some 600 families|other;a=Kuki-Zo farmers]] had been
    unable to reach their fields in the valley.""",
)

item(
    "Police arrest 412 in a month of crackdowns",
    """Manipur police arrested [[412 people|arrested;a=Manipur police]] in June on charges ranging
    from extortion to the possession of looted arms, Manipur police said in a monthly review. Of
    them, [[97|arrested;a=the review;n=-]] were members of proscribed valley-based groups and
    [[61|arrested;a=the review;n=-]] belonged to Kuki-Zo groups, according to the review.
    [[About 140 firearms|other]] were seized. Police said
    [[18 people|kidnapped;a=Police]] held for ransom had been rescued in the same period. Since the
    crackdown began in {{February}}, [[some 2,300 people|arrested;a=police]] have been arrested, police said.""",
)

item(
    "Relief camps hold 57,000 as government eyes closure",
    """[[About 57,000 people|displaced;a=the Governor's office]] are still living in
    [[280 relief camps|capacity;a=the Governor's office]] across Manipur, the Governor's office said
    on Tuesday, down from [[around 62,000|displaced;a=the Governor's office]] at the peak. The
    administration said it aimed to close [[all 280 camps|capacity;a=The administration;p;n=camps]]
    by the end of the year. [[Some 21,000|displaced;a=officials]] of those in camps are Kuki-Zo
    and [[about 36,000|displaced;a=officials]] Meitei, officials said. Relief workers say
    [[no more than 1,500 families|returned;a=Relief workers]] have gone home. The government pays
    camp residents {{Rs 1,000}} a month each for incidentals.""",
)

item(
    "Three Kuki-Zo men abducted, released after talks",
    """[[Three Kuki-Zo men|kidnapped;a=police]] who were abducted in Imphal East on Tuesday were
    released on Thursday after talks between civil society groups, police said. The men, aged
    {{24}}, {{31}} and {{45}}, were taken from a truck carrying [[120 bags of rice|aid]] to a relief camp for [[about 400 displaced people|displaced]]. In
    retaliation, armed men in Kangpokpi held [[five Meitei truck drivers|kidnapped;a=the police]]
    for a day, according to the police. [[All eight|kidnapped;a=officials;n=-]] were handed over to security forces at the buffer zone at Sekmai, officials said. [[About 200 women|other;a=witnesses]]
    from both sides gathered there, witnesses said.""",
)

item(
    "NIA charges seven in Jiribam killings",
    """The National Investigation Agency has charged [[seven people|arrested;a=The National Investigation Agency]]
    over the abduction and killing of [[six members of a Meitei family|killed;a=The National Investigation Agency;n=members]]
    in Jiribam in {{November 2024}}. The agency said [[12 people|arrested;a=The agency;alt=The National Investigation Agency]]
    had been arrested in the case. The charge sheet says [[about 15 armed men|combatants;a=The charge sheet]]
    took part in the attack on the Borobekra relief camp. [[Three of the accused|other;a=the agency;alt=The National Investigation Agency;n=accused]]
    are still absconding, the agency said. It has listed [[104 witnesses|other;a=The National Investigation Agency]].""",
)

item(
    "Mizoram says 5,000 displaced have gone back to Manipur",
    """[[About 5,000 people|returned;a=the Mizoram government]] who fled to Mizoram from Manipur in
    {{2023}} have gone back, the Mizoram government said on Wednesday. [[Some 7,200|displaced;a=the government;alt=Mizoram government]]
    remain in the state, the government said, [[1,900|displaced;a=the government;alt=Mizoram government]]
    of them in [[23 relief camps|capacity;a=the government;alt=Mizoram government]]. [[Some 1,100 children|displaced;a=the government;alt=Mizoram government]] from the families attend schools in Mizoram, the government said. The rest live with relatives in Aizawl and Champhai. Mizoram has spent about {{Rs 60 crore}} on relief.
    The Young Mizo Association said [[at least 300 families|returned;a=The Young Mizo Association;p]]
    were expected to leave before winter.""",
)

item(
    "President's Rule in Manipur extended by six months",
    """Parliament on Friday approved the extension of President's Rule in Manipur by {{six months}}
    from {{August 13}}, under Article {{356}} of the Constitution. It was imposed on
    {{February 13}}, {{four days}} after N Biren Singh resigned as chief minister. The assembly,
    whose term runs to {{2027}}, remains in suspended animation. The resolution was passed by voice
    vote after a debate of {{about three hours}}. Opposition members noted that President's Rule
    had been imposed in the state {{11 times}} since {{1967}}.""",
)

item(
    "Manipur Class 10 results: pass rate rises in hill districts",
    """The Board of Secondary Education, Manipur, declared the HSLC results on {{June 2}}, with a
    pass rate of {{84.6%}}, up from {{79.4%}} in {{2024}}. Churachandpur's pass rate was
    {{81%}} and Imphal West's {{91%}}. The board said the exams were held at centres in both the
    valley and the hills for the {{second}} year running. The topper, a {{15-year-old}} from
    Thoubal, scored {{594}} out of {{600}}. Results for Class {{12}} are due in {{July}}.""",
)

item(
    "Villagers trapped as gunmen fire on Phubala from the hills",
    """[[Around 3,000 villagers|civilians;a=the Bishnupur police]] were trapped in their homes in
    Phubala and Tronglaobi on Tuesday night as gunmen fired on the villages from the hills for
    {{about six hours}}, according to the Bishnupur police. [[One farmer|killed;a=police]], aged {{40}}, was shot dead and [[four|injured;a=police]] were wounded, police said. Villagers said
    [[at least 14 houses|housing;a=Villagers]] were hit by mortar rounds and
    [[three|housing;a=Villagers;u=structure]] caught fire. Security forces evacuated
    [[about 250 women and children|displaced;a=officials;n=women and children]] to a school in
    Moirang, officials said. [[Two platoons|combatants;u=other]] of the Border Security Force were
    moved to the foothills. Residents say [[some 600 people|civilians]] remain in the exposed hamlets, unwilling to leave their harvest.""",
)
