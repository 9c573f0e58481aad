"""Items of dev248: Nigeria's north-east and the Lake Chad basin, Mali and Burkina Faso."""

from _wrap import item

item(
    "Operation Safe Corridor graduates largest batch of ex-Boko Haram fighters",
    """GOMBE, Nigeria, {{July 2022}} - Nigeria's Operation Safe Corridor on Thursday graduated
    [[601 former Boko Haram fighters|aid;a=the military]] from its deradicalisation camp in Mallam
    Sidi, the largest group since the programme began in {{2016}}, the military said. The
    graduates, [[14|other]] of them foreign nationals from Chad, Cameroon and Niger, completed
    {{16 weeks}} of religious counselling, literacy classes and training in trades such as
    barbering, tailoring and shoe-making. Each was given a starter pack of tools. Major General
    Joseph Maina, who heads the programme, said [[some 2,190 clients|aid;a=Major General Joseph
    Maina]] had now passed through the camp, and that [[about 400 more|aid;p;a=Major General Joseph
    Maina;n=-]] would begin the course next month. Community leaders in Borno have complained that
    [[hundreds of residents|killed;a=Community leaders in Borno]] died at the hands of men who are
    now being resettled among them. State officials said [[1,800 households|aid;a=State
    officials]] in host communities would receive cash grants of {{N50,000}} to ease tensions.""",
)

item(
    "Thousands of Boko Haram fighters and families surrender after Shekau's death",
    """MAIDUGURI, {{Aug 2021}} - [[More than 6,000 Boko Haram fighters and their
    family members|other;a=the Nigerian military;n=fighters and their family members]] have
    surrendered in Borno state since the death of the group's leader Abubakar Shekau in {{May}},
    the Nigerian military said. Army spokesman Brigadier General Onyema Nwachukwu told
    reporters that the returnees included [[1,280 men|combatants;a=Army spokesman Brigadier
    General Onyema Nwachukwu]], [[1,540 women|other;a=Army spokesman Brigadier General Onyema
    Nwachukwu]] and [[3,345 children|other;a=Army spokesman Brigadier General Onyema Nwachukwu]].
    They handed over [[86 assault rifles|other;a=Army spokesman Brigadier General Onyema
    Nwachukwu]], [[a dozen motorcycles|other;a=Army spokesman Brigadier General Onyema
    Nwachukwu]] and ammunition. Most are being held at [[three transit camps|capacity]] in
    Maiduguri, including the old Hajj camp, which aid workers said now holds [[about 4,100
    people|displaced;a=aid workers]], well over its capacity of [[2,500|capacity;n=-]]. Borno's
    governor has said the state cannot afford to keep them for more than {{six months}}.""",
)

item(
    "Civilian JTF frees hundreds of children under UN action plan",
    """MAIDUGURI, Nigeria - The Civilian Joint Task Force, a vigilante group that fights Boko
    Haram alongside Nigeria's army, released [[833 children|combatants;a=UNICEF]] from its ranks
    on Friday, UNICEF said, under an action plan signed in {{2017}}. The children, [[19 girls|combatants;a=UNICEF]]
    among them, were used as lookouts, guards and messengers. "Since the signing of the action
    plan, there has been no new recruitment of children," said Mohamed Fall, UNICEF's
    representative in Nigeria. The agency said [[more than 2,200 children|combatants;a=The
    agency;alt=UNICEF]] had been identified in the group's ranks and [[1,727|combatants;a=The
    agency;alt=UNICEF;n=-]] released so far. Released children are enrolled in a reintegration
    programme that offers schooling or vocational training for {{up to a year}}, and [[about 8,700
    children|aid;a=The agency;alt=UNICEF]] associated with armed groups in the north-east have been
    supported since {{2017}}, it said.""",
)

item(
    "Army frees children held at Giwa barracks",
    """MAIDUGURI, {{Oct 2019}} - Nigeria's army handed [[25 children|arrested;a=UNICEF]] it had
    held on suspicion of links to Boko Haram to the Borno state government on Monday, UNICEF said,
    bringing to [[more than 2,500|arrested;a=UNICEF]] the number released from military detention
    since {{2016}}. Amnesty International has said [[at least 10,000 people|killed;a=Amnesty
    International]] died in military custody in the north-east in the first years of the
    conflict. In its report, the group said [[at least 32 children|killed;a=the group;alt=Amnesty
    International]], some as young as {{four months}}, died in the Giwa barracks in {{2016}}
    alone. The military denies the accusations. [[An estimated 200 boys|arrested;a=rights groups]] are believed to
    remain in detention at Giwa and at the Kainji facility in Niger state, rights groups said in
    a joint letter. The released children are being cared for at the Bulumkutu interim care
    centre, which has [[120 beds|capacity]].""",
)

item(
    "Kankara schoolboys freed after six days in captivity",
    """KATSINA, Nigeria, {{Dec 18, 2020}} - [[Three hundred and forty-four schoolboys|kidnapped;a=Governor
    Aminu Bello Masari]] abducted from a boarding school in Kankara have been freed, Katsina
    Governor Aminu Bello Masari said on Thursday night, nearly a week after gunmen stormed their
    dormitories. The boys, most aged {{12 to 17}}, were brought to the state capital in
    [[five buses|other]]. Police said [[more than 800 pupils|civilians;a=Police]] were in the school when the attackers
    came, and [[about 200|other;a=Police]] escaped over the fence. The governor said [[17
    boys|missing;a=The governor;alt=Governor Aminu Bello Masari]] were still unaccounted for,
    though some may have fled to relatives in nearby villages. Officials said [[1,200 police and
    soldiers|combatants;a=Officials;n=police and soldiers]] had been deployed to the forest
    around Zango.""",
)

item(
    "Borno says 160,000 insurgents and relatives have surrendered",
    """MAIDUGURI, {{April 2023}} - Borno state governor Babagana Zulum said on Saturday that
    [[more than 160,000 Boko Haram and ISWAP members and their families|other;a=Borno state governor
    Babagana Zulum;n=members and their families;u=person]] had surrendered to the authorities since
    {{mid-2021}}. Of them, [[about 30,000|combatants;a=the governor's office;n=-]] were fighters,
    according to the governor's office. Zulum said the state was paying each adult returnee
    {{N20,000}} and had given [[4,500 households|aid;a=Zulum]] food for {{three months}}.
    Critics say the scheme rewards killers while [[2 million people|displaced;a=Critics]] remain
    displaced in the state, including [[some 500,000|displaced;a=Critics;n=-]] in camps. The
    governor's office said [[nine|capacity;a=The governor's office;alt=Borno state governor
    Babagana Zulum;n=-]] of the state's [[32 official camps|capacity;a=The governor's
    office;alt=Borno state governor Babagana Zulum]] in Maiduguri had been closed and their
    residents resettled, and that [[12,000 new homes|housing;a=The governor's office;alt=Borno
    state governor Babagana Zulum]] were being built in towns such as Bama and Gwoza.""",
)

item(
    "Ex-Boko Haram women describe forced marriage and escape",
    """DIKWA, Nigeria - Aisha, {{19}}, was one of [[62 women and girls|kidnapped;n=women and
    girls]] who walked out of the Sambisa forest in {{March}} with [[41 children|kidnapped]] born
    in captivity. She had been abducted from Gwoza aged {{14}}. "They gave us to fighters as
    wives," she said. The International Organization for Migration says [[some 1,000 women and
    children|displaced;a=The International Organization for Migration;n=women and children]] who
    left the group are now housed at the Bulumkutu and Shokari centres, which were meant for [[no
    more than 600 people|capacity;a=The International Organization for Migration]]. Many face
    rejection at home, and [[at least a dozen women|displaced;a=IOM staff]] have come
    back to the centres after their families turned them away, IOM staff said. UNICEF said
    [[3,200 children|aid;a=UNICEF]] born of sexual violence in the north-east had received
    birth certificates and psychosocial care in {{2023}}.""",
)

item(
    "Mali's DDR commission begins integrating ex-rebels into army",
    """BAMAKO, {{Oct 2022}} - Mali's National Commission for Disarmament, Demobilisation and
    Reintegration (CNDDR) began processing [[1,840 former combatants|combatants;a=Mali's National
    Commission for Disarmament, Demobilisation and Reintegration]] of the Coordination of Azawad
    Movements and the pro-government Platform on Monday, under the {{2015}} Algiers agreement.
    The commission said the ex-fighters would be screened at camps in Gao, Kidal and Timbuktu,
    and that [[up to 26,000|combatants;p;a=The commission;alt=Mali's National Commission for
    Disarmament, Demobilisation and Reintegration]] could eventually be integrated into the army or
    sent home with reintegration support. So far [[about 1,700|combatants;a=The commission;alt=Mali's
    National Commission for Disarmament, Demobilisation and Reintegration]] have joined the
    reconstituted army, it said. Ex-fighters who choose civilian life receive a kit and a grant of
    {{250,000 CFA francs}}. Those registered have handed in [[1,020 weapons|other;a=officials]], among them [[16
    heavy machine guns|other;u=other;a=officials]], officials told AFP. [[Some 400 vehicles|other;p]]
    seized during the rebellion are to be returned to their owners.""",
)

item(
    "UN report: jihadist recruitment of children surges in central Mali",
    """The UN Secretary-General's annual report on children and armed conflict, released on
    Thursday, verified the recruitment and use of [[493 children|combatants;a=The UN
    Secretary-General's annual report on children and armed conflict]] in Mali in {{2022}}, up
    from [[about 220|combatants;a=The UN Secretary-General's annual report on children and armed
    conflict;n=-]] a year earlier, most of them by JNIM and the Islamic State Sahel Province. It
    documented the killing of [[119 children|killed;a=The UN Secretary-General's annual report on
    children and armed conflict]] and the maiming of [[177|injured;a=The UN Secretary-General's
    annual report on children and armed conflict;n=-]], many by improvised explosive devices in
    the Mopti and Segou regions. The report said [[1,950 schools|other;a=The report;alt=The UN
    Secretary-General's annual report on children and armed conflict]] were closed across the
    country because of insecurity, affecting [[more than 580,000 children|civilians;a=The
    report;alt=The UN Secretary-General's annual report on children and armed conflict]]. It also
    listed the detention of [[68 children|arrested;a=The report;alt=The UN Secretary-General's
    annual report on children and armed conflict]] by Malian forces for alleged association with
    armed groups. Bamako rejected the figures, saying the UN had not visited most of the districts it cited.""",
)

item(
    "Burkina Faso: army drone strike kills children at Djibo market, HRW says",
    """DAKAR - A Burkinabe army drone strike on a crowded market near Djibo killed [[at least 28
    civilians|killed;a=Human Rights Watch]], among them [[11 children|killed;a=Human Rights
    Watch]], Human Rights Watch said on Monday, and wounded [[about 40 others|injured;a=Human
    Rights Watch]]. Witnesses told the group the army had targeted suspected members of JNIM, which
    has besieged the town for {{more than two years}}. The rights group also said government-backed
    Volunteers for the Defence of the Homeland (VDP) had enlisted [[dozens of boys|combatants;a=The
    rights group;alt=Human Rights Watch]], some aged {{15 or 16}}, in the Sahel region in {{2023}}.
    Djibo's population has swollen to [[nearly 300,000|civilians;n=-]] as people fled surrounding
    villages, and relief flights can carry food for only a fraction of them.""",
)

item(
    "Ouahigouya centre reunites boys freed from armed groups with families",
    """OUAHIGOUYA, Burkina Faso - Burkina Faso's Ministry of Women and National Solidarity said
    on Wednesday that [[47 boys|returned;a=Burkina Faso's Ministry of Women and National
    Solidarity]] who had been held at a transit centre in Ouahigouya after being separated from
    armed groups had been returned to their families in the North region. The ministry said the
    centre had received [[132 children|combatants;a=The ministry;alt=Burkina Faso's Ministry of
    Women and National Solidarity]] since it opened in {{2021}}, most handed over by the army
    after operations. [[Twelve|missing;a=The ministry;alt=Burkina Faso's Ministry of Women and
    National Solidarity;n=-]] ran away before their families could be found, it said. The boys'
    [[39 families|aid;a=Terre des Hommes]] were each given a goat and a food basket worth {{35,000
    CFA francs}}, according to Terre des Hommes, which runs the centre. [[More than 2 million
    people|displaced]] are displaced in the country.""",
)

item(
    "Jihadists burn schools and homes in Burkina's east, abduct teenagers",
    """FADA N'GOURMA, {{Jan 2024}} - Suspected jihadists torched [[26 homes|housing;a=local
    sources]] and [[four schools|housing;a=local sources]] in two villages near Fada N'Gourma and
    kidnapped [[some 50 teenagers|kidnapped;a=local sources]], local sources told AFP on
    Sunday. A local official said the youths, mostly boys aged {{14 to 18}}, were taken to be
    trained as fighters, and [[three|killed;a=A local official;n=-]] were shot dead when they tried
    to flee. [[At least 1,500 residents|displaced;a=the official;alt=A local official]] left for the regional
    capital in the days after the attack, the official said. Burkina Faso's education ministry
    says [[more than 6,100 schools|other;a=Burkina Faso's education ministry]] are shut because
    of insecurity, {{a quarter}} of the total, leaving [[about 1 million
    pupils|civilians;a=Burkina Faso's education ministry]] out of class.""",
)

item(
    "Niger's Goudoumaria centre releases repentant Boko Haram members",
    """NIAMEY, {{2018}} - Niger released [[110 former Boko Haram members|aid;a=the interior
    ministry]] from its Goudoumaria rehabilitation centre in the Diffa region on Saturday, the
    interior ministry said, after {{a year}} of vocational training and religious instruction.
    [[Twenty-two|aid;a=the interior ministry;n=-]] of them were women. The centre, which has room
    for [[about 230 people|capacity]], has taken in [[more than 250 defectors|combatants;a=the
    ministry;alt=the interior ministry]] since {{2016}}, the ministry said. Each graduate
    returns home with a kit of tools or livestock, and [[60 households|aid;p]] in their villages are
    to receive grants to start small businesses. Diffa hosts [[around 250,000 displaced
    people|displaced;a=UN agencies]] and refugees from Nigeria, according to UN agencies.""",
)

item(
    "Mali court jails militia leader over recruitment of minors",
    """BAMAKO - A Bamako criminal court on Tuesday sentenced a former commander of a Dogon
    self-defence militia to {{10 years}} in prison for recruiting children under {{15}} between
    {{2018 and 2020}}, in what prosecutors called the {{first}} such verdict in Mali. The
    defendant, {{46}}, was also fined {{5 million CFA francs}}. His lawyers said they would appeal
    within the {{15-day}} limit. The trial opened on {{Nov 3}} and lasted {{four days}}. Mali
    ratified the Optional Protocol on the involvement of children in armed conflict in {{2002}},
    which sets {{18}} as the minimum age for compulsory recruitment.""",
)

item(
    "Nigeria budgets more for Safe Corridor as critics question costs",
    """ABUJA - Nigeria's {{2024}} budget allocates {{N4.2 billion}} to Operation Safe Corridor, up
    {{35 per cent}} on the previous year, according to figures published by the Budget Office on
    {{Jan 2}}. The programme's camp course runs for {{16 weeks}}, extended from {{12}} in
    {{2019}}. Critics say {{roughly 60 per cent}} of the allocation goes on feeding and security
    rather than training. Officials say the cost per graduate is about {{N1.1 million}}, against
    {{N3 million}} a year to keep a suspect in detention. The review committee meets on the
    {{second}} Monday of each quarter.""",
)

item(
    "Dapchi girls return home as one remains with captors",
    """DAPCHI, Nigeria, {{March 2018}} - [[One hundred and four schoolgirls|returned;a=the
    government]] seized from their school in Dapchi by Islamic State West Africa Province
    fighters were brought back to the town on Wednesday, the government said. Parents said [[five
    girls|killed;a=Parents]] died during the abduction, and [[one|kidnapped;a=Parents;n=-]],
    Leah Sharibu, was kept by the militants after refusing to convert. Information Minister Lai
    Mohammed said [[110 students|kidnapped;a=Information Minister Lai Mohammed]] had been taken in
    all, along with a boy from the town, and that no ransom was paid. The
    military said [[about 900 soldiers|combatants;a=The military]] had been searching the area
    around Lake Chad.""",
)

item(
    "Cameroon's Far North: hundreds of ex-Boko Haram associates stuck in Meri centre",
    """MAROUA, Cameroon - [[More than 1,500 people|other;a=Amnesty International]] who left
    Boko Haram are living in the Meri disarmament, demobilisation and reintegration centre in
    Cameroon's Far North region, built for [[300|capacity;n=-]], Amnesty International said.
    [[About 600|other;a=Amnesty International]] of them are women and children. The group said
    [[at least 15 residents|killed;a=The group;alt=Amnesty International]] had died of illness
    since {{2021}} and [[dozens|missing;a=The group;alt=Amnesty International;n=-]] had walked out
    of the centre and not been seen since. Cameroon's national DDR committee said it had moved [[220
    former associates|displaced;a=Cameroon's national DDR committee]] to a second site in Mozogo and
    was building [[40 housing units|housing;p;a=Cameroon's national DDR committee]] there.""",
)
